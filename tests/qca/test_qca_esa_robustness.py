"""ESA (findRows, exclude), SetMethods robustness, theory evaluation and panel
diagnostics against R: tests/results/qca/esa_robustness.json, written by
tests/results/qca/make_esa_robustness_references.R (no R needed here)."""

from __future__ import annotations

import json
import re
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from regionalism import qca
from regionalism.qca.esa import find_rows
from regionalism.qca.panel_diagnostics import panel_fit
from regionalism.qca.robustness import (
    calib_range,
    incl_range,
    ncut_range,
    robustness_fit,
    theory_evaluation,
)

HERE = Path(__file__).parent
RESULTS = HERE.parent / "results" / "qca"
REF = json.loads((RESULTS / "esa_robustness.json").read_text())
CONDS = ["DEMOC", "ETHFRACT", "GEOCON", "POLDIS", "NATPRIDE"]
LCONDS = ["DEV", "URB", "LIT", "IND", "STB"]


def data(name: str) -> pd.DataFrame:
    folder = HERE / "data" if (HERE / "data" / f"{name}.csv").exists() else RESULTS / "data"
    return pd.read_csv(folder / f"{name}.csv", index_col=0, keep_default_na=False,
                       na_values=[""])


def value(name: str):
    return REF[name]["value"]


def lists(x):
    x = x if isinstance(x, list) else [x]
    return [m if isinstance(m, list) else [m] for m in x]


def ints(x) -> list[int]:
    return [] if x in (None, {}) else (x if isinstance(x, list) else [x])


@pytest.fixture(scope="module")
def tts():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", qca.HalfMembershipWarning)
        return {"ttCVF": qca.truth_table(data("CVF"), outcome="PROTEST", incl_cut=0.8),
                "ttLF": qca.truth_table(data("LF"), outcome="SURV", incl_cut=0.8)}


@pytest.mark.parametrize("name", [k for k in REF if "findRows" in k])
def test_find_rows_matches_r(tts, name):
    call = REF[name]["call"]
    tt = tts[re.match(r"findRows\((\w+)", call).group(1)]
    t = int(re.search(r"type = (\d)", call).group(1))
    m = re.search(r'"([^"]+)"', call)
    assert find_rows(tt, m.group(1) if m else None, type=t) == ints(value(name))


def test_exclude_matches_r(tts):
    tt = tts["ttCVF"]
    got = qca.minimize(tt, include="?", exclude=find_rows(tt, type=2)).models
    assert got == lists(value("ttCVF_exclude_csa"))
    tt = tts["ttLF"]
    got = qca.minimize(tt, include="?", exclude=find_rows(tt, "~DEV*URB", type=0)).models
    assert got == lists(value("ttLF_exclude_all"))
    # an expression excludes its remainders (findRows type 1) directly
    assert (qca.minimize(tt, include="?", exclude="~DEV*URB").models
            == qca.minimize(tt, include="?", exclude=find_rows(tt, "~DEV*URB")).models)
    assert qca.minimize(tt, include="?").models != got


def test_incl_and_ncut_ranges_match_r():
    r = incl_range(data("CVF"), outcome="PROTEST", conditions=CONDS, incl_cut=0.8,
                   step=0.05, include="?")
    assert np.allclose(r.to_numpy(), [value("CVF_inclrange")["lower"],
                                      value("CVF_inclrange")["upper"]])
    r = ncut_range(data("CVF"), outcome="PROTEST", conditions=CONDS, incl_cut=0.8, include="?")
    assert r.tolist() == [value("CVF_ncutrange")["lower"], value("CVF_ncutrange")["upper"]]
    r = incl_range(data("LF"), outcome="SURV", conditions=LCONDS, incl_cut=0.8, step=0.05)
    assert np.allclose(r.to_numpy(), [value("LF_inclrange")["lower"],
                                      value("LF_inclrange")["upper"]])


