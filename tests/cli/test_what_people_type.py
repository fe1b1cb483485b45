"""Issue 15, the command line: choices and references as people type them, `forms FORM`, drafts with a wrong
choice, a `--db` typo, the last lines of `backup` and `selftest`, `show`'s indentation, dates, plurals, history."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest

from app.cli.program import main
from app.core.forms import FormRegistry
from app.core.messages import translate
from app.db.store import Store

ISO_MOMENT = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")


class Cli:
    def __init__(self, db: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.db = db
        self.capsys = capsys

    def __call__(self, *args: str, db: Path | None = None) -> tuple[int, str, str]:
        self.capsys.readouterr()
        code = main(["--db", str(db or self.db), *args])
        out, err = self.capsys.readouterr()
        return code, out, err

    def ok(self, *args: str, db: Path | None = None) -> str:
        code, out, err = self(*args, db=db)
        assert code == 0, err
        return out

    def data(self, record_id: str) -> dict[str, object]:
        record = json.loads(self.ok("show", record_id, "--json"))
        assert isinstance(record, dict)
        return record["data"]


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(tmp_path / "x.db", capsys)


def _rows(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("SELECT count(*) FROM history").fetchone()[0])
    finally:
        conn.close()


# --- 1. choices as people type them; `forms FORM` ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("crafts", ["crafts"]),  # the value
        ("handicrafts", ["crafts"]),  # the English label, in any case
        ("ARTISANAT", ["crafts"]),  # the French label
        ("الصناعة التقليدية", ["crafts"]),  # the Arabic label
        ("الاركان", ["argan"]),  # folded as search folds Arabic (الأركان)
        ("artisanat، الأركان; Élevage", ["argan", "crafts", "livestock"]),  # several, any separator
    ],
)
def test_a_choice_is_its_value_or_its_label_in_any_language_folded(cli: Cli, typed: str, stored: list[str]) -> None:
    record_id = cli.ok("add", "cooperative", "--set", "name_ar=تعاونية أزير", "--set", f"sectors={typed}").strip()
    assert cli.data(record_id)["sectors"] == stored


def test_a_single_choice_by_a_folded_label_and_in_json(cli: Cli, tmp_path: Path) -> None:
    source = tmp_path / "coop.json"
    source.write_text(json.dumps({"name_ar": "تعاونية أزير", "legal_form": "cooperative", "sectors": ["Argan"]}))
    record_id = cli.ok("add", "cooperative", "--json", str(source), "--set", "legal_form=جمعيه").strip()
    assert cli.data(record_id)["legal_form"] == "association" and cli.data(record_id)["sectors"] == ["argan"]


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("fr", ["« Tanning »", "Secteurs d'activité", "crafts (Artisanat)", "argan (Argan)"]),
        ("ar", ["«Tanning»", "crafts (الصناعة التقليدية)", "argan (الأركان)"]),
        ("en", ["“Tanning”", "crafts (Handicrafts)", "livestock (Livestock)"]),
    ],
)
def test_an_unknown_choice_is_refused_with_the_valid_ones(cli: Cli, lang: str, words: list[str]) -> None:
    cli("demo")
    before = _rows(cli.db)
    code, out, err = cli("add", "cooperative", "--set", "name_ar=x", "--set", "sectors=argan,Tanning", "--lang", lang)
    assert code == 2 and out == ""
    for word in words:
        assert word in err
    assert _rows(cli.db) == before


def test_forms_form_shows_fields_types_and_choices_in_the_language(cli: Cli) -> None:
    cli("demo")
    out = cli.ok("forms", "cooperative", "--lang", "fr")
    assert "sectors  Secteurs d'activité (plusieurs choix)" in out
    assert "- crafts  Artisanat" in out and "- argan  Argan" in out
    assert re.search(r"name_ar  .* \(texte, obligatoire\)", out)
    out = cli.ok("forms", "visit", "--lang", "ar")
    assert "- diagnosis  تشخيص" in out and "visit_date  تاريخ الزيارة (تاريخ، إلزامي)" in out
    assert "recommendations  التوصيات (مجموعة متكررة)" in out and "      action  " in out  # sub-fields indented
    code, _, err = cli("forms", "nothing", "--lang", "en")
    assert code == 2 and "nothing" in err


# --- 2. a draft with a wrong choice says so ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("ar", ["تنبيه", "«diagnosys»", "الغرض من الزيارة", "diagnosis (تشخيص)"]),
        ("fr", ["Attention", "« diagnosys »", "Objet de la visite", "diagnosis (Diagnostic)"]),
        ("en", ["Warning", "“diagnosys”", "Purpose of the visit", "follow_up (Follow-up)"]),
    ],
)
def test_a_draft_keeps_a_wrong_choice_as_typed_and_warns(cli: Cli, lang: str, words: list[str]) -> None:
    cli("demo")
    coop = json.loads(cli.ok("list", "cooperative", "--json"))[0]["id"]
    code, out, err = cli("add", "visit", "--draft", "--set", f"cooperative={coop}", "--set", "purpose=diagnosys",
                         "--lang", lang)  # fmt: skip
    assert code == 0, err
    record_id = out.strip()
    assert cli.data(record_id)["purpose"] == "diagnosys"  # kept, as the window keeps it, and said
    for word in words:
        assert word in err
    code, out, err = cli("edit", record_id, "--set", "agent=فريق", "--lang", lang)  # still there: said again
    assert code == 0 and all(word in err for word in words)
    code, out, err = cli("edit", record_id, "--set", "purpose=suivi", "--lang", lang)  # corrected: no warning
    assert code == 0 and err == "" and cli.data(record_id)["purpose"] == "follow_up"
    code, _, err = cli("edit", record_id, "--set", "purpose=diagnosys", "--final", "--lang", lang)
    assert code == 2 and words[-1] in err  # a final record refuses it, listing the choices


# --- 3. a `--db` that does not exist --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        ["list", "cooperative"],
        ["show", "0a39cfd6-6e7d-4d5f-97eb-d1869adafa1b"],
        ["history", "0a39cfd6-6e7d-4d5f-97eb-d1869adafa1b"],
        ["search", "الحليب"],
        ["report", "summary", "--from", "2025-01-01", "--to", "2025-12-31", "--out", "r.pdf"],
        ["check"],
        ["forms"],
        ["conflicts"],
        ["sync", "export", "."],
        ["sync", "log"],
        ["edit", "0a39cfd6-6e7d-4d5f-97eb-d1869adafa1b", "--set", "name_ar=x"],
    ],
)
def test_a_read_command_on_a_missing_file_says_it_does_not_exist(cli: Cli, tmp_path: Path, command: list[str]) -> None:
    typo = tmp_path / "taawn.db"
    for lang, words in (("en", "There is no database at"), ("fr", "Il n'y a pas de base"), ("ar", "لا توجد قاعدة")):
        code, out, err = cli(*command, "--lang", lang, db=typo)
        assert code == 3 and words in err and str(typo) in err, (command, err)
        assert "records" not in out and "fiches" not in out
    assert not typo.exists() and not list(tmp_path.glob("taawn.db*"))


def test_the_missing_file_is_also_refused_through_taawun_db(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TAAWUN_DB", str(tmp_path / "typo.db"))
    assert main(["list", "visit", "--lang", "en"]) == 3 and "There is no database" in capsys.readouterr().err
    assert not (tmp_path / "typo.db").exists()


def test_commands_that_write_create_the_file(cli: Cli, tmp_path: Path) -> None:
    assert cli("add", "cooperative", "--set", "name_ar=x", db=tmp_path / "a.db")[0] == 0
    assert cli("demo", db=tmp_path / "b.db")[0] == 0
    package = cli.ok("sync", "export", str(tmp_path), db=tmp_path / "b.db").strip().splitlines()[-1]
    code, _, err = cli("sync", "merge", package, db=tmp_path / "c.db")
    assert code == 0, err
    assert all((tmp_path / name).exists() for name in ("a.db", "b.db", "c.db"))
    assert "9 records" in cli.ok("check", "--lang", "en", db=tmp_path / "c.db")


def test_an_import_creates_the_file_but_its_dry_run_does_not(cli: Cli, tmp_path: Path) -> None:
    """A programme starts with someone else's spreadsheet of cooperatives, on a laptop with no database yet."""
    sheet = tmp_path / "coops.csv"
    sheet.write_text("name_ar,commune\nتعاونية الأمل,مريرت\n", encoding="utf-8")
    code, _, err = cli("import", "cooperative", str(sheet), "--dry-run", "--lang", "en", db=tmp_path / "d.db")
    assert code == 3 and "There is no database at" in err and not (tmp_path / "d.db").exists()
    code, _, err = cli("import", "cooperative", str(sheet), db=tmp_path / "d.db")
    assert code == 0, err
    assert "1 record" in cli.ok("check", "--lang", "en", db=tmp_path / "d.db")


