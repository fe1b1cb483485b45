"""Per-form behaviour declared in the form file (app/core/form_behaviour.py): checked strictly, with defaults that
let a form declaring nothing work, and resolved with the other forms (a place taken through a reference)."""

from __future__ import annotations

import pytest

from app.core.errors import FormDefinitionError
from app.core.form_behaviour import (
    form_heading,
    list_behaviour,
    list_fields,
    navigation,
    new_title,
    related_lists,
    reports_of,
)
from app.core.forms import FormRegistry, check_references, parse_form

HEAD = """form: {name}
version: 1
label: {{ar: أ, fr: A, en: A}}
"""
SECTIONS = """sections:
  - name: main
    label: {ar: أ, fr: A, en: A}
    fields:
      - {name: title, type: text, label: {ar: أ, fr: A, en: A}}
      - {name: day, type: date, label: {ar: أ, fr: A, en: A}}
      - {name: province, type: text, label: {ar: أ, fr: A, en: A}}
      - {name: kind, type: select_one, label: {ar: أ, fr: A, en: A}, choices: [{value: a, ar: أ, fr: A, en: A}]}
"""
REFERRING = """sections:
  - name: main
    label: {ar: أ, fr: A, en: A}
    fields:
      - {name: place, type: reference, form: site, label: {ar: أ, fr: A, en: A}}
      - {name: seen, type: date, label: {ar: أ, fr: A, en: A}}
"""


def form(declarations: str, *, name: str = "site", sections: str = SECTIONS):  # type: ignore[no-untyped-def]
    return parse_form(HEAD.format(name=name) + declarations + sections, file=f"{name}.yaml", stem=name)


@pytest.mark.parametrize(("declarations", "key"), [
    ("colour: red\n", "colour"),
    ("navigation: {order: 1, size: 3}\n", "size"),
    ("list: {dates: day}\n", "dates"),
    ("list: {place: {town: province}}\n", "town"),
    ("list: {follow_up: {date: day, of: title, when: day}}\n", "when"),
    ("list: {column: [day]}\n", "column"),
])  # fmt: skip
def test_an_unknown_key_is_refused_naming_it(declarations: str, key: str) -> None:
    with pytest.raises(FormDefinitionError) as caught:
        form(declarations)
    assert caught.value.code == "form_unknown_key" and caught.value.params["key"] == key
    assert key in caught.value.message("ar") and key in caught.value.message("fr")


@pytest.mark.parametrize(("declarations", "key"), [
    ("list: {date: title}\n", "date"),  # not a date field
    ("list: {date: nowhere}\n", "date"),
    ("list: {filters: [province, 3]}\n", "filters"),
    ("list: {choices: {state: kind}}\n", "state"),  # a choice filter cannot take a built-in filter's name
    ("list: {filters: [state, state]}\n", "filters"),
    ("list: {place: {via: title}}\n", "via"),  # not a reference
    ("navigation: {order: -1}\n", "order"),
    ("navigation: {order: true}\n", "order"),
    ("listed_on: [title]\n", "listed_on"),
])  # fmt: skip
def test_a_bad_value_is_refused_naming_the_key(declarations: str, key: str) -> None:
    with pytest.raises(FormDefinitionError) as caught:
        form(declarations)
    assert caught.value.code == "form_bad_value" and caught.value.params["key"] == key


@pytest.mark.parametrize(("declarations", "code", "key"), [
    ("navigation: {heading: Sites}\n", "form_not_mapping", "heading"),  # one language only, not a mapping
    ("navigation: {new: [a, b]}\n", "form_not_mapping", "new"),
    ("navigation: {heading: {ar: مواقع, fr: Sites}}\n", "form_missing_translation", "heading"),  # no English
    ("navigation: {new: {ar: موقع جديد, fr: Nouveau site, en: 3}}\n", "form_missing_translation", "new"),
    ("navigation: {new: {ar: ' ', fr: Nouveau site, en: New site}}\n", "form_missing_translation", "new"),
])  # fmt: skip
def test_the_words_naming_a_form_need_every_language(declarations: str, code: str, key: str) -> None:
    with pytest.raises(FormDefinitionError) as caught:
        form(declarations)
    assert caught.value.code == code and caught.value.params["key"] == key
    for lang in ("ar", "fr", "en"):
        assert key in caught.value.message(lang) and "site.yaml" in caught.value.message(lang)


