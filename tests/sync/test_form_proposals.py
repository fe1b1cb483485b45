"""Forms change only by a person's decision: a newer form definition in a merged file is checked as strictly as a
shipped one, then kept as a proposal (listed by `taawun forms`), and put in use by `taawun forms accept` only when
it keeps every existing record editable with its values. Packages are crafted from a real export, as an attacker
would: a definition row added with sqlite3."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from form_versions import SHIPPED_VERSION, at_version, shipped_text

from app.cli.program import main
from app.core.errors import InvalidInput
from app.core.forms import FormRegistry, parse_form
from app.db.forms_table import accept_proposal
from app.db.store import Store
from app.sync.export import export_package

SHIPPED = shipped_text("cooperative")
NEXT = SHIPPED_VERSION + 1  # a proposal newer than the shipped form
NAME_AR = "        required: true\n        max_length: 200\n"
WEBSITE = "      - name: website\n        type: text\n        label: {ar: الموقع, fr: Site web, en: Website}\n"


def variant(version: int = 999, **change: str) -> str:
    text = at_version(SHIPPED, version)
    if "name_ar" in change:
        text = text.replace(NAME_AR, NAME_AR + change["name_ar"], 1)
    if change.get("drop") == "phone":
        text = text[: text.index("      - name: phone\n")] + text[text.index("\n  - name: support") :]
    if "add" in change:
        text = text.replace("      - name: name_fr\n", change["add"] + "      - name: name_fr\n", 1)
    return text


CONSTRAINT_FALSE = variant(
    name_ar='        constraint: "false"\n        constraint_message: {ar: لا, fr: Non, en: "No"}\n'
)
RELEVANT_FALSE = variant(name_ar='        relevant: "false"\n')
# The phone field dropped, and with it from what finds duplicates (a declaration naming a missing field is refused).
DROPPED = variant(drop="phone").replace("same: [registration_number, phone]", "same: [registration_number]", 1)
HARMLESS = variant(NEXT, add=WEBSITE)
MISSING_REFERENCE = variant(add="      - name: parent\n        type: reference\n        form: federation\n"
                                "        label: {ar: الاتحاد, fr: Fédération, en: Federation}\n")  # fmt: skip
MANY_TERMS = variant(name_ar='        relevant: "' + " or ".join(f"name_fr = '{i}'" for i in range(600)) + '"\n')
ALIAS = at_version(SHIPPED, 999).replace("sections:\n  - name: identity", "sections: &all\n  - name: identity", 1) + (
    "  - name: again\n    label: {ar: ب, fr: B, en: B}\n    fields: *all\n"
)


def add_definition(package: Path, source: str, version: int = 999) -> None:
    conn = sqlite3.connect(package)
    conn.execute("INSERT INTO form_definitions (name, version, digest, source, added_at) VALUES (?, ?, ?, ?, ?)",
                 ("cooperative", version, hashlib.sha256(source.encode()).hexdigest(), source,
                  "2025-05-17T10:00:00+00:00"))  # fmt: skip
    counts = json.loads(conn.execute("SELECT value FROM meta WHERE key = 'package_counts'").fetchone()[0])
    counts["form_definitions"] += 1  # the attacker keeps the manifest consistent
    conn.execute("UPDATE meta SET value = ? WHERE key = 'package_counts'", (json.dumps(counts),))
    conn.commit()
    conn.close()


def cli(db: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["--db", str(db), "--lang", "en", *args])
    out, err = capsys.readouterr()
    return code, out + err


@pytest.fixture
def local(laptop: Any) -> Store:
    """This laptop: a final cooperative with a name and a phone."""
    store = laptop("local")
    store.create("cooperative", {"name_ar": "تعاونية النور", "phone": "0612345678"})
    return store


def crafted(laptop: Any, stick: Path, source: str, version: int = 999) -> Path:
    peer = laptop("peer")
    peer.create("cooperative", {"name_ar": "تعاونية الأمل"})
    package = export_package(peer, stick).path
    add_definition(package, source, version)
    return package


def still_works(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    """The form in use is the shipped one; adding and editing a cooperative, and the usual commands, still work."""
    assert store.forms.get("cooperative").version == SHIPPED_VERSION
    record = store.create("cooperative", {"name_ar": "تعاونية جديدة", "phone": "0611111111"})
    store.update(record, {"name_fr": "Nouvelle"})
    assert store.get(record).form_version == SHIPPED_VERSION
    for args in (("list", "cooperative"), ("show", record), ("check",)):
        code, out = cli(store.path, capsys, *args)
        assert code == 0, out


HARMFUL = {
    "constraint_false": (CONSTRAINT_FALSE, "fails its rules", "name_ar"),
    "relevant_false": (RELEVANT_FALSE, "would lose", "name_ar"),
    "field_dropped": (DROPPED, "would lose", "phone"),
}


@pytest.mark.parametrize("case", list(HARMFUL))
def test_a_harmful_definition_is_only_proposed_and_refused_at_accept_with_the_reason(
    case: str, local: Store, laptop: Any, stick: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source, reason, field = HARMFUL[case]
    package = crafted(laptop, stick, source)
    code, out = cli(local.path, capsys, "sync", "merge", str(package))
    assert code == 0, out
    assert "forms proposed: 1" in out
    reopened = laptop("local")
    still_works(reopened, capsys)
    code, out = cli(local.path, capsys, "forms")
    assert code == 0 and f"cooperative  v{SHIPPED_VERSION}" in out, out
    assert f"cooperative  version 999 (in use: {SHIPPED_VERSION})" in out, out
    code, out = cli(local.path, capsys, "forms", "accept", "cooperative", "999")
    assert code != 0
    assert reason in out and field in out and "999" in out, out
    assert laptop("local").forms.get("cooperative").version == SHIPPED_VERSION
    code, out = cli(local.path, capsys, "sync", "export", str(stick))
    assert code == 0, out


@pytest.mark.parametrize(
    "source", [MISSING_REFERENCE, MANY_TERMS, ALIAS], ids=["missing_reference", "600_or_terms", "yaml_alias"]
)
def test_a_definition_that_does_not_load_refuses_the_file(
    source: str, local: Store, laptop: Any, stick: Path, helpers: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    package = crafted(laptop, stick, source)
    before = helpers.dump(local.path)
    code, out = cli(local.path, capsys, "sync", "merge", str(package))
    assert code == 3, out
    assert "cooperative" in out and "999" in out, out
    assert helpers.dump(local.path) == before
    still_works(laptop("local"), capsys)


def test_a_harmless_definition_is_accepted_then_used(
    local: Store, laptop: Any, stick: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    package = crafted(laptop, stick, HARMLESS, version=NEXT)
    code, out = cli(local.path, capsys, "sync", "merge", str(package))
    assert code == 0 and "forms proposed: 1" in out, out
    code, out = cli(local.path, capsys, "forms")
    assert f"version {NEXT} (in use: {SHIPPED_VERSION})" in out and "field added: website" in out, out
    assert laptop("local").forms.get("cooperative").version == SHIPPED_VERSION
    code, out = cli(local.path, capsys, "forms", "accept", "cooperative", str(NEXT))
    assert code == 0 and "is now in use" in out, out
    store = laptop("local")
    assert store.forms.get("cooperative").version == NEXT
    record = store.create("cooperative", {"name_ar": "تعاونية", "website": "coop.ma"})
    store.update(record, {"website": "coop.org"})
    assert store.get(record).form_version == NEXT
    code, out = cli(local.path, capsys, "forms")
    assert "Proposals" not in out


def test_records_made_under_a_proposal_merge_and_the_form_is_offered_with_them(
    tmp_path: Path, local: Store, laptop: Any, stick: Path, shipped_forms: FormRegistry,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    newer = parse_form(HARMLESS, file="cooperative.yaml", stem="cooperative")
    forms = FormRegistry([*(f for f in shipped_forms if f.name != "cooperative"), newer])
    (tmp_path / "new").mkdir()
    with Store.open(tmp_path / "new" / "t.db", forms=forms, author="a", device_name="new") as updated:
        record = updated.create("cooperative", {"name_ar": "تعاونية", "website": "coop.ma"})
        package = export_package(updated, stick).path
    code, out = cli(local.path, capsys, "sync", "merge", str(package))
    assert code == 0, out
    store = laptop("local")
    assert store.forms.get("cooperative").version == SHIPPED_VERSION
    assert store.get(record).data["website"] == "coop.ma" and store.get(record).form_version == NEXT
    assert store.forms.for_record("cooperative", NEXT).field("website") is not None  # its own definition, to edit it
    for args in (("show", record), ("check",)):
        code, out = cli(store.path, capsys, *args)
        assert code == 0, out
    # Still editable here, with its own definition: its values and its form version are kept.
    edited = store.update(record, {"name_fr": "Coopérative", "website": "coop.org.ma"})
    assert edited.form_version == NEXT and edited.data["website"] == "coop.org.ma"
    code, out = cli(store.path, capsys, "edit", record, "--set", "name_fr=Coop")
    assert code == 0, out
    assert store.get(record).data["website"] == "coop.org.ma"


def test_a_shipped_release_with_a_newer_definition_still_updates_the_laptop(
    tmp_path: Path, local: Store, laptop: Any, stick: Path, shipped_forms: FormRegistry,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    package = crafted(laptop, stick, CONSTRAINT_FALSE)
    assert cli(local.path, capsys, "sync", "merge", str(package))[0] == 0
    release = parse_form(HARMLESS, file="cooperative.yaml", stem="cooperative")
    forms = FormRegistry([*(f for f in shipped_forms if f.name != "cooperative"), release])
    with Store.open(local.path, forms=forms, author="a", device_name="local") as upgraded:
        assert upgraded.forms.get("cooperative").version == NEXT  # shipped: trusted, in use at once
        assert [(f.name, f.version) for f in upgraded.forms.proposed] == [("cooperative", 999)]  # still a proposal


def test_accepting_an_unknown_proposal_says_which_ones_wait(local: Store, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = cli(local.path, capsys, "forms", "accept", "cooperative", "7")
    assert code == 2 and "no proposal" in out, out
    with pytest.raises(InvalidInput) as caught:
        accept_proposal(local, "cooperative", 1)  # the version in use is no proposal
    assert caught.value.code == "form_proposal_unknown"


TRAINING = """form: training
version: 1
label: {ar: تكوين, fr: Formation, en: Training}
title_fields: [topic]
sections:
  - name: main
    label: {ar: التكوين, fr: Formation, en: Training}
    fields:
      - name: topic
        type: text
        required: true
        label: {ar: الموضوع, fr: Sujet, en: Topic}
