"""The message catalogue: one module per stage, every code defined once, in both languages."""

from __future__ import annotations

import ast
import string
from collections import Counter
from pathlib import Path

import pytest

from lakip import messages
from lakip.assemble import exports as figures_export
from lakip.cli.common import PUBLISH_STAGES, STAGE_NAMES
from lakip.compute import figures as compute
from lakip.release import signkey
from lakip.sop import timeline


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_no_code_is_defined_in_two_modules():
    counts = Counter(code for module in messages.MODULES for code in module.CATALOGUE)
    twice = sorted(code for code, n in counts.items() if n > 1)
    assert not twice, f"defined in more than one catalogue module: {twice}"


def test_every_catalogue_module_is_listed():
    folder = Path(messages.__file__).parent
    names = {p.stem for p in folder.glob("*.py") if p.stem != "__init__"}
    assert names == {m.__name__.rsplit(".", 1)[1] for m in messages.MODULES}


# Words English readers of lakip's output use as they are (see docs/glossary.md).
SAME_IN_BOTH = {"figures-column-target", "figures-column-capaian", "figures-column-sasaran"}
SAME_IN_BOTH |= {"status-column-unit", "status-column-number"}
SAME_IN_BOTH |= {"metavar-folder", "metavar-port", "metavar-tag", "metavar-target"}


@pytest.mark.parametrize("code", messages.known_codes())
def test_both_languages_fill_the_same_fields(code):
    indonesian, english = messages._CATALOGUE[code]
    assert indonesian and english and (indonesian != english or code in SAME_IN_BOTH)
    assert _fields(indonesian) == _fields(english)
    for template in (indonesian, english):
        for _, name, spec, conversion in string.Formatter().parse(template):
            assert name is None or (name.isidentifier() and not spec and not conversion), template


def test_a_missing_parameter_shows_as_a_question_mark_never_the_template():
    text = messages.render_message("year-not-found", "en", {"year": 2031})
    assert text == "Year 2031 is not under reports/. Available years: ?."
    assert (
        messages.message("year-not-found", "id")
        == "Tahun ? tidak ada di reports/. Tahun yang ada: ?."
    )


def test_parameters_in_both_languages_and_escaped_braces():
    hint = messages.Both("ya", "yes")
    assert messages.message(
        "yaml-coerced", "en", text="t", became="b", expected="e", hint=hint
    ) == ("YAML reads 't' as b, not e. yes")
    pattern = messages.message("distribute-pattern", "en", pattern="x", error="y")
    assert "Use {nomor}, {singkatan} and {tahun}" in pattern


def test_an_unknown_code_prints_as_itself():
    assert messages.message("no-such-code", "en", x=1) == "no-such-code"


