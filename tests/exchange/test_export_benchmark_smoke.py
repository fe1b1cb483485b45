"""benchmarks/export_xlsx.py runs (at a tiny size: the real measure, 100,000 visits, is run by hand) and prints its
figures beside its floor."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_the_export_benchmark_runs_at_a_tiny_size(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "export_xlsx.py"), "--visits", "300", "--repeat", "1",
         "--out", str(tmp_path)],
        capture_output=True, encoding="utf-8", timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "XlsxWriter alone" in result.stdout and "taawun / floor" in result.stdout
    assert "304 visits" in result.stdout  # the 300 generated and the demo's 4, in both
