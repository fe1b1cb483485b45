"""`taawun followups`: the follow-up board of recommendations (app/db/followups.py) on the command line.

    taawun followups [--overdue] [--province NAME] [--agent NAME] [--json]
    taawun followups done ID INDEX [--note TEXT] [--on DATE]
    taawun followups open ID INDEX

INDEX is the item's number in its record as the board shows it (`#2` after the id); marking writes one new version
of the record, carried by the next exchange like any edit.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from app.core.dates import show_date
from app.core.errors import InvalidInput
from app.core.fields import BadValue, parse_date
from app.core.forms import FieldSpec
from app.core.messages import translate
from app.core.shown import json_text, shown_text
from app.db import followups

if TYPE_CHECKING:
    from app.cli.context import Context

_DATE = FieldSpec(name="date", type="date", label={})


def register(command: Callable[[str, str], argparse.ArgumentParser]) -> dict[str, Callable[[Context], int]]:
    parser = command("followups", "the recommendations of visits and workshops: open, overdue, done;"
                                  " 'followups done ID INDEX' marks one done, 'followups open ID INDEX' reopens it")  # fmt: skip
    parser.add_argument("action", nargs="?", choices=("done", "open"))
    parser.add_argument("id", nargs="?")
    parser.add_argument("index", nargs="?")
    parser.add_argument("--overdue", action="store_true", help="only the overdue ones")
    parser.add_argument("--all", dest="everything", action="store_true", help="the done ones too")
    parser.add_argument("--province", metavar="NAME")
    parser.add_argument("--agent", metavar="NAME")
    parser.add_argument("--json", dest="as_json", action="store_true")
    parser.add_argument("--note", metavar="TEXT", help="with done: what was done")
    parser.add_argument("--on", metavar="YYYY-MM-DD", help="with done: the day it was done (default: today)")
    return {"followups": cmd_followups}


def cmd_followups(ctx: Context) -> int:
    options = ctx.options
    if options.action is not None:
        return _mark(ctx)
    if options.id is not None:
        raise InvalidInput("followup_bad_index", index=options.id)
    today = followups.local_today()
    status = "overdue" if options.overdue else (None if options.everything else followups.PENDING)
    filters = followups.BoardFilters(province=options.province, agent=options.agent, status=status)
    store = ctx.store
    items = list(followups.board_items(store.conn, store.forms, filters, today=today))
    if options.as_json:
        print(json_text([followups.item_json(item) for item in items]))
        return 0
    for item in items:
        status_word = translate(followups.status_code(item), ctx.lang)
        due = show_date(item.due_date, ctx.lang) or "—"
        print(f"{due:<10}  {status_word}  {shown_text(item.where or '')} — {shown_text(item.action, limit=120)}"
              f"  [{item.record_id} #{item.index}]")  # fmt: skip
    overdue = sum(1 for item in items if item.status == "overdue")
    ctx.say("followup_count" if items else "followup_none", count=len(items), overdue=overdue)
    return 0


def _mark(ctx: Context) -> int:
    options = ctx.options
    if options.id is None or options.index is None:
        raise InvalidInput("followup_needs_index")
    index = _index(options.index)
    store = ctx.store
    if options.action == "open":
        followups.mark_open(store, options.id, index)
        ctx.say("followup_reopened", id=options.id, index=index)
        return 0
    day = followups.local_today()
    if options.on:
        try:
            day = dt.date.fromisoformat(parse_date(options.on, _DATE))
        except BadValue:
            raise InvalidInput("report_bad_date", option="--on", value=options.on) from None
    followups.mark_done(store, options.id, index, done_on=day, note=options.note)
    ctx.say("followup_done_marked", id=options.id, index=index)
    return 0


def _index(text: str | None) -> int:
    value = (text or "").strip().lstrip("#")
    if not value.isascii() or not value.isdigit() or int(value) < 1:
        raise InvalidInput("followup_bad_index", index=text or "")
    return int(value)
