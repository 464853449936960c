"""The article's standard multiverse for hegemonic stability (H3) and autocratic
hesitance (H1)."""
from __future__ import annotations

import warnings
from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd

from regionalism.data.tables import Tables
from regionalism.geography import comparison_regions
from regionalism.measures.rule import OutcomeRule
from regionalism.panel import region_year
from regionalism.spec_curve import estimation
from regionalism.spec_curve.bundle import HypothesisBundle
from regionalism.spec_curve.result import MultiverseResult
from regionalism.spec_curve.specs import CASE_SETS, CaseSet, specifications
from regionalism.study.explanations import hypotheses

__all__ = ["multiverse", "article_specifications", "article_multiverse", "ARTICLE_CHOICES",
           "ARTICLE_RULES", "ARTICLE_SCHEMES", "rule_scheme_panel"]

#: The choices of the article's multiverse (see :func:`article_multiverse`).
ARTICLE_CHOICES: dict[str, Any] = {
    "outcome": ["secreg_exists", "secreg_degree"],
    "regime": ["polyarchy_mean", "polyarchy_min", "autocracy_share"],
    "leadership": ["leader_share_cinc", "hhi_cinc", "leader_share_gdp"],
    "external": ["external_reliance", "major_power_inside"],
    "demand": ["conflict_count", "conflict_any"],
    "model": ["ols", "logit"],
    "cov": ["cluster", "cr2"],
    "cases": ["all", "no_continents", "drop_europe"],
    "years": [(1946, 2019), (1991, 2019)],
}

#: Outcome rules of the rule dimension (``multiverse(rules=...)``): the default
#: rule and one departure each (agreements from signature, two members suffice,
#: 90 % of the members inside the region make an institution exclusive).
ARTICLE_RULES: dict[str, OutcomeRule] = {
    "default": OutcomeRule(),
    "signature": OutcomeRule(in_force="signature"),
    "min_members_2": OutcomeRule(min_members=2),
    "inside_0.9": OutcomeRule(inside=0.9),
}

#: Region schemes of the scheme dimension: both are partitions
#: (``rg.comparison_regions`` refuses a scheme that is not).
ARTICLE_SCHEMES: tuple[str, ...] = ("m49", "rsc")

#: Separator of the labels of a rebuilt panel's units and case sets (``"rule/scheme/name"``).
_SEP = "/"


def _labelled_rules(rules: Mapping[str, OutcomeRule] | Sequence[str] | None) -> dict[str, OutcomeRule]:
    if rules is None:
        return {"default": OutcomeRule()}
    if isinstance(rules, Mapping):
        out = dict(rules)
    else:
        names = [rules] if isinstance(rules, str) else list(rules)
        unknown = [n for n in names if n not in ARTICLE_RULES]
        if unknown:
            raise ValueError(f"rules {unknown} are not named rules ({sorted(ARTICLE_RULES)}); "
                             "pass a dict {label: rg.OutcomeRule(...)}")
        out = {n: ARTICLE_RULES[n] for n in names}
    if not out:
        raise ValueError("rules is empty: give at least one outcome rule")
    for label, rule in out.items():
        if not isinstance(rule, OutcomeRule):
            raise TypeError(f"rule {label!r} must be an rg.OutcomeRule, got {type(rule).__name__}")
        if _SEP in str(label):
            raise ValueError(f"rule label {label!r} must not contain {_SEP!r}")
    return out


