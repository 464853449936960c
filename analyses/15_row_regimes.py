"""Regimes of the World: shares of closed and electoral autocracies, electoral and liberal democracies by region, 1946-2024

Reproduces the Regimes of the World (RoW) classification of Lührmann,
Tannenberg and Lindberg (2018, *Politics and Governance* 6(1): 60-77) as
shares of the states of the world and of each continent in each of its four
regime types over time, and the one number the article's abstract prints
about the classification: it disagrees with extant data sets in "7%-12% of
the country-years". Because the article's own yearly numbers rest on an
earlier V-Dem release (data to 2016), the world counts are tested instead against the V-Dem Institute's
Democracy Report 2025, which classifies 2024 with the same V-Dem v15 data the
package ships: 29 liberal and 59 electoral democracies, 56 electoral and 35
closed autocracies.

What differs from the article, and how the test allows for it:

- *V-Dem version.* The article classified the V-Dem release of its time
  (data 1900-2016, abstract); the package ships V-Dem v15 ``v2x_regime`` (to
  2024), a later release whose codings may have been revised since. Yearly
  shares are therefore not compared with the article's (no yearly number of
  the article was found in print either). The disagreement rates are assumed
  to move little between releases (not checked: the article's rate per data
  set was not seen), so they are tested with one percentage point of
  tolerance around the published 7-12 percent.
- *Years and states.* 1946-2024 and COW system members only (``states``); the
  article covers almost all countries from 1900. State-years without a V-Dem value are left out of the shares
  (counted in ``n_na``, named in a warning). In 2024 this leaves out five
  V-Dem units that are not COW states (raw V-Dem v15 ERT file): Hong Kong and
  Palestine/Gaza (closed autocracies), Palestine/West Bank, Somaliland and
  Zanzibar (electoral autocracies). So the package counts 2 closed and 3
  electoral autocracies fewer than the Democracy Report, and exactly its
  democracies; these are the stated tolerances (one-sided).
- *Which extant data sets.* The abstract does not name them; the test checks
  the four shipped classifications that are binary or have a conventional cut:
  Boix, Miller and Rosato (``bmr_democracy``), Polity (``polity2`` >= 6),
  Freedom House (status "F", free) and Geddes, Wright and Frantz
  (``gwf_nonautocracy`` "democracy" against every other coded state-year:
  autocratic regimes and warlord, provisional or foreign-occupied years). RoW
  counts as democratic from electoral democracy up (``v2x_regime`` >= 2).
  The Polity cut-off is a keyword of :func:`disagreement`.
- *Regions*: the five continents of ``region_members`` (a state in the one
  continent it is placed in that year); "world" is every state with a value.
- *Style*: the article's figures were not available within the search
  budget; stacked shares with reds for autocracies and blues for
  democracies, one panel per region.

Data: ``states`` (V-Dem v15 ``v2x_regime``, BMR, Polity5, Freedom House, GWF), ``region_members``.
Outputs: ``row_regimes.png/.pdf/.csv`` (shares by region and year),
``row_disagreement.csv`` (disagreement with each extant data set against the published range),
``row_published.csv/.md/.tex/.html`` (published against reproduced values).
"""
from __future__ import annotations

import warnings
from pathlib import Path

import pandas as pd

import regionalism as rg
from regionalism.report import Output, comparison_row, comparison_table, save_figure, save_table, write_atomic
from regionalism.study.samples import CONTINENTS

DATASETS = ["states", "region_members"]
REFERENCES = ["luhrmann2018row", "luhrmann2018row_page", "vdem_v15", "vdem_dr2025"]

YEARS = (1946, 2024)
#: RoW codes of ``v2x_regime``.
REGIMES = {0: "closed autocracy", 1: "electoral autocracy", 2: "electoral democracy", 3: "liberal democracy"}
COLORS = {0: "#8c1d18", 1: "#e8827a", 2: "#8fb9dc", 3: "#1f4e8c"}
#: Years compared with the extant data sets (the article's data end in 2016).
DISAGREEMENT_YEARS = (1946, 2016)

PUBLISHED = {
    "disagreement_low": {"value": 0.07, "where": "Lührmann et al. 2018, abstract (disagreements with extant data "
                         "sets in 7%-12% of the country-years)", "tolerance": 0.01},
    "disagreement_high": {"value": 0.12, "where": "Lührmann et al. 2018, abstract (disagreements with extant data "
                          "sets in 7%-12% of the country-years)", "tolerance": 0.01},
    # Number of countries of each type in 2024 (V-Dem v15); tolerance: how many fewer the package may count,
    # the V-Dem units that are not COW states (see the module docstring).
    "n_2024_liberal_democracy": {"value": 29, "where": "V-Dem Democracy Report 2025 (2024: 29 liberal democracies)",
                                 "tolerance": 0},
    "n_2024_electoral_democracy": {"value": 59, "where": "V-Dem Democracy Report 2025 (2024: 59 electoral "
                                   "democracies)", "tolerance": 0},
    "n_2024_electoral_autocracy": {"value": 56, "where": "V-Dem Democracy Report 2025 (2024: 56 electoral "
                                   "autocracies)", "tolerance": 3},
    "n_2024_closed_autocracy": {"value": 35, "where": "V-Dem Democracy Report 2025 (2024: 35 closed autocracies)",
                                "tolerance": 2},
}


