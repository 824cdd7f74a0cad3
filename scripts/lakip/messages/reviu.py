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
        "Perkiraan nilai komponen Pelaporan Kinerja: {score} dari {out_of}; {pending} poin "
        "bergantung pada butir yang belum dinilai (perkiraan dari bukti data, bukan nilai "
        "evaluator).",
        "Estimated score of the Pelaporan Kinerja component: {score} of {out_of}; {pending} "
        "points rest on items not decided yet (an estimate from the evidence, not the "
        "evaluator's score).",
    ),
    "reviu-not-met": ("Tidak memenuhi: {code}: {reason}", "Not met: {code}: {reason}"),
    # Why an item carries its verdict: the worksheet prints the Indonesian, the command line the
    # user's language. `names` is a list the data fills in (indicators, files, recipients).
    "reviu-why-pk-met": (
        "Seluruh {count} indikator PK tercantum dalam tabel pengukuran kinerja.",
        "All {count} PK indicators appear in the measurement tables.",
    ),
    "reviu-why-pk-missing": (
        "Indikator PK tidak tercantum dalam tabel pengukuran kinerja: {names}.",
        "PK indicators missing from the measurement tables: {names}.",
    ),
    "reviu-why-target-met": (
        "Realisasi setiap indikator dibandingkan dengan targetnya.",
        "Every indicator's realisation is compared with its target.",
    ),
    "reviu-why-target-missing": (
        "Target atau realisasi belum ada untuk: {names}.",
        "No target or realisation yet for: {names}.",
    ),
    "reviu-why-previous-met": (
        "Realisasi {first} dan {second} tersedia untuk setiap indikator.",
        "The realisations of {first} and {second} are given for every indicator.",
    ),
    "reviu-why-previous-missing": (
        "Realisasi tahun sebelumnya tidak tersedia: {names}.",
        "Earlier years' realisations missing: {names}.",
    ),
    "reviu-why-renstra-met": (
        "Setiap indikator dibandingkan dengan target akhir Renstra.",
        "Every indicator is compared with the Renstra end target.",
    ),
    "reviu-why-renstra-missing": (
        "Target akhir Renstra tidak ada untuk: {names}.",
        "No Renstra end target for: {names}.",
    ),
    "reviu-why-national-met": (
        "Setiap indikator dibandingkan dengan standar nasional atau dinyatakan tidak tersedia.",
        "Every indicator is compared with a national standard or stated to have none.",
    ),
    "reviu-why-national-missing": (
        "Tidak ada standar nasional maupun pernyataan tidak tersedia untuk: {names}.",
        "Neither a national standard nor a statement that none exists for: {names}.",
    ),
    "reviu-why-causes-met": (
        "Penyebab, upaya, kendala dan tindak lanjut diuraikan untuk setiap indikator.",
        "Causes, efforts, obstacles and follow-up are explained for every indicator.",
    ),
    "reviu-why-causes-missing": (
        "Uraian penyebab, upaya, kendala dan tindak lanjut kurang: {names}.",
        "Causes, efforts, obstacles and follow-up incomplete: {names}.",
    ),
    "reviu-why-efficiency-met": (
        "Efisiensi setiap sasaran dijelaskan (halaman {pages}).",
        "Every sasaran's efficiency is explained (pages {pages}).",
    ),
    "reviu-why-efficiency-missing": (
        "Efisiensi belum dapat dijelaskan: {names}.",
        "Efficiency cannot be explained yet: {names}.",
    ),
    "reviu-why-recommendations-met": ("Bab IV memuat {names}.", "Bab IV holds {names}."),
    "reviu-why-recommendations-missing": (
        "Bab IV ({path}) tidak memuat bagian rekomendasi atau rencana perbaikan yang berisi.",
        "Bab IV ({path}) has no section of recommendations or planned improvements with text.",
    ),
    "reviu-why-recount-met": (
        "Hitung ulang {count} capaian sesuai dengan angka laporan.",
        "All {count} capaian recomputed agree with the report.",
    ),
    "reviu-why-recount-missing": (
        "Capaian berbeda dengan hasil hitung ulang: {names}.",
        "Capaian differing from the recomputation: {names}.",
    ),
    "reviu-why-sources-met": (
        "Setiap realisasi memiliki sumber data dan tercatat commit serta penginputnya.",
        "Every realisation has its source of data, and the commit and author that entered it.",
    ),
    "reviu-why-sources-missing": (
        "Realisasi belum dapat ditelusuri: {names}.",
        "Realisations that cannot be traced yet: {names}.",
    ),
    "reviu-why-lock-unsigned": (
        "Perjanjian Kinerja belum ditandatangani (tag {tag}).",
        "The Perjanjian Kinerja is not signed yet (tag {tag}).",
    ),
    "reviu-why-lock-unchecked": (
        "Kunci target belum diperiksa.",
        "The target lock was not checked.",
    ),
    "reviu-why-lock-met": (
        "PK ditandatangani ({tag}) dan targetnya tidak berubah kecuali melalui revisi tercatat.",
        "The PK is signed ({tag}) and its targets changed only through recorded revisions.",
    ),
    "reviu-why-lock-missing": (
        "Target berubah sesudah PK ditandatangani: {names}.",
        "Targets changed after the PK was signed: {names}.",
    ),
    "reviu-why-signed-not-yet": (
        "Laporan belum ditandatangani (belum ada tag rilis).",
        "The report is not signed yet (no release tag).",
    ),
    "reviu-why-signed-invalid": (
        "Tag rilis ada, tetapi tanda tangannya tidak terverifikasi sebagai pimpinan.",
        "A release tag exists, but its signature does not verify as the head's.",
    ),
    "reviu-why-signed-met": (
        "Ditandatangani pimpinan: tag {tag}.",
        "Signed by the head: tag {tag}.",
    ),
    "reviu-why-time-not-yet": (
        "Belum ditandatangani; batas waktu {due}.",
        "Not signed yet; due {due}.",
    ),
    "reviu-why-time-met": (
        "Ditetapkan {day}, sebelum batas waktu.",
        "Signed on {day}, before the deadline.",
    ),
    "reviu-why-time-late": (
        "Ditetapkan {day}, terlambat {days} hari.",
        "Signed on {day}, {days} days late.",
    ),
    "reviu-why-delivered-not-yet": (
        "Laporan belum ditandatangani, belum dapat disampaikan.",
        "The report is not signed yet, so it cannot be delivered.",
    ),
    "reviu-why-delivered-met": (
        "Tanda terima dari seluruh {count} penerima tercatat.",
        "Receipts from all {count} recipients are recorded.",
    ),
    "reviu-why-delivered-missing": (
        "Belum ada tanda terima dari: {names}.",
        "No receipt yet from: {names}.",
    ),
    "reviu-why-published-not-yet": (
        "Belum ada rilis yang ditandatangani untuk dipublikasikan.",
        "No signed release to publish yet.",
    ),
    "reviu-why-published-invalid": (
        "Tidak ada tag rilis yang tanda tangannya sah.",
        "No release tag carries a valid signature.",
    ),
    "reviu-why-published-met": (
        "Rilis {tag} bertanda tangan sah dan diterbitkan di situs.",
        "Release {tag} is validly signed and published on the site.",
    ),
    "reviu-why-follow-up-quoted": (
        "Rekomendasi Bab IV LKjIP {year} dikutip untuk dinilai tindak lanjutnya.",
        "The recommendations of Bab IV of the {year} LKjIP are quoted, to judge their follow-up.",
    ),
    "reviu-why-follow-up-absent": (
        "Bab IV LKjIP {year} tidak ada di repositori; minta dokumennya.",
        "Bab IV of the {year} LKjIP is not in the repository; ask for the document.",
    ),
    "reviu-why-planning-next": (
        "Indikator di bawah target {year} dan targetnya dalam PK {next}.",
        "Indicators below their {year} target, and their targets in the {next} PK.",
    ),
    "reviu-why-planning-no-pk": (
        "PK {next} belum ada; indikator di bawah target {year}.",
        "No {next} PK yet; the indicators below their {year} target.",
    ),
    "reviu-why-for-reviewer": (
        "Untuk penilai; lihat bukti butir hitung ulang, sumber data dan perbandingan.",
        "For the reviewer; see the evidence of the recount, the sources and the comparisons.",
    ),
}