# --- 4. a reference by its record's name ---------------------------------------------------------------------------


def test_a_reference_by_an_unambiguous_name(cli: Cli) -> None:
    cli("demo")
    coop = cli.ok("add", "cooperative", "--set", "name_ar=تعاونية أزير", "--set", "name_fr=Coopérative Azir").strip()
    for name in ("تعاونية أزير", "تعاونيه ازير", "coopérative azir", "أزير"):
        record_id = cli.ok("add", "visit", "--draft", "--set", f"cooperative={name}").strip()
        assert cli.data(record_id)["cooperative"] == coop, name


def test_an_ambiguous_or_unknown_name_is_refused_with_the_candidates(cli: Cli) -> None:
    cli("demo")
    coops = json.loads(cli.ok("list", "cooperative", "--json"))
    before = _rows(cli.db)
    code, out, err = cli("add", "visit", "--set", "cooperative=الحليب", "--set", "observations=x",
                         "--set", "visit_date=2025-05-01", "--lang", "fr")  # fmt: skip
    assert code == 2 and out == "" and "plusieurs fiches" in err
    milk = [c for c in coops if "الحليب" in c["data"]["name_ar"]]
    assert len(milk) == 2
    for coop in milk:  # each candidate on its own line: its title and its id
        assert any(coop["data"]["name_ar"] in line and coop["id"] in line for line in err.splitlines())
    code, _, err = cli("add", "visit", "--draft", "--set", "cooperative=تعاونية لا توجد", "--lang", "ar")
    assert code == 2 and "لا يوجد أي سجل" in err and "تعاونية لا توجد" in err
    assert _rows(cli.db) == before


