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

from typing import Any

from app.core.arabic import normalise_for_search, query_words
from app.core.display import record_title
from app.core.errors import InvalidInput
from app.core.field_types import InputContext, choice_for, choice_params, choices_text, resolve_fields
from app.core.field_types.records import is_record_id
from app.core.forms import FieldSpec, FormSpec
from app.core.messages import LANGUAGES, translate
from app.core.shown import NAME_LIMIT, Shown, shown_text

__all__ = ["choice_for", "choices_text", "draft_warnings", "form_lines", "reference_by_name", "resolve_input"]

CANDIDATES_SHOWN = 10  # an ambiguous name lists at most this many records


def resolve_input(store: Any, form: FormSpec, data: dict[str, Any], *, draft: bool, lang: str) -> dict[str, Any]:
    """`data` with choices and references given as people type them replaced by what is stored (each field's type
    says how: app/core/field_types), in a repeated group's entries too."""
    context = InputContext(draft, lang, lambda spec, text: reference_by_name(store, spec, text, lang=lang))
    return resolve_fields(form.fields, data, context)


def _key(text: str) -> str:
    return normalise_for_search(text)


def reference_by_name(store: Any, spec: FieldSpec, text: str, *, lang: str) -> str:
    """The id of the record `text` names (its id, or its name when exactly one record of the referred form has
    it); `InvalidInput` listing the candidates otherwise."""
    if is_record_id(text) or spec.form is None or spec.form not in store.forms:
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
        if (spec.field_type.may_name_record and spec.name.startswith(("name", "title"))
                and isinstance(data.get(spec.name), str)):  # fmt: skip
            names.add(data[spec.name])
    return {name for name in names if name}


def _all_words_start(words: list[str], folded: str) -> bool:
    mine = folded.split()
    return all(any(word.startswith(w) for word in mine) for w in words)


def draft_warnings(form: FormSpec, data: dict[str, Any], lang: str) -> list[str]:
    """A line for each value of a saved draft that is not one of its field's choices (given now or kept from
    before, in a repeated group's entries too): what to correct before the record can be finalised."""
    return [translate("cli_draft_bad_choice", lang, **choice_params(choice_spec, value, lang))
            for spec in form.fields
            for choice_spec, value in spec.field_type.unknown_choices(spec, data.get(spec.name))]  # fmt: skip


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
    about = [spec.field_type.description(lang)]
    if spec.field_type.refers_to_record and spec.form:
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
