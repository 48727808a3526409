"""Shared fixtures: the repository root, the seed report, and a helper to extract from literal text."""
from __future__ import annotations

from pathlib import Path

import pytest

from analysis.figures import extract_figures
from analysis.ingest import build_document

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "raw" / "000_baotou_kejiju_2014_ziping.txt"


def raw_folder(folder: Path, n_tuning: int) -> Path:
    """→ folder/raw holding the seed and the first n_tuning reports of the tuning corpus (mixed encodings)."""
    import shutil

    raw = folder / "raw"
    raw.mkdir()
    shutil.copy(SEED, raw / SEED.name)
    for p in sorted((ROOT / "tests" / "corpus" / "tuning").glob("*.txt"))[:n_tuning]:
        shutil.copy(p, raw / p.name)
    return raw


def figures_of(text: str, year: int | None = 2014):
    """Literal text → figures DataFrame (the report year defaults to 2014)."""
    return extract_figures(build_document(text, year=year), "t")


@pytest.fixture(scope="session")
def seed_report():
    from analysis import load_report

    return load_report(SEED)
