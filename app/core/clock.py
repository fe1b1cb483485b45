"""Hybrid logical clock: stamps that order changes across laptops even when their clocks are wrong.

A stamp is `wall_ms`, a counter and the device id, written as fixed-width text so that comparing two stamps as
strings compares them as stamps: `0001716000000000.0000.<device>`. A laptop whose clock runs behind still
produces stamps after every stamp it has seen (its own or merged from others), because `tick` never goes back
and `observe` moves the clock past anything received.

Bounded, as hybrid-clock databases do it (CockroachDB's maximum clock offset): a stamp received from another laptop
is adopted only up to `MAX_OFFSET_MS` beyond this laptop's wall clock; a further one is refused (`StampAhead`), so
one laptop with a wrong date (year 9999) cannot drag every laptop's clock, and every later change, along with it.
The merge refuses such a file before writing anything (app/db/stamps.py); `observe` refusing is the last guard.

This device's own stored clock is another matter: it is always resumed (`resume`), even beyond the bound, because
this device's stamps must keep increasing (a record's newest version must sort after the ones it replaces, and no
stamp may be issued twice). A database whose clock was pushed far ahead by an earlier release therefore keeps
counting from there; `judge_clock` says so (the window at start-up, `taawun check`), and other laptops refuse its
new changes with a message naming it, until it is restored from a backup made before the bad merge. Stamps never
outgrow their 16 digits: at the very last one, `tick` raises `ClockExhausted` instead of writing a longer stamp.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.core.bounds import DATES_AHEAD_DAYS
from app.core.errors import DatabaseRejected, TaawunError
from app.core.messages import translate

_WALL_DIGITS = 16
_COUNTER_DIGITS = 4
_STAMP = re.compile(
    rf"(?P<wall>[0-9]{{{_WALL_DIGITS}}})\.(?P<counter>[0-9]{{{_COUNTER_DIGITS}}})\.(?P<device>[!-~]{{1,64}})"
)
_LEADING_DIGITS = re.compile(r"[0-9]+")

MAX_WALL_MS = 10**_WALL_DIGITS - 1
MAX_COUNTER = 10**_COUNTER_DIGITS - 1
DAY_MS = 86_400_000
# How far ahead of this laptop's clock a received stamp may be: a day covers time zones set wrong and clocks a few
# hours off; a laptop further ahead has a wrong date, and its files are refused until it is set right. Declared
# with the other bounds (app/core/bounds.py), which the validation of incoming dates shares.
MAX_OFFSET_MS = DATES_AHEAD_DAYS * DAY_MS


def _utc_ms(year: int, month: int = 1, day: int = 1) -> int:
    return int(dt.datetime(year, month, day, tzinfo=dt.UTC).timestamp() * 1000)


# What a laptop's clock may plausibly read: not before this release was made (a dead clock battery resets the date
# to 2000 or 1970), not in the next century, and not years beyond the newest data the laptop holds.
EARLIEST_PLAUSIBLE_MS = _utc_ms(2025, 1, 1)
LATEST_PLAUSIBLE_MS = _utc_ms(2100, 1, 1)
FAR_BEYOND_DATA_MS = 3 * 366 * DAY_MS


def system_ms() -> int:
    """This laptop's wall clock, in milliseconds since 1970 (UTC)."""
    return time.time_ns() // 1_000_000


def now_text() -> str:
    """This laptop's wall clock as the database writes its times (`created_at`, `updated_at`, the sync log, a
    package's export time): UTC to the second, ISO 8601 (`2026-12-03T14:05:09+00:00`), so times sort as text."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def shown_time(wall_ms: int) -> str:
    """A stamp's time for people, `2026-12-03 14:05 UTC`; beyond the calendar's year 9999, `>9999-12-31`."""
    try:
        moment = dt.datetime.fromtimestamp(wall_ms / 1000, dt.UTC)
    except (OverflowError, OSError, ValueError):
        return ">9999-12-31" if wall_ms > 0 else "<1970-01-01"
    return moment.strftime("%Y-%m-%d %H:%M UTC")


def claimed_wall_ms(text: str) -> int | None:
    """The time a stamp claims, read from its leading digits, however many (a 17-digit stamp written by an
    earlier release claims a time beyond every canonical one); None when it does not start with a digit."""
    match = _LEADING_DIGITS.match(text)
    return int(match[0]) if match else None


class StampAhead(DatabaseRejected):
    """A stamp received from another laptop lies beyond this laptop's time plus the maximum offset: not adopted."""

    def __init__(self, stamp: str, *, now_ms: int) -> None:
        wall = claimed_wall_ms(stamp) or 0
        device = stamp.split(".", 2)[2] if stamp.count(".") >= 2 else "?"
        super().__init__("clock_stamp_ahead", device=device[:64], date=shown_time(wall), now=shown_time(now_ms))


class ClockExhausted(TaawunError):
    """This database's clock stands at the last stamp there is (pushed there by a file from an earlier release):
    no change can be stamped after it."""

    exit_code = 3

    def __init__(self) -> None:
        super().__init__("clock_exhausted")


