"""Print how long ``import regionalism`` takes in a fresh interpreter (target <= 0.3 s).

Run: ``python benchmarks/bench_import.py``. Reports the median of 7 runs and
checks that statsmodels, seaborn and matplotlib (and pandas) are not imported.
"""
from __future__ import annotations

import statistics
import subprocess
import sys

CODE = (
    "import time, sys; t = time.perf_counter(); import regionalism; "
    "dt = time.perf_counter() - t; heavy = [m for m in ('statsmodels', 'seaborn', 'matplotlib', 'pandas') if m in sys.modules]; "
    "print(dt, ','.join(heavy))"
)


def main() -> None:
    times, heavy = [], ""
    for _ in range(7):
        out = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, check=True).stdout.split()
        times.append(float(out[0]))
        heavy = out[1] if len(out) > 1 else ""
    print(f"import regionalism: median {statistics.median(times):.4f} s over 7 fresh interpreters "
          f"(min {min(times):.4f}, max {max(times):.4f}); target <= 0.3 s")
    print(f"heavy modules imported at import time: {heavy or 'none'}")


if __name__ == "__main__":
    main()
