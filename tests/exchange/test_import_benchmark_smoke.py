"""benchmarks/import_rows.py runs (at a tiny size: the real measure, 10,000 cooperatives, is run by hand) and prints
its figures beside its floor."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_the_import_benchmark_runs_at_a_tiny_size(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "import_rows.py"), "--cooperatives", "50", "--repeat", "1",
         "--out", str(tmp_path)],
        capture_output=True, encoding="utf-8", timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "openpyxl reading the cells alone" in result.stdout and "the floor" in result.stdout
    assert result.stdout.count("   50 rows") == 3  # the floor, the dry run and the import each read every row
