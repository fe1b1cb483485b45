"""A row of a record changed since the export (app/exchange/importing.py): imported as the record's new version, and
a conflict recorded between the version the record held and the sheet's, exactly as a merge records one (the same
id, reviewed and resolved the same way, carried by the sync packages); a dry run warns and writes nothing; a row
that changes nothing of the record, or nothing of what was exported, is no conflict."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from import_support import ChangedBothWays, Unchanged, write_xlsx

from app.core.dates import show_datetime
from app.db.store import Store
from app.exchange.import_plan import column_letter
from app.exchange.importing import import_sheet
from app.sync.conflicts import list_conflicts, resolve_conflict
from app.sync.export import export_package
from app.sync.merge import merge_files
from app.sync.package import conflict_id


@pytest.fixture
def changed(store: Store, tmp_path: Path) -> ChangedBothWays:
    return ChangedBothWays(store, tmp_path / "coops.xlsx")


def _conflict_rows(store: Store) -> list[tuple]:
    return store.conn.execute("SELECT id, record_id, hlc_a, hlc_b, held_hlc, detected_device, detected_device_name,"
                              " resolved_hlc FROM conflicts").fetchall()  # fmt: skip


def test_the_row_becomes_a_new_version_and_a_conflict_with_the_change_made_since(store: Store,
                                                                                changed: ChangedBothWays) -> None:  # fmt: skip
    result = import_sheet(store, "cooperative", changed.path, lang="en")
    assert result.written and result.problems == []
    assert (result.created, result.updated, result.unchanged, result.conflicts) == (0, 1, 1, 1)
    [warning] = result.warnings
    assert (warning.row, warning.code, warning.warning) == (changed.row, "import_changed_since_export", True)
    assert warning.value == changed.exported  # the row's `_version`, in its column
    # One new version, the sheet's, written as any import writes one; the version held stays in the history.
    history = store.history(changed.id)
    assert [v.hlc for v in history[:2]] == [changed.exported, changed.held] and len(history) == 3
    imported = history[2]
    assert imported.origin == f"coops.xlsx:{changed.row}" and imported.version == 3
    assert imported.data["commune"] == "Tafraout" and imported.data["members_total"] == 12
    record = store.get(changed.id)
    assert record.hlc == imported.hlc == max(v.hlc for v in history)  # the greatest stamp is shown meanwhile
    # One open conflict, named and stored as a merge stores one: found here, by this laptop.
    [conflict] = list_conflicts(store)
    assert conflict.id == conflict_id(changed.id, changed.held, imported.hlc)
    assert _conflict_rows(store) == [(conflict.id, changed.id, changed.held, imported.hlc, changed.held,
                                      store.device_id, store.device_name, None)]  # fmt: skip
    # "Mine" is the change made since the export, "theirs" the sheet's row.
    assert (conflict.mine.hlc, conflict.theirs.hlc, conflict.shown_hlc) == (changed.held, imported.hlc, imported.hlc)
    assert conflict.differing_fields() == ["commune", "members_total"]


@pytest.mark.parametrize(("keep", "commune", "members"), [("mine", "Aglou", 10), ("theirs", "Tafraout", 12)])
def test_resolving_keeps_either_side(store: Store, changed: ChangedBothWays, keep: str, commune: str,
                                     members: int) -> None:  # fmt: skip
    import_sheet(store, "cooperative", changed.path, lang="en")
    [conflict] = list_conflicts(store)
    done = resolve_conflict(store, conflict.id, keep=keep)
    assert done.closed == 1 and list_conflicts(store) == []
    record = store.get(changed.id)
    assert (record.data["commune"], record.data["members_total"], record.version) == (commune, members, 4)
    assert {changed.held, conflict.theirs.hlc} <= {v.hlc for v in store.history(changed.id)}


def test_the_dry_run_warns_and_writes_nothing(store: Store, changed: ChangedBothWays) -> None:
    unchanged = Unchanged(store)
    result = import_sheet(store, "cooperative", changed.path, dry_run=True, lang="en")
    unchanged.check()
    assert list_conflicts(store) == [] and result.problems == [] and result.bad_rows == 0
    assert (result.conflicts, result.duplicates) == (1, 0)
    when = show_datetime(store.get(changed.id).updated_at, "en")
    [warning] = result.warnings
    assert warning.message("en") == (f"Warning: This record changed since the export (فاطمة, {when}): this row "
                                     "becomes its new version, with a conflict to review.")  # fmt: skip
    # Listed in the workbook of problems as duplicates are: to look at in Excel before importing.
    assert result.problems_file == changed.path.with_name("coops-problems.xlsx")
    listing = openpyxl.load_workbook(result.problems_file).worksheets[0]
    rows = [list(row) for row in listing.iter_rows(min_row=2, values_only=True)]
    names = [cell.value for cell in openpyxl.load_workbook(changed.path).worksheets[0][2]]
    version_column = column_letter(names.index("_version"))
    assert [(r[1], r[2].split(" ")[0], r[3]) for r in rows] == [(changed.row, version_column, changed.exported)]
    assert "changed since the export" in rows[0][4]


@pytest.mark.parametrize("edit", ["current values", "untouched"])
def test_a_row_changing_nothing_is_no_conflict(store: Store, tmp_path: Path, edit: str) -> None:
    """A row holding the record's current values changes nothing; nor does a row Excel left as it was exported:
    the record's change since the export stands (writing the row back would undo it)."""
    changes = {"commune": "Aglou"} if edit == "current values" else {}
    changed = ChangedBothWays(store, tmp_path / "coops.xlsx", sheet_changes=changes)
    held = store.get(changed.id)
    result = import_sheet(store, "cooperative", changed.path, lang="en")
    assert result.written and (result.updated, result.unchanged, result.conflicts) == (0, 2, 0)
    assert result.warnings == [] and list_conflicts(store) == []
    assert store.get(changed.id) == held


