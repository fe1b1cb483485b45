"""The sync page's "Shared folder" part (app/ui/shared_folder_box.py) and its setting: chosen in Settings, shown with
what waits there; "Sync" on one laptop and "Merge new files" on another bring the records across on a worker
thread, reported as a USB merge is; a folder that cannot be reached says so and writes nothing. Screenshots in Arabic
and French at 1280x672 are written to $TAAWUN_SCREENSHOTS (or the test's folder)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from app.core.autosave import AutosaveFolder
from app.core.forms import load_form_directory
from app.core.messages import translate
from app.core.settings import Settings
from app.db.store import Store
from app.resources import forms_dir
from app.ui import dialogs
from app.ui.application import WindowController
from app.ui.services import Services
from app.ui.shared_folder_box import SharedFolderBox

LAPTOP = QSize(1280, 672)


@pytest.fixture
def share(tmp_path: Path) -> Path:
    folder = tmp_path / "share"
    folder.mkdir()
    return folder


@pytest.fixture
def second(qapp: QApplication, tmp_path: Path, isolated_home: Path, controller: WindowController,
           answers: Any) -> Iterator[WindowController]:  # fmt: skip
    """Another laptop, with its own database and settings, in the same test."""
    settings = Settings(author="Amina", device_name="PC coordination")
    store = Store.open(tmp_path / "second.db", forms=load_form_directory(forms_dir()), author=settings.author,
                       device_name=settings.device_name)  # fmt: skip
    services = Services(store=store, settings=settings, settings_path=isolated_home / "second.json",
                        autosave=AutosaveFolder(isolated_home / "autosave-2"), log_path=isolated_home / "s.log")  # fmt: skip
    other = WindowController(qapp, services, controller.language)
    yield other
    other.window.close()
    store.close()


def box_of(controller: WindowController) -> SharedFolderBox:
    window = controller.window
    window.navigation.setCurrentRow(window.stick_row)
    box = window.sync_page.shared_folder
    settle(box)
    return box


def settle(box: SharedFolderBox) -> None:
    """Until the work and the count of waiting files are done (their results handled on this thread)."""
    QApplication.processEvents()
    while box.runner.busy or box._counter.busy:
        box.runner.wait()
        QApplication.processEvents()
    QApplication.processEvents()  # the layout follows the texts just set


def test_the_folder_is_chosen_and_cleared_in_settings(
    qtbot: QtBot, share: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = dialogs.SettingsDialog(None, lang="ar", author="فاطمة", device_name="حاسوب", organisation="",
                                    shared_folder="")  # fmt: skip
    qtbot.addWidget(dialog)
    assert dialog.values()["shared_folder"] == "" and dialog.shared_folder.isReadOnly()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(share))
    qtbot.mouseClick(dialog.choose_folder_button, Qt.MouseButton.LeftButton)
    assert dialog.values()["shared_folder"] == str(share)
    qtbot.mouseClick(dialog.clear_folder_button, Qt.MouseButton.LeftButton)
    assert dialog.values()["shared_folder"] == ""


def test_without_a_folder_the_part_points_to_settings_where_it_is_chosen(
    qtbot: QtBot, controller: WindowController, share: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    box = box_of(controller)
    assert box.settings_link.isVisible() and not box.place.isVisible()
    assert box.tr("No folder chosen:") in box.settings_link.text()
    assert not any(b.isEnabled() for b in (box.export_button, box.merge_button, box.sync_button))

    def chosen(cls: Any, parent: Any, **current: Any) -> dict[str, Any]:
        return {**{k: current[k] for k in ("author", "device_name", "organisation", "backup_keep_days")},
                "language": current["lang"], "shared_folder": str(share)}  # fmt: skip

    monkeypatch.setattr(dialogs.SettingsDialog, "ask", classmethod(chosen))
    box.settings_link.linkActivated.emit("settings")
    settle(box)
    assert controller.services.settings.shared_folder == str(share)
    assert Settings.load(controller.services.settings_path).shared_folder == str(share)  # saved
    assert str(share) in box.place.text() and box.place.isVisible() and not box.settings_link.isVisible()
    assert box.waiting.text() == box.tr("Nothing new")
    assert all(b.isEnabled() for b in (box.export_button, box.merge_button, box.sync_button))


def test_sync_on_one_laptop_and_merge_on_another(
    qtbot: QtBot, controller: WindowController, second: WindowController, share: Path
) -> None:
    agent = controller.services.store
    coop = agent.create("cooperative", {"name_ar": "تعاونية أزيلال للعسل", "sectors": ["beekeeping"]})
    for laptop in (controller, second):
        laptop.services.settings.shared_folder = str(share)
    box = box_of(controller)
    qtbot.mouseClick(box.sync_button, Qt.MouseButton.LeftButton)
    settle(box)
    [package] = share.iterdir()
    report = controller.window.sync_page.report.toPlainText()
    assert str(package) in report and translate("shared_folder_nothing_waiting", "ar") in report

    other = box_of(second)
    assert other.waiting.text() == other.tr("%n new file(s) waiting", "", 1)
    changed: list[bool] = []
    second.window.sync_page.data_changed.connect(lambda: changed.append(True))
    qtbot.mouseClick(other.merge_button, Qt.MouseButton.LeftButton)
    settle(other)
    assert second.services.store.get(coop).data["name_ar"] == "تعاونية أزيلال للعسل"
    report = second.window.sync_page.report.toPlainText()
    assert translate("sync_summary", "ar", merged=1, rejected=0) in report and changed == [True]
    assert other.waiting.text() == other.tr("Nothing new") and other.progress.isHidden()
    qtbot.mouseClick(other.merge_button, Qt.MouseButton.LeftButton)  # merged already: nothing to do
    settle(other)
    assert second.window.sync_page.report.toPlainText() == translate("shared_folder_nothing_waiting", "ar")


def test_a_folder_that_cannot_be_reached_says_so_and_writes_nothing(
    qtbot: QtBot, controller: WindowController, tmp_path: Path
) -> None:
    gone = tmp_path / "share-down"
    controller.services.settings.shared_folder = str(gone)
    box = box_of(controller)
    assert box.waiting.text() == box.tr("Cannot be reached") and str(gone) in box.waiting.toolTip()
    qtbot.mouseClick(box.export_button, Qt.MouseButton.LeftButton)
    settle(box)
    report = controller.window.sync_page.report.toPlainText()
    assert "لا يمكن الوصول إلى المجلد المشترك" in report and str(gone) in report
    assert not gone.exists()


def test_screenshots_in_arabic_and_french(
    qtbot: QtBot, controller: WindowController, second: WindowController, share: Path, tmp_path: Path
) -> None:
    folder = Path(os.environ.get("TAAWUN_SCREENSHOTS") or tmp_path / "screens")
    folder.mkdir(parents=True, exist_ok=True)
    second.services.store.create("cooperative", {"name_ar": "تعاونية النخيل", "sectors": ["olives"]})
    second.services.settings.shared_folder = str(share)
    settle(box_of(second))
    qtbot.mouseClick(second.window.sync_page.shared_folder.export_button, Qt.MouseButton.LeftButton)
    settle(second.window.sync_page.shared_folder)
    controller.services.settings.shared_folder = str(share)
    for lang in ("ar", "fr"):
        if lang != controller.services.lang:
            controller.switch_language(lang)
        window = controller.window
        window.resize(LAPTOP)
        box = box_of(controller)
        assert box.waiting.text() == box.tr("%n new file(s) waiting", "", 1)
        window.grab().save(str(folder / f"{lang}-shared-folder-waiting.png"))
        qtbot.mouseClick(box.sync_button, Qt.MouseButton.LeftButton)
        settle(box)
        assert window.size() == LAPTOP
        window.grab().save(str(folder / f"{lang}-shared-folder-synced.png"))
        for path in share.iterdir():  # the next language finds the other laptop's file waiting again
            if "PC-coordination" not in path.name:
                path.unlink()
        controller.services.store.conn.execute("DELETE FROM sync_log")
