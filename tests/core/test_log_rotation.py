"""Log rotation that Windows refuses (another Taawun process has the log open) costs nothing (issue 13, point 5).

Stand-in: a rename that raises PermissionError (winerror 32), as Windows does for an open file."""

from __future__ import annotations

import errno
import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.logs import LOG_NAME, SharedRotatingFileHandler, setup_logging


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Rename:
    """Refuses while `refusing`, as Windows refuses to rename a file another process holds open."""

    def __init__(self) -> None:
        self.refusing = True
        self.calls = 0

    def __call__(self, source: str, dest: str) -> None:
        self.calls += 1
        if self.refusing:
            error = PermissionError(errno.EACCES, "The process cannot access the file because it is being used by "
                                    "another process", source)  # fmt: skip
            error.winerror = 32  # type: ignore[attr-defined]
            raise error
        os.rename(source, dest)


@pytest.fixture
def logger() -> Iterator[logging.Logger]:
    made = logging.getLogger(f"taawun-test-rotation-{id(object())}")
    made.propagate = False
    made.setLevel(logging.INFO)
    yield made
    for handler in list(made.handlers):
        made.removeHandler(handler)
        handler.close()


def test_a_refused_rotation_keeps_every_line_in_the_current_file(tmp_path: Path, logger: logging.Logger,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    rename, clock = Rename(), Clock()
    handler = SharedRotatingFileHandler(tmp_path / LOG_NAME, max_bytes=2000, rename=rename, clock=clock, retry=300)
    logger.addHandler(handler)
    for number in range(100):
        logger.info("line %03d %s", number, "x" * 40)
    text = (tmp_path / LOG_NAME).read_text(encoding="utf-8")
    assert all(f"line {n:03d}" in text for n in range(100))  # none lost, past the 2000 bytes
    assert rename.calls == 1  # tried once, then left alone until the retry time
    assert text.count("log rotation postponed") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == [LOG_NAME]
    assert "Logging error" not in capsys.readouterr().err  # logging's own complaint on stderr, once per line

    # Later, the other process has gone: the next line after the retry time rotates.
    rename.refusing = False
    clock.now += 301
    logger.info("after the other process closed")
    handler.flush()
    assert rename.calls == 2
    assert "line 099" in (tmp_path / f"{LOG_NAME}.1").read_text(encoding="utf-8")
    assert (tmp_path / LOG_NAME).read_text(encoding="utf-8").strip().endswith("after the other process closed")


def test_rotation_still_happens_when_the_file_is_free(tmp_path: Path, logger: logging.Logger) -> None:
    rename = Rename()
    rename.refusing = False
    logger.addHandler(SharedRotatingFileHandler(tmp_path / LOG_NAME, max_bytes=500, backup_count=2, rename=rename))
    for number in range(60):
        logger.info("line %03d %s", number, "y" * 40)
    assert sorted(p.name for p in tmp_path.iterdir()) == [LOG_NAME, f"{LOG_NAME}.1", f"{LOG_NAME}.2"]


def test_the_application_log_uses_the_handler_that_survives(tmp_path: Path) -> None:
    path = setup_logging(tmp_path / "logs")
    handlers = [h for h in logging.getLogger("taawun").handlers if getattr(h, "baseFilename", None) == str(path)]
    try:
        assert len(handlers) == 1 and isinstance(handlers[0], SharedRotatingFileHandler)
        assert handlers[0].maxBytes == 1_000_000 and handlers[0].backupCount == 5
    finally:
        for handler in handlers:
            logging.getLogger("taawun").removeHandler(handler)
            handler.close()
