"""Generate the agreements_extra coding fragments (agreements, parties, design, bib).

Run: /work/main/.venv/bin/python datasets/build/coded/agreements_extra/_make.py
Every date is marked in the notes as either read in a document found with the
`search` tool ("verified") or from the coder's own knowledge ("from memory").
"""
from __future__ import annotations

import csv
from pathlib import Path

HERE = Path(__file__).resolve().parent
M = "from memory (not checked against a document in this session)"

# ---------------------------------------------------------------- bib entries
# key: (title, author, date, place, extra, url, note)
BIB = {
    "ax_sco_convention2001": ("Shanghai Convention on Combating Terrorism, Separatism and Extremism", "Kazakhstan; China; Kyrgyzstan; Russia; Tajikistan; Uzbekistan", "2001-06-15", "Shanghai", "Depositary: SCO Secretariat", "https://worldjpn.net/documents/texts/SCO/20010615.T2E.html", "Text, place, date and the six parties (preamble) read via the search tool (World and Japan database)."),
    "ax_unodc_sherloc_sco2001": ("Treaties Database: The Shanghai Convention on Combating Terrorism, Separatism and Extremism (status)", "UNODC SHERLOC", "", "", "", "https://sherloc.unodc.org/cld/en/treaties/status/shanghai_cooperation_organization/the_shanghai_convention_on_combating_terrorism_separatism_and_extremism.html", "States that the Convention entered into force on 29.03.2003; no breakdown of adherence. Read via the search tool."),
    "ax_sco_ct2009": ("Convention of the Shanghai Cooperation Organization against Terrorism", "Member States of the SCO", "2009-06-16", "Yekaterinburg", "Depositary: SCO Secretariat", "https://worldjpn.net/documents/texts/SCO/20090616.T1E.html", "Text, place and date read via the search tool."),
    "ax_kz_sco_ct2009": ("Law of the Republic of Kazakhstan No. 381-IV of 10 January 2011 on the ratification of the Convention of the SCO against Terrorism", "Republic of Kazakhstan", "2011-01-10", "Astana", "Bulletin of International Treaties of the Republic of Kazakhstan 2012, No. 2, art. 26", "https://zakonpravo.kz/en/on-the-ratification-of-the-convention-of-the-shanghai-cooperation-organization-against-terrorism", "Gives entry into force of the Convention on 14 January 2012. Read via the search tool."),
    "ax_ruvr2011_sco_ct": ("Kazakhstan ratified the SCO Convention against Terrorism (Voice of Russia, Albanian service)", "Voice of Russia", "2011-01-10", "Moscow", "", "http://albanian.ruvr.ru/2011/01/10/39199327/", "Kazakhstan ratified on 10 January 2011; Russia had approved the Convention first; Kyrgyzstan, Tajikistan, Uzbekistan and China were still considering it. Read via the search tool."),
    "ax_cis_ct1999": ("Treaty on Cooperation among the States Members of the Commonwealth of Independent States in Combating Terrorism", "CIS member states", "1999-06-04", "Minsk", "Depositary: CIS Executive Committee", "https://jus.uio.no/english/services/library/treaties/04/4-02/cis-combating-terrorism.html", "Text, place and date read via the search tool."),
    "ax_kz_cis_ct1999": ("Law of the Republic of Kazakhstan No. 93 of 23 October 2000 on the ratification of the Treaty on Cooperation of the CIS member states in combating terrorism (with depositary status note)", "Republic of Kazakhstan", "2000-10-23", "Astana", "Bulletin of International Treaties of the Republic of Kazakhstan 2004, No. 10, art. 59; 2006, No. 1, art. 6", "https://zakonpravo.kz/en/on-the-ratification-of-the-treaty-on-cooperation-of-the-member-states-of-the-commonwealth-of-independent-states-in-the-fight-against-terrorism", "Lists signatories, deposit dates of notifications and entry-into-force dates per state. Read via the search tool (excerpt may be truncated after the Russian Federation)."),
    "ax_csto_crrf2009": ("Agreement on the Collective Rapid Reaction Forces of the Collective Security Treaty Organization", "CSTO member states", "2009-06-14", "Moscow", "Depositary: CSTO Secretariat", "https://zakonpravo.kz/en/zakony/zakon-o-ratifikatsii-soglasheniya-o-kollektivnyh-silah-operativnogo-reagirovaniya-organizatsii-dogovora-o-kollektivnoy-bezopasnosti", "Text (art. 1 definitions) read via the search tool in the Kazakh ratification law No. 251-IV of 17 February 2010, which gives entry into force on 10 September 2010 (Bulletin of International Treaties of Kazakhstan 2010, No. 6, art. 65)."),
    "ax_kremlin2009_crrf": ("CSTO summit, Moscow, 14 June 2009 (news item)", "President of Russia", "2009-06-14", "Moscow", "", "http://en.kremlin.ru/events/president/news/44970", "The leaders of the CSTO countries, except Belarus and Uzbekistan, signed the CRRF agreement. Read via the search tool."),
    "ax_ria2009_belarus_crrf": ("Lukashenko signs Belarus up to post-Soviet rapid reaction force (RIA Novosti)", "RIA Novosti", "2009-10", "Moscow", "", "http://data.minsk.by/belarusnews/102009/112.html", "Belarus signed the CRRF documents in October 2009; joint CRRF exercise at Matybulak (Kazakhstan) with Kazakhstan, Kyrgyzstan, Russia and Tajikistan. Read via the search tool."),
    "ax_iacat2002": ("Inter-American Convention against Terrorism (AG/RES. 1840 (XXXII-O/02))", "Organization of American States", "2002-06-03", "Bridgetown", "OAS Treaty Series A-66; depositary: OAS General Secretariat", "https://www.dipublico.org/16814/inter-american-convention-against-terrorism/", "Adoption on 3 June 2002 read via the search tool."),
    "ax_state2005_iacat": ("Fact sheet: Ratification by the United States of the Inter-American Convention Against Terrorism", "U.S. Department of State", "2005-11-15", "Washington, DC", "", "https://2001-2009.state.gov/r/pa/prs/ps/2005/56929.htm", "Entry into force 10 July 2003 after six parties; US deposit 15 November 2005, party 30 days later; list of the 13 parties as of 15 November 2005. Read via the search tool."),
    "ax_americas2003_iacat": ("Anti-terrorism treaty in force (Americas magazine)", "Conaway, Janelle", "2003", "", "", "https://law-journals-books.vlex.com/vid/anti-terrorism-treaty-in-force-53190808", "Entry into force on 10 July (2003) after ratification by Peru, Mexico and Nicaragua at the OAS General Assembly in Santiago; Antigua and Barbuda, Canada and El Salvador had ratified earlier. Read via the search tool."),
    "ax_whatconvention_iacat": ("Convention interamericaine contre le terrorisme, OEA, 2002: ratifications", "whatconvention.org", "", "", "", "https://whatconvention.org/fr/ratifications/178", "Status table (33 signatures, 24 ratifications); country names are images, only the rows whose declaration names the state (Chile, Colombia) can be attributed. Read via the search tool."),
    "ax_cifta1997": ("Inter-American Convention against the Illicit Manufacturing of and Trafficking in Firearms, Ammunition, Explosives, and Other Related Materials (CIFTA)", "Organization of American States", "1997-11-14", "Washington, DC", "OAS Treaty Series A-63; depositary: OAS General Secretariat", "https://www.oas.org/ext/en/security/cifta", "Adoption 14 November 1997 and entry into force July 1998 read via the search tool (US State Department fact sheet of 22 March 2007); the day of entry into force (1 July 1998) is from memory. OAS page: ratified by 31 of 34 OAS members; Conference of States Parties, annual Consultative Committee, technical secretariat by the OAS General Secretariat."),
    "ax_state2007_cifta": ("Fact sheet: The Inter-American Convention Against the Illicit Manufacturing of and Trafficking in Firearms (CIFTA)", "U.S. Department of State, Bureau of Western Hemisphere Affairs", "2007-03-22", "Washington, DC", "", "https://webarchive.library.unt.edu/eot2008/20081104061130/http://www.state.gov/p/wha/rls/fs/2007/82353.htm", "Adopted 14 November 1997; in force July 1998; 26 ratifications as of 1 March 2007. Read via the search tool."),
    "ax_caricom_tsa2006": ("Treaty on Security Assistance among CARICOM Member States", "CARICOM Member States", "2006-07-06", "Basseterre", "Depositary: CARICOM Secretary-General; amended by the Protocol relating to COPACS, Kingstown, 14 February 2007", "https://www.caricom.org/about-caricom/who-we-are/our-governance/about-the-secretariat/offices/office-of-the-general-council/treaties-and-agreements/treaty-on-security-assistance-among-caricom-member-states", "CARICOM page: objectives (art. 3), entry-into-force rule (art. 18) and entry into force on 16 October 2006; ratification by Suriname 18 June 2007. Read via the search tool."),
    "ax_tt_act2007": ("Security Assistance (CARICOM) Act, Chapter 14:05 (Act 7 of 2007)", "Trinidad and Tobago", "2007-03-23", "Port of Spain", "", "https://www.global-regulation.com/law/trinidad-and-tobago/2939971/security-assistance-%2528caricom%2529.html", "Implements the Treaty signed at Basseterre on 6 July 2006 as amended by the COPACS Protocol of 14 February 2007. Read via the search tool."),
    "ax_gy_act2007": ("Security Assistance (CARICOM Member States) Act 2007, Chapter 15:06 (Act 14 of 2007)", "Guyana", "2007-03-23", "Georgetown", "", "https://www.global-regulation.com/law/guyana/5959471/chapter-15%25253a06---security-assistance-%252528caricom-member-states%252529.html", "s. 3: the Government of Guyana enters into, adopts and adheres to the Treaty. Read via the search tool."),
    "ax_aadmer2005": ("ASEAN Agreement on Disaster Management and Emergency Response (AADMER)", "ASEAN Member States", "2005-07-26", "Vientiane", "Depositary: Secretary-General of ASEAN", "https://iea.uoregon.edu/treaty-text/8910", "Text read via the search tool (IEA database); signature by ASEAN foreign ministers in July 2005 confirmed by the ASEAN Secretariat statement of December 2009; the day (26 July) is from memory."),
    "ax_xinhua2009_aadmer": ("ASEAN agreement on disaster management comes into force (Xinhua; ASEAN Secretariat statement)", "Xinhua", "2009-12-24", "Jakarta", "", "http://china.org.cn/environment/2009-12/24/content_19125778.htm", "AADMER entered into force on 24 December 2009 after ratification by all ten member states; provides for the AHA Centre. Read via the search tool."),
    "ax_asean2009_aadmer": ("ASEAN Disaster Management Agreement to Enter into Force by End of 2009", "ASEAN Secretariat", "2009-09-16", "Jakarta", "", "https://coresectorcommunique.blogspot.com/2009/09/asean-disaster-management-agreement-to.html", "Philippines the last of the ten to ratify (Senate 14 September 2009); entry into force sixty days after the tenth instrument. Read via the search tool."),
    "ax_saarc_ap2004": ("Additional Protocol to the SAARC Regional Convention on Suppression of Terrorism", "SAARC Member States", "2004-01-06", "Islamabad", "Depositary: SAARC Secretary-General", "https://tacticsinstitute.com/asia/saarc-efforts-against-terrorism/", "Adopted at the Twelfth SAARC Summit, Islamabad, 2-6 January 2004 (read via the search tool); the signature day 6 January 2004 is from memory."),
    "ax_ipcs_saarc": ("Countering Terrorism: Building a Common Approach in SAARC (project page)", "Institute of Peace and Conflict Studies", "2009", "New Delhi", "", "http://www.ipcs.org/project/countering-terrorism-building-a-common-approach-in-saarc-25.html", "Additional Protocol came into force on 12 January 2006 following ratification by all Member States. Read via the search tool."),
    "ax_saarc_narcotics1990": ("SAARC Convention on Narcotic Drugs and Psychotropic Substances", "SAARC Member States", "1990-11-23", "Male", "Depositary: SAARC Secretary-General", "", "Signature and entry-into-force dates from memory: not found in a document via the search tool; to be checked against the SAARC Secretariat's list of conventions."),
    "ax_gcc_ct2004": ("Convention of the Cooperation Council for the Arab States of the Gulf on Combating Terrorism", "Bahrain; Kuwait; Oman; Qatar; Saudi Arabia; United Arab Emirates", "2004-05-04", "Kuwait City", "Depositary: GCC Secretariat General", "https://www.arabnews.com/node/248835", "Arab News, 5 May 2004: signed 'yesterday' in Kuwait City by the interior ministers of the six GCC states. Read via the search tool."),
    "ax_saudi2005_gccct": ("Shura Council endorses GCC counter-terrorism agreement", "Royal Embassy of Saudi Arabia", "2005", "Washington, DC", "", "http://saudiembassy.net/archive/2005/news/page398.aspx", "Saudi Shura Council endorsement in 2005. Read via the search tool."),
    "ax_cfe1990": ("Treaty on Conventional Armed Forces in Europe (CFE Treaty)", "22 member states of NATO and the Warsaw Treaty Organization", "1990-11-19", "Paris", "Depositary: Government of the Netherlands", "https://huggingface.co/datasets/deepset/germandpr/viewer/plain_text/train?p=4", "Signature at the CSCE Paris summit on 19 November 1990 by 22 heads of government of NATO and Warsaw Pact states, provisional application 17 July 1992, definitive entry into force 9 November 1992: read via the search tool (German Wikipedia passage). Party list, 1992 Tashkent/Oslo arrangements for the successor states, Russian suspension (12 December 2007) and withdrawal (7 November 2023) are from memory."),
    "ax_florence1996": ("Agreement on Sub-Regional Arms Control (Dayton Annex 1-B, Article IV)", "Bosnia and Herzegovina; Federation of Bosnia and Herzegovina; Republika Srpska; Croatia; Federal Republic of Yugoslavia", "1996-06-14", "Florence", "Negotiated under OSCE auspices", "https://mvep.gov.hr/print.aspx?id=225037&url=print", "Croatian MFA (2021): signed 14 June 1996 in Florence; since 2006 the States Parties are Bosnia and Herzegovina, Montenegro, Croatia and Serbia. Read via the search tool."),
    "ax_osce2024_art4": ("XIV Review Conference on implementation of Dayton Article IV Agreement takes place in Vienna", "OSCE", "2024-11-05", "Vienna", "", "https://osce.org/forum-for-security-cooperation/580219", "Parties: Bosnia and Herzegovina, Montenegro, Croatia, Serbia; 518 missions with 830 inspections carried out. Read via the search tool."),
    "ax_serbia2021_art4": ("Marking the 25th anniversary of the signing of the Agreement on Sub-Regional Arms Control", "Ministry of Foreign Affairs of Serbia", "2021-06-14", "Belgrade", "", "https://mfa.gov.rs/en/press-service/statements/marking-25th-anniversary-signing-agreement-sub-regional-arms-control", "Solemn session of the Sub-Regional Consultative Commission; limits for five weapons categories. Read via the search tool."),
    "ax_au_psc2002": ("Protocol Relating to the Establishment of the Peace and Security Council of the African Union", "Member States of the African Union", "2002-07-09", "Durban", "Depositary: Chairperson of the AU Commission", "https://africanlii.org/akn/aa-au/act/protocol/2002/establishment-of-peace-and-security-council/eng@2002-07-09", "AfricanLII: adopted 9 July 2002, commenced 26 December 2003; article headings (arts. 5-13 incl. Panel of the Wise, Continental Early Warning System, African Standby Force) and art. 15 humanitarian action read via the search tool."),
    "ax_au_ec2004_psc": ("Decision on the Operationalization of the Peace and Security Council (EX.CL/Dec.79)", "AU Executive Council", "2004-03-16", "Addis Ababa", "", "https://africanlii.org/akn/aa-au/statement/decision/AU-EC/2004/79/eng@2004-03-16", "Welcomes entry into force of the PSC Protocol on 26 December 2003; first PSC session 16 March 2004. Read via the search tool."),
    "ax_au_ct_protocol2004": ("Protocol to the OAU Convention on the Prevention and Combating of Terrorism", "Member States of the African Union", "2004-07-08", "Addis Ababa", "Depositary: Chairperson of the AU Commission", "", "Title, place and date from memory; not checked against the text in this session. Entry into force not verified."),
    "ax_eurocorps2004": ("Treaty concerning the European Corps and the Status of its Headquarters (Treaty of Strasbourg)", "France; Germany; Belgium; Spain; Luxembourg", "2004-11-22", "Brussels", "", "https://www.eurocorps.org/20-anniversary-treaty-of-strasbourg/", "Eurocorps: treaty signed in Brussels on 22 November 2004 by the five framework nations; Poland joined on 20 December 2021; missions on a joint decision. Read via the search tool. Entry into force 26 February 2009 is from memory."),
    "ax_be_eurocorps2008": ("Loi du 19 juin 2008 portant assentiment au Traite relatif au Corps europeen et au statut de son Quartier general", "Kingdom of Belgium", "2008-06-19", "Brussels", "", "https://www.global-regulation.com/translation/belgium/3033337/law-concerning-consent-to-the-treaty-on-the-european-corps-and-the-status-of-its-headquarters-between-the-french-republic%252c-the-federal-republic-of-g.html", "Belgian act of assent, 19 June 2008. Read via the search tool."),
    "ax_be_eurocorps_missions": ("Traite relatif au Corps europeen (Conseil des ministres)", "Belgian federal government", "", "Brussels", "", "https://news.belgium.be./fr/traite-relatif-au-corps-europeen", "Eurocorps missions (common defence, humanitarian, peacekeeping, crisis management); SFOR, KFOR, command of ISAF August 2004 - February 2005. Read via the search tool."),
    "ax_nordefco2009": ("Memorandum of Understanding on Nordic Defence Cooperation (NORDEFCO)", "Denmark; Finland; Iceland; Norway; Sweden", "2009-11-04", "Helsinki", "Political MoU, not a treaty; revised MoU signed Rovaniemi 6 May 2025", "https://owiki.org/wiki/Nordic_Defence_Cooperation", "MoU signed in Helsinki on 4 November 2009; five members; defence ministers meet twice a year; Policy Steering Committee and Military Coordination Committee; cooperation areas incl. training & exercises and operations. Read via the search tool."),
    "ax_fimod2025_nordefco": ("The revised NORDEFCO Memorandum of Understanding will strengthen Nordic defence", "Finnish Ministry of Defence", "2025-05-09", "Helsinki", "", "https://www.globalsecurity.org/military/library/news/2025/05/mil-250509-finmod01.htm", "Revised MoU signed 6 May 2025, first revision since Finland and Sweden joined NATO. Read via the search tool."),
    "ax_sadc_firearms2001": ("Protocol on the Control of Firearms, Ammunition and Other Related Materials in the Southern African Development Community (SADC) Region", "Angola; Botswana; DR Congo; Lesotho; Malawi; Mauritius; Mozambique; Namibia; Seychelles; South Africa; Swaziland; Tanzania; Zambia; Zimbabwe", "2001-08-14", "Blantyre", "Depositary: SADC Executive Secretary", "https://africanlii.org/akn/aa-sadc/act/protocol/2001/control-of-firearms-ammunition/eng@2001-08-14", "AfricanLII: version of 14 August 2001, commenced on 8 November 2004; preamble lists the 14 heads of state; article headings incl. art. 17 institutional arrangement, art. 18 settlement of disputes. Read via the search tool. Place (Blantyre) from memory."),
    "ax_sadc_drugs1996": ("SADC Protocol on Combating Illicit Drug Trafficking", "SADC Member States", "1996-08-24", "Maseru", "Depositary: SADC Executive Secretary", "", "Title, place, dates from memory; not checked against a document in this session."),
    "ax_coe_ets090": ("European Convention on the Suppression of Terrorism (ETS No. 90)", "Member States of the Council of Europe", "1977-01-27", "Strasbourg", "Depositary: Secretary General of the Council of Europe; ETS No. 90; UNTS No. 17828", "https://www.coe.int/en/web/conventions/full-list/-/conventions/treaty/090", "Treaty Office: opened for signature Strasbourg 27/01/1977, entry into force 04/08/1978 after 3 ratifications; extradition-oriented (depoliticisation of offences). Read via the search tool. Art. 10 arbitration from memory."),
    "ax_ch_ets090": ("RS 0.353.3 European Convention of 27 January 1977 on the Suppression of Terrorism (Swiss classified compilation)", "Swiss Confederation", "1983-05-19", "Bern", "", "https://www.global-regulation.com/translation/switzerland/2976312/rs-0.353.3-european-convention-of-27-january-1977-on-the-suppression-of-terrorism.html", "Instrument of ratification deposited by Switzerland 19 May 1983; entry into force for Switzerland 20 August 1983. Read via the search tool."),
    "ax_coe_cets196": ("Council of Europe Convention on the Prevention of Terrorism (CETS No. 196)", "Member States of the Council of Europe", "2005-05-16", "Warsaw", "Depositary: Secretary General of the Council of Europe; CETS No. 196", "https://legal-russia.narod.ru/fed2005/data08/tex24575.htm", "Text dated Warsaw, 16.V.2005, with the note that the Russian Federation ratified it by federal law of 20.04.2006 No. 56-FZ. Read via the search tool. Dispute-settlement clause from memory."),
    "ax_unian2007_cets196": ("Europe gets tough with terrorists (Council of Europe Secretary General statement)", "UNIAN", "2007", "Kyiv", "", "https://www.unian.info/world/34651-europe-gets-tough-with-terrorists.html", "The Convention on the Prevention of Terrorism enters into force on 1 June (2007) as a result of Romania's ratification that day; in force for Ukraine on 1 June 2007. Read via the search tool."),
    "ax_ia_transparency1999": ("Inter-American Convention on Transparency in Conventional Weapons Acquisitions", "Organization of American States", "1999-06-07", "Guatemala City", "OAS Treaty Series A-64; depositary: OAS General Secretariat", "", "Dates from memory; not checked against the OAS status table in this session."),
}

