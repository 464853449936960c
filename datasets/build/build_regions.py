"""Derive the ``regions`` tables (regions and their member spells) from the geographic definitions.

Every region is a set of states defined by geography only (never by membership
in an organization). The base is the UN M49 standard (region, sub-region and
intermediate region names as carried by the countrycode ``codelist``), with the
additions and removals listed in ``REGIONS`` below; each is explained in the
region's ``description`` and in ``NOTES.md``.

A state belongs to a region in every year in which it exists in the COW state
system within 1945-2025: state-years 1946-2025 come from
``states/cow_gw_panel_sy.csv``; 1945 comes from ``states/cow_state_system_2016.csv``
(a state is counted in 1945 if its COW spell covers any day of 1945, the same
any-day-of-the-year rule the panel uses, e.g. Syria 1958 and 1961). Consecutive
years form one spell; gaps (Syria 1959-1960, Germany 255 1946-1989,
Japan 1946-1951) split spells.

Used by the ``cases`` step of ``build.py`` (:func:`region_tables`); the
output is deterministic (sorted rows, fixed column order) and checked by
:func:`validate` before it is written.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

FIRST_YEAR, LAST_YEAR = 1945, 2025
CHECK_YEAR = 2019  # every region must have at least MIN_STATES members in this year
MIN_STATES = 3

M49_SRC = "un_m49; countrycode2018"
COW_SRC = "cow_states2017"

# --------------------------------------------------------------------------------------
# Historical states (and Taiwan) that have no M49 code in countrycode's codelist:
# explicit M49 placement. Rule: a historical state takes the M49 areas of the present
# state(s) that cover its territory (all successors lie in the same areas in every case).
# --------------------------------------------------------------------------------------
HISTORICAL: dict[int, tuple[tuple[str, str, str | None], str]] = {
    260: (("Europe", "Western Europe", None),
          "German Federal Republic: territory now Germany (M49 Western Europe)"),
    265: (("Europe", "Western Europe", None),
          "German Democratic Republic: territory now Germany (M49 Western Europe); "
          "the Cold War 'Eastern bloc' is a political, not a geographic, category"),
    315: (("Europe", "Eastern Europe", None),
          "Czechoslovakia: territory now Czechia and Slovakia (both M49 Eastern Europe)"),
    345: (("Europe", "Southern Europe", None),
          "Yugoslavia/Serbia and Montenegro/Serbia (COW 345): territory of all successors "
          "in M49 Southern Europe"),
    347: (("Europe", "Southern Europe", None),
          "Kosovo: not in M49; placed with its neighbours Serbia, Albania and "
          "North Macedonia (M49 Southern Europe)"),
    511: (("Africa", "Sub-Saharan Africa", "Eastern Africa"),
          "Zanzibar: territory now part of Tanzania (M49 Eastern Africa)"),
    678: (("Asia", "Western Asia", None),
          "Yemen Arab Republic: territory now Yemen (M49 Western Asia)"),
    680: (("Asia", "Western Asia", None),
          "Yemen People's Republic: territory now Yemen (M49 Western Asia)"),
    713: (("Asia", "Eastern Asia", None),
          "Taiwan: not listed separately in M49 (no UN code); placed in Eastern Asia "
          "by location (off the coast of China)"),
    817: (("Asia", "South-eastern Asia", None),
          "Republic of Vietnam: territory now Viet Nam (M49 South-eastern Asia)"),
}


#: Region schemes: each is a partition (no state in two of its regions in the same year; checked by
#: ``validate``). ``m49``: the sub-regions compared in the article, M49 intermediate/sub-regions with the
#: documented additions and removals; where two of them would share a state, M49's placement decides
#: (Angola: Middle Africa, so ``central_africa``; Mauritania: Western Africa, so ``west_africa``).
#: ``continent``: the five M49 regions. Regions in no scheme (aggregates that contain other regions, and
#: regions nested in an ``m49`` one: Gulf, Horn of Africa) carry ``SCHEME_NONE``.
SCHEMES = ("m49", "continent", "rsc", "rsc_sub")
SCHEME_NONE = "none"

#: Regional security complexes (Buzan and Waever 2003) as schemes ``rsc`` (complexes) and ``rsc_sub``
#: (sub-complexes): a coded fragment (regions, dated members, sources), see ``coded/regions/RSC_NOTES.md``.
RSC_DIR = Path(__file__).resolve().parent / "coded" / "regions"


@dataclass(frozen=True)
class Region:
    """One geographic region: an M49 base plus explicit additions/removals."""

    region_id: str
    name: str
    continent: str
    description: str
    source: str
    note: str = ""
    m49: tuple[str, ...] = ()  # M49 area names (region, sub-region or intermediate)
    add: dict[int, tuple[str, str]] = field(default_factory=dict)  # ccode -> (source, note)
    drop: frozenset[int] = frozenset()
    scheme: str = SCHEME_NONE  # ';'-joined schemes the region belongs to (see SCHEMES)


SOVIET_SUCCESSORS = {
    366: "Estonia", 367: "Latvia", 368: "Lithuania", 369: "Ukraine", 370: "Belarus",
    359: "Moldova", 371: "Armenia", 372: "Georgia", 373: "Azerbaijan",
    701: "Turkmenistan", 702: "Tajikistan", 703: "Kyrgyzstan", 704: "Uzbekistan",
    705: "Kazakhstan",
}


def _explicit(codes: dict[int, str], source: str, why: str) -> dict[int, tuple[str, str]]:
    return {c: (source, f"{name}: {why}") for c, name in codes.items()}


REGIONS: tuple[Region, ...] = (
    # ---------------------------------------------------------------- continents
    Region(
        "africa", "Africa", "Africa",
        "UN M49 region Africa (002): all states of the African continent and its islands "
        "(Northern Africa 015 and Sub-Saharan Africa 202), incl. Egypt, Sudan, Cabo Verde, "
        "Sao Tome and Principe, Madagascar, Comoros, Mauritius, Seychelles; plus Zanzibar "
        "1963-1964 (historical, now Tanzania).",
        M49_SRC, m49=("Africa",), scheme="continent"),
    Region(
        "europe", "Europe", "Europe",
        "UN M49 region Europe (150): Eastern, Northern, Southern and Western Europe. Russia "
        "(and the USSR, COW 365) is in, as M49 places it in Eastern Europe. Turkey, Cyprus and "
        "the South Caucasus (Armenia, Azerbaijan, Georgia) are out: M49 places them in Western "
        "Asia (they are in `asia`; for a wider Europe take the union with `south_caucasus` "
        "and add Turkey 640 and Cyprus 352). Historical states are placed by their territory: German Federal Republic and "
        "German Democratic Republic (1954/55-1990), Czechoslovakia (to 1992), Yugoslavia/Serbia "
        "(345) and Kosovo (from 2008).",
        M49_SRC, m49=("Europe",), scheme="continent"),
    Region(
        "americas", "Americas", "Americas",
        "UN M49 region Americas (019): Northern America (021) and Latin America and the "
        "Caribbean (419).",
        M49_SRC, m49=("Americas",), scheme="continent"),
    Region(
        "asia", "Asia", "Asia",
        "UN M49 region Asia (142): Central, Eastern, South-eastern, Southern and Western Asia, "
        "incl. Turkey, Cyprus, the South Caucasus, Iran and the Arabian Peninsula; plus Taiwan "
        "(no M49 code) and the historical Yemen Arab Republic, Yemen People's Republic and "
        "Republic of Vietnam. Russia/USSR (365) is out (M49 Europe); Egypt is out (M49 Africa).",
        M49_SRC, m49=("Asia",), scheme="continent"),
    Region(
        "pacific", "Pacific (Oceania)", "Oceania",
        "UN M49 region Oceania (009): Australia and New Zealand (053), Melanesia (054), "
        "Micronesia (057) and Polynesia (061). Independent states only, as in COW; dependent "
        "territories (e.g. French Polynesia, New Caledonia) are not states. Timor-Leste, "
        "Indonesia and the Philippines are out (M49 South-eastern Asia).",
        M49_SRC, m49=("Oceania",), scheme="continent;m49"),
    # ---------------------------------------------------------------- Africa
    Region(
        "sub_saharan_africa", "Sub-Saharan Africa", "Africa",
        "UN M49 sub-region Sub-Saharan Africa (202): Eastern, Middle, Southern and Western "
        "Africa; plus Zanzibar 1963-1964. Sudan is out (M49 places it in Northern Africa), "
        "South Sudan is in (M49 Eastern Africa).",
        M49_SRC, m49=("Sub-Saharan Africa",)),
    Region(
        "north_africa", "North Africa (Maghreb)", "Africa",
        "The Maghreb of north-western Africa: Morocco, Algeria, Tunisia, Libya (UN M49 Northern "
        "Africa 015 without Egypt and Sudan). Egypt and Sudan (Nile valley) are out; they are in "
        "`north_africa_m49` (and Egypt in `middle_east`). Mauritania (M49 Western Africa, part of "
        "the 'Greater Maghreb') is in `west_africa` only, so that the m49 scheme is a partition "
        "(M49 placement decides where two regions of a scheme would share a state).",
        "un_m49; ngs_style_maghreb",
        note="Core Maghreb (Morocco, Algeria, Tunisia, sometimes Libya) after the National "
             "Geographic style manual. Until this version Mauritania was added as the 'Greater "
             "Maghreb' (a coding judgment); it now stays where M49 places it (Western Africa).",
        m49=("Northern Africa",), drop=frozenset({651, 625}), scheme="m49"),
    Region(
        "north_africa_m49", "Northern Africa (UN M49)", "Africa",
        "UN M49 sub-region Northern Africa (015) exactly: Algeria, Egypt, Libya, Morocco, "
        "Sudan, Tunisia (Western Sahara is not a COW state).",
        M49_SRC, m49=("Northern Africa",)),
    Region(
        "west_africa", "West Africa", "Africa",
        "UN M49 intermediate region Western Africa (011) exactly: Benin, Burkina Faso, Cabo "
        "Verde, Cote d'Ivoire, Gambia, Ghana, Guinea, Guinea-Bissau, Liberia, Mali, Mauritania, "
        "Niger, Nigeria, Senegal, Sierra Leone, Togo.",
        M49_SRC, m49=("Western Africa",), scheme="m49"),
    Region(
        "central_africa", "Central Africa", "Africa",
        "UN M49 intermediate region Middle Africa (017) exactly: Angola, Cameroon, Central "
        "African Republic, Chad, Congo, DR Congo, Equatorial Guinea, Gabon, Sao Tome and "
        "Principe. Angola is here only (M49 placement; not also in `southern_africa`).",
        M49_SRC, m49=("Middle Africa",), scheme="m49"),
    Region(
        "east_africa", "East Africa", "Africa",
        "UN M49 intermediate region Eastern Africa (014) without its four southern mainland "
        "states Malawi, Mozambique, Zambia and Zimbabwe (Zambezi basin; they are in "
        "`southern_africa`): Burundi, Djibouti, Eritrea, Ethiopia, Kenya, Rwanda, Somalia, "
        "South Sudan, Tanzania, Uganda (Great Lakes, Horn and Swahili coast) and the western "
        "Indian Ocean island states Comoros, Madagascar, Mauritius, Seychelles (kept as M49 "
        "places them); plus Zanzibar 1963-1964. DR Congo (M49 Middle Africa) and Sudan "
        "(M49 Northern Africa) are out.",
        "un_m49; countrycode2018; britannica_southern_africa",
        m49=("Eastern Africa",), drop=frozenset({541, 551, 552, 553}), scheme="m49"),
    Region(
        "horn_of_africa", "Horn of Africa", "Africa",
        "The Horn of Africa in the sense of the easternmost extension of African land: "
        "Djibouti, Eritrea (from 1993), Ethiopia, Somalia. Broader 'Greater Horn' definitions "
        "(adding Kenya, Sudan, South Sudan, Uganda) are not used.",
        "britannica_horn",
        add=_explicit({520: "Somalia", 522: "Djibouti", 530: "Ethiopia", 531: "Eritrea"},
                      "britannica_horn", "Horn of Africa state (Britannica definition)")),
    Region(
        "southern_africa", "Southern Africa", "Africa",
        "Southern Africa as the southernmost mainland region of the continent: UN M49 "
        "intermediate region Southern Africa (018: Botswana, Eswatini, Lesotho, Namibia, South "
        "Africa) plus Malawi, Mozambique, Zambia, Zimbabwe (M49 Eastern Africa), i.e. the "
        "Britannica definition without Angola, which M49 places in Middle Africa (`central_africa`): "
        "regions of the m49 scheme share no state. Madagascar and the other Indian Ocean islands, "
        "DR Congo and Tanzania are out (they are SADC members, which is membership, not geography).",
        "britannica_southern_africa; un_m49; countrycode2018",
        m49=("Southern Africa",),
        add=_explicit({541: "Mozambique", 551: "Zambia", 552: "Zimbabwe",
                       553: "Malawi"}, "britannica_southern_africa; un_m49",
                      "southern mainland state outside M49 Southern Africa, in the "
                      "Britannica definition of Southern Africa"), scheme="m49"),
    # ---------------------------------------------------------------- Middle East, Asia
    Region(
        "middle_east", "Middle East", "Asia; Africa",
        "The Middle East from Egypt in the west to Iran in the east and from Turkey in the "
        "north to the Arabian Peninsula in the south: UN M49 sub-region Western Asia (145) "
        "without the South Caucasus (Armenia, Azerbaijan, Georgia), i.e. Bahrain, Cyprus, Iraq, "
        "Israel, Jordan, Kuwait, Lebanon, Oman, Qatar, Saudi Arabia, Syria, Turkey, United Arab "
        "Emirates, Yemen (and the Yemen Arab Republic and Yemen People's Republic to 1990); "
        "plus Egypt (M49 Northern Africa) and Iran (M49 Southern Asia). Libya, Sudan, the "
        "Maghreb, Afghanistan and Pakistan are out.",
        "cleveland2004; un_m49; countrycode2018",
        m49=("Western Asia",), drop=frozenset({371, 372, 373}),
        add={651: ("cleveland2004; un_m49", "Egypt: M49 Northern Africa; western edge of "
                                             "the Middle East (Cleveland)"),
             630: ("cleveland2004; un_m49", "Iran: M49 Southern Asia; eastern edge of the "
                                             "Middle East (Cleveland)")}, scheme="m49"),
    Region(
        "gulf", "Persian Gulf littoral", "Asia",
        "The eight states with a coast on the Persian (Arabian) Gulf or the Strait of Hormuz: "
        "Bahrain, Iran, Iraq, Kuwait, Oman, Qatar, Saudi Arabia, United Arab Emirates. Yemen "
        "is out (its coasts are on the Red Sea, Gulf of Aden and Arabian Sea).",
        "un_m49",
        note="Littoral rule is a coding judgment by coastline; the six GCC states plus Iraq "
             "and Iran happen to be exactly the littoral states.",
        add=_explicit({630: "Iran", 645: "Iraq", 670: "Saudi Arabia", 690: "Kuwait",
                       692: "Bahrain", 694: "Qatar", 696: "United Arab Emirates",
                       698: "Oman"}, "un_m49",
                      "coast on the Persian Gulf/Strait of Hormuz")),
    Region(
        "south_caucasus", "South Caucasus", "Asia",
        "Armenia, Azerbaijan, Georgia (from 1991): the three states south of the Greater "
        "Caucasus, in UN M49 Western Asia (145).",
        M49_SRC,
        add=_explicit({371: "Armenia", 372: "Georgia", 373: "Azerbaijan"}, M49_SRC,
                      "South Caucasus state (M49 Western Asia)"), scheme="m49"),
    Region(
        "central_asia", "Central Asia", "Asia",
        "The five post-Soviet Central Asian states Kazakhstan, Kyrgyzstan, Tajikistan, "
        "Turkmenistan, Uzbekistan (from 1991), as defined in the seed article; identical to "
        "UN M49 sub-region Central Asia (143). Afghanistan, Mongolia and Xinjiang (China) are "
        "out.",
        "mayer_seed:sec. 1; un_m49",
        add=_explicit({701: "Turkmenistan", 702: "Tajikistan", 703: "Kyrgyzstan",
                       704: "Uzbekistan", 705: "Kazakhstan"}, "mayer_seed:sec. 1; un_m49",
                      "one of the five Central Asian states (Mayer; M49 Central Asia)"), scheme="m49"),
    Region(
        "south_asia", "South Asia", "Asia",
        "UN M49 sub-region Southern Asia (034) without Iran: Afghanistan, Bangladesh, Bhutan, "
        "India, Maldives, Nepal, Pakistan, Sri Lanka (the World Bank 'South Asia' region, "
        "countrycode `region`). Iran is out (in `middle_east` and `gulf`).",
        "un_m49; countrycode2018",
        m49=("Southern Asia",), drop=frozenset({630}), scheme="m49"),
    Region(
        "southeast_asia", "Southeast Asia", "Asia",
        "UN M49 sub-region South-eastern Asia (035): Brunei, Cambodia, Indonesia, Laos, "
        "Malaysia, Myanmar, Philippines, Singapore, Thailand, Timor-Leste (from 2002), Viet "
        "Nam; plus the Republic of Vietnam (1954-1975).",
        M49_SRC, m49=("South-eastern Asia",), scheme="m49"),
    Region(
        "northeast_asia", "Northeast Asia", "Asia",
        "UN M49 sub-region Eastern Asia (030): China, Japan, Mongolia, North Korea, South "
        "Korea; plus Taiwan (no M49 code). Russia (M49 Europe) is out although its Far East "
        "lies here; combine with `post_soviet` if needed.",
        M49_SRC, m49=("Eastern Asia",), scheme="m49"),
    # ---------------------------------------------------------------- Europe
    Region(
        "eastern_europe", "Eastern Europe", "Europe",
        "UN M49 sub-region Eastern Europe (151): Belarus, Bulgaria, Czechia, Hungary, Moldova, "
        "Poland, Romania, Russia (and the USSR, COW 365, throughout), Slovakia, Ukraine; plus "
        "Czechoslovakia (to 1992). The Baltic states are out (M49 Northern Europe), the GDR is "
        "out (its territory is M49 Western Europe), Albania and Yugoslavia are out (M49 "
        "Southern Europe).",
        M49_SRC, m49=("Eastern Europe",), scheme="m49"),
    Region(
        "western_europe", "Western Europe", "Europe",
        "UN M49 sub-region Western Europe (155): Austria, Belgium, France, Germany, "
        "Liechtenstein, Luxembourg, Monaco, Netherlands, Switzerland; plus the German Federal "
        "Republic and the German Democratic Republic (to 1990). The UK, Ireland and the Nordic "
        "states (`northern_europe`) and Italy, Spain, Portugal, Greece (`southern_europe`) are "
        "out; use `europe` for the continent.",
        M49_SRC, m49=("Western Europe",), scheme="m49"),
    Region(
        "northern_europe", "Northern Europe", "Europe",
        "UN M49 sub-region Northern Europe (154): Denmark, Estonia, Finland, Iceland, Ireland, "
        "Latvia, Lithuania, Norway, Sweden, United Kingdom.",
        M49_SRC, m49=("Northern Europe",), scheme="m49"),
    Region(
        "southern_europe", "Southern Europe", "Europe",
        "UN M49 sub-region Southern Europe (039): Albania, Andorra, Bosnia and Herzegovina, "
        "Croatia, Greece, Italy, Malta, Montenegro, North Macedonia, Portugal, San Marino, "
        "Slovenia, Spain; plus Yugoslavia/Serbia (345) and Kosovo (from 2008). Cyprus and "
        "Turkey are out (M49 Western Asia).",
        M49_SRC, m49=("Southern Europe",), scheme="m49"),
    Region(
        "post_soviet", "Former Soviet Union", "Europe; Asia",
        "The territory of the former USSR: the USSR (COW 365) until 1991 and its fifteen "
        "successor states from 1991 (Russia continues as COW 365; Armenia, Azerbaijan, "
        "Belarus, Estonia, Georgia, Kazakhstan, Kyrgyzstan, Latvia, Lithuania, Moldova, "
        "Tajikistan, Turkmenistan, Ukraine, Uzbekistan). The Baltic states are in (they are "
        "part of that territory; geography, not CIS membership). Before 1991 the region has "
        "one member.",
        COW_SRC,
        add={365: (COW_SRC, "USSR to 1991, Russian Federation from 1991 (COW 365 "
                            "throughout)"),
             **_explicit(SOVIET_SUCCESSORS, COW_SRC, "Soviet successor state, from COW "
                                                    "entry in 1991")}),
    # ---------------------------------------------------------------- Americas
    Region(
        "north_america", "North America", "Americas",
        "The North American mainland north of the Central American isthmus: UN M49 Northern "
        "America (021: Canada, United States) plus Mexico (M49 Central America). Greenland and "
        "Bermuda are not states.",
        M49_SRC, m49=("Northern America",),
        add={70: (M49_SRC, "Mexico: M49 Central America; added as the third state of the "
                           "North American mainland (coding judgment)")}, scheme="m49"),
    Region(
        "central_america", "Central America (isthmus)", "Americas",
        "The seven states of the Central American isthmus: UN M49 intermediate region Central "
        "America (013) without Mexico (in `north_america`): Belize, Costa Rica, El Salvador, "
        "Guatemala, Honduras, Nicaragua, Panama. The Dominican Republic (a SICA member) is out "
        "(M49 Caribbean).",
        M49_SRC, m49=("Central America",), drop=frozenset({70}), scheme="m49"),
    Region(
        "caribbean", "Caribbean", "Americas",
        "UN M49 intermediate region Caribbean (029), independent island states: Antigua and "
        "Barbuda, Bahamas, Barbados, Cuba, Dominica, Dominican Republic, Grenada, Haiti, "
        "Jamaica, Saint Kitts and Nevis, Saint Lucia, Saint Vincent and the Grenadines, "
        "Trinidad and Tobago. Belize, Guyana and Suriname (CARICOM members on the mainland) "
        "are out.",
        M49_SRC, m49=("Caribbean",), scheme="m49"),
    Region(
        "south_america", "South America", "Americas",
        "UN M49 intermediate region South America (005): Argentina, Bolivia, Brazil, Chile, "
        "Colombia, Ecuador, Guyana, Paraguay, Peru, Suriname, Uruguay, Venezuela.",
        M49_SRC, m49=("South America",), scheme="m49"),
    Region(
        "latin_america", "Latin America and the Caribbean", "Americas",
        "UN M49 sub-region Latin America and the Caribbean (419): Caribbean, Central America "
        "incl. Mexico, and South America.",
        M49_SRC, m49=("Latin America and the Caribbean",)),
)

REGION_COLS = ["region_id", "name", "continent", "scheme", "description", "source", "note"]
MEMBER_COLS = ["region_id", "ccode", "start", "end", "source", "note"]


def load_state_years(raw: Path) -> pd.DataFrame:
    """Return COW state-years 1945-2025 (columns ``ccode``, ``year``, ``name``)."""
    panel = pd.read_csv(raw / "states" / "cow_gw_panel_sy.csv")
    panel = panel.dropna(subset=["ccode"])
    sy = pd.DataFrame({"ccode": panel["ccode"].astype(int), "year": panel["year"].astype(int),
                       "name": panel["cw_name"]})
    sy = sy[(sy.year >= FIRST_YEAR) & (sy.year <= LAST_YEAR)]
    system = pd.read_csv(raw / "states" / "cow_state_system_2016.csv")
    s_start = pd.to_datetime(system["start"]).dt.year
    s_end = pd.to_datetime(system["end"]).dt.year
    in45 = system[(s_start <= FIRST_YEAR) & (s_end >= FIRST_YEAR)]
    y45 = pd.DataFrame({"ccode": in45["ccode"].astype(int), "year": FIRST_YEAR,
                        "name": in45["cw_name"]})
    out = pd.concat([y45, sy], ignore_index=True).drop_duplicates(["ccode", "year"])
    return out.sort_values(["ccode", "year"]).reset_index(drop=True)


def load_m49(raw: Path, ccodes: list[int]) -> dict[int, tuple[tuple[str, ...], str]]:
    """Map each COW code to its M49 area names and a provenance note."""
    cl = pd.read_csv(raw / "states" / "countrycode_codelist.csv").dropna(subset=["cown"])
    cl = cl.assign(cown=cl["cown"].astype(int)).set_index("cown")
    out: dict[int, tuple[tuple[str, ...], str]] = {}
    for c in ccodes:
        if c in HISTORICAL:
            areas, why = HISTORICAL[c]
            out[c] = (tuple(a for a in areas if a), f"no M49 code; {why}")
            continue
        if c not in cl.index or pd.isna(cl.at[c, "un.region.name"]):
            raise SystemExit(f"COW state {c} has no M49 region in countrycode_codelist.csv "
                             "and no entry in HISTORICAL; add an explicit placement.")
        row = cl.loc[c]
        areas = tuple(str(row[k]) for k in ("un.region.name", "un.regionsub.name",
                                            "un.regionintermediate.name") if pd.notna(row[k]))
        out[c] = (areas, "M49 " + " > ".join(areas))
    return out


def spells(years: list[int]) -> list[tuple[int, int]]:
    """Collapse sorted years into runs of consecutive years."""
    runs: list[tuple[int, int]] = []
    for y in sorted(years):
        if runs and y == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], y)
        else:
            runs.append((y, y))
    return runs


def build(raw: Path) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Return (regions, region_members, state_years)."""
    sy = load_state_years(raw)
    ccodes = sorted(sy.ccode.unique())
    m49 = load_m49(raw, ccodes)
    years_of = sy.groupby("ccode")["year"].apply(list).to_dict()
    ids = [r.region_id for r in REGIONS]
    if len(set(ids)) != len(ids):
        raise SystemExit("duplicate region_id in REGIONS")
    rows = []
    for r in REGIONS:
        unknown = (set(r.add) | set(r.drop)) - set(ccodes)
        if unknown:
            raise SystemExit(f"{r.region_id}: codes {sorted(unknown)} are not COW states "
                             f"in {FIRST_YEAR}-{LAST_YEAR}")
        for c in ccodes:
            if c in r.add:
                src, note = r.add[c]
            elif c not in r.drop and set(m49[c][0]) & set(r.m49):
                src = M49_SRC + ("; " + COW_SRC if c in HISTORICAL else "")
                note = m49[c][1]
            else:
                continue
            for a, b in spells(years_of[c]):
                rows.append({"region_id": r.region_id, "ccode": c, "start": a,
                             "end": pd.NA if b == LAST_YEAR else b,
                             "source": src, "note": note})
    rsc_regions, rsc_members = coded_schemes()
    members = pd.concat([pd.DataFrame(rows, columns=MEMBER_COLS), rsc_members], ignore_index=True)
    members["end"] = members["end"].astype("Int64")
    members = members.sort_values(["region_id", "ccode", "start"]).reset_index(drop=True)
    regions = pd.concat([pd.DataFrame([{k: getattr(r, k) for k in REGION_COLS} for r in REGIONS],
                                      columns=REGION_COLS), rsc_regions], ignore_index=True).sort_values("region_id")
    if regions["region_id"].duplicated().any():
        raise SystemExit("duplicate region_id between REGIONS and the coded schemes")
    return regions.reset_index(drop=True), members, sy


