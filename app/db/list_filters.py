"""Filters of the window's lists, as SQL over the records' JSON: place, choices (a sector...), dates, agent, state,
open follow-up. Which filters a form's list offers, and which fields they read, is declared in the form's file
(app/core/form_behaviour.py): a visit, say, takes its place, sectors and challenges from the cooperative it refers to.

Filter values are always bound parameters; the field names in the SQL come from the form definitions, whose names
the loader checked as identifiers (app/core/forms.py).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from typing import Any

from app.core.form_behaviour import ListBehaviour, list_behaviour
from app.core.forms import NAME, FormRegistry
from app.core.places import official_places
from app.db.list_keys import reference_field, sort_field


@dataclass(frozen=True)
class Filters:
    """What the user chose; None (or False, or no entry) means "any"."""

    province: str | None = None
    commune: str | None = None
    # (filter key, choice value): the choice filters the form declares (`list: choices:` in its file, a key per
    # choice field: a cooperative's `sector` is its `sectors` field). Pairs, so that the filters stay hashable.
    choices: tuple[tuple[str, str], ...] = ()
    date_from: str | None = None  # ISO dates
    date_to: str | None = None
    agent: str | None = None
    state: str | None = None  # "draft" | "final"
    open_follow_up: bool = False

    def choice(self, key: str) -> str | None:
        """The value chosen for the choice filter `key`, if any."""
        return next((value for name, value in self.choices if name == key), None)

    def active(self) -> bool:
        return any(value not in (None, "", False, ()) for value in self.__dict__.values())

    def as_json(self) -> dict[str, Any]:
        """Flat, as remembered between runs: a choice filter under its own key."""
        plain = {
            key: value for key, value in self.__dict__.items() if key != "choices" and value not in (None, "", False)
        }
        return {**plain, **{key: value for key, value in self.choices if value}}

    @classmethod
    def from_json(cls, stored: Any) -> Filters:
        """Remembered filters; anything unexpected is dropped (a damaged file must not break a list). A key that is
        no other filter's is a choice filter's (a filter the form no longer declares is not applied: `applicable`)."""
        if not isinstance(stored, dict):
            return cls()
        known: dict[str, Any] = {}
        choices: list[tuple[str, str]] = []
        for key, value in stored.items():
            if key == "open_follow_up" and isinstance(value, bool):
                known[key] = value
            elif (
                key in cls.__dataclass_fields__ and key not in ("open_follow_up", "choices") and isinstance(value, str)
            ):
                known[key] = value
            elif key not in cls.__dataclass_fields__ and isinstance(key, str) and NAME.fullmatch(key) and isinstance(
                    value, str) and value:  # fmt: skip
                choices.append((key, value))
        return cls(**known, choices=tuple(sorted(choices)))


def applicable(forms: FormRegistry, form: str) -> set[str]:
    """The filters that make sense for a form's list (keys of `Filters`)."""
    declared = set(list_behaviour(forms, form).filters)
    return (declared - {"date"}) | ({"date_from", "date_to"} if "date" in declared else set())


def _on_place(behaviour: ListBehaviour, filters: Filters) -> tuple[list[str], list[Any]]:
    """Conditions on the record holding the place (its province, commune, choices), on `c`."""
    usable = behaviour.filters
    on_place: list[str] = []
    params: list[Any] = []
    for key in ("province", "commune"):
        value = getattr(filters, key)
        field = getattr(behaviour, key)
        if value and key in usable and field:
            # A province named as people name it (`--province Tiznit`) finds the records holding its official code.
            values = official_places().stored_values(value) if key == "province" else (value.strip(),)
            on_place.append(f"trim(json_extract(c.data, '$.{field}')) IN ({', '.join('?' * len(values))})")
            params += values
    for key, field in behaviour.choices.items():
        value = filters.choice(key)
        if value and key in usable:
            # A multiple choice is a list (json_each gives its items), a single choice one value (json_each gives
            # that value): one condition serves both.
            on_place.append(f"EXISTS (SELECT 1 FROM json_each(c.data, '$.{field}') WHERE value = ?)")
            params.append(value)
    return on_place, params


def filter_sql(form: str, filters: Filters, *, forms: FormRegistry, today: dt.date | None = None,
               keyed: bool = True) -> tuple[list[str], list[Any]]:  # fmt: skip
    """WHERE clauses (on the record `r`) and their parameters. `keyed`: a clause may read the lists' sort keys
    (app/db/list_keys.py) where they hold what it needs."""
    clauses: list[str] = []
    behaviour = list_behaviour(forms, form)
    usable = behaviour.filters
    # On the record itself when it holds its place; through a reference (a visit's cooperative), one uncorrelated
    # sub-query picks the records holding the place first (there are few), instead of looking up each record's in
    # turn.
    on_place, params = _on_place(behaviour, filters)
    if on_place:
        condition = " AND ".join(on_place)
        if behaviour.via is not None:
            clauses.append(f"json_extract(r.data, '$.{behaviour.via}') IN (SELECT c.id FROM records c WHERE"
                           f" c.form = ? AND c.deleted = 0 AND {condition})")  # fmt: skip
            params.insert(0, behaviour.place_form)
        else:
            clauses.append(condition.replace("c.data", "r.data"))
    date_field = behaviour.date if "date" in usable else None
    if date_field and filters.date_from:
        clauses.append(f"json_extract(r.data, '$.{date_field}') >= ?")
        params.append(filters.date_from)
    if date_field and filters.date_to:
        clauses.append(f"json_extract(r.data, '$.{date_field}') <= ?")
        params.append(filters.date_to)
    if filters.state in ("draft", "final") and "state" in usable:
        clauses.append("r.state = ?")
        params.append(filters.state)
    if filters.agent and "agent" in usable:
        if behaviour.agent:
            clauses.append(f"(r.author = ? OR trim(json_extract(r.data, '$.{behaviour.agent}')) = ?)")
            params += [filters.agent.strip(), filters.agent.strip()]
        else:
            clauses.append("r.author = ?")
            params.append(filters.agent.strip())
    follow_up = behaviour.follow_up
    if filters.open_follow_up and "open_follow_up" in usable and follow_up is not None and behaviour.date:
        clause, more = _open_follow_up(forms, form, behaviour.date, follow_up.date, follow_up.of, keyed=keyed)
        clauses.append(clause)
        params += more
    return clauses, params


