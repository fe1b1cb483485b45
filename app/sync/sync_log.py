"""This laptop's log of merges: what each file brought, or why it was refused. Never exported.

A refusal is stored by message code and parameters (and the underlying problem rendered in every language), so
the log reads in whichever language is chosen when it is shown.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.core.clock import now_text
from app.core.errors import DatabaseRejected, PackageRejected
from app.core.messages import LANGUAGES, translate

if TYPE_CHECKING:
    from app.db.store import Store
    from app.sync.merge_package import MergeCounts
    from app.sync.package import Manifest

_COUNTS = ("inserted", "updated", "unchanged", "conflicts", "versions_added", "photos_added", "forms_added")


@dataclass(frozen=True)
class LogEntry:
    at: str
    file: str
    outcome: str  # "merged" | "rejected"
    source_device_name: str
    exported_at: str
    counts: dict[str, int]
    reason_code: str | None
    reason_params: dict[str, Any]

    def reason(self, lang: str) -> str:
        """Why the file was refused, in `lang`."""
        if self.reason_code is None:
            return ""
        params = {k: v for k, v in self.reason_params.items() if k != "cause"}
        text = translate(self.reason_code, lang, **params)
        cause = self.reason_params.get("cause")
        return f"{text}\n{cause.get(lang, '')}" if isinstance(cause, dict) and cause.get(lang) else text


def log_merged(conn: sqlite3.Connection, *, file: str, manifest: Manifest, counts: MergeCounts) -> None:
    """Inside the merge's own transaction: the log says "merged" exactly when the merge was committed."""
    values = dataclasses.asdict(counts)
    conn.execute(
        f"INSERT INTO sync_log (at, file, outcome, source_device, source_device_name, exported_at, {', '.join(_COUNTS)})"
        f" VALUES (?, ?, 'merged', ?, ?, ?, {', '.join('?' * len(_COUNTS))})",
        (now_text(), file, manifest.device, manifest.device_name, manifest.exported_at, *(values[c] for c in _COUNTS)),
    )


def log_rejected(store: Store, *, file: str, rejection: DatabaseRejected) -> None:
    """A refused file, in a transaction of its own: the merge wrote nothing, only this line is added."""
    params: dict[str, Any] = {k: v if isinstance(v, (str, int, float)) else str(v) for k, v in rejection.params.items()}
    if isinstance(rejection, PackageRejected) and rejection.cause is not None:
        params["cause"] = {lang: rejection.cause_text(lang) for lang in LANGUAGES}
    with store.transaction():
        store.conn.execute(
            "INSERT INTO sync_log (at, file, outcome, reason_code, reason_params) VALUES (?, ?, 'rejected', ?, ?)",
            (now_text(), file, rejection.code, json.dumps(params, ensure_ascii=False)),
        )


def recent_entries(conn: sqlite3.Connection, *, limit: int = 50) -> list[LogEntry]:
    """The latest entries first."""
    rows = conn.execute(
        f"SELECT at, file, outcome, source_device_name, exported_at, {', '.join(_COUNTS)}, reason_code, reason_params"
        " FROM sync_log ORDER BY id DESC LIMIT ?",
        (limit,),
    ).fetchall()
    entries = []
    for row in rows:
        at, file, outcome, device_name, exported_at = row[:5]
        counts = dict(zip(_COUNTS, row[5 : 5 + len(_COUNTS)], strict=True))
        code, params = row[5 + len(_COUNTS) :]
        entries.append(LogEntry(at, file, outcome, device_name or "", exported_at or "", counts, code,
                                json.loads(params) if params else {}))  # fmt: skip
    return entries


def was_merged(conn: sqlite3.Connection, *, device: str, exported_at: str) -> bool:
    """Whether a package of `device` exported at `exported_at` (to the second) was merged here already."""
    row = conn.execute("SELECT 1 FROM sync_log WHERE outcome = 'merged' AND source_device = ? AND exported_at = ?"
                       " LIMIT 1", (device, exported_at)).fetchone()  # fmt: skip
    return row is not None
