"""Copies of the database: `taawun backup DIR`, one automatic copy a day, and putting a copy back.

A copy is SQLite's own consistent snapshot (the online backup API, so the window may go on saving meanwhile),
written under a temporary name in the target folder, pushed to the disk, checked as any file the application opens
(`app.db.opening`: header and length, identity and version, `PRAGMA integrity_check`), and only then renamed into
place: a failure (full disk, pulled stick) never leaves a file that looks like a backup.

The database being copied is read only through SQLite: a process that holds a connection to it (the window) passes
its `Store` (a connection of the worker's own, `Store.another_connection`), never the path, because Python's
`open()`/`close()` of a live database file would drop the process's locks on it (see `app.db.opening`). The path
forms are for a process that holds no connection to the file (the command line).

Restoring treats the chosen file as untrusted: it is checked as strictly as a sync package (header and length,
identity and version, the exact schema with no table, trigger or view of its own, `PRAGMA integrity_check`) and
copied next to the database before anything is changed; then the current database is kept as a copy in the backups folder, and the restored one takes its place
with one rename. The steps are separate functions so that the window can run the slow ones on a worker while its
own connection is still open, and close it only for the quick swap (`restore_database` runs them all).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import re
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from app.core.errors import DatabaseRejected, InvalidInput, PackageRejected, StorageError
from app.core.files import file_name_part, flush_file, is_in_use, place_file
from app.core.volumes import check_fits
from app.db.opening import connect_file, connect_read_only, inspect_file, integrity_problems
from app.db.schema import APPLICATION_ID
from app.db.schema_check import check_schema
from app.db.sqlite_errors import Condition, condition_of, storage_error
from app.db.store import Store

SUFFIX = ".db"
_STAMP = "%Y-%m-%d-%H%M%S"  # no ':' in names: Windows and FAT-formatted sticks refuse it
_DAY = "[0-9]{4}-[0-9]{2}-[0-9]{2}"  # [0-9], not \d: \d also matches Arabic-Indic digits
_MIN_FREE = 100 * 1024 * 1024
_SIDE_FILES = ("-wal", "-shm", "-journal")


# --- names ------------------------------------------------------------------------------------------------------


def backup_name(device_name: str, when: dt.datetime) -> str:
    # The time before the laptop's name: digits that follow an Arabic name join its right-to-left run and are shown
    # reordered ("093012-17-05-2025"); after "taawun-" they read left to right wherever the name is displayed.
    device = file_name_part(device_name)
    return f"taawun-{when.strftime(_STAMP)}{'-' + device if device else ''}{SUFFIX}"


def _prefix(db_path: Path) -> str:
    # Named after the database file, so that two databases kept in one data folder each get their daily copy.
    return file_name_part(db_path.stem) or "taawun"


def daily_name(db_path: Path, day: dt.date) -> str:
    return f"{_prefix(db_path)}-daily-{day.isoformat()}{SUFFIX}"


def before_restore_name(db_path: Path, when: dt.datetime) -> str:
    return f"{_prefix(db_path)}-before-restore-{when.strftime(_STAMP)}{SUFFIX}"


def unused_name(path: Path) -> Path:
    """`path`, or `name-2.db`, `name-3.db`…: a backup never replaces another one."""
    number = 2
    candidate = path
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
        number += 1
    return candidate


# --- making a copy ----------------------------------------------------------------------------------------------


def backup_database(source: Store | Path | str, target_dir: Path | str, *, device_name: str = "",
                    now: dt.datetime | None = None) -> Path:  # fmt: skip
    """Copy the database into `target_dir`; returns the copy. `source`: an open store, used on its own thread, or
    the file of a database this process holds no connection to."""
    target_dir = Path(target_dir)
    if not target_dir.is_dir():
        raise StorageError("backup_folder_missing", path=str(target_dir))
    now = now or dt.datetime.now()
    if isinstance(source, Store):
        final = unused_name(target_dir / backup_name(device_name or source.device_name, now))
        return _write_copy(source.conn, final)
    with _reading(Path(source)) as conn:
        return _write_copy(conn, unused_name(target_dir / backup_name(device_name, now)))


@contextlib.contextmanager
def _reading(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection that only reads our own database at `path` (checked first, as the store does on opening).
    Only for a database this process holds no other connection to (see the module's docstring)."""
    if not path.is_file() or path.stat().st_size == 0:
        raise DatabaseRejected("backup_no_database", path=str(path))
    inspect_file(path)
    try:
        conn = connect_file(path, timeout=10)
    except sqlite3.Error as error:
        raise storage_error(error, path) from None
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("PRAGMA query_only = ON")
        yield conn
    finally:
        conn.close()


