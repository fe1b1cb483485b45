"""Writing a finished PDF so that a failure never leaves a partial file (`app.core.files.write_atomically`: a
temporary file beside the target, pushed to the disk, then renamed over it in one step, retried while an antivirus
holds the file; on any failure the temporary file goes away). A target open in another program (a PDF reader on
Windows) is reported as in use, not as read-only.
"""

from __future__ import annotations

import errno
from pathlib import Path

from app.core.errors import StorageError
from app.core.files import Replace, is_in_use, replace_file, write_atomically

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
    try:
        return write_atomically(target, content, replace=replace)
    except OSError as error:
        raise _storage_error(error, target) from None


def _storage_error(error: OSError, target: Path) -> StorageError:
    if is_in_use(error):
        return StorageError("report_file_in_use", path=str(target))
    code = _REASONS.get(error.errno or 0)
    if code is not None:
        return StorageError(code, path=str(target))
    return StorageError("report_write_failed", path=str(target), detail=error.strerror or str(error))
