"""Every shipped dataset against its codebook, and the loader's typed output."""
from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

import regionalism as rg
from regionalism.data import datasets_root

ROOT = datasets_root()
PACKAGES = sorted(p.parent.name for p in ROOT.glob("*/datapackage.json"))
TABLES = rg.dataset_names()


def test_there_are_datasets():
    assert {"states", "igo", "mia", "alliances"} <= set(PACKAGES)


@pytest.mark.parametrize("package", PACKAGES)
def test_package_matches_codebook(package):
    report = rg.validate(ROOT / package)
    assert report.ok, str(report)


@pytest.mark.parametrize("package", PACKAGES)
def test_descriptor_valid_for_frictionless(package):
    from frictionless import Package

    desc = json.loads((ROOT / package / "datapackage.json").read_text(encoding="utf-8"))
    errors = list(Package.metadata_validate(desc))
    assert errors == [], [e.message for e in errors]
    assert desc["version"] and desc["licenses"] and desc["sources"]
    for src in desc["sources"]:
        assert src.get("version"), src


@pytest.mark.parametrize("package", PACKAGES)
def test_readme_and_sources_resolve(package):
    assert (ROOT / package / "README.md").read_text(encoding="utf-8").strip()
    desc = json.loads((ROOT / package / "datapackage.json").read_text(encoding="utf-8"))
    bib = (ROOT / "references.bib").read_text(encoding="utf-8")
    for src in desc["sources"]:
        assert "{" + src["x_bibkey"] + "," in bib, src["x_bibkey"]


@pytest.mark.parametrize("name", TABLES)
def test_load_types_follow_schema(name):
    frame = rg.load(name)
    fields = rg.describe(name).resource["schema"]["fields"]
    assert list(frame.columns) == [f["name"] for f in fields]
    for f in fields:
        col = frame[f["name"]]
        if "categories" in f:
            assert isinstance(col.dtype, pd.CategoricalDtype)
            assert col.cat.ordered == f["categoriesOrdered"]
        elif f["type"] in ("integer", "year"):
            assert str(col.dtype) == "Int64", f["name"]
        elif f["type"] == "number":
            assert col.dtype == np.float64, f["name"]
        elif f["type"] == "string":
            assert isinstance(col.dtype, pd.StringDtype), f["name"]
    keys = frame.attrs["keys"]
    assert keys and not frame.duplicated(keys).any()
    assert frame.attrs["unit"]


def test_kazakhstan_2019_matches_sources(raw_dir):
    states = rg.load("states")
    kaz = states[(states.ccode == 705) & (states.year == 2019)].iloc[0]
    assert kaz["v2x_polyarchy"] == 0.236
    nmc = pd.read_csv(raw_dir / "cow_nmc" / "nmc_v7_cy.csv")
    cinc = nmc.query("ccode == 705 and year == 2019")["cinc"].iloc[0]
    assert kaz["cinc"] == cinc
    vdem = pd.read_csv(raw_dir / "vdem" / "vdem_v15_regime_cy.csv").query("ccode == 705 and year == 2019")
    assert kaz["v2x_regime"] == vdem["v2x_regime"].iloc[0]


def test_states_values_equal_raw_for_every_joined_row(raw_dir):
    """Each V-Dem and NMC value in `states` equals the raw source's value for that COW state-year."""
    states = rg.load("states").set_index(["ccode", "year"])
    nmc = pd.read_csv(raw_dir / "cow_nmc" / "nmc_v7_cy.csv").set_index(["ccode", "year"])
    common = states.index.intersection(nmc.index)
    assert len(common) > 11000
    for col in ["milex", "milper", "cinc", "tpop"]:
        a = states.loc[common, col].to_numpy(dtype=float)
        b = nmc.loc[common, col].to_numpy(dtype=float)
        assert np.array_equal(np.isnan(a), np.isnan(b))
        assert np.allclose(a[~np.isnan(a)], b[~np.isnan(b)], rtol=0, atol=0)


def test_missing_is_na_not_zero():
    states = rg.load("states")
    # COW's major-power list ends in 2016: later years are NA, not 0
    assert states.loc[states.year > 2016, "cow_major_power"].isna().all()
    assert (states.loc[states.year <= 2016, "cow_major_power"].notna()).all()
    # Freedom House starts in 1972
    assert states.loc[states.year < 1972, "fh_status"].isna().all()
    # V-Dem v15 ends in 2024; only the v16 column covers 2025
    assert states.loc[states.year == 2025, "v2x_polyarchy"].isna().all()
    assert states.loc[states.year == 2025, "v2x_polyarchy_v16"].notna().sum() > 150
    # the USSR has no Maddison value (the Russian Federation series is another territory)
    assert states.query("ccode == 365 and year <= 1991")["mad_gdppc"].isna().all()


def test_igo_spells_reproduce_state_igo_years(raw_dir):
    spells = rg.load("igo_memberships")
    n_years = int((spells["end"] - spells["start"] + 1).sum())
    raw = pd.read_csv(raw_dir / "cow_igo" / "igo_membership_state_igo_year_v3.csv", usecols=["ccode"])
    assert n_years == len(raw)


def test_catalogue():
    cat = rg.list_datasets()
    assert {"name", "title", "unit", "rows", "first_year", "last_year", "version", "licence"} <= set(cat.columns)
    assert set(cat["name"]) == set(TABLES)
    assert cat["licence"].str.len().gt(0).all()
    assert cat.set_index("name").loc["states", "rows"] == len(rg.load("states"))


def test_unknown_name_lists_available():
    with pytest.raises(KeyError) as err:
        rg.load("nope")
    assert "states" in str(err.value) and "Available" in str(err.value)
    with pytest.raises(KeyError, match="Did you mean 'states'"):
        rg.load("state")


def test_describe_and_cite():
    cb = rg.describe("states")
    assert "v2x_polyarchy" in set(cb.fields["name"])
    md = cb.to_markdown()
    assert "CC-BY-SA-4.0" in md and "Primary key: ccode, year" in md
    bib = rg.cite("states")
    for key in ["vdem_v15", "polity5", "singer1972nmc", "bolt2024maddison", "regionalism"]:
        assert "{" + key + "," in bib


def test_load_returns_copy():
    a = rg.load("mia")
    a.loc[0, "delegation"] = -1.0
    assert rg.load("mia").loc[0, "delegation"] != -1.0
