"""Deprecated: moved to :mod:`regionalism.spec_curve.permutation`."""
from regionalism._shared.lazy import deprecated_module
from regionalism.spec_curve.permutation import *  # noqa: F401,F403
from regionalism.spec_curve.permutation import __all__  # noqa: F401

deprecated_module(__name__, "regionalism.spec_curve.permutation")
