"""Excel and CSV from the window: a list exported as it is filtered on screen, every form from the File menu, the
dialog in the user's language, and a clear message (no file) when the folder is gone."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sheet_reading import read_csv, read_xlsx

from app.db.demo import load_demo
from app.ui import sheet_export
from app.ui.application import WindowController
from app.ui.sheet_export import SheetChoices, SheetExportDialog


@pytest.fixture
def chosen(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[tuple[Path, str]]:
    """The file dialog answers a file in tmp_path/out named as suggested; what it was asked is kept."""
    asked: list[tuple[Path, str]] = []
    (tmp_path / "out").mkdir()

    def save_as(cls, parent, suggested: Path, fmt: str) -> Path:  # type: ignore[no-untyped-def]
        asked.append((suggested, fmt))
        return tmp_path / "out" / suggested.name

    monkeypatch.setattr(sheet_export.SheetFiles, "save_as", classmethod(save_as))
    return asked


def _answer(monkeypatch: pytest.MonkeyPatch, choices: SheetChoices) -> None:
    monkeypatch.setattr(SheetExportDialog, "ask", classmethod(lambda cls, parent, lang: choices))


def test_a_list_is_exported_as_it_is_filtered_on_screen(qtbot: QtBot, controller: WindowController, tmp_path: Path,
                                                        chosen, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    store = controller.services.store
    load_demo(store)
    draft = store.create("visit", {"visit_date": "2025-06-01"}, draft=True)
    _answer(monkeypatch, SheetChoices("xlsx", "fr", False, False))
    window = controller.window
    page = window.lists["visit"]
    window.stack.setCurrentWidget(page)
    state = page.filter_bar.inputs["state"]  # chosen as a user does: the list follows
    state.setCurrentIndex(state.findData("final"))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.sheets.runner.busy, timeout=60_000)
    [(suggested, fmt)] = chosen
    assert (
        fmt == "xlsx" and suggested.name == "الزيارات الميدانية.xlsx"
    )  # the list's heading in the interface's language
    sheets = read_xlsx(tmp_path / "out" / suggested.name)
    (_, _, rows), _ = sheets.values()
    shown = {page.model.record_id(row) for row in range(page.model.rowCount())}
    assert {row["_id"] for row in rows} == shown and draft not in shown
    assert list(sheets) == ["Visite de terrain", "Recommandations"]  # the export's language, not the window's
    message = window.statusBar().currentMessage()
    assert "تم تصدير 4 سجلات" in message and "\u2066" in message  # its path in an isolate


def test_everything_from_the_file_menu_as_csv(qtbot: QtBot, controller: WindowController, tmp_path: Path,
                                             chosen, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    load_demo(controller.services.store)
    _answer(monkeypatch, SheetChoices("csv", "ar", True, False))
    controller.window.export_all_action.trigger()
    qtbot.waitUntil(lambda: not controller.window.sheets.runner.busy, timeout=60_000)
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == ["taawun-cooperative.csv", "taawun-visit.csv", "taawun-visit.recommendations.csv",
                     "taawun-workshop.csv", "taawun-workshop.recommendations.csv", "taawun-workshop.sessions.csv"]  # fmt: skip
    _, _, cooperatives = read_csv(tmp_path / "out" / "taawun-cooperative.csv")
    assert len(cooperatives) == 4 and all(row["legal_form"] in ("cooperative", "") for row in cooperatives)  # codes


def test_the_dialog_speaks_the_language_and_offers_its_choices(qtbot: QtBot, controller: WindowController) -> None:
    dialog = SheetExportDialog(controller.window, lang="ar")
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "ar"
    assert [dialog.format.itemData(i) for i in range(dialog.format.count())] == ["xlsx", "csv"]
    dialog.format.setCurrentIndex(1)
    dialog.photos.setChecked(True)
    assert dialog.choices() == SheetChoices("csv", "ar", False, True)


def test_a_folder_that_is_gone_says_so_and_writes_nothing(qtbot: QtBot, controller: WindowController, answers,
                                                          tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    load_demo(controller.services.store)
    gone = tmp_path / "gone"
    monkeypatch.setattr(sheet_export.SheetFiles, "save_as", classmethod(lambda cls, parent, s, fmt: gone / "v.xlsx"))
    _answer(monkeypatch, SheetChoices("xlsx", "ar", False, False))
    page = controller.window.lists["visit"]
    page.export_button.click()
    qtbot.waitUntil(lambda: bool(answers.errors), timeout=60_000)
    assert "لم يكتب أي ملف" in answers.errors[0]
    assert not gone.exists()


def test_a_workbook_written_from_the_window_opens_in_excel_terms(qtbot: QtBot, controller: WindowController,
                                                                 tmp_path: Path, chosen,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    load_demo(controller.services.store)
    _answer(monkeypatch, SheetChoices("xlsx", "ar", False, False))
    controller.window.export_everything()
    qtbot.waitUntil(lambda: not controller.window.sheets.runner.busy, timeout=60_000)
    book = openpyxl.load_workbook(tmp_path / "out" / "taawun.xlsx")
    assert all(sheet.sheet_view.rightToLeft for sheet in book.worksheets)
    assert [sheet.title for sheet in book.worksheets][:2] == ["تعاونية", "زيارة ميدانية"]
