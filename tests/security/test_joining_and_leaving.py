"""The organisation's life (docs/security.md, "Joining and leaving"): a coordinator invites a laptop, the laptop
joins with the invite and its code, a coordinator removes a laptop, a laptop changes its passphrase.

Each scrypt (making or opening an invite, locking or unlocking keys) costs a second or two by design: the
coordinator's keys are unlocked once for the module, and one invite for a new laptop is made once and joined by
copies of a fresh database."""

from __future__ import annotations

import dataclasses
import json
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from org_support import ORG_NAME, PASSPHRASE

from app.core.errors import InvalidInput
from app.core.forms import FormRegistry
from app.db.store import Store
from app.security import organisation
from app.security.invite import CODE_ALPHABET, invite, join, new_code, normalise_code
from app.security.member_list import read_list
from app.security.membership_changes import change_passphrase, find_laptop, public_part, remove
from app.security.organisation import Unlocked

AGENT_PASSPHRASE = "كلمة سر فاطمة 7"


@dataclasses.dataclass(frozen=True)
class Invited:
    coordinator_db: Path  # the coordinator's database once the invite was made (its list names the laptop)
    content: bytes
    code: str


@pytest.fixture(scope="module")
def coordinator_keys(coordinator_db: Path, shipped_forms: FormRegistry,
                     tmp_path_factory: pytest.TempPathFactory) -> Unlocked:  # fmt: skip
    path = tmp_path_factory.mktemp("keys") / "coordinator.db"
    shutil.copyfile(coordinator_db, path)
    with Store.open(path, forms=shipped_forms, author="Nadia", device_name="coordination-tiznit") as store:
        held = organisation.load(store)
        assert held is not None
        return held.unlock(PASSPHRASE)


@pytest.fixture(scope="module")
def invited(coordinator_db: Path, coordinator_keys: Unlocked, shipped_forms: FormRegistry,
            tmp_path_factory: pytest.TempPathFactory) -> Invited:  # fmt: skip
    """An invite for a new laptop (no id given), made once."""
    path = tmp_path_factory.mktemp("invited") / "coordinator.db"
    shutil.copyfile(coordinator_db, path)
    with Store.open(path, forms=shipped_forms, author="Nadia", device_name="coordination-tiznit") as store:
        content, code = invite(store, coordinator_keys, "حاسوب فاطمة")
    return Invited(path, content, code)


@pytest.fixture
def open_copy(tmp_path: Path, shipped_forms: FormRegistry) -> Iterator[Callable[[Path], Store]]:
    opened: list[Store] = []

    def copy(source: Path) -> Store:
        target = tmp_path / f"copy{len(opened)}-{source.name}"
        shutil.copyfile(source, target)
        opened.append(Store.open(target, forms=shipped_forms, author="Nadia", device_name="coordination-tiznit"))
        return opened[-1]

    yield copy
    for store in opened:
        store.close()


@pytest.fixture
def fresh(tmp_path: Path, shipped_forms: FormRegistry) -> Iterator[Store]:
    """A new agent's laptop: a database that has written nothing yet."""
    with Store.open(tmp_path / "fresh.db", forms=shipped_forms, author="فاطمة", device_name="حاسوب فاطمة") as store:
        yield store


def _meta(store: Store, key: str) -> str:
    return str(store.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()[0])


def test_an_invited_laptop_joins_takes_the_invites_id_and_writes_under_it(
    invited: Invited, fresh: Store, open_copy: Callable[[Path], Store]
) -> None:
    coordinator = open_copy(invited.coordinator_db)
    held = organisation.load(coordinator)
    assert held is not None and held.members.serial == 2
    entry = held.members.laptops[-1]
    assert (entry.name, entry.role, entry.removed) == ("حاسوب فاطمة", "agent", False)
    assert invited.code not in invited.content.decode("latin-1")  # the code is never in the file
    assert b"\xd9\x81\xd8\xa7\xd8\xb7\xd9\x85\xd8\xa9" not in invited.content  # nor the name in clear ("فاطمة")
    old_id = fresh.device_id
    assert entry.id != old_id

    keys = join(fresh, invited.content, invited.code.lower().replace("-", " "), AGENT_PASSPHRASE)  # as typed

    assert fresh.device_id == entry.id == keys.laptop.laptop and _meta(fresh, "device_id") == entry.id
    joined = organisation.load(fresh)
    assert joined is not None and not joined.is_coordinator
    assert joined.members == held.members  # the list the coordinator keeps, signature and all
    assert joined.this_laptop == entry and keys.organisation is None
    assert keys.laptop.sign_public == entry.sign and keys.laptop.recipient == entry.box
    assert joined.unlock(AGENT_PASSPHRASE).laptop.recipient == entry.box  # kept under the chosen passphrase
    # The next versions carry the new id, in their device and their stamps, after the organisation's start.
    record_id = fresh.create("cooperative", {"name_ar": "تعاونية الأمل", "sectors": ["olives"]})
    version = fresh.history(record_id)[0]
    assert version.device == entry.id and version.hlc.endswith("." + entry.id)
    assert version.hlc > held.members.signing_since and _meta(fresh, "clock").endswith("." + entry.id)
    with Store.open(fresh.path, forms=fresh.forms, author="فاطمة", device_name="حاسوب فاطمة") as again:
        assert again.device_id == entry.id and again.clock.last >= version.hlc  # as kept in the file
        assert again.history(again.create("cooperative", {"name_ar": "ب", "sectors": ["olives"]}))[0].hlc > version.hlc
    with pytest.raises(InvalidInput) as twice:  # already a member: refused before the code is even tried
        join(fresh, invited.content, invited.code, AGENT_PASSPHRASE)
    assert twice.value.code == "org_already_member"


