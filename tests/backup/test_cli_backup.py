"""`taawun backup DIR` and `taawun restore FILE [--yes]`, through `main(argv)` as a user types them."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from app.cli.program import main

ROOT = Path(__file__).resolve().parents[2]
NEW = "تعاونية أزيلال للعسل"


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


class Run:
    def __init__(self, database: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
        self.database = database
        self.capsys = capsys
        self.monkeypatch = monkeypatch

    def __call__(self, *args: str, stdin: str = "") -> tuple[int, str, str]:
        self.monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        self.capsys.readouterr()
        code = main(["--db", str(self.database), *args])
        out, err = self.capsys.readouterr()
        return code, out, err


@pytest.fixture
def run(database: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Run:
    return Run(database, capsys, monkeypatch)


@pytest.fixture
def stick_backup(run: Run, tmp_path: Path, db_files: Any, database: Path) -> Path:
    """`taawun backup STICK` of the demo data; the database then gets one more cooperative."""
    stick = tmp_path / "STICK"
    stick.mkdir()
    code, out, err = run("backup", str(stick))
    assert code == 0, err
    with db_files.open(database) as store:
        store.create("cooperative", {"name_ar": NEW})
    return Path(out.strip().splitlines()[-1])


def test_backup_prints_the_copy_it_wrote(run: Run, tmp_path: Path, database: Path, db_files: Any) -> None:
    stick = tmp_path / "STICK"
    stick.mkdir()
    code, out, err = run("backup", str(stick), "--lang", "fr")
    assert code == 0, err
    lines = out.strip().splitlines()
    assert lines[0] == "Sauvegarde écrite dans le fichier :"
    copy = Path(lines[-1])  # alone on the last line, for scripts
    assert copy.parent == stick and copy.name.startswith("taawun-") and copy.suffix == ".db"
    assert files_in(stick) == [copy.name]
    assert db_files.dump(copy) == db_files.dump(database)


def test_backup_to_a_missing_folder_exits_3_with_the_reason_in_arabic(run: Run, tmp_path: Path) -> None:
    code, out, err = run("backup", str(tmp_path / "USB"), "--lang", "ar")
    assert code == 3 and out == ""
    assert "غير موجود" in err and str(tmp_path / "USB") in err


def test_restore_with_yes_keeps_the_current_database_and_says_where(run: Run, stick_backup: Path, database: Path,
                                                                    backups: Path, db_files: Any) -> None:  # fmt: skip
    code, out, err = run("restore", str(stick_backup), "--yes", "--lang", "en")
    assert code == 0, err
    lines = out.strip().splitlines()
    assert lines[0] == f"The database was restored from {stick_backup}"
    assert lines[1] == "The previous database was kept in:"
    kept = Path(lines[-1])
    assert kept.parent == backups and files_in(backups) == [kept.name]
    assert NEW in db_files.cooperatives(kept)
    assert NEW not in db_files.cooperatives(database)
    assert err == ""  # no question was asked


@pytest.mark.parametrize("answer", ["n\n", "\n", "", "لا\n", "yes please\n"])
def test_restore_declined_changes_nothing(run: Run, stick_backup: Path, database: Path, backups: Path,
                                          answer: str) -> None:  # fmt: skip
    before = database.read_bytes(), files_in(database.parent)
    code, out, err = run("restore", str(stick_backup), "--lang", "ar", stdin=answer)
    assert code == 2 and out == ""
    assert "ستستبدل قاعدة البيانات" in err and "(نعم/لا)" in err  # the question, in Arabic
    assert "ألغيت الاستعادة" in err
    assert (database.read_bytes(), files_in(database.parent)) == before
    assert files_in(backups) == []


@pytest.mark.parametrize(("lang", "answer"), [("ar", "نعم\n"), ("ar", "y\n"), ("fr", "oui\n"), ("fr", " O \n"),
                                              ("en", "Y\n"), ("en", "yes\n")])  # fmt: skip
def test_restore_confirmed_on_stdin(run: Run, stick_backup: Path, database: Path, db_files: Any, lang: str,
                                    answer: str) -> None:  # fmt: skip
    code, out, err = run("restore", str(stick_backup), "--lang", lang, stdin=answer)
    assert code == 0, err
    assert NEW not in db_files.cooperatives(database)
    assert NEW in db_files.cooperatives(Path(out.strip().splitlines()[-1]))


def test_a_bad_file_is_refused_before_any_question(run: Run, tmp_path: Path, database: Path, backups: Path) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("ملاحظات\n" * 100, encoding="utf-8")
    before = database.read_bytes(), files_in(database.parent)
    code, out, err = run("restore", str(notes), "--lang", "fr", stdin="oui\n")
    assert code == 3 and out == ""
    assert "n'est pas une base Taawun" in err and "Continuer" not in err
    assert (database.read_bytes(), files_in(database.parent)) == before
    assert files_in(backups) == []


@pytest.mark.slow
def test_a_real_process_without_an_answer_restores_nothing(stick_backup: Path, database: Path, backups: Path,
                                                           isolated_home: Path) -> None:  # fmt: skip
    """As in a script with nothing piped in: end of input is a no, and the process does not wait."""
    before = database.read_bytes()
    result = subprocess.run([sys.executable, "-m", "app", "--db", str(database), "restore", str(stick_backup),
                             "--lang", "en"], stdin=subprocess.DEVNULL, capture_output=True, text=True,
                            encoding="utf-8", cwd=ROOT, timeout=60)  # fmt: skip
    assert result.returncode == 2, result.stderr
    assert "Restore cancelled: nothing was changed" in result.stderr
    assert database.read_bytes() == before and files_in(backups) == []
