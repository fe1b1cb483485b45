"""The dialogs of Settings › Organisation: create, join, invite (and the invite code shown), a new passphrase.

Each dialog that changes something is given the work to do (`perform`) and does it when OK is pressed, under a
busy cursor (app/ui/unlock.py): a refusal (a wrong code, a wrong passphrase, a laptop already listed) is said in
the dialog, which stays open with what was typed, for another try. Each has a classmethod `ask` that tests replace.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.bounds import NAME_MAX, is_name
from app.ui.forms.direction import follow_text_direction
from app.ui.grid import DIALOG, TIGHT, UNIT, on_grid
from app.ui.unlock import attempt

INVITE_SUFFIX = ".taawun-invite"


def _password_box() -> QLineEdit:
    box = QLineEdit()
    box.setEchoMode(QLineEdit.EchoMode.Password)
    return box


def _ltr_box() -> QLineEdit:
    """A box for a code or an id: Latin letters and digits, left to right in an Arabic window too."""
    box = QLineEdit()
    box.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    box.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    return box


class ActionDialog(QDialog):
    """A form, a status line (what is being done, or why it was refused), OK and Cancel. OK does `perform` with
    `values()`: its result is kept in `result` and the dialog closes; a refusal keeps it open."""

    def __init__(self, parent: QWidget | None, lang: str, perform: Callable[..., Any]) -> None:
        super().__init__(parent)
        self.lang = lang
        self.perform = perform
        self.result_value: Any = None
        self.setMinimumWidth(520)
        self.outer = on_grid(QVBoxLayout(self), margin=DIALOG, spacing=2 * UNIT)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.outer.addWidget(self.intro)
        self.form = on_grid(QFormLayout())
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.outer.addLayout(self.form)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # messages name files and laptops
        self.status.setWordWrap(True)
        self.status.setVisible(False)
        self.outer.addWidget(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.do_it)
        self.buttons.rejected.connect(self.reject)
        self.outer.addWidget(self.buttons)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def values(self) -> tuple[Any, ...]:
        raise NotImplementedError

    def ready(self) -> bool:
        return True

    def update_ok(self) -> None:
        self.ok_button.setEnabled(self.ready())

    def do_it(self) -> None:
        if not self.ready():
            return
        done = attempt(self, self.status, self.tr("Working… (a few seconds)"), self.lang,
                       lambda: self.perform(*self.values()))  # fmt: skip
        if done is not None:
            self.result_value = done
            self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, lang: str, perform: Callable[..., Any]) -> Any:
        """What `perform` returned, or None when the person cancelled."""
        dialog = cls(parent, lang, perform)
        return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None


class NewPassphrase:
    """A passphrase being chosen: typed twice; a hint says when the two differ."""

    def __init__(self, dialog: ActionDialog, label: str) -> None:
        self.first, self.again = _password_box(), _password_box()
        self.hint = QLabel()
        self.hint.setEnabled(False)
        column = on_grid(QVBoxLayout(), spacing=TIGHT)
        column.addWidget(self.again)
        column.addWidget(self.hint)
        dialog.form.addRow(label, self.first)
        dialog.form.addRow(QCoreApplication.translate("NewPassphrase", "The same passphrase again"), column)
        self.differ_text = QCoreApplication.translate("NewPassphrase", "The two passphrases differ.")
        for box in (self.first, self.again):
            box.textChanged.connect(dialog.update_ok)
            box.textChanged.connect(self._update_hint)

    def _update_hint(self) -> None:
        differ = bool(self.again.text()) and self.again.text() != self.first.text()
        self.hint.setText(self.differ_text if differ else "")

    def ready(self) -> bool:
        return bool(self.first.text()) and self.first.text() == self.again.text()

    def text(self) -> str:
        return self.first.text()


class CreateOrganisationDialog(ActionDialog):
    """A new organisation: its name and this laptop's passphrase. `perform(name, passphrase)`."""

    def __init__(self, parent: QWidget | None, lang: str, perform: Callable[..., Any]) -> None:
        super().__init__(parent, lang, perform)
        self.setWindowTitle(self.tr("Create an organisation"))
        self.intro.setText(self.tr("This laptop becomes the organisation's first coordinator: it holds the "
                                   "organisation's key and invites the other laptops. Choose a passphrase you will "
                                   "not forget: without it the key cannot be used. Have a second coordinator laptop "
                                   "later, so the organisation never depends on one laptop."))  # fmt: skip
        self.name = QLineEdit()
        self.name.setMaxLength(NAME_MAX)
        follow_text_direction(self.name)
        self.form.addRow(self.tr("Organisation's name"), self.name)
        self.passphrase = NewPassphrase(self, self.tr("Passphrase of this laptop"))
        self.name.textChanged.connect(self.update_ok)
        self.update_ok()
        self.name.setFocus()

    def ready(self) -> bool:
        name = self.name.text().strip()
        return bool(name) and is_name(name) and self.passphrase.ready()

    def values(self) -> tuple[Any, ...]:
        return self.name.text().strip(), self.passphrase.text()


