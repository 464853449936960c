"""Dated spells expanded to one row per year, and years collapsed back to runs."""
from __future__ import annotations

from typing import Iterable

import pandas as pd

__all__ = ["expand_spells", "year_runs"]


def expand_spells(spells: pd.DataFrame, years: tuple[int, int], *, start: str = "start", end: str = "end",
                  keep: list[str] | None = None) -> pd.DataFrame:
    """Expand dated spells to one row per year within ``years`` (vectorized).

    Parameters
    ----------
    spells : pandas.DataFrame
        One row per spell with ``ccode``, ``start`` and ``end`` (NA = open:
        from ``years[0]`` or to ``years[1]``).
    years : (int, int)
        First and last year kept (inclusive).
    start, end : str
        Column names of the spell's first and last year.
    keep : list of str, optional
        Further columns carried to every year of the spell.

    Returns
    -------
    pandas.DataFrame
        ``ccode`` (int), the ``keep`` columns and ``year``; spells outside
        ``years`` give no rows.

    Examples
    --------
    >>> spells = pd.DataFrame({"ccode": [705, 2], "start": [2018, 2019], "end": [None, 2019]})
    >>> expand_spells(spells, (2019, 2020)).values.tolist()
    [[705, 2019], [705, 2020], [2, 2019]]
    """
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
