from gen_lib import *

FORMS = []
CATS = ["Missing", "Exploitation", "Self-harm", "Violence", "Allegation against staff", "Police involvement",
        "Hospital admission", "Other"]
SEVS = ["Low", "Medium", "High", "Critical"]
SG_TITLE = "SAFEGUARDING INCIDENT REPORT"

# ---------------------------------------------------------------- sg-01 docx two-col, Response, missing, high
s = [
    ("Section A - Provider / property", [
        ("Provider", "Response"),
        ("Property ref", "RSP-OXC-01"),
    ]),
    ("Section B - Young person", [
        ("YP name", "Keeley Barraclough"),
        ("DOB", "12/10/2006"),
        ("LCS no.", "LCS 2011843"),
        ("SW / Leaving Care PA", "Rachel Oddy (PA)"),
        ("SW / PA email", "rachel.oddy@council.test"),
    ]),
    ("Section C - Incident", [
        ("Date of incident", "02/12/2026"),
        ("Time", "2215"),
        ("Category [tick all that apply]", cb(CATS, "Missing")),
        ("Severity", cb(SEVS, "High")),
        ("What happened", "Keeley left the property at about 1830 saying she was going to the shop. She did not return for her 2200 curfew and her phone was going straight to voicemail. Staff checked her usual places (friend's flat on Cowley Rd, the park) - not found. Reported missing to police at 2215. She has a history of going missing with an older male known to police. She returned at 0340 on 03/12, dropped off by a car staff did not recognise. She was tearful and would not say where she had been."),
        ("Immediate actions taken", "Missing person report to police 2215 (ref below). On-call manager informed 2220. PA emailed 2230. On return: welfare check by on-call staff, offered food/shower, police informed of return 0350, return home interview requested. Car partial reg passed to police."),
        ("Police reference", "43260512877"),
    ]),
    ("Completed by / Date completed", [
        ("Completed by", "Tom Hinchliffe, Night Support Worker"),
        ("Date completed", "03-12-2026 0415"),
        ("Manager reviewed", "Helen Marriott 03/12/26"),
    ]),
]
FORMS.append(dict(
    id="w15-sg-01", form="safeguarding-incident", expect="routed", missing=None,
    frm="tom.hinchliffe@response.provider.test",
    subject="Safeguarding incident - RSP-OXC-01 - YP missing 02/12 - HIGH",
    layout="docx", docname="w15-sg-01_SIR_RSP-OXC-01",
    html=html_two_col(SG_TITLE, "[Response logo]  RESPONSE  -  Young People's Supported Accommodation", s,
                      "Response | SIR form v5 | Send to Brokerage, Quality & Contracts and SW/PA within 24 hrs | OFFICIAL-SENSITIVE"),
    body="Please see attached incident report from last night - Keeley was missing 1830 to 0340. Police ref is on the form.\n\nTom Hinchliffe\nNight Support Worker, Response\n",
    values=dict(PROVIDER="Response", PROPERTY="RSP-OXC-01", NAME="Keeley Barraclough", DATE_OF_BIRTH="2006-10-12",
                WORKER_NAME="Rachel Oddy", WORKER_EMAIL="rachel.oddy@council.test", WHEN="2026-12-02T22:15",
                INCIDENT_DATE="2026-12-02", CATEGORY="missing", SEVERITY="high", POLICE_REFERENCE="43260512877"),
))

# ---------------------------------------------------------------- sg-02 docx boxes, Oxfordshire Youth, self-harm, medium
s = [
    ("SECTION A - WHERE", [
        ("Provider", "Oxfordshire Youth"),
        ("Property", "OXY-WOX-01"),
    ]),
    ("SECTION B - WHO", [
        ("Young person", "Nathan Eccles"),
        ("Date of birth", "03/08/2005"),
        ("LCS number", "not known / not open"),
        ("Social worker or PA", "None allocated"),
        ("Email", "n/a"),
    ]),
    ("SECTION C - WHAT HAPPENED", [
        ("Incident date & time", "30/11/26 at 1940"),
        ("Severity", cb(SEVS, "Medium")),
        ("!Type of incident", cb(CATS, "Self-harm")),
        ("!Description", "Another resident told staff that Nathan had cut his forearm in the bathroom. Staff knocked and Nathan let them in. He had 3 superficial cuts to his left forearm, not bleeding heavily. He said he had had a bad phone call with his mum and 'just needed to'. He did not want to go to A&E."),
        ("!Immediate action taken", "First aid by trained staff member (cleaned and dressed). Nathan assessed as not needing hospital - NHS 111 called for advice 2000, advice followed. Sharps removed with his agreement. Safety plan reviewed, extra check-ins overnight (2200, 0000, 0200). GP appointment booked 01/12. Mind/Samaritans numbers given."),
        ("Police ref. [if any]", "N/A - police not involved"),
    ]),
    ("Completed by / Date completed", [
        ("Completed by", "Priya Chauhan, Support Worker"),
        ("Date completed", "01/12/2026"),
    ]),
]
FORMS.append(dict(
    id="w15-sg-02", form="safeguarding-incident", expect="routed", missing=None,
    frm="priya.chauhan@oxyouth.provider.test",
    subject="Incident report - OXY-WOX-01 - self harm 30/11",
    layout="docx", docname="w15-sg-02_incident_OXY-WOX-01",
    html=html_boxes("Safeguarding Incident Form", "[Oxfordshire Youth logo]  Oxfordshire Youth  |  Supported Accommodation & Lodgings", s,
                    "Oxfordshire Youth | Incident form SI-2 | Copy to Brokerage + Quality & Contracts", per_row=2),
    body="Hi,\n\nIncident form attached for Nathan at OXY-WOX-01 (self-harm Monday evening). He's OK today and has seen the GP.\n\nPriya Chauhan\nSupport Worker, Oxfordshire Youth\n",
    values=dict(PROVIDER="Oxfordshire Youth", PROPERTY="OXY-WOX-01", NAME="Nathan Eccles", DATE_OF_BIRTH="2005-08-03",
                WHEN="2026-11-30T19:40", INCIDENT_DATE="2026-11-30", CATEGORY="self-harm", SEVERITY="medium"),
))

