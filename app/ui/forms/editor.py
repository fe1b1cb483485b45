"""The form editor: any form rendered from its spec, with relevance and validation applied as the user types."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.core.errors import FieldProblem
from app.core.fields import is_empty
from app.core.forms import FormSpec
from app.core.validation import field_problems
from app.ui.forms.base import FieldWidget
from app.ui.forms.context import FieldContext
from app.ui.forms.rows import ERROR_COLOUR, FieldRow, align_labels, configure_form_layout, shown_fields
from app.ui.forms.widgets import create_field_widget
from app.ui.grid import GAP, TIGHT, on_grid


class FormEditor(QWidget):
    """Sections as group boxes, fields as labelled rows, inside a scroll area.

    Problems are shown under their field, in the context's language: live for the fields the user has edited
    since the record was loaded, and for every field after `validate()`. The editor never sets its own layout
    direction: the application sets right-to-left for Arabic, and only number, date, phone and GPS inputs force
    left-to-right on themselves.
    """

    changed = Signal()  # any edit by the user (not `set_data`): the window may mark the record dirty, autosave

    def __init__(self, form: FormSpec, context: FieldContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = form
        self.context = context
        self.rows: dict[str, FieldRow] = {}  # in visual order, top to bottom
        self._revealed = False  # after validate(draft=False): every field's problems are shown, not only edited

        content = QWidget()
        column = on_grid(QVBoxLayout(content), margin=GAP)
        # "* Required" as two plain labels: laid out by the window's direction even before "Required" is translated.
        legend = on_grid(QHBoxLayout(), spacing=TIGHT)
        star = QLabel("*", content)
        star.setStyleSheet(f"color: {ERROR_COLOUR};")
        legend.addWidget(star)
        legend.addWidget(QLabel(self.tr("Required"), content))
        legend.addStretch(1)
        column.addLayout(legend)
        for section in form.sections:
            box = QGroupBox(section.label[context.lang], content)
            layout = QFormLayout(box)
            configure_form_layout(layout)
            layout.setContentsMargins(GAP, GAP, GAP, GAP)
            for spec in section.fields:
                widget = create_field_widget(spec, context, box)
                row = FieldRow(spec, widget, context.lang, box)
                row.add_to(layout)
                widget.value_changed.connect(self._edited)
                widget.focus_chain_changed.connect(self._update_tab_order)
                self.rows[spec.name] = row
            column.addWidget(box)
        column.addStretch(1)
        widgets = {name: row.widget for name, row in self.rows.items()}
        for widget in widgets.values():
            widget.link_fields(widgets)
        align_labels(self.rows.values())

        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(content)
        outer = on_grid(QVBoxLayout(self))
        outer.addWidget(self.scroll)
        self._apply_relevance()
        self._update_tab_order()
        first = next(iter(self.rows.values()), None)
        if first is not None:  # `editor.setFocus()` puts the cursor in the first field
            self.setFocusProxy(first.widget)

    # --- values -------------------------------------------------------------------------------------------------
    def data(self) -> dict[str, Any]:
        """The raw values of the fields shown, empty ones left out: ready for `clean_record` (draft or final)."""
        raw = self._raw()
        shown = shown_fields(self.form.fields, raw)
        return {name: value for name, value in raw.items() if name in shown and not is_empty(value)}

    def set_data(self, data: Mapping[str, Any]) -> None:
        """Show a record (stored or draft values); fields it lacks are emptied. Emits no `changed`.

        Keys the form does not have (a field removed from a newer version of the form) have no widget and are left
        out of `data()`: the store's history keeps the version that had them.
        """
        for name, row in self.rows.items():
            row.widget.set_value(data.get(name))
        self.clear_problems()
        self._apply_relevance()
        self._update_tab_order()

    def field_widget(self, name: str) -> FieldWidget:
        return self.rows[name].widget

    def is_field_shown(self, name: str) -> bool:
        return self.rows[name].is_shown()

    # --- problems -----------------------------------------------------------------------------------------------
    def validate(self, draft: bool = False) -> list[FieldProblem]:
        """Check the whole record and show every problem under its field (group sub-fields included).

        `draft=True` returns only what blocks saving a draft. After a final check, every field stays marked:
        later edits keep updating every field's messages, so the user sees each problem go away as it is fixed.
        """
        problems = field_problems(self.form, self.data(), draft=draft)
        if not draft:
            self._revealed = True
        self._show(problems, reveal=True)
        return problems

    def focus_first_problem(self) -> bool:
        """Put the keyboard on the first field (top to bottom) that shows a problem; False if none does."""
        for row in self.rows.values():
            if row.focus_first_problem():
                target = self.window().focusWidget() or row
                self.scroll.ensureWidgetVisible(target if self.scroll.widget().isAncestorOf(target) else row, 50, 80)
                return True
        return False

    def clear_problems(self) -> None:
        """Hide every message and forget which fields were edited (after loading or saving a record)."""
        self._revealed = False
        for row in self.rows.values():
            row.clear()

    def problem_text(self, path: str) -> str:
        """The message shown for a path such as `visit_date` or `recommendations[2].action` ("" if none)."""
        name, bracket, rest = path.partition("[")
        row = self.rows.get(name)
        if row is None:
            return ""
        return row.widget.sub_problem_text(bracket + rest) if bracket else row.message_text()

    # --- live behaviour -----------------------------------------------------------------------------------------
    def _raw(self) -> dict[str, Any]:
        return {name: row.widget.value() for name, row in self.rows.items()}

    def _apply_relevance(self) -> None:
        shown = shown_fields(self.form.fields, self._raw())
        for name, row in self.rows.items():
            row.set_shown(name in shown)

    def _edited(self) -> None:
        # The row has already marked itself touched (it connected first); relevance, then messages, can follow.
        self._apply_relevance()
        self._show(field_problems(self.form, self.data(), draft=False), reveal=self._revealed)
        self.changed.emit()

    def _show(self, problems: list[FieldProblem], *, reveal: bool) -> None:
        for name, row in self.rows.items():
            row.show_problems([p for p in problems if p.path == name or p.path.startswith(name + "[")], reveal=reveal)

    def _update_tab_order(self) -> None:
        # Qt chains widgets in creation order; entries added to a group later would come last. Chain explicitly.
        chain = [widget for row in self.rows.values() for widget in row.widget.focus_widgets()]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
