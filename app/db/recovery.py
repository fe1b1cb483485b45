"""A damaged database is a way back: the newest sound backup, and the damaged file kept aside (never deleted).

When the database cannot be opened because it is damaged (`db_corrupt`, `db_not_sqlite`: a truncated file, pages
overwritten, a zeroed header), the window and the command line offer the newest backup of the data folder's
backups folder that passes every check, with its date and what it holds. A file from another program
(`db_foreign`) or from a newer Taawun (`db_newer`) is not damage: it is never moved aside nor replaced.

Backups of this database, newest first (the names `app.db.backup` writes):
- the daily copies, `<name>-daily-YYYY-MM-DD.db` (`<name>`: the database file's name, `taawun` for the default);
- the copies kept before a restore, `<name>-before-restore-YYYY-MM-DD-HHMMSS[-N].db`;
- for the data folder's own database (`taawun.db`) only, copies written there by hand,
  `taawun-YYYY-MM-DD-HHMMSS[-laptop].db` (they do not say which database they were taken from: offered for
  another database, they could be a stranger's data).

What a backup holds is counted per form, whatever its forms are, and named with each form's heading
(`holdings`): a backup with a fourth form (a training log) says so.

Restoring keeps the damaged file first: renamed into the backups folder as `<name>-damaged-YYYY-MM-DD-HHMMSS.db`,
with its -wal / -shm / -journal renamed beside it (the write-ahead log may hold the newest changes: whoever tries
to rescue the file needs both). This process holds no connection to the damaged file (it could not be opened),
so moving it does not go behind SQLite's back.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import logging
import os
import re
import secrets
import shutil
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from app.core import paths
from app.core.errors import DatabaseRejected, StorageError, TaawunError
from app.core.files import flush_directory, place_file
from app.core.form_behaviour import form_heading, navigation
from app.core.forms import FormRegistry
from app.db.backup import SUFFIX, check_backup_file, daily_name, prepare_restore, swap_in
from app.db.opening import connect_read_only
from app.db.sqlite_errors import damaged, is_damage

log = logging.getLogger("taawun.recovery")

DAMAGE_CODES = frozenset({"db_corrupt", "db_not_sqlite"})
_SIDE_FILES = ("-wal", "-journal", "-shm")  # moved before the main file: once its name appears, all are there
_DAY = "([0-9]{4}-[0-9]{2}-[0-9]{2})"  # [0-9], not \d: \d also matches Arabic-Indic digits
_TIME = "([0-9]{6})"
_STAMP = "%Y-%m-%d-%H%M%S"


@dataclass(frozen=True)
class SoundBackup:
    """A backup that passed every check, and what it holds (records not deleted, drafts included)."""

    path: Path
    made: dt.datetime
    has_time: bool  # False for a daily copy whose file time is not of its day: only the date is known
    counts: Mapping[str, int]  # form name -> its records (not deleted, drafts included); forms without any absent

    @property
    def when(self) -> str:
        return self.made.strftime("%Y-%m-%d %H:%M") if self.has_time else self.made.strftime("%Y-%m-%d")


def damage_of(error: BaseException, db_path: Path | str) -> DatabaseRejected | None:
    """`error` as damage of the database at `db_path`, or None: damage of another file (a package, a backup), a
    foreign or newer file, or anything else. SQLite's own damage met on the database (`app.db.sqlite_errors`)
    counts as damage."""
    if isinstance(error, DatabaseRejected):
        if error.code not in DAMAGE_CODES or not _same_file(error.params.get("path"), db_path):
            return None
        return error
    if is_damage(error):
        return damaged(error, db_path)
    return None


def _same_file(shown: object, db_path: Path | str) -> bool:
    if not isinstance(shown, str) or not shown:
        return False
    try:
        return Path(shown).expanduser().resolve() == Path(db_path).expanduser().resolve()
    except (OSError, RuntimeError):
        return False


# --- the candidates -----------------------------------------------------------------------------------------


def _prefix(db_path: Path) -> str:
    # The daily copy's name is the one rule for what a database's copies are called (app.db.backup).
    return daily_name(db_path, dt.date(2000, 1, 1)).removesuffix(f"-daily-2000-01-01{SUFFIX}")


def backup_candidates(db_path: Path | str, backups_dir: Path | str) -> list[tuple[Path, dt.datetime, bool]]:
    """This database's backups in `backups_dir`, newest first: (path, when made, whether the time is known)."""
    db_path, backups_dir = Path(db_path), Path(backups_dir)
    prefix = re.escape(_prefix(db_path))
    suffix = re.escape(SUFFIX)
    daily = re.compile(f"{prefix}-daily-{_DAY}{suffix}")
    stamped = [re.compile(f"{prefix}-before-restore-{_DAY}-{_TIME}(?:-[0-9]+)?{suffix}")]
    if _prefix(db_path) == "taawun":  # the data folder's database (or one named alike): copies made by hand too
        stamped.append(re.compile(f"taawun-{_DAY}-{_TIME}(?:-.+)?{suffix}"))
    found: list[tuple[Path, dt.datetime, bool]] = []
    try:
        entries = sorted(backups_dir.iterdir())
    except OSError:
        return []
    for path in entries:
        when = _when(path, daily, stamped)
        if when is not None and path.is_file():
            found.append((path, *when))
    found.sort(key=lambda item: (item[1], _mtime(item[0])), reverse=True)
    return found


