"""A synthetic region-year panel with the column names of the article's hypotheses.

For examples, tests and size simulations: the real panel is built by
:func:`regionalism.region_year`.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

__all__ = ["synthetic_panel"]


def synthetic_panel(n_regions: int = 25, n_years: int = 30, *, seed: int = 0,
                    effects: dict[str, float] | None = None) -> pd.DataFrame:
    """A synthetic region-year panel with the bundle's column names (for examples
    and tests; the real panel is built elsewhere in the package).

    Parameters
    ----------
    n_regions, n_years : int
        Panel dimensions (balanced).
    seed : int
        Random seed.
    effects : dict, optional
        Latent-index effects of ``polyarchy_mean``, ``external_share``,
        ``leader_ratio_cinc`` and ``conflict_count`` (defaults 2.0, -1.5, 0.3, 0.3).

    Returns
    -------
    pandas.DataFrame
        Columns ``region_id``, ``year``, every operationalization of
        :data:`hypotheses` and the outcomes ``secreg_exists``, ``secreg_depth``
        (0-3), ``secreg_count``.

    Examples
    --------
    >>> from regionalism.study import synthetic_panel
    >>> panel = synthetic_panel(5, 10, seed=1)
    >>> len(panel), panel["region_id"].nunique()
    (50, 5)
    >>> int(panel["year"].min()), int(panel["year"].max())
    (1981, 1990)
    >>> panel.equals(synthetic_panel(5, 10, seed=1))  # same seed, same panel
    True
    >>> set(panel["secreg_exists"]) <= {0, 1}
    True
    """
    rng = np.random.default_rng(seed)
    eff = {"polyarchy_mean": 2.0, "external_share": -1.5, "leader_ratio_cinc": 0.3,
           "conflict_count": 0.3, **(effects or {})}
    G, T = n_regions, n_years
    region = np.repeat(np.arange(G), T)
    year = np.tile(np.arange(1990 - T + 1, 1991), G) if T <= 200 else np.tile(np.arange(T), G)

    def ar(level: np.ndarray, sd: float) -> np.ndarray:  # region level + random walk-ish path
        steps = rng.normal(scale=sd, size=(G, T)).cumsum(axis=1)
        return (level[:, None] + steps).ravel()

    n_states = rng.integers(3, 16, size=G)[region] + (rng.random(G * T) < 0.05)
    poly = np.clip(ar(rng.uniform(0.1, 0.8, G), 0.02), 0.01, 0.95)
    spread = rng.uniform(0.05, 0.3, G)[region]
    ext = np.clip(ar(rng.uniform(0, 0.8, G), 0.02), 0, 1)
    lead = np.exp(ar(rng.normal(0.5, 0.6, G), 0.03))
    conflict = rng.poisson(np.exp(ar(rng.normal(-0.5, 0.7, G), 0.05)).clip(0, 20))
    df = pd.DataFrame({
        "region_id": region, "year": year,
        "polyarchy_mean": poly,
        "polyarchy_min": np.clip(poly - spread, 0.01, 0.95),
        "polyarchy_median": np.clip(poly + rng.normal(0, 0.03, G * T), 0.01, 0.95),
        "autocracy_share": np.clip(1 - poly + rng.normal(0, 0.08, G * T), 0, 1),
        "polity2_mean": np.clip(20 * poly - 10 + rng.normal(0, 1, G * T), -10, 10),
        "fh_notfree_share": np.clip(0.9 - poly + rng.normal(0, 0.08, G * T), 0, 1),
        "bmr_democracy_share": np.clip(poly + rng.normal(0, 0.1, G * T), 0, 1),
        "external_share": ext,
        "major_power_inside": (rng.random(G) < 0.3)[region].astype(int),
        "outside_count": rng.poisson(1 + 3 * ext),
        "leader_ratio_cinc": lead,
        "leader_share_cinc": lead / (1 + lead),
        "hhi_cinc": np.clip((lead / (1 + lead)) ** 2 + 0.05, 0, 1),
        "leader_share_gdp": np.clip(lead / (1 + lead) + rng.normal(0, 0.05, G * T), 0, 1),
        "n_leaders": 1 + (lead < 1.3).astype(int) + (lead < 0.9).astype(int),
        "conflict_count": conflict,
        "conflict_any": (conflict > 0).astype(int),
        "conflict_neighbors": rng.poisson(0.5 + 0.5 * conflict),
        "n_states": n_states,
    })
    u = rng.normal(0, 0.8, G)[region]
    latent = (-1.0 + eff["polyarchy_mean"] * (poly - 0.45) + eff["external_share"] * (ext - 0.4)
              + eff["leader_ratio_cinc"] * np.log(lead) + eff["conflict_count"] * conflict + u)
    df["secreg_exists"] = (latent + rng.logistic(size=G * T) > 0).astype(int)
    df["secreg_depth"] = np.digitize(latent + rng.logistic(size=G * T), [-0.5, 1.0, 2.5])
    df["secreg_count"] = rng.poisson(np.exp(0.3 * latent).clip(0, 30))
    # columns added later draw after the others, so earlier columns keep their values for a seed
    df["secreg_degree"] = 1 / (1 + np.exp(-(latent + rng.logistic(size=G * T)) / 2))
    df["external_reliance"] = np.clip(ext + rng.normal(0, 0.05, G * T), 0, 1)
    df["n_outside_bodies"] = rng.poisson(0.5 + 2 * ext)
    df["leader_ratio_cinc_nomp"] = np.where(df["major_power_inside"] == 1, 0.8 * lead, lead)
    df["conflict_per_state"] = conflict / n_states
    df["conflict_neighbors_per_state"] = df["conflict_neighbors"] / n_states
    return df
