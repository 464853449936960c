"""Extending the data: a user's own regions, organizations, memberships and codings.

- :func:`data_home` — where a user's datasets live (``$REGIONALISM_DATA``).
- :func:`templates.new_region` — write a filled-in template dataset folder.
- :func:`check_folder`, :func:`check_csv` — check a user's tables against the
  shipped codebooks and data (every problem at once).
- :func:`regionalism.data.overlay.overlay_tables` — make panels see the
  user's rows; ``rg.load(name, extra=path)`` appends them to one table.
- :func:`atomic_write` — writes that never lose a user's file.

See the guide ``docs/guide/adding-a-region.md``.
"""
from regionalism.data.overlay import apply_overlay, overlay_tables, read_overlay
from regionalism.data.validate import Problem, ValidationError, ValidationReport
from regionalism.extend import templates
from regionalism.extend.home import data_home
from regionalism.extend.safe_write import WouldOverwriteError, atomic_write
from regionalism.extend.templates import new_region
from regionalism.extend.validate import OverlayCheck, check_csv, check_folder

__all__ = [
    "data_home", "templates", "new_region", "check_folder", "check_csv", "OverlayCheck",
    "apply_overlay", "read_overlay", "overlay_tables", "atomic_write", "WouldOverwriteError",
    "Problem", "ValidationError", "ValidationReport",
]