# ---------------------------------------------------------------- sg-03 body colon, Key2, police involvement, low
s = [
    ("SECTION A", [
        ("Provider", "Key2 Futures"),
        ("Property", "K2F-CHE-01"),
        ("YP", "Jamal Whitaker"),
        ("DOB", "27/02/2004"),
        ("LCS", "LCS 0988412"),
        ("SW/PA", "Deborah Firth (PA) - deborah.firth@council.test"),
    ]),
    ("SECTION B", [
        ("Date/time of incident", "03/12/26 0130"),
        ("Category", "POLICE INVOLVEMENT"),
        ("Severity", "LOW"),
        ("Description", "Police attended the property at 0130 following a noise complaint from a neighbour (music and shouting). Jamal had 2 friends round. Officers spoke to all three, gave words of advice and left at 0150. No arrests, NFA. No injuries, no damage."),
        ("Immediate actions", "On-call worker attended 0200, friends asked to leave (left 0210). Jamal reminded of licence conditions re visitors after 2300. Apology note to neighbour agreed. Warning letter to follow at key work session 04/12."),
        ("Police ref", "CAD 0087 03/12/26"),
    ]),
]
FORMS.append(dict(
    id="w15-sg-03", form="safeguarding-incident", expect="routed", missing=None,
    frm="mark.stead@key2.provider.test",
    subject="Incident - K2F-CHE-01 - police attended (low)",
    layout="body",
    body=body_colon("Key2 Futures - Safeguarding Incident Report", s,
                    top="FYI - low level incident overnight at K2F-CHE-01, report typed below.",
                    bottom="Completed by: Mark Stead, On-call Worker\nDate completed: 03-12-2026 0930"),
    values=dict(PROVIDER="Key2 Futures", PROPERTY="K2F-CHE-01", NAME="Jamal Whitaker", DATE_OF_BIRTH="2004-02-27",
                WORKER_NAME="Deborah Firth", WORKER_EMAIL="deborah.firth@council.test", WHEN="2026-12-03T01:30",
                INCIDENT_DATE="2026-12-03", CATEGORY="police involvement", SEVERITY="low",
                POLICE_REFERENCE="CAD 0087 03/12/26"),
))

# ---------------------------------------------------------------- sg-04 pdf four-col, Stonewater, violence, high
s = [
    ("Section A - Provider", [
        ("Provider", "Stonewater"),
        ("Property", "STW-VWH-02"),
    ]),
    ("Section B - Young person", [
        ("Name", "Courtney Haigh"),
        ("DOB", "09-12-2003"),
        ("LCS No", "LCS 0741186"),
        ("PA / SW", "Simon Akroyd"),
        ("!PA / SW email", "simon.akroyd@council.test"),
    ]),
    ("Section C - Incident", [
        ("Date", "01/12/2026"),
        ("Time", "1645"),
        ("!Category", cb(CATS, "Violence")),
        ("!Severity", cb(SEVS, "High")),
        ("!What happened", "Courtney's ex-boyfriend (Ricky Dawson) forced his way into her flat when she opened the door to a delivery. He pushed her against the wall and slapped her, and smashed her phone. Another resident heard shouting and called 999. Dawson left before police arrived. Courtney has a cut lip and bruising to her upper arm."),
        ("!Immediate actions", "999 call (resident) 1650, police attended 1710. Staff attended 1700, first aid given, Courtney declined ambulance. Locks changed 02/12. DASH completed (14) - referral to IDVA. PA informed by phone 1730. Manager notified. Property flagged for police response."),
        ("Police reference", "TVP 43261201-0932"),
        ("", ""),
    ]),
    ("Completed by / Date completed", [
        ("Completed by", "Sharon Iqbal, Support Worker"),
        ("Date completed", "01.12.26"),
    ]),
]
s[2] = (s[2][0], [x for x in s[2][1] if x[0]])
FORMS.append(dict(
    id="w15-sg-04", form="safeguarding-incident", expect="routed", missing=None,
    frm="sharon.iqbal@stonewater.provider.test",
    subject="HIGH - safeguarding incident STW-VWH-02 01/12/26",
    layout="pdf", docname="w15-sg-04_Stonewater_incident",
    html=html_four_col("Safeguarding Incident Notification", "[Stonewater logo]  Stonewater  -  Young People's Services", s,
                       "Stonewater | YPS Safeguarding Incident Notification | Retain for 6 years"),
    body="Good afternoon\n\nPlease find attached a safeguarding incident notification (high) for Courtney at STW-VWH-02. Police have been involved and a DASH has been done.\n\nSharon Iqbal\nSupport Worker, Stonewater\n",
    values=dict(PROVIDER="Stonewater", PROPERTY="STW-VWH-02", NAME="Courtney Haigh", DATE_OF_BIRTH="2003-12-09",
                WORKER_NAME="Simon Akroyd", WORKER_EMAIL="simon.akroyd@council.test", WHEN="2026-12-01T16:45",
                INCIDENT_DATE="2026-12-01", CATEGORY="violence", SEVERITY="high", POLICE_REFERENCE="TVP 43261201-0932"),
))

