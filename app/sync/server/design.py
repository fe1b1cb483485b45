"""The design document that makes the server keep what laptops send as it was sent, and `init_server`.

Taawun's documents are immutable versions: the server must never let anyone change or delete one, so that
CouchDB never has to choose between two contents of one document. `_design/taawun`'s `validate_doc_update`
refuses (CouchDB runs it for every write, replicated ones included; PouchDB Server too, see docs/server.md):
- any write over an existing, not deleted document (a new revision of a version) but the same revision again
  (a retried push: nothing changes),
- any revision beyond the first (`2-…`: an edit, whoever sends it),
- deletions,
- ids outside Taawun's kinds (`DOCUMENT_PREFIXES`),
- writes by anyone who is neither a server administrator, nor a database administrator, nor a member.
Only an administrator may change the design document itself (CouchDB's own rule).

`init_server` is the organisation's one step (`taawun sync server init URL --user ADMIN --member NAME…`): it
creates the database if missing, installs or updates the design document, and lets only the named members (and
administrators) read and write the database. Run again, it changes nothing that is already so (members are added
to those already there, never removed: removing a laptop's user is done on the server, docs/server.md).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

DESIGN_ID = "_design/taawun"
VERSION_FIELD = "taawun_design_version"
DESIGN_VERSION = 1  # raised when `VALIDATE` changes: laptops then refuse to push until `init` installed it
# The kinds of document a laptop writes (app/sync/server/documents.py): one place, read by the design document
DOCUMENT_PREFIXES = ("v:", "photo:", "form:", "batch:", "push:", "key:")

_VALIDATE = """function (newDoc, oldDoc, userCtx, secObj) {
  var roles = userCtx.roles || [];
  function isIn(group) {
    if (!group) { return false; }
    if ((group.names || []).indexOf(userCtx.name) !== -1) { return true; }
    return (group.roles || []).some(function (role) { return roles.indexOf(role) !== -1; });
  }
  var admin = roles.indexOf('_admin') !== -1 || isIn((secObj || {}).admins);
  var members = (secObj || {}).members;
  var hasMembers = members && ((members.names || []).length || (members.roles || []).length);
  if (!admin) {
    /* PouchDB Server gives an empty secObj to _bulk_docs, where its own _security check has already run */
    if (userCtx.name === null || (hasMembers && !isIn(members))) {
      throw({unauthorized: 'only the members of this database may write to it'});
    }
  }
  if (newDoc._deleted) {
    throw({forbidden: 'Taawun documents are never deleted'});
  }
  var prefixes = PREFIXES;
  var known = prefixes.some(function (prefix) { return newDoc._id.indexOf(prefix) === 0; });
  if (!known) {
    throw({forbidden: 'not a Taawun document id: ' + newDoc._id.substring(0, 80)});
  }
  if (oldDoc && !oldDoc._deleted && newDoc._rev && oldDoc._rev === newDoc._rev) {
    return; /* the same revision sent again (a retried push): stored once. PouchDB Server asks; CouchDB does not */
  }
  if ((oldDoc && !oldDoc._deleted) || (newDoc._rev && newDoc._rev.indexOf('1-') !== 0)) {
    throw({forbidden: 'Taawun documents are immutable versions: ' + newDoc._id.substring(0, 80)});
  }
}"""


def design_document() -> dict[str, Any]:
    """`_design/taawun` as it must be on the server (without `_rev`)."""
    validate = _VALIDATE.replace("PREFIXES", json.dumps(list(DOCUMENT_PREFIXES)))
    return {"_id": DESIGN_ID, "language": "javascript", VERSION_FIELD: DESIGN_VERSION, "validate_doc_update": validate}


@dataclass(frozen=True)
class Step:
    """One thing `init_server` found or did: a message code (app/core/messages/server.py) and its parameters."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)


def init_server(url: str, admin_user: str, admin_password: str, *, members: list[str] | tuple[str, ...] = (),
                timeout: float = 30.0) -> list[Step]:  # fmt: skip
    """Prepare the database `url` for Taawun with a server administrator's account (see the module's text).
    Idempotent. Returns the steps, in order. Raises `ServerError` (`server_not_admin` when the account is not a
    server administrator) or `InvalidInput` for a bad address."""
    from app.sync.server.couch import CouchClient, ServerAddress, ServerError

    address = ServerAddress(url, admin_user, admin_password)
    steps: list[Step] = []
    with CouchClient(address, timeout=timeout) as client:
        # The server's administrator, asked first: creating a database as anyone else is refused by CouchDB (and
        # PouchDB Server 4.2 even stops on it)
        session = client.call_server("GET", "/_session")
        roles = (session.get("userCtx") or {}).get("roles") if isinstance(session, dict) else None
        if not isinstance(roles, list) or "_admin" not in roles:
            raise ServerError("server_not_admin", url=address.root, user=admin_user)
        if client.call_server("GET", "/" + _quoted(address.database), missing_ok=True) is None:
            client.call_server("PUT", "/" + _quoted(address.database), accepted=(412,))  # 412: made meanwhile
            steps.append(Step("server_init_created", {"url": address.url}))
        else:
            steps.append(Step("server_init_existed", {"url": address.url}))
        wanted = design_document()
        found = client.call_server("GET", f"/{_quoted(address.database)}/{DESIGN_ID}", missing_ok=True)
        current = isinstance(found, dict) and all(found.get(k) == v for k, v in wanted.items())
        if current:
            steps.append(Step("server_init_design_current", {"version": DESIGN_VERSION}))
        else:
            if isinstance(found, dict) and isinstance(found.get("_rev"), str):
                wanted["_rev"] = found["_rev"]
            client.call_server("PUT", f"/{_quoted(address.database)}/{DESIGN_ID}", body=wanted)
            steps.append(Step("server_init_design_installed", {"version": DESIGN_VERSION}))
        security = client.call_server("GET", f"/{_quoted(address.database)}/_security")
        security = security if isinstance(security, dict) else {}
        names = sorted(set((security.get("members") or {}).get("names") or []) | set(members))
        # No member role: administrators only ("_admin", CouchDB 3's own default), never a database open to all
        member_roles = (security.get("members") or {}).get("roles") or ["_admin"]
        wanted_security = {"admins": security.get("admins") or {"names": [], "roles": ["_admin"]},
                           "members": {"names": names, "roles": member_roles}}  # fmt: skip
        if wanted_security != {k: security.get(k) for k in ("admins", "members")}:
            client.call_server("PUT", f"/{_quoted(address.database)}/_security", body={**security, **wanted_security})
        steps.append(Step("server_init_members", {"names": ", ".join(names)}) if names else
                     Step("server_init_no_members"))  # fmt: skip
    return steps


def _quoted(name: str) -> str:
    from urllib.parse import quote

    return quote(name, safe="")
