"""When a field of a paper form applies: its `relevant` rule (app/core/expressions.py) in words, in the page's
language, with the labels and choice labels the window shows ("Seulement si « Difficultés » comprend « Autre »"),
so that a person filling the paper by hand leaves the boxes that do not apply to them.

Every construct of the rule language has its words: a choice (`=`, `!=`, `selected`), a field filled or empty
(`!= null`, `= null`, a field alone), a comparison of numbers or dates (dates as "before"/"after", `today()` as
"today"), `count(field)` as the number of a group's entries, `and`, `or`, and `not` (carried down to the terms it
negates: "not (A = x)" reads as "A is not x"). A term in another shape (two literals compared, say) reads as
"only in some cases" rather than as a wrong sentence.

A rule naming only the field itself (`recommendations != null`) keeps an old field where a record has it: the
window shows it only then, so does the paper (`kept_only_where_filled`). A rule naming no field at all is always
true or always false: no note, or the field is not printed (`never_shown`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from app.core.expressions import Call, Compare, Expression, Field, Literal, Logic
from app.core.forms import FieldSpec
from app.reports.common import ReportContext

_INVERSE = {"=": "!=", "!=": "=", "<": ">=", "<=": ">", ">": "<=", ">=": "<"}
_MIRRORED = {"=": "=", "!=": "!=", "<": ">", "<=": ">=", ">": "<", ">=": "<="}
_ORDER_WORDS = {"<": "less", "<=": "at_most", ">": "more", ">=": "at_least"}
# How each language quotes a label or a choice inside a sentence (typography, not words: no message of its own). In
# Arabic the same guillemets, mirrored by the shaping of the right-to-left line.
_QUOTES = {"ar": ("«", "»"), "fr": ("«\u00a0", "\u00a0»"), "en": ("“", "”")}


class _Unsaid(Exception):
    """A term the words below cannot say truly: the whole note becomes "only in some cases"."""


def kept_only_where_filled(spec: FieldSpec) -> bool:
    """Whether the field's rule names only the field itself: the window shows it only where it already has a value."""
    rule = spec.relevant
    return rule is not None and rule.field_names <= {spec.name} and (bool(rule.field_names) or _names_self(rule.tree))


def never_shown(spec: FieldSpec) -> bool:
    """A rule that names no field and is not true (`relevant: "false"`): the window never shows the field."""
    rule = spec.relevant
    if rule is None or rule.field_names or _names_self(rule.tree) or _uses_today(rule.tree):
        return False
    return rule.evaluate({}) is not True


def condition_note(ctx: ReportContext, spec: FieldSpec, siblings: Mapping[str, FieldSpec]) -> str:
    """The note printed beside the field's label ("" when it always applies): `siblings` are the fields its rule
    can name (the form's, or the group entry's own)."""
    rule: Expression | None = spec.relevant
    if rule is None or kept_only_where_filled(spec) or (not rule.field_names and not _uses_today(rule.tree)):
        return ""
    try:
        words = _Words(ctx, spec, siblings).say(rule.tree, negated=False)
    except _Unsaid:
        return ctx.t("paper_only_some_cases")
    return ctx.t("paper_only_if", condition=words)


