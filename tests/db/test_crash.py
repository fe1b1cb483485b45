"""A laptop whose power dies mid-write: SIGKILL a process in the middle of a stream of writes."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.core.forms import FormRegistry
from app.db.store import Store

WRITER = textwrap.dedent(
    """
    import sys
    from app.core.forms import load_form_directory
    from app.db.store import Store
    from app.resources import forms_dir

    store = Store.open(sys.argv[1], forms=load_form_directory(forms_dir()), author="a", device_name="d")
    coop = store.create("cooperative", {"name_ar": "تعاونية"})
    print("saved", coop, flush=True)
    i = 0
    while True:
        i += 1
        visit = store.create("visit", {"cooperative": coop, "visit_date": "2025-05-17",
                                       "observations": "ملاحظة رقم %d " % i + "نص طويل " * 200})
        print("saved", visit, flush=True)
        if i % 3 == 0:
            store.update(visit, {"problems": "تعديل %d" % i})
            print("edited", visit, flush=True)
    """
)


@pytest.mark.slow
@pytest.mark.parametrize("kill_after", [5, 40])
def test_sigkill_during_writes_loses_nothing_reported_saved(
    tmp_path: Path, shipped_forms: FormRegistry, kill_after: int
) -> None:
    db = tmp_path / "crash.db"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    child = subprocess.Popen([sys.executable, "-c", WRITER, str(db)], stdout=subprocess.PIPE, encoding="utf-8", env=env)
    assert child.stdout is not None
    reported: list[tuple[str, str]] = []
    for line in child.stdout:
        action, record_id = line.split()
        reported.append((action, record_id))
        if len(reported) >= kill_after:
            child.kill()  # while it is writing the next record (SIGKILL; TerminateProcess on Windows)
            break
    child.wait(timeout=30)
    child.stdout.close()
    assert child.returncode == (1 if sys.platform == "win32" else -signal.SIGKILL)  # killed, not ended

    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()
    with Store.open(db, forms=shipped_forms, author="a", device_name="d") as store:
        assert store.check() == []
        for action, record_id in reported:
            record = store.get(record_id)
            if action == "edited":
                assert record.version >= 2 and record.data["problems"].startswith("تعديل")
