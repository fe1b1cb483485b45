"""A sheet's row read as the form reads what a person types: each field's cells through its type
(`FieldType.from_sheet`: Arabic-Indic digits, phones, dates, choices by label in any language, records by name),
then the whole record through `clean_record` and the store's check of its references, every problem located at
its sheet, row and column.

A row is a new record unless its `_id` names one of this form: then it is a new version of that record, its
columns replacing the record's values (an empty cell clears one; a field without a column keeps its value). Its
`_version` is the record's version stamp when it was exported. When that is no longer the record's current one, the
record changed since the export: a row that would change it is imported all the same and is a conflict (`conflict`,
a warning: the import records it, app/exchange/importing.py), as a merge records two laptops' concurrent edits, so
that a person reviews both and keeps either; a row that holds the record's current values, or still the values it
was exported with (Excel changed nothing there: the record's later change stands), changes nothing.

`_state` says draft or final (in any language); without it a new record is final and an existing one keeps its
state. Repeated groups come from their own sheet, each entry joined to its record by `_id`, in the order of
`_position`.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.core.arabic import normalise_for_search
from app.core.bounds import shown
from app.core.dates import show_datetime
from app.core.display import record_title
from app.core.errors import FieldProblem, InvalidInput, ValidationFailed
from app.core.field_types import BadValue, InputContext
from app.core.field_types.base import Cell, cell_text
from app.core.field_types.records import is_record_id
from app.core.forms import FieldSpec, FormSpec
from app.core.messages import LANGUAGES, translate
from app.core.shown import NAME_LIMIT, Shown, shown_text
from app.core.validation import clean_record
from app.db.store import Record, Store
from app.exchange.import_plan import SheetMap, fold
from app.exchange.sheet_input import SheetRow
from app.exchange.sheets import RECORD_ID, STATE, VERSION

VALUE_SHOWN = 80  # characters of a cell quoted in a problem
CANDIDATES_SHOWN = 5


@dataclass(frozen=True)
class RowProblem:
    """One problem, where it is: the sheet, the row as Excel numbers it, the column ("" for the row as a whole)."""

    sheet: str
    row: int
    column: str
    value: str
    code: str
    params: dict[str, Any] = field(default_factory=dict)
    warning: bool = False  # said, but the row is imported all the same (a likely duplicate)

    def message(self, lang: str) -> str:
        text = FieldProblem("", self.code, self.params).message(lang)
        return translate("import_warning", lang, problem=Shown(text)) if self.warning else text

    def order(self) -> tuple[int, int, str]:
        """Row, then column as Excel orders them (B before AA)."""
        letters = self.column.split(" ")[0] if self.column[:1].isupper() else "~"
        return self.row, len(letters), letters

    def line(self, lang: str) -> str:
        return translate("import_problem_line", lang, sheet=self.sheet, row=self.row, column=self.column or "—",
                         problem=Shown(self.message(lang)))  # fmt: skip


@dataclass
class Entry:
    """A row of a group's sheet, waiting for its record's row."""

    row: SheetRow
    position: int


@dataclass
class GroupSheet:
    group: FieldSpec
    plan: SheetMap
    entries: dict[str, list[Entry]] = field(default_factory=dict)  # record id -> its entries, as read


@dataclass
class RowOutcome:
    row: SheetRow
    record_id: str
    existing: Record | None
    draft: bool
    data: dict[str, Any] | None  # cleaned, None when the row has problems
    problems: list[RowProblem]
    stale: bool = False  # the row's `_version` is not the record's current one
    exported: str | None = None  # the row's `_version`: the record's stamp when it was exported
    conflict: RowProblem | None = None  # the warning of a row changing a record changed since the export


class RecordNames:
    """Records named as the command line names them (`taawun add --set cooperative=…`): by id, or by a title or a
    name field, folded as search folds text; each form's names read once for a whole sheet."""

    def __init__(self, store: Store, lang: str) -> None:
        self.store = store
        self.lang = lang
        self.by_form: dict[str, dict[str, list[tuple[str, str]]]] = {}

    def __call__(self, spec: FieldSpec, text: str) -> str:
        if spec.form is None or spec.form not in self.store.forms or is_record_id(text):
            return text  # an id (checked by the store), or a form unknown here (refused by the store)
        form = self.store.forms.get(spec.form)
        names = self.by_form.get(form.name)
        if names is None:
            names = self.by_form[form.name] = self._names(form)
        found = names.get(normalise_for_search(text), [])
        params = {"field": spec.label.get(self.lang) or spec.name, "value": text.strip(),
                  "form": form.label.get(self.lang) or form.name}  # fmt: skip
        if len(found) == 1:
            return found[0][0]
        if not found:
            raise InvalidInput("cli_reference_none", **params)
        lines = [f"  {shown_text(title, limit=NAME_LIMIT)}  ({record_id})" for record_id, title in
                 found[:CANDIDATES_SHOWN]]  # fmt: skip
        raise InvalidInput("cli_reference_ambiguous", candidates=Shown("\n".join(lines)), **params)

    def _names(self, form: FormSpec) -> dict[str, list[tuple[str, str]]]:
        names: dict[str, list[tuple[str, str]]] = {}
        for record in self.store.records_of(form.name):
            title = record_title(form, record.data, self.lang)
            keys = {normalise_for_search(record_title(form, record.data, lang)) for lang in LANGUAGES}
            for spec in form.fields:
                value = record.data.get(spec.name)
                if (
                    spec.field_type.may_name_record
                    and spec.name.startswith(("name", "title"))
                    and isinstance(value, str)
                ):
                    keys.add(normalise_for_search(value))
            for key in keys - {""}:
                names.setdefault(key, []).append((record.id, title))
        return names


