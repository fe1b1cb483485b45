"""Form definitions: YAML files turned into frozen `FormSpec` / `FieldSpec` dataclasses.

The loader is strict: a broken file yields a `FormDefinitionError` naming the file, the field and the problem,
so that a typo in a form can never reach the database. Names are checked as identifiers here, before they
reach SQL or JSON paths anywhere else.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from app.core import expressions
from app.core.errors import FormDefinitionError, InvalidInput
from app.core.field_types import COMMON_KEYS, FIELD_KEYS, FIELD_TYPES, TYPES, FieldType
from app.core.form_behaviour import KEYS as BEHAVIOUR_KEYS
from app.core.form_behaviour import FormBehaviour, check_behaviour, parse_behaviour
from app.core.form_documents import MISSING, FormDocuments
from app.core.messages import LANGUAGES

NAME = re.compile(r"[a-z][a-z0-9_]{0,62}")
MAX_SOURCE = 200_000  # characters of one form definition: the shipped ones are under 15,000

Label = dict[str, str]

_FORM_KEYS = {"form", "version", "label", "title_fields", "sections", *BEHAVIOUR_KEYS}
_SECTION_KEYS = {"name", "label", "fields"}
_CHOICE_KEYS = {"value", *LANGUAGES}


@dataclass(frozen=True)
class Choice:
    value: str
    label: Label


@dataclass(frozen=True)
class FieldSpec:
    name: str
    type: str
    label: Label
    hint: Label | None = None
    required: bool = False
    relevant: expressions.Expression | None = None
    constraint: expressions.Expression | None = None
    constraint_message: Label | None = None
    min: Any = None
    max: Any = None
    min_length: int | None = None
    max_length: int | None = None
    min_items: int | None = None
    max_items: int | None = None
    choices: tuple[Choice, ...] = ()
    form: str | None = None  # for references: the form referred to
    fields: tuple[FieldSpec, ...] = ()  # for groups: the fields of one entry
    item_title_field: str | None = None
    region_field: str | None = None  # for provinces: the form's region field (app/core/field_types/places.py)
    commune_field: str | None = None  # for provinces: the commune field completed from the province's communes

    @property
    def field_type(self) -> FieldType:
        """What the field's type knows (keys, parsing, display, search, sort, command-line input)."""
        return TYPES[self.type]

    def choice_label(self, value: str, lang: str) -> str:
        for choice in self.choices:
            if choice.value == value:
                return choice.label[lang]
        return value

    def subfield(self, name: str) -> FieldSpec | None:
        return next((f for f in self.fields if f.name == name), None)


@dataclass(frozen=True)
class SectionSpec:
    name: str
    label: Label
    fields: tuple[FieldSpec, ...]


@dataclass(frozen=True)
class FormSpec:
    name: str
    version: int
    label: Label
    title_fields: tuple[str, ...]
    sections: tuple[SectionSpec, ...]
    source: str = field(repr=False, compare=False)  # the YAML text, stored with the records it describes
    path: str = field(default="", compare=False)
    behaviour: FormBehaviour = field(default=FormBehaviour(), compare=False)  # app/core/form_behaviour.py

    @cached_property  # read for every record validated: a merge validates tens of thousands
    def fields(self) -> tuple[FieldSpec, ...]:
        return tuple(f for section in self.sections for f in section.fields)

    def field(self, name: str) -> FieldSpec | None:
        return next((f for f in self.fields if f.name == name), None)

    @cached_property
    def digest(self) -> str:
        return hashlib.sha256(self.source.encode("utf-8")).hexdigest()

    def labels(self) -> dict[str, Label]:
        """Every field's label by name; a group's sub-fields as `group.field` (to name fields in error messages)."""
        result: dict[str, Label] = {}
        for spec in self.fields:
            result[spec.name] = spec.label
            for sub in spec.fields:
                result[f"{spec.name}.{sub.name}"] = sub.label
        return result


