"""Broken form files: each is refused with a FormDefinitionError naming the file, the field and the problem.

Nothing but a FormDefinitionError may come out of the loader, whatever the file holds: forms also arrive inside
database files merged from other laptops (app/db/forms_table.py parses them with `parse_form`).
"""

from __future__ import annotations

import json
import string
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.errors import FormDefinitionError, InvalidInput
from app.core.forms import FormSpec, load_form, load_form_directory, parse_form
from app.core.messages import MESSAGES

LANGS = ("ar", "fr", "en")

HEADER = """\
form: {name}
version: {version}
label: {{ar: عينة, fr: Échantillon, en: Sample}}
title_fields: [title]
{header_extra}sections:
  - name: main
    label: {{ar: رئيسي, fr: Principal, en: Main}}
    fields:
      - name: title
        type: text
        required: true
        label: {{ar: العنوان, fr: Titre, en: Title}}
      - name: total
        type: integer
        min: 0
        label: {{ar: المجموع, fr: Total, en: Total}}
"""


def form_text(fields: str = "", *, name: str = "sample", version: str = "1", header_extra: str = "") -> str:
    """A small valid form, with `fields` (YAML, indented 6 spaces) appended to its only section."""
    return HEADER.format(name=name, version=version, header_extra=header_extra) + fields


def field(body: str) -> str:
    """A field block: `body` is YAML at 8 spaces after `- name: broken` (given here without indentation)."""
    lines = ["      - name: broken"] + ["        " + line for line in body.strip("\n").splitlines()]
    return "\n".join(lines) + "\n"


LABEL = "label: {ar: مكسور, fr: Cassé, en: Broken}"


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def assert_names(error: FormDefinitionError, path: Path, code: str, field_name: str | None) -> None:
    assert error.code == code, (error.code, error.params)
    assert error.file == str(path)
    assert isinstance(error, InvalidInput)
    messages = {lang: error.message(lang) for lang in LANGS}
    for lang, text in messages.items():
        assert str(path) in text, (lang, text)
        if field_name is not None:
            assert field_name in text, (lang, text)
        for template in (MESSAGES[code][lang], MESSAGES["form_error_where"][lang]):
            for name in _placeholders(template):
                assert "{" + name + "}" not in text, (lang, text)
    assert len(set(messages.values())) == 3, "the three languages give the same text"
    assert str(error) == messages["en"]


def test_the_base_form_of_these_tests_is_valid(write_form: Callable[[str, str], Path]) -> None:
    form = load_form(write_form("sample", form_text()))
    assert form.name == "sample" and [f.name for f in form.fields] == ["title", "total"]
    extended = load_form(write_form("sample", form_text(field(f"type: text\n{LABEL}"))))
    assert extended.field("broken") is not None