def test_a_wrong_or_malformed_code_opens_nothing_and_changes_nothing(invited: Invited, fresh: Store) -> None:
    device = fresh.device_id
    wrong = invited.code[:-1] + ("A" if invited.code[-1] != "A" else "B")
    with pytest.raises(InvalidInput) as refused:
        join(fresh, invited.content, wrong, AGENT_PASSPHRASE)
    assert refused.value.code == "org_invite_wrong_code"
    assert "coordinat" in refused.value.message("en") and refused.value.message("ar")
    for typed in ("", "1234", invited.code + "X", invited.code.replace(invited.code[0], "!")):
        with pytest.raises(InvalidInput) as malformed:
            join(fresh, invited.content, typed, AGENT_PASSPHRASE)
        assert malformed.value.code == "org_invite_code_malformed"
    with pytest.raises(InvalidInput) as not_invite:
        join(fresh, b"SQLite format 3\x00" + b"\x00" * 100, invited.code, AGENT_PASSPHRASE)
    assert not_invite.value.code == "org_invite_not_invite"
    with pytest.raises(InvalidInput) as no_passphrase:
        join(fresh, invited.content, invited.code, "")
    assert no_passphrase.value.code == "org_passphrase_empty"
    assert organisation.load(fresh) is None and fresh.device_id == device == _meta(fresh, "device_id")


def test_an_invite_for_a_new_laptop_is_refused_by_a_laptop_that_wrote_versions(invited: Invited, store: Store) -> None:
    record_id = store.create("cooperative", {"name_ar": "تعاونية", "sectors": ["olives"]})
    device = store.device_id
    with pytest.raises(InvalidInput) as refused:
        join(store, invited.content, invited.code, AGENT_PASSPHRASE)
    assert refused.value.code == "org_invite_for_new_laptop"
    message = refused.value.message("fr")
    assert device in message and refused.value.params["invited"] in message
    assert organisation.load(store) is None and store.device_id == device == _meta(store, "device_id")
    assert store.update(record_id, {"name_ar": "تعاونية النور"}).device == device  # works on as before


def test_an_invite_naming_a_laptop_is_for_that_laptop_only(
    invited: Invited, coordinator_keys: Unlocked, fresh: Store, open_copy: Callable[[Path], Store]
) -> None:
    """Even a database that wrote nothing does not take the id of a laptop the coordinator named: that laptop's
    own database exists, and two databases under one id would issue the same stamps."""
    coordinator = open_copy(invited.coordinator_db)
    content, code = invite(coordinator, coordinator_keys, "Laptop Azilal", laptop_id="a1b2c3d4e5f6")
    with pytest.raises(InvalidInput) as refused:
        join(fresh, content, code, AGENT_PASSPHRASE)
    assert refused.value.code == "org_invite_for_other_laptop"
    assert refused.value.params == {"invited": "a1b2c3d4e5f6", "laptop": fresh.device_id}
    assert organisation.load(fresh) is None


def test_a_coordinators_invite_gives_the_organisations_key_to_the_laptop_it_names(
    invited: Invited, coordinator_keys: Unlocked, fresh: Store, open_copy: Callable[[Path], Store]
) -> None:
    coordinator = open_copy(invited.coordinator_db)
    device = fresh.device_id
    content, code = invite(coordinator, coordinator_keys, "Coordination Agadir", laptop_id=device, coordinator=True)
    keys = join(fresh, content, code, AGENT_PASSPHRASE)
    joined = organisation.load(fresh)
    assert joined is not None and joined.is_coordinator and fresh.device_id == device
    assert joined.this_laptop is not None and joined.this_laptop.role == "coordinator"
    assert keys.organisation_key().public == joined.members.org_key == coordinator_keys.organisation_key().public
    assert [laptop.role for laptop in joined.members.members()] == ["coordinator", "agent", "coordinator"]


