"""Every atomic write survives an antivirus holding the file for a moment (issue 13, point 3).

Windows refuses `os.replace` with a sharing violation (PermissionError, winerror 32, 33 or 5) while a scanner or
the search indexer has the new file or the old one open; `replace_file` tries again for a second or two and gives
up with the last error. Stand-ins: a replace that refuses N times, and a clock that moves only when slept."""

from __future__ import annotations

import errno
import functools
import json
import os
import re
from pathlib import Path

import pytest

from app.core import files
from app.core.autosave import AutosaveFolder, Unsaved
from app.core.errors import StorageError
from app.core.files import FileNotWritten, replace_file, write_text_atomically
from app.core.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


class FakeClock:
    """Time that passes only when someone sleeps."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def time(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def sharing_violation(winerror: int = 32) -> PermissionError:
    """What Windows raises when another program holds the file (errno EACCES; winerror set by hand off Windows)."""
    error = PermissionError(
        errno.EACCES, "The process cannot access the file because it is being used by another process"
    )
    error.winerror = winerror  # type: ignore[attr-defined]
    return error


_REAL_REPLACE = os.replace


class Refusing:
    """`os.replace` refusing the first `times` calls with `error`, then doing the real thing."""

    def __init__(self, times: int, error: OSError | None = None) -> None:
        self.times = times
        self.calls = 0
        self.error = error or sharing_violation()

    def __call__(self, source: object, target: object) -> None:
        self.calls += 1
        if self.calls <= self.times:
            raise self.error
        _REAL_REPLACE(source, target)  # type: ignore[arg-type]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def retrying(refusing: Refusing, clock: FakeClock) -> functools.partial[None]:
    return functools.partial(replace_file, replace=refusing, sleep=clock.sleep, clock=clock.time)


@pytest.mark.parametrize("winerror", [5, 32, 33])
def test_a_replace_refused_for_a_moment_succeeds(tmp_path: Path, clock: FakeClock, winerror: int) -> None:
    (tmp_path / "new").write_text("new", encoding="utf-8")
    (tmp_path / "old").write_text("old", encoding="utf-8")
    refusing = Refusing(3, sharing_violation(winerror))
    replace_file(tmp_path / "new", tmp_path / "old", replace=refusing, sleep=clock.sleep, clock=clock.time)
    assert (tmp_path / "old").read_text(encoding="utf-8") == "new"
    assert refusing.calls == 4
    assert 0 < clock.now < 0.5  # short sleeps, not a second each


def test_a_lasting_refusal_is_raised_after_about_two_seconds(tmp_path: Path, clock: FakeClock) -> None:
    (tmp_path / "new").write_text("new", encoding="utf-8")
    refusing = Refusing(10_000)
    with pytest.raises(PermissionError) as raised:
        replace_file(tmp_path / "new", tmp_path / "old", replace=refusing, sleep=clock.sleep, clock=clock.time)
    assert raised.value is refusing.error
    assert files.REPLACE_PATIENCE <= clock.now <= files.REPLACE_PATIENCE + 0.25
    assert max(clock.sleeps) <= 0.2 and 10 <= refusing.calls <= 40
    assert (tmp_path / "new").exists() and not (tmp_path / "old").exists()


@pytest.mark.parametrize(
    "error",
    [
        OSError(errno.ENOSPC, "No space left on device"),
        PermissionError(errno.EACCES, "Permission denied"),  # a read-only folder on Linux: no winerror
        OSError(errno.EROFS, "Read-only file system"),
        FileNotFoundError(errno.ENOENT, "No such file"),
    ],
    ids=["disk-full", "denied", "read-only", "missing"],
)
def test_other_errors_are_never_retried(tmp_path: Path, clock: FakeClock, error: OSError) -> None:
    refusing = Refusing(10_000, error)
    with pytest.raises(OSError) as raised:
        replace_file(tmp_path / "new", tmp_path / "old", replace=refusing, sleep=clock.sleep, clock=clock.time)
    assert raised.value is error and refusing.calls == 1 and clock.sleeps == []


def test_winerror_2_is_not_a_sharing_violation(tmp_path: Path, clock: FakeClock) -> None:
    error = FileNotFoundError(errno.ENOENT, "The system cannot find the file specified")
    error.winerror = 2  # type: ignore[attr-defined]
    refusing = Refusing(10_000, error)
    with pytest.raises(FileNotFoundError):
        replace_file(tmp_path / "a", tmp_path / "b", replace=refusing, sleep=clock.sleep, clock=clock.time)
    assert refusing.calls == 1


def test_the_system_replace_is_looked_up_at_each_call(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     clock: FakeClock) -> None:  # fmt: skip
    """A Windows stand-in that replaces `os.replace` for the whole suite reaches every atomic write."""
    refusing = Refusing(1)
    monkeypatch.setattr(os, "replace", refusing)
    (tmp_path / "new").write_text("x", encoding="utf-8")
    replace_file(tmp_path / "new", tmp_path / "old", sleep=clock.sleep, clock=clock.time)
    assert refusing.calls == 2 and (tmp_path / "old").read_text(encoding="utf-8") == "x"


def test_a_failed_atomic_write_keeps_the_old_file_and_removes_the_temporary_one(tmp_path: Path,
                                                                                clock: FakeClock) -> None:  # fmt: skip
    target = tmp_path / "list_filters.json"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(PermissionError):
        write_text_atomically(target, "new", replace=retrying(Refusing(10_000), clock))
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["list_filters.json"]


def _unsaved(slot: str = "slot1") -> Unsaved:
    return Unsaved(slot=slot, form="visit", record_id=None, data={"observations": "ملاحظة"},
                   saved_at="2025-05-17T10:00:00", database="/data/taawun.db")  # fmt: skip


def test_autosave_survives_a_scanner_and_says_why_when_it_lasts(tmp_path: Path, clock: FakeClock) -> None:
    folder = AutosaveFolder(tmp_path / "autosave", replace=retrying(Refusing(2), clock))
    folder.write(_unsaved())
    assert [u.data for u in folder.pending("/data/taawun.db")] == [{"observations": "ملاحظة"}]
    folder.replace = retrying(Refusing(10_000), clock)
    with pytest.raises(FileNotWritten) as raised:
        folder.write(_unsaved())
    assert raised.value.code == "autosave_not_written"
    assert "in use by another program" in raised.value.message("en")
    assert "utilisé par un autre programme" in raised.value.message("fr")
    assert "مستعمل من طرف برنامج آخر" in raised.value.message("ar")
    assert sorted(p.name for p in (tmp_path / "autosave").iterdir()) == ["slot1.json"]  # no temporary left


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "the disk is full"),
        (OSError(errno.EROFS, "Read-only file system"), "read-only"),
        (OSError(errno.EIO, "Input/output error"), "Input/output error"),
    ],
)
def test_settings_that_cannot_be_written_raise_a_known_condition(tmp_path: Path, clock: FakeClock, error: OSError,
                                                                 reason: str) -> None:  # fmt: skip
    path = tmp_path / "settings.json"
    Settings(author="فاطمة").save(path)
    with pytest.raises(FileNotWritten) as raised:
        Settings(author="خديجة").save(path, replace=retrying(Refusing(10_000, error), clock))
    assert isinstance(raised.value, StorageError) and raised.value.code == "settings_not_saved"
    assert reason in raised.value.message("en") and str(path) in raised.value.message("en")
    assert clock.sleeps == []  # not a sharing violation: not retried
    assert json.loads(path.read_text(encoding="utf-8"))["author"] == "فاطمة"


def test_every_atomic_write_goes_through_the_retrying_replace() -> None:
    """No `os.replace(` left in the application but in the helper itself (and recovery.py, another part's)."""
    found = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"\bos\.replace\(", line.split("#")[0]):
                found.append(f"{path.relative_to(ROOT)}:{number}")
    assert [f for f in found if not f.startswith(("app/core/files.py", "app/db/recovery.py"))] == []
