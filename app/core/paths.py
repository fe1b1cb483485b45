"""Where the user's files live: the database, the settings, the logs (platformdirs, overridable).

`TAAWUN_HOME` moves everything (useful for tests and portable installs); `TAAWUN_DB` or `--db` moves only the
database.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Taawun"


def data_dir() -> Path:
    home = os.environ.get("TAAWUN_HOME")
    if home:
        return Path(home)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database() -> Path:
    override = os.environ.get("TAAWUN_DB")
    return Path(override) if override else data_dir() / "taawun.db"


def settings_file() -> Path:
    return data_dir() / "settings.json"


def log_dir() -> Path:
    return data_dir() / "logs"


def backups_dir() -> Path:
    """The automatic daily copies of the database, and the copy kept before a restore."""
    return data_dir() / "backups"


def temp_dir() -> Path:
    """The application's own temporary files, on this laptop: a package before it is sealed, a sealed file's
    plaintext while it is merged or restored (app/security/placing.py). Not the system's temporary folder, which
    may live in memory (a package can be gigabytes) or be shared; never a stick."""
    return data_dir() / "temp"


def form_cache_file() -> Path:
    """What the form files' YAML read as, kept to start faster (app/core/form_documents.py); safe to delete."""
    return data_dir() / "cache" / "forms.json"
