# Coded values (executed by _generate.py). See NOTES.md for the judgments.
# ruff: noqa: F821
C = "cow_igo_v3"


def bridge_gap(org_id, first_end, second_start, note):
    """Merge a state's two spells of ``org_id`` that a COW gap (first_end+1 .. second_start-1) splits."""
    rows = [r for r in MEMS if r["org_id"] == org_id]
    by_cc = {}
    for r in rows:
        by_cc.setdefault(r["ccode"], []).append(r)
    for cc, rs in by_cc.items():
        a = [r for r in rs if r["end"] == first_end]
        b = [r for r in rs if r["start"] == second_start]
        if a and b:
            a[0]["end"] = b[0]["end"]
            a[0]["source"] = b[0]["source"]
            a[0]["note"] = (note + " " + b[0]["note"]).strip()
            MEMS.remove(b[0])


# ============================================================== MIA regional organizations
EU12 = "211 390 220 255 350 205 325 212 210 235 230"
org("eea", "European Economic Area", "EEA", 1994, "1994-01-01", "", "", "economic", "none", "europe",
    "rx_efta_li_eea2020; rx_eea_wiki2017",
    "EEA Agreement signed 2 May 1992, in force 1 January 1994 (17 states and two Communities). Contracting "
    "parties are the EU, its member states and the EEA EFTA states; the EU and the Communities are not states and "
    "have no rows. No COW IGO entry.", mia="EEA")
mem("eea", "rx_eea_wiki2017; rx_efta_li_eea2020",
    " ".join(f"{c}:1994@1994-01-01" for c in EU12.split()) +
    " 200:1994-2020@1994-01-01~2020-12-31 305:1994@1994-01-01 375:1994@1994-01-01 380:1994@1994-01-01"
    " 395:1994@1994-01-01 385:1994@1994-01-01 223:1995@1995-05-01",
    {305: "Party from 1994 as an EFTA state, an EU member state from 1995 (one continuous spell).",
     375: "Party from 1994 as an EFTA state, an EU member state from 1995 (one continuous spell).",
     380: "Party from 1994 as an EFTA state, an EU member state from 1995 (one continuous spell).",
     200: "Left the EU on 31 January 2020 and was treated as an EEA State during the transition period to "
          "31 December 2020 (rx_eea_uk_transition).",
     223: "Joined 1 May 1995 after the second referendum (9 April 1995)."})
for r in MEMS:
    if r["org_id"] == "eea" and r["ccode"] == 200:
        r["source"] = "rx_eea_wiki2017; rx_eea_uk_transition"
mem("eea", "rx_eea_enlargement",
    "352:2004@2004-05-01 316:2004@2004-05-01 366:2004@2004-05-01 310:2004@2004-05-01 367:2004@2004-05-01 "
    "368:2004@2004-05-01 338:2004@2004-05-01 290:2004@2004-05-01 317:2004@2004-05-01 349:2004@2004-05-01 "
    "355:2007@2007-08-01 360:2007@2007-08-01 344:2014",
    {355: "EU member from 1 January 2007; EEA enlargement agreement signed 25 July 2007, applied provisionally "
          "from 1 August 2007 (in force 9 November 2011).",
     360: "EU member from 1 January 2007; EEA enlargement agreement signed 25 July 2007, applied provisionally "
          "from 1 August 2007 (in force 9 November 2011).",
     344: "Croatia's EEA participation agreement signed in April 2014 and applied provisionally from then (day "
          "not taken from a read source; 12 April 2014 from memory, not coded)."},
    default_note="EEA Agreement applied provisionally to the ten new EU members from their EU accession "
                 "(1 May 2004).")

org("sela", "Latin American and Caribbean Economic System", "SELA", 1975, "1975-10-17", "", "", "economic",
    "none", "latin_america", "rx_sela_colombia; rx_sela_2017; cow_igo_v3",
    "Established by the Panama Convention of 17 October 1975 (Caracas secretariat); named 'Latin American and "
    "Caribbean Economic System' by Decision 473 (2005). COW IGO v3 1975-2014; members from COW.",
    cow=3390, mia="SELA")
