"""A record's history: every version (when, who, on which laptop), newest first, each with what changed, from what
to what, labelled in the user's language (the field-by-field comparison is app/core/changes.py's, shared with the
command line's `taawun history`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import FieldChange, field_changes
from app.core.dates import show_datetime
from app.core.display import TitleLookup, isolate_if_ltr, isolate_ltr, isolate_name
from app.core.forms import FormSpec
from app.core.messages import translate
from app.core.origin import origin_sentence
from app.core.shown import PARAM_LIMIT, shown_text
from app.db.store import Version
from app.ui.grid import DIALOG, on_grid

FIELD, BEFORE, AFTER = 0, 1, 2


def _labelled_changes(old: dict[str, Any] | None, new: dict[str, Any], labels: dict[str, str]) -> list[FieldChange]:
    """What changed when only the fields' labels are known (no form at hand): values as stored."""
    before, after = old or {}, new

    def plain(value: Any) -> str:
        if value is None or value == "" or value == []:
            return ""
        return value if isinstance(value, str) else str(value)

    names = [name for name in labels if name in {*before, *after}]
    names += sorted({*before, *after} - set(labels))
    return [FieldChange(name, labels.get(name, name), plain(before.get(name)), plain(after.get(name)),
                        before.get(name), after.get(name))
            for name in names if plain(before.get(name)) != plain(after.get(name))]  # fmt: skip


class HistoryDialog(QDialog):
    """Who changed what, when, on which laptop: one entry per version, its changes beneath it."""

    def __init__(self, parent: QWidget | None, versions: list[Version], *, lang: str, labels: dict[str, str] | None = None,
                 form: FormSpec | None = None, titles: TitleLookup | None = None,
                 signatures: dict[str, str] | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.lang = lang
        # In an organisation, by stamp: which laptop signed each version (app/security/version_signing.py).
        self.signatures = signatures or {}
        page_form = getattr(parent, "form", None)
        if form is None and isinstance(page_form, FormSpec):
            # Asked by a record page that names only the labels: its form gives the choices' labels and the dates'
            # format (until every caller passes `form` and `titles`).
            form = page_form
            context = getattr(parent, "context", None)
            titles = titles or getattr(context, "record_title", None)
        self.setWindowTitle(self.tr("History"))
        self.resize(900, 560)  # within a 1280x672 screen
        layout = on_grid(QVBoxLayout(self), margin=DIALOG)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("What changed"), self.tr("From"), self.tr("To")])
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(FIELD, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(BEFORE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AFTER, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(FIELD, 260)
        previous: dict[str, Any] | None = None
        entries = []
        for version in versions:
            if version.deleted:
                changes: list[FieldChange] | None = None
            elif form is not None:
                changes = field_changes(form, previous, version.data, lang, titles=titles)
            else:
                changes = _labelled_changes(previous, version.data, labels or {})
            entries.append((version, changes, previous is None))
            if not version.deleted:
                previous = version.data
        for version, changes, first in reversed(entries):  # newest first
            self._add_version(version, changes, first=first)
        layout.addWidget(self.tree)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _add_version(self, version: Version, changes: list[FieldChange] | None, *, first: bool) -> None:
        # Authors, laptops, labels and values may come from another laptop's file: escaped and bounded.
        if changes is None:
            what = translate("version_deleted", self.lang)
        elif first:
            what = self.tr("Created")
        else:
            what = self.tr("%n field(s) changed", "", len(changes))
        heading = (self.tr("Version %1 · %2 · %3 on %4 · %5")
                   .replace("%1", str(version.version)).replace("%2", isolate_ltr(show_datetime(version.changed_at,
                                                                                                  self.lang)))
                   .replace("%3", isolate_name(version.author)).replace("%4", isolate_name(version.device_name))
                   .replace("%5", what))  # fmt: skip
        origin = origin_sentence(version.origin, self.lang, name=isolate_name)
        if origin:  # where it came from, when no one typed it here: "Imported from FILE, row N"
            heading += " · " + origin
        if version.hlc in self.signatures:  # "signed by LAPTOP", checked against the organisation's list
            heading += " · " + self.signatures[version.hlc]
        item = QTreeWidgetItem([heading])
        font = QFont(item.font(0))
        font.setBold(True)
        item.setFont(0, font)
        self.tree.addTopLevelItem(item)
        item.setFirstColumnSpanned(True)
        empty = self.tr("(empty)")
        for change in changes or []:
            # A number, a GPS point or a date keeps its own order in an Arabic cell ("-5.5763", not "5.5763-").
            cells = [shown_text(change.label, limit=PARAM_LIMIT),
                     isolate_if_ltr(shown_text(change.old, multiline=True, limit=PARAM_LIMIT)) or empty,
                     isolate_if_ltr(shown_text(change.new, multiline=True, limit=PARAM_LIMIT)) or empty]  # fmt: skip
            child = QTreeWidgetItem(cells)
            for column, text in enumerate(cells):
                child.setToolTip(column, text)
            for column, value in ((BEFORE, change.old_value), (AFTER, change.new_value)):
                if value is None:
                    child.setForeground(column, self.palette().placeholderText())
            item.addChild(child)
        item.setExpanded(True)

    def version_items(self) -> list[QTreeWidgetItem]:
        return [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]

    @classmethod
    def ask(cls, parent: QWidget | None, versions: list[Version], *, lang: str, labels: dict[str, str] | None = None,
            form: FormSpec | None = None, titles: TitleLookup | None = None,
            signatures: dict[str, str] | None = None) -> None:  # fmt: skip
        cls(parent, versions, lang=lang, labels=labels, form=form, titles=titles, signatures=signatures).exec()
