"""`taawun followups` (app/cli/followups.py): the board, overdue only, a province, JSON; `followups done ID INDEX`
marks one done as a new version, `followups open ID INDEX` reopens it; a bad id, index or date is a clear translated
error that changes nothing."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from cli_run import run_cli

from app.core.forms import FormRegistry
from app.db.followups import local_today
from app.db.store import Store


@pytest.fixture
def made(db_path: Path, shipped_forms: FormRegistry) -> dict[str, str]:
    past = (local_today() - dt.timedelta(days=3)).isoformat()
    later = (local_today() + dt.timedelta(days=30)).isoformat()
    with Store.open(db_path, forms=shipped_forms, author="فاطمة", device_name="d") as store:
        tiznit = store.create("cooperative", {"name_ar": "تعاونية أكلو", "province": "تيزنيت"})
        khenifra = store.create("cooperative", {"name_ar": "تعاونية مريرت", "province": "خنيفرة"})
        visit = store.create("visit", {"cooperative": tiznit, "visit_date": "2026-01-05", "observations": "م",
                                       "recommendations": [{"action": "فتح حساب بنكي", "due_date": past},
                                                           {"action": "تكوين", "due_date": later}]})  # fmt: skip
        other = store.create("visit", {"cooperative": khenifra, "visit_date": "2026-01-06", "observations": "م",
                                       "recommendations": [{"action": "دفتر الحسابات", "due_date": past}]})  # fmt: skip
    return {"visit": visit, "other": other}


def test_the_board_overdue_by_province_and_as_json(db_path: Path, made: dict[str, str],
                                                   capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    code, out = run_cli(db_path, capsys, "followups", "--lang", "fr")
    assert code == 0 and out.count("\n") == 4, out
    assert f"[{made['visit']} #1]" in out and f"[{made['visit']} #2]" in out and "En retard" in out
    assert "Recommandations : 3, dont 2 en retard" in out
    code, out = run_cli(db_path, capsys, "followups", "--overdue", "--province", "تيزنيت", "--json")
    assert code == 0
    items = json.loads(out)
    assert [(i["record_id"], i["index"], i["action"], i["status"]) for i in items] == [
        (made["visit"], 1, "فتح حساب بنكي", "overdue")]  # fmt: skip
    code, out = run_cli(db_path, capsys, "followups", "--province", "الرباط", "--lang", "ar")
    assert code == 0 and out.strip() == "لا توجد توصيات مطابقة"


def test_done_then_open_again(db_path: Path, made: dict[str, str], capsys: pytest.CaptureFixture[str],
                              shipped_forms: FormRegistry) -> None:  # fmt: skip
    code, out = run_cli(
        db_path, capsys, "followups", "done", made["visit"], "1", "--note", "فتح الحساب", "--lang", "en"
    )
    assert code == 0 and out.strip() == f"Recommendation 1 of {made['visit']} marked done", out
    with Store.open(db_path, forms=shipped_forms, author="x", device_name="d") as store:
        record = store.get(made["visit"])
        assert record.version == 2
        assert record.data["recommendations"][0]["done_on"] == local_today().isoformat()
        assert record.data["recommendations"][0]["done_note"] == "فتح الحساب"
    code, out = run_cli(db_path, capsys, "followups", "--overdue", "--json")
    assert [i["record_id"] for i in json.loads(out)] == [made["other"]]
    code, out = run_cli(db_path, capsys, "followups", "--all", "--json")
    assert [i["status"] for i in json.loads(out) if i["record_id"] == made["visit"]] == ["done", "open"]
    code, out = run_cli(db_path, capsys, "followups", "done", made["other"], "#1", "--on", "01/02/2026")
    assert code == 0
    code, out = run_cli(db_path, capsys, "followups", "open", made["visit"], "1")
    assert code == 0
    with Store.open(db_path, forms=shipped_forms, author="x", device_name="d") as store:
        assert "done_on" not in store.get(made["visit"]).data["recommendations"][0]
        assert store.get(made["visit"]).version == 3
        assert store.get(made["other"]).data["recommendations"][0]["done_on"] == "2026-02-01"


@pytest.mark.parametrize(("args", "message"), [
    (("done", "nope", "1"), "Aucune visite ni rencontre n'a l'identifiant nope : rien n'a été modifié"),
    (("done", "VISIT", "3"), "Pas de recommandation n° 3 dans la fiche VISIT (elle en a 2) : rien n'a été modifié"),
    (("done", "VISIT", "0"), "pas « 0 »"),
    (("done", "VISIT", "deux"), "pas « deux »"),
    (("done", "VISIT", "-1"), "pas « -1 »"),
    (("done", "VISIT"), "Donnez après l'identifiant le numéro de la recommandation"),
    (("done",), "Donnez après l'identifiant le numéro de la recommandation"),
    (("done", "VISIT", "1", "--on", "31/02/2026"), "« 31/02/2026 » n'est pas une date valide pour --on"),
    (("done", "VISIT", "1", "--on", "2999-01-01"), "ne peut pas être dans le futur"),
    (("done", "COOP", "1"), "Aucune visite ni rencontre n'a l'identifiant COOP"),
])  # fmt: skip
def test_bad_input_is_refused_and_changes_nothing(db_path: Path, made: dict[str, str], shipped_forms: FormRegistry,
                                                  capsys: pytest.CaptureFixture[str], args: tuple[str, ...],
                                                  message: str) -> None:  # fmt: skip
    with Store.open(db_path, forms=shipped_forms, author="x", device_name="d") as store:
        coop = store.get(made["visit"]).data["cooperative"]
    named = [made["visit"] if a == "VISIT" else coop if a == "COOP" else a for a in args]
    before = db_path.read_bytes()
    code, out = run_cli(db_path, capsys, "followups", *named, "--lang", "fr")
    assert code != 0
    assert message.replace("VISIT", made["visit"]).replace("COOP", coop) in out, out
    assert "Traceback" not in out
    with Store.open(db_path, forms=shipped_forms, author="x", device_name="d") as store:
        assert store.get(made["visit"]).version == 1 and store.get(made["other"]).version == 1
    assert before  # the file was there before and after
