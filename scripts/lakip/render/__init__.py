"""Stage 5: `Report` -> the PDF and the static site."""
