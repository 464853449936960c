"""Analyses 12-15 against the numbers their publications print.

Each published value is read from the analysis module's ``PUBLISHED`` dict,
which records where it is printed (page, table or abstract) and the tolerance;
the source URL is in ``analyses/references.bib``. The package's numbers are
recomputed here from the shipped tables where that is cheap, so that a test
fails both when the data drift from the publication and when the analysis
code drifts from the data.
"""
from __future__ import annotations

import numpy as np
import pytest

import regionalism as rg

# --- 12 Gray (2018): alive / zombie / dead ------------------------------------------


def test_gray_dummies_fix_the_direction_of_vitality(analysis) -> None:
    a = analysis("12_gray_vitality")
    g = rg.load("gray_reo")
    for cat, code in a.CODES.items():
        assert ((g["vitality"] == code) == (g[a.DUMMIES[cat]] == 1)).all(), cat
    assert (g[["life", "zombie", "dead"]].sum(axis=1) == 1).all()  # exactly one category per REO-year


def test_gray_published_shares(analysis) -> None:
    # Gray 2018, abstract p. 1: around 52 % alive, nearly 38 % zombie, around 10 % dead
    a = analysis("12_gray_vitality")
    shares = a.vitality_shares()
    g = rg.load("gray_reo")
    np.testing.assert_allclose(shares["alive"], (g["vitality"] == 3).mean())  # independent count
    for cat, pub in a.PUBLISHED.items():
        assert abs(shares[cat] - pub["value"]) <= pub["tolerance"], (cat, float(shares[cat]), pub)
    # the organization-level readings do not reproduce the published numbers: the unit is REO-years
    for unit in ("reo_last_year", "reo_mean"):
        alt = a.vitality_shares(unit=unit)
        assert any(abs(alt[c] - p["value"]) > p["tolerance"] for c, p in a.PUBLISHED.items()), unit


def test_gray_yearly_shares(analysis) -> None:
    a = analysis("12_gray_vitality")
    y = a.yearly_shares()
    g = rg.load("gray_reo")
    assert y["n_reos"].sum() == len(g)
    assert y.set_index("year")["n_reos"].to_dict() == g.groupby("year").size().astype(int).to_dict()
    np.testing.assert_allclose(y[["alive", "zombie", "dead"]].sum(axis=1), 1.0)
    # the release codes no zombie after the constant's year, and some in it
    assert (y.loc[y["year"] > a.LAST_ZOMBIE_CODING_YEAR, "n_zombie"] == 0).all()
    assert y.loc[y["year"] == a.LAST_ZOMBIE_CODING_YEAR, "n_zombie"].item() > 0
    with pytest.raises(ValueError):
        a.vitality_shares(unit="organization")


# --- 13 COW IGO v3: IGOs alive, memberships per state --------------------------------


def test_cow_igo_published_facts(analysis) -> None:
    # No yearly number of the article was found in print: coverage (abstract), the size of the
    # released IGO-year table (igoR documentation) and a bound from another data set.
    a = analysis("13_cow_igo_trends")
    pub = a.PUBLISHED
    igos = rg.load("igo_list")
    alive = a.igos_alive(years=(1700, 2030)).set_index("year")["n_igos"]
    assert alive[alive > 0].index.min() == pub["first_year"]["value"]
    assert alive[alive > 0].index.max() == pub["last_year"]["value"]
    n = a.igo_years()
    assert abs(n / pub["igo_years"]["value"] - 1) <= pub["igo_years"]["tolerance"], n
    assert igos["deaddate"].notna().mean() > pub["share_dead"]["value"]


def test_cow_igo_counts_match_an_independent_count(analysis) -> None:
    a = analysis("13_cow_igo_trends")
    igos = rg.load("igo_list")
    alive = a.igos_alive().set_index("year")
    for year in (1816, 1900, 1965, 1994, 2014):
        expected = sum(int(f) <= year <= int(last) for f, last in zip(igos["first_year_in_data"],
                                                                       igos["last_year_in_data"]))
        assert alive.loc[year, "n_igos"] == expected, year
    assert alive["n_new"].sum() == len(igos)  # every IGO enters once within 1816-2014
    assert alive.loc[2014, "n_igos"] == (igos["last_year_in_data"] == 2014).sum()
    # trend signs the figure shows: growth to the mid-1990s, more IGOs in 2014 than in 1965
    assert alive.loc[1995, "n_igos"] > alive.loc[1965, "n_igos"] > alive.loc[1900, "n_igos"]


