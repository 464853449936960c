"""Security institutions, their member-years and the depth of their design.

An *institution* is an organization with a security mandate (declaratory or
operational) or a multilateral security agreement. Its member states in a
year are:

- organizations: the package's one membership rule
  (:mod:`regionalism.measures.membership`: full or suspended members, parent
  bodies, ``led_by`` bodies, within the organization's existence);
- agreements: parties whose spell (``joined`` to ``left``) covers the year,
  while the agreement is in force: from ``in_force`` to ``ended``. Where
  ``in_force`` is unknown, ATOP-derived agreements follow ATOP's membership
  years (the obligation years ATOP codes for each member); a hand-coded one
  does not count under the default rule ``in_force="entry_into_force"``
  (it is listed in ``attrs["in_force_unknown"]``, which the panel names in a
  warning) and counts from its signature year under
  ``in_force="signature"`` (``in_force_assumed`` = True). Agreements whose
  note says they never entered into force never count.

Depth (see :func:`depth_components`) turns the ``security_design`` items of
the spell covering a year into ten components on a 0-1 scale. The additive
index does not inflate: it is the *sum* of the coded components divided by
all ten (a missing item counts as 0, so coding fewer items never raises the
score; ``depth_coverage`` reports the share of items coded), NA when fewer
than six components are coded (``missing="skip"`` restores the older mean of
the coded components). Mandate breadth likewise divides by all seven mandate
items. An institution-year whose design spell codes all seven mandate items 0
has no security mandate then (``has_security_mandate`` False; the 1958-1992
EEC) and never counts as a security institution in those years. The ordinal
index has four levels. Operational items (``joint_forces``,
``operational_record``) take effect from the design spell that codes them:
an event (a first deployment) starts a new spell, so it never raises the
score of earlier years.

Every function takes the tables it needs as DataFrames and returns a new
DataFrame; nothing is loaded or cached here (``rg.region_year`` passes the
tables and caches per :class:`~regionalism.data.tables.Tables`).
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd

from regionalism._shared.spells import expand_spells
from regionalism.measures.membership import MEMBER_STATUSES, organization_member_years

__all__ = ["institutions", "institution_member_years", "depth_components", "institution_depth_years",
           "COMPONENTS", "ORDINAL_LEVELS", "MIN_CODED_COMPONENTS", "MEMBER_STATUSES",
           "PARTICIPANT_STATUSES"]

NEVER_IN_FORCE = re.compile(r"never (?:entered|came|went) into force|never in force|never materiali[sz]ed", re.I)
MANDATES = ["mandate_defense", "mandate_peacekeeping", "mandate_counterterrorism", "mandate_border",
            "mandate_drugs_crime", "mandate_arms_control", "mandate_civil_protection"]
COMPONENTS = {
    "treaty": "treaty_basis (0/1)",
    "standing_body": "standing_body (0/1)",
    "secretariat": "secretariat (0/1)",
    "mandate_breadth": "number of the seven mandate_* items that are 1, divided by 7 (NA when none is coded)",
    "mutual_assistance": "mutual_assistance (0/1)",
    "joint_forces": "joint_forces / 2",
    "majority_voting": "1 if decision_rule is qualified_majority, 0 for unanimity or consensus",
    "intervention_right": "intervention_right (0/1)",
    "dispute_settlement": "dispute_settlement (0/1)",
    "operational_record": "operational_record / 2",
}
ORDINAL_LEVELS = {0: "none", 1: "declaratory", 2: "institutionalized", 3: "operational"}
MIN_CODED_COMPONENTS = 6


def institutions(organizations: pd.DataFrame, agreements: pd.DataFrame, *,
                 in_force: str = "entry_into_force") -> pd.DataFrame:
    """All security institutions with their years of existence.

    Parameters
    ----------
    organizations : pandas.DataFrame
        The ``organizations`` table.
    agreements : pandas.DataFrame
        The ``agreements`` table.
    in_force : {"entry_into_force", "signature"}, default "entry_into_force"
        What to do with a hand-coded agreement whose entry into force is
        unknown (see the module docs and
        :class:`~regionalism.measures.rule.OutcomeRule`): leave it out, or
        count it from its signature year.

    Returns
    -------
    pandas.DataFrame
        ``unit_type`` (organization/agreement), ``unit_id``, ``name``,
        ``acronym``, ``start``, ``end`` (NA = to 2025), ``in_force_assumed``,
        ``parent_org``, ``led_by``, ``home_region``, ``security_mandate``
        (``declaratory``/``operational`` for organizations, ``agreement``
        for agreements). Agreements noted as never in force are left out.
        ``attrs["in_force_unknown"]`` lists the hand-coded agreements
        without a sourced entry into force (left out, or counted from
        signature, by ``in_force``).

    Examples
    --------
    >>> import regionalism as rg
    >>> from regionalism.measures.institutions import institutions
    >>> inst = institutions(rg.load("organizations"), rg.load("agreements"))
    >>> sorted(inst["unit_type"].unique())
    ['agreement', 'organization']
    >>> csto = inst.set_index("unit_id").loc["csto"]
    >>> csto["unit_type"], int(csto["start"])
    ('organization', 2003)
    >>> "ca_civil_protection_2011" in inst.attrs["in_force_unknown"]  # entry into force not sourced
    True
    >>> "ca_civil_protection_2011" in set(inst["unit_id"])
    False
    """
    if in_force not in ("entry_into_force", "signature"):
        raise ValueError(f"in_force must be 'entry_into_force' or 'signature'; got {in_force!r}")
    orgs = organizations
    sec = orgs[orgs["security_mandate"].isin(["declaratory", "operational"])]
    o = pd.DataFrame({
        "unit_type": "organization", "unit_id": sec["org_id"].astype(str), "name": sec["name"].astype(str),
        "acronym": sec["acronym"], "start": sec["founded"], "end": sec["dissolved"], "in_force_assumed": False,
        "parent_org": sec["parent_org"], "led_by": sec["led_by"], "home_region": sec["home_region"],
        "security_mandate": sec["security_mandate"].astype(str),
    })
    ag = agreements
    never = ag["note"].fillna("").str.contains(NEVER_IN_FORCE)
    atop = ag["agreement_id"].str.startswith("atop_")
    start = ag["in_force"].copy()
    assumed = start.isna() & ~never & ~atop
    start = start.where(~assumed, ag["signed"])
    start = start.where(~(start.isna() & atop), ag["signed"])
    a = pd.DataFrame({
        "unit_type": "agreement", "unit_id": ag["agreement_id"].astype(str), "name": ag["title"].astype(str),
        "acronym": pd.NA, "start": start, "end": ag["ended"], "in_force_assumed": assumed.to_numpy(),
        "parent_org": pd.NA, "led_by": pd.NA, "home_region": pd.NA, "security_mandate": "agreement",
    })
    unknown = sorted(a.loc[assumed.to_numpy(), "unit_id"])
    drop = never.to_numpy() | (assumed.to_numpy() if in_force == "entry_into_force" else False)
    a = a[~drop]
    out = pd.concat([o, a], ignore_index=True)
    out["start"] = out["start"].astype("Int64")
    out["end"] = out["end"].astype("Int64")
    out.attrs["in_force_unknown"] = unknown
    out.attrs["in_force"] = in_force
    return out


#: Membership statuses that make a state a participant of a security organization.
PARTICIPANT_STATUSES: tuple[str, ...] = ("full",)


def institution_member_years(inst: pd.DataFrame, organizations: pd.DataFrame, memberships: pd.DataFrame,
                             agreement_parties: pd.DataFrame, states: pd.DataFrame,
                             years: tuple[int, int], *,
                             statuses: tuple[str, ...] = PARTICIPANT_STATUSES) -> pd.DataFrame:
    """Member states of every security institution in every year.

    Organizations follow the membership rule of
    :mod:`regionalism.measures.membership`; agreements count their parties
    whose spell covers the year while the agreement is in force; all within
    the institution's years of existence and restricted to COW state-years.

    Parameters
    ----------
    inst : pandas.DataFrame
        Output of :func:`institutions`.
    organizations, memberships, agreement_parties, states : pandas.DataFrame
        The shipped (or overlaid) tables of those names.
    years : tuple of int
        First and last year (inclusive). Narrow ranges are much faster.
    statuses : tuple of str, default :data:`PARTICIPANT_STATUSES` ``("full",)``
        Membership statuses that make a state a participant of a security
        organization. By default only full members count: a suspended member
        (Uzbekistan in the CSTO from 28 June 2012) takes no part in the
        institution, although it keeps its legal membership (which
        :func:`regionalism.measures.membership.organization_member_years`
        counts with its default ``("full", "suspended")``).

    Returns
    -------
    pandas.DataFrame
        ``unit_type``, ``unit_id``, ``ccode``, ``year`` (one row per member-year).

    Examples
    --------
    >>> import regionalism as rg
    >>> from regionalism.measures.institutions import institution_member_years, institutions
    >>> orgs, ag = rg.load("organizations"), rg.load("agreements")
    >>> m = institution_member_years(institutions(orgs, ag), orgs, rg.load("memberships"),
    ...                              rg.load("agreement_parties"), rg.load("states"), (2019, 2019))
    >>> sorted(m.loc[m["unit_id"] == "csto", "ccode"])
    [365, 370, 371, 702, 703, 705]
    """
    sec_ids = set(inst.loc[inst.unit_type == "organization", "unit_id"])
    sec = organizations[organizations["org_id"].astype(str).isin(sec_ids)]
    om = organization_member_years(sec, memberships, states, years, statuses=statuses)
    om = om.rename(columns={"org_id": "unit_id"}).assign(unit_type="organization")
    parties = agreement_parties.dropna(subset=["joined"])
    ags = inst[inst.unit_type == "agreement"]
    pm = expand_spells(parties.rename(columns={"agreement_id": "unit_id", "joined": "start", "left": "end"}),
                       years, keep=["unit_id"])
    pm["unit_type"] = "agreement"
    pm["unit_id"] = pm["unit_id"].astype(str)
    pm = pm[pm.unit_id.isin(set(ags.unit_id))]
    # restrict to the agreement's years in force
    life = ags[["unit_type", "unit_id", "start", "end"]]
    pm = pm.merge(life, on=["unit_type", "unit_id"], how="inner")
    lo = pm["start"].fillna(years[0]).astype(int)
    hi = pm["end"].fillna(years[1]).astype(int)
    pm = pm[(pm["year"] >= lo) & (pm["year"] <= hi)]
    st = states[["ccode", "year"]].astype(int)
    pm = pm.merge(st, on=["ccode", "year"], how="inner")
    allm = pd.concat([om[["unit_type", "unit_id", "ccode", "year"]], pm[["unit_type", "unit_id", "ccode", "year"]]],
                     ignore_index=True).drop_duplicates()
    return allm.sort_values(["unit_type", "unit_id", "year", "ccode"]).reset_index(drop=True)


def depth_components(design: pd.DataFrame, *, missing: str = "zero") -> pd.DataFrame:
    """The ten depth components (0-1) and both indices for design rows.

    Parameters
    ----------
    design : pandas.DataFrame
        Rows of the ``security_design`` table (or any frame with its items).
    missing : {"zero", "skip"}, default "zero"
        How an uncoded item enters the additive index (and mandate
        breadth): ``"zero"`` counts it as 0 (sum over all ten components
        / 10; coding fewer items never raises a score); ``"skip"`` averages
        the coded ones only (the older rule, which inflates sparse codings).

    Returns
    -------
    pandas.DataFrame
        Same index; one column per component in :data:`COMPONENTS`, plus
        ``depth_items_coded`` (components that are not NA),
        ``depth_coverage`` (``depth_items_coded`` / 10), ``depth_additive``
        (see ``missing``; NA when fewer than :data:`MIN_CODED_COMPONENTS`
        are coded), ``depth_ordinal`` (0-3, see Notes) and
        ``has_security_mandate`` (True when a mandate item is 1, False when
        all seven are coded 0, NA otherwise).

    Notes
    -----
    Ordinal depth: 1 *declaratory* (no standing body and no secretariat);
    2 *institutionalized* (a standing body or a secretariat); 3 *operational*
    (institutionalized, with joint forces or at least one deployment). A
    level is NA when the coded items cannot decide it.

    Examples
    --------
    A fully coded design, and one with only three items coded (too few for
    the additive index, enough for the ordinal level):

    >>> import pandas as pd
    >>> from regionalism.measures.institutions import MANDATES, depth_components
    >>> full = dict(treaty_basis=1, standing_body=1, secretariat=0, mutual_assistance=0,
    ...             joint_forces=0, decision_rule="consensus", intervention_right=0,
    ...             dispute_settlement=1, operational_record=1)
    >>> full |= dict.fromkeys(MANDATES, 0) | {"mandate_defense": 1}
    >>> sparse = dict.fromkeys(full) | dict(treaty_basis=1, standing_body=0, secretariat=0)
    >>> comp = depth_components(pd.DataFrame([full, sparse]))
    >>> comp.loc[0, ["mandate_breadth", "operational_record", "depth_additive"]].round(3).tolist()
    [0.143, 0.5, 0.364]
    >>> comp["depth_items_coded"].tolist(), comp["depth_ordinal"].tolist()
    ([10, 3], [2, 1])
    >>> bool(pd.isna(comp.loc[1, "depth_additive"]))
    True

    Seven of ten items coded: the missing three count as 0 (the older rule
    averaged the seven):

    >>> seven = dict(full, majority_voting=None, decision_rule=None, intervention_right=None, dispute_settlement=None)
    >>> round(float(depth_components(pd.DataFrame([seven]))["depth_additive"].iloc[0]), 3)
    0.264
    >>> round(float(depth_components(pd.DataFrame([seven]), missing="skip")["depth_additive"].iloc[0]), 3)
    0.378
    """
    if missing not in ("zero", "skip"):
        raise ValueError(f"missing must be 'zero' or 'skip'; got {missing!r}")
    d = design
    num = lambda c: pd.to_numeric(d[c].astype(object), errors="coerce").astype(float)  # noqa: E731
    comp = pd.DataFrame(index=d.index)
    comp["treaty"] = num("treaty_basis")
    comp["standing_body"] = num("standing_body")
    comp["secretariat"] = num("secretariat")
    mand = pd.concat([num(c) for c in MANDATES], axis=1)
    n_mand = mand.notna().sum(axis=1)
    if missing == "zero":
        comp["mandate_breadth"] = (mand.sum(axis=1, skipna=True) / len(MANDATES)).where(n_mand > 0)
    else:
        comp["mandate_breadth"] = mand.mean(axis=1, skipna=True)
    comp["mutual_assistance"] = num("mutual_assistance")
    comp["joint_forces"] = num("joint_forces") / 2
    rule = d["decision_rule"].astype(object)
    comp["majority_voting"] = np.where(rule.isna(), np.nan, (rule == "qualified_majority").astype(float))
    comp["intervention_right"] = num("intervention_right")
    comp["dispute_settlement"] = num("dispute_settlement")
    comp["operational_record"] = num("operational_record") / 2
    coded = comp.notna().sum(axis=1)
    comp["depth_items_coded"] = coded.astype("Int64")
    comp["depth_coverage"] = coded / len(COMPONENTS)
    score = (comp[list(COMPONENTS)].sum(axis=1, skipna=True) / len(COMPONENTS) if missing == "zero"
             else comp[list(COMPONENTS)].mean(axis=1, skipna=True))
    comp["depth_additive"] = score.where(coded >= MIN_CODED_COMPONENTS)
    has = pd.Series(pd.NA, index=d.index, dtype="boolean")
    has[(mand == 1).any(axis=1)] = True
    has[(n_mand == len(MANDATES)) & (mand.fillna(0) == 0).all(axis=1)] = False
    has_col = has
    sb, se = comp["standing_body"], comp["secretariat"]
    jf, op = num("joint_forces"), num("operational_record")
    inst_yes = (sb == 1) | (se == 1)
    inst_no = (sb == 0) & (se == 0)
    oper_yes = (jf >= 1) | (op == 2)
    oper_no = (jf == 0) & (op < 2)
    level = pd.Series(np.nan, index=d.index)
    level[inst_no] = 1
    level[inst_yes & oper_no] = 2
    level[inst_yes & oper_yes] = 3
    comp["depth_ordinal"] = level.astype("Int64")
    comp["has_security_mandate"] = has_col
    return comp


def institution_depth_years(security_design: pd.DataFrame, years: tuple[int, int], *,
                            missing: str = "zero") -> pd.DataFrame:
    """Depth components and indices of every institution-year covered by a design spell.

    Each ``security_design`` spell is scored with :func:`depth_components`
    and expanded to years; where spells overlap, the later row wins.

    Parameters
    ----------
    security_design : pandas.DataFrame
        The ``security_design`` table.
    years : tuple of int
        First and last year (inclusive).
    missing : {"zero", "skip"}, default "zero"
        How uncoded items enter the additive index (:func:`depth_components`).

    Returns
    -------
    pandas.DataFrame
        One row per institution-year: ``unit_type``, ``unit_id``, the
        component columns of :data:`COMPONENTS`, ``depth_items_coded``,
        ``depth_additive``, ``depth_ordinal`` and ``year``.

    Examples
    --------
    >>> import regionalism as rg
    >>> from regionalism.measures.institutions import institution_depth_years
    >>> d = institution_depth_years(rg.load("security_design"), (2019, 2019)).set_index("unit_id")
    >>> int(d.loc["csto", "depth_ordinal"]), int(d.loc["csto", "depth_items_coded"])
    (3, 10)
    >>> bool(d["depth_additive"].dropna().between(0, 1).all())
    True
    """
    des = security_design
    comp = depth_components(des, missing=missing)
    des = pd.concat([des[["unit_type", "unit_id", "start", "end"]].astype({"unit_type": str, "unit_id": str}), comp],
                    axis=1).rename(columns={"unit_id": "uid"})
    des = des.assign(ccode=0)
    keep = ["unit_type", "uid"] + list(comp.columns)
    ex = expand_spells(des, years, keep=keep).drop(columns="ccode").rename(columns={"uid": "unit_id"})
    return ex.drop_duplicates(["unit_type", "unit_id", "year"], keep="last").reset_index(drop=True)
