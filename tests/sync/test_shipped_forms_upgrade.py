"""Each new version of the shipped forms reaches laptops whose database holds an earlier one, and laptops of either
version exchange files.

Version 2 added the per-form declarations of issue 14 (the navigation, the list's filters, related lists and
reports) to the fields of version 1; version 3 adds the list's columns (`list: columns:`) and the words naming each
form in the window (`navigation: heading:`, `new:`); version 4 what finds likely duplicates (`duplicates:`, on the
cooperative and workshop forms; the visit form's text changes by its version line alone, so that the shipped forms
of a release share one version). Version 5 chooses the province of the cooperative and workshop forms from Morocco's
official list (`type: province`); the records made before keep their province as typed (tests/db/test_place_matching.py). Each changes the file's text. Kept under the old version, a
laptop upgraded from it and a laptop installed afresh would hold two different texts under one version, and every
merge between them would be refused (`sync_form_mismatch`). As a new version, the release puts it in use on every
laptop, records made under the earlier version keep their definition and stay editable, and files travel both ways.

The earlier texts are the released ones: versions 2 and 3 exactly as the releases shipped them
(tests/released_forms_v2, tests/released_forms_v3), version 1 as version 2's text without its declarations.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from form_versions import (
    NAMES,
    SHIPPED,
    SHIPPED_VERSION,
    released_v2_forms,
    released_v2_text,
    released_v3_forms,
    released_v4_forms,
)

from app.core.forms import FormRegistry, parse_form
from app.db.checking import check_store
from app.db.forms_table import accept_proposal
from app.db.store import Store
from app.sync.export import export_package
from app.sync.merge import merge_file

DECLARATIONS = ("navigation", "list", "listed_on", "reports")


def version_1_text(name: str) -> str:
    """The file as the first release shipped it: version 2's text without the form-level declarations."""
    text = released_v2_text(name)
    kept, skipping = [], False
    for line in text.splitlines(keepends=True):
        key = re.match(r"([a-z_]+):", line)
        if key:
            skipping = key.group(1) in DECLARATIONS
        elif not line.startswith((" ", "\n")):
            skipping = False
        if not skipping:
            kept.append(line)
    old = "".join(kept).replace("version: 2\n", "version: 1\n", 1)
    assert old != text and "navigation" not in old and "version: 1\n" in old
    return old


def version_1_forms() -> FormRegistry:
    return FormRegistry([parse_form(version_1_text(n), file=f"{n}.yaml", stem=n) for n in NAMES])


EARLIER = {1: version_1_forms, 2: released_v2_forms, 3: released_v3_forms, 4: released_v4_forms}


def test_the_shipped_forms_are_version_5_with_the_fields_of_every_earlier_version(shipped_forms: FormRegistry) -> None:
    assert SHIPPED_VERSION == 5 and SHIPPED == {"cooperative": 5, "visit": 5, "workshop": 5}
    for version, forms in EARLIER.items():
        for old in forms():
            new = shipped_forms.get(old.name)
            assert (old.version, new.version) == (version, SHIPPED[old.name])
            kept = [f.name for f in new.fields if old.field(f.name) is not None]
            assert kept == [f.name for f in old.fields]  # every earlier field, in its order (fields may be added)
            for field in old.fields:  # a group keeps its entries' fields, each of the same type
                assert [(s.name, s.type) for s in field.fields] == [
                    (s.name, s.type) for s in new.field(field.name).fields if s.name in {o.name for o in field.fields}
                ]
                # Of the same type, but for the province: typed text until version 5 chose it from the official list.
                assert new.field(field.name).type == field.type or (field.name, new.field(field.name).type) == (
                    "province",
                    "province",
                )
            assert old.digest != new.digest  # another text: hence another version
    new_visit, new_workshop = shipped_forms.get("visit"), shipped_forms.get("workshop")  # version 5: follow-ups
    assert [s.name for s in new_visit.field("recommendations").fields][-2:] == ["done_on", "done_note"]
    assert [s.name for s in new_workshop.field("recommendations").fields] == [
        "action", "session", "responsible", "due_date", "done_on", "done_note"]  # fmt: skip
    for old in released_v2_forms():  # what version 3 adds: the list's columns, the words naming the form
        new = shipped_forms.get(old.name)
        assert (old.behaviour.columns, old.behaviour.heading, old.behaviour.new) == ((), None, None)
        assert new.behaviour.columns and new.behaviour.heading and new.behaviour.new
    for old in released_v3_forms():  # what version 4 adds: the declarations finding duplicates
        new = shipped_forms.get(old.name)
        assert old.behaviour.duplicates is None and (new.behaviour.columns, new.behaviour.heading) == (
            old.behaviour.columns,
            old.behaviour.heading,
        )
    for old in released_v4_forms():  # what version 5 changes: the province chosen from the official list
        new = shipped_forms.get(old.name)
        before, after = old.field("province"), new.field("province")
        assert (before is None) == (after is None) and (old.name == "visit") == (after is None)
        if before is not None and after is not None:
            assert (before.type, after.type) == ("text", "province")
    rules = {form.name: form.behaviour.duplicates for form in shipped_forms}
    assert rules["cooperative"] is not None and rules["cooperative"].names == ("name_ar", "name_fr")
    assert rules["workshop"] is not None and rules["visit"] is None