# ---------------------------------------------------------------- sg-05 docx numbered Y/N, Sanctuary, hospital admission, critical
s = [
    ("Section A - Details", [
        ("Provider", "Sanctuary Housing"),
        ("Property code", "SAN-CHE-01"),
        ("Young person's name", "Demi Holt"),
        ("Date of birth", "21/05/2007"),
        ("LCS number", "LCS 2390071"),
        ("Social worker / PA name", "Kerry Mellor (SW for baby) / no PA"),
        ("Social worker / PA email", "kerry.mellor@council.test"),
    ]),
    ("Section B - Incident", [
        ("Date and time of incident", "03/12/2026, 0605"),
        ("Incident category", cb(CATS, "Hospital admission")),
        ("Severity level", cb(SEVS, "Critical")),
        ("Description of incident", "Staff on the early shift found Demi unresponsive in her flat at 0605 when her baby (5 months) had been crying for a long time and a neighbour called the office. Empty packets of prescribed medication found. Ambulance called. Demi was admitted to Banbury General, now stable on a ward. Baby was unharmed - fed and changed by staff until the SW arrived."),
        ("Immediate actions taken", "999 at 0607, CPR not needed (breathing), recovery position. Paramedics on scene 0619. Baby cared for by two staff members; EDT informed 0630, baby placed with maternal grandmother by EDT under a safety plan at 0900. Manager and SW informed. Medication to be held by staff on Demi's return."),
        ("Were police involved?", ynx(True, "Attended with ambulance - welfare only")),
        ("Police reference", "43261203-0211"),
    ]),
    ("Completed by / Date completed", [
        ("Completed by", "Angela Pickles, Scheme Manager"),
        ("Date completed", "03/12/2026 1130"),
    ]),
]
FORMS.append(dict(
    id="w15-sg-05", form="safeguarding-incident", expect="routed", missing=None,
    frm="angela.pickles@sanctuary.provider.test",
    subject="CRITICAL safeguarding incident - SAN-CHE-01 - hospital admission",
    layout="docx", docname="w15-sg-05_SAN-CHE-01_critical",
    html=html_numbered_yn(SG_TITLE, "[Sanctuary logo]  Sanctuary Housing  |  Young Parents Scheme", s,
                          "Sanctuary Housing | Supported Housing Incident Report SH-IR-4 | Notify commissioner within 24 hours"),
    body="Brokerage / Q&C,\n\nCritical incident this morning at SAN-CHE-01 - form attached. Demi is stable in hospital, baby is safe with grandmother under an EDT plan.\n\nAngela Pickles\nScheme Manager, Sanctuary Housing\n",
    values=dict(PROVIDER="Sanctuary Housing", PROPERTY="SAN-CHE-01", NAME="Demi Holt", DATE_OF_BIRTH="2007-05-21",
                WORKER_NAME="Kerry Mellor", WORKER_EMAIL="kerry.mellor@council.test", WHEN="2026-12-03T06:05",
                INCIDENT_DATE="2026-12-03", CATEGORY="hospital admission", SEVERITY="critical",
                POLICE_REFERENCE="43261203-0211"),
))

