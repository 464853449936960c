"""Independent adjudication of the disagreements between the two codings.

Run from anywhere::

    /work/main/.venv/bin/python datasets/build/coded/reliability/adjudication.py

Reads ``disagreements.csv`` (written by ``compare.py``) and writes
``adjudication.csv`` with one row per disagreement: unit_type, unit_id, start,
item, first, second, proposed, decision, final_value, note.

Decisions
---------
accept
    The resolution proposed in ``resolutions.py`` is adopted (``final_value``
    = ``proposed``; for a proposed split, both parts are applied).
reject
    The proposal is not adopted; the first coding stands. For pairs where one
    coder left the item empty (``not_assessed``) this means the gap is not
    filled from the other coder.
NA
    Neither value can be sourced; the item is set to empty.
amend
    The adjudicator's own sourced value differs from the proposal (e.g. the
    second coder's value verified where NA was proposed, a spell split where a
    single value was proposed, or a gap filled from a verified source).

Sources: the seed article (Mayer, ``mayer_seed``), ATOP v4.01
(``/work/shared/data/raw/atop``), the codebook (``../CODING.md``) and
pages reached through the project's search tool (named in the note). The
adjudicator did not recode items that were not in disagreement.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
TAG = "Reliability adjudication 2026-11"

# (unit_id, start, item) -> (decision, final_value, note)
D: dict[tuple[str, int, str], tuple[str, str, str]] = {
    # --- value disagreements (both coders coded) -----------------------------------------
    ("canwfz", 2006, "dispute_settlement"): ("accept", "0", "Both codings describe the treaty's dispute clause as consultations/negotiations or other means chosen by the parties (first coder's own note); CODING.md requires a court, tribunal, arbitration or a mediation/conciliation body of its own: 0."),
    ("ecowas_mechanism1999", 1999, "mandate_border"): ("accept", "1", "Protocol 1999 art. 3 lists control of cross-border crime among the Mechanism's objectives (both codings of the ECOWAS 1999- spell agree on border 1); first coding stands."),
    ("ecowas_mechanism1999", 1999, "mutual_assistance"): ("accept", "0", "The unit is the 1999 Protocol; its art. 25 defines when the Mechanism applies but creates no obligation to assist a member under attack. The obligation is in the 1981 Protocol on Mutual Assistance in Defence (ATOP 3895, coded on the ECOWAS organization rows)."),
    ("eternal_friendship_1997", 1997, "mandate_defense"): ("reject", "0", "ATOP v4.01 atopid 4859 codes defense 0, offense 0, milcon 0 and consul 1 (consultation only); Mayer n. 32 speaks of security-policy coordination, not collective defence or military cooperation: first coding (0) stands."),
    ("eternal_friendship_1997", 1997, "mandate_border"): ("accept", "0", "Mayer sec. 4, n. 32: 'clarification of border issues', i.e. settling/delimiting borders, not a border-security task in CODING.md's sense (border security). Set to 0."),
    ("sadc_mdp2003", 2003, "secretariat"): ("accept", "0", "The Pact creates no secretariat of its own (CODING.md: 'of its own'); first coding stands."),
    ("sadc_mdp2003", 2003, "operational_record"): ("accept", "0", "No source attributes SAMIM or another operation to the Pact; first coding stands."),
    ("aes", 2023, "mandate_peacekeeping"): ("accept", "1", "Liptako-Gourma Charter art. 5 (text quoted by emedia.sn and tchadinfos.com, Sept 2023): parties work to prevent, manage and settle any armed rebellion or other threat to territorial integrity = conflict management."),
    ("aes", 2023, "mandate_drugs_crime"): ("accept", "1", "Liptako-Gourma Charter art. 4 (quoted by wakatsera.com and emedia.sn, Sept 2023): parties undertake to fight terrorism in all its forms and organised crime in the common space."),
    ("aes", 2024, "mandate_peacekeeping"): ("accept", "1", "Charter art. 5 remains the AES's basis under the 2024 confederation (same sources as 2023)."),
    ("aes", 2024, "mandate_drugs_crime"): ("accept", "1", "Charter art. 4 (organised crime), same sources as 2023."),
    ("aes", 2024, "joint_forces"): ("accept", "1", "Unified force announced, standing integrated command not sourced; first coding (1) stands."),
    ("anzus", 1986, "decision_rule"): ("NA", "", "The treaty (art. VII Council) contains no decision rule and neither coding cites a source on Council practice (first: unanimity, second: consensus by analogy with the Warsaw Pact note). Not determinable: empty."),
    ("anzus", 1986, "operational_record"): ("reject", "1", "Australia's 2001 invocation of art. IV led to national deployments, not to an operation of the ANZUS institution (first coder's note); first coding (1) stands."),
    ("au", 2007, "mutual_assistance"): ("reject", "0", "The 2005 AU Non-Aggression and Common Defence Pact binds only its parties and is coded as its own agreement (atop_5055, mutual_assistance 1); the first coder's explicit convention (make_design.py note on the au 2002 spell) keeps the Union's rows at 0. No spell split."),
    ("bimstec", 2018, "mandate_defense"): ("accept", "0", "BIMSTEC's security sector consists of counter-terrorism and transnational crime, disaster management and energy (bimstec.org 'Security' sector page); no defence or military-cooperation task in its instruments. MILEX-18 remains in operational_record (1)."),
    ("bimstec", 2024, "mandate_defense"): ("accept", "0", "As for 2018 (bimstec.org 'Security' sector page: CTTC, disaster management, energy)."),
    ("caco", 2002, "mandate_defense"): ("accept", "1", "First coding (mutual support against threats to sovereignty and territorial integrity, wiki7_caco) stands."),
    ("caricom_rss", 1982, "mandate_peacekeeping"): ("accept", "0", "The 1982 MoU's tasks (national emergencies, smuggling, search and rescue, immigration, fisheries, customs, maritime policing, off-shore installations, pollution, disasters, threats to national security; summary of the MoU in the RSS history pages reached by search) include no peacekeeping or conflict management; operations stay in operational_record."),
    ("centrazbat", 1996, "standing_body"): ("accept", "0", "Force-unit convention: the parent's councils are coded on the parent; first coding stands."),
    ("cepgl", 1976, "mandate_defense"): ("reject", "1", "The second coder's reading of Convention art. 2 (order on common borders) is from memory and could not be verified; the first coding cites art. 2 (security of the states and their populations). First coding stands; mandate_border stays empty."),
    ("csto", 2009, "joint_forces"): ("accept", "1", "CRRF and Collective Peacekeeping Forces are earmarked national contingents; first coding stands."),
    ("csto_pkf", 2022, "standing_body"): ("accept", "0", "Force-unit convention; first coding stands."),
    ("csto_pkf", 2022, "secretariat"): ("accept", "0", "Force-unit convention; first coding stands."),
    ("eccas", 1999, "mutual_assistance"): ("accept", "1", "Mutual Assistance Pact signed Feb 2000 (ATOP 4945, dated from signature as in the first coding); first coding stands."),
    ("ecowas_ecomog", 1999, "standing_body"): ("accept", "0", "Force-unit convention; first coding stands."),
    ("ecowas_ecomog", 1999, "secretariat"): ("accept", "0", "Force-unit convention; first coding stands."),
    ("eu_csdp", 1999, "operational_record"): ("reject", "0", "CME 02 (May 2002) exercised EU crisis-management procedures without forces; the second coder himself flags it as weak and no source for a field exercise in 1999-2002 was found. First coding (0) stands."),
    ("eu_pesco", 2017, "secretariat"): ("accept", "0", "Secretariat functions by EEAS/EDA (first coder's note); first coding stands."),
    ("eu_pesco", 2017, "mandate_peacekeeping"): ("accept", "0", "PESCO concerns capability commitments; first coding stands."),
    ("eu_pesco", 2017, "joint_forces"): ("accept", "1", "Multinational units created by PESCO projects; first coding stands."),
    ("eu_pesco", 2017, "operational_record"): ("NA", "", "Neither coding cites a PESCO-flagged exercise or operation (first coder's note mentions capability projects only): empty."),
    ("gcc", 2001, "mandate_drugs_crime"): ("amend", "0 for 2001-2006; 1 for 2007-2013", "GCC Criminal Information Centre to Combat Drugs established in 2007 (gcc-cic.org 'About the center'; UNODC project QATJ24 from May 2007), operating from April 2010 (The Peninsula, 11 Feb 2013). The task enters inside the spell: spell split at 2007 (first coding kept for 2001-2006)."),
    ("gcc", 2014, "mandate_drugs_crime"): ("accept", "1", "GCC-CICCD in Doha (gcc-cic.org; The Peninsula, 11 Feb 2013): drugs and related organised crime."),
    ("gcc", 2014, "mandate_civil_protection"): ("amend", "1", "GCC Emergency Management Centre officially established 2013 in Kuwait; Gulf Emergency Plan approved 2014 and handed to the Centre (WAM/arabstoday report; GCC-SG news 25 Feb 2020). The second coder's 1 is verified."),
    ("ioc", 2013, "mandate_border"): ("accept", "1", "MASE maritime surveillance = maritime border security; first coding stands."),
    ("ioc", 2013, "operational_record"): ("amend", "2", "The MASE regional agreements (2018) set up the Regional Coordination Operations Centre (Seychelles), which coordinates joint operations at sea, e.g. Operation Levante 2 with Kenya, Madagascar, the UK and EUNAVFOR (Seychelles News Agency; US Sixth Fleet news 7 Mar 2024). Attributed to the IOC as for mandate_border (IOC-led MASE): 2."),
    ("mnjtf", 1998, "mandate_counterterrorism"): ("accept", "0 for 1998-2011; 1 for 2012-2014", "First coder's own note: mandate extended to Boko Haram in 2012 (assanvo2016). Spell split at 2012."),
    ("mru", 2000, "mandate_peacekeeping"): ("accept", "0", "No conflict-management task sourced in the Fifteenth Protocol; first coding stands."),
    ("oas", 1948, "mandate_counterterrorism"): ("accept", "0 for 1948-1970; 1 for 1971-1985", "OAS Convention to Prevent and Punish the Acts of Terrorism Taking the Form of Crimes against Persons, concluded at Washington 2 Feb 1971 and approved by the OAS General Assembly (UNTS No. 24381, text at derechos.org; ILM 10 (1971) 255). Counted as an OAS instrument as the first coding counts the OAU 1999 convention. Spell split at 1971."),
    ("odeca", 1951, "mandate_peacekeeping"): ("reject", "0", "Second coder's reading of the 1951 Charter art. 1 is from memory and could not be verified through the sources reached; first coding stands."),
    ("oecs", 1981, "mutual_assistance"): ("reject", "1", "ATOP v4.01 atopid 3900 (Treaty of Basseterre, 1981) codes defense 1 (defence obligation); first coding stands."),
    ("oecs", 1981, "joint_forces"): ("accept", "1", "The 1983 Caribbean Peace Force of member contingents (first coder's own note; operational_record 2) is an ad-hoc joint unit, which CODING.md codes 1, as for the OAS Inter-American Peace Force."),
    ("sadc", 1996, "mandate_arms_control"): ("accept", "0", "Firearms Protocol 2001, in force 2004 (next spell); first coding stands."),
    ("sadc", 1996, "joint_forces"): ("accept", "1", "Operation Boleas 1998, coded as a SADC-mandated operation in the first coding (operational_record 2), was carried out by South African and Botswana units: ad-hoc joint unit (CODING.md: 1)."),
    ("sadc", 2004, "intervention_right"): ("reject", "0", "Organ Protocol art. 11(3)(c)-(d) and 11(4)(a) (text in Gibler 2009, reached by search): enforcement action only as a last resort, recommended to the Summit, and only with UN Security Council authorisation under UN Charter art. 53; the Organ seeks the consent of the disputant parties. No right of intervention beyond the UN Charter: first coding (0) stands."),
    ("sadc_organ", 2004, "secretariat"): ("accept", "0", "Served by the SADC Secretariat's Organ directorate; first coding stands."),
    ("sadc_organ", 2004, "intervention_right"): ("reject", "0", "As for sadc 2004 (Organ Protocol art. 11(3)(d): UNSC authorisation required)."),
    ("seato", 1955, "mutual_assistance"): ("accept", "1", "Manila Pact art. IV(1) ('will in that event act to meet the common danger'); ATOP v4.01 atopid 3260 codes defense 1; consistent with the first coding of ANZUS art. IV (1)."),
    ("shanghai_five", 1996, "treaty_basis"): ("accept", "0", "No founding charter (Mayer sec. 5); first coding stands."),
    ("unasur", 2008, "mandate_arms_control"): ("accept", "1", "UNASUR's South American Defence Council (created by UNASUR in Dec 2008; counted in the unasur rows by the first coding) is to preserve South America as a zone free of nuclear weapons and WMD and promote disarmament (statute summary, desarrolloydefensa.blogspot.com Dec 2008); treaty preamble: a world free of nuclear weapons and WMD (treaty text, dmsjuridica.com Ley 1440/2011)."),
    ("unasur", 2008, "dispute_settlement"): ("accept", "1", "The Constitutive Treaty provides a dispute-settlement mechanism (direct negotiation, then the Council of Delegates and the Council of Foreign Ministers; art. 21 per the second coder): Sune and Long (2022), Rev. Secr. Trib. Perm. Revis. 10(19), doi:10.16890/rstpr.a10.n19.e490. Treaty-based procedure with bodies of its own: 1."),
    ("unasur", 2008, "operational_record"): ("accept", "1", "Exercises via the CDS; first coding stands."),
    ("unasur_cds", 2008, "mandate_arms_control"): ("accept", "1", "CDS statute: zone free of nuclear weapons and WMD, disarmament, confidence-building (desarrolloydefensa.blogspot.com Dec 2008 summary of the statute); consistent with the first coding of CBMs as arms control (CSCE, CICA)."),
    ("visegrad", 2016, "mandate_border"): ("amend", "1", "V4 Joint Statement on Migration, Prague 15 Feb 2016 (visegradgroup.eu), and V4 Declaration on the Western Balkans Migration Route (13 Nov 2015): support for protection of external borders and V4 assistance to border management. The second coder's 1 is verified."),
    ("warsaw_pact", 1955, "decision_rule"): ("NA", "", "The Warsaw Treaty contains no decision rule; the first coding's consensus rests on unsourced practice, the second's unanimity on memory. Not determinable (same rule as ANZUS): empty."),
    ("weu", 1992, "mandate_arms_control"): ("accept", "1", "Protocols III-IV of the Modified Brussels Treaty in force 1992-99; first coding stands."),
    # --- one coder left the item empty: gaps filled from a verified source ----------------
    ("aes", 2023, "decision_rule"): ("amend", "unanimity", "Liptako-Gourma Charter: decisions of the Alliance are taken by unanimity (tchadinfos.com summary of the Charter, Sept 2023). Fills the first coding's gap."),
}
DEFAULT_MISSING = ("reject", "One coder left the item empty; the other coder's value was not verified in adjudication, so the first coding stands (gap not filled).")


def adjudicate(dis: pd.DataFrame) -> pd.DataFrame:
    """One adjudication row per disagreement.

    Returns
    -------
    pandas.DataFrame
        Columns: unit_type, unit_id, start, item, first, second, proposed,
        decision, final_value, note.
    """
    rows = []
    used = set()
    for r in dis.itertuples(index=False):
        key = (r.unit_id, int(r.start), r.item)
        if key in D:
            decision, final, note = D[key]
            used.add(key)
        elif r.kind == "value":
            raise KeyError(f"no adjudication for value disagreement {key}")
        else:
            decision, note = DEFAULT_MISSING
            final = r.first_value
        rows.append({"unit_type": r.unit_type, "unit_id": r.unit_id, "start": int(r.start), "item": r.item,
                     "first": r.first_value, "second": r.second_value,
                     "proposed": r.proposed_value if r.kind == "value" else "",
                     "decision": decision, "final_value": final, "note": f"{TAG}: {note}"})
    stale = set(D) - used
    if stale:
        raise KeyError(f"adjudications for pairs that are not disagreements: {sorted(stale)}")
    out = pd.DataFrame(rows)
    bad = set(out["decision"]) - {"accept", "reject", "NA", "amend"}
    if bad:
        raise ValueError(f"unknown decisions {bad}")
    return out


def main() -> None:
    dis = pd.read_csv(HERE / "disagreements.csv", dtype=str, keep_default_na=False)
    out = adjudicate(dis)
    out.to_csv(HERE / "adjudication.csv", index=False)
    print(out.groupby(["decision"]).size().to_string())


if __name__ == "__main__":
    main()
