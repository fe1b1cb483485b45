"""The rotating log file in the data folder. Logs never contain record contents (personal data).

Rotation renames `taawun.log` to `taawun.log.1`. Windows refuses to rename a file another process has open, and a
window and the command line (or two windows on two databases) share the one log: the rotation then fails. That
must cost nothing: logging goes on in the current file, and rotation is tried again a little later.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from pathlib import Path

LOG_NAME = "taawun.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
ROTATION_RETRY = 300.0  # seconds before a refused rotation is tried again


class SharedRotatingFileHandler(logging.FileHandler):
    """A rotating log file, as `logging.handlers.RotatingFileHandler` (its rules, written here: importing
    logging.handlers brings socket, pickle and queue, 10 ms of every start of the window), whose rotation may fail
    (the file open in another process on Windows) without losing a line: the current file is reopened and kept,
    and the next rotation waits `retry` seconds. `rename` and `clock` are the system's unless given."""

    def __init__(self, path: Path, *, max_bytes: int = MAX_BYTES, backup_count: int = BACKUP_COUNT,
                 rename: Callable[[str, str], None] | None = None, clock: Callable[[], float] = time.monotonic,
                 retry: float = ROTATION_RETRY) -> None:  # fmt: skip
        super().__init__(path, mode="a", encoding="utf-8")
        self.maxBytes = max_bytes
        self.backupCount = backup_count
        self._rename = rename
        self._clock = clock
        self._retry = retry
        self._next_try = float("-inf")

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.shouldRollover(record):
                self.doRollover()
            super().emit(record)
        except Exception:  # noqa: BLE001 - logging's own rule: a failing log line is reported, never raised
            self.handleError(record)

    def shouldRollover(self, record: logging.LogRecord) -> bool:
        if self._clock() < self._next_try:
            return False
        if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
            return False  # never a device or a pipe (Python's bpo-45401)
        if self.stream is None:
            self.stream = self._open()
        if self.maxBytes <= 0:
            return False
        line = f"{self.format(record)}\n"
        self.stream.seek(0, 2)  # the end, whatever the system says the position is (Windows)
        return bool(self.stream.tell() + len(line) >= self.maxBytes)

    def doRollover(self) -> None:
        try:
            self._roll_over()
        except OSError as error:
            self._next_try = self._clock() + self._retry
            if self.stream is None:  # closed before renaming
                self.stream = self._open()
            note = logging.LogRecord("taawun.logs", logging.WARNING, __file__, 0, "log rotation postponed: %s",
                                     (error.strerror or str(error),), None)  # fmt: skip
            self.stream.write(self.format(note) + self.terminator)

    def _roll_over(self) -> None:
        """taawun.log.4 becomes .5, ... .1 becomes .2, taawun.log becomes .1, and a new taawun.log is begun."""
        if self.stream:
            self.stream.close()
            self.stream = None
        if self.backupCount > 0:
            for number in range(self.backupCount - 1, 0, -1):
                source, dest = f"{self.baseFilename}.{number}", f"{self.baseFilename}.{number + 1}"
                if os.path.exists(source):
                    if os.path.exists(dest):
                        os.remove(dest)
                    os.rename(source, dest)
            dest = f"{self.baseFilename}.1"
            if os.path.exists(dest):
                os.remove(dest)
            if os.path.exists(self.baseFilename):
                (os.rename if self._rename is None else self._rename)(self.baseFilename, dest)
        self.stream = self._open()


def setup_logging(directory: Path, *, rename: Callable[[str, str], None] | None = None) -> Path:
    """Send the application's log records to `directory/taawun.log` (1 MB x 5 files); returns the file's path.
    `rename`: how the rotation renames files (the system's unless given)."""
    path = directory / LOG_NAME
    logger = logging.getLogger("taawun")
    if any(getattr(h, "baseFilename", None) == str(path) for h in logger.handlers):
        return path
    try:
        directory.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = SharedRotatingFileHandler(path, rename=rename)
    except OSError:
        handler = logging.StreamHandler()  # an unwritable data folder must not stop the application
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return path
