"""Extending the data: a user's own regions, organizations, memberships and codings.

- :func:`data_home` — where a user's datasets live (``$REGIONALISM_DATA``).
- :func:`templates.new_region` — write a filled-in template dataset folder.
- :func:`check_folder`, :func:`check_csv` — check a user's tables against the
  shipped codebooks and data (every problem at once; defined in
  :mod:`regionalism.data.user_checks`).
- :meth:`regionalism.data.Tables.with_overlay` — tables with the user's rows,
  for ``rg.region_year(..., tables=...)``; ``rg.load(name, extra=path)``
  appends them to one table, and every panel takes ``extra=path``.
- :func:`atomic_write` — writes that never lose a user's file
  (:mod:`regionalism._shared.files`).

See the guide ``docs/guide/adding-a-region.md``.
"""
from regionalism._shared.files import WouldOverwriteError, atomic_write
from regionalism.data.checks import Problem, ValidationError, ValidationReport
from regionalism.data.overlay import apply_overlay, read_overlay
from regionalism.data.tables import Tables
from regionalism.data.user_checks import OverlayCheck, check_csv, check_folder
from regionalism.extend import templates
from regionalism.extend.home import data_home
from regionalism.extend.templates import new_region

__all__ = [
    "data_home", "templates", "new_region", "check_folder", "check_csv", "OverlayCheck",
    "apply_overlay", "read_overlay", "Tables", "atomic_write", "WouldOverwriteError",
    "Problem", "ValidationError", "ValidationReport",
]
