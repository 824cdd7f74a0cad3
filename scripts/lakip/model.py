"""The performance report's data model: plain, immutable-by-convention records.

Built by `load` from conformed files; read by `validate`, `figures` and the renderers. Each record
keeps the file and line it came from (`Loc`) so later stages can locate their findings.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field, fields, replace
from decimal import Decimal
from functools import cached_property

from lakip import layout


@dataclass(frozen=True)
class Loc:
    path: str
    line: int
    key: str = ""


@dataclass(frozen=True)
class Target:
    """A single target (`low == high`) or a range target."""

    low: Decimal
    high: Decimal

    @property
    def is_range(self) -> bool:
        return self.low != self.high

    @classmethod
    def of(cls, value: Decimal | dict) -> Target:
        if isinstance(value, dict):
            return cls(value["min"], value["maks"])
        return cls(value, value)


@dataclass(frozen=True)
class Person:
    name: str
    position: str = ""
    rank: str = ""
    grade: str = ""
    nip: str = ""
    accounts: tuple[str, ...] = ()


@dataclass(frozen=True)
class CategoryBand:
    """One band of a category scale: a lower and an upper bound, each inclusive or exclusive.

    `above` is the exclusive lower bound (`lebih_dari`), `at_least` the inclusive one (`minimal`),
    `up_to` the inclusive upper bound (`sampai`), `below` the exclusive one (`kurang_dari`); a
    bound left None is open.
    """

    above: Decimal | None
    name: str
    at_least: Decimal | None = None
    up_to: Decimal | None = None
    below: Decimal | None = None

    def holds(self, value: Decimal) -> bool:
        return (
            (self.above is None or value > self.above)
            and (self.at_least is None or value >= self.at_least)
            and (self.up_to is None or value <= self.up_to)
            and (self.below is None or value < self.below)
        )


DEFAULT_CATEGORIES = (
    CategoryBand(Decimal(90), "Sangat Tinggi"),
    CategoryBand(Decimal(75), "Tinggi"),
    CategoryBand(Decimal(65), "Sedang"),
    CategoryBand(Decimal(50), "Rendah"),
    CategoryBand(None, "Sangat Rendah"),
)


# Units whose values are whole counts (`pengaturan.satuan_cacah` in profil.yml replaces the list):
# a fraction in one is a misread number, `1.912` orang typed for 1912 (docs/data-format.md).
DEFAULT_COUNT_UNITS = (
    "orang", "jiwa", "peserta", "unit", "buah", "kegiatan", "dokumen", "laporan", "kali",
    "ormas", "organisasi", "lembaga", "kelompok", "desa", "kelurahan", "kecamatan", "sekolah",
    "kasus", "kejadian", "konflik", "perkara", "paket", "berkas", "naskah", "surat", "eksemplar",
)  # fmt: skip


@dataclass(frozen=True)
class Rules:
    """Calculation rules an indicator or a year's PK entry sets; None leaves the wider setting.

    The same keys as `Settings` (profil.yml): a PK entry wins over the Renstra indicator, which
    wins over the report (`compute.rules.resolve`).
    """

    negative_rule: str | None = None
    cap: Decimal | None = None
    print_cap: Decimal | None = None
    categories: tuple[CategoryBand, ...] | None = None
    negative_categories: tuple[CategoryBand, ...] | None = None
    # where the two scales were written, for their findings (not a rule: `over` skips it)
    scale_locs: tuple[Loc | None, Loc | None] = (None, None)


@dataclass(frozen=True)
class Settings:
    """The report's calculation rules (profil.yml `pengaturan`), or one indicator's, resolved.

    `cap` limits the capaian that averages and categories see; `print_cap` the capaian printed
    in tables and sentences. `negative_categories`, when set, is the scale of negative indicators.
    """

    negative_rule: str = "2T-R"
    cap: Decimal | None = None
    categories: tuple[CategoryBand, ...] = DEFAULT_CATEGORIES
    efficient_above: Decimal = Decimal(5)
    inefficient_below: Decimal = Decimal(-5)
    count_units: tuple[str, ...] = DEFAULT_COUNT_UNITS
    print_cap: Decimal | None = None
    negative_categories: tuple[CategoryBand, ...] | None = None
    review_required: bool = False  # `wajib_reviu`: release refuses a year not concluded

    def is_count(self, unit: str) -> bool:
        """Whether an indicator's `satuan` counts whole things (case and spacing ignored)."""
        return " ".join(unit.lower().split()) in self.count_units

    def over(self, rules: Rules) -> Settings:
        """These settings with every rule that `rules` sets (a narrower level) replacing them."""
        chosen = {f.name: getattr(rules, f.name) for f in fields(rules) if f.name != "scale_locs"}
        return replace(self, **{k: v for k, v in chosen.items() if v is not None})


