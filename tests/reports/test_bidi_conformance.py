"""app.reports.bidi_runs against Unicode's own conformance file, BidiCharacterTest.txt (Debian's `unicode-data`
package, /usr/share/unicode/): every paragraph's resolved level, the level of each character after rule L1, and
the visual order. Only the documented simplification is skipped: paragraphs using the old explicit embeddings
and overrides (LRE, RLE, LRO, RLO, PDF), which bidi_runs treats as removed characters."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.reports.bidi_runs import resolve, visual_order

CONFORMANCE = Path("/usr/share/unicode/BidiCharacterTest.txt")
EXPLICIT = frozenset("\u202a\u202b\u202c\u202d\u202e")
CHUNKS = 2  # the file is checked in parts, so that the suite's workers share it


def check(line: str) -> str | None:
    """None if bidi_runs agrees with one test line (code points; direction 0, 1 or 2 = auto; paragraph level;
    levels, x for removed characters; visual order of the others), else what it gave."""
    fields = line.split(";")
    text = "".join(chr(int(code, 16)) for code in fields[0].split())
    direction = int(fields[1])
    paragraph = resolve(text, base_level=None if direction == 2 else direction)
    levels = paragraph.line_levels(0, len(text))
    expected = fields[3].split()
    kept = [index for index, level in enumerate(expected) if level != "x"]
    got_levels = [str(levels[index]) for index in kept]
    order = [kept[index] for index in visual_order([levels[index] for index in kept])]
    if (
        paragraph.base_level != int(fields[2])
        or got_levels != [expected[index] for index in kept]
        or order != [int(index) for index in fields[4].split()]
    ):
        return f"{line} -> {paragraph.base_level}; {' '.join(got_levels)}; {' '.join(map(str, order))}"
    return None


@pytest.mark.parametrize("chunk", range(CHUNKS))
def test_every_paragraph_of_unicodes_conformance_file_without_explicit_embeddings(chunk: int) -> None:
    if not CONFORMANCE.is_file():
        pytest.skip(f"{CONFORMANCE} is missing: install Debian's unicode-data package (.ci/run does)")
    checked = 0
    failures = []
    with CONFORMANCE.open(encoding="utf-8") as lines:
        for number, raw in enumerate(lines):
            line = raw.strip()
            if number % CHUNKS != chunk or not line or line.startswith("#"):
                continue
            if EXPLICIT & {chr(int(code, 16)) for code in line.split(";", 1)[0].split()}:
                continue  # the documented simplification (bidi_runs' docstring)
            checked += 1
            if (failure := check(line)) is not None:
                failures.append(failure)
    assert checked > 91_000 // CHUNKS
    assert not failures, failures[:10]


@pytest.mark.parametrize(
    "line",
    [
        "0661 0009 0028 0662 0029;2;0;2 0 1 2 1;0 1 4 3 2",  # L1: a tab inside a line goes back to the paragraph level
        "061C;0;0;1;0",  # ARABIC LETTER MARK is a right-to-left letter (class AL), not whitespace: it keeps level 1
        "05D0 0020 0009 05D1;0;0;1 0 0 1;0 1 2 3",  # the space before a tab resets with it
    ],
)
def test_the_cases_that_failed_even_where_the_conformance_file_is_missing(line: str) -> None:
    assert check(line) is None