@pytest.mark.parametrize("earlier", list(EARLIER))
def test_an_upgraded_laptop_uses_the_shipped_version_and_keeps_its_records_editable(
    earlier: int, tmp_path: Path, shipped_forms: FormRegistry
) -> None:
    path = tmp_path / "taawun.db"
    with Store.open(path, forms=EARLIER[earlier](), author="a", device_name="old") as old:
        coop = old.create("cooperative", {"name_ar": "تعاونية الأمل", "sectors": ["olives"]})
        visit = old.create("visit", {"cooperative": coop, "visit_date": "2025-05-17", "observations": "ملاحظة"})
    with Store.open(path, forms=shipped_forms, author="a", device_name="old") as upgraded:
        assert {f.name: f.version for f in upgraded.forms} == SHIPPED
        assert upgraded.forms.get("visit").behaviour.columns == ("purpose", "agent")  # the new text is in use
        assert upgraded.get(visit).form_version == earlier
        upgraded.update(visit, {"observations": "ملاحظة أخرى"})
        assert upgraded.get(visit).data["observations"] == "ملاحظة أخرى"
        findings = check_store(upgraded)
        assert findings.lines == []


@pytest.mark.parametrize("earlier", list(EARLIER))
def test_an_upgraded_laptop_and_a_new_one_exchange_files(earlier: int, tmp_path: Path,
                                                         shipped_forms: FormRegistry) -> None:  # fmt: skip
    stick = tmp_path / "stick"
    stick.mkdir()
    (tmp_path / "old").mkdir()
    (tmp_path / "new").mkdir()
    with Store.open(tmp_path / "old" / "t.db", forms=EARLIER[earlier](), author="a", device_name="old") as old:
        coop = old.create("cooperative", {"name_ar": "تعاونية الأمل", "sectors": ["olives"]})
    upgraded = Store.open(tmp_path / "old" / "t.db", forms=shipped_forms, author="a", device_name="old")
    fresh = Store.open(tmp_path / "new" / "t.db", forms=shipped_forms, author="b", device_name="new")
    try:
        own = fresh.create("cooperative", {"name_ar": "تعاونية النور", "sectors": ["olives"]})
        visit = fresh.create("visit", {"cooperative": own, "visit_date": "2025-05-18", "observations": "زيارة"})
        outcomes: list[Any] = [merge_file(fresh, export_package(upgraded, stick).path)]
        outcomes.append(merge_file(upgraded, export_package(fresh, stick).path))
        assert all(o.merged for o in outcomes), [o for o in outcomes]
        assert (
            fresh.get(coop).data["name_ar"] == "تعاونية الأمل" and upgraded.get(visit).data["observations"] == "زيارة"
        )
        for store in (fresh, upgraded):
            assert {f.name: f.version for f in store.forms} == SHIPPED
            assert not store.forms.proposed
    finally:
        upgraded.close()
        fresh.close()


