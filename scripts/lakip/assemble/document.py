"""The assembled report: one in-memory document that both the PDF and the site render.

`assemble` fills it from the figures and the narratives; `render_pdf` and `render_site` only
lay it out. Every text here is final Indonesian, already formatted (numbers, money, dates), and
every `Html` block is already sanitised: renderers never compute or format figures themselves.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from lakip.compute.tree import Figures


@dataclass(frozen=True)
class Heading:
    level: int  # 2 or 3: the chapter title itself is level 1 and lives on `Chapter`
    text: str
    id: str


@dataclass(frozen=True)
class Paragraph:
    """Plain text (escaped when rendered); generated factual sentences use this."""

    text: str


@dataclass(frozen=True)
class Html:
    """Sanitised HTML converted from contributed Markdown; `source` is the file it came from."""

    html: str
    source: str = ""


@dataclass(frozen=True)
class Placeholder:
    """A visible gap in a draft: says what is missing and which unit owes it."""

    text: str


@dataclass(frozen=True)
class Column:
    title: str
    align: str = "left"  # left, right or center


@dataclass(frozen=True)
class Table:
    id: str  # anchor, e.g. "tabel-3-1"
    number: str  # "3.1"
    caption: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[str, ...], ...]
    footer: tuple[tuple[str, ...], ...] = ()  # totals rows
    wide: bool = False  # a landscape page in the PDF
    note: str = ""  # source or remark under the table


@dataclass(frozen=True)
class Chart:
    id: str  # anchor, e.g. "gambar-3-1"
    number: str
    caption: str
    svg: str  # a standalone SVG document, vector, fonts as paths
    alt: str  # text alternative: what the chart shows, in words


@dataclass(frozen=True)
class Card:
    label: str
    value: str
    note: str = ""


@dataclass(frozen=True)
class Cards:
    cards: tuple[Card, ...]


@dataclass(frozen=True)
class Signature:
    place_date: str  # "Purwakarta, 20 Februari 2026"
    position: tuple[str, ...]  # position on one or two lines
    name: str
    rank: str  # "Pembina Utama Muda (IV/c)"
    nip: str  # "NIP. 19790402 199810 1 001"


Block = Heading | Paragraph | Html | Placeholder | Table | Chart | Cards | Signature


@dataclass
class Chapter:
    id: str  # "kata-pengantar", "bab-1", "lampiran"
    kind: str  # "front" (roman page numbers), "chapter" or "appendix"
    number: str  # "I".."IV" for chapters, "" otherwise
    title: str  # "PENDAHULUAN"
    blocks: list[Block] = field(default_factory=list)
    sources: tuple[str, ...] = ()  # data files behind this chapter, for "edit this page"

    @property
    def label(self) -> str:
        return f"BAB {self.number} {self.title}" if self.number else self.title


@dataclass(frozen=True)
class UnitIndicator:
    code: str
    text: str
    target: str
    realisation: str
    capaian: str
    category: str


@dataclass(frozen=True)
class UnitNarrative:
    """A part of the unit's analysis (of an indicator or a whole sasaran), as Bab III prints it."""

    title: str  # "IKU-01 Persentase ..." or "S1 Meningkatnya ..."
    anchor: str  # "narasi-iku-01": where Bab III prints it
    blocks: tuple[Html, ...]


@dataclass(frozen=True)
class BudgetLine:
    """A kegiatan the unit carries out, for its page: code, name and formatted money."""

    code: str
    name: str
    pagu: str
    realisation: str
    serapan: str


@dataclass(frozen=True)
class HomeIndicator:
    """One IKU in the home page's table: how far it got, its category and its trend."""

    code: str
    text: str
    sasaran: str
    capaian: str
    category: str
    trend: str  # "▲ membaik sejak 2024", "▼ memburuk sejak 2024", "= tetap", or a dash


@dataclass(frozen=True)
class UnitPage:
    """A section's page on the site: its indicators and the state of its submission."""

    slug: str
    name: str
    head: str
    indicators: tuple[UnitIndicator, ...]
    files: tuple[tuple[str, str], ...]  # (path, state): "lengkap", "belum ada", "ada temuan"
    sources: tuple[str, ...] = ()
    narratives: tuple[UnitNarrative, ...] = ()
    budget: tuple[BudgetLine, ...] = ()
    budget_total: BudgetLine | None = None


@dataclass(frozen=True)
class Letterhead:
    """The kop surat over the report's cover, the letters and the disposition sheet, as printed."""

    government: str  # "PEMERINTAH KABUPATEN PURWAKARTA"
    agency: str  # "BADAN KESATUAN BANGSA DAN POLITIK"
    address: str
    contact: str  # telephone, e-mail, website on one line
    logo_svg: str  # the sanitised logo as SVG text (a PNG logo is a data URI <image>)


@dataclass
class Report:
    year: int
    draft: bool
    title: str  # "Laporan Kinerja Instansi Pemerintah"
    short_title: str  # "LKjIP"
    agency: str
    city: str
    letterhead: Letterhead
    date: datetime.date  # from SOURCE_DATE_EPOCH, never the clock
    repository: str  # base URL for "edit this page" links, or ""
    cover_foot: tuple[str, ...] = ()  # the issuer's lines over the year at the cover's foot
    chapters: list[Chapter] = field(default_factory=list)
    cover_cards: Cards | None = None  # headline figures for the site's home page
    home_indicators: tuple[HomeIndicator, ...] = ()  # site only: every IKU on the home page
    sasaran_cards: Cards | None = None  # site only: a card per sasaran on the home page
    unit_pages: list[UnitPage] = field(default_factory=list)
    # file name -> content: CSV and JSON text, and the readers' workbook (bytes) the pipeline adds
    exports: dict[str, str | bytes] = field(default_factory=dict)
    figures: Figures | None = None  # the numbers behind the tables, for the readers' workbook
    attachments: dict[str, bytes] = field(default_factory=dict)  # PDF/A-3 embedded files
    procedure: list[Block] = field(default_factory=list)  # site only: release, archive, delivery
    guide: dict[str, str] = field(default_factory=dict)  # site only: user guide pages (Markdown)
    guide_images: dict[str, bytes] = field(default_factory=dict)  # site only: its pictures
    quarter: str = ""  # "I".."IV" for a quarterly monitoring report: `title` then names it whole

    @property
    def full_title(self) -> str:
        """`Laporan Kinerja ... Tahun 2025`; a monitoring report's title already names its year."""
        return self.title if self.quarter else f"{self.title} Tahun {self.year}"

    @property
    def tables(self) -> list[Table]:
        return [b for c in self.chapters for b in c.blocks if isinstance(b, Table)]

    @property
    def charts(self) -> list[Chart]:
        return [b for c in self.chapters for b in c.blocks if isinstance(b, Chart)]

    @property
    def file_stem(self) -> str:
        """A PDF name that says agency and year, e.g. LKjIP-2025-Kesbangpol-Kabupaten-Purwakarta."""
        words = f"{self.short_title} {self.year} {self.agency}".split()
        return "-".join("".join(ch for ch in w if ch.isalnum()) for w in words if w)
