"""Reliability of the security-design coding.

Checks ``krippendorff_alpha`` (``datasets/build/coded/reliability/compare.py``)
against the worked examples of Krippendorff (2011) and recomputes the shipped
``agreement.csv`` from ``second_coding.csv`` and the frozen first coding
(``first_coding_at_comparison.csv``).
"""
import importlib.util
import math
import sys
from pathlib import Path

import pandas as pd
import pytest

REL = Path(__file__).resolve().parents[2] / "datasets" / "build" / "coded" / "reliability"


def _load_compare():
    spec = importlib.util.spec_from_file_location("reliability_compare", REL / "compare.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


compare = _load_compare()
krippendorff_alpha = compare.krippendorff_alpha

N = None
# Krippendorff (2011), sec. C: 4 observers, 12 units, missing values.
K2011 = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, 3],
    [N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, N],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N],
]


@pytest.mark.parametrize(
    "level, expected", [("nominal", 0.743), ("ordinal", 0.815), ("interval", 0.849)]
)
def test_krippendorff_2011_multi_coder(level, expected):
    assert krippendorff_alpha(K2011, level=level) == pytest.approx(expected, abs=5e-4)


def test_krippendorff_2011_binary_two_coders():
    # sec. A: two observers, ten units, binary data: alpha = 0.095
    a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0]
    b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]
    assert krippendorff_alpha([a, b]) == pytest.approx(0.095, abs=5e-4)


def test_perfect_agreement_is_one_and_constant_is_nan():
    assert krippendorff_alpha([[0, 1, 1, 0], [0, 1, 1, 0]]) == 1.0
    assert math.isnan(krippendorff_alpha([[1, 1, 1], [1, 1, 1]]))


def test_bad_level_rejected():
    with pytest.raises(ValueError, match="level"):
        krippendorff_alpha([[0, 1], [0, 1]], level="ratio")


def test_agreement_csv_reproducible_from_frozen_first_coding():
    shipped = pd.read_csv(REL / "agreement.csv")
    recomputed = compare.agreement_table(compare.load_pairs())
    pd.testing.assert_frame_equal(recomputed.reset_index(drop=True), shipped, check_dtype=False)
    assert len(shipped) == 16 and set(shipped["item"]) == set(compare.ITEMS)


def test_frozen_first_coding_covers_the_sample_exactly():
    key = ["unit_type", "unit_id", "start"]
    sample = pd.read_csv(REL / "sample.csv")[key]
    frozen = pd.read_csv(REL / "first_coding_at_comparison.csv")[key]
    assert len(frozen) == len(sample) == 61
    assert sample.merge(frozen, on=key).shape[0] == 61


def test_adjudication_covers_every_disagreement():
    key = ["unit_id", "start", "item"]
    dis = pd.read_csv(REL / "disagreements.csv", dtype=str, keep_default_na=False)
    adj = pd.read_csv(REL / "adjudication.csv", dtype=str, keep_default_na=False)
    assert len(adj) == len(dis)
    assert adj[key].merge(dis[key], on=key).shape[0] == len(dis)
    assert set(adj["decision"]) <= {"accept", "reject", "NA", "amend"}
    assert adj["note"].str.len().gt(30).all()
