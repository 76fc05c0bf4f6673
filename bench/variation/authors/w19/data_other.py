from data_ref import F, add

# ---------------- MASH ----------------
add(id="w19-mash-01", form="mash-referral", expect="routed", missing=None, layout="docx", style="mash_welsh",
    name="w19-mash-01-MASH-Edwards",
    frm="elin.wynne@housing.council.test",
    subject="Atgyfeiriad MASH / MASH referral - person ifanc 16 oed dan fygythiad o ddigartrefedd / 16yo threatened with homelessness",
    cover="""Bore da MASH,

Atodwyd / attached: MASH referral for Cai Edwards, 16. Mediation on Wednesday did not resolve things; mum has said he must leave by next Friday. Requesting a joint assessment please.

Elin Wynne
Swyddog Opsiynau Tai / Housing Options Officer
Tîm Tai / Housing Team, Cyngor Sir Conwy Fach""",
    f={"NAME": "Cai EDWARDS", "DATE_OF_BIRTH": "17/01/2010", "ADDRESS": "22 Lôn Isaf, Llanfair Eryri LL99 3BN",
       "PARENT_CONTACT": "Mam / Mother: Bethan Edwards - 07700 900 064",
       "AGENCY": "Tîm Opsiynau Tai / Housing Options Team, Cyngor Sir Conwy Fach",
       "STATUS": "threatened", "MEDIATION": "yes", "MEDIATION_DATE": "02/12/2026",
       "MEDIATION_OUTCOME": "Aflwyddiannus / Unsuccessful - mum agreed Cai can stay until 11/12/2026 only. Further session offered, mum declined.",
       "CONCERNS": "Cai has been missing school (attendance 61%). Mum reports he has been staying out until 2-3am with older boys. Cai says mum's partner shouts at him and pushed him once in November. No injuries seen.",
       "KNOWN": "no"},
    v={"NAME": "Cai EDWARDS", "DATE_OF_BIRTH": "2010-01-17", "STATUS": "threatened", "MEDIATION": "yes", "MEDIATION_DATE": "2026-12-02",
       "KNOWN": "no", "AGENCY": "Tîm Opsiynau Tai / Housing Options Team, Cyngor Sir Conwy Fach"})

add(id="w19-mash-02", form="mash-referral", expect="routed", missing=None, layout="body", style="mash_welsh_colon",
    frm="rhian.owen@council.test",
    subject="MASH - atgyfeiriad digartref / homeless referral - Lowri Jenkins 17",
    f={"NAME": "Lowri Haf JENKINS", "DATE_OF_BIRTH": "08/08/2009", "ADDRESS": "Dim / None - last settled address 5 Cae'r Ysgol, Betws Fach LL97 8HT (dad's)",
       "PARENT_CONTACT": "Tad / Father: Alun Jenkins 07700 900 811 (will not answer to council numbers)",
       "AGENCY": "Tîm Tai Pobl Ifanc / Young People's Housing Team, Cyngor Sir Conwy Fach",
       "STATUS": "DIGARTREF HENO / HOMELESS TONIGHT",
       "MEDIATION": "Na / No", "MEDIATION_DATE": "N/A",
       "MEDIATION_OUTCOME": "Not attempted - dad refused to meet, said he will not have her back 'under any circumstances'.",
       "CONCERNS": "Lowri was put out by her father at half ten at night on 3 Dec after an argument. She walked to a friend's house; the friend's mum brought her to our office this morning. Lowri disclosed dad hit her with a belt last week - bruise on her upper arm seen by me. She is tearful and says she has been self-harming.",
       "KNOWN": "Ydy / Yes - previous CIN plan 2022-23"},
    v={"NAME": "Lowri Haf JENKINS", "DATE_OF_BIRTH": "2009-08-08", "STATUS": "homeless", "MEDIATION": "no", "KNOWN": "yes"})

