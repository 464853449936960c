"""Regime trends by region: mean V-Dem polyarchy 1946-2024, Central Asia highlighted

The regional mean of V-Dem's electoral democracy index (polyarchy) over the
member states of each region and year (panel column ``polyarchy_mean``),
from 1946 to the last year with V-Dem data. Every comparison region
(``regionalism.study.COMPARISON_REGIONS``) is drawn; a few comparators
in colour, the others as thin grey lines, and Central Asia in red: it is
among the least democratic regions throughout its independence (the regime
argument of the seed article, Mayer, sec. 3). The mean is over the members
V-Dem codes and is drawn where they hold at least 80% of the region's
population (the panel's regime coverage rule), so unrated micro-states (small
Pacific and Caribbean states, Monaco, Liechtenstein) no longer break a line;
a line breaks only where the coded members hold less.

Data: ``region_year`` panel (from ``states``: V-Dem v15 polyarchy; region
membership from ``region_members``).
Outputs: ``regime_trends.png/.pdf/.csv`` (region, year, polyarchy_mean,
polyarchy_coverage).
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from regionalism.report import Output, save_figure
from regionalism.study.samples import COMPARISON_REGIONS, region_names, region_year_panel

DATASETS = ["states", "region_members"]
REFERENCES = ["vdem_v15", "mayer_seed"]
#: Comparators drawn in colour.
FOCUS = ("central_asia", "south_caucasus", "eastern_europe", "middle_east", "southeast_asia", "west_africa",
         "south_america", "western_europe")


def trend_data() -> pd.DataFrame:
    """Mean polyarchy by region and year where V-Dem covers the region.

    Returns
    -------
    pandas.DataFrame
        ``region_id``, ``region``, ``year``, ``polyarchy_mean`` (missing
        where the panel leaves it missing), ``polyarchy_coverage``.
    """
    panel = region_year_panel()
    d = panel[panel["region_id"].isin(COMPARISON_REGIONS)]
    d = d[["region_id", "year", "polyarchy_mean", "polyarchy_coverage"]].copy()
    d["region_id"] = d["region_id"].astype(str)
    names = region_names()
    d.insert(1, "region", d["region_id"].map(names))
    d["year"] = d["year"].astype(int)
    return d.sort_values(["region_id", "year"]).reset_index(drop=True)


def run(out: Path) -> list[Output]:
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    from regionalism.plots import trend_lines

    data = trend_data()
    fig, ax = plt.subplots(figsize=(10, 5.5), layout="constrained")
    others = data[~data["region_id"].isin(FOCUS)]
    trend_lines(others, x="year", y="polyarchy_mean", group="region", ax=ax,
                styles={r: {"color": "#bbbbbb", "linewidth": 0.8, "alpha": 0.8} for r in others["region"].unique()})
    focus = data[data["region_id"].isin(FOCUS)]
    trend_lines(focus, x="year", y="polyarchy_mean", group="region", ax=ax, highlight="Central Asia",
                xlabel="year", ylabel="mean V-Dem polyarchy (0-1)",
                title="Electoral democracy by region, 1946-%d" % data.dropna(subset=["polyarchy_mean"])["year"].max())
    handles = [h for h in ax.get_lines() if h.get_label() in set(focus["region"])]
    handles.append(Line2D([], [], color="#bbbbbb", linewidth=0.8, label="other regions"))
    ax.legend(handles=handles, fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.1), ncols=5)
    ax.set_ylim(0, 1)
    caption = ("Mean V-Dem polyarchy of the member states by region and year; Central Asia in red, seven "
               "comparators in colour, the other regions in grey (mean over the coded members where they hold at "
               "least 80% of the region's population; lines break below that).")
    return save_figure(fig, out, "regime_trends", data=data, caption=caption)
