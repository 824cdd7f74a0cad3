"""Turn a few answers into a fresh agency repository: profile, Renstra skeleton, units, CI.

`lakip init` is the step before the SOP's first: it writes what an agency needs before any
letter arrives, with no sample data in it, so that `lakip validate` and `lakip build` work at
once (an empty draft, marked as such) and the CI checks pass on the first push. Planning then
fills the Renstra and the PK; `docs/adopting.md` says in which order.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from lakip import __version__, layout
from lakip.findings import LakipError
from lakip.load.project import CHAPTERS
from lakip.model import REGIONAL_AGENCY, VERTICAL_OFFICE
from lakip.sop.codeowners import codeowners

INIT_TEMPLATES = Path(__file__).resolve().parent.parent / "templates" / "init"
# Files copied as they are: the CI workflows (which install lakip from requirements.txt) and the
# one list of system packages they install. They are this repository's own .github/ files and
# scripts/system-deps.sh, with `pip install -e ...` turned into `pip install -r requirements.txt`
# and pr.yml's test job dropped; tests/test_init.py fails when they drift apart.
_COPIED = {
    f"{layout.WORKFLOWS}/main.yml": "main.yml",
    f"{layout.WORKFLOWS}/pr.yml": "pr.yml",
    f"{layout.WORKFLOWS}/release.yml": "release.yml",
    layout.PULL_REQUEST_TEMPLATE: "pull-request.md",
    layout.DATA_REQUEST_TEMPLATE: "permintaan-data.md",
    layout.SYSTEM_DEPS: "system-deps.sh",
}
_CHAPTER_HINTS = {
    "kata-pengantar": "Kata pengantar kepala instansi.",
    "ikhtisar-eksekutif": "Ringkasan: tujuan dan sasaran, capaiannya, kendala dan langkah.",
    "pendahuluan": "Latar belakang, dasar hukum, tugas dan fungsi, organisasi, isu strategis.",
    "perencanaan-kinerja": "Pengantar Renstra dan PK; tabelnya disusun lakip dari data.",
    "akuntabilitas-kinerja": "Pengantar Bab III; capaian per sasaran disusun lakip dari data.",
    "penutup": "Simpulan dan rencana perbaikan.",
}


@dataclass
class Answers:
    """What `lakip init` asks: who the agency is, who heads it, its plan and its units."""

    agency: str
    government: str
    city: str
    address: str
    head: str
    head_account: str
    year: int
    period: tuple[int, int]
    units: list[tuple[str, str]]  # (slug, name); the planning unit among them
    planning: str = ""
    kind: str = REGIONAL_AGENCY
    parent: str = ""
    short: str = ""
    head_position: str = ""
    recipients: list[tuple[str, str]] = field(default_factory=list)


def init_repository(root: Path, answers: Answers) -> list[str]:
    """Write a new agency repository into `root` (empty or new); return the files written."""
    root = Path(root)
    if (root / layout.REPORTS).exists() or (root / layout.SECTIONS).exists():
        raise LakipError("init-exists", path=str(root))
    start, end = answers.period
    if not start <= answers.year <= end:
        raise LakipError("init-year-outside", year=answers.year, start=start, end=end)
    planning = answers.planning or answers.units[0][0]
    if planning not in {slug for slug, _ in answers.units}:
        raise LakipError("init-planning-unit", unit=planning)
    files = {
        layout.PROFILE: _profile(answers, planning),
        layout.RENSTRA: _renstra(answers),
        layout.pk(answers.year): _pk(answers.year),
        **{
            layout.chapter(answers.year, name): f"<!-- {_CHAPTER_HINTS[name]} -->\n"
            for name in CHAPTERS
        },
        **{layout.unit_file(slug): _unit(name) for slug, name in answers.units},
        layout.MKDOCS: _mkdocs(answers),
        layout.ALLOWED_SIGNERS: _SIGNERS,
        layout.REQUIREMENTS: f"lakip=={__version__}\n",
        layout.GITIGNORE: ".venv/\nbuild/\n__pycache__/\n",
    }
    present = [rel for rel in [*files, *_COPIED, layout.CODEOWNERS] if (root / rel).exists()]
    if present:
        raise LakipError("init-would-overwrite", path=present[0], count=len(present))
    for rel, text in files.items():
        _write(root / rel, text)
    for rel, name in _COPIED.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(INIT_TEMPLATES / name, root / rel)
    _write(root / layout.CODEOWNERS, codeowners(root))
    return sorted([*files, *_COPIED, layout.CODEOWNERS])


def _q(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def _profile(a: Answers, planning: str) -> str:
    recipients = a.recipients or _default_recipients(a)
    lines = [
        "# Profil instansi: kop, sampul, tanda tangan dan penerima laporan (docs/adopting.md).",
        "judul: Laporan Kinerja Instansi Pemerintah",
        "judul_singkat: LKjIP",
        "instansi:",
        f"  nama: {_q(a.agency)}",
        *([f"  singkatan: {_q(a.short)}"] if a.short else []),
        f"  jenis: {a.kind}",
        *([f"  induk: {_q(a.parent)}"] if a.parent else []),
        f"  pemerintah: {_q(a.government)}",
        f"  kota: {_q(a.city)}",
        f"  alamat: {_q(a.address)}",
        "kepala:",
        f"  nama: {_q(a.head)}",
        *([f"  jabatan: {_q(a.head_position)}"] if a.head_position else []),
        "  akun:",
        f"    - {a.head_account}",
        f"perencanaan: {planning}",
        "penerima:",
    ]
    for code, name in recipients:
        lines += [f"  - kode: {code}", f"    nama: {_q(name)}"]
    return "\n".join(lines) + "\n"


def _default_recipients(a: Answers) -> list[tuple[str, str]]:
    """Where a report usually goes: the regency's inspectorate, or a vertical office's parent."""
    if a.kind == VERTICAL_OFFICE:
        return [("instansi-induk", a.parent or f"Instansi induk {a.agency}")]
    return [("inspektorat", f"Inspektorat {a.government}")]


def _renstra(a: Answers) -> str:
    start, end = a.period
    return f"""\
