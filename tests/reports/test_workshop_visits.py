"""The visits of a workshop come from the lists' reference index (a `list_keys` row for a visit's workshop, app/db/
list_plan.py), not from reading every visit: on a real file, the workshop report lists exactly the visits naming
the workshop through creations, drafts, a changed or cleared reference and deletions, and a file keyed before
those rows existed gets them when it is next opened."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from app.core.forms import FormRegistry
from app.db import list_keys, record_query
from app.db.listing import ListQuery
from app.db.record_query import RecordQuery
from app.db.store import Store
from app.reports import ReportRequest, build_report
from app.reports.common import ReportContext
from app.reports.text_layout import TextEngine
from app.reports.workshop_report import visits_during


def context(store: Store, engine: TextEngine) -> ReportContext:
    return ReportContext(store=store, lang="ar", engine=engine, organisation="", generated_on=dt.date(2025, 6, 2),
                         width=500.0)  # fmt: skip


def listed(store: Store, engine: TextEngine, workshop: str) -> list[str]:
    return [visit.id for visit in visits_during(context(store, engine), workshop)]


def from_the_index(store: Store, workshop: str) -> bool:
    """Whether the query of the workshop's visits starts from the `ref` rows of the sort keys."""
    query = RecordQuery(ListQuery("visit", where_field=("workshop", workshop)))
    source = record_query._source(store.conn, store.forms, store.forms.get("visit"), query)
    return source is not None and "ref = ?" in source[0] and workshop in source[1]


def open_store(path: Path, forms: FormRegistry) -> Store:
    return Store.open(path, forms=forms, author="فاطمة", device_name="x")


def test_the_report_lists_exactly_the_visits_naming_the_workshop(tmp_path: Path, shipped_forms: FormRegistry,
                                                                 engine: TextEngine) -> None:  # fmt: skip
    with open_store(tmp_path / "a.db", shipped_forms) as store:
        coop = store.create("cooperative", {"name_ar": "تعاونية النور"})
        mrirt = store.create("workshop", {"title": "لقاء مريرت", "start_date": "2025-03-04"})
        other = store.create("workshop", {"title": "لقاء أزيلال", "start_date": "2025-04-01"})

        def visit(day: int, *, draft: bool = False, **data: object) -> str:
            return store.create("visit", {"cooperative": coop, "visit_date": f"2025-03-{day:02d}",
                                          "observations": "ملاحظة", **data}, draft=draft)  # fmt: skip

        first, second = visit(4, workshop=mrirt), visit(5, workshop=mrirt)
        draft = visit(6, workshop=mrirt, draft=True)
        elsewhere, unlinked = visit(3, workshop=other), visit(2)
        assert from_the_index(store, mrirt)
        assert listed(store, engine, mrirt) == [first, second, draft]  # drafts too, by date
        assert listed(store, engine, other) == [elsewhere]

        store.update(second, {"workshop": other})  # the reference changed
        store.update(unlinked, {"workshop": mrirt})  # a visit linked afterwards
        store.update(first, {"workshop": None})  # the reference cleared
        store.delete(draft)
        assert listed(store, engine, mrirt) == [unlinked]
        assert listed(store, engine, other) == [elsewhere, second]
        store.update(other, {"title": "لقاء أزيلال الثاني"})  # a renamed workshop keeps its visits
        assert listed(store, engine, other) == [elsewhere, second]
        assert list_keys.key_problems(store.conn, store.forms) == []
        report = build_report(store, ReportRequest("workshop", "ar", record_id=other), engine=engine)
        assert report.pages >= 1


def test_a_file_keyed_before_the_reference_rows_gets_them_when_opened(tmp_path: Path, shipped_forms: FormRegistry,
                                                                      engine: TextEngine) -> None:  # fmt: skip
    path = tmp_path / "old.db"
    with open_store(path, shipped_forms) as store:
        coop = store.create("cooperative", {"name_ar": "تعاونية النور"})
        workshop = store.create("workshop", {"title": "لقاء مريرت", "start_date": "2025-03-04"})
        visits = [store.create("visit", {"cooperative": coop, "visit_date": f"2025-03-0{day}", "workshop": workshop,
                                         "observations": "ملاحظة"}) for day in (5, 4)]  # fmt: skip
    # As the previous release left it: no row for a reference that is no column, its own fingerprint.
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("DELETE FROM list_keys WHERE field = 'workshop'")
        conn.execute("UPDATE meta SET value = 'made by the previous release' WHERE key = 'list_keys_signature'")
    conn.close()
    with open_store(path, shipped_forms) as store:
        rows = store.conn.execute("SELECT record_id FROM list_keys WHERE field = 'workshop' AND ref = ?", (workshop,))
        assert sorted(row[0] for row in rows) == sorted(visits)
        assert from_the_index(store, workshop)
        assert listed(store, engine, workshop) == visits[::-1]
        assert list_keys.key_problems(store.conn, store.forms) == []