@dataclass(frozen=True, order=True)
class Stamp:
    wall_ms: int
    counter: int
    device: str

    def __str__(self) -> str:
        return f"{self.wall_ms:0{_WALL_DIGITS}d}.{self.counter:0{_COUNTER_DIGITS}d}.{self.device}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        match = _STAMP.fullmatch(text)
        if match is None:  # stamps arrive in merged files: only the canonical form, whose text order is its order
            raise ValueError(f"not a clock stamp: {text!r}")
        return cls(int(match["wall"]), int(match["counter"]), match["device"])


def _resumed(text: str, device: str) -> Stamp:
    """This device's stored clock. A value an earlier release left beyond 16 digits (it wrote `1` followed by 16
    digits after `9999999999999999.9999`) stands for the last stamp there is: nothing valid sorts after it."""
    try:
        stamp = Stamp.parse(text)
    except ValueError:
        wall = claimed_wall_ms(text)
        if wall is None or wall <= MAX_WALL_MS:
            raise
        return Stamp(MAX_WALL_MS, MAX_COUNTER, device)
    return Stamp(stamp.wall_ms, stamp.counter, device)


class HybridClock:
    """Issues increasing stamps for one device. `last` is restored from the database at start.

    Several processes (the window, the command line) and connections write one database, and share its device id:
    each keeps a clock of its own, so the store has it `resume` the stored clock again under the write lock at the
    start of every transaction (app/db/store.py). Stamps then stay unique and increasing across all of them."""

    def __init__(self, device: str, *, last: str | None = None, now_ms: Callable[[], int] | None = None,
                 max_offset_ms: int = MAX_OFFSET_MS) -> None:  # fmt: skip
        self.device = device
        self._now_ms = now_ms or (lambda: system_ms())  # looked up at each call: tests may replace `system_ms`
        self.max_offset_ms = max_offset_ms
        self._last = _resumed(last, device) if last else Stamp(0, 0, device)

    @property
    def last(self) -> str:
        return str(self._last)

    @property
    def last_wall_ms(self) -> int:
        return self._last.wall_ms

    def now_ms(self) -> int:
        """This laptop's wall clock, as this clock reads it."""
        return self._now_ms()

    def bound_ms(self, now_ms: int | None = None) -> int:
        """The latest time a received stamp may claim: this laptop's time plus the maximum offset."""
        return (self._now_ms() if now_ms is None else now_ms) + self.max_offset_ms

    def tick(self) -> str:
        wall = max(self._now_ms(), self._last.wall_ms)
        counter = self._last.counter + 1 if wall == self._last.wall_ms else 0
        if counter > MAX_COUNTER:  # more than 10,000 stamps in one millisecond: borrow the next one
            wall, counter = wall + 1, 0
        if wall > MAX_WALL_MS:  # a longer stamp would sort wrongly as text and break every reader
            raise ClockExhausted()
        self._last = Stamp(wall, counter, self.device)
        return str(self._last)

    def observe(self, remote: str) -> None:
        """Move past a stamp received from another laptop, so later local changes sort after it; a stamp beyond
        this laptop's time plus the maximum offset is refused (`StampAhead`), unless the clock is already past it."""
        other = Stamp.parse(remote)
        if (other.wall_ms, other.counter) <= (self._last.wall_ms, self._last.counter):
            return
        now = self._now_ms()
        if other.wall_ms > self.bound_ms(now):
            raise StampAhead(remote, now_ms=now)
        self._last = Stamp(other.wall_ms, other.counter, self.device)

    def resume(self, stored: str) -> None:
        """Move past this device's own stored clock (written by another process or connection sharing the device
        id), without bound: this device's stamps must keep increasing whatever its clock once read."""
        own = _resumed(stored, self.device)
        if (own.wall_ms, own.counter) > (self._last.wall_ms, self._last.counter):
            self._last = own


@dataclass(frozen=True)
class ClockWarning:
    """This laptop's clock, or its database's, looks wrong: said at start-up and by `taawun check`, never blocking."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)

    def message(self, lang: str) -> str:
        return translate(self.code, lang, **self.params)


def judge_clock(now_ms: int, newest_ms: int | None, *, max_offset_ms: int = MAX_OFFSET_MS) -> ClockWarning | None:
    """What looks wrong, if anything, given this laptop's time and the newest stamp its database holds.

    - the database's clock in the next century or beyond: a file from a laptop with a wrong date pushed it there
      (before files were checked); changes made here are stamped there and refused by other laptops;
    - data newer than this laptop's time plus the maximum offset: this laptop's clock is behind (a dead battery);
    - a time before this release existed: the same, with no data yet to compare with;
    - a time in the next century, or years beyond the newest data: this laptop's clock is far ahead, and the
      changes made now would be refused by other laptops.
    """
    now, newest = shown_time(now_ms), shown_time(newest_ms or 0)
    if newest_ms is not None and newest_ms >= LATEST_PLAUSIBLE_MS and newest_ms > now_ms + max_offset_ms:
        return ClockWarning("clock_database_ahead", {"now": now, "newest": newest})
    if newest_ms is not None and newest_ms > now_ms + max_offset_ms:
        return ClockWarning("clock_behind_data", {"now": now, "newest": newest})
    if now_ms < EARLIEST_PLAUSIBLE_MS:
        return ClockWarning("clock_before_release", {"now": now})
    if now_ms >= LATEST_PLAUSIBLE_MS or (newest_ms and now_ms > newest_ms + FAR_BEYOND_DATA_MS):
        return ClockWarning("clock_far_ahead", {"now": now, "newest": newest})
    return None