# ---------------------------------------------------------------- agreements
# id: (title, signed, signed_date, in_force, in_force_date, ended, ended_date, scope, source, note)
AGR = {}
PAR = []   # (id, ccode, joined, left, source, note)
DES = {}   # id: (start, end, items dict, source, note)
ITEM_NAMES = ["treaty_basis", "standing_body", "secretariat", "mandate_defense", "mandate_peacekeeping",
              "mandate_counterterrorism", "mandate_border", "mandate_drugs_crime", "mandate_arms_control",
              "mandate_civil_protection", "mutual_assistance", "joint_forces", "decision_rule",
              "intervention_right", "dispute_settlement", "operational_record"]


def design(aid, start, end, values, source, note):
    vals = [v.strip() for v in values.split(",")]
    assert len(vals) == len(ITEM_NAMES), (aid, len(vals))
    DES[aid] = (start, end, dict(zip(ITEM_NAMES, vals)), source, note)


def parties(aid, rows, source, note=""):
    for r in rows:
        cc, joined, left = r[0], r[1], r[2] if len(r) > 2 else ""
        extra = r[3] if len(r) > 3 else ""
        PAR.append((aid, cc, joined, left, source, " ".join(x for x in (extra, note) if x)))


NOT_ATOP = "Not in ATOP v4.01 (no multilateral ATOP alliance with this date and membership)."

