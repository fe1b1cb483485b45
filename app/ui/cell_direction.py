"""Table cells whose text is laid out in its own direction: an Arabic name in a French list (or a French one in an
Arabic list) is elided at its end, not its beginning.

A view lays out every cell in the window's direction. An Arabic title too long for its column in a French list
was cut by Qt at its visual right, which is where Arabic begins, and the "…" Qt adds at the end of the text took
the window's direction and stood at the right too: "…تعاونية إمدوكال لإنتاج و تسو" with its end clipped. Laid out
right to left, the same text keeps its beginning and ends with "…" on its left. The cell keeps the column's
alignment (absolute), so a column's texts still line up.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from app.ui.forms.direction import text_direction


class TextDirectionDelegate(QStyledItemDelegate):
    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        own = text_direction(option.text)  # type: ignore[attr-defined]
        if own is None or own == option.direction:  # type: ignore[attr-defined]
            return
        horizontal = option.displayAlignment & Qt.AlignmentFlag.AlignHorizontal_Mask  # type: ignore[attr-defined]
        # The side the column aligns to in the window's direction, fixed before the direction changes.
        window_rtl = option.direction == Qt.LayoutDirection.RightToLeft  # type: ignore[attr-defined]
        leading = Qt.AlignmentFlag.AlignRight if window_rtl else Qt.AlignmentFlag.AlignLeft
        trailing = Qt.AlignmentFlag.AlignLeft if window_rtl else Qt.AlignmentFlag.AlignRight
        if horizontal & Qt.AlignmentFlag.AlignAbsolute:
            side = horizontal & ~Qt.AlignmentFlag.AlignAbsolute
        elif horizontal & Qt.AlignmentFlag.AlignTrailing:
            side = trailing
        elif horizontal & Qt.AlignmentFlag.AlignHCenter:
            side = Qt.AlignmentFlag.AlignHCenter
        else:
            side = leading
        vertical = option.displayAlignment & Qt.AlignmentFlag.AlignVertical_Mask  # type: ignore[attr-defined]
        option.displayAlignment = side | Qt.AlignmentFlag.AlignAbsolute | vertical  # type: ignore[attr-defined]
        option.direction = own  # type: ignore[attr-defined]
