"""`python -m lakip`: the same as the `lakip` command."""

from lakip.cli import main

raise SystemExit(main())