add(id="w19-mash-03", form="mash-referral", expect="routed", missing=None, layout="pdf", style="mash_refuge",
    name="w19-mash-03-MASH-Kelly",
    frm="kirsty.allardyce@haventrust.test",
    subject="MASH referral - 16 year old son of refuge resident - homeless",
    cover="""Dear MASH colleagues,

Please find attached a MASH referral for Mason Kelly (16). His mum came into our refuge last night fleeing domestic abuse; we are not able to accommodate Mason as our refuge is women and children under 16 only. He is currently with a family friend for last night only.

Please note: refuge address is confidential and is NOT included on the form. Contact mum through me.

Kirsty Allardyce
Refuge Support Worker
Haven Trust Women's Refuge (registered charity)
07700 900 346""",
    f={"NAME": "Mason KELLY", "DATE_OF_BIRTH": "10/06/2010",
       "ADDRESS": "NFA. Was 31 Beech Grove, Wantage Fach OX95 6GG (family home - perpetrator still there, DO NOT CONTACT)",
       "PARENT_CONTACT": "Mum: Donna Kelly - via refuge only (Kirsty Allardyce 07700 900 346). Father Steven Kelly is the alleged perpetrator - NO CONTACT.",
       "AGENCY": "Haven Trust Women's Refuge",
       "STATUS": "homeless", "MEDIATION": "no", "MEDIATION_DATE": "N/A",
       "MEDIATION_OUTCOME": "N/A - not safe. Mediation with father would put Mason and his mum at risk.",
       "CONCERNS": "Mason has lived with domestic abuse for many years. Mum reports father has hit Mason twice this year. Mason is angry and has said he will 'go back and sort dad out'. Family friend can only keep him one night. MARAC referral for mum made 03/12/2026.",
       "KNOWN": "yes"},
    v={"NAME": "Mason KELLY", "DATE_OF_BIRTH": "2010-06-10", "STATUS": "homeless", "MEDIATION": "no", "KNOWN": "yes",
       "AGENCY": "Haven Trust Women's Refuge"})

add(id="w19-mash-04", form="mash-referral", expect="rejected", missing="DATE_OF_BIRTH", layout="body", style="mash_quick",
    frm="declan.moss@pathwaysrecovery.test",
    subject="MASH referral - Niamh Gallagher - threatened with homelessness",
    f={}, body="""Hi MASH,

Referral for a young person I key work at Pathways. Quick summary as asked on your phone line:

Name: Niamh GALLAGHER
D.O.B.:
Address: 12 Willow Walk, Bicester Fach OX98 5TR (lives with mum)
Presenting agency: Pathways Young People's Drug and Alcohol Service
Homeless / threatened: THREATENED - mum says she has to leave when her stepdad's son moves back in on 14/12
Mediation attempted: Yes
Date: 1 Dec
Outcome: Mum says no change, the room is needed. Stepdad did not attend.
Welfare / safeguarding: Niamh uses cannabis daily and MDMA at weekends, keyworking with me since Sept. She has told me she'd "stay with a mate's older brother" if she has to go - he is 24. I am worried about exploitation.
Known to social care: N - not as far as I know
Parent contact: Mum - Claire Gallagher 07700 900 520

Thanks,

Declan Moss
Young People's Keyworker
Pathways Young People's Drug and Alcohol Service
01869 555 112""",
    v={"NAME": "Niamh GALLAGHER", "STATUS": "threatened", "MEDIATION": "yes", "MEDIATION_DATE": "2026-12-01", "KNOWN": "no"})

