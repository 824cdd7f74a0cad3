"""Options named in messages exist: a message never sends a user to an option lakip lacks.

Every `--option` a template names (outside a git, gpg or pip command it quotes) must exist on
some `lakip` command; and when the message is raised on a path that only certain commands take
(found from the CLI handlers and the calls inside each library module), on those commands.
"""

from __future__ import annotations

import argparse
import ast
import re
from pathlib import Path

from lakip import messages
from lakip.cli.main import _parser, main
from test_messages import SCRIPTS, _call_sites

OPTION = re.compile(r"(?<![\w-])--[a-z][a-z-]*")
QUOTED = re.compile(r"'([^']*)'")
# An option of another program, written after it outside quotes: "pip install --only-binary".
FOREIGN_RUN = re.compile(r"\b(?:git|gpg|pip)(?:\s+[a-z][\w-]*)+(?:\s+--[a-z-]+)*\s+$")
GLOBAL = {"--root", "--lang", "--debug", "--help", "-h", "--version"}


def lakip_options(template: str) -> set[str]:
    """The lakip options a template names; git's, gpg's and pip's are left out."""
    found = set()
    for quoted in QUOTED.findall(template):
        words = quoted.split()
        if words and words[0] == "lakip":
            found |= set(OPTION.findall(quoted))
    unquoted = QUOTED.sub(" ", template)
    for match in OPTION.finditer(unquoted):
        if not FOREIGN_RUN.search(unquoted[: match.start()]):
            found.add(match.group())
    return found


def _commands() -> dict[str, set[str]]:
    parser = _parser("en")
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return {
        name: {o for a in sub._actions for o in a.option_strings} | GLOBAL
        for name, sub in action.choices.items()
    }


def _handlers() -> dict[str, tuple[str, set[tuple[str, str]]]]:
    """Handler name -> (command, the library functions (module, name) it calls)."""
    by_handler: dict[str, tuple[str, set[tuple[str, str]]]] = {}
    names: dict[str, str] = {}
    trees = [ast.parse(p.read_text(encoding="utf-8")) for p in (SCRIPTS / "lakip/cli").glob("*.py")]
    for tree in trees:
        for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
            if isinstance(call.func, ast.Name) and call.func.id == "add" and len(call.args) == 2:
                command, handler = call.args
                if isinstance(command, ast.Constant) and isinstance(handler, ast.Name):
                    names[handler.id] = command.value
    for tree in trees:
        for function in (n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)):
            if function.name not in names:
                continue
            imported = {
                alias.asname or alias.name: (node.module, alias.name)
                for node in ast.walk(function)
                if isinstance(node, ast.ImportFrom) and node.module
                for alias in node.names
            }
            called = {
                imported[c.func.id]
                for c in ast.walk(function)
                if isinstance(c, ast.Call)
                and isinstance(c.func, ast.Name)
                and c.func.id in imported
            }
            by_handler[function.name] = (names[function.name], called)
    return by_handler


def _reach(module: str, entry: str) -> set[str]:
    """The functions of `module` that `entry` calls, directly or through others of the module."""
    path = SCRIPTS / (module.replace(".", "/") + ".py")
    if not path.exists():
        return {entry}
    tree = ast.parse(path.read_text(encoding="utf-8"))
    defined = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)}
    seen, todo = set(), [entry]
    while todo:
        name = todo.pop()
        if name in seen or name not in defined:
            continue
        seen.add(name)
        todo += [
            c.func.id
            for c in ast.walk(defined[name])
            if isinstance(c, ast.Call) and isinstance(c.func, ast.Name)
        ]
    return seen


def _commands_of_codes() -> dict[str, set[str]]:
    """code -> the commands on whose path it is raised, as far as the source shows it."""
    places: dict[str, set[str]] = {}  # "rel:function" -> commands
    for handler, (command, calls) in _handlers().items():
        for rel in ("lakip/cli/main.py", "lakip/cli/sop.py", "lakip/cli/release.py"):
            places.setdefault(f"{rel}:{handler}", set()).add(command)
        for module, name in calls:
            rel = module.replace(".", "/") + ".py"
            for function in _reach(module, name):
                places.setdefault(f"{rel}:{function}", set()).add(command)
    sites, _ = _call_sites()
    found: dict[str, set[str]] = {}
    for where, code, _params, _shared in sites:
        place = where.rsplit(":", 1)[0] if where.count(":") == 2 else where
        if place in places:
            found.setdefault(code, set()).update(places[place])
    return found


def test_the_option_reader_tells_lakip_from_git_and_pip():
    assert lakip_options("Run 'git switch {branch}' and 'git pull', or use --branch.") == {
        "--branch"
    }
    assert lakip_options("Fetch tags ('git fetch --tags') first.") == set()
    assert lakip_options("Reinstall: pip install --force-reinstall --only-binary PyYAML") == set()
    assert lakip_options("Then run 'lakip archive 2025 --commit'.") == {"--commit"}


def test_every_option_named_in_a_message_exists_on_some_command():
    every = set().union(*_commands().values())
    missing = {
        code: sorted(options - every)
        for code, pair in messages._CATALOGUE.items()
        for options in [lakip_options(pair[0]) | lakip_options(pair[1])]
        if options - every
    }
    assert not missing, f"messages name options no command has: {missing}"


def test_a_message_names_only_options_of_the_commands_that_show_it():
    commands = _commands()
    used_by = _commands_of_codes()
    assert len(used_by) > 40, "the scan found too few codes: is it still looking?"
    assert {"archive", "receipt"} <= used_by["register-no-release"]
    wrong = []
    for code, names in sorted(used_by.items()):
        pair = messages._CATALOGUE.get(code)
        if pair is None:
            continue
        for option in sorted(lakip_options(pair[0]) | lakip_options(pair[1])):
            wrong += [f"{code}: lakip {n} has no {option}" for n in sorted(names)
                      if option not in commands[n]]  # fmt: skip
    assert not wrong, "\n".join(wrong)


def test_archive_without_a_release_does_not_suggest_draft(repo, capsys):
    root = str(repo.root)
    code = main(["archive", "2025", "--root", root, "--lokasi", "Rak 1", "--rangkap", "2",
                 "--oleh", "Siti"])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 2
    assert "--draft" not in err
    assert "Belum ada rilis" in err and "lakip release 2025" in err
    assert not Path(root, "reports/2025/register/arsip.yml").exists()
