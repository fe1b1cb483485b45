"""Conflicts after a merge: the list, and the two versions side by side, field by field, to choose from."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.display import format_value, isolate_ltr, record_title
from app.core.errors import TaawunError
from app.core.shown import PARAM_LIMIT, shown_text
from app.db.conflicts import Conflict, list_conflicts, resolve_conflict
from app.ui.dialogs import MessageDialog
from app.ui.services import Services


class ConflictsView(QGroupBox):
    conflict_resolved = Signal(str)  # record id

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setTitle(self.tr("Conflicts to review"))
        self.items: list[Conflict] = []
        layout = QHBoxLayout(self)
        self.list = QTableWidget(0, 2)
        self.list.setHorizontalHeaderLabels([self.tr("Record"), self.tr("Changed on both laptops")])
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.list.verticalHeader().setVisible(False)
        layout.addWidget(self.list, 1)

        detail = QVBoxLayout()
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # it names authors and laptops: never read as HTML
        self.summary.setWordWrap(True)
        self.fields = QTableWidget(0, 4)
        self.fields.setHorizontalHeaderLabels([self.tr("Field"), self.tr("This laptop"), self.tr("Other laptop"),
                                               self.tr("Keep")])  # fmt: skip
        self.fields.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.fields.verticalHeader().setVisible(False)
        self.fields.setWordWrap(True)
        buttons = QHBoxLayout()
        self.keep_mine = QPushButton(self.tr("Keep this laptop's version"))
        self.keep_theirs = QPushButton(self.tr("Keep the other version"))
        self.apply_choices = QPushButton(self.tr("Keep the chosen fields"))
        for button in (self.keep_mine, self.keep_theirs, self.apply_choices):
            buttons.addWidget(button)
        detail.addWidget(self.summary)
        detail.addWidget(self.fields, 1)
        detail.addLayout(buttons)
        layout.addLayout(detail, 2)

        self.list.currentCellChanged.connect(lambda *_: self._show_selected())
        self.keep_mine.clicked.connect(lambda: self.resolve("mine"))
        self.keep_theirs.clicked.connect(lambda: self.resolve("theirs"))
        self.apply_choices.clicked.connect(self.resolve_by_field)
        self.refresh()

    def refresh(self) -> None:
        self.items = list_conflicts(self.services.store)
        lang = self.services.lang
        self.list.setRowCount(len(self.items))
        for row, conflict in enumerate(self.items):
            form = self.services.store.forms.get(conflict.form)
            title = record_title(form, conflict.theirs.data or conflict.mine.data, lang, isolate=True)
            labels = [self._label(conflict, name) for name in conflict.differing_fields()]
            for column, text in enumerate((f"{shown_text(form.label[lang])}: {title}", "، ".join(labels) if lang == "ar"
                                           else ", ".join(labels))):  # fmt: skip
                self.list.setItem(row, column, QTableWidgetItem(text))
        self.setTitle(self.tr("Conflicts to review (%1)").replace("%1", str(len(self.items))))
        self.list.setCurrentCell(0 if self.items else -1, 0)
        self._show_selected()

    def selected(self) -> Conflict | None:
        row = self.list.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _label(self, conflict: Conflict, name: str) -> str:
        spec = self.services.store.forms.get(conflict.form).field(name)
        return shown_text(spec.label[self.services.lang] if spec is not None else name)

    def _show_selected(self) -> None:
        conflict = self.selected()
        for button in (self.keep_mine, self.keep_theirs, self.apply_choices):
            button.setEnabled(conflict is not None)
        if conflict is None:
            self.summary.setText(self.tr("No conflict: every change merged cleanly."))
            self.fields.setRowCount(0)
            return
        mine, theirs = conflict.mine, conflict.theirs
        self.summary.setText(self.tr("This laptop: %1 on %2, %3. Other laptop: %4 on %5, %6.")
                             .replace("%1", shown_text(mine.author)).replace("%2", shown_text(mine.device_name))
                             .replace("%3", isolate_ltr(mine.changed_at[:16].replace("T", " ")))
                             .replace("%4", shown_text(theirs.author)).replace("%5", shown_text(theirs.device_name))
                             .replace("%6", isolate_ltr(theirs.changed_at[:16].replace("T", " "))))  # fmt: skip
        form = self.services.store.forms.get(conflict.form)
        names = conflict.differing_fields()
        self.fields.setRowCount(len(names))
        lang = self.services.lang
        for row, name in enumerate(names):
            spec = form.field(name)
            cells = [self._label(conflict, name)]
            for version in (mine, theirs):
                value = version.data.get(name)
                text = format_value(spec, value, lang, isolate=True) if spec is not None and value is not None else (
                    "" if value is None else str(value))  # fmt: skip
                cells.append(shown_text(text, multiline=True, limit=PARAM_LIMIT))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.fields.setItem(row, column, item)
            choice = QComboBox()
            choice.addItem(self.tr("This laptop"), "mine")
            choice.addItem(self.tr("Other laptop"), "theirs")
            # The version shown meanwhile (the newer one) is the default choice.
            choice.setCurrentIndex(1 if conflict.shown_hlc == theirs.hlc else 0)
            self.fields.setCellWidget(row, 3, choice)
        self.fields.resizeRowsToContents()

    def field_choices(self) -> dict[str, str]:
        conflict = self.selected()
        if conflict is None:
            return {}
        return {name: self.fields.cellWidget(row, 3).currentData()  # type: ignore[union-attr]
                for row, name in enumerate(conflict.differing_fields())}  # fmt: skip

    def resolve(self, keep: str) -> None:
        self._resolve(keep, None)

    def resolve_by_field(self) -> None:
        self._resolve("mine", self.field_choices())

    def _resolve(self, keep: str, fields: dict[str, str] | None) -> None:
        conflict = self.selected()
        if conflict is None:
            return
        try:
            resolve_conflict(self.services.store, conflict.id, keep=keep, fields=fields)
        except TaawunError as error:
            MessageDialog.show_error(self, error.message(self.services.lang))
            return
        self.refresh()
        self.conflict_resolved.emit(conflict.record_id)
