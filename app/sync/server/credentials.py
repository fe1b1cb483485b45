"""Where the server's password is kept: the system's credential store, else a file only this user can read.

The address and the user are settings (`Settings.server_url`, `server_user`); the password is not. It goes to the
system's credential store through `keyring` (Windows Credential Manager on the agents' laptops, the Keychain on a
Mac, the Secret Service on a Linux desktop), under the service "Taawun server" and the name `user@url`. Where no
usable store exists (keyring's `fail` or `null` backends, or a store that refuses), it goes to
`server-passwords.json` in the data folder, readable and writable by this user only (0600), and the window and the
command line say so plainly (`where_kept`): "kept in a file readable only by you, not in a credential store".
"""

from __future__ import annotations

import json
import os
import secrets
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
from keyring.backends import fail, null

from app.core import paths
from app.core.bounds import BoundExceeded, check_text
from app.core.errors import InvalidInput, TaawunError
from app.core.files import place_file
from app.core.settings import Settings
from app.sync.server.couch import ServerAddress

SERVICE = "Taawun server"
FILE_NAME = "server-passwords.json"


class PasswordNotSaved(TaawunError):
    """The password could not be kept (the credential store and the file both refused)."""

    exit_code = 3


def checked_user(name: str | None) -> str:
    """A user name as CouchDB and HTTP's basic authentication take it (the command line and the window): one line,
    no colon, no spaces around it; `InvalidInput` saying what is wrong otherwise."""
    if not name:
        raise InvalidInput("server_needs_user")
    try:
        check_text(name, limit=200, layout=False)
    except BoundExceeded:
        raise InvalidInput("server_bad_user", user=name) from None
    if ":" in name or name != name.strip():
        raise InvalidInput("server_bad_user", user=name)
    return name


def saved_address(settings: Settings) -> ServerAddress | None:
    """The server this laptop syncs with (`taawun sync server set`), with its kept password; None when no server
    is set. The password is "" when none is kept (the server then refuses the user, which says what to do)."""
    if not settings.server_url:
        return None
    password = load_password(settings.server_url, settings.server_user) if settings.server_user else None
    return ServerAddress(settings.server_url, settings.server_user, password or "")


def _name(url: str, user: str) -> str:
    return f"{user}@{url}"


def _store() -> keyring.backend.KeyringBackend | None:
    """The system's credential store, or None when there is no usable one."""
    try:
        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - a broken keyring configuration is "no store", never a crash
        return None
    if isinstance(backend, (fail.Keyring, null.Keyring)):
        return None
    return backend


def password_file() -> Path:
    return paths.data_dir() / FILE_NAME


def save_password(url: str, user: str, password: str) -> None:
    """Keep `password` for `user` on the server `url`: in the credential store, else in the file (see the module)."""
    backend = _store()
    if backend is not None:
        try:
            backend.set_password(SERVICE, _name(url, user), password)
        except keyring.errors.KeyringError:
            pass  # a locked or refusing store: the file
        else:
            _write_file({k: v for k, v in _read_file().items() if k != _name(url, user)})
            return
    passwords = _read_file()
    passwords[_name(url, user)] = password
    _write_file(passwords)


def load_password(url: str, user: str) -> str | None:
    """The password kept for `user` on `url`, from the store or the file; None when none is kept."""
    backend = _store()
    if backend is not None:
        try:
            found = backend.get_password(SERVICE, _name(url, user))
        except keyring.errors.KeyringError:
            found = None
        if found:
            return found
    return _read_file().get(_name(url, user))


def forget_password(url: str, user: str) -> None:
    """Remove the password kept for `user` on `url`, wherever it is (nothing kept: nothing to do)."""
    backend = _store()
    if backend is not None:
        try:
            backend.delete_password(SERVICE, _name(url, user))
        except keyring.errors.KeyringError:  # PasswordDeleteError: none there
            pass
    passwords = _read_file()
    if _name(url, user) in passwords:
        del passwords[_name(url, user)]
        _write_file(passwords)


def where_kept(url: str = "", user: str = "") -> str:
    """The message code saying where a password is (or would be) kept: `server_password_in_store`, or
    `server_password_in_file` (its parameter `path`: `password_file()`); with `url` and `user`, a password that
    sits in the file although a store exists (saved when the store refused) says the file."""
    if _store() is None or (url and _name(url, user) in _read_file()):
        return "server_password_in_file"
    return "server_password_in_store"


def _read_file() -> dict[str, str]:
    try:
        stored = json.loads(password_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(stored, dict):
        return {}
    return {str(k): v for k, v in stored.items() if isinstance(v, str)}


def _write_file(passwords: dict[str, str]) -> None:
    """Write the file readable by this user only (created 0600 before anything is written in it), replacing the
    previous one whole; no file when no password is left."""
    path = password_file()
    try:
        if not passwords:
            path.unlink(missing_ok=True)
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{FILE_NAME}.{secrets.token_hex(4)}.tmp")
        # 0o600 from its creation (write_atomically's files take the umask's permissions): never readable by others
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(descriptor, "w", encoding="utf-8") as file:
                json.dump(passwords, file)
                file.flush()
                os.fsync(file.fileno())
            place_file(temporary, path, flushed=True)  # the rename retried while an antivirus holds the file
        finally:
            temporary.unlink(missing_ok=True)
    except OSError as error:
        raise PasswordNotSaved("server_password_not_saved", path=str(path), detail=error.strerror or
                               type(error).__name__) from None  # fmt: skip
