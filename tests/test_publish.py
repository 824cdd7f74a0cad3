"""`lakip publish`: the site the main workflow deploys keeps every signed year as it was released.

Two years are released with the head's real SSH key, the registers are merged after the
release, planning opens the next year: the site shows each year's signed PDF byte for byte with
its hash, keeps the earlier year, and puts the draft of the next year apart.
"""

from __future__ import annotations

import datetime
import hashlib
import re
import shlex
import shutil
from pathlib import Path

import pytest
import yaml

from lakip.cli.main import main
from lakip.pipeline import publish, release
from lakip.release import registers
from signing import HEAD, signers_line, ssh_key

MAIN_WORKFLOW = Path(__file__).parent.parent / ".github/workflows/main.yml"
PDF = "LKjIP-{year}-Badan-Kesatuan-Bangsa-dan-Politik.pdf"
UNITS = ("bidang-ideologi", "bidang-ketahanan", "bidang-kewaspadaan", "bidang-politik",
         "subbagian-perencanaan", "subbagian-umum")  # fmt: skip


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _copy_year(root, source: int, target: int, names=("narasi.md",)) -> dict[str, str]:
    """The files of `source` that `target` lacks, as a commit's files."""
    files = {}
    for unit in UNITS:
        for name in names:
            text = (root / f"sections/{unit}/{source}/{name}").read_text(encoding="utf-8")
            files[f"sections/{unit}/{target}/{name}"] = text.replace(
                f"tahun: {source}", f"tahun: {target}"
            )
    for chapter in (root / f"reports/{source}/bab").glob("*.md"):
        text = chapter.read_text(encoding="utf-8").replace(str(source), str(target))
        files[f"reports/{target}/bab/{chapter.name}"] = text
    return files


@pytest.fixture(scope="module")
def released(tmp_path_factory):
    """2024 and 2025 released and signed; registers merged after; 2026 opened by planning."""
    from gitfixtures import module_git_env, sample_repo

    tmp = tmp_path_factory.mktemp("publish")
    env = module_git_env(tmp)  # for the whole module: releases are slow
    repo = sample_repo(tmp / "repo")
    key = ssh_key(tmp, "head")
    repo.commit("Register the head's key", {".github/allowed_signers": signers_line(HEAD, key)})
    repo.git("config", "gpg.format", "ssh")
    repo.git("config", "user.signingkey", str(key))
    repo.commit("Finish 2024", _copy_year(repo.root, 2025, 2024))
    first = release(repo.root, 2024)
    assert first.ok, first.findings
    second = release(repo.root, 2025)
    assert second.ok, second.findings
    day = datetime.date(2026, 2, 20)
    registers.append(repo.root, 2025, "arsip", [
        {"tanggal": day, "lokasi": "Lemari arsip, rak 2", "rangkap": 3, "oleh": "Siti",
         "versi": "lakip-2025-v1"},
    ], commit=True)  # fmt: skip
    pk = (repo.root / "reports/2025/pk.yml").read_text(encoding="utf-8")
    opened = {"reports/2026/pk.yml": pk.replace("tahun: 2025", "tahun: 2026")}
    opened.update(_copy_year(repo.root, 2025, 2026, names=("realisasi.yml",)))
    repo.commit("Open 2026 and first realisations", opened)
    yield repo
    env.undo()


@pytest.fixture(scope="module")
def site(released):
    """The site as main.yml builds it: its own `lakip publish` line, run on the bundles that
    `gh release download` puts in build/bundles/<tag>/ (the release assets, copied here)."""
    workflow = yaml.safe_load(MAIN_WORKFLOW.read_text(encoding="utf-8"))
    [line] = [
        step["run"]
        for step in workflow["jobs"]["build"]["steps"]
        if step.get("run", "").startswith("lakip publish")
    ]
    for tag in ("lakip-2024-v1", "lakip-2025-v1"):
        shutil.copytree(
            released.root / "build/release" / tag, released.root / "build/bundles" / tag
        )
    args = [a.replace("build/", f"{released.root}/build/") for a in shlex.split(line)[1:]]
    assert main([*args, "--root", str(released.root)]) == 0
    return released.root / "build/published"


