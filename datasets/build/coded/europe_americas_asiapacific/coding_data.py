# Coded values (executed by _generate.py). See NOTES.md for the judgments.
# ruff: noqa: F821
C = "cow_igo_v3"
ASEAN10 = "850:1967 820:1967 840:1967 830:1967 800:1967 835:1984 816:1995 812:1997 775:1997 811:1999"

# ----------------------------------------------------------------- Asia-Pacific
org("asean", "Association of Southeast Asian Nations", "ASEAN", 1967, "1967-08-08", "", "",
    "general_purpose", "operational", "southeast_asia", "asean_decl1967; asean_members; asean_charter2007",
    "Founded by the Bangkok Declaration (not a treaty); legal personality from the ASEAN Charter "
    "(in force 2008-12-15). Operational through ADMM exercises and the AHA Centre (disaster response); "
    "Treaty of Amity and Cooperation 1976 is ATOP 3755 (derived by the lead).", cow=750, mia="ASEAN")
mem("asean", "asean_members; cow_igo_v3",
    "850:1967@1967-08-08 820:1967@1967-08-08 840:1967@1967-08-08 830:1967@1967-08-08 800:1967@1967-08-08 "
    "835:1984@1984-01-07 816:1995@1995-07-28 812:1997@1997-07-23 775:1997@1997-07-23 811:1999@1999-04-30 "
    "860:2022-2024/o 860:2025@2025-10-26 910:1976/o",
    {(860, 2022): "Observer status granted with in-principle admission at the 40th/41st Summits (Nov 2022). "
                  "COW codes Timor-Leste as observer from 2002: not followed (no ASEAN decision found).",
     (860, 2025): "Admitted as 11th member by the Declaration on the Admission of Timor-Leste, 47th Summit, Kuala Lumpur.",
     910: "Special observer since 1976 per COW (status 3 1976-2014); ASEAN still lists PNG as observer."})
des("asean", 1967, 1975, "0 1 0 | 0 0 0 0 0 0 0 | 0 0 c 0 0 0", "asean_decl1967",
    "Bangkok Declaration: annual foreign ministers' meeting; national secretariats only; no security tasks.")
des("asean", 1976, 1996, "0 1 1 | 0 0 0 0 1 0 0 | 0 0 c 0 1 0", "asean_concord1976; atop_v401",
    "1976 Declaration of ASEAN Concord (drug abuse cooperation), ASEAN Secretariat 1976, TAC High Council "
    "for dispute settlement (ATOP 3755). Founding instrument remains a declaration (treaty_basis 0).")
des("asean", 1997, 2007, "0 1 1 | 0 0 1 0 1 1 1 | 0 0 c 0 1 1", "seanwfz1995; asean_acct2007; asean_aadmer2005",
    "SEANWFZ in force 1997; 2001/2002 counter-terrorism declarations; ADMM from 2006 (exercises "
    "through ADMM only from 2010s, hence operational_record 1 counted from ADMM-led table-top exercises is "
    "uncertain for this spell).")
des("asean", 2008, "", "1 1 1 | 0 0 1 1 1 1 1 | 0 0 c 0 1 2", "asean_charter2007; asean_aadmer2005",
    "ASEAN Charter in force 2008-12-15 (art. 20 consensus; art. 22-28 dispute settlement). AADMER in force "
    "2009, AHA Centre 2011 deploys emergency response teams (operational_record 2 = disaster deployments).")

org("asean_arf", "ASEAN Regional Forum", "ARF", 1994, "1994-07-25", "", "", "security", "declaratory", "",
    "arf_members", "Trans-regional security dialogue chaired by ASEAN; no standing secretariat (ARF Unit in "
    "the ASEAN Secretariat from 2004). EU also participates (not a state).", parent="asean")
mem("asean_arf", "arf_members",
    "850:1994 820:1994 840:1994 830:1994 800:1994 835:1994 816:1994 812:1994 910:1994 2:1994 20:1994 "
    "900:1994 920:1994 740:1994 732:1994 710:1994 365:1994 811:1995 775:1996 750:1996 712:1998 731:2000 "
    "770:2004 860:2005 771:2006 780:2007",
    {816: "Participant from the first ARF (1994) as ASEAN observer.", 812: "Participant from 1994 as ASEAN observer."})
des("asean_arf", 1994, "", "0 1 0 | 0 1 1 0 1 1 1 | 0 0 c 0 0 0", "arf_members; arf_concept1995",
    "Annual ministerial meeting; 1995 Concept Paper: confidence building, preventive diplomacy; inter-sessional "
    "meetings on counter-terrorism/transnational crime, non-proliferation, disaster relief. ARF DiREx "
    "disaster-relief exercises since 2009 are not counted as organization operations (left 0); see NOTES.")

org("asean_admm", "ASEAN Defence Ministers' Meeting", "ADMM", 2006, "2006-05-09", "", "", "security",
    "operational", "southeast_asia", "admm_about", "Participants are the ASEAN members (no separate rows).",
    parent="asean")
des("asean_admm", 2006, "", "0 1 0 | 1 1 1 0 0 0 1 | 0 0 c 0 0 1", "admm_about",
    "Annual defence ministers' meeting; concept papers on peacekeeping centres network, HADR (military), "
    "counter-terrorism; ASEAN militaries' HADR exercises (e.g. AHX) counted as exercises.")

org("asean_admm_plus", "ADMM-Plus", "ADMM-Plus", 2010, "2010-10-12", "", "", "security", "operational", "",
    "admm_plus_about", "ASEAN members plus eight dialogue partners (trans-regional).", parent="asean")
mem("asean_admm_plus", "admm_plus_about", ASEAN10.replace("850:1967 820:1967 840:1967 830:1967 800:1967 835:1984 816:1995 812:1997 775:1997 811:1999",
    "850:2010 820:2010 840:2010 830:2010 800:2010 835:2010 816:2010 812:2010 775:2010 811:2010")
    + " 900:2010 710:2010 750:2010 740:2010 920:2010 732:2010 365:2010 2:2010")
des("asean_admm_plus", 2010, "", "0 1 0 | 1 1 1 0 0 0 1 | 0 0 c 0 0 1", "admm_plus_about",
    "Experts' working groups (maritime security, counter-terrorism, HADR, peacekeeping, military medicine, "
    "humanitarian mine action, cyber); field exercises held from 2013 (HADR/MM exercise Brunei 2013).")

org("seato", "Southeast Asia Treaty Organization", "SEATO", 1955, "1955-02-19", 1977, "1977-06-30",
    "security", "operational", "", "manila_pact1954; cow_igo_v3",
    "Manila Pact (Southeast Asia Collective Defense Treaty) signed 1954-09-08, in force 1955-02-19 (ATOP 3260); "
    "organization dissolved 1977-06-30, the treaty itself was not terminated. Outside powers are members.",
    cow=4210)
mem("seato", "manila_pact1954; cow_igo_v3",
    "2:1955-1977 200:1955-1977 220:1955-1977 770:1955-1973 800:1955-1977 840:1955-1977 900:1955-1977 920:1955-1977",
    {770: "Pakistan gave notice of withdrawal in November 1972, effective one year later (art. X); COW keeps it to 1977.",
     220: "France stopped taking part in military planning in the later 1960s and ended its financial "
          "contribution in 1975; formal membership coded to dissolution.",
     2: "COW has a gap 1960-1964 (five-year interval artefact); not followed."})
des("seato", 1955, 1977, "1 1 1 | 1 0 0 0 0 0 0 | 1 0 u 0 0 1", "manila_pact1954:art. IV; atop_v401",
    "Art. IV: act on common danger 'in accordance with constitutional processes'; Council of ministers, "
    "secretariat at Bangkok (1957), combined exercises; no SEATO-flagged operations. Unanimity per Council practice. "
    "Reliability adjudication 2026-11: mutual_assistance 0 -> 1, art. IV(1) obliges each party to act to meet the common danger (same formula "
    "as ANZUS art. IV, coded 1); ATOP v4.01 atopid 3260 codes a defence obligation (manila_pact1954; atop_v401).")

org("saarc", "South Asian Association for Regional Cooperation", "SAARC", 1985, "1985-12-08", "", "",
    "general_purpose", "declaratory", "south_asia", "saarc_charter1985; cow_igo_v3",
    "Charter art. X excludes bilateral and contentious issues; no summit since 2014.", cow=4170, mia="SAARC")
mem("saarc", "saarc_charter1985; saarc_members; cow_igo_v3",
    "750:1985 760:1985 770:1985 771:1985 780:1985 781:1985 790:1985 700:2007@2007-04-03 "
    "710:2006/o 740:2006/o 2:2006/o 732:2006/o 630:2007/o 590:2008/o 900:2008/o 775:2008/o",
    {710: "Observers admitted at the 13th Summit (Dhaka, Nov 2005) took effect 2006; COW codes China from 2004 and Japan from 2005.",
     740: "See China note; COW 2005.", 630: "COW 2008; SAARC admitted Iran as observer in 2007 (14th Summit).",
     590: "Per COW (2008).", 900: "Per COW (2008).", 775: "Per COW (2008)."})
des("saarc", 1985, "", "1 1 1 | 0 0 1 0 1 0 1 | 0 0 u 0 0 0", "saarc_charter1985; saarc_terror1987",
    "Charter art. X: decisions by unanimity; Regional Convention on Suppression of Terrorism 1987 (in force "
    "1988), Convention on Narcotic Drugs 1990; SAARC Disaster Management Centre 2006. No security bodies "
    "that act; secretariat Kathmandu 1987.")

