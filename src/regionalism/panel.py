"""Panels: region-year and organization-year data, and case-level cross-sections.

Each panel records its unit of analysis and keys in ``DataFrame.attrs``
(``unit``, ``keys``), and has a codebook (``rg.describe("region_year")``).
"""
from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Iterable, Literal

import pandas as pd

from regionalism.data.catalog import shared as load
from regionalism.measures.aggregates import LEADER_THRESHOLD, power_measures, regime_measures
from regionalism.measures.demand import demand_measures
from regionalism.measures.external import external_measures
from regionalism.measures.institutions import institution_depth_years, institution_member_years, institutions
from regionalism.measures.outcome import outcome_measures, qualifying_institutions
from regionalism.regions import FIRST_YEAR, LAST_YEAR, Region, _expand_spells, region

__all__ = ["region_year", "organization_year", "cross_section", "security_institutions", "panel_schema"]


def _regions(regions: str | Iterable[str | Region]) -> list[Region]:
    if isinstance(regions, str):
        if regions == "all":
            regs = load("regions").set_index("region_id")
            rm = load("region_members")
            spells = {rid: g[["ccode", "start", "end"]].reset_index(drop=True)
                      for rid, g in rm.groupby(rm["region_id"].astype(str), sort=True)}
            empty = rm.iloc[0:0][["ccode", "start", "end"]]
            return [Region(str(r), str(regs.loc[r, "name"]), str(regs.loc[r, "description"]), spells.get(str(r), empty))
                    for r in sorted(regs.index.astype(str))]
        return [region(regions)]
    return [r if isinstance(r, Region) else region(str(r)) for r in regions]


def _member_years(regs: list[Region], years: tuple[int, int]) -> pd.DataFrame:
    ids = [r.region_id for r in regs]
    if len(set(ids)) != len(ids):
        raise ValueError(f"region ids must be unique, got {ids}")
    spells = pd.concat([r.members.assign(group=r.region_id) for r in regs], ignore_index=True)
    out = _expand_spells(spells, years, keep=["group"])
    st = load("states")[["ccode", "year"]].astype(int)
    out = out.merge(st, on=["ccode", "year"], how="inner")
    return out[["group", "ccode", "year"]].sort_values(["group", "ccode", "year"]).reset_index(drop=True)


def _check_years(years: tuple[int, int]) -> tuple[int, int]:
    lo, hi = int(years[0]), int(years[1])
    if not (FIRST_YEAR <= lo <= hi <= LAST_YEAR):
        raise ValueError(f"years must lie within {FIRST_YEAR}-{LAST_YEAR} with start <= end; got {years}")
    return lo, hi


def region_year(regions: str | Iterable[str | Region] = "all", years: tuple[int, int] = (FIRST_YEAR, LAST_YEAR), *,
                leader_threshold: float = LEADER_THRESHOLD, extra: str | Path | None = None) -> pd.DataFrame:
    """The region-year panel: outcome and explanatory measures for each region and year.

    Parameters
    ----------
    regions : "all", a region id, or a list of ids and/or :class:`Region` objects
        Built-in regions by id; user-defined ones from ``rg.Region.from_members``.
    years : (int, int), default (1946, 2025)
        First and last year.
    leader_threshold : float, default 0.2
        Capability share that makes a state a plausible leader (``n_leaders_*``).
    extra : str or pathlib.Path, optional
        A user dataset folder (``regionalism new-region``): its regions,
        organizations, memberships, agreements and security design are
        validated and join the shipped ones (see ``docs/guide/adding-a-region.md``).

    Returns
    -------
    pandas.DataFrame
        One row per region-year in which the region has at least one member
        state; ``attrs["unit"] == "region-year"``, ``attrs["keys"] ==
        ["region_id", "year"]``. Columns are documented in
        ``rg.describe("region_year")``: the outcome (``secreg_*``,
        ``outside_*``), regime (``polyarchy_*``, ``autocracy_share``, ...),
        leadership (``leader_*``, ``hhi_*``, ``n_leaders_*``), external
        dependence (``external_*``, ``major_power_inside``), functional
        demand (``conflict_*``, ``n_states``) and coverage shares.

    Examples
    --------
    >>> import regionalism as rg
    >>> panel = rg.region_year(["central_asia"], years=(2008, 2010))
    >>> panel.attrs["keys"]
    ['region_id', 'year']
    >>> panel.set_index("year")["secreg_strongest"].tolist()  # CANWFZ in force from 2009
    ['ca_emergency_1998', 'canwfz', 'canwfz']
    """
    if extra is not None:
        from regionalism.data.overlay import overlay_tables

        with overlay_tables(extra):
            return region_year(regions, years, leader_threshold=leader_threshold)
    years = _check_years(years)
    regs = _regions(regions)
    members = _member_years(regs, years)
    return _assemble(members, years, leader_threshold, key="region_id", unit="region-year")


