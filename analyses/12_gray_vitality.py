"""Gray (2018) vitality of regional economic organizations: alive, zombie and dead, 1948-2013

Reproduces the headline shares of Gray (2018, *International Studies
Quarterly* 62(1): 1-13, "Life, Death, or Zombie? The Vitality of
International Organizations"), whose abstract (p. 1) reports that "around 52
percent of the organizations in the sample are alive and functioning, around
10 percent are essentially dead, and nearly 38 percent are zombies", and draws
their development over time as yearly shares of the REOs in the sample.

Coding decisions, followed or departed from:

- *Categories as released.* ``vitality`` 3 = alive, 2 = zombie, 1 = dead; the
  release's dummies ``life``, ``zombie`` and ``dead`` agree with these codes
  row by row (checked in the tests), so the direction of ``vitality`` is
  fixed by the dummies, not assumed.
- *Unit of the published shares: REO-years.* The abstract speaks of "the
  organizations in the sample", but the replication data are an REO-year
  panel, and only the REO-year shares reproduce the published numbers
  (51.1 / 38.4 / 10.4 percent). The organization-level readings do not: the status in each REO's last observed year gives 73 / 6 / 21 percent,
  the mean over REOs of each REO's share of years 45.7 / 35.8 / 18.5 percent.
  Both alternatives are in ``gray_vitality_units.csv``; the default unit is a
  keyword of :func:`vitality_shares`.
- *The years 2010-2013.* The release codes no REO-year after 2009 as a zombie
  (25 zombie REOs in 2009, none in 2010-2013, when 40 are alive and 7 dead),
  which looks like the end of the zombie coding rather than a wave of revivals.
  The published shares are for the whole release, so they keep these years;
  the figure shades them as "zombie coding ends". Without them (1948-2009) the
  shares are 46.8 / 43.4 / 9.8 percent.
- *Years.* The abstract speaks of data "from 1950 to the present"; the release
  starts in 1948 (5 REO-years). From 1950 the shares are 51.2 / 38.5 / 10.3
  percent, so the choice does not matter at the published precision; all
  years are kept.
- *Style.* The article's figure was not available (only its abstract was
  found within the search budget), so the figure is a stacked area of the
  yearly shares in grey; the number of REOs in the sample per year is drawn
  underneath, since early years rest on two to ten organizations.

Data: ``gray_reo`` (Gray 2018 replication data, 1662 REO-years, 63 REOs).
Outputs: ``gray_vitality.png/.pdf/.csv`` (yearly shares and counts),
``gray_vitality_units.csv`` (the shares under each unit of analysis, against
the published values), ``gray_vitality_published.csv/.md/.tex/.html``
(published against reproduced values).
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

import regionalism as rg
from regionalism.report import Output, comparison_row, comparison_table, save_figure, save_table, write_atomic

DATASETS = ["gray_reo"]
REFERENCES = ["gray2018", "gray2018_abstract"]

CATEGORIES = ("alive", "zombie", "dead")
#: Release column of each category (0/1 dummies) and its ``vitality`` code.
DUMMIES = {"alive": "life", "zombie": "zombie", "dead": "dead"}
CODES = {"alive": 3, "zombie": 2, "dead": 1}
#: Last year in which the release codes any zombie REO-year.
LAST_ZOMBIE_CODING_YEAR = 2009

#: Published values: share of each category (abstract, p. 1), rounded there to whole percents
#: ("around 52", "around 10", "nearly 38"); tolerance in shares.
PUBLISHED = {
    "alive": {"value": 0.52, "where": "Gray 2018, abstract, p. 1", "tolerance": 0.015},
    "zombie": {"value": 0.38, "where": "Gray 2018, abstract, p. 1", "tolerance": 0.015},
    "dead": {"value": 0.10, "where": "Gray 2018, abstract, p. 1", "tolerance": 0.015},
}

UNITS = ("reo_year", "reo_last_year", "reo_mean")


def vitality_shares(data: pd.DataFrame | None = None, *, unit: str = "reo_year") -> pd.Series:
    """Share of alive, zombie and dead REOs under one unit of analysis.

    Parameters
    ----------
    data : pandas.DataFrame, optional
        The ``gray_reo`` table (default: loaded).
    unit : {"reo_year", "reo_last_year", "reo_mean"}
        ``reo_year``: share of REO-years (the unit that reproduces the
        published numbers); ``reo_last_year``: status of each REO in its last
        observed year; ``reo_mean``: mean over REOs of each REO's share of years.

    Returns
    -------
    pandas.Series
        Shares indexed by ``alive``, ``zombie``, ``dead`` (summing to 1).

    Examples
    --------
    >>> s = vitality_shares()
    >>> round(float(s["alive"]), 3), round(float(s["zombie"]), 3), round(float(s["dead"]), 3)
    (0.511, 0.384, 0.104)
    """
    g = rg.load("gray_reo") if data is None else data
    d = pd.DataFrame({c: g[DUMMIES[c]].astype(float) for c in CATEGORIES})
    d["reo"], d["year"] = g["reo"].to_numpy(), g["year"].astype(int).to_numpy()
    if unit == "reo_year":
        out = d[list(CATEGORIES)].mean()
    elif unit == "reo_last_year":
        out = d.sort_values("year").groupby("reo").tail(1)[list(CATEGORIES)].mean()
    elif unit == "reo_mean":
        out = d.groupby("reo")[list(CATEGORIES)].mean().mean()
    else:
        raise ValueError(f"unit must be one of {UNITS}, got {unit!r}")
    out.name = unit
    return out


def yearly_shares(data: pd.DataFrame | None = None) -> pd.DataFrame:
    """Yearly number and share of alive, zombie and dead REOs.

    Returns
    -------
    pandas.DataFrame
        One row per year: ``year``, ``n_reos``, ``n_alive``, ``n_zombie``,
        ``n_dead``, ``alive``, ``zombie``, ``dead`` (shares of the REOs in the
        sample that year), ``zombie_coded`` (False after 2009).
    """
    g = rg.load("gray_reo") if data is None else data
    d = pd.DataFrame({f"n_{c}": g[DUMMIES[c]].astype(int) for c in CATEGORIES})
    d["year"] = g["year"].astype(int).to_numpy()
    out = d.groupby("year").sum().reset_index()
    out.insert(1, "n_reos", out[[f"n_{c}" for c in CATEGORIES]].sum(axis=1))
    for c in CATEGORIES:
        out[c] = out[f"n_{c}"] / out["n_reos"]
    out["zombie_coded"] = out["year"] <= LAST_ZOMBIE_CODING_YEAR
    return out


def unit_table(data: pd.DataFrame | None = None) -> pd.DataFrame:
    """The shares under every unit of analysis next to the published ones (long format)."""
    rows = []
    for unit in UNITS:
        s = vitality_shares(data, unit=unit)
        for c in CATEGORIES:
            p = PUBLISHED[c]
            rows.append({"unit": unit, "category": c, "share": float(s[c]), "published": p["value"],
                         "difference": float(s[c]) - p["value"], "within_tolerance": abs(float(s[c]) - p["value"])
                         <= p["tolerance"], "where": p["where"]})
    return pd.DataFrame(rows)


def comparison() -> pd.DataFrame:
    """Published against reproduced values, one row per published number.

    Returns
    -------
    pandas.DataFrame
        :func:`regionalism.report.comparison_table`: one row per published number.
    """
    u = unit_table()
    u = u[u["unit"] == "reo_year"]
    return comparison_table(comparison_row(f"share {r.category} (REO-years)", PUBLISHED[r.category], r.share,
                                           r.within_tolerance) for r in u.itertuples())


def run(out: Path) -> list[Output]:
    import matplotlib.pyplot as plt

    data = yearly_shares()
    shares = vitality_shares()
    fig, (ax, ax_n) = plt.subplots(2, 1, figsize=(9, 6.5), sharex=True, height_ratios=(3, 1), layout="constrained")
    colors = {"alive": "0.25", "zombie": "0.6", "dead": "0.85"}
    ax.stackplot(data["year"], *[data[c] for c in CATEGORIES], labels=[c for c in CATEGORIES],
                 colors=[colors[c] for c in CATEGORIES], edgecolor="white", linewidth=0.3)
    ax.axvspan(LAST_ZOMBIE_CODING_YEAR + 0.5, data["year"].max() + 0.5, facecolor="white", alpha=0.5, hatch="//",
               edgecolor="0.4", linewidth=0)
    ax.text(LAST_ZOMBIE_CODING_YEAR + 1, 0.5, "zombie coding\nends", fontsize=8, rotation=90, va="center")
    ax.set_ylim(0, 1)
    ax.set_ylabel("share of REOs in the sample")
    ax.legend(loc="lower left", fontsize=8, ncol=3, framealpha=0.9)
    ax.set_title("Vitality of regional economic organizations (Gray 2018 data)")
    ax_n.bar(data["year"], data["n_reos"], color="0.5", width=0.8)
    ax_n.set_ylabel("REOs")
    ax_n.set_xlabel("year")
    pub = " / ".join(f"{PUBLISHED[c]['value'] * 100:.0f}" for c in CATEGORIES)
    rep = " / ".join(f"{shares[c] * 100:.1f}" for c in CATEGORIES)
    caption = (f"Yearly shares of alive, zombie and dead regional economic organizations, {data['year'].min()}-"
               f"{data['year'].max()} (Gray 2018 replication data; hatched: no zombie coding after "
               f"{LAST_ZOMBIE_CODING_YEAR}). Alive / zombie / dead: published {pub} percent (abstract, p. 1), "
               f"reproduced {rep} percent of REO-years.")
    files = save_figure(fig, out, "gray_vitality", data=data, caption=caption)
    units = unit_table()
    write_atomic(out / "gray_vitality_units.csv", units.to_csv(index=False, lineterminator="\n", float_format="%.10g"))
    files.append(Output(out / "gray_vitality_units.csv", "data",
                        "Alive/zombie/dead shares under each unit of analysis against Gray's published values"))
    files += save_table(comparison(), out, "gray_vitality_published",
                        caption="Gray (2018): published against reproduced shares of REO-years",
                        notes=["Published values are rounded to whole percents in the abstract."])
    return files
