"""SOP steps 1-4: opening a year, ownership, CODEOWNERS, the signed PK's targets, `lakip status`."""

CATALOGUE: dict[str, tuple[str, str]] = {
    "ownership": (
        "Akun '{author}' ({units}) tidak boleh mengubah berkas ini; pemiliknya {owners}. {scope}, "
        "atau minta pemiliknya mengubahnya.",
        "Account '{author}' ({units}) may not change this file; it belongs to {owners}. {scope}, "
        "or ask its owner to change it.",
    ),
    "ownership-roles": (
        "Akun '{author}' mengubah peran di reports/profil.yml (akun kepala, perencanaan atau "
        "sekretariat). Peran menentukan siapa boleh mengubah apa, jadi hanya kepala yang boleh "
        "mengubahnya: ajukan perubahan peran dalam pull request tersendiri dari akun kepala, atau "
        "kembalikan bagian itu.",
        "Account '{author}' changes the roles in reports/profil.yml (the head's accounts, "
        "planning or the secretariat). The roles decide who may change what, so only the head "
        "may change them: propose the change in a pull request of its own from the head's "
        "account, or restore that part.",
    ),
    "ownership-unknown-account": (
        "Commit {commit} dibuat dengan {role} '{identity}', yang bukan akun mana pun di "
        "metadata (anggota unit di sections/<unit>/unit.yml atau akun kepala). Setiap commit "
        "dalam pull request dinilai, bukan hanya pembukanya: buat ulang commit itu dengan "
        "identitas git akun Anda (git config user.email), atau minta pemilik berkasnya "
        "mengubahnya.",
        "Commit {commit} has the {role} '{identity}', which is no account in the metadata (a "
        "unit member in sections/<unit>/unit.yml or the head's account). Every commit of a pull "
        "request is judged, not only its opener: make that commit again with your account's git "
        "identity (git config user.email), or ask the owner of the files to make the change.",
    ),
    "commits-record-unreadable": (
        "Daftar commit {path} tidak dapat dibaca: {error}.",
        "The commit list {path} cannot be read: {error}.",
    ),
    "commits-record-line": (
        "Baris {line} daftar commit {path} tidak sah: tiap baris berisi hash commit (40 "
        "karakter heksadesimal), akun penulis dan akun committer, dipisah tab.",
        "Line {line} of the commit list {path} is invalid: each line holds the commit hash (40 "
        "hexadecimal characters), the author's account and the committer's account, separated "
        "by tabs.",
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
        "{typed}, atau kembalikan targetnya.",
        "Target of indicator '{code}' changed from {old} to {new} after the {year} PK was signed "
        "(tag {tag}, {date}). Targets change only through a PK revision: add a 'revisi' entry "
        "dated {date} or later that changes code {code} to target {typed}, or restore the target.",
    ),
    "action-plan-changed-after-signing": (
        "Rencana aksi indikator '{code}' berubah dari {old} menjadi {new} setelah PK {year} "
        "ditandatangani (tag {tag}, {date}). Rencana aksi ditandatangani bersama targetnya dan "
        "hanya boleh berubah lewat revisi PK: tambahkan butir 'revisi' bertanggal {date} "
        "atau sesudahnya dengan perubahan kode {code} dan 'rencana_aksi' yang baru, atau "
        "kembalikan rencana aksinya.",
        "The rencana aksi of indicator '{code}' changed from {old} to {new} after the {year} PK "
        "was signed (tag {tag}, {date}). The quarterly plan is signed with its targets and "
        "changes only through a PK revision: add a 'revisi' entry dated {date} or later that "
        "changes code {code} to the new 'rencana_aksi', or restore the plan.",
    ),
    "revision-locked": (
        "Revisi PK bertanggal {date} sudah ditandatangani atau digabung ke cabang utama dan tidak "
        "boleh diubah, dipindah atau dihapus. Kembalikan butir itu seperti semula; perubahan "
        "berikutnya dicatat sebagai butir 'revisi' baru di akhir daftar.",
        "The PK revision dated {date} is already signed or merged into the main branch and may "
        "not be changed, moved or removed. Restore that entry as it was; a further change is "
        "recorded as a new 'revisi' entry at the end of the list.",
    ),
    "revision-backdated": (
        "Revisi PK bertanggal {date} lebih awal dari {floor} ({after}, tag {tag}). Revisi hanya "
        "berlaku sejak tanggalnya dan tidak boleh mundur: tulis tanggal persetujuan revisi yang "
        "sebenarnya ({floor} atau sesudahnya).",
        "The PK revision dated {date} is earlier than {floor} ({after}, tag {tag}). A revision "
        "applies only from its date and may not be back-dated: write the real date it was "
        "approved ({floor} or later).",
    ),
    "revision-in-future": (
        "Revisi PK bertanggal {date}, sesudah hari ini ({today}). Catat revisi setelah disetujui, "
        "dengan tanggal persetujuannya.",
        "The PK revision is dated {date}, after today ({today}). Record a revision once it is "
        "approved, with the date it was approved.",
    ),
    "metadata-unreadable": (
        "{path} tidak dapat dibaca pada revisi {rev}; aturan kepemilikan tidak dapat diperiksa.",
        "{path} cannot be read at revision {rev}; ownership rules cannot be checked.",
    ),
    "pk-not-committed": (
        "{path} belum di-commit. Commit PK yang ditandatangani terlebih dahulu.",
        "{path} is not committed. Commit the signed PK first.",
    ),
    "pk-uncommitted": (
        "{path} memiliki perubahan yang belum di-commit. Commit atau batalkan dulu, lalu ulangi.",
        "{path} has uncommitted changes. Commit or discard them first, then try again.",
    ),
    "pk-tag-not-signed": (
        "Tag {tag} tidak bertanda tangan sah oleh kunci yang terdaftar di {source}, jadi tidak "
        "membuktikan PK ditandatangani dan targetnya tidak terkunci dengan sah. Hapus tag itu "
        "('git tag -d {tag}' dan 'git push origin :refs/tags/{tag}') lalu buat lagi dengan "
        "'lakip sign-pk' memakai kunci yang terdaftar.",
        "Tag {tag} is not validly signed by a key registered in {source}, so it does not prove "
        "the PK was signed and its targets are not validly locked. Delete the tag ('git tag -d "
        "{tag}' and 'git push origin :refs/tags/{tag}') and make it again with 'lakip sign-pk' "
        "using a registered key.",
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
    "letter-date-future": (
        "Tanggal {date} belum tiba (hari ini {today}): surat yang sudah diterima tidak mungkin "
        "bertanggal atau diterima sesudah hari ini. Periksa --surat-tanggal dan --diterima "
        "(TTTT-BB-HH).",
        "The date {date} has not come yet (today is {today}): a letter already received cannot "
        "be dated or received after today. Check --surat-tanggal and --diterima (YYYY-MM-DD).",
    ),
    "deadline-before-letter": (
        "Tenggat {deadline} lebih awal dari tanggal surat {date}: unit tidak mungkin menyerahkan "
        "data sebelum diminta. Periksa --tenggat dan --surat-tanggal (TTTT-BB-HH).",
        "The deadline {deadline} is earlier than the letter's date {date}: units cannot deliver "
        "before they are asked. Check --tenggat and --surat-tanggal (YYYY-MM-DD).",
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
    # `lakip status`: a year's state as text (its JSON holds the codes below, not the words)
    "status-title": (
        "Status laporan tahun {year} per {date}",
        "Status of the {year} report as of {date}",
    ),
    "status-no-letter": (
        "Surat permintaan belum dicatat (lakip new {year} ...).",
        "The request letter is not recorded yet (lakip new {year} ...).",
    ),
    "status-letter": (
        "Surat {number} tanggal {date}: {subject}",
        "Letter {number} of {date}: {subject}",
    ),
    "status-deadline": ("Tenggat {date}: {state}", "Deadline {date}: {state}"),
    "status-all-complete": ("semua unit lengkap", "every unit complete"),
    "status-days-left": ("sisa {duration}", "{duration} left"),
    "status-due-today": ("hari ini", "today"),
    "status-days-late": ("terlambat {duration}", "{duration} late"),
    "status-units": ("Kemajuan unit", "Unit progress"),
    "status-column-unit": ("Unit", "Unit"),
    "status-column-files": ("Berkas", "Files"),
    "status-column-errors": ("Kesalahan", "Errors"),
    "status-column-warnings": ("Peringatan", "Warnings"),
    "status-column-complete": ("Lengkap", "Complete"),
    "status-column-last-change": ("Perubahan terakhir", "Last change"),
    "status-yes": ("ya", "yes"),
    "status-not-yet": ("belum", "not yet"),
    "status-owing": ("Belum lengkap:", "Not complete yet:"),
    "owed-realisation": ("realisasi {code}", "realisation {code}"),
    "owed-narrative": ("narasi {code}", "narrative {code}"),
    "owed-budget": ("anggaran {code}", "budget {code}"),
    "status-quarters-missing": (
        "Data triwulan yang belum diisi (indikator dengan rencana aksi atau data triwulan):",
        "Quarterly data not filled in yet (indicators with an action plan or quarterly data):",
    ),
    "owed-quarters": ("{code} triwulan {quarters}", "{code} quarter {quarters}"),
    "status-timeline": ("Linimasa", "Timeline"),
    "status-column-merged": ("Digabung", "Merged"),
    "status-late-by": ("(terlambat {duration})", "({duration} late)"),
    "status-receipts-of": ("{count} dari {of} penerima", "{count} of {of} recipients"),
    "reminder-title": ("*Pengingat data LKjIP {year}*", "*LKjIP {year} data reminder*"),
    "reminder-deadline": (
        "Surat {number}, tenggat {date} ({state}).",
        "Letter {number}, deadline {date} ({state}).",
    ),
    "reminder-intro": ("Mohon segera dilengkapi:", "Still to be supplied:"),
    "reminder-closing": (
        "Isi berkasnya di {folder}/ lalu ajukan pull request. Terima kasih.",
        "Fill in the files under {folder}/ and open a pull request. Thank you.",
    ),
    "reminder-all-done": (
        "Data semua unit sudah lengkap. Terima kasih atas kerja samanya.",
        "Every unit's data is complete. Thank you all.",
    ),
    "status-column-when": ("Waktu", "When"),
    "status-column-event": ("Peristiwa", "Event"),
    "status-column-ref": ("Rujukan", "Reference"),
    "status-none-yet": ("(belum ada)", "(none yet)"),
    "status-entry": ("{count} entri", "{count} entry"),
    "status-entries": ("{count} entri", "{count} entries"),
    "status-steps": (
        "Langkah SOP: standar waktu SOP dibanding waktu yang tercatat",
        "SOP steps: the SOP's time standard against the time recorded",
    ),
    "status-column-number": ("No", "No"),
    "status-column-step": ("Langkah", "Step"),
    "status-column-standard": ("Standar SOP", "SOP standard"),
    "status-column-recorded": ("Tercatat", "Recorded"),
    "status-column-verdict": ("Keterangan", "Verdict"),
    "status-within": ("sesuai standar", "within the standard"),
    "status-over": ("melebihi standar", "over the standard"),
    "status-unusual": ("urutan tidak wajar", "unusual order"),
    "status-same-day": ("hari yang sama", "same day"),
    "duration-day": ("{count} hari", "{count} day"),
    "duration-days": ("{count} hari", "{count} days"),
    "duration-hour": ("{count} jam", "{count} hour"),
    "duration-hours": ("{count} jam", "{count} hours"),
    "duration-minute": ("{count} menit", "{count} minute"),
    "duration-minutes": ("{count} menit", "{count} minutes"),
    # The SOP's six steps and the milestones that end them (`Step.step`, the events' `event`)
    "step-dispose": (
        "Surat diterima dan didisposisikan ke unit",
        "Letter received and disposed to the units",
    ),
    "step-collect": ("Pengumpulan data dari unit", "Collecting the units' data"),
    "step-draft": ("Penyusunan draft final", "Writing the final draft"),
    "step-sign": ("Draft diajukan dan ditandatangani", "Draft submitted and signed"),
    "step-archive": ("Penggandaan dan pengarsipan", "Copying and archiving"),
    "step-deliver": (
        "Penyampaian ke penerima (tanda terima)",
        "Delivery to the recipients (receipts)",
    ),
    "event-pk-signed": ("PK ditandatangani", "PK signed"),
    "event-letter-received": ("Surat diterima", "Letter received"),
    "event-letter-recorded": ("Surat dicatat", "Letter recorded"),
    "event-first-submission": ("Kiriman unit pertama", "First unit submission"),
    "event-last-submission": ("Kiriman unit terakhir", "Last unit submission"),
    "event-final-merged": ("Draft final digabung", "Final draft merged"),
    "event-release-signed": ("Rilis ditandatangani", "Release signed"),
    "event-latest-release": ("Rilis terakhir", "Latest release"),
    "event-archive-last": ("Arsip terakhir", "Last archiving"),
    "event-dispatch-last": ("Ekspedisi terakhir", "Last dispatch"),
    "event-receipt-last": ("Tanda terima terakhir", "Last receipt"),
    # `lakip new`, `codeowners` and `sign-pk`
    "new-opened": (
        "Tahun {year} dibuka: surat {number}, tenggat {deadline}.",
        "Year {year} opened: letter {number}, deadline {deadline}.",
    ),
    "new-written": ("ditulis:  {path}", "written: {path}"),
    "init-exists": (
        "{path} sudah berisi repositori lakip (ada reports/ atau sections/); init tidak menimpa "
        "apa pun. Pilih folder kosong.",
        "{path} already holds a lakip repository (reports/ or sections/ exists); init overwrites "
        "nothing. Choose an empty folder.",
    ),
    "init-would-overwrite": (
        "{path} sudah ada ({count} berkas yang akan ditulis init sudah ada); init tidak menimpa "
        "berkas. Pindahkan atau hapus dulu, atau pilih folder lain.",
        "{path} already exists ({count} of the files init writes exist); init overwrites no "
        "file. Move or remove them first, or choose another folder.",
    ),
    "init-year-outside": (
        "Tahun laporan {year} di luar periode Renstra {start}-{end}. Periksa --tahun dan "
        "--periode.",
        "Reporting year {year} is outside the Renstra period {start}-{end}. Check --tahun and "
        "--periode.",
    ),
    "init-planning-unit": (
        "Unit perencanaan '{unit}' tidak ada di antara --unit. Tambahkan '--unit {unit}=Nama'.",
        "Planning unit '{unit}' is not among the --unit options. Add '--unit {unit}=Name'.",
    ),
    "init-missing": (
        "Isian berikut belum diberikan: {names}. Berikan sebagai opsi, atau jalankan di terminal "
        "agar ditanyakan.",
        "These answers are missing: {names}. Give them as options, or run in a terminal to be "
        "asked.",
    ),
    "init-bad-value": (
        "{name}: '{value}' tidak dapat dibaca; contoh: {example}.",
        "{name}: '{value}' cannot be read; for example: {example}.",
    ),
    "init-done": (
        "Repositori {agency} dibuat di {path} (draf kosong tahun {year}).",
        "Repository of {agency} created in {path} (an empty draft for {year}).",
    ),
    "init-next-steps": (
        "Langkah berikutnya (lihat docs/adopting.md):\n"
        "  1. git init && git add . && git commit -m 'Mulai lakip'\n"
        "  2. lakip validate && lakip build   (draf kosong yang bertanda DRAF)\n"
        "  3. Perencanaan mengisi reports/renstra.yml, lalu reports/{year}/pk.yml; tahun-tahun "
        "sebelumnya di reports/riwayat.yml.",
        "Next steps (see docs/adopting.md):\n"
        "  1. git init && git add . && git commit -m 'Start lakip'\n"
        "  2. lakip validate && lakip build   (an empty draft marked DRAF)\n"
        "  3. Planning fills reports/renstra.yml, then reports/{year}/pk.yml; earlier years go in "
        "reports/riwayat.yml.",
    ),
    "init-prompt": ("{question} (isi, lalu Enter): ", "{question} (type, then Enter): "),
    "new-skipped": (
        "dilewati: {path} (sudah ada, tidak ditimpa)",
        "skipped: {path} (already there, not overwritten)",
    ),
    "new-disposition": ("Lembar disposisi: {path}", "Disposition sheet: {path}"),
    "new-next-steps": (
        "Langkah berikutnya:\n"
        "  1. Cetak lembar disposisi dan mintakan tanda tangan Kepala.\n"
        "  2. Simpan di cabang dan kirim (main dilindungi): {command}, lalu buat pull request ke "
        "main dan gabungkan.\n"
        "  3. Setelah itu setiap unit mengisi berkasnya di cabang sendiri "
        "(git switch -c data-{year}-<unit>), menjalankan 'lakip validate', lalu membuka pull "
        "request.\n"
        "  4. Pantau kemajuan: lakip status {year}",
        "Next steps:\n"
        "  1. Print the disposition sheet and have the head sign it.\n"
        "  2. Save it on a branch and push it (main is protected): {command}, then open a pull "
        "request to main and merge it.\n"
        "  3. Then each unit fills in its files on its own branch "
        "(git switch -c data-{year}-<unit>), runs 'lakip validate' and opens a pull request.\n"
        "  4. Follow the progress: lakip status {year}",
    ),
    "codeowners-written": ("{path}: ditulis", "{path}: written"),
    "codeowners-unchanged": ("{path}: sudah sesuai", "{path}: already up to date"),
    "sign-pk-unsigned": (
        "peringatan: tag {tag} dibuat TANPA tanda tangan (--no-sign).",
        "warning: tag {tag} was created WITHOUT a signature (--no-sign).",
    ),
    "sign-pk-done": (
        "Tag {tag} dibuat. Kirim ke server: git push origin tag {tag}",
        "Tag {tag} created. Push it: git push origin tag {tag}",
    ),
}