def _open_follow_up(forms: FormRegistry, form: str, date: str, next_date: str, of: str,
                    *, keyed: bool) -> tuple[str, list[Any]]:  # fmt: skip
    """A follow-up is open while no later record of the form (by `date`) refers to the same record (by `of`)."""
    spec = forms.get(form)
    if keyed and reference_field(forms, spec, of) is not None and sort_field(forms, spec, date) == date:
        # Its record is the latest of those referring to the same one. The latest date of each, from the sort keys
        # in one pass (a date's key is its value), rather than a search for a later record among all of them for
        # each record with a follow-up (a whole scan for each one that has none: seconds at 100,000 visits).
        # Without a reference or a date, no record is later, as below.
        return (
            f"json_extract(r.data, '$.{next_date}') IS NOT NULL AND (json_extract(r.data, '$.{of}') IS NULL"
            f" OR json_extract(r.data, '$.{date}') IS NULL OR (json_extract(r.data, '$.{of}'),"
            f" json_extract(r.data, '$.{date}')) IN (SELECT c.ref, max(d.key) FROM list_keys c JOIN list_keys d"
            " ON d.record_id = c.record_id AND d.field = ? WHERE c.ref IS NOT NULL AND c.form = ?"
            " AND c.field = ? GROUP BY c.ref))"
        ), [date, form, of]
    return (
        f"json_extract(r.data, '$.{next_date}') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM records later"
        " WHERE later.form = ? AND later.deleted = 0 AND later.id != r.id"
        f" AND json_extract(later.data, '$.{of}') = json_extract(r.data, '$.{of}')"
        f" AND json_extract(later.data, '$.{date}') > json_extract(r.data, '$.{date}'))"
    ), [form]


def candidate_sql(forms: FormRegistry, form: str, filters: Filters) -> list[tuple[str, list[Any]]]:
    """Sub-queries (one column, `record_id`), each listing through an index every record `filter_sql` lets through
    (and perhaps more), for a list to start from when few records match (app/db/listing.py). They read the lists'
    sort keys (app/db/list_keys.py): a reference (a visit's cooperative) by its `ref`, a date range by the date's
    key (a date's key is its value), and the state by an index on `records`."""
    if form not in forms:
        return []
    spec = forms.get(form)
    behaviour = list_behaviour(forms, form)
    sources: list[tuple[str, list[Any]]] = []
    on_place, params = _on_place(behaviour, filters)
    if on_place and behaviour.via is not None and reference_field(forms, spec, behaviour.via) is not None:
        sources.append(("SELECT record_id FROM list_keys WHERE ref IS NOT NULL AND form = ?"
                        " AND field = ? AND ref IN (SELECT c.id FROM records c WHERE"
                        f" c.form = ? AND c.deleted = 0 AND {' AND '.join(on_place)})",
                        [form, behaviour.via, behaviour.place_form, *params]))  # fmt: skip
    date_field = behaviour.date if "date" in behaviour.filters else None
    date_spec = spec.field(date_field) if date_field else None
    if (
        (filters.date_from or filters.date_to)
        and date_spec is not None
        and date_spec.type == "date"
        and (sort_field(forms, spec, date_spec.name) == date_spec.name)
    ):
        bounds = [("key >= ?", filters.date_from), ("key <= ?", filters.date_to)]
        sources.append((
            "SELECT record_id FROM list_keys WHERE form = ? AND field = ? AND "
            + " AND ".join(clause for clause, value in bounds if value),
            [form, date_spec.name, *(value for _, value in bounds if value)],
        ))  # fmt: skip
    if filters.state in ("draft", "final") and "state" in behaviour.filters:
        sources.append(("SELECT id AS record_id FROM records WHERE form = ? AND deleted = 0 AND state = ?",
                        [form, filters.state]))  # fmt: skip
    return sources


def distinct_values(conn: sqlite3.Connection, forms: FormRegistry, form: str, key: str) -> list[str]:
    """The values found for a place filter or the agent, to offer in the filter's list."""
    behaviour = list_behaviour(forms, form)
    if key in ("province", "commune"):
        field = getattr(behaviour, key)
        if not field or behaviour.place_form is None:
            return []
        sql = (f"SELECT DISTINCT trim(json_extract(data, '$.{field}')) FROM records WHERE form = ? AND deleted = 0"
               f" AND json_extract(data, '$.{field}') IS NOT NULL")  # fmt: skip
        return sorted(row[0] for row in conn.execute(sql, (behaviour.place_form,)) if row[0])
    if key == "agent":
        sql = "SELECT DISTINCT author FROM records WHERE form = ? AND deleted = 0"
        params: list[Any] = [form]
        if behaviour.agent:
            sql += (f" UNION SELECT DISTINCT trim(json_extract(data, '$.{behaviour.agent}')) FROM records"
                    f" WHERE form = ? AND deleted = 0 AND json_extract(data, '$.{behaviour.agent}') IS NOT NULL")  # fmt: skip
            params.append(form)
        return sorted({row[0] for row in conn.execute(sql, params) if row[0]})
    return []
