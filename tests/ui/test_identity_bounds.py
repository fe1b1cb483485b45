"""The window's name boxes (first start, settings) hold a name within the bounds recorded on every change."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from app.core.bounds import NAME_MAX
from app.ui.dialogs import IdentityDialog, SettingsDialog


def test_the_first_start_dialog_takes_no_name_beyond_the_bounds(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = IdentityDialog(None, author="", device_name="")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.author.insert("فاطمة")  # as typed (keyClicks takes ASCII only)
    dialog.device_name.insert("حاسوب ⴰⵣⵔⵓ")
    assert ok.isEnabled()
    dialog.author.setText("فاطمة\x1b[2J")  # pasted with a terminal code
    assert not ok.isEnabled()
    dialog.author.setText("ع" * (NAME_MAX + 50))
    assert len(dialog.author.text()) == NAME_MAX and ok.isEnabled()


def test_the_settings_dialog_refuses_a_name_with_control_characters(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(None, lang="ar", author="فاطمة", device_name="حاسوب", organisation="")
    qtbot.addWidget(dialog)
    assert dialog.ok_button.isEnabled()
    dialog.device_name.setText("laptop\x07")
    assert not dialog.ok_button.isEnabled()
    dialog.device_name.setText("")  # empty: the default name, as before
    assert dialog.ok_button.isEnabled()
    dialog.organisation.setText("o" * 5000)
    assert len(dialog.organisation.text()) == 1000
