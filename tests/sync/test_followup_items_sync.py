"""The follow-up items (a derived table, app/db/followup_index.py) across USB merges: made from what a merge brings,
not rewritten when the recommendations did not change, left out of packages, and packages of the schema before them
(8) merged both ways."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from followup_support import count_writes, in_step
from older_release import release_of_schema

from app.db import followup_index
from app.db.followups import BoardFilters, board_items
from app.db.schema import LATEST_VERSION
from app.db.store import Store
from app.sync.export import export_package
from app.sync.merge import merge_file

DAY = dt.date(2026, 6, 11)
BEFORE_ITEMS = 8  # the schema of the release before the follow-up items (migration 9)


def export_to(store: Store, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return export_package(store, folder).path


def items(store: Store) -> list[tuple[Any, ...]]:
    return store.conn.execute("SELECT * FROM followup_items ORDER BY record_id, idx").fetchall()


def board(store: Store) -> list[tuple[str, int, str, str]]:
    return [(i.record_id, i.index, i.action, i.status)
            for i in board_items(store.conn, store.forms, BoardFilters(), today=DAY)]  # fmt: skip


def visits(store: Store, count: int) -> list[str]:
    coop = store.create("cooperative", {"name_ar": "تعاونية أكلو", "province": "تيزنيت", "commune": "أكلو"})
    return [store.create("visit", {"cooperative": coop, "visit_date": "2026-05-02", "observations": "م",
                                   "recommendations": [{"action": f"توصية {n}", "due_date": f"2026-06-{n % 28 + 1:02d}"},
                                                       {"action": "بلا أجل"}]}) for n in range(count)]  # fmt: skip


@pytest.mark.parametrize("way", ["inline", "caught-up", "bulk"])
def test_a_merge_of_edits_that_leave_the_recommendations_alone_writes_no_item_row(
    laptop: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, way: str
) -> None:  # fmt: skip
    """Issue 18's pull of edited visits: the items of visits whose recommendations did not change are not rewritten,
    whether the merge makes them before its commit or leaves them to the catch-up (a large merge)."""
    a, b = laptop("a"), laptop("b")
    made = visits(a, 12)
    assert merge_file(b, export_to(a, tmp_path / "first")).merged
    assert items(b) == items(a) and len(items(b)) == 24 and in_step(b)
    for record_id in made:
        a.update(record_id, {"observations": "ملاحظة أخرى"})
    a.update(made[0], {"recommendations": [{"action": "توصية جديدة", "due_date": "2026-06-20"}]})
    inline = way == "inline"
    if not inline:  # left to the catch-up, as a large merge; "bulk": most records queued, the indexes made again
        monkeypatch.setattr(followup_index, "INLINE_AT_MOST", 0)
        monkeypatch.setattr(followup_index, "_BULK_AT", 0 if way == "bulk" else 10_000)
    writes = count_writes(b.conn)
    outcome = merge_file(b, export_to(a, tmp_path / "second"))
    assert outcome.merged and outcome.counts is not None and outcome.counts.updated == 12
    assert followup_index.has_pending(b.conn) is not inline
    b.catch_up_derived()
    # Visit 0: its first item changed, its second removed; nothing else written.
    assert writes() == 2 and items(b) == items(a) and in_step(b)
    assert board(b) == board(a)


def test_a_deletion_a_merge_brings_removes_the_items(laptop: Any, tmp_path: Path) -> None:
    a, b = laptop("a"), laptop("b")
    made = visits(a, 3)
    assert merge_file(b, export_to(a, tmp_path / "first")).merged
    a.delete(made[1])
    assert merge_file(b, export_to(a, tmp_path / "second")).merged
    assert {row[0] for row in items(b)} == {made[0], made[2]} and items(b) == items(a) and in_step(b)


def test_a_package_leaves_the_items_out_and_a_package_opened_as_a_database_makes_them(
    laptop: Any, tmp_path: Path, shipped_forms: Any
) -> None:  # fmt: skip
    a = laptop("a")
    visits(a, 2)
    package = export_to(a, tmp_path / "out")
    conn = sqlite3.connect(package)
    try:
        assert conn.execute("SELECT name FROM sqlite_master WHERE name LIKE 'followup%'").fetchall() == []
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    finally:
        conn.close()
    opened = tmp_path / "opened.db"
    opened.write_bytes(package.read_bytes())
    with Store.open(opened, forms=shipped_forms, author="x", device_name="x") as store:
        assert items(store) == items(a) and in_step(store)


def test_packages_of_the_schema_before_the_items_merge_both_ways(laptop: Any, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    newer = laptop("newer")
    sent = visits(newer, 2)
    package = export_to(newer, tmp_path / "newer")
    with release_of_schema(monkeypatch, BEFORE_ITEMS):
        older = laptop("older")
        assert older.conn.execute("PRAGMA user_version").fetchone()[0] == BEFORE_ITEMS
        outcome = merge_file(older, package)  # a laptop not updated yet reads this release's package
        assert outcome.merged, outcome.rejection and outcome.rejection.message("en")
        older_made = visits(older, 1)
        relayed = export_to(older, tmp_path / "older")
        older.close()
    assert sqlite3.connect(relayed).execute("PRAGMA user_version").fetchone()[0] == BEFORE_ITEMS
    third = laptop("third")  # this release reads the older laptop's package, and makes the items of what it brought
    outcome = merge_file(third, relayed)
    assert outcome.merged, outcome.rejection and outcome.rejection.message("en")
    assert {row[0] for row in items(third)} == {*sent, *older_made} and in_step(third)
    updated = laptop("older")  # the older laptop updated: migration 9 makes the items of everything it holds
    assert updated.conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    assert items(updated) == items(third) and in_step(updated)
