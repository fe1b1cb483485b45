"""A list of the records of one form: filter, sortable table, "New"."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.form_behaviour import form_heading
from app.core.forms import FormSpec
from app.db.list_filters import Filters
from app.db.listing import RECORD_COLUMNS, ListQuery
from app.ui.cell_direction import TextDirectionDelegate
from app.ui.filter_bar import FilterBar
from app.ui.forms.direction import follow_text_direction
from app.ui.grid import on_grid
from app.ui.icons import icon
from app.ui.record_model import RecordTableModel
from app.ui.services import Services


def column_titles() -> dict[str, str]:
    """Headers and values of the record columns that are not form fields."""
    return {
        "state": QCoreApplication.translate("RecordList", "State"),
        "updated_at": QCoreApplication.translate("RecordList", "Last change"),
        "author": QCoreApplication.translate("RecordList", "Author"),
        "state_draft": QCoreApplication.translate("RecordList", "Draft"),
        "state_final": QCoreApplication.translate("RecordList", "Final"),
    }


def _either_direction(form: FormSpec, key: str) -> bool:
    """Whether a list column may hold text of either direction (a name, free text, an author), not only the
    window's (a state, a choice's label) or left to right (a date, a number)."""
    if key == "author":
        return True
    field = form.field(key)
    if field is None:
        return key not in RECORD_COLUMNS
    return not field.field_type.left_to_right and field.type not in ("select_one", "select_multiple")


class RecordTable(QTableView):
    """A table of records that opens one on Enter or double click."""

    open_requested = Signal(str)

    def __init__(self, model: RecordTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.horizontalHeader()
        # Newest change first. The indicator is set before sorting is enabled, which sorts once, by it: enabling
        # first would sort by the title column only to sort again.
        header.setSortIndicator(model.query_column(), Qt.SortOrder.DescendingOrder)
        self.setSortingEnabled(True)
        self.verticalHeader().setVisible(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(40)  # widths from the first rows, not from every loaded row
        # A long value ("Visite de terrain lors d'une rencontre…") is elided rather than squeezing the title column.
        header.setMaximumSectionSize(max(220, self.fontMetrics().horizontalAdvance("0") * 24))
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.setAlternatingRowColors(True)
        # An Arabic name in a French list elided at its end: the columns of names and free text only (a date, a
        # state or a choice's label reads in the window's direction, and the delegate's Python costs at each cell).
        delegate = TextDirectionDelegate(self)
        for column, spec in enumerate(model.columns):
            if _either_direction(model.form, spec.key):
                self.setItemDelegateForColumn(column, delegate)
        self.doubleClicked.connect(self._open_index)
        self.activated.connect(self._open_index)

    def record_model(self) -> RecordTableModel:
        model = self.model()
        assert isinstance(model, RecordTableModel)
        return model

    def _open_index(self, index: QModelIndex) -> None:
        record_id = self.record_model().record_id(index.row())
        if record_id:
            self.open_requested.emit(record_id)


class ListPage(QWidget):
    open_requested = Signal(str)
    new_requested = Signal(str)  # form name
    export_requested = Signal(object)  # the list's query as filtered on screen (a ListQuery)

    def __init__(self, services: Services, form_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.form = services.store.forms.get(form_name)
        layout = on_grid(QVBoxLayout(self))  # the window's own edge is around the page
        top = on_grid(QHBoxLayout())
        self.title = QLabel(f"<h2>{html.escape(form_heading(self.form, services.lang))}</h2>")
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter this list"))
        self.filter.setClearButtonEnabled(True)
        follow_text_direction(self.filter)  # Arabic from the right, French from the left, empty on the window's side
        # Room for a name, whatever the buttons beside it take (French ones are long).
        self.filter.setMinimumWidth(self.filter.fontMetrics().horizontalAdvance("0") * 18)
        self.new_button = QPushButton(icon("new"), self.tr("New (Ctrl+N)"))
        self.export_button = QPushButton(icon("export"), self.tr("Export to Excel…"))
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.filter, 2)
        top.addWidget(self.export_button)
        top.addWidget(self.new_button)
        layout.addLayout(top)
        self.filter_bar = FilterBar(services, form_name)
        layout.addWidget(self.filter_bar)
        query = ListQuery(form=form_name, filters=self.filter_bar.filters())
        self.model = RecordTableModel(services.store, query, lang=services.lang, column_titles=column_titles())
        self.table = RecordTable(self.model)
        layout.addWidget(self.table)
        self.count = QLabel()
        layout.addWidget(self.count)
        self.filter.textChanged.connect(self._filter_changed)
        self.filter_bar.filters_changed.connect(self._filters_changed)
        self.new_button.clicked.connect(lambda: self.new_requested.emit(self.form.name))
        self.export_button.clicked.connect(lambda: self.export_requested.emit(self.model.query))
        self.table.open_requested.connect(self.open_requested)
        self.filter.returnPressed.connect(self.table.setFocus)
        self.setTabOrder(self.filter, self.export_button)
        self.setTabOrder(self.export_button, self.new_button)
        self.setTabOrder(self.new_button, self.table)
        self._update_count()

    def _filter_changed(self, text: str) -> None:
        self.model.set_filter(text)
        self._update_count()

    def _filters_changed(self, filters: Filters) -> None:
        self.model.set_filters(filters)
        self._update_count()

    def _update_count(self) -> None:
        total = self.model.total
        if total is None:  # a filtered list not yet read to its end: what is loaded, and more
            self.count.setText(self.tr("%n record(s) or more", "", self.model.rowCount()))
        else:
            self.count.setText(self.tr("%n record(s)", "", total))

    def refresh(self) -> None:
        self.model.reload()
        self._update_count()

    def show_filtered(self, filters: Filters) -> None:
        """The list with these filters (and no text filter), as if chosen in its bar: the home's figures open the
        list behind them so. Filters the list does not offer are left out by its bar."""
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.blockSignals(False)
        self.model.set_filter("")
        self.filter_bar.apply(filters)
