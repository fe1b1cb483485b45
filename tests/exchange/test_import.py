"""Importing sheets (app/exchange/importing.py): an export edited in Excel comes back as one new version and one new
record; every row is read as the form reads typing and each problem is reported by sheet, row and column, in the
user's language and in a workbook beside the file; a dry run writes nothing; nothing is ever half written."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import openpyxl
import pytest
from import_support import Unchanged, add_mixed, write_csv, write_xlsx

from app.core.errors import InvalidInput
from app.core.origin import origin_sentence
from app.db.listing import ListQuery
from app.db.store import Store
from app.exchange.export import every_form, export_lists
from app.exchange.import_plan import column_letter
from app.exchange.importing import import_sheet


def _codes(result) -> list[tuple[int, str, str]]:
    return [(p.row, p.column.split(" ")[0], p.code) for p in result.problems]


# --- round trips ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_an_export_imported_back_as_it_is_changes_nothing(store: Store, tmp_path: Path, fmt: str, lang: str) -> None:
    add_mixed(store)
    for form in store.forms:
        target = tmp_path / f"{form.name}.{fmt}"
        export_lists(store, [ListQuery(form.name)], target, fmt=fmt, lang=lang)
        unchanged = Unchanged(store)
        checked = import_sheet(store, form.name, target, dry_run=True, lang=lang)
        unchanged.check()
        assert checked.problems == [] and checked.rows == store.count(form.name) > 0
        result = import_sheet(store, form.name, target, lang=lang)
        assert result.written and result.problems == []
        assert (result.created, result.updated, result.unchanged) == (0, 0, checked.rows)
        unchanged.check(statements=False)  # no version that changes nothing


def test_an_export_edited_in_excel_comes_back_as_a_new_version_and_a_new_record(
    store: Store, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    ids = add_mixed(store)
    target = tmp_path / "tout.xlsx"
    export_lists(store, every_form(store.forms), target, fmt="xlsx", lang="fr")
    book = openpyxl.load_workbook(target)  # another library than the export's writer, as Excel would be
    sheet = book["Coopérative"]
    names = [cell.value for cell in sheet[2]]
    row = next(r for r in sheet.iter_rows(min_row=3) if r[names.index("_id")].value == ids["cooperative"])
    row[names.index("name_fr")].value = "Coopérative Tawun ⵜⴰⵡⵓⵏ (modifiée)"
    row[names.index("members_women")].value = 31
    new = dict.fromkeys(names)
    new.update({"name_ar": "تعاونية النور ⵏⵓⵔ", "name_fr": "Coopérative Nour", "registration_number": "٧٨٩",
                "founded_on": "17/05/2025", "legal_form": "Association", "sectors": "Argan; الفلاحة",
                "members_total": "١٢", "phone": 661234567, "location.lat": 29.7, "location.lon": "-8,97",
                "_state": "brouillon"})  # fmt: skip
    sheet.append([new[name] for name in names])
    recommendations = book["Recommandations"]
    rec_names = [cell.value for cell in recommendations[2]]
    entry = next(r for r in recommendations.iter_rows(min_row=3) if r[0].value == ids["visit"])
    entry[rec_names.index("action")].value = "تكوين في التسويق الرقمي"
    added = {"_id": ids["visit"], "_position": 3, "action": "Étiqueter en ⵜⵉⴼⵉⵏⴰⵖ", "due_date": dt.datetime(2025, 7, 1)}
    recommendations.append([added.get(name) for name in rec_names])
    book.save(target)
    before = store.count("cooperative")

    caplog.set_level(logging.INFO, logger="taawun.import")
    result = import_sheet(store, "cooperative", target, sheet="Coopérative", lang="fr")
    assert result.problems == [] and result.written
    assert (result.created, result.updated) == (1, 1)
    assert store.count("cooperative") == before + 1
    edited = store.get(ids["cooperative"])
    assert edited.version == 2 and edited.data["name_fr"] == "Coopérative Tawun ⵜⴰⵡⵓⵏ (modifiée)"
    assert edited.data["members_women"] == 31 and edited.data["members_total"] == 45
    assert [v.version for v in store.history(ids["cooperative"])] == [1, 2]
    [(new_row, new_id, _)] = [origin for origin in result.origins if origin[1] != ids["cooperative"]]
    created = store.get(new_id)
    assert created.state == "draft"
    assert created.data == {
        "name_ar": "تعاونية النور ⵏⵓⵔ", "name_fr": "Coopérative Nour", "registration_number": "٧٨٩",
        "founded_on": "2025-05-17", "legal_form": "association", "sectors": ["agriculture", "argan"],
        "members_total": 12, "phone": "+212661234567", "location": {"lat": 29.7, "lon": -8.97},
    }  # fmt: skip
    # Where each version came from: its history says the file (its name, not its folder) and the row, and so does
    # the log; the version typed before the export says nothing of the kind.
    edited_row = next(origin[0] for origin in result.origins if origin[1] == ids["cooperative"])
    assert [v.origin for v in store.history(new_id)] == [f"tout.xlsx:{new_row}"]
    assert [v.origin for v in store.history(ids["cooperative"])] == [None, f"tout.xlsx:{edited_row}"]
    for lang, sentence in (("fr", f"Importé de tout.xlsx, ligne {new_row}"),
                           ("en", f"Imported from tout.xlsx, row {new_row}"),
                           ("ar", f"مستورد من tout.xlsx، السطر {new_row}")):  # fmt: skip
        assert origin_sentence(store.history(new_id)[0].origin, lang) == sentence
    assert f"imported tout.xlsx row {new_row}: record {new_id} version 1" in caplog.text
    assert f"imported tout.xlsx row {edited_row}: record {ids['cooperative']} version 2" in caplog.text

    visits = import_sheet(store, "visit", target, sheet="Visite de terrain", lang="fr")
    assert visits.problems == [] and (visits.updated, visits.created) == (1, 0)
    visit = store.get(ids["visit"])
    assert [e["action"] for e in visit.data["recommendations"]] == [
        "تكوين في التسويق الرقمي", "Étiquetage ⵜⵉⴼⵉⵏⴰⵖ", "Étiqueter en ⵜⵉⴼⵉⵏⴰⵖ"]  # fmt: skip
    assert visit.data["recommendations"][2]["due_date"] == "2025-07-01"
    assert visit.data["photos"] == store.history(ids["visit"])[0].data["photos"]  # kept: not read from a sheet


# --- problems, row by row ---------------------------------------------------------------------------------------


def test_each_problem_is_reported_by_row_and_column_and_nothing_is_written(store: Store, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "coops.xlsx", [
        ["Nom de la coopérative (en arabe)", "Date de création", "Forme juridique", "Téléphone", "Remarque"],
        ["تعاونية الأمل", "17/05/2019", "Coopérative", "0612345678", "ok"],
        [None, None, None, None, None],
        ["تعاونية الخير", "31/02/2020", "coopérative", "06 12 34 56 78", ""],
        ["تعاونية النجاح", "hier", "Mutuelle", "12345", None],
        [None, "2020-01-01", None, None, None],
        ["", "", "", "", ""],
        ["Coopérative Tifawin ⵜⵉⴼⴰⵡⵉⵏ", dt.datetime(2021, 3, 4), "جمعية", "+212 6 61 23 45 67", None],
    ])  # fmt: skip
    unchanged = Unchanged(store)
    result = import_sheet(store, "cooperative", path, dry_run=True, lang="fr")
    unchanged.check()
    assert result.rows == 5 and result.bad_rows == 3  # the blank rows are skipped, not counted
    assert _codes(result) == [(4, "B", "not_date"), (5, "B", "not_date"), (5, "C", "cli_unknown_choice"),
                              (5, "D", "not_phone"), (6, "A", "required")]  # fmt: skip
    assert result.ignored_columns == ["E (Remarque)"]
    lines = [p.line("fr") for p in result.problems]
    assert lines[2].startswith("Feuille « Feuil1 », ligne 5, colonne C (Forme juridique) : « Mutuelle » ne fait pas")
    assert "Association" in lines[2]  # the valid choices, in the user's language
    assert result.problems[0].message("ar").startswith("«31/02/2020» ليس تاريخا صحيحا")
    # The workbook beside the file: the list, and the rows concerned under their header, to fix in Excel.
    book = openpyxl.load_workbook(tmp_path / "coops-problems.xlsx")
    listing, rows = book.worksheets
    assert [c.value for c in listing[1]] == ["Feuille", "Ligne", "Colonne", "Valeur", "Problème"]
    assert [(r[1].value, r[3].value) for r in listing.iter_rows(min_row=2)][:2] == [(4, "31/02/2020"), (5, "hier")]
    assert [r[0].value for r in rows.iter_rows(min_row=2)] == ["تعاونية الخير", "تعاونية النجاح", None]
    # A real import of a sheet with problems writes nothing either; --only-valid writes the two valid rows.
    refused = import_sheet(store, "cooperative", path, lang="fr")
    assert not refused.written and refused.created == 0
    unchanged.check(statements=False)
    done = import_sheet(store, "cooperative", path, only_valid=True, lang="fr")
    assert done.written and done.created == 2 and done.bad_rows == 3
    names = {r.data["name_ar"]: r.data for r in store.records_of("cooperative")}
    assert names["Coopérative Tifawin ⵜⵉⴼⴰⵡⵉⵏ"]["founded_on"] == "2021-03-04"
    assert names["Coopérative Tifawin ⵜⵉⴼⴰⵡⵉⵏ"]["legal_form"] == "association"
    assert names["تعاونية الأمل"]["phone"] == "+212612345678"


def test_a_missing_required_column_is_refused_naming_it(store: Store, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "c.xlsx", [["Nom de la coopérative (en français)", "Commune"], ["Nour", "Tiznit"]])
    with pytest.raises(InvalidInput) as error:
        import_sheet(store, "cooperative", path, dry_run=True, lang="fr")
    assert error.value.code == "import_missing_column"
    assert "Nom de la coopérative (en arabe)" in error.value.message("fr") and "name_ar" in error.value.message("fr")
    # Mapped by hand, the same sheet is read.
    result = import_sheet(store, "cooperative", path, dry_run=True, lang="fr",
                          mapping={"Nom de la coopérative (en français)": "name_ar"})  # fmt: skip
    assert result.problems == [] and result.rows == 1


def test_merged_cells_are_reported_in_the_rows_they_cover(store: Store, tmp_path: Path) -> None:
    rows = [["name_ar", "commune"], ["أ", "Tiznit"], ["ب", None], ["ج", "Tafraout"]]
    path = write_xlsx(tmp_path / "m.xlsx", rows, merge="B2:B3")
    result = import_sheet(store, "cooperative", path, dry_run=True, lang="en")
    assert _codes(result) == [(2, "B", "import_merged_cells"), (3, "B", "import_merged_cells")]
    assert "B2:B3" in result.problems[0].message("en")
    header = write_xlsx(tmp_path / "h.xlsx", rows, merge="A1:B1")
    with pytest.raises(InvalidInput) as error:
        import_sheet(store, "cooperative", header, dry_run=True, lang="en")
    assert error.value.code == "import_merged_header" and "A1:B1" in error.value.message("en")


def test_formulas_give_their_saved_value_or_are_reported(store: Store, tmp_path: Path) -> None:
    import xlsxwriter

    saved = tmp_path / "saved.xlsx"  # as Excel saves a workbook: each formula with its computed value
    with xlsxwriter.Workbook(saved) as book:
        sheet = book.add_worksheet()
        sheet.write_row(0, 0, ["name_ar", "members_total", "members_women"])
        sheet.write_row(1, 0, ["تعاونية", 20])
        sheet.write_formula(1, 2, "=B2/2", None, 10)
        sheet.write_formula(2, 0, '="تعاونية "&"ب"', None, "تعاونية ب")
        sheet.write_formula(2, 2, "=1/0", None, "#DIV/0!")
    result = import_sheet(store, "cooperative", saved, dry_run=True, lang="en")
    assert _codes(result) == [(3, "C", "import_cell_error")]
    result = import_sheet(store, "cooperative", saved, only_valid=True, lang="en")
    assert [r.data for r in store.records_of("cooperative")] == [
        {"name_ar": "تعاونية", "members_total": 20, "members_women": 10}]  # fmt: skip
    # openpyxl writes formulas without values (it computes nothing): such a cell is reported, never read as empty.
    never = write_xlsx(tmp_path / "never.xlsx", [["name_ar", "members_total"], ["أ", "=2+3"]])
    result = import_sheet(store, "cooperative", never, dry_run=True, lang="fr")
    assert _codes(result) == [(2, "B", "import_formula_no_value")]
    assert "=2+3" in result.problems[0].message("fr")


def test_wrong_sheet_and_unreadable_files_are_clear_errors(store: Store, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "c.xlsx", [["name_ar"], ["أ"]], title="Coopératives")
    with pytest.raises(InvalidInput) as error:
        import_sheet(store, "cooperative", path, sheet="Visites", dry_run=True)
    assert error.value.code == "import_no_sheet" and "Coopératives" in error.value.message("fr")
    assert import_sheet(store, "cooperative", path, sheet="coopératives", dry_run=True).rows == 1
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not a workbook")
    for bad, code in ((broken, "import_unreadable"), (tmp_path / "none.xlsx", "import_no_file"),
                      (tmp_path / "c.ods", "import_bad_format")):  # fmt: skip
        if bad.suffix == ".ods":
            bad.write_bytes(b"x")
        with pytest.raises(InvalidInput) as error:
            import_sheet(store, "cooperative", bad, dry_run=True)
        assert error.value.code == code
    empty = write_xlsx(tmp_path / "empty.xlsx", [])
    with pytest.raises(InvalidInput) as error:
        import_sheet(store, "cooperative", empty, dry_run=True)
    assert error.value.code == "import_empty"


def test_csv_in_excel_s_arabic_code_page_with_semicolons(store: Store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "c.csv", [
        ["اسم التعاونية بالعربية", "Nom de la coopérative (en français)", "العدد الاجمالي للاعضاء", "Notes"],
        ["تعاونية الأمل", "Coopérative Al Amal, été", "45", "'=pas une formule"],
    ], encoding="cp1256", delimiter=";")  # fmt: skip
    result = import_sheet(store, "cooperative", path, only_valid=True, lang="ar")
    assert result.problems == [] and result.ignored_columns == []  # labels folded: الاجمالي is الإجمالي
    assert result.notes == [("import_read_as_cp1256", {"path": "c.csv"})]
    [record] = store.records_of("cooperative")
    assert record.data == {"name_ar": "تعاونية الأمل", "name_fr": "Coopérative Al Amal, été", "members_total": 45,
                           "notes": "=pas une formule"}  # fmt: skip


def test_references_by_name_and_by_id(store: Store, tmp_path: Path) -> None:
    ids = add_mixed(store)
    path = write_xlsx(tmp_path / "v.xlsx", [
        ["Coopérative", "Date de la visite", "Constats"],
        ["تعاونيه ⵜⴰⵡⵓⵏ tawun للاركان", "18/05/2025", "ok"],  # folded as search folds Arabic
        ["Coopérative inconnue", "18/05/2025", "ok"],
        [ids["cooperative"], "18/05/2025", "ok"],
    ])  # fmt: skip
    result = import_sheet(store, "visit", path, only_valid=True, lang="fr")
    assert _codes(result) == [(3, "A", "cli_reference_none")]
    assert result.created == 2
    assert {store.get(i).data["cooperative"] for _, i, _ in result.origins} == {ids["cooperative"]}


def test_a_failure_midway_rolls_the_whole_import_back(store: Store, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    path = write_xlsx(tmp_path / "c.xlsx", [["name_ar"], *([f"تعاونية {n}"] for n in range(10))])
    unchanged = Unchanged(store)
    calls = []
    original = Store.write_version

    def fail_on_the_fourth(self: Store, *args: object, **kwargs: object) -> None:
        calls.append(1)
        if len(calls) == 4:
            raise OSError(28, "No space left on device")
        original(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Store, "write_version", fail_on_the_fourth)
    with pytest.raises(OSError):
        import_sheet(store, "cooperative", path, lang="en")
    assert len(calls) == 4
    unchanged.check(statements=False)  # three rows were written, and rolled back with the rest
    assert not store.conn.in_transaction


def test_the_dry_run_leaves_the_database_file_byte_for_byte(db_path: Path, shipped_forms, tmp_path: Path) -> None:
    def opened() -> Store:
        return Store.open(db_path, forms=shipped_forms, author="فاطمة", device_name="laptop")

    with opened() as store:
        add_mixed(store)
        export_lists(store, every_form(store.forms), tmp_path / "all.xlsx", fmt="xlsx", lang="ar")
    with opened():
        pass  # what opening alone does, done before the bytes are taken
    before = db_path.read_bytes()
    with opened() as store:
        result = import_sheet(store, "visit", tmp_path / "all.xlsx", sheet="زيارة ميدانية", dry_run=True)
        assert result.rows == store.count("visit") and result.problems == []
    assert db_path.read_bytes() == before


def test_a_group_entry_s_problem_is_reported_on_its_own_sheet(store: Store, tmp_path: Path) -> None:
    ids = add_mixed(store)
    target = tmp_path / "v.xlsx"
    export_lists(store, [ListQuery("visit")], target, fmt="xlsx", lang="en")
    book = openpyxl.load_workbook(target)
    entries = book["Recommendations"]
    names = [c.value for c in entries[2]]
    row = next(r for r in entries.iter_rows(min_row=3) if r[0].value == ids["visit"] and r[1].value == 2)
    row[names.index("due_date")].value = "30/02/2025"
    added = {"_id": ids["visit"], "_position": 3, "responsible": "ONCA"}  # no action, which an entry requires
    entries.append([added.get(name) for name in names])
    entries.append(["6b0b1f4e-0000-4000-8000-000000000000", 1, "لا سجل له"])  # joined to no row of the visits
    book.save(target)
    result = import_sheet(store, "visit", target, dry_run=True, lang="en")
    column = {name: f"{column_letter(i)} ({name})" for i, name in enumerate(names)}
    assert [(p.sheet, p.column, p.code) for p in result.problems] == [
        ("Recommendations", column["due_date"], "not_date"),
        ("Recommendations", column["action"], "required"),
        ("Recommendations", column["_id"], "import_entry_orphan"),
    ]
    assert [p.row for p in result.problems] == [row[0].row, entries.max_row - 1, entries.max_row]
    assert result.bad_rows == 1  # the visit whose entries have problems
