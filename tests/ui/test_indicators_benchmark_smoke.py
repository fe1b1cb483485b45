"""benchmarks/indicators.py runs (on a few hundred visits: the real measure is 100,000, run by hand)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "indicators.py"


def test_the_benchmark_runs_on_a_few_visits(qapp: QApplication, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    spec = importlib.util.spec_from_file_location("indicators_benchmark", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    try:
        spec.loader.exec_module(module)
        assert module.main(["--visits", "300", "--repeat", "1", "--cache", str(tmp_path)]) == 0
    finally:
        del sys.modules[spec.name]
    out = capsys.readouterr().out
    assert out.count("bare SQL count of the same rows") == 4
    assert "home to show, month:" in out and "indicator report for a year: PDF (Arabic, " in out
