"""What every command needs: its options, its language, and the database opened on first use."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli.language import command_line_language, is_console
from app.core import paths
from app.core.errors import DatabaseRejected
from app.core.forms import FormRegistry, load_form_directory
from app.core.messages import translate
from app.core.settings import Settings
from app.resources import forms_dir

if TYPE_CHECKING:  # the store (and sqlite-utils) is imported only by commands that open a database
    from app.db.store import Store


class Context:
    """What a command needs: the options, the language, and the store opened on first use."""

    def __init__(self, options: argparse.Namespace, settings: Settings) -> None:
        self.options = options
        self.settings = settings
        # `--lang`, else the saved language; Arabic would be unreadable on a Windows console (app/cli/language.py)
        self.lang: str = command_line_language(given=options.lang, saved=settings.language, platform=sys.platform,
                                               console=is_console(sys.stdout))  # fmt: skip
        self._store: Store | None = None
        # Only a command that writes creates a database file that is not there yet: a typo in `--db` (or
        # $TAAWUN_DB) given to `list`, `show`, `check`… says the file does not exist, not "0 records".
        self.creates_database = (options.command in CREATING_COMMANDS and not getattr(options, "dry_run", False)) or (
            options.command, getattr(options, "action", None)) in CREATING_ACTIONS  # fmt: skip

    def passphrase(self, *, new: bool = False) -> str:
        """This laptop's passphrase (`new`: one being chosen), as app/cli/passphrase.py finds it."""
        from app.cli.passphrase import passphrase_from

        return passphrase_from(self.options.passphrase_file, lang=self.lang, new=new)

    @property
    def shipped_forms(self) -> FormRegistry:
        return load_form_directory(forms_dir())

    @property
    def database(self) -> Path:
        """The database file: `--db`, else `$TAAWUN_DB`, else the data folder's."""
        return Path(self.options.db) if self.options.db else paths.default_database()

    @property
    def database_named(self) -> bool:
        """Whether the database file was named (`--db`, `$TAAWUN_DB`) rather than the data folder's own."""
        return bool(self.options.db or os.environ.get("TAAWUN_DB"))

    @property
    def store(self) -> Store:
        if self._store is None:
            from app.db.store import Store

            if not self.creates_database and self.database_named and not self.database.exists():
                raise DatabaseRejected("cli_db_missing", path=str(self.database))

            self._store = Store.open(self.database, forms=self.shipped_forms, author=self.options.author or
                                     self.settings.effective_author, device_name=self.settings.effective_device_name)  # fmt: skip
        return self._store

    def close(self) -> None:
        """Close the database (a restore closes it before replacing the file; a later use opens it again)."""
        if self._store is not None:
            self._store.close()
            self._store = None

    def say(self, code: str, **params: Any) -> None:
        print(translate(code, self.lang, **params))

    def titles(self, record_id: str) -> str | None:
        return self.store.title_of(record_id, self.lang)


# Commands that may create the database file (the others refuse a named file that does not exist).
CREATING_COMMANDS = frozenset({"add", "demo", "restore", "selftest", "import"})  # import: not its --dry-run
CREATING_ACTIONS = frozenset({("sync", "merge"), ("sync", "pull"), ("sync", "now"), ("org", "create"), ("org", "join")})