# --- 5. backup, selftest, show -------------------------------------------------------------------------------------


def test_backup_prints_the_copy_alone_on_its_last_line(cli: Cli, tmp_path: Path) -> None:
    cli("demo")
    (tmp_path / "stick").mkdir()
    for lang in ("ar", "fr", "en"):
        out = cli.ok("backup", str(tmp_path / "stick"), "--lang", lang)
        last = out.rstrip("\n").splitlines()[-1]
        assert Path(last).is_file() and Path(last).parent == tmp_path / "stick"


def test_selftest_names_only_files_that_still_exist(
    cli: Cli, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for args in ([], ["--out", str(tmp_path / "kept.pdf")]):
        capsys.readouterr()
        assert main(["selftest", "--lang", "en", *args]) == 0
        out = capsys.readouterr().out
        assert "Self-test passed: 3 forms" in out and "temporary files were removed" in out
        named = re.findall(r"(/\S+)", out)
        assert all(Path(path).exists() for path in named), out
    assert named == [str(tmp_path / "kept.pdf")]


def test_show_indents_every_line_of_a_multi_line_value(cli: Cli) -> None:
    cli("demo")
    coop = json.loads(cli.ok("list", "cooperative", "--json"))[0]["id"]
    entries = json.dumps([{"action": "تكوين\nتسويق", "responsible": "التعاونية", "due_date": "2025-09-30"}])
    record_id = cli.ok("add", "visit", "--set", f"cooperative={coop}", "--set", "visit_date=2025-05-17",
                       "--set", "observations=سطر أول\nسطر ثان", "--set", f"recommendations={entries}").strip()  # fmt: skip
    lines = cli.ok("show", record_id, "--lang", "fr").splitlines()
    start = lines.index("  Constats:")
    assert lines[start + 1 : start + 3] == ["    سطر أول", "    سطر ثان"]
    start = lines.index("  Recommandations:")
    assert lines[start + 1 : start + 6] == [
        "    1.",
        "      Recommandation ou action proposée:",
        "        تكوين",
        "        تسويق",
        "      Responsable: التعاونية",
    ]
    assert "      Échéance: 30/09/2025" in lines


# --- 6. dates; 7. plurals; 8. history --------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "date"), [("ar", "17/05/2025"), ("fr", "17/05/2025"), ("en", "2025-05-17")])
def test_human_output_shows_dates_in_the_language_and_json_stays_iso(cli: Cli, lang: str, date: str) -> None:
    cli("demo")
    visit = json.loads(cli.ok("list", "visit", "--json"))[0]
    assert visit["data"]["visit_date"] == "2025-05-17" and ISO_MOMENT.match(visit["updated_at"])
    cli.ok("edit", visit["id"], "--set", "agent=فريق")
    listed = cli.ok("list", "visit", "--lang", lang)
    shown = cli.ok("show", visit["id"], "--lang", lang)
    history = cli.ok("history", visit["id"], "--lang", lang)
    searched = cli.ok("search", "تعاونية", "--form", "visit", "--lang", lang)
    for text in (listed, shown, history, searched):
        assert date in text and not ISO_MOMENT.search(text) and "+00:00" not in text
    if lang != "en":
        assert "2025-05-17" not in listed + shown + history + searched
    moment = re.compile(r"\d\d/\d\d/\d{4} \d\d:\d\d" if lang != "en" else r"\d{4}-\d\d-\d\d \d\d:\d\d")
    assert moment.search(shown) and len(moment.findall(history)) == 2


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("ar", ["لا توجد أي سجلات", "سجل واحد", "سجلان", "3 سجلات", "11 سجلا", "100 سجل"]),
        ("fr", ["0 fiche", "1 fiche", "2 fiches", "3 fiches", "11 fiches", "100 fiches"]),
        ("en", ["0 records", "1 record", "2 records", "3 records", "11 records", "100 records"]),
    ],
)
def test_list_counts_in_the_plural(cli: Cli, shipped_forms: FormRegistry, lang: str, expected: list[str]) -> None:
    seen = []
    with Store.open(cli.db, forms=shipped_forms, author="فاطمة", device_name="mrirt") as store:
        made = 0
        for count in (0, 1, 2, 3, 11, 100):
            while made < count:
                store.create("workshop", {"title": f"لقاء {made}"}, draft=True)
                made += 1
            seen.append(cli.ok("list", "workshop", "--lang", lang).splitlines()[-1])
    assert seen == expected


