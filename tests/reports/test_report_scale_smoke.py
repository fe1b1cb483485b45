"""benchmarks/report_scale.py runs (on a few hundred visits: the real measure is 100,000, run by hand)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "report_scale.py"


def test_the_benchmark_runs_on_a_small_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = importlib.util.spec_from_file_location("report_scale_benchmark", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    try:
        spec.loader.exec_module(module)
        assert module.main(["--visits", "300", "--repeat", "1", "--cache", str(tmp_path)]) == 0
    finally:
        del sys.modules[spec.name]
    out = capsys.readouterr().out
    for figure in ("summary, one day", "summary, one month", "workshop report", "floor: bare SQL", "peak RSS"):
        assert figure in out
    assert (tmp_path / "visits-300.db").exists()
