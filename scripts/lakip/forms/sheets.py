"""The shape of a unit's Excel form: the contract between `lakip formulir` and `lakip impor`.

A form is `formulir-<year>-<unit>.xlsx`. Rows 1 to `HEADER_ROW - 1` of each data sheet say, for
the person, which unit, year and PK the form is for; row `HEADER_ROW` holds the column titles;
data rows follow, one per indicator (Realisasi) or kegiatan (Anggaran), in the PK's order.
The importer finds rows by the code in column A, never by position, so a deleted or moved row
is named, not misread.

The metadata sheet `META_SHEET` is very hidden and protected: key in column A, value in B, one
per row, keys from `META_KEYS`. `pk` is a fingerprint of what the form shows locked (targets,
quarterly targets, pagu) for this unit: a form made before a PK revision no longer matches and is
refused with the reason.
"""

from __future__ import annotations

FORMAT_VERSION = "1"

REALISATION_SHEET = "Realisasi"
BUDGET_SHEET = "Anggaran"
GUIDE_SHEET = "Petunjuk"
META_SHEET = "_lakip"

HEADER_ROW = 5
QUARTERS = ("I", "II", "III", "IV")

# Metadata keys, in the order written.
META_FORMAT = "format"  # FORMAT_VERSION
META_UNIT = "unit"  # the unit's slug (its folder under sections/)
META_YEAR = "tahun"
META_PK = "pk"  # fingerprint of the locked content, see the module docstring
META_MADE = "dibuat"  # ISO date the form was made (the report's date, not the clock)
META_LAKIP = "lakip"  # the lakip version that wrote it
META_KEYS = (META_FORMAT, META_UNIT, META_YEAR, META_PK, META_MADE, META_LAKIP)

# Realisasi: (field, column letter, title). Fields ending in "_input" are the person's cells.
REALISATION_COLUMNS = (
    ("kode", "A", "Kode"),
    ("indikator", "B", "Indikator Kinerja"),
    ("satuan", "C", "Satuan"),
    ("polaritas", "D", "Polaritas"),
    ("realisasi_n2", "E", "Realisasi {n2}"),
    ("realisasi_n1", "F", "Realisasi {n1}"),
    ("target", "G", "Target {year}"),
    ("realisasi_input", "H", "Realisasi {year}"),
    ("sumber_data_input", "I", "Sumber Data"),
    ("keterangan_input", "J", "Keterangan"),
    ("target_I", "K", "Target TW I"),
    ("target_II", "L", "Target TW II"),
    ("target_III", "M", "Target TW III"),
    ("target_IV", "N", "Target TW IV"),
    ("triwulan_I_input", "O", "Realisasi s.d. TW I"),
    ("triwulan_II_input", "P", "Realisasi s.d. TW II"),
    ("triwulan_III_input", "Q", "Realisasi s.d. TW III"),
    ("triwulan_IV_input", "R", "Realisasi s.d. TW IV"),
)

# Anggaran: one row per kegiatan (or sub-kegiatan) the unit carries in the PK.
BUDGET_COLUMNS = (
    ("kode", "A", "Kode"),
    ("nama", "B", "Program / Kegiatan / Sub Kegiatan"),
    ("pagu", "C", "Pagu (Rp)"),
    ("realisasi_input", "D", "Realisasi (Rp)"),
    ("keterangan_input", "E", "Keterangan"),
)


def column_of(columns: tuple[tuple[str, str, str], ...], field: str) -> str:
    """The column letter of `field` in `columns`."""
    return next(letter for name, letter, _ in columns if name == field)


def form_name(year: int, unit: str) -> str:
    return f"formulir-{year}-{unit}.xlsx"


def narrative_name(year: int, unit: str) -> str:
    return f"narasi-{year}-{unit}.docx"
