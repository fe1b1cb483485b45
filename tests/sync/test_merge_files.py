"""`merge_files`, the entry of every transport, ends with the catch-up of the derived data (search index, list sort
keys) that a large merge leaves queued: the merged records are searchable and sorted when it returns, whoever
called it (the window's sync page, `taawun sync merge`), with progress through the files and then the catch-up."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_run import run_cli

from app.core.forms import FormRegistry
from app.core.messages import translate
from app.db import list_keys, search_index
from app.db.store import Store
from app.sync.export import export_package
from app.sync.merge import merge_files


@pytest.fixture
def large_merges(monkeypatch: pytest.MonkeyPatch) -> None:
    """A merge of more than two records is "large": its records stay queued through the merge's commit."""
    monkeypatch.setattr(search_index, "INLINE_AT_MOST", 2)
    monkeypatch.setattr(search_index, "CHUNK", 2)  # the catch-up reports progress after each chunk
    monkeypatch.setattr(list_keys, "INLINE_AT_MOST", 2)


def laptop(folder: Path, name: str, forms: FormRegistry) -> Store:
    (folder / name).mkdir(exist_ok=True)
    return Store.open(folder / name / "taawun.db", forms=forms, author=name, device_name=name)


def package_of_five(tmp_path: Path, forms: FormRegistry) -> tuple[Path, list[str]]:
    (tmp_path / "stick").mkdir()
    with laptop(tmp_path, "a", forms) as a:
        coops = [a.create("cooperative", {"name_ar": f"تعاونية الواحة {n}"}) for n in range(5)]
        return export_package(a, tmp_path / "stick").path, coops


def queued(store: Store) -> tuple[bool, bool]:
    return search_index.has_pending(store.conn), list_keys.has_pending(store.conn)


def test_merge_files_ends_with_the_catch_up_of_derived_data(tmp_path: Path, shipped_forms: FormRegistry,
                                                            large_merges: None) -> None:  # fmt: skip
    package, coops = package_of_five(tmp_path, shipped_forms)
    steps: list[tuple[int, int]] = []
    announced: list[tuple[bool, bool]] = []
    with laptop(tmp_path, "b", shipped_forms) as b:
        merging = merge_files(b, [package], progress=lambda done, total: steps.append((done, total)),
                              catching_up=lambda: announced.append(queued(b)))  # fmt: skip
        outcome = next(merging)
        assert outcome.merged and outcome.counts is not None and outcome.counts.inserted == 5
        assert queued(b) == (True, True)  # the merge committed with its records queued: the catch-up follows
        assert list(merging) == []
        assert queued(b) == (False, False) and not b.derived_pending()
        assert announced == [(True, True)]  # said once, before the catch-up
        # The files first (one: before it, after it), then the five records indexed chunk by chunk, then full again.
        assert steps[:2] == [(0, 1), (1, 1)] and steps[-1] == (1, 1)
        catching = steps[2:-1]
        totals = {
            total for _, total in catching
        }  # the coordinator counts each derived table's work (app/db/derived.py)
        assert len(catching) >= 2 and len(totals) == 1 and totals.pop() >= 5 and catching[-1][0] == catching[-1][1]
        assert [done for done, _ in catching] == sorted({done for done, _ in catching})  # forward only
        found = {hit.id for hit in b.search("الواحة", limit=10)}
        assert found == set(coops)
        # Merged again, nothing is new: nothing is queued, nothing announced, the bar only follows the file.
        steps.clear()
        assert [o.merged for o in merge_files(b, [package], progress=lambda d, t: steps.append((d, t)),
                                              catching_up=lambda: announced.append(queued(b)))] == [True]  # fmt: skip
        assert announced == [(True, True)] and steps == [(0, 1), (1, 1)]


def test_a_refused_file_does_not_stop_the_catch_up_of_the_others(tmp_path: Path, shipped_forms: FormRegistry,
                                                                 large_merges: None) -> None:  # fmt: skip
    package, _ = package_of_five(tmp_path, shipped_forms)
    not_a_package = tmp_path / "stick" / "notes.taawun"
    not_a_package.write_text("not a database", encoding="utf-8")
    with laptop(tmp_path, "b", shipped_forms) as b:
        outcomes = list(merge_files(b, [not_a_package, package]))
        assert [o.merged for o in outcomes] == [False, True]
        assert queued(b) == (False, False)


def test_the_command_line_says_it_catches_up_then_sums_up(tmp_path: Path, shipped_forms: FormRegistry,
                                                          capsys: pytest.CaptureFixture[str],
                                                          large_merges: None) -> None:  # fmt: skip
    package, _ = package_of_five(tmp_path, shipped_forms)
    laptop(tmp_path, "b", shipped_forms).close()
    database = tmp_path / "b" / "taawun.db"
    code, out = run_cli(database, capsys, "--lang", "en", "sync", "merge", str(package))
    assert code == 0, out
    indexing, summary = translate("sync_indexing", "en"), translate("sync_summary", "en", merged=1, rejected=0)
    lines = out.splitlines()
    assert indexing in lines and lines[-1] == summary and lines.index(indexing) == len(lines) - 2
    with Store.open(database, forms=shipped_forms, author="b", device_name="b") as b:
        assert queued(b) == (False, False)
    code, out = run_cli(database, capsys, "--lang", "en", "sync", "merge", str(package))  # nothing new: not said
    assert code == 0 and indexing not in out.splitlines(), out
