"""The form files shipped in forms/: they load, they are fully translated, they hold the fields the issue lists."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.errors import InvalidInput
from app.core.forms import NAME, FieldSpec, FormRegistry, FormSpec, load_form, load_form_directory
from app.resources import forms_dir

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
}
COOPERATIVE_TEXTS = [
    "products", "province", "commune", "village", "president", "partners", "support_received",
    "training_needs", "notes",
]  # fmt: skip

CHALLENGES = [
    "isolation", "lack_of_partners", "lack_of_training", "member_disharmony", "marketing_problems",
    "state_support_dependence", "quality_packaging", "legal_status", "social_coverage", "other",
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


def test_cooperative_challenges_have_the_ten_values(cooperative_form: FormSpec) -> None:
    values = [choice.value for choice in _field(cooperative_form, "challenges").choices]
    assert values == CHALLENGES


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
    assert [sub.name for sub in group.fields] == ["action", "responsible", "due_date"]
    assert group.subfield("action").type in TEXT_TYPES
    assert group.subfield("action").required
    assert group.subfield("responsible").type in TEXT_TYPES
    assert group.subfield("due_date").type == "date"


def test_workshop_fields(workshop_form: FormSpec) -> None:
    title = _field(workshop_form, "title")
    assert title.type == "text" and title.required
    for name in ("start_date", "end_date"):
        assert _field(workshop_form, name).type == "date"
    for name in ("place", "province", "commune", "organisers", "partners", "participants", "summary"):
        assert _field(workshop_form, name).type in TEXT_TYPES
    assert [spec.name for spec in workshop_form.fields if spec.required] == ["title"]


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
