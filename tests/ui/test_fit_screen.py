"""The window fits a laptop: 1280x672 logical pixels (a 1366x768 screen at 100 %, or 1920x1080 at 150 %, without
the taskbar), in Arabic and in French, on every main screen; it opens maximised on a small screen and remembers its
size and place."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from app.db.demo import load_demo
from app.ui.application import WindowController
from app.ui.main_window import MainWindow
from app.ui.record_page import RecordPage
from app.ui.services import Services

LAPTOP = QSize(1280, 672)


@pytest.fixture(params=["ar", "fr"])
def window(request: pytest.FixtureRequest, controller: WindowController, services: Services) -> MainWindow:
    load_demo(services.store)
    if request.param != "ar":
        controller.switch_language(request.param)
    window = controller.window
    for page in window.lists.values():
        page.refresh()
    window.resize(LAPTOP)
    return window


def screens(window: MainWindow, services: Services) -> Iterator[str]:
    """Shows each main screen in turn and names it."""
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
        yield window.navigation.item(row).text()
    for form in ("cooperative", "visit", "workshop"):
        record_id = services.store.conn.execute("SELECT id FROM records WHERE form = ? LIMIT 1", (form,)).fetchone()[0]
        page = window.open_record(record_id)
        assert page is not None
        yield f"record page: {form}"


def outside(window: MainWindow) -> list[str]:
    """The shown widgets that reach beyond the window (those inside a scrolled area may: they scroll)."""
    viewports = {area.viewport() for area in window.findChildren(QAbstractScrollArea)}
    bounds = window.rect()
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.isWindow():
            continue
        parent, scrolled = widget.parentWidget(), False
        while parent is not None and parent is not window:
            scrolled = scrolled or parent in viewports
            parent = parent.parentWidget()
        where = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
        if not scrolled and not bounds.contains(where):
            found.append(f"{type(widget).__name__} {widget.objectName()} at {where.getRect()}")
    return found


def test_every_main_screen_fits_a_laptop_screen(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    for screen in screens(window, services):
        QApplication.processEvents()
        needed = window.minimumSizeHint().expandedTo(window.minimumSize())
        assert needed.width() <= LAPTOP.width() and needed.height() <= LAPTOP.height(), (screen, needed)
        assert window.size() == LAPTOP, screen  # nothing forced the window to grow
        assert outside(window) == [], screen
        page = window.record_page
        if isinstance(page, RecordPage):
            scroll = page.editor.scroll
            # The form follows the page's width: nothing is cut on the side, no sideways scrolling.
            assert not scroll.horizontalScrollBar().isVisible(), screen
            assert scroll.widget().minimumSizeHint().width() <= scroll.viewport().width(), screen
            assert scroll.widget().width() <= scroll.viewport().width(), screen
            # The form gets most of the height: title, state and actions share one row.
            assert scroll.viewport().height() >= 200, (screen, scroll.viewport().height())


def test_a_workshop_page_shows_its_four_visits(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    workshop = services.store.conn.execute("SELECT id FROM records WHERE form = 'workshop'").fetchone()[0]
    page = window.open_record(workshop)
    assert page is not None and page.related is not None
    QApplication.processEvents()
    table = page.related
    assert table.model().rowCount() == 4
    shown = table.viewport().rect()
    for row in range(4):
        assert shown.contains(table.visualRect(table.model().index(row, 0))), row


def test_the_window_opens_maximised_on_a_small_screen_and_remembers_its_size(qtbot: QtBot, services: Services) -> None:
    first = MainWindow(services)
    qtbot.addWidget(first)
    available = first.screen().availableGeometry().size()
    first.show()
    if available.width() < 1380 or available.height() < 900:
        assert first.isMaximized()  # the status bar stays on the screen
    else:
        assert first.size() == QSize(1280, 800)
    first.showNormal()
    first.setGeometry(30, 20, 760, 580)
    QApplication.processEvents()
    first.close()
    again = MainWindow(services)
    qtbot.addWidget(again)
    again.show()
    QApplication.processEvents()
    assert not again.isMaximized()
    assert again.size() == QSize(760, 580)


def test_labels_are_level_with_their_fields_when_a_hint_is_shown(qtbot: QtBot, window: MainWindow) -> None:
    """A hint under a field made its row taller, and Qt centred the label in the row: it sat lower than its field."""
    page = window.new_record("cooperative")
    assert page is not None
    QApplication.processEvents()
    for name in ("name_ar", "name_fr", "registration_number", "legal_form", "notes"):
        row = page.editor.rows[name]
        box = row.widget.focus_widgets()[0]
        one_line = QLineEdit().sizeHint().height()  # a multi-line box's first line is where a one-line box's is
        box_line = box.mapTo(page, QPoint(0, 0)).y() + min(box.height(), one_line) / 2
        label = row.label
        label_line = label.mapTo(page, QPoint(0, label.contentsMargins().top())).y()
        label_line += label.fontMetrics().lineSpacing() / 2
        assert abs(label_line - box_line) <= 4, (name, label_line, box_line)
