"""`taawun import`: the dry run reports each problem by row and column in the user's language and writes nothing;
a sheet with problems is refused whole (exit 2) unless `--only-valid`; `--map` maps a column by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_run import run_cli
from import_support import ChangedBothWays, write_xlsx

from app.core.forms import FormRegistry
from app.db.store import Store


@pytest.fixture
def demo_db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    db = tmp_path / "d.db"
    assert run_cli(db, capsys, "demo")[0] == 0
    return db


def _count(db: Path, capsys: pytest.CaptureFixture[str]) -> int:
    code, out = run_cli(db, capsys, "list", "cooperative", "--json")
    assert code == 0
    return out.count('"id"')


def test_dry_run_then_only_valid(demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_xlsx(tmp_path / "coops.xlsx", [
        ["Cooperative name (Arabic)", "Tél.", "Date of establishment"],
        ["تعاونية الأمل", "٠٦١٢٣٤٥٦٧٨", "2019-05-17"],
        ["تعاونية الخير", "12345", "17/05/2019"],
    ])  # fmt: skip
    before = _count(demo_db, capsys)
    code, out = run_cli(demo_db, capsys, "--lang", "fr", "import", "cooperative", str(path), "--dry-run")
    assert code == 0 and "Colonnes qui ne correspondent à aucun champ (ignorées) : B (Tél.)" in out
    code, out = run_cli(demo_db, capsys, "--lang", "fr", "import", "cooperative", str(path), "--dry-run",
                        "--map", "Tél.=phone")  # fmt: skip
    assert code == 2
    assert "Feuille « Feuil1 », ligne 3, colonne B (Tél.) : « 12345 » n'est pas un numéro marocain" in out
    assert "lignes lues 2, valides 1, avec problèmes 1. Rien n'a été écrit." in out
    assert f"Les problèmes et leurs lignes sont dans {tmp_path / 'coops-problems.xlsx'}" in out
    assert _count(demo_db, capsys) == before
    code, out = run_cli(demo_db, capsys, "--lang", "en", "import", "cooperative", str(path), "--map", "Tél.=phone")
    assert code == 2 and "Nothing was imported: 1 of 2 rows have problems" in out
    assert _count(demo_db, capsys) == before
    code, out = run_cli(demo_db, capsys, "--lang", "ar", "import", "cooperative", str(path), "--map", "Tél.=phone",
                        "--only-valid")  # fmt: skip
    assert code == 0 and "سجلات جديدة 1" in out
    assert _count(demo_db, capsys) == before + 1


def test_bad_input_is_exit_2_with_a_clear_message(demo_db: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    path = write_xlsx(tmp_path / "c.xlsx", [["name_ar"], ["أ"]])
    for args, text in (
        (["import", "nothing", str(path)], "nothing"),
        (["import", "cooperative", str(tmp_path / "gone.xlsx")], "does not exist"),
        (["import", "cooperative", str(path), "--sheet", "Other"], "no sheet “Other” (sheets: Feuil1)"),
        (["import", "cooperative", str(path), "--map", "Nom=name_ar"], "No column “Nom” (columns: name_ar)"),
        (["import", "cooperative", str(path), "--map", "name_ar=nom"], "No field “nom”"),
        (["import", "cooperative", str(path), "--map", "name_ar"], "not a valid mapping"),
    ):
        code, out = run_cli(demo_db, capsys, "--lang", "en", *args)
        assert code == 2 and text in out, out


def test_a_record_changed_since_the_export_is_imported_as_a_conflict_to_review(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], shipped_forms: FormRegistry
) -> None:
    db = tmp_path / "c.db"
    with Store.open(db, forms=shipped_forms, author="فاطمة", device_name="laptop") as store:
        changed = ChangedBothWays(store, tmp_path / "coops.xlsx")
    code, out = run_cli(db, capsys, "--lang", "en", "import", "cooperative", str(changed.path), "--dry-run")
    assert code == 0, out  # a warning, not a problem
    assert f"row {changed.row}, column " in out and "This record changed since the export (فاطمة, " in out
    assert "Rows of records changed since the export: 1. This is a warning" in out
    assert "Rows that may duplicate" not in out
    code, out = run_cli(db, capsys, "--lang", "en", "conflicts")
    assert "No open conflicts" in out  # the dry run recorded none
    code, out = run_cli(db, capsys, "--lang", "en", "import", "cooperative", str(changed.path))
    assert code == 0 and "records created 0, records changed 1" in out
    assert "Conflicts recorded (records changed here and in the file since the export): 1." in out
    assert "To review them: taawun conflicts, then taawun conflicts resolve ID --keep mine|theirs" in out
    code, out = run_cli(db, capsys, "--lang", "en", "conflicts")
    mine, theirs = (line for line in out.splitlines() if line.strip().startswith(("mine:", "theirs:")))
    assert "version 2" in mine and "Imported" not in mine
    assert "version 3" in theirs and f"shown now · Imported from coops.xlsx, row {changed.row}" in theirs
    assert "1 open conflict" in out
    conflict_id = out.split()[1]
    code, out = run_cli(db, capsys, "--lang", "en", "conflicts", "resolve", conflict_id, "--keep", "mine")
    assert code == 0 and "is now at version 4" in out
    with Store.open(db, forms=shipped_forms, author="فاطمة", device_name="laptop") as store:
        assert store.get(changed.id).data["commune"] == "Aglou"
