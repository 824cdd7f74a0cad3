"""Turn words too long for the printer's line breaking into words it may break (`<wbr>`).

WeasyPrint hyphenates a word that does not fit by trying its hyphenation points one after the
other, shaping the rest of the word each time: the work grows with the square of the word's
length. One unbreakable word of 4,000 characters in a narrative took a build from 8 s to 93 s,
one of 9,000 past ten minutes (docs/performance.md). Nothing a report needs is that long, but a
URL, a file path or a pasted hash can be long and must still print. So, before printing, every
run of more than `LONGEST_WORD` characters in the document's text gets a break opportunity after
each URL separator and at least every `PIECE` characters, and is set without hyphenation (a
hyphen the printer adds to a URL would read as part of it); shorter words are left alone, and
attributes, comments and the content of `<style>`, `<script>`, `<svg>` and `<title>` are never
touched. The site needs none of this: browsers break such words quickly (`overflow-wrap`).
"""

from __future__ import annotations

import re

LONGEST_WORD = 40  # characters; the longest Indonesian words (pertanggungjawabannya) have 21
PIECE = 20  # characters between two break opportunities at most
CSS_CLASS = "lakip-long-word"  # print.css and letters.css: never hyphenated, a URL gains no "-"
_SEPARATORS = frozenset({*":/.-_?=#,;+~@", "&amp;"})  # a run of them stays whole: "://"
# Text, tags (attribute values quoted as the serialisers write them), comments and the raw
# content of elements whose text is not printed as prose.
_TOKEN = re.compile(
    r"<!--.*?(?:-->|\Z)"
    r"|<(style|script|svg|title|textarea)\b.*?(?:</\1\s*>|\Z)"
    r"|<[^>\"']*(?:(?:\"[^\"]*\"|'[^']*')[^>\"']*)*>?"
    r"|[^<]+",
    re.DOTALL | re.IGNORECASE,
)
_LONG = re.compile(r"[^\s<]{" + str(LONGEST_WORD + 1) + ",}")
_CHAR = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);|.", re.DOTALL)


def breakable(html: str) -> str:
    """`html` with a `<wbr>` in every word longer than LONGEST_WORD characters of its text."""
    if not _LONG.search(html):
        return html  # the usual case: no long run anywhere, not even in an attribute
    out = []
    for token in _TOKEN.finditer(html):
        text = token.group()
        out.append(_LONG.sub(_break, text) if not text.startswith("<") else text)
    return "".join(out)


def _break(word: re.Match) -> str:
    """The word in a span, with `<wbr>` after separators and at least every PIECE characters."""
    chars = _CHAR.findall(word.group())
    out, run = [], 0
    for index, char in enumerate(chars):
        out.append(char)
        run += 1
        following = chars[index + 1] if index + 1 < len(chars) else ""
        after_separator = char in _SEPARATORS and following not in _SEPARATORS and run >= 4
        if following and (run >= PIECE or after_separator):
            out.append("<wbr>")
            run = 0
    return f'<span class="{CSS_CLASS}">{"".join(out)}</span>'
