"""The local store: records with their history, tombstones, photos and form definitions, in one SQLite file.

Every change is one transaction that writes the record's new state and its history row together, so a crash
leaves either the whole change or none of it. Writes go through explicit `BEGIN IMMEDIATE` / `COMMIT` on the
connection; sqlite-utils serves the reads.
"""

from __future__ import annotations

import builtins
import functools
import hashlib
import json
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core.bounds import ORIGIN_MAX, BoundExceeded, check_name, check_text
from app.core.clock import HybridClock, now_text
from app.core.display import record_title
from app.core.errors import FieldProblem, InvalidInput, NameOutOfBounds, ValidationFailed
from app.core.forms import FormRegistry, FormSpec
from app.core.validation import clean_record, links
from app.db import derived
from app.db.checking import check_store
from app.db.forms_table import effective_forms, store_form_definitions
from app.db.opening import connect_database, open_database
from app.db.sqlite_errors import sqlite_failure

if TYPE_CHECKING:
    import sqlite_utils

    from app.db.search import SearchHit


@dataclass(frozen=True)
class Record:
    id: str
    form: str
    form_version: int
    state: str  # "draft" | "final"
    data: dict[str, Any]
    version: int
    hlc: str
    device: str
    device_name: str
    author: str
    created_at: str
    updated_at: str
    deleted: bool

    def as_json(self) -> dict[str, Any]:
        return {**self.__dict__, "deleted": bool(self.deleted)}


@dataclass(frozen=True)
class Version:
    """One entry of a record's history."""

    record_id: str
    hlc: str
    version: int
    form: str
    form_version: int
    state: str
    data: dict[str, Any]
    device: str
    device_name: str
    author: str
    changed_at: str
    deleted: bool
    origin: str | None = None  # where the version came from, if not typed here: an import's "FILE:ROW" (schema 6)
    signature: str | None = None  # the writing laptop's signature, in an organisation (schema 7, app/security)

    def as_json(self) -> dict[str, Any]:
        return {**self.__dict__, "deleted": bool(self.deleted)}


