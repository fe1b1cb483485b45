"""Settings › Organisation in the window: a coordinator creates the organisation and invites a laptop, the laptop
joins with the invite file and its code, the coordinator removes it (the passphrase asked once by the window's key
ring, a wrong one first), a passphrase changed; the page in Arabic and French, looked at in screenshots.

The real dialogs run: their `exec` is replaced by what a person does in them (type, click OK), so the checks they
make, the work they do and the refusals they show are the application's own. Each scrypt costs a second or two:
one flow carries the whole life."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from org_support import PASSPHRASE as ORG_PASSPHRASE
from org_support import make_three_laptops
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from app.core.autosave import AutosaveFolder
from app.core.forms import FormRegistry
from app.core.settings import Settings
from app.db.backup import backup_database, restore_database
from app.db.store import Store
from app.security import organisation
from app.security.invite import invite
from app.ui import dialogs
from app.ui.application import WindowController
from app.ui.i18n import Language, load_fonts
from app.ui.organisation_dialogs import (
    ChangePassphraseDialog,
    CreateOrganisationDialog,
    InviteCodeDialog,
    InviteDialog,
    JoinDialog,
)
from app.ui.organisation_page import NAME as NAME_COLUMN
from app.ui.organisation_page import LaptopsModel, OrganisationPage
from app.ui.services import Services
from app.ui.unlock import KeyRing, PassphraseDialog

SHOTS = Path("/tmp/shots-org")
PASSPHRASE = "زيت الزيتون 2026"
AGENT_PASSPHRASE = "mot de passe de Fatima"
NAME = "شبكة التعاونيات Souss"


def _services(path: Path, home: Path, forms: FormRegistry, device_name: str) -> Services:
    settings = Settings(author="نادية", device_name=device_name)
    store = Store.open(path, forms=forms, author=settings.author, device_name=device_name)
    return Services(store=store, settings=settings, settings_path=home / f"{path.stem}.json",
                    autosave=AutosaveFolder(home / f"autosave-{path.stem}"), log_path=home / "x.log")  # fmt: skip


@pytest.fixture
def two_laptops(
    tmp_path: Path, isolated_home: Path, shipped_forms: FormRegistry
) -> Iterator[tuple[Services, Services]]:
    coordinator = _services(tmp_path / "coordinator.db", isolated_home, shipped_forms, "مكتب أكادير")
    agent = _services(tmp_path / "agent.db", isolated_home, shipped_forms, "حاسوب فاطمة")
    yield coordinator, agent
    coordinator.store.close()
    agent.store.close()


def acting(monkeypatch: pytest.MonkeyPatch, dialog: type[QDialog], act: Callable[[Any], None]) -> list[Any]:
    """`dialog`'s exec replaced by `act` (what a person types and clicks); the dialogs seen are listed."""
    seen: list[Any] = []

    def exec_(self: Any) -> int:
        seen.append(self)
        act(self)
        return int(self.result())

    monkeypatch.setattr(dialog, "exec", exec_)
    return seen


def _page(qtbot: Any, services: Services, keyring: KeyRing) -> OrganisationPage:
    page = OrganisationPage(services, keyring)
    qtbot.addWidget(page)
    page.resize(900, 520)
    return page


