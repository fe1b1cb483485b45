"""The window's pages are built when first shown (benchmarks/startup.py): at start only the home is; a list,
the USB stick page and the search page are built when their entry is chosen, or when a menu, a shortcut or a record
leads to them, and then work as if built at start."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import type_text

from app.db.demo import load_demo
from app.ui.application import WindowController
from app.ui.list_page import ListPage
from app.ui.main_window import MainWindow
from app.ui.services import Services


def built(window: MainWindow) -> list[str]:
    """The pages in the window's stack, by kind (the lists by form)."""
    found = []
    for index in range(window.stack.count()):
        page = window.stack.widget(index)
        found.append(f"list {page.form.name}" if isinstance(page, ListPage) else type(page).__name__)
    return found


def titles(page: ListPage) -> list[str]:
    return [page.model.data(page.model.index(row, 0)) for row in range(page.model.rowCount())]


def test_at_start_only_the_home_is_built(controller: WindowController) -> None:
    window = controller.window
    assert built(window) == ["DashboardPage"]
    assert window.stack.currentWidget() is window.dashboard
    # Knowing the forms builds nothing: the navigation has every entry, the lists know their names.
    assert list(window.lists) == ["cooperative", "visit", "workshop"] and "visit" in window.lists
    assert window.navigation.count() == 6  # the lists, the stick, the search, the follow-ups
    assert built(window) == ["DashboardPage"]


def test_a_list_is_built_when_its_entry_is_chosen_and_then_works(qtbot: QtBot, controller: WindowController,
                                                                 services: Services) -> None:  # fmt: skip
    load_demo(services.store)  # after the window: the visits list was not built then
    window = controller.window
    window.navigation.setCurrentRow(window.form_names.index("visit"))
    assert built(window) == ["DashboardPage", "list visit"]
    visits = window.lists["visit"]
    assert window.stack.currentWidget() is visits and visits.isVisible()
    assert visits.model.rowCount() == services.store.count("visit") > 1  # what is in the database now
    visits.filter.setText("بيئتي")
    assert len(titles(visits)) == 1
    visits.table.setFocus()
    visits.table.setCurrentIndex(visits.model.index(0, 0))
    qtbot.keyClick(visits.table, Qt.Key.Key_Return)  # opens the record, as on a list built at start
    page = window.record_page
    assert page is not None and page.form.name == "visit"
    window.back_to_list()
    assert window.stack.currentWidget() is window.lists["visit"] is visits  # the same page, its filter kept
    assert visits.filter.text() == "بيئتي" and len(titles(visits)) == 1
    assert built(window) == ["DashboardPage", "list visit"]


def test_changes_refresh_the_lists_built_and_a_list_built_later_reads_them(controller: WindowController,
                                                                          services: Services) -> None:  # fmt: skip
    window = controller.window
    coops = window.lists["cooperative"]
    assert titles(coops) == []
    load_demo(services.store)
    window.refresh_lists()  # as after a save, a merge or the demo: the built lists read the data again
    assert len(titles(coops)) == services.store.count("cooperative") > 0
    assert built(window) == ["DashboardPage", "list cooperative"]  # the others are not built for it
    window.navigation.setCurrentRow(window.form_names.index("workshop"))
    assert window.lists["workshop"].model.rowCount() == services.store.count("workshop") > 0


def test_ctrl_f_builds_the_search_page_which_finds_and_opens_a_record(qtbot: QtBot, controller: WindowController,
                                                                     services: Services) -> None:  # fmt: skip
    load_demo(services.store)
    window = controller.window
    assert "SearchPage" not in built(window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert built(window) == ["DashboardPage", "SearchPage"]
    page = window.search_page
    assert window.stack.currentWidget() is page and window.navigation.currentRow() == window.search_row
    assert QApplication.focusWidget() is page.box
    type_text(page.box, "بيئتي")
    qtbot.waitUntil(lambda: page.results.rowCount() > 0)  # searched when the typing pauses
    visit_rows = [row for row in range(page.results.rowCount()) if page.results.item(row, 0).text() == "زيارة ميدانية"]
    page.results.setCurrentCell(visit_rows[0], 0)
    qtbot.keyClick(page.results, Qt.Key.Key_Return)
    record = window.record_page
    assert record is not None and record.form.name == "visit"
    window.back_to_list()  # to the record's list, never built until now
    assert window.stack.currentWidget() is window.lists["visit"]
    assert built(window) == ["DashboardPage", "SearchPage", "list visit"]
    window.find_action.trigger()  # File › Find: the same search page, its words kept
    assert window.stack.currentWidget() is page and page.box.text() == "بيئتي"
    assert built(window).count("SearchPage") == 1


def test_the_usb_stick_page_is_built_when_chosen_and_looks_for_sticks(qtbot: QtBot,
                                                                      controller: WindowController) -> None:  # fmt: skip
    window = controller.window
    assert "SyncPage" not in built(window)
    window.navigation.setCurrentRow(window.stick_row)
    assert built(window) == ["DashboardPage", "SyncPage"]
    page = window.sync_page
    assert window.stack.currentWidget() is page and page.isVisible()
    assert page.conflicts.items == []
    qtbot.waitUntil(page.refresh_button.isEnabled)  # the drive scan begun when it was built has answered
    window.navigation.setCurrentRow(0)
    window.navigation.setCurrentRow(window.stick_row)  # chosen again: the same page, which looks again
    assert window.sync_page is page and built(window).count("SyncPage") == 1
    qtbot.waitUntil(page.refresh_button.isEnabled)


def test_closing_builds_nothing(controller: WindowController) -> None:
    window = controller.window
    window.close()
    assert built(window) == ["DashboardPage"]