add(id="w19-mash-05", form="mash-referral", expect="routed", missing=None, layout="docx", style="mash_school",
    name="w19-mash-05-MASH-Lennon",
    frm="priya.mistry@ashgrove-academy.test",
    subject="MASH referral - Year 13 student - threatened with homelessness",
    cover="""Good morning,

Please see the attached MASH referral for one of our sixth form students, Harvey Lennon (17). I am the school's Designated Safeguarding Lead.

Regards,
Priya Mistry
Designated Safeguarding Lead
Ashgrove Academy""",
    f={"NAME": "Harvey LENNON", "DATE_OF_BIRTH": "04/09/2009", "ADDRESS": "67 Chapel Street, Thame Fach OX94 2WE",
       "PARENT_CONTACT": "Father: Paul Lennon, 07700 900 701 (lives at the address)",
       "AGENCY": "Ashgrove Academy (school) - DSL",
       "STATUS": "threatened", "MEDIATION": "yes", "MEDIATION_DATE": "27th November 2026",
       "MEDIATION_OUTCOME": "Partly successful - dad agreed Harvey can stay over Christmas but says he must leave by 4th January. District council young people's mediation worker involved.",
       "CONCERNS": "Dad's drinking has increased since Harvey's mum died in 2025. Harvey has come to school hungry and in the same clothes several days running. No physical harm disclosed. His attendance has dropped to 78% and he is due to sit A levels.",
       "KNOWN": "no"},
    v={"NAME": "Harvey LENNON", "DATE_OF_BIRTH": "2009-09-04", "STATUS": "threatened", "MEDIATION": "yes", "MEDIATION_DATE": "2026-11-27",
       "KNOWN": "no"})

# ---------------- RISK CONCERNS (children's home registered-manager voice) ----------------
add(id="w19-risk-01", form="risk-concern", expect="routed", missing=None, layout="docx", style="risk_numbered",
    name="w19-risk-01-risk-concern-K2F", provider_logo="KEY2 FUTURES - Supported Accommodation",
    frm="bernadette.quinn@key2.provider.test",
    subject="Risk concern - referral BRK-2026-1187 - unable to accept at present",
    cover="""Dear Brokerage,

Thank you for the referral. Unfortunately we are not able to safely accept at present - our risk concern response is attached, with the risk assessment we completed from the referral information.

Bernadette Quinn
Registered Manager, Key2 Futures (Cherwell)
01295 555 880""",
    f={"REFERRAL_REFERENCE": "BRK-2026-1187", "PROVIDER": "Key2 Futures (Cherwell scheme K2F-CHE-01)",
       "YOUNG_PERSON": "Jordan FEENEY",
       "RISK": "Robbery offence committed with peers (2025) and previous criminal exploitation. Two current residents at K2F-CHE-01 are named on police intelligence as part of the same peer group in Banbury.",
       "WHY": "Placing Jordan with young people from the same group would expose him and them to re-exploitation and conflict. We have one member of staff on site overnight (sleep-in, not waking) and cannot supervise movement in and out of the building at night.",
       "RESOURCES": "A waking night worker for the first 8 weeks, OR a placement at our Oxford City scheme (K2F-OXC-01) when a room becomes vacant (expected w/c 11/01/2027). Joint risk meeting with Probation before move-in."},
    v={"REFERRAL_REFERENCE": "BRK-2026-1187", "PROVIDER": "Key2 Futures", "YOUNG_PERSON": "Jordan FEENEY"})

add(id="w19-risk-02", form="risk-concern", expect="routed", missing=None, layout="docx", style="risk_twocol",
    name="w19-risk-02-risk-concern-Stonewater", provider_logo="STONEWATER - Young People's Services",
    frm="graham.ashworth@stonewater.provider.test",
    subject="RE: Referral YPSA/REF/26/0441 - risk concern",
    cover="""Hello,

Please see our risk concern for the above referral (attached), together with the risk assessment and RMP.

Graham Ashworth
Registered Manager
Stonewater Young People's Services, Vale of White Horse""",
    f={"REFERRAL_REFERENCE": "YPSA/REF/26/0441", "PROVIDER": "Stonewater", "YOUNG_PERSON": "Liam OKAFOR",
       "RISK": "Serious threats with a weapon from a county line group; the group's members are known to travel to Didcot and Wantage. Risk of the group finding Liam at the scheme and of harm to staff and other residents.",
       "WHY": "STW-VWH-01 and STW-VWH-02 have open-access communal entrances with no door entry system, and are staffed 9-5 only. We could not stop unknown adults entering, and there is no on-site staff presence out of hours.",
       "RESOURCES": "Placement at a scheme with controlled entry and 24-hour staffing. If it must be us: installation of a door entry system (quote requested, 3-4 weeks), out-of-hours security patrols, and a safety plan agreed with TVP."},
    v={"REFERRAL_REFERENCE": "YPSA/REF/26/0441", "PROVIDER": "Stonewater", "YOUNG_PERSON": "Liam OKAFOR"})

