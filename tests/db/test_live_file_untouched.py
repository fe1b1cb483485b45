"""No Python file call ever opens the live database, its -wal or its -shm while this process holds a connection.

Closing any descriptor of a file drops every POSIX lock the process holds on it, SQLite's included; another process
then believes it is the last user and deletes the write-ahead log under the open connection (the database was
damaged this way when the window's daily backup or a merge's worker connection read the file's header). The check
runs in a child process with an audit hook that records every `open` event (builtins.open, io.open, os.open,
shutil's copies) on those three paths, while the child does what the window does with its open store.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent(
    """
    import datetime as dt, json, os, sys
    from pathlib import Path

    from app.core.autosave import AutosaveFolder
    from app.core.forms import load_form_directory
    from app.core.settings import Settings
    from app.db import backup
    from app.db.demo import load_demo
    from app.db.store import Store
    from app.resources import forms_dir
    from app.sync.export import export_package
    from app.sync.merge import merge_file
    from app.ui.services import Services  # Qt-free: what the window's workers use

    folder = Path(sys.argv[1])
    forms = load_form_directory(forms_dir())
    with Store.open(folder / "peer.db", forms=forms, author="peer", device_name="peer") as peer:
        load_demo(peer)
        package = export_package(peer, folder).path
    database = folder / "taawun.db"
    store = Store.open(database, forms=forms, author="a", device_name="laptop")  # the process's first connection
    watched = {os.path.realpath(str(database) + side) for side in ("", "-wal", "-shm")}
    opened = []

    def hook(event, args):
        if event == "open" and args and isinstance(args[0], (str, bytes, os.PathLike)):
            name = os.fsdecode(args[0]) if not isinstance(args[0], int) else ""
            if name and os.path.realpath(name) in watched:
                opened.append(name)

    sys.addaudithook(hook)
    services = Services(store=store, settings=Settings(author="a", device_name="laptop"),
                        settings_path=folder / "s.json", autosave=AutosaveFolder(folder / "autosave"),
                        log_path=folder / "x.log")
    record = store.create("cooperative", {"name_ar": "تعاونية الأمل"})
    steps = {}

    def step(name, action):
        before = len(opened)
        action()
        steps[name] = opened[before:]

    def on_worker(action):
        with services.open_worker_store() as worker:
            return action(worker)

    step("worker connection", lambda: on_worker(lambda w: w.count()))
    step("daily backup", lambda: on_worker(lambda w: backup.daily_backup(w, folder / "backups", 14)))
    step("back up now", lambda: on_worker(lambda w: backup.backup_database(w, folder / "backups")))
    step("merge", lambda: on_worker(lambda w: (merge_file(w, package), w.catch_up_derived())))
    step("merge of the database itself", lambda: on_worker(lambda w: merge_file(w, database)))
    step("export", lambda: on_worker(lambda w: export_package(w, folder)))
    step("restore: check and keep", lambda: (
        backup.prepare_restore(next((folder / "backups").glob("taawun-2*.db")), database).unlink(),
        on_worker(lambda w: backup.keep_current(w, folder / "before")),
    ))
    step("edit and check", lambda: (store.update(record, {"name_ar": "تعاونية النور"}), store.check()))
    step("control: a Python read of the file", lambda: open(database, "rb").close())
    print(json.dumps(steps))
    """
)


def test_the_windows_work_never_opens_its_live_database_file(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path)], capture_output=True, encoding="utf-8", timeout=300,
                            cwd=ROOT, env={**_env(), "PYTHONPATH": str(ROOT)})  # fmt: skip
    assert result.returncode == 0, result.stderr
    steps = json.loads(result.stdout.strip().splitlines()[-1])
    control = steps.pop("control: a Python read of the file")
    assert control, "the audit hook saw nothing: the test would not notice a real open"
    assert {name: files for name, files in steps.items() if files} == {}
    assert len(steps) == 8


def _env() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
