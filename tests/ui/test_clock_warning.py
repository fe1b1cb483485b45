"""The window warns at start-up, without blocking, when this laptop's clock looks wrong: behind the data it holds
(a dead clock battery), before this release existed, or its database's clock pushed into the far future by an
earlier release. A sane clock shows nothing. The warning is in the window's language, its dates left-to-right."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.core import clock as clock_module
from app.core.clock import DAY_MS, system_ms
from app.core.forms import load_form_directory
from app.db.store import Store
from app.resources import forms_dir
from app.ui import clock_warning
from app.ui.application import WindowController


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    texts: list[str] = []
    monkeypatch.setattr(clock_warning.ClockWarningDialog, "show",
                        classmethod(lambda cls, parent, text: texts.append(text)))  # fmt: skip
    return texts


@pytest.fixture
def agent(tmp_path: Path, isolated_home: Path) -> Path:
    """The agent's database with a cooperative; the agent's names set (no first-run questions)."""
    (isolated_home / "settings.json").write_text(json.dumps({"author": "فاطمة", "device_name": "حاسوب مريرت"}),
                                                 encoding="utf-8")  # fmt: skip
    database = tmp_path / "data" / "taawun.db"
    database.parent.mkdir()
    with Store.open(database, forms=load_form_directory(forms_dir()), author="فاطمة",
                    device_name="حاسوب مريرت") as store:  # fmt: skip
        store.create("cooperative", {"name_ar": "تعاونية الأمل", "sectors": ["olives"]})
    return database


def set_stored_clock(database: Path, wall_ms: int) -> None:
    conn = sqlite3.connect(database)
    try:
        device = conn.execute("SELECT value FROM meta WHERE key = 'device_id'").fetchone()[0]
        conn.execute("UPDATE meta SET value = ? WHERE key = 'clock'", (f"{wall_ms:016d}.0000.{device}",))
        conn.commit()
    finally:
        conn.close()


@pytest.fixture
def start(start_windows: Any, answers: Any) -> Any:
    return start_windows  # tests/ui/conftest.py: start_gui as the program runs it, each window closed at the end


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_a_clock_behind_the_data_is_warned_of_at_start(start: Any, agent: Path, shown: list[str], lang: str) -> None:
    two_days_ahead = system_ms() + 2 * DAY_MS  # the data was stamped before the battery died
    set_stored_clock(agent, two_days_ahead)
    controller = start(agent, lang)
    assert len(shown) == 1
    newest = clock_module.shown_time(two_days_ahead)
    assert f"\u2066{newest}\u2069" in shown[0]  # the date, left-to-right even inside Arabic
    expected = {"ar": "بطارية الساعة", "fr": "pile de l'horloge", "en": "flat clock battery"}[lang]
    assert expected in shown[0]
    assert controller.window.isVisible()  # not blocking: the window is there and usable


def test_a_sane_clock_shows_nothing(start: Any, agent: Path, shown: list[str]) -> None:
    start(agent, "ar")
    assert shown == []


def test_a_dead_battery_with_no_data_yet_is_warned_of(start: Any, agent: Path, shown: list[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    conn = sqlite3.connect(agent)
    conn.execute("DELETE FROM meta WHERE key = 'clock'")
    conn.commit()
    conn.close()
    monkeypatch.setattr(clock_module, "system_ms", lambda: 946_684_800_000)  # 2000-01-01, a reset clock
    start(agent, "en")
    assert len(shown) == 1 and "2000-01-01" in shown[0] and "before this version of Taawun" in shown[0]


def test_a_database_clock_pushed_to_year_9999_is_warned_of_and_records_still_open(
    start: Any, agent: Path, shown: list[str], qtbot: QtBot
) -> None:
    set_stored_clock(agent, 253_380_000_000_000)  # 9999-03-..: left by a file merged with an earlier release
    controller = start(agent, "fr")
    assert len(shown) == 1 and "9999-" in shown[0] and "loin dans le futur" in shown[0]
    page = controller.window.lists["cooperative"]
    page.refresh()
    assert page.model.rowCount() == 1


def test_the_warning_box_does_not_block_and_is_translated(qapp: QApplication, qtbot: QtBot,
                                                          controller: WindowController) -> None:  # fmt: skip
    controller.language.apply("fr")
    box = clock_warning.ClockWarningDialog.show(controller.window, "texte")
    try:
        qtbot.waitExposed(box)
        assert box.isVisible()
        assert box.windowModality() == Qt.WindowModality.NonModal
        assert box.text() == "texte"
        assert box.windowTitle() == "Vérifiez la date et l'heure de cet ordinateur"
        assert box.icon() == QMessageBox.Icon.Warning
        assert not box.grab().isNull()
    finally:
        box.close()
