"""PDF reports from the window: where to save, building off the GUI thread with progress, opening the result."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QObject, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from app.core.files import windows_file_name
from app.ui.background import BackgroundRunner, Progress
from app.ui.busy import BusyDialog, show_failure
from app.ui.services import Services

if TYPE_CHECKING:
    from app.db.store import Store
    from app.reports import ReportRequest

# app.reports (reportlab, harfbuzz) is imported when a report is asked for: a quarter of a second the window's
# start-up need not pay.

REPORT_LANGUAGES = (("ar", "العربية"), ("fr", "Français"), ("en", "English"))
PDF_NAME_LIMIT = 84  # characters, ".pdf" included: room for the folder within Windows' 260-character paths


def language_box(lang: str) -> QComboBox:
    """A choice of the language of what is written (a report, a spreadsheet), the interface's chosen first."""
    box = QComboBox()
    for code, name in REPORT_LANGUAGES:
        box.addItem(name, code)
    box.setCurrentIndex([code for code, _ in REPORT_LANGUAGES].index(lang))
    return box


def documents_folder() -> Path:
    """Where reports are suggested: the user's Documents as the system knows it (on Windows a Documents folder
    moved to OneDrive or another drive is found there, not under the home folder), else the home folder."""
    located = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if located and Path(located).is_dir():
        return Path(located)
    return Path.home()


class PdfFiles:
    """Choosing where to save and opening the result; replaceable in tests."""

    @classmethod
    def save_as(cls, parent: QWidget | None, suggested: Path) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("PdfFiles", "Save the report"),
                                                str(suggested), "PDF (*.pdf)")  # fmt: skip
        return Path(chosen) if chosen else None

    @classmethod
    def open(cls, path: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class PdfExporter(QObject):
    """Builds a PDF on a worker thread (its own connection to the database), writes it where the user chose, opens
    it: what the reports and the paper forms share."""

    written = Signal(str)  # the PDF's path

    def __init__(self, services: Services, parent: QWidget) -> None:
        super().__init__(parent)
        self.services = services
        self.parent_widget = parent
        self.runner = BackgroundRunner()
        self.busy = BusyDialog()

    def write(self, suggested_name: str, build: Callable[[Store], bytes], busy_text: str) -> None:
        """Asks where to save (`suggested_name`: any text, made a name Windows accepts), then writes what `build`
        makes of the database on a worker; nothing when the user cancels."""
        suggested = windows_file_name(suggested_name, limit=PDF_NAME_LIMIT, fallback="taawun")
        target = PdfFiles.save_as(self.parent_widget, documents_folder() / suggested)
        if target is None:
            return
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        services = self.services

        def work(progress: Progress) -> Path:
            from app.reports import write_pdf

            with services.open_worker_store() as store:
                pdf = build(store)
            return write_pdf(target, pdf)

        self.busy.show(self.parent_widget, busy_text)
        self.runner.run(work, on_success=self._written, on_failure=self._failed)

    def _written(self, path: Path) -> None:
        self.busy.close()
        self.written.emit(str(path))
        PdfFiles.open(path)

    def _failed(self, error: BaseException) -> None:
        self.busy.close()
        show_failure(self.parent_widget, self.services.lang, error)

    def wait(self) -> bool:
        return self.runner.wait()


class ReportExporter(PdfExporter):
    """The PDF reports (a record's, the summary)."""

    def export(self, request: ReportRequest, suggested_name: str) -> None:
        settings = self.services.settings
        organisation, logo_file = settings.organisation, settings.organisation_logo

        def build(store: Store) -> bytes:
            from app.reports import build_report
            from app.reports.photos import read_logo

            return build_report(store, request, organisation=organisation, logo=read_logo(logo_file)).pdf

        self.write(suggested_name, build, self.tr("Preparing the report…"))


class SummaryDialog(QDialog):
    """The summary report over a period and, optionally, a province."""

    def __init__(self, parent: QWidget | None, *, lang: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Summary report"))
        form = QFormLayout(self)
        today = QDate.currentDate()
        self.start = QDateEdit(today.addMonths(-3))
        self.end = QDateEdit(today)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.province = QLineEdit()
        self.language = language_box(lang)
        form.addRow(self.tr("From"), self.start)
        form.addRow(self.tr("To"), self.end)
        form.addRow(self.tr("Province (optional)"), self.province)
        form.addRow(self.tr("Language of the report"), self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def request(self) -> ReportRequest:
        from app.reports import Period, ReportRequest

        start, end = self.start.date().toPython(), self.end.date().toPython()
        assert isinstance(start, dt.date) and isinstance(end, dt.date)
        period = Period(min(start, end), max(start, end), self.province.text().strip() or None)
        return ReportRequest("summary", self.language.currentData(), period=period)

    @classmethod
    def ask(cls, parent: QWidget | None, *, lang: str) -> ReportRequest | None:
        dialog = cls(parent, lang=lang)
        return dialog.request() if dialog.exec() == QDialog.DialogCode.Accepted else None


class ReportLanguageDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, *, lang: str) -> str | None:
        """The language of a record's report (the interface's by default)."""
        from PySide6.QtWidgets import QInputDialog

        names = [name for _, name in REPORT_LANGUAGES]
        codes = [code for code, _ in REPORT_LANGUAGES]
        chosen, ok = QInputDialog.getItem(parent, QCoreApplication.translate("ReportLanguageDialog", "Export PDF"),
                                          QCoreApplication.translate("ReportLanguageDialog", "Language of the report"),
                                          names, codes.index(lang), False)  # fmt: skip
        return codes[names.index(chosen)] if ok else None
