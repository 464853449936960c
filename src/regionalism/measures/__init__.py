"""Measures built from the coded cases and the state-year data.

- :mod:`regionalism.measures.institutions`: security institutions (organizations
  and agreements), their member-years, and the depth index from their design.
- :mod:`regionalism.measures.aggregates`: member aggregates of regime type and
  the leadership (power) structure for any group of states per year.
- :mod:`regionalism.measures.external`: external dependence on outside major powers.
- :mod:`regionalism.measures.demand`: functional demand (armed conflict).
"""
