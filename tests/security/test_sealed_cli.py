"""`taawun sync export|merge`, `backup` and `restore` on laptops of an organisation: sealed files, the passphrase
read only when a sealed file or the organisation needs it, and the setting `require_encryption`."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from cli_run import run_cli
from database_dump import dump
from org_support import PASSPHRASE, Laptops

from app.core import paths
from app.core.forms import FormRegistry
from app.db.store import Store
from app.security import sealed

SECRET_NAME = "تعاونية أركان تافراوت"


@pytest.fixture
def files(tmp_path: Path, three_laptops: Laptops) -> dict[str, Path]:
    """Each laptop's database file (a fresh copy), for commands to open."""
    found = {}
    for name in three_laptops.names:
        (tmp_path / name).mkdir()
        found[name] = tmp_path / name / "taawun.db"
        found[name].write_bytes((three_laptops.folder / f"{name}.db").read_bytes())
    return found


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    (tmp_path / "stick").mkdir()
    return tmp_path / "stick"


def add(database: Path, forms: FormRegistry, name: str) -> str:
    with Store.open(database, forms=forms, author="agent", device_name="laptop") as store:
        return store.create("cooperative", {"name_ar": name, "phone": "0677001122"})


def names(database: Path) -> list[str]:
    conn = sqlite3.connect(database)
    try:
        return sorted(r[0] for r in conn.execute("SELECT json_extract(data, '$.name_ar') FROM records"))
    finally:
        conn.close()



def temporary_files() -> list[str]:
    return sorted(p.name for p in paths.temp_dir().iterdir()) if paths.temp_dir().exists() else []


