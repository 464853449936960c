"""Leadership structure: power and wealth shares of the two largest states per region, 2019

For every comparison region, the share of the region's total CINC (COW
national material capabilities) and of its total GDP (Maddison/Penn, as in the
``states`` table) held by its largest and its second-largest state in 2019
(the last year with GDP data). Regions are sorted by the ratio of the two
CINC shares, so that near-parity regions come first: Central Asia, where
Kazakhstan and Uzbekistan are close, against regions with one clear leader
(the leadership argument of the seed article, Mayer, sec. 3).

Data: ``region_year`` panel (``leader_share_cinc``, ``runner_up_share_cinc``,
``leader_share_gdp``, ``runner_up_share_gdp`` from ``states``).
Outputs: ``leadership_2019.png/.pdf/.csv``.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from regionalism.report import Output, save_figure
from regionalism.study.samples import COMPARISON_REGIONS, region_names, region_year_panel

DATASETS = ["states", "region_members"]
REFERENCES = ["singer1972nmc", "bolt2024maddison", "mayer_seed"]
YEAR = 2019
COLUMNS = ["leader_share_cinc", "runner_up_share_cinc", "leader_share_gdp", "runner_up_share_gdp"]


def leadership_data(year: int = YEAR) -> pd.DataFrame:
    """Shares of the two largest states per comparison region in ``year``.

    Returns
    -------
    pandas.DataFrame
        ``region_id``, ``region``, ``leader_cinc``, ``runner_up_cinc`` (COW
        codes), the four share columns and ``ratio_cinc`` (leader share /
        runner-up share), sorted by ``ratio_cinc``.
    """
    panel = region_year_panel()
    d = panel[(panel["year"] == year) & panel["region_id"].isin(COMPARISON_REGIONS)]
    d = d[["region_id", "leader_cinc", "runner_up_cinc", *COLUMNS]].copy()
    d["region_id"] = d["region_id"].astype(str)
    d.insert(1, "region", d["region_id"].map(region_names()))
    d["ratio_cinc"] = d["leader_share_cinc"] / d["runner_up_share_cinc"]
    return d.sort_values(["ratio_cinc", "region_id"]).reset_index(drop=True)


def run(out: Path) -> list[Output]:
    import matplotlib.pyplot as plt

    from regionalism.plots import paired_bars

    data = leadership_data()
    fig, axes = plt.subplots(1, 2, figsize=(11, 0.3 * len(data) + 2), sharey=True, layout="constrained")
    for ax, kind, label in zip(axes, ("cinc", "gdp"), ("CINC (material capabilities)", "GDP")):
        paired_bars(data, category="region", values=[f"leader_share_{kind}", f"runner_up_share_{kind}"],
                    value_labels=["largest state", "second largest"], ax=ax, highlight="Central Asia",
                    xlabel=f"share of the region's {label}", title=label, reference=0.5)
        ax.set_xlim(0, 1)
    fig.suptitle(f"Leadership structure by region, {YEAR} (sorted by leader/runner-up CINC ratio)")
    caption = (f"Shares of the region's total CINC and GDP held by its largest and second-largest state, "
               f"{YEAR}; near-parity regions at the top. Central Asia in red.")
    return save_figure(fig, out, "leadership_2019", data=data, caption=caption)
