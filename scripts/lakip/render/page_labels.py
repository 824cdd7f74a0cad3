"""PDF page labels, so a viewer's page box shows the numbers printed on the pages.

The printed book numbers its front matter i, ii, ... and its chapters 1, 2, ...; without page
labels a PDF viewer counts the cover as page 1 and "page 12" of the table of contents is the
viewer's page 21. The labels follow the CSS named pages that print.css assigns: `cover`, `front`
(lower-roman) and everything after it (`main`, `wide`: decimal, continuing).
"""

from __future__ import annotations

from dataclasses import dataclass

COVER_LABEL = "Sampul"


@dataclass(frozen=True)
class Run:
    """Pages from `start` (0-based) on share a style: "r" lower-roman, "D" decimal, "" none."""

    start: int
    style: str
    prefix: str = ""
    first: int = 1


def runs(page_kinds: list[str]) -> list[Run]:
    """The label runs for pages whose CSS named pages are `page_kinds`, in order."""
    found: list[Run] = []
    for index, kind in enumerate(page_kinds):
        if kind == "cover":
            run = Run(index, "", prefix=COVER_LABEL)
        elif kind == "front":
            run = Run(index, "r")
        else:
            run = Run(index, "D")
        if not found or (found[-1].style, found[-1].prefix) != (run.style, run.prefix):
            found.append(run)
    return found


def page_kinds(document) -> list[str]:
    """The named page of each page of a laid-out WeasyPrint document.

    WeasyPrint keeps the page type only on its (private) page box; tests/test_render_pdf.py
    reads the labels back from the sample's PDF, so an upgrade that moves it fails there.
    """
    return [page._page_box.page_type.name or "" for page in document.pages]


def pydyf_finisher(document, pdf) -> None:
    """A `write_pdf(finisher=...)` that adds /PageLabels to the catalogue WeasyPrint writes."""
    import pydyf

    numbers = pydyf.Array()
    for run in runs(page_kinds(document)):
        label = pydyf.Dictionary({"St": run.first})
        if run.style:
            label["S"] = "/" + run.style
        if run.prefix:
            label["P"] = pydyf.String(run.prefix)
        numbers.extend([run.start, label])
    pdf.catalog["PageLabels"] = pydyf.Dictionary({"Nums": numbers})


_PYPDF_STYLES = {"r": "/r", "D": "/D", "": None}


def add_with_pypdf(writer, kinds: list[str]) -> None:
    """The same labels on a PDF joined with pypdf (a long draft printed in parts)."""
    found = runs(kinds)
    for run, following in zip(found, found[1:] + [None], strict=True):
        end = (following.start if following else len(kinds)) - 1
        writer.set_page_label(
            run.start,
            end,
            style=_PYPDF_STYLES[run.style],
            prefix=run.prefix or None,
            start=run.first,
        )