# 1 SCO Shanghai Convention 2001
AGR["sco_shanghai_convention2001"] = (
    "Shanghai Convention on Combating Terrorism, Separatism and Extremism", 2001, "2001-06-15", 2003, "2003-03-29", "", "",
    "counterterrorism", "ax_sco_convention2001; ax_unodc_sherloc_sco2001",
    "Signed Shanghai 2001-06-15 (verified: text); in force 2003-03-29 (verified: UNODC SHERLOC). " + NOT_ATOP +
    " Later accessions (India and Pakistan on joining the SCO in 2017, Iran 2023, Belarus 2024) are not coded: accession years not verified.")
parties("sco_shanghai_convention2001", [(c, 2001) for c in (705, 710, 703, 365, 702, 704)],
        "ax_sco_convention2001:preamble",
        "Original party named in the preamble (verified). Ratification year not verified: joined = signature year (2001), a proxy; the Convention bound parties only from its entry into force (2003-03-29).")
design("sco_shanghai_convention2001", 2003, "", "1,0,,0,0,1,0,0,0,0,0,0,,0,0,",
       "ax_sco_convention2001", "Convention on legal and practical cooperation (extradition, information exchange). Creates no meeting body of its own (SCO bodies serve); secretariat empty: the regional anti-terrorist structure (coded as organization sco_rats) was set up by a separate 2002 agreement, whether the Convention itself provides for it not checked. decision_rule empty: no decision body under the Convention. dispute_settlement 0: no standing procedure known (from memory: consultations and negotiations). operational_record empty: joint SCO exercises are not attributable to the Convention.")