# (id, text, expected code, field the message must name or None)
BROKEN: list[tuple[str, str, str, str | None]] = [
    ("yaml_syntax", "form: sample\nversion: 1\nlabel: {ar: a, fr: b\n", "form_yaml_syntax", None),
    ("yaml_bad_indent", "form: sample\n  version: 1\n - x\n", "form_yaml_syntax", None),
    ("yaml_tab", form_text(field(f"type: text\n{LABEL}")).replace("        type", "\ttype"), "form_yaml_syntax", None),
    ("empty_file", "", "form_not_mapping", None),
    ("a_list_not_a_form", "- form: sample\n", "form_not_mapping", None),
    ("a_plain_string", "just some words\n", "form_not_mapping", None),
    # labels in every language
    ("label_without_en", form_text(field("type: text\nlabel: {ar: مكسور, fr: Cassé}")), "form_missing_translation", "broken"),
    ("label_without_ar", form_text(field("type: text\nlabel: {fr: Cassé, en: Broken}")), "form_missing_translation", "broken"),
    ("label_with_empty_fr", form_text(field("type: text\nlabel: {ar: مكسور, fr: '  ', en: Broken}")), "form_missing_translation", "broken"),
    ("label_yaml_boolean", form_text(field("type: text\nlabel: {ar: لا, fr: Non, en: No}")), "form_missing_translation", "broken"),  # YAML reads No as false
    ("label_not_a_mapping", form_text(field("type: text\nlabel: Broken")), "form_not_mapping", "broken"),
    ("label_missing", form_text(field("type: text")), "form_missing_key", "broken"),
    ("hint_without_fr", form_text(field(f"type: text\n{LABEL}\nhint: {{ar: تلميح, en: Hint}}")), "form_missing_translation", "broken"),
    ("choice_without_en", form_text(field(f"type: select_one\n{LABEL}\nchoices:\n  - {{value: yes_, ar: نعم, fr: Oui}}")), "form_missing_translation", "broken"),
    ("constraint_message_without_ar", form_text(field(f"type: integer\n{LABEL}\nconstraint: '. > 0'\nconstraint_message: {{fr: Non, en: Not allowed}}")), "form_missing_translation", "broken"),
    ("form_label_without_en", form_text().replace("label: {ar: عينة, fr: Échantillon, en: Sample}", "label: {ar: عينة, fr: Échantillon}"), "form_missing_translation", None),
    # types
    ("unknown_type", form_text(field(f"type: colour\n{LABEL}")), "form_unknown_type", "broken"),
    ("type_missing", form_text(field(LABEL)), "form_missing_key", "broken"),
    ("type_not_text", form_text(field(f"type: [text]\n{LABEL}")), "form_unknown_type", "broken"),
    # duplicate names
    ("duplicate_field_same_section", form_text("      - name: title\n        type: text\n        " + LABEL + "\n"), "form_duplicate_name", "title"),
    ("duplicate_field_other_section", form_text("  - name: second\n    label: {ar: ثان, fr: Second, en: Second}\n    fields:\n      - name: total\n        type: integer\n        " + LABEL + "\n"), "form_duplicate_name", "total"),
    ("duplicate_section", form_text("  - name: main\n    label: {ar: ثان, fr: Second, en: Second}\n    fields:\n      - name: other\n        type: integer\n        " + LABEL + "\n"), "form_duplicate_name", "main"),
    ("duplicate_in_group", form_text(field(f"type: group\n{LABEL}\nfields:\n  - {{name: a, type: text, {LABEL}}}\n  - {{name: a, type: date, {LABEL}}}")), "form_duplicate_name", "a"),
    ("duplicate_choice", form_text(field(f"type: select_one\n{LABEL}\nchoices:\n  - {{value: a, ar: أ, fr: A, en: A}}\n  - {{value: a, ar: ب, fr: B, en: B}}")), "form_duplicate_name", "a"),
    # choices
    ("select_one_without_choices", form_text(field(f"type: select_one\n{LABEL}")), "form_no_choices", "broken"),
    ("select_multiple_empty_choices", form_text(field(f"type: select_multiple\n{LABEL}\nchoices: []")), "form_no_choices", "broken"),
    ("choices_not_a_list", form_text(field(f"type: select_one\n{LABEL}\nchoices: yes")), "form_no_choices", "broken"),
    ("choice_bad_value", form_text(field(f"type: select_one\n{LABEL}\nchoices:\n  - {{value: Oui, ar: نعم, fr: Oui, en: Agreed}}")), "form_bad_name", "broken"),
    ("choice_value_missing", form_text(field(f"type: select_one\n{LABEL}\nchoices:\n  - {{ar: نعم, fr: Oui, en: Agreed}}")), "form_missing_key", "broken"),
    ("choice_unknown_key", form_text(field(f"type: select_one\n{LABEL}\nchoices:\n  - {{value: a, ar: نعم, fr: Oui, en: Agreed, de: Ja}}")), "form_unknown_key", "broken"),
    # expressions
    ("expression_syntax", form_text(field(f"type: integer\n{LABEL}\nrelevant: 'total =='")), "form_bad_expression", "broken"),
    ("expression_eval_attempt", form_text(field(f"type: integer\n{LABEL}\nrelevant: \"__import__('os')\"")), "form_bad_expression", "broken"),
    ("expression_arithmetic", form_text(field(f"type: integer\n{LABEL}\nconstraint: '. = total + 1'\nconstraint_message: {{ar: لا, fr: Non, en: Not allowed}}")), "form_bad_expression", "broken"),
    ("expression_unbalanced", form_text(field(f"type: integer\n{LABEL}\nrelevant: '(total > 1'")), "form_bad_expression", "broken"),
    ("expression_not_text", form_text(field(f"type: integer\n{LABEL}\nrelevant: 12")), "form_bad_expression", "broken"),
    ("expression_unknown_field", form_text(field(f"type: integer\n{LABEL}\nrelevant: 'nowhere > 1'")), "form_expression_unknown_field", "broken"),
    ("constraint_unknown_field", form_text(field(f"type: integer\n{LABEL}\nconstraint: '. <= totl'\nconstraint_message: {{ar: لا, fr: Non, en: Not allowed}}")), "form_expression_unknown_field", "broken"),
    ("group_expression_outside_entry", form_text(field(f"type: group\n{LABEL}\nfields:\n  - {{name: a, type: integer, {LABEL}, relevant: 'nothing_here = 1'}}")), "form_expression_unknown_field", "a"),
    ("constraint_without_message", form_text(field(f"type: integer\n{LABEL}\nconstraint: '. > 0'")), "form_missing_key", "broken"),
    # unknown keys
    ("unknown_field_key", form_text(field(f"type: text\n{LABEL}\ncolour: red")), "form_unknown_key", "broken"),
    ("misspelt_required", form_text(field(f"type: text\n{LABEL}\nrequried: true")), "form_unknown_key", "broken"),
    ("unknown_form_key", form_text(header_extra="author: someone\n"), "form_unknown_key", None),
    ("unknown_section_key", form_text().replace("  - name: main\n", "  - name: main\n    colour: red\n"), "form_unknown_key", None),
    # references
    ("reference_without_form", form_text(field(f"type: reference\n{LABEL}")), "form_missing_key", "broken"),
    ("reference_bad_form_name", form_text(field(f"type: reference\n{LABEL}\nform: Other Form")), "form_bad_name", "broken"),
    # form name and version
    ("form_name_not_identifier", form_text(name="Sample"), "form_bad_name", None),
    ("version_zero", form_text(version="0"), "form_bad_value", None),
    ("version_negative", form_text(version="-2"), "form_bad_value", None),
    ("version_text", form_text(version="'1'"), "form_bad_value", None),
    ("version_decimal", form_text(version="1.5"), "form_bad_value", None),
    ("version_bool", form_text(version="true"), "form_bad_value", None),
    ("version_null", form_text(version="null"), "form_bad_value", None),
    ("version_missing", form_text().replace("version: 1\n", ""), "form_missing_key", None),
    # values of keys
    ("required_not_bool", form_text(field(f"type: text\n{LABEL}\nrequired: 'yes please'")), "form_bad_value", "broken"),
    ("max_length_negative", form_text(field(f"type: text\n{LABEL}\nmax_length: -1")), "form_bad_value", "broken"),
    ("min_on_text", form_text(field(f"type: text\n{LABEL}\nmin: 3")), "form_key_not_for_type", "broken"),  # text reads no min
    ("min_not_a_number", form_text(field(f"type: integer\n{LABEL}\nmin: many")), "form_bad_value", "broken"),
    ("date_max_impossible", form_text(field(f"type: date\n{LABEL}\nmax: '2025-02-30'")), "form_bad_value", "broken"),
    ("field_not_a_mapping", form_text("      - just a string\n"), "form_not_mapping", None),
    ("no_sections", form_text().split("sections:")[0] + "sections: []\n", "form_bad_value", None),
    ("section_without_fields", form_text("  - name: empty\n    label: {ar: فارغ, fr: Vide, en: Empty}\n    fields: []\n"), "form_no_fields", "empty"),
    ("group_without_fields", form_text(field(f"type: group\n{LABEL}")), "form_no_fields", "broken"),
    ("group_in_group", form_text(field(f"type: group\n{LABEL}\nfields:\n  - name: inner\n    type: group\n    {LABEL}\n    fields:\n      - {{name: a, type: text, {LABEL}}}")), "form_bad_value", "broken"),
    ("item_title_not_a_sub_field", form_text(field(f"type: group\n{LABEL}\nitem_title_field: title\nfields:\n  - {{name: a, type: text, {LABEL}}}")), "form_bad_value", "broken"),
    ("title_fields_unknown", form_text().replace("title_fields: [title]", "title_fields: [nowhere]"), "form_bad_value", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "code", "field_name"), [case[1:] for case in BROKEN], ids=[c[0] for c in BROKEN])