def rule_scheme_panel(*, rules: Mapping[str, OutcomeRule] | Sequence[str] | None = None,
                      schemes: Sequence[str] = ("m49",), years: tuple[int, int] = (1946, 2019),
                      tables: Tables | None = None) -> pd.DataFrame:
    """One region-year panel per outcome rule and region scheme, stacked.

    Each variant is rebuilt through the public API,
    ``rg.region_year(rg.comparison_regions(scheme), years=years, rule=rule)``,
    so every scheme is a partition (``comparison_regions`` raises otherwise).

    Parameters
    ----------
    rules : dict of str to OutcomeRule, or names in :data:`ARTICLE_RULES`, optional
        The outcome rules, labelled; default only ``rg.OutcomeRule()``
        labelled ``"default"``.
    schemes : sequence of str, default ("m49",)
        Region schemes (values of the regions table's ``scheme`` column).
    years : (int, int), default (1946, 2019)
        First and last year of every panel.
    tables : regionalism.data.Tables, optional
        Tables to build from (default the shipped ones).

    Returns
    -------
    pandas.DataFrame
        The panels' rows with three more columns: ``rule`` (label),
        ``scheme`` and ``variant_unit`` (``"rule/scheme/region_id"``, the
        unit of a stacked panel). ``attrs["rules"]`` maps labels to
        ``OutcomeRule.as_dict()``; ``attrs["regions"]`` maps
        ``(rule, scheme)`` to the region ids.

    Raises
    ------
    ValueError
        An unknown rule name, or a panel whose units overlap (a state in two
        regions in a year).

    Warns
    -----
    UserWarning
        Each panel's own warnings (agreements that do not count under a rule,
        regional means left NA by coverage), once per message, prefixed with
        the variants (``"rule/scheme"``) it concerns.

    Examples
    --------
    >>> stacked = rule_scheme_panel(rules=["default", "signature"], schemes=["m49"], years=(2000, 2001))
    >>> sorted(stacked["rule"].unique()), stacked.groupby("rule").size().tolist()
    (['default', 'signature'], [40, 40])
    >>> stacked["variant_unit"].iloc[0]
    'default/m49/caribbean'
    """
    labelled = _labelled_rules(rules)
    scheme_list = [schemes] if isinstance(schemes, str) else list(dict.fromkeys(schemes))
    if not scheme_list:
        raise ValueError("schemes is empty: give at least one region scheme")
    frames, regions = [], {}
    notices: dict[str, list[str]] = {}  # each panel's warning (what it drops), once, with its variants
    for scheme in scheme_list:
        regs = comparison_regions(scheme, years=years, tables=tables)
        for label, rule in labelled.items():
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always", UserWarning)
                panel = region_year(regs, years=years, rule=rule, tables=tables)
            for w in caught:
                if issubclass(w.category, UserWarning):
                    notices.setdefault(str(w.message), []).append(label + _SEP + scheme)
                else:
                    warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
            n_overlap = panel.attrs.get("unit_overlaps", {}).get("n_state_years", 0)
            if n_overlap:
                raise ValueError(f"scheme {scheme!r} under rule {label!r} has {n_overlap} overlapping "
                                 "state-years: only partitions can be compared")
            regions[(label, scheme)] = sorted(panel["region_id"].astype(str).unique())
            frames.append(panel.assign(rule=label, scheme=scheme,
                                       variant_unit=label + _SEP + scheme + _SEP + panel["region_id"].astype(str)))
    for message, variants in notices.items():
        warnings.warn(f"[{', '.join(variants)}] {message}", UserWarning, stacklevel=2)
    out = pd.concat(frames, ignore_index=True)
    out.attrs = {"unit": "variant-region-year", "keys": ["rule", "scheme", "region_id", "year"],
                 "rules": {k: v.as_dict() for k, v in labelled.items()}, "regions": regions}
    return out


def _variant_case_sets(stacked: pd.DataFrame, cases: Any) -> list[CaseSet]:
    """The case sets of every (rule, scheme) variant: a user set restricted to that variant's units."""
    items = cases if isinstance(cases, (list, tuple)) and not isinstance(cases, CaseSet) else [cases]
    resolved = []
    for c in items:
        if isinstance(c, str) and c not in CASE_SETS:
            raise ValueError(f"unknown case set {c!r}; named sets are {sorted(CASE_SETS)}, or a CaseSet")
        resolved.append(CASE_SETS[c] if isinstance(c, str) else c)
    out = []
    for (rule, scheme), ids in stacked.attrs["regions"].items():
        prefix = rule + _SEP + scheme + _SEP
        for cs in resolved:
            out.append(CaseSet(prefix + cs.name, include=tuple(prefix + r for r in cs.select(ids)),
                               description=f"{cs.name} ({cs.description}) in scheme {scheme} under rule {rule}"))
    return out


