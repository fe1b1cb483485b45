"""Merging package files, whichever way they came (a stick, a folder): the entry of every transport.

`merge_files(store, paths, progress=…)` is what a transport calls: each file is checked on its own, then merged in
one transaction, or refused; once the last has had its turn, the derived data (search index, list sort keys) is
caught up, so the merged records are searchable and sorted when it returns. Before that, records still referring to
a record joined into another follow the join (`app.db.joining.follow_joins`). `merge_file` is one file alone, without
the catch-up (which then waits for the next search, or the window's next start).

A refused file changes nothing in the database except one line in the sync log saying why. Files are merged one
after the other, each atomically, so several files are as safe as one, and the outcome of each is yielded as soon
as it is known (the command line prints it, the window shows progress).

Whatever goes wrong with one file refuses that file and the next one is merged (README: each file is merged or
refused on its own); the merge's transaction is rolled back, so nothing of the refused file is written:
- a known rejection (`DatabaseRejected`: not ours, damaged, inconsistent, a record failing its rules…);
- a value Python cannot read (`RecursionError` from JSON nested 100,000 deep, `MemoryError`, `OverflowError` from
  a huge number, `ValueError`/`UnicodeError` from text that is not what it claims, `sqlite3.DatabaseError` from a
  damaged page): a property of the file, refused as "could not be read: <reason>" (`sync_file_unreadable`), and
  logged as a warning with its traceback (a check missing from `app/db` is found there);
- anything else is a bug of ours: logged at error level with its traceback, the file is refused as "an unexpected
  error stopped its merge" (`sync_file_failed`, naming the log) and the batch goes on; the outcome says `bug`, so
  the command line still ends with exit 1 once every file has had its turn.
Only a problem of this laptop stops the batch (a `StorageError`: full disk, read-only or busy database), since
every next file would meet it too; `KeyboardInterrupt` and `SystemExit` pass through.

Sealed files (docs/security.md): a sealed file is opened with this laptop's `keys` into the application's temporary
folder (`app.security.sealed.open_sealed`: decrypted, its signature and sender checked, a replay refused), then that
plaintext is checked and merged as any package, and removed whatever happens; the file's number is recorded as
merged from its laptop in the merge's own transaction. Without `keys` a sealed file is refused (the passphrase is
needed). A laptop of an organisation refuses plain files, as does any laptop with `require_sealed` (the setting
`require_encryption`).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from app.core.errors import DatabaseRejected, PackageRejected, StorageError, TaawunError
from app.db.joining import follow_joins
from app.db.store import Store
from app.security.form_approval import adopt_approved_forms
from app.security.organisation import Unlocked
from app.security.sealed import Opened, is_sealed, membership, open_sealed, record_merged, remove_plaintext
from app.sync.merge_package import MergeCounts, check_and_merge, is_same_file
from app.sync.package import Manifest
from app.sync.sync_log import log_rejected

log = logging.getLogger("taawun.sync")

# What Python raises on a value it cannot read: a property of the file, not of the code reading it.
# `progress(done, total)`, as the window's background runner takes it.
Progress = Callable[[int, int], None]

UNREADABLE = (RecursionError, MemoryError, OverflowError, ValueError, sqlite3.DatabaseError)


@dataclass(frozen=True)
class FileOutcome:
    path: Path
    manifest: Manifest | None = None
    counts: MergeCounts | None = None
    rejection: DatabaseRejected | None = None
    from_this_laptop: bool = False
    bug: bool = False  # refused because of an unexpected error of ours (logged with its traceback)
    sealed_by: str = ""  # a sealed file's sending laptop, by its name in the organisation's list
    shown: str = ""  # how reports name it when it is no file of the user's (a batch pulled from the server)

    @property
    def merged(self) -> bool:
        return self.rejection is None


def merge_file(store: Store, path: Path | str, *, keys: Unlocked | None = None, require_sealed: bool = False,
               shown: str | None = None, opened_by_transport: bool = False) -> FileOutcome:  # fmt: skip
    """One file (see the module's text); `keys` open a sealed file, `require_sealed` refuses a plain one.
    A transport that receives documents rather than files (app/sync/server) writes each batch as a plain package
    in the temporary folder: `shown` names it in messages and the log, and `opened_by_transport` says the transport
    opened the batch itself (decrypted, its sender checked) on a laptop of an organisation, which otherwise refuses
    a plain file; its versions' signatures are checked by the merge as any file's."""
    path = Path(path)
    shown = str(path.absolute()) if shown is None else shown
    bug = False
    opened: Opened | None = None
    try:
        opened = None if opened_by_transport else _opened(store, path, shown, keys=keys, require_sealed=require_sealed)
        # The file alone, read-only, before the database is touched (its validation against ours starts as soon
        # as its structure is known to be ours, and runs while the rest is checked).
        if opened is None:
            manifest, counts = check_and_merge(store, path, log_file=shown, shown=shown)
        else:
            merged = opened
            manifest, counts = check_and_merge(store, opened.path, log_file=shown, shown=shown,
                                               also=lambda: record_merged(store.conn, merged, shown))  # fmt: skip
    except DatabaseRejected as rejected:
        if opened is not None and rejected.params.get("path") == str(opened.path):
            rejected.params["path"] = shown  # the checks named the plaintext: the user knows the sealed file
        rejection = rejected
    except StorageError:
        raise  # this laptop's own problem (full disk, read-only, busy): every next file would meet it too
    except TaawunError as error:  # a known condition met on the way that no check turned into a rejection
        rejection = PackageRejected("sync_file_unreadable", path=shown, cause=error)
    except UNREADABLE as error:
        log.warning("file %s refused: it could not be read (%s)", shown, type(error).__name__, exc_info=True)
        rejection = PackageRejected("sync_file_unreadable", path=shown, cause=unreadable_reason(error))
    except Exception:  # noqa: BLE001 - a bug of ours: logged with its traceback, the batch goes on
        log.exception("unexpected error while merging %s: the file is refused, the next files are merged", shown)
        rejection, bug = DatabaseRejected("sync_file_failed", path=shown, log=_log_file()), True
    else:
        return FileOutcome(path, manifest, counts, from_this_laptop=manifest.device == store.device_id,
                           sealed_by="" if opened is None else opened.sender.name)  # fmt: skip
    finally:
        if opened is not None:
            remove_plaintext(opened.path)
    log_rejected(store, file=shown, rejection=rejection)
    return FileOutcome(path, rejection=rejection, bug=bug)


def _opened(store: Store, path: Path, shown: str, *, keys: Unlocked | None, require_sealed: bool) -> Opened | None:
    """A sealed file opened into the temporary folder (None for a plain file that may be merged as it is), or the
    refusal."""
    if is_same_file(path, store.path):
        return None  # never opened by Python while the store holds it: `check_and_merge` refuses it unread
    if not is_sealed(path):
        if membership(store) is not None:
            raise PackageRejected("sealed_plain_refused", path=shown)
        if require_sealed:
            raise PackageRejected("sealed_plain_refused_setting", path=shown)
        return None
    if keys is None:
        code = "sealed_no_organisation" if membership(store) is None else "sealed_needs_passphrase"
        raise PackageRejected(code, path=shown)
    from app.security.placing import temporary_folder

    return open_sealed(store, Path(shown), keys, into=temporary_folder(), kind="package")


def unreadable_reason(error: BaseException) -> TaawunError:
    """Why a value of the file could not be read, in words (with Python's own detail where it helps)."""
    detail = str(error).splitlines()[0][:200] if str(error) else type(error).__name__
    if isinstance(error, RecursionError):
        return TaawunError("unreadable_too_deep")
    if isinstance(error, MemoryError):
        return TaawunError("unreadable_too_large")
    if isinstance(error, OverflowError) or "digits" in detail:  # int('9' * 5000): "Exceeds the limit … digits"
        return TaawunError("unreadable_number", detail=detail)
    if isinstance(error, UnicodeError):
        return TaawunError("unreadable_text")
    if isinstance(error, sqlite3.DatabaseError):
        return TaawunError("unreadable_sqlite", detail=detail)
    return TaawunError("unreadable_value", detail=detail)


def _log_file() -> str:
    """The log file the traceback went to (the application's rotating log), or "" when there is none."""
    for handler in logging.getLogger("taawun").handlers:
        name = getattr(handler, "baseFilename", None)
        if name:
            return str(name)
    return ""


def merge_files(store: Store, paths: Iterable[Path | str], *, keys: Unlocked | None = None,
                require_sealed: bool = False, progress: Progress | None = None,
                catching_up: Callable[[], None] | None = None) -> Iterator[FileOutcome]:  # fmt: skip
    """Merge the files one after the other (see the module's docstring), yielding each outcome as it is known; then,
    after the last, catch up the derived data, which a large merge leaves queued (made now, before the lists
    refresh, not at the next search or start). Consume the whole iterator: the catch-up runs at its end.

    `progress(done, total)`: before each file (`total` files), then during the catch-up (`total` records; it may
    take longer than the merge), then `(files, files)` at the end. `catching_up()`: once, only when records wait
    for the catch-up, just before it (the command line says it may take a while). A `StorageError` (this laptop's
    problem) stops the batch, the catch-up included: the records merged so far are caught up at the next search.
    `keys`: this laptop's, to open sealed files; `require_sealed`: plain files are refused (see the module's text)."""
    paths = list(paths)
    merged = False
    for done, path in enumerate(paths):
        if progress is not None:
            progress(done, len(paths))
        outcome = merge_file(store, path, keys=keys, require_sealed=require_sealed)
        merged = merged or outcome.merged
        yield outcome
    if progress is not None:
        progress(len(paths), len(paths))
    after = after_merges(store, merged_any=merged, progress=progress, catching_up=catching_up)
    if after.caught_up and progress is not None:
        progress(len(paths), len(paths))


@dataclass(frozen=True)
class AfterMerges:
    """What `after_merges` did: records of this laptop's that now follow a join (each a new version of its own,
    which the others should get), and whether the derived data was caught up."""

    followed: int = 0
    caught_up: bool = False


def after_merges(store: Store, *, merged_any: bool, progress: Progress | None = None,
                 catching_up: Callable[[], None] | None = None) -> AfterMerges:  # fmt: skip
    """What follows the last merge of a batch of files (see `merge_files`); also called by the server's pull."""
    followed = 0
    if merged_any:  # a join may have arrived, or visits of a record joined here: they follow it (app/db/joining.py)
        followed = follow_joins(store)
        # Forms a coordinator approved in the member list (which a sealed file may have brought) are put in use.
        adopt_approved_forms(store)
    if store.derived_pending():
        if catching_up is not None:
            catching_up()
        store.catch_up_derived(progress=progress)
        return AfterMerges(followed, caught_up=True)
    return AfterMerges(followed)
