"""Likely duplicates among the records of a form, found by the keys its file declares (`duplicates:`,
app/core/duplicate_rules.py) and folded by app/core/name_folding.py.

Two live records of a form are likely duplicates when
- one of the `same` fields (a registration number, a phone) holds the same value in both, folded (`same:<field>`);
- or, within the same `place` (a commune), their names proper are equal (`same_name`) or sound alike across
  Arabic and Latin spellings (`similar_name`). In different places a similar name is not reported: two
  cooperatives "Al Amal" in two communes are common, and each would hide the real duplicates in a long list.

Nothing compares every pair: each record's keys are worked out once (one pass over the form's live records, read
as SQLite stores them) and the records are grouped by key, so 10,000 cooperatives take one pass and a few
dictionary look-ups each. A group holding more than `GROUP_MAX` records (a name left as "تعاونية" on hundreds)
says nothing about any two of them and is skipped. A pair a person marked "not the same" (app/db/distinct_pairs.py) is
never proposed again.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.core.arabic import normalise_for_search
from app.core.duplicate_rules import DuplicateRule
from app.core.messages import translate
from app.core.name_folding import code_key, name_and_sound, phone_key
from app.db.distinct_pairs import marked_pairs, marked_with

if TYPE_CHECKING:
    from app.core.forms import FormSpec
    from app.db.store import Store

GROUP_MAX = 50
# Reasons, strongest first (a pair is reported once, with every reason that holds).
SAME_NAME, SIMILAR_NAME = "same_name", "similar_name"


@dataclass(frozen=True)
class Pair:
    """Two records that are likely the same (`first` < `second`), and why."""

    first: str
    second: str
    reasons: tuple[str, ...]  # "same:<field>", "same_name", "similar_name"


def record_keys(form: FormSpec, rule: DuplicateRule, data: dict[str, Any]) -> set[tuple[str, ...]]:
    """Every key under which a record meets its likely duplicates: (reason, [place,] folded value)."""
    keys: set[tuple[str, ...]] = set()
    for name in rule.same:
        value = data.get(name)
        if isinstance(value, str) and value.strip():
            spec = form.field(name)
            folded = phone_key(value) if spec is not None and spec.type == "phone" else code_key(value)
            if len(folded) >= 3:  # "0", "-", "n/a": not an identity
                keys.add((f"same:{name}", folded))
    place = data.get(rule.place) if rule.place else ""
    if rule.place and not (isinstance(place, str) and place.strip()):
        return keys  # a name is compared within a place: none known, no name key
    where = normalise_for_search(str(place))
    for name in rule.names:
        value = data.get(name)
        if isinstance(value, str):
            exact, sound = name_and_sound(value)
            if exact:
                keys.add((SAME_NAME, where, exact))
            if sound and len(sound.replace(" ", "")) >= 2:
                keys.add((SIMILAR_NAME, where, sound))
    return keys


def _live(conn: sqlite3.Connection, form: str) -> Iterator[tuple[str, dict[str, Any]]]:
    for record_id, data in conn.execute(
        "SELECT id, data FROM records WHERE form = ? AND deleted = 0 ORDER BY id", (form,)
    ):
        yield record_id, json.loads(data)


def find_duplicates(store: Store, form_name: str) -> list[Pair]:
    """Every likely duplicate pair of the form's live records (none when its file declares no `duplicates`)."""
    form = store.forms.get(form_name)
    rule = form.behaviour.duplicates
    if rule is None:
        return []
    groups: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for record_id, data in _live(store.conn, form.name):
        for key in record_keys(form, rule, data):
            groups[key].append(record_id)
    reasons: dict[tuple[str, str], set[str]] = defaultdict(set)
    for key, ids in groups.items():
        if 1 < len(ids) <= GROUP_MAX:
            for index, first in enumerate(ids):
                for second in ids[index + 1 :]:
                    reasons[(first, second)].add(key[0])  # first < second: the records are read by id
    for pair in marked_pairs(store.conn):
        reasons.pop(pair, None)
    return [Pair(a, b, _ordered(found)) for (a, b), found in sorted(reasons.items(), key=_strength)]


def candidates(store: Store, form_name: str, data: dict[str, Any], *, record_id: str | None = None) -> list[Pair]:
    """The live records of the form that a record holding `data` likely duplicates (`first` is `record_id`, or ""
    for a record not saved yet; `second` the candidate), strongest first: the form's keys looked up in a
    `KeyIndex`, the one way a candidate is checked (a key held by more than GROUP_MAX says nothing, as everywhere)."""
    return candidates_in(store.conn, store.forms.get(form_name), data, record_id=record_id)


def candidates_in(conn: sqlite3.Connection, form: FormSpec, data: dict[str, Any], *,
                  record_id: str | None = None) -> list[Pair]:  # fmt: skip
    """`candidates` on any connection to the database: the window's worker reads with a read-only one of its own
    (app/db/duplicate_check.py)."""
    index = key_index(conn, form)
    if index is None:
        return []
    marked = marked_with(conn, record_id) if record_id else frozenset()
    return [Pair(record_id or "", pair.second, pair.reasons) for pair in index.matches(data, skip=record_id)
            if pair.second not in marked]  # fmt: skip


