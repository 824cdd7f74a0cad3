"""Staff forms: the units' Excel workbook and Word narrative out, their filled copies back in."""
