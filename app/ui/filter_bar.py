"""The filters above a list: place, the form's choice filters (a sector, a challenge...), dates, agent, state, open
follow-up; combinable, remembered. Which of them a list offers is declared in its form's file
(app/core/form_behaviour.py)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.core.dates import date_hint, show_date
from app.core.fields import BadValue, parse_date
from app.core.files import FileNotWritten, Replace, replace_file, write_text_atomically
from app.core.form_behaviour import list_behaviour
from app.core.forms import FieldSpec, FormRegistry
from app.core.messages import translate
from app.core.places import official_places
from app.db.list_filters import Filters, applicable, distinct_values
from app.ui.flow_layout import FlowLayout
from app.ui.forms.invalid_frame import mark_invalid
from app.ui.grid import TIGHT
from app.ui.services import Services
from app.ui.status import show_quietly

_DATE = FieldSpec(name="date", type="date", label={})


class RememberedFilters:
    """The filters of each list, kept in the data folder between runs (a damaged file gives no filters)."""

    def __init__(self, path: Path, *, replace: Replace = replace_file) -> None:
        self.path = path
        self.replace = replace

    def load(self, form: str) -> Filters:
        try:
            stored = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return Filters()
        return Filters.from_json(stored.get(form) if isinstance(stored, dict) else None)

    def save(self, form: str, filters: Filters) -> None:
        """Raises `FileNotWritten` when the disk refuses: the filters still apply, only not remembered."""
        try:
            stored = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            stored = {}
        if not isinstance(stored, dict):
            stored = {}
        stored[form] = filters.as_json()
        try:
            write_text_atomically(self.path, json.dumps(stored, ensure_ascii=False), replace=self.replace)
        except OSError as error:
            raise FileNotWritten("filters_not_remembered", self.path, error) from None


class FilterBar(QWidget):
    filters_changed = Signal(object)  # Filters

    def __init__(self, services: Services, form: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.form = form
        forms: FormRegistry = services.store.forms
        self.usable = applicable(forms, form)
        self.memory = RememberedFilters(services.autosave.folder.parent / "list_filters.json")
        lang = services.lang
        self.any_text = translate("list_filter_any", lang)  # the same for every filter: see the message
        behaviour = list_behaviour(forms, form)
        # A choice filter offers the choices of its field in the form holding the place (a visit: its cooperative's
        # sectors), under that field's label.
        holder = forms.get(behaviour.place_form) if behaviour.place_form in forms else None
        self.choice_keys = tuple(behaviour.choices)
        # One row on a wide screen, two or three on a laptop's: each filter is its label over its box.
        layout = FlowLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.inputs: dict[str, QWidget] = {}

        def cell(label: str, widget: QWidget) -> QWidget:
            box = QWidget(self)
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(TIGHT)
            if label:
                column.addWidget(QLabel(label, box))
            column.addWidget(widget)
            return box

        def add(key: str, label: str, widget: QWidget) -> None:
            if key not in self.usable:
                widget.deleteLater()
                return
            if isinstance(widget, QComboBox):
                # A long choice ("Couverture sociale des membres") is elided in the closed box, shown whole in
                # the open list: the bar fits a 1366-pixel laptop screen in every language.
                widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                widget.setMinimumContentsLength(8)
            layout.addWidget(cell(label, widget))
            self.inputs[key] = widget

        add("province", self.tr("Province"), self._values_combo("province"))
        add("commune", self.tr("Commune"), self._values_combo("commune"))
        for key, field in behaviour.choices.items():
            spec = holder.field(field) if holder is not None else None
            combo = QComboBox()
            combo.addItem(self.any_text, None)
            for choice in spec.choices if spec is not None else ():
                combo.addItem(choice.label[lang], choice.value)
            add(key, spec.label[lang] if spec is not None else key, combo)
        for key, label in (("date_from", self.tr("From")), ("date_to", self.tr("To"))):
            edit = QLineEdit()
            edit.setPlaceholderText(date_hint(lang))  # typed in the language's format, or any form a date reads
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            edit.setMaximumWidth(110)
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("AAAA-MM-JJ") + 16)  # a whole date shows
            add(key, label, edit)
        add("agent", self.tr("Agent"), self._values_combo("agent"))
        state = QComboBox()
        state.addItem(self.any_text, None)
        state.addItem(self.tr("Draft"), "draft")
        state.addItem(self.tr("Final"), "final")
        add("state", self.tr("State"), state)
        add("open_follow_up", "", QCheckBox(self.tr("Open follow-up")))
        self.clear_button = QPushButton(self.tr("Clear filters"))
        layout.addWidget(self.clear_button)

        self.set_filters(self.memory.load(form))
        for widget in self.inputs.values():
            if isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self._changed)
            elif isinstance(widget, QLineEdit):
                widget.editingFinished.connect(self._changed)
            elif isinstance(widget, QCheckBox):
                widget.toggled.connect(self._changed)
        self.clear_button.clicked.connect(self.clear)

    def _values_combo(self, key: str) -> QComboBox:
        lang = self.services.lang

        def shown(value: str) -> str:  # an official province by its name, anything else as recorded
            province = official_places().province(value) if key == "province" else None
            return province.official(lang) if province is not None else value

        return _ValuesCombo(
            lambda: distinct_values(self.services.store.conn, self.services.store.forms, self.form, key),
            self.any_text,
            shown,
        )

    def filters(self) -> Filters:
        values: dict[str, object] = {}
        choices: list[tuple[str, str]] = []
        for key, widget in self.inputs.items():
            if key in self.choice_keys:
                if isinstance(widget, QComboBox) and widget.currentData():
                    choices.append((key, widget.currentData()))
            elif isinstance(widget, QComboBox):
                values[key] = widget.currentData()
            elif isinstance(widget, QLineEdit):
                values[key] = _iso_date(widget)
            elif isinstance(widget, QCheckBox):
                values[key] = widget.isChecked()
        return Filters(**values, choices=tuple(sorted(choices)))  # type: ignore[arg-type]

    def set_filters(self, filters: Filters) -> None:
        for key, widget in self.inputs.items():
            value = filters.choice(key) if key in self.choice_keys else getattr(filters, key)
            widget.blockSignals(True)
            if isinstance(widget, QComboBox):
                index = widget.findData(value) if value else 0
                if index < 0:  # a remembered place no longer in the list: offer it anyway
                    widget.addItem(str(value), value)
                    index = widget.count() - 1
                widget.setCurrentIndex(index)
            elif isinstance(widget, QLineEdit):
                widget.setText(show_date(value, self.services.lang))  # remembered ISO, shown as lists show dates
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            widget.blockSignals(False)

    def clear(self) -> None:
        self.set_filters(Filters())
        self._changed()

    def apply(self, filters: Filters) -> None:
        """Show these filters and filter the list by them (remembered, as if chosen)."""
        self.set_filters(filters)
        self._changed()

    def _changed(self) -> None:
        filters = self.filters()
        try:
            self.memory.save(self.form, filters)
        except FileNotWritten as error:
            show_quietly(self, error, self.services.lang)  # the list is filtered all the same
        self.filters_changed.emit(filters)


class _ValuesCombo(QComboBox):
    """The values found in the database, read when the list is first opened: finding every agent's name means
    reading every visit, which the list's opening must not wait for."""

    def __init__(self, values: Callable[[], list[str]], any_text: str, shown: Callable[[str], str] = str) -> None:
        super().__init__()
        self._values = values
        self._shown = shown
        self._filled = False
        self.addItem(any_text, None)

    def showPopup(self) -> None:
        if not self._filled:
            self._filled = True
            current = self.currentData()
            self.blockSignals(True)
            for value in self._values():
                if self.findData(value) < 0:
                    self.addItem(self._shown(value), value)
            self.setCurrentIndex(max(self.findData(current), 0) if current else 0)
            self.blockSignals(False)
        super().showPopup()


def _iso_date(edit: QLineEdit) -> str | None:
    """The typed date as ISO text; a date that does not read is marked and ignored."""
    text = edit.text().strip()
    if not text:
        mark_invalid(edit, False)
        return None
    try:
        value = parse_date(text, _DATE)
    except BadValue:
        mark_invalid(edit, True)  # the same red edge as a form's field with a problem
        return None
    mark_invalid(edit, False)
    return value
