"""Property tests: the fast prime-implicant and cover algorithms against brute force.

The reference implementations below are deliberately naive (enumerate every
implicant, every subset of prime implicants) and only usable on tiny tables.
"""

from __future__ import annotations

from itertools import combinations, product

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from regionalism import qca
from regionalism.qca.expressions import format_term, r_order, sort_key
from regionalism.qca.primes import coverage_matrix, minimal_covers, prime_implicants
from regionalism.qca.truth_table import decode_rows

SETTINGS = settings(max_examples=40, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def brute_primes(on: set[int], dc: set[int], noflevels: list[int]) -> list[tuple[int, ...]]:
    """Every implicant whose rows are all positive or don't-care, that covers a positive
    row and that no allowed implicant with one condition fewer contains."""
    total = int(np.prod(noflevels))
    vals = decode_rows(np.arange(total), noflevels)
    imps = list(product(*[[-1, *range(lv)] for lv in noflevels]))
    arr = np.array(imps)
    cover = ((arr[:, None, :] == -1) | (arr[:, None, :] == vals[None, :, :])).all(axis=2)
    ok = np.zeros(total, dtype=bool)
    ok[list(on | dc)] = True
    pos = np.zeros(total, dtype=bool)
    pos[list(on)] = True
    allowed = dict(zip(imps, ~(cover & ~ok).any(axis=1)))
    hits_on = dict(zip(imps, (cover & pos).any(axis=1)))
    out = [imp for imp in imps
           if allowed[imp] and hits_on[imp]
           and not any(allowed[imp[:j] + (-1,) + imp[j + 1:]]
                       for j in range(len(imp)) if imp[j] != -1)]
    out.sort(key=sort_key)
    return [out[i] for i in r_order(out)]


def brute_minimum_covers(chart: np.ndarray) -> list[tuple[int, ...]]:
    n = chart.shape[0]
    for size in range(0, n + 1):
        found = [c for c in combinations(range(n), size)
                 if chart[list(c)].any(axis=0).all()] if size else (
            [()] if chart.shape[1] == 0 else [])
        if found:
            return sorted(found)
    return []


def brute_irredundant_covers(chart: np.ndarray) -> list[tuple[int, ...]]:
    n = chart.shape[0]
    out = []
    for size in range(1, n + 1):
        for c in combinations(range(n), size):
            if not chart[list(c)].any(axis=0).all():
                continue
            if any(chart[[i for i in c if i != j]].any(axis=0).all() for j in c):
                continue
            out.append(c)
    return sorted(out, key=lambda s: (len(s), s))


@st.composite
def tables(draw, max_conditions: int = 5, multivalue: bool = True):
    """Random complete truth tables: levels per condition and each row's status."""
    k = draw(st.integers(3, max_conditions))
    levels = [draw(st.sampled_from([2, 2, 3])) if multivalue else 2 for _ in range(k)]
    while int(np.prod(levels)) > 96:
        levels[levels.index(max(levels))] = 2
    total = int(np.prod(levels))
    status = draw(st.lists(st.sampled_from("10?"), min_size=total, max_size=total))
    if "1" not in status:
        status[draw(st.integers(0, total - 1))] = "1"
    return levels, status


@SETTINGS
@given(tables())
def test_prime_implicants_match_brute_force(table):
    levels, status = table
    status = np.array(status)
    on = np.flatnonzero(status == "1")
    dc = np.flatnonzero(status == "?")
    assert prime_implicants(on, dc, levels) == brute_primes(set(on), set(dc), levels)
    # conservative: no don't-cares
    assert prime_implicants(on, np.array([], dtype=int), levels) == brute_primes(
        set(on), set(), levels)


@SETTINGS
@given(tables(max_conditions=6, multivalue=False))
def test_prime_implicants_binary_up_to_six_conditions(table):
    levels, status = table
    status = np.array(status)
    on = np.flatnonzero(status == "1")
    dc = np.flatnonzero(status == "?")
    assert prime_implicants(on, dc, levels) == brute_primes(set(on), set(dc), levels)


@st.composite
def charts(draw, max_rows: int = 9, max_cols: int = 7):
    n_imp = draw(st.integers(1, max_rows))
    n_col = draw(st.integers(1, max_cols))
    cells = draw(st.lists(st.booleans(), min_size=n_imp * n_col, max_size=n_imp * n_col))
    chart = np.array(cells, dtype=bool).reshape(n_imp, n_col)
    # every column needs a cover; duplicate rows are kept on purpose (merged classes)
    for c in np.flatnonzero(~chart.any(axis=0)):
        chart[draw(st.integers(0, n_imp - 1)), c] = True
    return chart


@SETTINGS
@given(charts())
def test_minimum_covers_match_brute_force(chart):
    assert minimal_covers(chart) == brute_minimum_covers(chart)


@SETTINGS
@given(charts(max_rows=8, max_cols=6))
def test_irredundant_covers_match_brute_force(chart):
    assert minimal_covers(chart, all_sol=True) == brute_irredundant_covers(chart)


def test_covers_with_many_interchangeable_implicants():
    # two columns; implicants 0-2 cover both, 3-5 only the first, 6 only the second
    chart = np.array([[1, 1]] * 3 + [[1, 0]] * 3 + [[0, 1]], dtype=bool)
    assert minimal_covers(chart) == [(0,), (1,), (2,)]
    assert minimal_covers(chart, all_sol=True) == [(0,), (1,), (2,), (3, 6), (4, 6), (5, 6)]
    assert minimal_covers(chart, max_solutions=2) == [(0,), (1,)]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tables(max_conditions=5, multivalue=False), st.booleans())
