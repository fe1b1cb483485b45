"""The programme's indicators for a period and an area: what a donor asks (the indicator report) and what the
window's home shows, in SQL over the stored JSON, the previous period of the same length beside them.

What is counted (final records only: drafts are unfinished work; deleted records never):
- cooperatives supported: those visited in the period; new: those whose first visit ever falls in the period;
- members of the cooperatives supported: the total over those that gave it; the women's and the under-35 shares
  only over the cooperatives that gave both the total and that part, with how many did (`Share.based_on`);
- visits by purpose; workshops held in the period (those whose days meet it) and their participants, with the
  attendance by sex and age where the workshop form gives it (version 5);
- recommendations of the period's visits: made; done (an entry with a `done_on` date, from visit form version 5,
  by the period's end); overdue (a due date before the period's end, or today when that is sooner, and not done
  by then).

A figure nobody filled is unknown (None), never 0: the members when no cooperative gave them, the attendance when
no workshop did, the overdue recommendations when none has a due date, the done ones when no visit form in use can
say so and no entry does.

The area is a province, matched as the lists' province filter matches it (app/db/list_filters.py: the trimmed
text): a click on a figure of the window's home opens the list behind it with the same filter, showing as many
records. Fast at 100,000 visits: the period's visits are found through the lists' date keys (app/db/list_keys.py,
a date's key is its value) and summed by SQLite in one grouped query; a cooperative's earlier visit is looked for
through the keys of its visits (their `ref`), stopping at the first.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from app.core.errors import InvalidInput
from app.core.forms import FormRegistry
from app.core.places import official_places
from app.db.list_filters import distinct_values
from app.db.list_plan import reference_field, sort_field

VISIT, COOPERATIVE, WORKSHOP = "visit", "cooperative", "workshop"
ATTENDANCE = ("participants_women", "participants_men", "participants_under_35")  # workshop form, version 5


@dataclass(frozen=True)
class Area:
    """A period (first and last day, both included) and optionally a province."""

    start: dt.date
    end: dt.date
    province: str | None = None

    def previous(self) -> Area:
        """The period of the same length just before this one, in the same area."""
        length = self.end - self.start + dt.timedelta(days=1)
        return Area(self.start - length, self.start - dt.timedelta(days=1), self.province)


@dataclass(frozen=True)
class Sum:
    """A sum over the records that gave the figure: None when none did (unknown), with how many did."""

    value: int | None
    based_on: int


@dataclass(frozen=True)
class Share:
    """A part of the members (women, under 35) over the cooperatives that gave both the part and their total."""

    part: int | None  # None: no cooperative gave both
    whole: int
    based_on: int  # cooperatives

    @property
    def percent(self) -> float | None:
        if self.part is None or self.whole <= 0:
            return None
        return 100 * self.part / self.whole


@dataclass(frozen=True)
class Figures:
    area: Area
    cooperatives_supported: int
    cooperatives_new: int
    members: Sum
    women: Share
    under_35: Share
    visits: int
    visits_by_purpose: dict[str | None, int]  # a purpose's value (None: not given) → visits
    workshops: int
    participants: Sum
    attendance: dict[str, Sum]  # ATTENDANCE's names → the sum over the workshops that gave it
    recommendations_made: int
    recommendations_done: int | None
    recommendations_overdue: int | None
    cooperative_ids: frozenset[str] = field(default=frozenset(), repr=False)  # those supported


@dataclass(frozen=True)
class Indicators:
    current: Figures
    previous: Figures


def indicators(conn: sqlite3.Connection, forms: FormRegistry, area: Area, *,
               today: dt.date | None = None) -> Indicators:  # fmt: skip
    """The figures of `area` and of the period before it (read in one transaction: one snapshot for both)."""
    today = today or dt.date.today()
    check_province(conn, forms, area.province)
    # No memory map for these reads, though it saves a tenth of a year's figures: an I/O error on a mapped file (a
    # database on a pulled stick, a failing disk) is a signal that ends the process, not an error SQLite reports.
    started = not conn.in_transaction
    if started:
        conn.execute("BEGIN")  # a read transaction: both periods see the same data, whatever others write meanwhile
    try:
        current = figures(conn, forms, area, today=today)
        return Indicators(current, figures(conn, forms, area.previous(), today=today))
    finally:
        if started:
            conn.execute("COMMIT")


def known_provinces(conn: sqlite3.Connection, forms: FormRegistry) -> list[str]:
    """The provinces given on cooperatives and workshops (trimmed, as the lists' filter offers them)."""
    found = set(distinct_values(conn, forms, COOPERATIVE, "province"))
    if WORKSHOP in forms:
        found |= set(distinct_values(conn, forms, WORKSHOP, "province"))
    return sorted(found)


def check_province(conn: sqlite3.Connection, forms: FormRegistry, province: str | None) -> None:
    """A province no cooperative nor workshop gives is a mistyped one (InvalidInput, naming those known), rather
    than a report of zeros."""
    if province is None or not province.strip():
        return
    known = known_provinces(conn, forms)
    if not set(official_places().stored_values(province)) & set(known):
        shown = (_known_name(value) for value in known)
        raise InvalidInput("report_unknown_province", province=province.strip(), known=", ".join(shown) or "—")


def _known_name(value: str) -> str:
    """A province as the message naming the known ones shows it: an official one by its Arabic and French names."""
    official = official_places().province(value)
    return f"{official.names['ar']} / {official.names['fr']}" if official is not None else value


def figures(conn: sqlite3.Connection, forms: FormRegistry, area: Area, *, today: dt.date) -> Figures:
    start, end = area.start.isoformat(), area.end.isoformat()
    reference = min(area.end, today).isoformat()  # "overdue" and "done" as of the period's end, or today if sooner
    province = area.province.strip() if area.province and area.province.strip() else None
    by_purpose: dict[str | None, int] = {}
    supported: set[str] = set()
    made = done = overdue = dated = 0
    for cooperative, purpose, count, recommendations, with_done, late, with_due in _visit_groups(
        conn, forms, start, end, reference, province
    ):
        by_purpose[purpose] = by_purpose.get(purpose, 0) + count
        if isinstance(cooperative, str):
            supported.add(cooperative)
        made, done, overdue, dated = made + recommendations, done + with_done, overdue + late, dated + with_due
    members, women, under_35 = _members(conn, supported)
    workshops, participants, attendance = _workshops(conn, start, end, province)
    return Figures(
        area=area, cooperatives_supported=len(supported), cooperatives_new=_new(conn, forms, supported, start),
        members=members, women=women, under_35=under_35, visits=sum(by_purpose.values()), visits_by_purpose=by_purpose,
        workshops=workshops, participants=participants, attendance=attendance, recommendations_made=made,
        recommendations_done=done if done or _done_known(forms) else None,
        recommendations_overdue=overdue if dated else None, cooperative_ids=frozenset(supported),
    )  # fmt: skip


def period_visits_sql(forms: FormRegistry) -> str:
    """FROM and WHERE of the final visits (`r`) dated from :start to :end."""
    spec = forms.get(VISIT)
    if sort_field(forms, spec, "visit_date") == "visit_date":
        source = ("list_keys k CROSS JOIN records r ON r.id = k.record_id WHERE k.form = 'visit'"
                  " AND k.field = 'visit_date' AND k.key BETWEEN :start AND :end")  # fmt: skip
    else:
        source = "records r WHERE json_extract(r.data, '$.visit_date') BETWEEN :start AND :end"
    return source + " AND r.form = 'visit' AND r.deleted = 0 AND r.state = 'final'"


def _visit_groups(conn: sqlite3.Connection, forms: FormRegistry, start: str, end: str, reference: str,
                  province: str | None) -> list[tuple[Any, ...]]:  # fmt: skip
    """(cooperative, purpose, visits, recommendations, done, overdue, with a due date), grouped by cooperative and
    purpose: a few hundred rows for thousands of visits."""
    # Each visit's JSON is read once, into two short arrays materialised so that it is not parsed again: its
    # cooperative and purpose, the key the visits are grouped by (a short text: grouping on it costs less than on
    # two values taken out of an array for each visit), and its recommendations. Visits are read in the order of the
    # rows in the file (`rowid IN`), not of the dates, so that pages are read forwards. Then one row per
    # recommendation (one without for a visit that has none): a visit is counted on its first. Done by the
    # reference day; overdue: due before it and not done by it.
    done = "(json_extract(e.value, '$.done_on') IS NOT NULL AND json_extract(e.value, '$.done_on') <= :ref)"
    due = "json_extract(e.value, '$.due_date')"
    place = ""
    if province is not None:
        place = (" WHERE json_extract(v.cp, '$[0]') IN (SELECT c.id FROM records c WHERE c.form = 'cooperative'"
                 " AND c.deleted = 0 AND trim(json_extract(c.data, '$.province'))"
                 " IN (SELECT value FROM json_each(:provinces)))")  # fmt: skip
    sql = (
        "WITH v AS MATERIALIZED (SELECT json_extract(d.data, '$.cooperative', '$.purpose') AS cp,"
        " json_array(json_extract(d.data, '$.recommendations')) AS x"  # an array: a text kept as text in json_each
        f" FROM records d WHERE d.rowid IN (SELECT r.rowid FROM {period_visits_sql(forms)}))"
        f" SELECT v.cp, sum(e.key IS NULL OR e.key = 0), count(e.key), coalesce(sum({done}), 0),"
        f" coalesce(sum({due} IS NOT NULL AND {due} < :ref AND NOT {done}), 0), coalesce(sum({due} IS NOT NULL), 0)"
        f" FROM v LEFT JOIN json_each(v.x, '$[0]') e{place} GROUP BY v.cp"
    )
    values = {"start": start, "end": end, "ref": reference}
    if province is not None:
        values["provinces"] = json.dumps(official_places().stored_values(province))
    return [(*json.loads(pair), *counts) for pair, *counts in conn.execute(sql, values)]


def _new(conn: sqlite3.Connection, forms: FormRegistry, supported: set[str], start: str) -> int:
    """How many of the cooperatives visited in the period were never visited (a final visit) before it."""
    if not supported:
        return 0
    spec = forms.get(VISIT)
    if reference_field(forms, spec, COOPERATIVE) is not None and sort_field(forms, spec, "visit_date") == "visit_date":
        earlier = ("SELECT 1 FROM list_keys k CROSS JOIN list_keys d ON d.record_id = k.record_id"
                   " AND d.field = 'visit_date' CROSS JOIN records r ON r.id = k.record_id WHERE k.ref = c.value"
                   " AND k.form = 'visit' AND k.field = 'cooperative' AND d.key < ? AND r.deleted = 0"
                   " AND r.state = 'final'")  # fmt: skip
    else:
        earlier = ("SELECT 1 FROM records r WHERE r.form = 'visit' AND r.deleted = 0 AND r.state = 'final'"
                   " AND json_extract(r.data, '$.cooperative') = c.value"
                   " AND json_extract(r.data, '$.visit_date') < ?")  # fmt: skip
    sql = f"SELECT count(*) FROM json_each(?) c WHERE NOT EXISTS ({earlier})"
    return conn.execute(sql, (json.dumps(sorted(supported)), start)).fetchone()[0]


def _members(conn: sqlite3.Connection, supported: set[str]) -> tuple[Sum, Share, Share]:
    """The members of the cooperatives supported (final ones): the total where given, the shares only over those
    giving both their total and the part."""
    total = given = 0
    parts = {"members_women": [0, 0, 0], "members_under_35": [0, 0, 0]}  # part, whole, cooperatives
    if supported:
        rows = conn.execute(
            "SELECT json_extract(data, '$.members_total'), json_extract(data, '$.members_women'),"
            " json_extract(data, '$.members_under_35') FROM records WHERE id IN (SELECT value FROM json_each(?))"
            " AND form = 'cooperative' AND deleted = 0 AND state = 'final'",
            (json.dumps(sorted(supported)),),
        )
        for whole, women, young in rows:
            if not isinstance(whole, int):
                continue
            total, given = total + whole, given + 1
            for name, part in (("members_women", women), ("members_under_35", young)):
                if isinstance(part, int):
                    sums = parts[name]
                    sums[0], sums[1], sums[2] = sums[0] + part, sums[1] + whole, sums[2] + 1
    shares = [Share(p if n else None, w, n) for p, w, n in parts.values()]
    return Sum(total if given else None, given), shares[0], shares[1]


def _workshops(conn: sqlite3.Connection, start: str, end: str,
               province: str | None) -> tuple[int, Sum, dict[str, Sum]]:  # fmt: skip
    """The final workshops whose days meet the period (of the province, by their own field), their participants
    and attendance, each summed over the workshops that gave it."""
    first = "coalesce(json_extract(data, '$.start_date'), json_extract(data, '$.end_date'))"
    last = "coalesce(json_extract(data, '$.end_date'), json_extract(data, '$.start_date'))"
    names = ("participants_count", *ATTENDANCE)
    columns = ", ".join(f"sum(json_extract(data, '$.{n}')), count(json_extract(data, '$.{n}'))" for n in names)
    sql = (f"SELECT count(*), {columns} FROM records WHERE form = 'workshop' AND deleted = 0 AND state = 'final'"
           f" AND {first} <= ? AND {last} >= ?")  # fmt: skip
    params: list[Any] = [end, start]
    if province is not None:
        sql += " AND trim(json_extract(data, '$.province')) IN (SELECT value FROM json_each(?))"
        params.append(json.dumps(official_places().stored_values(province)))
    row = conn.execute(sql, params).fetchone()
    sums = {name: Sum(row[1 + 2 * i] if row[2 + 2 * i] else None, row[2 + 2 * i]) for i, name in enumerate(names)}
    return row[0], sums.pop("participants_count"), sums


def _done_known(forms: FormRegistry) -> bool:
    """Whether a visit form in use can say a recommendation was done (visit form version 5's `done_on`)."""
    group = forms.get(VISIT).field("recommendations")
    return group is not None and group.subfield("done_on") is not None
