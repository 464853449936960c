"""The coded case tables: minimum counts, the article's Central Asian facts, and the COW cross-check."""
from __future__ import annotations

import pandas as pd

import regionalism as rg


def test_minimum_counts():
    regions = rg.load("regions")
    assert len(regions) >= 20
    assert {"central_asia", "southeast_asia", "africa", "europe", "west_africa", "southern_africa", "east_africa",
            "central_africa", "horn_of_africa", "north_africa", "gulf", "middle_east", "south_asia", "south_caucasus",
            "eastern_europe", "northeast_asia", "south_america", "central_america", "caribbean", "north_america",
            "pacific"} <= set(regions["region_id"])
    assert len(rg.load("organizations")) >= 80
    assert len(rg.load("agreements")) >= 100


def test_central_asia_members():
    rm = rg.load("region_members")
    ca = rm[rm.region_id == "central_asia"]
    assert sorted(ca.ccode.astype(int)) == [701, 702, 703, 704, 705]
    assert (ca.start == 1991).all() and ca.end.isna().all()


def test_uzbekistan_cst_csto_history():
    m = rg.load("memberships")
    uzb = m[(m.ccode == 704) & (m.org_id == "csto") & (m.status == "full")]
    years = set()
    for _, r in uzb.iterrows():
        years |= set(range(int(r.start), int(r.end if pd.notna(r.end) else 2025) + 1))
    # rejoined 2006; membership ended 28 June 2012, so under the date rule (a member in t if a member on
    # 31 December of t) the last year is 2011
    assert 2006 in years and 2011 in years and 2012 not in years
    assert "2012-06-28" in set(uzb.end_date.dropna().astype(str))


def test_article_agreements_present():
    a = rg.load("agreements").set_index("agreement_id")
    canwfz = a.loc["canwfz"]
    assert canwfz.signed == 2006 and canwfz.in_force == 2009
    parties = rg.load("agreement_parties")
    assert sorted(parties[parties.agreement_id == "canwfz"].ccode.astype(int)) == [701, 702, 703, 704, 705]


def test_security_mandate_orgs_have_design_spells():
    orgs = rg.load("organizations")
    design = rg.load("security_design")
    need = set(orgs.loc[orgs.security_mandate != "none", "org_id"])
    assert need <= set(design.loc[design.unit_type == "organization", "unit_id"])
    agreements = set(rg.load("agreements").agreement_id)
    assert agreements <= set(design.loc[design.unit_type == "agreement", "unit_id"])


def test_every_row_cited():
    for name in ["regions", "region_members", "organizations", "memberships", "agreements", "agreement_parties",
                 "security_design"]:
        assert rg.load(name)["source"].notna().all(), name


def test_crosscheck_counts_are_consistent():
    summary, dis = rg.crosscheck_memberships()
    orgs = summary[summary.org_id != "ALL"]
    assert (orgs.agree + orgs.only_project + orgs.only_cow == orgs.state_years).all()
    total = summary[summary.org_id == "ALL"].iloc[0]
    assert total.state_years == orgs.state_years.sum()
    # a disagreement row exists for every organization with a difference
    assert set(orgs.loc[(orgs.only_project + orgs.only_cow) > 0, "org_id"]) == set(dis.org_id)


def test_crosscheck_by_hand_for_asean():
    # ASEAN full members by hand from the project's spells vs COW's, 1967-2014
    m = rg.load("memberships")
    cow = rg.load("igo_memberships")
    ours = {(int(r.ccode), y) for _, r in m[(m.org_id == "asean") & (m.status == "full")].iterrows()
            for y in range(int(r.start), min(2014, int(r.end) if pd.notna(r.end) else 2014) + 1)}
    theirs = {(int(r.ccode), y) for _, r in cow[(cow.ionum == 750) & (cow.status == "full")].iterrows()
              for y in range(int(r.start), int(r.end) + 1) if y >= 1967}
    summary, _ = rg.crosscheck_memberships()
    row = summary.set_index("org_id").loc["asean"]
    assert row.agree == len(ours & theirs)
    assert row.state_years == len(ours | theirs)
