"""Sealed files (docs/security.md, "Sealed files"): a package or a backup that only the organisation's laptops can
read, and that they accept only from a member laptop, whole and unchanged.

A sealed file is three parts, one after the other:

1. a clear header line, `TAAWUN-SEALED 1 ` and a JSON object (the organisation's id, the sending laptop's id, the
   kind of file, its sequence number, the time), ended by a newline: enough to say "sealed, from laptop X" without
   any key, nothing about the records;
2. age's encryption, to every member laptop of the sender's list, of: the member list (its length in 8 bytes, then
   its text) and the payload file's bytes. age authenticates each 64 KiB chunk and marks the last one, so a
   flipped bit, a truncation or swapped chunks fail to decrypt;
3. a trailer, `TRAILER_MARK` and the sender's Ed25519 signature of `SIGNED_PREFIX` + the SHA-256 of parts 1 and
   2: the header cannot be changed (a sequence number lowered, another sender named), and only the laptop named
   in it could have made the file.

Everything is streamed (age reads and writes 8 KiB at a time): a payload of gigabytes never sits in memory. The
plaintext of an opened file is written only where the caller says (the application's temporary folder,
`app/security/placing.py`) and removed by `open_sealed` itself when the file is refused.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import secrets
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import pyrage

from app.core.clock import now_text
from app.core.errors import InvalidInput, PackageRejected, StorageError, TaawunError
from app.db.store import Store
from app.security import keys as key_texts
from app.security import organisation
from app.security.member_list import LIST_BYTES_MAX, Laptop, MemberList, canonical, read_list
from app.security.organisation import Unlocked

FORMAT_LINE = b"TAAWUN-SEALED 1 "
HEADER_MAX = 4096  # the header line's bytes at most (it is about 200)
TRAILER_MARK = b"\nTAAWUN-SIGNATURE 1 "
TRAILER_BYTES = len(TRAILER_MARK) + key_texts.SIGNATURE_BYTES
# What the sender signs starts with this: a signature of a file can never pass for a signature of anything else
# the same key signs (versions, app/security/version_signing.py).
SIGNED_PREFIX = b"taawun sealed file 1\x00"
LENGTH_BYTES = 8  # the member list's length, before it, big-endian
KINDS = ("package", "backup")
_HEADER_KEYS = {"org", "laptop", "kind", "sequence", "time"}
_ORG_ID = re.compile(r"[0-9a-f]{32}\Z")
_LAPTOP_ID = re.compile(r"[!-~]{1,64}\Z")  # a device id, as app/security/member_list.py reads one
_TIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]{8,15}(Z|[+-][0-9]{2}:[0-9]{2})\Z")


@dataclass(frozen=True)
class SealedHeader:
    org: str
    laptop: str  # the sending laptop's id
    kind: str  # "package" or "backup"
    sequence: int  # the sender's count of files sealed: each greater than the last
    time: str

    def line(self) -> bytes:
        return FORMAT_LINE + canonical({key: getattr(self, key) for key in sorted(_HEADER_KEYS)}) + b"\n"


@dataclass(frozen=True)
class Sealed:
    """What `write_sealed` wrote: its header, and the SHA-256 of every byte it wrote (to compare with what the
    medium gives back)."""

    header: SealedHeader
    written_digest: bytes
    size: int


@dataclass(frozen=True)
class Opened:
    """A sealed file opened, checked, and its payload in `path` (the caller removes it when done)."""

    path: Path
    sender: Laptop
    sequence: int
    kind: str
    members: MemberList  # the list the file was checked against: the newer of the held one and the file's


def membership(store: Store) -> organisation.Organisation | None:
    """This laptop's organisation (`organisation.load`), or None; None too for a database of a schema before the
    `organisation` table (migration 7): the tests' stand-ins of earlier releases run this code on one."""
    found = store.conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'organisation'")
    return organisation.load(store) if found.fetchone() is not None else None


# --- writing ------------------------------------------------------------------------------------------------------


class _Hashing:
    """A writer that hashes what passes through it; an error of the medium is kept (age wraps it in its own)."""

    def __init__(self, out: BinaryIO) -> None:
        self.out, self.digest, self.size = out, hashlib.sha256(), 0
        self.error: OSError | None = None

    def write(self, data: bytes) -> int:
        try:
            self.out.write(data)
        except OSError as error:
            self.error = error
            raise
        self.digest.update(data)
        self.size += len(data)
        return len(data)


