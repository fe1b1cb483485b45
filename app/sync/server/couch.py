"""The HTTP client of the organisation's CouchDB server (docs/server.md): the few calls replication needs.

Bad connections are normal in the field. Every call here is idempotent (`_revs_diff`, `_bulk_docs` with
`new_edits: false`, reads, `_local` writes with the right revision), so connection errors, time-outs, 5xx and
429 answers are retried with a bounded, jittered exponential back-off; a 4xx is an answer and is never retried.
Every failure becomes a `ServerError` whose message says what to do; nothing the server sends is shown whole
(bodies of errors are read up to `ERROR_BODY_LIMIT` bytes, their reasons escaped and bounded by `translate`).

One `requests.Session`: its connection pool, proxies as the environment or the system sets them (requests reads
them), TLS verified against certifi's certificates.
"""

from __future__ import annotations

import json
import random
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, NamedTuple
from urllib.parse import quote, unquote, urlsplit

import requests
import urllib3

from app import __version__
from app.core.errors import InvalidInput, TaawunError
from app.sync.server import design

ERROR_BODY_LIMIT = 4096  # bytes of an error's body read, at most (never a whole HTML page)
# Bytes of one answer read, at most: 500 documents of a few kilobytes, a photo of 15 MB, are far below; a server
# sending more (broken, or hostile) would otherwise fill the laptop's memory.
ANSWER_BYTES_MAX = 256_000_000
REASON_LIMIT = 300  # characters of the server's reason shown in a message
MAX_BACKOFF = 30.0  # seconds, the longest wait between two attempts
LOCAL_CONFLICT_TRIES = 5  # a `_local` document written by someone else meanwhile: read again and write again
# CouchDB's rule for database names (its documentation, "PUT /{db}")
_DATABASE_NAME = r"[a-z][a-z0-9_$()+/-]*"
_LOOPBACK = ("localhost", "127.0.0.1", "::1")


class ServerError(TaawunError):
    """The server could not be reached, refused, or answered what we cannot use: the message says what to do."""

    exit_code = 3


@dataclass(frozen=True)
class ServerAddress:
    """The database's address (`https://couch.example.org:5984/taawun`), the user and the password.

    Raises `InvalidInput("server_bad_address")` for anything else than http(s), with a host and a database name,
    without user, password, query or fragment in it. A trailing slash is dropped."""

    url: str
    user: str = ""
    password: str = field(default="", repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "url", normalised_url(self.url))

    @property
    def plain_http_remote(self) -> bool:
        """Plain HTTP to another machine than this one: the password would cross the network in the clear."""
        parts = urlsplit(self.url)
        return parts.scheme == "http" and (parts.hostname or "") not in _LOOPBACK

    @property
    def database(self) -> str:
        return unquote(urlsplit(self.url).path.strip("/"))

    @property
    def root(self) -> str:
        """The server's address (without the database)."""
        parts = urlsplit(self.url)
        return f"{parts.scheme}://{parts.netloc}"


def normalised_url(url: str) -> str:
    """`url` without its trailing slash, or `InvalidInput("server_bad_address")` (see `ServerAddress`)."""
    text = url.strip()
    try:
        parts = urlsplit(text)
        port = parts.port  # raises ValueError for a port that is not a number or beyond 65535
    except ValueError:
        raise InvalidInput("server_bad_address", url=url) from None
    database = unquote(parts.path.strip("/"))
    if (parts.scheme not in ("http", "https") or not parts.hostname or parts.username is not None
            or parts.query or parts.fragment or not re.fullmatch(_DATABASE_NAME, database)
            or port == 0 or len(text) > 2000):  # fmt: skip
        raise InvalidInput("server_bad_address", url=url)
    return text.rstrip("/")


def _wait(seconds: float, sleep: Callable[[float], None], cancelled: Callable[[], bool]) -> None:
    """Wait `seconds` in steps of at most half a second, so that a cancel is heard during a long back-off."""
    left = seconds
    while left > 0:
        if cancelled():
            raise ServerError("server_cancelled")
        step = min(left, 0.5)
        sleep(step)
        left -= step
    if cancelled():
        raise ServerError("server_cancelled")


