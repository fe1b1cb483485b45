"""The derived tables' coordinator (app/db/derived.py) on real database files: whichever way a record changes
(a save, a large merge left queued, another program, a crash, a missing table), the lists' sort keys and the search
index end up as a rebuild from the records makes them."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.forms import FormRegistry
from app.db import derived, list_keys, search_beside, search_index, search_rows
from app.db.store import Store

SEARCH_ROWS = ("SELECT d.record_id, s.form, s.heading, s.title, s.body, s.related FROM search_docs d"
               " JOIN search_index s ON s.rowid = d.docid ORDER BY d.record_id")  # fmt: skip
KEY_ROWS = "SELECT record_id, field, form, key, ref FROM list_keys ORDER BY record_id, field"


def tables(store: Store) -> dict[str, Any]:
    """What the derived tables hold, independent of how their rows were numbered."""
    return {
        "search": store.conn.execute(SEARCH_ROWS).fetchall(),
        "keys": store.conn.execute(KEY_ROWS).fetchall(),
        "words": {row[0] for row in store.conn.execute("SELECT word FROM search_words")},
        "newest first": [row[0] for row in store.conn.execute("SELECT record_id FROM search_docs ORDER BY docid")],
    }


def same_as_rebuilt(store: Store) -> None:
    """The tables equal what a rebuild makes of the records (a rebuild numbers the rows afresh, and lists only the
    words the index holds now: words are never taken out of `search_words`)."""
    before = tables(store)
    assert not derived.has_pending(store.conn) and derived.problems(store.conn, store.forms) == []
    store.rebuild_derived()
    after = tables(store)
    assert after["search"] == before["search"] and after["keys"] == before["keys"]
    assert after["words"] <= before["words"]
    assert sorted(after["newest first"]) == sorted(before["newest first"])


def open_store(path: Path, forms: FormRegistry) -> Store:
    return Store.open(path, forms=forms, author="فاطمة", device_name="x")


def test_a_record_changed_while_the_tables_are_missing_is_caught_up(db_path: Path, shipped_forms: FormRegistry
                                                                    ) -> None:  # fmt: skip
    with open_store(db_path, shipped_forms) as store:
        first = store.create("cooperative", {"name_ar": "تعاونية الواحة"})
        store.create("cooperative", {"name_ar": "تعاونية الأمل"})
    conn = sqlite3.connect(db_path)  # another program: both tables dropped, then a record changed
    conn.executescript("DROP TABLE search_index; DROP TABLE list_keys;")
    conn.execute("UPDATE records SET data = json_set(data, '$.name_ar', 'تعاونية يوسف') WHERE id = ?", (first,))
    conn.commit()
    conn.close()
    with open_store(db_path, shipped_forms) as store:
        store.catch_up_derived()
        assert [hit.id for hit in store.search("يوسف")] == [first] and store.search("الواحة") == []
        names = [row[0] for row in store.conn.execute(
            "SELECT r.data ->> '$.name_ar' FROM list_keys k JOIN records r ON r.id = k.record_id"
            " WHERE k.form = 'cooperative' AND k.field = 'name_ar' ORDER BY k.key")]  # fmt: skip
        assert names == ["تعاونية الأمل", "تعاونية يوسف"]
        same_as_rebuilt(store)


def test_records_left_queued_by_a_crash_are_caught_up_with_progress(db_path: Path, shipped_forms: FormRegistry,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.setattr(search_index, "INLINE_AT_MOST", 0)  # every write leaves its records queued, as a large
    monkeypatch.setattr(list_keys, "INLINE_AT_MOST", 0)  # merge does, and the process ends before its catch-up
    monkeypatch.setattr(search_index, "CHUNK", 2)
    with open_store(db_path, shipped_forms) as store:
        made = [store.create("cooperative", {"name_ar": f"تعاونية الواحة {n}"}) for n in range(5)]
        assert store.conn.execute("SELECT count(*) FROM search_pending").fetchone()[0] == 5
    monkeypatch.setattr(search_index, "INLINE_AT_MOST", 2)  # the next start does not index five records itself
    with open_store(db_path, shipped_forms) as store:
        assert derived.has_pending(store.conn)
        steps: list[tuple[int, int]] = []
        assert store.catch_up_derived(progress=lambda done, total: steps.append((done, total))) == 5
        # The keys were made at the start (a list shows every record); the index two records a transaction (the
        # last transaction's commit indexing what is left when that is few).
        assert steps == [(2, 5), (5, 5)]
        assert sorted(hit.id for hit in store.search("الواحة")) == sorted(made)
        assert store.catch_up_derived() == 0
        same_as_rebuilt(store)


def test_a_large_queue_reloads_the_index_and_keeps_its_order(db_path: Path, shipped_forms: FormRegistry,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    with open_store(db_path, shipped_forms) as store:
        coop = store.create("cooperative", {"name_ar": "تعاونية الواحة"})
        visits = [store.create("visit", {"cooperative": coop, "visit_date": "2025-05-17", "observations": f"زيارة {n}"})
                  for n in range(6)]  # fmt: skip
        order = tables(store)["newest first"]
        monkeypatch.setattr(search_index, "INLINE_AT_MOST", 0)
        monkeypatch.setattr(list_keys, "INLINE_AT_MOST", 0)
        monkeypatch.setattr(search_index, "RELOAD_AT", 2)
        with store.transaction():  # four of seven indexed records change at once, as in a large merge
            store.conn.execute("UPDATE records SET data = json_set(data, '$.observations', 'مشكلة التسويق')"
                               " WHERE id IN (?, ?, ?, ?)", visits[:4])  # fmt: skip
        with store.transaction():
            assert search_index.reload_if_mostly_queued(store.conn, store.forms)
            assert store.conn.execute("SELECT count(*) FROM search_index").fetchone()[0] == 1  # the cooperative
            assert store.conn.execute("SELECT count(*) FROM search_pending").fetchone()[0] == 6  # the visits
            store.conn.execute("ROLLBACK")
            store.conn.execute("BEGIN")
        store.catch_up_derived()
        assert tables(store)["newest first"] == order  # the records keep their numbers: "newest first" holds
        assert sorted(hit.id for hit in store.search("التسويق")) == sorted(visits[:4])
        assert sorted(hit.id for hit in store.search("زيارة")) == sorted(visits[4:])
        same_as_rebuilt(store)


# --- whatever the writes, inline, caught up or reloaded: the tables a rebuild makes ---------------------------------

NAMES = st.sampled_from(["تعاونية الأمل", "تعاونيّة الامل", "الواحة", "École Cœur", "Tighza ٣", "ⵜⴰⵡⵏⵉⵜ", "آمال"])
WORKSHOP = st.none() | st.integers(0, 5)  # a visit's workshop: none, or one of those made (by position)
# The lists' declared columns: a multiple choice (a cooperative's sectors), a text (its commune), a visit's agent
# (none: the author is shown and keyed in its place).
SECTORS = st.lists(st.sampled_from(["agriculture", "dairy", "olives", "argan"]), unique=True, max_size=3)
AGENT = st.none() | NAMES
OPERATIONS = st.lists(
    st.one_of(
        st.tuples(st.just("cooperative"), NAMES, SECTORS, st.none() | NAMES),
        st.tuples(st.just("visit"), st.integers(0, 5), NAMES, WORKSHOP, AGENT),
        st.tuples(st.just("rename"), st.integers(0, 5), NAMES),
        st.tuples(st.just("delete"), st.integers(0, 20)),
        st.tuples(st.just("workshop"), NAMES),
        st.tuples(st.just("link"), st.integers(0, 20), WORKSHOP),  # a visit given another workshop, or none
        st.tuples(st.just("rename workshop"), st.integers(0, 5), NAMES),
        st.tuples(st.just("agent"), st.integers(0, 20), AGENT),  # a visit's agent named, changed or cleared
        st.tuples(st.just("sectors"), st.integers(0, 5), SECTORS),
    ),
    min_size=1,
    max_size=14,
)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(operations=OPERATIONS, way=st.sampled_from(["inline", "caught up", "reloaded", "caught up beside",
                                                   "keyed in bulk"]))  # fmt: skip
def test_any_writes_give_the_tables_a_rebuild_gives(tmp_path_factory: pytest.TempPathFactory,
                                                    shipped_forms: FormRegistry, operations: list[tuple[Any, ...]],
                                                    way: str) -> None:  # fmt: skip
    path = tmp_path_factory.mktemp("derived") / "taawun.db"
    batch_at = list_keys._BULK_AT
    with pytest.MonkeyPatch.context() as patch:
        if way != "inline":  # every transaction leaves its records queued for the catch-up, as a large merge does
            patch.setattr(search_index, "INLINE_AT_MOST", -1)
            patch.setattr(list_keys, "INLINE_AT_MOST", -1)
            patch.setattr(search_index, "RELOAD_AT", 1 if way == "reloaded" else 10**9)
        if way == "caught up beside":  # batches of two, documents computed on their own thread (search_beside.py)
            patch.setattr(search_rows, "BATCH", 2)
            patch.setattr(search_index, "CHUNK", 5)
        if way == "keyed in bulk":  # the keys made in SQL (`replace_queued`), as from 10,000 queued records
            patch.setattr(list_keys, "_BULK_AT", 0)
        with open_store(path, shipped_forms) as store:
            coops: list[str] = [store.create("cooperative", {"name_ar": "تعاونية البداية"})]
            visits: list[str] = []
            workshops: list[str] = []
            for operation in operations:
                apply(store, operation, coops, visits, workshops)
                if way != "inline" and len(visits) % 3 == 0:
                    store.catch_up_derived()  # now and then, as the window does after each merge
            store.catch_up_derived()
            patch.setattr(list_keys, "_BULK_AT", batch_at)  # the rebuild compared with: batch by batch
            same_as_rebuilt(store)


def apply(store: Store, operation: tuple[Any, ...], coops: list[str], visits: list[str],
          workshops: list[str]) -> None:  # fmt: skip
    kind = operation[0]

    def workshop(position: int | None) -> str | None:
        return None if position is None or not workshops else workshops[position % len(workshops)]

    if kind == "cooperative":
        commune = {"commune": operation[3]} if operation[3] else {}
        coops.append(store.create("cooperative", {"name_ar": operation[1], "sectors": operation[2] or None,
                                                  **commune}))  # fmt: skip
    elif kind == "visit":
        coop = coops[operation[1] % len(coops)]
        linked = workshop(operation[3])
        visits.append(store.create("visit", {"cooperative": coop, "visit_date": "2025-05-17",
                                             "observations": f"{operation[2]} زيارة",
                                             **({"workshop": linked} if linked else {}),
                                             **({"agent": operation[4]} if operation[4] else {})}))  # fmt: skip
    elif kind == "agent" and visits:
        store.update(visits[operation[1] % len(visits)], {"agent": operation[2]})  # None clears it
    elif kind == "sectors":
        store.update(coops[operation[1] % len(coops)], {"sectors": operation[2] or None})
    elif kind == "rename":
        store.update(coops[operation[1] % len(coops)], {"name_ar": operation[2]})
    elif kind == "workshop":
        workshops.append(store.create("workshop", {"title": operation[1], "start_date": "2025-05-16"}))
    elif kind == "link" and visits:
        store.update(visits[operation[1] % len(visits)], {"workshop": workshop(operation[2])})  # None clears it
    elif kind == "rename workshop" and workshops:
        store.update(workshops[operation[1] % len(workshops)], {"title": operation[2]})
    elif kind == "delete" and visits:
        store.delete(visits.pop(operation[1] % len(visits)))


# --- the catch-up's documents computed on a thread of their own (app/db/search_beside.py) ----------------------------


def queued_visits(db_path: Path, forms: FormRegistry, monkeypatch: pytest.MonkeyPatch, count: int) -> list[str]:
    """`count` visits written and left queued, as a large merge leaves them; the catch-up in batches of three."""
    monkeypatch.setattr(search_index, "INLINE_AT_MOST", -1)
    monkeypatch.setattr(list_keys, "INLINE_AT_MOST", -1)
    monkeypatch.setattr(search_rows, "BATCH", 3)
    monkeypatch.setattr(search_index, "CHUNK", 8)
    with open_store(db_path, forms) as store:
        coop = store.create("cooperative", {"name_ar": "تعاونية الواحة"})
        return [store.create("visit", {"cooperative": coop, "visit_date": "2025-05-17",
                                       "observations": f"زيارة رقم {n} مشكلة التسويق"}) for n in range(count)]  # fmt: skip


def test_the_catch_up_computes_documents_beside_the_writes(db_path: Path, shipped_forms: FormRegistry,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    visits = queued_visits(db_path, shipped_forms, monkeypatch, 20)
    started: list[int] = []
    producer = search_beside._Producer

    class Counted(producer):  # type: ignore[misc,valid-type]
        def __init__(self, *args: Any) -> None:
            started.append(len(args[2]))
            super().__init__(*args)

    monkeypatch.setattr(search_beside, "_Producer", Counted)
    with open_store(db_path, shipped_forms) as store:
        assert store.catch_up_derived() == 21
        assert started and all(batches >= 2 for batches in started)  # the thread did the work, chunk by chunk
        assert sorted(hit.id for hit in store.search("التسويق")) == sorted(visits)
        same_as_rebuilt(store)


def test_a_failure_while_computing_documents_leaves_the_records_queued(db_path: Path, shipped_forms: FormRegistry,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    visits = queued_visits(db_path, shipped_forms, monkeypatch, 20)
    real = search_beside.compute_documents
    calls: list[int] = []

    def failing(documents: Any, records: Any) -> Any:
        calls.append(len(records))
        if len(calls) == 2:  # the second batch of the first chunk, computed while the first is written
            raise MemoryError("no memory left")
        return real(documents, records)

    monkeypatch.setattr(search_beside, "compute_documents", failing)
    with open_store(db_path, shipped_forms) as store:
        indexed = store.conn.execute("SELECT count(*) FROM search_docs").fetchone()[0]
        with pytest.raises(MemoryError):
            store.catch_up_derived()
        # The chunk's transaction was undone: nothing of it written, every record still queued, no thread left.
        assert store.conn.execute("SELECT count(*) FROM search_docs").fetchone()[0] == indexed
        assert store.conn.execute("SELECT count(*) FROM search_pending").fetchone()[0] == 21
        assert not any(thread.name == "taawun-search-documents" for thread in threading.enumerate())
        monkeypatch.setattr(search_beside, "compute_documents", real)
        assert store.catch_up_derived() == 21
        assert sorted(hit.id for hit in store.search("التسويق")) == sorted(visits)
        same_as_rebuilt(store)