class FormRegistry:
    """The forms in use, by name. Built once at start-up and passed to whoever needs it (no global)."""

    def __init__(self, forms: list[FormSpec], *, proposed: list[FormSpec] | tuple[FormSpec, ...] = ()) -> None:
        self._forms = {form.name: form for form in forms}
        # Newer definitions that arrived in merged files and await a person's decision (not in use).
        self.proposed: tuple[FormSpec, ...] = tuple(proposed)

    def __iter__(self) -> Iterator[FormSpec]:
        return iter(self._forms.values())

    def __contains__(self, name: object) -> bool:
        return name in self._forms

    def names(self) -> list[str]:
        return list(self._forms)

    def for_record(self, name: str, version: int) -> FormSpec:
        """The spec to edit a record filled with `version` of form `name`: that very definition when it is a
        proposal not yet accepted here (so the record keeps its values and its version), else the form in use."""
        for form in self.proposed:
            if form.name == name and form.version == version:
                return form
        return self.get(name)

    def get(self, name: str) -> FormSpec:
        try:
            return self._forms[name]
        except KeyError:
            waiting = [form.version for form in self.proposed if form.name == name]
            if waiting:  # a form this laptop only knows from a merged file: not in use until someone accepts it
                raise InvalidInput("form_awaits_decision", form=name, version=max(waiting)) from None
            raise InvalidInput("unknown_form", form=name, available=", ".join(self._forms)) from None


def load_form_directory(directory: Path, *, documents: FormDocuments | None = None) -> FormRegistry:
    """The forms of `directory`'s YAML files; with `documents` (the window's start), the files read before are
    not read from their YAML again (app/core/form_documents.py)."""
    forms = [load_form(path, documents=documents) for path in sorted(directory.glob("*.yaml"))]
    check_references(forms)
    if documents is not None:
        documents.save()
    return FormRegistry(forms)


def check_references(forms: list[FormSpec], *, known: set[str] | frozenset[str] = frozenset()) -> None:
    """Every reference field must point at a form that is loaded alongside it (or among `known`)."""
    names = {form.name for form in forms} | set(known)
    for form in forms:
        for spec in _walk(form.fields):
            if spec.field_type.refers_to_record and spec.form not in names:
                raise FormDefinitionError(
                    "form_unknown_reference", file=form.path or form.name, field_path=spec.name, form=spec.form
                )
    check_behaviour(forms)


def _walk(fields: tuple[FieldSpec, ...]) -> Iterator[FieldSpec]:
    for spec in fields:
        yield spec
        yield from _walk(spec.fields)


def load_form(path: Path | str, *, documents: FormDocuments | None = None) -> FormSpec:
    path = Path(path)
    try:
        source = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise FormDefinitionError("form_unreadable", file=str(path), detail=str(error)) from None
    return parse_form(source, file=str(path), stem=path.stem, documents=documents)


@cache
def _no_alias_loader() -> type:
    """The safe loader (the C one when PyYAML has it: several times faster at start-up) that refuses aliases: no
    form needs them, and a group that refers to itself (or a billion laughs) would reach the loader's checks as
    a structure without end. PyYAML is imported here, when a form's YAML is first read: not at a start whose forms
    were read before (app/core/form_documents.py)."""
    import yaml

    class _NoAliasLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
        def construct_document(self, node: yaml.Node) -> Any:
            seen: set[int] = set()
            stack = [node]
            while stack:  # a loop, not recursion: the node graph may be deep or cyclic
                current = stack.pop()
                if id(current) in seen:
                    raise yaml.constructor.ConstructorError(None, None, "aliases (*name) are not allowed in a form",
                                                            current.start_mark)  # fmt: skip
                seen.add(id(current))
                if isinstance(current, yaml.SequenceNode):
                    stack.extend(current.value)
                elif isinstance(current, yaml.MappingNode):
                    for key, value in current.value:
                        stack.extend((key, value))
            return super().construct_document(node)

    return _NoAliasLoader


def read_yaml(source: str, *, file: str) -> Any:
    """What `source` reads as (YAML, safely, without aliases); a `FormDefinitionError` naming `file` if it cannot."""
    import yaml

    try:
        return yaml.load(source, Loader=_no_alias_loader())
    except yaml.YAMLError as error:
        raise FormDefinitionError("form_yaml_syntax", file=file, detail=str(error).replace("\n", " ")) from None
    except RecursionError:  # a hostile file (forms also arrive inside merged databases)
        raise FormDefinitionError("form_yaml_syntax", file=file, detail="nested too deeply") from None


