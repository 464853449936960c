"""Speed of the vectorized small-N inference in regionalism.models.

Prints (never asserts):
- seconds for 10,000 permutation draws of an OLS coefficient (n = 2,000, 6 regressors);
- the ratio against a naive loop of statsmodels OLS fits, timed on a few hundred fits
  and extrapolated to 10,000 (stated in the output);
- seconds for a 9,999-draw wild cluster bootstrap with 25 clusters.

Run: ``python benchmarks/bench_inference.py``
"""
from __future__ import annotations

import time

import numpy as np
import pandas as pd


def main() -> None:
    import statsmodels.api as sm
    import statsmodels.formula.api  # noqa: F401  (import cost not timed)

    import regionalism.models as rm

    rng = np.random.default_rng(2024)
    n, G = 2000, 25
    df = pd.DataFrame(rng.normal(size=(n, 6)), columns=[f"x{i}" for i in range(1, 7)])
    df["region_id"] = np.repeat(np.arange(G), n // G)
    df["y"] = 0.05 * df["x1"] + rng.normal(size=G)[df["region_id"]] + rng.normal(size=n)
    formula = "y ~ " + " + ".join(f"x{i}" for i in range(1, 7))
    rm.permutation_test(formula, df, term="x1", n_perm=10, seed=0)  # warm-up

    best = np.inf
    for _ in range(3):
        t0 = time.perf_counter()
        res = rm.permutation_test(formula, df, term="x1", n_perm=10_000, seed=1)
        best = min(best, time.perf_counter() - t0)
    print(f"permutation_test: 10,000 draws, n={n}, 6 regressors: {best:.3f} s "
          f"(best of 3; p = {res.p_value:.4f})")

    X = sm.add_constant(df[[f"x{i}" for i in range(1, 7)]].to_numpy())
    y = df["y"].to_numpy()
    n_naive = 300
    t0 = time.perf_counter()
    for _ in range(n_naive):
        Xp = X.copy()
        Xp[:, 1] = rng.permutation(Xp[:, 1])
        sm.OLS(y, Xp).fit().tvalues[1]
    naive = (time.perf_counter() - t0) / n_naive * 10_000
    print(f"naive loop of statsmodels OLS fits: timed {n_naive} fits, extrapolated to 10,000: "
          f"{naive:.2f} s -> vectorized is {naive / best:.0f}x faster")

    rm.wild_cluster_bootstrap(formula, df, term="x1", cluster="region_id", n_boot=99, seed=0)
    best = np.inf
    for _ in range(3):
        t0 = time.perf_counter()
        wb = rm.wild_cluster_bootstrap(formula, df, term="x1", cluster="region_id",
                                       n_boot=9999, seed=1)
        best = min(best, time.perf_counter() - t0)
    print(f"wild_cluster_bootstrap (WCR, Rademacher): 9,999 draws, {G} clusters, n={n}: "
          f"{best:.3f} s (best of 3; p = {wb.p_value:.4f})")


if __name__ == "__main__":
    main()
