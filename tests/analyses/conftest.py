"""Helpers for the analysis tests: import an analysis file by name."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

ANALYSES = Path(__file__).resolve().parents[2] / "analyses"


@pytest.fixture(scope="session")
def analysis():
    """``analysis("01_mia_trends")`` -> the imported module."""
    from regionalism.runner import load_analysis

    cache: dict[str, Any] = {}

    def get(name: str) -> Any:
        if name not in cache:
            cache[name] = load_analysis(ANALYSES / f"{name}.py")
        return cache[name]

    return get
