"""Regions: dated sets of member states, built-in or defined by the user.

A region is geography, not an organization: a set of states with the years in
which each belongs to it. Built-in regions come from the ``regions`` and
``region_members`` tables; :meth:`Region.from_members` makes one on the fly
from COW codes, ISO3 codes or country names.
"""
from __future__ import annotations

import sys as _sys
import types as _types
from dataclasses import dataclass, field
from typing import Iterable

import pandas as pd

__all__ = ["Region", "region", "regions", "resolve_states", "StateResolutionError"]

FIRST_YEAR, LAST_YEAR = 1946, 2025


class StateResolutionError(ValueError):
    """Raised when state names or codes cannot be resolved; ``.problems`` lists each."""

    def __init__(self, problems: list[tuple[object, str]]):
        self.problems = problems
        lines = [f"  {value!r}: {why}" for value, why in problems]
        super().__init__("could not resolve these states:\n" + "\n".join(lines))


def _state_table() -> pd.DataFrame:
    from regionalism.data.catalog import shared as load

    return load("states")[["ccode", "year", "iso3c", "country", "stateabb"]]


def resolve_states(values: Iterable[object], *, year: int | None = None) -> list[int]:
    """Turn COW codes, ISO3 codes or country names into COW codes.

    Parameters
    ----------
    values : iterable
        Integers (COW codes), ISO 3166 alpha-3 codes, COW abbreviations or
        country names, mixed as needed.
    year : int, optional
        Resolve ISO3 codes as of this year (ISO3 to COW is year-specific for
        a few states); default: any year.

    Returns
    -------
    list of int
        COW codes, in the order given.

    Raises
    ------
    StateResolutionError
        Listing every value that is unknown or ambiguous (never guessed).

    Notes
    -----
    Names are matched first against COW state names and abbreviations
    (case-insensitive), then with the maintained ``pycountry`` package (ISO
    3166 names, official names and codes, then its fuzzy search, accepted only
    when it returns a single country); ISO3 codes are mapped to COW codes
    through the ``states`` table.

    Examples
    --------
    >>> resolve_states([705, "KGZ", "Tajikistan", "Turkmenistan", "Uzbekistan"])
    [705, 703, 702, 701, 704]
    """
    st = _state_table()
    if year is not None:
        st = st[st.year == year]
    codes = set(st.ccode.dropna().astype(int))
    by_name = {str(n).casefold(): int(c) for n, c in zip(st.country, st.ccode) if pd.notna(n)}
    by_abb = {str(a).casefold(): int(c) for a, c in zip(st.stateabb, st.ccode) if pd.notna(a)}
    iso = st.dropna(subset=["iso3c"]).groupby("iso3c")["ccode"].agg(lambda s: sorted(set(s.astype(int))))
    out: list[int] = []
    problems: list[tuple[object, str]] = []
    for v in values:
        if isinstance(v, (int,)) or (isinstance(v, str) and v.strip().isdigit()):
            c = int(v)
            if c in codes:
                out.append(c)
            else:
                problems.append((v, "not a COW state code" + (f" in {year}" if year else "")))
            continue
        text = str(v).strip()
        key = text.casefold()
        if key in by_name:
            out.append(by_name[key])
            continue
        if len(text) == 3 and text.upper() in iso.index:
            found = iso[text.upper()]
            if len(found) == 1:
                out.append(found[0])
            else:
                problems.append((v, f"ISO3 code matches several COW states {found}; give the COW code"))
            continue
        if key in by_abb:
            out.append(by_abb[key])
            continue
        alpha3 = _pycountry_alpha3(text)
        if isinstance(alpha3, list):
            problems.append((v, "ambiguous name; candidates: " + ", ".join(alpha3) + " (give an ISO3 or COW code)"))
            continue
        if alpha3 is None:
            problems.append((v, "unknown state name or code"))
            continue
        found = iso.get(alpha3, [])
        if len(found) == 1:
            out.append(found[0])
        elif not found:
            problems.append((v, f"matches ISO3 {alpha3}, which is not a COW state" + (f" in {year}" if year else "")))
        else:
            problems.append((v, f"matches ISO3 {alpha3}, which maps to several COW states {found}"))
    if problems:
        raise StateResolutionError(problems)
    return out


