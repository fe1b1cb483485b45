"""One window per database: a `QLockFile` beside the database, held for the window's whole life.

Two windows on one file would each keep their own open form, autosave copies and caches of the same records, and a
restore in one would replace the file under the other. The lock is `<database>.lock` (see `app.db.window_lock`,
which also reads it without Qt for `taawun restore`); the database file itself is never opened for it.

- Stale locks: a window that crashed or was killed leaves the file behind. Qt removes such a file when the pid it
  names is no longer running on this computer (or the computer has rebooted since). Age alone never makes a lock
  stale (`setStaleLockTime(0)`): a window stays open all day, and with Qt's default of 30 s a second window would
  take the lock of a live first one after half a minute.
- The in-window restore replaces the database file (a rename onto its name), never the lock file beside it: the
  lock stays held and valid across it.
- A folder where the lock cannot be written (a read-only share, a full disk): the window opens anyway, without
  the lock. Refusing would keep the agent from their data for a protection that matters only when two windows
  are started; SQLite still keeps each transaction whole.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLockFile

from app.core.errors import StorageError
from app.db.window_lock import lock_path

log = logging.getLogger("taawun.ui")


class WindowLock:
    """Held from `acquire` until `release` (or until the object is collected)."""

    def __init__(self, db_path: Path | str) -> None:
        self.path = lock_path(db_path)
        self.database = Path(db_path)
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)

    def acquire(self) -> None:
        """Take the lock, or raise `StorageError("db_open_in_window…")` naming where the database is open."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            log.warning("no window lock for %s: %s", self.path, error.strerror or error)
            return
        if self._lock.tryLock(0):
            return
        if self._lock.error() != QLockFile.LockError.LockFailedError:
            # Read-only folder, full disk: open without the lock (see the module's note).
            log.warning("no window lock for %s: %s", self.path, self._lock.error().name)
            return
        pid, host, _process = self._lock.getLockInfo()  # (0, "", "") when the file cannot be read
        if pid > 0:
            raise StorageError("db_open_in_window", path=str(self.database), pid=pid, host=host or "?")
        raise StorageError("db_open_in_window_unknown", path=str(self.database))

    @property
    def held(self) -> bool:
        return self._lock.isLocked()

    def release(self) -> None:
        self._lock.unlock()
