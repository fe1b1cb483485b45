"""Exporting: one package file per laptop and day, written so that a pulled stick never leaves a file that looks
complete.

The snapshot is written under a temporary name in the target folder, flushed to the device, checked exactly as a
merge would check it (and its counts against the database it came from), and only then renamed into place. A
second export on the same day replaces the first: a full export holds everything the earlier one held.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.errors import DatabaseRejected, StorageError
from app.core.files import file_name_part, flush_directory, flush_file
from app.core.messages import translate
from app.db.package import COUNTED_TABLES, check_package, stored_digests, table_counts, write_snapshot
from app.db.store import Store

SUFFIX = ".taawun"


class ExportUnverified(StorageError):
    """The file written did not pass its check (a failing or full stick): it was removed."""

    def __init__(self, *, path: str, detail: str = "", cause: DatabaseRejected | None = None) -> None:
        super().__init__("sync_export_unverified", path=path, detail=detail)
        self.cause = cause

    def message(self, lang: str) -> str:
        detail = self.params["detail"] if self.cause is None else self.cause.message(lang)
        return translate(self.code, lang, path=self.params["path"], detail=detail)


@dataclass(frozen=True)
class Exported:
    path: Path
    counts: dict[str, int]


def safe_name(text: str, *, limit: int = 40) -> str:
    """A laptop's name as part of a package's file name ("laptop" when nothing of it can be kept)."""
    return file_name_part(text, limit=limit) or "laptop"


def package_name(device_name: str, device_id: str, day: dt.date) -> str:
    # The device id keeps apart two laptops given the same name (both called "laptop") on one stick.
    return f"taawun-{safe_name(device_name)}-{device_id[:6]}-{day.isoformat()}{SUFFIX}"


def export_package(store: Store, directory: Path | str, *, today: dt.date | None = None) -> Exported:
    """Write everything this laptop holds to one package in `directory`; returns its path and counts."""
    directory = Path(directory)
    if not directory.is_dir():
        raise StorageError("sync_folder_missing", path=str(directory))
    final = directory / package_name(store.device_name, store.device_id, today or dt.date.today())
    temporary = directory / f".{final.name}.{secrets.token_hex(4)}.partial"
    try:
        before = table_counts(store.conn)
        write_snapshot(store.path, temporary, device=store.device_id, device_name=store.device_name)
        after = table_counts(store.conn)
        flush_file(temporary)
        try:
            manifest = check_package(temporary, known_forms=stored_digests(store.conn))
        except DatabaseRejected as error:
            raise ExportUnverified(path=str(final), cause=error) from None
        # Rows are only ever added, so the snapshot holds at least what was there before it and at most what is
        # there after it (the window may be saving meanwhile).
        if not all(before[t] <= manifest.counts.get(t, -1) <= after[t] for t in COUNTED_TABLES):
            raise ExportUnverified(path=str(final), detail=_describe(manifest.counts, after))
        os.replace(temporary, final)
        flush_directory(directory)
    except OSError as error:
        raise StorageError("sync_export_failed", path=str(final), detail=error.strerror or str(error)) from None
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)  # after a failure; after success it is already renamed
    return Exported(final, {t: manifest.counts[t] for t in COUNTED_TABLES})


def _describe(found: dict[str, Any], expected: dict[str, int]) -> str:
    return ", ".join(f"{t} {found.get(t)}/{expected[t]}" for t in COUNTED_TABLES)
