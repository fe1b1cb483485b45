"""The USB stick page and the backup actions on laptops of an organisation: the export is sealed (the passphrase
asked once per session through the window's KeyRing), a sealed file merged says which laptop sealed it, a cancelled
passphrase writes nothing, and a backup written from the window is sealed and restores."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from org_support import Laptops, make_three_laptops
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.core.autosave import AutosaveFolder
from app.core.forms import FormRegistry
from app.core.settings import Settings
from app.db.store import Store
from app.security import sealed
from app.sync.export import export_package
from app.ui import backup_actions, sync_page
from app.ui.application import WindowController
from app.ui.services import Services
from app.ui.unlock import KeyRing, PassphraseDialog

NAME = "تعاونية الورود بقلعة مكونة"
SHOTS = Path(os.environ["TAAWUN_SCREENSHOTS"]) if os.environ.get("TAAWUN_SCREENSHOTS") else None


@pytest.fixture(scope="module")
def organisation_laptops(tmp_path_factory: pytest.TempPathFactory, shipped_forms: FormRegistry) -> Laptops:
    return make_three_laptops(tmp_path_factory.mktemp("three-laptops"), shipped_forms)


def laptop_services(name: str, laptops: Laptops, folder: Path, home: Path, forms: FormRegistry) -> Services:
    folder.mkdir()
    shutil.copyfile(laptops.folder / f"{name}.db", folder / "taawun.db")
    settings = Settings(author=f"agent-{name}", device_name=laptops.names[name])
    store = Store.open(folder / "taawun.db", forms=forms, author=settings.author, device_name=settings.device_name)
    return Services(store=store, settings=settings, settings_path=home / f"{name}.json",
                    autosave=AutosaveFolder(home / f"autosave-{name}"), log_path=home / f"{name}.log")  # fmt: skip


@pytest.fixture
def b_and_c(tmp_path: Path, isolated_home: Path, organisation_laptops: Laptops,
            shipped_forms: FormRegistry) -> Iterator[tuple[Services, Services]]:  # fmt: skip
    b = laptop_services("b", organisation_laptops, tmp_path / "b", isolated_home, shipped_forms)
    c = laptop_services("c", organisation_laptops, tmp_path / "c", isolated_home, shipped_forms)
    yield b, c
    b.store.close()
    c.store.close()


@pytest.fixture
def passphrases(monkeypatch: pytest.MonkeyPatch, organisation_laptops: Laptops) -> list[str]:
    """The passphrase dialog, answered with the keys of the laptop it is asked on (or cancelled once `cancel` is in
    the list); each question is noted."""
    asked: list[str] = []

    def ask(cls: Any, parent: Any, held: Any, lang: str) -> Any:
        asked.append(held.laptop)
        if "cancel" in asked:
            return None
        return next(keys for keys in organisation_laptops.keys.values() if keys.laptop.laptop == held.laptop)

    monkeypatch.setattr(PassphraseDialog, "ask", classmethod(ask))
    return asked


def test_the_stick_page_seals_an_export_and_says_which_laptop_sealed_a_merged_file(
    qtbot: QtBot, qapp: Any, b_and_c: tuple[Services, Services], passphrases: list[str], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from app.ui.i18n import Language

    Language(qapp).apply("ar")  # the window's language, as the services say (whatever an earlier test left)
    b, c = b_and_c
    b.store.create("cooperative", {"name_ar": NAME})
    stick = tmp_path / "STICK"
    stick.mkdir()
    page = sync_page.SyncPage(b, keyring=KeyRing(b), drive_source=lambda: [])
    qtbot.addWidget(page)
    page.set_folder(str(stick))
    for _ in range(2):  # asked once in the session
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not page.runner.busy, timeout=30_000)
    assert passphrases == [b.store.device_id]
    [package] = sorted(stick.iterdir())
    assert sealed.is_sealed(package) and NAME.encode() not in package.read_bytes()
    assert "مختوم لحواسيب المنظمة «Réseau des coopératives تعاون»: لا يفتحه غيرها." in page.report.toPlainText()

    # On C's laptop the stick's files are listed before anything is merged: sealed or not, from which laptop.
    with Store.open(tmp_path / "plain.db", forms=c.store.forms, author="x", device_name="laptop-ouarzazate") as plain:
        plain_package = export_package(plain, stick).path  # a laptop of no organisation: a plain file
    (stick / "broken.taawun").write_bytes(b"not a package at all")
    other = sync_page.SyncPage(c, keyring=KeyRing(c), drive_source=lambda: [])
    qtbot.addWidget(other)
    other.resize(1280, 672)
    other.set_folder(str(stick))
    qtbot.waitUntil(lambda: other.files.topLevelItemCount() == 3, timeout=10_000)
    rows = {other.files.topLevelItem(n).data(0, sync_page.PATH_ROLE): other.files.topLevelItem(n)
            for n in range(3)}  # fmt: skip
    listed = rows[str(package)]
    assert listed.text(1) == "مختوم" and listed.text(2) == f"\u2068حاسوب فاطمة\u2069 · \u2066{b.store.device_id}\u2069"
    assert listed.text(3)  # when it was sealed
    assert rows[str(plain_package)].text(1) == "غير مختوم" and "laptop-ouarzazate" in rows[str(plain_package)].text(2)
    assert rows[str(stick / "broken.taawun")].text(1) == "تتعذر قراءته" and rows[str(stick / "broken.taawun")].toolTip(
        1
    )
    if SHOTS:
        other.grab().save(str(SHOTS / "ar-stick-files.png"))
    # A double-click merges the file.
    other.files.itemDoubleClicked.emit(listed, 0)
    qtbot.waitUntil(lambda: not other.runner.busy, timeout=30_000)
    assert "مختوم، من الحاسوب «حاسوب فاطمة»" in other.report.toPlainText()  # the window's language: Arabic
    assert [r.data["name_ar"] for r in c.store.records_of("cooperative")] == [NAME]
    qtbot.waitUntil(lambda: not other._lister.busy, timeout=10_000)


def test_a_cancelled_passphrase_writes_nothing_and_a_sealed_file_without_keys_is_refused(
    qtbot: QtBot, b_and_c: tuple[Services, Services], passphrases: list[str], tmp_path: Path,
    organisation_laptops: Laptops,
) -> None:  # fmt: skip
    b, c = b_and_c
    stick = tmp_path / "STICK"
    stick.mkdir()
    package = export_package(b.store, stick, keys=organisation_laptops.keys["b"]).path
    passphrases.append("cancel")
    page = sync_page.SyncPage(b, keyring=KeyRing(b), drive_source=lambda: [])
    qtbot.addWidget(page)
    page.set_folder(str(tmp_path))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert not page.runner.busy and "عبارة مروره" in page.report.toPlainText()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".taawun") == []
    other = sync_page.SyncPage(c, keyring=KeyRing(c), drive_source=lambda: [])
    qtbot.addWidget(other)
    other.merge_paths([package])
    qtbot.waitUntil(lambda: not other.runner.busy, timeout=30_000)
    assert "يحتاج إلى عبارة مرور هذا الحاسوب" in other.report.toPlainText()
    assert c.store.records_of("cooperative") == []


@pytest.fixture
def services(b_and_c: tuple[Services, Services]) -> Services:
    """The window's laptop (the `controller` fixture's): b."""
    return b_and_c[0]


def test_a_backup_from_the_window_is_sealed_and_restores(
    qtbot: QtBot, controller: WindowController, services: Services, passphrases: list[str], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, answers: Any,
) -> None:  # fmt: skip
    services.store.create("cooperative", {"name_ar": NAME})
    actions = controller.window.backups
    stick = tmp_path / "STICK"
    stick.mkdir()
    informed: list[str] = []
    monkeypatch.setattr(backup_actions.BackupFiles, "folder", classmethod(lambda cls, parent: stick))
    monkeypatch.setattr(backup_actions.BackupFiles, "inform", classmethod(lambda cls, p, text: informed.append(text)))
    actions.back_up_now()
    qtbot.waitUntil(lambda: bool(informed), timeout=30_000)
    [backup] = sorted(stick.iterdir())
    assert sealed.read_header(backup).kind == "backup" and NAME.encode() not in backup.read_bytes()
    services.store.create("cooperative", {"name_ar": "تعاونية بعد النسخة"})
    monkeypatch.setattr(backup_actions.BackupFiles, "backup_file", classmethod(lambda cls, parent, start: backup))
    answers.confirm = True
    replaced: list[bool] = []
    actions.database_replaced.connect(lambda: replaced.append(True))
    actions.restore_backup()
    qtbot.waitUntil(lambda: bool(replaced), timeout=30_000)
    assert [r.data["name_ar"] for r in services.store.records_of("cooperative")] == [NAME]
    assert len(passphrases) == 1  # asked once in the session
