"""What the lists' sort keys are made of, worked out once per set of forms: which columns of each form's list are
keyed (its title fields and the columns its file declares, `list: columns:`, a reference as the title of the record
it names, the form's agent field as the author where it is empty, and the author), which other references
are kept for their `ref` only (a visit's workshop: finding the visits of a workshop is then an indexed look-up),
which forms others refer to, and a fingerprint of all that with the key function (app/db/list_keys.py keys
everything again when it changes). Pure: reads no database.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from app.core.form_behaviour import list_fields
from app.core.forms import FieldSpec, FormRegistry, FormSpec
from app.core.sort_key import KEY_VERSION, text_key

AUTHOR = "@author"  # the field name of the author's key


@dataclass(frozen=True)
class KeyedField:
    """A sorted column of a form's list: where its value is in the record, and how it becomes a key."""

    name: str  # the field's name, or AUTHOR
    spec: FieldSpec | None  # None for the author
    target: str | None = None  # a reference: the form referred to
    target_spec: FieldSpec | None = None  # ... and that form's first title field, which the list shows
    # False: a reference that is no column of the list, kept only for its `ref` (the records naming a record are an
    # indexed look-up); it has a row only where it names a record, so most records add none.
    sorted: bool = True
    # The form's agent field (`list: agent:`): where it is empty the list shows, and sorts by, the record's author.
    author_if_empty: bool = False

    def sql(self, record: str = "") -> str:
        """Its value in a record (`record` the table's alias and a dot, or nothing), as SQL: what the list shows and
        what is keyed. Field names are identifiers, checked when the forms were loaded (app.core.forms)."""
        value = f"json_extract({record}data, '$.{self.name}')"
        return f"coalesce(nullif({value}, ''), {record}author)" if self.author_if_empty else value


@dataclass(frozen=True)
class Plan:
    forms: dict[str, tuple[KeyedField, ...]]
    # For each form referred to by a keyed reference: (referring form, field, the referred title field).
    referrers: dict[str, tuple[tuple[str, str, FieldSpec | None], ...]]
    signature: str


def keyed_fields(forms: FormRegistry, form: FormSpec) -> tuple[KeyedField, ...]:
    fields = []
    shown = list_fields(form)
    for name in shown:
        spec = form.field(name)
        if spec is None:
            continue
        if spec.type == "reference" and spec.form is not None and spec.form in forms:
            target = forms.get(spec.form)
            fields.append(KeyedField(name, spec, spec.form, target.field(target.title_fields[0])))
        else:  # a reference to a form this laptop does not know is shown, and sorted, as the id it holds
            fields.append(KeyedField(name, spec, author_if_empty=name == form.behaviour.agent))
    for spec in form.fields:
        if spec.type != "reference" or spec.name in shown or spec.form is None or spec.form not in forms:
            continue
        target = forms.get(spec.form)
        fields.append(KeyedField(spec.name, spec, spec.form, target.field(target.title_fields[0]), sorted=False))
    return (*fields, KeyedField(AUTHOR, None))


_PLANS: dict[int, tuple[FormRegistry, Plan]] = {}
_PROBES = ("آمال أحمد إبراهيم", "تعاونيّة الأمل", "مسؤول على", "École Cœur", "Tighza 10 ٣", "«(x)» - 2.5%", "ⵜⴰⵡⵏⵉⵜ")


def plan(forms: FormRegistry) -> Plan:
    """What to key for these forms (worked out once per registry)."""
    cached = _PLANS.get(id(forms))
    if cached is None or cached[0] is not forms:
        by_form = {form.name: keyed_fields(forms, form) for form in forms}
        referrers: dict[str, list[tuple[str, str, FieldSpec | None]]] = defaultdict(list)
        described = []
        for name, fields in sorted(by_form.items()):
            for keyed in fields:
                if keyed.target is not None:
                    referrers[keyed.target].append((name, keyed.name, keyed.target_spec))
                described.append([name, keyed.name, *_describe(keyed.spec), keyed.target,
                                  *_describe(keyed.target_spec), keyed.sorted, keyed.author_if_empty])  # fmt: skip
        # The keys of a few texts stand for the key function itself: a change to it (or to the folding it uses)
        # that moves any of them changes the fingerprint even if KEY_VERSION was not raised.
        probes = [text_key(text) for text in _PROBES]
        digest = hashlib.sha256(json.dumps([KEY_VERSION, probes, described], ensure_ascii=False).encode()).hexdigest()
        made = Plan(by_form, {k: tuple(v) for k, v in referrers.items()}, digest)
        cached = _PLANS[id(forms)] = (forms, made)
    return cached[1]


def _describe(spec: FieldSpec | None) -> list[Any]:
    """What of a field its keys depend on."""
    if spec is None:
        return [None, None, None]
    ordered = spec.type in ("select_one", "select_multiple")  # keyed by the positions of their choices
    return [spec.name, spec.type, [c.value for c in spec.choices] if ordered else None]


def sort_field(forms: FormRegistry, form: FormSpec, column: str) -> str | None:
    """The `list_keys` field that sorts a list column; None for the columns sorted by an index on `records`."""
    if column == "author":
        return AUTHOR
    if column in list_fields(form) and form.field(column) is not None:
        return column
    return None


def reference_field(forms: FormRegistry, form: FormSpec, name: str) -> KeyedField | None:
    """The keyed reference field `name` of a form (its `ref` column finds the records naming a record), if any."""
    return next((k for k in plan(forms).forms.get(form.name, ()) if k.name == name and k.target is not None), None)