from_cow("sela", "SELA", continue_to_present=True, continue_source="rx_sela_2017", override=(94, 55),
         notes={90: "COW starts Guatemala in 2008; earlier membership not verified.",
                92: "COW starts El Salvador in 2009; earlier membership not verified."})
mem("sela", "cow_igo_v3; rx_sela_colombia; rx_sela_2017", "94:1977-2014 55:1976-2014",
    default_note="Member in COW to 2014 and on the Colombian foreign ministry's list of 28, but not on SELA's own "
                 "list of 26 members (October 2017): left between 2015 and 2017, year not found; the spell ends at "
                 "COW's last year (2014).")

org("ccnr", "Central Commission for the Navigation of the Rhine", "CCNR", 1815, "", "", "", "other", "none",
    "western_europe", "rx_ccnr_waterborne; rx_ccnr_wiki; cow_igo_v3",
    "Created by the Final Act of the Congress of Vienna (1815), first session Mainz 15 August 1816; Mannheim "
    "Convention 1868, revised Strasbourg 1963 (in force 1967). Task-specific (navigation) but regional: the Rhine "
    "states. Memberships start in 1946 (the state panel's first year). Observer states not coded.",
    cow=1050, mia="CCNR")
from_cow("ccnr", "CCNR", continue_to_present=True, continue_source="rx_ccnr_waterborne",
         notes={2: "COW codes the United States 1946-1964; a secondary source (rx_ccnr_wiki) says member until "
                   "1961 during the occupation of Germany. COW followed (unresolved).",
                200: "COW codes the United Kingdom 1946-1964; a secondary source (rx_ccnr_wiki) says the UK renounced "
                     "membership only in 1993. COW followed (unresolved).",
                325: "COW codes Italy 1946-1951; a secondary source (rx_ccnr_wiki) says Italy renounced in 1935. "
                     "COW followed (unresolved).",
                260: "FRG from its COW system entry (1955).", 255: "Unified Germany from 1990."})

org("cern", "European Organization for Nuclear Research", "CERN", 1954, "1954-09-29", "", "", "other", "none",
    "europe", "rx_cern_members; cow_igo_v3",
    "Convention signed 1953 by 12 states, in force 29 September 1954. Membership concentrated in Europe (Israel "
    "from 2014 the only non-European member): regional. Associate members and observers not coded.",
    cow=1720, mia="CERN")
from_cow("cern", "CERN", continue_to_present=True, continue_source="rx_cern_members", override=(230, 235, 345),
         notes={260: "FRG (founding member) from its COW system entry (1955)."})
mem("cern", "rx_cern_members; rx_cern_timeline",
    "345:1954-1961 230:1961-1969 230:1983 235:1985 315:1992-1992 360:2016 345:2019 366:2024",
    {(345, 1954): "Yugoslavia, founding member, left in 1961.",
     (230, 1961): "Spain joined 1 January 1961 and withdrew in 1969; COW codes it continuously from 1961 (not followed).",
     (230, 1983): "Spain rejoined in 1983.",
     235: "CERN gives 1985; COW starts Portugal in 1986.",
     315: "Czechoslovakia joined 1992; the Czech and Slovak Republics joined 1 July 1993 (COW 1993).",
     (345, 2019): "Serbia became the 23rd member state in March 2019.",
     366: "Estonia became the 24th member state in 2024 (accession ceremony October 2024). Slovenia's "
          "reported accession in 2025 was not verified and is not coded."})

org("esa", "European Space Agency", "ESA", 1975, "1975-05-30", "", "", "other", "none", "europe",
    "rx_esa_members; rx_esa_enlargement; cow_igo_v3",
    "ESA Convention signed 30 May 1975 (ESA operated from 1975); in force 30 October 1980. Members from COW, "
    "which starts the founding members in 1975. Canada is a cooperating state (coded associate).",
    cow=1790, mia="ESA")
from_cow("esa", "ESA", continue_to_present=True, continue_source="rx_esa_members", drop=(20,),
         notes={260: "FRG to 1989 in COW.", 255: "Unified Germany from 1990."})
