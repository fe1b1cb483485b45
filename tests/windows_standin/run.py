"""Run a command in the Windows stand-in (see sitecustomize.py beside this file), e.g. part of the suite:

    .venv/bin/python tests/windows_standin/run.py --codepage 1256 -- .venv/bin/python -m pytest -n 2 tests/sync

It compiles the code page's locale once (glibc's `localedef`, from the `locales` package on Debian and Ubuntu)
into a folder of its own (LOCPATH: nothing is installed system-wide), puts this folder first in PYTHONPATH, turns
UTF-8 mode off, starts Python in a UTF-8 locale (so file names stay UTF-8, as on Windows), and runs the command.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
LOCALES = {"1252": ("fr_FR", "CP1252"), "1256": ("ar_MA", "CP1256")}


def compile_locale(code_page: str, folder: Path) -> None:
    """`folder/<lang>.<charmap>`, compiled unless it is there already (next to a concurrent run: built aside,
    then renamed into place)."""
    source, charmap = LOCALES[code_page]
    final = folder / f"{source}.{charmap}"
    if (final / "LC_CTYPE").exists():
        return
    if shutil.which("localedef") is None:
        sys.exit("Windows stand-in: glibc's localedef is missing (Debian/Ubuntu: apt-get install locales)")
    folder.mkdir(parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(prefix=f".{final.name}.", dir=folder))
    # -c: some characters of the French or Arabic locale source have no byte in the code page; build anyway.
    result = subprocess.run(["localedef", "-c", "-i", source, "-f", charmap, str(building / final.name)],
                            capture_output=True, text=True)  # fmt: skip
    if result.returncode not in (0, 1) or not (building / final.name / "LC_CTYPE").exists():
        shutil.rmtree(building, ignore_errors=True)
        sys.exit(f"Windows stand-in: localedef could not build {final.name} (is the 'locales' package installed?)\n"
                 f"{result.stderr}")  # fmt: skip
    try:
        os.rename(building / final.name, final)
    except OSError:
        if not (final / "LC_CTYPE").exists():
            raise
    shutil.rmtree(building, ignore_errors=True)


def standin_environment(base: dict[str, str], *, parts: str, code_page: str | None, locales: Path) -> dict[str, str]:
    env = dict(base)
    env["TAAWUN_WINDOWS_STANDIN"] = parts
    env["PYTHONUTF8"] = "0"
    env["PYTHONPATH"] = os.pathsep.join([str(HERE), *[p for p in base.get("PYTHONPATH", "").split(os.pathsep) if p]])
    env.pop("TAAWUN_WINDOWS_CODEPAGE", None)
    if code_page:
        compile_locale(code_page, locales)
        env["TAAWUN_WINDOWS_CODEPAGE"] = code_page
        env["LOCPATH"] = str(locales)
        env.pop("LC_ALL", None)  # it would override LC_CTYPE; sitecustomize sets LC_CTYPE to the code page
        env["LC_CTYPE"] = "C.UTF-8"  # the start-up locale: Python's file system encoding is UTF-8, as on Windows
    return env


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--codepage", choices=sorted(LOCALES), help="the ANSI code page (default: left as it is)")
    parser.add_argument("--parts", default="all", help="sqlite,replace or all (default)")
    user = getattr(os, "getuid", lambda: 0)()
    parser.add_argument("--locales", type=Path, default=Path(tempfile.gettempdir()) / f"taawun-locales-{user}",
                        help="where the compiled locales are kept")  # fmt: skip
    parser.add_argument("command", nargs=argparse.REMAINDER, help="-- then the command to run")
    options = parser.parse_args(argv)
    command = options.command[1:] if options.command[:1] == ["--"] else options.command
    if not command:
        parser.error("no command given")
    env = standin_environment(dict(os.environ), parts=options.parts, code_page=options.codepage,
                              locales=options.locales)  # fmt: skip
    return subprocess.run(command, env=env).returncode


if __name__ == "__main__":
    sys.exit(main())
