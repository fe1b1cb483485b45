"""Shared by the torture tests (tests/db/test_torture.py, tests/e2e/test_torture_window.py): the command line in
other processes on the database a window holds open, a ledger of what every process reported saved, and the check
at the end that all of it is there.

Three command-line "slots" each run `taawun …` commands one after the other (add, edit, delete, merge packages,
export, back up, check), so three processes at most work on the database beside the window; now and then one of
them is killed with SIGKILL in the middle of whatever it is doing, and the slot goes on with a new process.

Every process appends what it reported saved to its own log file, flushed, only after the command returned
success (or the call returned, for the window): the check at the end reads these files. A command refused with
"database busy" (exit 3) under this contention is acceptable and not reported saved; a bug (exit 1), a damaged
database, "malformed" or "unexpected" anywhere is a failure.

Knobs: TAAWUN_TORTURE_SECONDS (how long the processes work; 30 by default, so the whole CI stays within 10 minutes
on 2 cores; run longer by hand) and TAAWUN_TORTURE_SEED (the seed of
every random choice, printed at the start, so that a failing run's choices can be replayed).
"""

from __future__ import annotations

import json
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core.forms import FormRegistry
from app.core.messages import translate
from app.db.store import Store
from app.sync.export import export_package

# How a killed command line ends: Popen.kill() sends SIGKILL on POSIX, calls TerminateProcess(…, 1) on Windows.
KILLED_EXIT = 1 if sys.platform == "win32" else -signal.SIGKILL
ROOT = Path(__file__).resolve().parents[1]  # the tree whose `app` the subprocesses must run
SECONDS = float(os.environ.get("TAAWUN_TORTURE_SECONDS") or 30)
SEED = int(os.environ.get("TAAWUN_TORTURE_SEED") or 20250517)
SLOTS = 3
COMMAND_TIMEOUT = 300  # seconds: a command that takes this long on a loaded laptop is hung, not slow

BUSY = translate("db_busy", "en")
BAD_WORDS = ("malformed", "unexpected", "traceback", "corrupt", "damaged")


def raced(text: str, lang: str = "en") -> bool:
    """Whether `text` is what an edit or a delete says when another process deleted the record first (refused as
    invalid input, exit 2, nothing written)."""
    for code in ("record_deleted", "record_not_found", "record_in_use"):
        # Placeholders that translate() shows as they are (it escapes control characters in parameters).
        text_of = translate(code, lang, id="@@ID@@", count="@@COUNT@@")
        pattern = re.escape(text_of).replace("@@ID@@", ".+").replace("@@COUNT@@", ".+")
        if re.fullmatch(pattern, text.strip()):
            return True
    return False


def announce(test: str) -> None:
    print(f"{test}: TAAWUN_TORTURE_SEED={SEED} TAAWUN_TORTURE_SECONDS={SECONDS:g}", flush=True)


def bad_words(text: str) -> list[str]:
    lowered = text.lower()
    return [word for word in BAD_WORDS if word in lowered]


# --- what each process reported saved -------------------------------------------------------------------------------


class Ledger:
    """One process's log of what it reported saved, one JSON object a line, flushed at once."""

    def __init__(self, folder: Path, name: str) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / f"{name}.log"
        self._file = self.path.open("a", encoding="utf-8")
        self._lock = threading.Lock()

    def _write(self, **entry: Any) -> None:
        with self._lock:
            self._file.write(json.dumps(entry) + "\n")
            self._file.flush()

    def saved(self, record_id: str, version: int, hlc: str | None = None) -> None:
        self._write(what="saved", id=record_id, version=version, hlc=hlc)

    def deleted(self, record_id: str) -> None:
        self._write(what="deleted", id=record_id)

    def merged(self, package: Path) -> None:
        self._write(what="merged", package=str(package))

    def close(self) -> None:
        self._file.close()


class RecordPool:
    """Ids the processes may edit or delete (thread-safe). Only records made during the run may be deleted."""

    def __init__(self, editable: list[str]) -> None:
        self._lock = threading.Lock()
        self._editable = list(editable)
        self._deletable: list[str] = []

    def add(self, record_id: str) -> None:
        with self._lock:
            self._editable.append(record_id)
            self._deletable.append(record_id)

    def to_edit(self, rng: random.Random) -> str | None:
        with self._lock:
            return rng.choice(self._editable) if self._editable else None

    def to_delete(self, rng: random.Random) -> str | None:
        with self._lock:
            if not self._deletable:
                return None
            record_id = self._deletable.pop(rng.randrange(len(self._deletable)))
            self._editable.remove(record_id)
            return record_id


