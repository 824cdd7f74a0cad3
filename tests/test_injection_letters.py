"""Markup typed into the profile and the units' data prints as text on the letters too: the
cover letters, the receipts and the disposition sheet, read back from their PDFs."""

from __future__ import annotations

import datetime
import io
import re

import pytest
import yaml
from pypdf import PdfReader

from lakip.cli.main import main
from lakip.load import spec as specs
from lakip.release.distribute import distribute
from test_injection_browser import PAYLOAD, _inject

pytestmark = pytest.mark.slow


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _text(path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return "".join(page.extract_text() for page in reader.pages)


@pytest.fixture
def repo(repo, monkeypatch):
    files = {}
    for rel, kind in (("reports/profil.yml", "profil"), ("reports/renstra.yml", "renstra")):
        data = yaml.safe_load(repo.read(rel))
        injected = _inject(data, specs.FILE_KINDS[kind].spec)
        files[rel] = yaml.safe_dump(injected, allow_unicode=True, sort_keys=False)
    for unit in sorted((repo.root / "sections").glob("*/unit.yml")):
        rel = unit.relative_to(repo.root).as_posix()
        injected = _inject(yaml.safe_load(repo.read(rel)), specs.UNIT.spec)
        files[rel] = yaml.safe_dump(injected, allow_unicode=True, sort_keys=False)
    pk = repo.read("reports/2025/pk.yml").replace("tahun: 2025", "tahun: 2026")
    files["reports/2026/pk.yml"] = pk
    repo.commit("Markup in every text field", files)
    # `lakip new` refuses a letter dated after "today", the day the commit would carry
    monkeypatch.setenv("GIT_COMMITTER_DATE", "2027-01-06T10:00:00+07:00")
    return repo


def test_letters_and_receipts_print_the_markup_as_text(repo, tmp_path):
    day = datetime.date(2026, 2, 23)
    result = distribute(repo.root, 2025, date=day, draft=True, out=tmp_path / "surat")
    assert result.dispatches
    for dispatch in result.dispatches:
        cover, receipt = _text(dispatch.cover), _text(dispatch.receipt)
        # the recipient's name, the agency in the letterhead, the head who signs
        assert _flat(cover).count(_flat(PAYLOAD)) >= 3, cover
        assert _flat(PAYLOAD) in _flat(receipt)


def test_the_disposition_sheet_prints_the_markup_as_text(repo, capsys):
    args = ["new", "2026", "--surat-nomor", "005/1/2027", "--surat-tanggal", "2027-01-06"]
    assert main([*args, "--root", str(repo.root), "--pengirim", PAYLOAD]) == 0
    sheet = _text(repo.root / "build/disposisi-2026.pdf")
    # the sender, the letterhead and every unit the letter is disposed to
    assert _flat(sheet).count(_flat(PAYLOAD)) >= 6, sheet
