"""The rotating log file in the data folder. Logs never contain record contents (personal data).

Rotation renames `taawun.log` to `taawun.log.1`. Windows refuses to rename a file another process has open, and a
window and the command line (or two windows on two databases) share the one log: the rotation then fails. That
must cost nothing: logging goes on in the current file, and rotation is tried again a little later.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import time
from collections.abc import Callable
from pathlib import Path

LOG_NAME = "taawun.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
ROTATION_RETRY = 300.0  # seconds before a refused rotation is tried again


class SharedRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A `RotatingFileHandler` whose rotation may fail (the file open in another process on Windows) without
    losing a line: the current file is reopened and kept, and the next rotation waits `retry` seconds.
    `rename` and `clock` are the system's unless given."""

    def __init__(self, path: Path, *, max_bytes: int = MAX_BYTES, backup_count: int = BACKUP_COUNT,
                 rename: Callable[[str, str], None] | None = None, clock: Callable[[], float] = time.monotonic,
                 retry: float = ROTATION_RETRY) -> None:  # fmt: skip
        super().__init__(path, maxBytes=max_bytes, backupCount=backup_count, encoding="utf-8")
        self._rename = rename
        self._clock = clock
        self._retry = retry
        self._next_try = float("-inf")
        self.rotator = self._rotate

    def _rotate(self, source: str, dest: str) -> None:
        if os.path.exists(source):
            (os.rename if self._rename is None else self._rename)(source, dest)

    def shouldRollover(self, record: logging.LogRecord) -> bool:
        if self._clock() < self._next_try:
            return False
        return bool(super().shouldRollover(record))

    def doRollover(self) -> None:
        try:
            super().doRollover()
        except OSError as error:
            self._next_try = self._clock() + self._retry
            if self.stream is None:  # the parent closed it before renaming
                self.stream = self._open()
            note = logging.LogRecord("taawun.logs", logging.WARNING, __file__, 0, "log rotation postponed: %s",
                                     (error.strerror or str(error),), None)  # fmt: skip
            self.stream.write(self.format(note) + self.terminator)


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
