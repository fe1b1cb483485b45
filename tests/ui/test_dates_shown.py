"""One date format in the window (issue 15): a record's title in the search results shows its date as the lists do
(17/05/2025 in Arabic and French, 2025-05-17 in English), laid out by Qt with its digits in their order beside
Arabic text; the lists' date filters read and show the same format; the stored value stays ISO."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from app.core.dates import show_date
from app.db.list_filters import Filters
from app.ui.application import WindowController
from app.ui.filter_bar import FilterBar
from app.ui.forms.invalid_frame import is_marked_invalid
from app.ui.search_page import COLUMNS

NAME = "تعاونية أزير"


def _x(text: str, index: int, *, rtl: bool) -> float:
    """Where Qt draws the character at `index` of `text` on one line in that direction (its cursor's x)."""
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    layout = QTextLayout(text, QFont())
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(2000)
    layout.endLayout()
    return line.cursorToX(index)[0]


def _reads_in_order(text: str, parts: list[str], *, rtl: bool) -> bool:
    """`parts` (runs of digits) of `text` drawn from left to right in the order given. Each part is found by the
    cursor after its first digit: inside its run, where a cursor at a run's edge may stand on either side."""
    positions, start = [], 0
    for part in parts:
        start = text.index(part, start)
        positions.append(_x(text, start + 1, rtl=rtl))
        start += len(part)
    return positions == sorted(positions) and len(set(positions)) == len(positions)


def test_the_layout_check_sees_the_old_reordering(qapp: QApplication) -> None:
    """The check below can fail: an ISO date after an Arabic name was drawn "17-05-2025" in an Arabic line."""
    assert not _reads_in_order(f"{NAME} — 2025-05-17", ["2025", "05", "17"], rtl=True)
    assert _reads_in_order(f"{NAME} — \u20662025-05-17\u2069", ["2025", "05", "17"], rtl=True)


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_a_search_results_title_reads_the_lists_date_in_order(controller: WindowController, lang: str) -> None:
    store = controller.services.store
    cooperative = store.create("cooperative", {"name_ar": NAME}, draft=True)
    visit = store.create("visit", {"cooperative": cooperative, "visit_date": "17/05/2025",
                                   "observations": "جني الزيتون"}, draft=True)  # fmt: skip
    assert store.get(visit).data["visit_date"] == "2025-05-17"  # typed day first, stored ISO
    if lang != controller.services.lang:
        controller.switch_language(lang)
    window = controller.window
    window.search_everything()
    window.search_page.box.setText("الزيتون")
    window.search_page.run_search()
    QApplication.processEvents()
    results = window.search_page.results
    row = next(row for row in range(results.rowCount()) if results.record_id(row) == visit)
    title = results.item(row, COLUMNS.index("title")).text()
    shown = show_date("2025-05-17", lang)  # the lists' one function
    assert shown == {"ar": "17/05/2025", "fr": "17/05/2025", "en": "2025-05-17"}[lang]
    assert title == f"{NAME} — \u2066{shown}\u2069"  # the date in a left-to-right isolate of its own
    digits = ["2025", "05", "17"] if lang == "en" else ["17", "05", "2025"]
    rtl = window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert rtl == (lang == "ar")
    assert _reads_in_order(title, digits, rtl=rtl)  # as written, whatever the line's direction
    # The name first in the reading direction: on the right in Arabic, on the left in French and English.
    name_x, date_x = _x(title, 1, rtl=rtl), _x(title, title.index(digits[0]) + 1, rtl=rtl)
    assert (name_x > date_x) if rtl else (name_x < date_x)


def test_the_lists_date_filters_read_and_show_the_format(qtbot: QtBot, controller: WindowController) -> None:
    controller.switch_language("fr")
    bar = FilterBar(controller.services, "visit")
    qtbot.addWidget(bar)
    date_from = bar.inputs["date_from"]
    assert isinstance(date_from, QLineEdit)
    assert date_from.placeholderText() == "JJ/MM/AAAA"
    date_from.setText("01/06/2025")  # as the lists show dates
    assert bar.filters().date_from == "2025-06-01"
    date_from.setText("2025-06-02")  # ISO still read
    assert bar.filters().date_from == "2025-06-02"
    assert not is_marked_invalid(date_from)
    date_from.setText("31/02/2025")  # not a date: ignored and edged in red as a form's field with a problem
    assert bar.filters().date_from is None and is_marked_invalid(date_from)
    date_from.setText("01/06/2025")
    assert bar.filters().date_from == "2025-06-01" and not is_marked_invalid(date_from)
    bar.set_filters(Filters(date_to="2025-06-30"))  # a remembered filter: shown as the lists show dates
    assert bar.inputs["date_to"].text() == "30/06/2025" and bar.filters().date_to == "2025-06-30"
