"""Panels: region-year and organization-year data, and case-level cross-sections.

This is the one module that joins the data tables (a
:class:`~regionalism.data.tables.Tables`, shipped or with a user's overlay)
and the pure measures of :mod:`regionalism.measures`. Derived frames that do
not depend on the regions asked for (institution member-years and depth
scores) are cached in the ``Tables`` object's ``memo``, keyed by the year
range, so a cache never crosses from one set of tables to another.

Each panel records its unit of analysis and keys in ``DataFrame.attrs``
(``unit``, ``keys``), and has a codebook (``rg.describe("region_year")``).
"""
from __future__ import annotations

import copy
import warnings
from pathlib import Path
from typing import Callable, Iterable, Literal, TypeVar

import numpy as np
import pandas as pd

from regionalism._shared.arguments import check_choice, check_names_list, check_threshold, check_year, check_years
from regionalism._shared.constants import FIRST_YEAR, LAST_YEAR
from regionalism._shared.spells import expand_spells
from regionalism._shared.units import warn_overlapping_units
from regionalism.data.cache import cached_table
from regionalism.data.catalog import resources
from regionalism.data.schema import panel_field_names, panel_schema
from regionalism.data.tables import Tables, resolve_tables
from regionalism.geography import Region, all_regions, comparison_regions, overlaps, region
from regionalism.measures.aggregates import LEADER_THRESHOLD, REGIME_COVERAGE, power_measures, regime_measures
from regionalism.measures.demand import demand_measures
from regionalism.measures.external import (defense_consultation_dyads, defense_dyads, external_measures,
                                           major_power_years, reliance_measures)
from regionalism.measures.institutions import institution_depth_years, institution_member_years, institutions
from regionalism.measures.membership import organization_member_years
from regionalism.measures.outcome import apply_rule, outcome_measures, qualifying_candidates, qualifying_institutions
from regionalism.measures.rule import KINDS, OutcomeRule

__all__ = ["region_year", "organization_year", "cross_section", "security_institutions", "panel_schema",
           "institution_tables", "warn_overlapping_units", "warn_missing_regime"]


#: Derived frames kept per Tables object (the oldest is dropped first), as many year ranges may be asked for.
MEMO_SIZE = 32

_T = TypeVar("_T")


def _memo(tables: Tables, key: tuple[object, ...], compute: Callable[[], _T]) -> _T:
    """``compute()`` once per ``tables`` and ``key`` (the result is shared: do not modify it)."""
    if key not in tables.memo:
        while len(tables.memo) >= MEMO_SIZE:
            tables.memo.pop(next(iter(tables.memo)))
        tables.memo[key] = compute()
    return tables.memo[key]


def institution_tables(tables: Tables, years: tuple[int, int], *, rule: OutcomeRule | None = None
                       ) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """The security institutions, their member-years and their depth-years for ``tables`` and ``years``.

    Cached in ``tables.memo`` (keyed by the years and the rule's ``in_force``
    and ``statuses``); the frames are shared, do not modify them.

    Returns
    -------
    (pandas.DataFrame, pandas.DataFrame, pandas.DataFrame)
        :func:`~regionalism.measures.institutions.institutions`,
        :func:`~regionalism.measures.institutions.institution_member_years` and
        :func:`~regionalism.measures.institutions.institution_depth_years`.

    Examples
    --------
    >>> from regionalism.data.tables import Tables
    >>> inst, members, depth = institution_tables(Tables.shipped(), (2019, 2019))
    >>> "csto" in set(members["unit_id"]) and "csto" in set(depth["unit_id"])
    True
    """
    years = (int(years[0]), int(years[1]))
    rule = OutcomeRule() if rule is None else rule
    inst = _memo(tables, ("institutions", rule.in_force), lambda: institutions(
        tables["organizations"], tables["agreements"], in_force=rule.in_force))
    members = _memo(tables, ("institution_member_years", years, rule.in_force, rule.statuses),
                    lambda: institution_member_years(inst, tables["organizations"], tables["memberships"],
                                                     tables["agreement_parties"], tables["states"], years,
                                                     statuses=rule.statuses))
    depth = _memo(tables, ("institution_depth_years", years),
                  lambda: institution_depth_years(tables["security_design"], years))
    return inst, members, depth


