"""The summary over a period and an area: key figures, cooperatives by sector and by commune, the most frequent
challenges (with charts), the visits and meetings of the period and the open follow-ups, with a table of contents.

Scope, as the report itself says: profile figures (sectors, communes, challenges, members) cover every final
cooperative of the province; activity (visits, meetings, follow-ups) covers the period. Drafts are left out.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from reportlab.platypus import Flowable

from app.core.errors import InvalidInput
from app.core.fields import is_empty
from app.core.forms import FieldSpec
from app.core.places import official_places
from app.db.list_filters import Filters
from app.db.listing import ListQuery
from app.db.record_query import RecordQuery, field_values, record_batches, records
from app.db.store import Record
from app.reports.charts import BarChart
from app.reports.common import ReportContext
from app.reports.flowables import Contents, TextBlock

TOP_CHALLENGES = 10
_VISIT_COLUMNS = ("visit_date", "cooperative", "purpose", "recommendations")  # of the visits' table


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date
    province: str | None = None


def same_place(a: str, b: str) -> bool:
    """Is the province stored as `a` the one named `b`? A stored official province (its code, forms version 5) is
    the one `b` names as people name it (app/core/places.py: "Tiznit", "تزنيت", "إقليم تيزنيت"); a province kept as
    typed (version 4) matches as typed: case, spacing, tatweel and Unicode form do not matter, and the official
    province both name is the same place too."""
    places = official_places()
    if _place_key(a) == _place_key(b) or a.strip() in places.stored_values(b):
        return True
    typed = places.match(a)  # a province typed before version 5, naming the same official one
    return typed is not None and places.match(b) is typed


def _province_name(value: object, lang: str) -> str:
    """A stored province as people read it: an official one by its name in `lang`, one typed as text as typed."""
    province = official_places().province(value) if isinstance(value, str) else None
    return province.official(lang) if province is not None else str(value)


def _place_key(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).replace("\u0640", "").casefold().split())


@dataclass
class _Scope:
    """What the summary prints. The cooperatives of the area and the period's workshops are few (profiles and
    events); the visits may be 100,000: only those of the period are read, once, in date order, into the lines the
    report prints of them."""

    cooperatives: list[Record]
    workshops: list[Record]
    visits: _Visits


@dataclass
class _Visits:
    count: int = 0
    cooperatives: set[object] = field(default_factory=set)  # those visited
    rows: list[list[str]] = field(default_factory=list)  # of the visits' table
    follow_ups: list[tuple[str, str, str, str]] = field(default_factory=list)  # due (ISO), cooperative, action, who


def _final(form: str, **options: Any) -> RecordQuery:
    return RecordQuery(ListQuery(form, filters=Filters(state="final")), **options)


def _scope(ctx: ReportContext, period: Period) -> _Scope:
    store = ctx.store
    start, end = period.start.isoformat(), period.end.isoformat()

    def in_area(value: object) -> bool:
        return period.province is None or (isinstance(value, str) and same_place(value, period.province))

    cooperatives: list[Record] = []
    of_cooperative: dict[str, object] = {}  # every final cooperative's province
    known: set[str] = set()  # the provinces given, to name them when the one asked for is unknown
    for record in records(store.conn, store.forms, _final("cooperative")):
        of_cooperative[record.id] = record.data.get("province")
        if record.data.get("province"):
            known.add(_province_name(record.data["province"], ctx.lang))
        if in_area(record.data.get("province")):
            cooperatives.append(record)
    all_workshops = list(records(store.conn, store.forms, _final("workshop")))
    known |= {_province_name(r.data["province"], ctx.lang) for r in all_workshops if r.data.get("province")}
    provinces = _workshop_provinces(ctx, all_workshops, of_cooperative) if period.province is not None else {}
    workshops = [r for r in all_workshops if in_area(provinces.get(r.id))]
    if period.province is not None and not cooperatives and not workshops:
        raise InvalidInput("report_unknown_province", province=period.province, known=", ".join(sorted(known)) or "—")
    workshops = [r for r in workshops if _overlaps(r, start, end)]
    workshops.sort(key=lambda r: str(r.data.get("start_date") or r.data.get("end_date") or ""))
    visits = RecordQuery(ListQuery("visit", filters=Filters(state="final", date_from=start, date_to=end)),
                         among=None if period.province is None else ("cooperative", {r.id for r in cooperatives}),
                         order=("visit_date",))  # fmt: skip
    return _Scope(cooperatives, workshops, _read_visits(ctx, visits))


def _workshop_provinces(ctx: ReportContext, workshops: list[Record],
                        of_cooperative: dict[str, object]) -> dict[str, str | None]:  # fmt: skip
    """Each workshop's province: its own, else the one province of the cooperatives all its visits went to (a
    workshop whose visits span provinces or go to a cooperative without one, or that has none, stays without)."""
    provinces: dict[str, str | None] = {}
    for workshop in workshops:
        own = workshop.data.get("province")
        provinces[workshop.id] = own if isinstance(own, str) and own.strip() else None
    without = {workshop_id for workshop_id, own in provinces.items() if own is None}
    if not without:
        return provinces
    # Only the visits of those workshops, and only the two fields: (visits, places given, first place, place keys).
    visited: dict[str, tuple[int, int, str | None, set[str]]] = {}
    query = _final("visit", among=("workshop", without))
    for _, workshop_id, cooperative in field_values(
        ctx.store.conn, ctx.store.forms, query, ("workshop", "cooperative")
    ):
        count, given, first, keys = visited.get(workshop_id, (0, 0, None, set()))
        place = of_cooperative.get(cooperative) if isinstance(cooperative, str) else None
        if isinstance(place, str) and place.strip():
            given, first = given + 1, first if first is not None else place
            keys.add(_place_key(place))
        visited[workshop_id] = (count + 1, given, first, keys)
    for workshop_id, (count, given, first, keys) in visited.items():
        if given and given == count and len(keys) == 1:
            provinces[workshop_id] = first
    return provinces


def _overlaps(workshop: Record, start: str, end: str) -> bool:
    first = str(workshop.data.get("start_date") or workshop.data.get("end_date") or "")
    last = str(workshop.data.get("end_date") or first)
    return bool(first) and first <= end and last >= start


def _read_visits(ctx: ReportContext, query: RecordQuery) -> _Visits:
    """The period's visits, a batch at a time (with their cooperatives' names), into the lines the report prints:
    the rows of their table and their follow-ups."""
    visits = _Visits()
    form = ctx.store.forms.get("visit")
    specs = [spec for spec in (form.field(name) for name in _VISIT_COLUMNS) if spec is not None]
    for batch in record_batches(ctx.store.conn, ctx.store.forms, query):
        ctx.read_titles(str(visit.data["cooperative"]) for visit in batch if visit.data.get("cooperative"))
        for visit in batch:
            visits.count += 1
            visits.cooperatives.add(visit.data.get("cooperative"))
            visits.rows.append([_visit_cell(ctx, spec, visit.data.get(spec.name)) for spec in specs])
            visits.follow_ups += _visit_follow_ups(ctx, visit)
    return visits


def _visit_cell(ctx: ReportContext, spec: FieldSpec, value: Any) -> str:
    if is_empty(value):
        return ""
    if spec.name == "recommendations":
        return str(len(value))
    return ctx.value(spec, value)


def _visit_follow_ups(ctx: ReportContext, visit: Record) -> list[tuple[str, str, str, str]]:
    """A visit's open recommendations and its planned follow-up visit: (due (ISO), cooperative, action, responsible)."""
    items = []
    cooperative = ctx.title_of(str(visit.data.get("cooperative"))) or ""
    for entry in visit.data.get("recommendations") or []:
        if entry.get("done_on"):  # done (visit form version 5): no longer open
            continue
        items.append((str(entry.get("due_date") or ""), cooperative, str(entry.get("action") or ""),
                      str(entry.get("responsible") or "")))  # fmt: skip
    if visit.data.get("next_follow_up"):
        items.append((str(visit.data["next_follow_up"]), cooperative, ctx.t("report_next_follow_up_action"),
                      str(visit.data.get("agent") or "")))  # fmt: skip
    return items