class _Words:
    def __init__(self, ctx: ReportContext, spec: FieldSpec, siblings: Mapping[str, FieldSpec]) -> None:
        self.ctx = ctx
        self.spec = spec
        self.siblings = siblings

    def say(self, node: Any, *, negated: bool) -> str:
        if isinstance(node, Logic):
            if node.op == "not":
                return self.say(node.args[0], negated=not negated)
            # De Morgan: "not (A and B)" is "not A or not B".
            joined = {"and": "or", "or": "and"}[node.op] if negated else node.op
            parts = [self.say(arg, negated=negated) for arg in node.args]
            sentence = parts[0]
            for part in parts[1:]:
                sentence = self.ctx.t(f"paper_condition_{joined}", first=sentence, second=part)
            return sentence
        if isinstance(node, Compare):
            return self.compare(node, negated=negated)
        if isinstance(node, Call) and node.name == "selected":
            return self.selected(node, negated=negated)
        if isinstance(node, Field):  # a field alone: true when it holds a value
            return self.filled(self.field(node), filled=not negated)
        raise _Unsaid

    # --- terms --------------------------------------------------------------------------------------------------

    def field(self, node: Any) -> FieldSpec:
        if not isinstance(node, Field):
            raise _Unsaid
        found = self.spec if node.name in (".", self.spec.name) else self.siblings.get(node.name)
        if found is None:
            raise _Unsaid
        return found

    def label(self, spec: FieldSpec) -> str:
        return self.quoted(spec.label[self.ctx.lang])

    def quoted(self, text: str) -> str:
        opening, closing = _QUOTES.get(self.ctx.lang, _QUOTES["en"])
        return f"{opening}{text}{closing}"

    def filled(self, spec: FieldSpec, *, filled: bool) -> str:
        return self.ctx.t("paper_condition_filled" if filled else "paper_condition_empty", field=self.label(spec))

    def selected(self, node: Call, *, negated: bool) -> str:
        spec, wanted = self.field(node.args[0]), node.args[1]
        if not isinstance(wanted, Literal) or wanted.value is None:
            raise _Unsaid
        value = self.value(spec, wanted.value)
        if spec.type == "select_multiple":
            code = "paper_condition_not_ticked" if negated else "paper_condition_ticked"
        else:
            code = "paper_condition_is_not" if negated else "paper_condition_is"
        return self.ctx.t(code, field=self.label(spec), value=value)

    def compare(self, node: Compare, *, negated: bool) -> str:
        left, op, right = node.left, node.op, node.right
        if not _is_subject(left):  # "3 < count(x)" reads as "count(x) > 3", "today() < day" as "day > today()"
            left, op, right = right, _MIRRORED[op], left
        op = _INVERSE[op] if negated else op
        if isinstance(right, Literal) and right.value is None and op in ("=", "!="):
            return self.filled(self.field(left), filled=op == "!=")
        if isinstance(left, Call) and left.name == "count":
            subject = self.ctx.t("paper_condition_count", field=self.label(self.field(left.args[0])))
            if op in ("=", "!="):
                code = "paper_condition_is" if op == "=" else "paper_condition_is_not"
                return self.ctx.t(code, field=subject, value=self.number(right))
            return self.order(subject, op, self.number(right), dated=False)
        spec = self.field(left)
        value = self.operand(spec, right)
        if op in ("=", "!="):
            if spec.type == "select_multiple" and op == "=":
                raise _Unsaid  # a whole list equal to one value: not how anyone would write a rule
            code = "paper_condition_is" if op == "=" else "paper_condition_is_not"
            return self.ctx.t(code, field=self.label(spec), value=value)
        return self.order(self.label(spec), op, value, dated=spec.type == "date")

    def order(self, subject: str, op: str, value: str, *, dated: bool) -> str:
        kind = "date" if dated else "number"
        return self.ctx.t(f"paper_condition_{kind}_{_ORDER_WORDS[op]}", field=subject, value=value)

    # --- values -------------------------------------------------------------------------------------------------

    def operand(self, spec: FieldSpec, node: Any) -> str:
        if isinstance(node, Literal) and node.value is not None and not isinstance(node.value, bool):
            return self.value(spec, node.value)
        if isinstance(node, Call) and node.name == "today" and spec.type == "date":
            return self.ctx.t("paper_condition_today")
        if isinstance(node, Field):
            return self.label(self.field(node))
        raise _Unsaid

    def value(self, spec: FieldSpec, value: Any) -> str:
        """A literal as the window shows it in this field: a choice by its label, a date in the page's format."""
        if spec.choices:
            label = next((c.label[self.ctx.lang] for c in spec.choices if c.value == value), None)
            if label is None:
                raise _Unsaid  # a value the field cannot hold
            return self.quoted(label)
        if spec.type == "date":
            try:
                day = dt.date.fromisoformat(str(value))
            except ValueError:
                raise _Unsaid from None
            return self.ctx.t("paper_condition_on_day", date=self.ctx.date(day.isoformat()))
        if isinstance(value, int | float):
            return self.number(Literal(value))
        return self.quoted(str(value))

    def number(self, node: Any) -> str:
        if not isinstance(node, Literal) or isinstance(node.value, bool) or not isinstance(node.value, int | float):
            raise _Unsaid
        shown = str(node.value) if isinstance(node.value, int) else f"{node.value:.10g}"
        return shown.replace(".", ",") if self.ctx.lang == "fr" else shown


def _is_subject(node: Any) -> bool:
    """What a sentence can be about: a field, or the number of a group's entries."""
    return isinstance(node, Field) or (isinstance(node, Call) and node.name == "count")


def _names_self(node: Any) -> bool:
    if isinstance(node, Field):
        return node.name == "."
    if isinstance(node, Compare):
        return _names_self(node.left) or _names_self(node.right)
    if isinstance(node, Logic | Call):
        return any(_names_self(arg) for arg in node.args)
    return False


def _uses_today(node: Any) -> bool:
    if isinstance(node, Call):
        return node.name == "today" or any(_uses_today(arg) for arg in node.args)
    if isinstance(node, Compare):
        return _uses_today(node.left) or _uses_today(node.right)
    if isinstance(node, Logic):
        return any(_uses_today(arg) for arg in node.args)
    return False
