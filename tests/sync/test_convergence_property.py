"""Property: three laptops creating, editing, deleting, joining, marking pairs "not the same" and resolving at random,
exchanging files in random orders.

Whatever happens: merging a file twice changes nothing, no version ever leaves a history, each record shows its
newest version, and once every laptop has merged every other laptop's latest file, all three hold the same
records, history, photos and forms (and, one exchange later, the same conflicts: the first round's merges may
find conflicts, which are news that must travel in turn). Joins (app/db/joining.py) are versions like any other;
records still referring to a joined record are re-pointed when a laptop follows the joins (as `merge_files` does
after its files), and the re-pointed data is the same on every laptop that does it. Pairs marked "not the same"
(app/db/distinct_pairs.py) are a grow-only set: no mark ever disappears, and the laptops end with the same marks
(one row per pair, the same who and when, even for a pair marked on two laptops).
"""

from __future__ import annotations

import atexit
import dataclasses
import datetime as dt
import functools
import os
import shutil
import sqlite3
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

from couch_server import CouchDatabase, CouchServer, new_database
from database_dump import dump
from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from app.core.clock import now_text
from app.core.errors import InvalidInput
from app.core.forms import FormRegistry, load_form_directory
from app.db.distinct_pairs import mark_distinct
from app.db.followups import BoardFilters, board_items, mark_done, mark_open
from app.db.joining import follow_joins, join, joined_targets
from app.db.store import Store
from app.resources import forms_dir
from app.security import organisation
from app.security.keys import LaptopKeys, OrganisationKey
from app.security.member_list import Laptop, MemberList
from app.security.organisation import Unlocked
from app.security.sealed import read_header
from app.security.version_signing import sign_pending
from app.sync.conflicts import list_conflicts, resolve_conflict
from app.sync.export import export_package
from app.sync.merge import merge_file
from app.sync.server.couch import CouchClient, ServerAddress
from app.sync.server.session import sync_with_server

LAPTOPS = 3
PICTURES = (b"\xff\xd8\xff picture one", b"\xff\xd8\xff picture two")
EDITABLE = {"cooperative": ("members_total", "president"), "visit": ("observations", "problems"),
            "workshop": ("title", "summary")}  # fmt: skip
WORDS = st.sampled_from(["زيتون", "حليب", "كسكس", "olives", "lait", "ملاحظة جديدة"])
laptop_index = st.integers(0, LAPTOPS - 1)
pick = st.integers(0, 10_000)
# Edits and deletions aim at the shared records (the first ones) half of the time, so that they meet on two laptops.
target = st.one_of(st.integers(0, 1), pick)


def rows(path: Path, query: str, params: tuple[object, ...] = ()) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(query, params).fetchall()
    finally:
        conn.close()


SHARED = ("SELECT * FROM records ORDER BY id", "SELECT * FROM history ORDER BY record_id, hlc",
          "SELECT * FROM photos ORDER BY sha256", "SELECT * FROM form_definitions ORDER BY name, version",
          "SELECT * FROM distinct_pairs ORDER BY record_a, record_b")  # fmt: skip


