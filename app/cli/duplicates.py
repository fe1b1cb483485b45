"""`taawun duplicates [FORM]` lists likely duplicates, each pair with why; `taawun join KEEP OTHER` joins two
records into one (app/db/duplicates.py, app/db/joining.py); `taawun duplicates --not ID1 ID2` marks two records as
not the same, so that they are no longer proposed (app/db/distinct_pairs.py: for good, on every laptop after the
next exchange; a mark cannot be undone). `taawun add` warns about the likely duplicates of the record it has just
created (`warn_about_duplicates`): the record is saved all the same (exit 0), the warning goes to stderr so that
stdout keeps the id for scripts.

    taawun duplicates [FORM] [--json]
    taawun duplicates --not ID1 ID2
    taawun join KEEP OTHER
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from app.core.errors import InvalidInput
from app.core.messages import translate
from app.db.duplicates import reasons_text

if TYPE_CHECKING:
    from app.cli.context import Context
    from app.db.duplicates import Pair
    from app.db.store import Record


def register(command: Callable[[str, str], argparse.ArgumentParser]) -> dict[str, Callable[[Context], int]]:
    parser = command("duplicates", "list likely duplicates (similar names in the same place, same phone…)")
    parser.add_argument("form", nargs="?", help="only this form (default: every form declaring duplicates)")
    parser.add_argument("--json", dest="as_json", action="store_true")
    parser.add_argument("--not", dest="not_same", nargs=2, metavar=("ID1", "ID2"),
                        help="mark two records as not the same: they are no longer proposed (cannot be undone)")  # fmt: skip
    parser = command("join", "join OTHER into KEEP: its linked records follow KEEP, OTHER stays in history")
    parser.add_argument("keep")
    parser.add_argument("other")
    return {"duplicates": cmd_duplicates, "join": cmd_join}


def cmd_duplicates(ctx: Context) -> int:
    from app.db.duplicates import find_duplicates

    store = ctx.store
    if ctx.options.not_same:
        return mark_not_the_same(ctx)
    if ctx.options.form:
        form = store.forms.get(ctx.options.form)
        if form.behaviour.duplicates is None:
            raise InvalidInput("duplicates_no_rule", form=form.name)
        forms = [form]
    else:
        forms = [form for form in store.forms if form.behaviour.duplicates is not None]
    found = [(form, pair) for form in forms for pair in find_duplicates(store, form.name)]
    if ctx.options.as_json:
        print(json.dumps([{"form": form.name, "records": [pair.first, pair.second], "reasons": list(pair.reasons)}
                          for form, pair in found], ensure_ascii=False, indent=2))  # fmt: skip
        return 0
    for form, pair in found:
        print(f"{form.label[ctx.lang]}: {reasons_text(form, pair.reasons, ctx.lang)}")
        for record_id in (pair.first, pair.second):
            print(f"    {record_id}  {ctx.titles(record_id) or ''}")
    ctx.say("duplicates_count" if found else "duplicates_none", count=len(found))
    if found:
        ctx.say("duplicates_join_hint")
        ctx.say("duplicates_not_hint")
    return 0


def mark_not_the_same(ctx: Context) -> int:
    from app.db.distinct_pairs import mark_distinct

    if ctx.options.form or ctx.options.as_json:
        raise InvalidInput("duplicates_not_alone")
    first, second = (ctx.store.get(record_id).id for record_id in ctx.options.not_same)  # as stored
    marked = mark_distinct(ctx.store, first, second)
    ctx.say("distinct_marked" if marked else "distinct_already", first=first, second=second)
    return 0


def cmd_join(ctx: Context) -> int:
    from app.db.joining import join

    done = join(ctx.store, ctx.options.keep, ctx.options.other)
    form = ctx.store.forms.get(ctx.store.get(done.keep).form)
    labels = [spec.label[ctx.lang] for name in done.taken if (spec := form.field(name)) is not None]
    ctx.say("join_done", keep=done.keep, other=done.other, moved=len(done.moved), taken=", ".join(labels) or "—")
    return 0


def warn_about_duplicates(ctx: Context, record: Record) -> None:
    """After `taawun add`: the likely duplicates of the new record, on stderr (the record is saved all the same)."""
    from app.db.duplicates import candidates

    pairs: list[Pair] = candidates(ctx.store, record.form, record.data, record_id=record.id)
    if not pairs:
        return
    form = ctx.store.forms.get(record.form)
    print(translate("duplicates_warning", ctx.lang), file=sys.stderr)
    for pair in pairs:
        title = ctx.titles(pair.second) or ""
        print(f"    {pair.second}  {title}  ({reasons_text(form, pair.reasons, ctx.lang)})", file=sys.stderr)
    print(translate("duplicates_join_hint", ctx.lang), file=sys.stderr)
