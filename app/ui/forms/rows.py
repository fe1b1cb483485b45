"""One field as the user sees it: its label (with a required mark), its widget, its hint and its message.

Used by the form editor for top-level fields and by repeated groups for the fields of each entry, so both show
problems the same way: a message inside the form, right under the field it is about (the orange3 idea of
messages that live in the widget, not in a dialog).
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from app.core.errors import FieldProblem
from app.core.fields import PARSERS, BadValue, is_empty
from app.core.forms import FieldSpec
from app.ui.forms.base import FieldWidget, directed
from app.ui.forms.invalid_frame import ERROR_COLOUR, mark_invalid
from app.ui.grid import GAP, TIGHT

LABEL_WIDTH = 230  # long Arabic labels wrap inside this width instead of pushing the inputs out of the window
NESTED_LABEL_WIDTH = 170  # inside a group entry, which already sits right of (in Arabic: left of) a label


def configure_form_layout(layout: QFormLayout) -> None:
    """Labels beside their inputs (on the right in Arabic: Qt mirrors the layout), on every platform."""
    layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
    layout.setFormAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
    layout.setSpacing(GAP)  # between rows, and between a label and its field


def align_labels(rows: Iterable[FieldRow], limit: int = LABEL_WIDTH) -> None:
    """One label width for all the rows of a form (each section is its own layout), so inputs line up from
    section to section; as wide as the longest label, up to `limit`, beyond which labels wrap."""
    rows = list(rows)
    if not rows:
        return
    natural = max(row.label.fontMetrics().horizontalAdvance(row.label_text) for row in rows) + 12
    for row in rows:
        row.label.setFixedWidth(min(natural, limit))


def shown_fields(fields: tuple[FieldSpec, ...], raw: dict[str, Any]) -> set[str]:
    """The fields whose `relevant` is true, judged on parsed values as the validator judges them."""
    parsed: dict[str, Any] = {}
    for spec in fields:
        value = raw.get(spec.name)
        if is_empty(value):
            continue
        try:
            parsed[spec.name] = PARSERS[spec.type](value, spec)
        except BadValue:
            continue  # a value that does not parse is unknown to the expression, as in the validator
    today = dt.date.today()
    return {f.name for f in fields if f.relevant is None or f.relevant.evaluate(parsed, today=today) is True}


class FieldRow(QWidget):
    """The input column of one field (widget, grey hint, message); `label` goes in the label column."""

    def __init__(self, spec: FieldSpec, widget: FieldWidget, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.widget = widget
        self.lang = lang
        self.touched = False  # edited by the user since the record was loaded: its problems may be shown
        self.marked = False  # its boxes have the red border of a field with a problem
        self._layout: QFormLayout | None = None
        widget.value_changed.connect(self._mark_touched)  # connected first, so owners see the row as touched

        self.label_text = spec.label[lang] + (" *" if spec.required else "")
        text = html.escape(spec.label[lang])
        if spec.required:
            text += f' <span style="color:{ERROR_COLOUR};">*</span>'
        self.label = QLabel(parent)
        self.label.setText(directed(text, self.label))
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        # The label's first line level with the field's first line, also when a hint or a message makes the row
        # taller (Qt centres a label in its row: it sat lower than its field).
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        line_box = QLineEdit().sizeHint().height()
        self.label.setContentsMargins(0, max(0, (line_box - self.label.fontMetrics().lineSpacing()) // 2), 0, 0)
        self.label.setBuddy(widget)
        tips = [spec.hint[lang]] if spec.hint else []
        if spec.required:
            tips.append(self.tr("Required"))
        self.label.setToolTip("\n".join(tips))
        widget.setToolTip(spec.hint[lang] if spec.hint else "")
        widget.setAccessibleName(spec.label[lang])

        self.hint = QLabel(self)
        self.hint.setText(directed(spec.hint[lang], self.hint) if spec.hint else "")
        self.hint.setWordWrap(True)
        self.hint.setVisible(spec.hint is not None)
        palette = self.hint.palette()
        palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText))
        self.hint.setPalette(palette)
        font = self.hint.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        self.hint.setFont(font)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(TIGHT)
        layout.addWidget(widget)
        layout.addWidget(self.hint)
        layout.addWidget(self.message)

    def _mark_touched(self) -> None:
        self.touched = True

    def add_to(self, layout: QFormLayout) -> None:
        layout.addRow(self.label, self)
        self._layout = layout

    def set_shown(self, shown: bool) -> None:
        if self._layout is not None:
            self._layout.setRowVisible(self, shown)

    def is_shown(self) -> bool:
        return not self.isHidden()

    def show_problems(self, problems: list[FieldProblem], *, reveal: bool) -> None:
        """Show this field's problems (path equal to the field's name) if touched or `reveal`; pass the problems
        of sub-fields (`name[2].action`) on to the widget with paths relative to it (`[2].action`)."""
        name = self.spec.name
        own = [p.message(self.lang) for p in problems if p.path == name] if (reveal or self.touched) else []
        self.message.setText("\n".join(directed(line, self.message) for line in own))
        self.message.setVisible(bool(own))
        self.mark(bool(own))
        self.widget.setAccessibleDescription("\n".join(own))  # screen readers announce it with the field
        nested = [
            FieldProblem(p.path[len(name) :], p.code, p.params) for p in problems if p.path.startswith(name + "[")
        ]
        self.widget.show_sub_problems(nested, reveal=reveal)

    def mark(self, invalid: bool) -> None:
        """A red border round the field's boxes while it has a problem, besides the message (seen at a glance, and
        by those who do not read red text); a repeated group's entries mark their own fields."""
        if invalid == self.marked:
            return
        self.marked = invalid
        for box in self.widget.focus_widgets():
            if isinstance(box, (QLineEdit, QPlainTextEdit, QComboBox)):
                mark_invalid(box, invalid)

    def message_text(self) -> str:
        # Without the direction mark: callers compare it with `FieldProblem.message()`.
        if self.message.isHidden():
            return ""
        return "\n".join(line.lstrip("\u200e\u200f") for line in self.message.text().split("\n"))

    def clear(self) -> None:
        """Forget the edits and hide every message (a record was loaded or saved)."""
        self.touched = False
        self.message.clear()
        self.message.hide()
        self.mark(False)
        self.widget.setAccessibleDescription("")
        self.widget.clear_sub_problems()

    def focus_first_problem(self) -> bool:
        if not self.is_shown():
            return False
        if self.message_text():
            self.widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return self.widget.focus_first_problem()
