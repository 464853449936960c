"""States: turn COW codes, ISO3 codes and country names into COW codes, never guessing."""
from __future__ import annotations

from typing import Iterable

import pandas as pd

from regionalism.data.catalog import shipped_table

__all__ = ["resolve_states", "StateResolutionError"]


class StateResolutionError(ValueError):
    """Raised when state names or codes cannot be resolved; ``.problems`` lists each."""

    def __init__(self, problems: list[tuple[object, str]]):
        self.problems = problems
        lines = [f"  {value!r}: {why}" for value, why in problems]
        super().__init__("could not resolve these states:\n" + "\n".join(lines))


def resolve_states(values: Iterable[object], *, year: int | None = None, states: pd.DataFrame | None = None) -> list[int]:
    """Turn COW codes, ISO3 codes or country names into COW codes.

    Parameters
    ----------
    values : iterable
        Integers (COW codes), ISO 3166 alpha-3 codes, COW abbreviations or
        country names, mixed as needed.
    year : int, optional
        Resolve ISO3 codes as of this year (ISO3 to COW is year-specific for
        a few states); default: any year.
    states : pandas.DataFrame, optional
        The ``states`` table to resolve against (``ccode``, ``year``,
        ``iso3c``, ``country``, ``stateabb``); default the shipped one.

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
    st = shipped_table("states") if states is None else states
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
