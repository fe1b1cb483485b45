"""The client of the organisation's server against a real PouchDB Server (tests/couch_server.py): every call, the
design document's refusals, the answers that are not ours, and what it says for each."""

from __future__ import annotations

import base64
import uuid

import pytest
import requests
from couch_server import CouchDatabase, CouchServer, new_database, new_user

from app.core.errors import InvalidInput
from app.sync.server import design
from app.sync.server.couch import CouchClient, ServerAddress, ServerError


def client_for(db: CouchDatabase, **options: object) -> CouchClient:
    return CouchClient(ServerAddress(db.url, db.user, db.password), sleep=lambda _: None, **options)  # type: ignore[arg-type]


def version_doc(doc_id: str | None = None, rev: str | None = None, **fields: object) -> dict[str, object]:
    return {"_id": doc_id or f"v:{uuid.uuid4()}:1", "_rev": rev or f"1-{uuid.uuid4().hex}", "data": fields}


def test_a_version_pushed_is_found_by_revs_diff_changes_and_get_docs(couch_db: CouchDatabase) -> None:
    photo = bytes(range(256)) * 40
    docs = [version_doc(name="تعاونية الأمل"), version_doc(name="Coop"),
            {"_id": "photo:abc", "_rev": "1-" + "a" * 32, "_attachments": {"image": {
                "content_type": "image/jpeg", "data": base64.b64encode(photo).decode("ascii")}}}]  # fmt: skip
    revs = {str(d["_id"]): [str(d["_rev"])] for d in docs}
    with client_for(couch_db) as client:
        assert client.database_info()["doc_count"] == 1  # the design document
        assert client.revs_diff(revs) == revs
        client.bulk_docs(docs)
        client.bulk_docs(docs)  # twice is once: the ids and revisions are ours
        assert client.revs_diff(revs) == {}
        assert client.database_info()["doc_count"] == 4
        rows, last, ended = client.changes(None, 100)
        assert ended  # fewer than asked for: the feed's end
        assert sorted((doc_id, rev) for _, doc_id, rev in rows) == sorted((i, r[0]) for i, r in revs.items())
        assert all(isinstance(seq, str) for seq, _, _ in rows) and isinstance(last, str)
        assert client.changes(last, 100) == ([], last, True)
        found = client.get_docs([*revs, "v:nobody:1"])
        assert set(found) == set(revs)
        assert found[str(docs[0]["_id"])]["data"] == {"name": "تعاونية الأمل"}
        assert client.get_attachment("photo:abc", "image") == photo


def test_changes_come_in_batches_from_a_checkpoint(couch_db: CouchDatabase) -> None:
    docs = [version_doc() for _ in range(7)]
    with client_for(couch_db) as client:
        client.bulk_docs(docs)
        seen: list[str] = []
        since = None
        for _ in range(10):
            rows, since, ended = client.changes(since, 3)
            assert len(rows) <= 3
            seen += [doc_id for _, doc_id, _ in rows]
            if ended:  # the first batch holds 2 rows (the design document left out) and is no end
                break
        assert ended
        assert sorted(seen) == sorted(str(d["_id"]) for d in docs)  # each once, the design document left out


def test_local_documents_keep_a_checkpoint_even_when_written_meanwhile(couch_db: CouchDatabase) -> None:
    with client_for(couch_db) as first, client_for(couch_db) as second:
        assert first.get_local("pull-checkpoint") is None
        first.put_local("pull-checkpoint", {"since": "3"})
        first.put_local("pull-checkpoint", {"since": "5"})
        second.put_local("pull-checkpoint", {"since": "6"})  # first's known revision is now stale: 409, read, write
        first.put_local("pull-checkpoint", {"since": "8"})
        found = second.get_local("pull-checkpoint")
        assert found is not None and found["since"] == "8"
        assert first.database_info()["doc_count"] == 1  # _local documents are not documents


@pytest.mark.parametrize(
    ("change", "refused"),
    [
        ("other content, same id", lambda d: {**d, "_rev": "1-" + "b" * 32, "data": {"name": "changed"}}),
        ("an edit", lambda d: {**d, "_rev": "2-" + "c" * 32, "_revisions": {"start": 2, "ids": ["c" * 32, "a" * 32]}}),
        (
            "a deletion",
            lambda d: {
                **d,
                "_rev": "2-" + "d" * 32,
                "_deleted": True,
                "_revisions": {"start": 2, "ids": ["d" * 32, "a" * 32]},
            },
        ),
        ("an id of no kind", lambda d: {**d, "_id": "people:1"}),
        ("a second revision of a new id", lambda d: {**d, "_id": "v:new:1", "_rev": "2-" + "e" * 32}),
    ],
)
def test_the_design_document_keeps_versions_as_they_were_sent(couch_db: CouchDatabase, change: str,
                                                              refused: object) -> None:  # fmt: skip
    original = version_doc("v:record:1", "1-" + "a" * 32, name="first")
    with client_for(couch_db) as client:
        client.bulk_docs([original])
        with pytest.raises(ServerError) as raised:
            client.bulk_docs([refused(original)])  # type: ignore[operator]
        assert raised.value.code == "server_document_refused", change
        assert "forbidden" in raised.value.message("en")
        assert client.get_docs(["v:record:1"])["v:record:1"]["data"] == {"name": "first"}
        assert client.database_info()["doc_count"] == 2


def test_every_kind_of_document_is_accepted(couch_db: CouchDatabase) -> None:
    with client_for(couch_db) as client:
        client.bulk_docs([version_doc(f"{prefix}x") for prefix in design.DOCUMENT_PREFIXES])
        assert client.database_info()["doc_count"] == 1 + len(design.DOCUMENT_PREFIXES)


