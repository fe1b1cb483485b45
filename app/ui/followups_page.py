"""The Follow-ups page: every recommendation of the visits and workshops (app/db/followups.py), filtered by agent,
province, commune, cooperative and workshop, sorted by due date, the overdue ones in red; "Mark done…" (a date and a
note) and "Reopen" write one new version of the record; a double click opens the record; "Print…" writes the board
as a PDF (app/reports/followups_report.py) and "Export to Excel…" as an XLSX (app/exchange/followups_xlsx.py), each
on a worker thread. The words are message codes (app/core/messages/followups.py), shared with the command line."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.dates import show_date
from app.core.display import isolate_ltr
from app.core.files import windows_file_name
from app.core.messages import translate
from app.core.places import official_places
from app.core.shown import shown_text
from app.db import followups
from app.db.followups import PENDING, BoardFilters, Item
from app.db.list_filters import distinct_values
from app.ui.background import BackgroundRunner, Progress
from app.ui.busy import BusyDialog, show_failure
from app.ui.cell_direction import TextDirectionDelegate
from app.ui.grid import UNIT, on_grid
from app.ui.icons import icon
from app.ui.report_export import REPORT_LANGUAGES, documents_folder
from app.ui.services import Services

COLUMNS = ("followup_column_due", "followup_column_status", "followup_column_where", "followup_column_action",
           "followup_column_responsible", "followup_column_agent", "followup_column_done")  # fmt: skip
OVERDUE = QColor("#B71C1C")
SHOWN_MS = 8000


class FollowupsModel(QAbstractTableModel):
    """The board, lazily: its count, and pages of items read when first shown (100,000 visits are never read)."""

    def __init__(self, services: Services, filters: BoardFilters, today: dt.date) -> None:
        super().__init__()
        self.services = services
        self.lang = services.lang
        self.filters = filters
        self.today = today
        self.total = 0
        self._pages: dict[int, list[Item]] = {}
        self.reload()

    def reload(self, filters: BoardFilters | None = None, today: dt.date | None = None) -> None:
        self.beginResetModel()
        self.filters = filters or self.filters
        self.today = today or self.today
        store = self.services.store
        self.total = followups.board_count(store.conn, store.forms, self.filters, today=self.today)
        self._pages = {}
        self.endResetModel()

    def item(self, row: int) -> Item | None:
        if not 0 <= row < self.total:
            return None
        number = row // followups.PAGE
        if number not in self._pages:
            store = self.services.store
            self._pages[number] = followups.board_page(store.conn, store.forms, self.filters, today=self.today,
                                                       offset=number * followups.PAGE)  # fmt: skip
        page = self._pages[number]
        offset = row - number * followups.PAGE
        return page[offset] if offset < len(page) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.total

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(
                COLUMNS):  # fmt: skip
            return translate(COLUMNS[section], self.lang)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.item(index.row())
        if item is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(item, index.column(), tooltip=role == Qt.ItemDataRole.ToolTipRole)
        if role == Qt.ItemDataRole.ForegroundRole and item.status == "overdue":
            return QBrush(OVERDUE)
        if role == Qt.ItemDataRole.FontRole and item.draft:  # a draft's recommendation: in italics, "Draft"
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.FontRole and item.status == "overdue" and index.column() in (0, 1):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, item: Item, column: int, *, tooltip: bool) -> str:
        limit = None if tooltip else 200
        if column == 0:
            return isolate_ltr(show_date(item.due_date, self.lang)) if item.due_date else "—"
        if column == 1:
            return translate(followups.status_code(item), self.lang)
        if column == 2:
            return shown_text(" — ".join(part for part in (item.where, item.session) if part), limit=limit)
        if column == 3:
            return shown_text(item.action, limit=limit)
        if column == 4:
            return shown_text(item.responsible or "", limit=limit)
        if column == 5:
            return shown_text(item.agent or "", limit=limit)
        done = isolate_ltr(show_date(item.done_on, self.lang)) if item.done_on else ""
        return f"{done} — {shown_text(item.done_note, limit=limit)}" if item.done_note else done


class MarkDoneDialog(QDialog):
    """The day it was done (not after today) and a note."""

    def __init__(self, parent: QWidget | None, lang: str, today: dt.date) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("followup_done_title", lang))
        form = QFormLayout(self)
        self.date = QDateEdit(QDate(today.year, today.month, today.day))
        self.date.setCalendarPopup(True)
        self.date.setMaximumDate(QDate(today.year, today.month, today.day))
        self.date.setDisplayFormat("yyyy-MM-dd" if lang == "en" else "dd/MM/yyyy")
        self.date.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # dates stay left to right
        self.note = QPlainTextEdit()
        self.note.setMaximumHeight(self.note.fontMetrics().lineSpacing() * 5)
        form.addRow(translate("followup_done_date", lang), self.date)
        form.addRow(translate("followup_done_note", lang), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, lang: str, today: dt.date) -> tuple[dt.date, str] | None:
        dialog = cls(parent, lang, today)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.date.date().toPython(), dialog.note.toPlainText()  # type: ignore[return-value]


class BoardFiles:
    """Where to write the board; replaceable in tests."""

    @classmethod
    def save_as(cls, parent: QWidget | None, suggested: Path, kind: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(parent, "", str(suggested), f"{kind.upper()} (*.{kind})")
        return Path(chosen) if chosen else None


class FollowupsPage(QWidget):
    open_requested = Signal(str)
    data_changed = Signal()  # a mark was written: the lists and the navigation's count read again
    file_written = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] = followups.local_today) -> None:  # fmt: skip
        super().__init__(parent)
        self.services = services
        self.lang = services.lang
        self.today = today
        self.runner = BackgroundRunner()
        self.busy = BusyDialog()
        layout = on_grid(QVBoxLayout(self))
        top = on_grid(QHBoxLayout())
        self.title = QLabel()
        self.overdue = QLabel()
        self.overdue.setStyleSheet(f"color: {OVERDUE.name()}; font-weight: bold")
        self.language = QComboBox()
        for code, name in REPORT_LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex([code for code, _ in REPORT_LANGUAGES].index(self.lang))
        self.print_button = QPushButton(icon("pdf"), self.t("followup_print"))
        self.export_button = QPushButton(icon("export"), self.t("followup_export"))
        top.addWidget(self.title)
        top.addWidget(self.overdue)
        top.addStretch(1)
        layout.addLayout(top)
        layout.addLayout(self._filter_row())
        # A period of the home's figures (a recommendations tile clicked): said, and taken off with one click.
        self.period: BoardFilters | None = None  # its made_from, made_to, form and final_only
        period_row = on_grid(QHBoxLayout())
        self.period_label = QLabel()
        self.period_clear = QPushButton(self.t("followup_period_clear"))
        self.period_clear.clicked.connect(self.clear_period)
        period_row.addWidget(self.period_label)
        period_row.addWidget(self.period_clear)
        period_row.addStretch(1)
        layout.addLayout(period_row)
        self.period_label.hide()
        self.period_clear.hide()
        self.model = FollowupsModel(services, self.filters(), today())
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((13, 13, 26, 0, 14, 12, 14)):  # the status wide enough for « منجزة (مسودة) »
            if width:
                self.table.setColumnWidth(column, self.fontMetrics().horizontalAdvance("0") * width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        # An Arabic name in a French board (or the other way) elided at its own end (app/ui/cell_direction.py).
        self.direction_delegate = TextDirectionDelegate(self.table)
        for column in (2, 3, 4, 5, 6):
            self.table.setItemDelegateForColumn(column, self.direction_delegate)
        self.table.doubleClicked.connect(self._open)
        layout.addWidget(self.table, 1)
        bottom = on_grid(QHBoxLayout())
        self.count = QLabel()
        self.done_button = QPushButton(icon("finalise"), self.t("followup_mark_done"))
        self.reopen_button = QPushButton(self.t("followup_reopen"))
        bottom.addWidget(self.count)
        bottom.addStretch(1)
        bottom.addWidget(QLabel(self.t("followup_language")))
        bottom.addWidget(self.language)
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.export_button)
        bottom.addSpacing(UNIT * 4)
        bottom.addWidget(self.reopen_button)
        bottom.addWidget(self.done_button)
        layout.addLayout(bottom)
        self.done_button.clicked.connect(self.mark_done)
        self.reopen_button.clicked.connect(self.reopen)
        self.print_button.clicked.connect(lambda: self.write_file("pdf"))
        self.export_button.clicked.connect(lambda: self.write_file("xlsx"))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_heading()

    def t(self, code: str, **params: Any) -> str:
        return translate(code, self.lang, **params)

    # --- filters -------------------------------------------------------------------------------------------------

    def _filter_row(self) -> QGridLayout:
        """Two rows of three filters, each its label and its list."""
        row = on_grid(QGridLayout())
        store = self.services.store
        self.status = QComboBox()
        for code, value in (("followup_filter_pending", PENDING), ("followup_status_overdue", "overdue"),
                            ("followup_status_open", "open"), ("followup_status_done", "done"),
                            ("followup_status_draft", "draft"), ("followup_filter_any", None)):  # fmt: skip
            self.status.addItem(self.t(code), value)
        places = {key: sorted({*distinct_values(store.conn, store.forms, "visit", key),
                               *distinct_values(store.conn, store.forms, "workshop", key)}) for key in
                  ("province", "commune")}  # fmt: skip
        agents = sorted({*distinct_values(store.conn, store.forms, "visit", "agent"),
                         *distinct_values(store.conn, store.forms, "workshop", "agent")})  # fmt: skip
        official = official_places()
        self.province = self._box([(official.province(p).official(self.services.lang) if official.province(p) else p, p)
                                   for p in places["province"]])  # fmt: skip
        self.commune = self._box([(c, c) for c in places["commune"]])
        self.agent = self._box([(a, a) for a in agents])
        self.cooperative = self._box(self._titles("cooperative"))
        self.workshop = self._box(self._titles("workshop"))
        for code, box in (("followup_filter_status", self.status), ("followup_column_province", self.province),
                          ("followup_filter_commune", self.commune), ("followup_column_agent", self.agent),
                          ("followup_filter_cooperative", self.cooperative),
                          ("followup_filter_workshop", self.workshop)):  # fmt: skip
            place = row.count() // 2
            row.addWidget(QLabel(self.t(code)), place // 3, 2 * (place % 3))
            row.addWidget(box, place // 3, 2 * (place % 3) + 1)
            box.currentIndexChanged.connect(lambda *_: self.refresh())
        for column in (1, 3, 5):
            row.setColumnStretch(column, 1)
        return row

    def _titles(self, form: str) -> list[tuple[str, str]]:
        store = self.services.store
        if form not in store.forms:
            return []
        field = store.forms.get(form).title_fields[0]
        rows = store.conn.execute(f"SELECT id, trim(json_extract(data, '$.{field}')) FROM records WHERE form = ?"
                                  " AND deleted = 0", (form,))  # fmt: skip
        return sorted(((str(shown_text(title)), record_id) for record_id, title in rows if title), key=lambda p: p[0])

    def _box(self, entries: list[tuple[str, str]]) -> QComboBox:
        box = QComboBox()
        box.addItem(self.t("followup_filter_any"), None)
        for text, value in entries:
            box.addItem(shown_text(text, limit=60), value)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(6)
        return box

    def filters(self) -> BoardFilters:
        period = self.period or BoardFilters()
        return BoardFilters(status=self.status.currentData(), province=self.province.currentData(),
                            commune=self.commune.currentData(), agent=self.agent.currentData(),
                            cooperative=self.cooperative.currentData(), workshop=self.workshop.currentData(),
                            made_from=period.made_from, made_to=period.made_to, form=period.form,
                            final_only=period.final_only)  # fmt: skip

    # --- reading -------------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.model.reload(self.filters(), self.today())
        self._update_heading()

    def show_overdue(self) -> None:
        """Only the overdue items, whatever the other filters said (the home's count of them clicked)."""
        self.show_period(None, status="overdue")

    def show_period(self, request: BoardFilters | None, *, status: str | None) -> None:
        """The items with `status` (None: any) of the period, province and form of `request` (a recommendations
        tile of the home clicked: its `made_from`, `made_to`, `province`, `form`, `final_only`), the other filters
        cleared; no period when `request` is None."""
        province = None if request is None else request.province
        for box in (self.province, self.commune, self.agent, self.cooperative, self.workshop):
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        if province is not None:
            self.province.blockSignals(True)
            if self.province.findData(province) < 0:  # a province the items do not name (yet): offered all the same
                self.province.addItem(province, province)
            self.province.setCurrentIndex(self.province.findData(province))
            self.province.blockSignals(False)
        self.status.blockSignals(True)
        self.status.setCurrentIndex(next(i for i in range(self.status.count()) if self.status.itemData(i) == status))
        self.status.blockSignals(False)
        self.period = request
        if request is not None and request.made_from and request.made_to:
            self.period_label.setText(self.t("followup_period_shown", start=isolate_ltr(show_date(
                request.made_from, self.lang)), end=isolate_ltr(show_date(request.made_to, self.lang))))  # fmt: skip
        self.period_label.setVisible(request is not None)
        self.period_clear.setVisible(request is not None)
        self.refresh()

    def clear_period(self) -> None:
        """Every period again (the other filters as they are)."""
        self.period = None
        self.period_label.hide()
        self.period_clear.hide()
        self.refresh()

    def overdue_count(self) -> int:
        return followups.overdue_count(self.services.store, today=self.today())

    def _update_heading(self) -> None:
        self.title.setText(f"<h2>{html.escape(self.t('followup_report_title'))}</h2>")
        overdue = self.overdue_count()
        self.overdue.setText(self.t("followup_page_overdue", count=overdue) if overdue else "")
        self.count.setText(self.t("followup_shown", count=self.model.total))
        self._update_buttons()

    def _update_buttons(self) -> None:
        item = self.selected()
        self.done_button.setEnabled(item is not None and item.status != "done")
        self.reopen_button.setEnabled(item is not None and item.status == "done")

    def selected(self) -> Item | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.item(rows[0].row()) if rows else None

    def _open(self, index: QModelIndex) -> None:
        item = self.model.item(index.row())
        if item is not None:
            self.open_requested.emit(item.record_id)

    # --- marking -------------------------------------------------------------------------------------------------

    def mark_done(self) -> None:
        item = self.selected()
        if item is None:
            return
        answer = MarkDoneDialog.ask(self, self.lang, self.today())
        if answer is None:
            return
        day, note = answer
        self._write(lambda: followups.mark_done(self.services.store, item.record_id, item.index, done_on=day,
                                                note=note))  # fmt: skip

    def reopen(self) -> None:
        item = self.selected()
        if item is not None:
            self._write(lambda: followups.mark_open(self.services.store, item.record_id, item.index))

    def _write(self, change: Callable[[], None]) -> None:
        try:
            change()
        except Exception as error:  # noqa: BLE001 - a known condition is shown; a bug is raised again
            show_failure(self, self.lang, error)
            return
        self.refresh()
        self.data_changed.emit()

    # --- files ---------------------------------------------------------------------------------------------------

    def write_file(self, kind: str) -> None:
        lang = self.language.currentData()
        name = windows_file_name(f"{translate('followup_report_title', lang)} {self.today().isoformat()}.{kind}",
                                 limit=84, fallback="taawun")  # fmt: skip
        target = BoardFiles.save_as(self, documents_folder() / name, kind)
        if target is None:
            return
        if target.suffix.lower() != f".{kind}":
            target = target.with_name(f"{target.name}.{kind}")
        services, filters, today = self.services, self.filters(), self.today()

        def work(progress: Progress) -> Path:
            with services.open_worker_store() as store:
                if kind == "pdf":
                    from app.reports import write_pdf
                    from app.reports.followups_report import build_followups_report

                    report = build_followups_report(store, filters, lang=lang, today=today,
                                                    organisation=services.settings.organisation)  # fmt: skip
                    write_pdf(target, report.pdf)
                else:
                    from app.exchange.followups_xlsx import export_followups

                    export_followups(store, filters, target, lang=lang, today=today)
            return target

        self.busy.show(self, self.t(f"followup_{'print' if kind == 'pdf' else 'export'}"))
        self.runner.run(work, on_success=self._written, on_failure=self._failed)

    def _written(self, path: Path) -> None:
        self.busy.close()
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(self.t("followup_written", path=isolate_ltr(str(path))), SHOWN_MS)
        self.file_written.emit(str(path))

    def _failed(self, error: BaseException) -> None:
        self.busy.close()
        show_failure(self, self.lang, error)
