"""Likely duplicates in the window: the note a new record's page shows when it may duplicate others (its names,
non-blocking, looked for on a worker: app/db/duplicate_check.py), and File › Possible duplicates… (also worth a look
after a merge), where a person joins two records into one (app/db/duplicates.py, app/db/joining.py), or marks a pair
as not the same, so that it is no longer proposed (app/db/distinct_pairs.py; for good, on every laptop)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.core.display import isolate_name, window_message
from app.core.errors import TaawunError
from app.db.distinct_pairs import mark_distinct
from app.db.duplicate_check import Candidate
from app.db.duplicates import Pair, find_duplicates, reasons_text
from app.db.joining import join
from app.ui.cell_direction import TextDirectionDelegate
from app.ui.dialogs import ConfirmDialog, MessageDialog
from app.ui.grid import on_grid
from app.ui.services import Services

SHOWN_AT_MOST = 5  # names in a new record's note; the dialog lists every pair


def duplicate_note(found: tuple[Candidate, ...]) -> str | None:
    """The names of the records a just-created record may duplicate, with why, as one line each; None if none."""
    return "\n".join(f"• {candidate.title} ({candidate.reasons})" for candidate in found) or None


class _PairDelegate(TextDirectionDelegate):
    """Rows tall enough for their two lines when the names are in another script than the window's: the size Qt
    measures with the interface's font, but an Arabic line drawn in a French window takes the taller Arabic font, and
    the reasons' line was then cut and the names elided."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + option.fontMetrics.height())  # type: ignore[attr-defined]


class DuplicatesDialog(QDialog):
    """Every likely duplicate pair of the forms declaring duplicates; the chosen pair can be joined, keeping either
    record, or marked as not the same (two cooperatives "Al Amal" of one commune), which no laptop proposes again.
    `joined` is emitted after a join (the lists refresh)."""

    joined = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Possible duplicates"))
        self.resize(640, 420)
        layout = on_grid(QVBoxLayout(self), margin=16)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.list = QListWidget()
        # Each pair's names laid out in their own direction (an Arabic pair in a French window was elided to one
        # line with "…"), its reasons on the line below.
        self.list.setItemDelegate(_PairDelegate(self.list))
        self.keep_first = QPushButton(self.tr("Join, keeping the first"))
        self.keep_second = QPushButton(self.tr("Join, keeping the second"))
        self.not_same = QPushButton(self.tr("Not the same"))
        self.keep_first.clicked.connect(lambda: self.join_selected(keep_first=True))
        self.keep_second.clicked.connect(lambda: self.join_selected(keep_first=False))
        self.not_same.clicked.connect(self.mark_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.not_same, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.keep_first, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.keep_second, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        for widget in (self.note, self.list, buttons):
            layout.addWidget(widget)
        self.list.currentRowChanged.connect(self._selection_changed)
        self.reload()

    def reload(self) -> None:
        store, lang = self.services.store, self.services.lang
        self.list.clear()
        for form in store.forms:
            if form.behaviour.duplicates is None:
                continue
            for pair in find_duplicates(store, form.name):
                first = store.title_of(pair.first, lang) or pair.first
                second = store.title_of(pair.second, lang) or pair.second
                # Each name in its own isolate: the first stands where the window's lines start (left in French,
                # right in Arabic), as "keeping the first" means, whatever script the names are in.
                names = f"{isolate_name(first)}  ⟷  {isolate_name(second)}"
                item = QListWidgetItem(f"{names}\n    {reasons_text(form, pair.reasons, lang)}")
                item.setData(Qt.ItemDataRole.UserRole, pair)
                self.list.addItem(item)
        count = self.list.count()
        self.note.setText(self.tr("%n pair(s) of records may be the same. Joining keeps one: the other's visits "
                                  "follow it and the other stays in its history. “Not the same” stops proposing a "
                                  "pair.", "", count) if count else self.tr("No likely duplicates."))  # fmt: skip
        self._selection_changed(self.list.currentRow())

    def _selection_changed(self, row: int) -> None:
        for button in (self.keep_first, self.keep_second, self.not_same):
            button.setEnabled(row >= 0)

    def selected_pair(self) -> Pair | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def join_selected(self, *, keep_first: bool) -> None:
        pair = self.selected_pair()
        if pair is None:
            return
        keep, other = (pair.first, pair.second) if keep_first else (pair.second, pair.first)
        lang = self.services.lang
        kept = self.services.store.title_of(keep, lang) or keep
        gone = self.services.store.title_of(other, lang) or other
        question = self.tr("Join “%1” into “%2”? Its visits will follow “%2”; it stays in the history.")
        if not ConfirmDialog.ask(self, self.tr("Join"), question.replace("%1", gone).replace("%2", kept)):
            return
        try:
            join(self.services.store, keep, other)
        except TaawunError as error:
            MessageDialog.show_error(self, window_message(error, lang))
            return
        self.joined.emit()
        self.reload()

    def mark_selected(self) -> None:
        """The chosen pair is two different records: marked so (after a confirmation: a mark cannot be undone)."""
        pair = self.selected_pair()
        if pair is None:
            return
        lang = self.services.lang
        first = self.services.store.title_of(pair.first, lang) or pair.first
        second = self.services.store.title_of(pair.second, lang) or pair.second
        question = self.tr(
            "Are “%1” and “%2” two different records? They will no longer be proposed as duplicates, "
            "here and on the other laptops after the next exchange. This cannot be undone."
        )
        if not ConfirmDialog.ask(self, self.tr("Not the same"), question.replace("%1", first).replace("%2", second)):
            return
        try:
            mark_distinct(self.services.store, pair.first, pair.second)
        except TaawunError as error:
            MessageDialog.show_error(self, window_message(error, lang))
            return
        self.reload()

    @classmethod
    def ask(cls, services: Services, parent: QWidget | None = None) -> DuplicatesDialog:
        dialog = cls(services, parent)
        dialog.exec()
        return dialog
