"""Command-line input is held to the declared bounds as it is read (issue 12, point 7): nothing is read without
bound, and input beyond a bound is bad input (exit 2) with a message naming the file, the field and the bound,
never a crash (exit 1); a large photo is scaled down before it is stored."""

from __future__ import annotations

import io
import json
import os
import sqlite3
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from PIL import Image

try:
    import resource
except ImportError:  # Windows: no memory limit on the child (the bounds are what is tested)
    resource = None  # type: ignore[assignment]

from app.cli.program import main

ROOT = Path(__file__).resolve().parents[2]
LONG_TEXT_MAX = 20_000  # app/core/bounds.py, written out: this file also runs against code from before the bounds


def run(db: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["--db", str(db), "--lang", "en", *args])
    out, err = capsys.readouterr()
    return code, out + err


def counts(db: Path) -> tuple[int, int]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT (SELECT count(*) FROM history), (SELECT count(*) FROM photos)").fetchone()
    finally:
        conn.close()


def limited_memory() -> None:  # in the child: a command that reads without bound fails fast instead of swapping
    resource.setrlimit(resource.RLIMIT_AS, (1_500_000_000, 1_500_000_000))


def run_process(db: Path, home: Path, *args: str | bytes) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HOME": str(home), "XDG_DATA_HOME": str(home / "data"),
           "XDG_CONFIG_HOME": str(home / "config")}  # fmt: skip
    return subprocess.run([sys.executable, "-m", "app", "--db", str(db), "--lang", "en", *args], env=env,
                          capture_output=True, timeout=120,
                          preexec_fn=limited_memory if resource is not None else None)  # fmt: skip


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "taawun.db"
    code, output = run(path, capsys, "add", "cooperative", "--set", "name_ar=تعاونية الأمل")
    assert code == 0, output
    return path


@pytest.fixture
def coop(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT id FROM records").fetchone()[0]
    finally:
        conn.close()


def test_a_draft_from_json_with_too_much_text_is_refused(db: Path, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    before = counts(db)
    payload = tmp_path / "draft.json"
    payload.write_text(json.dumps({"observations": "x" * 1_000_000}), encoding="utf-8")  # beyond the text bound
    code, output = run(db, capsys, "add", "visit", "--draft", "--json", str(payload))
    assert code == 2, output[:500]
    assert "observations" in output and str(LONG_TEXT_MAX) in output
    payload.write_text(json.dumps({"observations": "x" * 10_000_000}), encoding="utf-8")  # beyond the file bound
    code, output = run(db, capsys, "add", "visit", "--draft", "--json", str(payload))
    assert code == 2, output[:500]
    assert "draft.json" in output and "8 MB" in output
    assert counts(db) == before


def test_json_nested_100000_deep_is_bad_input(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    payload = tmp_path / "deep.json"
    payload.write_text('{"observations": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")
    code, output = run(db, capsys, "add", "visit", "--draft", "--json", str(payload))
    assert code == 2, output[:500]
    assert "deep.json" in output and "nested too deep" in output


def test_json_that_is_not_utf8_is_bad_input(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    payload = tmp_path / "latin1.json"
    payload.write_bytes('{"observations": "Coopérative"}'.encode("latin-1"))
    code, output = run(db, capsys, "add", "visit", "--draft", "--json", str(payload))
    assert code == 2 and "latin1.json" in output


def test_set_text_the_terminal_could_not_decode_is_bad_input(db: Path, tmp_path: Path) -> None:
    result = run_process(db, tmp_path, "add", "cooperative", "--set", b"name_ar=\xff\xfe caf\xe9")
    assert result.returncode == 2, result.stderr.decode("utf-8", "replace")
    assert b"name_ar" in result.stderr and b"UTF-8" in result.stderr
    assert counts(db)[0] == 1


@pytest.mark.parametrize("path", ["/dev/zero", "folder"])
def test_a_photo_that_is_not_a_regular_file_is_never_read(db: Path, coop: str, tmp_path: Path, path: str) -> None:
    target = path if path.startswith("/") else str(tmp_path)
    result = run_process(db, tmp_path, "add", "visit", "--set", f"cooperative={coop}", "--set",
                         "visit_date=2025-05-17", "--set", "observations=x", "--set", f"photos={target}")  # fmt: skip
    said = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 2, said[-2000:]
    assert "not a regular photo file" in said and "photos" in said
    assert counts(db) == (1, 0)


def png_claiming(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(64))) + chunk(b"IEND", b""))  # fmt: skip


def test_photos_beyond_a_bound_are_refused_naming_file_field_and_bound(
    db: Path, coop: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(png_claiming(12_500, 12_500))
    huge = tmp_path / "huge.jpg"
    with huge.open("wb") as file:
        file.truncate(15_000_001)  # sparse: no disk used
    base = ["add", "visit", "--set", f"cooperative={coop}", "--set", "visit_date=2025-05-17", "--set", "observations=x"]
    code, output = run(db, capsys, *base, "--set", f"photos={bomb}")
    assert code == 2 and "bomb.png" in output and "photos" in output and "12500 × 12500" in output, output
    assert "40 megapixels" in output
    code, output = run(db, capsys, *base, "--set", f"photos={huge}")
    assert code == 2 and "huge.jpg" in output and "15 MB" in output, output
    assert counts(db) == (1, 0)


def test_a_large_phone_photo_is_scaled_down_before_it_is_stored(
    db: Path, coop: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    picture = tmp_path / "IMG_2041.jpg"
    Image.new("RGB", (4000, 3000), (30, 140, 70)).save(picture, "JPEG", quality=95)
    code, output = run(db, capsys, "add", "visit", "--set", f"cooperative={coop}", "--set", "visit_date=2025-05-17",
                       "--set", "observations=x", "--set", f"photos={picture}")  # fmt: skip
    assert code == 0, output
    conn = sqlite3.connect(db)
    digest, content = conn.execute("SELECT sha256, content FROM photos").fetchone()
    data = json.loads(conn.execute("SELECT data FROM records WHERE form = 'visit'").fetchone()[0])
    conn.close()
    assert data["photos"] == [{"sha256": digest, "name": "IMG_2041.jpg"}]
    with Image.open(io.BytesIO(content)) as stored:
        assert stored.size == (2000, 1500)
    assert len(content) < picture.stat().st_size
