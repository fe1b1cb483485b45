"""What people type for choices and references on the command line, turned into what the form stores.

A choice may be given by its value or by its label in any of the three languages, in any case, with Arabic folded
as search folds it (`app.core.arabic.normalise_for_search`: hamza seats, taa marbuta, vowel marks, accents):
`handicrafts`, `artisanat`, `الصناعة التقليدية` and `crafts` all name the choice `crafts`; `الاركان` names
`الأركان`. Several choices (`select_multiple`) are separated by `,` `،` or `;`, or given as a JSON list.

An unknown choice is refused with the valid ones (value and label in the user's language), except in a draft: a
draft keeps what was typed, as the window does (it shows such a value as it is and flags it), so the value is kept
and a warning line says it is not a choice and lists the valid ones; finalising the record refuses it.

A reference may be given by the id of the record or by its name (its title in any language, or one of its name
fields), folded the same way; a name that matches no record, or several, is refused with the candidates (title
and id). Values inside a repeated group's entries are read the same way.
"""

from __future__ import annotations

import re
import uuid
from typing import Any

from app.core.arabic import normalise_for_search, query_words
from app.core.display import record_title
from app.core.errors import InvalidInput
from app.core.forms import Choice, FieldSpec, FormSpec
from app.core.messages import LANGUAGES, MESSAGES, translate
from app.core.shown import NAME_LIMIT, Shown, shown_text

CANDIDATES_SHOWN = 10  # an ambiguous name lists at most this many records


def resolve_input(store: Any, form: FormSpec, data: dict[str, Any], *, draft: bool, lang: str) -> dict[str, Any]:
    """`data` with choices and references given as people type them replaced by what is stored."""
    return _resolve(store, form.fields, data, draft=draft, lang=lang)


def _resolve(store: Any, fields: tuple[FieldSpec, ...], data: dict[str, Any], *, draft: bool, lang: str,
) -> dict[str, Any]:  # fmt: skip
    result = dict(data)
    for spec in fields:
        value = data.get(spec.name)
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        if spec.type in ("select_one", "select_multiple"):
            result[spec.name] = _choices(spec, value, draft=draft, lang=lang)
        elif spec.type == "reference" and isinstance(value, str):
            result[spec.name] = reference_by_name(store, spec, value, lang=lang)
        elif spec.type == "group" and isinstance(value, list):
            result[spec.name] = [
                _resolve(store, spec.fields, entry, draft=draft, lang=lang)
                if isinstance(entry, dict) else entry for entry in value
            ]  # fmt: skip
    return result


def _key(text: str) -> str:
    return normalise_for_search(text)


def choice_for(spec: FieldSpec, text: str) -> Choice | None:
    """The choice `text` names: its value or a label in any language, exactly, else folded (case, Arabic spelling,
    accents); None when it names none, or more than one once folded."""
    stripped = text.strip()
    for choice in spec.choices:
        if stripped == choice.value or stripped in choice.label.values():
            return choice
    key = _key(stripped)
    found = [c for c in spec.choices if key in {_key(c.value), *(_key(label) for label in c.label.values())}]
    return found[0] if len(found) == 1 else None


def choices_text(spec: FieldSpec, lang: str) -> str:
    """The valid choices as `value (label)`, in `lang`."""
    separator = "، " if lang == "ar" else ", "
    return separator.join(f"{choice.value} ({choice.label.get(lang) or choice.value})" for choice in spec.choices)


def _choices(spec: FieldSpec, value: Any, *, draft: bool, lang: str) -> Any:
    if spec.type == "select_one":
        items, single = [value], True
    elif isinstance(value, str):
        whole = choice_for(spec, value)  # a label may itself hold a comma
        items, single = ([whole.value] if whole else [p for p in re.split(r"[,،;]", value) if p.strip()]), False
    elif isinstance(value, list):
        items, single = list(value), False
    else:
        return value  # another shape: refused by the form's own check
    resolved: list[Any] = []
    for item in items:
        if not isinstance(item, str):
            resolved.append(item)
            continue
        choice = choice_for(spec, item)
        if choice is not None:
            resolved.append(choice.value)
            continue
        if not draft:
            raise InvalidInput("cli_unknown_choice", **_choice_params(spec, item, lang))
        if single:  # a draft keeps it as typed; `draft_warnings` says so once it is saved
            return value  # kept as typed
        resolved.append(item.strip())
    return resolved[0] if single else resolved


def _is_id(text: str) -> bool:
    try:
        uuid.UUID(text.strip())
    except ValueError:
        return False
    return True


