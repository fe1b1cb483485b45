"""An import flags the rows that likely duplicate a record of the form or another row of the same file (by the
form's `duplicates:` keys, app/exchange/import_duplicates.py): a warning in the dry run's report and in the
problems workbook, naming the candidates and why in the user's language; the row is imported all the same unless
the duplicates are left out; a row carrying the `_id` of the record it updates is not flagged against it."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from cli_run import run_cli
from import_support import Unchanged, write_xlsx

from app.db.distinct_pairs import mark_distinct
from app.db.duplicates import KeyIndex, record_index
from app.db.store import Store
from app.exchange.importing import import_sheet

HEADER = ["name_ar", "name_fr", "commune", "phone", "registration_number"]


def _warnings(result) -> list[tuple[int, str]]:
    return [(w.row, w.message("en")) for w in result.warnings]


def test_rows_like_a_record_or_an_earlier_row_are_flagged_and_imported_all_the_same(store: Store,
                                                                                    tmp_path: Path) -> None:  # fmt: skip
    amal = store.create("cooperative", {"name_ar": "تعاونية الأمل", "commune": "مريرت"})
    path = write_xlsx(tmp_path / "coops.xlsx", [
        HEADER,
        ["التعاونية الامل", None, "مريرت", None, None],               # row 2: the record, typed otherwise
        ["تعاونية النور", None, "مريرت", "0661234567", None],          # row 3: new
        ["تعاونية الوفاء", "Coopérative Al Wafa", "أجلموس", None, None],  # row 4: new
        ["تعاونية السلام", None, "خنيفرة", "+212 661 23 45 67", None],  # row 5: row 3's phone
        ["تعاونية الأمل", None, "أجلموس", None, None],                 # row 6: same name, another commune
    ])  # fmt: skip
    unchanged = Unchanged(store)
    checked = import_sheet(store, "cooperative", path, dry_run=True, lang="en")
    unchanged.check()  # a dry run writes nothing, warnings or not
    assert checked.problems == [] and checked.valid == 5
    assert _warnings(checked) == [
        (2, "Warning: May duplicate the record “تعاونية الأمل” (same name, same commune)"),
        (5, "Warning: May duplicate row 3 of this file (same phone number)"),
    ]
    assert checked.warnings[0].value == amal  # the candidate's id, for `taawun join`
    assert checked.problems_file == tmp_path / "coops-problems.xlsx"

    result = import_sheet(store, "cooperative", path, lang="en", write_problems=False)
    assert result.written and result.created == 5  # warnings leave every row in
    assert len(result.warnings) == 2 and result.skipped_duplicates == 0


def test_the_warnings_are_in_the_problems_workbook_in_the_users_language(store: Store, tmp_path: Path) -> None:
    store.create("cooperative", {"name_ar": "تعاونية الأمل", "commune": "مريرت", "registration_number": "١٢٣/٢٠١٥"})
    path = write_xlsx(tmp_path / "coops.xlsx", [
        HEADER,
        ["تعاونية الوفاء", None, "أجلموس", "12345", None],            # row 2: a problem (a bad phone)
        ["Coopérative Al Amal", "Coopérative Al Amal", "مريرت", None, None],  # row 3: a similar name
        ["تعاونية البركة", None, "تيزنيت", None, "123 / 2015"],         # row 4: the same registration number
    ])  # fmt: skip
    checked = import_sheet(store, "cooperative", path, dry_run=True, lang="fr")
    assert [p.row for p in checked.problems] == [2] and [w.row for w in checked.warnings] == [3, 4]
    book = openpyxl.load_workbook(checked.problems_file)
    listing = [[cell.value for cell in row] for row in book["Problèmes"].iter_rows(min_row=2)]
    assert [(row[1], row[4].startswith("Avertissement : Double peut-être la fiche « تعاونية الأمل »"))
            for row in listing] == [(2, False), (3, True), (4, True)]  # fmt: skip
    assert "nom semblable, même commune" in listing[1][4] and "même numéro d'immatriculation" in listing[2][4]
    # The rows to fix are those with problems: a flagged row is imported, it is not copied there to come back.
    assert [row[0].value for row in book["Lignes"].iter_rows(min_row=2)] == ["تعاونية الوفاء"]


def test_a_row_updating_a_record_is_not_its_own_duplicate(store: Store, tmp_path: Path) -> None:
    amal = store.create("cooperative", {"name_ar": "تعاونية الأمل", "commune": "مريرت", "phone": "0661234567"})
    other = store.create("cooperative", {"name_ar": "تعاونية النور", "commune": "مريرت"})
    path = write_xlsx(tmp_path / "coops.xlsx", [
        ["_id", *HEADER],
        [amal, "تعاونية الأمل", None, "مريرت", "0661234567", None],  # row 2: the record itself, renamed in Excel
        [other, "Coopérative Al Amal", None, "مريرت", None, None],     # row 3: another record, now like it
    ])  # fmt: skip
    checked = import_sheet(store, "cooperative", path, dry_run=True, lang="en", write_problems=False)
    assert checked.problems == []
    # Row 2 is not flagged (it is the record); row 3 names the record once, not again as row 2 (the same record).
    assert _warnings(checked) == [(3, "Warning: May duplicate the record “تعاونية الأمل” (similar name, same commune)")]


def test_a_row_updating_a_record_is_not_flagged_against_a_record_marked_not_the_same(store: Store,
                                                                                   tmp_path: Path) -> None:  # fmt: skip
    amal = store.create("cooperative", {"name_ar": "تعاونية الأمل", "commune": "مريرت"})
    other = store.create("cooperative", {"name_ar": "تعاونية النور", "commune": "مريرت"})
    third = store.create("cooperative", {"name_ar": "تعاونية السلام", "commune": "مريرت"})
    mark_distinct(store, amal, other)
    path = write_xlsx(tmp_path / "coops.xlsx", [
        ["_id", *HEADER],
        [other, "التعاونية الامل", None, "مريرت", None, None],  # row 2: renamed like the record marked different
        [third, "تعاونية الأمل", None, "مريرت", None, None],     # row 3: renamed like it too, and not marked
        [amal, "تعاونية الأمل", None, "مريرت", None, None],      # row 4: the record itself, as it is
    ])  # fmt: skip
    checked = import_sheet(store, "cooperative", path, dry_run=True, lang="en", write_problems=False)
    assert checked.problems == []
    # Row 2 is not flagged against the record marked different from its own; row 3, whose record is marked
    # different from neither, is flagged against both; row 4, the record, against row 3 only (row 2 is the record
    # marked different).
    assert _warnings(checked) == [
        (3, "Warning: May duplicate the record “تعاونية الأمل” (same name, same commune); row 2 of this file (same name,"
            " same commune)"),
        (4, "Warning: May duplicate row 3 of this file (same name, same commune)"),
    ]  # fmt: skip


def test_flagged_rows_may_be_left_out(store: Store, tmp_path: Path) -> None:
    store.create("cooperative", {"name_ar": "تعاونية الأمل", "commune": "مريرت"})
    path = write_xlsx(tmp_path / "coops.xlsx", [
        HEADER, ["التعاونية الامل", None, "مريرت", None, None], ["تعاونية النور", None, "مريرت", None, None],
        ["تعاونية النور", None, "مريرت", None, None],
    ])  # fmt: skip
    result = import_sheet(store, "cooperative", path, lang="ar", skip_duplicates=True, write_problems=False)
    assert result.written and (result.created, result.skipped_duplicates) == (1, 2)
    assert store.count("cooperative") == 2  # the record and the first "النور"
    assert [w.message("ar") for w in result.warnings][1] == "تنبيه: قد يكون هو نفسه الصف 3 من هذا الملف (نفس الاسم، نفس الجماعة)"


def test_a_form_declaring_no_duplicates_flags_nothing(store: Store, tmp_path: Path) -> None:
    cooperative = store.create("cooperative", {"name_ar": "تعاونية الأمل", "commune": "مريرت"})
    path = write_xlsx(tmp_path / "visits.xlsx", [
        ["cooperative", "visit_date", "purpose", "observations"], [cooperative, "2025-05-19", "follow_up", "x"],
        [cooperative, "2025-05-19", "follow_up", "x"],
    ])  # fmt: skip
    checked = import_sheet(store, "visit", path, dry_run=True, write_problems=False)
    assert checked.problems == [] and checked.warnings == []


def test_the_index_checks_a_candidate_without_writing_it(store: Store) -> None:
    amal = store.create("cooperative", {"name_ar": "تعاونية الأمل", "commune": "مريرت", "phone": "0661234567"})
    index = record_index(store, "cooperative")
    assert isinstance(index, KeyIndex) and record_index(store, "visit") is None
    unchanged = Unchanged(store)
    found = index.matches({"name_fr": "Coopérative El Amal", "commune": "مريرت", "phone": "06 61 23 45 67"})
    assert [(p.second, p.reasons) for p in found] == [(amal, ("same:phone", "similar_name"))]
    assert index.matches(store.get(amal).data, skip=amal) == []
    unchanged.check()


def test_the_command_line_lists_the_warnings_and_leaves_them_out_on_request(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "d.db"
    assert run_cli(db, capsys, "add", "cooperative", "--set", "name_ar=تعاونية الأمل", "--set", "commune=مريرت")[0] == 0
    path = write_xlsx(tmp_path / "coops.xlsx", [HEADER, ["التعاونية الامل", None, "مريرت", None, None]])
    code, out = run_cli(db, capsys, "--lang", "fr", "import", "cooperative", str(path), "--dry-run")
    assert code == 0  # a warning is not a problem
    assert ("Feuille « Feuil1 », ligne 2, colonne — : Avertissement : Double peut-être la fiche « تعاونية الأمل » "
            "(même nom, même commune)") in out  # fmt: skip
    assert "Lignes qui doublent peut-être une fiche ou une autre ligne : 1." in out
    assert "Pour écarter ces lignes : --skip-duplicates" in out
    code, out = run_cli(db, capsys, "--lang", "en", "import", "cooperative", str(path), "--skip-duplicates")
    assert code == 0 and "Rows left out as likely duplicates: 1." in out
    assert "records created 0" in out
