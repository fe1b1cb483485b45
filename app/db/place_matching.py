"""The one-time matching of provinces typed as text to Morocco's official list: proposed, then accepted by a person.

Records made before provinces were chosen from the list (app/core/field_types/places.py) keep the text they were
given. `proposals` reads every such text and proposes the official province it names (`app.core.places`: folded as
search folds it, never a guess); a text naming none, or naming a province outside the region the record gives, is
left as typed (`left_alone`). `accept` writes the proposals a person chose, all of them or none: each is a new
version of its record (in its history, carried by the next exchange), the province's code in place of the text,
and the record's region set from the province when it had none.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from app.core.clock import now_text
from app.core.errors import InvalidInput
from app.core.forms import FieldSpec, FormSpec
from app.core.places import Province, official_places
from app.core.validation import clean_record
from app.db.store import Store


@dataclass(frozen=True)
class Proposal:
    record_id: str
    form: str
    field: str
    text: str  # the province as typed
    province: Province  # the official one it names
    region_field: str | None  # the record's region field, set from the province when empty


@dataclass(frozen=True)
class LeftAlone:
    record_id: str
    form: str
    field: str
    text: str


def province_fields(form: FormSpec) -> list[FieldSpec]:
    return [spec for spec in form.fields if spec.type == "province"]


def _texts(store: Store) -> list[tuple[FormSpec, FieldSpec, str, str, Any]]:
    """(form, field, record id, province text, region) of every live record whose province is not an official code."""
    places = official_places()
    found = []
    for form in store.forms:
        for spec in province_fields(form):
            region = f"json_extract(data, '$.{spec.region_field}')" if spec.region_field else "NULL"
            rows = store.conn.execute(
                f"SELECT id, json_extract(data, '$.{spec.name}'), {region} FROM records"
                f" WHERE form = ? AND deleted = 0 AND json_type(data, '$.{spec.name}') = 'text' ORDER BY id",
                (form.name,),
            )
            found += [(form, spec, record_id, text, region_value) for record_id, text, region_value in rows
                      if places.province(text) is None and text.strip()]  # fmt: skip
    return found


def proposals(store: Store) -> tuple[list[Proposal], list[LeftAlone]]:
    """What the matching proposes, and the texts it leaves as typed."""
    places = official_places()
    proposed: list[Proposal] = []
    alone: list[LeftAlone] = []
    for form, spec, record_id, text, region in _texts(store):
        province = places.match(text)
        if province is not None and (not region or region == province.region):
            proposed.append(Proposal(record_id, form.name, spec.name, text, province, spec.region_field))
        else:
            alone.append(LeftAlone(record_id, form.name, spec.name, text))
    return proposed, alone


def _record_id(text: str) -> str:
    try:
        return str(uuid.UUID(text.strip()))
    except ValueError:
        raise InvalidInput("places_bad_id", id=text) from None


def accept(store: Store, record_ids: list[str] | None = None) -> list[Proposal]:
    """Write the proposals for `record_ids` (every proposal when None), in one transaction: an id without a
    proposal refuses the whole request and nothing is written. Returns the proposals written."""
    wanted = None if record_ids is None else list(dict.fromkeys(_record_id(text) for text in record_ids))
    with store.transaction():
        found, _ = proposals(store)  # read again under the write lock: what is accepted is what holds now
        by_record: dict[str, list[Proposal]] = {}
        for proposal in found:
            by_record.setdefault(proposal.record_id, []).append(proposal)
        chosen = list(by_record) if wanted is None else wanted
        missing = [record_id for record_id in chosen if record_id not in by_record]
        if missing:
            raise InvalidInput("places_no_proposal", id=missing[0])
        accepted: list[Proposal] = []
        for record_id in chosen:
            current = store.get(record_id)
            form = store.forms.for_record(current.form, current.form_version)
            data = dict(current.data)
            for proposal in by_record[record_id]:
                data[proposal.field] = proposal.province.code
                if proposal.region_field and not data.get(proposal.region_field):
                    data[proposal.region_field] = proposal.province.region
                accepted.append(proposal)
            draft = current.state == "draft"
            cleaned = clean_record(form, data, draft=draft)  # as any edit: a record that no longer validates refuses
            store.check_links(form, cleaned, draft=draft, kept=current.data)
            store.write_version(record_id, form, cleaned, state=current.state, version=current.version + 1,
                                created_at=current.created_at, now=now_text(), deleted=False)  # fmt: skip
    return accepted
