"""Stage 1: files -> YAML nodes -> checked values -> `Project`."""
