"""Pairs marked "not the same" travel in packages (app/sync/incoming_marks.py): a mark made on one laptop stops the
pair being proposed on the others; the same pair marked on two laptops ends as one mark, the same everywhere,
whatever the order of merges; a file whose marks are malformed, name records nobody has, or are too many is refused
with its reason and nothing of it is merged; a laptop of schema 6 passes marks on, and adopts them when updated."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path
from typing import Any

import pytest
from older_release import release_of_schema

from app.core import bounds
from app.db.distinct_pairs import mark_distinct, marked_pairs, ordered
from app.db.duplicates import find_duplicates
from app.db.schema import LATEST_VERSION
from app.db.store import Store
from app.sync.export import export_package
from app.sync.merge import merge_file
from app.sync.report import outcome_lines

MARKS = "SELECT * FROM distinct_pairs ORDER BY record_a, record_b"


def rows(path: Path, query: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(query).fetchall()
    finally:
        conn.close()


def export_to(store: Store, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return export_package(store, folder).path


def two_of_a_name(store: Store) -> tuple[str, str]:
    first = store.create("cooperative", {"name_ar": "تعاونية الأمل", "commune": "مريرت"})
    second = store.create("cooperative", {"name_ar": "التعاونية الامل", "commune": "مريرت"})
    return first, second


def proposed(store: Store) -> set[tuple[str, str]]:
    return {(pair.first, pair.second) for pair in find_duplicates(store, "cooperative")}


def test_a_mark_travels_to_another_laptop_and_the_pair_is_proposed_there_no_more(
    laptop: Any, tmp_path: Path, helpers: Any
) -> None:
    agent, coordinator = laptop("agent"), laptop("coordinator")
    first, second = two_of_a_name(agent)
    assert merge_file(coordinator, export_to(agent, tmp_path / "1")).merged
    assert proposed(coordinator) == {ordered(first, second)}
    mark_distinct(agent, first, second)
    package = export_to(agent, tmp_path / "2")
    outcome = merge_file(coordinator, package)
    assert outcome.merged and outcome.counts is not None and outcome.counts.marks_added == 1
    assert "    1 pair(s) of records marked as not the same on another laptop" in outcome_lines(outcome, "en")
    assert proposed(coordinator) == set() and rows(coordinator.path, MARKS) == rows(agent.path, MARKS)
    once = helpers.dump(coordinator.path)
    again = merge_file(coordinator, package)  # twice is once
    assert again.merged and again.counts is not None and again.counts.marks_added == 0
    assert helpers.dump(coordinator.path) == once
    # And back: nothing new for the agent.
    back = merge_file(agent, export_to(coordinator, tmp_path / "3"))
    assert back.counts is not None and back.counts.marks_added == 0 and not back.counts.changed


def test_the_same_pair_marked_on_two_laptops_is_one_mark_everywhere_whatever_the_order(
    laptop: Any, tmp_path: Path
) -> None:
    a, b, c, d = (laptop(name) for name in "abcd")
    first, second = two_of_a_name(a)
    shared = export_to(a, tmp_path / "shared")
    for store in (b, c, d):
        assert merge_file(store, shared).merged
    mark_distinct(a, first, second)
    mark_distinct(b, second, first)
    # Say b marked it a second later: its mark is then the later one, whatever the laptops' ids.
    b.conn.execute("UPDATE distinct_pairs SET marked_at = '2099-01-01T00:00:00+00:00'")
    from_a, from_b = export_to(a, tmp_path / "a"), export_to(b, tmp_path / "b")
    for store, files in ((c, (from_a, from_b)), (d, (from_b, from_a)), (a, (from_b,)), (b, (from_a,))):
        for path in files:
            assert merge_file(store, path).merged
    marks = [rows(store.path, MARKS) for store in (a, b, c, d)]
    assert marks[0] == marks[1] == marks[2] == marks[3] and len(marks[0]) == 1
    assert marks[0][0][3:] == ("agent-a", a.device_id, "a")  # the earliest mark is kept on all four


# --- a file that must not be merged ----------------------------------------------------------------------------------


def tamper(package: Path, script: str, params: tuple = (), many: list[tuple] | None = None) -> None:
    """Change a package as a hostile or broken program could: past the table's own checks."""
    conn = sqlite3.connect(package, isolation_level=None)
    try:
        conn.execute("PRAGMA ignore_check_constraints = ON")
        if many is not None:
            conn.execute("BEGIN")
            conn.executemany(script, many)
            conn.execute("COMMIT")
        else:
            conn.execute(script, params)
    finally:
        conn.close()


