"""Turn the validated project and the year's figures into the one `Report` both renderers lay out.

The outline follows PermenPAN-RB 53/2014: Kata Pengantar, the lists, Ikhtisar Eksekutif, Bab I to
IV and the Lampiran with the Perjanjian Kinerja first. Everything placed here is final text:
numbers formatted, Markdown converted and sanitised, charts drawn. Bab III lives in
`assemble_results`, tables in `assemble_tables`, sentences in `sentences`.
"""

from __future__ import annotations

import datetime
from html import escape

from lakip import formatting as fmt
from lakip import layout
from lakip.assemble import document as d
from lakip.assemble import extras, sentences, tables
from lakip.assemble.lampiran import lampiran, pk_sentence
from lakip.assemble.letterhead import (
    cover_foot,
    issuer_name,
    letterhead,
    over_region,
    position_lines,
    region,
)
from lakip.assemble.results import akuntabilitas
from lakip.assemble.writer import Context, Writer, sources
from lakip.compute.figures import compute
from lakip.findings import Finding
from lakip.model import Profile, Project

LISTS = (
    ("daftar-isi", "DAFTAR ISI"),
    ("daftar-tabel", "DAFTAR TABEL"),
    ("daftar-gambar", "DAFTAR GAMBAR"),
)


def assemble(
    project: Project,
    year: int,
    draft: bool,
    date: datetime.date,
    findings: list[Finding] | None = None,
) -> d.Report:
    """The report of `year`; narrative problems (dropped images, unsafe HTML) go to `findings`."""
    profile = project.profile
    if profile is None or project.period(year) is None or year not in project.pks:
        raise ValueError("assemble needs a validated project with profile, Renstra and PK")
    figures = compute(project, year)
    ctx = Context(project, year, draft, date, figures)
    report = d.Report(
        year=year,
        draft=draft,
        title=profile.title,
        short_title=profile.short_title,
        agency=profile.agency,
        city=profile.city,
        cover_foot=cover_foot(profile),
        letterhead=letterhead(ctx.root, profile),
        date=date,
        repository=profile.repository,
    )
    report.chapters = [
        _kata_pengantar(ctx, profile),
        *_statement(ctx, profile),
        *(d.Chapter(ident, "front", "", title) for ident, title in LISTS),
        _ikhtisar(ctx, profile),
        _from_markdown(ctx, "bab-1", "I", "PENDAHULUAN", "pendahuluan"),
        _perencanaan(ctx, profile),
        akuntabilitas(ctx),
        _from_markdown(ctx, "bab-4", "IV", "PENUTUP", "penutup"),
        lampiran(ctx, profile),
    ]
    report.cover_cards = extras.cover_cards(figures)
    report.unit_pages = extras.unit_pages(project, figures, extras.narratives(report.chapters))
    report.home_indicators = extras.home_indicators(figures)
    report.sasaran_cards = extras.sasaran_cards(figures)
    report.exports = extras.exports(figures)
    report.figures = figures
    if findings is not None:
        findings.extend(ctx.findings)
    return report


def _signature(ctx: Context, profile: Profile) -> d.Signature:
    head = profile.head
    return d.Signature(
        place_date=f"{profile.city}, {fmt.date_long(ctx.date)}",
        position=position_lines(profile),
        name=head.name,
        rank=fmt.grade(head.rank, head.grade),
        nip=f"NIP. {fmt.nip(head.nip)}" if head.nip else "",
    )


def _kata_pengantar(ctx: Context, profile: Profile) -> d.Chapter:
    chapter = d.Chapter("kata-pengantar", "front", "", "KATA PENGANTAR")
    chapter.sources = _bab_sources(ctx, "kata-pengantar", layout.PROFILE)
    w = Writer(ctx, chapter)
    w.markdown("kata-pengantar")
    w.add(_signature(ctx, profile))
    return chapter


