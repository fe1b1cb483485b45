"""`taawun places match [--json]` and `taawun places match --accept [ID ...]` on a real database holding records made
under version 4 (province typed as text); and a province typed on the command line, read as the matching reads it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_run import run_cli
from form_versions import released_v4_forms
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from kinds_form import kinds_forms

from app.cli.changes_input import read_changes
from app.cli.choices import resolve_input
from app.core.display import format_value
from app.core.places import official_places
from app.db.store import Store


@pytest.fixture
def old_db(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    path = tmp_path / "taawun.db"
    with Store.open(path, forms=released_v4_forms(), author="a", device_name="old") as old:
        ids = {province: old.create("cooperative", {"name_ar": f"تعاونية {province}", "province": province})
               for province in ("Tiznit", "تزنيت", "إقليم تيزنيت", "Paris")}  # fmt: skip
    return path, ids


def test_match_lists_proposals_then_accept_writes_them(old_db: tuple[Path, dict[str, str]],
                                                        capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    path, ids = old_db
    code, out = run_cli(path, capsys, "--lang", "fr", "places", "match")
    assert code == 0
    for typed in ("Tiznit", "تزنيت", "إقليم تيزنيت"):
        assert ids[typed] in out and f"«{typed}» → Province de Tiznit" in out
    assert ids["Paris"] not in out
    assert "Propositions : 3" in out and "Textes laissés tels quels" in out and ": 1" in out

    code, out = run_cli(path, capsys, "places", "match", "--json")
    listed = json.loads(out)
    assert code == 0 and {(p["id"], p["text"], p["province"]) for p in listed} == {
        (ids[t], t, "tiznit") for t in ("Tiznit", "تزنيت", "إقليم تيزنيت")
    }
    assert listed[0]["name"]["ar"] == "إقليم تيزنيت" and listed[0]["region"] == "souss_massa"

    code, out = run_cli(path, capsys, "--lang", "en", "places", "match", "--accept", ids["تزنيت"])
    assert code == 0 and "Proposals accepted: 1" in out
    code, out = run_cli(path, capsys, "places", "match", "--accept", "--json")
    assert code == 0 and {p["id"] for p in json.loads(out)} == {ids["Tiznit"], ids["إقليم تيزنيت"]}
    code, out = run_cli(path, capsys, "--lang", "en", "places", "match")
    assert code == 0 and "No province typed as text" in out and "left as typed" in out
    code, out = run_cli(path, capsys, "history", ids["Tiznit"], "--json")
    assert [v["data"]["province"] for v in json.loads(out)] == ["Tiznit", "tiznit"]


def test_bad_ids_are_refused_clearly_and_nothing_is_accepted(old_db: tuple[Path, dict[str, str]],
                                                             capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    path, ids = old_db
    for lang, wanted, says in [
        ("fr", [ids["Tiznit"], ids["Paris"]], f"Aucune province n'est proposée pour la fiche {ids['Paris']}"),
        ("ar", [ids["Tiznit"], "12x"], "«12x» ليس معرف سجل"),
    ]:
        code, out = run_cli(path, capsys, "--lang", lang, "places", "match", "--accept", *wanted)
        assert code == 2 and says in out and "Traceback" not in out
    with Store.open(path, forms=released_v4_forms(), author="a", device_name="old") as store:
        assert all(store.get(record_id).version == 1 for record_id in ids.values())


def test_a_province_typed_on_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "t.db"
    code, out = run_cli(db, capsys, "add", "cooperative", "--set", "name_ar=تعاونية", "--set", "province=تزنيت")
    assert code == 0
    record_id = out.strip().splitlines()[0]
    code, out = run_cli(db, capsys, "show", record_id, "--json")
    assert json.loads(out)["data"]["province"] == "tiznit"
    code, out = run_cli(db, capsys, "--lang", "fr", "add", "cooperative", "--set", "name_ar=ت", "--set",
                        "province=Paris")  # fmt: skip
    assert code == 2 and "« Paris » (champ « Province ou préfecture ») n'est ni une province" in out
    code, out = run_cli(db, capsys, "--lang", "fr", "add", "cooperative", "--set", "name_ar=ت", "--set",
                        "province=Tiznit", "--set", "region=oriental")  # fmt: skip
    assert code == 2 and "Cette province n'appartient pas à la région choisie" in out
    code, out = run_cli(db, capsys, "--lang", "fr", "add", "cooperative", "--draft", "--set", "name_ar=ت", "--set",
                        "province=Paris")  # fmt: skip
    assert code == 0  # a draft keeps what was typed


@pytest.fixture(scope="module")
def kinds_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with Store.open(tmp_path_factory.mktemp("kinds") / "t.db", forms=kinds_forms(), author="a",
                    device_name="l") as opened:  # fmt: skip
        yield opened


PROVINCES = official_places().provinces


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(index=st.integers(0, len(PROVINCES) - 1), how=st.integers(0, 5), lang=st.sampled_from(["ar", "fr", "en"]))
def test_every_province_named_any_official_way_is_stored_by_its_code(kinds_store: Store, index: int, how: int,
                                                                      lang: str) -> None:  # fmt: skip
    province = PROVINCES[index]
    typed = [province.code, province.names["ar"], province.names["fr"], province.official("ar"),
             province.official("fr"), province.official("en").upper()][how]  # fmt: skip
    form = kinds_store.forms.get("kinds")
    data, _ = read_changes(form, [f"province={typed}"], None)
    record_id = kinds_store.create("kinds", resolve_input(kinds_store, form, data, draft=False, lang="fr"))
    stored = kinds_store.get(record_id).data["province"]
    spec = form.field("province")
    assert spec is not None and stored == province.code
    assert format_value(spec, stored, lang) == province.official(lang)
