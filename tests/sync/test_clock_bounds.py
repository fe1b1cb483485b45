"""Clock stamps are bounded: a file carrying a change dated more than a day ahead of this laptop's clock is refused
as a whole, before anything is written, naming the laptop whose clock is wrong, the date it claims and what to do;
this laptop's clock never moves past the bound; a laptop a few hours ahead is merged as before.

Packages are real exports from another laptop, then edited with sqlite3 as an attacker (or a laptop with a dead
clock battery) would. This laptop's wall clock is held still (`app.core.clock.system_ms`), so "exactly at the
bound" means exactly."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cli_run import run_cli

from app.core import clock as clock_module
from app.core.clock import MAX_OFFSET_MS, ClockExhausted, Stamp, StampAhead, system_ms
from app.db.store import Store
from app.sync.export import export_package
from app.sync.merge import merge_file

HOUR_MS = 3_600_000
YEAR_9999_MS = int(dt.datetime(9999, 6, 1, tzinfo=dt.UTC).timestamp() * 1000)


@pytest.fixture
def now(monkeypatch: pytest.MonkeyPatch) -> Iterator[int]:
    """This laptop's wall clock, held at the real time the test started (the laptops' own stamps are before it)."""
    fixed = system_ms() + 1000
    monkeypatch.setattr(clock_module, "system_ms", lambda: fixed)
    yield fixed


class Peer:
    """Another laptop ("peer-laptop") with a cooperative (edited once) and a visit; its package on the stick."""

    def __init__(self, store: Store, stick: Path) -> None:
        self.store = store
        self.coop = store.create("cooperative", {"name_ar": "تعاونية الأمل", "sectors": ["olives"]})
        store.update(self.coop, {"phone": "0612345678"})
        self.visit = store.create("visit", {"cooperative": self.coop, "visit_date": "2025-05-17",
                                            "observations": "ملاحظة"})  # fmt: skip
        self.package = export_package(store, stick).path

    def restamp(self, record_id: str, wall_ms: int | None = None, *, text: str | None = None,
                current: bool = True) -> str:  # fmt: skip
        """Give one version of `record_id` in the package a new stamp (its current one, in both tables, or its
        first one): what a laptop whose clock read `wall_ms` would have written."""
        conn = sqlite3.connect(self.package)
        try:
            order = "DESC" if current else "ASC"
            old, device = conn.execute(f"SELECT hlc, device FROM history WHERE record_id = ? ORDER BY hlc {order}",
                                       (record_id,)).fetchone()  # fmt: skip
            new = text if text is not None else f"{wall_ms:016d}.0000.{device}"
            conn.execute("UPDATE history SET hlc = ? WHERE record_id = ? AND hlc = ?", (new, record_id, old))
            conn.execute("UPDATE records SET hlc = ? WHERE id = ? AND hlc = ?", (new, record_id, old))
            conn.commit()
        finally:
            conn.close()
        return new


@pytest.fixture
def local(laptop: Any, now: int) -> Store:
    store = laptop("local")
    coop = store.create("cooperative", {"name_ar": "تعاونية النور"})
    store.create("visit", {"cooperative": coop, "visit_date": "2025-05-18", "observations": "زيارة"})
    return store


@pytest.fixture
def peer(laptop: Any, stick: Path, now: int) -> Peer:
    return Peer(laptop("peer-laptop"), stick)


def assert_refused(local: Store, peer: Peer, helpers: Any, *, date: str) -> None:
    before, clock_before = helpers.dump(local.path), local.clock.last
    outcome = merge_file(local, peer.package)
    assert outcome.rejection is not None
    assert outcome.rejection.code == "sync_clock_ahead"
    assert outcome.rejection.exit_code == 3
    for lang in ("ar", "fr", "en"):
        text = outcome.rejection.message(lang)
        assert "peer-laptop" in text and date in text and str(peer.package) in text
    english = outcome.rejection.message("en")
    assert "set them right" in english and "export a new file" in english  # what to do
    assert helpers.dump(local.path) == before  # nothing written (the sync log aside)
    assert local.clock.last == clock_before
    assert helpers.sync_log(local.path)[-1] == ("rejected", "sync_clock_ahead")


def assert_usable(local: Store, capsys: pytest.CaptureFixture[str], stick: Path, record_id: str) -> None:
    """The database still works for every command, and an edit of the record is stamped sanely."""
    for args in (["list", "cooperative"], ["list", "visit"], ["show", record_id], ["check"],
                 ["sync", "export", str(stick / "again")]):  # fmt: skip
        if args[0] == "sync":
            Path(args[2]).mkdir(exist_ok=True)
        code, out = run_cli(local.path, capsys, *args)
        assert code == 0, (args, out)
    local.update(record_id, {"phone": "0699999999"} if local.get(record_id).form == "cooperative"
                 else {"observations": "تعديل"})  # fmt: skip
    edited = local.get(record_id)
    stamp = Stamp.parse(edited.hlc)
    assert len(edited.hlc.split(".")[0]) == 16
    assert stamp.wall_ms <= clock_module.system_ms() + MAX_OFFSET_MS
    assert edited.hlc == max(v.hlc for v in local.history(record_id))


YEAR_9999 = "9999-06-01"


@pytest.mark.parametrize("where", ["current version", "earlier version only"])
def test_a_change_dated_in_year_9999_is_refused_whole(local: Store, peer: Peer, helpers: Any, where: str) -> None:
    peer.restamp(peer.coop, YEAR_9999_MS, current=where == "current version")
    assert_refused(local, peer, helpers, date=YEAR_9999)


def test_the_stamp_of_the_issue_all_nines_is_refused(local: Store, peer: Peer, helpers: Any,
                                                     capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    device = peer.store.device_id
    peer.restamp(peer.visit, text=f"9999999999999999.9999.{device}")
    assert_refused(local, peer, helpers, date=">9999-12-31")
    before = helpers.dump(local.path)
    code, out = run_cli(local.path, capsys, "--lang", "en", "sync", "merge", str(peer.package))
    assert code == 3
    assert "peer-laptop" in out and ">9999-12-31" in out and "set them right" in out
    assert helpers.dump(local.path) == before


def test_a_17_digit_stamp_is_refused_as_a_wrong_clock(local: Store, peer: Peer, helpers: Any) -> None:
    device = peer.store.device_id
    peer.restamp(peer.visit, text=f"10000000000000000.0000.{device}")  # what an earlier release wrote after 9999
    assert_refused(local, peer, helpers, date=">9999-12-31")


def test_a_resolved_conflict_dated_in_the_future_is_refused(local: Store, peer: Peer, helpers: Any) -> None:
    conn = sqlite3.connect(peer.package)
    try:
        first, second = (row[0] for row in conn.execute(
            "SELECT hlc FROM history WHERE record_id = ? ORDER BY hlc", (peer.coop,)))  # fmt: skip
        future = f"{YEAR_9999_MS:016d}.0000.{peer.store.device_id}"
        conflict = hashlib.sha256(f"{peer.coop}|{first}|{second}".encode()).hexdigest()[:16]
        conn.execute(
            "INSERT INTO conflicts (id, record_id, hlc_a, hlc_b, held_hlc, detected_at, detected_device,"
            " detected_device_name, resolved_hlc, resolved_at, resolved_by, resolved_device_name)"
            " VALUES (?, ?, ?, ?, ?, '2025-05-17T10:00:00+00:00', ?, 'peer-laptop', ?, '2025-05-17T11:00:00+00:00',"
            " 'agent-peer', 'peer-laptop')",
            (conflict, peer.coop, first, second, first, peer.store.device_id, future),
        )
        conn.execute("UPDATE meta SET value = value + 1 WHERE key = 'package_count_conflicts'")
        conn.commit()
    finally:
        conn.close()
    assert_refused(local, peer, helpers, date=YEAR_9999)


def test_a_stamp_exactly_at_the_bound_merges_and_one_millisecond_more_is_refused(
    local: Store, peer: Peer, helpers: Any, now: int, stick: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bound = now + MAX_OFFSET_MS
    at_bound = peer.restamp(peer.visit, bound + 1)  # first a millisecond beyond
    assert_refused(local, peer, helpers, date=clock_module.shown_time(bound + 1))
    peer.restamp(peer.visit, text=at_bound.replace(f"{bound + 1:016d}", f"{bound:016d}"))
    outcome = merge_file(local, peer.package)
    assert outcome.rejection is None, outcome.rejection and outcome.rejection.message("en")
    assert local.get(peer.visit).hlc == f"{bound:016d}.0000.{peer.store.device_id}"
    assert Stamp.parse(local.clock.last).wall_ms == bound  # moved to the bound, not past it
    assert_usable(local, capsys, stick, peer.visit)


def test_a_laptop_a_few_hours_ahead_merges_and_local_stamps_stay_sane(
    local: Store, peer: Peer, now: int, stick: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    peer.restamp(peer.coop, now + 5 * HOUR_MS)
    outcome = merge_file(local, peer.package)
    assert outcome.rejection is None
    assert outcome.counts is not None and outcome.counts.inserted == 2
    assert_usable(local, capsys, stick, peer.coop)
    # The edit after the merge sorts after the merged version: the clock moved to it, five hours ahead.
    assert Stamp.parse(local.get(peer.coop).hlc).wall_ms == now + 5 * HOUR_MS


def test_the_store_never_observes_a_stamp_beyond_the_bound(local: Store, now: int, helpers: Any) -> None:
    before = helpers.dump(local.path)
    with pytest.raises(StampAhead) as raised, local.transaction():
        local.observe(f"{YEAR_9999_MS:016d}.0000.faraway")
    assert raised.value.exit_code == 3
    assert "faraway" in raised.value.message("en") and YEAR_9999 in raised.value.message("fr")
    assert helpers.dump(local.path) == before
    assert Stamp.parse(local.clock.last).wall_ms <= now


def set_stored_clock(store: Store, value: str) -> None:
    """What an earlier release left behind: the database's clock pushed far ahead by a merged file."""
    conn = sqlite3.connect(store.path)
    try:
        conn.execute("UPDATE meta SET value = ? WHERE key = 'clock'", (value,))
        conn.commit()
    finally:
        conn.close()


