"""Deprecated alias of :mod:`regionalism.qca.set_relations` (renamed: ``qca.fit`` clashed
with ``rg.fit``). Kept for one release."""

import warnings

from regionalism.qca.scores import necessity_scores, unique_coverage
from regionalism.qca.set_relations import fit_table, pof, super_subset

warnings.warn("regionalism.qca.fit is deprecated; import from regionalism.qca.set_relations "
              "(pof, super_subset, fit_table) or regionalism.qca.scores", DeprecationWarning,
              stacklevel=2)

__all__ = ["fit_table", "necessity_scores", "pof", "super_subset", "unique_coverage"]
