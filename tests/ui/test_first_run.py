"""First run: a welcome with the language, the agent's own name (empty, required: never the system's login), the
laptop's name, what happens next; Cancel explains and asks before Taawun quits."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from app.ui import dialogs
from app.ui.dialogs import IdentityDialog
from app.ui.i18n import Language, load_fonts


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Language]:
    language = Language(qapp)
    language.apply("ar")
    load_fonts(qapp)
    yield language
    language.apply("ar")


def _shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("TAAWUN_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_the_welcome_asks_the_agents_own_name_and_switches_language_at_once(qtbot, language: Language, tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    monkeypatch.setattr(IdentityDialog, "confirm_quit", classmethod(lambda cls, parent: True))  # closing at the end
    dialog = IdentityDialog(None, author="", device_name="vm", lang="ar", on_language=language.apply)
    qtbot.addWidget(dialog)
    dialog.show()
    start = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.author.text() == "" and dialog.device_name.text() == "vm"  # the laptop's name: editable
    assert not start.isEnabled()  # no name, no start: a record must never be signed "root"
    assert dialog.windowTitle() == "مرحبا بك في تعاون" and start.text() == "ابدأ"
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert "ما يحدث بعد ذلك" in dialog.next_steps.text()
    assert dialog.width() >= 600 and dialog.sizeHint().height() <= 672  # readable, and fits a 1280x672 screen
    dialog.grab().save(str(_shots(tmp_path) / "first-run-ar.png"))

    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    assert dialog.windowTitle() == "Bienvenue dans Taawun" and start.text() == "Commencer"
    assert dialog.author_label.text().replace("&", "") == "Votre nom"
    assert dialog.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert dialog.chosen_language() == "fr"
    dialog.author.insert("Fatima Zahra Amrani")
    assert start.isEnabled()
    # Qt's LanguageChange arrives: the layout follows the new direction, and the button box's Qt words ("OK") are
    # worded again as ours.
    qtbot.waitUntil(lambda: start.text() == "Commencer" and dialog.layout().geometry().width() > 0)
    QApplication.processEvents()
    assert start.text() == "Commencer"
    dialog.grab().save(str(_shots(tmp_path) / "first-run-fr.png"))
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.windowTitle() == "Welcome to Taawun" and start.text() == "Start"
    dialog.device_name.setText("")
    assert not start.isEnabled()


def test_cancel_explains_and_asks_before_quitting(qtbot, language: Language,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    answers: list[bool] = [False, True]
    asked: list[str] = []
    monkeypatch.setattr(IdentityDialog, "confirm_quit",
                        classmethod(lambda cls, parent: asked.append("quit?") or answers.pop(0)))  # fmt: skip
    dialog = IdentityDialog(None, device_name="vm")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert asked == ["quit?"] and dialog.isVisible()  # "Go back": the welcome stays
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == ["quit?", "quit?"] and not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_the_first_start_keeps_the_chosen_language_and_never_the_login_name(qapp: QApplication, isolated_home: Path,
                                                                            tmp_path: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    from app.main import start_gui

    given: dict[str, object] = {}

    def welcome(cls, parent, **kwargs):  # type: ignore[no-untyped-def]
        given.update(kwargs)
        kwargs["on_language"]("fr")  # the agent picks French in the welcome
        return "Amina", "Laptop Azilal"

    monkeypatch.setenv("USER", "root")
    monkeypatch.setenv("USERNAME", "root")
    monkeypatch.setattr(dialogs.IdentityDialog, "ask", classmethod(welcome))
    monkeypatch.setattr(dialogs.ConfirmDialog, "ask", classmethod(lambda cls, *a, **k: False))
    started = start_gui(db=str(tmp_path / "first.db"), lang=None, author=None)
    assert not isinstance(started, int)
    _, controller = started
    try:
        assert given["author"] == "" and given["lang"] == "ar"  # nothing of the system's login
        saved = json.loads((isolated_home / "settings.json").read_text(encoding="utf-8"))
        assert (saved["author"], saved["device_name"], saved["language"]) == ("Amina", "Laptop Azilal", "fr")
        assert controller.services.lang == "fr"
        assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    finally:
        controller.window.close()
        controller.services.store.close()
        if controller.window_lock is not None:
            controller.window_lock.release()
        controller.language.apply("ar")
