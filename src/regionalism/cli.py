"""The ``regionalism`` command line.

Verbs: ``list``, ``describe NAME``, ``cite NAME``, ``validate PATH``, ``reproduce [NAMES]``, ``new-region NAME``.
Problems in user input end with exit status 1 and a readable report,
never a traceback.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Sequence

__all__ = ["main"]


def _cmd_list(args: argparse.Namespace) -> int:
    import pandas as pd

    from regionalism.data import list_datasets

    cat = list_datasets()
    cols = ["name", "unit", "rows", "first_year", "last_year", "version", "licence"]
    with pd.option_context("display.max_rows", 500, "display.width", 200, "display.max_colwidth", 40):
        print(cat[cols].to_string(index=False))
    return 0


def _cmd_describe(args: argparse.Namespace) -> int:
    from regionalism.data import describe

    cb = describe(args.name)
    print(cb.to_markdown())
    if args.readme and cb.readme:
        print(cb.readme)
    return 0


def _cmd_cite(args: argparse.Namespace) -> int:
    from regionalism.data import cite

    print(cite(args.name), end="")
    return 0


def _cmd_validate(args: argparse.Namespace) -> int:
    from regionalism.data.validation import validate

    report = validate(Path(args.path))
    print(report)
    return 0 if report.ok else 1


def _cmd_reproduce(args: argparse.Namespace) -> int:
    from regionalism._shared.folders import FolderLockedError
    from regionalism.runner import reproduce

    try:
        report = reproduce(args.names, out=Path(args.out), analyses_dir=args.analyses,
                           progress=not args.quiet)
    except (OSError, FolderLockedError) as exc:
        print(f"regionalism: {exc}", file=sys.stderr)
        return 1
    print(report.summary())
    return 0 if report.ok else 1


def _cmd_new_region(args: argparse.Namespace) -> int:
    from regionalism.extend.templates import new_region
    from regionalism.data.states import StateResolutionError

    try:
        folder = new_region(args.name, args.dir, members=args.members, start=args.start,
                            region_id=args.id, force=args.force)
    except (OSError, ValueError, StateResolutionError) as exc:
        print(f"regionalism: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {folder}\nnext: fill in the CSV files (see README.md there), then run: "
          f"regionalism validate {folder}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="regionalism", description="Comparative regionalism data and analyses.")
    from regionalism import __version__

    parser.add_argument("--version", action="version", version=f"regionalism {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("list", help="list the shipped datasets")
    p.set_defaults(func=_cmd_list)
    p = sub.add_parser("describe", help="print a dataset's codebook")
    p.add_argument("name")
    p.add_argument("--readme", action="store_true", help="also print the notes on coding decisions")
    p.set_defaults(func=_cmd_describe)
    p = sub.add_parser("cite", help="print BibTeX for a dataset and its sources")
    p.add_argument("name")
    p.set_defaults(func=_cmd_cite)
    p = sub.add_parser("validate", help="check a dataset folder (or a folder of them) against its codebook")
    p.add_argument("path")
    p.set_defaults(func=_cmd_validate)
    p = sub.add_parser("reproduce", help="reproduce the figures and tables into a results folder with an HTML report")
    p.add_argument("names", nargs="*", help="analyses to run (name, number or name without number); default all")
    p.add_argument("--out", default="results", help="output folder (new, empty or a previous results folder)")
    p.add_argument("--analyses", default=None, help="folder with your own NN_name.py analysis files (default: the analyses shipped "
                                                   "with the package; ./analyses is never run unless given here)")
    p.add_argument("--quiet", action="store_true", help="no progress lines")
    p.set_defaults(func=_cmd_reproduce)
    p = sub.add_parser("new-region", help="write a template dataset folder for a new region (your own data)")
    p.add_argument("name", help="the region's name, e.g. 'Western Balkans'")
    p.add_argument("--dir", default=None, help="folder in which to create it (default: the data home, "
                                                "$REGIONALISM_DATA or ~/.local/share/regionalism)")
    p.add_argument("--members", nargs="*", default=[], help="member states: COW codes, ISO3 codes or names")
    p.add_argument("--start", type=int, default=1946, help="first year of the member rows (default 1946)")
    p.add_argument("--id", default=None, help="region_id (default: from the name, e.g. western_balkans)")
    p.add_argument("--force", action="store_true", help="replace existing files, keeping each as NAME.bak")
    p.set_defaults(func=_cmd_new_region)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except KeyError as exc:  # unknown dataset names and the like
        print(f"regionalism: {exc.args[0] if exc.args else exc}", file=sys.stderr)
        return 1
    except (FileNotFoundError, ValueError) as exc:
        print(f"regionalism: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
