"""Build (once) a database with many visits for the benchmarks: the demo event, then N generated visits.

The visits are written with one bulk transaction that fills the same tables the store writes (records and their
history rows), so building 100,000 takes seconds instead of 100,000 separate fsyncs. The result is checked by
opening it with the store.

    python benchmarks/make_big_database.py [--visits 100000] [--out benchmarks/out/big.db]
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core.forms import load_form_directory  # noqa: E402
from app.db.demo import load_demo  # noqa: E402
from app.db.store import Store  # noqa: E402
from app.resources import forms_dir  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"

WORDS = ("التأطير", "التكوين", "التسويق", "الحليب", "الزيتون", "الكسكس", "التعاونية", "الأعضاء", "الدعم", "الجودة",
         "coopérative", "formation", "marché", "2025", "15%", "(ONCA)")  # fmt: skip


def build(path: Path, visits: int, *, seed: int = 7) -> Path:
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".building")
    temporary.unlink(missing_ok=True)
    with Store.open(temporary, forms=load_form_directory(forms_dir()), author="bench", device_name="bench") as store:
        load_demo(store)
        cooperatives = [r.id for r in store.records_of("cooperative")]
        device, form_version = store.device_id, store.forms.get("visit").version
    rng = random.Random(seed)
    conn = sqlite3.connect(temporary)
    conn.execute("BEGIN")
    for start in range(0, visits, 5000):
        rows = []
        for number in range(start, min(start + 5000, visits)):
            data = {
                "cooperative": rng.choice(cooperatives),
                "visit_date": f"20{rng.randint(18, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                "observations": " ".join(rng.choice(WORDS) for _ in range(rng.randint(20, 60))),
                "recommendations": [{"action": " ".join(rng.choice(WORDS) for _ in range(8))}],
            }
            stamp = f"{1700000000000 + number:016d}.0000.{device}"
            when = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime(1700000000 + number))
            rows.append((str(uuid.UUID(int=rng.getrandbits(128), version=4)), json.dumps(data, ensure_ascii=False),
                         stamp, when))  # fmt: skip
        conn.executemany(
            "INSERT INTO records (id, form, form_version, state, data, version, hlc, device, device_name, author,"
            f" created_at, updated_at, deleted) VALUES (?, 'visit', {form_version}, 'final', ?, 1, ?, '{device}',"
            " 'bench', 'bench', ?4, ?4, 0)",
            rows,
        )
        conn.executemany(
            "INSERT INTO history (record_id, hlc, version, form, form_version, state, data, device, device_name, author,"
            f" changed_at, deleted) VALUES (?, ?3, 1, 'visit', {form_version}, 'final', ?2, '{device}', 'bench', 'bench',"
            " ?4, 0)",
            rows,
        )
    conn.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES ('clock', ?)",
        (f"{1700000000000 + visits:016d}.0000.{device}",),
    )
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    temporary.rename(path)
    return path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--visits", type=int, default=100_000)
    parser.add_argument("--out", type=Path, default=None)
    options = parser.parse_args()
    out = options.out or OUT / f"visits-{options.visits}.db"
    started = time.perf_counter()
    build(out, options.visits)
    print(f"{out} ({out.stat().st_size / 1e6:.0f} MB) ready in {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