# ---------------------------------------------------------------- sg-06 docx two-col, Connection, exploitation, INVALID: severity not ticked
s = [
    ("SECTION A - PROVIDER AND PROPERTY", [
        ("Provider", "Connection Support"),
        ("Property", "CON-OOC-01"),
    ]),
    ("SECTION B - YOUNG PERSON", [
        ("Name", "Tariq Nolan"),
        ("DOB", "02/02/2006"),
        ("LCS", "LCS 1877020"),
        ("SW/PA name", "Andrew Shaw (PA)"),
        ("SW/PA email", "andrew.shaw@council.test"),
    ]),
    ("SECTION C - INCIDENT", [
        ("Date & time", "01/12/26 2100"),
        ("Category", cb(CATS, "Exploitation")),
        ("Severity [tick one]", cb(SEVS, [])),
        ("Description", "Tariq told his support worker that a man he owes money to ('Deano') has been staying at his flat 'a few nights a week' and keeping bags there. Staff visiting at 2100 found two adult males in the flat who left quickly. Strong smell of cannabis, 4 mobile phones on the side. Tariq appeared frightened and said he cannot tell them to leave."),
        ("Immediate actions", "Staff left safely and called 101 (cuckooing concern) - ref below. Manager informed 2130. Partnership intel form submitted 02/12. PA emailed. Safety plan discussed with Tariq by phone 02/12; he has agreed to daily check-in calls. Visits now double-staffed."),
        ("Police ref", "101 log 1203 of 01/12/26"),
    ]),
    ("Completed by / Date completed", [
        ("Completed by", "Zoe Hargreaves, Floating Support Worker"),
        ("Date completed", "02/12/2026"),
    ]),
]
FORMS.append(dict(
    id="w15-sg-06", form="safeguarding-incident", expect="rejected", missing="SEVERITY",
    frm="zoe.hargreaves@connection.provider.test",
    subject="Safeguarding incident report - CON-OOC-01 - cuckooing concern",
    layout="docx", docname="w15-sg-06_CON-OOC-01_incident",
    html=html_two_col(SG_TITLE, "[Connection Support logo]  Connection Support", s,
                      "Connection Support | Incident & Safeguarding Report CS-SG-1 | OFFICIAL-SENSITIVE"),
    body="Hi both,\n\nIncident report attached re Tariq at CON-OOC-01 - we think his flat is being cuckooed. Police informed via 101.\n\nZoe Hargreaves\nFloating Support Worker\n",
    values=dict(PROVIDER="Connection Support", PROPERTY="CON-OOC-01", NAME="Tariq Nolan", WHEN="2026-12-01T21:00",
                CATEGORY="exploitation", WORKER_EMAIL="andrew.shaw@council.test"),
))

# ---------------------------------------------------------------- sg-07 body label-above, A2 Dominion, allegation against staff
s = [
    ("", [
        ("Provider", "A2 Dominion"),
        ("Property", "A2D-OXC-01"),
        ("Young person's name", "Hollie Greenwood"),
        ("Date of birth", "30/07/2005"),
        ("LCS number", "LCS 1560032"),
        ("Social worker / Leaving Care PA", "Michaela Barker, Leaving Care PA"),
        ("SW / PA email", "michaela.barker@council.test"),
        ("Date and time of incident", "Sat 28th Nov 2026, approx. 1500"),
        ("Category", "Allegation against staff"),
        ("Severity", "Medium"),
        ("What happened", "Hollie told her PA on 02/12 that a male relief support worker was 'rude and aggressive' to her during a room check on 28/11 at about 1500 and grabbed her arm when she tried to close the door. Hollie was not injured. The PA passed the allegation to the scheme manager on 02/12 at 1610."),
        ("Immediate actions taken", "Relief worker removed from the rota pending investigation (02/12). LADO consulted 03/12 - advised internal investigation, LADO ref on file. Hollie offered a meeting with the service manager and a female key worker. Statements being taken. No police involvement at this stage (Hollie does not wish to report)."),
        ("Police reference", "None"),
    ]),
]
FORMS.append(dict(
    id="w15-sg-07", form="safeguarding-incident", expect="routed", missing=None,
    frm="rebecca.crowther@a2dominion.provider.test",
    subject="Safeguarding - allegation against staff - A2D-OXC-01",
    layout="body",
    body=body_above("SAFEGUARDING INCIDENT REPORT", s,
                    top="Dear colleagues,\n\nPlease note the below, reported to us by Hollie's PA on Wednesday. LADO has been consulted.",
                    bottom="Completed by: Rebecca Crowther, Scheme Manager, A2 Dominion\nDate completed: 03/12/26"),
    values=dict(PROVIDER="A2 Dominion", PROPERTY="A2D-OXC-01", NAME="Hollie Greenwood", DATE_OF_BIRTH="2005-07-30",
                WORKER_NAME="Michaela Barker", WORKER_EMAIL="michaela.barker@council.test", WHEN="2026-11-28T15:00",
                INCIDENT_DATE="2026-11-28", CATEGORY="allegation against staff", SEVERITY="medium"),
))

# ---------------------------------------------------------------- sg-08 pdf boxes x3, Key2, other, low
s = [
    ("SECTION A", [
        ("Provider", "Key2 Futures"),
        ("Property code", "K2F-OXC-01"),
        ("Young person", "Ashton Pye"),
        ("DOB", "14/11/2006"),
        ("LCS", "N/K"),
        ("SW/PA", "Faye Ramsbottom"),
        ("SW/PA email", "faye.ramsbottom@council.test"),
        ("Date of incident", "03-12-2026"),
        ("Time", "2350"),
    ]),
    ("SECTION B", [
        ("!Category", cb(CATS, "Other")),
        ("!Severity", cb(SEVS, "Low")),
        ("!Description", "Fire alarm activated at 2350. Ashton admitted he had been smoking cannabis in his room and had covered the smoke detector with a sock, which then fell off. No fire. Fire service attended (automatic call) and stood down at 0010. Other residents evacuated for 15 mins."),
        ("!Immediate actions", "Evacuation, roll call (all present). Smoke detector checked and re-tested. Ashton given a written warning re tampering with fire equipment and drug use on site. Fire safety key work session booked 07/12."),
        ("Police ref", "none"),
    ]),
]
FORMS.append(dict(
    id="w15-sg-08", form="safeguarding-incident", expect="routed", missing=None,
    frm="josh.bamforth@key2.provider.test",
    subject="Incident report (low) K2F-OXC-01 - fire alarm tampering",
    layout="pdf", docname="w15-sg-08_K2F-OXC-01_IR",
    html=html_boxes("INCIDENT REPORT - SAFEGUARDING", "[Key2 Futures logo]  Key2 Futures", s,
                    "Key2 Futures | IR-03 | Completed by: Josh Bamforth, Night Concierge/Support | Date completed: 04/12/26", per_row=3),
    body="Morning,\n\nLow level incident from last night attached. No injuries.\n\nJosh Bamforth\nKey2 Futures\n",
    values=dict(PROVIDER="Key2 Futures", PROPERTY="K2F-OXC-01", NAME="Ashton Pye", DATE_OF_BIRTH="2006-11-14",
                WORKER_NAME="Faye Ramsbottom", WORKER_EMAIL="faye.ramsbottom@council.test", WHEN="2026-12-03T23:50",
                INCIDENT_DATE="2026-12-03", CATEGORY="other", SEVERITY="low"),
))

