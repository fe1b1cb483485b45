"""The USB stick screen: export to a folder standing in for a stick, merge it on another laptop, review conflicts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core.autosave import AutosaveFolder
from app.core.forms import load_form_directory
from app.core.settings import Settings
from app.db.demo import demo_id, load_demo
from app.db.store import Store
from app.resources import forms_dir
from app.sync.export import SUFFIX
from app.sync.merge import FileOutcome
from app.ui import sync_page
from app.ui.application import WindowController
from app.ui.services import Services
from app.ui.sync_words import merge_report


@pytest.fixture
def coordinator(qapp: QApplication, tmp_path: Path, isolated_home: Path, controller: WindowController,
                answers) -> Iterator[WindowController]:  # fmt: skip
    """A second laptop, with its own database, in the same test."""
    settings = Settings(author="Coordinator", device_name="coordination")
    store = Store.open(tmp_path / "coordinator.db", forms=load_form_directory(forms_dir()), author=settings.author,
                       device_name=settings.device_name)  # fmt: skip
    services = Services(store=store, settings=settings, settings_path=isolated_home / "coordinator.json",
                        autosave=AutosaveFolder(isolated_home / "autosave-2"), log_path=isolated_home / "c.log")  # fmt: skip
    other = WindowController(qapp, services, controller.language)
    yield other
    other.window.close()
    store.close()


def show_sync(controller: WindowController) -> sync_page.SyncPage:
    window = controller.window
    window.navigation.setCurrentRow(window.stick_row)  # after the three lists
    assert window.stack.currentWidget() is window.sync_page
    return window.sync_page


def test_export_to_a_stick_and_merge_on_another_laptop(qtbot: QtBot, controller: WindowController,
                                                       coordinator: WindowController, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    agent = controller.services.store
    load_demo(agent)
    new_id = agent.create("cooperative", {"name_ar": "تعاونية أزيلال للعسل", "sectors": ["beekeeping"]})
    stick = tmp_path / "STICK"
    stick.mkdir()

    page = show_sync(controller)
    page.set_folder(str(stick))
    assert page.export_button.isEnabled()
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=30_000)
    packages = sorted(stick.iterdir())
    assert len(packages) == 1 and packages[0].name.endswith(SUFFIX)
    assert str(packages[0]) in page.report.toPlainText()
    assert page.progress.isHidden()

    other = show_sync(coordinator)
    monkeypatch.setattr(sync_page.FileChooser, "packages", classmethod(lambda cls, parent, start: [str(packages[0])]))
    merges: list[list[FileOutcome]] = []  # what each merge did, as the page received it to report it

    def reported(outcomes: list[FileOutcome], lang: str) -> str:
        merges.append(list(outcomes))
        return merge_report(outcomes, lang)

    monkeypatch.setattr(sync_page, "merge_report", reported)
    qtbot.mouseClick(other.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not other.runner.busy, timeout=30_000)
    sent = {row[0]: row[1] for row in agent.conn.execute("SELECT id, version FROM records")}
    sent_versions = agent.conn.execute("SELECT count(*) FROM history").fetchone()[0]
    [(outcome,)] = merges
    assert outcome.merged and outcome.path == packages[0] and outcome.counts is not None
    counts = outcome.counts
    assert (counts.inserted, counts.updated, counts.unchanged, counts.conflicts) == (len(sent), 0, 0, 0)
    assert counts.versions_added == sent_versions
    assert other.report.toPlainText() == merge_report([outcome], coordinator.services.lang)  # shown as it is
    # The path in a left-to-right isolate: in Arabic it keeps its leading "/" instead of showing it at its end.
    assert f"\u2066{packages[0]}\u2069" in other.report.toPlainText()
    merged = coordinator.services.store
    assert dict(merged.conn.execute("SELECT id, version FROM records").fetchall()) == sent  # every record, as sent
    assert merged.get(new_id).data["name_ar"] == "تعاونية أزيلال للعسل"
    assert merged.count("cooperative") == agent.count("cooperative")
    coops = coordinator.window.lists["cooperative"].model
    assert coops.rowCount() == agent.count("cooperative")  # the lists refreshed after the merge

    # The same file again: accepted, nothing changes, and the report says so.
    before = merged.totals()
    other.merge_paths([packages[0]])
    qtbot.waitUntil(lambda: not other.runner.busy, timeout=30_000)
    assert merged.totals() == before
    again = merges[-1][0].counts
    assert again is not None
    assert (again.inserted, again.updated, again.unchanged, again.versions_added) == (0, 0, len(sent), 0)


def test_a_rejected_file_is_reported_in_the_screen(qtbot: QtBot, controller: WindowController,
                                                   tmp_path: Path) -> None:  # fmt: skip
    page = show_sync(controller)
    bogus = tmp_path / "taawun-broken.taawun"
    bogus.write_text("not a database", encoding="utf-8")
    before = controller.services.store.totals()
    page.merge_paths([bogus])
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=30_000)
    assert f"\u2066{bogus}\u2069" in page.report.toPlainText()
    assert "ليس" in page.report.toPlainText()  # the Arabic reason
    assert controller.services.store.totals() == before


def test_conflicts_side_by_side_and_resolved_field_by_field(qtbot: QtBot, controller: WindowController,
                                                            coordinator: WindowController,
                                                            tmp_path: Path) -> None:  # fmt: skip
    agent, other = controller.services.store, coordinator.services.store
    load_demo(agent)
    load_demo(other)
    coop = demo_id("cooperative-ifssan")
    agent.update(coop, {"members_total": 20, "notes": "ملاحظة الوكيل"})
    other.update(coop, {"members_total": 25, "notes": "ملاحظة المنسق"})
    stick = tmp_path / "STICK"
    stick.mkdir()
    page = show_sync(controller)
    page.set_folder(str(stick))
    page.export()
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=30_000)
    package = next(stick.iterdir())

    screen = show_sync(coordinator)
    screen.merge_paths([package])
    qtbot.waitUntil(lambda: not screen.runner.busy, timeout=30_000)
    view = screen.conflicts
    assert len(view.items) == 1 and view.list.rowCount() == 1
    rows = {view.fields.item(r, 0).text(): (view.fields.item(r, 1).text(), view.fields.item(r, 2).text())
            for r in range(view.fields.rowCount())}  # fmt: skip
    assert rows["ملاحظات"] == ("ملاحظة المنسق", "ملاحظة الوكيل")
    members = other.forms.get("cooperative").field("members_total").label["ar"]
    assert rows[members] == ("\u206625\u2069", "\u206620\u2069")
    # Keep the coordinator's number of members and the agent's note.
    for row in range(view.fields.rowCount()):
        combo = view.fields.cellWidget(row, 3)
        combo.setCurrentIndex(0 if view.fields.item(row, 0).text() == members else 1)
    qtbot.mouseClick(view.apply_choices, Qt.MouseButton.LeftButton)
    record = other.get(coop)
    assert (record.data["members_total"], record.data["notes"]) == (25, "ملاحظة الوكيل")
    assert view.items == [] and view.list.rowCount() == 0
    versions = other.history(coop)
    assert {"ملاحظة المنسق", "ملاحظة الوكيل"} <= {v.data.get("notes") for v in versions}  # nothing lost


def test_after_a_merge_the_page_counts_the_likely_duplicates_it_brought(
    qtbot: QtBot, controller: WindowController, coordinator: WindowController, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from app.sync.export import export_package
    from app.ui.duplicates_view import DuplicatesDialog

    agent, other = controller.services.store, coordinator.services.store
    agent.create("cooperative", {"name_ar": "تعاونية الأمل", "commune": "مريرت"})
    other.create("cooperative", {"name_ar": "تعاونية", "name_fr": "Coopérative Al Amal", "commune": "مريرت"})
    other.create("cooperative", {"name_ar": "تعاونية النور", "commune": "خنيفرة"})  # a pair there before the merge:
    other.create("cooperative", {"name_ar": "التعاونية النور", "commune": "خنيفرة"})  # not the merge's, not counted
    stick = tmp_path / "STICK"
    stick.mkdir()
    package = export_package(agent, stick).path

    page = show_sync(coordinator)
    assert page.duplicates_row.isHidden()
    page.merge_paths([package])
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=30_000)
    assert not page.duplicates_row.isHidden() and not page.duplicates_button.isHidden()
    note = page.duplicates_note.text()
    assert note == page.tr("%n likely duplicate pair(s) involve records this merge brought or changed.", "", 1)
    assert "زوج" in note  # in Arabic, the window's language

    shown: list[int] = []
    monkeypatch.setattr(DuplicatesDialog, "exec", lambda self: shown.append(self.list.count()) or 0)
    qtbot.mouseClick(page.duplicates_button, Qt.MouseButton.LeftButton)
    assert shown == [2]  # the dialog lists every pair, the one the merge brought and the one there before

    page.merge_paths([package])  # again: nothing new, no line
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=30_000)
    assert page.duplicates_row.isHidden()


def test_a_merge_bringing_no_likely_duplicate_says_so_without_a_button(
    qtbot: QtBot, controller: WindowController, coordinator: WindowController, tmp_path: Path
) -> None:
    from app.sync.export import export_package

    controller.services.store.create("cooperative", {"name_ar": "تعاونية الأمل", "commune": "مريرت"})
    stick = tmp_path / "STICK"
    stick.mkdir()
    page = show_sync(coordinator)
    page.merge_paths([export_package(controller.services.store, stick).path])
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=30_000)
    assert not page.duplicates_row.isHidden() and page.duplicates_button.isHidden()
    assert page.duplicates_note.text() == page.tr("No likely duplicates among the records this merge brought or "
                                                  "changed.")  # fmt: skip