class Laptops(RuleBasedStateMachine):
    forms: FormRegistry = load_form_directory(forms_dir())

    def __init__(self) -> None:
        super().__init__()
        self.shared = ""
        self.shared_visit = ""
        self.folder = Path(tempfile.mkdtemp(prefix="taawun-sync-"))
        self.stores = [self._open(i) for i in range(LAPTOPS)]
        self.files: list[Path] = []
        self.versions_seen: list[set[tuple[str, str]]] = [set() for _ in range(LAPTOPS)]
        self.marks_seen: list[set[tuple[str, str]]] = [set() for _ in range(LAPTOPS)]

    def _open(self, index: int) -> Store:
        (self.folder / f"laptop{index}").mkdir()
        return Store.open(self.folder / f"laptop{index}" / "taawun.db", forms=self.forms, author=f"agent{index}",
                          device_name=f"laptop{index}")  # fmt: skip

    def _live(self, store: Store, form: str | None = None) -> list[str]:
        forms = [form] if form else list(EDITABLE)
        return [r.id for name in forms for r in store.records_of(name)]

    def _keys(self, store: Store) -> Unlocked | None:
        """The laptop's keys, in an organisation (its files are sealed); None otherwise."""
        return None

    def _export(self, store: Store) -> Path:
        folder = self.folder / f"export{len(self.files)}"  # a folder each: earlier files stay available
        folder.mkdir()
        path = export_package(store, folder, keys=self._keys(store)).path
        self.files.append(path)
        return path

    def _merge(self, store: Store, path: Path) -> None:
        outcome = merge_file(store, path, keys=self._keys(store))
        assert outcome.merged, outcome.rejection and outcome.rejection.message("en")
        assert outcome.counts is not None
        if outcome.counts.conflicts:
            event("a merge found or brought a conflict")
        if outcome.counts.resolved:
            event("a merge brought a resolution")

    @initialize()
    def share_a_cooperative(self) -> None:
        """Every laptop starts with the same cooperatives and visit, so that edits often meet (and conflict), and the
        same pair may be marked "not the same" on two laptops."""
        coop = self.shared = self.stores[0].create("cooperative", {"name_ar": "تعاونية مشتركة"})
        self.stores[0].create("cooperative", {"name_ar": "تعاونية مشتركة ثانية"})
        self.shared_visit = self.stores[0].create("visit", {
            "cooperative": coop, "visit_date": "2025-05-17", "observations": "بداية",
            "recommendations": [{"action": "تكوين في التسويق", "due_date": "2025-06-01"}, {"action": "دفتر الحسابات"}]})  # fmt: skip
        shared = self._export(self.stores[0])
        for store in self.stores[1:]:
            self._merge(store, shared)

    # --- what agents do ------------------------------------------------------------------------------------------

    @rule(i=laptop_index, form=st.sampled_from(list(EDITABLE)), word=WORDS, which=pick, photo=st.booleans())
    def create(self, i: int, form: str, word: str, which: int, photo: bool) -> None:
        store = self.stores[i]
        coops = self._live(store, "cooperative")
        if form == "visit" and coops:
            data: dict[str, object] = {"cooperative": coops[which % len(coops)], "visit_date": "2025-05-17",
                                       "observations": word}  # fmt: skip
            pictures = [(PICTURES[which % 2], "image/jpeg")] if photo else []
            if photo:
                data["photos"] = [{"sha256": store_digest(PICTURES[which % 2])}]
            store.create("visit", data, new_photos=pictures)
        elif form == "workshop":
            store.create("workshop", {"title": word})
        else:
            store.create("cooperative", {"name_ar": word})

    @rule(i=laptop_index, which=target, word=WORDS, number=st.integers(0, 40))
    def edit(self, i: int, which: int, word: str, number: int) -> None:
        store = self.stores[i]
        live = self._live(store)
        if live:
            record = store.get(live[which % len(live)])
            field = EDITABLE[record.form][which % 2]
            store.update(record.id, {field: number if field == "members_total" else word})

    @rule(i=laptop_index, j=laptop_index, number=st.integers(0, 40))
    def edit_the_shared_cooperative_on_two_laptops(self, i: int, j: int, number: int) -> None:
        """Two agents change the same record before they meet again: a conflict in the making."""
        for k in {i, j}:
            if not self.stores[k].get(self.shared, include_deleted=True).deleted:
                self.stores[k].update(self.shared, {"members_total": number + k})

    @rule(i=laptop_index, j=laptop_index, index=st.integers(1, 2), word=WORDS, reopen=st.booleans())
    def mark_done_on_one_laptop_and_edit_on_another(self, i: int, j: int, index: int, word: str,
                                                    reopen: bool) -> None:  # fmt: skip
        """A recommendation of the shared visit marked done (or open again) on one laptop while an agent edits the
        same visit on another, before they meet (issue 19): the marks are versions, merged as any edit is."""
        for k in (i, j):
            if not self.stores[k].exists(self.shared_visit):
                return
            record = self.stores[k].get(self.shared_visit, include_deleted=True)
            if record.deleted or len(record.data.get("recommendations") or []) < index:
                return
        if reopen:
            mark_open(self.stores[i], self.shared_visit, index)
        else:
            mark_done(self.stores[i], self.shared_visit, index, done_on="2025-06-0" + str(index + i), note=word)
        if j != i:
            self.stores[j].update(self.shared_visit, {"observations": word})
        event("a recommendation was marked on one laptop and its visit edited on another")

    @rule(i=laptop_index, which=target)
    def delete(self, i: int, which: int) -> None:
        live = self._live(self.stores[i])
        if live:
            try:
                self.stores[i].delete(live[which % len(live)])
            except InvalidInput as error:
                assert error.code == "record_in_use"

    @rule(i=laptop_index, which=target, other=pick)
    def join_two_cooperatives(self, i: int, which: int, other: int) -> None:
        """Someone joins two cooperatives (often the shared one) while others still edit and visit them."""
        coops = self._live(self.stores[i], "cooperative")
        if len(coops) >= 2:
            keep = coops[which % len(coops)]
            rest = [c for c in coops if c != keep]
            join(self.stores[i], keep, rest[other % len(rest)])
            event("two records were joined")

    @rule(i=laptop_index, which=target, other=pick)
    def mark_two_cooperatives_not_the_same(self, i: int, which: int, other: int) -> None:
        """Someone says two cooperatives are different (often the shared one), while others join or edit them."""
        coops = self._live(self.stores[i], "cooperative")
        if len(coops) >= 2:
            first = coops[which % len(coops)]
            rest = [c for c in coops if c != first]
            mark_distinct(self.stores[i], first, rest[other % len(rest)])
            event("two records were marked not the same")

    @rule(i=laptop_index, j=laptop_index, which=pick)
    def mark_the_same_pair_on_two_laptops(self, i: int, j: int, which: int) -> None:
        """Two people, each on a laptop, mark the same pair before they meet: one mark in the end, everywhere."""
        common = sorted(set(self._live(self.stores[i], "cooperative")) & set(self._live(self.stores[j], "cooperative")))
        if len(common) >= 2 and i != j:
            first = common[which % len(common)]
            second = common[(which + 1) % len(common)]
            for k in (i, j):
                mark_distinct(self.stores[k], first, second)
            event("the same pair was marked on two laptops")

    @rule(i=laptop_index)
    def follow_the_joins(self, i: int) -> None:
        """What `merge_files` does after its files: records still referring to a joined record follow the join."""
        if follow_joins(self.stores[i]):
            event("a record made before a join arrived followed it")

    @rule(i=laptop_index, keep=st.sampled_from(["mine", "theirs"]), which=pick)
    def resolve(self, i: int, keep: str, which: int) -> None:
        conflicts = list_conflicts(self.stores[i])
        if conflicts:
            try:
                resolve_conflict(self.stores[i], conflicts[which % len(conflicts)].id, keep=keep)
                event("a conflict was resolved")
            except InvalidInput:
                pass  # e.g. the kept visit points at a cooperative deleted since: the agent must edit instead

    @rule(i=laptop_index, keep=st.sampled_from(["mine", "theirs"]))
    def resolve_and_share(self, i: int, keep: str) -> None:
        """A resolution reaches the other laptops, and the conflict is closed there too, never reopened."""
        conflicts = list_conflicts(self.stores[i])
        if not conflicts:
            return
        try:
            resolve_conflict(self.stores[i], conflicts[0].id, keep=keep)
        except InvalidInput:
            return
        event("a resolution was shared")
        path = self._export(self.stores[i])
        for store in self.agreeing():  # a removed laptop gets no file any more (see SignedLaptops)
            self._merge(store, path)
            assert conflicts[0].id not in {c.id for c in list_conflicts(store)}

    # --- exchanges -----------------------------------------------------------------------------------------------

    @rule(i=laptop_index)
    def export(self, i: int) -> None:
        self._export(self.stores[i])

    @precondition(lambda self: self.files)
    @rule(i=laptop_index, which=pick)
    def merge_any_file_twice(self, i: int, which: int) -> None:
        store, path = self.stores[i], self.files[which % len(self.files)]
        self._merge(store, path)
        once = dump(store.path)
        self._merge(store, path)
        assert dump(store.path) == once

    def agreeing(self) -> list[Store]:
        """The laptops that must hold the same data once they have exchanged everything."""
        return self.stores

    @rule(orders=st.lists(st.permutations(range(LAPTOPS)), min_size=LAPTOPS, max_size=LAPTOPS))
    def everyone_merges_everyone(self, orders: list[list[int]]) -> None:
        self._round(orders)
        contents = [[rows(s.path, q) for q in SHARED] for s in self.agreeing()]
        assert all(content == contents[0] for content in contents)
        today = dt.date(2025, 6, 2)  # the follow-up boards agree too, done marks and all
        boards = [list(board_items(s.conn, s.forms, BoardFilters(), today=today)) for s in self.agreeing()]
        assert all(found == boards[0] for found in boards)
        self._round(orders)
        conflicts = [rows(s.path, "SELECT * FROM conflicts ORDER BY id") for s in self.agreeing()]
        assert all(found == conflicts[0] for found in conflicts)
        # Every laptop, holding the same joins, re-points the same records to the same values; one exchange later
        # they agree again, and no live record refers to a joined one (no conflict either: the values are equal).
        followed = [follow_joins(store) for store in self.stores]
        if any(followed):
            self._round(orders)
            contents = [[rows(s.path, q) for q in SHARED] for s in self.agreeing()]
            assert all(content == contents[0] for content in contents)
            assert rows(self.stores[0].path, "SELECT * FROM conflicts ORDER BY id") == conflicts[0]
        for store in self.stores:
            joined = joined_targets(store)
            live = [data for (data,) in rows(store.path, "SELECT data FROM records WHERE deleted = 0")]
            assert not [data for data in live if any(record_id in data for record_id in joined)]

    def _round(self, orders: list[list[int]]) -> None:
        latest = [self._export(store) for store in self.stores]
        for i, store in enumerate(self.stores):
            for j in orders[i]:
                if j != i:
                    self._merge(store, latest[j])

    # --- what must always hold -----------------------------------------------------------------------------------

    @invariant()
    def no_version_ever_disappears(self) -> None:
        for i, store in enumerate(self.stores):
            versions = set(rows(store.path, "SELECT record_id, hlc FROM history"))
            assert self.versions_seen[i] <= versions
            self.versions_seen[i] = versions

    @invariant()
    def no_mark_ever_disappears(self) -> None:
        for i, store in enumerate(self.stores):
            marks = set(rows(store.path, "SELECT record_a, record_b FROM distinct_pairs"))
            assert self.marks_seen[i] <= marks
            self.marks_seen[i] = marks

    @invariant()
    def each_record_shows_its_newest_version(self) -> None:
        for store in self.stores:
            assert rows(store.path, "SELECT id FROM records r WHERE hlc != (SELECT max(hlc) FROM history h"
                                    " WHERE h.record_id = r.id)") == []  # fmt: skip

    def teardown(self) -> None:
        try:
            self.everyone_merges_everyone([list(range(LAPTOPS))] * LAPTOPS)
            for store in self.stores:
                assert store.check() == []
        finally:
            for store in self.stores:
                store.close()
            shutil.rmtree(self.folder, ignore_errors=True)


