"""States: turn COW codes, ISO3 codes and country names into COW codes, never guessing."""
from __future__ import annotations

import numbers
from typing import Iterable

import numpy as np
import pandas as pd

from regionalism.data.catalog import shipped_table

__all__ = ["resolve_states", "StateResolutionError", "AMBIGUOUS_NAMES", "ISO3_HINTS"]

#: Names that are one state's exact COW name but are commonly used for another too: refused, with the
#: candidates (COW codes) named, as "Korea" is. "Congo" is COW 484 (Republic of the Congo, Brazzaville)
#: and also used for COW 490 (Democratic Republic of the Congo, Kinshasa).
AMBIGUOUS_NAMES: dict[str, tuple[int, ...]] = {"congo": (484, 490)}

#: ISO3 codes without a COW state of their own in the states table, with the COW code used for them.
#: The Correlates of War state list keeps Serbia under code 345 (state "Yugoslavia", which it continues).
ISO3_HINTS: dict[str, str] = {"SRB": "COW codes Serbia as 345 ('Yugoslavia', continued by Serbia); give 345"}


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
        Integers (COW codes: Python or NumPy integers, never read as ISO
        numeric codes), ISO 3166 alpha-3 codes, COW abbreviations or country
        names, mixed as needed. Missing values (None, NA, NaN) and booleans
        are refused.
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
    >>> import numpy as np
    >>> resolve_states(np.array([702, 703, 704, 705]))  # NumPy integers are COW codes too
    [702, 703, 704, 705]
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
    if isinstance(values, (str, bytes)) or not isinstance(values, Iterable):
        values = [values]
    names = {int(c): str(n) for c, n in zip(st.ccode, st.country) if pd.notna(c) and pd.notna(n)}
    for v in values:
        if v is None or v is pd.NA or (isinstance(v, float) and np.isnan(v)) or v is pd.NaT:
            problems.append((v, "missing value (None/NA), not a state"))
            continue
        if isinstance(v, (bool, np.bool_)):
            problems.append((v, "a boolean, not a state code or name"))
            continue
        if isinstance(v, numbers.Real) and not isinstance(v, numbers.Integral):
            if float(v).is_integer():
                v = int(v)  # 705.0 from a float column
            else:
                problems.append((v, "not a whole number, so not a COW state code"))
                continue
        if isinstance(v, (int, np.integer)) or (isinstance(v, str) and v.strip().isascii() and v.strip().isdigit()):
            c = int(v)
            if c in codes:
                out.append(c)
            else:
                problems.append((v, "not a COW state code" + (f" in {year}" if year else "")))
            continue
        text = str(v).strip()
        key = text.casefold()
        if key in AMBIGUOUS_NAMES:
            shown = ", ".join(f"{c} {names.get(c, '?')}" for c in AMBIGUOUS_NAMES[key])
            problems.append((v, f"ambiguous name; candidates: {shown} (give the COW code)"))
            continue
        if key in by_name:
            out.append(by_name[key])
            continue
        if len(text) == 3 and text.upper() in ISO3_HINTS and text.upper() not in iso.index:
            problems.append((v, f"ISO3 {text.upper()} is not a COW state; {ISO3_HINTS[text.upper()]}"))
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
            hint = f"; {ISO3_HINTS[alpha3]}" if alpha3 in ISO3_HINTS else ""
            problems.append((v, f"matches ISO3 {alpha3}, which is not a COW state" + (f" in {year}" if year else "")
                             + hint))
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
