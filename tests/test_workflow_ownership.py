"""`lakip check-ownership` on real pull requests: branches in a real git repository, judged by the
metadata on the base branch."""

from __future__ import annotations

import json

import pytest

from gitfixtures import make_repo
from lakip.cli.main import main

PROFILE = """\
instansi:
  nama: Badan Contoh
  pemerintah: Kabupaten Contoh
  kota: Contoh
  alamat: Jl. Contoh No. 1
kepala:
  nama: Kepala Contoh
  akun: [kepala-contoh]
perencanaan: perencanaan
penerima:
  - kode: bappeda
    nama: Bappeda
"""


def _unit(name: str, *members: str) -> str:
    listed = "".join(f"  - {m}\n" for m in members)
    return f"nama: {name}\njenis: Bidang\nkepala:\n  nama: Kepala {name}\nanggota:\n{listed}"


FILES = {
    "reports/profil.yml": PROFILE,
    "reports/2025/pk.yml": "tahun: 2025\n",
    "sections/politik/unit.yml": _unit("Politik", "ikhsan", "nurul"),
    "sections/politik/2025/realisasi.yml": "tahun: 2025\n",
    "sections/ideologi/unit.yml": _unit("Ideologi", "euis"),
    "sections/ideologi/2025/realisasi.yml": "tahun: 2025\n",
    "sections/perencanaan/unit.yml": _unit("Perencanaan", "agus"),
    "scripts/tool.py": "print('x')\n",
}


@pytest.fixture
def repo(git_env, tmp_path):
    return make_repo(tmp_path / "repo", FILES)


def _check(repo, author: str, *extra: str, capsys) -> tuple[int, list[dict]]:
    code = main(
        [
            "check-ownership",
            "--root",
            str(repo.root),
            "--base",
            "main",
            "--author",
            author,
            "--format",
            "json",
            *extra,
        ]
    )
    out = capsys.readouterr().out
    return code, json.loads(out) if out.strip() else []


def _pull_request(repo, branch: str, files: dict, author: str) -> None:
    repo.switch(branch, create=True)
    repo.commit(f"Update from {author}", files, author=author)


def test_unit_branch_changing_only_its_folder_passes(repo, capsys):
    _pull_request(
        repo, "data-politik", {"sections/politik/2025/realisasi.yml": "tahun: 2025\n#x\n"}, "nurul"
    )
    assert _check(repo, "nurul", capsys=capsys) == (0, [])


def test_cross_unit_change_fails_and_names_the_file(repo, capsys):
    _pull_request(
        repo,
        "data-politik",
        {
            "sections/politik/2025/realisasi.yml": "tahun: 2025\n#ok\n",
            "sections/ideologi/2025/realisasi.yml": "tahun: 2025\n#not mine\n",
        },
        "nurul",
    )
    code, found = _check(repo, "nurul", capsys=capsys)
    assert code == 1
    assert [(f["path"], f["code"], f["severity"]) for f in found] == [
        ("sections/ideologi/2025/realisasi.yml", "ownership", "error")
    ]
    assert found[0]["message"] == (
        "Akun 'nurul' (anggota unit politik) tidak boleh mengubah berkas ini; pemiliknya unit "
        "ideologi. Batasi perubahan pada sections/politik/, atau minta pemiliknya mengubahnya."
    )


def test_text_and_github_formats(repo, capsys):
    _pull_request(repo, "x", {"scripts/tool.py": "print('y')\n"}, "euis")
    base = ["check-ownership", "--root", str(repo.root), "--base", "main", "--author", "euis"]
    assert main([*base, "--lang", "en"]) == 1
    captured = capsys.readouterr()
    assert captured.out.strip() == (
        "scripts/tool.py: error: Account 'euis' (a member of ideologi) may not change this file; "
        "it belongs to the head of the agency. Keep your changes to sections/ideologi/, or ask "
        "its owner to change it. [ownership]"
    )
    assert captured.err.strip() == "1 error(s), 0 warning(s)."
    assert main([*base, "--format", "github"]) == 1
    assert capsys.readouterr().out.startswith(
        "::error file=scripts/tool.py,title=ownership::Akun 'euis' (anggota unit ideologi)"
    )


def test_adding_oneself_to_another_unit_is_judged_by_base_metadata(repo, capsys):
    _pull_request(
        repo,
        "sneaky",
        {
            "sections/ideologi/unit.yml": _unit("Ideologi", "euis", "nurul"),
            "sections/ideologi/2025/realisasi.yml": "tahun: 2025\n#mine now?\n",
        },
        "nurul",
    )
    code, found = _check(repo, "nurul", capsys=capsys)
    assert code == 1
    assert [f["path"] for f in found] == [
        "sections/ideologi/2025/realisasi.yml",
        "sections/ideologi/unit.yml",
    ]
    assert "(anggota unit politik)" in found[0]["message"]


