"""Sealed packages (docs/security.md, "Sealed files"): nobody outside the organisation reads them, its laptops
merge them, and whatever was done to the file on its way (a flipped byte, a cut, swapped chunks, an old copy, a
file of another organisation or of a removed laptop) is refused with its reason, changing nothing, leaving no
plaintext behind."""

from __future__ import annotations

import dataclasses
import errno
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyrage
import pytest
from database_dump import dump
from org_support import Laptops

from app.core import paths
from app.core.errors import InvalidInput, PackageRejected, StorageError
from app.db.store import Store
from app.security import organisation, sealed
from app.security.keys import LaptopKeys
from app.security.organisation import Unlocked
from app.sync.export import export_package
from app.sync.merge import FileOutcome, merge_files
from app.sync.package import write_snapshot

# What the records hold, as their bytes would show in a plain package.
PERSONAL = {"name_ar": "تعاونية النخيل الذهبي بزاكورة", "name_fr": "Coopérative Les Palmiers d'Or de Zagora",
            "phone": "+212661234567", "president": "Fatima Zahra Ouaaziz"}  # fmt: skip
NOTE = "زيارة ميدانية: مشكلة في تسويق التمور"


def temporary_files() -> list[str]:
    folder = paths.temp_dir()
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def with_records(store: Store) -> str:
    coop = store.create("cooperative", {**PERSONAL, "sectors": ["olives"]})
    store.create("visit", {"cooperative": coop, "visit_date": "2026-03-02", "observations": NOTE})
    return coop


def sealed_package(store: Store, keys: Unlocked, stick: Path) -> Path:
    stick.mkdir(exist_ok=True)
    return export_package(store, stick, keys=keys).path


def merged(store: Store, path: Path, keys: Unlocked | None) -> FileOutcome:
    [outcome] = list(merge_files(store, [path], keys=keys))
    return outcome


def test_a_sealed_package_shows_nothing_of_its_records_and_merges_on_another_member(
    laptops: dict[str, Store], three_laptops: Laptops, tmp_path: Path
) -> None:
    b, c = laptops["b"], laptops["c"]
    coop = with_records(b)
    package = sealed_package(b, three_laptops.keys["b"], tmp_path / "stick")
    data = package.read_bytes()
    assert sealed.is_sealed(package) and data.startswith(b"TAAWUN-SEALED 1 {")
    plain = tmp_path / "plain.taawun"
    write_snapshot(b.path, plain, device=b.device_id, device_name=b.device_name)
    plain_bytes = plain.read_bytes()
    for value in [*PERSONAL.values(), NOTE, "تعاونية", "Zagora", "0661234567"[1:]]:
        assert value.encode("utf-8") in plain_bytes  # what a lost stick would have shown
        assert value.encode("utf-8") not in data, value
    assert b"SQLite format 3" not in data
    header = sealed.read_header(package)
    assert (header.org, header.laptop, header.kind) == (three_laptops.members.org, b.device_id, "package")
    assert sorted(p.name for p in package.parent.iterdir()) == [package.name] and temporary_files() == []

    outcome = merged(c, package, three_laptops.keys["c"])
    assert outcome.merged and outcome.sealed_by == "حاسوب فاطمة" and outcome.counts is not None
    assert outcome.counts.inserted == 2
    assert c.get(coop).data["phone"] == "+212661234567"
    assert c.conn.execute("SELECT laptop, sequence FROM sealed_seen").fetchall() == [(b.device_id, header.sequence)]
    assert temporary_files() == []


def test_a_laptop_of_no_organisation_exports_and_merges_plain_files_as_before(
    store: Store, tmp_path: Path, shipped_forms: Any
) -> None:
    with_records(store)
    (tmp_path / "stick").mkdir()
    package = export_package(store, tmp_path / "stick").path
    assert not sealed.is_sealed(package) and PERSONAL["phone"].encode() in package.read_bytes()
    other = Store.open(tmp_path / "other.db", forms=shipped_forms, author="x", device_name="other")
    with other:
        assert merged(other, package, None).merged