def _assemble(members: pd.DataFrame, years: tuple[int, int], threshold: float, *, key: str, unit: str,
              inst: pd.DataFrame | None = None) -> pd.DataFrame:
    inst_members = institution_member_years(years) if inst is None else inst
    depth = institution_depth_years(years)
    # integer keys for the joins (string keys dominate the cost); mapped back below
    gcat = pd.Categorical(members["group"])
    members = members.assign(group=gcat.codes.astype("int64"))
    both = pd.unique(pd.concat([inst_members["unit_type"] + ":" + inst_members["unit_id"],
                               depth["unit_type"] + ":" + depth["unit_id"]]))
    # ordered by unit_id so that integer ties break as the ids would
    uids = pd.Index(sorted(both, key=lambda u: (u.split(":", 1)[1], u.split(":", 1)[0])))
    def _coded(frame: pd.DataFrame) -> pd.DataFrame:
        code = uids.get_indexer(frame["unit_type"] + ":" + frame["unit_id"])
        return frame.assign(unit_type=0, unit_id=code.astype("int64"))
    inst_c, depth_c = _coded(inst_members), _coded(depth)
    qual = qualifying_institutions(members, inst_c, depth_c, years, details=False)
    parts = [outcome_measures(members, qual), regime_measures(members), power_measures(members, threshold=threshold),
             external_measures(members, inst_c, years), demand_measures(members)]
    panel = parts[0]
    for p in parts[1:]:
        panel = panel.join(p, how="left")
    panel = panel.reset_index()
    panel["group"] = pd.Series(gcat.categories[panel["group"].to_numpy()], dtype="str")
    unit_names = pd.Series([u.split(":", 1)[1] for u in uids], dtype="string")
    for col in ("secreg_strongest", "outside_strongest"):
        if col in panel:
            code = pd.to_numeric(panel[col], errors="coerce")
            panel[col] = pd.Series(unit_names.reindex(code.fillna(-1).astype(int)).to_numpy(), dtype="string")
            panel.loc[code.isna().to_numpy(), col] = pd.NA
    panel = panel.rename(columns={"group": key})
    panel["n_leaders"] = panel["n_leaders_cinc"]
    panel["n_states"] = panel["n_states"].astype("Int64")
    panel = panel.sort_values([key, "year"], kind="mergesort").reset_index(drop=True)
    order = [c for c in _schema_names("region_year") if c in panel.columns and c != "region_id"]
    panel = panel[[key] + [c for c in order if c != key] + [c for c in panel.columns if c not in order and c != key]]
    panel.attrs.update({"unit": unit, "keys": [key, "year"], "years": list(years),
                        "leader_threshold": threshold, "name": unit.replace("-", "_")})
    return panel


