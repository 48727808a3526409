"""Shared fixtures: the repository root, the seed report, and a helper to extract from literal text."""
from __future__ import annotations

from pathlib import Path

import pytest

from analysis.figures import extract_figures
from analysis.ingest import build_document

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "raw" / "000_baotou_kejiju_2014_ziping.txt"


def figures_of(text: str, year: int | None = 2014):
    """Literal text → figures DataFrame (the report year defaults to 2014)."""
    return extract_figures(build_document(text, year=year), "t")


@pytest.fixture(scope="session")
def seed_report():
    from analysis import load_report

    return load_report(SEED)
