"""Deprecated: the article's hypotheses moved to :mod:`regionalism.study`.

``regionalism.models.bundles`` re-exports them for one release and warns on import.
Use ``regionalism.study.hypotheses`` (H1-H4, :func:`test_hypotheses`) and
``regionalism.study.synthetic`` (:func:`synthetic_panel`).
"""
from __future__ import annotations

import warnings

# The one declared upward import (study sits above models), kept for one release only.
from regionalism.study.explanations import (OUTCOMES, Hypothesis, HypothesisBundle,
                                          HypothesisTests, Operationalization, hypotheses,
                                          test_hypotheses)
from regionalism.study.synthetic import synthetic_panel

warnings.warn("regionalism.models.bundles is deprecated and will be removed in the next release; "
              "import hypotheses, test_hypotheses and synthetic_panel from regionalism.study",
              DeprecationWarning, stacklevel=2)

__all__ = ["OUTCOMES", "Hypothesis", "HypothesisBundle", "HypothesisTests", "Operationalization",
           "hypotheses", "synthetic_panel", "test_hypotheses"]