# --- packages from other laptops ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Package:
    path: Path
    versions: frozenset[tuple[str, str]]  # (record id, clock stamp) of every version it carries
    cooperatives: tuple[str, ...]


def make_packages(folder: Path, forms: FormRegistry) -> list[Package]:
    """Packages exported by two other laptops at successive moments (adds, edits, a delete, visits referring to
    cooperatives): merged in any order, they insert, update and find conflicts."""
    packages = []
    for laptop in ("khenifra", "azrou"):
        with Store.open(folder / f"{laptop}.db", forms=forms, author=f"agent {laptop}", device_name=laptop) as store:
            coops = [store.create("cooperative", {"name_ar": f"تعاونية {laptop} {n}", "members_total": n})
                     for n in range(1, 7)]  # fmt: skip
            for stage in range(3):
                if stage:
                    for coop in coops[: 2 + stage]:
                        store.update(coop, {"products": f"زيت الزيتون، مرحلة {stage}"})
                    coops.append(store.create("cooperative", {"name_ar": f"تعاونية {laptop} جديدة {stage}"}))
                if stage == 2:
                    store.delete(coops[-2])
                store.create("visit", {"cooperative": coops[stage], "visit_date": "2025-05-17",
                                       "observations": f"ملاحظة {laptop} {stage}"})  # fmt: skip
                target = folder / f"{laptop}-{stage}"
                target.mkdir()
                path = export_package(store, target).path
                packages.append(Package(path, _versions_in(path), tuple(coops)))
    return packages


def _versions_in(package: Path) -> frozenset[tuple[str, str]]:
    conn = sqlite3.connect(f"file:{package}?mode=ro&immutable=1", uri=True)
    try:
        return frozenset(conn.execute("SELECT record_id, hlc FROM history"))
    finally:
        conn.close()


# --- the command line in other processes ----------------------------------------------------------------------------

_WEIGHTS = {"add": 5, "edit": 5, "delete": 1, "merge": 2, "export": 1, "backup": 1, "check": 1}


@dataclass
class _Slot:
    number: int
    ledger: Ledger
    rng: random.Random
    folder: Path
    process: subprocess.Popen[str] | None = None
    killed: bool = False