mem("esa", "rx_esa_members; rx_esa_enlargement", "20:1979/a@1979-01-01 290:2012 366:2015 310:2015",
    {20: "Cooperation Agreement in force 1 January 1979; Canada sits on the Council and takes part in some "
         "programmes (COW codes it a full member from 1981; coded associate here).",
     290: "Poland exchanged accession agreements in September 2012 (not in COW).",
     366: "Estonia signed the accession 4 February 2015 (21st member state).",
     310: "Hungary signed the accession 24 February 2015 (22nd member state)."})

# ============================================================== Baltic and Nordic
BALT3 = "366 367 368"
org("baltbat", "Baltic Battalion", "BALTBAT", 1994, "", 2020, "", "security", "operational", "northern_europe",
    "rx_baltcourse2020; rx_sapronas1999; cow_igo_v3",
    "Tri-national agreement on a joint peacekeeping unit signed in Riga, September 1994; legal status agreements "
    "December 1997. COW IGO v3 codes it 1994-2003. The battalion's original mission ended in 2001; it was to be on "
    "NATO Response Force standby in 2010 (rx_baltcourse_coop), restored by a 2014 memorandum and suspended from 2021 "
    "by an agreement of 4 December 2020: coded as one organization 1994-2020.", cow=800)
mem("baltbat", "cow_igo_v3; rx_baltcourse_coop; rx_baltcourse2020",
    " ".join(f"{c}:1994-2020" for c in BALT3.split()),
    default_note="COW to 2003; continued to 2020 because the agreements were in force until the 2020 suspension "
                 "agreement (activity 2004-2013 was low: see the organization note).")
des("baltbat", 1994, 2003, "1 1 0 | 1 1 0 0 0 0 0 | 0 2 c 0 0 2", "rx_jamestown1997; rx_jamestown1996; rx_sapronas1999",
    "Agreements of 1994/1997; joint committees of defence ministers and commanders decide by consensus; rotating "
    "battalion command and staff (standing joint unit); elements served in NATO-led operations in Bosnia from 1996.")
des("baltbat", 2004, 2020, "1 . 0 | 1 1 0 0 0 0 0 | 0 2 c 0 0 .", "rx_baltcourse_coop; rx_baltcourse2020",
    "Same agreements; battalion earmarked for NRF standby (2010) and re-formed under the 2014 memorandum. "
    "Committees' meeting rhythm and actual deployments in this spell not verified (left empty).")

org("baltron", "Baltic Naval Squadron", "BALTRON", 1998, "", "", "", "security", "operational", "northern_europe",
    "rx_turpo_baltic; rx_milee_baltic",
    "Trilateral mine-countermeasures squadron, preparations from 1996 (German-led support), operating from 1998. "
    "Not in COW or MIA.")
mem("baltron", "rx_turpo_baltic; rx_milee_baltic", " ".join(f"{c}:1998" for c in BALT3.split()),
    {366: "A current Finnish source says the squadron's maritime part is Latvian and Lithuanian, Estonia taking part "
          "in joint training; the year Estonia stopped contributing ships was not found, so Estonia stays coded."})
des("baltron", 1998, "", ". . 0 | 1 0 0 0 0 0 0 | 0 2 . 0 0 .", "rx_turpo_baltic; rx_milee_baltic",
    "Permanently established standing naval force of the three states (joint_forces 2); mine countermeasures in "
    "the Baltic states' waters and NATO-led mine clearance. Treaty form, governing body and operations not "
    "verified (empty).")

org("baltnet", "Baltic Air Surveillance Network", "BALTNET", 2000, "2000-05-30", "", "", "security", "operational",
    "northern_europe", "rx_baltnet_agreement1998; rx_milee_baltnet; rx_baltictimes2000",
    "Intergovernmental agreement signed 16 April 1998; the Regional Airspace Surveillance Co-ordination Centre in "
    "Karmelava opened 30 May 2000 (founded = first operation). Part of NATO's integrated air defence since the "
    "Baltic states joined NATO; reconfigured into three national control and reporting centres from 1 January "
    "2020. Not in COW or MIA.")
