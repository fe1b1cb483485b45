"""Search over everything (Ctrl+F): results as the user types, best first, the matching words in bold."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.core.errors import TaawunError
from app.ui.services import Services

TYPING_PAUSE_MS = 200  # search when the user pauses, not at every key


class _Results(QListWidget):
    opened = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem() is not None:
            self.opened.emit(self.currentItem().data(Qt.ItemDataRole.UserRole))
            return
        super().keyPressEvent(event)


class SearchPage(QWidget):
    open_requested = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        layout = QVBoxLayout(self)
        # The words out of the f-string: lupdate does not read inside one (the heading stayed English).
        self.heading = QLabel("<h2>" + html.escape(self.tr("Search")) + "</h2>")
        layout.addWidget(self.heading)
        self.box = QLineEdit()
        self.box.setPlaceholderText(self.tr("Search cooperatives, visits and workshops (Ctrl+F)"))
        self.box.setClearButtonEnabled(True)
        layout.addWidget(self.box)
        self.summary = QLabel()
        layout.addWidget(self.summary)
        self.results = _Results()
        self.results.setAlternatingRowColors(True)
        layout.addWidget(self.results, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(TYPING_PAUSE_MS)
        self.timer.timeout.connect(self.run_search)
        self.box.textChanged.connect(lambda _text: self.timer.start())
        self.box.returnPressed.connect(self._enter_in_box)
        self.results.itemActivated.connect(lambda item: self.open_requested.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.results.opened.connect(self.open_requested)
        self.setFocusProxy(self.box)

    def _enter_in_box(self) -> None:
        self.timer.stop()
        self.run_search()
        if self.results.count():
            self.results.setCurrentRow(0)
            self.results.setFocus()

    def run_search(self) -> None:
        self.results.clear()
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
        forms = self.services.store.forms
        for hit in hits:
            form = forms.get(hit.form)
            label = QLabel(f"<b>{form.label[lang]}: {html.escape(hit.title)}</b><br>{hit.snippet.html()}")
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setContentsMargins(6, 4, 6, 4)
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, hit.id)
            item.setSizeHint(label.sizeHint())
            self.results.addItem(item)
            self.results.setItemWidget(item, label)

    def start(self) -> None:
        """Ctrl+F: the box takes the focus with its text selected, ready to type over."""
        self.box.setFocus()
        self.box.selectAll()
