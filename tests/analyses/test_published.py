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
import pandas as pd
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
