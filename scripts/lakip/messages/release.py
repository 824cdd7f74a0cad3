"""SOP step 5: the signed release tag, its bundle and the PAdES signer."""

CATALOGUE: dict[str, tuple[str, str]] = {
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
    "pades-sign-failed": (
        "PDF tidak dapat ditandatangani secara elektronik (PAdES, {signer}): {error}. Periksa "
        "bahwa sertifikat penanda tangan masih berlaku dan cocok dengan kuncinya, atau bahwa "
        "layanan tanda tangan (BSrE) dapat dihubungi, lalu jalankan 'lakip release' lagi. Belum "
        "ada tag yang dibuat.",
        "The PDF could not be signed electronically (PAdES, {signer}): {error}. Check that the "
        "signing certificate is valid and matches its key, or that the signing service (BSrE) "
        "can be reached, then run 'lakip release' again. No tag was made.",
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
    "publish-bundle-missing": (
        "Situs tidak diterbitkan: PDF rilis {tag} tidak ditemukan ({path}). Situs resmi memuat "
        "PDF yang ditandatangani persis seperti di bundel rilis, bukan PDF yang dibuat ulang. "
        "Salin bundel 'lakip release' ke folder itu, atau unduh aset rilisnya ('gh release "
        "download {tag} --dir <folder>/{tag}') dan pakai --bundles <folder>.",
        "Site not published: the PDF of release {tag} was not found ({path}). The official "
        "site holds the signed PDF exactly as in the release bundle, never a rebuilt one. Copy "
        "the bundle of 'lakip release' there, or download the release assets ('gh release "
        "download {tag} --dir <folder>/{tag}') and use --bundles <folder>.",
    ),
    "publish-bundle-hash": (
        "Situs tidak diterbitkan: {path} bukan PDF rilis {tag}: SHA-256-nya {actual}, tag yang "
        "ditandatangani menyebut {expected}. Pakai bundel asli rilis itu (lakip verify).",
        "Site not published: {path} is not the PDF of release {tag}: its SHA-256 is {actual}, "
        "the signed tag names {expected}. Use the release's own bundle (lakip verify).",
    ),
    "publish-tag-facts": (
        "Tag {tag} tidak menyebut nama berkas PDF dan SHA-256-nya (baris 'pdf: <nama>.pdf' dan "
        "'pdf_sha256:'), jadi PDF resminya tidak dapat dipastikan. Buat rilis dengan 'lakip "
        "release'.",
        "Tag {tag} does not name its PDF file and SHA-256 ('pdf: <name>.pdf' and 'pdf_sha256:' "
        "lines), so its official PDF cannot be confirmed. Make releases with 'lakip release'.",
    ),
    "publish-nothing": (
        "Tidak ada yang diterbitkan dari {root}: belum ada rilis yang ditandatangani Kepala dan "
        "belum ada tahun yang sedang disusun (reports/<tahun>/pk.yml).",
        "Nothing to publish from {root}: no release signed by the head and no year in progress "
        "(reports/<year>/pk.yml).",
    ),
    "publish-unsigned-tag": (
        "Catatan: {tag} tidak diterbitkan sebagai laporan resmi, karena tanda tangannya tidak "
        "terverifikasi sebagai milik Kepala (periksa dengan: lakip verify {tag}).",
        "Note: {tag} is not published as the official report, because its signature does not "
        "verify as the head's (check with: lakip verify {tag}).",
    ),
    "publish-done": (
        "Situs diterbitkan: {site} (tahun resmi: {tags}; draf: {draft}).",
        "Site published: {site} (signed years: {tags}; draft: {draft}).",
    ),
    "bundle-done": (
        "Bundel {tag} ditulis: {bundle}. Periksa dengan: lakip verify {bundle}",
        "Bundle of {tag} written: {bundle}. Check it with: lakip verify {bundle}",
    ),
    "profile-unreadable": (
        "{path} tidak dapat dibaca: {problem} Perbaiki dulu (lakip validate).",
        "{path} cannot be read: {problem} Fix it first (lakip validate).",
    ),
    "tag-signature-failed": (
        "Tag {tag} dihapus lagi, karena tanda tangannya tidak akan lolos 'lakip verify': "
        "{reason}. Kata git: {git}. Tidak ada yang dirilis; perbaiki lalu ulangi.",
        "Tag {tag} was deleted again, since its signature would not pass 'lakip verify': "
        "{reason}. Git said: {git}. Nothing was released; fix it and try again.",
    ),
    "tag-reason-unsigned": (
        "tag itu tidak bertanda tangan. Git membuat tag tanpa tanda tangan bila penandatanganan "
        "gagal, misalnya frasa sandi kunci salah",
        "the tag is not signed. Git makes an unsigned tag when signing fails, for instance "
        "with a wrong passphrase for the key",
    ),
    "tag-reason-no-signers": (
        "daftar penanda tangan (.github/allowed_signers) tidak ada di cabang yang dilindungi",
        "the allowed-signers list (.github/allowed_signers) is missing from the protected branch",
    ),
    "tag-reason-invalid": (
        "tanda tangannya tidak sah, atau kuncinya tidak terdaftar di .github/allowed_signers "
        "cabang yang dilindungi",
        "the signature is not valid, or its key is not registered in the protected branch's "
        ".github/allowed_signers",
    ),
    "tag-reason-not-head": (
        "kuncinya terdaftar, tetapi bukan untuk akun Kepala (kepala.akun di reports/profil.yml)",
        "the key is registered, but not for the head's account (kepala.akun in reports/profil.yml)",
    ),
    "sign-key-not-listed": (
        "Ditolak: kunci penanda tangan tag ({key}) tidak terdaftar di {source}, jadi tag itu "
        "tidak akan diakui. Daftarkan kunci itu lewat pull request ke {branch} yang disetujui "
        "Kepala, dengan baris (akun Anda sebagai nama):\n  {line}\nlalu ulangi setelah digabung.",
        "Refused: the tag-signing key ({key}) is not registered in {source}, so the tag would "
        "not be recognised. Register it through a pull request into {branch} approved by the "
        "head, with the line (your account as the name):\n  {line}\nand retry once merged.",
    ),
    "release-behind-upstream": (
        "Rilis ditolak: cabang {branch} lokal tertinggal {count} commit dari {upstream}, jadi "
        "rilis ini akan melewatkan pekerjaan yang sudah digabung. Jalankan 'git pull' (di "
        "cabang {branch}), periksa hasilnya, lalu ulangi.",
        "Release refused: the local branch {branch} is {count} commit(s) behind {upstream}, so "
        "this release would miss merged work. Run 'git pull' (on {branch}), check the result, "
        "and try again.",
    ),
    "release-fetch-failed": (
        "Rilis ditolak: tidak dapat mengambil (fetch) {remote} untuk memastikan main lokal tidak "
        "tertinggal: {error}. Periksa jaringan dan akses ke server, lalu ulangi.",
        "Release refused: cannot fetch {remote} to make sure the local main is not behind: "
        "{error}. Check the network and access to the server, and try again.",
    ),
    "release-no-upstream": (
        "peringatan: cabang rilis tidak punya upstream (mis. origin/main), jadi tidak dapat "
        "dipastikan rilis ini memuat semua yang sudah digabung di server.",
        "warning: the release branch has no upstream (e.g. origin/main), so it cannot be "
        "confirmed that this release holds everything merged on the server.",
    ),
    "release-ahead-of-upstream": (
        "peringatan: cabang rilis lokal punya commit yang belum ada di server; tag ini baru "
        "lolos 'lakip verify' di server setelah commit itu masuk ke main di sana.",
        "warning: the local release branch has commits the server lacks; this tag passes "
        "'lakip verify' on the server only once those commits are on main there.",
    ),
}
