"""Start-up of the window on a database of 100,000 visits, beside a bare PySide6 window, in the same run.

Targets (issue 3): window shown in under 1 s and within 4x the bare window (median of several runs); peak memory
under 250 MB; opening the visits list under 150 ms.

    python benchmarks/ui_startup.py [--runs 5] [--visits 100000]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from make_big_database import OUT, build  # noqa: E402

BARE = textwrap.dedent("""
    import resource, sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1200, 800)
    window.show()
    def shown():
        print("shown", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
        app.quit()
    QTimer.singleShot(0, shown)
    app.exec()
""")

OURS = textwrap.dedent("""
    import resource, sys
    from PySide6.QtCore import QTimer
    from app.main import start_gui
    app, controller = start_gui(db=sys.argv[1], lang="ar", author=None)
    def shown():
        print("shown", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
        app.quit()
    QTimer.singleShot(0, shown)
    app.exec()
""")


def time_child(code: str, args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from process start to the window shown and the event loop running; peak RSS in MB."""
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, encoding="utf-8", env=env, cwd=ROOT)
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = time.perf_counter() - started
    child.wait(timeout=60)
    child.stdout.close()
    if not line.startswith("shown"):
        raise SystemExit(f"the child did not show its window (exit {child.returncode})")
    return elapsed, int(line.split()[1]) / 1024


def time_list_opening(db: Path, home: str, *, filters: dict[str, object] | None = None) -> float:
    os.environ["TAAWUN_HOME"] = home
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.core.autosave import AutosaveFolder
    from app.core.forms import load_form_directory
    from app.core.settings import Settings
    from app.db.store import Store
    from app.resources import forms_dir
    from app.ui.i18n import Language
    from app.ui.list_page import ListPage
    from app.ui.services import Services

    app = QApplication.instance() or QApplication([])
    language = Language(app)  # type: ignore[arg-type]
    language.apply("ar")
    store = Store.open(db, forms=load_form_directory(forms_dir()), author="b", device_name="b")
    services = Services(store=store, settings=Settings(), settings_path=Path(home) / "s.json",
                        autosave=AutosaveFolder(Path(home) / "autosave"), log_path=Path(home) / "log")  # fmt: skip
    filters_file = Path(home) / "list_filters.json"  # where the list remembers its filters (next to autosave/)
    filters_file.write_text(json.dumps({"visit": filters or {}}), encoding="utf-8")
    timings = []
    for _ in range(5):
        started = time.perf_counter()
        page = ListPage(services, "visit")
        page.show()
        app.processEvents()
        timings.append(time.perf_counter() - started)
        page.close()
        page.deleteLater()
    store.close()
    return statistics.median(timings)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--visits", type=int, default=100_000)
    options = parser.parse_args()
    db = build(OUT / f"visits-{options.visits}.db", options.visits)
    home = tempfile.mkdtemp(prefix="taawun-bench-")
    Path(home, "settings.json").write_text(json.dumps({"author": "bench", "device_name": "bench"}), encoding="utf-8")
    env = {**os.environ, "TAAWUN_HOME": home, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "PYTHONPATH": str(ROOT)}  # fmt: skip
    time_child(BARE, [], env)  # warm the disk cache for both
    time_child(OURS, [str(db)], env)
    bare = [time_child(BARE, [], env) for _ in range(options.runs)]
    ours = [time_child(OURS, [str(db)], env) for _ in range(options.runs)]
    bare_s, ours_s = statistics.median(t for t, _ in bare), statistics.median(t for t, _ in ours)
    peak = max(m for _, m in ours)
    list_s = time_list_opening(db, home)
    filtered = {"sector": "dairy", "date_from": "2020-01-01", "state": "final"}
    filtered_s = time_list_opening(db, home, filters=filtered)
    print(f"database: {options.visits} visits ({db.stat().st_size / 1e6:.0f} MB), {options.runs} runs each")
    print(f"bare PySide6 window shown:   median {bare_s * 1000:7.0f} ms   (baseline)")
    print(f"Taawun main window shown:    median {ours_s * 1000:7.0f} ms   = {ours_s / bare_s:.1f}x the baseline"
          f"   target < 1000 ms and < 4x")  # fmt: skip
    print(f"Taawun peak memory (RSS):    {peak:7.0f} MB   (bare window {max(m for _, m in bare):.0f} MB)"
          f"   target < 250 MB")  # fmt: skip
    print(f"opening the visits list:     median {list_s * 1000:7.1f} ms   target < 150 ms")
    print(f"opening it filtered {filtered}: median {filtered_s * 1000:7.1f} ms   target < 150 ms")


if __name__ == "__main__":
    main()