def test_an_invite_is_refused_before_any_key_is_made_for_a_listed_laptop_or_bad_input(
    invited: Invited, coordinator_keys: Unlocked, open_copy: Callable[[Path], Store]
) -> None:
    coordinator = open_copy(invited.coordinator_db)
    held = organisation.load(coordinator)
    assert held is not None
    listed = held.members.laptops[-1].id
    for arguments, code in (
        (("Again", listed), "org_laptop_already_listed"),
        (("Self", coordinator.device_id), "org_laptop_already_listed"),
        (("Spaces", "a b"), "org_laptop_id_invalid"),
        (("Too long", "x" * 65), "org_laptop_id_invalid"),
        (("", None), "org_laptop_name_invalid"),
        (("   ", None), "org_laptop_name_invalid"),
        (("bell\x07", None), "org_laptop_name_invalid"),
    ):
        with pytest.raises(InvalidInput) as refused:
            invite(coordinator, coordinator_keys, *arguments)
        assert refused.value.code == code, arguments
    agent_keys = Unlocked(coordinator_keys.laptop, None)
    with pytest.raises(InvalidInput) as not_coordinator:
        invite(coordinator, agent_keys, "Laptop")
    assert not_coordinator.value.code == "org_not_coordinator"
    assert organisation.load(coordinator) == held  # nothing kept


def test_invite_codes_are_long_random_and_forgiving_to_type() -> None:
    codes = {new_code() for _ in range(200)}
    assert len(codes) == 200
    for code in codes:
        groups = code.split("-")
        assert [len(group) for group in groups] == [4] * 5 and set("".join(groups)) <= set(CODE_ALPHABET)
        assert normalise_code(code) == code
    assert len(CODE_ALPHABET) == 32 and not set("ILOU") & set(CODE_ALPHABET)  # 20 × 5 bits = 100 bits
    assert set("".join(codes).replace("-", "")) == set(CODE_ALPHABET)
    assert normalise_code(" 7kq2 9xmp-0abc\u200f-1def  ghjk ") == "7KQ2-9XMP-0ABC-1DEF-GHJK"
    assert normalise_code("7KQ2-9XMP-OABC-IDEF-GHJK") == normalise_code("7KQ2-9XMP-0ABC-1DEF-GHJK")  # O as 0, I as 1
    assert normalise_code("٧KQ٢-9XMP-0ABC-LDEF-GHJK") == "7KQ2-9XMP-0ABC-1DEF-GHJK"  # Arabic-Indic digits, L as 1
    for typed in ("7KQ2-9XMP-0ABC-1DEF-GHJ", "7KQ2-9XMP-0ABC-1DEF-GHJKU", "7KQ2/9XMP/0ABC/1DEF/GHJK"):
        with pytest.raises(InvalidInput):
            normalise_code(typed)


def _copy_versions(source: Store, target: Store) -> None:
    """The history rows of `source` into `target`, as a merge of its package would hold them."""
    target.conn.execute("ATTACH DATABASE ? AS source", (str(source.path),))
    with target.transaction():
        target.conn.execute("INSERT INTO main.history SELECT * FROM source.history")
    target.conn.execute("DETACH DATABASE source")


def test_a_removed_laptop_gets_a_new_signed_list_with_its_last_stamp(
    coordinator: Store, coordinator_keys: Unlocked, tmp_path: Path, shipped_forms: FormRegistry
) -> None:
    with Store.open(tmp_path / "lost.db", forms=shipped_forms, author="Omar", device_name="lost laptop") as lost:
        lost_id = lost.device_id
        invite(coordinator, coordinator_keys, "Lost laptop", laptop_id=lost_id)
        record_id = lost.create("cooperative", {"name_ar": "تعاونية", "sectors": ["olives"]})
        last = lost.update(record_id, {"name_ar": "تعاونية النور"}).hlc
        _copy_versions(lost, coordinator)
    invite(coordinator, coordinator_keys, "Quiet laptop")
    held = organisation.load(coordinator)
    assert held is not None and held.members.serial == 3
    quiet_id = held.members.laptops[-1].id

    members = remove(coordinator, coordinator_keys, lost_id)

    assert members.serial == 4 and members.issued_by == coordinator.device_id
    assert read_list(members.text()) == members  # signed by the organisation's key
    kept = organisation.load(coordinator)
    assert kept is not None and kept.members == members
    removed = members.laptop(lost_id)
    assert removed is not None and removed.removed and removed.last_stamp == last
    assert removed.may_have_written(last) and not removed.may_have_written(last[:-1] + "~")
    assert [laptop.id for laptop in members.members()] == [coordinator.device_id, quiet_id]
    assert dataclasses.replace(removed, removed_at=None, last_stamp=None) == held.members.laptop(lost_id)
    # A laptop that wrote nothing held here: its last stamp is the organisation's start.
    by_name = find_laptop(members, " quiet LAPTOP ")
    assert remove(coordinator, coordinator_keys, by_name.id).laptop(quiet_id).last_stamp == members.signing_since  # type: ignore[union-attr]


