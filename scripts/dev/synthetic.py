"""Turn the sample agency into a synthetic one `factor` times its size, for the benchmark.

The sample in reports/ and sections/ is the template, so a factor-1 agency is the sample itself
(the same files, keys and figures) and every larger one has the same shape. A factor F agency has:

- F copies of every unit, each owning a copy of that unit's indicators and kegiatan (copy 1 keeps
  the sample's slugs and codes; copy k adds `-k`), so units, indicators, sasaran, tujuan and
  kegiatan all grow F times; the six Permendagri programmes are shared by the copies;
- 3 + log2(F) years of history (3, 5, 7 for F = 1, 4, 16), added before the sample's first year:
  a larger agency does not have a proportionally longer past, and growing the years linearly too
  would make the data grow as F^2, not F. The Renstra period is widened to cover every year;
- narrative that grows F times: each copy of a unit writes its own narasi.md, and the agency-wide
  chapters (reports/<year>/bab) repeat their sections F times.

Copies after the first, and the added years, draw their figures from a `random.Random(seed)`
near the sample's targets, so the output is the same for the same (factor, seed) and it always
validates with no findings, even with `--final`.
"""

from __future__ import annotations

import datetime
import math
import random
import re
import shutil
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import yaml

SAMPLE = Path(__file__).resolve().parents[2]
_COPIED = ("reports/profil.yml", "reports/logo.svg", "mkdocs.yml")
_CUMULATIVE_SHARES = (Decimal("0.22"), Decimal("0.48"), Decimal("0.74"), Decimal(1))


def generate(target: Path, factor: int, seed: int = 0, template: Path = SAMPLE) -> Path:
    """Write an agency repository `factor` times the sample into `target` (emptied first)."""
    if factor < 1:
        raise ValueError("factor must be at least 1")
    target = Path(target)
    if target.exists():
        shutil.rmtree(target)
    (target / "reports").mkdir(parents=True)
    for rel in _COPIED:
        if (template / rel).is_file():
            shutil.copyfile(template / rel, target / rel)
    _Agency(template, target, factor, random.Random(seed)).write()
    return target


def history_years(factor: int) -> int:
    """Years of data of a `factor` agency: the sample's 3, plus one per doubling of the size."""
    return 3 + int(math.log2(factor))


