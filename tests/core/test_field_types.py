"""A field type is one class: the loader refuses a key the field's type does not read (naming it, in three
languages), and each type's display, history text, search words, sort key, links and command-line reading are
those the rest of the application relied on before the types had a home."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from kinds_form import kinds_forms

from app.cli.changes_input import read_changes
from app.cli.choices import draft_warnings, resolve_input
from app.core.changes import shown_value
from app.core.display import format_value
from app.core.errors import FormDefinitionError, InvalidInput
from app.core.field_types import COMMON_KEYS, FIELD_KEYS, TYPES
from app.core.forms import FieldSpec, FormSpec, load_form_directory, parse_form
from app.core.sort_key import text_key, value_key
from app.core.validation import Link, clean_record, links

LANGS = ("ar", "fr", "en")
LABEL = {"ar": "مكسور", "fr": "Cassé", "en": "Broken"}
CHOICES = [
    {"value": "yes", "ar": "نعم", "fr": "Oui", "en": "Yes"},
    {"value": "no", "ar": "لا", "fr": "Non", "en": "No"},
]
SUB_FIELDS = [{"name": "what", "type": "text", "label": LABEL}]

# The least each type needs to load: a key it requires, or nothing.
MINIMAL: dict[str, dict[str, Any]] = {
    "select_one": {"choices": CHOICES},
    "select_multiple": {"choices": CHOICES},
    "reference": {"form": "sample"},
    "group": {"fields": SUB_FIELDS},
}
# For every key some type reads, a value the type that reads it would accept: refused only for being misplaced.
GOOD_VALUE = {
    "min": 1, "max": 5, "min_length": 1, "max_length": 9, "min_items": 1, "max_items": 3, "choices": CHOICES,
    "form": "sample", "fields": SUB_FIELDS, "item_title_field": "what", "region": "title", "commune": "title",
}  # fmt: skip


def form_source(field: dict[str, Any]) -> str:
    document = {
        "form": "sample",
        "version": 1,
        "label": LABEL,
        "sections": [{"name": "main", "label": LABEL, "fields": [{"name": "title", "type": "text", "label": LABEL},
                                                                 field]}],
    }  # fmt: skip
    return yaml.safe_dump(json.loads(json.dumps(document)), allow_unicode=True)  # no shared node: no YAML alias


def broken(kind: str, **extra: Any) -> dict[str, Any]:
    return {"name": "broken", "type": kind, "label": LABEL, **MINIMAL.get(kind, {}), **extra}


def refused(source: str) -> FormDefinitionError:
    with pytest.raises(FormDefinitionError) as caught:
        parse_form(source, file="sample.yaml", stem="sample")
    return caught.value


FOREIGN = [(kind, key) for kind in TYPES for key in sorted(FIELD_KEYS - COMMON_KEYS - TYPES[kind].keys)]


def test_every_key_is_read_by_some_type_and_every_type_is_tested() -> None:
    assert set(GOOD_VALUE) == FIELD_KEYS - COMMON_KEYS
    assert {kind for kind, _ in FOREIGN} == set(TYPES)  # each type has keys it refuses, and each is tried


@pytest.mark.parametrize("kind", sorted(TYPES))
def test_each_type_loads_with_its_own_keys(kind: str) -> None:
    own = {key: GOOD_VALUE[key] for key in TYPES[kind].keys}
    if kind == "date":
        own = {"min": "2020-01-01", "max": "2030-12-31"}
    if kind == "province":
        own = {"commune": "title"}  # its `region` must name a choice field, which the sample form lacks
    form = parse_form(form_source(broken(kind, **own)), file="sample.yaml", stem="sample")
    assert form.field("broken") is not None and form.field("broken").field_type is TYPES[kind]


@pytest.mark.parametrize(("kind", "key"), FOREIGN, ids=[f"{kind}-{key}" for kind, key in FOREIGN])
def test_the_loader_refuses_a_key_the_type_does_not_read(kind: str, key: str) -> None:
    error = refused(form_source(broken(kind, **{key: GOOD_VALUE[key]})))
    assert error.code == "form_key_not_for_type", (error.code, error.params)
    assert error.field_path == "broken"
    texts = {lang: error.message(lang) for lang in LANGS}
    for lang, text in texts.items():
        assert "sample.yaml" in text and "broken" in text, (lang, text)
        assert f"{key}" in text and kind in text, (lang, text)
        assert not {"{key}", "{type}", "{accepted}"} & set(re.findall(r"\{[a-z]+\}", text)), (lang, text)
        for accepted in TYPES[kind].keys:  # the message says which keys the type does read
            assert accepted in text, (lang, text)
    assert len(set(texts.values())) == 3
    assert re.search(r"[\u0600-\u06ff]", texts["ar"])


@pytest.mark.parametrize(
    ("field", "key"),
    [
        ({"choices": CHOICES}, "choices"),  # a text field with choices
        ({"form": "nowhere"}, "form"),  # a reference's target on a text field
        ({"fields": [1, 2, 3]}, "fields"),  # a group's fields (and not even field definitions) on a text field
    ],
    ids=["choices", "form_nowhere", "fields_1_2_3"],
)
def test_the_issue_s_examples_are_refused_naming_the_key(field: dict[str, Any], key: str) -> None:
    error = refused(form_source(broken("text", **field)))
    assert (error.code, error.params["key"]) == ("form_key_not_for_type", key)
    assert (
        f"“{key}”" in error.message("en") and f"« {key} »" in error.message("fr") and f"«{key}»" in error.message("ar")
    )


def test_a_group_whose_fields_are_not_field_definitions_is_refused() -> None:
    error = refused(form_source(broken("group", fields=[1, 2, 3])))
    assert error.code == "form_not_mapping" and error.params["key"] == "fields"


def test_a_reference_to_a_form_that_does_not_exist_is_refused(tmp_path: Path) -> None:
    (tmp_path / "sample.yaml").write_text(form_source(broken("reference", form="nowhere")), encoding="utf-8")
    with pytest.raises(FormDefinitionError) as caught:
        load_form_directory(tmp_path)
    assert caught.value.code == "form_unknown_reference" and "nowhere" in caught.value.message("en")


def test_a_key_no_type_reads_is_still_an_unknown_key() -> None:
    error = refused(form_source(broken("text", requird=True)))
    assert (error.code, error.params["key"]) == ("form_unknown_key", "requird")


def test_the_readme_lists_each_type_with_the_keys_it_reads() -> None:
    readme = (Path(__file__).resolve().parents[2] / "forms" / "README.md").read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| `([a-z_]+)` \|[^|]*\|([^|]*)\|$", readme, flags=re.M))
    assert set(rows) == set(TYPES)
    for kind, extra in rows.items():
        assert set(re.findall(r"`([a-z_]+)`", extra)) == TYPES[kind].keys, kind


def test_text_types_get_their_default_length_limit() -> None:
    form = kinds_forms().get("kinds")
    assert (form.field("text").max_length, form.field("long_text").max_length) == (500, 20000)


# --- what each type does with a value ------------------------------------------------------------------------------

PLACE_ID = "0b0c0d0e-1f20-4a2b-8c3d-4e5f60718293"
SHA_A, SHA_B = "a" * 64, "b" * 64
TITLES = {PLACE_ID: "تعاونية الأمل"}


@pytest.fixture(scope="module")
def kinds() -> FormSpec:
    return kinds_forms().get("kinds")


# type: (stored value, shown in en, shown in ar, in a record's history in fr, searched outside titles, sort key)
BEHAVIOUR: dict[str, tuple[Any, str, str, str, list[str], Any]] = {
    "text": ("Tighza 10", "Tighza 10", "Tighza 10", "Tighza 10", ["Tighza 10"], text_key("Tighza 10")),
    "long_text": ("Une ligne\nDeux", "Une ligne\nDeux", "Une ligne\nDeux", "Une ligne\nDeux", ["Une ligne\nDeux"],
                  text_key("Une ligne\nDeux")),
    "integer": (42, "42", "42", "42", [], 42),
    "decimal": (3.5, "3.5", "3.5", "3.5", [], 3.5),
    "date": ("2025-05-17", "2025-05-17", "17/05/2025", "17/05/2025", [], "2025-05-17"),  # stored and searched ISO
    "select_one": ("argan", "Argan", "الأركان", "Argan", ["الأركان", "Argan"], 1),
    "select_multiple": (["olives", "argan"], "Olives and olive oil, Argan", "الزيتون وزيت الزيتون، الأركان",
                        "Olives et huile d'olive, Argan",
                        ["الزيتون وزيت الزيتون", "Olives et huile d'olive", "Olives and olive oil", "الأركان", "Argan"],
                        "0000 0001"),  # the places of its choices in the form, as a single choice
    "phone": ("+212612345678", "+212612345678", "+212612345678", "+212612345678", ["+212612345678"],
              text_key("+212612345678")),
    "reference": (PLACE_ID, "تعاونية الأمل", "تعاونية الأمل", "تعاونية الأمل", [], text_key(PLACE_ID)),
    "geopoint": ({"lat": 31.5, "lon": -5.25}, "31.5, -5.25", "31.5, -5.25", "31.5, -5.25", [],
                 text_key(str({"lat": 31.5, "lon": -5.25}))),
    "photos": ([{"sha256": SHA_A, "name": "puits.jpg"}, {"sha256": SHA_B}], "puits.jpg, bbbbbbbbbbbb",
               "puits.jpg, bbbbbbbbbbbb", "puits.jpg, bbbbbbbbbbbb", [], None),
    "group": ([{"what": "Irrigation", "kind": "argan", "place": PLACE_ID}, {"what": "Bois"}],
              "1. Irrigation | Argan | تعاونية الأمل\n2. Bois", "1. Irrigation | الأركان | تعاونية الأمل\n2. Bois",
              "1. Irrigation | Argan | تعاونية الأمل\n2. Bois", ["Irrigation", "الأركان", "Argan", "Bois"], None),
    # An official province by its code: its official names and its name alone searched, sorted by its place in the
    # official list (the 64th: after the 59 of the first eight regions and 4 of Souss-Massa).
    "province": ("tiznit", "Tiznit Province", "إقليم تيزنيت", "Province de Tiznit",
                 ["إقليم تيزنيت", "Province de Tiznit", "Tiznit Province", "تيزنيت", "Tiznit"], 63),
}  # fmt: skip
LEFT_TO_RIGHT = {"integer", "decimal", "date", "phone", "geopoint"}


def test_every_type_is_described() -> None:
    assert set(BEHAVIOUR) == set(TYPES)


@pytest.mark.parametrize("kind", sorted(BEHAVIOUR))
def test_display_history_search_and_sort_of_each_type(kind: str, kinds: FormSpec) -> None:
    spec = kinds.field(kind)
    assert spec is not None and spec.field_type is TYPES[kind]
    value, en, ar, history_fr, searched, key = BEHAVIOUR[kind]
    assert clean_record(kinds, {kind: value}) == {kind: value}  # a stored value, as the store keeps it
    assert format_value(spec, value, "en", titles=TITLES.get) == en
    assert format_value(spec, value, "ar", titles=TITLES.get) == ar
    assert format_value(spec, None, "en") == ""
    assert shown_value(spec, value, "fr", titles=TITLES.get) == history_fr
    isolated = format_value(spec, value, "ar", titles=TITLES.get, isolate=True)
    assert isolated == (f"\u2066{ar}\u2069" if kind in LEFT_TO_RIGHT else ar)
    assert [text for _, text in spec.field_type.search_texts(spec, value, path=kind, titled=False)] == searched
    titled = [text for _, text in spec.field_type.search_texts(spec, value, path=kind, titled=True)]
    assert titled == (searched or [value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)])
    if key is not None:
        assert value_key(spec, value) == key
    assert value_key(spec, None) is None and value_key(spec, "") is None


def test_sort_keys_of_values_outside_their_type() -> None:
    form = kinds_forms().get("kinds")
    assert value_key(form.field("select_one"), "unknown") == text_key("unknown")  # a draft's text: sorted as text
    assert value_key(form.field("integer"), "12 abc") == text_key("12 abc")
    assert value_key(form.field("date"), "2025-05-17") == "2025-05-17"
    assert value_key(None, ["a", "b"]) == text_key("a b")
    assert value_key(form.field("select_one"), "dairy") == 2  # the form's order, not the alphabet's


def test_links_are_found_in_references_photos_and_group_entries(kinds: FormSpec) -> None:
    data = {kind: BEHAVIOUR[kind][0] for kind in ("reference", "photos", "group", "text")}
    assert list(links(kinds, data)) == [
        Link("reference", "reference", PLACE_ID, "place"),
        Link("photos", "photo", SHA_A),
        Link("photos", "photo", SHA_B),
        Link("group[1].place", "reference", PLACE_ID, "place"),
    ]


def test_group_search_paths_name_the_entry_field(kinds: FormSpec) -> None:
    spec = kinds.field("group")
    value = BEHAVIOUR["group"][0]
    paths = [path for path, _ in spec.field_type.search_texts(spec, value, path="group", titled=False)]
    assert paths == ["group.what", "group.kind", "group.kind", "group.what"]  # the reference is not followed


# --- the command line ----------------------------------------------------------------------------------------------


class _Store:
    """The little of a store that naming a record needs: the forms, and the records of one form."""

    def __init__(self) -> None:
        self.forms = kinds_forms()

    def records_of(self, form: str) -> list[Any]:
        class Record:
            id = PLACE_ID
            data = {"name": "Tighza"}

        return [Record()] if form == "place" else []


@pytest.mark.parametrize(
    ("kind", "typed", "stored"),
    [
        ("text", "  Tighza  ", "Tighza"),
        ("long_text", "a\r\nb", "a\nb"),
        ("integer", "٤٢", 42),
        ("decimal", "3,5", 3.5),
        ("date", "17/05/2025", "2025-05-17"),
        ("select_one", "ARGAN", "argan"),
        ("select_one", "الاركان", "argan"),  # without its hamza, folded as search folds it
        ("select_multiple", "Argan، olives", ["olives", "argan"]),
        ("phone", "06 12 34 56 78", "+212612345678"),
        ("province", "تزنيت", "tiznit"),  # as the matching reads it: a letter missing, the article, the kind's word
        ("province", "Province de Tiznit", "tiznit"),
        ("province", "tiznit", "tiznit"),
        ("reference", "tighza", PLACE_ID),
        ("reference", PLACE_ID.upper(), PLACE_ID),
        ("geopoint", "31.5 -5.25", {"lat": 31.5, "lon": -5.25}),
        ("geopoint", '{"lat": 31.5, "lon": -5.25, "alt": 1200}', {"lat": 31.5, "lon": -5.25, "alt": 1200.0}),
        ("group", '[{"what": "Bois", "kind": "Lait et produits laitiers", "place": "Tighza"}]',
         [{"what": "Bois", "kind": "dairy", "place": PLACE_ID}]),
    ],
)  # fmt: skip
def test_command_line_input_of_each_type(kinds: FormSpec, kind: str, typed: str, stored: Any) -> None:
    data, photos = read_changes(kinds, [f"{kind}={typed}"], None)
    resolved = resolve_input(_Store(), kinds, data, draft=False, lang="en")
    assert clean_record(kinds, resolved) == {kind: stored} and photos == []


def test_command_line_photos_are_files_separated_by_semicolons(kinds: FormSpec, tmp_path: Path) -> None:
    spec = kinds.field("photos")
    assert spec.field_type.from_cli(spec, " a.jpg ;; b.png") == [{"path": "a.jpg"}, {"path": "b.png"}]
    with pytest.raises(InvalidInput) as caught:
        read_changes(kinds, [f"photos={tmp_path / 'missing.jpg'}"], None)
    assert caught.value.code == "photo_unreadable"


@pytest.mark.parametrize("kind", ["group", "geopoint"])
def test_command_line_bad_json_names_the_field(kinds: FormSpec, kind: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        read_changes(kinds, [f"{kind}={{nope"], None)
    assert caught.value.code == "bad_json" and caught.value.params["detail"].startswith(f"{kind}:")


def test_an_unknown_choice_is_refused_but_kept_by_a_draft_with_a_warning(kinds: FormSpec) -> None:
    given = {"select_one": "figs", "select_multiple": "argan; figs", "group": [{"kind": "dates"}]}
    with pytest.raises(InvalidInput) as caught:
        resolve_input(_Store(), kinds, given, draft=False, lang="fr")
    assert caught.value.code == "cli_unknown_choice" and "argan (Argan)" in caught.value.message("fr")
    kept = resolve_input(_Store(), kinds, given, draft=True, lang="fr")
    assert kept == {"select_one": "figs", "select_multiple": ["argan", "figs"], "group": [{"kind": "dates"}]}
    warnings = draft_warnings(kinds, kept, "en")
    assert len(warnings) == 3 and all("olives (Olives and olive oil)" in line for line in warnings)
    assert ["figs" in warnings[0], "figs" in warnings[1], "dates" in warnings[2]] == [True, True, True]


def test_a_field_spec_built_by_hand_has_its_type() -> None:
    assert FieldSpec(name="x", type="phone", label=LABEL).field_type is TYPES["phone"]
