"""Merging files from a stick: each file is checked on its own, then merged in one transaction, or refused.

A refused file changes nothing in the database except one line in the sync log saying why. Files are merged one
after the other, each atomically, so several files are as safe as one, and the outcome of each is yielded as soon
as it is known (the command line prints it, the window shows progress).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from app.core.errors import DatabaseRejected
from app.db.merge import MergeCounts, check_and_merge
from app.db.package import Manifest
from app.db.store import Store
from app.db.sync_log import log_rejected


@dataclass(frozen=True)
class FileOutcome:
    path: Path
    manifest: Manifest | None = None
    counts: MergeCounts | None = None
    rejection: DatabaseRejected | None = None
    from_this_laptop: bool = False

    @property
    def merged(self) -> bool:
        return self.rejection is None


def merge_file(store: Store, path: Path | str) -> FileOutcome:
    path = Path(path)
    try:
        # The file alone, read-only, before the database is touched (its validation against ours starts as soon
        # as its structure is known to be ours, and runs while the rest is checked).
        manifest, counts = check_and_merge(store, path, log_file=str(path.absolute()))
    except DatabaseRejected as rejection:
        log_rejected(store, file=str(path.absolute()), rejection=rejection)
        return FileOutcome(path, rejection=rejection)
    return FileOutcome(path, manifest, counts, from_this_laptop=manifest.device == store.device_id)


def merge_files(store: Store, paths: Iterable[Path | str]) -> Iterator[FileOutcome]:
    for path in paths:
        yield merge_file(store, path)
