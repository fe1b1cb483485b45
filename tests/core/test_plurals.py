"""Counts in the plural: CLDR's categories per language, and every plural message complete in the three languages."""

from __future__ import annotations

import string

import pytest

from app.core.messages import PLURAL_MESSAGES, plural_category, translate

COUNTS = (0, 1, 2, 3, 11, 100)


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("ar", ["zero", "one", "two", "few", "many", "other"]),
        ("fr", ["one", "one", "other", "other", "other", "other"]),
        ("en", ["other", "one", "other", "other", "other", "other"]),
    ],
)
def test_plural_categories_for_0_1_2_3_11_100(lang: str, expected: list[str]) -> None:
    assert [plural_category(lang, n) for n in COUNTS] == expected


def test_arabic_categories_follow_the_last_two_digits() -> None:
    assert [plural_category("ar", n) for n in (101, 102, 103, 110, 111, 199, 200, 1000, 1003)] == [
        "other", "other", "few", "few", "many", "many", "other", "other", "few",
    ]  # fmt: skip
    assert plural_category("ar", "3") == "other" and plural_category("ar", None) == "other"
    assert plural_category("ar", True) == "other"  # a flag is not a count


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("ar", ["لا توجد أي سجلات", "سجل واحد", "سجلان", "3 سجلات", "11 سجلا", "100 سجل"]),
        ("fr", ["0 fiche", "1 fiche", "2 fiches", "3 fiches", "11 fiches", "100 fiches"]),
        ("en", ["0 records", "1 record", "2 records", "3 records", "11 records", "100 records"]),
    ],
)
def test_record_counts_in_each_language(lang: str, expected: list[str]) -> None:
    assert [translate("cli_list_count", lang, count=n) for n in COUNTS] == expected


@pytest.mark.parametrize(
    ("code", "lang", "expected"),
    [
        ("n_versions", "ar", ["لا نسخ", "نسخة واحدة", "نسختان", "3 نسخ", "11 نسخة", "100 نسخة"]),
        ("n_pages", "ar", ["لا صفحات", "صفحة واحدة", "صفحتان", "3 صفحات", "11 صفحة", "100 صفحة"]),
        ("n_pages", "fr", ["0 page", "1 page", "2 pages", "3 pages", "11 pages", "100 pages"]),
        ("n_pages", "en", ["0 pages", "1 page", "2 pages", "3 pages", "11 pages", "100 pages"]),
        ("cli_conflicts_count", "ar", ["لا توجد تعارضات مفتوحة", "تعارض مفتوح واحد", "تعارضان مفتوحان",
                                       "3 تعارضات مفتوحة", "11 تعارضا مفتوحا", "100 تعارض مفتوح"]),
    ],
)  # fmt: skip
def test_counted_nouns(code: str, lang: str, expected: list[str]) -> None:
    assert [translate(code, lang, count=n) for n in COUNTS] == expected


def test_a_sentence_with_several_counts_agrees_with_each() -> None:
    records, history = translate("n_records", "ar", count=10), translate("n_versions", "ar", count=7)
    photos = translate("n_photos", "ar", count=2)
    text = translate("cli_check_ok", "ar", records=records, history=history, photos=photos)
    assert "10 سجلات" in text and "7 نسخ " in text and "صورتان" in text
    assert "10 سجل " not in text and "7 نسخة" not in text


@pytest.mark.parametrize("code", sorted(PLURAL_MESSAGES))
def test_plural_message_is_complete_in_every_language(code: str) -> None:
    forms = PLURAL_MESSAGES[code]
    assert set(forms) == {"ar", "fr", "en"}
    names = _placeholders(forms["en"]["other"])
    assert "count" in names, code
    for lang, by_category in forms.items():
        assert "other" in by_category, (code, lang)
        allowed = {"ar": {"zero", "one", "two", "few", "many", "other"}, "fr": {"one", "other"},
                   "en": {"one", "other"}}[lang]  # fmt: skip
        assert set(by_category) <= allowed, (code, lang)
        for category, template in by_category.items():
            assert _placeholders(template) <= names, (code, lang, category)
            arabic = any("\u0600" <= ch <= "\u06ff" for ch in template)
            assert arabic == (lang == "ar"), (code, lang, category)
        for n in COUNTS:  # every form fills in; a number shown is the count's
            text = translate(code, lang, **{name: 7 for name in names - {"count"}}, count=n)
            assert "{" not in text and (str(n) in text or not _placeholders(by_category.get(plural_category(lang, n),
                                                                                          by_category["other"])) &
                                        {"count"}), (code, lang, n)  # fmt: skip
