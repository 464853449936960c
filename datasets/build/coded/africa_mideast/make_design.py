"""Write security_design.csv, agreements.csv and agreement_parties.csv (hand-coded).

Design items are given as a compact string in CODING.md order:
treaty_basis standing_body secretariat | defense peacekeeping counterterrorism
border drugs_crime arms_control civil_protection | mutual_assistance
joint_forces decision_rule intervention_right dispute_settlement
operational_record. '.' = unknown (empty); decision rules: U unanimity,
C consensus, Q qualified_majority.
"""
import csv
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
DCOLS = ["unit_type", "unit_id", "start", "end", "treaty_basis", "standing_body", "secretariat",
         "mandate_defense", "mandate_peacekeeping", "mandate_counterterrorism", "mandate_border",
         "mandate_drugs_crime", "mandate_arms_control", "mandate_civil_protection",
         "mutual_assistance", "joint_forces", "decision_rule", "intervention_right",
         "dispute_settlement", "operational_record", "source", "note"]
RULE = {"U": "unanimity", "C": "consensus", "Q": "qualified_majority", ".": ""}
D = []


def d(unit, start, end, items, source, note="", kind="organization"):
    v = items.replace("|", " ").split()
    assert len(v) == 16, (unit, v)
    vals = [("" if x == "." else x) for x in v]
    vals[12] = RULE[v[12]]
    D.append([kind, unit, start, end] + vals + [source, note])


# OAU / AU -------------------------------------------------------------------------------
d("oau", 1963, 1992, "1 1 1 | 1 0 0 1 0 1 0 | 0 1 Q 0 1 2",
  "oau_charter1963:art. II, III, X, XIX, XX; oau_iaf_chad1981",
  "Defence Commission (art. XX); Cairo 1964 resolutions on border inviolability and denuclearization of Africa; Assembly resolutions by two-thirds majority (art. X); Commission of Mediation, Conciliation and Arbitration (art. XIX); non-interference (art. III). Inter-African Force in Chad 1981-82 (joint_forces 1, operational_record 2).")
d("oau", 1993, 1998, "1 1 1 | 1 1 0 1 0 1 0 | 0 1 Q 0 1 2",
  "oau_charter1963; oau_mechanism1993",
  "Cairo Declaration 1993: Mechanism for Conflict Prevention, Management and Resolution (Central Organ); observer missions (Rwanda NMOG, Burundi OMIB, Comoros OMIC).")
d("oau", 1999, 2002, "1 1 1 | 1 1 1 1 0 1 0 | 0 1 Q 0 1 2",
  "oau_charter1963; oau_mechanism1993; oau_ct1999",
  "OAU Convention on the Prevention and Combating of Terrorism adopted Algiers 1999 (counterterrorism 1).")
AU = "au_constitutive_act2000:art. 4, 5, 7, 18; au_psc_protocol2002"
d("au", 2002, 2003, "1 1 1 | 1 1 1 0 0 1 . | 0 0 Q 1 1 2", AU,
  "Act art. 4(d) common defence policy, 4(h) right to intervene, 7 consensus failing which two-thirds majority, 18 Court of Justice. AMIB deployed to Burundi 2003. civil_protection not coded (unknown). "
  "The 2005 Non-Aggression and Common Defence Pact (mutual assistance) is an ATOP agreement (5055) with its own parties: mutual_assistance 0 for the Union.")
d("au", 2004, 2006, "1 1 1 | 1 1 1 0 0 1 . | 0 1 Q 1 1 2", AU + "; au_asf_policy2003",
  "PSC operational from May 2004; ASF regional brigades earmarked (joint_forces 1); AMIS Darfur 2004, AMISOM 2007.")
d("au", 2007, "", "1 1 1 | 1 1 1 1 1 1 . | 0 1 Q 1 1 2", AU + "; au_border_programme2007",
  "AU Border Programme (2007) and AU Plan of Action on Drug Control and Crime Prevention (2007) add border and drugs/crime tasks.")
