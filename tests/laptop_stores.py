"""Simulated laptops for sync tests (stick, shared folder, server): each a real Store file in a folder of its own,
with its own device id. `from laptop_stores import laptop` in a conftest offers the fixture."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.core.forms import FormRegistry
from app.db.store import Store

LaptopMaker = Callable[[str], Store]


@pytest.fixture
def laptop(tmp_path: Path, shipped_forms: FormRegistry) -> Iterator[LaptopMaker]:
    """`laptop("name")` opens (or reopens) the store of the laptop called `name`; all are closed at the end."""
    opened: list[Store] = []

    def make(name: str) -> Store:
        folder = tmp_path / name
        folder.mkdir(exist_ok=True)
        store = Store.open(folder / "taawun.db", forms=shipped_forms, author=f"agent-{name}", device_name=name)
        opened.append(store)
        return store

    yield make
    for store in opened:
        store.close()
