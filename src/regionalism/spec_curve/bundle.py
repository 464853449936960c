"""Hypothesis bundles: named explanations, each with a primary and alternative operationalizations
(a panel column and the sign the explanation predicts).

The structure is general; the article's four explanations (H1-H4) are one
instance of it, :data:`regionalism.study.hypotheses`. The specification-curve
engine reads expected signs and primary operationalizations from a bundle it is
given; it never assumes the article's.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass

import pandas as pd

from regionalism.models.tables import frame_to_table

__all__ = ["Operationalization", "Hypothesis", "HypothesisBundle"]


@dataclass(frozen=True)
class Operationalization:
    """One measurable version of a hypothesis: a panel column and its expected sign.

    Attributes
    ----------
    column : str
        Column of the region-year panel.
    expected_sign : int
        ``+1`` or ``-1``: the sign the hypothesis predicts for the coefficient.
    label : str
        Short description for tables.
    """

    column: str
    expected_sign: int
    label: str = ""

    def __post_init__(self) -> None:
        if self.expected_sign not in (1, -1):
            raise ValueError(f"expected_sign must be +1 or -1, got {self.expected_sign!r}")

    @property
    def sign(self) -> str:
        """``"+"`` or ``"-"``."""
        return "+" if self.expected_sign > 0 else "-"


@dataclass(frozen=True)
class Hypothesis:
    """An explanation with a primary operationalization and alternatives.

    Attributes
    ----------
    code : str
        Short code (``"H1"``).
    name : str
        Name (``"autocratic hesitance"``).
    description : str
        One-sentence statement of the mechanism.
    primary : Operationalization
        The main measure.
    alternatives : tuple of Operationalization
        Robustness measures.
    """

    code: str
    name: str
    description: str
    primary: Operationalization
    alternatives: tuple[Operationalization, ...] = ()

    @property
    def operationalizations(self) -> tuple[Operationalization, ...]:
        """Primary first, then the alternatives."""
        return (self.primary, *self.alternatives)

    def with_alternative(self, op: Operationalization) -> "Hypothesis":
        """A copy with one more alternative operationalization."""
        return dataclasses.replace(self, alternatives=(*self.alternatives, op))


@dataclass(frozen=True)
class HypothesisBundle:
    """An ordered collection of hypotheses (indexable by code).

    Examples
    --------
    >>> from regionalism.spec_curve.bundle import Hypothesis, Operationalization
    >>> from regionalism.study import hypotheses  # the article's H1-H4
    >>> hypotheses["H2"].primary.column
    'external_reliance'
    >>> extra = Hypothesis("H5", "identity", "Shared identity fosters security cooperation.",
    ...                    Operationalization("identity_index", +1))
    >>> len(hypotheses.add(extra))
    5
    """

    hypotheses: tuple[Hypothesis, ...]
    outcomes: tuple[str, ...] = ()

    def __iter__(self) -> Iterator[Hypothesis]:
        return iter(self.hypotheses)

    def __len__(self) -> int:
        return len(self.hypotheses)

    def __getitem__(self, code: str) -> Hypothesis:
        for h in self.hypotheses:
            if h.code == code:
                return h
        raise KeyError(f"no hypothesis {code!r}; codes: {[h.code for h in self.hypotheses]}")

    def add(self, hypothesis: Hypothesis) -> "HypothesisBundle":
        """A new bundle with ``hypothesis`` appended (codes must be unique)."""
        if hypothesis.code in [h.code for h in self.hypotheses]:
            raise ValueError(f"hypothesis code {hypothesis.code!r} already in the bundle")
        return dataclasses.replace(self, hypotheses=(*self.hypotheses, hypothesis))

    def replace(self, hypothesis: Hypothesis) -> "HypothesisBundle":
        """A new bundle with the hypothesis of the same code replaced."""
        self[hypothesis.code]
        return dataclasses.replace(self, hypotheses=tuple(
            hypothesis if h.code == hypothesis.code else h for h in self.hypotheses))

    def columns(self, *, primary_only: bool = False) -> list[str]:
        """Panel columns the bundle uses."""
        ops = [op for h in self for op in ((h.primary,) if primary_only else h.operationalizations)]
        return [op.column for op in ops]

    def to_frame(self) -> pd.DataFrame:
        """One row per operationalization: ``code``, ``name``, ``column``, ``role``,
        ``expected_sign``, ``label``."""
        return pd.DataFrame([{"code": h.code, "name": h.name, "column": op.column,
                              "role": "primary" if i == 0 else "alternative",
                              "expected_sign": op.sign, "label": op.label}
                             for h in self for i, op in enumerate(h.operationalizations)])

    def __str__(self) -> str:
        return frame_to_table(self.to_frame(), title="Hypothesis bundle").as_text()
