"""Read the whole repository into a `Project`, collecting every loading finding on the way.

Loading never stops at the first problem: a broken file is left out of the model and reported,
and the rest still loads so that validation can report everything in one run.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

from lakip import spec
from lakip.conform import Doc, conform
from lakip.findings import WARNING, Finding, LakipError, finding
from lakip.model import (
    BudgetRealisation,
    CategoryBand,
    Indicator,
    Kegiatan,
    Letter,
    Loc,
    NarrativePart,
    PerjanjianKinerja,
    Person,
    PkTarget,
    Profile,
    Programme,
    Project,
    Realisation,
    Recipient,
    Renstra,
    Revision,
    Sasaran,
    Settings,
    Target,
    Tujuan,
    Unit,
    YearData,
)
from lakip.yamlfile import MAX_MARKDOWN_BYTES, MAX_YAML_BYTES, parse_yaml, read_text

CHAPTERS = (
    "kata-pengantar",
    "ikhtisar-eksekutif",
    "pendahuluan",
    "perencanaan-kinerja",
    "akuntabilitas-kinerja",
    "penutup",
)
SECTION_YEAR_FILES = ("realisasi.yml", "anggaran.yml", "narasi.md")
_YEAR_DIR = re.compile(r"^(19|20)[0-9]{2}$")
_HEADING = re.compile(r"^##\s+(\S+)[ \t]*(.*?)\s*#*\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


def load_project(root: Path) -> tuple[Project, list[Finding]]:
    """Load every data file under `root`; raise `LakipError` only if it is no lakip repository."""
    root = Path(root)
    if not (root / "reports").is_dir():
        raise LakipError("not-a-repository", path=str(root))
    loader = _Loader(root)
    loader.load_reports()
    loader.load_sections()
    return loader.project, loader.found


class _Loader:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.project = Project(root=str(root))
        self.found: list[Finding] = []
        self._kegiatan_units: dict[int, dict[str, str]] = {}

    def read_doc(self, rel: str, kind: spec.FileKind) -> Doc | None:
        self.project.files.append(rel)
        text, problems = read_text(self.root, rel, MAX_YAML_BYTES)
        self.found += problems
        if text is None:
            return None
        node, problems = parse_yaml(text, rel)
        self.found += problems
        if problems:
            return None
        if node is None:
            self.found.append(
                finding(rel, 1, "", "file-empty", required=", ".join(kind.spec.required))
            )
            return None
        doc, problems = conform(node, kind, rel)
        self.found += problems
        return doc

    def read_markdown(self, rel: str) -> str | None:
        self.project.files.append(rel)
        text, problems = read_text(self.root, rel, MAX_MARKDOWN_BYTES)
        self.found += problems
        return text

    def require(self, rel: str, kind: spec.FileKind) -> Doc | None:
        if not (self.root / rel).exists() and not (self.root / rel).is_symlink():
            self.found.append(finding(rel, 0, "", "file-missing", name=rel))
            return None
        return self.read_doc(rel, kind)

    def load_reports(self) -> None:
        doc = self.require("reports/profil.yml", spec.PROFILE)
        if doc:
            self.project.profile = _profile(doc)
        doc = self.require("reports/renstra.yml", spec.RENSTRA)
        if doc:
            self.project.renstra = _renstra(doc)
        self.report_strays("reports", ("profil.yml", "renstra.yml"))
        for year_dir in self.year_dirs(self.root / "reports"):
            year = int(year_dir.name)
            rel = f"reports/{year}"
            self.report_strays(rel, ("pk.yml", "surat.yml"))
            if (year_dir / "pk.yml").exists():
                doc = self.read_doc(f"{rel}/pk.yml", spec.PK)
                if doc and self._year_matches(doc, year):
                    self.project.pks[year] = _pk(doc, year)
            if (year_dir / "surat.yml").exists():
                doc = self.read_doc(f"{rel}/surat.yml", spec.LETTER)
                if doc and self._year_matches(doc, year) and "nomor" in doc.value:
                    self.project.letters[year] = _letter(doc, year)
            self.load_chapters(year, year_dir)
            if (year_dir / "register").is_dir():
                self.check_registers(year)

    def check_registers(self, year: int) -> None:
        """Registers are no report input, but a broken entry must still show in validation."""
        from lakip import registers

        for kind in registers.KINDS:
            self.found += registers.read(self.root, year, kind)[1]

    def load_chapters(self, year: int, year_dir: Path) -> None:
        chapters: dict[str, str] = {}
        chapter_dir = year_dir / "bab"
        if chapter_dir.is_dir():
            for path in sorted(chapter_dir.iterdir()):
                rel = f"reports/{year}/bab/{path.name}"
                if path.suffix != ".md" or path.stem not in CHAPTERS:
                    known = ", ".join(f"{name}.md" for name in CHAPTERS)
                    self.found.append(
                        finding(rel, 0, "", "unknown-file", WARNING, name=path.name, known=known)
                    )
                    continue
                text = self.read_markdown(rel)
                if text is not None:
                    chapters[path.stem] = text
        self.project.chapters[year] = chapters

    def load_sections(self) -> None:
        sections = self.root / "sections"
        if not sections.is_dir():
            return
        self.report_strays("sections", ())
        for unit_dir in sorted(p for p in sections.iterdir() if p.is_dir()):
            slug = unit_dir.name
            if not self.inside(unit_dir, f"sections/{slug}"):
                continue
            self.report_strays(f"sections/{slug}", ("unit.yml",))
            rel = f"sections/{slug}/unit.yml"
            doc = self.require(rel, spec.UNIT)
            # Its folder exists, so the unit does: with unit.yml missing or broken, that one file
            # is the finding, not every reference to the unit in renstra.yml and pk.yml.
            self.project.units[slug] = _unit(doc or Doc(rel), slug)
            for year_dir in self.year_dirs(unit_dir):
                self.load_section_year(slug, year_dir)

    def inside(self, folder: Path, rel: str) -> bool:
        """False, with a finding, for a folder that is a symbolic link out of the repository."""
        if folder.resolve().is_relative_to(self.root.resolve()):
            return True
        self.found.append(finding(rel, 0, "", "outside-repo"))
        return False

    def year_dirs(self, parent: Path) -> list[Path]:
        base = parent.relative_to(self.root).as_posix()
        return [p for p in _year_dirs(parent) if self.inside(p, f"{base}/{p.name}")]

    def report_strays(self, rel: str, known: tuple[str, ...]) -> None:
        """Warn about data files lakip never reads here, such as a pk.yml one folder too high."""
        for path in sorted((self.root / rel).iterdir()):
            looks_like_data = path.suffix in (".yml", ".yaml") or path.name in SECTION_YEAR_FILES
            if looks_like_data and path.name not in known and not path.is_dir():
                self.found.append(
                    finding(
                        f"{rel}/{path.name}",
                        0,
                        "",
                        "unknown-file",
                        WARNING,
                        name=path.name,
                        known=", ".join(known) or "-",
                    )
                )

    def load_section_year(self, slug: str, year_dir: Path) -> None:
        year = int(year_dir.name)
        data = self.project.years.setdefault(year, YearData(year))
        submitted = data.submitted_units.setdefault(slug, set())
        base = f"sections/{slug}/{year}"
        for path in sorted(year_dir.iterdir()):
            if path.name not in SECTION_YEAR_FILES and path.name != "gambar":
                known = ", ".join(SECTION_YEAR_FILES)
                self.found.append(
                    finding(
                        f"{base}/{path.name}",
                        0,
                        "",
                        "unknown-file",
                        WARNING,
                        name=path.name,
                        known=known,
                    )
                )
        if (year_dir / "realisasi.yml").exists():
            doc = self.read_doc(f"{base}/realisasi.yml", spec.REALISATION)
            if doc and self._year_matches(doc, year):
                submitted.add("realisasi.yml")
                for index, item in enumerate(doc.value.get("indikator", [])):
                    self._claim(data, data.realisations, _realisation(doc, index, item, slug))
        if (year_dir / "anggaran.yml").exists():
            doc = self.read_doc(f"{base}/anggaran.yml", spec.BUDGET)
            if doc and self._year_matches(doc, year):
                submitted.add("anggaran.yml")
                for index, item in enumerate(doc.value.get("kegiatan", [])):
                    self._claim(data, data.budgets, _budget(doc, index, item, slug))
        if (year_dir / "narasi.md").exists():
            rel = f"{base}/narasi.md"
            text = self.read_markdown(rel)
            if text is not None:
                submitted.add("narasi.md")
                empty: list[NarrativePart] = []
                for part in self._narrative(rel, text, slug, empty):
                    self._claim(data, data.narratives, part)
                data.unwritten.update({part.code: part.loc for part in empty})

    def _year_matches(self, doc: Doc, year: int) -> bool:
        found = doc.value.get("tahun")
        if found is not None and found != year:
            self.found.append(
                finding(
                    doc.path,
                    doc.line("tahun"),
                    "tahun",
                    "year-mismatch",
                    found=found,
                    expected=year,
                )
            )
            return False
        return found is not None

    def _claim(self, data: YearData, registry: dict, item) -> None:
        """Register a unit's item unless another unit owns that code; report duplicates."""
        if not item.code:
            return
        owner = self._owner(data.year, item)
        if owner is not None and owner != item.unit:
            data.misplaced.append(item)
            return
        first = registry.get(item.code)
        if first is None:
            registry[item.code] = item
            return
        code = "narrative-duplicate" if isinstance(item, NarrativePart) else "duplicate-code"
        where = f"{first.loc.path}:{first.loc.line}"
        self.found.append(
            finding(
                item.loc.path,
                item.loc.line,
                item.loc.key,
                code,
                code=item.code,
                other=where,
                first=first.loc.line,
            )
        )

    def _owner(self, year: int, item) -> str | None:
        if isinstance(item, BudgetRealisation):
            if year not in self._kegiatan_units:  # the first listing wins, as in validation
                pk = self.project.pks.get(year)
                units: dict[str, str] = {}
                for kegiatan in pk.kegiatan if pk else ():
                    units.setdefault(kegiatan.code, kegiatan.unit)
                self._kegiatan_units[year] = units
            return self._kegiatan_units[year].get(item.code)
        indicator = self.project.indicator(item.code)
        return indicator.owner if indicator else None

    def _narrative(
        self, rel: str, text: str, slug: str, empty: list[NarrativePart]
    ) -> list[NarrativePart]:
        parts: list[NarrativePart] = []
        current: list[str] | None = None
        head: tuple[str, str, int] | None = None
        preamble_line = 0
        fenced = False

        def close() -> None:
            if head is None:
                return
            body = "\n".join(current or []).strip()
            code, title, line = head
            if not _has_prose(body):  # completeness reports it as missing, at this heading
                empty.append(NarrativePart(code, slug, title, "", Loc(rel, line)))
                return
            parts.append(NarrativePart(code, slug, title, body, Loc(rel, line)))

        for number, line in enumerate(text.splitlines(), start=1):
            if _FENCE.match(line):
                fenced = not fenced
            match = None if fenced else _HEADING.match(line)
            if match:
                close()
                head = (match.group(1), match.group(2), number)
                current = []
            elif current is not None:
                current.append(line)
            elif line.strip() and not line.startswith("# ") and not preamble_line:
                preamble_line = number
        close()
        if preamble_line:
            self.found.append(finding(rel, preamble_line, "", "narrative-preamble", WARNING))
        return parts