def test_report_and_export_count_in_the_plural(cli: Cli, tmp_path: Path) -> None:
    cli("demo")
    out = cli.ok("sync", "export", str(tmp_path), "--lang", "ar")
    assert "9 سجلات" in out and "9 نسخ" in out and "لا صور" in out and "9 سجل " not in out
    workshop = json.loads(cli.ok("list", "workshop", "--json"))[0]["id"]
    out = cli.ok("report", "workshop", workshop, "--out", str(tmp_path / "w.pdf"), "--lang", "en")
    match = re.search(r"\((\d+) pages?\)", out)
    assert match is not None
    pages = int(match.group(1))
    out = cli.ok("report", "workshop", workshop, "--out", str(tmp_path / "w.pdf"), "--lang", "ar")
    assert out.rstrip().endswith(f"({translate('n_pages', 'ar', count=pages)})")
    assert 3 <= pages <= 10 and f"({pages} صفحات)" in out  # the demo's workshop report: a few pages


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("fr", "Objet de la visite : Diagnostic → Suivi"),
        ("ar", "الغرض من الزيارة: من تشخيص إلى تتبع"),
        ("en", "Visit date: 2025-05-17 → 2025-05-18"),
    ],
)
def test_history_shows_what_changed_from_to_with_labels(cli: Cli, lang: str, line: str) -> None:
    cli("demo")
    coop = json.loads(cli.ok("list", "cooperative", "--json"))[0]["id"]
    record_id = cli.ok("add", "visit", "--set", f"cooperative={coop}", "--set", "visit_date=2025-05-17",
                       "--set", "observations=x", "--set", "purpose=diagnosis").strip()  # fmt: skip
    cli.ok("edit", record_id, "--set", "purpose=follow_up", "--set", "visit_date=2025-05-18")
    lines = [text.strip() for text in cli.ok("history", record_id, "--lang", lang).splitlines()]
    assert line in lines
    assert "observations" not in " ".join(lines[lines.index(line) - 2 :])  # only what changed in version 2


