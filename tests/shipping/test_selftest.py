"""`taawun selftest` and `taawun gui --smoke`: the checks the built folder runs on itself, tried here in the venv.

The build itself (PyInstaller, then the built program run outside the venv) is `tools/build_and_check.sh`; the last
test runs it when TAAWUN_BUILD_CHECK=1, as it takes a minute on two cores.
"""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pdfplumber
import pytest

import app.reports as reports
from app.cli import selftest as cli_selftest
from app.cli.program import main
from app.cli.selftest import StepFailed, check_pdf
from app.db import demo
from app.db.store import Store

ROOT = Path(__file__).resolve().parents[2]


ARABIC_LETTER = re.compile(r"[\u0600-\u06FF]")


def _pdf_pages_and_text(path: Path) -> tuple[int, str]:
    with pdfplumber.open(path) as document:
        return len(document.pages), "\n".join(page.extract_text() or "" for page in document.pages)


def _records_by_form(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        return dict(conn.execute("SELECT form, count(*) FROM records WHERE deleted = 0 GROUP BY form").fetchall())
    finally:
        conn.close()


def test_selftest_writes_an_arabic_report_and_leaves_the_users_database_alone(
    tmp_path: Path, isolated_home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    users_db = tmp_path / "users.db"
    monkeypatch.setenv("TAAWUN_DB", str(users_db))
    out = tmp_path / "report.pdf"
    assert main(["selftest", "--out", str(out)]) == 0
    assert str(out) in capsys.readouterr().out  # where the report was kept is said
    content = out.read_bytes()
    assert content.startswith(b"%PDF-") and b"NotoNaskhArabic" in content
    pages, text = _pdf_pages_and_text(out)
    assert pages >= 2  # the demo workshop's report: its details, then its sessions
    assert len(ARABIC_LETTER.findall(text)) > 200 and "17/05/2025" in text  # in Arabic, with the workshop's dates
    # Without --db: a temporary database, removed; neither the data folder's nor $TAAWUN_DB's is created.
    assert not users_db.exists() and not (isolated_home / "taawun.db").exists()


def test_selftest_on_a_given_database_keeps_it_with_the_demo(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "kept.db"
    assert main(["--db", str(db), "--lang", "fr", "selftest"]) == 0
    assert str(db) in capsys.readouterr().out  # the database kept is named
    demo = _records_by_form(db)
    assert set(demo) == {"cooperative", "visit", "workshop"} and all(demo.values())
    assert main(["--db", str(db), "check"]) == 0
    assert main(["--db", str(db), "selftest"]) == 0  # twice: the demo is not added again
    assert _records_by_form(db) == demo


def _no_demo(store: object) -> int:
    return 0


def _failing_report(*args: object, **kwargs: object) -> None:
    raise RuntimeError("the report engine broke")


def _truncated_pdf(path: Path, content: bytes) -> None:
    Path(path).write_bytes(content[: len(content) // 2])


# Each step of the self-test, made to fail in turn: the command stops there with exit 1 and names it, so each step
# runs and each is checked (a step skipped or not checked would let its failure through).
BROKEN_STEPS = {
    "forms": (cli_selftest, "FORMS", (*cli_selftest.FORMS, "training"), "training"),
    "demo": (demo, "load_demo", _no_demo, "no workshop"),
    "report": (reports, "build_report", _failing_report, "the report engine broke"),
    "pdf": (reports, "write_pdf", _truncated_pdf, "not complete"),
    "check": (Store, "check", lambda store: ["a damaged page"], "a damaged page"),
}


@pytest.mark.parametrize("step", BROKEN_STEPS)
def test_selftest_stops_at_each_step_that_fails_and_names_it(
    step: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    target, name, broken, detail = BROKEN_STEPS[step]
    monkeypatch.setattr(target, name, broken)  # selftest imports them when it runs: it takes these
    out = tmp_path / "report.pdf"
    assert main(["--lang", "en", "selftest", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"“{step}”" in err and detail in err
    assert step in ("pdf", "check") or not out.exists()  # no report is written before its step


def test_selftest_names_the_missing_font(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                         monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.setattr(cli_selftest, "fonts_dir", lambda: tmp_path / "no-fonts")
    assert main(["--lang", "en", "selftest"]) == 1
    err = capsys.readouterr().err
    assert "“fonts”" in err and "NotoNaskhArabic-Regular.ttf" in err


def test_selftest_on_a_file_that_is_not_a_database_exits_3(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    foreign = tmp_path / "notes.txt"
    foreign.write_text("not a database", encoding="utf-8")
    assert main(["--db", str(foreign), "--lang", "en", "selftest"]) == 3
    assert "“database”" in capsys.readouterr().err
    assert foreign.read_text(encoding="utf-8") == "not a database"


def test_check_pdf_refuses_a_truncated_file_or_one_without_the_shipped_fonts() -> None:
    whole = b"%PDF-1.4\n/BaseFont /AAAAAA+NotoNaskhArabic-Regular\n%%EOF\n"
    check_pdf(whole, lang="ar")
    with pytest.raises(StepFailed, match="not complete"):
        check_pdf(whole[:-7], lang="ar")
    with pytest.raises(StepFailed, match="does not start"):
        check_pdf(b"<html>" + whole, lang="ar")
    with pytest.raises(StepFailed, match="NotoSans-Regular not embedded"):
        check_pdf(whole, lang="fr")


@pytest.mark.slow
def test_gui_smoke_shows_the_window_without_asking_anything_and_exits_0(tmp_path: Path, isolated_home: Path) -> None:
    """A real process on a fresh data folder: no first-run questions, no demo offer, nothing waits for a user."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "app", "--db", str(tmp_path / "g.db"), "gui", "--smoke"],
                            capture_output=True, text=True, encoding="utf-8", cwd=ROOT, env=env, timeout=120)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "qtbase_ar, taawun_ar" in result.stdout and "Noto Sans Arabic" in result.stdout
    assert not (isolated_home / "settings.json").exists()  # the names were not asked for, nor saved


@pytest.mark.slow
def test_gui_smoke_on_a_foreign_file_exits_3_without_a_dialog(tmp_path: Path) -> None:
    foreign = tmp_path / "notes.txt"
    foreign.write_text("not a database", encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "app", "--db", str(foreign), "--lang", "en", "gui", "--smoke"],
                            capture_output=True, text=True, encoding="utf-8", cwd=ROOT, env=env, timeout=120)  # fmt: skip
    assert result.returncode == 3
    assert str(foreign) in result.stderr  # the file refused is named
    assert foreign.read_text(encoding="utf-8") == "not a database"


@pytest.mark.slow
@pytest.mark.skipif(os.environ.get("TAAWUN_BUILD_CHECK") != "1", reason="builds with PyInstaller: TAAWUN_BUILD_CHECK=1")
def test_the_built_folder_runs_its_checks_outside_the_venv() -> None:
    result = subprocess.run(["bash", str(ROOT / "tools" / "build_and_check.sh")], capture_output=True, text=True,
                            encoding="utf-8", cwd=ROOT, timeout=900)  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
