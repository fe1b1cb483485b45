"""The shared-folder transport: any folder several laptops reach (a network share, a folder a sync service keeps in
step) named in the settings (`shared_folder`), so that an office without a server already shares its data.

It only moves package files, as a stick does (app/sync/__init__.py):
- `export_to`: this laptop's package written into the folder by `export.export_package` (temporary name, flushed,
  checked, renamed; an abandoned temporary removed). Laptops writing at the same time never meet: each writes its
  own file name (its device id is in it) under a temporary name of its own. This laptop's older packages there are
  removed once the new one is in place: each export holds everything an earlier one held, and a folder shared for a
  year would otherwise hold a file per laptop and day;
- `files_to_merge`: the package files other laptops left there that this laptop has not merged in that state;
- `sync_with`: both, then `merge.merge_files` on the new files.

What it never merges: this laptop's own file (its manifest or sealed header says so; the device part of its name
when it cannot be read); another laptop's export in progress (a temporary `.<name>.partial`: the listing skips names
starting with a dot); an older package of a laptop beside its newer one. A file half-copied by a sync service or a
copy over the network is refused by the merge's checks, changing nothing, and merged once it is whole.

Problems of the folder itself (missing, the share down, read-only, full) are `StorageError`s naming the folder:
nothing is written and nothing merged.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from app.core.bounds import BoundExceeded, check_text
from app.core.errors import InvalidInput, StorageError, TaawunError
from app.core.settings import SHARED_FOLDER_MAX
from app.db.store import Store
from app.security.organisation import Unlocked
from app.security.sealed import is_sealed, last_merged_sequence, read_header
from app.sync.export import SUFFIX, Exported, export_package
from app.sync.merge import UNREADABLE, FileOutcome, Progress, merge_files
from app.sync.package import read_manifest
from app.sync.sync_log import was_merged

# The device part of a package's name (`export.package_name`): `taawun-<name>-<6 hex>-<date>.taawun`
_DEVICE_PART = re.compile(r"-(?P<device>[0-9a-f]{6})-\d{4}-\d{2}-\d{2}" + re.escape(SUFFIX) + r"$")
# Export errors said of a stick, said again of the shared folder (what to do differs: the share, its rights).
_FOLDER_ERRORS = {"sync_folder_missing": "shared_folder_unreachable", "sync_disk_full": "shared_folder_full",
                  "sync_folder_unwritable": "shared_folder_unwritable"}  # fmt: skip


@dataclass(frozen=True)
class FolderFile:
    """A package file in the folder, and what it says of itself (nothing when it cannot be read)."""

    path: Path
    sender: str = ""  # the laptop that wrote it ("" when unreadable)
    sealed: bool = False
    exported_at: str = ""  # a plain package's export time
    sequence: int = 0  # a sealed file's number among its laptop's
    modified: float = 0.0  # its modification time: between two exports of one second, the later written

    @property
    def order(self) -> tuple[int, str, float]:
        return self.sequence, self.exported_at, self.modified


def chosen_folder(text: str) -> str:
    """The folder a person names for the setting: absolute, an existing folder; InvalidInput otherwise."""
    try:
        check_text(text, limit=SHARED_FOLDER_MAX, layout=False)
    except BoundExceeded:
        raise InvalidInput("shared_folder_bad_path") from None
    if not text.strip():
        raise InvalidInput("shared_folder_bad_path")
    folder = os.path.abspath(os.path.expanduser(text.strip()))
    if not os.path.isdir(folder):
        raise InvalidInput("shared_folder_not_found", path=folder)
    return folder


def usable_folder(folder: str) -> Path:
    """The setting's folder, when it is one this laptop reaches now; InvalidInput when none is chosen, StorageError
    `shared_folder_unreachable` when it is missing (a share down, a sync service's folder moved)."""
    if not folder:
        raise InvalidInput("shared_folder_not_set")
    try:
        if not stat.S_ISDIR(os.stat(folder).st_mode):
            raise StorageError("shared_folder_unreachable", path=folder, detail="not a folder")
    except OSError as error:
        raise StorageError("shared_folder_unreachable", path=folder, detail=error.strerror or str(error)) from None
    return Path(folder)


def export_to(store: Store, folder: str, *, keys: Unlocked | None = None, require_sealed: bool = False,
              today: dt.date | None = None) -> Exported:  # fmt: skip
    """This laptop's package written into `folder` (sealed on a laptop of an organisation, as to a stick), then its
    older packages there removed."""
    where = usable_folder(folder)
    try:
        exported = export_package(store, where, keys=keys, require_sealed=require_sealed, today=today)
    except StorageError as error:
        code = _FOLDER_ERRORS.get(error.code)
        if code is None:
            raise
        raise StorageError(code, path=folder, detail=error.params.get("detail", "")) from None
    _remove_older_own(store, where, keep=exported.path)
    return exported


def files_to_merge(store: Store, folder: str) -> list[Path]:
    """The package files of other laptops in `folder` that this laptop has not merged in that state, in the order
    of their names; only the newest of each laptop (it holds everything its older ones held; an older sealed one
    would be refused as a replay after it). Which laptop and how new is what the file claims: a forged file claiming
    to be a laptop's newest is refused by the merge, named in every report until someone removes it, and meanwhile
    hides that laptop's genuine file (anyone who may write to the folder can do that; nobody can make it merge).

    Skipping a file already merged only saves time (a merge is idempotent): a sealed file whose number is not above
    the last merged from its laptop (the merge would refuse it as a replay anyway), a plain package whose laptop and
    export time (to the second) a "merged" line of the sync log names. A file refused before is tried again: what
    refused it may be gone (a half-copied file now whole, a passphrase now given, a clock now right)."""
    newest: dict[str, FolderFile] = {}
    unread: list[Path] = []
    for found in _package_files(usable_folder(folder)):
        described = _describe(found)
        if _is_own(store, described):
            continue
        if not described.sender:
            unread.append(found)  # the merge says why (or merges it, whole by then)
        elif described.sender not in newest or described.order > newest[described.sender].order:
            newest[described.sender] = described
    waiting = [f.path for f in sorted(newest.values(), key=lambda f: f.path) if not _merged_already(store, f)]
    return waiting + sorted(unread)


def sync_with(store: Store, folder: str, *, keys: Unlocked | None = None, require_sealed: bool = False,
              progress: Progress | None = None, catching_up: Callable[[], None] | None = None,
              exported: Callable[[Exported], None] | None = None) -> Iterator[FileOutcome]:  # fmt: skip
    """Export into `folder` (`exported(result)` once written), then merge the new files of the others, yielding each
    outcome as `merge.merge_files` does (consume the whole iterator: the derived data is caught up at its end). An
    export that fails raises before anything is merged."""
    written = export_to(store, folder, keys=keys, require_sealed=require_sealed)
    if exported is not None:
        exported(written)
    yield from merge_files(store, files_to_merge(store, folder), keys=keys, require_sealed=require_sealed,
                           progress=progress, catching_up=catching_up)  # fmt: skip


def _package_files(folder: Path) -> list[Path]:
    """The regular `*.taawun` files directly in `folder`; never a temporary one (its name starts with a dot)."""
    found = []
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.name.startswith(".") or not entry.name.lower().endswith(SUFFIX):
                    continue
                with contextlib.suppress(OSError):
                    if entry.is_file(follow_symlinks=False):
                        found.append(Path(entry.path))
    except OSError as error:  # the share went down between the check and the listing
        raise StorageError("shared_folder_unreachable", path=str(folder),
                           detail=error.strerror or str(error)) from None  # fmt: skip
    return sorted(found)


def _describe(path: Path) -> FolderFile:
    """What the file says of itself: the sealed header (no key needed) or the plain manifest (after the quick
    structural check). A file that cannot be read says nothing."""
    try:
        modified = path.stat().st_mtime
        if is_sealed(path):
            header = read_header(path)
            return FolderFile(path, header.laptop, sealed=True, sequence=header.sequence, modified=modified)
        manifest = read_manifest(path)
    except (TaawunError, OSError, *UNREADABLE):
        return FolderFile(path)
    return FolderFile(path, manifest.device, exported_at=manifest.exported_at, modified=modified)


def _is_own(store: Store, described: FolderFile) -> bool:
    if described.sender:
        return described.sender == store.device_id
    named = _DEVICE_PART.search(described.path.name)
    return named is not None and store.device_id.startswith(named["device"])


def _merged_already(store: Store, described: FolderFile) -> bool:
    if described.sealed:
        return described.sequence <= last_merged_sequence(store.conn, described.sender)
    return bool(described.exported_at) and was_merged(store.conn, device=described.sender,
                                                      exported_at=described.exported_at)  # fmt: skip


def _remove_older_own(store: Store, folder: Path, *, keep: Path) -> None:
    """This laptop's earlier packages in the folder (earlier days'), removed; one that cannot be removed (another
    laptop reading it on a Windows share) stays, and goes next time."""
    with contextlib.suppress(StorageError):
        for path in _package_files(folder):
            if path.name == keep.name or _DEVICE_PART.search(path.name) is None:
                continue
            described = _describe(path)
            if described.sender == store.device_id:  # the file says so: a name alone is not enough to delete
                with contextlib.suppress(OSError):
                    path.unlink()
