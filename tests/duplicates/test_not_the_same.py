"""Two different cooperatives "Al Amal" of one commune, marked "not the same" (app/db/distinct_pairs.py), are no longer
proposed: not in the list of likely duplicates, the note after saving, `taawun duplicates`, nor after a merge; the
other pairs still are. A mark names two live records of one form declaring duplicates, and is made once."""

from __future__ import annotations

import json
import sqlite3
import uuid
from pathlib import Path

import pytest
from cli_run import run_cli

from app.core.bounds import DISTINCT_PAIRS_MAX
from app.core.errors import InvalidInput
from app.db.distinct_pairs import mark_distinct, marked_pairs, ordered
from app.db.duplicate_check import check_saved_record
from app.db.duplicates import candidates, find_duplicates, pairs_touching, stamps
from app.db.store import Store


def three_of_a_name(store: Store) -> tuple[str, str, str]:
    """Two cooperatives "Al Amal" of Mrirt (different ones, as it happens) and one written in French, of Mrirt too."""
    first = store.create("cooperative", {"name_ar": "تعاونية الأمل", "commune": "مريرت"})
    second = store.create("cooperative", {"name_ar": "التعاونية الامل", "commune": "مريرت"})
    third = store.create("cooperative", {"name_ar": "تعاونية", "name_fr": "Coopérative Al Amal", "commune": "مريرت"})
    return first, second, third


def pairs(store: Store) -> set[tuple[str, str]]:
    return {(pair.first, pair.second) for pair in find_duplicates(store, "cooperative")}


def test_a_marked_pair_is_proposed_nowhere_and_the_others_still_are(store: Store) -> None:
    first, second, third = three_of_a_name(store)
    assert pairs(store) == {ordered(first, second), ordered(first, third), ordered(second, third)}
    before = stamps(store)
    assert mark_distinct(store, second, first)  # in either order
    assert marked_pairs(store.conn) == {ordered(first, second)}
    assert pairs(store) == {ordered(first, third), ordered(second, third)}
    assert {pair.second for pair in candidates(store, "cooperative", store.get(first).data, record_id=first)} == {third}
    found = check_saved_record(store.path, store.forms, first, lang="en", limit=5)  # the note after saving
    assert [candidate.record_id for candidate in found] == [third]
    store.update(first, {"members_total": 9})  # a record changed (as by a merge): its pairs are told again, not this
    assert {(p.first, p.second) for _, p in pairs_touching(store, before).pairs} == {ordered(first, third)}
    row = store.conn.execute("SELECT marked_by, device, device_name FROM distinct_pairs").fetchone()
    assert row == (store.author, store.device_id, store.device_name)


def test_a_mark_is_made_once_and_only_between_two_live_records_of_one_form_that_declares_duplicates(
    store: Store,
) -> None:
    first, second, third = three_of_a_name(store)
    assert mark_distinct(store, first, second)
    assert not mark_distinct(store, first, second)  # already: nothing new
    visit = store.create("visit", {"cooperative": first, "visit_date": "2025-05-17", "observations": "x"})
    other_visit = store.create("visit", {"cooperative": first, "visit_date": "2025-05-18", "observations": "y"})
    store.delete(third)
    for ids, code in (((first, first), "distinct_same_record"), ((first, visit), "distinct_other_form"),
                      ((visit, other_visit), "duplicates_no_rule"), ((first, third), "record_deleted"),
                      ((first, str(uuid.uuid4())), "record_not_found")):  # fmt: skip
        with pytest.raises(InvalidInput) as refused:
            mark_distinct(store, *ids)
        assert refused.value.code == code
    assert marked_pairs(store.conn) == {ordered(first, second)}


def test_no_more_marks_than_other_laptops_accept(store: Store) -> None:
    first, second, _ = three_of_a_name(store)
    made = sorted(str(uuid.uuid4()) for _ in range(2 * DISTINCT_PAIRS_MAX))
    store.conn.execute("BEGIN")
    store.conn.executemany("INSERT INTO distinct_pairs VALUES (?, ?, '2025-01-01T00:00:00', 'x', 'd', 'n')",
                           zip(made[0::2], made[1::2], strict=True))  # fmt: skip
    store.conn.execute("COMMIT")
    with pytest.raises(InvalidInput) as refused:
        mark_distinct(store, first, second)
    assert refused.value.code == "distinct_pairs_full" and ordered(first, second) not in marked_pairs(store.conn)


def test_the_table_refuses_rows_no_mark_could_be(store: Store) -> None:
    """Its checks keep malformed rows out even where no merge looked at them (what a laptop of schema 6 kept aside,
    adopted when it reaches schema 7)."""
    a, b = sorted(str(uuid.uuid4()) for _ in range(2))
    for row in ((b, a), ("not-a-uuid", b), (a.upper(), b.upper()), (a, b + "0"), (a, b)):
        values = (*row, "2025-01-01T00:00:00", "x" * (101 if row == (a, b) else 10), "d", "n")
        with pytest.raises(sqlite3.IntegrityError):
            store.conn.execute("INSERT INTO distinct_pairs VALUES (?, ?, ?, ?, ?, ?)", values)


def test_the_command_line_marks_a_pair_not_the_same(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "t.db"
    ids = []
    for name in ("تعاونية الأمل", "التعاونية الامل"):
        code, out = run_cli(db, capsys, "add", "cooperative", "--set", f"name_ar={name}", "--set", "commune=مريرت")
        ids.append(out.strip().splitlines()[0])
    code, out = run_cli(db, capsys, "--lang", "en", "duplicates")
    assert code == 0 and "1 pair(s)" in out and "taawun duplicates --not ID1 ID2" in out
    code, out = run_cli(db, capsys, "--lang", "en", "duplicates", "--not", ids[1], ids[0].upper())  # any spelling
    assert code == 0 and f"Records {ids[1]} and {ids[0]} are marked as not the same" in out
    assert "cannot be undone" in out
    code, out = run_cli(db, capsys, "--lang", "en", "duplicates")
    assert code == 0 and "No likely duplicates" in out
    code, out = run_cli(db, capsys, "duplicates", "--json")
    assert json.loads(out) == []
    code, out = run_cli(db, capsys, "--lang", "fr", "duplicates", "--not", ids[0], ids[1])
    assert code == 0 and "étaient déjà marquées comme différentes" in out
    code, out = run_cli(db, capsys, "--lang", "en", "duplicates", "cooperative", "--not", ids[0], ids[1])
    assert code == 2 and "--not takes the ids of two records, not a form" in out
    code, out = run_cli(db, capsys, "--lang", "ar", "duplicates", "--not", ids[0], ids[0])
    assert code == 2 and "بأنه ليس هو نفسه" in out
