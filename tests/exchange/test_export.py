"""Exporting lists to XLSX and CSV (app/exchange): every value comes back equal when the file is read by another
library, Arabic sheets read right to left, text never becomes a formula, filters choose the same records as the
list, and a failed export leaves no file and no temporary behind."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from import_support import PHOTO, add_mixed
from sheet_reading import read_csv, read_xlsx, record_data

from app.core.errors import StorageError
from app.core.forms import FormRegistry
from app.db.list_filters import Filters
from app.db.listing import ListQuery
from app.db.store import Store
from app.exchange import export as exporting
from app.exchange.export import every_form, export_lists


@pytest.fixture
def mixed(store: Store) -> Store:
    """The demo event, and records as agents in Tiznit type them (import_support.add_mixed): Arabic, French and
    Tifinagh in one name, Arabic-Indic digits, a negative longitude, a note that starts like a formula, a draft, a
    deleted record."""
    add_mixed(store)
    return store


def _live(store: Store, form: str) -> dict[str, dict]:
    return {r.id: r for r in store.records_of(form)}


@pytest.mark.parametrize("lang", ["ar", "fr"])
@pytest.mark.parametrize("choice_values", [False, True])
def test_every_value_comes_back_from_the_workbook(mixed: Store, tmp_path: Path, lang: str, choice_values: bool) -> None:
    result = export_lists(mixed, every_form(mixed.forms), tmp_path / "all.xlsx", fmt="xlsx", lang=lang,
                          choice_values=choice_values)  # fmt: skip
    sheets = read_xlsx(tmp_path / "all.xlsx")
    assert result.files == [tmp_path / "all.xlsx"]
    by_key = {_key(names): rows for _, names, rows in sheets.values()}
    total = 0
    for form in mixed.forms:
        records = _live(mixed, form.name)
        rows = by_key[("form", form.name)]
        assert sorted(row["_id"] for row in rows) == sorted(records), "each live record once, no deleted one"
        for row in rows:
            record = records[row["_id"]]
            entries = {spec.name: [e for e in by_key[("group", form.name, spec.name)] if e["_id"] == record.id]
                       for spec in form.fields if spec.type == "group"}  # fmt: skip
            for group in entries.values():
                assert [e["_position"] for e in group] == list(range(1, len(group) + 1))
            expected = {k: v for k, v in record.data.items() if form.field(k) and form.field(k).type != "photos"}
            assert record_data(form, row, entries, labels=not choice_values) == expected
            assert row["_version"] == record.hlc
            assert row["_author"] == record.author
            assert isinstance(row["_updated"], dt.datetime)
            for spec in form.fields:
                if spec.type == "reference" and record.data.get(spec.name):
                    assert row[spec.name] == mixed.title_of(record.data[spec.name], lang)
        total += len(records)
    assert result.records == total


def _key(names: list[str]) -> tuple[str, ...]:
    """Which form or group a sheet holds, from its columns (the test does not trust the sheet's title)."""
    if names[1] == "_state":
        forms = {"name_ar": "cooperative", "visit_date": "visit", "start_date": "workshop"}
        return ("form", next(form for field, form in forms.items() if field in names))
    if "session" in names:  # version 5: a workshop's recommendations (an action, and the session it came from)
        return ("group", "workshop", "recommendations")
    groups = {"action": ("visit", "recommendations"), "theme": ("workshop", "sessions")}
    return ("group", *next(group for field, group in groups.items() if field in names))


def test_csv_files_have_a_byte_order_mark_and_every_value(mixed: Store, tmp_path: Path) -> None:
    result = export_lists(mixed, [ListQuery("visit")], tmp_path / "visits.csv", fmt="csv", lang="ar")
    assert result.files == [tmp_path / "visits.csv", tmp_path / "visits-visit.recommendations.csv"]
    labels, names, rows = read_csv(tmp_path / "visits.csv")
    _, _, entries = read_csv(tmp_path / "visits-visit.recommendations.csv")
    assert labels[0] == "معرف السجل" and names[:2] == ["_id", "_state"]
    form = mixed.forms.get("visit")
    records = _live(mixed, "visit")
    assert sorted(row["_id"] for row in rows) == sorted(records)
    for row in rows:
        record = records[row["_id"]]
        group = [entry for entry in entries if entry["_id"] == record.id]
        expected = {k: v for k, v in record.data.items() if k != "photos"}
        assert record_data(form, row, {"recommendations": group}, labels=True, csv_text=True) == expected


def test_text_that_looks_like_a_formula_stays_text(mixed: Store, tmp_path: Path) -> None:
    export_lists(mixed, [ListQuery("cooperative")], tmp_path / "c.xlsx", fmt="xlsx", lang="fr")
    export_lists(mixed, [ListQuery("cooperative")], tmp_path / "c.csv", fmt="csv", lang="fr")
    sheet = openpyxl.load_workbook(tmp_path / "c.xlsx").worksheets[0]
    names = [cell.value for cell in sheet[2]]
    cells = [row[names.index("products")] for row in sheet.iter_rows(min_row=3) if row[names.index("products")].value]
    formula_like = [cell for cell in cells if str(cell.value).startswith("=")]
    assert formula_like and all(cell.data_type == "s" for cell in formula_like)  # a string, not a formula ("f")
    _, _, rows = read_csv(tmp_path / "c.csv")
    texts = {row["products"] for row in rows} | {row["notes"] for row in rows}
    assert "'=SUM(A1:A9) زيت الأركان\namlou, ⴰⵎⵍⵓ" in texts and "'+212 et -5 °C : «نعم»" in texts
    assert all(not text.startswith(("=", "+", "-", "@")) for text in texts)


def test_arabic_sheets_read_right_to_left_with_headers_frozen_and_filters(mixed: Store, tmp_path: Path) -> None:
    for lang in ("ar", "fr"):
        export_lists(mixed, [ListQuery("visit")], tmp_path / f"{lang}.xlsx", fmt="xlsx", lang=lang)
        book = openpyxl.load_workbook(tmp_path / f"{lang}.xlsx")
        assert [s.title for s in book.worksheets] == (
            ["زيارة ميدانية", "التوصيات"] if lang == "ar" else ["Visite de terrain", "Recommandations"]
        )
        for sheet in book.worksheets:
            assert bool(sheet.sheet_view.rightToLeft) is (lang == "ar")
            assert sheet.freeze_panes == "A3"
            assert sheet.auto_filter.ref.startswith("A2:")
            assert sheet.column_dimensions["A"].width >= 8
        dates = [row[4] for row in book.worksheets[0].iter_rows(min_row=3, values_only=True)]
        assert dt.datetime(2025, 5, 19) in dates
        date_cell = next(c for c in book.worksheets[0]["E"][2:] if c.value == dt.datetime(2025, 5, 19))
        assert date_cell.number_format == "dd/mm/yyyy"


def test_a_filtered_list_exports_the_records_it_shows(mixed: Store, tmp_path: Path) -> None:
    query = ListQuery("visit", filters=Filters(state="final", date_from="2025-05-18"))
    export_lists(mixed, [query], tmp_path / "v.xlsx", fmt="xlsx", lang="en")
    (_, _, rows), *_ = read_xlsx(tmp_path / "v.xlsx").values()
    shown = {r.id for r in mixed.records_of("visit") if r.state == "final" and r.data["visit_date"] >= "2025-05-18"}
    assert shown and {row["_id"] for row in rows} == shown


def test_drafts_are_marked(mixed: Store, tmp_path: Path) -> None:
    export_lists(mixed, [ListQuery("visit")], tmp_path / "v.xlsx", fmt="xlsx", lang="fr")
    (_, _, rows), *_ = read_xlsx(tmp_path / "v.xlsx").values()
    states = {row["_id"]: row["_state"] for row in rows}
    drafts = {r.id for r in mixed.records_of("visit") if r.state == "draft"}
    assert drafts and {states[i] for i in drafts} == {"brouillon"}
    assert set(states.values()) == {"brouillon", "définitive"}


def test_photos_are_written_beside_the_workbook_under_the_names_of_their_cells(mixed: Store, tmp_path: Path) -> None:
    result = export_lists(mixed, [ListQuery("visit")], tmp_path / "v.xlsx", fmt="xlsx", lang="ar", photos=True)
    (_, _, rows), *_ = read_xlsx(tmp_path / "v.xlsx").values()
    named = [row["photos"] for row in rows if row["photos"]]
    assert result.photos == 1 and len(named) == 1
    assert (tmp_path / "v-photos" / named[0]).read_bytes() == PHOTO
    assert named[0].endswith("-الوحدة.jpg")


def test_a_failure_while_writing_leaves_the_old_file_and_no_temporary(
    mixed: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "v.xlsx"
    target.write_bytes(b"the previous export")
    written = []

    def fail_after_a_row(self: object, index: int, cells: list) -> None:
        written.append(cells)
        raise OSError(28, "No space left on device")

    for writer in (exporting.XlsxSheets, exporting.CsvSheets):
        monkeypatch.setattr(writer, "write_row", fail_after_a_row)
    for fmt, name in (("xlsx", "v.xlsx"), ("csv", "v.csv")):
        with pytest.raises(StorageError) as failure:
            export_lists(mixed, [ListQuery("visit")], tmp_path / name, fmt=fmt, lang="fr", photos=True)
        assert failure.value.code == "export_write_failed"
        assert "No space left" in failure.value.message("en")
    assert written
    assert target.read_bytes() == b"the previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taawun.db", "taawun.db-shm", "taawun.db-wal", "v.xlsx"]


def test_a_folder_that_is_gone_is_a_clear_error(store: Store, tmp_path: Path) -> None:
    for fmt in ("xlsx", "csv"):
        with pytest.raises(StorageError) as failure:
            export_lists(store, [ListQuery("visit")], tmp_path / "gone" / f"v.{fmt}", fmt=fmt, lang="ar")
        assert failure.value.code == "export_write_failed"


def test_an_empty_form_gives_its_headers(shipped_forms: FormRegistry, store: Store, tmp_path: Path) -> None:
    result = export_lists(store, [ListQuery("workshop")], tmp_path / "w.xlsx", fmt="xlsx", lang="en")
    sheets = read_xlsx(tmp_path / "w.xlsx")
    assert result.records == 0
    assert [names[:2] for _, names, _ in sheets.values()] == [
        ["_id", "_state"],
        ["_id", "_position"],
        ["_id", "_position"],
    ]
    assert all(rows == [] for _, _, rows in sheets.values())