def test_the_words_naming_a_form_are_its_declared_ones_else_its_label() -> None:
    declared = form("navigation:\n  heading: {ar: المواقع, fr: Sites, en: Sites}\n"
                    "  new: {ar: موقع جديد, fr: Nouveau site, en: New site}\n")  # fmt: skip
    assert [form_heading(declared, lang) for lang in ("ar", "fr", "en")] == ["المواقع", "Sites", "Sites"]
    assert [new_title(declared, lang) for lang in ("ar", "fr", "en")] == ["موقع جديد", "Nouveau site", "New site"]
    plain = parse_form(HEAD.format(name="site").replace("{ar: أ, fr: A, en: A}", "{ar: موقع, fr: Site, en: Place}")
                       + SECTIONS, file="site.yaml", stem="site")  # fmt: skip
    assert [form_heading(plain, lang) for lang in ("ar", "fr", "en")] == ["موقع", "Site", "Place"]
    assert new_title(plain, "fr") is None  # the window names it with its label (app/ui/words.py)


KINDS = """sections:
  - name: main
    label: {ar: أ, fr: A, en: A}
    fields:
      - {name: title, type: text, label: {ar: أ, fr: A, en: A}}
      - {name: day, type: date, label: {ar: أ, fr: A, en: A}}
      - {name: count, type: integer, label: {ar: أ, fr: A, en: A}}
      - {name: notes, type: long_text, label: {ar: أ, fr: A, en: A}}
      - {name: spot, type: geopoint, label: {ar: أ, fr: A, en: A}}
      - {name: pictures, type: photos, label: {ar: أ, fr: A, en: A}}
      - name: steps
        type: group
        label: {ar: أ, fr: A, en: A}
        fields: [{name: step, type: text, label: {ar: أ, fr: A, en: A}}]
"""


@pytest.mark.parametrize("column", ["notes", "spot", "pictures", "steps", "step", "nowhere", "title", 3])
def test_a_column_a_list_cannot_show_and_sort_is_refused_naming_it(column: object) -> None:
    """A text on several lines, a position, photos, a group, a field inside a group, no field, a title field (the
    list shows it already): refused, naming the column, with the fields that may be columns."""
    with pytest.raises(FormDefinitionError) as caught:
        form(f"list: {{columns: [day, {column}]}}\n", sections=KINDS)
    assert caught.value.code == "form_bad_value" and caught.value.params["key"] == str(column)
    for lang in ("ar", "fr", "en"):
        message = caught.value.message(lang)
        assert str(column) in message and message.endswith(": day, count"), message  # neither notes nor title...


def test_columns_are_a_list_of_fields_each_once() -> None:
    for declarations, key in (("list: {columns: day}\n", "columns"), ("list: {columns: [day, count, day]}\n", "day")):
        with pytest.raises(FormDefinitionError) as caught:
            form(declarations, sections=KINDS)
        assert caught.value.code == "form_bad_value" and caught.value.params["key"] == key
    assert list_fields(form("list: {columns: [count, day]}\n", sections=KINDS)) == ("title", "count", "day")
    assert list_fields(form("", sections=KINDS)) == ("title",)  # by default: the title fields only