def test_removing_itself_the_last_coordinator_an_unknown_or_removed_laptop_is_refused(
    coordinator: Store, coordinator_keys: Unlocked
) -> None:
    held = organisation.load(coordinator)
    assert held is not None
    refusals = [(coordinator.device_id, "org_remove_self"), ("nobody", "org_laptop_unknown")]
    for laptop_id, code in refusals:
        with pytest.raises(InvalidInput) as refused:
            remove(coordinator, coordinator_keys, laptop_id)
        assert refused.value.code == code
    with pytest.raises(InvalidInput) as agent:
        remove(coordinator, Unlocked(coordinator_keys.laptop, None), "nobody")
    assert agent.value.code == "org_not_coordinator"
    # A list where the only coordinator is another laptop (this one kept the key as an agent): not removed.
    other = held.members.laptops[0]
    other = dataclasses.replace(other, id="c0ffee000001", name="Coordination Agadir")
    me = dataclasses.replace(held.members.laptops[0], role="agent")
    members = dataclasses.replace(held.members, serial=5, laptops=(me, other)).signed(
        coordinator_keys.organisation_key()
    )
    with coordinator.transaction():
        organisation.save_list(coordinator, members)
    with pytest.raises(InvalidInput) as last:
        remove(coordinator, coordinator_keys, other.id)
    assert last.value.code == "org_remove_last_coordinator" and "Agadir" in last.value.message("ar")
    gone = dataclasses.replace(other, role="agent", removed_at="2026-12-04T10:00:00+00:00",
                               last_stamp=members.signing_since)  # fmt: skip
    again = dataclasses.replace(members, serial=6, laptops=(held.members.laptops[0], gone))
    with coordinator.transaction():
        organisation.save_list(coordinator, again.signed(coordinator_keys.organisation_key()))
    with pytest.raises(InvalidInput) as removed:
        remove(coordinator, coordinator_keys, other.id)
    assert removed.value.code == "org_laptop_already_removed"
    with pytest.raises(InvalidInput) as ambiguous:
        find_laptop(dataclasses.replace(members, laptops=(me, dataclasses.replace(other, name=me.name))), me.name)
    assert ambiguous.value.code == "org_laptop_name_ambiguous"


def test_a_new_passphrase_opens_the_same_keys_and_the_old_one_no_longer_does(coordinator: Store) -> None:
    held = organisation.load(coordinator)
    assert held is not None
    with pytest.raises(InvalidInput) as wrong:
        change_passphrase(coordinator, PASSPHRASE + "x", "new one")
    assert wrong.value.code == "org_wrong_passphrase"
    assert organisation.load(coordinator) == held

    change_passphrase(coordinator, PASSPHRASE, "عبارة جديدة 2027")

    changed = organisation.load(coordinator)
    assert changed is not None and changed.members == held.members and changed.is_coordinator
    assert changed.locked_keys != held.locked_keys
    with pytest.raises(InvalidInput) as old:
        changed.unlock(PASSPHRASE)
    assert old.value.code == "org_wrong_passphrase"
    keys = changed.unlock("عبارة جديدة 2027")
    entry = held.members.laptop(coordinator.device_id)
    assert entry is not None and keys.laptop.sign_public == entry.sign and keys.laptop.recipient == entry.box
    assert keys.organisation_key().public == held.members.org_key


def test_the_public_part_is_the_signed_list_without_a_private_key(
    coordinator: Store, coordinator_keys: Unlocked, store: Store
) -> None:
    text = public_part(coordinator)
    held = organisation.load(coordinator)
    assert held is not None and read_list(text) == held.members
    assert json.loads(text)["body"]["name"] == ORG_NAME
    for secret in (coordinator_keys.laptop.secret_text(), coordinator_keys.organisation_key().secret_text()):
        for value in json.loads(secret).values():
            assert value not in text or value == coordinator.device_id
    with pytest.raises(InvalidInput) as none:
        public_part(store)
    assert none.value.code == "org_none" and store.device_id in none.value.message("en")
