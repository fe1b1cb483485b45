"""The sync page's "Server" part (issue 18, docs/server.md): the organisation server's address and user, where the
password is kept, "Set…" (app/ui/server_dialog.py), "Test connection", the last sync, and "Sync now" (push, then
pull: app/sync/server/session.py) with its progress and "Cancel".

Every sync, and the connection test, runs on a worker thread (a sync with a store of its own); "Cancel" is heard by
the client before each request and during its back-offs (a request under way ends at its time-out), and what was
sent or merged before stays (the next sync completes the job). What a sync did is
reported in the words of a USB merge (app/ui/sync_words.py) after the push's line, through `reported`; its merged
outcomes go to the page through `merged` (duplicates, conflicts, the lists), as the shared folder's do.

Background sync (`Settings.server_background_sync`, chosen in the Set… dialog): every `BACKGROUND_MINUTES` and soon after
the window starts, only when the previous sync has ended; silent when nothing changed, a short status-bar message
when records arrived or when it failed (never a dialog). On a laptop of an organisation it runs only once the
session holds the unlocked keys (the passphrase is never asked for it): until then it waits and says nothing."""

from __future__ import annotations

import dataclasses
import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.core.dates import show_datetime
from app.core.display import isolate_ltr, isolate_name, window_message
from app.core.errors import InvalidInput, TaawunError
from app.core.messages import translate
from app.sync.report import pushed_line
from app.ui.background import BackgroundRunner, Progress
from app.ui.elided_label import ElidedLabel
from app.ui.grid import GAP, on_grid
from app.ui.services import Services
from app.ui.status import SHOWN_MS
from app.ui.sync_words import merge_report

if TYPE_CHECKING:
    from app.db.duplicates import Touched
    from app.security.organisation import Unlocked
    from app.sync.server.session import SyncOutcome
    from app.ui.unlock import KeyRing

BACKGROUND_MINUTES = 10  # between two background syncs
START_DELAY_MS = 20_000  # the first background sync, once the window has started and settled


@dataclasses.dataclass(frozen=True)
class Synced:
    """What a sync did, handed from the worker to the window."""

    outcome: SyncOutcome
    touched: Touched | None
    at: str
    summary: dict[str, int]


def summary_of(outcome: SyncOutcome) -> dict[str, int]:
    """The counts kept as the last sync's summary (app/sync/server/state.py)."""
    counts = [o.counts for o in (outcome.pulled.outcomes if outcome.pulled else []) if o.merged and o.counts]
    return {"sent": outcome.pushed.total_sent if outcome.pushed else 0,
            "arrived": sum(c.inserted + c.updated for c in counts if c is not None),
            "conflicts": sum(c.conflicts for c in counts if c is not None), "refused": outcome.refused}  # fmt: skip


