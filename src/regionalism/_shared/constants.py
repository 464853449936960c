"""Constants shared by several layers, defined once.

Examples
--------
>>> from regionalism._shared.constants import FIRST_YEAR, LAST_YEAR, CONTINENTS
>>> FIRST_YEAR, LAST_YEAR
(1946, 2025)
>>> set(CONTINENTS) <= set(CONTINENTAL_REGIONS)
True
"""
from __future__ import annotations

__all__ = ["FIRST_YEAR", "LAST_YEAR", "CONTINENTS", "CONTINENTAL_REGIONS", "PLAUSIBLE_YEARS"]

#: First and last year the shipped state-year data and the panels cover.
FIRST_YEAR: int = 1946
LAST_YEAR: int = 2025

#: Years a ``year`` cell of any dataset may hold (inclusive): from the Peace of Westphalia (1648), the
#: conventional start of the modern states system, to 2100. Outside it a year is a typo (3000, -40000);
#: a codebook narrows it further with ``minimum``/``maximum`` constraints.
PLAUSIBLE_YEARS: tuple[int, int] = (1648, 2100)

#: The five UN M49 continents, as region ids of the ``regions`` table.
CONTINENTS: tuple[str, ...] = ("africa", "americas", "asia", "europe", "pacific")

#: Every continent-level region of the ``regions`` table: the M49 continents and
#: the two large aggregates (Sub-Saharan Africa, Latin America). They overlap with
#: the sub-continental regions (``africa`` contains ``west_africa``).
CONTINENTAL_REGIONS: tuple[str, ...] = CONTINENTS + ("sub_saharan_africa", "latin_america")