def summary_story(ctx: ReportContext, period: Period) -> tuple[str, list[Flowable]]:
    scope = _scope(ctx, period)
    kind = ctx.t("report_title_summary")
    when = ctx.t("report_period", start=ctx.date(period.start.isoformat()), end=ctx.date(period.end.isoformat()))
    where = ctx.t("report_area", area=period.province or ctx.t("report_all_areas"))
    story: list[Flowable] = ctx.title_block(kind, f"{when} — {where}")
    story.append(ctx.para(ctx.t("report_scope"), ctx.styles.small.but(align="start")))
    story.append(TextBlock(ctx.engine, ctx.t("report_contents"), ctx.styles.heading, space_before=10, space_after=4))
    story.append(Contents(ctx.engine, ctx.styles.cell.but(size=10, auto=False)))
    story += _key_figures(ctx, scope)
    coop_form = ctx.store.forms.get("cooperative")
    sectors = coop_form.field("sectors")
    if sectors is not None:
        counts = Counter(value for r in scope.cooperatives for value in r.data.get("sectors") or [])
        story += _distribution(ctx, ctx.t("report_by_sector"), sectors.label[ctx.lang],
                               [(sectors.choice_label(v, ctx.lang), n) for v, n in _ranked(counts)],
                               len(scope.cooperatives))  # fmt: skip
    communes = Counter(str(r.data.get("commune") or ctx.t("report_not_given")) for r in scope.cooperatives)
    commune_spec = coop_form.field("commune")
    story += _distribution(ctx, ctx.t("report_by_commune"), commune_spec.label[ctx.lang] if commune_spec else "",
                           list(_ranked(communes)), len(scope.cooperatives))  # fmt: skip
    challenges = coop_form.field("challenges")
    if challenges is not None:
        counts = Counter(value for r in scope.cooperatives for value in r.data.get("challenges") or [])
        ranked = [(challenges.choice_label(v, ctx.lang), n) for v, n in _ranked(counts)][:TOP_CHALLENGES]
        story += _distribution(ctx, ctx.t("report_challenges"), challenges.label[ctx.lang], ranked,
                               len(scope.cooperatives))  # fmt: skip
    story += _visits(ctx, scope.visits)
    story += _workshops(ctx, scope.workshops)
    story += _follow_ups(ctx, scope.visits)
    return f"{kind} — {when}", story


