"""The sync page's "Shared folder" part (app/ui/shared_folder_box.py) and its setting: chosen in Settings, shown with
what waits there; "Sync" on one laptop and "Merge new files" on another bring the records across on a worker
thread, reported as a USB merge is; a folder that cannot be reached says so and writes nothing. Screenshots in Arabic
and French at 1280x672 are written to $TAAWUN_SCREENSHOTS (or the test's folder)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from org_support import Laptops, make_three_laptops
from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from app.core.autosave import AutosaveFolder
from app.core.forms import FormRegistry, load_form_directory
from app.core.messages import translate
from app.core.settings import Settings
from app.db.store import Store
from app.resources import forms_dir
from app.security import sealed
from app.ui import dialogs
from app.ui.application import WindowController
from app.ui.i18n import Language
from app.ui.services import Services
from app.ui.shared_folder_box import SharedFolderBox
from app.ui.sync_page import SyncPage
from app.ui.unlock import KeyRing, PassphraseDialog

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
    # Deleted now, as the `controller` fixture does: a window left to Python's collector may be destroyed inside Qt's
    # walk over the widgets of a later test.
    other.window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
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


# --- laptops of an organisation: sealed files, the passphrase asked when needed ------------------------------------


@pytest.fixture(scope="module")
def organisation(tmp_path_factory: pytest.TempPathFactory, shipped_forms: FormRegistry) -> Laptops:
    return make_three_laptops(tmp_path_factory.mktemp("organisation"), shipped_forms)


@pytest.fixture
def member_services(tmp_path: Path, isolated_home: Path, organisation: Laptops, shipped_forms: FormRegistry,
                    share: Path) -> Iterator[dict[str, Services]]:  # fmt: skip
    made = {}
    for name in ("b", "c"):
        (tmp_path / name).mkdir()
        shutil.copyfile(organisation.folder / f"{name}.db", tmp_path / name / "taawun.db")
        settings = Settings(author=f"agent-{name}", device_name=organisation.names[name], shared_folder=str(share))
        store = Store.open(tmp_path / name / "taawun.db", forms=shipped_forms, author=settings.author,
                           device_name=settings.device_name)  # fmt: skip
        made[name] = Services(store=store, settings=settings, settings_path=isolated_home / f"{name}.json",
                              autosave=AutosaveFolder(isolated_home / f"autosave-{name}"),
                              log_path=isolated_home / f"{name}.log")  # fmt: skip
    yield made
    for services in made.values():
        services.store.close()


def test_an_organisations_laptops_sync_sealed_files_and_a_cancelled_passphrase_writes_nothing(
    qtbot: QtBot, qapp: QApplication, member_services: dict[str, Services], organisation: Laptops, share: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    Language(qapp).apply("ar")
    asked: list[str] = []

    def passphrase(cls: Any, parent: Any, held: Any, lang: str) -> Any:
        asked.append(held.laptop)
        if "cancel" in asked:
            return None
        return next(keys for keys in organisation.keys.values() if keys.laptop.laptop == held.laptop)

    monkeypatch.setattr(PassphraseDialog, "ask", classmethod(passphrase))
    b, c = member_services["b"], member_services["c"]
    coop = b.store.create("cooperative", {"name_ar": "تعاونية الورود بقلعة مكونة"})
    pages = {name: SyncPage(services, keyring=KeyRing(services), drive_source=lambda: [])
             for name, services in member_services.items()}  # fmt: skip
    for page in pages.values():
        qtbot.addWidget(page)
    box = pages["b"].shared_folder
    qtbot.mouseClick(box.sync_button, Qt.MouseButton.LeftButton)
    settle(box)
    [package] = share.iterdir()
    assert sealed.is_sealed(package) and "Réseau des coopératives تعاون" in pages["b"].report.toPlainText()
    other = pages["c"].shared_folder
    other.refresh()  # as when its page is shown
    settle(other)
    assert other.waiting.text() == other.tr("%n new file(s) waiting", "", 1)
    qtbot.mouseClick(other.merge_button, Qt.MouseButton.LeftButton)
    settle(other)
    assert "مختوم، من الحاسوب «حاسوب فاطمة»" in pages["c"].report.toPlainText()
    assert c.store.get(coop).data["name_ar"] == "تعاونية الورود بقلعة مكونة"
    assert asked == [b.store.device_id, c.store.device_id]  # once each

    # A laptop whose passphrase is not given writes nothing.
    fresh = SyncPage(c, keyring=KeyRing(c), drive_source=lambda: [])
    qtbot.addWidget(fresh)
    asked.append("cancel")
    qtbot.mouseClick(fresh.shared_folder.export_button, Qt.MouseButton.LeftButton)
    assert not fresh.shared_folder.runner.busy and "عبارة مروره" in fresh.report.toPlainText()
    assert list(share.iterdir()) == [package]
    settle(fresh.shared_folder)
