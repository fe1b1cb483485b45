"""`taawun report indicators`: the PDF (read back with pdftotext) and the workbook (openpyxl) of a database whose
figures were worked out by hand (tests/indicator_data.py); unknown reads unknown, never 0; bad input writes nothing."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import openpyxl
import pytest
from indicator_data import KHENIFRA, build, forms_with_done_on

from app.cli.program import main
from app.core.forms import FormRegistry
from app.core.messages import translate


@pytest.fixture
def db(tmp_path: Path, shipped_forms: FormRegistry) -> Path:
    path = tmp_path / "indicators.db"
    build(path, forms_with_done_on(shipped_forms))
    return path


def run(db: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["--db", str(db), "report", "indicators", *args])
    out, err = capsys.readouterr()
    return code, out + err


BIDI_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


def pdf_text(path: Path) -> str:
    """The text as a PDF reader on Linux copies it (poppler), without the bidi marks, spaces collapsed."""
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, encoding="utf-8", check=True).stdout
    return " ".join(text.translate(BIDI_MARKS).split())


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_the_pdf_holds_every_figure_and_says_unknown(db: Path, out_dir: Path, capsys: pytest.CaptureFixture[str],
                                                     lang: str) -> None:  # fmt: skip
    target = out_dir / f"indicators-{lang}.pdf"
    code, out = run(db, capsys, "--from", "2025-03-01", "--to", "31/03/2025", "--lang", lang, "--out", str(target))
    assert code == 0, out
    assert str(target) in out and os.listdir(out_dir) == [target.name]
    text = pdf_text(target)
    for code_ in ("ind_title", "ind_section_cooperatives", "ind_cooperatives_supported", "ind_members_women",
                  "ind_section_visits", "ind_participants", "ind_recommendations_overdue", "ind_previous"):  # fmt: skip
        assert translate(code_, lang) in text, code_
    assert translate("ind_unknown", lang) in text  # the men at workshops: nobody gave them
    share = {"ar": "12 من 20 (60%)", "fr": "12 sur 20 (60 %)"}[lang]  # the narrow space collapsed too
    assert share in text
    assert translate("ind_basis_cooperatives", lang, count=1) in text
    pages = int(subprocess.run(["pdfinfo", str(target)], capture_output=True, encoding="utf-8", check=True)
                .stdout.split("Pages:")[1].split()[0])  # fmt: skip
    assert pages <= 2


def test_the_workbook_holds_numbers_and_unknown_as_a_word(db: Path, out_dir: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    target = out_dir / "indicators.xlsx"
    code, out = run(db, capsys, "--from", "2025-03-01", "--to", "2025-03-31", "--lang", "fr", "--out", str(target))
    assert code == 0, out and str(target) in out
    sheet = openpyxl.load_workbook(target).active
    rows = {row[0]: row[1:] for row in sheet.iter_rows(min_row=6, values_only=True) if row[0]}
    label = lambda code_: translate(code_, "fr")  # noqa: E731
    assert rows[label("ind_cooperatives_supported")][:3] == (3, None, 1)
    assert rows[label("ind_members_total")][:2] == (30, translate("ind_basis_cooperatives", "fr", count=2))
    assert rows[label("ind_members_women")][0] == 60 and rows[label("ind_members_under_35")][0] == 30
    assert rows[label("ind_participants_men")][0] == "Inconnu"  # never 0
    assert rows[label("ind_participants")][2] == "Inconnu"  # the previous period's workshop gave none
    assert rows[label("ind_recommendations_overdue")][0] == 1 and rows[label("ind_recommendations_done")][2] == 1


def test_a_province_narrows_the_figures(db: Path, out_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = out_dir / "k.xlsx"
    code, out = run(db, capsys, "--from", "2025-03-01", "--to", "2025-03-31", "--province", KHENIFRA, "--lang", "ar",
                    "--out", str(target))  # fmt: skip
    assert code == 0, out
    sheet = openpyxl.load_workbook(target).active
    assert sheet.sheet_view.rightToLeft
    rows = {row[0]: row[1:] for row in sheet.iter_rows(min_row=6, values_only=True) if row[0]}
    assert rows[translate("ind_cooperatives_supported", "ar")][0] == 1
    assert rows[translate("ind_members_total", "ar")][0] == translate("ind_unknown", "ar")


@pytest.mark.parametrize(
    ("args", "code_"),
    [
        (["--from", "2025-03-01", "--out", "x.pdf"], "report_indicators_options"),
        (["--from", "2025-03-01", "--to", "2025-03-31", "--out", "x.csv"], "report_indicators_format"),
        (["--from", "2025-03-31", "--to", "2025-03-01", "--out", "x.pdf"], "report_bad_period"),
        (["--from", "2025-03-01", "--to", "2025-03-31", "--province", "Tiznitt", "--out", "x.xlsx"],
         "report_unknown_province"),
    ],
)  # fmt: skip
def test_bad_input_is_explained_and_writes_nothing(db: Path, out_dir: Path, capsys: pytest.CaptureFixture[str],
                                                   args: list[str], code_: str) -> None:  # fmt: skip
    args = [str(out_dir / a) if a.startswith("x.") else a for a in args]
    code, out = run(db, capsys, "--lang", "en", *args)
    assert code == 2 and os.listdir(out_dir) == []
    first_words = translate(code_, "en", province="Tiznitt", known="", start="", end="", path="").split("(")[0][:14]
    assert first_words in out
