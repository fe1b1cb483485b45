"""The reports query the records they print (app/db/record_query.py) instead of reading every record and filtering
in Python: on a small real database of varied records (drafts, deletions, province spellings, workshops with and
without a province), the query gives exactly the records the filters in Python gave, in the same order, for random
filters; the summary's scope is exactly the one the reading of everything gave; and a summary decodes no visit
outside its period."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.errors import InvalidInput
from app.core.forms import FormRegistry
from app.db import record_query
from app.db.list_filters import Filters
from app.db.listing import ListQuery
from app.db.record_query import RecordQuery, field_values, records
from app.db.store import Record, Store
from app.reports import ReportRequest, build_report
from app.reports.common import ReportContext
from app.reports.cooperative_sheet import visits_of
from app.reports.summary_report import Period, _place_key, _scope, _visit_cell, _visit_follow_ups, same_place
from app.reports.text_layout import TextEngine
from app.reports.workshop_report import visits_during

PROVINCES = ("خنيفرة", "خنيـفرة", "Khénifra", "KHÉNIFRA", "أزيلال", "Azilal", None)
ASKED = ("خنيفرة", " خنيـفرة ", "khénifra", "أزيلال", "azilal", "الرباط")
DAYS = [dt.date(2025, 1, 1) + dt.timedelta(days=n) for n in range(0, 120, 3)]
DATES = st.sampled_from(DAYS)


@pytest.fixture(scope="module")
def varied(tmp_path_factory: pytest.TempPathFactory, shipped_forms: FormRegistry) -> Iterator[Store]:
    """17 cooperatives, 9 workshops and about 100 visits, most drawn with a fixed seed: drafts, deletions, provinces spelled several
    ways or missing, workshops whose province comes from their visits' cooperatives, dates shared by several."""
    rng = random.Random(14)
    path = tmp_path_factory.mktemp("queries") / "varied.db"
    with Store.open(path, forms=shipped_forms, author="test", device_name="laptop") as store:
        coop_form = store.forms.get("cooperative")
        sectors = [c.value for c in coop_form.field("sectors").choices]  # type: ignore[union-attr]
        challenges = [c.value for c in coop_form.field("challenges").choices]  # type: ignore[union-attr]
        cooperatives = []
        for number in range(12):
            data: dict[str, Any] = {"name_ar": f"تعاونية {number}", "sectors": rng.sample(sectors, 2),
                                    "challenges": rng.sample(challenges, 3), "commune": rng.choice(["مريرت", None])}  # fmt: skip
            if (province := rng.choice(PROVINCES)) is not None:
                data["province"] = province
            if rng.random() < 0.7:
                data["members_total"] = rng.randint(5, 80)
                data["members_women"] = rng.randint(0, 5)
            cooperatives.append(store.create("cooperative", data, draft=number % 5 == 4))
        workshops = []
        for number in range(5):
            start = rng.choice(DAYS)
            data = {"title": f"لقاء {number}", "start_date": start.isoformat()}
            if number % 2:
                data["end_date"] = (start + dt.timedelta(days=rng.randint(0, 9))).isoformat()
            if number in (0, 3):
                data["province"] = rng.choice(PROVINCES[:-1])
            workshops.append(store.create("workshop", data, draft=number == 4))
        for number in range(90):
            day = rng.choice(DAYS)
            data = {"cooperative": rng.choice(cooperatives), "visit_date": day.isoformat(),
                    "observations": f"ملاحظة {number}"}  # fmt: skip
            if rng.random() < 0.3:
                data["workshop"] = rng.choice(workshops)
            if rng.random() < 0.5:
                data["recommendations"] = [{"action": f"إجراء {number}", "due_date": rng.choice(DAYS).isoformat()}]
            if rng.random() < 0.3:
                data["next_follow_up"] = (day + dt.timedelta(days=rng.randint(0, 40))).isoformat()
            visit = store.create("visit", data, draft=rng.random() < 0.15)
            if rng.random() < 0.08:
                store.delete(visit)
        # Workshops without a province, whose visits' cooperatives give one (two spellings of one place), or do not
        # (one of them has none; one is a draft).
        places = {name: store.create("cooperative", {"name_ar": name, **({"province": place} if place else {})},
                                     draft=name == "draft")  # fmt: skip
                  for name, place in (("k1", "خنيفرة"), ("k2", "خنيـفرة "), ("az", "Azilal"), ("none", None),
                                      ("draft", "Azilal"))}  # fmt: skip
        for title, names in (("one place", ("k1", "k2", "k1")), ("one missing", ("az", "none", "az")),
                             ("one draft", ("az", "draft")), ("no visits", ())):  # fmt: skip
            workshop = store.create("workshop", {"title": title, "start_date": "2025-02-01"})
            for name in names:
                store.create("visit", {"cooperative": places[name], "visit_date": "2025-02-03", "workshop": workshop,
                                       "observations": title})  # fmt: skip
        yield store


