"""The joint test's keys per region (``permute_by``): a stacked panel's variants of one region are shuffled alike."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from regionalism.spec_curve import CaseSet, multiverse
from regionalism.study import hypotheses, synthetic_panel


@pytest.fixture(scope="module")
def stacked() -> pd.DataFrame:
    base = synthetic_panel(n_regions=10, n_years=8, seed=5)
    # two variants with identical data, as two outcome rules under one scheme would be where they agree
    frames = [base.assign(variant_unit=label + "/" + base["region_id"].astype(str)) for label in ("a", "b")]
    return pd.concat(frames, ignore_index=True)


def _curve(stacked, **kw):
    cases = [CaseSet(label, include=tuple(u for u in stacked["variant_unit"].unique() if u.startswith(label + "/")))
             for label in ("a", "b")]
    mv = multiverse(stacked, outcome="secreg_depth", regime="polyarchy_mean", cases=cases, unit="variant_unit",
                    focal=["H1"], bundle=hypotheses, progress=False, **kw)
    null = mv.permutation_test("H1", n_perm=30, seed=2, progress=False)
    by_case = dict(zip(mv.specs["spec_id"], mv.specs["cases"]))
    rows = {by_case[int(s)]: i for i, s in enumerate(null.spec_ids)}
    return null, rows


def test_variants_of_a_region_share_their_shuffle(stacked):
    null, rows = _curve(stacked, permute_by="region_id")
    np.testing.assert_array_equal(null.null_coef[rows["a"]], null.null_coef[rows["b"]])
    np.testing.assert_array_equal(null.observed_coef[rows["a"]], null.observed_coef[rows["b"]])


def test_without_permute_by_the_variants_are_shuffled_independently(stacked):
    null, rows = _curve(stacked)
    assert null.observed_coef[rows["a"]] == null.observed_coef[rows["b"]]
    assert not np.allclose(null.null_coef[rows["a"]], null.null_coef[rows["b"]])


def test_permute_by_must_be_constant_within_a_unit(stacked):
    bad = stacked.assign(group=np.arange(len(stacked)) % 3)
    with pytest.raises(ValueError, match="constant within each 'variant_unit'"):
        _curve(bad, permute_by="group")
    with pytest.raises(KeyError, match="permute_by"):
        _curve(stacked, permute_by="no_such_column")