def uuids(count: int) -> list[str]:
    return sorted(str(uuid.uuid4()) for _ in range(count))


HOSTILE: dict[str, tuple[str, str]] = {
    "an id that is no uuid": (
        "UPDATE distinct_pairs SET record_a = 'Robert''); DROP TABLE records;--'",
        "sync_mark_not_ids",
    ),
    "an id in capitals": (
        "UPDATE distinct_pairs SET record_a = upper(record_a), record_b = upper(record_b)",
        "sync_mark_not_ids",
    ),
    "the greater id first": ("UPDATE distinct_pairs SET record_a = record_b, record_b = record_a", "sync_mark_not_ids"),
    "an id that is a number": ("UPDATE distinct_pairs SET record_a = 12", "sync_mark_not_ids"),
    "an id as bytes": ("UPDATE distinct_pairs SET record_b = CAST(record_b AS BLOB)", "sync_mark_not_ids"),
    "a record nobody has": (
        "UPDATE distinct_pairs SET record_b = 'ffffffff-ffff-4fff-bfff-ffffffffffff'",
        "sync_mark_unknown_record",
    ),
    "records of two forms": (
        "UPDATE distinct_pairs SET record_b = (SELECT max(id) FROM records WHERE form = 'visit'"
        " AND id > distinct_pairs.record_a)",
        "sync_mark_unknown_record",
    ),  # fmt: skip
    "a control character in a name": (
        "UPDATE distinct_pairs SET marked_by = 'x' || char(7)",
        "sync_mark_out_of_bounds",
    ),
    "a name too long": ("UPDATE distinct_pairs SET device_name = printf('%.101c', 'x')", "sync_mark_out_of_bounds"),
    "a time of 50 MB": ("UPDATE distinct_pairs SET marked_at = zeroblob(50000000)", "sync_mark_out_of_bounds"),
    "a time that is bytes": ("UPDATE distinct_pairs SET marked_at = x'00'", "sync_mark_out_of_bounds"),
    "text that is not UTF-8": ("UPDATE distinct_pairs SET device = CAST(x'ff' AS TEXT)", "sync_mark_out_of_bounds"),
}


@pytest.fixture
def marked_package(laptop: Any, tmp_path: Path) -> tuple[Store, Path]:
    """A laptop's export holding one mark, and a visit whose id sorts after both cooperatives'."""
    source = laptop("source")
    first, second = two_of_a_name(source)
    mark_distinct(source, first, second)
    while True:
        visit = source.create("visit", {"cooperative": first, "visit_date": "2025-05-17", "observations": "x"})
        if visit > min(first, second):
            break
    return source, export_to(source, tmp_path / "marked")


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_malformed_mark_refuses_the_whole_file_and_nothing_is_merged(
    case: str, laptop: Any, marked_package: tuple[Store, Path], helpers: Any
) -> None:
    _, package = marked_package
    script, code = HOSTILE[case]
    tamper(package, script)
    target = laptop("target")
    before = helpers.dump(target.path)
    outcome = merge_file(target, package)
    assert outcome.rejection is not None and outcome.rejection.code == code, outcome.rejection
    assert "not merged" in outcome.rejection.message("en")
    assert helpers.dump(target.path) == before  # no record, no mark, nothing
    assert helpers.sync_log(target.path) == [("rejected", code)]


