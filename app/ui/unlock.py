"""This laptop's keys for one window session: the passphrase asked once, when a key is first needed (docs/security.md,
"Keys, and who holds them"), and the unlocked keys kept in memory until the window closes.

The main window holds one `KeyRing`; the Settings › Organisation page and the USB stick page ask it for the keys.
Unlocking costs a second or two of scrypt by design, and pyrage holds Python's lock for all of it (a worker thread
would leave the window just as frozen), so it runs here under a busy cursor, with "Checking…" painted first.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.core.display import window_message
from app.core.errors import TaawunError
from app.security import organisation
from app.security.organisation import Organisation, Unlocked
from app.ui.grid import DIALOG, UNIT, on_grid
from app.ui.services import Services

T = TypeVar("T")


@contextmanager
def busy_cursor(*painted_first: QWidget) -> Iterator[None]:
    """The busy cursor over the whole application while the block runs; `painted_first` are repainted at once
    (a "Checking…" label), since the block holds the event loop."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        for widget in painted_first:
            widget.repaint()
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


def attempt(parent: QWidget, status: QLabel, checking: str, lang: str, work: Callable[[], T]) -> T | None:
    """`work()` under a busy cursor, `checking` shown in `status` meanwhile; a known condition's message in
    `status` (the dialog stays open, for another try) and None; anything else is a bug, raised."""
    status.setText(checking)
    status.setVisible(True)
    try:
        with busy_cursor(status):
            result = work()
    except TaawunError as error:
        status.setText(window_message(error, lang))
        return None
    status.clear()
    status.setVisible(False)
    return result


class PassphraseDialog(QDialog):
    """This laptop's passphrase, tried at once: a wrong one says so in the dialog, which stays open for another try."""

    def __init__(self, parent: QWidget | None, held: Organisation, lang: str) -> None:
        super().__init__(parent)
        self.held = held
        self.lang = lang
        self.keys: Unlocked | None = None
        self.setWindowTitle(self.tr("This laptop's passphrase"))
        self.setMinimumWidth(420)
        layout = on_grid(QVBoxLayout(self), margin=DIALOG, spacing=2 * UNIT)
        explanation = QLabel(self.tr("Taawun needs this laptop's keys for the organisation “%1”. Type the laptop's "
                                     "passphrase: the keys stay open until Taawun is closed.")
                             .replace("%1", held.members.name))  # fmt: skip
        explanation.setTextFormat(Qt.TextFormat.PlainText)  # the organisation's name comes from a file
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addWidget(self.passphrase)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setVisible(False)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.try_passphrase)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.passphrase.setFocus()

    def try_passphrase(self) -> None:
        keys = attempt(self, self.status, self.tr("Checking the passphrase…"), self.lang,
                       lambda: self.held.unlock(self.passphrase.text()))  # fmt: skip
        if keys is None:
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        self.keys = keys
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, held: Organisation, lang: str) -> Unlocked | None:
        """The unlocked keys, or None when the person cancelled."""
        dialog = cls(parent, held, lang)
        return dialog.keys if dialog.exec() == QDialog.DialogCode.Accepted else None


class KeyRing:
    """This window session's keys: unlocked on first need, kept in memory, forgotten when the window goes."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self._keys: Unlocked | None = None

    def keys(self, parent: QWidget | None) -> Unlocked | None:
        """This laptop's keys, the passphrase asked the first time; None when the laptop belongs to no
        organisation or the person cancelled."""
        held = organisation.load(self.services.store)
        if held is None:
            self._keys = None
            return None
        if self._keys is not None and self._keys.laptop.laptop == held.laptop:
            return self._keys
        keys = PassphraseDialog.ask(parent, held, self.services.lang)
        if keys is not None:
            self._keys = keys
        return keys

    def unlocked_keys(self) -> Unlocked | None:
        """The keys already unlocked in this session for this laptop, never asking (a background sync waits for
        them); None otherwise."""
        held = organisation.load(self.services.store) if self._keys is not None else None
        if held is None or self._keys is None or self._keys.laptop.laptop != held.laptop:
            return None
        return self._keys

    def remember(self, keys: Unlocked) -> None:
        """Keys the window has just unlocked otherwise (joining, creating): not asked for again."""
        self._keys = keys

    def forget(self) -> None:
        self._keys = None

    @property
    def unlocked(self) -> bool:
        return self._keys is not None
