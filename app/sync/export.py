"""Exporting: one package file per laptop and day, written so that a pulled stick never leaves a file that looks
complete.

The snapshot is written under a temporary name in the target folder, flushed to the device, checked exactly as a
merge would check it (and its counts against the database it came from), and only then renamed into place. A
second export on the same day replaces the first: a full export holds everything the earlier one held.

An export that was killed half-way (a flat battery, a crash) leaves its temporary file behind; the next export into
the folder removes it once it is clearly abandoned (see `remove_leftovers`). The snapshot needs no journal beside it.

On a laptop of an organisation the package is sealed (docs/security.md, "Sealed files"): the same snapshot, checked
the same way, is written into the application's temporary folder on the laptop, then sealed through age straight
into the temporary name on the stick (`app.security.placing.seal_onto`), read back, and renamed into place; the
plaintext is removed whatever happens. The stick never holds a byte of plaintext.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import re
import secrets
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.errors import DatabaseRejected, InvalidInput, StorageError
from app.core.files import file_name_part, flush_file, is_in_use, place_file, windows_file_name
from app.core.messages import translate
from app.core.volumes import check_fits
from app.db.store import Store
from app.security.form_approval import approve_forms_in_use
from app.security.organisation import Unlocked
from app.security.placing import plaintext_file, seal_onto, sealed_size_bound
from app.security.sealed import membership
from app.security.version_signing import sign_pending
from app.sync.package import (
    COUNTED_TABLES,
    Manifest,
    check_package,
    stored_digests,
    table_counts,
    write_snapshot,
)

SUFFIX = ".taawun"
_TEMPORARY = re.compile(r"\.taawun-.*-(?P<device>[0-9a-f]{6})-\d{4}-\d{2}-\d{2}\.taawun\.[0-9a-f]{8}\.partial")
_SIDE_FILES = ("", "-journal", "-wal", "-shm")  # an interrupted SQLite write may leave the last three beside it
# A temporary file untouched for this long belongs to no export in progress: this laptop's (a window and the
# command line may export at the same time), others' (two laptops writing to one shared folder).
OWN_LEFTOVER_AGE = 120.0
OTHERS_LEFTOVER_AGE = 3600.0


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
    sealed_for: str = ""  # the organisation's name when the package is sealed for its laptops


def safe_name(text: str, *, limit: int = 40) -> str:
    """A laptop's name as part of a package's file name ("laptop" when nothing of it can be kept)."""
    return file_name_part(text, limit=limit) or "laptop"


def package_name(device_name: str, device_id: str, day: dt.date) -> str:
    # The device id keeps apart two laptops given the same name (both called "laptop") on one stick.
    return windows_file_name(f"taawun-{safe_name(device_name)}-{device_id[:6]}-{day.isoformat()}{SUFFIX}")


def export_package(store: Store, directory: Path | str, *, keys: Unlocked | None = None,
                   require_sealed: bool = False, today: dt.date | None = None) -> Exported:  # fmt: skip
    """Write everything this laptop holds to one package in `directory`; returns its path and counts. On a laptop
    of an organisation the package is sealed with `keys` (InvalidInput without them); `require_sealed` (the setting
    `require_encryption`) refuses to write a plain package on a laptop of no organisation."""
    directory = Path(directory)
    if not directory.is_dir():
        raise StorageError("sync_folder_missing", path=str(directory))
    held = membership(store)
    if held is None and require_sealed:
        raise InvalidInput("sealed_required_no_organisation")
    if held is not None and keys is None:
        raise InvalidInput("sealed_export_needs_passphrase")
    remove_leftovers(directory, store.device_id)
    final = directory / package_name(store.device_name, store.device_id, today or dt.date.today())
    bound = package_size_bound(store)
    # A FAT32 stick holds no file over 4 GB: said before writing
    check_fits(directory, bound if held is None else sealed_size_bound(bound, held.members))
    if held is None or keys is None:
        return _export_plain(store, directory, final)
    if keys.organisation is not None:  # a coordinator's forms in use, named in the list the file carries
        approve_forms_in_use(store, keys)
    sign_pending(store, keys.laptop)  # before the snapshot: no version leaves this laptop unsigned
    with plaintext_file("export") as plain:
        try:
            _create(plain)
        except OSError as error:
            raise StorageError("sealed_temporary_failed", path=str(plain.parent),
                               detail=error.strerror or str(error)) from None  # fmt: skip
        manifest = _write_checked(store, plain, final, flush=False)
        try:
            seal_onto(store, keys, plain, final, kind="package")
        except OSError as error:
            raise _os_failure(error, directory, final) from None
    return Exported(final, {t: manifest.counts[t] for t in COUNTED_TABLES}, sealed_for=held.members.name)


def _export_plain(store: Store, directory: Path, final: Path) -> Exported:
    temporary = directory / f".{final.name}.{secrets.token_hex(4)}.partial"
    try:
        # Created here first so that an unwritable folder or a full stick is reported by the system (errno), not as
        # SQLite's vague "unable to open database file".
        _create(temporary)
    except OSError as error:
        raise _os_failure(error, directory, final) from None
    try:
        manifest = _write_checked(store, temporary, final, flush=True)
        place_file(temporary, final, flushed=True)  # retried while an antivirus looks at the new file
    except OSError as error:
        raise _os_failure(error, directory, final) from None
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)  # after a failure; after success it is already renamed
    return Exported(final, {t: manifest.counts[t] for t in COUNTED_TABLES})


def _create(path: Path) -> None:
    os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0), 0o644))


def _write_checked(store: Store, target: Path, final: Path, *, flush: bool) -> Manifest:
    """The snapshot written to `target` (an empty new file), checked exactly as a merge would check it, and its
    counts against the database it came from; `flush`: pushed to the device first (a stick: what is checked is
    what the device holds)."""
    before = table_counts(store.conn)
    write_snapshot(store.path, target, device=store.device_id, device_name=store.device_name)
    after = table_counts(store.conn)
    if flush:
        flush_file(target)
    try:
        manifest = check_package(target, known_forms=stored_digests(store.conn))
    except DatabaseRejected as error:
        raise ExportUnverified(path=str(final), cause=error) from None
    # Rows are only ever added, so the snapshot holds at least what was there before it and at most what is
    # there after it (the window may be saving meanwhile).
    if not all(before[t] <= manifest.counts.get(t, -1) <= after[t] for t in COUNTED_TABLES):
        raise ExportUnverified(path=str(final), detail=_describe(manifest.counts, after))
    return manifest


def package_size_bound(store: Store) -> int:
    """At most the package's size in bytes: it carries the database's tables (less its derived ones), so the
    database's pages in use bound it (photos live in the database: this may be gigabytes)."""
    page_size, pages, free = (store.conn.execute(f"PRAGMA {name}").fetchone()[0]
                              for name in ("page_size", "page_count", "freelist_count"))  # fmt: skip
    return int(page_size) * (int(pages) - int(free))