def _pycountry_alpha3(text: str) -> str | list[str] | None:
    import pycountry

    try:
        return pycountry.countries.lookup(text).alpha_3
    except LookupError:
        pass
    try:
        found = pycountry.countries.search_fuzzy(text)
    except LookupError:
        return None
    codes = sorted({c.alpha_3 for c in found})
    return codes[0] if len(codes) == 1 else codes


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

    def member_years(self, years: tuple[int, int] = (FIRST_YEAR, LAST_YEAR)) -> pd.DataFrame:
        """Member state-years of the region, restricted to COW state-years.

        A state counts in a year only if it is a member under the region's
        definition (``members`` spells) and exists in the COW state system.

        Parameters
        ----------
        years : tuple of int
            First and last year (inclusive).

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
        st = _state_table()[["ccode", "year"]]
        out = _expand_spells(self.members, years)
        out = out.merge(st, on=["ccode", "year"], how="inner")
        out.insert(0, "region_id", self.region_id)
        return out.sort_values(["ccode", "year"]).reset_index(drop=True)

    def members_in(self, year: int) -> set[int]:
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
        my = self.member_years((year, year))
        return set(my["ccode"].astype(int))


def year_runs(years: Iterable[int]) -> list[tuple[int, int]]:
    """Collapse years into runs of consecutive years.

    Examples
    --------
    >>> year_runs([1994, 1992, 1993, 1999])
    [(1992, 1994), (1999, 1999)]
    """
    runs: list[list[int]] = []
    for y in sorted(set(years)):
        if runs and y == runs[-1][1] + 1:
            runs[-1][1] = y
        else:
            runs.append([y, y])
    return [(a, b) for a, b in runs]


def _expand_spells(spells: pd.DataFrame, years: tuple[int, int], start: str = "start", end: str = "end",
                   keep: list[str] | None = None) -> pd.DataFrame:
    """Expand dated spells to one row per year within ``years`` (vectorized)."""
    lo, hi = years
    s = spells[start].astype("Int64").fillna(lo).clip(lower=lo).astype(int).to_numpy()
    e = spells[end].astype("Int64").fillna(hi).clip(upper=hi).astype(int).to_numpy()
    ok = e >= s
    cols = ["ccode"] + (keep or [])
    base = spells.loc[ok, cols].reset_index(drop=True)
    n = (e[ok] - s[ok] + 1)
    rep = base.loc[base.index.repeat(n)].reset_index(drop=True)
    offs = pd.Series(n).pipe(lambda x: x.repeat(x)).groupby(level=0).cumcount().to_numpy()
    rep["year"] = s[ok].repeat(n) + offs
    rep["ccode"] = rep["ccode"].astype(int)
    return rep


def regions() -> list[str]:
    """Ids of the built-in regions.

    Returns
    -------
    list of str
        The ``region_id`` values of the ``regions`` table, sorted; each can
        be passed to :func:`region` or to ``rg.region_year(regions=...)``.

    Examples
    --------
    >>> from regionalism.regions import regions
    >>> ids = regions()
    >>> "central_asia" in ids
    True
    >>> ids == sorted(ids)
    True
    """
    from regionalism.data.catalog import shared as load

    return sorted(load("regions")["region_id"].astype(str))


def region(region_id: str) -> Region:
    """A built-in region.

    Parameters
    ----------
    region_id : str
        Id from the ``regions`` table (e.g. ``"central_asia"``).

    Examples
    --------
    >>> import regionalism as rg
    >>> ca = rg.region("central_asia")
    >>> sorted(ca.members_in(2019))
    [701, 702, 703, 704, 705]
    """
    from regionalism.data.catalog import shared as load

    regs = load("regions").set_index("region_id")
    if region_id not in regs.index:
        raise KeyError(f"No region {region_id!r}. Built-in regions: {', '.join(sorted(regs.index))}. "
                       "Define your own with rg.Region.from_members(...).")
    rm = load("region_members")
    spells = rm[rm.region_id == region_id][["ccode", "start", "end"]].reset_index(drop=True)
    row = regs.loc[region_id]
    return Region(region_id, str(row["name"]), str(row["description"]), spells)


class _CallableModule(_types.ModuleType):
    """Importing ``regionalism.regions`` binds the module to ``rg.regions``; keep it callable like the function."""

    def __call__(self) -> list[str]:
        return regions()


_sys.modules[__name__].__class__ = _CallableModule
