"""Turn the profile into how the issuer names itself: letterhead, cover foot, signature position.

The report's cover, the cover letters, the receipt forms and the disposition sheet all print the
same lines under the same logo (Permendagri 1/2023 on naskah dinas: government and agency in
capitals, then address and contact); `templates/kop-surat.html` lays them out. Who reports
changes the lines: an agency of the regency sits under "PEMERINTAH KABUPATEN X" and is signed by
its Kepala; the regency itself is named once and signed by the Bupati/Wali Kota; a vertical or
independent office (KPU, BPS, a ministry's office) is never under "PEMERINTAH ...".
"""

from __future__ import annotations

import re
from pathlib import Path

from lakip.assemble.document import Letterhead
from lakip.load.logo import logo_svg
from lakip.model import REGIONAL_AGENCY, REGIONAL_GOVERNMENT, VERTICAL_OFFICE, Profile

_HEAD_OF_REGION = (("kabupaten ", "Bupati "), ("kota ", "Wali Kota "), ("provinsi ", "Gubernur "))


def letterhead(root: Path, profile: Profile) -> Letterhead:
    """The issuer's letterhead, its logo read from `root` through the logo sanitiser."""
    top, name = _kop_lines(profile)
    return Letterhead(
        government=top,
        agency=name,
        address=profile.address,
        contact=_contact(profile),
        logo_svg=logo_svg(root, profile.logo),
    )


def _kop_lines(profile: Profile) -> tuple[str, str]:
    """The letterhead's two name lines; either may be empty, and never the same line twice."""
    agency = profile.agency.strip().upper()
    if profile.kind == VERTICAL_OFFICE:
        return profile.parent.strip().upper(), agency
    government = _government(profile)
    if profile.kind == REGIONAL_GOVERNMENT or agency == government:
        return government, ""
    return government, agency


def region(profile: Profile) -> str:
    """`Kabupaten Purwakarta`, whether or not the profile says "Pemerintah Kabupaten ..."."""
    name = profile.government.strip()
    if name.lower().startswith("pemerintah "):
        name = name[len("pemerintah ") :].strip()
    return name


def _government(profile: Profile) -> str:
    """`PEMERINTAH KABUPATEN PURWAKARTA`, whether or not the profile already says "Pemerintah"."""
    return f"Pemerintah {region(profile)}".upper() if region(profile) else ""


def issuer_name(profile: Profile) -> str:
    """The issuer as a sentence names it: the agency with its regency, or the issuer alone."""
    if profile.kind == REGIONAL_AGENCY:
        return f"{profile.agency} {region(profile)}".strip()
    if profile.kind == REGIONAL_GOVERNMENT:
        return f"Pemerintah {region(profile)}" if region(profile) else profile.agency
    return profile.agency


def cover_foot(profile: Profile) -> tuple[str, ...]:
    """The issuer at the foot of the cover, in capitals: `BADAN ...` over `KABUPATEN PURWAKARTA`."""
    if profile.kind == REGIONAL_GOVERNMENT:
        lines = [_government(profile) or profile.agency]
    elif profile.kind == VERTICAL_OFFICE:
        lines = [profile.agency]
    else:
        lines = [profile.agency, region(profile)]
    return tuple(line.strip().upper() for line in lines if line.strip())


def head_position(profile: Profile) -> str:
    """The signer's position: as the profile gives it, else the usual title of the issuer's head."""
    if profile.head.position.strip():
        return profile.head.position.strip()
    if profile.kind == REGIONAL_GOVERNMENT:
        place = region(profile)
        for prefix, title in _HEAD_OF_REGION:
            if place.lower().startswith(prefix):
                return title + place[len(prefix) :]
        return f"Kepala Daerah {place}".strip()
    return f"Kepala {profile.agency}"


def position_lines(profile: Profile) -> tuple[str, ...]:
    """The position over the signature, in capitals: the office, then the regency it serves.

    A regional agency's head signs as `KEPALA BADAN ...` over `KABUPATEN PURWAKARTA`; a Bupati's
    title already names the regency, and a vertical office's head is not the regency's.
    """
    position = head_position(profile)
    place = region(profile)
    if profile.kind != REGIONAL_AGENCY:
        if place and position.lower().endswith(" " + place.lower()):
            head = position[: -len(place)].rstrip(" ,")
            if profile.kind == VERTICAL_OFFICE:
                return (head.upper(), place.upper())
        return (position.upper(),)
    return over_region(position, place)


def over_region(position: str, place: str) -> tuple[str, ...]:
    """A regional official's position on two lines, in capitals: the office over the regency
    (`INSPEKTUR DAERAH` over `KABUPATEN PURWAKARTA`), the regency named once."""
    if place and position.lower().endswith(place.lower()):
        position = position[: -len(place)].rstrip(" ,")
    return tuple(line for line in (position.upper(), place.upper()) if line)


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
