"""Deprecated alias of :mod:`regionalism.spec_curve` (the function is ``rg.multiverse``).

Importing this package binds ``regionalism.multiverse`` to it, hiding the
function ``rg.multiverse`` until the alias is removed; import from
:mod:`regionalism.spec_curve` (or call ``rg.multiverse``) instead.
"""
from regionalism._shared.lazy import deprecated_module
from regionalism.study.robustness import multiverse
from regionalism.spec_curve.permutation import CurveNull
from regionalism.spec_curve.result import MultiverseResult
from regionalism.spec_curve.runner import BACKENDS
from regionalism.spec_curve.specs import (CASE_SETS, CONTINENTS, DIMENSIONS, HYPOTHESIS_DIMENSIONS, CaseSet,
                                          specifications)
from regionalism.study.robustness import ARTICLE_CHOICES, article_multiverse, article_specifications

deprecated_module(__name__, "regionalism.spec_curve")

__all__ = ["multiverse", "MultiverseResult", "specifications", "CaseSet", "CASE_SETS", "CONTINENTS", "DIMENSIONS",
           "HYPOTHESIS_DIMENSIONS", "CurveNull", "BACKENDS", "article_multiverse", "article_specifications",
           "ARTICLE_CHOICES"]
