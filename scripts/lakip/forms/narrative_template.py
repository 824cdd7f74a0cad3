"""Turn a unit's indicators, and the narrative it has written so far, into a Word document.

Staff write the Bab III analysis in Word. The document (its contract: `word.document`) has one
Heading 2 per indicator the unit owns in the year's PK and under it the four subsections
`validate --final` asks for, each with a grey hint paragraph the import drops. Text already in
the unit's `narasi.md` is carried over, so a document issued again is pre-filled and nothing is
typed twice.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

import docx
from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.shared import Pt, RGBColor

from lakip import layout
from lakip.findings import LakipError
from lakip.forms.word.document import HINT_STYLE, INSTRUCTION, PLACEHOLDER, set_identity
from lakip.forms.word.from_markdown import add_markdown
from lakip.load.headings import headings, sections
from lakip.load.narrative import Source
from lakip.model import Duty, NarrativePart, Project
from lakip.office.archive import ZIP_EPOCH, normalised, write_atomically
from lakip.validate.narrative_quality import TOPICS

HINT_COLOUR = RGBColor(0x76, 0x76, 0x76)


def write_narrative_template(
    project: Project, year: int, unit: str, path: Path, when: datetime | None = None
) -> None:
    """Write the unit's narrative document for `year` to `path`, byte-identical for one `when`."""
    duty = project.duties(year).get(unit)
    if duty is None or not duty.indicators:
        raise LakipError("narrative-no-indicators", unit=unit, year=year)
    document = docx.Document()
    _add_hint_style(document)
    _set_properties(document, duty, year, when)
    set_identity(document, unit, year)
    document.add_paragraph(_title(duty, year), style="Title")
    document.add_paragraph(INSTRUCTION, style=HINT_STYLE)
    data = project.year_data(year)
    rel = layout.narrative(unit, year)
    images = Source(Path(project.root), rel, 1, layout.unit_folder(unit), "")
    add_markdown(document, _preamble(Path(project.root) / rel), images)
    for indicator in duty.indicators:
        document.add_paragraph(f"{indicator.code} {' '.join(indicator.text.split())}", "Heading 2")
        part = data.narratives.get(indicator.code)
        _add_part(document, part.markdown if part and part.unit == unit else "", images)
    for part in _strays(data.narratives.values(), data.misplaced, unit, duty):
        document.add_paragraph(f"{part.code} {' '.join(part.title.split())}", "Heading 2")
        _add_part(document, part.markdown, images)
    buffer = io.BytesIO()
    document.save(buffer)
    write_atomically(path, normalised(buffer.getvalue(), when))


def _preamble(path: Path) -> str:
    """The text a `narasi.md` holds before its first indicator, its `#` title left out."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):  # no narrative yet, or one the loader reported
        return ""
    found = headings(text)
    first = sections(text, [h for h in found if h.level == 2 and h.title])[0]
    titles = {h.line for h in found if h.level == 1}
    lines = first.body.split("\n")
    return "\n".join(line for number, line in enumerate(lines, 1) if number not in titles)


def _strays(claimed, misplaced, unit: str, duty: Duty) -> list[NarrativePart]:
    """The unit's parts under no indicator it owns: carried too, so a re-import loses no text.

    `validate` already reports them (an unknown code, another unit's indicator); the import
    does again, at their heading in the document, until they are fixed or deleted there.
    """
    owned = {indicator.code for indicator in duty.indicators}
    parts = [p for p in (*claimed, *misplaced) if isinstance(p, NarrativePart)]
    strays = [p for p in parts if p.unit == unit and p.code not in owned]
    return sorted(strays, key=lambda p: p.loc.line)


def _title(duty: Duty, year: int) -> str:
    return f"Narasi capaian kinerja {year}: {' '.join(duty.unit.name.split())}"


def _add_part(document: Document, markdown: str, images: Source) -> None:
    """The part's text with every topic present, a hint under each subsection with no text."""
    found = [h for h in headings(markdown) if h.level >= 3]
    top = min((h.level for h in found), default=3)
    preamble, *subsections = sections(markdown, [h for h in found if h.level == top])
    add_markdown(document, preamble.body, images)
    titles = []
    for section in subsections:
        titles.append(section.heading.title)
        document.add_paragraph(section.heading.title, style=f"Heading {top}")
        _add_body(document, section.body, images)
    for topic in TOPICS:
        if not any(word in title.lower() for title in titles for word in topic.words):
            document.add_paragraph(topic.title, style=f"Heading {top}")
            _add_body(document, "", images)


def _add_body(document: Document, markdown: str, images: Source) -> None:
    before = len(document.paragraphs) + len(document.tables)
    add_markdown(document, markdown, images)
    if len(document.paragraphs) + len(document.tables) == before:
        document.add_paragraph(PLACEHOLDER, style=HINT_STYLE)


def _add_hint_style(document: Document) -> None:
    style = document.styles.add_style(HINT_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Normal"]
    style.font.italic = True
    style.font.size = Pt(10)
    style.font.color.rgb = HINT_COLOUR


def _set_properties(document: Document, duty: Duty, year: int, when: datetime | None) -> None:
    """Dates from `when`, never the clock, so the same narrative gives the same bytes."""
    stamp = (when or ZIP_EPOCH).astimezone(UTC).replace(tzinfo=None)
    properties = document.core_properties
    properties.title = _title(duty, year)
    properties.author = "lakip"
    properties.last_modified_by = "lakip"
    properties.created = properties.modified = properties.last_printed = stamp
    properties.revision = 1
