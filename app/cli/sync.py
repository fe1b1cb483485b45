"""`taawun sync export|merge|log` and `taawun conflicts [resolve]`: USB exchange from the command line.

Exit codes as for every command: 0 done; 2 invalid input; 3 a file was rejected (the others given with it were
still merged, each on its own) or the export could not be written; 1 a file met a bug of ours (logged with its
traceback; that file was refused and the others still merged, see app/sync/merge.py).

After a merge that brought new or changed records of a form declaring duplicates, one line says how many likely
duplicate pairs involve them (app/db/duplicates.pairs_touching), pointing to `taawun duplicates`.

Names, authors, titles and paths are printed through `app.core.shown` (escaped, bounded): they come from files.
"""

from __future__ import annotations

import argparse
import dataclasses
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core.dates import show_datetime
from app.core.display import record_title
from app.core.errors import InvalidInput
from app.core.messages import translate
from app.core.origin import origin_sentence
from app.core.shown import json_text, shown_text

if TYPE_CHECKING:
    from app.cli.context import Context
    from app.security.organisation import Unlocked
    from app.sync.conflicts import Conflict
    from app.sync.export import Exported
    from app.sync.merge import FileOutcome


def register(command: Callable[[str, str], argparse.ArgumentParser]) -> dict[str, Callable[[Context], int]]:
    p = command(
        "sync",
        "exchange by USB stick: 'sync export DIR', 'sync merge FILE…', 'sync log'; through a shared folder:"
        " 'sync folder set|show|export|merge|now'; with the organisation's server: 'sync server"
        " set|show|test|forget|init', 'sync push', 'sync pull', 'sync now' (both)",
    )
    p.add_argument("action", choices=["export", "merge", "log", "folder", "server", "push", "pull", "now"])
    p.add_argument("paths", nargs="*", metavar="PATH")
    p.add_argument("--user")
    p.add_argument("--member", action="append", metavar="NAME", help="'sync server init': a laptop's user on it")
    p.add_argument(
        "--all",
        action="store_true",
        help="push/pull: ask the server about everything, not only what changed since the last sync",
    )
    p = command("conflicts", "open conflicts; 'conflicts resolve ID --keep mine|theirs [--field NAME=mine|theirs]'")
    p.add_argument("action", nargs="?", choices=["resolve"])
    p.add_argument("id", nargs="?")
    p.add_argument("--keep", choices=["mine", "theirs"])
    p.add_argument("--field", action="append", metavar="NAME=mine|theirs", help="take one field from either side")
    p.add_argument("--all", action="store_true", help="resolved conflicts too")
    p.add_argument("--json", dest="as_json", action="store_true")
    return {"sync": cmd_sync, "conflicts": cmd_conflicts}


def cmd_sync(ctx: Context) -> int:
    if ctx.options.action == "server":
        from app.cli.server_setup import run_server_command

        return run_server_command(ctx)
    paths = ctx.options.paths
    if ctx.options.action in ("push", "pull", "now"):
        from app.cli.server_sync import run_server_sync

        return run_server_sync(ctx)
    if ctx.options.action == "folder":
        from app.cli.folder_sync import run_folder_command

        return run_folder_command(ctx)
    if ctx.options.action == "export":
        from app.sync.export import export_package

        if len(paths) != 1:
            ctx.say("sync_needs_folder")
            return 2
        exported = export_package(ctx.store, paths[0], keys=_keys(ctx, needed=True),
                                  require_sealed=ctx.settings.require_encryption)  # fmt: skip
        say_exported(ctx, exported)
        return 0
    if ctx.options.action == "merge":
        from app.db.duplicates import stamps
        from app.security.sealed import is_sealed
        from app.sync.merge import merge_files
        from app.sync.merge_package import is_same_file

        if not paths:
            ctx.say("sync_needs_files")
            return 2
        before = stamps(ctx.store)  # to tell afterwards which records the merge brought or changed
        # The passphrase is asked only for a sealed file; the database itself is never read by Python while the
        # store holds it (its merge is refused unread).
        keys = _keys(ctx, needed=any(is_sealed(p) for p in paths if not is_same_file(Path(p), ctx.store.path)))
        # After the last file, the merge catches up the lists' sort keys and the search index (saying so first).
        return report_merges(ctx, merge_files(ctx.store, paths, keys=keys, require_sealed=ctx.settings.require_encryption,
                                              catching_up=lambda: ctx.say("sync_indexing")), before)  # fmt: skip
    from app.sync.report import log_lines
    from app.sync.sync_log import recent_entries

    entries = [dataclasses.replace(entry, at=show_datetime(entry.at, ctx.lang), exported_at=show_datetime(
        entry.exported_at, ctx.lang)) for entry in recent_entries(ctx.store.conn)]  # fmt: skip
    print("\n".join(log_lines(entries, ctx.lang)))
    return 0


def say_exported(ctx: Context, exported: Exported) -> None:
    """What an export wrote: the counts, for whom it was sealed, the file's path alone on the last line (scripts)."""
    counts = exported.counts
    ctx.say("cli_sync_exported", records=translate("n_records", ctx.lang, count=counts["records"]),
            history=translate("n_versions", ctx.lang, count=counts["history"]),
            photos=translate("n_photos", ctx.lang, count=counts["photos"]))  # fmt: skip
    if exported.sealed_for:
        ctx.say("sealed_for_organisation", name=shown_text(exported.sealed_for))
    print(exported.path)


