"""Hold every user-facing message template, Indonesian first, English on request.

Message text is interface: section staff act on it and tests pin it. Templates use `str.format`
fields named after the finding's parameters.
"""

from __future__ import annotations

from typing import NamedTuple


class Both(NamedTuple):
    """A message parameter that is itself language-dependent (a hint, a guess)."""

    id: str
    en: str


_CATALOGUE: dict[str, tuple[str, str]] = {
    # Files
    "file-missing": (
        "Berkas wajib {name} tidak ada. Buat berkas ini (lihat docs/data-format.md).",
        "Required file {name} is missing. Create it (see docs/data-format.md).",
    ),
    "not-a-file": (
        "Diharapkan berkas biasa, ditemukan folder atau berkas khusus. Ganti dengan berkas {name}.",
        "Expected a regular file, found a folder or special file. Replace it with a file {name}.",
    ),
    "outside-repo": (
        "Tautan simbolik menunjuk ke luar repositori. Ganti dengan berkas biasa di dalam "
        "repositori.",
        "Symbolic link points outside the repository. Replace it with a regular file inside it.",
    ),
    "file-too-large": (
        "Berkas berukuran {size} bait, melebihi batas {limit} bait. Periksa apakah ini berkas yang "
        "benar.",
        "File is {size} bytes, over the limit of {limit} bytes. Check that this is the right file.",
    ),
    "file-empty": (
        "Berkas kosong. Isi paling sedikit kunci wajib: {required}.",
        "File is empty. It needs at least the required keys: {required}.",
    ),
    "encoding": (
        "Berkas bukan UTF-8 (bait tidak sah di kolom {column}){guess}. Simpan ulang sebagai UTF-8 "
        "(Simpan Sebagai > Encoding: UTF-8).",
        "File is not UTF-8 (invalid byte at column {column}){guess}. Save it again as UTF-8 "
        "(Save As > Encoding: UTF-8).",
    ),
    "byte-order-mark": (
        "Berkas diawali penanda BOM. Simpan sebagai UTF-8 tanpa BOM.",
        "File starts with a byte-order mark. Save it as UTF-8 without BOM.",
    ),
    "more-findings": (
        "... dan {count} temuan lain di berkas ini tidak ditampilkan. Perbaiki temuan di atas "
        "(sering penyebabnya sama), lalu jalankan 'lakip validate' lagi.",
        "... and {count} more findings in this file are not shown. Fix the ones above (they "
        "often share one cause), then run 'lakip validate' again.",
    ),
    "unknown-file": (
        "Berkas {name} tidak dikenal di folder ini dan diabaikan. Yang dikenal: {known}.",
        "Unknown file {name} in this folder is ignored. Known files: {known}.",
    ),
    # YAML syntax
    "yaml-syntax": (
        "Kesalahan sintaks YAML: {problem}. Periksa indentasi, tanda titik dua dan tanda kutip.",
        "YAML syntax error: {problem}. Check indentation, colons and quotes.",
    ),
    "yaml-tab": (
        "Karakter tab dipakai untuk indentasi; YAML hanya menerima spasi. Ganti tab dengan spasi.",
        "A tab is used for indentation; YAML accepts spaces only. Replace the tab with spaces.",
    ),
    "yaml-alias": (
        "Anchor atau alias YAML ('&', '*', '<<') tidak diizinkan. Tulis nilainya secara lengkap.",
        "YAML anchors and aliases ('&', '*', '<<') are not allowed. Write the value out in full.",
    ),
    "yaml-too-deep": (
        "Struktur bersarang lebih dari {limit} tingkat. Periksa indentasi berkas ini.",
        "Nesting is deeper than {limit} levels. Check this file's indentation.",
    ),
    "yaml-multiple-documents": (
        "Berkas berisi lebih dari satu dokumen YAML ('---'). Gabungkan menjadi satu dokumen.",
        "File holds more than one YAML document ('---'). Merge them into one.",
    ),
    "yaml-tag": (
        "Tag YAML '{tag}' tidak diizinkan. Hapus tag tersebut.",
        "YAML tag '{tag}' is not allowed. Remove it.",
    ),
    # Shape of the data
    "duplicate-key": (
        "Kunci '{name}' muncul dua kali (pertama di baris {first}); YAML hanya menyimpan salah "
        "satunya. Hapus atau gabungkan salah satunya.",
        "Key '{name}' appears twice (first on line {first}); YAML keeps only one of them. Remove "
        "or merge one.",
    ),
    "unknown-key": (
        "Kunci '{name}' tidak dikenal{suggestion}. Kunci yang berlaku: {allowed}.",
        "Unknown key '{name}'{suggestion}. Valid keys: {allowed}.",
    ),
    "missing-key": (
        "Kunci wajib '{name}' tidak ada. Tambahkan '{name}: ...'.",
        "Required key '{name}' is missing. Add '{name}: ...'.",
    ),
    "type-mapping": (
        "Diharapkan pasangan 'kunci: nilai', ditemukan {found}.",
        "Expected 'key: value' pairs, found {found}.",
    ),
    "type-list": (
        "Diharapkan daftar (setiap butir diawali '- '), ditemukan {found}.",
        "Expected a list (each item starting with '- '), found {found}.",
    ),
    "type-string": (
        "Diharapkan teks, ditemukan {found}.",
        "Expected text, found {found}.",
    ),
    "type-number": (
        "Diharapkan angka, ditemukan '{text}'. Tulis angka dengan titik sebagai desimal, "
        "misalnya 85.5.",
        "Expected a number, found '{text}'. Write numbers with a dot as decimal point, e.g. 85.5.",
    ),
    "type-integer": (
        "Diharapkan bilangan bulat, ditemukan '{text}'.",
        "Expected a whole number, found '{text}'.",
    ),
    "type-date": (
        "Diharapkan tanggal berformat TTTT-BB-HH (misalnya 2025-02-20), ditemukan '{text}'.",
        "Expected a date as YYYY-MM-DD (e.g. 2025-02-20), found '{text}'.",
    ),
    "invalid-date": (
        "Tanggal '{text}' tidak ada di kalender. Periksa bulan dan harinya.",
        "Date '{text}' does not exist. Check the month and day.",
    ),
    "yaml-coerced": (
        "YAML membaca '{text}' sebagai {became}, bukan {expected}. {hint}",
        "YAML reads '{text}' as {became}, not {expected}. {hint}",
    ),
    "indonesian-number": (
        "'{text}' ditulis dengan format angka Indonesia. Di berkas data tulis {fixed} (titik "
        "untuk desimal, tanpa pemisah ribuan, tanpa '%' atau 'Rp').",
        "'{text}' is written in Indonesian number format. In data files write {fixed} (dot as "
        "decimal point, no thousands separators, no '%' or 'Rp').",
    ),
    "quoted-number": (
        "Angka '{text}' ditulis di dalam tanda kutip. Hapus tanda kutipnya: {text}.",
        "Number '{text}' is written in quotes. Remove the quotes: {text}.",
    ),
    "not-finite": (
        "'{text}' bukan angka berhingga. Tulis angka biasa.",
        "'{text}' is not a finite number. Write an ordinary number.",
    ),
    "below-minimum": (
        "Nilai {value} tidak boleh kurang dari {minimum}.",
        "Value {value} must not be less than {minimum}.",
    ),
    "above-maximum": (
        "Nilai {value} tidak boleh lebih dari {maximum}.",
        "Value {value} must not be more than {maximum}.",
    ),
    "enum": (
        "Nilai '{text}' tidak dikenal. Pilih salah satu: {allowed}.",
        "Unknown value '{text}'. Choose one of: {allowed}.",
    ),
    "pattern": (
        "Nilai '{text}' tidak sesuai format. {doc}",
        "Value '{text}' does not match the expected format. {doc}",
    ),
    "too-few-items": (
        "Daftar harus berisi paling sedikit {minimum} butir.",
        "The list needs at least {minimum} item(s).",
    ),
    "bad-map-key": (
        "Kunci '{name}' tidak sah. {doc}",
        "Key '{name}' is not valid. {doc}",
    ),
    "range-inverted": (
        "Batas bawah {low} lebih besar dari batas atas {high}. Tukar kedua nilainya.",
        "Lower bound {low} is greater than upper bound {high}. Swap them.",
    ),
    # References between files
    "year-mismatch": (
        "Tahun di berkas ({found}) berbeda dengan tahun foldernya ({expected}).",
        "The year in the file ({found}) differs from its folder's year ({expected}).",
    ),
    "duplicate-code": (
        "Kode '{code}' sudah dipakai di {other}. Setiap kode harus unik.",
        "Code '{code}' is already used at {other}. Every code must be unique.",
    ),
    "unknown-unit": (
        "Unit '{unit}' tidak ada di sections/. Unit yang ada: {known}.",
        "Unit '{unit}' does not exist under sections/. Existing units: {known}.",
    ),
    "unknown-sasaran": (
        "Sasaran '{code}' tidak ada di Renstra.",
        "Sasaran '{code}' is not in the Renstra.",
    ),
    "unknown-renstra-indicator": (
        "Indikator '{code}' tidak ada di Renstra. Indikator dan targetnya ditetapkan di "
        "reports/renstra.yml.",
        "Indicator '{code}' is not in the Renstra. Indicators and targets are set in "
        "reports/renstra.yml.",
    ),
    "pk-missing-indicator": (
        "Indikator Renstra '{code}' tidak tercantum di PK tahun {year}.",
        "Renstra indicator '{code}' is not listed in the {year} PK.",
    ),
    "pk-target-differs": (
        "Target PK ({pk}) berbeda dengan target Renstra tahun {year} ({renstra}). Pastikan "
        "perbedaan ini disengaja.",
        "PK target ({pk}) differs from the Renstra target for {year} ({renstra}). Make sure "
        "this is intended.",
    ),
    "year-outside-renstra": (
        "Tahun {year} berada di luar periode Renstra {start}-{end}.",
        "Year {year} is outside the Renstra period {start}-{end}.",
    ),
    "unknown-indicator": (
        "Indikator '{code}' tidak ada dalam PK tahun {year}. Periksa kodenya.",
        "Indicator '{code}' is not in the {year} PK. Check the code.",
    ),
    "not-assigned": (
        "Indikator '{code}' menjadi tanggung jawab unit '{owner}', bukan '{unit}'. Hapus dari "
        "berkas ini.",
        "Indicator '{code}' is assigned to unit '{owner}', not '{unit}'. Remove it from this file.",
    ),
    "unknown-kegiatan": (
        "Kegiatan '{code}' tidak ada dalam PK tahun {year}. Periksa kodenya.",
        "Kegiatan '{code}' is not in the {year} PK. Check the code.",
    ),
    "kegiatan-not-assigned": (
        "Kegiatan '{code}' dilaksanakan oleh unit '{owner}', bukan '{unit}'. Hapus dari "
        "berkas ini.",
        "Kegiatan '{code}' is run by unit '{owner}', not '{unit}'. Remove it from this file.",
    ),
    "renstra-target-missing": (
        "Indikator '{code}' tidak memiliki target untuk tahun {year} dalam periode Renstra.",
        "Indicator '{code}' has no target for {year} within the Renstra period.",
    ),
    # Completeness
    "missing-realisation": (
        "Realisasi indikator '{code}' belum diisi (unit {unit}, {path}).",
        "Realisation of indicator '{code}' is missing (unit {unit}, {path}).",
    ),
    "missing-narrative": (
        "Narasi indikator '{code}' belum ditulis (unit {unit}, {path}: tambahkan '## {code}').",
        "Narrative for indicator '{code}' is missing (unit {unit}, {path}: add '## {code}').",
    ),
    "missing-chapter": (
        "Bab {path} belum ditulis. Buat berkas ini (bagian Perencanaan).",
        "Chapter {path} has not been written. Create this file (planning's task).",
    ),
    "missing-budget": (
        "Realisasi anggaran kegiatan '{code}' belum diisi (unit {unit}, {path}).",
        "Budget realisation of kegiatan '{code}' is missing (unit {unit}, {path}).",
    ),
    # Values
    "budget-over-pagu": (
        "Realisasi anggaran {realisasi} melebihi pagu {pagu}. Periksa kembali angkanya.",
        "Budget realisation {realisasi} exceeds the pagu {pagu}. Check the figure.",
    ),
    "budget-negative": (
        "Realisasi anggaran {realisasi} negatif. Realisasi tidak boleh kurang dari 0.",
        "Budget realisation {realisasi} is negative. It must not be less than 0.",
    ),
    "quarter-decrease": (
        "Triwulan {quarter} ({value}) lebih kecil dari triwulan {previous} ({previous_value}), "
        "padahal indikator ini kumulatif.",
        "Quarter {quarter} ({value}) is lower than quarter {previous} ({previous_value}), but "
        "this indicator is cumulative.",
    ),
    "quarter-annual-mismatch": (
        "Realisasi tahunan {annual} berbeda dengan triwulan IV ({q4}) pada indikator kumulatif.",
        "Annual realisation {annual} differs from quarter IV ({q4}) of a cumulative indicator.",
    ),
    "capaian-mismatch": (
        "Capaian yang diketik ({typed}) berbeda dengan hasil hitung ({computed}). Hapus kunci "
        "'capaian' (dihitung otomatis) atau periksa realisasinya.",
        "The typed capaian ({typed}) differs from the computed value ({computed}). Remove the "
        "'capaian' key (it is computed) or check the realisation.",
    ),
    "capaian-not-computable": (
        "Capaian indikator '{code}' tidak dapat dihitung: {reason}.",
        "Capaian of indicator '{code}' cannot be computed: {reason}.",
    ),
    # Narrative
    "narrative-unknown-code": (
        "Judul '## {code}' tidak merujuk ke indikator atau sasaran unit ini. Awali judul dengan "
        "kode indikator, misalnya '## {example}'.",
        "Heading '## {code}' does not name an indicator or sasaran of this unit. Start the "
        "heading with an indicator code, e.g. '## {example}'.",
    ),
    "narrative-duplicate": (
        "Narasi '{code}' ditulis dua kali (pertama di baris {first}). Gabungkan keduanya.",
        "Narrative '{code}' is written twice (first on line {first}). Merge them.",
    ),
    "narrative-preamble": (
        "Teks sebelum judul '## KODE' pertama tidak masuk laporan. Pindahkan ke bawah judul.",
        "Text before the first '## CODE' heading does not reach the report. Move it below one.",
    ),
    # Usage and environment (exit 2)
    "not-a-repository": (
        "{path} bukan repositori laporan lakip: berkas reports/profil.yml tidak ditemukan. "
        "Jalankan dari akar repositori atau pakai --root.",
        "{path} is not a lakip report repository: reports/profil.yml was not found. Run from "
        "the repository root or use --root.",
    ),
    "no-year": (
        "Belum ada tahun laporan di reports/ (folder reports/TTTT/pk.yml).",
        "No reporting year under reports/ yet (a reports/YYYY/pk.yml folder).",
    ),
    "year-not-found": (
        "Tahun {year} tidak ada di reports/. Tahun yang ada: {known}.",
        "Year {year} is not under reports/. Available years: {known}.",
    ),
    "path-outside": (
        "{path} berada di luar repositori {root}.",
        "{path} is outside the repository {root}.",
    ),
    "unknown-kind": (
        "Jenis berkas '{kind}' tidak dikenal. Yang ada: {known}.",
        "Unknown file kind '{kind}'. Known kinds: {known}.",
    ),
    "internal-error": (
        "Terjadi kesalahan internal: {error}. Jalankan ulang dengan --debug dan laporkan.",
        "Internal error: {error}. Run again with --debug and report it.",
    ),
    # Narrative sanitising (assemble)
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
    # Git workflow: ownership, CODEOWNERS, the signed PK, opening a year
    "ownership": (
        "Akun '{author}' ({units}) tidak boleh mengubah berkas ini; pemiliknya {owners}. {scope}, "
        "atau minta pemiliknya mengubahnya.",
        "Account '{author}' ({units}) may not change this file; it belongs to {owners}. {scope}, "
        "or ask its owner to change it.",
    ),
    "codeowners-stale": (
        "CODEOWNERS tidak sesuai metadata unit (perbedaan pertama di baris {line}). Jalankan "
        "'lakip codeowners' lalu commit .github/CODEOWNERS.",
        "CODEOWNERS does not match the unit metadata (first difference on line {line}). Run "
        "'lakip codeowners' and commit .github/CODEOWNERS.",
    ),
    "codeowners-missing": (
        "Berkas .github/CODEOWNERS tidak ada. Jalankan 'lakip codeowners' lalu commit hasilnya.",
        "File .github/CODEOWNERS is missing. Run 'lakip codeowners' and commit the result.",
    ),
    "target-changed-after-signing": (
        "Target indikator '{code}' berubah dari {old} menjadi {new} setelah PK {year} "
        "ditandatangani (tag {tag}, {date}). Target hanya boleh berubah lewat revisi PK: tambahkan "
        "butir 'revisi' bertanggal {date} atau sesudahnya dengan perubahan kode {code} dan target "
        "{new}, atau kembalikan targetnya.",
        "Target of indicator '{code}' changed from {old} to {new} after the {year} PK was signed "
        "(tag {tag}, {date}). Targets change only through a PK revision: add a 'revisi' entry "
        "dated {date} or later that changes code {code} to target {new}, or restore the target.",
    ),
    "git-missing": (
        "Perintah git tidak dapat dijalankan ({error}). Pasang git lalu ulangi.",
        "The git command cannot be run ({error}). Install git and try again.",
    ),
    "git-failed": (
        "Perintah '{command}' gagal: {error}",
        "Command '{command}' failed: {error}",
    ),
    "not-a-git-repository": (
        "{path} bukan repositori git. Jalankan di dalam salinan (clone) repositori laporan.",
        "{path} is not a git repository. Run this inside a clone of the report repository.",
    ),
    "rev-not-found": (
        "Revisi git '{rev}' tidak ditemukan. Periksa nama cabang atau commit (di CI: checkout "
        "dengan fetch-depth: 0).",
        "Git revision '{rev}' not found. Check the branch or commit name (in CI: check out with "
        "fetch-depth: 0).",
    ),
    "metadata-unreadable": (
        "{path} tidak dapat dibaca pada revisi {rev}; aturan kepemilikan tidak dapat diperiksa.",
        "{path} cannot be read at revision {rev}; ownership rules cannot be checked.",
    ),
    "profile-unreadable": (
        "{path} tidak dapat dibaca: {problem} Perbaiki dulu (lakip validate).",
        "{path} cannot be read: {problem} Fix it first (lakip validate).",
    ),
    "pk-not-committed": (
        "{path} belum di-commit. Commit PK yang ditandatangani terlebih dahulu.",
        "{path} is not committed. Commit the signed PK first.",
    ),
    "pk-uncommitted": (
        "{path} memiliki perubahan yang belum di-commit. Commit atau batalkan dulu, lalu ulangi.",
        "{path} has uncommitted changes. Commit or discard them first, then try again.",
    ),
    "tag-exists": (
        "Tag {tag} sudah ada. PK yang sudah ditandatangani diubah lewat 'revisi', bukan tag baru.",
        "Tag {tag} already exists. A signed PK changes through 'revisi', not a new tag.",
    ),
    "no-signing-key": (
        "Git belum punya kunci penanda tangan, jadi tag {tag} tidak dapat ditandatangani. Atur "
        "kunci Anda: 'git config gpg.format ssh' dan 'git config user.signingkey "
        "~/.ssh/id_ed25519.pub', lalu minta Kepala mendaftarkan kunci publiknya di "
        ".github/allowed_signers (lihat docs/panduan/2-perencanaan.md). Opsi --no-sign hanya "
        "untuk uji coba: tag tanpa tanda tangan bukan bukti PK ditandatangani.",
        "Git has no signing key configured, so tag {tag} cannot be signed. Set up your key: "
        "'git config gpg.format ssh' and 'git config user.signingkey ~/.ssh/id_ed25519.pub', "
        "then ask the head to register its public key in .github/allowed_signers (see "
        "docs/panduan/2-perencanaan.md). --no-sign is for testing only: an unsigned tag is no "
        "proof that the PK was signed.",
    ),
    "letter-exists": (
        "{path} sudah ada: tahun {year} sudah dibuka. Ubah berkas itu langsung bila datanya "
        "keliru.",
        "{path} already exists: year {year} is already open. Edit that file directly if it is "
        "wrong.",
    ),
    "pk-required": (
        "{path} belum ada. Unit perencanaan menulis Perjanjian Kinerja tahun {year} lebih dulu; "
        "setelah itu tahun dapat dibuka.",
        "{path} does not exist. The planning unit writes the {year} Perjanjian Kinerja first; "
        "then the year can be opened.",
    ),
    # Hostile or broken input (loader)
    "invisible-character": (
        "Karakter tak terlihat {char} di kolom {column}. Karakter seperti ini biasanya terbawa "
        "saat menyalin dari Word, web atau aplikasi pesan, dan dapat menyamarkan isi (kode atau "
        "angka yang tampak sama tetapi berbeda). Hapus karakter itu, misalnya dengan mengetik "
        "ulang baris ini. Berkas tidak dipakai sampai diperbaiki.",
        "Invisible character {char} at column {column}. Such characters usually come along when "
        "copying from Word, the web or a chat app, and can disguise the content (a code or number "
        "that looks the same but is not). Delete it, e.g. by retyping this line. The file is not "
        "used until this is fixed.",
    ),
    "number-special-space": (
        "Angka '{text}' memuat spasi khusus {char} (spasi tak terputus dari Word atau Excel). "
        "{hint}",
        "Number '{text}' contains the special space {char} (a non-breaking space from Word or "
        "Excel). {hint}",
    ),
    "too-many-digits": (
        "Angka '{text}' terlalu panjang: {digits} digit, paling banyak {limit}. Periksa kembali "
        "angkanya.",
        "Number '{text}' is too long: {digits} digits, at most {limit}. Check the number.",
    ),
    "narrative-unsafe": (
        "Markdown ini tidak dapat dimuat apa adanya: {detail} Laporan tidak dibangun sampai "
        "bagian ini diperbaiki.",
        "This Markdown cannot be used as it is: {detail} The report is not built until this is "
        "fixed.",
    ),
    # Site (render_site)
    "site-warning": (
        "MkDocs memberi peringatan, situs tidak diperbarui: {message}. Periksa mkdocs.yml di "
        "akar repositori (hanya pengaturan tema).",
        "MkDocs warned, so the site was not updated: {message}. Check mkdocs.yml at the "
        "repository root (theme settings only).",
    ),
    # PDF (render_pdf): what the printer noticed; the PDF is still written
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
    "text-too-long": (
        "Teks terlalu panjang: {length} karakter, paling banyak {limit}. Uraian panjang ditulis di "
        "narasi.md, bukan di berkas YAML.",
        "Text is too long: {length} characters, at most {limit}. Long prose belongs in narasi.md, "
        "not in a YAML file.",
    ),
    # Release, signing, verification, registers and distribution (SOP steps 5 and 6)
    "release-wrong-branch": (
        "Rilis hanya dari cabang '{branch}' yang dilindungi, sekarang di '{current}'. Jalankan "
        "'git switch {branch}' lalu 'git pull', atau pakai --branch.",
        "Releases are made only from the protected branch '{branch}', HEAD is on '{current}'. "
        "Run 'git switch {branch}' and 'git pull', or use --branch.",
    ),
    "release-dirty": (
        "Rilis ditolak: ada perubahan yang belum di-commit ({files}). Commit atau buang perubahan "
        "itu dulu, agar laporan yang dirilis sama persis dengan isi repositori.",
        "Release refused: there are uncommitted changes ({files}). Commit or discard them first, "
        "so the released report is exactly what the repository holds.",
    ),
    "release-no-signing-key": (
        "Rilis ditolak: belum ada kunci penanda tangan tag (user.signingkey, format {format}). "
        "Untuk kunci SSH: 'git config gpg.format ssh' dan 'git config user.signingkey "
        "~/.ssh/id_ed25519.pub'; untuk GPG: 'git config user.signingkey <ID kunci>'. Lihat "
        "docs/signing.md.",
        "Release refused: no tag signing key is configured (user.signingkey, format {format}). "
        "For an SSH key: 'git config gpg.format ssh' and 'git config user.signingkey "
        "~/.ssh/id_ed25519.pub'; for GPG: 'git config user.signingkey <key id>'. See "
        "docs/signing.md.",
    ),
    "release-out-exists": (
        "Folder tujuan {path} sudah ada dan berisi berkas. Pilih folder lain dengan --out atau "
        "pindahkan folder itu.",
        "Output folder {path} already exists and is not empty. Choose another with --out or move "
        "it away.",
    ),
    "release-tag-exists": (
        "Tag {tag} sudah ada dan tidak akan ditimpa. Ambil tag terbaru ('git fetch --tags') lalu "
        "ulangi: revisi menjadi versi berikutnya.",
        "Tag {tag} already exists and is never overwritten. Fetch tags ('git fetch --tags') and "
        "try again: a revision becomes the next version.",
    ),
    "release-unsigned-tag": (
        "Tag dibuat TANPA tanda tangan (--no-sign-tag): hanya untuk uji coba, jangan dipakai "
        "sebagai rilis resmi.",
        "The tag was created WITHOUT a signature (--no-sign-tag): for testing only, not an "
        "official release.",
    ),
    "signer-spec": (
        "Penanda tangan '{spec}' tidak dikenal. Pakai --signer p12:/path/berkas.p12 (kata sandi "
        "di variabel LAKIP_P12_PASSPHRASE).",
        "Unknown signer '{spec}'. Use --signer p12:/path/file.p12 (passphrase in the "
        "LAKIP_P12_PASSPHRASE variable).",
    ),
    "p12-unreadable": (
        "Berkas PKCS#12 {path} tidak dapat dibaca ({error}).",
        "PKCS#12 file {path} cannot be read ({error}).",
    ),
    "p12-invalid": (
        "Berkas PKCS#12 {path} tidak dapat dibuka: kata sandi salah atau berkas rusak. Isi kata "
        "sandi di variabel {env}.",
        "PKCS#12 file {path} cannot be opened: wrong passphrase or damaged file. Put the "
        "passphrase in the {env} variable.",
    ),
    "register-not-list": (
        "Register harus berupa daftar entri (setiap entri diawali '- ').",
        "A register must be a list of entries (each starting with '- ').",
    ),
    "register-entry-not-mapping": (
        "Entri register harus berisi pasangan kunci: nilai.",
        "A register entry must hold key: value pairs.",
    ),
    "register-unreadable": (
        "Register {path} tidak dapat dibaca ({problem}). Perbaiki berkasnya dulu; lakip tidak "
        "menulis ulang register.",
        "Register {path} cannot be read ({problem}). Fix the file first; lakip never rewrites a "
        "register.",
    ),
    "register-bad-entry": (
        "Entri baru untuk {path} ditolak ({problem}); register tidak diubah.",
        "The new entry for {path} was refused ({problem}); the register was not changed.",
    ),
    "register-rewritten": (
        "Register hanya boleh ditambah di akhir, tetapi isi yang sudah di-commit ({base}) berubah "
        "mulai baris ini. Kembalikan entri lama; koreksi dicatat sebagai entri baru.",
        "Registers may only grow at the end, but the committed content ({base}) changed from this "
        "line on. Restore the earlier entries; record a correction as a new entry.",
    ),
    "distribute-no-release": (
        "Belum ada rilis bertanda tangan untuk tahun {year} (tag lakip-{year}-vN). Jalankan "
        "'lakip release {year}' dulu, atau pakai --draft untuk konsep surat.",
        "There is no signed release for {year} yet (tag lakip-{year}-vN). Run 'lakip release "
        "{year}' first, or use --draft for draft letters.",
    ),
    "distribute-number-required": (
        "Nomor surat diperlukan: beri nomor urut surat pertama dari buku agenda dengan "
        "--nomor-awal (surat berikutnya bernomor urut setelahnya).",
        "Letter numbers are needed: give the first letter's sequence number from the agenda book "
        "with --nomor-awal (the following letters are numbered after it).",
    ),
    "distribute-pattern": (
        "Pola nomor surat '{pattern}' tidak sah ({error}). Pakai {{nomor}}, {{singkatan}} dan "
        "{{tahun}}, misalnya 000.1.2/{{nomor}}/{{singkatan}}/{{tahun}}.",
        "Letter number pattern '{pattern}' is invalid ({error}). Use {{nomor}}, {{singkatan}} and "
        "{{tahun}}, e.g. 000.1.2/{{nomor}}/{{singkatan}}/{{tahun}}.",
    ),
    "profile-unusable": (
        "reports/profil.yml tidak dapat dipakai: {problem}. Jalankan 'lakip validate'.",
        "reports/profil.yml cannot be used: {problem}. Run 'lakip validate'.",
    ),
    "receipt-unknown-recipient": (
        "Penerima '{recipient}' tidak ada di reports/profil.yml (penerima). Yang ada: {known}.",
        "Recipient '{recipient}' is not in reports/profil.yml (penerima). Known: {known}.",
    ),
    "receipt-duplicate": (
        "Tanda terima dari '{recipient}' untuk {version} sudah dicatat ({date}, baris {line}). "
        "Pakai --ulang bila memang diterima lagi.",
        "A receipt from '{recipient}' for {version} is already recorded ({date}, line {line}). "
        "Use --ulang if it was really received again.",
    ),
    "archive-by-required": (
        "Siapa yang mengarsipkan? Beri --oleh NAMA (atau atur git config user.name).",
        "Who archived the copies? Give --oleh NAME (or set git config user.name).",
    ),
    "archive-copies": (
        "Jumlah rangkap harus paling sedikit 1, bukan {copies}.",
        "The number of copies must be at least 1, not {copies}.",
    ),
    "verify-target-unknown": (
        "'{target}' bukan folder rilis dan bukan tag di repositori ini.",
        "'{target}' is neither a release folder nor a tag of this repository.",
    ),
    "verify-sums-missing": (
        "Berkas {name} tidak ada di folder rilis.",
        "{name} is missing from the release folder.",
    ),
    "verify-sums-ok": (
        "Semua {count} berkas sesuai SHA256SUMS.",
        "All {count} files match SHA256SUMS.",
    ),
    "verify-file-missing": (
        "Berkas {name} tercantum di SHA256SUMS tetapi tidak ada.",
        "{name} is listed in SHA256SUMS but missing.",
    ),
    "verify-file-changed": (
        "Berkas {name} TIDAK sesuai SHA256SUMS: isinya telah diubah.",
        "{name} does NOT match SHA256SUMS: its content was changed.",
    ),
    "verify-file-extra": (
        "Berkas {name} ada di folder rilis tetapi tidak tercantum di SHA256SUMS.",
        "{name} is in the release folder but not listed in SHA256SUMS.",
    ),
    "verify-manifest-unreadable": (
        "{name} tidak ada, tidak dapat dibaca, atau tidak menyebut PDF rilisnya (kunci 'pdf'): "
        "folder ini bukan paket rilis dari 'lakip release'.",
        "{name} is missing, unreadable, or names no release PDF (key 'pdf'): this folder is not "
        "a release bundle written by 'lakip release'.",
    ),
    "verify-manifest-pdf-ok": (
        "Sidik SHA-256 {name} sesuai manifest.",
        "The SHA-256 of {name} matches the manifest.",
    ),
    "verify-manifest-pdf-fail": (
        "Sidik SHA-256 {name} TIDAK sesuai manifest.",
        "The SHA-256 of {name} does NOT match the manifest.",
    ),
    "verify-pades-none": (
        "{name} tidak memuat tanda tangan PDF.",
        "{name} holds no PDF signature.",
    ),
    "verify-pades-broken": (
        "Tanda tangan PDF di {name} tidak dapat diperiksa: {error}.",
        "The PDF signature in {name} cannot be checked: {error}.",
    ),
    "verify-pades-intact-ok": (
        "Tanda tangan PAdES di {name} utuh dan sah secara kriptografis ({signer}).",
        "The PAdES signature in {name} is intact and cryptographically valid ({signer}).",
    ),
    "verify-pades-intact-fail": (
        "Tanda tangan PAdES di {name} TIDAK utuh: dokumen berubah setelah ditandatangani.",
        "The PAdES signature in {name} is NOT intact: the document changed after signing.",
    ),
    "verify-pades-same-pdf-ok": (
        "{name} memuat PDF laporan yang sama persis dengan rilis.",
        "{name} contains exactly the released report PDF.",
    ),
    "verify-pades-same-pdf-fail": (
        "{name} TIDAK memuat PDF laporan rilis ini.",
        "{name} does NOT contain this release's report PDF.",
    ),
    "verify-pades-trusted-ok": (
        "Sertifikat penanda tangan ({signer}) terpercaya menurut --trust.",
        "The signer's certificate ({signer}) is trusted under --trust.",
    ),
    "verify-pades-trusted-fail": (
        "Sertifikat penanda tangan ({signer}) TIDAK terpercaya menurut --trust.",
        "The signer's certificate ({signer}) is NOT trusted under --trust.",
    ),
    "verify-pades-trust-unchecked": (
        "Kepercayaan sertifikat tidak diperiksa: beri sertifikat akar dengan --trust (mis. akar "
        "BSrE).",
        "Certificate trust not checked: give the root certificate with --trust (e.g. BSrE's root).",
    ),
    "verify-no-tag": (
        "Manifest tidak menyebut tag; pemeriksaan tag dilewati.",
        "The manifest names no tag; tag checks skipped.",
    ),
    "verify-tag-absent": (
        "Tag {tag} tidak ada di repositori lokal; pemeriksaan tag dilewati (jalankan di dalam "
        "clone repositori setelah 'git fetch --tags').",
        "Tag {tag} is not in the local repository; tag checks skipped (run inside a clone after "
        "'git fetch --tags').",
    ),
    "verify-tag-manifest-ok": (
        "Tag {tag} menunjuk commit dan sidik PDF yang sama dengan manifest.",
        "Tag {tag} names the same commit and PDF hash as the manifest.",
    ),
    "verify-tag-manifest-fail": (
        "Tag {tag} TIDAK cocok dengan manifest (commit atau sidik PDF berbeda).",
        "Tag {tag} does NOT match the manifest (different commit or PDF hash).",
    ),
    "verify-tag-name": (
        "'{tag}' bukan nama tag rilis lakip (lakip-TTTT-vN).",
        "'{tag}' is not a lakip release tag name (lakip-YYYY-vN).",
    ),
    "verify-tag-unsigned": (
        "Tag {tag} tidak bertanda tangan.",
        "Tag {tag} is not signed.",
    ),
    "verify-signers-missing": (
        "Daftar penanda tangan {source} tidak ada.",
        "The allowed-signers list {source} does not exist.",
    ),
    "verify-tag-signature-ok": (
        "Tanda tangan tag {tag} sah, dengan kunci terdaftar di {source} ({key}).",
        "The signature of tag {tag} is valid, by a key registered in {source} ({key}).",
    ),
    "verify-tag-signature-fail": (
        "Tanda tangan tag {tag} TIDAK sah atau kuncinya tidak terdaftar di {source}.",
        "The signature of tag {tag} is NOT valid or its key is not registered in {source}.",
    ),
    "verify-profile-unreadable": (
        "Profil pada commit yang ditag tidak dapat dibaca ({where}, [{code}]), sehingga akun "
        "kepala tidak diketahui. Jalankan 'lakip validate' pada commit itu.",
        "The profile in the tagged commit cannot be read ({where}, [{code}]), so the head's "
        "accounts are unknown. Run 'lakip validate' on that commit.",
    ),
    "verify-tag-head-ok": (
        "Kunci penanda tangan milik kepala ({who}; kepala.akun: {head}).",
        "The signing key belongs to the head ({who}; kepala.akun: {head}).",
    ),
    "verify-tag-head-fail": (
        "Kunci penanda tangan ({who}) BUKAN milik kepala (kepala.akun di reports/profil.yml: "
        "{head}).",
        "The signing key ({who}) does NOT belong to the head (kepala.akun in reports/profil.yml: "
        "{head}).",
    ),
    "verify-tag-on-branch-ok": (
        "Commit tag ada di cabang {branch}.",
        "The tag's commit is on branch {branch}.",
    ),
    "verify-tag-on-branch-fail": (
        "Commit tag TIDAK ada di cabang {branch}.",
        "The tag's commit is NOT on branch {branch}.",
    ),
    "verify-rebuild-failed": (
        "Laporan {tag} tidak dapat dibangun ulang dari commit-nya.",
        "The report of {tag} cannot be rebuilt from its commit.",
    ),
    "verify-rebuild-tag-ok": (
        "PDF hasil bangun ulang dari {tag} identik dengan sidik di tag.",
        "The PDF rebuilt from {tag} is identical to the hash in the tag.",
    ),
    "verify-rebuild-tag-fail": (
        "PDF hasil bangun ulang dari {tag} BERBEDA dari sidik di tag.",
        "The PDF rebuilt from {tag} DIFFERS from the hash in the tag.",
    ),
    "verify-rebuild-bundle-ok": (
        "PDF hasil bangun ulang identik bait demi bait dengan {name}.",
        "The rebuilt PDF is byte-for-byte identical to {name}.",
    ),
    "verify-rebuild-bundle-fail": (
        "PDF hasil bangun ulang BERBEDA dari {name}.",
        "The rebuilt PDF DIFFERS from {name}.",
    ),
    "verify-verdict-ok": (
        "Semua pemeriksaan lulus.",
        "All checks passed.",
    ),
    "verify-verdict-fail": (
        "{count} pemeriksaan GAGAL: rilis ini tidak dapat dipercaya.",
        "{count} check(s) FAILED: this release cannot be trusted.",
    ),
    "register-appended": (
        "Dicatat di {path} (mulai baris {line}). Simpan di cabang dan kirim:\n  {command}\n"
        "lalu buat pull request ke main (main dilindungi).",
        "Recorded in {path} (from line {line}). Save it on a branch and push it:\n  {command}\n"
        "then open a pull request to main (main is protected).",
    ),
    "register-committed": (
        "Dicatat di {path} (mulai baris {line}) dan di-commit. Kirim cabangnya:\n  {command}\n"
        "lalu buat pull request ke main (main dilindungi).",
        "Recorded in {path} (from line {line}) and committed. Push the branch:\n  {command}\n"
        "then open a pull request to main (main is protected).",
    ),
    "release-done": (
        "Rilis {tag} dibuat: {bundle}. Kirim tag ke server: git push origin {tag}",
        "Release {tag} created: {bundle}. Push the tag: git push origin {tag}",
    ),
    "release-key-not-registered": (
        "Rilis ditolak: kunci penanda tangan tag ({key}) tidak terdaftar untuk akun Kepala "
        "({accounts}) di {source}, jadi 'lakip verify' akan menolak tag ini dan nomor versinya "
        "terbuang. Daftarkan kunci itu lewat pull request ke {branch} yang disetujui Kepala, "
        "dengan baris:\n  {line}\nlalu ulangi setelah digabung; atau atur user.signingkey ke "
        "kunci Kepala yang sudah terdaftar. Lihat docs/panduan/4-kepala.md.",
        "Release refused: the tag signing key ({key}) is not registered for the head's account "
        "({accounts}) in {source}, so 'lakip verify' would reject the tag and its version number "
        "would be spent. Register the key through a pull request to {branch} approved by the "
        "head, with the line:\n  {line}\nthen retry once it is merged; or set user.signingkey to "
        "the head's registered key. See docs/panduan/4-kepala.md.",
    ),
    "release-no-head-account": (
        "Rilis ditolak: reports/profil.yml tidak mencantumkan akun Kepala (kepala.akun), jadi "
        "tanda tangan tag ({key}) tidak dapat dikenali sebagai milik Kepala. Isi kepala.akun, "
        "lalu daftarkan kuncinya dengan baris:\n  {line}",
        "Release refused: reports/profil.yml names no account for the head (kepala.akun), so the "
        "tag signature ({key}) cannot be recognised as the head's. Fill in kepala.akun, then "
        "register the key with the line:\n  {line}",
    ),
    "release-key-unreadable": (
        "Rilis ditolak: kunci penanda tangan tag '{key}' (user.signingkey) tidak dapat dibaca "
        "({error}). Untuk SSH, arahkan ke kunci publik (misalnya ~/.ssh/id_ed25519.pub); untuk "
        "GPG, pakai sidik jari kunci yang tampil di 'gpg --list-secret-keys'.",
        "Release refused: the tag signing key '{key}' (user.signingkey) cannot be read "
        "({error}). For SSH, point it at the public key (e.g. ~/.ssh/id_ed25519.pub); for GPG, "
        "use the fingerprint of a key shown by 'gpg --list-secret-keys'.",
    ),
    "release-key-check-skipped": (
        "Catatan: kunci penanda tangan tag tidak dapat dicocokkan dengan daftar kunci di cabang "
        "yang dilindungi (format bukan ssh/openpgp, atau gpg tidak dapat dijalankan). Jalankan "
        "'lakip verify' pada tag sebelum mengirimnya.",
        "Note: the tag signing key could not be matched against the key list on the protected "
        "branch (format neither ssh nor openpgp, or gpg cannot run). Run 'lakip verify' on the "
        "tag before pushing it.",
    ),
    "bundle-tag-name": (
        "'{tag}' bukan nama tag rilis. Bundel dibuat untuk tag lakip-<tahun>-v<N>.",
        "'{tag}' is not a release tag name. Bundles are made for tags lakip-<year>-v<N>.",
    ),
    "bundle-tag-unknown": (
        "Tag {tag} tidak ada di repositori ini. Ambil tag dari server ('git fetch --tags') atau "
        "buat rilisnya dengan 'lakip release'.",
        "Tag {tag} does not exist in this repository. Fetch tags ('git fetch --tags') or make "
        "the release with 'lakip release'.",
    ),
    "bundle-not-at-tag": (
        "Bundel ditolak: HEAD ({head}) bukan commit tag {tag} ({commit}). Jalankan 'git switch "
        "--detach {tag}' lalu ulangi, agar bundel dibangun dari isi tag itu.",
        "Bundle refused: HEAD ({head}) is not the commit of tag {tag} ({commit}). Run 'git "
        "switch --detach {tag}' and try again, so the bundle is built from that tag's content.",
    ),
    "bundle-dirty": (
        "Bundel ditolak: ada perubahan yang belum di-commit ({files}). Buang perubahan itu dulu, "
        "agar bundel dibangun dari isi tag apa adanya.",
        "Bundle refused: there are uncommitted changes ({files}). Discard them first, so the "
        "bundle is built from the tag's content as it is.",
    ),
    "bundle-done": (
        "Bundel {tag} ditulis: {bundle}. Periksa dengan: lakip verify {bundle}",
        "Bundle of {tag} written: {bundle}. Check it with: lakip verify {bundle}",
    ),
    "verify-rebuild-skipped": (
        "dilewati: pembangunan ulang tidak diperiksa (--no-rebuild)",
        "skipped: rebuild not checked (--no-rebuild)",
    ),
    "verify-verdict-partial": (
        "Semua pemeriksaan yang dijalankan lulus; {count} hal tidak diperiksa (tanda •).",
        "All checks that ran passed; {count} item(s) not checked (marked •).",
    ),
    "markdown-too-complex": (
        "Markdown ini terlalu rumit untuk diolah: {reason}. Biasanya ini teks tempelan yang "
        "rusak; sederhanakan bagian ini. Berkas tidak dipakai sampai diperbaiki.",
        "This Markdown is too complex to process: {reason}. This is usually broken pasted text; "
        "simplify this part. The file is not used until this is fixed.",
    ),
    "distribute-draft-done": (
        "Konsep (--draft): surat di atas hanya untuk diperiksa. Tidak ada yang dicatat di "
        "reports/{year}/register/ekspedisi.yml dan tidak ada commit. Surat resmi: lakip "
        "distribute {year} --nomor-awal N --commit",
        "Draft (--draft): the letters above are for review only. Nothing was recorded in "
        "reports/{year}/register/ekspedisi.yml and nothing was committed. Official letters: "
        "lakip distribute {year} --nomor-awal N --commit",
    ),
}


def render_message(code: str, lang: str, params: dict) -> str:
    """Fill the template for `code` in `lang`; unknown codes fall back to the code itself."""
    pair = _CATALOGUE.get(code)
    if pair is None:
        return code
    template = pair[1] if lang == "en" else pair[0]
    values = {
        name: (value.en if lang == "en" else value.id) if isinstance(value, Both) else value
        for name, value in params.items()
    }
    try:
        return template.format(**values)
    except (KeyError, IndexError):
        return template


def known_codes() -> list[str]:
    return sorted(_CATALOGUE)
