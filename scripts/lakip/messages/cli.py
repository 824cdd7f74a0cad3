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
        "Perintah '{command}' gagal: {error}",
        "Command '{command}' failed: {error}",
    ),
    "not-a-git-repository": (
        "{path} bukan repositori git. Jalankan di dalam salinan (clone) repositori laporan.",
        "{path} is not a git repository. Run this inside a clone of the report repository.",
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
    # A build's stages, one progress line each (`lakip build`, `release`, `bundle`)
    "stage-validate": ("Memvalidasi data", "Validating data"),
    "stage-assemble": ("Menyusun laporan", "Assembling the report"),
    "stage-pdf": ("Membuat PDF", "Rendering the PDF"),
    "stage-site": ("Membuat situs", "Building the site"),
    "stage-publish": ("Memindahkan hasil ke tempatnya", "Moving outputs into place"),
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
