"""The window's sync and a command on one laptop's database at once (a terminal, a scheduled task): both pull the
same batches and write the same checkpoint; the second merge of a batch adds nothing, the checkpoint's conflicting
write is read again, and the laptop ends with everything once, the server with each version once."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from cli_run import run_cli
from couch_server import CouchDatabase

from app.core.forms import FormRegistry
from app.db.store import Store
from app.sync.server.couch import CouchClient, ServerAddress
from app.sync.server.session import sync_with_server

ROOT = Path(__file__).resolve().parents[2]


def test_the_window_and_a_command_syncing_one_database_at_once_end_with_everything_once(
    couch_db: CouchDatabase, tmp_path: Path, shipped_forms: FormRegistry, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch, isolated_home: Path, no_store: None,
) -> None:  # fmt: skip
    monkeypatch.setenv("TAAWUN_SERVER_PASSWORD", couch_db.password)
    agent, coordinator = tmp_path / "agent.db", tmp_path / "coordinator.db"
    assert run_cli(agent, capsys, "sync", "server", "set", couch_db.url, "--user", couch_db.user)[0] == 0
    with Store.open(agent, forms=shipped_forms, author="فاطمة", device_name="tiznit") as store:
        made = [store.create("cooperative", {"name_ar": f"تعاونية رقم {i}"}) for i in range(400)]
    assert run_cli(agent, capsys, "sync", "push")[0] == 0

    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    command = subprocess.Popen([sys.executable, "-m", "app", "--db", str(coordinator), "--lang", "en", "sync", "now"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, env=env)  # fmt: skip
    assert command.stderr is not None
    command.stderr.readline()  # it has begun ("Sending to the server…"): the window's sync starts beside it
    with Store.open(coordinator, forms=shipped_forms, author="x", device_name="coordinator") as window_store:
        with CouchClient(ServerAddress(couch_db.url, couch_db.user, couch_db.password)) as client:
            outcome = sync_with_server(window_store, client, server=couch_db.url, keys=None)
        assert outcome.refused == 0
    out, err = command.communicate(timeout=120)
    assert command.returncode == 0, (out + err).decode()
    assert b"Traceback" not in err and b"Exception ignored" not in err

    with Store.open(coordinator, forms=shipped_forms, author="x", device_name="coordinator") as store:
        assert sorted(row[0] for row in store.conn.execute("SELECT id FROM records")) == sorted(made)
        assert store.conn.execute("SELECT count(*) FROM history").fetchone()[0] == 400
        assert store.check() == []
    with couch_db.server.admin_session() as admin:
        ids = [row["id"] for row in admin.get(couch_db.url + "/_all_docs", timeout=10).json()["rows"]]
    assert len([i for i in ids if i.startswith("v:")]) == 400  # each version once
