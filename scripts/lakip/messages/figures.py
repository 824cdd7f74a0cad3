"""Figures in words: why a capaian cannot be computed, efficiency labels, `lakip figures` tables.

The compute stage returns the codes; the report words them itself (assemble/sentences.py), the
command line through these templates.
"""

CATALOGUE: dict[str, tuple[str, str]] = {
    # Why a capaian cannot be computed (`Capaian.reason`)
    "figures-end-target": ("target akhir", "end target"),
    "capaian-unavailable": (
        "data tidak tersedia",
        "data not available",
    ),
    "capaian-no-realisation": (
        "realisasi belum diisi",
        "realisation not filled in yet",
    ),
    "capaian-no-target": (
        "target tidak ditetapkan di PK",
        "no target is set in the PK",
    ),
    "capaian-zero-target": (
        "target 0 dengan polaritas positif tidak dapat dihitung",
        "a target of 0 with positive polarity cannot be computed",
    ),
    "capaian-zero-realisation": (
        "realisasi 0 dengan rumus T/R tidak dapat dihitung",
        "a realisation of 0 with the T/R rule cannot be computed",
    ),
    # A sasaran's efficiency (`SasaranFigures.efficiency_label`)
    "efficient": ("Efisien", "Efficient"),
    "fairly-efficient": ("Cukup Efisien", "Fairly efficient"),
    "inefficient": ("Tidak Efisien", "Inefficient"),
    # `lakip figures` text tables
    "figures-title-indicators": (
        "Capaian Indikator Kinerja {year}",
        "Performance indicators {year}",
    ),
    "figures-title-sasaran": ("Capaian Sasaran {year}", "Sasaran results {year}"),
    "figures-title-budget": ("Realisasi Anggaran {year}", "Budget realisation {year}"),
    "figures-title-summary": ("Ringkasan {year}", "Summary {year}"),
    "figures-column-code": ("Kode", "Code"),
    "figures-column-indicator": ("Indikator", "Indicator"),
    "figures-column-satuan": ("Satuan", "Unit"),
    "figures-column-target": ("Target", "Target"),
    "figures-column-realisation": ("Realisasi", "Realisation"),
    "figures-column-capaian": ("Capaian", "Capaian"),
    "figures-column-category": ("Kategori", "Category"),
    "figures-column-sasaran": ("Sasaran", "Sasaran"),
    "figures-column-pagu": ("Pagu", "Budget"),
    "figures-column-serapan": ("Serapan", "Absorption"),
    "figures-column-efficiency": ("Efisiensi", "Efficiency"),
    "figures-column-programme": ("Program / Kegiatan", "Programme / activity"),
    "figures-column-remaining": ("Sisa", "Remaining"),
    "figures-total": ("Jumlah", "Total"),
    "figures-notes": ("Catatan", "Notes"),
    "figures-not-computable": ("Tidak dapat dihitung", "Not computable"),
    "figures-mean-capaian": ("Rata-rata capaian", "Mean capaian"),
    "figures-serapan": ("Serapan anggaran", "Budget absorption"),
}
