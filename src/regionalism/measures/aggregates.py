"""Member aggregates of regime type and power for groups of states per year.

A *group* is any set of states per year (a region or an organization's
members), given as rows ``group``, ``ccode``, ``year``. The state-year values
come from the ``states`` table passed in (nothing is loaded here).

Coverage rule of the regime aggregates (``regime_coverage``, default
:data:`REGIME_COVERAGE` = 0.8): an aggregate over the members coded by a
source is reported when those members hold at least that share of the
group's population (COW NMC ``tpop``; after its last year each state's last
value is carried forward, as a weight only, flagged by
``population_carried``), or, in a group-year where a member's population is
unknown, at least that share of its states. Below the threshold the
aggregate is NA. ``regime_coverage=1.0`` is the strict rule (every member
coded). ``*_coverage`` columns give the share of member states coded,
``*_pop_coverage`` the population share.

Leadership aggregates (:func:`power_measures`) stay NA unless every member
has the source value.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

__all__ = ["regime_measures", "power_measures", "LEADER_THRESHOLD", "REGIME_COVERAGE", "TANDEM_RATIO"]

LEADER_THRESHOLD = 0.2
"""A state counts as a plausible leader when it holds at least this share of the
group's capabilities (CINC or GDP). A documented, overridable coding choice."""

TANDEM_RATIO = 1.5
"""Two states form a leadership tandem when the leader's capabilities are at
most this multiple of the runner-up's (``tandem_<x>``)."""

REGIME_COVERAGE = 0.8
"""Least population share (or share of states, where a population is unknown)
of a group that its coded members must hold for a regime aggregate to be
reported. Small unrated members (micro-states) then no longer blank a region;
a region whose large members are unrated stays NA."""


def _member_values(members: pd.DataFrame, states: pd.DataFrame, cols: list[str]) -> pd.DataFrame:
    st = states
    vals = st[["ccode", "year"] + cols].copy()
    vals["ccode"] = vals["ccode"].astype(int)
    vals["year"] = vals["year"].astype(int)
    return members.merge(vals, on=["ccode", "year"], how="left")


def _population(states: pd.DataFrame) -> pd.DataFrame:
    """``ccode``, ``year``, ``pop`` (tpop, last value carried forward per state) and ``pop_carried``."""
    st = states[["ccode", "year", "tpop"]].copy()
    st["ccode"] = st["ccode"].astype(int)
    st["year"] = st["year"].astype(int)
    st = st.sort_values(["ccode", "year"])
    raw = st["tpop"].astype("float64")
    st["pop"] = raw.groupby(st["ccode"]).ffill()
    st["pop_carried"] = raw.isna() & st["pop"].notna()
    return st[["ccode", "year", "pop", "pop_carried"]]


