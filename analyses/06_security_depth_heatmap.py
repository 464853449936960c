"""Security regionalism by region and year: depth of exclusive and outside-led institutions

Two heatmaps, regions by years 1946-2025: the depth (0-1 index, the
strongest qualifying institution) of *exclusive* security institutions, whose
members all belong to the region (panel ``secreg_depth``: security
regionalism proper), and of institutions *with outside members*
(``outside_depth``). Blank cells: no qualifying institution (depth 0 is drawn
as the lowest colour only when an institution exists with no coded depth
items). Central Asia is marked in red.

Data: ``region_year`` panel (from ``organizations``, ``memberships``,
``agreements``, ``agreement_parties``, ``security_design``,
``region_members``).
Outputs: ``security_depth_heatmap.png/.pdf/.csv`` (long: region, year,
secreg_exists, secreg_depth, outside_exists, outside_depth).
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from regionalism.report import Output, save_figure
from regionalism.study.samples import COMPARISON_REGIONS, region_names, region_year_panel

DATASETS = ["organizations", "memberships", "agreements", "agreement_parties", "security_design", "region_members"]
REFERENCES = ["mayer_seed"]
YEARS = (1946, 2025)


def depth_data() -> pd.DataFrame:
    """Depth of exclusive and outside-led security institutions by region and year.

    Returns
    -------
    pandas.DataFrame
        ``region_id``, ``region``, ``year``, ``secreg_exists``,
        ``secreg_depth``, ``outside_exists``, ``outside_depth``; depth is
        missing where no institution of that kind exists.
    """
    panel = region_year_panel()
    d = panel[panel["region_id"].isin(COMPARISON_REGIONS) & panel["year"].between(*YEARS)]
    d = d[["region_id", "year", "secreg_exists", "secreg_depth", "outside_exists", "outside_depth"]].copy()
    d["region_id"] = d["region_id"].astype(str)
    d.insert(1, "region", d["region_id"].map(region_names()))
    d["year"] = d["year"].astype(int)
    for kind in ("secreg", "outside"):
        d[f"{kind}_depth"] = d[f"{kind}_depth"].where(d[f"{kind}_exists"].astype("Float64") > 0).astype(float)
    return d.sort_values(["region_id", "year"]).reset_index(drop=True)


def matrices(data: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Region x year matrices of ``secreg_depth`` and ``outside_depth``, regions by mean exclusive depth."""
    mats = {c: data.pivot(index="region", columns="year", values=c) for c in ("secreg_depth", "outside_depth")}
    order = mats["secreg_depth"].fillna(0).mean(axis=1).sort_values(ascending=False).index
    return {c: m.loc[order] for c, m in mats.items()}


def run(out: Path) -> list[Output]:
    import matplotlib.pyplot as plt

    from regionalism.plots import heatmap

    data = depth_data()
    mats = matrices(data)
    fig, axes = plt.subplots(2, 1, figsize=(12, 13), layout="constrained")
    titles = {"secreg_depth": "Exclusive security institutions (all members from the region)",
              "outside_depth": "Security institutions with outside members"}
    for ax, (col, mat) in zip(axes, mats.items()):
        heatmap(mat, ax=ax, cmap="viridis", title=titles[col], colorbar_label="depth (0-1)",
                highlight="Central Asia", xtick_every=5)
    caption = ("Depth of the strongest exclusive (top) and outside-led (bottom) security institution by region "
               "and year; blank = none. Regions ordered by mean exclusive depth.")
    return save_figure(fig, out, "security_depth_heatmap", data=data, caption=caption)