def multiverse(panel: pd.DataFrame | None = None, *, bundle: HypothesisBundle | None = None,
               rules: Mapping[str, OutcomeRule] | Sequence[str] | None = None,
               schemes: Sequence[str] | None = None, panel_years: tuple[int, int] = (1946, 2019),
               tables: Tables | None = None, **options: Any) -> MultiverseResult:
    """``rg.multiverse``: the specification-curve engine with the article's hypotheses as default bundle.

    Parameters
    ----------
    panel : pandas.DataFrame, optional
        Region-year panel. Leave it out when ``rules`` or ``schemes`` are
        given: the panels are then rebuilt.
    bundle : HypothesisBundle, optional
        Default :data:`regionalism.study.hypotheses` (H1-H4 of Mayer 2021):
        its primary operationalizations are the ``"primary"`` choices and its
        signs the expected signs.
    rules : dict of str to OutcomeRule, or names in :data:`ARTICLE_RULES`, optional
        Make the outcome rule a choice dimension: one panel per rule.
    schemes : sequence of str, optional
        Make the region scheme a choice dimension (partitions only, e.g.
        :data:`ARTICLE_SCHEMES`); default ``("m49",)`` when only ``rules``
        is given.
    panel_years : (int, int), default (1946, 2019)
        Years of the rebuilt panels (``years`` still selects windows).
    tables : regionalism.data.Tables, optional
        Tables the panels are rebuilt from.
    **options
        Every option of :func:`regionalism.spec_curve.multiverse`.

    Returns
    -------
    MultiverseResult
        With ``rules``/``schemes``: every result and specification row also
        has ``rule`` (label) and ``scheme``; its ``cases`` label is
        ``"rule/scheme/case set"`` and ``data`` is the stacked panel of
        :func:`rule_scheme_panel` (unit ``variant_unit``). Given ``specs``,
        each is fitted once per variant and ``base_spec_id`` names it.

    Notes
    -----
    With ``rules`` or ``schemes`` each (rule, scheme) variant is built by
    ``rg.region_year(rg.comparison_regions(scheme), rule=rule)`` and the
    variants are stacked; a specification's case set selects the regions of
    one variant, so every fit sees one partition under one rule. The
    ``cases`` option (default ``"all"``: every region of the scheme) is
    applied within each variant. ``standardize=True`` z-scores over the
    stacked panel (one scale for all variants). The joint permutation test
    (:meth:`MultiverseResult.permutation_test`) swaps trajectories within each
    specification's sample, i.e. within one variant, and draws its keys per
    region (``permute_by="region_id"``): in every draw the variants of a region
    get the same key, so variants with the same regions and coverage (one
    scheme under several rules) are shuffled alike and the dependence of
    their specifications is kept under the null; across schemes the regions
    differ and so do the shuffles.

    Examples
    --------
    >>> from regionalism.study import synthetic_panel
    >>> from regionalism.study.robustness import multiverse
    >>> mv = multiverse(synthetic_panel(n_regions=12, n_years=8, seed=1), progress=False)
    >>> mv.results["term"].tolist()
    ['polyarchy_mean', 'external_reliance', 'leader_ratio_cinc', 'conflict_per_state']
    >>> mv = multiverse(rules=["default", "signature"], schemes=["m49", "rsc"], panel_years=(1991, 2019),
    ...                 outcome="secreg_exists", focal="H1", progress=False)
    >>> sorted(mv.specs["scheme"].unique()), len(mv.specs)
    (['m49', 'rsc'], 4)
    """
    bundle = hypotheses if bundle is None else bundle
    if rules is None and schemes is None:
        if panel is None:
            raise TypeError("multiverse() needs a panel, or rules=/schemes= to rebuild the panels")
        return estimation.multiverse(panel, bundle=bundle, **options)
    if panel is not None:
        raise ValueError("give either a panel or rules=/schemes= (the panels are then rebuilt), not both")
    if "unit" in options:
        raise ValueError("unit= cannot be combined with rules=/schemes= (the units are the variant_unit of the "
                         "rebuilt panels)")
    stacked = rule_scheme_panel(rules=rules, schemes=("m49",) if schemes is None else schemes,
                                years=panel_years, tables=tables)
    cases = options.pop("cases", "all")
    specs = options.pop("specs", None)
    base: dict[int, int] = {}
    if specs is not None:
        specs, cases, base = _variant_specs(stacked, specs, cases)
    case_sets = _variant_case_sets(stacked, cases)
    options.setdefault("permute_by", "region_id")  # a region's variants are shuffled alike
    mv = estimation.multiverse(stacked, bundle=bundle, cases=case_sets, unit="variant_unit", specs=specs, **options)
    variant = {cs.name: cs.name.split(_SEP)[:2] for cs in case_sets}
    for frame in (mv.results, mv.specs, mv.skipped):
        if len(frame):
            frame["rule"] = [variant[c][0] for c in frame["cases"]]
            frame["scheme"] = [variant[c][1] for c in frame["cases"]]
            if base:
                frame["base_spec_id"] = [base[int(i)] for i in frame["spec_id"]]
        else:
            frame["rule"], frame["scheme"] = pd.Series(dtype=object), pd.Series(dtype=object)
    return mv


