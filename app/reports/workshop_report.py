"""The workshop report, the document handed out after an event such as the Mrirt meeting: the event (title, place,
dates, organisers, partners), the field visits made during it with their observations, and every session with its
diagnosis and recommendations.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable

from app.core.fields import is_empty
from app.core.forms import FieldSpec
from app.db.listing import ListQuery
from app.db.record_query import RecordQuery, records
from app.db.store import Record
from app.reports.common import ReportContext
from app.reports.photos import photo_row

# Shown in the visit's own report; in the workshop report they would repeat the obvious (its photos: a row of three).
_VISIT_FIELDS_LEFT_OUT = frozenset(("cooperative", "workshop", "location"))


def workshop_story(ctx: ReportContext, record_id: str) -> tuple[str, list[Flowable]]:
    """The document title and the story of the report on workshop `record_id`."""
    record, form = ctx.record(record_id, "workshop")
    data = record.data
    title = str(data.get("title") or "")
    kind = ctx.t("report_title_workshop")
    subtitle = kind
    dates = _dates(ctx, data)
    if dates:
        subtitle = f"{kind} — {dates}"
    if record.state != "final":
        subtitle += f" ({ctx.t('state_draft')})"
    where = " — ".join(ctx.shown_field(form, name, data[name]) for name in ("place", "province") if data.get(name))
    story: list[Flowable] = ctx.title_block(title or kind, subtitle, where)
    visits = visits_during(ctx, record.id)
    # The sessions close the report: the visits come first, as they did at the event.
    story += ctx.record_story(form, data, skip=frozenset({"title", "sessions"}))
    story += _visits(ctx, visits)
    sessions = form.field("sessions")
    if sessions is not None and not is_empty(data.get("sessions")):
        story.append(ctx.heading(sessions.label[ctx.lang]))
        story += _sessions(ctx, sessions, data["sessions"])
    return f"{kind} — {title}", story


def _dates(ctx: ReportContext, data: dict[str, Any]) -> str:
    start, end = data.get("start_date"), data.get("end_date")
    if start and end and start != end:
        return f"{ctx.date(start)} – {ctx.date(end)}"
    when = start or end
    return ctx.date(when) if when else ""


def visits_during(ctx: ReportContext, workshop_id: str) -> list[Record]:
    """The visits naming the workshop (drafts too), by date, then cooperative: the few of them, not every visit."""
    query = RecordQuery(ListQuery("visit", where_field=("workshop", workshop_id)))
    visits = list(records(ctx.store.conn, ctx.store.forms, query))
    ctx.read_titles(str(visit.data["cooperative"]) for visit in visits if visit.data.get("cooperative"))
    return sorted(visits, key=lambda v: (str(v.data.get("visit_date", "")), ctx.title_of(v.data["cooperative"]) or ""))


def _visits(ctx: ReportContext, visits: list[Record]) -> list[Flowable]:
    if not visits:
        return []
    form = ctx.store.forms.get("visit")
    story: list[Flowable] = [ctx.heading(ctx.t("report_visits"))]
    for number, visit in enumerate(visits, start=1):
        cooperative = ctx.title_of(visit.data["cooperative"]) or ""
        story.append(ctx.heading(f"{number}. {cooperative}", level=1))
        special = {
            "recommendations": lambda spec, value: ctx.group_table(spec, value),
            "photos": lambda spec, value: photo_row(ctx, value),
        }  # a few: the visit's report has them all
        # No section headings: under the cooperative's name they would add nothing.
        story += ctx.record_story(form, visit.data, skip=_VISIT_FIELDS_LEFT_OUT, headings=False, special=special)
    return story


def _sessions(ctx: ReportContext, spec: FieldSpec, sessions: list[dict[str, Any]]) -> list[Flowable]:
    """Each session: its theme as a heading, then its other fields (diagnosis, recommendations...) labelled."""
    story: list[Flowable] = []
    title_field = spec.item_title_field
    for number, session in enumerate(sessions, start=1):
        theme = str(session.get(title_field) or "") if title_field else ""
        story.append(ctx.heading(f"{number}. {theme}".strip(), level=1))
        for sub in spec.fields:
            if sub.name == title_field or is_empty(session.get(sub.name)):
                continue
            story.append(ctx.label(sub.label[ctx.lang]))
            story += ctx.field_blocks(sub, session[sub.name])
    return story
