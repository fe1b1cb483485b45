"""The table of contents gives each heading's page, whether its rows were reserved before the build (one pass: the
usual case) or the headings turned out to be another number (the passes of reportlab's multiBuild)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from reportlab.platypus import Flowable

from app.reports import document
from app.reports.common import ReportContext
from app.reports.document import render
from app.reports.flowables import Contents
from app.reports.text_layout import TextEngine

SECTIONS = 7


def story(engine: TextEngine) -> tuple[ReportContext, list[Flowable]]:
    ctx = ReportContext(store=None, lang="fr", engine=engine, organisation="Réseau", generated_on=dt.date(2025, 6, 2),
                        width=500.0)  # type: ignore[arg-type]  # fmt: skip
    flowables: list[Flowable] = [Contents(engine, ctx.styles.cell.but(size=10, auto=False))]
    for number in range(1, SECTIONS + 1):
        flowables.append(ctx.heading(f"Section {number}"))
        words = " ".join(f"mot{index}" for index in range(40))
        # Sections of different lengths: some share a page, some span several.
        flowables += [ctx.para(words) for _ in range(12 * (number % 3) + 3)]
    return ctx, flowables


def contents_and_pages(pdf: bytes, reader: Callable[..., Any]) -> tuple[dict[str, int], dict[str, int]]:
    """(page each TOC row gives, page each heading stands on)."""
    text = reader(pdf, rtl=False)
    listed: dict[str, int] = {}
    standing: dict[str, int] = {}
    for segment in text.segments:
        if not segment.text.startswith("Section "):
            continue
        numbers = [s for s in text.segments if s.page == segment.page and abs(s.baseline - segment.baseline) < 0.5
                   and s.text.isdigit()]  # fmt: skip
        if segment.page == 1 and numbers and segment.text not in listed:
            listed[segment.text] = int(numbers[0].text)
        else:
            standing[segment.text] = segment.page
    return listed, standing


def test_the_contents_give_each_headings_page(engine: TextEngine, pdf_text: Callable[..., Any],
                                              monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    counted = document._headings
    pages = []
    for miscount in (0, 1, -1):  # reserved rightly, then for one heading too many or too few
        monkeypatch.setattr(document, "_headings", lambda flowables, miscount=miscount: counted(flowables) + miscount)
        ctx, flowables = story(engine)
        report = render(flowables, engine=engine, frame=ctx.frame("Sommaire"), lang="fr")
        listed, standing = contents_and_pages(report.pdf, pdf_text)
        assert len(listed) == SECTIONS and listed == standing
        assert max(standing.values()) > 3  # the headings are spread over several pages
        pages.append(
            [(s.page, round(s.baseline), round(s.x0), s.text) for s in pdf_text(report.pdf, rtl=False).segments]
        )
    assert pages[1] == pages[0] and pages[2] == pages[0]  # a miscount costs passes, never a different document


def test_one_pass_when_the_headings_are_known(engine: TextEngine, monkeypatch: pytest.MonkeyPatch) -> None:
    passes: list[int] = []
    build = document._ReportTemplate.build

    def counted(self: Any, *args: Any, **kwargs: Any) -> Any:
        passes.append(1)
        return build(self, *args, **kwargs)

    monkeypatch.setattr(document._ReportTemplate, "build", counted)
    ctx, flowables = story(engine)
    render(flowables, engine=engine, frame=ctx.frame("Sommaire"), lang="fr")
    assert len(passes) == 1
