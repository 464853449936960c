"""Print the time to build the panels (targets: region-year <= 1 s, organization-year <= 2 s, a rebuild
under another outcome rule <= 0.1 s and >= 3x faster than a build with cleared caches, a cold default
``rg.region_year()`` in a fresh interpreter <= 0.5 s).

Run: ``python benchmarks/bench_panels.py``. The first call also loads and types
the shipped tables (cached afterwards); both cold and warm times are printed.
The fresh-interpreter runs use a temporary cache folder: the first fills it
(tables and the default panel), the next ones read it; the same code with the
cache disabled (``REGIONALISM_CACHE=off``) is printed beside them.
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
import warnings

import regionalism as rg
from regionalism.data import Tables


def _time(fn, repeat: int = 3) -> list[float]:
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


FRESH = ("import time, warnings; warnings.simplefilter('ignore'); t = time.perf_counter(); "
         "import regionalism as rg; rg.region_year(); print(time.perf_counter() - t)")


def _fresh(cache: str, runs: int) -> list[float]:
    env = {**os.environ, "REGIONALISM_CACHE": cache}
    return [float(subprocess.run([sys.executable, "-c", FRESH], env=env, capture_output=True, text=True,
                                 check=True).stdout.split()[-1]) for _ in range(runs)]


def main() -> None:
    warnings.simplefilter("ignore")  # the panels' coverage warnings are documented elsewhere
    with tempfile.TemporaryDirectory() as folder:
        first = _fresh(folder, 1)[0]
        filled = _fresh(folder, 5)
    off = _fresh("off", 3)
    print(f"rg.region_year() in a fresh interpreter (import included): {first:.3f} s filling an empty cache; "
          f"median {statistics.median(filled):.3f} s over 5 runs reading it (target <= 0.5 s); "
          f"median {statistics.median(off):.3f} s over 3 runs with the cache off")
    t = time.perf_counter()
    panel = rg.region_year()
    cold = time.perf_counter() - t
    # the default call is served from the cache: time the build itself (explicit tables are never cached)
    warm = _time(lambda: (Tables.shipped().memo.clear(), rg.region_year(tables=Tables.shipped())))
    print(f"region_year(): {len(panel)} rows x {panel.shape[1]} columns, {panel.region_id.nunique()} regions, 1946-2025")
    print(f"  cold (incl. loading tables): {cold:.3f} s; warm, institution caches cleared: "
          f"min {min(warm):.3f} s over {len(warm)} runs (target <= 1 s)")
    rules = [rg.OutcomeRule(min_members=4), rg.OutcomeRule(inside=0.9), rg.OutcomeRule(min_depth=0.3),
             rg.OutcomeRule(kinds=("organization",)), rg.OutcomeRule(min_members=2)]
    rebuild = []
    for r in rules:  # after a first build: the rule-independent frames are cached, the outcome is recomputed
        rg.region_year(tables=Tables.shipped())
        rebuild += _time(lambda: rg.region_year(rule=r), repeat=1)
    print(f"  rebuild under a new OutcomeRule: min {min(rebuild):.3f} s, median "
          f"{sorted(rebuild)[len(rebuild) // 2]:.3f} s over {len(rules)} rules (target <= 0.1 s); "
          f"{min(warm) / sorted(rebuild)[len(rebuild) // 2]:.1f}x the cleared-cache build (target >= 3x)")
    t = time.perf_counter()
    oy = rg.organization_year()
    cold = time.perf_counter() - t
    warm = _time(rg.organization_year)
    print(f"organization_year(): {len(oy)} rows, {oy.org_id.nunique()} organizations")
    print(f"  cold: {cold:.3f} s; warm: min {min(warm):.3f} s over {len(warm)} runs (target <= 2 s)")


if __name__ == "__main__":
    main()