def coded_schemes() -> tuple[pd.DataFrame, pd.DataFrame]:
    """The coded region schemes (``rsc``, ``rsc_sub``): regions and member spells in the build's columns."""
    regs = pd.read_csv(RSC_DIR / "rsc_regions.csv", dtype=str, keep_default_na=False)
    mems = pd.read_csv(RSC_DIR / "rsc_region_members.csv", dtype=str, keep_default_na=False)
    regs = regs[REGION_COLS]
    mems = mems[MEMBER_COLS].copy()
    mems["ccode"] = mems["ccode"].astype(int)
    mems["start"] = mems["start"].astype(int)
    mems["end"] = pd.array([int(e) if e else pd.NA for e in mems["end"]], dtype="Int64")
    mems["note"] = mems["note"].replace("", pd.NA)
    regs = regs.assign(note=regs["note"].replace("", pd.NA))
    return regs, mems


def validate(regions: pd.DataFrame, members: pd.DataFrame, sy: pd.DataFrame) -> list[str]:
    """Return a list of problems (empty if the output is consistent)."""
    problems: list[str] = []
    exists = set(zip(sy.ccode, sy.year))
    end = members["end"].fillna(LAST_YEAR).astype(int)
    for (rid, c, a), b in zip(members[["region_id", "ccode", "start"]].itertuples(index=False),
                              end):
        missing = [y for y in range(a, b + 1) if (c, y) not in exists]
        if missing:
            problems.append(f"{rid}/{c}: not a COW state in {missing}")
    m = members.assign(end_=end).sort_values(["region_id", "ccode", "start"])
    prev = m.groupby(["region_id", "ccode"])["end_"].shift()
    if (m["start"] <= prev).any():
        problems.append("overlapping spells: " + m[m["start"] <= prev].to_string())
    in_check = members[(members.start <= CHECK_YEAR) & (end >= CHECK_YEAR)]
    counts = in_check.groupby("region_id").ccode.nunique().reindex(regions.region_id,
                                                                   fill_value=0)
    for rid, n in counts.items():
        if n < MIN_STATES:
            problems.append(f"{rid}: {n} states in {CHECK_YEAR} (< {MIN_STATES})")
    if set(members.region_id) != set(regions.region_id):
        problems.append("regions without members or members without a region")
    # every state-year lies in exactly one continent-level region
    cont = ["africa", "americas", "asia", "europe", "pacific"]
    cm = members[members.region_id.isin(cont)]
    cov: dict[tuple[int, int], int] = {}
    for c, a, b in zip(cm.ccode, cm.start, cm["end"].fillna(LAST_YEAR).astype(int)):
        for y in range(a, b + 1):
            cov[(c, y)] = cov.get((c, y), 0) + 1
    bad = sorted({c for c, y in exists if cov.get((c, y), 0) != 1})
    if bad:
        problems.append(f"state-years not in exactly one continent region: ccodes {bad}")
    for scheme in SCHEMES:
        ids = set(regions.loc[regions["scheme"].str.split(";").apply(lambda v, s=scheme: s in v), "region_id"])
        sm = members[members.region_id.isin(ids)]
        seen: dict[tuple[int, int], str] = {}
        for rid, c, a, b in zip(sm.region_id, sm.ccode, sm.start, sm["end"].fillna(LAST_YEAR).astype(int)):
            for y in range(a, b + 1):
                if (c, y) in seen and seen[(c, y)] != rid:
                    problems.append(f"scheme {scheme}: ccode {c} in {seen[(c, y)]} and {rid} in {y}")
                seen[(c, y)] = rid
    if members["source"].isna().any() or regions["source"].isna().any():
        problems.append("rows without source")
    return problems


def region_tables(raw: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Return the checked (regions, region_members) tables; stop the build on a failed check."""
    regions, members, sy = build(raw)
    problems = validate(regions, members, sy)
    if problems:
        raise ValueError("regions: " + "\n".join(problems))
    return regions, members
