"""Photos of a record: thumbnails, add from files, view large, remove. The bytes live with the context."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import InvalidInput
from app.core.forms import FieldSpec
from app.core.pictures import read_photo_file
from app.ui.forms.base import FieldWidget, directed
from app.ui.forms.context import FieldContext
from app.ui.grid import on_grid

_PHOTO_ROLE = Qt.ItemDataRole.UserRole
THUMBNAIL = 96


def _choose_files(parent: QWidget) -> list[str]:
    """Ask for picture files (replaceable: tests and the main window may put something else here)."""
    title = QCoreApplication.translate("PhotosWidget", "Add photos")
    pictures = QCoreApplication.translate("PhotosWidget", "Pictures")
    paths, _ = QFileDialog.getOpenFileNames(parent, title, "", f"{pictures} (*.jpg *.jpeg *.png *.webp *.bmp *.gif)")
    return paths


class PhotoDialog(QDialog):
    """One photo, large. Opened without blocking (`open()`), so tests and the window need not wait on it."""

    def __init__(self, pixmap: QPixmap, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.image = QLabel(self)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if pixmap.width() > 1000 or pixmap.height() > 750:  # a camera picture is larger than any laptop screen
            pixmap = pixmap.scaled(
                QSize(1000, 750), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        self.image.setPixmap(pixmap)
        scroll = QScrollArea(self)
        scroll.setWidget(self.image)
        scroll.setWidgetResizable(True)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignCenter)
        self.resize(min(1040, pixmap.width() + 60), min(840, pixmap.height() + 100))

    @classmethod
    def view(cls, parent: QWidget, pixmap: QPixmap, title: str) -> PhotoDialog:
        dialog = cls(pixmap, title, parent)
        dialog.open()
        return dialog


class _PhotoList(QListWidget):
    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Delete removes the selected photos, as the Remove button does.
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selectedItems():
            owner = self.parent()
            if isinstance(owner, PhotosWidget):
                owner.remove_selected()
                return
        super().keyPressEvent(event)


class PhotosWidget(FieldWidget):
    """Thumbnails in a list (icon mode). Value: list of `{sha256, name}` in the order shown, "" when none."""

    # Replace to bypass the file dialog: `PhotosWidget.choose_files = staticmethod(lambda parent: [...])`.
    choose_files = staticmethod(_choose_files)

    def __init__(self, spec: FieldSpec, context: FieldContext, parent: QWidget | None = None) -> None:
        super().__init__(spec, context, parent)
        self.list = _PhotoList(self)
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(THUMBNAIL, THUMBNAIL))
        self.list.setGridSize(QSize(THUMBNAIL + 36, THUMBNAIL + 40))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.list.setFixedHeight(THUMBNAIL + 40 + 2 * self.list.frameWidth() + 8)  # one row of thumbnails
        self.list.itemActivated.connect(self.view_item)  # double click, or Enter
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton(self.tr("Add photos…"), self)
        self.add_button.clicked.connect(self.add_from_files)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.notice = QLabel(self)  # files that could not be added, said where the user is looking
        self.notice.setWordWrap(True)
        self.notice.hide()
        buttons = on_grid(QHBoxLayout())
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = on_grid(QVBoxLayout(self))
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.notice)
        self.setFocusProxy(self.add_button)
        self._update_buttons()

    def focus_widgets(self) -> list[QWidget]:
        return [self.list, self.add_button, self.remove_button]  # visual order: thumbnails above the buttons

    def value(self) -> Any:
        photos = [dict(self.list.item(row).data(_PHOTO_ROLE)) for row in range(self.list.count())]
        return photos or ""

    def _display(self, value: Any) -> None:
        self.list.clear()
        self.notice.hide()
        for photo in value if isinstance(value, list) else []:
            if isinstance(photo, dict):
                self._add_item(photo)
        self._update_buttons()

    def _add_item(self, photo: dict[str, Any]) -> None:
        name = str(photo.get("name") or str(photo.get("sha256", ""))[:12])
        item = QListWidgetItem(self._thumbnail(str(photo.get("sha256", ""))), name)
        item.setData(_PHOTO_ROLE, dict(photo))
        item.setToolTip(name)
        self.list.addItem(item)

    def _thumbnail(self, sha256: str) -> QIcon:
        content = self.context.photo_bytes(sha256)
        image = QImage.fromData(content) if content else QImage()
        if image.isNull():  # missing or unreadable: a plain file icon still shows that a photo is listed
            return self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        small = image.scaled(
            THUMBNAIL, THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        return QIcon(QPixmap.fromImage(small))

    def add_from_files(self) -> None:
        paths = self.choose_files(self)
        known = {self.list.item(row).data(_PHOTO_ROLE).get("sha256") for row in range(self.list.count())}
        refused: list[str] = []
        beyond: list[str] = []  # pictures beyond a bound (bytes, pixels), each said with its bound
        added = 0
        label = self.spec.label.get(self.context.lang) or self.spec.name
        for path in map(Path, paths):
            try:  # read up to the byte bound only, and scaled down when large (app/core/pictures.py)
                content, mime = read_photo_file(path, field=f"{label} ({self.spec.name})")
            except InvalidInput as error:
                if error.code == "photo_file_out_of_bounds":
                    beyond.append(error.message(self.context.lang))
                else:
                    refused.append(path.name)
                continue
            if QImage.fromData(content).isNull():
                refused.append(path.name)
                continue
            sha256 = self.context.add_pending_photo(content, mime)
            if sha256 in known:  # the same picture twice would be stored once anyway: list it once
                continue
            known.add(sha256)
            self._add_item({"sha256": sha256, "name": path.name})
            added += 1
        lines = [self.tr("Not added (not a readable picture): %1").replace("%1", ", ".join(refused))] if refused else []
        notice = "\n".join(directed(line, self.notice) for line in [*lines, *beyond])
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice))
        self._update_buttons()
        if added:
            self._edited()

    def remove_selected(self) -> None:
        rows = sorted((self.list.row(item) for item in self.list.selectedItems()), reverse=True)
        for row in rows:
            self.list.takeItem(row)
        if rows and self.list.count():  # select the neighbour, so that Delete pressed again goes on removing
            self.list.setCurrentRow(min(rows[-1], self.list.count() - 1))
        self._update_buttons()
        if rows:
            self._edited()

    def view_item(self, item: QListWidgetItem) -> PhotoDialog | None:
        photo = item.data(_PHOTO_ROLE)
        content = self.context.photo_bytes(str(photo.get("sha256", "")))
        pixmap = QPixmap()
        if not content or not pixmap.loadFromData(content):
            return None
        return PhotoDialog.view(self, pixmap, item.text())

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.list.selectedItems()))
