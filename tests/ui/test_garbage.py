"""Cyclic garbage is collected on the GUI thread only, on a timer: a worker never destroys the window's Qt objects."""

from __future__ import annotations

import gc
import threading
from typing import Any

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from app.ui.garbage import INTERVAL_MS, GuiThreadCollector


def test_with_a_window_open_cycles_of_qt_objects_die_on_the_gui_thread(qtbot: QtBot, controller: Any) -> None:
    assert not gc.isenabled()  # the window's controller installed the collector
    assert GuiThreadCollector.install(controller.app) is controller.app.findChild(GuiThreadCollector)
    died_on: list[str] = []

    class Holder(QObject):
        pass

    def make_cycle() -> None:
        holder = Holder()
        holder.me = holder  # type: ignore[attr-defined]  # a cycle only the collector can free
        holder.destroyed.connect(lambda: died_on.append(threading.current_thread().name))

    make_cycle()
    # A worker allocating a great deal would have triggered the collection on its own thread: now it cannot.
    worker = threading.Thread(target=lambda: [[object()] for _ in range(200_000)], name="worker")
    worker.start()
    worker.join()
    assert died_on == []
    gc.set_threshold(1, 1, 1)  # every count passes: the next tick collects
    try:
        qtbot.waitUntil(lambda: died_on != [], timeout=5 * INTERVAL_MS)
    finally:
        gc.set_threshold(700, 10, 10)
    assert died_on == [threading.main_thread().name]
