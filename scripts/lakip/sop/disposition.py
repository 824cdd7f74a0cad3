"""Turn an incoming letter into its disposition sheet (lembar disposisi), an A4 PDF to sign.

The SOP's first step ends with the head's disposition to the units; this is the paper the head
signs, listing every unit with a checkbox (ticked for the units that owe data) and the deadline.
"""

from __future__ import annotations

import re
from html import escape
from pathlib import Path

from lakip.formatting import date_long, nip
from lakip.load.logo import logo_svg
from lakip.model import Letter, Profile, Unit

FONTS = Path(__file__).resolve().parent.parent / "fonts"
_SVG_PROLOGUE = re.compile(r"^\s*(<\?xml[^>]*\?>)?\s*(<!DOCTYPE[^>]*>)?\s*", re.DOTALL)
_SVG_OPEN = re.compile(r"<svg\b[^>]*>")

_CSS = """
@font-face { font-family: "Lakip Sans"; src: url("{regular}"); }
@font-face { font-family: "Lakip Sans"; src: url("{bold}"); font-weight: bold; }
@page { size: A4; margin: 18mm 18mm 20mm 22mm; }
body { font-family: "Lakip Sans"; font-size: 10.5pt; line-height: 1.35; color: #000; }
.kop { display: flex; align-items: center; border-bottom: 1.6pt double #000;
       padding-bottom: 3mm; margin-bottom: 6mm; }
.kop .logo { width: 20mm; margin-right: 5mm; }
.kop .logo svg { width: 20mm; height: auto; }
.kop .text { flex: 1; text-align: center; }
.kop .gov { font-size: 13pt; font-weight: bold; }
.kop .agency { font-size: 15pt; font-weight: bold; }
.kop .address { font-size: 9pt; }
h1 { text-align: center; font-size: 13pt; letter-spacing: 1pt; margin: 0 0 5mm; }
table { width: 100%; border-collapse: collapse; }
td { border: 0.6pt solid #000; padding: 2mm 2.5mm; vertical-align: top; }
td.label { width: 32mm; }
td.sep { width: 3mm; border-left: none; border-right: none; }
td.half { width: 50%; }
.head { font-weight: bold; margin-bottom: 2mm; }
ul { list-style: none; margin: 0; padding: 0; }
li { margin: 1.2mm 0; padding-left: 5.5mm; text-indent: -5.5mm; }
.box { display: inline-block; width: 3.2mm; height: 3.2mm; border: 0.7pt solid #000;
       margin-right: 2mm; vertical-align: -0.4mm; text-align: center; font-size: 8pt;
       text-indent: 0; line-height: 3.2mm; font-weight: bold; }
.note { min-height: 25mm; }
.sign { margin: 10mm 0 0 95mm; }
.sign .space { height: 22mm; }
.sign .name { font-weight: bold; text-decoration: underline; }
"""


def render_disposition(
    root: Path, profile: Profile, letter: Letter, units: list[Unit], ticked: set[str]
) -> bytes:
    """The PDF bytes of the disposition sheet for `letter`, forwarding it to `units`."""
    # imported here: WeasyPrint takes 0.7 s to load, and only commands that print need it
    from weasyprint import HTML

    from lakip.render.fetcher import RepositoryFetcher

    html = disposition_html(root, profile, letter, units, ticked)
    return HTML(
        string=html, base_url=str(root) + "/", url_fetcher=RepositoryFetcher(root)
    ).write_pdf()


def disposition_html(
    root: Path, profile: Profile, letter: Letter, units: list[Unit], ticked: set[str]
) -> str:

    css = _CSS.replace("{regular}", (FONTS / "LiberationSans-Regular.ttf").as_uri()).replace(
        "{bold}", (FONTS / "LiberationSans-Bold.ttf").as_uri()
    )
    deadline = date_long(letter.deadline) if letter.deadline else "-"
    task = (
        f"Mohon disiapkan data capaian kinerja dan realisasi anggaran tahun {letter.year} "
        f"paling lambat {deadline}."
    )
    rows = [
        ("Surat dari", letter.sender or "-"),
        ("Nomor surat", letter.number),
        ("Tanggal surat", date_long(letter.date)),
        ("Perihal", letter.subject),
        ("Diterima tanggal", ""),
        ("Tenggat", deadline),
    ]
    table = "".join(
        f'<tr><td class="label">{escape(label)}</td><td class="sep">:</td>'
        f"<td>{escape(value)}</td></tr>"
        for label, value in rows
    )
    items = "".join(
        f'<li><span class="box">{"X" if unit.slug in ticked else ""}</span>{escape(unit.name)}</li>'
        for unit in units
    )
    head = profile.head
    nip_line = f"<div>NIP. {escape(nip(head.nip))}</div>" if head.nip else ""
    rank = " ".join(p for p in (head.rank, f"({head.grade})" if head.grade else "") if p)
    return f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>Lembar Disposisi {letter.year}</title>
<style>{css}</style></head><body>
{_kop(root, profile)}
<h1>LEMBAR DISPOSISI</h1>
<table>{table}</table>
<table style="margin-top: -0.6pt"><tr>
<td class="half"><div class="head">Diteruskan kepada:</div><ul>{items}</ul></td>
<td class="half"><div class="head">Isi disposisi:</div><p>{escape(task)}</p>
<div class="note"></div></td>
</tr></table>
<div class="sign">
<div>{escape(head.position or "Kepala")},</div>
<div class="space"></div>
<div class="name">{escape(head.name)}</div>
<div>{escape(rank)}</div>
{nip_line}
</div>
</body></html>
"""


def _kop(root: Path, profile: Profile) -> str:

    # Inline, like the report's cover, so the logo's own text is set in the shipped font too.
    svg = _SVG_PROLOGUE.sub("", logo_svg(root, profile.logo), count=1)
    style = '<style>text, tspan { font-family: "Lakip Sans"; }</style>'
    image = _SVG_OPEN.sub(lambda m: m.group(0) + style, svg, count=1)
    contacts = " · ".join(
        part
        for part in (
            f"Telp. {profile.phone}" if profile.phone else "",
            profile.email,
            profile.website,
        )
        if part
    )
    return (
        f'<div class="kop"><div class="logo">{image}</div><div class="text">'
        f'<div class="gov">PEMERINTAH {escape(profile.government.upper())}</div>'
        f'<div class="agency">{escape(profile.agency.upper())}</div>'
        f'<div class="address">{escape(profile.address)}</div>'
        f'<div class="address">{escape(contacts)}</div>'
        "</div></div>"
    )
