"""The running window and its language: switching language rebuilds the window at once (no restart)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from app.core.autosave import Unsaved
from app.ui.background import BackgroundRunner, Progress
from app.ui.dialogs import ConfirmDialog, RestoreDialog
from app.ui.garbage import GuiThreadCollector
from app.ui.i18n import Language
from app.ui.instance_lock import WindowLock
from app.ui.main_window import MainWindow
from app.ui.services import Services


class WindowController:
    def __init__(self, app: QApplication, services: Services, language: Language) -> None:
        self.app = app
        GuiThreadCollector.install(app)  # before any worker runs: see app/ui/garbage.py
        self.services = services
        self.language = language
        self.runner = BackgroundRunner()
        self.window_lock: WindowLock | None = None  # one window per database: set by app.main, released at exit
        self.window = self._build(services.lang)

    def _build(self, lang: str) -> MainWindow:
        self.language.apply(lang)
        self.services.lang = lang
        window = MainWindow(self.services)
        window.language_change_requested.connect(self.switch_language)
        window.database_replaced.connect(self.reload_after_restore)
        window.forms_changed.connect(self.rebuild_on_new_forms)
        return window

    def switch_language(self, lang: str) -> None:
        """The window again in `lang`, on the record the agent was on: its unsaved edits come back from the autosave
        copy; a new record or draft, kept as a draft by the closing window, is reopened as saved."""
        old = self.window
        page = old.record_page
        old.close()  # keeps the open form (as a draft or an autosave copy) before the window goes
        open_id = page.record_id if page is not None else None  # read after close: a new form has its id now
        restore = self.services.autosave.pending(str(self.services.store.path))
        self._replace_window(old, lang)
        if restore:
            self.window.restore(_latest(restore))
        elif open_id is not None and self.services.store.exists(open_id):
            self.window.open_record(open_id)

    def rebuild_on_new_forms(self) -> None:
        """A form accepted in use: pages, lists and filters are built from the forms, so the window is built again
        (as for a language switch, on the record the agent was on)."""
        self.switch_language(self.services.lang)

    def reload_after_restore(self) -> None:
        """The store now works on a restored backup: a new window shows it. Copies of forms left by an earlier
        crash are not reopened over it (they were written against the data just replaced); they stay on disk, and
        the next start offers them as usual."""
        old = self.window
        old.close()
        self._replace_window(old, self.services.lang)

    def _replace_window(self, old: MainWindow, lang: str) -> None:
        self.window = self._build(lang)
        self.window.setGeometry(old.geometry())
        self.window.show()
        old.deleteLater()

    def index_in_background(self) -> None:
        """Records waiting for the search index (after an upgrade or a large merge) are indexed on a worker, so
        the first search does not wait for them on the GUI thread."""
        services = self.services
        if not services.store.derived_pending():
            return

        def work(progress: Progress) -> int:
            with services.open_worker_store() as store:
                return store.catch_up_derived(progress=progress)

        self.runner.run(work, on_success=lambda count: None, on_failure=_log_failure)

    def offer_demo_if_empty(self) -> None:
        store = self.services.store
        # Whether a live record exists, not how many: counting 100,000 visits would cost every start 25 ms.
        empty = store.conn.execute("SELECT 1 FROM records WHERE deleted = 0 LIMIT 1").fetchone() is None
        if empty and ConfirmDialog.ask(
            self.window,
            QCoreApplication.translate("WindowController", "Demo data"),
            QCoreApplication.translate(
                "WindowController", "The database is empty. Load the demo event (the Mrirt meeting) to explore Taawun?"
            ),
        ):
            from app.db.demo import load_demo  # the demo event's records: only into an empty database

            load_demo(store)
            self.window.refresh_lists()

    def offer_restore(self) -> None:
        pending = self.services.autosave.pending(str(self.services.store.path))
        if pending and RestoreDialog.ask(self.window, pending):
            self.window.restore(_latest(pending))
            # The others stay on disk and are offered again next time.


def _log_failure(error: BaseException) -> None:
    # Indexing is retried at the next start and before every search: a failure here costs nothing but time.
    logging.getLogger("taawun.ui").warning("search indexing in the background failed: %s", type(error).__name__)


def _latest(items: list[Unsaved]) -> Unsaved:
    return max(items, key=lambda item: item.saved_at)
