"""Values a package carries are held to the declared bounds (app/core/bounds.py) before anything is merged.

Each package is a real export, then edited with sqlite3 as an attacker (or a broken tool) would: the file is refused
(exit 3) with a message naming the file, the record or photo and the value, in every language, and the database
is exactly as it was; a good file merged in the same batch is still merged, and the laptop keeps working."""

from __future__ import annotations

import hashlib
import io
import json
import sqlite3
import struct
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from cli_run import run_cli
from PIL import Image

from app.db.store import Store
from app.sync.export import export_package
from app.sync.sync_log import recent_entries

# The declared bounds (app/core/bounds.py), written out: this file also runs against code from before them.
LONG_TEXT_MAX = 20_000
PHOTO_BYTES_MAX = 15_000_000


class Peer:
    """Another laptop's package: a cooperative, a final visit with a photo, a draft visit."""

    def __init__(self, store: Store, stick: Path) -> None:
        out = io.BytesIO()
        Image.new("RGB", (32, 24), (10, 120, 60)).save(out, "JPEG")
        digest = store.add_photo(out.getvalue())
        self.coop = store.create("cooperative", {"name_ar": "تعاونية الأمل"})
        self.visit = store.create("visit", {"cooperative": self.coop, "visit_date": "2025-05-17",
                                            "observations": "ملاحظة", "photos": [{"sha256": digest}]})  # fmt: skip
        self.draft = store.create("visit", {"cooperative": self.coop, "observations": "مسودة"}, draft=True)
        self.package = export_package(store, stick).path


def sql(path: Path, statement: str, params: tuple[Any, ...] = ()) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute(statement, params)
        conn.commit()
    finally:
        conn.close()


def set_current(path: Path, record_id: str, **columns: Any) -> None:
    """Change columns of a record's current version in both tables (the file stays self-consistent)."""
    for column, value in columns.items():
        new = "CAST(? AS TEXT)" if isinstance(value, bytes) else "?"  # bytes: text that is not UTF-8, as sqlite3 does
        sql(path, f"UPDATE history SET {column} = {new} WHERE record_id = ? AND hlc = (SELECT hlc FROM records"
                  " WHERE id = ?)", (value, record_id, record_id))  # fmt: skip
        sql(path, f"UPDATE records SET {'updated_at' if column == 'changed_at' else column} = {new} WHERE id = ?",
            (value, record_id))  # fmt: skip


def set_origin(path: Path, record_id: str, origin: str | bytes) -> None:
    """Where the record's versions say they came from (history only: records have no such column)."""
    new = "CAST(? AS TEXT)" if isinstance(origin, bytes) else "?"
    sql(path, f"UPDATE history SET origin = {new} WHERE record_id = ?", (origin, record_id))


def set_data_text(path: Path, record_id: str, text: str) -> None:
    set_current(path, record_id, data=text)


def add_photo_row(path: Path, content: bytes | None, *, size: int | None = None) -> None:
    """One more photo in the file (bytes given, or `size` zero bytes made by SQLite), counted in its manifest."""
    if content is None:
        assert size is not None
        digest = hashlib.sha256(bytes(size)).hexdigest()
        sql(path, "INSERT INTO photos (sha256, content, size, mime, added_at) VALUES (?, zeroblob(?), ?,"
                  " 'image/bmp', '2025-05-17T10:00:00+00:00')", (digest, size, size))  # fmt: skip
    else:
        digest = hashlib.sha256(content).hexdigest()
        sql(path, "INSERT INTO photos (sha256, content, size, mime, added_at) VALUES (?, ?, ?, 'image/png',"
                  " '2025-05-17T10:00:00+00:00')", (digest, content, len(content)))  # fmt: skip
    conn = sqlite3.connect(path)
    counts = json.loads(conn.execute("SELECT value FROM meta WHERE key = 'package_counts'").fetchone()[0])
    counts["photos"] += 1
    conn.execute("UPDATE meta SET value = ? WHERE key = 'package_counts'", (json.dumps(counts),))
    conn.commit()
    conn.close()


