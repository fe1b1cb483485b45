"""The USB stick screen: find the stick, export this laptop's package, merge packages, review conflicts.

On a laptop of an organisation the export is sealed and sealed files are opened (docs/security.md): the keys come
from the window's `KeyRing` (app/ui/unlock.py), which asks the passphrase once per session; the report says for whom
a package was sealed, and for each merged file which laptop sealed it. Cancelling the passphrase cancels an export;
sealed files merged without keys are refused, saying the passphrase is needed.

After a merge that brought new or changed records of a form declaring duplicates, a line says how many likely
duplicate pairs involve those records (app/db/duplicates.pairs_touching: pairs among the records the merge left
alone were there before, and counting them would repeat one number after every merge), with a button that opens
File › Possible duplicates…, where a person joins them."""

from __future__ import annotations

import html
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStorageInfo, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.core.dates import show_datetime
from app.core.display import isolate_ltr, isolate_name, window_message
from app.core.errors import InvalidInput, TaawunError
from app.sync.drives import (
    DRIVE_REMOVABLE,
    DRIVE_UNKNOWN,
    LINUX_REMOVABLE_PLACES,
    Drive,
    DriveSource,
    sticks,
    windows_drives,
)
from app.ui.background import BackgroundRunner, Progress
from app.ui.conflicts_view import ConflictsView
from app.ui.forms.direction import follow_text_direction
from app.ui.grid import GAP, on_grid
from app.ui.icons import icon
from app.ui.server_box import ServerBox
from app.ui.services import Services
from app.ui.shared_folder_box import SharedFolderBox
from app.ui.sync_words import export_report, merge_report

if TYPE_CHECKING:  # the export and the merge are imported when first used: not at start-up
    from app.db.duplicates import Touched
    from app.security.member_list import MemberList
    from app.security.organisation import Unlocked
    from app.sync.export import Exported
    from app.sync.merge import FileOutcome
    from app.sync.stick_files import StickFile
    from app.ui.unlock import KeyRing


def mounted_volumes() -> list[Drive]:
    """The drive source on Linux (and macOS): Qt's mounted volumes that are ready and not the system's root."""
    found = []
    for volume in QStorageInfo.mountedVolumes():
        if not volume.isValid() or not volume.isReady() or volume.isRoot():
            continue
        where = volume.rootPath()
        kind = DRIVE_REMOVABLE if where.startswith(LINUX_REMOVABLE_PLACES) else DRIVE_UNKNOWN
        found.append(Drive(root=where, label=volume.displayName(), file_system=bytes(volume.fileSystemType()).decode(
            errors="replace"), drive_type=kind, read_only=volume.isReadOnly()))  # fmt: skip
    return found


def system_drives() -> list[Drive]:
    """The drives this system reports (Windows: by drive letter and type; elsewhere: mounted volumes)."""
    return windows_drives() if sys.platform == "win32" else mounted_volumes()


PATH_ROLE = Qt.ItemDataRole.UserRole  # a listed file's full path


class FileChooser:
    """Dialogs of the sync screen, replaceable in tests."""

    @classmethod
    def folder(cls, parent: QWidget) -> str | None:
        chosen = QFileDialog.getExistingDirectory(parent, QCoreApplication.translate("SyncPage", "Choose a folder"))
        return chosen or None

    @classmethod
    def packages(cls, parent: QWidget, start: str) -> list[str]:
        from app.sync.export import SUFFIX

        chosen, _ = QFileDialog.getOpenFileNames(
            parent, QCoreApplication.translate("SyncPage", "Choose the files to merge"), start,
            QCoreApplication.translate("SyncPage", "Taawun packages (*%1);;All files (*)").replace("%1", SUFFIX),
        )  # fmt: skip
        return chosen


