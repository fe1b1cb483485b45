"""Names Windows accepts, files in use said as such, and the FAT32 file size limit (issue 13, points 3 and 5)."""

from __future__ import annotations

import datetime as dt
import errno
import functools
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core import volumes
from app.core.errors import StorageError
from app.core.files import replace_file, windows_file_name
from app.core.volumes import FAT_MAX_FILE, check_fits, file_system_of
from app.db.backup import backup_name, daily_name
from app.reports.writing import write_pdf
from app.sync.export import package_name

_RESERVED = re.compile(r"(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])", re.IGNORECASE)


def assert_windows_accepts(name: str, limit: int) -> None:
    assert name and len(name) <= limit
    assert not re.search(r'[<>:"/\\|?*\x00-\x1f]', name), name
    assert not name.endswith((".", " ")) and not name.startswith(" "), name
    assert not _RESERVED.fullmatch(name.split(".")[0].rstrip(" ")), name


@pytest.mark.parametrize(
    ("suggested", "expected"),
    [
        ('Visite - Coopérative "Al Amal": 2025-05-17.pdf', "Visite - Coopérative Al Amal- 2025-05-17.pdf"),
        ("زيارة - تعاونية «الأمل»: جلسة ١/٢.pdf", "زيارة - تعاونية «الأمل»- جلسة ١-٢.pdf"),
        ("Atelier <Mrirt> | bilan?*.pdf", "Atelier Mrirt - bilan.pdf"),
        ("CON.pdf", "_CON.pdf"),
        ("nul.tar.gz", "_nul.tar.gz"),
        ("com1", "_com1"),
        ("lpt9 .pdf", "_lpt9.pdf"),
        ("Fin de ligne...  .pdf", "Fin de ligne.pdf"),
        ("tab\there\nnewline.pdf", "tab here newline.pdf"),
        ('"".pdf', "taawun.pdf"),
        ("...", "taawun"),
    ],
)
def test_suggested_names_are_made_acceptable_to_windows(suggested: str, expected: str) -> None:
    assert windows_file_name(suggested) == expected
    assert_windows_accepts(expected, 150)


def test_a_long_name_is_shortened_and_keeps_its_extension() -> None:
    name = windows_file_name("زيارة " * 60 + ".pdf", limit=84)
    assert name.endswith(".pdf") and len(name) <= 84 and not name.endswith(" .pdf")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), st.integers(min_value=8, max_value=200))
def test_any_text_gives_a_name_windows_accepts(text: str, limit: int) -> None:
    assert_windows_accepts(windows_file_name(text + ".pdf", limit=limit), limit)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=80))
def test_package_and_backup_names_are_already_acceptable(device: str) -> None:
    for name in (package_name(device, "a1b2c3d4", dt.date(2025, 5, 17)),
                 backup_name(device, dt.datetime(2025, 5, 17, 9, 30, 12)), daily_name(Path(device + ".db"),
                                                                                      dt.date(2025, 5, 17))):  # fmt: skip
        assert windows_file_name(name) == name
        assert_windows_accepts(name, 150)


# --- a PDF open in a reader -------------------------------------------------------------------------------------


def _in_use(winerror: int) -> PermissionError:
    error = PermissionError(
        errno.EACCES, "The process cannot access the file because it is being used by another process"
    )
    error.winerror = winerror  # type: ignore[attr-defined]
    return error


def _refusing(error: OSError):  # type: ignore[no-untyped-def]
    def replace(source: object, target: object) -> None:
        raise error

    return functools.partial(replace_file, replace=replace, sleep=lambda s: None, patience=0.0)


@pytest.mark.parametrize("winerror", [32, 33])
def test_a_report_open_in_a_reader_is_in_use_not_read_only(tmp_path: Path, winerror: int) -> None:
    target = tmp_path / "Visite - Al Amal.pdf"
    target.write_bytes(b"%PDF-old")
    with pytest.raises(StorageError) as raised:
        write_pdf(target, b"%PDF-new", replace=_refusing(_in_use(winerror)))
    assert raised.value.code == "report_file_in_use"
    english = raised.value.message("en")
    assert "in use by another program" in english and "close it and try again" in english
    assert "read-only" not in english
    assert "مستعمل من طرف برنامج آخر" in raised.value.message("ar") and "fermez-le" in raised.value.message("fr")
    assert target.read_bytes() == b"%PDF-old" and sorted(tmp_path.iterdir()) == [target]


