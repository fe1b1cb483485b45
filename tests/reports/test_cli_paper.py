"""`taawun report paper FORM [ID]`: a blank form, a pre-filled one, and what is refused (exit 2, no file)."""

from __future__ import annotations

import io
import os
import subprocess
from pathlib import Path

import pdfplumber
import pytest

from app.cli.program import main
from app.core.forms import FormRegistry
from app.db.demo import demo_id
from app.db.store import Store

TANFNIT = demo_id("cooperative-tanfnit")


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "demo.db"
    assert main(["--db", str(path), "demo"]) == 0
    capsys.readouterr()
    return path


def run(db: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


def text_of(path: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, encoding="utf-8",
                          check=True).stdout  # fmt: skip


def test_a_blank_visit_form_in_french_and_a_pre_filled_profile_in_arabic(
    db: Path, out_dir: Path, capsys: pytest.CaptureFixture[str], shipped_forms: FormRegistry
) -> None:
    blank = out_dir / "visite.pdf"
    code, out, err = run(db, capsys, "--lang", "fr", "report", "paper", "visit", "--out", str(blank))
    assert code == 0, err
    assert str(blank) in out and "pages)" in out
    assert "Visite de terrain : formulaire papier" in text_of(blank) and "taawun/visit/form-v" in text_of(blank)
    filled = out_dir / "profile.pdf"
    code, out, err = run(db, capsys, "--lang", "ar", "report", "paper", "cooperative", TANFNIT, "--out", str(filled))
    assert code == 0, err
    with Store.open(db, forms=shipped_forms, author="x", device_name="x") as store:
        record = store.get(TANFNIT)
    text = text_of(filled)
    assert f"taawun/cooperative/{TANFNIT}/v{record.version}" in text and "Coopérative Tanfnit" in text
    assert len(pdfplumber.open(io.BytesIO(filled.read_bytes())).pages) >= 2
    assert sorted(os.listdir(out_dir)) == ["profile.pdf", "visite.pdf"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["paper"], "Indiquez le formulaire : taawun report paper FORMULAIRE [ID]"),
        (["paper", "nothing"], "Aucun formulaire nommé « nothing »"),
        (["paper", "cooperative", "12345"], "Aucune fiche avec l'identifiant 12345"),
        (["paper", "visit", TANFNIT], "est de type « Coopérative », pas « Visite de terrain »"),
    ],
)
def test_what_cannot_be_printed_exits_2_with_a_translated_reason_and_no_file(
    db: Path, out_dir: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    code, out, err = run(db, capsys, "--lang", "fr", "report", *args, "--out", str(out_dir / "x.pdf"))
    assert code == 2 and message in err and "Traceback" not in err, err
    assert os.listdir(out_dir) == []


def test_the_other_reports_still_read_their_arguments(
    db: Path, out_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The paper form's extra argument leaves `report FORM ID` as it was; a third argument there is refused."""
    assert run(db, capsys, "report", "cooperative", TANFNIT, "--out", str(out_dir / "c.pdf"))[0] == 0
    code, _, err = run(db, capsys, "--lang", "fr", "report", "cooperative", TANFNIT, TANFNIT, "--out",
                       str(out_dir / "d.pdf"))  # fmt: skip
    assert code == 2 and f"Argument en trop : {TANFNIT}" in err and "Traceback" not in err
    assert os.listdir(out_dir) == ["c.pdf"]
