"""The article's samples: the comparison regions, the shared region-year panel and region names.

Several analyses (``analyses/``) and tutorials compare the same regions over
the same panel; they take them from here rather than from each other.
:data:`CONTINENTS` (the five M49 continents) is defined once in
:mod:`regionalism._shared.constants`.
"""
from __future__ import annotations

import functools

import pandas as pd

from regionalism._shared.constants import CONTINENTS
from regionalism.data.tables import load
from regionalism.panel import region_year, warn_missing_regime

__all__ = ["COMPARISON_REGIONS", "COMPARISON_SCHEME", "CONTINENTS", "region_year_panel", "region_names",
           "comparison_sample"]

#: The region scheme the article's comparisons use (``rg.comparison_regions("m49")``): a partition.
COMPARISON_SCHEME = "m49"

#: Regions compared in the cross-regional figures and tables: the regions of the
#: ``m49`` scheme, a partition of the states (no state in two of them in a
#: year; ``tests/panel/test_schemes.py`` checks that this tuple equals
#: ``rg.comparison_regions("m49")``). The Gulf (inside the Middle East) and the
#: Horn of Africa (inside East Africa) are regions of their own but not in the
#: comparison set, since nested regions are not independent cases; nor are the
#: continents (but the Pacific) and the aggregates that contain other regions
#: (Latin America, Sub-Saharan Africa, M49 Northern Africa, the former Soviet Union).
COMPARISON_REGIONS: tuple[str, ...] = (
    "caribbean", "central_africa", "central_america", "central_asia", "east_africa", "eastern_europe",
    "middle_east", "north_africa", "north_america", "northeast_asia",
    "northern_europe", "pacific", "south_america", "south_asia", "south_caucasus", "southeast_asia",
    "southern_africa", "southern_europe", "west_africa", "western_europe",
)


@functools.lru_cache(maxsize=4)
def region_year_panel(years: tuple[int, int] = (1946, 2025)) -> "pd.DataFrame":
    """The region-year panel for all regions, built once per process.

    Several analyses use it; callers must not modify the returned frame.

    Parameters
    ----------
    years : tuple of int
        First and last year (inclusive); each distinct value is cached.

    Returns
    -------
    pandas.DataFrame
        :func:`regionalism.region_year` for all regions (see
        ``rg.describe("region_year")`` for the columns).

    Examples
    --------
    >>> from regionalism.study.samples import region_year_panel
    >>> panel = region_year_panel((2010, 2011))
    >>> panel["year"].unique().tolist(), "secreg_depth" in panel.columns
    ([2010, 2011], True)
    >>> region_year_panel((2010, 2011)) is panel  # built once
    True
    """
    return region_year(years=years)


@functools.lru_cache(maxsize=1)
def region_names() -> dict[str, str]:
    """``region_id -> name`` from the shipped ``regions`` table.

    Returns
    -------
    dict of str to str
        Display name per region identifier.

    Examples
    --------
    >>> from regionalism.study.samples import region_names
    >>> region_names()["central_asia"]
    'Central Asia'
    """
    regions = load("regions")
    return dict(zip(regions["region_id"].astype(str), regions["name"].astype(str)))


def comparison_sample(years: tuple[int, int] = (1991, 2019)) -> pd.DataFrame:
    """Region-years of the :data:`COMPARISON_REGIONS` in ``years`` (all panel columns; a copy).

    Warns (naming them) about regions without a ``polyarchy_mean`` in a
    year V-Dem covers: regression models drop those region-years.

    The estimation sample of the article's regressions (analyses 08 and 10):
    1991-2019 is the post-Cold War period of Central Asian independence, and
    2019 the last year with GDP data in the panel.

    Examples
    --------
    >>> from regionalism.study.samples import comparison_sample
    >>> d = comparison_sample((2010, 2011))
    >>> sorted(d["year"].unique().tolist()), d["region_id"].nunique()
    ([2010, 2011], 20)
    """
    panel = region_year_panel()
    d = panel[panel["region_id"].isin(COMPARISON_REGIONS) & panel["year"].between(*years)].copy()
    d["region_id"] = d["region_id"].astype(str)
    d = d.reset_index(drop=True)
    d.attrs = dict(panel.attrs)
    d.attrs["no_regime_mean"] = warn_missing_regime(d, load("states"), stacklevel=3)
    return d
