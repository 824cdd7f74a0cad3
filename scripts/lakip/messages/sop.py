"""SOP steps 1-4: opening a year, ownership, CODEOWNERS and the signed PK's targets."""

CATALOGUE: dict[str, tuple[str, str]] = {
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
}
