"""`taawun report paper FORM [ID] --lang ar|fr --out FILE.pdf`: a form printed blank to fill in by hand, or, with a
record's id, filled with its values for a person to check (app/reports/paper_form.py). An unknown form or id, or
a record of another form, exits with 2 and writes nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.core.errors import InvalidInput
from app.core.messages import translate

if TYPE_CHECKING:
    from app.cli.context import Context

PAPER = "paper"  # `taawun report paper ...`: before the forms' names, which it cannot be (no form is named so)


def cmd_paper(ctx: Context) -> int:
    # Imported here: reportlab, harfbuzz and Pillow are not worth loading for every other command.
    from app.reports import write_pdf
    from app.reports.paper_form import build_paper
    from app.reports.photos import read_logo

    options = ctx.options
    if not options.id:
        raise InvalidInput("paper_needs_form", available=", ".join(ctx.store.forms.names()))
    report = build_paper(ctx.store, form=options.id, lang=ctx.lang, record_id=options.paper_id,
                         organisation=ctx.settings.organisation,
                         logo=read_logo(ctx.settings.organisation_logo))  # fmt: skip
    path = write_pdf(options.out, report.pdf)
    ctx.say("cli_report_written", path=str(path), pages=translate("n_pages", ctx.lang, count=report.pages))
    return 0
