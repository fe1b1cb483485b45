"""Choice types: one choice, or several, among those the form lists (`choices`).

Stored as the choice's value; typed by its value or its label in any language. The command line also folds what
is typed as search folds it (`choice_for`: case, Arabic spelling, accents), and keeps a draft's unknown choice as
typed (the window does too), to be flagged and refused when the record is finalised.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from app.core import bounds
from app.core.arabic import normalise_for_search
from app.core.errors import InvalidInput
from app.core.field_types.base import (
    BadValue,
    Cell,
    DefinitionReader,
    FieldType,
    InputContext,
    SheetOptions,
    SortKey,
    TitleLookup,
    check_count,
    read_counts,
    shown,
)
from app.core.messages import LANGUAGES
from app.core.sort_key import plain_key
from app.core.text import normalise_text

if TYPE_CHECKING:
    from app.core.forms import Choice, FieldSpec

_SEPARATORS = r"[,،;]"


def _choice_value(value: Any, spec: FieldSpec) -> str:
    """A choice by its value, or by its label in any language (so `--set legal_form=تعاونية` works)."""
    if not isinstance(value, str):
        raise BadValue("not_a_choice", value=shown(value))
    text = normalise_text(value).strip()
    for choice in spec.choices:
        if text == choice.value or text in choice.label.values():
            return choice.value
    raise BadValue("not_a_choice", value=shown(value))


def choice_for(spec: FieldSpec, text: str) -> Choice | None:
    """The choice `text` names: its value or a label in any language, exactly, else folded (case, Arabic spelling,
    accents); None when it names none, or more than one once folded."""
    stripped = text.strip()
    for choice in spec.choices:
        if stripped == choice.value or stripped in choice.label.values():
            return choice
    found = _folded_choices(spec).get(normalise_for_search(stripped), [])
    return found[0] if len(found) == 1 else None


# A field's choices by their folded value and labels, made once per field (an import asks for thousands of rows).
# Keyed by the spec's id, the spec kept with its entry so that its id is never reused while the entry lives.
_FOLDED: dict[int, tuple[FieldSpec, dict[str, list[Choice]]]] = {}


def _folded_choices(spec: FieldSpec) -> dict[str, list[Choice]]:
    entry = _FOLDED.get(id(spec))
    if entry is None or entry[0] is not spec:
        folded: dict[str, list[Choice]] = {}
        for choice in spec.choices:
            keys = {
                normalise_for_search(choice.value),
                *(normalise_for_search(label) for label in choice.label.values()),
            }
            for key in keys:
                folded.setdefault(key, []).append(choice)
        if len(_FOLDED) > 1000:  # forms loaded again and again (tests): the old ones let go
            _FOLDED.clear()
        entry = _FOLDED[id(spec)] = (spec, folded)
    return entry[1]


def choices_text(spec: FieldSpec, lang: str) -> str:
    """The valid choices as `value (label)`, in `lang`."""
    separator = "، " if lang == "ar" else ", "
    return separator.join(f"{choice.value} ({choice.label.get(lang) or choice.value})" for choice in spec.choices)


def choice_params(spec: FieldSpec, value: str, lang: str) -> dict[str, Any]:
    """The parameters of the messages about a value that is not one of the field's choices."""
    return {"field": spec.label.get(lang) or spec.name, "value": value.strip(), "choices": choices_text(spec, lang)}


class _Choices(FieldType):
    keys = frozenset({"choices"})

    def read_definition(self, definition: dict[str, Any], reader: DefinitionReader, where: str) -> dict[str, Any]:
        return {"choices": reader.choices(definition.get("choices"), where)}

    def search_texts(self, spec: FieldSpec, value: Any, *, path: str, titled: bool) -> Iterator[tuple[str, str]]:
        # The labels in every language, so that "lait" finds a dairy cooperative.
        for code in value if isinstance(value, list) else [value]:
            labels = [spec.choice_label(str(code), lang) for lang in LANGUAGES]
            yield from ((path, label) for label in dict.fromkeys(labels))  # "Argan" once for fr and en

    def unknown_choices(self, spec: FieldSpec, value: Any) -> Iterator[tuple[FieldSpec, str]]:
        known = {choice.value for choice in spec.choices}
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str) and item not in known:
                yield spec, item

    def _resolved(self, spec: FieldSpec, item: Any, context: InputContext) -> Any:
        """The value of the choice `item` names; a draft keeps an unknown one as typed (`draft_warnings` says so
        once it is saved), a final record refuses it, listing the valid ones."""
        if not isinstance(item, str):
            return item  # another shape: refused by `parse`
        choice = choice_for(spec, item)
        if choice is not None:
            return choice.value
        if not context.draft:
            raise InvalidInput("cli_unknown_choice", **choice_params(spec, item, context.lang))
        return None


