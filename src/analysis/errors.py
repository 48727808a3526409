"""One small hierarchy of typed errors; the CLI turns each into a one-line message."""
from __future__ import annotations


# Exit codes of the CLI (DESIGN.md), in one place: 3 is `--fail-on` finding a listed verdict.
EXIT_OK, EXIT_INTERNAL, EXIT_INPUT, EXIT_FINDINGS = 0, 1, 2, 3


class AnalysisError(Exception):
    """Base of every error the package raises on purpose."""

    exit_code = 1

    def __init__(self, message: str, *, path: str | None = None, where: str | None = None):
        self.message = message
        self.path = path
        self.where = where
        super().__init__(self.one_line())

    def one_line(self) -> str:
        parts = [p for p in (self.path, self.where) if p]
        prefix = ": ".join(parts)
        text = f"{prefix}: {self.message}" if prefix else self.message
        return " ".join(text.split())


class InputError(AnalysisError):
    """Bad input or arguments: the user can fix it (exit 2)."""

    exit_code = 2


class ReportFileError(InputError):
    """A report file is missing, empty, binary or undecodable."""


class FactsFileError(InputError):
    """A facts or claims YAML file is malformed."""


class ParameterError(InputError):
    """A notebook or CLI parameter is unknown or has a bad value."""


class PipelineError(AnalysisError):
    """A notebook cell failed while the pipeline ran (exit 1)."""