def test_only_valid_rows_import_the_conflict_and_a_refused_sheet_records_none(store: Store,
                                                                             changed: ChangedBothWays) -> None:  # fmt: skip
    book = openpyxl.load_workbook(changed.path)
    book.worksheets[0].append([None, None, "تعاونية جديدة", None, None, "hier"])  # founded "yesterday": a problem
    book.save(changed.path)
    refused = import_sheet(store, "cooperative", changed.path, lang="en")
    assert not refused.written and refused.bad_rows == 1
    assert (refused.updated, refused.conflicts) == (0, 0) and list_conflicts(store) == []
    assert store.get(changed.id).hlc == changed.held
    result = import_sheet(store, "cooperative", changed.path, only_valid=True, lang="en")
    assert result.written and (result.bad_rows, result.updated, result.conflicts) == (1, 1, 1)
    [conflict] = list_conflicts(store)
    assert conflict.mine.hlc == changed.held and conflict.theirs.origin == f"coops.xlsx:{changed.row}"


def test_the_conflict_travels_to_another_laptop_as_the_same_conflict(store: Store, changed: ChangedBothWays,
                                                                     tmp_path: Path, shipped_forms) -> None:  # fmt: skip
    import_sheet(store, "cooperative", changed.path, lang="en")
    [here] = list_conflicts(store)
    stick = tmp_path / "stick"
    stick.mkdir()
    with Store.open(tmp_path / "other.db", forms=shipped_forms, author="علي", device_name="laptop-tiznit") as other:
        [outcome] = merge_files(other, [export_package(store, stick).path])
        assert outcome.merged and outcome.counts is not None and outcome.counts.conflicts == 1
        [there] = list_conflicts(other)
        assert there.id == here.id and _conflict_rows(other) == _conflict_rows(store)  # found by the importer
        assert (there.mine.hlc, there.theirs.hlc) == (changed.held, here.theirs.hlc)  # the same sides everywhere
        assert other.get(changed.id) == store.get(changed.id)
        # Resolved there, closed here by the next merge.
        resolve_conflict(other, there.id, keep="mine")
        (stick / "back").mkdir()
        [back] = merge_files(store, [export_package(other, stick / "back").path])
        assert back.merged and list_conflicts(store) == []
        assert store.get(changed.id).data["commune"] == "Aglou"


def test_a_conflict_row_left_out_as_a_likely_duplicate_records_no_conflict(store: Store,
                                                                          changed: ChangedBothWays) -> None:  # fmt: skip
    """The row is renamed in the sheet like the other cooperative of its commune, and such rows are left out."""
    changed.edit({"name_ar": "تعاونية النور", "commune": "Tiznit"})
    result = import_sheet(store, "cooperative", changed.path, skip_duplicates=True, lang="en")
    assert result.written and result.conflicts == 0
    assert changed.row in {w.row for w in result.warnings if w.code == "import_duplicate"}
    assert result.skipped_duplicates == result.duplicates > 0  # (the other row may be flagged too: it comes after)
    assert list_conflicts(store) == [] and store.get(changed.id).hlc == changed.held


def test_a_sheet_without_versions_updates_as_before(store: Store, tmp_path: Path) -> None:
    """No `_version` column: nothing to tell a change since the export by; the row is the record's new version."""
    record = store.create("cooperative", {"name_ar": "تعاونية الأمل", "commune": "Tafraout"})
    store.update(record, {"commune": "Aglou"})
    path = write_xlsx(tmp_path / "c.xlsx", [["_id", "commune"], [record, "Tiznit"]])
    result = import_sheet(store, "cooperative", path, lang="en")
    assert (result.updated, result.conflicts, result.warnings) == (1, 0, [])
    assert store.get(record).data["commune"] == "Tiznit" and list_conflicts(store) == []


def test_the_change_since_the_export_is_mine_wherever_it_was_made(store: Store, tmp_path: Path,
                                                                  shipped_forms) -> None:  # fmt: skip
    """The record was changed on another laptop after the export, and merged here: only the imported version is
    this laptop's, yet "mine" is still the version the record held and "theirs" the sheet's."""
    with Store.open(tmp_path / "peer.db", forms=shipped_forms, author="علي", device_name="laptop-tiznit") as peer:
        changed = ChangedBothWays(store, tmp_path / "coops.xlsx", peer=peer)
    assert store.history(changed.id)[-1].device == peer.device_id != store.device_id
    result = import_sheet(store, "cooperative", changed.path, lang="en")
    assert result.conflicts == 1
    [conflict] = list_conflicts(store)
    assert (conflict.mine.hlc, conflict.mine.author) == (changed.held, "علي")
    assert conflict.theirs.device == store.device_id and conflict.theirs.origin == f"coops.xlsx:{changed.row}"
