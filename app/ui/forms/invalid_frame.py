"""The red border of a box whose value has a problem, drawn over the box instead of through a style sheet.

A style sheet with a `border` on a widget makes Qt draw the whole widget with its style-sheet fallback: an editable
combo box then gets an old bevelled drop-down button and a square frame beside the rounded ones of its neighbours,
and the rule also reaches the combo's inner line edit. Painting a red frame on a transparent child, over the box's
own frame, leaves everything else to the platform's style: a marked box looks like its neighbours, only red-edged,
whatever its kind and whichever the layout's direction.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

ERROR_COLOUR = "#b3261e"  # red with enough contrast on light backgrounds (WCAG AA for normal text)
BORDER_WIDTH = 2  # px: seen at a glance, thin enough to leave the box's text alone
RADIUS = 2.0  # px: the corner of the platform's own frames (Fusion draws them with 2), so the red covers them


class InvalidFrame(QWidget):
    """A transparent child over `box` that paints only the red edge; clicks and keys go to the box."""

    def __init__(self, box: QWidget) -> None:
        super().__init__(box)
        self.setObjectName("invalidFrame")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setGeometry(box.rect())
        box.installEventFilter(self)
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent():
            if event.type() == QEvent.Type.Resize:
                self.setGeometry(self.parentWidget().rect())
            elif event.type() == QEvent.Type.ChildAdded:
                self.raise_()  # above a line edit or viewport the box creates later
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(ERROR_COLOUR), BORDER_WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inset = BORDER_WIDTH / 2  # the pen is centred on the path: inset by half its width to stay inside the box
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset), RADIUS, RADIUS)
        painter.end()


def mark_invalid(box: QWidget, invalid: bool) -> None:
    """Show or hide the red border of `box` (idempotent)."""
    frame = box.findChild(InvalidFrame, "invalidFrame", Qt.FindChildOption.FindDirectChildrenOnly)
    if invalid:
        if frame is None:
            frame = InvalidFrame(box)
        frame.setGeometry(box.rect())
        frame.raise_()
        frame.show()
    elif frame is not None:
        frame.hide()


def is_marked_invalid(box: QWidget) -> bool:
    frame = box.findChild(InvalidFrame, "invalidFrame", Qt.FindChildOption.FindDirectChildrenOnly)
    return frame is not None and not frame.isHidden()
