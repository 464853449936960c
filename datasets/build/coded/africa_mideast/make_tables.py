"""Generate the africa_mideast coding fragments (organizations, memberships).

Run with the project venv from the repository root::

    .venv/bin/python datasets/build/coded/africa_mideast/make_tables.py

Hand-coded values live in this file (one place to review them); spells that
are taken from COW IGO v3 are derived from the raw COW file at run time and
cited as ``cow_igo_v3``. Security design, agreements and parties are plain
CSVs edited by hand in this folder.
"""
from __future__ import annotations

import csv
import re
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
RAW = HERE.parents[3].parent / "shared" / "data" / "raw"
if not RAW.exists():  # fallback: absolute path of the shared data
    RAW = Path("/work/shared/data/raw")

ORG_COLS = ["org_id", "name", "acronym", "founded", "founded_date", "dissolved",
            "dissolved_date", "type", "security_mandate", "home_region",
            "parent_org", "predecessor", "successor", "cow_igo_id", "mia_id",
            "source", "note"]
MEM_COLS = ["org_id", "ccode", "start", "start_date", "end", "end_date",
            "status", "source", "note"]

ORGS: list[dict] = []
MEMS: list[dict] = []


def org(org_id, name, acronym, founded, *, founded_date="", dissolved="",
        dissolved_date="", type, mandate, region, parent="", pred="", succ="",
        cow="", mia="", source, note=""):
    ORGS.append(dict(org_id=org_id, name=name, acronym=acronym, founded=founded,
                     founded_date=founded_date, dissolved=dissolved,
                     dissolved_date=dissolved_date, type=type,
                     security_mandate=mandate, home_region=region,
                     parent_org=parent, predecessor=pred, successor=succ,
                     cow_igo_id=cow, mia_id=mia, source=source, note=note))


def mem(org_id, ccode, start, end="", *, sd="", ed="", status="full",
        source, note=""):
    MEMS.append(dict(org_id=org_id, ccode=ccode, start=start, start_date=sd,
                     end=end, end_date=ed, status=status, source=source,
                     note=note))


COW = pd.read_csv(RAW / "cow_igo" / "igo_membership_state_igo_year_v3.csv")


def cow_spells(ioname: str) -> list[tuple[int, int, int, int]]:
    """(ccode, status, first, last) runs of consecutive COW years."""
    d = COW[COW.ioname == ioname].sort_values(["ccode", "year"])
    out = []
    for (c, s), g in d.groupby(["ccode", "status"]):
        ys = g.year.tolist()
        st = prev = ys[0]
        for y in ys[1:] + [None]:
            if y is None or y != prev + 1:
                out.append((int(c), int(s), st, prev))
                if y is not None:
                    st = y
            if y is not None:
                prev = y
    return out


STATUS = {1: "full", 2: "associate", 3: "observer"}


def from_cow(org_id, ioname, *, alive_after_2014: bool, ext_source: str,
             skip=(), overrides=None, dissolved=None, min_start=None):
    """Add COW-derived spells; extend spells running to 2014 to the present.

    ``skip``: ccodes coded by hand instead; ``overrides``: {ccode: end} for
    members known to have left after 2014.
    """
    overrides = overrides or {}
    for c, s, a, b in cow_spells(ioname):
        if c in skip:
            continue
        src = "cow_igo_v3"
        note = ""
        end = b
        if b == 2014 and alive_after_2014:
            end = overrides.get(c, "")
            src = f"cow_igo_v3; {ext_source}"
            note = ("COW IGO v3 to 2014; continued to the present from the "
                    "organization's member list") if end == "" else (
                    "COW IGO v3 to 2014; exit year from the cited source")
        if dissolved is not None and end != "" and int(end) > dissolved:
            end = dissolved
        if min_start is not None and a < min_start:
            if b < min_start:
                continue
            a = min_start
            note = (note + " COW spell starts earlier (predecessor); clipped to the founding year.").strip()
        mem(org_id, c, a, end, status=STATUS[s], source=src, note=note)


# ---------------------------------------------------------------- Africa: OAU/AU
org("oau", "Organization of African Unity", "OAU", 1963, founded_date="1963-05-25",
    dissolved=2002, dissolved_date="2002-07-09", type="general_purpose",
    mandate="operational", region="africa", succ="au", cow=3760, mia="OAU/ AU",
    source="oau_charter1963; cow_igo_v3; mia_v2",
    note="Charter signed 1963-05-25 (in force 1963-09-13). Replaced by the AU at the Durban summit, 2002-07-09. "
         "MIA codes OAU and AU as one organization (acronym 'OAU/ AU'); the same mia_id is given to au. "
         "Operational: Defence Commission (Charter art. XX), OAU Inter-African Force in Chad 1981-82, "
         "1993 Mechanism for Conflict Prevention, Management and Resolution and its observer missions.")
OAU_FOUNDERS = [615, 516, 471, 482, 483, 484, 490, 434, 530, 481, 452, 438, 437, 450,
                620, 580, 432, 435, 600, 436, 475, 517, 433, 451, 520, 625, 510, 461,
                616, 500, 651, 439]
for c in OAU_FOUNDERS:
    if c == 600:
        mem("oau", 600, 1963, 1984, ed="", source="oau_charter1963; cow_igo_v3",
            note="Founding signatory. Withdrawal announced 1984-11-12 over the admission of the SADR; "
                 "the Charter (art. XXXII) makes renunciation effective one year after notification. "
                 "Last year 1984 as in COW IGO v3 and common usage (see NOTES.md).")
    elif c == 490:
        mem("oau", 490, 1963, 2002, source="oau_charter1963",
            note="Founding signatory (Congo-Leopoldville/Zaire). COW IGO v3 ends Zaire's OAU membership in 1984 "
                 "(Zaire boycotted OAU meetings 1984-86 over the SADR) but Zaire never renounced the Charter: coded full throughout (NOTES.md).")
    elif c == 510:
        mem("oau", 510, 1963, 2002, source="oau_charter1963",
            note="Tanganyika was a founding signatory; Tanzania (union with Zanzibar 1964) continued. COW IGO v3 starts 1964.")
    else:
        mem("oau", c, 1963, 2002, source="oau_charter1963; cow_igo_v3",
            note="Founding signatory (32 states signed the Charter in 1963).")
# later admissions: (ccode, year, note)
for c, y, n in [(501, 1963, "Admitted on independence, December 1963."),
                (551, 1964, ""), (553, 1964, ""), (420, 1965, ""), (570, 1966, ""),
                (571, 1966, ""), (590, 1968, ""), (572, 1968, ""), (411, 1968, ""),
                (404, 1974, "Admitted November 1973 before Portugal's recognition; COW system entry and COW IGO v3 1974."),
                (540, 1975, "COW IGO v3 1975; Angola's seat was recognised in February 1976 (NOTES.md)."),
                (541, 1975, ""), (402, 1975, ""), (581, 1975, ""), (403, 1975, ""),
                (591, 1976, ""), (522, 1977, ""), (552, 1980, ""), (565, 1990, ""),
                (531, 1993, ""), (560, 1994, "")]:
    src = "cow_igo_v3" if c != 501 else "cow_igo_v3; oau_charter1963"
    mem("oau", c, y, 2002, source=src, note=("Year of admission from COW IGO v3. " + n).strip())

