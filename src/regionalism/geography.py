"""Regions: dated sets of member states, built-in or defined by the user.

A region is geography, not an organization: a set of states with the years in
which each belongs to it. Built-in regions come from the ``regions`` and
``region_members`` tables; :meth:`Region.from_members` makes one on the fly
from COW codes, ISO3 codes or country names.

The module is named ``geography`` (not ``regions``) so that the function
``rg.regions`` and a module never share a name. States are resolved by
:func:`regionalism.data.states.resolve_states`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

import pandas as pd

from regionalism._shared.constants import FIRST_YEAR, LAST_YEAR
from regionalism._shared.spells import expand_spells
from regionalism.data.states import StateResolutionError, resolve_states
from regionalism.data.tables import Tables, resolve_tables

__all__ = ["Region", "region", "regions", "all_regions", "resolve_states", "StateResolutionError"]


@dataclass(frozen=True)
class Region:
    """A region: a name and a dated set of member states.

    Attributes
    ----------
    region_id : str
        Identifier (e.g. ``"central_asia"``).
    name : str
        Display name.
    description : str
        The geographic definition.
    members : pandas.DataFrame
        Member spells: ``ccode``, ``start``, ``end`` (NA = to 2025).

    Examples
    --------
    A shipped region comes from :func:`region`; a new one from
    :meth:`Region.from_members`.

    >>> import regionalism as rg
    >>> central_asia = rg.region("central_asia")
    >>> central_asia.name, sorted(central_asia.members_in(2000))
    ('Central Asia', [701, 702, 703, 704, 705])
    """

    region_id: str
    name: str
    description: str
    members: pd.DataFrame = field(repr=False)

    @classmethod
    def from_members(cls, name: str, members: Iterable[object], *, start: int = FIRST_YEAR,
                     end: int | None = None, region_id: str | None = None,
                     description: str = "user-defined region") -> "Region":
        """Define a region from COW codes, ISO3 codes or country names.

        Parameters
        ----------
        name : str
            Display name; also the id (lower-case, underscores) unless
            ``region_id`` is given.
        members : iterable
            States as COW codes, ISO3 codes or names (see :func:`resolve_states`).
        start, end : int
            Years the definition holds (each state counts only while it
            exists in the COW system).

        Examples
        --------
        >>> import regionalism as rg
        >>> sc = rg.Region.from_members("South Caucasus", ["Armenia", "AZE", 372], start=1991)
        >>> sorted(sc.members_in(2000))
        [371, 372, 373]
        """
        codes = resolve_states(members)
        rid = region_id or "_".join(name.lower().split())
        frame = pd.DataFrame({"ccode": pd.array(codes, dtype="Int64"),
                              "start": pd.array([start] * len(codes), dtype="Int64"),
                              "end": pd.array([end] * len(codes), dtype="Int64")})
        return cls(rid, name, description, frame.drop_duplicates().reset_index(drop=True))

    def member_years(self, years: tuple[int, int] = (FIRST_YEAR, LAST_YEAR), *,
                     tables: Tables | None = None) -> pd.DataFrame:
        """Member state-years of the region, restricted to COW state-years.

        A state counts in a year only if it is a member under the region's
        definition (``members`` spells) and exists in the COW state system.

        Parameters
        ----------
        years : tuple of int
            First and last year (inclusive).
        tables : regionalism.data.Tables, optional
            The tables whose ``states`` define the COW state-years (default: shipped).

        Returns
        -------
        pandas.DataFrame
            One row per member state-year with columns ``region_id``,
            ``ccode`` (COW code) and ``year``, sorted by ``ccode`` and ``year``.

        Examples
        --------
        >>> import regionalism as rg
        >>> my = rg.region("central_asia").member_years((2018, 2019))
        >>> list(my.columns)
        ['region_id', 'ccode', 'year']
        >>> len(my), my["ccode"].nunique()
        (10, 5)
        """
        st = resolve_tables(tables)["states"][["ccode", "year"]]
        out = expand_spells(self.members, years)
        out = out.merge(st, on=["ccode", "year"], how="inner")
        out.insert(0, "region_id", self.region_id)
        return out.sort_values(["ccode", "year"]).reset_index(drop=True)

    def members_in(self, year: int, *, tables: Tables | None = None) -> set[int]:
        """COW codes of the members in a year.

        Parameters
        ----------
        year : int
            Calendar year.

        Returns
        -------
        set of int
            COW codes of the states that are members and exist in ``year``
            (empty before the region's states exist).

        Examples
        --------
        >>> import regionalism as rg
        >>> ca = rg.region("central_asia")
        >>> sorted(ca.members_in(1991))
        [701, 702, 703, 704, 705]
        >>> ca.members_in(1990)
        set()
        """
        my = self.member_years((year, year), tables=tables)
        return set(my["ccode"].astype(int))


def regions(*, tables: Tables | None = None) -> list[str]:
    """Ids of the built-in regions.

    Parameters
    ----------
    tables : regionalism.data.Tables, optional
        Tables to read (default: shipped); with an overlay, a user's regions too.

    Returns
    -------
    list of str
        The ``region_id`` values of the ``regions`` table, sorted; each can
        be passed to :func:`region` or to ``rg.region_year(regions=...)``.

    Examples
    --------
    >>> from regionalism.geography import regions
    >>> ids = regions()
    >>> "central_asia" in ids
    True
    >>> ids == sorted(ids)
    True
    """
    return sorted(resolve_tables(tables)["regions"]["region_id"].astype(str))


def region(region_id: str, *, tables: Tables | None = None) -> Region:
    """A built-in region.

    Parameters
    ----------
    region_id : str
        Id from the ``regions`` table (e.g. ``"central_asia"``).
    tables : regionalism.data.Tables, optional
        Tables to read (default: shipped); with an overlay, a user's regions too.

    Examples
    --------
    >>> import regionalism as rg
    >>> ca = rg.region("central_asia")
    >>> sorted(ca.members_in(2019))
    [701, 702, 703, 704, 705]
    """
    t = resolve_tables(tables)
    regs = t["regions"].set_index("region_id")
    if region_id not in regs.index:
        raise KeyError(f"No region {region_id!r}. Built-in regions: {', '.join(sorted(regs.index))}. "
                       "Define your own with rg.Region.from_members(...).")
    rm = t["region_members"]
    spells = rm[rm.region_id == region_id][["ccode", "start", "end"]].reset_index(drop=True)
    row = regs.loc[region_id]
    return Region(region_id, str(row["name"]), str(row["description"]), spells)


def all_regions(*, tables: Tables | None = None) -> list[Region]:
    """Every built-in region (and a user's, with an overlay), sorted by id, built from one pass over the members.

    Examples
    --------
    >>> ids = [r.region_id for r in all_regions()]
    >>> "central_asia" in ids and ids == sorted(ids)
    True
    """
    t = resolve_tables(tables)
    regs = t["regions"].set_index("region_id")
    rm = t["region_members"]
    spells = {rid: g[["ccode", "start", "end"]].reset_index(drop=True)
              for rid, g in rm.groupby(rm["region_id"].astype(str), sort=True)}
    empty = rm.iloc[0:0][["ccode", "start", "end"]]
    return [Region(str(r), str(regs.loc[r, "name"]), str(regs.loc[r, "description"]), spells.get(str(r), empty))
            for r in sorted(regs.index.astype(str))]
