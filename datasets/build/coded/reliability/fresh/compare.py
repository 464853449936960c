"""Compare the shipped case tables with the fresh blind second coding (issue 15).

Run from the repository root (``--datasets`` defaults to the repository's ``datasets/``)::

    PYTHONPATH=src /work/main/.venv/bin/python datasets/build/coded/reliability/fresh/compare.py [--datasets DIR]

Reads ``sample.csv``, ``second_coding.csv`` and ``adjudication.csv`` (this folder) and the shipped tables
``organizations``, ``memberships``, ``agreements`` (+ ``agreement_parties``) and ``security_design`` under
``--datasets``; prints, per table and field, the decided share (second-coded values among all second-coding
rows), the disagreement share among decided values and, after adjudication, the wrong share (shipped value
contradicted by the source) among decided values; prints Krippendorff's alpha per design item where both
codings have a value. Writes ``comparison.csv`` (every decided value beside the shipped value it was compared
with) unless ``--no-write``.

Matching (robust to re-ordered rows and split spells; never row numbers)
--------------------------------------------------------------------------
* memberships: org_id + ccode. ``start``: some shipped spell of the pair starts in the year derived from the
  second coder's event date (``regionalism.data.dates.start_year``); ``end``: some spell ends in the derived
  year (``end_year``), or, for ``ongoing``, the pair's last spell has no end; ``status`` at year Y: a shipped
  spell covering Y (start <= Y <= end, empty end = to 2025) has that status.
* organizations: org_id; ``founded``/``dissolved`` years against the shipped year columns.
* agreements: agreement_id; ``signed``/``in_force`` years; parties on agreement_id + ccode: ``party yes/no``
  against presence in ``agreement_parties``, ``joined``/``left`` years against the party's spells.
* security_design: unit_type + unit_id and the sampled spell's year range: the shipped spell that covers the
  sampled start year (or else the first overlapping one) supplies the item values.
"""
from __future__ import annotations

import argparse
import importlib.util
import math
from pathlib import Path

import pandas as pd

from regionalism.data.dates import end_year, start_year

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[4]
DESIGN_ITEMS = {
    "treaty_basis": "nominal", "standing_body": "nominal", "secretariat": "nominal",
    "mandate_defense": "nominal", "mandate_peacekeeping": "nominal", "mandate_counterterrorism": "nominal",
    "mandate_border": "nominal", "mandate_drugs_crime": "nominal", "mandate_arms_control": "nominal",
    "mandate_civil_protection": "nominal", "mutual_assistance": "nominal", "joint_forces": "ordinal",
    "decision_rule": "nominal", "intervention_right": "nominal", "dispute_settlement": "nominal",
    "operational_record": "ordinal",
}
#: units whose shipped values were seen before sampling (see METHOD.md); reported with and without them
EXPOSED = {("security_design", "aadmer2005"), ("security_design", "accra_initiative"),
           ("memberships", "accra_initiative")}


