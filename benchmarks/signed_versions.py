"""Signed versions: signing a laptop's versions before an export, and merging a file of 75,000 changed visits into
a database of 100,000 with and without the check of each new version's signature, same run.

    .venv/bin/python benchmarks/signed_versions.py [--visits 100000] [--changed 75000] [--signed 100000] [--repeat 2]

The database is benchmarks/sync_merge.py's (make_big_database's demo event and N generated visits). A peer copy
(another device) edits `--changed` visits and signs them (`sign_pending`), then exports: that file is merged, each
time in a fresh process on a fresh copy, into the database as it is (no organisation: signatures carried along,
not checked) and into the same database made a member of an organisation whose list names the peer (each new
version verified against the list: app/sync/signatures.py, on its own thread beside the validation). Signing is
measured on another peer that edited `--signed` visits (what a laptop that joined with that much work signs once).

Measured (session 25, the project's 2-core AMD EPYC test machine, shared with other work; `openssl speed ed25519`
there: sign about 40 µs, verify about 120 µs), the best of 2 runs, with signed batches (one Ed25519 signature per
batch of up to 4,000 versions, each version vouched for by its SHA-256 digest):
- sign_pending, 100,000 versions: 3.8 s in one transaction (38 µs each: reading the versions, their encoding and
  digest, rewriting each history row with its batch's id; 25 signatures in all); 4.1 s in a busier run.
  Per-version signatures took 8.8 s (88 µs each).
- merge of 75,000 changed visits: 10.6 s in no organisation (signatures carried, not checked); 10.9 s in an
  organisation (1.03x; runs 11.7/11.9 and 10.6/10.9 s). In a busier run of the machine: 17.1 s and 19.3 s (1.13x).
  Per-version signatures: 13.7 s and 25.3 s (1.84x). The signatures' check alone (one thread, nothing beside it):
  2.2 s, 30 µs a version (reading, encoding and hashing it; the 19 batches' verifications about 2 ms), against
  10.7 s (of which 9.0 s Ed25519) with per-version signatures. Beside the validation it shares Python's
  interpreter lock, so its thread's own time (7.1 s) overlaps the validation's and is not what the merge loses.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from child_run import run_on_copy  # noqa: E402
from make_big_database import build  # noqa: E402
from sync_merge import laptop_database, open_store, schema_tag  # noqa: E402

from app.core.clock import now_text  # noqa: E402
from app.db.store import Store  # noqa: E402
from app.security import organisation  # noqa: E402
from app.security.keys import LaptopKeys, OrganisationKey  # noqa: E402
from app.security.member_list import Laptop, MemberList  # noqa: E402
from app.security.version_signing import sign_pending  # noqa: E402

PASSPHRASE = "benchmark passphrase"


def peer_with_edits(base: Path, path: Path, changed: int) -> tuple[Store, str]:
    """A copy of `base` as another device that edited `changed` visits (as sync_merge.make_package's peer);
    returns the open store and the stamp just before its edits."""
    path.unlink(missing_ok=True)
    shutil.copy(base, path)
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM meta WHERE key = 'device_id'")  # a copy is another laptop: a new device id
    conn.commit()
    conn.close()
    store = open_store(path, "peer")
    device = store.device_id
    newest = int(store.conn.execute("SELECT max(substr(hlc, 1, 16)) FROM history").fetchone()[0])
    store.conn.execute("BEGIN IMMEDIATE")
    store.conn.execute(
        "CREATE TEMP TABLE changed AS SELECT id FROM records WHERE form = 'visit' ORDER BY id LIMIT ?", (changed,)
    )
    store.conn.execute(
        "UPDATE records SET data = json_set(data, '$.problems', 'مشكلة في التسويق رقم ' || rowid),"
        " version = version + 1, hlc = printf('%016d.0000.%s', ?2 + rowid, ?1), device = ?1,"
        " device_name = 'peer', author = 'peer', updated_at = '2025-06-01T10:00:00+00:00'"
        " WHERE id IN (SELECT id FROM temp.changed)",
        (device, newest + 1),
    )
    store.conn.execute(
        "INSERT INTO history (record_id, hlc, version, form, form_version, state, data, device, device_name,"
        " author, changed_at, deleted) SELECT id, hlc, version, form, form_version, state, data, device,"
        " device_name, author, updated_at, deleted FROM records WHERE id IN (SELECT id FROM temp.changed)"
    )
    store.conn.execute("COMMIT")
    store.catch_up_derived()  # as the store's own edits would have left them (not to be measured as signing)
    return store, f"{newest + 1:016d}.0000.0"


def make_files(base: Path, work: Path, changed: int) -> tuple[Path, Path]:
    """The signed package of a peer that edited `changed` visits, and the database made a member of an
    organisation naming that peer (both remade when the schema changes)."""
    done = work / f"files-{changed}.json"
    if done.exists():
        found = json.loads(done.read_text())
        if all(Path(p).exists() for p in found):
            return Path(found[0]), Path(found[1])
    from app.sync.export import export_package

    peer, since = peer_with_edits(base, work / "peer.db", changed)
    peer_keys = LaptopKeys.generate(peer.device_id)
    sign_pending(peer, peer_keys)
    (work / "package").mkdir(exist_ok=True)
    package = export_package(peer, work / "package").path
    peer.close()
    (work / "peer.db").unlink()
    member = work / f"member-{schema_tag()}.db"
    shutil.copy(base, member)
    with open_store(member, "local") as store:
        org_key, keys = OrganisationKey.generate(), LaptopKeys.generate(store.device_id)
        laptops = (
            Laptop(store.device_id, "local", "coordinator", keys.sign_public, keys.recipient, now_text()),
            Laptop(peer_keys.laptop, "peer", "agent", peer_keys.sign_public, peer_keys.recipient, now_text()),
        )
        members = MemberList(uuid.uuid4().hex, "benchmark", org_key.public, 1, now_text(), store.device_id, since,
                             laptops).signed(org_key)  # fmt: skip
        with store.transaction():
            organisation.save_list(store, members)
            organisation.save_keys(store, organisation.Unlocked(keys, org_key), PASSPHRASE)
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    done.write_text(json.dumps([str(package), str(member)]))
    return package, member


def measure_signing(base: Path, work: Path, count: int) -> dict[str, float]:
    peer, _ = peer_with_edits(base, work / "signing.db", count)
    try:
        keys = LaptopKeys.generate(peer.device_id)
        started = time.perf_counter()
        signed = sign_pending(peer, keys)
        seconds = time.perf_counter() - started
    finally:
        peer.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{work / 'signing.db'}{suffix}").unlink(missing_ok=True)
    return {"signed": signed, "seconds": seconds}


def run_merge(db: Path, package: Path) -> dict[str, float]:
    import app.sync.incoming as incoming
    import app.sync.merge_package as merging

    checked = [0.0]
    check_signatures = incoming.check_signatures

    def timed(*args: object, **kwargs: object) -> None:  # the signatures' check, on its own thread
        started = time.perf_counter()
        check_signatures(*args, **kwargs)  # type: ignore[arg-type]
        checked[0] = time.perf_counter() - started

    incoming.check_signatures = timed  # type: ignore[assignment]
    alone = check_alone(db, package)
    store = open_store(db, "local")
    started = time.perf_counter()
    _, counts = merging.check_and_merge(store, package, log_file=str(package))
    seconds = time.perf_counter() - started
    store.close()
    return {"seconds": seconds, "signatures": checked[0], "versions_added": counts.versions_added, **alone}


def check_alone(db: Path, package: Path) -> dict[str, float]:
    """The signatures' check on one thread with nothing beside it (what a version costs), and how many batches it
    verified; nothing when the database is in no organisation."""
    from app.db.opening import connect_read_only
    from app.db.read_only import attached
    from app.security.version_signing import Verifier
    from app.sync.signatures import check_signatures

    with open_store(db, "local") as store:
        held, device = organisation.load(store), store.device_id
    if held is None:
        return {}
    verifier = Verifier(held.members, device)
    conn = connect_read_only(db, may_change=True)
    try:
        with attached(conn, package):
            started = time.perf_counter()
            check_signatures(conn, str(package), verifier, batch_size=500)
            seconds = time.perf_counter() - started
    finally:
        conn.close()
    return {"alone": seconds, "batches": len(verifier._batches)}


def main() -> None:
    sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]  # "µs" on any console
    parser = argparse.ArgumentParser()
    parser.add_argument("--visits", type=int, default=100_000)
    parser.add_argument("--changed", type=int, default=75_000)
    parser.add_argument("--signed", type=int, default=100_000)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out")
    parser.add_argument("--repeat", type=int, default=2, help="runs of each measurement (the best is kept)")
    parser.add_argument("--child", nargs=2, metavar=("DB", "PACKAGE"), help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child:
        print(json.dumps(run_merge(Path(options.child[0]), Path(options.child[1]))))
        return

    started = time.perf_counter()
    work = options.out / f"signed-versions-{options.visits}-{options.changed}-{schema_tag()}"
    work.mkdir(parents=True, exist_ok=True)
    generated = build(options.out / f"sync-merge-{options.visits}-generated-{schema_tag()}.db", options.visits)
    base = laptop_database(generated, work)
    package, member = make_files(base, work, options.changed)
    print(f"database: {options.visits:,} visits; package: {options.changed:,} changed visits, signed"
          f" ({package.stat().st_size / 1e6:.0f} MB); ready in {time.perf_counter() - started:.0f} s")  # fmt: skip
    signing = measure_signing(base, work, options.signed)
    per_version = signing["seconds"] / max(1, signing["signed"]) * 1e6
    print(f"sign_pending: {signing['signed']:,} versions in {signing['seconds']:.2f} s ({per_version:.0f} µs each,"
          " one transaction)")  # fmt: skip
    plain, checked = [], []
    for _ in range(options.repeat):
        plain.append(run_on_copy(__file__, base, work / "plain.db", ["--child", str(work / "plain.db"), str(package)]))
        checked.append(run_on_copy(__file__, member, work / "member.db",
                                   ["--child", str(work / "member.db"), str(package)]))  # fmt: skip
    best_plain = min(plain, key=lambda r: r["seconds"])
    best = min(checked, key=lambda r: r["seconds"])
    assert best["versions_added"] == best_plain["versions_added"] == options.changed, (best, best_plain)
    runs = ", ".join(f"{p['seconds']:.2f}/{c['seconds']:.2f}" for p, c in zip(plain, checked, strict=True))
    print(f"runs (no organisation/organisation, seconds): {runs}")
    verify = best["signatures"] / options.changed * 1e6
    print(f"merge, no organisation (signatures carried, not checked): {best_plain['seconds']:.2f} s")
    print(f"merge, in an organisation (each new version verified): {best['seconds']:.2f} s"
          f" ({best['seconds'] / best_plain['seconds']:.2f}x); the signatures' check, beside the validation:"
          f" {best['signatures']:.2f} s ({verify:.0f} µs a version, sharing the interpreter)")  # fmt: skip
    print(f"the signatures' check alone (one thread, nothing beside): {best['alone']:.2f} s"
          f" ({best['alone'] / options.changed * 1e6:.0f} µs a version; {best['batches']:.0f} batches, each verified"
          " once)")  # fmt: skip


if __name__ == "__main__":
    main()
