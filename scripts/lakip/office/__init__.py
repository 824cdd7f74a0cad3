"""Excel and Word files: the primitives every stage that reads or writes them shares.

Writing: a workbook styled the Indonesian way and saved reproducibly (fixed ZIP timestamps and
document dates, written to a temporary file and moved into place). Reading: cells located as a
person names them ("Realisasi!D7"). No lakip stage imports openpyxl or python-docx for these
basics directly, so the conventions stay in one place.
"""
