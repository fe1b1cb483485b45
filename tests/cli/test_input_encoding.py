"""Command-line input on a laptop whose system code page is Arabic (1256) or French (1252), as on the agents' Windows
laptops: `--json -` and `--json FILE` are read as UTF-8, or as the encoding a byte order mark names (Notepad's UTF-8
with BOM, PowerShell 5.1's UTF-16 LE with BOM), never in the code page; text in none of these is refused, exit 2,
nothing written.

The command runs in a subprocess without UTF-8 mode (PYTHONUTF8=0), with PYTHONIOENCODING set to the code page and,
where `localedef` can build them, a real ar_MA.CP1256 / fr_FR.CP1252 locale (local to this test), so Python's
default encodings (standard streams, `open()`) are the code page's, as on Windows."""

from __future__ import annotations

import codecs
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARABIC = "زيارة تعاونية الأمل بمريرت: الكسكس والحليب، ٣٠ عضوا"
FRENCH = "Visite à la coopérative : couscous, lait, 30 membres"
LOCALES = {"cp1256": ("ar_MA", "CP1256"), "cp1252": ("fr_FR", "CP1252")}


@pytest.fixture(scope="module")
def code_page_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, str]]:
    """The environment of a process in each code page (a real locale when it can be built here)."""
    folder = tmp_path_factory.mktemp("locales")
    envs = {}
    for code_page, (language, charmap) in LOCALES.items():
        env = {key: value for key, value in os.environ.items() if not key.startswith(("LC_", "PYTHON"))}
        env.update(PYTHONPATH=str(ROOT), PYTHONUTF8="0", PYTHONIOENCODING=code_page, LANG="C")
        # This test is its own stand-in (a whole code-page locale); the suite-wide one (tests/windows_standin/), when
        # the suite runs in it, is off in these children: its variables are present, empty.
        env.update(TAAWUN_WINDOWS_STANDIN="", TAAWUN_WINDOWS_CODEPAGE="")
        name = f"{language}.{charmap}"
        command = ["localedef", "-i", language, "-f", charmap, str(folder / name)]
        if shutil.which("localedef") and subprocess.run(command, capture_output=True).returncode == 0:
            env.update(LOCPATH=str(folder), LC_ALL=name)
        envs[code_page] = env
    return envs


def run_cli(env: dict[str, str], home: Path, db: Path, *args: str, stdin: bytes = b"") -> tuple[int, str]:
    env = {**env, "TAAWUN_HOME": str(home)}
    result = subprocess.run([sys.executable, "-m", "app", "--db", str(db), "--lang", "en", *args], input=stdin,
                            env=env, capture_output=True, timeout=120, cwd=home)  # fmt: skip
    return result.returncode, (result.stdout + result.stderr).decode("utf-8", "replace")


def stored(db: Path) -> list[dict[str, object]]:
    conn = sqlite3.connect(db)
    try:
        return [json.loads(row[0]) for row in conn.execute("SELECT data FROM records WHERE form = 'visit'")]
    finally:
        conn.close()


@pytest.mark.parametrize("code_page", sorted(LOCALES))
def test_the_stand_in_has_the_code_page_as_default_encodings(code_page: str, code_page_env: dict[str, dict[str, str]],
                                                             tmp_path: Path) -> None:  # fmt: skip
    probe = "import locale, sys; print(sys.flags.utf8_mode, sys.stdin.encoding, locale.getpreferredencoding(False))"
    env = code_page_env[code_page]
    result = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, encoding="utf-8", check=True)
    utf8_mode, stdin_encoding, preferred = result.stdout.split()
    assert utf8_mode == "0" and stdin_encoding == code_page
    if "LC_ALL" in env:  # the real locale: open() without encoding= uses the code page too
        assert codecs.lookup(preferred).name == code_page


ENCODINGS = {
    "utf-8": lambda text: text.encode("utf-8"),
    "utf-8 with BOM (Notepad)": lambda text: codecs.BOM_UTF8 + text.encode("utf-8"),
    "utf-16 LE with BOM (PowerShell 5.1)": lambda text: codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
    "utf-16 BE with BOM": lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
}


