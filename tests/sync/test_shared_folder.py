"""The shared folder (app/sync/shared_folder.py): laptops exporting to and merging from one real folder converge;
a laptop never merges its own file, skips what it merged in that state and merges a changed file again; a folder
missing or read-only, another laptop's export in progress and a half-copied file change nothing; sealed files of an
organisation travel through it as through a stick."""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from org_support import Laptops, make_three_laptops, opened_copies

from app.core.errors import InvalidInput, StorageError
from app.core.forms import FormRegistry
from app.db.store import Store
from app.sync import package as package_module
from app.sync.merge import FileOutcome
from app.sync.shared_folder import chosen_folder, export_to, files_to_merge, sync_with, usable_folder

YESTERDAY = dt.date.today() - dt.timedelta(days=1)


def synced(store: Store, folder: Path, **keys: Any) -> list[FileOutcome]:
    return list(sync_with(store, str(folder), **keys))


@pytest.fixture
def share(tmp_path: Path) -> Path:
    folder = tmp_path / "share"
    folder.mkdir()
    return folder


def test_two_laptops_sharing_a_folder_converge_and_never_merge_their_own_file(
    laptop: Any, share: Path, helpers: Any
) -> None:
    a, b = laptop("a"), laptop("b")
    coop = helpers.new_cooperative(a, "تعاونية الأمل")
    helpers.new_visit(b, helpers.new_cooperative(b, "Coopérative Atlas"))
    assert synced(a, share) == []  # alone in the folder: its own file is not merged
    [from_a] = synced(b, share)
    assert from_a.merged and from_a.counts is not None and from_a.counts.inserted == 1
    assert from_a.manifest is not None and from_a.manifest.device == a.device_id
    [from_b] = synced(a, share)
    assert from_b.merged and from_b.counts is not None and from_b.counts.inserted == 2  # b exported before merging
    assert helpers.shared_content(a.path) == helpers.shared_content(b.path)
    assert b.get(coop).data["name_ar"] == "تعاونية الأمل"
    # One file each in the folder, and no temporary left.
    assert sorted(p.name.split("-")[1] for p in share.iterdir()) == ["a", "b"]


def test_three_laptops_converge_in_any_order(laptop: Any, share: Path, helpers: Any) -> None:
    stores = [laptop(name) for name in ("a", "b", "c")]
    for number, store in enumerate(stores):
        helpers.new_cooperative(store, f"تعاونية {number}")
    for store in (stores[2], stores[0], stores[1], stores[2], stores[0]):
        synced(store, share)
    contents = [helpers.shared_content(s.path) for s in stores]
    assert contents[0] == contents[1] == contents[2]
    assert len(contents[0]["records"]) == 3
    # The last to sync has merged every other file in its present state (the others have not merged its new file:
    # whether it counts as new depends on the second it was written in, so it is not asserted here).
    assert files_to_merge(stores[0], str(share)) == []


def test_own_file_is_recognised_by_what_it_says_even_under_another_name(laptop: Any, share: Path, helpers: Any) -> None:
    a = laptop("a")
    helpers.new_cooperative(a)
    own = export_to(a, str(share)).path
    shutil.copyfile(own, share / "copied by hand.taawun")
    assert files_to_merge(a, str(share)) == []
    assert helpers.sync_log(a.path) == []