# Call sites: every code the source passes to a message maker, with the parameters it passes.
#
# A message maker is a function (or class) with a `code` parameter and `**params`, such as
# `finding`, `LakipError`, `messages.message`, `verify.check`. Those defined in the shared modules
# are used everywhere; any other is local to the module that defines it. A call whose code is not a
# literal (nor a name assigned literals in the same function) is listed here, with the codes and
# parameters a reader checked by hand; calls inside a maker itself pass their own code on.
SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"
SHARED = ("lakip/findings.py", "lakip/messages/__init__.py")
MODULES = ("findings", "messages")
DYNAMIC = {
    # form_rows' refusal of a form's unit or year, reported on the form
    "lakip/forms/intake/workbook_in.py:check_form": {
        "form-unknown-unit": {"unit", "known"},
        "year-not-found": {"year", "known"},
    },
    # an item's reason when something is missing: `verdict_of` names what (reviu/items.py)
    "lakip/reviu/items.py:verdict_of": {
        "reviu-why-causes-missing": {"names"},
        "reviu-why-delivered-missing": {"names"},
        "reviu-why-efficiency-missing": {"names"},
        "reviu-why-lock-missing": {"names"},
        "reviu-why-national-missing": {"names"},
        "reviu-why-pk-missing": {"names"},
        "reviu-why-previous-missing": {"names"},
        "reviu-why-recount-missing": {"names"},
        "reviu-why-renstra-missing": {"names"},
        "reviu-why-sources-missing": {"names"},
        "reviu-why-target-missing": {"names"},
    },
    # a finding located in the finance export: every template takes the row and the column
    "lakip/forms/finance/budget.py:_at": {
        "finance-duplicate-code": {"row", "column", "code", "first"},
        "finance-code-unknown": {"row", "column", "code"},
        "finance-pagu-differs": {"row", "column", "code", "export", "pk"},
        "finance-money-unreadable": {"row", "column", "text"},
        "finance-money-fraction": {"row", "column", "text", "read"},
    },
    # an edit the YAML editor refused, reported on the file it was for
    "lakip/forms/intake/importing.py:apply": {
        "yaml-edit-path": {"path"},
        "yaml-edit-syntax": {"error"},
        "yaml-edit-shape": {"path"},
        "yaml-edit-missing": {"path"},
        "yaml-edit-last-key": {"path"},
        "yaml-edit-value": {"value"},
        "yaml-edit-guard": {"path"},
    },
    # _require_clean(root, "release-dirty") and (root, "bundle-dirty"): both take {files}.
    "lakip/release/bundle.py:_require_clean": {
        "release-dirty": {"files"},
        "bundle-dirty": {"files"},
    },
    # What a Word narrative holds that the report cannot print (forms/word/read.REFUSED).
    "lakip/forms/word/to_markdown.py:refuse_all": {
        code: {"paragraph", "words"}
        for code in (
            "docx-tracked-change",
            "docx-comment",
            "docx-equation",
            "docx-text-box",
            "docx-embedded-object",
            "docx-footnote",
            "docx-hidden-text",
        )
    },
    # argparse's errors, recognised by pattern or refused by a type function (cli/parser.py).
    "lakip/cli/parser.py:_said": {
        "usage-required": {"options", "prog"},
        "usage-one-required": {"options"},
        "usage-expected-value": {"option", "metavar"},
        "usage-exclusive": {"option", "other"},
        "usage-no-value": {"option", "value"},
        "usage-ambiguous": {"option", "matches"},
    },
    "lakip/cli/parser.py:_get_value": {
        "usage-invalid-date": {"option", "value", "forms"},
        "usage-no-such-date": {"option", "value"},
    },
    # git's complaints with a known cause (gitrepo._GIT_ERRORS); each gets command, path, error.
    "lakip/gitrepo.py:git_error": {
        "git-sign-passphrase": {"error"},
        "git-sign-failed": {"command", "error"},
        "git-unsafe-directory": {"path"},
        "git-locked": {"command", "error"},
        "git-tag-exists": {"command", "error"},
        "git-remote": {"command", "error"},
        "not-a-git-repository": {"path"},
    },
    # Help and placeholders: every help=/metavar= of the parser is a code (cli/parser.py).
    "lakip/cli/parser.py:text": {
        code: set()
        for code in messages.known_codes()
        if code.startswith(("help-", "metavar-")) and not _fields(messages._CATALOGUE[code][0])
    },
    # Each command's description: command-<name>.
    "lakip/cli/main.py:add": {
        code: set() for code in messages.known_codes() if code.startswith("command-")
    },
    # One finding per removed construct, rebuilt from the original with the same `what`.
    "lakip/validate/markdown_hazards.py:_split": {"narrative-html-removed": {"what"}},
    # A build's progress lines, and the notes a release leaves (release.warnings).
    "lakip/cli/common.py:report": {
        code: set() for code in {*STAGE_NAMES.values(), *PUBLISH_STAGES.values()}
    },
    "lakip/cli/release.py:release_cmd": {signkey.SKIPPED: set(), "release-unsigned-tag": set()},
    # The compute stage's codes, worded by `lakip figures`.
    "lakip/assemble/exports.py:_reason": {c.reason: set() for c in compute.NOT_COMPUTABLE},
    "lakip/assemble/exports.py:_efficiency": {
        label: set() for label in (compute.EFFICIENT, compute.FAIRLY_EFFICIENT, compute.INEFFICIENT)
    },
    # A year's state holds codes; render_text words them.
    "lakip/sop/status.py:render_text": {
        **{code: set() for code in timeline.EVENTS},
        **{code: set() for code, _ in timeline.STEPS},
    },
    "lakip/sop/status.py:owed_items": {
        code: {"code"} for code in ("owed-realisation", "owed-narrative", "owed-budget")
    },
    "lakip/sop/status.py:_duration": {
        f"duration-{unit}": {"count"}
        for unit in ("day", "days", "hour", "hours", "minute", "minutes")
    },
    "lakip/assemble/exports.py:_headers": {
        code: set()
        for columns in (figures_export._INDICATOR_COLUMNS, figures_export._SASARAN_COLUMNS)
        + (figures_export._BUDGET_COLUMNS,)
        for code in columns
    },
}


