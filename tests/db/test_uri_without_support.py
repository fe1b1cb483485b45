"""A merge works where SQLite reads no URI unless asked (python.org's Windows build, compiled without
SQLITE_USE_URI), not only with Debian's SQLite: real `taawun` processes in the Windows stand-in's SQLite
(tests/windows_standin/sitecustomize.py) export a package and merge it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
STANDIN = ROOT / "tests" / "windows_standin"

pytestmark = pytest.mark.slow


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("TAAWUN_WINDOWS_CODEPAGE", "TAAWUN_DB")}
    env.update({"PYTHONPATH": os.pathsep.join([str(STANDIN), str(ROOT)]), "TAAWUN_WINDOWS_STANDIN": "sqlite",
                "TAAWUN_HOME": str(home)})  # fmt: skip
    return env


def _run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], capture_output=True, encoding="utf-8", env=env, cwd=ROOT,
                          timeout=120)  # fmt: skip


def test_the_standin_sqlite_reads_no_uri_unless_asked(tmp_path: Path) -> None:
    """What makes the test below able to fail: in the stand-in, ATTACH on a plain connection does not read a URI."""
    probe = (
        "import sqlite3, sys, urllib.parse\n"
        "target = urllib.parse.quote(sys.argv[1])\n"
        "try:\n"
        "    sqlite3.connect(':memory:').execute('ATTACH ? AS x', ('file:' + target + '?mode=rwc',))\n"
        "    print('read')\n"
        "except sqlite3.OperationalError:\n"
        "    print('not read')\n"
        "sqlite3.connect('file:' + target + '?mode=rwc', uri=True).close()\n"
        "print('uri=True read')\n"
    )
    done = _run(_env(tmp_path / "home"), "-c", probe, str(tmp_path / "p.db"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:2] == ["not read", "uri=True read"]


def test_a_package_merges_when_sqlite_reads_no_uri_unless_asked(tmp_path: Path) -> None:
    env = _env(tmp_path / "home")
    stick = tmp_path / "clé #1"
    stick.mkdir()
    a, b = str(tmp_path / "أ" / "taawun.db"), str(tmp_path / "b" / "taawun.db")
    added = _run(env, "-m", "app", "--db", a, "--lang", "en", "add", "cooperative", "--set", "name_ar=تعاونية الأمل",
                 "--set", "sectors=olives")  # fmt: skip
    assert added.returncode == 0, added.stderr
    exported = _run(env, "-m", "app", "--db", a, "--lang", "en", "sync", "export", str(stick))
    assert exported.returncode == 0, exported.stderr
    (package,) = stick.glob("*.taawun")
    merged = _run(env, "-m", "app", "--db", b, "--lang", "en", "sync", "merge", str(package))
    assert merged.returncode == 0, merged.stdout + merged.stderr
    listed = _run(env, "-m", "app", "--db", b, "list", "cooperative", "--json")
    assert listed.returncode == 0, listed.stderr
    assert [row["data"]["name_ar"] for row in json.loads(listed.stdout)] == ["تعاونية الأمل"]
