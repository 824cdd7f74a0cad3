"""The `lakip` command line: argument parsing and printing only."""

from lakip.cli.main import main

__all__ = ["main"]