org("bimstec", "Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation", "BIMSTEC",
    1997, "1997-06-06", "", "", "general_purpose", "operational", "", "bimstec_about",
    "Founded as BIST-EC; trans-regional (South and Southeast Asia). Charter signed 2022-03-30.")
mem("bimstec", "bimstec_about", "771:1997 750:1997 780:1997 800:1997 775:1997@1997-12-22 790:2004 760:2004",
    {790: "Nepal and Bhutan became members at the 6th Ministerial Meeting (Thailand), February 2004."})
des("bimstec", 1997, 2017, "0 1 0 | 0 0 1 0 1 0 1 | 0 0 c 0 0 0", "bimstec_about",
    "Counter-terrorism and transnational crime sector (2004); Permanent Secretariat only from 2014 (Dhaka): "
    "the 2014-2017 secretariat is not split out (see NOTES).")
des("bimstec", 2018, 2023, "0 1 1 | 0 0 1 0 1 0 1 | 0 0 c 0 0 1", "bimstec_about; adj_bimstec_security",
    "MILEX-18 counter-terrorism field exercise (Pune, Sept 2018) and national security chiefs' meetings. "
    "Reliability adjudication 2026-11: mandate_defense 1 -> 0, the security sector covers counter-terrorism and transnational crime, disaster "
    "management and energy, no defence task (adj_bimstec_security); MILEX-18 stays in operational_record.")
des("bimstec", 2024, "", "1 1 1 | 0 0 1 0 1 0 1 | 0 0 c 0 0 1", "bimstec_about; adj_bimstec_security",
    "BIMSTEC Charter (signed 2022-03-30) in force 2024. Reliability adjudication 2026-11: mandate_defense 1 -> 0 (adj_bimstec_security).")

org("pif", "Pacific Islands Forum", "PIF", 1971, "1971-08-05", "", "", "general_purpose", "operational",
    "pacific", "pif_members; cow_igo_v3; pif_agreement2005",
    "South Pacific Forum until 2000. Cook Islands and Niue (founding/early members) are not COW states; "
    "French Polynesia and New Caledonia (full members 2016) are not states.", cow=4200, mia="PIF")
mem("pif", "pif_members; cow_igo_v3",
    "900:1971 920:1971 950:1971-2008 950:2009-2013/s 950:2014 990:1976 910:1975 940:1978 935:1981 "
    "946:1999-2021 946:2023 947:2000 955:1999 970:1999 983:1991 987:1991 986:1995",
    {950: "Founding member (Fiji). Suspended 2009-05-02, reinstated October 2014.",
     (950, 2009): "Suspension after the 2006 coup and missed election deadline; lifted Oct 2014.",
     990: "Western Samoa founding member 1971; COW system entry 1976.",
     910: "Joined 1974 (self-governing); COW system entry 1975.",
     935: "Joined 1980 at independence; COW system entry 1981 (COW PIF years from 1983).",
     (946, 1999): "Kiribati joined 1980; COW system entry 1999. Withdrew July 2022 (effective 2022).",
     (946, 2023): "Rejoined February 2023.",
     947: "Tuvalu joined 1978; COW system entry 2000.", 955: "Founding member 1971; COW system entry 1999.",
     970: "Founding member 1971; COW system entry 1999.", 983: "Joined 1987; COW system entry 1991.",
     987: "Joined 1987; COW system entry 1991.",
     986: "Joined 1995 (COW 1997). Announced withdrawal in Feb 2021 but did not complete it (returned 2022); coded continuous."})
des("pif", 1971, 1999, "0 1 1 | 0 0 0 0 1 0 0 | 0 0 c 0 0 0", "pif_members; honiara_decl1992",
    "Annual leaders' meeting; SPEC/Forum Secretariat from 1972; Honiara Declaration on Law Enforcement "
    "Cooperation 1992 (drugs/crime); Aitutaki Declaration 1997.")
des("pif", 2000, 2017, "0 1 1 | 0 1 1 0 1 0 0 | 0 1 c 1 0 2", "biketawa2000; ramsi2003; pif_agreement2005",
    "Biketawa Declaration (2000-10-28): regional crisis response incl. intervention on request; RAMSI "
    "(2003-2017) deployed under Biketawa (joint_forces 1, operational_record 2). 2005 Agreement establishing "
    "the PIF is a treaty on the Secretariat; founding basis remains a political association (treaty_basis 0, see NOTES).")
des("pif", 2018, "", "0 1 1 | 0 1 1 1 1 0 1 | 0 1 c 1 0 2", "boe2018",
    "Boe Declaration on Regional Security (2018): expanded security concept (climate, transnational crime, "
    "cyber, border); Solomon Islands Regional Assistance Force 2017 under Biketawa.")

org("spc", "Pacific Community (South Pacific Commission)", "SPC", 1948, "1948-07-29", "", "", "other", "none",
    "pacific", "canberra_agreement1947; cow_igo_v3",
    "Canberra Agreement signed 1947-02-06, in force 1948-07-29 (COW starts 1947). Technical/scientific body.",
    cow=4190, mia="SPC")
mem("spc", "cow_igo_v3; spc_members",
    "2:1948 220:1948 900:1948 920:1948 210:1948-1962 200:1948-2004 950:1971 990:1976 910:1975 940:1978 "
    "935:1981 946:1999 947:2000 955:1999 970:1999 983:1991 987:1991 986:1994",
    {200: "UK withdrew from SPC in 2004 (COW has a 1997 gap and keeps the UK to 2014; not followed; see NOTES). "
          "UK rejoined in 2021?: not verified, not coded.",
     210: "Netherlands left after transferring West New Guinea (1962).",
     946: "Member before COW entry (1999).", 947: "Member before COW entry (2000).",
     955: "Member before COW entry (1999).", 970: "Member before COW entry (1999)."})

org("apec", "Asia-Pacific Economic Cooperation", "APEC", 1989, "1989-11-06", "", "", "economic", "declaratory", "",
    "apec_members; cow_igo_v3", "Trans-regional; members are 'economies' (Hong Kong not a COW state).",
    cow=650, mia="APEC")
mem("apec", "apec_members; cow_igo_v3",
    "2:1989 20:1989 900:1989 835:1989 850:1989 740:1989 732:1989 820:1989 920:1989 840:1989 830:1989 800:1989 "
    "710:1991 713:1991 70:1993 910:1993 155:1994 135:1998 365:1998 816:1998",
    {713: "Chinese Taipei (Taiwan, COW 713)."})
des("apec", 1989, 2000, "0 1 1 | 0 0 0 0 0 0 0 | 0 0 c 0 0 0", "apec_members",
    "Economic forum; secretariat in Singapore from 1993 (not split out).")
des("apec", 2001, "", "0 1 1 | 0 0 1 0 0 0 1 | 0 0 c 0 0 0", "apec_ct2001",
    "Leaders' Statement on Counter-Terrorism (Shanghai 2001), Counter-Terrorism Task Force 2003, Emergency "
    "Preparedness Working Group: declaratory security tasks only.")

org("asean_plus_three", "ASEAN Plus Three", "APT", 1997, "1997-12-15", "", "", "general_purpose", "declaratory", "",
    "apt_about", "ASEAN members plus China, Japan, South Korea; institutionalised by the 1999 Joint Statement "
    "on East Asia Cooperation.", parent="asean")
mem("asean_plus_three", "apt_about",
    "850:1997 820:1997 840:1997 830:1997 800:1997 835:1997 816:1997 812:1997 775:1997 811:1999 710:1997 740:1997 732:1997",
    {811: "Cambodia joined ASEAN (and APT) in 1999."})
des("asean_plus_three", 1997, "", "0 1 0 | 0 0 1 0 1 0 1 | 0 0 c 0 0 0", "apt_about",
    "Summits and ministerial tracks incl. AMMTC+3 on transnational crime (from 2004); no security bodies.")

org("eas", "East Asia Summit", "EAS", 2005, "2005-12-14", "", "", "general_purpose", "declaratory", "",
    "eas_about", "Leaders-led forum; US and Russia joined 2011.", parent="asean")
mem("eas", "eas_about",
    "850:2005 820:2005 840:2005 830:2005 800:2005 835:2005 816:2005 812:2005 775:2005 811:2005 "
    "900:2005 710:2005 750:2005 740:2005 920:2005 732:2005 2:2011 365:2011")
des("eas", 2005, "", "0 1 0 | 0 0 1 0 1 1 1 | 0 0 c 0 0 0", "eas_about",
    "Priority areas incl. non-proliferation, maritime security, disaster management; no security bodies.")

org("anzus", "ANZUS Council (Australia, New Zealand, United States Security Treaty)", "ANZUS", 1952, "1952-04-29",
    "", "", "security", "operational", "", "anzus1951; atop_v401; cow_igo_v3",
    "Treaty signed 1951-09-01 (ATOP 3215, entry 1951), in force 1952-04-29. Trilateral with one outside power.",
    cow=360)
mem("anzus", "anzus1951; atop_v401; cow_igo_v3", "2:1952 900:1952 920:1952-1985 920:1986/s",
    {(920, 1986): "US suspended its treaty obligations toward New Zealand (announced Aug 1986; ATOP exit 1986-09-17) "
                  "after NZ's nuclear-free policy; NZ remains party and Australia-NZ obligations continue. COW keeps NZ as full."})
