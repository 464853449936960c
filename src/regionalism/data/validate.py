"""Deprecated: moved to :mod:`regionalism.data.validation` (``validate``) and :mod:`regionalism.data.checks`."""
from regionalism._shared.lazy import deprecated_module
from regionalism.data.checks import Problem, ValidationError, ValidationReport, read_table_text
from regionalism.data.validation import validate

deprecated_module(__name__, "regionalism.data.validation")

__all__ = ["Problem", "ValidationReport", "ValidationError", "validate", "read_table_text"]
