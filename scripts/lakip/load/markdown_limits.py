"""Turn Markdown that would stall or crash the converter into a finding before it is converted.

Python-Markdown is fast on prose but not on everything a file can hold: 20 KB of unclosed `[`
take two minutes (each one is matched against the rest of its paragraph), a 1 MB paragraph of
backticks four (inline work grows with the square of a paragraph's length), 50,000 empty headings
more (each needs a new unique id), raw HTML tags grow faster than linearly, and a list nested
1,000 deep exceeds Python's recursion limit. Even linear work is slow per emphasis mark, table
row or paragraph (a megabyte of `*_` takes half a minute), so those are counted too.

A section's narrative must not be able to hang `validate` or the build, so the loader measures
all of this in one linear pass and refuses the file when a bound is exceeded. The bounds are
counts, not a clock, so every machine reaches the same verdict, and they sit far above what a
narrative needs (the sample's busiest file uses 60 marks and 36 paragraphs).
"""

from __future__ import annotations

import re

from lakip.findings import Finding, finding
from lakip.messages import Both

MAX_HEADINGS = 500
MAX_HTML_TAGS = 2000
MAX_NESTING = 40
MAX_PARAGRAPH = 10_000  # characters between blank lines, table rows and list items not counted
MAX_ROWS_AND_ITEMS = 5000  # table rows and list items in one file
MAX_PARAGRAPHS = 5000
MAX_MARKS = 20_000  # characters with an inline meaning: * _ ` [ ] ( ) < > ! & ~ \\
# Unclosed openers (and bracket depth) times the length of their paragraph, summed over the file:
# Python-Markdown needs about 0.25 microseconds per unit, so this bounds a file to about a second.
MAX_INLINE_WORK = 4_000_000

_HEADING = re.compile(r"^ {0,3}(#{1,6}(?:[ \t]|$)|=+[ \t]*$|-+[ \t]*$)")
_NESTING = re.compile(r"^(?:[ \t]*(?:>|[-*+](?=[ \t]|$)|[0-9]{1,9}[.)](?=[ \t]|$)))+")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_TAG = re.compile(r"<[A-Za-z/!?]")
_MARKS = "*_`[]()<>!&~\\"
_BRACKET = re.compile(r"\\.?|[][()<>]", re.DOTALL)  # an escaped character counts as none
_ROW_OR_ITEM = re.compile(r"^[ \t]*(\||[-*+][ \t]|[0-9]{1,9}[.)][ \t])")


def markdown_limits(text: str, rel: str) -> list[Finding]:
    """At most one finding: the first bound the text exceeds, at the line where it does."""
    headings = tags = rows = 0
    for number, line in enumerate(text.splitlines(), start=1):
        rows += bool(_ROW_OR_ITEM.match(line))
        if rows > MAX_ROWS_AND_ITEMS:
            return [_too_complex(rel, number, _rows())]
        if _HEADING.match(line):
            headings += 1
            if headings > MAX_HEADINGS:
                return [_too_complex(rel, number, _headings())]
        tags += len(_TAG.findall(line))
        if tags > MAX_HTML_TAGS:
            return [_too_complex(rel, number, _tags())]
        if _depth(line) > MAX_NESTING:
            return [_too_complex(rel, number, _nesting())]
    work, line, marks = 0, 1, 0
    blocks = _BLANK_LINE.split(text)
    if len(blocks) > MAX_PARAGRAPHS:
        return [_too_complex(rel, 1, _paragraphs())]
    for block in blocks:
        marks += sum(block.count(mark) for mark in _MARKS)
        if marks > MAX_MARKS:
            return [_too_complex(rel, line, _marks())]
        work += _open_inline(block) * len(block)
        if work > MAX_INLINE_WORK:
            return [_too_complex(rel, line, _brackets())]
        if _paragraph_length(block) > MAX_PARAGRAPH:
            return [_too_complex(rel, line, _paragraph())]
        line += block.count("\n") + 2
    return []


def _paragraph_length(block: str) -> int:
    """Characters Python-Markdown treats as one run of inline text: rows and items start anew."""
    if len(block) <= MAX_PARAGRAPH:
        return len(block)
    return sum(len(line) + 1 for line in block.split("\n") if not _ROW_OR_ITEM.match(line))


def _depth(line: str) -> int:
    """Block quotes and list markers at the start of a line, plus its indentation in pairs."""
    prefix = _NESTING.match(line)
    markers = prefix.group() if prefix else ""
    nested = markers.count(">") + len(re.findall(r"[-*+]|[0-9]{1,9}[.)]", markers))
    indent = len(line) - len(line.lstrip(" \t"))
    return nested + (indent + line[:indent].count("\t") * 3) // 2


def _open_inline(block: str) -> int:
    """Openers of links, images and autolinks left unclosed, plus the deepest `[` nesting."""
    squares = rounds = angles = deepest = 0
    for mark in _BRACKET.finditer(block):  # prose has few: skip to them, not char by char
        char = mark.group()
        if char == "[":
            squares += 1
            deepest = max(deepest, squares)
        elif char == "]" and squares:
            squares -= 1
        elif char == "(":
            rounds += 1
        elif char == ")" and rounds:
            rounds -= 1
        elif char == "<":
            angles += 1
        elif char == ">" and angles:
            angles -= 1
    return squares + rounds + angles + deepest


def _too_complex(rel: str, line: int, reason: Both) -> Finding:
    return finding(rel, line, "", "markdown-too-complex", reason=reason)


def _headings() -> Both:
    return Both(
        f"lebih dari {MAX_HEADINGS} judul", f"more than {MAX_HEADINGS} headings"
    )  # fmt: skip


def _tags() -> Both:
    return Both(
        f"lebih dari {MAX_HTML_TAGS} tag HTML", f"more than {MAX_HTML_TAGS} HTML tags"
    )  # fmt: skip


def _rows() -> Both:
    return Both(
        f"lebih dari {MAX_ROWS_AND_ITEMS} baris tabel dan butir daftar",
        f"more than {MAX_ROWS_AND_ITEMS} table rows and list items",
    )


def _paragraphs() -> Both:
    return Both(f"lebih dari {MAX_PARAGRAPHS} paragraf", f"more than {MAX_PARAGRAPHS} paragraphs")


def _marks() -> Both:
    return Both(
        f"lebih dari {MAX_MARKS} tanda Markdown (* _ ` [ ] ( ) < > ! & ~)",
        f"more than {MAX_MARKS} Markdown marks (* _ ` [ ] ( ) < > ! & ~)",
    )


def _paragraph() -> Both:
    return Both(
        f"satu paragraf lebih dari {MAX_PARAGRAPH} karakter tanpa baris kosong",
        f"one paragraph of more than {MAX_PARAGRAPH} characters without a blank line",
    )


def _nesting() -> Both:
    return Both(
        f"daftar, kutipan atau indentasi bersarang lebih dari {MAX_NESTING} tingkat",
        f"lists, quotes or indentation nested more than {MAX_NESTING} levels deep",
    )


def _brackets() -> Both:
    return Both(
        "terlalu banyak kurung [ ( < yang tidak ditutup atau bersarang",
        "too many unclosed or nested [ ( < brackets",
    )
