"""Claim checker for Chinese government reports: figures, checks and an annotated HTML report."""
from importlib.metadata import PackageNotFoundError, version

from .errors import AnalysisError, InputError
from .report import Report, load_report

try:
    __version__ = version("analysis")
except PackageNotFoundError:  # running from a source tree without installing
    __version__ = "0.0.0"

__all__ = ["AnalysisError", "InputError", "Report", "load_report", "__version__"]
