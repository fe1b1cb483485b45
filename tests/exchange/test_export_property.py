"""Property: whatever an agent typed into a record (Arabic, French, Tifinagh, digits of both kinds, text that starts
like a formula, several lines, numbers, dates, a position, choices) comes back equal from the XLSX workbook (read by
openpyxl) and from the CSV file (read by Python's csv), in every language."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sheet_reading import read_csv, read_xlsx, record_data

from app.db.listing import ListQuery
from app.db.store import Store
from app.exchange.export import export_lists

ARABIC = st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
FRENCH = st.sampled_from(list("abcdefghijklmnopqrstuvwxyzéèêàçùôîïœ ÉÀ'-"))
TIFINAGH = st.characters(min_codepoint=0x2D30, max_codepoint=0x2D7F)
DIGITS = st.sampled_from(list('0123456789٠١٢٣٤٥٦٧٨٩ ()%.,:;«»"\u200f=+-@'))
LINE = st.text(st.one_of(ARABIC, FRENCH, TIFINAGH, DIGITS), min_size=1, max_size=80)
NOTES = st.text(st.one_of(ARABIC, FRENCH, TIFINAGH, DIGITS, st.just("\n")), min_size=1, max_size=300)
SECTORS = ["agriculture", "dairy", "olives", "argan", "crafts", "other"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    name=LINE,
    notes=NOTES,
    members=st.integers(min_value=0, max_value=100_000),
    # A position as a receiver gives it (7 decimals: a centimetre). Excel keeps 15 significant digits of a number,
    # so a double's 17th digit cannot survive a workbook; no position or count is that precise.
    lat=st.integers(min_value=-900_000_000, max_value=900_000_000).map(lambda n: n / 10**7),
    lon=st.integers(min_value=-1_800_000_000, max_value=1_800_000_000).map(lambda n: n / 10**7),
    founded=st.dates(),
    sectors=st.lists(st.sampled_from(SECTORS), unique=True, max_size=4),
    lang=st.sampled_from(["ar", "fr", "en"]),
)
def test_a_record_comes_back_equal_from_xlsx_and_csv(
    store: Store, tmp_path_factory, name: str, notes: str, members: int, lat: float, lon: float, founded,
    sectors: list[str], lang: str,
) -> None:  # fmt: skip
    folder = tmp_path_factory.mktemp("export")
    # One database for every example (opening one costs more than the export): rows are found by id.
    data = {"name_ar": name, "notes": notes, "members_total": members, "location": {"lat": lat, "lon": lon},
            "founded_on": founded.isoformat(), "sectors": sectors}  # fmt: skip
    try:
        record_id = store.create("cooperative", data, draft=True)
    except Exception:  # noqa: BLE001 - what validation refuses is not the export's concern (tested elsewhere)
        return
    stored = store.get(record_id).data
    form = store.forms.get("cooperative")
    export_lists(store, [ListQuery("cooperative")], folder / "c.xlsx", fmt="xlsx", lang=lang)
    export_lists(store, [ListQuery("cooperative")], folder / "c.csv", fmt="csv", lang=lang)
    (_, _, rows), *_ = read_xlsx(folder / "c.xlsx").values()
    [row] = [row for row in rows if row["_id"] == record_id]
    assert record_data(form, row, {}, labels=True) == stored
    _, _, lines = read_csv(folder / "c.csv")
    [line] = [line for line in lines if line["_id"] == record_id]
    assert record_data(form, line, {}, labels=True, csv_text=True) == stored
