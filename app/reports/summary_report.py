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
from dataclasses import dataclass

from reportlab.platypus import Flowable

from app.core.errors import InvalidInput
from app.core.fields import is_empty
from app.db.store import Record
from app.reports.charts import BarChart
from app.reports.common import ReportContext
from app.reports.flowables import Contents, TextBlock

TOP_CHALLENGES = 10


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date
    province: str | None = None


def same_place(a: str, b: str) -> bool:
    """Province names as typed: case, spacing, tatweel and Unicode form do not matter."""
    return _place_key(a) == _place_key(b)


def _place_key(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).replace("\u0640", "").casefold().split())


@dataclass
class _Scope:
    cooperatives: list[Record]
    visits: list[Record]
    workshops: list[Record]


def _scope(ctx: ReportContext, period: Period) -> _Scope:
    store = ctx.store
    start, end = period.start.isoformat(), period.end.isoformat()

    def in_area(value: object) -> bool:
        return period.province is None or (isinstance(value, str) and same_place(value, period.province))

    final = [r for form in ("cooperative", "visit", "workshop") for r in store.records_of(form) if r.state == "final"]
    cooperatives = [r for r in final if r.form == "cooperative" and in_area(r.data.get("province"))]
    provinces = _workshop_provinces(final)
    workshops = [r for r in final if r.form == "workshop" and in_area(provinces.get(r.id))]
    if period.province is not None and not cooperatives and not workshops:
        known = sorted({str(r.data["province"]) for r in final if r.form in ("cooperative", "workshop")
                        and r.data.get("province")})  # fmt: skip
        raise InvalidInput("report_unknown_province", province=period.province, known=", ".join(known) or "—")
    ids = {r.id for r in cooperatives}
    visits = [r for r in final if r.form == "visit" and start <= str(r.data.get("visit_date", "")) <= end
              and (period.province is None or r.data.get("cooperative") in ids)]  # fmt: skip
    workshops = [r for r in workshops if _overlaps(r, start, end)]
    visits.sort(key=lambda r: str(r.data.get("visit_date", "")))
    workshops.sort(key=lambda r: str(r.data.get("start_date") or r.data.get("end_date") or ""))
    return _Scope(cooperatives, visits, workshops)


def _workshop_provinces(final: list[Record]) -> dict[str, str | None]:
    """Each workshop's province: its own, else the one province of the cooperatives all its visits went to (a
    workshop whose visits span provinces or go to a cooperative without one, or that has none, stays without)."""
    of_cooperative = {r.id: r.data.get("province") for r in final if r.form == "cooperative"}
    visited: dict[str, list[object]] = {}
    for visit in final:
        if visit.form == "visit" and visit.data.get("workshop"):
            place = of_cooperative.get(visit.data.get("cooperative"))
            visited.setdefault(str(visit.data["workshop"]), []).append(place)
    provinces: dict[str, str | None] = {}
    for workshop in (r for r in final if r.form == "workshop"):
        own = workshop.data.get("province")
        places = [p for p in visited.get(workshop.id, []) if isinstance(p, str) and p.strip()]
        if isinstance(own, str) and own.strip():
            provinces[workshop.id] = own
        elif places and len(places) == len(visited[workshop.id]) and len({_place_key(p) for p in places}) == 1:
            provinces[workshop.id] = places[0]
        else:
            provinces[workshop.id] = None
    return provinces


def _overlaps(workshop: Record, start: str, end: str) -> bool:
    first = str(workshop.data.get("start_date") or workshop.data.get("end_date") or "")
    last = str(workshop.data.get("end_date") or first)
    return bool(first) and first <= end and last >= start


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
    visited = {r.data.get("cooperative") for r in scope.visits}
    rows.append((ctx.t("report_cooperatives_visited"), str(len(visited))))
    rows.append((ctx.t("report_visits_in_period"), str(len(scope.visits))))
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


def _visits(ctx: ReportContext, visits: list[Record]) -> list[Flowable]:
    story: list[Flowable] = [ctx.heading(ctx.t("report_visits_in_period"))]
    if not visits:
        return [*story, ctx.para(ctx.t("report_no_visits"))]
    form = ctx.store.forms.get("visit")
    names = ("visit_date", "cooperative", "purpose", "recommendations")
    specs = [form.field(name) for name in names]
    header = [spec.label[ctx.lang] for spec in specs if spec is not None]
    rows = []
    for visit in visits:
        row = []
        for spec in specs:
            if spec is None:
                continue
            value = visit.data.get(spec.name)
            if is_empty(value):
                row.append("")
            elif spec.name == "recommendations":
                row.append(str(len(value)))
            else:
                row.append(ctx.value(spec, value))
        rows.append(row)
    return [*story, ctx.grid(header, rows, [1.3, 4.0, 2.6, 1.3][: len(header)])]


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
            value = workshop.data.get(spec.name)
            row.append("" if is_empty(value) else str(len(value)) if spec.type == "group" else ctx.value(spec, value))
        rows.append(row)
    weights = {"start_date": 1.3, "title": 4.0, "place": 2.4, "sessions": 1.2}
    return [*story, ctx.grid([s.label[ctx.lang] for s in specs], rows, [weights[s.name] for s in specs])]


def _follow_ups(ctx: ReportContext, visits: list[Record]) -> list[Flowable]:
    """Recommendations of the period's visits and the planned follow-up visits, soonest due first."""
    story: list[Flowable] = [ctx.heading(ctx.t("report_open_follow_ups")), ctx.para(ctx.t("report_follow_ups_scope"))]
    form = ctx.store.forms.get("visit")
    group = form.field("recommendations")
    items: list[tuple[str, str, str, str]] = []  # due (ISO), cooperative, action, responsible
    for visit in visits:
        cooperative = ctx.title_of(str(visit.data.get("cooperative"))) or ""
        for entry in visit.data.get("recommendations") or []:
            items.append((str(entry.get("due_date") or ""), cooperative, str(entry.get("action") or ""),
                          str(entry.get("responsible") or "")))  # fmt: skip
        if visit.data.get("next_follow_up"):
            items.append((str(visit.data["next_follow_up"]), cooperative, ctx.t("report_next_follow_up_action"),
                          str(visit.data.get("agent") or "")))  # fmt: skip
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