def _dump(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def check_names(author: str, device_name: str) -> None:
    """The names recorded on every change and shown on other laptops, bounded like names from a package."""
    for which, name in (("author", author), ("device_name", device_name)):
        try:
            check_name(name)
        except BoundExceeded as error:
            raise NameOutOfBounds(which, error.code, **error.params) from None


class Store:
    """One open database. `author` and `device_name` are recorded on every change made through it. Other
    connections (the window's workers, the command line in another process) write the same file at once: what a
    change is based on (the current version, the clock) is read inside its transaction, under the write lock."""

    def __init__(self, conn: sqlite3.Connection, *, path: Path, shipped_forms: FormRegistry, author: str,
                 device_name: str) -> None:  # fmt: skip
        check_names(author, device_name)
        self.conn = conn
        self.path = path
        self.indexing = False  # until the forms are known (see transaction)
        self.author = author
        self.device_name = device_name
        try:
            with self.transaction():
                self.device_id = self._meta("device_id") or self._set_meta("device_id", uuid.uuid4().hex[:12])
                store_form_definitions(self.conn, list(shipped_forms), now=now_text())
            self.forms = effective_forms(self.conn, parsed=shipped_forms)
            self.clock = HybridClock(self.device_id, last=self._meta("clock"))
            self.indexing = True
            derived.open_tables(self.conn, self.forms, transaction=self.transaction)
        except sqlite3.DatabaseError as error:
            raise sqlite_failure(error, path) from None

    @functools.cached_property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils over the same connection, for table introspection and queries as dicts.

        Imported on first use: the module takes a sixth of a second to import, which the window's start-up (on the
        agent's old laptop) does not need to pay; the hot paths below use the connection directly.
        """
        import sqlite_utils

        return sqlite_utils.Database(self.conn)

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cursor = self.conn.execute(sql, params)
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    @classmethod
    def open(cls, path: Path | str, *, forms: FormRegistry, author: str, device_name: str,
             inspect: bool = True) -> Store:  # fmt: skip
        """The store on the file at `path`, checked first (`inspect`). `inspect=False` only for a file the caller
        has just checked itself, or one this process may still hold other connections to (`app.db.opening`)."""
        path = Path(path)
        check_names(author, device_name)  # before the file is opened (or created): a refused name changes nothing
        conn = open_database(path) if inspect else connect_database(path)
        try:
            return cls(conn, path=path, shipped_forms=forms, author=author, device_name=device_name)
        except BaseException:
            conn.close()
            raise

    def another_connection(self) -> Store:
        """A second store on the same file, for another thread (a connection belongs to the thread that made it).

        The file is not checked again: it was when this store opened it, and reading its header now, with this
        process's connection open, would drop that connection's locks (see `app.db.opening`)."""
        conn = connect_database(self.path)
        try:
            return Store(conn, path=self.path, shipped_forms=self.forms, author=self.author,
                         device_name=self.device_name)  # fmt: skip
        except BaseException:
            conn.close()
            raise

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- transactions and meta -----------------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All or nothing; SQLite failures become the user's situation (full disk, read-only, busy; damage, as
        `db_corrupt`). The stored clock is read again first: other processes share the database's device id and may have
        issued stamps since this store did; read under the write lock, it is the latest of all, so every stamp
        issued here is greater than all before it, and none is issued twice."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.DatabaseError as error:
            failure = self._failure(error)
            if failure is error:
                raise
            raise failure from None
        try:
            if self.indexing:  # the clock exists once the forms are known
                self.clock.resume(self._meta("clock") or self.clock.last)
            yield
            if self.indexing:  # derived tables commit with the records they follow (app/db/derived.py)
                derived.before_commit(self.conn, self.forms)
            self.conn.execute("COMMIT")
        except sqlite3.DatabaseError as error:
            self._rollback()
            failure = self._failure(error)
            if failure is error:
                raise  # a constraint, a statement of ours: a bug, with its traceback
            raise failure from None
        except BaseException:
            self._rollback()
            raise

    def catch_up_derived(self, progress: derived.Progress | None = None) -> int:
        """Make what a large merge, a crash or another program left queued for the derived tables (the lists' sort
        keys, then the search index), in short transactions; returns how many records were queued.
        `progress(done, total)` after each transaction. The window runs it on its worker, `taawun sync merge`
        before it exits, a search first (app/db/derived.py)."""
        return derived.catch_up(self.conn, self.forms, progress=progress, transaction=self.transaction)

    def rebuild_derived(self) -> int:
        """`taawun check --repair`: the derived tables made anew from the records in one transaction; returns the
        number of records the search index holds."""
        return derived.rebuild(self.conn, self.forms, transaction=self.transaction)

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def _meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def _set_meta(self, key: str, value: str) -> str:
        self.conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))
        return value

    def _failure(self, error: sqlite3.DatabaseError) -> Exception:
        """The user's situation behind an SQLite error on this database (`app.db.sqlite_errors`): damage met while
        opening or saving is `db_corrupt` (the way back through a backup), never reported as a bug."""
        return sqlite_failure(error, self.path)

    def observe(self, stamp: str) -> None:
        """Move the clock past a stamp merged from another laptop, saved within the caller's transaction, so that
        every later change made here sorts after everything merged (even if this laptop's clock is behind). A stamp
        beyond this laptop's time plus the maximum offset is refused (`app.core.clock.StampAhead`)."""
        before = self.clock.last
        self.clock.observe(stamp)
        if self.clock.last != before:
            self._set_meta("clock", self.clock.last)

    def new_stamp(self) -> str:
        """A stamp issued and saved within the caller's transaction: a point every later change made here follows
        (an organisation's start: versions stamped from there on must be signed)."""
        stamp = self.clock.tick()
        self._set_meta("clock", stamp)
        return stamp

    def has_own_versions(self) -> bool:
        """Whether this database holds a version written under its own device id."""
        found = self.conn.execute("SELECT 1 FROM history WHERE device = ? LIMIT 1", (self.device_id,)).fetchone()
        return found is not None

    def take_device_id(self, device_id: str, *, along: Callable[[], None]) -> None:
        """This database becomes laptop `device_id` (it joins an organisation with an invite made for a new laptop),
        in one transaction with what `along` writes. Only a database that has written nothing under its own id may
        change it: a version's device and stamp name the laptop that wrote it, and must keep doing so. The stored
        clock keeps its time under the new id, so stamps issued from now on still follow every earlier one."""
        with self.transaction():
            if self.has_own_versions():
                raise InvalidInput("org_invite_for_new_laptop", invited=device_id, laptop=self.device_id)
            self._set_meta("device_id", device_id)
            self._set_meta("clock", str(HybridClock(device_id, last=self.clock.last).last))
            along()
        self.reload_identity()

    def reload_identity(self) -> None:
        """Read this database's device id and clock again: another connection (the window's worker, `taawun org
        join`) may have given it a new id."""
        self.device_id = self._meta("device_id") or self.device_id
        self.clock = HybridClock(self.device_id, last=self._meta("clock"))

    # --- records ---------------------------------------------------------------------------------------------------

    def create(self, form_name: str, data: dict[str, Any], *, draft: bool = False, record_id: str | None = None,
               new_photos: Iterable[tuple[bytes, str]] = (), origin: str | None = None) -> str:  # fmt: skip
        """Validate and store a new record; `new_photos` (content, mime) are stored in the same transaction."""
        form = self.forms.get(form_name)
        cleaned = clean_record(form, data, draft=draft)
        record_id = str(uuid.UUID(record_id)) if record_id else str(uuid.uuid4())
        with self.transaction():
            if self._row(record_id) is not None:
                raise InvalidInput("record_exists", id=record_id)
            for content, mime in new_photos:
                self._insert_photo(content, mime)
            self.check_links(form, cleaned, draft=draft)
            now = now_text()
            self.write_version(record_id, form, cleaned, state="draft" if draft else "final", version=1,
                               created_at=now, now=now, deleted=False, origin=origin)  # fmt: skip
        return record_id

    def update(self, record_id: str, changes: dict[str, Any], *, draft: bool | None = None, replace: bool = False,
               new_photos: Iterable[tuple[bytes, str]] = (), origin: str | None = None) -> Record:  # fmt: skip
        """Apply `changes` (an empty value clears a field) or, with `replace`, store `changes` as the whole record;
        returns the version written. (The current version read before the transaction would lose an edit another
        process committed in between, and give two versions one number.)"""
        with self.transaction():
            current = self.get(record_id)
            form = self.forms.for_record(current.form, current.form_version)  # a proposal's records keep theirs
            data = dict(changes) if replace else {**current.data, **changes}
            is_draft = current.state == "draft" if draft is None else draft
            cleaned = clean_record(form, data, draft=is_draft)
            for content, mime in new_photos:
                self._insert_photo(content, mime)
            self.check_links(form, cleaned, draft=is_draft, kept=current.data)
            self.write_version(record_id, form, cleaned, state="draft" if is_draft else "final",
                               version=current.version + 1, created_at=current.created_at, now=now_text(),
                               deleted=False, origin=origin)  # fmt: skip
            return self.get(record_id)

    def delete(self, record_id: str) -> None:
        """Leave a tombstone: the record disappears from lists, its history stays."""
        with self.transaction():
            current = self.get(record_id)
            form = self.forms.for_record(current.form, current.form_version)  # a proposal's records keep theirs
            users = self.records_referring_to(record_id)
            if users:
                raise InvalidInput("record_in_use", id=record_id, count=len(users))
            self.write_version(record_id, form, current.data, state=current.state, version=current.version + 1,
                               created_at=current.created_at, now=now_text(), deleted=True)  # fmt: skip

    # --- writing a version inside the caller's transaction (the store's own edits, and app/sync's resolutions) ----

    def write_version(self, record_id: str, form: FormSpec, data: dict[str, Any], *, state: str, version: int,
                      created_at: str, now: str, deleted: bool, origin: str | None = None) -> None:  # fmt: skip
        """Write a record's new version, stamped now by this laptop's clock: its current row and its history row.

        Only inside the caller's `transaction()` (refused otherwise), so that what the version is based on (the
        current version, read in the same transaction) and the version commit together or not at all. `data` is
        written as given: clean it first (`app.core.validation.clean_record`) and check it as an edit would
        (`check_links`, or `records_referring_to` before a tombstone). `now` (`app.core.clock.now_text`) is its
        `updated_at`; `version` is the current version's number plus one. `origin`: where the version came from
        when no one typed it (an import's "FILE:ROW"), kept in its history row, held to `ORIGIN_MAX`."""
        if not self.conn.in_transaction:
            raise RuntimeError("Store.write_version outside a transaction")
        if origin is not None:
            try:
                check_text(origin, limit=ORIGIN_MAX, layout=False)
            except BoundExceeded as error:
                raise InvalidInput(error.code, **error.params) from None
        stamp = self.clock.tick()
        row = {
            "id": record_id, "form": form.name, "form_version": form.version, "state": state, "data": _dump(data),
            "version": version, "hlc": stamp, "device": self.device_id, "device_name": self.device_name,
            "author": self.author, "created_at": created_at, "updated_at": now, "deleted": int(deleted),
            "origin": origin,
        }  # fmt: skip
        # An existing record is updated in place: its row keeps its place and the index entries of what did not
        # change (INSERT OR REPLACE would delete the row and insert it anew, every index entry with it).
        updated = self.conn.execute(
            "UPDATE records SET form = :form, form_version = :form_version, state = :state, data = :data,"
            " version = :version, hlc = :hlc, device = :device, device_name = :device_name, author = :author,"
            " created_at = :created_at, updated_at = :updated_at, deleted = :deleted WHERE id = :id",
            row,
        ).rowcount
        if not updated:
            self.conn.execute(
                "INSERT INTO records (id, form, form_version, state, data, version, hlc, device, device_name,"
                " author, created_at, updated_at, deleted) VALUES (:id, :form, :form_version, :state, :data,"
                " :version, :hlc, :device, :device_name, :author, :created_at, :updated_at, :deleted)",
                row,
            )
        self.conn.execute(
            "INSERT INTO history (record_id, hlc, version, form, form_version, state, data, device, device_name,"
            " author, changed_at, deleted, origin) VALUES (:id, :hlc, :version, :form, :form_version, :state, :data,"
            " :device, :device_name, :author, :updated_at, :deleted, :origin)",
            row,
        )
        self._set_meta("clock", stamp)

    def check_links(self, form: FormSpec, data: dict[str, Any], *, draft: bool,
                    kept: dict[str, Any] | None = None) -> None:  # fmt: skip
        """Raise `ValidationFailed` when a reference of `data` names no live record of its form, or a photo is not
        stored here (a draft may keep a missing reference). `kept`: the data the record held before this edit."""
        # A reference the record already held may point at a record deleted since on another laptop (merges keep
        # such visits): it does not block editing the rest of the note. Choosing a deleted record anew does.
        already = {(link.path, link.target) for link in links(form, kept)} if kept else set()
        problems = []
        for link in links(form, data):
            if link.kind == "reference":
                row = self._row(link.target)
                tombstone_kept = row is not None and row["deleted"] and (link.path, link.target) in already
                if row is None or (row["deleted"] and not tombstone_kept) or row["form"] != link.form:
                    problems.append(FieldProblem(link.path, "reference_not_found",
                                                 {"form": link.form, "value": link.target}))  # fmt: skip
            elif not self.has_photo(link.target):
                problems.append(FieldProblem(link.path, "photo_not_found", {"value": link.target[:12]}))
        if problems and not (draft and all(p.code == "reference_not_found" for p in problems)):
            raise ValidationFailed(problems, labels=form.labels())

    def records_referring_to(self, record_id: str) -> list[str]:
        """The live records whose reference fields name `record_id` (a record they name cannot be deleted)."""
        # The id is a UUID: a text search finds the candidates, the form's own links confirm them.
        rows = self.conn.execute(
            "SELECT id, form, data FROM records WHERE deleted = 0 AND instr(data, ?) > 0", (record_id,)
        ).fetchall()
        found = []
        for other_id, form_name, data in rows:
            if form_name in self.forms and any(
                link.target == record_id for link in links(self.forms.get(form_name), json.loads(data))
            ):
                found.append(other_id)
        return found

    def _row(self, record_id: str) -> dict[str, Any] | None:
        rows = self._query("SELECT * FROM records WHERE id = ?", [record_id])
        return rows[0] if rows else None

    def title_of(self, record_id: str, lang: str) -> str | None:
        """What names a record (its form's title fields) in `lang`; None when the id is not known here."""
        try:
            record = self.get(record_id, include_deleted=True)
        except InvalidInput:
            return None
        return record_title(self.forms.get(record.form), record.data, lang)

    def exists(self, record_id: str) -> bool:
        """Whether the id is known here, tombstones included."""
        return self._row(_as_uuid(record_id)) is not None

    def get(self, record_id: str, *, include_deleted: bool = False) -> Record:
        row = self._row(_as_uuid(record_id))
        if row is None:
            raise InvalidInput("record_not_found", id=record_id)
        if row["deleted"] and not include_deleted:
            raise InvalidInput("record_deleted", id=record_id)
        return _record(row)

    def records_of(self, form_name: str, *, include_deleted: bool = False) -> list[Record]:
        self.forms.get(form_name)  # an unknown form is an error, not an empty list
        where = "form = ?" + ("" if include_deleted else " AND deleted = 0")
        rows = self._query(f"SELECT * FROM records WHERE {where} ORDER BY created_at, id", [form_name])
        return [_record(row) for row in rows]

    def count(self, form_name: str | None = None) -> int:
        if form_name is None:
            return self.conn.execute("SELECT count(*) FROM records WHERE deleted = 0").fetchone()[0]
        return self.conn.execute("SELECT count(*) FROM records WHERE deleted = 0 AND form = ?",
                                 (form_name,)).fetchone()[0]  # fmt: skip

    def history(self, record_id: str) -> list[Version]:
        record_id = _as_uuid(record_id)
        rows = self._query("SELECT * FROM history WHERE record_id = ? ORDER BY hlc", [record_id])
        if not rows:
            raise InvalidInput("record_not_found", id=record_id)
        return [Version(**{**row, "data": json.loads(row["data"]), "deleted": bool(row["deleted"])}) for row in rows]

    # --- photos ----------------------------------------------------------------------------------------------------

    def add_photo(self, content: bytes, *, mime: str = "image/jpeg") -> str:
        """Store a picture once, whatever how many records show it; returns its SHA-256 (of the picture as stored:
        scaled down when large, see `app.core.pictures`)."""
        with self.transaction():
            return self._insert_photo(content, mime)

    def _insert_photo(self, content: bytes, mime: str) -> str:
        from app.core.bounds import BoundExceeded
        from app.core.pictures import prepare_photo  # Pillow: imported when a photo is added, not at start-up

        try:  # the window and the command line prepared it already (and named it by its digest): then unchanged
            content, mime = prepare_photo(bytes(content), mime)
        except BoundExceeded as error:
            raise InvalidInput(error.code, **error.params) from None
        digest = hashlib.sha256(content).hexdigest()
        self.conn.execute(
            "INSERT OR IGNORE INTO photos (sha256, content, size, mime, added_at) VALUES (?, ?, ?, ?, ?)",
            (digest, content, len(content), mime, now_text()),
        )
        return digest

    def has_photo(self, digest: str) -> bool:
        return self.conn.execute("SELECT 1 FROM photos WHERE sha256 = ?", (digest,)).fetchone() is not None

    def photo(self, digest: str) -> bytes:
        row = self.conn.execute("SELECT content FROM photos WHERE sha256 = ?", (digest,)).fetchone()
        if row is None:
            raise InvalidInput("photo_not_found", value=digest[:12])
        return bytes(row[0])

    # --- integrity -------------------------------------------------------------------------------------------------

    def check(self) -> list[str]:
        """Everything wrong with the file: SQLite's own check, then our invariants, read from one snapshot while
        others write; damage found is listed, not raised (app/db/checking.py)."""
        return check_store(self).lines

    def search(self, query: str, *, form: str | None = None, limit: int = 50,
               lang: str = "ar") -> builtins.list[SearchHit]:  # fmt: skip
        """Records matching every word of `query`, best first (see app/db/search.py). (`builtins.list`: inside the
        class, `list` is the method above.)"""
        from app.db.search import search

        return search(self, query, form=form, limit=limit, lang=lang)

    # --- derived data (search index, list sort keys): one entry for everything that catches them up ----------------

    def derived_pending(self) -> bool:
        """Whether records wait for the derived tables (after a large merge, an upgrade, another program's writes):
        cheap, so a caller can skip starting a worker for nothing."""
        return derived.has_pending(self.conn)

    def totals(self) -> dict[str, int]:
        return {
            "records": self.count(),
            "history": self.db["history"].count,
            "photos": self.db["photos"].count,
        }


def _as_uuid(record_id: str) -> str:
    try:
        return str(uuid.UUID(record_id.strip()))
    except ValueError:
        raise InvalidInput("record_not_found", id=record_id) from None


def _record(row: dict[str, Any]) -> Record:
    return Record(**{**row, "data": json.loads(row["data"]), "deleted": bool(row["deleted"])})
