"""The outcome: security regionalism of a region in a year (Mayer 2021's definition).

For region R in year t an institution *qualifies* under an
:class:`~regionalism.measures.rule.OutcomeRule` when it is of a kind the rule
counts, in force in t, has a security mandate, has at least
``rule.min_members`` participating states from R and at least
``rule.min_depth`` depth. It is *exclusive* (security regionalism proper)
when it meets ``rule.inside`` (by default: no member state lies outside R),
and *from outside* otherwise.

Degree measures (the article explains a low *degree* of security
regionalism), for region R with n(R, t) states in year t and the exclusive
institutions E(R, t):

- ``secreg_degree`` = max over i in E(R, t) of depth(i, t) x n_in(i, R, t) / n(R, t),
  the additive depth of an institution weighted by the share of the
  region's states that take part in it, for the institution where this
  product is largest (the deepest institution when it is also the most
  inclusive). 0 when E(R, t) is empty; NA when every institution in
  E(R, t) lacks a depth score; institutions without a depth score are
  counted in ``secreg_uncoded``.
- ``secreg_all_members`` = 1 when an exclusive *organization* includes every
  state of R (the article's "strong sign of regionalism"), else 0.
- ``secreg_count_organizations`` / ``secreg_count_agreements``: the number of
  exclusive organizations / agreements.

The same columns with the prefix ``outside_`` describe cooperation from
outside (qualifying institutions that are not exclusive).
"""
from __future__ import annotations

import pandas as pd

from regionalism.measures._strings import join_labels
from regionalism.measures.institutions import COMPONENTS
from regionalism.measures.rule import OutcomeRule

__all__ = ["qualifying_institutions", "qualifying_candidates", "apply_rule", "outcome_measures", "MIN_REGIONAL_MEMBERS", "OutcomeRule"]

#: The default rule's least number of regional members (``OutcomeRule().min_members``).
MIN_REGIONAL_MEMBERS = OutcomeRule().min_members


def qualifying_institutions(members: pd.DataFrame, inst_members: pd.DataFrame, depth: pd.DataFrame, *,
                            major_powers: pd.DataFrame, rule: OutcomeRule | None = None,
                            details: bool = True) -> pd.DataFrame:
    """Institution-years that qualify for a group under an outcome rule.

    Parameters
    ----------
    members : pandas.DataFrame
        Group member-years: ``group``, ``ccode``, ``year``.
    inst_members : pandas.DataFrame
        Security-institution member-years: ``unit_type``, ``unit_id``,
        ``ccode``, ``year`` (see
        :func:`~regionalism.measures.institutions.institution_member_years`).
    depth : pandas.DataFrame
        Institution-year depth scores keyed by ``unit_type``, ``unit_id``,
        ``year`` (see
        :func:`~regionalism.measures.institutions.institution_depth_years`).
    major_powers : pandas.DataFrame
        Major-power state-years (``ccode``, ``year``, ``stateabb``; see
        :func:`~regionalism.measures.external.major_power_years`).
    rule : OutcomeRule, optional
        The outcome rule (default ``OutcomeRule()``): its ``kinds``,
        ``min_members``, ``inside`` and ``min_depth`` apply here (its
        ``statuses`` and ``in_force`` apply when ``inst_members`` is built).
    details : bool, default True
        Also list every outside member (``outside_members``); off in the
        panel builders, where only the outside major powers are needed.

    Returns
    -------
    pandas.DataFrame
        ``group``, ``year``, ``unit_type``, ``unit_id``, ``n_members``,
        ``n_in_group``, ``n_outside``, ``kind`` (``exclusive`` or
        ``from_outside``), ``outside_members`` (only with ``details``) and
        ``outside_powers`` (';'-joined COW codes / abbreviations), the depth
        components, ``depth_items_coded``, ``depth_additive`` and
        ``depth_ordinal``.

    Examples
    --------
    Security institutions of Central Asia in 2015; the CSTO qualifies with
    three Central Asian members and comes from outside (Russia, Belarus,
    Armenia):

    >>> import regionalism as rg
    >>> from regionalism.measures.external import major_power_years
    >>> from regionalism.measures.institutions import (
    ...     institution_depth_years, institution_member_years, institutions)
    >>> from regionalism.measures.outcome import qualifying_institutions
    >>> years = (2015, 2015)
    >>> members = rg.region("central_asia").member_years(years)
    >>> members = members.rename(columns={"region_id": "group"})
    >>> orgs, ag, states = rg.load("organizations"), rg.load("agreements"), rg.load("states")
    >>> im = institution_member_years(institutions(orgs, ag), orgs, rg.load("memberships"),
    ...                               rg.load("agreement_parties"), states, years)
    >>> depth = institution_depth_years(rg.load("security_design"), years)
    >>> q = qualifying_institutions(members, im, depth, major_powers=major_power_years(states, years))
    >>> bool((q["n_in_group"] >= 3).all())
    True
    >>> csto = q.set_index("unit_id").loc["csto"]
    >>> csto["kind"], int(csto["n_in_group"]), csto["outside_members"], csto["outside_powers"]
    ('from_outside', 3, '365;370;371', 'RUS')
    """
    rule = OutcomeRule() if rule is None else rule
    inst_members = inst_members[inst_members["unit_type"].isin(list(rule.kinds))]
    found = qualifying_candidates(members, inst_members, depth, major_powers=major_powers, details=details,
                                  min_members=rule.min_members)
    return apply_rule(found, rule)


