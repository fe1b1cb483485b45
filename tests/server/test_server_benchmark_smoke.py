"""benchmarks/server_sync.py runs end to end (at a tiny size: the real measure, 100,000 visits, is run by hand) and
prints its figures: the first push and the incremental pull beside their raw HTTP floors, and the sync now rounds."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from couch_server import CouchServer

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_the_server_benchmark_runs_at_a_tiny_size(couch_server: CouchServer, tmp_path: Path) -> None:
    # The fixture has installed the test server (tools/couch-test-server); the script starts its own PouchDB Server,
    # or, where CI names a running server, uses that one.
    given = os.environ.get("TAAWUN_TEST_COUCH_URL")
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "server_sync.py"), "--visits", "200", "--changed", "40",
         "--small", "5", "--rounds", "2", "--repeat", "1", "--out", str(tmp_path), *(["--server", given] if given else [])],
        capture_output=True, encoding="utf-8", timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert ("PouchDB Server" in out and "not Apache CouchDB" in out) or given, out
    assert out.count("raw HTTP floor") == 2 and out.count("(target: within 2x)") == 2, out
    assert "the issue's floor, the same" in out and "sent with _bulk_docs by a bare client" in out, out
    assert "taawun pull" in out and "merged into B's 40 visits" in out and "by raw SQLite" in out, out
    assert "round 2: B" in out and "(target: under 2 s)" in out and "optional: the same first push" in out, out
    assert not (tmp_path / "server-sync-200" / "a").exists(), "the laptops' copies are removed at the end"
