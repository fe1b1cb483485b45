"""The Windows stand-in does what it announces (a stand-in that silently did nothing would let CI pass for the wrong
reason): in a process started through run.py, and in the processes that one starts with an environment of its own."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RUN = Path(__file__).resolve().parent / "run.py"

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(sys.platform != "linux", reason="the stand-in is glibc's locales and Linux' SQLite")]  # fmt: skip

PROBE = r"""
import json, locale, os, sqlite3, subprocess, sys, urllib.parse
from pathlib import Path
from app.core.files import replace_file

folder = Path(sys.argv[1])
found = {"utf8_mode": sys.flags.utf8_mode, "encoding": locale.getencoding().lower(),
         "file_names": sys.getfilesystemencoding(), "stdin": sys.stdin.encoding, "open": open(folder / "t", "w").encoding}
try:
    sqlite3.connect(":memory:").execute("ATTACH ? AS x", ("file:" + urllib.parse.quote(str(folder / "u.db")),))
    found["plain_connection_reads_uri"] = True
except sqlite3.OperationalError:
    found["plain_connection_reads_uri"] = False
for name in ("a", "b", "c"):
    (folder / name).write_text(name)
os.replace(folder / "a", folder / "target-of-the-test")  # the test's own replace: never refused
found["test_replace"] = "done"
app_code = {"__name__": "app.probe", "os": os, "folder": folder}
try:
    exec("os.replace(folder / 'b', folder / 'target')", app_code)  # Taawun's code replacing a file
    found["first_app_replace"] = "done"
except PermissionError as error:
    found["first_app_replace"] = [error.winerror, error.strerror]
exec("os.replace(folder / 'b', folder / 'target')", app_code)
found["second_app_replace"] = (folder / "target").read_text()
replace_file(folder / "c", folder / "other")  # the retrying helper gets past the refusal
found["replace_file"] = (folder / "other").read_text()
child = subprocess.run([sys.executable, "-c", "import locale; print(locale.getencoding().lower())"],
                       env={"PATH": os.environ["PATH"], "PYTHONPATH": sys.argv[2]}, capture_output=True, text=True)
found["child"] = child.stdout.strip() or child.stderr
print(json.dumps(found))
"""


@pytest.mark.parametrize("code_page", ["1252", "1256"])
def test_the_standin_is_windows_where_it_matters(code_page: str, tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, str(RUN), "--codepage", code_page, "--locales", str(tmp_path / "locales"),
                           "--", sys.executable, "-c", PROBE, str(tmp_path), str(ROOT)],
                          capture_output=True, encoding="utf-8", env=env, cwd=tmp_path, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    encoding = f"cp{code_page}"
    assert found == {
        "utf8_mode": 0, "encoding": encoding, "file_names": "utf-8", "stdin": encoding, "open": encoding.upper(),
        "plain_connection_reads_uri": False,
        "test_replace": "done",
        "first_app_replace": [32, "The process cannot access the file because it is being used by another process"],
        "second_app_replace": "b",
        "replace_file": "c",
        "child": encoding,
    }  # fmt: skip


def test_an_unknown_part_stops_the_process(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(RUN.parent), "TAAWUN_WINDOWS_STANDIN": "sqlite,registry"}
    done = subprocess.run([sys.executable, "-c", "print('ran')"], capture_output=True, encoding="utf-8", env=env,
                          timeout=60)  # fmt: skip
    assert (done.returncode, done.stdout) == (70, "")
    assert "unknown part(s)" in done.stderr and "registry" in done.stderr
