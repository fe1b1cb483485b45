"""A fourth form added with a YAML file only (tests/e2e/training.yaml, copied beside the shipped forms into the
folder `$TAAWUN_FORMS` names): no code. It is then in the command line (add, list, show, report), search (Arabic
folded), sync (exported on one laptop, merged on another), the window (navigation, its list and filters, the
cooperative's page) and a generic PDF report in Arabic."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from app.cli.program import main
from app.core.forms import load_form_directory
from app.db.list_filters import distinct_values
from app.resources import forms_dir
from app.sync.merge import merge_files
from app.ui.application import WindowController
from app.ui.services import Services

HERE = Path(__file__).resolve().parent
COOPERATIVE = "تعاونية الأمل النسوية"
TITLE = "دورة في التسيير المالي للتعاونيات"
NOTES = "تَكْوِينُ المُسَيِّرِين على مَسْكِ الحِسَابات"  # with vowel marks: searched without them


@pytest.fixture(autouse=True)
def forms_folder(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The shipped forms and the training form, in the folder the application is pointed at (before the window's
    fixtures open their database)."""
    shipped = forms_dir()
    folder = tmp_path_factory.mktemp("forms")
    for path in shipped.glob("*.yaml"):
        shutil.copy(path, folder / path.name)
    shutil.copy(HERE / "training.yaml", folder / "training.yaml")
    monkeypatch.setenv("TAAWUN_FORMS", str(folder))
    return folder