def test_a_file_with_more_marks_than_the_bound_is_refused_before_they_are_read(
    laptop: Any, marked_package: tuple[Store, Path], helpers: Any
) -> None:
    _, package = marked_package
    made = uuids(2 * bounds.DISTINCT_PAIRS_MAX)
    tamper(package, "INSERT INTO distinct_pairs VALUES (?, ?, 't', 'x', 'd', 'n')",
           many=list(zip(made[0::2], made[1::2], strict=True)))  # fmt: skip
    target = laptop("target")
    before = helpers.dump(target.path)
    outcome = merge_file(target, package)
    assert outcome.rejection is not None and outcome.rejection.code == "sync_too_many_marks"
    assert f"carries {bounds.DISTINCT_PAIRS_MAX + 1} pairs marked as not the same, more than" in (
        outcome.rejection.message("en"))  # fmt: skip
    assert helpers.dump(target.path) == before


def test_a_union_beyond_the_bound_is_refused_too(laptop: Any, tmp_path: Path, helpers: Any,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    a, b = laptop("a"), laptop("b")
    pairs = [two_of_a_name(a), two_of_a_name(a)]
    assert merge_file(b, export_to(a, tmp_path / "records")).merged
    mark_distinct(a, *pairs[0])
    mark_distinct(b, *pairs[1])
    monkeypatch.setattr(bounds, "DISTINCT_PAIRS_MAX", 1)  # each laptop holds one: the union would hold two
    before = helpers.dump(b.path)
    outcome = merge_file(b, export_to(a, tmp_path / "marks"))
    assert outcome.rejection is not None and outcome.rejection.code == "sync_too_many_marks"
    assert helpers.dump(b.path) == before


# --- across a laptop of the release before the marks (schema 6) ----------------------------------------------------

BEFORE_MARKS = 7  # the schema of the release before the marks (migration 8)


def test_a_laptop_of_schema_6_passes_marks_on_and_adopts_them_once_updated(
    laptop: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    newer = laptop("newer")
    first, second = two_of_a_name(newer)
    mark_distinct(newer, first, second)
    package = export_to(newer, tmp_path / "newer")
    sent = rows(package, MARKS)
    assert len(sent) == 1 and rows(package, "PRAGMA user_version") == [(LATEST_VERSION,)]
    with release_of_schema(monkeypatch, BEFORE_MARKS):
        older = laptop("older")
        assert rows(older.path, "SELECT name FROM sqlite_master WHERE name = 'distinct_pairs'") == []
        outcome = merge_file(older, package)
        assert outcome.merged and outcome.counts is not None
        assert outcome.counts.kept_unknown == 6 and outcome.counts.marks_added == 0  # one row of six values, kept
        relayed = export_to(older, tmp_path / "relayed")
        older.close()
    assert rows(relayed, "PRAGMA user_version") == [(BEFORE_MARKS,)] and rows(relayed, MARKS) == sent
    third = laptop("third")  # this release, meeting only the older laptop
    outcome = merge_file(third, relayed)
    assert outcome.merged and outcome.counts is not None, outcome.rejection and outcome.rejection.message("en")
    assert outcome.counts.marks_added == 1 and rows(third.path, MARKS) == sent and proposed(third) == set()
    updated = laptop("older")  # the older laptop updated: migration 7, then what it kept moves in
    assert rows(updated.path, MARKS) == sent and rows(updated.path, "SELECT count(*) FROM extension_cells") == [(0,)]
    assert marked_pairs(updated.conn) == {ordered(first, second)} and proposed(updated) == set()


def test_what_a_laptop_of_schema_6_kept_is_checked_like_any_mark(
    laptop: Any, marked_package: tuple[Store, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, helpers: Any
) -> None:
    """A file the older laptop passed on has the table as it kept it (none of the table's own checks): the merge's
    checks are what keep a bad row out."""
    _, package = marked_package
    with release_of_schema(monkeypatch, BEFORE_MARKS):
        older = laptop("older")
        assert merge_file(older, package).merged
        relayed = export_to(older, tmp_path / "relayed")
        older.close()
    tamper(relayed, "UPDATE distinct_pairs SET record_a = 'not-a-uuid'")
    third = laptop("third")
    before = helpers.dump(third.path)
    outcome = merge_file(third, relayed)
    assert outcome.rejection is not None and outcome.rejection.code == "sync_mark_not_ids"
    assert helpers.dump(third.path) == before
