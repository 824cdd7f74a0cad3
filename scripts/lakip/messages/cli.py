"""The command line itself: usage and environment errors (exit 2) and internal errors."""

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
}
