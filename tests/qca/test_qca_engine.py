"""Internal consistency of the QCA engine on further data sets, calibration, API."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from regionalism import qca
from regionalism.qca.expressions import parse_term, term_membership
from regionalism.qca.truth_table import decode_rows

HERE = Path(__file__).parent


def dataset(name: str) -> pd.DataFrame:
    # keep_default_na: Namibia's code "NA" is a case name, not a missing value
    return pd.read_csv(HERE / "data" / f"{name}.csv", index_col=0, keep_default_na=False,
                       na_values=[""])


def covered_rows(solution: qca.QCASolution) -> set[int]:
    tt = solution.truth_table
    rows = np.arange(int(np.prod(tt.noflevels)))
    vals = decode_rows(rows, tt.noflevels)
    out: set[int] = set()
    for model in solution.models[:1]:
        for term in model:
            imp = parse_term(term, tt.conditions, tt.noflevels)
            hit = np.all([(v == -1) | (vals[:, j] == v) for j, v in enumerate(imp)], axis=0)
            out |= set((rows[hit] + 1).tolist())
    return out


CASES = [("Krook", "WNP", 1), ("Rokkan", None, 1), ("NF", None, 0.8), ("HarKem", "PB", 1),
         ("LM", "SURV", 1)]


@pytest.mark.parametrize("name,outcome,cut", CASES)
def test_conservative_covers_exactly_positive_rows(name, outcome, cut):
    data = dataset(name)
    outcome = outcome or data.columns[-1]
    conds = [c for c in data.columns if c != outcome and c != "PBI"]
    tt = qca.truth_table(data, outcome=outcome, conditions=conds, incl_cut=cut)
    pos = set(tt.rows_with("1").tolist())
    if not pos:
        pytest.skip("no positive rows")
    cons = tt.minimize()
    assert covered_rows(cons) == pos
    pars = tt.minimize(include="?")
    par_rows = covered_rows(pars)
    # the parsimonious solution covers the positive rows and never a negative one
    assert pos <= par_rows
    assert not par_rows & set(tt.rows_with("0").tolist())
    # every conservative term implies some parsimonious term (superset relation)
    X = tt.sets.X
    for term in cons.models[0]:
        m_c = term_membership(parse_term(term, tt.conditions, tt.noflevels), X, tt.noflevels)
        m_p = np.max([term_membership(parse_term(t, tt.conditions, tt.noflevels), X,
                                      tt.noflevels) for t in pars.models[0]], axis=0)
        assert np.all(m_c <= m_p + 1e-12)
    # all models have the same (minimum) number of terms
    assert len({len(m) for m in pars.models}) == 1


def test_multivalue_notation_and_levels():
    data = dataset("HarKem")
    tt = qca.truth_table(data, outcome="PB", conditions=["C", "F", "T", "R", "V"])
    assert tt.noflevels == [3, 3, 3, 3, 2]
    sol = tt.minimize(include="?")
    assert any("[" in t for m in sol.models for t in m)
    assert all("nan" not in c for c in sol.fit["cases"].dropna())


def test_minimize_on_dataframe_equals_truth_table_route():
    data = dataset("LF")
    a = qca.minimize(data, outcome="SURV", incl_cut=0.8, include="?")
    b = qca.truth_table(data, outcome="SURV", incl_cut=0.8).minimize(include="?")
    assert a.solutions == b.solutions == ["DEV*~IND + URB*STB"]
    assert "M1: DEV*~IND + URB*STB -> SURV" in str(a)
    tidy = a.tidy()
    assert list(tidy.columns) == ["model", "term", "inclS", "PRI", "covS", "covU", "essential"]
    assert len(tidy) == 2


def test_dir_exp_as_dict_equals_list():
    data = dataset("LF")
    tt = qca.truth_table(data, outcome="SURV", incl_cut=0.8)
    a = tt.minimize(dir_exp=["DEV", "URB", "LIT", "IND", "STB"])
    b = tt.minimize(dir_exp={c: 1 for c in tt.conditions})
    assert a.solutions == b.solutions == ["DEV*URB*LIT*STB + DEV*LIT*~IND*STB"]
    with pytest.raises(ValueError, match="directional expectations"):
        tt.minimize(solution="intermediate")


def test_errors_are_explicit():
    data = dataset("LF")
    with pytest.raises(KeyError, match="outcome column"):
        qca.truth_table(data, outcome="NOPE")
    with pytest.raises(ValueError, match="incl_cut"):
        qca.truth_table(data, outcome="SURV", incl_cut=[0.7, 0.8])
    raw = dataset("LR")
    with pytest.raises(ValueError, match="calibrate"):
        qca.truth_table(raw.assign(SURV=(raw["SURV"] > 0).astype(int)), outcome="SURV",
                        conditions=["LIT"])


def test_all_minimal_covers_found():
    # cyclic chart: 3 PIs each covering two of three columns -> 3 minimal covers of size 2
    chart = np.array([[1, 1, 0], [0, 1, 1], [1, 0, 1]], dtype=bool)
    assert qca.minimal_covers(chart) == [(0, 1), (0, 2), (1, 2)]
    chart2 = np.array([[1, 1, 1], [1, 0, 0], [0, 1, 1]], dtype=bool)
    assert qca.minimal_covers(chart2) == [(0,)]
    assert qca.minimal_covers(chart2, all_sol=True) == [(0,), (1, 2)]


def test_prime_implicants_classic_example():
    # f(A,B,C) = sum m(0,1,2,5,6,7): two minimal covers (Petrick's classic example)
    on = np.array([0, 1, 2, 5, 6, 7])
    pis = qca.prime_implicants(on, np.array([], dtype=int), [2, 2, 2])
    assert len(pis) == 6
    df = pd.DataFrame(decode_rows(np.arange(8), [2, 2, 2]), columns=list("ABC"))
    df["Y"] = np.isin(np.arange(8), on).astype(int)
    sol = qca.minimize(df, outcome="Y")
    assert len(sol.models) == 2 and all(len(m) == 3 for m in sol.models)


def test_calibration_matches_r():
    ref = json.loads((HERE / "reference" / "calibration.json").read_text())["calibration"]
    h = ref["height"]
    x = np.array(h["x"])
    assert np.array_equal(qca.calibrate(x, thresholds=175), h["crisp_1th"])
    assert np.array_equal(qca.calibrate(x, thresholds=[170, 180]), h["crisp_2th"])
    np.testing.assert_allclose(qca.calibrate(x, type="fuzzy", thresholds=[165, 175, 185]),
                               h["fuzzy_logistic_inc"], atol=1e-10)
    np.testing.assert_allclose(qca.calibrate(x, type="fuzzy", thresholds=[185, 175, 165]),
                               h["fuzzy_logistic_dec"], atol=1e-10)
    np.testing.assert_allclose(qca.calibrate(x, type="fuzzy", thresholds=[165, 175, 185],
                                             logistic=False), h["fuzzy_linear_inc"], atol=1e-10)
    c = ref["CVR_to_CVF"]
    raw, cal = pd.DataFrame(c["raw"]), pd.DataFrame(c["calibrated"])
    for col, spec in c["thresholds"].items():
        th = [float(p.split("=")[1]) for p in spec.split(",")]
        np.testing.assert_allclose(qca.calibrate(raw[col].to_numpy(), type="fuzzy",
                                                 thresholds=th), cal[col], atol=1e-10)


def test_indirect_calibration_is_monotone_and_bounded():
    x = np.linspace(0, 10, 41)
    m = qca.calibrate(x, type="fuzzy", method="indirect", thresholds=[2, 5, 8])
    assert np.all(np.diff(m) > 0) and m.min() > 0 and m.max() < 1
    assert abs(m[20] - 0.5) < 0.1


def test_from_panel_records_calibration():
    cs = pd.DataFrame({
        "region_id": ["europe", "central_asia", "south_america", "east_asia", "west_africa"],
        "secreg_depth": [4.0, 1.0, 2.5, 0.5, 2.0],
        "polyarchy_mean": [0.85, 0.2, 0.6, 0.45, 0.4],
        "conflict_count": [0, 3, 1, 2, 4],
    })
    sets = qca.from_panel(
        cs, outcome="conflict_count", conditions=["secreg_depth", "polyarchy_mean"],
        calibration={"secreg_depth": {"type": "crisp", "thresholds": 2},
                     "polyarchy_mean": {"type": "fuzzy", "thresholds": [0.2, 0.5, 0.8]},
                     "conflict_count": {"type": "crisp", "thresholds": 2}})
    assert list(sets.index) == list(cs["region_id"])
    assert sets["secreg_depth"].tolist() == [1, 0, 1, 0, 1]
    assert sets["conflict_count"].tolist() == [0, 1, 0, 1, 1]
    assert sets.loc["central_asia", "polyarchy_mean"] == pytest.approx(0.05)
    assert sets.attrs["calibration"]["polyarchy_mean"]["thresholds"] == [0.2, 0.5, 0.8]
    tt = qca.truth_table(sets, outcome="conflict_count")
    assert tt.table["n"].sum() == 5


def test_xy_plot_returns_axes():
    import matplotlib

    matplotlib.use("Agg")
    ax = qca.xy_plot(dataset("LF"), "DEV*~IND + URB*STB", "SURV")
    assert ax.get_ylabel() == "SURV" and "inclS 0.850" in ax.get_title()


def test_r_order_keeps_last_implicant_when_condition_in_all():
    """Port of R QCA's sort_matrix: a condition present in every implicant leaves
    the last of the lowest-coded implicants at the end (R: DEV*URB*LIT*IND*STB
    before DEV*~URB*LIT*~IND*STB); with an absence the order is ascending."""
    from regionalism.qca.expressions import r_order

    assert r_order([(1, 0, 1, 0, 1), (1, 1, 1, 1, 1)]) == [1, 0]
    assert r_order([(1, 1, 1, 1, 1), (1, 0, 1, 0, 1)]) == [0, 1]
    # an absent condition somewhere: present values ascending, absences last
    assert r_order([(1, -1), (0, -1), (-1, 0)]) == [1, 0, 2]
    # fewer literals first whatever the values
    assert r_order([(0, 0), (1, -1)]) == [1, 0]