def qualifying_candidates(members: pd.DataFrame, inst_members: pd.DataFrame, depth: pd.DataFrame, *,
                          major_powers: pd.DataFrame, details: bool = True, min_members: int = 2) -> pd.DataFrame:
    """Institution-years with at least ``min_members`` participating states of a group, before a rule's
    kinds, member minimum, depth minimum and inside rule are applied (see :func:`apply_rule`).

    The part of :func:`qualifying_institutions` that does not depend on the
    rule beyond ``statuses`` and ``in_force`` (which shape ``inst_members``),
    so that a panel rebuilt under another rule filters these rows instead of
    joining again. Parameters as in :func:`qualifying_institutions`;
    ``min_members`` defaults to the least any :class:`OutcomeRule` allows.

    Returns
    -------
    pandas.DataFrame
        The columns of :func:`qualifying_institutions` except ``kind``, in no particular order.

    Examples
    --------
    >>> import pandas as pd
    >>> members = pd.DataFrame({"group": "g", "ccode": [1, 2, 3], "year": 2000})
    >>> im = pd.DataFrame({"unit_type": "organization", "unit_id": "o", "ccode": [1, 2, 3, 4], "year": 2000})
    >>> mp = pd.DataFrame({"ccode": [4], "year": [2000], "stateabb": ["USA"]})
    >>> depth = pd.DataFrame({"unit_type": ["organization"], "unit_id": ["o"], "year": [2000],
    ...                       "depth_additive": [0.5]})
    >>> found = qualifying_candidates(members, im, depth, major_powers=mp)
    >>> found[["n_in_group", "n_outside", "outside_members", "outside_powers"]].values.tolist()
    [[3, 1, '4', 'USA']]
    >>> apply_rule(found, OutcomeRule(min_members=4)).empty
    True
    """
    size = inst_members.groupby(["unit_type", "unit_id", "year"], observed=True).size().rename("n_members").reset_index()
    gm = members.merge(inst_members, on=["ccode", "year"], how="inner")
    inn = gm.groupby(["group", "unit_type", "unit_id", "year"], observed=True).size().rename("n_in_group").reset_index()
    q = inn[inn["n_in_group"] >= min_members].merge(size, on=["unit_type", "unit_id", "year"])
    q["n_outside"] = q["n_members"] - q["n_in_group"]
    # who is outside: the major powers always (small), every outside member only when details are asked for
    keys = ["group", "unit_type", "unit_id", "year"]
    mp = major_powers[["ccode", "year", "stateabb"]]
    out_q = q[q.n_outside > 0][keys]
    inst_mp = inst_members.merge(mp, on=["ccode", "year"], how="inner")
    cand_mp = out_q.merge(inst_mp, on=["unit_type", "unit_id", "year"])
    cand_mp = cand_mp.merge(members.assign(_in=True), on=["group", "ccode", "year"], how="left")
    cand_mp = cand_mp[cand_mp["_in"].isna()]
    outs = _join_groups(cand_mp, keys)[["outside_powers"]]
    if details:
        cand = out_q.merge(inst_members, on=["unit_type", "unit_id", "year"])
        cand = cand.merge(members.assign(_in=True), on=["group", "ccode", "year"], how="left")
        cand = cand[cand["_in"].isna()].merge(mp, on=["ccode", "year"], how="left")
        outs = outs.join(_join_groups(cand, keys)[["outside_members"]], how="outer")
    q = q.merge(outs.reset_index(), on=keys, how="left")
    if details:
        q["outside_members"] = q["outside_members"].fillna("")
    q["outside_powers"] = q["outside_powers"].fillna("")
    q = q.merge(depth, on=["unit_type", "unit_id", "year"], how="left")
    if "has_security_mandate" in q:  # a design spell with all seven mandate items 0: no security institution then
        q = q[q["has_security_mandate"].astype("boolean").fillna(True).astype(bool)]
    return q