des("anzus", 1952, 1985, "1 1 0 | 1 0 0 0 0 0 0 | 1 0 u 0 0 1", "anzus1951",
    "Art. IV: each party will act to meet the common danger (coded as mutual assistance); ANZUS Council (art. VII); "
    "trilateral exercises; no ANZUS-flagged operation (the allies' wars were national coalitions).")
des("anzus", 1986, "", "1 1 0 | 1 0 0 0 0 0 0 | 1 0 . 0 0 1", "anzus1951",
    "Trilateral Council suspended after 1986, US-Australia AUSMIN continues; treaty invoked by Australia after "
    "2001-09-11 (deployments national, not ANZUS operations). Reliability adjudication 2026-11: decision_rule unanimity -> empty, the treaty "
    "(art. VII Council) has no decision rule and no source on Council practice was found (anzus1951).")

org("fpda", "Five Power Defence Arrangements", "FPDA", 1971, "1971-11-01", "", "", "security", "operational", "",
    "fpda1971", "Not in ATOP as a multilateral alliance (consultation only). Integrated Air Defence System "
    "(HQ IADS, Butterworth) is its standing command.")
mem("fpda", "fpda1971", "200:1971 900:1971 920:1971 820:1971 830:1971")
des("fpda", 1971, "", "0 1 1 | 1 0 0 0 0 0 0 | 0 2 c 0 0 1", "fpda1971",
    "Exchanges of notes 1971: consult in case of external attack on Malaysia or Singapore (no assistance "
    "obligation). Standing HQ Integrated Area (later Air) Defence System; annual exercises (Bersama Lima etc.); "
    "no operations.")

org("eco", "Economic Cooperation Organization", "ECO", 1985, "", "", "", "economic", "declaratory", "",
    "eco_about; cow_igo_v3", "Successor of Regional Cooperation for Development (RCD, 1964-1979; not coded). "
    "Trans-regional (Middle East, South Asia, Central Asia). Treaty of Izmir revised 1996.", cow=1530)
mem("eco", "eco_about; cow_igo_v3", "630:1985 640:1985 770:1985 700:1992 373:1992 705:1992 703:1992 702:1992 701:1992 704:1992")
des("eco", 1985, "", "1 1 1 | 0 0 0 0 1 0 0 | 0 0 c 0 0 0", "eco_about",
    "Treaty of Izmir; Drug Control Coordination Unit (drugs only declaratory). Council of Ministers; secretariat Tehran.")

# ----------------------------------------------------------------------- Europe
EEC6 = "211:1958 220:1958 325:1958 212:1958 210:1958"
org("eu", "European Economic Community / European Community / European Union", "EU", 1958, "1958-01-01", "", "",
    "general_purpose", "operational", "europe", "treaty_rome1957; teu1992; lisbon2007; eu_members",
    "EEC (Treaty of Rome in force 1958-01-01), EC/EU from the Treaty on European Union (in force 1993-11-01). "
    "COW splits EEC (ionum 1653, 1958-1992) and EU (1830, from 1993): cow_igo_id gives the EU entry. "
    "TEU/Lisbon mutual assistance is ATOP 4175 (derived by the lead). CSDP coded as sub-body eu_csdp.",
    pred="ecsc", cow=1830, mia="EU")
mem("eu", "eu_members; cow_igo_v3",
    EEC6.replace("211:1958", "211:1958@1958-01-01") + " 260:1958-1990~1990-10-02 255:1990@1990-10-03 "
    "200:1973-2020@1973-01-01~2020-01-31 205:1973@1973-01-01 390:1973@1973-01-01 350:1981@1981-01-01 "
    "230:1986@1986-01-01 235:1986@1986-01-01 305:1995@1995-01-01 375:1995@1995-01-01 380:1995@1995-01-01 "
    "352:2004@2004-05-01 316:2004@2004-05-01 366:2004@2004-05-01 310:2004@2004-05-01 367:2004@2004-05-01 "
    "368:2004@2004-05-01 338:2004@2004-05-01 290:2004@2004-05-01 317:2004@2004-05-01 349:2004@2004-05-01 "
    "355:2007@2007-01-01 360:2007@2007-01-01 344:2013@2013-07-01",
    {260: "Federal Republic of Germany until unification; COW EEC ends 260 in 1989.",
     255: "Unified Germany (GDR territory joined with unification).",
     200: "Withdrawal (Brexit) effective 2020-01-31."})
des("eu", 1958, 1992, "1 1 1 | 0 0 0 0 0 0 0 | 0 0 u 0 1 0", "treaty_rome1957",
    "Economic community; European Political Cooperation (1970) was intergovernmental foreign-policy "
    "coordination without security tasks; Court of Justice (dispute_settlement 1).")
des("eu", 1993, 1998, "1 1 1 | 1 0 0 0 1 0 0 | 0 0 u 0 1 0", "teu1992",
    "Maastricht: CFSP incl. 'eventual framing of a common defence policy' (art. J.4), implemented through the WEU; "
    "justice and home affairs pillar (drugs, crime, Europol).")
des("eu", 1999, 2008, "1 1 1 | 1 1 1 1 1 1 1 | 0 1 u 0 1 2", "amsterdam1997; eu_csdp_missions",
    "Amsterdam (in force 1999-05-01): Petersberg tasks; ESDP; missions from 2003 (EUPM, Concordia, Artemis); "
    "Battlegroups (earmarked) 2007; Frontex 2005 (border). CFSP unanimity.")
des("eu", 2009, "", "1 1 1 | 1 1 1 1 1 1 1 | 1 1 u 0 1 2", "lisbon2007; eu_csdp_missions",
    "Lisbon (in force 2009-12-01): art. 42(7) TEU mutual assistance, art. 222 TFEU solidarity clause; "
    "CSDP missions and operations continue. Decisions on CSDP by unanimity (art. 31 TEU).")

org("ecsc", "European Coal and Steel Community", "ECSC", 1952, "1952-07-23", 2002, "2002-07-23", "economic", "none",
    "western_europe", "treaty_paris1951; cow_igo_v3", "Treaty of Paris expired after 50 years.", succ="eu",
    cow=1585)
mem("ecsc", "treaty_paris1951; cow_igo_v3",
    "211:1952 220:1952 325:1952 212:1952 210:1952 260:1955-1990~1990-10-02 255:1990-2002@1990-10-03 "
    "200:1973-2002 205:1973-2002 390:1973-2002 350:1981-2002 230:1986-2002 235:1986-2002 305:1995-2002 "
    "375:1995-2002 380:1995-2002",
    {260: "Founding member 1952; COW state 260 exists only from 1955 (panel), so start set to 1955."})
for r in MEMS:
    if r["org_id"] == "ecsc" and r["end"] == "":
        r["end"] = 2002

org("eu_csdp", "Common Security and Defence Policy (ESDP until 2009) of the EU", "CSDP", 1999, "1999-06-04", "", "",
    "security", "operational", "europe", "cologne1999; eu_csdp_missions; dk_optout2022",
    "Launched by the Cologne European Council (June 1999); first missions 2003. Participants are EU members "
    "except Denmark until its defence opt-out ended (2022-07-01).", parent="eu")
mem("eu_csdp", "eu_members; dk_optout2022",
    "211:1999 220:1999 325:1999 212:1999 210:1999 255:1999 200:1999-2020~2020-01-31 205:1999 350:1999 230:1999 "
    "235:1999 305:1999 375:1999 380:1999 352:2004 316:2004 366:2004 310:2004 367:2004 368:2004 338:2004 290:2004 "
    "317:2004 349:2004 355:2007 360:2007 344:2013 390:2022@2022-07-01",
    {390: "Denmark's defence opt-out (Edinburgh 1992) abolished by referendum of 2022-06-01, effective 2022-07-01."})
des("eu_csdp", 1999, 2002, "1 1 1 | 1 1 0 0 0 0 1 | 0 1 u 0 0 0", "cologne1999; amsterdam1997",
    "PSC, EUMC, EUMS set up 2000-2001; Helsinki Headline Goal (earmarked forces); no missions yet.")
des("eu_csdp", 2003, 2008, "1 1 1 | 1 1 1 0 0 0 1 | 0 1 u 0 0 2", "eu_csdp_missions",
    "Missions from 2003 (EUPM Bosnia, Concordia, Artemis, EUFOR Althea 2004); Battlegroups operational 2007.")
des("eu_csdp", 2009, "", "1 1 1 | 1 1 1 0 0 1 1 | 1 1 u 0 0 2", "lisbon2007; eu_csdp_missions",
    "Lisbon art. 42-46 TEU incl. art. 42(7) mutual assistance (invoked by France 2015) and PESCO.")

org("eu_pesco", "Permanent Structured Cooperation", "PESCO", 2017, "2017-12-11", "", "", "security", "operational",
    "europe", "pesco2017; pesco_dk2023", "Council Decision (CFSP) 2017/2315; Malta not participating.", parent="eu")
mem("eu_pesco", "pesco2017; pesco_dk2023",
    "211:2017 220:2017 325:2017 212:2017 210:2017 255:2017 205:2017 350:2017 230:2017 235:2017 305:2017 375:2017 "
    "380:2017 352:2017 316:2017 366:2017 310:2017 367:2017 368:2017 290:2017 317:2017 349:2017 355:2017 360:2017 "
    "344:2017 390:2023",
    {390: "Council Decision of 2023-05-23 confirming Denmark's participation."})
