"""Help › About: the version and the data folder (what support asks for), paths left to right in Arabic."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app import __version__
from app.ui import about_dialog
from app.ui.about_dialog import AboutDialog
from app.ui.i18n import Language, load_fonts
from app.ui.main_window import MainWindow
from app.ui.services import Services

ROOT = Path(__file__).resolve().parents[2]
LRI, PDI = "\u2066", "\u2069"


@pytest.fixture
def arabic(qapp: QApplication) -> Iterator[Language]:
    language = Language(qapp)
    language.apply("ar")
    load_fonts(qapp)
    yield language
    language.apply("ar")


def test_help_about_shows_the_data_folder_database_and_log(qtbot: QtBot, services: Services, isolated_home: Path,
                                                           arabic: Language, monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    shown: list[dict[str, Any]] = []
    monkeypatch.setattr(about_dialog.AboutDialog, "ask", classmethod(lambda cls, parent, **kw: shown.append(kw)))
    window = MainWindow(services)
    qtbot.addWidget(window)
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.menu() and a.text() ==
                     QCoreApplication.translate("MainWindow", "&Help"))  # fmt: skip
    help_menu.actions()[0].trigger()
    assert shown == [{"data_dir": isolated_home, "database": services.store.path, "log_file": services.log_path}]


def test_about_dialog_in_arabic_shows_version_and_paths_left_to_right(qtbot: QtBot, tmp_path: Path,
                                                                      arabic: Language) -> None:  # fmt: skip
    data = tmp_path / "Taawun data"
    dialog = AboutDialog(None, data_dir=data, database=data / "taawun.db", log_file=data / "logs" / "taawun.log")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.values["version"].text() == f"{LRI}{__version__}{PDI}"
    assert dialog.values["data_dir"].text() == f"{LRI}{data}{PDI}"  # isolated: stays left to right
    assert dialog.values["data_dir"].alignment() & Qt.AlignmentFlag.AlignRight  # beside its label, on the right
    assert dialog.values["database"].text() == f"{LRI}{data / 'taawun.db'}{PDI}"
    assert "PySide6" in dialog.values["qt"].text()
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.values["qt"])))
    assert "تعاون" in texts and "Taawun" in texts and "OFL" in texts
    (ROOT / "screenshots").mkdir(exist_ok=True)
    assert dialog.grab().save(str(ROOT / "screenshots" / "ar-about.png"))