def _makers(tree: ast.Module) -> dict[str, int]:
    """Name -> position of `code` for each function or class here that fills a message.

    The code is always passed by position (a `code=` keyword is a message parameter).
    """
    found = {}
    for node in ast.walk(tree):
        target = node
        if isinstance(node, ast.FunctionDef) and node.name == "__init__":
            continue  # named after its class, below
        if isinstance(node, ast.ClassDef):
            init = [n for n in node.body if isinstance(n, ast.FunctionDef) and n.name == "__init__"]
            if not init:
                continue
            target = init[0]
        if not isinstance(target, ast.FunctionDef) or target.args.kwarg is None:
            continue
        names = [a.arg for a in (*target.args.posonlyargs, *target.args.args)]
        names = [n for n in names if n != "self"]
        if "code" in names:
            found[node.name] = names.index("code")
    return found


def _parsed() -> dict[str, ast.Module]:
    return {
        path.relative_to(SCRIPTS).as_posix(): ast.parse(path.read_text(encoding="utf-8"))
        for path in sorted((SCRIPTS / "lakip").rglob("*.py"))
    }


def _functions(tree: ast.Module):
    """(function, calls in it) for every function, and (None, calls) for module level."""
    owned = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            calls = [c for c in ast.walk(node) if isinstance(c, ast.Call)]
            inner = {
                id(c)
                for n in ast.walk(node)
                if n is not node and isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)
                for c in ast.walk(n)
            }
            yield node, [c for c in calls if id(c) not in inner]
            owned.update(id(c) for c in calls)
    yield None, [c for c in ast.walk(tree) if isinstance(c, ast.Call) and id(c) not in owned]


def _codes(expr: ast.expr | None, function, tree: ast.Module) -> set[str]:
    """The codes an expression can be, when the source spells them out; empty when it does not.

    A literal; either branch of `a if c else b`; a name assigned such values in the same function
    or at module level; or a loop variable over a tuple of literals (`for code in _COLUMNS`).
    """
    if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
        return {expr.value}
    if isinstance(expr, ast.IfExp):
        body, orelse = _codes(expr.body, function, tree), _codes(expr.orelse, function, tree)
        return body | orelse if body and orelse else set()
    if not isinstance(expr, ast.Name):
        return set()
    found: set[str] = set()
    for node in ast.walk(function) if function else ():
        if isinstance(node, ast.Assign) and _names(node.targets, expr.id):
            values = _codes(node.value, function, tree)
        elif isinstance(node, ast.For | ast.comprehension) and _names([node.target], expr.id):
            values = _tuple(node.iter, tree)
        else:
            continue
        if not values:
            return set()
        found |= values
    if not found:  # a module-level constant: MORE_FINDINGS = "more-findings"
        for node in tree.body:
            if isinstance(node, ast.Assign) and _names(node.targets, expr.id):
                return _codes(node.value, None, tree)
    return found


def _names(targets: list[ast.expr], name: str) -> bool:
    return any(isinstance(t, ast.Name) and t.id == name for t in targets)


def _tuple(expr: ast.expr, tree: ast.Module) -> set[str]:
    """The literals of a tuple, written in place or as a module-level constant."""
    if isinstance(expr, ast.Name):
        assigned = [
            n.value for n in tree.body if isinstance(n, ast.Assign) and _names(n.targets, expr.id)
        ]
        expr = assigned[0] if assigned else expr
    if not isinstance(expr, ast.Tuple | ast.List):
        return set()
    values = {e.value for e in expr.elts if isinstance(e, ast.Constant)}
    return values if len(values) == len(expr.elts) else set()


