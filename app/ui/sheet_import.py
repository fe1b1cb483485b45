"""File › Import from Excel…: a short wizard over app/exchange/importing.py.

1. the form, the file (XLSX or CSV) and its sheet;
2. its columns, each with the field it is read as (found from names or labels in any language), adjustable;
3. the check: every row read as the form reads typing, on a worker thread, nothing written; the problems listed by
   row and column (and written beside the file as `FILE-problems.xlsx`), and the choice to import only valid rows;
   the rows that likely duplicate a record or another row listed after them as warnings, with the choice to leave
   them out (by default they are imported: only a person can tell two cooperatives of one name apart), and the rows
   of records changed since the export, which are imported each as a conflict to review;
4. the import itself, in one transaction on a worker thread, and its result; when it recorded conflicts, a button
   takes the window to where they are reviewed (the USB stick page's "Conflicts to review", as after a merge).

The check page is the commit page: once the import has run there is no going back to change it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.core.display import isolate_ltr
from app.core.errors import TaawunError
from app.core.messages import translate
from app.ui.background import BackgroundRunner, Progress
from app.ui.cell_direction import TextDirectionDelegate
from app.ui.services import Services

PROBLEMS_SHOWN = 500  # rows of the problems table (all of them are in the workbook beside the file)


class SheetImportFiles:
    """Choosing the file to import; replaceable in tests."""

    @classmethod
    def open_file(cls, parent: QWidget | None) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("SheetImportFiles", "Import from"),
                                                "", "Excel, CSV (*.xlsx *.csv)")  # fmt: skip
        return Path(chosen) if chosen else None


class ImportDone(NamedTuple):
    """What the wizard did, for the window: records created and changed, and whether the person asked to review the
    conflicts the import recorded."""

    created: int = 0
    updated: int = 0
    review_conflicts: bool = False


class SheetImportWizard(QWizard):
    """The wizard; `imported` (records created, records changed) once an import has been written."""

    imported = Signal(int, int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.lang = services.lang
        self.runner = BackgroundRunner()
        self.columns: list[Any] = []  # app.exchange.import_columns.ColumnChoice, once the file is read
        self.mapping: dict[str, str] = {}
        self.review_conflicts = False  # the result page's button was pressed
        self.setWindowTitle(self.tr("Import from Excel"))
        self.choose = ImportFilePage(self)
        self.columns_page = ImportColumnsPage(self)
        self.check = ImportCheckPage(self)
        self.result = ImportResultPage(self)
        for page in (self.choose, self.columns_page, self.check, self.result):
            self.addPage(page)
        self.resize(820, 560)

    @property
    def form(self) -> str:
        return str(self.choose.form.currentData())

    @property
    def path(self) -> Path:
        return Path(self.choose.file.text())

    @property
    def sheet(self) -> str | None:
        return self.choose.sheet.currentText() or None

    def run(self, dry_run: bool, on_done: Any, on_failure: Any) -> None:
        """`import_sheet` on a worker thread, with its own connection."""
        services, form, path, sheet, mapping = self.services, self.form, self.path, self.sheet, dict(self.mapping)
        only_valid, lang = self.check.only_valid.isChecked(), self.lang
        skip_duplicates = self.check.skip_duplicates.isChecked()

        def work(progress: Progress) -> Any:
            from app.exchange.importing import import_sheet

            with services.open_worker_store() as store:
                return import_sheet(store, form, path, sheet=sheet, mapping=mapping, dry_run=dry_run,
                                    only_valid=only_valid, lang=lang, skip_duplicates=skip_duplicates)  # fmt: skip

        self.runner.run(work, on_success=on_done, on_failure=on_failure)

    def failure_text(self, error: BaseException) -> str:
        """A known condition's message; anything else is a bug, raised for the application's handler."""
        if isinstance(error, TaawunError):
            return error.message(self.lang)
        raise error

    @classmethod
    def ask(cls, services: Services, parent: QWidget | None) -> ImportDone:
        """Runs the wizard; what it imported, and whether the conflicts are to be reviewed now."""
        wizard = cls(services, parent)
        done: list[tuple[int, int]] = []
        wizard.imported.connect(lambda created, updated: done.append((created, updated)))
        wizard.exec()
        wizard.runner.wait()
        return ImportDone(*(done[-1] if done else (0, 0)), review_conflicts=wizard.review_conflicts)


class ImportFilePage(QWizardPage):
    def __init__(self, wizard: SheetImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Choose the file"))
        layout = QFormLayout(self)
        self.form = QComboBox()
        for form in wizard.services.store.forms:
            self.form.addItem(form.label.get(wizard.lang) or form.name, form.name)
        self.file = QLineEdit()
        self.file.setReadOnly(True)
        self.browse = QPushButton(self.tr("Choose…"))
        self.browse.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(self.browse)
        self.sheet = QComboBox()
        self.error = QLabel()
        self.error.setWordWrap(True)
        layout.addRow(self.tr("Form"), self.form)
        layout.addRow(self.tr("File"), row)
        layout.addRow(self.tr("Sheet"), self.sheet)
        layout.addRow(self.error)

    def choose_file(self) -> None:
        chosen = SheetImportFiles.open_file(self)
        if chosen is not None:
            self.set_file(chosen)

    def set_file(self, path: Path) -> None:
        from app.exchange.import_columns import sheet_titles

        self.file.setText(str(path))
        self.sheet.clear()
        self.error.clear()
        try:
            self.sheet.addItems(sheet_titles(path))
        except TaawunError as error:
            self.error.setText(error.message(self.owner.lang))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self.sheet.count() > 0

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        from app.exchange.import_columns import columns_of

        try:
            self.owner.columns = columns_of(self.owner.services.store.forms.get(self.owner.form), self.owner.path,
                                            self.owner.sheet)  # fmt: skip
        except TaawunError as error:
            self.error.setText(error.message(self.owner.lang))
            return False
        return True


class ImportColumnsPage(QWizardPage):
    def __init__(self, wizard: SheetImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(self.tr("Each column of the sheet, and the field it is read as."))
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 2)
        self.table.setItemDelegate(TextDirectionDelegate(self.table))  # "B: Tél." keeps its period in Arabic
        self.table.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Field")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table)
        self.choices: dict[int, QComboBox] = {}

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        from app.exchange.import_columns import targets_of

        targets = targets_of(self.owner.services.store.forms.get(self.owner.form), self.owner.lang)
        self.table.setRowCount(len(self.owner.columns))
        self.choices = {}
        for row, column in enumerate(self.owner.columns):
            self.table.setItem(row, 0, QTableWidgetItem(f"{column.letter}: {column.header}"))
            box = QComboBox()
            box.addItem(self.tr("— not imported —"), "")
            for name, label in targets:
                box.addItem(f"{label} ({name})", name)
            box.setCurrentIndex(max(box.findData(column.target), 0))
            self.table.setCellWidget(row, 1, box)
            self.choices[column.index] = box

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        from app.exchange.import_columns import mapping_of

        chosen = {index: str(box.currentData()) for index, box in self.choices.items()}
        self.owner.mapping = mapping_of(self.owner.columns, chosen)
        return True


class ImportCheckPage(QWizardPage):
    def __init__(self, wizard: SheetImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Check"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setItemDelegate(TextDirectionDelegate(self.table))  # "B: Tél." keeps its period in Arabic
        self.table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"), self.tr("Problem")])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.only_valid = QCheckBox(self.tr("Import only the valid rows (leave out those with problems)"))
        self.only_valid.toggled.connect(lambda _: self.completeChanged.emit())
        self.skip_duplicates = QCheckBox(self.tr("Leave out the rows that may duplicate a record or another row"))
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.only_valid)
        layout.addWidget(self.skip_duplicates)
        self.checked: Any = None  # the dry run's ImportResult

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.checked = None
        self.table.setRowCount(0)
        self.only_valid.setChecked(False)
        self.only_valid.setEnabled(False)
        self.skip_duplicates.setChecked(False)
        self.skip_duplicates.setEnabled(False)
        self.summary.setText(self.tr("Checking every row…"))
        self.completeChanged.emit()
        self.owner.run(True, self._checked, self._failed)

    def _checked(self, result: Any) -> None:
        lang = self.owner.lang
        lines = [translate("import_checked", lang, path=isolate_ltr(result.path.name), rows=result.rows,
                           valid=result.valid, bad=result.bad_rows)]  # fmt: skip
        if result.ignored_columns:
            lines.append(translate("import_ignored_columns", lang, columns=", ".join(result.ignored_columns)))
        if result.duplicates:
            lines.append(translate("import_duplicates_flagged", lang, count=result.duplicates))
        if result.conflicts:
            lines.append(translate("import_conflicts_flagged", lang, count=result.conflicts))
        if result.problems_file is not None:
            lines.append(translate("import_problems_written", lang, path=isolate_ltr(str(result.problems_file))))
        self.summary.setText("\n".join(lines))
        shown = [*result.problems, *result.warnings][:PROBLEMS_SHOWN]
        self.table.setRowCount(len(shown))
        for row, problem in enumerate(shown):
            where = problem.column if problem.sheet == result.sheet else f"{problem.sheet} › {problem.column}"
            for column, text in enumerate((str(problem.row), where, problem.message(lang))):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.only_valid.setEnabled(bool(result.bad_rows))
        self.skip_duplicates.setEnabled(bool(result.duplicates))
        self.checked = result
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self.summary.setText(self.owner.failure_text(error))

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        if self.checked is None:
            return False
        return self.checked.valid > 0 and (not self.checked.bad_rows or self.only_valid.isChecked())


class ImportResultPage(QWizardPage):
    def __init__(self, wizard: SheetImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Result"))
        self.setFinalPage(True)
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        # Conflicts are reviewed where a merge's are: the window goes there when the wizard closes.
        self.review = QPushButton(self.tr("Review the conflicts"))
        self.review.hide()
        self.review.clicked.connect(self.review_conflicts)
        row = QHBoxLayout()
        row.addWidget(self.review)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.done: Any = None

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.done = None
        self.review.hide()
        self.summary.setText(self.tr("Importing…"))
        self.completeChanged.emit()
        self.owner.run(False, self._imported, self._failed)

    def _imported(self, result: Any) -> None:
        lang = self.owner.lang
        if result.written:
            text = translate("import_done", lang, path=isolate_ltr(result.path.name), created=result.created,
                             updated=result.updated, bad=result.bad_rows)  # fmt: skip
            if result.skipped_duplicates:
                text += "\n" + translate("import_duplicates_left_out", lang, count=result.skipped_duplicates)
            if result.conflicts:
                text += "\n" + translate("import_conflicts_recorded", lang, count=result.conflicts)
                text += "\n" + self.tr("Review them on the Sync page, under “Conflicts to review”: keep the "
                                       "sheet's version or the other, field by field if need be.")  # fmt: skip
                self.review.show()
            self.owner.imported.emit(result.created, result.updated)
        else:
            text = translate("import_refused", lang, bad=result.bad_rows, rows=result.rows)
        self.summary.setText(text)
        self.done = result
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self.summary.setText(self.owner.failure_text(error))
        self.done = error
        self.completeChanged.emit()

    def review_conflicts(self) -> None:
        """Close the wizard; the window then shows the conflicts to review."""
        self.owner.review_conflicts = True
        self.owner.accept()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self.done is not None
