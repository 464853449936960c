"""Fuzz the public API with 10,000+ random, hostile inputs and count the unstructured exceptions (must be 0).

Uses the targets of tests/hardening/fuzz_targets.py (load, describe/cite, validate, overlays, states,
regions, new-region, fit and inference, panels, QCA, CLI). An exception is structured when it is a
documented error type raised by regionalism's own code; anything else is printed once per raise site.

Usage::

    python benchmarks/fuzz_api.py [N] [--seed S] [--only name,name]

Prints, per target and in total, how many inputs were tried and how many gave an unstructured exception.
"""
from __future__ import annotations

import argparse
import collections
import importlib.util
import random
import tempfile
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPEC = importlib.util.spec_from_file_location("fuzz_targets", HERE.parent / "tests" / "hardening" / "fuzz_targets.py")
ft = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(ft)

#: share of the inputs per target (panels are slow: a few seconds per build)
WEIGHTS = {"load": 10, "describe_cite": 10, "validate": 12, "states": 15, "regions": 12, "new_region": 4,
           "fit_inference": 8, "cli": 10, "panels": 0.3, "qca": 12}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="?", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--only", default="")
    args = parser.parse_args()
    targets = {**ft.TARGETS, **ft.SLOW_TARGETS}
    names = [n for n in WEIGHTS if not args.only or n in args.only.split(",")]
    total_w = sum(WEIGHTS[n] for n in names)
    rng = random.Random(args.seed)
    tried: collections.Counter = collections.Counter()
    bad: collections.Counter = collections.Counter()
    sites: dict[tuple, str] = {}
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            count = max(1, round(args.n * WEIGHTS[name] / total_w))
            for _ in range(count):
                exc = ft.run_one(targets[name], random.Random(rng.randrange(2**31)), Path(tmp))
                tried[name] += 1
                if exc is not None:
                    bad[name] += 1
                    frame = traceback.extract_tb(exc.__traceback__)[-1]
                    key = (name, type(exc).__name__, Path(frame.filename).name, frame.lineno)
                    sites.setdefault(key, str(exc)[:160])
    for name in names:
        print(f"{name:15s} {tried[name]:6d} inputs  {bad[name]:5d} unstructured")
    for key, msg in sorted(sites.items()):
        print(f"  {key}: {msg}")
    print(f"total {sum(tried.values())} inputs in {time.perf_counter() - t0:.0f} s: "
          f"{sum(bad.values())} unstructured exceptions")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
