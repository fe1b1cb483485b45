"""What the server stores of a document's body: the body itself, or, in an organisation, the body sealed so that
only the organisation's laptops can read it (end to end: the server stores what it cannot read).

A laptop of no organisation uses `PlainEnvelope`: bodies as they are (the server's users and passwords are the only
protection; docs/server.md says so).

In an organisation (`SealedEnvelope`), each body is encrypted with a content key (AES-256-GCM, a random nonce, the
document's id as associated data: a body moved under another id does not open). A content key is random, made by
the first laptop that pushes under a member list, and reaches each member as a `key:<key>:<laptop>` document: the
key sealed with age to that one laptop's recipient (`Laptop.box`), signed by the laptop that made the document. A
laptop that holds a key passes it on to members that have no document for it yet (a laptop that joined later then
reads what was pushed before it came); a new list (a laptop removed) makes the next push use a new key, which the
removed laptop never receives. Push documents are also signed by the laptop that pushed them (checked against the
member list on every laptop): versions carry their own signatures (app/security/version_signing.py), and the
conflicts and marks a push brings are vouched for by this one.
"""

from __future__ import annotations

import base64
import binascii
import functools
import json
import os
import secrets
from typing import Any, Protocol

import pyrage
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.core.errors import PackageRejected
from app.security import keys as key_texts
from app.security.member_list import MemberList
from app.security.organisation import Unlocked
from app.sync.server.branches import first_genuine
from app.sync.server.documents import canonical, malformed, revision

KEY_BYTES = 32
NONCE_BYTES = 12
_PUSH_SIGNED_PREFIX = b"taawun server push 1\x00"
_KEY_SIGNED_PREFIX = b"taawun server key 1\x00"


class KeyServer(Protocol):
    """What the sealed envelope reads from the server: documents by id, and the ids of the key documents."""

    def get_docs(self, ids: list[str]) -> dict[str, dict[str, Any]]: ...
    def get_revision(self, doc_id: str, rev: str) -> dict[str, Any] | None: ...
    def ids_starting(self, prefix: str) -> list[str]: ...


class Envelope(Protocol):
    def seal(self, doc_id: str, body: dict[str, Any]) -> dict[str, Any]: ...
    def open(self, doc_id: str, stored: dict[str, Any]) -> dict[str, Any]: ...
    def seal_bytes(self, doc_id: str, content: bytes) -> bytes: ...
    def open_bytes(self, doc_id: str, content: bytes) -> bytes: ...
    def key_documents(self) -> list[tuple[str, str, dict[str, Any]]]: ...


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(doc_id: str, value: Any) -> bytes:
    if not isinstance(value, str):
        raise malformed(doc_id, "its sealed part")
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise malformed(doc_id, "its sealed part") from None


def stored_body(stored: dict[str, Any]) -> dict[str, Any]:
    """A document as read from the server, without CouchDB's own members (`_id`, `_rev`, `_attachments`…)."""
    return {key: value for key, value in stored.items() if not key.startswith("_")}


class PlainEnvelope:
    """A laptop of no organisation: bodies as they are."""

    def seal(self, doc_id: str, body: dict[str, Any]) -> dict[str, Any]:
        return body

    def open(self, doc_id: str, stored: dict[str, Any]) -> dict[str, Any]:
        body = stored_body(stored)
        if "sealed" in body:
            raise PackageRejected("server_sealed_needs_organisation", document=doc_id[:120])
        return body

    def seal_bytes(self, doc_id: str, content: bytes) -> bytes:
        return content

    def open_bytes(self, doc_id: str, content: bytes) -> bytes:
        return content

    def key_documents(self) -> list[tuple[str, str, dict[str, Any]]]:
        return []


