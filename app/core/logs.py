"""The rotating log file in the data folder. Logs never contain record contents (personal data)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_NAME = "taawun.log"


def setup_logging(directory: Path) -> Path:
    """Send the application's log records to `directory/taawun.log` (1 MB x 5 files); returns the file's path."""
    path = directory / LOG_NAME
    logger = logging.getLogger("taawun")
    if any(getattr(h, "baseFilename", None) == str(path) for h in logger.handlers):
        return path
    try:
        directory.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()  # an unwritable data folder must not stop the application
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return path
