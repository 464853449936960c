"""Deprecated: moved to :mod:`regionalism._shared.files` (``atomic_write`` stays in :mod:`regionalism.extend`)."""
from regionalism._shared.files import WouldOverwriteError, atomic_write, backup_path
from regionalism._shared.lazy import deprecated_module

deprecated_module(__name__, "regionalism._shared.files")

__all__ = ["WouldOverwriteError", "atomic_write", "backup_path"]
