"""The base of every field widget, and the left-to-right line edit that numbers, dates, phones and GPS share."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from app.core.errors import FieldProblem
from app.core.forms import FieldSpec
from app.ui.forms.context import FieldContext


class FieldWidget(QWidget):
    """One field of a form: shows a value and hands back what the user typed, as typed.

    `value()` is the raw value for `app.core.validation` ("" when empty, never a half-parsed guess), so that a
    draft keeps "12x" exactly as typed and the validator, not the widget, decides what is wrong with it.
    `set_value()` accepts stored canonical values and raw draft values alike, and never emits `value_changed`:
    only the user's edits do, so that loading a record does not mark its fields as touched.
    """

    value_changed = Signal()
    # The focusable widgets inside changed (a repeated group gained, lost or reordered an entry): the editor
    # rebuilds the tab order, since Qt would otherwise put new widgets at the end of the chain.
    focus_chain_changed = Signal()

    def __init__(self, spec: FieldSpec, context: FieldContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.context = context
        self._loading = 0
        self._ltr_edits: list[QLineEdit] = []

    # --- the contract -------------------------------------------------------------------------------------------
    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        with self.loading():
            self._display(value)

    def _display(self, value: Any) -> None:
        """Show `value` (canonical or raw; None or "" for empty). Called with change signals muted."""
        raise NotImplementedError

    def link_fields(self, widgets: dict[str, FieldWidget]) -> None:
        """Once the form's widgets are made (by name): a widget that follows another field connects to it here (a
        province follows its region and completes its commune)."""

    def focus_widgets(self) -> list[QWidget]:
        """The widgets that take keyboard focus, in visual order (the editor chains them for Tab)."""
        proxy = self.focusProxy()
        return [proxy] if proxy is not None else []

    # Only repeated groups hold problems of their own sub-fields; the other widgets have none to show.
    def show_sub_problems(self, problems: list[FieldProblem], *, reveal: bool) -> None:
        """Problems below this field; paths are relative, e.g. `[2].action` for `recommendations[2].action`."""

    def focus_first_problem(self) -> bool:
        return False

    def clear_sub_problems(self) -> None:
        """Forget which sub-fields were touched and hide their messages."""

    def sub_problem_text(self, path: str) -> str:
        return ""

    # --- helpers for subclasses ---------------------------------------------------------------------------------
    @contextmanager
    def loading(self) -> Iterator[None]:
        """Mute `value_changed` while the program (not the user) changes what is shown."""
        self._loading += 1
        try:
            yield
        finally:
            self._loading -= 1

    def _edited(self, *_: Any) -> None:
        if not self._loading:
            self.value_changed.emit()

    def ltr_line_edit(self, placeholder: str = "", *, width_chars: int = 0) -> QLineEdit:
        """A line edit that stays left-to-right inside a right-to-left window (digits, dates, phones, GPS)."""
        edit = QLineEdit(self)
        edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        edit.setPlaceholderText(placeholder)
        if width_chars:
            # Wide enough for the longest expected value, not the whole row: a short box reads as "a number here".
            metrics = edit.fontMetrics()
            edit.setFixedWidth(metrics.horizontalAdvance("0" * width_chars) + 24)
        edit.textEdited.connect(self._edited)
        self._ltr_edits.append(edit)
        self._align_ltr_edits()
        return edit

    def _align_ltr_edits(self) -> None:
        # The text stays left-to-right, but it starts on the side the label is on: right in an Arabic window.
        side = (
            Qt.AlignmentFlag.AlignRight
            if self.layoutDirection() == Qt.LayoutDirection.RightToLeft
            else Qt.AlignmentFlag.AlignLeft
        )
        for edit in self._ltr_edits:
            edit.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)

    def changeEvent(self, event: QEvent) -> None:
        # The widget inherits the window's direction only once it has a parent: re-align when it arrives.
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._align_ltr_edits()
        super().changeEvent(event)


def directed(text: str, widget: QWidget) -> str:
    """`text` starting with a direction mark for `widget`'s direction, for labels that wrap.

    A wrapping QLabel guesses the paragraph's direction from its first strong letter, so an Arabic hint that
    starts with "06XXXXXXXX", or a message that starts with a typed value "«12x»", would be laid out left to right
    and its words shuffled. The mark (invisible) makes the window's direction win.
    """
    if not text:
        return text
    return ("\u200f" if widget.layoutDirection() == Qt.LayoutDirection.RightToLeft else "\u200e") + text


def as_text(value: Any) -> str:
    """A raw or stored value as text for a line edit (None shows as empty)."""
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)
