"""One record open for reading and editing: the generic form, its actions, the records that refer to it (a
cooperative's visits: its related lists, from the forms' reference fields), autosave."""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.core.autosave import Unsaved
from app.core.display import isolate_name, record_title, window_message
from app.core.errors import FieldProblem, TaawunError, ValidationFailed
from app.core.files import FileNotWritten
from app.core.form_behaviour import RelatedList, form_heading, related_lists
from app.core.shown import shown_text
from app.core.validation import field_problems
from app.db.listing import ListQuery
from app.ui.background import BackgroundRunner, Progress
from app.ui.dialogs import ConfirmDialog, HistoryDialog, MessageDialog
from app.ui.elided_label import ElidedLabel
from app.ui.forms.editor import FormEditor
from app.ui.forms.rows import ERROR_COLOUR
from app.ui.grid import GAP, on_grid
from app.ui.icons import icon
from app.ui.list_page import RecordTable, column_titles
from app.ui.record_model import RecordTableModel
from app.ui.report_export import ReportLanguageDialog
from app.ui.services import EditorContext, Services
from app.ui.status import clear_quietly, show_quietly
from app.ui.words import labelled, new_record_title

AUTOSAVE_MS = 3000
SAID_MS = 6000  # how long "Saved." stays on the status bar


class RecordPage(QWidget):
    back_requested = Signal()
    record_saved = Signal(str)
    record_deleted = Signal(str)
    open_requested = Signal(str)
    new_requested = Signal(str, dict)  # form, prefilled values
    # A record's PDF (ReportRequest, suggested file name): the window builds it, since its job outlives the page (the
    # agent may go back to the list while it is being written) and the window waits for it before closing.
    report_requested = Signal(object, str)

    def __init__(self, services: Services, form_name: str, *, record_id: str | None = None,
                 prefill: dict[str, Any] | None = None, restored: Unsaved | None = None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.services = services
        forms = services.store.forms
        # A record filled with a proposed form (not accepted here) is edited with that very definition.
        self.form = (forms.get(form_name) if record_id is None else
                     forms.for_record(form_name, services.store.get(record_id).form_version))  # fmt: skip
        self.record_id = record_id
        self.state = "draft"
        self.slot = restored.slot if restored else services.autosave.new_slot()
        self.dirty = False
        self.autosave_problem = ""  # the status bar's message while the autosave copy cannot be written
        self.context = EditorContext(services, services.lang)
        self.editor = FormEditor(self.form, self.context)

        layout = on_grid(QVBoxLayout(self))  # the window's own edge is around the page
        # Title, state and actions share one row: on a laptop's screen the height goes to the form.
        self.heading = ElidedLabel()  # one line: a long name is shortened (whole in its tooltip), not wrapped
        self.heading.setMinimumWidth(160)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.state_badge = QLabel()
        self.state_badge.setObjectName("stateBadge")
        top = on_grid(QHBoxLayout())
        top.addWidget(self.heading, 1)
        top.addWidget(self.state_badge, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addSpacing(12)
        top.addLayout(self._build_actions())
        layout.addLayout(top)
        # After a failed Finalise: what is left to fix, at the top (each problem is also under its field).
        self.summary = QLabel()
        self.summary.setObjectName("problemSummary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(f"QLabel#problemSummary {{ color: {ERROR_COLOUR}; background: #fdecea; "
                                   f"border: 1px solid {ERROR_COLOUR}; border-radius: 4px; padding: 6px; }}")  # fmt: skip
        self.summary.hide()
        layout.addWidget(self.summary)
        # After a new record is saved: the records it may duplicate (app/ui/duplicates_view.py), not blocking.
        self.duplicates_note = QLabel()
        self.duplicates_note.setObjectName("duplicatesNote")
        self.duplicates_note.setWordWrap(True)
        self.duplicates_note.setStyleSheet("QLabel#duplicatesNote { background: #fff4d6; border: 1px solid #e0b000;"
                                           " border-radius: 4px; padding: 6px; }")  # fmt: skip
        self.duplicates_note.hide()
        layout.addWidget(self.duplicates_note)
        # The look for them runs on a worker (app/db/duplicate_check.py); its result is shown only if it answers
        # this page's latest check (`_duplicates_found`).
        self.duplicate_checks = BackgroundRunner()
        self._check_ticket = 0  # raised by each check started and when the page leaves: older results are dropped
        self._check_pending = False
        self._leaving = False  # set by `stop`: a save while the page leaves starts no check
        # The editor scrolls itself; it follows the page's width rather than scrolling sideways.
        self.editor.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.related: RecordTable | None = None  # the first related list
        self.related_tables: list[RecordTable] = []
        self.new_related_buttons: list[QPushButton] = []
        lists = related_lists(forms, form_name) if record_id is not None else ()
        if lists and record_id is not None:
            # The profile above, the records referring to it below (a cooperative's visits); the agent drags the
            # divider to give either more room.
            splitter = QSplitter(Qt.Orientation.Vertical)
            splitter.addWidget(self.editor)
            for related in lists:
                splitter.addWidget(self._build_related(related, record_id))
            splitter.setStretchFactor(0, 3)
            for index in range(1, splitter.count()):
                splitter.setStretchFactor(index, 2)
            layout.addWidget(splitter, 1)
        else:
            layout.addWidget(self.editor, 1)

        if record_id is not None:
            record = services.store.get(record_id)
            self.state = record.state
            self.editor.set_data(record.data)
        elif prefill:
            self.editor.set_data(prefill)
        if restored is not None:
            self.editor.set_data(restored.data)
            self.dirty = True
        self.editor.changed.connect(self._changed)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.write_autosave)
        self.autosave_timer.start()
        self._update_heading()

    # --- building ---------------------------------------------------------------------------------------------------

    def _build_actions(self) -> QHBoxLayout:
        row = on_grid(QHBoxLayout())
        self.back_button = QPushButton(icon("back"), self.tr("Back to the list"))
        self.save_draft_button = QPushButton(icon("save"), self.tr("Save draft"))
        self.finalise_button = QPushButton(icon("finalise"), self.tr("Finalise"))
        self.history_button = QPushButton(icon("history"), self.tr("History"))
        self.delete_button = QPushButton(icon("delete"), self.tr("Delete"))
        self.pdf_button = QPushButton(icon("pdf"), self.tr("Export PDF"))
        self.pdf_button.clicked.connect(self.export_pdf)
        self.back_button.clicked.connect(self.back_requested)
        self.save_draft_button.clicked.connect(self.save_draft)
        self.finalise_button.clicked.connect(self.finalise)
        self.history_button.clicked.connect(self.show_history)
        self.delete_button.clicked.connect(self.delete)
        # Finalise is the main action (Enter in a form presses it in a dialog; here it stands out); Delete looks
        # dangerous, and asks first.
        self.finalise_button.setDefault(True)
        self.finalise_button.setObjectName("primaryAction")
        self.finalise_button.setStyleSheet("QPushButton#primaryAction { background: #1f5fa8; color: white; "
                                           "font-weight: bold; border: 1px solid #174a84; border-radius: 4px; "
                                           "padding: 4px 14px; } QPushButton#primaryAction:disabled "
                                           "{ background: #9bb3cf; }")  # fmt: skip
        self.delete_button.setObjectName("dangerousAction")
        self.delete_button.setStyleSheet(f"QPushButton#dangerousAction {{ color: {ERROR_COLOUR}; }}")
        for button in (self.back_button, self.history_button, self.pdf_button, self.delete_button,
                       self.save_draft_button, self.finalise_button):  # fmt: skip
            row.addWidget(button)
        return row

    def _build_related(self, related: RelatedList, record_id: str) -> QGroupBox:
        """The records of `related.form` whose `related.field` refers to this one, and a button for a new one."""
        spec = self.services.store.forms.get(related.form)
        box = QGroupBox(shown_text(form_heading(spec, self.services.lang)))
        layout = on_grid(QVBoxLayout(box), margin=GAP)
        query = ListQuery(form=related.form, where_field=(related.field, record_id))
        model = RecordTableModel(self.services.store, query, lang=self.services.lang, column_titles=column_titles())
        table = RecordTable(model)
        table.open_requested.connect(self.open_requested)
        # Room for four records at least (a workshop's field visits), not one: the divider gives more.
        rows = min(max(model.rowCount(), 1), 4)
        table.setMinimumHeight(table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
                               + rows * table.verticalHeader().defaultSectionSize()
                               + table.horizontalScrollBar().sizeHint().height())  # when the columns are wider  # fmt: skip
        button = QPushButton(icon("new"), shown_text(new_record_title(spec, self.services.lang)))
        button.clicked.connect(lambda: self.new_requested.emit(related.form, {related.field: record_id}))
        layout.addWidget(table)
        layout.addWidget(button)
        if self.related is None:
            self.related = table
        self.related_tables.append(table)
        self.new_related_buttons.append(button)
        return box

    def _update_heading(self) -> None:
        lang = self.services.lang
        title = record_title(self.form, self.editor.data(), lang, titles=self.context.record_title, isolate=True)
        marker = " *" if self.dirty else ""
        if title:
            label = shown_text(self.form.label[lang])  # a form's label may come from another laptop's file
            # "Label: title" as the language writes it (French "Coopérative : …"); an Arabic name in a French line
            # kept whole in its isolate.
            self.heading.setText(labelled(label, f"\u2068{title}\u2069") + marker)
        else:
            self.heading.setText(shown_text(new_record_title(self.form, lang)) + marker)
        final = self.state == "final"
        self.state_badge.setText(self.tr("Final") if final else self.tr("Draft"))
        colours = ("#1e6b34", "#e3f4e6") if final else ("#7a4b00", "#fff1cc")  # readable in sunlight (WCAG AA)
        self.state_badge.setStyleSheet(f"QLabel#stateBadge {{ color: {colours[0]}; background: {colours[1]}; "
                                       f"border: 1px solid {colours[0]}; border-radius: 9px; padding: 2px 10px; "
                                       "font-weight: bold; }")  # fmt: skip
        is_final = self.state == "final" and self.record_id is not None
        self.save_draft_button.setVisible(not is_final)
        self.finalise_button.setText(self.tr("Save") if is_final else self.tr("Finalise"))
        self.history_button.setEnabled(self.record_id is not None)
        self.delete_button.setEnabled(self.record_id is not None)
        self.pdf_button.setEnabled(self.record_id is not None)

    # --- editing and saving -----------------------------------------------------------------------------------------

    def _changed(self) -> None:
        self.dirty = True
        if self.summary.isVisible():  # the summary follows the fixes
            problems = field_problems(self.form, self.editor.data(), draft=False)
            if problems:
                self._show_summary(problems)
            else:
                self.summary.hide()
        self._update_heading()

    def write_autosave(self) -> None:
        """Keep a copy of unsaved typing on disk: a crash or a flat battery then costs a few seconds at most. A disk
        that refuses (full, read-only, an antivirus holding the file) is said on the status bar, and the next tick
        tries again: never a dialog while the agent types."""
        if not self.dirty:
            return
        try:
            self.services.autosave.write(Unsaved(
                slot=self.slot, form=self.form.name, record_id=self.record_id, data=self.editor.data(),
                saved_at=dt.datetime.now().isoformat(timespec="seconds"), database=str(self.services.store.path),
            ))  # fmt: skip
        except FileNotWritten as error:
            self.autosave_problem = show_quietly(self, error, self.services.lang)
            return
        if self.autosave_problem:
            clear_quietly(self, self.autosave_problem)
            self.autosave_problem = ""

    def save_draft(self) -> bool:
        """Always works: an unfinished note is kept as a draft, whatever is missing. A new form nobody has touched
        is not saved (it would be an empty draft in the list): the status bar says so."""
        if self.record_id is None and not self.dirty:
            self._say(self.tr("Nothing to save yet: fill in the form first."))
            return False
        self.editor.validate(draft=True)
        return self._save(draft=True)

    def finalise(self) -> bool:
        problems = self.editor.validate(draft=False)
        if problems:
            self._show_summary(problems)
            self.editor.focus_first_problem()
            return False
        return self._save(draft=False)

    def save(self) -> bool:
        """Ctrl+S: a final record is saved as final (if valid), anything else as a draft. A new form nobody has
        touched is not saved (it would be an empty draft in the list): the status bar says so."""
        return self.finalise() if self.state == "final" and self.record_id else self.save_draft()

    def _show_summary(self, problems: list[FieldProblem]) -> None:
        labels = self.form.labels()
        names: list[str] = []
        for problem in problems:
            name = problem.path.split("[")[0].split(".")[0]
            label = shown_text(labels[name][self.services.lang]) if name in labels else name
            if label not in names:
                names.append(label)
        separator = "، " if self.services.lang == "ar" else ", "
        self.summary.setText(self.tr("Not finalised. Fix these fields first (each problem is shown under its "
                                     "field): %1").replace("%1", separator.join(names)))  # fmt: skip
        self.summary.show()

    def _say(self, text: str) -> None:
        """A short confirmation on the status bar (it goes away by itself)."""
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, SAID_MS)

    def _save(self, *, draft: bool) -> bool:
        store = self.services.store
        data = self.editor.data()
        created = self.record_id is None
        try:
            if self.record_id is None:
                self.record_id = store.create(self.form.name, data, draft=draft)
            else:
                store.update(self.record_id, data, draft=draft, replace=True)
        except ValidationFailed as error:
            MessageDialog.show_error(self, "\n".join(error.lines(self.services.lang)))
            return False
        except TaawunError as error:
            MessageDialog.show_error(self, window_message(error, self.services.lang))
            return False
        self.state = "draft" if draft else "final"
        self.dirty = False
        self.services.autosave.discard(self.slot)
        self.summary.hide()
        self._update_heading()
        self._say(self.tr("Saved as a draft.") if draft else self.tr("Saved and finalised."))
        if (created or self._check_pending) and not self._leaving:  # saved again before the answer came: the
            self._check_duplicates()  # answer is for the data saved now
        self.record_saved.emit(self.record_id)
        return True

    def _check_duplicates(self) -> None:
        """After a new record is saved: the records it may duplicate, looked for on a worker with a read-only
        connection of its own (about 0.3 s at 10,000 cooperatives: not on the GUI thread)."""
        from app.db.duplicate_check import check_saved_record
        from app.ui.duplicates_view import SHOWN_AT_MOST

        assert self.record_id is not None
        self._check_ticket += 1
        self._check_pending = True
        ticket, record_id = self._check_ticket, self.record_id
        path, forms, lang = self.services.store.path, self.services.store.forms, self.services.lang

        def work(progress: Progress) -> object:
            return check_saved_record(path, forms, record_id, lang=lang, limit=SHOWN_AT_MOST)

        self.duplicate_checks.run(work, on_success=lambda found: self._duplicates_found(ticket, record_id, found),
                                  on_failure=lambda error: self._duplicates_not_found(ticket, error))  # fmt: skip

    def _wanted(self, ticket: int) -> bool:
        """Whether a check's answer is still for this page: the page exists (it may have been closed meanwhile),
        has not left, and has not started a newer check (the record saved again)."""
        return isValid(self) and ticket == self._check_ticket

    def _duplicates_found(self, ticket: int, record_id: str, found: Any) -> None:
        if not self._wanted(ticket) or record_id != self.record_id:
            return
        from app.ui.duplicates_view import duplicate_note

        self._check_pending = False
        note = duplicate_note(found)
        if note:
            self.duplicates_note.setText(self.tr("Saved. It may be the same as (File › Possible duplicates… joins "
                                                 "two records into one):") + "\n" + note)  # fmt: skip
        self.duplicates_note.setVisible(bool(note))

    def _duplicates_not_found(self, ticket: int, error: BaseException) -> None:
        """The note is advice: a database busy or unreadable for the worker costs the note, not the save (which is
        done). A bug is raised: the application's handler logs it."""
        if isValid(self) and ticket == self._check_ticket:
            self._check_pending = False
        if not isinstance(error, TaawunError):
            raise error
        logging.getLogger("taawun.ui").warning("looking for likely duplicates failed: %s", error.code)

    def stop(self) -> None:
        """The page is leaving the window: no more autosave ticks, and a duplicates check still running is
        dropped (its answer would be for a page no longer shown)."""
        self.autosave_timer.stop()
        self._leaving = True
        self._check_ticket += 1
        self._check_pending = False

    def discard_changes(self) -> None:
        self.dirty = False
        self.services.autosave.discard(self.slot)

    def close_page(self) -> None:
        """Leaving the form for good (window closed): an unsaved new record or draft is kept as a draft; unsaved
        edits of a final record stay in the autosave copy, offered back at the next start."""
        self.stop()
        if not self.dirty:
            return
        if self.state == "draft" or self.record_id is None:
            if self._save(draft=True):
                return
        self.write_autosave()

    # --- other actions ----------------------------------------------------------------------------------------------

    def show_history(self) -> None:
        if self.record_id is None:
            return
        from app.security.version_signing import history_signatures  # cryptography: loaded when first needed

        store, lang = self.services.store, self.services.lang
        labels = {name: label[lang] for name, label in self.form.labels().items()}
        signatures = history_signatures(store, self.record_id, lang, name=isolate_name)
        HistoryDialog.ask(self, store.history(self.record_id), labels=labels, lang=lang, signatures=signatures)

    def delete(self) -> None:
        if self.record_id is None:
            return
        if not ConfirmDialog.ask(self, self.tr("Delete"), self.tr("Delete this record? It stays in the history."),
                                 dangerous=True):  # fmt: skip
            return
        try:
            self.services.store.delete(self.record_id)
        except TaawunError as error:
            MessageDialog.show_error(self, window_message(error, self.services.lang))
            return
        self.discard_changes()
        self.record_deleted.emit(self.record_id)

    def export_pdf(self) -> None:
        """The record's report as saved (unsaved typing is not in it: save first)."""
        if self.record_id is None:
            return
        lang = ReportLanguageDialog.ask(self, lang=self.services.lang)
        if lang is None:
            return
        from app.reports import ReportRequest  # reportlab is loaded when a report is first asked for

        title = record_title(self.form, self.editor.data(), lang) or self.form.name
        name = f"{shown_text(self.form.label[lang])} - {title}.pdf"  # made a safe file name by the exporter
        self.report_requested.emit(ReportRequest(self.form.name, lang, record_id=self.record_id), name)