_D = Decimal

# Named scales (`skala_kategori: permendagri-86-2017`). The default is Permendagri 86/2017's
# (91-100, 76-90, 66-75, 51-65, <=50) read for decimals: "76-90" is above 75 up to 90, so 90,50
# falls in no gap; the regulation's table ends at 100, and a capaian above it stays in the top band.
SCALE_PRESETS: dict[str, tuple[CategoryBand, ...]] = {
    "baku": DEFAULT_CATEGORIES,
    "permendagri-86-2017": (
        CategoryBand(_D(90), "Sangat Tinggi"),
        CategoryBand(_D(75), "Tinggi", up_to=_D(90)),
        CategoryBand(_D(65), "Sedang", up_to=_D(75)),
        CategoryBand(_D(50), "Rendah", up_to=_D(65)),
        CategoryBand(None, "Sangat Rendah", up_to=_D(50)),
    ),
    "sangat-baik-kurang": (
        CategoryBand(None, "Sangat Baik", at_least=_D(85)),
        CategoryBand(None, "Baik", at_least=_D(70), below=_D(85)),
        CategoryBand(None, "Cukup", at_least=_D(55), below=_D(70)),
        CategoryBand(None, "Kurang", below=_D(55)),
    ),
    "tercapai": (
        CategoryBand(None, "Tercapai", at_least=_D(100)),
        CategoryBand(None, "Tidak Tercapai", below=_D(100)),
    ),
    # for a negative indicator under R/T, where a better result shows below 100
    "tercapai-r-per-t": (
        CategoryBand(None, "Tercapai", up_to=_D(100)),
        CategoryBand(_D(100), "Tidak Tercapai"),
    ),
}


@dataclass(frozen=True)
class FinanceImport:
    """`pengaturan.impor_anggaran`: where the finance system's export keeps what lakip reads.

    Each column is found by its header, compared without case and spacing; the defaults are
    the headers SIPD's and the BKAD applications' realisation exports use. `header_row` 0 looks
    for the header among the first rows (exports put a title above it).
    """

    sheet: str = ""  # "" the first sheet of a workbook
    header_row: int = 0
    code: tuple[str, ...] = ("Kode Rekening", "Kode", "Kode Sub Kegiatan", "Kode Kegiatan")
    name: tuple[str, ...] = (
        "Uraian", "Nama", "Uraian Rekening", "Nama Sub Kegiatan", "Nama Kegiatan",
        "Program/Kegiatan/Sub Kegiatan",
    )  # fmt: skip
    pagu: tuple[str, ...] = (
        "Pagu", "Anggaran", "Pagu Anggaran", "Jumlah Anggaran", "Anggaran Setelah Perubahan",
    )  # fmt: skip
    realisation: tuple[str, ...] = (
        "Realisasi", "Realisasi Anggaran", "Jumlah Realisasi", "Realisasi SP2D",
    )  # fmt: skip


@dataclass(frozen=True)
class Recipient:
    code: str
    name: str
    address: str = ""


@dataclass(frozen=True)
class Profile:
    title: str
    short_title: str
    agency: str
    agency_short: str
    government: str
    city: str
    address: str
    phone: str
    email: str
    website: str
    logo: str
    repository: str
    head: Person
    planning_unit: str
    secretariat_unit: str
    recipients: tuple[Recipient, ...]
    settings: Settings
    loc: Loc
    rules: Rules = Rules()  # the rules as written in `pengaturan`, with their places
    kind: str = "perangkat_daerah"  # who reports: see `ISSUER_KINDS`
    parent: str = ""  # a vertical office's hierarchy line, e.g. "Komisi Pemilihan Umum"
    finance_import: FinanceImport = FinanceImport()  # `lakip impor-anggaran`'s column mapping
    inspectorate: tuple[str, ...] = ()  # the Inspektorat's reviewers' accounts (`inspektorat`)
    inspectorate_loc: Loc | None = None  # where `inspektorat.akun` is written


