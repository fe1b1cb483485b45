"""Files that must survive a pulled stick, a power cut or an antivirus, with names any disk accepts (sync packages,
backups, reports)."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from app.core.errors import StorageError
from app.core.messages import translate


def file_name_part(text: str, *, limit: int = 40) -> str:
    """Text as part of a file name on any disk (FAT sticks, Windows): letters of any script (Arabic too) and
    digits are kept; everything else (separators, spaces, reserved characters, direction marks) becomes a dash.
    May be empty."""
    kept: list[str] = []
    for char in unicodedata.normalize("NFC", text):
        category = unicodedata.category(char)
        if category[0] in "LN" or (category[0] == "M" and kept and kept[-1] != "-") or char == "_":
            kept.append(char)
        else:
            kept.append("-")
    return re.sub(r"-{2,}", "-", "".join(kept)).strip("-_")[:limit].strip("-_")


def flush_file(path: Path) -> None:
    """Push the file's bytes to the disk itself, not just to the system's cache."""
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def flush_directory(directory: Path) -> None:
    """Make a rename in `directory` durable (POSIX; Windows has no directory handles to flush)."""
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# --- replacing a file while an antivirus or the search indexer looks at it ----------------------------------------

# Windows refuses to replace a file that another program holds open without sharing it: a virus scanner or the
# search indexer opening a file just written, for a few milliseconds to a second. ERROR_ACCESS_DENIED (5) is also
# what a file being scanned or deleted gives; ERROR_SHARING_VIOLATION (32), ERROR_LOCK_VIOLATION (33).
SHARING_VIOLATIONS = frozenset({5, 32, 33})
IN_USE = frozenset({32, 33})  # held by another program (a PDF open in a reader): "close it and try again"
REPLACE_PATIENCE = 2.0  # seconds of retries before the refusal is reported
_REPLACE_PAUSES = (0.01, 0.02, 0.05, 0.1, 0.2)  # then 0.2 s until the patience runs out


def is_sharing_violation(error: BaseException) -> bool:
    """Windows' answer when another program holds the file for a moment (never an ordinary errno on POSIX)."""
    return isinstance(error, OSError) and getattr(error, "winerror", None) in SHARING_VIOLATIONS


def is_in_use(error: BaseException) -> bool:
    """The file is open in another program (a reader, a scanner): not read-only, it may be written once closed."""
    return isinstance(error, OSError) and getattr(error, "winerror", None) in IN_USE


Replace = Callable[[Path, Path], None]


def replace_file(source: Path | str, target: Path | str, *, replace: Callable[[Any, Any], None] | None = None,
                 sleep: Callable[[float], None] = time.sleep, clock: Callable[[], float] = time.monotonic,
                 patience: float | None = None) -> None:  # fmt: skip
    """`os.replace(source, target)`, tried again for up to `patience` seconds while Windows reports a sharing
    violation (an antivirus or the indexer holding either file). Any other error is raised at once; the last
    sharing violation is raised when the patience runs out. `replace` is `os.replace` (looked up at each call) and
    `patience` is `REPLACE_PATIENCE` unless given."""
    replace = os.replace if replace is None else replace
    deadline = clock() + (REPLACE_PATIENCE if patience is None else patience)
    attempt = 0
    while True:
        try:
            replace(source, target)
            return
        except OSError as error:
            if not is_sharing_violation(error) or clock() >= deadline:
                raise
        sleep(_REPLACE_PAUSES[min(attempt, len(_REPLACE_PAUSES) - 1)])
        attempt += 1


# --- writing a file whole ---------------------------------------------------------------------------------------

Content = bytes | Callable[[BinaryIO], None]


def write_atomically(path: Path | str, content: Content, *, replace: Replace = replace_file) -> Path:
    """Put `content` at `path` in one step, the one way every file written whole is written (settings, autosaves,
    reports): a new temporary file beside it (same folder, so the rename cannot cross disks), written, flushed and
    pushed to the disk itself, then put in place (`place_file`). `content`: the bytes, or a function that writes
    them to the open binary file. Raises `OSError` (the folder must exist); the previous file is then intact and
    the temporary one removed."""
    path = Path(path)
    # Random as secrets.token_hex(4) is (os.urandom), without importing secrets and hmac at every start.
    temporary = path.with_name(f".{path.name}.{os.urandom(4).hex()}.tmp")
    # 0o666: the user's umask decides the final permissions, as for any new file.
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(descriptor, "wb") as stream:
            if isinstance(content, bytes):
                stream.write(content)
            else:
                content(stream)
            stream.flush()
            os.fsync(stream.fileno())  # before the rename: a power cut must never leave the new name on no content
        place_file(temporary, path, flushed=True, replace=replace)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise
    return path