# 2 SCO CT 2009
AGR["sco_ct_convention2009"] = (
    "Convention of the Shanghai Cooperation Organization against Terrorism", 2009, "2009-06-16", 2012, "2012-01-14", "", "",
    "counterterrorism", "ax_sco_ct2009; ax_kz_sco_ct2009",
    "Signed Yekaterinburg 2009-06-16 (verified: text); in force 2012-01-14 (verified: Kazakh treaty bulletin note). " + NOT_ATOP +
    " Parties: the six SCO member states of 2009 (the Convention is made by 'the Member States of the SCO'); later accessions not coded (years not verified).")
parties("sco_ct_convention2009", [(705, 2012, "", "Ratified by law of 2011-01-10 (verified); party from entry into force 2012-01-14."),
                                   (365, 2009, "", "Russia was the first to ratify, before 2011-01-10 (verified, Voice of Russia); the ratification year itself was not read: joined = signature year (2009), a proxy.")]
        + [(c, 2009, "", "Ratification year not verified: joined = signature year (2009), a proxy.") for c in (710, 703, 702, 704)],
        "ax_sco_ct2009; ax_kz_sco_ct2009; ax_ruvr2011_sco_ct", "Party as an SCO member state in 2009 (signatory implied by the preamble, not a signature list).")
design("sco_ct_convention2009", 2012, "", "1,0,0,0,0,1,0,0,0,0,0,0,,0,,",
       "ax_sco_ct2009", "Counter-terrorism convention (definitions, criminalisation, confiscation, legal assistance; Kremlin summary verified). No body of its own. dispute_settlement and operational_record not checked (empty).")

# 3 CIS CT 1999
AGR["cis_ct_treaty1999"] = (
    "Treaty on Cooperation among the States Members of the Commonwealth of Independent States in Combating Terrorism", 1999, "1999-06-04", 2000, "2000-10-03", "", "",
    "counterterrorism", "ax_cis_ct1999; ax_kz_cis_ct1999",
    "Signed Minsk 1999-06-04 (verified). in_force = first entry into force for a ratifying state (Tajikistan, 2000-10-03) in the depositary list printed with Kazakhstan's ratification law (verified); Azerbaijan is listed from signature with a reservation note. " + NOT_ATOP +
    " Signatories per that list: Azerbaijan, Armenia, Georgia, Kazakhstan, Kyrgyzstan, Moldova, Russia, Tajikistan; Belarus acceded.")
parties("cis_ct_treaty1999", [
    (373, 1999, "", "Listed as in force for Azerbaijan from 1999-06-04 (asterisked: depositary had not received Azerbaijan's notification)."),
    (702, 2000, "", "In force 2000-10-03."), (705, 2000, "", "In force 2000-12-05."), (703, 2001, "", "In force 2001-02-06."),
    (359, 2001, "", "In force 2001-08-22."), (371, 2001, "", "In force 2001-12-28."),
    (372, 2001, "", "Notification deposited 2001-10-30 (verified); the entry-into-force line for Georgia is not in the excerpt read: year inferred from the deposit date by the pattern of the other states. Georgia left the CIS in 2009; whether it ceased to be a party is not verified (left empty)."),
    (370, 2004, "", "Accession notification deposited 2002-12-23; in force for Belarus 2004-04-18."),
    (365, 2005, "", "In force 2005-01-13.")], "ax_kz_cis_ct1999", "Dates from the depositary list (verified via the search tool).")
design("cis_ct_treaty1999", 2000, "", "1,0,0,0,0,1,0,0,0,0,0,,,0,,",
       "ax_cis_ct1999", "Cooperation in preventing and combating terrorism (definitions incl. technological terrorism; verified). joint_forces, decision_rule, dispute_settlement, operational_record not checked in the text (empty); CIS Anti-Terrorism Centre (2000) was created by a CIS Council decision, not by this Treaty.")

