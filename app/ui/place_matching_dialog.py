"""File › Match provinces…: the official province proposed for each province typed as text (app/db/place_matching.py),
one row each with a check box; a person ticks the ones that are right and accepts them (the same `accept` as
`taawun places match --accept`: each a new version of its record, all or nothing)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import TaawunError
from app.core.messages import translate
from app.db.place_matching import Proposal, accept, proposals
from app.ui.dialogs import MessageDialog
from app.ui.services import Services

Index = QModelIndex | QPersistentModelIndex


class ProposalsModel(QAbstractTableModel):
    """One row per proposal: the record (ticked to accept), its form, the province as typed, the official one."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.rows: list[Proposal] = []
        self.ticked: list[bool] = []
        self.titles: list[str] = []

    def load(self, rows: list[Proposal]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.ticked = [True] * len(rows)  # proposed: ticked, a person unticks what is wrong
        store, lang = self.services.store, self.services.lang
        self.titles = [store.title_of(row.record_id, lang) or row.record_id for row in rows]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 4:
            return (self.tr("Record"), self.tr("Form"), self.tr("Province as typed"), self.tr("Official province"))[
                section
            ]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return Qt.CheckState.Checked if self.ticked[index.row()] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            lang = self.services.lang
            forms = self.services.store.forms
            form = forms.get(row.form).label[lang] if row.form in forms else row.form
            return (self.titles[index.row()], form, row.text, row.province.official(lang))[column]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != 0:
            return False
        self.ticked[index.row()] = Qt.CheckState(value) == Qt.CheckState.Checked
        self.dataChanged.emit(index, index, [role])
        return True

    def tick_all(self, ticked: bool) -> None:
        self.ticked = [ticked] * len(self.rows)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0), [Qt.ItemDataRole.CheckStateRole])

    def chosen(self) -> list[str]:
        return list(dict.fromkeys(row.record_id for row, ticked in zip(self.rows, self.ticked, strict=True) if ticked))


class PlaceMatchingDialog(QDialog):
    records_changed = Signal()  # proposals were accepted: the lists read their records again

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Match provinces"))
        self.resize(900, 520)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.model = ProposalsModel(services, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table)
        self.left_alone = QLabel(self)
        self.left_alone.setWordWrap(True)
        layout.addWidget(self.left_alone)
        ticks = QHBoxLayout()
        self.all_button = QPushButton(self.tr("Tick all"), self)
        self.none_button = QPushButton(self.tr("Tick none"), self)
        ticks.addWidget(self.all_button)
        ticks.addWidget(self.none_button)
        ticks.addStretch(1)
        layout.addLayout(ticks)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.accept_button = QPushButton(self.tr("Accept the ticked proposals"), self)
        buttons.addButton(self.accept_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.all_button.clicked.connect(lambda: self.model.tick_all(True))
        self.none_button.clicked.connect(lambda: self.model.tick_all(False))
        self.accept_button.clicked.connect(self.accept_ticked)
        self.model.dataChanged.connect(self._update_button)
        self.refresh()

    def refresh(self) -> None:
        proposed, alone = proposals(self.services.store)
        self.model.load(proposed)
        self.intro.setText(
            self.tr("These records give their province as text. Tick each official province that is right and accept:"
                    " each ticked record gets a new version with the province from the list.")
            if proposed else self.tr("No province typed as text to match to the official list.")
        )  # fmt: skip
        self.left_alone.setText(translate("places_left_alone", self.services.lang, count=len(alone)) if alone else "")
        self._update_button()

    def _update_button(self) -> None:
        self.accept_button.setEnabled(bool(self.model.chosen()))

    def accept_ticked(self) -> None:
        chosen = self.model.chosen()
        if not chosen:
            return
        try:
            accept(self.services.store, chosen)
        except TaawunError as error:
            MessageDialog.show_error(self, error.message(self.services.lang))
            self.refresh()  # what holds now (another window may have changed a record)
            return
        self.records_changed.emit()
        self.refresh()

    @classmethod
    def ask(cls, services: Services, parent: QWidget | None = None) -> bool:
        """Show the proposals; True when some were accepted (the window's lists then read again)."""
        dialog = cls(services, parent)
        changed: list[bool] = []
        dialog.records_changed.connect(lambda: changed.append(True))
        dialog.exec()
        return bool(changed)