def apply_rule(candidates: pd.DataFrame, rule: OutcomeRule) -> pd.DataFrame:
    """The rows of :func:`qualifying_candidates` that qualify under ``rule``, with their ``kind``.

    Keeps the rule's kinds, at least ``rule.min_members`` members of the
    group and at least ``rule.min_depth`` depth, and labels each row
    ``exclusive`` or ``from_outside`` by ``rule.inside``; sorted by group,
    year, kind, unit type and id (as :func:`qualifying_institutions` returns).

    Examples
    --------
    See :func:`qualifying_candidates`.
    """
    q = candidates
    q = q[q["unit_type"].isin(list(rule.kinds)) & (q["n_in_group"] >= rule.min_members)]
    if rule.min_depth > 0:
        q = q[q["depth_additive"] >= rule.min_depth]
    if rule.inside == "all":
        exclusive = q["n_outside"].eq(0)
    elif rule.inside == "no_outside_major_power":
        exclusive = q["outside_powers"].eq("")
    else:
        exclusive = (q["n_in_group"] / q["n_members"]) >= float(rule.inside)
    q = q.assign(kind=exclusive.map({True: "exclusive", False: "from_outside"}))
    return q.sort_values(["group", "year", "kind", "unit_type", "unit_id"]).reset_index(drop=True)


