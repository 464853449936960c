"""The batched linear path of the multiverse equals one rg.fit per specification."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from regionalism.study import synthetic_panel
from regionalism.study import multiverse
from regionalism.spec_curve.batched import fit_batched, split_batchable
from regionalism.spec_curve.runner import fit_spec

NUMERIC = ["estimate", "std_error", "statistic", "p_value", "conf_low", "conf_high"]
EXACT = ["spec_id", "focal", "term", "n", "n_clusters", "converged", "error"]


@pytest.fixture(scope="module")
def panel() -> pd.DataFrame:
    p = synthetic_panel(n_regions=18, n_years=12, seed=11)
    rng = np.random.default_rng(5)
    # holes in some columns: listwise deletion differs between specifications
    for col in ("polyarchy_mean", "hhi_cinc", "conflict_count"):
        p.loc[rng.random(len(p)) < 0.1, col] = np.nan
    p["constant"] = 1.0
    p["dup_polyarchy"] = 2.0 * p["polyarchy_mean"]
    p["label"] = "x"
    return p


def _grid(panel: pd.DataFrame, **extra) -> object:
    kw = dict(outcome=["secreg_depth", "secreg_count"],
              regime=["polyarchy_mean", "autocracy_share"],
              leadership=["leader_share_cinc", "hhi_cinc"], demand=[None, "conflict_count"],
              cov=["cluster", "cr2", "hc1", "nonrobust"], allow_unclustered=True,
              years=[None, (1982, 1988)], progress=False)
    kw.update(extra)
    return multiverse(panel, batched=False, **kw)


def _sorted(rows: list[dict]) -> pd.DataFrame:
    return pd.DataFrame(rows).sort_values(["spec_id", "focal"]).reset_index(drop=True)


def test_batched_rows_equal_one_fit_per_specification(panel) -> None:
    mv = _grid(panel)
    records = mv.specs.to_dict("records")
    ok, rest = split_batchable(records, mv.data, mv.ctx)
    assert len(ok) == len(records) and not rest
    rows, refit = fit_batched(ok, mv.data, mv.ctx)
    assert refit == []
    got = _sorted(rows)
    want = _sorted([r for rec in records for r in fit_spec(mv.data, rec, mv.ctx)])
    assert len(got) == len(want) == len(mv.results)
    pd.testing.assert_frame_equal(got[EXACT], want[EXACT], check_dtype=False)
    np.testing.assert_allclose(got[NUMERIC].to_numpy(float), want[NUMERIC].to_numpy(float),
                               rtol=1e-10, atol=1e-12)
    # the samples really differ between specifications (holes), and CR2 df are not G-1
    assert got["n"].nunique() > 1


def test_multiverse_batched_equals_unbatched(panel) -> None:
    slow = _grid(panel)
    fast = multiverse(panel, batched=True, outcome=["secreg_depth", "secreg_count"],
                      regime=["polyarchy_mean", "autocracy_share"],
                      leadership=["leader_share_cinc", "hhi_cinc"],
                      demand=[None, "conflict_count"], cov=["cluster", "cr2", "hc1", "nonrobust"],
                      allow_unclustered=True, years=[None, (1982, 1988)], progress=False)
    a, b = fast.results, slow.results
    pd.testing.assert_frame_equal(a.drop(columns=NUMERIC), b.drop(columns=NUMERIC))
    np.testing.assert_allclose(a[NUMERIC].to_numpy(float), b[NUMERIC].to_numpy(float),
                               rtol=1e-10, atol=1e-12)


def test_rank_deficient_and_nonnumeric_specifications_go_one_by_one(panel) -> None:
    mv = _grid(panel, regime=["polyarchy_mean"], leadership=["dup_polyarchy", "constant"],
               demand=None, cov="cluster", years=None, outcome="secreg_depth",
               allow_unclustered=False)
    records = mv.specs.to_dict("records")
    ok, rest = split_batchable(records, mv.data, mv.ctx)
    assert not rest
    rows, refit = fit_batched(ok, mv.data, mv.ctx)
    # y ~ polyarchy + 2*polyarchy and y ~ polyarchy + constant are collinear with the intercept
    assert sorted(r["leadership"] for r in refit) == ["constant", "dup_polyarchy"]
    assert rows == []
    labelled = [{**records[0], "regime": "label"}]
    ok, rest = split_batchable(labelled, panel, mv.ctx)
    assert ok == [] and rest == labelled


def test_batched_keeps_failures_visible(panel) -> None:
    # a window with no rows: the batched path hands it back, fit_spec reports the error
    mv = multiverse(panel, outcome="secreg_depth", regime="polyarchy_mean", leadership=None,
                    external=None, demand=None, years=(1800, 1801), progress=False)
    assert not mv.results["converged"].any()
    assert mv.results["error"].str.contains("no rows").all()
