"""The form files' YAML read once (app/core/form_documents.py): a later loading reads what was kept, gets the same
forms, reads a changed file's YAML again, and treats a damaged, foreign or unwritable cache as no cache."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import shutil
from pathlib import Path
from typing import Any

import pytest

from app.core import forms
from app.core.errors import FormDefinitionError
from app.core.form_documents import MISSING, FormDocuments
from app.core.forms import FormRegistry, load_form_directory
from app.resources import forms_dir


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A copy of the shipped forms, free to change."""
    copied = tmp_path / "forms"
    shutil.copytree(forms_dir(), copied)
    return copied


@pytest.fixture
def yaml_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files whose YAML is read, in order."""
    read: list[str] = []
    real = forms.read_yaml

    def counting(source: str, *, file: str) -> Any:
        read.append(Path(file).name)
        return real(source, file=file)

    monkeypatch.setattr(forms, "read_yaml", counting)
    return read


def same_forms(first: FormRegistry, second: FormRegistry) -> None:
    assert first.names() == second.names()
    for one, other in zip(first, second, strict=True):
        assert one == other  # name, version, labels, sections, every field with its rules
        assert (one.source, one.path, one.behaviour) == (other.source, other.path, other.behaviour)


def kept_digests(cache: Path) -> set[str]:
    return set(json.loads(cache.read_text(encoding="utf-8"))["documents"])


def digests(folder: Path) -> set[str]:
    return {hashlib.sha256(p.read_text(encoding="utf-8").encode()).hexdigest() for p in folder.glob("*.yaml")}


def test_a_second_loading_reads_no_yaml_and_gives_the_same_forms(folder: Path, tmp_path: Path,
                                                                 yaml_reads: list[str]) -> None:  # fmt: skip
    cache = tmp_path / "data" / "cache" / "forms.json"
    first = load_form_directory(folder, documents=FormDocuments(cache))
    assert yaml_reads == ["cooperative.yaml", "visit.yaml", "workshop.yaml"]
    assert kept_digests(cache) == digests(folder)
    written = cache.stat().st_mtime_ns

    second = load_form_directory(folder, documents=FormDocuments(cache))
    assert yaml_reads == ["cooperative.yaml", "visit.yaml", "workshop.yaml"]  # none read again
    same_forms(first, second)
    same_forms(load_form_directory(folder), second)  # as without a cache
    assert cache.stat().st_mtime_ns == written  # nothing changed: not written again


def test_a_changed_file_is_read_from_its_yaml_and_only_current_files_are_kept(folder: Path, tmp_path: Path,
                                                                             yaml_reads: list[str]) -> None:  # fmt: skip
    cache = tmp_path / "forms.json"
    load_form_directory(folder, documents=FormDocuments(cache))
    old = kept_digests(cache)
    visit = folder / "visit.yaml"
    visit.write_text(visit.read_text(encoding="utf-8").replace("Visite de terrain", "Visite sur le terrain", 1),
                     encoding="utf-8")  # fmt: skip
    yaml_reads.clear()

    changed = load_form_directory(folder, documents=FormDocuments(cache))
    assert yaml_reads == ["visit.yaml"]
    assert changed.get("visit").label["fr"] == "Visite sur le terrain"
    assert kept_digests(cache) == digests(folder) != old  # the old text's document is dropped


@pytest.mark.parametrize("content", [
    "not json", "[]", '{"format": 1, "release": "0.0.0", "documents": {}}', '{"format": 99, "documents": {}}',
    '{"format": 1, "release": "%s", "documents": {"%s": "{broken"}}',
])  # fmt: skip
def test_a_damaged_or_foreign_cache_is_as_good_as_none(folder: Path, tmp_path: Path, yaml_reads: list[str],
                                                       content: str) -> None:  # fmt: skip
    from app import __version__

    cache = tmp_path / "forms.json"
    digest = hashlib.sha256((folder / "cooperative.yaml").read_text(encoding="utf-8").encode()).hexdigest()
    cache.write_text(content.replace("%s", __version__, 1).replace("%s", digest, 1), encoding="utf-8")
    registry = load_form_directory(folder, documents=FormDocuments(cache))
    same_forms(registry, load_form_directory(folder))
    assert "cooperative.yaml" in yaml_reads
    assert kept_digests(cache) == digests(folder)  # written anew


def test_a_kept_document_goes_through_the_loader_s_checks(folder: Path, tmp_path: Path) -> None:
    cache = tmp_path / "forms.json"
    load_form_directory(folder, documents=FormDocuments(cache))
    stored = json.loads(cache.read_text(encoding="utf-8"))
    for key, text in stored["documents"].items():
        document = json.loads(text)
        document["colour"] = "red"  # a key no form may have
        stored["documents"][key] = json.dumps(document)
    cache.write_text(json.dumps(stored), encoding="utf-8")
    with pytest.raises(FormDefinitionError) as refused:
        load_form_directory(folder, documents=FormDocuments(cache))
    assert refused.value.code == "form_unknown_key"


def test_what_json_does_not_carry_unchanged_is_not_kept(tmp_path: Path) -> None:
    documents = FormDocuments(tmp_path / "forms.json")
    documents.put("a", {"on": dt.date(2025, 5, 17)})  # YAML reads an unquoted date as a date
    documents.put("b", {"fields": {1: "one", None: "none"}})  # keys that are not text
    documents.put("c", {"form": "x", "version": 1, "ratio": 0.5, "none": None, "list": [True, 2]})
    documents.save()
    again = FormDocuments(tmp_path / "forms.json")
    assert again.get("a") is MISSING and again.get("b") is MISSING
    assert again.get("c") == {"form": "x", "version": 1, "ratio": 0.5, "none": None, "list": [True, 2]}
    assert again.get("c") is not again.get("c")  # a new object each time: no loading shares one with another


def test_a_cache_that_cannot_be_written_costs_only_the_next_start(folder: Path, tmp_path: Path,
                                                                 caplog: pytest.LogCaptureFixture) -> None:  # fmt: skip
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="taawun.forms"):
        registry = load_form_directory(folder, documents=FormDocuments(blocker / "forms.json"))
    same_forms(registry, load_form_directory(folder))
    assert "form cache not written" in caplog.text
