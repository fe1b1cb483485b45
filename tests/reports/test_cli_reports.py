"""`taawun report ...`: exit codes, messages, and no file left behind when something goes wrong."""

from __future__ import annotations

import errno
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.program import main
from app.db.demo import demo_id

ROOT = Path(__file__).resolve().parents[2]
WORKSHOP = demo_id("workshop-mrirt")


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "demo.db"
    assert main(["--db", str(path), "demo"]) == 0
    capsys.readouterr()
    return path


def run(db: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), "report", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_a_report_is_written_and_announced(
    db: Path, out_dir: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    target = out_dir / f"workshop-{lang}.pdf"
    code, out, err = run(db, capsys, "workshop", WORKSHOP, "--lang", lang, "--out", str(target))
    assert code == 0, err
    assert target.read_bytes().startswith(b"%PDF") and os.listdir(out_dir) == [target.name]
    assert str(target) in out and re.search({"ar": r"\((صفحة واحدة|صفحتان|\d+ صفحات|\d+ صفحة)\)", "fr": r"\(\d+ pages?\)",
                                             "en": r"\(\d+ pages?\)"}[lang], out)  # fmt: skip


def test_cooperative_visit_and_summary_reports(db: Path, out_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(db, capsys, "cooperative", demo_id("cooperative-tanfnit"), "--out", str(out_dir / "c.pdf"))[0] == 0
    assert run(db, capsys, "visit", demo_id("visit-imdoukal"), "--lang", "fr", "--out", str(out_dir / "v.pdf"))[0] == 0
    code, _, err = run(db, capsys, "summary", "--from", "01/05/2025", "--to", "2025-05-31", "--province", "خنيفرة",
                       "--out", str(out_dir / "s.pdf"))  # fmt: skip
    assert code == 0, err
    assert sorted(os.listdir(out_dir)) == ["c.pdf", "s.pdf", "v.pdf"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["workshop", "12345"], "لا يوجد سجل بالمعرف 12345"),
        (["workshop", demo_id("cooperative-biati")], "وليس «لقاء أو ورشة»"),
        (["visit"], "حدد معرف السجل"),
        (["summary", "--from", "2025-02-30", "--to", "2025-12-31"], "«2025-02-30» ليس تاريخا صحيحا للخيار --from"),
        (["summary", "--from", "2025-12-31", "--to", "2025-01-01"], "تنتهي الفترة"),
        (["summary", "--from", "2025-01-01"], "الملخص يحتاج إلى فترة"),
        (["summary", WORKSHOP, "--from", "2025-01-01", "--to", "2025-12-31"], "الملخص يحتاج إلى فترة"),
        (["summary", "--from", "2025-01-01", "--to", "2025-12-31", "--province", "Azrou"], "«Azrou»"),
    ],
)
def test_bad_input_exits_2_with_a_clear_message_and_writes_nothing(
    db: Path, out_dir: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    code, out, err = run(db, capsys, *args, "--out", str(out_dir / "x.pdf"))
    assert code == 2
    assert message in err, err
    assert os.listdir(out_dir) == []


def test_messages_follow_the_language(db: Path, out_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(db, capsys, "summary", "--from", "hier", "--to", "2025-12-31", "--lang", "fr", "--out",
                       str(out_dir / "x.pdf"))  # fmt: skip
    assert code == 2 and "« hier » n'est pas une date valide pour --from" in err


def test_a_missing_folder_exits_3_and_leaves_nothing(
    db: Path, out_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(db, capsys, "workshop", WORKSHOP, "--out", str(out_dir / "missing" / "x.pdf"))
    assert code == 3 and "غير موجود" in err
    assert os.listdir(out_dir) == []


def test_a_full_disk_exits_3_and_leaves_neither_a_partial_pdf_nor_a_temporary_file(
    db: Path, out_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    real_fdopen = os.fdopen

    class FillingUp:  # the disk fills up in the middle of the PDF: the first kilobyte lands, then ENOSPC
        def __init__(self, descriptor: int, mode: str) -> None:
            self.stream = real_fdopen(descriptor, mode)

        def __enter__(self) -> FillingUp:
            return self

        def __exit__(self, *exc: object) -> None:
            self.stream.close()

        def write(self, data: bytes) -> int:
            self.stream.write(data[:1000])
            self.stream.flush()
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fdopen", FillingUp)
    code, _, err = run(db, capsys, "workshop", WORKSHOP, "--lang", "fr", "--out", str(out_dir / "x.pdf"))
    assert code == 3 and "Le disque est plein" in err and "Aucun fichier n'a été écrit" in err
    assert os.listdir(out_dir) == []


def test_an_existing_report_survives_a_failed_rewrite(
    db: Path, out_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    target = out_dir / "x.pdf"
    target.write_bytes(b"%PDF yesterday's report")

    def refuse(*args: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(os, "replace", refuse)
    code, _, err = run(db, capsys, "workshop", WORKSHOP, "--lang", "en", "--out", str(target))
    assert code == 3 and "read-only" in err
    assert os.listdir(out_dir) == ["x.pdf"] and target.read_bytes() == b"%PDF yesterday's report"


@pytest.mark.slow
def test_the_installed_command_writes_a_report(db: Path, out_dir: Path) -> None:
    target = out_dir / "w.pdf"
    result = subprocess.run([sys.executable, "-m", "app", "--db", str(db), "report", "workshop", WORKSHOP, "--lang",
                             "ar", "--out", str(target)], capture_output=True, encoding="utf-8", cwd=ROOT, timeout=120)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert target.read_bytes()[:5] == b"%PDF-"
