"""Sorted lists on real database files: the order readers expect, kept by the stored sort keys through edits,
deletions, renames, merges, the migration and repairs, and an index walked rather than a table sorted."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from form_versions import released_v2_forms
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.cli.program import main as cli_main
from app.core.forms import FormRegistry
from app.core.sort_key import text_key
from app.db import list_keys, listing
from app.db.list_filters import Filters
from app.db.listing import ListQuery, fetch_rows, page_sql
from app.db.schema import LATEST_VERSION
from app.db.schema_check import expected_schema
from app.db.store import Store
from app.sync.export import export_package
from app.sync.merge import merge_file


def shown(store: Store, form: str, order_by: str, *, descending: bool = False, page: int = 3, **kwargs: Any,
          ) -> list[tuple[Any, ...]]:  # fmt: skip
    """Every row of a list, fetched a small page at a time as the window scrolls."""
    query = ListQuery(form=form, order_by=order_by, descending=descending, **kwargs)
    rows: list[tuple[Any, ...]] = []
    while more := fetch_rows(store.conn, store.forms, query, offset=len(rows), limit=page):
        rows += more
    return rows


def ids(rows: list[tuple[Any, ...]]) -> list[str]:
    return [row[0] for row in rows]


def by_key(pairs: list[tuple[str, Any]], *, descending: bool = False) -> list[str]:
    """Record ids ordered as a list must order them: the key (no key first), then the id, both reversed if
    descending."""
    ordered = sorted(pairs, key=lambda p: (p[1] is not None, p[1] if p[1] is not None else "", p[0]))
    return [record_id for record_id, _ in (ordered[::-1] if descending else ordered)]


def cooperative(store: Store, name: str, **data: Any) -> str:
    return store.create("cooperative", {"name_ar": name, **data})


def visit(store: Store, cooperative_id: str, date: str = "2025-05-17", **data: Any) -> str:
    return store.create("visit", {"cooperative": cooperative_id, "visit_date": date, "observations": "x", **data})


def no_key_problems(store: Store) -> bool:
    return list_keys.key_problems(store.conn, store.forms) == []


NAMES = ["يوسف", "بركة", "أحمد", "ابتسام", "آمال", "إبراهيم", "تعاونية الأمل", "تعاونيه الامل", "Zagora",
         "École des femmes", "ecole rurale", "تعاونية 10", "تعاونية 9"]  # fmt: skip
READER_ORDER = ["آمال", "ابتسام", "إبراهيم", "أحمد", "بركة", "تعاونية 9", "تعاونية 10", "تعاونية الأمل",
                "تعاونيه الامل", "يوسف", "École des femmes", "ecole rurale", "Zagora"]  # fmt: skip


def test_names_sort_where_arabic_and_french_readers_expect(store: Store) -> None:
    made = {cooperative(store, name): name for name in NAMES}
    names = [made[i] for i in ids(shown(store, "cooperative", "name_ar"))]
    # The two spellings of one name are equal: their ids decide, so they stay next to each other.
    same = sorted(["تعاونية الأمل", "تعاونيه الامل"], key=lambda n: next(i for i, m in made.items() if m == n))
    assert names == [*READER_ORDER[:7], *same, *READER_ORDER[9:]]
    # Descending is ascending reversed, ties included.
    assert (
        ids(shown(store, "cooperative", "name_ar", descending=True))
        == ids(shown(store, "cooperative", "name_ar"))[::-1]
    )
    assert no_key_problems(store)


def test_visits_sort_by_every_column(store: Store) -> None:
    first, second = cooperative(store, "بركة"), cooperative(store, "أمل")
    made = [visit(store, first, "2025-03-01", purpose="support"), visit(store, second, "2024-12-31", agent="يوسف"),
            visit(store, first, "2025-01-15", purpose="follow_up", agent="Zineb")]  # fmt: skip
    store.author = "Amina"
    made.append(visit(store, second, "2025-03-01", purpose="follow_up"))
    draft = store.create("visit", {"cooperative": first, "visit_date": "2023-07-07"}, draft=True)
    made.append(draft)
    keys = [c.key for c in listing.list_columns(store.forms, store.forms.get("visit"))]
    assert keys == ["cooperative", "visit_date", "purpose", "agent", "state", "updated_at", "author"]
    rows = {row[0]: dict(zip(keys, row[1:], strict=True)) for row in shown(store, "visit", "updated_at")}
    # The declared columns: a choice by its place in the form; the agent, or the author where none is named.
    purposes = [choice.value for choice in store.forms.get("visit").field("purpose").choices]
    assert [rows[i]["agent"] for i in made] == ["فاطمة", "يوسف", "Zineb", "Amina", "Amina"]
    for order_by, key in (("cooperative", lambda r: text_key(r["cooperative"])), ("visit_date", lambda r: r["visit_date"]),
                          ("purpose", lambda r: purposes.index(r["purpose"]) if r["purpose"] else None),
                          ("agent", lambda r: text_key(r["agent"])),
                          ("state", lambda r: r["state"]), ("updated_at", lambda r: r["updated_at"]),
                          ("author", lambda r: text_key(r["author"]))):  # fmt: skip
        for descending in (False, True):
            expected = by_key([(i, key(row)) for i, row in rows.items()], descending=descending)
            assert ids(shown(store, "visit", order_by, descending=descending)) == expected, (order_by, descending)
    assert ids(shown(store, "visit", "visit_date"))[0] == draft
    assert ids(shown(store, "visit", "cooperative"))[:2] == sorted([made[1], made[3]])  # أمل before بركة


def test_keys_follow_edits_and_deletions(store: Store) -> None:
    a, b, c = cooperative(store, "بركة"), cooperative(store, "تعاونية"), cooperative(store, "يوسف")
    assert ids(shown(store, "cooperative", "name_ar")) == [a, b, c]
    store.update(c, {"name_ar": "آمال"})
    assert ids(shown(store, "cooperative", "name_ar")) == [c, a, b]
    store.delete(a)
    assert ids(shown(store, "cooperative", "name_ar")) == [c, b]
    assert store.conn.execute("SELECT count(*) FROM list_keys WHERE record_id = ?", (a,)).fetchone()[0] == 0
    assert no_key_problems(store)


def test_renaming_a_cooperative_moves_its_visits(store: Store) -> None:
    early, late = cooperative(store, "أمل"), cooperative(store, "ياسمين")
    early_visits = [visit(store, early) for _ in range(3)]
    late_visits = [visit(store, late) for _ in range(2)]
    assert ids(shown(store, "visit", "cooperative")) == sorted(early_visits) + sorted(late_visits)
    store.update(early, {"name_ar": "يوسف"})  # now after ياسمين
    assert ids(shown(store, "visit", "cooperative")) == sorted(late_visits) + sorted(early_visits)
    assert [row[1] for row in shown(store, "visit", "cooperative")][-1] == "يوسف"
    assert no_key_problems(store)


def test_a_cooperative_arriving_after_its_visits_gives_them_its_name(store: Store) -> None:
    coming = str(uuid.uuid4())
    other = cooperative(store, "بركة")
    waiting = store.create("visit", {"cooperative": coming, "visit_date": "2025-01-01"}, draft=True)
    known = visit(store, other)
    assert ids(shown(store, "visit", "cooperative")) == [waiting, known]  # no title yet: first
    store.create("cooperative", {"name_ar": "يوسف"}, record_id=coming)
    assert ids(shown(store, "visit", "cooperative")) == [known, waiting]
    assert no_key_problems(store)


def test_merged_records_and_renames_are_keyed(tmp_path: Path, shipped_forms: FormRegistry,
                                             monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    stick = tmp_path / "stick"
    stick.mkdir()

    def laptop(name: str) -> Store:
        (tmp_path / name).mkdir(exist_ok=True)
        return Store.open(tmp_path / name / "taawun.db", forms=shipped_forms, author=name, device_name=name)

    with laptop("a") as a, laptop("b") as b:
        first, second = cooperative(a, "أمل"), cooperative(a, "ياسمين")
        a_visits = [visit(a, first, f"2025-01-{day:02d}") for day in range(1, 8)] + [visit(a, second)]
        assert merge_file(b, export_package(a, stick).path).merged
        assert ids(shown(b, "visit", "cooperative")) == ids(shown(a, "visit", "cooperative"))
        assert sorted(ids(shown(b, "visit", "visit_date"))) == sorted(a_visits)
        a.update(first, {"name_ar": "يوسف"})  # renamed on a, merged into b: b's visits follow
        for path in stick.iterdir():
            path.unlink()
        # The merge keys what it brings all at once (as a large merge does) rather than batch by batch.
        monkeypatch.setattr(list_keys, "_BULK_AT", 0)
        assert merge_file(b, export_package(a, stick).path).merged
        assert ids(shown(b, "visit", "cooperative")) == [a_visits[-1], *sorted(a_visits[:-1])]
        assert ids(shown(b, "visit", "cooperative")) == ids(shown(a, "visit", "cooperative"))
        assert no_key_problems(b)


SECTORS = [[], ["dairy"], ["olives", "agriculture"], ["agriculture"], ["agriculture", "dairy"]]


def test_bulk_and_batch_keying_agree(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    coops = [cooperative(store, name, **({"commune": NAMES[-i]} if i % 2 else {}), **({"sectors": SECTORS[i]} if (
        SECTORS[i]) else {})) for i, name in enumerate(NAMES[:5])]  # fmt: skip
    workshops = [store.create("workshop", {"title": name, "start_date": "2025-05-01"}) for name in NAMES[5:7]]
    for index in range(30):
        linked = {"workshop": workshops[index % 2]} if index % 3 == 0 else {}
        agent = {"agent": NAMES[index % 4]} if index % 4 else {}  # no agent: the author
        purpose = {"purpose": ["diagnosis", "other"][index % 2]} if index % 5 else {}
        visit(store, coops[index % 5], f"2025-0{index % 9 + 1}-1{index % 10}", **linked, **agent, **purpose)
    store.create("visit", {"cooperative": str(uuid.uuid4()), "workshop": str(uuid.uuid4())}, draft=True)
    with store.transaction():  # another program leaving an empty agent (the store drops empty values): the author
        emptied = store.conn.execute("SELECT id FROM records WHERE form = 'visit' AND json_extract(data, '$.agent')"
                                     " IS NOT NULL LIMIT 1").fetchone()[0]  # fmt: skip
        store.conn.execute("UPDATE records SET data = json_set(data, '$.agent', '') WHERE id = ?", (emptied,))
    dump = "SELECT record_id, field, form, key, ref FROM list_keys ORDER BY record_id, field"
    batch = store.conn.execute(dump).fetchall()
    keys = {(row[0], row[1]): row[3] for row in batch}
    # The declared columns: a multiple choice by the places of its choices in the form, the agent (or the author).
    assert [keys[(coop, "sectors")] for coop in coops] == [None, "0001", "0000 0002", "0000", "0000 0001"]
    assert [keys[(coop, "commune")] for coop in coops] == [None, text_key(NAMES[-1]), None, text_key(NAMES[-3]),
                                                          None]  # fmt: skip
    assert keys[(emptied, "agent")] == text_key("فاطمة")
    assert ids(shown(store, "cooperative", "sectors")) == [coops[0], coops[3], coops[4], coops[2], coops[1]]
    # A visit's workshop (no column of the list) has a row where it names one, with the workshop's title as key.
    named = [row for row in batch if row[1] == "workshop"]
    assert sorted(row[4] for row in named if row[4] in workshops) == sorted(workshops * 5)
    assert len(named) == 11  # the ten visits naming one of the two, and the draft naming one not in the file
    assert {row[3] for row in named} == {text_key(NAMES[5]), text_key(NAMES[6]), None}
    monkeypatch.setattr(list_keys, "_BULK_AT", 0)
    with store.transaction():
        list_keys.requeue(store.conn)
        list_keys.key_pending(store.conn, store.forms)
    assert store.conn.execute(dump).fetchall() == batch
    assert list_keys.schema_problems(store.conn) == []  # the indexes made again as the migration makes them


def test_unfiltered_sorts_walk_an_index(store: Store) -> None:
    for form in ("cooperative", "visit", "workshop"):
        for column in listing.list_columns(store.forms, store.forms.get(form)):
            for descending in (False, True):
                query = ListQuery(form=form, order_by=column.key, descending=descending)
                sql, params = page_sql(store.forms, query, offset=400, limit=200)
                plan = " | ".join(row[3] for row in store.conn.execute(f"EXPLAIN QUERY PLAN {sql}", params))
                assert "TEMP B-TREE" not in plan and "SCAN" not in plan, (form, column.key, plan)
                assert "COVERING INDEX" in plan, plan


@pytest.fixture
def filtered_store(store: Store) -> Store:
    """Visits of cooperatives in two provinces, over a year, by two agents (some naming a third as the visitor)."""
    azilal = cooperative(store, "أزيلال", province="أزيلال", sectors=["dairy"])
    others = [cooperative(store, name, province="خنيفرة", sectors=["olives"]) for name in ("بركة", "يوسف", "آمال")]
    for index in range(40):
        store.author = "Amina" if index % 7 == 0 else "فاطمة"
        target = azilal if index % 10 == 0 else others[index % 3]
        follow_up = {"next_follow_up": "2026-01-01"} if index % 3 else {}
        visitor = {"agent": "Zineb"} if index % 5 == 1 else {}
        visit(store, target, f"2025-{index % 12 + 1:02d}-{index % 28 + 1:02d}", **follow_up, **visitor)
    # Drafts with a follow-up but no date, or no cooperative: no visit is later than them.
    store.create("visit", {"cooperative": others[0], "next_follow_up": "2026-02-02"}, draft=True)
    store.create("visit", {"visit_date": "2025-02-02", "next_follow_up": "2026-02-02"}, draft=True)
    return store


FILTERS = [Filters(), Filters(province="أزيلال"), Filters(province="خنيفرة", date_from="2025-03-01"),
           Filters(date_from="2025-06-01", date_to="2025-06-30"), Filters(agent="Amina"), Filters(state="final"),
           Filters(choices=(("sector", "olives"),), agent="فاطمة"), Filters(province="nowhere"), Filters(open_follow_up=True),
           Filters(open_follow_up=True, province="خنيفرة")]  # fmt: skip


@pytest.mark.parametrize("plan", ["chosen", "walk", "scan"])
def test_filtered_sorts_list_the_same_records_in_the_same_order(filtered_store: Store, plan: str,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    store = filtered_store
    if plan != "chosen":  # every way of finding a page gives the same pages
        monkeypatch.setattr(listing, "CANDIDATES_AT_MOST", -1)  # no candidates
    if plan == "scan":  # the walk over budget: the table is read through
        monkeypatch.setattr(listing, "_within", lambda conn, sql, steps: None)
    everything = {row[0]: row for row in shown(store, "visit", "updated_at")}
    keys = [c.key for c in listing.list_columns(store.forms, store.forms.get("visit"))]
    cases = [(filters, "") for filters in FILTERS] + [(Filters(), "بر"), (Filters(state="final"), "2025-0")]
    for filters, text in cases:
        query = ListQuery(form="visit", filters=filters, text=text)
        matching = set(ids(fetch_rows(store.conn, store.forms, query, offset=0, limit=1000)))
        assert matching == set(ids(listing_without_index(store, query)))
        for order_by in ("cooperative", "visit_date", "agent", "author", "updated_at"):
            position = 1 + keys.index(order_by)
            for descending in (False, True):
                texts = ("cooperative", "agent", "author")
                key = (lambda v: text_key(v) if v else None) if order_by in texts else (lambda v: v)
                expected = by_key([(i, key(everything[i][position])) for i in matching], descending=descending)
                got = ids(shown(store, "visit", order_by, descending=descending, filters=filters, text=text, page=7))
                assert got == expected, (filters, text, order_by, descending, plan)


def test_a_walk_is_abandoned_beyond_its_budget(store: Store) -> None:
    conn = store.conn
    sql = ("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000) SELECT i FROM n"
           " WHERE i < 0", [])  # fmt: skip
    assert listing._within(conn, sql, steps=10_000) is None  # 100,000 rows: more than 10,000 instructions
    assert listing._within(conn, sql, steps=10**7) == []
    assert conn.execute("SELECT 1").fetchone() == (1,)  # the connection works on, without the handler


def listing_without_index(store: Store, query: ListQuery) -> list[tuple[Any, ...]]:
    """The records a filter lets through, read by a plain query over the JSON (no key, no index: without the forms,
    the filters are written as before the sort keys)."""
    form = store.forms.get(query.form)
    where, params = listing._where(query, listing.list_columns(store.forms, form), store.forms, keyed=False)
    return store.conn.execute(f"SELECT r.id FROM records r {listing._joins(form)} WHERE {where}", params).fetchall()


def test_the_visits_of_one_cooperative_come_from_the_reference_index(filtered_store: Store) -> None:
    store = filtered_store
    coop = store.records_of("cooperative")[0].id
    query = ListQuery(form="visit", order_by="visit_date", descending=False, where_field=("cooperative", coop))
    expected = sorted((v.data.get("visit_date", ""), v.id) for v in store.records_of("visit")
                      if v.data.get("cooperative") == coop)  # fmt: skip
    assert ids(fetch_rows(store.conn, store.forms, query, offset=0, limit=100)) == [i for _, i in expected]
    assert listing._fewest(store.conn, listing._candidates(store.forms, store.forms.get("visit"), query)) is not None


def test_migration_from_version_3_fills_the_keys(tmp_path: Path, shipped_forms: FormRegistry,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    path = tmp_path / "old.db"
    with Store.open(path, forms=shipped_forms, author="فاطمة", device_name="x") as store:
        made = {cooperative(store, name): name for name in NAMES}
        coop_ids = list(made)
        for index in range(12):
            visit(store, coop_ids[index % len(coop_ids)], f"2024-{index % 12 + 1:02d}-01")
    as_version_3(path)
    for bulk_at in (5000, 0):  # both ways of keying what the migration queues
        copy = tmp_path / f"copy-{bulk_at}.db"
        copy.write_bytes(path.read_bytes())
        monkeypatch.setattr(list_keys, "_BULK_AT", bulk_at)
        with Store.open(copy, forms=shipped_forms, author="فاطمة", device_name="x") as store:
            assert store.conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
            assert store.conn.execute("SELECT count(*) FROM list_pending").fetchone()[0] == 0
            names = [made[i] for i in ids(shown(store, "cooperative", "name_ar"))]
            assert [n for n in names if n not in ("تعاونية الأمل", "تعاونيه الامل")] == [
                n for n in READER_ORDER if n not in ("تعاونية الأمل", "تعاونيه الامل")]  # fmt: skip
            assert len(shown(store, "visit", "cooperative")) == 12
            assert no_key_problems(store) and store.check() == []


def as_version_3(path: Path) -> None:
    """The file as version 3 of the schema left it: without what migration 4 added."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.executescript(
            "BEGIN; DROP TRIGGER list_after_insert; DROP TRIGGER list_after_update; DROP TRIGGER list_after_delete;"
            " DROP TABLE list_keys; DROP TABLE list_pending; DROP INDEX records_by_change; DROP INDEX records_by_state;"
            " CREATE INDEX records_by_form ON records (form, deleted, updated_at);"
            " DELETE FROM meta WHERE key = 'list_keys_signature'; DROP TABLE extension_columns;"
            " DROP TABLE extension_cells; DROP TABLE distinct_pairs;"
            " ALTER TABLE history DROP COLUMN origin;"
            " DROP TABLE organisation; DROP TABLE sealed_seen; DROP TABLE signed_batches;"
            " ALTER TABLE history DROP COLUMN signature;"
            " DROP TRIGGER followup_after_insert; DROP TRIGGER followup_after_update;"
            " DROP TRIGGER followup_after_delete; DROP TABLE followup_items; DROP TABLE followup_pending;"
            " DELETE FROM meta WHERE key = 'followup_items_signature';"
            " PRAGMA user_version = 3; COMMIT;"
        )
        found = {name: (kind, table, sql) for kind, name, table, sql in
                 conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master")}  # fmt: skip
        assert found == expected_schema(3)
    finally:
        conn.close()


def test_check_reports_damaged_keys_and_repair_rebuilds_them(db_path: Path, shipped_forms: FormRegistry,
                                                              capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    with Store.open(db_path, forms=shipped_forms, author="فاطمة", device_name="x") as store:
        a, b = cooperative(store, "بركة"), cooperative(store, "آمال")
        visit(store, a)
        store.conn.execute("UPDATE list_keys SET key = 'يييي' WHERE record_id = ? AND field = 'name_ar'", (b,))
        store.conn.execute("DELETE FROM list_keys WHERE form = 'visit' AND field = 'cooperative'")
        assert ids(shown(store, "cooperative", "name_ar")) == [a, b]  # wrong: the damage shows
        assert list_keys.key_problems(store.conn, store.forms) == [
            "list keys: 2 missing or outdated (taawun check --repair rebuilds them)"
        ]
    assert cli_main(["--db", str(db_path), "--lang", "en", "check"]) == 3
    assert "list keys: 2 missing or outdated" in capsys.readouterr().out
    assert cli_main(["--db", str(db_path), "--lang", "en", "check", "--repair"]) == 0
    with Store.open(db_path, forms=shipped_forms, author="فاطمة", device_name="x") as store:
        assert ids(shown(store, "cooperative", "name_ar")) == [b, a]
        assert len(shown(store, "visit", "cooperative")) == 1 and no_key_problems(store)


def test_keys_are_made_again_when_missing_emptied_or_made_for_other_forms(db_path: Path,
                                                                        shipped_forms: FormRegistry) -> None:  # fmt: skip
    def reopen() -> Iterator[Store]:
        with Store.open(db_path, forms=shipped_forms, author="فاطمة", device_name="x") as store:
            yield store

    with Store.open(db_path, forms=shipped_forms, author="فاطمة", device_name="x") as store:
        a, b = cooperative(store, "بركة"), cooperative(store, "آمال")
    for damage in ("DELETE FROM list_keys",  # a sync package opened as a database: derived tables travel empty
                   "UPDATE meta SET value = 'other' WHERE key = 'list_keys_signature'",  # other forms or version
                   "DROP TABLE list_keys",  # removed by hand
                   "DROP INDEX records_by_state"):  # fmt: skip
        conn = sqlite3.connect(db_path)
        conn.execute(damage)
        conn.commit()
        conn.close()
        for store in reopen():
            assert ids(shown(store, "cooperative", "name_ar")) == [b, a], damage
            assert no_key_problems(store) and list_keys.schema_problems(store.conn) == []


def test_a_file_keyed_before_its_forms_declared_columns_is_keyed_again_when_opened(db_path: Path,
                                                                                 shipped_forms: FormRegistry) -> None:  # fmt: skip
    # The released version 2 of the forms, without their columns (the file holds it, and its keys): the release's
    # version is put in use, and a list sorted by a column it declares, as soon as the file is opened.
    without = released_v2_forms()
    assert [list(without.get(form.name).behaviour.columns) for form in shipped_forms] == [[], [], []]
    with Store.open(db_path, forms=without, author="فاطمة", device_name="x") as store:
        a, b = cooperative(store, "بركة", commune="مريرت"), cooperative(store, "آمال", commune="أجلموس")
        assert store.conn.execute("SELECT count(*) FROM list_keys WHERE field = 'commune'").fetchone() == (0,)
    with Store.open(db_path, forms=shipped_forms, author="فاطمة", device_name="x") as store:
        assert store.forms.get("cooperative").behaviour.columns == ("commune", "sectors")
        assert ids(shown(store, "cooperative", "commune")) == [b, a] and no_key_problems(store)


def test_records_written_by_another_program_are_keyed_at_the_next_opening(db_path: Path,
                                                                          shipped_forms: FormRegistry) -> None:  # fmt: skip
    with Store.open(db_path, forms=shipped_forms, author="فاطمة", device_name="x") as store:
        a = cooperative(store, "يوسف")
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE records SET data = json_set(data, '$.name_ar', 'آمال') WHERE id = ?", (a,))
    conn.commit()
    assert conn.execute("SELECT record_id FROM list_pending").fetchall() == [(a,)]  # the triggers noted it
    conn.close()
    with Store.open(db_path, forms=shipped_forms, author="فاطمة", device_name="x") as store:
        assert shown(store, "cooperative", "name_ar")[0][1] == "آمال" and no_key_problems(store)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(names=st.lists(st.text(alphabet="اأإآبتةهىيئؤوء من 0123456789٣abcéÉ", min_size=0, max_size=8), max_size=12),
       descending=st.booleans())  # fmt: skip
def test_the_list_order_is_the_python_order_of_the_same_keys(store: Store, names: list[str], descending: bool) -> None:
    # The store is shared by the examples: each adds its names to those already there.
    for name in names:
        if name.strip():
            cooperative(store, name)
    expected = by_key(
        [(r.id, text_key(r.data["name_ar"])) for r in store.records_of("cooperative")], descending=descending
    )
    assert ids(shown(store, "cooperative", "name_ar", descending=descending, page=5)) == expected


def test_a_large_merge_is_keyed_by_the_catch_up_that_follows_it(tmp_path: Path, shipped_forms: FormRegistry,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    """More records than `INLINE_AT_MOST` (lowered here) stay queued through the merge's commit, and the catch-up
    the window and `taawun sync merge` run right after keys them all; a small merge is keyed before its commit."""
    stick = tmp_path / "stick"
    stick.mkdir()

    def laptop(name: str) -> Store:
        (tmp_path / name).mkdir(exist_ok=True)
        return Store.open(tmp_path / name / "taawun.db", forms=shipped_forms, author=name, device_name=name)

    monkeypatch.setattr(list_keys, "INLINE_AT_MOST", 3)
    with laptop("a") as a, laptop("b") as b:
        coop = cooperative(a, "أمل")
        a_visits = [visit(a, coop, f"2025-01-{day:02d}") for day in range(1, 6)]
        assert merge_file(b, export_package(a, stick).path).merged
        assert list_keys.has_pending(b.conn)  # 6 records: left for the catch-up
        b.catch_up_derived()
        assert not list_keys.has_pending(b.conn)
        assert ids(shown(b, "visit", "visit_date")) == a_visits
        assert no_key_problems(b)
        a.update(coop, {"name_ar": "يوسف"})
        for path in stick.iterdir():
            path.unlink()
        assert merge_file(b, export_package(a, stick).path).merged  # one record: keyed before the commit
        assert not list_keys.has_pending(b.conn)
        assert no_key_problems(b)