def test_a_database_without_the_design_document_is_refused_before_anything_is_sent(couch_server: CouchServer) -> None:
    bare = new_database(couch_server, prepared=False)
    admin = ServerAddress(bare.url, couch_server.admin_user, couch_server.admin_password)
    with CouchClient(admin) as client:
        with pytest.raises(ServerError) as raised:
            client.check_design()
        assert raised.value.code == "server_design_missing"
        assert "taawun sync server init" in raised.value.message("fr")
        outdated = {**design.design_document(), design.VERSION_FIELD: design.DESIGN_VERSION - 1}
        client.call_server("PUT", f"/{bare.name}/{design.DESIGN_ID}", body=outdated)
        with pytest.raises(ServerError) as raised:
            client.check_design()
        assert raised.value.code == "server_design_missing"
    init_steps = design.init_server(bare.url, couch_server.admin_user, couch_server.admin_password)
    assert [s.code for s in init_steps] == ["server_init_existed", "server_init_design_installed",
                                            "server_init_no_members"]  # fmt: skip
    with CouchClient(admin) as client:
        client.check_design()


def test_init_is_idempotent_adds_members_and_closes_the_database_to_others(couch_server: CouchServer) -> None:
    url = f"{couch_server.root}/t{uuid.uuid4().hex}"
    alice, alice_password = new_user(couch_server)
    bob, bob_password = new_user(couch_server)
    first = design.init_server(url, couch_server.admin_user, couch_server.admin_password, members=[alice])
    assert [s.code for s in first] == ["server_init_created", "server_init_design_installed", "server_init_members"]
    again = design.init_server(url, couch_server.admin_user, couch_server.admin_password)
    assert [s.code for s in again] == ["server_init_existed", "server_init_design_current", "server_init_members"]
    assert again[2].params == {"names": alice}  # members are never removed by init
    with CouchClient(ServerAddress(url, alice, alice_password)) as client:
        client.check_design()
        client.bulk_docs([version_doc()])
    with CouchClient(ServerAddress(url, bob, bob_password), retries=0) as client:
        with pytest.raises(ServerError) as raised:
            client.database_info()
        assert raised.value.code == "server_refused_user"
        assert bob in raised.value.message("ar")
    design.init_server(url, couch_server.admin_user, couch_server.admin_password, members=[bob])
    with CouchClient(ServerAddress(url, bob, bob_password)) as client:
        assert client.database_info()["doc_count"] == 2


def test_init_needs_a_server_administrator(couch_db: CouchDatabase) -> None:
    with pytest.raises(ServerError) as raised:
        design.init_server(couch_db.url + "x", couch_db.user, couch_db.password)
    assert raised.value.code == "server_not_admin"
    with pytest.raises(ServerError) as raised:
        design.init_server(couch_db.url, couch_db.server.admin_user, "wrong")
    assert raised.value.code == "server_refused_user"


def test_a_wrong_password_is_said_and_not_retried(couch_db: CouchDatabase) -> None:
    attempts: list[float] = []
    with CouchClient(ServerAddress(couch_db.url, couch_db.user, "wrong"), sleep=attempts.append) as client:
        with pytest.raises(ServerError) as raised:
            client.database_info()
    assert raised.value.code == "server_refused_user" and raised.value.exit_code == 3
    assert attempts == []  # a 4xx is an answer


def test_a_missing_database_is_said(couch_db: CouchDatabase) -> None:
    address = ServerAddress(couch_db.url + "-gone", couch_db.server.admin_user, couch_db.server.admin_password)
    with CouchClient(address) as client:
        with pytest.raises(ServerError) as raised:
            client.database_info()
        assert raised.value.code == "server_database_missing"
        with pytest.raises(ServerError) as raised:
            client.get_local("checkpoint")  # a missing database is not a missing document
        assert raised.value.code == "server_database_missing"


def test_cancelled_before_anything_is_sent(couch_db: CouchDatabase) -> None:
    with client_for(couch_db, cancelled=lambda: True) as client:
        with pytest.raises(ServerError) as raised:
            client.bulk_docs([version_doc()])
    assert raised.value.code == "server_cancelled"
    with client_for(couch_db) as client:
        assert client.database_info()["doc_count"] == 1


@pytest.mark.parametrize(
    "url",
    ["ftp://couch.example.org/taawun", "https:///taawun", "https://couch.example.org", "https://couch.example.org/",
     "https://user:pw@couch.example.org/taawun", "https://couch.example.org/taawun?x=1", "https://couch.example.org/Bad",
     "https://couch.example.org:99999/taawun", "couch.example.org/taawun", ""],
)  # fmt: skip
def test_an_address_that_is_not_a_database_is_refused(url: str) -> None:
    with pytest.raises(InvalidInput) as raised:
        ServerAddress(url)
    assert raised.value.code == "server_bad_address" and raised.value.exit_code == 2


def test_plain_http_is_flagged_beyond_this_machine() -> None:
    assert ServerAddress("http://couch.example.org:5984/taawun/").url == "http://couch.example.org:5984/taawun"
    assert ServerAddress("http://couch.example.org:5984/taawun").plain_http_remote
    assert not ServerAddress("http://127.0.0.1:5984/taawun").plain_http_remote
    assert not ServerAddress("https://couch.example.org/org/taawun").plain_http_remote
    assert ServerAddress("https://couch.example.org/org%2Ftaawun").database == "org/taawun"


def test_the_session_verifies_certificates_and_reads_proxies_from_the_environment(couch_db: CouchDatabase) -> None:
    with client_for(couch_db) as client:
        assert client.session.verify is True and client.session.trust_env is True
        assert isinstance(client.session, requests.Session)
