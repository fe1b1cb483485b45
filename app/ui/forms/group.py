"""A repeated group (a visit's recommendations, a workshop's sessions): a list of entries, each a small sub-form."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import FieldProblem
from app.core.fields import is_empty
from app.core.forms import FieldSpec
from app.ui.forms.base import FieldWidget, directed
from app.ui.forms.context import FieldContext
from app.ui.forms.rows import NESTED_LABEL_WIDTH, FieldRow, align_labels, configure_form_layout, shown_fields
from app.ui.grid import GAP, on_grid

WidgetFactory = Callable[[FieldSpec, FieldContext, "QWidget | None"], FieldWidget]

_SUB_PATH = re.compile(r"\[(\d+)\]\.(.+)")
TITLE_CHARS = 70


def _confirm_remove(parent: QWidget, title: str) -> bool:
    """Asked before removing an entry that holds text (replaceable, like every dialog, so tests need not block)."""
    question = QCoreApplication.translate("GroupWidget", "Remove this entry and what it contains?")
    answer = QMessageBox.question(parent, title, question)
    return answer == QMessageBox.StandardButton.Yes


class GroupEntry(QFrame):
    """One entry: a header (number, title, move and remove buttons) over the rows of the group's fields."""

    def __init__(self, group: GroupWidget, make_widget: WidgetFactory) -> None:
        super().__init__(group)
        self.group = group
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(self)
        self.title.setWordWrap(True)  # a long title wraps rather than widening the whole form
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.up = self._button(self.tr("Move up"), lambda: group.move_entry(self, -1))
        self.down = self._button(self.tr("Move down"), lambda: group.move_entry(self, 1))
        self.remove = self._button(self.tr("Remove"), lambda: group.remove_entry(self))
        header = on_grid(QHBoxLayout())
        header.addWidget(self.title, 1)
        for button in (self.up, self.down, self.remove):
            header.addWidget(button)

        body = QFormLayout()
        configure_form_layout(body)
        self.rows: dict[str, FieldRow] = {}
        for spec in group.spec.fields:
            row = FieldRow(spec, make_widget(spec, group.context, self), group.context.lang, self)
            row.add_to(body)
            row.widget.value_changed.connect(self._sub_edited)
            row.widget.focus_chain_changed.connect(group.focus_chain_changed)
            self.rows[spec.name] = row
        align_labels(self.rows.values(), NESTED_LABEL_WIDTH)
        layout = on_grid(QVBoxLayout(self), margin=GAP)
        layout.addLayout(header)
        layout.addLayout(body)

    def _button(self, text: str, slot: Callable[[], None]) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable with Tab: moving entries needs no mouse
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    def _sub_edited(self) -> None:
        self.refresh()
        self.group.entry_edited()

    def values(self) -> dict[str, Any]:
        """The entry's non-empty values of the fields shown (hidden ones are dropped on save anyway)."""
        raw = {name: row.widget.value() for name, row in self.rows.items()}
        shown = shown_fields(self.group.spec.fields, raw)
        return {name: value for name, value in raw.items() if name in shown and not is_empty(value)}

    def set_values(self, entry: dict[str, Any]) -> None:
        for name, row in self.rows.items():
            row.widget.set_value(entry.get(name))
        self.refresh()

    def refresh(self) -> None:
        raw = {name: row.widget.value() for name, row in self.rows.items()}
        shown = shown_fields(self.group.spec.fields, raw)
        for name, row in self.rows.items():
            row.set_shown(name in shown)
        number = self.group.entries.index(self) + 1 if self in self.group.entries else 0
        title = ""
        if self.group.spec.item_title_field:
            value = raw.get(self.group.spec.item_title_field)
            title = (value.strip().splitlines() or [""])[0] if isinstance(value, str) else ""
            if len(title) > TITLE_CHARS:
                title = title[: TITLE_CHARS - 1] + "…"
        # The header reads in the window's direction, the number first, at the entry's start: a label takes the
        # direction of its first letter, so "1." alone (an empty entry) sat left-aligned in the middle of an
        # Arabic header, and an Arabic title in a French one started at the buttons. The title keeps its own
        # direction in an isolate (its "…" at its own end).
        shown = f"{number}. \u2068{title}\u2069" if title else f"{number}."
        self.title.setText(directed(shown, self))
        self.up.setEnabled(number > 1)
        self.down.setEnabled(number < len(self.group.entries))

    def changeEvent(self, event: QEvent) -> None:
        # The window's direction arrives with the parent: the header's direction mark follows it.
        if event.type() == QEvent.Type.LayoutDirectionChange and hasattr(self, "rows") and self in self.group.entries:
            self.refresh()
        super().changeEvent(event)

    def focus_widgets(self) -> list[QWidget]:
        inputs = [widget for row in self.rows.values() for widget in row.widget.focus_widgets()]
        return [self.up, self.down, self.remove, *inputs]

    def first_input(self) -> QWidget | None:
        return next(iter(self.rows.values())).widget if self.rows else None


