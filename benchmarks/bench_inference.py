"""Speed and size of the small-N inference in regionalism.models.

Prints (never asserts):

``python benchmarks/bench_inference.py`` (speed)
    - seconds for 10,000 permutation draws of an OLS coefficient (n = 2,000,
      6 regressors), permuting the regressor and (Freedman-Lane) the residuals;
    - the ratio against a loop of statsmodels OLS fits, timed on a few hundred
      fits and extrapolated to 10,000 (stated in the output);
    - seconds for a 9,999-draw wild cluster bootstrap with 25 clusters.
    The statsmodels loop is BLAS-bound and the permutation test is bound by
    numpy's generation of uniform random permutations (about 3/4 of its time),
    so the ratio depends on BLAS threading: run once as is and once with
    ``OPENBLAS_NUM_THREADS=1`` (the thread setting is printed).

``python benchmarks/bench_inference.py --size [REPS]`` (size on the package's panel)
    Rejection rates at the 5% level under a true null on ``rg.region_year()``:
    the real regressors and region-year structure of the H1-H4 baseline
    (complete cases), an outcome with region effects, AR(1) errors within
    regions and effects of the other regressors, so that H0 holds for the
    tested term. Compares the permutation designs of :func:`permutation_test`
    (trajectory swaps of the regressor or of Freedman-Lane residuals, and the
    invalid within-year permutation across regions) with CR1, CR2 and the wild
    cluster bootstrap. Monte Carlo standard error: sqrt(0.05 * 0.95 / REPS).
"""
from __future__ import annotations

import sys
import time

import numpy as np
import pandas as pd