def test_cow_igo_memberships_per_state(analysis) -> None:
    a = analysis("13_cow_igo_trends")
    with pytest.warns(UserWarning, match="no IGO membership spell"):
        per = a.memberships_per_state()
    full = per[per["status"] == "full"].set_index("year")
    assert list(full.index) == list(range(1946, 2015))
    # independent recomputation for 1990: full spells covering the year, per system member with a spell
    m = rg.load("igo_memberships")
    cover = m[(m["start"] <= 1990) & (m["end"] >= 1990)]
    states = set(rg.load("states").query("year == 1990")["ccode"].astype(int))
    with_spell = set(cover["ccode"].astype(int)) & states
    n_full = cover[cover["status"] == "full"].groupby("ccode").size()
    expected = sum(int(n_full.get(c, 0)) for c in with_spell) / len(with_spell)
    assert full.loc[1990, "mean_memberships"] == pytest.approx(expected)
    assert full.loc[1990, "n_states"] == len(with_spell)
    assert full.loc[1990, "n_states_na"] == len(states - with_spell)
    anyst = per[per["status"] == "any"].set_index("year")
    assert (anyst["mean_memberships"] >= full["mean_memberships"]).all()
    assert full.loc[2014, "mean_memberships"] > full.loc[1946, "mean_memberships"]


# --- 14 ATOP: alliances in force by obligation, reactive alliances --------------------


def test_atop_published_facts(analysis) -> None:
    # No printed count was found: ATOP's coverage (QoG, ATOP 5.1) and the sign of Leeds and
    # Mattes' (2007, abstract) trend away from reactive alliances.
    a = analysis("14_atop_obligations")
    al = rg.load("alliances")
    assert int(al["begyr"].max()) <= a.PUBLISHED["last_year"]["value"]
    assert int(al.loc[al["endyr"] > 0, "endyr"].max()) <= a.PUBLISHED["last_year"]["value"]
    with pytest.warns(UserWarning, match="without specthrt"):
        r = a.reactive_share().set_index("era")
    assert r.loc["post-Cold War", "share_reactive"] < r.loc["Cold War", "share_reactive"]
    # independent recount of the Cold War share
    cw = al[al["begyr"].between(1946, 1989) & al["specthrt"].notna()]
    assert r.loc["Cold War", "share_reactive"] == pytest.approx((cw["specthrt"] != 0).mean())


def test_atop_in_force_counts(analysis) -> None:
    a = analysis("14_atop_obligations")
    al = rg.load("alliances")
    f = a.in_force().set_index("year")
    assert list(f.index) == list(range(1946, 2019))
    for year in (1946, 1960, 1989, 2003, 2018):
        live = al[(al["begyr"] <= year) & ((al["endyr"] == 0) | (al["endyr"] >= year))]
        assert f.loc[year, "all"] == len(live), year
        assert f.loc[year, "defense"] == int((live["defense"] == 1).sum()), year
        assert f.loc[year, "consul"] == int((live["consul"] == 1).sum()), year
    # obligations are not exclusive, but none exceeds the total
    assert (f[list(a.OBLIGATIONS)].le(f["all"], axis=0)).all().all()
    assert f.loc[2018, "all"] == int((al["endyr"] == 0).sum())  # in force at the end of coverage


# --- 15 Regimes of the World ----------------------------------------------------------


def test_row_disagreement_within_published_range(analysis) -> None:
    # Lührmann et al. 2018, abstract: disagreements with extant data sets in 7%-12% of the country-years.
    # Our V-Dem is v15, the article's an earlier release (data to 2016): tolerance one point on each bound.
    a = analysis("15_row_regimes")
    lo, hi = a.PUBLISHED["disagreement_low"], a.PUBLISHED["disagreement_high"]
    dis = a.disagreement().set_index("dataset")
    assert set(dis.index) == {"bmr", "polity", "freedom_house", "gwf"}
    for name, r in dis.iterrows():
        assert r["n"] > 3000, name
        assert lo["value"] - lo["tolerance"] <= r["disagreement"] <= hi["value"] + hi["tolerance"], (name, r)
    # independent recount for BMR
    s = rg.load("states").query("1946 <= year <= 2016")
    both = s.dropna(subset=["v2x_regime", "bmr_democracy"])
    expected = ((both["v2x_regime"].astype(int) >= 2) != (both["bmr_democracy"].astype(int) == 1)).mean()
    assert dis.loc["bmr", "disagreement"] == pytest.approx(expected)
    assert dis.loc["bmr", "n"] == len(both)
    # the Polity cut-off is a real parameter
    assert a.disagreement(polity_cutoff=-10).set_index("dataset").loc["polity", "disagreement"] > hi["value"]


