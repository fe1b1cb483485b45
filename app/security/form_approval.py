"""Forms a coordinator put in use are adopted without a question on the organisation's laptops (docs/security.md
"Forms"); any other definition that arrives stays a proposal for a person (app/db/forms_table.py).

The approval is part of the member list, which the organisation's key signs: a coordinator's laptop names its forms
in use (name, version, digest) in a new list when they differ from the list's (`approve_forms_in_use`, before it
seals a file); a laptop that holds a definition named there, newer than the one it uses, puts it in use
(`adopt_approved_forms`, after a merge or a new list). The usual checks still apply: a definition that would make
records here uneditable stays a proposal (logged, and listed by `taawun forms` as any proposal).
"""

from __future__ import annotations

import dataclasses
import logging

from app.core.clock import now_text
from app.core.errors import InvalidInput
from app.core.forms import FormSpec
from app.db.forms_table import accept_proposal
from app.db.store import Store
from app.security import organisation
from app.security.member_list import FormApproval, MemberList
from app.security.organisation import Unlocked

log = logging.getLogger("taawun.security")


def forms_in_use(store: Store) -> tuple[FormApproval, ...]:
    return tuple(sorted(FormApproval(form.name, form.version, form.digest) for form in store.forms))


def approve_forms_in_use(store: Store, keys: Unlocked) -> MemberList | None:
    """On a coordinator's laptop: a new list naming the forms in use here, when the held list names others; None
    when nothing changed (or this laptop is in no organisation). Raises InvalidInput on a laptop that is not a
    coordinator's."""
    held = organisation.load(store)
    if held is None:
        return None
    approvals = forms_in_use(store)
    if held.members.forms == approvals:
        return None
    key = keys.organisation_key()
    with store.transaction():
        members = dataclasses.replace(held.members, serial=held.members.serial + 1, issued_at=now_text(),
                                      issued_by=store.device_id, forms=approvals).signed(key)  # fmt: skip
        organisation.save_list(store, members)
    return members


def adopt_approved_forms(store: Store) -> list[FormSpec]:
    """Put in use each held proposal that the held list approves (newer than the version in use here); returns
    those put in use. One that the checks refuse stays a proposal, and the log says why."""
    held = organisation.load(store)
    if held is None:
        return []
    approved = set(held.members.forms)
    adopted = []
    for proposal in sorted(store.forms.proposed, key=lambda form: (form.name, form.version)):
        if FormApproval(proposal.name, proposal.version, proposal.digest) not in approved:
            continue
        in_use = store.forms.get(proposal.name).version if proposal.name in store.forms else 0
        if proposal.version <= in_use:
            continue
        try:
            adopted.append(accept_proposal(store, proposal.name, proposal.version))
        except InvalidInput as refused:
            log.warning("form %s version %d approved by the organisation stays a proposal: %s", proposal.name,
                        proposal.version, refused.message("en"))  # fmt: skip
    return adopted
