"""The user's settings, declared once with their defaults, kept as JSON in the data folder."""

from __future__ import annotations

import dataclasses
import getpass
import json
import platform
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.bounds import TEXT_MAX, BoundExceeded, check_text, is_name
from app.core.files import FileNotWritten, Replace, replace_file, write_text_atomically
from app.core.messages import DEFAULT_LANGUAGE, LANGUAGES

# Numbers a user may edit in the file, with the values that make sense (anything else gives the default).
_RANGES: dict[str, tuple[int, int]] = {"backup_keep_days": (1, 3650)}
SHARED_FOLDER_MAX = 4_096  # a folder's path, in characters (Windows' long paths included)


def _default_author() -> str:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        return "agent"
    return user if is_name(user) else "agent"


def _is_short_line(text: str) -> bool:
    """One line of at most 2,000 characters, no control characters (an address, a user name)."""
    try:
        check_text(text, limit=2000, layout=False)
    except BoundExceeded:
        return False
    return True


@dataclass
class Settings:
    author: str = ""  # the agent's name, recorded on every change
    device_name: str = ""  # a name for this laptop, recorded on every change
    language: str = DEFAULT_LANGUAGE
    organisation: str = ""  # printed in report headers
    organisation_logo: str = ""  # a PNG or JPEG file printed beside it (app.reports.photos.read_logo)
    backup_keep_days: int = 14  # automatic daily copies older than this are deleted (app/db/backup.py)
    # Refuse to write a plain package or stick backup, and to merge a plain file, on a laptop of no organisation (on
    # one of an organisation, files are always sealed): docs/security.md
    require_encryption: bool = False
    # The organisation's server (docs/server.md): the database's address and this laptop's user on it; the
    # password is in the system's credential store (app/sync/server/credentials.py), never here
    server_url: str = ""
    server_user: str = ""
    # A folder other laptops reach too (a network share, a synced folder), exported to and merged from
    # (app/sync/shared_folder.py); "" when none is chosen.
    shared_folder: str = ""
    # Sync with that server from the window every few minutes, on a worker (app/ui/server_box.py); off by default
    server_background_sync: bool = False

    @property
    def effective_author(self) -> str:
        return self.author or _default_author()

    @property
    def effective_device_name(self) -> str:
        node = platform.node()
        return self.device_name or (node if node and is_name(node) else "laptop")

    @classmethod
    def load(cls, path: Path) -> Settings:
        """The saved settings; a missing or damaged file gives the defaults (settings are never worth a crash)."""
        try:
            stored: Any = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(stored, dict):
            return cls()
        defaults = cls()
        # A value is kept only if it has its default's type exactly: "14" is not a number of days, and JSON's
        # true is not one either (bool is a subclass of int).
        values = {f.name: stored[f.name] for f in dataclasses.fields(cls)
                  if f.name in stored and type(stored[f.name]) is type(getattr(defaults, f.name))}  # fmt: skip
        settings = cls(**values)
        if settings.language not in LANGUAGES:
            settings.language = DEFAULT_LANGUAGE
        for name in ("author", "device_name"):  # a hand-edited name beyond the bounds: asked again at start
            if getattr(settings, name) and not is_name(getattr(settings, name)):
                setattr(settings, name, "")
        try:  # printed in every report's header
            check_text(settings.organisation, limit=TEXT_MAX, layout=False)
        except BoundExceeded:
            settings.organisation = ""
        # A hand-edited address or user beyond the bounds is forgotten (set again with `taawun sync server set`);
        # the address's full check is the client's (app/sync/server/couch.py), which says what is wrong
        if not settings.server_url.startswith(("http://", "https://")) or not _is_short_line(settings.server_url):
            settings.server_url = ""
        if not _is_short_line(settings.server_user):
            settings.server_user = ""
        try:  # a path written by hand: no control characters, bounded; whether it is reachable is asked when used
            check_text(settings.shared_folder, limit=SHARED_FOLDER_MAX, layout=False)
        except BoundExceeded:
            settings.shared_folder = ""
        for name, (low, high) in _RANGES.items():
            if not low <= getattr(settings, name) <= high:
                setattr(settings, name, getattr(defaults, name))
        return settings

    def save(self, path: Path, *, replace: Replace = replace_file) -> None:
        """Write atomically and on the disk itself (`write_text_atomically`): a crash or a power cut mid-save leaves
        the previous settings or the new ones, whole. Raises `FileNotWritten` ("settings_not_saved") when the
        disk refuses; the settings in memory still apply."""
        try:
            write_text_atomically(path, json.dumps(dataclasses.asdict(self), ensure_ascii=False, indent=2),
                                  replace=replace)  # fmt: skip
        except OSError as error:
            raise FileNotWritten("settings_not_saved", path, error) from None