def click_row(qtbot: Any, page: OrganisationPage, row: int) -> None:
    """A click on a row of the laptops, as a person selects one (QTableView.selectRow misses the row in a
    right-to-left view: it looks for the first column at the viewport's right edge, one pixel past it)."""
    rect = page.table.visualRect(page.model.index(row, NAME_COLUMN))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _shot(widget: Any, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    widget.show()
    QApplication.processEvents()
    assert widget.grab().save(str(SHOTS / name))


def test_create_invite_join_remove_and_a_new_passphrase_in_the_window(
    qtbot: Any, qapp: QApplication, two_laptops: tuple[Services, Services], monkeypatch: pytest.MonkeyPatch,
    answers: Any, tmp_path: Path,
) -> None:  # fmt: skip
    coordinator, agent = two_laptops
    language = Language(qapp)
    load_fonts(qapp)
    language.apply("ar")
    coordinator.lang = agent.lang = "ar"
    keyring, agent_keyring = KeyRing(coordinator), KeyRing(agent)
    page = _page(qtbot, coordinator, keyring)
    assert page.heading.text() == "هذا الحاسوب ليس عضوا في أي منظمة."
    assert coordinator.store.device_id in page.this_laptop.text()
    assert page.create_button.isVisibleTo(page) and not page.table.isVisibleTo(page)
    _shot(page, "ar-no-organisation.png")

    # Create: OK stays disabled until a name and twice the same passphrase are given.
    def create(dialog: CreateOrganisationDialog) -> None:
        dialog.name.setText(NAME)
        dialog.passphrase.first.setText(PASSPHRASE)
        dialog.passphrase.again.setText(PASSPHRASE + "x")
        assert not dialog.ok_button.isEnabled() and dialog.passphrase.hint.text()
        dialog.passphrase.again.setText(PASSPHRASE)
        assert dialog.ok_button.isEnabled()
        dialog.ok_button.click()

    acting(monkeypatch, CreateOrganisationDialog, create)
    page.create_button.click()
    held = organisation.load(coordinator.store)
    assert held is not None and held.members.name == NAME and held.is_coordinator
    assert keyring.unlocked  # the keys of the session: not asked again
    assert page.heading.text() == f"المنظمة «\u2068{NAME}\u2069»" and page.model.rowCount() == 1
    assert page.invite_button.isVisibleTo(page) and not page.create_button.isVisibleTo(page)

    # Invite the agent's laptop by its id: the file chosen, the code shown large in its own dialog.
    invite_file = tmp_path / "stick" / "fatima.taawun-invite"
    invite_file.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(invite_file), "")))

    def invite(dialog: InviteDialog) -> None:
        dialog.name.setText("حاسوب فاطمة")
        dialog.laptop.setText(coordinator.store.device_id)  # already listed: refused in the dialog, kept open
        dialog.ok_button.click()
        assert dialog.result() != QDialog.DialogCode.Accepted and "موجود بالفعل" in dialog.status.text()
        dialog.laptop.setText(agent.store.device_id)
        dialog.ok_button.click()

    acting(monkeypatch, InviteDialog, invite)
    codes = acting(monkeypatch, InviteCodeDialog, lambda dialog: _shot(dialog, "ar-invite-code.png"))
    page.invite_button.click()
    assert invite_file.exists() and len(codes) == 1
    code = codes[0].code.text()
    assert len(code) == 24 and code.encode() not in invite_file.read_bytes()
    assert codes[0].code.font().pointSizeF() > page.font().pointSizeF() * 2
    assert page.model.rowCount() == 2 and str(invite_file) in page.status.text()

    # Join on the agent's laptop: a wrong code is said in the dialog, which stays open; then the right one.
    agent_page = _page(qtbot, agent, agent_keyring)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(invite_file), "")))

    def join(dialog: JoinDialog) -> None:
        dialog.choose.click()
        dialog.code.setText("AAAA-AAAA-AAAA-AAAA-AAAA")
        dialog.passphrase.first.setText(AGENT_PASSPHRASE)
        dialog.passphrase.again.setText(AGENT_PASSPHRASE)
        dialog.ok_button.click()
        assert (
            dialog.result() != QDialog.DialogCode.Accepted and "لا تفتح هذه الدعوة بهذا الرمز" in dialog.status.text()
        )
        dialog.code.setText(code.lower())
        dialog.ok_button.click()

    acting(monkeypatch, JoinDialog, join)
    agent_page.join_button.click()
    joined = organisation.load(agent.store)
    assert joined is not None and joined.members.name == NAME and agent_keyring.unlocked
    assert agent_page.model.rowCount() == 2 and not agent_page.invite_button.isVisibleTo(agent_page)
    assert not agent_page.remove_button.isVisibleTo(agent_page)  # an agent's laptop removes nothing

    # Remove it on the coordinator's laptop, in a new window session: the passphrase is asked, a wrong one first.
    keyring.forget()

    def passphrase(dialog: PassphraseDialog) -> None:
        dialog.passphrase.setText("not it")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert dialog.status.text() == "عبارة المرور غير صحيحة" and dialog.passphrase.selectedText() == "not it"
        dialog.passphrase.setText(PASSPHRASE)
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    asked = acting(monkeypatch, PassphraseDialog, passphrase)
    click_row(qtbot, page, 0)  # this laptop: not removable
    assert page.selected_laptop() is not None and not page.remove_button.isEnabled()
    click_row(qtbot, page, 1)
    assert page.remove_button.isEnabled()
    answers.confirm = False
    page.remove_button.click()
    assert asked == [] and organisation.load(coordinator.store).members.serial == 2  # type: ignore[union-attr]
    answers.confirm = True
    page.remove_button.click()
    assert len(asked) == 1
    members = organisation.load(coordinator.store).members  # type: ignore[union-attr]
    assert members.serial == 3 and members.laptops[1].removed
    assert page.model.index(1, 4).data() and not page.remove_button.isEnabled()
    assert page.model.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()

    # A new passphrase: a wrong current one is said in the dialog; the keys of the session stay.
    def change(dialog: ChangePassphraseDialog) -> None:
        dialog.old.setText("wrong")
        dialog.new.first.setText("عبارة جديدة")
        dialog.new.again.setText("عبارة جديدة")
        dialog.ok_button.click()
        assert dialog.status.text() == "عبارة المرور غير صحيحة"
        dialog.old.setText(PASSPHRASE)
        dialog.ok_button.click()

    acting(monkeypatch, ChangePassphraseDialog, change)
    page.passphrase_button.click()
    assert "عبارة المرور" in page.status.text() and keyring.unlocked
    assert answers.errors == []
    # Export the public part: the list, readable back, with no private key.
    public = tmp_path / "public.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(public), "")))
    page.export_button.click()
    from app.security.member_list import read_list

    assert read_list(public.read_text(encoding="utf-8")) == members

    # The page as it looks now, in Arabic and in French (looked at: see the report).
    _shot(page, "ar-organisation.png")
    language.apply("fr")
    coordinator.lang = "fr"
    french = _page(qtbot, coordinator, keyring)
    assert french.heading.text() == f"Organisation « \u2068{NAME}\u2069 »"
    assert french.model.headerData(0, Qt.Orientation.Horizontal) == "Nom"
    click_row(qtbot, french, 1)
    _shot(french, "fr-organisation.png")
    language.apply("ar")


