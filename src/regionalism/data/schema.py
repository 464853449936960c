"""Frictionless Table Schema (v2) fields to typed pandas columns, and the panels' schemas.

One function, :func:`parse_column`, turns the raw text of a CSV column into
the pandas dtype its schema field asks for and reports which cells could not
be read. The loader and the validator both use it, so they cannot disagree.
:func:`panel_schema` reads the codebooks of the computed panels
(``region_year``, ``organization_year``) shipped in ``regionalism/schemas``.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from regionalism._shared.constants import PLAUSIBLE_YEARS

__all__ = ["Field", "TableSchema", "read_descriptor", "parse_column", "missing_values", "panel_schema",
           "panel_field_names", "PANELS"]

#: The computed panels that have a codebook (``rg.describe(name)``).
PANELS = ("region_year", "organization_year")

_TRUE = {"true", "True", "TRUE", "1"}
_FALSE = {"false", "False", "FALSE", "0"}


@dataclass(frozen=True)
class Field:
    """One column of a table schema."""

    name: str
    type: str
    descriptor: dict[str, Any]

    @property
    def categories(self) -> list[Any] | None:
        """The allowed values (from ``categories``), or None."""
        cats = self.descriptor.get("categories")
        if cats is None:
            return None
        return [c["value"] if isinstance(c, dict) else c for c in cats]

    @property
    def ordered(self) -> bool:
        """Whether ``categories`` are ordered (``categoriesOrdered``)."""
        return bool(self.descriptor.get("categoriesOrdered", False))

    @property
    def constraints(self) -> dict[str, Any]:
        """The field's ``constraints`` (possibly empty)."""
        return dict(self.descriptor.get("constraints", {}))

    def expected(self) -> str:
        """Describe in words what a valid cell of this field looks like."""
        if self.categories is not None:
            shown = ", ".join(map(str, self.categories[:12]))
            more = ", ..." if len(self.categories) > 12 else ""
            return f"one of {{{shown}{more}}}"
        words = {
            "integer": "a whole number (at most 15 digits)",
            "number": "a number",
            "year": f"a year (whole number from {PLAUSIBLE_YEARS[0]} to {PLAUSIBLE_YEARS[1]})",
            "date": "a date YYYY-MM-DD (from 1677-09-22 to 2262-04-11)",
            "boolean": "true or false",
            "string": "text",
        }
        return words.get(self.type, self.type)


@dataclass(frozen=True)
class TableSchema:
    """The schema of one resource (table) of a data package."""

    fields: tuple[Field, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[dict[str, Any], ...]
    missing: tuple[str, ...]

    @classmethod
    def from_descriptor(cls, schema: dict[str, Any]) -> "TableSchema":
        pk = schema.get("primaryKey", [])
        return cls(
            fields=tuple(Field(f["name"], f.get("type", "string"), f) for f in schema["fields"]),
            primary_key=tuple([pk] if isinstance(pk, str) else pk),
            foreign_keys=tuple(schema.get("foreignKeys", [])),
            missing=tuple(missing_values(schema)),
        )

    @property
    def names(self) -> list[str]:
        return [f.name for f in self.fields]

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)


def missing_values(schema: dict[str, Any]) -> list[str]:
    """The strings that mean 'missing' in a schema (default: the empty string)."""
    mv = schema.get("missingValues", [""])
    return [m["value"] if isinstance(m, dict) else m for m in mv]


def read_descriptor(path: str | Path) -> dict[str, Any]:
    """Read a ``datapackage.json`` file."""
    return json.loads(Path(path).read_text(encoding="utf-8"))


def panel_schema(name: str) -> dict[str, Any]:
    """The Table Schema (codebook) of a panel: ``region_year`` or ``organization_year``.

    Parameters
    ----------
    name : str
        ``"region_year"`` or ``"organization_year"``.

    Returns
    -------
    dict
        The Frictionless Table Schema shipped in ``regionalism/schemas``:
        ``fields`` (one dict per column with ``name``, ``type``,
        ``description`` and optional ``constraints``), ``primaryKey``,
        ``missingValues``, ``x_unit`` and ``description``.

    Raises
    ------
    FileNotFoundError
        If no schema of that name is shipped.

    See Also
    --------
    regionalism.describe : The same codebook rendered for reading.

    Examples
    --------
    >>> from regionalism.data.schema import panel_schema
    >>> schema = panel_schema("region_year")
    >>> schema["primaryKey"]
    ['region_id', 'year']
    >>> "secreg_depth" in [f["name"] for f in schema["fields"]]
    True
    """
    path = resources.files("regionalism") / "schemas" / f"{name}.json"
    return json.loads(path.read_text(encoding="utf-8"))