org("au", "African Union", "AU", 2002, founded_date="2002-07-09", type="general_purpose",
    mandate="operational", region="africa", pred="oau", cow=3761, mia="OAU/ AU",
    source="au_constitutive_act2000; cow_igo_v3; mia_v2",
    note="Constitutive Act adopted Lome 2000-07-11, in force 2001-05-26; the Union was launched (first Assembly) at Durban 2002-07-09: founded = first year of operation. "
         "The SADR (not a COW state) is a member since OAU 1982/84: not coded (NOTES.md).")
AU_MEMBERS_2002 = sorted(set(OAU_FOUNDERS + [501, 551, 553, 420, 570, 571, 590, 572, 411,
                                             404, 540, 541, 402, 581, 403, 591, 522, 552,
                                             565, 531, 560]) - {600})
AU_SRC = "au_constitutive_act2000; au_member_states; cow_igo_v3"
# suspensions: ccode -> list of (start, start_date, end, end_date, source, note)
PG23 = "polgeonow_au2023"
AU_SUSP = {
    580: [(2009, "2009-03-20", 2014, "2014-01-27", "au_psc_madagascar; " + PG23,
           "Suspended after the March 2009 unconstitutional change of government; reinstated January 2014.")],
    436: [(2010, "", 2011, "", "au_psc_niger2010",
           "Suspended after the February 2010 coup; readmitted after the 2011 elections (days not sourced)."),
          (2023, "2023-08-22", "", "", PG23, "Suspended after the July 2023 coup; still suspended at the end of 2025 (NOTES.md).")],
    432: [(2012, "2012-03-23", 2012, "2012-10-24", "au_mali_susp2012",
           "Within-year suspension after the March 2012 coup; shares 2012 with the adjacent full spells (dates exact)."),
          (2020, "2020-08-19", 2020, "2020-10-09", "au_mali_susp2020",
           "Within-year suspension after the August 2020 coup; shares 2020 with the adjacent full spells (dates exact)."),
          (2021, "2021-06-01", "", "", "au_mali_susp2021; " + PG23,
           "Suspended after the May 2021 coup; still suspended at the end of 2025 (NOTES.md).")],
    404: [(2012, "2012-04-17", 2014, "2014-06-17", "au_psc_gbissau",
           "Suspended after the April 2012 coup; reinstated June 2014 after elections.")],
    482: [(2013, "2013-03-25", 2016, "2016-04-06", "au_psc_car; " + PG23,
           "Suspended after the Seleka seizure of power (March 2013); reinstated April 2016.")],
    651: [(2013, "2013-07-05", 2014, "2014-06-17", PG23,
           "Suspended after the removal of President Morsi (July 2013); reinstated June 2014.")],
    625: [(2019, "2019-06-06", 2019, "2019-09-06", "au_sudan_susp; kenyatimes_au2025",
           "Within-year suspension (June-September 2019); shares 2019 with the adjacent full spells (dates exact)."),
          (2021, "2021-10-27", "", "", "au_sudan_susp; kenyatimes_au2025; " + PG23,
           "Suspended after the October 2021 coup; still suspended at the end of 2025 (NOTES.md).")],
    438: [(2008, "2008-12-29", 2010, "", "kenyatimes_au2025",
           "Suspended after the December 2008 coup; 'suspended from 2008 to 2010' (end day not sourced)."),
          (2021, "2021-09-10", "", "", "kenyatimes_au2025; " + PG23,
           "Suspended after the September 2021 coup; still suspended at the end of 2025 (NOTES.md).")],
    439: [(2022, "2022-01-31", "", "", PG23,
           "Suspended after the January 2022 coup; still suspended at the end of 2025 (NOTES.md).")],
    481: [(2023, "2023-08-31", 2025, "", PG23,
           "Suspended after the August 2023 coup; suspension lifted in 2025 after the April 2025 presidential election (day not sourced; NOTES.md).")],
}
for c in AU_MEMBERS_2002:
    susp = AU_SUSP.get(c, [])
    if c == 626:
        continue
    cur = 2002
    cur_date = ""
    for (a, ad, b, bd, src, n) in susp:
        mem("au", c, cur, a, sd=cur_date, ed=ad, source=AU_SRC,
            note="Founding member (OAU member in 2002). Boundary year shared with the following suspension spell (dates exact)." if cur == 2002
            else "Reinstated. Boundary years shared with the adjacent suspension spells (dates exact).")
        mem("au", c, a, b, sd=ad, ed=bd, status="suspended", source=src, note=n)
        cur, cur_date = b, bd
        if b == "":
            break
    if cur != "":
        n = "Founding member (OAU member in 2002)." if cur == 2002 else \
            "Reinstated; boundary year shared with the preceding suspension spell (dates exact)."
        if c == 481 and cur == 2025:
            n = "Reinstated in 2025 (day not sourced); boundary year shared with the preceding suspension spell."
        mem("au", c, cur, "", sd=cur_date, source=AU_SRC, note=n)
mem("au", 626, 2011, "", sd="2011-07-27", source="au_member_states; cow_igo_v3",
    note="South Sudan admitted as 54th member, July 2011.")
mem("au", 600, 2017, "", sd="2017-01-30", source="au_morocco2017",
    note="Readmitted by the Assembly at Addis Ababa, 30 January 2017 (55th member).")

org("au_psc", "Peace and Security Council of the African Union", "PSC", 2004,
    founded_date="2004-05-25", type="security", mandate="operational", region="africa",
    parent="au", source="au_psc_protocol2002",
    note="Protocol adopted Durban 2002-07-09, in force 2003-12-26; the Council was launched 2004-05-25. "
         "Its 15 elected members rotate (10 two-year, 5 three-year seats); rotating seats are not coded as memberships (the PSC acts for all AU members).")
org("au_asf", "African Standby Force", "ASF", 2003, type="security",
    mandate="operational", region="africa", parent="au",
    source="au_psc_protocol2002:art. 13; au_asf_policy2003",
    note="Legal basis PSC Protocol art. 13 (in force 2003-12-26); Policy Framework adopted by African chiefs of defence May 2003. "
         "Five regional standby forces (ECOWAS, EASF, SADC, ECCAS/FOMAC, NARC); membership = AU members (not repeated). founded = entry into force of its legal basis.")
org("pap", "Pan-African Parliament", "PAP", 2004, founded_date="2004-03-18", type="other",
    mandate="none", region="africa", parent="au", cow=3875,
    source="cow_igo_v3; au_constitutive_act2000:art. 17",
    note="Organ of the AU (Constitutive Act art. 17; Protocol to the Abuja Treaty 2001, in force 2003). Inaugurated 2004-03-18; COW IGO v3 dates it 2002. "
         "Members = AU members; no separate membership rows.")

# ---------------------------------------------------------------- ECOWAS and Sahel
org("ecowas", "Economic Community of West African States", "ECOWAS", 1975,
    founded_date="1975-05-28", type="general_purpose", mandate="operational",
    region="west_africa", cow=1520, mia="ECOWAS",
    source="ecowas_treaty1975; ecowas_treaty1993; cow_igo_v3; mia_v2",
    note="Treaty of Lagos signed 1975-05-28. Economic at founding; security via the 1978 and 1981 protocols (ATOP), ECOMOG from 1990, the 1993 Revised Treaty (art. 58) and the 1999 Mechanism protocol. "
         "type general_purpose reflects the Revised Treaty.")