def _warn_in_force(inst: pd.DataFrame, rule: OutcomeRule, tables: Tables, members: pd.DataFrame, *,
                   stacklevel: int = 3) -> list[str]:
    """Name the agreements without a sourced entry into force that have a party among ``members``."""
    unknown = inst.attrs.get("in_force_unknown", [])
    if not unknown or "agreement" not in rule.kinds:
        return []
    ap = tables["agreement_parties"]
    ap = ap[ap["agreement_id"].isin(unknown) & ap["ccode"].isin(set(members["ccode"].astype(int)))]
    unknown = sorted(set(ap["agreement_id"].astype(str)))
    if not unknown:
        return []
    if rule.in_force == "entry_into_force":
        msg = (f"{len(unknown)} agreement(s) without a sourced entry into force do not count under "
               f"OutcomeRule(in_force='entry_into_force'): {', '.join(unknown)}; "
               "OutcomeRule(in_force='signature') counts them from signature")
    else:
        msg = (f"{len(unknown)} agreement(s) without a sourced entry into force are counted from their signature "
               f"year (in_force='signature', flagged in_force_assumed): {', '.join(unknown)}")
    warnings.warn(msg, UserWarning, stacklevel=stacklevel)
    return unknown


def _major_powers(tables: Tables, years: tuple[int, int]) -> pd.DataFrame:
    return _memo(tables, ("major_power_years", years), lambda: major_power_years(tables["states"], years))


def _defense(tables: Tables, years: tuple[int, int]) -> pd.DataFrame:
    return _memo(tables, ("defense_dyads", years), lambda: defense_dyads(tables["alliance_dyads"], years))


def _dyads(tables: Tables) -> pd.DataFrame:
    return _memo(tables, ("defense_consultation_dyads",), lambda: defense_consultation_dyads(tables["alliance_dyads"]))


def _regions(regions: str | Iterable[str | Region], tables: Tables) -> list[Region]:
    regions = check_names_list(regions)
    if isinstance(regions, str):
        if regions == "all":
            return all_regions(tables=tables)
        return [region(regions, tables=tables)]
    return [r if isinstance(r, Region) else region(str(r), tables=tables) for r in regions]


def _member_years(regs: list[Region], years: tuple[int, int], tables: Tables) -> pd.DataFrame:
    ids = [r.region_id for r in regs]
    if len(set(ids)) != len(ids):
        raise ValueError(f"region ids must be unique, got {ids}")
    spells = pd.concat([r.members.assign(group=r.region_id) for r in regs], ignore_index=True)
    out = expand_spells(spells, years, keep=["group"])
    st = tables["states"][["ccode", "year"]].astype(int)
    out = out.merge(st, on=["ccode", "year"], how="inner")
    return out[["group", "ccode", "year"]].sort_values(["group", "ccode", "year"]).reset_index(drop=True)


def _check_years(years: tuple[int, int]) -> tuple[int, int]:
    return check_years(years)


