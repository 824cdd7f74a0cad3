"""The command line's own words: `--help` of every command and every argument-parsing error.

argparse writes these in English; `cli/parser.py` replaces each of them with a template here, so
`lakip ... --help` and a mistyped option read in Indonesian (English under `--lang en`). Help
texts are `%`-free: argparse formats them with `%`.
"""

CATALOGUE: dict[str, tuple[str, str]] = {
    # The frame of every --help and usage line
    "usage-prefix": ("penggunaan: ", "usage: "),
    "usage-positionals": ("argumen", "positional arguments"),
    "usage-options": ("opsi", "options"),
    "usage-error": ("{prog}: kesalahan: {message}", "{prog}: error: {message}"),
    "usage-description": (
        "Laporan kinerja instansi pemerintah (LKjIP/LAKIP) sebagai kode: data YAML dan narasi "
        "Markdown menjadi laporan PDF dan situs.",
        "Report-as-code for Indonesian performance accountability reports (LKjIP): YAML data and "
        "Markdown narrative become the report's PDF and site.",
    ),
    # Argument-parsing errors (exit 2), each with its fix
    "usage-required": (
        "{options} wajib diisi. Contoh dan semua opsi: {prog} --help",
        "{options} must be given. Examples and every option: {prog} --help",
    ),
    "usage-one-required": (
        "Salah satu dari {options} wajib diisi.",
        "One of {options} is required.",
    ),
    "usage-unrecognized": (
        "Opsi atau argumen tidak dikenal: {args}.{suggestion} Opsi yang ada: {prog} --help",
        "Unrecognised option or argument: {args}.{suggestion} The options there are: {prog} --help",
    ),
    "usage-did-you-mean": (" Maksud Anda {option}?", " Did you mean {option}?"),
    "usage-invalid-int": (
        "{option}: '{value}' bukan bilangan bulat. Tulis dengan angka, misalnya {example}.",
        "{option}: '{value}' is not a whole number. Write it in digits, e.g. {example}.",
    ),
    "usage-invalid-value": (
        "{option}: nilai '{value}' tidak dapat dibaca.",
        "{option}: the value '{value}' cannot be read.",
    ),
    "usage-invalid-date": (
        "{option}: tanggal '{value}' tidak dapat dibaca. Tulis dalam salah satu bentuk ini: "
        "{forms}.",
        "{option}: date '{value}' cannot be read. Write it in one of these forms: {forms}.",
    ),
    "usage-no-such-date": (
        "{option}: tanggal '{value}' tidak ada di kalender. Periksa hari dan bulannya (hari "
        "ditulis lebih dulu: 11-02-2027 adalah 11 Februari 2027).",
        "{option}: date '{value}' is not in the calendar. Check the day and the month (the day "
        "comes first: 11-02-2027 is 11 February 2027).",
    ),
    "usage-invalid-choice": (
        "{option}: '{value}' bukan pilihan yang dikenal.{suggestion} Pilih salah satu: {choices}.",
        "{option}: '{value}' is not a known choice.{suggestion} Choose one of: {choices}.",
    ),
    "usage-invalid-command": (
        "'{value}' bukan perintah lakip.{suggestion} Perintah yang ada: {choices}. "
        "Bantuan: lakip --help",
        "'{value}' is not a lakip command.{suggestion} The commands are: {choices}. "
        "Help: lakip --help",
    ),
    "usage-expected-value": (
        "{option} memerlukan nilai, misalnya {option} {metavar}.",
        "{option} needs a value, e.g. {option} {metavar}.",
    ),
    "usage-no-value": (
        "{option} tidak menerima nilai (diberi '{value}'). Tulis {option} saja.",
        "{option} takes no value (given '{value}'). Write {option} alone.",
    ),
    "usage-exclusive": (
        "{option} tidak dapat dipakai bersama {other}. Pilih salah satu.",
        "{option} cannot be used together with {other}. Choose one.",
    ),
    "usage-ambiguous": (
        "Opsi {option} bisa berarti {matches}. Tulis nama opsi selengkapnya.",
        "Option {option} could mean {matches}. Write the option's full name.",
    ),
    "usage-other": (
        "Perintah tidak dapat dibaca ({detail}). Bantuan: {prog} --help",
        "The command cannot be read ({detail}). Help: {prog} --help",
    ),
    # What each command does (its --help description and its line in `lakip --help`)
    "command-validate": (
        "Memeriksa berkas data dan melaporkan setiap temuan (keluar 1 bila ada kesalahan).",
        "Check data files and report every finding (exit 1 on errors).",
    ),
    "command-impor": (
        "Mengimpor formulir Excel yang sudah diisi ke realisasi.yml dan anggaran.yml unit, dan "
        "dokumen narasi Word (.docx) ke narasi.md unit (keluar 1 bila ada kesalahan; formulir "
        "yang ditolak tidak menulis apa pun).",
        "Import filled Excel forms into the units' realisasi.yml and anggaran.yml, and Word "
        "narrative documents (.docx) into the unit's narasi.md (exit 1 on errors; a refused "
        "form writes nothing).",
    ),
    "help-impor-files": (
        "formulir dan dokumen yang sudah diisi (formulir-<tahun>-<unit>.xlsx, "
        "narasi-<tahun>-<unit>.docx)",
        "filled forms and documents (formulir-<year>-<unit>.xlsx, narasi-<year>-<unit>.docx)",
    ),
    "help-impor-dry-run": (
        "periksa dan tampilkan perubahan tanpa menulis berkas",
        "check and show the changes without writing any file",
    ),
    "command-figures": (
        "Menghitung dan mencetak setiap angka laporan (capaian, anggaran, efisiensi).",
        "Compute and print every figure of the report (capaian, budget, efficiency).",
    ),
    "command-build": (
        "Memvalidasi, lalu membuat PDF dan situs laporan di --out (draf kecuali --final).",
        "Validate, then build the report's PDF and site into --out (a draft unless --final).",
    ),
    "command-reviu": (
        "Membuat kertas kerja reviu LKjIP (PDF dan XLSX): simpulan setiap butir dari data dan "
        "laporan, buktinya, dan perkiraan nilai komponen Pelaporan Kinerja.",
        "Write the LKjIP reviu worksheet (PDF and XLSX): each item's verdict from the data and "
        "the report, its evidence, and the estimated score of the Pelaporan Kinerja component.",
    ),
    "help-reviu-year": ("tahun laporan yang direviu", "the report year to review"),
    "help-out-reviu": (
        "folder hasil (bawaan: build/reviu)",
        "output folder (default: build/reviu)",
    ),
    "command-serve": (
        "Menyajikan pratinjau situs draf, dibuat ulang setiap kali berkas data berubah.",
        "Serve a live preview of the draft site, rebuilt whenever a data file changes.",
    ),
    "command-init": (
        "Membuat repositori instansi baru: profil, kerangka Renstra, unit, tema situs dan CI, "
        "tanpa data contoh.",
        "Create a new agency repository: profile, Renstra skeleton, units, site theme and CI, "
        "with no sample data.",
    ),
    "help-init-folder": (
        "folder tujuan (bawaan: folder ini)",
        "where to create it (default: here)",
    ),
    "help-init-nama": (
        "nama instansi, mis. 'Dinas Kesehatan'",
        "agency name, e.g. 'Dinas Kesehatan'",
    ),
    "help-init-jenis": (
        "siapa yang melapor (bawaan: perangkat_daerah)",
        "who reports (default: perangkat_daerah)",
    ),
    "help-init-induk": (
        "instansi vertikal: baris hierarki di kop",
        "vertical office: its hierarchy line on the letterhead",
    ),
    "help-init-singkatan": ("singkatan nama instansi", "short name of the agency"),
    "help-init-pemerintah": (
        "pemerintah daerah atau wilayah, mis. 'Kabupaten Purwakarta'",
        "regency or city, e.g. 'Kabupaten Purwakarta'",
    ),
    "help-init-kota": ("kota penandatanganan", "town where the report is signed"),
    "help-init-alamat": ("alamat kantor", "office address"),
    "help-init-kepala": ("nama kepala beserta gelar", "name of the head, with titles"),
    "help-init-jabatan": (
        "jabatan kepala (bawaan: menurut --jenis)",
        "the head's position (default: from --jenis)",
    ),
    "help-init-akun": ("akun Git hosting kepala", "the head's Git hosting account"),
    "help-init-tahun": ("tahun laporan pertama", "first reporting year"),
    "help-init-periode": ("periode Renstra, mis. 2025-2029", "Renstra period, e.g. 2025-2029"),
    "help-init-unit": ("satu unit (boleh berulang)", "a unit (repeatable)"),
    "help-init-perencanaan": (
        "slug unit perencanaan (bawaan: unit pertama)",
        "slug of the planning unit (default: the first unit)",
    ),
    "metavar-unit": ("SLUG=NAMA", "SLUG=NAME"),
    "command-impor-anggaran": (
        "Mengisi realisasi anggaran.yml setiap unit dari ekspor sistem keuangan daerah (SIPD).",
        "Fill each unit's anggaran.yml realisations from the regional finance system's export.",
    ),
    "command-new": (
        "Membuka tahun laporan: mencatat surat, menyiapkan berkas setiap unit, mencetak lembar "
        "disposisi.",
        "Open a reporting year: record the letter, scaffold each unit's files, print a "
        "disposition sheet.",
    ),
    "command-status": (
        "Menampilkan kemajuan setiap unit, sisa hari sampai tenggat, dan alur SOP satu tahun.",
        "Show each unit's progress, days to the deadline and the SOP timeline of a year.",
    ),
    "command-codeowners": (
        "Menulis .github/CODEOWNERS dari data unit (atau memeriksanya dengan --check).",
        "Write .github/CODEOWNERS from the unit metadata (or check it with --check).",
    ),
    "command-check-ownership": (
        "Memeriksa bahwa pengusul pull request hanya mengubah folder milik unitnya.",
        "Check that a pull request's author changed only folders their unit owns.",
    ),
    "command-check-targets": (
        "Memeriksa bahwa tidak ada target PK bertanda tangan (tag pk-<tahun>) yang berubah tanpa "
        "revisi.",
        "Check that no target of a signed PK (tag pk-<year>) changed without a revision.",
    ),
    "command-check-registers": (
        "Memeriksa bahwa register arsip, ekspedisi dan tanda terima, serta catatan reviu dan "
        "tanggapannya, hanya ditambah sejak --base.",
        "Check that the archive, dispatch and receipt registers, and the reviu records and "
        "answers, were only appended to since --base.",
    ),
    "command-sign-pk": (
        "Menandai Perjanjian Kinerja satu tahun sebagai ditandatangani dengan tag git bertanda "
        "tangan pk-<tahun>.",
        "Mark the Perjanjian Kinerja of a year as signed with the signed git tag pk-<year>.",
    ),
    "command-release": (
        "Memberi tag pada laporan final yang sudah divalidasi (tag bertanda tangan "
        "lakip-TAHUN-vN) dan menulis berkas rilis.",
        "Tag the validated final report (signed tag lakip-YEAR-vN) and write the release bundle.",
    ),
    "command-bundle": (
        "Menulis ulang berkas rilis dari tag yang sudah ada dan sedang di-checkout, tanpa membuat "
        "tag (untuk CI).",
        "Write the release bundle of an existing, checked-out tag again, without tagging (for CI).",
    ),
    "command-publish": (
        "Membuat situs yang diterbitkan: setiap tahun yang rilisnya ditandatangani Kepala, "
        "dengan PDF resmi dari bundel rilis (SHA-256 ditampilkan), dan draf tahun berjalan "
        "terpisah di draf/<tahun>/.",
        "Build the published site: every year whose release the head signed, with the official "
        "PDF from the release bundle (SHA-256 shown), and the draft of the year in progress "
        "apart in draf/<year>/.",
    ),
    "command-verify": (
        "Memeriksa folder rilis, PDF laporan, atau tag rilis/PK: siapa pembuatnya dan apakah "
        "diubah (checksum, tanda tangan, penanda tangan, pembuatan ulang yang identik). Kode "
        "keluar 1 kecuali keasliannya terbukti oleh tanda tangan.",
        "Check a release bundle, a report PDF, or a release or PK tag: who made it and whether "
        "it changed (checksums, signatures, signer, reproducible rebuild). Exit 1 unless a "
        "signature establishes authenticity.",
    ),
    "command-distribute": (
        "Menulis surat pengantar dan formulir tanda terima untuk setiap penerima dan mencatatnya "
        "di ekspedisi.yml.",
        "Write a cover letter and receipt form per recipient and record them in ekspedisi.yml.",
    ),
    "command-receipt": (
        "Mencatat tanda terima yang sudah ditandatangani dan dikembalikan penerima.",
        "Record a signed receipt (tanda terima) returned by a recipient.",
    ),
    "command-archive": (
        "Mencatat salinan cetak laporan rilis yang disimpan di arsip.",
        "Record the hard copies of the released report put in the archive.",
    ),
    "command-schema": (
        "Mencetak, menulis atau memeriksa JSON Schema setiap jenis berkas data.",
        "Print, write or check the JSON Schema of each data file kind.",
    ),
    # Option help, shared by the commands that have the option
    "help-help": ("tampilkan bantuan ini lalu keluar", "show this help message and exit"),
    "help-version": ("tampilkan versi lakip lalu keluar", "show lakip's version and exit"),
    "help-command": ("perintah yang dijalankan", "the command to run"),
    "help-root": (
        "akar repositori laporan (bawaan: dicari dari folder kerja)",
        "report repository root (default: found from the current folder)",
    ),
    "help-lang": ("bahasa pesan (atau LAKIP_LANG)", "message language (or LAKIP_LANG)"),
    "help-debug": (
        "tampilkan traceback bila terjadi kesalahan internal",
        "show tracebacks of internal errors",
    ),
    "help-year": (
        "tahun laporan (bawaan: tahun yang sedang dilaporkan, bukan tahun yang baru memiliki "
        "pk.yml)",
        "reporting year (default: the year being reported, not a year with only its pk.yml)",
    ),
    "help-final": (
        "data yang belum ada menjadi kesalahan, bukan peringatan",
        "missing data is an error, not a warning",
    ),
    "help-format": ("bentuk keluaran", "output format"),
    "help-paths": (
        "hanya laporkan temuan di berkas ini",
        "only report findings in these files",
    ),
    "help-out-build": ("folder hasil (bawaan: build)", "output folder (default: build)"),
    "help-finance-file": (
        "ekspor realisasi anggaran dari sistem keuangan daerah (XLSX atau CSV)",
        "the budget realisation export of the regional finance system (XLSX or CSV)",
    ),
    "help-finance-unit": (
        "tulis hanya anggaran.yml unit ini (boleh diulang); bawaan: semua unit",
        "write only this unit's anggaran.yml (may be repeated); default: every unit",
    ),
    "help-dry-run": (
        "periksa dan tampilkan perubahan tanpa menulis apa pun",
        "check and show the changes without writing anything",
    ),
    "help-out-figures": (
        "berkas .xlsx yang ditulis (untuk --format xlsx)",
        "the .xlsx file to write (for --format xlsx)",
    ),
    "command-formulir": (
        "Memvalidasi, lalu menulis formulir Excel setiap unit untuk tahun itu, dan dokumen Word "
        "narasinya, di --out.",
        "Validate, then write each unit's Excel form for the year, and its narrative's Word "
        "document, into --out.",
    ),
    "help-formulir-year": ("tahun PK formulir", "the PK year of the forms"),
    "help-formulir-unit": (
        "hanya unit ini (slug folder di sections/; boleh berulang; bawaan: setiap unit yang "
        "melapor)",
        "only this unit (its folder under sections/; repeatable; default: every reporting unit)",
    ),
    "help-out-formulir": (
        "folder hasil (bawaan: build/formulir)",
        "output folder (default: build/formulir)",
    ),
    "help-triwulan": (
        "buat laporan pemantauan kinerja triwulan itu (1-4) di --out/triwulan-<tahun>-<I..IV>, "
        "bukan laporan tahunan",
        "build that quarter's (1-4) performance monitoring report into "
        "--out/triwulan-<year>-<I..IV> instead of the annual report",
    ),
    "help-host": (
        "alamat yang didengar (bawaan 127.0.0.1)",
        "address to listen on (default 127.0.0.1)",
    ),  # fmt: skip
    "help-port": ("port (bawaan 8000)", "port (default 8000)"),
    "help-new-year": ("tahun laporan yang dibuka", "reporting year to open"),
    "help-surat-nomor": ("nomor surat masuk", "number of the incoming letter"),
    "help-surat-tanggal": (
        "tanggal surat masuk, mis. 2027-01-06 atau 6 Januari 2027",
        "date of the letter, e.g. 2027-01-06 or 6 Januari 2027",
    ),
    "help-tenggat": (
        "tenggat bagi unit (bawaan: 14 hari setelah tanggal surat)",
        "deadline for the units (default: 14 days after the letter)",
    ),
    "help-perihal": ("perihal surat", "subject of the letter"),
    "help-pengirim": ("pengirim surat", "sender of the letter"),
    "help-status-year": (
        "tahun laporan (bawaan: tahun yang sedang dilaporkan)",
        "default: the year being reported",
    ),
    "help-diterima": (
        "tanggal surat diterima instansi: langkah 1 SOP dihitung sejak itu (bawaan: tanggal surat)",
        "date the letter was received: SOP step 1 is timed from it (default: the letter's date)",
    ),
    "help-pengingat": (
        "cetak pesan pengingat teks biasa untuk unit yang datanya belum lengkap (untuk WhatsApp)",
        "print a plain-text reminder for the units that still owe data (for WhatsApp)",
    ),
    "help-commits": (
        "catatan Git hosting tentang commit pull request: hash, penulis, committer (dipisah tab)",
        "the host's record of the pull request's commits: hash, author, committer (tab-separated)",
    ),
    "help-targets-base": (
        "cabang terlindung: revisi PK yang sudah digabung di sana terkunci",
        "protected branch: the PK revisions merged there are locked",
    ),
    "help-targets-today": (
        "nilai tanggal terhadap hari ini, bukan jam komputer",
        "judge dates against this day, not the clock",
    ),
    "help-today": (
        "hitung hari dari tanggal ini, bukan dari jam komputer",
        "count days from this date, not the clock",
    ),
    "help-codeowners-check": (
        "gagal bila berkas yang di-commit sudah usang",
        "fail if the committed file is stale",
    ),
    "help-pr-base": (
        "cabang yang dituju pull request, mis. origin/main: dengan --format github, temuan di "
        "berkas yang diubah pull request menjadi anotasi lebih dulu",
        "the branch the pull request targets, e.g. origin/main: with --format github, findings "
        "in the files the pull request changed are annotated first",
    ),
    "help-base": (
        "cabang terlindung yang dituju pull request",
        "protected branch the pull request targets",
    ),
    "help-head": (
        "commit pull request (bawaan: HEAD)",
        "the pull request's commit (default: HEAD)",
    ),
    "help-author": ("akun Git hosting pengusul", "Git hosting handle of the author"),
    "help-targets-year": (
        "hanya tahun ini (bawaan: setiap PK bertanda tangan)",
        "only this year (default: every signed PK)",
    ),
    "help-registers-base": (
        "revisi yang harus diperpanjang register (bawaan: HEAD)",
        "revision the registers must extend (default: HEAD)",
    ),
    "help-pk-year": ("tahun Perjanjian Kinerja", "year of the Perjanjian Kinerja"),
    "help-no-sign": (
        "tag beranotasi tanpa tanda tangan (hanya untuk pengujian)",
        "unsigned annotated tag (tests only)",
    ),
    "help-release-year": ("tahun laporan yang dirilis", "reporting year to release"),
    "help-signer": (
        "penanda tangan PAdES, mis. p12:/path/kunci.p12 (sandi di LAKIP_P12_PASSPHRASE)",
        "PAdES signer, e.g. p12:/path/key.p12 (passphrase in LAKIP_P12_PASSPHRASE)",
    ),
    "help-out-release": (
        "folder berkas rilis (bawaan: build/release/<tag>)",
        "bundle folder (default: build/release/<tag>)",
    ),
    "help-branch": ("cabang terlindung (bawaan: main)", "protected branch (default: main)"),
    "help-no-sign-tag": (
        "tag tanpa tanda tangan (hanya untuk pengujian)",
        "unsigned tag (tests only)",
    ),
    "help-out-publish": (
        "folder situs yang diterbitkan (diganti seluruhnya)",
        "folder of the published site (replaced as a whole)",
    ),
    "help-bundles": (
        "folder berisi bundel rilis per tag, <folder>/<tag>/ (bawaan: build/release)",
        "folder holding the release bundles by tag, <folder>/<tag>/ (default: build/release)",
    ),
    "help-bundle-tag": (
        "tag rilis yang sudah ada dan sedang di-checkout (lakip-TAHUN-vN)",
        "existing release tag, checked out (lakip-YEAR-vN)",
    ),
    "help-verify-target": (
        "folder berkas rilis, PDF laporan, atau tag rilis/PK",
        "release bundle folder, a report PDF, or a release or PK tag",
    ),
    "help-sums": (
        "SHA256SUMS yang diumumkan (berkas atau URL) untuk dicocokkan dengan PDF",
        "published SHA256SUMS (a file or URL) to compare a PDF with",
    ),
    "help-allowed-signers": (
        "berkas allowed_signers (bawaan: <cabang>:.github/allowed_signers)",
        "allowed signers file (default: <branch>:.github/allowed_signers)",
    ),
    "help-trust": (
        "sertifikat akar tepercaya untuk tanda tangan PAdES (boleh berulang)",
        "trusted root certificate for PAdES signatures (may repeat)",
    ),
    "help-no-rebuild": (
        "lewati pembuatan ulang untuk memeriksa hasil yang identik",
        "skip the reproducibility rebuild",
    ),
    "help-distribute-year": ("tahun laporan yang dikirim", "reporting year to deliver"),
    "help-letter-date": (
        "tanggal surat, mis. 2027-02-11 atau 11 Februari 2027 (bawaan: hari ini)",
        "letter date, e.g. 2027-02-11 or 11 Februari 2027 (default: today)",
    ),
    "help-nomor-awal": ("nomor urut surat pertama", "sequence number of the first letter"),
    "help-pola": (
        "pola nomor surat, mis. 000.1.2/{{nomor}}/X/{{tahun}}",
        "letter number pattern, e.g. 000.1.2/{{nomor}}/X/{{tahun}}",
    ),
    "help-out-distribute": (
        "folder hasil (bawaan: build/distribusi/<tahun>)",
        "output folder (default: build/distribusi/<year>)",
    ),
    "help-draft": (
        "surat draf, tidak ada yang dicatat",
        "draft letters, nothing recorded",
    ),
    "help-commit": ("commit entri register", "commit the register entry"),
    "help-register-year": ("tahun laporan", "reporting year"),
    "help-recipients": (
        "kode penerima dari profil.yml, satu atau beberapa",
        "recipient code(s) from profil.yml, one or several",
    ),
    "help-receipts-by": (
        "siapa yang menerima (nama pada tanda terima): sekali untuk semua, atau sekali per penerima"
        " dengan urutan yang sama",
        "who received it (the name on the receipt): once for all, or once per recipient in the"
        " same order",
    ),
    "help-receipt-date": (
        "tanggal diterima, mis. 2027-02-11 atau 11 Februari 2027",
        "date received, e.g. 2027-02-11 or 11 Februari 2027",
    ),
    "help-note": ("catatan", "note"),
    "help-versi": (
        "tag rilis (bawaan: rilis terakhir tahun itu)",
        "release tag (default: the year's latest)",
    ),
    "help-ulang": ("catat tanda terima kedua", "record a second receipt"),
    "help-lokasi": ("tempat salinan disimpan", "where the copies are kept"),
    "help-rangkap": ("jumlah salinan", "number of copies"),
    "help-archive-date": (
        "tanggal, mis. 2027-02-11 atau 11 Februari 2027 (bawaan: hari ini)",
        "date, e.g. 2027-02-11 or 11 Februari 2027 (default: today)",
    ),
    "help-archive-by": (
        "siapa yang mengarsipkan (bawaan: user.name git)",
        "who archived them (default: git user.name)",
    ),
    "help-kind": (
        "jenis berkas (profil, renstra, pk, ...); bawaan: semua",
        "file kind (profil, renstra, pk, ...); default: all",
    ),
    "help-schema-write": (
        "tulis scripts/lakip/schemas/*.json",
        "write scripts/lakip/schemas/*.json",
    ),
    "help-schema-markdown": ("cetak rujukan kunci", "print the key reference"),
    "help-schema-check": (
        "gagal bila berkas yang ditulis sudah usang",
        "fail if written files are stale",
    ),
    # Placeholders in usage lines
    "metavar-command": ("PERINTAH", "COMMAND"),
    "metavar-year": ("TAHUN", "YEAR"),
    "metavar-folder": ("FOLDER", "FOLDER"),
    "metavar-quarter": ("TRIWULAN", "QUARTER"),
    "metavar-date": ("TANGGAL", "DATE"),
    "metavar-number": ("NOMOR", "NUMBER"),
    "metavar-text": ("TEKS", "TEXT"),
    "metavar-name": ("NAMA", "NAME"),
    "metavar-rev": ("REVISI", "REVISION"),
    "metavar-handle": ("AKUN", "HANDLE"),
    "metavar-host": ("ALAMAT", "ADDRESS"),
    "metavar-port": ("PORT", "PORT"),
    "metavar-signer": ("PENANDATANGAN", "SIGNER"),
    "metavar-branch": ("CABANG", "BRANCH"),
    "metavar-file": ("BERKAS", "FILE"),
    "metavar-tag": ("TAG", "TAG"),
    "metavar-target": ("FOLDER|PDF|TAG", "FOLDER|PDF|TAG"),
    "metavar-sums": ("BERKAS|URL", "FILE|URL"),
    "metavar-pattern": ("POLA", "PATTERN"),
    "metavar-recipient": ("PENERIMA", "RECIPIENT"),
    "metavar-place": ("TEMPAT", "PLACE"),
    "metavar-count": ("JUMLAH", "COUNT"),
    "metavar-path": ("BERKAS", "PATH"),
    "metavar-kind": ("JENIS", "KIND"),
    "metavar-slug": ("UNIT_KERJA", "UNIT"),
}
