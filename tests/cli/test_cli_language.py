"""The command line's language: Arabic is unreadable on a Windows console (unjoined, left to right), so there the
messages are French unless `--lang` says otherwise; a file or a pipe keeps the saved language; Linux is unchanged."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from app.cli import context as cli_context
from app.cli import language as cli_language
from app.cli.language import command_line_language, is_console
from app.cli.program import main as cli_main
from app.core.settings import Settings


@pytest.mark.parametrize(
    ("given", "saved", "platform", "console", "expected"),
    [
        (None, "ar", "win32", True, "fr"),  # the default, on a console: readable
        (None, "ar", "win32", False, "ar"),  # redirected to a file or a pipe: the setting
        ("ar", "ar", "win32", True, "ar"),  # asked for explicitly
        ("en", "ar", "win32", True, "en"),
        (None, "en", "win32", True, "en"),  # a setting the console can show
        (None, "fr", "win32", True, "fr"),
        (None, None, "win32", True, "fr"),  # no setting: Arabic by default, so French on a console
        (None, "xx", "win32", False, "ar"),  # a damaged setting: the default
        (None, "ar", "linux", True, "ar"),  # terminals on Linux shape Arabic
        (None, "ar", "darwin", True, "ar"),
        (None, "fr", "linux", False, "fr"),
    ],
)
def test_language_choice(given: str | None, saved: str | None, platform: str, console: bool, expected: str) -> None:
    assert command_line_language(given=given, saved=saved, platform=platform, console=console) == expected


def test_is_console_only_for_a_terminal(tmp_path: Path) -> None:
    with open(tmp_path / "out.txt", "w", encoding="utf-8") as file:
        assert not is_console(file)
    reader, writer = os.pipe()
    with os.fdopen(reader, "rb") as pipe_out, os.fdopen(writer, "wb") as pipe_in:
        assert not is_console(pipe_in) and not is_console(pipe_out)
    assert not is_console(None)  # Taawun.exe, started without a console, has no standard output
    if hasattr(os, "openpty"):
        leader, follower = os.openpty()
        with os.fdopen(leader, "rb") as _, os.fdopen(follower, "wb") as terminal:
            assert is_console(terminal)


def test_the_command_line_uses_the_choice(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    """`taawun demo` on a Windows console with the Arabic setting speaks French; with --lang ar, Arabic."""

    def on_a_windows_console(**choice: object) -> str:
        changed: dict[str, Any] = {**choice, "platform": "win32", "console": True}
        return cli_language.command_line_language(**changed)

    monkeypatch.setattr(cli_context, "command_line_language", on_a_windows_console)
    assert Settings().language == "ar"
    db = tmp_path / "taawun.db"
    assert cli_main(["--db", str(db), "demo"]) == 0
    french = capsys.readouterr().out
    assert cli_main(["--db", str(db), "--lang", "ar", "demo"]) == 0
    arabic = capsys.readouterr().out
    assert french != arabic
    assert any("\u0600" <= char <= "\u06ff" for char in arabic)
    assert not any("\u0600" <= char <= "\u06ff" for char in french)


def test_linux_terminal_keeps_arabic(tmp_path: Path) -> None:
    """A real process whose standard output is a terminal (a pseudo-terminal) on this system: the saved language."""
    if sys.platform == "win32" or not hasattr(os, "openpty"):
        pytest.skip("a pseudo-terminal is POSIX-only")
    leader, follower = os.openpty()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2]), "TAAWUN_HOME": str(tmp_path)}
    try:
        result = subprocess.run([sys.executable, "-m", "app", "--db", str(tmp_path / "t.db"), "demo"], env=env,
                                stdout=follower, stderr=subprocess.PIPE, timeout=120)  # fmt: skip
    finally:
        os.close(follower)
    with os.fdopen(leader, "rb") as terminal:
        shown = terminal.read1(65536).decode("utf-8", "replace")
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert any("\u0600" <= char <= "\u06ff" for char in shown)