# --- the query against the filters in Python ------------------------------------------------------------------


def in_python(store: Store, form: str, filters: Filters, among: tuple[str, set[str]] | None,
              order: tuple[str, ...], where_field: tuple[str, str] | None = None) -> list[str]:  # fmt: skip
    """What the reports did: every live record of the form, filtered and sorted in Python. A record without a date
    is outside any range (the reports always gave both ends, and `"" < start`)."""
    date = {"visit": "visit_date", "workshop": "start_date", "cooperative": "founded_on"}[form]
    chosen = [
        r for r in store.records_of(form)
        if (filters.state is None or r.state == filters.state)
        and (filters.date_from is None or filters.date_from <= str(r.data.get(date, "")))
        and (filters.date_to is None or str(r.data.get(date, "")) <= filters.date_to)
        and (not (filters.date_from or filters.date_to) or isinstance(r.data.get(date), str))
        and (among is None or r.data.get(among[0]) in among[1])
        and (where_field is None or r.data.get(where_field[0]) == where_field[1])
    ]  # fmt: skip
    for name in reversed(order):
        chosen.sort(key=lambda r: str(r.data.get(name, "")))
    return [r.id for r in chosen]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(state=st.sampled_from([None, "draft", "final"]), start=st.none() | DATES, end=st.none() | DATES,
       among=st.none() | st.sets(st.integers(0, 11)), ordered=st.booleans(), batch=st.integers(1, 40),
       workshop=st.none() | st.integers(0, 8))  # fmt: skip
def test_the_query_gives_the_records_the_filters_in_python_gave(
    varied: Store,
    state: str | None,
    start: dt.date | None,
    end: dt.date | None,
    among: set[int] | None,
    ordered: bool,
    batch: int,
    workshop: int | None,
) -> None:
    cooperatives = [r.id for r in varied.records_of("cooperative")]
    workshops = [r.id for r in varied.records_of("workshop")]
    filters = Filters(state=state, date_from=start.isoformat() if start else None,
                      date_to=end.isoformat() if end else None)  # fmt: skip
    chosen = None if among is None else ("cooperative", {cooperatives[n] for n in among})
    where = None if workshop is None else ("workshop", workshops[workshop])
    order = ("visit_date",) if ordered else ()
    query = RecordQuery(ListQuery("visit", filters=filters, where_field=where), among=chosen, order=order)
    found = list(records(varied.conn, varied.forms, query, batch=batch))
    assert [r.id for r in found] == in_python(varied, "visit", filters, chosen, order, where)
    assert found == [varied.get(r.id) for r in found]  # whole records, as the store reads them
    assert [row[0] for row in field_values(varied.conn, varied.forms, query, ("cooperative",))] == [r.id for r in found]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(state=st.sampled_from([None, "draft", "final"]), start=st.none() | DATES, end=st.none() | DATES)