def place_file(temporary: Path, final: Path, *, flushed: bool = False, replace: Replace = replace_file) -> None:
    """Put a finished file (written beside `final`, in the same folder) in its place in one step: its bytes pushed
    to the disk (unless `flushed` already), renamed over `final` (`replace`, which retries while an antivirus holds
    either file), and the rename made durable (POSIX). A file written by other means (SQLite's backup of a
    database, a copy) is put in place through this too."""
    if not flushed:
        flush_file(temporary)
    replace(temporary, final)
    with contextlib.suppress(OSError):  # the file is in place; a folder that cannot be opened has nothing to flush
        flush_directory(final.parent)


def write_text_atomically(path: Path, text: str, *, replace: Replace = replace_file) -> None:
    """`text` (UTF-8) at `path` through `write_atomically`, its folder made first."""
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, text.encode("utf-8"), replace=replace)


# --- names Windows accepts ------------------------------------------------------------------------------------------

_SEPARATORS = re.compile(r"[:/\\|]")  # become a dash
_DROPPED = re.compile(r'[<>"?*]')
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")  # become a space
_RESERVED = re.compile(r"(CON|PRN|AUX|NUL|CONIN\$|CONOUT\$|COM[0-9¹²³]|LPT[0-9¹²³])", re.IGNORECASE)
MAX_NAME = 150  # characters: Windows allows 255 per name, but the whole path must stay short (MAX_PATH 260)


def windows_file_name(name: str, *, limit: int = MAX_NAME, fallback: str = "taawun") -> str:
    """`name` as a file name that Windows (and FAT or exFAT sticks) accept, its extension kept: quotes and `<>?*`
    dropped, `:/\\|` made dashes, control characters made spaces, no trailing dots or spaces, not a reserved device
    name (CON, NUL, COM1, LPT1… with any extension), at most `limit` characters. Arabic and accented letters are
    kept."""
    text = unicodedata.normalize("NFC", name)
    text = _CONTROL.sub(" ", _DROPPED.sub("", _SEPARATORS.sub("-", text)))
    text = re.sub(r" {2,}", " ", re.sub(r"-{2,}", "-", text)).strip(" ")
    stem, dot, extension = text.rpartition(".")
    if not dot or not re.fullmatch(r"[A-Za-z0-9]{1,8}", extension):
        stem, extension = text, ""
    stem = stem.rstrip(". ")
    room = max(1, limit - (len(extension) + 1 if extension else 0))
    stem = stem[:room].rstrip(". ")
    if not stem:
        stem = fallback[:room]
    if _RESERVED.fullmatch(stem.split(".")[0].rstrip(" ")):
        stem = f"_{stem}"[:room]  # "CON.pdf" and "nul.tar.gz" name devices: the part before the first dot counts
    return f"{stem}.{extension}" if extension else stem


# --- a small file that could not be written (autosave, settings, remembered filters) --------------------------------


def write_reason(error: OSError) -> str | None:
    """The message code of why the system refused to write (in use, disk full, read-only); None for another."""
    if is_in_use(error):
        return "write_reason_in_use"
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return "write_reason_disk_full"
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return "write_reason_read_only"
    return None


class FileNotWritten(StorageError):
    """A small file of the data folder was not written (the previous one, if any, is intact). `code` says which
    file; the reason is translated with it."""

    def __init__(self, code: str, path: Path | str, error: OSError) -> None:
        super().__init__(code, path=str(path), reason=write_reason(error) or "", detail=error.strerror or str(error))

    def message(self, lang: str) -> str:
        reason = self.params["reason"]
        shown = translate(reason, lang) if reason else self.params["detail"]  # the system's own words otherwise
        return translate(self.code, lang, path=self.params["path"], reason=shown)
