"""A layout that places its items in a row and wraps onto further rows when the width runs out (Qt's flow layout
example), mirrored in a right-to-left window: the list filters fit a 1280-pixel screen in every language."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, *, spacing: int = 8, row_spacing: int = 4) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._row_spacing = row_spacing
        self.setSpacing(spacing)  # what spacing() reports is the gap really used, not the style's default

    # --- the QLayout contract ---------------------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # --- placing ----------------------------------------------------------------------------------------------------
    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place the items row by row in `rect` (or only measure); returns the height used."""
        margins: QMargins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        mirrored = self.parentWidget() is not None and self.parentWidget().isRightToLeft()
        x, y, row_height = area.x(), area.y(), 0
        row: list[tuple[QLayoutItem, QPoint, QSize]] = []
        rows: list[tuple[list[tuple[QLayoutItem, QPoint, QSize]], int]] = []
        for item in self._items:
            if item.isEmpty():
                continue
            size = item.sizeHint().expandedTo(item.minimumSize()).boundedTo(QSize(area.width(), 10**6))
            if row and x + size.width() > area.right() + 1:
                rows.append((row, row_height))
                x, y, row_height, row = area.x(), y + row_height + self._row_spacing, 0, []
            row.append((item, QPoint(x, y), size))
            x += size.width() + self._spacing
            row_height = max(row_height, size.height())
        if row:
            rows.append((row, row_height))
        if move:
            for placed, height in rows:
                for item, point, size in placed:
                    left = point.x()
                    if mirrored:
                        left = area.x() + area.right() - (point.x() + size.width() - 1)
                    # Items of a row share its bottom line: a check box lines up with the boxes under their labels.
                    item.setGeometry(QRect(QPoint(left, point.y() + height - size.height()), size))
        used = y + row_height - rect.y() + margins.bottom() if rows else margins.top() + margins.bottom()
        return used