# Who reports: an agency of a regional government (the sample), the regional government itself,
# or a vertical or independent office (KPU, BPS, a ministry's regional office).
REGIONAL_AGENCY = "perangkat_daerah"
REGIONAL_GOVERNMENT = "pemerintah_daerah"
VERTICAL_OFFICE = "instansi_vertikal"
ISSUER_KINDS = (REGIONAL_AGENCY, REGIONAL_GOVERNMENT, VERTICAL_OFFICE)


@dataclass(frozen=True)
class Indicator:
    code: str
    text: str
    unit: str
    polarity: str
    cumulative: bool
    negative_rule: str | None
    baseline_year: int | None
    baseline: Decimal | None
    targets: dict[int, Target]
    end_target: Target | None
    owner: str
    data_source: str
    formula: str
    national_standard: Decimal | None
    national_source: str
    sasaran: str
    tujuan: str
    loc: Loc
    rules: Rules = Rules()
    target_loc: Loc | None = None  # where `target:` is written; None for an end target only
    target_empty: bool = False  # `target: {}` written: a finding, never "end target only"
    decimals: int | None = None  # `desimal`: print every value with exactly this many decimals
    # where each number was typed, by its key in the record (`target.2025`, `triwulan.III`), so a
    # finding about one number points at its own line
    value_locs: dict[str, Loc] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class Sasaran:
    code: str
    text: str
    tujuan: str
    indicators: tuple[Indicator, ...]
    loc: Loc


@dataclass(frozen=True)
class Tujuan:
    code: str
    text: str
    sasaran: tuple[Sasaran, ...]
    loc: Loc


@dataclass(frozen=True)
class Renstra:
    start: int
    end: int
    document: str
    vision: str
    missions: tuple[str, ...]
    tujuan: tuple[Tujuan, ...]
    loc: Loc

    @property
    def sasaran(self) -> list[Sasaran]:
        return [sasaran for tujuan in self.tujuan for sasaran in tujuan.sasaran]

    @property
    def indicators(self) -> list[Indicator]:
        return [ind for sasaran in self.sasaran for ind in sasaran.indicators]

    @cached_property
    def by_code(self) -> dict[str, Indicator]:
        """Indicators by code, the first of duplicates winning; built once, as lookups are hot."""
        return _first_by_code(self.indicators)


@dataclass(frozen=True)
class Kegiatan:
    code: str
    name: str
    pagu: Decimal  # 0 when the PK gives none or a refused one: see pagu_known
    unit: str
    programme: str
    loc: Loc
    pagu_known: bool = True
    value_locs: dict[str, Loc] = field(default_factory=dict, compare=False)  # see Indicator


@dataclass(frozen=True)
class Programme:
    code: str
    name: str
    sasaran: tuple[str, ...]
    kegiatan: tuple[Kegiatan, ...]
    loc: Loc

    @property
    def pagu(self) -> Decimal:
        return sum((k.pagu for k in self.kegiatan), Decimal(0))


@dataclass(frozen=True)
class PkTarget:
    code: str
    target: Target | None  # None only while the PK has a finding on this target
    loc: Loc
    rules: Rules = Rules()  # this year's rules for the indicator, over the Renstra's
    end_only: bool = False  # listed without a target: measured against the Renstra end target
    blank: bool = False  # `target:` written with nothing after it: a finding
    value_locs: dict[str, Loc] = field(default_factory=dict, compare=False)  # see Indicator
    # the rencana aksi: the value planned at the end of each quarter (`I`..`IV`), like the
    # realisation's `triwulan`; in the order written, so an out-of-order plan can be reported
    action_plan: dict[str, Decimal] = field(default_factory=dict)


@dataclass(frozen=True)
class Revision:
    date: datetime.date
    by: str
    reason: str
    changes: tuple[PkTarget, ...]
    loc: Loc


