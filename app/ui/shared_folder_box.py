"""The sync page's "Shared folder" part: the folder chosen in Settings (a network share, a synced folder), how many
new files of other laptops wait there, and "Export there", "Merge new files", "Sync" (both), each on a worker thread
(app/sync/shared_folder.py). What was done is reported in the page's words for a USB export and merge
(app/ui/sync_words.py), through `reported`; a merge's outcomes go to the page through `merged`, which shows the
likely duplicates, refreshes the conflicts and tells the lists (as after a USB merge).

On a laptop of an organisation the keys come from the page (the window's `KeyRing`: the passphrase asked once per
session); cancelling it cancels an export or a sync, and a merge without them refuses sealed files saying why."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget
from shiboken6 import isValid

from app.core.display import isolate_ltr, window_message
from app.core.errors import InvalidInput, TaawunError
from app.core.messages import translate
from app.ui.background import BackgroundRunner, Progress
from app.ui.elided_label import ElidedLabel
from app.ui.grid import GAP, on_grid
from app.ui.icons import icon
from app.ui.services import Services
from app.ui.sync_words import export_report, merge_report

if TYPE_CHECKING:
    from app.db.duplicates import Touched
    from app.security.organisation import Unlocked
    from app.sync.export import Exported
    from app.sync.merge import FileOutcome


class SharedFolderBox(QGroupBox):
    settings_requested = Signal()  # "Choose it in Settings": the window opens Settings
    reported = Signal(str)  # what an export, a merge or a sync did (or why it could not), for the page's report
    merged = Signal(object, object)  # the outcomes and the records they touched (app.db.duplicates.Touched)

    def __init__(self, services: Services, *, keys: Callable[[], Unlocked | None],
                 in_organisation: Callable[[], bool], parent: QWidget | None = None) -> None:  # fmt: skip
        """`keys()`: this laptop's keys (None outside an organisation, or when the passphrase was not given);
        `in_organisation()`: whether it belongs to one."""
        super().__init__(parent)
        self.setTitle(self.tr("Shared folder"))
        self.services = services
        self._keys = keys
        self._in_organisation = in_organisation
        self.runner = BackgroundRunner()  # export, merge, sync
        self._counter = BackgroundRunner()  # how many files wait: never makes the others wait
        self._count_again = False
        rows = on_grid(QVBoxLayout(self), margin=GAP)  # as tall as the stick's place and actions beside it
        where, actions = on_grid(QHBoxLayout()), on_grid(QHBoxLayout())
        rows.addLayout(where)
        rows.addLayout(actions)
        self.place = ElidedLabel()  # the folder's path, shortened to the width there is (whole in its tooltip)
        # Without a folder, in its place: "No folder chosen: choose it in Settings", the second half a link.
        self.settings_link = QLabel(html.escape(self.tr("No folder chosen:")) + ' <a href="settings">'
                                    + html.escape(self.tr("choose it in Settings")) + "</a>")  # fmt: skip
        self.settings_link.linkActivated.connect(self._open_settings)
        self.waiting = QLabel()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.export_button = QPushButton(icon("export"), self.tr("Export there"))
        self.merge_button = QPushButton(icon("merge"), self.tr("Merge new files"))
        self.sync_button = QPushButton(self.tr("Sync"))
        self.export_button.setToolTip(self.tr("Write this laptop's data into the shared folder"))
        self.merge_button.setToolTip(self.tr("Merge the files other laptops left there since the last merge"))
        self.sync_button.setToolTip(self.tr("Export this laptop's data there, then merge the new files of the others"))
        where.addWidget(self.place, 1)
        where.addWidget(self.settings_link)
        where.addWidget(self.waiting)
        where.addWidget(self.progress)
        for button in (self.export_button, self.merge_button, self.sync_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.export_button.clicked.connect(lambda: self.start("export"))
        self.merge_button.clicked.connect(lambda: self.start("merge"))
        self.sync_button.clicked.connect(lambda: self.start("sync"))
        self.refresh()

    @property
    def folder(self) -> str:
        return self.services.settings.shared_folder

    def showEvent(self, event: QShowEvent) -> None:  # a file may have arrived while the page was hidden
        super().showEvent(event)
        self.refresh()

    def _open_settings(self) -> None:
        self.settings_requested.emit()  # the window's Settings dialog: modal, done when this returns
        self.refresh()

    # --- what is there --------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """The folder as the settings name it now, and how many new files wait there (counted on a worker: a share
        that is down can take seconds to answer)."""
        folder = self.folder
        self.place.setText(isolate_ltr(folder))
        self.place.setVisible(bool(folder))
        self.settings_link.setVisible(not folder)
        self._update_buttons()
        if not folder:
            self.waiting.clear()
            return
        if self._counter.busy:
            self._count_again = True
            return
        services = self.services

        def work(progress: Progress) -> tuple[str, int]:
            from app.sync.shared_folder import files_to_merge

            with services.open_worker_store() as store:
                return folder, len(files_to_merge(store, folder))

        self.waiting.setText(self.tr("Looking…"))
        self.waiting.setToolTip("")
        self._counter.run(work, on_success=lambda done: self._counted(*done), on_failure=self._not_counted)

    def _counted(self, folder: str, count: int) -> None:
        if not isValid(self):
            return  # the window closed meanwhile
        if self._recount(folder):
            return
        self.waiting.setText(self.tr("%n new file(s) waiting", "", count) if count else self.tr("Nothing new"))

    def _not_counted(self, error: BaseException) -> None:
        if not isValid(self):
            return
        if not isinstance(error, TaawunError):
            raise error  # a bug: the application's handler logs it and apologises
        if self._recount(self.folder):
            return
        self.waiting.setText(self.tr("Cannot be reached"))
        self.waiting.setToolTip(window_message(error, self.services.lang))

    def _recount(self, folder: str) -> bool:
        """Counted again when the folder changed, or an export or merge ended, while counting."""
        if self._count_again or folder != self.folder:
            self._count_again = False
            self.refresh()
            return True
        return False

    def _update_buttons(self) -> None:
        usable = bool(self.folder) and not self.runner.busy
        for button in (self.export_button, self.merge_button, self.sync_button):
            button.setEnabled(usable)

    # --- export, merge, sync --------------------------------------------------------------------------------------

    def start(self, what: str) -> None:
        """ "export", "merge" or "sync", on a worker thread with a store of its own."""
        folder, services = self.folder, self.services
        if not folder or self.runner.busy:
            return
        keys = self._keys() if self._in_organisation() else None
        if keys is None and what != "merge" and self._in_organisation():  # the passphrase was not given
            self.reported.emit(window_message(InvalidInput("sealed_export_needs_passphrase"), services.lang))
            return
        require_sealed = services.settings.require_encryption

        def work(progress: Progress) -> tuple[Exported | None, list[FileOutcome], Touched | None]:
            from app.db.duplicates import pairs_touching, stamps
            from app.sync.merge import merge_files
            from app.sync.shared_folder import export_to, files_to_merge, sync_with

            with services.open_worker_store() as store:
                if what == "export":
                    return export_to(store, folder, keys=keys, require_sealed=require_sealed), [], None
                before = stamps(store)  # which records the merge brings or changes, told afterwards
                exported: list[Exported] = []
                if what == "sync":
                    merging = sync_with(store, folder, keys=keys, require_sealed=require_sealed, progress=progress,
                                        exported=exported.append)  # fmt: skip
                else:
                    merging = merge_files(store, files_to_merge(store, folder), keys=keys,
                                          require_sealed=require_sealed, progress=progress)  # fmt: skip
                outcomes = list(merging)
                return (exported[0] if exported else None), outcomes, pairs_touching(store, before)

        self.progress.setRange(0, 0)  # busy until the merge says how many files
        self.progress.show()
        self.waiting.hide()
        self.runner.run(work, on_success=lambda done: self._done(*done), on_failure=self._failed,
                        on_progress=self._progressed)  # fmt: skip
        self._update_buttons()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _finish(self) -> None:
        self.progress.hide()
        self.waiting.show()
        self._update_buttons()
        self.refresh()

    def _done(self, exported: Exported | None, outcomes: list[FileOutcome], touched: Touched | None) -> None:
        if not isValid(self):
            return
        self._finish()
        lang = self.services.lang
        parts = [] if exported is None else [export_report(exported, lang)]
        if outcomes:
            self.merged.emit(outcomes, touched)
            parts.append(merge_report(outcomes, lang))
        elif touched is not None:  # a merge that found nothing new
            parts.append(translate("shared_folder_nothing_waiting", lang))
        self.reported.emit("\n\n".join(parts))

    def _failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        self._finish()
        if isinstance(error, TaawunError):
            self.reported.emit(window_message(error, self.services.lang))
            return
        raise error  # a bug: the application's handler logs it and apologises
