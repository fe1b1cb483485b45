"""Go to record (Ctrl+G): a record opened from its id, typed, or from a paper form's QR code read by a scanner (which
types the code's text followed by Enter, app/core/paper_code.py). A blank paper form's code opens a new record of
its form, to type the filled paper in. What cannot be read, an unknown id, a deleted record or a code naming
another form is said in the dialog, which stays open with the text selected: the next scan replaces it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.core.display import isolate_ltr, window_message
from app.core.errors import InvalidInput, TaawunError
from app.core.messages import translate
from app.core.paper_code import read_code
from app.db.store import Store
from app.ui.grid import DIALOG, GAP, on_grid
from app.ui.services import Services

CODE_LIMIT = 200  # characters: a code is about 60; a scanner's noise beyond this is not worth keeping


@dataclass(frozen=True)
class Target:
    """Where to go: a record (`record_id`) or a new record of `form`; `note` said on the status bar ("" for none)."""

    form: str
    record_id: str | None
    note: str = ""


def find_target(store: Store, text: str, lang: str) -> Target:
    """The record (or blank form) that `text` names; a known condition (unreadable, unknown id or form, deleted
    record, a code of another form's paper) is InvalidInput, translated by the caller."""
    code = read_code(text)
    forms = store.forms
    if code.record_id is None:
        if code.form is None or code.form not in forms:
            raise InvalidInput("unknown_form", form=code.form or "", available=", ".join(forms.names()))
        label = forms.get(code.form).label[lang]
        return Target(code.form, None, translate("paper_code_blank_form", lang, form=label))
    record = store.get(code.record_id)
    if code.form is not None and code.form != record.form:
        expected = forms.get(code.form).label[lang] if code.form in forms else code.form
        raise InvalidInput("paper_code_other_form", id=record.id, expected=expected,
                           actual=forms.get(record.form).label[lang])  # fmt: skip
    note = ""
    if code.version is not None and code.version != record.version:
        note = translate("paper_code_changed_since", lang, printed=code.version, current=record.version)
    return Target(record.form, record.id, note)


class GoToRecordDialog(QDialog):
    def __init__(self, parent: QWidget | None, services: Services) -> None:
        super().__init__(parent)
        self.services = services
        self.target: Target | None = None
        self.setWindowTitle(self.tr("Go to record"))
        layout = on_grid(QVBoxLayout(self), margin=DIALOG, spacing=GAP)
        prompt = QLabel(self.tr("Type a record's id, or scan the QR code of a paper form:"))
        prompt.setWordWrap(True)
        self.code = QLineEdit()
        self.code.setMaxLength(CODE_LIMIT)
        # An id and a code are Latin letters and digits: typed and shown left to right, in an Arabic window too.
        self.code.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.code.setPlaceholderText("taawun/cooperative/…")
        self.code.setMinimumWidth(self.code.fontMetrics().horizontalAdvance("0" * 48))
        prompt.setBuddy(self.code)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)  # the message quotes what was typed: never HTML
        self.problem.setStyleSheet("color: #B00020;")
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for widget in (prompt, self.code, self.problem, buttons):
            layout.addWidget(widget)

    def accept(self) -> None:
        """Enter (a scanner ends with it) or Open: go there if the text names something, else say why and wait."""
        services = self.services
        try:
            self.target = find_target(services.store, self.code.text(), services.lang)
        except TaawunError as error:
            typed = error.params.get("text")
            if isinstance(typed, str):  # what was typed keeps its own order inside an Arabic sentence
                error.params["text"] = isolate_ltr(typed)
            self.problem.setText(window_message(error, services.lang))
            self.problem.show()
            self.adjustSize()  # room for the message's lines: a shown dialog does not grow by itself
            self.code.selectAll()
            self.code.setFocus()
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, services: Services) -> Target | None:
        dialog = cls(parent, services)
        return dialog.target if dialog.exec() == QDialog.DialogCode.Accepted else None
