"""A 50 MB sheet (CSV, and the same rows as XLSX): read as a stream, in bounded memory, each problem reported on its
row, nothing written by the dry run."""

from __future__ import annotations

import random
import tracemalloc
from pathlib import Path

import pytest
import xlsxwriter
from import_support import Unchanged

from app.db.store import Store
from app.exchange.importing import import_sheet

ROWS = 3_400
NOTE = 8_000  # characters of each row's notes (a long text holds 20,000): 3,400 rows make 50 MB of UTF-8
LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي ⵜⴰⵡⵓⵏ éàç"
HEADER = ["name_ar", "founded_on", "members_total", "notes"]


def _rows() -> list[list[str]]:
    rng = random.Random(50)
    notes = ["".join(rng.choices(LETTERS, k=NOTE)) for _ in range(64)]  # random: the XLSX stays large once zipped
    return [[f"تعاونية {n}", "31/02/2020" if n % 1000 == 7 else "17/05/2019", str(n % 500), notes[n % 64]]
            for n in range(ROWS)]  # fmt: skip


@pytest.fixture(scope="module")
def big_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    import csv

    folder = tmp_path_factory.mktemp("big")
    rows = _rows()
    with (folder / "big.csv").open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(HEADER)
        writer.writerows(rows)
    with xlsxwriter.Workbook(folder / "big.xlsx", {"constant_memory": True}) as book:
        sheet = book.add_worksheet()
        for number, row in enumerate([HEADER, *rows]):
            sheet.write_row(number, 0, row)
    return {"csv": folder / "big.csv", "xlsx": folder / "big.xlsx"}


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_50_mb_sheet_is_checked_in_bounded_memory(store: Store, big_files: dict[str, Path], fmt: str) -> None:
    path = big_files[fmt]
    assert big_files["csv"].stat().st_size > 50_000_000
    unchanged = Unchanged(store)
    tracemalloc.start()
    try:
        result = import_sheet(store, "cooperative", path, dry_run=True, lang="fr", write_problems=False)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    unchanged.check()
    assert result.rows == ROWS
    assert [(p.row, p.column, p.code) for p in result.problems] == [
        (n + 2, "B (founded_on)", "not_date") for n in range(ROWS) if n % 1000 == 7]  # fmt: skip
    print(f"{fmt}: {path.stat().st_size / 1e6:.0f} MB, peak {peak / 1e6:.1f} MB")
    assert peak < 25_000_000, f"{peak / 1e6:.0f} MB at the peak"  # a stream: the file is never held whole