def test_require_encryption_refuses_plain_exports_and_merges_on_a_laptop_of_no_organisation(
    store: Store, tmp_path: Path, shipped_forms: Any
) -> None:
    with_records(store)
    (tmp_path / "stick").mkdir()
    with pytest.raises(InvalidInput) as refused:
        export_package(store, tmp_path / "stick", require_sealed=True)
    assert refused.value.code == "sealed_required_no_organisation" and list((tmp_path / "stick").iterdir()) == []
    package = export_package(store, tmp_path / "stick").path
    with Store.open(tmp_path / "other.db", forms=shipped_forms, author="x", device_name="other") as other:
        before = dump(other.path)
        [outcome] = list(merge_files(other, [package], require_sealed=True))
        assert outcome.rejection is not None and outcome.rejection.code == "sealed_plain_refused_setting"
        assert dump(other.path) == before


def test_a_member_laptop_refuses_a_plain_file_and_a_sealed_file_without_its_keys(
    laptops: dict[str, Store], three_laptops: Laptops, store: Store, tmp_path: Path
) -> None:
    with_records(store)
    (tmp_path / "plain").mkdir()
    plain = export_package(store, tmp_path / "plain").path
    package = sealed_package(laptops["b"], three_laptops.keys["b"], tmp_path / "stick")
    c = laptops["c"]
    before = dump(c.path)
    for path, keys, code in [(plain, three_laptops.keys["c"], "sealed_plain_refused"),
                             (package, None, "sealed_needs_passphrase")]:  # fmt: skip
        outcome = merged(c, path, keys)
        assert outcome.rejection is not None and outcome.rejection.code == code
    assert dump(c.path) == before
    # A laptop of no organisation cannot open it at all.
    outcome = merged(store, package, None)
    assert outcome.rejection is not None and outcome.rejection.code == "sealed_no_organisation"


def test_exporting_on_a_member_laptop_needs_its_keys(laptops: dict[str, Store], tmp_path: Path) -> None:
    (tmp_path / "stick").mkdir()
    with pytest.raises(InvalidInput) as refused:
        export_package(laptops["b"], tmp_path / "stick")
    assert refused.value.code == "sealed_export_needs_passphrase" and list((tmp_path / "stick").iterdir()) == []


# --- what may happen to a file on its way ---------------------------------------------------------------------------


def _flip(at: Callable[[bytes], int]) -> Callable[[bytes], bytes]:
    def change(data: bytes) -> bytes:
        changed = bytearray(data)
        changed[at(data)] ^= 0x01
        return bytes(changed)

    return change


def _header_end(data: bytes) -> int:
    return data.index(b"\n") + 1


def _chunks_start(data: bytes) -> int:
    """Where age's payload chunks begin: after its header (ended by the `---` line) and the 16-byte nonce."""
    mac_line = data.index(b"\n---", _header_end(data)) + 1
    return data.index(b"\n", mac_line) + 1 + 16


def _swap_chunks(data: bytes) -> bytes:
    start, size = _chunks_start(data), 65536 + 16  # age: 64 KiB of plaintext and a 16-byte tag each
    assert len(data) - start - sealed.TRAILER_BYTES > 2 * size  # two whole chunks at least, then the last
    first, second = data[start : start + size], data[start + size : start + 2 * size]
    return data[:start] + second + first + data[start + 2 * size :]


def _in_time(data: bytes) -> int:
    """A digit of the header's time: the header still reads, but is not what was signed."""
    return data.index(b'"time":"') + len(b'"time":"') + 3