def region_year(regions: str | Iterable[str | Region] = "all", years: tuple[int, int] = (FIRST_YEAR, LAST_YEAR), *,
                scheme: str | None = None, rule: OutcomeRule | None = None, regime_coverage: float = REGIME_COVERAGE,
                leader_threshold: float = LEADER_THRESHOLD, extra: str | Path | None = None,
                tables: Tables | None = None) -> pd.DataFrame:
    """The region-year panel: outcome and explanatory measures for each region and year.

    Parameters
    ----------
    regions : "all", a region id, or a list of ids and/or :class:`Region` objects
        Built-in regions by id; user-defined ones from ``rg.Region.from_members``.
    years : (int, int), default (1946, 2025)
        First and last year.
    scheme : str, optional
        A region scheme instead of ``regions``: the panel of its comparison
        regions, ``rg.comparison_regions(scheme, years=years)`` (``"m49"``,
        the article's sub-regions; ``"rsc"`` and ``"rsc_sub"``, Buzan and
        Waever's regional security complexes and subcomplexes; ``"continent"``),
        a partition: no state is in two regions in a year. Recorded in
        ``attrs["scheme"]`` (``None`` when ``regions`` are given; ``"all"``
        mixes schemes and overlapping regions).
    rule : OutcomeRule, optional
        Which institutions count (default ``rg.OutcomeRule()``: >= 3
        participating states of the region, no outside member, organizations
        and agreements, agreements from their sourced entry into force, any
        depth). Recorded in ``attrs["rule"]``.
    regime_coverage : float, default 0.8
        Least share of a region's population its coded members must hold for
        a regime aggregate (``polyarchy_mean``, ``autocracy_share``,
        ``polity2_mean``, ...) to be reported (share of states where a
        population is unknown); 1.0 requires every member coded. See
        :mod:`regionalism.measures.aggregates`. Recorded in
        ``attrs["regime_coverage"]``.
    leader_threshold : float, default 0.2
        Capability share that makes a state a plausible leader (``n_leaders_*``).
    extra : str or pathlib.Path, optional
        A user dataset folder (``regionalism new-region``): its regions,
        organizations, memberships, agreements and security design are
        validated and join the shipped ones (see ``docs/guide/adding-a-region.md``).
    tables : regionalism.data.Tables, optional
        The tables to build from (default: shipped, or shipped plus
        ``extra``); give either ``tables`` or ``extra``.

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

    Warns
    -----
    UserWarning
        Naming the agreements with a party in the regions whose entry into
        force is unknown (they do not count under the default rule), and the
        regions without a ``polyarchy_mean`` in a year V-Dem covers.

    Notes
    -----
    The default call, ``rg.region_year()`` with every argument at its
    default, is built once per machine and then read from the typed cache of
    :mod:`regionalism.data.cache` (keyed by the SHA-256 of every shipped table
    and of the package's own files; ``REGIONALISM_CACHE=off`` disables it).
    It gives the same warnings as a fresh build and returns a fresh copy.
    Any other call, and any call with ``tables=`` or ``extra=``, is computed.

    Examples
    --------
    >>> import warnings
    >>> import regionalism as rg
    >>> with warnings.catch_warnings():
    ...     warnings.simplefilter("ignore")
    ...     panel = rg.region_year(["central_asia"], years=(2008, 2010))
    >>> panel.attrs["keys"]
    ['region_id', 'year']
    >>> panel.set_index("year")["secreg_strongest"].tolist()  # CANWFZ in force from 2009
    [<NA>, 'canwfz', 'canwfz']
    >>> panel.attrs["rule"]["in_force"]
    'entry_into_force'
    >>> with warnings.catch_warnings():
    ...     warnings.simplefilter("ignore")
    ...     rsc = rg.region_year(scheme="rsc", years=(2010, 2010))
    >>> rsc.attrs["scheme"], rsc.attrs["unit_overlaps"]["n_state_years"]
    ('rsc', 0)
    """
    if scheme is None and _is_default_call(regions, years, rule, regime_coverage, leader_threshold, extra, tables):
        return _default_panel(lambda: region_year(tables=Tables.shipped()))
    tables = resolve_tables(tables, extra)
    years = _check_years(years)
    rule = _check_rule(rule)
    if scheme is not None:
        if not (isinstance(regions, str) and regions == "all"):
            raise ValueError(f"give either regions or scheme, not both (regions={regions!r}, scheme={scheme!r})")
        regions = comparison_regions(scheme, years=years, tables=tables)
    if isinstance(regions, str):  # built-in regions by name: their member-years are kept per tables and years
        members = _memo(tables, ("member_years", regions, years),
                        lambda: _member_years(_regions(regions, tables), years, tables))
    else:
        members = _member_years(_regions(regions, tables), years, tables)
    leader_threshold = check_threshold(leader_threshold, name="leader_threshold")
    out = _assemble(members, years, leader_threshold, tables, key="region_id", unit="region-year", rule=rule,
                    regime_coverage=regime_coverage)
    out.attrs["scheme"] = scheme
    return out


def _is_default_call(regions: object, years: object, rule: object, regime_coverage: object,
                     leader_threshold: object, extra: object, tables: object) -> bool:
    """``rg.region_year()`` with every argument at its default (the shipped tables, all regions, all years)."""
    return (tables is None and extra is None and isinstance(regions, str) and regions == "all"
            and isinstance(years, (tuple, list)) and tuple(years) == (FIRST_YEAR, LAST_YEAR)
            and (rule is None or (isinstance(rule, OutcomeRule) and rule == OutcomeRule()))
            and type(regime_coverage) in (int, float) and regime_coverage == REGIME_COVERAGE
            and type(leader_threshold) in (int, float) and leader_threshold == LEADER_THRESHOLD)


#: The package's own files: part of the default panel's cache key, so that a changed measure rebuilds it.
_PACKAGE = Path(__file__).resolve().parent


