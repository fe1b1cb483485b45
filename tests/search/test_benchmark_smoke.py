"""benchmarks/search.py runs (on a few hundred visits: the real measure, 100,000, is run by hand)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "search.py"


def test_the_benchmark_runs_on_a_small_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = importlib.util.spec_from_file_location("search_benchmark", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    try:
        spec.loader.exec_module(module)
        assert module.main(["--visits", "300", "--queries", "40", "--like", "5", "--out", str(tmp_path)]) == 0
    finally:
        del sys.modules[spec.name]
    out = capsys.readouterr().out
    assert "Store.search:" in out and "LIKE scan:" in out and "target p95 < 20 ms" in out
    assert "indexing the 300 records" in out
