"""A small hand-built project for the assemble, sentence and narrative tests.

Two sasaran and four indicators: a positive one with history, national standard and Renstra end
target (IKU-01), a negative count (IKU-02), a positive target of 0 (IKU-03) and a range target
without realisation (IKU-04); two programmes with three kegiatan, one without realisation. The
narratives, images and logo are written as real files, since the assembler reads them.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from pathlib import Path

from lakip.model import (
    BudgetRealisation,
    Indicator,
    Kegiatan,
    Loc,
    NarrativePart,
    PerjanjianKinerja,
    Person,
    PkTarget,
    Profile,
    Programme,
    Project,
    Realisation,
    Renstra,
    Sasaran,
    Settings,
    Target,
    Tujuan,
    Unit,
    YearData,
)

D = Decimal
YEAR = 2025
DATE = datetime.date(2026, 2, 20)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR\x00\x00\x00\x02\x00\x00\x00\x03" + b"rest"

HOSTILE = """### Penyebab keberhasilan

Pembinaan ormas berjalan **rutin** di 17 kecamatan.<script>alert('curi')</script>

<img src="x.png" onerror="alert(1)">

[Klik di sini](javascript:alert(1)) atau buka [situs resmi](https://purwakartakab.go.id).

<iframe src="https://evil.example/frame"></iframe>

![grafik jauh](https://evil.example/track.png)
![rahasia](file:///etc/passwd)
![milik unit lain](../../bidang-ketahanan/2025/gambar/grafik.png)
![grafik ormas](gambar/grafik.png)

<div onclick="steal()" style="background:url(https://evil.example/bg)">Teks tetap ada</div>

<object data="https://evil.example/x.swf">isi objek</object><embed src="https://evil.example/e">

<svg><script>alert(2)</script><text>svg</text></svg><style>body{display:none}</style>

### Upaya yang dilakukan

- Verifikasi lapangan ke sekretariat ormas.
"""

CHAPTERS = {
    "kata-pengantar": "Puji syukur kami panjatkan atas selesainya laporan ini.",
    "ikhtisar-eksekutif": "## Permasalahan utama\n\nAnggaran terbatas.\n\n## Langkah\n\nEfisiensi.",
    "pendahuluan": "## Latar Belakang\n\nTeks latar.\n\n### Rincian\n\nRinci.\n\n## Dasar Hukum\n\n"
    "1. Perpres 29/2014\n",
    "perencanaan-kinerja": "Perencanaan kinerja berpedoman pada Renstra.",
    "akuntabilitas-kinerja": "## Metode pengukuran\n\nCapaian dihitung dari data.",
}


def _loc(path: str = "reports/renstra.yml", line: int = 1) -> Loc:
    return Loc(path, line)


def indicator(code: str, text: str, unit: str, sasaran: str, owner: str, **extra) -> Indicator:
    fields = dict(
        code=code,
        text=text,
        unit=unit,
        polarity="positif",
        cumulative=False,
        negative_rule=None,
        baseline_year=2022,
        baseline=None,
        targets={},
        end_target=None,
        owner=owner,
        data_source="Laporan bidang",
        formula="Jumlah dibagi jumlah",
        national_standard=None,
        national_source="",
        sasaran=sasaran,
        tujuan="T1",
        loc=_loc(),
    )
    return Indicator(**{**fields, **extra})


def _targets(**values: str) -> dict[int, Target]:
    return {int(year[1:]): Target.of(D(v)) for year, v in values.items()}


INDICATORS = (
    indicator(
        "IKU-01",
        "Persentase ormas aktif",
        "%",
        "S1",
        "bidang-politik",
        baseline=D("65.00"),
        targets=_targets(y2023="70.00", y2024="75.00", y2025="80.00", y2026="85.00"),
        end_target=Target.of(D("85.00")),
        national_standard=D("80.00"),
        national_source="Standar pelayanan minimal contoh",
    ),
    indicator(
        "IKU-02",
        "Jumlah konflik sosial",
        "kasus",
        "S1",
        "bidang-politik",
        polarity="negatif",
        baseline=D(9),
        targets=_targets(y2023="8", y2024="7", y2025="6", y2026="5"),
        end_target=Target.of(D(5)),
    ),
    indicator(
        "IKU-03",
        "Jumlah dana hibah tersalurkan",
        "rupiah",
        "S2",
        "bidang-ketahanan",
        targets=_targets(y2025="0"),
    ),
    indicator(
        "IKU-04",
        "Indeks kepuasan layanan",
        "indeks",
        "S2",
        "bidang-ketahanan",
        baseline=D("78.40"),
        targets={2025: Target(D("82.00"), D("88.30"))},
        end_target=Target(D("83.00"), D("88.30")),
    ),
)


def _kegiatan(code: str, name: str, pagu: int, unit: str, programme: str) -> Kegiatan:
    return Kegiatan(code, name, D(pagu), unit, programme, _loc(f"reports/{YEAR}/pk.yml"))


PROGRAMMES = (
    Programme(
        "8.01.04",
        "Program Pemberdayaan Ormas",
        ("S1",),
        (_kegiatan("8.01.04.2.01", "Pembinaan Ormas", 500_000_000, "bidang-politik", "8.01.04"),),
        _loc(),
    ),
    Programme(
        "8.01.05",
        "Program Ketahanan Sosial",
        ("S2",),
        (
            _kegiatan(
                "8.01.05.2.01", "Fasilitasi FKUB", 250_000_000, "bidang-ketahanan", "8.01.05"
            ),
            _kegiatan(
                "8.01.05.2.02", "Forum Pembauran", 1_234_567_000, "bidang-ketahanan", "8.01.05"
            ),
        ),
        _loc(),
    ),
)


def _pk(year: int, targets: dict[str, Target], programmes=()) -> PerjanjianKinerja:
    return PerjanjianKinerja(
        year=year,
        number=f"800/012/Kesbangpol/{year}",
        date=datetime.date(year, 1, 14),
        targets=tuple(PkTarget(c, t, _loc(f"reports/{year}/pk.yml")) for c, t in targets.items()),
        programmes=programmes,
        revisions=(),
        loc=_loc(f"reports/{year}/pk.yml"),
    )


def _realisations(year: int, values: dict[str, str | None], quarters=None) -> YearData:
    data = YearData(year)
    for code, value in values.items():
        owner = next(i.owner for i in INDICATORS if i.code == code)
        path = f"sections/{owner}/{year}/realisasi.yml"
        data.realisations[code] = Realisation(
            code,
            owner,
            None if value is None else D(value),
            (quarters or {}).get(code, {}),
            None,
            "",
            "",
            _loc(path),
        )
        data.submitted_units.setdefault(owner, set()).add("realisasi.yml")
    return data


def _unit(slug: str, name: str, order: int) -> Unit:
    head = Person(f"Kepala {name}", f"Kepala {name}", "Pembina", "IV/a", "197806072003121003")
    return Unit(slug, name, "Bidang", order, head, (), _loc(f"sections/{slug}/unit.yml"))


def profile(logo: str = "reports/logo.svg", settings: Settings | None = None) -> Profile:
    return Profile(
        title="Laporan Kinerja Instansi Pemerintah",
        short_title="LKjIP",
        agency="Badan Kesatuan Bangsa dan Politik",
        agency_short="Kesbangpol",
        government="Kabupaten Purwakarta",
        city="Purwakarta",
        address="Jl. Veteran No. 88, Purwakarta",
        phone="(0264) 8223456",
        email="kesbangpol@example.go.id",
        website="https://kesbangpol.example.go.id",
        logo=logo,
        repository="https://example.org/lakip",
        head=Person(
            "Dr. H. Dadang Kurniawan, M.Si.",
            "Kepala Badan Kesatuan Bangsa dan Politik",
            "Pembina Utama Muda",
            "IV/c",
            "197508141998031002",
        ),
        planning_unit="subbagian-perencanaan",
        secretariat_unit="subbagian-umum",
        recipients=(),
        settings=settings or Settings(),
        loc=_loc("reports/profil.yml"),
    )


def build(root: Path, chapters: dict[str, str] | None = None) -> Project:
    """The fixture project, with its narrative files, images and logo written under `root`."""
    root.mkdir(parents=True, exist_ok=True)
    files = {
        "reports/logo.svg": (
            b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" onload="alert(1)">'
            b'<script>alert(2)</script><rect width="10" height="10" fill="#123456"/></svg>'
        ),
        "sections/bidang-politik/2025/gambar/grafik.png": PNG,
        "sections/bidang-ketahanan/2025/gambar/grafik.png": PNG,
    }
    for rel, data in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(data)
    sasaran = tuple(
        Sasaran(code, text, "T1", tuple(i for i in INDICATORS if i.sasaran == code), _loc())
        for code, text in (
            ("S1", "Meningkatnya peran serta ormas"),
            ("S2", "Meningkatnya ketahanan sosial"),
        )
    )
    renstra = Renstra(
        2023,
        2026,
        "Keputusan Kepala Badan Nomor 050/021/2023",
        "Purwakarta yang rukun dan kondusif",
        ("Memantapkan wawasan kebangsaan", "Meningkatkan kualitas demokrasi"),
        (Tujuan("T1", "Meningkatnya ketahanan daerah", sasaran, _loc()),),
        _loc(),
    )
    pks = {
        2023: _pk(2023, {"IKU-01": Target.of(D("70.00")), "IKU-02": Target.of(D(8))}),
        2024: _pk(2024, {"IKU-01": Target.of(D("75.00")), "IKU-02": Target.of(D(7))}),
        YEAR: _pk(YEAR, {i.code: i.targets[YEAR] for i in INDICATORS}, PROGRAMMES),
    }
    years = {
        2023: _realisations(2023, {"IKU-01": "70.00", "IKU-02": "8"}),
        2024: _realisations(2024, {"IKU-01": "78.00", "IKU-02": "7"}),
        YEAR: _realisations(
            YEAR,
            {"IKU-01": "82.50", "IKU-02": "4", "IKU-03": "1234567.89", "IKU-04": None},
            quarters={"IKU-01": {"I": D("20.10"), "II": D("41.00")}},
        ),
    }
    data = years[YEAR]
    for code, unit, value in (
        ("8.01.04.2.01", "bidang-politik", "470600000"),
        ("8.01.05.2.01", "bidang-ketahanan", "200000000"),
    ):
        path = f"sections/{unit}/{YEAR}/anggaran.yml"
        quarters = {"I": D(100_000_000)} if code == "8.01.04.2.01" else {}
        data.budgets[code] = BudgetRealisation(code, unit, D(value), quarters, "", _loc(path))
        data.submitted_units[unit].add("anggaran.yml")
    data.narratives["IKU-01"] = NarrativePart(
        "IKU-01", "bidang-politik", "Persentase ormas aktif", HOSTILE.strip(),
        _loc("sections/bidang-politik/2025/narasi.md", 1),
    )  # fmt: skip
    data.narratives["IKU-02"] = NarrativePart(
        "IKU-02", "bidang-politik", "Jumlah konflik sosial",
        "### Penyebab keberhasilan\n\nDeteksi dini berjalan.",
        _loc("sections/bidang-politik/2025/narasi.md", 40),
    )  # fmt: skip
    data.narratives["IKU-03"] = NarrativePart(
        "IKU-03", "bidang-ketahanan", "Dana hibah",
        "### Penyebab\n\nHibah disalurkan.\n\n![grafik](gambar/grafik.png)",
        _loc("sections/bidang-ketahanan/2025/narasi.md", 1),
    )  # fmt: skip
    for unit in ("bidang-politik", "bidang-ketahanan"):
        data.submitted_units[unit].add("narasi.md")
    chapters = CHAPTERS if chapters is None else chapters
    project = Project(
        root=str(root),
        profile=profile(),
        renstras=[renstra],
        pks=pks,
        units={
            "bidang-politik": _unit("bidang-politik", "Bidang Politik", 1),
            "bidang-ketahanan": _unit("bidang-ketahanan", "Bidang Ketahanan", 2),
        },
        years=years,
        chapters={YEAR: {name: text for name, text in chapters.items()}},
    )
    project.files = sorted(
        [
            "reports/profil.yml",
            "reports/renstra.yml",
            *(f"reports/{y}/pk.yml" for y in pks),
            *(f"reports/{YEAR}/bab/{name}.md" for name in chapters),
            *(f"sections/{u}/{YEAR}/{n}" for u, ns in data.submitted_units.items() for n in ns),
            "sections/bidang-politik/unit.yml",
            "sections/bidang-ketahanan/unit.yml",
        ]
    )
    return project