def _statement(ctx: Context, profile: Profile) -> list[d.Chapter]:
    """The Pernyataan Telah Direviu (PermenPAN-RB 53/2014's annex), signed by the Inspektur, once
    the Inspektorat has concluded its reviu; right after the Kata Pengantar, as LKjIPs place it."""
    review = ctx.project.reviews.get(ctx.year)
    ended = review.conclusion if review else None
    if ended is None:
        return []
    chapter = d.Chapter("pernyataan-reviu", "front", "", "PERNYATAAN TELAH DIREVIU")
    chapter.sources = sources(ctx.project, [layout.review(ctx.year)])
    issuer, inspector = issuer_name(profile), review.inspector
    w = Writer(ctx, chapter)
    w.say(
        issuer.upper(),
        f"TAHUN {ctx.year}",
        f"Nomor: {ended.nomor}" if ended.nomor else None,
        f"Kami telah mereviu Laporan Kinerja {issuer} Tahun {ctx.year} sesuai Pedoman Reviu atas "
        f"Laporan Kinerja. Substansi informasi yang dimuat dalam Laporan Kinerja menjadi "
        f"tanggung jawab manajemen {issuer}.",
        "Reviu bertujuan untuk memberikan keyakinan terbatas laporan kinerja telah disajikan "
        "secara akurat, andal, dan valid.",
        "Berdasarkan reviu kami, tidak terdapat kondisi atau hal-hal yang menimbulkan perbedaan "
        "dalam meyakini keandalan informasi yang disajikan di dalam laporan kinerja ini.",
    )
    w.add(
        d.Signature(
            place_date=f"{ended.tempat or profile.city}, {fmt.date_long(ended.tanggal)}",
            position=over_region(inspector.position or "Inspektur", region(profile)),
            name=inspector.name,
            rank=fmt.grade(inspector.rank, inspector.grade),
            nip=f"NIP. {fmt.nip(inspector.nip)}" if inspector.nip else "",
        )
    )
    return [chapter]


def _ikhtisar(ctx: Context, profile: Profile) -> d.Chapter:
    """Goals and targets, how far they were reached and the budget, then the authors' text."""
    figures, renstra = ctx.figures, ctx.project.period(ctx.year)
    chapter = d.Chapter("ikhtisar-eksekutif", "front", "", "IKHTISAR EKSEKUTIF")
    chapter.sources = _bab_sources(ctx, "ikhtisar-eksekutif")
    w = Writer(ctx, chapter)
    used = {f.indicator.tujuan for f in figures.indicators}
    w.say(
        sentences.overview(
            issuer_name(profile),
            ctx.year,
            len(figures.sasaran),
            len(figures.indicators),
            len([t for t in renstra.tujuan if t.code in used]),
        ),
        sentences.categories(figures.summary, len(figures.indicators)),
        sentences.mean(
            figures.summary,
            extras.category(figures.summary.capaian, figures.settings),
            figures.settings,
        ),
        sentences.budget(figures.budget.pagu, figures.budget.realisation, figures.budget.serapan),
    )
    w.add(extras.cover_cards(figures))
    w.say(
        *(
            f"Sasaran {s.sasaran.code} ({s.sasaran.text}): {sentences.sasaran(s)}"
            for s in figures.sasaran
        )
    )
    w.markdown("ikhtisar-eksekutif")
    return chapter


def _from_markdown(ctx: Context, ident: str, number: str, title: str, name: str) -> d.Chapter:
    chapter = d.Chapter(ident, "chapter", number, title)
    chapter.sources = _bab_sources(ctx, name)
    Writer(ctx, chapter).markdown(name)
    return chapter


def _perencanaan(ctx: Context, profile: Profile) -> d.Chapter:
    """Bab II: the authors' text, then Renstra (vision, mission, IKU targets) and the year's PK."""
    renstra, pk, year = ctx.project.period(ctx.year), ctx.project.pks[ctx.year], ctx.year
    chapter = d.Chapter("bab-2", "chapter", "II", "PERENCANAAN KINERJA")
    chapter.sources = _bab_sources(ctx, "perencanaan-kinerja", renstra.loc.path, layout.pk(year))
    w = Writer(ctx, chapter)
    w.markdown("perencanaan-kinerja")
    w.heading(2, f"Rencana Strategis {renstra.start}–{renstra.end}")
    if renstra.document:
        w.say(f"Rencana Strategis {profile.agency} ditetapkan dengan {renstra.document}.")
    w.heading(3, "Visi")
    w.say(renstra.vision)
    w.heading(3, "Misi")
    items = "".join(f"<li>{escape(m)}</li>" for m in renstra.missions)
    w.add(d.Html(f"<ol>{items}</ol>", renstra.loc.path))
    w.heading(3, "Tujuan, Sasaran dan Indikator Kinerja Utama")
    w.table(tables.renstra_targets(renstra))
    earlier = [r for r in ctx.project.renstras if r.end < renstra.start]
    if earlier:
        w.say(sentences.ended_indicators(earlier[-1], renstra))
    w.heading(2, f"Perjanjian Kinerja Tahun {year}")
    w.say(pk_sentence(ctx, profile))
    w.table(tables.pk_targets(ctx.figures))
    w.table(tables.pk_programmes(pk))
    return chapter


def _bab_sources(ctx: Context, name: str, *more: str) -> tuple[str, ...]:
    return sources(ctx.project, [layout.chapter(ctx.year, name), *more])
