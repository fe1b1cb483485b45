"""What an SQLite error means for the user, read from SQLite's result code, never from its words.

SQLite's words change between releases and some carry a file's own text (a column that is not UTF-8), while its
result codes are its documented interface: Python 3.11 puts them on every error SQLite raised
(`sqlite_errorcode`, extended; `sqlite_errorname`). The primary code (the low byte) says the condition; an extended
code (`SQLITE_IOERR_SHMSIZE`, `SQLITE_READONLY_DBMOVED`…) refines it within that condition.

- damage: `SQLITE_CORRUPT` (FTS5's `SQLITE_CORRUPT_VTAB` too), `SQLITE_NOTADB`, and text that is not UTF-8 (bytes
  overwritten): Python itself raises that one while converting a row, an `OperationalError` without a result code
  (the only one of its kind met while reading rows; the others come from setting a connection up);
- the disk's, the permissions' or another program's situation: `SQLITE_FULL`, `SQLITE_READONLY*`,
  `SQLITE_BUSY*` / `SQLITE_LOCKED*`, `SQLITE_IOERR*`, `SQLITE_CANTOPEN*`;
- anything else (a constraint, a syntax error, a misuse): a bug of ours, never dressed up as the user's problem.

`storage_error` and `sqlite_failure` turn these into the typed conditions of `app.core.errors` for the database
itself; other callers (a backup's folder, a package on a stick) name their own codes from `condition_of`.
"""

from __future__ import annotations

import enum
import shutil
import sqlite3
from pathlib import Path
from typing import TypeGuard

from app.core.errors import DatabaseRejected, StorageError


class Condition(enum.Enum):
    DAMAGE = enum.auto()  # the file's content is wrong: a backup mends it
    FULL = enum.auto()  # no space left (the disk, or a size limit)
    READ_ONLY = enum.auto()  # the file, its folder or the medium refuses writing
    BUSY = enum.auto()  # another connection holds the lock beyond the busy timeout
    IO = enum.auto()  # the system failed a read or a write (a pulled stick, a full disk growing the -shm)
    CANT_OPEN = enum.auto()  # the file (or its -wal / -shm / journal) could not be opened or created
    OTHER = enum.auto()  # none of the above: a bug, not the user's situation


# Primary result codes (sqlite3.h); extended codes share the low byte.
_BY_PRIMARY = {
    sqlite3.SQLITE_CORRUPT: Condition.DAMAGE,
    sqlite3.SQLITE_NOTADB: Condition.DAMAGE,
    sqlite3.SQLITE_FULL: Condition.FULL,
    sqlite3.SQLITE_READONLY: Condition.READ_ONLY,
    sqlite3.SQLITE_BUSY: Condition.BUSY,
    sqlite3.SQLITE_LOCKED: Condition.BUSY,
    sqlite3.SQLITE_IOERR: Condition.IO,
    sqlite3.SQLITE_CANTOPEN: Condition.CANT_OPEN,
}
_LOW_SPACE = 1024 * 1024  # bytes left in the database's folder under which an I/O failure is a full disk


def result_code(error: BaseException) -> int | None:
    """SQLite's extended result code of `error`; None when SQLite did not raise it (Python did)."""
    code = getattr(error, "sqlite_errorcode", None)
    return code if isinstance(code, int) else None


def condition_of(error: BaseException) -> Condition | None:
    """What `error` means (see the module's text); None for an exception that is not an SQLite error."""
    if not isinstance(error, sqlite3.Error):
        return None
    code = result_code(error)
    if code is None:
        # Python's own: text it cannot decode to UTF-8 is an OperationalError with no code (damage); its misuse
        # errors (a closed connection, two statements at once) are ProgrammingError or InterfaceError: bugs.
        return Condition.DAMAGE if type(error) is sqlite3.OperationalError else Condition.OTHER
    return _BY_PRIMARY.get(code & 0xFF, Condition.OTHER)


def is_damage(error: BaseException) -> TypeGuard[sqlite3.Error]:
    """Whether an SQLite error says the database's content is damaged (not the disk, the lock or a bug)."""
    return condition_of(error) is Condition.DAMAGE


def said(error: sqlite3.Error) -> str:
    """SQLite's words for the log and the details, without the text Python could not decode: garbled bytes, or an
    agent's notes, have no place in a message or a log."""
    return str(error).split(" with text ", 1)[0]


def damaged(error: sqlite3.Error, path: Path | str) -> DatabaseRejected:
    return DatabaseRejected("db_corrupt", path=str(path), detail=said(error))


def storage_error(error: sqlite3.Error, path: Path | str) -> StorageError:
    """The user's situation behind an SQLite failure on the database at `path`: full disk, read-only file, another
    program holding it; otherwise `db_unreadable` with SQLite's words.

    On a full disk SQLite does not always say so: when it cannot grow the -shm file it keeps beside a database in WAL
    mode, it reports an I/O error (`SQLITE_IOERR_SHMSIZE`, `SQLITE_IOERR_SHMMAP`…), and a failed open leaves a stub
    -shm that makes every later open fail the same way until space is freed. An I/O or open failure with (almost)
    no space left in the database's folder is therefore a full disk.
    """
    condition = condition_of(error)
    if condition is Condition.FULL:
        return StorageError("db_full")
    if condition in (Condition.IO, Condition.CANT_OPEN) and _low_space(Path(path).parent):
        return StorageError("db_full")
    if condition is Condition.READ_ONLY:
        return StorageError("db_readonly", path=str(path))
    if condition is Condition.BUSY:
        return StorageError("db_busy")
    return StorageError("db_unreadable", path=str(path), detail=said(error))


def _low_space(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < _LOW_SPACE
    except OSError:
        return False  # the folder is gone or unreadable: said as the failure it is


def sqlite_failure(error: sqlite3.Error, path: Path | str) -> Exception:
    """What an SQLite error met on the database at `path` (opening it, saving to it, repairing it) means for the
    user: damage (`db_corrupt`, from which the window and the command line offer the newest sound backup), the disk's
    or the lock's situation, or (anything else) the error itself, a bug."""
    if is_damage(error):
        return damaged(error, path)
    if isinstance(error, sqlite3.OperationalError):
        return storage_error(error, path)
    return error
