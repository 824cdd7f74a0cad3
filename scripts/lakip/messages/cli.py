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
