"""Draw the fresh, blind reliability sample of the verified case tables (issue 15).

Run from the repository root::

    /work/main/.venv/bin/python datasets/build/coded/reliability/fresh/sample.py [--datasets DIR]

Seeded with 20261205. Draws from the shipped tables a stratified sample of
60 membership histories (an organization-state pair: all its spells), 20 organizations, 15 agreements (with their party lists)
and 15 security-design spells (all items), half from the Central Asia /
post-Soviet stratum and half from elsewhere, and writes ``sample.csv`` with only
what identifies each unit (organization name, state name and ccode, agreement
title, design-spell unit and years), never a coded value.

Strata
------
* ``eurasia``: organizations whose ``home_region`` is ``central_asia`` or
  ``post_soviet`` and their sub-bodies (``parent_org`` in that set); agreements
  at least half of whose coded parties are post-Soviet states (COW 359, 365-373,
  701-705), or, without coded parties, whose title names Central Asia or the CIS.
* ``other``: everything else.

Each unit gets a random ``order`` (1..n within its table, strata alternating) so
that a second coding stopped early still codes a random, balanced sub-sample
when units are coded in that order.
"""
from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import pandas as pd

SEED = 20261205
HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[4]
EURASIA_REGIONS = {"central_asia", "post_soviet"}
POST_SOVIET = {359, 365, 366, 367, 368, 369, 370, 371, 372, 373, 701, 702, 703, 704, 705}
SIZES = {"membership": 60, "organization": 20, "agreement": 15, "design": 15}


def eurasia_orgs(orgs: pd.DataFrame) -> set[str]:
    """Org ids of the Central Asia / post-Soviet stratum (home region or parent in it)."""
    core = set(orgs.loc[orgs["home_region"].isin(EURASIA_REGIONS), "org_id"])
    return core | set(orgs.loc[orgs["parent_org"].isin(core), "org_id"])


def eurasia_agreements(agr: pd.DataFrame, parties: pd.DataFrame) -> set[str]:
    """Agreement ids of the Central Asia / post-Soviet stratum."""
    share = parties.groupby("agreement_id")["ccode"].apply(lambda s: s.isin(POST_SOVIET).mean())
    out = set(share[share >= 0.5].index)
    no_parties = agr.loc[~agr["agreement_id"].isin(share.index)]
    named = no_parties["title"].str.contains("Central Asia|CIS|Commonwealth of Independent", regex=True)
    return out | set(no_parties.loc[named, "agreement_id"])


def _draw(df: pd.DataFrame, in_eurasia: pd.Series, n: int, rng: np.random.Generator) -> pd.DataFrame:
    half = n // 2
    parts = []
    for flag, k in ((True, half), (False, n - half)):
        pool = df.loc[in_eurasia == flag]
        idx = rng.choice(len(pool), size=min(k, len(pool)), replace=False)
        part = pool.iloc[np.sort(idx)].copy()
        part["stratum"] = "eurasia" if flag else "other"
        part["_r"] = rng.permutation(len(part))
        parts.append(part)
    out = pd.concat(parts)
    # alternate the strata in the coding order
    out = out.sort_values(["_r", "stratum"]).reset_index(drop=True)
    out["order"] = np.arange(1, len(out) + 1)
    return out.drop(columns="_r")


def _without(df: pd.DataFrame, keys: list[str], exclude: pd.DataFrame | None, table: str) -> pd.DataFrame:
    """``df`` without the units an earlier sample (``exclude``, a ``sample.csv``) drew from ``table``."""
    if exclude is None:
        return df
    id_col = {"memberships": "org_id", "organizations": "org_id", "agreements": "agreement_id"}.get(table, "unit_id")
    old = exclude[exclude["table"] == table].rename(columns={"unit_id": id_col})
    if old.empty:
        return df
    old = old[keys].astype(str).drop_duplicates()
    mine = df[keys].astype(str)
    hit = mine.merge(old, on=keys, how="left", indicator=True)["_merge"].eq("both").to_numpy()
    return df.loc[~hit].reset_index(drop=True)