def test_head_is_exempt(repo, capsys):
    _pull_request(
        repo,
        "head-fix",
        {
            "scripts/tool.py": "print('fixed')\n",
            "sections/ideologi/2025/realisasi.yml": "tahun: 2025\n#fix\n",
            "reports/2025/pk.yml": "tahun: 2025\n#fix\n",
        },
        "kepala-contoh",
    )
    assert _check(repo, "Kepala-Contoh", capsys=capsys) == (0, [])  # handles ignore case


def test_planning_may_change_reports_but_not_other_units(repo, capsys):
    _pull_request(
        repo,
        "pk-2025",
        {
            "reports/2025/pk.yml": "tahun: 2025\n#pk\n",
            "sections/perencanaan/2025/realisasi.yml": "tahun: 2025\n",
            "sections/politik/2025/realisasi.yml": "tahun: 2025\n#no\n",
        },
        "agus",
    )
    code, found = _check(repo, "agus", capsys=capsys)
    assert code == 1
    assert [f["path"] for f in found] == ["sections/politik/2025/realisasi.yml"]


def test_the_message_names_what_the_author_may_change(repo, capsys):
    _pull_request(repo, "ci", {".github/CODEOWNERS": "* @agus\n"}, "agus")
    code, found = _check(repo, "agus", capsys=capsys)
    assert code == 1 and [f["path"] for f in found] == [".github/CODEOWNERS"]
    assert found[0]["message"].endswith(
        "pemiliknya kepala instansi. Batasi perubahan pada sections/perencanaan/ dan reports/, "
        "atau minta pemiliknya mengubahnya."
    )
    assert "sections/<unit>/" not in found[0]["message"]


def test_unknown_author_and_changes_on_main_since_branching(repo, capsys):
    repo.switch("outsider", create=True)
    repo.commit("Outsider edit", {"sections/politik/2025/narasi.md": "## IKU-01\n"}, "stranger")
    repo.switch("main")
    repo.commit("Meanwhile on main", {"scripts/tool.py": "print('main')\n"}, "kepala-contoh")
    code, found = _check(repo, "stranger", "--head", "outsider", capsys=capsys)
    assert code == 1
    # Only the pull request's own change counts, not what main did since the branch point;
    # the commit itself is by nobody listed (once, though it is author and committer).
    assert [(f["path"], f["code"]) for f in found] == [
        ("sections/politik/2025/narasi.md", "ownership"),
        ("sections/politik/2025/narasi.md", "ownership-unknown-account"),
    ]
    assert "dibuat dengan penulis 'stranger <stranger@example.invalid>'" in found[1]["message"]
    message = found[0]["message"]
    assert "(tidak terdaftar di unit mana pun)" in message
    assert "baru dapat mengubah berkas setelah terdaftar sebagai anggota unit" in message


def test_unknown_base_is_a_usage_error(repo, capsys):
    argv = ["check-ownership", "--root", str(repo.root), "--base", "origin/nope", "--author", "x"]
    assert main(argv) == 2
    assert "Revisi git 'origin/nope' tidak ditemukan" in capsys.readouterr().err


def test_every_commit_is_judged_not_only_the_opener(repo, capsys):
    # The review's case: a member of another unit pushes onto a planning member's branch.
    _pull_request(repo, "pk-2025", {"reports/2025/pk.yml": "tahun: 2025\n#pk\n"}, "agus")
    repo.commit("Ikut mengubah", {"reports/2025/pk.yml": "tahun: 2025\n#lower\n"}, author="nurul")
    code, found = _check(repo, "agus", capsys=capsys)
    assert code == 1
    assert [(f["path"], f["code"]) for f in found] == [("reports/2025/pk.yml", "ownership")]
    assert found[0]["message"].startswith("Akun 'nurul' (anggota unit politik)")


def test_the_committer_is_judged_too(repo, capsys):
    _pull_request(repo, "pk-2025", {"reports/2025/pk.yml": "tahun: 2025\n#pk\n"}, "agus")
    repo.write({"reports/2025/pk.yml": "tahun: 2025\n#changed on the way\n"})
    repo.git("commit", "-q", "-a", "--amend", "--no-edit", author="nurul")  # author stays agus
    log = repo.git("log", "-1", "--format=%an %cn").split()
    assert log == ["agus", "nurul"]
    code, found = _check(repo, "agus", capsys=capsys)
    assert code == 1 and [f["message"][:14] for f in found] == ["Akun 'nurul' ("]


def test_the_hosts_record_names_the_accounts(repo, tmp_path, capsys):
    # A real person's commit carries their own address, which only the host links to the account.
    repo.switch("data-politik", create=True)
    repo.write({"sections/politik/2025/realisasi.yml": "tahun: 2025\n#data\n"})
    repo.git("add", "-A")
    repo.git(
        "-c",
        "user.name=Nurul Aini",
        "-c",
        "user.email=nurul.aini@mail.example",
        "commit",
        "-q",
        "-m",
        "Data",
        author="Nurul Aini",
    )
    commit = repo.head()
    code, found = _check(repo, "nurul", capsys=capsys)
    assert code == 1 and {f["code"] for f in found} == {"ownership-unknown-account"}
    record = tmp_path / "commits.tsv"
    record.write_text(f"{commit}\tnurul\tweb-flow\n", encoding="utf-8")
    assert _check(repo, "nurul", "--commits", str(record), capsys=capsys) == (0, [])
    record.write_text(f"{commit}\teuis\tnurul\n", encoding="utf-8")
    code, found = _check(repo, "nurul", "--commits", str(record), capsys=capsys)
    assert code == 1 and found[0]["message"].startswith("Akun 'euis' (anggota unit ideologi)")
    record.write_text("not a record\n", encoding="utf-8")
    assert (
        main(
            [
                "check-ownership",
                "--root",
                str(repo.root),
                "--base",
                "main",
                "--author",
                "nurul",
                "--commits",
                str(record),
            ]
        )
        == 2
    )
    assert "Baris 1 daftar commit" in capsys.readouterr().err


