"""The sync page's "Server" part against a real CouchDB-compatible server (tests/couch_server.py): the Set… dialog,
Sync now between two laptops' windows, a cancelled sync on a slow server, background sync, a server that is down."""

from __future__ import annotations

import functools
import json
import os
import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from couch_server import CouchDatabase, couch_db, couch_server, free_port
from fault_proxy import FaultProxy
from keyring.backends import fail
from org_support import Laptops, make_three_laptops
from PySide6.QtCore import QEvent, QSize, QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core import paths
from app.core.autosave import AutosaveFolder
from app.core.forms import FormRegistry
from app.core.settings import Settings
from app.db.demo import load_demo
from app.db.store import Store
from app.security.organisation import Organisation, Unlocked
from app.sync.server import credentials, session
from app.sync.server.couch import CouchClient
from app.ui import server_box
from app.ui.application import WindowController
from app.ui.server_box import ServerBox
from app.ui.server_dialog import ServerDialog
from app.ui.services import Services
from app.ui.sync_page import SyncPage
from app.ui.unlock import KeyRing, PassphraseDialog

__all__ = ["couch_db", "couch_server"]

LaptopMaker = Callable[..., WindowController]
LAPTOP = QSize(1280, 672)


@pytest.fixture(autouse=True)
def no_proxy_no_store(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No proxy of the environment before the loopback server; passwords in the file (never a real credential
    store); a client that gives up on a dead server after one quick retry (the window's own is patient)."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    monkeypatch.setattr(session, "CouchClient", functools.partial(CouchClient, retries=1, backoff=0.05))
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


@pytest.fixture
def laptop(qapp: QApplication, controller: WindowController, tmp_path: Path, isolated_home: Path,
           shipped_forms: FormRegistry) -> Iterator[LaptopMaker]:  # fmt: skip
    """Another laptop's window (its own database and settings), in the language of the first."""
    made: list[WindowController] = []

    def make(name: str, **settings: object) -> WindowController:
        chosen = Settings(author=f"agent-{name}", device_name=f"laptop-{name}", **settings)  # type: ignore[arg-type]
        store = Store.open(tmp_path / f"{name}.db", forms=shipped_forms, author=chosen.author,
                           device_name=chosen.device_name)  # fmt: skip
        services = Services(store=store, settings=chosen, settings_path=isolated_home / f"{name}.json",
                            autosave=AutosaveFolder(isolated_home / f"autosave-{name}"),
                            log_path=isolated_home / f"{name}.log")  # fmt: skip
        window = WindowController(qapp, services, controller.language)
        made.append(window)
        return window

    yield make
    for window in made:
        window.window.close()
        window.services.store.close()
        # Deleted now, as the `controller` fixture does: a closed window left to Python's collector may be destroyed
        # inside Qt's walk over the top-level widgets of a later test (a crash there).
        window.window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def use_server(services: Services, url: str, database: CouchDatabase, password: str | None = None) -> None:
    """The server set on a laptop as the Set… dialog keeps it."""
    credentials.save_password(url, database.user, password or database.password)
    services.settings.server_url, services.settings.server_user = url, database.user


def page_using(controller: WindowController, url: str, database: CouchDatabase) -> tuple[SyncPage, ServerBox]:
    """The laptop's sync page, with the server `url` set (as the Set… dialog keeps it) and shown in its box."""
    use_server(controller.services, url, database)
    page = page_of(controller)
    page.server.refresh()
    return page, page.server


def page_of(controller: WindowController) -> SyncPage:
    window = controller.window
    window.navigation.setCurrentRow(window.stick_row)
    return window.sync_page


def synced(qtbot: QtBot, box: ServerBox) -> None:
    assert box.sync_now()
    qtbot.waitUntil(lambda: not box.runner.busy, timeout=60_000)


def test_the_set_dialog_tests_and_saves_and_a_cancel_keeps_nothing(
    qtbot: QtBot, services: Services, couch_db: CouchDatabase
) -> None:
    dialog = ServerDialog(None, services)
    qtbot.addWidget(dialog)
    dialog.address.setText("http://couch.example.org:5984/taawun")
    assert dialog.warning.isVisibleTo(dialog) and "http" in dialog.warning.text()  # plain HTTP to another machine
    dialog.address.setText(couch_db.url + "/")
    assert not dialog.warning.isVisibleTo(dialog)  # on this machine: no warning
    dialog.user.setText(couch_db.user)
    dialog.password.setText("not-the-password")
    dialog.test()
    qtbot.waitUntil(lambda: not dialog.runner.busy and dialog.test_button.isEnabled(), timeout=30_000)
    assert "رفض الخادم" in dialog.status.text() and couch_db.user in dialog.status.text()  # the reason, in Arabic
    assert f"\u2066{couch_db.url}\u2069" in dialog.status.text()  # the address reads left to right in it
    dialog.password.setText(couch_db.password)
    dialog.test()
    qtbot.waitUntil(lambda: not dialog.runner.busy and dialog.test_button.isEnabled(), timeout=30_000)
    assert "الاتصال بالخادم" in dialog.status.text() and "ناجح" in dialog.status.text()
    dialog.reject()  # cancelled after a good test: nothing kept
    assert (services.settings.server_url, services.settings.server_user) == ("", "")
    assert credentials.load_password(couch_db.url, couch_db.user) is None
    assert not services.settings_path.exists()

    dialog = ServerDialog(None, services)
    qtbot.addWidget(dialog)
    dialog.address.setText("ftp://nowhere")
    dialog.user.setText(couch_db.user)
    dialog.password.setText(couch_db.password)
    dialog.save()
    assert dialog.result() == 0 and "عنوان الخادم غير صالح" in dialog.status.text()  # said, nothing kept
    assert services.settings.server_url == "" and not services.settings_path.exists()
    dialog.address.setText(couch_db.url)
    dialog.save()
    assert dialog.result() == ServerDialog.DialogCode.Accepted
    assert (services.settings.server_url, services.settings.server_user) == (couch_db.url, couch_db.user)
    saved = json.loads(services.settings_path.read_text(encoding="utf-8"))
    assert saved["server_url"] == couch_db.url and couch_db.password not in json.dumps(saved)
    assert credentials.load_password(couch_db.url, couch_db.user) == couch_db.password
    assert paths.data_dir() / credentials.FILE_NAME == credentials.password_file()  # no store here: the file

    again = ServerDialog(None, services)  # the kept password stays when none is typed
    qtbot.addWidget(again)
    assert again.password.text() == "" and again.password.placeholderText()
    again.save()
    assert again.result() == ServerDialog.DialogCode.Accepted
    assert credentials.load_password(couch_db.url, couch_db.user) == couch_db.password


def test_sync_now_between_two_laptops_windows(
    qtbot: QtBot, controller: WindowController, laptop: LaptopMaker, couch_db: CouchDatabase
) -> None:
    agent = controller.services
    new_id = agent.store.create("cooperative", {"name_ar": "تعاونية الأمل للزيتون", "sectors": ["olives"]})
    use_server(agent, couch_db.url, couch_db)
    page = page_of(controller)
    page.server.refresh()
    assert couch_db.url in page.server.place.text() and page.server.sync_button.isEnabled()
    assert page.server.last.text() == "لم تجر أي مزامنة مع هذا الخادم بعد"
    synced(qtbot, page.server)
    assert "أرسل إلى الخادم" in page.report.toPlainText()  # the push line
    assert re.search("\u2066[0-9.]+ (kB|MB)\u2069", page.report.toPlainText())  # its size reads "94 kB" in Arabic
    assert "آخر مزامنة" in page.server.last.text()

    coordinator = laptop("coordinator")
    use_server(coordinator.services, couch_db.url, couch_db)
    other = page_of(coordinator)
    other.server.refresh()
    synced(qtbot, other.server)
    assert coordinator.services.store.get(new_id).data["name_ar"] == "تعاونية الأمل للزيتون"
    report = other.report.toPlainText()
    assert "لا جديد لإرساله" in report  # nothing to push from the coordinator
    assert coordinator.window.lists["cooperative"].model.rowCount() == 1  # the lists refreshed
    assert "لم يُرسل أي مستند، وصل سجل واحد" in other.server.last.text()  # the last sync's line

    coordinator.services.store.update(new_id, {"members_total": 31})
    synced(qtbot, other.server)
    synced(qtbot, page.server)  # back on the agent's laptop
    assert agent.store.get(new_id).data["members_total"] == 31


def test_a_cancelled_sync_on_a_slow_server_ends_cleanly_and_loses_nothing(
    qtbot: QtBot, controller: WindowController, laptop: LaptopMaker, couch_db: CouchDatabase
) -> None:
    agent = controller.services
    load_demo(agent.store)
    with FaultProxy(couch_db.server.root) as proxy:
        proxy.delay = 0.3  # each chunk of each answer: a slow line
        page, box = page_using(controller, proxy.url(couch_db.url), couch_db)
        assert box.sync_now()
        assert box.cancel_button.isVisible() and not box.sync_button.isVisible()
        qtbot.waitUntil(lambda: proxy.requests >= 2, timeout=30_000)
        box.cancel_button.click()
        qtbot.waitUntil(lambda: not box.runner.busy, timeout=60_000)
        assert "أُلغيت المزامنة مع الخادم" in page.report.toPlainText()
        assert box.sync_button.isVisible() and box.sync_button.isEnabled() and not box.cancel_button.isVisible()
        proxy.delay = 0.0
        synced(qtbot, box)  # the next sync completes the job
        assert "أرسل إلى الخادم" in page.report.toPlainText() or "لا جديد لإرساله" in page.report.toPlainText()

    coordinator = laptop("coordinator")
    use_server(coordinator.services, couch_db.url, couch_db)
    other = page_of(coordinator)
    other.server.refresh()
    synced(qtbot, other.server)
    held = dict(agent.store.conn.execute("SELECT id, version FROM records").fetchall())
    assert dict(coordinator.services.store.conn.execute("SELECT id, version FROM records").fetchall()) == held


def test_background_sync_on_a_timer_says_only_what_arrived_and_stops_at_close(
    qtbot: QtBot,
    controller: WindowController,
    laptop: LaptopMaker,
    couch_db: CouchDatabase,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    agent = controller.services
    use_server(agent, couch_db.url, couch_db)
    coop = agent.store.create("cooperative", {"name_ar": "تعاونية النحل", "sectors": ["beekeeping"]})
    synced(qtbot, page_of(controller).server)

    # The coordinator's window starts with background sync chosen: its sync page is built at once, and its first
    # tick comes after the start delay (none here), the next ones after the interval.
    monkeypatch.setattr(server_box, "START_DELAY_MS", 0)
    monkeypatch.setattr(server_box, "BACKGROUND_MINUTES", 2)
    credentials.save_password(couch_db.url, couch_db.user, couch_db.password)
    coordinator = laptop("coordinator", server_background_sync=True, server_url=couch_db.url,
                         server_user=couch_db.user)  # fmt: skip
    window = coordinator.window
    window.show()
    qtbot.waitUntil(lambda: window._sync_page is not None, timeout=10_000)
    assert window.stack.currentWidget() is not window._sync_page  # built, not shown
    box = window.sync_page.server
    qtbot.waitUntil(lambda: coordinator.services.store.count("cooperative") == 1 and not box.runner.busy,
                    timeout=60_000)  # fmt: skip
    assert box.timer.isActive() and box.timer.interval() == 2 * 60_000  # after the first tick: the interval
    assert window.statusBar().currentMessage() == "وصل سجل واحد من خادم المنظمة"  # said in the status bar
    assert "آخر مزامنة" in box.last.text()

    window.statusBar().clearMessage()
    box.sync_in_background()  # nothing new: nothing said
    qtbot.waitUntil(lambda: not box.runner.busy, timeout=60_000)
    assert window.statusBar().currentMessage() == ""
    assert coordinator.services.store.get(coop).data["name_ar"] == "تعاونية النحل"

    def switched_off(cls: object, parent: object, services: Services) -> bool:
        dialog = ServerDialog(None, services)
        assert dialog.background_box.isChecked()
        dialog.background_box.setChecked(False)
        dialog.save()
        return dialog.result() == ServerDialog.DialogCode.Accepted

    monkeypatch.setattr(ServerDialog, "ask", classmethod(switched_off))
    box.set_server()  # Set…: background sync off, saved; the server tested again
    assert not box.timer.isActive()
    assert json.loads(coordinator.services.settings_path.read_text(encoding="utf-8"))["server_background_sync"] is False
    qtbot.waitUntil(lambda: not box.runner.busy, timeout=30_000)
    assert "ناجح" in window.sync_page.report.toPlainText()  # the test's result
    coordinator.services.settings.server_background_sync = True
    box._schedule(60_000)
    assert box.timer.isActive()
    box.sync_in_background()
    window.close()  # a sync in progress is cancelled and waited for; no tick after
    assert not box.timer.isActive() and QThreadPool.globalInstance().activeThreadCount() == 0
    qtbot.waitUntil(lambda: not box.runner.busy, timeout=5_000)  # its end, told after the thread ended


def test_a_connection_test_on_a_slow_server_can_be_cancelled(
    qtbot: QtBot, controller: WindowController, couch_db: CouchDatabase
) -> None:
    with FaultProxy(couch_db.server.root) as proxy:
        proxy.delay = 0.5  # each chunk of each answer: a slow line
        page, box = page_using(controller, proxy.url(couch_db.url), couch_db)
        box.test_connection()
        assert box.cancel_button.isVisible() and box.cancel_button.isEnabled() and not box.test_button.isEnabled()
        qtbot.waitUntil(lambda: proxy.requests >= 1, timeout=30_000)
        box.cancel_button.click()
        assert box.last.text() == "جارٍ الإلغاء…"
        qtbot.waitUntil(lambda: not box.runner.busy, timeout=30_000)
        assert proxy.requests == 1  # heard before the next request: the design document was never asked for
        assert "أُلغي اختبار الاتصال بالخادم" in page.report.toPlainText()
        assert not box.cancel_button.isVisible() and box.test_button.isEnabled() and box.sync_button.isVisible()
        proxy.delay = 0.0
        page.report.clear()
        box.test_connection()  # the next test goes through
        qtbot.waitUntil(lambda: not box.runner.busy, timeout=30_000)
        assert "الاتصال بالخادم" in page.report.toPlainText() and "ناجح" in page.report.toPlainText()


def test_a_server_that_is_down_says_why_in_the_page_and_in_the_status_bar(
    qtbot: QtBot, controller: WindowController, couch_db: CouchDatabase
) -> None:
    agent = controller.services
    dead = f"http://127.0.0.1:{free_port()}/taawun"
    page, box = page_using(controller, dead, couch_db)
    before = agent.store.totals()
    box.test_connection()
    qtbot.waitUntil(lambda: not box.runner.busy, timeout=30_000)
    assert "تعذر الوصول إلى الخادم" in page.report.toPlainText()
    assert f"\u2066{dead}\u2069" in page.report.toPlainText()
    page.report.clear()
    synced(qtbot, box)
    assert "تعذر الوصول إلى الخادم" in page.report.toPlainText()
    assert box.last.text() == "لم تجر أي مزامنة مع هذا الخادم بعد"  # a failed sync is not a last sync

    page.report.clear()
    controller.window.statusBar().clearMessage()
    box.sync_now(background=True)
    qtbot.waitUntil(lambda: not box.runner.busy, timeout=30_000)
    assert page.report.toPlainText() == ""  # never in the page, never a dialog, from the background
    assert "تعذر الوصول إلى الخادم" in controller.window.statusBar().currentMessage()
    assert agent.store.totals() == before


def test_the_sync_page_with_the_server_part_at_1280x672_in_arabic_and_french(
    qtbot: QtBot, controller: WindowController, couch_db: CouchDatabase, tmp_path: Path
) -> None:
    folder = Path(os.environ.get("TAAWUN_SCREENSHOTS") or tmp_path / "screens")
    folder.mkdir(parents=True, exist_ok=True)
    load_demo(controller.services.store)
    use_server(controller.services, couch_db.url, couch_db)
    for lang in ("ar", "fr"):
        if lang != controller.services.lang:
            controller.switch_language(lang)
        window = controller.window
        window.resize(LAPTOP)
        page = page_of(controller)
        synced(qtbot, page.server)  # the report and the last sync's line filled
        QApplication.processEvents()
        assert window.grab().save(str(folder / f"{lang}-sync-page-server.png"))
        assert window.size() == LAPTOP
        box = page.server
        assert "\u2066http://127.0.0.1:" in box.place.shown_text()  # shortened at its end if need be
        assert couch_db.user in box.place.toolTip() and couch_db.url in box.place.toolTip()  # whole in its tooltip
        assert box.last.shown_text() == box.last.text()
        for button in (box.set_button, box.test_button, box.sync_button):
            assert button.width() >= button.sizeHint().width(), button.text()  # no button cut
        lines = page.report.viewport().height() // page.report.fontMetrics().lineSpacing()
        assert lines >= 6, lines  # the report stays readable


@pytest.fixture(scope="module")
def organisation_laptops(tmp_path_factory: pytest.TempPathFactory, shipped_forms: FormRegistry) -> Laptops:
    return make_three_laptops(tmp_path_factory.mktemp("three-laptops"), shipped_forms)


def test_on_an_organisation_laptop_the_passphrase_is_asked_once_and_background_sync_waits_for_it(
    qtbot: QtBot, qapp: QApplication, organisation_laptops: Laptops, couch_db: CouchDatabase, tmp_path: Path,
    isolated_home: Path, shipped_forms: FormRegistry, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    asked: list[str] = []

    def ask(cls: object, parent: object, held: Organisation, lang: str) -> Unlocked | None:
        asked.append(held.laptop)
        if "cancel" in asked:
            return None
        return next(k for k in organisation_laptops.keys.values() if k.laptop.laptop == held.laptop)

    monkeypatch.setattr(PassphraseDialog, "ask", classmethod(ask))
    pages: dict[str, SyncPage] = {}
    for name in ("b", "c"):
        (tmp_path / name).mkdir()
        shutil.copyfile(organisation_laptops.folder / f"{name}.db", tmp_path / name / "taawun.db")
        store = Store.open(tmp_path / name / "taawun.db", forms=shipped_forms, author=f"agent-{name}",
                           device_name=organisation_laptops.names[name])  # fmt: skip
        services = Services(store=store, settings=Settings(), settings_path=isolated_home / f"{name}.json",
                            autosave=AutosaveFolder(isolated_home / f"autosave-{name}"),
                            log_path=isolated_home / f"{name}.log")  # fmt: skip
        use_server(services, couch_db.url, couch_db)
        pages[name] = SyncPage(services, keyring=KeyRing(services))
    b, c = pages["b"], pages["c"]
    try:
        coop = b.services.store.create("cooperative", {"name_ar": "تعاونية الورود", "sectors": ["olives"]})
        assert not b.server.sync_now(background=True)  # no keys unlocked in this session: it waits, silently
        assert asked == [] and b.report.toPlainText() == ""
        synced(qtbot, b.server)  # the button asks the passphrase
        assert "أرسل إلى الخادم" in b.report.toPlainText()
        synced(qtbot, b.server)  # not asked again in the session
        assert len(asked) == 1
        assert b.server.sync_now(background=True)  # now the background may run
        qtbot.waitUntil(lambda: not b.server.runner.busy, timeout=60_000)
        assert len(asked) == 1

        asked.append("cancel")
        assert not c.server.sync_now()  # the passphrase dialog cancelled: nothing sent, and it says why
        assert "يحتاج إلى عبارة مروره" in c.report.toPlainText()
        asked.remove("cancel")
        synced(qtbot, c.server)
        assert c.services.store.get(coop).data["name_ar"] == "تعاونية الورود"  # sealed on the server, opened here
    finally:
        for page in pages.values():
            page.wait()
            page.services.store.close()
            page.deleteLater()  # now, not by the collector during a later test
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
