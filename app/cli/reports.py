"""`taawun report`: the PDF reports from the command line.

    taawun report FORM ID --lang ar|fr|en --out FILE.pdf      (FORM: cooperative, visit, workshop, any form in use)
    taawun report summary --from DATE --to DATE [--province NAME] --lang ar|fr|en --out FILE.pdf
    taawun report paper FORM [ID] --lang ar|fr --out FILE.pdf   (a blank paper form, or one filled to check: paper.py)
    taawun report indicators --from DATE --to DATE [--province NAME] --lang ar|fr|en --out FILE.pdf|FILE.xlsx

The indicators (app/db/indicators.py) are written as a PDF or as a workbook, by the file's extension.
A form's records get the report its file declares (`reports:`), else the generic one-record report.

`--lang` is the global option: ar gives a right-to-left Arabic report, fr and en left-to-right French or English
ones (labels from the forms, which carry all three languages). An unknown id, a record of another form, a bad
date or an unknown province exit with 2 and write nothing; a failure while writing exits with 3 and leaves no
file behind.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

from app.cli.paper import PAPER, cmd_paper
from app.core.errors import InvalidInput
from app.core.messages import translate

if TYPE_CHECKING:
    from app.cli.context import Context


def register(command: Callable[[str, str], argparse.ArgumentParser]) -> dict[str, Callable[[Context], int]]:
    parser = command("report", "write a PDF report: 'FORM ID' (cooperative, visit, workshop, ...),"
                               " 'summary --from --to', 'indicators --from --to' (PDF or XLSX) or 'paper FORM [ID]'")  # fmt: skip
    # Any form in use (checked once the database is open: the forms are its own), the summary, the indicators, paper.
    parser.add_argument("kind", metavar="FORM|summary|indicators|paper")
    parser.add_argument(
        "id", nargs="?", help="the record's id (not for the summary nor the indicators); for 'paper': the form"
    )
    parser.add_argument("paper_id", nargs="?", metavar="ID", help="paper: the record to fill the form with")
    parser.add_argument("--from", dest="start", metavar="DATE",
                        help="summary, indicators: first day (2025-05-17 or 17/05/2025)")  # fmt: skip
    parser.add_argument("--to", dest="end", metavar="DATE", help="summary, indicators: last day")
    parser.add_argument("--province", metavar="NAME", help="summary, indicators: only this province")
    parser.add_argument("--out", required=True, metavar="FILE.pdf",
                        help="the file to write (replaced if it exists); the indicators: .pdf or .xlsx")  # fmt: skip
    return {"report": cmd_report}


def cmd_report(ctx: Context) -> int:
    # Imported here: reportlab, harfbuzz and Pillow are not worth loading for every other command.
    from app.reports import INDICATORS, SUMMARY, ReportRequest, build_report, kinds, parse_period, write_pdf
    from app.reports.photos import read_logo

    options = ctx.options
    if options.kind == PAPER:
        return cmd_paper(ctx)
    if options.paper_id is not None:  # the paper form's second argument, given to another report
        raise InvalidInput("paper_argument_elsewhere", value=options.paper_id)
    if options.kind == INDICATORS:
        return _indicators(ctx)
    if options.kind != SUMMARY and options.kind not in ctx.store.forms:
        raise InvalidInput("unknown_form", form=options.kind, available=", ".join(kinds(ctx.store)))
    if options.kind == SUMMARY:
        if options.id is not None or not options.start or not options.end:
            raise InvalidInput("report_summary_options")
        request = ReportRequest("summary", ctx.lang, period=parse_period(options.start, options.end, options.province))
    else:
        if not options.id:
            raise InvalidInput("report_needs_id", kind=options.kind)
        request = ReportRequest(options.kind, ctx.lang, record_id=options.id)
    report = build_report(
        ctx.store, request, organisation=ctx.settings.organisation, logo=read_logo(ctx.settings.organisation_logo)
    )
    path = write_pdf(options.out, report.pdf)
    ctx.say("cli_report_written", path=str(path), pages=translate("n_pages", ctx.lang, count=report.pages))
    return 0


def _indicators(ctx: Context) -> int:
    """`taawun report indicators`: a PDF (the report) or an XLSX (the same figures, as numbers), by --out's end."""
    import datetime as dt
    from pathlib import Path

    from app.reports import INDICATORS, ReportRequest, build_report, parse_period, write_pdf

    options = ctx.options
    if options.id is not None or not options.start or not options.end:
        raise InvalidInput("report_indicators_options")
    suffix = Path(options.out).suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise InvalidInput("report_indicators_format", path=options.out)
    period = parse_period(options.start, options.end, options.province)
    if suffix == ".xlsx":
        from app.db.indicators import Area, indicators
        from app.exchange.indicators_xlsx import indicators_workbook

        found = indicators(ctx.store.conn, ctx.store.forms, Area(period.start, period.end, period.province),
                           today=dt.date.today())  # fmt: skip
        content = indicators_workbook(found, ctx.store.forms, ctx.lang, organisation=ctx.settings.organisation)
        path = write_pdf(options.out, content)
        ctx.say("cli_indicators_written", path=str(path))
        return 0
    from app.reports.photos import read_logo

    report = build_report(ctx.store, ReportRequest(INDICATORS, ctx.lang, period=period),
                          organisation=ctx.settings.organisation,
                          logo=read_logo(ctx.settings.organisation_logo))  # fmt: skip
    path = write_pdf(options.out, report.pdf)
    ctx.say("cli_report_written", path=str(path), pages=translate("n_pages", ctx.lang, count=report.pages))
    return 0