def _write_copy(source: sqlite3.Connection, final: Path) -> Path:
    """Snapshot `source` to `final` (replacing it): temporary name, on the disk itself, checked, renamed."""
    # The copy holds every page of the database: a FAT32 stick, which holds no file over 4 GB, is refused first.
    check_fits(final.parent, copy_size(source))
    temporary = final.with_name(f".{final.name}.{os.urandom(4).hex()}.partial")
    try:
        try:
            _snapshot(source, temporary)
        except sqlite3.Error as error:
            raise _sqlite_failure(error, final) from None
        try:
            inspect_file(temporary, full_check=True)
        except DatabaseRejected as error:
            raise StorageError("backup_unverified", path=str(final),
                               detail=error.params.get("detail") or error.code) from None  # fmt: skip
        place_file(temporary, final, flushed=True)  # retried while an antivirus looks at the new file
    except OSError as error:
        raise write_failure(error, final) from None
    finally:
        _remove(temporary)  # after a failure; after success it is already renamed
    return final


def copy_size(source: sqlite3.Connection) -> int:
    """The size in bytes of SQLite's copy of `source`: the backup copies every page."""
    page_size, pages = (source.execute(f"PRAGMA {name}").fetchone()[0] for name in ("page_size", "page_count"))
    return int(page_size) * int(pages)


def _snapshot(source: sqlite3.Connection, temporary: Path) -> None:
    """A consistent copy of `source` in the new file `temporary`, as one self-contained file, on the disk."""
    # Created here first so that an unwritable folder is reported by the system (errno), not as SQLite's vague
    # "unable to open database file".
    os.close(os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0), 0o644))
    copy = connect_file(temporary)
    try:
        _copy_pages(source, copy)
        copy.execute("PRAGMA journal_mode = DELETE")  # the copy carries the source's WAL flag: never a -wal beside it
    finally:
        copy.close()
    flush_file(temporary)


def _copy_pages(source: sqlite3.Connection, target: sqlite3.Connection) -> None:
    # All pages in one step: one read transaction, so the copy is one moment of the database.
    source.backup(target)


def write_failure(error: OSError, final: Path) -> StorageError:
    """The user's situation behind a failure to write the copy `final` (also a sealed one, app/security)."""
    detail = error.strerror or str(error)
    if is_in_use(error):  # a scanner still holding a file: not read-only
        return StorageError("backup_file_in_use", path=str(final))
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return StorageError("backup_disk_full", path=str(final.parent))
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StorageError("backup_folder_unwritable", path=str(final.parent), detail=detail)
    return StorageError("backup_failed", path=str(final), detail=detail)


def _sqlite_failure(error: sqlite3.Error, final: Path) -> StorageError:
    condition = condition_of(error)
    if condition is Condition.FULL:
        return StorageError("backup_disk_full", path=str(final.parent))
    if condition in (Condition.READ_ONLY, Condition.CANT_OPEN):
        return StorageError("backup_folder_unwritable", path=str(final.parent), detail=str(error))
    return StorageError("backup_failed", path=str(final), detail=str(error))


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StorageError("backup_folder_unwritable", path=str(folder), detail=error.strerror or str(error)) from None


def _remove(path: Path) -> None:
    for name in (str(path), *(str(path) + side for side in _SIDE_FILES)):
        with contextlib.suppress(OSError):
            Path(name).unlink(missing_ok=True)


# --- the daily copy ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DailyBackup:
    made: Path | None  # None: today's copy was already there, or there is no database yet
    removed: list[Path]


def daily_backup(source: Store | Path | str, backups_dir: Path | str, keep_days: int, *,
                 today: dt.date | None = None) -> DailyBackup:  # fmt: skip
    """At most one automatic copy a day in `backups_dir`; automatic copies `keep_days` old or more are deleted.
    `source`: the window's store (a connection of this thread's own), or the file when no connection is held."""
    db_path, backups_dir = (source.path if isinstance(source, Store) else Path(source)), Path(backups_dir)
    today = today or dt.date.today()
    if not db_path.is_file() or db_path.stat().st_size == 0:
        return DailyBackup(None, [])
    _make_folder(backups_dir)
    removed = prune_daily(db_path, backups_dir, keep_days, today=today)  # first: it frees the space for today's
    final = backups_dir / daily_name(db_path, today)
    if final.exists():
        return DailyBackup(None, removed)
    _check_free_space(db_path, backups_dir)
    if isinstance(source, Store):
        return DailyBackup(_write_copy(source.conn, final), removed)
    with _reading(db_path) as conn:
        return DailyBackup(_write_copy(conn, final), removed)


