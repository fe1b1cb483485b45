"""Every message the core can show exists in Arabic, French and English, with the same placeholders."""

from __future__ import annotations

import string

import pytest

from app.core.errors import FieldProblem, InvalidInput, TaawunError
from app.core.messages import DEFAULT_LANGUAGE, LANGUAGES, MESSAGES, translate

LANGS = ("ar", "fr", "en")


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def test_the_languages_are_arabic_first_then_french_and_english() -> None:
    assert LANGUAGES == LANGS
    assert DEFAULT_LANGUAGE == "ar"


def test_there_are_messages() -> None:
    assert len(MESSAGES) > 20
    assert "required" in MESSAGES and "validation_failed" in MESSAGES


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_message_has_every_language(code: str) -> None:
    texts = MESSAGES[code]
    assert set(texts) == set(LANGS)
    for lang in LANGS:
        assert isinstance(texts[lang], str) and texts[lang].strip(), (code, lang)


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_message_placeholders_are_the_same_in_every_language(code: str) -> None:
    texts = MESSAGES[code]
    expected = _placeholders(texts["en"])
    for lang in LANGS:
        assert _placeholders(texts[lang]) == expected, (code, lang)


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_message_fills_in_in_every_language(code: str) -> None:
    params = {name: f"<{name}>" for name in _placeholders(MESSAGES[code]["en"])}
    for lang in LANGS:
        text = translate(code, lang, **params)
        for name, value in params.items():
            assert value in text, (code, lang, name)
            assert "{" + name + "}" not in text


def test_arabic_messages_are_in_arabic() -> None:
    for code, texts in MESSAGES.items():
        assert any("\u0600" <= ch <= "\u06ff" for ch in texts["ar"]), code
        assert not any("\u0600" <= ch <= "\u06ff" for ch in texts["fr"] + texts["en"]), code


def test_translate_chooses_the_language() -> None:
    assert translate("required", "ar") == MESSAGES["required"]["ar"]
    assert translate("required", "fr") == MESSAGES["required"]["fr"]
    assert translate("required", "en") == MESSAGES["required"]["en"]
    assert translate("required", "ar") != translate("required", "en")


def test_translate_falls_back_to_english_for_an_unknown_language() -> None:
    assert translate("required", "tzm") == MESSAGES["required"]["en"]


def test_translate_an_unknown_code_gives_the_code_back_instead_of_failing() -> None:
    assert translate("no_such_code", "fr") == "no_such_code"
    assert "no_such_code" in translate("no_such_code", "fr", value=3)


def test_translate_with_a_missing_parameter_does_not_fail() -> None:
    assert translate("not_integer", "fr")  # no `value`: the template comes back rather than an exception


def test_known_errors_translate_their_code() -> None:
    error = InvalidInput("record_not_found", id="abc-123")
    assert isinstance(error, TaawunError)
    for lang in LANGS:
        assert error.message(lang) == translate("record_not_found", lang, id="abc-123")
        assert "abc-123" in error.message(lang)
    assert str(error) == error.message("en")


def test_a_field_problem_uses_the_forms_own_wording_for_a_constraint() -> None:
    texts = {"ar": "لا يمكن", "fr": "Impossible", "en": "Cannot"}
    problem = FieldProblem("visit_date", "constraint_message", {"texts": texts})
    for lang in LANGS:
        assert problem.message(lang) == texts[lang]
    assert FieldProblem("x", "too_long", {"max": 7}).message("fr") == translate("too_long", "fr", max=7)