def test_calibration_ranges_match_r():
    raw = data("LR")["DEV"]
    r = calib_range(raw, data("LC"), condition="DEV", thresholds=[550], type="crisp",
                    step=10, max_runs=40, outcome="SURV", conditions=LCONDS)
    assert r["C"].tolist() == [value("LC_calibrange_crisp")["lower"],
                               value("LC_calibrange_crisp")["upper"]]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", qca.HalfMembershipWarning)
        r = calib_range(raw, data("LF"), condition="DEV", thresholds=[400, 550, 900],
                        step=25, outcome="SURV", conditions=LCONDS, incl_cut=0.8)
    ref = value("LF_calibrange_fuzzy")
    for col in ("E", "C"):
        assert r[col].tolist() == ref[col], col
    # R's calibrate accepts an inclusion anchor equal to the crossover (550) and goes on;
    # ours refuses anchors that are not increasing, so the range stops one step earlier
    assert r["I"].tolist() == [ref["I"][0] + 25, ref["I"][1]]


def _cvf_solutions():
    d = data("CVF")
    def mk(cut, n=1):
        return qca.minimize(d, outcome="PROTEST", conditions=CONDS, incl_cut=cut, n_cut=n, include="?")
    return mk(0.8), mk(0.75), mk(0.85, 2)


def test_robustness_fit_matches_r():
    IS, TS1, TS2 = _cvf_solutions()
    ref = value("CVF_robfit")
    assert IS.models == lists(ref["IS_sols"]) and TS1.models == lists(ref["TS1_sols"])
    assert TS2.models == lists(ref["TS2_sols"])
    rf = robustness_fit(IS, [TS1, TS2])
    assert rf["RF_cons"] == pytest.approx(ref["RF_cons"], abs=1e-12)
    assert rf["RF_cov"] == pytest.approx(ref["RF_cov"], abs=1e-12)
    for k, v in ref["rounded"].items():
        assert round(rf[k], 3) == pytest.approx(v, abs=1e-12), k


def test_theory_evaluation_matches_r():
    IS, _, _ = _cvf_solutions()
    ev = theory_evaluation("DEMOC*~NATPRIDE + GEOCON", IS)
    ref = value("CVF_theory")
    fits = dict(zip(ref["fit_rows"], [ref["fit"][k] for k in sorted(ref["fit"], key=int)]))
    names = {"T*E": "T*S", "~T*E": "~T*S", "T*~E": "T*~S", "~T*~E": "~T*~S"}
    for ours, row in ev["fit"].iterrows():  # SetMethods rounds to 3 decimals
        r = fits[names[ours]]
        assert row["inclS"] == pytest.approx(r["Cons.Suf"], abs=5e-4)
        assert row["covS"] == pytest.approx(r["Cov.Suf"], abs=5e-4)
        assert row["PRI"] == pytest.approx(r["PRI"], abs=5e-4)
    for ours, theirs in names.items():
        np.testing.assert_allclose(ev["data"][ours].to_numpy(), ref["data"][theirs], atol=1e-12)


@pytest.mark.parametrize("relation", ["sufficiency", "necessity"])
def test_panel_fit_matches_setmethods_cluster(relation):
    p = pd.read_csv(RESULTS / "panel_synthetic.csv")
    r = value(f"panel_{relation}")
    f = panel_fit(p["X"], p["Y"], unit=p["unit"], cluster=p["year"], relation=relation)
    assert f.pooled["consistency"] == pytest.approx(r["POCOS"], abs=1e-12)
    assert f.pooled["coverage"] == pytest.approx(r["cov_pooled"], abs=1e-12)
    np.testing.assert_allclose(f.between["consistency"], r["BECOS"], atol=1e-12)
    np.testing.assert_allclose(f.within["consistency"], r["WICONS"], atol=1e-12)
    np.testing.assert_allclose(f.between["coverage"], r["cov_between"], atol=1e-12)
    np.testing.assert_allclose(f.within["coverage"], r["cov_within"], atol=1e-12)
    assert f.distance_between == pytest.approx(r["dBP"], abs=1e-12)
    assert f.distance_within == pytest.approx(r["dWP"], abs=1e-12)
