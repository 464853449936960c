"""Compare the first coding of security design with the blind second coding.

Run from anywhere::

    /work/main/.venv/bin/python datasets/build/coded/reliability/compare.py

Reads ``sample.csv``, ``second_coding.csv`` and ``first_coding_at_comparison.csv``
(this folder); the last is the first coding of the sampled spells frozen as it
was at the comparison (``datasets/security_design/security_design.csv`` at
commit 1ab47cb), so that the reported agreement stays reproducible after the
adjudicated changes were applied to the first coding. Writes
``agreement.csv`` (one row per item: item, level, n_pairs,
percent_agreement, alpha) and ``disagreements.csv`` (every differing pair with
the resolution proposed in ``resolutions.py``).

Krippendorff's alpha is implemented from its definition (coincidence
matrix; Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability",
Annenberg School for Communication, Departmental Papers 43) and checked on the
worked examples of that paper in ``test_alpha.py``.
"""
from __future__ import annotations

from itertools import permutations
from pathlib import Path
from typing import Literal, Sequence

import sys

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
FIRST = HERE / "first_coding_at_comparison.csv"  # frozen copy, see module docstring
SECOND = HERE / "second_coding.csv"
SAMPLE = HERE / "sample.csv"

KEY = ["unit_type", "unit_id", "start"]
ITEMS: dict[str, Literal["nominal", "ordinal"]] = {
    "treaty_basis": "nominal",
    "standing_body": "nominal",
    "secretariat": "nominal",
    "mandate_defense": "nominal",
    "mandate_peacekeeping": "nominal",
    "mandate_counterterrorism": "nominal",
    "mandate_border": "nominal",
    "mandate_drugs_crime": "nominal",
    "mandate_arms_control": "nominal",
    "mandate_civil_protection": "nominal",
    "mutual_assistance": "nominal",
    "joint_forces": "ordinal",
    "decision_rule": "nominal",
    "intervention_right": "nominal",
    "dispute_settlement": "nominal",
    "operational_record": "ordinal",
}
DECISION_ORDER = ["unanimity", "consensus", "qualified_majority"]


def krippendorff_alpha(
    data: Sequence[Sequence[object]] | np.ndarray,
    *,
    level: Literal["nominal", "ordinal", "interval"] = "nominal",
) -> float:
    """Krippendorff's alpha from a coders x units reliability matrix.

    Parameters
    ----------
    data
        Rows are coders, columns are units; missing values are ``None`` or
        NaN. Values must be sortable for the ordinal and numeric for the
        interval level.
    level
        Metric: ``"nominal"``, ``"ordinal"`` or ``"interval"``.

    Returns
    -------
    float
        Alpha; NaN when fewer than two pairable values or when only one value
        occurs (expected disagreement zero).

    Notes
    -----
    Units with fewer than two values are not pairable and are dropped. Each
    unit with m_u values adds 1/(m_u - 1) to the coincidence matrix for every
    ordered pair of values from different coders. Then
    alpha = 1 - (n - 1) * sum(o_ck d_ck) / sum(n_c n_k d_ck).
    Ordinal: d_ck = (sum_{g=c..k} n_g - (n_c + n_k)/2)^2; interval: (c-k)^2.

    References
    ----------
    Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability.

    Examples
    --------
    >>> round(krippendorff_alpha([[0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
    ...                           [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]]), 3)
    0.095
    """
    if level not in ("nominal", "ordinal", "interval"):
        raise ValueError(f"level must be nominal, ordinal or interval, got {level!r}")
    units: list[list[object]] = []
    arr = list(map(list, data))
    if not arr:
        raise ValueError("data must have at least one coder row")
    n_units = len(arr[0])
    if any(len(row) != n_units for row in arr):
        raise ValueError("all coder rows must have the same number of units")
    for j in range(n_units):
        vals = [row[j] for row in arr if not _missing(row[j])]
        if len(vals) >= 2:
            units.append(vals)
    if not units:
        return float("nan")
    cats = sorted({v for u in units for v in u})
    idx = {c: i for i, c in enumerate(cats)}
    k = len(cats)
    o = np.zeros((k, k))
    for vals in units:
        m = len(vals)
        for a, b in permutations(range(m), 2):
            o[idx[vals[a]], idx[vals[b]]] += 1.0 / (m - 1)
    n_c = o.sum(axis=1)
    n = n_c.sum()
    if k < 2:
        return float("nan")
    d = np.zeros((k, k))
    for i in range(k):
        for j in range(k):
            if i == j:
                continue
            if level == "nominal":
                d[i, j] = 1.0
            elif level == "ordinal":
                lo, hi = min(i, j), max(i, j)
                d[i, j] = (n_c[lo : hi + 1].sum() - (n_c[i] + n_c[j]) / 2.0) ** 2
            else:
                d[i, j] = (float(cats[i]) - float(cats[j])) ** 2
    d_o = (o * d).sum()
    d_e = (np.outer(n_c, n_c) * d).sum()
    if d_e == 0:
        return float("nan")
    return float(1.0 - (n - 1.0) * d_o / d_e)


def _missing(v: object) -> bool:
    return v is None or (isinstance(v, float) and np.isnan(v)) or v == ""