def draw_sample(datasets: Path, *, seed: int = SEED, exclude: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return the identifying columns of the stratified sample (no coded values).

    ``exclude``: an earlier ``sample.csv`` whose units are not drawn again (a fresh sample after corrections).
    """
    rng = np.random.default_rng(seed)
    orgs = pd.read_csv(datasets / "organizations" / "organizations.csv")
    mem = pd.read_csv(datasets / "memberships" / "memberships.csv")
    agr = pd.read_csv(datasets / "agreements" / "agreements.csv")
    par = pd.read_csv(datasets / "agreements" / "agreement_parties.csv")
    des = pd.read_csv(datasets / "security_design" / "security_design.csv")
    states = pd.read_csv(datasets / "states" / "states.csv") if (datasets / "states" / "states.csv").exists() else None
    eur_o = eurasia_orgs(orgs)
    eur_a = eurasia_agreements(agr, par)
    oname = orgs.set_index("org_id")["name"]
    rows: list[dict[str, object]] = []

    pairs = _without(mem[["org_id", "ccode"]].drop_duplicates().reset_index(drop=True), ["org_id", "ccode"],
                     exclude, "memberships")
    orgs_pool = _without(orgs, ["org_id"], exclude, "organizations")
    agr_pool = _without(agr, ["agreement_id"], exclude, "agreements")
    des = _without(des, ["unit_type", "unit_id", "start"], exclude, "security_design")
    m = _draw(pairs, pairs["org_id"].isin(eur_o), SIZES["membership"], rng)
    for _, r in m.iterrows():
        rows.append({"table": "memberships", "order": r.order, "stratum": r.stratum, "unit_id": r.org_id,
                     "unit_name": oname.get(r.org_id, ""), "ccode": int(r.ccode)})
    o = _draw(orgs_pool, orgs_pool["org_id"].isin(eur_o), SIZES["organization"], rng)
    for _, r in o.iterrows():
        rows.append({"table": "organizations", "order": r.order, "stratum": r.stratum, "unit_id": r.org_id,
                     "unit_name": r["name"]})
    a = _draw(agr_pool, agr_pool["agreement_id"].isin(eur_a), SIZES["agreement"], rng)
    for _, r in a.iterrows():
        rows.append({"table": "agreements", "order": r.order, "stratum": r.stratum, "unit_id": r.agreement_id,
                     "unit_name": r.title})
    des_eur = np.where(des["unit_type"] == "organization", des["unit_id"].isin(eur_o), des["unit_id"].isin(eur_a))
    d = _draw(des, pd.Series(des_eur, index=des.index), SIZES["design"], rng)
    aname = agr.set_index("agreement_id")["title"]
    for _, r in d.iterrows():
        name = oname.get(r.unit_id, "") if r.unit_type == "organization" else aname.get(r.unit_id, "")
        rows.append({"table": "security_design", "order": r.order, "stratum": r.stratum, "unit_type": r.unit_type,
                     "unit_id": r.unit_id, "unit_name": name, "start": int(r.start),
                     "end": pd.NA if pd.isna(r.end) else int(r.end)})
    out = pd.DataFrame(rows)
    if states is not None:
        sname = states.drop_duplicates("ccode").set_index("ccode")["country"]
        out["state_name"] = out["ccode"].map(sname)
    cols = ["table", "order", "stratum", "unit_type", "unit_id", "unit_name", "ccode", "state_name", "start", "end"]
    for c in cols:
        if c not in out:
            out[c] = pd.NA
    out["ccode"] = out["ccode"].astype("Int64")
    out["start"] = out["start"].astype("Int64")
    out["end"] = out["end"].astype("Int64")
    return out[cols]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--datasets", type=Path, default=ROOT / "datasets")
    ap.add_argument("--out", type=Path, default=HERE / "sample.csv")
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--exclude", type=Path, default=None, help="an earlier sample.csv whose units are not drawn")
    args = ap.parse_args()
    exclude = pd.read_csv(args.exclude, dtype=str, keep_default_na=False) if args.exclude else None
    draw_sample(args.datasets, seed=args.seed, exclude=exclude).to_csv(args.out, index=False)


if __name__ == "__main__":
    main()