def _has_prose(body: str) -> bool:
    """A part of only subheadings and comments (a fresh scaffold) is not a narrative yet."""
    text = _COMMENT.sub("", body)
    return any(line.strip() and not line.lstrip().startswith("#") for line in text.splitlines())


def _year_dirs(parent: Path) -> list[Path]:
    return sorted(p for p in parent.iterdir() if p.is_dir() and _YEAR_DIR.match(p.name))


def _loc(doc: Doc, key: str) -> Loc:
    return Loc(doc.path, doc.line(key), key)


def _person(value: dict) -> Person:
    return Person(
        name=value.get("nama", ""),
        position=value.get("jabatan", ""),
        rank=value.get("pangkat", ""),
        grade=value.get("golongan", ""),
        nip=value.get("nip", ""),
        accounts=tuple(value.get("akun", ())),
    )


def _settings(value: dict) -> Settings:
    defaults = Settings()
    bands = tuple(
        CategoryBand(band.get("lebih_dari"), band["kategori"])
        for band in value.get("skala_kategori", ())
        if "kategori" in band
    )
    efficiency = value.get("skala_efisiensi", {})
    cap = value.get("batas_capaian")
    return Settings(
        negative_rule=value.get("rumus_negatif", defaults.negative_rule),
        cap=Decimal(cap) if cap is not None else None,
        categories=bands or defaults.categories,
        efficient_above=efficiency.get("efisien_lebih_dari", defaults.efficient_above),
        inefficient_below=efficiency.get("tidak_efisien_kurang_dari", defaults.inefficient_below),
    )


