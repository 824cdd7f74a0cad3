"""Stage 2: check a loaded `Project` across files; findings, never exceptions."""