def _ranked(counts: Counter[str]) -> Iterable[tuple[str, int]]:
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def _key_figures(ctx: ReportContext, scope: _Scope) -> list[Flowable]:
    coops = scope.cooperatives
    form = ctx.store.forms.get("cooperative")
    rows = [(ctx.t("report_cooperatives_in_area"), str(len(coops)))]
    for name in ("members_total", "members_women", "members_under_35"):
        spec = form.field(name)
        if spec is not None:
            rows.append((spec.label[ctx.lang], _member_figure(ctx, coops, name)))
    rows.append((ctx.t("report_cooperatives_visited"), str(len(scope.visits.cooperatives))))
    rows.append((ctx.t("report_visits_in_period"), str(scope.visits.count)))
    rows.append((ctx.t("report_workshops_in_period"), str(len(scope.workshops))))
    return [ctx.heading(ctx.t("report_key_figures")), ctx.fields_table(rows)]


def _member_figure(ctx: ReportContext, coops: list[Record], name: str) -> str:
    """A sum over the cooperatives that gave the figure; one nobody gave is unknown, never 0. A share of the members
    counts only the cooperatives that gave both the figure and their total; a partial sum says how many gave it."""
    known = [r for r in coops if not is_empty(r.data.get(name))]
    if not known:
        return ctx.t("report_figure_unknown")
    value = sum(int(r.data[name]) for r in known)
    shown = str(value)
    if name != "members_total":
        both = [r for r in known if not is_empty(r.data.get("members_total"))]
        whole = sum(int(r.data["members_total"]) for r in both)
        if whole > 0:
            shown = f"{value} ({ctx.percent(sum(int(r.data[name]) for r in both), whole)})"
    if len(known) < len(coops):
        shown = ctx.t("report_figure_partial", figure=shown, count=len(known), total=len(coops))
    return shown


