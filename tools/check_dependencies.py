"""Is the installed set the tested set? Compares the installed distributions with `constraints.txt`.

    .venv/bin/python tools/check_dependencies.py            # prints the packages that matter; exit 1 on a mismatch

Used by `.ci/run` (so the CI log shows what was tested), by `tools/build_and_check.sh` (a build is made only from the
tested set) and by `tests/shipping/test_dependencies.py`. A package listed in the file but not installed is fine
(the build extra is not in a test environment); an installed one at another version is not.
"""

from __future__ import annotations

import re
import sys
from importlib import metadata
from pathlib import Path

CONSTRAINTS = Path(__file__).resolve().parent.parent / "constraints.txt"
# What the application runs on: shown in the log, and required to be installed.
RUNTIME = ("PySide6_Essentials", "shiboken6", "sqlite-utils", "PyYAML", "platformdirs", "reportlab", "uharfbuzz",
           "python-bidi")  # fmt: skip


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pinned(text: str) -> dict[str, str]:
    """name -> version of every `name==version` line (comments and blank lines skipped)."""
    pins = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            pins[canonical(name)] = version.strip()
    return pins


def installed(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def mismatches(pins: dict[str, str]) -> list[str]:
    problems = [f"{name}: {installed(name)} installed, {version} tested" for name, version in sorted(pins.items())
                if installed(name) not in (None, version)]  # fmt: skip
    problems += [f"{name}: not installed" for name in RUNTIME if installed(name) is None]
    problems += [f"{name}: not in {CONSTRAINTS.name}" for name in RUNTIME if canonical(name) not in pins]
    return problems


def main() -> int:
    pins = pinned(CONSTRAINTS.read_text(encoding="utf-8"))
    for name in sorted(pins):
        version = installed(name)
        if version is not None:
            print(f"{name}=={version}")
    problems = mismatches(pins)
    for problem in problems:
        print(f"check_dependencies: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
