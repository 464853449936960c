"""What a multiverse worker needs: the fitting context and the specification helpers
(terms, formula and estimation rows of one specification)."""
from __future__ import annotations

import warnings
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from regionalism.spec_curve.specs import DIMENSIONS, HYPOTHESIS_DIMENSIONS, Choices, is_missing

__all__ = ["Context", "spec_terms", "spec_formula", "spec_rows", "Columns", "warning_text"]


@dataclass(frozen=True)
class Context:
    """What a worker needs besides the panel and the specification records.

    ``batched``: fit the linear specifications of a chunk together
    (:mod:`regionalism.spec_curve.batched`) instead of one ``fit`` each.
    ``permute_by``: column whose values the permutation keys are drawn for
    (``None``: ``unit``); units with one value get one key in every draw.
    """

    choices: Choices
    focal: tuple[str, ...]
    cluster: str
    unit: str
    time: str
    alpha: float
    batched: bool = True
    permute_by: str | None = None


def spec_terms(record: dict[str, Any]) -> list[str]:
    """Hypothesis columns of a specification, in dimension order."""
    return [record[d] for d in DIMENSIONS if d in HYPOTHESIS_DIMENSIONS
            and not is_missing(record[d])]


def spec_formula(record: dict[str, Any], ctx: Context) -> str:
    """The formula a specification estimates."""
    rhs = spec_terms(record) + ctx.choices.control_sets[record["controls"]]
    return f"{record['outcome']} ~ " + (" + ".join(rhs) if rhs else "1")


def spec_rows(data: pd.DataFrame, record: dict[str, Any], ctx: Context) -> pd.Series:
    """Boolean mask of the panel rows in a specification's case set and years."""
    case_set = ctx.choices.case_sets[record["cases"]]
    units = pd.unique(data[ctx.unit])
    mask = data[ctx.unit].isin(case_set.select(units))
    window = ctx.choices.year_windows[record["years"]]
    if window is not None:
        mask &= data[ctx.time].between(window[0], window[1])
    return mask


class Columns:
    """The panel's columns as NumPy arrays, converted once and shared by many specifications.

    ``values(c)`` is the column as float64 with NaN for missing, ``notna(c)``
    its non-missing mask, and ``sample(record, columns)`` the boolean mask of a
    specification's estimation sample: its case set and years, a cluster
    label, and no missing value in ``columns`` (listwise deletion, as ``fit``).
    """

    def __init__(self, data: pd.DataFrame, ctx: Context) -> None:
        self.data = data
        self.ctx = ctx
        self._values: dict[str, np.ndarray] = {}
        self._notna: dict[str, np.ndarray] = {}
        self._base: dict[tuple[Any, Any], np.ndarray] = {}

    def values(self, column: str) -> np.ndarray:
        if column not in self._values:
            self._values[column] = self.data[column].to_numpy(dtype=float, na_value=np.nan)
        return self._values[column]

    def notna(self, column: str) -> np.ndarray:
        if column not in self._notna:
            self._notna[column] = self.data[column].notna().to_numpy()
        return self._notna[column]

    def sample(self, record: dict[str, Any], columns: list[str]) -> np.ndarray:
        key = (record["cases"], record["years"])
        if key not in self._base:
            self._base[key] = (spec_rows(self.data, record, self.ctx).to_numpy()
                               & self.notna(self.ctx.cluster))
        mask = self._base[key].copy()
        for c in columns:
            mask &= self.notna(c)
        return mask


def warning_text(w: warnings.WarningMessage) -> str:
    """How a warning of a fit is recorded in the ``warning`` column: ``"Category: first line"``."""
    return f"{w.category.__name__}: {str(w.message).splitlines()[0][:200]}"