def test_the_laptops_model_passes_the_model_tester(qtmodeltester: Any, two_laptops: tuple[Services, Services]) -> None:
    from app.security.keys import LaptopKeys
    from app.security.member_list import Laptop

    model = LaptopsModel("fr")
    laptops = tuple(Laptop(f"id{n}", f"حاسوب {n}", "agent", LaptopKeys.generate("x").sign_public,
                           LaptopKeys.generate("x").recipient, "2026-12-04T10:00:00+00:00") for n in range(3))  # fmt: skip
    model.set_laptops(laptops, "id1")
    qtmodeltester.check(model)
    assert (
        model.index(1, 0).data().endswith(model.tr(" (this laptop)")) and model.index(2, 1).data() == "\u2066id2\u2069"
    )


def test_the_settings_dialog_opens_on_the_organisation_page(
    qtbot: Any, controller: WindowController, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[dialogs.SettingsDialog] = []
    monkeypatch.setattr(dialogs.SettingsDialog, "exec", lambda self: shown.append(self) or 0)
    controller.window.show_organisation_settings()
    dialog = shown[0]
    assert dialog.organisation_page is not None and dialog.tabs.currentWidget() is dialog.organisation_page
    assert dialog.organisation_page.keyring is controller.window.keyring
    assert controller.services.store.device_id in dialog.organisation_page.this_laptop.text()
    dialog.resize(800, 540)
    _shot(dialog, "ar-settings-organisation.png")
    dialog.close()
    controller.window.edit_settings()
    assert shown[1].tabs.currentIndex() == 0  # File › Settings opens on the general settings


def test_a_restored_copy_says_so_and_joins_again_with_an_invite_for_its_new_id(
    qtbot: Any, qapp: QApplication, isolated_home: Path, shipped_forms: FormRegistry, monkeypatch: pytest.MonkeyPatch,
    answers: Any, tmp_path: Path,
) -> None:  # fmt: skip
    laptops = make_three_laptops(tmp_path, shipped_forms)
    (tmp_path / "backups").mkdir()
    restored_path = tmp_path / "restored" / "taawun.db"
    restored_path.parent.mkdir()
    restore_database(backup_database(tmp_path / "b.db", tmp_path / "backups"), restored_path, tmp_path / "kept")
    restored = _services(restored_path, isolated_home, shipped_forms, "حاسوب فاطمة")
    try:
        Language(qapp).apply("en")
        restored.lang = "en"
        keyring = KeyRing(restored)
        page = _page(qtbot, restored, keyring)
        assert "restored copy" in page.explanation.text() and page.join_button.isVisibleTo(page)
        assert restored.store.device_id in page.this_laptop.text() and "not in the list" in page.this_laptop.text()
        with Store.open(tmp_path / "a.db", forms=shipped_forms, author="Nadia", device_name="coordination") as store:
            content, code = invite(store, laptops.keys["a"], "حاسوب فاطمة (2)", laptop_id=restored.store.device_id)
        invite_file = tmp_path / "again.taawun-invite"
        invite_file.write_bytes(content)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(invite_file), "")))

        def passphrase(dialog: PassphraseDialog) -> None:  # the keys it holds: the passphrase it had
            dialog.passphrase.setText(ORG_PASSPHRASE)
            dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

        def join(dialog: JoinDialog) -> None:
            dialog.choose.click()
            dialog.code.setText(code)
            dialog.passphrase.first.setText(AGENT_PASSPHRASE)
            dialog.passphrase.again.setText(AGENT_PASSPHRASE)
            dialog.ok_button.click()

        asked = acting(monkeypatch, PassphraseDialog, passphrase)
        acting(monkeypatch, JoinDialog, join)
        page.join_button.click()
        assert len(asked) == 1 and answers.errors == []
        held = organisation.load(restored.store)
        assert held is not None and not held.restored_copy
        assert not page.join_button.isVisibleTo(page) and "restored copy" not in page.explanation.text()
        assert held.this_laptop is not None and held.this_laptop.name == "حاسوب فاطمة (2)"
    finally:
        restored.store.close()
