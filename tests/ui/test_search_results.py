"""Search results: compact rows of one height (form, title, date, agent, the words found), a dozen or more visible in
a 1280x672 window, and two visits to one cooperative on one day told apart by their agent and what was found."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.ui.application import WindowController
from app.ui.search_page import COLUMNS

VISITS = 14


def _fill(controller: WindowController) -> tuple[str, str]:
    store = controller.services.store
    cooperative = store.create("cooperative", {"name_ar": "تعاونية أزير", "province": "خنيفرة"}, draft=True)
    pair = []
    for day in range(VISITS):
        agent = "يوسف" if day == 1 else "فاطمة"
        date = "2025-05-17" if day < 2 else f"2025-04-{day + 1:02d}"
        text = "تسويق زيت الزيتون في السوق الأسبوعي" if day == 1 else f"جني الزيتون والتخزين، الزيارة {day}"
        record_id = store.create("visit", {"cooperative": cooperative, "visit_date": date, "agent": agent,
                                           "observations": text}, draft=True)  # fmt: skip
        if day < 2:
            pair.append(record_id)
    return pair[0], pair[1]


def _search(controller: WindowController, word: str) -> None:
    window = controller.window
    window.resize(1280, 672)
    window.search_everything()
    window.search_page.box.setText(word)
    window.search_page.run_search()
    QApplication.processEvents()


def test_results_are_compact_uniform_rows_that_tell_two_visits_of_a_day_apart(controller: WindowController,
                                                                              tmp_path: Path) -> None:  # fmt: skip
    first, second = _fill(controller)
    shots = Path(os.environ.get("TAAWUN_SCREENSHOTS") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    for lang in ("ar", "fr"):
        if lang != controller.services.lang:
            controller.switch_language(lang)
        _search(controller, "الزيتون")
        results = controller.window.search_page.results
        assert results.count() == VISITS
        heights = {results.rowHeight(row) for row in range(results.count())}
        assert len(heights) == 1  # one height for every result
        viewport = results.viewport().height()
        visible = [row for row in range(results.count())
                   if results.visualRect(results.model().index(row, 0)).bottom() <= viewport]  # fmt: skip
        assert controller.window.height() <= 672 and len(visible) >= 12, (controller.window.size(), len(visible))
        rows = {results.record_id(row): [results.item(row, c).text() for c in range(len(COLUMNS))]
                for row in range(results.count())}  # fmt: skip
        one, two = rows[first], rows[second]
        date = COLUMNS.index("date")
        assert "17/05/2025" in one[date] and one[date] == two[date]  # the same day, in the one date format
        assert one[COLUMNS.index("title")] == two[COLUMNS.index("title")]  # the same cooperative
        assert (one[COLUMNS.index("agent")], two[COLUMNS.index("agent")]) == ("فاطمة", "يوسف")
        assert "الزيتون" in one[COLUMNS.index("found")] and one[COLUMNS.index("found")] != two[COLUMNS.index("found")]
        assert one[COLUMNS.index("form")] == {"ar": "زيارة ميدانية", "fr": "Visite de terrain"}[lang]
        controller.window.grab().save(str(shots / f"search-results-{lang}.png"))
