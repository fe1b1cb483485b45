"""Where the command line finds this laptop's passphrase: the file named by `--passphrase-file`, else the variable
TAAWUN_PASSPHRASE (for scripts and tests), else a question on the terminal (not echoed). With no terminal and
neither of the others, the command stops with a message saying all three ways (never a hang on a closed input).
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from app.core.errors import InvalidInput
from app.core.messages import translate

ENVIRONMENT = "TAAWUN_PASSPHRASE"
NEW_ENVIRONMENT = "TAAWUN_NEW_PASSPHRASE"  # `org passphrase`, `org create`/`join` in scripts: the one to set


def passphrase_from(file: str | None, *, lang: str, new: bool = False) -> str:
    """The passphrase (see the module's text). `new`: one being chosen (asked twice on a terminal; in scripts read
    from `file` or TAAWUN_NEW_PASSPHRASE, falling back to TAAWUN_PASSPHRASE)."""
    if file:
        return _read_file(Path(file))
    for name in (NEW_ENVIRONMENT, ENVIRONMENT) if new else (ENVIRONMENT,):
        value = os.environ.get(name)
        if value:
            return value
    if not (sys.stdin is not None and sys.stdin.isatty()):
        raise InvalidInput("org_passphrase_needed")
    if not new:
        return getpass.getpass(translate("org_passphrase_prompt", lang))
    first = getpass.getpass(translate("org_passphrase_prompt_new", lang))
    if getpass.getpass(translate("org_passphrase_prompt_again", lang)) != first:
        raise InvalidInput("org_passphrases_differ")
    if not first:
        raise InvalidInput("org_passphrase_empty")
    return first


def _read_file(path: Path) -> str:
    """The file's first line, without its line ending (an editor adds one)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        detail = error.strerror if isinstance(error, OSError) and error.strerror else type(error).__name__
        raise InvalidInput("org_passphrase_file_unreadable", path=str(path), detail=detail) from None
    line = text.splitlines()[0] if text else ""
    if not line:
        raise InvalidInput("org_passphrase_empty")
    return line