def reference_by_name(store: Any, spec: FieldSpec, text: str, *, lang: str) -> str:
    """The id of the record `text` names (its id, or its name when exactly one record of the referred form has
    it); `InvalidInput` listing the candidates otherwise."""
    if _is_id(text) or spec.form is None or spec.form not in store.forms:
        return text  # an id (checked by the store), or a form unknown here (refused by the store)
    form = store.forms.get(spec.form)
    key = _key(text)
    records = store.records_of(spec.form)
    exact, partial = [], []
    words = query_words(text)
    for record in records:
        names = _names(form, record.data)
        keys = {_key(name) for name in names}
        if key in keys:
            exact.append(record)
        elif words and any(_all_words_start(words, k) for k in keys):
            partial.append(record)
    found = exact or partial
    params = {"field": spec.label.get(lang) or spec.name, "value": text.strip(),
              "form": form.label.get(lang) or form.name}  # fmt: skip
    if len(found) == 1:
        return str(found[0].id)
    if not found:
        raise InvalidInput("cli_reference_none", **params)
    lines = [f"  {shown_text(record_title(form, r.data, lang), limit=NAME_LIMIT)}  ({r.id})"
             for r in found[:CANDIDATES_SHOWN]]  # fmt: skip
    if len(found) > CANDIDATES_SHOWN:
        lines.append("  …")
    # Each title escaped above: the lines are passed as shown text, their line breaks kept.
    raise InvalidInput("cli_reference_ambiguous", candidates=Shown("\n".join(lines)), **params)


def _names(form: FormSpec, data: dict[str, Any]) -> set[str]:
    """What a record may be called: its title in each language, and its text fields named like names or titles."""
    names = {record_title(form, data, lang) for lang in LANGUAGES}
    for spec in form.fields:
        if spec.type == "text" and spec.name.startswith(("name", "title")) and isinstance(data.get(spec.name), str):
            names.add(data[spec.name])
    return {name for name in names if name}


def _all_words_start(words: list[str], folded: str) -> bool:
    mine = folded.split()
    return all(any(word.startswith(w) for word in mine) for w in words)


def _choice_params(spec: FieldSpec, value: str, lang: str) -> dict[str, Any]:
    return {"field": spec.label.get(lang) or spec.name, "value": value.strip(), "choices": choices_text(spec, lang)}


def draft_warnings(form: FormSpec, data: dict[str, Any], lang: str) -> list[str]:
    """A line for each value of a saved draft that is not one of its field's choices (given now or kept from
    before, in a repeated group's entries too): what to correct before the record can be finalised."""
    return [translate("cli_draft_bad_choice", lang, **_choice_params(spec, value, lang))
            for spec, value in _unknown_choices(form.fields, data)]  # fmt: skip


def _unknown_choices(fields: tuple[FieldSpec, ...], data: dict[str, Any]) -> list[tuple[FieldSpec, str]]:
    found = []
    for spec in fields:
        value = data.get(spec.name)
        if spec.type in ("select_one", "select_multiple"):
            values = value if isinstance(value, list) else [value]
            known = {choice.value for choice in spec.choices}
            found += [(spec, item) for item in values if isinstance(item, str) and item not in known]
        elif spec.type == "group" and isinstance(value, list):
            for entry in value:
                if isinstance(entry, dict):
                    found += _unknown_choices(spec.fields, entry)
    return found


def form_lines(form: FormSpec, lang: str) -> list[str]:
    """`taawun forms FORM`: the form's fields section by section, each with its type (and what it refers to),
    whether it is required, and its choices (`value (label)`), labels in `lang`."""
    lines = [translate("cli_form_header", lang, form=form.name, label=form.label.get(lang) or form.name,
                       version=form.version)]  # fmt: skip
    for section in form.sections:
        lines.append(f"[{shown_text(section.label.get(lang) or section.name)}]")
        for spec in section.fields:
            lines += _field_lines(spec, lang, "  ")
    return lines


def _field_lines(spec: FieldSpec, lang: str, indent: str) -> list[str]:
    about = [translate(f"cli_type_{spec.type}", lang) if f"cli_type_{spec.type}" in MESSAGES else spec.type]
    if spec.type == "reference" and spec.form:
        about.append(translate("cli_form_refers_to", lang, form=spec.form))
    if spec.required:
        about.append(translate("cli_form_required", lang))
    separator = "، " if lang == "ar" else ", "
    label = shown_text(spec.label.get(lang) or spec.name)
    lines = [f"{indent}{spec.name}  {label} ({separator.join(about)})"]
    for choice in spec.choices:
        lines.append(f"{indent}    - {choice.value}  {shown_text(choice.label.get(lang) or choice.value)}")
    for sub in spec.fields:
        lines += _field_lines(sub, lang, indent + "    ")
    return lines
