"""Stores for the search tests (as in tests/db/conftest.py: a conftest cannot be imported by name)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.db.store import Store

Visit = Callable[..., str]


@pytest.fixture
def visit(store: Store, cooperative_id: str) -> Visit:
    """`visit("observations text", **more fields)` adds a visit to the cooperative and returns its id."""

    def make(observations: str, **fields: object) -> str:
        data = {"cooperative": cooperative_id, "visit_date": "2025-05-17", "observations": observations, **fields}
        return store.create("visit", data)

    return make
