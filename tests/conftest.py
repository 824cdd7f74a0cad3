"""Fixtures every test module may use, the Hypothesis profiles, and the `assert_no_logs` check.

Plain helpers (the sample, the in-process CLI, log capture) are in helpers.py, git repositories in
gitfixtures.py, signing keys in signing.py.

Hypothesis runs under the profile that HYPOTHESIS_PROFILE names:

- `dev` (the default): new random examples on every run, so a run can find a new failure;
- `ci` (`.ci/run` selects it): derandomized, the same examples on every run of the same code, so
  a fresh clone never fails by chance.

Neither has a deadline: on a busy machine a slow example is not a failure.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from hypothesis import HealthCheck, settings

from gitfixtures import Repo, sample_repo
from helpers import capture_logs, copy_sample

pytest_plugins = ["pytester"]  # test_fixtures.py runs a small suite against these fixtures

settings.register_profile("dev", deadline=None, print_blob=True)
settings.register_profile(
    "ci",
    derandomize=True,
    deadline=None,
    print_blob=True,
    database=None,  # nothing replayed from, or written to, .hypothesis/
    suppress_health_check=[HealthCheck.too_slow],  # timed, so it could fail by chance
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


@pytest.fixture
def git_env(monkeypatch, tmp_path_factory) -> None:
    """An environment where only the test's own repository configuration counts.

    Keeps the developer's git configuration (a global `commit.gpgsign`, hooks, a GIT_DIR set by
    an outer hook) and language out of the tests.
    """
    for key in list(os.environ):
        if key.startswith("GIT_"):
            monkeypatch.delenv(key)
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(home / ".gitconfig"))
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    monkeypatch.delenv("LAKIP_LANG", raising=False)


@pytest.fixture
def repo(tmp_path, git_env) -> Repo:
    """A git repository on `main` whose first commit is the sample data.

    A module that needs more (keys, a tag, another year) overrides it as `def repo(repo): ...`.
    """
    return sample_repo(tmp_path / "repo")


@pytest.fixture
def sample_copy(tmp_path) -> Path:
    """A copy of the sample data (reports/ and sections/), not a git repository."""
    return copy_sample(tmp_path / "sample")


@pytest.fixture
def gnupg(monkeypatch):
    """A throwaway GnuPG home with one signing key; its agent is stopped afterwards."""
    home = Path(tempfile.mkdtemp(prefix="lakip-gpg-", dir="/tmp"))  # short: socket path limit
    monkeypatch.setenv("GNUPGHOME", str(home))
    gpg = ["gpg", "--batch", "--quiet", "--pinentry-mode", "loopback", "--passphrase", ""]
    subprocess.run(
        [*gpg, "--quick-gen-key", "Kepala <kepala@example.invalid>", "ed25519", "sign", "never"],
        check=True,
        capture_output=True,
    )
    listing = subprocess.run(
        ["gpg", "--batch", "--with-colons", "--list-secret-keys"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    fingerprint = next(line.split(":")[9] for line in listing.splitlines() if line[:4] == "fpr:")
    yield fingerprint
    subprocess.run(["gpgconf", "--kill", "gpg-agent"], check=False, capture_output=True)
    shutil.rmtree(home, ignore_errors=True)


@pytest.fixture
def assert_no_logs():
    """Fail the test if WeasyPrint, MkDocs or lakip log a warning or worse while it runs.

    As in WeasyPrint's own suite: logs are behaviour. A warning that lakip intercepts to report
    it itself counts too (see helpers.capture_logs). The list of messages is the fixture's value;
    the check runs right after the test function, so a log fails the test, not its teardown.
    For a module-scoped build, wrap it in `helpers.capture_logs()` and assert on the list.
    """
    with capture_logs() as messages:
        yield messages


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item):
    result = yield
    messages = getattr(item, "funcargs", {}).get("assert_no_logs")
    if messages:
        raise AssertionError(f"{len(messages)} message(s) logged:\n" + "\n".join(messages))
    return result


# Headless Chromium for the browser tests (Debian's chromium; .ci/run installs it).
CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (/usr/bin/chromium); .ci/run installs it")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    """A fresh page, cut off from the network, that records every URL it requests."""
    context = browser.new_context(accept_downloads=True, viewport={"width": 1280, "height": 900})
    # The network is cut: anything not on 127.0.0.1 fails, as on an office LAN without internet.
    context.route(lambda url: not local_url(url), lambda route: route.abort("internetdisconnected"))
    page = context.new_page()
    page.requested = []
    page.on("request", lambda request: page.requested.append(request.url))
    yield page
    context.close()
    assert page.requested, "the page recorded no request at all"
    outside = [u for u in page.requested if not local_url(u)]
    assert outside == [], "requests left the machine"


def local_url(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in {"data", "blob", "file"} or parts.hostname == "127.0.0.1"
