"""The command line's output when its reader leaves early (`taawun list cooperative --json | head`).

Once the pipe's reading end is closed, every write fails with `BrokenPipeError`. That is not a bug and the work
must not stop half-way (a merge whose report nobody reads still merges every file): the stream is pointed at the
null device, the rest of the output is dropped, and the command ends with its usual exit code. Python's own flush
of the streams at exit then finds nothing to complain about ("Exception ignored … BrokenPipeError").
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
from typing import Any, TextIO


class ReaderMayLeave:
    """A text stream (stdout, stderr) that turns into the null device once its reader has gone."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self.reader_gone = False

    def write(self, text: str) -> int:
        if not self.reader_gone:
            try:
                return self._stream.write(text)
            except BrokenPipeError:
                self._silence()
        return len(text)

    def flush(self) -> None:
        if not self.reader_gone:
            try:
                self._stream.flush()
            except BrokenPipeError:
                self._silence()

    def _silence(self) -> None:
        self.reader_gone = True
        with contextlib.suppress(OSError, ValueError, io.UnsupportedOperation):
            fd = self._stream.fileno()
            devnull = os.open(os.devnull, os.O_WRONLY)
            try:
                os.dup2(devnull, fd)  # what is still buffered, and Python's flush at exit, go nowhere, quietly
            finally:
                os.close(devnull)
            self._stream.flush()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


class QuietOutput:
    """`sys.stdout` and `sys.stderr` wrapped in `ReaderMayLeave` until `restore()` (which flushes them first)."""

    def __init__(self) -> None:
        self._originals = (sys.stdout, sys.stderr)
        if not isinstance(sys.stdout, ReaderMayLeave):
            sys.stdout = ReaderMayLeave(sys.stdout)  # type: ignore[assignment]
        if not isinstance(sys.stderr, ReaderMayLeave):
            sys.stderr = ReaderMayLeave(sys.stderr)  # type: ignore[assignment]

    def restore(self) -> None:
        for stream in (sys.stdout, sys.stderr):
            stream.flush()
        sys.stdout, sys.stderr = self._originals