def test_the_query_serves_the_other_forms_alike(varied: Store, state: str | None, start: dt.date | None,
                                                end: dt.date | None) -> None:  # fmt: skip
    filters = Filters(state=state, date_from=start.isoformat() if start else None,
                      date_to=end.isoformat() if end else None)  # fmt: skip
    for form in ("workshop", "cooperative"):
        query = RecordQuery(ListQuery(form, filters=filters))
        assert [r.id for r in records(varied.conn, varied.forms, query)] == in_python(varied, form, filters, None, ())


def test_a_field_outside_the_form_never_reaches_sql(varied: Store) -> None:
    query = RecordQuery(ListQuery("visit"), order=("visit_date') --",))
    with pytest.raises(ValueError, match="has no field"):
        list(records(varied.conn, varied.forms, query))


# --- the summary's scope against the reading of everything ---------------------------------------------------


def old_scope(store: Store, period: Period) -> tuple[list[str], list[Record], list[str]]:
    """The summary's scope as it was computed before it queried (app/reports/summary_report.py at a913c6c)."""
    start, end = period.start.isoformat(), period.end.isoformat()

    def in_area(value: object) -> bool:
        return period.province is None or (isinstance(value, str) and same_place(value, period.province))

    final = [r for form in ("cooperative", "visit", "workshop") for r in store.records_of(form) if r.state == "final"]
    cooperatives = [r for r in final if r.form == "cooperative" and in_area(r.data.get("province"))]
    of_cooperative = {r.id: r.data.get("province") for r in final if r.form == "cooperative"}
    visited: dict[str, list[object]] = {}
    for visit in final:
        if visit.form == "visit" and visit.data.get("workshop"):
            visited.setdefault(str(visit.data["workshop"]), []).append(
                of_cooperative.get(visit.data.get("cooperative"))
            )
    provinces: dict[str, object] = {}
    for workshop in (r for r in final if r.form == "workshop"):
        own = workshop.data.get("province")
        places = [p for p in visited.get(workshop.id, []) if isinstance(p, str) and p.strip()]
        if isinstance(own, str) and own.strip():
            provinces[workshop.id] = own
        elif places and len(places) == len(visited[workshop.id]) and len({_place_key(p) for p in places}) == 1:
            provinces[workshop.id] = places[0]
    workshops = [r for r in final if r.form == "workshop" and in_area(provinces.get(r.id))]
    if period.province is not None and not cooperatives and not workshops:
        known = sorted({str(r.data["province"]) for r in final if r.form in ("cooperative", "workshop")
                        and r.data.get("province")})  # fmt: skip
        raise InvalidInput("report_unknown_province", province=period.province, known=", ".join(known) or "—")
    ids = {r.id for r in cooperatives}
    visits = [r for r in final if r.form == "visit" and start <= str(r.data.get("visit_date", "")) <= end
              and (period.province is None or r.data.get("cooperative") in ids)]  # fmt: skip

    def overlaps(w: Record) -> bool:
        first = str(w.data.get("start_date") or w.data.get("end_date") or "")
        last = str(w.data.get("end_date") or first)
        return bool(first) and first <= end and last >= start

    workshops = [r for r in workshops if overlaps(r)]
    visits.sort(key=lambda r: str(r.data.get("visit_date", "")))
    workshops.sort(key=lambda r: str(r.data.get("start_date") or r.data.get("end_date") or ""))
    return [r.id for r in cooperatives], visits, [r.id for r in workshops]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(start=DATES, length=st.integers(0, 60), province=st.none() | st.sampled_from(ASKED),
       lang=st.sampled_from(["ar", "fr"]))  # fmt: skip
