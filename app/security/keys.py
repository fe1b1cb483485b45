"""Keys: each laptop's (an Ed25519 signing key and an age X25519 identity) and the organisation's (Ed25519).

Private keys never leave this module as text except under a passphrase (`lock`: age's passphrase mode, scrypt)
or inside an invite (itself under a one-time code). Public keys travel as text: Ed25519 keys as base64 of their
32 raw bytes, age recipients as age writes them (`age1…`).
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

from app.core.errors import InvalidInput

SIGNATURE_BYTES = 64
PUBLIC_KEY_BYTES = 32


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def from_b64(text: str, *, length: int | None = None) -> bytes:
    """Base64 text as bytes; ValueError if it is not base64 (of `length` bytes when given)."""
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise ValueError("not base64") from None
    if length is not None and len(data) != length:
        raise ValueError(f"{len(data)} bytes instead of {length}")
    return data


def _private_bytes(key: Ed25519PrivateKey) -> bytes:
    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def public_text(key: Ed25519PrivateKey) -> str:
    return b64(key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))


def verify(public_key: str, signature: bytes, data: bytes) -> bool:
    """Does `signature` sign `data` with the Ed25519 key `public_key` (base64)? False for any malformed input."""
    try:
        Ed25519PublicKey.from_public_bytes(from_b64(public_key, length=PUBLIC_KEY_BYTES)).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


@dataclass(frozen=True)
class LaptopKeys:
    """One laptop's private keys: it signs versions and sealed files, and opens files sealed to it."""

    laptop: str  # the database's device id
    signing: Ed25519PrivateKey
    identity: pyrage.x25519.Identity

    @classmethod
    def generate(cls, laptop: str) -> LaptopKeys:
        return cls(laptop, Ed25519PrivateKey.generate(), pyrage.x25519.Identity.generate())

    @property
    def sign_public(self) -> str:
        return public_text(self.signing)

    @property
    def recipient(self) -> str:
        return str(self.identity.to_public())

    def sign(self, data: bytes) -> bytes:
        return self.signing.sign(data)

    def secret_text(self) -> str:
        return json.dumps({"laptop": self.laptop, "signing": b64(_private_bytes(self.signing)),
                           "identity": str(self.identity)})  # fmt: skip

    @classmethod
    def from_secret_text(cls, text: str) -> LaptopKeys:
        """Keys from `secret_text` (ValueError when the text is not that)."""
        try:
            found = json.loads(text)
            signing = Ed25519PrivateKey.from_private_bytes(from_b64(found["signing"], length=32))
            identity = pyrage.x25519.Identity.from_str(found["identity"])
            return cls(str(found["laptop"]), signing, identity)
        except (KeyError, TypeError, ValueError, pyrage.IdentityError) as error:
            raise ValueError(f"not a laptop's keys: {type(error).__name__}") from None


@dataclass(frozen=True)
class OrganisationKey:
    """The organisation's private key, held by coordinators: it signs member lists and form definitions."""

    signing: Ed25519PrivateKey

    @classmethod
    def generate(cls) -> OrganisationKey:
        return cls(Ed25519PrivateKey.generate())

    @property
    def public(self) -> str:
        return public_text(self.signing)

    def sign(self, data: bytes) -> bytes:
        return self.signing.sign(data)

    def secret_text(self) -> str:
        return json.dumps({"organisation": b64(_private_bytes(self.signing))})

    @classmethod
    def from_secret_text(cls, text: str) -> OrganisationKey:
        try:
            return cls(Ed25519PrivateKey.from_private_bytes(from_b64(json.loads(text)["organisation"], length=32)))
        except (KeyError, TypeError, ValueError) as error:
            raise ValueError(f"not an organisation's key: {type(error).__name__}") from None


def lock(secret: str, passphrase: str) -> str:
    """`secret` encrypted under `passphrase` (age's passphrase mode: scrypt, then ChaCha20-Poly1305), as base64."""
    if not passphrase:
        raise InvalidInput("org_passphrase_empty")
    return b64(pyrage.passphrase.encrypt(secret.encode("utf-8"), passphrase))


def unlock(locked: str, passphrase: str) -> str:
    """The secret `lock` kept; InvalidInput `org_wrong_passphrase` when the passphrase is not the one it was locked
    with (age cannot tell a wrong passphrase from damaged bytes: both say so)."""
    try:
        return pyrage.passphrase.decrypt(from_b64(locked), passphrase).decode("utf-8")
    except (pyrage.DecryptError, ValueError, UnicodeDecodeError):
        raise InvalidInput("org_wrong_passphrase") from None
