"""Hybrid logical clock: stamps that order changes across laptops even when their clocks are wrong.

A stamp is `wall_ms`, a counter and the device id, written as fixed-width text so that comparing two stamps as
strings compares them as stamps: `0001716000000000.0000.<device>`. A laptop whose clock runs behind still
produces stamps after every stamp it has seen (its own or merged from others), because `tick` never goes back
and `observe` moves the clock past anything received.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass

_WALL_DIGITS = 16
_COUNTER_DIGITS = 4
_STAMP = re.compile(rf"(?P<wall>[0-9]{{{_WALL_DIGITS}}})\.(?P<counter>[0-9]{{{_COUNTER_DIGITS}}})\.(?P<device>[!-~]{{1,64}})")


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


class HybridClock:
    """Issues increasing stamps for one device. `last` is restored from the database at start.

    Several processes (the window, the command line) and connections write one database, and share its device id:
    each keeps a clock of its own, so the store has it `observe` the stored clock again under the write lock at the
    start of every transaction (app/db/store.py). Stamps then stay unique and increasing across all of them."""

    def __init__(self, device: str, *, last: str | None = None, now_ms: Callable[[], int] | None = None) -> None:
        self.device = device
        self._now_ms = now_ms or (lambda: time.time_ns() // 1_000_000)
        self._last = Stamp.parse(last) if last else Stamp(0, 0, device)

    @property
    def last(self) -> str:
        return str(self._last)

    def tick(self) -> str:
        wall = max(self._now_ms(), self._last.wall_ms)
        counter = self._last.counter + 1 if wall == self._last.wall_ms else 0
        if counter >= 10**_COUNTER_DIGITS:  # more than 10,000 stamps in one millisecond: borrow the next one
            wall, counter = wall + 1, 0
        self._last = Stamp(wall, counter, self.device)
        return str(self._last)

    def observe(self, remote: str) -> None:
        """Move past a stamp received from another laptop, so later local changes sort after it."""
        other = Stamp.parse(remote)
        if (other.wall_ms, other.counter) > (self._last.wall_ms, self._last.counter):
            self._last = Stamp(other.wall_ms, other.counter, self.device)