def test_a_filter_needs_what_it_reads() -> None:
    with pytest.raises(FormDefinitionError) as caught:
        form("list: {filters: [sector]}\n")  # a filter of the form's own is a choice filter it declares
    assert caught.value.code == "form_missing_key" and caught.value.params["key"] == "sector"
    with pytest.raises(FormDefinitionError) as caught:
        form("list: {filters: [province, nearby], choices: {topic: kind}}\n")
    assert caught.value.code == "form_missing_key" and caught.value.params["key"] == "nearby"
    with pytest.raises(FormDefinitionError) as caught:
        form("list: {filters: [open_follow_up]}\n")
    assert caught.value.params["key"] == "follow_up"
    with pytest.raises(FormDefinitionError) as caught:  # a choice filter reads a choice field of the place's form
        check_references([form("list: {choices: {sector: title}}\n")])
    assert caught.value.code == "form_bad_value" and caught.value.params["key"] == "sector"


def test_a_form_that_declares_nothing_gets_the_defaults() -> None:
    site = form("")
    visit = form("", name="call", sections=REFERRING)
    forms = FormRegistry([visit, site])
    own = list_behaviour(forms, "site")
    assert own.filters == {"province", "date", "state"} and own.date == "day" and own.via is None
    assert (own.province, own.commune) == ("province", None)
    through = list_behaviour(forms, "call")  # its place: that of the site it refers to
    assert through.filters == {"province", "date", "state"} and through.date == "seen"
    assert (through.via, through.place_form, through.province) == ("place", "site", "province")
    assert navigation(forms) == ("call", "site")  # by name
    assert [(r.form, r.field) for r in related_lists(forms, "site")] == [("call", "place")]
    assert reports_of(site, {"site"}) == ("site",) and reports_of(visit, {"site"}) == ("record",)


def test_declarations_override_the_defaults() -> None:
    site = form(
        "navigation: {order: 1, icon: workshop}\nlist: {filters: [sector, state], choices: {sector: kind}}\n"
        "reports: [x]\n"
    )
    call = form("navigation: {order: 0}\nlisted_on: []\n", name="call", sections=REFERRING)
    forms = FormRegistry([site, call])
    check_references([site, call])
    assert navigation(forms) == ("call", "site")
    assert list_behaviour(forms, "site").filters == {"sector", "state"}
    assert list_behaviour(forms, "site").choices == {"sector": "kind"}
    assert related_lists(forms, "site") == ()  # listed on no page
    assert reports_of(site, set()) == ("x",)


def test_the_shipped_forms_keep_their_behaviour(shipped_forms: FormRegistry) -> None:
    assert navigation(shipped_forms) == ("cooperative", "visit", "workshop")
    visit = list_behaviour(shipped_forms, "visit")
    assert (visit.via, visit.place_form, visit.date, visit.agent) == (
        "cooperative",
        "cooperative",
        "visit_date",
        "agent",
    )
    assert visit.filters == {"province", "commune", "sector", "challenge", "date", "agent", "state", "open_follow_up"}
    assert list_behaviour(shipped_forms, "workshop").filters == {"province", "commune", "date", "state"}
    assert list_behaviour(shipped_forms, "cooperative").date == "founded_on"
    assert [list_fields(shipped_forms.get(name)) for name in ("cooperative", "visit", "workshop")] == [
        ("name_ar", "commune", "sectors"), ("cooperative", "visit_date", "purpose", "agent"),
        ("title", "start_date", "end_date", "place")]  # fmt: skip
    assert [(r.form, r.field) for r in related_lists(shipped_forms, "cooperative")] == [("visit", "cooperative")]
    assert [(r.form, r.field) for r in related_lists(shipped_forms, "workshop")] == [("visit", "workshop")]
    assert related_lists(shipped_forms, "visit") == ()
    # Each names itself in the window with words agreeing in gender and number: no rule makes them from the label.
    assert [new_title(shipped_forms.get(name), "ar") for name in ("cooperative", "visit", "workshop")] == [
        "تعاونية جديدة", "زيارة جديدة", "لقاء جديد"]  # fmt: skip
    assert [form_heading(shipped_forms.get(name), "fr") for name in ("cooperative", "visit", "workshop")] == [
        "Coopératives", "Visites de terrain", "Rencontres et ateliers"]  # fmt: skip
