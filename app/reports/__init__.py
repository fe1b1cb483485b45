"""PDF reports in Arabic (right to left), French and English: the cooperative sheet, the visit report, the workshop
report, the generic report on any record, and the summary over a period. No Qt here: the window and the command
line both call `build_report` (slow: run it off the GUI thread) and then `write_pdf`.

Which report a form's records get is declared in the form's file (`reports:`, app/core/form_behaviour.py), by the
names of `RECORD_REPORTS`; a form that declares none gets the report named after it, else the generic one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable

from app.core.errors import InvalidInput
from app.core.fields import BadValue, parse_date
from app.core.form_behaviour import GENERIC_REPORT, reports_of
from app.core.forms import FieldSpec
from app.core.messages import LANGUAGES
from app.db.store import Store
from app.reports.common import ReportContext
from app.reports.cooperative_sheet import cooperative_story
from app.reports.document import MARGIN, RenderedReport, render
from app.reports.fonts import load_fonts
from app.reports.indicators_report import indicators_story
from app.reports.photos import logo_image, read_logo
from app.reports.record_report import record_story
from app.reports.summary_report import Period, summary_story
from app.reports.text_layout import TextEngine
from app.reports.visit_report import visit_story
from app.reports.workshop_report import workshop_story
from app.reports.writing import write_pdf

SUMMARY = "summary"
INDICATORS = "indicators"  # the programme's indicators over a period (app/reports/indicators_report.py)
# The reports on one record, by the name a form's file gives in `reports:`: (context, record id, form) → (title,
# story). The three made for the shipped forms check the record's form themselves.
RecordReport = Callable[[ReportContext, str, str], tuple[str, list[Flowable]]]
RECORD_REPORTS: dict[str, RecordReport] = {
    "cooperative": lambda ctx, record_id, form: cooperative_story(ctx, record_id),
    "visit": lambda ctx, record_id, form: visit_story(ctx, record_id),
    "workshop": lambda ctx, record_id, form: workshop_story(ctx, record_id),
    GENERIC_REPORT: record_story,
}
_DATE = FieldSpec(name="period", type="date", label={})


@dataclass(frozen=True)
class ReportRequest:
    """Which report: a record's (`record_id`) or the summary (`period`); `lang` ar (right to left), fr or en."""

    kind: str  # a form's name (its records' report), "summary" or "indicators"
    lang: str
    record_id: str | None = None
    period: Period | None = None


def parse_period(start: str | None, end: str | None, province: str | None = None) -> Period:
    """The summary's period from what the user typed (2025-05-17 or 17/05/2025); a bad date is InvalidInput."""
    days = []
    for option, text in (("--from", start), ("--to", end)):
        try:
            days.append(dt.date.fromisoformat(parse_date(text or "", _DATE)))
        except BadValue:
            raise InvalidInput("report_bad_date", option=option, value=text or "") from None
    if days[1] < days[0]:
        raise InvalidInput("report_bad_period", start=days[0].isoformat(), end=days[1].isoformat())
    place = province.strip() if province and province.strip() else None
    return Period(days[0], days[1], place)


def build_report(store: Store, request: ReportRequest, *, organisation: str = "", generated_on: dt.date | None = None,
                 engine: TextEngine | None = None, logo: bytes | None = None) -> RenderedReport:  # fmt: skip
    """Build the PDF in memory. Unknown ids, records of another form and unknown provinces raise InvalidInput.
    `organisation` and `logo` (a PNG or JPEG file's bytes; one that is not a picture is left out) head every page."""
    if request.lang not in LANGUAGES:
        raise InvalidInput("report_unknown_language", language=request.lang)
    engine = engine or TextEngine(load_fonts())
    ctx = ReportContext(store=store, lang=request.lang, engine=engine, organisation=organisation,
                        generated_on=generated_on or dt.date.today(), width=A4[0] - 2 * MARGIN,
                        logo=logo_image(logo))  # fmt: skip
    if request.kind == SUMMARY:
        if request.period is None:
            raise InvalidInput("report_summary_options")
        title, story = summary_story(ctx, request.period)
    elif request.kind == INDICATORS:
        if request.period is None:
            raise InvalidInput("report_indicators_options")
        title, story = indicators_story(ctx, request.period)
    elif request.kind in store.forms:
        if not request.record_id:
            raise InvalidInput("report_needs_id", kind=request.kind)
        name = reports_of(store.forms.get(request.kind), set(RECORD_REPORTS))[0]
        if name not in RECORD_REPORTS:  # a form file may name a report of a newer release
            raise InvalidInput("report_unknown", form=request.kind, report=name,
                               available=", ".join(RECORD_REPORTS))  # fmt: skip
        title, story = RECORD_REPORTS[name](ctx, request.record_id, request.kind)
    else:
        raise InvalidInput("unknown_form", form=request.kind, available=", ".join(kinds(store)))
    return render(story, engine=engine, frame=ctx.frame(title), lang=request.lang)


def kinds(store: Store) -> tuple[str, ...]:
    """The reports one can ask for: each form in use (its records' report), then the summary and the indicators."""
    return (*store.forms.names(), SUMMARY, INDICATORS)


__all__ = [
    "INDICATORS",
    "RECORD_REPORTS",
    "SUMMARY",
    "Period",
    "RenderedReport",
    "ReportRequest",
    "build_report",
    "kinds",
    "parse_period",
    "read_logo",
    "write_pdf",
]
