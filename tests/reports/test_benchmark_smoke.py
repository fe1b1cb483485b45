"""benchmarks/reports_arabic.py runs (with a few pages: the real measure is 300 pages, run by hand)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "reports_arabic.py"


def test_the_benchmark_runs_on_a_few_pages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = importlib.util.spec_from_file_location("reports_arabic_benchmark", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the script is being loaded
    try:
        spec.loader.exec_module(module)
        assert module.main(["--pages", "2", "--repeat", "1", "--out", str(tmp_path)]) == 0
    finally:
        del sys.modules[spec.name]
    out = capsys.readouterr().out
    assert "Arabic report (app/reports)" in out and "ratio" in out
    assert (tmp_path / "benchmark-arabic.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "benchmark-plain.pdf").read_bytes().startswith(b"%PDF")
