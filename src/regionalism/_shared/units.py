"""Whether a panel's units are independent clusters: the overlap record panels carry in ``attrs``."""
from __future__ import annotations

import warnings

import pandas as pd

__all__ = ["warn_overlapping_units"]


def warn_overlapping_units(panel: pd.DataFrame, *, stacklevel: int = 2) -> bool:
    """Warn when a panel's units share a state in a year (they are not independent clusters).

    Reads ``attrs["unit_overlaps"]`` that ``rg.region_year`` records
    (``{"n_state_years": 0}`` for a partition, else the count and a first
    example state, year and units). It lives in ``_shared`` so that the
    estimators (``rg.fit``), which never import the panel layer, can call it;
    a comparison set from ``rg.comparison_regions(scheme)`` never overlaps.

    Returns
    -------
    bool
        True when a warning was issued.

    Examples
    --------
    >>> import warnings
    >>> import pandas as pd
    >>> p = pd.DataFrame({"region_id": ["central_asia", "post_soviet"], "year": 2000})
    >>> p.attrs["unit_overlaps"] = {"n_state_years": 5, "ccode": 701, "year": 2000,
    ...                             "units": ["central_asia", "post_soviet"]}
    >>> with warnings.catch_warnings(record=True) as w:
    ...     warnings.simplefilter("always")
    ...     warned = warn_overlapping_units(p)
    >>> warned, "state 701 is in central_asia and post_soviet in 2000" in str(w[-1].message)
    (True, True)
    >>> warn_overlapping_units(pd.DataFrame())  # no record: nothing to say
    False
    """
    ov = panel.attrs.get("unit_overlaps") or {}
    if not ov.get("n_state_years"):
        return False
    warnings.warn(f"the panel's units overlap: state {ov['ccode']} is in {' and '.join(ov['units'])} in "
                  f"{ov['year']} ({ov['n_state_years']} state-years in two or more units), so they are not "
                  "independent clusters; use a partition such as rg.comparison_regions('m49')",
                  UserWarning, stacklevel=stacklevel)
    return True