d("au_psc", 2004, "", "1 1 1 | 1 1 1 . . 1 . | 0 1 Q 1 1 2",
  "au_psc_protocol2002:art. 3, 6, 7, 8(13), 11, 13",
  "Decisions by consensus, failing which two-thirds majority (art. 8(13)); recommends intervention under Act art. 4(h) (art. 7(1)(e)); Panel of the Wise (art. 11); ASF (art. 13). border and drugs_crime not checked in the Protocol text: empty.")
d("au_asf", 2003, "", "1 1 0 | 0 1 0 0 0 0 . | 0 1 Q 1 0 1",
  "au_psc_protocol2002:art. 13; au_asf_policy2003",
  "Standby national and regional contingents (joint_forces 1) for observation, peace support and art. 4(h) intervention; deployed through the PSC (decision rule of the PSC); standing_body = Specialised Technical Committee on Defence, Safety and Security; "
  "staff in the AU Commission's PSOD (no secretariat of its own). The ASF as such has only exercised (AMANI AFRICA I 2010, II 2015): operational_record 1; missions were ad hoc.")
# ECOWAS --------------------------------------------------------------------------------
d("ecowas", 1978, 1980, "1 1 1 | 0 0 0 0 0 0 0 | 0 0 . 0 1 0",
  "ecowas_treaty1975:art. 11; atop_v401",
  "Protocol on Non-Aggression 1978 (ATOP 3810) only; Tribunal of the Community foreseen (art. 11). Decision rule for security matters not sourced.")
d("ecowas", 1981, 1989, "1 1 1 | 1 0 0 0 0 0 0 | 1 1 . 1 1 0",
  "ecowas_treaty1975; atop_v401",
  "Protocol relating to Mutual Assistance in Defence 1981 (ATOP 3895): mutual assistance, Defence Council and Defence Commission, Allied Armed Forces of the Community from earmarked national units (joint_forces 1, never assembled); "
  "intervention in an internal conflict actively supported from outside allowed (art. 18): intervention_right 1 (conditional).")
d("ecowas", 1990, 1998, "1 1 1 | 1 1 0 0 0 1 0 | 1 1 . 1 1 2",
  "ecowas_treaty1993:art. 58; ecowas_smc1990",
  "ECOMOG in Liberia (1990) and Sierra Leone (1997); Revised Treaty 1993 art. 58 (regional security); 1998 moratorium on small arms (arms_control 1).")
d("ecowas", 1999, "", "1 1 1 | 1 1 1 1 1 1 . | 1 1 Q 1 1 2",
  "ecowas_mechanism1999:art. 3, 8-10, 21-22, 25; ecowas_treaty1993",
  "Mechanism protocol 1999: Mediation and Security Council decides by two-thirds majority; intervention in member states (art. 25); cross-border crime, terrorism, small arms (art. 3). civil_protection not checked: empty. Missions: Guinea-Bissau, Cote d'Ivoire, Liberia, Mali (AFISMA), Gambia (ECOMIG).")
d("ecowas_ecomog", 1990, 1998, "0 0 0 | 0 1 0 0 0 0 0 | 0 1 . 1 0 2",
  "ecowas_smc1990",
  "Ad hoc force created by an SMC decision (no treaty); national contingents under a Force Commander; deployed into Liberia's civil war without government consent beyond Doe's request.")
d("ecowas_ecomog", 1999, "", "1 0 0 | 0 1 . . . . . | 0 1 Q 1 0 2",
  "ecowas_mechanism1999:art. 21-22",
  "Standby force of earmarked national units (art. 21); deployed by the Mediation and Security Council (two-thirds). ECOMOG Guinea-Bissau 1998-99, ECOMIB 2012, ECOMIG 2017.")
