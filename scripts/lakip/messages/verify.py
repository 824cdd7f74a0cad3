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
    "verify-rebuild-skipped": (
        "dilewati: pembangunan ulang tidak diperiksa (--no-rebuild)",
        "skipped: rebuild not checked (--no-rebuild)",
    ),
    "verify-verdict-partial": (
        "Semua pemeriksaan yang dijalankan lulus; {count} hal tidak diperiksa (tanda •).",
        "All checks that ran passed; {count} item(s) not checked (marked •).",
    ),
}
