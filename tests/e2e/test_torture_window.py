"""The real window (offscreen) and three command lines on one database for a minute, with SIGKILLs: nothing is lost.

The window is the one `app.main` builds (tests/ui/conftest.py's fixtures, dialogs replaced). On its GUI thread the
agent types cooperatives into the real form editor, key by key, and finalises them, edits records the command lines
or the merges brought, deletes some; meanwhile the window's own workers run what they run in a day: the sync page's
merge of packages from other laptops and its export, the daily backup (`back_up_daily_in_background`, today's copy
removed each time so that another is made) and File › Back up now. Three command-line processes work on the same
file at the same time (tests/torture_support.py), one SIGKILLed now and then. At the end the database is sound,
`taawun check` passes, and every version the window or a command line reported saved is in the history.

Before the fix this failed within seconds: every worker store the window opened, and the daily backup, read the
database's header with Python's open()/close(), which dropped the window's locks on the file; a command line then
deleted the write-ahead log under the window ("database disk image is malformed", records lost).

TAAWUN_TORTURE_SECONDS (default 30) and TAAWUN_TORTURE_SEED (printed) as described in tests/torture_support.py.
"""

from __future__ import annotations

import importlib.util
import random
import sys
import time
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from ui_helpers import text_input, type_text

from app.core import paths
from app.core.errors import InvalidInput, TaawunError
from app.core.forms import load_form_directory
from app.core.messages import translate
from app.resources import forms_dir
from app.sync import merge as sync_merge
from app.sync.merge import FileOutcome
from app.ui import backup_actions, sync_page
from app.ui.application import WindowController
from app.ui.record_page import RecordPage
from app.ui.services import Services

SUPPORT = Path(__file__).resolve().parents[1] / "torture_support.py"


def _support() -> ModuleType:
    if "torture_support" not in sys.modules:
        spec = importlib.util.spec_from_file_location("torture_support", SUPPORT)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules["torture_support"] = module
        spec.loader.exec_module(module)
    return sys.modules["torture_support"]


torture = _support()
RACED = ("record_deleted", "record_not_found", "record_in_use")  # an edit or delete after a delete elsewhere
JOB_TIMEOUT_MS = 300_000


