"""The cooperative sheet: its profile, key figures, challenges and needs, and the table of its visits."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable

from app.core.fields import is_empty
from app.db.listing import ListQuery
from app.db.record_query import RecordQuery, records
from app.db.store import Record
from app.reports.common import ReportContext
from app.reports.flowables import table


def cooperative_story(ctx: ReportContext, record_id: str) -> tuple[str, list[Flowable]]:
    """The document title and the story of the sheet of cooperative `record_id`."""
    record, form = ctx.record(record_id, "cooperative")
    data = record.data
    name = _name(ctx, data)
    kind = ctx.t("report_title_cooperative")
    subtitle = kind if record.state == "final" else f"{kind} ({ctx.t('state_draft')})"
    other_name = data.get("name_fr") if ctx.lang == "ar" else data.get("name_ar")
    if other_name and other_name != name:
        subtitle = f"{subtitle} — {other_name}"
    visits = visits_of(ctx, record.id)
    story: list[Flowable] = [*ctx.title_block(name, subtitle), *key_figures(ctx, form, data, len(visits))]
    story += ctx.record_story(form, data)
    story.append(ctx.heading(ctx.t("report_visits")))
    story += visits_table(ctx, visits)
    return f"{kind} — {name}", story


def _name(ctx: ReportContext, data: dict[str, Any]) -> str:
    if ctx.lang != "ar" and data.get("name_fr"):
        return str(data["name_fr"])
    return str(data.get("name_ar") or data.get("name_fr") or "")


def visits_of(ctx: ReportContext, cooperative_id: str) -> list[Record]:
    """The cooperative's visits (drafts too), by date: found through the index of the visits' cooperatives."""
    query = RecordQuery(ListQuery("visit", where_field=("cooperative", cooperative_id)))
    visits = records(ctx.store.conn, ctx.store.forms, query)
    return sorted(visits, key=lambda visit: str(visit.data.get("visit_date", "")))


def key_figures(ctx: ReportContext, form: Any, data: dict[str, Any], visit_count: int) -> list[Flowable]:
    """Members, women, young members and visits, as large figures in a row of boxes."""
    total = data.get("members_total")
    figures: list[tuple[str, str]] = []
    for name in ("members_total", "members_women", "members_under_35"):
        spec = form.field(name)
        value: Any = data.get(name)
        if spec is None or is_empty(value):
            continue
        shown = str(value)
        if name != "members_total" and isinstance(total, int) and total > 0:
            shown = f"{value} ({ctx.percent(int(value), total)})"
        figures.append((shown, spec.label[ctx.lang]))
    figures.append((str(visit_count), ctx.t("report_visits")))
    cells = [[_figure_cell(ctx, number, label) for number, label in figures]]
    widths = [ctx.width / len(figures)] * len(figures)
    return [ctx.heading(ctx.t("report_key_figures")), table(cells, widths, rtl=ctx.rtl, header=False), ctx.spacer()]


def _figure_cell(ctx: ReportContext, number: str, label: str) -> list[Flowable]:
    return [ctx.para(number, ctx.styles.figure), ctx.para(label, ctx.styles.small)]


def visits_table(ctx: ReportContext, visits: list[Record]) -> list[Flowable]:
    if not visits:
        return [ctx.para(ctx.t("report_no_visits"))]
    form = ctx.store.forms.get("visit")
    columns = [name for name in ("visit_date", "purpose", "agent", "recommendations", "next_follow_up")
               if any(not is_empty(visit.data.get(name)) for visit in visits)]  # fmt: skip
    weights = {"visit_date": 1.2, "purpose": 2.6, "agent": 2.0, "recommendations": 1.2, "next_follow_up": 1.3}
    rows = []
    for visit in visits:
        row = []
        for name in columns:
            value: Any = visit.data.get(name)
            spec = form.field(name)
            if is_empty(value) or spec is None:
                row.append("")
            elif name == "recommendations":
                row.append(str(len(value)))  # how many; the visit report has them in full
            else:
                row.append(ctx.value(spec, value))
        rows.append(row)
    header = [form.field(name).label[ctx.lang] for name in columns]  # type: ignore[union-attr]
    return [ctx.grid(header, rows, [weights[name] for name in columns])]
