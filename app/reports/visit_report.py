"""The visit report: the visit, its recommendations (who, by when), its photos scaled to the page, its GPS point."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable

from app.core.errors import TaawunError
from app.core.forms import FieldSpec
from app.reports.common import ReportContext


def visit_story(ctx: ReportContext, record_id: str) -> tuple[str, list[Flowable]]:
    """The document title and the story of the report on visit `record_id`."""
    record, form = ctx.record(record_id, "visit")
    data = record.data
    cooperative = (ctx.title_of(data["cooperative"]) or "") if data.get("cooperative") else ""
    kind = ctx.t("report_title_visit")
    date_spec = form.field("visit_date")
    date = ctx.value(date_spec, data["visit_date"]) if date_spec and data.get("visit_date") else ""
    subtitle = " — ".join(part for part in (kind, date) if part)
    if record.state != "final":
        subtitle += f" ({ctx.t('state_draft')})"
    story: list[Flowable] = ctx.title_block(cooperative or kind, subtitle, _where(ctx, data.get("cooperative")))
    special = {"recommendations": lambda spec, value: _recommendations(ctx, spec, value)}
    story += ctx.record_story(form, data, special=special)
    return f"{kind} — {cooperative}" if cooperative else kind, story


def _where(ctx: ReportContext, cooperative_id: Any) -> str:
    """Where the visited cooperative is: its village, commune and province, as recorded ("" if unknown)."""
    if not cooperative_id:
        return ""
    try:
        place = ctx.store.get(str(cooperative_id)).data
    except TaawunError:  # a cooperative deleted since: the report still prints
        return ""
    separator = "، " if ctx.rtl else ", "
    form = ctx.store.forms.get("cooperative")
    return separator.join(ctx.shown_field(form, name, place[name]) for name in ("village", "commune", "province")
                          if place.get(name))  # fmt: skip


def _recommendations(ctx: ReportContext, spec: FieldSpec, entries: list[dict[str, Any]]) -> list[Flowable]:
    """Who does what by when: a table, the recommendation in the widest column."""
    return ctx.group_table(spec, entries)