def _join_groups(cand: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """Per group of ``keys``: ';'-joined sorted COW codes and major-power abbreviations (fast path)."""
    if cand.empty:
        return pd.DataFrame(columns=keys + ["outside_members", "outside_powers"]).set_index(keys)
    c = cand.sort_values(keys + ["ccode"], kind="mergesort")
    key_tuples = list(c[keys].itertuples(index=False, name=None))
    codes = c["ccode"].astype(int).tolist()
    abbs = c["stateabb"].tolist()
    rows, members, powers = [], [], set()
    prev = None
    for k, code, abb in zip(key_tuples, codes, abbs):
        if k != prev and prev is not None:
            rows.append((*prev, ";".join(members), ";".join(sorted(powers))))
            members, powers = [], set()
        members.append(str(code))
        if isinstance(abb, str):
            powers.add(abb)
        prev = k
    rows.append((*prev, ";".join(members), ";".join(sorted(powers))))
    return pd.DataFrame(rows, columns=keys + ["outside_members", "outside_powers"]).set_index(keys)


def outcome_measures(groups: pd.DataFrame, qual: pd.DataFrame) -> pd.DataFrame:
    """Outcome columns per group-year from the qualifying institutions.

    For each kind (``secreg`` = exclusive, ``outside`` = from outside):
    ``<k>_exists`` (0/1), ``<k>_count``, ``<k>_depth`` (additive depth of the
    deepest qualifying institution; 0 when none qualifies; NA when those that
    qualify all lack a depth score), ``<k>_depth_ordinal`` (highest ordinal
    level, 0 when none), ``<k>_strongest`` (its id) and, for the exclusive
    kind, the strongest institution's ten depth components as
    ``secreg_item_<component>``; ``outside_powers`` lists the outside major
    powers in qualifying institutions from outside. The degree measures of
    the module docs: ``<k>_degree``, ``<k>_all_members``,
    ``<k>_count_organizations``, ``<k>_count_agreements`` and
    ``<k>_uncoded`` (qualifying institutions without a depth score).

    Parameters
    ----------
    groups : pandas.DataFrame
        Group member-years (``group``, ``ccode``, ``year``); one output row
        per distinct group-year, also where nothing qualifies.
    qual : pandas.DataFrame
        Output of :func:`qualifying_institutions`.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``group``, ``year``, with the columns listed above.

    Examples
    --------
    >>> import regionalism as rg
    >>> from regionalism.measures.external import major_power_years
    >>> from regionalism.measures.institutions import (
    ...     institution_depth_years, institution_member_years, institutions)
    >>> from regionalism.measures.outcome import outcome_measures, qualifying_institutions
    >>> years = (2015, 2015)
    >>> members = rg.region("central_asia").member_years(years)
    >>> members = members.rename(columns={"region_id": "group"})
    >>> orgs, ag, states = rg.load("organizations"), rg.load("agreements"), rg.load("states")
    >>> im = institution_member_years(institutions(orgs, ag), orgs, rg.load("memberships"),
    ...                               rg.load("agreement_parties"), states, years)
    >>> depth = institution_depth_years(rg.load("security_design"), years)
    >>> q = qualifying_institutions(members, im, depth, major_powers=major_power_years(states, years),
    ...                             details=False)
    >>> row = outcome_measures(members, q).loc[("central_asia", 2015)]
    >>> int(row["secreg_exists"]), int(row["outside_exists"])
    (1, 1)
    >>> "RUS" in row["outside_powers"].split(";")
    True

    No exclusive organization has all five Central Asian states; the
    nuclear-weapon-free-zone treaty (an agreement of all five) gives the degree:

    >>> int(row["secreg_all_members"]), row["secreg_strongest"], round(float(row["secreg_degree"]), 3)
    (0, 'canwfz', 0.214)
    """
    n_states = groups.groupby(["group", "year"]).size()
    out = pd.DataFrame(index=n_states.index)
    qual = qual.assign(_share=qual["n_in_group"] / n_states.reindex(
        pd.MultiIndex.from_frame(qual[["group", "year"]])).to_numpy())
    for kind, prefix in (("exclusive", "secreg"), ("from_outside", "outside")):
        k = qual[qual["kind"] == kind]
        g = k.groupby(["group", "year"])
        cnt = g.size()
        out[f"{prefix}_count"] = cnt.reindex(out.index).fillna(0).astype("Int64")
        out[f"{prefix}_exists"] = (out[f"{prefix}_count"] > 0).astype("Int64")
        orgs = k["unit_type"].astype(object) == "organization"
        for label, sub in (("organizations", k[orgs]), ("agreements", k[~orgs])):
            c = sub.groupby(["group", "year"]).size()
            out[f"{prefix}_count_{label}"] = c.reindex(out.index).fillna(0).astype("Int64")
        full = k[orgs & k["_share"].ge(1.0)].groupby(["group", "year"]).size()
        out[f"{prefix}_all_members"] = (full.reindex(out.index).fillna(0) > 0).astype("Int64")
        weighted = (k["depth_additive"] * k["_share"]).groupby([k["group"], k["year"]]).max()
        out[f"{prefix}_degree"] = weighted.reindex(out.index).where(out[f"{prefix}_exists"] == 1, 0.0)
        unc = k[k["depth_additive"].isna()].groupby(["group", "year"]).size()
        out[f"{prefix}_uncoded"] = unc.reindex(out.index).fillna(0).astype("Int64")
        best = k.sort_values(["depth_additive", "depth_ordinal", "unit_id"], ascending=[False, False, True],
                             na_position="last", kind="mergesort").drop_duplicates(["group", "year"]).set_index(["group", "year"])
        depth = best["depth_additive"].reindex(out.index)
        out[f"{prefix}_depth"] = depth.where(out[f"{prefix}_exists"] == 1, 0.0)
        ordn = g["depth_ordinal"].max().reindex(out.index)
        out[f"{prefix}_depth_ordinal"] = ordn.where(out[f"{prefix}_exists"] == 1, 0).astype("Int64")
        out[f"{prefix}_strongest"] = best["unit_id"].reindex(out.index).astype("string")
        if prefix == "secreg":
            for comp in COMPONENTS:
                out[f"secreg_item_{comp}"] = best[comp].reindex(out.index).where(out["secreg_exists"] == 1, 0.0)
        else:
            pw = join_labels(k, ["group", "year"], "outside_powers")
            out["outside_powers"] = pw.reindex(out.index).fillna("").astype("string")
    return out
