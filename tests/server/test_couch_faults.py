"""Bad connections, as in the field, between the client and a real PouchDB Server (tests/server/fault_proxy.py):
each ends with the right message after the retries, or succeeds after a transient fault without duplicating
anything. Also proxies of the environment, an unverifiable certificate, an answer that is not CouchDB's."""

from __future__ import annotations

import contextlib
import datetime
import http.server
import ipaddress
import random
import ssl
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from couch_server import CouchDatabase, free_port
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from fault_proxy import FaultProxy, ForwardProxy

from app.sync.server.couch import MAX_BACKOFF, REASON_LIMIT, CouchClient, ServerAddress, ServerError


@pytest.fixture
def proxy(couch_db: CouchDatabase) -> Iterator[FaultProxy]:
    with FaultProxy(couch_db.server.root) as running:
        yield running


def through(proxy: FaultProxy, db: CouchDatabase, **options: object) -> CouchClient:
    options.setdefault("sleep", lambda _: None)
    return CouchClient(ServerAddress(proxy.url(db.url), db.user, db.password), **options)  # type: ignore[arg-type]


def direct(db: CouchDatabase) -> CouchClient:
    return CouchClient(ServerAddress(db.url, db.user, db.password))


def versions(count: int, size: int = 200) -> list[dict[str, object]]:
    return [{"_id": f"v:{uuid.uuid4()}:1", "_rev": f"1-{uuid.uuid4().hex}", "note": "x" * size} for _ in range(count)]


def test_500s_then_success_loses_nothing_and_duplicates_nothing(proxy: FaultProxy, couch_db: CouchDatabase) -> None:
    docs = versions(20)
    waits: list[float] = []
    proxy.fail_next(3)
    with through(proxy, couch_db, sleep=waits.append, retries=5) as client:
        client.bulk_docs(docs)
    assert proxy.failed == 3 and len(waits) >= 3
    with direct(couch_db) as client:
        assert client.database_info()["doc_count"] == 21
        assert client.revs_diff({str(d["_id"]): [str(d["_rev"])] for d in docs}) == {}


def test_a_server_failing_on_every_attempt_is_said_after_the_retries(
    proxy: FaultProxy, couch_db: CouchDatabase
) -> None:
    proxy.fail_next(1000)
    with through(proxy, couch_db, retries=3) as client:
        with pytest.raises(ServerError) as raised:
            client.database_info()
    assert raised.value.code == "server_failing" and raised.value.params["status"] == 500
    assert proxy.requests == 4  # the first attempt and three retries
    assert "500" in raised.value.message("ar")


@pytest.mark.parametrize("seed", range(6))
def test_a_push_cut_at_a_random_point_completes_on_retry(proxy: FaultProxy, couch_db: CouchDatabase,
                                                         seed: int) -> None:  # fmt: skip
    docs = versions(30)
    size = sum(len(str(d)) for d in docs)
    proxy.cut_after(sent=random.Random(seed).randrange(1, size))  # in the request's head or anywhere in its body
    with through(proxy, couch_db) as client:
        client.bulk_docs(docs)
    assert proxy.cuts == 1
    with direct(couch_db) as client:
        assert client.database_info()["doc_count"] == 31


@pytest.mark.parametrize("seed", range(6))
def test_a_pull_cut_at_a_random_point_gives_the_same_rows(proxy: FaultProxy, couch_db: CouchDatabase,
                                                          seed: int) -> None:  # fmt: skip
    docs = versions(40)
    with direct(couch_db) as client:
        client.bulk_docs(docs)
        expected = client.changes(None, 100)
        answer_size = 300 + 110 * len(expected[0])  # about: the head and one row per document
    proxy.cut_after(received=random.Random(seed).randrange(1, answer_size))
    with through(proxy, couch_db) as client:
        assert client.changes(None, 100) == expected
        assert set(client.get_docs([str(d["_id"]) for d in docs])) == {d["_id"] for d in docs}
    assert proxy.cuts == 1


def test_a_cut_without_retries_says_the_server_cannot_be_reached(proxy: FaultProxy, couch_db: CouchDatabase) -> None:
    proxy.cut_after(received=10)
    with through(proxy, couch_db, retries=0) as client:
        with pytest.raises(ServerError) as raised:
            client.database_info()
    assert raised.value.code == "server_unreachable"


