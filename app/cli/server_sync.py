"""`taawun sync push|pull|now [--all]`: sync with the organisation's server named by `taawun sync server set`.

Exit codes as for a merge from a stick: 0 done; 2 invalid input (no server set, no passphrase); 3 the server could
not be reached or refused (the reason said, nothing lost: the next sync completes the job), or a pulled batch was
refused (the others were still merged, each on its own); 1 a batch met a bug of ours (logged with its traceback).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from app.core.messages import translate

if TYPE_CHECKING:
    from app.cli.context import Context


def run_server_sync(ctx: Context) -> int:
    from app.cli.sync import _keys, report_merges
    from app.db.duplicates import stamps
    from app.sync.report import pushed_line
    from app.sync.server.session import client_from_settings, sync_with_server

    action = ctx.options.action
    client = client_from_settings(ctx.settings)
    with client:
        keys = _keys(ctx, needed=True)
        shown_stage = {"push": "", "pull": ""}

        def progress(stage: str, done: int, total: int) -> None:
            if not shown_stage[stage]:  # one line per stage: scripts read the summary lines
                shown_stage[stage] = stage
                print(translate(f"server_{stage}ing", ctx.lang), file=sys.stderr)

        before = stamps(ctx.store)
        outcome = sync_with_server(ctx.store, client, server=client.address.url, keys=keys,
                                   send=action in ("push", "now"), receive=action in ("pull", "now"),
                                   everything=ctx.options.all, progress=progress)  # fmt: skip
    if outcome.pushed is not None:
        print(pushed_line(outcome.pushed, ctx.lang))
    if outcome.pulled is None:
        return 0
    return report_merges(ctx, outcome.pulled.outcomes, before, nothing="server_pulled_nothing")
