"""Refresh the Qt Linguist files from the source, compile them, and list what is left to translate.

    python tools/update_translations.py          # lupdate + lrelease; exit 1 if a string is untranslated

Translators open resources/translations/taawun_<lang>.ts in Qt Linguist (pyside6-linguist); lupdate keeps their
work and adds the new strings as unfinished.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("ar", "fr", "en")


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "app" / "ui").rglob("*.py"))


def unfinished(ts_file: Path) -> list[str]:
    tree = ElementTree.parse(ts_file)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                    continue
                missing.append(f"{name}: {message.findtext('source')}")
    return missing


def main() -> int:
    for lang in LANGUAGES:
        ts_file = FOLDER / f"taawun_{lang}.ts"
        subprocess.run([tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-target-language", lang,
                        "-ts", str(ts_file)], check=True, cwd=ROOT, capture_output=True)  # fmt: skip
        subprocess.run([tool("pyside6-lrelease"), str(ts_file), "-qm", str(ts_file.with_suffix(".qm"))],
                       check=True, cwd=ROOT, capture_output=True)  # fmt: skip
    left = {lang: unfinished(FOLDER / f"taawun_{lang}.ts") for lang in LANGUAGES}
    for lang, messages in left.items():
        for message in messages:
            print(f"{lang}: untranslated: {message}")
    return 1 if any(left.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
