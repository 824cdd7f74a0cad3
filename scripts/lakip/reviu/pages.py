"""Read the built report PDF back into printed page labels and text, and find where each PK
indicator appears in the measurement tables ("Pengukuran Kinerja").

The page is the one printed on it (the PDF's page labels: `iv`, `12`), not the viewer's index, so
a reviewer holding the paper finds the same page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

_MEASUREMENT = re.compile(r"^Tabel\s+\S+\s+Pengukuran Kinerja\b")
_CAPTION = re.compile(r"^(?:Tabel|Gambar)\s+\S+\s")
_LEADER = re.compile(r"\.{4,}")  # a Daftar Tabel line, not the caption itself


@dataclass(frozen=True)
class Page:
    label: str
    text: str


def read_pages(pdf: Path) -> list[Page]:
    """Every page of `pdf` with its printed label (its 1-based number when it has none)."""
    from pypdf import PdfReader  # imported here: only the worksheet reads PDFs back

    reader = PdfReader(pdf)
    labels = reader.page_labels
    return [
        Page(labels[i] if i < len(labels) else str(i + 1), page.extract_text() or "")
        for i, page in enumerate(reader.pages)
    ]


def measurement_pages(pages: list[Page], codes: list[str]) -> dict[str, str]:
    """The label of the first page where each of `codes` opens a row of a measurement table.

    A table runs from its caption to the next caption; a row opens with the indicator's code.
    """
    wanted = set(codes)
    found: dict[str, str] = {}
    inside = False
    for page in pages:
        for line in page.text.splitlines():
            line = line.strip()
            if _CAPTION.match(line) and not _LEADER.search(line):
                inside = bool(_MEASUREMENT.match(line))
                continue
            first = line.split(" ", 1)[0]
            if inside and first in wanted:
                found.setdefault(first, page.label)
    return found


def mentions(pages: list[Page], text: str) -> list[str]:
    """Labels of the pages whose text contains `text` (whitespace runs read as one space)."""
    wanted = " ".join(text.split())
    return [p.label for p in pages if wanted in " ".join(p.text.split())]