ECO_SRC = "ecowas_treaty1975; cow_igo_v3"
for c in [434, 437, 420, 452, 438, 404, 450, 475, 433, 451, 461]:
    n = "Founding signatory (Treaty of Lagos, 1975)."
    if c == 438:
        mem("ecowas", c, 1975, 2021, ed="2021-09-08", source=ECO_SRC + "; ecowas_members",
            note=n + " Boundary year shared with the suspension spell (dates exact).")
        mem("ecowas", c, 2021, "", sd="2021-09-08", status="suspended",
            source="ecowas_guinea_susp2021",
            note="Suspended from all ECOWAS governing bodies after the 5 September 2021 coup (extraordinary summit, 8 September 2021). "
                 "No lifting found in the sources used: coded as still suspended at the end of 2025 (NOTES.md).")
        continue
    mem("ecowas", c, 1975, "", source=ECO_SRC + "; ecowas_members", note=n)
for c in [432, 436]:
    if c == 432:
        mem("ecowas", 432, 1975, 2021, ed="2021-05-30", source=ECO_SRC,
            note="Founding signatory. Within-year suspension 2020 (NOTES.md) not coded as a spell. Boundary year shared with the suspension spell (dates exact).")
        mem("ecowas", 432, 2021, 2025, sd="2021-05-30", ed="2025-01-29", status="suspended",
            source="ecowas_mali_susp2021; ecowas_aes_exit2025",
            note="Suspended after the May 2021 coup (ECOWAS summit, Accra, 30 May 2021); withdrawal announced 2024-01-28, effective 2025-01-29.")
    else:
        mem("ecowas", 436, 1975, 2025, ed="2025-01-29", source=ECO_SRC + "; ecowas_aes_exit2025",
            note="Founding signatory. Withdrawal announced 2024-01-28 (with Mali and Burkina Faso), effective 2025-01-29. "
                 "Sanctions after the July 2023 coup are not coded as a suspension (NOTES.md).")
mem("ecowas", 439, 1975, 2022, ed="2022-01-28", source=ECO_SRC,
    note="Founding signatory (Upper Volta). Boundary year shared with the suspension spell (dates exact).")
mem("ecowas", 439, 2022, 2025, sd="2022-01-28", ed="2025-01-29", status="suspended",
    source="ecowas_bf_susp2022; ecowas_aes_exit2025",
    note="Suspended after the January 2022 coup (extraordinary summit, 28 January 2022); withdrawal effective 2025-01-29.")
mem("ecowas", 435, 1975, 2000, source=ECO_SRC + "; ecowas_members",
    note="Founding signatory. Withdrawal announced December 1999, effective December 2000; COW IGO v3 continues to 2002 (NOTES.md).")
mem("ecowas", 435, 2017, "", sd="2017-08-09", status="associate", source="ecowas_mauritania2017",
    note="Association agreement signed 9 August 2017 (not full membership).")
mem("ecowas", 402, 1977, "", source="ecowas_members",
    note="Cape Verde joined in 1977 (ECOWAS); COW IGO v3 starts 1981 (NOTES.md).")

org("ecowas_ecomog", "ECOWAS Ceasefire Monitoring Group / ECOWAS Standby Force", "ECOMOG", 1990,
    founded_date="1990-08-07", type="security", mandate="operational", region="west_africa",
    parent="ecowas", source="ecowas_smc1990; ecowas_mechanism1999:art. 21",
    note="Created by the ECOWAS Standing Mediation Committee, Banjul, 7 August 1990, for Liberia; made a standing structure of standby national units by the 1999 Mechanism protocol (art. 21-22) and restyled the ECOWAS Standby Force in the 2000s. "
         "Troop contributors varied by mission: no participant rows (participation = ECOWAS members).")
org("aes", "Alliance of Sahel States / Confederation of Sahel States", "AES", 2023,
    founded_date="2023-09-16", type="general_purpose", mandate="operational",
    region="west_africa", source="aes_charter2023; aes_confed2024",
    note="Liptako-Gourma Charter (mutual defence alliance) signed Bamako 2023-09-16; Treaty establishing the Confederation of Sahel States signed Niamey 2024-07-06. "
         "Security org with no outside members. Operational: unified force decided 2024 (NOTES.md).")
for c in [432, 439, 436]:
    mem("aes", c, 2023, "", sd="2023-09-16", source="aes_charter2023; aes_confed2024",
        note="Founding signatory.")
org("g5_sahel", "G5 Sahel", "G5S", 2014, founded_date="2014-12-19", dissolved=2023,
    dissolved_date="2023-12-06", type="general_purpose", mandate="operational",
    region="west_africa", source="g5_convention2014; g5_dissolution2023",
    note="Convention establishing the G5 Sahel signed Nouakchott 2014-12-19 (group launched Feb 2014). Joint Force (FC-G5S) created 2017. "
         "After Mali (2022) and Burkina Faso and Niger (announced 2023-12-02) left, Chad and Mauritania announced on 2023-12-06 that they would take the steps to dissolve it.")
mem("g5_sahel", 435, 2014, 2023, sd="2014-12-19", ed="2023-12-06", source="g5_convention2014; g5_dissolution2023", note="Founding member.")
mem("g5_sahel", 483, 2014, 2023, sd="2014-12-19", ed="2023-12-06", source="g5_convention2014; g5_dissolution2023", note="Founding member.")
mem("g5_sahel", 432, 2014, 2022, sd="2014-12-19", ed="2022-05-15", source="g5_convention2014; g5_mali_exit2022",
    note="Founding member; announced withdrawal from all G5 Sahel organs, including the Joint Force, on 15 May 2022.")
for c in [439, 436]:
    mem("g5_sahel", c, 2014, 2023, sd="2014-12-19", ed="2023-12-02", source="g5_convention2014; g5_dissolution2023",
        note="Founding member; withdrawal announced 2 December 2023.")
org("accra_initiative", "Accra Initiative", "AI", 2017, founded_date="2017-09-13", type="security",
    mandate="operational", region="west_africa", source="accra_initiative_iss2022",
    note="Launched in Accra in September 2017 by Benin, Burkina Faso, Cote d'Ivoire, Ghana and Togo to prevent the spread of terrorism from the Sahel "
         "(joint cross-border operations such as Koudanlgou); Mali and Niger joined as observers in 2019. Founding day from the cited source.")
for c in [434, 439, 437, 452, 461]:
    mem("accra_initiative", c, 2017, "", source="accra_initiative_iss2022", note="Founding member (September 2017).")
for c in [432, 436]:
    mem("accra_initiative", c, 2019, "", status="observer", source="accra_initiative_iss2022", note="Observer since 2019.")

org("mru", "Mano River Union", "MRU", 1973, founded_date="1973-10-03", type="general_purpose",
    mandate="declaratory", region="west_africa", cow=3480,
    source="mru_declaration1973; mru_protocol15_2000; cow_igo_v3",
    note="Mano River Declaration signed by Liberia and Sierra Leone 1973-10-03 (a customs union); Guinea joined 1980, Cote d'Ivoire 2008. "
         "COW IGO v3 codes it only from 1980 (three members). Fifteenth Protocol on defence, security, internal affairs and foreign affairs (2000) and the 1986 non-aggression treaty (ATOP 3982).")