def _describe(found: dict[str, Any], expected: dict[str, int]) -> str:
    return ", ".join(f"{t} {found.get(t)}/{expected[t]}" for t in COUNTED_TABLES)


def _os_failure(error: OSError, directory: Path, final: Path) -> StorageError:
    detail = error.strerror or str(error)
    if is_in_use(error):  # the day's earlier package open elsewhere, or held by a scanner beyond the retries
        return StorageError("sync_file_in_use", path=str(final))
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return StorageError("sync_disk_full", path=str(directory))
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return StorageError("sync_folder_unwritable", path=str(directory), detail=detail)
    return StorageError("sync_export_failed", path=str(final), detail=detail)


def remove_leftovers(directory: Path, device_id: str, *, now: float | None = None) -> list[Path]:
    """Remove the temporary files of exports that were interrupted (killed, power cut) in `directory`.

    A file is removed once nothing has written to it for a while: `OWN_LEFTOVER_AGE` for this laptop's (its name
    carries the device), `OTHERS_LEFTOVER_AGE` for another laptop's, so that exports running at the same time never
    delete each other's file in progress. Returns what was removed; a file that cannot be removed is left.
    """
    now = time.time() if now is None else now
    newest: dict[str, float] = {}  # temporary file -> newest change among it and its side files
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return []
    for entry in entries:
        base = next((entry.name[: -len(s)] for s in _SIDE_FILES[1:] if entry.name.endswith(s)), entry.name)
        if _TEMPORARY.fullmatch(base) is None:
            continue
        with contextlib.suppress(OSError):
            if entry.is_file(follow_symlinks=False):
                newest[base] = max(newest.get(base, 0.0), entry.stat(follow_symlinks=False).st_mtime)
    removed = []
    for base, changed in sorted(newest.items()):
        match = _TEMPORARY.fullmatch(base)
        own = match is not None and device_id.startswith(match["device"])
        if now - changed < (OWN_LEFTOVER_AGE if own else OTHERS_LEFTOVER_AGE):
            continue
        for side in _SIDE_FILES:
            path = directory / (base + side)
            try:
                path.unlink()
            except OSError:
                continue  # absent, or a read-only stick (the export that follows says so)
            removed.append(path)
    return removed