def report_merges(ctx: Context, outcomes: Iterable[FileOutcome], before: Any, *, nothing: str = "") -> int:
    """Each file's (or pulled batch's) report as it is merged, then the likely duplicates among the records the
    merges brought or changed since `before` (`duplicates.stamps`), the summary last; the exit code (1: a bug met,
    3: something refused). `nothing`: said instead when there was nothing to merge."""
    from app.db.duplicates import pairs_touching
    from app.sync.report import outcome_lines, summary_line

    merged = []
    for outcome in outcomes:
        merged.append(outcome)
        print("\n".join(outcome_lines(_shown_times(outcome, ctx.lang), ctx.lang)))
    if not merged and nothing:
        ctx.say(nothing)
        return 0
    touched = pairs_touching(ctx.store, before)
    if touched.pairs:  # likely duplicates among the records the merge brought or changed: one line, before the
        ctx.say("duplicates_after_merge", count=len(touched.pairs))  # summary, which stays the last line
    print(summary_line(merged, ctx.lang))
    if any(o.bug for o in merged):
        return 1
    return 0 if all(o.merged for o in merged) else 3


def _keys(ctx: Context, *, needed: bool) -> Unlocked | None:
    """This laptop's keys when it is in an organisation and they are `needed` (an export, which seals; a sealed
    file to open): only then is the passphrase asked (app/cli/passphrase.py). None otherwise."""
    from app.security.sealed import membership

    held = membership(ctx.store) if needed else None
    if held is None:
        return None
    return held.unlock(ctx.passphrase())


def _shown_times(outcome: FileOutcome, lang: str) -> FileOutcome:
    """The outcome with its package's time as people read it (`show_datetime`; a time already shown stays)."""
    if outcome.manifest is None or not outcome.manifest.exported_at:
        return outcome
    manifest = dataclasses.replace(outcome.manifest, exported_at=show_datetime(outcome.manifest.exported_at, lang))
    return dataclasses.replace(outcome, manifest=manifest)


def cmd_conflicts(ctx: Context) -> int:
    from app.sync.conflicts import list_conflicts, resolve_conflict

    if ctx.options.action == "resolve":
        if not ctx.options.id or not ctx.options.keep:
            ctx.say("conflict_needs_keep")
            return 2
        done = resolve_conflict(ctx.store, ctx.options.id, keep=ctx.options.keep,
                                fields=_field_choices(ctx.options.field or []))  # fmt: skip
        ctx.say(
            "cli_conflict_resolved",
            id=done.conflict_id,
            record=done.record.id,
            version=done.record.version,
            count=done.closed,
        )
        return 0
    conflicts = list_conflicts(ctx.store, include_resolved=ctx.options.all)
    if ctx.options.as_json:
        print(json_text([_as_json(c) for c in conflicts]))
        return 0
    for conflict in conflicts:
        print("\n".join(_conflict_lines(ctx, conflict)))
    open_count = sum(1 for c in conflicts if c.is_open)
    ctx.say("cli_conflicts_count" if open_count else "conflicts_none", count=open_count)
    return 0


def _field_choices(texts: list[str]) -> dict[str, str]:
    choices = {}
    for text in texts:
        name, sep, side = text.partition("=")
        if not sep or not name.strip() or side.strip() not in ("mine", "theirs"):
            raise InvalidInput("conflict_bad_field", text=text)
        choices[name.strip()] = side.strip()
    return choices


def _conflict_lines(ctx: Context, conflict: Conflict) -> list[str]:
    lang = ctx.lang
    form = ctx.store.forms.get(conflict.form)
    title = record_title(form, conflict.theirs.data if conflict.theirs.hlc == conflict.shown_hlc else
                         conflict.mine.data, lang, titles=ctx.titles)  # fmt: skip
    lines = [translate("conflict_header", lang, id=conflict.id, form=shown_text(form.label[lang]),
                       title=shown_text(title), record=conflict.record_id)]  # fmt: skip
    for side in ("mine", "theirs"):
        version = conflict.side(side)
        what = translate("version_deleted" if version.deleted else f"state_{version.state}", lang)
        if version.hlc == conflict.shown_hlc:
            what += " · " + translate("conflict_shown", lang)
        if version.origin:  # a conflict found by an import: "Imported from FILE, row N" names the sheet's side
            what += " · " + origin_sentence(version.origin, lang)
        lines.append("    " + translate("conflict_version", lang, side=translate(f"conflict_side_{side}", lang),
                                        version=version.version, time=show_datetime(version.changed_at, lang),
                                        author=shown_text(version.author), device=shown_text(version.device_name),
                                        what=what))  # fmt: skip
    fields = conflict.differing_fields()
    if fields:
        labels = form.labels()
        shown = ", ".join(f"{shown_text(labels.get(f, {}).get(lang, f))} ({shown_text(f)})" for f in fields)
        lines.append("    " + translate("conflict_differs", lang, fields=shown))
    lines.append("    " + translate("conflict_found_by", lang, device=shown_text(conflict.detected_device_name),
                                    time=show_datetime(conflict.detected_at, lang)))  # fmt: skip
    if not conflict.is_open:
        lines.append("    " + translate("conflict_resolved_line", lang, author=shown_text(conflict.resolved_by),
                                        device=shown_text(conflict.resolved_device_name),
                                        time=show_datetime(conflict.resolved_at, lang)))  # fmt: skip
    return lines


def _as_json(conflict: Conflict) -> dict[str, Any]:
    return {
        "id": conflict.id, "record_id": conflict.record_id, "form": conflict.form, "shown_hlc": conflict.shown_hlc,
        "mine": conflict.mine.as_json(), "theirs": conflict.theirs.as_json(),
        "differing_fields": conflict.differing_fields(), "detected_at": conflict.detected_at,
        "detected_on": conflict.detected_device_name, "resolved_hlc": conflict.resolved_hlc,
        "resolved_at": conflict.resolved_at, "resolved_by": conflict.resolved_by,
        "resolved_on": conflict.resolved_device_name,
    }  # fmt: skip
