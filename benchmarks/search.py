"""Full-text search over 100,000 visits: p50 and p95 of `Store.search` beside a LIKE scan of records.data, same run.

    .venv/bin/python benchmarks/search.py [--visits 100000] [--queries 300] [--limit 50] [--out FOLDER]

The database is benchmarks/make_big_database.py's (the demo event and N generated visits, written with raw SQL:
the search index triggers queue them, and the first opening of the copy indexes them, which is timed too). It is
copied to `search-N.db` beside it once, so the shared file stays as the other benchmarks expect it.

Each search is timed end to end as the window and `taawun search` call it: folding the query, the FTS5 queries,
ranking, loading the records found, their titles and highlighted snippets (`--limit` hits, 50 by default). The
queries are a few hundred realistic ones, drawn with a fixed seed: words of the generated notes (each in most
visits: the hardest case) typed with or without hamza and vowel marks, as prefixes, in French without accents,
in pairs; words and names from the demo records (a handful of matches each); words found nowhere.

The LIKE scan is what a search without an index does: `data LIKE '%word%'` for every word, over the same table
(a sample of the queries: each takes a full scan). It also misses what the folding finds (التاطير for التأطير).
Target: search p95 under 20 ms.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from make_big_database import OUT, WORDS, build  # noqa: E402

from app.core.demo_event import ALL_RECORDS  # noqa: E402
from app.core.forms import load_form_directory  # noqa: E402
from app.db.store import Store  # noqa: E402
from app.resources import forms_dir  # noqa: E402

TARGET_P95_MS = 20.0
_TASHKEEL = "\u064e\u064f\u0650\u0652"


def _variants(word: str, rng: random.Random) -> list[str]:
    """How people type a word: as written, without hamza, with a few vowel marks, its start only."""
    bare = word.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا").replace("é", "e").replace("è", "e")
    marked = "".join(c + (rng.choice(_TASHKEEL) if c.isalpha() and rng.random() < 0.3 else "") for c in word)
    return [word, bare, marked, word[: max(3, len(word) // 2 + 1)]]


def _demo_words() -> list[str]:
    words: list[str] = []
    for record in ALL_RECORDS:
        for value in record.data.values():
            if isinstance(value, str) and not value.startswith("@"):
                words += [w.strip("()،,.:؛") for w in value.split() if len(w.strip("()،,.:؛")) >= 4]
    return sorted(set(words))


def make_queries(count: int, *, seed: int = 11) -> list[tuple[str, str]]:
    """(kind, query) pairs: a realistic mix, the same for every run."""
    rng = random.Random(seed)
    common = [w for w in WORDS if any(c.isalpha() for c in w)]
    demo = _demo_words()
    kinds: list[tuple[str, Callable[[], str]]] = [
        ("common word", lambda: rng.choice(_variants(rng.choice(common), rng))),
        ("two common words", lambda: f"{rng.choice(common)} {rng.choice(_variants(rng.choice(common), rng))}"),
        ("demo word", lambda: rng.choice(_variants(rng.choice(demo), rng))),
        ("demo words", lambda: " ".join(rng.sample(demo, 2))),
        ("common + demo word", lambda: f"{rng.choice(common)} {rng.choice(demo)}"),
        ("word found nowhere", lambda: rng.choice(["تعاونيات الصيد البحري", "pêche", "zzqx", "الفوسفاط"])),
    ]
    weights = [30, 10, 30, 10, 10, 10]
    return [(kind, make()) for kind, make in rng.choices(kinds, weights=weights, k=count)]


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def time_searches(store: Store, queries: list[tuple[str, str]], limit: int) -> dict[str, list[float]]:
    for _, query in queries[:20]:  # warm SQLite's page cache and Python's caches, as a session in use would be
        store.search(query, limit=limit)
    timings: dict[str, list[float]] = {}
    for kind, query in queries:
        started = time.perf_counter()
        store.search(query, limit=limit)
        timings.setdefault(kind, []).append((time.perf_counter() - started) * 1000)
    return timings


def time_like(store: Store, queries: list[tuple[str, str]]) -> list[float]:
    timings = []
    for _, query in queries:
        words = query.split()
        where = " AND ".join("data LIKE ?" for _ in words)
        started = time.perf_counter()
        store.conn.execute(
            f"SELECT id FROM records WHERE deleted = 0 AND {where}", [f"%{w}%" for w in words]
        ).fetchall()
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def records_to_index(db: Path) -> int:
    """The records the next opening or catch-up will index: those queued, or all of them before the migration."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        indexed = {"search_pending", "search_docs", "search_words"} <= tables
        sql = "SELECT count(*) FROM search_pending" if indexed else "SELECT count(*) FROM records WHERE deleted = 0"
        return int(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--visits", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--like", type=int, default=30, help="queries timed with the LIKE scan (each a full scan)")
    parser.add_argument("--limit", type=int, default=50)
    parser.add_argument("--out", type=Path, default=OUT)
    options = parser.parse_args(argv)

    base = build(options.out / f"visits-{options.visits}.db", options.visits)
    db = options.out / f"search-{options.visits}.db"
    if not db.exists():
        shutil.copy(base, db)
    queued = records_to_index(db)
    started = time.perf_counter()
    store = Store.open(db, forms=load_form_directory(forms_dir()), author="bench", device_name="bench")
    opened = time.perf_counter() - started
    started = time.perf_counter()
    store.catch_up_derived()  # what the window does on its worker (a search would do it first otherwise)
    indexing = opened + time.perf_counter() - started
    try:
        queries = make_queries(options.queries)
        timings = time_searches(store, queries, options.limit)
        every = [t for values in timings.values() for t in values]
        like = time_like(store, queries[: options.like])
        hits = sum(bool(store.search(q, limit=1)) for _, q in queries)
    finally:
        store.close()

    print(f"database: {options.visits:,} visits + the demo ({db.stat().st_size / 1e6:.0f} MB with its index)")
    if queued:
        print(f"opening the store and indexing the {queued:,} records the migration or bulk insert queued:"
              f" {indexing:.1f} s ({indexing / queued * 1e6:.0f} µs a record; once)")  # fmt: skip
    print(f"{len(queries)} queries ({hits} with results), {options.limit} hits each at most, snippets included:")
    for kind, values in timings.items():
        print(
            f"  {kind:<20} n={len(values):<4} p50 {percentile(values, 0.5):6.1f} ms   p95 {percentile(values, 0.95):6.1f} ms"
        )
    p50, p95 = percentile(every, 0.5), percentile(every, 0.95)
    print(f"Store.search:   p50 {p50:6.1f} ms   p95 {p95:6.1f} ms   max {max(every):6.1f} ms"
          f"   target p95 < {TARGET_P95_MS:.0f} ms: {'met' if p95 < TARGET_P95_MS else 'MISSED'}")  # fmt: skip
    print(f"LIKE scan:      p50 {percentile(like, .5):6.1f} ms   p95 {percentile(like, .95):6.1f} ms"
          f"   ({len(like)} queries; no folding, no ranking, no snippet)")  # fmt: skip
    print(f"median ratio LIKE / search: {statistics.median(like) / max(statistics.median(every), 1e-9):.0f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
