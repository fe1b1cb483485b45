"""The command line run in the test's own process, as the tests of sync and bounds run it: `main` with `--db`,
its exit code and everything it printed (stdout and stderr together)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli.program import main


def run_cli(db: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out + err
