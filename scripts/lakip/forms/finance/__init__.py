"""The finance system's realisation export into the units' `anggaran.yml` (`lakip impor-anggaran`).

`export` reads the file (XLSX or CSV) into located rows; `budget` matches them to the PK's
kegiatan and writes the realisations. Grouped apart so the forms package stays a dozen modules.
"""
