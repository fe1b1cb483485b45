"""`taawun places match`: the official province proposed for each province typed as text (app/db/place_matching.py),
listed for review; `--accept` writes the proposals for the records named (all when none is named), each as a new
version of its record. An id without a proposal exits with 2 and accepts nothing.

    taawun places match [--json]
    taawun places match --accept [ID ...] [--json]
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import TYPE_CHECKING

from app.core.shown import shown_text

if TYPE_CHECKING:
    from app.cli.context import Context
    from app.db.place_matching import Proposal


def register(command: Callable[[str, str], argparse.ArgumentParser]) -> dict[str, Callable[[Context], int]]:
    parser = command("places", "match the provinces typed as text to Morocco's official list")
    actions = parser.add_subparsers(dest="places_action", metavar="ACTION", required=True)
    match = actions.add_parser("match", help="list the official province proposed for each province typed as text;"
                                             " --accept [ID ...] writes them")  # fmt: skip
    match.add_argument("--accept", nargs="*", metavar="ID", default=None,
                       help="accept the proposals of these records (of every record when no id is given)")  # fmt: skip
    match.add_argument("--json", dest="as_json", action="store_true")
    return {"places": cmd_places}


def _json(proposal: Proposal) -> dict[str, object]:
    return {
        "id": proposal.record_id,
        "form": proposal.form,
        "field": proposal.field,
        "text": proposal.text,
        "province": proposal.province.code,
        "region": proposal.province.region,
        "name": {lang: proposal.province.official(lang) for lang in ("ar", "fr", "en")},
    }


def cmd_places(ctx: Context) -> int:
    from app.db.place_matching import accept, proposals

    if ctx.options.accept is not None:
        accepted = accept(ctx.store, ctx.options.accept or None)
        if ctx.options.as_json:
            print(json.dumps([_json(p) for p in accepted], ensure_ascii=False, indent=2))
        else:
            ctx.say("places_accepted", count=len({p.record_id for p in accepted}))
        return 0
    proposed, alone = proposals(ctx.store)
    if ctx.options.as_json:
        print(json.dumps([_json(p) for p in proposed], ensure_ascii=False, indent=2))
        return 0
    for proposal in proposed:
        title = ctx.titles(proposal.record_id) or ""
        print(f"{proposal.record_id}  {shown_text(title)}")
        print(f"    «{shown_text(proposal.text)}» → {proposal.province.official(ctx.lang)}")
    ctx.say("places_proposals_count" if proposed else "places_no_proposals", count=len(proposed))
    if alone:
        ctx.say("places_left_alone", count=len(alone))
    return 0