def parse_form(source: str, *, file: str, stem: str | None = None, documents: FormDocuments | None = None) -> FormSpec:
    """The form `source` defines, checked; `documents`: what files read before read as (their YAML not read again)."""
    if len(source) > MAX_SOURCE:
        raise FormDefinitionError("form_yaml_syntax", file=file, detail=f"longer than {MAX_SOURCE} characters")
    document = documents.get(source) if documents is not None else MISSING
    if document is not MISSING:
        return _Loader(file).form(document, source, stem)
    document = read_yaml(source, file=file)
    if documents is not None:
        documents.put(source, document)  # as read, before the loader reads it
    return _Loader(file).form(document, source, stem)


class _Loader:
    def __init__(self, file: str) -> None:
        self.file = file

    def fail(self, code: str, where: str = "", **params: Any) -> FormDefinitionError:
        return FormDefinitionError(code, file=self.file, field_path=where, **params)

    def mapping(self, value: Any, key: str, where: str, allowed: set[str] | frozenset[str]) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail("form_not_mapping", where, key=key)
        for unknown in value:
            if unknown not in allowed:
                raise self.fail("form_unknown_key", where, key=unknown)
        return value

    def name(self, value: Any, where: str) -> str:
        if not isinstance(value, str) or not NAME.fullmatch(value):
            raise self.fail("form_bad_name", where, name=value)
        return value

    def label(self, value: Any, key: str, where: str) -> Label:
        if not isinstance(value, dict):
            raise self.fail("form_not_mapping", where, key=key)
        missing = [lang for lang in LANGUAGES if not isinstance(value.get(lang), str) or not value[lang].strip()]
        if missing:
            raise self.fail("form_missing_translation", where, key=key, missing=", ".join(missing))
        return {lang: str(value[lang]).strip() for lang in LANGUAGES}

    def form(self, document: Any, source: str, stem: str | None) -> FormSpec:
        document = self.mapping(document, "form", "", _FORM_KEYS)
        for key in ("form", "version", "label", "sections"):
            if key not in document:
                raise self.fail("form_missing_key", "", key=key)
        name = self.name(document["form"], "")
        if stem is not None and name != stem:
            raise self.fail("form_name_mismatch", "", name=name, stem=stem)
        version = document["version"]
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            raise self.fail("form_bad_value", "", key="version", expected="1, 2, 3…")
        sections = document["sections"]
        if not isinstance(sections, list) or not sections:
            raise self.fail("form_bad_value", "", key="sections", expected="[…]")
        parsed = tuple(self.section(section, index) for index, section in enumerate(sections))
        all_fields = [f for s in parsed for f in s.fields]
        if not all_fields:
            raise self.fail("form_no_fields")
        self.unique([s.name for s in parsed], "")
        self.unique([f.name for f in all_fields], "")
        title_fields = document.get("title_fields") or [all_fields[0].name]
        known = {f.name for f in all_fields}
        if not isinstance(title_fields, list) or any(not isinstance(t, str) or t not in known for t in title_fields):
            raise self.fail("form_bad_value", "", key="title_fields", expected=", ".join(sorted(known)))
        self.check_expressions(tuple(all_fields), known)
        self.check_places(all_fields)
        return FormSpec(
            name=name,
            version=version,
            label=self.label(document["label"], "label", ""),
            title_fields=tuple(title_fields),
            sections=parsed,
            source=source,
            path=self.file,
            behaviour=parse_behaviour(document, tuple(all_fields), self.fail, self.label),
        )

    def check_places(self, fields: list[FieldSpec]) -> None:
        """A province's `region` names a choice field of the form, its `commune` a text field of the form."""
        by_name = {spec.name: spec for spec in fields}
        for spec in fields:
            for key, named, kind in (
                ("region", spec.region_field, "select_one"),
                ("commune", spec.commune_field, "text"),
            ):
                found = by_name.get(named) if named is not None else None
                if named is not None and (found is None or found.type != kind):
                    choices = ", ".join(sorted(f.name for f in fields if f.type == kind)) or "—"
                    raise self.fail("form_bad_value", spec.name, key=key, expected=choices)

    def section(self, value: Any, index: int) -> SectionSpec:
        where = f"sections[{index}]"
        value = self.mapping(value, "sections", where, _SECTION_KEYS)
        for key in ("name", "label", "fields"):
            if key not in value:
                raise self.fail("form_missing_key", where, key=key)
        name = self.name(value["name"], where)
        return SectionSpec(name, self.label(value["label"], "label", name), self.field_list(value["fields"], name))

    def field_list(self, value: Any, where: str) -> tuple[FieldSpec, ...]:
        if not isinstance(value, list) or not value:
            raise self.fail("form_no_fields", where)
        fields = tuple(self.field(item, f"{where}[{i}]") for i, item in enumerate(value))
        self.unique([f.name for f in fields], where)
        return fields

    def unique(self, names: list[str], where: str) -> None:
        seen: set[str] = set()
        for name in names:
            if name in seen:
                raise self.fail("form_duplicate_name", where or name, name=name)
            seen.add(name)

    def field(self, value: Any, position: str) -> FieldSpec:
        if isinstance(value, dict) and isinstance(value.get("name"), str):
            position = value["name"]
        value = self.mapping(value, "fields", position, FIELD_KEYS)
        for key in ("name", "type", "label"):
            if key not in value:
                raise self.fail("form_missing_key", position, key=key)
        where = self.name(value["name"], position)
        kind = value["type"]
        if not isinstance(kind, str) or kind not in TYPES:
            raise self.fail("form_unknown_type", where, type=kind, available=", ".join(FIELD_TYPES))
        field_type = TYPES[kind]
        for key in value:  # a key another type reads, given to this one, would be silently ignored: refused
            if key not in COMMON_KEYS and key not in field_type.keys:
                raise self.fail("form_key_not_for_type", where, key=key, type=kind,
                                accepted=", ".join(sorted(field_type.keys)) or "—")  # fmt: skip
        options: dict[str, Any] = {"name": where, "type": kind, "label": self.label(value["label"], "label", where)}
        if "hint" in value:
            options["hint"] = self.label(value["hint"], "hint", where)
        options["required"] = self.boolean(value.get("required", False), "required", where)
        for key in ("relevant", "constraint"):
            if key in value:
                options[key] = self.expression(value[key], where)
        if "constraint" in value:
            if "constraint_message" not in value:
                raise self.fail("form_missing_key", where, key="constraint_message")
            options["constraint_message"] = self.label(value["constraint_message"], "constraint_message", where)
        options.update(field_type.read_definition(value, self, where))
        return FieldSpec(**options)

    def boolean(self, value: Any, key: str, where: str) -> bool:
        if not isinstance(value, bool):
            raise self.fail("form_bad_value", where, key=key, expected="true / false")
        return value

    def count(self, value: Any, key: str, where: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise self.fail("form_bad_value", where, key=key, expected="0, 1, 2…")
        return value

    def choices(self, value: Any, where: str) -> tuple[Choice, ...]:
        if not isinstance(value, list) or not value:
            raise self.fail("form_no_choices", where)
        result = []
        for item in value:
            item = self.mapping(item, "choices", where, _CHOICE_KEYS)
            if "value" not in item:
                raise self.fail("form_missing_key", where, key="value")
            choice_value = self.name(item["value"], where)
            labels = {lang: item.get(lang) for lang in LANGUAGES}
            result.append(Choice(choice_value, self.label(labels, choice_value, where)))
        self.unique([c.value for c in result], where)
        return tuple(result)

    def expression(self, value: Any, where: str) -> expressions.Expression:
        if not isinstance(value, str):
            raise self.fail("form_bad_expression", where, expression=value, detail="text expected")
        try:
            return expressions.parse(value)
        except expressions.ExpressionError as error:
            raise self.fail("form_bad_expression", where, expression=value, detail=str(error)) from None

    def check_expressions(self, fields: tuple[FieldSpec, ...], known: set[str]) -> None:
        for spec in fields:
            for expression in (spec.relevant, spec.constraint):
                if expression is None:
                    continue
                unknown = sorted(expression.field_names - known)
                if unknown:
                    raise self.fail(
                        "form_expression_unknown_field", spec.name, expression=expression.source, name=unknown[0]
                    )