def _call_sites() -> tuple[list[tuple[str, str, set[str] | None, bool]], list[str]]:
    """(where, code, parameters or None for **kwargs, shared) and the unresolved call sites.

    `shared` marks a call that serves several codes: it may pass a parameter one of them ignores.
    """
    trees = _parsed()
    everywhere = {name: i for rel in SHARED for name, i in _makers(trees[rel]).items()}
    sites, unresolved = [], []
    for rel, tree in trees.items():
        local = _makers(tree)
        makers = {**everywhere, **local} if rel not in SHARED else local
        for function, calls in _functions(tree):
            if function is not None and function.name in makers:
                continue  # a maker passes its own code on
            place = f"{rel}:{function.name if function else '<module>'}"
            for call in calls:
                name = _called(call.func, local)
                if name not in makers:
                    continue
                index = makers[name]
                code = call.args[index] if index < len(call.args) else None
                if any(isinstance(a, ast.Starred) for a in call.args[: index + 1]):
                    literal = [a for a in call.args if isinstance(a, ast.Constant)]
                    code = next((a for a in literal if a.value in messages._CATALOGUE), code)
                codes = _codes(code, function, tree)
                if not codes:
                    if place not in DYNAMIC:
                        unresolved.append(f"{place}:{call.lineno} {ast.unparse(call)[:80]}")
                    continue
                kwargs = any(k.arg is None for k in call.keywords)
                params = None if kwargs else {k.arg for k in call.keywords}
                shared = len(codes) > 1  # one call for several codes passes the union
                sites += [(f"{place}:{call.lineno}", c, params, shared) for c in sorted(codes)]
    for place, codes in DYNAMIC.items():
        sites += [(place, code, params, False) for code, params in codes.items()]
    return sites, unresolved


def _called(func: ast.expr, local: dict[str, int]) -> str | None:
    """The maker a call names, if any: `finding(...)`, `messages.message(...)`, `self.report(...)`.

    An attribute names a maker only for this module's methods or the shared modules' functions:
    `item.message(lang)` is some object's own method.
    """
    if isinstance(func, ast.Name):
        return func.id
    if not isinstance(func, ast.Attribute):
        return None
    shared = isinstance(func.value, ast.Name) and func.value.id in MODULES
    return func.attr if func.attr in local or shared else None


def _templates(code: str) -> list[str]:
    """The templates a code names; `outcome(passed, "x")` names `x-ok` and `x-fail`."""
    if code in messages._CATALOGUE:
        return list(messages._CATALOGUE[code])
    pair = [messages._CATALOGUE.get(f"{code}-{end}") for end in ("ok", "fail")]
    return [t for p in pair if p for t in p] if all(pair) else []


def test_every_message_call_names_a_code_and_its_parameters():
    sites, unresolved = _call_sites()
    assert len(sites) > 150, "the scan found too few call sites: is it still looking?"
    assert not unresolved, "codes that are not literals; check them and list them in DYNAMIC"
    problems = []
    for where, code, params, shared in sites:
        templates = _templates(code)
        if not templates:
            problems.append(f"{where}: unknown code {code!r}")
            continue
        wanted = set().union(*(_fields(t) for t in templates))
        if params is None:
            continue
        missing, extra = sorted(wanted - params), sorted(params - wanted)
        if missing or (extra and not shared):
            problems.append(f"{where}: {code} missing {missing} extra {extra}")
    assert not problems, "\n".join(problems)


def _commands() -> set[str]:
    import argparse

    from lakip.cli.main import _parser

    action = next(a for a in _parser()._actions if isinstance(a, argparse._SubParsersAction))
    return set(action.choices)


def test_every_code_is_used_somewhere():
    """A code no source file names is a message nobody can see; `outcome` names `x` for x-ok."""
    source = "\n".join(
        path.read_text(encoding="utf-8")
        for path in (SCRIPTS / "lakip").rglob("*.py")
        if path.parent != SCRIPTS / "lakip" / "messages"
    )
    commands = {f"command-{name}" for name in _commands()}  # main.py's add() names them
    unused = [
        code
        for code in messages.known_codes()
        if code not in commands
        and not any(
            f"{quote}{name}{quote}" in source
            for name in (code, code.removesuffix("-ok").removesuffix("-fail"))
            for quote in "\"'"
        )
    ]
    assert not unused, f"codes in the catalogue that no source file uses: {unused}"