d("aes", 2023, 2023, "1 0 0 | 1 1 1 0 1 0 0 | 1 0 U . . .",
  "aes_charter2023:art. 4-6; adj_liptako_press2023",
  "Liptako-Gourma Charter: collective defence and mutual assistance (art. 6), fight against terrorism; no standing organs before the confederation. Intervention, dispute settlement and operations not sourced: empty. Reliability adjudication 2026-11: mandate_peacekeeping 0 -> 1 (art. 5: prevention, management and settlement of armed rebellion or other threats), mandate_drugs_crime 0 -> 1 (art. 4: organised crime), decision_rule empty -> unanimity (decisions of the Alliance by unanimity) - Charter text as quoted by emedia.sn, wakatsera.com and tchadinfos.com (adj_liptako_press2023).")
d("aes", 2024, "", "1 1 . | 1 1 1 0 1 0 0 | 1 1 . . . .",
  "aes_confed2024; aes_charter2023:art. 4-5; adj_liptako_press2023",
  "Confederation treaty 2024: College of Heads of State; unified force announced in 2024 (joint_forces 1). Secretariat and operations not sourced: empty. Reliability adjudication 2026-11: mandate_peacekeeping 0 -> 1 and mandate_drugs_crime 0 -> 1 (Charter arts. 5 and 4, which remain the basis; adj_liptako_press2023).")
d("g5_sahel", 2014, 2016, "1 1 1 | 1 0 1 1 1 0 0 | 0 0 . 0 . .",
  "g5_convention2014",
  "Convention 2014: security and development; Permanent Secretariat in Nouakchott; Defence and Security Committee. Decision rule, dispute settlement, early operations not sourced.")
d("g5_sahel", 2017, 2023, "1 1 1 | 1 0 1 1 1 0 0 | 0 2 . 0 . 2",
  "g5_convention2014; g5_dissolution2023",
  "G5 Sahel Joint Force (FC-G5S) with a joint headquarters (joint_forces 2) launched 2017; cross-border operations from late 2017.")
d("accra_initiative", 2017, "", "0 1 1 | 0 0 1 1 1 0 0 | 0 1 . 0 0 2",
  "accra_initiative_iss2022",
  "Political agreement (no treaty); ministerial meetings and a permanent secretariat in Accra; joint cross-border operations (Koudanlgou I-IV) by national units.")
d("mru", 2000, "", "1 1 1 | 1 0 . 1 . . . | 0 1 . 0 . .",
  "mru_protocol15_2000; mru_declaration1973",
  "Fifteenth Protocol (2000): defence, security, internal and foreign affairs cooperation; Joint Border Security and Confidence-Building Units (joint_forces 1). Items not checked left empty. The 1986 non-aggression treaty is ATOP 3982.")
# Southern Africa -----------------------------------------------------------------------
d("sadc", 1992, 1995, "1 1 1 | 0 0 0 0 0 0 0 | 0 0 C 0 1 0",
  "sadc_treaty1992:art. 5, 16, 19",
  "Treaty objective to 'promote and defend peace and security' (art. 5) without bodies: declaratory. Decisions by consensus (art. 19); Tribunal (art. 16).")
d("sadc", 1996, 2003, "1 1 1 | 1 1 0 0 1 0 0 | 0 1 C 0 1 2",
  "sadc_treaty1992; sadc_organ_communique1996",
  "Organ created 1996; Protocol on Combating Illicit Drugs 1996; SADC-mandated intervention in Lesotho 1998 (Operation Boleas). Reliability adjudication 2026-11: joint_forces 0 -> 1, Operation Boleas was carried out by South African and Botswana units, an ad-hoc joint unit (CODING.md: 1) (sadc_organ_communique1996; operation as coded in operational_record).")