mem("mru", 450, 1973, "", source="mru_declaration1973; cow_igo_v3", note="Founding party; COW IGO v3 starts 1980.")
mem("mru", 451, 1973, "", source="mru_declaration1973; cow_igo_v3", note="Founding party; COW IGO v3 starts 1980.")
mem("mru", 438, 1980, "", source="cow_igo_v3; mru_declaration1973", note="Joined 1980.")
mem("mru", 437, 2008, "", source="cow_igo_v3", note="Joined 2008.")

org("entente", "Council of the Entente", "", 1959, founded_date="1959-05-29", type="general_purpose",
    mandate="none", region="west_africa", cow=1430, source="entente1959; cow_igo_v3",
    note="Founded 29 May 1959 by Cote d'Ivoire, Dahomey, Niger and Upper Volta (then autonomous in the French Community); Togo joined 1966. "
         "COW IGO v3 (political=1) codes it from 1960, the first year the founders are COW states. "
         "security_mandate none: no security body or treaty of the Council found in the sources used (its members' mutual defence treaty of 1961 is ATOP 3455, the UAM pact).")
for c, y in [(437, 1960), (434, 1960), (436, 1960), (439, 1960), (461, 1966)]:
    mem("entente", c, y, "", source="cow_igo_v3; entente1959",
        note="COW IGO v3 to 2014, continued to the present (member list). " + ("Founding member; start = first COW year (independence 1960)." if y == 1960 else "Joined 1966."))
org("lga", "Liptako-Gourma Integrated Development Authority", "ALG", 1970, founded_date="1970-12-03",
    type="economic", mandate="none", region="west_africa", cow=3470,
    source="lga1970; cow_igo_v3",
    note="Regional development authority of Burkina Faso, Mali and Niger. COW IGO v3 ends in 2005 (end of its coding of this IGO); the Authority still exists. "
         "The AES states announced its dissolution in 2023-2024 in favour of AES bodies (NOTES.md): end left open.")
for c in [432, 436, 439]:
    mem("lga", c, 1970, "", source="lga1970; cow_igo_v3",
        note="Founding member. COW IGO v3 codes 1970-2005; the Authority continued after 2005 (NOTES.md).")
org("uemoa", "West African Economic and Monetary Union", "UEMOA", 1994, founded_date="1994-01-10",
    type="economic", mandate="none", region="west_africa", cow=4340, pred="umoa",
    source="uemoa_treaty1994; cow_igo_v3",
    note="Treaty signed Dakar 1994-01-10; Guinea-Bissau joined 1997.")
from_cow("uemoa", "UEMOA", alive_after_2014=True, ext_source="uemoa_treaty1994")
org("umoa", "West African Monetary Union", "UMOA", 1962, type="economic", mandate="none",
    region="west_africa", cow=4503, succ="uemoa", dissolved=1994, source="cow_igo_v3",
    note="Dates and members from COW IGO v3 only.")
from_cow("umoa", "UMOA", alive_after_2014=False, ext_source="")
org("ceao", "West African Economic Community", "CEAO", 1973, type="economic",
    mandate="none", region="west_africa", cow=4485, dissolved=1994, succ="uemoa",
    source="cow_igo_v3",
    note="COW IGO v3 dates the CEAO (and its predecessor customs union) from 1960; membership years from COW. The 1977 ANAD defence agreement was concluded among CEAO members (ATOP 3785). "
         "founded 1973 (Treaty of Abidjan) is the CEAO proper; COW spells before 1973 refer to its predecessor UDAO/UDEAO (NOTES.md).")
from_cow("ceao", "CEAO", alive_after_2014=False, ext_source="", min_start=1973)

# ---------------------------------------------------------------- Southern Africa
org("sadcc", "Southern African Development Coordination Conference", "SADCC", 1980,
    founded_date="1980-04-01", dissolved=1992, dissolved_date="1992-08-17", type="economic",
    mandate="none", region="southern_africa", succ="sadc", cow=4251,
    source="sadcc_lusaka1980; cow_igo_v3",
    note="Lusaka Declaration 'Southern Africa: Toward Economic Liberation', 1980-04-01; transformed into SADC by the Windhoek Treaty 1992-08-17.")
for c in [540, 571, 570, 553, 541, 572, 510, 551, 552]:
    mem("sadcc", c, 1980, 1992, source="sadcc_lusaka1980; cow_igo_v3", note="Founding member.")
mem("sadcc", 565, 1990, 1992, source="cow_igo_v3", note="Joined on independence, 1990.")
org("sadc", "Southern African Development Community", "SADC", 1992, founded_date="1992-08-17",
    type="general_purpose", mandate="operational", region="southern_africa", pred="sadcc",
    cow=4250, mia="SADC", source="sadc_treaty1992; cow_igo_v3; mia_v2",
    note="Treaty signed Windhoek 1992-08-17 (in force 1993-09-30); SADC dates itself from 1992, as does COW. Security: Organ (1996), Protocol 2001, Mutual Defence Pact 2003, Standby Force, missions (SAMIM 2021-24, SAMIDRC 2023-25).")
SADC_SRC = "sadc_treaty1992; sadc_members; cow_igo_v3"
for c in [540, 571, 570, 553, 541, 572, 510, 551, 552, 565]:
    mem("sadc", c, 1992, "", source=SADC_SRC, note="Founding member (SADCC member in 1992).")
mem("sadc", 560, 1994, "", source="sadc_members", note="Joined August 1994; COW IGO v3 starts 1996 (NOTES.md).")
mem("sadc", 590, 1995, "", source="sadc_members", note="Joined August 1995; COW IGO v3 starts 1999 (NOTES.md).")
mem("sadc", 490, 1997, "", source="sadc_members", note="Admitted September 1997; COW IGO v3 starts 1999 (NOTES.md).")
mem("sadc", 591, 1997, 2004, source="sadc_members; cow_igo_v3", note="Admitted September 1997; withdrew 2004 (effective mid-2004).")
mem("sadc", 591, 2008, "", source="sadc_members; cow_igo_v3", note="Rejoined 2008.")
mem("sadc", 580, 2005, 2009, source="sadc_members",
    note="Admitted August 2005 (COW IGO v3 wrongly codes Madagascar from 1992). Boundary year shared with the suspension spell (exact days not sourced).")
mem("sadc", 580, 2009, 2014, status="suspended", source="sadc_members; sadc_madagascar_susp",
    note="Suspended after the March 2009 unconstitutional change of government; readmitted January 2014. Boundary years shared with adjacent spells.")
mem("sadc", 580, 2014, "", source="sadc_members; cow_igo_v3", note="Readmitted 2014; boundary year shared with the suspension spell.")
mem("sadc", 581, 2017, "", source="sadc_members", note="Admitted at the August 2017 summit (16th member).")
org("sadc_organ", "SADC Organ on Politics, Defence and Security Cooperation", "OPDS", 1996,
    founded_date="1996-06-28", type="security", mandate="operational", region="southern_africa",
    parent="sadc", source="sadc_organ_communique1996; sadc_organ_protocol2001",
    note="Created by the SADC Summit, Gaborone, 28 June 1996; Protocol on Politics, Defence and Security Co-operation signed Blantyre 2001-08-14, in force 2004-03-02 (ATOP 4985). "
         "Participants = SADC members (not repeated).")