# ================================================================ Intelligence submissions
INT_TITLE = "PARTNERSHIP AGENCY INTELLIGENCE SHARING SUBMISSION"

# ---------------------------------------------------------------- intel-01 body colon, PRU DSL
s = [
    ("SECTION A - SUBMITTING AGENCY", [
        ("Agency", "Harrowdene Pupil Referral Unit"),
        ("Name", "Michelle Oldroyd"),
        ("Role", "Designated Safeguarding Lead (DSL)"),
        ("Email", "m.oldroyd@harrowdene-pru.sch.test"),
        ("Tel", "01632 960 880 ext 204"),
    ]),
    ("SECTION B - INFORMATION", [
        ("Date/time of info", "02/12/26 1520"),
        ("Location", "Bus stop outside Harrowdene PRU, Canal Street, Calderbridge"),
        ("Persons involved", "Mason KERFOOT, DOB 19/02/2010, white male, slim, grey North Face coat (pupil). Unknown male driver approx 20-25, white, short dark hair, cap."),
        ("Vehicles", "Silver Audi A3 hatchback, partial VRM CB19 X?T, tinted rear windows"),
        ("Information", "For the third time in two weeks Mason (16) has been seen by staff getting into the same silver Audi at the end of the school day. Today he handed the driver a carrier bag before getting in. Mason has new trainers and two phones and has been falling asleep in lessons. When asked he said the driver is 'a mate's cousin'. School is concerned this may be CCE/county lines."),
        ("Source & grading", "Staff direct observation (2 x staff). Not graded."),
        ("Handling code", "P - may be shared with partners for safeguarding"),
    ]),
]
FORMS.append(dict(
    id="w15-intel-01", form="intelligence-submission", expect="routed", missing=None,
    frm="m.oldroyd@harrowdene-pru.sch.test",
    subject="Partnership intelligence submission - possible CCE - pupil 16",
    layout="body",
    body=body_colon(INT_TITLE, s,
                    top="Please find intelligence below. Not an emergency - no police attendance needed. A MASH referral has also been made for this young person.",
                    bottom="Completed by: M Oldroyd, DSL\nDate completed: 03-12-2026"),
    values=dict(AGENCY="Harrowdene Pupil Referral Unit", WORKER="Michelle Oldroyd", ROLE="Designated Safeguarding Lead (DSL)",
                EMAIL="m.oldroyd@harrowdene-pru.sch.test", WHEN="2026-12-02T15:20"),
))

# ---------------------------------------------------------------- intel-02 docx two-col, women's aid outreach - cuckooing
s = [
    ("Section A - Who is submitting", [
        ("Submitting agency", "Calder Women's Aid (community outreach)"),
        ("Worker name", "Natasha Kenworthy"),
        ("Role", "IDVA / Outreach Worker"),
        ("Email", "n.kenworthy@calderwomensaid.org.test"),
        ("Phone", "01632 960 702"),
    ]),
    ("Section B - The information", [
        ("Date & time of information", "01/12/2026 - 1100 (home visit)"),
        ("Location", "Flat 9, Beckside House, Lower Mill Road, Calderbridge CB2 5PD"),
        ("Persons involved [name, DOB, description]", "1) Client (adult female, details held by CWA - not a suspect). 2) 'Jay' - no surname, black male approx 19, slim, Manchester accent. 3) Unknown white male approx 16-17, small build, school-style black coat."),
        ("Vehicles", "None seen"),
        ("Information", "During a home visit our client (a DA victim with learning needs) said that 'Jay' and a younger lad have been staying at her flat for about a week and that 'people keep knocking at all hours'. Worker saw digital scales and small bags on the kitchen side. Client said she can't make them leave and they gave her £50 'for the electric'. Worker believes the flat is being cuckooed and that the younger male may be under 18."),
        ("Source & grading", "Worker observation + client account. Grading: not graded by us."),
        ("Handling code", "Handling code 3 - do not disclose source to client or third parties"),
    ]),
    ("Completed by / Date completed", [
        ("Completed by", "N Kenworthy"),
        ("Date completed", "02-12-2026"),
    ]),
]
FORMS.append(dict(
    id="w15-intel-02", form="intelligence-submission", expect="routed", missing=None,
    frm="n.kenworthy@calderwomensaid.org.test",
    subject="Intel submission - suspected cuckooing - Beckside House",
    layout="docx", docname="w15-intel-02_CWA_intel_Beckside",
    html=html_two_col(INT_TITLE, "[Calder Women's Aid logo]  Calder Women's Aid", s,
                      "Calder Women's Aid | Not for crimes in progress - call 999 | Intel form v2"),
    body="Hello,\n\nPlease find attached a partnership intelligence submission about a suspected cuckooed address. Our client is not in immediate danger - she is supported by our outreach team.\n\nNatasha Kenworthy\nIDVA / Outreach Worker, Calder Women's Aid\n",
    values=dict(AGENCY="Calder Women's Aid (community outreach)", WORKER="Natasha Kenworthy", ROLE="IDVA / Outreach Worker",
                EMAIL="n.kenworthy@calderwomensaid.org.test", WHEN="2026-12-01T11:00"),
))

