"""Shared test configuration: Agg backend, closed figures, the raw-data folder."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("MPLBACKEND", "Agg")

REPO = Path(__file__).resolve().parents[1]
RAW = Path(os.environ.get("REGIONALISM_RAW", REPO.parent / "shared" / "data" / "raw"))


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    import sys

    if "matplotlib.pyplot" in sys.modules:
        sys.modules["matplotlib.pyplot"].close("all")


@pytest.fixture(scope="session")
def raw_dir() -> Path:
    """The raw public extracts (../shared/data/raw); tests that need them skip without them."""
    if not RAW.is_dir():
        pytest.skip(f"raw extracts not found at {RAW}")
    return RAW
