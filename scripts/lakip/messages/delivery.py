"""SOP steps 5-6 on paper: the archive, dispatch and receipt registers and the letters."""

CATALOGUE: dict[str, tuple[str, str]] = {
    "register-not-list": (
        "Register harus berupa daftar entri (setiap entri diawali '- ').",
        "A register must be a list of entries (each starting with '- ').",
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
    "distribute-release-not-signed": (
        "Surat ditolak: rilis terakhir {tag} tidak bertanda tangan sah oleh Kepala (periksa "
        "dengan 'lakip verify {tag}'). Surat pengantar menyebut sidik PDF rilis itu sebagai yang "
        "resmi, jadi hanya rilis bertanda tangan Kepala yang boleh dikirim. Hapus tag yang tidak "
        "sah, atau buat rilis baru dengan 'lakip release'; --draft tetap dapat dipakai.",
        "Letters refused: the latest release {tag} is not validly signed by the head (check "
        "with 'lakip verify {tag}'). The cover letter cites that release's PDF hash as the "
        "official one, so only a release signed by the head may be sent. Delete the invalid tag, "
        "or make a new release with 'lakip release'; --draft still works.",
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
    "distribute-draft-done": (
        "Konsep (--draft): surat di atas hanya untuk diperiksa. Tidak ada yang dicatat di "
        "reports/{year}/register/ekspedisi.yml dan tidak ada commit. Surat resmi: lakip "
        "distribute {year} --nomor-awal N --commit",
        "Draft (--draft): the letters above are for review only. Nothing was recorded in "
        "reports/{year}/register/ekspedisi.yml and nothing was committed. Official letters: "
        "lakip distribute {year} --nomor-awal N --commit",
    ),
}