mem("baltnet", "rx_baltnet_agreement1998; rx_milee_baltnet", " ".join(f"{c}:2000@2000-05-30" for c in BALT3.split()))
des("baltnet", 2000, 2019, "1 . 0 | 1 0 0 0 0 0 0 | 0 2 . 0 0 2", "rx_baltnet_agreement1998; rx_err_baltnet2020",
    "Agreement of 1998 (BALTNET 'a regional organization'); internationally staffed regional centre (standing "
    "integrated structure, joint_forces 2); air control and tactical management in NATO air policing "
    "(operational_record 2). Steering body rhythm and decision rule not verified.")
des("baltnet", 2020, "", "1 . 0 | 1 0 0 0 0 0 0 | 0 1 . 0 0 2", "rx_err_baltnet2020; rx_hanseatic2019",
    "New configuration agreement (signed September 2019): the joint centre closed, three national centres that can "
    "substitute for one another (joint_forces 1).")

org("baltdefcol", "Baltic Defence College", "BALTDEFCOL", 1999, "", "", "", "security", "operational",
    "northern_europe", "rx_baltdefcol_agreement; rx_jamestown1999; rx_turpo_baltic",
    "Decision 12 June 1998, agreement signed 1998; opened in Tartu in February 1999, first courses August 1999. "
    "Joint military education institution (standing body carrying out training). Not in COW or MIA.")
mem("baltdefcol", "rx_baltdefcol_agreement", " ".join(f"{c}:1999" for c in BALT3.split()))
des("baltdefcol", 1999, "", "1 . 1 | 1 0 0 0 0 0 0 | 0 0 . 0 0 1", "rx_baltdefcol_agreement; rx_jamestown1999",
    "Trilateral agreement; own budget, seal and staff (secretariat 1); senior staff officer training (defense, "
    "operational_record 1 = training). Governing board rhythm and decision rule not verified.")

org("cbss", "Council of the Baltic Sea States", "CBSS", 1992, "1992-03-06", "", "", "general_purpose", "declaratory",
    "europe", "rx_cbss_factbook; rx_cbss_wiki; rx_cbss_2023; cow_igo_v3",
    "Founded by the Baltic Sea foreign ministers in Copenhagen, 5-6 March 1992 (declaration). Security tasks "
    "(civil security/civil protection, trafficking in human beings, cross-border crime) are carried by expert groups "
    "and task forces, not by forces or operations: declaratory (judgment). The European Union is a member (not a "
    "state).", cow=1420)
from_cow("cbss", "CBSS", continue_to_present=True, continue_source="rx_cbss_2023", override=(395, 365))
mem("cbss", "rx_pravda2001; rx_cbss_wiki", "395:1995",
    {395: "Iceland joined in 1995 (COW 1993; not followed)."})
mem("cbss", "cow_igo_v3; rx_cbss_wiki; rx_cbss_2023", "365:1992-2021",
    {365: "Suspended in March 2022 and withdrew in May 2022 (the spell ends in 2021: no status held on 31 Dec 2022)."})
from_cow("cbss", "CBSS", statuses=(3,), continue_to_present=True, continue_source="rx_cbss_2023", override=(370,),
         notes={2: "Observer from COW's first observer year (2009); a 2001 source says observers since 1999 (not followed)."})
mem("cbss", "cow_igo_v3; rx_cbss_wiki", "370:2009-2021/o",
    {370: "Belarus's observer status was suspended in 2022 (not coded as a spell)."})
des("cbss", 1992, 1997, "0 1 0 | 0 0 0 0 1 0 1 | 0 0 c 0 0 0", "rx_cbss_factbook; rx_folkogforsvar_cbss",
    "Annual foreign ministers' session and Committee of Senior Officials; no permanent secretariat before 1998. "
    "Civil security and cross-border crime are among its fields (years these tasks were added not verified; "
    "coded for the whole life). Consensus rule from memory.")
des("cbss", 1998, "", "0 1 1 | 0 0 0 0 1 0 1 | 0 0 c 0 0 0", "rx_cbss_wiki; rx_roll_cbss",
    "Permanent Secretariat in Stockholm from 1998 (first Director General 1998). 'Safe and Secure Region' priority: "
    "trafficking in human beings, child protection, disaster preparedness (civil protection).")

