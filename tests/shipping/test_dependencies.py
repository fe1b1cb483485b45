"""The tests run on the tested set: exactly the versions of constraints.txt (README's commands install through it)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("check_dependencies", ROOT / "tools" / "check_dependencies.py")
assert _spec is not None and _spec.loader is not None
check = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check)


def test_the_installed_packages_are_the_tested_set() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "check_dependencies.py")], capture_output=True,
                            encoding="utf-8", timeout=60)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "pyside6-essentials==6.11.3" in result.stdout.lower()


def test_a_version_other_than_the_tested_one_is_reported() -> None:
    pins = check.pinned("PySide6-Essentials==6.12.0  # not what is installed\n# a comment\n\nreportlab==5.1.0\n")
    assert pins["pyside6-essentials"] == "6.12.0"
    problems = check.mismatches(pins)
    assert any(p.startswith("pyside6-essentials: 6.11.3 installed, 6.12.0 tested") for p in problems)
    assert not any(p.startswith("reportlab") for p in problems)
    assert any("not in constraints.txt" in p for p in problems)  # sqlite-utils and the others are not pinned here


def test_every_dependency_of_the_project_is_pinned() -> None:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = [*project["dependencies"], *(d for extra in project["optional-dependencies"].values() for d in extra)]
    pins = check.pinned((ROOT / "constraints.txt").read_text(encoding="utf-8"))
    names = [check.canonical(d.split(">")[0].split("=")[0].split("<")[0].split("[")[0].strip()) for d in wanted]
    assert [n for n in names if n not in pins] == []
