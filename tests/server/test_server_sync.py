"""Laptops syncing through a real CouchDB-compatible server (PouchDB Server, tests/couch_server.py): what arrives,
what the server holds, and that nothing is sent twice or lost."""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
from pathlib import Path

import pytest
import requests
from couch_server import CouchDatabase
from laptop_stores import LaptopMaker

from app.db.store import Store
from app.sync.conflicts import list_conflicts
from app.sync.server.couch import CouchClient, ServerAddress, ServerError
from app.sync.server.session import SyncOutcome, sync_with_server

PICTURE = b"\xff\xd8\xff\xe0 a picture of the olive press"


def client_for(database: CouchDatabase, url: str | None = None, **options: object) -> CouchClient:
    return CouchClient(ServerAddress(url or database.url, database.user, database.password), **options)  # type: ignore[arg-type]


def sync(store: Store, database: CouchDatabase, **options: object) -> SyncOutcome:
    with client_for(database) as client:
        outcome = sync_with_server(store, client, server=database.url, keys=None, **options)  # type: ignore[arg-type]
    assert outcome.refused == 0, [o.rejection and o.rejection.message("en") for o in outcome.pulled.outcomes]  # type: ignore[union-attr]
    return outcome


def shared(store: Store) -> list[list[tuple]]:
    conn = sqlite3.connect(store.path)
    try:
        return [conn.execute(query).fetchall() for query in (
            "SELECT * FROM records ORDER BY id", "SELECT * FROM history ORDER BY record_id, hlc",
            "SELECT * FROM photos ORDER BY sha256", "SELECT * FROM form_definitions ORDER BY name, version",
            "SELECT * FROM conflicts ORDER BY id", "SELECT * FROM distinct_pairs ORDER BY record_a, record_b")]  # fmt: skip
    finally:
        conn.close()


def server_documents(database: CouchDatabase) -> list[str]:
    with database.server.admin_session() as admin:
        rows = admin.get(database.url + "/_all_docs", timeout=10).json()["rows"]
    return [row["id"] for row in rows]


def versions_held(*stores: Store) -> set[tuple[str, str]]:
    return {key for store in stores for key in store.conn.execute("SELECT record_id, hlc FROM history")}


def test_two_laptops_exchange_records_photos_and_conflicts_through_the_server(
    laptop: LaptopMaker, couch_db: CouchDatabase
) -> None:
    a, b = laptop("a"), laptop("b")
    coop = a.create("cooperative", {"name_ar": "تعاونية الأمل", "sectors": ["olives"]})
    photo = hashlib.sha256(PICTURE).hexdigest()
    visit = a.create("visit", {"cooperative": coop, "visit_date": "2026-11-30", "observations": "معصرة",
                               "photos": [{"sha256": photo}]},
                     new_photos=[(PICTURE, "image/jpeg")])  # fmt: skip
    sync(a, couch_db)
    sync(b, couch_db)
    assert b.get(coop).data["name_ar"] == "تعاونية الأمل"
    assert b.get(visit).data["photos"] == [{"sha256": photo}]
    assert b.photo(photo) == PICTURE
    # Both edit the same cooperative before they sync again: a conflict, found by whoever pulls second.
    a.update(coop, {"president": "فاطمة"})
    b.update(coop, {"president": "Khadija"})
    sync(a, couch_db)
    sync(b, couch_db)  # finds the conflict
    sync(a, couch_db)  # finds it too, and takes b's finding
    sync(b, couch_db)  # one exchange later, both tell the same story (as after merges of files)
    assert shared(a) == shared(b)
    assert len(list_conflicts(a)) == 1 == len(list_conflicts(b))
    # The server holds one document per version, never two (the same version pushed by both is one document).
    versions = [doc for doc in server_documents(couch_db) if doc.startswith("v:")]
    assert len(versions) == len(set(versions)) == len(versions_held(a, b)) == 4


