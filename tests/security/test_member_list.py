"""The member list and a laptop's keys: made by a coordinator, read back from untrusted bytes, locked under a
passphrase."""

from __future__ import annotations

import dataclasses
import json

import pytest
from org_support import ORG_NAME, PASSPHRASE

from app.core.errors import InvalidInput, PackageRejected
from app.db.store import Store
from app.security import organisation
from app.security.keys import LaptopKeys, OrganisationKey, lock, unlock, verify
from app.security.member_list import Laptop, MemberList, read_list


def test_a_coordinator_creates_an_organisation_naming_its_own_laptop(coordinator: Store) -> None:
    held = organisation.load(coordinator)
    assert held is not None and held.is_coordinator
    members = held.members
    assert members.name == ORG_NAME and members.serial == 1 and members.issued_by == coordinator.device_id
    assert [(laptop.id, laptop.role, laptop.removed) for laptop in members.laptops] == [
        (coordinator.device_id, "coordinator", False)
    ]
    assert members.signing_since <= coordinator.clock.last  # what is stamped from now on must be signed
    assert coordinator.create("cooperative", {"name_ar": "ب", "sectors": ["olives"]}) and (
        coordinator.clock.last > members.signing_since
    )
    keys = held.unlock(PASSPHRASE)
    assert keys.laptop.laptop == coordinator.device_id
    assert keys.laptop.sign_public == members.laptops[0].sign and keys.laptop.recipient == members.laptops[0].box
    assert keys.organisation_key().public == members.org_key


def test_the_keys_do_not_open_with_another_passphrase_and_are_not_readable_in_the_database(
    coordinator: Store,
) -> None:
    held = organisation.load(coordinator)
    assert held is not None
    with pytest.raises(InvalidInput) as wrong:
        held.unlock(PASSPHRASE + " ")
    assert wrong.value.code == "org_wrong_passphrase"
    secret = held.unlock(PASSPHRASE).laptop.secret_text()
    stored = "".join(v for (v,) in coordinator.conn.execute("SELECT value FROM organisation"))
    assert json.loads(secret)["signing"] not in stored and json.loads(secret)["identity"] not in stored


def test_a_second_organisation_cannot_be_created_on_a_member_laptop(coordinator: Store) -> None:
    with pytest.raises(InvalidInput) as error:
        organisation.create(coordinator, "another", PASSPHRASE)
    assert error.value.code == "org_already_member"


def test_a_laptop_with_no_organisation_has_none(store: Store) -> None:
    assert organisation.load(store) is None


def _list(org_key: OrganisationKey, *, serial: int = 1, laptops: int = 1) -> MemberList:
    entries = []
    for index in range(laptops):
        keys = LaptopKeys.generate(f"laptop{index}")
        entries.append(Laptop(keys.laptop, f"حاسوب {index}", "agent", keys.sign_public, keys.recipient,
                              "2026-12-04T10:00:00+00:00"))  # fmt: skip
    return MemberList("0" * 32, ORG_NAME, org_key.public, serial, "2026-12-04T10:00:00+00:00", "laptop0",
                      "0001764842400000.0000.laptop0", tuple(entries)).signed(org_key)  # fmt: skip


def test_a_list_reads_back_as_it_was_signed() -> None:
    org_key = OrganisationKey.generate()
    made = _list(org_key, laptops=3)
    assert read_list(made.text()) == made
    assert read_list(made.text().encode("utf-8")) == made


def _tampered(text: str, change: object) -> str:
    document = json.loads(text)
    change(document)  # type: ignore[operator]
    return json.dumps(document, ensure_ascii=False)


@pytest.mark.parametrize(
    ("change", "what"),
    [
        (lambda d: d["body"].update(name="Another name"), "signature"),
        (lambda d: d["body"]["laptops"][0].update(role="coordinator"), "signature"),
        (lambda d: d["body"].update(serial=99), "signature"),
        (lambda d: d["body"].update(serial=True), "serial"),
        (lambda d: d["body"].update(serial=-1), "serial"),
        (lambda d: d["body"].update(extra=1), "shape"),
        (lambda d: d["body"]["laptops"].append(d["body"]["laptops"][0]), "laptop_twice"),
        (lambda d: d["body"]["laptops"][0].update(box="age1notarecipient"), "laptop"),
        (lambda d: d["body"]["laptops"][0].update(name="a\u0000b"), "laptop"),
        (lambda d: d["body"]["laptops"][0].update(role="admin"), "role"),
        (lambda d: d["body"].update(laptops=[]), "laptops"),
        (lambda d: d.update(signature="AAAA"), "signature"),
        (lambda d: d["body"].update(org="../../etc"), "org"),
        (lambda d: d["body"].update(forms=[["visit", 1, "0" * 64], ["cooperative", 4, "0" * 64]]), "forms"),
        (lambda d: d["body"].update(forms=[["cooperative", 4, "not a digest"]]), "forms"),
        (lambda d: d["body"].update(forms=[["cooperative", 4, "0" * 64], ["cooperative", 4, "1" * 64]]), "forms"),
        (lambda d: d["body"].update(forms=[["../x", 4, "0" * 64]]), "forms"),
        (lambda d: d["body"].update(forms={"cooperative": 4}), "forms"),
        (lambda d: d["body"].pop("forms"), "shape"),
    ],
)
def test_a_changed_or_malformed_list_is_refused_naming_what(change: object, what: str) -> None:
    text = _tampered(_list(OrganisationKey.generate(), laptops=2).text(), change)
    with pytest.raises(PackageRejected) as refused:
        read_list(text)
    assert refused.value.code == "org_list_invalid" and refused.value.params["what"] == what


def test_a_list_signed_by_another_key_names_that_key_and_is_not_a_successor() -> None:
    """A list is checked against the key it names; whether that is the organisation's is the holder's business."""
    ours, theirs = OrganisationKey.generate(), OrganisationKey.generate()
    held = _list(ours)
    forged = dataclasses.replace(_list(theirs, serial=5), org=held.org)
    assert read_list(forged.text()).org_key == theirs.public
    assert not forged.succeeds(held)
    assert _list(ours, serial=2).succeeds(held) and not _list(ours, serial=1).succeeds(held)


def test_garbage_and_oversized_lists_are_refused() -> None:
    for text in ("", "[]", "{", "null", '{"body": {}, "signature": ""}', "[" * 100_000, "x" * 3_000_000):
        with pytest.raises(PackageRejected):
            read_list(text)


def test_a_lock_opens_only_with_its_passphrase_and_signatures_verify() -> None:
    keys = LaptopKeys.generate("abc")
    locked = lock(keys.secret_text(), "pass")
    assert LaptopKeys.from_secret_text(unlock(locked, "pass")).recipient == keys.recipient
    with pytest.raises(InvalidInput):  # one wrong passphrase: each try costs a second of scrypt, by design
        unlock(locked, "Pass")
    with pytest.raises(InvalidInput):
        lock("x", "")
    signature = keys.sign(b"data")
    assert verify(keys.sign_public, signature, b"data")
    assert not verify(keys.sign_public, signature, b"date")
    assert not verify(LaptopKeys.generate("x").sign_public, signature, b"data")
    assert not verify("not base64!", signature, b"data")
