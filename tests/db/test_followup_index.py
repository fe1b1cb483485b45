"""The follow-up board's items as a derived table (app/db/followup_index.py) on real SQLite files: kept in step by
saves and deletions, a cooperative's place followed, unchanged rows never rewritten, drafts marked and not counted
overdue, damage found by `taawun check` and rebuilt by `taawun check --repair`."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from followup_support import count_writes, in_step

from app.cli import main as cli_main
from app.core.forms import FormRegistry
from app.db import followup_index
from app.db.followups import BoardFilters, board_count, board_items, overdue_count
from app.db.store import Store

DAY = dt.date(2026, 6, 11)


def stored(store: Store) -> list[tuple[Any, ...]]:
    return store.conn.execute("SELECT record_id, idx, draft, due_key, done_on, province, cooperative FROM"
                              " followup_items ORDER BY record_id, idx").fetchall()  # fmt: skip


def recommend(*due: str | None) -> list[dict[str, str]]:
    return [{"action": f"توصية {i}", **({"due_date": d} if d else {})} for i, d in enumerate(due, 1)]


@pytest.fixture
def coop(store: Store) -> str:
    return store.create("cooperative", {"name_ar": "تعاونية أكلو", "province": "تيزنيت", "commune": "أكلو"})


def visit(store: Store, coop: str, *due: str | None, draft: bool = False) -> str:
    data = {"cooperative": coop, "visit_date": "2026-05-02", "observations": "م", "recommendations": recommend(*due)}
    return store.create("visit", data, draft=draft)


def test_saves_and_deletions_keep_the_items_in_step(store: Store, coop: str) -> None:
    first = visit(store, coop, "2026-06-01", None)
    assert [(r[0], r[1], r[3], r[5]) for r in stored(store)] == [(first, 1, "2026-06-01", "تيزنيت"),
                                                                 (first, 2, "9999-99-99", "تيزنيت")]  # fmt: skip
    store.update(first, {"recommendations": recommend("2026-07-01")})  # one item fewer, its date changed
    assert [(r[1], r[3]) for r in stored(store)] == [(1, "2026-07-01")] and in_step(store)
    second = visit(store, coop, "2026-05-01")
    store.update(coop, {"province": "خنيفرة"})  # its visits' items move with it
    assert {r[5] for r in stored(store)} == {"خنيفرة"} and in_step(store)
    store.delete(first)
    assert [r[0] for r in stored(store)] == [second] and in_step(store)
    with store.transaction():  # a tombstone a merge brings while a visit names it: the items keep no place
        store.conn.execute("UPDATE records SET deleted = 1 WHERE id = ?", (coop,))
    assert [r[5] for r in stored(store)] == [None] and in_step(store)
    assert board_count(store.conn, store.forms, BoardFilters(province="خنيفرة"), today=DAY) == 0


def test_an_edit_that_leaves_the_recommendations_alone_writes_no_item_row(store: Store, coop: str) -> None:
    ids = [visit(store, coop, "2026-06-01", "2026-08-01") for _ in range(5)]
    before = stored(store)
    writes = count_writes(store.conn)
    for record_id in ids:
        store.update(record_id, {"observations": "ملاحظة أخرى"})
    assert writes() == 0 and stored(store) == before
    store.update(ids[0], {"recommendations": recommend("2026-06-01", "2026-09-01")})  # one item changed
    assert writes() == 1 and in_step(store)


def test_a_drafts_items_are_marked_and_not_counted_overdue(store: Store, coop: str) -> None:
    """A draft's recommendation is on the board as `draft` (italic and "Draft" in the window, the PDF, the XLSX): not
    open, not overdue, so the overdue count is of finished records only (as the indicator report counts)."""
    final = visit(store, coop, "2026-06-01")
    draft = visit(store, coop, "2026-06-01", "2026-12-01", draft=True)
    items = {(i.record_id, i.index): (i.status, i.draft) for i in board_items(store.conn, store.forms,
                                                                                 BoardFilters(), today=DAY)}  # fmt: skip
    assert items == {(final, 1): ("overdue", False), (draft, 1): ("draft", True), (draft, 2): ("draft", True)}
    assert overdue_count(store, today=DAY) == 1
    counted = {status: board_count(store.conn, store.forms, BoardFilters(status=status), today=DAY)
               for status in ("overdue", "open", "draft", "done", "pending")}  # fmt: skip
    assert counted == {"overdue": 1, "open": 0, "draft": 2, "done": 0, "pending": 3}
    store.update(draft, {}, draft=False)  # finished: its late recommendation is counted
    assert overdue_count(store, today=DAY) == 2 and in_step(store)


def test_check_finds_damaged_or_missing_items_and_repair_rebuilds_them(db_path: Path, shipped_forms: FormRegistry,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    with Store.open(db_path, forms=shipped_forms, author="فاطمة", device_name="x") as store:
        coop = store.create("cooperative", {"name_ar": "تعاونية", "province": "تيزنيت"})
        first, second = visit(store, coop, "2026-06-01"), visit(store, coop, "2026-06-02", "2026-07-03")
        store.conn.execute("UPDATE followup_items SET due_key = '2020-01-01' WHERE record_id = ?", (first,))
        store.conn.execute("DELETE FROM followup_items WHERE record_id = ? AND idx = 2", (second,))
        store.conn.execute("INSERT INTO followup_items (record_id, idx, form, draft, due_key, created_at) VALUES"
                           " ('nobody', 1, 'visit', 0, '2020-01-01', '2020')")  # fmt: skip
        assert followup_index.problems(store.conn, store.forms) == [
            "follow-up items: 2 missing or outdated (taawun check --repair rebuilds them)",
            "follow-up items: 1 of no live record or recommendation (taawun check --repair rebuilds them)",
        ]
        assert overdue_count(store, today=DAY) == 3  # wrong: the damage shows
    assert cli_main(["--db", str(db_path), "--lang", "en", "check"]) == 3
    assert "follow-up items: 2 missing or outdated" in capsys.readouterr().out
    assert cli_main(["--db", str(db_path), "--lang", "en", "check", "--repair"]) == 0
    with Store.open(db_path, forms=shipped_forms, author="فاطمة", device_name="x") as store:
        assert overdue_count(store, today=DAY) == 2 and in_step(store)
        assert board_count(store.conn, store.forms, BoardFilters(), today=DAY) == 3
    sqlite3.connect(db_path).executescript("DROP TABLE followup_items")  # removed by hand: made again at start
    assert cli_main(["--db", str(db_path), "--lang", "en", "check"]) == 0
    with Store.open(db_path, forms=shipped_forms, author="فاطمة", device_name="x") as store:  # made again at start
        assert followup_index.schema_problems(store.conn) == [] and in_step(store)
        assert board_count(store.conn, store.forms, BoardFilters(), today=DAY) == 3


def test_items_are_made_again_for_other_forms_or_another_program_s_writes(db_path: Path,
                                                                          shipped_forms: FormRegistry) -> None:  # fmt: skip
    with Store.open(db_path, forms=shipped_forms, author="فاطمة", device_name="x") as store:
        coop = store.create("cooperative", {"name_ar": "تعاونية", "province": "تيزنيت"})
        made = visit(store, coop, "2026-06-01")
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE meta SET value = 'other' WHERE key = 'followup_items_signature'")
    conn.execute("DELETE FROM followup_items")
    # Another program edits the record: the triggers in the file queue it.
    conn.execute("UPDATE records SET data = json_set(data, '$.recommendations[0].due_date', '2026-01-01')"
                 " WHERE id = ?", (made,))  # fmt: skip
    conn.commit()
    conn.close()
    with Store.open(db_path, forms=shipped_forms, author="فاطمة", device_name="x") as store:
        assert [(r[0], r[3]) for r in stored(store)] == [(made, "2026-01-01")] and in_step(store)


def test_a_save_never_changes_the_files_schema(store: Store, coop: str) -> None:
    """Other connections (the window's, a check's snapshot) would have to read the schema again: the indexes are
    made again only for a bulk of records, never for a save, even while the items table is empty."""
    before = store.conn.execute("PRAGMA schema_version").fetchone()[0]
    store.update(coop, {"name_ar": "تعاونية أخرى"})  # no item anywhere: the table is empty
    made = visit(store, coop, "2026-06-01")
    store.delete(made)
    assert store.conn.execute("PRAGMA schema_version").fetchone()[0] == before
