"""rg.fit warns when a region-year panel's units overlap, and only for the rows it fits."""
from __future__ import annotations

import warnings

import pytest

import regionalism as rg


@pytest.fixture(scope="module")
def panel():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return rg.region_year(["central_asia", "asia", "europe", "western_europe", "eastern_europe"],
                              years=(2000, 2010))


def test_overlapping_units_are_named(panel) -> None:
    with pytest.warns(UserWarning, match=r"units overlap: state \d+ is in (asia and central_asia|europe and "
                                         r"(eastern|western)_europe)"):
        rg.fit("secreg_count ~ polyarchy_mean", panel, cluster="region_id")


def test_a_partition_of_the_same_panel_does_not_warn(panel) -> None:
    sub = panel[panel["region_id"].isin(["central_asia", "western_europe", "eastern_europe"])]
    with warnings.catch_warnings():
        warnings.simplefilter("error", UserWarning)
        try:
            rg.fit("secreg_count ~ polyarchy_mean", sub, cov="hc1")
        except UserWarning as w:  # pragma: no cover - the failure message
            pytest.fail(f"unexpected warning: {w}")


@pytest.mark.parametrize("formula, model, message", [
    ("secreg_degree ~ polyarchy_mean", "logit", "needs a 0/1 outcome"),
    ("secreg_degree ~ polyarchy_mean", "probit", "needs a 0/1 outcome"),
    ("polyarchy_mean ~ n_states", "poisson", "non-negative whole counts"),
])
def test_outcome_must_fit_the_model(formula, model, message) -> None:
    from regionalism.study import synthetic_panel

    with pytest.raises(ValueError, match=message):
        rg.fit(formula, synthetic_panel(10, 5), model=model)
