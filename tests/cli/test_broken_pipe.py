"""`taawun … | head`: when the reader of the output leaves early, the command ends quietly with its usual exit code.

Real processes writing into a real pipe whose reading end is closed: nothing on stderr (no apology, no traceback, no
"Exception ignored … BrokenPipeError" at exit), nothing logged as a bug, and the work the command was doing is done.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.forms import load_form_directory
from app.db.store import Store
from app.resources import forms_dir
from app.sync.export import export_package

ROOT = Path(__file__).resolve().parents[2]
PIPE_BUFFER = 65536


@pytest.fixture(scope="module")
def big_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    """A database whose listings are several times larger than a pipe's buffer; and one record's id."""
    db = tmp_path_factory.mktemp("big") / "taawun.db"
    with Store.open(db, forms=load_form_directory(forms_dir()), author="فاطمة", device_name="laptop") as store:
        first = ""
        for number in range(300):
            record_id = store.create("cooperative", {"name_ar": f"تعاونية الأمل رقم {number}", "sectors": ["olives"]})
            first = first or record_id
        for number in range(5):
            store.update(first, {"name_ar": f"تعاونية الأمل، النسخة {number}"})
    yield db, first


def start(*args: str, stdout: int, home: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TAAWUN_HOME": str(home)}
    return subprocess.Popen([sys.executable, "-m", "app", *args], stdout=stdout, stderr=subprocess.PIPE, cwd=ROOT,
                            env=env)  # fmt: skip


def assert_quiet(child: subprocess.Popen[bytes], home: Path, *, code: int = 0) -> None:
    _, err = child.communicate(timeout=60)
    assert err.decode() == ""  # no apology, no traceback, no "Exception ignored"
    assert child.returncode == code
    log = home / "logs" / "taawun.log"
    assert "unexpected error" not in (log.read_text(encoding="utf-8") if log.exists() else "")


def test_a_reader_that_stops_after_a_few_bytes(big_db: tuple[Path, str], isolated_home: Path) -> None:
    db, _ = big_db
    child = start("--db", str(db), "list", "cooperative", "--json", stdout=subprocess.PIPE, home=isolated_home)
    assert child.stdout is not None
    assert len(child.stdout.read(100)) == 100  # `| head -c 100`
    child.stdout.close()
    assert_quiet(child, isolated_home)


def test_the_whole_listing_is_larger_than_a_pipe(big_db: tuple[Path, str], isolated_home: Path) -> None:
    """What the test above relies on: the command really writes after the reader has gone (the pipe holds 64 KiB,
    Python's buffer 8 KiB)."""
    db, _ = big_db
    out = subprocess.run([sys.executable, "-m", "app", "--db", str(db), "list", "cooperative", "--json"],
                         capture_output=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=60,
                         check=True).stdout  # fmt: skip
    assert len(out) > 2 * PIPE_BUFFER


@pytest.mark.parametrize(
    "command",
    [
        ["list", "cooperative"],
        ["show", "{id}"],
        ["show", "{id}", "--json"],
        ["history", "{id}"],
        ["history", "{id}", "--json"],
        ["search", "الأمل", "--limit", "500"],
        ["forms"],
        ["check"],
    ],
    ids=lambda command: " ".join(command),
)
def test_a_reader_gone_before_the_first_line(big_db: tuple[Path, str], isolated_home: Path,
                                             command: list[str]) -> None:  # fmt: skip
    """`taawun show ID | true`: even a short output, written only when the command ends, fails to reach anyone."""
    db, record_id = big_db
    reading, writing = os.pipe()
    os.close(reading)  # the reader has left before the command writes anything
    try:
        child = start("--db", str(db), *[a.format(id=record_id) for a in command], stdout=writing, home=isolated_home)
    finally:
        os.close(writing)
    assert_quiet(child, isolated_home)


def test_a_merge_whose_report_nobody_reads_still_merges_every_file(
    tmp_path: Path, isolated_home: Path, big_db: tuple[Path, str]
) -> None:
    """`taawun sync merge a b | head -1`: the report's reader leaving does not stop the merge half-way."""
    forms = load_form_directory(forms_dir())
    packages, names = [], []
    for laptop in ("midelt", "azrou"):
        (tmp_path / laptop).mkdir()
        with Store.open(tmp_path / laptop / "taawun.db", forms=forms, author=laptop, device_name=laptop) as store:
            names.append(f"تعاونية {laptop}")
            store.create("cooperative", {"name_ar": names[-1], "sectors": ["olives"]})
            packages.append(str(export_package(store, tmp_path).path))
    db = tmp_path / "mine.db"
    Store.open(db, forms=forms, author="me", device_name="mine").close()
    reading, writing = os.pipe()
    os.close(reading)
    try:
        child = start("--db", str(db), "sync", "merge", *packages, stdout=writing, home=isolated_home)
    finally:
        os.close(writing)
    assert_quiet(child, isolated_home)
    conn = sqlite3.connect(db)
    try:
        found = {row[0] for row in conn.execute("SELECT json_extract(data, '$.name_ar') FROM records")}
    finally:
        conn.close()
    assert found == set(names)


def test_an_error_message_nobody_reads_keeps_its_exit_code(big_db: tuple[Path, str], isolated_home: Path) -> None:
    """`taawun show NO-SUCH-ID 2>&1 | true`: the refusal goes nowhere, the exit code still says what happened."""
    db, _ = big_db
    reading, writing = os.pipe()
    os.close(reading)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TAAWUN_HOME": str(isolated_home)}
    try:
        result = subprocess.run([sys.executable, "-m", "app", "--db", str(db), "show", "no-such-id"], stdout=writing,
                                stderr=writing, cwd=ROOT, env=env, timeout=60)  # fmt: skip
    finally:
        os.close(writing)
    assert result.returncode == 2
    log = isolated_home / "logs" / "taawun.log"
    assert "unexpected error" not in (log.read_text(encoding="utf-8") if log.exists() else "")
