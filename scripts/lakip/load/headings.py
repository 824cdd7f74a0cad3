"""Turn Markdown into its headings, each with the line it stands on: the one heading reader.

A narrative is cut into parts at its `## IKU-01` headings (`load.project`), a chapter file into
lakip's sections at its top two heading levels (`narrative.split`); both read the headings here,
and `validate` the empty list items that would print as bullets with no text.
markdown-it-py parses the block structure as CommonMark does, so a `#` line inside fenced or
indented code, an HTML block or a comment is no heading, a heading may be indented up to three
spaces or underlined (setext), and a heading inside a list or quote belongs to it, not to the
file. Only block parsing runs (no inline parsing), which takes time linear in the text; the
loader has already refused Markdown past `markdown_limits`' bounds before anything comes here.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass

from markdown_it import MarkdownIt

_LINE_BREAK = re.compile(r"\r\n?|\n")  # as markdown-it counts lines


@dataclass(frozen=True)
class Heading:
    level: int  # 1 to 6
    title: str  # its text on one line, without the `#` marks; "" for an empty heading
    line: int  # 1-based line where it starts
    lines: int = 1  # a setext heading takes its text's lines and the underline


@dataclass(frozen=True)
class Section:
    """The text after a heading (or before the first), up to the next heading that cuts."""

    heading: Heading | None  # None for the text before the first cut
    body: str
    start: int  # 1-based line where `body` starts

    @property
    def line(self) -> int:
        """Where the section starts: its heading's line, or 1."""
        return self.heading.line if self.heading else 1


def headings(text: str) -> list[Heading]:
    """Every heading of `text` that is not inside a list or a block quote, in order."""
    tokens = _parser().parse(text)
    found = []
    for index, token in enumerate(tokens):
        if token.type == "heading_open" and token.level == 0 and token.map:
            start, end = token.map
            title = " ".join(tokens[index + 1].content.split())
            found.append(Heading(int(token.tag[1]), title, start + 1, end - start))
    return found


def sections(text: str, cuts: list[Heading]) -> list[Section]:
    """`text` cut at `cuts`, some of its `headings` in order; the first section has no heading."""
    lines = _LINE_BREAK.split(text)
    found, start, current = [], 0, None
    for heading in cuts:
        found.append(Section(current, "\n".join(lines[start : heading.line - 1]), start + 1))
        current, start = heading, heading.line - 1 + heading.lines
    found.append(Section(current, "\n".join(lines[start:]), start + 1))
    return found


def empty_list_items(text: str) -> list[int]:
    """The 1-based lines of list items with nothing in them (`-` or `2.` alone): empty bullets.

    Read from the same block structure, so `2025.` continuing a paragraph is no list item.
    """
    tokens = _parser().parse(text)
    return [
        token.map[0] + 1
        for token, following in itertools.pairwise(tokens)
        if token.type == "list_item_open" and following.type == "list_item_close" and token.map
    ]


def heading_lines(found: list[Heading]) -> set[int]:
    """The 1-based numbers of the lines these headings stand on (a setext underline included)."""
    return {h.line + i for h in found for i in range(h.lines)}


@functools.cache
def _parser() -> MarkdownIt:
    parser = MarkdownIt("commonmark")  # no table rule: a heading ends a table either way
    parser.core.ruler.disable(["inline", "text_join"])  # headings need block structure only
    return parser
