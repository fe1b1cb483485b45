"""What changed between two versions of a record, field by field, as people read it (the history's "from → to").

Qt-free, for the command line's `taawun history` and the window's history view alike:

    field_changes(form, old_data, new_data, lang, titles=None) -> list[FieldChange]

`old_data` is the previous version's data (None or {} for the first version: every filled field is then a change
from empty), `new_data` the version's. Changes come in the form's order; a repeated group is compared entry by entry
("Recommendations 2 › Action"), so an edited entry shows only what changed in it, and an entry added or removed
shows its values going from or to empty. Fields the form does not know (a version written with another form
version) come last, named by their field name, their values as stored.

Each change carries the field's `path` (`recommendations[2].action`), its `label` in `lang`, and both values, raw
(`old_value`, `new_value`: None when empty) and as shown (`old`, `new`: "" when empty; choices by their label in
`lang`, dates in `lang`'s format (app.core.dates), references by the title `titles` gives, or their id). Shown
values are the value itself, not yet escaped: escape them where they are printed (`app.core.shown.shown_text`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.core.display import TitleLookup, format_value
from app.core.fields import is_empty
from app.core.forms import FieldSpec, FormSpec


@dataclass(frozen=True)
class FieldChange:
    path: str  # "visit_date", "recommendations[2].action"
    label: str  # "Visit date", "Recommendations 2 › Recommended action"
    old: str  # as shown, "" when empty
    new: str
    old_value: Any  # as stored, None when empty
    new_value: Any

    @property
    def added(self) -> bool:
        return self.old_value is None

    @property
    def removed(self) -> bool:
        return self.new_value is None


def field_changes(
    form: FormSpec,
    old_data: dict[str, Any] | None,
    new_data: dict[str, Any] | None,
    lang: str,
    *,
    titles: TitleLookup | None = None,
) -> list[FieldChange]:
    """Every field whose value differs between `old_data` and `new_data` (see the module's docstring)."""
    old, new = old_data or {}, new_data or {}
    changes = _changes(form.fields, old, new, lang, titles=titles, path="", label="")
    known = {spec.name for spec in form.fields}
    for name in sorted({*old, *new} - known):
        before, after = _present(old.get(name)), _present(new.get(name))
        if before != after:
            changes.append(FieldChange(name, name, _plain(before), _plain(after), before, after))
    return changes


def _changes(
    fields: tuple[FieldSpec, ...],
    old: dict[str, Any],
    new: dict[str, Any],
    lang: str,
    *,
    titles: TitleLookup | None,
    path: str,
    label: str,
) -> list[FieldChange]:
    changes: list[FieldChange] = []
    for spec in fields:
        before, after = _present(old.get(spec.name)), _present(new.get(spec.name))
        if before == after:
            continue
        field_path = f"{path}{spec.name}"
        field_label = f"{label}{spec.label.get(lang) or spec.name}"
        if spec.field_type.repeated and _entries(before) is not None and _entries(after) is not None:
            entries_before, entries_after = _entries(before) or [], _entries(after) or []
            for index in range(max(len(entries_before), len(entries_after))):
                entry_before = entries_before[index] if index < len(entries_before) else {}
                entry_after = entries_after[index] if index < len(entries_after) else {}
                changes += _changes(spec.fields, entry_before, entry_after, lang, titles=titles,
                                    path=f"{field_path}[{index + 1}].",
                                    label=f"{field_label} {index + 1} › ")  # fmt: skip
            continue
        changes.append(FieldChange(field_path, field_label, shown_value(spec, before, lang, titles=titles),
                                   shown_value(spec, after, lang, titles=titles), before, after))  # fmt: skip
    return changes


def shown_value(spec: FieldSpec, value: Any, lang: str, *, titles: TitleLookup | None = None) -> str:
    """A value as people read it in `lang` ("" when empty): as `app.core.display.format_value` shows it (dates in
    the language's format; a value a draft kept as typed, not a valid date, stays as typed)."""
    return format_value(spec, value, lang, titles=titles)


def _present(value: Any) -> Any:
    """None for an empty value ("", [], {}, spaces), so that a field cleared and a field absent compare equal."""
    return None if value is None or is_empty(value) else value


def _entries(value: Any) -> list[dict[str, Any]] | None:
    """A group's entries ([] when empty), or None when the value is not a list of objects (compared whole)."""
    if value is None:
        return []
    if isinstance(value, list) and all(isinstance(entry, dict) for entry in value):
        return value
    return None


def _plain(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)
