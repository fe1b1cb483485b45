"""The sync page's "Set…" dialog: the organisation server's address, this laptop's user on it and its password, with
"Test connection" inside. Saving does what `taawun sync server set` does, and
keeps whether the window syncs in the background (app/ui/server_box.py) (app/cli/server_setup.py): the address and
the user go to the settings, the password to the system's credential store (or the file only this user reads), the
previous server's password is forgotten, and plain HTTP to another machine is warned about. The connection test runs
on a worker thread: a server that does not answer never freezes the window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.core.display import isolate_ltr, window_message
from app.core.errors import InvalidInput, TaawunError
from app.core.files import FileNotWritten
from app.core.messages import translate
from app.sync.server import credentials
from app.sync.server.couch import ServerAddress, check_connection
from app.ui.background import BackgroundRunner, Progress
from app.ui.grid import DIALOG, UNIT, on_grid
from app.ui.server_box import BACKGROUND_MINUTES
from app.ui.services import Services
from app.ui.status import show_quietly


class ServerDialog(QDialog):
    def __init__(self, parent: QWidget | None, services: Services) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Organisation server"))
        self.setMinimumWidth(520)
        self.runner = BackgroundRunner()  # the connection test
        settings = services.settings
        layout = on_grid(QVBoxLayout(self), margin=DIALOG, spacing=2 * UNIT)
        form = QFormLayout()
        self.address = QLineEdit(settings.server_url)
        self.address.setPlaceholderText("https://couch.example.org:5984/taawun")
        self.user = QLineEdit(settings.server_user)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        for line in (self.address, self.user):  # an address and a user name read left to right, in Arabic too
            line.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self._kept = bool(settings.server_url and settings.server_user and credentials.load_password(
            settings.server_url, settings.server_user))  # fmt: skip
        if self._kept:
            self.password.setPlaceholderText(self.tr("Kept: leave empty to keep it"))
        form.addRow(self.tr("Database address"), self.address)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password)
        self.background_box = QCheckBox(self.tr("Sync every %n minute(s) in the background", "", BACKGROUND_MINUTES))
        self.background_box.setChecked(settings.server_background_sync)
        form.addRow("", self.background_box)
        layout.addLayout(form)
        self.warning = self._label()  # plain HTTP to another machine
        layout.addWidget(self.warning)
        row = on_grid(QHBoxLayout())
        self.test_button = QPushButton(self.tr("Test connection"))
        row.addWidget(self.test_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = self._label()  # the test's result, or what is wrong with the fields
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        layout.addWidget(self.buttons)
        self.test_button.clicked.connect(self.test)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.address.textChanged.connect(self._warn)
        self._warn()

    def _label(self) -> QLabel:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)  # a server's reason is never read as HTML
        label.setWordWrap(True)
        label.setVisible(False)
        return label

    def _say(self, label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    def _warn(self) -> None:
        try:
            plain = ServerAddress(self.address.text()).plain_http_remote
        except InvalidInput:
            plain = False  # said when saved or tested
        text = translate("server_plain_http", self.services.lang, url=self.address.text().strip()) if plain else ""
        self._say(self.warning, text)

    def _typed(self) -> ServerAddress:
        """The address, user and password as typed (the kept password when none is typed for the same server and
        user); `InvalidInput` saying what is wrong."""
        address = ServerAddress(self.address.text(), credentials.checked_user(self.user.text()))
        password = self.password.text()
        settings = self.services.settings
        if not password and (address.url, address.user) == (settings.server_url, settings.server_user):
            password = credentials.load_password(address.url, address.user) or ""
        if not password:
            raise InvalidInput("server_password_empty")
        return ServerAddress(address.url, address.user, password)

    # --- test, save -----------------------------------------------------------------------------------------------

    def test(self) -> None:
        """Reach the database with what is typed, on a worker; the result (or the reason) is shown below."""
        if self.runner.busy:
            return
        try:
            address = self._typed()
        except InvalidInput as error:
            self._say(self.status, window_message(error, self.services.lang))
            return

        def work(progress: Progress) -> int:
            return check_connection(address)

        self._say(self.status, self.tr("Testing the connection…"))
        self.test_button.setEnabled(False)
        self.runner.run(work, on_success=lambda count: self._tested(address, count), on_failure=self._test_failed)

    def _tested(self, address: ServerAddress, count: int) -> None:
        if not isValid(self):
            return
        self.test_button.setEnabled(True)
        self._say(self.status, translate("server_reachable", self.services.lang, url=isolate_ltr(address.url),
                                         user=address.user, count=count))  # fmt: skip

    def _test_failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        self.test_button.setEnabled(True)
        if not isinstance(error, TaawunError):
            raise error  # a bug: the application's handler logs it and apologises
        self._say(self.status, window_message(error, self.services.lang))

    def save(self) -> None:
        """Keep the address and user in the settings and the password where `credentials` keeps it, then close;
        what is wrong stays said in the dialog, and nothing is kept."""
        settings = self.services.settings
        try:
            address = self._typed()
            credentials.save_password(address.url, address.user, address.password)
        except TaawunError as error:  # a field, or the password could not be kept: nothing is saved
            self._say(self.status, window_message(error, self.services.lang))
            return
        before = (settings.server_url, settings.server_user)
        if before != (address.url, address.user) and all(before):
            credentials.forget_password(*before)  # the previous server's password is no longer needed here
        settings.server_url, settings.server_user = address.url, address.user
        settings.server_background_sync = self.background_box.isChecked()
        try:
            self.services.save_settings()
        except FileNotWritten as error:  # they apply all the same, until Taawun is closed
            show_quietly(self.parentWidget() or self, error, self.services.lang)
        self.accept()

    def done(self, result: int) -> None:  # Qt's name: the test in progress ends before the dialog goes
        self.runner.wait()
        super().done(result)

    @classmethod
    def ask(cls, parent: QWidget | None, services: Services) -> bool:
        """True when a server was saved."""
        return cls(parent, services).exec() == QDialog.DialogCode.Accepted