def store_digest(content: bytes) -> str:
    import hashlib

    return hashlib.sha256(content).hexdigest()


Laptops.TestCase.settings = settings(
    max_examples=14, stateful_step_count=25, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
test_laptops_converge = Laptops.TestCase


# --- the same laptops in an organisation (docs/security.md, "Signed versions") ----------------------------------------

REMOVED = LAPTOPS - 1  # the laptop the coordinator (laptop 0) removes, when it does


@dataclass(frozen=True)
class Organisation:
    """Three member laptops made once per process (keys under a passphrase cost a second of scrypt each): laptop 0
    wrote the shared cooperative and visit before the organisation began signing, and the others merged them."""

    folder: Path
    shared: str
    keys: tuple[LaptopKeys, ...]
    org_key: OrganisationKey
    members: MemberList


@functools.cache
def organisation_made() -> Organisation:
    folder = Path(tempfile.mkdtemp(prefix="taawun-org-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    stores = []
    for i in range(LAPTOPS):
        (folder / f"laptop{i}").mkdir()
        stores.append(Store.open(folder / f"laptop{i}" / "taawun.db", forms=Laptops.forms, author=f"agent{i}",
                                 device_name=f"laptop{i}"))  # fmt: skip
    try:
        coop = stores[0].create("cooperative", {"name_ar": "تعاونية مشتركة"})
        stores[0].create("visit", {"cooperative": coop, "visit_date": "2025-05-17", "observations": "بداية",
                                   "recommendations": [{"action": "تكوين في التسويق", "due_date": "2025-06-01"},
                                                       {"action": "دفتر الحسابات"}]})  # fmt: skip
        (folder / "shared").mkdir()
        shared = export_package(stores[0], folder / "shared").path
        for store in stores[1:]:
            assert merge_file(store, shared).merged
        with stores[0].transaction():
            since = stores[0].new_stamp()  # what was written so far is from before signatures
        org_key, keys = OrganisationKey.generate(), tuple(LaptopKeys.generate(s.device_id) for s in stores)
        laptops = tuple(Laptop(s.device_id, f"laptop{i}", "coordinator" if i == 0 else "agent", keys[i].sign_public,
                               keys[i].recipient, now_text()) for i, s in enumerate(stores))  # fmt: skip
        members = MemberList(uuid.uuid4().hex, "convergence", org_key.public, 1, now_text(), stores[0].device_id,
                             since, laptops).signed(org_key)  # fmt: skip
        for i, store in enumerate(stores):
            with store.transaction():
                organisation.save_list(store, members)
                organisation.save_keys(store, Unlocked(keys[i], org_key if i == 0 else None), "convergence")
        return Organisation(folder, coop, keys, org_key, members)
    finally:
        for store in stores:
            store.close()


class SignedLaptops(Laptops):
    """The same, with the three laptops members of one organisation, each signing before each export; at some
    step the coordinator removes a laptop (once everyone holds all its versions) and every laptop adopts the new
    list. Files are sealed for the members: an old one is refused as a replay, and once the laptop is removed its
    files are refused everywhere and it cannot open the files sealed after. The others still end with the same
    records, histories (signatures included) and conflicts; the removed laptop's later versions never arrive
    anywhere."""

    def __init__(self) -> None:
        self.made = organisation_made()
        self.last_stamp: str | None = None  # the removed laptop's, once it is removed
        self.removed = False
        super().__init__()

    def _open(self, index: int) -> Store:
        (self.folder / f"laptop{index}").mkdir()
        shutil.copyfile(self.made.folder / f"laptop{index}" / "taawun.db", self.folder / f"laptop{index}" / "taawun.db")
        return Store.open(self.folder / f"laptop{index}" / "taawun.db", forms=self.forms, author=f"agent{index}",
                          device_name=f"laptop{index}")  # fmt: skip

    def agreeing(self) -> list[Store]:
        return self.stores[:REMOVED] if self.removed else self.stores

    def _keys(self, store: Store) -> Unlocked | None:
        index = self.stores.index(store)
        return Unlocked(self.made.keys[index], self.made.org_key if index == 0 else None)

    def _export(self, store: Store) -> Path:
        path = super()._export(store)  # sealed, its versions signed first (app/sync/export.py)
        assert sign_pending(store, self.made.keys[self.stores.index(store)]) == 0
        return path

    def _merge(self, store: Store, path: Path) -> None:
        """Files are sealed (docs/security.md, "Sealed files"): an older file of a laptop than one merged already is
        refused as a replay (a newer file holds all it held); once a laptop is removed, its files are refused
        everywhere, and it cannot open the files sealed after its removal. Each refusal changes nothing."""
        header = read_header(path)
        seen = rows(store.path, "SELECT sequence FROM sealed_seen WHERE laptop = ?", (header.laptop,))
        replay = bool(seen) and header.sequence <= seen[0][0]
        removed_id = self.stores[REMOVED].device_id
        touches_removed = self.removed and removed_id in (header.laptop, store.device_id)
        if not replay and not touches_removed:
            super()._merge(store, path)
            return
        before = dump(store.path)
        outcome = merge_file(store, path, keys=self._keys(store))
        if replay:
            assert outcome.rejection is not None and outcome.rejection.code == "sealed_replayed"
            event("an old file was refused as a replay")
        elif header.laptop == removed_id:
            assert outcome.rejection is not None
            assert outcome.rejection.code in ("sealed_removed_sender", "sealed_not_for_this_laptop")
            event("a removed laptop's file was refused")
        elif outcome.merged:  # the removed laptop, given a file sealed for it before its removal
            return
        else:
            assert outcome.rejection is not None and outcome.rejection.code == "sealed_not_for_this_laptop"
            event("a file sealed after a laptop's removal was not for it")
        assert dump(store.path) == before

    @initialize()
    def share_a_cooperative(self) -> None:
        self.shared = self.made.shared  # written before the organisation, held by every laptop unsigned
        self.shared_visit = self.stores[0].records_of("visit")[0].id

    @precondition(lambda self: not self.removed)
    @rule()
    def remove_a_laptop(self) -> None:
        """Laptop 2 is lost: once everyone holds all its versions, the coordinator removes it (its last stamp, the
        greatest of its versions the coordinator holds) and every laptop adopts the new list."""
        self._round([list(range(LAPTOPS))] * LAPTOPS)
        coordinator, lost = self.stores[0], self.stores[REMOVED]
        self.last_stamp = rows(coordinator.path, "SELECT max(hlc) FROM history WHERE device = ?", (lost.device_id,))[0][
            0
        ]
        held = organisation.load(coordinator)  # the newest list (its exports may have issued one naming its forms)
        assert held is not None
        laptops = tuple(dataclasses.replace(laptop, removed_at=now_text(), last_stamp=self.last_stamp)
                        if laptop.id == lost.device_id else laptop for laptop in held.members.laptops)  # fmt: skip
        removal = dataclasses.replace(held.members, serial=held.members.serial + 1, issued_at=now_text(),
                                      laptops=laptops)  # fmt: skip
        removal = removal.signed(self.made.org_key)
        for store in self.stores:
            with store.transaction():
                assert organisation.adopt(store, removal)
        self.removed = True
        event("a laptop was removed")

    @rule(i=laptop_index, keep=st.sampled_from(["mine", "theirs"]))
    def resolve_and_share(self, i: int, keep: str) -> None:
        if not (self.removed and i == REMOVED):  # its resolution is a later version: refused everywhere
            Laptops.resolve_and_share(self, i, keep)

    @invariant()
    def the_removed_laptops_later_versions_arrive_nowhere(self) -> None:
        if self.removed:
            lost = self.stores[REMOVED].device_id
            for store in self.agreeing():
                assert rows(store.path, "SELECT count(*) FROM history WHERE device = ? AND hlc > ?",
                            (lost, self.last_stamp or "")) == [(0,)]  # fmt: skip

    @invariant()
    def every_version_travels_signed_or_from_before_signatures(self) -> None:
        for store in self.agreeing():
            assert rows(store.path, "SELECT count(*) FROM history WHERE signature IS NULL AND hlc >= ? AND device != ?",
                        (self.made.members.signing_since, store.device_id)) == [(0,)]  # fmt: skip

    @invariant()
    def every_signature_names_a_batch_held(self) -> None:
        for store in self.stores:
            assert rows(store.path, "SELECT count(*) FROM history h WHERE signature IS NOT NULL AND NOT EXISTS"
                        " (SELECT 1 FROM signed_batches b WHERE b.id = h.signature)") == [(0,)]  # fmt: skip


SignedLaptops.TestCase.settings = settings(
    max_examples=8, stateful_step_count=25, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
test_member_laptops_converge = SignedLaptops.TestCase


# --- the same laptops, some syncing through the organisation's server (app/sync/server) -----------------------------

SERVER_USERS = (0, 1)  # laptop 1 syncs through the server only
STICK_USERS = (0, 2)  # laptop 2 by stick only; laptop 0 both, the bridge between the two


class ServerLaptops(Laptops):
    """The same laptops and changes, exchanged some by stick, some through a real CouchDB-compatible server (one
    database per example), some both, in random orders: all end with the same records, histories, photos, forms,
    marks and (one exchange later) conflicts, and the server holds each version once (its version documents are
    exactly the versions the server-only laptop holds, which pushes everything it holds)."""

    database: CouchDatabase  # set by the test, a new one per example

    def __init__(self) -> None:
        super().__init__()
        self.database = new_database(self.server)

    server: CouchServer

    def sync_through_server(self, index: int) -> None:
        store = self.stores[index]
        address = ServerAddress(self.database.url, self.database.user, self.database.password)
        with CouchClient(address) as client:
            outcome = sync_with_server(store, client, server=self.database.url, keys=self._keys(store))
        assert outcome.pulled is not None
        assert outcome.refused == 0, [o.rejection.message("en") for o in outcome.pulled.outcomes if o.rejection]
        if any(o.counts is not None and o.counts.conflicts for o in outcome.pulled.outcomes):
            event("a pull found or brought a conflict")

    @rule(i=st.sampled_from(SERVER_USERS))
    def sync_now(self, i: int) -> None:
        self.sync_through_server(i)

    @rule(i=st.sampled_from(STICK_USERS))
    def export(self, i: int) -> None:
        self._export(self.stores[i])

    @precondition(lambda self: self.files)
    @rule(i=st.sampled_from(STICK_USERS), which=pick)
    def merge_any_file_twice(self, i: int, which: int) -> None:
        super().merge_any_file_twice(i, which)

    def _round(self, orders: list[list[int]]) -> None:
        """Everything reaches everyone: laptop 1 syncs, then laptop 0 (the bridge, which then holds what is on the
        server), the stick's laptops exchange files in the given orders, laptop 0 syncs (the stick's news reach the
        server), then laptop 1. A pull follows the joins it brought (as a merge of files does), which writes new
        versions of the laptop's own: the cycle is run again until one adds no version anywhere."""
        for _ in range(4):
            before = [rows(store.path, "SELECT count(*) FROM history") for store in self.stores]
            self.sync_through_server(1)
            self.sync_through_server(0)
            latest = {i: self._export(self.stores[i]) for i in STICK_USERS}
            for i in STICK_USERS:
                for j in orders[i]:
                    if j != i and j in latest:
                        self._merge(self.stores[i], latest[j])
            self.sync_through_server(0)
            self.sync_through_server(1)
            if [rows(store.path, "SELECT count(*) FROM history") for store in self.stores] == before:
                return
            event("a pull followed joins: a second cycle")

    def teardown(self) -> None:
        try:
            self.everyone_merges_everyone([list(range(LAPTOPS))] * LAPTOPS)
            with self.server.admin_session() as admin:
                rows_found = admin.get(self.database.url + "/_all_docs", timeout=30).json()["rows"]
            on_server = sorted(row["id"] for row in rows_found if row["id"].startswith("v:"))
            held = sorted(f"v:{r}:{h}" for r, h in rows(self.stores[1].path, "SELECT record_id, hlc FROM history"))
            assert on_server == held
            for store in self.stores:
                assert store.check() == []
        finally:
            for store in self.stores:
                store.close()
            shutil.rmtree(self.folder, ignore_errors=True)
            with self.server.admin_session() as admin:
                admin.delete(self.database.url, timeout=30)


def run_through(machine: type[ServerLaptops], server: CouchServer, *, examples: int) -> None:
    """The state machine against `server` (a fixture, which a state machine cannot take), as many examples as the
    profile's scale gives (tests/conftest.py scales the state machines' `TestCase` settings, not this call's)."""
    machine.server = server
    scaled = max(1, round(examples * (1.5 if os.environ.get("HYPOTHESIS_PROFILE") == "ci" else 0.5)))
    run_state_machine_as_test(machine, settings=settings(
        max_examples=scaled, stateful_step_count=25, deadline=None, suppress_health_check=[HealthCheck.too_slow]))  # fmt: skip


def test_laptops_converge_through_a_server_and_sticks(couch_server: CouchServer) -> None:
    run_through(ServerLaptops, couch_server, examples=8)


class SealedServerLaptops(ServerLaptops, SignedLaptops):
    """The same exchanges (some by stick, some through the server, some both) among the members of an organisation:
    sealed files, sealed documents, signed versions checked by every laptop, and the stick-only laptop removed at
    some step. The others still end with the same records, histories (signatures included) and conflicts."""


def test_member_laptops_converge_through_a_server_and_sticks(couch_server: CouchServer) -> None:
    run_through(SealedServerLaptops, couch_server, examples=4)