class KeyIndex:
    """Who holds each duplicate key of one form: records (by id) or anything else a caller names (an import's rows),
    each added once with its data. `matches` checks a candidate's data against it without writing anything: its
    keys worked out once, then a dictionary look-up each, so an import of 10,000 rows stays one pass over the form's
    records and a few look-ups a row. As in `find_duplicates`, a key more than `GROUP_MAX` hold says nothing."""

    def __init__(self, form: FormSpec, rule: DuplicateRule) -> None:
        self.form = form
        self.rule = rule
        self.holders: dict[tuple[str, ...], list[str]] = defaultdict(list)

    def keys(self, data: dict[str, Any]) -> set[tuple[str, ...]]:
        return record_keys(self.form, self.rule, data)

    def add(self, holder: str, data: dict[str, Any] | None = None, *, keys: set[tuple[str, ...]] | None = None) -> None:
        for key in self.keys(data or {}) if keys is None else keys:
            self.holders[key].append(holder)

    def matches(self, data: dict[str, Any] | None = None, *, keys: set[tuple[str, ...]] | None = None,
                skip: str | None = None) -> list[Pair]:  # fmt: skip
        """What a record holding `data` (or these `keys`) likely duplicates, as pairs ("", holder, reasons), strongest
        first; `skip` (the record itself, when the data is a new version of it) is never one of them."""
        found: dict[str, set[str]] = defaultdict(set)
        for key in self.keys(data or {}) if keys is None else keys:
            holders = self.holders.get(key, ())
            if len(holders) < GROUP_MAX:  # with the candidate, more than GROUP_MAX would hold the key
                for holder in holders:
                    if holder != skip:
                        found[holder].add(key[0])
        pairs = [Pair("", holder, _ordered(reasons)) for holder, reasons in found.items()]
        return sorted(pairs, key=lambda pair: (_rank(pair.reasons), pair.second))


def record_index(store: Store, form_name: str) -> KeyIndex | None:
    """The duplicate keys of the form's live records (None when its file declares no `duplicates`)."""
    return key_index(store.conn, store.forms.get(form_name))


def key_index(conn: sqlite3.Connection, form: FormSpec) -> KeyIndex | None:
    """`record_index` on any connection to the database."""
    rule = form.behaviour.duplicates
    if rule is None:
        return None
    index = KeyIndex(form, rule)
    for record_id, data in _live(conn, form.name):
        index.add(record_id, data)
    return index


def _rank(reasons: tuple[str, ...]) -> tuple[int, int]:
    strong = sum(reason.startswith("same:") for reason in reasons)
    return (-strong, -len(reasons))


def _strength(item: tuple[tuple[str, str], set[str]]) -> tuple[tuple[int, int], tuple[str, str]]:
    return _rank(tuple(item[1])), item[0]


def _ordered(reasons: set[str]) -> tuple[str, ...]:
    """`same:` reasons first (by field), then the same name, then a similar one; a similar name is not said when
    the same name is."""
    if SAME_NAME in reasons:
        reasons = reasons - {SIMILAR_NAME}
    return tuple(sorted(reasons, key=lambda r: (not r.startswith("same:"), r != SAME_NAME, r)))


def reasons_text(form: FormSpec, reasons: tuple[str, ...], lang: str) -> str:
    """Why two records are likely the same, in words ("same phone; similar name, same commune")."""
    rule = form.behaviour.duplicates
    place_spec = form.field(rule.place) if rule is not None and rule.place else None
    place = _in_sentence(place_spec.label[lang], lang) if place_spec is not None else ""
    words = []
    for reason in reasons:
        if reason.startswith("same:"):
            spec = form.field(reason[5:])
            field = _in_sentence(spec.label[lang], lang) if spec is not None else reason[5:]
            words.append(translate("reason_same_field", lang, field=field))
        else:
            words.append(translate(f"reason_{reason}", lang, place=place))
    return "; ".join(words)


def _in_sentence(label: str, lang: str) -> str:
    """A field's label inside a sentence: "Commune" -> "commune" (Arabic has no case)."""
    return label[:1].lower() + label[1:] if lang != "ar" else label


def stamps(store: Store) -> dict[str, tuple[str, str]]:
    """Each live record of the forms declaring duplicates: its form and the clock stamp of its shown version. Taken
    before a merge, it tells `pairs_touching` afterwards which records the merge brought or changed."""
    forms = [form.name for form in store.forms if form.behaviour.duplicates is not None]
    if not forms:
        return {}
    marks = ",".join("?" * len(forms))
    query = f"SELECT id, form, hlc FROM records WHERE deleted = 0 AND form IN ({marks})"
    return {record_id: (form, hlc) for record_id, form, hlc in store.conn.execute(query, forms)}


@dataclass(frozen=True)
class Touched:
    """After a merge: how many live records of forms declaring duplicates it brought or changed, and the likely
    duplicate pairs that involve one of them."""

    records: int
    pairs: tuple[tuple[str, Pair], ...]  # (form, pair)


def pairs_touching(store: Store, before: dict[str, tuple[str, str]]) -> Touched:
    """The likely duplicates involving records new or changed since `before` (`stamps` taken earlier). Pairs among
    records the merge left alone are not counted: they were there before the merge, and seen then (counting them
    would repeat the same number after every merge, until each is joined or marked "not the same")."""
    now = stamps(store)
    touched = {record_id for record_id, stamp in now.items() if before.get(record_id) != stamp}
    forms = sorted({now[record_id][0] for record_id in touched})
    found = [(form, pair) for form in forms for pair in find_duplicates(store, form)
             if pair.first in touched or pair.second in touched]  # fmt: skip
    return Touched(len(touched), tuple(found))
