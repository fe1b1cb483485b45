"""Settings › Organisation: the organisation this laptop belongs to (or none) and this laptop's id; create or join
one; its laptops; invite, remove (coordinators), change the passphrase, export the public part (docs/security.md,
"Joining and leaving"; the core in app/security/).

Every action takes effect at once (not with the Settings dialog's OK). Keys come from the window's `KeyRing`
(app/ui/unlock.py): the passphrase is asked once per window session.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.dates import show_datetime
from app.core.display import isolate_if_ltr, isolate_ltr, isolate_name, window_message
from app.core.errors import TaawunError
from app.core.files import FileNotWritten, write_atomically
from app.core.shown import shown_text
from app.security import organisation
from app.security.invite import invite, join, read_invite, write_invite
from app.security.member_list import Laptop
from app.security.membership_changes import change_passphrase, public_part, removal_limit, remove
from app.security.organisation import Organisation, Unlocked
from app.ui.cell_direction import TextDirectionDelegate
from app.ui.dialogs import ConfirmDialog, MessageDialog
from app.ui.grid import GAP, on_grid
from app.ui.organisation_dialogs import (
    ChangePassphraseDialog,
    CreateOrganisationDialog,
    InviteCodeDialog,
    InviteDialog,
    JoinDialog,
)
from app.ui.services import Services
from app.ui.unlock import KeyRing, busy_cursor

NAME, ID, ROLE, ADDED, REMOVED = range(5)


class LaptopsModel(QAbstractTableModel):
    """The laptops of the member list: name, id, role, added, removed; this laptop's row in bold."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.laptops: tuple[Laptop, ...] = ()
        self.this_laptop = ""

    def set_laptops(self, laptops: tuple[Laptop, ...], this_laptop: str) -> None:
        self.beginResetModel()
        self.laptops, self.this_laptop = laptops, this_laptop
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.laptops)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole or not 0 <= section < 5:
            return None
        return (self.tr("Name"), self.tr("Id"), self.tr("Role"), self.tr("Added"), self.tr("Removed"))[section]

    def role_text(self, role: str) -> str:
        return self.tr("Coordinator") if role == "coordinator" else self.tr("Agent")

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.laptops):
            return None
        laptop = self.laptops[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == NAME:  # from a file: control characters shown, never acted on
                if laptop.id != self.this_laptop:
                    return shown_text(laptop.name)
                # In an isolate: "(this laptop)" then reads in the window's language after a name in another.
                return isolate_name(laptop.name) + self.tr(" (this laptop)")
            if column == ID:
                return isolate_ltr(laptop.id)
            if column == ROLE:
                return self.role_text(laptop.role)
            when = laptop.added_at if column == ADDED else laptop.removed_at
            return isolate_if_ltr(show_datetime(when, self.lang)) if when else ""
        if role == Qt.ItemDataRole.ForegroundRole and laptop.removed:  # a removed laptop, greyed
            return QGuiApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.FontRole and laptop.id == self.this_laptop:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return laptop.id
        return None


class OrganisationPage(QWidget):
    organisation_changed = Signal()

    def __init__(self, services: Services, keyring: KeyRing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.keyring = keyring
        self.held: Organisation | None = None
        layout = on_grid(QVBoxLayout(self), margin=GAP)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # the organisation's name comes from a file
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.this_laptop = QLabel()
        self.this_laptop.setTextFormat(Qt.TextFormat.PlainText)
        self.this_laptop.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # to copy the id
        layout.addWidget(self.this_laptop)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        self.create_button = QPushButton(self.tr("Create…"))
        self.join_button = QPushButton(self.tr("Join…"))
        start = on_grid(QHBoxLayout())
        start.addWidget(self.create_button)
        start.addWidget(self.join_button)
        start.addStretch(1)
        layout.addLayout(start)
        self.model = LaptopsModel(services.lang, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(TextDirectionDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.invite_button = QPushButton(self.tr("Invite…"))
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.passphrase_button = QPushButton(self.tr("Change passphrase…"))
        self.export_button = QPushButton(self.tr("Export the public part…"))
        actions = on_grid(QHBoxLayout())
        for button in (self.invite_button, self.remove_button, self.passphrase_button, self.export_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.filler = QWidget()  # takes the table's room when there is no table: the lines stay together
        layout.addWidget(self.filler, 1)

        self.create_button.clicked.connect(self.create)
        self.join_button.clicked.connect(self.join)
        self.invite_button.clicked.connect(self.invite)
        self.remove_button.clicked.connect(self.remove_selected)
        self.passphrase_button.clicked.connect(self.change_passphrase)
        self.export_button.clicked.connect(self.export_public_part)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_remove())
        self.refresh()

    # --- what is shown ----------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        store = self.services.store
        self.held = held = organisation.load(store)
        laptop_id = isolate_ltr(store.device_id)
        member = held is not None
        for widget in (self.table, self.invite_button, self.remove_button, self.passphrase_button,
                       self.export_button):  # fmt: skip
            widget.setVisible(member)
        for widget in (self.create_button, self.join_button, self.filler):
            widget.setVisible(not member)
        if held is None:
            self.heading.setText(self.tr("This laptop belongs to no organisation."))
            self.this_laptop.setText(self.tr("This laptop's id: %1").replace("%1", laptop_id))
            self.explanation.setText(self.tr("In an organisation, files on sticks are sealed (only its laptops can "
                                             "read them) and every change is signed by the laptop that made it. A "
                                             "coordinator creates the organisation, then invites each laptop: give "
                                             "the coordinator this laptop's id if it already holds data."))  # fmt: skip
            self.model.set_laptops((), store.device_id)
            return
        this = held.this_laptop
        role = self.model.role_text(this.role) if this is not None else self.tr("not in the list")
        self.heading.setText(self.tr("Organisation “%1”").replace("%1", isolate_name(held.members.name)))
        self.this_laptop.setText(self.tr("This laptop's id: %1 · %2").replace("%1", laptop_id).replace("%2", role))
        coordinator = held.is_coordinator
        self.explanation.setText(self.tr("As a coordinator's laptop, this one invites laptops and removes a lost or "
                                         "stolen one. Every change to the list reaches the other laptops with the "
                                         "next files exchanged.") if coordinator else
                                 self.tr("A coordinator invites laptops and removes a lost or stolen one; this page "
                                         "shows the list as it last reached this laptop."))  # fmt: skip
        self.invite_button.setVisible(coordinator)
        self.remove_button.setVisible(coordinator)
        if held.restored_copy:  # its keys are another device's: it joins again, with an invite for its new id
            self.join_button.setVisible(True)
            self.explanation.setText(self.tr("This database is a restored copy: it became a new device, which the "
                                             "list does not name, so it can neither sign nor export its changes. "
                                             "Give a coordinator this laptop's id for a new invite, then join with "
                                             "it."))  # fmt: skip
        self.model.set_laptops(held.members.laptops, held.laptop)
        self._update_remove()

    def selected_laptop(self) -> Laptop | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.laptops[rows[0].row()] if rows else None

    def _update_remove(self) -> None:
        laptop = self.selected_laptop()
        self.remove_button.setEnabled(laptop is not None and not laptop.removed
                                      and laptop.id != self.services.store.device_id)  # fmt: skip

    def _done(self, text: str) -> None:
        self.refresh()
        self.status.setText(text)
        self.organisation_changed.emit()

    def _failed(self, error: TaawunError) -> None:
        MessageDialog.show_error(self, window_message(error, self.services.lang))

    # --- actions ----------------------------------------------------------------------------------------------------

    def create(self) -> None:
        store = self.services.store

        def perform(name: str, passphrase: str) -> Unlocked:
            made = organisation.create(store, name, passphrase)
            return made.unlock(passphrase)  # once more: the session has the keys without asking again

        keys = CreateOrganisationDialog.ask(self, self.services.lang, perform)
        if keys is not None:
            self.keyring.remember(keys)
            self._done(self.tr("The organisation was created; this laptop is its coordinator."))

    def join(self) -> None:
        store = self.services.store
        former = None
        if self.held is not None:  # a restored copy joins again: the keys it holds sign its former self's versions
            former = self.keyring.keys(self)
            if former is None:
                return

        def perform(path: Path, code: str, passphrase: str) -> Unlocked:
            return join(store, read_invite(path), code, passphrase, former=former)

        keys = JoinDialog.ask(self, self.services.lang, perform)
        if keys is not None:
            self.keyring.remember(keys)
            self._done(self.tr("This laptop has joined the organisation."))

    def invite(self) -> None:
        keys = self.keyring.keys(self)
        if keys is None:
            return
        store = self.services.store

        def perform(name: str, laptop_id: str | None, coordinator: bool, path: Path) -> tuple[str, Path]:
            content, code = invite(store, keys, name, laptop_id, coordinator)
            return code, write_invite(path, content)

        done = InviteDialog.ask(self, self.services.lang, perform)
        if done is not None:
            code, path = done
            self._done(self.tr("The invite was written to %1.").replace("%1", isolate_ltr(str(path))))
            InviteCodeDialog.ask(self, code, path)

    def remove_selected(self) -> None:
        laptop = self.selected_laptop()
        if laptop is None:
            return
        assert self.held is not None
        until = isolate_ltr(removal_limit(self.services.store, laptop, self.held.members))
        question = self.tr("Remove the laptop “%1” (%2) from the organisation? Its new files will be refused "
                           "everywhere the new list arrives, and it cannot come back under this id. Its work up to "
                           "%3 (the newest this laptop holds) stays; if it passed later work to another laptop, "
                           "merge that laptop's file first.").replace("%1", shown_text(laptop.name)).replace(
                               "%2", isolate_ltr(laptop.id)).replace("%3", until)  # fmt: skip
        if not ConfirmDialog.ask(self, self.tr("Remove a laptop"), question, dangerous=True):
            return
        keys = self.keyring.keys(self)
        if keys is None:
            return
        try:
            with busy_cursor():
                remove(self.services.store, keys, laptop.id)
        except TaawunError as error:
            self._failed(error)
            return
        self._done(self.tr("The laptop “%1” was removed. Export a package to every laptop so the new list reaches "
                           "them.").replace("%1", shown_text(laptop.name)))  # fmt: skip

    def change_passphrase(self) -> None:
        store = self.services.store

        def perform(old: str, new: str) -> bool:
            change_passphrase(store, old, new)
            return True

        if ChangePassphraseDialog.ask(self, self.services.lang, perform):
            self._done(self.tr("The passphrase was changed. Every file stays readable."))

    def export_public_part(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the public part"), "taawun-organisation.json",
                                              self.tr("JSON files (*.json)"))  # fmt: skip
        if not path:
            return
        try:
            try:
                write_atomically(path, public_part(self.services.store).encode("utf-8"))
            except OSError as error:
                raise FileNotWritten("org_public_not_written", path, error) from None
        except TaawunError as error:
            self._failed(error)
            return
        self._done(self.tr("The public part (the list of laptops and their public keys) was written to %1.")
                   .replace("%1", isolate_ltr(path)))  # fmt: skip
