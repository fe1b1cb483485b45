"""Text is stored as typed: any text (Arabic, French, Tifinagh, digits, marks) comes back as its NFC, stripped."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from app.core.fields import BadValue, parse_long_text, parse_text
from app.core.forms import FieldSpec, FormSpec
from app.core.text import clean_number_text, normalise_text, to_western_digits
from app.core.validation import clean_record

LABEL = {"ar": "نص", "fr": "Texte", "en": "Text"}
UNLIMITED_TEXT = FieldSpec("x", "text", LABEL)  # no max_length: this is about characters, not limits
UNLIMITED_LONG = FieldSpec("x", "long_text", LABEL)

_ARABIC = [chr(c) for c in range(0x0621, 0x064B)] + ["\u064b", "\u064e", "\u064f", "\u0650", "\u0651", "\u0652"]
_FRENCH = list("éèêëàâäîïôöùûüçœæÉÈÀÇeacEA") + ["\u0301", "\u0300", "\u0327"]  # letters and combining accents
_TIFINAGH = [chr(c) for c in range(0x2D30, 0x2D68)]
_OTHER = list("0123456789٠١٢٣٤٥٦٧٨٩ ،؛؟.,-'\"()") + [" ", "\u00a0", "\u200f", "\u200e", "\t"]
_MIXED = st.text(alphabet=st.sampled_from(_ARABIC + _FRENCH + _TIFINAGH + _OTHER), max_size=80)

TEXTS = st.one_of(st.text(max_size=120), _MIXED)

_SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def has_control(text: str, *, layout: bool) -> bool:
    """Control characters are refused (app/core/bounds.py); long text keeps its line breaks and tabs."""
    return re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]" if layout else r"[\x00-\x1f\x7f-\x9f]", text) is not None


def has_line_break(text: str) -> bool:
    """Any of Unicode's line boundaries (\n, \r, form feed, U+2028…): a one-line field refuses them all."""
    return len(text.splitlines()) > 1


@_SETTINGS
@given(TEXTS)
@example("ⵜⴰⵡⵓⵏ")
@example("  تعاونية الأمل للكسكس 2  ")
@example("Coope\u0301rative de l'Atlas – M'rirt")
@example("تعاونية ⵜⴰⵡⵓⵏ Coopérative ١٢٣ 456")
@example("\u0627\u0653")  # alef + madda above: composes to آ
def test_text_comes_back_as_its_nfc_stripped(text: str) -> None:
    if has_line_break(text.strip()):
        with pytest.raises(BadValue) as caught:
            parse_text(text, UNLIMITED_TEXT)
        assert caught.value.code == "text_has_line_break"
        return
    if has_control(nfc(text).strip(), layout=False):
        with pytest.raises(BadValue) as caught:
            parse_text(text, UNLIMITED_TEXT)
        assert caught.value.code == "bound_control_character"
        return
    assert parse_text(text, UNLIMITED_TEXT) == nfc(text.strip())


@_SETTINGS
@given(TEXTS)
@example("سطر أول\nsecond line\n ⵜⴰⵡⵓⵏ ")
def test_long_text_comes_back_as_its_nfc_stripped(text: str) -> None:
    assume("\r" not in text and not has_control(text, layout=True))
    assert parse_long_text(text, UNLIMITED_LONG) == nfc(text.strip())


@_SETTINGS
@given(TEXTS)
def test_long_text_line_ends_become_newlines(text: str) -> None:
    assume(not has_control(text, layout=True))
    expected = nfc(text.replace("\r\n", "\n").replace("\r", "\n").strip())
    stored = parse_long_text(text, UNLIMITED_LONG)
    assert stored == expected
    assert "\r" not in stored


@_SETTINGS
@given(TEXTS)
def test_parsing_stored_text_again_changes_nothing(text: str) -> None:
    assume(not has_control(text, layout=True))
    stored = parse_long_text(text, UNLIMITED_LONG)
    assert parse_long_text(stored, UNLIMITED_LONG) == stored
    assert unicodedata.is_normalized("NFC", stored)


@_SETTINGS
@given(st.one_of(st.text(max_size=60), _MIXED.map(lambda t: t[:60])))
@example("تعاونية الأمل")
@example("ⵜⴰⵡⵓⵏ")
@example("Coope\u0301rative N°3")
def test_a_cooperatives_arabic_name_is_stored_as_typed(cooperative_form: FormSpec, name: str) -> None:
    assume(name.strip() and not has_line_break(name) and not has_control(name, layout=False))
    cleaned = clean_record(cooperative_form, {"name_ar": name})
    assert cleaned == {"name_ar": nfc(name.strip())}


def test_the_same_word_typed_two_ways_is_stored_the_same() -> None:
    assert parse_text("Coop\u00e9rative", UNLIMITED_TEXT) == parse_text("Coope\u0301rative", UNLIMITED_TEXT)
    assert normalise_text("\u0627\u0653") == "\u0622"


def test_arabic_text_keeps_its_logical_order() -> None:
    typed = "تعاونية Atlas ١٢"
    assert parse_text(typed, UNLIMITED_TEXT) == typed  # no reordering, no digit conversion in text


def test_digit_helpers() -> None:
    assert to_western_digits("٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹") == "0123456789 0123456789"
    assert to_western_digits("٣٫٥") == "3.5"
    assert to_western_digits("١٬٠٠٠") == "1000"
    assert to_western_digits("abc تعاونية") == "abc تعاونية"
    assert clean_number_text("\u200f ٠٦١٢ \u200e") == "0612"
