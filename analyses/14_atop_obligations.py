"""ATOP alliances in force per year by obligation type, 1946-2018, and the decline of reactive alliances

The ATOP project presents its data with descriptive statistics by period
(Leeds et al. 2002 for 1815-1944; Leeds and Mattes 2007, *Conflict
Management and Peace Science* 24: 183-199, for 1815-2003, according to their
abstracts; their tables and figures were not seen). This analysis draws the
counts for the period the shipped table covers: the number of alliances in
force each year, by the five obligations ATOP codes (defense, offense,
neutrality, non-aggression, consultation), and reproduces Leeds and Mattes'
finding (abstract) of "a trend over time away from reactive alliances (which
are designed to deal with specific crises) and toward standing alliances".

What is tested, and why it is looser than for analysis 12. Within the search
budget no page printing the yearly counts or the per-era shares was found
(only the abstracts), so the test checks the facts the sources state: ATOP
codes alliances signed up to 2018 (QoG Data Finder, ATOP 5.1), and the sign
of the Leeds-Mattes trend: the share of new alliances that are reactive is
lower after the Cold War than during it.

Coding decisions, followed or departed from:

- *In force in a year* when ``begyr <= year`` and (``endyr == 0``, ATOP's code
  for "in force at the end of coverage", or ``endyr >= year``), so an alliance
  counts in the years it begins and ends.
- *Coverage from 1946.* The shipped ``alliances`` table holds the 551 ATOP
  v4.01 alliances in force at some time from 1946 (see its README), so the
  counts start in 1946; ATOP itself starts in 1815.
- *Obligation types are not exclusive.* An alliance counts under every
  obligation it carries (ATOP's alliance-level flags: some member has it); the
  total counts each alliance once.
- *Reactive alliance* (our operationalization of "designed to deal with
  specific crises"): the alliance names a specific threat (ATOP ``specthrt``
  non-zero). The column is a keyword of :func:`reactive_share`; ``wartime``
  (signed in wartime) is the alternative reported in the CSV. Alliances with
  ``specthrt`` missing are left out (named in a warning).
- *Eras*: Cold War formations 1946-1989, post-Cold War 1990-2003 (Leeds and
  Mattes' data end in 2003), later formations 2004-2018 shown separately.
  The abstract does not give the era boundaries; these are ours.
- *Style*: the publications' figures were not available within the search
  budget; lines in grey tones and a bar chart.

Data: ``alliances`` (ATOP v4.01).
Outputs: ``atop_obligations.png/.pdf/.csv`` (alliances in force per year by
obligation), ``atop_reactive.csv`` (share of new alliances that are reactive, by era),
``atop_published.csv/.md/.tex/.html`` (published facts against reproduced values).
"""
from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
import pandas as pd

import regionalism as rg
from regionalism.report import Output, comparison_row, comparison_table, save_figure, save_table, write_atomic

DATASETS = ["alliances"]
REFERENCES = ["atop2002", "atop_v401", "leeds_mattes2007", "atop51_qog"]

YEARS = (1946, 2018)
OBLIGATIONS = {"defense": "defense", "offense": "offense", "neutral": "neutrality", "nonagg": "non-aggression",
               "consul": "consultation"}
#: Eras of formation (first and last year), after Leeds and Mattes (2007).
ERAS = {"Cold War": (1946, 1989), "post-Cold War": (1990, 2003), "2004-2018": (2004, 2018)}

#: Published facts (no printed count found; see the module docstring).
PUBLISHED = {
    "last_year": {"value": 2018, "where": "QoG Data Finder, ATOP 5.1: alliances signed 1815-2018", "tolerance": 0},
    "reactive_trend": {"value": "decline", "where": "Leeds and Mattes 2007, abstract: trend away from reactive "
                       "alliances toward standing alliances", "tolerance": None},
}


def in_force(alliances: pd.DataFrame | None = None, *, years: tuple[int, int] = YEARS) -> pd.DataFrame:
    """Number of ATOP alliances in force per year, in total and by obligation.

    Parameters
    ----------
    alliances : pandas.DataFrame, optional
        The ``alliances`` table (default: loaded).
    years : (int, int)
        First and last year (the shipped table is complete from 1946).

    Returns
    -------
    pandas.DataFrame
        ``year``, ``all`` (alliances in force) and one column per obligation
        (``defense``, ``offense``, ``neutral``, ``nonagg``, ``consul``): alliances
        in force with that obligation.

    Examples
    --------
    >>> int(in_force().set_index("year").loc[1990, "all"])
    148
    """
    a = rg.load("alliances") if alliances is None else alliances
    beg = a["begyr"].astype(int).to_numpy()
    end = a["endyr"].astype(int).to_numpy()
    end = np.where(end == 0, years[1], end)
    ys = np.arange(years[0], years[1] + 1)
    alive = (beg[None, :] <= ys[:, None]) & (end[None, :] >= ys[:, None])
    out = pd.DataFrame({"year": ys, "all": alive.sum(axis=1)})
    for col in OBLIGATIONS:
        out[col] = (alive & (a[col].astype(int).to_numpy() == 1)[None, :]).sum(axis=1)
    return out


