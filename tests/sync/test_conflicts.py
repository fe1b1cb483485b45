"""Reviewing and resolving conflicts: a resolution is a new version that travels; nothing is lost; it stays closed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.cli.program import main
from app.core.errors import InvalidInput
from app.db.store import Store
from app.sync.conflicts import list_conflicts, resolve_conflict
from app.sync.export import export_package
from app.sync.merge import merge_file


def exchange(source: Store, target: Store, stick: Path) -> None:
    outcome = merge_file(target, export_package(source, stick).path)
    assert outcome.merged, outcome.rejection and outcome.rejection.message("en")


@pytest.fixture
def pair(laptop: Any, stick: Path, helpers: Any) -> tuple[Store, Store, str]:
    """Laptops A and B with one conflict on a cooperative: A set 12 members and a president, B set 15."""
    a, b = laptop("a"), laptop("b")
    coop = helpers.new_cooperative(a)
    exchange(a, b, stick)
    a.update(coop, {"members_total": 12, "president": "فاطمة"})
    b.update(coop, {"members_total": 15})
    exchange(b, a, stick)
    return a, b, coop


def test_keep_mine_writes_a_new_version_and_keeps_the_loser_in_history(pair: tuple[Store, Store, str]) -> None:
    a, _, coop = pair
    [conflict] = list_conflicts(a)
    assert conflict.mine.data["members_total"] == 12 and conflict.theirs.data["members_total"] == 15
    done = resolve_conflict(a, conflict.id[:6], keep="mine")
    assert done.closed == 1 and done.record.data == conflict.mine.data
    assert done.record.hlc > max(conflict.mine.hlc, conflict.theirs.hlc)
    assert {conflict.mine.hlc, conflict.theirs.hlc} <= {v.hlc for v in a.history(coop)}
    assert list_conflicts(a) == []
    [closed] = list_conflicts(a, include_resolved=True)
    assert closed.resolved_hlc == done.record.hlc and closed.resolved_by == "agent-a"


def test_fields_can_be_taken_from_either_side(pair: tuple[Store, Store, str]) -> None:
    a, _, _ = pair
    [conflict] = list_conflicts(a)
    done = resolve_conflict(a, conflict.id, keep="theirs", fields={"president": "mine"})
    assert done.record.data["members_total"] == 15 and done.record.data["president"] == "فاطمة"
    # A field absent on the chosen side is cleared.
    [other] = list_conflicts(a, include_resolved=True)
    assert other.id == conflict.id


def test_a_resolution_travels_and_the_conflict_does_not_reopen(
    pair: tuple[Store, Store, str], laptop: Any, stick: Path, helpers: Any
) -> None:
    a, b, coop = pair
    c = laptop("c")
    exchange(b, c, stick)
    exchange(a, c, stick)  # C knows the conflict too, from A's file
    assert len(list_conflicts(c)) == 1
    [conflict] = list_conflicts(a)
    resolve_conflict(a, conflict.id, keep="mine")
    for other in (b, c):
        exchange(a, other, stick)
        assert list_conflicts(other) == []
        assert other.get(coop) == a.get(coop)
    for first, second in ((b, a), (c, a), (b, c), (c, b)):  # and back again, in any order
        exchange(first, second, stick)
        assert list_conflicts(second) == []
    contents = [helpers.shared_content(s.path) for s in (a, b, c)]
    assert contents[0] == contents[1] == contents[2]


def test_two_different_resolutions_made_at_once_are_a_new_conflict(pair: tuple[Store, Store, str], stick: Path) -> None:
    a, b, coop = pair
    exchange(a, b, stick)  # B learns of the conflict
    [conflict] = list_conflicts(b)
    resolve_conflict(a, conflict.id, keep="mine")
    resolve_conflict(b, conflict.id, keep="mine")  # each keeps their own
    exchange(a, b, stick)
    exchange(b, a, stick)
    assert a.get(coop) == b.get(coop)
    [new_a], [new_b] = list_conflicts(a), list_conflicts(b)
    assert new_a.id == new_b.id != conflict.id
    assert [c.resolved_hlc is not None for c in list_conflicts(a, include_resolved=True)].count(True) == 1


def test_keeping_a_deletion_deletes_the_record(laptop: Any, stick: Path, helpers: Any) -> None:
    a, b = laptop("a"), laptop("b")
    coop = helpers.new_cooperative(a)
    exchange(a, b, stick)
    a.delete(coop)
    b.update(coop, {"members_total": 15})
    exchange(b, a, stick)
    [conflict] = list_conflicts(a)
    assert conflict.mine.deleted
    assert resolve_conflict(a, conflict.id, keep="mine").record.deleted
    exchange(a, b, stick)
    assert b.get(coop, include_deleted=True).deleted and list_conflicts(b) == []


def test_resolution_errors_are_invalid_input(pair: tuple[Store, Store, str]) -> None:
    a, _, _ = pair
    [conflict] = list_conflicts(a)
    for text, kwargs, code in (
        ("ffff", {"keep": "mine"}, "conflict_not_found"),
        ("x%", {"keep": "mine"}, "conflict_not_found"),
        (conflict.id, {"keep": "both"}, "conflict_bad_side"),
        (conflict.id, {"keep": "mine", "fields": {"colour": "mine"}}, "conflict_unknown_field"),
    ):
        with pytest.raises(InvalidInput) as caught:
            resolve_conflict(a, text, **kwargs)
        assert caught.value.code == code
    resolve_conflict(a, conflict.id, keep="mine")
    with pytest.raises(InvalidInput) as caught:
        resolve_conflict(a, conflict.id, keep="mine")
    assert caught.value.code == "conflict_already_resolved"


def test_the_command_lists_and_resolves(pair: tuple[Store, Store, str], capsys: pytest.CaptureFixture[str]) -> None:
    a, _, coop = pair

    def run(*args: str) -> tuple[int, str]:
        capsys.readouterr()
        code = main(["--db", str(a.path), *args])
        out, err = capsys.readouterr()
        return code, out + err

    code, out = run("--lang", "en", "conflicts")
    assert code == 0 and "1 open conflict" in out
    assert "mine: version 2" in out and "theirs: version 2" in out and "agent-b on b" in out
    assert "Total number of members (members_total)" in out
    [listed] = json.loads(run("conflicts", "--json")[1])
    assert listed["mine"]["data"]["members_total"] == 12
    assert run("--lang", "en", "conflicts", "resolve", listed["id"])[0] == 2  # --keep is needed
    assert run("--lang", "en", "conflicts", "resolve", listed["id"], "--keep", "theirs", "--field", "oops")[0] == 2
    code, out = run("--lang", "fr", "conflicts", "resolve", listed["id"][:8], "--keep", "theirs",
                    "--field", "president=mine")  # fmt: skip
    assert code == 0 and f"Conflit {listed['id']} résolu" in out
    assert a.get(coop).data["members_total"] == 15 and a.get(coop).data["president"] == "فاطمة"
    code, out = run("--lang", "ar", "conflicts")
    assert code == 0 and "لا توجد تعارضات مفتوحة" in out


def test_a_version_is_written_only_inside_the_callers_transaction(pair: tuple[Store, Store, str]) -> None:
    """`Store.write_version`, the public write a resolution uses, refuses to run on its own: what a version is based
    on must be read in the same transaction, or an edit committed meanwhile by another process would be lost."""
    a, _, coop = pair
    current, history = a.get(coop), a.history(coop)
    form = a.forms.for_record(current.form, current.form_version)
    with pytest.raises(RuntimeError, match="outside a transaction"):
        a.write_version(coop, form, {**current.data, "members_total": 99}, state=current.state,
                        version=current.version + 1, created_at=current.created_at, now=current.updated_at,
                        deleted=False)  # fmt: skip
    assert a.get(coop) == current and a.history(coop) == history
