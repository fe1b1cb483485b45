"""Shared test set-up: every test gets its own data folder, so no test ever touches a real user's files."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.forms import FormRegistry, load_form_directory
from app.db.store import Store
from app.resources import forms_dir

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("taawun-home")
    monkeypatch.setenv("TAAWUN_HOME", str(home))
    monkeypatch.delenv("TAAWUN_DB", raising=False)
    return home


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
