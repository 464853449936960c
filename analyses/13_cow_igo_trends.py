"""COW IGO v3: number of IGOs alive per year (1816-2014) and mean IGO memberships per state (1946-2014)

Reproduces the two trends with which Pevehouse, Nordstrom, McManus and
Jamison (2020, *Journal of Peace Research* 57(3): 492-503, "Tracking
organizations in the world: The Correlates of War IGO Version 3.0 datasets")
describe the data, as their abstract announces them: the population of IGOs
in the international system over time, and state participation in them
(here the mean number of memberships per state). The article's own figures
were not seen.

What is tested, and why it is looser than for the other analyses. Within the
search budget no page printing the article's yearly numbers was found (only
its abstract), so the test checks the facts that sources print: the coverage
1816-2014 (abstract), the size of the released IGO-year table (19,335 rows,
igoR documentation of ``igo_year_format3``) against the IGO-years implied by
the shipped first and last years of each IGO, and, from a different data set,
that "more than one-third of IGOs created since 1815 have since died"
(Eilstrup-Sangiovanni 2020, abstract). The peak year and the trend signs are
reported (caption, CSV) but not tested against the article.

Coding decisions, followed or departed from:

- *IGO alive in a year* when the year lies between the IGO's first and last
  year in the COW IGO-year table (``igo_list.first_year_in_data`` and
  ``last_year_in_data``), the IGO-year form of the data the article
  describes; the coded ``sdate``/``deaddate`` differ from these for 2 and 3
  IGOs.
- *Annual counts before 1965.* Version 3 adds annual data for 1815-1964
  (abstract), so the count is drawn for every year; earlier versions had
  five-year intervals there. The documented IGO-year table has 48 rows fewer
  (19,335) than the first-to-last spans of the shipped ``igo_list`` imply
  (19,383); the shipped tables cannot say which IGO-years these are, so the
  test allows 0.5 percent.
- *Memberships per state*: full memberships only (``status == "full"``,
  COW code 1), counted per COW system member in ``states`` for 1946-2014
  (the shipped membership spells start in 1946); associate membership and
  observer status are a second line. A state-year with no spell at all is
  NA, not 0, because the raw extract dropped COW's "no membership" and
  "missing" codes alike (27 such state-years; named in a warning).
- *Style*: the article's figures were not available within the search
  budget; two plain line charts, one per quantity.

Data: ``igo_list``, ``igo_memberships`` (COW IGO v3 via igoR 1.0.3), ``states``.
Outputs: ``cow_igo_trends.png/.pdf/.csv`` (IGOs alive per year, mean
memberships per state by status), ``cow_igo_published.csv/.md/.tex/.html``
(published facts against reproduced values).
"""
from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
import pandas as pd

import regionalism as rg
from regionalism.report import Output, comparison_row, comparison_table, save_figure, save_table

DATASETS = ["igo_list", "igo_memberships", "states"]
REFERENCES = ["cow_igo_v3", "cow_igo_v3_abstract", "igor_igo_year_format3", "eilstrup2020death"]

COVERAGE = (1816, 2014)
MEMBERSHIP_YEARS = (1946, 2014)

#: Published facts (no yearly number found in print; see the module docstring).
PUBLISHED = {
    "first_year": {"value": 1816, "where": "Pevehouse et al. 2020, abstract (coverage 1816-2014)", "tolerance": 0},
    "last_year": {"value": 2014, "where": "Pevehouse et al. 2020, abstract (coverage 1816-2014)", "tolerance": 0},
    "igo_years": {"value": 19335, "where": "igoR 1.0.3 documentation of igo_year_format3 (rows of the COW IGO-year "
                  "table)", "tolerance": 0.005},
    "share_dead": {"value": 1 / 3, "where": "Eilstrup-Sangiovanni 2020, abstract ('more than one-third of IGOs "
                   "created since 1815 have since died'; her data, not COW): a lower bound", "tolerance": None},
}


