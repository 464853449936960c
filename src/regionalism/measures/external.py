"""External dependence: ties of a group's states to major powers from outside the group.

Major powers are the COW major powers (State System Membership v2016). COW's
list ends in 2016; for 2017-2025 the 2016 list (United States, United
Kingdom, France, Germany, Russia, China, Japan) is carried forward, a
documented coding decision flagged by ``major_powers_extended``. The tables
come in as DataFrames; nothing is loaded here.
"""
from __future__ import annotations

import pandas as pd

from regionalism.measures._strings import join_labels

__all__ = ["major_power_years", "external_measures", "defense_consultation_dyads", "ATOP_LAST_YEAR"]

ATOP_LAST_YEAR = 2018
COW_MAJORS_LAST_YEAR = 2016


def defense_consultation_dyads(alliance_dyads: pd.DataFrame) -> pd.DataFrame:
    """Directed dyad-years with an ATOP defense or consultation obligation: ``ccode1``, ``ccode2``, ``year``.

    Examples
    --------
    >>> import pandas as pd
    >>> dy = pd.DataFrame({"ccode1": [705, 705], "ccode2": [365, 2], "year": [2015, 2015],
    ...                    "atop_defense": [1, 0], "atop_consul": [0, 0]})
    >>> defense_consultation_dyads(dy).values.tolist()
    [[705, 365, 2015]]
    """
    dy = alliance_dyads
    return dy[(dy["atop_defense"] == 1) | (dy["atop_consul"] == 1)][["ccode1", "ccode2", "year"]].astype(int)


def major_power_years(states: pd.DataFrame, years: tuple[int, int]) -> pd.DataFrame:
    """Major-power state-years, with COW's 2016 list carried forward to later years.

    Parameters
    ----------
    states : pandas.DataFrame
        ``ccode``, ``year``, ``stateabb``, ``cow_major_power`` (the ``states`` table).
    years : tuple of int
        First and last year (inclusive).

    Returns
    -------
    pandas.DataFrame
        ``ccode``, ``year``, ``stateabb`` (COW abbreviation) and
        ``extended`` (True for years after 2016, where the 2016 list is
        carried forward rather than coded by COW).

    Examples
    --------
    >>> import regionalism as rg
    >>> from regionalism.measures.external import major_power_years
    >>> mp = major_power_years(rg.load("states"), (2016, 2017))
    >>> sorted(mp.loc[mp["year"] == 2017, "stateabb"])
    ['CHN', 'FRN', 'GMY', 'JPN', 'RUS', 'UKG', 'USA']
    >>> mp.groupby("year")["extended"].all().to_dict()
    {2016: False, 2017: True}
    """
    st = states
    mp = st.loc[st["cow_major_power"] == 1, ["ccode", "year", "stateabb"]].copy()
    last = mp[mp.year == COW_MAJORS_LAST_YEAR]
    ext = [last.assign(year=y) for y in range(COW_MAJORS_LAST_YEAR + 1, years[1] + 1)]
    mp = pd.concat([mp.assign(extended=False)] + [e.assign(extended=True) for e in ext], ignore_index=True)
    mp["ccode"] = mp["ccode"].astype(int)
    mp["year"] = mp["year"].astype(int)
    return mp[(mp.year >= years[0]) & (mp.year <= years[1])]


