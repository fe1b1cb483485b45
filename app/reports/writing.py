"""Writing a finished PDF so that a failure never leaves a partial file: a temporary file beside the target,
flushed to disk, then renamed over it in one step (`os.replace`, retried while an antivirus holds the file); on
any failure the temporary file goes away. A target open in another program (a PDF reader on Windows) is reported as
in use, not as read-only.
"""

from __future__ import annotations

import errno
import os
import uuid
from contextlib import suppress
from pathlib import Path

from app.core.errors import StorageError
from app.core.files import Replace, is_in_use, replace_file

_REASONS = {
    errno.ENOSPC: "report_disk_full",
    errno.EDQUOT: "report_disk_full",
    errno.EROFS: "report_read_only",
    errno.EACCES: "report_read_only",
    errno.EPERM: "report_read_only",
    errno.ENOENT: "report_no_folder",
    errno.ENOTDIR: "report_no_folder",
}


def write_pdf(path: Path | str, content: bytes, *, replace: Replace = replace_file) -> Path:
    """Put `content` at `path` all at once; raises `StorageError` (nothing written) when the disk refuses."""
    target = Path(path)
    temporary = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.part")
    try:
        # os.open with 0o666 lets the user's umask decide the final permissions, as for any new file.
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    except OSError as error:
        raise _storage_error(error, target) from None
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        replace(temporary, target)
    except BaseException as error:
        with suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, OSError):
            raise _storage_error(error, target) from None
        raise
    _sync_folder(target.parent)
    return target


def _storage_error(error: OSError, target: Path) -> StorageError:
    if is_in_use(error):
        return StorageError("report_file_in_use", path=str(target))
    code = _REASONS.get(error.errno or 0)
    if code is not None:
        return StorageError(code, path=str(target))
    return StorageError("report_write_failed", path=str(target), detail=error.strerror or str(error))


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); where folders cannot be opened (Windows) there is nothing to do."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