def _variant_specs(stacked: pd.DataFrame, specs: Any, cases: Any) -> tuple[list[dict[str, Any]], list[Any], dict[int, int]]:
    """Every given specification once per (rule, scheme) variant; its case set becomes the variant's.

    Returns the expanded records, the case sets they use, and ``spec_id -> given spec_id`` (or its position).
    """
    records = specs.to_dict("records") if isinstance(specs, pd.DataFrame) else [dict(r) for r in specs]
    default = (cases if isinstance(cases, (list, tuple)) else [cases])[0]
    used: dict[str, Any] = {}
    for r in records:
        c = r.get("cases", default)
        used.setdefault(c if isinstance(c, str) else c.name, c)
    out, base = [], {}
    for rule, scheme in stacked.attrs["regions"]:
        prefix = rule + _SEP + scheme + _SEP
        for pos, r in enumerate(records):
            c = r.get("cases", default)
            new = {k: v for k, v in r.items() if k != "spec_id"}
            new["cases"] = prefix + (c if isinstance(c, str) else c.name)
            new["spec_id"] = len(out)
            base[len(out)] = int(r.get("spec_id", pos))
            out.append(new)
    return out, list(used.values()), base


def article_specifications() -> pd.DataFrame:
    """The specifications of :func:`article_multiverse` (without fitting).

    Returns
    -------
    pandas.DataFrame
        ``spec_id`` and one column per dimension; 1,080 specifications.

    Examples
    --------
    >>> specs = article_specifications()
    >>> len(specs), sorted(specs["model"].unique())
    (1080, ['logit', 'ols'])
    """
    grid = specifications(**ARTICLE_CHOICES, bundle=hypotheses)
    choices = grid.attrs["choices"]
    keep = ~(((grid["model"] == "logit") & (grid["outcome"] != "secreg_exists"))
             | ((grid["model"] == "logit") & (grid["cov"] == "cr2")))
    out = grid[keep].reset_index(drop=True)
    out["spec_id"] = range(len(out))
    out.attrs["choices"] = choices
    return out


