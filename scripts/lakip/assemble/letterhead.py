"""Turn the profile into the letterhead (kop surat) every printed document of the agency carries.

The report's cover, the cover letters, the receipt forms and the disposition sheet all print the
same lines under the same logo (Permendagri 1/2023 on naskah dinas: government and agency in
capitals, then address and contact); `templates/kop-surat.html` lays them out.
"""

from __future__ import annotations

import re
from pathlib import Path

from lakip.assemble.document import Letterhead
from lakip.load.logo import logo_svg
from lakip.model import Profile


def letterhead(root: Path, profile: Profile) -> Letterhead:
    """The agency's letterhead, its logo read from `root` through the logo sanitiser."""
    return Letterhead(
        government=_government(profile),
        agency=profile.agency.strip().upper(),
        address=profile.address,
        contact=_contact(profile),
        logo_svg=logo_svg(root, profile.logo),
    )


def _government(profile: Profile) -> str:
    """`PEMERINTAH KABUPATEN PURWAKARTA`, whether or not the profile already says "Pemerintah"."""
    name = profile.government.strip()
    if not name.lower().startswith("pemerintah"):
        name = f"Pemerintah {name}"
    return name.upper()


def _contact(profile: Profile) -> str:
    """`Telepon (0264) 8223456 · Pos-el x@y.go.id · Laman y.go.id`, leaving out what is missing."""
    parts = [
        f"Telepon {profile.phone}" if profile.phone else "",
        f"Pos-el {profile.email}" if profile.email else "",
        f"Laman {_bare(profile.website)}" if profile.website else "",
    ]
    return " · ".join(p for p in parts if p)


def _bare(url: str) -> str:
    """`https://x.go.id/` -> `x.go.id`, as letterheads print a website."""
    return re.sub(r"^https?://", "", url).rstrip("/")