org("ncm", "Nordic Council of Ministers", "NCM", 1971, "", "", "", "general_purpose", "none", "northern_europe",
    "rx_nordic_legislative; rx_niaas_nordic; cow_igo_v3",
    "Established by the 1971 revision of the Helsinki Treaty (agreement signed 13 February 1971); intergovernmental "
    "counterpart of the Nordic Council (nordic_council), not a sub-body of it. Secretariat (Oslo 1973, later "
    "Copenhagen). No security tasks in its instruments (Nordic defence cooperation runs through NORDEFCO).", cow=3620)
from_cow("ncm", "NCM", continue_to_present=True, continue_source="rx_regjeringen_nordic")

org("baltic_council", "Baltic Council (Baltic Assembly and Baltic Council of Ministers)", "BC", 1991, "", "", "",
    "general_purpose", "none", "northern_europe", "cow_igo_v3",
    "COW IGO v3 'Baltic Council' (1991-), the cooperation framework of Estonia, Latvia and Lithuania (Baltic "
    "Assembly from 1991, Baltic Council of Ministers from 1994, both from memory). Baltic defence projects are coded "
    "separately (baltbat, baltron, baltnet, baltdefcol).", cow=780)
from_cow("baltic_council", "BC", continue_to_present=True)

org("schengen", "Schengen Group (Schengen Agreement and Convention)", "SCHENGEN", 1985, "1985-06-14", 1999,
    "1999-04-30", "security", "operational", "europe", "rx_schengen_europa; rx_schengen_austriaforum; cow_igo_v3",
    "Intergovernmental cooperation outside the EC from the Schengen Agreement (14 June 1985); Implementing "
    "Convention signed 19 June 1990, in force 26 March 1995 (Schengen Information System, police cooperation, "
    "common external border controls). Integrated into the EU by the Treaty of Amsterdam on 1 May 1999 "
    "(successor eu).", succ="eu", cow=1930)
mem("schengen", "rx_schengen_europa; rx_schengen_austriaforum",
    "210:1985-1999@1985-06-14~1999-04-30 211:1985-1999@1985-06-14~1999-04-30 212:1985-1999@1985-06-14~1999-04-30 "
    "220:1985-1999@1985-06-14~1999-04-30 260:1985-1990@1985-06-14~1990-10-02 255:1990-1999@1990-10-03~1999-04-30 "
    "325:1990-1999~1999-04-30 230:1991-1999~1999-04-30 235:1991-1999~1999-04-30 350:1992-1999~1999-04-30 "
    "305:1995-1999~1999-04-30 390:1996-1999~1999-04-30 375:1996-1999~1999-04-30 380:1996-1999~1999-04-30 "
    "385:1996-1999/a~1999-04-30 395:1996-1999/a~1999-04-30",
    {260: "FRG founding signatory (COW has no FRG years).", 235: "Acceded 1991 (COW 1995).",
     305: "Acceded 1995 (COW 1997).",
     390: "Acceded 1996 under a special arrangement.",
     385: "Cooperation (association) agreement 1996: non-EC participant with a limited role in decisions; "
          "coded associate (COW: full).",
     395: "Cooperation (association) agreement 1996: non-EC participant with a limited role in decisions; "
          "coded associate (COW: full)."})
des("schengen", 1985, 1994, "1 . 0 | 0 0 0 1 . 0 0 | 0 0 . 0 0 0", "rx_schengen_europa; rx_schengen_austriaforum",
    "1985 Agreement: gradual abolition of checks at common borders (border 1). Compensatory measures (police "
    "cooperation, drugs) are in the 1990 Convention, not yet in force: drugs_crime left empty. Governing body "
    "before 1995 not verified.")
des("schengen", 1995, 1999, "1 1 0 | 0 0 0 1 1 0 0 | 0 0 u 0 0 0", "rx_schengen_europa; rx_schengen_britannica",
    "Convention in force: Executive Committee (unanimity, art. 132 CISA, from memory), common external border "
    "controls, Schengen Information System, police cooperation and drugs provisions. No joint forces or "
    "deployments (controls are national).")