def prune_daily(db_path: Path, backups_dir: Path, keep_days: int, *, today: dt.date) -> list[Path]:
    """Delete this database's automatic copies `keep_days` days old or more; nothing else is ever touched."""
    prefix = _prefix(db_path)
    pattern = re.compile(re.escape(prefix) + f"-daily-({_DAY})" + re.escape(SUFFIX))
    # What a power cut in the middle of a copy leaves behind (a day old: never a copy being written right now).
    leftover = re.compile(r"\." + re.escape(prefix) + f"-daily-{_DAY}" + re.escape(SUFFIX) + r"\.[0-9a-f]{8}\.partial")
    removed = []
    for path in sorted(backups_dir.iterdir()):
        match = pattern.fullmatch(path.name)
        if match:
            try:
                old = (today - dt.date.fromisoformat(match.group(1))).days >= keep_days
            except ValueError:  # 2025-13-45: not a name we wrote
                continue
        else:
            old = bool(leftover.fullmatch(path.name.removesuffix("-journal"))) and _age_days(path) >= 1
        if old and path.is_file():
            with contextlib.suppress(OSError):  # a copy open elsewhere is deleted next time
                path.unlink()
                removed.append(path)
    return removed


def _age_days(path: Path) -> float:
    try:
        return (dt.datetime.now().timestamp() - path.stat().st_mtime) / 86400
    except OSError:
        return 0.0


def _check_free_space(db_path: Path, folder: Path) -> None:
    """Refuse a copy that would leave less free space than the database itself (or 100 MB): an automatic backup
    must never fill the disk and stop the agent saving."""
    size = sum(Path(str(db_path) + side).stat().st_size for side in ("", "-wal") if Path(str(db_path) + side).exists())
    if shutil.disk_usage(folder).free - size < max(size, _MIN_FREE):
        raise StorageError("backup_disk_full", path=str(folder))


# --- restoring --------------------------------------------------------------------------------------------------


def check_backup_file(path: Path | str) -> None:
    """Raise unless `path` is a sound Taawun database holding data, that this version can open. Read-only.

    As strict as a sync package's check (a backup, too, may have passed through other hands): header and length,
    identity and version, exactly our schema (a trigger of its own would run on the next save: `AFTER INSERT ON
    records … DELETE FROM history` would wipe the history), then every page (`PRAGMA integrity_check`)."""
    path = Path(path)
    inspect_file(path)
    if path.stat().st_size == 0:
        raise DatabaseRejected("restore_empty", path=str(path))
    shown = str(path)
    conn = connect_read_only(path)
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            # inspect_file accepts an empty SQLite file (ours to initialise): nothing to restore
            raise DatabaseRejected("restore_empty", path=shown)
        try:
            check_schema(conn, shown, conn.execute("PRAGMA user_version").fetchone()[0])
        except PackageRejected as error:  # named as a backup, not as a file to merge
            raise DatabaseRejected(
                "restore_schema_mismatch", path=shown, detail=error.params.get("detail", "")
            ) from None
        problems = integrity_problems(conn)
        if problems:
            raise DatabaseRejected("db_corrupt", path=shown, detail="; ".join(problems[:3]))
    except sqlite3.DatabaseError as error:
        raise DatabaseRejected("db_corrupt", path=shown, detail=str(error)) from None
    finally:
        conn.close()


def prepare_restore(backup_file: Path | str, db_path: Path | str) -> Path:
    """Check the chosen file and copy it, checked in full, next to the database (which is not touched yet).
    Returns the prepared copy for `swap_in`."""
    backup_file, db_path = Path(backup_file), Path(db_path)
    if db_path.exists() and backup_file.exists() and backup_file.samefile(db_path):
        raise InvalidInput("restore_same_file", path=str(backup_file))
    check_backup_file(backup_file)
    temporary = db_path.with_name(f".{db_path.name}.{os.urandom(4).hex()}.restoring")
    try:
        try:
            db_path.parent.mkdir(parents=True, exist_ok=True)
            source = connect_read_only(backup_file)
            try:
                _snapshot(source, temporary)
            finally:
                source.close()
            _forget_device(temporary)
            inspect_file(temporary, full_check=True)
        except DatabaseRejected as error:  # named after the file the user chose, not our temporary copy
            raise DatabaseRejected(error.code, **{**error.params, "path": str(backup_file)}) from None
        except sqlite3.Error as error:  # writing the copy (a full disk), or reading a file damaged further in
            if condition_of(error) in (Condition.FULL, Condition.READ_ONLY):
                raise storage_error(error, db_path) from None
            raise DatabaseRejected("db_corrupt", path=str(backup_file), detail=str(error)) from None
        except OSError as error:
            raise _restore_failure(error, db_path) from None
    except BaseException:
        _remove(temporary)
        raise
    return temporary


