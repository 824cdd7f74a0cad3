"""Turn narratives that would print an incomplete, empty or stale analysis into findings.

Bab III must explain, per indicator or sasaran, the causes of success or failure, the efforts
made, the obstacles and the follow-up (PermenPAN-RB 53/2014; the Inspektorat's review asks for
each). The scaffold of `lakip new` gives every `## CODE` part one subheading per topic and a
`<!-- Petunjuk ... -->` comment. A part that lacks a topic, leaves a subheading empty, holds only
"-" (printed as an empty bullet) or keeps the hint is not finished: an error in a final build, a
warning before. Last year's text copied unchanged and a `sumber_data` naming another year are
only suspicious, so they stay warnings.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from lakip import layout
from lakip.findings import WARNING, Finding, finding
from lakip.load.headings import Heading, empty_list_items, headings, sections
from lakip.messages import Both
from lakip.model import NarrativePart, Project, YearData


@dataclass(frozen=True)
class Topic:
    title: str  # the subheading `lakip new` writes
    words: tuple[str, ...]  # a subheading holding one of these (any case) covers the topic


TOPICS = (
    Topic("Penyebab keberhasilan atau kegagalan", ("penyebab",)),
    Topic("Upaya yang dilakukan", ("upaya",)),
    Topic("Kendala", ("kendala", "hambatan")),
    Topic("Tindak lanjut", ("tindak lanjut",)),
)
HINT = re.compile(r"<!--\s*Petunjuk", re.IGNORECASE)
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
_MARKER = re.compile(r"^(?:[-*+]|[0-9]{1,9}[.)])(?:\s+|$)")
_NOTHING = re.compile(r"^[-\u2013\u2014_.\u2026*\s]*$")  # - – — _ . … * and spaces only
_YEAR = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")
_SPAN = re.compile(
    r"(?<![0-9])((?:19|20)[0-9]{2})\s*[-\u2013\u2014/]\s*((?:19|20)[0-9]{2})(?![0-9])"
)
_LINE_BREAK = re.compile(r"\r\n?|\n")  # as the heading reader counts lines
_SHORTEST_COPY = 80  # characters: a one-line subsection ("Tidak ada.") may well repeat


def narrative_quality(project: Project, year: int, severity: str) -> Iterator[Finding]:
    """Every unfinished or stale narrative part, hint left in a chapter and stale data source."""
    data = project.years.get(year)
    if data is not None:
        previous = project.years.get(year - 1)
        known = _reported_codes(project, year)  # a part under another heading is already a finding
        parts = [p for p in data.narratives.values() if p.code in known]
        for part in sorted(parts, key=lambda p: (p.loc.path, p.loc.line)):
            yield from _structure(part, severity)
            if previous is not None:
                yield from _copied(part, previous, year)
        yield from _sources(data, year)
    for name, text in sorted(project.chapters.get(year, {}).items()):
        yield from _chapter(layout.chapter(year, name), text, severity)


def _chapter(rel: str, text: str, severity: str) -> Iterator[Finding]:
    """A chapter with no text, a heading with nothing under it, a hint left in it."""
    found = headings(text)
    skipped = {h.line + i for h in found for i in range(h.lines)}
    has_text = [0] * (len(_LINE_BREAK.split(text)) + 1)
    for number, _ in _text_lines(text, 1, skipped):
        has_text[number] = 1
    written = list(itertools.accumulate(has_text))  # lines with text among the first n: linear
    if not written[-1]:
        yield finding(rel, 1, "", "chapter-empty", severity)
        return
    ends = _section_ends(found, len(written) - 1)
    for heading, last in zip(found, ends, strict=True):
        if written[last] == written[heading.line + heading.lines - 1]:
            yield finding(
                rel, heading.line, "", "chapter-section-empty", severity, title=heading.title
            )
    for line in _hint_lines(text, 1):
        yield finding(rel, line, "", "narrative-hint-left", severity)


def _section_ends(found: list[Heading], lines: int) -> list[int]:
    """For each heading, the last line before the next heading of its level or higher."""
    ends, open_ = [lines] * len(found), []
    for index, heading in enumerate(found):
        while open_ and found[open_[-1]].level >= heading.level:
            ends[open_.pop()] = heading.line - 1
        open_.append(index)
    return ends


def unfinished(part: NarrativePart) -> bool:
    """True when `validate --final` would refuse the part as it is (status counts it as owed)."""
    return next(iter(_structure(part, WARNING)), None) is not None


def _reported_codes(project: Project, year: int) -> set[str]:
    """The indicators of the year's PK and their sasaran: the codes a narrative part may carry."""
    pk = project.pks.get(year)
    codes = {item.code for item in pk.targets} if pk else set()
    indicators = [project.indicator(code, year) for code in codes]
    return codes | {indicator.sasaran for indicator in indicators if indicator is not None}


