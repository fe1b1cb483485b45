"""One sync with the organisation's server: push, pull, or both (push first: what this laptop wrote is safe on the
server before anything is merged here), with progress, cancellation and a summary. Used by `taawun sync
push|pull|now` and by the window's worker (never on the window's thread).

In an organisation the laptop's keys are needed (its passphrase): documents are sealed and opened with the
organisation's content keys, versions are signed before they leave (as for a sealed export), and a coordinator's
forms in use are approved in the member list first, as an export does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.core.errors import InvalidInput
from app.core.settings import Settings
from app.db.store import Store
from app.security.form_approval import approve_forms_in_use
from app.security.organisation import Unlocked
from app.security.sealed import membership
from app.security.version_signing import sign_pending
from app.sync.server.couch import CouchClient
from app.sync.server.credentials import saved_address
from app.sync.server.envelope import Envelope, PlainEnvelope, SealedEnvelope
from app.sync.server.pull import PullSummary, pull
from app.sync.server.push import PushSummary, push
from app.sync.server.state import SyncState

Progress = Callable[[str, int, int], None]  # (stage "push" | "pull", done, total)


@dataclass(frozen=True)
class SyncOutcome:
    pushed: PushSummary | None = None
    pulled: PullSummary | None = None

    @property
    def refused(self) -> int:
        return 0 if self.pulled is None else sum(1 for o in self.pulled.outcomes if not o.merged)

    @property
    def bug(self) -> bool:
        return self.pulled is not None and any(o.bug for o in self.pulled.outcomes)


def client_from_settings(settings: Settings, *, cancelled: Callable[[], bool] | None = None) -> CouchClient:
    """A client for the server named in the settings, with the password kept for it; `InvalidInput` when no
    server is set."""
    address = saved_address(settings)
    if address is None:
        raise InvalidInput("server_not_set")
    return CouchClient(address, cancelled=cancelled)


def _push(store: Store, client: Any, envelope: Envelope, state: SyncState, held: Any, keys: Unlocked | None,
          progress: Progress | None, cancelled: Callable[[], bool]) -> PushSummary:  # fmt: skip
    if keys is not None and held is not None:
        if keys.organisation is not None:
            approve_forms_in_use(store, keys)
        sign_pending(store, keys.laptop)  # no version leaves this laptop unsigned
    return push(store, client, envelope, state, cancelled=cancelled,
                member_list="" if held is None else held.members.text(),
                progress=None if progress is None else lambda d, t: progress("push", d, t))  # fmt: skip


def _conflicts_held(store: Store) -> tuple[Any, ...]:
    """The conflicts this laptop holds, and how many are resolved: what a merge found or resolved here."""
    return tuple(store.conn.execute("SELECT count(*), count(resolved_hlc) FROM conflicts").fetchone())


def _added(first: PushSummary, second: PushSummary) -> PushSummary:
    sent = {kind: first.sent.get(kind, 0) + second.sent.get(kind, 0) for kind in {*first.sent, *second.sent}}
    return PushSummary(sent, first.already + second.already, first.records + second.records,
                       first.pushes + second.pushes, first.bytes_sent + second.bytes_sent)  # fmt: skip


def sync_with_server(store: Store, client: Any, *, server: str, keys: Unlocked | None, send: bool = True,
                     receive: bool = True, everything: bool = False, progress: Progress | None = None,
                     cancelled: Callable[[], bool] = lambda: False) -> SyncOutcome:  # fmt: skip
    """Push and/or pull (see the module's text). `client`: an `app.sync.server.couch.CouchClient` (or a stand-in
    with its methods); `server`: its address as shown in the log; `everything`: ignore what this laptop knows the
    server holds (push: ask about every document; pull: read the whole feed). Raises `ServerError` (the server or
    the connection), `InvalidInput` (keys missing in an organisation), `StorageError` (this laptop)."""
    held = membership(store)
    if held is not None and keys is None:
        raise InvalidInput("sealed_export_needs_passphrase")
    client.check_design()  # refuse to write to a database that does not refuse changes to versions
    state = SyncState.open(store.path, server, store.device_id)
    try:
        if everything:
            state.forget()
        envelope: Envelope
        if held is None or keys is None:
            envelope = PlainEnvelope()
        else:
            envelope = SealedEnvelope(keys, held.members, client, push_key=state.push_key())
            state.set_push_key(envelope.push_key)
        pushed = pulled = None
        if send:
            pushed = _push(store, client, envelope, state, held, keys, progress, cancelled)
        if receive:
            conflicts_before = _conflicts_held(store)
            pulled = pull(store, client, envelope, state, server=server, keys=keys, from_start=everything,
                          cancelled=cancelled,
                          progress=None if progress is None else lambda d, t: progress("pull", d, t))  # fmt: skip
            if send and (pulled.followed or _conflicts_held(store) != conflicts_before):
                # What the merges found or wrote here (conflicts, records following a join) goes to the server
                # now, not at the next sync: the others learn it one exchange sooner. (What they brought from
                # others is on the server already: no second push for it.)
                again = _push(store, client, envelope, state, held, keys, progress, cancelled)
                pushed = again if pushed is None else _added(pushed, again)
        return SyncOutcome(pushed, pulled)
    finally:
        state.close()