def organization_year(orgs: str | Iterable[str] = "all", years: tuple[int, int] = (FIRST_YEAR, LAST_YEAR), *,
                      leader_threshold: float = LEADER_THRESHOLD, extra: str | Path | None = None) -> pd.DataFrame:
    """The organization-year panel: member aggregates of every organization in every year.

    Members are full and suspended members (observers and associates excluded);
    bodies without membership rows take their parent's members.

    Parameters
    ----------
    orgs : "all" or list of org_id
        Organizations (any type, not only security ones).
    years : (int, int)
        First and last year.
    extra : str or pathlib.Path, optional
        A user dataset folder whose organizations and memberships join the
        shipped ones (as in :func:`region_year`).

    Returns
    -------
    pandas.DataFrame
        One row per organization-year with members: ``org_id``, ``year``,
        ``n_states`` (members), the regime, leadership, external-dependence
        and demand aggregates over the members (as in :func:`region_year`),
        ``home_region``, ``n_home_region`` (members in the home region) and,
        where the organization is in MIA, ``mia_delegation`` and
        ``mia_pooling``. ``attrs["unit"] == "organization-year"``.

    Examples
    --------
    >>> import regionalism as rg
    >>> oy = rg.organization_year(["asean"], years=(2019, 2019))
    >>> int(oy["n_states"].iloc[0])
    10
    """
    if extra is not None:
        from regionalism.data.overlay import overlay_tables

        with overlay_tables(extra):
            return organization_year(orgs, years, leader_threshold=leader_threshold)
    years = _check_years(years)
    o = load("organizations")
    if orgs != "all":
        wanted = [orgs] if isinstance(orgs, str) else list(orgs)
        unknown = sorted(set(wanted) - set(o["org_id"].astype(str)))
        if unknown:
            raise KeyError(f"unknown org_id(s) {unknown}; see rg.load('organizations')")
        o = o[o["org_id"].isin(wanted)]
    mem = load("memberships")
    mem = mem[mem["status"].isin(["full", "suspended"])].copy()
    mem["org_id"] = mem["org_id"].astype(str)
    own = set(mem["org_id"])
    extra = [mem[mem.org_id == str(p)].assign(org_id=str(c)) for c, p in zip(o["org_id"], o["parent_org"])
             if str(c) not in own and pd.notna(p)]
    mem = pd.concat([mem] + extra, ignore_index=True)
    mem = mem[mem.org_id.isin(set(o["org_id"].astype(str)))]
    my = _expand_spells(mem[["org_id", "ccode", "start", "end"]], years, keep=["org_id"])
    life = o[["org_id", "founded", "dissolved"]].astype({"org_id": str})
    my = my.merge(life, on="org_id")
    my = my[(my.year >= my.founded.fillna(years[0]).astype(int)) & (my.year <= my.dissolved.fillna(years[1]).astype(int))]
    st = load("states")[["ccode", "year"]].astype(int)
    members = my.merge(st, on=["ccode", "year"])[["org_id", "ccode", "year"]].rename(columns={"org_id": "group"})
    members = members.drop_duplicates()
    parts = [regime_measures(members), power_measures(members, threshold=leader_threshold),
             external_measures(members, institution_member_years(years), years), demand_measures(members)]
    panel = parts[0]
    for p in parts[1:]:
        panel = panel.join(p, how="left")
    panel = panel.reset_index().rename(columns={"group": "org_id"})
    panel["n_leaders"] = panel["n_leaders_cinc"]
    home = o.set_index("org_id")["home_region"]
    panel["home_region"] = panel["org_id"].map(home).astype("string")
    rm = load("region_members")
    rmy = _expand_spells(rm[["region_id", "ccode", "start", "end"]], years, keep=["region_id"])
    mh = members.assign(home=members["group"].map(home)).merge(
        rmy.rename(columns={"region_id": "home"}), on=["home", "ccode", "year"], how="inner")
    nh = mh.groupby(["group", "year"]).size()
    panel["n_home_region"] = [int(nh.get((g, y), 0)) if pd.notna(home.get(g)) else pd.NA
                              for g, y in zip(panel.org_id, panel.year)]
    panel["n_home_region"] = panel["n_home_region"].astype("Int64")
    mia = load("mia")
    mia_id = o.set_index("org_id")["mia_id"].dropna()
    mi = mia[["acronym", "year", "delegation", "pooling"]].rename(columns={"delegation": "mia_delegation",
                                                                             "pooling": "mia_pooling"})
    panel["_acr"] = panel["org_id"].map(mia_id).astype("string")  # all-NA when no org has an MIA id
    panel = panel.merge(mi.rename(columns={"acronym": "_acr"}), on=["_acr", "year"], how="left").drop(columns="_acr")
    panel = panel.sort_values(["org_id", "year"], kind="mergesort").reset_index(drop=True)
    panel.attrs.update({"unit": "organization-year", "keys": ["org_id", "year"], "years": list(years),
                        "leader_threshold": leader_threshold, "name": "organization_year"})
    return panel


def cross_section(panel: pd.DataFrame, *, years: tuple[int, int] | None = None,
                  how: Literal["mean", "last"] = "mean") -> pd.DataFrame:
    """Collapse a panel to one row per case (region or organization).

    Parameters
    ----------
    panel : pandas.DataFrame
        A panel from :func:`region_year` or :func:`organization_year`.
    years : (int, int), optional
        Years to use (default: all years in the panel).
    how : {"mean", "last"}
        Mean of each numeric column over the years (NA values skipped), or
        the values of the last year in the range for which the case exists.

    Returns
    -------
    pandas.DataFrame
        Indexed by the case key; ``attrs["unit"]`` is ``"region"`` or
        ``"organization"``; ``attrs["years"]`` the range used.

    Examples
    --------
    >>> import regionalism as rg
    >>> cs = rg.cross_section(rg.region_year(["central_asia", "southeast_asia"], years=(2010, 2019)), how="last")
    >>> list(cs.index)
    ['central_asia', 'southeast_asia']
    """
    unit = panel.attrs.get("unit")
    if unit not in ("region-year", "organization-year"):
        raise ValueError(f"cross_section needs a region-year or organization-year panel (attrs['unit']); got {unit!r}. "
                         "Build it with rg.region_year() or rg.organization_year().")
    key = panel.attrs["keys"][0]
    p = panel
    if years is not None:
        p = p[(p.year >= years[0]) & (p.year <= years[1])]
    if how == "mean":
        num = p.select_dtypes(include=["number", "boolean"]).columns.drop("year", errors="ignore")
        out = p.groupby(key)[list(num)].mean(numeric_only=True)
    elif how == "last":
        out = p.sort_values([key, "year"]).groupby(key).tail(1).set_index(key)
    else:
        raise ValueError(f"how must be 'mean' or 'last', not {how!r}")
    out.attrs.update({"unit": unit.replace("-year", ""), "keys": [key],
                      "years": list(years) if years else [int(p.year.min()), int(p.year.max())], "how": how})
    return out