# 4 CSTO CRRF 2009
AGR["csto_crrf_agreement2009"] = (
    "Agreement on the Collective Rapid Reaction Forces of the Collective Security Treaty Organization", 2009, "2009-06-14", 2010, "2010-09-10", "", "",
    "defense;military_cooperation;counterterrorism;drugs_crime;civil_protection", "ax_csto_crrf2009; ax_kremlin2009_crrf; ax_ria2009_belarus_crrf",
    "Signed Moscow 2009-06-14 by the CSTO members except Belarus and Uzbekistan (verified, Kremlin); Belarus signed in October 2009 (verified, RIA); in force 2010-09-10 (verified: Kazakh treaty bulletin). Tasks (repel armed attack, counter terrorism, drug trafficking and organised crime, emergencies) from the preamble and art. 1 read in part (verified) and secondary summaries. Not in ATOP v4.01 (the CST is ATOP 4220; this implementing agreement is not). The force is coded as organization csto_crrf by the eurasia area.")
parties("csto_crrf_agreement2009", [(705, 2010, "", "Ratified by law of 2010-02-17; in force 2010-09-10 (verified).")]
        + [(c, 2009, "", "Signatory 2009-06-14 (verified). Ratification year not verified: joined = signature year, a proxy.") for c in (371, 703, 365, 702)]
        + [(370, 2009, "", "Signed October 2009 (verified, RIA). Ratification year not verified: joined = signature year, a proxy.")],
        "ax_kremlin2009_crrf; ax_ria2009_belarus_crrf; ax_csto_crrf2009", "Uzbekistan did not sign (not a party).")
design("csto_crrf_agreement2009", 2010, "", "1,0,0,1,0,1,,1,0,1,0,1,consensus,0,,1",
       "ax_csto_crrf2009:art. 1; ax_ria2009_belarus_crrf",
       "Earmarked national contingents and special-forces formations (art. 1, verified): joint_forces 1. Bodies are the CSTO's (standing_body/secretariat 0 for the agreement itself). decision_rule consensus: CSTO Collective Security Council decides (from memory). border empty (border security not checked). mutual_assistance 0: the obligation is in CST art. 4, not in this agreement. operational_record 1: joint CRRF exercise at Matybulak 2009 (verified); the January 2022 deployment to Kazakhstan was of CSTO Collective Peacekeeping Forces, not attributed here.")

# 5 IACAT 2002
AGR["ia_convention_terrorism2002"] = (
    "Inter-American Convention against Terrorism", 2002, "2002-06-03", 2003, "2003-07-10", "", "",
    "counterterrorism", "ax_iacat2002; ax_state2005_iacat; ax_americas2003_iacat",
    "Adopted/signed Bridgetown 2002-06-03 (verified); in force 2003-07-10 (verified). " + NOT_ATOP +
    " Party list INCOMPLETE: only the 15 states whose party status and year could be verified are coded (the convention has 24 ratifications per whatconvention.org).")
parties("ia_convention_terrorism2002",
        [(c, 2003, "", "One of the six parties at entry into force 2003-07-10 (verified).") for c in (58, 20, 92, 70, 135, 93)]
        + [(155, 2004, "", "Instrument deposited 2004-09-29 (verified, whatconvention.org note); party in 2004.")]
        + [(c, "", "", "Party by 2005-11-15 (verified, State Department list); joining year not verified (empty).") for c in (140, 54, 91, 95, 150, 101)]
        + [(2, 2005, "", "Deposit 2005-11-15, party 30 days later (2005-12-15; verified).")]
        + [(100, 2008, "", "Instrument deposited with declaration; ratification date 2008-06-24 in the whatconvention.org row naming Colombia (verified); party 30 days after deposit, 2008.")],
        "ax_state2005_iacat; ax_americas2003_iacat; ax_whatconvention_iacat")
design("ia_convention_terrorism2002", 2003, "", "1,0,0,0,0,1,0,0,0,0,0,0,,0,,",
       "ax_iacat2002; ax_state2005_iacat", "Commits parties to the ten UN counter-terrorism instruments and cooperation measures (verified, State Department). The OAS body CICTE is not a body of the Convention: standing_body/secretariat 0. dispute_settlement and operational_record not checked (empty).")

# 6 CIFTA 1997
AGR["cifta1997"] = (
    "Inter-American Convention against the Illicit Manufacturing of and Trafficking in Firearms, Ammunition, Explosives, and Other Related Materials (CIFTA)", 1997, "1997-11-14", 1998, "", "", "",
    "arms_control;drugs_crime", "ax_cifta1997; ax_state2007_cifta",
    "Adopted Washington 1997-11-14 (verified); in force July 1998 (verified; the day, 1 July, is from memory and left out). " + NOT_ATOP +
    " Parties not coded: 31 of 34 OAS members ratified (verified), but the ratification years were not read.")
design("cifta1997", 1998, "", "1,1,0,0,0,0,0,1,1,0,0,0,,0,,0",
       "ax_cifta1997", "Conference of States Parties and a Consultative Committee that meets annually (verified): standing_body 1. Technical secretariat exercised by the OAS General Secretariat, not its own: secretariat 0. Criminalisation, marking, licensing of firearms: arms_control 1 and drugs_crime 1. No operations (0).")

# 7 CARICOM Treaty on Security Assistance 2006
AGR["caricom_security_assistance2006"] = (
    "Treaty on Security Assistance among CARICOM Member States", 2006, "2006-07-06", 2006, "2006-10-16", "", "",
    "military_cooperation;peacekeeping;drugs_crime;civil_protection", "ax_caricom_tsa2006; ax_tt_act2007",
    "Signed Basseterre 2006-07-06 (verified: Trinidad and Tobago Act); in force 2006-10-16 on signature by two RSS states, the RSS and two other parties (art. 18; verified, CARICOM). " + NOT_ATOP +
    " Party list INCOMPLETE: signatories not found; only three states with verified acts are coded.")
parties("caricom_security_assistance2006", [
    (115, 2007, "", "Ratified 2007-06-18 (verified, CARICOM)."),
    (110, 2007, "", "Act 14 of 2007 (assented 2007-03-23): Guyana 'enters into, adopts and adheres to the Treaty' (verified). Guyana may have been a party from signature in 2006: not verified."),
    (52, 2007, "", "Implementing Act 7 of 2007 (2007-03-23; verified). Date of becoming a party not verified: year of the implementing act used.")],
    "ax_caricom_tsa2006; ax_gy_act2007; ax_tt_act2007")
design("caricom_security_assistance2006", 2006, "", "1,,,1,1,,,1,0,1,0,1,,0,,",
       "ax_caricom_tsa2006:art. 3, 18", "Art. 3 (verified): responses to natural and man-made disasters, mobilisation and deployment of regional resources to manage national and regional crises and combat serious crime, threats to national and regional security, territorial integrity. defense 1 (territorial integrity), peacekeeping 1 (crisis management), drugs_crime 1 (serious crime), civil_protection 1. Assistance on request, no obligation to assist under attack: mutual_assistance 0. Regional resources mobilised ad hoc: joint_forces 1. standing_body/secretariat empty: COPACS (planning staff) added by the 2007 Protocol, bodies not checked. Other items not checked.")

# 8 AADMER 2005
AGR["aadmer2005"] = (
    "ASEAN Agreement on Disaster Management and Emergency Response (AADMER)", 2005, "2005-07-26", 2009, "2009-12-24", "", "",
    "civil_protection", "ax_aadmer2005; ax_xinhua2009_aadmer; ax_asean2009_aadmer",
    "Signed Vientiane July 2005 (verified; day 26 from memory); in force 2009-12-24 after ratification by all ten ASEAN states (verified). " + NOT_ATOP)
