"""The versions a file brings that this laptop has never seen, checked against the form each was filled with.

Every such version (current or past, tombstone or not) must be exactly what `clean_record` makes of it under its
own form definition (the file's, or ours: their digests were compared first), as drafts or finals; its references
must point at records one of the two databases knows, of the right form, and its photos must be in one of them.
Versions this laptop already holds were checked when they were written or merged, so a repeated merge costs no
validation. Rows are read in batches of `batch_size`: what Python holds does not grow with the file.

The merge runs this check, after `check_against_local`, on a thread of its own (`BackgroundCheck`), with its own
read-only connection, while it writes: SQLite executes the merge's statements without holding Python's interpreter lock, so the validation (pure
Python, the slowest part of a large merge) proceeds meanwhile on another core. That connection reads the database
as it was before the merge, whose transaction is committed only after the check has passed.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Generic, TypeVar

from app.core import bounds
from app.core.errors import DatabaseRejected, InvalidInput, PackageRejected, ValidationFailed
from app.core.forms import FormSpec, parse_form
from app.core.pictures import photo_size
from app.core.validation import Link, clean_record, links
from app.db.opening import connect_read_only
from app.db.read_only import attached
from app.security.version_signing import SIGNATURE_TEXT, Verifier
from app.sync.incoming_marks import check_marks
from app.sync.package import register_functions
from app.sync.signatures import check_signatures, history_has_signature

T = TypeVar("T")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
# Text columns are read as bytes and decoded here: invalid UTF-8 in a TEXT column would make sqlite3 raise while
# fetching the row, and the file is then refused for what it is. Data beyond its bound is not even read.
_TEXT_COLUMNS = ("record_id", "form", "state", "changed_at", "author", "device_name", "device", "hlc")
_NEW_VERSIONS = (
    "SELECT " + ", ".join(f"CAST(h.{c} AS BLOB)" for c in _TEXT_COLUMNS) + ", h.form_version, h.version,"
    " " + " AND ".join(f"typeof(h.{c}) = 'text'" for c in (*_TEXT_COLUMNS, "data")) + ","
    f" CASE WHEN length(CAST(h.data AS BLOB)) <= {bounds.RECORD_BYTES_MAX} THEN CAST(h.data AS BLOB) END,"
    " CAST(r.created_at AS BLOB), typeof(r.created_at) IN ('text', 'null'), {origin}, {signature}"
    " FROM temp.new_versions n JOIN incoming.history h ON h.record_id = n.record_id AND h.hlc = n.hlc"
    " LEFT JOIN incoming.records r ON r.id = h.record_id AND r.hlc = h.hlc"
)
# A version's origin (schema 6): its bytes when they may hold ORIGIN_MAX characters (4 bytes each at most), whether
# it is text or NULL, whether it is there at all (so that one beyond the bound is refused, not read).
_ORIGIN = (f"CASE WHEN length(CAST(h.origin AS BLOB)) <= {4 * bounds.ORIGIN_MAX} THEN CAST(h.origin AS BLOB) END,"
           " typeof(h.origin) IN ('text', 'null'), h.origin IS NOT NULL")  # fmt: skip
_NO_ORIGIN = "NULL, 1, 0"
# A version's signature (schema 7): NULL or the base64 text of one Ed25519 signature (app/sync/signatures.py checks
# what it signs, in an organisation; elsewhere it is carried along as it is, so held to its shape here).
_SIGNATURE = (f"h.signature IS NULL OR (typeof(h.signature) = 'text' AND length(CAST(h.signature AS BLOB)) ="
              f" {SIGNATURE_TEXT} AND h.signature NOT GLOB '*[^A-Za-z0-9+/=]*')")  # fmt: skip
_NEW_PHOTOS = (
    "SELECT rowid, CAST(sha256 AS BLOB), length(content), CAST(mime AS BLOB), CAST(added_at AS BLOB),"
    " typeof(mime) = 'text' AND typeof(added_at) = 'text' FROM incoming.photos i"
    " WHERE NOT EXISTS (SELECT 1 FROM main.photos p WHERE p.sha256 = i.sha256)"
)
_CONFLICT_TEXTS = ("id", "record_id", "hlc_a", "hlc_b", "held_hlc", "detected_at", "detected_device",
                   "detected_device_name", "resolved_hlc", "resolved_at", "resolved_by", "resolved_device_name")  # fmt: skip


def history_has_origin(conn: sqlite3.Connection) -> bool:
    """Do both histories, this laptop's (`main`) and the file's (`incoming`), have `origin` (schema 6)? A file of
    schema 5 has it too when its laptop kept it from a newer file (package_format: an extension, passed on); a
    laptop of schema 5 (a stand-in in the tests) has not."""
    return all(
        conn.execute(f"SELECT 1 FROM pragma_table_xinfo('history', '{schema}') WHERE name = 'origin'").fetchone()
        for schema in ("main", "incoming")
    )


def collect_new_versions(conn: sqlite3.Connection) -> None:
    """`temp.new_versions`: the keys of the versions in the attached file that `main` does not hold, in one pass
    (kept in SQLite's temporary storage, not in Python)."""
    conn.execute("DROP TABLE IF EXISTS temp.new_versions")
    conn.execute("CREATE TEMP TABLE new_versions (record_id TEXT NOT NULL, hlc TEXT NOT NULL,"
                 " PRIMARY KEY (record_id, hlc)) WITHOUT ROWID")  # fmt: skip
    conn.execute(
        "INSERT INTO temp.new_versions SELECT record_id, hlc FROM incoming.history h"
        " WHERE NOT EXISTS (SELECT 1 FROM main.history m WHERE m.record_id = h.record_id AND m.hlc = h.hlc)"
    )


class OnItsOwnThread(Generic[T]):
    """`function()`, started at once on a thread of its own; `result()` waits for it and returns or raises."""

    def __init__(self, name: str, function: Callable[[], T]) -> None:
        self._function = function
        self._value: T | None = None
        self._problem: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._value = self._function()
        except BaseException as error:  # noqa: BLE001 - handed to the waiting thread, which raises it
            self._problem = error

    def wait(self) -> None:
        self._thread.join()

    def result(self) -> T:
        self.wait()
        if self._problem is not None:
            raise self._problem
        return self._value  # type: ignore[return-value]


class BackgroundCheck:
    """What a merge checks against this laptop's data, started at once, each on a thread and a connection of its
    own: `check_values` and `check_against_local` (SQLite's work, one query each), and beside them
    `check_new_versions` (Python's work: the longest, so nothing else waits in its way)."""

    def __init__(self, database: Path, package: Path, *, shown: str, forms: Iterable[FormSpec],
                 batch_size: int, verifier: Verifier | None = None) -> None:  # fmt: skip
        self.database, self.package, self.shown = Path(database), Path(package), shown
        self.forms, self.batch_size = tuple(forms), batch_size
        self._cancelled = threading.Event()
        self._local = OnItsOwnThread("taawun-merge-local", self._run_local)
        self._job = OnItsOwnThread("taawun-merge-check", self._run)
        # In an organisation, the signatures too (app/sync/signatures.py), beside the validation.
        self._signatures = None if verifier is None else OnItsOwnThread(
            "taawun-merge-signatures", lambda: self._run_signatures(verifier)
        )  # fmt: skip

    def _run_local(self) -> None:
        with self._reading() as conn:
            check_values(conn, self.shown)
            check_marks(conn, self.shown)
            check_against_local(conn, self.shown)

    def _run_signatures(self, verifier: Verifier) -> None:
        with self._reading() as conn:
            check_signatures(conn, self.shown, verifier, batch_size=self.batch_size, stop=self._cancelled.is_set)

    def _run(self) -> None:
        with self._reading() as conn:
            collect_new_versions(conn)
            check_new_versions(conn, self.shown, forms=self.forms, batch_size=self.batch_size,
                               stop=self._cancelled.is_set)  # fmt: skip

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        """A read-only connection to the database with the file attached, in one snapshot: the database before
        the merge (the merge writes on its own connection meanwhile)."""
        try:
            conn = connect_read_only(self.database, may_change=True, timeout=30)  # trusted_schema off
            try:
                register_functions(conn)
                with attached(conn, self.package):
                    conn.execute("BEGIN")
                    try:
                        yield conn
                    finally:
                        conn.execute("ROLLBACK")  # before DETACH, which an open transaction would refuse
            finally:
                conn.close()
        except sqlite3.DatabaseError as error:  # the stick pulled out, the file changed under us
            raise DatabaseRejected("db_unreadable", path=self.shown, detail=str(error)) from None

    def cancel(self) -> None:
        self._cancelled.set()

    def wait(self) -> None:
        self._local.wait()
        self._job.wait()
        if self._signatures is not None:
            self._signatures.wait()

    def raise_problem(self) -> None:
        """The rejection (or the bug) the checks found, raised in the merging thread (after waiting for them): a
        disagreement with this laptop's data first, then a version that fails its form, then a signature."""
        self._local.result()
        self._job.result()
        if self._signatures is not None:
            self._signatures.result()


def check_against_local(conn: sqlite3.Connection, shown: str) -> None:
    """What the file says must agree with what this laptop already holds."""
    # A version's origin is part of it (a file without the column says nothing of it: schema 5).
    origin = " AND m.origin IS h.origin" if history_has_origin(conn) else ""
    clash = conn.execute(
        "SELECT h.record_id FROM incoming.history h JOIN main.history m ON m.record_id = h.record_id"
        " AND m.hlc = h.hlc WHERE NOT (m.version IS h.version AND m.form IS h.form AND m.form_version IS"
        " h.form_version AND m.state IS h.state AND m.data IS h.data AND m.device IS h.device AND m.device_name IS"
        f" h.device_name AND m.author IS h.author AND m.changed_at IS h.changed_at AND m.deleted IS h.deleted{origin})"
        " LIMIT 1"
    ).fetchone()
    if clash is not None:
        # Two different versions under one stamp: two laptops share a device id (a copied data folder) or the
        # file was altered. Either way, keeping one of them silently would lose the other.
        raise PackageRejected("sync_version_clash", path=shown, id=clash[0])
    form = conn.execute(
        "SELECT i.name, i.version FROM incoming.form_definitions i JOIN main.form_definitions m ON m.name = i.name"
        " AND m.version = i.version WHERE m.digest != i.digest LIMIT 1"
    ).fetchone()
    if form is not None:
        raise PackageRejected("sync_form_mismatch", path=shown, form=form[0], version=form[1])
    photo = conn.execute(
        "SELECT i.sha256 FROM incoming.photos i WHERE NOT EXISTS (SELECT 1 FROM main.photos p"
        " WHERE p.sha256 = i.sha256) AND taawun_sha256(i.content) IS NOT i.sha256 LIMIT 1"
    ).fetchone()
    if photo is not None:
        raise PackageRejected("sync_photo_mismatch", path=shown, digest=photo[0][:12])


def check_values(conn: sqlite3.Connection, shown: str) -> None:
    """The photos and conflicts the file brings, against the declared bounds (`app.core.bounds`): photo bytes and
    pixels, and text that is valid UTF-8 (bytes are read and decoded here, never fetched as text by sqlite3)."""
    for rowid, digest, size, *texts, typed in conn.execute(_NEW_PHOTOS):
        name = _text(digest, "?")[:12]
        if not typed or not all(_is_text(text) for text in (digest, *texts)):
            raise PackageRejected("sync_inconsistent", path=shown, detail=f"photo {bounds.shown(name)}")
        try:
            if size > bounds.PHOTO_BYTES_MAX:
                raise bounds.BoundExceeded("bound_photo_bytes", max=bounds.PHOTO_BYTES_MAX // 1_000_000, size=size)
            content = conn.execute("SELECT content FROM incoming.photos WHERE rowid = ?", (rowid,)).fetchone()[0]
            photo_size(bytes(content))  # the header only: never the pixels
        except bounds.BoundExceeded as error:
            raise PackageRejected("sync_photo_out_of_bounds", path=shown, digest=bounds.shown(name),
                                  cause=InvalidInput(error.code, **error.params)) from None  # fmt: skip
    if conn.execute("SELECT 1 FROM incoming.sqlite_master WHERE name = 'conflicts'").fetchone() is None:
        return  # a file from before conflicts travelled
    columns = ", ".join(f"CAST({c} AS BLOB)" for c in _CONFLICT_TEXTS)
    for row in conn.execute(f"SELECT {columns} FROM incoming.conflicts"):
        if not all(value is None or _is_text(value) for value in row):
            raise PackageRejected(
                "sync_inconsistent", path=shown, detail=f"conflict {bounds.shown(_text(row[0], '?'))}"
            )


def _is_text(content: bytes | None) -> bool:
    try:
        bounds.decode_utf8(content)
    except bounds.BoundExceeded:
        return False
    return True


def _text(content: Any, default: str) -> str:
    """Bytes read from the file, as text to show (undecodable bytes replaced, never raised)."""
    return bytes(content).decode("utf-8", "replace") if isinstance(content, bytes) else default


class _Definitions:
    """Form specs by (name, version): the forms in use here, else parsed once per merge from either database (the
    two agree wherever both hold a version: the merge compared their digests first)."""

    def __init__(self, conn: sqlite3.Connection, in_use: Iterable[FormSpec]) -> None:
        self.conn = conn
        self.cache: dict[tuple[str, int], FormSpec] = {(form.name, form.version): form for form in in_use}

    def get(self, name: str, version: int) -> FormSpec:
        key = (name, version)
        if key not in self.cache:
            row = self.conn.execute(
                "SELECT source FROM incoming.form_definitions WHERE name = ? AND version = ? UNION ALL"
                " SELECT source FROM main.form_definitions WHERE name = ? AND version = ? LIMIT 1",
                (name, version, name, version),
            ).fetchone()
            self.cache[key] = parse_form(row[0], file=f"{name} v{version}", stem=name)  # checked by check_package
        return self.cache[key]


def check_new_versions(conn: sqlite3.Connection, shown: str, *, forms: Iterable[FormSpec], batch_size: int,
                       today: dt.date | None = None, stop: Callable[[], bool] = lambda: False) -> None:  # fmt: skip
    """Raise `PackageRejected` for the first new version that this laptop could not have written itself (or return
    early once `stop()` is true)."""
    definitions = _Definitions(conn, forms)
    # "Today" for the form rules (a visit is not in the future) is this laptop's, within the clock bound: never the
    # file's own say (a version stamped in year 9999 would otherwise make any date "past").
    today = today or dt.date.today() + dt.timedelta(days=bounds.DATES_AHEAD_DAYS)
    cursor = conn.execute(_NEW_VERSIONS.format(origin=_ORIGIN if history_has_origin(conn) else _NO_ORIGIN,
                                               signature=_SIGNATURE if history_has_signature(conn) else "1"))  # fmt: skip
    while not stop() and (batch := cursor.fetchmany(batch_size)):
        references: list[tuple[str, Link]] = []
        photos: list[tuple[str, Link]] = []
        for row in batch:
            record_id, form, form_version, state, data = _read_version(shown, row)
            spec = definitions.get(form, form_version)
            for link in _check_version(shown, spec, record_id, state, data, today):
                if link.kind == "photo":
                    photos.append((record_id, link))
                elif state == "final":  # a draft may point at a record not chosen yet, as in Store
                    references.append((record_id, link))
        _check_references(conn, shown, references)
        _check_photos(conn, shown, photos)


def _read_version(shown: str, row: tuple[Any, ...]) -> tuple[str, str, int, str, str]:
    """A row of `_NEW_VERSIONS` decoded and held to the bounds: (record id, form, form version, state, data)."""
    *texts, form_version, version, typed, data, created_at, created_typed, origin, origin_typed, has_origin = row[:-1]
    signed = row[-1]  # its signature, if any, has the shape of one
    record_id = _text(texts[0], "?")
    if not _is_canonical_uuid(record_id):
        raise PackageRejected("sync_inconsistent", path=shown, detail=f"record id {bounds.shown(record_id)}")
    if not signed:
        raise PackageRejected("sync_inconsistent", path=shown, detail=f"record {record_id}: a malformed signature")
    if not typed or not created_typed or not origin_typed:
        raise PackageRejected("sync_inconsistent", path=shown, detail=f"record {record_id}: a value is not text")
    params = {"path": shown, "id": record_id}
    values: dict[str, Any] = {}  # text, or None where the schema allows it (form, state and data never are)
    for column, content in (*zip(_TEXT_COLUMNS, texts, strict=True), ("created_at", created_at), ("data", data)):
        try:
            if column == "data" and content is None:
                raise bounds.BoundExceeded("bound_record_bytes", max=bounds.RECORD_BYTES_MAX // 1_000_000)
            values[column] = None if content is None else bounds.decode_utf8(content)
            if column in ("author", "device_name"):
                bounds.check_name(values[column])
            elif column in ("changed_at", "created_at", "device", "hlc") and values[column] is not None:
                bounds.check_text(values[column], limit=bounds.TEXT_MAX, layout=False)
        except bounds.BoundExceeded as error:
            raise PackageRejected("sync_value_out_of_bounds", field=column,
                                  cause=InvalidInput(error.code, **error.params), **params) from None  # fmt: skip
    try:
        bounds.check_version_number(version)
    except bounds.BoundExceeded as error:
        raise PackageRejected("sync_value_out_of_bounds", field="version",
                              cause=InvalidInput(error.code, **error.params), **params) from None  # fmt: skip
    if has_origin:  # held to the bound the store writes it with: never longer, never a control character
        try:
            if origin is None:
                raise bounds.BoundExceeded("too_long", max=bounds.ORIGIN_MAX)
            bounds.check_text(bounds.decode_utf8(origin), limit=bounds.ORIGIN_MAX, layout=False)
        except bounds.BoundExceeded as error:
            raise PackageRejected("sync_value_out_of_bounds", field="origin",
                                  cause=InvalidInput(error.code, **error.params), **params) from None  # fmt: skip
    return record_id, values["form"], form_version, values["state"], values["data"]


def _check_version(shown: str, spec: FormSpec, record_id: str, state: str, text: str,
                   today: dt.date) -> list[Link]:  # fmt: skip
    params: dict[str, Any] = {"path": shown, "id": record_id, "form": spec.name}
    try:
        data: Any = json.loads(text)
    except ValueError:
        data = None
    except RecursionError:  # nested deeper than Python's stack: far beyond the bound
        cause = InvalidInput("bound_too_deep", max=bounds.JSON_DEPTH_MAX)
        raise PackageRejected("sync_value_out_of_bounds", field="data", cause=cause, **params) from None
    if not isinstance(data, dict):
        raise PackageRejected("sync_inconsistent", path=shown, detail=f"record {record_id}: data is not an object")
    try:
        cleaned = clean_record(spec, data, draft=state == "draft", today=today)
    except ValidationFailed as failed:
        fields = ", ".join(dict.fromkeys(p.path for p in failed.problems))
        raise PackageRejected("sync_invalid_record", cause=failed, fields=fields, **params) from None
    if cleaned != data:  # a value not as Taawun stores it: written by something else, or altered
        fields = ", ".join(sorted(k for k in {*cleaned, *data} if cleaned.get(k) != data.get(k)))
        raise PackageRejected("sync_invalid_record", fields=fields, **params)
    return list(links(spec, cleaned))


def _check_references(conn: sqlite3.Connection, shown: str, references: list[tuple[str, Link]]) -> None:
    if not references:
        return
    wanted = json.dumps(sorted({link.target for _, link in references}))
    # A target deleted on one side is fine (a visit added while its cooperative was deleted elsewhere); a target
    # that neither database knows never existed: the writer's Store would have refused it.
    forms = dict(conn.execute(
        "SELECT id, form FROM main.records WHERE id IN (SELECT value FROM json_each(?1)) UNION ALL"
        " SELECT id, form FROM incoming.records WHERE id IN (SELECT value FROM json_each(?1))", (wanted,)
    ).fetchall())  # fmt: skip
    for record_id, link in references:
        if forms.get(link.target) != link.form:
            raise PackageRejected("sync_bad_reference", path=shown, id=record_id, field=link.path, target=link.target)


def _check_photos(conn: sqlite3.Connection, shown: str, photos: list[tuple[str, Link]]) -> None:
    if not photos:
        return
    wanted = json.dumps(sorted({link.target for _, link in photos}))
    present = {row[0] for row in conn.execute(
        "SELECT sha256 FROM main.photos WHERE sha256 IN (SELECT value FROM json_each(?1)) UNION"
        " SELECT sha256 FROM incoming.photos WHERE sha256 IN (SELECT value FROM json_each(?1))", (wanted,)
    )}  # fmt: skip
    for record_id, link in photos:
        if link.target not in present:
            raise PackageRejected("sync_missing_photo", path=shown, id=record_id, digest=link.target[:12])


def _is_canonical_uuid(text: str) -> bool:
    """As `str(uuid.UUID(...))` writes it (what Store stores), checked without building a UUID per row."""
    return isinstance(text, str) and _UUID.fullmatch(text) is not None