add(id="w19-risk-03", form="risk-concern", expect="routed", missing=None, layout="docx", style="risk_boxes",
    name="w19-risk-03-risk-concern-Response", provider_logo="RESPONSE - Supported Housing for Young People",
    frm="karen.mulholland@response.provider.test",
    subject="Risk concern response - LCS 4522019 / Brokerage no. 2026-1203",
    cover="""Good morning,

Attached is our risk concern response for the emergency referral received yesterday. We have offered an alternative below.

Karen Mulholland
Registered Manager, Response - Oxford City""",
    f={"REFERRAL_REFERENCE": "Brokerage no. 2026-1203 (LCS 4522019)", "PROVIDER": "Response", "YOUNG_PERSON": "Amira YOUSEF",
       "RISK": "Risk of sexual exploitation from an adult male who has been contacting her. The only vacancy (RSP-OXC-02) is a mixed-gender house with four young men currently resident, two of whom have recent warnings for bringing unknown adults into the property.",
       "WHY": "The referral asks for female-only or female staff; we cannot offer female-only accommodation at RSP-OXC-02 and our night cover there is a male worker. We would not be able to manage visitors being brought in overnight.",
       "RESOURCES": "A female-only room at RSP-OXC-01 will be available from 14/12/2026. Until then, a female-only emergency placement elsewhere. We would need a named social worker contact and a weekly strategy update."},
    v={"REFERRAL_REFERENCE": "Brokerage no. 2026-1203 (LCS 4522019)", "PROVIDER": "Response", "YOUNG_PERSON": "Amira YOUSEF"})

add(id="w19-risk-04", form="risk-concern", expect="rejected", missing="RESOURCES", layout="pdf", style="risk_numbered",
    name="w19-risk-04-risk-concern-Sanctuary", provider_logo="SANCTUARY HOUSING - Supported Living (Young People)",
    frm="derek.holloway@sanctuary.provider.test",
    subject="Risk concern - hub ref YPSA-20261130-0087",
    cover="""Hi,

Please find our risk concern for referral YPSA-20261130-0087 attached (PDF).

Derek Holloway
Registered Manager, Sanctuary Housing - Cherwell""",
    f={"REFERRAL_REFERENCE": "YPSA-20261130-0087", "PROVIDER": "Sanctuary Housing", "YOUNG_PERSON": "Kieran DOYLE",
       "RISK": "History of violence towards a male peer and of drug dealing debts; threats received in November from the group he owes money to. SAN-CHE-01 currently houses a young man who gave evidence against an associate of the same group.",
       "WHY": "Conflict between the two residents is very likely and we cannot separate them in a 6-bed shared house with a shared kitchen. Staff cover is 8am-10pm only.",
       "RESOURCES": ""},
    v={"REFERRAL_REFERENCE": "YPSA-20261130-0087", "PROVIDER": "Sanctuary Housing", "YOUNG_PERSON": "Kieran DOYLE"})

add(id="w19-risk-05", form="risk-concern", expect="routed", missing=None, layout="body", style="risk_body",
    frm="yvonne.castellano@a2dominion.provider.test",
    subject="Risk concern - Brokerage 26/1219 - Tia-Rose Kemp",
    f={}, body="""Hi Brokerage team,

Re: Brokerage 26/1219 - Tia-Rose KEMP (emergency referral 4 Dec)

Provider: A2 Dominion (South Oxfordshire - A2D-SOX-01 vacancy)

PART 1 - THE RISK WE ARE UNABLE TO MANAGE
Tia-Rose's asthma is described as severe with no inhaler since Monday, and there was a hospital admission for asthma in 2025 per her PA. Our only vacancy is a top-floor room in a building where several residents smoke heavily (including indoors, despite the rules).

PART 2 - WHY IT CANNOT BE MANAGED
We cannot guarantee a smoke-free environment at A2D-SOX-01 and the room is up three flights of stairs with no lift. There is no staff on site overnight to respond to an asthma attack.

PART 3 - WHAT WOULD ENABLE US TO ACCEPT
A ground-floor room at A2D-WOX-01 (Witney) becomes available on 07/12/2026 - if Tia-Rose could travel to her job from there we could take her then, with a health care plan from her GP and the PA's help to get her prescription sorted before move-in. Until then, she needs somewhere smoke-free tonight.

Risk assessment attached separately to follow this afternoon.

Kind regards,
Yvonne Castellano
Registered Manager, A2 Dominion Young People's Services
01993 555 276""",
    v={"REFERRAL_REFERENCE": "Brokerage 26/1219", "PROVIDER": "A2 Dominion", "YOUNG_PERSON": "Tia-Rose KEMP"})

