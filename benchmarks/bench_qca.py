"""Benchmark: exact minimization of random crisp truth tables (12 and 16 conditions),
then the speed ladder of issue 18 (20 and 30 conditions, 300 cases).

Run: ``python benchmarks/bench_qca.py [--repeat N] [--budget S]``. For each seeded random
table it prints wall-clock times (best of ``N``) of the truth table, prime
implicant generation with remainders, and the full parsimonious
(``include="?"``, every minimum model) and conservative minimizations.
The ladder runs each step in a child process stopped after ``--budget``
seconds and prints the target (20 conditions <= 1 s, 30 conditions <= 10 s)
next to each time.

The inputs are written to ``tests/results/qca_timings/random_k{12,16}.csv``;
``tests/results/qca_timings/time_qca.R`` times R's QCA on the same files and
writes ``r_timings.json`` there. When that file exists the ratio ours / R
(best time against R's best time) is printed per case, and the models of
both engines are compared; otherwise the R column says "n/a".
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import time
from pathlib import Path

import numpy as np
import pandas as pd

from regionalism import qca
from regionalism.qca.primes import prime_implicants_off
from regionalism.qca.sets import decode_rows

TIMINGS = Path(__file__).resolve().parents[1] / "tests" / "results" / "qca_timings"
CASES = ((12, 150), (16, 100))
#: the ladder of issue 18: (conditions, cases, target seconds)
LADDER = ((20, 300, 1.0), (30, 300, 10.0))


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


def timed(fn, repeat: int):
    best, out = np.inf, None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t0)
    return best, out


def load_r_timings() -> dict | None:
    path = TIMINGS / "r_timings.json"
    if not path.exists():
        return None
    return json.loads(path.read_text())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="repetitions (best is shown)")
    parser.add_argument("--budget", type=float, default=60.0,
                        help="seconds allowed per ladder step")
    args = parser.parse_args()
    r = load_r_timings()
    if r is None:
        print(f"no R timings ({TIMINGS / 'r_timings.json'} missing: run "
              "Rscript tests/results/qca_timings/time_qca.R where R's QCA is installed)")
    else:
        print(f"R timings: {r['R']}, QCA {r['QCA']}, {r['date']}")
    print(f"{'k':>3} {'cases':>6} {'step':<26} {'ours s':>8} {'R s':>8} {'ours/R':>7}  result")
    TIMINGS.mkdir(parents=True, exist_ok=True)
    for k, n_obs in CASES:
        df = random_table(k, n_obs, seed=20240 + k)
        df.to_csv(TIMINGS / f"random_k{k}.csv", index_label="case")
        rk = (r or {}).get("cases", {}).get(f"k{k}", {})

        def row(step: str, key: str | None, secs: float, result: str = "",
                rk: dict = rk, k: int = k, n_obs: int = n_obs) -> None:
            r_secs = min(rk[key]["seconds"]) if key and key in rk else None
            r_txt = f"{r_secs:8.3f}" if r_secs is not None else f"{'n/a':>8}"
            ratio = f"{secs / r_secs:7.2f}" if r_secs else f"{'':>7}"
            print(f"{k:>3} {n_obs:>6} {step:<26} {secs:8.3f} {r_txt} {ratio}  {result}")

        t_tt, tt = timed(lambda df=df: qca.truth_table(df, outcome="Y"), args.repeat)
        row("truth table", "truth_table", t_tt)
        on = tt.table.index[tt.table["OUT"] == "1"].to_numpy() - 1
        off = tt.table.index[tt.table["OUT"] == "0"].to_numpy() - 1
        t_pi, pis = timed(lambda on=on, off=off, k=k: prime_implicants_off(on, off, [2] * k),
                         args.repeat)
        row("prime implicants (with ?)", None, t_pi, f"{len(pis)} PIs")
        for label, key, kwargs in (("parsimonious, all models", "parsimonious", {"include": "?"}),
                                   ("conservative, all models", "conservative", {})):
            secs, sol = timed(lambda tt=tt, kwargs=kwargs: tt.minimize(**kwargs), args.repeat)
            result = f"{len(sol.models)} model(s) of {len(sol.models[0])} terms"
            if key in rk:
                r_models = [[m] if isinstance(m, str) else m for m in rk[key]["models"]]
                same = sorted(map(sorted, sol.models)) == sorted(map(sorted, r_models))
                result += ", same models as R" if same else ", MODELS DIFFER FROM R"
            row(label, key, secs, result)

    print(f"\nladder (issue 18), budget {args.budget:.0f} s per step")
    print(f"{'k':>3} {'cases':>6} {'step':<14} {'seconds':>9} {'target':>7}  result")
    for k, n_obs, target in LADDER:
        for label, kwargs in (("conservative", {}), ("parsimonious", {"include": "?"})):
            secs, result = run_with_budget(k, n_obs, kwargs, args.budget)
            shown = f"{secs:9.3f}" if secs is not None else f"{'>' + str(int(args.budget)):>9}"
            ok = "" if secs is None else ("  (met)" if secs <= target else "  (NOT met)")
            print(f"{k:>3} {n_obs:>6} {label:<14} {shown} {target:7.1f}  {result}{ok}")


def _ladder_step(k: int, n_obs: int, kwargs: dict, queue) -> None:
    df = random_table(k, n_obs, seed=20240 + k)
    t0 = time.perf_counter()
    sol = qca.minimize(df, outcome="Y", **kwargs)
    secs = time.perf_counter() - t0
    queue.put((secs, (f"{len(sol.models)} model(s), {len(sol.prime_implicants)} PIs "
                      "(truth table included)")))


def run_with_budget(k: int, n_obs: int, kwargs: dict, budget: float):
    """Time ``minimize`` in a child process; (None, reason) when over ``budget``."""
    queue: mp.Queue = mp.Queue()
    proc = mp.Process(target=_ladder_step, args=(k, n_obs, kwargs, queue))
    proc.start()
    proc.join(budget)
    if proc.is_alive():
        proc.terminate()
        proc.join()
        return None, "stopped at the budget"
    return queue.get() if not queue.empty() else (None, f"failed (exit {proc.exitcode})")


if __name__ == "__main__":
    main()
