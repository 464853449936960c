"""The article (Mayer 2021, the seed of this package): hypotheses, samples, rules and the standard multiverse.

Everything specific to reproducing the article lives here, above the general
engines (panels, models, QCA, spec_curve), so that the engines stay general
and analyses share code through the package, never by loading each other:

- :mod:`regionalism.study.explanations`: H1-H4 with their operationalizations
  and expected signs, and :func:`test_hypotheses`;
- :mod:`regionalism.study.synthetic`: a synthetic region-year panel for examples and tests;
- :mod:`regionalism.study.samples`: the comparison regions, the shared
  region-year panel, region names and the regression sample;
- :mod:`regionalism.study.mia`: the regional rule for MIA's IOs;
- :mod:`regionalism.study.robustness`: the article's multiverse (specification curve);
- :mod:`regionalism.study.validity`: convergent validity of the depth index (MIA, Gray).

Names load lazily (``rg.study.COMPARISON_REGIONS``).
"""
from __future__ import annotations

from regionalism._shared.lazy import lazy_exports

_EXPORTS: dict[str, str] = {
    "OUTCOMES": "regionalism.study.explanations",
    "Hypothesis": "regionalism.study.explanations",
    "HypothesisBundle": "regionalism.study.explanations",
    "HypothesisTests": "regionalism.study.explanations",
    "Operationalization": "regionalism.study.explanations",
    "hypotheses": "regionalism.study.explanations",
    "test_hypotheses": "regionalism.study.explanations",
    "synthetic_panel": "regionalism.study.synthetic",
    "COMPARISON_REGIONS": "regionalism.study.samples",
    "CONTINENTS": "regionalism.study.samples",
    "region_year_panel": "regionalism.study.samples",
    "region_names": "regionalism.study.samples",
    "comparison_sample": "regionalism.study.samples",
    "io_scope": "regionalism.study.mia",
    "REGIONAL_THRESHOLD": "regionalism.study.mia",
    "multiverse": "regionalism.study.robustness",
    "article_multiverse": "regionalism.study.robustness",
    "article_specifications": "regionalism.study.robustness",
    "ARTICLE_CHOICES": "regionalism.study.robustness",
    "COMPARISON_SCHEME": "regionalism.study.samples",
    "depth_validity": "regionalism.study.validity",
}
_SUBMODULES = ("explanations", "synthetic", "samples", "mia", "robustness", "validity")

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, submodules=_SUBMODULES)

__all__ = sorted([*_EXPORTS, *_SUBMODULES])