def test_broken_form_is_refused_with_file_field_and_code(
    write_form: Callable[[str, str], Path], text: str, code: str, field_name: str | None
) -> None:
    path = write_form("sample", text)
    with pytest.raises(FormDefinitionError) as caught:
        load_form(path)
    assert_names(caught.value, path, code, field_name)


BAD_NAMES = ["Name-1", "1abc", "x; DROP TABLE", "name with space", "Title", "é_accent", "اسم", "a" * 64, "_x", "a-b"]


@pytest.mark.parametrize("bad", BAD_NAMES)
def test_a_field_name_that_is_not_an_identifier_is_refused(write_form: Callable[[str, str], Path], bad: str) -> None:
    text = form_text(
        field(f"type: text\n{LABEL}").replace("name: broken", f"name: {json.dumps(bad, ensure_ascii=False)}")
    )
    assert yaml.safe_load(text)["sections"][0]["fields"][-1]["name"] == bad  # the test writes what it means
    path = write_form("sample", text)
    with pytest.raises(FormDefinitionError) as caught:
        load_form(path)
    assert_names(caught.value, path, "form_bad_name", bad)


@pytest.mark.parametrize("bad", ["Name-1", "1abc", "x; DROP TABLE", ""])
def test_a_section_name_that_is_not_an_identifier_is_refused(write_form: Callable[[str, str], Path], bad: str) -> None:
    path = write_form(
        "sample", form_text().replace("  - name: main\n", f"  - name: {json.dumps(bad, ensure_ascii=False)}\n")
    )
    with pytest.raises(FormDefinitionError) as caught:
        load_form(path)
    assert_names(caught.value, path, "form_bad_name", None)