org("sacu", "Southern African Customs Union", "SACU", 1970, founded_date="1970-03-01",
    type="economic", mandate="none", region="southern_africa", cow=4240, mia="SACU",
    source="sacu_agreement1969; cow_igo_v3; mia_v2",
    note="The customs union dates from 1910; coded from the 1969 Agreement (signed 1969-12-11, in force 1970-03-01) among independent states. COW IGO v3 starts 1969 (signature year).")
for c in [560, 571, 570, 572]:
    mem("sacu", c, 1970, "", source="sacu_agreement1969; cow_igo_v3", note="Party to the 1969 Agreement; COW IGO v3 starts 1969.")
mem("sacu", 565, 1990, "", source="cow_igo_v3; sacu_agreement2002", note="Joined on independence, 1990.")
org("comesa", "Common Market for Eastern and Southern Africa", "COMESA", 1994,
    founded_date="1994-12-08", type="economic", mandate="declaratory", region="",
    pred="pta", cow=1170, mia="COMESA", source="comesa_treaty1993; cow_igo_v3; mia_v2",
    note="Treaty signed Kampala 1993-11-05, in force 1994-12-08. home_region empty: spans east, southern, Horn and north Africa. "
         "declaratory: Treaty art. 3(d) and art. 163 (peace and security), Programme on Peace and Security (NOTES.md).")
from_cow("comesa", "COMESA", alive_after_2014=True, ext_source="comesa_members")
mem("comesa", 616, 2018, "", source="comesa_members", note="Admitted at the July 2018 Lusaka summit.")
org("pta", "Preferential Trade Area for Eastern and Southern African States", "PTA", 1981,
    founded_date="1981-12-21", dissolved=1994, type="economic", mandate="none", region="",
    succ="comesa", cow=4030, source="pta_treaty1981; cow_igo_v3",
    note="Treaty signed Lusaka 1981-12-21; replaced by COMESA 1994. Membership years from COW IGO v3.")
from_cow("pta", "PTASEA", alive_after_2014=False, ext_source="")
org("ioc", "Indian Ocean Commission", "IOC", 1982, type="general_purpose", mandate="declaratory",
    region="", cow=2050, source="ioc_victoria1984; cow_igo_v3",
    note="Ministerial meeting Port Louis 1982; General Agreement signed Victoria 1984-01-10. COW IGO v3 (political=1) from 1982. "
         "France joined in 1986 for Reunion. home_region empty (Indian Ocean islands plus France). declaratory: maritime security programmes (MASE, from 2013) (NOTES.md).")
from_cow("ioc", "IOCom", alive_after_2014=True, ext_source="ioc_victoria1984")

# ---------------------------------------------------------------- East Africa / Horn / Great Lakes
org("eac1", "East African Community (1967)", "EAC", 1967, founded_date="1967-12-01", dissolved=1977,
    type="economic", mandate="none", region="east_africa", succ="eac2", cow=1470, mia="EAC1",
    source="eac_treaty1967; cow_igo_v3; mia_v2",
    note="Treaty for East African Co-operation signed Kampala 1967-06-06, in force 1967-12-01; collapsed 1977. COW IGO v3 lists it as EACM (East African Common Market).")
for c in [501, 510, 500]:
    mem("eac1", c, 1967, 1977, source="eac_treaty1967; cow_igo_v3", note="Founding party.")
org("eac2", "East African Community", "EAC", 2000, founded_date="2000-07-07", type="general_purpose",
    mandate="operational", region="east_africa", pred="eac1", cow=4120, mia="EAC2",
    source="eac_treaty1999; cow_igo_v3; mia_v2",
    note="Treaty signed Arusha 1999-11-30, in force 2000-07-07; COW IGO v3 starts 1996 (Permanent Tripartite Commission/secretariat). "
         "COW lists Malawi, Mozambique, Zambia, Zimbabwe, Lesotho and Botswana as EAC members: not followed (NOTES.md). "
         "Security: Treaty art. 124-125 (peace and security, defence), Protocol on Peace and Security 2013, Protocol on Cooperation in Defence Affairs 2012; "
         "the EAC Regional Force in eastern DRC (2022-23) makes it operational from 2022 (design spells).")
for c in [501, 510, 500]:
    mem("eac2", c, 2000, "", sd="2000-07-07", source="eac_treaty1999; eac_members; cow_igo_v3", note="Founding party.")
for c in [516, 517]:
    mem("eac2", c, 2007, "", sd="2007-07-01", source="eac_members; cow_igo_v3", note="Accession in force 1 July 2007.")
mem("eac2", 626, 2016, "", source="eac_members", note="Acceded 2016 (treaty of accession signed April 2016).")
mem("eac2", 490, 2022, "", sd="2022-07-11", source="eac_members", note="Instrument of ratification deposited 11 July 2022.")
mem("eac2", 520, 2024, "", sd="2024-03-04", source="eac_members", note="Instrument of ratification deposited 4 March 2024.")
org("igadd", "Intergovernmental Authority on Drought and Development", "IGADD", 1986,
    dissolved=1996, type="economic", mandate="none", region="horn_of_africa", succ="igad",
    cow=2230, source="igad_agreement1996; cow_igo_v3",
    note="Founded January 1986 (Djibouti); COW IGO v3 codes IGADD and IGAD as one IGO (ionum 2230) from 1986, so the same cow_igo_id is given to igad. MIA's IGAD covers both.")
for c in [522, 530, 501, 520, 625, 500]:
    mem("igadd", c, 1986, 1996, source="cow_igo_v3; igad_agreement1996", note="Founding member.")
mem("igadd", 531, 1993, 1996, source="cow_igo_v3", note="Joined 1993 after independence.")
org("igad", "Intergovernmental Authority on Development", "IGAD", 1996, founded_date="1996-03-21",
    type="general_purpose", mandate="operational", region="horn_of_africa", pred="igadd",
    cow=2230, mia="IGAD", source="igad_agreement1996; cow_igo_v3; mia_v2",
    note="Agreement establishing IGAD signed Nairobi 1996-03-21 (launched November 1996); peace and security mandate (art. 7, 18A). Operational: CEWARN (2002), IGAD-led peace processes, monitoring mission in South Sudan (CTSAMM).")
IG = "igad_agreement1996; igad_members; cow_igo_v3"
for c in [522, 530, 501, 520, 625, 500]:
    mem("igad", c, 1996, "", source=IG, note="Founding member (IGADD member).")
mem("igad", 531, 1996, 2007, source=IG,
    note="Founding member. Boundary year shared with the suspension spell.")
mem("igad", 531, 2007, 2023, status="suspended", source="igad_eritrea",
    note="Eritrea suspended its own participation in April 2007; resumed its seat in June 2023. COW IGO v3 codes it full throughout (NOTES.md). Boundary years shared with adjacent spells.")
mem("igad", 531, 2023, "", source="igad_eritrea", note="Resumed participation June 2023.")
mem("igad", 626, 2011, "", source="igad_members", note="Admitted November 2011.")
org("recsa", "Regional Centre on Small Arms and Light Weapons", "RECSA", 2004, type="security",
    mandate="operational", region="", cow=4055, source="nairobi_protocol2004; cow_igo_v3",
    note="Secretariat of the Nairobi Protocol for the Prevention, Control and Reduction of SALW in the Great Lakes Region and the Horn of Africa (signed 2004-04-21); "
         "its Nairobi Secretariat (2004) became RECSA in 2005; founded = 2004 as in COW IGO v3. home_region empty (Great Lakes, Horn and east Africa). Membership years from COW IGO v3 (COW lists Montenegro, ccode 349, apparently a coding error for another state: dropped, NOTES.md).")