class Changes(NamedTuple):
    """A batch of the changes feed (`CouchClient.changes`)."""

    rows: list[tuple[str, str, str]]  # (seq, id, rev)
    last_seq: str
    ended: bool


class CouchClient:
    """The calls push and pull need, on one database. `cancelled()` is asked before every attempt and during
    back-offs: it raises `ServerError("server_cancelled")`. Close with `close()` (or use it in a `with`)."""

    def __init__(
        self,
        address: ServerAddress,
        *,
        timeout: float = 30.0,
        retries: int = 5,
        backoff: float = 0.5,
        cancelled: Callable[[], bool] | None = None,
        sleep: Callable[[float], None] = time.sleep,
        session: requests.Session | None = None,
    ) -> None:
        self.address = address
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.cancelled = cancelled or (lambda: False)
        self.sleep = sleep
        self.session = session or requests.Session()
        self.session.headers.update({"Accept": "application/json", "User-Agent": f"taawun/{__version__}"})
        if address.user:
            self.session.auth = (address.user, address.password)
        self._local_revs: dict[str, str] = {}
        self.bytes_sent = 0  # request bodies sent so far (what a push reports)

    def __enter__(self) -> CouchClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.session.close()

    # --- the calls ----------------------------------------------------------------------------------------------

    def database_info(self) -> dict[str, Any]:
        """The database's information (`doc_count`, `update_seq`…): also the test that it is there and ours."""
        info = self._call("GET", "")
        if not isinstance(info, dict) or "db_name" not in info:
            raise ServerError("server_not_couch", url=self.address.url)
        return info

    def revs_diff(self, revs: dict[str, list[str]]) -> dict[str, list[str]]:
        """Of the revisions `revs` (document id -> revisions), those the server does not have."""
        if not revs:
            return {}
        answer = self._call("POST", "/_revs_diff", body=revs)
        if not isinstance(answer, dict):
            raise ServerError("server_not_couch", url=self.address.url)
        missing: dict[str, list[str]] = {}
        for doc_id, entry in answer.items():
            if isinstance(entry, dict) and isinstance(entry.get("missing"), list) and entry["missing"]:
                missing[str(doc_id)] = [str(rev) for rev in entry["missing"]]
        return missing

    def bulk_docs(self, docs: list[dict[str, Any]]) -> None:
        """Store `docs` as they are (`new_edits: false`: their ids and revisions are ours, so sending twice is
        storing once). Photos travel inline (`_attachments` with base64 `data`). A document the server refuses
        raises `server_document_refused`, naming the first one and the server's reason."""
        if not docs:
            return
        # CouchDB answers 417 when its validation refused a document, with the same list as 201
        answer = self._call("POST", "/_bulk_docs", body={"docs": docs, "new_edits": False}, also=(417,))
        if not isinstance(answer, list):
            raise ServerError("server_not_couch", url=self.address.url)
        for entry in answer:
            if isinstance(entry, dict) and entry.get("error"):
                raise ServerError("server_document_refused", id=_bounded(entry.get("id")),
                                  reason=_bounded(f"{entry.get('error')}: {entry.get('reason', '')}"))  # fmt: skip

    def changes(self, since: str | None, limit: int) -> Changes:
        """Up to `limit` changes after `since` (None: from the start): rows (seq, id, rev) without the documents,
        every leaf revision of a document (`style=all_docs`), the last sequence to ask from next time, and whether
        the feed ended there (fewer than `limit` changes came). Sequences are opaque: CouchDB 3 gives strings,
        PouchDB Server numbers; both are returned as strings. Deletions (refused by the design document) and
        design documents are left out of the rows (not of the count that says the feed ended)."""
        params: dict[str, Any] = {"limit": limit, "style": "all_docs"}
        if since is not None:
            params["since"] = since
        answer = self._call("GET", "/_changes", params=params)
        if not isinstance(answer, dict) or not isinstance(answer.get("results"), list):
            raise ServerError("server_not_couch", url=self.address.url)
        rows: list[tuple[str, str, str]] = []
        for result in answer["results"]:
            doc_id = result.get("id") if isinstance(result, dict) else None
            if not isinstance(doc_id, str) or doc_id.startswith("_design/") or result.get("deleted"):
                continue
            for change in result.get("changes") or []:
                if isinstance(change, dict) and isinstance(change.get("rev"), str):
                    rows.append((str(result.get("seq")), doc_id, change["rev"]))
        last = answer.get("last_seq")
        return Changes(rows, str(last) if last is not None else (since or "0"), len(answer["results"]) < limit)

    def ids_starting(self, prefix: str) -> list[str]:
        """The ids of the documents whose id starts with `prefix` (the key documents of an organisation: a few
        per laptop), without their bodies."""
        params = {"startkey": json.dumps(prefix), "endkey": json.dumps(prefix + "\ufff0")}
        answer = self._call("GET", "/_all_docs", params=params)
        if not isinstance(answer, dict) or not isinstance(answer.get("rows"), list):
            raise ServerError("server_not_couch", url=self.address.url)
        return [row["id"] for row in answer["rows"] if isinstance(row, dict) and isinstance(row.get("id"), str)]

    def get_docs(self, ids: list[str]) -> dict[str, dict[str, Any]]:
        """The documents `ids` (their winning revision; attachments as stubs, see `get_attachment`). Ids the
        server does not have, or has deleted, are left out."""
        if not ids:
            return {}
        # `conflicts`: the other branches' revisions, if the server holds any (app/sync/server/branches.py)
        answer = self._call("POST", "/_all_docs", params={"include_docs": "true", "conflicts": "true"},
                            body={"keys": ids})  # fmt: skip
        if not isinstance(answer, dict) or not isinstance(answer.get("rows"), list):
            raise ServerError("server_not_couch", url=self.address.url)
        docs: dict[str, dict[str, Any]] = {}
        for row in answer["rows"]:
            if not isinstance(row, dict) or row.get("error") or (row.get("value") or {}).get("deleted"):
                continue
            doc = row.get("doc")
            if isinstance(doc, dict) and isinstance(doc.get("_id"), str):
                docs[doc["_id"]] = doc
        return docs

    def get_revision(self, doc_id: str, rev: str) -> dict[str, Any] | None:
        """The revision `rev` of the document `doc_id` (another branch than the one `get_docs` gives), None when the
        server does not have it."""
        answer = self._call("GET", f"/{quote(doc_id, safe='')}", params={"rev": rev}, missing_ok=True)
        return answer if isinstance(answer, dict) and answer.get("_id") == doc_id else None

    def get_attachment(self, doc_id: str, name: str, rev: str | None = None) -> bytes:
        """The bytes of the attachment `name` of the document `doc_id` (of its revision `rev` when given)."""
        return self._call("GET", f"/{quote(doc_id, safe='')}/{quote(name, safe='')}",
                          params=None if rev is None else {"rev": rev}, raw=True)  # fmt: skip

    def get_local(self, name: str) -> dict[str, Any] | None:
        """The `_local/name` document (never replicated: this laptop's checkpoints), None when there is none."""
        answer = self._call("GET", f"/_local/{quote(name, safe='')}", missing_ok=True)
        if answer is None:
            self._local_revs.pop(name, None)
            return None
        if not isinstance(answer, dict):
            raise ServerError("server_not_couch", url=self.address.url)
        if isinstance(answer.get("_rev"), str):
            self._local_revs[name] = answer["_rev"]
        return answer

    def put_local(self, name: str, body: dict[str, Any]) -> None:
        """Write `_local/name` with `body`, over whatever revision it has (read first when not known; read again
        when someone wrote it meanwhile)."""
        if name not in self._local_revs:
            self.get_local(name)
        for _ in range(LOCAL_CONFLICT_TRIES):
            doc = {k: v for k, v in body.items() if k not in ("_id", "_rev")}
            if name in self._local_revs:
                doc["_rev"] = self._local_revs[name]
            answer = self._call("PUT", f"/_local/{quote(name, safe='')}", body=doc, conflict_ok=True)
            if answer is not None:
                if isinstance(answer, dict) and isinstance(answer.get("rev"), str):
                    self._local_revs[name] = answer["rev"]
                return
            self.get_local(name)  # 409: written meanwhile (or a retried PUT that had arrived): its new revision
        raise ServerError("server_refused_request", url=self.address.url, status=409, reason="conflict")

    def check_design(self) -> None:
        """Raise `server_design_missing` unless the database has Taawun's design document, at `DESIGN_VERSION`:
        without it the server would accept changes to versions."""
        found = self._call("GET", f"/{design.DESIGN_ID}", missing_ok=True)
        if not isinstance(found, dict) or found.get(design.VERSION_FIELD) != design.DESIGN_VERSION:
            raise ServerError("server_design_missing", url=self.address.url)

    def call_server(self, method: str, path: str, *, body: Any = None, missing_ok: bool = False,
                    accepted: tuple[int, ...] = ()) -> Any:  # fmt: skip
        """One request on the server itself (`path` from its root: "/_session", "/taawun/_security"), for setting
        it up (design.init_server). `missing_ok`: a 404 gives None; `accepted`: statuses answered as success."""
        return self._call(method, path, body=body, missing_ok=missing_ok, also=accepted, server=True)

    # --- one request, retried ------------------------------------------------------------------------------------

    def _call(
        self,
        method: str,
        path: str,
        *,
        body: Any = None,
        params: dict[str, Any] | None = None,
        missing_ok: bool = False,
        conflict_ok: bool = False,
        raw: bool = False,
        also: tuple[int, ...] = (),
        server: bool = False,
    ) -> Any:
        """The JSON answer (`raw`: the bytes) of one request on the database (`server`: on the server, `path`
        from its root), retried as the module says. `missing_ok`: a missing document gives None (a missing
        database is an error, but on the server); `conflict_ok`: a 409 gives None."""
        url = (self.address.root if server else self.address.url) + path
        data = json.dumps(body, ensure_ascii=False).encode("utf-8") if body is not None else None
        self.bytes_sent += len(data or b"")  # each attempt's body (a retry sends it again)
        headers = {"Content-Type": "application/json"} if data is not None else {}
        failure: ServerError | None = None
        retry_after: float | None = None
        for attempt in range(self.retries + 1):
            if attempt:
                _wait(self._delay(attempt, retry_after), self.sleep, self.cancelled)
            elif self.cancelled():
                raise ServerError("server_cancelled")
            try:
                response = self.session.request(method, url, data=data, params=params, headers=headers,
                                                timeout=self.timeout, stream=True)  # fmt: skip
                try:
                    status = response.status_code
                    ok = 200 <= status < 300 or status in also
                    limit = ANSWER_BYTES_MAX if ok else ERROR_BODY_LIMIT
                    content = _read_bounded(response, limit + 1)
                    if ok and len(content) > limit:
                        raise ServerError("server_answer_too_large", url=self.address.url,
                                          size=ANSWER_BYTES_MAX // 1_000_000)  # fmt: skip
                    content = content[:limit]
                finally:
                    response.close()
            except requests.exceptions.SSLError as error:
                raise ServerError("server_tls_unverified", url=self.address.url, detail=_cause(error)) from None
            except (requests.exceptions.Timeout, urllib3.exceptions.TimeoutError):
                failure = ServerError("server_timed_out", url=self.address.url)
                continue
            except (requests.exceptions.RequestException, urllib3.exceptions.HTTPError, OSError) as error:
                # refused, DNS, a connection cut while sending or reading (also inside urllib3, below requests)
                failure = ServerError("server_unreachable", url=self.address.url, detail=_cause(error))
                continue
            if status >= 500 or status == 429:
                failure = ServerError("server_failing", url=self.address.url, status=status)
                retry_after = _retry_after(response)
                continue
            if ok:
                return content if raw else self._json(content)
            return self._refusal(status, content, missing_ok=missing_ok, conflict_ok=conflict_ok, server=server)
        assert failure is not None
        raise failure

    def _refusal(self, status: int, content: bytes, *, missing_ok: bool, conflict_ok: bool, server: bool) -> None:
        """A 4xx answer: None when the caller expects it, else the error that says it."""
        answer = _json_or_none(content)
        if status == 404 and isinstance(answer, dict):
            if _database_missing(answer) and not server:
                raise ServerError("server_database_missing", url=self.address.url)
            if missing_ok:
                return None
        if status == 409 and conflict_ok:
            return None
        if not isinstance(answer, dict) or "error" not in answer:
            raise ServerError("server_not_couch", url=self.address.url)
        if status in (401, 403):
            raise ServerError("server_refused_user", url=self.address.url, user=self.address.user or "-")
        reason = f"{answer.get('error')}: {answer.get('reason', '')}"
        raise ServerError("server_refused_request", url=self.address.url, status=status, reason=_bounded(reason))

    def _json(self, content: bytes) -> Any:
        answer = _json_or_none(content)
        if answer is None:
            raise ServerError("server_not_couch", url=self.address.url)
        return answer

    def _delay(self, attempt: int, retry_after: float | None) -> float:
        """Exponential, bounded by `MAX_BACKOFF`, jittered (laptops cut off together do not come back together);
        a server's Retry-After is honoured within the same bound."""
        delay = min(MAX_BACKOFF, self.backoff * 2 ** (attempt - 1)) * random.uniform(0.5, 1.0)
        return min(MAX_BACKOFF, max(delay, retry_after)) if retry_after is not None else delay


def check_connection(address: ServerAddress, *, timeout: float = 15.0, retries: int = 1,
                     cancelled: Callable[[], bool] | None = None) -> int:  # fmt: skip
    """Reach the database as `address`'s user, check it is set up for Taawun, and give its number of documents:
    the "test connection" of the command line and the window. Raises the `ServerError` that says what is wrong
    (`server_cancelled` once `cancelled()` is true, heard before each request and during a back-off)."""
    with CouchClient(address, timeout=timeout, retries=retries, cancelled=cancelled) as client:
        count = client.database_info().get("doc_count")
        client.check_design()
    return count if isinstance(count, int) else 0


def _database_missing(answer: dict[str, Any]) -> bool:
    """CouchDB's "Database does not exist." and PouchDB Server's "no_db_file" (a missing document says
    "missing" or "deleted")."""
    reason = str(answer.get("reason", ""))
    return answer.get("error") == "not_found" and (reason == "no_db_file" or "does not exist" in reason.lower())


def _read_bounded(response: requests.Response, limit: int) -> bytes:
    """The answer's body (decompressed), `limit` bytes at most (and a little more: the last chunk read)."""
    parts, size = [], 0
    for chunk in response.iter_content(chunk_size=1 << 16):
        parts.append(chunk)
        size += len(chunk)
        if size >= limit:
            break
    return b"".join(parts)


def _json_or_none(content: bytes) -> Any:
    try:
        return json.loads(content)
    except (ValueError, RecursionError):  # also UnicodeDecodeError; RecursionError: nested beyond any answer of ours
        return None


def _retry_after(response: requests.Response) -> float | None:
    value = response.headers.get("Retry-After", "")
    return float(value) if value.isdigit() else None


def _cause(error: BaseException) -> str:
    """The innermost cause's class and text, bounded: "NameResolutionError", "ConnectionRefusedError: …"."""
    inner: BaseException = error
    seen = 0
    while seen < 10:
        seen += 1
        nested = inner.__context__ or inner.__cause__ or (inner.args[0] if inner.args else None)
        if isinstance(nested, BaseException) and nested is not inner:
            inner = nested
        else:
            break
    text = str(inner)
    if "Connection refused" in text or isinstance(inner, ConnectionRefusedError):
        return "connection refused"
    if "NameResolution" in type(inner).__name__ or "Name or service not known" in text or "getaddrinfo" in text:
        return "name not found"
    return _bounded(f"{type(inner).__name__}: {text}", limit=160)


def _bounded(value: object, *, limit: int = REASON_LIMIT) -> str:
    text = str(value) if value is not None else ""
    return text if len(text) <= limit else text[: limit - 1] + "…"