class JoinDialog(ActionDialog):
    """Joining with an invite: its file, its code (told by the coordinator), this laptop's new passphrase.
    `perform(path, code, passphrase)`."""

    def __init__(self, parent: QWidget | None, lang: str, perform: Callable[..., Any]) -> None:
        super().__init__(parent, lang, perform)
        self.setWindowTitle(self.tr("Join an organisation"))
        self.intro.setText(self.tr("Choose the invite file the coordinator gave you (on a stick), type the invite "
                                   "code the coordinator read to you, and choose this laptop's passphrase."))  # fmt: skip
        self.file = QLineEdit()
        self.file.setReadOnly(True)
        self.file.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a path
        self.choose = QPushButton(self.tr("Choose…"))
        self.choose.clicked.connect(self.choose_file)
        row = on_grid(QHBoxLayout())
        row.addWidget(self.file, 1)
        row.addWidget(self.choose)
        self.form.addRow(self.tr("Invite file"), row)
        self.code = _ltr_box()
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX")
        self.form.addRow(self.tr("Invite code"), self.code)
        self.passphrase = NewPassphrase(self, self.tr("Passphrase of this laptop"))
        for box in (self.file, self.code):
            box.textChanged.connect(self.update_ok)
        self.update_ok()

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Invite file"), self.file.text(),
                                              self.tr("Taawun invites (%1);;All files (*)").replace("%1", "*" + INVITE_SUFFIX))  # fmt: skip
        if path:
            self.file.setText(path)
            self.code.setFocus()

    def ready(self) -> bool:
        return bool(self.file.text()) and bool(self.code.text().strip()) and self.passphrase.ready()

    def values(self) -> tuple[Any, ...]:
        return Path(self.file.text()), self.code.text(), self.passphrase.text()


class InviteDialog(ActionDialog):
    """An invite for a laptop: its name, its id when it already has a database (else a new one), whether it is a
    coordinator's. `perform(name, laptop_id or None, coordinator)`: it chooses the file and writes the invite."""

    def __init__(self, parent: QWidget | None, lang: str, perform: Callable[..., Any]) -> None:
        super().__init__(parent, lang, perform)
        self.setWindowTitle(self.tr("Invite a laptop"))
        self.intro.setText(self.tr("The invite is a file for the new laptop (put it on a stick) and a code shown "
                                   "afterwards, which you read to the agent or write on paper. Give the laptop's id "
                                   "if it already has data (its Settings › Organisation page shows it); leave it "
                                   "empty for a laptop starting afresh."))  # fmt: skip
        self.name = QLineEdit()
        self.name.setMaxLength(NAME_MAX)
        self.name.setPlaceholderText(self.tr("e.g. Fatima's laptop, Azilal"))
        follow_text_direction(self.name)
        self.form.addRow(self.tr("Laptop's name"), self.name)
        self.laptop = _ltr_box()
        self.laptop.setPlaceholderText(self.tr("empty: a new id"))
        self.form.addRow(self.tr("Laptop's id (optional)"), self.laptop)
        self.coordinator = QCheckBox(self.tr("A coordinator's laptop (it receives the organisation's key)"))
        self.form.addRow("", self.coordinator)
        self.name.textChanged.connect(self.update_ok)
        self.update_ok()
        self.name.setFocus()

        self.path: Path | None = None

    def ready(self) -> bool:
        name = self.name.text().strip()
        return bool(name) and is_name(name)

    def do_it(self) -> None:
        """The invite's file is chosen first (no busy cursor over the file dialog), then the invite made."""
        if not self.ready():
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the invite"), f"invite{INVITE_SUFFIX}",
                                              self.tr("Taawun invites (%1)").replace("%1", "*" + INVITE_SUFFIX))  # fmt: skip
        if not path:
            return
        self.path = Path(path)
        super().do_it()

    def values(self) -> tuple[Any, ...]:
        return self.name.text().strip(), self.laptop.text().strip() or None, self.coordinator.isChecked(), self.path


class ChangePassphraseDialog(ActionDialog):
    """This laptop's passphrase changed: the current one, the new one twice. `perform(old, new)`."""

    def __init__(self, parent: QWidget | None, lang: str, perform: Callable[..., Any]) -> None:
        super().__init__(parent, lang, perform)
        self.setWindowTitle(self.tr("Change the passphrase"))
        self.intro.setText(self.tr("The keys stay the same: every file already sealed stays readable."))
        self.old = _password_box()
        self.form.addRow(self.tr("Current passphrase"), self.old)
        self.new = NewPassphrase(self, self.tr("New passphrase"))
        self.old.textChanged.connect(self.update_ok)
        self.update_ok()

    def ready(self) -> bool:
        return bool(self.old.text()) and self.new.ready()

    def values(self) -> tuple[Any, ...]:
        return self.old.text(), self.new.text()


class InviteCodeDialog(QDialog):
    """The invite code, large and copyable, with what to do with it: read aloud or written on paper, never put on
    the stick beside the invite."""

    def __init__(self, parent: QWidget | None, code: str, path: Path) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Invite code"))
        layout = on_grid(QVBoxLayout(self), margin=DIALOG, spacing=3 * UNIT)
        layout.addWidget(QLabel(self.tr("The invite was written to this file:")))
        written = QLabel(str(path))
        written.setTextFormat(Qt.TextFormat.PlainText)  # a path: left to right, whole
        written.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        written.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
        written.setWordWrap(True)
        layout.addWidget(written)
        self.code = QLabel(code)
        self.code.setObjectName("inviteCode")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10) * 2.2)
        font.setWeight(QFont.Weight.Bold)
        self.code.setFont(font)
        self.code.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.code)
        advice = QLabel(self.tr("Read this code aloud to the person at the new laptop, or write it on paper. Never "
                                "put it on the stick with the invite: whoever found both could join the "
                                "organisation. It is shown only now."))  # fmt: skip
        advice.setWordWrap(True)
        layout.addWidget(advice)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(self.tr("Copy the code"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(code))
        buttons.rejected.connect(self.accept)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, code: str, path: Path) -> None:
        cls(parent, code, path).exec()
