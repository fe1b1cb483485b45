"""The window's process and three command lines on one database for a minute, with SIGKILLs: nothing is lost.

This process does to its database what the window's does (without Qt): its own connection open all along, saving,
editing and deleting records on it, backing it up through it, and on worker threads the jobs of the window's
workers, each with a worker store opened as `Services.open_worker_store` opens it: merges of packages from other
laptops (as the sync page runs them), the daily backup, "Back up now" and an export. Meanwhile three command-line
processes add, edit, delete, merge, export, back up and check (tests/torture_support.py), one of them killed now and
then. At the end the database is sound, `taawun check` passes, and every version any process reported saved is in
the history.

Before the fix this failed: opening a worker store, or the daily backup, read the database file's header with
Python's own open()/close(), which dropped this process's locks on the file; a command line then believed it was
the last user, checkpointed and deleted the write-ahead log under the open connection, and what this process saved
next went to a deleted file (lost, or "database disk image is malformed").

TAAWUN_TORTURE_SECONDS (default 30) and TAAWUN_TORTURE_SEED (printed) as described in tests/torture_support.py.
"""

from __future__ import annotations

import importlib.util
import random
import shutil
import sys
import threading
import time
import traceback
from collections import Counter
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from app.core.autosave import AutosaveFolder
from app.core.errors import InvalidInput, StorageError
from app.core.forms import FormRegistry
from app.core.settings import Settings
from app.db.backup import backup_database, daily_backup
from app.db.store import Store
from app.sync.export import export_package
from app.sync.merge import merge_file
from app.ui.services import Services  # Qt-free: what the window gives its workers


def _support() -> ModuleType:
    if "torture_support" not in sys.modules:
        spec = importlib.util.spec_from_file_location(
            "torture_support", Path(__file__).parents[1] / "torture_support.py"
        )
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules["torture_support"] = module
        spec.loader.exec_module(module)
    return sys.modules["torture_support"]


torture = _support()
RACED = {"record_deleted", "record_not_found", "record_in_use"}  # an edit or delete after a delete elsewhere


