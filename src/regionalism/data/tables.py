"""Typed tables passed down explicitly: the shipped ones, or the shipped ones plus a user's overlay.

A :class:`Tables` object is what :mod:`regionalism.panel` and
:mod:`regionalism.geography` read; measures receive the frames they need from
it. An overlay is therefore a value, not global state: two panels built from
different ``Tables`` in the same process (or thread) never mix.
:func:`load` is the user-facing loader (``rg.load``).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator, Mapping

import pandas as pd

from regionalism.data.catalog import resources, shipped_table
from regionalism.data.overlay import apply_overlay, read_overlay

__all__ = ["Tables", "resolve_tables", "load"]


class Tables:
    """The typed tables a computation reads: shipped, or shipped plus a user's rows.

    Parameters
    ----------
    overlaid : mapping of str to pandas.DataFrame, optional
        Tables that replace the shipped ones of the same name (normally the
        shipped rows plus a user's rows, from :meth:`with_overlay`).
    sources : tuple of str
        Where the overlaid rows come from (recorded in ``attrs`` of panels).

    Attributes
    ----------
    memo : dict
        Derived frames computed from these tables (the panels cache their
        institution member-years here), so a cache never outlives or crosses
        the tables it was computed from.

    Examples
    --------
    >>> from regionalism.data.tables import Tables
    >>> tables = Tables.shipped()
    >>> tables.is_shipped, int(tables["states"]["year"].min())
    (True, 1946)
    >>> Tables.shipped() is tables  # one object per session: its memo is reused
    True
    """

    def __init__(self, overlaid: Mapping[str, pd.DataFrame] | None = None, *, sources: tuple[str, ...] = ()):
        self._overlaid = dict(overlaid or {})
        self.sources = tuple(sources)
        self.memo: dict[Any, Any] = {}

    @classmethod
    def shipped(cls) -> "Tables":
        """The shipped tables (one shared object per session)."""
        return _shipped_tables()

    @classmethod
    def with_overlay(cls, extra: str | Path | Mapping[str, pd.DataFrame]) -> "Tables":
        """The shipped tables plus a user's rows.

        Parameters
        ----------
        extra : str, pathlib.Path or mapping
            A user dataset folder (validated first, see
            :func:`regionalism.data.overlay.read_overlay`), or tables already
            overlaid (table name to DataFrame).

        Raises
        ------
        ValidationError
            If the folder has problems (every problem listed).
        """
        if isinstance(extra, Mapping):
            return cls(extra, sources=("<tables>",))
        return cls(read_overlay(extra), sources=(str(extra),))

    @property
    def is_shipped(self) -> bool:
        """True when no table is overlaid."""
        return not self._overlaid

    @property
    def overlaid(self) -> tuple[str, ...]:
        """Names of the tables that carry a user's rows."""
        return tuple(sorted(self._overlaid))

    def __getitem__(self, name: str) -> pd.DataFrame:
        """The typed table ``name`` (read-only: shared, not copied)."""
        frame = self._overlaid.get(name)
        return shipped_table(name) if frame is None else frame

    def __contains__(self, name: object) -> bool:
        return name in self._overlaid or name in resources()

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(set(resources()) | set(self._overlaid)))

    def __repr__(self) -> str:
        return "Tables(shipped)" if self.is_shipped else f"Tables(shipped + overlay of {', '.join(self.overlaid)})"


@lru_cache(maxsize=1)
def _shipped_tables() -> Tables:
    return Tables()


def resolve_tables(tables: Tables | None = None, extra: str | Path | None = None) -> Tables:
    """The tables a public function works on: ``tables``, the shipped ones plus ``extra``, or the shipped ones.

    Raises
    ------
    ValueError
        If both ``tables`` and ``extra`` are given.

    Examples
    --------
    >>> resolve_tables() is Tables.shipped()
    True
    """
    if tables is not None and extra is not None:
        raise ValueError("give either tables= or extra=, not both (Tables.with_overlay(extra) makes the tables)")
    if tables is not None:
        if not isinstance(tables, Tables):
            raise TypeError(f"tables must be a regionalism.data.Tables, not {type(tables).__name__}")
        return tables
    return Tables.shipped() if extra is None else Tables.with_overlay(extra)


def load(name: str, *, extra: str | Path | None = None) -> pd.DataFrame:
    """Load a shipped table as a typed DataFrame.

    Parameters
    ----------
    name : str
        The table's name, as in :func:`~regionalism.data.catalog.list_datasets` (e.g. ``"states"``).
    extra : str or pathlib.Path, optional
        A user overlay: a CSV with the same columns, or a dataset folder,
        whose rows are validated and appended (see ``rg.extend``).

    Returns
    -------
    pandas.DataFrame
        Columns typed from the codebook: nullable ``Int64`` integers and
        years, ``float64`` numbers, ordered ``Categorical`` for ordinal codes,
        ``string`` text; ``.attrs`` holds ``name``, ``unit`` (unit of analysis),
        ``keys`` (primary key) and ``version``. Missing values are NA.

    Raises
    ------
    KeyError
        If there is no such table; the message lists the available ones.

    Examples
    --------
    >>> import regionalism as rg
    >>> states = rg.load("states")
    >>> states.attrs["keys"]
    ['ccode', 'year']
    >>> kaz = states.query("ccode == 705 and year == 2019")
    >>> float(kaz["v2x_polyarchy"].iloc[0])
    0.236
    """
    shipped = shipped_table(name)
    frame = shipped.copy()
    frame.attrs = dict(shipped.attrs)
    if extra is not None:
        frame = apply_overlay(name, frame, extra)
    return frame
