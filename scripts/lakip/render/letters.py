"""Turn letter and form templates into PDF bytes, each under the agency's letterhead.

The cover letters and receipt forms of a distribution (release/) and the disposition sheet of a
new year (sop/) are one-page A4 documents. Those modules decide what they say; this one prints
them all alike: a template extending `letter-base.html`, which includes the kop, laid out with
`letters.css` in the shipped fonts, resources read only through the repository fetcher, and a
fixed PDF identifier, so printing the same sheet again gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from lakip.assemble.letterhead import letterhead
from lakip.model import Profile
from lakip.render.fetcher import RepositoryFetcher
from lakip.render.templates import TEMPLATES, environment, kop
from lakip.render.wordbreak import breakable


@dataclass(frozen=True)
class Sheet:
    """One document to print: a template, what it shows besides the kop, and its PDF identifier."""

    template: str  # "surat-pengantar.html": extends letter-base.html
    values: dict  # may set `created` (an ISO date for the metadata) and `draft` (a KONSEP mark)
    ident: str  # unique per document and stable between runs


def print_sheets(root: Path, profile: Profile, sheets: Iterable[Sheet]) -> list[bytes]:
    """The PDF bytes of each sheet, in order, under the letterhead of `profile`."""
    # imported here: WeasyPrint takes 0.7 s to load, and only commands that print need it
    from weasyprint import CSS, HTML
    from weasyprint.text.fonts import FontConfiguration

    env = environment()
    fetcher = RepositoryFetcher(root)
    fonts = FontConfiguration()
    css = CSS(filename=str(TEMPLATES / "letters.css"), url_fetcher=fetcher, font_config=fonts)
    base_url = Path(root).resolve().as_uri() + "/"
    common = {
        "kop": kop(letterhead(root, profile)),
        "author": profile.agency,
        "created": "",
        "draft": False,
    }
    printed = []
    for sheet in sheets:
        html = breakable(env.get_template(sheet.template).render({**common, **sheet.values}))
        page = HTML(string=html, base_url=base_url, url_fetcher=fetcher)
        printed.append(
            page.write_pdf(
                stylesheets=[css], font_config=fonts, pdf_identifier=sheet.ident.encode("utf-8")
            )
        )
    return printed
