"""Turn conformed file values into the model's records, each with the place it came from.

`load` finds and reads the files; this module only maps their Indonesian keys onto the model.
Values have already passed `conform`, so a missing or rejected key is simply absent here.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from lakip.load.conform import Doc, positioned
from lakip.model import (
    SCALE_PRESETS,
    BudgetRealisation,
    CategoryBand,
    FinanceImport,
    HistoryEntry,
    HistoryYear,
    Indicator,
    Kegiatan,
    Letter,
    Loc,
    PerjanjianKinerja,
    Person,
    PkTarget,
    Profile,
    Programme,
    Realisation,
    Recipient,
    Renstra,
    Revision,
    Rules,
    Sasaran,
    Settings,
    Target,
    Tujuan,
    Unit,
)


def _loc(doc: Doc, key: str) -> Loc:
    return Loc(doc.path, doc.line(key), key)


def _locs(doc: Doc, base: str, names) -> dict[str, Loc]:
    """Where each of a record's numbers was typed, for those present: `names` are relative keys."""
    found = {}
    for name in names:
        key = f"{base}.{name}"
        if key in doc.lines:
            found[name] = Loc(doc.path, doc.lines[key], key)
    return found


_QUARTER_KEYS = ("triwulan.I", "triwulan.II", "triwulan.III", "triwulan.IV")
_PLAN_KEYS = tuple(f"rencana_aksi.{q}" for q in ("I", "II", "III", "IV"))


def person(value: dict) -> Person:
    return Person(
        name=value.get("nama", ""),
        position=value.get("jabatan", ""),
        rank=value.get("pangkat", ""),
        grade=value.get("golongan", ""),
        nip=value.get("nip", ""),
        accounts=tuple(value.get("akun", ())),
    )


def _bands(value) -> tuple[CategoryBand, ...] | None:
    """A scale as written: a preset's name or a list of bands; None when not set or refused."""
    if isinstance(value, str):
        return SCALE_PRESETS.get(value)
    bands = tuple(
        CategoryBand(
            band.get("lebih_dari"),
            band["kategori"],
            at_least=band.get("minimal"),
            up_to=band.get("sampai"),
            below=band.get("kurang_dari"),
        )
        for band in value or ()
        if "kategori" in band
    )
    return bands or None


def rules(value: dict, doc: Doc, prefix: str) -> Rules:
    """The rule keys (`rumus_negatif`, `batas_capaian`, ...) of a profil, indicator or PK entry."""
    cap, print_cap = value.get("batas_capaian"), value.get("batas_capaian_cetak")
    return Rules(
        negative_rule=value.get("rumus_negatif"),
        cap=Decimal(cap) if cap is not None else None,
        print_cap=Decimal(print_cap) if print_cap is not None else None,
        categories=_bands(value.get("skala_kategori")),
        negative_categories=_bands(value.get("skala_kategori_negatif")),
        scale_locs=tuple(
            _loc(doc, prefix + key) if key in value else None
            for key in ("skala_kategori", "skala_kategori_negatif")
        ),
    )


def _settings(value: dict, written: Rules) -> Settings:
    defaults = Settings()
    efficiency = value.get("skala_efisiensi", {})
    return Settings(
        count_units=_count_units(value.get("satuan_cacah"), defaults.count_units),
        efficient_above=efficiency.get("efisien_lebih_dari", defaults.efficient_above),
        inefficient_below=efficiency.get("tidak_efisien_kurang_dari", defaults.inefficient_below),
        review_required=value.get("wajib_reviu", False),
    ).over(written)


def _count_units(units: list | None, defaults: tuple[str, ...]) -> tuple[str, ...]:
    if units is None:
        return defaults
    return tuple(" ".join(unit.lower().split()) for unit in units)