d("sadc", 2004, "", "1 1 1 | 1 1 1 . 1 1 . | 1 1 C 0 1 2",
  "sadc_organ_protocol2001:art. 2, 11; sadc_mdp2003:art. 6",
  "Protocol in force 2004; Firearms Protocol; Mutual Defence Pact 2003 (art. 6 collective action against an armed attack; entry into force not sourced, NOTES.md); SADC Standby Force (joint_forces 1); SAMIM Mozambique 2021-24, SAMIDRC 2023-25.")
d("sadc_organ", 1996, 2003, "0 1 0 | 1 1 . . . . . | 0 0 C 0 1 2",
  "sadc_organ_communique1996",
  "Summit decision only (no treaty until 2004); Inter-State Defence and Security Committee; mediation (Lesotho 1998).")
d("sadc_organ", 2004, "", "1 1 0 | 1 1 1 . . . . | 0 1 C 0 1 2",
  "sadc_organ_protocol2001:art. 2, 3, 11",
  "Protocol in force 2 March 2004; Organ Troika; served by the SADC Secretariat's Organ directorate (no secretariat of its own).")
d("comesa", 1994, "", "1 1 1 | 0 1 0 0 0 0 0 | 0 0 . 0 1 0",
  "comesa_treaty1993:art. 3(d), 163",
  "Peace and security as an objective (art. 3(d), 163) and a conflict-prevention programme; COMESA Court of Justice. No security forces or operations.")
d("ioc", 2013, "", "1 1 1 | 0 0 0 1 1 0 . | 0 0 . 0 . 2",
  "ioc_victoria1984; ioc_mase2013; adj_rcoc_ops",
  "Maritime security programme (MASE, from 2013) against piracy and maritime crime; no security task before (so no earlier spell). civil_protection and dispute settlement not checked. Reliability adjudication 2026-11: operational_record 0 -> 2, the Regional Coordination Operations Centre (Seychelles) set up under the MASE regional agreements (2018) coordinates joint operations at sea, e.g. Operation Levante 2 (adj_rcoc_ops).")
# East Africa / Horn / Great Lakes ------------------------------------------------------
d("eac2", 2000, 2021, "1 1 1 | 1 1 1 1 1 1 . | 0 0 C 0 1 1",
  "eac_treaty1999:art. 123-125, 12",
  "Treaty art. 124 (peace and security: cross-border crime, terrorism, drugs, small arms) and art. 125 (defence cooperation); consensus (art. 12(3)); East African Court of Justice; joint military exercises from 2005 (operational_record 1).")
d("eac2", 2022, "", "1 1 1 | 1 1 1 1 1 1 . | 0 1 C 0 1 2",
  "eac_treaty1999; eac_members",
  "EAC Regional Force in eastern DR Congo (November 2022 - December 2023).")
d("igad", 1996, "", "1 1 1 | 0 1 1 . . . . | 0 0 . 0 1 2",
  "igad_agreement1996:art. 7, 18A",
  "Conflict prevention, management and resolution (art. 7, 18A); CEWARN (2002), ICPAT counterterrorism programme (2006); ceasefire monitoring mission in South Sudan (2014-). Other items not checked.")
d("recsa", 2004, "", "1 1 1 | 0 0 0 0 0 1 0 | 0 0 . 0 0 0",
  "nairobi_protocol2004",
  "Secretariat of the Nairobi Protocol on small arms: arms marking, destruction, harmonised legislation. No deployments or exercises (operational_record 0), though its bodies carry out arms-control tasks (mandate operational).")
d("icglr", 2008, "", "1 1 1 | 1 1 . . . 1 . | 1 0 . . . 2",
  "icglr_pact2006; atop_v401",
  "Pact and Protocol on Non-Aggression and Mutual Defence (ATOP 5090: defense, nonaggression); Expanded Joint Verification Mechanism teams deployed in eastern DRC from 2012 (operational_record 2). Items not checked left empty.")
d("cepgl", 1976, "", "1 1 1 | 1 0 0 . . . . | 0 0 . 0 . 0",
  "cepgl_convention1976:art. 2",
  "Security of the states and their populations as first objective (art. 2): coded mandate_defense 1 (security cooperation). No forces or operations. Dormant 1994-2007.")