from_cow("recsa", "RECSA", alive_after_2014=True, ext_source="recsa_members", skip=(349,))
org("icglr", "International Conference on the Great Lakes Region", "ICGLR", 2008,
    founded_date="2008-06-21", type="general_purpose", mandate="operational", region="central_africa",
    source="icglr_pact2006",
    note="Pact on Security, Stability and Development in the Great Lakes Region signed Nairobi 2006-12-15, in force 2008-06-21; its Protocol on Non-Aggression and Mutual Defence is ATOP 5090. "
         "Operational: Expanded Joint Verification Mechanism (2012), Joint Intelligence Fusion Centre. Region central_africa chosen for the Great Lakes (NOTES.md).")
for c in [540, 516, 482, 484, 490, 501, 517, 625, 510, 500, 551]:
    mem("icglr", c, 2008, "", source="icglr_pact2006; atop_v401", note="Signatory of the 2006 Pact (the 11 founding member states).")
mem("icglr", 626, 2012, "", source="icglr_members", note="South Sudan admitted 2012 as 12th member (year only).")
org("cepgl", "Economic Community of the Great Lakes Countries", "CEPGL", 1976, founded_date="1976-09-20",
    type="general_purpose", mandate="declaratory", region="central_africa", cow=1510,
    source="cepgl_convention1976; cow_igo_v3",
    note="Convention signed Gisenyi 1976-09-20 by Burundi, Rwanda and Zaire; first objective the security of the states and their populations (art. 2). Dormant 1994-2007, relaunched 2007.")
for c in [490, 516, 517]:
    mem("cepgl", c, 1976, "", source="cepgl_convention1976; cow_igo_v3", note="Founding party. COW IGO v3 to 2014 (continued; NOTES.md on dormancy).")

# ---------------------------------------------------------------- Central Africa / Lake Chad
org("eccas", "Economic Community of Central African States", "ECCAS", 1984, founded_date="1984-12-18",
    type="general_purpose", mandate="operational", region="central_africa", cow=1500, mia="ECCAS-CEEAS",
    source="eccas_treaty1983; cow_igo_v3; mia_v2",
    note="Treaty signed Libreville 1983-10-18, in force 1984-12-18 (COW IGO v3 dates the IGO 1981, the 1981 decision to create it; its members from 1985). Security: COPAX (1999/2000), Mutual Assistance Pact 2000 (ATOP 4945), FOMAC, MICOPAX (2008-13).")
EC = "eccas_treaty1983; eccas_members; cow_igo_v3"
for c in [516, 471, 482, 483, 484, 411, 481, 403, 490]:
    mem("eccas", c, 1984, "", source=EC, note="Founding party. COW IGO v3 from 1985 to 2011 (its last year for ECCAS); continued to the present.")
mem("eccas", 517, 1984, 2007, source=EC, note="Founding party; withdrew in 2007 (year only).")
mem("eccas", 517, 2016, "", source="eccas_members", note="Rejoined in 2016 (year only).")
mem("eccas", 540, 1984, 1998, status="observer", source="eccas_members", note="Observer until it became a full member in 1999.")
mem("eccas", 540, 1999, "", source=EC, note="Full member from 1999 (COW IGO v3).")
org("eccas_copax", "Council for Peace and Security in Central Africa", "COPAX", 2004,
    type="security", mandate="operational", region="central_africa", parent="eccas",
    source="eccas_copax_protocol2000",
    note="Created by ECCAS decision (Yaounde, February 1999); Protocol relating to COPAX signed Malabo 2000-02-24, in force 2004 (day not sourced). Organs: MARAC early warning, FOMAC multinational force. Participants = ECCAS members (not repeated).")
org("cemac", "Economic and Monetary Community of Central Africa", "CEMAC", 1999,
    type="economic", mandate="operational", region="central_africa", pred="udeac", cow=1260, mia="CEMAC",
    source="cemac_treaty1994; cow_igo_v3; mia_v2",
    note="Treaty signed N'Djamena 1994-03-16; in force and institutions set up in 1999 (day not sourced). COW IGO v3 and MIA date it 1994. "
         "operational: the FOMUC peace force in the Central African Republic (2002-2008) was a CEMAC mission (NOTES.md).")
for c in [471, 482, 483, 484, 411, 481]:
    mem("cemac", c, 1999, "", source="cemac_treaty1994; cow_igo_v3", note="Founding party; COW IGO v3 from 1994 (signature).")
org("udeac", "Central African Customs and Economic Union", "UDEAC", 1966, founded_date="1966-01-01",
    dissolved=1999, type="economic", mandate="none", region="central_africa", succ="cemac", cow=940,
    source="udeac_treaty1964; cow_igo_v3",
    note="Treaty signed Brazzaville 1964-12-08, in force 1966-01-01 (COW IGO v3: 1964-1994). Replaced by CEMAC (in force 1999; COW ends UDEAC in 1994).")
for c in [471, 482, 484, 481]:
    mem("udeac", c, 1966, 1999, source="udeac_treaty1964; cow_igo_v3", note="Founding party. COW IGO v3 from 1964 to 1994.")
mem("udeac", 483, 1966, 1968, source="udeac_treaty1964; cow_igo_v3", note="Founding party; left in 1968 (joined the short-lived UEAC).")
mem("udeac", 483, 1984, 1999, source="cow_igo_v3", note="Rejoined 1984 (COW IGO v3).")
mem("udeac", 411, 1983, 1999, source="cow_igo_v3", note="Joined 1983 (COW IGO v3).")
org("chstea", "Conference of Heads of State of Equatorial Africa", "", 1960, dissolved=1968,
    type="general_purpose", mandate="none", region="central_africa", cow=1320,
    source="cow_igo_v3; atop_v401",
    note="Political conference of Chad, CAR, Congo and Gabon (COW IGO v3, political=1, 1960-1968). The 1960 defence agreement of the four with France is ATOP 3395. "
         "security_mandate none: that agreement binds the states with France (ATOP) and gives the Conference itself no security task in the sources used (NOTES.md).")
for c in [481, 482, 483, 484]:
    mem("chstea", c, 1960, 1968, source="cow_igo_v3", note="COW IGO v3 years.")
org("lcbc", "Lake Chad Basin Commission", "LCBC", 1964, founded_date="1964-05-22", type="other",
    mandate="operational", region="central_africa", cow=1150, source="lcbc_convention1964; cow_igo_v3",
    note="Fort Lamy Convention 1964-05-22 (water basin commission). Operational from 2015 as the political framework of the Multinational Joint Task Force against Boko Haram (design spells). Region central_africa by seat and members (NOTES.md).")
for c in [471, 483, 436, 475]:
    mem("lcbc", c, 1964, "", source="lcbc_convention1964; cow_igo_v3", note="Founding party; COW IGO v3 to 2014, continued.")
mem("lcbc", 482, 1994, "", source="cow_igo_v3", note="Joined 1994 (COW IGO v3), continued.")
mem("lcbc", 620, 2008, "", source="cow_igo_v3", note="Joined 2008 (COW IGO v3), continued.")
for c in [484, 490, 625, 651]:
    mem("lcbc", c, 2012, "", status="observer", source="cow_igo_v3", note="Observer (COW IGO v3 status 3 from 2012), continued.")