@dataclass(frozen=True)
class PerjanjianKinerja:
    year: int
    number: str
    date: datetime.date | None
    targets: tuple[PkTarget, ...]
    programmes: tuple[Programme, ...]
    revisions: tuple[Revision, ...]
    loc: Loc

    def target_of(self, code: str) -> Target | None:
        """The year's binding target: the latest revision in force wins over the signed PK."""
        found = next((t.target for t in self.targets if t.code == code), None)
        for revision in sorted(self.revisions, key=lambda r: r.date):
            if not self.in_force(revision):
                continue
            for change in revision.changes:
                if change.code == code and change.target is not None:
                    found = change.target
        return found

    def in_force(self, revision: Revision) -> bool:
        """Whether `revision` sets the year's targets: a revision applies from its own date, so
        one dated before the PK was signed or after the year ended changes nothing (and is a
        finding)."""
        if self.date is not None and revision.date < self.date:
            return False
        return revision.date <= datetime.date(self.year, 12, 31)

    def end_only(self, code: str) -> bool:
        """Whether the PK lists `code` without a target of its own for the year."""
        return any(t.end_only for t in self.targets if t.code == code)

    def action_plan_of(self, code: str) -> dict[str, Decimal]:
        """The rencana aksi of indicator `code` (quarter -> value at its end), empty if none."""
        source = self.action_plan_source(code)
        return source.action_plan if source is not None else {}

    def action_plan_source(self, code: str) -> PkTarget | None:
        """Where the binding rencana aksi of `code` is written: the PK's listing, or the latest
        revision in force that sets one (a revision may change the plan as it changes targets)."""
        found = next((t for t in self.targets if t.code == code and t.action_plan), None)
        for revision in sorted(self.revisions, key=lambda r: r.date):
            if not self.in_force(revision):
                continue
            for change in revision.changes:
                if change.code == code and change.action_plan:
                    found = change
        return found

    def rules_of(self, code: str) -> Rules:
        """The rules the PK sets for indicator `code` this year (the first listing's)."""
        return next((t.rules for t in self.targets if t.code == code), Rules())

    @property
    def kegiatan(self) -> list[Kegiatan]:
        return [k for programme in self.programmes for k in programme.kegiatan]

    def kegiatan_of(self, code: str) -> Kegiatan | None:
        """The kegiatan `code` as first listed: a second listing is a finding, not a second unit."""
        return self._kegiatan_by_code.get(code)

    @cached_property
    def _kegiatan_by_code(self) -> dict[str, Kegiatan]:
        return _first_by_code(self.kegiatan)


@dataclass(frozen=True)
class Letter:
    year: int
    number: str
    date: datetime.date
    subject: str
    sender: str
    deadline: datetime.date | None
    loc: Loc
    received: datetime.date | None = None  # when the agency received it: step 1 starts then
    received_loc: Loc | None = None


@dataclass(frozen=True)
class Unit:
    slug: str
    name: str
    kind: str
    order: int
    head: Person
    members: tuple[str, ...]
    loc: Loc


@dataclass(frozen=True)
class Realisation:
    code: str
    unit: str
    value: Decimal | None
    quarters: dict[str, Decimal]
    typed_capaian: Decimal | None
    data_source: str
    note: str
    loc: Loc
    refused: bool = False  # a value was typed but rejected: not "missing"
    unavailable: str | None = None  # the official reason no figure exists (`tidak_tersedia`)
    value_locs: dict[str, Loc] = field(default_factory=dict, compare=False)  # see Indicator
    data_source_line: int = 0  # the line of `sumber_data`; 0 when it is not given

    @property
    def reported(self) -> bool:
        """A value, or an official "data tidak tersedia": either completes the section's duty."""
        return self.value is not None or self.unavailable_reason is not None

    @property
    def unavailable_reason(self) -> str | None:
        """The reason no figure exists, or None (also for a blank one, which is a finding)."""
        reason = (self.unavailable or "").strip()
        return reason or None


@dataclass(frozen=True)
class HistoryEntry:
    """An indicator's published figures for a year before the repository (reports/riwayat.yml)."""

    code: str
    target: Target | None
    value: Decimal | None
    published_capaian: Decimal | None  # reprinted unchanged when given
    loc: Loc


@dataclass(frozen=True)
class HistoryYear:
    year: int
    source: str
    entries: dict[str, HistoryEntry]
    loc: Loc


@dataclass(frozen=True)
class BudgetRealisation:
    code: str
    unit: str
    value: Decimal | None
    quarters: dict[str, Decimal]
    note: str
    loc: Loc
    refused: bool = False  # a value was typed but rejected: not "missing"
    value_locs: dict[str, Loc] = field(default_factory=dict, compare=False)  # see Indicator