def cli(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> str:
    capsys.readouterr()
    code = main(["--db", str(db), "--lang", "ar", *args])
    out, err = capsys.readouterr()
    assert code == 0, out + err
    return out


def test_a_training_form_from_a_yaml_file_only(qtbot: QtBot, capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                               services: Services, controller: WindowController) -> None:  # fmt: skip
    # --- the command line, on the first laptop ---------------------------------------------------------------------
    first = tmp_path / "first.db"
    coop = cli(capsys, first, "add", "cooperative", "--set", f"name_ar={COOPERATIVE}", "--set", "province=خنيفرة",
               "--set", "commune=مريرت").strip().splitlines()[-1]  # fmt: skip
    training = cli(capsys, first, "add", "training", "--set", f"title={TITLE}", "--set", "held_on=2025-06-12",
                   "--set", f"cooperative={coop}", "--set", "province=خنيفرة", "--set", "commune=مريرت",
                   "--set", "participants_count=٢٤", "--set", "topics=management, التسويق",
                   "--set", f"notes={NOTES}").strip().splitlines()[-1]  # fmt: skip
    other = cli(capsys, first, "add", "training", "--set", "title=دورة في الجودة", "--set", "held_on=2025-03-02",
                "--set", "province=أزيلال").strip().splitlines()[-1]  # fmt: skip
    listed = json.loads(cli(capsys, first, "list", "training", "--json"))
    assert {row["id"] for row in listed} == {training, other}
    shown = json.loads(cli(capsys, first, "show", training, "--json"))
    assert shown["data"]["participants_count"] == 24  # Arabic-Indic digits read as a number
    assert shown["data"]["topics"] == ["management", "marketing"]  # by value and by Arabic label
    assert shown["data"]["cooperative"] == coop
    # Search: the words without their vowel marks, and a hamza written as a bare alif, find the record.
    found = json.loads(cli(capsys, first, "search", "تكوين المسيرين", "--json"))
    assert [hit["id"] for hit in found] == [training] and found[0]["form"] == "training"
    assert training in {hit["id"] for hit in json.loads(cli(capsys, first, "search", "الامل", "--json"))} | {
        hit["id"] for hit in json.loads(cli(capsys, first, "search", "المالي", "--json"))}  # fmt: skip

    # --- a generic PDF report, in Arabic ---------------------------------------------------------------------------
    pdf = tmp_path / "training.pdf"
    cli(capsys, first, "report", "training", training, "--out", str(pdf))
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    for words in ("الدورة", "المشاركين", "خنيفرة", "24", "12/06/2025"):
        assert words in text, (words, text)
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")],
                   check=True)  # fmt: skip
    assert (tmp_path / "page-1.png").stat().st_size > 10_000

    # --- sync: exported on the first laptop, merged on the window's ------------------------------------------------
    out_dir = tmp_path / "stick"
    out_dir.mkdir()
    package = cli(capsys, first, "sync", "export", str(out_dir)).strip().splitlines()[-1]
    store = services.store
    outcomes = list(merge_files(store, [package]))
    assert [outcome.merged for outcome in outcomes] == [True]
    assert store.get(training).data["title"] == TITLE and store.get(training).form == "training"

    # --- the window: navigation, list, filters, the cooperative's page ---------------------------------------------
    window = controller.window
    for listing in window.lists.values():
        listing.refresh()  # as after a merge in the window
    assert window.form_names == ("cooperative", "visit", "workshop", "training")  # after the declared ones
    assert window.navigation.item(3).text() == "الدورات التكوينية"  # the heading its file declares
    assert window.navigation.item(window.stick_row).text() and window.search_row == 5
    window.navigation.setCurrentRow(3)
    page = window.lists["training"]
    assert window.stack.currentWidget() is page
    assert "الدورات التكوينية" in page.title.text()
    assert page.model.rowCount() == 2
    bar = page.filter_bar
    assert set(bar.inputs) == {"province", "commune", "date_from", "date_to", "state", "topic"}  # its own
    # A filter of its own, on its topics: labelled as the field, offering the field's choices.
    topic = bar.inputs["topic"]
    assert isinstance(topic, QComboBox)
    assert [topic.itemText(i) for i in range(1, topic.count())] == ["التسيير المالي والإداري", "التسويق", "الجودة"]
    assert "المحاور" in {label.text() for label in bar.findChildren(QLabel)}
    topic.setCurrentIndex(topic.findData("marketing"))
    assert page.model.rowCount() == 1 and page.model.record_id(0) == training
    topic.setCurrentIndex(topic.findData("quality"))
    assert page.model.rowCount() == 0
    topic.setCurrentIndex(0)
    assert page.model.rowCount() == 2
    date_from = bar.inputs["date_from"]
    assert isinstance(date_from, QLineEdit)
    date_from.setText("2025-06-01")
    date_from.editingFinished.emit()
    assert page.model.rowCount() == 1 and page.model.record_id(0) == training
    date_from.setText("")
    date_from.editingFinished.emit()
    province = bar.inputs["province"]
    assert isinstance(province, QComboBox)
    # The values the list offers: those of its records (its own place), as the open combo box reads them.
    assert distinct_values(store.conn, store.forms, "training", "province") == ["أزيلال", "خنيفرة"]
    province.addItem("أزيلال", "أزيلال")
    province.setCurrentIndex(province.findData("أزيلال"))
    assert page.model.rowCount() == 1 and page.model.record_id(0) == other
    bar.clear()
    # Its declared columns, after the title: labelled as their fields, shown in the language, sorted by a click.
    third = store.create("training", {"title": "دورة ثالثة", "held_on": "2025-07-01", "participants_count": 5,
                                      "topics": ["quality"]})  # fmt: skip
    page.refresh()
    model = page.model
    keys = [c.key for c in model.columns]
    assert keys == ["title", "participants_count", "topics", "state", "updated_at", "author"]
    assert [model.headerData(i, Qt.Orientation.Horizontal) for i in (1, 2)] == ["عدد المشاركين", "المحاور"]
    row = model.row_of(training)
    assert [model.data(model.index(row, i)) for i in (1, 2)] == ["\u206624\u2069", "التسيير المالي والإداري، التسويق"]
    # None first; then 5 before 24, and the topics by their places in the form (management before quality).
    for column, ascending in ((1, [other, third, training]), (2, [other, training, third])):
        page.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
        assert [model.record_id(row) for row in range(3)] == ascending and model.query.order_by == keys[column]
        page.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
        assert [model.record_id(row) for row in range(3)] == ascending[::-1]
    # The cooperative's page lists its visits and, from the training form's reference to it, its trainings.
    record_page = window.open_record(coop)
    assert record_page is not None
    forms = [table.record_model().query.form for table in record_page.related_tables]
    assert forms == ["visit", "training"]
    trainings = record_page.related_tables[1].record_model()
    assert trainings.rowCount() == 1 and trainings.record_id(0) == training
    # Named there with its declared words: its heading over its records, "new training" on the button.
    titles = {box.title() for box in record_page.findChildren(QGroupBox)}
    assert {"الزيارات الميدانية", "الدورات التكوينية"} <= titles
    assert record_page.new_related_buttons[1].text() == "دورة تكوينية جديدة"
    window.leave_record_page()
    # A new training's page is headed with the same words, as the shipped forms' pages are.
    new_page = window.new_record("training")
    assert new_page is not None and new_page.heading.text() == "دورة تكوينية جديدة"
    window.leave_record_page()


def test_the_training_form_loads_with_the_shipped_ones(forms_folder: Path) -> None:
    forms = load_form_directory(forms_folder)
    assert forms.names() == ["cooperative", "training", "visit", "workshop"]