# ============================================================== Americas
org("iadb", "Inter-American Defense Board", "IADB", 1942, "1942-03-30", "", "", "security", "operational",
    "americas", "rx_iadb_history; rx_iadb_2015; rx_usgovmanual_iadb; cow_igo_v3",
    "Created by Resolution XXXIX of the Rio de Janeiro Meeting of Foreign Ministers (January 1942), constituted 30 "
    "March 1942. An entity of the OAS since the Statutes of 15 March 2006 (parent_org oas; earlier autonomous). "
    "Council of Delegates, Secretariat, Inter-American Defense College (1962). Observers not coded.",
    parent="oas", cow=2150)
from_cow("iadb", "IADefB", continue_to_present=True, continue_source="rx_redcea_iadb")
bridge_gap("iadb", 2005, 2009,
           "COW has no IADB years 2006-2008 (the change to the 2006 Statutes); 26 OAS members were IADB members in "
           "March 2006 (rx_liquisearch_iadb), so the spells are joined.")
des("iadb", 1942, 2005, "0 1 1 | 1 0 0 0 0 0 0 | 0 0 . 0 0 .", "rx_iadb_history; rx_iadb_2015",
    "Founded by a resolution (no treaty) to prepare the collective defence of the continent; Council of Delegates "
    "and permanent staff. Operations before 2006 (e.g. demining supervision) not verified here.")
des("iadb", 2006, "", "0 1 1 | 1 0 0 0 0 0 1 | 0 0 . 0 0 2", "rx_iadb_2015; rx_usgovmanual_iadb",
    "2006 Statutes (OAS General Assembly): technical and educational advice on military and defence matters; "
    "disaster preparedness and humanitarian demining programmes in Central and South America (operational_record 2). "
    "Decision rule not verified.")

org("opanal", "Agency for the Prohibition of Nuclear Weapons in Latin America and the Caribbean", "OPANAL", 1969,
    "", "", "", "security", "operational", "latin_america", "rx_opanal_who; rx_opanal_macedo; cow_igo_v3",
    "Established 1969 by the parties to the Treaty of Tlatelolco (art. 7; agreement tlatelolco). Its organs "
    "(General Conference, Council, Secretariat) run the treaty's control system: a standing arms-control body "
    "(operational). Not in MIA.", cow=280)
from_cow("opanal", "OPANAL", continue_to_present=True, continue_source="rx_opanal_who")
des("opanal", 1969, "", "1 1 1 | 0 0 0 0 0 1 0 | 0 0 q 0 1 0", "rx_opanal_macedo; rx_opanal_who",
    "Treaty organs: biennial General Conference, five-member Council (special inspections), Secretariat. Decisions on "
    "important matters by two-thirds majority and referral of disputes to the ICJ (art. 24) are from memory of the "
    "treaty text. No inspection or operation has been carried out (operational_record 0).")

org("rio_group", "Rio Group (Permanent Mechanism for Political Consultation and Concertation)", "Rio Group", 1986,
    "1986-12-18", 2011, "", "general_purpose", "declaratory", "latin_america",
    "rx_riogroup_tf; rx_riogroup_dr1; rx_riogroup_pt; cow_igo_v3",
    "Declaration of Rio de Janeiro, 18 December 1986 (successor of the Contadora Group and its Support Group). "
    "Succeeded by CELAC in 2011 (dissolved 2011; COW runs to 2014, not followed). Tasks include solutions for "
    "conflicts affecting the region and regional security issues; no permanent secretariat (pro tempore).",
    succ="celac", cow=4100)
from_cow("rio_group", "RIOgroup", cap=2011, override=(42, 90, 91, 92, 93, 94, 54),
         notes={95: "Panama in COW 1986-1989 and from 1994 (participation interrupted in COW 1990-1993).",
                80: "Belize from 2005 (COW)."})
mem("rio_group", "rx_riogroup_dr1", "42:1999-2011 90:1999-2011 91:1999-2011 92:1999-2011 93:1999-2011 94:1999-2011",
    default_note="Admitted as full members in September 1999 (COW 2000). Central America had earlier a rotating "
                 "seat (1990-1999), not coded.")