class _Chain:
    """A reader of some bytes, then of a file: the plaintext that age encrypts, never whole in memory."""

    def __init__(self, first: bytes, then: BinaryIO) -> None:
        self.first, self.then = memoryview(first), then
        self.error: OSError | None = None

    def read(self, size: int = -1) -> bytes:
        if self.first:
            size = len(self.first) if size < 0 else size
            part, self.first = bytes(self.first[:size]), self.first[size:]
            return part
        try:
            return self.then.read(size)
        except OSError as error:
            self.error = error
            raise


def write_sealed(store: Store, keys: Unlocked, payload: Path, out: BinaryIO, *, kind: str) -> Sealed:
    """Seal the file `payload` into `out` for the members of this laptop's organisation (see the module's text).
    Raises InvalidInput when the laptop is in no organisation, OSError when `payload` or `out` fails."""
    if kind not in KINDS:
        raise ValueError(kind)
    held = membership(store)
    if held is None:
        raise InvalidInput("sealed_no_organisation_here")
    with store.transaction():  # a number used once, even if the writing then fails
        sequence = organisation.next_sequence(store)
    header = SealedHeader(held.members.org, keys.laptop.laptop, kind, sequence, now_text())
    recipients = [pyrage.x25519.Recipient.from_str(laptop.box) for laptop in held.members.members()]
    listed = held.members.text().encode("utf-8")
    writer = _Hashing(out)
    writer.write(header.line())
    with payload.open("rb") as source:
        reader = _Chain(len(listed).to_bytes(LENGTH_BYTES, "big") + listed, source)
        try:
            pyrage.encrypt_io(reader, writer, recipients)
        except pyrage.EncryptError:
            raise writer.error or reader.error or OSError(f"age: {payload}") from None
    signature = keys.laptop.sign(SIGNED_PREFIX + writer.digest.digest())
    writer.write(TRAILER_MARK + signature)
    return Sealed(header, writer.digest.digest(), writer.size)


# --- reading ------------------------------------------------------------------------------------------------------


def is_sealed(path: Path | str) -> bool:
    """Does the file start as a sealed file does? (False for a file that cannot be read: its reader says why.)"""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):  # a FIFO would block the read: the package checks refuse it
            return False
        with Path(path).open("rb") as handle:
            return handle.read(len(FORMAT_LINE)) == FORMAT_LINE
    except OSError:
        return False


def read_header(path: Path | str) -> SealedHeader:
    """The clear header of a sealed file (no key needed); PackageRejected when it is not one."""
    return _header(Path(path))[0]


def _header(path: Path) -> tuple[SealedHeader, bytes]:
    shown = str(path)
    try:
        with path.open("rb") as handle:
            start = handle.read(HEADER_MAX)
    except OSError as error:
        raise PackageRejected("db_unreadable", path=shown, detail=error.strerror or str(error)) from None
    line, newline, _ = start.partition(b"\n")
    if not line.startswith(FORMAT_LINE) or not newline:
        raise PackageRejected("sealed_header_invalid", path=shown)
    try:
        found: Any = json.loads(line[len(FORMAT_LINE) :].decode("utf-8"))
    except (ValueError, RecursionError):
        raise PackageRejected("sealed_header_invalid", path=shown) from None
    if not isinstance(found, dict) or set(found) != _HEADER_KEYS:
        raise PackageRejected("sealed_header_invalid", path=shown)
    sequence = found["sequence"]
    values_fit = (
        _fits(found["org"], _ORG_ID) and _fits(found["laptop"], _LAPTOP_ID) and _fits(found["time"], _TIME)
        and found["kind"] in KINDS and type(sequence) is int and 1 <= sequence < 2**53
    )  # fmt: skip
    if not values_fit:
        raise PackageRejected("sealed_header_invalid", path=shown)
    header = SealedHeader(found["org"], found["laptop"], found["kind"], sequence, found["time"])
    return header, line + newline


def _fits(value: Any, pattern: re.Pattern[str]) -> bool:
    return isinstance(value, str) and pattern.match(value) is not None


class _Slice:
    """The ciphertext: `length` bytes of `source` from where it stands, hashed as age reads them."""

    def __init__(self, source: BinaryIO, length: int, digest: Any) -> None:
        self.source, self.left, self.digest = source, length, digest
        self.error: OSError | None = None

    def read(self, size: int = -1) -> bytes:
        size = self.left if size < 0 else min(size, self.left)
        try:
            data = self.source.read(size)
        except OSError as error:
            self.error = error
            raise
        self.left -= len(data)
        self.digest.update(data)
        return data