def test_a_record_that_follows_a_join_in_a_pull_reaches_the_server_in_the_same_sync(
    laptop: LaptopMaker, couch_db: CouchDatabase
) -> None:
    from app.db.joining import join

    a, b = laptop("a"), laptop("b")
    keep = a.create("cooperative", {"name_ar": "تعاونية الأمل"})
    other = a.create("cooperative", {"name_ar": "تعاونية الامل"})
    sync(a, couch_db)
    sync(b, couch_db)
    visit = b.create("visit", {"cooperative": other, "visit_date": "2026-11-30", "observations": "زيارة"})
    join(a, keep, other)  # on A, before B's visit reaches it
    sync(a, couch_db)
    outcome = sync(b, couch_db)  # pushes the visit, pulls the join: the visit follows it, and is pushed again
    assert b.get(visit).data["cooperative"] == keep
    assert outcome.pulled is not None and outcome.pulled.followed == 1
    assert outcome.pushed is not None and outcome.pushed.pushes == 2
    sync(a, couch_db, send=False)  # one pull is enough for A: the visit as it follows the join
    assert a.get(visit).data["cooperative"] == keep
    assert shared(a) == shared(b)
    quiet = sync(b, couch_db)  # nothing new of its own: no second push
    assert quiet.pulled is not None and quiet.pulled.followed == 0
    assert quiet.pushed is not None and quiet.pushed.pushes == 0


def test_a_pulls_progress_follows_the_changes_feed_to_its_end(laptop: LaptopMaker, couch_db: CouchDatabase) -> None:
    a, b = laptop("a"), laptop("b")
    for push in range(3):  # three pushes (one group: one laptop's consecutive pushes merge together)
        for i in range(5):
            a.create("cooperative", {"name_ar": f"تعاونية {push}-{i}"})
        sync(a, couch_db)
    seen: list[tuple[str, int, int]] = []
    with client_for(couch_db) as client:
        total_changes = len(client.changes(None, 10_000)[0])
        sync_with_server(b, client, server=couch_db.url, keys=None, send=False,
                         progress=lambda stage, done, total: seen.append((stage, done, total)))  # fmt: skip
    pulled = [(done, total) for stage, done, total in seen if stage == "pull"]
    assert pulled, seen
    assert all(total >= total_changes for _, total in pulled)  # in changes (the design document counts too)
    assert [done for done, _ in pulled] == sorted(done for done, _ in pulled)  # never backwards
    assert pulled[-1][0] == pulled[-1][1]  # at the end of the feed: full
    assert b.count("cooperative") == 15


def test_a_feed_whose_sequences_hold_no_number_is_counted_in_merged_groups() -> None:
    from app.sync.server.pull import _FeedPosition

    class Server:
        def database_info(self) -> dict[str, object]:
            return {"update_seq": "g1AAAAB"}

    position = _FeedPosition(Server(), None)  # type: ignore[arg-type]
    assert position.at("g1AAAAC", 2) == (2, 3)
    numbered = _FeedPosition(type("S", (), {"database_info": lambda self: {"update_seq": "120-g1AA"}})(), "20-g1")  # type: ignore[arg-type]
    assert numbered.at("70-g1AB", 1) == (50, 100)
    assert numbered.at("500-x", 9) == (100, 100)  # written meanwhile: never beyond full


