"""Staff forms: the units' Excel workbook and Word narrative, written and imported back."""

CATALOGUE: dict[str, tuple[str, str]] = {
    "narrative-no-indicators": (
        "Unit '{unit}' tidak memegang indikator dalam PK {year}, jadi tidak ada narasi untuk "
        "ditulis. Periksa nama folder unit di sections/ dan penanggung_jawab di Renstra.",
        "Unit '{unit}' holds no indicator in the {year} PK, so it has no narrative to write. "
        "Check the unit's folder name under sections/ and penanggung_jawab in the Renstra.",
    ),
}
