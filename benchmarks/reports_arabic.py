"""How much the correct Arabic text layer costs: a ~300-page Arabic report built with app/reports beside a plain
reportlab document of the same text volume in Latin script, without shaping, measured in the same run.

    .venv/bin/python benchmarks/reports_arabic.py [--pages 300] [--repeat 3] [--out FOLDER]

Prints both timings and their ratio (target: the Arabic report within 3x of the plain document): CPU time of this
process and wall time; each round builds both documents back to back and the ratio is the median over the rounds
(the CPU time is the fair one on a busy machine). The text
is the demo meeting's own prose, shuffled into fresh sentences with French words, dates, percentages and
parenthesised numbers mixed in, so the shaping cache sees a realistic vocabulary rather than one repeated page.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core.demo_event import ALL_RECORDS  # noqa: E402
from app.reports.document import PageFrame, render  # noqa: E402
from app.reports.flowables import BULLET, TextBlock  # noqa: E402
from app.reports.fonts import load_fonts  # noqa: E402
from app.reports.text_layout import TextEngine, TextStyle  # noqa: E402
from app.resources import fonts_dir  # noqa: E402

PARAGRAPHS_PER_PAGE = 10.7  # measured: body paragraphs of ~45 words, with a heading and bullets now and then
FRENCH = ("coopérative", "Ifssan", "Tanfnit", "commercialisation", "formation", "(ONCA)", "Khénifra", "M'rirt")
LATIN_WORDS = ("la", "coopérative", "des", "femmes", "produit", "du", "couscous", "et", "commercialise", "le", "lait",
               "formation", "gestion", "financière", "membres", "marché", "qualité", "emballage", "union", "région",
               "développement", "solidaire", "économie", "partenaires", "visite", "recommandation")  # fmt: skip


def _arabic_vocabulary() -> list[str]:
    words: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            words.extend(word for word in value.split() if any("\u0600" <= ch <= "\u06ff" for ch in word))
        elif isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)

    for record in ALL_RECORDS:
        walk(record.data)
    return words


def arabic_paragraphs(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    vocabulary = _arabic_vocabulary()
    paragraphs = []
    for _ in range(count):
        words = [rng.choice(vocabulary) for _ in range(rng.randint(35, 55))]
        for _ in range(3):  # the mixed content a real report has: French names, dates, percentages, (numbers)
            extra = rng.choice((rng.choice(FRENCH), f"{rng.randint(1, 28):02d}/0{rng.randint(1, 9)}/2025",
                                f"{rng.randint(1, 99)}%", f"({rng.randint(2, 40)})"))  # fmt: skip
            words.insert(rng.randrange(len(words)), extra)
        paragraphs.append(" ".join(words) + ".")
    return paragraphs


def latin_paragraphs(arabic: list[str], seed: int = 7) -> list[str]:
    """Latin paragraphs with the same number of characters as the Arabic ones."""
    rng = random.Random(seed)
    result = []
    for paragraph in arabic:
        words: list[str] = []
        while sum(len(w) + 1 for w in words) < len(paragraph):
            words.append(rng.choice(LATIN_WORDS))
        result.append(" ".join(words)[: len(paragraph) - 1] + ".")
    return result


def arabic_story(engine: TextEngine, paragraphs: list[str]) -> list[Flowable]:
    body = TextStyle(size=10, leading=17, direction="rtl", align="justify")
    heading = body.but(size=13.5, leading=22, bold=True, align="start")
    story: list[Flowable] = []
    for number, text in enumerate(paragraphs):
        if number % 10 == 0:
            story.append(
                TextBlock(engine, f"{number // 10 + 1}. {' '.join(text.split()[:6])}", heading, space_before=8)
            )
        if number % 10 == 5:
            story += [TextBlock(engine, line, body, bullet=BULLET) for line in text.split("،")[:3]]
        story.append(TextBlock(engine, text, body, space_after=4))
    return story


@dataclass(frozen=True)
class Timing:
    cpu: float
    wall: float
    pages: int


def timed(builds: list[tuple[Callable[[list[str], Path], int], list[str], Path]],
          repeat: int) -> list[list[Timing]]:  # fmt: skip
    """`repeat` rounds, each building every document once, back to back: on a shared machine the documents of
    one round meet the same load (each build from scratch: a new engine, fonts looked up again)."""
    rounds = []
    for _ in range(repeat):
        timings = []
        for build, paragraphs, out in builds:
            cpu, wall = time.process_time(), time.perf_counter()
            pages = build(paragraphs, out)
            timings.append(Timing(time.process_time() - cpu, time.perf_counter() - wall, pages))
        rounds.append(timings)
    return rounds


def build_arabic(paragraphs: list[str], out: Path) -> int:
    engine = TextEngine(load_fonts())
    frame = PageFrame(organisation="شبكة الجمعيات التنموية لآيت سكوكو", title="تقرير تجريبي", generated="أنشئ في 17/05/2025",
                      page_label=lambda page, total: f"الصفحة {page} من {total}", rtl=True)  # fmt: skip
    report = render(arabic_story(engine, paragraphs), engine=engine, frame=frame, lang="ar")
    out.write_bytes(report.pdf)
    return report.pages


def build_plain(paragraphs: list[str], out: Path) -> int:
    if "Bench-NotoSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("Bench-NotoSans", str(fonts_dir() / "NotoSans-Regular.ttf"), shapable=False))
        pdfmetrics.registerFont(TTFont("Bench-NotoSans-Bold", str(fonts_dir() / "NotoSans-Bold.ttf"), shapable=False))
    body = ParagraphStyle("body", fontName="Bench-NotoSans", fontSize=10, leading=17, alignment=4, spaceAfter=4)
    heading = ParagraphStyle("heading", fontName="Bench-NotoSans-Bold", fontSize=13.5, leading=22, spaceBefore=8)
    bullet = ParagraphStyle("bullet", parent=body, leftIndent=14, bulletIndent=0, alignment=0)
    story: list[Flowable] = []
    for number, text in enumerate(paragraphs):
        if number % 10 == 0:
            story.append(Paragraph(f"{number // 10 + 1}. {' '.join(text.split()[:6])}", heading))
        if number % 10 == 5:
            story += [Paragraph(line, bullet, bulletText=BULLET) for line in text.split(" le ")[:3]]
        story.append(Paragraph(text, body))
    pages: list[int] = []

    def furniture(canvas: object, document: SimpleDocTemplate) -> None:
        canvas.setFont("Bench-NotoSans", 8)  # type: ignore[attr-defined]
        canvas.drawString(18 * mm, 15 * mm, f"Page {document.page}")  # type: ignore[attr-defined]
        pages.append(document.page)

    document = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                                 topMargin=32 * mm, bottomMargin=30 * mm)  # fmt: skip
    document.build(story, onFirstPage=furniture, onLaterPages=furniture)
    return max(pages, default=0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=300, help="pages of the Arabic report (about)")
    parser.add_argument("--repeat", type=int, default=3, help="builds of each document; the best one counts")
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()))
    options = parser.parse_args(argv)
    arabic = arabic_paragraphs(round(options.pages * PARAGRAPHS_PER_PAGE))
    latin = latin_paragraphs(arabic)
    options.out.mkdir(parents=True, exist_ok=True)
    rounds = timed([(build_arabic, arabic, options.out / "benchmark-arabic.pdf"),
                    (build_plain, latin, options.out / "benchmark-plain.pdf")], options.repeat)  # fmt: skip
    characters = sum(len(p) for p in arabic)
    print(f"text volume: {characters} characters in {len(arabic)} paragraphs, in each document")
    for name, index in (("Arabic report (app/reports)", 0), ("plain reportlab, Latin     ", 1)):
        best = min((timings[index] for timings in rounds), key=lambda timing: timing.cpu)
        print(f"{name}: {best.pages} pages, best CPU {best.cpu:.2f} s, wall {best.wall:.2f} s")
    cpu_ratio = statistics.median(arabic.cpu / plain.cpu for arabic, plain in rounds)
    wall_ratio = statistics.median(arabic.wall / plain.wall for arabic, plain in rounds)
    print(f"ratio (median of {len(rounds)} rounds): {cpu_ratio:.2f}x CPU, {wall_ratio:.2f}x wall (target: within 3x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
