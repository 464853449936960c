"""Security regionalism by region and year: degree of exclusive and outside-led institutions

Two heatmaps, regions by years 1946-2025: the degree (0-1: depth of an
institution times the share of the region's states in it, the largest such
product; panel ``secreg_degree``) of *exclusive* security institutions,
whose members all belong to the region (security regionalism proper), and of
institutions *with outside members* (``outside_degree``). Three kinds of
cell are kept apart: blank = no qualifying institution; grey = an
institution exists but no qualifying one has a coded depth; coloured = the
degree. Central Asia is marked in red.

Data: ``region_year`` panel (from ``organizations``, ``memberships``,
``agreements``, ``agreement_parties``, ``security_design``,
``region_members``).
Outputs: ``security_depth_heatmap.png/.pdf/.csv`` (long: region, year and,
for ``secreg`` and ``outside``: ``_exists``, ``_depth``, ``_degree``,
``_uncoded`` and ``_cell`` = none / not_coded / coded).
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from regionalism.report import Output, save_figure
from regionalism.study.samples import COMPARISON_REGIONS, region_names, region_year_panel

DATASETS = ["organizations", "memberships", "agreements", "agreement_parties", "security_design", "region_members"]
REFERENCES = ["mayer_seed"]
YEARS = (1946, 2025)


KINDS = ("secreg", "outside")


def depth_data() -> pd.DataFrame:
    """Degree and depth of exclusive and outside-led security institutions by region and year.

    Returns
    -------
    pandas.DataFrame
        ``region_id``, ``region``, ``year`` and for each kind (``secreg``,
        ``outside``) ``_exists``, ``_depth``, ``_degree`` (both missing where
        no institution of that kind exists), ``_uncoded`` and ``_cell``
        (``none``, ``not_coded``: an institution exists, none with a depth
        score, ``coded``).
    """
    panel = region_year_panel()
    d = panel[panel["region_id"].isin(COMPARISON_REGIONS) & panel["year"].between(*YEARS)]
    cols = [f"{k}_{c}" for k in KINDS for c in ("exists", "depth", "degree", "uncoded")]
    d = d[["region_id", "year", *cols]].copy()
    d["region_id"] = d["region_id"].astype(str)
    d.insert(1, "region", d["region_id"].map(region_names()))
    d["year"] = d["year"].astype(int)
    for kind in KINDS:
        exists = d[f"{kind}_exists"].astype("Float64") > 0
        for c in ("depth", "degree"):
            d[f"{kind}_{c}"] = d[f"{kind}_{c}"].where(exists).astype(float)
        d[f"{kind}_cell"] = "none"
        d.loc[exists.to_numpy(), f"{kind}_cell"] = "coded"
        d.loc[(exists & d[f"{kind}_degree"].isna()).to_numpy(), f"{kind}_cell"] = "not_coded"
    return d.sort_values(["region_id", "year"]).reset_index(drop=True)


def matrices(data: pd.DataFrame, *, value: str = "degree") -> dict[str, pd.DataFrame]:
    """Region x year matrices of ``<kind>_<value>`` (and ``<kind>_not_coded`` masks), regions by mean exclusive degree."""
    mats = {f"{k}_{value}": data.pivot(index="region", columns="year", values=f"{k}_{value}") for k in KINDS}
    mats |= {f"{k}_not_coded": data.assign(_nc=data[f"{k}_cell"].eq("not_coded")).pivot(
        index="region", columns="year", values="_nc").fillna(False).astype(bool) for k in KINDS}
    order = mats[f"secreg_{value}"].fillna(0).mean(axis=1).sort_values(ascending=False).index
    return {c: m.loc[order] for c, m in mats.items()}


def run(out: Path) -> list[Output]:
    import matplotlib.pyplot as plt

    from regionalism.plots import heatmap

    import numpy as np
    from matplotlib.colors import ListedColormap

    data = depth_data()
    mats = matrices(data)
    fig, axes = plt.subplots(2, 1, figsize=(12, 13), layout="constrained")
    titles = {"secreg": "Exclusive security institutions (all members from the region)",
              "outside": "Security institutions with outside members"}
    for ax, kind in zip(axes, KINDS):
        heatmap(mats[f"{kind}_degree"], ax=ax, cmap="viridis", title=titles[kind],
                colorbar_label="degree (depth x share of states)", highlight="Central Asia", xtick_every=5)
        grey = mats[f"{kind}_not_coded"].to_numpy(bool)
        ax.pcolormesh(np.ma.masked_where(~grey, np.ones(grey.shape)), cmap=ListedColormap(["0.75"]), rasterized=True)
    caption = ("Degree of exclusive (top) and outside-led (bottom) security institutions by region and year: depth "
               "times the share of the region's states taking part, the largest such product; blank = no "
               "institution, grey = institution without a coded depth. Regions ordered by mean exclusive degree.")
    return save_figure(fig, out, "security_depth_heatmap", data=data, caption=caption)