# Central Africa / Lake Chad ------------------------------------------------------------
d("eccas", 1999, 2003, "1 1 1 | 1 1 0 0 0 0 0 | 1 0 . . 1 0",
  "eccas_treaty1983; eccas_copax_protocol2000; atop_v401",
  "COPAX decided 1999; Mutual Assistance Pact 2000 (ATOP 4945). Before 1999 ECCAS had no security task (no spell).")
d("eccas", 2004, 2007, "1 1 1 | 1 1 0 0 0 0 0 | 1 1 . . 1 1",
  "eccas_copax_protocol2000",
  "COPAX protocol in force 2004; FOMAC standby units (joint_forces 1); exercise Barh-el-Gazel 2003 and Kwanza 2010.")
d("eccas", 2008, "", "1 1 1 | 1 1 0 0 0 0 0 | 1 1 . . 1 2",
  "eccas_copax_protocol2000",
  "MICOPAX in the Central African Republic (July 2008 - 2013).")
d("eccas_copax", 2004, "", "1 1 . | 1 1 . . . . . | 1 1 . . . 2",
  "eccas_copax_protocol2000",
  "Council of ministers and heads of state; MARAC early warning; FOMAC; MICOPAX. Other items not checked.")
d("cemac", 2002, 2008, "1 1 1 | 0 1 0 0 0 0 0 | 0 1 . 0 1 2",
  "cemac_treaty1994; cemac_fomuc2002",
  "FOMUC multinational force in the Central African Republic, October 2002 - July 2008 (then MICOPAX under ECCAS). No security task coded outside this spell.")
d("lcbc", 2015, "", "1 1 1 | 0 0 1 1 0 0 0 | 0 1 . 0 . 2",
  "lcbc_convention1964; assanvo2016",
  "Political framework and Heads of State summit for the MNJTF against Boko Haram (AU PSC authorisation 2015).")
d("mnjtf", 1998, 2011, "0 0 0 | 0 0 0 1 1 0 0 | 0 1 . 0 0 2",
  "assanvo2016",
  "Cross-border banditry and crime (Nigeria, Chad, Niger). Reliability adjudication 2026-11: spell split at 2012 (end 2014 -> 2011), when the mandate was extended to Boko Haram (assanvo2016).")
d("mnjtf", 2012, 2014, "0 0 0 | 0 0 1 1 1 0 0 | 0 1 . 0 0 2",
  "assanvo2016",
  "Mandate extended to Boko Haram in 2012. Reliability adjudication 2026-11: new spell from the split of 1998-2014; mandate_counterterrorism 0 -> 1 from 2012 (assanvo2016); other items as in 1998-2011.")
d("mnjtf", 2015, "", "0 . 0 | 0 0 1 1 . 0 0 | 0 2 . 0 0 2",
  "assanvo2016",
  "Reactivated under LCBC with an AU PSC mandate (no treaty); multinational headquarters in N'Djamena with national sector commands (joint_forces 2).")
# North Africa / Sahel-Sahara -----------------------------------------------------------
d("amu", 1989, "", "1 1 1 | 1 0 0 0 0 0 0 | 1 0 U 0 1 0",
  "amu_treaty1989:art. 6, 13, 14, 15; atop_v401",
  "Art. 14: aggression against one is aggression against all; art. 15 no support for activity against another member; Presidential Council decides unanimously (art. 6); Judicial Instance (art. 13). No security bodies or operations.")
d("censad", 1998, "", "1 1 1 | . 1 . . . . . | 0 1 . 0 . 2",
  "censad_treaty1998; censad_car2001",
  "CEN-SAD force in the Central African Republic, 2001-2003 (joint_forces 1, operational_record 2); revised treaty 2013 adds a Permanent Council for Peace and Security. Other items not checked.")
