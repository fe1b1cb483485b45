"""`taawun search`: full-text search from the command line.

    taawun search QUERY [--form FORM] [--json]

Every word of QUERY must start a word of the record (Arabic spelling variants, vowel marks, accents and case do
not matter); the best matches come first, each with its title and the passage holding the words, the words
[between brackets]. An empty query or an unknown form exits with 2.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import TYPE_CHECKING

from app.core.arabic import query_words
from app.core.errors import InvalidInput

if TYPE_CHECKING:
    from app.cli.context import Context


def register(command: Callable[[str, str], argparse.ArgumentParser]) -> dict[str, Callable[[Context], int]]:
    parser = command("search", "find records by their words (Arabic spellings, vowel marks, accents and case ignored)")
    parser.add_argument("query", help="the words to find, each as the start of a word")
    parser.add_argument("--form", help="only records of this form (cooperative, visit, workshop)")
    parser.add_argument("--limit", type=int, default=50, help="at most this many records (default 50)")
    parser.add_argument("--json", dest="as_json", action="store_true")
    return {"search": cmd_search}


def cmd_search(ctx: Context) -> int:
    options = ctx.options
    if not query_words(options.query):
        raise InvalidInput("search_empty_query")
    if options.limit < 1:
        raise InvalidInput("search_bad_limit", value=options.limit)
    hits = ctx.store.search(options.query, form=options.form, limit=options.limit, lang=ctx.lang)
    if options.as_json:
        # Machine output: the title's dates as stored (ISO), whatever the language's format.
        hits_json = [dict(hit.as_json(), title=_machine_title(ctx, hit.id, hit.form) or hit.title) for hit in hits]
        print(json.dumps(hits_json, ensure_ascii=False, indent=2))
        return 0
    for hit in hits:
        form = ctx.store.forms.get(hit.form) if hit.form in ctx.store.forms else None
        kind = form.label[ctx.lang] if form else hit.form
        print(f"{hit.id}  {kind}: {_title(ctx, hit.id, hit.form) or hit.title}")
        if hit.snippet.pieces:
            label = _field_label(form.labels() if form else {}, hit.snippet.field, ctx.lang)
            print(f"    {label}: {hit.snippet.text()}" if label else f"    {hit.snippet.text()}")
    ctx.say("cli_search_count" if hits else "search_nothing", count=len(hits), query=options.query)
    return 0


def _title(ctx: Context, record_id: str, form_name: str) -> str | None:
    """The record's title as `list` shows it (dates in the language's format), or None (the index's title)."""
    from app.cli.show import record_title

    try:
        record = ctx.store.get(record_id)
        return record_title(ctx, ctx.store.forms.get(form_name), record.data) or None
    except InvalidInput:
        return None


def _machine_title(ctx: Context, record_id: str, form_name: str) -> str | None:
    """The record's title for JSON: as `_title`, but its dates ISO (`record_title(machine=True)`)."""
    from app.cli.show import title_of
    from app.core.display import record_title

    try:
        record = ctx.store.get(record_id)
        return record_title(ctx.store.forms.get(form_name), record.data, ctx.lang,
                            titles=lambda other: title_of(ctx, other), machine=True) or None  # fmt: skip
    except InvalidInput:
        return None


def _field_label(labels: dict[str, dict[str, str]], path: str, lang: str) -> str:
    """ "recommendations.action" -> "Recommendations › Action", in the language asked for."""
    parts, prefix = [], ""
    for name in path.split(".") if path else []:
        prefix = f"{prefix}.{name}" if prefix else name
        parts.append(labels.get(prefix, {}).get(lang) or name)
    return " › ".join(parts)