class Agent:
    """Works in the window as the agent does, and watches what its workers report."""

    def __init__(self, qtbot: QtBot, controller: WindowController, services: Services, answers: Any,
                 folder: Path, packages: list[Any], pool: Any) -> None:  # fmt: skip
        self.qtbot, self.controller, self.services, self.answers = qtbot, controller, services, answers
        self.folder, self.packages, self.pool = folder, packages, pool
        self.ledger = torture.Ledger(folder / "ledgers", "window")
        self.rng = random.Random(torture.SEED)
        self.problems: list[str] = []
        self.done: Counter[str] = Counter()
        self.merged: list[FileOutcome] = []  # by the sync page's worker, as each file's merge returns
        self.serial = 0
        lang = services.lang
        self.busy_text = translate("db_busy", lang)

    @property
    def window(self) -> Any:
        return self.controller.window

    # --- what the workers report ------------------------------------------------------------------------------------

    def watch(self, monkeypatch: pytest.MonkeyPatch) -> None:
        real_merge_file, real_failed = sync_merge.merge_file, sync_page.SyncPage._failed

        def merge_file(store: Any, path: Path | str, **options: Any) -> FileOutcome:
            outcome = real_merge_file(store, path, **options)
            self.merged.append(outcome)  # list.append: safe from the worker thread
            return outcome

        def failed(page: sync_page.SyncPage, error: BaseException) -> None:
            self._failure("sync page", error)
            real_failed(page, error)

        monkeypatch.setattr(sync_merge, "merge_file", merge_file)  # what the sync page's `merge_files` calls
        monkeypatch.setattr(sync_page.SyncPage, "_failed", failed)
        monkeypatch.setattr(backup_actions, "_log_daily", lambda result: self._count("daily"))
        monkeypatch.setattr(backup_actions, "_log_daily_failure", lambda error: self._failure("daily backup", error))
        monkeypatch.setattr(
            backup_actions.BackupFiles, "folder", classmethod(lambda cls, parent: self._backup_folder())
        )
        monkeypatch.setattr(
            backup_actions.BackupFiles, "inform", classmethod(lambda cls, parent, text: self._count("backup_now"))
        )
        self.answers.unsaved = "discard"  # a form whose save was refused (database busy) is left as it is

    def _failure(self, who: str, error: BaseException) -> None:
        if isinstance(error, TaawunError) and error.code == "db_busy":
            self._count("busy")
        else:
            self._count("failed", f"window {who}: {error!r}: {error}")

    def _count(self, kind: str, problem: str | None = None) -> None:
        self.done[kind] += 1
        if problem is not None:
            self.problems.append(problem)

    def _errors_shown(self, kind: str) -> bool:
        """What the replaced message dialogs showed since the last look; True if nothing."""
        shown, self.answers.errors[:] = list(self.answers.errors), []
        for text in shown:
            if text == self.busy_text:
                self._count("busy")
            elif kind in ("edit", "delete") and torture.raced(text, self.services.lang):
                self._count("raced")
            else:
                self._count("failed", f"window, a message shown during {kind}: {text}")
        return not shown

    def _backup_folder(self) -> Path:
        folder = self.folder / f"backup-now-{self.serial}"
        folder.mkdir(parents=True)
        return folder

    # --- the agent's work on the GUI thread ---------------------------------------------------------------------------

    def run(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        next_job = time.monotonic()
        while time.monotonic() < deadline:
            self.serial += 1
            kind = self.rng.choices(["save", "edit", "delete"], weights=[5, 4, 1])[0]
            getattr(self, f"_{kind}")()
            self.window.leave_record_page()
            self._collect_merges()
            if time.monotonic() >= next_job and self._start_a_job():
                next_job = time.monotonic() + self.rng.uniform(0.5, 1.5)  # the command lines get their share
            self.qtbot.wait(self.rng.randint(10, 60))

    def finish(self) -> None:
        """Wait for the window's workers, as the agent waits before closing the window."""
        runners = (self.window.sync_page.runner, self.controller.runner, self.window.backups.runner)
        self.qtbot.waitUntil(lambda: not any(runner.busy for runner in runners), timeout=JOB_TIMEOUT_MS)
        self._collect_merges()
        self._errors_shown("job")
        self.window.leave_record_page()
        self.ledger.close()

    def _save(self) -> None:
        page = self.window.new_record("cooperative")
        assert isinstance(page, RecordPage)
        type_text(text_input(page.editor.field_widget("name_ar")), f"تعاونية النافذة {self.serial}")
        type_text(text_input(page.editor.field_widget("members_total")), str(self.rng.randint(1, 300)))
        page.finalise_button.click()
        if self._saved(page, "save") and page.record_id is not None:
            record = self.services.store.get(page.record_id)  # nobody else knows its id yet
            self.ledger.saved(record.id, record.version, record.hlc)
            self.pool.add(record.id)
            self._count("save")

    def _edit(self) -> None:
        record_id = self.pool.to_edit(self.rng)
        page = self._open(record_id, "edit")
        if page is None:
            return
        text = text_input(page.editor.field_widget("products"))
        text.setFocus()
        type_text(text, f" منتوج {self.serial}")
        page.finalise_button.click()
        if self._saved(page, "edit"):
            # Read back at once: a command line may have saved a later version meanwhile, which is in the history
            # too; the version logged is one the window's save made or followed.
            self.ledger.saved(record_id, self.services.store.get(record_id, include_deleted=True).version)
            self._count("edit")

    def _saved(self, page: RecordPage, kind: str) -> bool:
        if not self._errors_shown(kind):
            return False  # refused, and the agent was told why
        if page.dirty:
            self._count("failed", f"window {kind}: not saved, and nothing said why")
        return not page.dirty

    def _delete(self) -> None:
        record_id = self.pool.to_delete(self.rng)
        page = self._open(record_id, "delete")
        if page is None:
            return
        deleted: list[str] = []
        page.record_deleted.connect(deleted.append)
        page.delete_button.click()  # the confirmation is answered yes
        if self._errors_shown("delete") and deleted:
            self.ledger.deleted(record_id)
            self._count("delete")

    def _open(self, record_id: str | None, kind: str) -> RecordPage | None:
        if record_id is None:
            return None
        try:
            page = self.window.open_record(record_id)
        except InvalidInput as error:  # as a list would no longer show it
            self._count("raced", None if error.code in RACED else f"window {kind}: {error}")
            return None
        assert isinstance(page, RecordPage)
        return page

    # --- the window's workers -------------------------------------------------------------------------------------

    def _start_a_job(self) -> bool:
        kind = self.rng.choice(["merge", "export", "daily", "backup_now"])
        page = self.window.sync_page
        if kind in ("merge", "export"):
            if page.runner.busy:
                return False
            if kind == "merge":
                page.merge_paths([p.path for p in self.rng.sample(self.packages, 2)])
            else:
                folder = self.folder / "stick"
                folder.mkdir(exist_ok=True)
                page.set_folder(str(folder))
                page.export()
        elif kind == "daily":
            if self.controller.runner.busy:
                return False
            for copy in paths.backups_dir().glob("*-daily-*"):
                copy.unlink()  # today's copy is made again
            backup_actions.back_up_daily_in_background(self.controller.runner, self.services,
                                                       self.services.settings.backup_keep_days)  # fmt: skip
        else:
            if self.window.backups.runner.busy:
                return False
            self.window.backups.back_up_now()
        self._count(f"{kind} started")
        return True

    def _collect_merges(self) -> None:
        while self.merged:
            outcome = self.merged.pop(0)
            if outcome.merged:
                self.ledger.merged(outcome.path)
                self._count("merge")
            else:
                self._count("failed", f"window merge: {outcome.path.name} refused: {outcome.rejection}")


@pytest.mark.slow
def test_the_window_and_three_command_lines_with_sigkills_lose_nothing(
    qtbot: QtBot, controller: WindowController, services: Services, answers: Any, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    torture.announce("test_torture_window")
    packages = torture.make_packages(tmp_path / "laptops", load_form_directory(forms_dir()))
    pool = torture.RecordPool([coop for package in packages for coop in package.cooperatives])
    agent = Agent(qtbot, controller, services, answers, tmp_path / "window", packages, pool)
    agent.watch(monkeypatch)
    cli = torture.CommandLine(services.store.path, tmp_path / "cli", packages, pool)
    torture.run_beside_command_lines(agent, cli, stop=agent.finish, database=services.store.path, folder=tmp_path,
                                     packages=packages)  # fmt: skip