# ---------------------------------------------------------------- intel-03 docx four-col, county police child exploitation team
s = [
    ("Section A - Submitting agency", [
        ("Agency", "Northshire Police - Child Exploitation Team (CET)"),
        ("Officer / worker", "DC Gareth Illingworth 4471"),
        ("Role", "Detective Constable, CET"),
        ("Email", "gareth.illingworth@northshire.police.test"),
        ("Phone", "01632 960 955"),
        ("Date/time", "28/11/2026 1630"),
    ]),
    ("Section B - Detail", [
        ("!Location", "Oxford City - area around Cowley Road and Temple Street; linked to Calderbridge (Northshire) line"),
        ("!Persons", "Kyle BRENNAN, DOB 05/03/2001, white male, 6ft, shaved head, tattoo left hand ('KB'). Two young persons (ages 15-17) believed to be runners, names not yet known."),
        ("!Vehicles", "Black VW Golf, VRM CB71 RHD (registered keeper Brennan's mother). Grey Toyota Yaris, partial VRM YX20."),
        ("!Information", "Northshire CET intelligence indicates that a county line run by Kyle Brennan (the 'KB line') has been sending under 18s from Calderbridge to Oxford City since October. Debriefs of two recovered missing children (Northshire) state that runners were told to 'stay at a supported house off Cowley Road' where a resident would let them in. We are sharing this so that YPSA providers in Oxford City can be alert to unknown young visitors. No immediate police response required."),
        ("Source / grading", "Source: debrief x2 + ANPR. Graded B / 2 (3x5x2)."),
        ("Handling code", "Handling code P - share with YPSA providers for safeguarding only"),
    ]),
    ("Completed by / Date completed", [
        ("Completed by", "DC G Illingworth"),
        ("Date completed", "03/12/26"),
    ]),
]
FORMS.append(dict(
    id="w15-intel-03", form="intelligence-submission", expect="routed", missing=None,
    frm="gareth.illingworth@northshire.police.test",
    subject="Intelligence sharing submission - county line into Oxford City (CCE)",
    layout="docx", docname="w15-intel-03_Northshire_CET_intel",
    html=html_four_col(INT_TITLE, "[Northshire Police crest]  NORTHSHIRE POLICE  -  Public Protection  |  Child Exploitation Team", s,
                       "OFFICIAL-SENSITIVE | Northshire Police CET | Handle in accordance with the handling code shown"),
    body="Colleagues,\n\nPlease see attached partnership intel submission regarding a county line between Northshire and Oxford City. This is for awareness - no immediate response required.\n\nDC Gareth Illingworth 4471\nChild Exploitation Team, Northshire Police\n",
    values=dict(AGENCY="Northshire Police - Child Exploitation Team (CET)", WORKER="DC Gareth Illingworth 4471",
                ROLE="Detective Constable, CET", EMAIL="gareth.illingworth@northshire.police.test", WHEN="2026-11-28T16:30"),
))

# ---------------------------------------------------------------- intel-04 pdf boxes, supported lodgings provider
s = [
    ("SECTION A - SUBMITTING AGENCY / WORKER", [
        ("Agency", "Oxfordshire Youth - Supported Lodgings"),
        ("Worker", "Gail Haworth"),
        ("Role", "Supported Lodgings Coordinator"),
        ("Email", "gail.haworth@oxyouth.provider.test"),
        ("Phone", "07700 900 688"),
        ("Date & time of info", "29/11/26 approx 2130"),
    ]),
    ("SECTION B - INFORMATION", [
        ("!Location", "Outside host's address (host details held by Oxfordshire Youth) - Witney area, street name available on request"),
        ("!Persons involved", "Lodger: Ethan COCKCROFT, DOB 22/06/2009, white male, 5ft 8, ginger hair. Two unknown males approx 20s, one black, one white, both in dark tracksuits."),
        ("!Vehicles", "White Mercedes Sprinter-type van, no visible company name, partial VRM WR68"),
        ("!Information", "The host reports that on 3 evenings this week (24th, 27th and 29th Nov) two older males have waited in a van outside the house and Ethan (17) has gone out to them for 10-20 minutes. On 29/11 Ethan came back with a new phone and cash. Ethan will not talk about who they are. Host and coordinator are worried about possible CCE. Ethan's social worker is aware."),
        ("Source and grading", "Host (supported lodgings carer) - direct observation"),
        ("Handling code", "2 - share with partners, not with the subject"),
    ]),
    ("Completed by / Date completed", [
        ("Completed by", "Gail Haworth"),
        ("Date completed", "30/11/2026"),
    ]),
]
FORMS.append(dict(
    id="w15-intel-04", form="intelligence-submission", expect="routed", missing=None,
    frm="gail.haworth@oxyouth.provider.test",
    subject="Partnership intel - supported lodgings - older males outside host address",
    layout="pdf", docname="w15-intel-04_OXY_SL_intel",
    html=html_boxes("Partnership Agency Intelligence Sharing Submission", "[Oxfordshire Youth logo]  Oxfordshire Youth  |  Supported Lodgings Scheme", s,
                    "Oxfordshire Youth | Supported Lodgings | Do not use this form to report a crime in progress - dial 999", per_row=2),
    body="Hi,\n\nIntel form attached (PDF) re one of our supported lodgers. No immediate danger - host has been given advice.\n\nGail Haworth\nSupported Lodgings Coordinator\n",
    values=dict(AGENCY="Oxfordshire Youth - Supported Lodgings", WORKER="Gail Haworth", ROLE="Supported Lodgings Coordinator",
                EMAIL="gail.haworth@oxyouth.provider.test", WHEN="2026-11-29T21:30"),
))

