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

__all__ = ["FIRST_YEAR", "LAST_YEAR", "CONTINENTS", "CONTINENTAL_REGIONS"]

#: First and last year the shipped state-year data and the panels cover.
FIRST_YEAR: int = 1946
LAST_YEAR: int = 2025

#: The five UN M49 continents, as region ids of the ``regions`` table.
CONTINENTS: tuple[str, ...] = ("africa", "americas", "asia", "europe", "pacific")

#: Every continent-level region of the ``regions`` table: the M49 continents and
#: the two large aggregates (Sub-Saharan Africa, Latin America). They overlap with
#: the sub-continental regions (``africa`` contains ``west_africa``).
CONTINENTAL_REGIONS: tuple[str, ...] = CONTINENTS + ("sub_saharan_africa", "latin_america")