def _profile(doc: Doc) -> Profile:
    value = doc.value
    agency = value.get("instansi", {})
    return Profile(
        title=value.get("judul", "Laporan Kinerja Instansi Pemerintah"),
        short_title=value.get("judul_singkat", "LKjIP"),
        agency=agency.get("nama", ""),
        agency_short=agency.get("singkatan", ""),
        government=agency.get("pemerintah", ""),
        city=agency.get("kota", ""),
        address=agency.get("alamat", ""),
        phone=agency.get("telepon", ""),
        email=agency.get("email", ""),
        website=agency.get("situs", ""),
        logo=agency.get("logo", ""),
        repository=agency.get("repositori", ""),
        head=_person(value.get("kepala", {})),
        planning_unit=value.get("perencanaan", ""),
        recipients=tuple(
            Recipient(r["kode"], r["nama"], r.get("alamat", ""))
            for r in value.get("penerima", ())
            if "kode" in r and "nama" in r
        ),
        settings=_settings(value.get("pengaturan", {})),
        loc=_loc(doc, ""),
    )


def _target(value) -> Target | None:
    """A target, or None when the value was missing or rejected while conforming."""
    if value is None or (isinstance(value, dict) and not ("min" in value and "maks" in value)):
        return None
    return Target.of(value)