# ---------------- SAFEGUARDING INCIDENTS ----------------
add(id="w19-inc-01", form="safeguarding-incident", expect="routed", missing=None, layout="docx", style="inc_boxes",
    name="w19-inc-01-incident-RSP-OXC-01", provider_logo="RESPONSE - Supported Housing for Young People",
    frm="karen.mulholland@response.provider.test",
    subject="Safeguarding incident - MISSING - RSP-OXC-01 - HIGH",
    cover="""Please see attached incident form. Young person reported missing to TVP. SW informed by phone at 07:50 this morning.

Karen Mulholland
Registered Manager, Response (Oxford City)""",
    f={"PROVIDER": "Response", "PROPERTY": "RSP-OXC-01", "NAME": "Chloe ABERNETHY", "DATE_OF_BIRTH": "14/02/2009",
       "LCS_NUMBER": "4398210", "WORKER_NAME": "Femi Adeyemi (SW)", "WORKER_EMAIL": "femi.adeyemi@council.test",
       "WHEN": "03/12/2026 at 22:30 hrs (last seen)", "CATEGORY": "missing", "SEVERITY": "high",
       "DESCRIPTION": "Chloe left the building at about 19:00 saying she was going to the shop. She did not return by her 22:00 curfew. Staff called and texted her phone - switched off. Last seen on CCTV at 22:30 hrs getting into a dark grey hatchback outside the property with two males, believed to be in their 20s. She has not returned this morning.",
       "ACTIONS": "Missing person report made to TVP at 23:15 hrs. Staff checked known friends' addresses by phone. Social worker and EDT informed. Room checked - phone charger and medication left behind. Photo and description given to police.",
       "POLICE_REFERENCE": "TVP 43260003412"},
    v={"NAME": "Chloe ABERNETHY", "DATE_OF_BIRTH": "2009-02-14", "WHEN": "2026-12-03T22:30", "CATEGORY": "missing", "SEVERITY": "high",
       "PROVIDER": "Response", "PROPERTY": "RSP-OXC-01", "WORKER_EMAIL": "femi.adeyemi@council.test", "POLICE_REFERENCE": "TVP 43260003412"})

add(id="w19-inc-02", form="safeguarding-incident", expect="routed", missing=None, layout="docx", style="inc_twocol",
    name="w19-inc-02-incident-OXY-WOX-01", provider_logo="OXFORDSHIRE YOUTH - Housing and Support",
    frm="leanne.trotter@oxyouth.provider.test",
    subject="Incident report - OXY-WOX-01 - self harm",
    cover="""Hello,

Please find incident report attached for last night. Young person is safe and at college today.

Leanne Trotter
Registered Manager, Oxfordshire Youth - West Oxfordshire""",
    f={"PROVIDER": "Oxfordshire Youth", "PROPERTY": "OXY-WOX-01", "NAME": "Ruby-Mae SINCLAIR", "DATE_OF_BIRTH": "03/07/2008",
       "LCS_NUMBER": "not known", "WORKER_NAME": "Jake Hollins (Leaving Care PA)", "WORKER_EMAIL": "jake.hollins@council.test",
       "WHEN": "2nd December 2026, 21:15 hrs", "CATEGORY": "self-harm", "SEVERITY": "medium",
       "DESCRIPTION": "Ruby-Mae came to the office and told the staff member on shift that she had cut her forearm with a pencil sharpener blade. Three superficial cuts, not needing stitches. She said she had had a bad phone call with her mum earlier in the evening.",
       "ACTIONS": "First aid given by staff (trained). NHS 111 called - advice to keep clean and monitor. Safety plan reviewed with Ruby-Mae, blades removed with her agreement. Checks every hour overnight. PA informed next morning 09:05.",
       "POLICE_REFERENCE": "N/A - police not involved"},
    v={"NAME": "Ruby-Mae SINCLAIR", "DATE_OF_BIRTH": "2008-07-03", "WHEN": "2026-12-02T21:15", "CATEGORY": "self-harm", "SEVERITY": "medium",
       "PROVIDER": "Oxfordshire Youth", "PROPERTY": "OXY-WOX-01", "WORKER_EMAIL": "jake.hollins@council.test"})

