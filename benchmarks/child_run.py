"""Measuring in a fresh process on a fresh copy of a database: what the benchmarks share.

A measurement runs in a child process of its own (its memory, imports and page cache are its own, as in a real
start), on a copy of the benchmark's database that is removed afterwards with its side files; the child prints its
figures as one JSON line last.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

SIDE_FILES = ("", "-wal", "-shm")


def remove_database(db: Path) -> None:
    for suffix in SIDE_FILES:
        Path(str(db) + suffix).unlink(missing_ok=True)


def run_on_copy(script: str, base: Path, db: Path, arguments: list[str]) -> dict[str, Any]:
    """Copy `base` to `db`, run `script` with `arguments` in a fresh Python, and return the JSON of its last line
    (the copy removed either way)."""
    remove_database(db)
    shutil.copy(base, db)
    try:
        result = subprocess.run([sys.executable, script, *arguments], capture_output=True, encoding="utf-8",
                                check=True)  # fmt: skip
    finally:
        remove_database(db)
    return json.loads(result.stdout.strip().splitlines()[-1])