# Renstra {start}-{end}: belum diisi. Isi visi, misi, lalu tujuan -> sasaran -> indikator, misalnya:
#
# tujuan:
#   - kode: T1
#     uraian: ...
#     sasaran:
#       - kode: S1
#         uraian: ...
#         indikator:
#           - kode: IKU-01
#             uraian: ...
#             satuan: "%"
#             polaritas: positif
#             target: {{{start}: 80, {start + 1}: 82}}
#             target_akhir: 90
#             penanggung_jawab: <slug unit>
periode:
  awal: {start}
  akhir: {end}
dokumen: ""
visi: ""
misi: []
tujuan: []
"""


def _pk(year: int) -> str:
    return f"""\
# Perjanjian Kinerja {year}: belum diisi. Setiap indikator Renstra dengan targetnya tahun ini, lalu
# program, kegiatan, pagu dan unit pelaksananya (lihat docs/data-format.md).
tahun: {year}
indikator: []
program: []
"""


def _unit(name: str) -> str:
    return f"""\
nama: {_q(name)}
jenis: Unit
kepala:
  nama: "(belum diisi)"
anggota: []
"""


def _mkdocs(a: Answers) -> str:
    return f"""\
# Tema situs laporan; lakip mengatur sendiri isi, navigasi dan pengamanannya (lihat README).
site_name: LKjIP
theme:
  name: material
  language: id
  font: false
  palette:
    scheme: default
    primary: indigo
    accent: indigo
  features:
    - navigation.sections
    - navigation.top
    - search.highlight
    - toc.follow
copyright: {_q(a.agency + " " + a.government if a.kind == REGIONAL_AGENCY else a.agency)}
"""


_SIGNERS = """\
# Kunci publik yang boleh menandatangani tag rilis (lakip-<tahun>-v<N>) dan tag PK (pk-<tahun>).
# Satu baris per kunci: "<email> namespaces=\\"git\\" ssh-ed25519 AAAA...". Lihat docs/signing.md.
"""


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