def igos_alive(igos: pd.DataFrame | None = None, *, years: tuple[int, int] = COVERAGE) -> pd.DataFrame:
    """Number of IGOs alive in each year.

    Parameters
    ----------
    igos : pandas.DataFrame, optional
        The ``igo_list`` table (default: loaded).
    years : (int, int)
        First and last year.

    Returns
    -------
    pandas.DataFrame
        ``year``, ``n_igos`` (IGOs whose first year in the COW IGO-year table
        is at or before the year and whose last year is at or after it),
        ``n_new`` (first year equals the year) and ``n_ended`` (last year is the
        previous year, for IGOs that died).

    Examples
    --------
    >>> int(igos_alive().set_index("year").loc[2014, "n_igos"])
    335
    """
    g = rg.load("igo_list") if igos is None else igos
    first = g["first_year_in_data"].astype(int).to_numpy()
    last = g["last_year_in_data"].astype(int).to_numpy()
    dead = g["deaddate"].notna().to_numpy()
    ys = np.arange(years[0], years[1] + 1)
    alive = ((first[None, :] <= ys[:, None]) & (last[None, :] >= ys[:, None])).sum(axis=1)
    new = (first[None, :] == ys[:, None]).sum(axis=1)
    ended = ((last[None, :] == ys[:, None] - 1) & dead[None, :]).sum(axis=1)
    return pd.DataFrame({"year": ys, "n_igos": alive, "n_new": new, "n_ended": ended})


def igo_years(igos: pd.DataFrame | None = None) -> int:
    """IGO-years implied by each IGO's first and last year in the COW IGO-year table."""
    g = rg.load("igo_list") if igos is None else igos
    return int((g["last_year_in_data"].astype(int) - g["first_year_in_data"].astype(int) + 1).sum())


def memberships_per_state(memberships: pd.DataFrame | None = None, states: pd.DataFrame | None = None, *,
                          years: tuple[int, int] = MEMBERSHIP_YEARS) -> pd.DataFrame:
    """Mean number of IGO memberships per COW system member and year, by status.

    Parameters
    ----------
    memberships : pandas.DataFrame, optional
        The ``igo_memberships`` spells (default: loaded).
    states : pandas.DataFrame, optional
        The ``states`` table; its ``ccode``-``year`` rows are the system members.
    years : (int, int)
        First and last year.

    Returns
    -------
    pandas.DataFrame
        ``year``, ``status`` (``full``, ``any``: full, associate or observer),
        ``mean_memberships``, ``median_memberships``, ``max_memberships``,
        ``n_states`` (system members with at least one spell that year) and
        ``n_states_na`` (system members without any spell: NA, not 0).

    Warns
    -----
    UserWarning
        Naming the state-years without any membership spell (left out of the means).
    """
    m = rg.load("igo_memberships") if memberships is None else memberships
    s = rg.load("states") if states is None else states
    sy = s.loc[s["year"].between(*years), ["ccode", "year"]].astype(int)
    start = m["start"].astype(int).clip(lower=years[0]).to_numpy()
    end = m["end"].astype(int).clip(upper=years[1]).to_numpy()
    keep = end >= start
    length = (end - start + 1)[keep]
    long = pd.DataFrame({
        "ccode": np.repeat(m["ccode"].astype(int).to_numpy()[keep], length),
        "year": np.repeat(start[keep], length) + np.concatenate([np.arange(n) for n in length]),
        "status": np.repeat(m["status"].astype(str).to_numpy()[keep], length),
    })
    def count(sub: pd.DataFrame) -> pd.Series:
        c = sub.groupby(["ccode", "year"]).size().rename("n").reset_index()
        return sy.merge(c, on=["ccode", "year"], how="left")["n"]

    n_any = count(long)
    no_spell = n_any.isna().to_numpy()
    if no_spell.any():
        missing = sy[no_spell]
        warnings.warn(f"{len(missing)} state-years have no IGO membership spell of any status and are NA (not 0) "
                      "in the means: " + ", ".join(f"{c}:{y}" for c, y in missing.itertuples(index=False)),
                      UserWarning, stacklevel=2)
    n_full = count(long[long["status"] == "full"]).fillna(0).mask(no_spell)
    parts = []
    for status, n in (("full", n_full), ("any", n_any)):
        g = n.groupby(sy["year"].to_numpy())
        parts.append(pd.DataFrame({"year": g.mean().index, "status": status, "mean_memberships": g.mean().to_numpy(),
                                   "median_memberships": g.median().to_numpy(), "max_memberships": g.max().to_numpy(),
                                   "n_states": g.count().to_numpy(),
                                   "n_states_na": g.size().to_numpy() - g.count().to_numpy()}))
    out = pd.concat(parts, ignore_index=True)
    out["year"] = out["year"].astype(int)
    return out


