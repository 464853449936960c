"""Member aggregates of regime type and power for groups of states per year.

A *group* is any set of states per year (a region or an organization's
members), given as rows ``group``, ``ccode``, ``year``. Every aggregate is
NA when a member lacks the source value in that year (coverage is honest);
``*_coverage`` columns give the share of members with a value. The
state-year values come from the ``states`` table passed in (nothing is
loaded here).
"""
from __future__ import annotations

import numpy as np
import pandas as pd

__all__ = ["regime_measures", "power_measures", "LEADER_THRESHOLD"]

LEADER_THRESHOLD = 0.2
"""A state counts as a plausible leader when it holds at least this share of the
group's capabilities (CINC or GDP). A documented, overridable coding choice."""


def _member_values(members: pd.DataFrame, states: pd.DataFrame, cols: list[str]) -> pd.DataFrame:
    st = states
    vals = st[["ccode", "year"] + cols].copy()
    vals["ccode"] = vals["ccode"].astype(int)
    vals["year"] = vals["year"].astype(int)
    return members.merge(vals, on=["ccode", "year"], how="left")


def _complete(stat: pd.Series, coverage: pd.Series) -> pd.Series:
    return stat.where(coverage >= 1.0)


def regime_measures(members: pd.DataFrame, states: pd.DataFrame) -> pd.DataFrame:
    """Regime aggregates per group-year.

    Parameters
    ----------
    members : pandas.DataFrame
        Columns ``group``, ``ccode``, ``year``.
    states : pandas.DataFrame
        State-year values: ``ccode``, ``year``, ``v2x_polyarchy``,
        ``v2x_polyarchy_v16``, ``v2x_regime``, ``polity2``, ``fh_status``,
        ``bmr_democracy`` (the ``states`` table).

    Returns
    -------
    pandas.DataFrame
        Indexed by ``group``, ``year``: ``n_states``; ``polyarchy_mean``,
        ``polyarchy_median``, ``polyarchy_min``, ``polyarchy_max``,
        ``polyarchy_sd`` (sample SD), ``polyarchy_coverage`` (V-Dem v15);
        ``polyarchy_v16_mean`` and its coverage; ``autocracy_share`` (RoW
        closed or electoral autocracy) and ``regime_coverage``;
        ``polity2_mean`` / ``polity2_coverage``; ``fh_notfree_share`` /
        ``fh_coverage``; ``bmr_democracy_share`` / ``bmr_coverage``.

    Examples
    --------
    >>> import regionalism as rg
    >>> members = rg.region("central_asia").member_years((2015, 2015))
    >>> members = members.rename(columns={"region_id": "group"})
    >>> from regionalism.measures.aggregates import regime_measures
    >>> row = regime_measures(members, rg.load("states")).loc[("central_asia", 2015)]
    >>> int(row["n_states"]), float(row["autocracy_share"]), float(row["regime_coverage"])
    (5, 1.0, 1.0)
    """
    v = _member_values(members, states, ["v2x_polyarchy", "v2x_polyarchy_v16", "v2x_regime", "polity2", "fh_status",
                                 "bmr_democracy"])
    regime = v["v2x_regime"].astype("float64")
    v["autocracy"] = (regime <= 1).astype(float).where(regime.notna())
    fh = v["fh_status"].astype(object)
    v["notfree"] = (fh == "NF").astype(float).where(fh.notna())
    v["polity2"] = v["polity2"].astype("float64")
    v["bmr"] = v["bmr_democracy"].astype("float64")
    g = v.groupby(["group", "year"], sort=True)
    out = pd.DataFrame({"n_states": g.size()})
    p = g["v2x_polyarchy"]
    out["polyarchy_coverage"] = p.count() / out["n_states"]
    for name, fn in [("mean", "mean"), ("median", "median"), ("min", "min"), ("max", "max"), ("sd", "std")]:
        out[f"polyarchy_{name}"] = _complete(getattr(p, fn)(), out["polyarchy_coverage"])
    p16 = g["v2x_polyarchy_v16"]
    out["polyarchy_v16_coverage"] = p16.count() / out["n_states"]
    out["polyarchy_v16_mean"] = _complete(p16.mean(), out["polyarchy_v16_coverage"])
    for col, name, cov in [("autocracy", "autocracy_share", "regime_coverage"), ("polity2", "polity2_mean", "polity2_coverage"),
                           ("notfree", "fh_notfree_share", "fh_coverage"), ("bmr", "bmr_democracy_share", "bmr_coverage")]:
        out[cov] = g[col].count() / out["n_states"]
        out[name] = _complete(g[col].mean(), out[cov])
    return out


