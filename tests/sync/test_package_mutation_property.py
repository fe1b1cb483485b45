"""Any value of a real package, changed as someone hostile would, is merged safely or refused: never a bug (exit 1),
never an unusable database, never a form changed behind the user's back.

One real export (the demo event from another laptop) is made once; each example copies it, overwrites one value of
one row (stamps, versions, text, JSON shapes, form definitions, photo bytes) with sqlite3, and merges it into a copy
of this laptop's database. Then the laptop must still list, show, edit, check and export.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from app.core.forms import FormRegistry
from app.db.demo import load_demo
from app.db.store import Store
from app.sync.export import export_package
from app.sync.merge import merge_file

# Columns an attacker would change, per table of a package (the key columns are changed too: the merge must cope).
TARGETS = {
    "records": ("id", "form", "form_version", "state", "data", "version", "hlc", "device", "device_name", "author",
                "created_at", "updated_at", "deleted"),
    "history": ("record_id", "hlc", "version", "form", "form_version", "state", "data", "device", "device_name",
                "author", "changed_at", "deleted"),
    "photos": ("sha256", "content", "size", "mime"),
    "form_definitions": ("version", "digest", "source"),
}  # fmt: skip

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(2**70), max_value=2**70) | st.floats() | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=12,
)
values = st.one_of(
    st.none(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=True),
    st.text(max_size=60),
    st.binary(max_size=60),
    st.sampled_from(["9999999999999999.9999.aaaaaaaaaaaa", "0000000000000000.0000.x", "\x1b[2J", "draft", "final",
                     "9999-12-31T00:00:00+00:00", "\ud800", "[" * 300 + "]" * 300, "name: x\nversion: 999\n"]),
    json_values.map(lambda value: json.dumps(value, ensure_ascii=False, allow_nan=True)),
)  # fmt: skip


@pytest.fixture(scope="module")
def originals(tmp_path_factory: pytest.TempPathFactory, shipped_forms: FormRegistry) -> tuple[Path, Path]:
    """A peer's real package (the demo event and a photo), and this laptop's database with records of its own."""
    folder = tmp_path_factory.mktemp("mutation")
    with Store.open(folder / "peer.db", forms=shipped_forms, author="peer", device_name="peer") as peer:
        load_demo(peer)
        photo = peer.add_photo(b"\x89PNG\r\n\x1a\n" + bytes(64), mime="image/png")
        visit = peer.records_of("visit")[0]
        peer.update(visit.id, {"photos": [{"sha256": photo, "name": "p.png"}]})
        package = export_package(peer, folder).path
    with Store.open(folder / "local.db", forms=shipped_forms, author="a", device_name="local") as local:
        local.create("cooperative", {"name_ar": "تعاونية النور"})
    return package, folder / "local.db"


def mutate(package: Path, table: str, column: str, pick: int, value: Any) -> None:
    """`column` of one row of `table` (the `pick`-th by primary key) set to `value`, as sqlite3 lets anyone do."""
    conn = sqlite3.connect(package)
    try:
        keys = [row[1] for row in sorted(conn.execute(f"PRAGMA table_info({table})"), key=lambda r: r[5]) if row[5]]
        rows = conn.execute(f"SELECT {', '.join(keys)} FROM {table} ORDER BY {', '.join(keys)}").fetchall()
        if rows:
            placeholder = "?"
            if isinstance(value, str) and not _encodable(value):  # a lone surrogate: stored as invalid UTF-8 text
                value, placeholder = value.encode("utf-8", "surrogatepass"), "CAST(? AS TEXT)"
            value = sqlite3.Binary(value) if isinstance(value, bytes) else value
            where = " AND ".join(f"{key} IS ?" for key in keys)
            try:
                conn.execute(f"UPDATE {table} SET {column} = {placeholder} WHERE {where}",
                             (value, *rows[pick % len(rows)]))  # fmt: skip
            except (sqlite3.IntegrityError, OverflowError):
                pass  # a constraint of the schema itself refused the value: the file stays as it was
            conn.commit()
    finally:
        conn.close()


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


# Derandomized: CI runs the same 100 cases each time (the gate must not depend on luck). To explore, set
# derandomize=False and a higher max_examples for a local run (900 random cases passed when this was written).
@settings(max_examples=100, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@example(table="form_definitions", column_pick=0, pick=0, value="\ud800")  # found by CI: a lone surrogate
@example(table="history", column_pick=10, pick=3, value="\ud800")
@given(table=st.sampled_from(sorted(TARGETS)), column_pick=st.integers(0, 50), pick=st.integers(0, 500),
       value=values)  # fmt: skip
def test_a_mutated_package_is_merged_safely_or_refused(
    originals: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory, shipped_forms: FormRegistry,
    table: str, column_pick: int, pick: int, value: Any,
) -> None:  # fmt: skip
    folder = tmp_path_factory.mktemp("example")
    package, database = folder / "peer.taawun", folder / "taawun.db"
    shutil.copyfile(originals[0], package)
    shutil.copyfile(originals[1], database)
    column = TARGETS[table][column_pick % len(TARGETS[table])]
    mutate(package, table, column, pick, value)

    with Store.open(database, forms=shipped_forms, author="a", device_name="local") as store:
        forms_before = {form.name: form.version for form in store.forms}
        outcome = merge_file(store, package)
        event("refused" if outcome.rejection else "merged")
        assert not outcome.bug, outcome.rejection and outcome.rejection.message("en")
        assert {form.name: form.version for form in store.forms} == forms_before  # never changed behind our back
    # The laptop is still usable: opened anew, every record listed and shown, one edited, checked, exported.
    with Store.open(database, forms=shipped_forms, author="a", device_name="local") as store:
        for form in ("cooperative", "visit", "workshop"):
            for record in store.records_of(form):
                store.title_of(record.id, "ar")
        mine = next(r for r in store.records_of("cooperative") if r.data.get("name_ar") == "تعاونية النور")
        store.update(mine.id, {"name_fr": "Coopérative"})
        assert store.check() == []
        export_package(store, folder)