# Middle East ---------------------------------------------------------------------------
d("loas", 1945, 1949, "1 1 1 | 0 1 0 0 0 0 0 | 0 0 U 0 1 0",
  "loas_pact1945:art. 5, 6, 7",
  "Council mediation and arbitration (art. 5), measures against aggression by unanimity (art. 6); decisions unanimous to bind all (art. 7).")
d("loas", 1950, 1997, "1 1 1 | 1 1 0 0 0 0 0 | 1 1 Q 0 1 2",
  "loas_pact1945; loas_jdec1950:art. 2, 5, 6; atop_v401",
  "Joint Defence and Economic Cooperation Treaty 1950 (ATOP 3205): collective defence (art. 2), Permanent Military Commission and Joint Defence Council deciding by two-thirds (art. 6). Arab League force in Kuwait 1961-63; Arab Deterrent Force in Lebanon 1976-83.")
d("loas", 1998, "", "1 1 1 | 1 1 1 0 0 0 0 | 1 1 Q 0 1 2",
  "loas_jdec1950; arab_ct1998",
  "Arab Convention for the Suppression of Terrorism 1998.")
d("gcc", 1981, 1983, "1 1 1 | 1 0 0 0 0 0 0 | 0 0 U 0 1 1",
  "gcc_charter1981:art. 9, 10",
  "Supreme Council decides substantive matters unanimously (art. 9); Commission for the Settlement of Disputes (art. 10); first joint exercise (Peninsula Shield) 1983.")
d("gcc", 1984, 2000, "1 1 1 | 1 0 0 0 0 0 0 | 0 1 U 0 1 2",
  "gcc_charter1981; gcc_psf1984",
  "Peninsula Shield Force (joint_forces 1 for the organization: brigade of national units); deployed to Kuwait 1991.")
d("gcc", 2001, 2006, "1 1 1 | 1 0 1 0 0 0 0 | 1 1 U 0 1 2",
  "gcc_jda2000; atop_v401; gcc_psf1984",
  "Joint Defence Agreement 2000 (ATOP 4965): mutual assistance; counterterrorism agreement 2004; PSF to Kuwait 2003. Reliability adjudication 2026-11: spell split at 2007 (end 2013 -> 2006) when the GCC Criminal Information Centre to Combat Drugs was established (adj_gcc_ciccd).")
d("gcc", 2007, 2013, "1 1 1 | 1 0 1 0 1 0 0 | 1 1 U 0 1 2",
  "gcc_jda2000; atop_v401; gcc_psf1984; adj_gcc_ciccd",
  "PSF to Bahrain 2011. Reliability adjudication 2026-11: new spell from the split of 2001-2013; mandate_drugs_crime 0 -> 1, GCC Criminal Information Centre to Combat Drugs (Doha) established 2007, operating from 2010 (adj_gcc_ciccd); other items as in 2001-2006.")
d("gcc", 2014, "", "1 1 1 | 1 0 1 0 1 0 1 | 1 2 U 0 1 2",
  "gcc_jda2000; gcc_umc2014; adj_gcc_ciccd; adj_gcc_emc",
  "Unified Military Command decided 2013 and established 2014 (joint_forces 2). Reliability adjudication 2026-11: mandate_drugs_crime 0 -> 1 (GCC-CICCD, adj_gcc_ciccd); mandate_civil_protection 0 -> 1 (GCC Emergency Management Centre, Kuwait, established 2013; Gulf Emergency Plan 2014; adj_gcc_emc).")
d("gcc_psf", 1984, "", "0 0 0 | 1 0 0 0 0 0 0 | 0 2 U 0 0 2",
  "gcc_psf1984",
  "Standing force based at Hafr al-Batin (joint_forces 2); deployed to Kuwait 1991 and 2003, Bahrain 2011. Created by Supreme Council decision (no treaty).")
