"""The programme's indicators at 100,000 visits: the window's home and the indicator report, beside a bare SQL count
of the same rows measured in the same run.

    .venv/bin/python benchmarks/indicators.py [--visits 100000] [--repeat 5] [--cache FOLDER]

The database is benchmarks/make_big_database.py's (the demo and N generated visits dated 2018 to 2025: a month
holds about 1,000 of them, a year about 12,500), built once into the cache folder and opened once by the store
before measuring (which keys the lists). Measured, each the median of --repeat runs:

- the home's figures, as its worker reads them (a read-only connection of its own, the figures of the period and of
  the previous one, the provinces offered): a month (the home's first period: the month so far) and a year, all
  provinces and one;
- the home "to show": from asking (DashboardPage.refresh) to the tiles showing the figures, in an offscreen window;
- the floor: a bare SQL count of the same rows (the final visits of both periods, through the same date index);
- the indicator report for a year: the Arabic PDF (fonts loaded, laid out, in memory) and the XLSX.

Targets (issue 19): the home under 200 ms to show, the report for a year under 3 s.

Measured (session 26, 2-core machine shared with three other helpers' test runs, load average 5.4):
- home figures, a month (1,028 + 1,055 visits): 18 ms (one province: 48 ms); floor 10 ms;
- home figures, a year (12,462 + 12,440 visits): 312 ms (one province: 380 ms); floor 136-156 ms;
- home to show: a month 42 ms, a year 299 ms: the month (the home's first period) is well under the target, a year
  is not on a loaded machine: about twice the bare count of its rows, which alone takes 136 ms there (reading each
  visit's JSON once, with SQLite 3.40's json_extract, which keeps no parsed JSON between calls);
- the indicator report for a year: the Arabic PDF (2 pages) 267 ms, the XLSX 356 ms.

Measured (session 28, same 2-core machine, load average 4 to 5 from other helpers: wall times vary twice over from
run to run, so the CPU time is printed beside them; three runs of the code before and after, alternated):
- home figures, a year: before 224-340 ms wall, CPU 199-222 ms; after 161-296 ms wall, CPU 155-177 ms (the bare
  count: 83-149 ms wall, CPU 77-96 ms); a month unchanged (18-32 ms, CPU 18-24 ms);
- home to show, a year: before 225-309 ms wall, CPU 202-218 ms; after 181-312 ms wall, CPU 159-183 ms.
What changed (app/db/indicators.py): a year's visits read in the file's row order, and grouped on one short text
per visit (its cooperative and purpose) instead of two values taken out of an array. The "after" figures above also
read a year through a memory map, since left out (about a tenth of a year's figures): an I/O error on a mapped file
(a database on a pulled stick) ends the process instead of being reported.
What is left is reading each visit's JSON for its recommendations: the bare count of the same rows is half the
time; counting the recommendations from a table of their own (no JSON read) would bring the figures near it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from make_big_database import build  # noqa: E402

MONTH = (dt.date(2024, 3, 1), dt.date(2024, 3, 31))
YEAR = (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
PROVINCE = "خنيفرة"  # the demo's cooperatives: every generated visit goes to one of them


def median_ms(work: Callable[[], Any], repeat: int) -> float:
    return timed(work, repeat)[0]


def timed(work: Callable[[], Any], repeat: int) -> tuple[float, float]:
    """The median wall time and the median CPU time of this process (all its threads), in ms. On a machine shared
    with other work the wall time varies twice over from run to run; the CPU time much less."""
    walls, cpus = [], []
    for _ in range(repeat):
        started, cpu = time.perf_counter(), time.process_time()
        work()
        walls.append(time.perf_counter() - started)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls) * 1000, statistics.median(cpus) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--visits", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--cache", type=Path, default=None)
    options = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = options.cache or Path(tempfile.mkdtemp(prefix="taawun-bench-"))
    db = build(folder / f"visits-{options.visits}.db", options.visits)

    from app.core.forms import load_form_directory
    from app.db.indicators import Area, indicators, known_provinces
    from app.db.opening import connect_read_only
    from app.db.store import Store
    from app.resources import forms_dir

    forms = load_form_directory(forms_dir())
    store = Store.open(db, forms=forms, author="bench", device_name="bench")  # keys the lists once
    print(f"{options.visits} visits, {options.repeat} runs each (median)")

    def worker(area: Area) -> Any:  # what the home's worker does
        conn = connect_read_only(db, may_change=True)
        try:
            return indicators(conn, store.forms, area), known_provinces(conn, store.forms)
        finally:
            conn.close()

    def floor(area: Area) -> int:  # the same rows, counted bare
        sql = ("SELECT count(*) FROM list_keys k CROSS JOIN records r ON r.id = k.record_id WHERE k.form = 'visit'"
               " AND k.field = 'visit_date' AND k.key BETWEEN ? AND ? AND r.deleted = 0 AND r.state = 'final'")  # fmt: skip
        previous = area.previous()
        return sum(store.conn.execute(sql, (a.start.isoformat(), a.end.isoformat())).fetchone()[0]
                   for a in (area, previous))  # fmt: skip

    for name, (start, end) in (("month", MONTH), ("year", YEAR)):
        for province in (None, PROVINCE):
            area = Area(start, end, province)
            found, _ = worker(area)
            label = f"{name}{' ' + province if province else ''}"
            wall, cpu = timed(lambda area=area: worker(area), options.repeat)
            bare_wall, bare_cpu = timed(lambda area=area: floor(area), options.repeat)
            print(f"home figures, {label:<12} ({found.current.visits} + {found.previous.visits} visits):"
                  f" {wall:7.1f} ms (CPU {cpu:6.1f});"
                  f" bare SQL count of the same rows {bare_wall:6.1f} ms (CPU {bare_cpu:6.1f})")  # fmt: skip

    month, year = show_ms(store, Area(*MONTH), options.repeat), show_ms(store, Area(*YEAR), options.repeat)
    print(
        f"home to show, month: {month[0]:7.1f} ms (CPU {month[1]:6.1f}); year: {year[0]:7.1f} ms (CPU {year[1]:6.1f})"
    )

    from app.exchange.indicators_xlsx import indicators_workbook
    from app.reports import INDICATORS, ReportRequest, build_report
    from app.reports.summary_report import Period

    request = ReportRequest(INDICATORS, "ar", period=Period(*YEAR))
    report_ms = median_ms(lambda: build_report(store, request), max(1, options.repeat // 2))
    pages = build_report(store, request).pages

    def workbook() -> bytes:
        return indicators_workbook(indicators(store.conn, store.forms, Area(*YEAR)), store.forms, "ar")

    print(
        f"indicator report for a year: PDF (Arabic, {pages} pages) {report_ms:7.1f} ms;"
        f" XLSX {median_ms(workbook, max(1, options.repeat // 2)):7.1f} ms"
    )
    store.close()
    return 0


def show_ms(store: Any, area: Any, repeat: int) -> tuple[float, float]:
    """From asking to the tiles showing, in an offscreen window (the worker, the queued result, the tiles): the
    median wall time and CPU time (the process's, all threads), in ms."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from app.core.autosave import AutosaveFolder
    from app.core.settings import Settings
    from app.ui.dashboard_page import DashboardPage
    from app.ui.services import Services

    app = QApplication.instance() or QApplication([])
    home = Path(tempfile.mkdtemp(prefix="taawun-bench-home-"))
    services = Services(store=store, settings=Settings(), settings_path=home / "settings.json",
                        autosave=AutosaveFolder(home / "autosave"), log_path=home / "log.txt")  # fmt: skip
    page = DashboardPage(services)
    page.stale = False  # not read when shown: asked below
    page.resize(1000, 600)
    page.show()
    times, cpus = [], []
    for _ in range(repeat + 1):  # the first warms the thread pool
        loop = QEventLoop()
        page.figures_shown.connect(loop.quit)
        QTimer.singleShot(30_000, loop.quit)
        page.area = area
        started, cpu = time.perf_counter(), time.process_time()
        page.refresh()
        loop.exec()
        app.processEvents()
        times.append(time.perf_counter() - started)
        cpus.append(time.process_time() - cpu)
        page.figures_shown.disconnect(loop.quit)
    page.wait()
    page.close()
    return statistics.median(times[1:]) * 1000, statistics.median(cpus[1:]) * 1000


if __name__ == "__main__":
    sys.exit(main())