add(id="w19-inc-03", form="safeguarding-incident", expect="routed", missing=None, layout="docx", style="inc_numbered",
    name="w19-inc-03-incident-K2F-CHE-01", provider_logo="KEY2 FUTURES - Supported Accommodation",
    frm="bernadette.quinn@key2.provider.test",
    subject="SAFEGUARDING INCIDENT - exploitation concerns - K2F-CHE-01",
    cover="""Dear all,

Incident form attached regarding exploitation concerns for one of our young people at Banbury. Police informed via 101 and intelligence submission done separately.

Bernadette Quinn
Registered Manager, Key2 Futures""",
    f={"PROVIDER": "Key2 Futures", "PROPERTY": "K2F-CHE-01", "NAME": "Tyler GRANT", "DATE_OF_BIRTH": "21/10/2009",
       "LCS_NUMBER": "4460937", "WORKER_NAME": "Sadia Rahman", "WORKER_EMAIL": "sadia.rahman@council.test",
       "WHEN": "1 Dec 2026 - 16:40", "CATEGORY": "exploitation", "SEVERITY": "high",
       "DESCRIPTION": "Staff found Tyler in his room with a set of digital scales, approx. 30 small bags of a white substance and £620 in cash. Tyler said he was 'holding it for someone' and that he would 'get done in' if he lost it. A new phone that he did not have before was on his bed, receiving constant messages.",
       "ACTIONS": "Items secured in the office safe and handed to police on attendance at 18:10. Tyler kept in sight of staff; safety plan and room search agreement put in place. SW informed same evening. Exploitation screening tool completed. NRM discussion requested.",
       "POLICE_REFERENCE": "43260002290"},
    v={"NAME": "Tyler GRANT", "DATE_OF_BIRTH": "2009-10-21", "WHEN": "2026-12-01T16:40", "CATEGORY": "exploitation", "SEVERITY": "high",
       "PROVIDER": "Key2 Futures", "PROPERTY": "K2F-CHE-01", "WORKER_EMAIL": "sadia.rahman@council.test", "POLICE_REFERENCE": "43260002290"})

add(id="w19-inc-04", form="safeguarding-incident", expect="routed", missing=None, layout="docx", style="inc_boxes",
    name="w19-inc-04-incident-STW-VWH-02", provider_logo="STONEWATER - Young People's Services",
    frm="graham.ashworth@stonewater.provider.test",
    subject="Safeguarding incident - allegation against staff - STW-VWH-02",
    cover="""Dear Brokerage and Quality and Contracts,

Please see attached. LADO consulted this morning. Staff member suspended pending investigation.

Graham Ashworth
Registered Manager, Stonewater Young People's Services""",
    f={"PROVIDER": "Stonewater", "PROPERTY": "STW-VWH-02", "NAME": "Kayden OSEI-BONSU", "DATE_OF_BIRTH": "16/05/2007",
       "LCS_NUMBER": "4175502", "WORKER_NAME": "Lucy Tranter, Leaving Care PA", "WORKER_EMAIL": "lucy.tranter@council.test",
       "WHEN": "30/11/2026 @ 19:45", "CATEGORY": "allegation against staff", "SEVERITY": "medium",
       "DESCRIPTION": "Kayden alleges that a support worker grabbed his arm and pushed him against the kitchen door during an argument about noise. Another resident says she heard shouting but did not see it. The support worker denies any physical contact. Kayden showed no visible marks when seen by the manager the next day.",
       "ACTIONS": "Staff member removed from shift and suspended pending investigation (HR). LADO consultation 01/12/2026. Kayden spoken to by manager and offered an advocate. PA informed.",
       "POLICE_REFERENCE": "none"},
    v={"NAME": "Kayden OSEI-BONSU", "DATE_OF_BIRTH": "2007-05-16", "WHEN": "2026-11-30T19:45", "CATEGORY": "allegation against staff",
       "SEVERITY": "medium", "PROVIDER": "Stonewater", "PROPERTY": "STW-VWH-02", "WORKER_EMAIL": "lucy.tranter@council.test"})