def test_a_sealed_export_merges_on_another_member_saying_which_laptop_sealed_it(
    files: dict[str, Path], stick: Path, shipped_forms: FormRegistry, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    add(files["b"], shipped_forms, SECRET_NAME)
    monkeypatch.setenv("TAAWUN_PASSPHRASE", PASSPHRASE)
    code, out = run_cli(files["b"], capsys, "--lang", "en", "sync", "export", str(stick))
    assert code == 0, out
    package = Path(out.strip().splitlines()[-1])
    assert "Sealed for the laptops of the organisation" in out
    assert sealed.is_sealed(package) and SECRET_NAME.encode() not in package.read_bytes()
    code, out = run_cli(files["c"], capsys, "--lang", "en", "sync", "merge", str(package))
    assert code == 0, out
    assert "sealed, from the laptop “حاسوب فاطمة”" in out and "Files merged: 1 · rejected: 0" in out
    assert SECRET_NAME in names(files["c"]) and temporary_files() == []


def test_a_wrong_passphrase_opens_nothing_seals_nothing_and_changes_nothing(
    files: dict[str, Path], stick: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    three_laptops: Laptops, shipped_forms: FormRegistry,
) -> None:  # fmt: skip
    with Store.open(files["b"], forms=shipped_forms, author="b", device_name=three_laptops.names["b"]) as b:
        b.create("cooperative", {"name_ar": SECRET_NAME})
        from app.sync.export import export_package

        package = export_package(b, stick, keys=three_laptops.keys["b"]).path
    monkeypatch.setenv("TAAWUN_PASSPHRASE", PASSPHRASE + "x")
    before = dump(files["c"])
    code, out = run_cli(files["c"], capsys, "--lang", "en", "sync", "merge", str(package))
    assert code == 2 and "Wrong passphrase" in out
    assert dump(files["c"]) == before and temporary_files() == []
    code, out = run_cli(files["b"], capsys, "--lang", "en", "sync", "export", str(stick / ".."))
    assert code == 2 and "Wrong passphrase" in out


def test_the_passphrase_is_asked_only_for_a_sealed_file_and_said_how_to_give_it(
    files: dict[str, Path], stick: Path, tmp_path: Path, shipped_forms: FormRegistry,
    capsys: pytest.CaptureFixture[str], three_laptops: Laptops,
) -> None:  # fmt: skip
    plain_laptop = tmp_path / "plain.db"
    add(plain_laptop, shipped_forms, SECRET_NAME)
    code, out = run_cli(plain_laptop, capsys, "--lang", "en", "sync", "export", str(stick))
    assert code == 0, out  # a laptop of no organisation: no passphrase, a plain package as before
    plain = Path(out.strip().splitlines()[-1])
    assert not sealed.is_sealed(plain)
    # A member laptop refuses it without asking anything (no passphrase was given: asking would have failed).
    code, out = run_cli(files["c"], capsys, "--lang", "en", "sync", "merge", str(plain))
    assert code == 3 and "is not sealed: this laptop belongs to an organisation" in out
    with Store.open(files["b"], forms=shipped_forms, author="b", device_name=three_laptops.names["b"]) as b:
        from app.sync.export import export_package

        package = export_package(b, tmp_path, keys=three_laptops.keys["b"]).path
    code, out = run_cli(files["c"], capsys, "--lang", "en", "sync", "merge", str(package))
    assert code == 2 and "--passphrase-file" in out and "TAAWUN_PASSPHRASE" in out
    passphrase_file = tmp_path / "passphrase.txt"
    passphrase_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    code, out = run_cli(files["c"], capsys, "--passphrase-file", str(passphrase_file), "sync", "merge", str(package))
    assert code == 0, out


def test_require_encryption_refuses_plain_exports_and_backups_on_a_laptop_of_no_organisation(
    tmp_path: Path, stick: Path, shipped_forms: FormRegistry, capsys: pytest.CaptureFixture[str]
) -> None:
    paths.settings_file().parent.mkdir(parents=True, exist_ok=True)
    paths.settings_file().write_text(json.dumps({"require_encryption": True}), encoding="utf-8")
    plain_laptop = tmp_path / "plain.db"
    add(plain_laptop, shipped_forms, SECRET_NAME)
    for command in (["sync", "export", str(stick)], ["backup", str(stick)]):
        code, out = run_cli(plain_laptop, capsys, "--lang", "en", *command)
        assert code == 2 and "The settings require encryption (require_encryption)" in out
    assert list(stick.iterdir()) == []


def test_a_backup_to_a_stick_is_sealed_and_restores_with_the_passphrase(
    files: dict[str, Path], stick: Path, shipped_forms: FormRegistry, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    add(files["b"], shipped_forms, SECRET_NAME)
    monkeypatch.setenv("TAAWUN_PASSPHRASE", PASSPHRASE)
    code, out = run_cli(files["b"], capsys, "--lang", "en", "backup", str(stick))
    assert code == 0, out
    backup = Path(out.strip().splitlines()[-1])
    assert (
        backup.parent == stick and backup.suffix == ".db" and sorted(p.name for p in stick.iterdir()) == [backup.name]
    )
    header = sealed.read_header(backup)
    assert header.kind == "backup" and SECRET_NAME.encode() not in backup.read_bytes()
    assert b"SQLite format 3" not in backup.read_bytes() and temporary_files() == []
    add(files["b"], shipped_forms, "تعاونية بعد النسخة")
    # Damaged on its way: refused, nothing changed.
    damaged = stick / "damaged.db"
    data = bytearray(backup.read_bytes())
    data[len(data) // 2] ^= 1
    damaged.write_bytes(bytes(data))
    before = dump(files["b"])
    code, out = run_cli(files["b"], capsys, "--lang", "en", "restore", str(damaged), "--yes")
    assert code == 3 and "is damaged, cut short or was changed after it was sealed" in out
    assert dump(files["b"]) == before and temporary_files() == []
    code, out = run_cli(files["b"], capsys, "--lang", "en", "restore", str(backup), "--yes")
    assert code == 0, out
    assert names(files["b"]) == [SECRET_NAME] and temporary_files() == []


def test_a_sealed_backup_cannot_be_opened_when_the_database_holding_the_keys_is_damaged(
    files: dict[str, Path], stick: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    three_laptops: Laptops, shipped_forms: FormRegistry,
) -> None:  # fmt: skip
    from app.security.sealed_backup import backup_sealed

    with Store.open(files["b"], forms=shipped_forms, author="b", device_name=three_laptops.names["b"]) as b:
        backup = backup_sealed(b, three_laptops.keys["b"], stick)
    files["b"].write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    monkeypatch.setenv("TAAWUN_PASSPHRASE", PASSPHRASE)
    code, out = run_cli(files["b"], capsys, "--lang", "en", "restore", str(backup), "--yes")
    assert code == 3 and "is a sealed backup: it opens with this laptop's keys" in out, out
    assert "Restore first the newest daily copy" in out