des("rio_group", 1986, 2011, "0 1 0 | 0 1 0 0 0 0 0 | 0 0 c 0 0 0", "rx_riogroup_dr1; rx_riogroup_pt; rx_riogroup_tf",
    "Declaration (no treaty); annual summits; decisions by consensus; no secretariat. Conflict management "
    "('internal solutions for problems and conflicts affecting the region') coded as peacekeeping 1; no bodies or "
    "missions (declaratory).")

org("paho", "Pan American Health Organization", "PAHO", 1902, "", "", "", "other", "none", "americas",
    "cow_igo_v3", "Pan American Sanitary Bureau from 1902 (COW), PAHO from 1958 (from memory), WHO regional office "
    "for the Americas. Regional task-specific organization. Participating states France, Netherlands and United "
    "Kingdom and associate members not coded.", cow=3890)
from_cow("paho", "PAHO", continue_to_present=True,
         notes={80: "COW has no 1984 for Belize (gap kept)."})

org("g3", "Group of Three", "G-3", 1995, "", 2006, "", "economic", "none", "latin_america", "cow_igo_v3",
    "Colombia, Mexico and Venezuela (free trade treaty in force 1995, from memory). COW IGO v3 ends it in 2006, "
    "when Venezuela withdrew (COW: Venezuela to 2005); the treaty continued bilaterally between Colombia and Mexico.",
    cow=1950)
from_cow("g3", "G3", cap=2006)

org("geplacea", "Group of Latin American and Caribbean Sugar Exporting Countries", "GEPLACEA", 1974, "", 2001, "",
    "economic", "none", "latin_america", "cow_igo_v3",
    "COW IGO v3 'GLACSEC' 1974-2001 (members coded from 1976). Commodity group; regional membership.", cow=1920)
from_cow("geplacea", "GLACSEC", cap=2001)

org("andean_parliament", "Andean Parliament", "AP", 1980, "", "", "", "other", "none", "south_america",
    "cow_igo_v3", "Deliberative organ of the Andean integration system (parent can). COW IGO v3 codes it 1980-1989 "
    "with the five Andean Pact states; it still exists as a CAN organ, so no dissolution is coded. Participants are "
    "the CAN members (no rows, as for other sub-bodies).", parent="can", cow=340)

org("acdt", "American Committee on Dependent Territories", "ACDT", 1948, "", 1956, "", "other", "none", "americas",
    "cow_igo_v3", "Committee created by the Ninth International Conference of American States (Bogota 1948) on "
    "European colonies in the Americas (from memory); COW IGO v3 1948-1956 with the 21 American republics, i.e. the "
    "OAS members (parent oas; no rows).", parent="oas", cow=320)

# ============================================================== Europe / SEE
org("rcc", "Regional Cooperation Council", "RCC", 2008, "2008-02-27", "", "", "general_purpose", "declaratory",
    "eastern_europe", "rx_rcc_wbc; rx_rcc_structure; rx_rcc_mne",
    "Launched at the SEECP foreign ministers' meeting in Sofia, 27 February 2008, as successor of the Stability Pact "
    "for South Eastern Europe (not coded); operational body of the SEECP (parent_org seecp), Secretariat in Sarajevo. "
    "Its 46 participants include the SEECP states and external donors, international organizations and IFIs; they "
    "are not coded per state (COW IGO v3 lists only the United States, 2008-2010). Security cooperation (defence "
    "ministries, military intelligence) and justice and home affairs are areas of work, without forces or missions: "
    "declaratory.", parent="seecp", cow=4075)
des("rcc", 2008, "", "0 1 1 | 1 0 0 0 1 0 0 | 0 0 . 0 0 0", "rx_rcc_wbc; rx_rcc_structure; rx_rcc_board2012",
    "Statute adopted by the SEECP (political act; treaty_basis 0); Annual Meeting and Board; Secretariat of 38 staff. "
    "Areas: security cooperation (defence ministries and military intelligence cooperation: defense 1) and justice "
    "and home affairs (organized crime: drugs_crime 1). Decision rule not verified.")

