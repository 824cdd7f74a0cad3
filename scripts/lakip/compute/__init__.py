"""Stage 3: `Project` -> `Figures`: every number of the report, no I/O, no prose."""
