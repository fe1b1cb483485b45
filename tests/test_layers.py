"""The architecture's rules, checked: a Qt-free core, one package over sqlite-utils, CI runs the README's tests."""

from __future__ import annotations

import ast
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QT_FREE = ("app.core", "app.db", "app.sync", "app.reports", "app.exchange", "app.security")


def modules_of(package: str) -> list[str]:
    folder = ROOT / package.replace(".", "/")
    if not folder.exists():
        return []
    return [package] + [f"{package}.{m.name}" for m in pkgutil.iter_modules([str(folder)])]


def test_core_db_and_cli_import_without_qt() -> None:
    modules = [m for package in QT_FREE for m in modules_of(package)] + modules_of("app.cli")
    code = f"import sys, importlib\nfor m in {modules!r}: importlib.import_module(m)\nprint('PySide6' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, encoding="utf-8", cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
    assert len(modules) > 10  # the list really covers the packages


def imported_names(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_only_app_db_imports_sqlite_utils_and_no_qt_in_qt_free_packages() -> None:
    for path in (ROOT / "app").rglob("*.py"):
        names = imported_names(path)
        relative = path.relative_to(ROOT).as_posix()
        if "sqlite_utils" in names:
            assert relative.startswith("app/db/"), relative
        if any(relative.startswith(p.replace(".", "/") + "/") for p in QT_FREE):
            assert "PySide6" not in names, relative


def test_ci_runs_the_test_command_of_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = re.findall(r"```(?:sh|bash)\n(.*?)```", readme, flags=re.S)
    test_command = next(c.strip() for c in commands if "pytest" in c)
    assert test_command in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_no_test_folder_has_a_name_pytest_does_not_enter() -> None:
    """pytest skips folders named like build outputs (its default `norecursedirs`): tests there would never run."""
    skipped_names = {"build", "dist", "venv", "node_modules", "CVS", "_darcs", "{arch}"}
    folders = [p for p in (ROOT / "tests").rglob("*") if p.is_dir() and "__pycache__" not in p.parts]
    assert folders, "the tests folder has subfolders"
    assert [p.name for p in folders if p.name in skipped_names or p.name.endswith(".egg")] == []


def test_the_store_does_not_import_sync() -> None:
    """Sync is built on the store, never the other way: app/db imports nothing of app/sync (nor the UI)."""
    for path in (ROOT / "app" / "db").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        modules = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
        modules |= {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        assert not any(m.startswith(("app.sync", "app.ui", "app.cli")) for m in modules), path


def test_sync_lives_in_app_sync() -> None:
    """The package format, the checks, the merge, conflicts and the sync log have one home."""
    for name in ("package", "package_format", "incoming", "merge", "merge_package", "conflicts", "sync_log"):
        assert (ROOT / "app" / "sync" / f"{name}.py").exists(), name
    assert not any((ROOT / "app" / "db" / f"{name}.py").exists()
                   for name in ("package", "package_format", "incoming", "merge", "conflicts", "sync_log"))  # fmt: skip


def _store_private_names() -> set[str]:
    """Store's private members: its `_methods` and the `self._attributes` it sets (dunders are Python's)."""
    tree = ast.parse((ROOT / "app" / "db" / "store.py").read_text(encoding="utf-8"))
    store = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "Store")
    names = {n.name for n in store.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}
    names |= {n.attr for n in ast.walk(store) if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name)
              and n.value.id == "self" and isinstance(n.ctx, ast.Store)}  # fmt: skip
    return {n for n in names if n.startswith("_") and not n.endswith("__")}


def private_store_uses(source: str, private: set[str]) -> list[str]:
    """Where `source` reaches into the store from outside: a private name imported from `app.db` (or read off an
    `app.db` module), a private member of `Store` used on anything but `self`, or any private attribute of an object
    called `store`."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[:2] == ["app", "db"]:
            found += [f"line {node.lineno}: from {node.module} import {a.name}" for a in node.names
                      if a.name.startswith("_")]  # fmt: skip
        elif isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.endswith("__"):
            owner = ast.unparse(node.value)
            if (
                (node.attr in private and owner not in ("self", "cls"))
                or owner.startswith("app.db")
                or (owner == "store" or owner.endswith(".store"))
            ):
                found.append(f"line {node.lineno}: {owner}.{node.attr}")
    return found


def test_nothing_outside_app_db_uses_the_stores_private_members() -> None:
    """Sync, the window, the command line and the reports use the store's public API (`Store.write_version`,
    `check_links`, `records_referring_to`, `catch_up_derived`; the time from `app.core.clock.now_text`), so that the
    store can change inside without breaking them."""
    private = _store_private_names()
    assert {"_row", "_meta", "_set_meta", "_query", "_insert_photo"} <= private  # the checker knows what to look for
    caught = private_store_uses(
        "from app.db.store import Store, _now\nimport app.db.store\n"
        "def f(store, ctx, other):\n    store._write(1)\n    ctx.store._anything\n    other._meta('clock')\n"
        "    app.db.store._dump({})\n    self._row(1)\n",
        private,
    )
    assert len(caught) == 5, caught  # the import, the three attributes and the module's private function; not self
    offenders = {}
    for path in (ROOT / "app").rglob("*.py"):
        relative = path.relative_to(ROOT).as_posix()
        if not relative.startswith("app/db/"):
            uses = private_store_uses(path.read_text(encoding="utf-8"), private)
            if uses:
                offenders[relative] = uses
    assert offenders == {}
