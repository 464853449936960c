"""Deprecated: the article's multiverse moved to :mod:`regionalism.study.robustness`."""
from regionalism._shared.lazy import deprecated_module
from regionalism.study.robustness import ARTICLE_CHOICES, article_multiverse, article_specifications

deprecated_module(__name__, "regionalism.study.robustness")

__all__ = ["article_specifications", "article_multiverse", "ARTICLE_CHOICES"]
