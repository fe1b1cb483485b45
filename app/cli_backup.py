"""`taawun backup DIR` and `taawun restore FILE [--yes]`.

Neither opens the store: a backup is read from the file, and a restore must work even when the database is too
damaged to open (that is when it is needed most). The path of the copy written or kept is printed alone on the last
line, for scripts; questions and errors go to stderr.

Exit codes as for every command: 0 done; 2 declined or invalid input (nothing changed); 3 a file that is not a
sound Taawun database, or a folder or disk that cannot be written.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.core import paths
from app.core.messages import translate

if TYPE_CHECKING:
    from app.cli import Context

# Any of these is a yes, whatever the language of the question ("o" for oui, "ن" for نعم).
YES = frozenset({"y", "yes", "o", "oui", "نعم", "ن"})


def register(command: Callable[[str, str], argparse.ArgumentParser]) -> dict[str, Callable[[Context], int]]:
    p = command("backup", "copy the database into a folder (a USB stick, another disk); prints the copy's path")
    p.add_argument("folder")
    p = command("restore", "replace the database with a backup; the current one is kept in the backups folder first")
    p.add_argument("file")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    return {"backup": cmd_backup, "restore": cmd_restore}


def cmd_backup(ctx: Context) -> int:
    from app.db.backup import backup_database

    copy = backup_database(ctx.database, ctx.options.folder, device_name=ctx.settings.effective_device_name)
    ctx.say("backup_written")
    print(copy)
    return 0


def cmd_restore(ctx: Context) -> int:
    from app.db.backup import check_backup_file, restore_database

    source, database, backups = Path(ctx.options.file), ctx.database, paths.backups_dir()
    check_backup_file(source)  # before asking: never ask to confirm a file that would be refused
    question = translate("restore_confirm", ctx.lang, db=database, file=source, folder=backups)
    if not ctx.options.yes and not confirmed(question):
        print(translate("restore_declined", ctx.lang), file=sys.stderr)
        return 2
    kept = restore_database(source, database, backups)
    ctx.say("restore_done", file=source)
    if kept is None:
        ctx.say("restore_nothing_kept")
    else:
        ctx.say("restore_kept")
        print(kept)
    return 0


def confirmed(question: str) -> bool:
    """Ask on stderr, read one line of stdin. Piped answers work (`echo y | taawun restore F`); no answer at all
    (end of input, as in a script with nothing piped in) is a no."""
    print(question, end=" ", file=sys.stderr, flush=True)
    answer = sys.stdin.readline() if sys.stdin is not None else ""
    if not answer.endswith("\n"):
        print(file=sys.stderr)  # nothing was typed: what follows starts on its own line
    return unicodedata.normalize("NFC", answer).strip().casefold() in YES
