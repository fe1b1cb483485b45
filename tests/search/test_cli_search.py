"""`taawun search` and `taawun check --repair`, through `main(argv)` as a user would type them."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest

from app.cli.program import main


class Cli:
    def __init__(self, db: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.db = db
        self.capsys = capsys

    def __call__(self, *args: str) -> tuple[int, str, str]:
        self.capsys.readouterr()
        code = main(["--db", str(self.db), *args])
        out, err = self.capsys.readouterr()
        return code, out, err


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    runner = Cli(tmp_path / "x.db", capsys)
    code, _, err = runner("demo")
    assert code == 0, err
    return runner


def test_search_prints_the_records_with_the_words_marked(cli: Cli) -> None:
    code, out, _ = cli("search", "الإمكانيات", "--lang", "fr")
    assert code == 0
    assert "[الإمكانيات]" in out
    assert "    Constats: …" in out  # the field's label in the language asked for, then the passage
    assert re.search(r"\d+ fiches? trouvées?", out)  # in the plural (issue 15)


def test_search_json_and_form_filter(cli: Cli) -> None:
    code, out, _ = cli("search", "مريرت", "--json")
    assert code == 0
    hits = json.loads(out)
    assert hits and {"id", "form", "title", "rank", "field", "snippet"} <= set(hits[0])
    code, out, _ = cli("search", "مريرت", "--form", "workshop", "--json")
    assert code == 0 and {hit["form"] for hit in json.loads(out)} == {"workshop"}


@pytest.mark.parametrize(("lang", "shown"), [("ar", "17/05/2025"), ("fr", "17/05/2025"), ("en", "2025-05-17")])
def test_a_visits_title_shows_the_languages_date_and_json_keeps_iso(cli: Cli, lang: str, shown: str) -> None:
    code, out, _ = cli("search", "بيئتي", "--form", "visit", "--lang", lang)
    assert code == 0 and f"تعاونية بيئتي لتدبير النفايات — {shown}" in out  # as `taawun list visit` shows it
    code, out, _ = cli("search", "بيئتي", "--form", "visit", "--lang", lang, "--json")
    assert [hit["title"] for hit in json.loads(out)] == ["تعاونية بيئتي لتدبير النفايات — 2025-05-17"]


def test_nothing_found_is_not_an_error(cli: Cli) -> None:
    code, out, _ = cli("search", "zzzzqqq", "--lang", "en")
    assert code == 0 and "No record contains" in out


@pytest.mark.parametrize("query", ["", "   ", "\"'*()"])
def test_a_query_without_words_exits_with_2(cli: Cli, query: str) -> None:
    code, _, err = cli("search", query, "--lang", "en")
    assert code == 2 and "at least one word" in err


def test_an_unknown_form_exits_with_2(cli: Cli) -> None:
    code, _, err = cli("search", "مريرت", "--form", "nothing")
    assert code == 2 and err


def test_check_repair_restores_an_emptied_index(cli: Cli) -> None:
    conn = sqlite3.connect(cli.db)
    conn.execute("DELETE FROM search_index")
    conn.commit()
    conn.close()
    assert cli("search", "مريرت", "--json")[1].strip() == "[]"
    code, out, _ = cli("check", "--lang", "en")
    assert code == 3 and "search index" in out and "--repair" in out
    code, out, _ = cli("check", "--repair", "--lang", "en")
    assert code == 0 and "Search index rebuilt (records indexed: 9)" in out
    assert json.loads(cli("search", "مريرت", "--json")[1])


def test_check_repair_restores_a_dropped_index(cli: Cli) -> None:
    conn = sqlite3.connect(cli.db)
    conn.executescript("DROP TABLE search_index; DROP TABLE search_words;")
    conn.close()
    code, out, _ = cli("check", "--repair", "--lang", "en")
    assert code == 0, out
    assert json.loads(cli("search", "مريرت", "--json")[1])