class WindowProcess:
    """One open store, used as the window uses it, and up to two jobs at a time on workers."""

    def __init__(self, db: Path, folder: Path, forms: FormRegistry, packages: list[Any], pool: Any) -> None:
        settings = Settings(author="فاطمة", device_name="حاسوب النافذة")
        store = Store.open(db, forms=forms, author=settings.author, device_name=settings.device_name)
        self.services = Services(store=store, settings=settings, settings_path=folder / "settings.json",
                                 autosave=AutosaveFolder(folder / "autosave"), log_path=folder / "taawun.log")  # fmt: skip
        self.folder, self.packages, self.pool = folder, packages, pool
        self.ledger = torture.Ledger(folder / "ledgers", "window")
        self.rng = random.Random(torture.SEED)
        self.workers = ThreadPoolExecutor(max_workers=2, thread_name_prefix="window-worker")
        self.jobs: list[Future[None]] = []
        self.problems: list[str] = []
        self.done: Counter[str] = Counter()
        self.serial = 0
        self.lock = threading.Lock()

    def run(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        next_job = time.monotonic()
        while time.monotonic() < deadline:
            self.serial += 1
            kind = self.rng.choices(["save", "edit", "delete", "copy"], weights=[6, 4, 1, 1])[0]
            self._attempt(kind, getattr(self, f"_{kind}"))
            self.jobs = [job for job in self.jobs if not job.done()]
            if len(self.jobs) < 2 and time.monotonic() >= next_job:
                kind = self.rng.choice(["merge", "daily", "backup_now", "export"])
                work = getattr(self, f"_{kind}")
                self.jobs.append(self.workers.submit(self._attempt, kind, work, self.serial))
                next_job = time.monotonic() + self.rng.uniform(0.2, 1.0)  # the command lines get their share
            time.sleep(self.rng.uniform(0.02, 0.1))

    def close(self) -> None:
        self.workers.shutdown(wait=True)
        self.services.store.close()
        self.ledger.close()

    def _attempt(self, kind: str, work: Callable[..., None], *args: Any) -> None:
        try:
            work(*args)
        except StorageError as error:
            self._count("busy", None if error.code == "db_busy" else f"window {kind}: {error.code} {error}")
        except InvalidInput as error:
            self._count("raced", None if error.code in RACED else f"window {kind}: {error.code} {error}")
        except Exception as error:  # noqa: BLE001 - every failure is collected and shown at the end
            self._count("failed", f"window {kind}: {error!r}\n{traceback.format_exc()}")
        else:
            self._count(kind)

    def _count(self, kind: str, problem: str | None = None) -> None:
        with self.lock:  # the workers report too
            self.done[kind] += 1
            if problem is not None:
                self.problems.append(problem)

    # --- on the window's own connection (the GUI thread) ---------------------------------------------------------

    def _save(self) -> None:
        store = self.services.store
        record_id = store.create("cooperative", {"name_ar": f"تعاونية النافذة {self.serial}",
                                                 "members_total": self.rng.randint(1, 300)},
                                 draft=self.rng.random() < 0.2)  # fmt: skip
        self.ledger.saved(record_id, 1, store.get(record_id).hlc)
        self.pool.add(record_id)

    def _edit(self) -> None:
        record_id = self.pool.to_edit(self.rng)
        if record_id is not None:
            record = self.services.store.update(record_id, {"products": f"منتوج النافذة {self.serial}"})
            self.ledger.saved(record.id, record.version, record.hlc)

    def _delete(self) -> None:
        record_id = self.pool.to_delete(self.rng)
        if record_id is not None:
            self.services.store.delete(record_id)
            self.ledger.deleted(record_id)

    def _copy(self) -> None:
        """A backup through the open connection."""
        folder = self.folder / "copies"
        folder.mkdir(exist_ok=True)
        backup_database(self.services.store, folder).unlink()

    # --- on workers, each with its own store ----------------------------------------------------------------------

    def _merge(self, serial: int) -> None:
        """As the sync page's merge: the files one after the other, then the lists' keys and the search index."""
        chosen = random.Random(serial).sample(self.packages, 2)
        with self.services.open_worker_store() as store:
            outcomes = [merge_file(store, package.path) for package in chosen]
            store.catch_up_derived()
        for outcome in outcomes:
            if outcome.merged:
                self.ledger.merged(outcome.path)
            else:
                self._count("failed", f"window merge: {outcome.path.name} refused: {outcome.rejection}")

    def _daily(self, serial: int) -> None:
        """The daily backup, in a new folder each time so that a copy is made each time."""
        folder = self.folder / f"daily-{serial}"
        with self.services.open_worker_store() as store:
            made = daily_backup(store, folder, self.services.settings.backup_keep_days).made
        assert made is not None and made.is_file()
        shutil.rmtree(folder)

    def _backup_now(self, serial: int) -> None:
        """File › Back up now…"""
        folder = self.folder / f"now-{serial}"
        folder.mkdir()
        with self.services.open_worker_store() as store:
            backup_database(store, folder, device_name=self.services.settings.device_name)
        shutil.rmtree(folder)

    def _export(self, serial: int) -> None:
        folder = self.folder / f"export-{serial}"
        folder.mkdir()
        with self.services.open_worker_store() as store:
            export_package(store, folder)
        shutil.rmtree(folder)


@pytest.mark.slow
def test_the_window_process_and_three_command_lines_with_sigkills_lose_nothing(
    tmp_path: Path, shipped_forms: FormRegistry
) -> None:
    torture.announce("test_torture")
    packages = torture.make_packages(tmp_path / "laptops", shipped_forms)
    pool = torture.RecordPool([coop for package in packages for coop in package.cooperatives])
    db = tmp_path / "agent.db"
    window = WindowProcess(db, tmp_path / "window", shipped_forms, packages, pool)
    cli = torture.CommandLine(db, tmp_path / "cli", packages, pool)
    torture.run_beside_command_lines(window, cli, stop=window.close, database=db, folder=tmp_path, packages=packages)
