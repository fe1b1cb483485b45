"""The organisation's logo named in the settings heads the reports the command line prints (the window builds
them alike); a missing file prints the report without it, never refuses it."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from PIL import Image

from app.cli.program import main


def images_on_first_page(pdf: Path) -> int:
    import pdfplumber

    with pdfplumber.open(pdf) as document:
        return len(document.pages[0].images)


@pytest.mark.parametrize("logo_exists", [True, False])
def test_the_logo_of_the_settings_heads_the_report(tmp_path: Path, isolated_home: Path, logo_exists: bool,
                                                   capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    logo = tmp_path / "logo.png"
    if logo_exists:
        picture = io.BytesIO()
        Image.new("RGB", (120, 60), (20, 90, 160)).save(picture, "PNG")
        logo.write_bytes(picture.getvalue())
    settings = {"organisation": "جمعية التعاون", "organisation_logo": str(logo)}
    (isolated_home / "settings.json").write_text(json.dumps(settings), encoding="utf-8")
    db = tmp_path / "t.db"
    assert main(["--db", str(db), "demo"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "list", "workshop", "--json"]) == 0
    workshop = json.loads(capsys.readouterr().out)[0]["id"]
    out = tmp_path / "w.pdf"
    assert main(["--db", str(db), "--lang", "ar", "report", "workshop", workshop, "--out", str(out)]) == 0
    assert images_on_first_page(out) == (1 if logo_exists else 0)
