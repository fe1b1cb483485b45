"""Crash recovery for the form being edited: a copy of its unsaved content, written every few seconds.

Kept as small JSON files in the data folder (not in the database, so nothing of it travels by sync), written
atomically and flushed to disk, so that a flat battery costs at most the last few seconds of typing.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from app.core.files import FileNotWritten, Replace, replace_file, write_text_atomically


@dataclass(frozen=True)
class Unsaved:
    slot: str  # one file per open editor
    form: str
    record_id: str | None  # None for a record not saved yet
    data: dict[str, Any]
    saved_at: str
    database: str  # the database file it belongs to


class AutosaveFolder:
    """`replace`: how a finished copy takes its place (retried while an antivirus holds the file)."""

    def __init__(self, folder: Path, *, replace: Replace = replace_file) -> None:
        self.folder = folder
        self.replace = replace

    def new_slot(self) -> str:
        return uuid.uuid4().hex

    def write(self, unsaved: Unsaved) -> None:
        """Raises `FileNotWritten` ("autosave_not_written") when the disk refuses (full, read-only, a file held by
        another program beyond the retries): the previous copy stays, and the next write tries again."""
        target = self.folder / f"{unsaved.slot}.json"
        try:
            write_text_atomically(target, json.dumps(asdict(unsaved), ensure_ascii=False), replace=self.replace)
        except OSError as error:
            raise FileNotWritten("autosave_not_written", target, error) from None

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
