"""Settings: the organisation's logo is chosen from a file (and removed) in the settings dialog and saved with
the settings; a deletion or a restore asks with No as the default answer."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.core.settings import Settings
from app.ui import dialogs
from app.ui.dialogs import ConfirmDialog, SettingsDialog


def test_the_logo_is_chosen_from_a_file_and_can_be_removed(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = SettingsDialog(None, lang="fr", author="Amina", device_name="Laptop", organisation="Réseau")
    qtbot.addWidget(dialog)
    assert dialog.values()["organisation_logo"] == ""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("/media/usb/logo.png", "")))
    dialog.choose_logo_button.click()
    assert dialog.values()["organisation_logo"] == "/media/usb/logo.png"
    dialog.remove_logo_button.click()
    assert dialog.values()["organisation_logo"] == ""


def test_the_chosen_logo_is_saved_with_the_settings(qtbot: Any, controller: Any, services: Any,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    chosen = {"language": services.lang, "author": "", "device_name": "Laptop 3", "organisation": "Réseau",
              "backup_keep_days": 14, "organisation_logo": "/home/agent/logo.png"}  # fmt: skip
    monkeypatch.setattr(dialogs.SettingsDialog, "ask", classmethod(lambda cls, *a, **k: dict(chosen)))
    controller.window.edit_settings()
    assert Settings.load(services.settings_path).organisation_logo == "/home/agent/logo.png"
    assert services.store.author == services.settings.effective_author != ""  # an empty name is the default one


@pytest.mark.parametrize(("dangerous", "default"), [(True, QMessageBox.StandardButton.No),
                                                     (False, QMessageBox.StandardButton.Yes)])  # fmt: skip
def test_a_dangerous_question_defaults_to_no(monkeypatch: pytest.MonkeyPatch, dangerous: bool,
                                             default: QMessageBox.StandardButton) -> None:  # fmt: skip
    asked: list[Any] = []

    def question(parent: Any, title: str, text: str, buttons: Any, default_button: Any) -> Any:
        asked.append(default_button)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    assert ConfirmDialog.ask(None, "t", "q", dangerous=dangerous) is False
    assert asked == [default]