def test_minimize_models_are_brute_force_minimum_covers(table, remainders):
    levels, status = table
    status = np.array(status)
    observed = np.flatnonzero(status != "?")
    vals = decode_rows(observed, levels)
    conds = [f"C{j + 1}" for j in range(len(levels))]
    df = pd.DataFrame(vals, columns=conds, index=[f"r{i}" for i in observed])
    df["Y"] = (status[observed] == "1").astype(int)
    on = set(np.flatnonzero(status == "1").tolist())
    dc = set(np.flatnonzero(status == "?").tolist()) if remainders else set()
    assume("0" in status)  # R (and we) refuse a table without negative rows
    sol = qca.minimize(df, outcome="Y", include="?" if remainders else None)
    pis = brute_primes(on, dc, levels)
    chart = coverage_matrix(pis, decode_rows(np.array(sorted(on)), levels))
    expected = {tuple(format_term(pis[i], conds, levels) for i in c)
                for c in brute_minimum_covers(chart)}
    assert {tuple(m) for m in sol.models} == expected
    assert sol.prime_implicants == [format_term(p, conds, levels) for p in pis]


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tables(max_conditions=5, multivalue=False))
def test_simplifying_assumptions_are_the_remainders_each_model_covers(table):
    levels, status = table
    status = np.array(status)
    assume("0" in status and "?" in status)
    observed = np.flatnonzero(status != "?")
    conds = [f"C{j + 1}" for j in range(len(levels))]
    df = pd.DataFrame(decode_rows(observed, levels), columns=conds,
                      index=[f"r{i}" for i in observed])
    df["Y"] = (status[observed] == "1").astype(int)
    sol = qca.minimize(df, outcome="Y", include="?")
    sa = sol.simplifying_assumptions
    assert list(sa) == [f"M{i + 1}" for i in range(len(sol.models))] and len(sa) == len(sol.models)
    remainders = np.flatnonzero(status == "?")
    rem_vals = decode_rows(remainders, levels)
    for label, model in zip(sa, sol.models):
        used = set()
        for term in model:
            imp = [-1] * len(levels)
            for lit in term.split("*"):
                imp[conds.index(lit.lstrip("~"))] = 0 if lit.startswith("~") else 1
            hit = [all(v == -1 or v == x for v, x in zip(imp, row)) for row in rem_vals]
            used |= set((remainders[hit] + 1).tolist())
        frame = sa[label]
        assert set(frame.index.tolist()) == used
        assert list(frame.columns) == conds
        np.testing.assert_array_equal(frame.to_numpy(), decode_rows(frame.index.to_numpy() - 1,
                                                                    levels))
    with pytest.raises(KeyError):
        sa["M0"]
