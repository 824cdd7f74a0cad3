"""Turn what the narrative sanitiser would strip from contributed Markdown into located errors.

The build cleans every narrative and chapter (`narrative.to_html`) and would only warn about a
`<script>`, a remote image or a `javascript:` link it removed. Such Markdown is either hostile or
will not show what its author meant, so `validate` runs the very same conversion and scan up front
and makes each removal an error on the line that holds it: the section fixes it before a pull
request is merged, and no build writes anything from it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from lakip import layout
from lakip.findings import ERROR, Finding, finding
from lakip.messages import Both
from lakip.model import NarrativePart, Project

# The codes `narrative.to_html` reports for what it removed; anything else it says is left to
# the build, which shows it as it is.
_REMOVALS = ("narrative-html-removed", "narrative-image-dropped", "narrative-link-removed")


def markdown_hazards(project: Project) -> Iterator[Finding]:
    """Every removal the sanitiser would make in any narrative or chapter, as a located error."""
    root = Path(project.root)
    for year in sorted(project.years):
        data = project.years[year]
        parts = [*data.narratives.values(), *data.misplaced]
        for part in sorted(
            (p for p in parts if isinstance(p, NarrativePart)), key=lambda p: p.loc.line
        ):
            if _may_lose_something(part.markdown):
                source = _source(root, part.loc.path, part.loc.line, layout.unit_folder(part.unit))
                yield from _check(root, part.markdown, source, part.code)
    for year in sorted(project.chapters):
        for name, text in sorted(project.chapters[year].items()):
            if _may_lose_something(text):
                source = _source(root, layout.chapter(year, name), 1, layout.year_folder(year))
                yield from _check(root, text, source, "")


def _may_lose_something(text: str) -> bool:
    """Only raw HTML, links and images can be removed, and Markdown spells each with < or [.

    Most narratives have neither, and skipping them keeps Markdown and nh3 out of `validate`.
    """
    return "<" in text or "[" in text


def _source(root: Path, path: str, line: int, own: str):
    from lakip.load.narrative import Source  # Markdown and nh3 load only when there is Markdown

    return Source(root, path, line, own, "x-")


def _check(root: Path, text: str, source, key: str) -> Iterator[Finding]:
    from lakip.load.narrative import to_html

    try:
        _, removed = to_html(text, source)
    except RecursionError:  # markdown_limits should have refused it; never crash validate
        reason = Both("terlalu dalam bersarang", "nested too deeply")
        yield finding(source.path, source.line, key, "markdown-too-complex", reason=reason)
        return
    lines: list[str] | None = None
    for item in removed:
        if item.code not in _REMOVALS:
            continue
        if lines is None:
            lines = _lines(root / source.path)
        for single, needle in _split(item):
            line = _locate(lines, needle, source.line)
            detail = Both(single.message("id"), single.message("en"))
            yield finding(source.path, line, key, "narrative-unsafe", ERROR, detail=detail)


def _split(item: Finding) -> Iterator[tuple[Finding, re.Pattern]]:
    """One finding per removed construct, with a pattern that finds it in the Markdown."""
    params = dict(item.params)
    if item.code == "narrative-html-removed":
        for what in str(params.get("what", "")).split(", "):
            single = finding(item.path, item.line, item.key, item.code, what=what)
            if what.startswith("<"):
                needle = re.compile(r"<\s*" + re.escape(what.strip("<>")) + r"\b", re.IGNORECASE)
            else:
                needle = re.compile(r"\b" + re.escape(what.rstrip("=")) + r"\s*=", re.IGNORECASE)
            yield single, needle
        return
    value = str(params.get("src", params.get("href", "")))
    # The address must end where the Markdown or HTML around it does, so that "http://a/" is not
    # found inside "http://a/b" on an earlier line; the finding keeps only 120 characters.
    end = r"(?=[\s\"')>\]]|$)" if len(value) < 120 else ""
    yield item, re.compile(re.escape(value) + end) if value else None


def _lines(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []


def _locate(lines: list[str], needle: re.Pattern | None, start: int) -> int:
    """The first line at or after `start` that holds the construct; `start` if none does."""
    if needle is not None:
        for number in range(max(start, 1), len(lines) + 1):
            if needle.search(lines[number - 1]):
                return number
    return start
