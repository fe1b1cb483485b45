"""The `taawun` command, through `main(argv)` as a user would type it (and as a real process where it matters)."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.program import main

ROOT = Path(__file__).resolve().parents[2]


class Cli:
    def __init__(self, db: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.db = db
        self.capsys = capsys

    def __call__(self, *args: str, db: Path | None = None) -> tuple[int, str, str]:
        self.capsys.readouterr()
        code = main(["--db", str(db or self.db), *args])
        out, err = self.capsys.readouterr()
        return code, out, err

    def json(self, *args: str) -> object:
        code, out, err = self(*args, "--json")
        assert code == 0, err
        return json.loads(out)


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(tmp_path / "x.db", capsys)


def table_counts(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("records", "history", "photos")}
    finally:
        conn.close()


def test_demo_twice_adds_nothing_the_second_time(cli: Cli) -> None:
    assert cli("demo")[0] == 0
    counts = table_counts(cli.db)
    coops = cli.json("list", "cooperative")
    assert cli("demo")[0] == 0
    assert table_counts(cli.db) == counts
    assert isinstance(coops, list) and len(coops) == 4
    assert {c["data"]["name_ar"] for c in coops} >= {
        "تعاونية بيئتي لتدبير النفايات",
        "تعاونية إفسان لإنتاج الكسكس البلدي",
    }
    assert {c["data"].get("name_fr") for c in coops} >= {"Coopérative Tanfnit"}
    assert len(cli.json("list", "visit")) == 4 and len(cli.json("list", "workshop")) == 1


def test_add_visit_without_cooperative_exits_2_names_the_field_and_writes_nothing(cli: Cli) -> None:
    cli("demo")
    before = table_counts(cli.db)
    for lang, word in (("ar", "التعاونية"), ("fr", "Coopérative"), ("en", "Cooperative")):
        code, out, err = cli("add", "visit", "--set", "observations=ملاحظة", "--set", "visit_date=2025-05-17",
                             "--lang", lang)  # fmt: skip
        assert code == 2 and out == ""
        assert "cooperative" in err and word in err
    assert table_counts(cli.db) == before


def test_add_prints_the_new_id_and_show_finds_it(cli: Cli) -> None:
    code, out, err = cli("add", "cooperative", "--set", "name_ar=تعاونية الأمل", "--set", "members_total=٣٠",
                         "--set", "phone=06 12 34 56 78", "--set", "sectors=olives,dairy")  # fmt: skip
    assert code == 0, err
    record_id = out.strip()
    record = cli.json("show", record_id)
    assert isinstance(record, dict)
    assert record["data"] == {"name_ar": "تعاونية الأمل", "members_total": 30, "phone": "+212612345678",
                              "sectors": ["dairy", "olives"]}  # fmt: skip
    code, out, _ = cli("show", record_id, "--lang", "fr")
    assert code == 0 and "Nombre total de membres: 30" in out and "Olives" in out


def test_add_from_json_with_groups_and_photos(cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    coop = cli("add", "cooperative", "--set", "name_ar=تعاونية")[1].strip()
    picture = tmp_path / "صورة.jpg"
    picture.write_bytes(b"\xff\xd8\xff jpeg")
    payload = tmp_path / "visit.json"
    payload.write_text(json.dumps({
        "cooperative": coop, "visit_date": "17/05/2025", "observations": "ضعف التأطير",
        "recommendations": [{"action": "تكوين في التسيير", "responsible": "الشبكة", "due_date": "2025-09-30"},
                            {"action": "زيارات بينية"}],
    }, ensure_ascii=False), encoding="utf-8")  # fmt: skip
    code, out, err = cli("add", "visit", "--json", str(payload), "--set", f"photos={picture}")
    assert code == 0, err
    visit = cli.json("show", out.strip())
    assert isinstance(visit, dict)
    assert visit["data"]["visit_date"] == "2025-05-17"
    assert [r["action"] for r in visit["data"]["recommendations"]] == ["تكوين في التسيير", "زيارات بينية"]
    digest = hashlib.sha256(b"\xff\xd8\xff jpeg").hexdigest()
    assert visit["data"]["photos"] == [{"sha256": digest, "name": "صورة.jpg"}]
    assert table_counts(cli.db)["photos"] == 1


def test_a_bad_photo_path_or_bad_json_exits_2_and_writes_nothing(cli: Cli, tmp_path: Path) -> None:
    coop = cli("add", "cooperative", "--set", "name_ar=تعاونية")[1].strip()
    before = table_counts(cli.db)
    code, _, err = cli("add", "visit", "--set", f"cooperative={coop}", "--set", "visit_date=2025-05-17",
                       "--set", "observations=x", "--set", f"photos={tmp_path / 'missing.jpg'}", "--lang", "en")  # fmt: skip
    assert code == 2 and "missing.jpg" in err
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    assert cli("add", "visit", "--json", str(bad))[0] == 2
    assert cli("add", "visit", "--set", "no equals sign")[0] == 2
    assert cli("add", "farm", "--set", "x=1")[0] == 2
    assert table_counts(cli.db) == before


@pytest.mark.parametrize("value", ["0812345678", "12345", "+33612345678"])
def test_wrong_phone_is_refused_in_the_chosen_language(cli: Cli, value: str) -> None:
    code, _, err = cli("add", "cooperative", "--set", "name_ar=تعاونية", "--set", f"phone={value}", "--lang", "fr")
    assert code == 2 and "n'est pas un numéro marocain" in err and "phone" in err


def test_edit_then_history_shows_both_versions_then_delete(cli: Cli) -> None:
    record_id = main_add(cli, "--author", "Fatima")
    code, _, err = cli("edit", record_id, "--set", "members_total=35", "--author", "Ahmed")
    assert code == 0, err
    versions = cli.json("history", record_id)
    assert isinstance(versions, list)
    assert [(v["version"], v["author"]) for v in versions] == [(1, "Fatima"), (2, "Ahmed")]
    assert all(v["device_name"] and v["changed_at"] for v in versions)
    code, out, _ = cli("history", record_id, "--lang", "en")
    assert "Version 1" in out and "Version 2" in out and "Fatima" in out and "Ahmed" in out
    assert "Total number of members: (empty) → 35" in out  # what changed, by its label, from → to

    assert cli("delete", record_id)[0] == 0
    listed = cli.json("list", "cooperative")
    assert isinstance(listed, list) and record_id not in {r["id"] for r in listed}
    versions = cli.json("history", record_id)
    assert isinstance(versions, list) and len(versions) == 3 and versions[-1]["deleted"] is True
    assert cli("show", record_id)[0] == 2


def main_add(cli: Cli, *extra: str) -> str:
    code, out, err = cli("add", "cooperative", "--set", "name_ar=تعاونية الأمل", *extra)
    assert code == 0, err
    return out.strip()


def test_edit_of_unknown_id_exits_2(cli: Cli) -> None:
    cli("demo")
    code, _, err = cli("edit", "0a39cfd6-6e7d-4d5f-97eb-d1869adafa1b", "--set", "name_ar=x", "--lang", "en")
    assert code == 2 and "No record" in err


def test_forms_lists_and_checks(cli: Cli, tmp_path: Path) -> None:
    cli("demo")  # `forms` reads the database's forms: a named file that does not exist is refused (exit 3)
    code, out, _ = cli("forms", "--lang", "fr")
    assert code == 0 and "cooperative" in out and "visit" in out and "workshop" in out
    code, out, _ = cli("forms", "check", str(ROOT / "forms" / "visit.yaml"), "--lang", "en")
    assert code == 0 and "valid" in out
    broken = tmp_path / "visit.yaml"
    broken.write_text("form: visit\nversion: 1\nlabel: {ar: زيارة, fr: Visite, en: Visit}\nsections:\n"
                      "  - name: a\n    label: {ar: أ, fr: A, en: A}\n    fields:\n"
                      "      - {name: when, type: datetime, label: {ar: متى, fr: Quand, en: When}}\n",
                      encoding="utf-8")  # fmt: skip
    code, out, err = cli("forms", "check", str(broken), "--lang", "en")
    assert code == 2 and str(broken) in err and "when" in err and "datetime" in err


def test_check_reports_a_sound_database(cli: Cli) -> None:
    cli("demo")
    code, out, _ = cli("check", "--lang", "en")
    assert code == 0 and "9 records" in out


def run(*args: str, env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **(env_extra or {})}
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, encoding="utf-8", cwd=ROOT, env=env,
                          timeout=60)  # fmt: skip


def test_real_process_rejects_a_text_file_and_a_truncated_copy_untouched(tmp_path: Path) -> None:
    text_file = tmp_path / "notes.txt"
    text_file.write_text("ceci n'est pas une base\n", encoding="utf-8")
    real = tmp_path / "real.db"
    assert run("--db", str(real), "demo").returncode == 0
    truncated = tmp_path / "truncated.db"
    truncated.write_bytes(real.read_bytes()[: real.stat().st_size // 2])
    for path in (text_file, truncated):
        before = path.read_bytes()
        result = run("--db", str(path), "list", "cooperative", "--lang", "en")
        assert result.returncode == 3, result.stderr
        assert str(path) in result.stderr and "untouched" in result.stderr and "Traceback" not in result.stderr
        assert path.read_bytes() == before


def test_real_process_uses_taawun_db_and_keeps_arabic_intact(tmp_path: Path) -> None:
    db = tmp_path / "env.db"
    assert run("demo", env_extra={"TAAWUN_DB": str(db)}).returncode == 0
    result = run("list", "cooperative", "--json", env_extra={"TAAWUN_DB": str(db)})
    assert result.returncode == 0
    names = {c["data"]["name_ar"] for c in json.loads(result.stdout)}
    assert "تعاونية تانفنيت لإنتاج و تسويق الحليب و الزيتون" in names


def test_a_bug_exits_1_with_the_log_path(cli: Cli, monkeypatch: pytest.MonkeyPatch, isolated_home: Path) -> None:
    import app.cli.program

    def broken(ctx: object) -> int:
        raise RuntimeError("boom")

    monkeypatch.setitem(app.cli.program.COMMANDS, "check", broken)
    code, _, err = cli("check", "--lang", "en")
    log = isolated_home / "logs" / "taawun.log"
    assert code == 1 and str(log) in err and "boom" not in err
    assert "RuntimeError: boom" in log.read_text(encoding="utf-8")


def test_history_says_where_an_imported_version_came_from(cli: Cli, tmp_path: Path) -> None:
    sheet = tmp_path / "sheets" / "تعاونيات Tiznit.csv"
    sheet.parent.mkdir()
    sheet.write_text("name_ar,members_total\nتعاونية الأمل,12\nتعاونية النور,30\n", encoding="utf-8-sig")
    assert cli("demo")[0] == 0  # a database to import into
    code, out, err = cli("import", "cooperative", str(sheet), "--lang", "en")
    assert code == 0, (out, err)
    listed = cli.json("list", "cooperative")
    assert isinstance(listed, list)
    record_id = next(r["id"] for r in listed if r["data"]["name_ar"] == "تعاونية النور")
    other = next(r["id"] for r in listed if r["data"]["name_ar"] == "تعاونية الأمل")
    assert cli("edit", record_id, "--set", "members_total=31")[0] == 0  # typed here: no origin
    versions = cli.json("history", record_id)
    assert isinstance(versions, list)
    assert [v["origin"] for v in versions] == ["تعاونيات Tiznit.csv:3", None]  # the name only, never the folder
    for lang, sentence in (("en", "Imported from تعاونيات Tiznit.csv, row 3"),
                           ("fr", "Importé de تعاونيات Tiznit.csv, ligne 3"),
                           ("ar", "مستورد من تعاونيات Tiznit.csv، السطر 3")):  # fmt: skip
        code, out, _ = cli("history", record_id, "--lang", lang)
        assert code == 0 and out.count(sentence) == 1, out
        assert str(sheet.parent) not in out
    code, out, _ = cli("history", other, "--lang", "en")
    assert "Imported from تعاونيات Tiznit.csv, row 2" in out
