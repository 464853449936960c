"""Deprecated: moved to :mod:`regionalism.spec_curve.plotting`."""
from regionalism._shared.lazy import deprecated_module
from regionalism.spec_curve.plotting import *  # noqa: F401,F403
from regionalism.spec_curve.plotting import __all__  # noqa: F401

deprecated_module(__name__, "regionalism.spec_curve.plotting")