def _finance_import(value: dict) -> FinanceImport:
    """The export's column mapping: a header the profile names replaces the usual ones."""
    base = FinanceImport()
    columns = {"code": "kolom_kode", "name": "kolom_nama", "pagu": "kolom_pagu",
               "realisation": "kolom_realisasi"}  # fmt: skip
    return FinanceImport(
        sheet=value.get("lembar", base.sheet),
        header_row=value.get("baris_judul", base.header_row),
        **{
            field: (value[key],) if key in value else getattr(base, field)
            for field, key in columns.items()
        },  # fmt: skip
    )


def profile(doc: Doc) -> Profile:
    value = doc.value
    agency = value.get("instansi", {})
    written = rules(value.get("pengaturan", {}), doc, "pengaturan.")
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
        head=person(value.get("kepala", {})),
        planning_unit=value.get("perencanaan", ""),
        secretariat_unit=value.get("sekretariat", ""),
        recipients=tuple(
            Recipient(r["kode"], r["nama"], r.get("alamat", ""))
            for r in value.get("penerima", ())
            if "kode" in r and "nama" in r
        ),
        settings=_settings(value.get("pengaturan", {}), written),
        finance_import=_finance_import(value.get("pengaturan", {}).get("impor_anggaran", {})),
        loc=_loc(doc, ""),
        rules=written,
        kind=agency.get("jenis", "perangkat_daerah"),
        parent=agency.get("induk", ""),
        inspectorate=tuple(value.get("inspektorat", {}).get("akun", ())),
        inspectorate_loc=_loc(doc, "inspektorat.akun"),
    )


def _target(value) -> Target | None:
    """A target, or None when the value was missing or rejected while conforming."""
    if value is None or (isinstance(value, dict) and not ("min" in value and "maks" in value)):
        return None
    return Target.of(value)


def renstra(doc: Doc) -> Renstra:
    value = doc.value
    tujuan_list = []
    for t_index, tujuan in positioned(value.get("tujuan", [])):
        t_key = f"tujuan[{t_index}]"
        sasaran_list = []
        for s_index, sasaran in positioned(tujuan.get("sasaran", [])):
            s_key = f"{t_key}.sasaran[{s_index}]"
            indicators = tuple(
                _indicator(doc, f"{s_key}.indikator[{i}]", item, sasaran, tujuan)
                for i, item in positioned(sasaran.get("indikator", []))
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
        rules=replace(rules(item, doc, f"{key}."), negative_rule=None),
        target_loc=_loc(doc, f"{key}.target") if _written(doc, item, f"{key}.target") else None,
        target_empty=_blank(doc, item, f"{key}.target"),
        decimals=item.get("desimal"),
        value_locs=_locs(
            doc,
            key,
            ["baseline.nilai", "standar_nasional.nilai", "target_akhir"]
            + [f"target.{year}" for year in targets],
        ),
    )


def _written(doc: Doc, item: dict, key: str) -> bool:
    """Whether the key was written at all: with a value, empty, null, or refused."""
    return key.rsplit(".", 1)[1] in item or key in doc.lines or doc.refused_under(key)


def _blank(doc: Doc, item: dict, key: str) -> bool:
    """`target: {}` or a bare `target:`: written, yet saying nothing (never "end target only")."""
    name = key.rsplit(".", 1)[1]
    if doc.refused_under(key):
        return False
    return item.get(name) == {} or (name not in item and key in doc.lines)


