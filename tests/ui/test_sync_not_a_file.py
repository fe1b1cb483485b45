"""The window's merge, given a FIFO or a device named like a package (typed into the file dialog, which does not list
them): refused at once with the reason in the report, the window never stuck behind its busy indicator."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.core.messages import translate
from app.ui.application import WindowController

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs and /dev/zero are POSIX-only")


def test_a_fifo_or_a_device_is_refused_by_the_window_without_reading_it(qtbot: QtBot, controller: WindowController,
                                                                         tmp_path: Path) -> None:  # fmt: skip
    fifo, device = tmp_path / "x.taawun", tmp_path / "z.taawun"
    os.mkfifo(fifo)
    device.symlink_to("/dev/zero")
    window = controller.window
    window.navigation.setCurrentRow(window.stick_row)
    page = window.sync_page
    before = controller.services.store.totals()
    page.merge_paths([fifo, device])
    try:
        qtbot.waitUntil(lambda: not page.runner.busy, timeout=30_000)  # it used to wait for a writer forever
    finally:
        with contextlib.suppress(OSError):  # a reader still blocked on the FIFO gets its end of file
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        page.wait()
    report = page.report.toPlainText()
    lang = controller.services.lang
    for path in (fifo, device):
        assert translate("db_not_regular_file", lang, path=str(path)) in report
    assert controller.services.store.totals() == before
