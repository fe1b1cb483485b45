"""What an export or a merge did, as the USB stick screen says it: counts in the plural forms of the language (Qt's
%n forms: Arabic has six) and conflicts pointing to the panel below, not to a command the agent never types.

The command line words the same report through app/sync/report.py; what is not a count or a pointer (a rejected
file's reason, the file and laptop names) is that module's own text.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from app.core.display import isolate_ltr
from app.sync.report import merged_closing, merged_heading, outcome_lines, summary_line

if TYPE_CHECKING:
    from app.sync.export import Exported
    from app.sync.merge import FileOutcome


def export_report(exported: Exported, lang: str) -> str:
    return SyncReport().export_report(exported, lang)


def merge_report(outcomes: Sequence[FileOutcome], lang: str) -> str:
    return SyncReport().merge_report(outcomes, lang)


class SyncReport(QObject):
    """Qt's translation context of the report (lupdate reads a plural `%n` message from `self.tr` with a count
    given by name; from `QCoreApplication.translate` only with a literal count)."""

    def export_report(self, exported: Exported, lang: str) -> str:
        # Each plural message on one line, its count a plain name: pyside6-lupdate does not see a plural message
        # whose call spans several lines or whose count is an attribute, a subscript or a call.
        records, history, photos = (exported.counts.get(name, 0) for name in ("records", "history", "photos"))
        parts = [self.tr("%n record(s) (deleted ones included)", "", records),
                 self.tr("%n version(s) in the history", "", history),
                 self.tr("%n photo(s)", "", photos)]  # fmt: skip
        heading = self.tr("Exported: %1. The file:").replace("%1", _list(parts, lang))
        text = f"{heading}\n{isolate_ltr(str(exported.path))}"  # a path reads left to right, its "/" first
        if exported.sealed_for:  # the organisation's name comes from its list: shown as it is written
            text += "\n" + self.tr("Sealed for the laptops of the organisation “%1”: only they can open it.").replace(
                "%1", exported.sealed_for)  # fmt: skip
        return text

    def merge_report(self, outcomes: Sequence[FileOutcome], lang: str) -> str:
        lines = [summary_line(outcomes, lang), ""]
        for outcome in outcomes:
            lines += self._outcome_lines(outcome, lang)
        return "\n".join(lines)

    def _outcome_lines(self, outcome: FileOutcome, lang: str) -> list[str]:
        path = isolate_ltr(
            outcome.shown or str(outcome.path)
        )  # a path reads left to right, its "/" first, in Arabic too
        if outcome.rejection is not None or outcome.manifest is None or outcome.counts is None:
            return outcome_lines(outcome, lang, shown_path=path)
        counts = outcome.counts
        inserted, updated, unchanged, conflicts = counts.inserted, counts.updated, counts.unchanged, counts.conflicts
        versions, photos, forms = counts.versions_added, counts.photos_added, counts.forms_added
        resolved = counts.resolved
        lines = merged_heading(outcome, lang, shown_path=path)
        parts = [self.tr("%n new record(s)", "", inserted), self.tr("%n updated", "", updated),
                 self.tr("%n unchanged", "", unchanged)]  # fmt: skip
        if versions:
            parts.append(self.tr("%n version(s) added to the history", "", versions))
        if photos:
            parts.append(self.tr("%n photo(s)", "", photos))
        if forms:
            parts.append(self.tr("%n form definition(s) proposed (File › Proposed forms…)", "", forms))
        lines.append("    " + _list(parts, lang))
        if conflicts:
            lines.append("    " + self.tr("%n record(s) edited on both laptops at once: the newer version is shown meanwhile. Review them below, under “Conflicts to review”.", "", conflicts))  # noqa: E501  # fmt: skip
        if resolved:
            lines.append("    " + self.tr("%n conflict(s) resolved on another laptop", "", resolved))
        return lines + merged_closing(outcome, lang)


def _list(parts: list[str], lang: str) -> str:
    return ("، " if lang == "ar" else ", ").join(parts)