class _Unpacker:
    """Where age writes the plaintext: the member list (its length, then its text) kept aside, in memory (2 MB at
    most), the rest into the payload file."""

    def __init__(self, target: BinaryIO) -> None:
        self.target, self.start, self.length = target, bytearray(), -1
        self.error: OSError | None = None

    def write(self, data: bytes) -> int:
        taken = len(data)
        if self.length < 0 or len(self.start) < LENGTH_BYTES + self.length:
            self.start += data
            if self.length < 0 and len(self.start) >= LENGTH_BYTES:
                self.length = int.from_bytes(self.start[:LENGTH_BYTES], "big")
                if self.length > LIST_BYTES_MAX:
                    raise PackageRejected("org_list_invalid", what="size")
            end = LENGTH_BYTES + self.length
            if self.length < 0 or len(self.start) <= end:
                return taken
            data, self.start = bytes(self.start[end:]), self.start[:end]
        try:
            self.target.write(data)
        except OSError as error:
            self.error = error
            raise
        return taken

    def listed(self) -> bytes | None:
        """The member list's text, or None when the plaintext ended before it did."""
        if self.length < 0 or len(self.start) < LENGTH_BYTES + self.length:
            return None
        return bytes(self.start[LENGTH_BYTES:])


def open_sealed(store: Store, path: Path | str, keys: Unlocked, *, into: Path, kind: str = "package") -> Opened:
    """Open the sealed file at `path` with this laptop's keys: its payload decrypted into a new file in the folder
    `into`, once everything is checked (see docs/security.md). Refused with PackageRejected (the plaintext removed)
    when the file is damaged or changed, of another organisation or kind, not sealed for this laptop, from a laptop
    unknown or removed, or a replay of a file from its laptop already merged (packages only). A newer member list
    inside, signed by the organisation's key, is adopted once the file is found genuine. Nothing else is written."""
    path = Path(path)
    shown = str(path)
    header, line = _header(path)
    held = membership(store)
    if held is None:
        raise PackageRejected("sealed_no_organisation", path=shown)
    if header.org != held.members.org:
        raise PackageRejected("sealed_other_organisation", path=shown)
    if header.kind != kind:
        raise PackageRejected(f"sealed_is_{header.kind}", path=shown)
    if kind == "package":  # the clear header suffices to refuse it; it is signed, checked below with the rest
        refuse_replay(store.conn, header, held.members, shown)
    plain = into / f"opening-{secrets.token_hex(6)}.taawun"
    try:
        listed, digest, signature = _decrypt(path, line, plain, keys, held.members, header)
        offered = read_list(listed)
        if offered.org != held.members.org or offered.org_key != held.members.org_key:
            raise PackageRejected("sealed_other_organisation", path=shown)
        members = offered if offered.succeeds(held.members) else held.members
        sender = members.laptop(header.laptop)
        if sender is None:
            raise PackageRejected("sealed_unknown_sender", path=shown, laptop=header.laptop)
        if sender.removed:
            raise PackageRejected("sealed_removed_sender", path=shown, laptop=sender.name,
                                  removed=sender.removed_at or "")  # fmt: skip
        if not key_texts.verify(sender.sign, signature, SIGNED_PREFIX + digest):
            raise PackageRejected("sealed_signature_invalid", path=shown, laptop=sender.name)
        if members is offered:
            with store.transaction():
                organisation.adopt(store, offered)
    except BaseException:
        remove_plaintext(plain)
        raise
    return Opened(plain, sender, header.sequence, header.kind, members)


