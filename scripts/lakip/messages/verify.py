"""`lakip verify`: one line per check on a release bundle or tag, and the verdict."""

CATALOGUE: dict[str, tuple[str, str]] = {
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
    "verify-tag-name": (
        "'{tag}' bukan nama tag rilis lakip (lakip-TTTT-vN) atau tag PK (pk-TTTT).",
        "'{tag}' is not a lakip release tag name (lakip-YYYY-vN) or PK tag (pk-YYYY).",
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
    "verify-rebuild-skipped": (
        "dilewati: pembangunan ulang tidak diperiksa (--no-rebuild)",
        "skipped: rebuild not checked (--no-rebuild)",
    ),
    "verify-verdict-partial": (
        "Semua pemeriksaan yang dijalankan lulus; {count} hal tidak diperiksa (tanda •).",
        "All checks that ran passed; {count} item(s) not checked (marked •).",
    ),
    "verify-verdict-unestablished": (
        "Tidak ada pemeriksaan yang gagal, tetapi KEASLIAN TIDAK DAPAT DIPASTIKAN: tidak ada yang "
        "membuktikan siapa yang membuat berkas ini. SHA256SUMS dan manifest.json tidak bertanda "
        "tangan; siapa pun yang mengubah berkas dapat menghitung ulang keduanya. Periksa di dalam "
        "clone repositori laporan (tag rilis bertanda tangan Kepala, 'git fetch --tags'), atau "
        "beri sertifikat akar penanda tangan PAdES dengan --trust (mis. akar BSrE).",
        "No check failed, but AUTHENTICITY CANNOT BE ESTABLISHED: nothing proves who made these "
        "files. SHA256SUMS and manifest.json are unsigned; anyone who changes a file can "
        "recompute both. Check inside a clone of the report repository (the release tag signed "
        "by the head, 'git fetch --tags'), or give the PAdES signer's root certificate with "
        "--trust (e.g. BSrE's root).",
    ),
    "verify-trust-unreadable": (
        "Sertifikat akar --trust {path} tidak dapat dibaca sebagai sertifikat X.509 (PEM atau "
        "DER): {error}",
        "The --trust root certificate {path} cannot be read as an X.509 certificate (PEM or "
        "DER): {error}",
    ),
    "verify-unreadable": (
        "{path} tidak dapat dibaca: {error}. Periksa izin berkasnya lalu ulangi.",
        "{path} cannot be read: {error}. Check the file's permissions and try again.",
    ),
    "verify-sums-unreadable": (
        "Berkas sidik --sums {path} tidak dapat dibaca: {error}.",
        "The --sums checksum file {path} cannot be read: {error}.",
    ),
    "verify-file-unknown": (
        "{name} bukan bagian dari paket rilis, yang hanya memuat PDF laporan, salinan "
        ".signed.pdf-nya, manifest.json dan SHA256SUMS: berkas lain tidak sah, meski tercantum "
        "di SHA256SUMS.",
        "{name} is not part of a release bundle, which holds only the report PDF, its "
        ".signed.pdf copy, manifest.json and SHA256SUMS: any other file is not genuine, even "
        "when SHA256SUMS lists it.",
    ),
    "verify-bundle-pdf-count": (
        "Paket rilis harus memuat tepat satu PDF laporan (selain salinan .signed.pdf); "
        "ditemukan: {names}.",
        "A release bundle holds exactly one report PDF (besides the .signed.pdf copy); "
        "found: {names}.",
    ),
    "verify-sums-line": (
        "SHA256SUMS baris {line} tidak berbentuk '<sha256>  <nama berkas>' dengan satu nama "
        "berkas di folder ini (tanpa folder, tanpa duplikat).",
        "SHA256SUMS line {line} is not '<sha256>  <file name>' naming one file of this folder "
        "(no folders, no duplicates).",
    ),
    "verify-manifest-names-other": (
        "manifest.json menyebut PDF '{named}', padahal PDF laporan di paket ini {name}. Nama "
        "berkas diambil dari paket, tidak pernah dari manifest.",
        "manifest.json names the PDF '{named}', but this bundle's report PDF is {name}. File "
        "names come from the bundle, never from the manifest.",
    ),
    "verify-manifest-embedded-ok": (
        "manifest.json sama dengan manifest yang tertanam di {name}.",
        "manifest.json agrees with the manifest embedded in {name}.",
    ),
    "verify-manifest-embedded-fail": (
        "manifest.json TIDAK sama dengan manifest yang tertanam di {name}.",
        "manifest.json does NOT agree with the manifest embedded in {name}.",
    ),
    "verify-no-clone": (
        "Manifest menyebut tag {tag}, tetapi pemeriksaan ini tidak berjalan di dalam clone "
        "repositori laporan, jadi tag itu tidak dapat diperiksa (jalankan di clone setelah "
        "'git fetch --tags', atau beri --root).",
        "The manifest names tag {tag}, but this check is not running inside a clone of the "
        "report repository, so the tag cannot be checked (run it in a clone after "
        "'git fetch --tags', or give --root).",
    ),
    "verify-tag-binds-ok": (
        "Tag bertanda tangan {tag} menyebut {name} dengan sidik SHA-256 yang sama: inilah PDF "
        "yang disahkan tag itu.",
        "The signed tag {tag} names {name} with the same SHA-256: this is the PDF that tag "
        "approves.",
    ),
    "verify-tag-binds-fail": (
        "Tag {tag} TIDAK menyebut PDF ini ({name}: nama atau sidik SHA-256 berbeda): PDF ini "
        "bukan yang disahkan.",
        "Tag {tag} does NOT name this PDF ({name}: different name or SHA-256): this is not the "
        "approved PDF.",
    ),
    "verify-stopped": (
        "Pemeriksaan berhenti: keaslian tidak terbukti, jadi tidak ada yang dibangun ulang dari "
        "yang diperiksa, dan tidak ada kodenya yang dijalankan.",
        "Checking stopped: authenticity is not proven, so nothing is rebuilt from what is being "
        "checked, and none of its code is run.",
    ),
    "verify-rebuild-version": (
        "Tag dibuat dengan lakip {tagged}; pembangunan ulang memakai lakip {own} yang terpasang "
        "(kode dari tag tidak pernah dijalankan), jadi perbedaan bait dapat berasal dari versi.",
        "The tag was made with lakip {tagged}; the rebuild uses the installed lakip {own} (code "
        "from the tag is never run), so differing bytes may come from the version.",
    ),
    "verify-pk-signer": (
        "Tag PK ditandatangani oleh {who} (kunci terdaftar; tag PK dibuat oleh perencanaan).",
        "The PK tag was signed by {who} (a registered key; planning makes the PK tag).",
    ),
    "verify-pk-file-ok": (
        "Commit tag {tag} memuat {path}.",
        "The commit of tag {tag} holds {path}.",
    ),
    "verify-pk-file-fail": (
        "Commit tag {tag} TIDAK memuat {path}: tag ini tidak menandai Perjanjian Kinerja.",
        "The commit of tag {tag} does NOT hold {path}: this tag marks no Perjanjian Kinerja.",
    ),
    "verify-pdf-sha": (
        "SHA-256 {name}: {sha}",
        "SHA-256 of {name}: {sha}",
    ),
    "verify-pdf-unreadable": (
        "{name} tidak dapat dibaca sebagai PDF.",
        "{name} cannot be read as a PDF.",
    ),
    "verify-pdf-no-manifest": (
        "{name} tidak memuat manifest.json: bukan PDF final dari 'lakip release' (draf atau "
        "berkas lain), jadi data sumbernya tidak dapat dicocokkan.",
        "{name} embeds no manifest.json: it is not a final PDF from 'lakip release' (a draft or "
        "another file), so its source data cannot be matched.",
    ),
    "verify-pdf-manifest": (
        "Manifest tertanam di {name} dibaca: tahun {year}, commit {commit}. Manifest itu hanya "
        "mengatakan dari data mana PDF ini dibuat; ia tidak membuktikan siapa pembuatnya.",
        "The manifest embedded in {name} was read: year {year}, commit {commit}. It only says "
        "which data this PDF was made from; it does not prove who made it.",
    ),
    "verify-pdf-data-ok": (
        "{count} berkas data tertanam sesuai sidik di manifest tertanam.",
        "{count} embedded data files match their hashes in the embedded manifest.",
    ),
    "verify-pdf-data-fail": (
        "Berkas data tertanam TIDAK sesuai manifest tertanam: {names}.",
        "Embedded data files do NOT match the embedded manifest: {names}.",
    ),
    "verify-pdf-unsigned": (
        "{name} tidak memuat tanda tangan PAdES.",
        "{name} holds no PAdES signature.",
    ),
    "verify-pdf-sums-ok": (
        "{name} sesuai sidik yang tercantum di {source}: berkas ini sama dengan yang diumumkan "
        "di sana, sejauh daftar itu sendiri dapat dipercaya (mis. diunduh dari situs resmi).",
        "{name} matches the checksum listed in {source}: this is the file published there, as "
        "far as that list itself can be trusted (e.g. downloaded from the official site).",
    ),
    "verify-pdf-sums-fail": (
        "{name} TIDAK sesuai sidik yang tercantum di {source}: berkas ini bukan yang diumumkan.",
        "{name} does NOT match the checksum listed in {source}: this is not the published file.",
    ),
    "verify-pdf-sums-absent": (
        "{name} tidak tercantum di {source}, dan tidak ada baris dengan sidik yang sama.",
        "{name} is not listed in {source}, and no line has the same checksum.",
    ),
    "verify-pdf-no-clone": (
        "Tidak berjalan di dalam clone repositori laporan: tag rilis bertanda tangan tidak dapat "
        "dicari (jalankan di clone setelah 'git fetch --tags', atau beri --root).",
        "Not running inside a clone of the report repository: the signed release tag cannot be "
        "looked up (run it in a clone after 'git fetch --tags', or give --root).",
    ),
    "verify-pdf-no-tag": (
        "Tidak ada tag rilis di repositori ini yang menyebut sidik SHA-256 {name}.",
        "No release tag of this repository names the SHA-256 of {name}.",
    ),
}
