"""Typing into the window as a user does (importable from UI tests: `pythonpath` includes tests/ui)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from app.ui.forms.editor import FormEditor
from app.ui.main_window import MainWindow
from app.ui.record_page import RecordPage


def text_input(widget: QWidget) -> QLineEdit | QPlainTextEdit:
    """The first text input inside a field widget (what the user types into)."""
    found = widget.findChild(QLineEdit) or widget.findChild(QPlainTextEdit)
    assert found is not None, widget
    return found


def type_text(widget: QWidget, text: str) -> None:
    """Key presses carrying each character, Arabic included (QTest.keyClicks only knows ASCII keys)."""
    for char in text:
        key = Qt.Key.Key_Return if char == "\n" else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))


def fill(qtbot: QtBot, editor: FormEditor, field: str, text: str) -> None:
    """Click into a field and type, as the agent would."""
    target = text_input(editor.field_widget(field))
    target.setFocus()
    type_text(target, text)


def open_page(window: MainWindow, record_id: str) -> RecordPage:
    page = window.open_record(record_id)
    assert page is not None and window.record_page is page
    return page