def _norm(v: object, item: str) -> object:
    """Normalize a cell: NaN/'' -> None, numbers -> int, decision rule -> rank."""
    if _missing(v) or (isinstance(v, str) and v.strip() == ""):
        return None
    if item == "decision_rule":
        s = str(v).strip()
        if s not in DECISION_ORDER:
            raise ValueError(f"decision_rule {s!r} not one of {DECISION_ORDER}")
        return s
    return int(float(v))


def load_pairs() -> pd.DataFrame:
    """Join sample, first and second coding on unit_type, unit_id, start.

    Returns
    -------
    pandas.DataFrame
        Columns: unit_type, unit_id, start, item, first, second (None = NA).
    """
    sample = pd.read_csv(SAMPLE)[KEY]
    first = pd.read_csv(FIRST, dtype=str, keep_default_na=False)
    second = pd.read_csv(SECOND, dtype=str, keep_default_na=False)
    for df in (first, second):
        df["start"] = df["start"].astype(int)
    m = sample.merge(first[KEY + list(ITEMS)], on=KEY, how="left", validate="1:1", indicator=True)
    if (m["_merge"] != "both").any():
        raise ValueError(f"spells missing in first coding: {m.loc[m['_merge'] != 'both', KEY].values.tolist()}")
    m = m.drop(columns="_merge").merge(
        second[KEY + list(ITEMS)], on=KEY, how="left", suffixes=("_1", "_2"), validate="1:1"
    )
    rows = []
    for _, r in m.iterrows():
        for item in ITEMS:
            rows.append(
                {
                    "unit_type": r["unit_type"],
                    "unit_id": r["unit_id"],
                    "start": int(r["start"]),
                    "item": item,
                    "first": _norm(r[f"{item}_1"], item),
                    "second": _norm(r[f"{item}_2"], item),
                }
            )
    return pd.DataFrame(rows)


def agreement_table(pairs: pd.DataFrame) -> pd.DataFrame:
    """Per-item n pairs, percent agreement and Krippendorff's alpha.

    Returns
    -------
    pandas.DataFrame
        Columns: item, level, n_pairs, percent_agreement, alpha.
    """
    out = []
    for item, level in ITEMS.items():
        p = pairs[pairs["item"] == item]
        p = p[p["first"].notna() & p["second"].notna()]
        a, b = list(p["first"]), list(p["second"])
        if item == "decision_rule":
            a = [DECISION_ORDER.index(x) for x in a]
            b = [DECISION_ORDER.index(x) for x in b]
        pct = 100.0 * float(np.mean([x == y for x, y in zip(a, b)])) if a else float("nan")
        alpha = krippendorff_alpha([a, b], level=level) if a else float("nan")
        out.append(
            {"item": item, "level": level, "n_pairs": len(a),
             "percent_agreement": round(pct, 1), "alpha": round(alpha, 3)}
        )
    return pd.DataFrame(out)


def main() -> None:
    pairs = load_pairs()
    agreement_table(pairs).to_csv(HERE / "agreement.csv", index=False)
    dis = disagreement_table(pairs)
    dis.to_csv(HERE / "disagreements.csv", index=False)
    print(pd.read_csv(HERE / "agreement.csv").to_string(index=False))
    print(dis.groupby(["kind", "resolution"]).size().to_string())


def disagreement_table(pairs: pd.DataFrame) -> pd.DataFrame:
    """Every pair where the codings differ, with the proposed resolution.

    Returns
    -------
    pandas.DataFrame
        Columns: unit_type, unit_id, start, item, kind (``value``: both coded
        and different; ``one_side_missing``: one coder left it empty),
        first_value, second_value, resolution, proposed_value,
        resolution_note. Resolutions come from ``resolutions.py``.
    """
    from resolutions import R  # local module in this folder

    f = pairs["first"].map(lambda v: "" if v is None else str(v))
    s = pairs["second"].map(lambda v: "" if v is None else str(v))
    dis = pairs.assign(first_value=f, second_value=s)[f != s].copy()
    dis["kind"] = np.where((dis["first_value"] != "") & (dis["second_value"] != ""), "value", "one_side_missing")
    out = []
    for r in dis.itertuples(index=False):
        key = (r.unit_id, int(r.start), r.item)
        if r.kind == "value":
            if key not in R:
                raise KeyError(f"no resolution for value disagreement {key}; add it to resolutions.py")
            res, val, note = R[key]
        else:
            res, val = "not_assessed", ""
            note = "One coder left the item empty (pair excluded from alpha); the coded value stands unless contradicted."
        out.append({"unit_type": r.unit_type, "unit_id": r.unit_id, "start": int(r.start), "item": r.item,
                    "kind": r.kind, "first_value": r.first_value, "second_value": r.second_value,
                    "resolution": res, "proposed_value": val, "resolution_note": note})
    used = {(o["unit_id"], o["start"], o["item"]) for o in out}
    stale = set(R) - used
    if stale:
        raise KeyError(f"resolutions for pairs that no longer disagree: {sorted(stale)}")
    return pd.DataFrame(out)


if __name__ == "__main__":
    main()
