"""The suite's own machinery: `assert_no_logs`, `capture_logs` and the Hypothesis profiles."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from hypothesis import settings

from helpers import capture_logs

TESTS = Path(__file__).resolve().parent


def test_assert_no_logs_fails_a_test_that_logs_a_warning(pytester):
    pytester.makeconftest((TESTS / "conftest.py").read_text(encoding="utf-8"))
    pytester.makepyfile(
        test_logs="""
        import logging

        def test_quiet(assert_no_logs):
            logging.getLogger("weasyprint").info("Step 1 - Fetching and parsing HTML")
            logging.getLogger("urllib3").warning("not one of the watched loggers")

        def test_warns(assert_no_logs):
            logging.getLogger("mkdocs.structure.pages").warning("a link to a missing page")
        """
    )
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        ["*AssertionError: 1 message(s) logged:", "*WARNING mkdocs.structure.pages: a link to*"]
    )


def test_capture_logs_counts_a_warning_that_a_renderer_intercepts():
    """lakip's renderers swap WeasyPrint's handlers and stop propagation: it still counts."""
    logger = logging.getLogger("weasyprint")
    saved = logger.handlers[:], logger.propagate
    kept: list[logging.LogRecord] = []
    handler = logging.Handler()
    handler.emit = kept.append  # type: ignore[method-assign]
    logger.handlers, logger.propagate = [handler], False
    try:
        with capture_logs() as messages:
            logger.warning("Ignored `x: 1` at 2:3, unknown property.")
            logger.error("Failed to load image at 'x.png'")
            logging.getLogger("lakip").debug("below the level")
    finally:
        logger.handlers, logger.propagate = saved
    assert messages == [
        "WARNING weasyprint: Ignored `x: 1` at 2:3, unknown property.",
        "ERROR weasyprint: Failed to load image at 'x.png'",
    ]
    assert len(kept) == 2, "the renderer's own handler still gets the records"


def test_hypothesis_runs_under_the_profile_the_environment_names():
    name = os.environ.get("HYPOTHESIS_PROFILE", "dev")
    assert settings.default.derandomize is (name == "ci")
    assert settings.default.deadline is None
    ci = settings.get_profile("ci")
    assert ci.derandomize and ci.database is None and ci.print_blob


def test_ci_runs_hypothesis_derandomized():
    script = (TESTS.parent / ".ci" / "run").read_text(encoding="utf-8")
    assert "\nexport HYPOTHESIS_PROFILE=ci\n" in script
    assert script.index("HYPOTHESIS_PROFILE=ci") < script.index("make --no-print-directory test")
