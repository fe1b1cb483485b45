"""A damaged database is a way back: the window says what happened in the agent's language, offers the newest sound
backup with its date and what it holds, keeps the damaged file aside when the agent accepts, and opens on the
restored data; declining changes nothing. A foreign or newer file is never offered a restore."""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core.forms import load_form_directory
from app.core.messages import translate
from app.db.backup import backup_database, daily_name
from app.db.store import Store
from app.resources import forms_dir
from app.ui.application import WindowController

PAGE = 4096
OLD_NAMES = ["تعاونية الأمل", "تعاونية النور"]


def garbage_over_the_schema(path: Path) -> None:
    data = bytearray(path.read_bytes())
    noise = random.Random(7)
    data[100:PAGE] = bytes(noise.getrandbits(8) for _ in range(PAGE - 100))
    path.write_bytes(bytes(data))


def truncate(path: Path) -> None:
    with path.open("r+b") as handle:
        handle.truncate(path.stat().st_size // PAGE // 2 * PAGE)


def zero_header(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[:100] = bytes(100)
    path.write_bytes(bytes(data))


def open_store(path: Path) -> Store:
    return Store.open(path, forms=load_form_directory(forms_dir()), author="فاطمة", device_name="حاسوب مريرت")


class Offers:
    """The recovery dialog, built for real (its text read, a picture taken), answered by the test."""

    def __init__(self) -> None:
        self.accept = True
        self.texts: list[str] = []
        self.directions: list[Qt.LayoutDirection] = []
        self.reasons: list[str] = []


@pytest.fixture
def offers(monkeypatch: pytest.MonkeyPatch, answers: Any, tmp_path: Path) -> Offers:
    from app.ui import recovery_dialog

    given = Offers()

    def ask(cls: Any, parent: Any, **kwargs: Any) -> bool:
        dialog = cls(parent, **kwargs)
        dialog.details_button.setChecked(True)
        given.texts.append(dialog.text())
        given.reasons.append(dialog.reason.text())
        given.directions.append(dialog.layoutDirection())
        assert not dialog.grab().isNull()
        dialog.deleteLater()
        return given.accept

    monkeypatch.setattr(recovery_dialog.RecoveryDialog, "ask", classmethod(ask))
    return given


@pytest.fixture
def agent(tmp_path: Path, isolated_home: Path) -> Path:
    """The agent's database (three cooperatives, a visit) and, in the backups folder, yesterday's daily copy of an
    older state (two cooperatives). The agent's names are set: no first-run questions."""
    (isolated_home / "settings.json").write_text(json.dumps({"author": "فاطمة", "device_name": "حاسوب مريرت"}),
                                                 encoding="utf-8")  # fmt: skip
    database = tmp_path / "data" / "taawun.db"
    database.parent.mkdir()
    with open_store(database) as store:
        ids = [store.create("cooperative", {"name_ar": name, "sectors": ["olives"]}) for name in OLD_NAMES]
        store.create("visit", {"cooperative": ids[0], "visit_date": "2025-05-16", "agent": "فاطمة"}, draft=True)
        backups = isolated_home / "backups"
        backups.mkdir()
        written = backup_database(store, tmp_path)
        store.create("cooperative", {"name_ar": "تعاونية بعد النسخة", "sectors": ["olives"]})
    shutil.move(written, backups / daily_name(database, dt.date(2025, 5, 16)))
    return database


@pytest.fixture
def start(start_windows: Any) -> Any:
    return start_windows  # tests/ui/conftest.py


def files(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir()) if path.is_file()}


def listed(controller: WindowController, form: str) -> set[str]:
    page = controller.window.lists[form]
    page.refresh()
    return {page.model.data(page.model.index(row, 0)) for row in range(page.model.rowCount())}


CASES = [("garbage over the schema page", garbage_over_the_schema, "ar"), ("truncated", truncate, "fr"),
         ("zeroed header", zero_header, "en")]  # fmt: skip


@pytest.mark.parametrize(("damage", "lang"), [(name, lang) for name, _, lang in CASES])
def test_the_window_offers_the_newest_sound_backup_and_opens_on_it(damage: str, lang: str, qtbot: QtBot, start: Any,
                                                                   offers: Offers, answers: Any, agent: Path,
                                                                   isolated_home: Path) -> None:  # fmt: skip
    dict((name, f) for name, f, _ in CASES)[damage](agent)
    damaged = agent.read_bytes()
    backups = isolated_home / "backups"

    controller = start(agent, lang)

    assert isinstance(controller, WindowController), answers.errors
    assert answers.errors == []
    [text], [reason] = offers.texts, offers.reasons
    # The backup's date and what it holds, in the agent's language.
    holds = {"ar": "التعاونيات 2، الزيارات الميدانية 1، اللقاءات والورشات 0",
             "fr": "coopératives 2, visites de terrain 1, rencontres et ateliers 0",
             "en": "cooperatives 2, field visits 1, meetings and workshops 0"}[lang]  # fmt: skip
    found = translate("recovery_backup_found", lang, date="\u20662025-05-16\u2069", holdings=holds)
    assert found in text
    assert str(backups) in text and str(agent) in reason
    # What happened, without SQLite's words (those are in the details, translated around them).
    for english in ("malformed", "SQLite", "disk image", "truncated", "not a database"):
        assert english not in reason
    assert translate("recovery_details", lang, detail="").strip() in text
    assert offers.directions == [Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight]

    # The window is on the restored data.
    assert listed(controller, "cooperative") == set(OLD_NAMES)
    assert controller.services.store.count("visit") == 1
    assert controller.services.store.check() == []
    # The damaged file is kept aside, byte for byte, in the backups folder.
    [kept] = [path for path in backups.iterdir() if path.name.startswith("taawun-damaged-")]
    assert kept.read_bytes() == damaged
    # The day's automatic copy is then made of the restored data; its pruning of old copies leaves the kept file.
    qtbot.waitUntil(lambda: not controller.runner.busy, timeout=30_000)
    assert (backups / daily_name(agent, dt.date.today())).exists()
    assert kept.read_bytes() == damaged


def test_declining_changes_nothing_and_the_window_leaves(start: Any, offers: Offers, answers: Any, agent: Path,
                                                         isolated_home: Path) -> None:  # fmt: skip
    garbage_over_the_schema(agent)
    backups = isolated_home / "backups"
    before = files(agent.parent), files(backups)
    offers.accept = False

    assert start(agent, "ar") == 3

    assert len(offers.texts) == 1 and answers.errors == []
    assert files(agent.parent) == before[0]
    assert files(backups) == before[1]


def test_without_a_sound_backup_the_window_says_what_to_do_and_changes_nothing(start: Any, offers: Offers,
                                                                              answers: Any, agent: Path,
                                                                              isolated_home: Path) -> None:  # fmt: skip
    backups = isolated_home / "backups"
    truncate(backups / daily_name(agent, dt.date(2025, 5, 16)))  # the only backup is damaged too
    zero_header(agent)
    before = files(agent.parent), files(backups)

    assert start(agent, "fr") == 3

    assert offers.texts == []
    [error] = answers.errors
    assert "Aucune sauvegarde saine n'a été trouvée" in error and str(backups) in error
    assert str(agent) in error and str(isolated_home / "logs") in error  # the file to keep, the log to send
    assert files(agent.parent) == before[0] and files(backups) == before[1]


@pytest.mark.parametrize("kind", ["foreign", "newer"])
def test_a_foreign_or_newer_file_is_never_offered_a_restore(kind: str, start: Any, offers: Offers, answers: Any,
                                                            agent: Path, isolated_home: Path) -> None:  # fmt: skip
    import sqlite3

    if kind == "foreign":
        agent.unlink()
        conn = sqlite3.connect(agent)
        conn.execute("CREATE TABLE notes (text)")
        conn.close()
    else:
        conn = sqlite3.connect(agent)
        conn.execute("PRAGMA user_version = 999")
        conn.close()
    before = files(agent.parent), files(isolated_home / "backups")

    assert start(agent, "en") == 3

    assert offers.texts == []
    [error] = answers.errors
    assert ("another application's database" if kind == "foreign" else "comes from a newer Taawun") in error
    assert files(agent.parent) == before[0] and files(isolated_home / "backups") == before[1]


def test_the_arabic_dialog_reads_right_to_left(qapp: QApplication, qtbot: QtBot, agent: Path, isolated_home: Path,
                                               tmp_path: Path) -> None:  # fmt: skip
    """A picture of the dialog as the agent sees it (kept in the test's folder, and looked at when it changes)."""
    from app.core.errors import DatabaseRejected
    from app.db.recovery import newest_sound_backup
    from app.ui.i18n import Language, load_fonts
    from app.ui.recovery_dialog import RecoveryDialog

    language = Language(qapp)
    load_fonts(qapp)
    language.apply("ar")
    garbage_over_the_schema(agent)
    backup = newest_sound_backup(agent, isolated_home / "backups")
    assert backup is not None
    damage = DatabaseRejected("db_corrupt", path=str(agent), detail="database disk image is malformed")
    dialog = RecoveryDialog(None, lang="ar", damage=damage, database=agent, backup=backup,
                            backups_dir=isolated_home / "backups", forms=load_form_directory(forms_dir()))  # fmt: skip
    qtbot.addWidget(dialog)
    dialog.details_button.setChecked(True)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # Right to left: the icon on the right, the restore button left of the others' reading start.
    icon_x = dialog.reason.mapTo(dialog, dialog.reason.rect().topRight()).x()
    assert icon_x < dialog.width() - 48
    assert dialog.windowTitle() == "تعاون: قاعدة البيانات تالفة"
    assert dialog.restore_button.text() == "استعادة هذه النسخة"
    assert dialog.grab().save(str(tmp_path / "recovery-ar.png"))