def panel_field_names(name: str) -> list[str]:
    """The column names of a panel's codebook, in order (empty when no schema is shipped).

    Examples
    --------
    >>> panel_field_names("region_year")[:2]
    ['region_id', 'year']
    """
    try:
        return [f["name"] for f in panel_schema(name)["fields"]]
    except FileNotFoundError:
        return []


def parse_column(field: Field, raw: pd.Series, missing: tuple[str, ...] = ("",)) -> tuple[pd.Series, pd.Series]:
    """Convert one column of CSV text to its typed pandas form.

    Parameters
    ----------
    field : Field
        The schema field.
    raw : pandas.Series
        The column as read from the CSV, as strings (missing cells as they
        appear in the file).
    missing : tuple of str
        Strings that mean missing.

    Returns
    -------
    values : pandas.Series
        The typed column: ``Int64`` for integers and years, ``float64`` for
        numbers, ``boolean``, ``datetime64`` for dates, ``string`` for text,
        an (ordered) ``Categorical`` where the field lists ``categories``.
    bad : pandas.Series of bool
        True where a non-missing cell could not be read as the field's type
        or is not one of its categories.
    """
    text = raw.astype("string")
    is_missing = (text.isna() | text.isin(list(missing))).to_numpy()
    # parse each distinct value once (columns repeat values a lot), then broadcast
    codes, uniques = pd.factorize(text.where(~is_missing), use_na_sentinel=True)
    u = pd.Series(uniques, dtype="string")
    kind = field.type
    if kind in ("integer", "year"):
        # at most 15 digits: exact through float64 parsing (longer ones would overflow or lose digits)
        ok = u.str.fullmatch(r"\s*[+-]?\d{1,15}\s*").fillna(False).to_numpy()
        num = pd.to_numeric(u.where(ok), errors="coerce")
        if kind == "year":
            lo, hi = PLAUSIBLE_YEARS
            ok = ok & num.between(lo, hi).fillna(False).to_numpy()
            num = num.where(ok)
        parsed = pd.array(num, dtype="Int64")
        dtype: Any = "Int64"
    elif kind == "number":
        num = pd.to_numeric(u, errors="coerce")
        ok = (num.notna() & np.isfinite(num.astype("float64"))).to_numpy()  # no inf, -inf, 1e400 (overflow)
        parsed = num.where(ok).to_numpy(dtype="float64")
        dtype = "float64"
    elif kind == "boolean":
        is_true, is_false = u.isin(list(_TRUE)).to_numpy(), u.isin(list(_FALSE)).to_numpy()
        ok = is_true | is_false
        parsed = pd.array(np.where(ok, is_true, False), dtype="boolean")
        parsed[~ok] = pd.NA
        dtype = "boolean"
    elif kind == "date":
        dates = pd.to_datetime(u, format="%Y-%m-%d", errors="coerce")
        # pandas holds dates in nanoseconds: 1677-09-22 to 2262-04-11; earlier or later ones are refused
        dates = dates.where((dates >= pd.Timestamp.min) & (dates <= pd.Timestamp.max))
        ok = dates.notna().to_numpy()
        parsed = dates.astype("datetime64[ns]").to_numpy()
        dtype = "datetime64[ns]"
    else:
        ok = np.ones(len(u), dtype=bool)
        parsed = u.array
        dtype = "string"
    has = codes >= 0
    bad_arr = np.zeros(len(raw), dtype=bool)
    bad_arr[has] = ~ok[codes[has]]
    if len(u):
        taken = pd.Series(parsed, dtype=dtype).take(np.where(has, codes, 0)).reset_index(drop=True)
        taken[~has | bad_arr] = None
    else:
        taken = pd.Series([None] * len(raw), dtype=dtype)
    values = pd.Series(taken.array, index=raw.index, dtype=dtype)
    bad = pd.Series(bad_arr, index=raw.index)
    cats = field.categories
    if cats is not None:
        cat_values = values.astype(object).where(values.notna(), None)
        allowed = set(cats)
        outside = values.notna() & ~cat_values.map(lambda v: v in allowed).astype(bool)
        bad = bad | outside
        cat_type = pd.CategoricalDtype(categories=cats, ordered=field.ordered)
        values = pd.Series(pd.Categorical(cat_values.where(~outside, None), dtype=cat_type), index=raw.index)
    return values, bad.fillna(False).astype(bool)