def _distribution(ctx: ReportContext, title: str, column: str, items: list[tuple[str, int]],
                  whole: int) -> list[Flowable]:  # fmt: skip
    story: list[Flowable] = [ctx.heading(title)]
    if not items:
        return [*story, ctx.para(ctx.t("report_nothing"))]
    number_font = ctx.engine.fonts.face("latin").fontName
    story.append(BarChart(ctx.engine, items, style=ctx.styles.cell, number_font=number_font))
    rows = [[label, str(count), ctx.percent(count, whole)] for label, count in items]
    story.append(ctx.grid([column, ctx.t("report_count"), ctx.t("report_share")], rows, [5, 1.3, 1.3]))
    return story


def _visits(ctx: ReportContext, visits: _Visits) -> list[Flowable]:
    story: list[Flowable] = [ctx.heading(ctx.t("report_visits_in_period"))]
    if not visits.count:
        return [*story, ctx.para(ctx.t("report_no_visits"))]
    form = ctx.store.forms.get("visit")
    header = [spec.label[ctx.lang] for spec in (form.field(name) for name in _VISIT_COLUMNS) if spec is not None]
    return [*story, ctx.grid(header, visits.rows, [1.3, 4.0, 2.6, 1.3][: len(header)])]


def _workshops(ctx: ReportContext, workshops: list[Record]) -> list[Flowable]:
    story: list[Flowable] = [ctx.heading(ctx.t("report_workshops_in_period"))]
    if not workshops:
        return [*story, ctx.para(ctx.t("report_nothing"))]
    form = ctx.store.forms.get("workshop")
    specs = [spec for spec in (form.field(n) for n in ("start_date", "title", "place", "sessions")) if spec]
    rows = []
    for workshop in workshops:
        row = []
        for spec in specs:
            value: Any = workshop.data.get(spec.name)
            row.append("" if is_empty(value) else str(len(value)) if spec.type == "group" else ctx.value(spec, value))
        rows.append(row)
    weights = {"start_date": 1.3, "title": 4.0, "place": 2.4, "sessions": 1.2}
    return [*story, ctx.grid([s.label[ctx.lang] for s in specs], rows, [weights[s.name] for s in specs])]


def _follow_ups(ctx: ReportContext, visits: _Visits) -> list[Flowable]:
    """Recommendations of the period's visits and the planned follow-up visits, soonest due first."""
    story: list[Flowable] = [ctx.heading(ctx.t("report_open_follow_ups")), ctx.para(ctx.t("report_follow_ups_scope"))]
    form = ctx.store.forms.get("visit")
    group = form.field("recommendations")
    items = list(visits.follow_ups)
    if not items:
        return [*story, ctx.para(ctx.t("report_nothing"))]
    items.sort(key=lambda item: (item[0] == "", item[0]))  # undated last
    labels = {name: (group.subfield(name).label[ctx.lang] if group and group.subfield(name) else name)  # type: ignore[union-attr]
              for name in ("due_date", "action", "responsible")}  # fmt: skip
    cooperative_spec = form.field("cooperative")
    header = [labels["due_date"], cooperative_spec.label[ctx.lang] if cooperative_spec else "", labels["action"],
              labels["responsible"]]  # fmt: skip
    rows = [[ctx.date(due) if due else "", coop, action, who] for due, coop, action, who in items]
    return [*story, ctx.grid(header, rows, [1.3, 2.4, 4.5, 2.2])]
