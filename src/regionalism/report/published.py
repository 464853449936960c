"""Published against reproduced values: the one table layout the reproduction analyses share.

An analysis that reproduces a published figure keeps what the publication states in a ``PUBLISHED`` dict (one
record per number: ``value``, ``where`` it is stated and the ``tolerance`` the comparison allows) and reports the
comparison with :func:`comparison_table`, so every such table has the same columns in every analysis.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["COMPARISON_COLUMNS", "comparison_row", "comparison_table"]

#: Columns of every published-against-reproduced table.
COMPARISON_COLUMNS = ("quantity", "published", "reproduced", "tolerance", "agrees", "where")


def comparison_row(quantity: str, record: Mapping[str, Any], reproduced: Any, agrees: bool, *,
                   published: Any = None) -> dict[str, Any]:
    """One row: a published record (``value``, ``where``, ``tolerance``) next to the reproduced value.

    Parameters
    ----------
    quantity : str
        What the row compares, in words.
    record : mapping
        The publication's record: ``value``, ``where`` (page or table that states it) and ``tolerance``.
    reproduced : object
        The value the package computes.
    agrees : bool
        Whether ``reproduced`` is within the record's tolerance (the analysis states the test).
    published : object, optional
        What to show as the published value when it is not ``record["value"]`` (e.g. a range).

    Returns
    -------
    dict
        Keys :data:`COMPARISON_COLUMNS`.

    Raises
    ------
    KeyError
        If ``record`` lacks ``value``, ``where`` or ``tolerance``.

    Examples
    --------
    >>> from regionalism.report.published import comparison_row
    >>> comparison_row("alive share", {"value": 0.52, "where": "abstract", "tolerance": 0.015}, 0.511, True)
    {'quantity': 'alive share', 'published': 0.52, 'reproduced': 0.511, 'tolerance': 0.015, 'agrees': True, 'where': 'abstract'}
    """
    missing = {"value", "where", "tolerance"} - set(record)
    if missing:
        raise KeyError(f"published record for {quantity!r} lacks {sorted(missing)}")
    return {"quantity": quantity, "published": record["value"] if published is None else published,
            "reproduced": reproduced, "tolerance": record["tolerance"], "agrees": bool(agrees),
            "where": record["where"]}


def comparison_table(rows: Iterable[Mapping[str, Any]]) -> "pd.DataFrame":
    """The rows of :func:`comparison_row` as a table with the shared columns (object dtype, order kept).

    Parameters
    ----------
    rows : iterable of mapping
        Rows made by :func:`comparison_row`.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`COMPARISON_COLUMNS`.

    Examples
    --------
    >>> from regionalism.report.published import comparison_row, comparison_table
    >>> rec = {"value": 2014, "where": "abstract", "tolerance": 0}
    >>> comparison_table([comparison_row("last year", rec, 2014, True)])[["quantity", "agrees"]]
        quantity agrees
    0  last year   True
    """
    import pandas as pd

    return pd.DataFrame(list(rows), columns=list(COMPARISON_COLUMNS), dtype=object)
