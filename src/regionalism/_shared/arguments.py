"""Argument validators for the public functions: one clear error instead of an empty or wrong result.

Pure functions, no package imports: each takes the value a user passed and
returns it normalised (plain Python types) or raises ``TypeError`` /
``ValueError`` naming the argument, the value and what is expected.

Examples
--------
>>> import numpy as np
>>> from regionalism._shared.arguments import check_year, check_years
>>> check_year(np.int64(2019))
2019
>>> check_years((1991, 2019))
(1991, 2019)
"""
from __future__ import annotations

import difflib
import numbers
from collections.abc import Iterable
from typing import Any

from regionalism._shared.constants import FIRST_YEAR, LAST_YEAR

__all__ = ["check_year", "check_years", "check_threshold", "check_choice", "check_names_list"]


def _is_int(value: Any) -> bool:
    return isinstance(value, numbers.Integral) and not isinstance(value, bool) and type(value).__name__ != "bool_"


def check_year(value: Any, *, name: str = "year", first: int = FIRST_YEAR, last: int = LAST_YEAR) -> int:
    """A year: a Python or NumPy integer from ``first`` to ``last``.

    Raises
    ------
    TypeError
        For text (``"2000"``), floats, booleans and anything else.
    ValueError
        Outside ``first``-``last``.

    Examples
    --------
    >>> check_year(2000)
    2000
    >>> check_year("2000")
    Traceback (most recent call last):
    ...
    TypeError: year must be an integer year, got str '2000'
    """
    if not _is_int(value):
        raise TypeError(f"{name} must be an integer year, got {type(value).__name__} {value!r}")
    year = int(value)
    if not first <= year <= last:
        raise ValueError(f"{name}={year} is outside the years covered, {first}-{last}")
    return year


def check_years(value: Any, *, name: str = "years", first: int = FIRST_YEAR, last: int = LAST_YEAR) -> tuple[int, int]:
    """A year range: a pair ``(start, end)`` of years with ``start <= end``, inside ``first``-``last``.

    Raises
    ------
    TypeError
        For a single year (``years=2000``: use ``(2000, 2000)``) or a non-pair.
    ValueError
        For three or more elements, ``start > end``, or years outside the coverage.

    Examples
    --------
    >>> check_years([2000, 2010])
    (2000, 2010)
    >>> check_years((2030, 2040))
    Traceback (most recent call last):
    ...
    ValueError: years[0]=2030 is outside the years covered, 1946-2025
    """
    if _is_int(value):
        raise TypeError(f"{name} must be a pair (start, end); for one year give ({int(value)}, {int(value)})")
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise TypeError(f"{name} must be a pair (start, end) of years, got {type(value).__name__} {value!r}")
    items = list(value)
    if len(items) != 2:
        raise ValueError(f"{name} must have two elements (start, end), got {len(items)}: {items!r}")
    start = check_year(items[0], name=f"{name}[0]", first=first, last=last)
    end = check_year(items[1], name=f"{name}[1]", first=first, last=last)
    if start > end:
        raise ValueError(f"{name}=({start}, {end}): the start is after the end")
    return start, end


def check_threshold(value: Any, *, name: str = "threshold", low: float = 0.0, high: float = 1.0,
                    low_open: bool = False, high_open: bool = False) -> float:
    """A finite number between ``low`` and ``high`` (ends included unless ``*_open``).

    Examples
    --------
    >>> check_threshold(0.2, name="leader_threshold")
    0.2
    >>> check_threshold(-1, name="leader_threshold")
    Traceback (most recent call last):
    ...
    ValueError: leader_threshold=-1 must be between 0.0 and 1.0
    """
    if not isinstance(value, numbers.Real) or isinstance(value, bool) or type(value).__name__ == "bool_":
        raise TypeError(f"{name} must be a number, got {type(value).__name__} {value!r}")
    x = float(value)
    below = x <= low if low_open else x < low
    above = x >= high if high_open else x > high
    if x != x or below or above:
        raise ValueError(f"{name}={value!r} must be between {low} and {high}"
                         + (" (ends excluded)" if low_open or high_open else ""))
    return x


def check_choice(value: Any, choices: Iterable[str], *, name: str = "kind") -> str:
    """One of ``choices`` (exact), with the closest choice suggested for a typo.

    Examples
    --------
    >>> check_choice("exclusive", ["exclusive", "inclusive"])
    'exclusive'
    >>> check_choice("exclusiv", ["exclusive", "inclusive"])
    Traceback (most recent call last):
    ...
    ValueError: kind='exclusiv' is not one of 'exclusive', 'inclusive'; did you mean 'exclusive'?
    """
    options = list(choices)
    if isinstance(value, str) and value in options:
        return value
    close = difflib.get_close_matches(str(value), options, n=1)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    raise ValueError(f"{name}={value!r} is not one of {', '.join(map(repr, options))}{hint}")


def check_names_list(value: Any, *, name: str = "regions", allow_all: bool = True) -> list[Any] | str:
    """A non-empty list of names (``"all"`` passes through when ``allow_all``); one name becomes a list.

    Examples
    --------
    >>> check_names_list("central_asia"), check_names_list("all"), check_names_list(("a", "b"))
    (['central_asia'], 'all', ['a', 'b'])
    >>> check_names_list([])
    Traceback (most recent call last):
    ...
    ValueError: regions is empty: give at least one name (or 'all')
    """
    if isinstance(value, str):
        if allow_all and value == "all":
            return value
        if not value.strip():
            raise ValueError(f"{name} is an empty name")
        return [value]
    if value is None or not isinstance(value, Iterable):
        raise TypeError(f"{name} must be a name or a list of names, got {type(value).__name__} {value!r}")
    items = list(value)
    if not items:
        raise ValueError(f"{name} is empty: give at least one name" + (" (or 'all')" if allow_all else ""))
    bad = [v for v in items if not isinstance(v, str) and not hasattr(v, "members")]
    if bad:
        raise TypeError(f"{name} must hold names (or Region objects), got {bad[:3]!r}")
    return items