"""


def test_a_form_only_a_package_knows_keeps_its_records_until_a_coordinator_puts_it_in_use(
    laptop: Any, stick: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A laptop whose forms folder has a form of its own (a training log) exports its records; a laptop without
    that form merges them: kept and passed on, shown once someone accepts the form, never an error of ours."""
    shipped = list(laptop("shipped-forms").forms)
    other = Store.open(tmp_path / "other.db", forms=FormRegistry([*shipped, parse_form(TRAINING, file="training.yaml", stem="training")]),
                       author="agent", device_name="other")  # fmt: skip
    training = other.create("training", {"topic": "التسويق الجماعي"})
    package = export_package(other, stick).path
    other.close()
    local = laptop("local")
    local.close()
    db = local.path

    def cli(*args: str) -> tuple[int, str]:
        capsys.readouterr()
        code = main(["--db", str(db), "--lang", "en", *args])
        out, err = capsys.readouterr()
        return code, out + err

    assert cli("sync", "merge", str(package))[0] == 0
    for command in (("list", "training"), ("show", training), ("edit", training, "--set", "topic=x")):
        code, output = cli(*command)
        assert code == 2, output
        assert "came in a merged file and is not in use" in output and "taawun forms accept training 1" in output
    assert cli("check")[0] == 0
    code, output = cli("forms")
    assert code == 0 and "training  version 1" in output
    relay = tmp_path / "relay"
    relay.mkdir()
    assert cli("sync", "export", str(relay))[0] == 0  # passed on, definition and record
    assert cli("forms", "accept", "training", "1")[0] == 0
    code, output = cli("show", training)
    assert code == 0 and "التسويق الجماعي" in output
    assert cli("edit", training, "--set", "topic=التسويق")[0] == 0
    assert cli("list", "training")[0] == 0
