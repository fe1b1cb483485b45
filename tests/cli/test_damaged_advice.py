"""A command that fails because the database is damaged prints the way back: the reason, the newest sound backup
(date, what it holds) and the exact `taawun restore` command line, which works as printed."""

from __future__ import annotations

import datetime as dt
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.program import main
from app.core.forms import load_form_directory
from app.db.backup import backup_database, daily_name
from app.db.store import Store
from app.resources import forms_dir

ROOT = Path(__file__).resolve().parents[2]
PAGE = 4096
OLD_NAMES = ["تعاونية الأمل", "تعاونية النور"]


def garbage_over_the_schema(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[100:PAGE] = bytes((i * 37 + 11) % 256 for i in range(PAGE - 100))
    path.write_bytes(bytes(data))


def truncate(path: Path) -> None:
    with path.open("r+b") as handle:
        handle.truncate(path.stat().st_size // PAGE // 2 * PAGE)


def make_agent_database(database: Path, backups: Path, *, manual: bool) -> Path:
    """Two cooperatives in the daily copy of 16 May; a third added after it. With `manual`, a newer copy made by
    hand, damaged (skipped). Returns the sound daily copy."""
    database.parent.mkdir(parents=True, exist_ok=True)
    backups.mkdir(parents=True)
    with Store.open(database, forms=load_form_directory(forms_dir()), author="a", device_name="b") as store:
        for name in OLD_NAMES:
            store.create("cooperative", {"name_ar": name, "sectors": ["olives"]})
        daily = Path(shutil.move(backup_database(store, backups), backups / daily_name(database, dt.date(2025, 5, 16))))
        store.create("cooperative", {"name_ar": "تعاونية بعد النسخة", "sectors": ["olives"]})
        if manual:
            later = Path(shutil.move(backup_database(store, backups), backups / "taawun-2025-05-17-101500-laptop.db"))
            truncate(later)
    return daily


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TAAWUN_HOME": str(home), "PYTHONPATH": str(ROOT)}
    env.pop("TAAWUN_DB", None)
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, encoding="utf-8",
                          env=env, cwd=ROOT, timeout=120)  # fmt: skip


@pytest.mark.slow
def test_list_on_a_damaged_database_prints_the_restore_command_which_works_as_printed(isolated_home: Path) -> None:
    database, backups = isolated_home / "taawun.db", isolated_home / "backups"
    daily = make_agent_database(database, backups, manual=True)
    garbage_over_the_schema(database)

    failed = run("--lang", "en", "list", "cooperative", home=isolated_home)

    assert failed.returncode == 3
    lines = failed.stderr.splitlines()
    assert lines[0].startswith(f"The file {database} is damaged")
    assert lines[1] == ("The newest sound backup is from 2025-05-16; it holds: cooperatives 2, field visits 0, meetings "
                        "and workshops 0.")  # fmt: skip
    assert lines[-1].strip() == f"taawun restore {shlex.quote(str(daily))}"
    assert "taawun restore" not in failed.stdout

    # As printed (confirmed on stdin), then the data of the backup is listed.
    restored = run(*shlex.split(lines[-1].strip())[1:], home=isolated_home)
    assert restored.returncode == 2  # nothing piped in: the question was declined, nothing changed
    words = shlex.split(lines[-1].strip())[1:]
    restored = run(*words, "--yes", home=isolated_home)
    assert restored.returncode == 0, restored.stderr
    listed = run("list", "cooperative", home=isolated_home)
    assert listed.returncode == 0 and all(name in listed.stdout for name in OLD_NAMES)
    assert "تعاونية بعد النسخة" not in listed.stdout


def test_with_db_the_command_names_the_database_in_arabic(tmp_path: Path, isolated_home: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    database = tmp_path / "my data" / "agent.db"
    daily = make_agent_database(database, isolated_home / "backups", manual=False)
    truncate(database)

    assert main(["--db", str(database), "--lang", "ar", "show", "anything"]) == 3

    err = capsys.readouterr().err.splitlines()
    assert "تالف" in err[0]
    assert "أحدث نسخة احتياطية سليمة تعود إلى 2025-05-16" in err[1] and "التعاونيات 2" in err[1]
    assert err[-1].strip() == shlex.join(["taawun", "restore", "--db", str(database), str(daily)])
    assert daily.name == "agent-daily-2025-05-16.db"


def test_without_a_sound_backup_it_says_to_keep_the_file_and_where_the_log_is(isolated_home: Path,
                                                                              capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    database, backups = isolated_home / "taawun.db", isolated_home / "backups"
    truncate(make_agent_database(database, backups, manual=False))
    garbage_over_the_schema(database)

    assert main(["--lang", "fr", "list", "cooperative"]) == 3

    err = capsys.readouterr().err
    assert "Aucune sauvegarde saine n'a été trouvée" in err and str(database) in err
    assert str(isolated_home / "logs") in err and "taawun restore" not in err


def test_a_damaged_package_or_backup_is_not_advice_about_the_database(tmp_path: Path, isolated_home: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    database, backups = isolated_home / "taawun.db", isolated_home / "backups"
    daily = make_agent_database(database, backups, manual=False)
    package = tmp_path / "from-azilal.taawun"
    shutil.copyfile(daily, package)
    garbage_over_the_schema(package)
    truncate(daily)

    assert main(["--lang", "en", "sync", "merge", str(package)]) == 3
    assert main(["--lang", "en", "restore", str(daily), "--yes"]) == 3

    err = capsys.readouterr().err
    assert "damaged" in err and "taawun restore" not in err and "newest sound backup" not in err