def test_a_folder_refusing_access_is_still_read_only(tmp_path: Path) -> None:
    denied = PermissionError(errno.EACCES, "Access is denied")
    denied.winerror = 5  # type: ignore[attr-defined]
    with pytest.raises(StorageError) as raised:
        write_pdf(tmp_path / "r.pdf", b"%PDF", replace=_refusing(denied))
    assert raised.value.code == "report_read_only"


# --- the file system of a folder, from the mount table ----------------------------------------------------------

MOUNTS = """\
22 1 8:2 / / rw,relatime shared:1 - ext4 /dev/sda2 rw
25 22 0:22 / /proc rw,nosuid shared:12 - proc proc rw
40 22 8:17 / /media/fatima/KINGSTON rw,nosuid,nodev shared:200 - vfat /dev/sdb1 rw,fmask=0022
41 22 8:33 / /media/fatima/USB\\040DISK rw,nosuid,nodev shared:201 - exfat /dev/sdc1 rw
42 22 8:49 / /media/fatima/DATA rw shared:202 - fuseblk /dev/sdd1 rw,user_id=0
43 40 8:65 / /media/fatima/KINGSTON/inner rw shared:203 - ext4 /dev/sde1 rw
44 22 8:81 / /mnt/stick rw shared:204 - ext4 /dev/sdf1 rw
45 22 8:81 / /mnt/stick rw shared:205 - msdos /dev/sdf1 rw
"""


@pytest.mark.parametrize(
    ("folder", "expected"),
    [
        ("/media/fatima/KINGSTON", "vfat"),
        ("/media/fatima/KINGSTON/taawun/exports", "vfat"),
        ("/media/fatima/KINGSTONE", "ext4"),  # a neighbour's name, not inside the stick
        ("/media/fatima/KINGSTON/inner/x", "ext4"),  # a file system mounted inside the stick
        ("/media/fatima/USB DISK/x", "exfat"),  # the table escapes the space as \040
        ("/media/fatima/DATA", "fuseblk"),
        ("/mnt/stick", "msdos"),  # the later of two mounts on one point hides the earlier
        ("/home/fatima", "ext4"),
    ],
)
def test_the_file_system_is_read_from_the_mount_table(tmp_path: Path, folder: str, expected: str) -> None:
    table = tmp_path / "mountinfo"
    table.write_text(MOUNTS, encoding="utf-8")
    assert file_system_of(folder, mount_table=table) == expected


def test_an_unreadable_mount_table_means_unknown(tmp_path: Path) -> None:
    assert file_system_of("/media/x", mount_table=tmp_path / "absent") is None


def test_this_machine_s_own_mount_table_names_a_file_system(tmp_path: Path) -> None:
    assert file_system_of(tmp_path) not in (None, "")


@pytest.mark.parametrize("name", ["vfat", "msdos", "FAT32", "FAT", "fat"])
def test_fat_holds_no_file_of_4_gib(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, name: str) -> None:
    monkeypatch.setattr(volumes, "file_system_of", lambda folder, **kw: name)
    check_fits(tmp_path, FAT_MAX_FILE)  # 4 GiB less one byte: fits
    with pytest.raises(StorageError) as raised:
        check_fits(tmp_path, FAT_MAX_FILE + 1)
    assert raised.value.code == "file_too_big_for_fat"
    for lang, words in (("en", "exFAT or NTFS"), ("fr", "exFAT ou NTFS"), ("ar", "exFAT أو NTFS")):
        text = raised.value.message(lang)
        assert words in text and name in text and "4.0" in text and str(tmp_path) in text, text


@pytest.mark.parametrize("name", ["exfat", "exFAT", "NTFS", "fuseblk", "ext4", None])
def test_other_file_systems_take_big_files(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, name: str | None) -> None:
    monkeypatch.setattr(volumes, "file_system_of", lambda folder, **kw: name)
    check_fits(tmp_path, 64 * 1024**3)
