"""The numbers behind every figure and table, against independent computations from the shipped data."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import regionalism as rg
from regionalism.study.samples import COMPARISON_REGIONS, region_year_panel


@pytest.fixture(scope="module")
def panel() -> pd.DataFrame:
    return region_year_panel()


# --- 01 MIA trends ------------------------------------------------------------------


def test_mia_yearly_means_match_groupby(analysis) -> None:
    a = analysis("01_mia_trends")
    out = a.yearly_means()
    mia = rg.load("mia")
    mia = mia[mia["year"].between(1950, 2019)]
    by_type = mia.assign(t=mia["type_i"].astype(str)).groupby(["t", "year"])[["delegation", "pooling"]].mean()
    got = out[out["breakdown"] == "type"].set_index(["group", "year"])[["delegation", "pooling"]]
    assert [tuple(map(str, i)) for i in got.sort_index().index] == [tuple(map(str, i)) for i in by_type.index]
    np.testing.assert_array_equal(got.sort_index().to_numpy(), by_type.to_numpy())  # exact equality
    overall = mia.groupby("year")[["delegation", "pooling"]].mean()
    got_all = out[out["breakdown"] == "all"].set_index("year")[["delegation", "pooling"]]
    np.testing.assert_array_equal(got_all.to_numpy(), overall.to_numpy())
    assert sorted(out["year"].unique()) == list(range(1950, 2020))
    n = out[(out["breakdown"] == "all") & (out["year"] == 2019)]["n_ios"].item()
    assert n == mia.loc[mia["year"] == 2019, "acronym"].nunique()


def test_mia_scope_rule(analysis) -> None:
    a = analysis("01_mia_trends")
    scope = a.io_scope().set_index("acronym")
    # every IO is classified by the two-thirds rule on its recorded share
    classified = scope[scope["scope"] != "unclassified"]
    assert ((classified["modal_share"] >= 2 / 3 - 1e-12) == (classified["scope"] == "regional")).all()
    # the EEA is not in COW IGO v3: its members come from the coded memberships table when coded there
    orgs = rg.load("organizations")
    coded = rg.load("memberships")
    eea = coded[coded["org_id"].isin(orgs.loc[orgs["mia_id"] == "EEA", "org_id"]) & (coded["status"] == "full")]
    assert scope.loc["EEA", "member_source"] == ("memberships" if len(eea) else "none")
    assert scope.loc["EEA", "n_members"] == eea["ccode"].nunique()
    # MIA's EAC1 number (1750, the EPU in COW) is replaced by the curated one
    assert scope.loc["EAC1", "cow_numbers_used"] == "1470"
    # independent recomputation for one IO: ASEAN members in COW IGO, their continents
    igo = rg.load("igo_memberships")
    asean = set(igo.loc[(igo["ionum"] == 750) & (igo["status"] == "full"), "ccode"])
    rm = rg.load("region_members")
    asia = set(rm.loc[rm["region_id"] == "asia", "ccode"])
    assert scope.loc["ASEAN", "n_members"] == len(asean)
    assert scope.loc["ASEAN", "modal_share"] == pytest.approx(len(asean & asia) / len(asean))
    # regional-vs-global means use exactly the classified IOs
    out = a.yearly_means(scope.reset_index())
    mia = rg.load("mia")
    reg = set(classified.index[classified["scope"] == "regional"])
    m19 = mia[(mia["year"] == 2019) & mia["acronym"].isin(reg)]["delegation"].mean()
    assert out[(out["group"] == "regional") & (out["year"] == 2019)]["delegation"].item() == pytest.approx(m19)


# --- 02 regional scatter --------------------------------------------------------------


def test_scatter_points_are_regional_ios_in_2019(analysis) -> None:
    data = analysis("02_regional_authority_scatter").scatter_data()
    scope = analysis("01_mia_trends").io_scope()
    mia = rg.load("mia")
    alive = set(mia.loc[mia["year"] == 2019, "acronym"])
    expected = alive & set(scope.loc[scope["scope"] == "regional", "acronym"])
    assert set(data["acronym"]) == expected
    eu = mia[(mia["acronym"] == "EU") & (mia["year"] == 2019)]
    row = data.set_index("acronym").loc["EU"]
    assert (row["delegation"], row["pooling"]) == (eu["delegation"].item(), eu["pooling"].item())


# --- 03 regime trends -----------------------------------------------------------------


def test_regime_trends_equal_panel_and_states(analysis, panel) -> None:
    data = analysis("03_regime_trends").trend_data()
    assert set(data["region_id"]) == set(COMPARISON_REGIONS)
    ca = data[data["region_id"] == "central_asia"].set_index("year")["polyarchy_mean"]
    # independent: mean polyarchy of the five Central Asian states from the states table
    states = rg.load("states")
    col = "v2x_polyarchy" if "v2x_polyarchy" in states.columns else "polyarchy"
    five = states[states["ccode"].isin([701, 702, 703, 704, 705])]
    direct = five.groupby("year")[col].mean()
    for year in (1995, 2010, 2020):
        assert ca.loc[year] == pytest.approx(direct.loc[year])


# --- 04 leadership --------------------------------------------------------------------


def test_leadership_shares(analysis, panel) -> None:
    data = analysis("04_leadership_structure").leadership_data().set_index("region_id")
    assert set(data.index) == set(COMPARISON_REGIONS)
    states = rg.load("states")
    s = states[(states["year"] == 2019) & states["ccode"].isin([701, 702, 703, 704, 705])]
    shares = (s.set_index("ccode")["cinc"] / s["cinc"].sum()).sort_values(ascending=False)
    ca = data.loc["central_asia"]
    assert ca["leader_share_cinc"] == pytest.approx(shares.iloc[0])
    assert ca["runner_up_share_cinc"] == pytest.approx(shares.iloc[1])
    assert {int(ca["leader_cinc"]), int(ca["runner_up_cinc"])} == {704, 705}  # Kazakhstan and Uzbekistan
    assert ca["ratio_cinc"] == pytest.approx(shares.iloc[0] / shares.iloc[1])
    assert data["ratio_cinc"].is_monotonic_increasing


# --- 05 Central Asia timeline -----------------------------------------------------------


@pytest.mark.parametrize("year", [1994, 2006, 2019])
def test_institution_years_equal_public_function(analysis, year: int) -> None:
    a = analysis("05_central_asia_security_timeline")
    iy = a.institution_years(years=(1991, 2025))
    mine = iy[iy["year"] == year].set_index("unit_id")
    public = rg.security_institutions("central_asia", year).set_index("unit_id")
    assert set(mine.index) == set(public.index)
    assert (mine.loc[public.index, "kind"] == public["kind"]).all()
    np.testing.assert_allclose(mine.loc[public.index, "depth_additive"].astype(float),
                               public["depth_additive"].astype(float))


def test_spells_and_uzbekistan_events(analysis) -> None:
    a = analysis("05_central_asia_security_timeline")
    iy = a.institution_years()
    sp = a.spells(iy)
    expanded = {(r.unit_id, r.kind, y) for r in sp.itertuples() for y in range(r.start, r.end + 1)}
    assert expanded == set(zip(iy["unit_id"], iy["kind"], iy["year"]))
    ev = a.uzbekistan_events(sp)
    m = rg.load("memberships")
    csto = m[(m["org_id"] == "csto") & (m["ccode"] == 704)]
    assert set(ev.loc[(ev["unit_id"] == "csto") & (ev["kind"] == "exit"), "year"]) == set(csto["end"].dropna())
    assert set(ev.loc[(ev["unit_id"] == "cst_1992") & (ev["kind"] == "exit"), "year"]) == {1998, 2011}  # last 31 December as a party


# --- 06 heatmap -------------------------------------------------------------------------


def test_depth_matrices(analysis, panel) -> None:
    a = analysis("06_security_depth_heatmap")
    data = a.depth_data()
    mats = a.matrices(data)
    p = panel[(panel["region_id"] == "west_africa") & (panel["year"] == 2010)]
    assert mats["secreg_degree"].loc["West Africa", 2010] == pytest.approx(float(p["secreg_degree"].item()))
    assert a.matrices(data, value="depth")["secreg_depth"].loc["West Africa", 2010] == \
        pytest.approx(float(p["secreg_depth"].item()))
    none = data[data["secreg_exists"] == 0]
    assert none["secreg_degree"].isna().all() and (none["secreg_cell"] == "none").all()
    # "institution, depth not coded" is its own kind of cell, not blank
    nc = data[data["outside_cell"] == "not_coded"]
    assert (nc["outside_exists"] == 1).all() and nc["outside_degree"].isna().all()
    assert mats["outside_not_coded"].to_numpy().sum() == len(nc)
    assert mats["outside_degree"].shape == (len(COMPARISON_REGIONS), 2025 - 1946 + 1)


# --- 07 case profiles -----------------------------------------------------------------


def test_case_profiles_are_period_means(analysis, panel) -> None:
    a = analysis("07_case_profiles")
    table = a.profile_table().set_index("Region")
    assert table.index[0] == "Central Asia" and len(table) == len(COMPARISON_REGIONS)
    sub = panel[(panel["region_id"] == "central_asia") & panel["year"].between(2010, 2019)]
    for col, heading in a.COLUMNS.items():
        expected = pd.to_numeric(sub[col], errors="coerce").astype(float).mean()
        got = table.loc["Central Asia", heading]
        assert (np.isnan(expected) and np.isnan(got)) or got == pytest.approx(expected), col


# --- 08 regression --------------------------------------------------------------------


def test_regression_matches_statsmodels(analysis) -> None:
    import statsmodels.formula.api as smf

    a = analysis("08_regression_h1_h4")
    data = a.sample()
    res = a.models(data)
    f = "secreg_degree ~ " + " + ".join(a.terms())
    d = data.dropna(subset=["secreg_degree", *a.terms()]).astype({t: float for t in a.terms()})
    d["secreg_degree"] = d["secreg_degree"].astype(float)
    ols = smf.ols(f, d).fit()
    np.testing.assert_allclose(res["(3) OLS degree"].params.to_numpy(), ols.params.to_numpy(), rtol=1e-8)
    assert res["(1) logit exists"].n_clusters == d["region_id"].nunique()
    assert a.terms() == ["polyarchy_mean", "external_reliance", "leader_ratio_cinc", "conflict_per_state"]


# --- 09 cases and QCA -------------------------------------------------------------------


def test_case_sets_and_calibration(analysis) -> None:
    a = analysis("09_cases_and_qca")
    df = a.cases()
    assert df.notna().all().all() and set(df.index) <= set(COMPARISON_REGIONS)
    assert ((df["SECREG_YEARS"] >= 0.5).astype(int) == df["OUT"]).all()
    sets = a.fuzzy_sets(df)
    # direct calibration: the crossover anchor maps to 0.5, larger raw values to more membership
    for k in ("DEM", "HEG", "EXT", "CONF", "SECREG"):
        order = np.argsort(df[k].to_numpy())
        assert np.all(np.diff(sets[k].to_numpy()[order]) >= -1e-12), k
    assert rg.qca.calibrate([a.ANCHORS["DEM"][1]], type="fuzzy", thresholds=list(a.ANCHORS["DEM"]))[0] == \
        pytest.approx(0.5)


# --- 10 robustness --------------------------------------------------------------------


def test_balanced_subpanel(analysis) -> None:
    a = analysis("10_robustness")
    data, terms, formula = a._baseline()
    bal = a.balanced(data)
    sizes = bal.groupby("region_id").size()
    assert sizes.nunique() == 1 and sizes.iloc[0] == data["year"].nunique()
    assert formula == "secreg_exists ~ " + " + ".join(terms)


# --- 11 specification curve -------------------------------------------------------------


def test_specification_curve_pending_without_engine(analysis, monkeypatch) -> None:
    import builtins

    from regionalism.report import Pending

    real_import = builtins.__import__

    def fake_import(name, *args, **kwargs):
        if name.startswith("regionalism.spec_curve"):
            raise ImportError("No module named 'regionalism.spec_curve'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", fake_import)
    with pytest.raises(Pending, match="spec_curve is not available"):
        analysis("11_specification_curve").curve()