class GroupWidget(FieldWidget):
    """Entries stacked top to bottom with an Add button under them. Value: list of dicts in order, "" if none.

    Every entry is in the value, even an empty one, so that the validator's paths (`recommendations[2].action`)
    point at the entries the user sees; the validator drops empty entries when a draft is saved.
    """

    confirm_remove = staticmethod(_confirm_remove)

    def __init__(
        self, spec: FieldSpec, context: FieldContext, parent: QWidget | None = None, *, make_widget: WidgetFactory
    ) -> None:
        super().__init__(spec, context, parent)
        self.make_widget = make_widget
        self.entries: list[GroupEntry] = []
        self.entry_layout = on_grid(QVBoxLayout())
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.clicked.connect(self.add_entry)
        layout = on_grid(QVBoxLayout(self))
        layout.addLayout(self.entry_layout)
        buttons = on_grid(QHBoxLayout())
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.add_button)

    def value(self) -> Any:
        return [entry.values() for entry in self.entries] or ""

    def _display(self, value: Any) -> None:
        for entry in self.entries:
            self.entry_layout.removeWidget(entry)
            entry.hide()  # gone now, not at the next turn of the event loop
            entry.deleteLater()
        self.entries = []
        for item in value if isinstance(value, list) else []:
            entry = self._new_entry()
            entry.set_values(item if isinstance(item, dict) else {})
        self._renumber()
        self.focus_chain_changed.emit()

    def _new_entry(self) -> GroupEntry:
        entry = GroupEntry(self, self.make_widget)
        self.entries.append(entry)
        self.entry_layout.addWidget(entry)
        return entry

    def _renumber(self) -> None:
        for entry in self.entries:
            entry.refresh()
        self.setFocusProxy(self.entries[0].first_input() if self.entries else self.add_button)

    def focus_widgets(self) -> list[QWidget]:
        return [widget for entry in self.entries for widget in entry.focus_widgets()] + [self.add_button]

    # --- what the buttons do ------------------------------------------------------------------------------------
    def add_entry(self) -> GroupEntry:
        entry = self._new_entry()
        self._renumber()
        self.focus_chain_changed.emit()
        first = entry.first_input()
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)  # ready to type the new entry
        self._edited()
        return entry

    def move_entry(self, entry: GroupEntry, delta: int) -> None:
        index = self.entries.index(entry)
        target = index + delta
        if not 0 <= target < len(self.entries):
            return
        self.entries.insert(target, self.entries.pop(index))
        self.entry_layout.removeWidget(entry)
        self.entry_layout.insertWidget(target, entry)
        self._renumber()
        self.focus_chain_changed.emit()
        # Keep the keyboard on the moved entry; if its button just became disabled, on the other move button.
        button = entry.up if delta < 0 else entry.down
        (button if button.isEnabled() else (entry.down if delta < 0 else entry.up)).setFocus()
        self._edited()

    def remove_entry(self, entry: GroupEntry) -> None:
        if entry.values() and not self.confirm_remove(self, self.spec.label[self.context.lang]):
            return
        index = self.entries.index(entry)
        self.entries.remove(entry)
        self.entry_layout.removeWidget(entry)
        entry.hide()
        entry.deleteLater()
        self._renumber()
        self.focus_chain_changed.emit()
        following = self.entries[index].remove if index < len(self.entries) else self.add_button
        following.setFocus()
        self._edited()

    def entry_edited(self) -> None:
        self._edited()

    # --- problems of the entries' fields ------------------------------------------------------------------------
    def _split(self, path: str) -> tuple[GroupEntry, str] | None:
        match = _SUB_PATH.fullmatch(path)
        if match is None:
            return None
        index = int(match.group(1)) - 1  # the validator counts entries from 1, as people do
        if not 0 <= index < len(self.entries):
            return None
        return self.entries[index], match.group(2)

    def show_sub_problems(self, problems: list[FieldProblem], *, reveal: bool) -> None:
        by_entry: dict[int, list[FieldProblem]] = {id(entry): [] for entry in self.entries}
        for problem in problems:
            found = self._split(problem.path)
            if found is not None:
                entry, name = found
                by_entry[id(entry)].append(FieldProblem(name, problem.code, problem.params))
        for entry in self.entries:
            for row in entry.rows.values():
                row.show_problems(by_entry[id(entry)], reveal=reveal)

    def focus_first_problem(self) -> bool:
        return any(row.focus_first_problem() for entry in self.entries for row in entry.rows.values())

    def clear_sub_problems(self) -> None:
        for entry in self.entries:
            for row in entry.rows.values():
                row.clear()

    def sub_problem_text(self, path: str) -> str:
        found = self._split(path)
        if found is None:
            return ""
        entry, name = found
        row = entry.rows.get(name.split("[")[0])
        return row.message_text() if row is not None else ""
