"""Tests for the hypothesis bundles (regionalism.study) and test_hypotheses on synthetic panels."""
from __future__ import annotations

import dataclasses

import importlib
import sys
import warnings

import numpy as np
import pandas as pd
import pytest

import regionalism.models as rm
import regionalism.study as st


@pytest.fixture(scope="module")
def panel() -> pd.DataFrame:
    return st.synthetic_panel(25, 30, seed=3)


def test_bundle_contract() -> None:
    h = st.hypotheses
    assert [x.code for x in h] == ["H1", "H2", "H3", "H4"]
    assert h["H1"].primary.column == "polyarchy_mean" and h["H1"].primary.sign == "+"
    assert {op.column: op.sign for op in h["H1"].alternatives}["autocracy_share"] == "-"
    assert {op.column: op.sign for op in h["H1"].alternatives}["fh_notfree_share"] == "-"
    assert h["H2"].primary.expected_sign == -1
    assert h["H2"].primary.column == "external_reliance"
    assert {op.column for op in h["H2"].alternatives} == {"external_share", "major_power_inside",
                                                          "n_outside_bodies"}
    assert h["H3"].primary.column == "leader_ratio_cinc"
    assert {op.column: op.sign for op in h["H3"].alternatives}["n_leaders"] == "-"
    assert h["H4"].operationalizations[0].column == "conflict_per_state"
    assert set(h.columns()) <= set(st.synthetic_panel(3, 3).columns)
    assert len(h.to_frame()) == 23
    with pytest.raises(ValueError):
        st.Operationalization("x", 0)
    with pytest.raises(KeyError):
        h["H9"]


def test_bundle_is_extensible_and_immutable() -> None:
    h5 = st.Hypothesis("H5", "identity", "Shared identity.", st.Operationalization("idx", 1))
    b = st.hypotheses.add(h5)
    assert len(b) == 5 and len(st.hypotheses) == 4
    with pytest.raises(ValueError, match="already"):
        b.add(h5)
    h1 = st.hypotheses["H1"].with_alternative(st.Operationalization("vdem_libdem", 1))
    b2 = st.hypotheses.replace(h1)
    assert b2["H1"].alternatives[-1].column == "vdem_libdem"
    assert st.hypotheses["H1"].alternatives[-1].column == "bmr_democracy_share"
    with pytest.raises(Exception):
        st.hypotheses["H1"].code = "X"  # type: ignore[misc]


def test_test_hypotheses_columns_match_direct_calls(panel: pd.DataFrame) -> None:
    res = st.test_hypotheses(panel, outcome="secreg_exists", model="logit", n_perm=99,
                             n_boot=99, seed=4)
    f = res.frame
    assert f["term"].tolist() == ["polyarchy_mean", "external_reliance", "leader_ratio_cinc",
                                  "conflict_per_state"]
    formula = "secreg_exists ~ polyarchy_mean + external_reliance + leader_ratio_cinc + conflict_per_state"
    logit = rm.fit(formula, panel, model="logit")
    cl = rm.fit(formula, panel, model="logit", cluster="region_id")
    cr2 = rm.fit(formula, panel, cluster="region_id", cov="cr2")
    row = f.set_index("term").loc["polyarchy_mean"]
    assert row["estimate"] == pytest.approx(logit.params["polyarchy_mean"])
    assert row["p_conventional"] == pytest.approx(logit.pvalues["polyarchy_mean"])
    assert row["p_cluster"] == pytest.approx(cl.pvalues["polyarchy_mean"])
    assert row["p_cr2"] == pytest.approx(cr2.pvalues["polyarchy_mean"])
    wb = rm.wild_cluster_bootstrap(formula, panel, term="polyarchy_mean", cluster="region_id",
                                   n_boot=99, seed=4)
    assert row["p_wild"] == wb.p_value
    perm = rm.permutation_test(formula, panel, term="polyarchy_mean", cluster="region_id",
                               time="year", permute="residuals", n_perm=99, seed=4)
    assert row["p_perm"] == perm.p_value and row["perm_design"] == perm.level
    assert "all clusters share it" in row["perm_design"]  # balanced synthetic panel
    assert bool(row["sign_ok"])
    assert row["n_clusters"] == 25 and row["nobs"] == 750
    text = str(res)
    assert "linear (probability) model" in text and "polyarchy_mean" in text