def article_multiverse(panel: pd.DataFrame | None = None, *, spec_ids: Sequence[int] | None = None,
                       rules: Mapping[str, OutcomeRule] | Sequence[str] | None = None,
                       schemes: Sequence[str] | None = None, tables: Tables | None = None,
                       backend: str = "serial", n_jobs: int = 2, scheduler: Any = None,
                       seed: int = 0, progress: bool = True) -> MultiverseResult:
    """The standard multiverse for hegemonic stability (H3) and autocratic hesitance (H1).

    One call fits 1,080 specifications on the region-year panel and reports
    the regime (H1) and leadership (H3) coefficients; external provision (H2)
    and functional demand (H4) enter every specification as covariates whose
    operationalization is itself a choice.

    Parameters
    ----------
    panel : pandas.DataFrame
        The region-year panel, ``regionalism.region_year()``.
    spec_ids : sequence of int, optional
        Fit only these specifications of :func:`article_specifications`
        (for quick checks); default all.
    rules, schemes : optional
        Add the outcome rule (e.g. :data:`ARTICLE_RULES`) and the region
        scheme (e.g. :data:`ARTICLE_SCHEMES`) as dimensions: the panels are
        rebuilt (leave ``panel`` out) and each specification whose case set
        is ``"all"`` is fitted on every (rule, scheme) partition (only
        partition case sets: ``no_continents`` and ``drop_europe`` are
        choices of the overlapping all-regions panel). Results carry
        ``rule``, ``scheme`` and ``base_spec_id``.
    tables : regionalism.data.Tables, optional
        Tables the panels are rebuilt from.
    backend, n_jobs, scheduler, seed, progress
        As in :func:`regionalism.spec_curve.multiverse`.

    Returns
    -------
    MultiverseResult
        Focal terms ``regime`` and ``leadership``; ``.plot()`` draws both curves.

    Notes
    -----
    The choices (:data:`ARTICLE_CHOICES`):

    - outcome: any security institution (``secreg_exists``) or its depth
      index (``secreg_depth``, 0-1);
    - regime (H1): mean and minimum V-Dem polyarchy, share of autocracies
      (expected sign negative);
    - leadership (H3): leader's CINC share, CINC concentration (HHI),
      leader's GDP share. The CINC ratio leader/runner-up (the bundle's
      primary) is left out: its right tail (up to ~1,200) makes linear
      coefficients depend on a handful of region-years;
    - external (H2): share of states with an outside provider, major power
      inside the region; demand (H4): number of conflicts, any conflict;
    - model and covariance: linear (probability) model with CR1 or CR2
      cluster-robust errors; logit with CR1 for ``secreg_exists`` only (logit
      on the 0-1 depth index and CR2 for logit are not fitted);
    - cases: all regions, without the continent-level regions (the
      sub-regions do not overlap each other as much), without the European
      regions;
    - years: 1946-2019 and the post-Cold War 1991-2019.

    Hypothesis columns are standardized (``standardize=True``), so every
    estimate is the change per standard deviation of the measure (for the
    linear models, in probability or depth units; for logit, in log-odds).
    Standard errors are clustered by region throughout.

    Examples
    --------
    >>> import regionalism as rg
    >>> from regionalism.study import article_multiverse
    >>> mv = article_multiverse(rg.region_year(), progress=False)  # doctest: +SKIP
    >>> fig = mv.plot()  # doctest: +SKIP
    """
    specs = article_specifications()
    if spec_ids is not None:
        unknown = sorted(set(spec_ids) - set(specs["spec_id"]))
        if unknown:
            raise ValueError(f"spec_ids {unknown[:5]} are not article specifications "
                             f"(0..{len(specs) - 1})")
        specs = specs[specs["spec_id"].isin(spec_ids)]
    choices = dict(ARTICLE_CHOICES)
    variants: dict[str, Any] = {}
    if rules is not None or schemes is not None:
        specs = specs[specs["cases"] == "all"]
        if specs.empty:
            raise ValueError("with rules=/schemes= only specifications with cases 'all' (a partition) are fitted; "
                             "spec_ids selects none")
        choices["cases"] = ["all"]
        variants = {"rules": rules, "schemes": schemes, "tables": tables}
    return multiverse(panel, specs=specs, focal=["regime", "leadership"],
                      standardize=True, backend=backend, n_jobs=n_jobs, scheduler=scheduler,
                      seed=seed, progress=progress, **variants, **choices)
