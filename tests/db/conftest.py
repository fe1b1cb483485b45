from __future__ import annotations

from collections.abc import Iterator
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
