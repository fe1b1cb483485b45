"""A database's content as SQL, less the sync log: what a refused file must leave unchanged (its refusal is one line
of the sync log, and nothing else)."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [line for line in conn.iterdump() if '"sync_log"' not in line]
    finally:
        conn.close()