org("eip", "European Institute of Peace", "EIP", 2014, "2014-05-05", "", "", "other", "declaratory", "europe",
    "rx_eip_history; rx_eip_board; cow_igo_v3",
    "Statutes signed 18 February 2014; inaugural Board of Governors 5 May 2014. A public-interest foundation under "
    "Belgian law whose Board is made up of member states; mediation and informal dialogue in conflicts (mostly "
    "outside Europe). Mediation support without forces or missions of its own: declaratory (judgment).", cow=1675)
mem("eip", "rx_eip_board; rx_eip_history; cow_igo_v3",
    "211:2014 375:2014 325:2014 212:2014 290:2014 230:2014 380:2014 310:2014-2014 225:2014-2014",
    {310: "Founding member; not on the Board lists of c. 2020 or 2024: left after 2014, year not found (spell ends at "
          "the last sourced year, 2014).",
     225: "Founding member; not on the Board lists of c. 2020 or 2024: left after 2014, year not found (spell ends at "
          "the last sourced year, 2014)."},
    default_note="Founding member (Board 5 May 2014), still on the Board (2024 list). Germany and Ireland, on the "
                 "current Board, are not coded: year of joining not found.")
des("eip", 2014, "", "0 1 1 | 0 1 0 0 0 0 0 | 0 0 . 0 0 .", "rx_eip_board; rx_eip_history",
    "Statutes of a foundation (not a treaty); Board of Governors of member states; own staff in Brussels. "
    "Conflict resolution through mediation and dialogue (peacekeeping = conflict management). Whether its mediation "
    "work counts as an operation in this codebook is left open (empty).")

# ============================================================== other regions (COW)
org("rcfc", "Regional Commonwealth in the Field of Communications", "RCC (communications)", 1991, "", "", "", "other",
    "none", "post_soviet", "cow_igo_v3",
    "Communications administrations of CIS states (COW IGO v3 'RCFC', 1991-). Observers not coded.", cow=4060)
from_cow("rcfc", "RCFC", continue_to_present=True, override=(372, 369, 640))
mem("rcfc", "cow_igo_v3", "372:1994-2014 369:1991-2014 640:1997-2003",
    {372: "Not continued after COW's last year: Georgia left the CIS in 2009 and its later membership was not verified.",
     369: "Not continued after COW's last year: Ukraine's participation after 2014 was not verified.",
     640: "COW codes Turkey a full member 1997-2003 (kept; unusual for a CIS body)."})

org("usp", "University of the South Pacific", "USP", 1967, "", "", "", "other", "none", "pacific", "cow_igo_v3",
    "Regional university owned by Pacific island states (COW IGO v3 from 1967; members coded from 1984 in COW). "
    "Cook Islands, Niue and Tokelau are not COW states.", cow=4440)
from_cow("usp", "USP", continue_to_present=True)

org("bobp_igo", "Bay of Bengal Programme Inter-Governmental Organisation", "BOBP-IGO", 2003, "", "", "", "other",
    "none", "south_asia", "cow_igo_v3", "Fisheries body of Bangladesh, India, Maldives and Sri Lanka (COW 2003-).",
    cow=825)
from_cow("bobp_igo", "BOBP", continue_to_present=True)

org("pmaesa", "Port Management Association of Eastern and Southern Africa", "PMAESA", 1973, "", "", "", "other",
    "none", "sub_saharan_africa", "cow_igo_v3",
    "Ports association of eastern and southern African states (COW 1973-); COW's 2001 gap is kept.", cow=4010)
from_cow("pmaesa", "PMAESA", continue_to_present=True)

org("interim_mekong", "Interim Committee for Coordination of Investigations of the Lower Mekong Basin",
    "Interim Mekong Committee", 1978, "", 1995, "", "other", "none", "southeast_asia", "cow_igo_v3",
    "Riparian committee of Laos, Thailand and Vietnam (1978-1995; Cambodia absent), replaced in 1995 by the Mekong "
    "River Commission (not coded). COW IGO v3 also lists donor states as members; only the riparian states are "
    "coded (judgment; riparian composition from memory).", cow=2320)
from_cow("interim_mekong", "ICCILMB", keep={800, 812, 816}, cap=1995)
