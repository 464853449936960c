"""Deprecated: moved to :mod:`regionalism.spec_curve.result`."""
from regionalism._shared.lazy import deprecated_module
from regionalism.spec_curve.result import *  # noqa: F401,F403
from regionalism.spec_curve.result import __all__  # noqa: F401

deprecated_module(__name__, "regionalism.spec_curve.result")
