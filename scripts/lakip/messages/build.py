"""Building the report: what assembling the narratives and printing the PDF and the site noticed."""

CATALOGUE: dict[str, tuple[str, str]] = {
    "quarter-final-late": (
        "Laporan pemantauan triwulan {quarter} belum dapat dibuat final: unit ini belum mengisi "
        "triwulan {quarter} untuk {codes}. Isi kunci triwulan.{quarter} di realisasi.yml, atau "
        "buat draf tanpa --final.",
        "The quarter {quarter} monitoring report cannot be final yet: this unit has not filled "
        "in quarter {quarter} for {codes}. Fill in triwulan.{quarter} in realisasi.yml, or "
        "build a draft without --final.",
    ),
    "quarter-no-pk": (
        "Laporan pemantauan triwulan tahun {year} memerlukan Perjanjian Kinerja ({path}).",
        "The {year} quarterly monitoring report needs the Perjanjian Kinerja ({path}).",
    ),
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
    "site-warning": (
        "MkDocs memberi peringatan, situs tidak diperbarui: {message}. Periksa mkdocs.yml di "
        "akar repositori (hanya pengaturan tema).",
        "MkDocs warned, so the site was not updated: {message}. Check mkdocs.yml at the "
        "repository root (theme settings only).",
    ),
    "pdf-url-refused": (
        "Alamat {url} tidak dimuat ke PDF: laporan hanya memakai berkas di dalam repositori.",
        "{url} was not loaded into the PDF: the report uses files inside the repository only.",
    ),
    "pdf-table-too-wide": (
        "Tabel {number} ({caption}) terlalu lebar untuk halamannya bahkan dengan huruf 6,5 pt; "
        "kata terpanjangnya dipotong. Pecah tabel atau persingkat isinya.",
        "Table {number} ({caption}) is too wide for its page even in 6.5 pt type; its longest "
        "words are broken. Split the table or shorten its content.",
    ),
    "pdf-engine-warning": (
        "WeasyPrint memberi peringatan saat mencetak PDF: {message}",
        "WeasyPrint warned while printing the PDF: {message}",
    ),
    "site-not-lakip": (
        "{path} sudah ada tetapi bukan situs yang ditulis lakip (tidak ada berkas penanda "
        "{marker}), jadi tidak diganti dan tidak dihapus. Pindahkan isinya, atau pilih folder "
        "lain dengan --out.",
        "{path} exists but is not a site lakip wrote (it has no marker file {marker}), so it was "
        "neither replaced nor deleted. Move its contents away, or choose another folder with "
        "--out.",
    ),
}
