"""The command line itself: usage and environment errors (exit 2), internal errors, and the
lines every command prints: findings' summary, a build's stages, `lakip schema` and `serve`."""

CATALOGUE: dict[str, tuple[str, str]] = {
    "not-a-repository": (
        "{path} bukan repositori laporan lakip: berkas reports/profil.yml tidak ditemukan. "
        "Jalankan dari akar repositori atau pakai --root.",
        "{path} is not a lakip report repository: reports/profil.yml was not found. Run from "
        "the repository root or use --root.",
    ),
    "no-year": (
        "Belum ada tahun laporan di reports/ (folder reports/TTTT/pk.yml).",
        "No reporting year under reports/ yet (a reports/YYYY/pk.yml folder).",
    ),
    "year-not-found": (
        "Tahun {year} tidak ada di reports/. Tahun yang ada: {known}.",
        "Year {year} is not under reports/. Available years: {known}.",
    ),
    "path-outside": (
        "{path} berada di luar repositori {root}.",
        "{path} is outside the repository {root}.",
    ),
    "unknown-kind": (
        "Jenis berkas '{kind}' tidak dikenal. Yang ada: {known}.",
        "Unknown file kind '{kind}'. Known kinds: {known}.",
    ),
    "environment-error": (
        "Tidak dapat menulis atau membaca {path}: {reason}. Perbaiki lalu ulangi: kosongkan "
        "ruang disk, pilih folder yang dapat ditulis dengan --out, atau pindahkan berkas yang "
        "menghalangi.",
        "Cannot write or read {path}: {reason}. Fix it and run again: free disk space, choose a "
        "writable folder with --out, or move the file in the way.",
    ),
    "source-date-epoch-invalid": (
        "Variabel lingkungan SOURCE_DATE_EPOCH bernilai '{value}': harus bilangan bulat detik "
        "sejak 1970-01-01 dengan angka 0-9 saja, paling besar {maximum} (tahun 2106). Perbaiki "
        "atau hapus variabel itu (unset SOURCE_DATE_EPOCH).",
        "The environment variable SOURCE_DATE_EPOCH is '{value}': it must be a whole number of "
        "seconds since 1970-01-01 in the digits 0-9, at most {maximum} (the year 2106). Fix it "
        "or remove it (unset SOURCE_DATE_EPOCH).",
    ),
    "internal-error": (
        "Terjadi kesalahan internal: {error}. Jalankan ulang dengan --debug dan laporkan.",
        "Internal error: {error}. Run again with --debug and report it.",
    ),
    "libyaml-missing": (
        "lakip memerlukan PyYAML yang dibangun dengan libyaml (yaml.CSafeLoader tidak ada), agar "
        "temuan sama di setiap komputer. Pasang ulang dari wheel: pip install --force-reinstall "
        "--only-binary PyYAML PyYAML",
        "lakip needs PyYAML built with libyaml (yaml.CSafeLoader is missing), so that findings "
        "are the same on every machine. Reinstall it from a wheel: pip install "
        "--force-reinstall --only-binary PyYAML PyYAML",
    ),
    "git-missing": (
        "Perintah git tidak dapat dijalankan ({error}). Pasang git lalu ulangi.",
        "The git command cannot be run ({error}). Install git and try again.",
    ),
    "git-failed": (
        "Perintah '{command}' gagal. Pesan git (bahasa Inggris): {error}",
        "Command '{command}' failed. git said: {error}",
    ),
    "git-identity-missing": (
        "Git belum tahu siapa Anda ({missing} belum diatur), padahal perintah ini membuat commit "
        "atau tag atas nama Anda. Atur dulu lalu ulangi: git config --global user.name "
        '"Nama Lengkap" && git config --global user.email "nama@instansi.go.id".{state}',
        "Git does not know who you are ({missing} not set), and this command makes a commit or a "
        'tag in your name. Set it, then try again: git config --global user.name "Full Name" && '
        'git config --global user.email "name@agency.go.id".{state}',
    ),
    "git-sign-passphrase": (
        "Git tidak dapat membuka kunci penanda tangan: sandi (passphrase) salah. Ulangi dan ketik "
        "sandi kunci dengan benar. Pesan git: {error}",
        "Git could not unlock the signing key: wrong passphrase. Try again and type the key's "
        "passphrase correctly. git said: {error}",
    ),
    "git-sign-failed": (
        "Git gagal menandatangani ('{command}'). Periksa bahwa kunci di user.signingkey ada dan "
        "dapat dibuka (untuk SSH: berkasnya ada; untuk GPG: gpg-agent berjalan dan kuncinya ada "
        "di 'gpg --list-secret-keys'). Pesan git: {error}",
        "Git could not sign ('{command}'). Check that the key in user.signingkey exists and can "
        "be unlocked (SSH: the file exists; GPG: gpg-agent runs and the key is listed by "
        "'gpg --list-secret-keys'). git said: {error}",
    ),
    "git-unsafe-directory": (
        "Git menolak bekerja di {path} karena folder itu milik pengguna lain. Bila folder ini "
        "memang aman, jalankan: git config --global --add safe.directory {path}",
        "Git refuses to work in {path} because another user owns it. If the folder is safe, run: "
        "git config --global --add safe.directory {path}",
    ),
    "git-locked": (
        "Repositori sedang dikunci oleh proses git lain ('{command}' tidak dapat berjalan). Tutup "
        "aplikasi git lain (editor, GitHub Desktop) lalu ulangi; bila tidak ada yang berjalan, "
        "hapus berkas .git/index.lock. Pesan git: {error}",
        "The repository is locked by another git process ('{command}' cannot run). Close other "
        "git applications (editor, GitHub Desktop) and try again; if none is running, delete "
        ".git/index.lock. git said: {error}",
    ),
    "git-tag-exists": (
        "Tag itu sudah ada dan tidak akan ditimpa ('{command}'). Ambil tag terbaru ('git fetch "
        "--tags') lalu ulangi. Pesan git: {error}",
        "That tag already exists and is never overwritten ('{command}'). Fetch tags ('git fetch "
        "--tags') and try again. git said: {error}",
    ),
    "git-remote": (
        "Git tidak dapat menghubungi server repositori ('{command}'). Periksa sambungan internet "
        "dan hak akses Anda ke repositori (kunci SSH atau token), lalu ulangi. Pesan git: {error}",
        "Git cannot reach the repository's server ('{command}'). Check the internet connection "
        "and your access to the repository (SSH key or token), then try again. git said: {error}",
    ),
    "not-a-git-repository": (
        "{path} bukan repositori git. Jalankan di dalam salinan (clone) repositori laporan.",
        "{path} is not a git repository. Run this inside a clone of the report repository.",
    ),
    "tag-named-like-branch": (
        "Ditolak: ada tag bernama seperti cabang {branch} ({tags}). Git mendahulukan tag daripada "
        "cabang, sehingga tag itu bisa menggantikan cabang yang dilindungi. Hapus tag itu "
        "('git tag -d NAMA' dan 'git push origin :refs/tags/NAMA') lalu ulangi.",
        "Refused: a tag is named like the branch {branch} ({tags}). Git prefers a tag over a "
        "branch, so that tag could stand in for the protected branch. Delete it ('git tag -d "
        "NAME' and 'git push origin :refs/tags/NAME') and try again.",
    ),
    "rev-not-found": (
        "Revisi git '{rev}' tidak ditemukan. Periksa nama cabang atau commit (di CI: checkout "
        "dengan fetch-depth: 0).",
        "Git revision '{rev}' not found. Check the branch or commit name (in CI: check out with "
        "fetch-depth: 0).",
    ),
    # Findings as the command line prints them
    "severity-error": ("kesalahan", "error"),
    "severity-warning": ("peringatan", "warning"),
    "summary-none": ("Tidak ada temuan.", "No findings."),
    "summary-counts": (
        "{errors} kesalahan, {warnings} peringatan.",
        "{errors} error(s), {warnings} warning(s).",
    ),
    "github-more-findings": (
        "{errors} kesalahan dan {warnings} peringatan lagi tidak menjadi anotasi (GitHub "
        "menampilkan paling banyak {shown} kesalahan dan {shown} peringatan per langkah); "
        "{changed} di antaranya ada di berkas yang diubah pull request ini. Semuanya tercantum di "
        "log langkah ini; perbaiki yang di atas lalu push lagi.",
        "{errors} more error(s) and {warnings} more warning(s) are not annotations (GitHub shows "
        "at most {shown} errors and {shown} warnings per step); {changed} of them are in files "
        "this pull request changed. All are listed in this step's log; fix the ones above and "
        "push again.",
    ),
    # A build's stages, one progress line each (`lakip build`, `release`, `bundle`)
    "stage-validate": ("Memvalidasi data", "Validating data"),
    "stage-assemble": ("Menyusun laporan", "Assembling the report"),
    "stage-pdf": ("Membuat PDF", "Rendering the PDF"),
    "stage-site": ("Membuat situs", "Building the site"),
    "stage-publish": ("Memindahkan hasil ke tempatnya", "Moving outputs into place"),
    "stage-draft": (
        "Membuat draf tahun berjalan (PDF dan situs)",
        "Building the draft of the year in progress (PDF and site)",
    ),
    "stage-tag": ("Menandatangani tag rilis", "Signing the release tag"),
    # `lakip schema --write` and `--check`
    "schema-written": ("ditulis: {path}", "written: {path}"),
    "schema-stale": ("usang: {path}", "stale: {path}"),
    # `lakip serve`
    "serve-updated": ("situs diperbarui ({seconds} detik)", "site updated ({seconds} s)"),
    "serve-not-updated": (
        "situs tidak diperbarui: {summary} ({seconds} detik)",
        "site not updated: {summary} ({seconds} s)",
    ),
    "serve-listening": ("{url} (Ctrl+C untuk berhenti)", "{url} (Ctrl+C to stop)"),
}