class _Agency:
    def __init__(self, template: Path, target: Path, factor: int, rng: random.Random) -> None:
        self.template = template
        self.target = target
        self.factor = factor
        self.rng = rng
        self.renstra = _read(template / "reports/renstra.yml")
        self.pks = {int(p.parent.name): _read(p) for p in sorted(template.glob("reports/*/pk.yml"))}
        self.first = min(self.pks)
        self.last = max(self.pks)
        self.added = list(range(self.first - history_years(factor) + 3, self.first))
        self.units = sorted(p.parent.name for p in template.glob("sections/*/unit.yml"))
        self.indicators = {
            ind["kode"]: ind
            for tujuan in self.renstra["tujuan"]
            for sasaran in tujuan["sasaran"]
            for ind in sasaran["indikator"]
        }

    def write(self) -> None:
        self.write_renstra()
        for year in [*self.added, *self.pks]:
            self.write_pk(year)
        self.write_chapters()
        for copy in range(1, self.factor + 1):
            for slug in self.units:
                self.write_unit(slug, copy)

    def write_renstra(self) -> None:
        renstra = dict(self.renstra)
        first = self.added[0] if self.added else self.first
        renstra["periode"] = {**renstra["periode"], "awal": first}
        renstra["tujuan"] = [
            self.renstra_item(tujuan, copy)
            for copy in range(1, self.factor + 1)
            for tujuan in self.renstra["tujuan"]
        ]
        _write(self.target / "reports/renstra.yml", renstra, "../scripts/lakip/schemas/renstra")

    def renstra_item(self, item: dict, copy: int) -> dict:
        """Rename one tujuan, sasaran or indicator, and give an indicator its added years."""
        item = {**item, "kode": _code(item["kode"], copy)}
        if "sasaran" in item:
            item["sasaran"] = [self.renstra_item(s, copy) for s in item["sasaran"]]
        if "indikator" in item:
            item["indikator"] = [self.renstra_item(i, copy) for i in item["indikator"]]
        if "target" in item:
            item["penanggung_jawab"] = _slug(item["penanggung_jawab"], copy)
            targets = {y: self.target_of(item, y) for y in self.added}
            item["target"] = {**targets, **item["target"]}
            if "baseline" in item and self.added:
                year = self.added[0] - 1
                item["baseline"] = {"tahun": year, "nilai": self.target_of(item, year)}
        return item

    def target_of(self, indicator: dict, year: int) -> Decimal | int | dict:
        """The Renstra target of a year before the sample's: the first two years' trend, back."""
        targets = indicator["target"]
        if year in targets:
            return targets[year]
        start, next_ = targets[self.first], targets[self.first + 1]
        if isinstance(start, dict) or isinstance(next_, dict):
            return start
        value = start - (next_ - start) * (self.first - year)
        if indicator["satuan"] == "%":
            value = min(value, 100)
        return _like(max(value, 0), start)

    def write_pk(self, year: int) -> None:
        source = self.pks.get(year) or self.pks[self.first]
        shrink = Decimal("0.95") ** max(self.first - year, 0)
        pk = dict(source)
        pk["tahun"] = year
        if year not in self.pks:
            pk["nomor"] = f"800/{year % 100:03d}/Kesbangpol/{year}"
            pk["tanggal"] = datetime.date(year, 1, 15)
        pk["indikator"] = [
            {"kode": _code(item["kode"], copy), "target": self.pk_target(item, year)}
            for copy in range(1, self.factor + 1)
            for item in source["indikator"]
        ]
        pk["program"] = [
            {
                **programme,
                "sasaran": [
                    _code(code, copy)
                    for copy in range(1, self.factor + 1)
                    for code in programme.get("sasaran", [])
                ],
                "kegiatan": [
                    {
                        **kegiatan,
                        "kode": _kegiatan_code(kegiatan["kode"], copy),
                        "pagu": _rupiah(kegiatan["pagu"] * shrink),
                        "pelaksana": _slug(kegiatan["pelaksana"], copy),
                    }
                    for copy in range(1, self.factor + 1)
                    for kegiatan in programme["kegiatan"]
                ],
            }
            for programme in source["program"]
        ]
        _write(self.target / f"reports/{year}/pk.yml", pk, "../../scripts/lakip/schemas/pk")

    def pk_target(self, item: dict, year: int) -> Decimal | int | dict:
        if year in self.pks:
            return item["target"]
        return self.target_of(self.indicators[item["kode"]], year)

    def write_chapters(self) -> None:
        for path in sorted(self.template.glob("reports/*/bab/*.md")):
            rel = path.relative_to(self.template)
            text = path.read_text(encoding="utf-8")
            head, *parts = re.split(r"(?m)^(?=## )", text)
            body = "".join(parts)
            extra = [_renumber_headings(body, copy) for copy in range(2, self.factor + 1)]
            out = self.target / rel
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(head + body + "".join(extra), encoding="utf-8")

    def write_unit(self, slug: str, copy: int) -> None:
        source = self.template / "sections" / slug
        folder = self.target / "sections" / _slug(slug, copy)
        folder.mkdir(parents=True)
        unit = _read(source / "unit.yml")
        if copy > 1:
            unit["nama"] = f"{unit['nama']} {_roman(copy)}"
            unit["urutan"] = unit.get("urutan", 0) + len(self.units) * (copy - 1)
            unit["kepala"] = {
                **unit["kepala"],
                "jabatan": f"{unit['kepala']['jabatan']} {_roman(copy)}",
                "nip": self.nip(unit["kepala"]["nip"]),
            }
            unit["anggota"] = [f"{member}-{copy}" for member in unit.get("anggota", [])]
        _write(folder / "unit.yml", unit, "../../scripts/lakip/schemas/unit")
        years = {int(p.name): p for p in source.iterdir() if p.is_dir() and p.name.isdigit()}
        for year in self.added:
            self.write_added_year(slug, copy, year, folder / str(year))
        for year, path in sorted(years.items()):
            self.write_sample_year(copy, path, folder / str(year))

    def write_sample_year(self, copy: int, source: Path, out: Path) -> None:
        out.mkdir()
        schema = "../../../scripts/lakip/schemas"
        realisasi = _read(source / "realisasi.yml")
        realisasi["indikator"] = [self.realisation(item, copy) for item in realisasi["indikator"]]
        _write(out / "realisasi.yml", realisasi, f"{schema}/realisasi")
        anggaran = _read(source / "anggaran.yml")
        pagu = {k["kode"]: k["pagu"] for p in self.pks[anggaran["tahun"]]["program"]
                for k in p["kegiatan"]}  # fmt: skip
        anggaran["kegiatan"] = [
            {
                **item,
                "kode": _kegiatan_code(item["kode"], copy),
                "realisasi": self.spent(item["realisasi"], pagu[item["kode"]], copy),
            }
            for item in anggaran["kegiatan"]
        ]
        _write(out / "anggaran.yml", anggaran, f"{schema}/anggaran")
        if (source / "narasi.md").is_file():
            text = (source / "narasi.md").read_text(encoding="utf-8")
            if copy > 1:
                text = re.sub(
                    r"(?m)^(##\s+)(\S+)", lambda m: m.group(1) + _code(m.group(2), copy), text
                )
            (out / "narasi.md").write_text(text, encoding="utf-8")

    def realisation(self, item: dict, copy: int) -> dict:
        """The sample's realisation for copy 1; within 3 % of it, quarters alike, for the others."""
        if copy == 1:
            return item
        capped = self.indicators[item["kode"]]["satuan"] == "%"
        item = {k: v for k, v in item.items() if k != "capaian"}  # the typed one would not match
        item["kode"] = _code(item["kode"], copy)
        scale = Decimal(self.rng.randint(970, 1030)) / 1000
        if "realisasi" in item:
            item["realisasi"] = _scaled(item["realisasi"], scale, capped)
        if "triwulan" in item:
            item["triwulan"] = {q: _scaled(v, scale, capped) for q, v in item["triwulan"].items()}
        return item

    def spent(self, value: int, pagu: int, copy: int) -> int:
        if copy == 1:
            return value
        return min(_rupiah(value * Decimal(self.rng.randint(970, 1030)) / 1000), pagu)

    def write_added_year(self, slug: str, copy: int, year: int, out: Path) -> None:
        out.mkdir()
        schema = "../../../scripts/lakip/schemas"
        items = []
        for code, indicator in self.indicators.items():
            if indicator["penanggung_jawab"] != slug:
                continue
            target = self.target_of(indicator, year)
            if isinstance(target, dict):
                target = (target["min"] + target["maks"]) / 2
            scale = Decimal(self.rng.randint(950, 1050)) / 1000
            value = _scaled(_like(target, target), scale, indicator["satuan"] == "%")
            item = {"kode": _code(code, copy), "realisasi": value}
            if indicator.get("sifat") == "kumulatif":
                item["triwulan"] = {
                    q: _like(value * share, value)
                    for q, share in zip(("I", "II", "III", "IV"), _CUMULATIVE_SHARES, strict=True)
                }
            item["sumber_data"] = f"{indicator.get('sumber_data', 'Data unit')} Tahun {year}"
            items.append(item)
        header = "../../../scripts/lakip/schemas"
        _write(out / "realisasi.yml", {"tahun": year, "indikator": items}, f"{header}/realisasi")
        shrink = Decimal("0.95") ** (self.first - year)
        spent = [
            {
                "kode": _kegiatan_code(kegiatan["kode"], copy),
                "realisasi": _rupiah(
                    kegiatan["pagu"] * shrink * Decimal(self.rng.randint(850, 990)) / 1000
                ),
            }
            for programme in self.pks[self.first]["program"]
            for kegiatan in programme["kegiatan"]
            if kegiatan["pelaksana"] == slug
        ]
        _write(out / "anggaran.yml", {"tahun": year, "kegiatan": spent}, f"{schema}/anggaran")

    def nip(self, original: str) -> str:
        """A plausible 18-digit NIP: the original's birth date and sex, another serial number."""
        return f"{original[:14]}{self.rng.randint(1, 9)}{self.rng.randint(1, 999):03d}"


