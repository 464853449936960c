"""Deprecated: moved to :mod:`regionalism.geography` (and :mod:`regionalism.data.states`).

Importing this module binds ``regionalism.regions`` to it, hiding the function
``rg.regions`` until the module is removed; import from
:mod:`regionalism.geography` instead.
"""
from regionalism._shared.constants import FIRST_YEAR, LAST_YEAR
from regionalism._shared.lazy import deprecated_module
from regionalism._shared.spells import year_runs
from regionalism.geography import Region, StateResolutionError, region, regions, resolve_states

deprecated_module(__name__, "regionalism.geography")

__all__ = ["Region", "region", "regions", "resolve_states", "StateResolutionError", "year_runs", "FIRST_YEAR",
           "LAST_YEAR"]