def _when(path: Path, daily: re.Pattern[str], stamped: list[re.Pattern[str]]) -> tuple[dt.datetime, bool] | None:
    try:
        match = daily.fullmatch(path.name)
        if match:
            day = dt.date.fromisoformat(match.group(1))
            written = dt.datetime.fromtimestamp(_mtime(path))
            if written.date() == day:  # made that day, as the daily copy is: its time too
                return written.replace(microsecond=0), True
            return dt.datetime.combine(day, dt.time()), False
        for pattern in stamped:
            match = pattern.fullmatch(path.name)
            if match:
                return dt.datetime.strptime(f"{match.group(1)}-{match.group(2)}", _STAMP), True
    except ValueError:  # 2025-13-45: not a name we wrote
        return None
    return None


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


# --- which is sound, and what it holds ----------------------------------------------------------------------


def describe(path: Path, made: dt.datetime, has_time: bool) -> SoundBackup:
    """The backup at `path` if it passes every check a restore makes; `DatabaseRejected` (or `StorageError`) if not."""
    check_backup_file(path)  # what a restore checks: header, identity, version, exact schema, every page
    conn = connect_read_only(path)
    try:
        counts = dict(conn.execute("SELECT form, count(*) FROM records WHERE deleted = 0 GROUP BY form").fetchall())
    except sqlite3.DatabaseError as error:
        raise DatabaseRejected("db_corrupt", path=str(path), detail=str(error)) from None
    finally:
        conn.close()
    return SoundBackup(path=path, made=made, has_time=has_time, counts=counts)


def holdings(backup: SoundBackup, forms: FormRegistry, lang: str) -> str:
    """What `backup` holds, in `lang`: each form of `forms` in the navigation's order (with 0 when it has no
    record), then any other form the backup holds (made with forms this laptop does not have), by name; each
    named by its heading ("التعاونيات 3، الزيارات الميدانية 12", "coopératives 3, visites de terrain 12")."""
    known = navigation(forms)
    names = [*known, *sorted(name for name in backup.counts if name not in known)]
    parts = []
    for name in names:
        heading = form_heading(forms.get(name), lang) if name in known else name
        if lang != "ar" and heading[1:2].islower():  # inside a sentence: "coopératives", not an acronym's "ONG"
            heading = heading[0].lower() + heading[1:]
        parts.append(f"{heading} {backup.counts.get(name, 0)}")
    return ("، " if lang == "ar" else ", ").join(parts)


