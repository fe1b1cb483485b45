"""File › Import from Excel…: the wizard finds the columns of a sheet with French labels, lets a person map one by
hand, checks every row without writing (the problems listed by row and column), then imports only the valid rows;
the lists show the new records."""

from __future__ import annotations

from pathlib import Path

import pytest
from import_support import ChangedBothWays, write_xlsx
from pytestqt.qtbot import QtBot

from app.db.store import Store
from app.exchange.importing import import_sheet
from app.sync.conflicts import list_conflicts
from app.ui import sheet_import
from app.ui.application import WindowController
from app.ui.sheet_import import ImportDone, SheetImportWizard


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

    def ask(cls, services, parent) -> ImportDone:  # type: ignore[no-untyped-def]
        asked.append(parent)
        services.store.create("cooperative", {"name_ar": "تعاونية جديدة"})
        return ImportDone(1, 0)

    monkeypatch.setattr(SheetImportWizard, "ask", classmethod(ask))
    window = controller.window
    page = window.lists["cooperative"]
    window.stack.setCurrentWidget(page)
    rows = page.model.rowCount()
    window.import_action.trigger()
    assert asked == [window]
    assert page.model.rowCount() == rows + 1
    assert window.stack.currentWidget() is page  # no conflict to review: the window stays where it was


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


def test_the_wizard_imports_a_record_changed_since_the_export_as_a_conflict_and_leads_to_its_review(
    qtbot: QtBot, controller: WindowController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = controller.services.store
    changed = ChangedBothWays(store, tmp_path / "coops.xlsx", lang="ar")
    monkeypatch.setattr(sheet_import.SheetImportFiles, "open_file", classmethod(lambda cls, parent: changed.path))
    wizard = SheetImportWizard(controller.services, controller.window)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choose.form.setCurrentIndex(wizard.choose.form.findData("cooperative"))
    wizard.choose.browse.click()
    wizard.next()
    wizard.next()
    check = wizard.check
    qtbot.waitUntil(lambda: check.checked is not None, timeout=30_000)
    assert list_conflicts(store) == []  # the check wrote nothing
    assert check.table.rowCount() == 1 and check.table.item(0, 0).text() == str(changed.row)
    assert check.table.item(0, 2).text().startswith("تنبيه: عدل هذا السجل بعد التصدير (فاطمة، ")
    assert "صفوف لسجلات عدلت بعد التصدير: 1. هذا تنبيه" in check.summary.text()
    assert "مكررة" not in check.summary.text() and not check.skip_duplicates.isEnabled()
    assert check.isComplete()  # a warning, not a problem
    result = wizard.result
    assert not result.review.isVisibleTo(wizard)
    wizard.next()
    qtbot.waitUntil(lambda: result.done is not None, timeout=30_000)
    assert result.done.conflicts == 1 and len(list_conflicts(store)) == 1
    text = result.summary.text()
    assert "تعارضات سجلت (سجلات عدلت هنا وفي الملف بعد التصدير): 1." in text
    assert "راجعها في صفحة «المزامنة»، تحت «تعارضات للمراجعة»" in text
    assert result.review.isVisible() and result.review.text() == "مراجعة التعارضات"
    result.review.click()
    assert wizard.review_conflicts and not wizard.isVisible()


@pytest.mark.parametrize("where", ["here", "elsewhere"])
def test_the_window_shows_an_import_s_conflict_where_a_merge_s_are_named_after_the_sheet(
    controller: WindowController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shipped_forms, where: str
) -> None:
    """The wizard's "Review the conflicts" takes the window to the USB stick page; there the sheet's side is the
    "Imported sheet", and the other is this laptop's or another laptop's, as the change since the export was."""
    store = controller.services.store
    if where == "here":
        changed = ChangedBothWays(store, tmp_path / "coops.xlsx")
    else:
        with Store.open(tmp_path / "peer.db", forms=shipped_forms, author="علي", device_name="حاسوب تيزنيت") as peer:
            changed = ChangedBothWays(store, tmp_path / "coops.xlsx", peer=peer)
    import_sheet(store, "cooperative", changed.path, lang="ar")
    monkeypatch.setattr(SheetImportWizard, "ask", classmethod(lambda cls, services, parent: ImportDone(0, 1, True)))
    window = controller.window
    window.import_action.trigger()
    assert window.navigation.currentRow() == window.stick_row and window.stack.currentWidget() is window.sync_page
    view = window.sync_page.conflicts
    assert len(view.items) == 1
    held = ("هذا الحاسوب", "الاحتفاظ بنسخة هذا الحاسوب") if where == "here" else (
        "الحاسوب الآخر", "الاحتفاظ بنسخة الحاسوب الآخر")  # fmt: skip
    headers = [view.fields.horizontalHeaderItem(column).text() for column in range(4)]
    assert headers[1:3] == [held[0], "الورقة المستوردة"]
    assert (view.keep_mine.text(), view.keep_theirs.text()) == (held[1], "الاحتفاظ بنسخة الورقة")
    choice = view.fields.cellWidget(0, 3)
    assert [choice.itemText(i) for i in range(2)] == [held[0], "الورقة المستوردة"] and choice.currentData() == "theirs"
    summary = view.summary.text()
    assert summary.startswith(held[0] + ": ")
    assert f"الورقة المستوردة: \u2068coops.xlsx\u2069، الصف {changed.row}، استوردها \u2068فاطمة\u2069" in summary
    view.keep_mine.click()  # the change made since the export wins; the sheet's version stays in the history
    assert view.items == [] and store.get(changed.id).data["commune"] == "Aglou"
    assert store.get(changed.id).data["members_total"] == 10
