"""The indicator report for donors: a period and an area (a province, or all), the programme's figures beside those
of the period before, on one or two pages, in Arabic (right to left) or French (app/db/indicators.py says what is
counted, app/db/indicator_rows.py how each figure reads; an unknown figure reads "unknown", never 0)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.db.indicator_rows import SECTIONS, Cell, Row, indicator_rows
from app.db.indicators import Area, Indicators, indicators
from app.reports.charts import BarChart
from app.reports.common import ReportContext
from app.reports.summary_report import Period

PART = "\u2003"  # a part of the figure above ("of which…") is indented, on the side the line starts


def read_indicators(ctx: ReportContext, period: Period) -> Indicators:
    """The figures, as of the report's day (what is overdue by then)."""
    area = Area(period.start, period.end, period.province)
    return indicators(ctx.store.conn, ctx.store.forms, area, today=ctx.generated_on)


def indicators_story(ctx: ReportContext, period: Period, found: Indicators | None = None) -> tuple[str, list[Flowable]]:
    found = found or read_indicators(ctx, period)
    title = ctx.t("ind_title")
    when = _dates(ctx, found.current.area)
    where = ctx.t("report_area", area=period.province or ctx.t("report_all_areas"))
    story: list[Flowable] = ctx.title_block(title, f"{when} — {where}")
    story.append(ctx.para(ctx.t("ind_scope"), ctx.styles.small.but(align="start")))
    rows = indicator_rows(found, ctx.store.forms, ctx.lang)
    header = [ctx.t("ind_indicator"), f"{ctx.t('ind_current')}\n{when}",
              f"{ctx.t('ind_previous')}\n{_dates(ctx, found.previous.area)}"]  # fmt: skip
    for section in SECTIONS:
        these = [row for row in rows if row.section == section]
        story.append(ctx.heading(ctx.t(section)))
        if section == "ind_section_visits":
            story += _purpose_chart(ctx, these)
        story.append(ctx.grid(header, [_line(row) for row in these], [4.2, 2.9, 2.9]))
    return f"{title} — {when}", story


def _dates(ctx: ReportContext, area: Area) -> str:
    return ctx.t("ind_dates", start=ctx.date(area.start.isoformat()), end=ctx.date(area.end.isoformat()))


def _line(row: Row) -> list[str]:
    return [f"{PART}{row.label}" if row.part else row.label, _cell(row.current), _cell(row.previous)]


def _cell(cell: Cell) -> str:
    return f"{cell.text}\n{cell.basis}" if cell.basis else cell.text


def _purpose_chart(ctx: ReportContext, rows: list[Row]) -> list[Flowable]:
    """The period's visits by purpose, as bars (the purposes with at least one visit in the period)."""
    items = [(row.label, int(row.current.value or 0)) for row in rows if row.part and row.current.value]
    if not items:
        return []
    number_font = ctx.engine.fonts.face("latin").fontName
    return [BarChart(ctx.engine, items, style=ctx.styles.cell, number_font=number_font)]
