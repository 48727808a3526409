"""Claim checker for Chinese government reports: figures, checks and an annotated HTML report."""
from importlib.metadata import PackageNotFoundError, version

from .errors import AnalysisError, InputError

try:
    __version__ = version("analysis")
except PackageNotFoundError:  # running from a source tree without installing
    __version__ = "0.0.0"

__all__ = ["AnalysisError", "InputError", "Report", "load_report", "__version__"]


def __getattr__(name):
    # Report and load_report pull in pandas; importing them lazily keeps `analysis --help`
    # and a no-change re-run over thousands of reports fast.
    if name in ("Report", "load_report"):
        from . import report

        return getattr(report, name)
    raise AttributeError(f"module 'analysis' has no attribute {name!r}")
