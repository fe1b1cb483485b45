"""The follow-up board as a PDF (Arabic right to left, or French): the recommendations the board shows with its
filters, sorted by due date, each with its state on the day printed; the overdue count at the top."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable

from app.core.errors import InvalidInput
from app.core.messages import LANGUAGES
from app.core.shown import shown_text
from app.db.followups import BoardFilters, Item, board_count, board_items, status_code
from app.db.store import Store
from app.reports.common import ReportContext
from app.reports.document import MARGIN, RenderedReport, render
from app.reports.fonts import load_fonts
from app.reports.text_layout import TextEngine

COLUMNS = ("followup_column_due", "followup_column_status", "followup_column_where", "followup_column_action",
           "followup_column_responsible", "followup_column_agent", "followup_column_done")  # fmt: skip
WEIGHTS = [1.3, 2.0, 2.1, 3.6, 1.6, 1.3, 1.8]  # the status wide enough for « En retard »


def followups_story(ctx: ReportContext, filters: BoardFilters, today: dt.date) -> tuple[str, list[Flowable]]:
    store = ctx.store
    title = ctx.t("followup_report_title")
    items = list(board_items(store.conn, store.forms, filters, today=today))
    overdue = board_count(store.conn, store.forms, BoardFilters(**{**filters.__dict__, "status": "overdue"}),
                          today=today)  # fmt: skip
    facts = [ctx.t("followup_count", count=len(items), overdue=overdue)]
    place = " — ".join(part for part in (filters.province, filters.commune, filters.agent) if part)
    if place:
        facts.append(shown_text(place))
    if filters.made_from and filters.made_to:  # opened from a figure of the home: the paper says which period
        facts.append(ctx.t("followup_period_shown", start=ctx.date(filters.made_from), end=ctx.date(filters.made_to)))
    story: list[Flowable] = ctx.title_block(title, ctx.t("followup_report_day", date=ctx.date(today.isoformat())),
                                            *facts)  # fmt: skip
    if not items:
        return title, [*story, ctx.para(ctx.t("followup_none"))]
    story.append(ctx.grid([ctx.t(code) for code in COLUMNS], [_row(ctx, item) for item in items], WEIGHTS))
    return title, story


def _row(ctx: ReportContext, item: Item) -> list[str]:
    status = ctx.t(status_code(item))
    done = ctx.date(item.done_on) if item.done_on else ""
    if item.done_note:
        done = f"{done} — {shown_text(item.done_note, limit=300)}"
    where = shown_text(item.where or "", limit=80)
    return [ctx.date(item.due_date) if item.due_date else "—", status, where, shown_text(item.action, limit=600),
            shown_text(item.responsible or ""), shown_text(item.agent or ""), done]  # fmt: skip


def build_followups_report(store: Store, filters: BoardFilters, *, lang: str, today: dt.date, organisation: str = "",
                           engine: TextEngine | None = None) -> RenderedReport:  # fmt: skip
    """The board's PDF in memory (write it with app.reports.write_pdf)."""
    if lang not in LANGUAGES:
        raise InvalidInput("report_unknown_language", language=lang)
    engine = engine or TextEngine(load_fonts())
    ctx = ReportContext(store=store, lang=lang, engine=engine, organisation=organisation, generated_on=today,
                        width=A4[0] - 2 * MARGIN)  # fmt: skip
    title, story = followups_story(ctx, filters, today)
    return render(story, engine=engine, frame=ctx.frame(title), lang=lang)
