"""Export the region-year panel columns the R references use to tests/results/data/panel.csv.

Run from the repository root before ``Rscript tests/results/make_references.R``:

    python tests/results/export_panel.py

The panel is ``rg.region_year()`` (all built-in regions, default years); only
the model columns are written, missing values as ``NA``. The default test run
reads the committed CSV, so neither R nor this script is needed to run tests.
"""
from __future__ import annotations

from pathlib import Path

import regionalism as rg

COLUMNS = ["region_id", "year", "secreg_exists", "secreg_count", "polyarchy_mean",
           "external_share", "leader_ratio_cinc", "conflict_count", "n_states"]


def main() -> None:
    out = Path(__file__).resolve().parent / "data" / "panel.csv"
    panel = rg.region_year()[COLUMNS]
    panel.to_csv(out, index=False, na_rep="NA", float_format="%.17g")
    print(f"wrote {out} ({len(panel)} rows)")


if __name__ == "__main__":
    main()
