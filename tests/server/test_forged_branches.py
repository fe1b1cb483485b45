"""A forged branch beside a genuine document, as Apache CouchDB keeps one (app/sync/server/branches.py, docs/server.md):
a member bypassing the design document cannot change a document, but can add another first revision of its id,
which CouchDB keeps as a conflicting branch and may show as the winner. Laptops take the genuine branch, so the
forgery neither replaces a document nor blocks it.

PouchDB Server refuses such a branch, so `CouchDbBranches` plays Apache CouchDB's part on top of it: for the ids it
is given, `get_docs` shows a forged branch with the genuine revision listed in `_conflicts`, as CouchDB answers
`_all_docs?conflicts=true`, and `get_revision`/`get_attachment` give either branch by its revision."""

from __future__ import annotations

import hashlib
from typing import Any

from couch_server import CouchDatabase
from laptop_stores import LaptopMaker
from org_support import Laptops, make_three_laptops, opened_copies

from app.core.forms import FormRegistry
from app.db.store import Store
from app.security.organisation import Unlocked
from app.sync.server.couch import CouchClient, ServerAddress
from app.sync.server.session import SyncOutcome, sync_with_server

PICTURE = b"\xff\xd8\xff\xe0 the olive press"
FORGED_REV = "1-" + "f" * 32  # CouchDB shows the greater revision of the same generation: the forger's


class CouchDbBranches:
    """A client whose server holds, for each id of `forged`, a forged branch (that body) that wins."""

    def __init__(self, client: CouchClient, forged: dict[str, dict[str, Any]]) -> None:
        self.client = client
        self.forged = forged
        self.branches_read: list[str] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self.client, name)

    def get_docs(self, ids: list[str]) -> dict[str, dict[str, Any]]:
        found = self.client.get_docs(ids)
        for doc_id in set(found) & set(self.forged):
            found[doc_id] = {**self.forged[doc_id], "_id": doc_id, "_rev": FORGED_REV,
                             "_conflicts": [found[doc_id]["_rev"]]}  # fmt: skip
        return found

    def get_revision(self, doc_id: str, rev: str) -> dict[str, Any] | None:
        self.branches_read.append(doc_id)
        if rev == FORGED_REV:
            return {**self.forged[doc_id], "_id": doc_id, "_rev": FORGED_REV}
        return self.client.get_revision(doc_id, rev)

    def get_attachment(self, doc_id: str, name: str, rev: str | None = None) -> bytes:
        if doc_id in self.forged and rev in (None, FORGED_REV):
            return b"a forged picture"
        return self.client.get_attachment(doc_id, name, rev)


def sync(store: Store, database: CouchDatabase, forged: dict[str, dict[str, Any]] | None = None,
         keys: Unlocked | None = None) -> tuple[SyncOutcome, list[str]]:  # fmt: skip
    with CouchClient(ServerAddress(database.url, database.user, database.password)) as real:
        client = CouchDbBranches(real, forged or {})
        outcome = sync_with_server(store, client, server=database.url, keys=keys)
    return outcome, client.branches_read


def stored(database: CouchDatabase, doc_id: str) -> dict[str, Any]:
    with database.server.admin_session() as admin:
        return dict(admin.get(f"{database.url}/{doc_id}", timeout=10).json())


def forgery_of(document: dict[str, Any], change: Any) -> dict[str, Any]:
    body = {k: v for k, v in document.items() if not k.startswith("_")}
    change(body)
    return body


def test_forged_branches_of_a_version_a_push_and_a_photo_are_passed_over_for_the_genuine_ones(
    laptop: LaptopMaker, couch_db: CouchDatabase
) -> None:
    a, b = laptop("a"), laptop("b")
    photo = hashlib.sha256(PICTURE).hexdigest()
    coop = a.create("cooperative", {"name_ar": "تعاونية الأمل"})
    visit = a.create("visit", {"cooperative": coop, "visit_date": "2026-11-30", "observations": "معصرة",
                               "photos": [{"sha256": photo}]}, new_photos=[(PICTURE, "image/jpeg")])  # fmt: skip
    sync(a, couch_db)
    version = f"v:{visit}:{a.get(visit).hlc}"
    push = next(doc for doc in _ids(couch_db) if doc.startswith("push:"))
    forged = {
        version: forgery_of(stored(couch_db, version), lambda body: body["row"].update(data='{"observations": "x"}')),
        push: forgery_of(stored(couch_db, push), lambda body: body.update(records=[])),
        f"photo:{photo}": forgery_of(stored(couch_db, f"photo:{photo}"), lambda body: None),
    }
    outcome, read = sync(b, couch_db, forged)
    assert outcome.refused == 0
    assert b.get(visit).data["observations"] == "معصرة"
    assert b.photo(photo) == PICTURE
    assert sorted(set(read)) == sorted(forged)  # each genuine branch read by its revision


def test_a_forged_document_with_no_genuine_branch_beside_it_is_refused_and_changes_nothing(
    laptop: LaptopMaker, couch_db: CouchDatabase
) -> None:
    a, b = laptop("a"), laptop("b")
    coop = a.create("cooperative", {"name_ar": "تعاونية الأمل"})
    sync(a, couch_db)
    version = f"v:{coop}:{a.get(coop).hlc}"
    forged = forgery_of(stored(couch_db, version), lambda body: body["row"].update(data='{"name_ar": "مزور"}'))

    class Replaced(CouchDbBranches):  # the genuine document gone: only the forgery is there
        def get_docs(self, ids: list[str]) -> dict[str, dict[str, Any]]:
            found = self.client.get_docs(ids)
            if version in found:
                found[version] = {**forged, "_id": version, "_rev": FORGED_REV}
            return found

    with CouchClient(ServerAddress(couch_db.url, couch_db.user, couch_db.password)) as real:
        outcome = sync_with_server(b, Replaced(real, {}), server=couch_db.url, keys=None)
    assert outcome.pulled is not None
    assert [o.rejection.code for o in outcome.pulled.outcomes if o.rejection] == ["server_document_not_genuine"]
    assert not b.exists(coop)


def test_a_forged_key_document_is_passed_over_for_the_genuine_one(
    tmp_path_factory: Any, shipped_forms: FormRegistry, couch_db: CouchDatabase
) -> None:
    made: Laptops = make_three_laptops(tmp_path_factory.mktemp("forged-key"), shipped_forms)
    with opened_copies(made, tmp_path_factory.mktemp("forged-key-copies"), shipped_forms) as laptops:
        b, c = laptops["b"], laptops["c"]
        coop = b.create("cooperative", {"name_ar": "تعاونية الأمل للزيتون"})
        sync(b, couch_db, keys=made.keys["b"])
        key = next(doc for doc in _ids(couch_db) if doc.startswith("key:") and doc.endswith(":" + c.device_id))
        forged = {key: forgery_of(stored(couch_db, key), lambda body: body.update(sig=body["sig"][::-1]))}
        outcome, read = sync(c, couch_db, forged, keys=made.keys["c"])
        assert outcome.refused == 0 and read == [key]
        assert c.get(coop).data["name_ar"] == "تعاونية الأمل للزيتون"


def _ids(database: CouchDatabase) -> list[str]:
    with database.server.admin_session() as admin:
        return [row["id"] for row in admin.get(database.url + "/_all_docs", timeout=10).json()["rows"]]