def test_a_slow_server_within_the_time_out_is_waited_for(proxy: FaultProxy, couch_db: CouchDatabase) -> None:
    proxy.delay = 0.05
    with through(proxy, couch_db, timeout=5) as client:
        assert client.database_info()["doc_count"] == 1


def test_a_server_slower_than_the_time_out_is_said(proxy: FaultProxy, couch_db: CouchDatabase) -> None:
    proxy.delay = 1.0
    with through(proxy, couch_db, timeout=0.3, retries=1) as client:
        with pytest.raises(ServerError) as raised:
            client.database_info()
    assert raised.value.code == "server_timed_out"


def test_a_silent_connection_times_out_after_the_retries(proxy: FaultProxy, couch_db: CouchDatabase) -> None:
    proxy.drop = True
    started = time.monotonic()
    with through(proxy, couch_db, timeout=0.3, retries=2) as client:
        with pytest.raises(ServerError) as raised:
            client.revs_diff({"v:a:1": ["1-a"]})
    assert raised.value.code == "server_timed_out"
    assert proxy.requests == 3 and time.monotonic() - started < 5


def test_nothing_listening_is_said_after_retries_with_growing_bounded_waits(couch_db: CouchDatabase) -> None:
    waits: list[float] = []
    address = ServerAddress(f"http://127.0.0.1:{free_port()}/taawun", "u", "p")
    with CouchClient(address, retries=8, backoff=1.0, sleep=waits.append) as client:
        with pytest.raises(ServerError) as raised:
            client.database_info()
    assert raised.value.code == "server_unreachable"
    assert "connection refused" in raised.value.message("en")
    # waited in steps of at most half a second: the total of each wait doubles, up to the bound
    assert len(waits) > 8 and max(waits) <= 0.5
    assert MAX_BACKOFF / 2 <= sum(waits) <= MAX_BACKOFF * 8


def test_a_name_that_does_not_resolve_is_said(couch_db: CouchDatabase) -> None:
    with CouchClient(ServerAddress("http://no-such-host.invalid/taawun"), retries=0) as client:
        with pytest.raises(ServerError) as raised:
            client.database_info()
    assert raised.value.code == "server_unreachable"
    assert "name not found" in raised.value.message("en")


def test_a_cancel_during_the_back_off_stops_the_retries(proxy: FaultProxy, couch_db: CouchDatabase) -> None:
    proxy.fail_next(1000)
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 2

    with through(proxy, couch_db, cancelled=cancelled, retries=10) as client:
        with pytest.raises(ServerError) as raised:
            client.database_info()
    assert raised.value.code == "server_cancelled"
    assert proxy.requests < 3


def test_the_proxy_of_the_environment_is_used(couch_db: CouchDatabase, monkeypatch: pytest.MonkeyPatch) -> None:
    with ForwardProxy() as forward:
        monkeypatch.setenv("HTTP_PROXY", forward.address)
        with direct(couch_db) as client:
            client.bulk_docs(versions(2))
            assert client.database_info()["doc_count"] == 3
        assert forward.count == 2
        monkeypatch.setenv("NO_PROXY", "127.0.0.1")
        with direct(couch_db) as client:
            client.database_info()
        assert forward.count == 2  # and NO_PROXY too


class _Answer(http.server.BaseHTTPRequestHandler):
    """A web server that is not CouchDB: an HTML page, or a huge error."""

    status = 200
    body = b"<html><body>Welcome to nginx!</body></html>"

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        self.send_response(self.status)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        # A client refusing an answer beyond its bound hangs up before the end: what it should do, not a fault here.
        with contextlib.suppress(ConnectionResetError, BrokenPipeError):
            self.wfile.write(self.body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def web_server() -> Iterator[http.server.ThreadingHTTPServer]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Answer)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join()


def test_a_web_server_that_is_not_couchdb_is_said(web_server: http.server.ThreadingHTTPServer) -> None:
    url = f"http://127.0.0.1:{web_server.server_address[1]}/taawun"
    with CouchClient(ServerAddress(url)) as client:
        with pytest.raises(ServerError) as raised:
            client.database_info()
    assert raised.value.code == "server_not_couch"


