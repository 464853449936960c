"""0.5 memberships, truth-table options (dcc, sort_by, exclude) and size guards."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest

from regionalism import qca
from regionalism.qca.primes import prime_implicants, prime_implicants_off
from regionalism.qca.sets import MAX_TABLE_ROWS


def fuzzy_data() -> pd.DataFrame:
    return pd.DataFrame({"A": [0.9, 0.5, 0.2, 0.8, 0.7], "B": [0.8, 0.9, 0.5, 0.3, 0.6],
                         "Y": [0.9, 0.8, 0.1, 0.2, 0.7]}, index=["a", "b", "c", "d", "e"])


def test_half_membership_case_belongs_to_no_row_and_is_named():
    with pytest.warns(qca.HalfMembershipWarning, match=r"b \(A\); c \(B\)"):
        tt = qca.truth_table(fuzzy_data(), outcome="Y", incl_cut=0.8, complete=True)
    assert tt.table["n"].sum() == 3  # a, d, e; b and c sit at the crossover
    assert "b" not in ",".join(tt.table["cases"]) and "c" not in ",".join(tt.table["cases"])
    # their memberships still enter inclusion: row A*B (4) uses all five cases
    x = np.minimum(fuzzy_data()["A"], fuzzy_data()["B"]).to_numpy()
    y = fuzzy_data()["Y"].to_numpy()
    assert tt.table.loc[4, "incl"] == pytest.approx(np.minimum(x, y).sum() / x.sum())


def test_no_warning_without_half_memberships():
    d = fuzzy_data().replace(0.5, 0.45)
    with warnings.catch_warnings():
        warnings.simplefilter("error", qca.HalfMembershipWarning)
        qca.truth_table(d, outcome="Y")


def test_dcc_sort_by_and_exclude():
    d = pd.DataFrame({"A": [1, 1, 1, 0, 0], "B": [1, 1, 0, 1, 0], "Y": [1, 0, 1, 0, 0]},
                     index=list("abcde"))
    tt = qca.truth_table(d, outcome="Y", incl_cut=0.5, dcc=True, sort_by=["incl", "n"])
    assert tt.table.loc[4, "DCC"] == "b" and tt.table.loc[4, "cases"] == "a,b"
    assert tt.table.index.tolist() == [3, 4, 1, 2]  # incl 1, 0.5, 0, 0 (n breaks the tie)
    with pytest.warns(UserWarning, match="observed rows"):
        t2 = qca.truth_table(d, outcome="Y", exclude=[1, 2])
    assert t2.options["exclude"] == []
    with pytest.raises(ValueError, match="outside"):
        qca.truth_table(d, outcome="Y", exclude=[9])


def test_guards_refuse_huge_tables_with_clear_errors():
    rng = np.random.default_rng(1)
    k = 30
    X = rng.integers(0, 2, size=(50, k))
    d = pd.DataFrame(X, columns=[f"C{i}" for i in range(k)])
    d["Y"] = X[:, 0] & X[:, 1]
    tt = qca.truth_table(d, outcome="Y")  # observed rows only
    assert len(tt.table) == len(np.unique(X, axis=0))
    with pytest.raises(ValueError, match="MAX_TABLE_ROWS"):
        qca.truth_table(d, outcome="Y", complete=True)
    with pytest.raises(ValueError, match="MAX_TABLE_ROWS"):
        qca.find_rows(tt, "C1")
    assert 2 ** k > MAX_TABLE_ROWS


def test_off_set_prime_implicants_equal_the_enumerated_ones():
    rng = np.random.default_rng(7)
    for _ in range(100):
        lv = [int(v) for v in rng.integers(2, 4, size=rng.integers(2, 6))]
        total = int(np.prod(lv))
        rows = rng.permutation(total)
        n_on, n_off = int(rng.integers(1, total // 2 + 1)), int(rng.integers(0, total // 2))
        on, off = rows[:n_on], rows[n_on:n_on + n_off]
        rest = np.setdiff1d(np.arange(total), np.union1d(on, off))
        assert prime_implicants_off(on, off, lv) == prime_implicants(on, rest, lv)


def test_super_subset_default_depth_is_bounded_with_a_warning(capsys):
    from regionalism.qca import set_relations

    rng = np.random.default_rng(3)
    k = set_relations.DEFAULT_DEPTH + 1
    d = pd.DataFrame(rng.integers(0, 2, size=(30, k)), columns=[f"C{i}" for i in range(k)])
    d["Y"] = d["C0"]
    with pytest.warns(UserWarning, match="DEFAULT_DEPTH"):
        out = qca.super_subset(d, outcome="Y", incl_cut=0.0, progress=True)
    assert max(len(e.split("*")) for e in out.index) <= set_relations.DEFAULT_DEPTH
    assert "combinations (100%)" in capsys.readouterr().err
    assert set_relations._n_combinations([2] * 3, 3) == 3 ** 3 - 1


def test_details_lists_deviant_cases_per_term():
    d = pd.DataFrame({"A": [0.9, 0.8, 0.7, 0.2], "B": [0.1, 0.2, 0.9, 0.8],
                      "Y": [0.9, 0.3, 0.8, 0.1]}, index=list("abcd"))
    sol = qca.minimize(d, outcome="Y", incl_cut=0.6, details=True)
    assert sol.models == [["A"]]
    assert sol.fit.loc["A", "DCC"] == "b"  # in A (0.8) but not in Y (0.3)
    assert sol.fit.loc["A", "cases"] == "a,b; c"
    assert "DCC" not in qca.minimize(d, outcome="Y", incl_cut=0.6).fit
