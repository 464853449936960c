"""Build ``datasets/states``: the state-year table (COW states, 1946-2025).

Every value is joined from a raw extract on COW code and year; nothing is
filled in. See ``STATES_README`` below (written to the dataset's README.md)
for the coding decisions.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
from _common import CC_BY_SA, Resource, fld, read_raw, source, write_dataset

FIRST, LAST = 1946, 2025


def _dedupe(df: pd.DataFrame, cols: list[str], own_code: str | None, log: list[str], label: str) -> pd.DataFrame:
    """One row per (ccode, year): prefer the row whose own code equals the COW code;
    keep a duplicate group only when its rows agree; otherwise set the values NA."""
    df = df.dropna(subset=["ccode"]).copy()
    df["ccode"] = df["ccode"].astype(int)
    dup = df.duplicated(["ccode", "year"], keep=False)
    if not dup.any():
        return df[["ccode", "year"] + cols]
    clean = df[~dup]
    groups = []
    for (c, y), g in df[dup].groupby(["ccode", "year"]):
        if own_code is not None and (g[own_code] == c).sum() == 1:
            pick = g[g[own_code] == c]
            rule = f"kept the row whose {own_code} equals the COW code"
        elif len(g[cols].drop_duplicates()) == 1:
            pick = g.iloc[[0]]
            rule = "rows agree"
        else:
            pick = g.iloc[[0]].copy()
            pick[cols] = np.nan
            rule = "rows disagree: set to NA"
        log.append(f"{label}: ccode {c}, {y}: {len(g)} source rows; {rule}")
        groups.append(pick)
    return pd.concat([clean] + groups)[["ccode", "year"] + cols]


def build(raw: Path) -> None:
    log: list[str] = []
    panel = read_raw(raw, "states/cow_gw_panel_sy.csv")
    n_gw_only = int(panel["ccode"].isna().sum())
    base = panel.dropna(subset=["ccode"]).copy()
    base["ccode"] = base["ccode"].astype(int)
    base = base[(base.year >= FIRST) & (base.year <= LAST)]
    base = base.rename(columns={"cw_name": "country", "stateabb": "stateabb"})[
        ["ccode", "year", "gwcode", "stateabb", "country"]]
    # ISO3 from countrycode's country-year panel (cown, year); 2025 carried from 2024 for the same COW state
    ccp = read_raw(raw, "states/countrycode_codelist_panel.csv", usecols=["cown", "year", "iso3c"])
    ccp = ccp.dropna().drop_duplicates(["cown", "year"]).rename(columns={"cown": "ccode"})
    ccp["ccode"] = ccp["ccode"].astype(int)
    base = base.merge(ccp, on=["ccode", "year"], how="left")
    last = ccp[ccp.year == ccp.year.max()].set_index("ccode")["iso3c"]
    late = base.year > ccp.year.max()
    base.loc[late, "iso3c"] = base.loc[late, "ccode"].map(last)

    coverage: dict[str, str] = {}

    def join(df: pd.DataFrame, mapping: dict[str, str], label: str, own: str | None = None) -> None:
        nonlocal base
        src_cols = list(mapping)
        d = df.rename(columns={"ccode": "ccode"})
        n_no_code = int(d["ccode"].isna().sum())
        d = _dedupe(d, src_cols, own, log, label).rename(columns=mapping)
        keys = base[["ccode", "year"]]
        merged = d.merge(keys, on=["ccode", "year"], how="left", indicator=True)
        dropped = merged[merged["_merge"] == "left_only"]
        if len(dropped):
            by = dropped.groupby("ccode")["year"].agg(["min", "max", "count"])
            spans = ", ".join(f"{c} ({r['min']}-{r['max']})" for c, r in by.iterrows())
            log.append(f"{label}: {len(dropped)} rows for state-years not in the COW system dropped: {spans}")
        if n_no_code:
            log.append(f"{label}: {n_no_code} rows without a COW code dropped (entities that are not COW states)")
        base = base.merge(d, on=["ccode", "year"], how="left")
        for col in mapping.values():
            yrs = base.loc[base[col].notna(), "year"]
            coverage[col] = f"{int(yrs.min())}-{int(yrs.max())}" if len(yrs) else "none"

    vd = read_raw(raw, "vdem/vdem_v15_regime_cy.csv")
    join(vd, {"v2x_polyarchy": "v2x_polyarchy", "v2x_libdem": "v2x_libdem", "v2x_regime": "v2x_regime"},
         "V-Dem v15", own="vdem_cow_code")
    v16 = read_raw(raw, "vdem/vdem_v16_polyarchy_cow_sy.csv")
    join(v16, {"v2x_polyarchy": "v2x_polyarchy_v16"}, "V-Dem v16")
    pol = read_raw(raw, "polity5/polity5_cy.csv")
    join(pol, {"polity2": "polity2"}, "Polity5", own="polity_ccode")
    fh = read_raw(raw, "freedom_house/fh_fiw2025_cy.csv")
    join(fh, {"pr": "fh_pr", "cl": "fh_cl", "status": "fh_status", "fh_total": "fh_total"}, "Freedom House")
    bmr = read_raw(raw, "bmr/bmr_v4_cy.csv")
    join(bmr, {"democracy": "bmr_democracy"}, "BMR", own="bmr_code")
    gwf = read_raw(raw, "gwf/gwf_all_extended_cy.csv")
    join(gwf, {"gwf_regimetype": "gwf_regimetype", "gwf_nonautocracy": "gwf_nonautocracy"}, "GWF")
    nmc = read_raw(raw, "cow_nmc/nmc_v7_cy.csv")
    join(nmc, {c: c for c in ["milex", "milper", "irst", "pec", "tpop", "upop", "cinc"]}, "COW NMC v7")
    mad = read_raw(raw, "maddison/mpd2023_cy.csv")
    # MPD's static ISO3 -> COW mapping puts the Russian Federation's series on COW 365 for the
    # Soviet years too; the USSR is a different territory, so those state-years stay NA.
    ussr = (mad["ccode"] == 365) & (mad["year"] <= 1991)
    log.append(f"Maddison: {int(ussr.sum())} Russian Federation rows for 1946-1991 not assigned to the USSR (COW 365): different territory")
    mad = mad[~ussr]
    join(mad, {"gdppc": "mad_gdppc", "pop": "mad_pop"}, "Maddison 2023")
    far = read_raw(raw, "fariss_gdppop/fariss2022_cow_sy.csv")
    join(far, {"mrgdppc": "fariss_gdppc", "sd_mrgdppc": "fariss_gdppc_sd", "pwtrgdp": "fariss_gdp",
               "sd_pwtrgdp": "fariss_gdp_sd", "pwtpop": "fariss_pop", "sd_pwtpop": "fariss_pop_sd"}, "Fariss et al.")

    # Power status: within each list's coverage 1 for years inside a spell, else 0; NA outside coverage.
    maj = read_raw(raw, "powers/cow_major_powers_2016.csv")
    base["cow_major_power"] = pd.array([pd.NA] * len(base), dtype="Int64")
    cov = base.year <= 2016
    base.loc[cov, "cow_major_power"] = 0
    for _, r in maj.iterrows():
        m = cov & (base.ccode == r.ccode) & (base.year >= r.styear) & (base.year <= r.endyear)
        base.loc[m, "cow_major_power"] = 1
    maoz = read_raw(raw, "powers/maoz_regional_global_powers.csv")
    for col, s, e in (("maoz_regional_power", "regstdate", "regenddate"), ("maoz_global_power", "globstdate", "globenddate")):
        base[col] = pd.array([pd.NA] * len(base), dtype="Int64")
        cov = base.year <= 2019
        base.loc[cov, col] = 0
        for _, r in maoz.dropna(subset=[s]).iterrows():
            y0, y1 = int(str(r[s])[:4]), int(str(r[e])[:4])
            m = cov & (base.ccode == r.ccode) & (base.year >= y0) & (base.year <= y1)
            base.loc[m, col] = 1
    coverage["cow_major_power"] = "1946-2016"
    coverage["maoz_regional_power"] = coverage["maoz_global_power"] = "1946-2019"

    for c in ["v2x_regime", "polity2", "fh_pr", "fh_cl", "fh_total", "bmr_democracy", "gwcode"]:
        base[c] = pd.to_numeric(base[c]).astype("Int64")

    status_cats = [{"value": "F", "label": "Free"}, {"value": "PF", "label": "Partly Free"},
                   {"value": "NF", "label": "Not Free"}]
    regime_cats = [{"value": 0, "label": "closed autocracy"}, {"value": 1, "label": "electoral autocracy"},
                   {"value": 2, "label": "electoral democracy"}, {"value": 3, "label": "liberal democracy"}]
    gwf_types = sorted(base["gwf_regimetype"].dropna().unique())
    gwf_non = sorted(base["gwf_nonautocracy"].dropna().unique())
    fields = [
        fld("ccode", "integer", "Correlates of War state code", required=True, minimum=2, maximum=999),
        fld("year", "year", "Calendar year", required=True, minimum=FIRST, maximum=LAST),
        fld("gwcode", "integer", "Gleditsch-Ward state code matched to the COW state-year (isard cw_gw_panel)"),
        fld("stateabb", "string", "COW state abbreviation"),
        fld("country", "string", "COW state name"),
        fld("iso3c", "string", "ISO 3166-1 alpha-3 code from countrycode's country-year panel; NA for states without one (e.g. Yugoslavia, Czechoslovakia, GDR, YAR/PDRY, Kosovo)", pattern="[A-Z]{3}"),
        fld("v2x_polyarchy", "number", "V-Dem v15 electoral democracy index (polyarchy), 0-1", minimum=0, maximum=1, unit="index 0-1", source="vdem_v15"),
        fld("v2x_libdem", "number", "V-Dem v15 liberal democracy index, 0-1", minimum=0, maximum=1, unit="index 0-1", source="vdem_v15"),
        fld("v2x_regime", "integer", "V-Dem v15 Regimes of the World (Lührmann et al. 2018)", categories=regime_cats, ordered=True, source="vdem_v15"),
        fld("v2x_polyarchy_v16", "number", "V-Dem v16 electoral democracy index (polyarchy), 0-1; the only regime measure covering 2025", minimum=0, maximum=1, unit="index 0-1", source="vdem_v16"),
        fld("polity2", "integer", "Polity5 combined polity score (interpolated), -10 to 10", minimum=-10, maximum=10, source="polity5"),
        fld("fh_pr", "integer", "Freedom House political rights rating, 1 (most free) to 7", minimum=1, maximum=7, source="freedomhouse2025"),
        fld("fh_cl", "integer", "Freedom House civil liberties rating, 1 (most free) to 7", minimum=1, maximum=7, source="freedomhouse2025"),
        fld("fh_status", "string", "Freedom House status", categories=status_cats, ordered=True, source="freedomhouse2025"),
        fld("fh_total", "integer", "Freedom House pr + cl, 2 to 14", minimum=2, maximum=14, source="freedomhouse2025"),
        fld("bmr_democracy", "integer", "Boix-Miller-Rosato dichotomous democracy (v4.0): 1 democracy, 0 not", minimum=0, maximum=1, source="bmr2013"),
        fld("gwf_regimetype", "string", "Geddes-Wright-Frantz autocratic regime type (NA in non-autocratic years)", categories=list(gwf_types), source="gwf2014"),
        fld("gwf_nonautocracy", "string", "GWF code for years without an autocratic regime (democracy, provisional, foreign-occupied, warlord, not-independent)", categories=list(gwf_non), source="gwf2014"),
        fld("milex", "number", "COW NMC v7 military expenditure", unit="thousands of current US dollars", minimum=0, source="singer1972nmc"),
        fld("milper", "number", "COW NMC v7 military personnel", unit="thousands", minimum=0, source="singer1972nmc"),
        fld("irst", "number", "COW NMC v7 iron and steel production", unit="thousands of tons", minimum=0, source="singer1972nmc"),
        fld("pec", "number", "COW NMC v7 primary energy consumption", unit="thousands of coal-ton equivalents", minimum=0, source="singer1972nmc"),
        fld("tpop", "number", "COW NMC v7 total population", unit="thousands", minimum=0, source="singer1972nmc"),
        fld("upop", "number", "COW NMC v7 urban population", unit="thousands", minimum=0, source="singer1972nmc"),
        fld("cinc", "number", "COW NMC v7 Composite Index of National Capability (share of the system total)", unit="share 0-1", minimum=0, maximum=1, source="singer1972nmc"),
        fld("mad_gdppc", "number", "Maddison Project 2023 real GDP per capita", unit="2011 international dollars", minimum=0, source="bolt2024maddison"),
        fld("mad_pop", "number", "Maddison Project 2023 population", unit="thousands", minimum=0, source="bolt2024maddison"),
        fld("fariss_gdppc", "number", "Fariss et al. (2022) latent GDP per capita, Maddison-anchored (mean of the posterior)", unit="2011 international dollars", source="fariss2022"),
        fld("fariss_gdppc_sd", "number", "Standard deviation of fariss_gdppc", unit="2011 international dollars", source="fariss2022"),
        fld("fariss_gdp", "number", "Fariss et al. (2022) latent real GDP, PWT 10.0-anchored", unit="millions of 2017 international dollars", source="fariss2022"),
        fld("fariss_gdp_sd", "number", "Standard deviation of fariss_gdp", unit="millions of 2017 international dollars", source="fariss2022"),
        fld("fariss_pop", "number", "Fariss et al. (2022) latent population, PWT 10.0-anchored", unit="millions", source="fariss2022"),
        fld("fariss_pop_sd", "number", "Standard deviation of fariss_pop", unit="millions", source="fariss2022"),
        fld("cow_major_power", "integer", "COW major power (State System Membership v2016): 1 major power, 0 not; NA after 2016 (outside the list's coverage)", minimum=0, maximum=1, source="cow_states2016"),
        fld("maoz_regional_power", "integer", "Maoz (2010) regional power: 1 yes, 0 no; NA after 2019", minimum=0, maximum=1, source="maoz2010"),
        fld("maoz_global_power", "integer", "Maoz (2010) global power: 1 yes, 0 no; NA after 2019", minimum=0, maximum=1, source="maoz2010"),
    ]
    res = Resource("states", "State-year data, COW states 1946-2025", "state-year", fields, ["ccode", "year"], base,
                   description="One row per COW state-year, 1946-2025, with regime, capability, economic and power-status measures joined on COW code and year.")
    cov_lines = "\n".join(f"| `{k}` | {v} |" for k, v in coverage.items())
    readme = STATES_README.format(n_gw_only=n_gw_only, coverage=cov_lines, log="\n".join(f"- {l}" for l in log),
                                  rows=len(base), states=base.ccode.nunique())
    srcs = [
        source("COW State System Membership / isard cw_gw_panel", "v2016 (panel to 2025)", "cow_states2016"),
        source("Gleditsch-Ward state list", "isard v0.2.0", "gleditsch1999"),
        source("countrycode codelist_panel", "1.8.0", "countrycode2018"),
        source("V-Dem Country-Year", "v15", "vdem_v15", "https://doi.org/10.23696/vdemds25"),
        source("V-Dem Country-Year polyarchy", "v16", "vdem_v16", "https://doi.org/10.23696/vdemds26"),
        source("Regimes of the World", "V-Dem v15", "luhrmann2018row"),
        source("Polity5", "p5v2018", "polity5"),
        source("Freedom in the World", "2025 edition", "freedomhouse2025"),
        source("Boix-Miller-Rosato democracy", "4.0", "bmr2013"),
        source("Geddes-Wright-Frantz autocratic regimes", "2014 (1946-2010)", "gwf2014"),
        source("COW National Material Capabilities", "7.0", "singer1972nmc"),
        source("Maddison Project Database", "2023", "bolt2024maddison"),
        source("Fariss et al. latent GDP and population", "2022 (2024-04-16 estimates)", "fariss2022"),
        source("Maoz regional and global powers", "peacesciencer", "maoz2010"),
        source("peacesciencer", "GPL-2", "miller2022peacesciencer"),
    ]
    write_dataset("states", title="State-year data, COW states 1946-2025",
                  description="Regime, capability, economic and power-status measures for every COW state-year.",
                  version="1.0.0", licenses=[CC_BY_SA], sources=srcs, resources=[res], readme=readme)


STATES_README = """
# `states`: state-year data, COW states 1946-2025

