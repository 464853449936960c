"""Hand-checkable tests of attribute tables, Mill's methods and case selection."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import statsmodels.api as sm

from regionalism.cases import (
    attribute_table, joint_method, method_of_agreement, method_of_difference, select_cases,
)


@pytest.fixture
def regions() -> pd.DataFrame:
    # 5 regions x 4 attributes; depth median = 2.0, polyarchy median = 0.5
    return pd.DataFrame({
        "region_id": ["europe", "central_asia", "south_america", "east_asia", "west_africa"],
        "depth": [4.0, 0.5, 2.0, 1.0, 3.0],          # high: europe, south_america, west_africa
        "polyarchy": [0.9, 0.1, 0.6, 0.5, 0.3],      # high: europe, south_america, east_asia
        "hegemon": [0, 1, 0, 0, 0],                  # yes only in central_asia
        "legal": ["civil", "soviet", "civil", "mixed", "common"],
        "conflict": [0, 1, 0, 1, 1],
    })


def test_attribute_table_unique_shared_common(regions):
    t = attribute_table(regions, attributes=["depth", "polyarchy", "hegemon", "legal"],
                        focal="central_asia")
    assert t.thresholds == {"depth": 2.0, "polyarchy": 0.5}
    s = t.sharing.set_index(["attribute", "value"])
    assert s.loc[("depth", "high"), "cases"] == "europe,south_america,west_africa"
    assert s.loc[("hegemon", "yes"), "status"] == "unique"
    assert s.loc[("legal", "civil"), "status"] == "shared"
    assert s.loc[("legal", "soviet"), "cases"] == "central_asia"
    f = t.focal.set_index("attribute")
    assert f.loc["hegemon", "status"] == "unique"
    assert f.loc["legal", "status"] == "unique"
    assert f.loc["depth", "shared_with"] == "east_asia"
    assert f.loc["polyarchy", "shared_with"] == "west_africa"
    # overriding a threshold changes the answer
    t2 = attribute_table(regions, attributes=["depth"], thresholds={"depth": 0.0},
                         focal="central_asia")
    assert t2.focal.loc[0, "status"] == "common"


def test_attribute_table_errors(regions):
    with pytest.raises(KeyError, match="focal case"):
        attribute_table(regions, focal="mars")
    with pytest.raises(KeyError, match="not in the data"):
        attribute_table(regions, attributes=["nope"])


def test_mills_methods(regions):
    attrs = ["depth", "polyarchy", "hegemon"]
    agree = method_of_agreement(regions, outcome="conflict", attributes=attrs).set_index(
        "attribute")
    # conflict cases: central_asia, east_asia, west_africa -> depth low, low, high
    assert not agree.loc["depth", "survives"]
    assert agree.loc["depth", "dissenting"] == "west_africa"
    # polyarchy: low, high(0.5 >= median 0.5), low -> fails
    assert not agree.loc["polyarchy", "survives"]
    diff = method_of_difference(regions, outcome="conflict", attributes=attrs)
    assert len(diff) == 3 * 2
    top = diff.iloc[0]
    assert top["n_differences"] == 1 and top["decisive"]
    # south_america (no conflict) vs west_africa: differ only on polyarchy
    pair = diff[(diff.positive == "west_africa") & (diff.negative == "south_america")].iloc[0]
    assert pair["differences"] == "polyarchy"
    joint = joint_method(regions.assign(low_dem=[0, 1, 0, 1, 1]), outcome="conflict",
                         attributes=attrs + ["low_dem"]).set_index("attribute")
    assert joint.loc["low_dem", "survives"]
    assert not joint.loc["hegemon", "survives"]
    # the modal value among conflict cases is hegemon = "no"; central_asia breaks agreement
    assert joint.loc["hegemon", "positive_without"] == "central_asia"
    assert joint.loc["hegemon", "negative_with"] == "europe,south_america"


def test_mill_needs_binary_outcome(regions):
    with pytest.raises(ValueError, match="binary"):
        method_of_agreement(regions, outcome="depth")


def test_select_cases_from_statsmodels():
    rng = np.random.default_rng(1)
    x = np.arange(20, dtype=float)
    y = 2 * x + rng.normal(0, 0.1, 20)
    y[7] += 15  # a deviant case
    X = sm.add_constant(pd.DataFrame({"x": x}, index=[f"r{i}" for i in range(20)]))
    res = sm.OLS(pd.Series(y, index=X.index), X).fit()
    out = select_cases(res, kinds=["typical", "deviant", "influential", "extreme"], n=1)
    picks = dict(zip(out["kind"], out["case"]))
    assert picks["deviant"] == "r7"
    assert picks["influential"] == "r7"
    assert picks["typical"] != "r7"
    assert picks["extreme"] in ("r0", "r19")
    assert out["reason"].str.len().gt(10).all()


def test_select_pairs():
    cov = pd.DataFrame({"a": [0.0, 0.1, 5.0, 5.2], "b": [1.0, 1.0, 0.0, 0.1]},
                       index=["p", "q", "r", "s"])
    y = pd.Series([1, 0, 1, 1], index=cov.index)
    sim = select_cases(kinds=["most_similar"], covariates=cov, outcome=y)
    assert sim.loc[0, "case"] == "p | q"
    dif = select_cases(kinds=["most_different"], covariates=cov, outcome=y)
    assert dif.loc[0, "case"] in ("p | r", "p | s")
    with pytest.raises(ValueError, match="covariates"):
        select_cases(kinds=["most_similar"])


def test_select_cases_from_qca_solution():
    from regionalism import qca

    df = pd.DataFrame({"A": [0.9, 0.8, 0.7, 0.2, 0.1], "Y": [0.95, 0.2, 0.8, 0.1, 0.3]},
                      index=list("abcde"))
    sol = qca.minimize(df, outcome="Y", incl_cut=0.7)
    out = select_cases(solution=sol, kinds=["typical", "deviant"])
    picks = dict(zip(out["kind"], out["case"]))
    assert picks["deviant"] == "b"
    assert picks["typical"] in ("a", "c")
