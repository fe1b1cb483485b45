"""The language of the command line's messages.

A Windows console (conhost, and Windows Terminal too) draws Arabic letter by letter, unjoined and left to right:
an Arabic message there is unreadable. So on Windows, when the output goes to a console and `--lang` was not given,
messages that would be Arabic are French (the agents' other language); `--lang ar` still gives Arabic, and output
to a file or a pipe (read by another program, or opened in an editor that shapes Arabic) keeps the saved setting.
"""

from __future__ import annotations

from typing import IO, Any

from app.core.messages import DEFAULT_LANGUAGE, LANGUAGES

CONSOLE_FALLBACK = "fr"
_UNSHAPED_ON_CONSOLE = frozenset({"ar"})  # scripts a Windows console cannot join nor order right to left


def command_line_language(*, given: str | None, saved: str | None, platform: str, console: bool) -> str:
    """`given`: `--lang` (None when absent); `saved`: the settings' language; `platform`: `sys.platform`'s value;
    `console`: whether standard output is a console (a terminal)."""
    if given in LANGUAGES:
        return str(given)
    language = saved if saved in LANGUAGES else DEFAULT_LANGUAGE
    if platform == "win32" and console and language in _UNSHAPED_ON_CONSOLE:
        return CONSOLE_FALLBACK
    return str(language)


def is_console(stream: IO[Any] | None) -> bool:
    """Whether `stream` writes to a terminal (False for a file, a pipe, or no stream: a program without a console)."""
    if stream is None:
        return False
    try:
        return bool(stream.isatty())
    except (OSError, ValueError):  # closed or detached
        return False