def _code(code: str, copy: int) -> str:
    return code if copy == 1 else f"{code}-{copy}"


def _slug(slug: str, copy: int) -> str:
    return slug if copy == 1 else f"{slug}-{copy}"


def _kegiatan_code(code: str, copy: int) -> str:
    """Copies become sub kegiatan codes under the sample's kegiatan, as Permendagri 90 numbers."""
    return code if copy == 1 else f"{code}.{copy:04d}"


def _renumber_headings(body: str, copy: int) -> str:
    return re.sub(r"(?m)^(#{2,}\s+)(.*)$", lambda m: f"{m.group(1)}{m.group(2)} ({copy})", body)


def _roman(number: int) -> str:
    numerals = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = ""
    for value, letters in numerals:
        while number >= value:
            out += letters
            number -= value
    return out


def _like(value: Decimal | int, model: Decimal | int) -> Decimal | int:
    """`value` with as many decimals as `model`: the sample's precision, rounded half up."""
    if isinstance(model, int):
        return int(Decimal(value).quantize(Decimal(1), ROUND_HALF_UP))
    exponent = Decimal(1).scaleb(model.as_tuple().exponent)
    return Decimal(value).quantize(exponent, ROUND_HALF_UP)


def _scaled(value: Decimal | int, scale: Decimal, capped: bool) -> Decimal | int:
    result = value * scale
    if capped:
        result = min(result, Decimal(100))
    return _like(result, value)


