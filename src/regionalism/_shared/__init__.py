"""The bottom layer: helpers every other layer may use; it imports nothing of the package.

- :mod:`regionalism._shared.lazy`: the one lazy loader (PEP 562) behind the
  package's and its sub-packages' public names.
- :mod:`regionalism._shared.files`: :func:`~regionalism._shared.files.atomic_write`,
  the one way the package writes a file.
- :mod:`regionalism._shared.spells`: dated spells expanded to years, and years
  collapsed back to runs.
- :mod:`regionalism._shared.constants`: the years the data cover and the
  continent-level region ids.
"""
