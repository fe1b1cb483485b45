"""Property: whatever an agent typed into a record (Arabic, French, Tifinagh, digits of both kinds, text that starts
like a formula or with an apostrophe, several lines, numbers, dates, a position, choices), exported to XLSX or CSV
in any language and imported into another database, comes back as the same record: same id, state and values."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from test_export_property import LINE, NOTES, SECTORS

from app.core.forms import FormRegistry
from app.db.listing import ListQuery
from app.db.store import Store
from app.exchange.export import export_lists
from app.exchange.importing import import_sheet

LEGAL_FORMS = ["cooperative", "union_of_cooperatives", "association", "economic_interest_group", "other"]


@pytest.fixture
def other(tmp_path: Path, shipped_forms: FormRegistry) -> Iterator[Store]:
    """The database the records are imported into (one for every example: rows are found by id)."""
    with Store.open(tmp_path / "other.db", forms=shipped_forms, author="Idir", device_name="laptop-tiznit") as opened:
        yield opened


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    name=LINE,
    name_fr=st.one_of(st.none(), LINE),
    notes=NOTES,
    members=st.integers(min_value=0, max_value=100_000),
    lat=st.integers(min_value=-900_000_000, max_value=900_000_000).map(lambda n: n / 10**7),
    lon=st.integers(min_value=-1_800_000_000, max_value=1_800_000_000).map(lambda n: n / 10**7),
    founded=st.dates(),
    legal_form=st.one_of(st.none(), st.sampled_from(LEGAL_FORMS)),
    sectors=st.lists(st.sampled_from(SECTORS), unique=True, max_size=4),
    draft=st.booleans(),
    fmt=st.sampled_from(["xlsx", "csv"]),
    lang=st.sampled_from(["ar", "fr", "en"]),
    choice_values=st.booleans(),
)
def test_a_record_comes_back_equal_through_a_sheet(
    store: Store, other: Store, tmp_path_factory: pytest.TempPathFactory, name: str, name_fr: str | None,
    notes: str, members: int, lat: float, lon: float, founded, legal_form: str | None, sectors: list[str],
    draft: bool, fmt: str, lang: str, choice_values: bool,
) -> None:  # fmt: skip
    data = {"name_ar": name, "name_fr": name_fr, "notes": notes, "members_total": members,
            "location": {"lat": lat, "lon": lon}, "founded_on": founded.isoformat(), "legal_form": legal_form,
            "sectors": sectors}  # fmt: skip
    try:
        record_id = store.create("cooperative", {k: v for k, v in data.items() if v is not None}, draft=draft)
    except Exception:  # noqa: BLE001 - what validation refuses is not the import's concern (tested elsewhere)
        event("refused by the form")
        return
    event("imported")
    target = tmp_path_factory.mktemp("sheet") / f"c.{fmt}"
    export_lists(store, [ListQuery("cooperative")], target, fmt=fmt, lang=lang, choice_values=choice_values)
    result = import_sheet(other, "cooperative", target, lang=lang, write_problems=False)
    assert result.problems == [] and result.written
    original, copy = store.get(record_id), other.get(record_id)
    assert (copy.data, copy.state) == (original.data, original.state)