class SealedEnvelope:
    """A laptop of an organisation (see the module's text). `server` reads the key documents."""

    def __init__(self, keys: Unlocked, members: MemberList, server: KeyServer, *,
                 push_key: tuple[str, int] | None = None):  # fmt: skip
        self._keys = keys
        self._members = members
        self._server = server
        self._known: dict[str, bytes] = {}  # key id -> content key, once opened
        self._new_key_documents: list[tuple[str, str, dict[str, Any]]] = []
        self.push_key_id = self._push_key(push_key)

    # --- keys ---------------------------------------------------------------------------------------------------

    def _push_key(self, held: tuple[str, int] | None) -> str:
        """The key this laptop seals with: the one it made or used under the current list, if it can still open it;
        else a new one, sealed to every member."""
        if held is not None and held[1] == self._members.serial:
            try:
                self._key(held[0], "key")
                return held[0]
            except PackageRejected:
                pass  # its document is missing or unreadable: a new key
        key_id = secrets.token_hex(16)
        self._known[key_id] = os.urandom(KEY_BYTES)
        self._new_key_documents.extend(self._wrapped(key_id, laptop) for laptop in self._members.members())
        return key_id

    @property
    def push_key(self) -> tuple[str, int]:
        """What to remember to seal with next time (the key's id and the list's serial)."""
        return self.push_key_id, self._members.serial

    def _wrapped(self, key_id: str, laptop: Any) -> tuple[str, str, dict[str, Any]]:
        doc_id = f"key:{key_id}:{laptop.id}"
        recipient = pyrage.x25519.Recipient.from_str(laptop.box)
        sealed = pyrage.encrypt(self._known[key_id], [recipient])
        signed = _KEY_SIGNED_PREFIX + doc_id.encode("utf-8") + b"\x00" + sealed
        body = {"t": "key", "by": self._keys.laptop.laptop, "sealed": _b64(sealed),
                "sig": _b64(self._keys.laptop.sign(signed))}  # fmt: skip
        # The revision names the document alone: two laptops passing the same key to the same laptop write one.
        return doc_id, revision(doc_id, doc_id), body

    def key_documents(self) -> list[tuple[str, str, dict[str, Any]]]:
        """Key documents to push: new keys, and every key sealed to this laptop on the server passed on to the
        members that have none for it (a laptop that joined later then reads what was pushed before it came)."""
        present = set(self._server.ids_starting("key:"))
        own = f":{self._keys.laptop.laptop}"
        for doc_id in sorted(present):
            key_id = doc_id[len("key:") :].rsplit(":", 1)[0]
            if doc_id.endswith(own) and key_id not in self._known:
                try:
                    self._key(key_id, doc_id)
                except PackageRejected:
                    continue  # not genuine: never passed on (a pull names it when a document needs it)
        documents = list(self._new_key_documents)
        for key_id in self._known:
            documents.extend(self._wrapped(key_id, laptop) for laptop in self._members.members()
                             if f"key:{key_id}:{laptop.id}" not in present)  # fmt: skip
        unique = {doc_id: (doc_id, rev, body) for doc_id, rev, body in documents}
        return list(unique.values())

    def _key(self, key_id: str, doc_id: str) -> bytes:
        if key_id in self._known:
            return self._known[key_id]
        own = f"key:{key_id}:{self._keys.laptop.laptop}"
        stored = self._server.get_docs([own]).get(own) if all(c.isalnum() for c in key_id) else None
        if stored is None:
            raise PackageRejected("server_key_missing", document=doc_id[:120])
        content_key = first_genuine(self._server, own, stored, functools.partial(self._opened_key, own))
        self._known[key_id] = content_key
        return content_key

    def _opened_key(self, own: str, stored: dict[str, Any]) -> bytes:
        """The content key a key document seals to this laptop, its signature checked."""
        body = stored_body(stored)
        sealed = _unb64(own, body.get("sealed"))
        signature = _unb64(own, body.get("sig"))
        signer = self._members.laptop(str(body.get("by")))
        signed = _KEY_SIGNED_PREFIX + own.encode("utf-8") + b"\x00" + sealed
        if signer is None or not key_texts.verify(signer.sign, signature, signed):
            raise PackageRejected("server_key_not_genuine", document=own[:120])
        try:
            content_key = pyrage.decrypt(sealed, [self._keys.laptop.identity])
        except pyrage.DecryptError:
            raise PackageRejected("server_key_not_genuine", document=own[:120]) from None
        if len(content_key) != KEY_BYTES:
            raise PackageRejected("server_key_not_genuine", document=own[:120])
        return content_key

    # --- bodies -------------------------------------------------------------------------------------------------

    def seal(self, doc_id: str, body: dict[str, Any]) -> dict[str, Any]:
        plain = canonical(body)
        if body.get("t") == "push":  # vouched for by the laptop that pushes it
            signature = self._keys.laptop.sign(_PUSH_SIGNED_PREFIX + doc_id.encode("utf-8") + b"\x00" + plain)
            plain = canonical({"body": body, "by": self._keys.laptop.laptop, "sig": _b64(signature)})
        return {"sealed": self._encrypt(doc_id, plain)}

    def open(self, doc_id: str, stored: dict[str, Any]) -> dict[str, Any]:
        sealed = stored_body(stored).get("sealed")
        if not isinstance(sealed, dict):
            raise PackageRejected("server_plain_refused", document=doc_id[:120])
        plain = self._decrypt(doc_id, sealed)
        try:
            body = json.loads(plain)
        except ValueError:
            raise malformed(doc_id, "its sealed part") from None
        if not doc_id.startswith("push:"):
            return body if isinstance(body, dict) else {}
        if not isinstance(body, dict) or not isinstance(body.get("body"), dict):
            raise malformed(doc_id, "its signature")
        signer = self._members.laptop(str(body.get("by")))
        signed = _PUSH_SIGNED_PREFIX + doc_id.encode("utf-8") + b"\x00" + canonical(body["body"])
        if signer is None or not key_texts.verify(signer.sign, _unb64(doc_id, body.get("sig")), signed):
            raise PackageRejected("server_push_not_genuine", document=doc_id[:120])
        if signer.removed:
            raise PackageRejected("server_push_removed_laptop", document=doc_id[:120], laptop=signer.name)
        if body["body"].get("device") != signer.id:
            raise PackageRejected("server_push_not_genuine", document=doc_id[:120])
        return dict(body["body"])

    def seal_bytes(self, doc_id: str, content: bytes) -> bytes:
        key = self._known[self.push_key_id]
        nonce = os.urandom(NONCE_BYTES)
        return self.push_key_id.encode("ascii") + b":" + nonce + AESGCM(key).encrypt(nonce, content, doc_id.encode())

    def open_bytes(self, doc_id: str, content: bytes) -> bytes:
        key_id, colon, rest = content.partition(b":")
        if not colon or len(key_id) > 64 or len(rest) < NONCE_BYTES:
            raise malformed(doc_id, "its sealed attachment")
        key = self._key(key_id.decode("ascii", "replace"), doc_id)
        try:
            return AESGCM(key).decrypt(rest[:NONCE_BYTES], rest[NONCE_BYTES:], doc_id.encode())
        except InvalidTag:
            raise PackageRejected("server_document_not_genuine", document=doc_id[:120]) from None

    def _encrypt(self, doc_id: str, plain: bytes) -> dict[str, str]:
        key = self._known[self.push_key_id]
        nonce = os.urandom(NONCE_BYTES)
        cipher = AESGCM(key).encrypt(nonce, plain, doc_id.encode("utf-8"))
        return {"k": self.push_key_id, "n": _b64(nonce), "c": _b64(cipher)}

    def _decrypt(self, doc_id: str, sealed: dict[str, Any]) -> bytes:
        key_id = sealed.get("k")
        if not isinstance(key_id, str) or not 1 <= len(key_id) <= 64:
            raise malformed(doc_id, "its sealed part")
        key = self._key(key_id, doc_id)
        nonce, cipher = _unb64(doc_id, sealed.get("n")), _unb64(doc_id, sealed.get("c"))
        if len(nonce) != NONCE_BYTES:
            raise malformed(doc_id, "its sealed part")
        try:
            return AESGCM(key).decrypt(nonce, cipher, doc_id.encode("utf-8"))
        except InvalidTag:
            raise PackageRejected("server_document_not_genuine", document=doc_id[:120]) from None
