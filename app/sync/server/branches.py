"""The genuine revision of a document among the branches a server may hold of it.

Every Taawun document is immutable and its revision is derived from its content (app/sync/server/documents.py), so
a genuine document has exactly one revision. Apache CouchDB runs the design document's validation with the stored
document as `oldDoc` only along a branch: a document sent with another first revision of an existing id has no
common ancestor, is validated as a new document and kept as a *conflicting branch* beside the genuine one (docs/
server.md). CouchDB shows one branch, by a rule of its own (the greater revision string), which a forger can make
theirs. A laptop therefore reads the branch shown, and when the checks of its kind refuse it, the other branches
the server lists in `_conflicts`, one by one, and takes the first that passes: a forged branch can neither replace
a document nor block it. (PouchDB Server refuses such a branch outright.)

At most `BRANCHES_TRIED` branches are read: a server listing thousands would otherwise cost a request each.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from app.core.errors import PackageRejected

BRANCHES_TRIED = 8

T = TypeVar("T")


class BranchReader(Protocol):
    def get_revision(self, doc_id: str, rev: str) -> dict[str, Any] | None: ...


def first_genuine(server: BranchReader, doc_id: str, stored: dict[str, Any],
                  read: Callable[[dict[str, Any]], T]) -> T:  # fmt: skip
    """`read(document)` of the first branch of `doc_id` it accepts (`stored`, as the server shows it, first); when
    it refuses every branch (raising `PackageRejected`), the refusal of the branch shown."""
    try:
        return read(stored)
    except PackageRejected as refusal:
        shown = refusal
    others = [rev for rev in stored.get("_conflicts") or () if isinstance(rev, str) and rev != stored.get("_rev")]
    for rev in others[:BRANCHES_TRIED]:
        branch = server.get_revision(doc_id, rev)
        if branch is None:
            continue
        try:
            return read(branch)
        except PackageRejected:
            continue
    raise shown