def test_row_regime_shares(analysis) -> None:
    a = analysis("15_row_regimes")
    with pytest.warns(UserWarning, match="without v2x_regime"):
        sh = a.regime_shares(years=(2000, 2024))
    sums = sh.groupby(["region", "year"])["share"].sum()
    np.testing.assert_allclose(sums.to_numpy(), 1.0)
    s = rg.load("states")
    w = sh[(sh["region"] == "world") & (sh["year"] == 2010)].set_index("regime")
    counts = s.loc[s["year"] == 2010, "v2x_regime"].dropna().astype(int).value_counts()
    assert w["n"].to_dict() == {r: int(counts.get(r, 0)) for r in a.REGIMES}
    assert w["n_na"].iloc[0] == int(s.loc[s["year"] == 2010, "v2x_regime"].isna().sum())
    # continents partition the world's states with a value
    cont = sh[(sh["region"] != "world") & (sh["year"] == 2010)].groupby("regime")["n"].sum()
    assert (cont <= w["n"]).all() and cont.sum() >= 0.95 * w["n"].sum()
    europe = rg.region("europe").members_in(2010)
    eu = sh[(sh["region"] == "europe") & (sh["year"] == 2010)]
    assert eu["n_valid"].iloc[0] == s[(s["year"] == 2010) & s["ccode"].isin(europe)]["v2x_regime"].notna().sum()


def test_row_world_counts_2024_against_the_democracy_report(analysis) -> None:
    # V-Dem Democracy Report 2025 (same V-Dem v15 data): 29 liberal, 59 electoral democracies,
    # 56 electoral, 35 closed autocracies in 2024. The package holds COW states only; the
    # tolerance (one-sided) is the number of V-Dem units of that type that are not COW states.
    a = analysis("15_row_regimes")
    with pytest.warns(UserWarning, match="without v2x_regime"):
        w = a.regime_shares(years=(2024, 2024))
    w = w[w["region"] == "world"].set_index("regime")["n"]
    for r, label in a.REGIMES.items():
        pub = a.PUBLISHED["n_2024_" + label.replace(" ", "_")]
        assert 0 <= pub["value"] - w[r] <= pub["tolerance"], (label, int(w[r]), pub)


# --- all four: the published-against-reproduced tables ---------------------------------


@pytest.mark.parametrize("name", ["12_gray_vitality", "13_cow_igo_trends", "14_atop_obligations", "15_row_regimes"])
def test_published_records_and_comparison_table(analysis, name: str) -> None:
    a = analysis(name)
    assert a.PUBLISHED
    for key, p in a.PUBLISHED.items():
        assert set(p) == {"value", "where", "tolerance"}, key
        assert p["where"].strip(), key
    table = a.comparison()
    assert list(table.columns) == ["quantity", "published", "reproduced", "tolerance", "agrees", "where"]
    assert table["agrees"].all(), table[~table["agrees"]].to_dict("records")
    assert set(table["where"]) <= {p["where"] for p in a.PUBLISHED.values()}


@pytest.mark.parametrize("name", ["12_gray_vitality", "13_cow_igo_trends", "14_atop_obligations", "15_row_regimes"])
def test_docstring_examples_run(analysis, name: str) -> None:
    import doctest

    result = doctest.testmod(analysis(name), optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0 and result.failed == 0, result


def test_report_lists_published_and_reproduced(tmp_path) -> None:
    from regionalism.runner import reproduce

    names = ["12_gray_vitality", "13_cow_igo_trends", "14_atop_obligations", "15_row_regimes"]
    report = reproduce(names, out=tmp_path / "r", progress=False)
    assert report.ok, [(r.name, r.reason) for r in report.results if r.status != "ok"]
    md = (tmp_path / "r" / "report.md").read_text(encoding="utf-8")
    for r in report.results:
        figures = [o for o in r.outputs if o.kind == "figure"]
        tables = [o for o in r.outputs if o.kind == "table"]
        assert figures and tables, r.name
        assert "published" in figures[0].caption and "reproduced" in figures[0].caption, r.name
        assert tables[0].path.name.endswith("_published.csv"), r.name
        assert figures[0].caption in md