def test_a_full_disk_while_a_pulled_batch_is_written_is_said_merges_nothing_and_the_next_pull_completes(
    laptop: LaptopMaker, couch_db: CouchDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.core.errors import StorageError
    from app.sync.server import pulled_package

    a, b = laptop("a"), laptop("b")
    for i in range(40):
        a.create("cooperative", {"name_ar": f"تعاونية الأمل لإنتاج الكسكس رقم {i}"})
    sync(a, couch_db)
    real = pulled_package.connect_file

    def on_a_full_disk(path: Path) -> sqlite3.Connection:  # SQLite's own "database or disk is full" (SQLITE_FULL)
        conn = real(path)
        conn.execute("PRAGMA max_page_count = 40")
        return conn

    monkeypatch.setattr(pulled_package, "connect_file", on_a_full_disk)
    with client_for(couch_db) as client, pytest.raises(StorageError) as raised:
        sync_with_server(b, client, server=couch_db.url, keys=None)
    assert raised.value.code == "db_full" and raised.value.message("ar") == "القرص ممتلئ: لم يحفظ أي شيء"
    assert b.count("cooperative") == 0
    monkeypatch.setattr(pulled_package, "connect_file", real)  # space freed
    sync(b, couch_db)
    assert b.count("cooperative") == 40


def test_a_second_sync_sends_and_merges_nothing(laptop: LaptopMaker, couch_db: CouchDatabase) -> None:
    a, b = laptop("a"), laptop("b")
    a.create("cooperative", {"name_ar": "تعاونية الأمل"})
    sync(a, couch_db)
    sync(b, couch_db)
    before = shared(b)
    again = sync(b, couch_db)
    assert again.pushed is not None and again.pushed.total_sent == 0 and again.pushed.pushes == 0
    assert again.pulled is not None and again.pulled.outcomes == []
    everything = sync(a, couch_db, everything=True)  # the cache forgotten: the server is asked about all
    assert everything.pushed is not None and everything.pushed.total_sent == 0
    assert shared(b) == before


def test_a_sync_cut_at_any_point_completes_next_time_without_duplicates(
    laptop: LaptopMaker, couch_db: CouchDatabase
) -> None:
    from fault_proxy import FaultProxy

    a, b = laptop("a"), laptop("b")
    for i in range(30):
        a.create("cooperative", {"name_ar": f"تعاونية {i}"})
    with FaultProxy(couch_db.server.root) as proxy:
        url = proxy.url(couch_db.url)
        for cut in (2_000, 15_000, 40_000):  # during the push: bytes towards the server
            proxy.cut_after(sent=cut)
            with client_for(couch_db, url, retries=0) as client, pytest.raises(ServerError):
                sync_with_server(a, client, server=couch_db.url, keys=None)
            a.create("cooperative", {"name_ar": f"بعد الانقطاع {cut}"})
        assert proxy.cuts == 3
        with client_for(couch_db, url, retries=0) as client:
            sync_with_server(a, client, server=couch_db.url, keys=None)
        for cut in (300, 1_500, 4_000, 9_000):  # during the pull: bytes coming back, at different stages
            proxy.cut_after(received=cut)
            with client_for(couch_db, url, retries=0) as client, contextlib.suppress(ServerError):
                sync_with_server(b, client, server=couch_db.url, keys=None)
        assert proxy.cuts >= 5  # some syncs of b were cut (one may have ended before its cut)
    sync(b, couch_db)
    assert shared(a)[:4] == shared(b)[:4]
    assert b.count("cooperative") == 33
    versions = [doc for doc in server_documents(couch_db) if doc.startswith("v:")]
    assert len(versions) == len(versions_held(a)) == 33


def test_a_server_without_the_design_document_is_refused_before_anything_is_sent(
    laptop: LaptopMaker, couch_server: object
) -> None:
    from couch_server import new_database

    database = new_database(couch_server, prepared=False)  # type: ignore[arg-type]
    a = laptop("a")
    a.create("cooperative", {"name_ar": "تعاونية الأمل"})
    with CouchClient(ServerAddress(database.url, database.server.admin_user, database.server.admin_password)) as client:
        with pytest.raises(ServerError) as refused:
            sync_with_server(a, client, server=database.url, keys=None)
    assert refused.value.code == "server_design_missing"
    assert "taawun sync server init" in refused.value.message("en")
    assert server_documents(database) == []


def test_wrong_credentials_say_so_and_change_nothing(laptop: LaptopMaker, couch_db: CouchDatabase) -> None:
    a = laptop("a")
    a.create("cooperative", {"name_ar": "تعاونية الأمل"})
    wrong = CouchClient(ServerAddress(couch_db.url, couch_db.user, "not the password"))
    with wrong, pytest.raises(ServerError) as refused:
        sync_with_server(a, wrong, server=couch_db.url, keys=None)
    assert refused.value.code == "server_refused_user"
    assert not [doc for doc in server_documents(couch_db) if not doc.startswith("_design/")]


def test_a_version_changed_on_the_server_is_refused_by_the_laptops(
    laptop: LaptopMaker, couch_db: CouchDatabase
) -> None:
    """CouchDB runs the design document's `validate_doc_update`, which refuses any change to a version; PouchDB
    Server (the tests' server) does not. Either way a changed version never reaches a laptop: its revision is
    derived from its content."""
    a = laptop("a")
    coop = a.create("cooperative", {"name_ar": "تعاونية الأمل"})
    sync(a, couch_db)
    (doc_id,) = [doc for doc in server_documents(couch_db) if doc.startswith("v:")]
    with requests.Session() as session:
        session.auth = (couch_db.user, couch_db.password)
        address = f"{couch_db.url}/{requests.utils.quote(doc_id, safe='')}"
        stored = session.get(address, timeout=10).json()
        stored["row"]["data"] = '{"name_ar":"مزورة"}'
        session.put(address, json=stored, timeout=10)
        changed = session.get(address, timeout=10).json()["_rev"] != stored["_rev"]
    b = laptop("b")
    with client_for(couch_db) as client:
        outcome = sync_with_server(b, client, server=couch_db.url, keys=None)
    assert outcome.pulled is not None
    if changed:
        (refused,) = outcome.pulled.outcomes
        assert refused.rejection is not None and refused.rejection.code == "server_document_not_genuine"
        assert not b.exists(coop)
    else:
        assert b.get(coop).data["name_ar"] == "تعاونية الأمل"


def test_a_failing_then_slow_server_ends_with_a_message_and_the_next_sync_completes(
    laptop: LaptopMaker, couch_db: CouchDatabase
) -> None:
    from fault_proxy import FaultProxy

    a, b = laptop("a"), laptop("b")
    for i in range(5):
        a.create("cooperative", {"name_ar": f"تعاونية {i}"})
    with FaultProxy(couch_db.server.root) as proxy:
        url = proxy.url(couch_db.url)
        proxy.fail_next(3)  # 500s, retried with back-off: the sync goes through
        with client_for(couch_db, url, retries=4, backoff=0.01) as client:
            sync_with_server(a, client, server=couch_db.url, keys=None)
        assert proxy.failed == 3
        proxy.fail_next(50)  # failing on every attempt: said after the retries
        with client_for(couch_db, url, retries=2, backoff=0.01) as client, pytest.raises(ServerError) as failing:
            sync_with_server(b, client, server=couch_db.url, keys=None)
        assert failing.value.code == "server_failing"
        proxy.fail_next(0)
        proxy.delay = 0.6  # slower than the time-out
        with client_for(couch_db, url, retries=0, timeout=0.3) as client, pytest.raises(ServerError) as slow:
            sync_with_server(b, client, server=couch_db.url, keys=None)
        assert slow.value.code == "server_timed_out"
    assert b.count("cooperative") == 0
    sync(b, couch_db)
    assert b.count("cooperative") == 5


def test_records_referred_to_arrive_before_the_records_naming_them_across_pushes(
    laptop: LaptopMaker, couch_db: CouchDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A large push is split in push documents, and a pull merges them in parts: a visit must never be merged
    before the cooperative it names (its check would refuse it), whatever their ids."""
    from app.sync.server import pull, push

    monkeypatch.setattr(push, "RECORDS_PER_PUSH", 2)
    monkeypatch.setattr(pull, "RECORDS_PER_PACKAGE", 2)
    a, b = laptop("a"), laptop("b")
    coop = a.create(
        "cooperative", {"name_ar": "تعاونية في آخر الترتيب"}, record_id="ffffffff-ffff-4fff-8fff-ffffffffffff"
    )
    for i in range(5):
        a.create("visit", {"cooperative": coop, "visit_date": "2026-11-30", "observations": f"زيارة {i}"},
                 record_id=f"0000000{i}-0000-4000-8000-000000000000")  # fmt: skip
    assert sync(a, couch_db).pushed.pushes == 3  # type: ignore[union-attr]
    outcome = sync(b, couch_db)
    assert outcome.pulled is not None and len(outcome.pulled.outcomes) >= 3
    assert b.count("visit") == 5 and b.exists(coop)


def test_a_first_pull_reads_the_whole_feed_in_one_sync(
    laptop: LaptopMaker, couch_db: CouchDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The changes feed is read in batches; the design document (left out by the client) in a batch is no end of the
    feed: one sync brings everything."""
    from app.sync.server import pull

    monkeypatch.setattr(pull, "CHANGES_PER_BATCH", 3)
    a, b = laptop("a"), laptop("b")
    for i in range(6):
        a.create("cooperative", {"name_ar": f"تعاونية {i}"})
    sync(a, couch_db)
    outcome = sync(b, couch_db)
    assert outcome.pulled is not None and outcome.pulled.changes_read >= 10
    assert b.count("cooperative") == 6
