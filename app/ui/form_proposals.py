"""The form definitions that arrived in merged files and wait for a person's decision: what each changes, and an
Accept button (the same `accept_proposal` as `taawun forms accept`, refused with its reason when it would harm
existing records)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import TaawunError
from app.core.messages import translate
from app.db.forms_table import Proposal, accept_proposal, proposals
from app.ui.services import Services


class FormProposalsDialog(QDialog):
    def __init__(self, parent: QWidget | None, services: Services) -> None:
        super().__init__(parent)
        self.services = services
        self.accepted_any = False
        self.setWindowTitle(self.tr("Proposed forms"))
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.list = QListWidget(self)
        layout.addWidget(self.list)
        self.changes = QPlainTextEdit(self)
        self.changes.setReadOnly(True)
        layout.addWidget(self.changes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.accept_button = QPushButton(self.tr("Accept this form"), self)
        buttons.addButton(self.accept_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.accept_button.clicked.connect(self.accept_selected)
        self.list.currentRowChanged.connect(self._show_changes)
        self.refresh()

    def refresh(self) -> None:
        self.waiting: list[Proposal] = proposals(self.services.store.forms)
        self.list.clear()
        lang = self.services.lang
        for proposal in self.waiting:
            current = proposal.current.version if proposal.current is not None else "—"
            self.list.addItem(translate("forms_proposal_line", lang, form=proposal.form.name,
                                        version=proposal.form.version, current=current))  # fmt: skip
        self.intro.setText(self.tr("These form versions came in merged files. Accept one only when your coordinator"
                                   " asks you to.") if self.waiting else self.tr("No form is waiting for a decision."))  # fmt: skip
        if self.waiting:
            self.list.setCurrentRow(0)
        else:
            self.changes.clear()
        self.accept_button.setEnabled(bool(self.waiting))

    def _show_changes(self, row: int) -> None:
        if not 0 <= row < len(self.waiting):
            self.changes.clear()
            return
        lang = self.services.lang
        lines = [translate(change.code, lang, **change.params()) for change in self.waiting[row].changes]
        self.changes.setPlainText("\n".join(lines))

    def accept_selected(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.waiting):
            return
        form = self.waiting[row].form
        try:
            accept_proposal(self.services.store, form.name, form.version)
        except TaawunError as error:
            self.show_refusal(error.message(self.services.lang))
            return
        self.accepted_any = True
        self.refresh()

    def show_refusal(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Form not accepted"), text)

    @classmethod
    def ask(cls, parent: QWidget | None, services: Services) -> bool:
        """Show the proposals; True when one was accepted (the window then rebuilds on the new forms)."""
        dialog = cls(parent, services)
        dialog.exec()
        return dialog.accepted_any