def power_measures(members: pd.DataFrame, states: pd.DataFrame, *, threshold: float = LEADER_THRESHOLD
                   ) -> pd.DataFrame:
    """Leadership (power) structure per group-year, from CINC and from GDP.

    Parameters
    ----------
    members : pandas.DataFrame
        Columns ``group``, ``ccode``, ``year``.
    states : pandas.DataFrame
        State-year values: ``ccode``, ``year``, ``cinc``, ``fariss_gdp``.
    threshold : float, default 0.2
        Share of the group's total at or above which a state counts as a
        plausible leader (``n_leaders_*``).

    Returns
    -------
    pandas.DataFrame
        Indexed by ``group``, ``year``. For ``cinc`` (COW NMC v7) and ``gdp``
        (Fariss et al. 2022 PWT-anchored real GDP): ``leader_<x>`` (COW code
        of the largest), ``runner_up_<x>``, ``leader_share_<x>`` (its share
        of the group total), ``runner_up_share_<x>``, ``leader_ratio_<x>``
        (leader / runner-up), ``hhi_<x>`` (Herfindahl index of shares),
        ``n_leaders_<x>`` and ``<x>_coverage``. All NA when a member lacks
        the value or the group has fewer than two states.

    Examples
    --------
    Kazakhstan (705) leads Central Asia in capabilities, ahead of
    Uzbekistan (704):

    >>> import regionalism as rg
    >>> members = rg.region("central_asia").member_years((2015, 2015))
    >>> members = members.rename(columns={"region_id": "group"})
    >>> from regionalism.measures.aggregates import power_measures
    >>> row = power_measures(members, rg.load("states")).loc[("central_asia", 2015)]
    >>> int(row["leader_cinc"]), int(row["runner_up_cinc"])
    (705, 704)
    >>> bool(0.2 <= row["leader_share_cinc"] <= 1)
    True
    """
    v = _member_values(members, states, ["cinc", "fariss_gdp"]).rename(columns={"fariss_gdp": "gdp"})
    out = None
    for x in ("cinc", "gdp"):
        d = v[["group", "year", "ccode", x]].copy()
        total = d.groupby(["group", "year"])[x].transform("sum")
        d["share"] = d[x] / total
        d = d.sort_values(["group", "year", x], ascending=[True, True, False], kind="mergesort")
        d["rank"] = d.groupby(["group", "year"]).cumcount()
        g = d.groupby(["group", "year"])
        res = pd.DataFrame({f"{x}_coverage": (g[x].count() / g.size())})
        first = d[d["rank"] == 0].set_index(["group", "year"])
        second = d[d["rank"] == 1].set_index(["group", "year"])
        res[f"leader_{x}"] = first["ccode"].astype("Int64")
        res[f"runner_up_{x}"] = second["ccode"].astype("Int64")
        res[f"leader_share_{x}"] = first["share"]
        res[f"runner_up_share_{x}"] = second["share"]
        res[f"leader_ratio_{x}"] = first[x] / second[x].replace(0, np.nan)
        d["share2"] = d["share"] ** 2
        d["is_leader"] = (d["share"] >= threshold).astype(int)
        g = d.groupby(["group", "year"])
        res[f"hhi_{x}"] = g["share2"].sum(min_count=1)
        res[f"n_leaders_{x}"] = g["is_leader"].sum().astype("Int64")
        ok = (res[f"{x}_coverage"] >= 1.0) & (g.size() >= 2)
        for c in res.columns:
            if c != f"{x}_coverage":
                res[c] = res[c].where(ok)
        out = res if out is None else out.join(res)
    return out