def _rupiah(value: Decimal | int) -> int:
    """Budget figures rounded to a thousand rupiah, as DPA figures usually are."""
    return int((Decimal(value) / 1000).quantize(Decimal(1), ROUND_HALF_UP)) * 1000


class _DecimalLoader(yaml.SafeLoader):
    """Read floats as Decimal from their text, so `90.00` is written back as `90.00`."""


_DecimalLoader.add_constructor(
    "tag:yaml.org,2002:float", lambda loader, node: Decimal(loader.construct_scalar(node))
)


class _Dumper(yaml.CSafeDumper):
    """Write plain YAML as people do, without the anchors lakip refuses (libyaml's emitter)."""

    def ignore_aliases(self, data: object) -> bool:
        return True


def _represent_decimal(dumper: yaml.SafeDumper, value: Decimal) -> yaml.Node:
    text = format(value, "f")
    tag = "float" if "." in text else "int"
    return dumper.represent_scalar(f"tag:yaml.org,2002:{tag}", text)


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    """Quote codes such as "8.01.01" as the sample does, so no reader mistakes them for numbers."""
    style = '"' if value[:1].isdigit() or value in ("2T-R", "T/R") else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(Decimal, _represent_decimal)
_Dumper.add_representer(str, _represent_str)


def _read(path: Path) -> dict:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_DecimalLoader)  # noqa: S506


def _write(path: Path, data: dict, schema: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = yaml.dump(
        data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=1000, indent=2
    )
    header = f"# yaml-language-server: $schema={schema}.json\n"
    path.write_text(header + text, encoding="utf-8")


if __name__ == "__main__":
    generate(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) > 3 else 0)
