"""Laptops of an organisation syncing through a real server: the server stores what it cannot read, member laptops
read it all, a removed laptop's later pushes are refused and it cannot read what is pushed after its removal."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from couch_server import CouchDatabase
from org_support import Laptops, make_three_laptops, opened_copies

from app.core.forms import FormRegistry
from app.db.store import Store
from app.security.membership_changes import remove
from app.sync.server.couch import CouchClient, ServerAddress
from app.sync.server.session import SyncOutcome, sync_with_server

PHONE = "0612345678"
PICTURE = b"\xff\xd8\xff\xe0 the cooperative's olive press"


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory, shipped_forms: FormRegistry) -> Laptops:
    return make_three_laptops(tmp_path_factory.mktemp("server-org"), shipped_forms)


@pytest.fixture
def laptops(tmp_path: Path, made: Laptops, shipped_forms: FormRegistry) -> Iterator[dict[str, Store]]:
    with opened_copies(made, tmp_path, shipped_forms) as opened:
        yield opened


def sync(store: Store, made: Laptops, name: str, database: CouchDatabase) -> SyncOutcome:
    with CouchClient(ServerAddress(database.url, database.user, database.password)) as client:
        return sync_with_server(store, client, server=database.url, keys=made.keys[name])


def everything_on(database: CouchDatabase) -> str:
    with database.server.admin_session() as admin:
        return admin.get(database.url + "/_all_docs", params={"include_docs": "true", "attachments": "true"},
                         timeout=30).text  # fmt: skip


def test_the_server_holds_what_it_cannot_read_and_members_read_it_all(
    laptops: dict[str, Store], made: Laptops, couch_db: CouchDatabase
) -> None:
    b, c = laptops["b"], laptops["c"]
    coop = b.create("cooperative", {"name_ar": "تعاونية الأمل للزيتون", "phone": PHONE})
    visit = b.create("visit", {"cooperative": coop, "visit_date": "2026-11-30", "observations": "معصرة جديدة",
                               "photos": [{"sha256": _sha(PICTURE)}]}, new_photos=[(PICTURE, "image/jpeg")])  # fmt: skip
    pushed = sync(b, made, "b", couch_db)
    assert pushed.pushed is not None and pushed.pushed.sent.get("version") == 2
    stored = everything_on(couch_db)
    for secret in ("تعاونية", "\\u062a\\u0639\\u0627", PHONE[1:], "olive press", "agent-b"):
        assert secret not in stored
    pulled = sync(c, made, "c", couch_db)
    assert pulled.pulled is not None and [o.merged for o in pulled.pulled.outcomes] == [True]
    assert c.get(coop).data["phone"] == b.get(coop).data["phone"] == "+212" + PHONE[1:]
    assert c.get(visit).data["observations"] == "معصرة جديدة"
    assert c.photo(_sha(PICTURE)) == PICTURE
    # Signed by b, and the signature checked by c's merge.
    signatures = c.conn.execute("SELECT count(*) FROM history WHERE signature IS NOT NULL").fetchone()[0]
    assert signatures == 2


def test_a_removed_laptops_pushes_are_refused_and_it_cannot_read_what_follows(
    laptops: dict[str, Store], made: Laptops, couch_db: CouchDatabase
) -> None:
    a, b, c = laptops["a"], laptops["b"], laptops["c"]
    sync(c, made, "c", couch_db)
    sync(a, made, "a", couch_db)
    remove(a, made.keys["a"], c.device_id)  # c was lost
    secret = a.create("cooperative", {"name_ar": "بعد الإزالة"})
    sync(a, made, "a", couch_db)  # its push carries the new list and uses a new key, not given to c
    late = c.create("cooperative", {"name_ar": "من الحاسوب المفقود"})
    seen_by_c = sync(c, made, "c", couch_db)  # pushes its late work, pulls what a pushed after the removal
    assert seen_by_c.pulled is not None
    assert not c.exists(secret)
    assert {o.rejection.code for o in seen_by_c.pulled.outcomes if o.rejection is not None} == {"server_key_missing"}
    outcome = sync(b, made, "b", couch_db)
    assert outcome.pulled is not None
    refused = [o.rejection.code for o in outcome.pulled.outcomes if o.rejection is not None]
    # Refused by the push's signer (when the new list was held before the push was opened), or by the merge's
    # check of each version's signer against the list adopted from a's push.
    assert len(refused) == 1 and refused[0] in ("server_push_removed_laptop", "org_version_removed_laptop")
    assert b.exists(secret) and not b.exists(late)


def _sha(content: bytes) -> str:
    import hashlib

    return hashlib.sha256(content).hexdigest()


def test_a_laptop_that_joins_later_reads_what_was_pushed_before_it_came(
    laptops: dict[str, Store], made: Laptops, couch_db: CouchDatabase
) -> None:
    import dataclasses

    from app.security import organisation

    a, b, c = laptops["a"], laptops["b"], laptops["c"]
    without_c = dataclasses.replace(made.members, serial=2, signature=b"",
                                    laptops=tuple(x for x in made.members.laptops if x.id != c.device_id))  # fmt: skip
    without_c = without_c.signed(made.org_key)
    for store in (a, b):
        with store.transaction():
            assert organisation.adopt(store, without_c)
    early = b.create("cooperative", {"name_ar": "قبل انضمام الحاسوب الثالث"})
    sync(b, made, "b", couch_db)  # sealed for a and b only
    sync(a, made, "a", couch_db)
    held = organisation.load(a)
    assert held is not None  # the list it holds now (its pushes may have issued one naming its forms in use)
    c_entry = made.members.laptop(c.device_id)
    assert c_entry is not None
    with_c = dataclasses.replace(held.members, serial=held.members.serial + 1, signature=b"",
                                 laptops=(*held.members.laptops, c_entry)).signed(made.org_key)  # fmt: skip
    with a.transaction():
        assert organisation.adopt(a, with_c)  # the coordinator invites c again
    sync(a, made, "a", couch_db)  # passes the keys it holds (its own, b's) to c, the list with them
    joined = sync(c, made, "c", couch_db)
    assert joined.pulled is not None
    assert [o.rejection.message("en") for o in joined.pulled.outcomes if o.rejection] == []
    assert c.get(early).data["name_ar"] == "قبل انضمام الحاسوب الثالث"
