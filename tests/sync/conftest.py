"""Simulated laptops for sync tests: each a real Store file in its own folder, with its own device id."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from couch_server import couch_server  # noqa: F401 - the convergence property's server
from laptop_stores import LaptopMaker, laptop  # noqa: F401 - `laptop` is a fixture of these tests

from app.db.store import Store

# Tables that belong to one laptop only: never compared between laptops, never expected unchanged by a merge.
LOCAL_ONLY = ("sync_log",)
# What every laptop must agree on once they have exchanged everything.
SHARED_QUERIES = {
    "records": "SELECT * FROM records ORDER BY id",
    "history": "SELECT * FROM history ORDER BY record_id, hlc",
    "photos": "SELECT sha256, content, size, mime, added_at FROM photos ORDER BY sha256",
    "form_definitions": "SELECT * FROM form_definitions ORDER BY name, version",
    "distinct_pairs": "SELECT * FROM distinct_pairs ORDER BY record_a, record_b",
}


def dump(path: Path, *, skip: tuple[str, ...] = LOCAL_ONLY) -> list[str]:
    """The database's content as SQL (minus the local-only tables), to compare before and after an operation."""
    conn = sqlite3.connect(path)
    try:
        return [line for line in conn.iterdump() if not any(f'"{table}"' in line for table in skip)]
    finally:
        conn.close()


def shared_content(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        return {name: conn.execute(query).fetchall() for name, query in SHARED_QUERIES.items()}
    finally:
        conn.close()


def sync_log(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT outcome, reason_code FROM sync_log ORDER BY id").fetchall()
    finally:
        conn.close()


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


def new_cooperative(store: Store, name: str = "تعاونية الأمل") -> str:
    return store.create("cooperative", {"name_ar": name, "sectors": ["olives"]})


def new_visit(store: Store, cooperative: str, text: str = "ملاحظة") -> str:
    return store.create("visit", {"cooperative": cooperative, "visit_date": "2025-05-17", "observations": text})


class Helpers:
    """The helpers above, for test modules: with --import-mode=importlib a conftest is not importable by name."""

    dump = staticmethod(dump)
    shared_content = staticmethod(shared_content)
    sync_log = staticmethod(sync_log)
    new_cooperative = staticmethod(new_cooperative)
    new_visit = staticmethod(new_visit)


@pytest.fixture
def helpers() -> type[Helpers]:
    return Helpers
