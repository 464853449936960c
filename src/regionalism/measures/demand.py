"""Functional demand: armed conflict in and next to a group of states (UCDP/PRIO v25.1).

UCDP locates a conflict in the state(s) of the government side
(``gwno_loc``), not where fighting occurred; the counts follow that rule.
Counts are also scaled by the number of member states (``*_per_state``), so
large regions do not score high demand by size alone. The shipped UCDP
extracts are the state-based armed-conflict data only (UCDP non-state and
one-sided violence are not in them), so transnational demand is measured as
far as these data support: internationalized intrastate conflicts (UCDP type
4) in members, conflicts located in two or more members, and conflicts in
members with a secondary supporter state from outside the group. Terrorism,
drug trafficking, water or spill-over in the article's sense are not measured.
The tables come in as DataFrames; nothing is loaded here.
"""
from __future__ import annotations

import pandas as pd

__all__ = ["demand_measures", "UCDP_LAST_YEAR", "CONTIGUITY_LAST_YEAR"]

UCDP_LAST_YEAR = 2024
CONTIGUITY_LAST_YEAR = 2016


def demand_measures(members: pd.DataFrame, *, conflicts: pd.DataFrame, contiguity: pd.DataFrame,
                    states: pd.DataFrame) -> pd.DataFrame:
    """Conflict and age measures per group-year.

    Parameters
    ----------
    members : pandas.DataFrame
        Group member-years: ``group``, ``ccode``, ``year``.
    conflicts : pandas.DataFrame
        Conflict locations (the ``ucdp_locations`` table): ``conflict_id``,
        ``year``, ``ccode``, ``intensity_level``, ``type_of_conflict`` and
        ``gwno_2nd`` (G-W codes of secondary supporter states, comma-separated).
    contiguity : pandas.DataFrame
        COW direct contiguity (the ``contiguity`` table): ``ccode1``,
        ``ccode2``, ``year``, ``conttype``.
    states : pandas.DataFrame
        COW state-years (``ccode``, ``year``, ``gwcode``), for each state's
        entry year and the members' G-W codes (to tell supporters inside the
        group from those outside).

    Returns
    -------
    pandas.DataFrame
        Indexed by ``group``, ``year``: ``conflict_count`` (distinct UCDP/PRIO
        conflicts located in a member state; NA after 2024), ``conflict_any``,
        ``conflict_war_count`` (of which at war intensity, 1,000+ deaths),
        ``conflict_neighbors`` (conflicts located in states outside the group
        that border a member by land, COW contiguity type 1; NA after 2016),
        ``conflict_per_state`` and ``conflict_neighbors_per_state`` (the
        counts divided by the number of member states),
        ``youngest_member_years`` (years since the youngest member entered
        the COW system, counted from 1946 for older states), and the
        transnational measures (NA after 2024):
        ``conflict_internationalized_count`` (distinct internationalized
        intrastate conflicts, UCDP type 4, located in a member) and
        ``conflict_internationalized_per_state``;
        ``conflict_multi_member_count`` (conflicts whose location lists two or
        more members in the year: under UCDP's rule mostly interstate
        conflicts between members); ``conflict_outside_support_count``
        (conflicts located in a member with at least one secondary supporter
        state whose G-W code is not that of a member in the year).

    Examples
    --------
    The Central Asian states entered the COW system in 1991:

    >>> import regionalism as rg
    >>> members = rg.region("central_asia").member_years((2015, 2015))
    >>> members = members.rename(columns={"region_id": "group"})
    >>> from regionalism.measures.demand import demand_measures
    >>> row = demand_measures(members, conflicts=rg.load("ucdp_locations"), contiguity=rg.load("contiguity"),
    ...                       states=rg.load("states")).loc[("central_asia", 2015)]
    >>> int(row["youngest_member_years"])
    24
    >>> int(row["conflict_war_count"]) <= int(row["conflict_count"])
    True
    """
    loc = conflicts.dropna(subset=["ccode"])
    loc = loc[["conflict_id", "year", "ccode", "intensity_level", "type_of_conflict", "gwno_2nd"]].copy()
    loc["ccode"] = loc["ccode"].astype(int)
    loc["year"] = loc["year"].astype(int)
    loc["war"] = loc["intensity_level"].astype(object) == 2
    gl = members.merge(loc, on=["ccode", "year"], how="inner")
    base = members[["group", "year"]].drop_duplicates().set_index(["group", "year"])
    out = pd.DataFrame(index=base.index)
    out["conflict_count"] = gl.groupby(["group", "year"])["conflict_id"].nunique()
    out["conflict_war_count"] = gl[gl.war].groupby(["group", "year"])["conflict_id"].nunique()
    yrs = out.index.get_level_values("year")
    for c in ("conflict_count", "conflict_war_count"):
        out[c] = out[c].fillna(0).astype("Int64").where(yrs <= UCDP_LAST_YEAR)
    out["conflict_any"] = (out["conflict_count"] > 0).astype("Int64").where(yrs <= UCDP_LAST_YEAR)
    cont = contiguity
    cont = cont[cont["conttype"].astype(object) == 1][["ccode1", "ccode2", "year"]].astype(int)
    nb = members.merge(cont.rename(columns={"ccode1": "ccode"}), on=["ccode", "year"])
    inside = members.assign(_in=True).rename(columns={"ccode": "ccode2"})[["group", "ccode2", "year", "_in"]]
    nb = nb.merge(inside, on=["group", "ccode2", "year"], how="left")
    nb = nb[nb["_in"].isna()][["group", "year", "ccode2"]].drop_duplicates().rename(columns={"ccode2": "ccode"})
    nl = nb.merge(loc, on=["ccode", "year"], how="inner")
    out["conflict_neighbors"] = nl.groupby(["group", "year"])["conflict_id"].nunique()
    out["conflict_neighbors"] = out["conflict_neighbors"].fillna(0).astype("Int64").where(
        (yrs <= CONTIGUITY_LAST_YEAR) & (yrs <= UCDP_LAST_YEAR))
    n = members.groupby(["group", "year"]).size().reindex(out.index).astype(float)
    out["conflict_per_state"] = out["conflict_count"].astype("Float64") / n
    out["conflict_neighbors_per_state"] = out["conflict_neighbors"].astype("Float64") / n
    st = states
    out = out.join(_transnational(members, gl, st, out.index, n))
    entry = st.groupby("ccode")["year"].min().astype(int).rename("entry").reset_index()
    entry["ccode"] = entry["ccode"].astype(int)
    me = members.merge(entry, on="ccode", how="left")
    out["youngest_member_years"] = (me["year"] - me["entry"]).groupby([me["group"], me["year"]]).min().astype("Int64")
    return out


