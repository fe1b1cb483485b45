"""Form definitions also arrive inside merged files: whatever their text, the loader and the expression parser
refuse with a FormDefinitionError / ExpressionError, never a RecursionError, and nothing they accept can recurse
past the stack when it is evaluated (on every add or edit of the form)."""

from __future__ import annotations

import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.errors import FormDefinitionError
from app.core.expressions import MAX_DEPTH, MAX_TERMS, ExpressionError, parse
from app.core.forms import parse_form

FORM = """\
form: sample
version: 1
label: {{ar: عينة, fr: Échantillon, en: Sample}}
sections:
  - name: main
    label: {{ar: رئيسي, fr: Principal, en: Main}}
    fields:
      - name: title
        type: text
        label: {{ar: العنوان, fr: Titre, en: Title}}
        relevant: "{relevant}"
"""


def _parse_and_evaluate(source: str) -> None:
    try:
        expression = parse(source)
    except ExpressionError:
        return
    expression.evaluate({"title": "a", "x": 1}, current=3)  # must not raise anything but a value


@pytest.mark.parametrize("terms", [340, 480, 600, 5000])
def test_hundreds_of_or_terms_are_refused_with_an_expression_error(terms: int) -> None:
    source = " or ".join(f"x = {i}" for i in range(terms))
    with pytest.raises(ExpressionError, match=rf"{MAX_TERMS} terms|characters"):
        parse(source)


def test_a_rule_at_the_limit_is_parsed_flat_and_evaluated() -> None:
    half = MAX_TERMS // 2
    expression = parse(" or ".join(f"x = {i}" for i in range(half)))  # two operands per comparison
    assert expression.evaluate({"x": half - 1}) is True
    assert expression.evaluate({"x": half}) is False


def test_a_form_with_600_or_terms_is_a_form_error_naming_the_field() -> None:
    rule = " or ".join(f"title = '{i}'" for i in range(600))
    with pytest.raises(FormDefinitionError) as caught:
        parse_form(FORM.format(relevant=rule), file="sample v999", stem="sample")
    assert caught.value.code == "form_bad_expression"
    assert caught.value.field_path == "title"


@pytest.mark.parametrize(
    "source",
    [
        "(" * (MAX_DEPTH + 1) + "x = 1" + ")" * (MAX_DEPTH + 1),
        "not " * (MAX_DEPTH + 1) + "x = 1",
        "count(" * (MAX_DEPTH + 1) + "x" + ")" * (MAX_DEPTH + 1),
    ],
    ids=["brackets", "not", "calls"],
)
def test_nesting_beyond_the_depth_limit_is_refused(source: str) -> None:
    with pytest.raises(ExpressionError):
        parse(source)


_PIECES = st.sampled_from(["(", ")", "not ", " and ", " or ", "x", "title", ".", "1", "'a'", " = ", " < ", ",",
                           "count(", "selected(", "today()", "true", "null", " "])  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, max_size=3000))
def test_any_expression_text_is_parsed_or_refused_never_a_recursion_error(pieces: list[str]) -> None:
    _parse_and_evaluate("".join(pieces))


@settings(max_examples=100, deadline=None)
@given(st.integers(0, 3000), st.integers(0, 3000), st.sampled_from(["(", "not (", "count(", "not "]))
def test_any_nesting_is_parsed_or_refused_within_a_small_stack(depth: int, terms: int, opener: str) -> None:
    closer = "" if opener == "not " else ")"
    source = opener * depth + " or ".join(["x = 1"] * max(terms, 1)) + closer * depth
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(400)  # far less than Python's default: what is accepted is shallow, not just lucky
    try:
        _parse_and_evaluate(source)
    finally:
        sys.setrecursionlimit(limit)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=400))
def test_any_text_as_a_rule_is_a_form_or_a_form_error(rule: str) -> None:
    text = FORM.format(relevant=rule.replace("\\", "\\\\").replace('"', '\\"'))
    try:
        parse_form(text, file="sample v2", stem="sample")
    except FormDefinitionError:
        pass


ALIASES = {
    "self_referencing_group": """\
form: sample
version: 2
label: {ar: عينة, fr: Échantillon, en: Sample}
sections:
  - &main
    name: main
    label: {ar: رئيسي, fr: Principal, en: Main}
    fields:
      - name: title
        type: group
        label: {ar: العنوان, fr: Titre, en: Title}
        fields: *fields
      - &fields
        - *main
""",
    "cycle": """\
form: sample
version: 2
label: &l {ar: عينة, fr: Échantillon, en: Sample}
sections: &s
  - name: main
    label: *l
    fields: *s
""",
    "harmless_alias": """\
form: sample
version: 2
label: &l {ar: عينة, fr: Échantillon, en: Sample}
sections:
  - name: main
    label: *l
    fields:
      - name: title
        type: text
        label: *l
""",
}


@pytest.mark.parametrize("name", list(ALIASES))
def test_yaml_aliases_are_refused(name: str) -> None:
    with pytest.raises(FormDefinitionError) as caught:
        parse_form(ALIASES[name], file="sample v2", stem="sample")
    assert caught.value.code == "form_yaml_syntax"
    assert "alias" in caught.value.params["detail"]
