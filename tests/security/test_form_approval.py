"""Forms a coordinator put in use are adopted without a question by the organisation's laptops; a definition no
coordinator approved stays a proposal."""

from __future__ import annotations

import dataclasses
import hashlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from form_versions import SHIPPED_VERSION, at_version, shipped_text
from org_support import PASSPHRASE

from app.core.errors import InvalidInput
from app.core.forms import FormRegistry
from app.db.forms_table import accept_proposal, effective_forms
from app.db.store import Store
from app.security import organisation
from app.security.form_approval import adopt_approved_forms, approve_forms_in_use, forms_in_use
from app.security.keys import LaptopKeys
from app.security.member_list import Laptop
from app.sync.export import export_package
from app.sync.merge import merge_file, merge_files

WEBSITE = "      - name: website\n        type: text\n        label: {ar: الموقع, fr: Site web, en: Website}\n"
NEXT = SHIPPED_VERSION + 1
NEWER = at_version(shipped_text("cooperative"), NEXT).replace(
    "      - name: name_fr\n", WEBSITE + "      - name: name_fr\n", 1
)


@pytest.fixture
def agent_laptop(tmp_path: Path, coordinator: Store, coordinator_keys: organisation.Unlocked,
                 shipped_forms: FormRegistry) -> Iterator[tuple[Store, organisation.Unlocked]]:  # fmt: skip
    """An agent's laptop of the organisation, holding the coordinator's list with itself added, and its keys."""
    with Store.open(tmp_path / "agent.db", forms=shipped_forms, author="Fatima", device_name="agent-azrou") as store:
        agent_keys = LaptopKeys.generate(store.device_id)
        held = organisation.load(coordinator)
        assert held is not None
        laptop = Laptop(store.device_id, "agent-azrou", "agent", agent_keys.sign_public, agent_keys.recipient,
                        held.members.issued_at)  # fmt: skip
        members = dataclasses.replace(held.members, serial=2, laptops=(*held.members.laptops, laptop))
        members = members.signed(coordinator_keys.organisation_key())
        with coordinator.transaction():
            organisation.save_list(coordinator, members)
        with store.transaction():
            organisation.save_list(store, members)
            organisation.save_keys(store, organisation.Unlocked(agent_keys, None), PASSPHRASE)
        yield store, organisation.Unlocked(agent_keys, None)


@pytest.fixture
def agent(agent_laptop: tuple[Store, organisation.Unlocked]) -> Store:
    return agent_laptop[0]


@pytest.fixture
def agent_keys(agent_laptop: tuple[Store, organisation.Unlocked]) -> organisation.Unlocked:
    return agent_laptop[1]


def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir(exist_ok=True)
    return folder


def put_in_use(store: Store, source: str, version: int) -> None:
    """A laptop puts a newer form definition in use (as a proposal arrives, then a person accepts it)."""
    propose(store, source, version)
    accept_proposal(store, "cooperative", version)


def propose(store: Store, source: str, version: int) -> None:
    """A newer definition arrives on a laptop (as a merge brings one): a proposal."""
    conn = sqlite3.connect(store.path)
    conn.execute("INSERT INTO form_definitions (name, version, digest, source, added_at) VALUES (?, ?, ?, ?, ?)",
                 ("cooperative", version, hashlib.sha256(source.encode()).hexdigest(), source,
                  "2026-12-01T10:00:00+00:00"))  # fmt: skip
    conn.commit()
    conn.close()
    store.forms = effective_forms(store.conn)