d("cento", 1955, 1979, "1 1 1 | 1 0 1 0 0 0 0 | 0 0 . 0 0 1",
  "baghdad_pact1955; atop_v401",
  "Pact of Mutual Cooperation art. 1 (cooperation for security and defence, no automatic assistance: ATOP defense 0); Council, Military and Counter-Subversion Committees, secretariat in Baghdad then Ankara; joint exercises (e.g. Midlink). Decision rule not sourced.")
d("oic", 1972, 1998, "1 1 1 | 0 1 0 0 0 0 0 | 0 0 . 0 . 0",
  "oic_charter1972",
  "Charter aims include peace and security and peaceful settlement of disputes among members; no security bodies. 1969-71 (before the Charter) not coded.")
d("oic", 1999, "", "1 1 1 | 0 1 1 0 0 0 0 | 0 0 . 0 . 0",
  "oic_charter1972; oic_ct1999",
  "OIC Convention on Combating International Terrorism 1999.")

# Agreements (not in ATOP v4.01) -----------------------------------------------------------
ACOLS = ["agreement_id", "title", "signed", "signed_date", "in_force", "in_force_date", "ended",
         "ended_date", "scope", "atop_id", "source", "note"]
A = [
 ["sadc_mdp2003", "SADC Mutual Defence Pact", 2003, "2003-08-26", "", "", "", "", "defense;military_cooperation", "",
  "sadc_mdp2003; pmg_sadc_mdp2005",
  "Adopted and signed at the Dar es Salaam summit 2003-08-26; enters into force 30 days after two-thirds of members ratify (pmg_sadc_mdp2005). Entry-into-force year not sourced here: in_force empty (NOTES.md). Not in ATOP v4.01 (ATOP 4985 is the 2001 Organ Protocol)."],
 ["pelindaba1996", "African Nuclear-Weapon-Free Zone Treaty (Treaty of Pelindaba)", 1996, "1996-04-11", 2009, "2009-07-15", "", "", "nuclear_weapon_free_zone;arms_control", "",
  "pelindaba1996", "Signed Cairo 1996-04-11; in force 2009-07-15. Parties not coded (ratification years not sourced here; NOTES.md)."],
 ["ecowas_mechanism1999", "Protocol Relating to the Mechanism for Conflict Prevention, Management, Resolution, Peace-Keeping and Security (ECOWAS)", 1999, "1999-12-10", "", "", "", "", "peacekeeping;consultation;counterterrorism;drugs_crime;arms_control", "",
  "ecowas_mechanism1999", "Signed Lome 1999-12-10. Entry into force not sourced here: in_force empty. Parties not coded (NOTES.md). Also coded as ECOWAS design spell 1999-."],
 ["nairobi_protocol2004", "Nairobi Protocol for the Prevention, Control and Reduction of Small Arms and Light Weapons in the Great Lakes Region and the Horn of Africa", 2004, "2004-04-21", 2006, "2006-05-05", "", "", "arms_control", "",
  "nairobi_protocol2004", "Parties not coded (ratification years not sourced here); see RECSA membership."],
 ["ecowas_salw2006", "ECOWAS Convention on Small Arms and Light Weapons, their Ammunition and Other Related Materials", 2006, "2006-06-14", 2009, "2009-09-29", "", "", "arms_control", "",
  "ecowas_salw2006", "Signed Abuja 2006-06-14; in force 2009-09-29. Parties not coded (NOTES.md)."],
 ["kinshasa_convention2010", "Central African Convention for the Control of Small Arms and Light Weapons (Kinshasa Convention)", 2010, "2010-11-19", 2017, "2017-03-08", "", "", "arms_control", "",
  "kinshasa2010", "Adopted Kinshasa 2010-04-30, opened for signature Brazzaville 2010-11-19; in force 2017-03-08. Parties not coded."],
 ["oau_ct1999", "OAU Convention on the Prevention and Combating of Terrorism", 1999, "1999-07-14", 2002, "2002-12-06", "", "", "counterterrorism", "",
  "oau_ct1999", "Adopted Algiers 1999-07-14; in force 2002-12-06. Parties not coded."],
 ["arab_ct1998", "Arab Convention for the Suppression of Terrorism", 1998, "1998-04-22", 1999, "1999-05-07", "", "", "counterterrorism", "",
  "arab_ct1998", "Signed Cairo 1998-04-22 by Arab interior and justice ministers; in force 1999-05-07. Parties not coded."],
]
PCOLS = ["agreement_id", "ccode", "joined", "left", "source", "note"]
P = []
for c in [571, 490, 570, 553, 590, 541, 565, 560, 572, 510, 551, 552]:
    P.append(["sadc_mdp2003", c, 2003, "", "pmg_sadc_mdp2005; sadc_mdp2003",
              "Signatory 2003-08-26 (Angola and Seychelles did not sign). Ratification year not sourced: joined = signature year, a proxy flagged here (NOTES.md)."])

