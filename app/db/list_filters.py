"""Filters of the window's lists, as SQL over the records' JSON: place, sector, challenge, dates, agent, state,
open follow-up. Each filter knows on which forms it applies; a visit takes its place, sectors and challenges from
the cooperative it refers to.

Filter values are always bound parameters; the field names in the SQL come from this module only.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from typing import Any

from app.core.forms import FormRegistry
from app.db.list_keys import reference_field, sort_field

# The forms whose lists filter on a cooperative's sectors and challenges (a visit: its cooperative's).
_COOPERATIVE_FORMS = ("cooperative", "visit")
# The date a date range applies to.
_MAIN_DATE = {"visit": "visit_date", "workshop": "start_date", "cooperative": "founded_on"}


@dataclass(frozen=True)
class Filters:
    """What the user chose; None (or False) means "any"."""

    province: str | None = None
    commune: str | None = None
    sector: str | None = None
    challenge: str | None = None
    date_from: str | None = None  # ISO dates
    date_to: str | None = None
    agent: str | None = None
    state: str | None = None  # "draft" | "final"
    open_follow_up: bool = False

    def active(self) -> bool:
        return any(value not in (None, "", False) for value in self.__dict__.values())

    def as_json(self) -> dict[str, Any]:
        return {key: value for key, value in self.__dict__.items() if value not in (None, "", False)}

    @classmethod
    def from_json(cls, stored: Any) -> Filters:
        """Remembered filters; anything unexpected is dropped (a damaged file must not break a list)."""
        if not isinstance(stored, dict):
            return cls()
        known: dict[str, Any] = {}
        for key, value in stored.items():
            if key == "open_follow_up" and isinstance(value, bool):
                known[key] = value
            elif key in cls.__dataclass_fields__ and isinstance(value, str) and key != "open_follow_up":
                known[key] = value
        return cls(**known)


def applicable(form: str) -> set[str]:
    """The filters that make sense for a form's list."""
    names = {"province", "commune", "state", "date_from", "date_to"}
    if form in _COOPERATIVE_FORMS:
        names |= {"sector", "challenge"}
    if form == "visit":
        names |= {"agent", "open_follow_up"}
    return names


def _on_cooperative(form: str, filters: Filters) -> tuple[list[str], list[Any]]:
    """Conditions on the cooperative (its place, sectors, challenges), on `c`."""
    usable = applicable(form)
    on_cooperative: list[str] = []
    params: list[Any] = []
    for key in ("province", "commune"):
        value = getattr(filters, key)
        if value and key in usable:
            on_cooperative.append(f"trim(json_extract(c.data, '$.{key}')) = ?")
            params.append(value.strip())
    for key, field in (("sector", "sectors"), ("challenge", "challenges")):
        value = getattr(filters, key)
        if value and key in usable:
            on_cooperative.append(f"EXISTS (SELECT 1 FROM json_each(c.data, '$.{field}') WHERE value = ?)")
            params.append(value)
    return on_cooperative, params