def test_every_signed_year_has_its_release_pdf_byte_for_byte(released, site):
    home = (site / "index.html").read_text(encoding="utf-8")
    for year in (2024, 2025):
        bundle = released.root / f"build/release/lakip-{year}-v1" / PDF.format(year=year)
        published = site / str(year) / "unduh" / PDF.format(year=year)
        assert published.read_bytes() == bundle.read_bytes()
        sha = _sha(bundle.read_bytes())
        tag = released.git("tag", "-l", "--format=%(contents)", f"lakip-{year}-v1")
        assert f"pdf_sha256: {sha}" in tag
        assert f"<code>lakip-{year}-v1</code>" in home and sha in home
        assert f'href="{year}/unduh/{PDF.format(year=year)}"' in home
    # the home page is the latest signed year's, with its own hash next to its PDF
    assert "Laporan Kinerja Instansi Pemerintah Tahun 2025" in _text(home)
    assert "Laporan resmi (PDF, lakip-2025-v1)" in _text(home)
    # the multi-year trend stays on the home page
    assert "Rata-rata Capaian Indikator Kinerja Utama Tahun 2023–2025" in _text(home)


def test_the_signed_years_carry_no_draft_marks_and_no_edit_links(site):
    for year in (2024, 2025):
        pages = list((site / str(year)).rglob("*.html"))
        assert any("/unit/" in str(page) for page in pages)
        for page in pages:
            text = page.read_text(encoding="utf-8")
            assert 'class="lakip-draft"' not in text, page
            assert "Sunting sumber" not in text and "/edit/main/" not in text, page
            # every page says which signed release it is, and its link reaches the PDF
            assert f"rilis bertanda tangan <code>lakip-{year}-v1</code>" in text, page
            [href] = re.findall(r'<p class="lakip-signed".*?href="([^"]+)"', text)
            assert (page.parent / href).resolve() == site / f"{year}/unduh" / PDF.format(year=year)


def test_the_menu_has_a_section_per_year_and_the_draft_is_apart(site):
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "Tahun 2025" in home and "Tahun 2024" in home
    assert home.index("Tahun 2025") < home.index("Tahun 2024")
    assert not (site / "2026").exists()
    assert 'href="draf/2026/index.html"' in home
    draft = (site / "draf/2026/index.html").read_text(encoding="utf-8")
    assert 'class="lakip-draft"' in draft and "Tahun 2026" in draft
    pdf = (site / "draf/2026/2026/unduh" / PDF.format(year=2026)).read_bytes()
    assert pdf.startswith(b"%PDF")
    # the draft lists only its own year: a signed year is never replaced by it
    assert "Tahun 2025" not in _text(draft.split("md-nav")[0])


def test_the_delivery_page_of_a_signed_year_reads_the_registers_merged_after(site):
    page = (site / "2025/penyampaian.html").read_text(encoding="utf-8")
    assert "Lemari arsip, rak 2" in page
    assert "Versi terakhir yang ditandatangani Kepala: lakip-2025-v1." in page
    assert 'class="lakip-draft"' not in page  # no DRAF beside the signed version


def test_a_missing_or_different_bundle_is_refused(released, tmp_path, capsys):
    bundles = tmp_path / "bundles"
    shutil.copytree(released.root / "build/release", bundles)
    shutil.rmtree(bundles / "lakip-2024-v1")
    out = tmp_path / "site"
    code = main(["publish", "--root", str(released.root), "--out", str(out),
                 "--bundles", str(bundles)])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 2 and not out.exists()
    assert "PDF rilis lakip-2024-v1 tidak ditemukan" in err
    assert "gh release download lakip-2024-v1" in err and "Traceback" not in err

    shutil.copytree(released.root / "build/release/lakip-2024-v1", bundles / "lakip-2024-v1")
    pdf = bundles / "lakip-2024-v1" / PDF.format(year=2024)
    pdf.write_bytes(pdf.read_bytes() + b"\n")
    code = main(["publish", "--root", str(released.root), "--out", str(out),
                 "--bundles", str(bundles), "--lang", "en"])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 2 and not out.exists()
    assert f"{pdf} is not the PDF of release lakip-2024-v1: its SHA-256 is" in err


