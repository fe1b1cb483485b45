"""Crash recovery for the form being edited: a copy of its unsaved content, written every few seconds.

Kept as small JSON files in the data folder (not in the database, so nothing of it travels by sync), written
atomically and flushed to disk, so that a flat battery costs at most the last few seconds of typing.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Unsaved:
    slot: str  # one file per open editor
    form: str
    record_id: str | None  # None for a record not saved yet
    data: dict[str, Any]
    saved_at: str
    database: str  # the database file it belongs to


class AutosaveFolder:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def new_slot(self) -> str:
        return uuid.uuid4().hex

    def write(self, unsaved: Unsaved) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        target = self.folder / f"{unsaved.slot}.json"
        temporary = target.with_suffix(".tmp")
        with temporary.open("w", encoding="utf-8") as handle:
            json.dump(asdict(unsaved), handle, ensure_ascii=False)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)

    def discard(self, slot: str) -> None:
        (self.folder / f"{slot}.json").unlink(missing_ok=True)

    def pending(self, database: str) -> list[Unsaved]:
        """Unsaved work left by an earlier run on this database (damaged files are skipped, never fatal)."""
        found = []
        for path in sorted(self.folder.glob("*.json")) if self.folder.exists() else []:
            try:
                stored = json.loads(path.read_text(encoding="utf-8"))
                unsaved = Unsaved(**stored)
            except (OSError, ValueError, TypeError):
                continue
            if unsaved.database == database and isinstance(unsaved.data, dict):
                found.append(unsaved)
        return found