add(id="w19-inc-05", form="safeguarding-incident", expect="rejected", missing="SEVERITY", layout="pdf", style="inc_twocol",
    name="w19-inc-05-incident-CON-SOX-01", provider_logo="CONNECTION SUPPORT",
    frm="marcia.fenwick@connection.provider.test",
    subject="Incident form - violence between residents - CON-SOX-01",
    cover="""Hi,

Incident report attached (PDF). Police attended.

Marcia Fenwick
Registered Manager, Connection Support - South Oxfordshire""",
    f={"PROVIDER": "Connection Support", "PROPERTY": "CON-SOX-01", "NAME": "Reece HARGREAVES", "DATE_OF_BIRTH": "29/01/2006",
       "LCS_NUMBER": "N/A", "WORKER_NAME": "Anita Borkowski (PA)", "WORKER_EMAIL": "anita.borkowski@council.test",
       "WHEN": "Wed 2 Dec 2026, approx. half ten at night", "CATEGORY": "violence", "SEVERITY": "",
       "DESCRIPTION": "Reece and another resident argued in the communal lounge about money Reece says he is owed. Reece punched the other resident twice in the face. The other resident had a cut lip. Reece then left the building and returned at 01:20.",
       "ACTIONS": "Staff separated the residents and called police (999) at 22:35. First aid given to the other resident. Reece spoken to on return and given a written warning. Both young people's workers informed the next morning.",
       "POLICE_REFERENCE": "TVP URN 43260002611"},
    v={"NAME": "Reece HARGREAVES", "DATE_OF_BIRTH": "2006-01-29", "WHEN": "2026-12-02T22:30", "CATEGORY": "violence",
       "PROVIDER": "Connection Support", "PROPERTY": "CON-SOX-01", "WORKER_EMAIL": "anita.borkowski@council.test"})

add(id="w19-inc-06", form="safeguarding-incident", expect="routed", missing=None, layout="pdf", style="inc_numbered",
    name="w19-inc-06-incident-A2D-OXC-01", provider_logo="A2 DOMINION - Young People's Services",
    frm="yvonne.castellano@a2dominion.provider.test",
    subject="CRITICAL INCIDENT - hospital admission - A2D-OXC-01",
    cover="""URGENT - please see attached. Young person admitted to the JR following a suspected overdose. PA informed by phone at 02:10.

Yvonne Castellano
Registered Manager, A2 Dominion""",
    f={"PROVIDER": "A2 Dominion", "PROPERTY": "A2D-OXC-01", "NAME": "Jade PEMBERTON", "DATE_OF_BIRTH": "11/12/2005",
       "LCS_NUMBER": "3899014", "WORKER_NAME": "Craig Whitelaw, Leaving Care PA", "WORKER_EMAIL": "craig.whitelaw@council.test",
       "WHEN": "04/12/2026 01:05", "CATEGORY": "hospital admission", "SEVERITY": "critical",
       "DESCRIPTION": "Night staff found Jade unresponsive in her room during a welfare check at 01:05. Empty paracetamol and sertraline packets found. She was breathing. Ambulance arrived at 01:20 and she was taken to hospital, where she was admitted.",
       "ACTIONS": "999 called, recovery position, staff stayed with her until paramedics arrived. Staff member went with her in the ambulance. PA and out-of-hours informed. Room secured. Hospital confirmed at 06:30 that she is stable on a ward.",
       "POLICE_REFERENCE": "N/A"},
    v={"NAME": "Jade PEMBERTON", "DATE_OF_BIRTH": "2005-12-11", "WHEN": "2026-12-04T01:05", "CATEGORY": "hospital admission",
       "SEVERITY": "critical", "PROVIDER": "A2 Dominion", "PROPERTY": "A2D-OXC-01", "WORKER_EMAIL": "craig.whitelaw@council.test"})

