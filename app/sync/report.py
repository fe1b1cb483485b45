"""What a merge did, in sentences of the chosen language: for the command line now, for the window later."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING

from app.core.dates import show_datetime
from app.core.display import isolate_ltr
from app.core.messages import translate
from app.core.shown import PARAM_LIMIT, shown_text

if TYPE_CHECKING:  # annotations only: the window imports this module at start, the merge when it is used
    from app.sync.merge import FileOutcome
    from app.sync.server.push import PushSummary
    from app.sync.sync_log import LogEntry


def outcome_lines(outcome: FileOutcome, lang: str, *, shown_path: str | None = None) -> list[str]:
    """A file's report. `shown_path`: the file's path as the caller shows it (the window isolates it, so that in
    Arabic it keeps its leading "/"); the path itself by default."""
    path = shown_path or outcome.shown or outcome.path
    if outcome.rejection is not None:
        reason = _shown_lines(outcome.rejection.message(lang))
        return [translate("sync_file_rejected", lang, path=path), *(f"    {line}" for line in reason)]
    assert outcome.manifest is not None and outcome.counts is not None
    counts = outcome.counts
    lines = merged_heading(outcome, lang, shown_path=shown_path)
    lines.append("    " + translate("sync_counts", lang, **dataclasses.asdict(counts)))
    if counts.conflicts:
        lines.append("    " + translate("sync_conflicts_found", lang, count=counts.conflicts))
    if counts.resolved:
        lines.append("    " + translate("sync_conflicts_closed", lang, count=counts.resolved))
    return lines + merged_closing(outcome, lang)


def merged_heading(outcome: FileOutcome, lang: str, *, shown_path: str | None = None) -> list[str]:
    """The first lines of a merged file's report: which file, from which laptop, when (the window words its counts
    itself, app/ui/sync_words.py, and shares these)."""
    assert outcome.manifest is not None
    manifest = outcome.manifest
    path = shown_path or outcome.shown or outcome.path
    lines = [translate("sync_file_merged", lang, path=path, device=shown_text(manifest.device_name or "?"),
                       time=show_datetime(manifest.exported_at, lang) or "?")]  # fmt: skip
    if outcome.sealed_by:  # the sender as the organisation's list names it, its signature checked
        lines.append("    " + translate("sealed_from", lang, laptop=shown_text(outcome.sealed_by)))
    if outcome.from_this_laptop:
        lines.append("    " + translate("sync_own_file", lang))
    return lines


def merged_closing(outcome: FileOutcome, lang: str) -> list[str]:
    """The last lines of a merged file's report: what a newer release brought, or that nothing changed."""
    assert outcome.manifest is not None and outcome.counts is not None
    manifest, counts = outcome.manifest, outcome.counts
    lines = []
    if counts.marks_added:
        lines.append("    " + translate("sync_marks_added", lang, count=counts.marks_added))
    if counts.kept_unknown:
        lines.append("    " + translate("sync_kept_unknown", lang, count=counts.kept_unknown,
                                      release=shown_text(manifest.release or "?"), format=manifest.format))  # fmt: skip
    if not counts.changed:
        lines.append("    " + translate("sync_nothing_new", lang))
    return lines


def _shown_lines(text: str) -> list[str]:
    """A reason, line by line, each escaped and bounded: the parameters of messages are escaped by `translate`,
    but a reason can quote a form's own wording (a constraint's message) or a detail stored in the log."""
    return [shown_text(line, limit=PARAM_LIMIT) for line in text.split("\n")[:50]]


def summary_line(outcomes: Sequence[FileOutcome], lang: str) -> str:
    merged = sum(1 for o in outcomes if o.merged)
    return translate("sync_summary", lang, merged=merged, rejected=len(outcomes) - merged)


def pushed_line(pushed: PushSummary, lang: str, *, window: bool = False) -> str:
    """What a push to the organisation's server sent, as `taawun sync push` says it (the window's "Sync now" too;
    `window`: the size in a left-to-right isolate, else an Arabic line shows "kB 94")."""
    if not pushed.total_sent:
        return translate("server_pushed_nothing", lang)
    sent = pushed.bytes_sent
    size = f"{sent / 1_000_000:.1f} MB" if sent >= 100_000 else f"{sent / 1000:.0f} kB"
    return translate("server_pushed", lang, sent=pushed.total_sent, records=pushed.records, already=pushed.already,
                     size=isolate_ltr(size) if window else size)  # fmt: skip


def log_lines(entries: Sequence[LogEntry], lang: str) -> list[str]:
    lines = []
    for entry in entries:
        if entry.outcome == "merged":
            lines.append(translate("sync_log_merged", lang, at=show_datetime(entry.at, lang), path=entry.file,
                                   device=shown_text(entry.source_device_name or "?")))  # fmt: skip
            lines.append("    " + translate("sync_counts", lang, **entry.counts))
        else:
            lines.append(translate("sync_log_rejected", lang, at=show_datetime(entry.at, lang), path=entry.file))
            lines += [f"    {line}" for line in _shown_lines(entry.reason(lang))]
    return lines or [translate("sync_log_empty", lang)]
