"""Delegation and pooling of regional organizations in 2019

Reproduces, in the style of Hooghe and Marks (2015, *Review of International
Organizations* 10(3), "Delegation and pooling in international
organizations", fig. 1), a labelled scatter of delegation (x) against pooling
(y) for the regional organizations in MIA in 2019, the last year of MIA v2.
"Regional" follows the rule of analysis 01 (at least two thirds of the COW IGO
full members in one continent; ``rg.study.mia.io_scope``); points are marked
by that continent.

Data: ``mia`` (MIA v2), ``igo_memberships``, ``region_members``,
``organizations``, ``memberships`` (for the regional rule).
Outputs: ``regional_authority_2019.png/.pdf/.csv``.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

import regionalism as rg
from regionalism.report import Output, save_figure

DATASETS = ["mia", "igo_memberships", "region_members", "organizations", "memberships"]
REFERENCES = ["hooghe_marks2015rio", "hooghe2017mia", "mia_v2"]
YEAR = 2019


def scatter_data(year: int = YEAR) -> pd.DataFrame:
    """Regional IOs alive in ``year`` with delegation and pooling.

    Returns
    -------
    pandas.DataFrame
        ``acronym``, ``ioname``, ``type_i``, ``continent``, ``modal_share``,
        ``delegation``, ``pooling``, sorted by acronym.
    """
    scope = rg.study.mia.io_scope()
    mia = rg.load("mia")
    cur = mia[mia["year"] == year][["acronym", "ioname", "type_i", "delegation", "pooling"]]
    cur = cur.merge(scope[["acronym", "modal_continent", "modal_share", "scope"]], on="acronym")
    cur = cur[cur["scope"] == "regional"].drop(columns="scope").rename(columns={"modal_continent": "continent"})
    cur["type_i"] = cur["type_i"].astype(str)
    cols = ["acronym", "ioname", "type_i", "continent", "modal_share", "delegation", "pooling"]
    return cur[cols].sort_values("acronym").reset_index(drop=True)


def run(out: Path) -> list[Output]:
    from regionalism.plots import labelled_scatter

    data = scatter_data()
    ax = labelled_scatter(data, x="delegation", y="pooling", label="acronym", group="continent",
                          xlabel="delegation (MIA)", ylabel="pooling (MIA)",
                          title=f"Delegation and pooling in {len(data)} regional organizations, {YEAR}")
    ax.legend(title="continent", fontsize=8, loc="upper right")
    caption = (f"Delegation and pooling of the regional organizations in MIA v2, {YEAR} "
               "(after Hooghe and Marks 2015, fig. 1).")
    return save_figure(ax.figure, out, "regional_authority_2019", data=data, caption=caption)
