"""benchmarks/save_visit.py, derived_catch_up.py and startup.py run (at a tiny size: the real measures, 100,000 visits, are
run by hand) and print their figures beside their floors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_the_save_benchmark_runs_at_a_tiny_size(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "save_visit.py"), "--visits", "300", "--saves", "30",
         "--repeat", "1", "--out", str(tmp_path)],
        capture_output=True, encoding="utf-8", timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "bare INSERT" in result.stdout and "the bare insert's p95" in result.stdout
    assert "1 BEGIN, 1 COMMIT" in result.stdout  # a save is one transaction


@pytest.mark.slow
def test_the_startup_benchmark_runs_at_a_tiny_size(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "startup.py"), "--visits", "300", "--runs", "1", "--no-lists",
         "--out", str(tmp_path)],
        capture_output=True, encoding="utf-8", timeout=300, env=env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "bare PySide6 window shown" in result.stdout and "x the baseline" in result.stdout
    assert "store opened" in result.stdout and "imports by package" in result.stdout


@pytest.mark.slow
def test_the_catch_up_benchmark_runs_at_a_tiny_size(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "derived_catch_up.py"), "--visits", "300", "--changed", "200",
         "--repeat", "1", "--out", str(tmp_path)],
        capture_output=True, encoding="utf-8", timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "FTS5 floor" in result.stdout and "raw SQLite floor" in result.stdout and "x the floor" in result.stdout
