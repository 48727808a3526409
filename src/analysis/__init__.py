"""Claim checker for Chinese government reports: figures, checks and an annotated HTML report."""
from .errors import AnalysisError, InputError

__version__ = "0.1.0"  # pyproject.toml reads it from here

__all__ = ["AnalysisError", "InputError", "Report", "load_report", "__version__"]


def __getattr__(name):
    # Report and load_report pull in pandas; importing them lazily keeps `analysis --help`
    # and a no-change re-run over thousands of reports fast.
    if name in ("Report", "load_report"):
        from . import report

        return getattr(report, name)
    raise AttributeError(f"module 'analysis' has no attribute {name!r}")