class SelectOneType(_Choices):
    name = "select_one"

    def parse(self, value: Any, spec: FieldSpec) -> str:
        return _choice_value(value, spec)

    def display(self, spec: FieldSpec, value: Any, lang: str, *, titles: TitleLookup | None = None) -> str:
        return spec.choice_label(value, lang)

    def sheet_cells(self, spec: FieldSpec, value: Any, options: SheetOptions) -> tuple[Cell, ...]:
        return (str(value) if options.choice_values else self.display(spec, value, options.lang),)

    def sort_key(self, spec: FieldSpec, value: Any) -> SortKey:
        # Its position in the form: the order the form's author chose, the same in every language.
        position = next((i for i, choice in enumerate(spec.choices) if choice.value == value), None)
        return position if position is not None else plain_key(value)

    def resolve(self, spec: FieldSpec, value: Any, context: InputContext) -> Any:
        resolved = self._resolved(spec, value, context)
        return value if resolved is None else resolved  # None: a draft keeps it as typed


class SelectMultipleType(_Choices):
    name = "select_multiple"
    keys = frozenset({"choices", "min_items", "max_items"})
    structured = True

    def read_definition(self, definition: dict[str, Any], reader: DefinitionReader, where: str) -> dict[str, Any]:
        options = super().read_definition(definition, reader, where)
        options.update(read_counts(definition, reader, where, ("min_items", "max_items")))
        return options

    def parse(self, value: Any, spec: FieldSpec) -> list[str]:
        chosen: list[str] = []
        for item in _split_list(value):
            choice = _choice_value(item, spec)
            if choice in chosen:
                raise BadValue("duplicate_choice", value=choice)
            chosen.append(choice)
        check_count(chosen, spec)
        # Stored in the form's order, so that two laptops ticking the same boxes store the same value.
        order = [choice.value for choice in spec.choices]
        return sorted(chosen, key=order.index)

    def display(self, spec: FieldSpec, value: Any, lang: str, *, titles: TitleLookup | None = None) -> str:
        if not isinstance(value, list):
            return str(value)
        separator = "، " if lang == "ar" else ", "
        return separator.join(spec.choice_label(v, lang) for v in value)

    def sheet_cells(self, spec: FieldSpec, value: Any, options: SheetOptions) -> tuple[Cell, ...]:
        if not isinstance(value, list):
            return (str(value),)
        # "; " in every language: the separator an import splits on (with "," and "،"), never part of a value.
        items = value if options.choice_values else [spec.choice_label(str(v), options.lang) for v in value]
        return ("; ".join(str(item) for item in items),)

    def sort_key(self, spec: FieldSpec, value: Any) -> SortKey:
        # As a single choice, by position in the form (the same in every language): the positions of the choices
        # ticked, in the form's order, so records sort by their first choice, then their second... A draft's
        # unknown choice comes after the known ones, by its text.
        if not isinstance(value, list):
            return plain_key(value)
        positions = {choice.value: index for index, choice in enumerate(spec.choices)}
        known = [positions.get(item) if isinstance(item, str) else None for item in value]
        return " ".join(f"{position:04d}" if position is not None else f"~{plain_key(item) or ''}"
                        for item, position in zip(value, known, strict=True))  # fmt: skip

    def resolve(self, spec: FieldSpec, value: Any, context: InputContext) -> Any:
        if isinstance(value, str):
            whole = choice_for(spec, value)  # a label may itself hold a comma
            items = [whole.value] if whole else [part for part in re.split(_SEPARATORS, value) if part.strip()]
        elif isinstance(value, list):
            items = list(value)
        else:
            return value  # another shape: refused by `parse`
        resolved = [self._resolved(spec, item, context) for item in items]
        return [item.strip() if found is None and isinstance(item, str) else found
                for item, found in zip(items, resolved, strict=True)]  # fmt: skip


def _split_list(value: Any) -> list[Any]:
    if isinstance(value, str):
        items = [part for part in re.split(_SEPARATORS, value) if part.strip()]
    elif isinstance(value, (list, tuple)):
        items = list(value)
    else:
        raise BadValue("not_a_choice", value=shown(value))
    if len(items) > bounds.CHOICES_MAX:
        raise BadValue("too_many_items", max=bounds.CHOICES_MAX)
    return items
