"""The user's settings, declared once with their defaults, kept as JSON in the data folder."""

from __future__ import annotations

import dataclasses
import getpass
import json
import os
import platform
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.messages import DEFAULT_LANGUAGE, LANGUAGES


def _default_author() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "agent"


@dataclass
class Settings:
    author: str = ""  # the agent's name, recorded on every change
    device_name: str = ""  # a name for this laptop, recorded on every change
    language: str = DEFAULT_LANGUAGE
    organisation: str = ""  # printed in report headers

    @property
    def effective_author(self) -> str:
        return self.author or _default_author()

    @property
    def effective_device_name(self) -> str:
        return self.device_name or platform.node() or "laptop"

    @classmethod
    def load(cls, path: Path) -> Settings:
        """The saved settings; a missing or damaged file gives the defaults (settings are never worth a crash)."""
        try:
            stored: Any = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(stored, dict):
            return cls()
        known = {f.name for f in dataclasses.fields(cls)}
        values = {k: v for k, v in stored.items() if k in known and isinstance(v, str)}
        settings = cls(**values)
        if settings.language not in LANGUAGES:
            settings.language = DEFAULT_LANGUAGE
        return settings

    def save(self, path: Path) -> None:
        """Write atomically: a crash mid-save leaves the previous settings."""
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp")
        temporary.write_text(json.dumps(dataclasses.asdict(self), ensure_ascii=False, indent=2), encoding="utf-8")
        os.replace(temporary, path)
