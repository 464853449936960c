"""Throughput of regionalism.spec_curve: specifications per second, serially and
on a 2-worker Dask LocalCluster.

Prints (never asserts):
- specifications per second in this process (serial backend);
- specifications per second on ``LocalCluster(n_workers=2, threads_per_worker=1,
  processes=True)`` with warmed-up workers, and the ratio to serial (target on a
  2-core machine: at least 1.6x); the cluster start-up and worker warm-up time is
  printed separately, as is the rate including it;
- optionally (``--joblib``) the joblib (loky, 2 processes) rate;
- peak resident memory (``resource.getrusage``) of this process and of the
  largest finished child process (Dask workers, once the cluster is closed).

Every specification is an OLS fit with cluster-robust (CR1) errors on a
synthetic 40-region x 25-year panel (1,000 rows) through ``rg.fit``.

Run: ``python benchmarks/bench_multiverse.py [--n-specs 2016] [--joblib]``
"""
from __future__ import annotations

import argparse
import logging
import os
import resource
import sys
import time


def _grid(n_specs: int) -> dict:
    from regionalism.study import hypotheses

    regime = [op.column for op in hypotheses["H1"].operationalizations]  # 7
    leadership = [op.column for op in hypotheses["H3"].operationalizations][:4]  # 4
    external = [op.column for op in hypotheses["H2"].operationalizations]  # 3
    demand = [op.column for op in hypotheses["H4"].operationalizations]  # 4
    years = [(1966, 1990), (1975, 1990), (1966, 1985)]
    kw = dict(outcome=["secreg_depth", "secreg_count"], regime=regime, leadership=leadership,
              external=external, demand=demand, years=years, model="ols", cov="cluster")
    per = len(regime) * len(leadership) * len(external) * len(demand) * 2
    kw["years"] = years[:max(1, min(len(years), -(-n_specs // per)))]
    return kw


def _cpu_self() -> float:
    ru = resource.getrusage(resource.RUSAGE_SELF)
    return ru.ru_utime + ru.ru_stime


def _peak_mb() -> tuple[float, float]:
    scale = 1024 if sys.platform != "darwin" else 1024 * 1024  # ru_maxrss: KiB on Linux
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / scale / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024 / scale / 1024
    return own, kids


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n-specs", type=int, default=2016,
                        help="approximate number of specifications (default 2016)")
    parser.add_argument("--joblib", action="store_true", help="also time the joblib backend")
    args = parser.parse_args()

    import pandas as pd

    from regionalism.study import synthetic_panel
    from regionalism.study import multiverse  # the article's H1-H4 as bundle (expected signs)

    panel = synthetic_panel(n_regions=40, n_years=25, seed=7)
    kw = _grid(args.n_specs)
    multiverse(panel, regime="polyarchy_mean", progress=False)  # warm-up: imports

    print(f"load average at start (1/5/15 min): {os.getloadavg()}; cores: {os.cpu_count()}")
    t0, c0 = time.perf_counter(), _cpu_self()
    serial = multiverse(panel, backend="serial", progress=False, **kw)
    t_serial, cpu_serial = time.perf_counter() - t0, _cpu_self() - c0
    n = len(serial.specs)
    print(f"panel: {len(panel)} rows, {panel['region_id'].nunique()} clusters; "
          f"{n} specifications (OLS, CR1), {len(serial.results)} result rows, "
          f"{int((~serial.results['converged']).sum())} failed")
    print(f"serial (run 1): {t_serial:.1f} s -> {n / t_serial:.1f} specifications/s "
          f"(CPU {cpu_serial:.1f} s = {1000 * cpu_serial / n:.1f} ms per specification)")

    if args.joblib:
        t0 = time.perf_counter()
        jb = multiverse(panel, backend="joblib", n_jobs=2, progress=False, **kw)
        t_jb = time.perf_counter() - t0
        pd.testing.assert_frame_equal(jb.results, serial.results)
        print(f"joblib (loky, 2 processes, start-up included): {t_jb:.1f} s -> "
              f"{n / t_jb:.1f} specifications/s ({t_serial / t_jb:.2f}x serial run 1)")

    from distributed import Client, LocalCluster

    import dask

    t0 = time.perf_counter()
    with dask.config.set({"distributed.worker.profile.enabled": False}):  # as multiverse() does
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=logging.ERROR)
    client = Client(cluster)
    client.run(_warm_worker)
    t_start = time.perf_counter() - t0
    try:
        w0 = sum(client.run(_cpu_self).values())
        t0 = time.perf_counter()
        dk = multiverse(panel, backend="dask", scheduler=client, progress=False, **kw)
        t_dask = time.perf_counter() - t0
        cpu_workers = sum(client.run(_cpu_self).values()) - w0
    finally:
        client.close()
        cluster.close()
    same = dk.results.equals(serial.results)
    rate_dask = n / t_dask
    # serial again: the machine may be shared, so average the runs around the Dask one
    t0 = time.perf_counter()
    multiverse(panel, backend="serial", progress=False, **kw)
    t_serial2 = time.perf_counter() - t0
    print(f"serial (run 2, after Dask): {t_serial2:.1f} s -> {n / t_serial2:.1f} "
          "specifications/s")
    rate_serial = n / ((t_serial + t_serial2) / 2)
    print(f"serial (mean of the two runs): {rate_serial:.1f} specifications/s")
    print(f"dask LocalCluster start-up and worker warm-up: {t_start:.1f} s")
    print(f"dask (2 workers x 1 thread, processes): {t_dask:.1f} s -> {rate_dask:.1f} "
          f"specifications/s = {rate_dask / rate_serial:.2f}x serial (target >= 1.6x); "
          f"including start-up: {n / (t_dask + t_start):.1f} specifications/s; "
          f"results identical to serial: {same}")
    print(f"dask worker CPU: {cpu_workers:.1f} s = {1000 * cpu_workers / n:.1f} ms per "
          f"specification; load average at end: {os.getloadavg()}")
    print(f"CPU-time bound (not a measurement): with two otherwise idle cores, 2 x "
          f"{1000 * cpu_serial / n:.1f} / {1000 * cpu_workers / n:.1f} ms = "
          f"{2 * cpu_serial / cpu_workers:.2f}x serial")
    own, kids = _peak_mb()
    print(f"peak memory (max RSS): this process {own:.0f} MB; largest finished child "
          f"process (Dask worker) {kids:.0f} MB")


def _warm_worker() -> None:
    import statsmodels.formula.api  # noqa: F401

    import regionalism.spec_curve.runner  # noqa: F401
    from regionalism.models import fit
    from regionalism.study import synthetic_panel

    fit("secreg_depth ~ polyarchy_mean", synthetic_panel(5, 5), cluster="region_id")


if __name__ == "__main__":
    main()
