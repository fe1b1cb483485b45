"""Field parsers: what an agent types (Arabic-Indic digits, Moroccan phones, French dates) becomes one stored value."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.fields import FIELD_TYPES, PARSERS, BadValue, is_empty
from app.core.forms import Choice, FieldSpec, FormSpec

LABEL = {"ar": "حقل", "fr": "Champ", "en": "Field"}


def spec(kind: str, **options: Any) -> FieldSpec:
    return FieldSpec(name="x", type=kind, label=LABEL, **options)


def parse(kind: str, value: Any, **options: Any) -> Any:
    return PARSERS[kind](value, spec(kind, **options))


def refused(kind: str, value: Any, **options: Any) -> BadValue:
    with pytest.raises(BadValue) as caught:
        parse(kind, value, **options)
    return caught.value


CHOICES = (
    Choice("olives", {"ar": "الزيتون وزيت الزيتون", "fr": "Olives et huile d'olive", "en": "Olives and olive oil"}),
    Choice("argan", {"ar": "الأركان", "fr": "Argan", "en": "Argan"}),
    Choice("dairy", {"ar": "الحليب ومشتقاته", "fr": "Lait et produits laitiers", "en": "Milk and dairy products"}),
    Choice("cooperative", {"ar": "تعاونية", "fr": "Coopérative", "en": "Cooperative"}),
)


def test_every_documented_type_has_a_parser() -> None:
    documented = {
        "text", "long_text", "integer", "decimal", "date", "select_one", "select_multiple", "phone", "reference",
        "geopoint", "photos", "group", "province",
    }  # fmt: skip
    assert set(FIELD_TYPES) == documented
    assert set(PARSERS) == documented


@pytest.mark.parametrize("value", [None, "", "   ", "\n\t", [], {}, ()])
def test_empty_values(value: Any) -> None:
    assert is_empty(value)


@pytest.mark.parametrize("value", [0, 0.0, False, "0", "a", ["a"], {"lat": 0}])
def test_values_that_are_not_empty(value: Any) -> None:
    assert not is_empty(value)


# --- integer --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("42", 42),
        ("٤٢", 42),
        ("۴۲", 42),
        ("٠١٢٣٤٥٦٧٨٩", 123456789),
        ("۰۱۲۳۴۵۶۷۸۹", 123456789),
        ("١٬٠٠٠", 1000),
        ("1 000", 1000),
        ("  17  ", 17),
        ("-5", -5),
        ("-٥", -5),
        ("+3", 3),
        ("\u200f٢٥\u200f", 25),  # right-to-left marks around the number
        (7, 7),
        (7.0, 7),
    ],
)
def test_integer_accepts(typed: Any, stored: int) -> None:
    result = parse("integer", typed)
    assert result == stored and type(result) is int


@pytest.mark.parametrize(
    "typed", ["abc", "3.5", "3,5", "12a", "", "1e3", "--1", "٣٫٥", 3.5, True, False, [1], "1" * 19]
)
def test_integer_refuses(typed: Any) -> None:
    assert refused("integer", typed).code == "not_integer"


def test_integer_bad_value_names_what_was_typed() -> None:
    error = refused("integer", "douze")
    assert error.params["value"] == "douze"


def test_integer_limits() -> None:
    assert parse("integer", "0", min=0, max=10) == 0
    assert parse("integer", "١٠", min=0, max=10) == 10
    low = refused("integer", "-1", min=0)
    assert (low.code, low.params) == ("below_min", {"min": 0})
    high = refused("integer", "١١", max=10)
    assert (high.code, high.params) == ("above_max", {"max": 10})


def test_integer_given_as_a_number_is_held_to_the_same_size_as_typed_text() -> None:
    refused("integer", "1" * 19)  # typed: at most 18 digits
    with pytest.raises(BadValue):
        parse("integer", int("1" * 19))  # the same number from JSON


# --- decimal --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("3.5", 3.5),
        ("3,5", 3.5),
        ("٣٫٥", 3.5),
        ("۳٫۵", 3.5),
        ("٣,٥", 3.5),
        ("-0,25", -0.25),
        (".5", 0.5),
        ("12", 12.0),
        ("١٢", 12.0),
        (" 7.25 ", 7.25),
        (3, 3.0),
        (2.5, 2.5),
    ],
)
def test_decimal_accepts(typed: Any, stored: float) -> None:
    result = parse("decimal", typed)
    assert result == stored and type(result) is float


@pytest.mark.parametrize(
    "typed",
    ["abc", "1,2,3", "1.2.3", "nan", "inf", "-inf", "1e5", "3,5 kg", float("nan"), float("inf"), True, "9" * 400],
)
def test_decimal_refuses(typed: Any) -> None:
    assert refused("decimal", typed).code == "not_decimal"


def test_decimal_refuses_a_number_too_big_for_a_float() -> None:
    with pytest.raises(BadValue):
        parse("decimal", 10**400)  # JSON input can carry it


def test_decimal_limits() -> None:
    assert parse("decimal", "0,5", min=0, max=1) == 0.5
    assert refused("decimal", "-0,1", min=0).code == "below_min"
    assert refused("decimal", "١٫٥", max=1).code == "above_max"


# --- phone ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "0612345678",
        "06 12 34 56 78",
        "06-12-34-56-78",
        "06.12.34.56.78",
        "+212612345678",
        "+212 6 12 34 56 78",
        "00212612345678",
        "00 212 6 12 34 56 78",
        "٠٦١٢٣٤٥٦٧٨",
        "۰۶۱۲۳۴۵۶۷۸",
        "٠٦ ١٢ ٣٤ ٥٦ ٧٨",
        "\u200e+212612345678\u200e",
        " 0612345678 ",
        "(06) 12 34 56 78",
    ],
)
def test_moroccan_mobile_numbers_are_stored_in_international_form(typed: str) -> None:
    assert parse("phone", typed) == "+212612345678"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("0522123456", "+212522123456"), ("0712345678", "+212712345678"), ("+212522123456", "+212522123456")],
)
def test_landlines_and_07_numbers(typed: str, stored: str) -> None:
    assert parse("phone", typed) == stored


@pytest.mark.parametrize(
    "typed",
    [
        "0812345678",
        "0412345678",
        "061234567",
        "06123456789",
        "+33612345678",
        "0033612345678",
        "+2120812345678",
        "phone",
        "06 12 34 56 7x",
        "",
        "+",
        612345678,
        None,
    ],
)
def test_phone_refuses(typed: Any) -> None:
    assert refused("phone", typed).code == "not_phone"


@pytest.mark.parametrize("typed", ["06１２３４５６７８", "０６１２３４５６７８", "06१२३४५६७८"])
def test_a_stored_phone_is_always_plain_ascii_digits(typed: str) -> None:
    """Digits other than Western and Arabic-Indic are refused or converted: never stored as typed."""
    try:
        stored = parse("phone", typed)
    except BadValue:
        return
    assert re.fullmatch(r"\+212[5-7][0-9]{8}", stored, re.ASCII), stored


# --- date -----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("2025-05-17", "2025-05-17"),
        ("17/05/2025", "2025-05-17"),
        ("١٧/٠٥/٢٠٢٥", "2025-05-17"),
        ("٢٠٢٥-٠٥-١٧", "2025-05-17"),
        ("17-05-2025", "2025-05-17"),
        ("17.05.2025", "2025-05-17"),
        (" 2024-02-29 ", "2024-02-29"),
        ("29/02/2024", "2024-02-29"),
        (dt.date(2025, 5, 17), "2025-05-17"),
        (dt.datetime(2025, 5, 17, 10, 30), "2025-05-17"),
    ],
)
def test_date_accepts(typed: Any, stored: str) -> None:
    assert parse("date", typed) == stored


@pytest.mark.parametrize(
    "typed",
    ["2025-02-30", "30/02/2025", "2025-02-29", "2025-13-01", "32/01/2025", "tomorrow", "2025/05/17", "17 mai 2025",
     20250517, None, ["2025-05-17"]],
)  # fmt: skip
def test_date_refuses(typed: Any) -> None:
    assert refused("date", typed).code == "not_date"


def test_date_limits() -> None:
    assert parse("date", "01/01/2020", min="2020-01-01", max="2020-12-31") == "2020-01-01"
    assert refused("date", "31/12/2019", min="2020-01-01").code == "below_min"
    assert refused("date", "2021-01-01", max="2020-12-31").code == "above_max"


# --- choices --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    ["cooperative", "تعاونية", "Coopérative", "Cooperative", "  تعاونية  ", "Coope\u0301rative"],  # the last in NFD
)
def test_select_one_by_value_or_by_a_label_in_any_language(typed: str) -> None:
    assert parse("select_one", typed, choices=CHOICES) == "cooperative"


@pytest.mark.parametrize("typed", ["cooperativ", "COOPERATIVE", "other", "3", 3, ["cooperative"], True])
def test_select_one_refuses(typed: Any) -> None:
    assert refused("select_one", typed, choices=CHOICES).code == "not_a_choice"


@pytest.mark.parametrize(
    "typed",
    [
        ["olives", "argan"],
        ("olives", "argan"),
        "olives,argan",
        "olives, argan",
        "olives،argan",
        "الزيتون وزيت الزيتون، الأركان",
        "Argan, Olives and olive oil",
        "argan;olives",
        ["Argan", "الزيتون وزيت الزيتون"],
        "olives,argan,",
    ],
)
def test_select_multiple_from_a_list_or_separated_text_kept_in_the_forms_order(typed: Any) -> None:
    assert parse("select_multiple", typed, choices=CHOICES) == ["olives", "argan"]


def test_select_multiple_refuses_an_unknown_choice() -> None:
    error = refused("select_multiple", "olives,saffron", choices=CHOICES)
    assert error.code == "not_a_choice" and error.params["value"] == "saffron"


def test_select_multiple_refuses_a_repeated_choice() -> None:
    error = refused("select_multiple", ["olives", "الزيتون وزيت الزيتون"], choices=CHOICES)
    assert error.code == "duplicate_choice" and error.params["value"] == "olives"


def test_select_multiple_counts() -> None:
    assert parse("select_multiple", "argan", choices=CHOICES, min_items=1, max_items=2) == ["argan"]
    assert refused("select_multiple", "argan,olives,dairy", choices=CHOICES, max_items=2).code == "too_many_items"
    assert refused("select_multiple", "argan", choices=CHOICES, min_items=2).code == "too_few_items"


@pytest.mark.parametrize("typed", [3, {"a": 1}, [3], True])
def test_select_multiple_refuses_what_is_not_text_or_a_list_of_text(typed: Any) -> None:
    assert refused("select_multiple", typed, choices=CHOICES).code == "not_a_choice"


# --- geopoint -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("33.16, -5.57", {"lat": 33.16, "lon": -5.57}),
        ("33.16,-5.57", {"lat": 33.16, "lon": -5.57}),
        ("33.16 -5.57", {"lat": 33.16, "lon": -5.57}),
        ("٣٣٫١٦، -٥٫٥٧", {"lat": 33.16, "lon": -5.57}),
        ("33.16; -5.57; 1150", {"lat": 33.16, "lon": -5.57, "alt": 1150.0}),
        ({"lat": 33.16, "lon": -5.57}, {"lat": 33.16, "lon": -5.57}),
        (
            {"lat": 33, "lon": -5, "alt": 1150, "accuracy": 4.5},
            {"lat": 33.0, "lon": -5.0, "alt": 1150.0, "accuracy": 4.5},
        ),
        ("90, 180", {"lat": 90.0, "lon": 180.0}),
        ("-90, -180", {"lat": -90.0, "lon": -180.0}),
    ],
)
def test_geopoint_accepts(typed: Any, stored: dict) -> None:
    assert parse("geopoint", typed) == stored


@pytest.mark.parametrize(
    "typed",
    [
        "91, 0",
        "-90.5, 0",
        "0, 181",
        "0, -180.01",
        {"lat": 100, "lon": 0},
        {"lat": 0, "lon": 200},
        "33.16",
        "1, 2, 3, 4",
        "abc, def",
        "nan, nan",
        "inf, 0",
        "33,16 -5,57",
        {"lat": 33.16},
        {"lat": 33.16, "lon": -5.57, "name": "x"},
        {"lat": "33.16", "lon": "-5.57"},
        {"lat": True, "lon": 0},
        {"lat": float("nan"), "lon": 0},
        [33.16, -5.57],
        33.16,
    ],
)
def test_geopoint_refuses(typed: Any) -> None:
    assert refused("geopoint", typed).code == "not_geopoint"


@pytest.mark.parametrize(
    "typed",
    [{"lat": None, "lon": -5.57}, {"lat": 33.16, "lon": None}, {"lat": 10**400, "lon": 0}],
    ids=["lat_null", "lon_null", "lat_huge_int"],
)
def test_geopoint_refuses_json_values_that_are_not_coordinates(typed: Any) -> None:
    assert refused("geopoint", typed).code == "not_geopoint"


# --- text -----------------------------------------------------------------------------------------------------------


def test_text_is_stripped_and_nfc() -> None:
    assert parse("text", "  Coope\u0301rative  ") == "Coopérative"
    assert parse("text", "تعاونية الأمل") == "تعاونية الأمل"
    assert parse("text", "ⵜⴰⵡⵓⵏ") == "ⵜⴰⵡⵓⵏ"


@pytest.mark.parametrize("typed", ["a\nb", "a\r\nb", "a\rb"])
def test_text_refuses_line_breaks(typed: str) -> None:
    assert refused("text", typed).code == "text_has_line_break"


@pytest.mark.parametrize(
    "typed", ["a\u2028b", "a\u2029b", "a\x85b"], ids=["line_separator", "paragraph_separator", "next_line"]
)
def test_text_refuses_unicode_line_separators_too(typed: str) -> None:
    assert refused("text", typed).code == "text_has_line_break"


def test_text_lengths_count_characters_not_bytes() -> None:
    assert parse("text", "ت" * 5, max_length=5) == "ت" * 5
    error = refused("text", "ت" * 6, max_length=5)
    assert (error.code, error.params) == ("too_long", {"max": 5})
    error = refused("text", " ab ", min_length=3)
    assert (error.code, error.params) == ("too_short", {"min": 3})


@pytest.mark.parametrize("kind", ["text", "long_text"])
@pytest.mark.parametrize("typed", [3, None, ["a"], {"a": 1}])
def test_text_refuses_what_is_not_text(kind: str, typed: Any) -> None:
    assert refused(kind, typed).code == "not_text"


def test_long_text_keeps_line_breaks_as_newlines() -> None:
    assert parse("long_text", "  سطر أول\r\nligne 2\rline 3\n  ") == "سطر أول\nligne 2\nline 3"


def test_long_text_length() -> None:
    assert refused("long_text", "x" * 11, max_length=10).code == "too_long"


def test_max_length_of_a_shipped_field(cooperative_form: FormSpec) -> None:
    name_ar = cooperative_form.field("name_ar")
    assert PARSERS["text"]("ت" * 200, name_ar) == "ت" * 200
    with pytest.raises(BadValue) as caught:
        PARSERS["text"]("ت" * 201, name_ar)
    assert caught.value.params == {"max": 200}


# --- reference, photos, group ----------------------------------------------------------------------------------------


def test_reference_is_a_canonical_uuid() -> None:
    assert parse("reference", " 1B4E28BA-2FA1-11D2-883F-0016D3CCA427 ") == "1b4e28ba-2fa1-11d2-883f-0016d3cca427"


@pytest.mark.parametrize("typed", ["not-a-uuid", "1234", 12, None, ["1b4e28ba-2fa1-11d2-883f-0016d3cca427"]])
def test_reference_refuses(typed: Any) -> None:
    assert refused("reference", typed, form="cooperative").code == "not_reference"


SHA = "a" * 64


def test_photos() -> None:
    stored = parse("photos", [{"sha256": SHA, "name": " souk.jpg ", "caption": ""}, {"sha256": "b" * 64}])
    assert stored == [{"sha256": SHA, "name": "souk.jpg"}, {"sha256": "b" * 64}]


@pytest.mark.parametrize(
    "typed",
    [SHA, [SHA], [{"sha256": "xyz"}], [{"sha256": SHA.upper()}], [{"sha256": SHA, "path": "/etc/passwd"}], [{}]],
)
def test_photos_refuses(typed: Any) -> None:
    assert refused("photos", typed).code == "not_photo_list"


def test_photos_count() -> None:
    assert refused("photos", [{"sha256": SHA}] * 3, max_items=2).code == "too_many_items"


def test_group_value_is_a_list_of_entries() -> None:
    entries = [{"action": "a"}, {"action": "b"}]
    assert parse("group", entries) == entries
    assert refused("group", {"action": "a"}).code == "not_group"
    assert refused("group", ["a"]).code == "not_group"
    assert refused("group", entries, max_items=1).code == "too_many_items"


# --- any JSON value: a stored value or a BadValue, never another exception -------------------------------------------

_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=12)
    | st.sampled_from(["lat", "lon", "33.16, -5.57", "0612345678", "2025-05-17", "argan", SHA]),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.sampled_from(["lat", "lon", "alt", "accuracy", "sha256", "name", "x"]), inner, max_size=3)
    ),
    max_leaves=6,
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kind=st.sampled_from(sorted(PARSERS)), value=_JSON)
def test_a_parser_gives_a_value_or_a_bad_value_for_any_json(kind: str, value: Any) -> None:
    options: dict[str, Any] = {"choices": CHOICES} if kind.startswith("select") else {}
    try:
        parse(kind, value, **options)
    except BadValue as bad:
        assert bad.code
