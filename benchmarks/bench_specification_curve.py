"""Specification curves at scale: the batched linear path, the joint test and Dask.

Prints (never asserts), every figure measured in this run:

1. OLS/CR1 specifications per second on the benchmark panel (synthetic,
   40 regions x 25 years = 1,000 rows; the 2,016-specification H1-H4 grid of
   ``bench_multiverse.py``): batched (``multiverse(batched=True)``, the
   default) against one ``rg.fit`` per specification (``batched=False``), and
   the ratio (targets: at least 2,000 specifications/s and at least 20x);
   whether the two give the same numbers (max. absolute difference).
2. When pyfixest is installed: its multiple estimation (``sw(...)``, CR1 by
   region) on the same grid, specifications per second and our ratio to it
   (target at least 15x).
3. The joint specification-curve test (Simonsohn, Simmons and Nelson 2020):
   ``--joint-specs`` specifications x ``--draws`` permutation draws for one
   focal term, serial, in seconds (target: 2,000 x 500 in at most 60 s), with
   the peak resident memory before and after (growth with the draws beyond
   the result arrays).
4. Dask LocalCluster (2 worker processes, 1 thread each, warmed up) against
   serial on the batched path for a larger grid (8 year windows), the ratio
   (target at least 1.7x) and whether results are identical.
5. The joint test of 3. with its blocks of draws as tasks on the same Dask
   cluster against the serial run of 3.: the ratio and whether the null
   distributions are identical.

Run: ``python benchmarks/bench_specification_curve.py [--draws 500] [--no-dask]``
"""
from __future__ import annotations

import argparse
import os
import resource
import time


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _grid(n_years: int = 3) -> dict:
    from regionalism.study import hypotheses

    years = [(1966, 1990), (1975, 1990), (1966, 1985), (1970, 1990), (1966, 1980),
             (1980, 1990), (1968, 1988), (1972, 1986)][:n_years]
    return dict(outcome=["secreg_depth", "secreg_count"],
                regime=[op.column for op in hypotheses["H1"].operationalizations],
                leadership=[op.column for op in hypotheses["H3"].operationalizations][:4],
                external=[op.column for op in hypotheses["H2"].operationalizations],
                demand=[op.column for op in hypotheses["H4"].operationalizations],
                years=years, model="ols", cov="cluster")


def _pyfixest_rate(panel, kw) -> tuple[float, int] | None:
    try:
        import pyfixest as pf
    except ImportError:
        return None
    fits = 0
    t0 = time.perf_counter()
    for lo, hi in kw["years"]:
        sub = panel[panel["year"].between(lo, hi)]
        for regime in kw["regime"]:
            rhs = (f"{regime} + sw({', '.join(kw['leadership'])}) + "
                   f"sw({', '.join(kw['external'])}) + sw({', '.join(kw['demand'])})")
            res = pf.feols(f"{' + '.join(kw['outcome'])} ~ {rhs}", data=sub,
                           vcov={"CRV1": "region_id"})
            fits += len(res.all_fitted_models)
    return fits / (time.perf_counter() - t0), fits


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--draws", type=int, default=500)
    parser.add_argument("--no-dask", action="store_true")
    args = parser.parse_args()

    import numpy as np

    from regionalism.study import synthetic_panel
    from regionalism.study import multiverse  # the article's H1-H4 as bundle (expected signs)

    print(f"load average at start (1/5/15 min): {os.getloadavg()}; cores: {os.cpu_count()}")
    panel = synthetic_panel(n_regions=40, n_years=25, seed=7)
    kw = _grid()
    multiverse(panel, regime="polyarchy_mean", progress=False)  # imports

    t0 = time.perf_counter()
    fast = multiverse(panel, progress=False, **kw)
    t_fast = time.perf_counter() - t0
    n = len(fast.specs)
    t0 = time.perf_counter()
    slow = multiverse(panel, progress=False, batched=False, **kw)
    t_slow = time.perf_counter() - t0
    num = ["estimate", "std_error", "p_value", "conf_low", "conf_high"]
    diff = float(np.nanmax(np.abs(fast.results[num].to_numpy(float)
                                  - slow.results[num].to_numpy(float))))
    print(f"1. {n} OLS/CR1 specifications on {len(panel)} rows: batched {t_fast:.2f} s = "
          f"{n / t_fast:,.0f} specifications/s (target >= 2,000); one rg.fit each "
          f"{t_slow:.1f} s = {n / t_slow:,.0f}/s; ratio {t_slow / t_fast:.1f}x (target >= 20x); "
          f"max |difference| {diff:.1e}")

    pf = _pyfixest_rate(panel, kw)
    if pf is None:
        print("2. pyfixest not installed: no ratio to its multiple estimation")
    else:
        rate, fits = pf
        print(f"2. pyfixest multiple estimation, same grid ({fits} fits): {rate:,.0f} "
              f"specifications/s; batched / pyfixest = {n / t_fast / rate:.1f}x (target >= 15x)")

    before = _peak_mb()
    t0 = time.perf_counter()
    null = fast.permutation_test("regime", n_perm=args.draws, seed=1)
    t_joint = time.perf_counter() - t0
    after = _peak_mb()
    arrays = (null.null_coef.nbytes + null.null_t.nbytes) / 2**20
    print(f"3. joint test, {null.null_coef.shape[0]} specifications x {args.draws} draws "
          f"(serial): {t_joint:.1f} s (target <= 60 s for 2,000 x 500); peak RSS {before:.0f} -> "
          f"{after:.0f} MB (result arrays {arrays:.0f} MB)")

    if args.no_dask:
        return
    from regionalism.spec_curve.runner import dask_client

    big = _grid(n_years=8)
    t0 = time.perf_counter()
    serial = multiverse(panel, progress=False, **big)
    t_serial = time.perf_counter() - t0
    # the local cluster backend="dask" starts by itself (2 processes x 1 thread, settings in dask_client)
    with dask_client(None, 2) as client:
        # warm every worker (imports, first fits): a grid of 2 x n_workers chunks reaches both
        multiverse(panel, backend="dask", scheduler=client, progress=False, **kw)
        t0 = time.perf_counter()
        dk = multiverse(panel, backend="dask", scheduler=client, progress=False, **big)
        t_dask = time.perf_counter() - t0
        t0 = time.perf_counter()
        null_dk = fast.permutation_test("regime", n_perm=args.draws, seed=1, backend="dask",
                                        scheduler=client, progress=False)
        t_joint_dask = time.perf_counter() - t0
    print(f"4. {len(serial.specs)} specifications, batched path: serial {t_serial:.2f} s, "
          f"Dask 2 workers {t_dask:.2f} s = {t_serial / t_dask:.2f}x (target >= 1.7x); "
          f"identical: {dk.results.equals(serial.results)}; load average {os.getloadavg()}")
    same = all(np.array_equal(getattr(null, a), getattr(null_dk, a))
               for a in ("null_coef", "null_t", "observed_coef", "observed_t"))
    print(f"5. joint test, {null.null_coef.shape[0]} specifications x {args.draws} draws: serial "
          f"{t_joint:.1f} s (3.), Dask 2 workers {t_joint_dask:.1f} s = {t_joint / t_joint_dask:.2f}x "
          f"(target >= 1.7x); identical: {same}")


if __name__ == "__main__":
    main()
