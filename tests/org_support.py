"""What the organisation tests share: one passphrase and one name (tests/security/conftest.py makes the
organisation once per session, and three laptops of one organisation)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.security.keys import OrganisationKey
from app.security.member_list import MemberList
from app.security.organisation import Unlocked

PASSPHRASE = "زيت الزيتون 2026 huile"
ORG_NAME = "Réseau des coopératives تعاون"


@dataclass(frozen=True)
class Laptops:
    """Three laptops of one organisation, made once per session: "a" a coordinator's, "b" and "c" agents'.
    `keys` are each laptop's keys as its passphrase unlocks them (kept here: unlocking costs a second of scrypt)."""

    folder: Path
    names: dict[str, str]
    keys: dict[str, Unlocked]
    org_key: OrganisationKey
    members: MemberList


LAPTOP_NAMES = {"a": "coordination-tiznit", "b": "حاسوب فاطمة", "c": "laptop-khenifra"}