def test_an_unchanged_file_is_skipped_and_a_changed_one_merged_again(
    laptop: Any, share: Path, helpers: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = laptop("a"), laptop("b")
    coop = helpers.new_cooperative(a)
    export_to(a, str(share))
    [first] = files_to_merge(b, str(share))
    assert [o.merged for o in synced(b, share)] == [True]
    assert files_to_merge(b, str(share)) == []
    assert synced(b, share) == []  # nothing merged, nothing logged again
    assert helpers.sync_log(b.path) == [("merged", None)]
    a.update(coop, {**a.get(coop).data, "name_ar": "تعاونية الأمل الجديدة"})
    # The same day's file, replaced; its export time a second later (the test does not wait for the clock).
    monkeypatch.setattr(package_module, "now_text", lambda: "2099-01-01T00:00:00+00:00")
    assert export_to(a, str(share)).path == first
    assert files_to_merge(b, str(share)) == [first]
    [again] = synced(b, share)
    assert again.merged and again.counts is not None and again.counts.updated == 1
    assert b.get(coop).data["name_ar"] == "تعاونية الأمل الجديدة"


def test_only_the_newest_file_of_a_laptop_is_merged_and_own_older_files_are_removed(
    laptop: Any, share: Path, helpers: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = laptop("a"), laptop("b")
    helpers.new_cooperative(a)
    with monkeypatch.context() as earlier:  # yesterday's export, a day earlier
        earlier.setattr(package_module, "now_text", lambda: f"{YESTERDAY.isoformat()}T18:00:00+00:00")
        older = export_to(a, str(share), today=YESTERDAY).path
    kept = shutil.copyfile(older, share / "kept-older-copy.taawun")  # an older file of a, under another name
    helpers.new_cooperative(a, "تعاونية ثانية")
    newer = export_to(a, str(share)).path
    assert not older.exists() and newer.exists()  # a's older package gone, its new one there
    assert files_to_merge(b, str(share)) == [newer]  # the copy holds less: the newest of a is merged alone
    [outcome] = synced(b, share)
    assert outcome.path == newer and outcome.counts is not None and outcome.counts.inserted == 2
    assert kept.exists()  # a file not named as a's package is never deleted by a


def test_a_missing_folder_says_so_and_changes_nothing(laptop: Any, tmp_path: Path, helpers: Any) -> None:
    a = laptop("a")
    helpers.new_cooperative(a)
    before = helpers.dump(a.path)
    gone = tmp_path / "share-that-is-down"
    for attempt in (lambda: synced(a, gone), lambda: files_to_merge(a, str(gone)), lambda: export_to(a, str(gone))):
        with pytest.raises(StorageError) as raised:
            attempt()
        assert raised.value.code == "shared_folder_unreachable"
        assert str(gone) in raised.value.message("en") and "dossier partagé" in raised.value.message("fr")
    assert not gone.exists()
    with pytest.raises(InvalidInput) as raised:
        usable_folder("")
    assert raised.value.code == "shared_folder_not_set"
    assert helpers.dump(a.path) == before and helpers.sync_log(a.path) == []


@contextlib.contextmanager
def refusing_folder(folder: Path, monkeypatch: pytest.MonkeyPatch, *, read_only: bool) -> Iterator[None]:
    """A real tmpfs, read-only or of 16 KiB (full at once), where root may mount one; else `os.open` failing there
    with EROFS or ENOSPC (root, whom no permission bits stop), or for read-only a folder without write permission
    (another user)."""
    folder.mkdir(exist_ok=True)
    mounted = False
    if sys.platform != "win32" and os.geteuid() == 0 and shutil.which("mount"):
        options = "size=1m,ro" if read_only else "size=16k"
        mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
                                 capture_output=True, timeout=30, check=False).returncode == 0  # fmt: skip
    if not mounted and read_only and sys.platform != "win32" and os.geteuid() != 0:
        folder.chmod(0o555)
    elif not mounted:
        real_open = os.open
        code = errno.EROFS if read_only else errno.ENOSPC

        def refused(path: Any, *args: Any, **kwargs: Any) -> int:
            if Path(path).parent == folder:
                raise OSError(code, os.strerror(code), str(path))
            return real_open(path, *args, **kwargs)

        monkeypatch.setattr(os, "open", refused)
    try:
        yield
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(folder)], capture_output=True, timeout=30, check=False)
        folder.chmod(0o755)


@pytest.mark.parametrize(("read_only", "code", "arabic"), [(True, "shared_folder_unwritable", "لا يمكن الكتابة"),
                                                           (False, "shared_folder_full", "لا توجد مساحة كافية")])  # fmt: skip
def test_a_read_only_or_full_folder_says_so_and_changes_nothing(
    laptop: Any, tmp_path: Path, helpers: Any, monkeypatch: pytest.MonkeyPatch, read_only: bool, code: str,
    arabic: str,
) -> None:  # fmt: skip
    a = laptop("a")
    helpers.new_cooperative(a)
    before = helpers.dump(a.path)
    folder = tmp_path / "refusing-share"
    with refusing_folder(folder, monkeypatch, read_only=read_only):
        with pytest.raises(StorageError) as raised:
            synced(a, folder)
        listed = list(folder.iterdir())
    assert raised.value.code == code
    assert str(folder) in raised.value.message("en") and arabic in raised.value.message("ar")
    assert listed == [] and helpers.dump(a.path) == before