def external_measures(members: pd.DataFrame, inst_members: pd.DataFrame, *, major_powers: pd.DataFrame,
                      dyads: pd.DataFrame) -> pd.DataFrame:
    """External-dependence measures per group-year.

    Parameters
    ----------
    members : pandas.DataFrame
        Group member-years: ``group``, ``ccode``, ``year``.
    inst_members : pandas.DataFrame
        Security-institution member-years: ``unit_type``, ``unit_id``, ``ccode``, ``year``.
    major_powers : pandas.DataFrame
        Major-power state-years of the years covered (:func:`major_power_years`).
    dyads : pandas.DataFrame
        ATOP defense or consultation dyad-years (:func:`defense_consultation_dyads`).

    Returns
    -------
    pandas.DataFrame
        Indexed by ``group``, ``year``: ``external_share`` (share of the
        group's states that belong to a security institution, or, to 2018,
        have an ATOP v5.1 defense or consultation obligation, together with a
        major power from outside the group), ``external_share_institutions``
        (institutions only, all years), ``external_powers`` (';'-joined COW
        abbreviations of those outside powers), ``n_outside_bodies``
        (security institutions with a member in the group and an outside
        major power), ``major_power_inside`` (1 if a member is a major
        power), ``external_atop_covered`` (False after 2018, when only
        institutions count) and ``major_powers_extended``.

    Examples
    --------
    >>> import regionalism as rg
    >>> members = rg.region("central_asia").member_years((2015, 2015))
    >>> members = members.rename(columns={"region_id": "group"})
    >>> from regionalism.measures.external import (defense_consultation_dyads, external_measures,
    ...                                            major_power_years)
    >>> from regionalism.measures.institutions import institution_member_years, institutions
    >>> orgs, ag = rg.load("organizations"), rg.load("agreements")
    >>> im = institution_member_years(institutions(orgs, ag), orgs, rg.load("memberships"),
    ...                               rg.load("agreement_parties"), rg.load("states"), (2015, 2015))
    >>> ext = external_measures(members, im, major_powers=major_power_years(rg.load("states"), (2015, 2015)),
    ...                         dyads=defense_consultation_dyads(rg.load("alliance_dyads")))
    >>> row = ext.loc[("central_asia", 2015)]
    >>> int(row["major_power_inside"]), bool(row["external_atop_covered"])
    (0, True)
    >>> bool(row["major_powers_extended"])
    False
    >>> "RUS" in row["external_powers"].split(";")
    True
    """
    mp = major_powers
    mset = mp[["ccode", "year", "stateabb"]]
    # major-power members of each institution-year
    imp = inst_members.merge(mset, on=["ccode", "year"], how="inner")
    inside = members.assign(_in=True)[["group", "ccode", "year", "_in"]]
    # institutions with at least one member in the group, and their major-power members
    gm = members.merge(inst_members, on=["ccode", "year"], how="inner")
    bodies = gm[["group", "year", "unit_type", "unit_id"]].drop_duplicates()
    bmp = bodies.merge(imp, on=["unit_type", "unit_id", "year"], how="inner")
    bmp = bmp.merge(inside, on=["group", "ccode", "year"], how="left")
    outside_mp = bmp[bmp["_in"].isna()][["group", "year", "unit_type", "unit_id", "stateabb"]]
    ext_bodies = outside_mp[["group", "year", "unit_type", "unit_id"]].drop_duplicates()
    n_bodies = ext_bodies.groupby(["group", "year"]).size().rename("n_outside_bodies")
    dep_inst = gm.merge(ext_bodies, on=["group", "year", "unit_type", "unit_id"], how="inner")[["group", "ccode", "year"]]
    dep_inst = dep_inst.drop_duplicates().assign(dep_i=True)
    powers_inst = outside_mp[["group", "year", "stateabb"]]
    # ATOP v5.1 dyads: defense or consultation with an outside major power
    dy = dyads.merge(mset.rename(columns={"ccode": "ccode2"}), on=["ccode2", "year"], how="inner")
    gd = members.merge(dy.rename(columns={"ccode1": "ccode"}), on=["ccode", "year"], how="inner")
    gd = gd.merge(inside.rename(columns={"ccode": "ccode2"}), on=["group", "ccode2", "year"], how="left")
    gd = gd[gd["_in"].isna()]
    dep_atop = gd[["group", "ccode", "year"]].drop_duplicates().assign(dep_a=True)
    powers = pd.concat([powers_inst, gd[["group", "year", "stateabb"]]]).drop_duplicates()
    m = members[["group", "ccode", "year"]].merge(dep_inst, how="left", on=["group", "ccode", "year"])
    m = m.merge(dep_atop, how="left", on=["group", "ccode", "year"])
    m["dep_i"] = m["dep_i"].astype("boolean").fillna(False).astype(bool)
    m["dep_a"] = m["dep_a"].astype("boolean").fillna(False).astype(bool)
    m["dep"] = m["dep_i"] | m["dep_a"]
    g = m.groupby(["group", "year"])
    out = pd.DataFrame({"external_share_institutions": g["dep_i"].mean(), "external_share": g["dep"].mean()})
    out["external_atop_covered"] = out.index.get_level_values("year") <= ATOP_LAST_YEAR
    out["external_powers"] = join_labels(powers, ["group", "year"], "stateabb")
    out["external_powers"] = out["external_powers"].fillna("").astype("string")
    out = out.join(n_bodies)
    out["n_outside_bodies"] = out["n_outside_bodies"].fillna(0).astype("Int64")
    inside_mp = members.merge(mset, on=["ccode", "year"], how="inner").groupby(["group", "year"]).size()
    out["major_power_inside"] = (inside_mp.reindex(out.index).fillna(0) > 0).astype(int).astype("Int64")
    ext_years = set(mp.loc[mp.extended, "year"])
    out["major_powers_extended"] = out.index.get_level_values("year").isin(ext_years)
    return out
