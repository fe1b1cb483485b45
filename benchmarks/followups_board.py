"""The follow-up board at 100,000 visits: what the window shows first (the count, the overdue count and the first
page sorted by due date) in a fresh process, beside a bare SQL count of the same rows in the same process.

    .venv/bin/python benchmarks/followups_board.py [--visits 100000] [--runs 3]

The database is benchmarks/make_big_database.py's (the demo event and N generated visits, each with one
recommendation), copied to `followups-N.db` beside it (removed at the end), where the generated recommendations
are given due dates over two years (about half before the day of the run: overdue) so that the sort and the
overdue rule have work to do. Target: the board shown (count, overdue count, first page) in under 200 ms.

The items are a derived table in the file (`followup_items`, app/db/followup_index.py), made when a file reaches
schema 9 and kept in step by every write: a first showing reads its indexes, not the visits' JSON. Each showing is
timed in a fresh process (its own connection, imports and page cache, as a window just started), `--runs` times
(median); the bare count is the same rows counted over the records' JSON, in that same process. Also printed: the
upgrade (the items made from every visit, once), the items' catch-up after a transaction that changed every
visit's due date, and a transaction editing 1,000 visits' observations (their recommendations unchanged: no item
row written, only the derived tables' queues).

Measured (issue 19, session 28, 100,000 visits, 2 cores, load average 1.2 to 1.3): a first showing in a fresh
process 35 to 51 ms (every open item 35, overdue only 35, one province 42, one agent 51, done ones too 37; medians
of 3), the bare count in the same processes 261 to 299 ms; the store opened in 13 to 14 ms. The upgrade of the file
(migration 9, the items of 100,000 visits made) 5.5 s, once; the items caught up after every visit's due date
changed 2.9 s; 1,000 visits' observations edited in one transaction 215 ms with every derived table, 0 follow-up
item rows written. Under load 4 to 8 (other helpers' tests): 45 to 73 ms beside a bare count of 363 to 447 ms.
(Before, with a TEMP table read out per connection: the first showing 0.95 to 2 s, 1.8 to 3.5 times the bare count.)
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_big_database import OUT, build  # noqa: E402

from app.core.forms import load_form_directory  # noqa: E402
from app.db import followup_index, list_keys  # noqa: E402
from app.db.followups import PENDING, BoardFilters, board_count, board_page, local_today  # noqa: E402
from app.db.store import Store  # noqa: E402
from app.resources import forms_dir  # noqa: E402

BARE = ("SELECT count(*) FROM records r CROSS JOIN json_each(r.data, '$.recommendations') e"
        " WHERE r.form = 'visit' AND r.deleted = 0")  # fmt: skip
FILTERS = (("every open item", BoardFilters(status=PENDING)), ("overdue only", BoardFilters(status="overdue")),
           ("one province", BoardFilters(province="خنيفرة", status=PENDING)),
           ("one agent", BoardFilters(agent="bench", status=PENDING)), ("done ones too", BoardFilters()))  # fmt: skip


def child(path: Path, which: int) -> None:
    """In a fresh process: the store opened, the board shown once (timed), then the bare count (timed)."""
    started = time.perf_counter()
    with Store.open(path, forms=load_form_directory(forms_dir()), author="bench", device_name="bench") as store:
        opened = (time.perf_counter() - started) * 1000
        conn, forms, today = store.conn, store.forms, local_today()
        filters = FILTERS[which][1]
        started = time.perf_counter()
        count = board_count(conn, forms, filters, today=today)
        overdue = board_count(conn, forms, BoardFilters(status="overdue"), today=today)
        rows = len(board_page(conn, forms, filters, today=today))
        shown = (time.perf_counter() - started) * 1000
        started = time.perf_counter()
        bare = conn.execute(BARE).fetchone()[0]
        bare_ms = (time.perf_counter() - started) * 1000
    print(json.dumps({"opened": opened, "shown": shown, "count": count, "overdue": overdue, "rows": rows,
                      "bare": bare, "bare_ms": bare_ms}))  # fmt: skip


def prepare(source: Path, copy: Path) -> None:
    shutil.copyfile(source, copy)
    started = time.perf_counter()
    with Store.open(copy, forms=load_form_directory(forms_dir()), author="bench", device_name="bench") as store:
        print(f"store opened (the items made from every visit if the file was of schema 8: the upgrade):"
              f" {time.perf_counter() - started:.2f} s")  # fmt: skip
        today = local_today()
        started = time.perf_counter()
        with store.transaction():  # due dates over two years around today
            store.conn.execute(
                "UPDATE records SET data = json_set(data, '$.recommendations[0].due_date',"
                " date(?, '-365 days', '+' || (rowid * 7 % 730) || ' days'))"
                " WHERE form = 'visit' AND json_type(data, '$.recommendations[0]') = 'object'",
                (today.isoformat(),),
            )
        written = time.perf_counter() - started
        conn, forms = store.conn, store.forms
        started = time.perf_counter()
        with store.transaction():  # as derived.catch_up would (the search index left queued: not measured here)
            followup_index.make_pending(conn, forms)
        made = time.perf_counter() - started
        with store.transaction():
            list_keys.key_pending(conn, forms)
        print(f"every visit's due date changed in one transaction ({written:.2f} s); the follow-up items caught up"
              f" after it (every row compared, the changed ones written): {made:.2f} s")  # fmt: skip
        conn = store.conn
        ids = [row[0] for row in conn.execute("SELECT id FROM records WHERE form = 'visit' LIMIT 1000")]
        # Every write to the items counted by TEMP triggers (this connection's writes only; nothing in the file).
        conn.execute("CREATE TEMP TABLE item_writes (n)")
        for kind in ("INSERT", "UPDATE", "DELETE"):
            conn.execute(f"CREATE TEMP TRIGGER item_{kind.lower()} AFTER {kind} ON main.followup_items"
                         " BEGIN INSERT INTO item_writes VALUES (1); END")  # fmt: skip
        started = time.perf_counter()
        with store.transaction():
            conn.execute("UPDATE records SET data = json_set(data, '$.observations', 'bench edit'), version ="
                         " version + 1 WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(ids),))  # fmt: skip
        elapsed = (time.perf_counter() - started) * 1000
        written = conn.execute("SELECT count(*) FROM temp.item_writes").fetchone()[0]
        print(f"1,000 visits' observations edited in one transaction, the derived rows made before its commit:"
              f" {elapsed:.0f} ms; follow-up item rows written: {written}")  # fmt: skip
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--visits", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", type=int, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--path", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--keep", action="store_true", help="keep the prepared copy (to look at its query plans)")
    options = parser.parse_args()
    if options.child is not None:
        child(Path(options.path), options.child)
        return
    source = build(OUT / f"visits-{options.visits}.db", options.visits)
    copy = OUT / f"followups-{options.visits}.db"
    try:
        if not (options.keep and copy.exists()):
            prepare(source, copy)
        for which, (name, _) in enumerate(FILTERS):
            figures = []
            for _ in range(options.runs):
                result = subprocess.run([sys.executable, __file__, "--child", str(which), "--path", str(copy)],
                                        capture_output=True, encoding="utf-8", check=True)  # fmt: skip
                figures.append(json.loads(result.stdout.strip().splitlines()[-1]))
            shown = statistics.median(f["shown"] for f in figures)
            bare = statistics.median(f["bare_ms"] for f in figures)
            last = figures[-1]
            runs = ", ".join(f"{f['shown']:.0f}" for f in figures)
            print(f"first showing in a fresh process, {name}: {last['count']} items ({last['overdue']} overdue),"
                  f" first page of {last['rows']}: {shown:.0f} ms (runs {runs});"
                  f" bare SQL count of the visits' {last['bare']} recommendations in the same process: {bare:.0f} ms;"
                  f" store opened in {statistics.median(f['opened'] for f in figures):.0f} ms")  # fmt: skip
    finally:
        for suffix in ("", "-wal", "-shm") if not options.keep else ():
            Path(f"{copy}{suffix}").unlink(missing_ok=True)


if __name__ == "__main__":
    main()