@pytest.fixture
def office(git_env, tmp_path):
    """The same agency with a secretariat that keeps the registers (sekretariat: umum)."""
    files = {
        **FILES,
        "reports/profil.yml": PROFILE + "sekretariat: umum\n",
        "sections/umum/unit.yml": _unit("Umum", "rina"),
    }
    return make_repo(tmp_path / "office", files)


def test_the_secretariat_keeps_the_registers(office, capsys):
    registers = {
        "reports/2025/register/arsip.yml": "# arsip\n",
        "reports/2025/register/ekspedisi.yml": "# ekspedisi\n",
    }
    _pull_request(office, "register-2025", registers, "rina")
    assert _check(office, "rina", capsys=capsys) == (0, [])
    # ... and nothing else of reports/; planning no longer writes the registers.
    office.commit("PK too", {"reports/2025/pk.yml": "tahun: 2025\n#x\n"}, author="rina")
    code, found = _check(office, "rina", capsys=capsys)
    assert [(f["path"], f["message"][:12]) for f in found] == [
        ("reports/2025/pk.yml", "Akun 'rina' ")
    ]
    assert found[0]["message"].endswith(
        "Batasi perubahan pada sections/umum/ dan reports/<tahun>/register/, atau minta "
        "pemiliknya mengubahnya."
    )
    office.switch("main")
    _pull_request(office, "register-by-planning", registers, "agus")
    code, found = _check(office, "agus", capsys=capsys)
    assert code == 1 and len(found) == 2
    assert "pemiliknya unit umum (register) atau kepala" in found[0]["message"]
    assert (
        "sections/perencanaan/ dan reports/ (kecuali reports/<tahun>/register/)"
        in (found[0]["message"])
    )


def test_a_staff_change_with_its_regenerated_codeowners_passes(office, capsys):
    from lakip.sop.codeowners import codeowners

    office.commit("CODEOWNERS", {".github/CODEOWNERS": codeowners(office.root)})
    office.switch("pegawai-baru", create=True)
    office.write({"sections/politik/unit.yml": _unit("Politik", "ikhsan", "nurul", "pegawai-baru")})
    assert main(["codeowners", "--root", str(office.root)]) == 0
    office.commit("Tambah pegawai", author="nurul")
    capsys.readouterr()
    assert _check(office, "nurul", capsys=capsys) == (0, [])
    # A CODEOWNERS that is not exactly the generated one stays the head's.
    office.commit(
        "Hand edit",
        {".github/CODEOWNERS": office.read(".github/CODEOWNERS") + "/scripts/ @nurul\n"},
        author="nurul",
    )
    code, found = _check(office, "nurul", capsys=capsys)
    assert code == 1 and [f["path"] for f in found] == [".github/CODEOWNERS"]


def test_only_the_head_changes_the_roles_in_the_profile(repo, capsys):
    # Planning owns reports/, profil.yml included, but not the keys that decide who may do what.
    _pull_request(
        repo, "profil", {"reports/profil.yml": PROFILE.replace("Jl. Contoh", "Jl. Baru")}, "agus"
    )
    assert _check(repo, "agus", capsys=capsys) == (0, [])  # the address is planning's
    for changed in (
        PROFILE.replace("akun: [kepala-contoh]", "akun: [kepala-contoh, agus]"),
        PROFILE.replace("perencanaan: perencanaan", "perencanaan: politik"),
        PROFILE + "sekretariat: perencanaan\n",
        "instansi: [\n",  # unreadable: the roles cannot be shown to be unchanged
    ):
        repo.commit("Peran", {"reports/profil.yml": changed}, author="agus")
        code, found = _check(repo, "agus", capsys=capsys)
        assert code == 1 and [f["code"] for f in found] == ["ownership-roles"], changed
    assert found[0]["message"].startswith(
        "Akun 'agus' mengubah peran di reports/profil.yml (akun kepala, perencanaan atau "
        "sekretariat)."
    )
    assert _check(repo, "kepala-contoh", capsys=capsys)[0] == 1  # agus's commits are on it
    repo.switch("main")
    _pull_request(
        repo, "peran", {"reports/profil.yml": PROFILE + "sekretariat: politik\n"}, "kepala-contoh"
    )
    assert _check(repo, "kepala-contoh", capsys=capsys) == (0, [])
