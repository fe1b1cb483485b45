"""`taawun export`: a form's list (with its filters) or every form, to XLSX or CSV, with clear errors."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from cli_run import run_cli
from sheet_reading import read_csv, read_xlsx


@pytest.fixture
def demo_db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    db = tmp_path / "d.db"
    assert run_cli(db, capsys, "demo")[0] == 0
    return db


def test_export_all_writes_a_sheet_per_form_and_group(demo_db: Path, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    code, out = run_cli(demo_db, capsys, "--lang", "fr", "export", "all", "--out", str(tmp_path / "all.xlsx"))
    assert code == 0, out
    assert "Export de 9 fiches dans" in out
    book = openpyxl.load_workbook(tmp_path / "all.xlsx")
    assert [sheet.title for sheet in book.worksheets] == [
        "Coopérative",
        "Visite de terrain",
        "Recommandations",
        "Rencontre ou atelier",
        "Ateliers",
        "Recommandations des ateliers",  # version 5: a workshop's recommendations, each with its follow-up
    ]


def test_filters_choose_the_records_as_the_list_does(demo_db: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    out_all, out_olives = tmp_path / "all.csv", tmp_path / "olives.csv"
    assert run_cli(demo_db, capsys, "export", "visit", "--format", "csv", "--out", str(out_all))[0] == 0
    # A choice filter by its label in another language than the export's, folded as search folds it.
    code, out = run_cli(demo_db, capsys, "--lang", "ar", "export", "visit", "--format", "csv",
                        "--where", "sector=olives et huile d'olive", "--out", str(out_olives))  # fmt: skip
    assert code == 0, out
    _, _, every = read_csv(out_all)
    _, _, olives = read_csv(out_olives)
    assert 0 < len(olives) < len(every)
    assert (tmp_path / "olives-visit.recommendations.csv").exists()
    code, out = run_cli(demo_db, capsys, "export", "visit", "--from", "18/05/2025", "--out", str(tmp_path / "v.xlsx"))
    assert code == 0
    (_, _, rows), _ = read_xlsx(tmp_path / "v.xlsx").values()
    assert rows == []


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["export", "nothing"], "nothing"),
        (["export", "visit", "--from", "32/13/2025"], "32/13/2025"),
        (["export", "visit", "--where", "sector=nowhere"], "--where sector=…"),
        (["export", "workshop", "--agent", "x"], "--from"),
    ],
)
def test_bad_input_exits_2_and_writes_nothing(demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                              args: list[str], expected: str) -> None:  # fmt: skip
    code, out = run_cli(demo_db, capsys, *args, "--out", str(tmp_path / "x.xlsx"))
    assert code == 2 and expected in out
    assert not (tmp_path / "x.xlsx").exists()


def test_a_folder_that_is_gone_exits_3(demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run_cli(demo_db, capsys, "--lang", "en", "export", "visit", "--out", str(tmp_path / "gone" / "v.xlsx"))
    assert code == 3 and "Cannot write" in out and "No file was written" in out
