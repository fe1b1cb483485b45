"""File › Import from Excel…: the wizard finds the columns of a sheet with French labels, lets a person map one by
hand, checks every row without writing (the problems listed by row and column), then imports only the valid rows;
the lists show the new records."""

from __future__ import annotations

from pathlib import Path

import pytest
from import_support import write_xlsx
from pytestqt.qtbot import QtBot

from app.ui import sheet_import
from app.ui.application import WindowController
from app.ui.sheet_import import SheetImportWizard


@pytest.fixture
def sheet(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "coops.xlsx", [
        ["Nom de la coopérative (en arabe)", "Tél.", "Date de création", "Remarque"],
        ["تعاونية الأمل", "0612345678", "17/05/2019", "ok"],
        ["تعاونية الخير", "12345", "2019-05-17", ""],
        ["تعاونية النور", "+212661234567", "hier", ""],
        ["تعاونية ⵜⴰⵡⵓⵏ", "٠٦٦١٢٣٤٥٦٧", "01/01/2020", ""],
    ], title="Coopératives")  # fmt: skip


def test_the_wizard_maps_checks_and_imports_the_valid_rows(qtbot: QtBot, controller: WindowController, sheet: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    store = controller.services.store
    before = store.count("cooperative")
    monkeypatch.setattr(sheet_import.SheetImportFiles, "open_file", classmethod(lambda cls, parent: sheet))
    wizard = SheetImportWizard(controller.services, controller.window)
    qtbot.addWidget(wizard)
    wizard.show()
    choose = wizard.choose
    choose.form.setCurrentIndex(choose.form.findData("cooperative"))
    assert not choose.isComplete()
    choose.browse.click()
    assert [choose.sheet.itemText(i) for i in range(choose.sheet.count())] == ["Coopératives"]
    wizard.next()
    columns = wizard.columns_page
    boxes = [columns.choices[i] for i in range(4)]
    assert [box.currentData() for box in boxes] == ["name_ar", "", "founded_on", ""]  # found by their labels
    boxes[1].setCurrentIndex(boxes[1].findData("phone"))  # mapped by hand
    wizard.next()
    check = wizard.check
    qtbot.waitUntil(lambda: check.checked is not None, timeout=30_000)
    assert store.count("cooperative") == before  # the check wrote nothing
    assert check.table.rowCount() == 2
    assert [check.table.item(r, 0).text() for r in range(2)] == ["3", "4"]
    assert check.table.item(0, 1).text() == "B (Tél.)" and "12345" in check.table.item(0, 2).text()
    assert (sheet.parent / "coops-problems.xlsx").exists()
    assert not check.isComplete()  # rows have problems: only the valid ones may be imported, if asked
    check.only_valid.setChecked(True)
    assert check.isComplete()
    imported: list[tuple[int, int]] = []
    wizard.imported.connect(lambda created, updated: imported.append((created, updated)))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.result.done is not None, timeout=30_000)
    assert imported == [(2, 0)]
    assert "2" in wizard.result.summary.text()
    names = {r.data["name_ar"]: r.data for r in store.records_of("cooperative")}
    assert names["تعاونية ⵜⴰⵡⵓⵏ"]["phone"] == "+212661234567"
    assert "تعاونية الخير" not in names
    assert store.count("cooperative") == before + 2


def test_an_unreadable_file_is_said_on_the_first_page(
    qtbot: QtBot, controller: WindowController, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a workbook")
    wizard = SheetImportWizard(controller.services, controller.window)
    qtbot.addWidget(wizard)
    wizard.choose.set_file(broken)
    assert not wizard.choose.isComplete()
    assert "broken.xlsx" in wizard.choose.error.text()


def test_the_file_menu_opens_the_wizard_and_the_lists_follow(controller: WindowController,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    asked: list[object] = []

    def ask(cls, services, parent) -> tuple[int, int]:  # type: ignore[no-untyped-def]
        asked.append(parent)
        services.store.create("cooperative", {"name_ar": "تعاونية جديدة"})
        return (1, 0)

    monkeypatch.setattr(SheetImportWizard, "ask", classmethod(ask))
    window = controller.window
    page = window.lists["cooperative"]
    window.stack.setCurrentWidget(page)
    rows = page.model.rowCount()
    window.import_action.trigger()
    assert asked == [window]
    assert page.model.rowCount() == rows + 1


def test_the_wizard_s_cancel_button_is_worded_as_arabic_interfaces_word_it(qtbot: QtBot,
                                                                         controller: WindowController) -> None:  # fmt: skip
    from PySide6.QtWidgets import QWizard

    wizard = SheetImportWizard(controller.services, controller.window)
    qtbot.addWidget(wizard)
    assert wizard.buttonText(QWizard.WizardButton.CancelButton) == "إلغاء"  # Qt's own Arabic says "ألغ"


def test_a_french_column_name_keeps_its_punctuation_in_an_arabic_window(qtbot: QtBot, controller: WindowController,
                                                                        sheet: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QStyleOptionViewItem

    monkeypatch.setattr(sheet_import.SheetImportFiles, "open_file", classmethod(lambda cls, parent: sheet))
    wizard = SheetImportWizard(controller.services, controller.window)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choose.form.setCurrentIndex(wizard.choose.form.findData("cooperative"))
    wizard.choose.browse.click()
    wizard.next()
    table = wizard.columns_page.table
    index = table.model().index(1, 0)
    assert index.data() == "B: Tél."
    option = QStyleOptionViewItem()
    option.initFrom(table)
    table.itemDelegate().initStyleOption(option, index)
    assert option.direction == Qt.LayoutDirection.LeftToRight  # read left to right: "B: Tél.", not ".B: Tél"


def test_the_check_lists_likely_duplicates_as_warnings_and_they_may_be_left_out(
    qtbot: QtBot, controller: WindowController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = controller.services.store
    store.create("cooperative", {"name_ar": "تعاونية الأمل", "commune": "مريرت"})
    path = write_xlsx(tmp_path / "coops.xlsx", [
        ["name_ar", "commune"], ["التعاونية الامل", "مريرت"], ["تعاونية النور", "مريرت"],
    ])  # fmt: skip
    monkeypatch.setattr(sheet_import.SheetImportFiles, "open_file", classmethod(lambda cls, parent: path))
    wizard = SheetImportWizard(controller.services, controller.window)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choose.form.setCurrentIndex(wizard.choose.form.findData("cooperative"))
    wizard.choose.browse.click()
    wizard.next()
    wizard.next()
    check = wizard.check
    qtbot.waitUntil(lambda: check.checked is not None, timeout=30_000)
    assert check.table.rowCount() == 1 and check.table.item(0, 0).text() == "2"
    assert check.table.item(0, 2).text() == "تنبيه: قد يكون هو نفسه السجل «تعاونية الأمل» (نفس الاسم، نفس الجماعة)"
    assert "قد تكون مكررة لسجل أو لصف آخر: 1" in check.summary.text()
    assert check.isComplete()  # a warning is no problem: every row may be imported
    assert check.skip_duplicates.isEnabled()
    check.skip_duplicates.setChecked(True)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.result.done is not None, timeout=30_000)
    assert wizard.result.done.created == 1 and wizard.result.done.skipped_duplicates == 1
    assert "صفوف تركت لأنها قد تكون مكررة: 1" in wizard.result.summary.text()
    assert store.count("cooperative") == 2