des("eu_pesco", 2017, "", "1 1 0 | 1 0 0 0 0 0 0 | 0 1 u 0 0 .", "pesco2017",
    "Treaty-based (art. 42(6), 46 TEU and Protocol 10); binding commitments; collaborative capability projects; "
    "PESCO secretariat provided by EEAS/EDA (no own secretariat). Unanimity of participants. "
    "Reliability adjudication 2026-11: operational_record 1 -> empty, no PESCO-flagged exercise or operation is sourced (pesco2017 covers "
    "capability projects only).")

org("weu", "Western European Union (Brussels Treaty Organisation)", "WEU", 1948, "1948-08-25", 2011, "2011-06-30",
    "security", "operational", "western_europe", "brussels1948; brussels1954; weu_history; atop_v401; cow_igo_v3",
    "Brussels Treaty (Western Union) signed 1948-03-17, in force 1948-08-25; modified 1954 (WEU, in force "
    "1955-05-06); ATOP 3130. Associate members (from 1992), observers and associate partners not coded (see NOTES).",
    cow=4510)
mem("weu", "brussels1948; brussels1954; atop_v401",
    "200:1948-2011 220:1948-2011 211:1948-2011 210:1948-2011 212:1948-2011 260:1955-1990~1990-10-02 "
    "325:1955-2011@1955-05-06 255:1990-2011@1990-10-03 235:1990-2011@1990-03-27 230:1990-2011@1990-03-27 "
    "350:1995-2011@1995-03-06",
    {260: "FRG and Italy acceded by the 1954 Paris protocols, in force 1955-05-06.",
     235: "Accession signed 1988-11-14 (ATOP entry 1988); in force 1990-03-27.",
     230: "Accession signed 1988-11-14 (ATOP entry 1988); in force 1990-03-27.",
     350: "Greece acceded 1995-03-06 (ATOP entry 1992, signature)."})
des("weu", 1948, 1954, "1 1 1 | 1 0 0 0 0 0 0 | 1 2 u 0 1 0", "brussels1948",
    "Art. IV automatic military assistance; Western Union Defence Organisation with a Commanders-in-Chief "
    "Committee (1948-1951, then merged into NATO); art. VIII consultative council; art. VIII ICJ reference.")
des("weu", 1955, 1991, "1 1 1 | 1 0 0 0 0 1 0 | 1 0 u 0 1 1", "brussels1954",
    "Modified Brussels Treaty art. V; Agency for the Control of Armaments; military tasks delegated to NATO.")
des("weu", 1992, 1999, "1 1 1 | 1 1 0 0 0 1 1 | 1 1 u 0 1 2", "petersberg1992; weu_history",
    "Petersberg Declaration (1992): humanitarian, peacekeeping and crisis-management tasks; Forces Answerable "
    "to WEU; operations: Adriatic embargo (Sharp Guard with NATO 1993-96), Danube embargo, Mostar police 1994-96, "
    "MAPE Albania 1997-2001.")
des("weu", 2000, 2011, "1 1 1 | 1 0 0 0 0 0 0 | 1 0 u 0 1 1", "weu_history",
    "Crisis-management functions transferred to the EU (Marseille 2000); art. V and the Assembly remained "
    "until termination (2011-06-30).")

org("coe", "Council of Europe", "CoE", 1949, "1949-08-03", "", "", "general_purpose", "none", "europe",
    "coe_statute1949; coe_members; cow_igo_v3",
    "Statute signed 1949-05-05, in force 1949-08-03; art. 1(d): matters of national defence excluded.",
    cow=1390, mia="COE")
mem("coe", "coe_members; cow_igo_v3",
    "211:1949 390:1949 220:1949 205:1949 325:1949 212:1949 210:1949 385:1949 380:1949 200:1949 "
    "350:1949-1969~1969-12-12 350:1974@1974-11-28 640:1949 395:1950@1950-03-07 260:1955-1990~1990-10-02 "
    "255:1990@1990-10-03 305:1956@1956-04-16 352:1961@1961-05-24 225:1963@1963-05-06 338:1965@1965-04-29 "
    "235:1976@1976-09-22 230:1977@1977-11-24 223:1990 331:1992 375:1989@1989-05-05 310:1990@1990-11-06 "
    "290:1991@1991-11-26 315:1991-1992@1991-02-21 355:1992@1992-05-07 366:1993@1993-05-14 368:1993@1993-05-14 "
    "349:1993@1993-05-14 316:1993@1993-06-30 317:1993@1993-06-30 360:1993@1993-10-07 232:1994@1994-11-10 "
    "367:1995@1995-02-10 359:1995@1995-07-13 339:1995@1995-07-13 369:1995@1995-11-09 343:1995@1995-11-09 "
    "365:1996-2022@1996-02-28~2022-03-16 344:1996@1996-11-06 372:1999@1999-04-27 371:2001@2001-01-25 "
    "373:2001@2001-01-25 346:2002@2002-04-24 345:2003@2003-04-03 221:2004@2004-10-05 341:2007@2007-05-11 "
    "2:1995/o 740:1996/o 20:1996/o 70:1999/o",
    {(350, 1949): "Greece joined 1949-08-09; withdrew 1969-12-12 under the military regime.",
     (350, 1974): "Readmitted 1974-11-28.",
     260: "FRG associate 1950, full 1951-05-02; COW state 260 only from 1955 (panel), start set to 1955.",
     223: "Joined 1978-11-23; COW system entry 1990.", 331: "Joined 1988-11-16; COW system entry 1992.",
     315: "Czechoslovakia joined 1991-02-21 (missing in COW); succeeded by 316 and 317 in 1993.",
     365: "Suspended 2022-02-25; expelled (ceased to be a member) 2022-03-16.",
     345: "Serbia and Montenegro joined 2003; Serbia continues the membership (COW 345).",
     2: "Observer (Committee of Ministers) per COW (1995); observer status continues per CoE list.",
     740: "Observer per COW (1996).", 20: "Observer per COW (1996).", 70: "Observer per COW (1999)."})

org("warsaw_pact", "Warsaw Treaty Organization", "WTO/WP", 1955, "1955-06-04", 1991, "1991-07-01", "security",
    "operational", "eastern_europe", "warsaw1955; atop_v401; cow_igo_v3",
    "Treaty of Friendship, Cooperation and Mutual Assistance signed 1955-05-14 (ATOP 3285); military structures "
    "dissolved 1991-03-31, organization 1991-07-01.", cow=4460)
mem("warsaw_pact", "warsaw1955; atop_v401",
    "339:1955-1968~1968-09-13 355:1955-1991 315:1955-1991 265:1955-1990~1990-09-24 310:1955-1991 290:1955-1991 "
    "360:1955-1991 365:1955-1991",
    {339: "Albania stopped participating in 1961-62 and formally withdrew 1968-09-13 (ATOP exit date).",
     265: "GDR left 1990-09-24 ahead of unification (ATOP exit 1990-10-03).",
     310: "Hungary's declared withdrawal of 1956-11-01 never took effect."})
des("warsaw_pact", 1955, 1991, "1 1 1 | 1 0 0 0 0 0 0 | 1 2 . 0 0 2", "warsaw1955",
    "Art. 4 assistance; Political Consultative Committee; Joint Command of the armed forces (art. 5) with "
    "standing staff; 1968 intervention in Czechoslovakia (operational_record 2). No intervention right in the "
    "treaty (art. 8 non-interference). Decision rule not written in the treaty. Reliability adjudication 2026-11: decision_rule consensus -> "
    "empty, no rule in the treaty and no source on the practice (second coding: unanimity) (warsaw1955).")

org("comecon", "Council for Mutual Economic Assistance", "CMEA/COMECON", 1949, "1949-01-25", 1991, "1991-06-28",
    "economic", "none", "eastern_europe", "cmea_history; cow_igo_v3", "Charter adopted 1959 (in force 1960).",
    cow=1370, mia="COMECON")
mem("comecon", "cmea_history; cow_igo_v3",
    "355:1949-1991 315:1949-1991 310:1949-1991 290:1949-1991 360:1949-1991 365:1949-1991 339:1949-1961 "
    "265:1954-1990 712:1962-1991 40:1972-1991 816:1978-1991 345:1964-1991/a",
    {339: "Albania joined Feb 1949 and ceased participating at the end of 1961 (no formal withdrawal); COW ends 1959.",
     265: "GDR joined 1950; COW state 265 only from 1954. COW has a gap 1960-1964 (not followed).",
     345: "Yugoslavia participated as associate under the 1964 agreement; COW codes full 1967-1991 (status not followed).",
     355: "COW gap 1956-1957 not followed."})

org("efta", "European Free Trade Association", "EFTA", 1960, "1960-05-03", "", "", "economic", "none", "europe",
    "stockholm1960; efta_members; cow_igo_v3", "Stockholm Convention in force 1960-05-03.", cow=1670, mia="EFTA")
mem("efta", "efta_members; cow_igo_v3",
    "305:1960-1994 390:1960-1972 385:1960 235:1960-1985 380:1960-1994 225:1960 200:1960-1972 375:1961-1985/a "
    "375:1986-1994 395:1970@1970-03-01 223:1991@1991-09-01",
    {(375, 1961): "FINEFTA association agreement (1961); full member 1986. COW codes full from 1967.",
     395: "Iceland joined 1970-03-01; COW codes from 1973 (disagreement, official date followed)."})

