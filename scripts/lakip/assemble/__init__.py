"""Stage 4: `Project` + `Figures` -> `Report`, the document both renderers lay out."""
