"""Exporting 100,000 visits with their recommendations to XLSX: time and peak memory, beside XlsxWriter writing the
same rows with no logic of ours, same run.

    .venv/bin/python benchmarks/export_xlsx.py [--visits 100000] [--repeat 2] [--out FOLDER]

The database is benchmarks/make_big_database.py's (the demo event and N generated visits, each with its
recommendations), as a laptop holds it (benchmarks/sync_merge.py's `laptop_database`). Each measurement runs in a
fresh process on a fresh copy (benchmarks/child_run.py), so that its peak resident memory is its own:

- floor: one SQL query over the live visits, each record's JSON decoded and its values written as they are, one cell
  per field and one row per recommendation on a second sheet, by XlsxWriter in constant_memory mode (what the
  export's library needs, with nothing of ours: no labels, no titles of the referred cooperatives, no dates);
- taawun: `app.exchange.export.export_lists` of the visits' list, in Arabic: the lists' query a batch at a time,
  the cooperatives' titles read per batch, each value as its type writes it, right-to-left sheets, widths, filters.

Printed: seconds and peak RSS of each (the best of `--repeat` runs), the ratio of the times (target: within 2x), and
the peak before the export began (imports, the store open), so that what the rows cost is visible.

Measured (issue 16, 100,000 visits and their recommendations, 2 cores, quiet machine, best of 2):

    XlsxWriter alone (raw values)             13.62 s   peak RSS 30 MB (27 MB before the export)
    export_lists (Arabic, labels, titles)     25.09 s   peak RSS 38 MB (27 MB before the export)
    taawun / floor: 1.84x (target: within 2x); the workbook: 17 MB

Memory is bounded: rows are read 500 at a time and XlsxWriter streams each sheet's rows to a temporary file, so the
peak does not grow with the number of records (11 MB above the open store at 100,000 visits).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from child_run import run_on_copy  # noqa: E402
from make_big_database import build  # noqa: E402
from sync_merge import laptop_database, open_store, schema_tag  # noqa: E402


def peak_mb() -> float:
    """This process's peak resident memory. VmHWM rather than getrusage's ru_maxrss, which on Linux keeps the peak
    of the process image before exec (the parent's, at fork)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_floor(db: Path, out: Path) -> dict[str, float]:
    import sqlite3

    import xlsxwriter

    before = peak_mb()
    started = time.perf_counter()
    conn = sqlite3.connect(db)
    book = xlsxwriter.Workbook(str(out), {"constant_memory": True})
    visits, entries = book.add_worksheet("visits"), book.add_worksheet("recommendations")
    rows = entries_row = 0
    for record_id, data in conn.execute("SELECT id, data FROM records WHERE form = 'visit' AND deleted = 0"):
        values = json.loads(data)
        visits.write_string(rows, 0, record_id)
        for column, (key, value) in enumerate(values.items(), start=1):
            if key == "recommendations" and isinstance(value, list):
                for position, entry in enumerate(value, start=1):
                    entries.write_string(entries_row, 0, record_id)
                    entries.write_number(entries_row, 1, position)
                    for sub, item in enumerate(entry.values(), start=2):
                        entries.write(entries_row, sub, str(item))
                    entries_row += 1
            else:
                visits.write(rows, column, value if isinstance(value, int | float | str) else json.dumps(value))
        rows += 1
    book.close()
    conn.close()
    return {"seconds": time.perf_counter() - started, "peak_mb": peak_mb(), "before_mb": before, "rows": rows}


def run_taawun(db: Path, out: Path) -> dict[str, float]:
    from app.db.listing import ListQuery
    from app.exchange.export import export_lists

    store = open_store(db, "bench")  # opened (and its forms' keys made) before the clock starts
    before = peak_mb()
    started = time.perf_counter()
    result = export_lists(store, [ListQuery("visit")], out, fmt="xlsx", lang="ar")
    seconds = time.perf_counter() - started
    store.close()
    return {"seconds": seconds, "peak_mb": peak_mb(), "before_mb": before, "rows": result.records}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--visits", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out")
    parser.add_argument("--child", nargs=3, metavar=("MODE", "DB", "OUT"), help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child:
        mode, db, out = options.child
        runner = run_floor if mode == "floor" else run_taawun
        print(json.dumps(runner(Path(db), Path(out))))
        return

    work = options.out / f"save-visit-{options.visits}"  # the database benchmarks/save_visit.py uses
    work.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    base = laptop_database(build(work / f"generated-{schema_tag()}.db", options.visits), work)
    print(f"database: {options.visits:,} visits ({base.stat().st_size / 1e6:.0f} MB), ready in"
          f" {time.perf_counter() - started:.0f} s")  # fmt: skip
    runs: dict[str, list[dict[str, float]]] = {"floor": [], "taawun": []}
    for _ in range(options.repeat):  # alternated: the machine's other work moves single runs
        for mode in runs:
            db, out = work / f"export-{mode}.db", work / f"export-{mode}.xlsx"
            runs[mode].append(run_on_copy(__file__, base, db, ["--child", mode, str(db), str(out)]))
            size = out.stat().st_size / 1e6
            out.unlink()
    best = {mode: min(results, key=lambda r: r["seconds"]) for mode, results in runs.items()}
    for mode, result in best.items():
        name = {"floor": "XlsxWriter alone (raw values)", "taawun": "export_lists (Arabic, labels, titles)"}[mode]
        print(f"{name:40} {result['seconds']:6.2f} s   peak RSS {result['peak_mb']:5.0f} MB"
              f" (before the export: {result['before_mb']:.0f} MB)   {int(result['rows']):,} visits")  # fmt: skip
    ratio = best["taawun"]["seconds"] / best["floor"]["seconds"]
    print(f"taawun / floor: {ratio:.2f}x (target: within 2x); the last workbook: {size:.0f} MB")


if __name__ == "__main__":
    main()