@dataclass(frozen=True)
class NarrativePart:
    code: str
    unit: str
    title: str
    markdown: str
    loc: Loc
    start: int = 0  # the file's line that `markdown` starts on; 0 when not read from a file


@dataclass
class YearData:
    """Everything the sections supplied for one year, keyed by indicator or kegiatan code.

    `misplaced` holds what a unit supplied for an indicator or kegiatan assigned to another unit:
    kept out of the figures, so the rightful unit's data is never shadowed, and reported.
    """

    year: int
    realisations: dict[str, Realisation] = field(default_factory=dict)
    budgets: dict[str, BudgetRealisation] = field(default_factory=dict)
    narratives: dict[str, NarrativePart] = field(default_factory=dict)
    misplaced: list[Realisation | BudgetRealisation | NarrativePart] = field(default_factory=list)
    unwritten: dict[str, Loc] = field(default_factory=dict)  # headings with no prose yet
    submitted_units: dict[str, set[str]] = field(default_factory=dict)


@dataclass
class Duty:
    """What one unit reports for a year: its indicators and its kegiatan in the year's PK."""

    unit: Unit
    indicators: list[Indicator] = field(default_factory=list)
    kegiatan: list[Kegiatan] = field(default_factory=list)

    @property
    def files(self) -> list[str]:
        """The files of `sections/<unit>/<year>/` these duties call for."""
        names = [layout.REALISATION_FILE, layout.NARRATIVE_FILE] if self.indicators else []
        return sorted(names + ([layout.BUDGET_FILE] if self.kegiatan else []))


@dataclass
class Project:
    """The whole repository as data: what every stage after `load` works from."""

    root: str
    profile: Profile | None = None
    renstras: list[Renstra] = field(default_factory=list)  # every period, earliest first
    pks: dict[int, PerjanjianKinerja] = field(default_factory=dict)
    letters: dict[int, Letter] = field(default_factory=dict)
    units: dict[str, Unit] = field(default_factory=dict)
    years: dict[int, YearData] = field(default_factory=dict)
    chapters: dict[int, dict[str, str]] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)
    history: dict[int, HistoryYear] = field(default_factory=dict)  # years before the repository
    reviews: dict[int, Review] = field(default_factory=dict)  # the Inspektorat's reviu per year

    @property
    def settings(self) -> Settings:
        return self.profile.settings if self.profile else Settings()

    @property
    def renstra(self) -> Renstra | None:
        """The latest Renstra period: the plan in force for a repository's newest years."""
        return self.renstras[-1] if self.renstras else None

    def period(self, year: int) -> Renstra | None:
        """The Renstra period that covers `year`; None for a year outside every period.

        A repository outlives a plan (a five-year Renstra, a transitional one, the next): each
        year belongs to the period that covers it, and only that period's indicators and targets
        apply to it.
        """
        for renstra in self.renstras:  # a loop, not next(genexpr): asked once per data item
            if renstra.start <= year <= renstra.end:
                return renstra
        return None

    def renstra_of(self, year: int | None) -> Renstra | None:
        """The period of `year`, or the latest one for a year outside every period."""
        return (self.period(year) if year is not None else None) or self.renstra

    def indicator(self, code: str, year: int | None = None) -> Indicator | None:
        """Indicator `code` as the Renstra of `year` defines it (the latest period without one)."""
        renstra = self.renstra_of(year)
        return renstra.by_code.get(code) if renstra else None

    def owner(self, code: str, year: int) -> str | None:
        """The unit that reports indicator `code` in `year`; None for an unknown indicator.

        The Renstra's `penanggung_jawab` decides: a PK names no unit for its indicators (only for
        its kegiatan, see `PerjanjianKinerja.kegiatan_of`). Every stage asks here, with the year,
        so that a year's own assignment would need changing in this one place.
        """
        indicator = self.indicator(code, year)
        return indicator.owner if indicator else None

    def duties(self, year: int) -> dict[str, Duty]:
        """Units that report indicators or kegiatan in the PK of `year`, in report order."""
        pk = self.pks.get(year)
        if pk is None:
            return {}
        found: dict[str, Duty] = {}
        for item in pk.targets:
            slug = self.owner(item.code, year)
            if slug in self.units:
                duty = found.setdefault(slug, Duty(self.units[slug]))
                duty.indicators.append(self.indicator(item.code, year))
        for kegiatan in pk.kegiatan:
            if kegiatan.unit in self.units:
                duty = found.setdefault(kegiatan.unit, Duty(self.units[kegiatan.unit]))
                duty.kegiatan.append(kegiatan)
        ordered = sorted(found.values(), key=lambda d: (d.unit.order, d.unit.slug))
        return {d.unit.slug: d for d in ordered}

    def latest_year(self) -> int | None:
        return max(self.pks) if self.pks else None

    def reported_year(self) -> int | None:
        """The year being reported: the latest PK year that is under way, else the latest PK.

        Planning writes next year's pk.yml while this year's report is still being written; that
        year is under way only once it has more than its PK (the letter, a chapter, a unit's
        files), so the default of `build`, `status` and the CI draft stays on the year reported.
        """
        started = [y for y in self.pks if self._under_way(y)]
        return max(started) if started else self.latest_year()

    def _under_way(self, year: int) -> bool:
        data = self.years.get(year)
        return bool(
            year in self.letters
            or self.chapters.get(year)
            or (data and any(data.submitted_units.values()))
        )

    def year_data(self, year: int) -> YearData:
        return self.years.get(year) or YearData(year)


