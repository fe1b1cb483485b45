"""The note after saving a new record is looked for on a worker (app/db/duplicate_check.py): never on the GUI thread,
and its answer is shown on the page that asked, for the data saved last, or dropped (the page closed, another record
opened, the record saved again meanwhile).

The search is held back by a gate (the one way a candidate is checked, `KeyIndex.matches`, waits for its turn, a
bounded wait), so the tests decide which answer comes when instead of racing the workers."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from shiboken6 import isValid
from ui_helpers import text_input, type_text

from app.db.duplicates import KeyIndex
from app.ui.application import WindowController
from app.ui.record_page import RecordPage
from app.ui.services import Services


class Gate:
    """Holds the n-th search back until `let(n)`; notes on which thread each search ran."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.on_gui_thread: list[bool] = []
        self.turns = [threading.Event() for _ in range(4)]

    def let(self, *turns: int) -> None:
        for turn in turns:
            self.turns[turn].set()

    def arrived(self, count: int) -> bool:
        with self.lock:
            return len(self.on_gui_thread) == count


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[Gate]:
    held = Gate()
    original = KeyIndex.matches

    def matches(self: KeyIndex, *args: object, **kwargs: object) -> object:
        with held.lock:
            turn = len(held.on_gui_thread)
            held.on_gui_thread.append(threading.current_thread() is threading.main_thread())
        assert held.turns[turn].wait(10), "the gate was never opened"
        return original(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(KeyIndex, "matches", matches)
    yield held
    held.let(*range(len(held.turns)))  # a test that failed early leaves no worker waiting
    QThreadPool.globalInstance().waitForDone(10_000)


def new_cooperative(controller: WindowController, name: str, commune: str) -> RecordPage:
    page = controller.window.new_record("cooperative")
    assert page is not None
    type_text(text_input(page.editor.field_widget("name_ar")), name)
    type_text(text_input(page.editor.field_widget("commune")), commune)
    assert page.finalise()
    return page


def settle(qtbot: QtBot, *pages: RecordPage) -> None:
    """Every check answered and its answer delivered (or dropped), pages closed meanwhile deleted."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert QThreadPool.globalInstance().waitForDone(10_000)
    runners = [page.duplicate_checks for page in pages]
    qtbot.waitUntil(lambda: not any(runner.busy for runner in runners), timeout=10_000)


def test_the_answer_shows_on_the_page_that_asked_never_on_the_next_one_and_never_on_the_gui_thread(
    qtbot: QtBot, controller: WindowController, services: Services, gate: Gate
) -> None:
    services.store.create("cooperative", {"name_ar": "تعاونية الأمل", "commune": "مريرت"})
    services.store.create("cooperative", {"name_ar": "تعاونية النور", "commune": "أجلموس"})
    first = new_cooperative(controller, "التعاونية الامل", "مريرت")  # likely the same as Al Amal
    assert first.duplicate_checks.busy  # asked, not answered: the save did not wait for it
    qtbot.waitUntil(lambda: gate.arrived(1))
    second = new_cooperative(controller, "تعاونية النور", "أجلموس")  # opening it closed the first page
    assert controller.window.record_page is second
    qtbot.waitUntil(lambda: gate.arrived(2))
    gate.let(1)  # the second page's answer first
    qtbot.waitUntil(second.duplicates_note.isVisible)
    gate.let(0)  # then the closed page's answer
    settle(qtbot, first, second)
    assert not isValid(first)  # closed before its answer came: nothing was shown anywhere
    assert second.duplicates_note.isVisible()
    note = second.duplicates_note.text()
    assert "تعاونية النور" in note and "الأمل" not in note
    assert gate.on_gui_thread == [False, False]  # both searches ran on workers


def test_saving_again_before_the_answer_shows_the_answer_for_the_data_saved_last(
    qtbot: QtBot, controller: WindowController, services: Services, gate: Gate
) -> None:
    services.store.create("cooperative", {"name_ar": "تعاونية الأمل", "commune": "مريرت"})
    services.store.create("cooperative", {"name_ar": "تعاونية النور", "commune": "مريرت"})
    page = new_cooperative(controller, "التعاونية الامل", "مريرت")
    qtbot.waitUntil(lambda: gate.arrived(1))
    name = text_input(page.editor.field_widget("name_ar"))
    name.clear()
    type_text(name, "تعاونية النور")  # corrected before the first answer came
    assert page.finalise()
    qtbot.waitUntil(lambda: gate.arrived(2))
    gate.let(1)  # the answer for the data saved last first
    qtbot.waitUntil(page.duplicates_note.isVisible)
    gate.let(0)  # then the one for the data saved first: dropped, not shown
    settle(qtbot, page)
    assert page.duplicates_note.isVisible()
    note = page.duplicates_note.text()
    assert "تعاونية النور" in note and "الأمل" not in note
    page.finalise()  # a later save, once answered, looks no more
    assert not page.duplicate_checks.busy


def test_a_page_left_before_the_answer_shows_nothing_and_closing_leaves_no_worker_running(
    qtbot: QtBot, controller: WindowController, services: Services, gate: Gate
) -> None:
    services.store.create("cooperative", {"name_ar": "تعاونية الأمل", "commune": "مريرت"})
    page = new_cooperative(controller, "التعاونية الامل", "مريرت")
    runner = page.duplicate_checks
    controller.window.back_to_list()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not isValid(page) and runner.busy  # gone, its worker still at work
    gate.let(0)
    controller.window.close()  # waits for the workers
    assert QThreadPool.globalInstance().activeThreadCount() == 0
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)  # the answer arrived, and was dropped quietly
    assert gate.on_gui_thread == [False]
