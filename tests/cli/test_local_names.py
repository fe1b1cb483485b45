"""The names recorded on every change (the agent's, the laptop's) are bounded here as they are in packages: the
command line's `--author`, the settings file and the window's dialogs never record a name with terminal codes or
of unbounded length."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.bounds import NAME_MAX
from app.core.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


def taawun(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", "--db", str(db), *args], capture_output=True,
                          encoding="utf-8", cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin",
                                                           "TAAWUN_HOME": str(db.parent / "home")})  # fmt: skip


@pytest.mark.parametrize(("author", "reason"), [
    ("ali\x1b[2Jnew: 0", "control characters"),
    ("ع" * (NAME_MAX + 1), f"at most {NAME_MAX}"),
    ("x" * 100_000, f"at most {NAME_MAX}"),  # an argument holds at most 128 KiB
])  # fmt: skip
def test_an_author_beyond_the_name_bounds_is_refused_before_the_database_is_touched(
    tmp_path: Path, author: str, reason: str
) -> None:
    db = tmp_path / "taawun.db"
    created = taawun(db, "add", "cooperative", "--set", "name_ar=تعاونية الأمل")
    assert created.returncode == 0, created.stderr
    before = db.read_bytes()
    for lang, expected in (("en", "This name cannot be recorded"), ("fr", "Ce nom ne peut pas"),
                           ("ar", "لا يمكن تسجيل هذا الاسم")):  # fmt: skip
        result = taawun(db, "--lang", lang, "--author", author, "add", "cooperative", "--set", "name_ar=x")
        assert result.returncode == 2, result.stderr
        assert expected in result.stderr and "\x1b" not in result.stderr + result.stdout
        if lang == "en":
            assert reason in result.stderr
    assert db.read_bytes() == before
    listed = taawun(db, "list", "cooperative")
    assert listed.returncode == 0 and listed.stdout.count("\n") >= 1


def test_no_database_is_created_for_a_refused_name(tmp_path: Path) -> None:
    result = taawun(tmp_path / "new.db", "--author", "a\x07b", "add", "cooperative", "--set", "name_ar=x")
    assert result.returncode == 2 and not (tmp_path / "new.db").exists()


def test_names_beyond_the_bounds_in_a_hand_edited_settings_file_are_asked_again(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"author": "فاطمة\x1b[31m", "device_name": "l" * (NAME_MAX + 1),
                                "organisation": "Réseau\x00", "language": "fr"}), encoding="utf-8")  # fmt: skip
    settings = Settings.load(path)
    assert (settings.author, settings.device_name, settings.organisation) == ("", "", "")
    assert settings.language == "fr"  # the rest of the file still applies
    assert "\x1b" not in settings.effective_author and len(settings.effective_device_name) <= NAME_MAX
    path.write_text(json.dumps({"author": "فاطمة الزهراء", "device_name": "حاسوب خنيفرة ⴰⵣⵔⵓ"}), encoding="utf-8")
    assert (Settings.load(path).author, Settings.load(path).device_name) == ("فاطمة الزهراء", "حاسوب خنيفرة ⴰⵣⵔⵓ")