@pytest.mark.parametrize("encoding", list(ENCODINGS))
@pytest.mark.parametrize("code_page", sorted(LOCALES))
def test_arabic_json_on_standard_input(code_page: str, encoding: str, code_page_env: dict[str, dict[str, str]],
                                       tmp_path: Path) -> None:  # fmt: skip
    db = tmp_path / "taawun.db"
    payload = json.dumps({"observations": ARABIC, "problems": FRENCH}, ensure_ascii=False)
    code, output = run_cli(code_page_env[code_page], tmp_path, db, "add", "visit", "--draft", "--json", "-",
                           stdin=ENCODINGS[encoding](payload))  # fmt: skip
    assert code == 0, output
    [data] = stored(db)
    assert data["observations"] == ARABIC  # as typed: no mojibake, no BOM left in the text
    assert data["problems"] == FRENCH


@pytest.mark.parametrize("code_page", sorted(LOCALES))
def test_notepad_file_with_bom_for_json_file(code_page: str, code_page_env: dict[str, dict[str, str]],
                                             tmp_path: Path) -> None:  # fmt: skip
    db = tmp_path / "taawun.db"
    note = tmp_path / "visite.json"
    note.write_bytes(codecs.BOM_UTF8 + json.dumps({"observations": ARABIC}, ensure_ascii=False).encode("utf-8"))
    code, output = run_cli(code_page_env[code_page], tmp_path, db, "add", "visit", "--draft", "--json", str(note))
    assert code == 0, output
    assert [data["observations"] for data in stored(db)] == [ARABIC]

    powershell = tmp_path / "powershell.json"  # `ConvertTo-Json … > powershell.json` in PowerShell 5.1
    powershell.write_bytes(codecs.BOM_UTF16_LE + json.dumps({"observations": FRENCH}).encode("utf-16-le"))
    code, output = run_cli(code_page_env[code_page], tmp_path, db, "add", "visit", "--draft", "--json",
                           str(powershell))  # fmt: skip
    assert code == 0, output
    assert sorted(data["observations"] for data in stored(db)) == sorted([ARABIC, FRENCH])


@pytest.mark.parametrize("code_page", sorted(LOCALES))
def test_text_in_the_ansi_code_page_is_refused_clearly(code_page: str, code_page_env: dict[str, dict[str, str]],
                                                       tmp_path: Path) -> None:  # fmt: skip
    """A file saved as "ANSI" (the code page itself) is not guessed at: refused, naming the file, nothing written."""
    db = tmp_path / "taawun.db"
    arabic = "زيارة تعاونية الأمل بمريرت"  # code page 1256 has no Arabic-Indic digits
    text = arabic if code_page == "cp1256" else FRENCH
    ansi = tmp_path / "ansi.json"
    ansi.write_bytes(json.dumps({"observations": text}, ensure_ascii=False).encode(code_page))
    code, output = run_cli(code_page_env[code_page], tmp_path, db, "add", "visit", "--draft", "--json", str(ansi))
    assert code == 2, output
    assert "ansi.json" in output and "is not UTF-8" in output and "Traceback" not in output
    code, output = run_cli(code_page_env[code_page], tmp_path, db, "add", "visit", "--draft", "--json", "-",
                           stdin=codecs.BOM_UTF16_LE + b"{\x00\x00\xd8")  # fmt: skip  # a lone surrogate
    assert code == 2 and "is not UTF-8" in output, output
    assert not db.exists() or stored(db) == []


def test_messages_of_refused_input_in_three_languages(tmp_path: Path) -> None:
    from app.core.messages import translate

    texts = {lang: translate("input_not_utf8", lang, path="ansi.json") for lang in ("ar", "fr", "en")}
    assert "UTF-8" in texts["ar"] and "احفظ" in texts["ar"] and "Enregistrez" in texts["fr"]
    assert len(set(texts.values())) == 3
