"""The unit's Word narrative: the template lakip writes and the document staff send back."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import docx
import pytest

from lakip.findings import LakipError
from lakip.forms.narrative_template import (
    HINT_STYLE,
    PLACEHOLDER,
    identity_from_name,
    identity_from_properties,
    write_narrative_template,
)
from lakip.load.project import load_project
from lakip.validate.narrative_quality import TOPICS

WHEN = datetime(2026, 1, 15, 8, 30, tzinfo=UTC)
UNIT = "bidang-ideologi"


def _template(root: Path, unit: str = UNIT, name: str = "narasi.docx") -> Path:
    project, _ = load_project(root)
    path = root / "out" / name
    write_narrative_template(project, 2025, unit, path, WHEN)
    return path


def _outline(path: Path) -> list[tuple[str, str]]:
    return [(p.style.name, p.text) for p in docx.Document(str(path)).paragraphs]


def test_template_is_reproducible(sample_copy):
    first = _template(sample_copy).read_bytes()
    second = _template(sample_copy, name="again.docx").read_bytes()
    assert first == second
    later = sample_copy / "later.docx"
    project, _ = load_project(sample_copy)
    write_narrative_template(project, 2025, UNIT, later, datetime(2026, 2, 1, tzinfo=UTC))
    assert later.read_bytes() != first  # the date is in it: it is not a constant file


def test_template_carries_the_written_narrative(sample_copy):
    outline = _outline(_template(sample_copy))
    assert outline[0] == ("Title", "Narasi capaian kinerja 2025: Bidang Ideologi dan Wawasan "
                          "Kebangsaan")  # fmt: skip
    assert outline[1][0] == HINT_STYLE
    headings2 = [text for style, text in outline if style == "Heading 2"]
    assert [h.split()[0] for h in headings2] == ["IKU-01", "IKU-02"]
    # The sample's own subheadings, in its order, four per indicator.
    headings3 = [text for style, text in outline if style == "Heading 3"]
    assert headings3[:4] == ["Penyebab keberhasilan", "Upaya yang dilakukan", "Kendala",
                             "Tindak lanjut"]  # fmt: skip
    assert len(headings3) == 8
    bullets = [text for style, text in outline if style == "List Bullet"]
    assert bullets[0].startswith("Pembinaan ideologi Pancasila menjangkau seluruh 17 kecamatan")
    # Nothing was left empty in the sample, so no placeholder was needed.
    assert not [text for style, text in outline if text == PLACEHOLDER]


def test_template_of_an_empty_narrative_has_four_hinted_topics(sample_copy):
    (sample_copy / "sections" / UNIT / "2025" / "narasi.md").unlink()
    outline = _outline(_template(sample_copy))
    first = outline.index(next(item for item in outline if item[0] == "Heading 2"))
    assert outline[first + 1 : first + 9] == [
        item for topic in TOPICS for item in (("Heading 3", topic.title), (HINT_STYLE, PLACEHOLDER))
    ]


def test_template_names_its_unit_and_year(sample_copy):
    path = _template(sample_copy)
    assert identity_from_properties(docx.Document(str(path))) == (UNIT, 2025)
    assert identity_from_name("narasi-2025-bidang-ideologi (2).docx") == (UNIT, 2025)
    assert identity_from_name("narasi bidang ideologi.docx") is None


def test_template_for_a_unit_without_indicators_is_refused(sample_copy):
    with pytest.raises(LakipError) as refused:
        _template(sample_copy, unit="tidak-ada")
    assert refused.value.code == "narrative-no-indicators"