def newest_sound_backup(db_path: Path | str, backups_dir: Path | str | None = None) -> SoundBackup | None:
    """The newest backup of this database that passes every check (the damaged ones are skipped), or None."""
    for path, made, has_time in backup_candidates(db_path, backups_dir or paths.backups_dir()):
        try:
            return describe(path, made, has_time)
        except (TaawunError, sqlite3.Error, OSError) as error:
            log.info("backup %s skipped: %s", path.name, getattr(error, "code", type(error).__name__))
    return None


# --- putting it back ----------------------------------------------------------------------------------------


def damaged_name(db_path: Path, when: dt.datetime) -> str:
    return f"{_prefix(db_path)}-damaged-{when.strftime(_STAMP)}{SUFFIX}"


def keep_damaged_aside(db_path: Path | str, backups_dir: Path | str, *, now: dt.datetime | None = None) -> Path:
    """Move the damaged database (and its -wal, -shm, -journal) into `backups_dir`, bytes unchanged; returns the
    kept main file. Copied instead when the backups folder is on another disk (the original is replaced next)."""
    db_path, backups_dir = Path(db_path), Path(backups_dir)
    try:
        backups_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StorageError(
            "backup_folder_unwritable", path=str(backups_dir), detail=error.strerror or str(error)
        ) from None
    final = _unused(backups_dir / damaged_name(db_path, now or dt.datetime.now()))
    for side in (*_SIDE_FILES, ""):
        source = Path(str(db_path) + side)
        if source.exists():
            _move(source, Path(str(final) + side))
    flush_directory(backups_dir)
    flush_directory(db_path.parent)
    return final


def _unused(path: Path) -> Path:
    number, candidate = 2, path
    while any(Path(str(candidate) + side).exists() for side in ("", *_SIDE_FILES)):
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
        number += 1
    return candidate


def _move(source: Path, target: Path) -> None:
    try:
        os.rename(source, target)  # never replaces: `target` was chosen unused
        return
    except OSError as error:
        if error.errno != errno.EXDEV:
            raise _failure(error, target) from None
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.partial")
    try:
        shutil.copyfile(source, temporary)
        place_file(temporary, target)  # tried again while an antivirus holds the new copy
    except OSError as error:
        raise _failure(error, target) from None
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)


def _failure(error: OSError, target: Path) -> StorageError:
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return StorageError("backup_disk_full", path=str(target.parent))
    return StorageError("backup_folder_unwritable", path=str(target.parent), detail=error.strerror or str(error))


@dataclass(frozen=True)
class Recovered:
    restored: SoundBackup
    kept: Path  # the damaged file, in the backups folder


def recover(db_path: Path | str, backup: SoundBackup, backups_dir: Path | str | None = None) -> Recovered:
    """Put `backup` in place of the damaged database, keeping the damaged file aside first. The backup is checked
    and copied next to the database before anything moves; if that fails, nothing has changed."""
    db_path = Path(db_path)
    backups_dir = Path(backups_dir) if backups_dir is not None else paths.backups_dir()
    prepared = prepare_restore(backup.path, db_path)
    try:
        kept = keep_damaged_aside(db_path, backups_dir)
        try:
            swap_in(prepared, db_path)
        except BaseException:
            _put_back(kept, db_path)
            raise
    finally:
        prepared.unlink(missing_ok=True)
    log.info("damaged database kept as %s; backup %s restored", kept.name, backup.path.name)
    return Recovered(restored=backup, kept=kept)


def _put_back(kept: Path, db_path: Path) -> None:
    """After a failed swap: the damaged file goes back where it was (it was moved, not copied, in one folder)."""
    if db_path.exists():
        return
    for side in (*_SIDE_FILES, ""):
        with contextlib.suppress(OSError):
            if Path(str(kept) + side).exists() and not Path(str(db_path) + side).exists():
                os.rename(Path(str(kept) + side), Path(str(db_path) + side))
