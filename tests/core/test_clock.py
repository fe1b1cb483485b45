"""The hybrid logical clock: stamps keep increasing on one laptop, and move past what other laptops sent."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import pairwise

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.clock import MAX_OFFSET_MS, HybridClock, Stamp, StampAhead

_SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

MAY_2025 = 1_747_440_000_000  # 2025-05-17 in milliseconds


def wall(times: Iterable[int]) -> Callable[[], int]:
    """A wall clock that reads the given times in turn, then stays on the last one."""
    values = list(times)
    state = {"i": 0}

    def now() -> int:
        value = values[min(state["i"], len(values) - 1)]
        state["i"] += 1
        return value

    return now


def assert_increasing(stamps: list[str]) -> None:
    parsed = [Stamp.parse(s) for s in stamps]
    for before, after in pairwise(parsed):
        assert before < after
    for before, after in pairwise(stamps):
        assert before < after


def test_a_stamp_is_fixed_width_text() -> None:
    clock = HybridClock("laptop-khenifra", now_ms=lambda: MAY_2025)
    stamp = clock.tick()
    assert stamp == f"{MAY_2025:016d}.0000.laptop-khenifra"
    assert clock.last == stamp
    assert Stamp.parse(stamp) == Stamp(MAY_2025, 0, "laptop-khenifra")


def test_the_wall_clock_moving_forward_resets_the_counter() -> None:
    clock = HybridClock("a", now_ms=wall([1000, 1000, 1005]))
    stamps = [clock.tick() for _ in range(3)]
    assert [Stamp.parse(s) for s in stamps] == [Stamp(1000, 0, "a"), Stamp(1000, 1, "a"), Stamp(1005, 0, "a")]


def test_stamps_increase_when_the_wall_clock_goes_backwards() -> None:
    clock = HybridClock("a", now_ms=wall([MAY_2025, MAY_2025 - 1, MAY_2025 - 3_600_000, 5, MAY_2025, MAY_2025 + 1]))
    stamps = [clock.tick() for _ in range(6)]
    assert_increasing(stamps)
    assert Stamp.parse(stamps[3]).wall_ms == MAY_2025  # never goes back to the wrong clock's time


def test_stamps_increase_when_the_wall_clock_stands_still() -> None:
    clock = HybridClock("a", now_ms=lambda: MAY_2025)
    stamps = [clock.tick() for _ in range(10_050)]  # more than the counter's 10,000 per millisecond
    assert_increasing(stamps)
    assert len({len(s) for s in stamps}) == 1  # fixed width, so text order stays stamp order


@_SETTINGS
@given(st.lists(st.integers(min_value=0, max_value=10**13), min_size=1, max_size=60))
def test_stamps_strictly_increase_whatever_the_wall_clock_says(times: list[int]) -> None:
    clock = HybridClock("a", now_ms=wall(times))
    stamps = [clock.tick() for _ in times]
    assert_increasing(stamps)
    for time, stamp in zip(times, stamps, strict=True):
        assert Stamp.parse(stamp).wall_ms >= time


def test_a_clock_restored_from_its_last_stamp_keeps_increasing() -> None:
    first = HybridClock("a", now_ms=lambda: MAY_2025)
    last = [first.tick() for _ in range(3)][-1]
    restarted = HybridClock("a", last=last, now_ms=lambda: MAY_2025 - 86_400_000)  # clock reset by a day
    assert restarted.last == last
    assert restarted.tick() > last


def test_observe_moves_past_a_stamp_from_a_laptop_whose_clock_is_ahead() -> None:
    behind = HybridClock("behind", now_ms=lambda: MAY_2025)
    behind.tick()
    remote = str(Stamp(MAY_2025 + 3_600_000, 7, "ahead"))
    behind.observe(remote)
    after = behind.tick()
    assert after > remote
    assert Stamp.parse(after) > Stamp.parse(remote)
    assert Stamp.parse(after).device == "behind"


def test_observe_of_an_older_stamp_changes_nothing() -> None:
    clock = HybridClock("a", now_ms=lambda: MAY_2025)
    mine = clock.tick()
    clock.observe(str(Stamp(MAY_2025 - 10, 3, "b")))
    assert clock.last == mine
    assert clock.tick() > mine


def test_observe_of_a_stamp_equal_but_for_the_device_still_moves_past_it() -> None:
    clock = HybridClock("a", now_ms=lambda: MAY_2025)
    clock.tick()
    remote = str(Stamp(MAY_2025, 0, "z"))  # "z" sorts after "a"
    clock.observe(remote)
    assert clock.tick() > remote


@_SETTINGS
@given(
    local=st.lists(st.integers(min_value=0, max_value=10**13), min_size=1, max_size=10),
    remote_wall=st.integers(min_value=0, max_value=10**13),
    remote_counter=st.integers(min_value=0, max_value=9999),
    remote_device=st.sampled_from(["a", "b", "zz", "laptop-2", "f00dcafe1234"]),  # device ids are ASCII
)
def test_after_observe_every_tick_is_after_the_remote_stamp(
    local: list[int], remote_wall: int, remote_counter: int, remote_device: str
) -> None:
    clock = HybridClock("b", now_ms=wall(local))
    clock.tick()
    before = clock.last
    remote = str(Stamp(remote_wall, remote_counter, remote_device))
    try:
        clock.observe(remote)
    except StampAhead:  # more than the maximum offset ahead of this laptop's time: not adopted
        assert remote_wall > min(local) + MAX_OFFSET_MS
        assert clock.last == before
        return
    stamps = [clock.tick() for _ in range(3)]
    for stamp in stamps:
        assert Stamp.parse(stamp) > Stamp.parse(remote)
        assert stamp > remote
    assert_increasing(stamps)


_STAMPS = st.builds(
    Stamp,
    wall_ms=st.integers(min_value=0, max_value=10**16 - 1),
    counter=st.integers(min_value=0, max_value=9999),
    device=st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-._", min_size=1, max_size=12),
)


@_SETTINGS
@given(_STAMPS, _STAMPS)
def test_text_order_is_stamp_order(a: Stamp, b: Stamp) -> None:
    assert (str(a) < str(b)) == (a < b)
    assert (str(a) == str(b)) == (a == b)


@_SETTINGS
@given(_STAMPS)
def test_a_stamp_reads_back_from_its_text(stamp: Stamp) -> None:
    assert Stamp.parse(str(stamp)) == stamp


@pytest.mark.parametrize(
    "text", ["", "abc", "1.2.3", "0000000000000001.0000.", "000000000000001.0000.dev", "0000000000000001.000.dev"]
)
def test_parse_refuses_what_is_not_a_stamp(text: str) -> None:
    with pytest.raises(ValueError):
        Stamp.parse(text)


def test_parse_accepts_only_the_canonical_form() -> None:
    """Only ASCII digits, no sign: otherwise text order and stamp order part ways ("-002" > "-001" as text) or
    the text read is not the text written back. Stamps come from merged files, so they are untrusted."""
    odd = [
        "+000000000000001.0000.dev",  # sign
        "0000_0000_000001.0000.dev",  # digit separators
        " 000000000000001.0000.dev",  # space
        "0000000000000001.-001.dev",  # negative counter
        "٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠١.0000.dev",  # Arabic-Indic digits
    ]
    accepted = []
    for text in odd:
        try:
            Stamp.parse(text)
        except ValueError:
            continue
        accepted.append(text)
    assert accepted == []
