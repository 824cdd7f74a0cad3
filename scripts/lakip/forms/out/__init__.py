"""Forms out: the units' Excel forms written from a valid project (`lakip formulir`)."""