@pytest.mark.parametrize("bad", ["", 12, None, ["a"]])
def test_a_field_name_that_is_not_text_is_refused(write_form: Callable[[str, str], Path], bad: Any) -> None:
    text = form_text(
        field(f"type: text\n{LABEL}").replace("name: broken", f"name: {json.dumps(bad, ensure_ascii=False)}")
    )
    path = write_form("sample", text)
    with pytest.raises(FormDefinitionError) as caught:
        load_form(path)
    assert_names(caught.value, path, "form_bad_name", None)


def test_the_form_name_must_match_the_file_name(write_form: Callable[[str, str], Path]) -> None:
    path = write_form("other", form_text())
    with pytest.raises(FormDefinitionError) as caught:
        load_form(path)
    assert_names(caught.value, path, "form_name_mismatch", None)
    for lang in LANGS:
        assert "other" in caught.value.message(lang) and "sample" in caught.value.message(lang)


def test_a_reference_to_a_form_that_is_not_loaded_is_refused_by_the_directory_loader(
    write_form: Callable[[str, str], Path],
) -> None:
    path = write_form("sample", form_text(field(f"type: reference\n{LABEL}\nform: nowhere")))
    assert load_form(path).field("broken").form == "nowhere"  # one file alone cannot know the other forms
    with pytest.raises(FormDefinitionError) as caught:
        load_form_directory(path.parent)
    assert_names(caught.value, path, "form_unknown_reference", "broken")
    for lang in LANGS:
        assert "nowhere" in caught.value.message(lang)


def test_a_reference_inside_a_group_is_checked_too(write_form: Callable[[str, str], Path]) -> None:
    group = f"type: group\n{LABEL}\nfields:\n  - {{name: link, type: reference, form: nowhere, {LABEL}}}"
    path = write_form("sample", form_text(field(group)))
    with pytest.raises(FormDefinitionError) as caught:
        load_form_directory(path.parent)
    assert_names(caught.value, path, "form_unknown_reference", "link")