@dataclass(frozen=True)
class ArchiveEntry:
    """Hard copies put away (SOP step 5)."""

    tanggal: datetime.date
    lokasi: str
    rangkap: int
    oleh: str
    versi: str
    catatan: str = ""
    line: int = 0


@dataclass(frozen=True)
class DispatchEntry:
    """A cover letter and report sent to a recipient (SOP step 6, buku ekspedisi)."""

    tanggal: datetime.date
    penerima: str
    nomor_surat: str
    versi: str
    line: int = 0


@dataclass(frozen=True)
class ReceiptEntry:
    """A signed receipt (tanda terima) returned by a recipient."""

    tanggal: datetime.date
    penerima: str
    oleh: str
    versi: str
    catatan: str = ""
    line: int = 0


Entry = ArchiveEntry | DispatchEntry | ReceiptEntry

MET = "memenuhi"
NOT_MET = "tidak-memenuhi"


@dataclass(frozen=True)
class Verdict:
    """One entry of the reviewer's `butir`: a later entry for the same item revises it."""

    kode: str
    simpulan: str  # MET or NOT_MET
    tanggal: datetime.date
    catatan: str = ""
    line: int = 0


@dataclass(frozen=True)
class Answer:
    """The agency's answer to the reviewer's note on one item."""

    kode: str
    tanggal: datetime.date
    jawaban: str
    line: int = 0


@dataclass(frozen=True)
class Conclusion:
    """The reviu concluded: the Pernyataan Telah Direviu is signed on `tanggal`."""

    tanggal: datetime.date
    nomor: str = ""
    tempat: str = ""  # where it is signed; the agency's city when not written
    line: int = 0


@dataclass(frozen=True)
class Review:
    """The Inspektorat's reviu of one year (`reports/<year>/reviu/`), as recorded."""

    year: int
    inspector: Person  # the Inspektur, who signs the statement
    reviewers: tuple[Person, ...] = ()
    verdicts: tuple[Verdict, ...] = ()  # in file order, revisions included
    answers: tuple[Answer, ...] = ()
    conclusion: Conclusion | None = None

    @property
    def current(self) -> dict[str, Verdict]:
        """Each item's verdict in force: its latest entry (by date, then by place in the file)."""
        latest: dict[str, Verdict] = {}
        for verdict in self.verdicts:
            if verdict.kode not in latest or verdict.tanggal >= latest[verdict.kode].tanggal:
                latest[verdict.kode] = verdict
        return latest

    @property
    def started(self) -> datetime.date | None:
        """The date of the first verdict: the reviu under way."""
        return min((v.tanggal for v in self.verdicts), default=None)

    def unanswered(self) -> list[Verdict]:
        """Items whose verdict in force is `tidak-memenuhi` with no answer dated on or after it."""
        return [
            verdict
            for verdict in self.current.values()
            if verdict.simpulan == NOT_MET
            and not any(
                a.kode == verdict.kode and a.tanggal >= verdict.tanggal for a in self.answers
            )
        ]


def _first_by_code(items: list) -> dict:
    """Records by their `code`, the first of duplicates winning (the others are findings)."""
    index: dict = {}
    for item in items:
        index.setdefault(item.code, item)
    return index
