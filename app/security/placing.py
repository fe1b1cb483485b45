"""Where sealed files meet the disks: plaintext only in the application's temporary folder on this laptop, sealed
files put on a stick (or any folder) atomically.

- `plaintext_file(what)`: a new name in the temporary folder (`app.core.paths.temp_dir`), removed at the end of the
  block whatever happened. A plaintext a killed process left there (a power cut in the middle of a merge) is
  removed by the next one to use the folder once it is clearly abandoned (`STALE_AGE`): the laptop's own disk,
  where the database holds the same data anyway (docs/security.md, "Not protected").
- `seal_onto(store, keys, plaintext, final, kind=…)`: the plaintext sealed straight into a temporary name beside
  `final` (the stick never holds a byte of plaintext), pushed to the device, read back and compared with what was
  written, and only then renamed into place: a pulled stick never leaves a file that looks complete. Its temporary
  name has the form exports' leftovers are recognised by (`app.sync.export.remove_leftovers`).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
import time
from collections.abc import Iterator
from pathlib import Path

from app.core import paths
from app.core.errors import StorageError
from app.core.files import place_file
from app.db.store import Store
from app.security.member_list import MemberList
from app.security.organisation import Unlocked
from app.security.sealed import Sealed, remove_plaintext, write_sealed

# A plaintext untouched for this long belongs to no merge or export in progress (the window and the command line may
# both be at work): it is removed. Merging even a 2 GB package takes minutes, not hours.
STALE_AGE = 12 * 3600.0


def temporary_folder(*, now: float | None = None) -> Path:
    """The application's temporary folder, made if needed, with abandoned plaintext removed."""
    folder = paths.temp_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StorageError("sealed_temporary_failed", path=str(folder), detail=error.strerror or str(error)) from None
    now = time.time() if now is None else now
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            with contextlib.suppress(OSError):
                if entry.is_file(follow_symlinks=False) and now - entry.stat().st_mtime > STALE_AGE:
                    os.unlink(entry.path)
    return folder


@contextlib.contextmanager
def plaintext_file(what: str) -> Iterator[Path]:
    """A name for a plaintext file in the temporary folder (not created), removed when the block ends."""
    path = temporary_folder() / f"{what}-{secrets.token_hex(6)}.taawun"
    try:
        yield path
    finally:
        remove_plaintext(path)


def seal_onto(store: Store, keys: Unlocked, plaintext: Path, final: Path, *, kind: str) -> Sealed:
    """Seal `plaintext` into the file `final` (replacing it), atomically (see the module's text). Raises OSError
    from the medium (the caller names it in its own words), StorageError `sealed_unverified` when what the medium
    gives back is not what was written (the file is then removed)."""
    temporary = final.with_name(f".{final.name}.{secrets.token_hex(4)}.partial")
    try:
        with temporary.open("xb") as out:
            sealed = write_sealed(store, keys, plaintext, out, kind=kind)
            out.flush()
            os.fsync(out.fileno())
        if _digest(temporary) != sealed.written_digest:
            raise StorageError("sealed_unverified", path=str(final))
        place_file(temporary, final, flushed=True)  # retried while an antivirus looks at the new file
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)  # after a failure; after success it is already renamed
    return sealed


def sealed_size_bound(package_bound: int, members: MemberList) -> int:
    """At most the sealed file's size: the package, the member list inside, age's header (a stanza of about 100
    bytes per recipient) and 16 bytes per 64 KiB chunk, the clear header and the trailer."""
    return package_bound + len(members.text().encode("utf-8")) + 200 * (len(members.laptops) + 10) + (
        package_bound // 65536 + 1) * 16  # fmt: skip


def _digest(path: Path) -> bytes:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.digest()
