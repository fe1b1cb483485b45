"""The main window: the home (the programme's indicators, app/ui/dashboard_page.py), navigation (the forms' lists, in
the order their files declare), the lists, the open record, the keyboard."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.core import paths
from app.core.autosave import Unsaved
from app.core.display import isolate_ltr, isolate_name
from app.core.files import FileNotWritten
from app.core.form_behaviour import form_heading, icon_name, navigation
from app.core.messages import translate
from app.ui.backup_actions import BackupActions
from app.ui.dashboard_page import DashboardPage, ListRequest
from app.ui.dialogs import SettingsDialog, UnsavedChangesDialog
from app.ui.grid import EDGE, PANE, on_grid
from app.ui.icons import icon
from app.ui.list_page import ListPage
from app.ui.list_pages import ListPages
from app.ui.services import Services
from app.ui.status import SHOWN_MS, show_quietly

if TYPE_CHECKING:  # the record, stick and search pages are imported when first built: not at start-up
    from app.db.followups import BoardFilters
    from app.reports import ReportRequest
    from app.ui.duplicates_view import DuplicatesDialog
    from app.ui.followups_page import FollowupsPage
    from app.ui.paper_export import PaperExporter
    from app.ui.record_page import RecordPage
    from app.ui.report_export import ReportExporter
    from app.ui.search_page import SearchPage
    from app.ui.sheet_export import SheetExporter
    from app.ui.sync_page import SyncPage
    from app.ui.unlock import KeyRing

COMFORTABLE = QSize(1280, 800)  # the first size on a screen with room to spare


class MainWindow(QMainWindow):
    language_change_requested = Signal(str)
    database_replaced = Signal()  # a backup was restored: the window is rebuilt on the restored data
    forms_changed = Signal()  # a proposed form was put in use: the window is rebuilt on the new forms

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Taawun"))
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setMaximumWidth(220)
        self.stack = QStackedWidget()
        # The forms' lists first, in the order their files declare (app/core/form_behaviour.py), then the stick and
        # the search. Each page is built when first shown (or first asked for): at start only the first list is.
        forms = services.store.forms
        self.form_names: tuple[str, ...] = navigation(forms)
        self.lists = ListPages(self.form_names, self._build_list)
        for name in self.form_names:
            self.navigation.addItem(QListWidgetItem(icon(icon_name(forms.get(name))),
                                                    form_heading(forms.get(name), services.lang)))  # fmt: skip
        self._exporter: ReportExporter | None = None
        self._sheets: SheetExporter | None = None
        self._paper_exporter: PaperExporter | None = None
        self._sync_page: SyncPage | None = None
        self.navigation.addItem(QListWidgetItem(icon("stick"), self.tr("Sync")))
        self._search_page: SearchPage | None = None
        self.navigation.addItem(QListWidgetItem(icon("search"), self.tr("Search")))
        # The home (first in the stack: the window opens on it); made before the board's entry, which it tells.
        self.dashboard = DashboardPage(services)
        self.dashboard.list_requested.connect(self.open_filtered_list)
        self.dashboard.overdue_requested.connect(self.show_overdue_followups)
        self.dashboard.board_requested.connect(self.show_period_followups)
        self.stack.addWidget(self.dashboard)
        self._followups_page: FollowupsPage | None = None
        self.navigation.addItem(QListWidgetItem(icon("finalise"), ""))
        self.update_followups_entry()
        # As wide as its longest entry in this language (a wide list page must not squeeze it into "Coopérativ").
        self.navigation.setMinimumWidth(min(220, self.navigation.sizeHintForColumn(0)
                                            + 2 * self.navigation.frameWidth() + 12))  # fmt: skip
        self.record_page: RecordPage | None = None
        self._keyring: KeyRing | None = None
        self.navigation.currentRowChanged.connect(self._navigate)
        # The home, above the navigation: the window opens on it (the rows below keep their numbers).
        self.home_button = QPushButton(translate("ind_home", services.lang))
        self.home_button.setObjectName("home")
        self.home_button.clicked.connect(self.show_home)

        central = QWidget()
        layout = on_grid(QHBoxLayout(central), margin=EDGE, spacing=PANE)
        side = on_grid(QVBoxLayout(), spacing=PANE)
        side.addWidget(self.home_button)
        side.addWidget(self.navigation, 1)
        self.home_button.setMaximumWidth(self.navigation.maximumWidth())
        layout.addLayout(side)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        # Who, which laptop, which file: a lasting part of the status bar, which quiet news (app/ui/status.py) covers
        # for a while and then gives back. Each in an isolate: two Arabic names side by side in a French line would
        # otherwise read in reverse order, and a path would lose its leading "/" to the end of an Arabic line.
        self.identity = QLabel(" · ".join((isolate_name(services.settings.effective_author),
                                           isolate_name(services.settings.effective_device_name),
                                           isolate_ltr(str(services.store.path)))))  # fmt: skip
        self.statusBar().addWidget(self.identity, 1)
        self.show_home()  # the lists are built when first shown
        # Size and place as the agent left them (a file in the data folder, beside the remembered filters).
        self._maximise_when_shown = False
        self.geometry_memory = QSettings(
            str(services.autosave.folder.parent / "window.ini"), QSettings.Format.IniFormat
        )
        self.restore_window_geometry()
        if services.settings.server_background_sync and services.settings.server_url:
            # The sync page is built now, not when first shown: its server part syncs in the background from the start
            QTimer.singleShot(0, self, self._build_sync_page)

    def _build_sync_page(self) -> None:
        self.sync_page  # noqa: B018 - built for its background sync (app/ui/server_box.py)

    # --- the pages, built when first shown --------------------------------------------------------------------------

    def _build_list(self, form: str) -> ListPage:
        page = ListPage(self.services, form)
        page.open_requested.connect(lambda record_id: self.open_record(record_id))
        page.new_requested.connect(lambda form: self.new_record(form))
        page.export_requested.connect(lambda query: self.sheets.export([query], form_heading(
            self.services.store.forms.get(query.form), self.services.lang)))  # fmt: skip
        self.stack.addWidget(page)
        return page

    @property
    def sync_page(self) -> SyncPage:
        """The USB stick page (built, and app.sync's drives and conflicts imported, when first asked for)."""
        if self._sync_page is None:
            from app.ui.sync_page import SyncPage

            page = self._sync_page = SyncPage(self.services, keyring=self.keyring)
            page.data_changed.connect(lambda: self._record_changed(""))
            page.shared_folder.settings_requested.connect(self.edit_settings)
            self.stack.addWidget(page)
        return self._sync_page

    @property
    def search_page(self) -> SearchPage:
        """The search page (built when first asked for)."""
        if self._search_page is None:
            from app.ui.search_page import SearchPage

            page = self._search_page = SearchPage(self.services)
            page.open_requested.connect(self.open_record)
            self.stack.addWidget(page)
        return self._search_page

    @property
    def followups_page(self) -> FollowupsPage:
        """The follow-up board (built when first asked for)."""
        if self._followups_page is None:
            from app.ui.followups_page import FollowupsPage

            page = self._followups_page = FollowupsPage(self.services)
            page.open_requested.connect(self.open_record)
            page.data_changed.connect(lambda: self._record_changed(""))
            self.stack.addWidget(page)
        return self._followups_page

    def update_followups_entry(self) -> None:
        """The navigation's entry of the board says how many recommendations are overdue: counted through the
        items' index (app/db/followup_index.py), milliseconds at 100,000 visits."""
        from app.db.followups import overdue_count

        self._show_overdue(overdue_count(self.services.store))

    def _show_overdue(self, overdue: int) -> None:
        from app.core.messages import translate

        code = "followup_nav_overdue" if overdue else "followup_nav"
        self.navigation.item(self.followups_row).setText(translate(code, self.services.lang, count=overdue))
        self.dashboard.show_overdue(overdue)

    @property
    def exporter(self) -> ReportExporter:
        """What writes the PDF reports (imported and made when a report is first asked for)."""
        if self._exporter is None:
            from app.ui.report_export import ReportExporter

            self._exporter = ReportExporter(self.services, self)
        return self._exporter

    @property
    def sheets(self) -> SheetExporter:
        """What writes Excel and CSV files (made when an export is first asked for)."""
        if self._sheets is None:
            from app.ui.sheet_export import SheetExporter

            self._sheets = SheetExporter(self.services, self)
        return self._sheets

    def export_everything(self) -> None:
        """File › Export everything…: every form's records, a sheet per form and per repeated group."""
        from app.exchange.export import every_form

        self.sheets.export(every_form(self.services.store.forms), "taawun")

    def show_duplicates(self) -> None:
        """File › Possible duplicates…: likely duplicates (after a merge above all), joined there by a person."""
        self.duplicates_dialog().exec()

    def duplicates_dialog(self) -> DuplicatesDialog:
        from app.ui.duplicates_view import DuplicatesDialog

        dialog = DuplicatesDialog(self.services, self)
        dialog.joined.connect(self.refresh_lists)  # the joined record leaves the lists, its visits move
        return dialog

    def match_places(self) -> None:
        """File › Match provinces…: the official province for each province typed as text, accepted by a person
        (app/ui/place_matching_dialog.py); the lists read again when some were."""
        from app.ui.place_matching_dialog import PlaceMatchingDialog

        if PlaceMatchingDialog.ask(self.services, self):
            self.refresh_lists()

    def import_from_excel(self) -> None:
        """File › Import from Excel…: the wizard (app/ui/sheet_import.py); the lists read again if it imported, and
        the conflicts it recorded are shown where a merge's are (the USB stick page) when the person asks."""
        from app.ui.sheet_import import SheetImportWizard

        done = SheetImportWizard.ask(self.services, self)
        if done.created or done.updated:
            self.refresh_lists()
        if done.review_conflicts and self.navigation.currentRow() == self.stick_row:
            self.sync_page.conflicts.refresh()  # shown already: read anew
        elif done.review_conflicts:
            self.navigation.setCurrentRow(self.stick_row)  # the page reads the conflicts anew when shown

    def _export_report(self, request: ReportRequest, suggested_name: str) -> None:
        self.exporter.export(request, suggested_name)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = self._action(self.tr("&New"), QKeySequence.StandardKey.New, self.new_in_current_form)
        self.save_action = self._action(self.tr("&Save"), QKeySequence.StandardKey.Save, self.save_current)
        self.find_action = self._action(self.tr("&Find"), QKeySequence.StandardKey.Find, self.search_everything)
        self.go_to_action = self._action(self.tr("&Go to record…"), "Ctrl+G", self.go_to_record)
        self.summary_action = self._action(self.tr("Summary &report…"), None, self.summary_report)
        self.paper_action = self._action(self.tr("Paper for&m…"), None, self.paper_form)
        self.export_all_action = self._action(self.tr("&Export everything to Excel…"), None, self.export_everything)
        self.import_action = self._action(self.tr("&Import from Excel…"), None, self.import_from_excel)
        self.settings_action = self._action(self.tr("Se&ttings…"), None, self.edit_settings)
        self.backups = BackupActions(self.services, self)
        # After a restore the window is rebuilt on the reopened store, as a language switch rebuilds it.
        self.backups.database_replaced.connect(self.database_replaced)
        self.backup_action = self._action(self.tr("&Back up now…"), None, self.backups.back_up_now)
        self.restore_action = self._action(self.tr("Restore a backu&p…"), None, self.backups.restore_backup)
        self.quit_action = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        self.proposals_action = self._action(self.tr("Proposed &forms…"), None, self.show_form_proposals)
        self.duplicates_action = self._action(self.tr("Possible &duplicates…"), None, self.show_duplicates)
        self.places_action = self._action(self.tr("&Match provinces…"), None, self.match_places)
        for action in (self.new_action, self.save_action, self.find_action, self.go_to_action, self.summary_action,
                       self.paper_action, self.export_all_action, self.import_action, self.duplicates_action,
                       self.places_action, self.settings_action, self.proposals_action, self.backup_action,
                       self.restore_action, self.quit_action):  # fmt: skip
            file_menu.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About Taawun"), None, self.show_about))

    def _action(self, text: str, shortcut: Any, slot: Any) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    # --- navigation -------------------------------------------------------------------------------------------------

    def current_form(self) -> str:
        if self.record_page is not None:
            return self.record_page.form.name
        row = self.navigation.currentRow()
        return self.form_names[row] if 0 <= row < len(self.form_names) else self.form_names[0]

    @property
    def stick_row(self) -> int:
        """The navigation's row of the USB stick page, after the forms' lists."""
        return len(self.form_names)

    @property
    def search_row(self) -> int:
        return len(self.form_names) + 1

    @property
    def followups_row(self) -> int:
        return len(self.form_names) + 2

    def _row_of(self, form: str) -> int:
        return self.form_names.index(form) if form in self.form_names else 0

    def _navigate(self, row: int) -> None:
        if row < 0:
            return
        if not self.leave_record_page():
            self.navigation.blockSignals(True)
            self.navigation.setCurrentRow(self._row_of(self.record_page.form.name) if self.record_page else 0)
            self.navigation.blockSignals(False)
            return
        if row == self.stick_row:
            page = self._sync_page
            if page is None:
                page = self.sync_page  # built now: it has just looked for sticks and read the conflicts
            else:
                page.find_drives()
                page.conflicts.refresh()
            self.stack.setCurrentWidget(page)
            return
        if row == self.search_row:
            self.stack.setCurrentWidget(self.search_page)
            self.search_page.start()
            return
        if row == self.followups_row:
            self.followups_page.refresh()  # today may have changed, and the records since it was built
            self.stack.setCurrentWidget(self.followups_page)
            return
        self.stack.setCurrentWidget(self.lists[self.form_names[row]])

    def show_overdue_followups(self) -> None:
        """The follow-up board on the recommendations overdue today (the home's count of them clicked)."""
        if not self.leave_record_page():
            return
        self.followups_page.show_overdue()
        self.navigation.setCurrentRow(self.followups_row)
        self.stack.setCurrentWidget(self.followups_page)

    def show_period_followups(self, request: BoardFilters, status: str | None) -> None:
        """The follow-up board on a period's recommendations (a recommendations tile of the home clicked)."""
        if not self.leave_record_page():
            return
        self.followups_page.show_period(request, status=status)
        self.navigation.setCurrentRow(self.followups_row)
        self.stack.setCurrentWidget(self.followups_page)

    def show_home(self) -> None:
        """The home's figures (read again if the data changed since they were shown)."""
        if not self.leave_record_page():
            return
        self.navigation.blockSignals(True)
        self.navigation.setCurrentRow(-1)
        self.navigation.blockSignals(False)
        self.stack.setCurrentWidget(self.dashboard)

    def open_filtered_list(self, request: ListRequest) -> None:
        """A figure of the home clicked: the list behind it, filtered as the figure counted."""
        if request.form not in self.form_names or not self.leave_record_page():
            return
        self.lists[request.form].show_filtered(request.filters)
        self.navigation.setCurrentRow(self._row_of(request.form))
        self.stack.setCurrentWidget(self.lists[request.form])

    def leave_record_page(self) -> bool:
        """Close the open record, asking what to do with unsaved changes. False if the user stays."""
        page = self.record_page
        if page is None:
            return True
        if page.dirty:
            answer = UnsavedChangesDialog.ask(self)
            if answer == "cancel":
                return False
            if answer == "save" and not page.save():
                return False
            if answer == "discard":
                page.discard_changes()
        page.stop()
        self.stack.removeWidget(page)
        page.deleteLater()
        self.record_page = None
        return True

    def _show_record_page(self, page: RecordPage) -> bool:
        if not self.leave_record_page():
            page.discard_changes()
            page.deleteLater()
            return False
        self.record_page = page
        page.back_requested.connect(self.back_to_list)
        page.record_saved.connect(self._record_changed)
        page.record_deleted.connect(self._record_deleted)
        page.open_requested.connect(self.open_record)
        page.new_requested.connect(self.new_record)
        page.report_requested.connect(self._export_report)
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        self.navigation.blockSignals(True)
        self.navigation.setCurrentRow(self._row_of(page.form.name))
        self.navigation.blockSignals(False)
        page.editor.setFocus()
        return True

    def open_record(self, record_id: str) -> RecordPage | None:
        record = self.services.store.get(record_id)
        page = _record_page()(self.services, record.form, record_id=record_id)
        return page if self._show_record_page(page) else None

    def new_record(self, form: str, prefill: dict[str, Any] | None = None) -> RecordPage | None:
        page = _record_page()(self.services, form, prefill=prefill)
        return page if self._show_record_page(page) else None

    def restore(self, unsaved: Unsaved) -> RecordPage | None:
        page = _record_page()(self.services, unsaved.form, record_id=unsaved.record_id, restored=unsaved)
        return page if self._show_record_page(page) else None

    def back_to_list(self) -> None:
        form = self.current_form()
        if self.leave_record_page():
            self.stack.setCurrentWidget(self.lists[form])

    def _record_changed(self, record_id: str) -> None:
        self.refresh_lists()
        self.update_followups_entry()

    def refresh_lists(self) -> None:
        """The lists built so far read the data again (the others read it when they are built)."""
        for page in self.lists.built():
            page.refresh()
        if self._followups_page is not None:
            self._followups_page.refresh()
        self.dashboard.mark_stale()

    def _record_deleted(self, record_id: str) -> None:
        form = self.current_form()
        self._record_changed(record_id)
        self.leave_record_page()
        self.stack.setCurrentWidget(self.lists[form])

    # --- keyboard actions -------------------------------------------------------------------------------------------

    def new_in_current_form(self) -> None:
        self.new_record(self.current_form())

    def save_current(self) -> None:
        if self.record_page is not None:
            self.record_page.save()

    def search_everything(self) -> None:
        """Ctrl+F: search over everything."""
        if self.record_page is not None and not self.leave_record_page():
            return
        self.navigation.blockSignals(True)
        self.navigation.setCurrentRow(self.search_row)
        self.navigation.blockSignals(False)
        self.stack.setCurrentWidget(self.search_page)
        self.search_page.start()

    def go_to_record(self) -> None:
        """Ctrl+G: the record an id or a paper form's QR code names (a blank form's code: a new record of its form)."""
        from app.ui.go_to_record import GoToRecordDialog

        target = GoToRecordDialog.ask(self, self.services)
        if target is None:
            return
        page = self.open_record(target.record_id) if target.record_id else self.new_record(target.form)
        if page is not None and target.note:
            self.statusBar().showMessage(target.note, SHOWN_MS)

    def paper_form(self) -> None:
        """A form to print: blank, or filled with the open (saved) record's values for a person to check."""
        from app.ui.paper_export import PaperDialog, PaperExporter

        page, services = self.record_page, self.services
        record = None
        if page is not None and page.record_id:
            record = (page.form.name, page.record_id, services.store.title_of(page.record_id, services.lang) or "")
        request = PaperDialog.ask(self, services, self.form_names, record=record)
        if request is None:
            return
        if self._paper_exporter is None:
            self._paper_exporter = PaperExporter(services, self)
        self._paper_exporter.export(request)

    # --- settings, about, closing -----------------------------------------------------------------------------------

    def summary_report(self) -> None:
        from app.ui.report_export import SummaryDialog

        request = SummaryDialog.ask(self, lang=self.services.lang)
        if request is not None and request.period is not None:
            self.exporter.export(request, f"taawun-{request.period.start}-{request.period.end}.pdf")

    @property
    def keyring(self) -> KeyRing:
        """This laptop's keys for the window's session (app/ui/unlock.py), made when first needed."""
        if self._keyring is None:
            from app.ui.unlock import KeyRing

            self._keyring = KeyRing(self.services)
        return self._keyring

    def edit_settings(self) -> None:
        self.open_settings()

    def show_organisation_settings(self) -> None:
        """Settings › Organisation, opened on that page."""
        self.open_settings(show_organisation=True)

    def open_settings(self, *, show_organisation: bool = False) -> None:
        settings = self.services.settings
        values = SettingsDialog.ask(self, lang=self.services.lang, author=settings.effective_author,
                                    device_name=settings.effective_device_name, organisation=settings.organisation,
                                    backup_keep_days=settings.backup_keep_days,
                                    organisation_logo=settings.organisation_logo, services=self.services,
                                    shared_folder=settings.shared_folder,
                                    keyring=self.keyring, show_organisation=show_organisation)  # fmt: skip
        if values is None:
            return
        settings.author, settings.device_name = values["author"], values["device_name"]
        settings.organisation = values["organisation"]
        settings.organisation_logo = values.get("organisation_logo", settings.organisation_logo)
        settings.backup_keep_days = values.get("backup_keep_days", settings.backup_keep_days)
        settings.shared_folder = values.get("shared_folder", settings.shared_folder)
        # An empty name is the default one, never an empty name on the changes.
        self.services.store.author = settings.effective_author
        self.services.store.device_name = settings.effective_device_name
        settings.language = values["language"]
        try:
            self.services.save_settings()
        except FileNotWritten as error:  # they apply all the same, until Taawun is closed
            show_quietly(self, error, self.services.lang)
        if self._sync_page is not None:
            self._sync_page.shared_folder.refresh()  # the folder chosen there, and what waits in it
        if values["language"] != self.services.lang:
            self.language_change_requested.emit(values["language"])

    def show_form_proposals(self) -> None:
        """Form versions from merged files, put in use only by a person's decision (app/ui/form_proposals.py)."""
        from app.ui.form_proposals import FormProposalsDialog

        if FormProposalsDialog.ask(self, self.services):
            self.forms_changed.emit()

    def show_about(self) -> None:
        from app.ui.about_dialog import AboutDialog

        AboutDialog.ask(self, data_dir=paths.data_dir(), database=self.services.store.path,
                        log_file=self.services.log_path)  # fmt: skip

    def restore_window_geometry(self) -> None:
        """The size and place remembered, else: maximised on a laptop's screen (1366x768 leaves 1366x728 or less,
        and the status bar would fall below it), a comfortable size on a larger one."""
        saved = self.geometry_memory.value("geometry")
        if isinstance(saved, QByteArray) and not saved.isEmpty() and self.restoreGeometry(saved):
            return
        screen = self.screen().availableGeometry()
        self._maximise_when_shown = (screen.width() < COMFORTABLE.width() + 100
                                     or screen.height() < COMFORTABLE.height() + 100)  # fmt: skip
        if not self._maximise_when_shown:
            self.resize(COMFORTABLE)

    def setVisible(self, visible: bool) -> None:
        # Maximised on a small screen, unless whoever shows the window gave it a size (tests, a rebuilt window).
        if visible and self._maximise_when_shown and not self.testAttribute(Qt.WidgetAttribute.WA_Resized):
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        self._maximise_when_shown = False
        super().setVisible(visible)

    def remember_window_geometry(self) -> None:
        self.geometry_memory.setValue("geometry", self.saveGeometry())
        self.geometry_memory.sync()  # a disk that refuses costs only the size, next time

    def closeEvent(self, event: QCloseEvent) -> None:
        self.remember_window_geometry()
        if self.record_page is not None:
            self.record_page.close_page()
        if self._sync_page is not None:
            self._sync_page.wait()  # an export or merge in progress finishes (each is one transaction) before closing
        if self._exporter is not None:
            self._exporter.wait()
        self.dashboard.wait()
        self.backups.wait()  # the pool is shared: every worker (a record page's duplicates check too) has ended
        event.accept()


def _record_page() -> type[RecordPage]:
    """The record page's class, imported when a record is first opened: the form editor and its widgets cost the
    window's start-up about 50 ms (benchmarks/startup.py), and the window starts on a list."""
    from app.ui.record_page import RecordPage

    return RecordPage
