"""Conflicts after a merge: the list, and the two versions side by side, field by field, to choose from.

A conflict found by an import of a sheet (a record changed since the export, and in the sheet) is reviewed here too;
its sides read "This laptop" (or "Other laptop", where the change since the export was made) and "Imported sheet",
whose file and row the summary names.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.dates import show_datetime
from app.core.display import format_value, isolate_ltr, isolate_name, record_title
from app.core.errors import TaawunError
from app.core.origin import imported_from
from app.core.shown import PARAM_LIMIT, shown_text
from app.db.store import Version
from app.sync.conflicts import Conflict, is_imported, list_conflicts, resolve_conflict
from app.ui.dialogs import MessageDialog
from app.ui.grid import GAP, on_grid
from app.ui.services import Services
from app.ui.words import labelled

FIELD_COLUMN, KEEP_COLUMN = 0, 3


class ConflictsView(QGroupBox):
    conflict_resolved = Signal(str)  # record id

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setTitle(self.tr("Conflicts to review"))
        self.items: list[Conflict] = []
        outer = on_grid(QVBoxLayout(self), margin=GAP)
        # With no conflict, one line says so and the panel takes no more room than that line.
        self.none_label = QLabel(self.tr("No conflict: every change merged cleanly."))
        self.none_label.setWordWrap(True)
        outer.addWidget(self.none_label)
        self.body = QWidget()
        outer.addWidget(self.body, 1)
        layout = on_grid(QHBoxLayout(self.body))
        # One column: the record's whole name (wrapped, never cut), and on a second line the fields at odds.
        self.list = QTableWidget(0, 1)
        self.list.setHorizontalHeaderLabels([self.tr("Record")])
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.list.verticalHeader().setVisible(False)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A name wraps anew, whole, whenever the column's width changes.
        self.list.horizontalHeader().sectionResized.connect(lambda *_: self._rows_timer.start())
        self._rows_timer = QTimer(self)
        self._rows_timer.setSingleShot(True)
        self._rows_timer.setInterval(0)  # once the view has taken its new width
        self._rows_timer.timeout.connect(self._fit_rows)
        layout.addWidget(self.list, 1)

        detail = on_grid(QVBoxLayout())
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # it names authors and laptops: never read as HTML
        self.summary.setWordWrap(True)
        self.fields = QTableWidget(0, 4)
        self.fields.setHorizontalHeaderLabels([self.tr("Field"), self.tr("This laptop"), self.tr("Other laptop"),
                                               self.tr("Keep")])  # fmt: skip
        header = self.fields.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(FIELD_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(KEEP_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self.fields.verticalHeader().setVisible(False)
        self.fields.setWordWrap(True)
        buttons = on_grid(QHBoxLayout())
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
            fields = ("، " if lang == "ar" else ", ").join(labels)
            item = QTableWidgetItem(labelled(shown_text(form.label[lang]), title) + f"\n{fields}")
            item.setToolTip(item.text())
            self.list.setItem(row, 0, item)
        self._fit_rows()
        self.setTitle(self.tr("Conflicts to review (%1)").replace("%1", str(len(self.items))))
        empty = not self.items
        self.body.setHidden(empty)
        self.none_label.setVisible(empty)
        vertical = QSizePolicy.Policy.Maximum if empty else QSizePolicy.Policy.Preferred
        self.setSizePolicy(QSizePolicy.Policy.Preferred, vertical)
        self.list.blockSignals(True)  # the details are filled once, below
        self.list.setCurrentCell(0 if self.items else -1, 0)
        self.list.blockSignals(False)
        self._show_selected()

    def _fit_rows(self) -> None:
        """Each row as tall as its text wrapped at the column's width, with room to spare: Qt's own measure
        (resizeRowsToContents) wraps at a width the cell does not have, and the last line was cut."""
        width = max(40, self.list.columnWidth(0) - 16)
        metrics = self.list.fontMetrics()
        for row in range(self.list.rowCount()):
            item = self.list.item(row, 0)
            text = item.text() if item is not None else ""
            needed = metrics.boundingRect(QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), text).height()
            self.list.setRowHeight(row, needed + 12)

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
        lang = self.services.lang
        words = self._side_words(conflict)
        self.fields.setHorizontalHeaderLabels([self.tr("Field"), words["mine"][0], words["theirs"][0], self.tr("Keep")])
        self.keep_mine.setText(words["mine"][1])
        self.keep_theirs.setText(words["theirs"][1])
        if self._found_by_import(conflict):
            self.summary.setText(self._side_sentence(mine, words["mine"][0]) + " " + self._sheet_sentence(theirs))
        else:
            # Names isolated (two Arabic names in a French line keep their order), moments in the one date format.
            self.summary.setText(self.tr("This laptop: %1 on %2, %3. Other laptop: %4 on %5, %6.")
                                 .replace("%1", isolate_name(mine.author)).replace("%2", isolate_name(mine.device_name))
                                 .replace("%3", isolate_ltr(show_datetime(mine.changed_at, lang)))
                                 .replace("%4", isolate_name(theirs.author))
                                 .replace("%5", isolate_name(theirs.device_name))
                                 .replace("%6", isolate_ltr(show_datetime(theirs.changed_at, lang))))  # fmt: skip
        form = self.services.store.forms.get(conflict.form)
        names = conflict.differing_fields()
        self.fields.setRowCount(0)  # the previous conflict's choice boxes go with their rows
        self.fields.setRowCount(len(names))
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
            choice.addItem(words["mine"][0], "mine")
            choice.addItem(words["theirs"][0], "theirs")
            # The version shown meanwhile (the newer one) is the default choice.
            choice.setCurrentIndex(1 if conflict.shown_hlc == theirs.hlc else 0)
            self.fields.setCellWidget(row, 3, choice)
        self.fields.resizeRowsToContents()

    @staticmethod
    def _found_by_import(conflict: Conflict) -> bool:
        """Is "theirs" a sheet's row, imported over a version typed somewhere (app.sync.conflicts)?"""
        return is_imported(conflict.theirs) and not is_imported(conflict.mine)

    def _side_words(self, conflict: Conflict) -> dict[str, tuple[str, str]]:
        """Each side's name (the columns, the choices) and its button's text."""
        here = (self.tr("This laptop"), self.tr("Keep this laptop's version"))
        other = (self.tr("Other laptop"), self.tr("Keep the other version"))
        if not self._found_by_import(conflict):
            return {"mine": here, "theirs": other}
        # The version the record held may have come from another laptop (merged after the export).
        elsewhere = (self.tr("Other laptop"), self.tr("Keep the other laptop's version"))
        held = here if conflict.mine.device == self.services.store.device_id else elsewhere
        return {"mine": held, "theirs": (self.tr("Imported sheet"), self.tr("Keep the sheet's version"))}

    def _side_sentence(self, version: Version, name: str) -> str:
        return (self.tr("%1: %2 on %3, %4.").replace("%1", name).replace("%2", isolate_name(version.author))
                .replace("%3", isolate_name(version.device_name))
                .replace("%4", isolate_ltr(show_datetime(version.changed_at, self.services.lang))))  # fmt: skip

    def _sheet_sentence(self, version: Version) -> str:
        found = imported_from(version.origin or "")
        file, row = found if found is not None else ("", 0)
        return (self.tr("Imported sheet: %1, row %2, imported by %3 on %4, %5.")
                .replace("%1", isolate_name(file)).replace("%2", str(row))
                .replace("%3", isolate_name(version.author)).replace("%4", isolate_name(version.device_name))
                .replace("%5", isolate_ltr(show_datetime(version.changed_at, self.services.lang))))  # fmt: skip

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