def reactive_share(alliances: pd.DataFrame | None = None, *, column: str = "specthrt",
                   eras: dict[str, tuple[int, int]] | None = None) -> pd.DataFrame:
    """Share of alliances formed in each era that are reactive.

    Parameters
    ----------
    alliances : pandas.DataFrame, optional
        The ``alliances`` table (default: loaded).
    column : str
        ATOP column marking a reactive alliance when non-zero: ``specthrt``
        (names a specific threat; default) or ``wartime`` (signed in wartime).
    eras : dict, optional
        Era name -> (first, last) year of formation; default :data:`ERAS`.

    Returns
    -------
    pandas.DataFrame
        ``era``, ``first``, ``last``, ``n_formed``, ``n_reactive``, ``share_reactive``, ``column``.

    Warns
    -----
    UserWarning
        Naming the alliances (``atopid``) whose ``column`` is missing (left out).
    """
    a = rg.load("alliances") if alliances is None else alliances
    eras = ERAS if eras is None else eras
    missing = a[a[column].isna()]
    if len(missing):
        warnings.warn(f"{len(missing)} alliances without {column} left out: atopid "
                      + ", ".join(map(str, missing["atopid"].astype(int))), UserWarning, stacklevel=2)
    a = a[a[column].notna()]
    rows = []
    for era, (first, last) in eras.items():
        sub = a[a["begyr"].between(first, last)]
        n_re = int((sub[column].astype(int) != 0).sum())
        rows.append({"era": era, "first": first, "last": last, "n_formed": len(sub), "n_reactive": n_re,
                     "share_reactive": n_re / len(sub) if len(sub) else float("nan"), "column": column})
    return pd.DataFrame(rows)


def comparison() -> pd.DataFrame:
    """Published facts against reproduced values, one row per fact.

    Returns
    -------
    pandas.DataFrame
        :func:`regionalism.report.comparison_table`: one row per published number.
    """
    a = rg.load("alliances")
    last = int(max(a["begyr"].max(), a.loc[a["endyr"] > 0, "endyr"].max()))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # named by reactive_share()
        r = reactive_share(a).set_index("era")["share_reactive"]
    trend = f"Cold War {r['Cold War']:.1%}, post-Cold War {r['post-Cold War']:.1%}"
    got = {"last_year": (last, last <= PUBLISHED["last_year"]["value"]),
           "reactive_trend": (trend, r["post-Cold War"] < r["Cold War"])}
    return comparison_table(comparison_row(k, p, *got[k]) for k, p in PUBLISHED.items())


def run(out: Path) -> list[Output]:
    import matplotlib.pyplot as plt

    data = in_force()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # the left-out alliances are named by reactive_share()
        reactive = pd.concat([reactive_share(column=c) for c in ("specthrt", "wartime")], ignore_index=True)
    fig, (ax, ax2) = plt.subplots(1, 2, figsize=(11, 4.5), width_ratios=(2.2, 1), layout="constrained")
    ax.plot(data["year"], data["all"], color="black", linewidth=2, label="all alliances")
    styles = {"defense": ("-", "0.15"), "offense": (":", "0.3"), "neutral": ("-.", "0.55"), "nonagg": ("--", "0.4"),
              "consul": ((0, (1, 1)), "0.65")}
    for col, label in OBLIGATIONS.items():
        ax.plot(data["year"], data[col], color=styles[col][1], linestyle=styles[col][0], linewidth=1.3, label=label)
    ax.set_xlabel("year")
    ax.set_ylabel("alliances in force")
    ax.set_title(f"ATOP alliances in force by obligation, {YEARS[0]}-{YEARS[1]}")
    ax.legend(fontsize=8, loc="upper left")
    spec = reactive[reactive["column"] == "specthrt"]
    ax2.bar(spec["era"], spec["share_reactive"], color="0.5")
    for x, (s, n) in enumerate(zip(spec["share_reactive"], spec["n_formed"])):
        ax2.text(x, s + 0.005, f"{s:.0%}\n(n={n})", ha="center", fontsize=8)
    ax2.set_ylabel("share of new alliances naming a specific threat")
    ax2.set_title("Reactive alliances by era")
    ax2.set_ylim(0, max(0.05, float(spec["share_reactive"].max()) * 1.3))
    cw, pcw = spec["share_reactive"].iloc[0], spec["share_reactive"].iloc[1]
    peak = data.loc[data["all"].idxmax()]
    caption = (f"ATOP alliances in force per year, {YEARS[0]}-{YEARS[1]}, by obligation (an alliance counts under "
               f"each obligation it carries), and the share of new alliances that name a specific threat. Reactive "
               f"alliances: published (Leeds and Mattes 2007, abstract) a trend away from them, reproduced "
               f"{cw:.1%} of Cold War formations and {pcw:.1%} of 1990-2003 formations. Coverage: published to "
               f"{PUBLISHED['last_year']['value']}, reproduced alliances formed to "
               f"{int(rg.load('alliances')['begyr'].max())}. Peak {int(peak['all'])} alliances in force, first reached in "
               f"{int(peak['year'])} (no printed count found to compare).")
    files = save_figure(fig, out, "atop_obligations", data=data, caption=caption)
    write_atomic(out / "atop_reactive.csv", reactive.to_csv(index=False, lineterminator="\n", float_format="%.10g"))
    files.append(Output(out / "atop_reactive.csv", "data", "Share of new ATOP alliances that are reactive, by era"))
    files += save_table(comparison(), out, "atop_published", caption="ATOP: published facts against reproduced values",
                        notes=["last_year: last year of formation or termination coded in the shipped ATOP v4.01."])
    return files
