"""Slow work off the GUI thread: a function, a success callback, a failure callback, progress.

The function runs on a worker thread and must not touch widgets nor the window's SQLite connection (connections
belong to the thread that made them): it opens what it needs itself. The callbacks run on the GUI thread, through
queued signals.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

Progress = Callable[[int, int], None]  # (done, total)


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits, the GUI thread receives."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)


class _Job(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], relay: _Relay) -> None:
        super().__init__()
        self.work = work
        self.relay = relay

    @Slot()
    def run(self) -> None:
        try:
            result = self.work(self.relay.progressed.emit)
        except BaseException as error:  # noqa: BLE001 - handed to the failure callback on the GUI thread
            self.relay.failed.emit(error)
        else:
            self.relay.succeeded.emit(result)


class BackgroundRunner:
    """Runs jobs on a thread pool and keeps each relay alive until its job has reported."""

    def __init__(self, pool: QThreadPool | None = None) -> None:
        self.pool = pool or QThreadPool.globalInstance()
        self._running: set[_Relay] = set()

    def run(
        self,
        work: Callable[[Progress], Any],
        *,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        on_progress: Callable[[int, int], None] | None = None,
    ) -> None:
        relay = _Relay()
        self._running.add(relay)

        def finished(callback: Callable[[Any], None], value: Any) -> None:
            self._running.discard(relay)
            callback(value)

        relay.succeeded.connect(lambda value: finished(on_success, value))
        relay.failed.connect(lambda error: finished(on_failure, error))
        if on_progress is not None:
            relay.progressed.connect(on_progress)
        self.pool.start(_Job(work, relay))

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, milliseconds: int = 30_000) -> bool:
        return self.pool.waitForDone(milliseconds)