def figure_data() -> pd.DataFrame:
    """The numbers of both panels in one long table (``panel``, ``series``, ``year``, ``value``)."""
    alive = igos_alive()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # named in the docstring and by memberships_per_state()
        per_state = memberships_per_state()
    a = alive.melt(id_vars="year", value_vars=["n_igos", "n_new", "n_ended"], var_name="series")
    a.insert(0, "panel", "igos")
    b = per_state.rename(columns={"status": "series", "mean_memberships": "value"})[["series", "year", "value"]]
    b["series"] = "mean_" + b["series"] + "_memberships"
    b.insert(0, "panel", "memberships")
    return pd.concat([a, b], ignore_index=True)


def comparison() -> pd.DataFrame:
    """Published facts against reproduced values, one row per fact.

    Returns
    -------
    pandas.DataFrame
        :func:`regionalism.report.comparison_table`: one row per published number.
    """
    igos = rg.load("igo_list")
    alive = igos_alive(igos, years=(1700, 2030))
    years = alive.loc[alive["n_igos"] > 0, "year"]
    n = igo_years(igos)
    dead = float(igos["deaddate"].notna().mean())
    got = {"first_year": int(years.min()), "last_year": int(years.max()), "igo_years": n, "share_dead": dead}
    agrees = {"first_year": got["first_year"] == PUBLISHED["first_year"]["value"],
              "last_year": got["last_year"] == PUBLISHED["last_year"]["value"],
              "igo_years": abs(n / PUBLISHED["igo_years"]["value"] - 1) <= PUBLISHED["igo_years"]["tolerance"],
              "share_dead": dead > PUBLISHED["share_dead"]["value"]}
    return comparison_table(comparison_row(k, p, got[k], agrees[k]) for k, p in PUBLISHED.items())


def run(out: Path) -> list[Output]:
    import matplotlib.pyplot as plt

    data = figure_data()
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(11, 4.5), layout="constrained")
    n = data[(data["panel"] == "igos") & (data["series"] == "n_igos")]
    ax1.plot(n["year"], n["value"], color="black", linewidth=1.5)
    ax1.set_title("Number of IGOs, 1816-2014")
    ax1.set_xlabel("year")
    ax1.set_ylabel("IGOs alive")
    peak = int(n["value"].max())
    peak_years = n.loc[n["value"] == peak, "year"].astype(int).tolist()
    ax1.annotate(f"peak {peak} ({', '.join(map(str, peak_years))})", (peak_years[0], peak), xytext=(1880, peak * 0.9),
                 fontsize=8, arrowprops={"arrowstyle": "->", "color": "0.4"})
    for series, style in (("mean_full_memberships", {"color": "black"}),
                          ("mean_any_memberships", {"color": "0.5", "linestyle": "--"})):
        sub = data[(data["panel"] == "memberships") & (data["series"] == series)]
        ax2.plot(sub["year"], sub["value"], label=series.split("_")[1] + (" members" if "full" in series
                                                                        else ": full, associate or observer"),
                 **style)
    ax2.set_title("Mean IGO memberships per state, 1946-2014")
    ax2.set_xlabel("year")
    ax2.set_ylabel("memberships per state")
    ax2.legend(fontsize=8, loc="upper left")
    n_dead = int(rg.load("igo_list")["deaddate"].notna().sum())
    n_all = len(rg.load("igo_list"))
    full = data[(data["panel"] == "memberships") & (data["series"] == "mean_full_memberships")].set_index("year")
    caption = (f"IGOs alive per year (COW IGO v3, {n_all} IGOs) and mean full IGO memberships per COW system member. "
               f"Coverage: published {PUBLISHED['first_year']['value']}-{PUBLISHED['last_year']['value']}, reproduced {int(n['year'].min())}-"
               f"{int(n['year'].max())}; published IGO-year rows {PUBLISHED['igo_years']['value']:,}, reproduced "
               f"{igo_years():,} from first and last years; published (other data) more than one third of IGOs "
               f"died, reproduced {n_dead / n_all:.1%}. Peak {peak} IGOs in {', '.join(map(str, peak_years))}; "
               f"mean full memberships {full.loc[1946, 'value']:.1f} in 1946 and {full.loc[2014, 'value']:.1f} in "
               "2014 (no printed value found to compare).")
    files = save_figure(fig, out, "cow_igo_trends", data=data, caption=caption)
    files += save_table(comparison(), out, "cow_igo_published",
                        caption="COW IGO v3: published facts against reproduced values",
                        notes=["igo_years tolerance is relative; share_dead is a lower bound from another data set."])
    return files
