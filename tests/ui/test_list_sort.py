"""Clicking a list's header sorts the real window's table, through the stored sort keys (app/db/list_keys.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.ui.application import WindowController
from app.ui.list_page import ListPage
from app.ui.services import Services


def click_header(page: ListPage, section: int) -> None:
    header = page.table.horizontalHeader()
    # Where the section is drawn (mirrored in the right-to-left Arabic window).
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(x, header.height() // 2))  # fmt: skip
    QApplication.processEvents()


def column(page: ListPage, section: int) -> list[str]:
    model = page.model
    return [model.data(model.index(row, section)) for row in range(model.rowCount())]


def test_clicking_a_header_sorts_the_list_and_clicking_again_reverses_it(controller: WindowController,
                                                                          services: Services) -> None:  # fmt: skip
    store = services.store
    names = ["يوسف", "بركة", "أحمد", "ابتسام", "آمال", "تعاونية 10", "تعاونية 9", "École rurale", "Azilal"]
    for name in names:
        store.create("cooperative", {"name_ar": name})
    page = controller.window.lists["cooperative"]
    page.refresh()
    assert page.table.horizontalHeader().sortIndicatorSection() != 0  # newest change first, to begin with
    click_header(page, 0)
    assert page.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    expected = ["آمال", "ابتسام", "أحمد", "بركة", "تعاونية 9", "تعاونية 10", "يوسف", "Azilal", "École rurale"]
    assert column(page, 0) == expected
    click_header(page, 0)
    assert column(page, 0) == expected[::-1]
    click_header(page, 0)
    screenshots = Path(__file__).resolve().parents[2] / "screenshots"
    screenshots.mkdir(exist_ok=True)
    assert controller.window.grab().save(str(screenshots / "ar-list-cooperative-sorted.png"))


def test_visits_sort_by_their_cooperative_which_follows_a_rename(controller: WindowController,
                                                                 services: Services) -> None:  # fmt: skip
    store = services.store
    early, late = store.create("cooperative", {"name_ar": "أمل"}), store.create("cooperative", {"name_ar": "ياسمين"})
    for coop, date in ((late, "2025-01-02"), (early, "2025-03-04"), (late, "2024-12-31"), (early, "2025-01-01")):
        store.create("visit", {"cooperative": coop, "visit_date": date, "observations": "x"})
    page = controller.window.lists["visit"]
    page.refresh()
    click_header(page, 1)  # the date
    dates = [date.strip("\u2066\u2069") for date in column(page, 1)]  # shown left to right, isolated
    assert dates == ["31/12/2024", "01/01/2025", "02/01/2025", "04/03/2025"]  # sorted as dates, shown as read
    click_header(page, 0)  # the cooperative
    assert column(page, 0) == ["أمل", "أمل", "ياسمين", "ياسمين"]
    store.update(early, {"name_ar": "يوسف"})
    page.refresh()  # as the window does after a save
    assert column(page, 0) == ["ياسمين", "ياسمين", "يوسف", "يوسف"]
    click_header(page, 0)
    assert column(page, 0) == ["يوسف", "يوسف", "ياسمين", "ياسمين"]