org("benelux", "Benelux Union (Benelux Economic Union)", "Benelux", 1948, "1948-01-01", "", "", "economic", "none",
    "western_europe", "benelux_history; cow_igo_v3",
    "Customs union in force 1948-01-01; Economic Union treaty 1958 (in force 1960); renewed Benelux Union 2012. "
    "COW starts 1958. Police cooperation treaty (2004/2018) not treated as a security mandate (see NOTES).",
    cow=840, mia="BENELUX")
mem("benelux", "benelux_history", "210:1948 211:1948 212:1948")

org("nordic_council", "Nordic Council", "NC", 1952, "1952-03-16", "", "", "other", "none", "europe",
    "nordic_council_about; cow_igo_v3", "Inter-parliamentary body; Helsinki Treaty 1962. Faroe, Greenland, "
    "Aaland represented within their states.", cow=3590, mia="NordC")
mem("nordic_council", "nordic_council_about; cow_igo_v3", "390:1952 395:1952 385:1952 380:1952 375:1955",
    {375: "Finland joined October 1955.", 390: "COW gap in 1965 not followed."})

org("nordefco", "Nordic Defence Cooperation", "NORDEFCO", 2009, "2009-11-04", "", "", "security", "operational",
    "europe", "nordefco_mou2009", "Memorandum of Understanding signed in Helsinki.")
mem("nordefco", "nordefco_mou2009", "390:2009 375:2009 395:2009 385:2009 380:2009")
des("nordefco", 2009, "", "0 1 0 | 1 1 0 0 0 0 0 | 0 1 c 0 0 1", "nordefco_mou2009",
    "MoU (not a treaty); defence ministers and chiefs of defence meet regularly under a rotating chair; "
    "capability cooperation, joint training/exercises (e.g. cross-border training), Nordic support to "
    "international operations; no own secretariat.")

org("visegrad", "Visegrad Group", "V4", 1991, "1991-02-15", "", "", "general_purpose", "operational", "eastern_europe",
    "visegrad1991; v4_battlegroup", "International Visegrad Fund (2000) is the only permanent body.")
mem("visegrad", "visegrad1991",
    "315:1991-1992 310:1991 290:1991 316:1993 317:1993",
    {315: "Czechoslovakia until its dissolution; Czech Republic and Slovakia from 1993."})
des("visegrad", 1991, 2015, "0 1 0 | 0 0 0 0 0 0 0 | 0 0 c 0 0 0", "visegrad1991",
    "Political declaration; annual rotating presidency and summits; defence cooperation only declaratory.")
des("visegrad", 2016, "", "0 1 0 | 1 0 0 1 0 0 0 | 0 1 c 0 0 1", "v4_battlegroup; v4_migration2016",
    "V4 EU Battlegroup on standby 2016 (again 2019, 2023): earmarked joint unit, certification exercises; "
    "never deployed. Reliability adjudication 2026-11: mandate_border 0 -> 1, V4 Joint Statement on Migration (Prague, 15 Feb 2016) and "
    "Declaration on the Western Balkans Migration Route (13 Nov 2015): protection of external borders and V4 assistance "
    "to border management (v4_migration2016).")

org("seecp", "South-East European Cooperation Process", "SEECP", 1996, "1996-07-07", "", "", "general_purpose",
    "declaratory", "eastern_europe", "seecp_about",
    "Launched at Sofia (1996). Regional Cooperation Council (2008) is its operational arm (COW 'RCC').")
mem("seecp", "seecp_about",
    "339:1996 355:1996 350:1996 343:1996 360:1996 640:1996 345:1996",
    {345: "FR Yugoslavia (later Serbia and Montenegro, Serbia) participant from 1996."})
des("seecp", 1996, "", "0 1 0 | 0 0 1 0 1 0 1 | 0 0 c 0 0 0", "seecp_about",
    "Charter on Good-Neighbourly Relations, Stability, Security and Cooperation (2000) is political; "
    "justice/home affairs and disaster-preparedness cooperation through RCC; no security bodies.")

org("bsec", "Organization of the Black Sea Economic Cooperation", "BSEC", 1992, "1992-06-25", "", "", "economic",
    "declaratory", "", "bsec_about; cow_igo_v3",
    "Summit declaration 1992; Charter in force 1999-05-01. Trans-regional (Europe, South Caucasus).", cow=3810)
mem("bsec", "bsec_about; cow_igo_v3",
    "339:1992 371:1992 373:1992 355:1992 372:1992 350:1992 359:1992 360:1992 365:1992 640:1992 369:1992 345:2004",
    {345: "Serbia and Montenegro joined April 2004; Serbia continues."})
des("bsec", 1992, 1998, "0 1 1 | 0 0 0 0 1 0 1 | 0 0 c 0 0 0", "bsec_about",
    "Summit declaration; PERMIS secretariat (1994); Agreements on combating crime and on emergency assistance (1998).")
des("bsec", 1999, "", "1 1 1 | 0 0 0 0 1 0 1 | 0 0 c 0 0 0", "bsec_about",
    "Charter in force 1999-05-01; working groups on crime and emergencies only.")

# --------------------------------------------------------------------- Americas
org("oas", "Organization of American States", "OAS", 1948, "1948-04-30", "", "", "general_purpose", "operational",
    "americas", "oas_charter1948; oas_members; atop_v401; cow_igo_v3",
    "Charter signed 1948-04-30 at Bogota (in force 1951-12-13); the OAS operated from 1948. The Charter is "
    "ATOP 3150 and the Rio Treaty ATOP 3075 (both derived by the lead). Permanent observers not coded.",
    cow=3900, mia="OAS")
OAS21 = " ".join(f"{c}:1948" for c in [2, 41, 42, 70, 90, 92, 94, 95, 100, 130, 135, 140, 145, 150, 155, 160, 165])
mem("oas", "oas_members; atop_v401; cow_igo_v3",
    OAS21 + " 40:1948-1961 40:1962-2008/s@1962-01-31 40:2009@2009-06-03 91:1948-2008 91:2009-2010/s@2009-07-05 "
    "91:2011@2011-06-01 101:1948-2019~2019-04-27 93:1948-2023~2023-11-19 52:1967@1967-03-13 53:1967@1967-11-15 "
    "51:1969@1969-06-27 55:1975@1975-05-13 115:1977@1977-02-22 54:1979@1979-05-22 56:1979@1979-05-22 "
    "58:1981@1981-12-03 57:1981@1981-12-03 31:1982@1982-03-03 60:1984@1984-03-12 20:1990@1990-01-08 "
    "80:1991@1991-01-08 110:1991@1991-01-08",
    {(40, 1962): "Government excluded from participation by the 8th Meeting of Consultation (Punta del Este, 1962-01-31).",
     (40, 2009): "Resolution AG/RES. 2438 (2009-06-03) lifted the 1962 exclusion; Cuba declined to resume "
                 "participation. Coded full as in COW (nominal membership).",
     (91, 2009): "Suspended under art. 21 Democratic Charter after the coup (2009-07-05 to 2011-06-01); COW ends 2009.",
     101: "Denounced the Charter 2017-04-28, effective 2019-04-27. The Permanent Council seated a representative "
          "of the National Assembly from April 2019 to 2023: not coded as membership (see NOTES).",
     93: "Denounced the Charter 2021-11-19, effective 2023-11-19.",
     53: "Barbados: ATOP entry date 1967-10-09 (signature); ratification date from OAS list.",
     20: "Canada signed 1989-11-13; membership from ratification 1990-01-08."})
des("oas", 1948, 1970, "1 1 1 | 1 1 0 0 0 0 0 | 1 1 q 0 1 2", "oas_charter1948; rio1947",
    "Charter ch. VI collective security (attack on one = attack on all, with Rio Treaty); Council / Meeting of "
    "Consultation; two-thirds majority for security measures (Rio art. 17); Inter-American Peace Committee and "
    "Pact of Bogota; Inter-American Peace Force in the Dominican Republic 1965-66 (joint_forces 1, ad hoc). "
    "Reliability adjudication 2026-11: spell split at 1971 (end 1985 -> 1970), when the OAS adopted its terrorism convention (oas_terrorism1971).")
des("oas", 1971, 1985, "1 1 1 | 1 1 1 0 0 0 0 | 1 1 q 0 1 2", "oas_charter1948; rio1947; oas_terrorism1971",
    "Reliability adjudication 2026-11: new spell from the split of 1948-1985; mandate_counterterrorism 0 -> 1, OAS Convention to Prevent and "
    "Punish the Acts of Terrorism Taking the Form of Crimes against Persons, Washington 2 Feb 1971 (oas_terrorism1971), "
    "counted as an OAS instrument as the OAU 1999 convention is for the OAU; other items as in 1948-1970.")
des("oas", 1986, 1998, "1 1 1 | 1 1 1 0 1 1 0 | 1 0 q 0 1 2", "oas_charter1948; cicad1986; oas_terrorism1971",
    "CICAD (1986); Res. 1080 (1991) and Washington Protocol (1992, suspension for coups); Committee on "
    "Hemispheric Security (1995); CIFTA 1997; mine-clearance assistance (AICMA) in Central America. "
    "mandate_counterterrorism 1 carried from the 1971 terrorism convention (consistency with the adjudicated 1971-1985 spell).")
