"""Cross-check the project's coded memberships against COW IGO v3.

For every organization that carries a ``cow_igo_id``, full-member state-years
in the project's ``memberships`` are compared with COW IGO v3's full members,
1946-2014 (COW's coverage), over the years the organization exists in both.
"""
from __future__ import annotations

import pandas as pd

from regionalism._shared.spells import year_runs
from regionalism.data.catalog import shipped_table

__all__ = ["crosscheck_memberships"]

LAST_COW_YEAR = 2014


def _expand(spells: pd.DataFrame, start: str, end: str, last: int) -> pd.DataFrame:
    s = spells.copy()
    s["_s"] = s[start].astype("Int64").clip(lower=1946)
    s["_e"] = s[end].astype("Int64").fillna(last).clip(upper=last)
    s = s[s["_e"] >= s["_s"]]
    reps = (s["_e"] - s["_s"] + 1).astype(int).to_numpy()
    out = s.loc[s.index.repeat(reps)].copy()
    out["year"] = (out.groupby(level=0).cumcount() + out["_s"]).astype(int)
    return out.drop(columns=["_s", "_e"]).reset_index(drop=True)


def _spans(years: list[int]) -> str:
    return ", ".join(f"{a}" if a == b else f"{a}-{b}" for a, b in year_runs(years))


def crosscheck_memberships(*, last_year: int = LAST_COW_YEAR) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Compare full-member state-years with COW IGO v3.

    Parameters
    ----------
    last_year : int, default 2014
        Last year compared (COW IGO v3 ends in 2014).

    Returns
    -------
    summary : pandas.DataFrame
        One row per organization: ``org_id``, ``cow_igo_id``, ``ioname``,
        ``years`` (compared range), ``state_years`` (in either source),
        ``agree`` (in both), ``only_project``, ``only_cow``, ``agreement``
        (agree / state_years). The last row, ``org_id == "ALL"``, pools them.
    disagreements : pandas.DataFrame
        One row per organization and state with a disagreement:
        ``org_id``, ``ccode``, ``only_project`` and ``only_cow`` (year spans)
        and ``note`` (the project's coding note for that state, which records
        the resolution).

    Examples
    --------
    >>> import regionalism as rg
    >>> summary, disagreements = rg.crosscheck_memberships()
    >>> bool(summary["agreement"].between(0, 1).all())
    True
    """
    orgs = shipped_table("organizations")
    mems = shipped_table("memberships")
    cow = shipped_table("igo_memberships")
    igo = shipped_table("igo_list").set_index("ionum")
    linked = orgs.dropna(subset=["cow_igo_id"])
    rows, dis = [], []
    for _, org in linked.iterrows():
        ion = int(org["cow_igo_id"])
        ours = mems[(mems["org_id"] == org["org_id"]) & (mems["status"] == "full")]
        theirs = cow[(cow["ionum"] == ion) & (cow["status"] == "full")]
        first = max(1946, int(org["founded"]) if pd.notna(org["founded"]) else 1946,
                    int(igo.loc[ion, "sdate"]) if ion in igo.index else 1946)
        last = min(last_year, int(org["dissolved"]) if pd.notna(org["dissolved"]) else last_year)
        if last < first:
            continue
        a = _expand(ours, "start", "end", last)
        b = _expand(theirs, "start", "end", last)
        a = set(zip(a["ccode"].astype(int), a["year"])) if len(a) else set()
        b = set(zip(b["ccode"].astype(int), b["year"])) if len(b) else set()
        a = {k for k in a if first <= k[1] <= last}
        b = {k for k in b if first <= k[1] <= last}
        union = a | b
        rows.append({"org_id": org["org_id"], "cow_igo_id": ion,
                     "ioname": igo.loc[ion, "ioname"] if ion in igo.index else pd.NA,
                     "years": f"{first}-{last}", "state_years": len(union), "agree": len(a & b),
                     "only_project": len(a - b), "only_cow": len(b - a),
                     "agreement": len(a & b) / len(union) if union else float("nan")})
        for c in sorted({k[0] for k in union ^ (a & b)}):
            only_a = [y for (cc, y) in a - b if cc == c]
            only_b = [y for (cc, y) in b - a if cc == c]
            notes = mems[(mems["org_id"] == org["org_id"]) & (mems["ccode"] == c)]["note"].dropna().unique()
            dis.append({"org_id": org["org_id"], "ccode": c, "only_project": _spans(only_a),
                        "only_cow": _spans(only_b), "note": " | ".join(notes) if len(notes) else pd.NA})
    summary = pd.DataFrame(rows)
    if len(summary):
        tot = summary[["state_years", "agree", "only_project", "only_cow"]].sum()
        pooled = pd.DataFrame([{"org_id": "ALL", "cow_igo_id": pd.NA, "ioname": pd.NA, "years": "",
                                **tot.to_dict(), "agreement": tot["agree"] / tot["state_years"]}])
        summary["cow_igo_id"] = summary["cow_igo_id"].astype("Int64")
        pooled["cow_igo_id"] = pooled["cow_igo_id"].astype("Int64")
        summary = pd.concat([summary, pooled], ignore_index=True)
    return summary, pd.DataFrame(dis, columns=["org_id", "ccode", "only_project", "only_cow", "note"])
