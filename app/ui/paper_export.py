"""Paper forms from the window (File › Paper form…): a form printed blank, or filled with the open record's values
for a person to check; built off the GUI thread (app/reports/paper_form.py), saved where the user chooses, opened.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QWidget

from app.core.form_behaviour import form_heading
from app.ui.report_export import PdfExporter, language_box
from app.ui.services import Services

if TYPE_CHECKING:
    from app.db.store import Store


@dataclass(frozen=True)
class PaperRequest:
    form: str
    lang: str
    record_id: str | None = None  # filled with this record's values; None: blank
    title: str = ""  # the record's title, for the file's name


class PaperDialog(QDialog):
    """Which form, in which language, and whether to fill it with the open record (offered when one is open)."""

    def __init__(self, parent: QWidget | None, services: Services, forms: tuple[str, ...], *,
                 record: tuple[str, str, str] | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(self.tr("Paper form"))
        self.record = record  # (form, id, title) of the open record
        layout = QFormLayout(self)
        self.form = QComboBox()
        for name in forms:
            self.form.addItem(form_heading(services.store.forms.get(name), services.lang), name)
        self.language = language_box(services.lang)
        self.filled = QCheckBox(self.tr("Filled in with the open record, to check"))
        if record is not None:
            self.form.setCurrentIndex(max(0, self.form.findData(record[0])))
        self.form.currentIndexChanged.connect(self._offer_record)
        self._offer_record()
        layout.addRow(self.tr("Form"), self.form)
        layout.addRow(self.tr("Language of the form"), self.language)
        layout.addRow(self.filled)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def _offer_record(self) -> None:
        """The open record fills only a form of its own kind."""
        offered = self.record is not None and self.form.currentData() == self.record[0]
        self.filled.setEnabled(offered)
        self.filled.setChecked(offered)

    def request(self) -> PaperRequest:
        form, lang = self.form.currentData(), self.language.currentData()
        if self.record is not None and self.filled.isChecked() and self.filled.isEnabled():
            return PaperRequest(form, lang, self.record[1], self.record[2])
        return PaperRequest(form, lang)

    @classmethod
    def ask(cls, parent: QWidget | None, services: Services, forms: tuple[str, ...], *,
            record: tuple[str, str, str] | None = None) -> PaperRequest | None:  # fmt: skip
        dialog = cls(parent, services, forms, record=record)
        return dialog.request() if dialog.exec() == QDialog.DialogCode.Accepted else None


class PaperExporter(PdfExporter):
    """The paper forms, blank or filled with a record's values."""

    def export(self, request: PaperRequest) -> None:
        kind = "check" if request.record_id else "blank"
        name = (
            f"{request.title} - {request.lang}.pdf"
            if request.title
            else f"taawun-{request.form}-{kind}-{request.lang}.pdf"
        )
        settings = self.services.settings
        organisation, logo_file = settings.organisation, settings.organisation_logo

        def build(store: Store) -> bytes:
            from app.reports.paper_form import build_paper
            from app.reports.photos import read_logo

            return build_paper(store, form=request.form, lang=request.lang, record_id=request.record_id,
                               organisation=organisation, logo=read_logo(logo_file)).pdf  # fmt: skip

        self.write(name, build, self.tr("Preparing the paper form…"))
