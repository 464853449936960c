"""The membership rule: which states are members of an organization in a year (one rule for the package).

A state is a member of organization O in year t when

1. it holds a membership spell of O with status ``full`` or ``suspended``
   covering t (observers and associates are not members);
2. O has no membership rows of its own but a ``parent_org``: O's members are
   its parent's members (a body of an organization, e.g. a council);
3. O is ``led_by`` an outside organization L (e.g. the EU's BOMCA in Central
   Asia): L's members also count as participants of O, as the coding rules
   (``datasets/build/coded/CODING.md``) say; they are outside participants for every
   region they do not belong to, so such a body is never an exclusive
   (regional) institution of the region it works in;
4. t lies within O's existence (``founded`` to ``dissolved``) and the state
   exists in the COW state system in t.

Inheritance is one level deep (a parent's or leader's own spells). The same
rule gives the members of security institutions (the outcome) and of every
organization in ``rg.organization_year``.

Examples
--------
>>> import pandas as pd
>>> orgs = pd.DataFrame({"org_id": ["eu", "bomca"], "parent_org": [None, None], "led_by": [None, "eu"],
...                      "founded": [1958, 2003], "dissolved": [None, None]})
>>> mems = pd.DataFrame({"org_id": ["eu", "bomca"], "ccode": [220, 705], "start": [1958, 2003],
...                      "end": [None, None], "status": ["full", "full"]})
>>> states = pd.DataFrame({"ccode": [220, 705], "year": [2010, 2010]})
>>> organization_member_years(orgs, mems, states, (2010, 2010)).values.tolist()
[['eu', 220, 2010], ['bomca', 705, 2010], ['bomca', 220, 2010]]
"""
from __future__ import annotations

import pandas as pd

from regionalism._shared.spells import expand_spells

__all__ = ["MEMBER_STATUSES", "organization_member_spells", "organization_member_years"]

#: Membership statuses that make a state a member.
MEMBER_STATUSES: tuple[str, ...] = ("full", "suspended")


def organization_member_spells(organizations: pd.DataFrame, memberships: pd.DataFrame, *,
                               statuses: tuple[str, ...] = MEMBER_STATUSES) -> pd.DataFrame:
    """Member spells of each organization under the membership rule (items 1-3 of the module docs).

    Parameters
    ----------
    organizations : pandas.DataFrame
        Rows of the ``organizations`` table to return spells for: ``org_id``,
        ``parent_org`` and ``led_by`` (either may be absent or NA).
    memberships : pandas.DataFrame
        The ``memberships`` table (every organization, so that parents and
        leading organizations are found): ``org_id``, ``ccode``, ``start``,
        ``end``, ``status``.
    statuses : tuple of str, default ("full", "suspended")
        Statuses that make a state a member.

    Returns
    -------
    pandas.DataFrame
        ``org_id`` (str), ``ccode``, ``start``, ``end``: own spells, then
        inherited (parent) spells, then the leading organization's spells.

    Examples
    --------
    >>> import pandas as pd
    >>> orgs = pd.DataFrame({"org_id": ["a", "a_council"], "parent_org": [None, "a"]})
    >>> mems = pd.DataFrame({"org_id": ["a", "a"], "ccode": [1, 2], "start": [2000, 2000],
    ...                      "end": [None, None], "status": ["full", "observer"]})
    >>> organization_member_spells(orgs, mems)[["org_id", "ccode"]].values.tolist()
    [['a', 1], ['a_council', 1]]
    """
    mems = memberships[memberships["status"].isin(list(statuses))]
    rows = mems[["org_id", "ccode", "start", "end"]].copy()
    rows["org_id"] = rows["org_id"].astype(str)
    own = set(rows["org_id"])
    wanted = organizations["org_id"].astype(str)
    parents = organizations["parent_org"] if "parent_org" in organizations else pd.Series(pd.NA, index=wanted.index)
    leaders = organizations["led_by"] if "led_by" in organizations else pd.Series(pd.NA, index=wanted.index)
    inherited = [rows[rows.org_id == str(p)].assign(org_id=o)
                 for o, p in zip(wanted, parents) if o not in own and pd.notna(p)]
    led = [rows[rows.org_id == str(lead)].assign(org_id=o) for o, lead in zip(wanted, leaders) if pd.notna(lead)]
    out = pd.concat([rows] + inherited + led, ignore_index=True)
    return out[out.org_id.isin(set(wanted))].reset_index(drop=True)


def organization_member_years(organizations: pd.DataFrame, memberships: pd.DataFrame, states: pd.DataFrame,
                              years: tuple[int, int], *, statuses: tuple[str, ...] = MEMBER_STATUSES
                              ) -> pd.DataFrame:
    """Member state-years of each organization under the whole membership rule (module docs).

    Parameters
    ----------
    organizations : pandas.DataFrame
        As in :func:`organization_member_spells`, plus ``founded`` and
        ``dissolved`` (NA = before or after the years asked for).
    memberships : pandas.DataFrame
        The ``memberships`` table.
    states : pandas.DataFrame
        The COW state-years (``ccode``, ``year``).
    years : (int, int)
        First and last year (inclusive).
    statuses : tuple of str, default ("full", "suspended")
        Statuses that make a state a member.

    Returns
    -------
    pandas.DataFrame
        ``org_id``, ``ccode``, ``year``; one row per member state-year, in
        the order of the spells (own, inherited, led).
    """
    spells = organization_member_spells(organizations, memberships, statuses=statuses)
    my = expand_spells(spells, years, keep=["org_id"])
    life = organizations[["org_id", "founded", "dissolved"]].astype({"org_id": str})
    my = my.merge(life, on="org_id")
    lo = my["founded"].astype("Int64").fillna(years[0]).astype(int)
    hi = my["dissolved"].astype("Int64").fillna(years[1]).astype(int)
    my = my[(my["year"] >= lo) & (my["year"] <= hi)]
    st = states[["ccode", "year"]].astype(int)
    my = my.merge(st, on=["ccode", "year"], how="inner")[["org_id", "ccode", "year"]].drop_duplicates()
    return my.reset_index(drop=True)
