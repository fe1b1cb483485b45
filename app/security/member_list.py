"""The organisation's member list: which laptops belong, with their public keys, signed by the organisation's key.

It travels inside every sealed file and comes from untrusted bytes, so `read_list` checks everything before any of
it is believed: its size, its shape, every value's type and bound, and the signature by the organisation key it
names. Whether that key is the organisation's is for the reader to say (`Organisation.adopt` pins it at join).

A list is never edited: each change (a laptop added or removed) is a new list with a greater serial, signed again.
It also names the form definitions a coordinator put in use (`forms`: name, version and digest): laptops adopt
those without a question (app/security/form_approval.py); any other definition stays a proposal.
A removed laptop stays in the list, with when it was removed and the last stamp of its versions that was accepted
(`last_stamp`): its earlier versions stay valid, its later ones are refused.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from typing import Any

from app.core.bounds import BoundExceeded, check_name
from app.core.errors import PackageRejected
from app.security import keys
from app.security.keys import OrganisationKey

LIST_FORMAT = 1
LIST_BYTES_MAX = 2_000_000
LAPTOPS_MAX = 5_000
FORMS_MAX = 1_000
ROLES = ("coordinator", "agent")
_LAPTOP_ID = re.compile(r"[!-~]{1,64}\Z")  # as a clock stamp allows a device id (app/core/clock.py)
_ORG_ID = re.compile(r"[0-9a-f]{32}\Z")
_STAMP = re.compile(r"[0-9]{16}\.[0-9]{4}\.[!-~]{1,64}\Z")
_TIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]{8,15}(Z|[+-][0-9]{2}:[0-9]{2})\Z")
_RECIPIENT = re.compile(r"age1[02-9ac-hj-np-z]{58}\Z")
_FORM_NAME = re.compile(r"[a-z][a-z0-9_]{0,62}\Z")
_DIGEST = re.compile(r"[0-9a-f]{64}\Z")


def canonical(value: Any) -> bytes:
    """The one encoding of a JSON value that is signed and checked: sorted keys, no spaces, UTF-8."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


@dataclass(frozen=True)
class Laptop:
    id: str
    name: str
    role: str
    sign: str  # Ed25519 public key, base64
    box: str  # age recipient
    added_at: str
    removed_at: str | None = None
    last_stamp: str | None = None  # a removed laptop's last accepted stamp

    @property
    def removed(self) -> bool:
        return self.removed_at is not None

    def may_have_written(self, stamp: str) -> bool:
        """May a version with this stamp, signed by this laptop, be accepted? Not after its removal."""
        return not self.removed or (self.last_stamp is not None and stamp <= self.last_stamp)

    def as_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True, order=True)
class FormApproval:
    """A form definition a coordinator put in use: adopted without a question where it arrives."""

    name: str
    version: int
    digest: str


@dataclass(frozen=True)
class MemberList:
    org: str  # the organisation's id (32 hex digits)
    name: str
    org_key: str  # the organisation's public key, base64
    serial: int
    issued_at: str
    issued_by: str  # the laptop that signed it
    signing_since: str  # versions stamped from here on must be signed
    laptops: tuple[Laptop, ...]
    signature: bytes = b""
    forms: tuple[FormApproval, ...] = ()  # sorted

    def laptop(self, laptop_id: str) -> Laptop | None:
        return next((laptop for laptop in self.laptops if laptop.id == laptop_id), None)

    def members(self) -> tuple[Laptop, ...]:
        """The laptops not removed: the recipients of every sealed file."""
        return tuple(laptop for laptop in self.laptops if not laptop.removed)

    def body(self) -> dict[str, Any]:
        return {"format": LIST_FORMAT, "org": self.org, "name": self.name, "org_key": self.org_key,
                "serial": self.serial, "issued_at": self.issued_at, "issued_by": self.issued_by,
                "signing_since": self.signing_since, "laptops": [laptop.as_json() for laptop in self.laptops],
                "forms": [[form.name, form.version, form.digest] for form in self.forms]}  # fmt: skip

    def text(self) -> str:
        """The signed document as it travels and is kept."""
        return json.dumps({"body": self.body(), "signature": keys.b64(self.signature)}, ensure_ascii=False)

    def signed(self, key: OrganisationKey) -> MemberList:
        if key.public != self.org_key:
            raise ValueError("a list is signed by its own organisation's key")
        return replace(self, signature=key.sign(canonical(self.body())))

    def succeeds(self, held: MemberList) -> bool:
        """Is this a later list of the same organisation than `held`?"""
        return self.org == held.org and self.org_key == held.org_key and self.serial > held.serial


