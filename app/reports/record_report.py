"""The generic one-record report: any form's record, field by field under the form's labels, section by section
(app/reports/common.py's `record_story`). A form without a report of its own gets this one, so a new form file has
a PDF report with no code; Arabic is shaped and laid out right to left like every other report."""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.core.form_behaviour import list_behaviour
from app.reports.common import ReportContext


def record_story(ctx: ReportContext, record_id: str, form_name: str) -> tuple[str, list[Flowable]]:
    """The document title and the story of the report on record `record_id` of form `form_name`."""
    record, form = ctx.record(record_id, form_name)
    kind = form.label[ctx.lang]
    name = ctx.title_of(record.id) or ""
    subtitle = kind if record.state == "final" else f"{kind} ({ctx.t('state_draft')})"
    # The form's main date (the one its list filters on), under the title: when it took place.
    date_field = list_behaviour(ctx.store.forms, form.name).date
    date_spec = form.field(date_field) if date_field else None
    if date_spec is not None and record.data.get(date_spec.name):
        subtitle = f"{subtitle} — {ctx.value(date_spec, record.data[date_spec.name])}"
    story: list[Flowable] = ctx.title_block(name or kind, subtitle)
    story += ctx.record_story(form, record.data)
    return f"{kind} — {name}" if name else kind, story