parties("aadmer2005", [(c, 2009) for c in (835, 811, 850, 812, 820, 775, 840, 830, 800, 816)],
        "ax_xinhua2009_aadmer; ax_asean2009_aadmer",
        "All ten ASEAN members ratified before entry into force (verified); party from entry into force 2009-12-24.")
design("aadmer2005", 2009, "", "1,1,1,0,0,0,0,0,0,1,0,,consensus,0,,2",
       "ax_aadmer2005; ax_xinhua2009_aadmer",
       "ASEAN Committee on Disaster Management and the Conference of the Parties (COP from memory): standing_body 1; AHA Centre provided for by the Agreement (verified; operating from 2011, from memory): secretariat 1. decision_rule consensus (ASEAN practice, from memory). joint_forces empty (standby arrangements not checked). operational_record 2: ASEAN rapid assessment and relief deployments under AADMER (e.g. Typhoon Haiyan 2013) from memory.")

# 9 SAARC Additional Protocol 2004
AGR["saarc_terrorism_protocol2004"] = (
    "Additional Protocol to the SAARC Regional Convention on Suppression of Terrorism", 2004, "2004-01-06", 2006, "2006-01-12", "", "",
    "counterterrorism", "ax_saarc_ap2004; ax_ipcs_saarc",
    "Adopted at the 12th SAARC Summit, Islamabad, 2-6 January 2004 (verified; signature day 6 January from memory); in force 2006-01-12 after ratification by all member states (verified, IPCS). Deals with the financing of terrorism. " + NOT_ATOP +
    " Afghanistan (SAARC member from 2007) not coded: accession not verified.")
parties("saarc_terrorism_protocol2004", [(c, 2006) for c in (771, 760, 750, 781, 790, 770, 780)],
        "ax_ipcs_saarc", "Ratification by all (seven) member states before entry into force (verified); party from 2006-01-12.")
design("saarc_terrorism_protocol2004", 2006, "", "1,0,0,0,0,1,0,0,0,0,0,0,,0,,",
       "ax_saarc_ap2004", "Terrorist financing obligations (UNSCR 1373, 1999 Financing Convention). No body of its own (SAARC Terrorist Offences Monitoring Desk belongs to the 1987 Convention/SAARC). dispute_settlement and operational_record not checked (empty).")

# 10 SAARC narcotics 1990
AGR["saarc_narcotics1990"] = (
    "SAARC Convention on Narcotic Drugs and Psychotropic Substances", 1990, "1990-11-23", 1993, "1993-09-15", "", "",
    "drugs_crime", "ax_saarc_narcotics1990",
    "Signature (Male, 1990-11-23) and entry into force (1993-09-15) " + M + "; existence of the Convention verified (SAARC statements read via the search tool mention it). " + NOT_ATOP)
parties("saarc_narcotics1990", [(c, 1993) for c in (771, 760, 750, 781, 790, 770, 780)],
        "ax_saarc_narcotics1990", "The seven SAARC members of 1990; entry into force after ratification by all members, so party from 1993 (" + M + ").")
design("saarc_narcotics1990", 1993, "", "1,0,0,0,0,0,0,1,0,0,0,0,,0,,",
       "ax_saarc_narcotics1990", "Drug trafficking cooperation (extradition, legal assistance). No body of its own (SAARC Drug Offences Monitoring Desk is SAARC's). Items from memory; dispute_settlement and operational_record not checked.")

# 11 GCC CT 2004
AGR["gcc_ct_convention2004"] = (
    "GCC Convention on Combating Terrorism", 2004, "2004-05-04", "", "", "", "",
    "counterterrorism", "ax_gcc_ct2004; ax_saudi2005_gccct",
    "Signed Kuwait City 2004-05-04 by the six GCC interior ministers (verified, Arab News 5 May 2004). Entry into force not verified: in_force empty (not known, the agreement may well be in force). " + NOT_ATOP +
    " Distinct from the GCC Joint Defence Agreement 2000 (ATOP 4965).")
parties("gcc_ct_convention2004", [(c, 2004) for c in (692, 690, 698, 694, 670, 696)],
        "ax_gcc_ct2004", "Signatory 2004-05-04 (verified). Ratification years not verified: joined = signature year, a proxy (Saudi Shura endorsement 2005, verified).")
design("gcc_ct_convention2004", 2004, "", "1,0,0,0,0,1,0,0,0,0,0,0,,0,,",
       "ax_gcc_ct2004", "Security coordination and intelligence exchange against terrorism (verified, Arab News). No body of its own (GCC interior ministers). Other items not checked (empty).")

# 12 CFE 1990
CFE_ORIG = [2, 20, 200, 210, 211, 212, 220, 230, 235, 255, 325, 350, 640, 390, 385, 395, 355, 310, 290, 360]
AGR["cfe1990"] = (
    "Treaty on Conventional Armed Forces in Europe (CFE)", 1990, "1990-11-19", 1992, "1992-11-09", "", "",
    "arms_control", "ax_cfe1990",
    "Signed Paris 1990-11-19 by 22 NATO and Warsaw Pact states; provisionally applied 1992-07-17, in force 1992-11-09 (verified). " + NOT_ATOP +
    " Europe from the Atlantic to the Urals (includes the USA and Canada as NATO states). Party list and Russian suspension (2007) and withdrawal (2023-11-07) " + M + ". NATO states suspended the Treaty in 2023 (not coded as leaving). The 1999 Adaptation Agreement never entered into force (not coded).")
parties("cfe1990", [(c, 1992) for c in CFE_ORIG]
        + [(315, 1992, 1992, "Czechoslovakia, original signatory; dissolved 1992-12-31.")]
        + [(316, 1993, "", "Successor to Czechoslovakia (" + M + ")."), (317, 1993, "", "Successor to Czechoslovakia (" + M + ").")]
        + [(365, 1992, 2023, "USSR signed 1990; Russia party from 1992; suspended 2007-12-12, withdrew 2023-11-07 (" + M + ").")]
        + [(c, 1992, "", "Post-Soviet state with territory in the area of application, party under the 1992 Tashkent and Oslo arrangements (" + M + ").") for c in (371, 373, 370, 372, 705, 359, 369)],
        "ax_cfe1990", "Original signatory 1990 (verified: 22 NATO and Warsaw Pact states); party from entry into force 1992.")
design("cfe1990", 1992, "", "1,1,0,0,0,0,0,0,1,0,0,0,consensus,0,1,",
       "ax_cfe1990", "Limits on five categories of conventional armaments with data exchange and on-site inspection. Joint Consultative Group in Vienna (standing_body 1; decisions by consensus; resolves ambiguities and compliance questions: dispute_settlement 1) - items " + M + ". operational_record empty: verification inspections are neither exercises nor deployments in the codebook's sense.")