CHANGES: dict[str, tuple[Callable[[bytes], bytes], str]] = {
    "a flipped byte in the header's values": (_flip(_in_time), "sealed_signature_invalid"),
    "a flipped byte breaking the header": (_flip(lambda d: d.index(b"{")), "sealed_header_invalid"),
    "a flipped byte in age's header": (_flip(lambda d: _header_end(d) + 60), "sealed_damaged"),
    "a flipped byte in the ciphertext": (_flip(lambda d: len(d) // 2), "sealed_damaged"),
    "a flipped byte in the last chunk": (_flip(lambda d: len(d) - sealed.TRAILER_BYTES - 5), "sealed_damaged"),
    "a flipped byte in the signature": (_flip(lambda d: len(d) - 1), "sealed_signature_invalid"),
    "a flipped byte in the trailer's mark": (_flip(lambda d: len(d) - sealed.TRAILER_BYTES + 3), "sealed_damaged"),
    "cut inside the header": (lambda d: d[:20], "sealed_header_invalid"),
    "cut after the header": (lambda d: d[: _header_end(d)], "sealed_damaged"),
    "cut inside age's header": (lambda d: d[: _header_end(d) + 100], "sealed_damaged"),
    "cut in the middle": (lambda d: d[: len(d) // 2], "sealed_damaged"),
    "cut at a chunk's end": (lambda d: d[: _chunks_start(d) + 65552], "sealed_damaged"),
    "cut inside the trailer": (lambda d: d[:-10], "sealed_damaged"),
    "the trailer cut off": (lambda d: d[: -sealed.TRAILER_BYTES], "sealed_damaged"),
    "one byte short": (lambda d: d[:-1], "sealed_damaged"),
    "one byte more": (lambda d: d + b"\n", "sealed_damaged"),
    "two 64 KiB chunks swapped": (_swap_chunks, "sealed_damaged"),
}


@pytest.fixture(scope="module")
def b_package_bytes(three_laptops: Laptops, tmp_path_factory: pytest.TempPathFactory, shipped_forms: Any) -> bytes:
    """A package sealed by b, with records enough for several chunks of age's stream (made once: b's copy here
    and each test's copy of b have the same keys and sequence)."""
    folder = tmp_path_factory.mktemp("package-of-b")
    (folder / "b.db").write_bytes((three_laptops.folder / "b.db").read_bytes())
    with Store.open(folder / "b.db", forms=shipped_forms, author="agent-b", device_name="حاسوب فاطمة") as b:
        with_records(b)
        for n in range(30):
            b.create("cooperative", {"name_ar": f"تعاونية رقم {n}", "notes": "ملاحظات طويلة " * 400})
        package = sealed_package(b, three_laptops.keys["b"], folder / "stick")
    assert package.stat().st_size > 4 * 65552
    return package.read_bytes()


@pytest.fixture
def package_of_b(b_package_bytes: bytes, tmp_path: Path) -> Path:
    (tmp_path / "stick").mkdir()
    package = tmp_path / "stick" / "taawun-b.taawun"
    package.write_bytes(b_package_bytes)
    return package


@pytest.mark.parametrize("change", list(CHANGES), ids=list(CHANGES))
def test_a_file_changed_on_its_way_is_refused_with_its_reason_and_changes_nothing(
    change: str, package_of_b: Path, laptops: dict[str, Store], three_laptops: Laptops
) -> None:
    alter, code = CHANGES[change]
    package_of_b.write_bytes(alter(package_of_b.read_bytes()))
    c = laptops["c"]
    before = dump(c.path)
    outcome = merged(c, package_of_b, three_laptops.keys["c"])
    assert outcome.rejection is not None and outcome.rejection.code == code, outcome.rejection
    assert outcome.rejection.params["path"] == str(package_of_b.absolute())
    assert dump(c.path) == before and temporary_files() == []
    assert c.conn.execute("SELECT count(*) FROM sealed_seen").fetchone()[0] == 0


def test_the_untouched_file_of_those_tests_merges(package_of_b: Path, laptops: dict[str, Store],
                                                  three_laptops: Laptops) -> None:  # fmt: skip
    outcome = merged(laptops["c"], package_of_b, three_laptops.keys["c"])
    assert outcome.merged and outcome.counts is not None and outcome.counts.inserted == 32


def test_an_old_file_or_one_merged_already_is_refused_as_a_replay(
    laptops: dict[str, Store], three_laptops: Laptops, tmp_path: Path
) -> None:
    b, c, keys = laptops["b"], laptops["c"], three_laptops.keys
    with_records(b)
    monday = sealed_package(b, keys["b"], tmp_path / "monday")
    b.create("cooperative", {"name_ar": "تعاونية الثلاثاء"})
    tuesday = sealed_package(b, keys["b"], tmp_path / "tuesday")
    assert sealed.read_header(tuesday).sequence == sealed.read_header(monday).sequence + 1
    assert merged(c, tuesday, keys["c"]).merged
    before = dump(c.path)
    for path in (tuesday, monday):  # the same file again; an older one
        outcome = merged(c, path, keys["c"])
        assert outcome.rejection is not None and outcome.rejection.code == "sealed_replayed"
        assert outcome.rejection.params["laptop"] == "حاسوب فاطمة"
    assert dump(c.path) == before and temporary_files() == []


def test_a_file_of_another_organisation_is_refused(
    laptops: dict[str, Store], three_laptops: Laptops, stranger_db: tuple[Path, Unlocked], tmp_path: Path,
    shipped_forms: Any,
) -> None:  # fmt: skip
    path, keys = stranger_db
    copy = tmp_path / "stranger.db"
    copy.write_bytes(path.read_bytes())
    with Store.open(copy, forms=shipped_forms, author="Omar", device_name="autre-réseau") as stranger:
        with_records(stranger)
        package = sealed_package(stranger, keys, tmp_path / "stick")
    c = laptops["c"]
    before = dump(c.path)
    outcome = merged(c, package, three_laptops.keys["c"])
    assert outcome.rejection is not None and outcome.rejection.code == "sealed_other_organisation"
    assert dump(c.path) == before and temporary_files() == []


def _seal_as(store: Store, keys: Unlocked, stick: Path) -> Path:
    """`keys` seal `store`'s data as a package (whatever laptop they name), as a crafted file would be made."""
    stick.mkdir(exist_ok=True)
    plain, target = stick / "plain.taawun", stick / "crafted.taawun"
    write_snapshot(store.path, plain, device=store.device_id, device_name=store.device_name)
    with target.open("wb") as out:
        sealed.write_sealed(store, keys, plain, out, kind="package")
    plain.unlink()
    return target


def test_a_file_signed_by_another_laptop_than_the_one_it_names_or_by_no_member_is_refused(
    laptops: dict[str, Store], three_laptops: Laptops, tmp_path: Path
) -> None:
    b, c, keys = laptops["b"], laptops["c"], three_laptops.keys
    with_records(b)
    # c's key signs a file that names b as its sender (c is a member: it can encrypt for the organisation).
    posing = Unlocked(dataclasses.replace(keys["c"].laptop, laptop=b.device_id), None)
    outsider = Unlocked(LaptopKeys.generate("not-a-member"), None)
    before = dump(c.path)
    for crafted, code in [(_seal_as(b, posing, tmp_path / "posing"), "sealed_signature_invalid"),
                          (_seal_as(b, outsider, tmp_path / "outsider"), "sealed_unknown_sender")]:  # fmt: skip
        outcome = merged(c, crafted, keys["c"])
        assert outcome.rejection is not None and outcome.rejection.code == code
    assert dump(c.path) == before and temporary_files() == []


def test_a_removed_laptops_files_are_refused_and_it_cannot_open_later_ones(
    laptops: dict[str, Store], three_laptops: Laptops, tmp_path: Path
) -> None:
    a, b, c, keys = laptops["a"], laptops["b"], laptops["c"], three_laptops.keys
    with_records(b)
    from_b = sealed_package(b, keys["b"], tmp_path / "from-b")
    # The coordinator removes b: a new list, signed by the organisation's key, that a keeps and sends.
    held = organisation.load(a)
    assert held is not None
    laptops_now = tuple(dataclasses.replace(laptop, removed_at="2026-12-05T09:00:00+00:00", last_stamp=b.clock.last)
                        if laptop.id == b.device_id else laptop for laptop in held.members.laptops)  # fmt: skip
    removal = dataclasses.replace(held.members, serial=2, laptops=laptops_now).signed(keys["a"].organisation_key())
    with a.transaction():
        assert organisation.adopt(a, removal)
    from_a = sealed_package(a, keys["a"], tmp_path / "from-a")
    # c learns of the removal from a's file (the list travels inside it), then refuses b's.
    outcome = merged(c, from_a, keys["c"])
    # (a's export may itself issue a later list, naming the forms a coordinator has in use: c holds what a sent)
    sent_serial = organisation.load(a).members.serial  # type: ignore[union-attr]
    assert outcome.merged and organisation.load(c).members.serial == sent_serial >= 2  # type: ignore[union-attr]
    before = dump(c.path)
    outcome = merged(c, from_b, keys["c"])
    assert outcome.rejection is not None and outcome.rejection.code == "sealed_removed_sender"
    assert outcome.rejection.params["laptop"] == "حاسوب فاطمة"
    assert dump(c.path) == before
    # b was not a recipient of a's file, sealed after the removal.
    before = dump(b.path)
    outcome = merged(b, from_a, keys["b"])
    assert outcome.rejection is not None and outcome.rejection.code == "sealed_not_for_this_laptop"
    assert dump(b.path) == before and temporary_files() == []


def test_a_sealed_backup_is_not_merged(laptops: dict[str, Store], three_laptops: Laptops, tmp_path: Path) -> None:
    b, c = laptops["b"], laptops["c"]
    plain = tmp_path / "plain.taawun"
    write_snapshot(b.path, plain, device=b.device_id, device_name=b.device_name)
    backup = tmp_path / "backup.db"
    with backup.open("wb") as out:
        sealed.write_sealed(b, three_laptops.keys["b"], plain, out, kind="backup")
    outcome = merged(c, backup, three_laptops.keys["c"])
    assert outcome.rejection is not None and outcome.rejection.code == "sealed_is_backup"


def test_a_newer_list_inside_a_genuine_file_is_adopted_and_an_older_one_is_not(
    laptops: dict[str, Store], three_laptops: Laptops, tmp_path: Path
) -> None:
    a, c, keys = laptops["a"], laptops["c"], three_laptops.keys
    held = organisation.load(a)
    assert held is not None
    renamed = dataclasses.replace(held.members, serial=7, name="Réseau renommé").signed(keys["a"].organisation_key())
    with a.transaction():
        organisation.adopt(a, renamed)
    assert merged(c, sealed_package(a, keys["a"], tmp_path / "one"), keys["c"]).merged
    assert organisation.load(c).members.name == "Réseau renommé"  # type: ignore[union-attr]
    # b still carries the list of serial 1: c keeps its newer one.
    assert merged(c, sealed_package(laptops["b"], keys["b"], tmp_path / "two"), keys["c"]).merged
    assert organisation.load(c).members.serial == organisation.load(a).members.serial >= 7  # type: ignore[union-attr]


# --- a stick pulled while the file is written --------------------------------------------------------------------


def test_a_stick_failing_mid_write_leaves_no_file_that_looks_complete_and_no_plaintext(
    laptops: dict[str, Store], three_laptops: Laptops, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    b = laptops["b"]
    with_records(b)
    encrypt = pyrage.encrypt_io

    def pulled_after(reader: Any, writer: Any, recipients: Any) -> None:
        class Pulled:
            written = 0

            def write(self, data: bytes) -> int:
                if self.written > 50_000:
                    raise OSError(errno.EIO, "Input/output error")
                self.written += len(data)
                return int(writer.write(data))

        encrypt(reader, Pulled(), recipients)

    monkeypatch.setattr(pyrage, "encrypt_io", pulled_after)
    stick = tmp_path / "stick"
    stick.mkdir()
    with pytest.raises(StorageError) as failed:
        export_package(b, stick, keys=three_laptops.keys["b"])
    assert failed.value.code == "sync_export_failed"
    assert list(stick.iterdir()) == [] and temporary_files() == []


def test_a_failing_stick_that_gives_back_other_bytes_is_refused_and_the_file_removed(
    laptops: dict[str, Store], three_laptops: Laptops, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.security import placing

    monkeypatch.setattr(placing, "_digest", lambda path: b"\x00" * 32)  # what a faulty stick would read back
    stick = tmp_path / "stick"
    stick.mkdir()
    with pytest.raises(StorageError) as failed:
        export_package(laptops["b"], stick, keys=three_laptops.keys["b"])
    assert failed.value.code == "sealed_unverified"
    assert list(stick.iterdir()) == [] and temporary_files() == []


def test_a_header_names_its_sender_without_any_key(package_of_b: Path, laptops: dict[str, Store]) -> None:
    header = sealed.read_header(package_of_b)
    assert header.laptop == laptops["b"].device_id and header.sequence >= 1
    assert json.loads(package_of_b.read_bytes().split(b"\n", 1)[0][len(sealed.FORMAT_LINE) :])["kind"] == "package"
    not_sealed = package_of_b.with_name("x.taawun")
    not_sealed.write_bytes(b"SQLite format 3\x00")
    assert not sealed.is_sealed(not_sealed) and not sealed.is_sealed(package_of_b.with_name("missing"))
    with pytest.raises(PackageRejected):
        sealed.read_header(not_sealed)


def test_a_file_sealed_before_a_passphrase_change_opens_with_the_new_passphrase(
    laptops: dict[str, Store], three_laptops: Laptops, tmp_path: Path
) -> None:
    from org_support import PASSPHRASE

    from app.security.membership_changes import change_passphrase

    b, c = laptops["b"], laptops["c"]
    coop = with_records(b)
    package = sealed_package(b, three_laptops.keys["b"], tmp_path / "stick")  # sealed to C's keys as they were
    change_passphrase(c, PASSPHRASE, "عبارة جديدة لحاسوب أزرو")
    held = organisation.load(c)
    assert held is not None
    with pytest.raises(InvalidInput):
        held.unlock(PASSPHRASE)
    outcome = merged(c, package, held.unlock("عبارة جديدة لحاسوب أزرو"))
    assert outcome.merged and c.get(coop).data["phone"] == "+212661234567"
