"""A form's date box shows the language's date format (17/05/2025 in Arabic and French, 2025-05-17 in English), as
the lists and titles do; it accepts a date typed key by key in any usual written form (ISO too, Arabic-Indic
digits too), hands back the ISO day, and keeps its left-to-right box in a right-to-left window."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.core.forms import FormRegistry
from app.core.validation import clean_record
from app.ui.forms.date_geo import DateWidget
from app.ui.forms.widgets import create_field_widget
from tests.ui.forms.conftest import FakeContext

SHOWN = {"ar": "17/05/2025", "fr": "17/05/2025", "en": "2025-05-17"}


def _box(qtbot: QtBot, forms: FormRegistry, lang: str, parent: QWidget | None = None) -> DateWidget:
    spec = forms.get("visit").field("visit_date")
    assert spec is not None
    widget = create_field_widget(spec, FakeContext(lang), parent)
    assert isinstance(widget, DateWidget)
    if parent is None:
        qtbot.addWidget(widget)
    return widget


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_a_stored_date_shows_in_the_languages_format(qtbot: QtBot, forms: FormRegistry, lang: str) -> None:
    widget = _box(qtbot, forms, lang)
    assert widget.edit.placeholderText() == {"ar": "يوم/شهر/سنة", "fr": "JJ/MM/AAAA", "en": "YYYY-MM-DD"}[lang]
    with qtbot.assertNotEmitted(widget.value_changed):  # loading is not editing
        widget.set_value("2025-05-17")
    assert widget.edit.text() == SHOWN[lang]
    assert widget.value() == "2025-05-17"  # what is stored
    widget.set_value("17 ماي")  # a draft's text that is not a date: shown and kept as typed
    assert widget.edit.text() == "17 ماي" and widget.value() == "17 ماي"


@pytest.mark.parametrize("typed", ["17/05/2025", "17/5/2025", "2025-05-17", "17-05-2025", "17.05.2025", "١٧/٠٥/٢٠٢٥"])
@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_a_date_typed_key_by_key_is_kept_as_typed_then_shown_in_the_format(
    qtbot: QtBot, forms: FormRegistry, typing: Callable[[QWidget, str], None], lang: str, typed: str
) -> None:
    widget = _box(qtbot, forms, lang)
    widget.show()
    qtbot.waitExposed(widget)
    widget.edit.setFocus()
    edits: list[str] = []
    widget.value_changed.connect(lambda: edits.append(widget.edit.text()))
    typing(widget.edit, typed)
    # Every key landed where it was typed: the box never rewrote the text under the fingers.
    assert edits == [typed[: i + 1] for i in range(len(typed))]
    assert widget.edit.text() == typed and widget.value() == "2025-05-17"
    with qtbot.assertNotEmitted(widget.value_changed):  # the same day: nothing changed for the record
        qtbot.keyClick(widget.edit, Qt.Key.Key_Return)  # or leaving the box
    assert widget.edit.text() == SHOWN[lang] and widget.value() == "2025-05-17"


def test_what_is_not_a_date_stays_as_typed_for_the_validator(
    qtbot: QtBot, forms: FormRegistry, typing: Callable[[QWidget, str], None]
) -> None:
    widget = _box(qtbot, forms, "fr")
    typing(widget.edit, "31/02/2025")
    qtbot.keyClick(widget.edit, Qt.Key.Key_Return)
    assert widget.edit.text() == "31/02/2025" and widget.value() == "31/02/2025"


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_a_date_typed_in_an_editor_is_stored_iso(
    make_editor: Any, typing: Callable[[QWidget, str], None], lang: str
) -> None:
    editor = make_editor("visit", lang=lang)
    widget = editor.field_widget("visit_date")
    assert isinstance(widget, DateWidget)
    widget.edit.setFocus()
    typing(widget.edit, "17/05/2025" if lang != "en" else "2025-05-17")
    assert clean_record(editor.form, editor.data(), draft=True)["visit_date"] == "2025-05-17"
    editor.set_data({"visit_date": "2025-05-18"})  # a stored record opened again
    assert widget.edit.text() == {"ar": "18/05/2025", "fr": "18/05/2025", "en": "2025-05-18"}[lang]


def test_the_box_stays_left_to_right_in_an_arabic_window_with_its_hint_in_place(
    qtbot: QtBot, forms: FormRegistry
) -> None:
    window = QWidget()
    window.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.addWidget(window)
    widget = _box(qtbot, forms, "ar", window)
    assert widget.edit.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert widget.edit.alignment() & Qt.AlignmentFlag.AlignRight  # starts beside the label, on the right
    # The hint read in Arabic's direction, as Qt lays out a placeholder (its first letter's direction): day, month,
    # year from the right, the order in which the digits of 17/05/2025 are typed and read.
    assert _left_to_right(widget.edit.placeholderText(), ["سنة", "شهر", "يوم"])


def _left_to_right(text: str, words: list[str]) -> bool:
    """`words` of `text` drawn from left to right in that order, the direction taken from the text (Qt's auto)."""
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
    layout = QTextLayout(text, QFont())
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1000)
    layout.endLayout()
    # The cursor after each word's first letter: inside its run (at a run's edge, a cursor may stand on either side).
    where = [line.cursorToX(text.index(word) + 1)[0] for word in words]
    return where == sorted(where) and len(set(where)) == len(where)
