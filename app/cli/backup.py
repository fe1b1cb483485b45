"""`taawun backup DIR` and `taawun restore FILE [--yes]`.

Neither opens the store: a backup is read from the file, and a restore must work even when the database is too
damaged to open (that is when it is needed most). The path of the copy written or kept is printed alone on the last
line, for scripts; questions and errors go to stderr.

Exit codes as for every command: 0 done; 2 declined or invalid input (nothing changed); 3 a file that is not a
sound Taawun database, a folder or disk that cannot be written, or a database open in a window (restore only: the
window's connection would go on writing into the replaced file; every other command works beside the window).

Any command that fails because the database itself is damaged also prints the way back (`recovery_advice`): the
newest sound backup, what it holds, and the exact `taawun restore` command line.

On a laptop of an organisation `backup DIR` writes a sealed copy (app/security/sealed_backup.py: the folder named is
usually a stick, and a sealed copy on the laptop's own disk is just as restorable), which needs the passphrase; the
setting `require_encryption` refuses a plain copy on a laptop of no organisation. `restore` opens a sealed backup
with this laptop's keys (its database is opened for them) into the application's temporary folder, then restores
that plaintext as any backup.
"""

from __future__ import annotations

import argparse
import contextlib
import shlex
import subprocess
import sys
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from app.core import paths
from app.core.errors import DatabaseRejected, InvalidInput, StorageError, TaawunError
from app.core.messages import translate
from app.core.shown import shown_text

if TYPE_CHECKING:
    from app.cli.context import Context
    from app.security.organisation import Organisation

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
    from app.security.sealed_backup import backup_sealed, in_organisation

    device_name = ctx.settings.effective_device_name
    if in_organisation(ctx.database):
        held = _organisation(ctx)
        copy = backup_sealed(ctx.store, held.unlock(ctx.passphrase()), ctx.options.folder, device_name=device_name)
        ctx.say("backup_written")
        ctx.say("sealed_for_organisation", name=shown_text(held.members.name))
    elif ctx.settings.require_encryption:
        raise InvalidInput("sealed_required_no_organisation")
    else:
        copy = backup_database(ctx.database, ctx.options.folder, device_name=device_name)
        ctx.say("backup_written")
    print(copy)
    return 0


def _organisation(ctx: Context) -> Organisation:
    from app.security.sealed import membership

    held = membership(ctx.store)
    if held is None:  # the file changed between the look and the store's opening (another laptop's restore)
        raise InvalidInput("sealed_no_organisation_here")
    return held


def cmd_restore(ctx: Context) -> int:
    from app.db.window_lock import window_holder
    from app.security.sealed import is_sealed

    source, database = Path(ctx.options.file), ctx.database
    holder = window_holder(database)  # first: refused at once, not after the checks and the question
    if holder is not None:
        raise StorageError("restore_window_open", path=str(database), pid=holder.pid or "?", host=holder.host or "?")
    if not is_sealed(source):
        return _restore(ctx, source, source)
    with _opened_backup(ctx, source) as plain:
        return _restore(ctx, plain, source)


@contextlib.contextmanager
def _opened_backup(ctx: Context, source: Path) -> Iterator[Path]:
    """A sealed backup opened with this laptop's keys, which its database keeps: when that database cannot be
    opened, the way is to restore a daily copy (plain, in the backups folder) first, then this backup."""
    from app.security.sealed import membership
    from app.security.sealed_backup import open_backup

    try:
        held = membership(ctx.store)
    except (DatabaseRejected, StorageError) as error:
        raise DatabaseRejected("restore_sealed_needs_database", path=str(source), detail=error.message(ctx.lang),
                               folder=str(paths.backups_dir())) from None  # fmt: skip
    if held is None:
        raise DatabaseRejected("sealed_no_organisation", path=str(source))
    with open_backup(ctx.store, held.unlock(ctx.passphrase()), source) as plain:
        ctx.close()  # the restore replaces the database: no connection of this process may stay open on it
        yield plain


def _restore(ctx: Context, backup: Path, source: Path) -> int:
    """Restore the plain backup `backup` (`source`, or a sealed `source` opened): checked, confirmed, put back."""
    from app.db.backup import check_backup_file, restore_database

    database, backups = ctx.database, paths.backups_dir()
    try:
        check_backup_file(backup)  # before asking: never ask to confirm a file that would be refused
    except DatabaseRejected as error:
        if backup != source and error.params.get("path") == str(backup):
            error.params["path"] = str(source)  # the checks named the plaintext: the user chose the sealed file
        raise
    question = translate("restore_confirm", ctx.lang, db=database, file=source, folder=backups)
    if not ctx.options.yes and not confirmed(question):
        print(translate("restore_declined", ctx.lang), file=sys.stderr)
        return 2
    kept = restore_database(backup, database, backups)
    ctx.say("restore_done", file=source)
    if kept is None:
        ctx.say("restore_nothing_kept")
    else:
        ctx.say("restore_kept")
        print(kept)
    return 0


def recovery_advice(error: TaawunError, ctx: Context, log_path: Path) -> str | None:
    """When `error` is damage of the command's database: the newest sound backup and the exact command that puts it
    back (or, without one, what to do with the file). None for any other error."""
    from app.db.recovery import damage_of, holdings, newest_sound_backup

    database = ctx.database
    if damage_of(error, database) is None:
        return None
    backup = newest_sound_backup(database, paths.backups_dir())
    if backup is None:
        return translate("recovery_no_backup", ctx.lang, folder=paths.backups_dir(), path=database, log=log_path)
    found = translate("recovery_backup_found", ctx.lang, date=backup.when,
                      holdings=holdings(backup, ctx.shipped_forms, ctx.lang))  # fmt: skip
    words = ["taawun", "restore", *(["--db", str(database)] if ctx.options.db else []), str(backup.path)]
    # Escaped like every name shown (app/core/shown.py): a backup's file name with control characters would
    # otherwise act on the terminal; any ordinary path is printed exactly, ready to copy.
    return f"{found}\n{translate('recovery_command', ctx.lang)}\n    {shown_text(command_line(words), limit=None)}"


def command_line(words: list[str]) -> str:
    """Words as the user's shell reads them back (a path with spaces, or Arabic letters, quoted)."""
    return subprocess.list2cmdline(words) if sys.platform == "win32" else shlex.join(words)


def confirmed(question: str) -> bool:
    """Ask on stderr, read one line of stdin. Piped answers work (`echo y | taawun restore F`); no answer at all
    (end of input, as in a script with nothing piped in) is a no."""
    print(question, end=" ", file=sys.stderr, flush=True)
    answer = sys.stdin.readline() if sys.stdin is not None else ""
    if not answer.endswith("\n"):
        print(file=sys.stderr)  # nothing was typed: what follows starts on its own line
    return unicodedata.normalize("NFC", answer).strip().casefold() in YES