# 13 Florence 1996
AGR["subregional_arms_control1996"] = (
    "Agreement on Sub-Regional Arms Control (Florence Agreement; Dayton Annex 1-B, Article IV)", 1996, "1996-06-14", 1996, "1996-06-14", "", "",
    "arms_control", "ax_florence1996; ax_osce2024_art4; ax_serbia2021_art4",
    "Signed Florence 1996-06-14 (verified) and applied from signature (secondary sources read via the search tool say 'signed and activated'). Signed also by the two entities of Bosnia and Herzegovina (not states). OSCE assistance until 2014/2015, then full ownership by the parties (Basel 2014 document, verified). " + NOT_ATOP + " (ATOP 4750 is the Dayton agreement itself.)")
parties("subregional_arms_control1996", [
    (346, 1996), (344, 1996),
    (345, 1996, "", "Federal Republic of Yugoslavia, then Serbia and Montenegro, then Serbia (COW 345 throughout)."),
    (341, 2006, "", "State party since 2006 after independence (verified, Croatian MFA).")],
    "ax_florence1996; ax_osce2024_art4", "")
design("subregional_arms_control1996", 1996, "", "1,1,0,0,0,0,0,0,1,0,0,0,,0,,",
       "ax_florence1996; ax_serbia2021_art4; ax_osce2024_art4", "Numerical limits for five weapons categories, information exchange and inspections (verified). Sub-Regional Consultative Commission with rotating chair and review conferences (verified): standing_body 1. decision_rule and dispute_settlement not checked. operational_record empty: 518 inspection missions (verified) are verification, not exercises or deployments.")

# 14 AU PSC Protocol 2002
AGR["au_psc_protocol2002"] = (
    "Protocol Relating to the Establishment of the Peace and Security Council of the African Union", 2002, "2002-07-09", 2003, "2003-12-26", "", "",
    "peacekeeping;counterterrorism;arms_control;civil_protection;military_cooperation", "ax_au_psc2002; ax_au_ec2004_psc",
    "Adopted Durban 2002-07-09; in force 2003-12-26 (both verified). " + NOT_ATOP +
    " The body is coded as an organization by the africa_mideast area; this row is the protocol with its own parties. Parties not coded: ratification years not read (nearly all AU members are parties, from memory).")
design("au_psc_protocol2002", 2004, "", "1,1,1,1,1,1,0,0,1,1,0,1,qualified_majority,1,1,2",
       "ax_au_psc2002:arts. 5-13, 15; ax_au_ec2004_psc",
       "Spell starts with the first PSC session 2004-03-16 (verified). 15-member council in permanent session (standing_body 1); supported by a PSC Secretariat within the AU Commission (from memory). Panel of the Wise (art. 11, verified): dispute_settlement 1. African Standby Force of standby national contingents (art. 13, verified): joint_forces 1. Humanitarian action in natural disasters (art. 15, verified): civil_protection 1. Counter-terrorism, arms control, common defence policy tasks and decisions by consensus failing which two-thirds majority (art. 8(13)), recommendation of intervention under Constitutive Act art. 4(h) (art. 7): from memory. operational_record 2: PSC-mandated AMIS (2004) and AMISOM (2007), from memory.")

# 15 AU CT Protocol 2004
AGR["au_ct_protocol2004"] = (
    "Protocol to the OAU Convention on the Prevention and Combating of Terrorism", 2004, "2004-07-08", "", "", "", "",
    "counterterrorism", "ax_au_ct_protocol2004",
    "Adopted Addis Ababa 2004-07-08 " + M + ". in_force empty: whether and when it entered into force (15 ratifications required, from memory) was not verified. " + NOT_ATOP +
    " Parties not coded (ratifications not verified).")
design("au_ct_protocol2004", 2004, "", "1,0,0,0,0,1,0,0,0,0,0,0,,0,,0",
       "ax_au_ct_protocol2004", "Supplements the 1999 OAU Convention (coded oau_ct1999); gives the PSC and the Commission roles in counter-terrorism; no body of its own. Items " + M + "; dispute_settlement not checked. Spell start = adoption year (in force date unknown).")

# 16 Eurocorps 2004
AGR["eurocorps_treaty2004"] = (
    "Treaty concerning the European Corps and the Status of its Headquarters (Treaty of Strasbourg)", 2004, "2004-11-22", 2009, "", "", "",
    "military_cooperation;peacekeeping", "ax_eurocorps2004; ax_be_eurocorps2008",
    "Signed Brussels 2004-11-22 (verified). In force 2009 (26 February 2009 " + M + "; day left empty). " + NOT_ATOP)
parties("eurocorps_treaty2004",
        [(c, 2009, "", "Framework nation and signatory 2004 (verified); party from entry into force 2009 (" + M + ").") for c in (220, 255, 211, 230, 212)]
        + [(290, 2021, "", "Joined as framework nation 2021-12-20 (verified, eurocorps.org); other accounts date it to 2022.")],
        "ax_eurocorps2004", "")
design("eurocorps_treaty2004", 2009, "", "1,1,1,1,1,0,0,0,0,0,0,2,unanimity,0,,2",
       "ax_eurocorps2004; ax_be_eurocorps_missions",
       "Standing multinational corps headquarters with its own staff (joint_forces 2, secretariat 1); Common Committee of the framework nations (" + M + "): standing_body 1. Engagement always by joint decision of the framework nations (verified): unanimity. Missions: common defence, peacekeeping, crisis management (verified). operational_record 2: Eurocorps HQ deployed to SFOR, KFOR and commanded ISAF 2004-05 (verified, all before this spell); within the spell, Eurocorps staff led EU training missions (EUTM Mali, EUTM RCA; from memory). dispute_settlement not checked.")

# 17 NORDEFCO 2009
AGR["nordefco_mou2009"] = (
    "Memorandum of Understanding on Nordic Defence Cooperation (NORDEFCO)", 2009, "2009-11-04", 2009, "2009-11-04", "", "",
    "military_cooperation", "ax_nordefco2009; ax_fimod2025_nordefco",
    "Signed Helsinki 2009-11-04 (verified); a political memorandum of understanding, not a treaty (treaty_basis 0); took effect on signature (" + M + "). Revised MoU signed 2025-05-06 (verified). " + NOT_ATOP)
parties("nordefco_mou2009", [(c, 2009) for c in (390, 375, 395, 385, 380)],
        "ax_nordefco2009", "Participant from signature 2009 (verified: five members).")
design("nordefco_mou2009", 2009, "", "0,1,0,1,1,0,0,0,0,0,0,0,consensus,0,0,1",
       "ax_nordefco2009; ax_fimod2025_nordefco",
       "Defence ministers meet twice a year; Policy Steering Committee and Military Coordination Committee (verified): standing_body 1; rotating chair, no secretariat. Participation voluntary per activity (verified): decision_rule consensus. Capability, training & exercises and operations cooperation areas (verified): defense 1, peacekeeping 1 (operations area, successor to NORDCAPS). operational_record 1: joint training and exercises; no NORDEFCO-commanded deployment.")

# 18 SADC firearms 2001
AGR["sadc_firearms_protocol2001"] = (
    "SADC Protocol on the Control of Firearms, Ammunition and Other Related Materials", 2001, "2001-08-14", 2004, "2004-11-08", "", "",
    "arms_control;drugs_crime", "ax_sadc_firearms2001",
    "Signed 2001-08-14 (verified; place Blantyre from memory); in force 2004-11-08 (verified, AfricanLII). " + NOT_ATOP + " Parties: the 14 SADC heads of state named in the preamble (verified); ratification years not verified.")