class ServerBox(QGroupBox):
    reported = Signal(str)  # what a sync did (or why it could not), for the page's report
    merged = Signal(object, object)  # the pulled outcomes and the records they touched (app.db.duplicates.Touched)

    def __init__(self, services: Services, *, keyring: KeyRing | None = None, parent: QWidget | None = None,
                 interval_ms: int | None = None) -> None:  # fmt: skip
        """`keyring`: the window's keys (the passphrase asked once per session); `interval_ms`: between background
        syncs (`BACKGROUND_MINUTES` by default; tests give less)."""
        super().__init__(parent)
        self.services = services
        self.keyring = keyring
        self.interval_ms = interval_ms if interval_ms is not None else BACKGROUND_MINUTES * 60_000
        self.runner = BackgroundRunner()  # sync, test
        self._cancel = threading.Event()
        self._stage = ["push"]  # the stage the worker is in, read by the progress callback on the window's thread
        self._mode = ""  # what the worker does: "test", "sync" (the button), "background" (the timer)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.sync_in_background)
        # One column beside the page's report, as tall as it (the page keeps its height at 1280x672): the server, the
        # last sync, the buttons (the progress among them while a sync runs). Background sync is chosen in Set….
        rows = on_grid(QVBoxLayout(self), margin=GAP)
        self.place = ElidedLabel()  # address · user, shortened to the width there is (whole in its tooltip)
        self.last = ElidedLabel()  # the last sync, or what a sync or a test is doing (whole in its tooltip)
        self.set_button = QPushButton(self.tr("Set…"))
        self.test_button = QPushButton(self.tr("Test connection"))
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.setToolTip(self.tr("Send this laptop's changes to the server, then merge the others'"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.hide()
        self.progress = QProgressBar()
        self.progress.hide()
        for widget in (self.place, self.last):
            rows.addWidget(widget)
        buttons = on_grid(QHBoxLayout())
        for button in (self.set_button, self.test_button, self.sync_button):
            buttons.addWidget(button)
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(0)
        rows.addLayout(buttons)
        rows.addStretch(1)
        self.set_button.clicked.connect(self.set_server)
        self.test_button.clicked.connect(self.test_connection)
        self.sync_button.clicked.connect(lambda: self.sync_now())
        self.cancel_button.clicked.connect(self.cancel)
        self.refresh()
        self._schedule(START_DELAY_MS)

    # --- what is set ----------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """The server as the settings name it, where its password is, and the last sync (a small local read)."""
        from app.sync.server import credentials

        settings, lang = self.services.settings, self.services.lang
        url, user = settings.server_url, settings.server_user
        # Its name in the line itself, not as the frame's title: the line the title would take is the last sync's.
        shown = self.tr("none set for this laptop")
        tip = shown
        if url:
            kept = translate(
                credentials.where_kept(url, user), lang, path=isolate_ltr(str(credentials.password_file()))
            )
            shown = f"{isolate_ltr(url)} · {isolate_name(user) or '-'}"
            tip = f"{shown}\n{kept}"
        self.place.setText(self.tr("Organisation server: %1").replace("%1", shown))
        self.place.setToolTip(tip)
        self._show_last()
        self._update_buttons()

    def _show_last(self) -> None:
        last = self._last_sync()
        if last is None:
            self.last.setText(self.tr("Never synced with this server") if self.services.settings.server_url else "")
            return
        at, summary = last
        sent, arrived, conflicts = (summary.get(k, 0) for k in ("sent", "arrived", "conflicts"))
        parts = [self.tr("%n document(s) sent", "", sent), self.tr("%n record(s) received", "", arrived)]
        if conflicts:
            parts.append(self.tr("%n conflict(s) to review", "", conflicts))
        when = isolate_ltr(show_datetime(at, self.services.lang))
        joined = ("، " if self.services.lang == "ar" else ", ").join(parts)
        self.last.setText(self.tr("Last sync: %1 — %2").replace("%1", when).replace("%2", joined))

    def _last_sync(self) -> tuple[str, dict[str, int]] | None:
        from app.sync.server.couch import ServerAddress
        from app.sync.server.state import SyncState

        store, url = self.services.store, self.services.settings.server_url
        try:
            state = SyncState.open(store.path, ServerAddress(url).url, store.device_id) if url else None
        except TaawunError:  # an address edited by hand, a cache that cannot be written: no line, no harm
            return None
        if state is None:
            return None
        try:
            return state.last_sync()
        finally:
            state.close()

    def _update_buttons(self) -> None:
        busy, server = self.runner.busy, bool(self.services.settings.server_url)
        syncing = busy and self._mode in ("sync", "test")  # a background sync is not cancelled from here
        self.set_button.setEnabled(not busy)
        self.test_button.setEnabled(server and not busy)
        self.sync_button.setVisible(not syncing)
        self.sync_button.setEnabled(server and not busy)
        self.cancel_button.setVisible(syncing)

    def set_server(self) -> None:
        """The "Set…" dialog; a saved server is tested at once, as `taawun sync server set` does."""
        from app.ui.server_dialog import ServerDialog

        if ServerDialog.ask(self, self.services):
            self.refresh()
            self._schedule(START_DELAY_MS)
            self.test_connection()

    def test_connection(self) -> None:
        from app.sync.server.couch import check_connection
        from app.sync.server.credentials import saved_address

        settings, lang = dataclasses.replace(self.services.settings), self.services.lang
        if not settings.server_url or self.runner.busy:
            return
        cancel = self._cancel
        cancel.clear()

        def work(progress: Progress) -> str:
            address = saved_address(settings)
            if address is None or not address.password:
                raise InvalidInput("server_password_not_kept")
            count = check_connection(address, cancelled=cancel.is_set)
            return translate("server_reachable", lang, url=isolate_ltr(address.url), user=address.user, count=count)

        self.last.setText(self.tr("Testing the connection…"))
        self._mode = "test"
        self.runner.run(work, on_success=self._tested, on_failure=self._test_failed)
        self._update_buttons()

    def _tested(self, text: str) -> None:
        if not isValid(self):
            return
        self._mode = ""
        self.cancel_button.setEnabled(True)
        self._update_buttons()
        self._show_last()
        self.reported.emit(text)

    def _test_failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        self._mode = ""
        self.cancel_button.setEnabled(True)
        self._update_buttons()
        self._show_last()
        if not isinstance(error, TaawunError):
            raise error  # a bug: the application's handler logs it and apologises
        if error.code == "server_cancelled":  # nothing is sent or merged by a test: it was only stopped
            error = TaawunError("server_test_cancelled")
        self.reported.emit(window_message(error, self.services.lang))

    # --- sync -----------------------------------------------------------------------------------------------------

    def sync_now(self, *, background: bool = False) -> bool:
        """Push then pull on a worker thread; False when it did not start (busy, no server, no keys)."""
        if self.runner.busy or not self.services.settings.server_url:
            return False
        keys = self._keys(background)
        if keys is False:
            if not background:  # the passphrase dialog was cancelled: nothing is sent
                self.reported.emit(window_message(InvalidInput("sealed_export_needs_passphrase"), self.services.lang))
            return False
        settings, lang = dataclasses.replace(self.services.settings), self.services.lang
        services, cancel, stage = self.services, self._cancel, self._stage
        cancel.clear()

        def progress_of(progress: Progress) -> Any:
            def report(where: str, done: int, total: int) -> None:
                stage[0] = where
                progress(done, total)

            return report

        def work(progress: Progress) -> Synced:
            from app.core.clock import now_text
            from app.db.duplicates import pairs_touching, stamps
            from app.sync.server.session import client_from_settings, sync_with_server
            from app.sync.server.state import SyncState

            with (
                services.open_worker_store() as store,
                client_from_settings(settings, cancelled=cancel.is_set) as client,
            ):
                before = stamps(store)  # which records the pull brings or changes, told afterwards
                outcome = sync_with_server(store, client, server=client.address.url, keys=keys,
                                           progress=progress_of(progress), cancelled=cancel.is_set)  # fmt: skip
                touched = pairs_touching(store, before) if outcome.pulled and outcome.pulled.outcomes else None
                summary, at = summary_of(outcome), now_text()
                state = SyncState.open(store.path, client.address.url, store.device_id)
                try:
                    state.set_last_sync(at, summary)
                finally:
                    state.close()
                return Synced(outcome, touched, at, summary)

        self._mode = "background" if background else "sync"
        stage[0] = "push"
        self.progress.setRange(0, 0)  # busy until the first count
        self.progress.setVisible(not background)
        if not background:
            self.last.setText(translate("server_pushing", lang))
        self.runner.run(work, on_success=self._synced, on_failure=self._sync_failed, on_progress=self._progressed)
        self._update_buttons()
        return True

    def _keys(self, background: bool) -> Unlocked | None | bool:
        """The keys in an organisation (asked once per session; never in the background), None outside one, False
        when they are needed and not there."""
        from app.security.sealed import membership

        if membership(self.services.store) is None:
            return None
        if self.keyring is None:
            return False
        keys = self.keyring.unlocked_keys() if background else self.keyring.keys(self)
        return False if keys is None else keys

    def _progressed(self, done: int, total: int) -> None:
        if not isValid(self) or self._mode != "sync" or self._cancel.is_set():
            return
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.last.setText(translate(f"server_{self._stage[0]}ing", self.services.lang))

    def cancel(self) -> None:
        """Heard by the worker before its next request: what was sent or merged stays."""
        self._cancel.set()
        self.cancel_button.setEnabled(False)
        self.last.setText(self.tr("Cancelling…"))

    def _ended(self) -> bool:
        """The common end of a sync; False when the window went meanwhile."""
        if not isValid(self):
            return False
        self._mode = ""
        self.progress.hide()
        self.cancel_button.setEnabled(True)
        self._update_buttons()
        self._show_last()
        return True

    def _synced(self, synced: Synced) -> None:
        background = self._mode == "background"
        if not self._ended():
            return
        lang, outcome = self.services.lang, synced.outcome
        outcomes = outcome.pulled.outcomes if outcome.pulled else []
        arrived = synced.summary["arrived"] or synced.summary["conflicts"] or synced.summary["refused"]
        if background and not arrived:
            return  # nothing changed here: nothing said
        if outcomes:
            self.merged.emit(outcomes, synced.touched)  # the lists, the conflicts, the likely duplicates
        lines = [] if outcome.pushed is None else [pushed_line(outcome.pushed, lang, window=True)]
        lines.append(merge_report(outcomes, lang) if outcomes else translate("server_pulled_nothing", lang))
        self.reported.emit("\n\n".join(lines))
        if background:
            count = synced.summary["arrived"]
            self._status(self.tr("%n record(s) arrived from the organisation server", "", count) if count else
                         self.tr("The organisation server sent changes: see the Sync page"))  # fmt: skip

    def _sync_failed(self, error: BaseException) -> None:
        background = self._mode == "background"
        if not self._ended():
            return
        if not isinstance(error, TaawunError):
            raise error  # a bug: the application's handler logs it and apologises
        text = window_message(error, self.services.lang)
        if background and error.code == "server_cancelled":
            return  # the window is closing
        if background:
            self._status(self.tr("Background sync: %1").replace("%1", text))
        else:
            self.reported.emit(text)

    def _status(self, text: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, SHOWN_MS)

    # --- background -----------------------------------------------------------------------------------------------

    def _schedule(self, first_ms: int) -> None:
        """The timer on (its first tick after `first_ms`) when background sync is chosen and a server set."""
        settings = self.services.settings
        if settings.server_background_sync and settings.server_url:
            self.timer.start(first_ms)
        else:
            self.timer.stop()

    def sync_in_background(self) -> None:
        """A tick: a sync when the previous one has ended (else the next tick tries), the interval after it."""
        self.timer.setInterval(self.interval_ms)
        self.sync_now(background=True)

    def stop(self) -> None:
        """The window closes: no more ticks, and a sync in progress is cancelled (the caller waits for the pool)."""
        self.timer.stop()
        self._cancel.set()

    def wait(self) -> bool:
        return self.runner.wait()