org("mnjtf", "Multinational Joint Task Force", "MNJTF", 1998, type="security", mandate="operational",
    region="central_africa", parent="lcbc", source="assanvo2016",
    note="Set up in 1994 as a Nigerian force against cross-border crime, made multinational with Chad and Niger in 1998; mandate extended to Boko Haram in 2012; reactivated under the LCBC and authorised by the AU PSC in January 2015 with Cameroon and Benin. "
         "founded 1998 = first year with >1 participant. Niger's withdrawal (March 2025) coded as end 2025 (NOTES.md).")
for c in [475, 483]:
    mem("mnjtf", c, 1998, "", source="assanvo2016", note="Participant since the 1998 multinationalisation.")
mem("mnjtf", 436, 1998, 2025, source="assanvo2016; mnjtf_niger_exit2025", note="Participant since 1998; announced withdrawal in March 2025.")
for c in [471, 434]:
    mem("mnjtf", c, 2015, "", source="assanvo2016", note="Joined the reactivated force in 2015.")

# ---------------------------------------------------------------- North Africa
org("amu", "Arab Maghreb Union", "AMU", 1989, founded_date="1989-02-17", type="general_purpose",
    mandate="declaratory", region="north_africa", cow=470, mia="AMU",
    source="amu_treaty1989; cow_igo_v3; mia_v2; atop_v401",
    note="Treaty of Marrakesh 1989-02-17; art. 14: aggression against one member is aggression against all (ATOP 3995, defense=1). No summit since 1994; no security body or operation: declaratory.")
for c in [615, 620, 435, 600, 616]:
    mem("amu", c, 1989, "", source="amu_treaty1989; cow_igo_v3", note="Founding party.")
org("censad", "Community of Sahel-Saharan States", "CEN-SAD", 1998, founded_date="1998-02-04",
    type="general_purpose", mandate="operational", region="",
    source="censad_treaty1998; censad_car2001",
    note="Founded Tripoli 1998-02-04 by six states; revised treaty 2013 adds peace and security (Permanent Council for Peace and Security). Operational: CEN-SAD peace force in the Central African Republic (December 2001 - January 2003). "
         "Later accessions (to ~25 members) are not coded with years: not sourced here (NOTES.md). home_region empty (Sahel-Sahara spans west, north, central and Horn).")
for c in [432, 439, 483, 436, 620, 625]:
    mem("censad", c, 1998, "", sd="1998-02-04", source="censad_treaty1998",
        note="Founding member. Later status not checked (Mali, Burkina Faso and Niger remain listed as members).")

# ---------------------------------------------------------------- Middle East
org("loas", "League of Arab States", "LAS", 1945, founded_date="1945-03-22", type="general_purpose",
    mandate="operational", region="middle_east", cow=3450, mia="LOAS",
    source="loas_pact1945; cow_igo_v3; mia_v2",
    note="Pact signed Cairo 1945-03-22 (in force 1945-05-10; ATOP 3015). Joint Defence and Economic Cooperation Treaty 1950 (ATOP 3205). Operational: Arab League force in Kuwait 1961-63, Arab Deterrent Force in Lebanon 1976-83.")
LS = "loas_pact1945; cow_igo_v3"
for c in [645, 670]:
    mem("loas", c, 1945, "", source=LS, note="Founding signatory.")
mem("loas", 678, 1945, 1990, source=LS, ed="1990-05-22",
    note="Joined May 1945 (North Yemen); continued by unified Yemen (679) from 22 May 1990. COW IGO v3 shows a gap 1965-66 (not followed: no withdrawal known).")
mem("loas", 660, 1946, "", source=LS, note="Founding signatory 1945; COW system membership starts 1946.")
mem("loas", 663, 1946, "", source=LS, note="Founding signatory 1945 (Transjordan); COW system membership starts 1946.")
mem("loas", 652, 1946, 1958, source=LS, note="Founding signatory 1945; COW system membership starts 1946. Merged into the UAR 1958-1961.")
mem("loas", 652, 1961, 2011, ed="2011-11-16", source=LS,
    note="Seceded from the UAR 1961. Boundary year shared with the suspension spell (dates exact).")
mem("loas", 652, 2011, 2023, sd="2011-11-16", ed="2023-05-07", status="suspended", source="loas_syria_susp",
    note="Suspended by the Council decision of 12 November 2011, effective 16 November 2011; reinstated by Council decision of 7 May 2023.")
mem("loas", 652, 2023, "", sd="2023-05-07", source="loas_syria_susp", note="Reinstated; boundary year shared with the suspension spell.")
mem("loas", 651, 1945, 1979, ed="1979-03-26", source=LS,
    note="Founding signatory (UAR 1958-71). Boundary year shared with the suspension spell.")
mem("loas", 651, 1979, 1989, sd="1979-03-26", status="suspended", source="loas_egypt_susp; cow_igo_v3",
    note="Suspended after the peace treaty with Israel (decided Baghdad, March 1979); readmitted May 1989. COW IGO v3 codes a gap 1980-1988 (NOTES.md). Boundary years shared.")
mem("loas", 651, 1989, "", source="loas_egypt_susp; cow_igo_v3", note="Readmitted May 1989; boundary year shared with the suspension spell.")
mem("loas", 679, 1990, "", sd="1990-05-22", source=LS, note="Unified Yemen from 22 May 1990.")
mem("loas", 680, 1967, 1990, ed="1990-05-22", source="loas_members",
    note="South Yemen admitted December 1967; absent from COW IGO v3's LOAS list (NOTES.md).")
for c, y, n in [(620, 1953, ""), (625, 1956, ""), (600, 1958, ""), (616, 1958, ""),
                (690, 1961, ""), (615, 1962, ""), (692, 1971, ""), (694, 1971, ""),
                (698, 1971, ""), (696, 1971, ""), (435, 1973, ""), (520, 1974, ""),
                (522, 1977, ""), (581, 1993, "")]:
    mem("loas", c, y, "", source="cow_igo_v3; loas_members", note="Admission year from COW IGO v3; continued to the present.")
org("gcc", "Gulf Cooperation Council (Cooperation Council for the Arab States of the Gulf)", "GCC", 1981,
    founded_date="1981-05-25", type="general_purpose", mandate="operational", region="gulf",
    cow=1990, mia="GCC/CCASG", source="gcc_charter1981; cow_igo_v3; mia_v2",
    note="Charter signed Abu Dhabi 1981-05-25. Peninsula Shield Force 1984; Joint Defence Agreement 2000 (ATOP 4965); Unified Military Command 2014. "
         "The 2017-2021 blockade of Qatar by Saudi Arabia, the UAE and Bahrain is not a membership change (NOTES.md).")
for c in [692, 690, 698, 694, 670, 696]:
    mem("gcc", c, 1981, "", sd="1981-05-25", source="gcc_charter1981; cow_igo_v3", note="Founding member.")
org("gcc_psf", "Peninsula Shield Force", "PSF", 1984, type="security", mandate="operational",
    region="gulf", parent="gcc", source="gcc_psf1984",
    note="Established by the GCC Supreme Council 1982 decision; stationed at Hafr al-Batin from 1984. Deployed to Kuwait 1991 and 2003 and to Bahrain 2011. Participants = GCC members.")