@dataclass
class CommandLine:
    """`SLOTS` command-line processes on `db` at any time, until `stop()`; a random one SIGKILLed now and then."""

    db: Path
    folder: Path
    packages: list[Package]
    pool: RecordPool
    seed: int = SEED
    problems: list[str] = field(default_factory=list)
    done: Counter[str] = field(default_factory=Counter)  # commands that succeeded, by kind; also "busy", "killed"
    seconds: Counter[str] = field(default_factory=Counter)  # time spent in the commands of each kind
    _stop: threading.Event = field(default_factory=threading.Event)
    _threads: list[threading.Thread] = field(default_factory=list)
    _slots: list[_Slot] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def start(self) -> None:
        self.env = {**os.environ, "PYTHONPATH": str(ROOT), "TAAWUN_HOME": str(self.folder / "home")}
        self.env.pop("TAAWUN_DB", None)
        for number in range(1, SLOTS + 1):
            slot = _Slot(number, Ledger(self.folder / "ledgers", f"cli-{number}"), random.Random(self.seed * 100 + number),
                         self.folder / f"slot-{number}")  # fmt: skip
            (slot.folder / "backups").mkdir(parents=True)
            (slot.folder / "export").mkdir()
            self._slots.append(slot)
            self._threads.append(threading.Thread(target=self._run, args=(slot,), name=f"cli-{number}", daemon=True))
        self._threads.append(threading.Thread(target=self._kill_now_and_then, name="killer", daemon=True))
        for thread in self._threads:
            thread.start()

    def stop(self) -> None:
        """No new command; the running ones finish (or time out, which is a failure)."""
        self._stop.set()
        for thread in self._threads:
            thread.join(COMMAND_TIMEOUT + 60)
            if thread.is_alive():
                self.problems.append(f"{thread.name} did not stop")
        for slot in self._slots:
            slot.ledger.close()

    def timing(self) -> str:
        return "seconds in commands: " + ", ".join(f"{kind} {time:.0f}" for kind, time in self.seconds.items())

    def _problem(self, text: str) -> None:
        with self._lock:
            self.problems.append(text)

    def _count(self, kind: str) -> None:
        with self._lock:
            self.done[kind] += 1

    def _kill_now_and_then(self) -> None:
        rng = random.Random(self.seed)
        while not self._stop.wait(rng.uniform(1.0, 4.0)):
            slot = rng.choice(self._slots)
            with self._lock:
                process = slot.process
                if process is None or process.poll() is not None:
                    continue
                slot.killed = True
                process.kill()  # SIGKILL; TerminateProcess on Windows

    def _run(self, slot: _Slot) -> None:
        serial = 0
        first = list(_WEIGHTS)  # every kind once at first, in an order of the slot's own, then at random
        slot.rng.shuffle(first)
        while not self._stop.is_set():
            serial += 1
            kind = first.pop() if first else slot.rng.choices(list(_WEIGHTS), weights=list(_WEIGHTS.values()))[0]
            args = self._arguments(slot, kind, serial)
            if args is not None:
                self._command(slot, kind, args)
            self._stop.wait(slot.rng.uniform(0.0, 0.2))  # leaves the two cores some room for the window

    def _arguments(self, slot: _Slot, kind: str, serial: int) -> list[str] | None:
        rng = slot.rng
        if kind == "add":
            args = ["add", "cooperative", "--set", f"name_ar=تعاونية السطر {slot.number}-{serial}",
                    "--set", f"members_total={rng.randint(1, 300)}"]  # fmt: skip
            return args + (["--draft"] if rng.random() < 0.2 else [])
        if kind == "edit":
            record_id = self.pool.to_edit(rng)
            return None if record_id is None else ["edit", record_id, "--set", f"products=منتوج {slot.number}-{serial}"]
        if kind == "delete":
            record_id = self.pool.to_delete(rng)
            return None if record_id is None else ["delete", record_id]
        if kind == "merge":
            chosen = rng.sample(self.packages, rng.randint(1, 3))
            return ["sync", "merge", *(str(p.path) for p in chosen)]
        if kind == "export":
            return ["sync", "export", str(slot.folder / "export")]
        if kind == "backup":
            return ["backup", str(slot.folder / "backups")]
        return ["check"]

    def _command(self, slot: _Slot, kind: str, args: list[str]) -> None:
        argv = [sys.executable, "-m", "app", *args, "--db", str(self.db), "--lang", "en", "--author",
                f"cli-{slot.number}"]  # fmt: skip
        with self._lock:
            if self._stop.is_set():
                return
            slot.killed = False
            slot.process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                            encoding="utf-8", env=self.env, cwd=slot.folder)  # fmt: skip
        process = slot.process
        started = time.monotonic()
        try:
            out, err = process.communicate(timeout=COMMAND_TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            out, err = process.communicate()
            self._problem(f"cli-{slot.number}: `taawun {' '.join(args)}` hung for {COMMAND_TIMEOUT} s\n{err}")
            return
        with self._lock:
            slot.process = None
            self.seconds[kind] += time.monotonic() - started
            killed = slot.killed and process.returncode == KILLED_EXIT
        shown = f"cli-{slot.number}: `taawun {' '.join(args)}` exited {process.returncode}\n{out}\n{err}"
        if killed:
            self._count("killed")
            return
        if bad_words(out + err):
            self._problem(shown)
        if process.returncode == 3 and BUSY in err:
            self._count("busy")
            return
        if process.returncode == 2 and kind in ("edit", "delete") and raced(err):
            self._count("raced")
            return
        if process.returncode != 0:
            self._problem(shown)
            return
        try:
            self._report(slot, kind, args, out)
        except (ValueError, IndexError):
            self._problem(f"cannot read what {shown}")
        self._count(kind)

    def _report(self, slot: _Slot, kind: str, args: list[str], out: str) -> None:
        lines = out.strip().splitlines()
        if kind == "add":
            record_id = lines[-1].strip()
            slot.ledger.saved(record_id, 1)
            self.pool.add(record_id)
        elif kind == "edit":
            # "Record {id} saved (version {version})"
            version = int(lines[-1].rsplit("version", 1)[1].strip(" )"))
            slot.ledger.saved(args[1], version)
        elif kind == "delete":
            slot.ledger.deleted(args[1])
        elif kind == "merge":
            for path in args[2:]:
                slot.ledger.merged(Path(path))
        elif kind == "backup":
            Path(lines[-1].strip()).unlink()  # checked by the command itself; the disk is not filled


# --- the check at the end -------------------------------------------------------------------------------------------


def final_problems(db: Path, ledgers: list[Path], packages: list[Package], home: Path) -> list[str]:
    """Everything wrong with the database once every process has stopped: SQLite's integrity check, `taawun check`,
    and every version any process reported saved, present with its history."""
    problems: list[str] = []
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        rows = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        if rows != ["ok"]:
            problems.append(f"PRAGMA integrity_check: {rows[:5]}")
        versions = set(conn.execute("SELECT record_id, version FROM history"))
        stamps = {(r, h) for r, h in conn.execute("SELECT record_id, hlc FROM history")}
        deleted = {r for r, d in conn.execute("SELECT record_id, deleted FROM history") if d}
        records = {row[0] for row in conn.execute("SELECT id FROM records")}
    except sqlite3.DatabaseError as error:
        return [*problems, f"the database cannot be read: {error}"]
    finally:
        conn.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TAAWUN_HOME": str(home)}
    check = subprocess.run([sys.executable, "-m", "app", "check", "--db", str(db), "--lang", "en"],
                           capture_output=True, text=True, encoding="utf-8", env=env, timeout=COMMAND_TIMEOUT)  # fmt: skip
    if check.returncode != 0:
        problems.append(f"`taawun check` exited {check.returncode}: {check.stdout}{check.stderr}")
    by_path = {str(p.path): p for p in packages}
    for log in sorted(log for folder in ledgers for log in folder.glob("*.log")):
        for line in log.read_text(encoding="utf-8").splitlines():
            entry = json.loads(line)
            who = log.stem
            if entry["what"] == "saved":
                if entry["id"] not in records or (entry["id"], entry["version"]) not in versions:
                    problems.append(f"{who} saved {entry['id']} version {entry['version']}: not in the history")
                elif entry["hlc"] and (entry["id"], entry["hlc"]) not in stamps:
                    problems.append(f"{who} saved {entry['id']} version {entry['version']} ({entry['hlc']}): "
                                    "that version is not in the history")  # fmt: skip
            elif entry["what"] == "deleted":
                if entry["id"] not in deleted:
                    problems.append(f"{who} deleted {entry['id']}: no deleted version in the history")
            else:
                lost = by_path[entry["package"]].versions - stamps
                if lost:
                    problems.append(f"{who} merged {Path(entry['package']).name}: {len(lost)} of its versions "
                                    "are not in the history")  # fmt: skip
    return problems


def summary(problems: list[str], examples: int = 3) -> str:
    """The problems grouped by who met them (the text before the first colon), a few examples of each."""
    groups: dict[str, list[str]] = {}
    for problem in problems:
        groups.setdefault(problem.split(":", 1)[0], []).append(problem)
    lines = [f"{len(problems)} problem(s):"]
    for who, found in groups.items():
        lines.append(f"== {who}: {len(found)}")
        lines += [text[:1500] for text in found[:examples]]
    return "\n".join(lines)


def run_beside_command_lines(actor: Any, cli: CommandLine, *, stop: Callable[[], None], database: Path,
                             folder: Path, packages: list[Package]) -> None:  # fmt: skip
    """`actor` (the window's process, or the real window) works for SECONDS while `cli`'s command lines run and are
    killed; then nothing any of them reported saved may be missing, and each kind of work must have happened."""
    cli.start()
    try:
        actor.run(SECONDS)
    finally:
        cli.stop()
        stop()
    print(f"window: {dict(actor.done)}\ncommand lines: {dict(cli.done)}\n{cli.timing()}")
    problems = actor.problems + cli.problems
    ledgers = [folder / "window" / "ledgers", folder / "cli" / "ledgers"]
    problems += final_problems(database, ledgers, packages, folder / "cli" / "home")
    assert not problems, summary(problems)
    if SECONDS < 60:
        return  # a shorter run, set by hand to iterate, may not reach every kind of work
    # The run did what it says (a minute is ample for each kind).
    assert cli.done["killed"] >= 1, cli.done
    for kind in ("add", "edit", "merge", "backup", "check"):
        assert cli.done[kind] >= 1, (kind, cli.done)
    for kind in ("save", "edit", "merge", "daily"):
        assert actor.done[kind] >= 1, (kind, actor.done)
