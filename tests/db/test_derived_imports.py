"""The derived tables have one coordinator (app/db/derived.py): each index knows neither the other nor `Store`.

Read from the source (every import statement, those under TYPE_CHECKING and inside functions included), followed
through the project's own modules: importing `app.db.anything` at run time also runs `app/db/__init__.py`, which
imports the store, so `sys.modules` could not tell.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEARCH = ("app.db.search_index", "app.db.search_documents")
LISTS = ("app.db.list_keys", "app.db.list_keying", "app.db.list_plan")


def imports_of(module: str) -> set[str]:
    """The modules of the project that `module`'s code imports, directly."""
    path = ROOT / Path(*module.split(".")).with_suffix(".py")
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)  # `from app.db import store`
    return {name for name in found if name.startswith("app.") and _exists(name)}


def _exists(name: str) -> bool:
    return (ROOT / Path(*name.split(".")).with_suffix(".py")).exists()


def reachable(module: str) -> set[str]:
    """Every module of the project that `module` imports, directly or through others."""
    seen: set[str] = set()
    todo = [module]
    while todo:
        for name in imports_of(todo.pop()) - seen:
            seen.add(name)
            todo.append(name)
    return seen


@pytest.mark.parametrize("module", SEARCH + LISTS)
def test_an_index_imports_neither_the_store_nor_the_coordinator(module: str) -> None:
    assert reachable(module) & {"app.db.store", "app.db.derived"} == set()


@pytest.mark.parametrize(("module", "other"), [(m, LISTS) for m in SEARCH] + [(m, SEARCH) for m in LISTS])
def test_an_index_does_not_import_the_other(module: str, other: tuple[str, ...]) -> None:
    assert reachable(module) & set(other) == set()


def test_the_store_reaches_the_indexes_only_through_the_coordinator() -> None:
    direct = imports_of("app.db.store")
    assert "app.db.derived" in direct
    assert direct & set(SEARCH + LISTS) == set()


def test_the_reading_follows_imports_of_every_kind() -> None:
    """The test above can fail: the store itself reaches both indexes (through the coordinator)."""
    assert {"app.db.search_index", "app.db.list_keys", "app.db.derived"} <= reachable("app.db.store")
