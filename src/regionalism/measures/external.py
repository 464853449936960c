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

__all__ = ["major_power_years", "external_measures", "defense_consultation_dyads", "defense_dyads",
           "reliance_measures", "ATOP_LAST_YEAR"]

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


def defense_dyads(alliance_dyads: pd.DataFrame, years: tuple[int, int], *,
                  last_year: int = ATOP_LAST_YEAR) -> pd.DataFrame:
    """Directed dyad-years with an ATOP defence obligation, carried past ATOP's last year.

    ATOP v5.1 ends in 2018. A defence obligation in force in 2018 is taken to
    continue until an end is coded (ATOP's dyads carry no alliance id, so an
    end can only be coded for a dyad; none is coded in the shipped data), so
    that no series breaks at 2019. Carried dyad-years are flagged.

    Parameters
    ----------
    alliance_dyads : pandas.DataFrame
        The ``alliance_dyads`` table (``ccode1``, ``ccode2``, ``year``, ``atop_defense``).
    years : (int, int)
        First and last year (inclusive).
    last_year : int, default 2018
        ATOP's last year.

    Returns
    -------
    pandas.DataFrame
        ``ccode1``, ``ccode2``, ``year``, ``carried`` (True after ``last_year``).

    Examples
    --------
    >>> import pandas as pd
    >>> dy = pd.DataFrame({"ccode1": [705, 705], "ccode2": [365, 2], "year": [2018, 2018],
    ...                    "atop_defense": [1, 0]})
    >>> defense_dyads(dy, (2018, 2020)).values.tolist()
    [[705, 365, 2018, False], [705, 365, 2019, True], [705, 365, 2020, True]]
    """
    d = alliance_dyads[alliance_dyads["atop_defense"] == 1][["ccode1", "ccode2", "year"]].astype(int)
    d = d[(d.year >= years[0]) & (d.year <= min(years[1], last_year))].assign(carried=False)
    last = alliance_dyads[(alliance_dyads["atop_defense"] == 1) & (alliance_dyads["year"] == last_year)]
    last = last[["ccode1", "ccode2"]].astype(int)
    extra = [last.assign(year=y, carried=True) for y in range(max(last_year + 1, years[0]), years[1] + 1)]
    return pd.concat([d] + extra, ignore_index=True)[["ccode1", "ccode2", "year", "carried"]]


def reliance_measures(members: pd.DataFrame, inst_members: pd.DataFrame, depth: pd.DataFrame, *,
                      major_powers: pd.DataFrame, defense: pd.DataFrame) -> pd.DataFrame:
    """Reliance on outside providers: members with a mutual-defence tie to an outside great power.

    A member state relies on an outside provider in a year when (a) it has an
    ATOP defence obligation with a major power outside the group
    (:func:`defense_dyads`, carried past 2018), or (b) it participates, with
    a major power from outside the group, in a security institution whose
    design spell for that year has a mutual-assistance clause or joint
    forces (the coded CST/CSTO-type treaties and organizations; "outside-led"
    is read as having an outside major power as a member). Co-membership in
    declaratory fora without assistance or forces (OSCE, PfP, APEC-type) is
    not reliance: it stays in ``external_share_institutions``.

    Parameters
    ----------
    members, inst_members : pandas.DataFrame
        As in :func:`external_measures`.
    depth : pandas.DataFrame
        Institution-year depth components keyed like ``inst_members``
        (``mutual_assistance`` 0/1, ``joint_forces`` 0/0.5/1).
    major_powers : pandas.DataFrame
        As in :func:`external_measures`.
    defense : pandas.DataFrame
        Output of :func:`defense_dyads`.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``group``, ``year``: ``external_reliance`` (share of
        members with (a) or (b)), ``external_reliance_atop`` (a),
        ``external_reliance_institutions`` (b) and
        ``external_reliance_carried`` (a member's ATOP tie is carried past 2018).

    Examples
    --------
    >>> import pandas as pd
    >>> members = pd.DataFrame({"group": "ca", "ccode": [701, 705], "year": 2019})
    >>> im = pd.DataFrame({"unit_type": "organization", "unit_id": "csto", "ccode": [705, 365], "year": 2019})
    >>> depth = pd.DataFrame({"unit_type": ["organization"], "unit_id": ["csto"], "year": [2019],
    ...                       "mutual_assistance": [1.0], "joint_forces": [0.5]})
    >>> mp = pd.DataFrame({"ccode": [365], "year": [2019], "stateabb": ["RUS"]})
    >>> dd = pd.DataFrame({"ccode1": [701], "ccode2": [2], "year": [2019], "carried": [True]})
    >>> r = reliance_measures(members, im, depth, major_powers=mp, defense=dd).loc[("ca", 2019)]
    >>> float(r["external_reliance"]), float(r["external_reliance_institutions"]), bool(r["external_reliance_carried"])
    (0.5, 0.5, False)
    """
    keys = ["group", "ccode", "year"]
    mset = major_powers[["ccode", "year"]].astype(int)
    inside = members[keys].assign(_in=True)
    # (b) institutions with assistance or joint forces and an outside major-power member
    strong = depth[(depth["mutual_assistance"] == 1) | (depth["joint_forces"] >= 0.5)][["unit_type", "unit_id", "year"]]
    sm = inst_members.merge(strong, on=["unit_type", "unit_id", "year"], how="inner")
    gm = members[keys].merge(sm, on=["ccode", "year"], how="inner")
    mp_in = sm.merge(mset, on=["ccode", "year"], how="inner")[["unit_type", "unit_id", "year", "ccode"]]
    cand = gm[["group", "year", "unit_type", "unit_id"]].drop_duplicates().merge(
        mp_in, on=["unit_type", "unit_id", "year"])
    cand = cand.merge(inside, on=keys, how="left")
    ext_bodies = cand[cand["_in"].isna()][["group", "year", "unit_type", "unit_id"]].drop_duplicates()
    rel_i = gm.merge(ext_bodies, on=["group", "year", "unit_type", "unit_id"])[keys].drop_duplicates().assign(rel_i=True)
    # (a) ATOP defence obligations with an outside major power
    dd = defense.merge(mset.rename(columns={"ccode": "ccode2"}), on=["ccode2", "year"], how="inner")
    ga = members[keys].merge(dd.rename(columns={"ccode1": "ccode"}), on=["ccode", "year"], how="inner")
    ga = ga.merge(inside.rename(columns={"ccode": "ccode2"}), on=["group", "ccode2", "year"], how="left")
    ga = ga[ga["_in"].isna()]
    rel_a = ga.groupby(keys)["carried"].all().rename("carried").reset_index().assign(rel_a=True)
    m = members[keys].merge(rel_i, on=keys, how="left").merge(rel_a, on=keys, how="left")
    for c in ("rel_i", "rel_a", "carried"):
        m[c] = m[c].astype("boolean").fillna(False).astype(bool)
    m["rel"] = m["rel_i"] | m["rel_a"]
    g = m.groupby(["group", "year"])
    return pd.DataFrame({"external_reliance": g["rel"].mean(), "external_reliance_atop": g["rel_a"].mean(),
                         "external_reliance_institutions": g["rel_i"].mean(),
                         "external_reliance_carried": g["carried"].any()})