def _renstra(doc: Doc) -> Renstra:
    value = doc.value
    tujuan_list = []
    for t_index, tujuan in enumerate(value.get("tujuan", [])):
        t_key = f"tujuan[{t_index}]"
        sasaran_list = []
        for s_index, sasaran in enumerate(tujuan.get("sasaran", [])):
            s_key = f"{t_key}.sasaran[{s_index}]"
            indicators = tuple(
                _indicator(doc, f"{s_key}.indikator[{i}]", item, sasaran, tujuan)
                for i, item in enumerate(sasaran.get("indikator", []))
                if "kode" in item
            )
            sasaran_list.append(
                Sasaran(
                    sasaran.get("kode", ""),
                    sasaran.get("uraian", ""),
                    tujuan.get("kode", ""),
                    indicators,
                    _loc(doc, s_key),
                )
            )
        tujuan_list.append(
            Tujuan(
                tujuan.get("kode", ""),
                tujuan.get("uraian", ""),
                tuple(sasaran_list),
                _loc(doc, t_key),
            )
        )
    period = value.get("periode", {})
    return Renstra(
        start=period.get("awal", 0),
        end=period.get("akhir", 0),
        document=value.get("dokumen", ""),
        vision=value.get("visi", ""),
        missions=tuple(value.get("misi", ())),
        tujuan=tuple(tujuan_list),
        loc=_loc(doc, ""),
    )


def _indicator(doc: Doc, key: str, item: dict, sasaran: dict, tujuan: dict) -> Indicator:
    baseline = item.get("baseline", {})
    national = item.get("standar_nasional", {})
    targets = {}
    for year, target in item.get("target", {}).items():
        parsed = _target(target)
        if parsed is not None:
            targets[int(year)] = parsed
    return Indicator(
        code=item["kode"],
        text=item.get("uraian", ""),
        unit=item.get("satuan", ""),
        polarity=item.get("polaritas", "positif"),
        cumulative=item.get("sifat") == "kumulatif",
        negative_rule=item.get("rumus_negatif"),
        baseline_year=baseline.get("tahun"),
        baseline=baseline.get("nilai"),
        targets=targets,
        end_target=_target(item["target_akhir"]) if "target_akhir" in item else None,
        owner=item.get("penanggung_jawab", ""),
        data_source=item.get("sumber_data", ""),
        formula=item.get("formula", ""),
        national_standard=national.get("nilai"),
        national_source=national.get("sumber", ""),
        sasaran=sasaran.get("kode", ""),
        tujuan=tujuan.get("kode", ""),
        loc=_loc(doc, f"{key}.kode"),
    )


