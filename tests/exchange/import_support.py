"""What the import tests share: mixed records as agents in Tiznit type them, sheets written by hand (openpyxl, as
a person's workbook is), and a way to tell that nothing at all was written to a database."""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path
from typing import Any

import openpyxl

from app.db.demo import load_demo
from app.db.store import Store

PHOTO = b"\xff\xd8\xff\xe0" + b"not really a jpeg, but bytes all the same" * 10


def add_mixed(store: Store) -> dict[str, str]:
    """The demo event, and records in Arabic, French and Tifinagh with Arabic-Indic digits, a note that starts
    like a formula, a draft, a deleted record. Returns the ids of the records added."""
    load_demo(store)
    digest = hashlib.sha256(PHOTO).hexdigest()
    cooperative = store.create("cooperative", {
        "name_ar": "تعاونية ⵜⴰⵡⵓⵏ Tawun للأركان", "name_fr": "Coopérative Tawun (Argan) ⴰⵔⴳⴰⵏ",
        "registration_number": "١٢٣/٢٠٢٤", "founded_on": "17/05/2019", "legal_form": "cooperative",
        "sectors": ["argan", "agriculture"], "products": "=SUM(A1:A9) زيت الأركان\namlou, ⴰⵎⵍⵓ",
        "province": "تيزنيت", "commune": "Tafraout", "location": {"lat": 29.7209, "lon": -8.9763, "alt": 1012.5},
        "members_total": "٤٥", "members_women": 30, "phone": "0612345678", "notes": "+212 et -5 °C : «نعم»",
    })  # fmt: skip
    visit = store.create("visit", {
        "cooperative": cooperative, "visit_date": "2025-05-19", "purpose": "follow_up",
        "observations": "@agent: الإنتاج ٣٠٠ لتر", "photos": [{"sha256": digest, "name": "الوحدة.jpg"}],
        "recommendations": [{"action": "تكوين في التسويق", "responsible": "ONCA", "due_date": "2025-06-30"},
                            {"action": "Étiquetage ⵜⵉⴼⵉⵏⴰⵖ"}],
    }, new_photos=[(PHOTO, "image/jpeg")])  # fmt: skip
    draft = store.create("visit", {"cooperative": cooperative, "visit_date": "2025-05-20"}, draft=True)
    gone = store.create("cooperative", {"name_ar": "تعاونية محذوفة"})
    store.delete(gone)
    return {"cooperative": cooperative, "visit": visit, "draft": draft}


def write_xlsx(path: Path, rows: list[list[Any]], *, title: str = "Feuil1", merge: str | None = None) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    if merge:
        sheet.merge_cells(merge)
    book.save(path)
    return path


def write_csv(path: Path, rows: list[list[Any]], *, encoding: str = "utf-8-sig", delimiter: str = ",") -> Path:
    with path.open("w", encoding=encoding, newline="") as stream:
        csv.writer(stream, delimiter=delimiter).writerows(rows)
    return path


class Unchanged:
    """The database as it is now, to compare with later: its totals, its records' versions, and the number of rows
    its connection ever changed (SQLite's total_changes: a statement that writes counts, even rolled back). (The
    bytes of the file are compared where the store is closed: never read a database file beside a connection.)"""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.before = self._state()

    def _state(self) -> tuple[Any, ...]:
        records = self.store.conn.execute("SELECT id, hlc FROM records ORDER BY id").fetchall()
        return self.store.totals(), self.store.conn.total_changes, records

    def check(self, *, statements: bool = True) -> None:
        """`statements`: not one row was even tried (a dry run); otherwise the data are as before (a rollback)."""
        totals, changes, records = self._state()
        assert (totals, records) == (self.before[0], self.before[2])
        if statements:
            assert changes == self.before[1]


class ChangedBothWays:
    """A cooperative exported to `path`, then changed in the app (its commune) and, in the workbook, on its row (its
    members, or the `sheet_changes`): the import finds the record changed since the export. With a `peer` laptop,
    the cooperative is created and changed there, each time carried here by a sync package before the import.
    `held` is the stamp of the version written after the export; `row` the cooperative's row in the sheet."""

    def __init__(self, store: Store, path: Path, *, sheet_changes: dict[str, Any] | None = None, lang: str = "en",
                 peer: Store | None = None) -> None:  # fmt: skip
        from app.db.listing import ListQuery
        from app.exchange.export import export_lists

        self.path = path
        author = peer or store
        self.id = author.create("cooperative", {"name_ar": "تعاونية الأمل", "commune": "Tafraout", "members_total": 10})
        self.other = store.create("cooperative", {"name_ar": "تعاونية النور", "commune": "Tiznit"})
        self._carry(peer, store)
        export_lists(store, [ListQuery("cooperative")], path, fmt=path.suffix[1:], lang=lang)
        self.exported = store.get(self.id).hlc
        self.held = author.update(self.id, {"commune": "Aglou"}).hlc  # the change made since the export
        self._carry(peer, store)
        self.row = self.edit(sheet_changes if sheet_changes is not None else {"members_total": 12})

    def _carry(self, peer: Store | None, store: Store) -> None:
        """The peer's package merged here (nothing without a peer)."""
        from app.sync.export import export_package
        from app.sync.merge import merge_files

        if peer is None:
            return
        folder = self.path.parent / f"stick-{len(list(self.path.parent.glob('stick-*')))}"
        folder.mkdir()
        [outcome] = merge_files(store, [export_package(peer, folder).path])
        assert outcome.merged

    def edit(self, changes: dict[str, Any], *, record_id: str | None = None) -> int:
        """Set cells of a record's row (by field name), as a person does in Excel; returns the row's number."""
        book = openpyxl.load_workbook(self.path)
        sheet = book.worksheets[0]
        names = [cell.value for cell in sheet[2]]
        found = next(r for r in sheet.iter_rows(min_row=3) if r[names.index("_id")].value == (record_id or self.id))
        for name, value in changes.items():
            found[names.index(name)].value = value
        book.save(self.path)
        return found[0].row
