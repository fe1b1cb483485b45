"""Paper forms from the window (File › Paper form…): a form printed blank, or filled with the open record's values
for a person to check; built off the GUI thread (app/reports/paper_form.py), saved where the user chooses, opened.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QWidget

from app.core.files import windows_file_name
from app.core.form_behaviour import form_heading
from app.ui.background import BackgroundRunner, Progress
from app.ui.busy import BusyDialog, show_failure
from app.ui.report_export import PDF_NAME_LIMIT, PdfFiles, documents_folder, language_box
from app.ui.services import Services


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


class PaperExporter(QObject):
    """Builds a paper form on a worker thread (its own connection to the database), writes it, opens it."""

    paper_written = Signal(str)  # the PDF's path

    def __init__(self, services: Services, parent: QWidget) -> None:
        super().__init__(parent)
        self.services = services
        self.parent_widget = parent
        self.runner = BackgroundRunner()
        self.busy = BusyDialog()

    def export(self, request: PaperRequest) -> None:
        kind = "check" if request.record_id else "blank"
        name = (
            f"{request.title} - {request.lang}.pdf"
            if request.title
            else f"taawun-{request.form}-{kind}-{request.lang}.pdf"
        )
        target = PdfFiles.save_as(self.parent_widget, documents_folder() / windows_file_name(
            name, limit=PDF_NAME_LIMIT, fallback="taawun"))  # fmt: skip
        if target is None:
            return
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        services = self.services
        organisation = services.settings.organisation
        logo_file = services.settings.organisation_logo

        def work(progress: Progress) -> Path:
            from app.reports import write_pdf
            from app.reports.paper_form import build_paper
            from app.reports.photos import read_logo

            with services.open_worker_store() as store:
                paper = build_paper(store, form=request.form, lang=request.lang, record_id=request.record_id,
                                    organisation=organisation, logo=read_logo(logo_file))  # fmt: skip
            return write_pdf(target, paper.pdf)

        self.busy.show(self.parent_widget, self.tr("Preparing the paper form…"))
        self.runner.run(work, on_success=self._written, on_failure=self._failed)

    def _written(self, path: Path) -> None:
        self.busy.close()
        self.paper_written.emit(str(path))
        PdfFiles.open(path)

    def _failed(self, error: BaseException) -> None:
        self.busy.close()
        show_failure(self.parent_widget, self.services.lang, error)

    def wait(self) -> bool:
        return self.runner.wait()
