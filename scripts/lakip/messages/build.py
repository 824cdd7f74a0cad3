"""Building the report: what assembling the narratives and rendering the site noticed."""

CATALOGUE: dict[str, tuple[str, str]] = {
    "narrative-html-removed": (
        "HTML yang tidak diizinkan dihapus dari narasi: {what}. Tulis narasi dengan Markdown "
        "biasa tanpa skrip, bingkai, gaya atau atribut peristiwa.",
        "Disallowed HTML was removed from the narrative: {what}. Write plain Markdown without "
        "scripts, frames, styles or event attributes.",
    ),
    "narrative-image-dropped": (
        "Gambar '{src}' tidak dimuat: {reason}. Simpan gambar PNG atau JPEG di folder gambar/ "
        "unit ini dan tautkan dengan path relatif, misalnya ![Grafik](gambar/grafik.png).",
        "Image '{src}' was not loaded: {reason}. Keep PNG or JPEG images in this unit's "
        "gambar/ folder and link them with a relative path, e.g. ![Chart](gambar/chart.png).",
    ),
    "narrative-link-removed": (
        "Tautan '{href}' dihapus karena skemanya tidak aman. Pakai tautan http(s) atau path "
        "relatif.",
        "Link '{href}' was removed because its scheme is unsafe. Use an http(s) link or a "
        "relative path.",
    ),
    "site-warnings": (
        "MkDocs memberi peringatan saat membangun situs, situs tidak diperbarui:\n{warnings}\n"
        "Periksa mkdocs.yml di akar repositori (hanya pengaturan tema).",
        "MkDocs warned while building the site, so the site was not updated:\n{warnings}\n"
        "Check mkdocs.yml at the repository root (theme settings only).",
    ),
}