def regime_measures(members: pd.DataFrame, states: pd.DataFrame, *,
                    regime_coverage: float = REGIME_COVERAGE) -> pd.DataFrame:
    """Regime aggregates per group-year under the coverage rule of the module docs.

    Parameters
    ----------
    members : pandas.DataFrame
        Columns ``group``, ``ccode``, ``year``.
    states : pandas.DataFrame
        State-year values: ``ccode``, ``year``, ``v2x_polyarchy``,
        ``v2x_polyarchy_v16``, ``v2x_regime``, ``polity2``, ``fh_status``,
        ``fh_total``, ``bmr_democracy`` and ``tpop`` (the ``states`` table).
    regime_coverage : float, default 0.8
        Least population share of the group held by coded members (share
        of states where a population is unknown) for an aggregate to be
        reported; in (0, 1].

    Returns
    -------
    pandas.DataFrame
        Indexed by ``group``, ``year``: ``n_states``; ``polyarchy_mean``,
        ``polyarchy_median``, ``polyarchy_min``, ``polyarchy_max``,
        ``polyarchy_sd`` (sample SD) over the coded members,
        ``polyarchy_wmean`` (population-weighted mean), ``polyarchy_coverage``
        (share of states coded) and ``polyarchy_pop_coverage`` (V-Dem v15);
        ``polyarchy_v16_mean`` and its coverage; ``autocracy_share`` (RoW
        closed or electoral autocracy) and ``regime_coverage``;
        ``polity2_mean`` / ``polity2_wmean`` / ``polity2_coverage``;
        ``fh_notfree_share`` / ``fh_total_mean`` (Freedom House PR + CL, 2-14, higher = less free) /
        ``fh_coverage``; ``bmr_democracy_share`` / ``bmr_coverage``;
        ``population_carried`` (a member's population is carried forward).

    Raises
    ------
    ValueError
        If ``regime_coverage`` is not in (0, 1].

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
    if isinstance(regime_coverage, bool) or not isinstance(regime_coverage, (int, float)) \
            or not (0 < float(regime_coverage) <= 1):
        raise ValueError(f"regime_coverage must be a share in (0, 1]; got {regime_coverage!r}")
    v = _member_values(members, states, ["v2x_polyarchy", "v2x_polyarchy_v16", "v2x_regime", "polity2", "fh_status",
                                         "fh_total", "bmr_democracy"])
    v = v.merge(_population(states), on=["ccode", "year"], how="left")
    regime = v["v2x_regime"].astype("float64")
    v["autocracy"] = (regime <= 1).astype(float).where(regime.notna())
    fh = v["fh_status"].astype(object)
    v["notfree"] = (fh == "NF").astype(float).where(fh.notna())
    for c in ("polity2", "fh_total", "v2x_polyarchy", "v2x_polyarchy_v16"):
        v[c] = v[c].astype("float64")
    v["bmr"] = v["bmr_democracy"].astype("float64")
    keys = [v["group"], v["year"]]
    g = v.groupby(["group", "year"], sort=True)
    out = pd.DataFrame({"n_states": g.size()})
    pop_known = g["pop"].count() == out["n_states"]
    total_pop = g["pop"].sum(min_count=1)
    thr = float(regime_coverage)

    def cover(col: str) -> tuple[pd.Series, pd.Series, pd.Series]:
        coded = v[col].notna()
        share = coded.groupby(keys).mean()
        pop_share = (v["pop"].where(coded, 0.0)).groupby(keys).sum() / total_pop
        pop_share = pop_share.where(pop_known)
        ok = pop_share.ge(thr).where(pop_known, share.ge(thr)).astype(bool)
        return share, pop_share, ok

    def wmean(col: str) -> pd.Series:
        w = v["pop"].where(v[col].notna())
        return (v[col] * w).groupby(keys).sum(min_count=1) / w.groupby(keys).sum(min_count=1)

    share, pop_share, ok = cover("v2x_polyarchy")
    out["polyarchy_coverage"] = share
    out["polyarchy_pop_coverage"] = pop_share
    p = g["v2x_polyarchy"]
    for name, fn in [("mean", "mean"), ("median", "median"), ("min", "min"), ("max", "max"), ("sd", "std")]:
        out[f"polyarchy_{name}"] = getattr(p, fn)().where(ok)
    out["polyarchy_wmean"] = wmean("v2x_polyarchy").where(ok & pop_known)
    share, _, ok = cover("v2x_polyarchy_v16")
    out["polyarchy_v16_coverage"] = share
    out["polyarchy_v16_mean"] = g["v2x_polyarchy_v16"].mean().where(ok)
    for col, name, cov in [("autocracy", "autocracy_share", "regime_coverage"), ("polity2", "polity2_mean", "polity2_coverage"),
                           ("notfree", "fh_notfree_share", "fh_coverage"), ("bmr", "bmr_democracy_share", "bmr_coverage")]:
        share, _, ok = cover(col)
        out[cov] = share
        out[name] = g[col].mean().where(ok)
        if col == "polity2":
            out["polity2_wmean"] = wmean("polity2").where(ok & pop_known)
        if col == "notfree":
            out["fh_total_mean"] = g["fh_total"].mean().where(cover("fh_total")[2])
    out["population_carried"] = v["pop_carried"].fillna(False).astype(bool).groupby(keys).any()
    return out


def _power(v: pd.DataFrame, x: str, threshold: float) -> pd.DataFrame:
    """Leader, runner-up, shares, ratio, HHI and number of leaders for value column ``x`` per group-year."""
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
    return res


def power_measures(members: pd.DataFrame, states: pd.DataFrame, *, threshold: float = LEADER_THRESHOLD,
                   tandem_ratio: float = TANDEM_RATIO, major_powers: pd.DataFrame | None = None) -> pd.DataFrame:
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
    tandem_ratio : float, default 1.5
        ``tandem_<x>`` is 1 when the leader holds at most this multiple of
        the runner-up's value (two states of similar weight, neither likely
        to accept the other's lead: the article's Kazakhstan-Uzbekistan
        pair), else 0.
    major_powers : pandas.DataFrame, optional
        Major-power state-years (``ccode``, ``year``); when given, the leader
        share and ratio are also computed without the major powers among the
        members (``leader_share_<x>_nomp``, ``leader_ratio_<x>_nomp``): in a
        region that contains a major power, whether the others have an
        acceptable leader among themselves.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``group``, ``year``. For ``cinc`` (COW NMC v7) and ``gdp``
        (Fariss et al. 2022 PWT-anchored real GDP): ``leader_<x>`` (COW code
        of the largest), ``runner_up_<x>``, ``leader_share_<x>`` (its share
        of the group total), ``runner_up_share_<x>``, ``leader_ratio_<x>``
        (leader / runner-up), ``hhi_<x>`` (Herfindahl index of shares),
        ``n_leaders_<x>``, ``tandem_<x>`` and ``<x>_coverage``; with
        ``major_powers`` also the ``_nomp`` columns. All NA when a member
        lacks the value or the group has fewer than two states.

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
    if not (isinstance(tandem_ratio, (int, float)) and tandem_ratio >= 1):
        raise ValueError(f"tandem_ratio must be a number >= 1; got {tandem_ratio!r}")
    v = _member_values(members, states, ["cinc", "fariss_gdp"]).rename(columns={"fariss_gdp": "gdp"})
    out = None
    for x in ("cinc", "gdp"):
        res = _power(v, x, threshold)
        res[f"tandem_{x}"] = (res[f"leader_ratio_{x}"] <= tandem_ratio).astype("Int64").where(
            res[f"leader_ratio_{x}"].notna())
        if major_powers is not None:
            mp = major_powers[["ccode", "year"]].astype(int).assign(_mp=True)
            rest = v.merge(mp, on=["ccode", "year"], how="left")
            rest = rest[rest["_mp"].isna()].drop(columns="_mp")
            alt = _power(rest, x, threshold)[[f"leader_share_{x}", f"leader_ratio_{x}"]]
            res = res.join(alt.add_suffix("_nomp"), how="left")
        out = res if out is None else out.join(res)
    return out
