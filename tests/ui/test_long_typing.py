"""The crash cannot return: a long day of typing, key by key, into the real forms of the real window.

PySide6-Essentials 6.12.0 on Python 3.11 dropped one reference to `None` in every call of a Qt method that
returns nothing (a setter): the reference count of `None` (a few thousand in a bare script, tens of thousands in
pytest) reached zero after a few minutes of typing and the window aborted with "Fatal Python error:
none_dealloc". Every key typed in a form re-validates the whole form and updates its widgets (messages, their
visibility, relevance, the heading), so typing is what makes setter calls by the hundred thousand.

How the 200,000 is reached, and counted rather than estimated: `SetterSpy` wraps the Qt setters the window calls
from Python while a form is edited (`QLabel.setText`, `QWidget.setVisible`, `QWidget.setEnabled`,
`QWidget.setAccessibleDescription`, `QFormLayout.setRowVisible`, `QWidget.setFixedHeight`, ...) on their
classes, and counts each call that goes through the bindings. The test types rounds of a cooperative and a visit
(Latin text and digits with `QTest.keyClicks`, Arabic letters and Arabic-Indic digits with key events carrying the
text, as an Arabic keyboard layout delivers them: `QTest.keyClicks` aborts on them) until the spy has counted at
least 200,000 calls; it prints the keystrokes, the calls and the calls per key (measured: 84 per key on average,
about 2,500 keys in 8 rounds, 4 to 6 s on a 2-core machine). Besides not aborting, the reference count of `None` must not fall with
the calls (with 6.12.0 it fell by exactly one per call).
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import text_input, type_text

from app.ui.application import WindowController
from app.ui.forms.editor import FormEditor
from app.ui.record_page import RecordPage
from app.ui.services import Services

TARGET_CALLS = 200_000

# Setters the window calls from Python while a form is edited (non-virtual, or called on widgets whose class does
# not override them): wrapping them on these classes sees every call made through the bindings.
SPIED: tuple[tuple[type, str], ...] = (
    (QLabel, "setText"),
    (QWidget, "setVisible"),
    (QWidget, "setEnabled"),
    (QWidget, "setAccessibleDescription"),
    (QWidget, "setFixedHeight"),
    (QWidget, "setFocusProxy"),
    (QWidget, "setToolTip"),
    (QWidget, "setStyleSheet"),
    (QFormLayout, "setRowVisible"),
    (QAbstractButton, "setText"),
    (QLineEdit, "setText"),
    (QPlainTextEdit, "setPlainText"),
)


class SetterSpy:
    """Counts the calls of the spied Qt setters (by `Class.method`) while installed."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls: Counter[str] = Counter()
        for owner, name in SPIED:
            monkeypatch.setattr(owner, name, self._wrap(owner, name))

    def _wrap(self, owner: type, name: str) -> Callable[..., Any]:
        original = getattr(owner, name)
        key = f"{owner.__name__}.{name}"
        calls = self.calls

        def spy(self: Any, *args: Any) -> Any:
            calls[key] += 1
            return original(self, *args)

        return spy

    @property
    def total(self) -> int:
        return sum(self.calls.values())


