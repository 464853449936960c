"""Benchmark: exact minimization of random crisp truth tables (12 and 16 conditions).

Run: ``python benchmarks/bench_qca.py``. Prints wall-clock times of prime
implicant generation and of the full parsimonious and conservative
minimization (all minimal models). ``/work/shared/qca`` supplies no R timings,
so no ratio to R is printed.

Known limitation (measured 2 cores, shared): with 16 conditions prime implicant
generation takes ~5-10 s (3**16-cell lattice) and solving the parsimonious chart
(thousands of PIs, all minimum covers) did not finish within minutes; the
conservative solution and the 12-condition case take well under a few seconds.
"""

from __future__ import annotations

import sys
import time

import numpy as np
import pandas as pd

from regionalism import qca
from regionalism.qca.truth_table import decode_rows


def random_table(k: int, n_obs: int, seed: int) -> pd.DataFrame:
    """Random crisp data: ``n_obs`` distinct configurations, outcome from a planted rule
    (A*B + ~C*D, 3% of outcomes flipped to 0) so that minimization is non-trivial."""
    rng = np.random.default_rng(seed)
    rows = rng.choice(2 ** k, size=n_obs, replace=False)
    X = decode_rows(rows, [2] * k)
    y = ((X[:, 0] & X[:, 1]) | ((1 - X[:, 2]) & X[:, 3])).astype(int)
    y[rng.random(n_obs) < 0.03] = 0
    cols = [f"C{i + 1}" for i in range(k)]
    df = pd.DataFrame(X, columns=cols, index=[f"case{i}" for i in range(n_obs)])
    df["Y"] = y
    return df


def timed(fn, repeat: int = 3):
    best, out = np.inf, None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t0)
    return best, out


def main() -> None:
    print(f"{'k':>3} {'cases':>6} {'step':<28} {'seconds':>9}  result")
    for k, n_obs in ((12, 150), (16, 100)):
        df = random_table(k, n_obs, seed=20240 + k)
        tt = qca.truth_table(df, outcome="Y")
        t_tt, _ = timed(lambda: qca.truth_table(df, outcome="Y"), 1)
        print(f"{k:>3} {n_obs:>6} {'truth table':<28} {t_tt:9.3f}")
        on = tt.table.index[tt.table["OUT"] == "1"].to_numpy() - 1
        dc = np.setdiff1d(np.arange(2 ** k), tt.table.index.to_numpy() - 1)
        t_pi, pis = timed(lambda: qca.prime_implicants(on, dc, [2] * k))
        print(f"{k:>3} {n_obs:>6} {'prime implicants (with ?)':<28} {t_pi:9.3f}  {len(pis)} PIs")
        if k > 12 and "--full" not in sys.argv:
            print(f"{k:>3} {n_obs:>6} {'parsimonious, all models':<28} {'skipped':>9}  "
                  "(slow; run with --full)")
        else:
            t_p, sol = timed(lambda: tt.minimize(include="?"), 1)
            print(f"{k:>3} {n_obs:>6} {'parsimonious, all models':<28} {t_p:9.3f}  "
                  f"{len(sol.models)} model(s), {len(sol.models[0])} terms")
        t_c, sol_c = timed(lambda: tt.minimize(), 1)
        print(f"{k:>3} {n_obs:>6} {'conservative, all models':<28} {t_c:9.3f}  "
              f"{len(sol_c.models)} model(s), {len(sol_c.models[0])} terms")


if __name__ == "__main__":
    main()
