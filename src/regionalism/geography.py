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
from pathlib import Path
from typing import Iterable

import pandas as pd

from regionalism._shared.arguments import check_year, check_years
from regionalism._shared.constants import FIRST_YEAR, LAST_YEAR
from regionalism._shared.spells import expand_spells
from regionalism.data.states import StateResolutionError, resolve_states
from regionalism.data.tables import Tables, resolve_tables

__all__ = ["Region", "region", "regions", "all_regions", "comparison_regions", "schemes", "overlaps",
           "resolve_states", "StateResolutionError", "DEFAULT_SCHEME"]

#: The default comparison scheme: the article's sub-regions, a partition (``rg.comparison_regions()``).
DEFAULT_SCHEME = "m49"


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
        if not isinstance(name, str) or not name.strip():
            raise TypeError(f"name must be a non-empty text, got {type(name).__name__} {name!r}")
        start = check_year(start, name="start")
        if end is not None:
            end = check_year(end, name="end")
            if end < start:
                raise ValueError(f"end={end} is before start={start}")
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
        years = check_years(years)
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
        year = check_year(year)
        my = self.member_years((year, year), tables=tables)
        return set(my["ccode"].astype(int))


def regions(*, extra: str | Path | None = None, tables: Tables | None = None) -> list[str]:
    """Ids of the built-in regions.

    Parameters
    ----------
    tables : regionalism.data.Tables, optional
        Tables to read (default: shipped); with an overlay, a user's regions too.
    extra : str or pathlib.Path, optional
        A user dataset folder whose regions join the shipped ones (give ``tables`` or ``extra``).

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
    return sorted(resolve_tables(tables, extra)["regions"]["region_id"].astype(str))


def region(region_id: str, *, extra: str | Path | None = None, tables: Tables | None = None) -> Region:
    """A built-in region.

    Parameters
    ----------
    region_id : str
        Id from the ``regions`` table (e.g. ``"central_asia"``).
    extra : str or pathlib.Path, optional
        A user dataset folder whose regions join the shipped ones (give ``tables`` or ``extra``).
    tables : regionalism.data.Tables, optional
        Tables to read (default: shipped); with an overlay, a user's regions too.

    Examples
    --------
    >>> import regionalism as rg
    >>> ca = rg.region("central_asia")
    >>> sorted(ca.members_in(2019))
    [701, 702, 703, 704, 705]
    """
    if not isinstance(region_id, str):
        raise TypeError(f"region_id must be a region id (text), got {type(region_id).__name__} {region_id!r}")
    t = resolve_tables(tables, extra)
    regs = t["regions"].set_index("region_id")
    if region_id not in regs.index:
        raise KeyError(f"No region {region_id!r}. Built-in regions: {', '.join(sorted(regs.index))}. "
                       "Define your own with rg.Region.from_members(...).")
    rm = t["region_members"]
    spells = rm[rm.region_id == region_id][["ccode", "start", "end"]].reset_index(drop=True)
    row = regs.loc[region_id]
    return Region(region_id, str(row["name"]), str(row["description"]), spells)


def all_regions(*, extra: str | Path | None = None, tables: Tables | None = None) -> list[Region]:
    """Every built-in region (and a user's, with an overlay), sorted by id, built from one pass over the members.

    Examples
    --------
    >>> ids = [r.region_id for r in all_regions()]
    >>> "central_asia" in ids and ids == sorted(ids)
    True
    """
    t = resolve_tables(tables, extra)
    regs = t["regions"].set_index("region_id")
    rm = t["region_members"]
    spells = {rid: g[["ccode", "start", "end"]].reset_index(drop=True)
              for rid, g in rm.groupby(rm["region_id"].astype(str), sort=True)}
    empty = rm.iloc[0:0][["ccode", "start", "end"]]
    return [Region(str(r), str(regs.loc[r, "name"]), str(regs.loc[r, "description"]), spells.get(str(r), empty))
            for r in sorted(regs.index.astype(str))]


def _scheme_lists(regs: pd.DataFrame) -> pd.Series:
    col = regs["scheme"] if "scheme" in regs else pd.Series(pd.NA, index=regs.index)
    return col.astype("string").fillna("none").str.split(";")


def schemes(*, extra: str | Path | None = None, tables: Tables | None = None) -> list[str]:
    """The region schemes in the ``regions`` table (``scheme`` column), sorted.

    Examples
    --------
    >>> from regionalism.geography import schemes
    >>> schemes()
    ['continent', 'm49', 'rsc', 'rsc_sub']
    """
    regs = resolve_tables(tables, extra)["regions"]
    return sorted({s for v in _scheme_lists(regs) for s in v if s != "none"})


def overlaps(members: pd.DataFrame) -> pd.DataFrame:
    """State-years that belong to more than one group (region) of ``members``.

    Parameters
    ----------
    members : pandas.DataFrame
        Group member-years: ``group`` (or ``region_id``), ``ccode``, ``year``.

    Returns
    -------
    pandas.DataFrame
        ``ccode``, ``year``, ``groups`` (';'-joined, sorted), one row per
        state-year in two or more groups; empty for a partition.

    Examples
    --------
    >>> import pandas as pd
    >>> m = pd.DataFrame({"group": ["a", "b", "b"], "ccode": [705, 705, 2], "year": 2000})
    >>> overlaps(m).values.tolist()
    [[705, 2000, 'a;b']]
    """
    key = "group" if "group" in members else "region_id"
    m = members[[key, "ccode", "year"]].drop_duplicates()
    dup = m[m.duplicated(["ccode", "year"], keep=False)]
    if dup.empty:
        return pd.DataFrame({"ccode": pd.Series([], dtype="int64"), "year": pd.Series([], dtype="int64"),
                             "groups": pd.Series([], dtype=object)})
    # sorted by state-year and label; each state-year's labels are joined level by level (a few levels)
    frame = pd.DataFrame({"ccode": dup["ccode"].to_numpy(), "year": dup["year"].to_numpy(),
                          "label": dup[key].map(str).to_numpy(dtype=object)})
    frame = frame.sort_values(["ccode", "year", "label"], kind="mergesort", ignore_index=True)
    gid = frame.groupby(["ccode", "year"], sort=False).ngroup().to_numpy()
    pos = frame.groupby(gid, sort=False).cumcount().to_numpy()
    labels = frame["label"].to_numpy(dtype=object)
    joined = labels[pos == 0].copy()
    for level in range(1, int(pos.max()) + 1):
        at = pos == level
        joined[gid[at]] = joined[gid[at]] + ";" + labels[at]
    first = frame.loc[pos == 0, ["ccode", "year"]].reset_index(drop=True)
    return first.assign(groups=joined).astype({"ccode": "int64", "year": "int64"})


def comparison_regions(scheme: str = DEFAULT_SCHEME, *, years: tuple[int, int] = (FIRST_YEAR, LAST_YEAR),
                       extra: str | Path | None = None, tables: Tables | None = None) -> list[Region]:
    """The regions of a scheme: a partition (no state in two of them in the same year).

    Parameters
    ----------
    scheme : str, default "m49"
        A value of the ``regions`` table's ``scheme`` column: ``"m49"`` (the
        sub-regions compared in the article; where two would share a state,
        M49's placement decides: Angola in Central Africa, Mauritania in West
        Africa), ``"continent"`` (the five M49 regions), or a user's scheme
        from an overlay (``extra``).
    years : (int, int), default (1946, 2025)
        Years in which the partition is checked.
    extra : str or pathlib.Path, optional
        A user dataset folder whose regions (with their ``scheme``) join the shipped ones.
    tables : regionalism.data.Tables, optional
        Tables to read (give either ``tables`` or ``extra``).

    Returns
    -------
    list of Region
        Sorted by id; pass it to ``rg.region_year``.

    Raises
    ------
    KeyError
        For an unknown scheme (naming the known ones).
    ValueError
        When the scheme's regions share a state in a year (naming the state,
        the year and the regions): it is not a partition.

    Examples
    --------
    >>> import regionalism as rg
    >>> m49 = rg.comparison_regions("m49")
    >>> len(m49), "central_asia" in [r.region_id for r in m49], "gulf" in [r.region_id for r in m49]
    (20, True, False)
    >>> [r.region_id for r in rg.comparison_regions("continent")]
    ['africa', 'americas', 'asia', 'europe', 'pacific']
    """
    t = resolve_tables(tables, extra)
    known = schemes(tables=t)
    if scheme not in known:
        raise KeyError(f"No region scheme {scheme!r}. Schemes: {', '.join(known)} (the regions table's scheme "
                       "column; add your own through an overlay's regions.csv)")
    regs = t["regions"]
    ids = sorted(regs.loc[_scheme_lists(regs).apply(lambda v: scheme in v).to_numpy(), "region_id"].astype(str))
    out = [r for r in all_regions(tables=t) if r.region_id in set(ids)]
    spells = pd.concat([r.members.assign(group=r.region_id) for r in out], ignore_index=True)
    ov = overlaps(expand_spells(spells, years, keep=["group"]))
    if not ov.empty:
        first = ov.iloc[0]
        raise ValueError(f"scheme {scheme!r} is not a partition: state {int(first['ccode'])} is in "
                         f"{first['groups'].replace(';', ' and ')} in {int(first['year'])} "
                         f"({len(ov)} overlapping state-years; regions involved: "
                         f"{', '.join(sorted({g for v in ov['groups'] for g in v.split(';')}))})")
    return out
