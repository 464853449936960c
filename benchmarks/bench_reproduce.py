"""Time a full reproduction of every figure and table (target: <= 60 s).

Usage::

    python benchmarks/bench_reproduce.py [--out DIR]

Runs ``regionalism.runner.reproduce()`` into a temporary folder (or
``--out``), prints the seconds per analysis, the total and the CPU time of
the process (the wall time depends on how busy the machine is).
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

TARGET_SECONDS = 60.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=None, help="output folder (default: a temporary folder)")
    args = parser.parse_args(argv)
    t0, c0 = time.perf_counter(), time.process_time()
    from regionalism.runner import reproduce

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(args.out) if args.out else Path(tmp) / "results"
        report = reproduce(out=out, progress=False)
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        for r in report.results:
            print(f"{r.name:36s} {r.status:8s} {r.seconds:6.1f} s")
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        print(f"full reproduction (incl. imports): {wall:.1f} s wall, {cpu:.1f} s CPU, "
              f"load average {load:.1f} on {os.cpu_count()} cores; target <= {TARGET_SECONDS:.0f} s: "
              f"{'met' if wall <= TARGET_SECONDS else 'NOT met'}")
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