def test_a_laptop_on_version_2_and_one_on_the_shipped_version_merge_each_others_files(tmp_path: Path,
                                                                            shipped_forms: FormRegistry) -> None:  # fmt: skip
    """The released version-2 text on one laptop, this release's version on the other: each merges the other's
    file, each keeps its forms in use (the shipped version is only a proposal on the version-2 laptop), and every record is
    editable on both, with the definition it was made with or a newer one."""
    stick = tmp_path / "stick"
    stick.mkdir()
    for name in ("v2", "v3"):
        (tmp_path / name).mkdir()
    v2 = Store.open(tmp_path / "v2" / "t.db", forms=released_v2_forms(), author="a", device_name="v2")
    v3 = Store.open(tmp_path / "v3" / "t.db", forms=shipped_forms, author="b", device_name="v3")
    try:
        old_coop = v2.create("cooperative", {"name_ar": "تعاونية الأمل", "commune": "مريرت", "sectors": ["olives"]})
        old_visit = v2.create("visit", {"cooperative": old_coop, "visit_date": "2025-05-17", "observations": "قديمة"})
        new_coop = v3.create("cooperative", {"name_ar": "تعاونية النور", "commune": "أجلموس", "sectors": ["argan"]})
        new_visit = v3.create("visit", {"cooperative": new_coop, "visit_date": "2025-05-18", "observations": "جديدة"})

        # The shipped version's file into the version-2 laptop: merged; its definitions wait there as proposals.
        outcome = merge_file(v2, export_package(v3, stick).path)
        assert outcome.merged and outcome.counts is not None and outcome.counts.forms_added == 3, outcome
        assert {f.name: f.version for f in v2.forms} == dict.fromkeys(NAMES, 2)
        assert sorted((f.name, f.version) for f in v2.forms.proposed) == [(n, SHIPPED[n]) for n in NAMES]
        assert v2.get(new_visit).form_version == SHIPPED["visit"] and v2.get(new_visit).data["observations"] == "جديدة"
        v2.update(new_visit, {"observations": "جديدة، عدلت على الحاسوب القديم"})  # with its own definition
        assert v2.get(new_visit).form_version == SHIPPED["visit"]
        v2.update(old_visit, {"observations": "قديمة، عدلت"})
        assert v2.get(old_visit).form_version == 2

        # And back: the version-2 file (records of both versions) into the version-3 laptop.
        outcome = merge_file(v3, export_package(v2, stick).path)
        assert outcome.merged and outcome.counts is not None and outcome.counts.forms_added == 0, outcome  # older
        stored = v3.conn.execute("SELECT name, version FROM form_definitions ORDER BY name, version").fetchall()
        assert stored == [
            (n, v) for n in NAMES for v in (2, SHIPPED[n])
        ]  # kept: the definitions of its version-2 records
        assert {f.name: f.version for f in v3.forms} == SHIPPED and not v3.forms.proposed
        assert v3.get(old_visit).form_version == 2 and v3.get(old_visit).data["observations"] == "قديمة، عدلت"
        assert v3.get(new_visit).data["observations"] == "جديدة، عدلت على الحاسوب القديم"
        v3.update(old_visit, {"observations": "قديمة، عدلت مرتين"})  # a version-2 record, edited on the shipped version
        assert v3.get(old_visit).form_version == SHIPPED["visit"]
        assert merge_file(v2, export_package(v3, stick).path).merged  # once more, both ways agree
        assert v2.get(old_visit).data["observations"] == "قديمة، عدلت مرتين"
        for store in (v2, v3):
            assert check_store(store).lines == []
            assert {store.get(i).data["name_ar"] for i in (old_coop, new_coop)} == {"تعاونية الأمل", "تعاونية النور"}

        # The version-2 laptop may take the shipped version as a person's decision: every record it holds stays valid.
        for name in NAMES:
            accept_proposal(v2, name, SHIPPED[name])
        assert {f.name: f.version for f in v2.forms} == SHIPPED and not v2.forms.proposed
        assert check_store(v2).lines == []
    finally:
        v2.close()
        v3.close()
