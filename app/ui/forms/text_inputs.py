"""Typed-in fields: one line of text, long text, whole and decimal numbers, phone numbers."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPlainTextEdit, QWidget

from app.core.forms import FieldSpec
from app.ui.forms.base import FieldWidget, as_text
from app.ui.forms.context import FieldContext
from app.ui.forms.direction import follow_text_direction
from app.ui.grid import TIGHT, on_grid


class TextWidget(FieldWidget):
    def __init__(self, spec: FieldSpec, context: FieldContext, parent: QWidget | None = None) -> None:
        super().__init__(spec, context, parent)
        self.edit = QLineEdit(self)
        # No maxLength: a longer stored value would be cut silently; the validator reports "too long" instead.
        self.edit.textEdited.connect(self._edited)
        follow_text_direction(self.edit)  # Arabic from the right, French from the left, empty by the window
        layout = on_grid(QHBoxLayout(self), spacing=TIGHT)
        layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)

    def value(self) -> str:
        return self.edit.text()

    def _display(self, value: Any) -> None:
        self.edit.setText(as_text(value))
        self.edit.setCursorPosition(0)  # show the beginning of a long name, not its end


class _GrowingTextEdit(QPlainTextEdit):
    """As tall as its text (between a few and a dozen lines), so that notes are read without scrolling.

    Heights come from the laid-out text, not from the widget's font: Arabic typed in a French window is drawn
    with the Arabic fallback font, whose lines are taller.
    """

    MIN_LINES = 3
    MAX_LINES = 12

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)  # Tab moves on through the form; notes never need a tab character
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.textChanged.connect(self.fit)
        self.fit()

    def fit(self) -> None:
        line = self.fontMetrics().lineSpacing()
        content = 0.0
        block = self.document().begin()
        while block.isValid():
            content += self.blockBoundingRect(block).height()
            block = block.next()
        frame = 2 * self.frameWidth() + self.contentsMargins().top() + self.contentsMargins().bottom()
        inner = min(max(content, self.MIN_LINES * line), self.MAX_LINES * line)
        self.setFixedHeight(int(inner + 2 * self.document().documentMargin()) + frame)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()  # a narrower box wraps into more lines


class LongTextWidget(FieldWidget):
    def __init__(self, spec: FieldSpec, context: FieldContext, parent: QWidget | None = None) -> None:
        super().__init__(spec, context, parent)
        self.edit = _GrowingTextEdit(self)
        self.edit.textChanged.connect(self._edited)  # muted by `loading()` when the program sets the text
        follow_text_direction(self.edit)  # Arabic notes from the right, French ones from the left
        layout = on_grid(QHBoxLayout(self), spacing=TIGHT)
        layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)

    def value(self) -> str:
        return self.edit.toPlainText()

    def _display(self, value: Any) -> None:
        self.edit.setPlainText(as_text(value))


def number_text(value: Any) -> str:
    """A stored number as people write it: 30, 3.5, never 3.5e-05 (which the parser would not read back)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return as_text(value)
    if isinstance(value, int):
        return str(value)
    text = format(Decimal(repr(value)), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


class _LeftToRightLineWidget(FieldWidget):
    """One left-to-right line edit (numbers, phones), typed as text so that Arabic-Indic digits ("٣٠") are kept.

    No QValidator: it would silently swallow keys; the message under the field explains what is wrong."""

    placeholder = ""
    width_chars = 14

    def __init__(self, spec: FieldSpec, context: FieldContext, parent: QWidget | None = None) -> None:
        super().__init__(spec, context, parent)
        self.edit = self.ltr_line_edit(self.placeholder, width_chars=self.width_chars)
        layout = on_grid(QHBoxLayout(self), spacing=TIGHT)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.setFocusProxy(self.edit)

    def value(self) -> str:
        return self.edit.text()


class NumberWidget(_LeftToRightLineWidget):
    """Integers and decimals (a decimal comma is kept as typed)."""

    def _display(self, value: Any) -> None:
        self.edit.setText(number_text(value))


class PhoneWidget(_LeftToRightLineWidget):
    placeholder = "06XXXXXXXX"
    width_chars = 16

    def _display(self, value: Any) -> None:
        self.edit.setText(as_text(value))