def read_list(text: str | bytes) -> MemberList:
    """A member list from untrusted text, checked whole; PackageRejected `org_list_invalid` naming what is wrong."""
    if len(text) > LIST_BYTES_MAX:
        raise _invalid("size")
    try:
        document = json.loads(text)
    except (ValueError, RecursionError):
        raise _invalid("json") from None
    if not isinstance(document, dict) or set(document) != {"body", "signature"}:
        raise _invalid("shape")
    body = document["body"]
    try:
        signature = keys.from_b64(_text(document["signature"], "signature"), length=keys.SIGNATURE_BYTES)
    except ValueError:
        raise _invalid("signature") from None
    members = _members(body)
    if not keys.verify(members.org_key, signature, canonical(body)):
        raise _invalid("signature")
    return replace(members, signature=signature)


_BODY_KEYS = {"format", "org", "name", "org_key", "serial", "issued_at", "issued_by", "signing_since", "laptops",
              "forms"}  # fmt: skip
_LAPTOP_KEYS = {"id", "name", "role", "sign", "box", "added_at", "removed_at", "last_stamp"}


def _members(body: Any) -> MemberList:
    if not isinstance(body, dict) or set(body) != _BODY_KEYS:
        raise _invalid("shape")
    if body["format"] != LIST_FORMAT:
        raise _invalid("format")
    serial = body["serial"]
    if not isinstance(serial, int) or isinstance(serial, bool) or not 1 <= serial < 2**53:
        raise _invalid("serial")
    laptops = body["laptops"]
    if not isinstance(laptops, list) or not 1 <= len(laptops) <= LAPTOPS_MAX:
        raise _invalid("laptops")
    found = tuple(_laptop(item) for item in laptops)
    if len({laptop.id for laptop in found}) != len(found):
        raise _invalid("laptop_twice")
    members = MemberList(
        org=_matching(body["org"], _ORG_ID, "org"), name=_name(body["name"], "name"),
        org_key=_public_key(body["org_key"], "org_key"), serial=serial,
        issued_at=_matching(body["issued_at"], _TIME, "issued_at"),
        issued_by=_matching(body["issued_by"], _LAPTOP_ID, "issued_by"),
        signing_since=_matching(body["signing_since"], _STAMP, "signing_since"), laptops=found,
        forms=_forms(body["forms"]),
    )  # fmt: skip
    if not members.members():
        raise _invalid("laptops")
    return members


def _forms(value: Any) -> tuple[FormApproval, ...]:
    if not isinstance(value, list) or len(value) > FORMS_MAX:
        raise _invalid("forms")
    found = []
    for item in value:
        if not isinstance(item, list) or len(item) != 3:
            raise _invalid("forms")
        name, version, digest = item
        if not isinstance(version, int) or isinstance(version, bool) or not 1 <= version < 2**31:
            raise _invalid("forms")
        found.append(FormApproval(_matching(name, _FORM_NAME, "forms"), version, _matching(digest, _DIGEST, "forms")))
    if found != sorted(found) or len({(f.name, f.version) for f in found}) != len(found):
        raise _invalid("forms")  # one encoding of a list: sorted, each version once
    return tuple(found)


def _laptop(item: Any) -> Laptop:
    if not isinstance(item, dict) or set(item) != _LAPTOP_KEYS:
        raise _invalid("laptop")
    removed_at, last_stamp = item["removed_at"], item["last_stamp"]
    if removed_at is None and last_stamp is not None:
        raise _invalid("laptop")
    role = item["role"]
    if role not in ROLES:
        raise _invalid("role")
    return Laptop(
        id=_matching(item["id"], _LAPTOP_ID, "laptop"), name=_name(item["name"], "laptop"), role=role,
        sign=_public_key(item["sign"], "laptop"), box=_matching(item["box"], _RECIPIENT, "laptop"),
        added_at=_matching(item["added_at"], _TIME, "laptop"),
        removed_at=None if removed_at is None else _matching(removed_at, _TIME, "laptop"),
        last_stamp=None if last_stamp is None else _matching(last_stamp, _STAMP, "laptop"),
    )  # fmt: skip


def _text(value: Any, what: str) -> str:
    if not isinstance(value, str):
        raise _invalid(what)
    return value


def _matching(value: Any, pattern: re.Pattern[str], what: str) -> str:
    if not isinstance(value, str) or pattern.match(value) is None:
        raise _invalid(what)
    return value


def _name(value: Any, what: str) -> str:
    try:
        return check_name(value)
    except BoundExceeded:
        raise _invalid(what) from None


def _public_key(value: Any, what: str) -> str:
    try:
        keys.from_b64(_text(value, what), length=keys.PUBLIC_KEY_BYTES)
    except ValueError:
        raise _invalid(what) from None
    return str(value)


def _invalid(what: str) -> PackageRejected:
    return PackageRejected("org_list_invalid", what=what)
