"""Fixtures for the Qt-free core: the shipped forms, and a way to write form files of our own."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from app.core.forms import FormRegistry, FormSpec

LANGS = ("ar", "fr", "en")


@pytest.fixture(scope="session")
def cooperative_form(shipped_forms: FormRegistry) -> FormSpec:
    return shipped_forms.get("cooperative")


@pytest.fixture(scope="session")
def visit_form(shipped_forms: FormRegistry) -> FormSpec:
    return shipped_forms.get("visit")


@pytest.fixture(scope="session")
def workshop_form(shipped_forms: FormRegistry) -> FormSpec:
    return shipped_forms.get("workshop")


@pytest.fixture
def write_form(tmp_path: Path) -> Callable[[str, str], Path]:
    """Write YAML text to `<tmp>/forms/<stem>.yaml` and return the path."""
    folder = tmp_path / "forms"
    folder.mkdir(exist_ok=True)

    def write(stem: str, text: str) -> Path:
        path = folder / f"{stem}.yaml"
        path.write_text(text, encoding="utf-8")
        return path

    return write