def test_references_between_forms_of_one_directory_are_accepted(write_form: Callable[[str, str], Path]) -> None:
    write_form("sample", form_text(field(f"type: reference\n{LABEL}\nform: target")))
    target = form_text(name="target").replace("title_fields: [title]\n", "")
    path = write_form("target", target)
    registry = load_form_directory(path.parent)
    assert sorted(registry.names()) == ["sample", "target"]
    assert registry.get("sample").field("broken").form == "target"
    assert registry.get("target").title_fields == ("title",)  # the first field when none is given


def test_one_broken_file_stops_the_directory_from_loading(write_form: Callable[[str, str], Path]) -> None:
    write_form("sample", form_text())
    broken = write_form("zzz", form_text(name="zzz", version="0"))
    with pytest.raises(FormDefinitionError) as caught:
        load_form_directory(broken.parent)
    assert caught.value.file == str(broken)


def test_a_file_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "sample.yaml"
    path.write_bytes(form_text().replace("É", "E").encode("cp1256"))  # saved in the Arabic Windows code page
    with pytest.raises(FormDefinitionError) as caught:
        load_form(path)
    assert_names(caught.value, path, "form_unreadable", None)


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "sample.yaml"
    with pytest.raises(FormDefinitionError) as caught:
        load_form(path)
    assert_names(caught.value, path, "form_unreadable", None)


def test_parse_form_names_the_source_it_was_given() -> None:
    with pytest.raises(FormDefinitionError) as caught:
        parse_form(form_text(field(f"type: colour\n{LABEL}")), file="visit v3 (database)", stem="sample")
    assert caught.value.code == "form_unknown_type"
    for lang in LANGS:
        assert "visit v3 (database)" in caught.value.message(lang)
        assert "broken" in caught.value.message(lang)


def test_a_valid_form_keeps_what_the_file_says(write_form: Callable[[str, str], Path]) -> None:
    extra = (
        field(
            f"type: select_multiple\n{LABEL}\nhint: {{ar: تلميح, fr: Astuce, en: Hint}}\nmin_items: 1\nmax_items: 2\n"
            "relevant: 'total > 0'\nchoices:\n  - {value: a, ar: أ, fr: A, en: A}\n  - {value: b, ar: ب, fr: B, en: B}"
        )
        + "      - name: day\n        type: date\n        min: 2020-01-01\n        max: '2030-12-31'\n"
        + f"        {LABEL}\n"
    )
    form = load_form(write_form("sample", form_text(extra)))
    spec = form.field("broken")
    assert spec.type == "select_multiple"
    assert spec.hint == {"ar": "تلميح", "fr": "Astuce", "en": "Hint"}
    assert (spec.min_items, spec.max_items) == (1, 2)
    assert [c.value for c in spec.choices] == ["a", "b"]
    assert spec.choice_label("b", "ar") == "ب"
    assert spec.relevant is not None and spec.relevant.field_names == {"total"}
    assert (form.field("day").min, form.field("day").max) == ("2020-01-01", "2030-12-31")
    assert form.field("title").max_length == 500  # the default for text
    assert form.field("total").min == 0


def test_form_specs_are_frozen(write_form: Callable[[str, str], Path]) -> None:
    form = load_form(write_form("sample", form_text()))
    with pytest.raises(AttributeError):
        form.name = "other"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        form.fields[0].required = False  # type: ignore[misc]


# --- values of the wrong shape where a list of names is expected: must still be a FormDefinitionError -------------


@pytest.mark.parametrize(
    "title_fields",
    ["[[title]]", "[{a: b}]", "title", "{title: 1}"],
    ids=["nested_list", "mapping_item", "text", "mapping"],
)
def test_title_fields_of_the_wrong_shape_are_refused(write_form: Callable[[str, str], Path], title_fields: str) -> None:
    path = write_form("sample", form_text().replace("title_fields: [title]", f"title_fields: {title_fields}"))
    with pytest.raises(FormDefinitionError) as caught:
        load_form(path)
    assert_names(caught.value, path, "form_bad_value", None)


