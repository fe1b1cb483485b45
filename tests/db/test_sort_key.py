"""The lists' sort keys (app.core.sort_key): what order they give Arabic and French readers, without Qt."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.forms import FormRegistry
from app.core.sort_key import MAX_KEY_LENGTH, text_key, value_key


def in_key_order(words: list[str]) -> list[str]:
    return sorted(words, key=lambda word: text_key(word) or "")


def test_hamza_seats_taa_marbuta_and_alef_maksura_sort_where_a_reader_expects() -> None:
    # Spelled with or without hamza, with taa marbuta or haa: the same place (equal keys, then the id decides).
    assert text_key("أحمد") == text_key("احمد") == text_key("إحمد")
    assert text_key("تعاونية الأمل") == text_key("تعاونيه الامل")
    assert text_key("على") == text_key("علي")
    assert text_key("مسؤول") == text_key("مسوول")
    # Alphabetical order once folded: ا ب ت ... ن ه و ي; alef madda (hamza + alef) first among the alef words.
    names = ["يوسف", "بركة", "أحمد", "ابتسام", "آمال", "هند", "وفاء", "نور", "إبراهيم"]
    assert in_key_order(names) == ["آمال", "ابتسام", "إبراهيم", "أحمد", "بركة", "نور", "هند", "وفاء", "يوسف"]


def test_vowel_marks_tatweel_and_spaces_do_not_move_a_name() -> None:
    assert text_key("تَعاوُنِيَّة") == text_key("تعاونية") == text_key("تعـــاونية")
    assert text_key("  تعاونية   الأمل ") == text_key("تعاونية الأمل")
    assert text_key("") is None and text_key("   ") is None and text_key("\u064e") is None


def test_french_accents_and_case_are_ignored_and_letters_keep_their_order() -> None:
    assert text_key("École") == text_key("ecole") == text_key("ÉCOLE")
    assert text_key("Cœur") == text_key("coeur")
    assert in_key_order(["Zagora", "élevage", "Azilal", "Ifrane", "ovins", "Éclair"]) == [
        "Azilal", "Éclair", "élevage", "Ifrane", "ovins", "Zagora"]  # fmt: skip


def test_numbers_by_value_whatever_the_digits() -> None:
    assert in_key_order(["تعاونية 10", "تعاونية 9", "تعاونية 100", "تعاونية 09"]) == [
        "تعاونية 9", "تعاونية 09", "تعاونية 10", "تعاونية 100"]  # fmt: skip
    assert text_key("تعاونية ٣") == text_key("تعاونية 3")  # Arabic-Indic digits
    assert in_key_order(["lot 2b", "lot 12a", "lot 2a"]) == ["lot 2a", "lot 2b", "lot 12a"]


def test_punctuation_then_numbers_then_arabic_then_latin() -> None:
    # As the Arabic collation orders them (CLDR `ar`): one stored order serves both languages, Arabic first.
    assert in_key_order(["Zagora", "زاكورة", "2 coop", "«الأمل»", "abc"]) == ["«الأمل»", "2 coop", "زاكورة", "abc",
                                                                               "Zagora"]  # fmt: skip


def test_long_texts_are_cut() -> None:
    assert len(text_key("ب" * 500) or "") == MAX_KEY_LENGTH


def test_values_by_type(shipped_forms: FormRegistry) -> None:
    visit = shipped_forms.get("visit")
    date, purpose = visit.field("visit_date"), visit.field("purpose")
    assert value_key(date, "2025-05-17") == "2025-05-17"  # ISO dates sort as text
    assert value_key(date, None) is None and value_key(None, "") is None
    cooperative = shipped_forms.get("cooperative")
    members = cooperative.field("members_total")
    assert members is not None and members.type == "integer"
    assert value_key(members, 12) == 12 and value_key(members, 2.5) == 2.5  # numbers by value
    assert purpose is not None and purpose.type == "select_one"
    # A choice by its place in the form, the same whatever the interface language.
    assert [value_key(purpose, c.value) for c in purpose.choices] == list(range(len(purpose.choices)))
    assert value_key(purpose, "unknown") == text_key("unknown")


_ALPHABET = "اأإآبتثجحخدذرزسشصضطظعغفقكلمنهةوؤيئىء ـَُِّ0123456789٠١٢٣abcdeéèçœAÉZ-«»()"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=_ALPHABET, max_size=12), max_size=20))
def test_key_order_is_total_and_consistent(words: list[str]) -> None:
    ordered = in_key_order(words)
    keys = [text_key(w) or "" for w in ordered]
    assert keys == sorted(keys)  # a total order on strings: SQLite's BINARY comparison of the same UTF-8
    assert all(key.encode() <= other.encode() for key, other in zip(keys, keys[1:], strict=False))
