"""The window's dialogs. Each exposes a classmethod `ask(...)` that tests replace instead of blocking on exec()."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.autosave import Unsaved
from app.core.bounds import NAME_MAX, TEXT_MAX, is_name
from app.core.messages import translate
from app.core.shown import shown_text
from app.db.store import Version


class IdentityDialog(QDialog):
    """First run: who is the agent, and what is this laptop called (both recorded on every change)."""

    def __init__(self, parent: QWidget | None, *, author: str = "", device_name: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Taawun"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Your name and a name for this laptop are recorded with every change you make."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.author = QLineEdit(author)
        self.device_name = QLineEdit(device_name)
        for name in (self.author, self.device_name):
            name.setMaxLength(NAME_MAX)  # recorded on every change and shown on every laptop: a name's bound
        form.addRow(self.tr("Your name"), self.author)
        form.addRow(self.tr("Name of this laptop"), self.device_name)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.author.textChanged.connect(self._update_ok)
        self.device_name.textChanged.connect(self._update_ok)
        self._update_ok()

    def _update_ok(self) -> None:
        names = (self.author.text().strip(), self.device_name.text().strip())
        ok = all(name and is_name(name) for name in names)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    @classmethod
    def ask(cls, parent: QWidget | None, *, author: str = "", device_name: str = "") -> tuple[str, str] | None:
        dialog = cls(parent, author=author, device_name=device_name)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.author.text().strip(), dialog.device_name.text().strip()


class SettingsDialog(QDialog):
    """Language, organisation and identity. A new language rebuilds the window at once."""

    LANGUAGES = (("ar", "العربية"), ("fr", "Français"), ("en", "English"))

    def __init__(self, parent: QWidget | None, *, lang: str, author: str, device_name: str, organisation: str,
                 backup_keep_days: int = 14) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        form = QFormLayout(self)
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
        self.backup_keep_days = QSpinBox()
        self.backup_keep_days.setRange(1, 3650)  # as Settings accepts
        self.backup_keep_days.setValue(backup_keep_days)
        self.backup_keep_days.setSuffix(self.tr(" days"))
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Your name"), self.author)
        form.addRow(self.tr("Name of this laptop"), self.device_name)
        form.addRow(self.tr("Organisation (report headers)"), self.organisation)
        form.addRow(self.tr("Keep the daily backups for"), self.backup_keep_days)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
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
                "backup_keep_days": self.backup_keep_days.value()}  # fmt: skip

    @classmethod
    def ask(cls, parent: QWidget | None, **current: Any) -> dict[str, Any] | None:
        dialog = cls(parent, **current)  # type: ignore[arg-type]
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


class RestoreDialog:
    """After a crash: offer to reopen the forms that were being edited."""

    @classmethod
    def ask(cls, parent: QWidget | None, unsaved: list[Unsaved]) -> bool:
        when = ", ".join(item.saved_at[:16].replace("T", " ") for item in unsaved)
        # On one line: pyside6-lupdate does not see a plural message whose call spans several lines.
        text = QCoreApplication.translate("RestoreDialog", "Taawun was closed before %n form(s) were saved (last copy: %1). Restore them?", None, len(unsaved))  # noqa: E501  # fmt: skip
        text = text.replace("%1", when)
        answer = QMessageBox.question(parent, QCoreApplication.translate("RestoreDialog", "Restore unsaved work"), text)
        return answer == QMessageBox.StandardButton.Yes


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
    def ask(cls, parent: QWidget | None, title: str, text: str) -> bool:
        return QMessageBox.question(parent, title, text) == QMessageBox.StandardButton.Yes


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
        QMessageBox.critical(parent, QCoreApplication.translate("MessageDialog", "Taawun"), translate("bug", lang, log=log_path))


class HistoryDialog(QDialog):
    """Who changed what, when, on which laptop."""

    def __init__(self, parent: QWidget | None, versions: list[Version], *, labels: dict[str, str], lang: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History"))
        self.resize(820, 400)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(len(versions), 5)
        self.table.setHorizontalHeaderLabels([self.tr("Version"), self.tr("When"), self.tr("Who"), self.tr("Laptop"),
                                              self.tr("What changed")])  # fmt: skip
        previous: dict[str, object] | None = None
        for row, version in enumerate(versions):
            if version.deleted:
                what = translate("version_deleted", lang)
            elif previous is None:
                what = self.tr("Created")
            else:
                changed = sorted(k for k in {*previous, *version.data} if previous.get(k) != version.data.get(k))
                names = [shown_text(labels.get(k, k)) for k in changed[:50]]
                what = ("، " if lang == "ar" else ", ").join(names)
            # Authors, laptops and field names may come from another laptop's file: escaped and bounded.
            cells = [str(version.version), version.changed_at[:19].replace("T", " "), shown_text(version.author),
                     shown_text(version.device_name), what]  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
            if not version.deleted:
                previous = version.data
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, versions: list[Version], *, labels: dict[str, str], lang: str) -> None:
        cls(parent, versions, labels=labels, lang=lang).exec()