def test_a_database_poisoned_by_an_earlier_release_keeps_counting_and_says_so(
    local: Store, laptop: Any, now: int, helpers: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    poisoned = f"{YEAR_9999_MS:016d}.0003.{local.device_id}"
    set_stored_clock(local, poisoned)
    coop = local.create("cooperative", {"name_ar": "تعاونية بعد الخلل"})
    stamp = local.get(coop).hlc
    assert stamp > poisoned and Stamp.parse(stamp).wall_ms == YEAR_9999_MS  # monotonic, never 17 digits
    code, out = run_cli(local.path, capsys, "--lang", "en", "check")
    assert code == 0  # a warning, not damage
    assert "Warning (not damage)" in out and "far in the future" in out and YEAR_9999 in out
    # Another laptop running this release refuses the changes made there, naming it.
    other = laptop("other")
    package = export_package(local, _stick(local)).path
    refused = merge_file(other, package)
    assert refused.rejection is not None and refused.rejection.code == "sync_clock_ahead"
    assert "local" in refused.rejection.message("en")


def _stick(store: Store) -> Path:
    folder = store.path.parent / "stick"
    folder.mkdir(exist_ok=True)
    return folder


def test_at_the_last_stamp_there_is_a_change_is_refused_not_stamped_with_17_digits(
    local: Store, capsys: pytest.CaptureFixture[str], helpers: Any
) -> None:
    set_stored_clock(local, f"9999999999999999.9999.{local.device_id}")
    before = helpers.dump(local.path)
    with pytest.raises(ClockExhausted):
        local.create("cooperative", {"name_ar": "تعاونية"})
    assert helpers.dump(local.path) == before
    code, out = run_cli(local.path, capsys, "--lang", "en", "add", "cooperative", "--set", "name_ar=تعاونية")
    assert code == 3 and "last date it can count" in out
    for args in (["list", "cooperative"], ["check"]):
        code, out = run_cli(local.path, capsys, *args)
        assert code == 0, out


def test_a_17_digit_clock_left_by_an_earlier_release_still_opens(laptop: Any, local: Store,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    set_stored_clock(local, f"10000000000000000.0000.{local.device_id}")
    code, out = run_cli(local.path, capsys, "--lang", "en", "check")
    assert code == 0 and "Warning (not damage)" in out
    code, out = run_cli(local.path, capsys, "list", "visit")
    assert code == 0, out


def test_versions_this_laptop_already_holds_are_not_held_against_a_file(
    local: Store, peer: Peer, laptop: Any, now: int, helpers: Any
) -> None:
    """Two laptops poisoned alike by an earlier release still exchange what both hold; only new versions count."""
    device = peer.store.device_id
    poisoned = peer.restamp(peer.coop, YEAR_9999_MS)
    # This laptop took the same file with an earlier release: the version and the clock are here already.
    conn = sqlite3.connect(local.path)
    try:
        conn.execute("ATTACH DATABASE ? AS p", (str(peer.package),))
        conn.execute("INSERT INTO history SELECT * FROM p.history")
        conn.execute("INSERT INTO records SELECT * FROM p.records")
        conn.execute("UPDATE meta SET value = ? WHERE key = 'clock'", (poisoned.replace(device, local.device_id),))
        conn.commit()
    finally:
        conn.close()
    outcome = merge_file(local, peer.package)
    assert outcome.rejection is None, outcome.rejection and outcome.rejection.message("en")
    assert outcome.counts is not None and outcome.counts.versions_added == 0


def test_taawun_check_warns_of_a_clock_behind_the_data_without_failing(local: Store) -> None:
    """A real `taawun check` process (its own wall clock): data stamped two days ahead of it, as after a clock
    battery died, is said as a warning line, and the check still passes."""
    set_stored_clock(local, f"{system_ms() + 2 * 86_400_000:016d}.0000.{local.device_id}")
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root)}
    run = subprocess.run([sys.executable, "-m", "app", "--lang", "fr", "check", "--db", str(local.path)], env=env,
                         capture_output=True, text=True, encoding="utf-8", timeout=120)  # fmt: skip
    assert run.returncode == 0, run.stdout + run.stderr
    warning = next(line for line in run.stdout.splitlines() if line.startswith("Attention (ce n'est pas un dommage)"))
    assert "pile de l'horloge" in warning
    assert "La base est saine" in run.stdout  # a warning, not a failure


def test_the_laptop_named_in_the_refusal_is_shown_escaped(local: Store, peer: Peer, helpers: Any) -> None:
    """The name comes from the file: a terminal escape and bytes that are not UTF-8 are shown, never acted on."""
    stamp = peer.restamp(peer.visit, YEAR_9999_MS)
    conn = sqlite3.connect(peer.package)
    conn.execute("UPDATE history SET device_name = CAST(X'1B5B324A6576696CFF' AS TEXT) WHERE hlc = ?", (stamp,))
    conn.commit()
    conn.close()
    before = helpers.dump(local.path)
    outcome = merge_file(local, peer.package)
    assert outcome.rejection is not None and outcome.rejection.code == "sync_clock_ahead"
    for lang in ("ar", "fr", "en"):
        text = outcome.rejection.message(lang)
        assert "\x1b" not in text and "\\x1b[2Jevil\ufffd" in text and YEAR_9999 in text
    assert helpers.dump(local.path) == before
