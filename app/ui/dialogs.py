"""The window's dialogs. Each exposes a classmethod `ask(...)` that tests replace instead of blocking on exec()."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.autosave import Unsaved
from app.core.bounds import NAME_MAX, TEXT_MAX, is_name
from app.core.dates import show_datetime
from app.core.display import isolate_ltr
from app.core.messages import translate
from app.ui.forms.direction import follow_text_direction
from app.ui.grid import DIALOG, GAP, TIGHT, UNIT, on_grid

if TYPE_CHECKING:
    from app.ui.organisation_page import OrganisationPage
    from app.ui.services import Services
    from app.ui.unlock import KeyRing

LANGUAGES = (("ar", "العربية"), ("fr", "Français"), ("en", "English"))


def __getattr__(name: str) -> Any:
    """`HistoryDialog`: at home in history_view, found here too; imported when first asked for (a record's
    history), not at start-up."""
    if name == "HistoryDialog":
        from app.ui.history_view import HistoryDialog

        return HistoryDialog
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class IdentityDialog(QDialog):
    """First run: a welcome. The language (switching it retranslates the dialog at once), who the agent is (empty:
    a login name such as "root" must never sign records), what this laptop is called, and what happens next. Both
    names are recorded on every change. Cancel explains and asks before Taawun quits."""

    def __init__(self, parent: QWidget | None, *, author: str = "", device_name: str = "", lang: str = "ar",
                 on_language: Callable[[str], None] | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.on_language = on_language
        self.setMinimumWidth(600)
        layout = on_grid(QVBoxLayout(self), margin=DIALOG, spacing=3 * UNIT)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        form = on_grid(QFormLayout())
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        self.author = QLineEdit(author)
        self.device_name = QLineEdit(device_name)
        for name in (self.author, self.device_name):
            name.setMaxLength(NAME_MAX)  # recorded on every change and shown on every laptop: a name's bound
            follow_text_direction(name)  # an Arabic name from the right, an empty box's caret on the window's side
        self.language_label, self.author_label, self.device_label = QLabel(), QLabel(), QLabel()
        self.author_label.setBuddy(self.author)
        self.device_label.setBuddy(self.device_name)
        self.author_hint, self.device_hint = QLabel(), QLabel()
        form.addRow(self.language_label, self.language)
        for label, box, hint in ((self.author_label, self.author, self.author_hint),
                                 (self.device_label, self.device_name, self.device_hint)):  # fmt: skip
            hint.setWordWrap(True)
            hint.setEnabled(False)  # drawn in the muted colour of a hint
            column = on_grid(QVBoxLayout(), spacing=TIGHT)
            column.addWidget(box)
            column.addWidget(hint)
            form.addRow(label, column)
        layout.addLayout(form)
        self.next_steps = QLabel()
        self.next_steps.setWordWrap(True)
        layout.addWidget(self.next_steps)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.author.textChanged.connect(self._update_ok)
        self.device_name.textChanged.connect(self._update_ok)
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.retranslate()
        self._update_ok()
        self.author.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to Taawun"))
        self.heading.setText("<h2>" + html.escape(self.tr("Welcome to Taawun")) + "</h2><p>"
                             + html.escape(self.tr("Taawun keeps the profiles of the cooperatives you support, your "
                                                   "visit notes and workshops, on this laptop, even without internet."))
                             + "</p>")  # fmt: skip
        self.language_label.setText(self.tr("Language"))
        self.author_label.setText(self.tr("&Your name"))
        self.author.setPlaceholderText(self.tr("First and last name, e.g. Fatima Zahra Amrani"))
        self.author_hint.setText(self.tr("Required. It signs every record you write or change."))
        self.device_label.setText(self.tr("&Name of this laptop"))
        self.device_name.setPlaceholderText(self.tr("e.g. Azilal office laptop"))
        self.device_hint.setText(self.tr("Tells your colleagues which laptop a record comes from."))
        self.next_steps.setText(self.tr("What happens next: Taawun opens on the list of cooperatives and offers to "
                                        "load a demo event to explore. Both names can be changed later in File › "
                                        "Settings."))  # fmt: skip
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            # After the button box has put back Qt's own words on its buttons (it hears the same event).
            QTimer.singleShot(0, self, self.retranslate)

    def _language_chosen(self) -> None:
        if self.on_language is not None:
            self.on_language(str(self.language.currentData()))
            self.retranslate()  # at once: Qt's LanguageChange for the new translators is posted, not sent

    def _update_ok(self) -> None:
        names = (self.author.text().strip(), self.device_name.text().strip())
        ok = all(name and is_name(name) for name in names)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def reject(self) -> None:
        """Cancel, Escape or the window's close button: Taawun cannot record anything without a name; say so and
        ask before quitting."""
        if self.confirm_quit(self):
            super().reject()

    @classmethod
    def confirm_quit(cls, parent: QWidget | None) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("IdentityDialog", "Quit Taawun?"),
                          QCoreApplication.translate("IdentityDialog", "Taawun needs your name before it records "
                                                     "anything: every record is signed with it. Nothing has been "
                                                     "saved. Quit now and give your name at the next start?"),
                          QMessageBox.StandardButton.NoButton, parent)  # fmt: skip
        quit_button = box.addButton(QCoreApplication.translate("IdentityDialog", "Quit"),
                                    QMessageBox.ButtonRole.AcceptRole)  # fmt: skip
        back = box.addButton(QCoreApplication.translate("IdentityDialog", "Go back"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)
        box.exec()
        return box.clickedButton() is quit_button

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    @classmethod
    def ask(cls, parent: QWidget | None, *, author: str = "", device_name: str = "", lang: str = "ar",
            on_language: Callable[[str], None] | None = None) -> tuple[str, str] | None:  # fmt: skip
        """The names given, or None when the agent chose to quit. The language chosen is given to `on_language` as
        soon as it is picked (the caller applies it and keeps it)."""
        dialog = cls(parent, author=author, device_name=device_name, lang=lang, on_language=on_language)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.author.text().strip(), dialog.device_name.text().strip()


class SettingsDialog(QDialog):
    """Language, organisation and identity. A new language rebuilds the window at once."""

    LANGUAGES = LANGUAGES

    def __init__(self, parent: QWidget | None, *, lang: str, author: str, device_name: str, organisation: str,
                 backup_keep_days: int = 14, organisation_logo: str = "", services: Services | None = None,
                 keyring: KeyRing | None = None, show_organisation: bool = False,
                 shared_folder: str = "") -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        outer = on_grid(QVBoxLayout(self), margin=DIALOG)
        self.tabs = QTabWidget()
        outer.addWidget(self.tabs, 1)
        general = QWidget()
        self.tabs.addTab(general, self.tr("General"))
        form = on_grid(QFormLayout(general), margin=GAP)
        self.language = QComboBox()
        for code, name in self.LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex([c for c, _ in self.LANGUAGES].index(lang))
        self.author = QLineEdit(author)
        self.device_name = QLineEdit(device_name)
        self.organisation = QLineEdit(organisation)
        for name in (self.author, self.device_name):
            name.setMaxLength(NAME_MAX)
        self.organisation.setMaxLength(TEXT_MAX)
        for box in (self.author, self.device_name, self.organisation):
            follow_text_direction(box)
        self.backup_keep_days = QSpinBox()
        self.backup_keep_days.setRange(1, 3650)  # as Settings accepts
        self.backup_keep_days.setValue(backup_keep_days)
        self.backup_keep_days.setSuffix(self.tr(" days"))
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Your name"), self.author)
        form.addRow(self.tr("Name of this laptop"), self.device_name)
        form.addRow(self.tr("Organisation (report headers)"), self.organisation)
        # The logo printed beside the organisation's name: a PNG or JPEG file, chosen (never typed).
        self.logo = QLineEdit(organisation_logo)
        self.logo.setReadOnly(True)
        self.logo.setPlaceholderText(self.tr("No logo"))
        self.choose_logo_button = QPushButton(self.tr("Choose…"))
        self.choose_logo_button.clicked.connect(self._choose_logo)
        self.remove_logo_button = QPushButton(self.tr("Remove"))
        self.remove_logo_button.clicked.connect(self.logo.clear)
        logo_row = on_grid(QHBoxLayout())
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(self.choose_logo_button)
        logo_row.addWidget(self.remove_logo_button)
        form.addRow(self.tr("Logo (report headers)"), logo_row)
        form.addRow(self.tr("Keep the daily backups for"), self.backup_keep_days)
        # A folder other laptops reach too (a network share, a synced folder): chosen, never typed, so that it exists.
        self.shared_folder = QLineEdit(shared_folder)
        self.shared_folder.setReadOnly(True)
        self.shared_folder.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a path, in an Arabic window too
        self.shared_folder.setPlaceholderText(self.tr("No folder chosen"))
        self.choose_folder_button = QPushButton(self.tr("Choose…"))
        self.choose_folder_button.clicked.connect(self._choose_shared_folder)
        self.clear_folder_button = QPushButton(self.tr("Clear"))
        self.clear_folder_button.clicked.connect(self.shared_folder.clear)
        folder_row = on_grid(QHBoxLayout())
        folder_row.addWidget(self.shared_folder, 1)
        folder_row.addWidget(self.choose_folder_button)
        folder_row.addWidget(self.clear_folder_button)
        form.addRow(self.tr("Shared folder (sync)"), folder_row)
        # The organisation (app/ui/organisation_page.py): its actions take effect at once, not with OK. Imported
        # here, when Settings are opened: the keys' libraries are not needed at start-up.
        self.organisation_page: OrganisationPage | None = None
        if services is not None and keyring is not None:
            from app.ui.organisation_page import OrganisationPage

            self.organisation_page = OrganisationPage(services, keyring)
            self.tabs.addTab(self.organisation_page, self.tr("Organisation"))
            self.setMinimumSize(760, 520)
            if show_organisation:
                self.tabs.setCurrentWidget(self.organisation_page)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        for box in (self.author, self.device_name):
            box.textChanged.connect(self._update_ok)

    def _update_ok(self) -> None:
        # An empty name means "as before" (the default); a name with control characters is never recorded.
        self.ok_button.setEnabled(all(not box.text().strip() or is_name(box.text().strip())
                                      for box in (self.author, self.device_name)))  # fmt: skip

    def values(self) -> dict[str, Any]:
        return {"language": self.language.currentData(), "author": self.author.text().strip(),
                "device_name": self.device_name.text().strip(), "organisation": self.organisation.text().strip(),
                "backup_keep_days": self.backup_keep_days.value(), "organisation_logo": self.logo.text(),
                "shared_folder": self.shared_folder.text()}  # fmt: skip

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Logo (report headers)"), self.logo.text(),
                                              self.tr("Pictures (*.png *.jpg *.jpeg)"))  # fmt: skip
        if path:
            self.logo.setText(path)

    def _choose_shared_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Shared folder (sync)"), self.shared_folder.text())
        if folder:
            self.shared_folder.setText(str(Path(folder)))  # the system's own separators

    @classmethod
    def ask(cls, parent: QWidget | None, **current: Any) -> dict[str, Any] | None:
        dialog = cls(parent, **current)  # type: ignore[arg-type]
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


class RestoreDialog(QObject):
    """After a crash: offer to reopen the forms that were being edited."""

    def question(self, count: int, when: str) -> str:
        # From self.tr with the count by name: the only plural call pyside6-lupdate reads (it skipped this message
        # when it was QCoreApplication.translate(..., len(unsaved)), and the question stayed English).
        return self.tr("Taawun was closed before %n form(s) were saved (last copy: %1). Restore them?", "", count).replace("%1", when)  # noqa: E501  # fmt: skip

    @classmethod
    def ask(cls, parent: QWidget | None, unsaved: list[Unsaved]) -> bool:
        lang = interface_language()
        separator = "، " if lang == "ar" else ", "
        when = separator.join(isolate_ltr(show_datetime(item.saved_at, lang)) for item in unsaved)
        text = cls().question(len(unsaved), when)
        answer = QMessageBox.question(parent, QCoreApplication.translate("RestoreDialog", "Restore unsaved work"), text)
        return answer == QMessageBox.StandardButton.Yes


def interface_language() -> str:
    """The interface's language code, from the default locale the language in force set (app/ui/i18n.py)."""
    language = QLocale().language()
    return {QLocale.Language.Arabic: "ar", QLocale.Language.French: "fr"}.get(language, "en")