def test_a_next_year_with_only_its_pk_and_an_unsigned_tag_change_no_signed_year(
    released, tmp_path, capsys
):
    """Planning's pk.yml for next year makes no draft and drops nothing; an unsigned newer tag
    of a signed year is not official, the signed one stays."""
    from gitfixtures import Repo

    clone = Repo(tmp_path / "clone")
    released.git("clone", "-q", str(released.root), str(clone.root))
    clone.git("fetch", "-q", "origin", "refs/tags/*:refs/tags/*")
    gone = {f"sections/{unit}/2026/realisasi.yml": None for unit in UNITS}
    gone.update(
        {f"reports/2026/bab/{p.name}": None for p in (clone.root / "reports/2026/bab").iterdir()}
    )
    clone.commit("Only the 2026 PK so far", gone)
    clone.git("tag", "-a", "-m", "unsigned", "lakip-2025-v2")
    out = tmp_path / "site"
    bundles = str(released.root / "build/release")
    code = main(["publish", "--root", str(clone.root), "--out", str(out), "--bundles", bundles,
                 "--lang", "en"])  # fmt: skip
    printed = capsys.readouterr()
    assert code == 0, printed.err
    assert printed.out == f"{out / 'index.html'}\n"
    assert "[1/5] Validating data ..." in printed.err and "Building the draft" not in printed.err
    done = f"Site published: {out} (signed years: lakip-2025-v1, lakip-2024-v1; draft: -)."
    assert done in printed.err
    note = (
        "Note: lakip-2025-v2 is not published as the official report, because its signature "
        "does not verify as the head's (check with: lakip verify lakip-2025-v2)."
    )
    assert note in printed.err
    home = (out / "index.html").read_text(encoding="utf-8")
    assert "lakip-2025-v2" not in home and "draf/" not in home and not (out / "draf").exists()
    pdf = out / "2025/unduh" / PDF.format(year=2025)
    bundle = released.root / "build/release/lakip-2025-v1" / PDF.format(year=2025)
    assert pdf.read_bytes() == bundle.read_bytes()
    # reproducible: the same repository publishes the same bytes
    again = publish(clone.root, tmp_path / "again", released.root / "build/release")
    assert again.ok and _files(again.site) == _files(out)


def test_a_signed_tag_naming_a_path_instead_of_a_pdf_is_refused(released, tmp_path, capsys):
    from gitfixtures import Repo

    clone = Repo(tmp_path / "clone")
    released.git("clone", "-q", str(released.root), str(clone.root))
    clone.git("fetch", "-q", "origin", "refs/tags/*:refs/tags/*")
    key = released.git("config", "user.signingkey").strip()
    message = "LKjIP 2025, versi 3\n\ntahun: 2025\npdf: ../../rahasia.pdf\npdf_sha256: 00\n"
    clone.git("-c", "gpg.format=ssh", "-c", f"user.signingkey={key}",
              "tag", "-s", "-m", message, "lakip-2025-v3")  # fmt: skip
    out = tmp_path / "site"
    code = main(["publish", "--root", str(clone.root), "--out", str(out),
                 "--bundles", str(released.root / "build/release")])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 2 and not out.exists() and "Traceback" not in err
    assert "Tag lakip-2025-v3 tidak menyebut nama berkas PDF dan SHA-256-nya" in err


def test_before_the_first_release_only_the_draft_is_published_and_said_so(repo, tmp_path):
    out = tmp_path / "site"
    result = publish(repo.root, out)
    assert result.ok and result.years == [] and result.draft_year == 2025
    home = (out / "index.html").read_text(encoding="utf-8")
    assert "Belum ada laporan yang ditandatangani" in home
    assert 'href="draf/2025/index.html"' in home
    assert 'class="lakip-draft"' in (out / "draf/2025/index.html").read_text(encoding="utf-8")
    assert [p.name for p in out.iterdir() if p.is_dir()] == ["draf"]


def _files(folder) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


@pytest.mark.browser
def test_the_years_and_the_draft_open_from_the_file_system_in_chromium(site, page):
    """From file:// (the archived soft copy), the home page leads to each signed year and to the
    draft, and the menu holds one section per year."""
    page.goto((site / "index.html").as_uri())
    assert page.locator(".lakip-draft").count() == 0
    sections = page.locator("nav.md-nav--primary > ul > li > label.md-nav__link")
    titles = [" ".join(t.split()) for t in sections.all_inner_texts()]
    assert [t for t in titles if t.startswith("Tahun")] == ["Tahun 2025", "Tahun 2024"]
    page.locator("article a", has_text="Tahun 2024").click()
    page.wait_for_url("**/2024/*.html")
    assert page.locator(".lakip-draft").count() == 0
    page.goto((site / "index.html").as_uri())
    page.locator("article a", has_text="lihat draf 2026").click()
    page.wait_for_url("**/draf/2026/index.html")
    assert page.locator(".lakip-draft").count() >= 1


def test_a_folder_lakip_did_not_write_is_not_replaced(released, tmp_path, capsys):
    out = tmp_path / "dokumen"
    out.mkdir()
    (out / "catatan.txt").write_text("jangan dihapus\n", encoding="utf-8")
    code = main(["publish", "--root", str(released.root), "--out", str(out)])
    assert code == 2 and "Traceback" not in capsys.readouterr().err
    assert [p.name for p in out.iterdir()] == ["catatan.txt"]