def perjanjian_kinerja(doc: Doc, year: int) -> PerjanjianKinerja:
    value = doc.value
    targets = tuple(  # a code whose target was rejected stays listed, so it is not "unknown"
        PkTarget(
            item["kode"],
            _target(item.get("target")),
            _loc(doc, f"indikator[{i}].kode"),
            value_locs=_locs(doc, f"indikator[{i}]", ["target", *_PLAN_KEYS]),
            rules=rules(item, doc, f"indikator[{i}]."),
            action_plan=dict(item.get("rencana_aksi", {})),
            end_only=not _written(doc, item, f"indikator[{i}].target"),
            blank=_blank(doc, item, f"indikator[{i}].target"),
        )
        for i, item in positioned(value.get("indikator", []))
        if "kode" in item
    )
    programmes = []
    for p_index, programme in positioned(value.get("program", [])):
        p_key = f"program[{p_index}]"
        kegiatan = tuple(
            Kegiatan(
                k["kode"],
                k.get("nama", ""),
                k.get("pagu", Decimal(0)),
                k.get("pelaksana", ""),
                programme.get("kode", ""),
                _loc(doc, f"{p_key}.kegiatan[{k_index}].kode"),
                pagu_known="pagu" in k,
                value_locs=_locs(doc, f"{p_key}.kegiatan[{k_index}]", ["pagu"]),
            )
            for k_index, k in positioned(programme.get("kegiatan", []))
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
                PkTarget(
                    c["kode"],
                    _target(c.get("target")),
                    _loc(doc, f"revisi[{r}].perubahan[{c_index}].kode"),
                    value_locs=_locs(
                        doc, f"revisi[{r}].perubahan[{c_index}]", ["target", *_PLAN_KEYS]
                    ),
                    action_plan=dict(c.get("rencana_aksi", {})),
                )
                for c_index, c in positioned(rev.get("perubahan", []))
                if "kode" in c
            ),
            loc=_loc(doc, f"revisi[{r}]"),
        )
        for r, rev in positioned(value.get("revisi", []))
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


def letter(doc: Doc, year: int) -> Letter:
    value = doc.value
    return Letter(
        year=year,
        number=value["nomor"],
        date=value.get("tanggal"),
        subject=value.get("perihal", ""),
        sender=value.get("pengirim", ""),
        deadline=value.get("tenggat"),
        loc=_loc(doc, ""),
        received=value.get("diterima"),
        received_loc=_loc(doc, "diterima") if "diterima" in value else None,
    )


def unit(doc: Doc, slug: str) -> Unit:
    value = doc.value
    return Unit(
        slug=slug,
        name=value.get("nama", slug),
        kind=value.get("jenis", ""),
        order=value.get("urutan", 999),
        head=person(value.get("kepala", {})),
        members=tuple(value.get("anggota", ())),
        loc=_loc(doc, ""),
    )


def realisation(doc: Doc, index: int, item: dict, slug: str) -> Realisation:
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
        refused=doc.refused_under(key),
        unavailable=item.get("tidak_tersedia"),
        value_locs=_locs(doc, key, ["realisasi", "capaian", "tidak_tersedia", *_QUARTER_KEYS]),
        data_source_line=doc.line(f"{key}.sumber_data") if "sumber_data" in item else 0,
    )


def budget_realisation(doc: Doc, index: int, item: dict, slug: str) -> BudgetRealisation:
    key = f"kegiatan[{index}]"
    return BudgetRealisation(
        code=item.get("kode", ""),
        unit=slug,
        value=item.get("realisasi"),
        quarters=dict(item.get("triwulan", {})),
        note=item.get("keterangan", ""),
        loc=_loc(doc, f"{key}.kode"),
        refused=doc.refused_under(key),
        value_locs=_locs(doc, key, ["realisasi", *_QUARTER_KEYS]),
    )


def history(doc: Doc) -> tuple[list[HistoryYear], list[tuple[HistoryEntry, HistoryEntry]]]:
    """The years of reports/riwayat.yml, and each entry repeated within a year with its first."""
    years, repeated = [], []
    for index, item in positioned(doc.value.get("riwayat", [])):
        key = f"riwayat[{index}]"
        entries: dict[str, HistoryEntry] = {}
        for i, entry in positioned(item.get("indikator", [])):
            found = HistoryEntry(
                code=entry.get("kode", ""),
                target=_target(entry.get("target")),
                value=entry.get("realisasi"),
                published_capaian=entry.get("capaian"),
                loc=_loc(doc, f"{key}.indikator[{i}].kode"),
            )
            if found.code in entries:
                repeated.append((found, entries[found.code]))
            elif found.code:
                entries[found.code] = found
        if "tahun" in item:
            years.append(
                HistoryYear(item["tahun"], item.get("sumber", ""), entries, _loc(doc, key))
            )
    return years, repeated
