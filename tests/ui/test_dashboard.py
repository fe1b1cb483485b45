"""The window's home: the indicators of a hand-made database (tests/indicator_data.py) as tiles, computed on a
worker; a click on a tile opens the list behind it, filtered as the figure counted (as many records); pictures at
1280x672 in Arabic and French (written to $TAAWUN_SCREENSHOTS, or the test's folder, to be looked at)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from indicator_data import TIZNIT, build, forms_with_done_on
from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core.autosave import AutosaveFolder
from app.core.forms import load_form_directory
from app.core.messages import translate
from app.core.settings import Settings
from app.db.store import Store
from app.resources import forms_dir
from app.ui.application import WindowController
from app.ui.i18n import Language, load_fonts
from app.ui.services import Services

LAPTOP = QSize(1280, 672)


@pytest.fixture
def made(qapp: QApplication, tmp_path: Path, isolated_home: Path, answers: object) -> Iterator[WindowController]:
    shipped = load_form_directory(forms_dir())
    build(tmp_path / "agent.db", forms_with_done_on(shipped))
    settings = Settings(author="فاطمة", device_name="حاسوب مريرت")
    store = Store.open(tmp_path / "agent.db", forms=shipped, author=settings.author, device_name=settings.device_name)
    services = Services(store=store, settings=settings, settings_path=isolated_home / "settings.json",
                        autosave=AutosaveFolder(isolated_home / "autosave"),
                        log_path=isolated_home / "logs" / "x.log")  # fmt: skip
    language = Language(qapp)
    load_fonts(qapp)
    controller = WindowController(qapp, services, language)
    controller.window.resize(LAPTOP)
    controller.window.show()
    yield controller
    controller.window.close()
    controller.window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    language.apply("ar")
    store.close()


def show_march(qtbot: QtBot, controller: WindowController, province: str | None = None) -> None:
    page = controller.window.dashboard
    qtbot.waitUntil(lambda: page.found is not None, timeout=10_000)  # the month so far, asked when first shown
    page.start_edit.setText("01/03/2025")
    page.end_edit.setText("31/03/2025")
    if province is not None:
        page.province.setCurrentIndex(page.province.findData(province))
    with qtbot.waitSignal(page.figures_shown, timeout=10_000):
        qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)


def test_the_window_opens_on_the_home_and_its_tiles_show_the_figures(qtbot: QtBot,
                                                                     made: WindowController) -> None:  # fmt: skip
    window = made.window
    assert window.stack.currentWidget() is window.dashboard and window.navigation.currentRow() == -1
    show_march(qtbot, made)
    tiles = window.dashboard.tiles
    assert tiles["cooperatives_supported"].value.text() == "3"
    assert tiles["cooperatives_new"].value.text() == "1"
    assert tiles["members_women"].value.text() == "12 من 20 (60%)"  # only A gave both: C's women are left out
    assert translate("ind_basis_cooperatives", "ar", count=1) in tiles["members_women"].detail.text()
    assert tiles["participants"].value.text() == "40"
    assert tiles["recommendations_overdue"].value.text() == "1"
    assert tiles["visits"].detail.text() == translate("ind_before", "ar", value="1")  # February's one visit
    unknown = translate("ind_unknown", "ar")
    labels = [label for label, _, _ in window.dashboard.attendance.items]
    assert window.dashboard.attendance.items[labels.index(translate("ind_participants_men", "ar"))] == (
        translate("ind_participants_men", "ar"), None, unknown)  # fmt: skip


def test_a_tile_opens_the_list_behind_it_filtered_as_counted(qtbot: QtBot, made: WindowController) -> None:
    window = made.window
    show_march(qtbot, made)
    qtbot.mouseClick(window.dashboard.tiles["visits"], Qt.MouseButton.LeftButton)
    visits = window.lists["visit"]
    assert window.stack.currentWidget() is visits and window.navigation.currentRow() == window.form_names.index("visit")
    filters = visits.filter_bar.filters()
    assert (filters.date_from, filters.date_to, filters.state) == ("2025-03-01", "2025-03-31", "final")
    assert visits.model.rowCount() == 3 == int(window.dashboard.tiles["visits"].value.text())
    window.show_home()
    assert window.stack.currentWidget() is window.dashboard


def test_a_province_narrows_the_tiles_and_the_list(qtbot: QtBot, made: WindowController) -> None:
    window = made.window
    show_march(qtbot, made, province=TIZNIT)
    assert window.dashboard.tiles["cooperatives_supported"].value.text() == "2"
    assert window.dashboard.tiles["workshops"].value.text() == "1"
    window.dashboard.tiles["workshops"].setFocus()
    qtbot.keyClick(window.dashboard.tiles["workshops"], Qt.Key.Key_Return)  # the keyboard opens it too
    workshops = window.lists["workshop"]
    assert workshops.filter_bar.filters().province == TIZNIT
    assert workshops.model.rowCount() == 1


def test_a_period_that_does_not_read_is_said_and_nothing_changes(qtbot: QtBot, made: WindowController) -> None:
    page = made.window.dashboard
    show_march(qtbot, made)
    page.start_edit.setText("31/03/2025")
    page.end_edit.setText("01/03/2025")
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    assert page.status.text() == translate("ind_bad_dates", "ar")
    assert page.tiles["visits"].value.text() == "3"


def test_pictures_of_the_home_in_arabic_and_french(qtbot: QtBot, made: WindowController, tmp_path: Path) -> None:
    folder = Path(os.environ.get("TAAWUN_SCREENSHOTS") or tmp_path / "screens")
    folder.mkdir(parents=True, exist_ok=True)
    for lang in ("ar", "fr"):
        if lang != made.services.lang:
            made.switch_language(lang)
        made.window.resize(LAPTOP)
        show_march(qtbot, made)
        QApplication.processEvents()
        assert made.window.size() == LAPTOP
        assert made.window.dashboard.tiles["visits"].value.text() == "3"
        assert made.window.grab().save(str(folder / f"{lang}-home.png"))


def test_the_home_says_how_many_recommendations_are_overdue_and_opens_the_board_on_them(
    qtbot: QtBot, made: WindowController
) -> None:
    from app.db.followups import overdue_count

    window = made.window
    overdue = overdue_count(window.services.store)
    assert overdue > 0  # the hand-made data has recommendations past their due date, not done
    link = window.dashboard.overdue_link
    qtbot.waitUntil(lambda: link.isVisibleTo(window.dashboard), timeout=10_000)
    assert link.text() == translate("followup_page_overdue", "ar", count=overdue)
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    board = window.followups_page
    assert window.stack.currentWidget() is board and window.navigation.currentRow() == window.followups_row
    assert board.status.currentData() == "overdue" and board.model.rowCount() == overdue


def test_a_recommendations_tile_opens_the_board_on_the_periods_items(qtbot: QtBot, made: WindowController) -> None:
    from app.db.followups import BoardFilters, board_count

    window = made.window
    store = window.services.store
    board = window.followups_page
    for province in (None, TIZNIT):
        show_march(qtbot, made, province=province)
        march = BoardFilters(made_from="2025-03-01", made_to="2025-03-31", form="visit", province=province,
                             final_only=True)  # fmt: skip
        for figure, status in (("recommendations_made", None), ("recommendations_done", "done"),
                               ("recommendations_overdue", "overdue")):  # fmt: skip
            window.show_home()
            counted = int(window.dashboard.tiles[figure].value.text())
            qtbot.mouseClick(window.dashboard.tiles[figure], Qt.MouseButton.LeftButton)
            assert window.stack.currentWidget() is board and window.navigation.currentRow() == window.followups_row
            assert board.status.currentData() == status and board.province.currentData() == province
            assert board.period_label.isVisibleTo(board) and "01/03/2025" in board.period_label.text()
            expected = board_count(store.conn, store.forms, BoardFilters(**{**march.__dict__, "status": status}),
                                   today=board.today())  # fmt: skip
            assert board.model.rowCount() == expected, (province, figure)
            if status == "overdue":  # the tile as of the period's end, the board as of today: later ones too
                assert expected >= counted > 0 or province == TIZNIT
            else:  # every item of the period's final visits, and those done (none done after March here)
                assert expected == counted, (province, figure)
    assert board.model.rowCount() > 0
    everything = board.model.rowCount()
    board.clear_period()  # every period again: the province's overdue items of any date
    assert not board.period_label.isVisibleTo(board) and board.model.rowCount() >= everything
    window.show_overdue_followups()  # the count overdue today (beside the home's title): no period
    assert board.period is None and board.province.currentData() is None