def security_institutions(region_: str | Region, year: int | tuple[int, int], *,
                          kind: Literal["all", "exclusive", "from_outside"] = "all") -> pd.DataFrame:
    """The security institutions that qualify for a region in a year (or each year of a range).

    Parameters
    ----------
    region_ : str or Region
        Region id or object.
    year : int or (int, int)
        A year, or the first and last year of a range.
    kind : {"all", "exclusive", "from_outside"}
        Keep only exclusive institutions (security regionalism proper) or
        only those with outside members.

    Returns
    -------
    pandas.DataFrame
        One row per institution (and year) with at least three members from
        the region: ``year``, ``kind`` (``exclusive`` = security regionalism,
        ``from_outside``), ``unit_type``, ``unit_id``, ``name``,
        ``n_members``, ``n_in_group``, ``n_outside``, ``outside_members``,
        ``outside_powers``, ``depth_additive``, ``depth_ordinal``,
        ``in_force_assumed``.

    Examples
    --------
    >>> import regionalism as rg
    >>> si = rg.security_institutions("central_asia", 2019, kind="exclusive")
    >>> "canwfz" in set(si["unit_id"])
    True
    >>> by_year = rg.security_institutions("central_asia", (1991, 2025), kind="exclusive")
    >>> int(by_year.loc[by_year.unit_id == "canwfz", "year"].min())
    2009
    """
    reg = region_ if isinstance(region_, Region) else region(region_)
    years = (year, year) if isinstance(year, int) else (int(year[0]), int(year[1]))
    years = _check_years(years)
    members = _member_years([reg], years)
    q = qualifying_institutions(members, institution_member_years(years), institution_depth_years(years), years)
    names = institutions()[["unit_type", "unit_id", "name", "in_force_assumed"]]
    q = q.merge(names, on=["unit_type", "unit_id"], how="left")
    if kind != "all":
        q = q[q["kind"] == kind]
    cols = ["year", "kind", "unit_type", "unit_id", "name", "n_members", "n_in_group", "n_outside", "outside_members",
            "outside_powers", "depth_additive", "depth_ordinal", "in_force_assumed"]
    out = q[cols].sort_values(["year", "kind", "depth_additive", "unit_id"], ascending=[True, True, False, True],
                              na_position="last").reset_index(drop=True)
    out.attrs.update({"region_id": reg.region_id, "years": list(years), "unit": "institution-year"})
    return out


def panel_schema(name: str) -> dict:
    """The Table Schema (codebook) of a panel: ``region_year`` or ``organization_year``.

    Parameters
    ----------
    name : str
        ``"region_year"`` or ``"organization_year"``.

    Returns
    -------
    dict
        The Frictionless Table Schema shipped in ``regionalism/schemas``:
        ``fields`` (one dict per column with ``name``, ``type``,
        ``description`` and optional ``constraints``), ``primaryKey``,
        ``missingValues``, ``x_unit`` and ``description``.

    Raises
    ------
    FileNotFoundError
        If no schema of that name is shipped.

    See Also
    --------
    regionalism.describe : The same codebook rendered for reading.

    Examples
    --------
    >>> from regionalism.panel import panel_schema
    >>> schema = panel_schema("region_year")
    >>> schema["primaryKey"]
    ['region_id', 'year']
    >>> "secreg_depth" in [f["name"] for f in schema["fields"]]
    True
    """
    path = resources.files("regionalism") / "schemas" / f"{name}.json"
    return json.loads(path.read_text(encoding="utf-8"))


def _schema_names(name: str) -> list[str]:
    try:
        return [f["name"] for f in panel_schema(name)["fields"]]
    except FileNotFoundError:
        return []
