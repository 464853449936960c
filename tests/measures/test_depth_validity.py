"""The depth index's convergent validity, computed here and reported in docs/guide/measures.md (numbers must agree)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from regionalism.study.validity import depth_validity

DOC = Path(__file__).resolve().parents[2] / "docs" / "guide" / "measures.md"


@pytest.fixture(scope="module")
def validity():
    return depth_validity()


def test_depth_correlates_positively_with_mia_and_gray(validity):
    assert (validity["r"] > 0.2).all(), validity
    assert (validity["n_organizations"] >= 20).all()


def test_docs_report_the_computed_correlations(validity):
    text = DOC.read_text(encoding="utf-8")
    for ref, row in validity.iterrows():
        m = re.search(rf"\| `{ref}` \| ([0-9.]+) \| (\d+) \| (\d+) \|", text)
        assert m, f"docs/guide/measures.md has no row for {ref}"
        assert float(m.group(1)) == pytest.approx(round(row["r"], 2), abs=0.005)
        assert (int(m.group(2)), int(m.group(3))) == (row["n_org_years"], row["n_organizations"])