class Keyboard:
    """Types as a user does and counts the keys."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.keys = 0

    def latin(self, widget: QWidget, text: str) -> None:
        """Latin letters, digits, punctuation: `QTest.keyClicks`, one key press and release per character."""
        widget.setFocus()
        self.qtbot.keyClicks(widget, text)
        self.keys += len(text)

    def arabic(self, widget: QWidget, text: str) -> None:
        """Arabic letters and digits: key events carrying the text (QTest.keyClicks only knows Latin-1 keys)."""
        widget.setFocus()
        type_text(widget, text)
        self.keys += len(text)

    def erase(self, widget: QWidget, count: int) -> None:
        for _ in range(count):
            self.qtbot.keyClick(widget, Qt.Key.Key_Backspace)
        self.keys += count

    def enter(self, widget: QWidget) -> None:
        self.qtbot.keyClick(widget, Qt.Key.Key_Return)
        self.keys += 1


def _input(editor: FormEditor, field: str) -> QLineEdit | QPlainTextEdit:
    return text_input(editor.field_widget(field))


def _type_cooperative(keys: Keyboard, page: RecordPage, number: int) -> None:
    editor = page.editor
    keys.arabic(_input(editor, "name_ar"), f"تعاونية النور رقم {number}")
    keys.latin(_input(editor, "name_fr"), f"Cooperative Nour {number}")
    keys.latin(_input(editor, "registration_number"), f"RC-{number:05d}")
    founded = _input(editor, "founded_on")
    keys.latin(founded, "2031-02-30")  # in the future and not a day: a message under the field at every key
    keys.erase(founded, 10)
    keys.latin(founded, "2019-03-08")
    total = _input(editor, "members_total")
    keys.arabic(total, "٢٥")
    women = _input(editor, "members_women")
    keys.latin(women, "30")  # more women than members: the constraint's message
    keys.erase(women, 2)
    keys.latin(women, "12x")  # not a number
    keys.erase(women, 1)
    keys.latin(_input(editor, "members_under_35"), "7")
    keys.latin(_input(editor, "phone"), "06 12 34 56 78")
    province = editor.field_widget("province").combo  # chosen from the official list (version 5), not typed
    province.setCurrentIndex(province.findData("khenifra"))  # and the region follows
    keys.arabic(_input(editor, "commune"), "مريرت")
    geo = editor.field_widget("location")
    keys.latin(geo.lat, "32.9395")  # decimals, typed
    keys.latin(geo.lon, "-5.6679")
    products = _input(editor, "products")
    keys.arabic(products, "كسكس بلدي")
    keys.enter(products)
    keys.latin(products, "couscous, amlou")
    keys.arabic(_input(editor, "notes"), "ملاحظة قصيرة")


def _type_visit(keys: Keyboard, page: RecordPage, number: int) -> None:
    editor = page.editor
    date = _input(editor, "visit_date")
    keys.latin(date, "2025-05-17")
    keys.latin(_input(editor, "agent"), f"Agent {number}")
    observations = _input(editor, "observations")
    keys.arabic(observations, "ضعف التأطير والتكوين")
    keys.enter(observations)
    keys.latin(observations, "Production stable, marketing weak.")
    group = editor.field_widget("recommendations")
    for action in ("Formation en gestion", "Visites d'echange"):
        group.add_button.click()
        entry = group.entries[-1]
        keys.latin(text_input(entry.rows["action"].widget), action)
        keys.arabic(text_input(entry.rows["responsible"].widget), "الشبكة")
        keys.latin(text_input(entry.rows["due_date"].widget), "2025-09-30")
    keys.latin(_input(editor, "next_follow_up"), "2025-10-01")


# The commune completes from the communes recorded for the province (typed in earlier rounds): its pop-up cannot be
# raised or grab the keyboard on the offscreen platform, which says so; it completes all the same.
@pytest.mark.qt_log_ignore(r"This plugin does not support (raise\(\)|grabbing the keyboard)")
def test_200000_setter_calls_typing_in_the_real_forms_do_not_crash(
    qtbot: QtBot, controller: WindowController, services: Services, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    window = controller.window
    spy = SetterSpy(monkeypatch)
    keys = Keyboard(qtbot)
    none_before = sys.getrefcount(None)
    started = time.perf_counter()
    rounds = 0
    while spy.total < TARGET_CALLS:
        rounds += 1
        coop_page = window.new_record("cooperative")
        assert coop_page is not None
        _type_cooperative(keys, coop_page, rounds)
        assert coop_page.editor.problem_text("members_women") == ""
        assert coop_page.finalise(), coop_page.editor.validate()
        coop = coop_page.record_id
        assert coop is not None
        visit_page = window.new_record("visit", {"cooperative": coop})
        assert visit_page is not None
        _type_visit(keys, visit_page, rounds)
        assert visit_page.finalise()
        assert rounds < 200, "the forms make far fewer setter calls per key than expected"
    elapsed = time.perf_counter() - started
    none_after = sys.getrefcount(None)
    window.back_to_list()

    with capsys.disabled():
        print(f"\n{keys.keys} keys, {spy.total} setter calls ({spy.total / keys.keys:.0f} per key), {rounds} rounds, "
              f"{elapsed:.1f} s; refcount(None) {none_before} -> {none_after}; {dict(spy.calls)}")  # fmt: skip
    assert spy.total >= TARGET_CALLS
    # 6.12.0 lost one reference per call: the count fell by about the number of calls (or the process aborted).
    assert none_after > none_before - 2_000
    visit = services.store.get(visit_page.record_id)
    assert visit.data["recommendations"][1] == {"action": "Visites d'echange", "responsible": "الشبكة",
                                                "due_date": "2025-09-30"}  # fmt: skip
    cooperative = services.store.get(coop)
    assert cooperative.data["members_total"] == 25 and cooperative.data["members_women"] == 12
    assert cooperative.data["products"] == "كسكس بلدي\ncouscous, amlou"
    assert services.store.count("cooperative") == services.store.count("visit") == rounds