def _decrypt(path: Path, line: bytes, plain: Path, keys: Unlocked, held: MemberList,
             header: SealedHeader) -> tuple[bytes, bytes, bytes]:  # fmt: skip
    """Decrypt the file's middle part into `plain`: the member list's text, the digest the sender signed, and the
    signature in the trailer."""
    shown = str(path)
    digest = hashlib.sha256(line)
    try:
        target = plain.open("xb", buffering=0)  # unbuffered: a full disk is reported by the write that meets it
    except OSError as error:
        raise _temporary_failed(plain, error) from None
    try:
        with target, path.open("rb") as source:
            cipher_bytes = os.fstat(source.fileno()).st_size - len(line) - TRAILER_BYTES
            if cipher_bytes <= 0:
                raise PackageRejected("sealed_damaged", path=shown)
            source.seek(len(line))
            reader, writer = _Slice(source, cipher_bytes, digest), _Unpacker(target)
            try:
                pyrage.decrypt_io(reader, writer, [keys.laptop.identity])
            except (pyrage.DecryptError, OSError):
                if writer.error is not None:  # the temporary folder, on this laptop: full, or not writable
                    raise _temporary_failed(plain, writer.error) from None
                if reader.error is not None:
                    raise reader.error from None
                # age says "no matching keys" both for a file not sealed for this laptop and for a damaged age
                # header: a file whole and signed by its sender was simply not sealed for this laptop.
                if _genuine(path, line, cipher_bytes, held, header):
                    raise PackageRejected("sealed_not_for_this_laptop", path=shown) from None
                raise PackageRejected("sealed_damaged", path=shown) from None
            trailer = source.read(TRAILER_BYTES)
    except OSError as error:  # the stick: pulled, or failing
        raise PackageRejected("sync_file_unreadable", path=shown,
                              cause=TaawunError("unreadable_value", detail=error.strerror or str(error))) from None  # fmt: skip
    listed = writer.listed()
    if reader.left or listed is None or len(trailer) != TRAILER_BYTES or not trailer.startswith(TRAILER_MARK):
        raise PackageRejected("sealed_damaged", path=shown)
    return listed, digest.digest(), trailer[len(TRAILER_MARK) :]


def _temporary_failed(plain: Path, error: OSError) -> StorageError:
    return StorageError("sealed_temporary_failed", path=str(plain.parent), detail=error.strerror or str(error))


def _genuine(path: Path, line: bytes, cipher_bytes: int, held: MemberList, header: SealedHeader) -> bool:
    """Is the file whole and signed by its sender, as far as this laptop's list knows the sender? Asked when age
    cannot decrypt it: a file not sealed for this laptop, or one damaged (then this is false)."""
    sender = held.laptop(header.laptop)
    if sender is None:
        return False
    digest = hashlib.sha256(line)
    try:
        with path.open("rb") as source:
            source.seek(len(line))
            left = cipher_bytes
            while left:
                data = source.read(min(left, 1 << 20))
                if not data:
                    return False
                digest.update(data)
                left -= len(data)
            trailer = source.read(TRAILER_BYTES)
    except OSError:
        return False
    if len(trailer) != TRAILER_BYTES or not trailer.startswith(TRAILER_MARK):
        return False
    return key_texts.verify(sender.sign, trailer[len(TRAILER_MARK) :], SIGNED_PREFIX + digest.digest())


def remove_plaintext(path: Path) -> None:
    """Remove an opened file's plaintext (and what SQLite may have left beside it)."""
    for side in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            Path(str(path) + side).unlink(missing_ok=True)


# --- replays ------------------------------------------------------------------------------------------------------


def last_merged_sequence(conn: sqlite3.Connection, laptop: str) -> int:
    """The number of the last sealed package merged here from `laptop` (0: none yet)."""
    row = conn.execute("SELECT sequence FROM sealed_seen WHERE laptop = ?", (laptop,)).fetchone()
    return 0 if row is None else int(row[0])


def refuse_replay(conn: sqlite3.Connection, header: SealedHeader, members: MemberList, shown: str) -> None:
    """PackageRejected `sealed_replayed` when a file of the same laptop with this number or a greater one was
    merged already: this one is an old copy (a full export holds everything an earlier one held)."""
    seen = last_merged_sequence(conn, header.laptop)
    if header.sequence <= seen:
        laptop = members.laptop(header.laptop)
        raise PackageRejected("sealed_replayed", path=shown, laptop=header.laptop if laptop is None else laptop.name,
                              sequence=header.sequence, seen=seen)  # fmt: skip


def record_merged(conn: sqlite3.Connection, opened: Opened, shown: str) -> None:
    """Inside the merge's transaction: the file's number is the last merged from its laptop, so that this file or
    an older one is refused from now on. Checked again here: two merges of one file at the same time."""
    header = SealedHeader("", opened.sender.id, opened.kind, opened.sequence, "")
    refuse_replay(conn, header, opened.members, shown)
    conn.execute(
        "INSERT INTO sealed_seen (laptop, sequence, merged_at) VALUES (?, ?, ?) ON CONFLICT (laptop) DO UPDATE"
        " SET sequence = excluded.sequence, merged_at = excluded.merged_at",
        (opened.sender.id, opened.sequence, now_text()),
    )
