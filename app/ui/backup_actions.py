"""Backups from the window: File › Back up now…, File › Restore a backup…, and the automatic daily copy.

Copying and checking run on a worker, each with its own connection. A restore prepares everything there (the chosen
file checked and copied next to the database, the current database kept in the backups folder) while the window's
connection stays open; back on the GUI thread it closes that connection only for the quick swap, reopens the store
and has the window rebuilt (as a language switch does), so that no page keeps rows of the replaced file.

On a laptop of an organisation "Back up now" writes a sealed backup, and a sealed backup is restored by opening it
first into the application's temporary folder (app/security/sealed_backup.py); the keys come from the window's
`KeyRing`. The daily copy stays plain (docs/security.md).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from app.core import paths
from app.core.display import isolate_ltr, window_message
from app.core.errors import DatabaseRejected, InvalidInput, PackageRejected, TaawunError
from app.core.forms import load_form_directory
from app.db.backup import SUFFIX, backup_database, daily_backup, keep_current, prepare_restore, swap_in
from app.db.store import Store
from app.resources import forms_dir
from app.ui.background import BackgroundRunner, Progress
from app.ui.busy import BusyDialog, show_failure
from app.ui.dialogs import ConfirmDialog, MessageDialog
from app.ui.services import Services

if TYPE_CHECKING:
    from app.security.organisation import Unlocked
    from app.ui.main_window import MainWindow

log = logging.getLogger("taawun.ui.backup")


class BackupFiles:
    """The dialogs of backups, replaceable in tests."""

    @classmethod
    def folder(cls, parent: QWidget) -> Path | None:
        title = QCoreApplication.translate("BackupActions", "Choose a folder for the backup")
        chosen = QFileDialog.getExistingDirectory(parent, title)
        return Path(chosen) if chosen else None

    @classmethod
    def backup_file(cls, parent: QWidget, start: Path) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("BackupActions", "Choose the backup to restore"), str(start),
            QCoreApplication.translate("BackupActions", "Taawun backups (*%1);;All files (*)").replace("%1", SUFFIX),
        )  # fmt: skip
        return Path(chosen) if chosen else None

    @classmethod
    def inform(cls, parent: QWidget | None, text: str) -> None:
        QMessageBox.information(parent, QCoreApplication.translate("BackupActions", "Backups"), text)


class BackupActions(QObject):
    database_replaced = Signal()  # the store now works on a restored file: the window must be rebuilt

    def __init__(self, services: Services, window: MainWindow) -> None:
        super().__init__(window)
        self.services = services
        self.window = window
        self.runner = BackgroundRunner()
        self.busy = BusyDialog()

    def back_up_now(self) -> None:
        from app.security.sealed import membership

        folder = BackupFiles.folder(self.window)
        if folder is None:
            return
        services, device = self.services, self.services.settings.effective_device_name
        keys = None
        if membership(services.store) is not None:  # sealed for the organisation's laptops
            keys = self.window.keyring.keys(self.window)
            if keys is None:
                return  # the passphrase was not given: nothing written
        elif services.settings.require_encryption:
            MessageDialog.show_error(self.window, window_message(InvalidInput("sealed_required_no_organisation"),
                                                                 services.lang))  # fmt: skip
            return

        def work(progress: Progress) -> Path:
            with services.open_worker_store() as store:  # SQLite's copy through a connection: never the file's bytes
                if keys is None:
                    return backup_database(store, folder, device_name=device)
                from app.security.sealed_backup import backup_sealed

                return backup_sealed(store, keys, folder, device_name=device)

        self.busy.show(self.window, self.tr("Writing the backup…"))
        self.runner.run(work, on_success=self._backed_up, on_failure=self._failed)

    def _backed_up(self, path: Path) -> None:
        self.busy.close()
        BackupFiles.inform(self.window, self.tr("The backup was written to:\n%1").replace("%1", isolate_ltr(str(path))))

    def restore_backup(self) -> None:
        backups = paths.backups_dir()
        chosen = BackupFiles.backup_file(self.window, backups)
        if chosen is None:
            return
        question = self.tr("Replace all the data on this laptop with the backup %1?\n\nThe current database will "
                           "first be kept as a backup in %2.").replace("%1", isolate_ltr(str(chosen))).replace("%2", isolate_ltr(str(backups)))  # fmt: skip
        if not ConfirmDialog.ask(self.window, self.tr("Restore a backup"), question, dangerous=True):
            return
        if not self.window.leave_record_page():  # the open form is saved or discarded first, as the agent chooses
            return
        services = self.services
        database = services.store.path
        keys = self._keys_for(chosen)
        if keys is False:
            return

        def work(progress: Progress) -> tuple[Path, Path | None]:
            if keys is None:
                prepared = prepare_restore(chosen, database)
            else:
                prepared = _prepare_sealed(services, keys, chosen, database)
            try:
                with services.open_worker_store() as store:  # the window's file is kept through SQLite, not copied
                    return prepared, keep_current(store, backups)
            except BaseException:
                prepared.unlink(missing_ok=True)
                raise

        # Window-modal and shown at once: nothing is typed into the window while the current data is being kept.
        self.busy.show(self.window, self.tr("Restoring the backup…"), at_once=True)
        self.runner.run(work, on_success=self._swap, on_failure=self._failed)

    def _keys_for(self, chosen: Path) -> Unlocked | None | Literal[False]:
        """The keys that open `chosen` when it is a sealed backup (None for a plain one); False when it cannot be
        opened here (said) or the passphrase was not given."""
        from app.security.sealed import is_sealed, membership

        if not is_sealed(chosen):
            return None
        if membership(self.services.store) is None:
            error = PackageRejected("sealed_no_organisation", path=str(chosen))
            MessageDialog.show_error(self.window, window_message(error, self.services.lang))
            return False
        keys = self.window.keyring.keys(self.window)
        return False if keys is None else keys

    def _swap(self, result: tuple[Path, Path | None]) -> None:
        prepared, kept = result
        self.runner.wait()  # other workers (an export, the daily copy) finish and close their connections
        old = self.services.store
        old.close()
        try:
            swap_in(prepared, old.path)
        except TaawunError as error:
            self.services.store = _reopen(old)  # the database is unchanged
            self.busy.close()
            MessageDialog.show_error(self.window, error.message(self.services.lang))
            return
        self.services.store = _reopen(old)
        self.busy.close()
        self.database_replaced.emit()
        text = self.tr("The backup was restored. The previous database was kept in:\n%1").replace(
            "%1", isolate_ltr(str(kept))
        )
        BackupFiles.inform(QApplication.activeWindow(), text)

    def _failed(self, error: BaseException) -> None:
        self.busy.close()
        show_failure(self.window, self.services.lang, error)

    def wait(self) -> bool:
        return self.runner.wait()


def _prepare_sealed(services: Services, keys: Unlocked, chosen: Path, database: Path) -> Path:
    """The sealed backup opened into the temporary folder and prepared as any backup (the plaintext removed after)."""
    from app.security.sealed_backup import open_backup

    with services.open_worker_store() as store, open_backup(store, keys, chosen) as plain:
        try:
            return prepare_restore(plain, database)
        except DatabaseRejected as error:
            if error.params.get("path") == str(plain):
                error.params["path"] = str(chosen)  # the checks named the plaintext: the agent chose the sealed file
            raise


def _reopen(old: Store) -> Store:
    # Not inspected again: the file was checked in full before the swap (or is the one the window had open), and
    # another worker of this window may still hold a connection to it (see app.db.opening).
    return Store.open(old.path, forms=load_form_directory(forms_dir()), author=old.author,
                      device_name=old.device_name, inspect=False)  # fmt: skip


def back_up_daily_in_background(runner: BackgroundRunner, services: Services, keep_days: int) -> None:
    """Today's automatic copy on a worker: start-up does not wait for it, and a failure never stops the window.
    The copy is read through a connection of the worker's own (the window's file is never opened by Python)."""

    def work(progress: Progress) -> Any:
        with services.open_worker_store() as store:
            return daily_backup(store, paths.backups_dir(), keep_days)

    runner.run(work, on_success=_log_daily, on_failure=_log_daily_failure)


def _log_daily(result: Any) -> None:
    if result.made is not None or result.removed:
        log.info("daily backup: %s written, %d old copies removed", result.made, len(result.removed))


def _log_daily_failure(error: BaseException) -> None:
    if isinstance(error, TaawunError):
        log.warning("daily backup not made: %s", error.message("en"))
    else:
        log.error("daily backup failed", exc_info=error)
