"""`--out DIR` replaces only the site lakip wrote there: a user's own DIR/site is left alone."""

from __future__ import annotations

from pathlib import Path

from helpers import copy_sample, run_lakip
from lakip.render.site import SITE_MARKER, render_site
from test_render_site import synthetic_report


def _thesis(out: Path) -> Path:
    (out / "site").mkdir(parents=True)
    thesis = out / "site" / "my-thesis.docx"
    thesis.write_bytes(b"PK\x03\x04 bab 1 sampai 5")
    return thesis


def test_build_refuses_to_replace_a_folder_it_did_not_write(tmp_path):
    root = copy_sample(tmp_path / "repo")
    out = tmp_path / "dokumen"
    thesis = _thesis(out)
    code, stdout, stderr = run_lakip("build", "--root", root, "--out", out)
    assert code == 2, stderr
    assert f"{out / 'site'} sudah ada tetapi bukan situs yang ditulis lakip" in stderr
    assert SITE_MARKER in stderr and "--out" in stderr
    assert "internal" not in stderr and stdout == ""
    assert thesis.read_bytes() == b"PK\x03\x04 bab 1 sampai 5"
    assert sorted(p.name for p in out.iterdir()) == ["site"]  # no PDF, lock or staging
    code, _, stderr = run_lakip("build", "--root", root, "--out", out, "--lang", "en")
    assert code == 2 and "is not a site lakip wrote" in stderr


def test_a_link_named_site_is_not_followed_or_replaced(tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "index.html").write_text("milik orang lain", encoding="utf-8")
    (tmp_path / "site").symlink_to(elsewhere)
    code, _, stderr = _render(tmp_path / "site")
    assert code == "site-not-lakip"
    assert (tmp_path / "site").is_symlink()
    assert (elsewhere / "index.html").read_text(encoding="utf-8") == "milik orang lain"


def test_a_site_lakip_wrote_is_replaced_and_carries_the_marker(tmp_path):
    site = tmp_path / "site"
    assert render_site(synthetic_report(), tmp_path / "repo", site, None) == []
    assert (site / SITE_MARKER).is_file()
    (site / "stale.html").write_text("dari build lama", encoding="utf-8")
    assert render_site(synthetic_report(), tmp_path / "repo", site, None) == []
    assert not (site / "stale.html").exists() and (site / "index.html").is_file()


def test_an_empty_folder_may_be_used(tmp_path):
    (tmp_path / "site").mkdir()
    assert render_site(synthetic_report(), tmp_path / "repo", tmp_path / "site", None) == []


def _render(site: Path):
    from lakip.findings import LakipError

    try:
        render_site(synthetic_report(), site.parent / "repo", site, None)
    except LakipError as error:
        return error.code, error.params, error.message("en")
    return None, None, None
