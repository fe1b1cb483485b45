"""The shipped forms' version 2 (the same fields as version 1, with the per-form declarations of issue 14: the
navigation, the list's filters, related lists and reports) reaches laptops whose database was made with version 1.

A declaration changes the form file's text. Kept as version 1, a laptop upgraded from version 1 and a laptop
installed afresh would hold two different texts under one version, and every merge between them would be refused
(`sync_form_mismatch`); an upgraded laptop would also keep using the old text, without the declared filters. As
version 2, the release puts it in use on every laptop, records made under version 1 keep their definition, and
laptops of either history exchange files.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from app.core.forms import FormRegistry, parse_form
from app.db.checking import check_store
from app.db.store import Store
from app.resources import forms_dir
from app.sync.export import export_package
from app.sync.merge import merge_file

DECLARATIONS = ("navigation", "list", "listed_on", "reports")


def version_1_text(name: str) -> str:
    """The shipped file as the previous release shipped it: version 1, without the form-level declarations."""
    text = (forms_dir() / f"{name}.yaml").read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    kept, skipping = [], False
    for line in lines:
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
    return FormRegistry([parse_form(version_1_text(n), file=f"{n}.yaml", stem=n) for n in ("cooperative", "visit",
                                                                                        "workshop")])  # fmt: skip


def test_the_shipped_forms_are_version_2_with_the_same_fields(shipped_forms: FormRegistry) -> None:
    for old in version_1_forms():
        new = shipped_forms.get(old.name)
        assert (old.version, new.version) == (1, 2)
        assert [f.name for f in old.fields] == [f.name for f in new.fields]


def test_an_upgraded_laptop_uses_version_2_and_keeps_its_records_editable(
    tmp_path: Path, shipped_forms: FormRegistry
) -> None:
    path = tmp_path / "taawun.db"
    with Store.open(path, forms=version_1_forms(), author="a", device_name="old") as old:
        coop = old.create("cooperative", {"name_ar": "تعاونية الأمل", "sectors": ["olives"]})
        visit = old.create("visit", {"cooperative": coop, "visit_date": "2025-05-17", "observations": "ملاحظة"})
    with Store.open(path, forms=shipped_forms, author="a", device_name="old") as upgraded:
        assert {f.name: f.version for f in upgraded.forms} == {"cooperative": 2, "visit": 2, "workshop": 2}
        assert upgraded.forms.get("visit").behaviour.filters is not None  # the declarations are in use
        assert upgraded.get(visit).form_version == 1
        upgraded.update(visit, {"observations": "ملاحظة أخرى"})
        assert upgraded.get(visit).data["observations"] == "ملاحظة أخرى"
        findings = check_store(upgraded)
        assert findings.lines == []


def test_an_upgraded_laptop_and_a_new_one_exchange_files(tmp_path: Path, shipped_forms: FormRegistry) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    (tmp_path / "old").mkdir()
    (tmp_path / "new").mkdir()
    with Store.open(tmp_path / "old" / "t.db", forms=version_1_forms(), author="a", device_name="old") as old:
        coop = old.create("cooperative", {"name_ar": "تعاونية الأمل", "sectors": ["olives"]})
    upgraded = Store.open(tmp_path / "old" / "t.db", forms=shipped_forms, author="a", device_name="old")
    fresh = Store.open(tmp_path / "new" / "t.db", forms=shipped_forms, author="b", device_name="new")
    try:
        own = fresh.create("cooperative", {"name_ar": "تعاونية النور", "sectors": ["olives"]})
        visit = fresh.create("visit", {"cooperative": own, "visit_date": "2025-05-18", "observations": "زيارة"})
        outcomes: list[Any] = [merge_file(fresh, export_package(upgraded, stick).path)]
        outcomes.append(merge_file(upgraded, export_package(fresh, stick).path))
        assert all(o.merged for o in outcomes), [o for o in outcomes]
        assert fresh.get(coop).data["name_ar"] == "تعاونية الأمل" and upgraded.get(visit).data["observations"] == "زيارة"
        for store in (fresh, upgraded):
            assert {f.name: f.version for f in store.forms} == {"cooperative": 2, "visit": 2, "workshop": 2}
            assert not store.forms.proposed
    finally:
        upgraded.close()
        fresh.close()