def regime_shares(states: pd.DataFrame | None = None, *, years: tuple[int, int] = YEARS) -> pd.DataFrame:
    """Share of states in each RoW regime type by region and year.

    Parameters
    ----------
    states : pandas.DataFrame, optional
        The ``states`` table (default: loaded).
    years : (int, int)
        First and last year.

    Returns
    -------
    pandas.DataFrame
        ``region`` (``world`` or a continent), ``year``, ``regime`` (0-3),
        ``regime_label``, ``n`` (states of that type), ``n_valid`` (states with a
        value), ``n_na`` (states without one), ``share`` (``n / n_valid``).

    Warns
    -----
    UserWarning
        Naming the states without a ``v2x_regime`` value in some year (left out).

    Examples
    --------
    >>> import warnings
    >>> with warnings.catch_warnings():
    ...     warnings.simplefilter("ignore")
    ...     w = regime_shares(years=(2024, 2024))
    >>> w[w["region"] == "world"].set_index("regime_label")["n"].to_dict()
    {'closed autocracy': 33, 'electoral autocracy': 53, 'electoral democracy': 59, 'liberal democracy': 29}
    """
    s = rg.load("states") if states is None else states
    s = s.loc[s["year"].between(*years), ["ccode", "year", "v2x_regime"]].copy()
    s["ccode"], s["year"] = s["ccode"].astype(int), s["year"].astype(int)
    na = s[s["v2x_regime"].isna()]
    if len(na):
        warnings.warn(f"{len(na)} state-years without v2x_regime left out of the shares (COW codes "
                      + ", ".join(map(str, sorted(na["ccode"].unique()))) + ")", UserWarning, stacklevel=2)
    parts = [s.assign(region="world")]
    for c in CONTINENTS:
        my = rg.region(c).member_years(years)[["ccode", "year"]]
        parts.append(s.merge(my, on=["ccode", "year"], how="inner").assign(region=c))
    d = pd.concat(parts, ignore_index=True)
    totals = d.groupby(["region", "year"]).agg(n_all=("ccode", "size"), n_valid=("v2x_regime", "count"))
    grid = pd.MultiIndex.from_product([totals.index.get_level_values(0).unique(), range(years[0], years[1] + 1),
                                       list(REGIMES)], names=["region", "year", "regime"])
    counts = (d.dropna(subset=["v2x_regime"]).assign(regime=lambda x: x["v2x_regime"].astype(int))
              .groupby(["region", "year", "regime"]).size().reindex(grid, fill_value=0).rename("n").reset_index())
    out = counts.merge(totals.reset_index(), on=["region", "year"], how="left")
    out["n_na"] = out["n_all"] - out["n_valid"]
    out["share"] = out["n"] / out["n_valid"]
    out["regime_label"] = out["regime"].map(REGIMES)
    order = {r: i for i, r in enumerate(("world",) + tuple(CONTINENTS))}
    out = out.sort_values(["region", "year", "regime"], key=lambda col: col.map(order) if col.name == "region"
                          else col).reset_index(drop=True)
    return out[["region", "year", "regime", "regime_label", "n", "n_valid", "n_na", "share"]]


def disagreement(states: pd.DataFrame | None = None, *, years: tuple[int, int] = DISAGREEMENT_YEARS,
                 polity_cutoff: int = 6) -> pd.DataFrame:
    """Share of state-years in which RoW's democracy/autocracy split disagrees with an extant data set.

    Parameters
    ----------
    states : pandas.DataFrame, optional
        The ``states`` table (default: loaded).
    years : (int, int)
        First and last year compared.
    polity_cutoff : int
        ``polity2`` from which Polity counts a state as a democracy.

    Returns
    -------
    pandas.DataFrame
        ``dataset``, ``rule`` (how it is dichotomized), ``n`` (state-years with
        both values), ``disagreement`` (share of them classified differently).

    Examples
    --------
    >>> d = disagreement().set_index("dataset")["disagreement"]
    >>> [round(float(d[k]), 3) for k in ("bmr", "polity", "freedom_house", "gwf")]
    [0.083, 0.078, 0.099, 0.097]
    """
    s = rg.load("states") if states is None else states
    s = s[s["year"].between(*years)]
    row = (s["v2x_regime"].astype("Float64") >= 2).where(s["v2x_regime"].notna())
    gwf_coded = (s["gwf_regimetype"].notna() | s["gwf_nonautocracy"].notna()).to_numpy(dtype=bool)
    others = {
        ("bmr", "bmr_democracy == 1"): (s["bmr_democracy"].astype("Float64") == 1).where(s["bmr_democracy"].notna()),
        ("polity", f"polity2 >= {polity_cutoff}"): (s["polity2"].astype("Float64") >= polity_cutoff).where(
            s["polity2"].notna()),
        ("freedom_house", "fh_status == 'F'"): (s["fh_status"].astype("string") == "F").where(s["fh_status"].notna()),
        ("gwf", "gwf_nonautocracy == 'democracy' (autocracies, warlord, provisional, occupied: not)"): (
            s["gwf_nonautocracy"].astype("string") == "democracy").fillna(False).astype("boolean").where(gwf_coded),
    }
    rows = []
    for (name, rule), other in others.items():
        both = row.notna() & other.notna()
        rows.append({"dataset": name, "rule": rule, "n": int(both.sum()),
                     "disagreement": float((row[both].astype(bool) != other[both].astype(bool)).mean())})
    return pd.DataFrame(rows)


