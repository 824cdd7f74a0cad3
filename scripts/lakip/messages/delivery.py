"""SOP steps 5-6 on paper: the archive, dispatch and receipt registers and the letters."""

CATALOGUE: dict[str, tuple[str, str]] = {
    "register-not-list": (
        "Register harus berupa daftar entri (setiap entri diawali '- ').",
        "A register must be a list of entries (each starting with '- ').",
    ),
    "register-version-year": (
        "Versi '{version}' bukan tag rilis laporan tahun {year}. Tulis tag rilis tahun ini, "
        "misalnya {example}.",
        "Version '{version}' is not a release tag of the {year} report. Write a release tag of "
        "this year, e.g. {example}.",
    ),
    "register-unknown-recipient": (
        "Penerima '{recipient}' tidak ada di reports/profil.yml (penerima). Yang ada: {known}.",
        "Recipient '{recipient}' is not in reports/profil.yml (penerima). Known: {known}.",
    ),
    "register-receipt-without-dispatch": (
        "Tanda terima dari '{recipient}' untuk {version}, tetapi buku ekspedisi tidak mencatat "
        "pengiriman {version} kepadanya. Catat pengirimannya dulu ('lakip distribute'), atau "
        "periksa kode penerima dan versinya.",
        "A receipt from '{recipient}' for {version}, but the dispatch register records no "
        "dispatch of {version} to it. Record the dispatch first ('lakip distribute'), or check "
        "the recipient code and the version.",
    ),
    "register-receipt-before-dispatch": (
        "Tanda terima dari '{recipient}' bertanggal {date}, sebelum laporan dikirim kepadanya "
        "({sent}, ekspedisi.yml baris {line}). Urutannya tidak mungkin; periksa tanggalnya.",
        "The receipt from '{recipient}' is dated {date}, before the report was sent to it "
        "({sent}, ekspedisi.yml line {line}). That order is impossible; check the date.",
    ),
    "register-entry-unknown-version": (
        "Entri ini menyebut versi '{version}', yang bukan rilis laporan tahun {year} (rilis yang "
        "ada: {known}). Register hanya mencatat rilis yang sudah ditandatangani.",
        "This entry names version '{version}', which is no release of the {year} report "
        "(releases: {known}). A register records only releases that were signed.",
    ),
    "register-entry-before-release": (
        "Entri bertanggal {date}, sebelum rilis {version} ditandatangani ({released}). "
        "Urutannya tidak mungkin; periksa tanggalnya.",
        "The entry is dated {date}, before release {version} was signed ({released}). That "
        "order is impossible; check the date.",
    ),
    "register-entry-future": (
        "Entri bertanggal {date}, sesudah hari ini ({today}). Register mencatat yang sudah "
        "terjadi.",
        "The entry is dated {date}, after today ({today}). A register records what has happened.",
    ),
    "register-outside": (
        "Register {path} (atau foldernya) adalah tautan simbolik ke luar repositori; register "
        "tidak dibaca dan tidak ditulis. Ganti dengan berkas dan folder biasa di dalam "
        "repositori.",
        "Register {path} (or its folder) is a symbolic link out of the repository; it is neither "
        "read nor written. Replace it with a regular file and folder inside the repository.",
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
    "register-entry-changed": (
        "Register hanya boleh ditambah di akhir, tetapi entri tertanggal {date} yang sudah "
        "di-commit ({base}) kini terbaca lain: baris yang ditambahkan melanjutkan nilainya atau "
        "menambah kunci padanya. Mulai entri baru dengan '- tanggal:' di awal baris; koreksi "
        "dicatat sebagai entri baru.",
        "Registers may only grow at the end, but the committed entry dated {date} ({base}) now "
        "reads differently: the added lines continue one of its values or add a key to it. Start "
        "a new entry with '- tanggal:' at the beginning of a line; record a correction as a new "
        "entry.",
    ),
    "register-unknown-version": (
        "Versi '{version}' bukan rilis laporan tahun {year}. Rilis yang ada: {known}. Tulis tag "
        "rilis seperti {example}, atau hilangkan --versi untuk memakai rilis terakhir.",
        "Version '{version}' is not a release of the {year} report. Releases: {known}. Give a "
        "release tag such as {example}, or leave out --versi to use the latest release.",
    ),
    "register-date-future": (
        "Tanggal {date} belum tiba (hari ini {today}). Register mencatat yang sudah terjadi: "
        "catat pada hari kejadian, dengan tanggal kejadiannya.",
        "The date {date} has not come yet (today is {today}). A register records what has "
        "happened: record it on the day, with the day it happened.",
    ),
    "register-date-order": (
        "Tanggal {date} lebih awal dari {floor}, hari {after}. Urutannya tidak mungkin; periksa "
        "tanggalnya (TTTT-BB-HH).",
        "The date {date} is earlier than {floor}, the day {after}. That order is impossible; "
        "check the date (YYYY-MM-DD).",
    ),
    "receipt-not-dispatched": (
        "Belum ada pengiriman {version} kepada '{recipient}' di buku ekspedisi tahun {year}, "
        "jadi tanda terimanya belum dapat dicatat. Catat pengirimannya dulu dengan 'lakip "
        "distribute'.",
        "No dispatch of {version} to '{recipient}' is in the {year} dispatch register, so its "
        "receipt cannot be recorded yet. Record the dispatch first with 'lakip distribute'.",
    ),
    "distribute-no-release": (
        "Belum ada rilis bertanda tangan untuk tahun {year} (tag lakip-{year}-vN). Jalankan "
        "'lakip release {year}' dulu, atau pakai --draft untuk konsep surat.",
        "There is no signed release for {year} yet (tag lakip-{year}-vN). Run 'lakip release "
        "{year}' first, or use --draft for draft letters.",
    ),
    "register-no-release": (
        "Belum ada rilis bertanda tangan untuk tahun {year} (tag lakip-{year}-vN), jadi belum "
        "ada yang dapat diarsipkan atau diterima. Kepala merilis dengan 'lakip release {year}'.",
        "There is no signed release for {year} yet (tag lakip-{year}-vN), so nothing can be "
        "archived or received yet. The head releases with 'lakip release {year}'.",
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
    "receipt-twice": (
        "Penerima '{recipient}' disebut dua kali; sebut setiap penerima sekali.",
        "Recipient '{recipient}' is named twice; name each recipient once.",
    ),
    "receipt-signers": (
        "{recipients} penerima tetapi {names} kali --oleh: beri satu --oleh untuk semua, atau "
        "satu per penerima dengan urutan yang sama.",
        "{recipients} recipients but {names} times --oleh: give one --oleh for all, or one per "
        "recipient in the same order.",
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
