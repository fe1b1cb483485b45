"""build.spec's Windows branch, run here with stand-ins for PyInstaller's build steps (a real Windows build needs
Windows): both executables carry version information made from the package version, in the form PyInstaller writes
into an .exe; a Python older than 3.11.4 is refused with the reason; Linux builds are unchanged."""

from __future__ import annotations

import importlib
import importlib.util
import sys
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

import pytest

from app import __version__

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def versioninfo(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """PyInstaller's version resource structures. Their module imports `pefile` and `win32api`, which PyInstaller
    has on Windows only (to edit .exe files); the structures themselves use neither: stand-ins let them load here."""
    import PyInstaller.compat

    if importlib.util.find_spec("pefile") is None:
        monkeypatch.setitem(sys.modules, "pefile", ModuleType("pefile"))
        monkeypatch.delitem(sys.modules, "PyInstaller.utils.win32.versioninfo", raising=False)
    if not hasattr(PyInstaller.compat, "win32api"):
        monkeypatch.setattr(PyInstaller.compat, "win32api", None, raising=False)
    return importlib.import_module("PyInstaller.utils.win32.versioninfo")


def run_spec(workpath: Path) -> list[dict[str, Any]]:
    """Executes build.spec as PyInstaller does, with its build steps replaced; returns the EXE() calls' arguments."""
    made: list[dict[str, Any]] = []

    def analysis(*args: Any, **kwargs: Any) -> SimpleNamespace:
        return SimpleNamespace(datas=[], pure=[], scripts=[], binaries=[])

    namespace = {"SPECPATH": str(ROOT), "workpath": str(workpath), "Analysis": analysis,
                 "PYZ": lambda *a, **k: object(), "EXE": lambda *a, **k: made.append(k) or object(),
                 "COLLECT": lambda *a, **k: object(), "__name__": "__main__"}  # fmt: skip
    source = (ROOT / "build.spec").read_text(encoding="utf-8")
    exec(compile(source, str(ROOT / "build.spec"), "exec"), namespace)  # noqa: S102 - the project's own spec
    return made


def strings_of(info: Any) -> dict[str, str]:
    found = {}
    for kid in info.kids:
        for table in getattr(kid, "kids", []):
            for entry in getattr(table, "kids", []):
                if hasattr(entry, "val"):
                    found[entry.name] = entry.val
    return found


def test_windows_executables_carry_the_package_version(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                       versioninfo: ModuleType) -> None:  # fmt: skip
    monkeypatch.setattr(sys, "platform", "win32")
    made = run_spec(tmp_path)
    assert [exe["name"] for exe in made] == ["Taawun", "taawun-cli"]
    assert [exe["console"] for exe in made] == [False, True]
    numbers = [int(part) for part in __version__.split(".")][:3] + [0]
    for exe in made:
        info = versioninfo.load_version_info_from_text_file(exe["version"])  # as PyInstaller reads it
        strings = strings_of(info)
        assert strings["FileVersion"] == strings["ProductVersion"] == __version__
        assert strings["ProductName"] == "Taawun" and strings["OriginalFilename"] == f"{exe['name']}.exe"
        assert info.ffi.fileVersionMS == (numbers[0] << 16) | numbers[1]
        assert info.ffi.fileVersionLS == (numbers[2] << 16) | numbers[3]
        assert len(info.toRaw()) > 200  # the resource written into the .exe
        assert Path(exe["version"]).parent == tmp_path  # in the build folder, not the checkout


def test_windows_build_refuses_python_before_3_11_4(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(sys, "version_info", (3, 11, 3, "final", 0))
    with pytest.raises(SystemExit, match=r"needs Python 3\.11\.4 or later"):
        run_spec(tmp_path)


def test_linux_build_is_unchanged(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(sys, "version_info", (3, 11, 2, "final", 0))  # Debian 12's Python builds for Linux
    made = run_spec(tmp_path)
    assert [(exe["name"], exe["console"], exe["version"]) for exe in made] == [("taawun", True, None)]
    assert not list(tmp_path.iterdir())
