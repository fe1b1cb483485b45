"""`taawun export`: a form's records (filtered as its list filters them), or every form, to XLSX or CSV.

    taawun export FORM|all --format xlsx|csv --out PATH [--lang ar|fr|en]
        [--state draft|final] [--from DATE] [--to DATE] [--province NAME] [--commune NAME] [--agent NAME]
        [--where FILTER=CHOICE ...] [--text WORDS] [--choice-values] [--photos]

The filters are those of the form's list in the window (a filter the form's list does not offer is refused, naming
the ones it does); a choice is given by its value or its label in any language. Exit 2 on bad input, 3 when the
file cannot be written (nothing is then written).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

from app.core.errors import InvalidInput
from app.core.field_types import choice_for
from app.core.fields import BadValue, parse_date
from app.core.form_behaviour import list_behaviour
from app.core.forms import FieldSpec
from app.core.messages import translate
from app.db.list_filters import Filters, applicable
from app.db.listing import ListQuery

if TYPE_CHECKING:
    from app.cli.context import Context

ALL = "all"
_DATE = FieldSpec(name="date", type="date", label={})


def register(command: Callable[[str, str], argparse.ArgumentParser]) -> dict[str, Callable[[Context], int]]:
    parser = command("export", "write a form's records (or 'all') to an Excel workbook or CSV files")
    parser.add_argument("form", metavar="FORM|all")
    parser.add_argument("--format", dest="fmt", choices=("xlsx", "csv"), default="xlsx")
    parser.add_argument("--out", required=True, metavar="PATH", help="the file to write (replaced if it exists)")
    parser.add_argument("--state", choices=("draft", "final"), help="only drafts, or only final records")
    parser.add_argument("--from", dest="start", metavar="DATE", help="first day (2025-05-17 or 17/05/2025)")
    parser.add_argument("--to", dest="end", metavar="DATE", help="last day")
    parser.add_argument("--province", metavar="NAME")
    parser.add_argument("--commune", metavar="NAME")
    parser.add_argument("--agent", metavar="NAME")
    parser.add_argument("--where", action="append", default=[], metavar="FILTER=CHOICE",
                        help="a choice filter of the form's list (e.g. sector=olives)")  # fmt: skip
    parser.add_argument("--text", default="", metavar="WORDS", help="the list's text filter")
    parser.add_argument("--choice-values", action="store_true", help="choices as their values, not their labels")
    parser.add_argument("--photos", action="store_true", help="also write the photos into PATH's folder")
    return {"export": cmd_export}


def cmd_export(ctx: Context) -> int:
    from app.exchange.export import every_form, export_lists  # openpyxl/XlsxWriter only for this command

    options = ctx.options
    store = ctx.store
    if options.form == ALL:
        queries = every_form(store.forms)
    elif options.form in store.forms:
        queries = [ListQuery(options.form, text=options.text, filters=_filters(ctx, options.form))]
    else:
        raise InvalidInput("unknown_form", form=options.form, available=", ".join([*store.forms.names(), ALL]))
    result = export_lists(store, queries, options.out, fmt=options.fmt, lang=ctx.lang,
                          choice_values=options.choice_values, photos=options.photos)  # fmt: skip
    ctx.say("export_done", records=translate("n_records", ctx.lang, count=result.records), path=str(result.files[0]))
    for path in result.files[1:]:
        print(path)
    return 0


def _filters(ctx: Context, form: str) -> Filters:
    options = ctx.options
    usable = applicable(ctx.store.forms, form)
    given = {"state": options.state, "date_from": _day(options.start, "--from"), "date_to": _day(options.end, "--to"),
             "province": options.province, "commune": options.commune, "agent": options.agent}  # fmt: skip
    for key, value in given.items():
        if value and key not in usable:
            option = "--" + {"date_from": "from", "date_to": "to"}.get(key, key)
            raise InvalidInput("export_bad_filter", value=option, available=_available(ctx, form, usable))
    behaviour = list_behaviour(ctx.store.forms, form)
    choices: list[tuple[str, str]] = []
    for item in options.where:
        key, _, text = item.partition("=")
        field = behaviour.choices.get(key.strip())
        spec = _choice_field(ctx, behaviour.place_form, field)
        choice = choice_for(spec, text) if spec is not None and text.strip() else None
        if choice is None:
            raise InvalidInput("export_bad_filter", value=item, available=_available(ctx, form, usable))
        choices.append((key.strip(), choice.value))
    return Filters(**{key: value or None for key, value in given.items()}, choices=tuple(choices))


def _choice_field(ctx: Context, form: str | None, field: str | None) -> FieldSpec | None:
    if form is None or field is None or form not in ctx.store.forms:
        return None
    return ctx.store.forms.get(form).field(field)


def _available(ctx: Context, form: str, usable: set[str]) -> str:
    plain = {"state", "date_from", "date_to", "province", "commune", "agent"}
    options = sorted("--" + {"date_from": "from", "date_to": "to"}.get(key, key) for key in usable & plain)
    choices = [f"--where {key}=…" for key in list_behaviour(ctx.store.forms, form).choices]
    return ", ".join(options + choices)


def _day(text: str | None, option: str) -> str | None:
    if not text:
        return None
    try:
        return parse_date(text, _DATE)
    except BadValue:
        raise InvalidInput("report_bad_date", option=option, value=text) from None