def test_a_form_the_coordinator_put_in_use_is_adopted_by_an_agent_without_a_question(
    tmp_path: Path, coordinator: Store, agent: Store, coordinator_keys: organisation.Unlocked,
    agent_keys: organisation.Unlocked,
) -> None:  # fmt: skip
    put_in_use(coordinator, NEWER, NEXT)
    members = approve_forms_in_use(coordinator, coordinator_keys)
    assert members is not None and ("cooperative", NEXT) in {(f.name, f.version) for f in members.forms}
    assert members.forms == forms_in_use(coordinator)
    assert approve_forms_in_use(coordinator, coordinator_keys) is None  # nothing changed since: no new list
    # The definition travels in the package, the list with it in the sealed file: adopted by the merge.
    package = export_package(coordinator, stick(tmp_path), keys=coordinator_keys).path
    assert merge_file(agent, package, keys=agent_keys).merged
    assert agent.forms.get("cooperative").version == SHIPPED_VERSION  # a proposal until the list says otherwise
    assert organisation.load(agent).members == members  # type: ignore[union-attr]
    adopted = adopt_approved_forms(agent)
    assert [(f.name, f.version) for f in adopted] == [("cooperative", NEXT)]
    assert agent.forms.get("cooperative").version == NEXT and not agent.forms.proposed
    assert agent.forms.get("cooperative").field("website") is not None


def test_a_definition_no_coordinator_approved_stays_a_proposal(
    tmp_path: Path, coordinator: Store, agent: Store, coordinator_keys: organisation.Unlocked,
    agent_keys: organisation.Unlocked,
) -> None:  # fmt: skip
    put_in_use(agent, NEWER, NEXT)  # an agent's laptop put a form in use: that is no approval
    package = export_package(agent, stick(tmp_path), keys=agent_keys).path
    assert merge_file(coordinator, package, keys=coordinator_keys).merged
    assert adopt_approved_forms(coordinator) == []
    assert coordinator.forms.get("cooperative").version == SHIPPED_VERSION
    assert [(f.name, f.version) for f in coordinator.forms.proposed] == [("cooperative", NEXT)]


def test_an_approval_naming_another_text_of_the_same_version_adopts_nothing(
    tmp_path: Path, coordinator: Store, agent: Store, coordinator_keys: organisation.Unlocked
) -> None:
    """The digest is approved, not the name and version: a different definition under the same number stays a
    proposal."""
    put_in_use(coordinator, NEWER, NEXT)
    members = approve_forms_in_use(coordinator, coordinator_keys)
    assert members is not None
    other = NEWER.replace("Site web", "Site internet")
    propose(agent, other, NEXT)  # the agent's laptop received another text as version NEXT
    assert organisation.adopt(agent, members)
    assert adopt_approved_forms(agent) == []
    assert agent.forms.get("cooperative").version == SHIPPED_VERSION
    assert [f.digest for f in agent.forms.proposed] == [hashlib.sha256(other.encode()).hexdigest()]


def test_an_agent_cannot_approve_forms(agent: Store, agent_keys: organisation.Unlocked) -> None:
    held = organisation.load(agent)
    assert held is not None and not held.is_coordinator
    assert held.members.forms == forms_in_use(agent)  # the forms in use when the organisation was made
    put_in_use(agent, NEWER, NEXT)  # the agent's laptop uses another form: no list may say so
    with pytest.raises(InvalidInput) as refused:
        approve_forms_in_use(agent, agent_keys)
    assert refused.value.code == "org_not_coordinator"


def test_a_sealed_file_from_the_coordinator_brings_its_forms_into_use_on_the_agents_laptop(
    tmp_path: Path, coordinator: Store, agent: Store, coordinator_keys: organisation.Unlocked,
    agent_keys: organisation.Unlocked,
) -> None:  # fmt: skip
    """End to end: the coordinator's sealed export names its forms in use in the list it carries; the agent's merge
    of that file puts the newer form in use, with no question asked."""
    put_in_use(coordinator, NEWER, NEXT)
    sealed = export_package(coordinator, stick(tmp_path), keys=coordinator_keys).path
    held = organisation.load(coordinator)
    assert held is not None and held.members.forms == forms_in_use(coordinator)
    outcomes = list(merge_files(agent, [sealed], keys=agent_keys))
    assert [o.merged for o in outcomes] == [True], outcomes[0].rejection and outcomes[0].rejection.message("en")
    assert agent.forms.get("cooperative").version == NEXT and not agent.forms.proposed
