"""Search over everything (Ctrl+F): results as the user types, best first, one compact row each (form, title, date,
agent, and the words found in bold), so a dozen fit a laptop screen and two visits of one day tell apart."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPainter, QPalette, QTextDocument, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.dates import show_date
from app.core.display import isolate_ltr, record_title
from app.core.errors import TaawunError
from app.core.forms import FormSpec
from app.core.shown import shown_text
from app.db.search import SearchHit
from app.db.store import Record
from app.ui.forms.direction import follow_text_direction
from app.ui.grid import on_grid
from app.ui.icons import icon
from app.ui.services import Services
from app.ui.words import labelled

TYPING_PAUSE_MS = 200  # search when the user pauses, not at every key
HTML_ROLE = Qt.ItemDataRole.UserRole + 1  # a cell drawn as rich text (the snippet, its matches in bold)
COLUMNS = ("form", "title", "date", "agent", "found")


class _RichText(QStyledItemDelegate):
    """One line of rich text in a cell (bold matches), clipped to the cell, in the direction of its own text."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        text = index.data(HTML_ROLE)
        if not text:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is None:
            return
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        area: QRect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget)
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(0)
        layout = QTextOption()
        layout.setWrapMode(QTextOption.WrapMode.NoWrap)
        document.setDefaultTextOption(layout)
        document.setHtml(text)
        document.setTextWidth(area.width())
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        context = QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        top = area.top() + max(0, (area.height() - int(document.size().height())) // 2)
        painter.translate(area.left(), top)
        context.clip = area.translated(-area.left(), -top).toRectF()
        painter.setClipRect(context.clip)
        document.documentLayout().draw(painter, context)
        painter.restore()


class _Results(QTableWidget):
    opened = Signal(str)

    def __init__(self) -> None:
        super().__init__(0, len(COLUMNS))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.verticalHeader().setVisible(False)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # one line each, all alike
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.setItemDelegateForColumn(COLUMNS.index("found"), _RichText(self))

    def count(self) -> int:
        return self.rowCount()

    def setCurrentRow(self, row: int) -> None:  # noqa: N802 - as QListWidget names it
        self.setCurrentCell(row, 0)

    def record_id(self, row: int) -> str | None:
        item = self.item(row, 0)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
            record_id = self.record_id(self.currentRow())
            if record_id:
                self.opened.emit(record_id)
                return
        super().keyPressEvent(event)


class SearchPage(QWidget):
    open_requested = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        layout = on_grid(QVBoxLayout(self))  # the window's own edge is around the page
        # The words out of the f-string: lupdate does not read inside one (the heading stayed English).
        self.heading = QLabel("<h2>" + html.escape(self.tr("Search")) + "</h2>")
        layout.addWidget(self.heading)
        self.box = QLineEdit()
        self.box.setPlaceholderText(self.tr("Search cooperatives, visits and workshops (Ctrl+F)"))
        self.box.setClearButtonEnabled(True)
        follow_text_direction(self.box)  # Arabic from the right, French from the left, empty on the window's side
        self.box.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        layout.addWidget(self.box)
        self.summary = QLabel()
        layout.addWidget(self.summary)
        self.results = _Results()
        self.results.setHorizontalHeaderLabels([self.tr("Form"), self.tr("Title"), self.tr("Date"), self.tr("Agent"),
                                                self.tr("Found")])  # fmt: skip
        layout.addWidget(self.results, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(TYPING_PAUSE_MS)
        self.timer.timeout.connect(self.run_search)
        self.box.textChanged.connect(lambda _text: self.timer.start())
        self.box.returnPressed.connect(self._enter_in_box)
        self.results.cellActivated.connect(self._open_row)
        self.results.cellDoubleClicked.connect(self._open_row)
        self.results.opened.connect(self.open_requested)
        self.setFocusProxy(self.box)

    def _open_row(self, row: int, _column: int = 0) -> None:
        record_id = self.results.record_id(row)
        if record_id:
            self.open_requested.emit(record_id)

    def _enter_in_box(self) -> None:
        self.timer.stop()
        self.run_search()
        if self.results.count():
            self.results.setCurrentRow(0)
            self.results.setFocus()

    def run_search(self) -> None:
        self.results.setRowCount(0)
        query = self.box.text().strip()
        if not query:
            self.summary.clear()
            return
        lang = self.services.lang
        try:
            hits = self.services.store.search(query, lang=lang)
        except TaawunError as error:
            self.summary.setText(error.message(lang))
            return
        self.summary.setText(self.tr("%n result(s)", "", len(hits)))
        self.results.setRowCount(len(hits))
        for row, hit in enumerate(hits):
            self._fill_row(row, hit)
        header = self.results.horizontalHeader()
        for column in range(len(COLUMNS) - 1):
            self.results.resizeColumnToContents(column)
            header.resizeSection(column, min(header.sectionSize(column), 320 if column == 1 else 200))

    def _fill_row(self, row: int, hit: SearchHit) -> None:
        lang = self.services.lang
        store = self.services.store
        form = store.forms.get(hit.form) if hit.form in store.forms else None
        record = store.get(hit.id)
        label = shown_text(form.label[lang]) if form is not None else hit.form
        found_label = ""
        if form is not None and hit.snippet.field:
            spec = form.field(hit.snippet.field)
            found_label = shown_text(spec.label[lang]) if spec is not None else ""
        snippet = hit.snippet.html()
        rich = (labelled(f"<span style='color: gray'>{html.escape(found_label)}", f"</span>{snippet}") if found_label
                else snippet)  # fmt: skip
        # The title as lists show it, its dates and numbers isolated: "2025-05-17" after an Arabic name would
        # otherwise read "17-05-2025".
        title = (record_title(form, record.data, lang, titles=lambda other: store.title_of(other, lang), isolate=True)
                 if form is not None else "") or shown_text(hit.title)  # fmt: skip
        cells = [label, title, isolate_ltr(_record_date(form, record, lang)), _agent(record),
                 hit.snippet.text("", "")]  # fmt: skip
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if column == 0:
                item.setData(Qt.ItemDataRole.UserRole, hit.id)
            if column == COLUMNS.index("found"):
                item.setData(HTML_ROLE, rich)
            self.results.setItem(row, column, item)

    def start(self) -> None:
        """Ctrl+F: the box takes the focus with its text selected, ready to type over."""
        self.box.setFocus()
        self.box.selectAll()


def _record_date(form: FormSpec | None, record: Record, lang: str) -> str:
    """The record's own date (a visit's day, a workshop's start): its first date field with a value; else the day
    it was last changed."""
    for spec in form.fields if form is not None else ():
        value = record.data.get(spec.name)
        if spec.type == "date" and isinstance(value, str) and value:
            return show_date(value, lang)
    return show_date(record.updated_at, lang)


def _agent(record: Record) -> str:
    """Who made the visit (its "agent" field, when the form has one), else who wrote the record."""
    agent = record.data.get("agent")
    return shown_text(agent.strip() if isinstance(agent, str) and agent.strip() else record.author)
