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
    >>> p.attrs["keys"] = ["region_id", "year"]
    >>> p.attrs["unit_overlaps"] = {"n_state_years": 5, "ccode": 701, "year": 2000,
    ...                             "units": ["central_asia", "post_soviet"],
    ...                             "pairs": [["central_asia", "post_soviet", 701, 2000, 5]]}
    >>> with warnings.catch_warnings(record=True) as w:
    ...     warnings.simplefilter("always")
    ...     warned = warn_overlapping_units(p)
    >>> warned, "state 701 is in central_asia and post_soviet in 2000" in str(w[-1].message)
    (True, True)
    >>> warn_overlapping_units(p[p["region_id"] == "central_asia"])  # one of the two: no overlap
    False
    >>> warn_overlapping_units(pd.DataFrame())  # no record: nothing to say
    False
    """
    ov = panel.attrs.get("unit_overlaps") or {}
    if not ov.get("n_state_years"):
        return False
    keys = panel.attrs.get("keys") or []
    unit = keys[0] if keys and keys[0] in panel.columns else None
    if unit is not None and ov.get("pairs"):
        present = set(panel[unit].astype(str))
        hits = [p for p in ov["pairs"] if p[0] in present and p[1] in present]
        if not hits:  # a subset of the panel whose units do not overlap
            return False
        a, b, ccode, year, n = hits[0]
        where = f"state {ccode} is in {a} and {b} in {year}"
        count = sum(int(p[4]) for p in hits)
    else:
        where = f"state {ov['ccode']} is in {' and '.join(ov['units'])} in {ov['year']}"
        count = int(ov["n_state_years"])
    warnings.warn(f"the panel's units overlap: {where} ({count} state-years shared by two units), so they "
                  "are not independent clusters; use a partition such as rg.comparison_regions('m49')",
                  UserWarning, stacklevel=stacklevel)
    return True