des("oas", 1999, "", "1 1 1 | 1 1 1 1 1 1 1 | 1 0 q 0 1 2", "oas_charter1948; cicte1999; oas_declsec2003",
    "CICTE (1999), Inter-American Democratic Charter (2001), Declaration on Security in the Americas (2003): "
    "multidimensional security incl. borders and natural disasters; MAPP/OEA Colombia 2004- (mission).")

org("odeca", "Organization of Central American States", "ODECA", 1951, "1951-10-14", 1992, "",
    "general_purpose", "operational", "central_america", "odeca1951; odeca1962; cow_igo_v3",
    "Charter of San Salvador 1951, new Charter 1962 (in force 1965) creating the Central American Defence "
    "Council (CONDECA, 1963-64). Replaced by SICA (Tegucigalpa Protocol in force 1993); COW ends 1991.",
    succ="sica", cow=3812)
mem("odeca", "odeca1951; odeca1962; cow_igo_v3",
    "90:1951-1992 91:1951-1992 92:1951-1992 93:1951-1992 94:1951-1992",
    {90: "Guatemala withdrew in 1953 (Arbenz government) and returned after 1954; the gap years are not "
         "verified, so no gap is coded (see NOTES).",
     (91, 1951): "COW codes Honduras, El Salvador, Guatemala, Nicaragua only from 1965 (1962 Charter); the 1951 Charter is followed.",
     93: "See Honduras note.", 92: "See Honduras note."})
des("odeca", 1951, 1964, "1 1 1 | 0 0 0 0 0 0 0 | 0 0 u 0 0 0", "odeca1951",
    "Political cooperation; Central American Bureau (secretariat) in San Salvador.")
des("odeca", 1965, 1992, "1 1 1 | 1 0 0 0 0 0 0 | 1 0 u 0 0 .", "odeca1962",
    "1962 Charter organ: Central American Defence Council (CONDECA, Guatemala, Honduras, El Salvador, "
    "Nicaragua; Costa Rica did not take part); collective defence against aggression. CONDECA's activity record "
    "(exercises) not verified here: operational_record empty. mutual_assistance per CONDECA treaty (1963).")

org("sica", "Central American Integration System", "SICA", 1993, "1993-02-01", "", "", "general_purpose",
    "operational", "central_america", "tegucigalpa1991; sica_members; cow_igo_v3",
    "Tegucigalpa Protocol signed 1991-12-13 (COW starts 1991), in force 1993-02-01.",
    pred="odeca", cow=990, mia="SICA/CAIS")
mem("sica", "sica_members; cow_igo_v3",
    "90:1993 91:1993 92:1993 93:1993 94:1993 95:1993 80:2000 42:2013",
    {80: "Belize full member 2000.", 42: "Associated state 2004; full member 2013 (June)."})
des("sica", 1993, 1996, "1 1 1 | 0 0 1 0 1 1 0 | 0 0 c 0 1 0", "tegucigalpa1991",
    "Art. 3(b): new regional security model (eradicate terrorism, drug and arms trafficking); Central American "
    "Court of Justice (1994). Consensus of presidents (art. 14).")
des("sica", 1997, "", "1 1 1 | 1 1 1 1 1 1 1 | 1 0 c 0 1 1", "framework_security1995; sica_security_strategy",
    "Framework Treaty on Democratic Security (1995) with Security Commission; art. 40 requires collective "
    "response to aggression (mutual_assistance 1); CEPREDENAC (disasters); Central American Security "
    "Strategy (2007, revised 2011). Regional exercises through CFAC (Central American Armed Forces Conference, "
    "not a SICA organ) not counted; operational_record 1 = coordinated regional operations/training only.")

org("sica_csc", "Central American Security Commission", "CSC", 1995, "1995-12-15", "", "", "security",
    "operational", "central_america", "framework_security1995; sica_security_strategy",
    "Standing commission of vice-ministers of foreign affairs, defence and security; constituted under the "
    "Framework Treaty (it existed earlier as the Esquipulas security commission). Founding year = Framework "
    "Treaty signature. Participants = SICA members (no separate rows).", parent="sica")
des("sica_csc", 1995, "", "1 1 0 | 1 0 1 1 1 1 1 | 0 0 c 0 0 1", "framework_security1995",
    "Framework Treaty arts. 49-52: subcommissions on security of persons, legal and defence matters; "
    "regional plans against drug trafficking and arms trafficking; secretariat provided by the SICA General "
    "Secretariat (0).")

org("caricom", "Caribbean Community", "CARICOM", 1973, "1973-08-01", "", "", "general_purpose", "operational",
    "caribbean", "chaguaramas1973; caricom_members; cow_igo_v3",
    "Treaty of Chaguaramas signed 1973-07-04, in force 1973-08-01; Revised Treaty 2001. Montserrat (member) "
    "is not a state.", pred="", cow=880, mia="CARICOM")
mem("caricom", "caricom_members; cow_igo_v3",
    "53:1973 110:1973 51:1973 52:1973 55:1974 56:1979 57:1979 54:1978 58:1981 80:1981 60:1983 "
    "31:1983@1983-07-04 115:1995@1995-07-04 41:2002@2002-07-02",
    {55: "Grenada joined 1974-05-01 (COW system entry 1974).",
     56: "Joined 1974-05-01 before independence; COW system entry 1979.", 57: "Joined 1974 before independence; COW entry 1979.",
     54: "Joined 1974 before independence; COW entry 1978.", 58: "Joined 1974 before independence; COW entry 1981.",
     80: "Belize (British Honduras) joined 1974; COW entry 1981.", 60: "Joined 1974 before independence; COW entry 1983.",
     31: "Bahamas joined the Community 1983-07-04 (not the common market); COW codes from 1974 (not followed).",
     41: "Provisional member 1999, full member 2002-07-02."})
des("caricom", 1973, 2000, "1 1 1 | 0 0 0 0 0 0 0 | 0 0 u 0 0 0", "chaguaramas1973",
    "Economic integration and foreign-policy coordination; security not a Community function.")
des("caricom", 2001, 2005, "1 1 1 | 0 0 1 0 1 0 1 | 0 0 u 0 1 0", "revised_chaguaramas2001",
    "Revised Treaty (2001), Regional Task Force on Crime and Security (2001); security made 4th pillar (2005 "
    "decision); CDEMA/CDERA for disasters; Caribbean Court of Justice (2005).")
des("caricom", 2006, "", "1 1 1 | 0 0 1 1 1 1 1 | 0 0 u 0 1 2", "impacs2006; caricom_security_treaty2006",
    "CARICOM IMPACS (2006), Joint Regional Communications Centre and Regional Intelligence Fusion Centre; "
    "security operation for Cricket World Cup 2007 (single domestic space, with RSS) counted as deployment.")

org("caricom_impacs", "CARICOM Implementation Agency for Crime and Security", "IMPACS", 2006, "", "", "",
    "security", "operational", "caribbean", "impacs2006", "Established July 2006 by the Conference of Heads of "
    "Government; participants = CARICOM members (no separate rows).", parent="caricom")
des("caricom_impacs", 2006, "", "1 1 1 | 0 0 1 1 1 1 0 | 0 0 c 0 0 2", "impacs2006",
    "Agreement establishing IMPACS (2006); JRCC (advance passenger information, border) and RIFC; "
    "operational support to regional events (2007 Cricket World Cup).")

org("caricom_rss", "Regional Security System", "RSS", 1982, "1982-10-29", "", "", "security", "operational",
    "caribbean", "rss_mou1982; rss_treaty1996; atop_v401",
    "MoU 1982-10-29 (Antigua and Barbuda, Barbados, Dominica, St Lucia, St Vincent); Treaty 1996 (ATOP 4778). "
    "Not a CARICOM organ (org_id kept as requested; parent left empty).")
mem("caricom_rss", "rss_mou1982; rss_treaty1996; atop_v401",
    "58:1982 53:1982 54:1982 56:1982 57:1982 60:1984 55:1985",
    {60: "Joined 1984 after independence (1983).", 55: "Joined 1985 (after the 1983 intervention)."})
des("caricom_rss", 1982, 1995, "0 1 1 | 1 0 0 1 1 0 1 | 1 1 c 0 0 2", "rss_mou1982",
    "MoU: mutual assistance on request in emergencies, threats to national security, smuggling, disasters; "
    "Central Liaison Office (Barbados); Grenada 1983 (with US), Trinidad 1990, St Kitts 1994. "
    "Reliability adjudication 2026-11: mandate_peacekeeping 1 -> 0, the MoU's listed tasks (emergencies, smuggling, search and rescue, "
    "immigration, fisheries, customs, maritime policing, off-shore installations, pollution, disasters, threats to "
    "national security) include no peacekeeping or conflict management; operations stay in operational_record (rss_mou1982).")
des("caricom_rss", 1996, "", "1 1 1 | 1 1 1 1 1 0 1 | 1 1 c 0 0 2", "rss_treaty1996",
    "Treaty establishing the RSS (1996): same tasks, Council of Ministers, Regional Security Coordinator; "
    "hurricane relief and CWC 2007 deployments.")

org("oecs", "Organisation of Eastern Caribbean States", "OECS", 1981, "1981-07-04", "", "", "general_purpose",
    "operational", "caribbean", "basseterre1981; oecs_members; atop_v401; cow_igo_v3",
    "Treaty of Basseterre signed 1981-06-18 (ATOP 3900), in force 1981-07-04; Revised Treaty 2010. "
    "Montserrat (member) and associates (Anguilla, BVI, Martinique, Guadeloupe) are not states.",
    cow=3830, mia="OECS")
