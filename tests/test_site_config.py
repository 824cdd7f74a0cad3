"""Every setting the `mkdocs.yml` allow-list documents is accepted and reaches the site; the
settings lakip refuses are refused wherever they sit."""

from __future__ import annotations

from pathlib import Path

from lakip.render.site import render_site
from lakip.validate.site_config import site_settings
from test_render_site import synthetic_report

EVERY_SETTING = """\
site_name: Situs Dinas
site_description: Laporan kinerja <resmi>
site_author: Sekretariat
copyright: Hak cipta 2026 Dinas
theme:
  name: material
  language: en
  direction: ltr
  font: false
  features:
    - navigation.top
    - toc.follow
  palette:
    - media: "(prefers-color-scheme: light)"
      scheme: default
      primary: deep purple
      accent: amber
      toggle:
        icon: material/brightness-7
        name: Switch to dark mode
    - media: "(prefers-color-scheme: dark)"
      scheme: slate
      toggle:
        icon: material/brightness-4
        name: Switch to light mode
  icon:
    logo: material/library
    admonition:
      note: octicons/tag-16
  custom_dir: tema
  favicon: gambar/ikon.png
extra:
  social:
    - icon: fontawesome/brands/github
      link: https://github.com/contoh/lakip
      name: Repositori kami
    - icon: material/email
      link: mailto:sekretariat@contoh.go.id
      name: Surel
extra_css:
  - gaya/dinas.css
"""
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000d4944415478da63f8cf00000301010018dd8db00000000049454e44ae426082"
)


def _repo(tmp_path: Path, config: str) -> Path:
    root = tmp_path / "repo"
    (root / "tema" / "gaya").mkdir(parents=True)
    (root / "tema" / "gambar").mkdir()
    (root / "tema" / "gaya" / "dinas.css").write_text(
        ".md-header { background: url(../gambar/ikon.png) }\n", encoding="utf-8"
    )
    (root / "tema" / "gambar" / "ikon.png").write_bytes(PNG)
    (root / "mkdocs.yml").write_text(config, encoding="utf-8")
    return root


def test_every_documented_setting_is_accepted_and_applied(tmp_path):
    root = _repo(tmp_path, EVERY_SETTING)
    settings, found = site_settings(root)
    assert found == []
    assert settings["theme"]["palette"][1]["scheme"] == "slate"
    assert settings["extra"]["social"][1]["link"] == "mailto:sekretariat@contoh.go.id"
    assert render_site(synthetic_report(), root, tmp_path / "site", None) == []
    html = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="en"' in html and 'data-md-color-primary="deep-purple"' in html
    assert 'href="https://github.com/contoh/lakip"' in html
    assert 'content="Laporan kinerja &lt;resmi&gt;"' in html
    assert "gaya/dinas.css" in html and (tmp_path / "site" / "gaya" / "dinas.css").is_file()


def test_refused_settings_are_found_at_any_depth(tmp_path):
    config = EVERY_SETTING.replace(
        "  custom_dir: tema\n", "  custom_dir: tema\n  static_templates:\n    - x.html\n"
    ).replace("      name: Surel\n", "      name: Surel\n      target: _self\n")
    root = _repo(tmp_path, config + "extra_javascript:\n  - https://cdn.contoh.invalid/x.js\n")
    _, found = site_settings(root)
    assert [(f.key, f.code) for f in found] == [
        ("theme.static_templates", "site-setting-refused"),
        ("extra.social[1].target", "site-setting-refused"),
        ("extra_javascript", "site-setting-refused"),
    ]
