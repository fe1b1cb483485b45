"""Merging packages between laptops: inserted, newer wins, concurrent edits recorded, nothing ever lost."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from form_versions import SHIPPED
from form_versions import newer as newer_text

from app.core.clock import HybridClock, system_ms
from app.core.forms import FormRegistry, parse_form
from app.db.forms_table import accept_proposal
from app.db.read_only import attached
from app.db.store import Store
from app.resources import forms_dir
from app.sync.conflicts import list_conflicts
from app.sync.export import export_package
from app.sync.merge import FileOutcome, merge_file


def exchange(source: Store, target: Store, stick: Path) -> FileOutcome:
    outcome = merge_file(target, export_package(source, stick).path)
    assert outcome.merged, outcome.rejection and outcome.rejection.message("en")
    return outcome


def counts(outcome: FileOutcome) -> dict[str, int]:
    assert outcome.counts is not None
    return dict(outcome.counts.__dict__)


def test_new_records_arrive_with_their_history_and_photos(laptop: Any, stick: Path, helpers: Any) -> None:
    a, b = laptop("a"), laptop("b")
    picture = b"\xff\xd8\xff a picture of the olive press"
    digest = hashlib.sha256(picture).hexdigest()
    coop = helpers.new_cooperative(a)
    visit = a.create("visit", {"cooperative": coop, "visit_date": "2025-05-17", "observations": "x",
                               "photos": [{"sha256": digest, "name": "معصرة.jpg"}]},
                     new_photos=[(picture, "image/jpeg")])  # fmt: skip
    a.update(coop, {"members_total": 12})
    outcome = exchange(a, b, stick)
    assert counts(outcome) == {"inserted": 2, "updated": 0, "unchanged": 0, "conflicts": 0, "resolved": 0,
                               "versions_added": 3, "photos_added": 1, "forms_added": 0, "kept_unknown": 0, "marks_added": 0}  # fmt: skip
    assert b.get(visit) == a.get(visit) and b.get(coop).data["members_total"] == 12
    assert b.photo(digest) == picture
    assert b.history(coop) == a.history(coop)
    assert b.check() == []


def test_the_newer_version_wins_and_the_older_stays_in_history(laptop: Any, stick: Path, helpers: Any) -> None:
    a, b = laptop("a"), laptop("b")
    coop = helpers.new_cooperative(a)
    exchange(a, b, stick)
    a.update(coop, {"members_total": 20})
    outcome = exchange(a, b, stick)
    assert (counts(outcome)["updated"], counts(outcome)["conflicts"]) == (1, 0)
    assert b.get(coop).data["members_total"] == 20
    assert [v.version for v in b.history(coop)] == [1, 2]
    # Back the other way: B already knows A's version, nothing to do.
    outcome = exchange(b, a, stick)
    assert not outcome.counts.changed  # type: ignore[union-attr]


def test_concurrent_edits_become_a_conflict_with_the_same_winner_on_both(
    laptop: Any, stick: Path, helpers: Any
) -> None:
    a, b = laptop("a"), laptop("b")
    coop = helpers.new_cooperative(a)
    exchange(a, b, stick)
    a.update(coop, {"members_total": 12})
    b.update(coop, {"members_total": 15, "president": "Ahmed"})
    to_b, to_a = exchange(a, b, stick), exchange(b, a, stick)
    # Found by B's merge; A learns of it from B's file (its own edit is no longer the one shown, if it lost).
    assert counts(to_b)["conflicts"] == counts(to_a)["conflicts"] == 1
    assert a.get(coop) == b.get(coop)
    winner = max(a.history(coop)[1:], key=lambda v: v.hlc)
    assert a.get(coop).hlc == winner.hlc
    assert len(a.history(coop)) == len(b.history(coop)) == 3  # both edits kept
    [on_a], [on_b] = list_conflicts(a), list_conflicts(b)
    assert on_a.id == on_b.id
    # Each laptop calls its own edit "mine".
    assert on_a.mine.data["members_total"] == 12 and on_b.mine.data["members_total"] == 15
    assert on_a.differing_fields() == ["members_total", "president"]


def test_the_same_content_written_on_both_sides_is_no_conflict(laptop: Any, stick: Path) -> None:
    """The demo loaded on two laptops: the same records, ids and values, stamped apart. Nothing to review."""
    from app.db.demo import load_demo

    a, b = laptop("a"), laptop("b")
    load_demo(a)
    load_demo(b)
    exchange(a, b, stick)
    exchange(b, a, stick)
    assert list_conflicts(a) == list_conflicts(b) == []
    assert [r.hlc for r in a.records_of("cooperative")] == [r.hlc for r in b.records_of("cooperative")]


def test_the_demo_loaded_in_different_seconds_still_merges(laptop: Any, stick: Path) -> None:
    """Creation times differ by a second or more (the same ids, made apart): not a contradiction to refuse."""
    import time

    from app.db.demo import load_demo

    a, b = laptop("a"), laptop("b")
    load_demo(a)
    time.sleep(1.1)
    load_demo(b)
    assert a.records_of("workshop")[0].created_at != b.records_of("workshop")[0].created_at
    exchange(a, b, stick)
    exchange(b, a, stick)
    assert list_conflicts(a) == list_conflicts(b) == []
    assert a.records_of("workshop") == b.records_of(
        "workshop"
    )  # the creation time shown follows the winning version too


def test_an_edit_concurrent_with_a_deletion_is_a_conflict_too(laptop: Any, stick: Path, helpers: Any) -> None:
    a, b = laptop("a"), laptop("b")
    coop = helpers.new_cooperative(a)
    exchange(a, b, stick)
    a.delete(coop)
    b.update(coop, {"members_total": 15})
    exchange(a, b, stick)
    exchange(b, a, stick)
    assert a.get(coop, include_deleted=True) == b.get(coop, include_deleted=True)
    assert len(list_conflicts(a)) == len(list_conflicts(b)) == 1
    assert [v.deleted for v in a.history(coop)].count(True) == 1


def test_a_deletion_reaches_the_other_laptop(laptop: Any, stick: Path, helpers: Any) -> None:
    a, b = laptop("a"), laptop("b")
    coop = helpers.new_cooperative(a)
    exchange(a, b, stick)
    a.delete(coop)
    outcome = exchange(a, b, stick)
    assert counts(outcome)["updated"] == 1
    assert b.get(coop, include_deleted=True).deleted and b.records_of("cooperative") == []


def test_merging_a_file_twice_or_into_its_own_laptop_changes_nothing(laptop: Any, stick: Path, helpers: Any) -> None:
    a, b = laptop("a"), laptop("b")
    helpers.new_visit(a, helpers.new_cooperative(a))
    package = export_package(a, stick).path
    assert merge_file(b, package).merged
    before = helpers.dump(b.path)
    second = merge_file(b, package)
    assert second.merged and not second.counts.changed  # type: ignore[union-attr]
    assert helpers.dump(b.path) == before
    before_a = helpers.dump(a.path)
    own = merge_file(a, package)
    assert own.merged and own.from_this_laptop and not own.counts.changed  # type: ignore[union-attr]
    assert helpers.dump(a.path) == before_a
    assert helpers.sync_log(b.path) == [("merged", None), ("merged", None)]


def test_a_laptop_whose_clock_is_behind_still_wins_with_its_later_edit(laptop: Any, stick: Path, helpers: Any) -> None:
    a, b = laptop("a"), laptop("b")
    behind = lambda: system_ms() - 20 * 3_600_000  # noqa: E731  # B is 20 hours behind (within the day's bound)
    b.clock = HybridClock(b.device_id, now_ms=behind)
    coop = helpers.new_cooperative(a)
    exchange(a, b, stick)
    b.update(coop, {"members_total": 30})  # made after B saw A's version, so it must sort after it
    assert b.get(coop).hlc > a.get(coop).hlc
    outcome = exchange(b, a, stick)
    assert (counts(outcome)["updated"], counts(outcome)["conflicts"]) == (1, 0)
    assert a.get(coop).data["members_total"] == 30
    # The clock's new position was saved with the merge: after a restart B still stamps after A's version.
    b.close()
    b = laptop("b")
    b.clock = HybridClock(b.device_id, last=b.clock.last, now_ms=behind)
    b.update(coop, {"members_total": 31})
    assert b.get(coop).hlc > a.get(coop).hlc


def test_a_newer_form_definition_is_proposed_with_its_records_and_adopted_when_accepted(
    tmp_path: Path, laptop: Any, stick: Path, shipped_forms: FormRegistry
) -> None:
    source = (forms_dir() / "workshop.yaml").read_text(encoding="utf-8")
    newer = parse_form(
        newer_text(source).replace(
            "      - name: summary",
            "      - name: budget\n        type: decimal\n        label: {ar: الميزانية, fr: Budget, en: Budget}\n"
            "      - name: summary",
            1,
        ),
        file="workshop.yaml",
        stem="workshop",
    )
    forms = FormRegistry([*(f for f in shipped_forms if f.name != "workshop"), newer])
    (tmp_path / "new").mkdir()
    with Store.open(tmp_path / "new" / "t.db", forms=forms, author="a", device_name="new") as updated_laptop:
        workshop = updated_laptop.create("workshop", {"title": "لقاء", "budget": "1500"})
        package = export_package(updated_laptop, stick).path
    b = laptop("b")
    outcome = merge_file(b, package)
    assert outcome.merged and counts(outcome)["forms_added"] == 1  # proposed: a person decides (forms_table)
    assert b.forms.get("workshop").version == SHIPPED["workshop"]
    accept_proposal(b, "workshop", SHIPPED["workshop"] + 1)
    assert b.forms.get("workshop").version == SHIPPED["workshop"] + 1
    assert b.get(workshop).data["budget"] == 1500.0
    b.update(workshop, {"budget": "2000"})  # the adopted form is in use at once


def test_the_report_is_kept_in_the_sync_log(laptop: Any, stick: Path, helpers: Any) -> None:
    a, b = laptop("a"), laptop("b")
    helpers.new_cooperative(a)
    exchange(a, b, stick)
    row = (
        sqlite3.connect(b.path)
        .execute("SELECT outcome, source_device, source_device_name, inserted, versions_added FROM sync_log")
        .fetchall()
    )
    assert row == [("merged", a.device_id, "a", 1, 1)]


def test_merge_order_does_not_matter(laptop: Any, stick: Path, helpers: Any) -> None:
    a, b, c = laptop("a"), laptop("b"), laptop("c")
    coop = helpers.new_cooperative(a)
    exchange(a, b, stick)
    exchange(a, c, stick)
    a.update(coop, {"members_total": 1})
    b.update(coop, {"members_total": 2})
    c.delete(coop)
    helpers.new_visit(b, coop)
    files = [export_package(s, stick).path for s in (a, b, c)]
    first, second = laptop("x"), laptop("y")
    for path in files:
        assert merge_file(first, path).merged
    for path in reversed(files):
        assert merge_file(second, path).merged
    assert helpers.shared_content(first.path) == helpers.shared_content(second.path)


def test_coordinator_round_trip_leaves_every_laptop_identical(laptop: Any, stick: Path, helpers: Any) -> None:
    agents = [laptop(f"agent{i}") for i in range(3)]
    coordinator = laptop("coordinator")
    shared = helpers.new_cooperative(agents[0], "تعاونية مشتركة")
    for agent in agents[1:]:
        exchange(agents[0], agent, stick)
    for i, agent in enumerate(agents):
        coop = helpers.new_cooperative(agent, f"تعاونية {i}")
        helpers.new_visit(agent, coop, f"زيارة {i}")
        agent.update(shared, {"members_total": 10 + i})  # three concurrent edits of one record
    for agent in agents:
        exchange(agent, coordinator, stick)
    package = export_package(coordinator, stick / "..").path
    for agent in agents:
        assert merge_file(agent, package).merged
    everyone = [*agents, coordinator]
    contents = [helpers.shared_content(s.path) for s in everyone]
    assert all(content == contents[0] for content in contents)
    assert len(contents[0]["records"]) == 1 + 3 * 2
    conflict_ids = [sorted(c.id for c in list_conflicts(s)) for s in everyone]
    assert all(ids == conflict_ids[0] for ids in conflict_ids) and len(conflict_ids[0]) == 2


def test_the_file_is_attached_read_only_and_left_untouched(laptop: Any, stick: Path, helpers: Any) -> None:
    a, b = laptop("a"), laptop("b")
    helpers.new_cooperative(a)
    package = export_package(a, stick).path
    before = package.read_bytes()
    with attached(b.conn, package):
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            b.conn.execute("DELETE FROM incoming.records")
    assert merge_file(b, package).merged
    assert package.read_bytes() == before
    assert sorted(p.name for p in stick.iterdir()) == [package.name]  # no -journal, -wal or -shm beside it


def test_a_file_from_an_older_taawun_is_merged(laptop: Any, stick: Path, helpers: Any) -> None:
    a, b = laptop("a"), laptop("b")
    coop = helpers.new_cooperative(a)
    package = export_package(a, stick).path
    conn = sqlite3.connect(package)
    conn.executescript("DROP TABLE conflicts; DROP TABLE sync_log; DELETE FROM meta WHERE key = 'package_counts';"
                       " PRAGMA user_version = 1;")  # fmt: skip
    # Nor had it pairs marked "not the same" (version 8), nor signatures and organisations (version 7).
    conn.executescript("DROP TABLE distinct_pairs; DROP TABLE organisation; DROP TABLE sealed_seen; DROP TABLE signed_batches;"
                       " ALTER TABLE history DROP COLUMN signature;")  # fmt: skip
    # Nor had history the origin of a version (version 6).
    conn.executescript("ALTER TABLE history DROP COLUMN origin;")
    # Nor did it declare a package format, or keep what newer formats add (version 5).
    conn.executescript("DROP TABLE extension_columns; DROP TABLE extension_cells;"
                       " DELETE FROM meta WHERE key IN ('package_format', 'package_release');")  # fmt: skip
    # Nor had it the search index (version 3).
    conn.executescript(
        "DROP TRIGGER search_after_insert; DROP TRIGGER search_after_update; DROP TRIGGER search_after_delete;"
        " DROP TABLE search_index; DROP TABLE search_docs; DROP TABLE search_words; DROP TABLE search_pending;"
    )
    # Nor the lists' sort keys and their indexes (version 4).
    conn.executescript(
        "DROP TRIGGER list_after_insert; DROP TRIGGER list_after_update; DROP TRIGGER list_after_delete;"
        " DROP TABLE list_keys; DROP TABLE list_pending; DROP INDEX records_by_change; DROP INDEX records_by_state;"
        " CREATE INDEX records_by_form ON records (form, deleted, updated_at);"
    )
    conn.close()
    outcome = merge_file(b, package)
    assert outcome.merged, outcome.rejection and outcome.rejection.message("en")
    assert b.get(coop) == a.get(coop)
