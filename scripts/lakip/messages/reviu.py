"""The Inspektorat's reviu: its records, the agency's answers, the statement, the release gate,
and the worksheet (`lakip reviu`)."""

CATALOGUE: dict[str, tuple[str, str]] = {
    "reviu-answer-without-note": (
        "Tanggapan untuk butir '{code}', tetapi reviu.yml tidak memuat simpulan atau catatan "
        "butir itu. Butir yang dicatat reviewer: {known}. Periksa kodenya.",
        "An answer to item '{code}', but reviu.yml holds no verdict or note on that item. "
        "Items the reviewer recorded: {known}. Check the code.",
    ),
    "reviu-conclusion-before-verdict": (
        "Reviu disimpulkan pada {date}, sebelum simpulan butir '{code}' bertanggal {verdict} "
        "(baris {line}). Simpulan akhir ditulis sesudah semua butir; periksa tanggalnya.",
        "The reviu is concluded on {date}, before the verdict on item '{code}' dated {verdict} "
        "(line {line}). The conclusion comes after every item; check the dates.",
    ),
    "reviu-concluded-unanswered": (
        "Reviu disimpulkan, tetapi catatan 'tidak-memenuhi' pada butir '{code}' (baris {line}) "
        "belum dijawab instansi di {answers}. Pastikan Inspektur memang menyimpulkan tanpa "
        "jawaban itu.",
        "The reviu is concluded, but the 'tidak-memenuhi' note on item '{code}' (line {line}) "
        "has no answer from the agency in {answers}. Make sure the Inspektur meant to conclude "
        "without it.",
    ),
    "reviu-unknown-code": (
        "Kode butir '{code}' tidak ada di daftar uji reviu.{hint} Kode yang dikenal: {known}.",
        "Item code '{code}' is not in the reviu checklist.{hint} Known codes: {known}.",
    ),
    "reviu-entry-changed": (
        "Entri {key} yang sudah di-commit ({base}) diubah atau dihapus. Catatan reviu hanya "
        "ditambah: kembalikan entri lama dan tulis revisinya sebagai entri baru di akhir daftar.",
        "Entry {key}, committed at {base}, was changed or removed. Reviu records only grow: "
        "restore the entry and write the revision as a new entry at the end of the list.",
    ),
    "reviu-conclusion-changed": (
        "Simpulan reviu yang sudah di-commit ({base}) diubah atau dihapus. Reviu yang sudah "
        "disimpulkan tidak diubah; reviu ulang dicatat pada laporan revisi berikutnya.",
        "The committed conclusion of the reviu ({base}) was changed or removed. A concluded "
        "reviu is not changed; a new reviu belongs to the next revision of the report.",
    ),
    "event-reviu-started": ("Reviu Inspektorat dimulai", "Inspektorat's reviu started"),
    "event-reviu-concluded": ("Reviu Inspektorat disimpulkan", "Inspektorat's reviu concluded"),
    "ownership-reviu": (
        "Hanya akun Inspektorat (inspektorat.akun di reports/profil.yml) yang mencatat reviu; "
        "{author} bukan salah satunya, juga bila ia kepala instansi yang laporannya direviu. "
        "Kembalikan berkas ini; reviewer mencatatnya dari akunnya sendiri.",
        "Only the Inspektorat's accounts (inspektorat.akun in reports/profil.yml) record the "
        "reviu; {author} is not one of them, even as the head of the agency whose report is "
        "reviewed. Restore this file; the reviewer records it from their own account.",
    ),
    "inspektorat-not-independent": (
        "Akun '{account}' tercantum sebagai Inspektorat dan juga di instansi ({role}). Reviu "
        "dicatat oleh Inspektorat sendiri: tulis di inspektorat.akun hanya akun reviewer "
        "Inspektorat.",
        "Account '{account}' is listed as the Inspektorat and also in the agency ({role}). The "
        "reviu is recorded by the Inspektorat itself: list only the Inspektorat's reviewers in "
        "inspektorat.akun.",
    ),
    "reviu-inspector-nip": (
        "Reviu disimpulkan, tetapi NIP Inspektur (inspektur.nip) kosong: halaman Pernyataan Telah "
        "Direviu akan dicetak tanpa NIP. Tulis NIP 18 digit di antara tanda kutip.",
        "The reviu is concluded, but the Inspektur's NIP (inspektur.nip) is empty: the "
        "Pernyataan Telah Direviu page would print without it. Write the 18-digit NIP in quotes.",
    ),
    "reviu-required": (
        "Rilis ditolak: profil.yml meminta reviu Inspektorat (pengaturan.wajib_reviu), tetapi "
        "reviu tahun {year} belum disimpulkan. Inspektorat mengisi 'simpulan' di {path} "
        "(lihat docs/panduan/6-inspektorat.md).",
        "Release refused: profil.yml requires the Inspektorat's reviu (pengaturan.wajib_reviu), "
        "but the {year} reviu is not concluded. The Inspektorat fills in 'simpulan' in {path} "
        "(see docs/panduan/6-inspektorat.md).",
    ),
    "stage-reviu": ("Menilai butir reviu", "Deciding the reviu items"),
    "reviu-summary": (
        "Butir reviu {year}: {met} memenuhi, {not_met} tidak memenuhi, {not_yet} belum, "
        "{reviewer} untuk penilai.",
        "Reviu items {year}: {met} met, {not_met} not met, {not_yet} not yet, "
        "{reviewer} for the reviewer.",
    ),
    "reviu-score": (
        "Perkiraan nilai komponen Pelaporan Kinerja: {score} dari {out_of} "
        "(perkiraan dari bukti data, bukan nilai evaluator).",
        "Estimated score of the Pelaporan Kinerja component: {score} of {out_of} "
        "(an estimate from the evidence, not the evaluator's score).",
    ),
    "reviu-not-met": ("Tidak memenuhi: {code}: {reason}", "Not met: {code}: {reason}"),
}