mem("oecs", "oecs_members; atop_v401; cow_igo_v3", "58:1981 54:1981 55:1981 56:1981 57:1981 60:1983",
    {60: "Founding member as associated state (1981); COW state 60 from independence (1983)."})
des("oecs", 1981, "", "1 1 1 | 1 0 0 0 0 0 0 | 1 1 u 0 1 2", "basseterre1981",
    "Art. 8 Defence and Security Committee (collective defence, unanimity); 1983 Grenada operation was "
    "requested by the OECS; day-to-day security through the RSS. Reliability adjudication 2026-11: joint_forces 0 -> 1, the 1983 Caribbean "
    "Peace Force of member contingents is an ad-hoc joint unit (CODING.md: 1), as for the OAS Inter-American Peace Force "
    "(basseterre1981).")

org("unasur", "Union of South American Nations", "UNASUR", 2008, "2008-05-23", "", "", "general_purpose",
    "operational", "south_america", "unasur2008",
    "Constitutive Treaty signed 2008-05-23, in force 2011-03-11; the body operated from 2008. Largely inactive "
    "since 2017-2019 withdrawals.")
mem("unasur", "unasur2008; unasur_withdrawals",
    "160:2008-2019 145:2008 140:2008-2019 155:2008-2019 100:2008-2019 130:2008-2020 110:2008 150:2008-2019 "
    "135:2008-2019 115:2008 165:2008-2020 101:2008 160:2023 140:2023",
    {160: "Argentina denounced 2019 (effective 2019); returned 2023 (re-accession in force May 2023).",
     140: "Brazil denounced April 2019 (effective 2019); returned 2023 (decree April 2023, effective May 2023).",
     100: "Colombia denounced 2018-08-27, effective 2019-02.", 130: "Ecuador denounced March 2019; effective 2020 (see NOTES).",
     155: "Chile denounced 2019.", 150: "Paraguay denounced 2019.", 135: "Peru denounced 2019.",
     165: "Uruguay denounced March 2020 (effective 2020).",
     (160, 2023): "Return; post-2023 participation of other states not verified."})
des("unasur", 2008, 2018, "1 1 1 | 1 1 1 0 1 1 1 | 0 0 c 0 1 1", "unasur2008; adj_cds_statute2008; sune_long2022",
    "Treaty arts. 3, 5: defence council, drugs (CSPMD), citizen security; General Secretariat Quito (2014); "
    "Additional Protocol on democratic commitment (2010). Exercises via CDS. Reliability adjudication 2026-11: mandate_arms_control 0 -> 1 "
    "(the Defence Council is to keep South America free of nuclear weapons and WMD and promote disarmament, "
    "adj_cds_statute2008); dispute_settlement 0 -> 1 (treaty-based procedure: direct negotiation, then Council of "
    "Delegates and Council of Foreign Ministers, art. 21; sune_long2022).")
des("unasur", 2019, "", "1 0 1 | 1 1 1 0 1 0 1 | 0 0 c 0 0 0", "unasur_withdrawals",
    "Withdrawals of seven members; no regular meetings 2019-2022 (standing_body 0); partial revival from 2023.")

org("unasur_cds", "South American Defence Council", "CDS", 2008, "2008-12-16", "", "", "security", "operational",
    "south_america", "cds2008", "Created by UNASUR heads of state (Costa do Sauipe, 2008-12-16); participants = "
    "UNASUR members (no separate rows). Centre for Strategic Defence Studies (CEED, 2011).", parent="unasur")
des("unasur_cds", 2008, 2018, "0 1 0 | 1 1 0 0 0 1 1 | 0 0 c 0 0 .", "cds2008; adj_cds_statute2008",
    "Statute: defence ministers' council, confidence-building, peacekeeping cooperation, disaster response; "
    "combined exercises reported (UNASUR I) not verified here: operational_record empty. Reliability adjudication 2026-11: "
    "mandate_arms_control 0 -> 1, zone free of nuclear weapons and WMD, disarmament and confidence-building measures "
    "(adj_cds_statute2008), consistent with CBMs coded as arms control for CSCE and CICA.")
des("unasur_cds", 2019, "", "0 0 0 | 1 1 0 0 0 0 1 | 0 0 c 0 0 0", "unasur_withdrawals",
    "Inactive after the 2018-2019 withdrawals.")

org("prosur", "Forum for the Progress and Development of South America", "PROSUR", 2019, "2019-03-22", "", "",
    "general_purpose", "declaratory", "south_america", "prosur2019", "Santiago Declaration; no treaty or secretariat.")
mem("prosur", "prosur2019", "160:2019 140:2019-2023 155:2019 100:2019 130:2019 110:2019 150:2019 135:2019",
    {140: "Brazil suspended its participation in 2023.",
     160: "Participation after the 2020-2023 changes of government not verified (see NOTES)."})
des("prosur", 2019, "", "0 1 0 | 1 0 0 0 1 0 1 | 0 0 c 0 0 0", "prosur2019",
    "Declaration lists defence, security and fight against crime, and disaster management among areas.")

org("can", "Andean Community (Andean Pact)", "CAN", 1969, "1969-10-16", "", "", "economic", "declaratory",
    "south_america", "cartagena1969; can_members; cow_igo_v3",
    "Cartagena Agreement signed 1969-05-26, in force 1969-10-16 (COW starts 1970). Associate members "
    "(Mercosur states, Chile 2006) coded as associate per COW years where available.", cow=330, mia="Andean /CAN")
mem("can", "can_members; cow_igo_v3",
    "145:1969 155:1969-1976~1976-10-30 100:1969 130:1969 135:1969 101:1973-2006@1973-02-13 "
    "160:2005/a 140:2005/a 150:2005/a 165:2005/a 155:2006/a",
    {101: "Venezuela announced withdrawal 2006-04-22; denunciation effective 2006 (COW ends 2005).",
     155: "Chile withdrew 1976-10-30 (COW ends 1975).", (155, 2006): "Associate member from 2006 (COW).",
     160: "Associate per COW (2005).", 135: "Peru suspended some obligations 1992-1997 (not coded as suspension)."})
des("can", 1969, 2001, "1 1 1 | 0 0 0 0 0 0 0 | 0 0 q 0 1 0", "cartagena1969",
    "Economic integration; Andean Court of Justice (1979/1984).")
des("can", 2002, "", "1 1 1 | 0 0 1 1 1 1 1 | 0 0 q 0 1 0", "can_lima2002",
    "Andean Charter for Peace and Security (Lima Commitment 2002), Decision 552 (small arms, 2003), "
    "Decision 587 (Common External Security Policy, 2004), CAPRADE (disasters); no security bodies that act.")

org("mercosur", "Southern Common Market", "Mercosur", 1991, "1991-11-29", "", "", "economic", "declaratory",
    "south_america", "asuncion1991; mercosur_members; cow_igo_v3",
    "Treaty of Asuncion signed 1991-03-26, in force 1991-11-29.", cow=4260, mia="MERCOSUR")
mem("mercosur", "mercosur_members; cow_igo_v3",
    "160:1991 140:1991 150:1991-2011 150:2012-2012/s@2012-06-29 150:2013@2013-08-15 165:1991 "
    "101:2012-2015@2012-07-31 101:2016/s@2016-12-01 145:1996-2023/a 145:2024 155:1996/a 135:2003/a 100:2004/a 130:2004/a",
    {(150, 2012): "Suspended after the impeachment of President Lugo (2012-06-29 to 2013-08-15).",
     (101, 2016): "Suspended 2016-12-01; additionally under the Ushuaia democratic clause from 2017-08-05.",
     (145, 1996): "Associate from 1996; COW codes full from 1998 (not followed).",
     (145, 2024): "Full member after completing accession (2024).",
     155: "Associate from 1996; COW codes full from 1998 (not followed)."})
des("mercosur", 1991, 1997, "1 1 1 | 0 0 0 0 0 0 0 | 0 0 c 0 1 0", "asuncion1991",
    "Economic; Protocol of Brasilia dispute settlement (1991).")
des("mercosur", 1998, "", "1 1 1 | 0 0 1 1 1 1 0 | 0 0 c 0 1 0", "ushuaia1998",
    "Ushuaia Protocol and Political Declaration of Mercosur, Bolivia and Chile as a Zone of Peace (1998: "
    "arms control/confidence building); Meeting of Interior Ministers (security cooperation, border, drugs). "
    "Declaratory: no security bodies that act.")

org("celac", "Community of Latin American and Caribbean States", "CELAC", 2011, "2011-12-03", "", "",
    "general_purpose", "declaratory", "americas", "celac2011", "Caracas Declaration; no treaty, no secretariat.")
mem("celac", "celac2011",
    " ".join(f"{c}:2011" for c in [31, 40, 41, 42, 51, 52, 53, 54, 55, 56, 57, 58, 60, 70, 80, 90, 91, 92, 93, 94,
                                   95, 100, 101, 110, 115, 130, 135, 145, 150, 155, 160, 165])
    + " 140:2011-2019 140:2020-2022/s 140:2023",
    {(140, 2020): "Brazil suspended its participation in January 2020 and returned in January 2023."})
des("celac", 2011, "", "0 1 0 | 0 0 0 0 1 1 0 | 0 0 c 0 0 0", "celac2011; celac_peace2014",
    "Proclamation of Latin America and the Caribbean as a Zone of Peace (2014); drug-problem meetings.")