def comparison() -> pd.DataFrame:
    """Published against reproduced values: disagreement per data set and the 2024 counts.

    Returns
    -------
    pandas.DataFrame
        :func:`regionalism.report.comparison_table`: one row per published number.
    """
    lo, hi = PUBLISHED["disagreement_low"], PUBLISHED["disagreement_high"]
    rows = [comparison_row(f"disagreement with {r['dataset']} ({r['rule']})", lo, r["disagreement"],
                           lo["value"] - lo["tolerance"] <= r["disagreement"] <= hi["value"] + hi["tolerance"],
                           published=f"{lo['value']}-{hi['value']}") for _, r in disagreement().iterrows()]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # named by regime_shares()
        w = regime_shares(years=(2024, 2024))
    n = w[w["region"] == "world"].set_index("regime")["n"]
    for r, label in REGIMES.items():
        p = PUBLISHED["n_2024_" + label.replace(" ", "_")]
        rows.append(comparison_row(f"countries 2024: {label}", p, int(n[r]), 0 <= p["value"] - int(n[r]) <= p["tolerance"]))
    return comparison_table(rows)


def run(out: Path) -> list[Output]:
    import matplotlib.pyplot as plt

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # named by regime_shares(); counted in n_na
        data = regime_shares()
    dis = disagreement()
    lo, hi = PUBLISHED["disagreement_low"]["value"], PUBLISHED["disagreement_high"]["value"]
    dis["published_low"], dis["published_high"] = lo, hi
    regions = ["world", *CONTINENTS]
    fig, axes = plt.subplots(2, 3, figsize=(12, 7), sharex=True, sharey=True, layout="constrained")
    for ax, reg in zip(axes.flat, regions):
        sub = data[data["region"] == reg].pivot(index="year", columns="regime", values="share").fillna(0)
        ax.stackplot(sub.index, *[sub[r] for r in REGIMES], colors=[COLORS[r] for r in REGIMES],
                     labels=list(REGIMES.values()), edgecolor="none")
        n = data[(data["region"] == reg) & (data["regime"] == 0)].set_index("year")["n_valid"]
        ax.set_title(f"{reg} ({int(n.iloc[0])} states in {YEARS[0]}, {int(n.iloc[-1])} in {YEARS[1]})", fontsize=10)
        ax.set_ylim(0, 1)
        ax.set_xlim(*YEARS)
    for ax in axes[1]:
        ax.set_xlabel("year")
    axes[0, 0].set_ylabel("share of states")
    axes[1, 0].set_ylabel("share of states")
    handles, labels = axes[0, 0].get_legend_handles_labels()
    fig.legend(handles[::-1], labels[::-1], loc="outside right center", fontsize=9)
    fig.suptitle("Regimes of the World (V-Dem v15 v2x_regime), share of states by region")
    w = data[(data["region"] == "world") & (data["year"] == YEARS[1])].set_index("regime")
    counts = "; ".join(f"{REGIMES[r]} published {PUBLISHED['n_2024_' + REGIMES[r].replace(' ', '_')]['value']}, "
                       f"reproduced {int(w.loc[r, 'n'])}" for r in sorted(REGIMES, reverse=True))
    reproduced = ", ".join(f"{r['dataset'].replace('_', ' ')} {r['disagreement']:.1%}" for _, r in dis.iterrows())
    caption = (f"Share of COW states in each Regimes of the World type by continent, {YEARS[0]}-{YEARS[1]} (V-Dem "
               f"v15; the article used a release with data 1900-2016). Disagreement with extant data sets, "
               f"{DISAGREEMENT_YEARS[0]}-{DISAGREEMENT_YEARS[1]}: published {lo:.0%}-{hi:.0%} of country-years "
               f"(abstract), reproduced {reproduced}. Countries in {YEARS[1]} (V-Dem Democracy Report 2025, same "
               f"V-Dem v15; the package has COW states only): {counts}.")
    files = save_figure(fig, out, "row_regimes", data=data, caption=caption)
    write_atomic(out / "row_disagreement.csv", dis.to_csv(index=False, lineterminator="\n", float_format="%.10g"))
    files.append(Output(out / "row_disagreement.csv", "data",
                        "Disagreement of RoW with four extant regime data sets against the published 7-12 percent"))
    files += save_table(comparison(), out, "row_published",
                        caption="Regimes of the World: published against reproduced values",
                        notes=["Disagreement: share of 1946-2016 state-years; tolerance one point on each bound.",
                               "2024 counts: the package may count fewer by the tolerance (V-Dem units that are not "
                               "COW states)."])
    return files
