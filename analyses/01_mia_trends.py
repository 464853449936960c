"""MIA trends: mean delegation and pooling 1950-2019 by IO type and geographic scope

Reproduces the trend figures of Hooghe, Lenz and Marks (*Measuring
International Authority*, 2017, ch. 4) and Hooghe, Marks and Lenz (*A Theory
of International Organization*, 2019): the yearly mean of delegation and of
pooling over the IOs alive in each year, (a) for general-purpose against
task-specific IOs (MIA ``type_i``) and (b) for regional against global IOs.

Regional rule (ours, as MIA itself has no such variable; in the package as
``rg.study.mia.io_scope``). An IO is *regional*
when at least two thirds of the states that were ever full members of it in
COW IGO v3 (1946-2014; link ``mia.cow_igo_ionum`` -> ``igo_memberships.ionum``)
lie in one continent-level region of ``region_members`` (africa, americas,
asia, europe, pacific; a state counts in every continent it was ever placed
in); otherwise it is *global*. Where the project's ``organizations`` table
codes the MIA IO (``organizations.mia_id``), its curated ``cow_igo_id`` is used
instead of MIA's number (all of an IO's rows, e.g. OAU and AU). This matters
for four IOs: MIA gives EAC1 the number 1750, which in COW IGO v3 is the
European Payments Union (the first East African Community is 1470, EACM), and
the three MIA IOs whose numbers are absent from COW IGO v3: EAC2 (COW 4120)
and SCO (COW 4115) are found this way; the EEA (European Economic Area) is not
in COW IGO v3 at all, so its full members are taken from the project's coded
``memberships`` table (via ``organizations.mia_id``). An IO with no
membership list in either table would be left *unclassified*: it would count
in the overall and type means but in neither scope line. The CSV
``mia_scope.csv`` lists every IO, the COW numbers used, its modal continent,
share and scope.

Data: ``mia`` (MIA v2), ``igo_memberships`` (COW IGO v3), ``region_members``,
``organizations``, ``memberships``.
Outputs: ``mia_trends.png/.pdf/.csv`` (yearly means and number of IOs by
group), ``mia_scope.csv`` (classification of every IO).
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

import regionalism as rg
from regionalism.report import Output, save_figure, write_atomic

DATASETS = ["mia", "igo_memberships", "region_members", "organizations", "memberships"]
REFERENCES = ["hooghe2017mia", "hooghe2019theory", "mia_v2", "cow_igo_v3"]

YEARS = (1950, 2019)
#: The regional rule lives in the package (analysis 02 uses it too).
REGIONAL_THRESHOLD = rg.study.mia.REGIONAL_THRESHOLD
io_scope = rg.study.mia.io_scope


def yearly_means(scope: pd.DataFrame | None = None) -> pd.DataFrame:
    """Yearly mean delegation and pooling by group, 1950-2019 (long format).

    Returns
    -------
    pandas.DataFrame
        Columns ``breakdown`` (``all``, ``type``, ``scope``), ``group``,
        ``year``, ``delegation``, ``pooling``, ``n_ios``.
    """
    scope = io_scope() if scope is None else scope
    mia = rg.load("mia")
    mia = mia[mia["year"].between(*YEARS)].merge(scope[["acronym", "scope"]], on="acronym", how="left")
    mia["type"] = mia["type_i"].astype(str)
    mia["all"] = "all IOs"
    parts = []
    for breakdown, col in (("all", "all"), ("type", "type"), ("scope", "scope")):
        sub = mia if breakdown != "scope" else mia[mia["scope"] != "unclassified"]
        g = (sub.groupby([col, "year"], observed=True)
             .agg(delegation=("delegation", "mean"), pooling=("pooling", "mean"), n_ios=("acronym", "nunique"))
             .reset_index().rename(columns={col: "group"}))
        g.insert(0, "breakdown", breakdown)
        parts.append(g)
    out = pd.concat(parts, ignore_index=True)
    out["year"] = out["year"].astype(int)
    return out


def run(out: Path) -> list[Output]:
    import matplotlib.pyplot as plt

    from regionalism.plots import trend_lines

    scope = io_scope()
    data = yearly_means(scope)
    fig, axes = plt.subplots(2, 2, figsize=(11, 7.5), sharex=True, layout="constrained")
    labels = {"general_purpose": "general purpose", "task_specific": "task specific"}
    for j, measure in enumerate(("delegation", "pooling")):
        for i, breakdown in enumerate(("type", "scope")):
            sub = pd.concat([data[data["breakdown"] == breakdown], data[data["breakdown"] == "all"]])
            ax = trend_lines(sub, x="year", y=measure, group="group", ax=axes[i, j], labels=labels,
                             styles={"all IOs": {"color": "grey", "linestyle": "--", "linewidth": 1.2}},
                             xlabel="year" if i == 1 else "", ylabel=f"mean {measure}",
                             title=f"{measure.capitalize()} by {'IO type' if breakdown == 'type' else 'scope'}")
            ax.legend(fontsize=8, loc="upper left")
    n_reg = int((scope["scope"] == "regional").sum())
    n_glob = int((scope["scope"] == "global").sum())
    fig.suptitle(f"International authority, {YEARS[0]}-{YEARS[1]} (MIA, {len(scope)} IOs: "
                 f"{n_reg} regional, {n_glob} global, {len(scope) - n_reg - n_glob} unclassified)")
    caption = ("Yearly mean delegation and pooling of the IOs in MIA, 1950-2019, by IO type (top) and "
               "by geographic scope (bottom; regional = at least two thirds of COW IGO full members in "
               "one continent). Dashed: all IOs.")
    files = save_figure(fig, out, "mia_trends", data=data, caption=caption)
    write_atomic(out / "mia_scope.csv", scope.to_csv(index=False, lineterminator="\n", float_format="%.10g"))
    files.append(Output(out / "mia_scope.csv", "data", "Classification of MIA IOs as regional or global"))
    return files