def speed() -> None:
    import statsmodels.api as sm
    import statsmodels.formula.api  # noqa: F401  (import cost not timed)

    import regionalism.models as rm

    import os

    print("BLAS threads: OPENBLAS_NUM_THREADS="
          + os.environ.get("OPENBLAS_NUM_THREADS", "unset (library default)"))
    rng = np.random.default_rng(2024)
    n, G = 2000, 25
    df = pd.DataFrame(rng.normal(size=(n, 6)), columns=[f"x{i}" for i in range(1, 7)])
    df["region_id"] = np.repeat(np.arange(G), n // G)
    df["y"] = 0.05 * df["x1"] + rng.normal(size=G)[df["region_id"]] + rng.normal(size=n)
    formula = "y ~ " + " + ".join(f"x{i}" for i in range(1, 7))
    rm.permutation_test(formula, df, term="x1", n_perm=10, seed=0)  # warm-up

    timings = {}
    for permute in ("regressor", "residuals"):
        best = np.inf
        for _ in range(3):
            t0 = time.perf_counter()
            res = rm.permutation_test(formula, df, term="x1", n_perm=10_000, seed=1,
                                      permute=permute)
            best = min(best, time.perf_counter() - t0)
        timings[permute] = best
        print(f"permutation_test (permute={permute!r}): 10,000 draws, n={n}, 6 regressors: "
              f"{best:.3f} s (best of 3; p = {res.p_value:.4f})")

    X = sm.add_constant(df[[f"x{i}" for i in range(1, 7)]].to_numpy())
    y = df["y"].to_numpy()
    n_naive = 300
    t0 = time.perf_counter()
    for _ in range(n_naive):
        Xp = X.copy()
        Xp[:, 1] = rng.permutation(Xp[:, 1])
        sm.OLS(y, Xp).fit().tvalues[1]
    naive = (time.perf_counter() - t0) / n_naive * 10_000
    for permute, best in timings.items():
        print(f"loop of statsmodels OLS fits: timed {n_naive} fits, extrapolated to 10,000: "
              f"{naive:.2f} s -> permute={permute!r} is {naive / best:.0f}x faster")

    rm.wild_cluster_bootstrap(formula, df, term="x1", cluster="region_id", n_boot=99, seed=0)
    best = np.inf
    for _ in range(3):
        t0 = time.perf_counter()
        wb = rm.wild_cluster_bootstrap(formula, df, term="x1", cluster="region_id",
                                       n_boot=9999, seed=1)
        best = min(best, time.perf_counter() - t0)
    print(f"wild_cluster_bootstrap (WCR, Rademacher): 9,999 draws, {G} clusters, n={n}: "
          f"{best:.3f} s (best of 3; p = {wb.p_value:.4f})")


def size(reps: int = 300, n_perm: int = 199, n_boot: int = 199, seed: int = 16) -> pd.DataFrame:
    """Rejection rates under H0 on the real panel (see the module docstring)."""
    import warnings

    import regionalism as rg
    import regionalism.models as rm
    from regionalism.study import hypotheses

    terms = hypotheses.columns(primary_only=True)
    panel = rg.region_year()
    data = panel.dropna(subset=["secreg_exists", *terms]).reset_index(drop=True)
    data = data[["region_id", "year", *terms]].copy()
    for c in terms:
        data[c] = data[c].astype(float)
    z = (data[terms] - data[terms].mean()) / data[terms].std()
    codes = pd.factorize(data["region_id"], sort=True)[0]
    G = codes.max() + 1
    order = np.lexsort((data["year"].to_numpy(), codes))
    rng = np.random.default_rng(seed)
    methods = ["perm_residuals", "perm_regressor", "perm_within_year", "cr1", "cr2", "wild"]
    hits = {(t, m): 0 for t in terms for m in methods}
    formula = "y ~ " + " + ".join(terms)
    t0 = time.perf_counter()
    for r in range(reps):
        e = np.empty(len(data))
        shocks = rng.normal(size=len(data))
        prev, prev_g = 0.0, -1
        for i in order:  # AR(1), rho = 0.5, within each region in year order
            prev = shocks[i] + (0.5 * prev if codes[i] == prev_g else 0.0)
            prev_g = codes[i]
            e[i] = prev
        u = rng.normal(size=G)[codes]
        for t in terms:
            others = [c for c in terms if c != t]
            df = data.assign(y=u + e + 0.3 * z[others].sum(axis=1))
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                p = {
                    "perm_residuals": rm.permutation_test(
                        formula, df, term=t, cluster="region_id", time="year",
                        permute="residuals", n_perm=n_perm, seed=r).p_value,
                    "perm_regressor": rm.permutation_test(
                        formula, df, term=t, cluster="region_id", time="year",
                        n_perm=n_perm, seed=r).p_value,
                    "perm_within_year": rm.permutation_test(
                        formula, df, term=t, blocks="year", n_perm=n_perm, seed=r).p_value,
                    "cr1": rm.fit(formula, df, cluster="region_id").pvalues[t],
                    "cr2": rm.fit(formula, df, cluster="region_id", cov="cr2").pvalues[t],
                    "wild": rm.wild_cluster_bootstrap(formula, df, term=t, cluster="region_id",
                                                      n_boot=n_boot, seed=r).p_value,
                }
            for m in methods:
                hits[(t, m)] += p[m] <= 0.05
    out = pd.DataFrame([{"term": t, **{m: hits[(t, m)] / reps for m in methods}} for t in terms])
    mcse = np.sqrt(0.05 * 0.95 / reps)
    print(f"Size at 5% under H0 on rg.region_year() complete cases (N={len(data)}, G={G}), "
          f"{reps} replications, {n_perm} permutations / {n_boot} bootstrap draws each, "
          f"MC s.e. {mcse:.4f} (2 s.e. band {0.05 - 2 * mcse:.3f}-{0.05 + 2 * mcse:.3f}); "
          f"{time.perf_counter() - t0:.0f} s")
    print(out.to_string(index=False, float_format=lambda v: f"{v:.3f}"))
    return out


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--size":
        size(int(sys.argv[2]) if len(sys.argv) > 2 else 300)
    else:
        speed()