def test_a_huge_error_is_read_bounded_and_shown_bounded(web_server: http.server.ThreadingHTTPServer,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    reason = "\x1b[31m" + "z" * 5_000_000
    monkeypatch.setattr(_Answer, "status", 400)
    monkeypatch.setattr(_Answer, "body", b'{"error":"bad_request","reason":"' + reason.encode() + b'"}')
    url = f"http://127.0.0.1:{web_server.server_address[1]}/taawun"
    with CouchClient(ServerAddress(url)) as client:
        with pytest.raises(ServerError) as raised:
            client.database_info()
    # the body was cut at ERROR_BODY_LIMIT: it is no longer JSON, so not CouchDB's answer; never 5 MB shown
    assert raised.value.code == "server_not_couch"
    monkeypatch.setattr(_Answer, "body", b'{"error":"bad_request","reason":"\\u001b[31m' + b"z" * 3000 + b'"}')
    with CouchClient(ServerAddress(url)) as client:
        with pytest.raises(ServerError) as raised:
            client.database_info()
    message = raised.value.message("en")
    assert raised.value.code == "server_refused_request" and "\x1b" not in message
    assert len(message) < REASON_LIMIT + 300


def test_an_answer_beyond_the_bound_or_nested_beyond_reason_is_refused_unread(
    web_server: http.server.ThreadingHTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.sync.server import couch

    url = f"http://127.0.0.1:{web_server.server_address[1]}/taawun"
    monkeypatch.setattr(couch, "ANSWER_BYTES_MAX", 10_000)
    monkeypatch.setattr(_Answer, "body", b'{"db_name": "taawun", "padding": "' + b"z" * 20_000 + b'"}')
    with CouchClient(ServerAddress(url), retries=0) as client, pytest.raises(ServerError) as raised:
        client.database_info()
    assert raised.value.code == "server_answer_too_large"
    assert "10 MB" not in raised.value.message("en") and "0 MB" in raised.value.message("en")
    monkeypatch.setattr(couch, "ANSWER_BYTES_MAX", 1_000_000)
    monkeypatch.setattr(_Answer, "body", b"[" * 200_000 + b"]" * 200_000)  # a RecursionError for Python's json
    with CouchClient(ServerAddress(url), retries=0) as client, pytest.raises(ServerError) as raised:
        client.database_info()
    assert raised.value.code == "server_not_couch"


def self_signed(folder: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .sign(key, hashes.SHA256())
    )  # fmt: skip
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))  # fmt: skip
    return cert_path, key_path


def test_a_certificate_that_cannot_be_verified_is_refused_and_not_retried(tmp_path: Path) -> None:
    cert, key = self_signed(tmp_path)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Answer)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    waits: list[float] = []
    try:
        url = f"https://127.0.0.1:{server.server_address[1]}/taawun"
        with CouchClient(ServerAddress(url, "agent", "secret"), sleep=waits.append) as client:
            with pytest.raises(ServerError) as raised:
                client.database_info()
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
    assert raised.value.code == "server_tls_unverified" and waits == []
    assert "certificate" in raised.value.message("en")


def test_too_many_requests_waits_as_long_as_the_server_asks(web_server: http.server.ThreadingHTTPServer,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.setattr(_Answer, "status", 429)
    monkeypatch.setattr(_Answer, "body", b'{"error":"too_many_requests","reason":"slow down"}')
    original = _Answer.send_response

    def with_retry_after(self: _Answer, code: int, message: str | None = None) -> None:
        original(self, code, message)
        self.send_header("Retry-After", "7")

    monkeypatch.setattr(_Answer, "send_response", with_retry_after)
    waits: list[float] = []
    url = f"http://127.0.0.1:{web_server.server_address[1]}/taawun"
    with CouchClient(ServerAddress(url), retries=2, backoff=0.01, sleep=waits.append) as client:
        with pytest.raises(ServerError) as raised:
            client.database_info()
    assert raised.value.code == "server_failing" and raised.value.params["status"] == 429
    assert sum(waits) == pytest.approx(14)  # twice the 7 seconds asked, not the 0.01 s back-off