def _load_alpha():
    """Krippendorff's alpha of the older study's ``compare.py`` (tested on Krippendorff 2011's examples)."""
    spec = importlib.util.spec_from_file_location("reliability_compare_old", HERE.parent / "compare.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.krippendorff_alpha


krippendorff_alpha = _load_alpha()


def _int(v: object) -> int | None:
    if v is None or (isinstance(v, float) and math.isnan(v)) or str(v).strip() == "":
        return None
    return int(float(v))


def load_shipped(datasets: Path) -> dict[str, pd.DataFrame]:
    """The five shipped tables as string frames (keys as in the CSVs)."""
    def rd(*p: str) -> pd.DataFrame:
        return pd.read_csv(datasets.joinpath(*p), dtype=str, keep_default_na=False)
    return {
        "organizations": rd("organizations", "organizations.csv"),
        "memberships": rd("memberships", "memberships.csv"),
        "agreements": rd("agreements", "agreements.csv"),
        "agreement_parties": rd("agreements", "agreement_parties.csv"),
        "security_design": rd("security_design", "security_design.csv"),
    }


def _covers(spell: pd.Series, year: int) -> bool:
    s, e = _int(spell["start"]), _int(spell["end"])
    return s is not None and s <= year and (e is None or year <= e)


def _spells_text(sp: pd.DataFrame, *, status: bool = True) -> str:
    out = []
    for _, r in sp.iterrows():
        s = r.get("start", r.get("joined", ""))
        e = r.get("end", r.get("left", ""))
        out.append(f"{s}-{e or ''}" + (f" {r['status']}" if status and "status" in r else ""))
    return "; ".join(out) if out else "(no row)"


def compare_membership(row: pd.Series, mem: pd.DataFrame) -> tuple[str, bool]:
    """Shipped text and agreement for one second-coded membership value."""
    sp = mem[(mem["org_id"] == row["unit_id"]) & (mem["ccode"] == row["ccode"])].copy()
    shipped = _spells_text(sp)
    f, v = row["field"], row["value"]
    if f == "start":
        return shipped, any(_int(x) == start_year(v) for x in sp["start"])
    if f == "end":
        if v == "ongoing":
            if sp.empty:
                return shipped, False
            last = sp.assign(_s=sp["start"].astype(int)).sort_values("_s").iloc[-1]
            return shipped, _int(last["end"]) is None
        return shipped, any(_int(x) == end_year(v) for x in sp["end"])
    if f == "status":
        y = int(row["at_year"])
        return shipped, any(_covers(r, y) and r["status"] == v for _, r in sp.iterrows())
    raise ValueError(f"unknown membership field {f!r}")


def compare_org(row: pd.Series, orgs: pd.DataFrame) -> tuple[str, bool]:
    o = orgs[orgs["org_id"] == row["unit_id"]]
    col = {"founded": "founded", "dissolved": "dissolved"}[row["field"]]
    shipped = o[col].iloc[0] if len(o) else "(no row)"
    if col == "founded" and shipped == "":
        return shipped, None  # founding year NA (an empty dissolved means still existing: comparable)
    if col == "dissolved" and row["value"] == "ongoing":  # still existing: agrees with an empty dissolved
        return shipped, len(o) == 1 and shipped == ""
    conv = start_year if col == "founded" else end_year
    return shipped, len(o) == 1 and _int(shipped) == conv(row["value"])


def compare_agreement(row: pd.Series, agr: pd.DataFrame) -> tuple[str, bool]:
    a = agr[agr["agreement_id"] == row["unit_id"]]
    shipped = a[row["field"]].iloc[0] if len(a) else "(no row)"
    if shipped == "":
        return shipped, None
    return shipped, len(a) == 1 and _int(shipped) == start_year(row["value"])


def compare_party(row: pd.Series, par: pd.DataFrame) -> tuple[str, bool]:
    sp = par[(par["agreement_id"] == row["unit_id"]) & (par["ccode"] == row["ccode"])]
    shipped = _spells_text(sp, status=False)
    f, v = row["field"], row["value"]
    if f == "party":
        return shipped, (len(sp) > 0) == (v == "yes")
    if f == "joined":
        if len(sp) and all(_int(x) is None for x in sp["joined"]):
            return shipped, None  # shipped joined year is NA
        return shipped, any(_int(x) == start_year(v) for x in sp["joined"])
    if f == "left":
        if v == "ongoing":
            return shipped, len(sp) > 0 and _int(sp.iloc[-1]["left"]) is None
        return shipped, any(_int(x) == end_year(v) for x in sp["left"])
    raise ValueError(f"unknown party field {f!r}")


def design_spell(des: pd.DataFrame, unit_type: str, unit_id: str, start: int, end: int | None) -> pd.Series | None:
    """The shipped design spell for a sampled spell: covering its start year, else the first overlapping."""
    d = des[(des["unit_type"] == unit_type) & (des["unit_id"] == unit_id)]
    cover = [r for _, r in d.iterrows() if _covers(r, start)]
    if cover:
        return cover[0]
    hi = 9999 if end is None else end
    over = [r for _, r in d.iterrows() if _int(r["start"]) <= hi and (_int(r["end"]) is None or _int(r["end"]) >= start)]
    return over[0] if over else None


def compare_all(second: pd.DataFrame, sample: pd.DataFrame, shipped: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """One row per second-coding row: coded, decided, shipped value, agree.

    ``coded``: the second coder gives a value; ``decided``: coded and the shipped table holds a value to compare
    with (``agree`` True/False); ``shipped_na``: coded but the shipped value is NA (``agree`` None).
    """
    ends = {(r["unit_id"], r["start"]): _int(r["end"]) for _, r in sample[sample["table"] == "security_design"].iterrows()}
    rows = []
    for _, r in second.iterrows():
        decided = r["value"] != ""
        shipped_v, agree = "", None
        if decided:
            t = r["table"]
            if t == "memberships":
                shipped_v, agree = compare_membership(r, shipped["memberships"])
            elif t == "organizations":
                shipped_v, agree = compare_org(r, shipped["organizations"])
            elif t == "agreements":
                shipped_v, agree = compare_agreement(r, shipped["agreements"])
            elif t == "agreement_parties":
                shipped_v, agree = compare_party(r, shipped["agreement_parties"])
            elif t == "security_design":
                s = int(r["spell_start"])
                sp = design_spell(shipped["security_design"], r["unit_type"], r["unit_id"], s, ends.get((r["unit_id"], r["spell_start"])))
                shipped_v = "(no spell)" if sp is None else sp[r["field"]]
                if shipped_v == "":
                    agree = None  # shipped item NA
                else:
                    agree = sp is not None and str(_int(shipped_v) if r["field"] != "decision_rule" else shipped_v) == r["value"]
            else:
                raise ValueError(f"unknown table {t!r}")
        rows.append({**r.to_dict(), "coded": decided, "decided": decided and agree is not None,
                     "shipped_na": decided and agree is None, "shipped": shipped_v, "agree": agree})
    return pd.DataFrame(rows)


def apply_adjudication(comp: pd.DataFrame, adj: pd.DataFrame | None) -> pd.DataFrame:
    """Attach the verdict for each disagreement (``shipped_wrong``, ``second_wrong``, ``both_defensible``,
    ``source_conflict``); a disagreement without a verdict is ``unadjudicated``."""
    comp = comp.copy()
    comp["verdict"] = ""
    dis = comp["agree"] == False  # noqa: E712  (None = undecided)
    comp.loc[dis, "verdict"] = "unadjudicated"
    if adj is not None and len(adj):
        key = ["table", "unit_id", "ccode", "spell_start", "field", "value"]
        m = dict(zip(map(tuple, adj[key].astype(str).values), adj["verdict"]))
        for i in comp.index[dis]:
            k = tuple(str(comp.at[i, c]) for c in key)
            if k in m:
                comp.at[i, "verdict"] = m[k]
    return comp


def summary(comp: pd.DataFrame, by: list[str]) -> pd.DataFrame:
    """Per group: n rows, coded, shipped NA, decided (and %), disagree, wrong (% of decided)."""
    def agg(d: pd.DataFrame) -> pd.Series:
        n, dec = len(d), int(d["decided"].sum())
        dis = int((d["agree"] == False).sum())  # noqa: E712
        wrong = int((d["verdict"] == "shipped_wrong").sum())

        def pct(k: int) -> float:
            return round(100 * k / dec, 1) if dec else float("nan")
        return pd.Series({"n": n, "coded": int(d["coded"].sum()), "shipped_na": int(d["shipped_na"].sum()), "decided": dec, "decided_pct": round(100 * dec / n, 1) if n else float("nan"),
                          "disagree": dis, "disagree_pct": pct(dis), "wrong": wrong, "wrong_pct": pct(wrong)})
    return comp.groupby(by, sort=True)[list(comp.columns)].apply(agg).reset_index()


def design_alpha(comp: pd.DataFrame) -> pd.DataFrame:
    """Krippendorff's alpha per design item over spells where both codings have a value."""
    out = []
    d = comp[(comp["table"] == "security_design") & comp["decided"]]
    for item, level in DESIGN_ITEMS.items():
        x = d[(d["field"] == item) & (d["shipped"] != "(no spell)")]
        first = [v if item == "decision_rule" else _int(v) for v in x["shipped"]]
        second = [v if item == "decision_rule" else _int(v) for v in x["value"]]
        a = krippendorff_alpha([first, second], level=level) if len(x) >= 2 else float("nan")
        out.append({"item": item, "level": level, "pairs": len(x),
                    "agree": int(sum(f == s for f, s in zip(first, second))), "alpha": round(a, 3)})
    return pd.DataFrame(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--datasets", type=Path, default=ROOT / "datasets")
    ap.add_argument("--no-write", action="store_true", help="do not write comparison.csv")
    ap.add_argument("--dir", type=Path, default=HERE,
                    help="folder with sample.csv, second_coding.csv and adjudication.csv (default: this one)")
    args = ap.parse_args()
    here = args.dir
    sample = pd.read_csv(here / "sample.csv", dtype=str, keep_default_na=False)
    second = pd.read_csv(here / "second_coding.csv", dtype=str, keep_default_na=False)
    adj_path = here / "adjudication.csv"
    adj = pd.read_csv(adj_path, dtype=str, keep_default_na=False) if adj_path.exists() else None
    comp = apply_adjudication(compare_all(second, sample, load_shipped(args.datasets)), adj)
    exposed = comp.apply(lambda r: (r["table"] if r["table"] != "agreement_parties" else "agreements", r["unit_id"]) in EXPOSED, axis=1)
    pd.set_option("display.width", 200)
    print(f"n second-coding rows = {len(comp)} over {len(sample)} sampled units")
    print("\nPer table:\n" + summary(comp, ["table"]).to_string(index=False))
    strata = {(r["table"], r["unit_id"], r["ccode"] if r["table"] == "memberships" else "", r["start"]): r["stratum"]
              for _, r in sample.iterrows()}
    comp["stratum"] = [strata.get((("agreements" if t == "agreement_parties" else t), u,
                                   c if t == "memberships" else "", s if t == "security_design" else ""), "")
                       for t, u, c, s in zip(comp["table"], comp["unit_id"], comp["ccode"], comp["spell_start"])]
    print("\nPer stratum:\n" + summary(comp, ["stratum"]).to_string(index=False))
    print("\nPer table and field:\n" + summary(comp, ["table", "field"]).to_string(index=False))
    tot = summary(comp.assign(all="all"), ["all"])
    print("\nOverall:\n" + tot.to_string(index=False))
    print("\nOverall without the units seen before sampling:\n"
          + summary(comp[~exposed].assign(all="all"), ["all"]).to_string(index=False))
    print("\nKrippendorff's alpha per design item (both coded):\n" + design_alpha(comp).to_string(index=False))
    un = comp[comp["verdict"] == "unadjudicated"]
    if len(un):
        print(f"\n{len(un)} disagreements without a verdict in adjudication.csv:")
        print(un[["table", "unit_id", "ccode", "spell_start", "field", "at_year", "value", "shipped"]].to_string(index=False))
    if not args.no_write:
        comp.to_csv(here / "comparison.csv", index=False)


if __name__ == "__main__":
    main()
