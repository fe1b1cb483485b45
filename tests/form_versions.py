"""Versions of the shipped forms for tests: the version this release ships, a text "newer" than it (a proposal, a
later release), and the exact texts of versions 2 and 3 as the released application shipped them.

Tests that need a newer form derive it from the shipped version (`newer`), so raising the shipped version never
turns their "newer" proposal into an older one, or into the shipped version itself with another text.
"""

from __future__ import annotations

import re
from pathlib import Path

from app.core.forms import FormRegistry, check_references, parse_form
from app.resources import forms_dir

NAMES = ("cooperative", "visit", "workshop")
# The forms as the release holding version 2 shipped them (commit 9857535): a laptop of that release holds exactly
# these texts, under version 2, in its database and in every package it writes.
RELEASED_V2 = Path(__file__).parent / "released_forms_v2"
# Version 3 as the release holding it shipped it (commit 071dce9), before version 4 declared `duplicates:`.
RELEASED_V3 = Path(__file__).parent / "released_forms_v3"
# Version 4 as the release holding it shipped it (commit 3c16aea), before version 5 chose provinces from the official
# list (`type: province`): its records hold the province as text.
RELEASED_V4 = Path(__file__).parent / "released_forms_v4"
_VERSION_LINE = re.compile(r"^version: ([0-9]+)\n", re.MULTILINE)


def shipped_text(name: str) -> str:
    return (forms_dir() / f"{name}.yaml").read_text(encoding="utf-8")


def version_of(text: str) -> int:
    found = _VERSION_LINE.search(text)
    assert found is not None, "a form file without its version line"
    return int(found.group(1))


SHIPPED_VERSION = version_of(shipped_text("cooperative"))
# Each form's shipped version: forms are raised one at a time (a release may raise the visit and not the cooperative).
SHIPPED = {name: version_of(shipped_text(name)) for name in NAMES}


def at_version(text: str, version: int) -> str:
    """`text` with its version line saying `version` (and nothing else changed)."""
    changed, count = _VERSION_LINE.subn(f"version: {version}\n", text, count=1)
    assert count == 1
    return changed


def newer(text: str, by: int = 1) -> str:
    """`text` as a version `by` above its own (the shipped one's, for a shipped text)."""
    return at_version(text, version_of(text) + by)


def released_v2_text(name: str) -> str:
    return (RELEASED_V2 / f"{name}.yaml").read_text(encoding="utf-8")


def released_v2_forms() -> FormRegistry:
    forms = [parse_form(released_v2_text(n), file=f"{n}.yaml", stem=n) for n in NAMES]
    check_references(forms)
    return FormRegistry(forms)


def released_v3_text(name: str) -> str:
    return (RELEASED_V3 / f"{name}.yaml").read_text(encoding="utf-8")


def released_v3_forms() -> FormRegistry:
    forms = [parse_form(released_v3_text(n), file=f"{n}.yaml", stem=n) for n in NAMES]
    check_references(forms)
    return FormRegistry(forms)


def released_v4_forms() -> FormRegistry:
    forms = [parse_form((RELEASED_V4 / f"{n}.yaml").read_text(encoding="utf-8"), file=f"{n}.yaml", stem=n)
             for n in NAMES]  # fmt: skip
    check_references(forms)
    return FormRegistry(forms)
