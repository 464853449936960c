"""Convergent validity of the depth index: its correlation with MIA delegation and pooling and Gray's security mandate.

The additive depth of security organizations (organization-years with a
design spell) is correlated (Pearson) with Hooghe and Marks's MIA delegation
and pooling, where an organization has a ``mia_id``, and with Gray's
(2018) security mandate ``desec5f`` in ``gray_reo``, where an
organization's acronym is one of Gray's ``reo`` names. The figures reported
in ``docs/guide/measures.md`` are checked against this function by
``tests/measures/test_depth_validity.py``.
"""
from __future__ import annotations

import pandas as pd

from regionalism.data.tables import Tables, resolve_tables
from regionalism.measures.institutions import institution_depth_years

__all__ = ["depth_validity"]


def depth_validity(*, missing: str = "zero", tables: Tables | None = None) -> pd.DataFrame:
    """Correlations of the additive depth index with MIA delegation, MIA pooling and Gray's ``desec5f``.

    Parameters
    ----------
    missing : {"zero", "skip"}, default "zero"
        The depth rule for uncoded items (see
        :func:`~regionalism.measures.institutions.depth_components`).
    tables : regionalism.data.Tables, optional
        The tables to read (default: shipped).

    Returns
    -------
    pandas.DataFrame
        Indexed by ``reference`` (``mia_delegation``, ``mia_pooling``,
        ``gray_desec5f``): ``r`` (Pearson), ``n_org_years``, ``n_organizations``.

    Examples
    --------
    >>> from regionalism.study.validity import depth_validity
    >>> v = depth_validity()
    >>> list(v.index)
    ['mia_delegation', 'mia_pooling', 'gray_desec5f']
    >>> bool((v["r"] > 0).all())
    True
    """
    t = resolve_tables(tables)
    design = t["security_design"]
    dep = institution_depth_years(design, (1946, 2025), missing=missing)
    dep = dep[dep["unit_type"] == "organization"].dropna(subset=["depth_additive"])
    orgs = t["organizations"]
    mia = t["mia"][["acronym", "year", "delegation", "pooling"]]
    link = orgs[["org_id", "mia_id"]].dropna().rename(columns={"org_id": "unit_id", "mia_id": "acronym"})
    a = dep.merge(link, on="unit_id").merge(mia, on=["acronym", "year"])
    gray = t["gray_reo"][["reo", "year", "desec5f"]]
    gl = orgs[["org_id", "acronym"]].dropna()
    gl = pd.DataFrame({"unit_id": gl["org_id"].astype(str), "reo": gl["acronym"].astype(str).str.upper()})
    b = dep.merge(gl, on="unit_id").merge(gray, on=["reo", "year"]).dropna(subset=["desec5f"])
    rows = []
    for name, frame, col in (("mia_delegation", a.dropna(subset=["delegation"]), "delegation"),
                             ("mia_pooling", a.dropna(subset=["pooling"]), "pooling"),
                             ("gray_desec5f", b, "desec5f")):
        rows.append({"reference": name, "r": float(frame["depth_additive"].corr(frame[col].astype(float))),
                     "n_org_years": int(len(frame)), "n_organizations": int(frame["unit_id"].nunique())})
    return pd.DataFrame(rows).set_index("reference")