def state_words() -> tuple[set[str], set[str]]:
    """The folded words of a draft and of a final record, in every language (an export writes them)."""
    draft = {fold(translate("state_draft", lang)) for lang in LANGUAGES} | {"draft"}
    final = {fold(translate("state_final", lang)) for lang in LANGUAGES} | {"final"}
    return draft, final


class RowReader:
    """Reads the rows of one form's sheet (`read`), with the group sheets found beside it."""

    def __init__(self, store: Store, form: FormSpec, plan: SheetMap, groups: list[GroupSheet], lang: str,
                 names: Callable[[FieldSpec, str], str]) -> None:  # fmt: skip
        self.store = store
        self.form = form
        self.plan = plan
        self.groups = groups
        self.lang = lang
        self.names = names
        self.draft_words, self.final_words = state_words()
        self.specs = plan.fields()  # the mapped fields by name, looked up once

    def read(self, row: SheetRow, problems: list[RowProblem]) -> RowOutcome:
        """The row's record; `problems` are those already found in its cells (merged, formulas)."""
        own, by_field = self.plan.split(row.cells)
        outcome = RowOutcome(row, str(uuid.uuid4()), None, False, None, problems)
        self._identify(outcome, own)
        # The record's entries in its groups' sheets are taken now, whatever the row's fate: they are its, not
        # entries of a record missing from the sheet.
        taken = {sheet.group.name: sorted(sheet.entries.pop(outcome.record_id, []), key=lambda e: e.position)
                 for sheet in self.groups}  # fmt: skip
        if outcome.problems:
            return outcome
        context = InputContext(outcome.draft, self.lang, self.names)
        values: dict[str, Any] = {}
        failed: set[str] = set()  # fields whose cells could not be read: reported once, not again as missing
        for name, cells in by_field.items():
            spec = self.specs[name]
            values[name] = self._value(spec, cells, context, self.plan, row, outcome.problems, failed)
        entry_rows: dict[str, list[SheetRow]] = {}
        for sheet in self.groups:
            entries = taken[sheet.group.name]
            if entries:  # a record with no row in the group's sheet keeps its entries
                entry_rows[sheet.group.name] = [entry.row for entry in entries]
                values[sheet.group.name] = self._entries(sheet, entries, context, outcome.problems, failed)
        kept = outcome.existing.data if outcome.existing is not None else {}
        data = {k: v for k, v in {**kept, **values}.items() if v is not None and k not in failed}
        form = self.form
        if outcome.existing is not None:  # a record filled with an older form keeps it (as an edit does)
            form = self.store.forms.for_record(self.form.name, outcome.existing.form_version)
        try:  # the rest of the row is checked all the same: every problem of a row is reported at once
            cleaned = clean_record(form, data, draft=outcome.draft)
            if not outcome.problems:
                self.store.check_links(form, cleaned, draft=outcome.draft, kept=kept or None)
        except ValidationFailed as failure:
            outcome.problems += [self._located(problem, row, by_field, entry_rows) for problem in failure.problems
                                 if problem.path.split("[")[0].split(".")[0] not in failed]  # fmt: skip
            return outcome
        if outcome.problems:
            return outcome
        existing = outcome.existing
        changes = existing is None or cleaned != existing.data or outcome.draft != (existing.state == "draft")
        if existing is not None and outcome.stale and changes:
            if self._as_exported(existing, outcome, values, form):
                # Excel changed nothing in this row: the record's change since the export stands (no new version).
                outcome.draft = existing.state == "draft"
                outcome.data = existing.data
                return outcome
            # Changed here since the export, and changed in the sheet: both are kept, as a conflict to review.
            found = self._problem(row, VERSION, outcome.exported or "", "import_changed_since_export",
                                  author=existing.author, when=show_datetime(existing.updated_at, self.lang))  # fmt: skip
            outcome.conflict = dataclasses.replace(found, warning=True)
        outcome.data = cleaned
        return outcome

    def _as_exported(self, existing: Record, outcome: RowOutcome, values: dict[str, Any], form: FormSpec) -> bool:
        """Whether the row holds the values of the version it was exported from (its `_version`, in the record's
        history): its columns read over that version, cleaned the same way, give that version again."""
        exported = next((v for v in self.store.history(existing.id) if v.hlc == outcome.exported), None)
        if exported is None or exported.deleted or outcome.draft != (exported.state == "draft"):
            return False
        data = {k: v for k, v in {**exported.data, **values}.items() if v is not None}
        try:
            return clean_record(form, data, draft=outcome.draft) == exported.data
        except ValidationFailed:
            return False

    def _identify(self, outcome: RowOutcome, own: dict[str, Cell]) -> None:
        row = outcome.row
        text = cell_text(own.get(RECORD_ID))
        if text is not None:
            try:
                outcome.record_id = str(uuid.UUID(text))
            except ValueError:
                outcome.problems.append(self._problem(row, RECORD_ID, text, "import_bad_id", value=text))
                return
            if self.store.exists(outcome.record_id):
                existing = self.store.get(outcome.record_id, include_deleted=True)
                if existing.deleted:
                    outcome.problems.append(self._problem(row, RECORD_ID, text, "import_record_deleted"))
                elif existing.form != self.form.name:
                    outcome.problems.append(self._problem(row, RECORD_ID, text, "import_other_form",
                                                          form=existing.form))  # fmt: skip
                outcome.existing = existing
        state = cell_text(own.get(STATE))
        if state is None:
            outcome.draft = outcome.existing is not None and outcome.existing.state == "draft"
        elif fold(state) in self.draft_words | self.final_words:
            outcome.draft = fold(state) in self.draft_words
        else:
            states = ", ".join(translate(f"state_{s}", self.lang) for s in ("final", "draft"))
            outcome.problems.append(self._problem(row, STATE, state, "import_bad_state", value=state, states=states))
        outcome.exported = cell_text(own.get(VERSION))
        current = outcome.existing
        outcome.stale = current is not None and outcome.exported is not None and outcome.exported != current.hlc

    def _value(self, spec: FieldSpec, cells: dict[str, Cell], context: InputContext, plan: SheetMap, row: SheetRow,
               problems: list[RowProblem], failed: set[str]) -> Any:  # fmt: skip
        try:
            return spec.field_type.from_sheet(spec, cells, context)
        except BadValue as error:
            code, params = error.code, error.params
        except InvalidInput as error:  # an unknown choice, a record no name or several names
            code, params = error.code, error.params
        failed.add(spec.name if plan is self.plan else _group_of(self.groups, plan))
        column = plan.column_of(spec.name)
        problems.append(RowProblem(plan.title, row.number, plan.header_text(column) if column is not None else "",
                                   _cells_text(cells), code, params))  # fmt: skip
        return None

    def _entries(self, sheet: GroupSheet, entries: list[Entry], context: InputContext, problems: list[RowProblem],
                 failed: set[str]) -> list[dict[str, Any]]:  # fmt: skip
        result = []
        for entry in entries:
            _, by_field = sheet.plan.split(entry.row.cells)
            item: dict[str, Any] = {}
            for name, cells in by_field.items():
                spec = next(sub for sub in sheet.group.fields if sub.name == name)
                value = self._value(spec, cells, context, sheet.plan, entry.row, problems, failed)
                if value is not None:
                    item[name] = value
            result.append(item)
        return result

    def _located(self, problem: FieldProblem, row: SheetRow, by_field: dict[str, dict[str, Cell]],
                 entry_rows: dict[str, list[SheetRow]]) -> RowProblem:  # fmt: skip
        """A record's problem at its cell: `name` in this sheet, `group[i].name` in the group's sheet, entry i."""
        head, _, rest = problem.path.partition(".")
        name, _, index = head.partition("[")
        for sheet in self.groups:
            if rest and name == sheet.group.name and index:
                entries = entry_rows.get(sheet.group.name, [])
                position = int(index.rstrip("]")) - 1
                at = entries[position] if 0 <= position < len(entries) else None
                sub = rest.split(".")[0]
                column = sheet.plan.column_of(sub)
                if at is not None:
                    cells = sheet.plan.split(at.cells)[1].get(sub, {})
                    return RowProblem(sheet.plan.title, at.number, sheet.plan.header_text(column) if column is not
                                      None else sub, _cells_text(cells), problem.code, problem.params)  # fmt: skip
        column = self.plan.column_of(name)
        where = self.plan.header_text(column) if column is not None else problem.path
        return RowProblem(self.plan.title, row.number, where, _cells_text(by_field.get(name, {})), problem.code,
                          problem.params)  # fmt: skip

    def _problem(self, row: SheetRow, name: str, cell: str, code: str, **params: Any) -> RowProblem:
        column = self.plan.column_named(name)
        return RowProblem(self.plan.title, row.number, self.plan.header_text(column) if column is not None else name,
                          shown(cell, VALUE_SHOWN), code, params)  # fmt: skip


def _group_of(groups: list[GroupSheet], plan: SheetMap) -> str:
    return next(sheet.group.name for sheet in groups if sheet.plan is plan)


def _cells_text(cells: dict[str, Cell]) -> str:
    texts = [text for cell in cells.values() if (text := cell_text(cell)) is not None]
    return shown(" ".join(texts), VALUE_SHOWN)
