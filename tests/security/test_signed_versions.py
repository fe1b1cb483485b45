"""Signed versions (docs/security.md, "Signed versions"): each laptop signs what it wrote before it exports; a laptop
of the organisation merges a file only if each version new to it is signed by the laptop it names, a member not
removed before it was written, or dates from before the organisation. Forged, altered, removed laptops' and
"this laptop's own" versions refuse the whole file, naming the record and why, and change nothing.

Three member laptops are made once for the module (keys under a passphrase cost a second of scrypt each): A, the
coordinator (a copy of the session's organisation), and the agents B and C, each of which wrote a record before the
organisation began signing. Each test works on copies."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest
from database_dump import dump
from older_release import release_of_schema
from org_support import PASSPHRASE

from app.cli.program import main
from app.core.clock import now_text
from app.core.errors import InvalidInput
from app.core.forms import FormRegistry
from app.db.backup import backup_database, restore_database
from app.db.store import Store
from app.security import organisation, version_signing
from app.security.invite import invite, join
from app.security.keys import LaptopKeys, OrganisationKey, b64
from app.security.member_list import Laptop, MemberList
from app.security.membership_changes import remove
from app.security.organisation import Unlocked
from app.security.sealed import write_sealed
from app.security.version_signing import (
    BATCH_BODY_BYTES_MAX,
    BATCH_VERSIONS_MAX,
    SIGNED_COLUMNS,
    Refusal,
    Verifier,
    batch_body,
    digest,
    encoding,
    find_in,
    history_signatures,
    sign_pending,
)
from app.sync.export import export_package
from app.sync.merge import FileOutcome, merge_file
from app.sync.package import write_snapshot

ROOT = Path(__file__).resolve().parents[2]
NAMES = {"a": "coordination-tiznit", "b": "laptop-khenifra", "c": "laptop-azrou"}
LISTED = {"a": "coordination-tiznit", "b": "Fatima's laptop", "c": "Azrou ⵜⴰⵡⵓⵏ"}  # the names the list gives


@dataclass(frozen=True)
class Made:
    """The module's organisation: the three databases, their keys, the organisation's key and its list."""

    paths: dict[str, Path]
    keys: dict[str, LaptopKeys]
    org_key: OrganisationKey
    members: MemberList
    before: dict[str, str]  # laptop -> the record it wrote before the organisation began signing


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory, coordinator_db: Path, shipped_forms: FormRegistry) -> Made:
    folder = tmp_path_factory.mktemp("signed")
    paths = {name: folder / f"{name}.db" for name in NAMES}
    shutil.copyfile(coordinator_db, paths["a"])
    stores = {name: open_laptop(paths[name], name, shipped_forms) for name in NAMES}
    try:
        held = organisation.load(stores["a"])
        assert held is not None
        unlocked = held.unlock(PASSPHRASE)  # once for the module
        before = {name: new_cooperative(stores[name], f"تعاونية {name} القديمة") for name in ("b", "c")}
        with stores["a"].transaction():
            since = stores["a"].new_stamp()  # what B and C wrote so far is from before signatures
        keys = {"a": unlocked.laptop} | {name: LaptopKeys.generate(stores[name].device_id) for name in ("b", "c")}
        laptops = tuple(Laptop(stores[name].device_id, LISTED[name], "agent", keys[name].sign_public,
                               keys[name].recipient, now_text()) for name in ("b", "c"))  # fmt: skip
        members = replace(held.members, serial=2, issued_at=now_text(), signing_since=since,
                          laptops=(*held.members.laptops, *laptops)).signed(unlocked.organisation_key())  # fmt: skip
        for name, store in stores.items():
            with store.transaction():
                organisation.save_list(store, members)
                if name != "a":
                    organisation.save_keys(store, Unlocked(keys[name], None), PASSPHRASE)
        return Made(paths, keys, unlocked.organisation_key(), members, before)
    finally:
        for store in stores.values():
            store.close()


def open_laptop(path: Path, name: str, forms: FormRegistry) -> Store:
    return Store.open(path, forms=forms, author=f"agent {name}", device_name=NAMES[name])


def new_cooperative(store: Store, name: str = "تعاونية الأمل") -> str:
    return store.create("cooperative", {"name_ar": name, "sectors": ["olives"]})


class Org:
    """One test's copies of the three laptops, and what it needs to send files between them."""

    def __init__(self, made: Made, folder: Path, forms: FormRegistry) -> None:
        self.made, self.folder, self.forms = made, folder, forms
        self.stores: dict[str, Store] = {}
        for name, source in made.paths.items():
            shutil.copyfile(source, folder / source.name)
            self.stores[name] = open_laptop(folder / source.name, name, forms)
        self.files = 0

    def __getattr__(self, name: str) -> Store:
        return self.stores[name]

    def folder_for(self, what: str) -> Path:
        self.files += 1
        path = self.folder / f"{what}-{self.files}"
        path.mkdir()
        return path

    def send(self, name: str, *, sign: bool = True) -> Path:
        """The laptop's package, signed first (as its sealed export does) unless `sign` is false; plain, for the
        tests to read and alter (`delivered` seals it as it arrives)."""
        store = self.stores[name]
        if sign:
            sign_pending(store, self.made.keys[name])
        package = self.folder_for(name) / "package.taawun"
        write_snapshot(store.path, package, device=store.device_id, device_name=store.device_name)
        return package

    def keys_of(self, store: Store) -> Unlocked | None:
        """The keys of a laptop of the organisation (None for another one)."""
        name = next((name for name, held in self.stores.items() if held is store), "")
        if name not in self.made.keys:
            return None
        return Unlocked(self.made.keys[name], self.made.org_key if name == "a" else None)

    def delivered(self, package: Path, to: Store) -> Path:
        """`package` as it reaches a laptop of the organisation: sealed (docs/security.md, "Sealed files") by the
        coordinator's laptop (any member may carry a crafted package: the insider of the threat model), whose
        sealing is not what these tests are about (tests/security/test_sealed_files.py)."""
        if self.keys_of(to) is None:
            return package  # a laptop of no organisation merges plain files
        sealed_file = self.folder_for("sealed") / package.name
        with sealed_file.open("wb") as out:
            write_sealed(
                self.stores["a"], Unlocked(self.made.keys["a"], self.made.org_key), package, out, kind="package"
            )
        return sealed_file

    def forger(self, package: Path, device: str, device_name: str) -> Store:
        """Someone who copied `package` and writes versions in the name of laptop `device` (a package is a
        database: with a device id set, it opens as a store)."""
        copy = self.folder_for("forger") / "forger.db"
        shutil.copyfile(package, copy)
        sql(copy, "INSERT OR REPLACE INTO meta (key, value) VALUES ('device_id', ?)", (device,))
        forger = Store.open(copy, forms=self.forms, author="intrus", device_name=device_name)
        self.stores[f"forger{self.files}"] = forger
        return forger

    def forged_package(self, forger: Store, keys: LaptopKeys | None = None) -> Path:
        if keys is not None:
            sign_pending(forger, keys)
        return export_package(forger, self.folder_for("forged")).path