def _default_panel(build: Callable[[], pd.DataFrame]) -> pd.DataFrame:
    """The default region-year panel, built once per machine and reused while its inputs are unchanged.

    Kept in the typed cache of :mod:`regionalism.data.cache`, keyed by the
    SHA-256 of every shipped table and codebook and of the package's own
    files (plus the package, pandas and Python versions); in a session it is
    kept in the shipped tables' memo. The warnings the build gave (what it
    leaves out) are stored with it and given again on every call, so a cached
    panel says what a fresh one says. Each call returns a fresh copy.
    """
    def compute() -> pd.DataFrame:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            frame = build()
        frame.attrs["_warnings"] = [(str(w.message), w.category) for w in caught]
        return frame

    def stored() -> pd.DataFrame:
        files = sorted({p for r in resources().values() for p in (r.path, r.descriptor_path)})
        files += sorted(f for f in _PACKAGE.rglob("*") if f.suffix in (".py", ".json") and f.is_file())
        return cached_table("region_year", files, compute)

    frame = _memo(Tables.shipped(), ("default_region_year",), stored)
    for message, category in frame.attrs.get("_warnings", []):
        warnings.warn(message, category, stacklevel=3)
    out = frame.copy(deep=True)
    out.attrs = copy.deepcopy({k: v for k, v in frame.attrs.items() if k != "_warnings"})
    return out


def _check_rule(rule: OutcomeRule | None) -> OutcomeRule:
    if rule is None:
        return OutcomeRule()
    if not isinstance(rule, OutcomeRule):
        raise TypeError(f"rule must be an rg.OutcomeRule, not {type(rule).__name__}")
    return rule


def _coded_institutions(inst_members: pd.DataFrame, depth: pd.DataFrame
                        ) -> tuple[pd.Index, pd.DataFrame, pd.DataFrame]:
    """Institution ids as integers (ordered by unit_id, so that ties break as the ids would) and both frames coded."""
    both = pd.unique(pd.concat([inst_members["unit_type"] + ":" + inst_members["unit_id"],
                               depth["unit_type"] + ":" + depth["unit_id"]]))
    uids = pd.Index(sorted(both, key=lambda u: (u.split(":", 1)[1], u.split(":", 1)[0])))

    def _coded(frame: pd.DataFrame) -> pd.DataFrame:
        code = uids.get_indexer(frame["unit_type"] + ":" + frame["unit_id"])
        return frame.assign(unit_type=pd.Categorical(frame["unit_type"], categories=list(KINDS)),
                            unit_id=code.astype("int64"))
    return uids, _coded(inst_members), _coded(depth)


def _assemble(members: pd.DataFrame, years: tuple[int, int], threshold: float, tables: Tables, *, key: str,
              unit: str, rule: OutcomeRule, regime_coverage: float) -> pd.DataFrame:
    inst, inst_members, depth = institution_tables(tables, years, rule=rule)
    unknown = _warn_in_force(inst, rule, tables, members, stacklevel=4)
    major_powers = _major_powers(tables, years)
    # integer keys for the joins (string keys dominate the cost); mapped back below
    gcat = pd.Categorical(members["group"])
    members = members.assign(group=gcat.codes.astype("int64"))
    uids, inst_c, depth_c = _memo(tables, ("coded_institutions", years, rule.in_force, rule.statuses),
                                  lambda: _coded_institutions(inst_members, depth))
    # the measures that do not depend on the outcome rule are computed once per member set, years and
    # options (cached in tables.memo), so a panel rebuilt under another rule recomputes the outcome only
    member_key = (tuple(gcat.categories), int(pd.util.hash_pandas_object(members, index=False).sum()),
                  len(members), years)
    # institution-years with >= 2 members of a unit (any kind): a new rule filters them instead of joining again
    candidates = _memo(tables, ("qualifying_candidates", member_key, rule.statuses, rule.in_force),
                       lambda: qualifying_candidates(members, inst_c, depth_c, major_powers=major_powers,
                                                     details=False))
    qual = apply_rule(candidates, rule)
    statics = _memo(tables, ("region_year_measures", member_key, threshold, regime_coverage),
                    lambda: pd.concat([
                        regime_measures(members, tables["states"], regime_coverage=regime_coverage),
                        power_measures(members, tables["states"], threshold=threshold, major_powers=major_powers),
                        _demand(members, tables)], axis=1))
    # institution-based measures depend on who participates (the rule's statuses and in-force rule) only
    reliance = _memo(tables, ("region_year_external", member_key, rule.statuses, rule.in_force),
                     lambda: pd.concat([
                         external_measures(members, inst_c, major_powers=major_powers, dyads=_dyads(tables)),
                         reliance_measures(members, inst_c, depth_c, major_powers=major_powers,
                                           defense=_defense(tables, years))], axis=1))
    panel = outcome_measures(members, qual)
    for p in (statics, reliance):
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
    order = [c for c in panel_field_names("region_year") if c in panel.columns and c != "region_id"]
    panel = panel[[key] + [c for c in order if c != key] + [c for c in panel.columns if c not in order and c != key]]
    panel.attrs.update({"unit": unit, "keys": [key, "year"], "years": list(years),
                        "leader_threshold": threshold, "name": unit.replace("-", "_"),
                        "rule": rule.as_dict(), "in_force_unknown": unknown, "regime_coverage": regime_coverage,
                        "unit_overlaps": copy.deepcopy(_memo(tables, ("unit_overlaps", member_key),
                                                             lambda: _overlap_summary(members, gcat)))})
    panel.attrs["no_regime_mean"] = warn_missing_regime(panel, tables["states"], stacklevel=4)
    if not tables.is_shipped:
        panel.attrs["overlay"] = list(tables.sources)
    return panel


