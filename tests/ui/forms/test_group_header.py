"""A repeated group's entry header starts on the window's side: "1." of an empty entry sat in the middle of an Arabic
header (a label takes the direction of its first letter, and "1." has none), and an Arabic title pushed a French
header over to the buttons. Checked on the pixels the label draws."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from app.ui.forms.editor import FormEditor
from app.ui.forms.group import GroupWidget


def _ink(label: QLabel) -> tuple[int, int]:
    """The first and last columns of the label where its text is drawn (dark pixels)."""
    QApplication.processEvents()
    image = label.grab().toImage()
    columns = [x for x in range(image.width())
               if any(QColor(image.pixel(x, y)).lightness() < 100 for y in range(image.height()))]  # fmt: skip
    assert columns, label.text()
    return columns[0], columns[-1]


@pytest.mark.parametrize(("lang", "action"), [("ar", ""), ("ar", "تكوين في التسيير"), ("fr", ""),
                                              ("fr", "تكوين في التسيير"), ("en", "Training")])  # fmt: skip
def test_an_entry_header_starts_on_the_windows_side(
    make_editor: Callable[..., FormEditor], typing: Callable[[QWidget, str], None], lang: str, action: str
) -> None:
    editor = make_editor("visit", lang=lang)
    # As the window sets it (the entry's header follows a change of direction).
    rtl = lang == "ar"
    editor.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    group = editor.field_widget("recommendations")
    assert isinstance(group, GroupWidget)
    entry = group.add_entry()
    if action:
        typing(entry.rows["action"].widget.edit, action)
    title = entry.title
    first, last = _ink(title)
    width = title.contentsRect().width()
    assert width > 300  # the label spans the header: where its text sits inside it is what counts
    if rtl:
        assert last > width - 30, (first, last, width)  # from the right edge, as the labels of the rows
    else:
        assert first < 30, (first, last, width)  # from the left edge
