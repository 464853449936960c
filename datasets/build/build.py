"""Build every shipped dataset from the raw public extracts.

Usage::

    python datasets/build/build.py [--raw ../shared/data/raw] [--only STEP ...] [--out DIR]

The raw folder defaults to ``<repo>/../shared/data/raw``. The build is
deterministic: running it again gives byte-identical files.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from _common import DEFAULT_RAW, OUT

STEPS = ["states", "igo", "mia", "alliances", "gray_reo", "desta", "conflicts", "contiguity", "bib", "cases",
         "crosscheck"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--raw", type=Path, default=DEFAULT_RAW, help="folder of raw extracts (default: %(default)s)")
    parser.add_argument("--only", nargs="*", choices=STEPS, help="build only these steps")
    parser.add_argument("--out", type=Path, default=None,
                        help="write the dataset folders here instead of datasets/ (for checking determinism)")
    args = parser.parse_args(argv)
    if args.out is not None:
        args.out.mkdir(parents=True, exist_ok=True)
        OUT["root"] = args.out.resolve()
    raw = args.raw.resolve()
    if not raw.is_dir():
        parser.error(f"raw folder {raw} does not exist")
    steps = args.only or STEPS
    import importlib
    for step in steps:
        module = importlib.import_module(f"build_{step}")
        print(f"building {step} ...", flush=True)
        module.build(raw)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
