"""Which window holds a database: the lock file beside it, read without Qt (for the command line).

The window takes a `QLockFile` named `<database>.lock` (beside the database, its path resolved: one lock whatever
spelling of the path the user typed) for its whole life (`app.ui.instance_lock`). The command line never takes it:
`add`, `edit`, `sync merge`… work while the window is open, SQLite serialising the writers. Only `taawun restore`,
which replaces the file under the window's connection, asks here whether a window holds it.

What we rely on in the lock file (written by Qt's `QLockFilePrivate::lockFileContents`, unchanged since Qt 5.10):
five lines, `pid`, the process name, the host name, the machine id, the boot id. And on how Qt holds it:

- POSIX: Qt keeps the file open with `flock(LOCK_EX)` for as long as the lock is held, and the system drops that
  lock when the process ends, killed or not. So a shared `flock` we can take means no live process holds it (the
  file is a crashed window's leftover, which the next window removes); one we cannot take means a live one does.
  Where `flock` does not work (some network file systems), the pid is checked instead, on this host only.
- Windows: Qt keeps the file open for writing with sharing limited to readers; opening it for writing fails while
  the window lives, and succeeds once its process is gone.

Reading the lock file is safe here: it is not the database (DESIGN.md §3 concerns the database and its -wal/-shm).
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from dataclasses import dataclass
from pathlib import Path

LOCK_SUFFIX = ".lock"


@dataclass(frozen=True)
class LockHolder:
    """The process that holds a database's window lock: its pid and computer (0 and "" when unreadable)."""

    pid: int
    host: str


def lock_path(db_path: Path | str) -> Path:
    """The window's lock file for the database at `db_path` (however the path is spelled)."""
    resolved = Path(db_path).expanduser().resolve()
    return resolved.with_name(resolved.name + LOCK_SUFFIX)


def read_holder(lock_file: Path) -> LockHolder:
    """The pid and host written in a Qt lock file (zeros when the file is being written or is not Qt's)."""
    try:
        lines = lock_file.read_bytes().decode("utf-8", "replace").split("\n")
    except OSError:
        return LockHolder(0, "")
    pid = int(lines[0]) if lines and lines[0].isascii() and lines[0].isdigit() else 0
    return LockHolder(pid, lines[2] if len(lines) > 2 else "")


def window_holder(db_path: Path | str) -> LockHolder | None:
    """The live process whose window holds the database at `db_path`, or None when no window holds it."""
    lock_file = lock_path(db_path)
    if not lock_file.exists():
        return None
    holder = read_holder(lock_file)
    held = _held_windows(lock_file) if sys.platform == "win32" else _held_posix(lock_file, holder)
    return holder if held else None


def _held_posix(lock_file: Path, holder: LockHolder) -> bool:
    import fcntl

    if holder.pid == os.getpid() and _this_host(holder):
        return True  # this very process (a test): no descriptor to open, none of ours to drop
    try:
        fd = os.open(lock_file, os.O_RDONLY)
    except FileNotFoundError:
        return False  # released meanwhile
    except OSError:
        return _pid_alive(holder)
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    except OSError as error:
        if error.errno in (errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES):
            return True
        return _pid_alive(holder)  # ENOLCK, EOPNOTSUPP: a file system without flock
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)
        return False
    finally:
        os.close(fd)


def _held_windows(lock_file: Path) -> bool:
    try:
        fd = os.open(lock_file, os.O_WRONLY | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        return False
    except PermissionError:
        return True  # open for writing by the window's process
    except OSError:
        return True
    os.close(fd)
    return False


def _this_host(holder: LockHolder) -> bool:
    import socket  # only to judge a lock left behind: not at every start (socket's import costs it 4 ms)

    return not holder.host or holder.host == socket.gethostname()


def _pid_alive(holder: LockHolder) -> bool:
    """Without flock: a lock written on another computer is taken as held (we cannot tell); on this one, by its pid."""
    if not _this_host(holder):
        return True
    if holder.pid <= 0:
        return False
    try:
        os.kill(holder.pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    with contextlib.suppress(OSError):
        # A killed process not yet reaped by its parent still answers signal 0.
        if Path(f"/proc/{holder.pid}/status").read_text().count("State:\tZ"):
            return False
    return True
