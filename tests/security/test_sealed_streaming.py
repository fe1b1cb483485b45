"""Sealing and opening stream: a payload of 200 MB passes through in small pieces, never whole in memory (a 2 GB
package must seal on a laptop with 4 GB of memory)."""

from __future__ import annotations

import hashlib
import os
import tracemalloc
from pathlib import Path

from org_support import Laptops

from app.db.store import Store
from app.security import sealed

SIZE_MB = 200
PEAK_BOUND = 4_000_000  # bytes of Python heap at once: a few of age's 8 KiB pieces, the member list, the hashes (~0.1 MB measured)


def digest_of(path: Path) -> bytes:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.digest()


def test_a_200_mb_payload_is_sealed_and_opened_in_bounded_memory(
    laptops: dict[str, Store], three_laptops: Laptops, tmp_path: Path
) -> None:
    payload = tmp_path / "payload.bin"
    block = os.urandom(1 << 20)
    with payload.open("wb") as out:
        for n in range(SIZE_MB):
            out.write(n.to_bytes(4, "big") + block[4:])  # every MiB differs: a reordering would show
    target, into = tmp_path / "sealed.db", tmp_path / "into"
    into.mkdir()
    tracemalloc.start()
    try:
        with target.open("wb") as out:
            sealed.write_sealed(laptops["b"], three_laptops.keys["b"], payload, out, kind="backup")
        sealing_peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.reset_peak()
        opened = sealed.open_sealed(laptops["c"], target, three_laptops.keys["c"], into=into, kind="backup")
        opening_peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert target.stat().st_size > SIZE_MB << 20
    assert opened.path.parent == into and digest_of(opened.path) == digest_of(payload)
    assert sealing_peak < PEAK_BOUND and opening_peak < PEAK_BOUND, (sealing_peak, opening_peak)