@pytest.mark.filterwarnings("ignore")
def test_test_hypotheses_flags_problems_honestly(panel: pd.DataFrame) -> None:
    bad = panel.drop(columns=["hhi_cinc"]).copy()
    # perfect separation: a logit cannot be estimated
    bad["secreg_exists"] = (bad["polyarchy_mean"] > bad["polyarchy_mean"].median()).astype(int)
    res = st.test_hypotheses(bad, outcome="secreg_exists", model="logit", alternatives=True, n_perm=49,
                             n_boot=49)
    f = res.frame
    assert f["spec"].nunique() == 1 + 6 + 3 + 5 + 5
    missing = f[(f["spec"] == "hhi_cinc") & (f["term"] == "hhi_cinc")].iloc[0]
    assert np.isnan(missing["estimate"]) and "missing" in missing["note"]
    base = f[f["spec"] == "baseline"]
    assert base["p_conventional"].isna().all()
    assert base["note"].str.contains("could not be estimated").all()
    # the linear-model columns are still there
    assert base["p_cr2"].notna().all()
    assert "problems" in str(res)


def test_p_perm_is_na_with_the_reason_when_no_valid_design_exists(panel: pd.DataFrame) -> None:
    # every region starts in a different year: no two trajectories can be swapped
    stair = panel[panel["year"] >= panel["year"].min() + panel["region_id"]]
    res = st.test_hypotheses(stair, model="ols", n_perm=49, n_boot=49)
    f = res.frame
    assert f["p_perm"].isna().all() and (f["perm_design"] == "").all()
    assert f["note"].str.contains("no valid permutation design").all()
    assert f["p_cr2"].notna().all() and f["p_wild"].notna().all()
    # an unbalanced panel with shared coverage: swaps within coverage groups, said so
    part = panel[(panel["region_id"] >= 5) | (panel["year"] >= panel["year"].min() + 10)]
    f = st.test_hypotheses(part, model="ols", n_perm=49, n_boot=49).frame
    assert f["p_perm"].notna().all()
    assert f["perm_design"].str.contains("20 of 25 clusters|25 of 25|groups of identical").all()
    # fe= works in every column (no unused-level dummies)
    f = st.test_hypotheses(panel, model="ols", fe="year", n_perm=49, n_boot=49).frame
    assert f[["p_conventional", "p_cluster", "p_cr2", "p_wild", "p_perm"]].notna().all().all()


def test_models_bundles_is_a_deprecated_shim() -> None:
    sys.modules.pop("regionalism.models.bundles", None)
    with pytest.warns(DeprecationWarning, match="regionalism.study"):
        old = importlib.import_module("regionalism.models.bundles")
    assert old.test_hypotheses is st.test_hypotheses
    assert old.synthetic_panel is st.synthetic_panel and old.hypotheses is st.hypotheses
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        assert rm.synthetic_panel is st.synthetic_panel  # old access path still works


def test_test_hypotheses_on_the_real_panel_has_no_silent_nan() -> None:
    """On the package's own panel (exported by tests/results/export_panel.py): fe='year' and
    model='negbin' give finite p-values in every column, and p_perm names its design."""
    from pathlib import Path

    real = pd.read_csv(Path(__file__).resolve().parents[1] / "results" / "data" / "panel.csv")
    for c in ["secreg_exists", "secreg_count", "conflict_count", "n_states"]:
        real[c] = real[c].astype("Int64")
    # the exported panel predates external_reliance and conflict_per_state: the earlier primaries
    old = st.hypotheses.replace(dataclasses.replace(
        st.hypotheses["H2"], primary=st.Operationalization("external_share", -1), alternatives=()))
    old = old.replace(dataclasses.replace(
        st.hypotheses["H4"], primary=st.Operationalization("conflict_count", +1), alternatives=()))
    f = st.test_hypotheses(real, outcome="secreg_exists", model="ols", fe="year", n_perm=99, n_boot=99,
                           bundle=old).frame
    cols = ["p_conventional", "p_cluster", "p_cr2", "p_wild", "p_perm"]
    assert f[cols].notna().all().all()
    assert f["perm_design"].str.contains("Freedman-Lane").all()
    assert f["perm_design"].str.contains("stay in place").all()  # unbalanced: said so
    nb = st.test_hypotheses(real, outcome="secreg_count", model="negbin", n_perm=49,
                            n_boot=49, bundle=old).frame
    assert nb[["estimate", *cols]].notna().all().all()