def test_the_merge_report_and_the_sync_log_show_times_as_people_read_them(cli: Cli, tmp_path: Path) -> None:
    cli("demo", db=tmp_path / "agent.db")
    package = cli.ok("sync", "export", str(tmp_path), db=tmp_path / "agent.db").strip().splitlines()[-1]
    merged = cli.ok("sync", "merge", package, "--lang", "fr", db=tmp_path / "coordinator.db")
    log = cli.ok("sync", "log", "--lang", "fr", db=tmp_path / "coordinator.db")
    moment = re.compile(r"\d\d/\d\d/\d{4} \d\d:\d\d")
    assert re.search(r"exporté le " + moment.pattern, merged) and moment.search(log)
    for text in (merged, log):
        assert not ISO_MOMENT.search(text) and "+00:00" not in text
    coop = json.loads(cli.ok("list", "cooperative", "--json", db=tmp_path / "agent.db"))[0]["id"]
    cli.ok("edit", coop, "--set", "name_fr=A", db=tmp_path / "agent.db")
    cli.ok("edit", coop, "--set", "name_fr=B", db=tmp_path / "coordinator.db")
    (tmp_path / "second").mkdir()
    package = cli.ok("sync", "export", str(tmp_path / "second"), db=tmp_path / "agent.db").strip().splitlines()[-1]
    cli.ok("sync", "merge", package, db=tmp_path / "coordinator.db")
    conflicts = cli.ok("conflicts", "--lang", "fr", db=tmp_path / "coordinator.db")
    assert "1 conflit ouvert" in conflicts and len(moment.findall(conflicts)) == 3  # both versions, found at
    assert not ISO_MOMENT.search(conflicts)


@pytest.mark.parametrize(
    ("lang", "one", "three", "in_use"),
    [
        ("ar", "خطأ واحد في الاستمارة", "3 أخطاء في الاستمارة", "سجلان آخران يشيران إليه"),
        ("fr", "1 erreur dans le formulaire", "3 erreurs dans le formulaire", "2 autres fiches y renvoient"),
        ("en", "1 error in the form", "3 errors in the form", "2 other records refer to it"),
    ],
)
def test_refusals_count_in_the_plural(cli: Cli, lang: str, one: str, three: str, in_use: str) -> None:
    cli("demo")
    coop = json.loads(cli.ok("list", "visit", "--json"))[0]["data"]["cooperative"]
    code, _, err = cli("add", "visit", "--set", f"cooperative={coop}", "--set", "visit_date=2025-05-17", "--lang", lang)
    assert code == 2 and err.splitlines()[0].endswith(one) and len(err.splitlines()) == 2
    code, _, err = cli("add", "visit", "--set", "visit_date=x", "--lang", lang)
    assert code == 2 and err.splitlines()[0].endswith(three) and len(err.splitlines()) == 4
    users = [v for v in json.loads(cli.ok("list", "visit", "--json")) if v["data"]["cooperative"] == coop]
    while len(users) < 2:  # a second visit to the same cooperative
        users.append(cli.ok("add", "visit", "--draft", "--set", f"cooperative={coop}"))
    code, _, err = cli("delete", coop, "--lang", lang)
    assert code == 2 and in_use in err
