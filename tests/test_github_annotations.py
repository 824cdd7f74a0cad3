"""GitHub annotations put the pull request's own files first; the rest are counted in a notice.

GitHub turns only ten errors and ten warnings of a step into annotations on the pull request, so
a section opening a pull request must see its own mistakes there, not ten older ones elsewhere.
"""

from __future__ import annotations

from lakip.cli.main import main
from lakip.findings import ERROR, WARNING, finding, format_findings


def _lines(found, changed=None, lang="id") -> list[str]:
    return format_findings(found, "github", lang, changed).splitlines()


def test_changed_files_come_first_and_the_rest_is_counted():
    old = [finding("sections/a/2025/realisasi.yml", n, "", "unknown-key", key=f"k{n}")
           for n in range(1, 26)]  # fmt: skip
    mine = [finding("sections/b/2025/realisasi.yml", n, "", "unknown-key", key=f"k{n}")
            for n in (7, 3)]  # fmt: skip
    warned = [finding("sections/a/2025/narasi.md", 4, "", "unknown-key", WARNING, key="w")]
    lines = _lines(old + mine + warned, ["sections/b/2025/realisasi.yml"])
    annotations = [line for line in lines if line.startswith("::error")]
    assert len(annotations) == 10
    assert annotations[0].startswith("::error file=sections/b/2025/realisasi.yml,line=3,")
    assert annotations[1].startswith("::error file=sections/b/2025/realisasi.yml,line=7,")
    assert annotations[2].startswith("::error file=sections/a/2025/realisasi.yml,line=1,")
    assert sum(line.startswith("::warning file=sections/a/2025/narasi.md,") for line in lines) == 1
    plain = [line for line in lines if line.startswith("sections/a/2025/realisasi.yml:")]
    assert [line.split(":")[1] for line in plain] == [str(n) for n in range(9, 26)]  # 17 hidden
    assert lines[-1] == (
        "::notice title=lakip::17 kesalahan dan 0 peringatan lagi tidak menjadi anotasi (GitHub "
        "menampilkan paling banyak 10 kesalahan dan 10 peringatan per langkah); 0 di antaranya "
        "ada di berkas yang diubah pull request ini. Semuanya tercantum di log langkah ini; "
        "perbaiki yang di atas lalu push lagi."
    )
    assert len(lines) == 10 + 1 + 17 + 1


def test_a_changed_folder_counts_and_hidden_changed_findings_are_counted():
    mine = [finding("sections/b/2025/realisasi.yml", n, "", "unknown-key", key=f"k{n}")
            for n in range(1, 14)]  # fmt: skip
    lines = _lines(mine, ["sections/b"], lang="en")
    assert lines[-1].startswith("::notice title=lakip::3 more error(s) and 0 more warning(s)")
    assert "3 of them are in files this pull request changed" in lines[-1]


def test_few_findings_are_all_annotations_without_a_notice():
    found = [finding("x.yml", 1, "", "unknown-key", ERROR, key="k")]
    assert _lines(found) == [
        "::error file=x.yml,line=1,title=unknown-key::" + found[0].message("id")
    ]


def test_validate_in_a_pull_request_annotates_its_own_file_first(repo, capsys):
    """Twelve old errors in an early file on main; the pull request breaks one later file."""
    old = "sections/bidang-ideologi/2025/realisasi.yml"
    text = repo.read(old)
    repo.commit("Kunci lama", {old: text + "".join(f"lama{n}: 1\n" for n in range(12))})
    repo.git("switch", "-q", "-c", "data-politik")
    mine = "sections/bidang-politik/2025/realisasi.yml"
    broken = repo.read(mine).replace("realisasi: ", "realisasi: x", 1)
    repo.commit("Data politik", {mine: broken})
    root = str(repo.root)
    code = main(["validate", "--root", root, "--format", "github", "--base", "main"])
    out = capsys.readouterr().out.splitlines()
    assert code == 1
    assert out[0].startswith(f"::error file={mine},line=")
    assert all(line.startswith(f"::error file={old},") for line in out[1:10])
    assert [line for line in out if line.startswith(f"{old}:")] != []  # the rest, in the log
    assert out[-1].startswith("::notice title=lakip::3 kesalahan dan 0 peringatan lagi")
    # Without --base the order is the files' own: the old file's errors fill the ten.
    main(["validate", "--root", root, "--format", "github"])
    first = capsys.readouterr().out.splitlines()
    assert first[0].startswith(f"::error file={old},")
    assert not any(line.startswith(f"::error file={mine},") for line in first)
