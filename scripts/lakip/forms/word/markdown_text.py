"""Write Word text as Markdown text: escaped, emphasised, linked, in table rows.

Whatever a person typed must come back as the characters they typed, never as markup: the
marks Markdown reads (`*`, `_`, backquote, `[`, backslash, and a line-start `#`, `>`, `-` or
`1.`) are escaped and `<` becomes `&lt;`, so no raw HTML can be made from a Word document.
"""

from __future__ import annotations

import re

_LINE_START = re.compile(r"^(?:#|>|[-+](?=\s|$)|=+\s*$|-+\s*$)")
_ORDERED_START = re.compile(r"^([0-9]+)([.)])(?=\s|$)")
_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
# Invisible characters Word keeps from optional hyphens and pasted web text; they mean nothing in
# print, and the loader would refuse the narrative for them where the person cannot see them.
# Bidirectional controls are kept: they change what text shows, so the check reports them.
_DROPPED = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
_HYPERLINK_FIELD = re.compile(r'^\s*HYPERLINK\s+"([^"]+)"')
_URL_UNSAFE = {" ": "%20", "(": "%28", ")": "%29", "<": "%3C", ">": "%3E"}


def escape(text: str) -> str:
    """Text as typed, safe in Markdown: marks escaped, invisible characters dropped."""
    text = text.translate(_DROPPED).replace("\\", "\\\\")
    for char in "*`[]":
        text = text.replace(char, "\\" + char)
    text = re.sub(r"(?<![0-9A-Za-z])_|_(?![0-9A-Za-z])", r"\\_", text)
    return _ENTITY.sub("&amp;", text).replace("<", "&lt;")


def line_starts(text: str) -> str:
    """Escape what would make a line a heading, quote, list item or underline."""
    lines = [line.strip() for line in text.split("\n")]
    lines = [_ORDERED_START.sub(r"\1\\\2", _LINE_START.sub(r"\\\g<0>", line)) for line in lines]
    return "  \n".join(lines)  # a line break in Word: two spaces end the line in Markdown


def emphasis(text: str, bold: bool, italic: bool) -> str:
    """Wrap in ** and *, with the spaces at either end kept outside (Markdown needs that)."""
    core = text.strip(" ")
    if not core or not (bold or italic) or "\n" in core:
        return text
    mark = ("**" if bold else "") + ("*" if italic else "")
    lead, trail = text[: len(text) - len(text.lstrip(" "))], text[len(text.rstrip(" ")) :]
    return f"{lead}{mark}{core}{mark[::-1]}{trail}"


def link_address(url: str) -> str:
    """`url` as a Markdown link target: spaces, brackets and angle brackets percent-encoded."""
    return "".join(_URL_UNSAFE.get(char, char) for char in url.strip())


def field_address(code: str) -> str | None:
    """The address of a `HYPERLINK "..."` field code; None for any other field."""
    found = _HYPERLINK_FIELD.match(code)
    return found.group(1) if found else None


def table_row(cells: list[str], width: int) -> str:
    """A Markdown table row of `width` cells, missing ones left empty."""
    cells = cells + [""] * (width - len(cells))
    return "| " + " | ".join(cells) + " |"