def _pk(doc: Doc, year: int) -> PerjanjianKinerja:
    value = doc.value
    targets = tuple(  # a code whose target was rejected stays listed, so it is not "unknown"
        PkTarget(item["kode"], _target(item.get("target")), _loc(doc, f"indikator[{i}].kode"))
        for i, item in enumerate(value.get("indikator", []))
        if "kode" in item
    )
    programmes = []
    for p_index, programme in enumerate(value.get("program", [])):
        p_key = f"program[{p_index}]"
        kegiatan = tuple(
            Kegiatan(
                k["kode"],
                k.get("nama", ""),
                k.get("pagu", Decimal(0)),
                k.get("pelaksana", ""),
                programme.get("kode", ""),
                _loc(doc, f"{p_key}.kegiatan[{k_index}].kode"),
            )
            for k_index, k in enumerate(programme.get("kegiatan", []))
            if "kode" in k
        )
        programmes.append(
            Programme(
                programme.get("kode", ""),
                programme.get("nama", ""),
                tuple(programme.get("sasaran", ())),
                kegiatan,
                _loc(doc, f"{p_key}.kode"),
            )
        )
    revisions = tuple(
        Revision(
            date=rev["tanggal"],
            by=rev.get("oleh", ""),
            reason=rev.get("alasan", ""),
            changes=tuple(
                PkTarget(c["kode"], t, _loc(doc, f"revisi[{r}].perubahan[{c_index}].kode"))
                for c_index, c in enumerate(rev.get("perubahan", []))
                if "kode" in c and (t := _target(c.get("target"))) is not None
            ),
            loc=_loc(doc, f"revisi[{r}]"),
        )
        for r, rev in enumerate(value.get("revisi", []))
        if "tanggal" in rev
    )
    return PerjanjianKinerja(
        year=year,
        number=value.get("nomor", ""),
        date=value.get("tanggal"),
        targets=targets,
        programmes=tuple(programmes),
        revisions=revisions,
        loc=_loc(doc, ""),
    )


def _letter(doc: Doc, year: int) -> Letter:
    value = doc.value
    return Letter(
        year=year,
        number=value["nomor"],
        date=value.get("tanggal"),
        subject=value.get("perihal", ""),
        sender=value.get("pengirim", ""),
        deadline=value.get("tenggat"),
        loc=_loc(doc, ""),
    )


def _unit(doc: Doc, slug: str) -> Unit:
    value = doc.value
    return Unit(
        slug=slug,
        name=value.get("nama", slug),
        kind=value.get("jenis", ""),
        order=value.get("urutan", 999),
        head=_person(value.get("kepala", {})),
        members=tuple(value.get("anggota", ())),
        loc=_loc(doc, ""),
    )


def _realisation(doc: Doc, index: int, item: dict, slug: str) -> Realisation:
    key = f"indikator[{index}]"
    return Realisation(
        code=item.get("kode", ""),
        unit=slug,
        value=item.get("realisasi"),
        quarters=dict(item.get("triwulan", {})),
        typed_capaian=item.get("capaian"),
        data_source=item.get("sumber_data", ""),
        note=item.get("keterangan", ""),
        loc=_loc(doc, f"{key}.kode"),
    )


def _budget(doc: Doc, index: int, item: dict, slug: str) -> BudgetRealisation:
    key = f"kegiatan[{index}]"
    return BudgetRealisation(
        code=item.get("kode", ""),
        unit=slug,
        value=item.get("realisasi"),
        quarters=dict(item.get("triwulan", {})),
        note=item.get("keterangan", ""),
        loc=_loc(doc, f"{key}.kode"),
    )
