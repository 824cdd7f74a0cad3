"""Fill one chapter with blocks: number its tables and figures, keep heading ids unique.

Shared by the assembler's chapter builders so that numbering ("Tabel 3.4", `tabel-3-4`) and
ids follow one rule everywhere, and contributed Markdown enters the report only through
`narrative`, whose findings are collected here.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from lakip import layout
from lakip.assemble import document as d
from lakip.compute.tree import Figures
from lakip.findings import Finding
from lakip.load import narrative
from lakip.load.project import has_text
from lakip.model import Project

_ARABIC = {"I": "1", "II": "2", "III": "3", "IV": "4", "V": "5", "VI": "6"}
_BAB_NAMES = {
    "kata-pengantar": "Kata Pengantar",
    "ikhtisar-eksekutif": "Ikhtisar Eksekutif",
    "pendahuluan": "Bab I Pendahuluan",
    "perencanaan-kinerja": "Bab II Perencanaan Kinerja",
    "akuntabilitas-kinerja": "Bab III Akuntabilitas Kinerja",
    "penutup": "Bab IV Penutup",
}


@dataclass
class Context:
    """What every chapter builder reads, and the ids and findings they all add to."""

    project: Project
    year: int
    draft: bool
    date: datetime.date
    figures: Figures
    ids: set[str] = field(default_factory=set)
    findings: list[Finding] = field(default_factory=list)

    @property
    def root(self) -> Path:
        return Path(self.project.root)


def slug(text: str) -> str:
    """ASCII, lower case, words joined by single hyphens: never two hyphens in a row."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "bagian"


class Writer:
    def __init__(self, ctx: Context, chapter: d.Chapter) -> None:
        self.ctx = ctx
        self.chapter = chapter
        self.key = _ARABIC.get(chapter.number, "L" if chapter.kind == "appendix" else "0")
        self.tables = 0
        self.charts = 0
        ctx.ids.add(chapter.id)

    @property
    def blocks(self) -> list[d.Block]:
        return self.chapter.blocks

    def unique(self, anchor: str) -> str:
        """`anchor`, or `anchor-2`, `anchor-3`... if the report already uses it."""
        candidate, n = anchor, 1
        while candidate in self.ctx.ids:
            n += 1
            candidate = f"{anchor}-{n}"
        self.ctx.ids.add(candidate)
        return candidate

    def heading(self, level: int, text: str, anchor: str = "") -> str:
        ident = self.unique(anchor or f"{self.chapter.id}-{slug(text)}")
        self.blocks.append(d.Heading(level, text, ident))
        return ident

    def say(self, *texts: str | None) -> None:
        self.blocks.extend(d.Paragraph(t) for t in texts if t)

    def add(self, *blocks: d.Block) -> None:
        self.blocks.extend(blocks)

    def table(self, table: d.Table | None) -> None:
        if table is None:
            return
        self.tables += 1
        number = f"{self.key}.{self.tables}"
        ident = self.unique(f"tabel-{self.key.lower()}-{self.tables}")
        self.blocks.append(replace(table, id=ident, number=number))

    def chart(self, caption: str, svg: str, alt: str) -> None:
        self.charts += 1
        number = f"{self.key}.{self.charts}"
        ident = self.unique(f"gambar-{self.key.lower()}-{self.charts}")
        self.blocks.append(d.Chart(ident, number, caption, svg, alt))

    def html(self, text: str, source: narrative.Source) -> None:
        html, problems = narrative.to_html(text, source)
        self.ctx.findings.extend(problems)
        if html:
            self.blocks.append(d.Html(html, source.path))

    def markdown(self, name: str) -> None:
        """The chapter file `reports/<year>/bab/<name>.md`, its top headings as lakip headings."""
        year = self.ctx.year
        rel = layout.chapter(year, name)
        text = self.ctx.project.chapters.get(year, {}).get(name, "")
        if not has_text(text):
            if self.ctx.draft:
                label = _BAB_NAMES.get(name, name)
                self.add(d.Placeholder(f"{label} belum disusun. Tulis isinya di {rel}."))
            return
        for part in narrative.split(text):
            anchor = self.heading(part.level, part.title) if part.level else self.chapter.id
            source = narrative.Source(
                self.ctx.root,
                rel,
                part.line,
                own=layout.year_folder(year),
                id_prefix=f"{anchor}--",
                key=part.title,
                shift=part.shift,
            )
            self.html(part.body, source)


def sources(project: Project, paths: Iterable[str]) -> tuple[str, ...]:
    """The given data files that were actually read, in a stable order."""
    known = set(project.files)
    return tuple(sorted({p for p in paths if p in known}))
