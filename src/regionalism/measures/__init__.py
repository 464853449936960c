"""Measures: pure functions of DataFrames (frames in, frames out; nothing loaded, nothing cached).

- :mod:`regionalism.measures.membership`: the one membership rule (who is a
  member of an organization in a year, including parent and ``led_by`` bodies).
- :mod:`regionalism.measures.institutions`: security institutions (organizations
  and agreements), their member-years, and the depth index from their design.
- :mod:`regionalism.measures.outcome`: qualifying institutions and the outcome
  (security regionalism) per group-year.
- :mod:`regionalism.measures.aggregates`: member aggregates of regime type and
  the leadership (power) structure for any group of states per year.
- :mod:`regionalism.measures.external`: external dependence on outside major powers.
- :mod:`regionalism.measures.demand`: functional demand (armed conflict).

:mod:`regionalism.panel` is the one place that joins the data tables and
these measures.
"""
from regionalism.measures import aggregates, demand, external, institutions, membership, outcome

__all__ = ["aggregates", "demand", "external", "institutions", "membership", "outcome"]