parties("sadc_firearms_protocol2001", [(c, 2001) for c in (540, 571, 490, 570, 553, 590, 541, 565, 591, 560, 572, 510, 551, 552)],
        "ax_sadc_firearms2001:preamble", "Signatory 2001 named in the preamble (verified). Ratification year not verified: joined = signature year, a proxy; whether every signatory ratified is not verified.")
design("sadc_firearms_protocol2001", 2004, "", "1,,0,0,0,0,0,1,1,0,0,0,,0,1,",
       "ax_sadc_firearms2001:arts. 5-18", "Criminalisation, civilian possession control, marking and record-keeping, disposal, mutual legal assistance, law enforcement cooperation (arts. 5-16, verified headings and art. 5 text). Institutional arrangement (art. 17) through SADC and the regional police chiefs (SARPCCO; from memory): standing_body not checked. Settlement of disputes (art. 18 heading verified; referral to the SADC Tribunal from memory): dispute_settlement 1.")

# 19 SADC drugs 1996
AGR["sadc_drugs_protocol1996"] = (
    "SADC Protocol on Combating Illicit Drug Trafficking", 1996, "1996-08-24", 1999, "1999-03-20", "", "",
    "drugs_crime", "ax_sadc_drugs1996",
    "Signed Maseru 1996-08-24; in force 1999-03-20 (" + M + "). " + NOT_ATOP + " Parties not coded (ratification years not verified).")
design("sadc_drugs_protocol1996", 1999, "", "1,,0,0,0,0,0,1,0,0,0,0,,0,,",
       "ax_sadc_drugs1996", "Cooperation against drug trafficking (law enforcement, legal assistance), " + M + ". standing_body and other items not checked.")

# 20 CoE ETS 90
AGR["coe_suppression_terrorism1977"] = (
    "European Convention on the Suppression of Terrorism (ETS No. 90)", 1977, "1977-01-27", 1978, "1978-08-04", "", "",
    "counterterrorism", "ax_coe_ets090",
    "Opened for signature Strasbourg 1977-01-27; in force 1978-08-04 after 3 ratifications (verified, Council of Europe Treaty Office). Regional (Council of Europe members). " + NOT_ATOP +
    " Amending Protocol of 2003 (ETS 190) not coded. Party list INCOMPLETE: only Switzerland's year was verified; the other Council of Europe parties are not coded.")
parties("coe_suppression_terrorism1977", [(225, 1983, "", "Ratification deposited 1983-05-19, in force for Switzerland 1983-08-20 (verified).")], "ax_ch_ets090")
design("coe_suppression_terrorism1977", 1978, "", "1,0,0,0,0,1,0,0,0,0,0,0,,0,1,0",
       "ax_coe_ets090", "Depoliticisation of terrorist offences for extradition (verified); arbitration of disputes between parties (art. 10) - " + M + ". No body of its own.")

# 21 CoE CETS 196
AGR["coe_prevention_terrorism2005"] = (
    "Council of Europe Convention on the Prevention of Terrorism (CETS No. 196)", 2005, "2005-05-16", 2007, "2007-06-01", "", "",
    "counterterrorism", "ax_coe_cets196",
    "Opened for signature Warsaw 2005-05-16 (verified: text); in force 2007-06-01 after Romania's ratification (verified: CoE Secretary General statement). " + NOT_ATOP +
    " Additional Protocol on foreign terrorist fighters (CETS 217, 2015) not coded. Party list INCOMPLETE: only three states with verified years are coded.")
parties("coe_prevention_terrorism2005", [
    (360, 2007, "", "Its ratification brought the Convention into force on 2007-06-01 (verified)."),
    (369, 2007, "", "In force for Ukraine 2007-06-01 (verified)."),
    (365, 2007, "", "Ratified by federal law of 2006-04-20 (verified); party from entry into force 2007-06-01. Whether Russia ceased to be a party after its 2022 expulsion from the Council of Europe is not verified (left empty).")],
    "ax_unian2007_cets196; ax_coe_cets196")
design("coe_prevention_terrorism2005", 2007, "", "1,,0,0,0,1,0,0,0,0,0,0,,0,1,0",
       "ax_coe_cets196; ax_unian2007_cets196", "Criminalises public provocation, recruitment and training for terrorism; Consultation of the Parties (periodicity not checked: standing_body empty); dispute settlement via the European Committee on Crime Problems, arbitration or the ICJ - " + M + ".")

# 22 IA transparency 1999
AGR["ia_transparency_weapons1999"] = (
    "Inter-American Convention on Transparency in Conventional Weapons Acquisitions", 1999, "1999-06-07", 2002, "2002-11-21", "", "",
    "arms_control", "ax_ia_transparency1999",
    "Adopted Guatemala City 1999-06-07; in force 2002-11-21 (" + M + "). " + NOT_ATOP + " Parties not coded (ratification years not verified).")
design("ia_transparency_weapons1999", 2002, "", "1,,0,0,0,0,0,0,1,0,0,0,,0,,0",
       "ax_ia_transparency1999", "Annual reporting of imports and exports of conventional weapons and notification of acquisitions to the OAS depositary - " + M + ". Conference of parties not checked (standing_body empty).")


def bib_text() -> str:
    out = ["% agreements_extra: sources for datasets/build/coded/agreements_extra (generated by _make.py)\n"]
    for key in sorted(BIB):
        title, author, date, place, extra, url, note = BIB[key]
        year = date[:4] if date else ""
        fields = [("title", title), ("author", author), ("year", year), ("date", date), ("address", place),
                  ("howpublished", extra), ("url", url), ("note", note)]
        body = ",\n".join(f"  {k} = {{{v}}}" for k, v in fields if v)
        out.append(f"@misc{{{key},\n{body}\n}}\n")
    return "\n".join(out)


def main() -> None:
    cols = ["agreement_id", "title", "signed", "signed_date", "in_force", "in_force_date", "ended", "ended_date",
            "scope", "atop_id", "source", "note"]
    with open(HERE / "agreements.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for aid, v in AGR.items():
            title, s, sd, i, idt, e, ed, scope, src, note = v
            w.writerow([aid, title, s, sd, i, idt, e, ed, scope, "", src, note])
    with open(HERE / "agreement_parties.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["agreement_id", "ccode", "joined", "left", "source", "note"])
        for row in PAR:
            assert row[0] in AGR, row
            w.writerow(row)
    with open(HERE / "security_design.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["unit_type", "unit_id", "start", "end"] + ITEM_NAMES + ["source", "note"])
        for aid, (start, end, items, src, note) in DES.items():
            assert aid in AGR, aid
            w.writerow(["agreement", aid, start, end] + [items[k] for k in ITEM_NAMES] + [src, note])
    assert set(DES) == set(AGR), set(AGR) ^ set(DES)
    used = set()
    for v in list(AGR.values()):
        used |= {s.split(":")[0].strip() for s in v[8].split(";")}
    for row in PAR:
        used |= {s.split(":")[0].strip() for s in row[4].split(";")}
    for v in DES.values():
        used |= {s.split(":")[0].strip() for s in v[3].split(";")}
    missing = used - set(BIB)
    assert not missing, missing
    (HERE / "references.bib").write_text(bib_text(), encoding="utf-8")
    print(len(AGR), "agreements;", len(PAR), "party rows;", len(DES), "design spells;", len(BIB), "bib entries;",
          "unused bib:", sorted(set(BIB) - used))


if __name__ == "__main__":
    main()
