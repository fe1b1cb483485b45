"""The Follow-ups page (app/ui/followups_page.py) on a real database: the board sorted by due date, the overdue in red,
"Mark done…" writing a version, a double click opening the record, Print… (a PDF read back with pdftotext) and
Export to Excel… (read back with openpyxl); the window's navigation entry counts the overdue ones. Screenshots of the
board in Arabic and French at 1280x672 go to $TAAWUN_SCREENSHOTS (or the test's folder) to be looked at."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QItemSelectionModel, QSize, Qt
from PySide6.QtWidgets import QApplication

from app.db import followups
from app.db.demo import load_demo
from app.db.followups import BoardFilters
from app.ui import followups_page
from app.ui.application import WindowController
from app.ui.followups_page import FollowupsPage
from app.ui.services import Services

DAY = dt.date(2026, 6, 11)


@pytest.fixture
def board(services: Services) -> dict[str, str]:
    store = services.store
    coop = store.create("cooperative", {"name_ar": "تعاونية أكلو", "province": "تيزنيت", "commune": "أكلو"})
    visit = store.create("visit", {"cooperative": coop, "visit_date": "2026-05-02", "observations": "م",
                                   "recommendations": [{"action": "فتح حساب بنكي", "due_date": "2026-06-10"},
                                                       {"action": "تكوين في التسويق", "due_date": "2026-06-11"},
                                                       {"action": "= دفتر الحسابات"}]})  # fmt: skip
    return {"coop": coop, "visit": visit}


def select(page: FollowupsPage, row: int) -> None:
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    page.table.selectionModel().select(page.model.index(row, 0), flags)


def texts(page: FollowupsPage, column: int) -> list[str]:
    model = page.model
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_the_board_sorted_by_due_date_with_the_overdue_in_red(qtbot: Any, qtmodeltester: Any, services: Services,
                                                               board: dict[str, str]) -> None:  # fmt: skip
    page = FollowupsPage(services, today=lambda: DAY)
    qtbot.addWidget(page)
    qtmodeltester.check(page.model)
    assert texts(page, 3) == ["فتح حساب بنكي", "تكوين في التسويق", "= دفتر الحسابات"]
    assert texts(page, 1) == ["متأخرة", "مفتوحة", "مفتوحة"]
    model = page.model
    assert model.data(model.index(0, 3), Qt.ItemDataRole.ForegroundRole).color() == followups_page.OVERDUE
    assert model.data(model.index(1, 3), Qt.ItemDataRole.ForegroundRole) is None
    assert page.overdue.text() == "توصية واحدة متأخرة عن أجلها" and page.count.text() == "المعروض: 3"
    page.status.setCurrentIndex(page.status.findData("overdue"))
    assert texts(page, 3) == ["فتح حساب بنكي"]
    page.status.setCurrentIndex(page.status.findData(None))
    page.province.setCurrentIndex(page.province.findData("الرباط") if page.province.findData("الرباط") >= 0 else 0)
    page.cooperative.setCurrentIndex(page.cooperative.findData(board["coop"]))
    assert page.model.rowCount() == 3
    opened: list[str] = []
    page.open_requested.connect(opened.append)
    page.table.doubleClicked.emit(model.index(1, 2))
    assert opened == [board["visit"]]


def test_mark_done_writes_one_version(qtbot: Any, services: Services, board: dict[str, str],
                                      monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    page = FollowupsPage(services, today=lambda: DAY)
    qtbot.addWidget(page)
    monkeypatch.setattr(followups_page.MarkDoneDialog, "ask",
                        classmethod(lambda cls, parent, lang, today: (dt.date(2026, 6, 9), "فتح الحساب")))  # fmt: skip
    select(page, 0)
    assert page.done_button.isEnabled() and not page.reopen_button.isEnabled()
    with qtbot.waitSignal(page.data_changed):
        page.done_button.click()
    record = services.store.get(board["visit"])
    assert record.version == 2
    assert record.data["recommendations"][0]["done_on"] == "2026-06-09"
    assert record.data["recommendations"][0]["done_note"] == "فتح الحساب"
    assert texts(page, 3) == ["تكوين في التسويق", "= دفتر الحسابات"]  # not done only, as the page opens
    assert page.overdue.text() == ""
    page.status.setCurrentIndex(page.status.findData("done"))
    assert texts(page, 1) == ["منجزة"] and texts(page, 6)[0].endswith("فتح الحساب")
    select(page, 0)
    page.reopen_button.click()
    assert services.store.get(board["visit"]).version == 3 and page.model.rowCount() == 0


def test_print_and_export(qtbot: Any, services: Services, board: dict[str, str], tmp_path: Path,
                          monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    services.store.create("visit", {"cooperative": board["coop"], "visit_date": "2026-05-03", "recommendations": [
        {"action": "توصية مسودة", "due_date": "2026-06-20"}]}, draft=True)  # marked "draft" in both files  # fmt: skip
    page = FollowupsPage(services, today=lambda: DAY)
    qtbot.addWidget(page)
    for lang, kind in (("fr", "pdf"), ("ar", "xlsx")):
        target = tmp_path / f"board-{lang}"  # the suffix is added
        monkeypatch.setattr(followups_page.BoardFiles, "save_as", classmethod(lambda cls, *a, t=target: t))
        page.language.setCurrentIndex(page.language.findData(lang))
        with qtbot.waitSignal(page.file_written, timeout=30_000) as written:
            page.write_file(kind)
        assert written.args == [str(target) + f".{kind}"]
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "board-fr.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout.replace("\xa0", " ")  # fmt: skip
    assert "Suivi des recommandations" in text and "Situation au 11/06/2026" in text
    assert "Recommandations : 4, dont 1 en retard" in text
    assert "En retard" in text and "10/06/2026" in text and "Ouverte" in text and "Brouillon" in text
    assert "datées du" not in text  # no period chosen: none said
    page.show_period(BoardFilters(made_from="2026-05-01", made_to="2026-05-31", form="visit"), status=None)
    target = tmp_path / "board-may"
    monkeypatch.setattr(followups_page.BoardFiles, "save_as", classmethod(lambda cls, *a, t=target: t))
    page.language.setCurrentIndex(page.language.findData("fr"))
    with qtbot.waitSignal(page.file_written, timeout=30_000):
        page.write_file("pdf")
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "board-may.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout.replace("\xa0", " ")  # fmt: skip
    assert "Recommandations des visites datées du 01/05/2026 au 31/05/2026 (leur état aujourd'hui)" in text
    sheet = openpyxl.load_workbook(tmp_path / "board-ar.xlsx").active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("الأجل", "الحالة", "التعاونية أو الورشة", "التوصية")
    assert [row[3] for row in rows[1:]] == ["فتح حساب بنكي", "تكوين في التسويق", "توصية مسودة", "= دفتر الحسابات"]
    assert rows[1][0] == dt.datetime(2026, 6, 10) and rows[1][1] == "متأخرة" and rows[3][1] == "مسودة"
    assert rows[4][9] == board["visit"] and rows[4][10] == 3  # what `taawun followups done ID INDEX` takes
    assert sheet.sheet_view.rightToLeft


def test_the_window_counts_the_overdue_and_shows_the_board(qtbot: Any, controller: WindowController,
                                                           services: Services) -> None:  # fmt: skip
    window = controller.window
    row = window.followups_row
    assert window.navigation.item(row).text() == "التتبع"
    load_demo(services.store)
    window.refresh_lists()
    window.update_followups_entry()
    overdue = followups.overdue_count(services.store)
    assert overdue > 0 and window.navigation.item(row).text() == f"التتبع ({overdue} متأخرة)"
    window.navigation.setCurrentRow(row)
    page = window.followups_page
    assert window.stack.currentWidget() is page
    assert page.model.rowCount() == followups.board_count(services.store.conn, services.store.forms,
                                                          BoardFilters(status="pending"),
                                                          today=followups.local_today())  # fmt: skip


def test_screenshots_of_the_board_at_1280x672(qtbot: Any, controller: WindowController, services: Services,
                                              tmp_path: Path) -> None:  # fmt: skip
    folder = Path(os.environ.get("TAAWUN_SCREENSHOTS") or tmp_path / "screens")
    folder.mkdir(parents=True, exist_ok=True)
    load_demo(services.store)
    for lang in ("ar", "fr"):
        if lang != controller.services.lang:
            controller.switch_language(lang)
        window = controller.window
        window.resize(QSize(1280, 672))
        window.update_followups_entry()
        window.navigation.setCurrentRow(window.followups_row)
        QApplication.processEvents()
        assert window.size() == QSize(1280, 672)  # nothing forced it wider or taller
        page = window.followups_page
        assert page.model.rowCount() > 0
        assert (page.layoutDirection() == Qt.LayoutDirection.RightToLeft) == (lang == "ar")
        assert window.navigation.item(window.followups_row).text().endswith(("متأخرة)", "en retard)"))
        assert window.grab().save(str(folder / f"followups-{lang}.png"))


def test_the_window_counts_the_overdue_at_once(controller: WindowController, services: Services) -> None:
    """The items are a derived table (app/db/followup_index.py): the navigation's count is read from its index on
    the window's own connection, no worker, whatever the size of the database."""
    load_demo(services.store)
    window = controller.window
    window.navigation.item(window.followups_row).setText("")
    window.update_followups_entry()
    overdue = followups.overdue_count(services.store)
    assert overdue > 0 and window.navigation.item(window.followups_row).text() == f"التتبع ({overdue} متأخرة)"


def test_a_drafts_recommendations_are_marked(qtbot: Any, services: Services, board: dict[str, str]) -> None:
    """A draft's recommendation: "مسودة" in the status column, in italics, not counted overdue, found by the status
    filter "مسودة"."""
    store = services.store
    store.create("visit", {"cooperative": board["coop"], "visit_date": "2026-05-03", "recommendations": [
        {"action": "مسودة متأخرة", "due_date": "2026-06-01"}]}, draft=True)  # fmt: skip
    page = FollowupsPage(services, today=lambda: DAY)
    qtbot.addWidget(page)
    assert texts(page, 3)[0] == "مسودة متأخرة" and texts(page, 1)[0] == "مسودة"
    model = page.model
    assert model.data(model.index(0, 3), Qt.ItemDataRole.FontRole).italic()
    assert model.data(model.index(1, 3), Qt.ItemDataRole.FontRole) is None
    assert page.overdue.text() == "توصية واحدة متأخرة عن أجلها"  # the board's own overdue one, not the draft's
    page.status.setCurrentIndex(page.status.findData("draft"))
    assert texts(page, 3) == ["مسودة متأخرة"]