def _forget_device(path: Path) -> None:
    """The restored database becomes a new device (Store gives it a new id on opening). A backup from another
    laptop would otherwise make two laptops sign their changes with one id, and their versions could clash;
    restoring one's own older copy loses nothing by it (the id only tells laptops apart)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("DELETE FROM meta WHERE key = 'device_id'")
    finally:
        conn.close()
    flush_file(path)


def keep_current(source: Store | Path | str, backups_dir: Path | str, *,
                 now: dt.datetime | None = None) -> Path | None:  # fmt: skip
    """Copy the current database into `backups_dir` before it is replaced; None if there is none. `source`: the
    window's store (a connection of this thread's own), or the file when this process holds no connection to it."""
    db_path, backups_dir = (source.path if isinstance(source, Store) else Path(source)), Path(backups_dir)
    if not db_path.is_file() or db_path.stat().st_size == 0:
        return None
    _make_folder(backups_dir)
    final = unused_name(backups_dir / before_restore_name(db_path, now or dt.datetime.now()))
    if isinstance(source, Store):  # a database the window could open: SQLite's copy, never its bytes
        return _write_copy(source.conn, final)
    try:
        with _reading(db_path) as conn:
            return _write_copy(conn, final)
    except DatabaseRejected:
        pass
    except StorageError as error:
        if error.code != "backup_unverified":
            raise
    # A damaged database is often why the agent restores: its bytes are kept as they are, write-ahead log included.
    for side in ("-wal", ""):  # the log first: once the main file's name appears, both are complete
        if Path(str(db_path) + side).exists():
            _copy_file(Path(str(db_path) + side), Path(str(final) + side))
    return final


def _copy_file(source: Path, final: Path) -> None:
    temporary = final.with_name(f".{final.name}.{os.urandom(4).hex()}.partial")
    try:
        shutil.copyfile(source, temporary)
        place_file(temporary, final)
    except OSError as error:
        raise write_failure(error, final) from None
    finally:
        _remove(temporary)


def swap_in(prepared: Path, db_path: Path | str) -> None:
    """Put the prepared copy in place of the database. Every connection to the database must be closed first."""
    db_path = Path(db_path)
    try:
        if db_path.exists():
            _quiesce(db_path)
        # A log or journal left beside the old file would be replayed into the restored one and damage it.
        for side in _SIDE_FILES:
            Path(str(db_path) + side).unlink(missing_ok=True)
        place_file(prepared, db_path, flushed=True)  # flushed by `prepare_restore`
    except OSError as error:
        raise _restore_failure(error, db_path) from None
    finally:
        _remove(prepared)


def _quiesce(db_path: Path) -> None:
    """Fold the write-ahead log into the old file and leave WAL mode, so SQLite itself removes -wal and -shm.

    Leaving WAL mode needs every other connection closed: it is also how a window or a command still using the
    database is noticed (then nothing is changed)."""
    try:
        conn = sqlite3.connect(db_path, isolation_level=None, timeout=2)
    except sqlite3.Error:
        return  # unreadable: keep_current kept its bytes as they were
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    except sqlite3.OperationalError as error:
        if condition_of(error) is Condition.BUSY:
            raise StorageError("db_busy") from None
        return
    except sqlite3.DatabaseError:
        return  # damaged or not SQLite: kept as it was, now replaced
    finally:
        conn.close()
    if str(mode).lower() != "delete":
        raise StorageError("db_busy")


def _restore_failure(error: OSError, db_path: Path) -> StorageError:
    if is_in_use(error):  # another program (a scanner, a second Taawun) holds the database file
        return StorageError("db_busy")
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return StorageError("db_full")
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StorageError("db_readonly", path=str(db_path))
    return StorageError("db_unreadable", path=str(db_path), detail=error.strerror or str(error))


def restore_database(backup_file: Path | str, db_path: Path | str, backups_dir: Path | str) -> Path | None:
    """Replace the database with `backup_file`, keeping the current one in `backups_dir` first (returned; None if
    there was no database). A rejected file changes nothing. Every connection to the database must be closed."""
    prepared = prepare_restore(backup_file, db_path)
    try:
        kept = keep_current(db_path, backups_dir)
        swap_in(prepared, db_path)
    finally:
        _remove(prepared)
    return kept
