"""Merging a checked package into the local database: one transaction, no version ever lost.

The rule, per record: the history tables are unioned (a version is keyed by its record and its clock stamp, which
no two laptops share), and a record's current state is its version with the greatest stamp. Union and maximum are
commutative, associative and idempotent, so any order of merges among any laptops, repeated or not, ends with the
same records and history everywhere, without coordination. When each side changed the record since the other last
saw it (neither side's current version is in the other side's history), the edits were concurrent: the greater
stamp is shown meanwhile and a conflict is recorded for people to review (see `app.sync.conflicts`).

The file is attached read-only (`immutable` when no -wal lies beside it, as `connect_read_only` does) and read by
SQLite itself; Python holds at most one batch of new versions at a time (`batch_size` rows) while they are
validated, and SQLite's temporary tables hold the plan: memory does not grow with the file. The file's structure
is checked first; its contents (`check_contents`) and the validation of each new version (`BackgroundCheck`) are
checked beside the writes, and the commit waits for both. A rejected file is rolled back, leaving the database
exactly as it was; a crash leaves it as before or as after.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.core.clock import now_text
from app.core.errors import PackageRejected
from app.db.forms_table import effective_forms
from app.db.read_only import attached
from app.db.store import Store
from app.security import organisation
from app.security.version_signing import Verifier
from app.sync.clock_checks import refuse_stamps_ahead
from app.sync.incoming import BackgroundCheck, OnItsOwnThread, collect_new_versions, history_has_origin
from app.sync.incoming_batches import merge_batches
from app.sync.incoming_marks import merge_marks
from app.sync.package import (
    Manifest,
    check_contents,
    check_structure,
    register_functions,
    stored_digests,
)
from app.sync.package_format import keep_extensions
from app.sync.signatures import history_has_signature
from app.sync.sync_log import log_merged

_RECORD_COLUMNS = ("id", "form", "form_version", "state", "data", "version", "hlc", "device", "device_name", "author",
                   "created_at", "updated_at", "deleted")  # fmt: skip
_HISTORY_COLUMNS = ("record_id", "hlc", "version", "form", "form_version", "state", "data", "device", "device_name",
                    "author", "changed_at", "deleted")  # fmt: skip
_CONFLICT_COLUMNS = ("id, record_id, hlc_a, hlc_b, held_hlc, detected_at, detected_device, detected_device_name,"
                     " resolved_hlc, resolved_at, resolved_by, resolved_device_name")  # fmt: skip


@dataclass
class MergeCounts:
    """What one merge did, record by record. `updated`: the version shown changed; `conflicts`: open conflicts new
    to this laptop, found by this merge or found elsewhere and brought by the file (either way, someone's edit is
    no longer the one shown and deserves a look)."""

    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    resolved: int = 0  # conflicts open here that the file shows resolved elsewhere
    versions_added: int = 0
    photos_added: int = 0
    forms_added: int = 0  # definitions newer than the form in use, kept as proposals (`taawun forms`)
    kept_unknown: int = 0  # values of a newer release's format, kept as they came for the next export
    marks_added: int = 0  # pairs marked "not the same" on another laptop, new here (app/db/distinct_pairs.py)

    @property
    def changed(self) -> bool:
        return any((self.inserted, self.updated, self.conflicts, self.resolved, self.versions_added,
                    self.photos_added, self.forms_added, self.kept_unknown, self.marks_added))  # fmt: skip


def check_and_merge(store: Store, path: Path, *, log_file: str, batch_size: int = 500, shown: str | None = None,
                    also: Callable[[], None] | None = None) -> tuple[Manifest, MergeCounts]:  # fmt: skip
    """Check the file at `path` and merge it into `store` in one transaction, logged in `sync_log`; or raise the
    rejection (`PackageRejected`/`DatabaseRejected`) with the database exactly as it was. `shown`: the file's name
    in rejections (a sealed file's, when `path` is its plaintext in the temporary folder); `also()`: run inside the
    transaction once the merge is written, before the commit (a sealed file's number recorded: it may refuse).

    Once the file's structure is known to be ours (milliseconds), three things run at once, each on a connection
    of its own: SQLite checks the file's contents (integrity, manifest, invariants: `check_contents`); the file is
    compared with this laptop's data and each version new here is validated (`BackgroundCheck`); and the merge
    writes. SQLite works without
    holding Python's interpreter lock, so they share the cores. The merge reads a file SQLite can read safely (its
    schema is exactly ours), and nothing is committed until both checks have passed; a problem of the file's own
    is the one reported, even if the merge stumbled on it first.
    """
    path = Path(path)
    shown = str(path) if shown is None else shown
    if is_same_file(path, store.path):
        # Checking it would read the header of a file this process holds open (dropping its locks), and merging a
        # database into itself adds nothing.
        raise PackageRejected("sync_own_database", path=shown)
    shape = check_structure(path)
    version = shape.version
    refuse_stamps_ahead(store, path, version)  # dated beyond this laptop's clock bound: refused before all else
    known_forms = stored_digests(store.conn)  # read here: a connection belongs to its thread
    contents = OnItsOwnThread("taawun-merge-file-check",
                              lambda: check_contents(path, version, known_forms=known_forms))  # fmt: skip
    # In an organisation, each new version is checked against the member list held (app/sync/signatures.py).
    held = organisation.load(store)
    verifier = None if held is None else Verifier(held.members, store.device_id)
    validation = BackgroundCheck(store.path, path, shown=shown, forms=store.forms, batch_size=batch_size,
                                 verifier=verifier)  # fmt: skip
    register_functions(store.conn)
    try:
        with attached(store.conn, path), store.transaction():
            try:
                _plan(store.conn, shown)
                counts = _apply(store, version, verified=verifier is not None)
                counts.marks_added = merge_marks(store.conn, shown)
                if shape.extensions:  # a newer minor format: what this release does not know is kept, to pass on
                    counts.kept_unknown = keep_extensions(store.conn, shape.extensions, shape.format.minor, shown)
                if also is not None:
                    also()
            except BaseException:
                # The merge is abandoned. The file's own problem, if it has one, explains the failure best; then a
                # disagreement with this laptop's data (found first by the other thread, before it validates).
                validation.cancel()
                contents.result()
                validation.wait()
                validation.raise_problem()
                raise
            manifest = contents.result()
            validation.wait()
            validation.raise_problem()
            log_merged(store.conn, file=log_file, manifest=manifest, counts=counts)
    finally:
        validation.cancel()  # whatever happened (the file could not be attached): both threads end here
        validation.wait()
        contents.wait()
    if counts.forms_added:
        store.forms = effective_forms(
            store.db, parsed=[*store.forms, *store.forms.proposed]
        )  # newer form definitions arrived: offered as proposals
    return manifest, counts


def is_same_file(path: Path, database: Path) -> bool:
    """Is `path` the database or one of its side files (`stat` only: never opens a file)?"""
    for side in ("", "-wal", "-shm"):
        try:
            if path.samefile(str(database) + side):
                return True
        except OSError:
            continue  # missing: check_structure says so
    return False


def _plan(conn: sqlite3.Connection, shown: str) -> None:
    """Two temporary tables, each filled in one pass over the file (they live in SQLite's temporary storage, not
    in Python): `new_versions`, the versions this laptop has never seen (to validate, then to add), and
    `sync_plan`, every record whose current version in the file is new here, and how it relates to ours."""
    conn.execute("DROP TABLE IF EXISTS temp.sync_plan")
    collect_new_versions(conn)
    conn.execute(
        "CREATE TEMP TABLE sync_plan (id TEXT PRIMARY KEY, kind TEXT NOT NULL, mine TEXT, theirs TEXT NOT NULL)"
    )
    # Only records whose current version in the file is new to us can change here (when we hold their current
    # version already, ours is the same or newer, and the comparison of the histories showed the two agree). Of
    # those: 'newer' when our current version is in their history (they saw it, then changed the record); neither:
    # both sides changed the record since they last met. Driven by `new_versions`, in key order: far fewer and
    # more local lookups than a pass over every record of the file.
    conn.execute(
        "INSERT INTO temp.sync_plan (id, kind, mine, theirs) SELECT i.id, CASE"
        "  WHEN m.id IS NULL THEN 'insert'"
        "  WHEN i.form IS NOT m.form THEN 'mismatch'"
        "  WHEN EXISTS (SELECT 1 FROM incoming.history h WHERE h.record_id = m.id AND h.hlc = m.hlc) THEN 'newer'"
        "  ELSE 'concurrent' END, m.hlc, i.hlc"
        " FROM temp.new_versions n JOIN incoming.records i ON i.id = n.record_id AND i.hlc = n.hlc"
        " LEFT JOIN main.records m ON m.id = i.id"
    )
    moved = conn.execute("SELECT id FROM temp.sync_plan WHERE kind = 'mismatch' LIMIT 1").fetchone()
    # A record keeps its form for life. Its creation time is not compared: the same demo event loaded on two
    # laptops gives the same ids created at different seconds, which is not a contradiction (the row shown, with
    # its creation time, follows the winning version like the rest).
    if moved is not None:  # a record is created once, with one form: the file says otherwise
        raise PackageRejected("sync_inconsistent", path=shown, detail=f"record {moved[0]} differs in form or creation")


def _apply(store: Store, schema_version: int, *, verified: bool) -> MergeCounts:
    conn = store.conn
    counts = MergeCounts()
    total = conn.execute("SELECT count(*) FROM incoming.records").fetchone()[0]
    inserted, updated = conn.execute(
        "SELECT total(kind = 'insert'), total(kind IN ('newer', 'concurrent') AND theirs > mine) FROM temp.sync_plan"
    ).fetchone()
    counts.inserted, counts.updated = int(inserted), int(updated)
    counts.unchanged = total - counts.inserted - counts.updated
    open_before = _open_conflicts(conn)

    now = now_text()
    # Found here: the version this laptop held is "mine" for whoever reviews it here. Two concurrent versions
    # with the same content (the same demo loaded on two laptops, the same correction made twice) leave nothing
    # to review: the greater stamp is shown as always, and no conflict is recorded.
    conn.execute(
        f"INSERT INTO main.conflicts ({_CONFLICT_COLUMNS}) SELECT taawun_conflict_id(p.id, p.mine, p.theirs), p.id,"
        " min(p.mine, p.theirs), max(p.mine, p.theirs), p.mine, ?, ?, ?, NULL, NULL, NULL, NULL"
        " FROM temp.sync_plan p JOIN main.records m ON m.id = p.id JOIN incoming.records i ON i.id = p.id"
        " WHERE p.kind = 'concurrent' AND (m.data IS NOT i.data OR m.state IS NOT i.state OR m.deleted IS NOT i.deleted)"
        " ON CONFLICT (id) DO NOTHING",
        (now, store.device_id, store.device_name),
    )
    if schema_version >= 2:  # conflicts travel from version 2 on
        counts.resolved = _merge_conflict_rows(conn)
    counts.conflicts = _open_conflicts(conn) - open_before + counts.resolved
    # The greatest stamp wins; tombstones are versions like any other, so deletions follow the same rule.
    conn.execute(
        f"INSERT INTO main.records ({', '.join(_RECORD_COLUMNS)}) SELECT {', '.join('i.' + c for c in _RECORD_COLUMNS)}"
        " FROM incoming.records i JOIN temp.sync_plan p ON p.id = i.id"
        f" ON CONFLICT (id) DO UPDATE SET {', '.join(f'{c} = excluded.{c}' for c in _RECORD_COLUMNS[1:])}"
        " WHERE excluded.hlc > records.hlc"
    )
    # Where a version came from travels with it between laptops that have the column (schema 6, or a schema 5
    # file that kept it from a newer one); a laptop of schema 5 keeps it aside instead (`keep_extensions`).
    history_columns = (*_HISTORY_COLUMNS, "origin") if history_has_origin(conn) else _HISTORY_COLUMNS
    # So does its signature (schema 7); in an organisation, a version held here unsigned takes the signature the
    # file brings for it (checked beside, like the new versions': `BackgroundCheck`). Elsewhere signatures are
    # carried, not checked: a laptop in no organisation takes none for a version it holds.
    signed = history_has_signature(conn)
    history_columns = (*history_columns, "signature") if signed else history_columns
    counts.versions_added = conn.execute(
        f"INSERT INTO main.history ({', '.join(history_columns)}) SELECT {', '.join('h.' + c for c in history_columns)}"
        " FROM temp.new_versions n JOIN incoming.history h ON h.record_id = n.record_id AND h.hlc = n.hlc"
    ).rowcount
    merge_batches(conn)  # the batches the signatures name travel with them (checked beside: `BackgroundCheck`)
    if signed and verified:
        # Driven by the file's signed versions, each found here by its key (an UPDATE … FROM would scan ours).
        conn.execute(
            "UPDATE main.history SET signature = (SELECT h.signature FROM incoming.history h WHERE h.record_id ="
            " history.record_id AND h.hlc = history.hlc) WHERE (record_id, hlc) IN (SELECT h.record_id, h.hlc FROM"
            " incoming.history h WHERE h.signature IS NOT NULL) AND signature IS NULL"
        )
    counts.photos_added = conn.execute(
        "INSERT INTO main.photos (sha256, content, size, mime, added_at) SELECT sha256, content, size, mime, added_at"
        " FROM incoming.photos i WHERE NOT EXISTS (SELECT 1 FROM main.photos p WHERE p.sha256 = i.sha256)"
    ).rowcount
    # Form definitions new here are kept (the file's records were filled with them, and exports pass them on), but
    # only as proposals: the version in use (`meta`, see app.db.forms_table) changes by a person's decision alone.
    counts.forms_added = conn.execute(
        "SELECT count(*) FROM incoming.form_definitions i WHERE NOT EXISTS (SELECT 1 FROM main.form_definitions m"
        " WHERE m.name = i.name AND m.version = i.version) AND i.version > coalesce((SELECT CAST(value AS INTEGER)"
        " FROM main.meta WHERE key = 'form_in_use:' || i.name), 0)"
    ).fetchone()[0]
    conn.execute(
        "INSERT INTO main.form_definitions (name, version, digest, source, added_at) SELECT name, version, digest,"
        " source, added_at FROM incoming.form_definitions i WHERE NOT EXISTS (SELECT 1 FROM main.form_definitions m"
        " WHERE m.name = i.name AND m.version = i.version)"
    )
    # The same picture or form added on two laptops: keep the earliest note of it on both, so the files agree.
    conn.execute(
        "UPDATE main.photos SET mime = i.mime, added_at = i.added_at FROM incoming.photos i"
        " WHERE i.sha256 = photos.sha256 AND (i.added_at, i.mime) < (photos.added_at, photos.mime)"
    )
    conn.execute(
        "UPDATE main.form_definitions SET added_at = i.added_at FROM incoming.form_definitions i"
        " WHERE i.name = form_definitions.name AND i.version = form_definitions.version"
        " AND i.added_at < form_definitions.added_at"
    )
    newest = conn.execute("SELECT max(hlc) FROM incoming.history").fetchone()[0]
    if newest is not None:
        store.observe(newest)
    conn.execute("DROP TABLE temp.sync_plan")
    conn.execute("DROP TABLE temp.new_versions")
    return counts


def _open_conflicts(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM main.conflicts WHERE resolved_hlc IS NULL").fetchone()[0])


def _merge_conflict_rows(conn: sqlite3.Connection) -> int:
    """Conflicts known elsewhere join ours; a resolution anywhere closes the conflict here (the greatest wins)."""
    resolved = conn.execute(
        "SELECT count(*) FROM incoming.conflicts i JOIN main.conflicts m ON m.id = i.id"
        " WHERE m.resolved_hlc IS NULL AND i.resolved_hlc IS NOT NULL"
    ).fetchone()[0]
    # Which laptop found it first (earliest, then smallest device id) is kept, so every laptop tells the same story.
    earlier = "(excluded.detected_at, excluded.detected_device) < (conflicts.detected_at, conflicts.detected_device)"
    later_resolution = "excluded.resolved_hlc > coalesce(conflicts.resolved_hlc, '')"
    detected = ("held_hlc", "detected_at", "detected_device", "detected_device_name")
    resolution = ("resolved_hlc", "resolved_at", "resolved_by", "resolved_device_name")
    updates = [f"{c} = CASE WHEN {earlier} THEN excluded.{c} ELSE conflicts.{c} END" for c in detected]
    updates += [f"{c} = CASE WHEN {later_resolution} THEN excluded.{c} ELSE conflicts.{c} END" for c in resolution]
    conn.execute(
        f"INSERT INTO main.conflicts ({_CONFLICT_COLUMNS}) SELECT {_CONFLICT_COLUMNS} FROM incoming.conflicts"
        f" WHERE true ON CONFLICT (id) DO UPDATE SET {', '.join(updates)} WHERE {earlier} OR {later_resolution}"
    )
    return int(resolved)