org("alba", "Bolivarian Alliance for the Peoples of Our America", "ALBA-TCP", 2004, "2004-12-14", "", "",
    "general_purpose", "none", "americas", "alba_history", "Founded by Cuba and Venezuela in Havana.")
mem("alba", "alba_history",
    "40:2004 101:2004 145:2006-2019 145:2020 93:2007 54:2008 91:2008-2009 130:2009-2018 57:2009 58:2009 "
    "56:2013 55:2014 60:2014",
    {(145, 2006): "Bolivia's interim government withdrew in November 2019; rejoined November 2020.",
     91: "Honduras joined 2008, withdrew January 2010 (effective 2010; coded end 2009 by the 31 December rule).",
     130: "Ecuador withdrew August 2018."})

org("laia", "Latin American Integration Association", "LAIA/ALADI", 1981, "1981-03-18", "", "", "economic", "none",
    "americas", "montevideo1980; aladi_members; cow_igo_v3",
    "Treaty of Montevideo signed 1980-08-12, in force 1981-03-18 (COW 1980); successor of LAFTA (1961-1980).",
    cow=3430, mia="LAIA/ALADI")
mem("laia", "aladi_members; cow_igo_v3",
    "160:1981 145:1981 140:1981 155:1981 100:1981 130:1981 70:1981 150:1981 135:1981 165:1981 101:1981 "
    "40:1999@1999-08-26 95:2012@2012-05-02",
    {95: "Panama completed accession 2012-05-02; COW codes from 2011."})

org("nafta", "North American Free Trade Agreement", "NAFTA", 1994, "1994-01-01", 2020, "2020-06-30", "economic",
    "none", "north_america", "nafta1992; cow_igo_v3", "Signed 1992, in force 1994-01-01 (COW from 1993); replaced "
    "by USMCA 2020-07-01.", succ="usmca", cow=3670, mia="NAFTA")
mem("nafta", "nafta1992", "2:1994-2020 20:1994-2020 70:1994-2020")
org("usmca", "United States-Mexico-Canada Agreement", "USMCA", 2020, "2020-07-01", "", "", "economic", "none",
    "north_america", "usmca2018", "Signed 2018-11-30; in force 2020-07-01.", pred="nafta")
mem("usmca", "usmca2018", "2:2020 20:2020 70:2020")

org("pacific_alliance", "Pacific Alliance", "AP", 2011, "2011-04-28", "", "", "economic", "none", "",
    "pacific_alliance2012", "Lima Declaration 2011; Framework Agreement signed 2012-06-06, in force 2015-07-20. "
    "Trans-regional (South America, Mexico).")
mem("pacific_alliance", "pacific_alliance2012", "155:2011 100:2011 70:2011 135:2011")

# ------------------------------------------------------------------- Agreements
agr("tlatelolco", "Treaty for the Prohibition of Nuclear Weapons in Latin America and the Caribbean (Treaty of Tlatelolco)",
    1967, "1967-02-14", 1969, "1969-04-25", "", "", "arms_control;nuclear_weapon_free_zone",
    "tlatelolco1967; cow_igo_v3", "Not in ATOP. Administered by OPANAL (COW 'OPANAL'). Party years are the first "
    "year of OPANAL membership in COW IGO v3 (proxy for entry into force for each state).")
opanal = ("31:1977 40:2002 41:1969 42:1969 51:1969 52:1970 53:1969 54:1978 55:1975 56:1995 57:1992 58:1983 60:2002 "
          "70:1969 80:1994 90:1970 91:1969 92:1970 93:1969 94:1969 95:1971 100:1972 101:1970 110:2007 115:1977 "
          "130:1969 135:1969 140:1969 145:1969 150:1969 155:1974 160:1994 165:1969")
parties("tlatelolco", "cow_igo_v3; tlatelolco1967", opanal,
        {140: "COW OPANAL from 1969; Brazil's full entry into force (waiver under art. 29) was 1994: see NOTES.",
         155: "COW from 1974; Chile's full entry into force 1994: see NOTES.",
         160: "Argentina ratified 1994.", 40: "Cuba ratified 2002."})
des("tlatelolco", 1969, "", "1 1 1 | 0 0 0 0 0 1 0 | 0 0 q 0 1 0", "tlatelolco1967",
    "OPANAL General Conference (two-thirds majority on substance), Council and Secretariat; IAEA safeguards; "
    "disputes to ICJ (art. 24).", unit_type="agreement")

agr("rarotonga", "South Pacific Nuclear Free Zone Treaty (Treaty of Rarotonga)", 1985, "1985-08-06", 1986,
    "1986-12-11", "", "", "arms_control;nuclear_weapon_free_zone", "rarotonga1985",
    "Not in ATOP. Cook Islands and Niue (parties) are not COW states.")
parties("rarotonga", "rarotonga1985", "900:1986 920:1986 950:1986 990:1986 946:1999 947:2000 970:? 910:? 940:? 935:? 955:?",
        {946: "Party at entry into force (1986); COW system entry 1999.",
         947: "Party at entry into force (1986); COW system entry 2000.",
         970: "Party; ratification year not verified.", 910: "Party; ratification year not verified.",
         940: "Party; ratification year not verified.", 935: "Party; ratification year not verified.",
         955: "Party; ratification year not verified."})
des("rarotonga", 1986, "", "1 0 0 | 0 0 0 0 0 1 0 | 0 0 c 0 1 0", "rarotonga1985",
    "Consultative Committee convened as needed (no standing body); PIF Secretariat as depositary; "
    "complaints procedure (Annex 4).", unit_type="agreement")

agr("seanwfz", "Treaty on the Southeast Asia Nuclear Weapon-Free Zone (Bangkok Treaty)", 1995, "1995-12-15", 1997,
    "1997-03-27", "", "", "arms_control;nuclear_weapon_free_zone", "seanwfz1995", "Not in ATOP.")
parties("seanwfz", "seanwfz1995", "835:1997 811:1997 850:1997 812:1997 820:1997 775:1997 830:1997 800:1997 816:1997 840:2001",
        {840: "Philippines ratified 2001."})
des("seanwfz", 1997, "", "1 1 0 | 0 0 0 0 0 1 0 | 0 0 c 0 1 0", "seanwfz1995",
    "Commission (foreign ministers) and Executive Committee; fact-finding and dispute settlement (arts. 13-14, 21).",
    unit_type="agreement")

agr("asean_acct", "ASEAN Convention on Counter Terrorism", 2007, "2007-01-13", 2011, "2011-05-27", "", "",
    "counterterrorism", "asean_acct2007", "Not in ATOP.")
parties("asean_acct", "asean_acct2007", "830:2011 800:2011 840:2011 811:2011 835:2011 820:2013 850:? 812:? 775:? 816:?",
        {850: "Ratified between 2011 and 2012 (all ten parties by 2013-01-11); year not verified.",
         812: "See Indonesia note.", 775: "See Indonesia note.", 816: "See Indonesia note.",
         811: "Fourth ratification, deposited 2010-06-28; in force for it 2011."})
des("asean_acct", 2011, "", "1 0 0 | 0 0 1 0 0 0 0 | 0 0 c 0 0 0", "asean_acct2007",
    "Cooperation obligations; implemented through AMMTC/SOMTC; art. XIX amicable settlement only.",
    unit_type="agreement")

agr("ca_democratic_security", "Framework Treaty on Democratic Security in Central America", 1995, "1995-12-15", "", "",
    "", "", "defense;counterterrorism;drugs_crime;arms_control;border",
    "framework_security1995", "Not in ATOP. In force (the Security Commission works under it) but the entry-into-force "
    "date and ratification years were not verified here.")
parties("ca_democratic_security", "framework_security1995", "94:? 92:? 90:? 91:? 93:? 95:?",
        {c: "Signatory; ratification year not verified." for c in (94, 92, 90, 91, 93, 95)})
des("ca_democratic_security", 1995, "", "1 1 0 | 1 0 1 1 1 1 1 | 1 0 c 0 1 .", "framework_security1995",
    "Art. 52 Security Commission; collective response to aggression; confidence-building and arms control; "
    "operational record not established.", unit_type="agreement")

agr("saarc_terrorism", "SAARC Regional Convention on Suppression of Terrorism", 1987, "1987-11-04", 1988, "1988-08-22",
    "", "", "counterterrorism", "saarc_terror1987", "Not in ATOP. Additional Protocol 2004 (in force 2006).")
parties("saarc_terrorism", "saarc_terror1987", "750:1988 760:1988 770:1988 771:1988 780:1988 781:1988 790:1988")
des("saarc_terrorism", 1988, "", "1 0 0 | 0 0 1 0 0 0 0 | 0 0 c 0 0 0", "saarc_terror1987",
    "Extradition/prosecution obligations; no body of its own (SAARC Terrorist Offences Monitoring Desk).",
    unit_type="agreement")

agr("fpda_1971", "Five Power Defence Arrangements (exchanges of notes)", 1971, "1971-04-16", 1971, "1971-11-01", "", "",
    "consultation;military_cooperation", "fpda1971", "Not in ATOP as a multilateral alliance. See organization fpda.")
parties("fpda_1971", "fpda1971", "200:1971 900:1971 920:1971 820:1971 830:1971")
des("fpda_1971", 1971, "", "0 1 1 | 1 0 0 0 0 0 0 | 0 2 c 0 0 1", "fpda1971",
    "Consultation on external attack on Malaysia/Singapore; HQ IADS; exercises.", unit_type="agreement")