def filter_sql(form: str, filters: Filters, *, today: dt.date | None = None,
               forms: FormRegistry | None = None) -> tuple[list[str], list[Any]]:  # fmt: skip
    """WHERE clauses (on the record `r`) and their parameters. With `forms`, a clause may read the lists' sort keys
    (app/db/list_keys.py) where they hold what it needs."""
    clauses: list[str] = []
    usable = applicable(form)
    # On the record itself for a cooperative or a workshop; for a visit, one uncorrelated sub-query picks the
    # cooperatives first (there are few), instead of looking up each visit's cooperative in turn.
    on_cooperative, params = _on_cooperative(form, filters)
    if on_cooperative:
        condition = " AND ".join(on_cooperative)
        if form == "visit":
            clauses.append("json_extract(r.data, '$.cooperative') IN (SELECT c.id FROM records c WHERE"
                           f" c.form = 'cooperative' AND c.deleted = 0 AND {condition})")  # fmt: skip
        else:
            clauses.append(condition.replace("c.data", "r.data"))
    date_field = _MAIN_DATE.get(form)
    if date_field and filters.date_from:
        clauses.append(f"json_extract(r.data, '$.{date_field}') >= ?")
        params.append(filters.date_from)
    if date_field and filters.date_to:
        clauses.append(f"json_extract(r.data, '$.{date_field}') <= ?")
        params.append(filters.date_to)
    if filters.state in ("draft", "final"):
        clauses.append("r.state = ?")
        params.append(filters.state)
    if filters.agent and "agent" in usable:
        clauses.append("(r.author = ? OR trim(json_extract(r.data, '$.agent')) = ?)")
        params += [filters.agent.strip(), filters.agent.strip()]
    if filters.open_follow_up and "open_follow_up" in usable and forms is not None and _dated_visits(forms):
        # A follow-up is open while no later visit to the same cooperative has taken place: its visit is the
        # latest of its cooperative's. The latest date of each cooperative, from the sort keys in one pass (a date's
        # key is its value), rather than a search for a later visit among all the visits for each visit with a
        # follow-up (a whole scan for each one that has none: seconds at 100,000 visits). Without a cooperative or
        # a date, no visit is later, as below.
        clauses.append(
            "json_extract(r.data, '$.next_follow_up') IS NOT NULL AND (json_extract(r.data, '$.cooperative') IS NULL"
            " OR json_extract(r.data, '$.visit_date') IS NULL OR (json_extract(r.data, '$.cooperative'),"
            " json_extract(r.data, '$.visit_date')) IN (SELECT c.ref, max(d.key) FROM list_keys c JOIN list_keys d"
            " ON d.record_id = c.record_id AND d.field = 'visit_date' WHERE c.ref IS NOT NULL AND c.form = 'visit'"
            " AND c.field = 'cooperative' GROUP BY c.ref))"
        )
    elif filters.open_follow_up and "open_follow_up" in usable:
        # A follow-up is open while no later visit to the same cooperative has taken place.
        clauses.append(
            "json_extract(r.data, '$.next_follow_up') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM records later"
            " WHERE later.form = 'visit' AND later.deleted = 0 AND later.id != r.id"
            " AND json_extract(later.data, '$.cooperative') = json_extract(r.data, '$.cooperative')"
            " AND json_extract(later.data, '$.visit_date') > json_extract(r.data, '$.visit_date'))"
        )
    return clauses, params


def _dated_visits(forms: FormRegistry) -> bool:
    """Whether the sort keys hold each visit's cooperative (with its `ref`) and its date (as its value)."""
    if "visit" not in forms:
        return False
    visit = forms.get("visit")
    date = visit.field("visit_date")
    return (reference_field(forms, visit, "cooperative") is not None and date is not None and date.type == "date"
            and sort_field(forms, visit, "visit_date") == "visit_date")  # fmt: skip


def candidate_sql(forms: FormRegistry, form: str, filters: Filters) -> list[tuple[str, list[Any]]]:
    """Sub-queries (one column, `record_id`), each listing through an index every record `filter_sql` lets through
    (and perhaps more), for a list to start from when few records match (app/db/listing.py). They read the lists'
    sort keys (app/db/list_keys.py): a visit's cooperative by its `ref`, a date range by the date's key (a date's
    key is its value), and the state by an index on `records`."""
    if form not in forms:
        return []
    spec = forms.get(form)
    sources: list[tuple[str, list[Any]]] = []
    on_cooperative, params = _on_cooperative(form, filters)
    if on_cooperative and form == "visit" and reference_field(forms, spec, "cooperative") is not None:
        sources.append(("SELECT record_id FROM list_keys WHERE ref IS NOT NULL AND form = 'visit'"
                        " AND field = 'cooperative' AND ref IN (SELECT c.id FROM records c WHERE"
                        f" c.form = 'cooperative' AND c.deleted = 0 AND {' AND '.join(on_cooperative)})", params))  # fmt: skip
    date_field = _MAIN_DATE.get(form)
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
    if filters.state in ("draft", "final"):
        sources.append(("SELECT id AS record_id FROM records WHERE form = ? AND deleted = 0 AND state = ?",
                        [form, filters.state]))  # fmt: skip
    return sources


def distinct_values(conn: sqlite3.Connection, form: str, key: str) -> list[str]:
    """The values found for a place filter or the agent, to offer in the filter's list."""
    if key in ("province", "commune"):
        source_form = "cooperative" if form in _COOPERATIVE_FORMS else form
        sql = (f"SELECT DISTINCT trim(json_extract(data, '$.{key}')) FROM records WHERE form = ? AND deleted = 0"
               f" AND json_extract(data, '$.{key}') IS NOT NULL")  # fmt: skip
        return sorted(row[0] for row in conn.execute(sql, (source_form,)) if row[0])
    if key == "agent":
        sql = ("SELECT DISTINCT author FROM records WHERE form = 'visit' AND deleted = 0 UNION"
               " SELECT DISTINCT trim(json_extract(data, '$.agent')) FROM records WHERE form = 'visit' AND deleted = 0"
               " AND json_extract(data, '$.agent') IS NOT NULL")  # fmt: skip
        return sorted({row[0] for row in conn.execute(sql) if row[0]})
    return []