def _overlap_summary(members: pd.DataFrame, gcat: pd.Categorical) -> dict[str, object]:
    """How many state-years lie in two units of the panel, the first example, and every overlapping
    pair of units with its first example (for attrs; ``rg.fit`` warns only when both units of a
    pair are in the rows it fits)."""
    ov = overlaps(members)
    if ov.empty:
        return {"n_state_years": 0, "pairs": []}
    first = ov.iloc[0]
    names = [str(gcat.categories[int(g)]) for g in str(first["groups"]).split(";")]
    # one row per state-year and unit, then every pair of units of a state-year (a < b by name)
    split = ov["groups"].str.split(";")
    lengths = split.str.len().to_numpy()
    row = np.repeat(np.arange(len(ov)), lengths)
    cats = np.asarray(gcat.categories, dtype=object).astype(str)
    long = pd.DataFrame({"row": row, "unit": cats[np.concatenate(split.to_numpy()).astype(np.int64)]})
    both = long.merge(long, on="row", suffixes=("_a", "_b"))
    both = both[both["unit_a"] < both["unit_b"]]
    grouped = both.groupby(["unit_a", "unit_b"], sort=True)["row"]
    stats = pd.DataFrame({"first": grouped.min(), "count": grouped.size()}).reset_index()
    ccode, year = ov["ccode"].to_numpy(), ov["year"].to_numpy()
    pairs = [[str(a), str(b), int(ccode[r]), int(year[r]), int(c)]
             for a, b, r, c in stats[["unit_a", "unit_b", "first", "count"]].itertuples(index=False)]
    return {"n_state_years": int(len(ov)), "ccode": int(first["ccode"]), "year": int(first["year"]),
            "units": names, "pairs": pairs}


def warn_missing_regime(panel: pd.DataFrame, states: pd.DataFrame, *, column: str = "polyarchy_mean",
                        stacklevel: int = 2) -> dict[str, int]:
    """Warn naming the units without a regime mean in years the source covers (below the coverage rule).

    Parameters
    ----------
    panel : pandas.DataFrame
        A region-year or organization-year panel (``attrs["keys"]``).
    states : pandas.DataFrame
        The ``states`` table; a year counts as covered when any state has ``v2x_polyarchy``
        (for ``column="polity2_mean"``: ``polity2``).
    column : str, default "polyarchy_mean"
        The regime aggregate to check.

    Returns
    -------
    dict of str to int
        Unit id -> number of covered years without a value (empty when none).

    Examples
    --------
    >>> import regionalism as rg
    >>> p = rg.region_year(["central_asia"], years=(2010, 2011))
    >>> warn_missing_regime(p, rg.load("states"))
    {}
    """
    source = {"polity2_mean": "polity2"}.get(column, "v2x_polyarchy")
    covered = set(states.loc[states[source].notna(), "year"].astype(int))
    key = panel.attrs.get("keys", ["region_id"])[0]
    miss = panel[panel["year"].isin(covered) & panel[column].isna()]
    counts = {str(k): int(v) for k, v in miss.groupby(key).size().items()}
    if counts:
        listed = ", ".join(f"{k} ({v} years)" for k, v in sorted(counts.items()))
        rule = panel.attrs.get("regime_coverage", REGIME_COVERAGE)
        warnings.warn(f"{column} is NA in years the source covers (coded members hold less than {rule:g} of the "
                      f"population): {listed}; models drop these unit-years", UserWarning, stacklevel=stacklevel)
    return counts


