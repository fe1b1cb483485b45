"""The form files' YAML read once: what a file's YAML reads as, kept as JSON in the data folder by the file's text.

Reading the shipped forms' YAML at every start costs the window about 25 ms (PyYAML's import and its constructor,
benchmarks/startup.py); JSON is read by C in a fraction of a millisecond. A document is found by the SHA-256 of
the file's text, so a changed file is read from its YAML again; what is found goes through the same checks as what
YAML gives (`app.core.forms._Loader`), and only what JSON carries unchanged is kept (a date, a key that is not
text: such a file is read from its YAML every time). A missing, damaged or foreign cache, or one of another
release, is as good as an empty one; a disk that refuses the new copy costs the next start the YAML again.
"""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path
from typing import Any

from app import __version__
from app.core.files import write_text_atomically

FORMAT = 1
MISSING = object()  # `get`'s answer when the text was not read before

log = logging.getLogger("taawun.forms")


def _digest(source: str) -> str:
    return hashlib.sha256(source.encode("utf-8")).hexdigest()


class FormDocuments:
    """The documents of one loading of form files (`load_form_directory`): `get` before reading a text's YAML,
    `put` after its form was built, `save` at the end (written only when something changed)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._stored: dict[str, str] | None = None  # digest -> the document as JSON text, read at the first `get`
        self._kept: dict[str, str] = {}  # what this loading used or added: the next file holds only these
        self._changed = False

    def _read(self) -> dict[str, str]:
        if self._stored is None:
            self._stored = {}
            try:
                stored = json.loads(self.path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                return self._stored  # none yet, or unreadable: the forms are read from their YAML
            if (isinstance(stored, dict) and stored.get("format") == FORMAT and stored.get("release") == __version__
                    and isinstance(stored.get("documents"), dict)):  # fmt: skip
                self._stored = {key: text for key, text in stored["documents"].items() if isinstance(text, str)}
        return self._stored

    def get(self, source: str) -> Any:
        """The document `source`'s YAML reads as, when it was kept; else `MISSING`. A new object at every call."""
        key = _digest(source)
        text = self._read().get(key)
        if text is None:
            return MISSING
        try:
            document = json.loads(text)
        except ValueError:
            return MISSING
        self._kept[key] = text
        return document

    def put(self, source: str, document: Any) -> None:
        """Keep `document`, read from `source`'s YAML, when JSON carries it unchanged."""
        try:
            text = json.dumps(document, ensure_ascii=False, allow_nan=False)
        except (TypeError, ValueError, RecursionError):
            return  # a date, a set, a structure too deep: read from the YAML each time
        if json.loads(text) != document:
            return  # keys that are not text (`1:`, `yes:`) would come back as text
        key = _digest(source)
        self._kept[key] = text
        self._changed = True

    def save(self) -> None:
        """Write what this loading used and added, if it differs from the file: a form added, changed or removed."""
        if not self._changed and self._kept == self._read():
            return
        text = json.dumps({"format": FORMAT, "release": __version__, "documents": self._kept}, ensure_ascii=False)
        try:
            write_text_atomically(self.path, text)
        except OSError as error:  # a read-only or full disk: the next start reads the YAML again
            log.warning("form cache not written: %s", type(error).__name__)