def test_another_laptops_export_in_progress_is_left_alone(laptop: Any, share: Path, helpers: Any) -> None:
    a, b = laptop("a"), laptop("b")
    helpers.new_cooperative(b)
    finished = export_to(b, str(share)).path
    # b's export under way: its temporary name (the whole package there already, as just before its rename)
    partial = share / f".{finished.name}.0123abcd.partial"
    finished.rename(partial)
    before = helpers.dump(a.path)
    assert files_to_merge(a, str(share)) == []
    assert synced(a, share) == []
    assert partial.exists()  # written a moment ago: another laptop's, never removed before an hour
    assert helpers.dump(a.path) == before and helpers.sync_log(a.path) == []


def test_a_half_copied_file_is_refused_then_merged_once_whole(laptop: Any, share: Path, helpers: Any) -> None:
    a, b = laptop("a"), laptop("b")
    coop = helpers.new_cooperative(b)
    whole = export_to(b, str(share)).path.read_bytes()
    copied = share / "taawun-b-0a0b0c-2026-01-05.taawun"  # a sync service still bringing it: half of it there
    for path in share.iterdir():
        path.unlink()
    copied.write_bytes(whole[: len(whole) // 2])
    before = helpers.dump(a.path)
    [refused] = synced(a, share)
    assert not refused.merged and refused.path == copied
    assert helpers.dump(a.path) == before  # only the refusal in the sync log
    copied.write_bytes(whole)
    [merged] = synced(a, share)
    assert merged.merged and a.get(coop).data["name_ar"] == "تعاونية الأمل"
    assert [outcome for outcome, _ in helpers.sync_log(a.path)] == ["rejected", "merged"]


def test_the_setting_takes_an_existing_folder_only(tmp_path: Path, share: Path) -> None:
    assert chosen_folder(str(share)) == str(share)
    for text, code in (("", "shared_folder_bad_path"), ("a\x00b", "shared_folder_bad_path"),
                       (str(tmp_path / "nope"), "shared_folder_not_found")):  # fmt: skip
        with pytest.raises(InvalidInput) as raised:
            chosen_folder(text)
        assert raised.value.code == code


# --- an organisation's laptops: sealed files --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def organisation(tmp_path_factory: pytest.TempPathFactory, shipped_forms: FormRegistry) -> Laptops:
    return make_three_laptops(tmp_path_factory.mktemp("organisation"), shipped_forms)


@pytest.fixture
def members(tmp_path: Path, organisation: Laptops, shipped_forms: FormRegistry) -> Iterator[dict[str, Store]]:
    with opened_copies(organisation, tmp_path, shipped_forms) as opened:
        yield opened


def test_an_organisations_laptops_share_sealed_files_through_the_folder(
    members: dict[str, Store], organisation: Laptops, share: Path, helpers: Any
) -> None:
    a, b, c = members["a"], members["b"], members["c"]
    keys = organisation.keys
    coop = helpers.new_cooperative(b, "تعاونية النخيل")
    helpers.new_cooperative(c, "Coopérative Khenifra")
    with pytest.raises(InvalidInput):  # the export seals: without the keys nothing is written
        export_to(b, str(share))
    assert list(share.iterdir()) == []
    for name in ("b", "c", "a", "b", "c"):
        outcomes = synced(members[name], share, keys=keys[name])
        assert all(o.merged and o.sealed_by for o in outcomes)
    assert all(p.read_bytes().startswith(b"TAAWUN-SEALED 1 {") for p in share.iterdir())
    assert a.get(coop).data["name_ar"] == "تعاونية النخيل"
    assert files_to_merge(c, str(share)) == []  # the last to sync: everything merged in that state
    contents = [helpers.shared_content(s.path) for s in (a, b, c)]
    assert contents[0] == contents[1] == contents[2]
    # Merged files are skipped by their number, never refused as replays: only merges in the sync logs.
    assert all(outcome == "merged" for s in (a, b, c) for outcome, _ in helpers.sync_log(s.path))
    # b's file as c last merged it is skipped; a new export of b (a greater number) waits for c again.
    helpers.new_cooperative(b, "تعاونية جديدة")
    new = export_to(b, str(share), keys=keys["b"]).path
    assert files_to_merge(c, str(share)) == [new]
