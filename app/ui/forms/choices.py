"""Choices: one of a list, several of a list, and a reference to another record (with type-ahead)."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QSize, Qt
from PySide6.QtGui import QResizeEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCheckBox, QComboBox, QCompleter, QGridLayout, QHBoxLayout, QLayout, QWidget

from app.core.forms import FieldSpec
from app.core.text import normalise_text
from app.ui.forms.base import FieldWidget, as_text
from app.ui.forms.context import FieldContext
from app.ui.forms.direction import follow_text_direction
from app.ui.grid import TIGHT, on_grid

_ID_ROLE = Qt.ItemDataRole.UserRole


def _choice_for(spec: FieldSpec, raw: Any) -> str | None:
    """The choice a raw value names, by value or by a label in any language (as the parser reads it)."""
    if not isinstance(raw, str):
        return None
    text = normalise_text(raw).strip()
    for choice in spec.choices:
        if text == choice.value or text in choice.label.values():
            return choice.value
    return None


class SelectOneWidget(FieldWidget):
    def __init__(self, spec: FieldSpec, context: FieldContext, parent: QWidget | None = None) -> None:
        super().__init__(spec, context, parent)
        self.combo = QComboBox(self)
        # Long choice labels must not make the whole form as wide as the longest one.
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(20)
        self.combo.addItem("", None)  # "nothing chosen yet" is a real, choosable state
        for choice in spec.choices:
            self.combo.addItem(choice.label[context.lang], choice.value)
        self._choices = self.combo.count()
        self.combo.currentIndexChanged.connect(self._edited)
        layout = on_grid(QHBoxLayout(self), spacing=TIGHT)
        layout.addWidget(self.combo)  # the whole row: a choice such as "Field visit during a meeting…" is long
        self.setFocusProxy(self.combo)

    def value(self) -> str:
        data = self.combo.currentData(_ID_ROLE)
        return data if isinstance(data, str) else ""

    def _display(self, value: Any) -> None:
        while self.combo.count() > self._choices:  # drop a kept unknown value from a previous record
            self.combo.removeItem(self.combo.count() - 1)
        text = as_text(value).strip()
        if not text:
            self.combo.setCurrentIndex(0)
            return
        chosen = _choice_for(self.spec, text)
        if chosen is None:
            # A draft value that is no longer a choice: shown as it is (not lost), and the validator flags it.
            self.combo.addItem(text, text)
            self.combo.setCurrentIndex(self.combo.count() - 1)
        else:
            self.combo.setCurrentIndex(self.combo.findData(chosen, _ID_ROLE))


class SelectMultipleWidget(FieldWidget):
    """Check boxes in a grid (mirrored by Qt in a right-to-left window); values in the form's order.

    The grid has as many columns as fit (at most three, two for long labels), so that a narrow window gets one
    column rather than a form wider than the screen.
    """

    SPACING = 16

    def __init__(self, spec: FieldSpec, context: FieldContext, parent: QWidget | None = None) -> None:
        super().__init__(spec, context, parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(self.SPACING)
        self.grid.setVerticalSpacing(TIGHT)
        # The widget may be narrower than the current arrangement: resizeEvent then re-arranges it.
        self.grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        labels = [choice.label[context.lang] for choice in spec.choices]
        self.max_columns = 2 if max((len(label) for label in labels), default=0) > 24 else 3
        self.columns = self.max_columns
        self.boxes: dict[str, QCheckBox] = {}
        for choice in spec.choices:
            self._add_box(choice.value, choice.label[context.lang])
        self._extra: list[str] = []  # raw items that are no choice, kept as checked boxes so nothing is lost
        self._arrange(self.columns)
        first = next(iter(self.boxes.values()), None)
        if first is not None:
            self.setFocusProxy(first)

    def _add_box(self, value: str, label: str) -> QCheckBox:
        box = QCheckBox(label, self)
        box.toggled.connect(self._edited)
        self.boxes[value] = box
        self._arrange(self.columns)
        return box

    def _arrange(self, columns: int) -> None:
        self.columns = columns
        for box in self.boxes.values():
            self.grid.removeWidget(box)
        for index, box in enumerate(self.boxes.values()):
            # Sized to its text, not to the column: what looks like the box is what takes the click.
            self.grid.addWidget(box, index // columns, index % columns, Qt.AlignmentFlag.AlignLeading)
        for column in range(self.max_columns):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        self.updateGeometry()

    def _cell_width(self) -> int:
        return max((box.sizeHint().width() for box in self.boxes.values()), default=0) + self.SPACING

    def minimumSizeHint(self) -> QSize:
        return QSize(self._cell_width(), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        fitting = max(1, min(self.max_columns, (event.size().width() + self.SPACING) // max(1, self._cell_width())))
        if fitting != self.columns:
            self._arrange(fitting)

    def focus_widgets(self) -> list[QWidget]:
        return list(self.boxes.values())

    def value(self) -> Any:
        chosen = [value for value, box in self.boxes.items() if box.isChecked()]
        return chosen or ""

    def _display(self, value: Any) -> None:
        for extra in self._extra:
            box = self.boxes.pop(extra)
            self.grid.removeWidget(box)
            box.hide()
            box.deleteLater()
        if self._extra:
            self._arrange(self.columns)
        self._extra = []
        items = _items(value)
        wanted = set()
        for item in items:
            chosen = _choice_for(self.spec, item)
            if chosen is None:
                chosen = as_text(item)
                if chosen not in self.boxes:
                    self._add_box(chosen, chosen)
                    self._extra.append(chosen)
            wanted.add(chosen)
        for name, box in self.boxes.items():
            box.setChecked(name in wanted)


def _items(value: Any) -> list[Any]:
    """The items of a stored list, or of a raw draft value such as "olives, argan" (the parser's separators)."""
    if value is None or value == "":
        return []
    if isinstance(value, (list, tuple)):
        return list(value)
    if isinstance(value, str):
        return [part.strip() for part in re.split(r"[,،;]", value) if part.strip()]
    return [value]


class _RecordCombo(QComboBox):
    """An editable combo box whose list is filled from the store when it opens (the store may have changed)."""

    def __init__(self, owner: ReferenceWidget) -> None:
        super().__init__(owner)
        self.owner = owner

    def showPopup(self) -> None:
        self.owner.fill_list()
        super().showPopup()


class ReferenceWidget(FieldWidget):
    """Pick another record by typing part of its title (type-ahead) or from the list; the value is its id.

    Text typed but not chosen from the suggestions is returned as typed: a draft keeps it, and the validator
    refuses it as a final value. Typing alone does not emit `value_changed` (half a name is not an error yet):
    choosing a record does, and so does leaving the field with text that names no record.
    """

    def __init__(self, spec: FieldSpec, context: FieldContext, parent: QWidget | None = None) -> None:
        super().__init__(spec, context, parent)
        self.form = spec.form or ""
        self.record_id: str | None = None
        self._typed_since_change = False
        self.combo = _RecordCombo(self)
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(20)
        self.combo.lineEdit().setPlaceholderText(self.tr("Type part of the name…"))
        self._align_typed = follow_text_direction(self.combo.lineEdit(), watch_layout=False)
        self.matches = QStandardItemModel(self)
        self.completer = QCompleter(self.matches, self)
        # The store already chose and ranked the matches (in Arabic, by part of a name): show them unfiltered.
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        # On the line edit, not through QComboBox.setCompleter, which would map the choice into the combo's rows.
        self.combo.lineEdit().setCompleter(self.completer)
        self.completer.activated[QModelIndex].connect(self._completion_chosen)
        self.combo.lineEdit().textEdited.connect(self._typed)
        self.combo.lineEdit().editingFinished.connect(self._finished)
        self.combo.activated.connect(self._list_chosen)
        layout = on_grid(QHBoxLayout(self), spacing=TIGHT)
        layout.addWidget(self.combo)  # the whole row: record titles are long
        self.setFocusProxy(self.combo)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:  # the window's side, for an empty box's caret
            self._align_typed()

    def value(self) -> str:
        if self.record_id is not None:
            return self.record_id
        return self.combo.currentText().strip()

    def _display(self, value: Any) -> None:
        text = as_text(value).strip()
        title = self.context.record_title(text) if text else None
        self.record_id = text if title is not None else None
        self._typed_since_change = False
        self.combo.setCurrentIndex(-1)
        self._show_text(title if title is not None else text)

    def _show_text(self, text: str) -> None:
        self.combo.setEditText(text)
        self.combo.lineEdit().setCursorPosition(0)  # the start of a long title, not its end

    def fill_list(self) -> None:
        with self.loading():
            text = self.combo.currentText()
            self.combo.clear()
            for record_id, title in self.context.search_records(self.form, "", 200):
                self.combo.addItem(title, record_id)
            self.combo.setCurrentIndex(self.combo.findData(self.record_id, _ID_ROLE) if self.record_id else -1)
            self.combo.setEditText(text)

    def _typed(self, text: str) -> None:
        self.record_id = None
        self.matches.clear()
        if text.strip():
            for record_id, title in self.context.search_records(self.form, text.strip()):
                item = QStandardItem(title)
                item.setData(record_id, _ID_ROLE)
                self.matches.appendRow(item)
            self.completer.complete()
        self._typed_since_change = True

    def _completion_chosen(self, index: QModelIndex) -> None:
        self._choose(index.data(_ID_ROLE), index.data(Qt.ItemDataRole.DisplayRole))

    def _list_chosen(self, row: int) -> None:
        self._choose(self.combo.itemData(row, _ID_ROLE), self.combo.itemText(row))

    def _choose(self, record_id: Any, title: Any) -> None:
        if not isinstance(record_id, str) or record_id == self.record_id:
            return
        self.record_id = record_id
        self._typed_since_change = False
        with self.loading():
            self._show_text(as_text(title))
        self._edited()

    def _finished(self) -> None:
        # Typing a whole title exactly and leaving the field picks that record, as if chosen from the list.
        text = self.combo.currentText().strip()
        if self.record_id is None and text:
            exact = [rid for rid, title in self.context.search_records(self.form, text) if title == text]
            if len(exact) == 1:
                self._choose(exact[0], text)
                return
        if self._typed_since_change:
            self._typed_since_change = False
            self._edited()