# ---------------------------------------------------------------- intel-05 body numbered, early help hub shared box, INVALID: worker blank
s = [
    ("", [
        ("Submitting agency", "Early Help Hub, Calderbridge MBC"),
        ("Worker name", ""),
        ("Role", "Duty desk"),
        ("Contact email", "earlyhelp.hub@council.test"),
        ("Contact phone", "01632 960 200"),
        ("Date and time of information", "03/12/2026 1400"),
        ("Location", "Garages behind 40-60 Hebble Street, Calderbridge CB3 7JN"),
        ("Persons involved (name, DOB, description)", "Group of 4-5 males aged 14-18, none named. One described as 'Tank' - large build, white, approx 18."),
        ("Vehicles", "Red moped, no plates"),
        ("Information", "A parent calling the Early Help duty line reported that her 14 year old son has been hanging around the Hebble Street garages, where older boys are 'storing things' in an unlocked garage and paying younger ones to move bags on a moped. She has seen her son with cash he cannot explain. Parent does not want police to visit her home but is happy for information to be shared."),
        ("Source and grading", "Parent, by phone - second hand account. Not graded."),
        ("Handling code", "P"),
    ]),
]
FORMS.append(dict(
    id="w15-intel-05", form="intelligence-submission", expect="rejected", missing="WORKER",
    frm="earlyhelp.hub@council.test",
    subject="Partnership intelligence sharing submission - Hebble St garages",
    layout="body",
    body=body_numbered(INT_TITLE, s,
                       top="Please see intelligence below from the Early Help duty line. Not time critical.",
                       bottom="Completed by: EH Hub duty\nDate completed: 03/12/26\n\nEarly Help Hub | Calderbridge MBC"),
    values=dict(AGENCY="Early Help Hub, Calderbridge MBC", EMAIL="earlyhelp.hub@council.test", WHEN="2026-12-03T14:00"),
))

# ---------------------------------------------------------------- intel-06 docx numbered Y/N, 16+ team PA
s = [
    ("Section A - Submitting agency", [
        ("Submitting agency", "Calderbridge Council 16+ Team (Leaving Care)"),
        ("Worker name", "Imran Qureshi"),
        ("Role", "Personal Adviser"),
        ("Contact email", "imran.qureshi@council.test"),
        ("Contact phone", "07700 900 771"),
    ]),
    ("Section B - Information", [
        ("Date and time of the information", "02/12/26, 1015"),
        ("Location", "Discussed at PA's office; relates to 2 Mill Fold, Heywood Bridge"),
        ("Persons involved [name, DOB, description]", "Tiana OKONKWO-BLAKE, DOB 30/09/2008, care leaver (18). Adult male 'Marcus' - approx 31, mixed race, beard, drives a blue Ford Focus. Occupier of 2 Mill Fold."),
        ("Any vehicles?", ynx(True, "Blue Ford Focus estate, partial VRM CB66")),
        ("Information", "Tiana disclosed that the man she has been staying with at 2 Mill Fold ('Marcus') keeps her bank card and has asked her to 'be nice' to his friends to pay off what she owes him for rent and cannabis. She has seen other young women at the flat. A CSE strategy discussion has been requested and an emergency housing referral made, so she will not be returning there."),
        ("Source and grading", "Direct disclosure from young person to PA. Not graded."),
        ("Handling code", "Handling code 2 - do not share source with the subject"),
        ("Is a young person under 18 involved?", ynx(False, "Tiana is 18; other young women at the flat - ages unknown")),
    ]),
    ("Completed by / Date completed", [
        ("Completed by", "I Qureshi"),
        ("Date completed", "03/12/2026"),
    ]),
]
FORMS.append(dict(
    id="w15-intel-06", form="intelligence-submission", expect="routed", missing=None,
    frm="imran.qureshi@council.test",
    subject="Partnership Agency Intelligence Sharing Submission - Mill Fold address - CSE",
    layout="docx", docname="w15-intel-06_16P_intel_MillFold",
    html=html_numbered_yn(INT_TITLE, "[CALDERBRIDGE MBC crest]  Calderbridge Council  -  16+ Team", s,
                          "16+ Team | Partnership intel v1.1 | Do NOT use for crimes in progress (999) | OFFICIAL-SENSITIVE"),
    body="Hello,\n\nIntelligence submission attached regarding an address in Heywood Bridge (possible CSE). The young person is safe and an emergency accommodation referral has gone to Brokerage.\n\nImran Qureshi\nPersonal Adviser\n",
    values=dict(AGENCY="Calderbridge Council 16+ Team (Leaving Care)", WORKER="Imran Qureshi", ROLE="Personal Adviser",
                EMAIL="imran.qureshi@council.test", WHEN="2026-12-02T10:15"),
))

