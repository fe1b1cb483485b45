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


def filter_sql(form: str, filters: Filters, *, today: dt.date | None = None) -> tuple[list[str], list[Any]]:
    """WHERE clauses (on the record `r`) and their parameters."""
    clauses: list[str] = []
    params: list[Any] = []
    usable = applicable(form)
    # Conditions on the cooperative (its place, sectors, challenges): on the record itself for a cooperative or a
    # workshop; for a visit, one uncorrelated sub-query picks the cooperatives first (there are few), instead of
    # looking up each visit's cooperative in turn.
    on_cooperative: list[str] = []
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
    if filters.open_follow_up and "open_follow_up" in usable:
        # A follow-up is open while no later visit to the same cooperative has taken place.
        clauses.append(
            "json_extract(r.data, '$.next_follow_up') IS NOT NULL AND NOT EXISTS (SELECT 1 FROM records later"
            " WHERE later.form = 'visit' AND later.deleted = 0 AND later.id != r.id"
            " AND json_extract(later.data, '$.cooperative') = json_extract(r.data, '$.cooperative')"
            " AND json_extract(later.data, '$.visit_date') > json_extract(r.data, '$.visit_date'))"
        )
    return clauses, params


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
