"""The form files shipped in forms/: they load, they are fully translated, they hold the fields the issue lists."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli.choices import resolve_input
from app.core.display import format_value
from app.core.errors import InvalidInput, ValidationFailed
from app.core.forms import NAME, FieldSpec, FormRegistry, FormSpec, load_form, load_form_directory
from app.db.store import Store
from app.resources import forms_dir
from tests.cli_run import run_cli

LANGS = ("ar", "fr", "en")
ARABIC_LETTER = re.compile(r"[\u0600-\u06FF]")
TEXT_TYPES = ("text", "long_text")

SHIPPED_FILES = sorted(forms_dir().glob("*.yaml"))


def _walk(fields: tuple[FieldSpec, ...]) -> Iterator[FieldSpec]:
    for spec in fields:
        yield spec
        yield from _walk(spec.fields)


def _texts(form: FormSpec) -> Iterator[tuple[str, dict[str, str]]]:
    """Every translatable text of a form, with a name saying where it is."""
    yield f"{form.name}: label", form.label
    for section in form.sections:
        yield f"{form.name}.{section.name}: section label", section.label
        for spec in _walk(section.fields):
            where = f"{form.name}.{spec.name}"
            yield f"{where}: label", spec.label
            if spec.hint is not None:
                yield f"{where}: hint", spec.hint
            if spec.constraint is not None:
                assert spec.constraint_message is not None, f"{where}: constraint without constraint_message"
            if spec.constraint_message is not None:
                yield f"{where}: constraint_message", spec.constraint_message
            for choice in spec.choices:
                yield f"{where}={choice.value}: choice", choice.label


def _all_texts(registry: FormRegistry) -> list[tuple[str, dict[str, str]]]:
    return [item for form in registry for item in _texts(form)]


# --- loading ------------------------------------------------------------------------------------------------------


def test_the_forms_folder_exists_and_holds_yaml_files() -> None:
    assert forms_dir().is_dir()
    assert SHIPPED_FILES, "no *.yaml in forms/"


def test_the_three_forms_of_the_issue_are_shipped(shipped_forms: FormRegistry) -> None:
    assert {"cooperative", "visit", "workshop"} <= set(shipped_forms.names())
    for name in ("cooperative", "visit", "workshop"):
        assert name in shipped_forms
        assert shipped_forms.get(name).name == name


def test_every_shipped_file_becomes_one_form(shipped_forms: FormRegistry) -> None:
    assert sorted(shipped_forms.names()) == sorted(path.stem for path in SHIPPED_FILES)


@pytest.mark.parametrize("path", SHIPPED_FILES, ids=lambda p: p.name)
def test_each_shipped_file_loads_on_its_own(path: Path) -> None:
    form = load_form(path)
    assert form.name == path.stem
    assert isinstance(form.version, int) and form.version >= 1
    assert form.path == str(path)
    assert form.source == path.read_text(encoding="utf-8")
    assert len(form.digest) == 64
    assert form.fields, "a form without fields"


def test_loading_twice_gives_equal_forms() -> None:
    first = load_form_directory(forms_dir())
    second = load_form_directory(forms_dir())
    for form in first:
        assert second.get(form.name) == form
        assert second.get(form.name).digest == form.digest


def test_asking_for_a_form_that_is_not_loaded_is_a_known_error(shipped_forms: FormRegistry) -> None:
    with pytest.raises(InvalidInput) as caught:
        shipped_forms.get("no_such_form")
    assert caught.value.code == "unknown_form"
    for lang in LANGS:
        text = caught.value.message(lang)
        assert "no_such_form" in text
        assert "cooperative" in text  # the available forms are listed


def test_every_name_is_an_identifier(shipped_forms: FormRegistry) -> None:
    for form in shipped_forms:
        assert NAME.fullmatch(form.name)
        for section in form.sections:
            assert NAME.fullmatch(section.name), section.name
        for spec in _walk(form.fields):
            assert NAME.fullmatch(spec.name), spec.name
            for choice in spec.choices:
                assert NAME.fullmatch(choice.value), choice.value


def test_title_fields_and_group_titles_name_real_fields(shipped_forms: FormRegistry) -> None:
    for form in shipped_forms:
        assert form.title_fields
        for name in form.title_fields:
            assert form.field(name) is not None, (form.name, name)
        for spec in _walk(form.fields):
            if spec.type == "group" and spec.item_title_field is not None:
                assert spec.subfield(spec.item_title_field) is not None


def test_every_reference_points_at_a_shipped_form(shipped_forms: FormRegistry) -> None:
    for form in shipped_forms:
        for spec in _walk(form.fields):
            if spec.type == "reference":
                assert spec.form in shipped_forms, (form.name, spec.name, spec.form)


def test_field_names_are_unique_within_each_form(shipped_forms: FormRegistry) -> None:
    for form in shipped_forms:
        names = [spec.name for spec in form.fields]
        assert len(names) == len(set(names)), form.name
        for spec in form.fields:
            sub = [f.name for f in spec.fields]
            assert len(sub) == len(set(sub)), (form.name, spec.name)


# --- translations -------------------------------------------------------------------------------------------------


def test_the_shipped_forms_have_texts_to_check(shipped_forms: FormRegistry) -> None:
    texts = _all_texts(shipped_forms)
    assert len(texts) > 100  # labels, hints, messages and choices of three forms
    assert any(where.endswith(": hint") for where, _ in texts)
    assert any(where.endswith(": choice") for where, _ in texts)
    assert any(where.endswith(": constraint_message") for where, _ in texts)


def test_every_text_has_arabic_french_and_english(shipped_forms: FormRegistry) -> None:
    missing = [
        (where, lang)
        for where, label in _all_texts(shipped_forms)
        for lang in LANGS
        if not isinstance(label.get(lang), str) or not label[lang].strip()
    ]
    assert missing == []


def test_arabic_texts_are_in_arabic_and_the_others_are_not(shipped_forms: FormRegistry) -> None:
    """Catches a text pasted into the wrong language slot."""
    wrong = []
    for where, label in _all_texts(shipped_forms):
        if not ARABIC_LETTER.search(label["ar"]):
            wrong.append((where, "ar", label["ar"]))
        for lang in ("fr", "en"):
            if ARABIC_LETTER.search(label[lang]):
                wrong.append((where, lang, label[lang]))
    assert wrong == []


def test_group_sub_fields_are_translated_too(visit_form: FormSpec, workshop_form: FormSpec) -> None:
    for group in (visit_form.field("recommendations"), workshop_form.field("sessions")):
        assert group is not None and group.fields
        for sub in group.fields:
            for lang in LANGS:
                assert sub.label[lang].strip()


# --- the fields of the issue --------------------------------------------------------------------------------------


def _field(form: FormSpec, name: str) -> FieldSpec:
    spec = form.field(name)
    assert spec is not None, f"{form.name} has no field {name}"
    return spec


COOPERATIVE_TYPES = {
    "name_ar": "text",
    "name_fr": "text",
    "registration_number": "text",
    "founded_on": "date",
    "legal_form": "select_one",
    "sectors": "select_multiple",
    "location": "geopoint",
    "members_total": "integer",
    "members_women": "integer",
    "members_under_35": "integer",
    "phone": "phone",
    "challenges": "select_multiple",
    "province": "province",  # version 5: chosen from Morocco's official list (app/core/places.py)
}
COOPERATIVE_TEXTS = [
    "products", "commune", "village", "president", "partners", "support_received",
    "training_needs", "notes",
]  # fmt: skip


@pytest.mark.parametrize(("name", "kind"), COOPERATIVE_TYPES.items())
def test_cooperative_field_types(cooperative_form: FormSpec, name: str, kind: str) -> None:
    assert _field(cooperative_form, name).type == kind


@pytest.mark.parametrize("name", COOPERATIVE_TEXTS)
def test_cooperative_free_text_fields(cooperative_form: FormSpec, name: str) -> None:
    assert _field(cooperative_form, name).type in TEXT_TYPES


def test_cooperative_region_is_a_field(cooperative_form: FormSpec) -> None:
    region = _field(cooperative_form, "region")
    assert region.type in ("select_one", *TEXT_TYPES)
    if region.type == "select_one":
        assert len(region.choices) == 12  # the twelve regions of Morocco


def test_cooperative_arabic_name_is_the_only_required_field(cooperative_form: FormSpec) -> None:
    assert _field(cooperative_form, "name_ar").required
    assert [spec.name for spec in cooperative_form.fields if spec.required] == ["name_ar"]


SELECT_FIELDS = [(form, spec.name) for form in load_form_directory(forms_dir()) for spec in _walk(form.fields)
                 if spec.type in ("select_one", "select_multiple")]  # fmt: skip


@pytest.mark.parametrize(("form", "name"), SELECT_FIELDS, ids=lambda x: x if isinstance(x, str) else x.name)
def test_every_choice_is_read_from_its_label_in_each_language_and_shown_by_it(form: FormSpec, name: str) -> None:
    """What a person types on the command line (a label in any language) is stored as the choice's value, and the
    value is shown as that label again: the labels of one field are distinct, in each language."""
    spec = _field(form, name)
    assert spec.choices
    for choice in spec.choices:
        for lang in LANGS:
            typed = choice.label[lang]
            stored = resolve_input(None, form, {name: typed}, draft=False, lang=lang)[name]
            assert stored == (choice.value if spec.type == "select_one" else [choice.value]), (name, lang, typed)
            assert format_value(spec, stored, lang) == typed


def test_every_challenge_goes_in_and_out_through_the_command_line(db_path: Path, capsys: pytest.CaptureFixture[str],
                                                                 cooperative_form: FormSpec) -> None:  # fmt: skip
    """All the challenges, typed by their French labels in a shuffled order, are stored as values in the form's order
    and shown back by their labels in each language; `other` makes its explanation field relevant."""
    challenges = _field(cooperative_form, "challenges")
    typed = ", ".join(choice.label["fr"] for choice in reversed(challenges.choices))
    code, out = run_cli(db_path, capsys, "add", "cooperative", "--set", "name_ar=تعاونية التحدي",
                        "--set", f"challenges={typed}", "--set", "challenges_other=الجفاف")  # fmt: skip
    assert code == 0, out
    record_id = out.strip().splitlines()[-1]
    code, out = run_cli(db_path, capsys, "show", record_id, "--json")
    assert code == 0, out
    stored = json.loads(out)["data"]
    assert stored["challenges"] == [choice.value for choice in challenges.choices]
    assert stored["challenges_other"] == "الجفاف"  # kept: "other" is among the challenges
    for lang in LANGS:
        code, out = run_cli(db_path, capsys, "show", record_id, "--lang", lang)
        assert code == 0, out
        for choice in challenges.choices:
            assert choice.label[lang] in out, (lang, choice.value)
    # Without "other", its explanation is not relevant: it is not kept.
    code, out = run_cli(db_path, capsys, "add", "cooperative", "--set", "name_ar=تعاونية ثانية",
                        "--set", "challenges=isolation", "--set", "challenges_other=الجفاف")  # fmt: skip
    second = out.strip().splitlines()[-1]
    code, out = run_cli(db_path, capsys, "show", second, "--json")
    assert "challenges_other" not in json.loads(out)["data"], out


def test_cooperative_legal_form_and_sectors_have_choices(cooperative_form: FormSpec) -> None:
    assert "cooperative" in [c.value for c in _field(cooperative_form, "legal_form").choices]
    assert {"olives", "argan", "other"} <= {c.value for c in _field(cooperative_form, "sectors").choices}


def test_visit_fields(visit_form: FormSpec) -> None:
    cooperative = _field(visit_form, "cooperative")
    assert (cooperative.type, cooperative.form, cooperative.required) == ("reference", "cooperative", True)
    visit_date = _field(visit_form, "visit_date")
    assert (visit_date.type, visit_date.required) == ("date", True)
    observations = _field(visit_form, "observations")
    assert observations.type in TEXT_TYPES and observations.required
    for name in ("agent", "participants", "problems"):
        assert _field(visit_form, name).type in TEXT_TYPES
    assert _field(visit_form, "purpose").type in ("select_one", *TEXT_TYPES)
    assert _field(visit_form, "next_follow_up").type == "date"
    assert _field(visit_form, "photos").type == "photos"
    assert _field(visit_form, "location").type == "geopoint"
    workshop = _field(visit_form, "workshop")
    assert (workshop.type, workshop.form, workshop.required) == ("reference", "workshop", False)


def test_visit_recommendations_group(visit_form: FormSpec) -> None:
    group = _field(visit_form, "recommendations")
    assert group.type == "group"
    assert [sub.name for sub in group.fields] == ["action", "responsible", "due_date", "done_on", "done_note"]
    assert group.subfield("action").type in TEXT_TYPES
    assert group.subfield("action").required
    assert group.subfield("responsible").type in TEXT_TYPES
    assert group.subfield("due_date").type == "date"
    assert group.subfield("done_on").type == "date" and group.subfield("done_note").type in TEXT_TYPES


def test_a_workshop_needs_only_its_title_and_its_sessions_each_their_theme(store: Store) -> None:
    """The workshop form as the store takes it: a title is enough; dates, places, people and sessions are kept as
    given; a session needs its theme (the problem names the entry); the end cannot come before the start."""
    assert store.get(store.create("workshop", {"title": "لقاء مريرت"})).data == {"title": "لقاء مريرت"}
    full = {
        "title": "لقاء مريرت", "start_date": "2025-05-17", "end_date": "2025-05-18", "place": "دار الشباب",
        "province": "خنيفرة", "commune": "مريرت", "organisers": "المديرية", "partners": "الجمعية",
        "participants": "التعاونيات", "participants_count": 40, "summary": "ملخص",
        "sessions": [{"theme": "التسويق", "diagnosis": "ضعف", "recommendations": "معرض"}, {"theme": "الجودة"}],
    }  # fmt: skip
    assert store.get(store.create("workshop", full)).data == full
    with pytest.raises(ValidationFailed) as missing:
        store.create("workshop", {**full, "title": ""})
    assert [(p.path, p.code) for p in missing.value.problems] == [("title", "required")]
    with pytest.raises(ValidationFailed) as no_theme:
        store.create("workshop", {**full, "sessions": [{"theme": "التسويق"}, {"diagnosis": "بلا موضوع"}]})
    assert [(p.path, p.code) for p in no_theme.value.problems] == [
        ("sessions[2].theme", "required")
    ]  # counted from 1, as shown
    with pytest.raises(ValidationFailed) as backwards:
        store.create("workshop", {**full, "end_date": "2025-05-16"})
    assert [p.path for p in backwards.value.problems] == ["end_date"]
    assert store.count("workshop") == 2  # the refused ones wrote nothing


def test_workshop_sessions_group(workshop_form: FormSpec) -> None:
    group = _field(workshop_form, "sessions")
    assert group.type == "group"
    assert [sub.name for sub in group.fields] == ["theme", "diagnosis", "recommendations"]
    for sub in group.fields:
        assert sub.type in TEXT_TYPES
    assert group.subfield("theme").required


def test_relevance_and_constraints_of_the_issue(cooperative_form: FormSpec, visit_form: FormSpec) -> None:
    other = _field(cooperative_form, "challenges_other")
    assert other.relevant is not None and other.relevant.field_names == {"challenges"}
    assert _field(cooperative_form, "members_women").constraint.field_names == {"members_total"}
    assert _field(visit_form, "visit_date").constraint is not None
    assert _field(visit_form, "next_follow_up").constraint.field_names == {"visit_date"}
