"""Checking a whole record against its form: types, required fields, relevance, constraints, groups.

`clean_record` returns the values to store (canonical, empty ones left out, irrelevant ones dropped) or raises
`ValidationFailed` listing every problem at once. A draft is never refused for being incomplete: required fields
and constraints are not enforced, and a value that does not parse is kept as typed so that no note is lost. But a
draft is never malformed either: every value, draft or final, is held to the declared bounds (`app.core.bounds`:
text length, nesting, list sizes, numbers, Unicode, control characters) first, and a draft keeps a value that does
not parse only when it is text, as a person types it (a list where text is expected is refused).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from typing import Any

from app.core import bounds
from app.core.errors import FieldProblem, ValidationFailed
from app.core.field_types import BadValue, Link, is_empty
from app.core.forms import FieldSpec, FormSpec

# The one key a record's data may hold beside its form's fields: on the tombstone of a record joined into another
# (app/db/joining.py), the id of the record it was joined into. Written in the version, it travels with sync.
JOINED_INTO = "_joined_into"


def clean_record(
    form: FormSpec, data: dict[str, Any], *, draft: bool = False, today: dt.date | None = None
) -> dict[str, Any]:
    problems = _record_problems(data)
    if problems:
        raise ValidationFailed(problems, labels=form.labels())
    cleaned = _clean_fields(form.fields, data, prefix="", draft=draft, today=today, problems=problems)
    if problems:
        raise ValidationFailed(problems, labels=form.labels())
    return cleaned


def field_problems(
    form: FormSpec, data: dict[str, Any], *, draft: bool = False, today: dt.date | None = None
) -> list[FieldProblem]:
    """Every problem of `data`, for a form that marks fields as the user types."""
    problems = _record_problems(data)
    if problems:
        return problems
    _clean_fields(form.fields, data, prefix="", draft=draft, today=today, problems=problems)
    return problems


def _record_problems(data: Any) -> list[FieldProblem]:
    """A record is an object (its values are held to the bounds one by one, where their field is known)."""
    if not isinstance(data, dict):
        return [FieldProblem("", "json_not_object")]
    return []


def _clean_fields(
    fields: tuple[FieldSpec, ...],
    data: dict[str, Any],
    *,
    prefix: str,
    draft: bool,
    today: dt.date | None,
    problems: list[FieldProblem],
) -> dict[str, Any]:
    top = prefix == ""  # a group's entries were held to the bounds with the group's value
    size = 0
    known = {spec.name for spec in fields}
    for name in data:
        if name not in known and not (top and name == JOINED_INTO and _is_id(data[name])):
            problems.append(FieldProblem(prefix + bounds.shown(name), "unknown_field"))

    # First every value on its own (a value that does not parse is set aside, not yet reported), then the rules
    # that look across fields, on the parsed values.
    parsed: dict[str, Any] = {}
    bad: dict[str, BadValue] = {}
    unparsed: dict[str, Any] = {}
    beyond: set[str] = set()  # refused by a bound, whatever the rest says
    for spec in fields:
        raw = data.get(spec.name)
        if raw is None or is_empty(raw):  # most fields of most records are absent: no call for those
            continue
        if top:  # the declared bounds first, drafts included: whatever the value, the parser never meets a monster
            try:
                size += bounds.check_json(raw, depth_max=bounds.JSON_DEPTH_MAX - 1, text_max=bounds.LONG_TEXT_MAX)
            except bounds.BoundExceeded as error:
                problems.append(FieldProblem(spec.name, error.code, error.params))
                beyond.add(spec.name)
                continue
        try:
            value = spec.field_type.parse(raw, spec)
        except BadValue as error:
            bad[spec.name] = error
            unparsed[spec.name] = raw
            continue
        if spec.field_type.repeated:  # each entry is checked as a record of the group's own fields
            value = _clean_group(spec, value, prefix=prefix, draft=draft, today=today, problems=problems)
        if not is_empty(value):
            parsed[spec.name] = value

    if size > bounds.RECORD_CHARS_MAX:
        problems.append(FieldProblem("", "bound_record_too_large", {"max": bounds.RECORD_CHARS_MAX}))
    result: dict[str, Any] = {}
    for spec in fields:
        # Relevance is judged in field order on values where hidden fields already count as empty, so a field shown
        # only by a hidden field is hidden too; a hidden field's value is dropped, whatever it was.
        if spec.name in beyond:
            continue
        if spec.relevant is not None and spec.relevant.evaluate(parsed, today=today) is not True:
            parsed.pop(spec.name, None)
            continue
        if spec.name in bad:
            if draft and isinstance(unparsed[spec.name], str):  # text as typed; any other shape is malformed
                result[spec.name] = unparsed[spec.name]
            else:
                problems.append(FieldProblem(prefix + spec.name, bad[spec.name].code, bad[spec.name].params))
            continue
        value = parsed.get(spec.name)
        if value is None:
            if spec.required and not draft:
                problems.append(FieldProblem(prefix + spec.name, "required"))
            continue
        if spec.constraint is not None and not draft:
            if spec.constraint.evaluate(parsed, current=value, today=today) is False:
                problems.append(_constraint_problem(spec, prefix))
        if not draft:  # a rule of the type across fields (a province in the record's region)
            across = spec.field_type.problem_with_others(spec, value, parsed)
            if across is not None:
                problems.append(FieldProblem(prefix + spec.name, across.code, across.params))
        result[spec.name] = value
    if top and JOINED_INTO in data and _is_id(data[JOINED_INTO]):
        result[JOINED_INTO] = data[JOINED_INTO]
    return result


def _is_id(value: Any) -> bool:
    """A record id as the store writes it (a canonical UUID)."""
    try:
        return isinstance(value, str) and str(uuid.UUID(value)) == value
    except ValueError:
        return False


def _constraint_problem(spec: FieldSpec, prefix: str) -> FieldProblem:
    if spec.constraint_message is not None:
        return FieldProblem(prefix + spec.name, "constraint_message", {"texts": spec.constraint_message})
    assert spec.constraint is not None  # a constraint failed, so the field has one
    return FieldProblem(prefix + spec.name, "constraint_failed", {"expression": spec.constraint.source})


def _clean_group(
    spec: FieldSpec,
    entries: list[dict[str, Any]],
    *,
    prefix: str,
    draft: bool,
    today: dt.date | None,
    problems: list[FieldProblem],
) -> list[dict[str, Any]]:
    cleaned = []
    for index, entry in enumerate(entries, start=1):
        if all(is_empty(value) for value in entry.values()):
            continue  # a blank entry (an "add" never filled in) is dropped, not refused
        item = _clean_fields(
            spec.fields, entry, prefix=f"{prefix}{spec.name}[{index}].", draft=draft, today=today, problems=problems
        )
        if item:
            cleaned.append(item)
    return cleaned


__all__ = ["Link", "clean_record", "field_problems", "links"]  # Link: app.core.field_types's, named here too


def links(form: FormSpec, data: dict[str, Any]) -> Iterator[Link]:
    """Every reference and photo in a cleaned record (a group's entries' too, by their type), so the store can
    check that each exists."""
    for spec in form.fields:
        value = data.get(spec.name)
        if value is not None:
            yield from spec.field_type.links(spec, value, spec.name)