@pytest.fixture
def org(made: Made, tmp_path: Path, shipped_forms: FormRegistry) -> Iterator[Org]:
    laptops = Org(made, tmp_path, shipped_forms)
    yield laptops
    for store in laptops.stores.values():
        store.close()


def sql(path: Path, statement: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(path)
    try:
        with conn:
            return conn.execute(statement, params).fetchall()
    finally:
        conn.close()


def merged(org: Org, store: Store, package: Path) -> FileOutcome:
    outcome = merge_file(store, org.delivered(package, store), keys=org.keys_of(store))
    assert outcome.merged, outcome.rejection and outcome.rejection.message("en")
    return outcome


def refused(org: Org, store: Store, package: Path, code: str, **params: str) -> str:
    """Merge `package` into `store`: refused with `code` (and these parameters), the database unchanged; returns the
    English message."""
    delivered = org.delivered(package, store)
    before = dump(store.path)
    outcome = merge_file(store, delivered, keys=org.keys_of(store))
    assert outcome.rejection is not None, "merged"
    message = outcome.rejection.message("en")
    assert outcome.rejection.code == code, message
    assert {name: outcome.rejection.params.get(name) for name in params} == params, message
    assert not outcome.bug
    assert dump(store.path) == before
    for lang in ("ar", "fr"):
        assert str(outcome.rejection.params.get("id", "")) in outcome.rejection.message(lang)
    return message


def signatures(store: Store, record_id: str) -> list[str | None]:
    return [v for (v,) in sql(store.path, "SELECT signature FROM history WHERE record_id = ? ORDER BY hlc",
                              (record_id,))]  # fmt: skip


# --- signing ---------------------------------------------------------------------------------------------------------


def test_a_laptop_signs_what_it_wrote_once_in_a_batch_that_vouches_for_each_version(org: Org) -> None:
    coop = new_cooperative(org.b)
    org.b.update(coop, {"members_total": 12})
    theirs = new_cooperative(org.a)
    merged(org, org.b, org.send("a"))  # A's version, signed by A, held by B too: B signs only its own
    assert sign_pending(org.b, org.made.keys["b"]) == 3  # its record from before the organisation too: it vouches
    assert sign_pending(org.b, org.made.keys["b"]) == 0
    verifier = Verifier(org.made.members, "someone else")
    columns = ", ".join(SIGNED_COLUMNS)
    rows = sql(org.b.path, f"SELECT {columns}, signature, device FROM history ORDER BY record_id, hlc")
    own = [row for row in rows if row[-1] == org.b.device_id]
    assert len(own) == 3 and len({row[-2] for row in own}) == 1  # one batch for the three
    batches = sql(org.b.path, "SELECT id, laptop, body, signature FROM signed_batches WHERE laptop = ?",
                  (org.b.device_id,))  # fmt: skip
    assert [(batch_id, laptop) for batch_id, laptop, _, _ in batches] == [(own[0][-2], org.b.device_id)]
    body = json.loads(batches[0][2])
    assert body == {"format": 1, "laptop": org.b.device_id,
                    "versions": [[row[0], row[1], digest(row[:-2])] for row in own]}  # fmt: skip
    assert hashlib.sha256(batches[0][2].encode()).hexdigest() == batches[0][0]
    conn = sqlite3.connect(org.b.path)
    try:
        find = find_in(conn, "main")
        assert all(verifier.refusal(row[:-2], row[-2], find) is None for row in own)
        # The digest covers every column: any other value, and the batch no longer vouches for it.
        values = list(own[0][:-2])
        values[SIGNED_COLUMNS.index("author")] = "someone"
        assert verifier.refusal(values, own[0][-2], find) == Refusal("org_version_bad_signature", "Fatima's laptop")
        assert encoding(own[0][:-2]) != encoding(values)
    finally:
        conn.close()
    assert [row[0] for row in rows if row[-1] != org.b.device_id] == [theirs]
    assert signatures(org.b, theirs) == signatures(org.a, theirs)  # as A signed it: A's batch travelled with it
    assert sql(org.b.path, "SELECT count(*) FROM signed_batches WHERE id = ?", (signatures(org.a, theirs)[0],)) == [
        (1,)
    ]


def test_many_versions_are_signed_in_batches_within_their_bound(org: Org, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(version_signing, "BATCH_VERSIONS_MAX", 2)  # as 4,000, but with five versions
    for n in range(4):
        new_cooperative(org.b, f"تعاونية {n}")
    assert sign_pending(org.b, org.made.keys["b"]) == 5  # and the one from before
    sizes = sql(org.b.path, "SELECT signature, count(*) FROM history WHERE device = ? GROUP BY signature ORDER BY 2",
                (org.b.device_id,))  # fmt: skip
    assert sorted(count for _, count in sizes) == [1, 2, 2]
    bodies = sql(org.b.path, "SELECT id, length(CAST(body AS BLOB)) FROM signed_batches")
    assert {batch_id for batch_id, _ in bodies} == {batch_id for batch_id, _ in sizes}
    assert all(size <= BATCH_BODY_BYTES_MAX for _, size in bodies)
    package = org.send("b")
    assert sql(package, "SELECT value FROM meta WHERE key = 'package_counts'")[0][0].endswith('"signed_batches": 3}')
    merged(org, org.c, package)
    for (coop,) in sql(org.b.path, "SELECT id FROM records"):
        assert set(history_signatures(org.c, coop, "en").values()) == {"signed by Fatima's laptop"}


def test_keys_of_another_laptop_sign_nothing(org: Org) -> None:
    new_cooperative(org.b)
    with pytest.raises(InvalidInput) as error:
        sign_pending(org.b, org.made.keys["c"])
    assert error.value.code == "org_keys_other_laptop"
    assert sql(org.b.path, "SELECT count(*) FROM history WHERE signature IS NOT NULL") == [(0,)]


def test_a_restored_copy_signs_again_once_it_joined_with_an_invite_for_its_new_id(
    org: Org, tmp_path: Path, stranger_db: tuple[Path, Unlocked]
) -> None:
    written_before = new_cooperative(org.b, "تعاونية قبل النسخة")
    (tmp_path / "backups").mkdir()
    backup = backup_database(org.b, tmp_path / "backups")
    restored_path = tmp_path / "restored" / "taawun.db"
    restored_path.parent.mkdir()
    restore_database(backup, restored_path, tmp_path / "kept")
    restored = org.stores["restored"] = open_laptop(restored_path, "b", org.forms)
    held = organisation.load(restored)
    assert held is not None and held.restored_copy and restored.device_id != org.b.device_id
    after = new_cooperative(restored, "تعاونية بعد الاسترجاع")
    with pytest.raises(InvalidInput) as error:
        sign_pending(restored, org.made.keys["b"])
    assert error.value.code == "org_keys_other_laptop"
    # An invite of another organisation is no way back in: refused, nothing changes.
    stranger_path, stranger_keys = stranger_db
    shutil.copyfile(stranger_path, tmp_path / "stranger.db")
    with Store.open(tmp_path / "stranger.db", forms=org.forms, author="Omar", device_name="autre") as stranger:
        foreign, foreign_code = invite(stranger, stranger_keys, "intrus", laptop_id=restored.device_id)
    former = Unlocked(org.made.keys["b"], None)  # as its passphrase unlocks them
    before = dump(restored.path)
    with pytest.raises(InvalidInput) as error:
        join(restored, foreign, foreign_code, "كلمة جديدة", former=former)
    assert error.value.code == "org_already_member" and dump(restored.path) == before
    # The coordinator invites the copy's new id; it joins, signs and its file is merged.
    keys = org.keys_of(org.a)
    assert keys is not None
    content, code = invite(org.a, keys, "Fatima's laptop (restored)", laptop_id=restored.device_id)
    with pytest.raises(InvalidInput) as error:
        join(restored, content, code, "كلمة جديدة")  # without the keys it holds
    assert error.value.code == "org_rejoin_needs_keys" and dump(restored.path) == before
    rejoined = join(restored, content, code, "كلمة جديدة", former=former)
    held = organisation.load(restored)
    assert held is not None and not held.restored_copy and held.this_laptop is not None
    assert sign_pending(restored, rejoined.laptop) == 1
    package = org.folder_for("restored") / "package.taawun"
    write_snapshot(restored.path, package, device=restored.device_id, device_name=restored.device_name)
    merged(org, org.a, package)
    assert history_signatures(org.a, after, "en") != {}
    assert set(history_signatures(org.a, after, "en").values()) == {"signed by Fatima's laptop (restored)"}
    # What its former self wrote before the backup, never exported, was signed with the keys it was restored with.
    assert set(history_signatures(org.a, written_before, "en").values()) == {"signed by Fatima's laptop"}


# --- what is accepted --------------------------------------------------------------------------------------------------


def test_signed_versions_travel_with_their_signature_and_history_names_the_laptop(org: Org) -> None:
    coop = new_cooperative(org.b)
    org.b.update(coop, {"members_total": 12})
    merged(org, org.c, org.send("b"))
    assert signatures(org.c, coop) == signatures(org.b, coop) and None not in signatures(org.c, coop)
    shown = history_signatures(org.c, coop, "en")
    assert list(shown.values()) == ["signed by Fatima's laptop"] * 2
    assert list(history_signatures(org.c, coop, "ar").values()) == ["موقعة من Fatima's laptop"] * 2
    # Passed on by C, they arrive at A as they were signed by B.
    merged(org, org.a, org.send("c"))
    assert signatures(org.a, coop) == signatures(org.b, coop)
    assert set(history_signatures(org.a, coop, "fr").values()) == {"signée par Fatima's laptop"}


def test_versions_from_before_signatures_are_accepted_unsigned_then_take_their_signature(org: Org) -> None:
    old = org.made.before["c"]
    merged(org, org.a, org.send("c", sign=False))  # C's record from before the organisation, unsigned
    assert signatures(org.a, old) == [None]
    assert list(history_signatures(org.a, old, "en").values()) == ["not signed (from before the organisation)"]
    merged(org, org.a, org.send("c"))  # C vouches for it: the signature joins the version A holds
    assert signatures(org.a, old) == signatures(org.c, old) and None not in signatures(org.a, old)
    assert list(history_signatures(org.a, old, "en").values()) == ["signed by Azrou ⵜⴰⵡⵓⵏ"]
    # This laptop's own, until its next export: "not signed yet".
    mine = new_cooperative(org.a)
    assert list(history_signatures(org.a, mine, "en").values()) == ["not signed yet (it will be at the next export)"]


def test_a_laptop_in_no_organisation_carries_signatures_along_unchecked(org: Org, tmp_path: Path) -> None:
    coop = new_cooperative(org.b)
    package = org.send("b")
    sql(package, "UPDATE history SET author = 'someone else' WHERE record_id = ?", (coop,))
    sql(package, "UPDATE records SET author = 'someone else' WHERE id = ?", (coop,))
    plain = Store.open(tmp_path / "plain.db", forms=org.forms, author="x", device_name="plain")
    org.stores["plain"] = plain
    merged(org, plain, package)  # as before organisations: nothing to check against
    assert signatures(plain, coop) == signatures(org.b, coop) and history_signatures(plain, coop, "en") == {}
    refused(org, org.c, package, "org_version_bad_signature", laptop="Fatima's laptop", id=coop)


def test_a_malformed_signature_is_refused_by_every_laptop(org: Org, tmp_path: Path) -> None:
    coop = new_cooperative(org.b)
    package = org.send("b")
    sql(package, "UPDATE history SET signature = signature || 'AAAA' WHERE record_id = ?", (coop,))
    plain = Store.open(tmp_path / "plain.db", forms=org.forms, author="x", device_name="plain")
    org.stores["plain"] = plain
    for store in (plain, org.c):
        assert "a malformed signature" in refused(org, store, package, "sync_inconsistent")


# --- what is refused ---------------------------------------------------------------------------------------------------


def test_a_version_signed_in_another_laptops_name_is_refused(org: Org) -> None:
    """A (an insider) writes a version in B's name and signs it with its own key."""
    coop = new_cooperative(org.b)
    package = org.send("b")
    merged(org, org.c, package)
    forger = org.forger(package, org.b.device_id, NAMES["b"])
    forger.update(coop, {"members_total": 99})
    as_b = LaptopKeys(org.b.device_id, org.made.keys["a"].signing, org.made.keys["a"].identity)
    forged = org.forged_package(forger, as_b)
    message = refused(org, org.c, forged, "org_version_other_laptop", id=coop, laptop="Fatima's laptop",
                      signer="coordination-tiznit")  # fmt: skip
    assert "forged in another laptop's name" in message
    assert org.c.get(coop).data.get("members_total") is None


@pytest.mark.parametrize("signing", ["unsigned", "another key"])
def test_a_copied_current_version_with_a_forged_descendant_is_refused(org: Org, signing: str) -> None:
    """Anyone with a copy of B's export writes a "newer" version in B's name (before signatures, it won)."""
    coop = new_cooperative(org.b)
    package = org.send("b")
    merged(org, org.c, package)
    forger = org.forger(package, org.b.device_id, NAMES["b"])
    forger.update(coop, {"name_ar": "تعاونية مزورة"})
    keys = None if signing == "unsigned" else LaptopKeys.generate(org.b.device_id)
    forged = org.forged_package(forger, keys)
    code = "org_version_unsigned" if keys is None else "org_version_bad_signature"
    refused(org, org.c, forged, code, id=coop, laptop="Fatima's laptop")
    assert org.c.get(coop).data["name_ar"] == "تعاونية الأمل"


def test_an_unsigned_version_written_after_signing_began_is_refused(org: Org) -> None:
    coop = new_cooperative(org.b)
    refused(org, org.c, org.send("b", sign=False), "org_version_unsigned", id=coop, laptop="Fatima's laptop")


@pytest.mark.parametrize("signed", [False, True])
def test_versions_carrying_the_receivers_own_device_id_are_refused(org: Org, signed: bool) -> None:
    package = org.send("b")
    forger = org.forger(package, org.c.device_id, NAMES["c"])  # C's id and name
    coop = new_cooperative(forger, "تعاونية باسم أزرو")
    forged = org.forged_package(forger, LaptopKeys.generate(org.c.device_id) if signed else None)
    message = refused(org, org.c, forged, "org_version_own_laptop", id=coop)
    assert "in this laptop's name that this laptop never wrote" in message
    # Elsewhere it is a version in C's name that C did not sign.
    refused(org, org.a, forged, "org_version_bad_signature" if signed else "org_version_unsigned", id=coop,
            laptop="Azrou ⵜⴰⵡⵓⵏ")  # fmt: skip


@pytest.mark.parametrize("column", ["data", "author", "deleted"])
def test_a_changed_value_under_its_signature_is_refused(org: Org, column: str) -> None:
    coop = new_cooperative(org.b)
    package = org.send("b")
    change = {"data": "replace(data, 'الأمل', 'الأمن')", "author": "'someone else'", "deleted": "1"}[column]
    record_column = {"data": "data", "author": "author", "deleted": "deleted"}[column]
    sql(package, f"UPDATE history SET {column} = {change} WHERE record_id = ?", (coop,))
    sql(package, f"UPDATE records SET {record_column} = {change} WHERE id = ?", (coop,))
    refused(org, org.c, package, "org_version_bad_signature", id=coop, laptop="Fatima's laptop")


def test_a_version_signed_by_a_laptop_not_in_the_list_is_refused(org: Org, tmp_path: Path) -> None:
    stranger = Store.open(tmp_path / "stranger.db", forms=org.forms, author="x", device_name="stranger")
    org.stores["stranger"] = stranger
    coop = new_cooperative(stranger)
    sign_pending(stranger, LaptopKeys.generate(stranger.device_id))
    package = export_package(stranger, org.folder_for("stranger")).path
    refused(org, org.c, package, "org_version_unknown_laptop", id=coop, laptop=stranger.device_id)


def test_a_removed_laptops_later_versions_are_refused_and_its_earlier_ones_kept(org: Org) -> None:
    coop = new_cooperative(org.b)
    earlier = org.send("b")
    merged(org, org.a, earlier)
    org.b.update(coop, {"members_total": 30})  # after what the coordinator holds: refused once B is removed
    later = org.send("b")
    # The coordinator removes B (lost): the last stamp of B's versions it holds.
    last_stamp = sql(org.a.path, "SELECT max(hlc) FROM history WHERE device = ?", (org.b.device_id,))[0][0]
    held = organisation.load(org.a)
    assert held is not None
    laptops = tuple(replace(laptop, removed_at=now_text(), last_stamp=last_stamp) if laptop.id == org.b.device_id
                    else laptop for laptop in held.members.laptops)  # fmt: skip
    removal = replace(held.members, serial=3, issued_at=now_text(), laptops=laptops).signed(org.made.org_key)
    for store in (org.a, org.c):
        with store.transaction():
            assert organisation.adopt(store, removal)
    refused(org, org.c, later, "org_version_removed_laptop", id=coop, laptop="Fatima's laptop")
    refused(org, org.a, later, "org_version_removed_laptop", id=coop, laptop="Fatima's laptop")
    merged(org, org.c, earlier)  # its versions up to its last stamp stay valid
    assert org.c.get(coop).version == 1
    assert set(history_signatures(org.c, coop, "en").values()) == {"signed by Fatima's laptop"}


def test_work_a_removed_laptop_passed_on_before_its_removal_is_kept_once_a_coordinator_moves_its_limit(
    org: Org,
) -> None:
    coop = new_cooperative(org.b)
    merged(org, org.a, org.send("b"))
    org.b.update(coop, {"members_total": 30})
    merged(org, org.c, org.send("b"))  # C received B's later work; the coordinator never saw it
    keys = org.keys_of(org.a)
    assert keys is not None
    members = remove(org.a, keys, org.b.device_id)
    limit = members.laptop(org.b.device_id).last_stamp  # type: ignore[union-attr]
    assert limit == sql(org.a.path, "SELECT max(hlc) FROM history WHERE device = ?", (org.b.device_id,))[0][0]
    from_c = org.send("c")
    later = sql(org.c.path, "SELECT max(hlc) FROM history WHERE record_id = ?", (coop,))[0][0]
    message = refused(org, org.a, from_c, "org_version_removed_laptop", id=coop, laptop="Fatima's laptop",
                      stamp=later, laptop_id=org.b.device_id)  # fmt: skip
    assert f"taawun org remove {org.b.device_id} --keep-until {later}" in message
    # The limit only moves later, and only to a stamp of that laptop.
    for stamp, code in ((limit, "org_keep_until_not_later"), ("yesterday", "org_keep_until_invalid"),
                        (later.replace(org.b.device_id, org.c.device_id), "org_keep_until_invalid")):  # fmt: skip
        with pytest.raises(InvalidInput) as error:
            remove(org.a, keys, org.b.device_id, keep_until=stamp)
        assert error.value.code == code
    moved = remove(org.a, keys, org.b.device_id, keep_until=later).laptop(org.b.device_id)
    assert moved is not None and moved.last_stamp == later and moved.removed
    merged(org, org.a, from_c)
    assert org.a.get(coop).data["members_total"] == 30


def test_taawun_history_names_the_signing_laptop(org: Org, capsys: pytest.CaptureFixture[str]) -> None:
    coop = new_cooperative(org.b)
    merged(org, org.c, org.send("b"))
    org.c.update(coop, {"members_total": 4})
    org.c.close()
    capsys.readouterr()
    assert main(["--db", str(org.folder / "c.db"), "--lang", "en", "history", coop]) == 0
    out = capsys.readouterr().out
    assert "signed by Fatima's laptop" in out and "not signed yet" in out
    assert out.index("signed by Fatima's laptop") < out.index("not signed yet")


@pytest.mark.slow
def test_the_benchmark_runs_at_a_tiny_size(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "signed_versions.py"), "--visits", "200", "--changed", "150",
         "--signed", "100", "--repeat", "1", "--out", str(tmp_path)],
        capture_output=True, encoding="utf-8", timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "sign_pending: 100 versions" in result.stdout and "in an organisation (each new version verified)" in (
        result.stdout
    )


# --- signed batches ------------------------------------------------------------------------------------------------


def recount(package: Path) -> None:
    """The manifest's count of batches made to agree with the file again (what an editor of the file would do)."""
    (counts,) = sql(package, "SELECT value FROM meta WHERE key = 'package_counts'")[0]
    found = json.loads(counts) | {"signed_batches": sql(package, "SELECT count(*) FROM signed_batches")[0][0]}
    sql(package, "UPDATE meta SET value = ? WHERE key = 'package_counts'", (json.dumps(found),))


def batch_of(package: Path, record_id: str) -> tuple[str, str]:
    """The id and body of the batch that vouches for the record's version in the file."""
    return sql(package, "SELECT b.id, b.body FROM history h JOIN signed_batches b ON b.id = h.signature"
                        " WHERE h.record_id = ?", (record_id,))[0]  # fmt: skip


def plain_laptop(org: Org, tmp_path: Path) -> Store:
    plain = Store.open(tmp_path / "plain.db", forms=org.forms, author="x", device_name="plain")
    org.stores["plain"] = plain
    return plain


def test_a_batch_whose_body_was_edited_is_refused(org: Org, tmp_path: Path) -> None:
    coop = new_cooperative(org.b)
    package = org.send("b")
    batch_id, body = batch_of(package, coop)
    (vouched,) = [entry[2] for entry in json.loads(body)["versions"] if entry[0] == coop]
    edited = body.replace(vouched, "0" * 64)  # as if the batch vouched for another version under this key
    sql(package, "UPDATE signed_batches SET body = ? WHERE id = ?", (edited, batch_id))
    for store in (plain_laptop(org, tmp_path), org.c):  # its id is no longer its body's digest: anyone sees it
        assert "its id is not its body's digest" in refused(org, store, package, "sync_inconsistent")
    # Renamed after its new body, and the versions pointed at it: its signature no longer matches.
    new_id = hashlib.sha256(edited.encode()).hexdigest()
    sql(package, "UPDATE signed_batches SET id = ? WHERE id = ?", (new_id, batch_id))
    sql(package, "UPDATE history SET signature = ? WHERE signature = ?", (new_id, batch_id))
    # Named: the first record of the batch the check meets (every version in it points to the edited batch).
    vouched_records = {entry[0] for entry in json.loads(body)["versions"]}
    message = refused(org, org.c, package, "org_version_bad_signature", laptop="Fatima's laptop")
    assert any(record in message for record in vouched_records), message


def test_a_batch_of_another_laptop_naming_my_versions_is_refused(org: Org) -> None:
    """A (an insider) vouches, in its own name and with its own key, for a version it wrote in B's name."""
    coop = new_cooperative(org.b)
    package = org.send("b")
    merged(org, org.c, package)
    forger = org.forger(package, org.b.device_id, NAMES["b"])
    forger.update(coop, {"members_total": 99})
    forged = org.forged_package(forger)
    columns = ", ".join(SIGNED_COLUMNS)
    rows = sql(forged, f"SELECT {columns} FROM history WHERE signature IS NULL AND device = ?", (org.b.device_id,))
    laptop_a = org.made.keys["a"].laptop
    body = batch_body(laptop_a, [[row[0], row[1], digest(row)] for row in rows])
    batch_id = hashlib.sha256(body).hexdigest()
    sql(forged, "INSERT INTO signed_batches VALUES (?, ?, ?, ?, ?)",
        (batch_id, laptop_a, body.decode(), b64(org.made.keys["a"].sign(body)), now_text()))  # fmt: skip
    sql(forged, "UPDATE history SET signature = ? WHERE signature IS NULL AND device = ?", (batch_id, org.b.device_id))
    recount(forged)
    refused(
        org, org.c, forged, "org_version_other_laptop", id=coop, laptop="Fatima's laptop", signer="coordination-tiznit"
    )
    assert org.c.get(coop).data.get("members_total") is None


def test_a_version_pointing_to_a_missing_batch_is_refused(org: Org, tmp_path: Path) -> None:
    coop = new_cooperative(org.b)
    package = org.send("b")
    sql(package, "DELETE FROM signed_batches")
    recount(package)
    message = refused(org, org.c, package, "org_version_no_batch", laptop="Fatima's laptop")
    assert "a batch of signatures neither the file nor this laptop holds" in message
    merged(org, plain_laptop(org, tmp_path), package)  # in no organisation: carried along, as any signature
    # A batch this laptop holds already is found here: a later file need not carry it again.
    merged(org, org.c, org.send("b"))
    org.b.update(coop, {"members_total": 5})
    again = org.send("b")
    sql(again, "DELETE FROM signed_batches WHERE id = ?", (signatures(org.c, coop)[0],))
    recount(again)
    merged(org, org.c, again)
    assert set(history_signatures(org.c, coop, "en").values()) == {"signed by Fatima's laptop"}


def hostile(body: bytes) -> tuple[str, str, str, str, str]:
    return (hashlib.sha256(body).hexdigest(), "x", body.decode(), "A" * 86 + "==", now_text())


@pytest.mark.parametrize(
    "case, reason",
    [
        ("huge body", f"its body is longer than {BATCH_BODY_BYTES_MAX:,} bytes"),
        ("too many versions", f"more than {BATCH_VERSIONS_MAX} versions"),
        ("not JSON", "its body is not JSON"),
        ("not a batch", "its body is not a batch"),
        ("too many batches", "more than 10,000 signed batches"),
        ("not its id", "its id is not its body's digest"),
    ],
)
def test_a_hostile_batch_table_is_refused_with_nothing_merged(org: Org, tmp_path: Path, case: str,
                                                              reason: str) -> None:  # fmt: skip
    new_cooperative(org.b)
    package = org.send("b")
    entry = ["r", "h", "0" * 64]
    rows = {
        "huge body": [hostile(b"[" + b'"x",' * 400_000 + b"0]")],
        "too many versions": [hostile(batch_body("x", [entry] * (BATCH_VERSIONS_MAX + 1)))],
        "not JSON": [hostile(b'{"format": 1, "laptop": "x", "versions": [')],
        "not a batch": [hostile(b'{"format":1,"laptop":"x","versions":[],"more":1}')],
        "too many batches": [hostile(batch_body("x", [[str(n), "h", "0" * 64]])) for n in range(10_001)],
        "not its id": [("0" * 64, *hostile(b"{}")[1:])],
    }[case]
    conn = sqlite3.connect(package)
    with conn:
        conn.executemany("INSERT INTO signed_batches VALUES (?, ?, ?, ?, ?)", rows)
    conn.close()
    recount(package)
    for store in (plain_laptop(org, tmp_path), org.c):
        assert reason in refused(org, store, package, "sync_inconsistent")


def test_a_laptop_of_an_older_release_passes_signed_batches_on(org: Org, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    coop = new_cooperative(org.b)
    package = org.send("b")
    with release_of_schema(monkeypatch, 6):  # before signatures: it keeps what it does not know, and passes it on
        older = Store.open(tmp_path / "older.db", forms=org.forms, author="x", device_name="older")
        try:
            outcome = merged(org, older, package)
            assert outcome.counts is not None and outcome.counts.kept_unknown > 0
            relayed = export_package(older, org.folder_for("older")).path
        finally:
            older.close()
    assert sql(relayed, "SELECT id, body, signature FROM signed_batches") == sql(
        package, "SELECT id, body, signature FROM signed_batches"
    )
    merged(org, org.c, relayed)
    assert set(history_signatures(org.c, coop, "en").values()) == {"signed by Fatima's laptop"}