# agreement design spells
d("sadc_mdp2003", 2003, "", "1 1 0 | 1 0 0 0 0 0 0 | 1 0 C 0 . 0",
  "sadc_mdp2003:art. 4, 6, 9; pmg_sadc_mdp2005",
  "Collective action against an armed attack on a State Party as authorised by the Summit (art. 6); defence cooperation (art. 9); bodies are SADC's (Summit, Organ). No operation under the Pact.", kind="agreement")
d("pelindaba1996", 2009, "", "1 1 . | 0 0 0 0 0 1 0 | 0 0 . 0 1 0",
  "pelindaba1996", "Conference of Parties; African Commission on Nuclear Energy (AFCONE, set up 2010-11); complaints procedure (art. 13, Annex IV).", kind="agreement")
d("ecowas_mechanism1999", 1999, "", "1 1 1 | 1 1 1 1 1 1 . | 0 1 Q 1 1 2",
  "ecowas_mechanism1999:art. 25; atop_v401", "Same items as the ECOWAS 1999- design spell, except mutual_assistance. Reliability adjudication 2026-11: mutual_assistance 1 -> 0, the 1999 Protocol (art. 25 conditions of application) creates no obligation to assist; that obligation is in the 1981 Protocol on Mutual Assistance in Defence (ATOP 3895), coded on the ECOWAS rows.", kind="agreement")
d("nairobi_protocol2004", 2006, "", "1 1 1 | 0 0 0 0 0 1 0 | 0 0 . 0 0 0",
  "nairobi_protocol2004", "Implemented through RECSA.", kind="agreement")
d("ecowas_salw2006", 2009, "", "1 . . | 0 0 0 0 0 1 0 | 0 0 . 0 . 0",
  "ecowas_salw2006", "Implemented by the ECOWAS Commission (small arms unit).", kind="agreement")
d("kinshasa_convention2010", 2017, "", "1 . . | 0 0 0 0 0 1 0 | 0 0 . 0 . 0",
  "kinshasa2010", "", kind="agreement")
d("oau_ct1999", 2002, "", "1 0 0 | 0 0 1 0 0 0 0 | 0 0 . 0 . 0",
  "oau_ct1999", "Implemented through the AU (African Centre for the Study and Research on Terrorism, 2004).", kind="agreement")
d("arab_ct1998", 1999, "", "1 0 0 | 0 0 1 0 0 0 0 | 0 0 . 0 . 0",
  "arab_ct1998", "Implemented through the Council of Arab Interior Ministers.", kind="agreement")


if __name__ == "__main__":
    for rows, cols, name in [(D, DCOLS, "security_design.csv"), (A, ACOLS, "agreements.csv"),
                             (P, PCOLS, "agreement_parties.csv")]:
        pd.DataFrame(rows, columns=cols).to_csv(HERE / name, index=False,
                                                quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    print(len(D), "design spells;", len(A), "agreements;", len(P), "parties")