add(id="w19-inc-07", form="safeguarding-incident", expect="routed", missing=None, layout="body", style="inc_body_above",
    frm="derek.holloway@sanctuary.provider.test",
    subject="Safeguarding incident report - SAN-CHE-01 - police attended",
    f={"PROVIDER": "Sanctuary Housing", "PROPERTY": "SAN-CHE-01", "NAME": "Owen MCALLISTER", "DATE_OF_BIRTH": "2nd April 2005",
       "LCS_NUMBER": "not known", "WORKER_NAME": "Not allocated - closed to leaving care", "WORKER_EMAIL": "N/A",
       "WHEN": "1st December 2026 at 10:30 hrs", "CATEGORY": "Police involvement", "SEVERITY": "LOW",
       "DESCRIPTION": "Two officers attended the property with a warrant to search Owen's room in connection with a shoplifting enquiry in Banbury town centre. Owen was present and co-operated. Nothing was removed. Owen was not arrested and was told he will be invited to a voluntary interview.",
       "ACTIONS": "Manager stayed with Owen during the search at his request. Owen offered support to contact a solicitor. Incident logged. No other residents affected.",
       "POLICE_REFERENCE": "Warrant ref 43260001880"},
    pre="Good afternoon,\n\nIncident report below as we don't have the form in Word at the moment.\n",
    post="\nDerek Holloway\nRegistered Manager, Sanctuary Housing - Cherwell\n01295 555 433",
    v={"NAME": "Owen MCALLISTER", "DATE_OF_BIRTH": "2005-04-02", "WHEN": "2026-12-01T10:30", "CATEGORY": "police involvement",
       "SEVERITY": "low", "PROVIDER": "Sanctuary Housing", "PROPERTY": "SAN-CHE-01"})

add(id="w19-inc-08", form="safeguarding-incident", expect="routed", missing=None, layout="body", style="inc_body_colon",
    frm="nathan.brightmore@response.provider.test",
    subject="Incident - RSP-SOX-01 - fire alarm / cannabis",
    f={"PROVIDER": "Response", "PROPERTY": "RSP-SOX-01", "NAME": "Connor BLAKE", "DATE_OF_BIRTH": "19/09/2008",
       "LCS_NUMBER": "4480113", "WORKER_NAME": "Emma Kirkbride", "WORKER_EMAIL": "emma.kirkbride@council.test",
       "WHEN": "29/11/2026 23:50", "CATEGORY": "Other - fire alarm activation (smoking in room)", "SEVERITY": "Low",
       "DESCRIPTION": "Fire alarm activated from Connor's room. Strong smell of cannabis. Connor had covered the smoke detector with a sock, which had slipped. Building evacuated for 20 minutes; fire service attended and left after a check. No damage, nobody hurt.",
       "ACTIONS": "Building evacuated, fire service attended, detector checked and reset. Connor given a warning under his licence agreement and reminded of the fire safety rules. Referral to drug service discussed and agreed.",
       "POLICE_REFERENCE": "N/A"},
    pre="Hi all\n\nLow-level incident for info, form details below.\n",
    post="\nNathan Brightmore\nTeam Leader (on behalf of the Registered Manager)\nResponse - South Oxfordshire",
    v={"NAME": "Connor BLAKE", "DATE_OF_BIRTH": "2008-09-19", "WHEN": "2026-11-29T23:50", "CATEGORY": "other", "SEVERITY": "low",
       "PROVIDER": "Response", "PROPERTY": "RSP-SOX-01", "WORKER_EMAIL": "emma.kirkbride@council.test"})