def _distinct(frame: pd.DataFrame, index: pd.Index) -> pd.Series:
    """Distinct conflicts per group-year of ``frame``, 0 where none, NA after the UCDP coverage."""
    counts = frame.groupby(["group", "year"])["conflict_id"].nunique().reindex(index).fillna(0).astype("Int64")
    return counts.where(index.get_level_values("year") <= UCDP_LAST_YEAR)


def _transnational(members: pd.DataFrame, located: pd.DataFrame, states: pd.DataFrame, index: pd.Index,
                   n_members: pd.Series) -> pd.DataFrame:
    """Internationalized, multi-member and outside-supported conflicts per group-year (see demand_measures)."""
    out = pd.DataFrame(index=index)
    out["conflict_internationalized_count"] = _distinct(
        located[located["type_of_conflict"].astype(object) == 4], index)
    out["conflict_internationalized_per_state"] = out["conflict_internationalized_count"].astype("Float64") / n_members
    span = located.groupby(["group", "year", "conflict_id"])["ccode"].nunique()
    out["conflict_multi_member_count"] = _distinct(span[span >= 2].reset_index(), index)
    sup = located[["group", "year", "conflict_id", "gwno_2nd"]].dropna(subset=["gwno_2nd"]).drop_duplicates()
    sup = sup.assign(gwcode=sup["gwno_2nd"].astype(str).str.split(",")).explode("gwcode")
    sup["gwcode"] = sup["gwcode"].str.strip().astype(int)
    gw = states[["ccode", "year", "gwcode"]].dropna().astype(int)
    inside = members.merge(gw, on=["ccode", "year"])[["group", "year", "gwcode"]].assign(_in=True)
    sup = sup.merge(inside.drop_duplicates(), on=["group", "year", "gwcode"], how="left")
    out["conflict_outside_support_count"] = _distinct(sup[sup["_in"].isna()], index)
    return out
