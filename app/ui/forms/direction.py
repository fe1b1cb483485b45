"""Text boxes whose text starts on the side its language is written from, and on the window's side when empty.

Qt lays out every paragraph of a QPlainTextEdit with its document's one text option, aligned left whatever the
text: Arabic notes hugged the left edge, and an empty box's caret blinked on the left of an Arabic window. A
QLineEdit follows its text once something is typed, but puts an empty box's caret on the left too. Here a box
takes the direction of its first strong letter (as HTML's `dir="auto"`), or its layout direction (the window's)
while the text has none: empty, or only digits and punctuation. Number, date, phone and GPS boxes are not
concerned: they stay left to right on purpose (`FieldWidget.ltr_line_edit`).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

_ISOLATES = {"\u2066", "\u2067", "\u2068"}  # LRI, RLI, FSI: their content does not decide (Unicode rule P2)
_POP_ISOLATE = "\u2069"
_PROPERTY = "taawunFollowsTextDirection"


def text_direction(text: str) -> Qt.LayoutDirection | None:
    """The direction of the first strong letter of `text` outside isolates (rules P2 and P3 of the Unicode
    bidi algorithm); None when it has none."""
    depth = 0
    for char in text:
        if char in _ISOLATES:
            depth += 1
        elif char == _POP_ISOLATE:
            depth = max(depth - 1, 0)
        elif depth == 0:
            kind = unicodedata.bidirectional(char)
            if kind == "L":
                return Qt.LayoutDirection.LeftToRight
            if kind in ("R", "AL"):
                return Qt.LayoutDirection.RightToLeft
    return None


class _DirectionFollower(QObject):
    """Keeps one box aligned by its text's direction: on every change of the text and of the layout direction."""

    def __init__(self, edit: QLineEdit | QPlainTextEdit, *, watch_layout: bool) -> None:
        super().__init__(edit)
        self.edit = edit
        if watch_layout:
            edit.installEventFilter(self)
        if isinstance(edit, QLineEdit):
            edit.textChanged.connect(self.update)
        else:
            edit.document().contentsChanged.connect(self.update)
        self.update()

    def direction(self) -> Qt.LayoutDirection:
        edit = self.edit
        found = None
        if isinstance(edit, QLineEdit):
            found = text_direction(edit.text())
        else:
            block = edit.document().begin()
            while found is None and block.isValid():
                found = text_direction(block.text())
                block = block.next()
        return found or edit.layoutDirection()

    def update(self) -> None:
        direction = self.direction()
        side = (
            Qt.AlignmentFlag.AlignRight if direction == Qt.LayoutDirection.RightToLeft else Qt.AlignmentFlag.AlignLeft
        )
        edit = self.edit
        if isinstance(edit, QLineEdit):
            wanted = side | Qt.AlignmentFlag.AlignAbsolute | (edit.alignment() & Qt.AlignmentFlag.AlignVertical_Mask)
            if edit.alignment() != wanted:
                edit.setAlignment(wanted)
            return
        document = edit.document()
        option = document.defaultTextOption()
        if option.textDirection() != direction or option.alignment() != side | Qt.AlignmentFlag.AlignAbsolute:
            # One direction for the whole box, as a text area with dir="auto": setting it lays the text out again,
            # so only when it changes (not at every key).
            option.setTextDirection(direction)
            option.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute)
            document.setDefaultTextOption(option)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.LayoutDirectionChange:
            self.update()  # the box inherits the window's direction when it gets a parent, or when the language changes
        return False


def follow_text_direction(edit: QLineEdit | QPlainTextEdit, *, watch_layout: bool = True) -> Callable[[], None]:
    """Align `edit`'s text by its direction from now on (once per box; later calls do nothing). Returns what
    aligns it again, for an owner that watches the layout direction itself (`watch_layout=False`): a QComboBox's
    own line edit must not carry an event filter, since the combo box sends it events while destroying it, when
    PySide can no longer wrap it (the process died with a segmentation fault)."""
    if edit.property(_PROPERTY):
        return lambda: None
    edit.setProperty(_PROPERTY, True)
    return _DirectionFollower(edit, watch_layout=watch_layout).update