One row per state-year of the Correlates of War state system, 1946-2025
({rows} rows, {states} states). The frame is isard's `cw_gw_panel` (COW State
System Membership v2016, extended by isard to 2025); every measure is joined
to it on COW code (`ccode`) and `year`. ISO3 is not used for joining because
it is missing for several historical states.

## Coding decisions
- **Nothing is filled in.** A value is NA where its source does not cover the
  state-year. Power-status indicators are 0/1 inside their list's coverage
  (COW majors to 2016, Maoz to 2019) and NA after it.
- **Only COW state-years.** Source rows for entities or years outside the COW
  system (colonies before independence, Palestine, Hong Kong, Somaliland, ...)
  are dropped; the log below counts them per source. {n_gw_only} G-W-only
  state-years of the isard panel (no COW code) are dropped too.
- **Duplicated source rows** for one COW state-year (e.g. Polity's two
  Ethiopia rows in 1993, BMR's Yugoslavia rows in 1991 and 2006) are resolved
  by a fixed rule: keep the row whose own country code equals the COW code;
  else keep the rows if they agree; else set the values NA. Each case is
  logged below.
- **Codes as the sources give them.** V-Dem, Polity, FH, BMR and GWF rows are
  joined by the COW code their distributors (democracyData, ERT) assigned; no
  series is moved to another code. For example V-Dem's Czechia series carries
  COW code 316 for all years, so Czechoslovakia (315) has no V-Dem values.
- **Maddison**: MPD 2023 maps ISO3 to COW codes statically, which would put
  the Russian Federation's series on the USSR (COW 365, 1946-1991). The USSR
  is a different territory, so those state-years stay NA; the same static
  mapping leaves pre-1990 Germany (ISO DEU -> 255) outside the COW frame
  (FRG is 260), where it is dropped. Cite Maddison's country sources
  (raw `mpd2023_country_sources.csv`) when plotting or analysing fewer than
  12 countries.
- **V-Dem v15 and v16**: `v2x_polyarchy`, `v2x_libdem` and `v2x_regime` are
  v15 (to 2024); `v2x_polyarchy_v16` is the v16 series (to 2025), kept as its
  own column rather than spliced.
- **ISO3** comes from countrycode's country-year panel (to 2024); for 2025 it
  is carried from the same COW state's 2024 code.

## Coverage (years with at least one value)
| column | years |
|---|---|
{coverage}

## Build log (source rows dropped or resolved)
{log}

## Licence and terms
V-Dem data are CC BY-SA 4.0, so this derived table is CC BY-SA 4.0. The other
sources ask to be cited: COW (NMC v7.0, State System v2016: give the version
and cite the reference articles), Polity5 (Center for Systemic Peace),
Freedom House, BMR, GWF, Maddison (cite the country sources for graphs or
fewer than 12 countries), Fariss et al. `rg.cite("states")` returns them all.

Rebuild: `python datasets/build/build.py --raw ../shared/data/raw --only states`.
"""
