"""Case-oriented comparison: attribute tables and Mill's methods."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd


@dataclass
class AttributeTable:
    """Result of :func:`attribute_table`.

    Attributes
    ----------
    values : DataFrame
        Cases x attributes, numeric attributes dichotomized ("high"/"low").
    thresholds : dict
        Attribute -> threshold used (numeric attributes only).
    sharing : DataFrame
        One row per attribute and value: ``attribute``, ``value``, ``cases``
        (comma-separated), ``n_cases``, ``status`` ("unique", "shared" or
        "common").
    focal : DataFrame or None
        For the focal case: ``attribute``, ``value``, ``status``,
        ``shared_with`` (the other cases with the same value).

    Examples
    --------
    >>> import pandas as pd
    >>> import regionalism as rg
    >>> cs = pd.DataFrame({"region_id": ["a", "b", "c"], "x": [1.0, 2.0, 3.0],
    ...                    "y": ["p", "q", "p"]})
    >>> table = rg.cases.attribute_table(cs, focal="a")
    >>> table.thresholds, table.values.shape
    ({'x': 2.0}, (3, 2))
    """

    values: pd.DataFrame
    thresholds: dict[str, float]
    sharing: pd.DataFrame
    focal: pd.DataFrame | None

    def to_frame(self) -> pd.DataFrame:
        return self.sharing.copy()


def _cases_frame(cross_section: pd.DataFrame, case_col: str) -> pd.DataFrame:
    if case_col in cross_section.columns:
        df = cross_section.set_index(case_col)
    else:
        df = cross_section.copy()
    if df.index.has_duplicates:
        raise ValueError(f"case identifiers must be unique; duplicated: "
                         f"{sorted(set(df.index[df.index.duplicated()]))}")
    return df


def dichotomize(cross_section: pd.DataFrame, *, attributes: Sequence[str] | None = None,
                thresholds: Mapping[str, float] | None = None,
                case_col: str = "region_id") -> tuple[pd.DataFrame, dict[str, float]]:
    """Dichotomize numeric attributes ("high" if value >= threshold, else "low").

    Parameters
    ----------
    cross_section : DataFrame
        One row per case (identifiers in ``case_col`` or the index).
    attributes : sequence of str, optional
        Columns to use (default: all but ``case_col``).
    thresholds : dict, optional
        Attribute -> threshold; default the median of the attribute.
        Binary 0/1 attributes are kept as they are.
    case_col : str

    Returns
    -------
    (DataFrame, dict)
        The categorical table (cases as index; ``"high"``/``"low"`` for
        numeric attributes, ``"yes"``/``"no"`` for binary and boolean ones,
        other columns unchanged) and the thresholds used (numeric,
        non-binary attributes only).

    Raises
    ------
    KeyError
        If an attribute is not a column of ``cross_section``.
    ValueError
        If case identifiers are duplicated.

    Examples
    --------
    >>> import pandas as pd
    >>> from regionalism.cases import dichotomize
    >>> cs = pd.DataFrame({"region_id": list("abcd"), "polyarchy_mean": [0.2, 0.4, 0.45, 0.5],
    ...                    "conflict_count": [0, 2, 5, 4], "major_power_inside": [1, 0, 0, 0]})
    >>> values, used = dichotomize(cs, thresholds={"conflict_count": 3})
    >>> values["polyarchy_mean"].tolist(), values["conflict_count"].tolist()
    (['low', 'low', 'high', 'high'], ['low', 'low', 'high', 'high'])
    >>> values["major_power_inside"].tolist()
    ['yes', 'no', 'no', 'no']
    >>> {k: round(v, 3) for k, v in used.items()}  # the median for polyarchy_mean
    {'polyarchy_mean': 0.425, 'conflict_count': 3.0}
    """
    df = _cases_frame(cross_section, case_col)
    attributes = list(attributes) if attributes is not None else list(df.columns)
    missing = [a for a in attributes if a not in df.columns]
    if missing:
        raise KeyError(f"attributes {missing} not in the data; columns: {list(df.columns)}")
    thresholds = dict(thresholds or {})
    out = pd.DataFrame(index=df.index)
    used: dict[str, float] = {}
    for a in attributes:
        col = df[a]
        if pd.api.types.is_bool_dtype(col):
            out[a] = col.map({True: "yes", False: "no"})
        elif pd.api.types.is_numeric_dtype(col):
            vals = set(col.dropna().unique())
            if vals <= {0, 1} and a not in thresholds:
                out[a] = col.map({1: "yes", 0: "no"})
                continue
            th = float(thresholds.get(a, col.median()))
            used[a] = th
            out[a] = np.where(col.isna(), None, np.where(col >= th, "high", "low"))
        else:
            out[a] = col.astype(object)
    return out, used


def attribute_table(cross_section: pd.DataFrame, *, attributes: Sequence[str] | None = None,
                    thresholds: Mapping[str, float] | None = None, focal: str | None = None,
                    case_col: str = "region_id") -> AttributeTable:
    """Which attribute values are unique to one case, shared by some, common to all.

    Parameters
    ----------
    cross_section : DataFrame
        One row per case (e.g. region), identifiers in ``case_col`` or the index.
    attributes : sequence of str, optional
        Columns to compare (default: all).
    thresholds : dict, optional
        Thresholds for numeric attributes (default: the median, recorded in
        the result); a case is "high" when its value is >= the threshold.
    focal : str, optional
        A case to highlight (e.g. ``"central_asia"``).
    case_col : str

    Returns
    -------
    AttributeTable
        ``.values``, ``.thresholds``, ``.sharing`` (columns ``attribute``,
        ``value``, ``cases``, ``n_cases``, ``status``), ``.focal`` (columns
        ``attribute``, ``value``, ``status``, ``shared_with``).

    Examples
    --------
    >>> cs = pd.DataFrame({"region_id": ["a", "b", "c"], "x": [1.0, 2.0, 3.0],
    ...                    "type": ["p", "q", "q"]})
    >>> t = attribute_table(cs, focal="a")
    >>> t.focal.set_index("attribute")["status"].to_dict()
    {'x': 'unique', 'type': 'unique'}
    """
    values, used = dichotomize(cross_section, attributes=attributes, thresholds=thresholds,
                               case_col=case_col)
    n = len(values)
    rows = []
    for a in values.columns:
        for v, grp in values.groupby(a, sort=True, dropna=True).groups.items():
            members = [str(c) for c in values.index if c in set(grp)]
            k = len(members)
            status = "common" if k == n else ("unique" if k == 1 else "shared")
            rows.append({"attribute": a, "value": v, "cases": ",".join(members),
                         "n_cases": k, "status": status})
    sharing = pd.DataFrame(rows, columns=["attribute", "value", "cases", "n_cases", "status"])
    focal_frame = None
    if focal is not None:
        if focal not in values.index:
            raise KeyError(f"focal case {focal!r} not among the cases {list(values.index)}")
        frows = []
        for a in values.columns:
            v = values.loc[focal, a]
            others = [str(c) for c in values.index if c != focal and values.loc[c, a] == v]
            status = "common" if len(others) == n - 1 else ("unique" if not others else "shared")
            frows.append({"attribute": a, "value": v, "status": status,
                          "shared_with": ",".join(others)})
        focal_frame = pd.DataFrame(frows)
    return AttributeTable(values=values, thresholds=used, sharing=sharing, focal=focal_frame)


def _binary_outcome(df: pd.DataFrame, outcome: str) -> pd.Series:
    if outcome not in df.columns:
        raise KeyError(f"outcome {outcome!r} not in the data; columns: {list(df.columns)}")
    y = df[outcome]
    vals = set(y.dropna().unique())
    if not vals <= {0, 1, True, False}:
        raise ValueError(f"outcome {outcome!r} must be binary (0/1), got values {sorted(vals)}")
    return y.astype(int)


def _prepare_mill(cross_section: pd.DataFrame, outcome: str, attributes, thresholds,
                  case_col) -> tuple[pd.DataFrame, pd.Series, dict[str, float]]:
    df = _cases_frame(cross_section, case_col)
    y = _binary_outcome(df, outcome)
    attrs = [a for a in (attributes or df.columns) if a != outcome]
    values, used = dichotomize(df, attributes=attrs, thresholds=thresholds,
                               case_col="__none__")
    return values, y, used


def method_of_agreement(cross_section: pd.DataFrame, *, outcome: str,
                        attributes: Sequence[str] | None = None,
                        thresholds: Mapping[str, float] | None = None,
                        case_col: str = "region_id") -> pd.DataFrame:
    """Mill's method of agreement among the cases where the outcome is present.

    An attribute survives when all positive cases share the same value of it
    (a candidate necessary condition).

    Returns
    -------
    DataFrame
        One row per attribute: ``attribute``, ``value`` (shared value or
        None), ``survives`` (bool), ``cases`` (positive cases), ``dissenting``
        (positive cases with another value), ``explanation``.

    Examples
    --------
    >>> cs = pd.DataFrame({"region_id": list("abc"), "x": [1, 1, 0], "y": [1, 1, 0]})
    >>> method_of_agreement(cs, outcome="y")["survives"].tolist()
    [True]
    """
    values, y, _ = _prepare_mill(cross_section, outcome, attributes, thresholds, case_col)
    pos = values[y == 1]
    if pos.empty:
        raise ValueError(f"no case has {outcome} = 1; the method of agreement needs some")
    rows = []
    for a in values.columns:
        counts = pos[a].value_counts()
        top = counts.index[0]
        survives = len(counts) == 1
        dissent = [str(c) for c in pos.index if pos.loc[c, a] != top]
        expl = (f"all {len(pos)} cases with {outcome}=1 have {a}={top}" if survives else
                f"cases with {outcome}=1 differ on {a} ({', '.join(map(str, counts.index))})")
        rows.append({"attribute": a, "value": top if survives else None, "survives": survives,
                     "cases": ",".join(map(str, pos.index)),
                     "dissenting": ",".join(dissent), "explanation": expl})
    return pd.DataFrame(rows)


def method_of_difference(cross_section: pd.DataFrame, *, outcome: str,
                         attributes: Sequence[str] | None = None,
                         thresholds: Mapping[str, float] | None = None,
                         case_col: str = "region_id") -> pd.DataFrame:
    """Mill's method of difference on pairs of cases differing in the outcome.

    For every pair (positive case, negative case) the attributes on which
    the two differ are listed; a pair that differs on exactly one attribute
    is Mill's ideal comparison. An attribute survives for a pair when it is
    one of the differences.

    Parameters
    ----------
    cross_section : DataFrame
        One row per case, identifiers in ``case_col`` or the index.
    outcome : str
        Binary (0/1) outcome column.
    attributes : sequence of str, optional
        Columns to compare (default: all but ``outcome``).
    thresholds : dict, optional
        Thresholds for numeric attributes (default: the median); see
        :func:`dichotomize`.
    case_col : str

    Returns
    -------
    DataFrame
        One row per pair: ``positive``, ``negative``, ``n_differences``,
        ``differences`` (comma-separated attributes), ``decisive`` (True when
        exactly one attribute differs), ``explanation``; sorted by
        ``n_differences``.

    Raises
    ------
    ValueError
        If the outcome is not binary or lacks positive or negative cases.

    Examples
    --------
    >>> import pandas as pd
    >>> from regionalism.cases import method_of_difference
    >>> cs = pd.DataFrame({"region_id": list("abcd"), "democracy": [1, 1, 0, 0],
    ...                    "conflict": [0, 1, 0, 1], "secreg": [1, 1, 0, 0]})
    >>> pairs = method_of_difference(cs, outcome="secreg")
    >>> pairs[["positive", "negative", "differences", "decisive"]].head(2).values.tolist()
    [['a', 'c', 'democracy', True], ['b', 'd', 'democracy', True]]
    """
    values, y, _ = _prepare_mill(cross_section, outcome, attributes, thresholds, case_col)
    pos, neg = values[y == 1], values[y == 0]
    if pos.empty or neg.empty:
        raise ValueError(f"the method of difference needs cases with {outcome}=1 and =0")
    rows = []
    for p in pos.index:
        for q in neg.index:
            diff = [a for a in values.columns if values.loc[p, a] != values.loc[q, a]]
            expl = (f"{p} and {q} differ only on {diff[0]}: the candidate cause" if len(diff) == 1
                    else f"{p} and {q} differ on {len(diff)} attributes")
            rows.append({"positive": str(p), "negative": str(q), "n_differences": len(diff),
                         "differences": ",".join(diff), "decisive": len(diff) == 1,
                         "explanation": expl})
    return pd.DataFrame(rows).sort_values(["n_differences", "positive", "negative"],
                                          kind="stable").reset_index(drop=True)


def joint_method(cross_section: pd.DataFrame, *, outcome: str,
                 attributes: Sequence[str] | None = None,
                 thresholds: Mapping[str, float] | None = None,
                 case_col: str = "region_id") -> pd.DataFrame:
    """Mill's joint method of agreement and difference.

    An attribute value survives when every positive case has it (agreement)
    and no negative case has it (difference): present exactly when the
    outcome is present.

    Parameters
    ----------
    cross_section : DataFrame
        One row per case, identifiers in ``case_col`` or the index.
    outcome : str
        Binary (0/1) outcome column.
    attributes : sequence of str, optional
        Columns to compare (default: all but ``outcome``).
    thresholds : dict, optional
        Thresholds for numeric attributes (default: the median); see
        :func:`dichotomize`.
    case_col : str

    Returns
    -------
    DataFrame
        One row per attribute: ``attribute``, ``value``, ``agreement``
        (bool), ``difference`` (bool), ``survives``, ``positive_without``,
        ``negative_with`` (the cases that break each part), ``explanation``.

    Raises
    ------
    ValueError
        If the outcome is not binary or lacks positive or negative cases.

    Examples
    --------
    >>> import pandas as pd
    >>> from regionalism.cases import joint_method
    >>> cs = pd.DataFrame({"region_id": list("abcd"), "democracy": [1, 1, 0, 0],
    ...                    "conflict": [0, 1, 0, 1], "secreg": [1, 1, 0, 0]})
    >>> jm = joint_method(cs, outcome="secreg").set_index("attribute")
    >>> jm["survives"].to_dict()
    {'democracy': True, 'conflict': False}
    >>> jm.loc["conflict", "positive_without"], jm.loc["conflict", "negative_with"]
    ('b', 'c')
    """
    values, y, _ = _prepare_mill(cross_section, outcome, attributes, thresholds, case_col)
    pos, neg = values[y == 1], values[y == 0]
    if pos.empty or neg.empty:
        raise ValueError(f"the joint method needs cases with {outcome}=1 and =0")
    rows = []
    for a in values.columns:
        top = pos[a].value_counts().index[0]
        pos_without = [str(c) for c in pos.index if pos.loc[c, a] != top]
        neg_with = [str(c) for c in neg.index if neg.loc[c, a] == top]
        agree, differ = not pos_without, not neg_with
        if agree and differ:
            expl = f"{a}={top} in all cases with {outcome}=1 and in none with {outcome}=0"
        else:
            parts = []
            if pos_without:
                parts.append(f"positive cases without {a}={top}: {', '.join(pos_without)}")
            if neg_with:
                parts.append(f"negative cases with {a}={top}: {', '.join(neg_with)}")
            expl = "; ".join(parts)
        rows.append({"attribute": a, "value": top, "agreement": agree, "difference": differ,
                     "survives": agree and differ, "positive_without": ",".join(pos_without),
                     "negative_with": ",".join(neg_with), "explanation": expl})
    return pd.DataFrame(rows)
