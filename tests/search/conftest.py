"""Stores for the search tests (as in tests/db/conftest.py: a conftest cannot be imported by name)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.core.forms import FormRegistry, load_form_directory
from app.db.store import Store
from app.resources import forms_dir


@pytest.fixture(scope="session")
def shipped_forms() -> FormRegistry:
    return load_form_directory(forms_dir())


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "taawun.db"


@pytest.fixture
def store(db_path: Path, shipped_forms: FormRegistry) -> Iterator[Store]:
    with Store.open(db_path, forms=shipped_forms, author="فاطمة", device_name="laptop-khenifra") as opened:
        yield opened


@pytest.fixture
def cooperative_id(store: Store) -> str:
    return store.create("cooperative", {"name_ar": "تعاونية الأمل", "sectors": ["olives"]})


Visit = Callable[..., str]


@pytest.fixture
def visit(store: Store, cooperative_id: str) -> Visit:
    """`visit("observations text", **more fields)` adds a visit to the cooperative and returns its id."""

    def make(observations: str, **fields: object) -> str:
        data = {"cooperative": cooperative_id, "visit_date": "2025-05-17", "observations": observations, **fields}
        return store.create("visit", data)

    return make
