"""Record values as people read them, in Arabic, French or English."""

from __future__ import annotations

import pytest
from bidi import get_display

from app.core.dates import show_date
from app.core.display import format_value, record_lines, record_title
from app.core.forms import FormSpec

COOP_ID = "1b4e28ba-2fa1-11d2-883f-0016d3cca427"
SHA = "e" * 64


def test_a_choice_shows_its_label_in_the_language(cooperative_form: FormSpec) -> None:
    legal_form = cooperative_form.field("legal_form")
    assert format_value(legal_form, "association", "ar") == "جمعية"
    assert format_value(legal_form, "association", "fr") == "Association"
    assert format_value(legal_form, "union_of_cooperatives", "en") == "Union of cooperatives"
    assert format_value(legal_form, "gone_choice", "fr") == "gone_choice"  # a value from an older form version


def test_several_choices_are_joined_with_the_languages_comma(cooperative_form: FormSpec) -> None:
    sectors = cooperative_form.field("sectors")
    assert format_value(sectors, ["olives", "argan"], "ar") == "الزيتون وزيت الزيتون، الأركان"
    assert format_value(sectors, ["olives", "argan"], "fr") == "Olives et huile d'olive, Argan"


def test_a_reference_shows_the_title_of_the_record(visit_form: FormSpec) -> None:
    cooperative = visit_form.field("cooperative")
    titles = {COOP_ID: "تعاونية الأمل"}.get
    assert format_value(cooperative, COOP_ID, "ar", titles=titles) == "تعاونية الأمل"
    assert format_value(cooperative, COOP_ID, "ar") == COOP_ID
    assert format_value(cooperative, "0" * 8, "ar", titles=titles) == "0" * 8


def test_other_values(visit_form: FormSpec, cooperative_form: FormSpec) -> None:
    assert format_value(visit_form.field("location"), {"lat": 33.16, "lon": -5.57}, "fr") == "33.16, -5.57"
    photos = [{"sha256": SHA, "name": "souk.jpg"}, {"sha256": SHA}]
    assert format_value(visit_form.field("photos"), photos, "en") == "souk.jpg, " + SHA[:12]
    assert format_value(cooperative_form.field("members_total"), 12, "ar") == "12"
    assert format_value(cooperative_form.field("name_ar"), None, "ar") == ""


def test_a_group_shows_one_numbered_line_per_entry(visit_form: FormSpec) -> None:
    entries = [{"action": "تكوين", "due_date": "2025-09-01"}, {"action": "مواكبة"}]
    assert format_value(visit_form.field("recommendations"), entries, "ar") == "1. تكوين | 01/09/2025\n2. مواكبة"


def test_record_title(visit_form: FormSpec, cooperative_form: FormSpec) -> None:
    assert record_title(cooperative_form, {"name_ar": "تعاونية الأمل", "name_fr": "Al Amal"}, "fr") == "تعاونية الأمل"
    titles = {COOP_ID: "تعاونية الأمل"}.get
    visit = {"cooperative": COOP_ID, "visit_date": "2025-05-17"}
    assert record_title(visit_form, visit, "ar", titles=titles) == "تعاونية الأمل — 17/05/2025"
    assert record_title(visit_form, {"visit_date": "2025-05-17"}, "ar") == "17/05/2025"


VISIT = {"cooperative": COOP_ID, "visit_date": "2025-05-17"}
# The one date format per language, as the lists show it (app.core.dates.show_date).
SHOWN_DATE = {"ar": "17/05/2025", "fr": "17/05/2025", "en": "2025-05-17"}


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_a_dated_title_reads_the_lists_date_format(visit_form: FormSpec, lang: str) -> None:
    titles = {COOP_ID: "تعاونية الأمل"}.get
    assert record_title(visit_form, VISIT, lang, titles=titles) == f"تعاونية الأمل — {SHOWN_DATE[lang]}"
    assert SHOWN_DATE[lang] == show_date("2025-05-17", lang)  # one home for the format: the lists' function
    assert format_value(visit_form.field("visit_date"), "2025-05-17", lang) == SHOWN_DATE[lang]
    # Machine output (JSON) keeps the stored ISO date in every language.
    assert record_title(visit_form, VISIT, lang, titles=titles, machine=True) == "تعاونية الأمل — 2025-05-17"


@pytest.mark.parametrize(("lang", "base"), [("ar", "R"), ("fr", "L"), ("en", "L")])
def test_a_dated_title_keeps_its_order_in_the_window(visit_form: FormSpec, lang: str, base: str) -> None:
    """The window's title (isolate=True) laid out by Unicode's bidi algorithm in the window's direction: the date
    reads as written, beside the name on the side the language reads first. Without the isolate, the ISO date after
    Arabic read "17-05-2025", and in a French line the date came before the name."""
    title = record_title(visit_form, VISIT, lang, titles={COOP_ID: "تعاونية الأمل"}.get, isolate=True)
    assert title == f"تعاونية الأمل — \u2066{SHOWN_DATE[lang]}\u2069"  # the date alone in a left-to-right isolate
    seen = "".join(char for char in get_display(title, base_dir=base) if char not in "\u2066\u2069")
    name = "تعاونية الأمل"[::-1]  # drawn right to left: its letters from the left are the last ones typed
    date = SHOWN_DATE[lang]
    assert seen == (f"{date} — {name}" if base == "R" else f"{name} — {date}")
    # What the isolate prevents: the same text without it.
    bare = record_title(visit_form, VISIT, lang, titles={COOP_ID: "تعاونية الأمل"}.get)
    if base == "L":  # the date taken into the Arabic name's run: shown first, and the ISO one reversed
        assert get_display(bare, base_dir=base) == f"{'17-05-2025' if lang == 'en' else date} — {name}"


def test_record_lines_list_filled_fields_by_section(cooperative_form: FormSpec) -> None:
    data = {"name_ar": "تعاونية الأمل", "members_total": 20, "notes": "سطر\nسطر ثان"}
    lines = record_lines(cooperative_form, data, "fr")
    assert lines == [
        "[Identification de la coopérative]",
        "  Nom de la coopérative (en arabe): تعاونية الأمل",
        "[Membres]",
        "  Nombre total de membres: 20",
        "[Partenaires, appuis et difficultés]",
        "  Remarques:",
        "    سطر",
        "    سطر ثان",
    ]
    assert record_lines(cooperative_form, {}, "ar") == []
