"""The article's study (Mayer 2021): hypotheses H1-H4, their tests and a synthetic panel.

Sits on top of the engines (:mod:`regionalism.models`); nothing below imports it.
"""
from __future__ import annotations

from regionalism.study.hypotheses import (
                                          OUTCOMES,
                                          Hypothesis,
                                          HypothesisBundle,
                                          HypothesisTests,
                                          Operationalization,
                                          hypotheses,
                                          test_hypotheses,
)
from regionalism.study.synthetic import synthetic_panel

__all__ = ["OUTCOMES", "Hypothesis", "HypothesisBundle", "HypothesisTests", "Operationalization",
           "hypotheses", "synthetic_panel", "test_hypotheses"]
