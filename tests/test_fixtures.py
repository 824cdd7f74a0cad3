"""The suite's own machinery: `assert_no_logs` and `capture_logs`."""

from __future__ import annotations

import logging
from pathlib import Path

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
