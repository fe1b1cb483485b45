"""A property of the bounded clock: with laptop clocks off by less than the maximum offset, stamps stay increasing
on every laptop and bounded by the fastest clock, whatever order changes and merges come in; a stamp beyond the
bound is refused and changes nothing.

First on clocks alone (many examples), then on real databases (Store files in tmp_path, real exports and merges,
each laptop's wall clock simulated)."""

from __future__ import annotations

import itertools
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.clock import MAX_OFFSET_MS, HybridClock, Stamp, StampAhead
from app.core.forms import FormRegistry
from app.db.store import Store
from app.sync.export import export_package
from app.sync.merge import merge_file

START_MS = 1_764_000_000_000  # November 2025
HALF = MAX_OFFSET_MS // 2
OFFSETS = st.integers(min_value=-HALF, max_value=HALF)  # any two laptops differ by at most the maximum offset


class World:
    """True time, and laptops whose clocks read it with an offset each (changed at will, within the bound)."""

    def __init__(self, offsets: list[int]) -> None:
        self.time = START_MS
        self.offsets = offsets
        self.fastest = START_MS + max(offsets)  # the latest any clock has read

    def reader(self, laptop: int):  # noqa: ANN201
        return lambda: self.time + self.offsets[laptop]

    def advance(self, ms: int) -> None:
        self.time += ms
        self.fastest = max(self.fastest, self.time + max(self.offsets))

    def reset(self, laptop: int, offset: int) -> None:
        self.offsets[laptop] = offset
        self.fastest = max(self.fastest, self.time + offset)


STEPS = st.lists(
    st.one_of(
        st.tuples(st.just("edit"), st.integers(0, 3)),
        st.tuples(st.just("send"), st.integers(0, 3), st.integers(0, 3)),
        st.tuples(st.just("advance"), st.integers(0, 2 * 3_600_000)),
        st.tuples(st.just("reset"), st.integers(0, 3), OFFSETS),
        st.tuples(st.just("rogue"), st.integers(0, 3), st.integers(1, 10**9)),
    ),
    min_size=1,
    max_size=40,
)


@settings(max_examples=300, deadline=None)
@given(offsets=st.lists(OFFSETS, min_size=4, max_size=4), steps=STEPS)
def test_clocks_stay_increasing_and_bounded_in_any_order_of_exchanges(offsets: list[int], steps: list[tuple]) -> None:
    world = World(offsets)
    clocks = [HybridClock(f"laptop{i}", now_ms=world.reader(i)) for i in range(4)]
    issued: list[list[str]] = [[] for _ in clocks]
    for step in steps:
        kind = step[0]
        if kind == "edit":
            clock, before = clocks[step[1]], clocks[step[1]].last
            stamp = clock.tick()
            assert stamp > before and Stamp.parse(stamp) > Stamp.parse(before)
            issued[step[1]].append(stamp)
        elif kind == "send":  # everything one laptop issued, observed by another
            for stamp in issued[step[1]]:
                clocks[step[2]].observe(stamp)
        elif kind == "advance":
            world.advance(step[1])
        elif kind == "reset":
            world.reset(step[1], step[2])
        else:  # a stamp from a laptop whose clock is beyond the bound: refused, nothing moves
            target = clocks[step[1]]
            before = target.last
            far = str(Stamp(world.time + world.offsets[step[1]] + MAX_OFFSET_MS + step[2], 0, "rogue"))
            try:
                target.observe(far)
            except StampAhead:
                pass
            else:
                raise AssertionError("a stamp beyond the bound was adopted")
            assert target.last == before
        for clock in clocks:
            assert Stamp.parse(clock.last).wall_ms <= world.fastest  # never beyond the fastest clock
            assert len(clock.last.split(".")[0]) == 16
    for stamps in issued:
        assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)


DB_STEPS = st.lists(
    st.one_of(
        st.tuples(st.just("edit"), st.integers(0, 2)),
        st.tuples(st.just("send"), st.integers(0, 2), st.integers(0, 2)),
        st.tuples(st.just("advance"), st.integers(0, 3 * 3_600_000)),
        st.tuples(st.just("reset"), st.integers(0, 2), OFFSETS),
    ),
    min_size=2,
    max_size=7,
)
_counter = itertools.count()


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(offsets=st.lists(OFFSETS, min_size=3, max_size=3), steps=DB_STEPS)
def test_databases_keep_stamps_increasing_and_bounded_across_merges(
    tmp_path: Path, shipped_forms: FormRegistry, offsets: list[int], steps: list[tuple]
) -> None:
    world = World(offsets)
    folder = Path(tempfile.mkdtemp(dir=tmp_path, prefix=f"example{next(_counter)}-"))
    stores: list[Store] = []
    try:
        for i in range(3):
            (folder / str(i)).mkdir()
            store = Store.open(folder / str(i) / "taawun.db", forms=shipped_forms, author=f"agent{i}",
                               device_name=f"laptop{i}")  # fmt: skip
            store.clock = HybridClock(store.device_id, last=store.clock.last, now_ms=world.reader(i))
            stores.append(store)
        own: list[list[str]] = [[] for _ in stores]
        for number, step in enumerate(steps):
            kind = step[0]
            if kind == "edit":
                store = stores[step[1]]
                newest = store.conn.execute("SELECT max(hlc) FROM history").fetchone()[0] or ""
                ids = [r.id for r in store.records_of("cooperative")]
                if ids:
                    store.update(ids[number % len(ids)], {"phone": f"06{number:08d}"})
                    record_id = ids[number % len(ids)]
                else:
                    record_id = store.create("cooperative", {"name_ar": f"تعاونية {step[1]}"})
                stamp = store.get(record_id).hlc
                assert stamp > newest  # after everything this laptop holds, merged or not
                own[step[1]].append(stamp)
            elif kind == "send":
                source, target = stores[step[1]], stores[step[2]]
                stick = folder / f"stick{number}"
                stick.mkdir()
                outcome = merge_file(target, export_package(source, stick).path)
                assert outcome.rejection is None, outcome.rejection.message("en")
            elif kind == "advance":
                world.advance(step[1])
            else:
                world.reset(step[1], step[2])
            for store in stores:
                stamps = [row[0] for row in store.conn.execute("SELECT hlc FROM history")]
                for stamp in stamps + [store.clock.last]:
                    assert Stamp.parse(stamp).wall_ms <= world.fastest
        for stamps in own:
            assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
    finally:
        for store in stores:
            store.close()