class UnsavedChangesDialog:
    """Leaving a form with changes: save them, discard them, or stay."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> str:
        box = QMessageBox(parent)
        box.setWindowTitle(QCoreApplication.translate("UnsavedChangesDialog", "Unsaved changes"))
        box.setText(QCoreApplication.translate("UnsavedChangesDialog", "This form has changes that are not saved."))
        box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                               | QMessageBox.StandardButton.Cancel)  # fmt: skip
        answer = box.exec()
        return {QMessageBox.StandardButton.Save: "save", QMessageBox.StandardButton.Discard: "discard"}.get(
            QMessageBox.StandardButton(answer), "cancel"
        )


class ConfirmDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str, *, dangerous: bool = False) -> bool:
        """Yes or no. `dangerous` (a deletion, a restore over the data): No is the default, so Enter keeps things
        as they are."""
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        default = QMessageBox.StandardButton.No if dangerous else QMessageBox.StandardButton.Yes
        return QMessageBox.question(parent, title, text, buttons, default) == QMessageBox.StandardButton.Yes


class MessageDialog:
    """Known conditions (translated) and bugs (a short apology with the log's path)."""

    @classmethod
    def show_error(cls, parent: QWidget | None, text: str) -> None:
        # Plain text: a message naming a file or a laptop called "<img src=…>" must not be read as HTML.
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("MessageDialog", "Taawun"), text,
                          QMessageBox.StandardButton.Ok, parent)  # fmt: skip
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    @classmethod
    def show_bug(cls, parent: QWidget | None, lang: str, log_path: Path) -> None:
        QMessageBox.critical(
            parent, QCoreApplication.translate("MessageDialog", "Taawun"), translate("bug", lang, log=log_path)
        )
