"""lakip: report-as-code for Indonesian government performance accountability reports."""

__version__ = "0.1.0"
