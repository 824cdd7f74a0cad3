"""Forms in: filled Excel forms back into the units' YAML (`lakip impor`), and the YAML text editor
the imports share."""