org("acc", "Arab Cooperation Council", "ACC", 1989, founded_date="1989-02-16", dissolved=1990,
    type="economic", mandate="none", region="middle_east", cow=400,
    source="acc1989; cow_igo_v3",
    note="Founded Baghdad 1989-02-16; defunct after Iraq's invasion of Kuwait (August 1990).")
for c in [645, 651, 663]:
    mem("acc", c, 1989, 1990, sd="1989-02-16", source="acc1989; cow_igo_v3", note="Founding member.")
mem("acc", 678, 1989, 1990, sd="1989-02-16", ed="1990-05-22", source="acc1989; cow_igo_v3", note="Founding member (North Yemen) until unification.")
mem("acc", 679, 1990, 1990, sd="1990-05-22", source="cow_igo_v3", note="Unified Yemen (COW IGO v3 1990).")
org("cento", "Baghdad Pact / Central Treaty Organization", "CENTO", 1955, founded_date="1955-02-24",
    dissolved=1979, type="security", mandate="operational", region="middle_east", cow=1100,
    source="baghdad_pact1955; cow_igo_v3; atop_v401",
    note="Pact of Mutual Cooperation signed by Iraq and Turkey 1955-02-24 (ATOP 3275); renamed CENTO in 1959 after Iraq left. Dissolved 1979 after Iran, Pakistan and Turkey withdrew. "
         "Has outside members (UK; US associate), so it is not 'security regionalism' in the project's sense.")
for c in [640]:
    mem("cento", c, 1955, 1979, sd="1955-02-24", source="baghdad_pact1955; cow_igo_v3", note="Founding signatory.")
mem("cento", 645, 1955, 1959, sd="1955-02-24", ed="1959-03-24", source="baghdad_pact1955; atop_v401",
    note="Founding signatory; withdrew 24 March 1959 after the 1958 revolution. COW IGO v3 continues Iraq to 1964 (NOTES.md).")
mem("cento", 200, 1955, 1979, sd="1955-04-05", source="baghdad_pact1955; cow_igo_v3", note="Acceded 5 April 1955.")
mem("cento", 770, 1955, 1979, sd="1955-09-23", source="baghdad_pact1955; cow_igo_v3", note="Acceded 23 September 1955.")
mem("cento", 630, 1955, 1979, sd="1955-11-03", source="baghdad_pact1955; cow_igo_v3", note="Acceded 3 November 1955.")
mem("cento", 2, 1955, 1979, status="associate", source="cow_igo_v3; atop_v401",
    note="Never a party to the Pact (not an ATOP member) but took part in its committees, including the Military Committee, from the late 1950s. Years from COW IGO v3, which codes the US as a full member 1955-1979; status associate because the US never acceded (NOTES.md).")
org("oic", "Organisation of Islamic Cooperation", "OIC", 1969, founded_date="1969-09-25",
    type="general_purpose", mandate="declaratory", region="", cow=3850, mia="OIC",
    source="oic_charter1972; cow_igo_v3; mia_v2",
    note="Rabat summit 1969-09-25; Charter 1972 (revised 2008). Trans-regional: home_region empty. Membership years from COW IGO v3 (to 2014) plus Syria's suspension (August 2012).")
from_cow("oic", "OIC", alive_after_2014=True, ext_source="oic_members", skip=(652,))
mem("oic", 652, 1970, 2012, source="cow_igo_v3", note="COW IGO v3 from 1970. Boundary year shared with the suspension spell.")
mem("oic", 652, 2012, "", sd="2012-08-15", status="suspended", source="oic_syria_susp2012",
    note="Suspended by the Mecca extraordinary summit, 14-15 August 2012; no reinstatement found in the sources used by end 2025 (NOTES.md).")
org("oapec", "Organization of Arab Petroleum Exporting Countries", "OAPEC", 1968, founded_date="1968-01-09",
    type="economic", mandate="none", region="middle_east", cow=3800, mia="OAPEC",
    source="oapec_agreement1968; cow_igo_v3; mia_v2",
    note="Agreement signed Beirut 1968-01-09. Membership years from COW IGO v3 (Egypt's 1979-89 suspension is not in COW: note only, NOTES.md).")
from_cow("oapec", "OAPEC", alive_after_2014=True, ext_source="oapec_members")


# ---------------------------------------------------------------- 31 December rule
ENDED = re.compile(r"\s*This status ended \d{4}-\d\d-\d\d; under the 31-December rule the spell ends the year before\.")
SHARE = re.compile(r"[^.;]*(oundary year|shares 20\d\d|share 20\d\d)[^.]*\.?\s*")


def normalize(rows: list[dict]) -> list[dict]:
    """Resolve spells of one org and state that share a boundary year.

    The status holding on 31 December owns the year (CODING.md): a spell that
    ends in the year the next begins is cut back by one year (its exact end
    date moves to the note); a spell left with no year of its own (a
    within-year suspension) is dropped and recorded in the note of the spell
    that follows; adjacent spells with the same status are then merged.
    """
    out: list[dict] = []
    key = lambda r: (r["org_id"], r["ccode"])
    groups: dict = {}
    for r in rows:
        groups.setdefault(key(r), []).append(dict(r))
    for k, g in groups.items():
        g.sort(key=lambda r: (r["start"] if r["start"] != "" else -1, r["start_date"] or ""))
        res: list[dict] = []
        for r in g:
            r["note"] = re.sub(r"[;,]\s*$", ".", SHARE.sub("", r["note"]).strip())
            if res and res[-1]["end"] != "" and r["start"] != "" and int(res[-1]["end"]) >= int(r["start"]):
                prev = res[-1]
                if prev["end_date"]:
                    prev["note"] = (prev["note"] + f" This status ended {prev['end_date']}; under the 31-December rule the spell ends the year before.").strip()
                prev["end"], prev["end_date"] = int(r["start"]) - 1, ""
                if prev["start"] != "" and int(prev["end"]) < int(prev["start"]):
                    res.pop()
                    r["note"] = (r["note"] + f" Within-year {prev['status']} spell {prev['start_date'] or prev['start']} to {r['start_date'] or r['start']} not kept (31-December rule): {ENDED.sub('', prev['note'])}").strip()
                    r["source"] = "; ".join(dict.fromkeys((r["source"] + "; " + prev["source"]).split("; ")))
            if res and res[-1]["status"] == r["status"] and res[-1]["end"] != "" and r["start"] != "" \
                    and int(res[-1]["end"]) == int(r["start"]) - 1:
                prev = res[-1]
                prev["end"], prev["end_date"] = r["end"], r["end_date"]
                prev["note"] = (ENDED.sub("", prev["note"]) + " " + r["note"].replace("Reinstated. ", "")).strip()
                prev["source"] = "; ".join(dict.fromkeys((prev["source"] + "; " + r["source"]).split("; ")))
                continue
            res.append(r)
        out.extend(res)
    return out


# ---------------------------------------------------------------- write
def write(rows, cols, name):
    df = pd.DataFrame(rows, columns=cols)
    df.to_csv(HERE / name, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    return df


if __name__ == "__main__":
    o = write(ORGS, ORG_COLS, "organizations.csv")
    m = write(normalize(MEMS), MEM_COLS, "memberships.csv")
    print(len(o), "organizations;", len(m), "membership spells")