def _structure(part: NarrativePart, severity: str) -> Iterator[Finding]:
    start = part.start or part.loc.line + 1
    where = (part.loc.path, part.loc.line, part.code)
    found = [h for h in headings(part.markdown) if h.level >= 3]
    missing = [t.title for t in TOPICS if not any(_covers(t, h.title) for h in found)]
    if missing:
        names = ", ".join(f"'### {title}'" for title in missing)
        yield finding(
            *where, "narrative-subsection-missing", severity, code=part.code, missing=names
        )
    top = min((h.level for h in found), default=3)
    cuts = [h for h in found if h.level == top]
    inner = {h.line + i for h in found for i in range(h.lines)}
    empty_items = set(empty_list_items(part.markdown))
    for section in sections(part.markdown, cuts)[1:]:
        heading = section.heading
        line = start + heading.line - 1
        lines = _text_lines(section.body, section.start, inner)
        if not lines:
            yield finding(
                part.loc.path, line, part.code, "narrative-subsection-empty", severity,
                code=part.code, title=heading.title,
            )  # fmt: skip
        elif all(_NOTHING.match(_unmarked(text)) for _, text in lines):
            yield finding(
                part.loc.path, start + lines[0][0] - 1, part.code, "narrative-placeholder",
                severity, code=part.code, title=heading.title, text=lines[0][1].strip()[:20],
            )  # fmt: skip
        else:
            for number, _ in lines:  # "-" among real items still prints an empty bullet
                if number in empty_items:
                    yield finding(
                        part.loc.path, start + number - 1, part.code, "narrative-empty-bullet",
                        severity, code=part.code, title=heading.title,
                    )  # fmt: skip
    for line in _hint_lines(part.markdown, start):
        yield finding(part.loc.path, line, part.code, "narrative-hint-left", severity)


def _covers(topic: Topic, title: str) -> bool:
    lowered = " ".join(title.lower().split())
    return any(word in lowered for word in topic.words)


def _text_lines(body: str, first: int, skipped: set[int]) -> list[tuple[int, str]]:
    """(line within the part, text) of each line with text, comments and subheadings left out."""
    visible = _COMMENT.sub(lambda m: "\n" * len(_LINE_BREAK.findall(m.group())), body)
    numbered = enumerate(_LINE_BREAK.split(visible), first)
    return [(n, text) for n, text in numbered if text.strip() and n not in skipped]


def _unmarked(text: str) -> str:
    """The line without its list markers: "- -" and "1. -" hold no more than "-"."""
    text = text.strip()
    while (marker := _MARKER.match(text)) and marker.end():
        text = text[marker.end() :]
    return text


def _hint_lines(text: str, first: int) -> list[int]:
    """The lines of the scaffold's hints, counted on from one to the next: linear in the text."""
    found, line, counted = [], first, 0
    for match in HINT.finditer(text):
        line += len(_LINE_BREAK.findall(text, counted, match.start()))
        counted = match.start()
        found.append(line)
    return found


def _copied(part: NarrativePart, previous: YearData, year: int) -> Iterator[Finding]:
    before = previous.narratives.get(part.code)
    if before is None:
        return
    where = f"{before.loc.path}:{before.loc.line}"
    params = {"code": part.code, "year": year, "previous": previous.year, "where": where}
    if _plain(part.markdown) and _plain(part.markdown) == _plain(before.markdown):
        what = Both(f"Narasi '{part.code}'", f"The narrative '{part.code}'")
        yield finding(*_at(part, part.loc.line), "narrative-copied", WARNING, what=what, **params)
        return
    earlier = {_key(h.title): _plain(body) for h, body in _subsections(before)}
    start = part.start or part.loc.line + 1
    for heading, body in _subsections(part):
        text = _plain(body)
        if len(text) >= _SHORTEST_COPY and earlier.get(_key(heading.title)) == text:
            what = Both(
                f"Subjudul '{heading.title}' narasi '{part.code}'",
                f"The subsection '{heading.title}' of narrative '{part.code}'",
            )
            line = start + heading.line - 1
            yield finding(*_at(part, line), "narrative-copied", WARNING, what=what, **params)


def _at(part: NarrativePart, line: int) -> tuple[str, int, str]:
    return part.loc.path, line, part.code


def _subsections(part: NarrativePart) -> list[tuple[Heading, str]]:
    found = [h for h in headings(part.markdown) if h.level >= 3]
    top = min((h.level for h in found), default=3)
    cuts = [h for h in found if h.level == top]
    return [(s.heading, s.body) for s in sections(part.markdown, cuts)[1:]]


def _key(title: str) -> str:
    return " ".join(title.lower().split())


def _plain(markdown: str) -> str:
    """The text without comments and with its spacing normalised, for comparing two years."""
    return " ".join(_COMMENT.sub(" ", markdown).split())


def _sources(data: YearData, year: int) -> Iterator[Finding]:
    """A `sumber_data` that names years, none of them the reporting year, is likely stale."""
    for item in sorted(data.realisations.values(), key=lambda r: (r.loc.path, r.loc.line)):
        named = _years(item.data_source)
        if named and year not in named:
            line = item.data_source_line or item.loc.line
            key = item.loc.key.removesuffix(".kode") + ".sumber_data"
            shown = ", ".join(str(y) for y in sorted(named)[:5])
            yield finding(
                item.loc.path, line, key, "source-other-year", WARNING,
                code=item.code, named=shown, year=year,
            )  # fmt: skip


def _years(text: str) -> set[int]:
    """The years `text` names; "2021-2026" names every year of the span."""
    named = {int(y) for y in _YEAR.findall(text)}
    for low, high in _SPAN.findall(text):
        if int(low) <= int(high) and int(high) - int(low) <= 10:
            named.update(range(int(low), int(high) + 1))
    return named