@pytest.mark.parametrize("item_title", ["[a]", "{a: 1}"], ids=["list", "mapping"])
def test_item_title_field_of_the_wrong_shape_is_refused(
    write_form: Callable[[str, str], Path], item_title: str
) -> None:
    group = f"type: group\n{LABEL}\nitem_title_field: {item_title}\nfields:\n  - {{name: a, type: text, {LABEL}}}"
    path = write_form("sample", form_text(field(group)))
    with pytest.raises(FormDefinitionError) as caught:
        load_form(path)
    assert_names(caught.value, path, "form_bad_value", "broken")


def test_a_deeply_nested_yaml_document_is_a_form_error(write_form: Callable[[str, str], Path]) -> None:
    path = write_form("sample", form_text(header_extra="notes: " + "[" * 1000 + "]" * 1000 + "\n"))
    with pytest.raises(FormDefinitionError) as caught:
        load_form(path)
    assert caught.value.file == str(path)


def test_a_deeply_nested_expression_is_a_form_error(write_form: Callable[[str, str], Path]) -> None:
    nested = "(" * 400 + "total > 1" + ")" * 400
    path = write_form("sample", form_text(field(f"type: integer\n{LABEL}\nrelevant: '{nested}'")))
    try:
        form = load_form(path)
    except FormDefinitionError as error:
        assert_names(error, path, "form_bad_expression", "broken")
    else:
        assert form.field("broken").relevant.evaluate({"total": 2}) is True


# --- fuzzing: any value anywhere in a valid form gives a form or a FormDefinitionError ----------------------------

_FUZZ_FIELDS = """\
      - name: broken
        type: select_one
        label: {ar: مكسور, fr: Cassé, en: Broken}
        relevant: 'total > 1'
        choices:
          - {value: a, ar: أ, fr: A, en: A}
      - name: items
        type: group
        item_title_field: what
        label: {ar: عناصر, fr: Éléments, en: Items}
        fields:
          - {name: what, type: text, label: {ar: ماذا, fr: Quoi, en: What}}
          - name: day
            type: date
            max: '2030-01-01'
            label: {ar: يوم, fr: Jour, en: Day}
            constraint: '. >= today()'
            constraint_message: {ar: لا, fr: Non, en: Not allowed}
      - {name: link, type: reference, form: sample, label: {ar: رابط, fr: Lien, en: Link}}
"""
BASE_DOCUMENT: dict[str, Any] = yaml.safe_load(form_text(_FUZZ_FIELDS))


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, (*prefix, index))
    return found


PATHS = _paths(BASE_DOCUMENT)

_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-3, max_value=10**6),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(["title", "total", "a", "text", "group", "ar", "", ". > 1", "((", "today()", "2025-02-30"]),
    st.text(max_size=6),
)
_values = st.recursive(
    _scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(["name", "ar", "x", "value"]), inner),
    max_leaves=6,
)


def _replace(document: Any, path: tuple[Any, ...], value: Any) -> Any:
    import copy

    result = copy.deepcopy(document)
    node = result
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return result


def test_the_fuzzing_base_document_is_valid() -> None:
    form = parse_form(yaml.safe_dump(BASE_DOCUMENT, allow_unicode=True), file="sample.yaml", stem="sample")
    assert isinstance(form, FormSpec) and form.field("items").item_title_field == "what"
    assert len(PATHS) > 50


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(path=st.sampled_from(PATHS), value=_values)
def test_any_value_anywhere_gives_a_form_or_a_form_error(path: tuple[Any, ...], value: Any) -> None:
    text = yaml.safe_dump(_replace(BASE_DOCUMENT, path, value), allow_unicode=True)
    try:
        form = parse_form(text, file="sample.yaml", stem="sample")
    except FormDefinitionError as error:
        for lang in LANGS:
            assert "sample.yaml" in error.message(lang)
    else:
        assert isinstance(form, FormSpec)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=200))
def test_any_text_gives_a_form_or_a_form_error(text: str) -> None:
    try:
        parse_form(text, file="x.yaml", stem="x")
    except FormDefinitionError:
        pass