def png_claiming(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(64))) + chunk(b"IEND", b""))  # fmt: skip


def bmp_claiming(width: int, height: int) -> bytes:
    """The header of a 24-bit BMP of `width` x `height` (200 MB of pixels for 12,500 x 12,500... claimed only)."""
    return (b"BM" + struct.pack("<IHHI", 54 + width * height * 3, 0, 0, 54)
            + struct.pack("<IiiHHIIiiII", 40, width, height, 1, 24, 0, 0, 2835, 2835, 0, 0) + bytes(64))  # fmt: skip


def deep_json(depth: int) -> str:
    return '{"observations": ' + "[" * depth + '"x"' + "]" * depth + "}"


# Each case: how the package is altered, the code of the refusal, and what the message must name.
CASES: list[tuple[str, Callable[[Path, Peer], None], str, str]] = [
    ("invalid_utf8_author", lambda p, peer: set_current(p, peer.coop, author=b"\xff\xfe"), "sync_value_out_of_bounds",
     "author"),
    ("version_2_63", lambda p, peer: set_current(p, peer.coop, version=2**63 - 1), "sync_value_out_of_bounds",
     "version"),
    ("control_characters_in_device_name", lambda p, peer: set_current(p, peer.coop, device_name="\x1b[2Jnew: 0"),
     "sync_value_out_of_bounds", "device_name"),
    ("draft_nested_100000_deep", lambda p, peer: set_data_text(p, peer.draft, deep_json(100_000)),
     "sync_value_out_of_bounds", "data"),
    ("draft_with_10_mb_text", lambda p, peer: set_data_text(p, peer.draft, json.dumps({"observations": "x" * 10**7})),
     "sync_value_out_of_bounds", "data"),
    ("draft_with_20001_characters", lambda p, peer: set_data_text(p, peer.draft, json.dumps(
        {"observations": "س" * (LONG_TEXT_MAX + 1)}, ensure_ascii=False)), "sync_invalid_record",
     str(LONG_TEXT_MAX)),
    ("draft_with_a_list_where_text_is_expected", lambda p, peer: set_data_text(p, peer.draft, json.dumps(
        {"cooperative": peer.coop, "observations": ["a", "list"]})), "sync_invalid_record", "observations"),
    ("future_visit_with_future_changed_at", lambda p, peer: (
        set_data_text(p, peer.visit, json.dumps({"cooperative": peer.coop, "visit_date": "9999-01-01",
                                                 "observations": "ملاحظة"}, ensure_ascii=False)),
        set_current(p, peer.visit, changed_at="9999-12-31T00:00:00+00:00")), "sync_invalid_record", "visit_date"),
    ("origin_of_301_characters", lambda p, peer: set_origin(p, peer.coop, "س" * 298 + ":12"),
     "sync_value_out_of_bounds", "origin"),
    ("origin_of_10_mb", lambda p, peer: set_origin(p, peer.visit, "x" * 10**7 + ":12"), "sync_value_out_of_bounds",
     "origin"),
    ("control_characters_in_origin", lambda p, peer: set_origin(p, peer.coop, "\x1b[2Jnew.xlsx:3"),
     "sync_value_out_of_bounds", "origin"),
    ("origin_not_text", lambda p, peer: set_origin(p, peer.coop, b"\xff\xfe:3"), "sync_value_out_of_bounds",
     "origin"),
    ("bmp_of_200_mb", lambda p, peer: add_photo_row(p, bmp_claiming(12_500, 12_500)), "sync_photo_out_of_bounds",
     "12500"),
    ("photo_beyond_the_byte_bound", lambda p, peer: add_photo_row(p, None, size=PHOTO_BYTES_MAX + 1),
     "sync_photo_out_of_bounds", str(PHOTO_BYTES_MAX // 1_000_000)),
    ("png_12500_square", lambda p, peer: add_photo_row(p, png_claiming(12_500, 12_500)), "sync_photo_out_of_bounds",
     "12500"),
]  # fmt: skip


@pytest.fixture
def local(laptop: Any) -> Store:
    store = laptop("local")
    coop = store.create("cooperative", {"name_ar": "تعاونية النور"})
    store.create("visit", {"cooperative": coop, "visit_date": "2025-05-18", "observations": "زيارة"})
    return store


@pytest.mark.parametrize(("name", "alter", "code", "named"), CASES, ids=[case[0] for case in CASES])
def test_a_value_beyond_a_bound_refuses_the_file_and_changes_nothing(
    local: Store, laptop: Any, stick: Path, helpers: Any, capsys: pytest.CaptureFixture[str],
    name: str, alter: Callable[[Path, Peer], None], code: str, named: str,
) -> None:  # fmt: skip
    peer = Peer(laptop("peer"), stick)
    alter(peer.package, peer)
    before = helpers.dump(local.path)
    for lang in ("ar", "fr", "en"):
        exit_code, output = run_cli(local.path, capsys, "--lang", lang, "sync", "merge", str(peer.package))
        assert exit_code == 3, output
        entry = recent_entries(local.conn, limit=1)[0]
        assert (entry.outcome, entry.reason_code) == ("rejected", code), output
        assert str(peer.package) in output and named in output, output
        assert "\x1b" not in output  # nothing from the file printed raw
    assert helpers.dump(local.path) == before
    # The laptop works as before.
    for command in (["list", "visit"], ["check"], ["sync", "export", str(stick / "out")]):
        (stick / "out").mkdir(exist_ok=True)
        exit_code, output = run_cli(local.path, capsys, "--lang", "en", *command)
        assert exit_code == 0, (command, output)


def test_a_deep_draft_is_refused_and_the_good_file_of_the_batch_still_merges(
    local: Store, laptop: Any, stick: Path, helpers: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad_peer = Peer(laptop("peer"), stick)
    set_data_text(bad_peer.package, bad_peer.draft, deep_json(100_000))
    good_stick = tmp_path / "good"
    good_stick.mkdir()
    good = Peer(laptop("other"), good_stick)
    exit_code, output = run_cli(local.path, capsys, "--lang", "en", "sync", "merge", str(bad_peer.package),
                                str(good.package))  # fmt: skip
    assert exit_code == 3, output
    assert helpers.sync_log(local.path)[-2:] == [("rejected", "sync_value_out_of_bounds"), ("merged", None)]
    assert local.get(good.visit).data["observations"] == "ملاحظة"
    (stick / "out").mkdir()
    for command in (["list", "visit"], ["show", good.visit], ["check"], ["sync", "export", str(stick / "out")],
                    ["edit", good.visit, "--set", "observations=ملاحظة ثانية"]):  # fmt: skip
        exit_code, output = run_cli(local.path, capsys, "--lang", "en", *command)
        assert exit_code == 0, (command, output)
    assert local.get(good.visit).data["observations"] == "ملاحظة ثانية"


def test_incoming_dates_are_judged_on_this_laptops_day_within_the_clock_bound(
    local: Store, laptop: Any, stick: Path
) -> None:
    """A visit dated tomorrow (a laptop whose clock runs a few hours ahead) still merges; 9999 never does, whatever
    date the file says it was written on (tested above)."""
    import datetime as dt

    peer_store = laptop("peer")
    coop = peer_store.create("cooperative", {"name_ar": "تعاونية الغد"})
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    visit = peer_store.create("visit", {"cooperative": coop, "visit_date": "2025-05-17", "observations": "x"})
    package = export_package(peer_store, stick).path
    set_data_text(package, visit, json.dumps({"cooperative": coop, "observations": "x", "visit_date": tomorrow},
                                             sort_keys=True, separators=(",", ":")))  # fmt: skip
    from app.sync.merge import merge_file

    outcome = merge_file(local, package)
    assert outcome.merged, outcome.rejection and outcome.rejection.message("en")
    assert local.get(visit).data["visit_date"] == tomorrow