def test_the_summary_reads_what_it_read_before(varied: Store, engine: TextEngine, start: dt.date, length: int,
                                               province: str | None, lang: str) -> None:  # fmt: skip
    period = Period(start, start + dt.timedelta(days=length), province)
    ctx = ReportContext(store=varied, lang=lang, engine=engine, organisation="", generated_on=dt.date(2025, 6, 2),
                        width=500.0)  # fmt: skip
    try:
        expected = old_scope(varied, period)
    except InvalidInput as error:
        with pytest.raises(InvalidInput) as raised:
            _scope(ctx, period)
        assert (raised.value.code, raised.value.params) == (error.code, error.params)
        return
    scope = _scope(ctx, period)
    cooperatives, visits, workshops = expected
    assert [r.id for r in scope.cooperatives] == cooperatives
    assert [r.id for r in scope.workshops] == workshops
    assert scope.visits.count == len(visits)
    assert scope.visits.cooperatives == {v.data.get("cooperative") for v in visits}
    specs = [s for s in (varied.forms.get("visit").field(n) for n in ("visit_date", "cooperative", "purpose",
                                                                       "recommendations")) if s]  # fmt: skip
    assert scope.visits.rows == [[_visit_cell(ctx, s, v.data.get(s.name)) for s in specs] for v in visits]
    assert scope.visits.follow_ups == [item for v in visits for item in _visit_follow_ups(ctx, v)]


# --- what a summary reads --------------------------------------------------------------------------------------


def test_a_summary_decodes_no_visit_outside_its_period(tmp_path: Path, shipped_forms: FormRegistry,
                                                       engine: TextEngine, monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    with Store.open(tmp_path / "a.db", forms=shipped_forms, author="test", device_name="laptop") as store:
        cooperative = store.create("cooperative", {"name_ar": "تعاونية النور", "province": "خنيفرة"})
        for day in range(1, 29):
            for _ in range(8):
                store.create("visit", {"cooperative": cooperative, "visit_date": f"2025-02-{day:02d}",
                                       "observations": "خارج الفترة"})  # fmt: skip
        workshop = store.create("workshop", {"title": "لقاء مريرت", "start_date": "2025-03-04"})
        inside = [store.create("visit", {"cooperative": cooperative, "visit_date": "2025-03-04", "workshop": workshop,
                                         "observations": "داخل الفترة"}) for _ in range(3)]  # fmt: skip
        decoded: list[str] = []
        real = record_query._record

        def counted(row: tuple[Any, ...]) -> Record:
            record = real(row)
            decoded.append(record.id)
            return record

        def refused(*args: object, **kwargs: object) -> list[Record]:
            raise AssertionError("a report read every record of a form")

        monkeypatch.setattr(record_query, "_record", counted)
        monkeypatch.setattr(Store, "records_of", refused)
        for province in (None, "خنيفرة"):
            decoded.clear()
            period = Period(dt.date(2025, 3, 1), dt.date(2025, 3, 31), province)
            report = build_report(store, ReportRequest("summary", "fr", period=period), engine=engine)
            assert report.pages >= 1
            assert sorted(decoded) == sorted([cooperative, workshop, *inside])  # and the period's visits only
        decoded.clear()
        report = build_report(store, ReportRequest("workshop", "fr", record_id=workshop), engine=engine)
        assert report.pages >= 1
        assert sorted(decoded) == sorted(inside)  # the workshop's visits (the workshop itself: Store.get)


def test_a_sheet_and_a_workshop_report_read_the_visits_they_read_before(varied: Store, engine: TextEngine) -> None:
    ctx = ReportContext(store=varied, lang="ar", engine=engine, organisation="", generated_on=dt.date(2025, 6, 2),
                        width=500.0)  # fmt: skip
    every = varied.records_of("visit")
    for cooperative in varied.records_of("cooperative"):
        mine = [v for v in every if v.data.get("cooperative") == cooperative.id]
        assert visits_of(ctx, cooperative.id) == sorted(mine, key=lambda v: str(v.data.get("visit_date", "")))
    for workshop in varied.records_of("workshop"):
        mine = [v for v in every if v.data.get("workshop") == workshop.id]
        expected = sorted(mine, key=lambda v: (str(v.data.get("visit_date", "")),
                                               varied.title_of(v.data["cooperative"], "ar") or ""))  # fmt: skip
        assert visits_during(ctx, workshop.id) == expected