class SyncPage(QWidget):
    data_changed = Signal()  # records arrived or conflicts were resolved: lists must refresh

    def __init__(self, services: Services, parent: QWidget | None = None, *, drive_source: DriveSource | None = None,
                 platform: str = sys.platform, keyring: KeyRing | None = None) -> None:  # fmt: skip
        """`drive_source` lists the drives (asked on a worker thread; by default `system_drives`), `platform` says whose
        rules pick the sticks among them, `keyring` gives this laptop's keys (the window's)."""
        super().__init__(parent)
        self.services = services
        self.keyring = keyring
        self.runner = BackgroundRunner()  # export and merge
        self.drive_source = drive_source
        self.platform = platform
        self._scanner = BackgroundRunner()  # the drive scan: never makes export and merge wait
        self._scan_again = False
        layout = on_grid(QVBoxLayout(self))  # the window's own edge is around the page
        # The words out of the f-string: lupdate does not read inside one (the heading stayed English).
        self.heading = QLabel("<h2>" + html.escape(self.tr("Sync")) + "</h2>")
        layout.addWidget(self.heading)

        drives = QGroupBox(self.tr("Where"))
        row = on_grid(QHBoxLayout(drives), margin=GAP)
        self.drive = QComboBox()
        self.refresh_button = QPushButton(self.tr("Look for sticks"))
        self.folder_button = QPushButton(self.tr("Another folder…"))
        row.addWidget(self.drive, 1)
        row.addWidget(self.refresh_button)
        row.addWidget(self.folder_button)
        # The stick's place and actions, the shared folder beside them (app/ui/shared_folder_box.py): the page keeps
        # its height at 1280x672.
        usb = on_grid(QVBoxLayout())
        usb.addWidget(drives)

        actions = on_grid(QHBoxLayout())
        self.export_button = QPushButton(icon("export"), self.tr("Export this laptop's data"))
        self.merge_button = QPushButton(icon("merge"), self.tr("Merge files…"))
        actions.addWidget(self.export_button)
        actions.addWidget(self.merge_button)
        actions.addStretch(1)
        usb.addLayout(actions)
        self.shared_folder = SharedFolderBox(services, keys=self._keys, in_organisation=self._in_organisation)
        top = on_grid(QHBoxLayout())
        top.addLayout(usb, 2)
        top.addWidget(self.shared_folder, 1)
        layout.addLayout(top)
        # The files already in the chosen place: sealed or not, from which laptop (what each says; the merge checks).
        self.files_box = QGroupBox(self.tr("Files here"))
        files_layout = on_grid(QVBoxLayout(self.files_box), margin=GAP)
        self.files = QTreeWidget()
        self.files.setRootIsDecorated(False)
        self.files.setUniformRowHeights(True)
        self.files.setHeaderLabels([self.tr("File"), self.tr("Encryption"), self.tr("From"), self.tr("Written")])
        self.files.setToolTip(self.tr("Double-click a file to merge it"))
        header = self.files.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # a long name gives way, shortened in its middle
        header.setStretchLastSection(False)
        self.files.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.files_box.hide()  # until a place with Taawun files is chosen: the report has the whole width
        self.files.setMinimumHeight(0)  # beside the report, as tall as it: the page fits 1280x672 as before
        files_layout.addWidget(self.files)
        self._lister = BackgroundRunner()  # reading the files' headers: never in the way of export and merge
        self._list_again = False
        self.progress = QProgressBar()
        self.progress.hide()
        layout.addWidget(self.progress)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        follow_text_direction(self.report)  # an Arabic report from the right, a French one from the left
        self.report.setPlaceholderText(self.tr("What the last export or merge did is shown here."))
        # What a merge did stays readable beside the conflicts it found: six lines at least (at 1280x672 it had two).
        self.report.setMinimumHeight(self.report.fontMetrics().lineSpacing() * 6 + 2 * self.report.frameWidth() + 8)
        # The files of the place beside what the last export or merge did: the width a laptop has to spare.
        middle = on_grid(QHBoxLayout())
        middle.addWidget(self.files_box, 3)  # four columns, names and ids in full where the width allows
        middle.addWidget(self.report, 2)
        # The organisation's server (app/ui/server_box.py) beside them: its own worker, reported in the report.
        self.server = ServerBox(services, keyring=keyring)
        self.server.merged.connect(self._merged)
        self.server.reported.connect(self.report.setPlainText)
        middle.addWidget(self.server, 2)
        layout.addLayout(middle, 1)
        self.duplicates_row = QWidget()
        row = on_grid(QHBoxLayout(self.duplicates_row))
        self.duplicates_note = QLabel()
        self.duplicates_note.setWordWrap(True)
        self.duplicates_button = QPushButton(self.tr("Possible duplicates…"))
        row.addWidget(self.duplicates_note, 1)
        row.addWidget(self.duplicates_button)
        self.duplicates_row.hide()
        layout.addWidget(self.duplicates_row)
        self.conflicts = ConflictsView(services)
        layout.addWidget(self.conflicts, 1)

        self.refresh_button.clicked.connect(self.find_drives)
        self.folder_button.clicked.connect(self.choose_folder)
        self.export_button.clicked.connect(self.export)
        self.merge_button.clicked.connect(self.merge)
        self.duplicates_button.clicked.connect(self.show_duplicates)
        self.drive.currentIndexChanged.connect(lambda *_: self.list_files())
        self.files.itemDoubleClicked.connect(lambda item, _column: self.merge_paths([Path(item.data(0, PATH_ROLE))]))
        self.conflicts.conflict_resolved.connect(self.data_changed)
        self.shared_folder.merged.connect(self._merged)  # the duplicates, conflicts and lists, as after a USB merge
        self.shared_folder.reported.connect(self.report.setPlainText)
        self.find_drives()

    # --- where ------------------------------------------------------------------------------------------------------

    def find_drives(self) -> None:
        """Looks for sticks on a worker thread (a disconnected network drive can block the asking thread for
        seconds); the list is filled in when the answer comes."""
        if self._scanner.busy:
            self._scan_again = True  # a stick plugged in since the scan began is found by the next one
            return
        source, platform = self.drive_source or system_drives, self.platform

        def work(progress: Progress) -> list[Drive]:
            return sticks(source(), platform=platform)

        self._scanner.run(work, on_success=self._drives_found, on_failure=self._drive_scan_failed)
        self.refresh_button.setEnabled(False)
        if self.drive.count() == 0:
            self.drive.setPlaceholderText(self.tr("Looking for sticks…"))

    def _drives_found(self, found: list[Drive]) -> None:
        if not isValid(self):
            return  # the window closed while the scan ran
        current = self.target()
        self.drive.clear()
        for drive in found:
            self.drive.addItem(drive.shown, drive.root)
        if current and self.drive.findData(current) < 0:
            self.drive.addItem(current, current)
        # The choice stays; else the first stick is chosen (a combo box with a placeholder would choose none).
        self.drive.setCurrentIndex(self.drive.findData(current) if current else min(0, self.drive.count() - 1))
        self._scan_done()

    def _drive_scan_failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        self._scan_done()
        if not isinstance(error, OSError):
            raise error  # a bug: the application's handler logs it and apologises
        # A drive that cannot be asked (a system refusing): the stick list stays as it was, "Another folder…" works.

    def _scan_done(self) -> None:
        self.refresh_button.setEnabled(True)
        self._update_buttons()
        if self._scan_again:
            self._scan_again = False
            self.find_drives()

    def choose_folder(self) -> None:
        folder = FileChooser.folder(self)
        if folder:
            self.set_folder(folder)

    def set_folder(self, folder: str) -> None:
        if self.drive.findData(folder) < 0:
            self.drive.addItem(folder, folder)
        self.drive.setCurrentIndex(self.drive.findData(folder))
        self._update_buttons()

    def list_files(self) -> None:
        """Lists the Taawun files of the chosen place on a worker thread (a stick can be slow to answer)."""
        folder = self.target()
        if folder is None:
            self.files.clear()
            self.files_box.hide()
            return
        if self._lister.busy:
            self._list_again = True
            return
        members = self._members()

        def work(progress: Progress) -> tuple[str, list[StickFile]]:
            from app.sync.stick_files import stick_files

            return folder, stick_files(folder, members)

        self._lister.run(work, on_success=lambda found: self._files_listed(*found), on_failure=self._failed)

    def _members(self) -> MemberList | None:
        from app.security.sealed import membership

        held = membership(self.services.store)
        return held.members if held is not None else None

    def _files_listed(self, folder: str, found: list[StickFile]) -> None:
        if not isValid(self):
            return  # the window closed while the files were read
        if self._list_again or folder != self.target():
            self._list_again = False
            self.list_files()  # the place changed meanwhile, or a file was written: once more
            return
        lang = self.services.lang
        self.files.clear()
        for described in found:
            item = QTreeWidgetItem(self.files)
            item.setData(0, PATH_ROLE, str(described.path))
            item.setText(0, isolate_ltr(described.path.name))
            item.setToolTip(0, isolate_ltr(str(described.path)))
            if described.problem is not None:
                item.setText(1, self.tr("Cannot be read"))
                item.setToolTip(1, window_message(described.problem, lang))
                item.setToolTip(2, window_message(described.problem, lang))
            else:
                item.setText(1, self.tr("Sealed") if described.sealed else self.tr("Not sealed"))
                name, laptop = described.laptop_name, isolate_ltr(described.laptop)
                # A dot, not brackets: a bracket beside an isolate in an Arabic cell is mirrored out of its pair.
                item.setText(2, f"{isolate_name(name)} · {laptop}" if name else laptop)
                item.setText(3, isolate_ltr(show_datetime(described.written_at, lang)))
        self.files_box.setVisible(bool(found))

    def target(self) -> str | None:
        value = self.drive.currentData()
        return str(value) if value else None

    def _update_buttons(self) -> None:
        busy = self.runner.busy
        self.export_button.setEnabled(self.target() is not None and not busy)
        self.merge_button.setEnabled(not busy)
        if self.drive.count() == 0:
            self.drive.setPlaceholderText(self.tr("No stick found: plug one in, or choose a folder"))

    # --- export and merge -------------------------------------------------------------------------------------------

    def _start(self, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(0)
        self.progress.show()
        self._update_buttons()

    def _finish(self) -> None:
        self.progress.hide()
        self._update_buttons()

    def export(self) -> None:
        folder = self.target()
        if folder is None:
            return
        services = self.services
        keys = self._keys()
        if keys is None and self._in_organisation():  # the passphrase dialog was cancelled: nothing is written
            self.report.setPlainText(window_message(InvalidInput("sealed_export_needs_passphrase"), services.lang))
            return
        require_sealed = services.settings.require_encryption

        def work(progress: Progress) -> Exported:
            with services.open_worker_store() as store:  # the window's connection belongs to the GUI thread
                from app.sync.export import export_package

                return export_package(store, folder, keys=keys, require_sealed=require_sealed)

        self._start(0)  # busy indicator: an export is one step
        self.runner.run(work, on_success=self._exported, on_failure=self._failed)
        self._update_buttons()

    def _exported(self, exported: Exported) -> None:
        self._finish()
        self.list_files()
        self.report.setPlainText(export_report(exported, self.services.lang))

    def merge(self) -> None:
        files = FileChooser.packages(self, self.target() or str(Path.home()))
        if files:
            self.merge_paths([Path(f) for f in files])

    def merge_paths(self, paths: list[Path]) -> None:
        from app.security.sealed import is_sealed
        from app.sync.merge_package import is_same_file

        services = self.services
        # The passphrase only for a sealed file (never read here if it is the database itself: see the merge).
        sealed = any(is_sealed(path) for path in paths if not is_same_file(path, services.store.path))
        keys = self._keys() if sealed else None
        require_sealed = services.settings.require_encryption

        def work(progress: Progress) -> tuple[list[FileOutcome], Touched]:
            # The bar follows the files, then the catch-up of the lists' sort keys and the search index that ends
            # the merge (before the lists refresh, not at the next search).
            with services.open_worker_store() as store:
                from app.db.duplicates import pairs_touching, stamps
                from app.sync.merge import merge_files

                before = stamps(store)  # which records the merge brings or changes, told afterwards
                outcomes = list(merge_files(store, paths, keys=keys, require_sealed=require_sealed,
                                            progress=progress))  # fmt: skip
                return outcomes, pairs_touching(store, before)

        self._start(len(paths))
        self.runner.run(work, on_success=lambda done: self._merged(*done), on_failure=self._failed,
                        on_progress=self._progressed)  # fmt: skip
        self._update_buttons()

    def _in_organisation(self) -> bool:
        from app.security.sealed import membership

        return membership(self.services.store) is not None

    def _keys(self) -> Unlocked | None:
        """This laptop's keys when it belongs to an organisation (the passphrase asked the first time in the
        session); None otherwise, or when the person cancelled."""
        if self.keyring is None or not self._in_organisation():
            return None
        return self.keyring.keys(self)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _merged(self, outcomes: list[FileOutcome], touched: Touched | None = None) -> None:
        self._finish()
        self.list_files()
        self.report.setPlainText(merge_report(outcomes, self.services.lang))
        self._show_touched(touched)
        self.conflicts.refresh()
        self.data_changed.emit()

    def _show_touched(self, touched: Touched | None) -> None:
        """The likely duplicates among the records the merge brought or changed (hidden when it brought none of a
        form declaring duplicates)."""
        if touched is None or not touched.records:
            self.duplicates_row.hide()
            return
        count = len(touched.pairs)
        if count:
            text = self.tr("%n likely duplicate pair(s) involve records this merge brought or changed.", "", count)
        else:
            text = self.tr("No likely duplicates among the records this merge brought or changed.")
        self.duplicates_note.setText(text)
        self.duplicates_button.setVisible(bool(count))
        self.duplicates_row.show()

    def show_duplicates(self) -> None:
        """The Possible duplicates dialog (File › Possible duplicates…); a join there refreshes the lists."""
        from app.ui.duplicates_view import DuplicatesDialog

        dialog = DuplicatesDialog(self.services, self)
        dialog.joined.connect(self.data_changed)
        dialog.exec()

    def _failed(self, error: BaseException) -> None:
        self._finish()
        if isinstance(error, TaawunError):
            self.report.setPlainText(window_message(error, self.services.lang))  # paths keep their order in Arabic
            return
        raise error  # a bug: the application's handler logs it and apologises

    def wait(self) -> bool:
        self.server.stop()  # no more background syncs; one in progress is cancelled
        return self.runner.wait() and self._lister.wait() and self.server.wait()
