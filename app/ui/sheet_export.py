"""Excel and CSV from the window: a list as it is filtered on screen ("Export to Excel…" on each list), or every
form (File › Export everything…). A short dialog (format, language, choices as labels or values, photos), where to
save, the export on a worker thread with its progress, then the result on the status bar."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMainWindow,
    QWidget,
)

from app.core.display import isolate_ltr
from app.core.files import windows_file_name
from app.core.messages import translate
from app.db.listing import ListQuery
from app.ui.background import BackgroundRunner, Progress
from app.ui.busy import BusyDialog, show_failure
from app.ui.grid import on_grid
from app.ui.report_export import documents_folder, language_box
from app.ui.services import Services

NAME_LIMIT = 80  # characters, the extension included (room for the folder within Windows' 260-character paths)
SHOWN_MS = 15_000
FORMATS = ("xlsx", "csv")


@dataclass(frozen=True)
class SheetChoices:
    fmt: str  # "xlsx" | "csv"
    lang: str
    choice_values: bool
    photos: bool


class SheetExportDialog(QDialog):
    """What the export writes: an Excel workbook or CSV files, in which language, choices as labels (for people) or
    values (for other programs), and the photos or not."""

    def __init__(self, parent: QWidget | None, *, lang: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export to Excel"))
        form = on_grid(QFormLayout(self), margin=16)
        self.format = QComboBox()
        self.format.addItem(self.tr("Excel workbook (.xlsx)"), "xlsx")
        self.format.addItem(self.tr("CSV files, one per sheet (.csv)"), "csv")
        self.language = language_box(lang)
        self.choice_values = QCheckBox(self.tr("Choices as their codes (for other programs), not their labels"))
        self.photos = QCheckBox(self.tr("Also save the photos, in a folder beside the file"))
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Language of the headers and choices"), self.language)
        form.addRow(self.choice_values)
        form.addRow(self.photos)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def choices(self) -> SheetChoices:
        return SheetChoices(self.format.currentData(), self.language.currentData(), self.choice_values.isChecked(),
                            self.photos.isChecked())  # fmt: skip

    @classmethod
    def ask(cls, parent: QWidget | None, *, lang: str) -> SheetChoices | None:
        dialog = cls(parent, lang=lang)
        return dialog.choices() if dialog.exec() == QDialog.DialogCode.Accepted else None


class SheetFiles:
    """Choosing where to save; replaceable in tests."""

    @classmethod
    def save_as(cls, parent: QWidget | None, suggested: Path, fmt: str) -> Path | None:
        kind = "Excel (*.xlsx)" if fmt == "xlsx" else "CSV (*.csv)"
        chosen, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("SheetFiles", "Export to"),
                                                str(suggested), kind)  # fmt: skip
        return Path(chosen) if chosen else None


class SheetExporter(QObject):
    """Asks, then exports on a worker thread (its own connection to the database) and says what was written."""

    exported = Signal(int, str)  # records, the main file's path

    def __init__(self, services: Services, parent: QWidget) -> None:
        super().__init__(parent)
        self.services = services
        self.parent_widget = parent
        self.runner = BackgroundRunner()
        self.busy = BusyDialog()

    def export(self, queries: list[ListQuery], suggested_name: str) -> None:
        """The records of `queries` (a list as filtered, or every form's); `suggested_name`: any text, made a name
        Windows accepts."""
        choices = SheetExportDialog.ask(self.parent_widget, lang=self.services.lang)
        if choices is None:
            return
        name = windows_file_name(f"{suggested_name}.{choices.fmt}", limit=NAME_LIMIT, fallback="taawun")
        target = SheetFiles.save_as(self.parent_widget, documents_folder() / name, choices.fmt)
        if target is None:
            return
        if target.suffix.lower() != f".{choices.fmt}":
            target = target.with_name(target.name + f".{choices.fmt}")
        services = self.services

        def work(progress: Progress) -> tuple[int, Path]:
            from app.exchange.export import export_lists  # XlsxWriter is loaded when an export is asked for

            with services.open_worker_store() as store:
                result = export_lists(store, queries, target, fmt=choices.fmt, lang=choices.lang,
                                      choice_values=choices.choice_values, photos=choices.photos)  # fmt: skip
            return result.records, result.files[0]

        self.busy.show(self.parent_widget, self.tr("Exporting…"))
        self.runner.run(work, on_success=self._done, on_failure=self._failed)

    def _done(self, result: tuple[int, Path]) -> None:
        self.busy.close()
        records, path = result
        lang = self.services.lang
        text = translate(
            "export_done", lang, records=translate("n_records", lang, count=records), path=isolate_ltr(str(path))
        )  # a path keeps its leading "/" in an Arabic sentence
        window = self.parent_widget.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, SHOWN_MS)
        self.exported.emit(records, str(path))

    def _failed(self, error: BaseException) -> None:
        self.busy.close()
        show_failure(self.parent_widget, self.services.lang, error)

    def wait(self) -> bool:
        return self.runner.wait()