def _demand(members: pd.DataFrame, tables: Tables) -> pd.DataFrame:
    return demand_measures(members, conflicts=tables["ucdp_locations"], contiguity=tables["contiguity"],
                           states=tables["states"])


def organization_year(orgs: str | Iterable[str] = "all", years: tuple[int, int] = (FIRST_YEAR, LAST_YEAR), *,
                      rule: OutcomeRule | None = None, regime_coverage: float = REGIME_COVERAGE,
                      leader_threshold: float = LEADER_THRESHOLD, extra: str | Path | None = None,
                      tables: Tables | None = None) -> pd.DataFrame:
    """The organization-year panel: member aggregates of every organization in every year.

    Members follow the package's one membership rule
    (:mod:`regionalism.measures.membership`): full and suspended members
    (observers and associates excluded); bodies without membership rows take
    their parent's members; bodies ``led_by`` another organization also count
    its members.

    Parameters
    ----------
    orgs : "all" or list of org_id
        Organizations (any type, not only security ones).
    years : (int, int)
        First and last year.
    rule : OutcomeRule, optional
        The outcome rule (as in :func:`region_year`); its ``statuses`` and
        ``in_force`` decide the security institutions behind the
        external-dependence columns. Recorded in ``attrs["rule"]``.
    regime_coverage : float, default 0.8
        The coverage rule of the regime aggregates (as in :func:`region_year`).
    extra : str or pathlib.Path, optional
        A user dataset folder whose organizations and memberships join the
        shipped ones (as in :func:`region_year`).
    tables : regionalism.data.Tables, optional
        The tables to build from (as in :func:`region_year`).

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
    tables = resolve_tables(tables, extra)
    years = _check_years(years)
    leader_threshold = check_threshold(leader_threshold, name="leader_threshold")
    rule = _check_rule(rule)
    o = tables["organizations"]
    if orgs != "all":
        wanted = [orgs] if isinstance(orgs, str) else list(orgs)
        unknown = sorted(set(wanted) - set(o["org_id"].astype(str)))
        if unknown:
            raise KeyError(f"unknown org_id(s) {unknown}; see rg.load('organizations')")
        o = o[o["org_id"].isin(wanted)]
    my = organization_member_years(o, tables["memberships"], tables["states"], years)
    members = my.rename(columns={"org_id": "group"})
    _, inst_members, depth = institution_tables(tables, years, rule=rule)
    mp = _major_powers(tables, years)
    parts = [regime_measures(members, tables["states"], regime_coverage=regime_coverage),
             power_measures(members, tables["states"], threshold=leader_threshold, major_powers=mp),
             external_measures(members, inst_members, major_powers=mp, dyads=_dyads(tables)),
             reliance_measures(members, inst_members, depth, major_powers=mp, defense=_defense(tables, years)),
             _demand(members, tables)]
    panel = parts[0]
    for p in parts[1:]:
        panel = panel.join(p, how="left")
    panel = panel.reset_index().rename(columns={"group": "org_id"})
    panel["n_leaders"] = panel["n_leaders_cinc"]
    home = o.set_index("org_id")["home_region"]
    panel["home_region"] = panel["org_id"].map(home).astype("string")
    rm = tables["region_members"]
    rmy = expand_spells(rm[["region_id", "ccode", "start", "end"]], years, keep=["region_id"])
    mh = members.assign(home=members["group"].map(home)).merge(
        rmy.rename(columns={"region_id": "home"}), on=["home", "ccode", "year"], how="inner")
    nh = mh.groupby(["group", "year"]).size()
    panel["n_home_region"] = [int(nh.get((g, y), 0)) if pd.notna(home.get(g)) else pd.NA
                              for g, y in zip(panel.org_id, panel.year)]
    panel["n_home_region"] = panel["n_home_region"].astype("Int64")
    mia = tables["mia"]
    mia_id = o.set_index("org_id")["mia_id"].dropna()
    mi = mia[["acronym", "year", "delegation", "pooling"]].rename(columns={"delegation": "mia_delegation",
                                                                             "pooling": "mia_pooling"})
    panel["_acr"] = panel["org_id"].map(mia_id).astype("string")  # all-NA when no org has an MIA id
    panel = panel.merge(mi.rename(columns={"acronym": "_acr"}), on=["_acr", "year"], how="left").drop(columns="_acr")
    panel = panel.sort_values(["org_id", "year"], kind="mergesort").reset_index(drop=True)
    panel.attrs.update({"unit": "organization-year", "keys": ["org_id", "year"], "years": list(years),
                        "leader_threshold": leader_threshold, "name": "organization_year",
                        "rule": rule.as_dict(), "regime_coverage": regime_coverage})
    if not tables.is_shipped:
        panel.attrs["overlay"] = list(tables.sources)
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
    how = check_choice(how, ("mean", "last"), name="how")  # type: ignore[assignment]
    p = panel
    if years is not None:
        years = check_years(years)
        p = p[(p.year >= years[0]) & (p.year <= years[1])]
    if p.empty:
        span = f" in {years[0]}-{years[1]}" if years is not None else ""
        raise ValueError(f"the panel has no rows{span}: nothing to summarize "
                         f"(panel years {panel['year'].min() if len(panel) else 'none'}"
                         f"-{panel['year'].max() if len(panel) else 'none'})")
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
                          kind: Literal["all", "exclusive", "from_outside"] = "all",
                          rule: OutcomeRule | None = None, extra: str | Path | None = None,
                          tables: Tables | None = None) -> pd.DataFrame:
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
    rule : OutcomeRule, optional
        Which institutions qualify and which are exclusive (as in
        :func:`region_year`); recorded in ``attrs["rule"]``.
    extra : str or pathlib.Path, optional
        A user dataset folder whose regions and institutions join the shipped ones.
    tables : regionalism.data.Tables, optional
        The tables to read (give either ``tables`` or ``extra``).

    Returns
    -------
    pandas.DataFrame
        One row per institution (and year) with at least three members from
        the region: ``year``, ``kind`` (``exclusive`` = security regionalism,
        ``from_outside``), ``unit_type``, ``unit_id``, ``name``,
        ``n_members``, ``n_in_group``, ``n_outside``, ``outside_members``,
        ``outside_powers``, ``depth_additive``, ``depth_ordinal``,
        ``depth_coverage`` (share of the ten depth items coded in the
        institution-year's design spell), ``in_force_assumed``.

    Examples
    --------
    >>> import warnings
    >>> import regionalism as rg
    >>> warnings.simplefilter("ignore")  # names agreements without a sourced entry into force
    >>> si = rg.security_institutions("central_asia", 2019, kind="exclusive")
    >>> "canwfz" in set(si["unit_id"])
    True
    >>> by_year = rg.security_institutions("central_asia", (1991, 2025), kind="exclusive")
    >>> int(by_year.loc[by_year.unit_id == "canwfz", "year"].min())
    2009
    >>> warnings.resetwarnings()
    """
    tables = resolve_tables(tables, extra)
    rule = _check_rule(rule)
    kind = check_choice(kind, ("all", "exclusive", "from_outside"))  # type: ignore[assignment]
    reg = region_ if isinstance(region_, Region) else region(region_, tables=tables)
    years = (check_year(year), check_year(year)) if not isinstance(year, (tuple, list)) else check_years(year)
    members = _member_years([reg], years, tables)
    inst, inst_members, depth = institution_tables(tables, years, rule=rule)
    unknown = _warn_in_force(inst, rule, tables, members)
    q = qualifying_institutions(members, inst_members, depth, major_powers=_major_powers(tables, years), rule=rule)
    names = inst[["unit_type", "unit_id", "name", "in_force_assumed"]]
    q = q.merge(names, on=["unit_type", "unit_id"], how="left")
    if kind != "all":
        q = q[q["kind"] == kind]
    cols = ["year", "kind", "unit_type", "unit_id", "name", "n_members", "n_in_group", "n_outside", "outside_members",
            "outside_powers", "depth_additive", "depth_ordinal", "depth_coverage", "in_force_assumed"]
    out = q[cols].sort_values(["year", "kind", "depth_additive", "unit_id"], ascending=[True, True, False, True],
                              na_position="last").reset_index(drop=True)
    out.attrs.update({"region_id": reg.region_id, "years": list(years), "unit": "institution-year",
                      "rule": rule.as_dict(), "in_force_unknown": unknown})
    return out