# ---------------------------------------------------------------- intel-07 pdf two-col, PRU DSL, suspicious property
s = [
    ("Section A - Submitting agency", [
        ("Agency", "Harrowdene Pupil Referral Unit"),
        ("Worker", "Andrew Pennington"),
        ("Role", "Deputy DSL / Pastoral Lead"),
        ("Email", "a.pennington@harrowdene-pru.sch.test"),
        ("Phone", "01632 960 880 ext 210"),
    ]),
    ("Section B - Information", [
        ("Date / time", "26/11/2026 - 0830 to 0900"),
        ("Location", "17 Spring Hall Lane, Calderbridge CB4 6RU (end terrace, green door)"),
        ("Persons", "Two pupils seen leaving the address before school: Liam FENTON DOB 03/04/2011 (15) and Kai ROTHERY DOB 18/10/2010 (16). Adult female at door, 40s, blonde."),
        ("Vehicles", "Several e-bikes and mopeds in front garden (at least 6), none with plates"),
        ("Information", "Staff driving in have noticed on several mornings that pupils come out of this address with new e-bikes. The front garden is full of bikes and boxes of new electrical goods (TVs, consoles) were seen through the window on 26/11. Pupils have said you can 'get a bike from Spring Hall if you do a few jobs'. Suspicious property - sharing in case linked to theft/exploitation. No police attendance needed."),
        ("Source and grading", "Staff observation and pupil comments - not graded"),
        ("Handling code", "P"),
    ]),
    ("Completed by / Date completed", [
        ("Completed by", "A PENNINGTON"),
        ("Date completed", "27/11/26"),
    ]),
]
FORMS.append(dict(
    id="w15-intel-07", form="intelligence-submission", expect="routed", missing=None,
    frm="a.pennington@harrowdene-pru.sch.test",
    subject="Intel sharing - suspicious property (bikes) - Spring Hall Lane",
    layout="pdf", docname="w15-intel-07_PRU_intel_SpringHall",
    html=html_two_col(INT_TITLE, "[Harrowdene PRU logo]  HARROWDENE PUPIL REFERRAL UNIT  -  Safeguarding", s,
                      "Harrowdene PRU | Safeguarding | Intel sharing form - not for emergencies, call 999"),
    body="Good afternoon,\n\nPlease find attached an intelligence sharing form (PDF) about a property near school. For information only.\n\nAndrew Pennington\nDeputy DSL, Harrowdene PRU\n",
    values=dict(AGENCY="Harrowdene Pupil Referral Unit", WORKER="Andrew Pennington", ROLE="Deputy DSL / Pastoral Lead",
                EMAIL="a.pennington@harrowdene-pru.sch.test", WHEN="2026-11-26T08:30"),
))

# ---------------------------------------------------------------- intel-08 body quick note, women's aid, PRESENT DANGER -> urgent
FORMS.append(dict(
    id="w15-intel-08", form="intelligence-submission", expect="urgent", missing=None,
    frm="b.quigley@calderwomensaid.org.test",
    subject="INTEL SUBMISSION - URGENT - girl being held at flat NOW",
    layout="body",
    body="""PARTNERSHIP AGENCY INTELLIGENCE SHARING SUBMISSION

Agency: Calder Women's Aid (refuge)
Worker: Bernadette Quigley
Role: Refuge Support Worker
Email: b.quigley@calderwomensaid.org.test
Phone: 01632 960 700 / 07700 900 590
Date/time of info: 04/12/2026 0850 - HAPPENING NOW
Location: Flat 14, Tenter Court, Calderbridge CB1 3WS
Persons: Chelsea ARMITAGE DOB 17/03/2009 (17) - daughter of a refuge resident. Adult male known as 'Dale', 30s, white, believed to be Chelsea's mum's ex-partner's brother.
Vehicles: not known
Information: Chelsea has just texted her mum (in refuge) from the bathroom of the flat saying Dale has locked the front door, taken her phone charger and keys, has a knife and is threatening to hurt her if she leaves. She says he hit her this morning. She is there right now and is terrified. Mum is with me in the office.
Source: Chelsea via text to mum, screenshots seen by me
Handling: P

Completed by: B Quigley   Date completed: 04-12-2026 0855

Sending this on the form as well as trying the police - please make sure someone sees it straight away.
""",
    values=dict(AGENCY="Calder Women's Aid (refuge)", WORKER="Bernadette Quigley", ROLE="Refuge Support Worker",
                EMAIL="b.quigley@calderwomensaid.org.test", WHEN="2026-12-04T08:50"),
))
