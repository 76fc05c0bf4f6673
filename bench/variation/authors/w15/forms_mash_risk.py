from gen_lib import *

FORMS = []

# ================================================================ MASH referrals
MASH_TITLE = "MASH REFERRAL - 16/17 YEAR OLD HOMELESS OR THREATENED WITH HOMELESSNESS"

# ---------------------------------------------------------------- mash-01 body, PRU DSL, label: value
s = [
    ("SECTION A - YOUNG PERSON", [
        ("Name of YP", "Mason Kerfoot"),
        ("DOB", "19/02/2010"),
        ("Home address", "63 Wharf Street, Calderbridge CB1 4EW"),
        ("Parent/carer name and contact", "Mum - Donna Kerfoot, 07700 900 519 (prefers text)"),
        ("Known to social care (Y/N)", "N - EHA closed July 2025"),
    ]),
    ("SECTION B - HOUSING SITUATION", [
        ("Homeless or threatened with homelessness", "THREATENED - mum has told him to leave by Friday 11th Dec"),
        ("Mediation attempted (Y/N)", "N"),
        ("Date of mediation", "not yet - mediation service contacted 03/12, awaiting a date"),
        ("Outcome of mediation", "N/A"),
    ]),
    ("SECTION C - CONCERNS", [
        ("Welfare / safeguarding concerns", "Mason (16) attends Harrowdene PRU. He told his key worker on 3rd Dec that mum 'has had enough' after he was excluded from mainstream and that he has to be gone by next Friday. Mum confirmed this on the phone to the DSL at 1530 the same day. Mason has been seen getting into cars after school (shared with police via intel form). He has lost weight and is falling asleep in lessons. No disclosures of harm at home."),
    ]),
    ("SECTION D - REFERRING AGENCY", [
        ("Presenting agency", "Harrowdene Pupil Referral Unit"),
        ("Referrer", "Michelle Oldroyd, DSL"),
        ("Contact", "m.oldroyd@harrowdene-pru.sch.test / 01632 960 880 ext 204"),
    ]),
]
FORMS.append(dict(
    id="w15-mash-01", form="mash-referral", expect="routed", missing=None,
    frm="m.oldroyd@harrowdene-pru.sch.test",
    subject="MASH referral - pupil threatened with homelessness (16)",
    layout="body",
    body=body_colon("MASH referral - homeless / threatened 16-17 year old", s,
                    top="Dear MASH,\n\nPlease accept this referral for one of our pupils. I have spoken to mum and she is aware that school are referring.",
                    bottom="Completed by: Michelle Oldroyd (DSL)\nDate completed: 03/12/26, 1645\n\nMichelle Oldroyd\nDesignated Safeguarding Lead\nHarrowdene PRU"),
    values=dict(NAME="Mason Kerfoot", DATE_OF_BIRTH="2010-02-19", STATUS="threatened", MEDIATION="no",
                KNOWN="no", AGENCY="Harrowdene Pupil Referral Unit"),
))

# ---------------------------------------------------------------- mash-02 docx two-col, housing options 16/17
s = [
    ("Section A - Young person", [
        ("Name", "Aaliyah Bux"),
        ("Date of birth", "05/06/2009"),
        ("Address [last settled]", "22 Norwood Green Road, Calderbridge CB3 2FS (parents)"),
        ("Parent / guardian contact", "Father - Tariq Bux 07700 900 327. Mother - does not speak English, Urdu interpreter needed"),
    ]),
    ("Section B - Homelessness", [
        ("Status", cb(["Homeless tonight", "Threatened with homelessness"], "Homeless tonight")),
        ("Mediation attempted?", cb(["Y", "N"], "Y")),
        ("Date of mediation", "01-12-2026"),
        ("Outcome", "Mediation with father at Housing Options office 01/12 broke down after 20 mins. Father says Aaliyah has 'shamed the family' and will not have her back. She has stayed with a school friend 01/12-03/12; friend's mum says she must leave today."),
    ]),
    ("Section C - Concerns", [
        ("Welfare / safeguarding concerns", "Aaliyah (17) says her father hit her on 30/11 and took her phone. Possible honour based abuse - she says an uncle has mentioned 'sending her back home'. Not seen a GP. Attending Calder Vale College, A levels."),
        ("Known to social care?", cb(["Y", "N"], "Y")),
        ("If yes - who", "Open to Assessment Team - SW Ruth Appleyard (assessment started 02/12)"),
    ]),
    ("Section D - Presenting agency", [
        ("Presenting agency", "Calderbridge Council Housing Options - Youth Homelessness Prevention"),
        ("Officer", "Nadia Farooq, Youth Housing Options Officer"),
        ("Contact", "nadia.farooq@housing.council.test / 01632 960 441"),
    ]),
    ("Completed by / Date completed", [
        ("Completed by", "N. Farooq"),
        ("Date completed", "04/12/2026"),
    ]),
]
FORMS.append(dict(
    id="w15-mash-02", form="mash-referral", expect="routed", missing=None,
    frm="nadia.farooq@housing.council.test",
    subject="MASH referral 16/17 homeless - A Bux - joint assessment requested",
    layout="docx", docname="w15-mash-02_MASH_ABux",
    html=html_two_col(MASH_TITLE, "[logo] Calderbridge Council  |  Housing Options  |  Youth Homelessness Prevention", s,
                      "Housing Options  |  YHP-MASH-02  |  Joint assessment to be completed within 48 hours of referral"),
    body="MASH team,\n\nReferral attached for Aaliyah Bux (17) - homeless today, mediation has failed and there are possible HBA concerns. Requesting a joint assessment please.\n\nRegards\nNadia Farooq\nYouth Housing Options Officer\n",
    values=dict(NAME="Aaliyah Bux", DATE_OF_BIRTH="2009-06-05", STATUS="homeless", MEDIATION="yes",
                MEDIATION_DATE="2026-12-01", KNOWN="yes", AGENCY="Calderbridge Council Housing Options - Youth Homelessness Prevention"),
))

# ---------------------------------------------------------------- mash-03 docx boxes, early help hub, INVALID: STATUS not ticked
s = [
    ("SECTION A - ABOUT THE YOUNG PERSON", [
        ("YP name", "Kieran Doyle"),
        ("DOB", "09/09/2009"),
        ("!Address", "c/o 4 Daisy Bank, Calderbridge CB4 1TT (father's address)"),
        ("Parent / carer & contact no.", "Dad - Sean Doyle 07700 900 990"),
        ("Known to CSC?", cb(["Y", "N"], "N")),
    ]),
    ("SECTION B - HOUSING", [
        ("!Homeless or threatened with homelessness? [tick one]", cb(["Homeless", "Threatened with homelessness"], [])),
        ("Mediation tried?", cb(["Y", "N"], "Y")),
        ("Mediation date", "27/11/26"),
        ("!Mediation outcome", "One session at home with EH worker. Dad agreed to Kieran staying 'for now' but says he is moving in with his partner in the new year and Kieran is not included."),
    ]),
    ("SECTION C - CONCERNS", [
        ("!Welfare / safeguarding concerns", "Kieran is 17 and a young carer for his dad (alcohol dependency). Poor school attendance (52%). No food in the house at EH visit 27/11. No known exploitation or offending."),
    ]),
    ("SECTION D - REFERRER", [
        ("Presenting agency", "Early Help Hub, Calderbridge MBC"),
        ("Name / role", "Chris Sunderland, Early Help Worker"),
        ("Email", "chris.sunderland@council.test"),
        ("Phone", "01632 960 268"),
    ]),
    ("Completed by / Date completed", [
        ("Completed by", "C Sunderland"),
        ("Date completed", "02-12-2026"),
    ]),
]
FORMS.append(dict(
    id="w15-mash-03", form="mash-referral", expect="rejected", missing="STATUS",
    frm="chris.sunderland@council.test",
    subject="MASH referral - Kieran Doyle - 17",
    layout="docx", docname="w15-mash-03_MASHref_KDoyle",
    html=html_boxes(MASH_TITLE, "[CALDERBRIDGE MBC crest]  Early Help Hub", s,
                    "Early Help Hub  |  EHH-MASH v1.9  |  OFFICIAL-SENSITIVE when complete", per_row=2),
    body="Hello,\n\nPlease find attached MASH referral for Kieran Doyle (17). Young carer, dad is moving on in the new year.\n\nChris Sunderland\nEarly Help Worker\n",
    values=dict(NAME="Kieran Doyle", DATE_OF_BIRTH="2009-09-09", MEDIATION="yes", MEDIATION_DATE="2026-11-27", KNOWN="no"),
))

# ---------------------------------------------------------------- mash-04 pdf four-col, women's aid refuge
s = [
    ("Section A - Young person", [
        ("Name", "Jayden Pilling"),
        ("DOB", "08/01/2010"),
        ("!Address", "No fixed address - was with mum at the family home (address withheld - DA, known to police) until 01/12/26; last 2 nights at a friend's (Tom Shaw, 15) in Harlow Moor"),
        ("Parent/guardian contact", "Mum - Sarah Pilling, via refuge only: 01632 960 700 (ask for Refuge Team). DO NOT CONTACT FATHER."),
        ("Known to social care", "YES"),
    ]),
    ("Section B - Housing position", [
        ("Homeless / threatened", cb(["Homeless", "Threatened"], "Homeless")),
        ("Mediation attempted", "NO"),
        ("Mediation date", "n/a"),
        ("!Mediation outcome", "Mediation not safe - father is the DA perpetrator (MARAC 26/11/26). Mum is in refuge and our refuge cannot accommodate male children aged 16+."),
    ]),
    ("Section C - Concerns", [
        ("!Welfare / safeguarding concerns", "Jayden (16) witnessed DA for years. Father has been messaging him to find out where mum is. Jayden is staying on a friend's floor and the friend's family cannot keep him past the weekend. He is very worried about mum and his younger sister. Was open to CSC as a sibling on a CP plan (ended 2024) - current SW for sister: Helen Garside."),
    ]),
    ("Section D - Presenting agency", [
        ("Agency", "Calder Women's Aid - refuge service"),
        ("Worker", "Bernadette Quigley, Refuge Support Worker"),
        ("Email", "b.quigley@calderwomensaid.org.test"),
        ("Tel", "01632 960 700"),
    ]),
    ("Completed by / Date completed", [
        ("Completed by", "B Quigley"),
        ("Date completed", "3rd Dec 2026"),
    ]),
]
FORMS.append(dict(
    id="w15-mash-04", form="mash-referral", expect="routed", missing=None,
    frm="b.quigley@calderwomensaid.org.test",
    subject="MASH referral - 16 yr old son of refuge resident - homeless",
    layout="pdf", docname="w15-mash-04_MASH_JPilling",
    html=html_four_col(MASH_TITLE, "[Calder Women's Aid logo]  Calder Women's Aid  -  Safe accommodation & outreach", s,
                       "Calder Women's Aid | Registered charity (fictional) | Refuge address is confidential - never share | Form CWA-REF-07"),
    body="Dear MASH colleagues,\n\nPlease see attached (PDF). The young man is the 16 year old son of a woman who came into our refuge on 1st December. We cannot house him in refuge. Please do not share the refuge location with anyone.\n\nBernadette Quigley\nRefuge Support Worker, Calder Women's Aid\n",
    values=dict(NAME="Jayden Pilling", DATE_OF_BIRTH="2010-01-08", STATUS="homeless", MEDIATION="no", KNOWN="yes",
                AGENCY="Calder Women's Aid - refuge service"),
))

# ---------------------------------------------------------------- mash-05 body label-above, housing options
s = [
    ("", [
        ("Young person's name", "Ruby Castellano"),
        ("Date of birth", "11/11/2009"),
        ("Address", "Flat 2, 15 Rishworth Lane, Calderbridge CB6 8MM (mum's flat)"),
        ("Presenting agency", "Housing Options (Youth), Calderbridge Council"),
        ("Homeless or threatened with homelessness?", "Threatened - mum's tenancy ends 18/12/26 (eviction, rent arrears), mum moving in with new partner who will not take Ruby"),
        ("Has mediation been attempted? Y/N", "Y"),
        ("Date of mediation", "27/11/2026"),
        ("Outcome of mediation", "Partly successful - mum agreed Ruby can stay until the eviction date and will keep in touch, but cannot offer a home after 18th. Grandparents asked during mediation - no."),
        ("Any welfare or safeguarding concerns?", "Ruby is 17 and pregnant (approx 14 weeks), midwife booked. Boyfriend is 23 - age gap noted, no exploitation indicators at this stage but to be explored at joint assessment. Ruby is anxious and not sleeping."),
        ("Known to social care? Y/N", "N"),
        ("Parent / guardian contact", "Mum - Lisa Castellano 07700 900 261"),
    ]),
]
FORMS.append(dict(
    id="w15-mash-05", form="mash-referral", expect="routed", missing=None,
    frm="owen.briggs@housing.council.test",
    subject="MASH ref - 17 yr old threatened with homelessness 18/12 - R Castellano",
    layout="body",
    body=body_above("MASH REFERRAL - 16/17 year old homeless / threatened", s,
                    top="Hi MASH,\n\nReferral as below, requesting a joint assessment. Ruby is aware and agrees.",
                    bottom="Completed by: Owen Briggs, Housing Options Officer (Youth)\nDate completed: 04-12-2026\nowen.briggs@housing.council.test | 01632 960 449"),
    values=dict(NAME="Ruby Castellano", DATE_OF_BIRTH="2009-11-11", STATUS="threatened", MEDIATION="yes",
                MEDIATION_DATE="2026-11-27", KNOWN="no", AGENCY="Housing Options (Youth), Calderbridge Council"),
))

# ================================================================ Risk concerns (providers)
RISK_TITLE = "Provider Risk Concern - Response to Referral"

# ---------------------------------------------------------------- risk-01 body colon, Response
s = [
    ("SECTION A - REFERRAL", [
        ("Brokerage referral ref", "BRK/26/1142"),
        ("Provider", "Response"),
        ("Property offered", "RSP-OXC-02 (18+ shared, 4 beds)"),
        ("YP name", "Connor Ashby"),
    ]),
    ("SECTION B - RISK CONCERN", [
        ("Risk we are unable to manage", "Fire setting. The referral says Connor set fire to a bin store at his last placement on 14/11/26 and to bedding in 2025. The property is a 4 bed shared house with 3 other residents and no sprinklers."),
        ("Why it can't be managed", "Staff are on site 9-5 only. There is no waking night cover at RSP-OXC-02 and the fire risk assessment for the house is based on low risk residents. We could not keep the other 3 YP safe overnight."),
        ("Resources / support that would enable us to manage it", "Either (a) a single self-contained unit with a sprinkler/misting system, or (b) funded waking night cover for 8 weeks plus a fire service home safety visit and a fire setting intervention (Fire Service Firewise programme) before move in. With these in place we would reconsider."),
    ]),
]
FORMS.append(dict(
    id="w15-risk-01", form="risk-concern", expect="routed", missing=None,
    frm="helen.marriott@response.provider.test",
    subject="Risk concern re referral BRK/26/1142 - C Ashby",
    layout="body",
    body=body_colon(RISK_TITLE, s,
                    top="Hi Brokerage,\n\nThank you for the referral for Connor. Having gone through it as a team we have a risk concern - details below. Our risk assessment and RMP are attached.",
                    bottom="Completed by: Helen Marriott, Service Manager, Response\nDate completed: 03/12/2026\n\nAttachments: RSP risk assessment CA.docx, RMP CA.docx"),
    values=dict(REFERRAL_REFERENCE="BRK/26/1142", PROVIDER="Response", YOUNG_PERSON="Connor Ashby"),
))

# ---------------------------------------------------------------- risk-02 body numbered, Key2 Futures
s = [
    ("", [
        ("Referral reference", "Brokerage no. 30917"),
        ("Provider", "Key2 Futures"),
        ("Young person", "Jordan Lister"),
        ("What is the risk you are unable to manage?", "Jordan's referral shows ongoing threats from a rival group - he was stabbed in the leg in Oct 2026 and police have served an Osman warning (threat to life). The self-contained flat we have free (K2F-OXC-01 block) is 300 metres from the area where the group operates."),
        ("Why can this risk not be managed?", "The block has a shared entrance with no concierge and no CCTV on the stairwell. We cannot control who comes in, and placing him there would also put our other residents at risk if he is targeted at the property."),
        ("What resources or support would enable you to manage the risk?", "A property in our Cherwell scheme instead (a unit is due to become void on 14/12/26), police safety planning meeting before move-in, a target-hardening pack (door chain, video doorbell) and confirmation that the Osman warning and intel have been shared with the local neighbourhood team."),
    ]),
]
FORMS.append(dict(
    id="w15-risk-02", form="risk-concern", expect="routed", missing=None,
    frm="paul.whiteley@key2.provider.test",
    subject="Key2 Futures - unable to accept as things stand - ref 30917",
    layout="body",
    body=body_numbered("RISK CONCERN - KEY2 FUTURES", s,
                       top="Morning,\n\nPlease see our response re the referral for Jordan below. Risk assessment & RMP to follow by end of day.",
                       bottom="Completed by: Paul Whiteley (Team Leader)\nDate completed: 3rd Dec 2026\nKey2 Futures | paul.whiteley@key2.provider.test | 01632 960 512"),
    values=dict(REFERRAL_REFERENCE="Brokerage no. 30917", PROVIDER="Key2 Futures", YOUNG_PERSON="Jordan Lister"),
))

# ---------------------------------------------------------------- risk-03 body reply-above, Stonewater (quick note style)
FORMS.append(dict(
    id="w15-risk-03", form="risk-concern", expect="routed", missing=None,
    frm="lynne.ackroyd@stonewater.provider.test",
    subject="RE: New referral YPSA-REF-2026-0388 - Stonewater risk concern",
    layout="body",
    body="""Hi Brokerage,

Replying on the referral you sent on Tuesday. We have a risk concern - set out below in the usual format. RA/RMP attached to the next email.

Referral ref: YPSA-REF-2026-0388
Provider: Stonewater
Property considered: STW-VWH-01 (18+ single self-contained)
YP: Amber Lightowler

RISK WE CAN'T MANAGE:
Amber's 2 year old son. The referral is for an 18+ single self-contained flat, but Amber has told her PA that her son will be living with her from January when the supervision order ends. STW-VWH-01 is a single person unit - no space, no cot, and the licence is for one occupant.

WHY:
We aren't commissioned or staffed to provide parenting support at STW-VWH-01, and the flat doesn't meet space standards for a parent and child. There is also a CP history (neglect) and we would have no way to monitor the child's welfare.

WHAT WOULD HELP:
Re-referral to the Parents pathway (our Vale parent scheme has a 2 bed becoming vacant mid-Jan), or written confirmation from the SW that the child will NOT be living with Amber during the placement, plus a clear plan for contact visits.

Completed by: Lynne Ackroyd, Housing & Support Coordinator
Date completed: 02-12-2026

Lynne

-----Original Message-----
From: Brokerage (Placements)
Sent: 01 December 2026 14:12
Subject: New referral YPSA-REF-2026-0388

Please see referral for Amber L. for STW-VWH-01. Let us know by Thursday if you can accept.
""",
    values=dict(REFERRAL_REFERENCE="YPSA-REF-2026-0388", PROVIDER="Stonewater", YOUNG_PERSON="Amber Lightowler"),
))

# ---------------------------------------------------------------- risk-04 docx two-col, Connection Support, INVALID: RESOURCES blank
s = [
    ("Section A - Referral details", [
        ("Referral ref. [Brokerage]", "OCC PLC 26-1209"),
        ("Provider", "Connection Support"),
        ("Service / property", "Out of county service - CON-OOC-01"),
        ("Young person", "Bailey Horsfall"),
        ("Date referral received", "30/11/2026"),
    ]),
    ("Section B - The risk", [
        ("1. Risk the provider is unable to manage", "Bailey is on a Child Criminal Exploitation plan and has gone missing 11 times in 3 months. The referral says he has been found in 3 different counties. He has also assaulted staff at two previous placements (punch, headbutt)."),
        ("2. Why the risk cannot be managed", "CON-OOC-01 is a dispersed out of county flat with floating support only (10 hrs/week). There are no staff on site, so we couldn't respond to missing episodes out of hours, and lone working with Bailey is not safe given assaults on staff."),
        ("3. Resources / support that would enable the provider to manage the risk", ""),
    ]),
    ("Completed by / Date completed", [
        ("Completed by", "Graham Tattersall, Area Manager"),
        ("Date completed", "03/12/26"),
        ("RA & RMP attached?", cb(["Yes", "No"], "Yes")),
    ]),
]
FORMS.append(dict(
    id="w15-risk-04", form="risk-concern", expect="rejected", missing="RESOURCES",
    frm="graham.tattersall@connection.provider.test",
    subject="Risk concern - OCC PLC 26-1209 - B Horsfall",
    layout="docx", docname="w15-risk-04_RiskConcern_BHorsfall",
    html=html_two_col(RISK_TITLE, "[Connection Support logo]  Connection Support  |  Young People's Services", s,
                      "Connection Support | RC-01 Provider risk concern (three parts) | Send with risk assessment and RMP"),
    body="Dear Brokerage\n\nPlease find our risk concern for Bailey Horsfall attached, along with the RA and RMP.\n\nGraham Tattersall\nArea Manager, Connection Support\n",
    values=dict(REFERRAL_REFERENCE="OCC PLC 26-1209", PROVIDER="Connection Support", YOUNG_PERSON="Bailey Horsfall"),
))

# ---------------------------------------------------------------- risk-05 pdf boxes, A2 Dominion
s = [
    ("SECTION A", [
        ("Referral reference", "2026/PAR/0077"),
        ("Provider", "A2 Dominion"),
        ("Young person / family", "Kelsey Wadsworth and baby (6 weeks)"),
        ("Property considered", "A2D-SOX-01 (parents)"),
    ]),
    ("SECTION B - RISK CONCERN", [
        ("!Risk we are unable to manage", "Kelsey's ex-partner (father of the baby) is subject to a non-molestation order and the referral says he has family living on the same road as A2D-SOX-01. There is a real risk he will find out where Kelsey and the baby are living."),
        ("!Why it cannot be managed at this property", "The property is on an open estate with no secure entry system, staff are not on site at night, and we have no way of stopping the ex-partner or his family approaching the flat. The baby is on a CP plan (category: emotional harm / DA)."),
        ("!What resources / support would enable us to manage it", "An alternative unit in our Oxford City scheme (A2D-OXC-01, secure entry, CCTV) - we can offer this from 14/12/26 - together with a police marker on the address, a Sanctuary Scheme assessment and an agreed safety plan with the SW and IDVA."),
    ]),
    ("Completed by / Date completed", [
        ("Completed by", "Yvonne Stansfield, Young Parents Service Lead"),
        ("Date completed", "03/12/2026"),
    ]),
]
FORMS.append(dict(
    id="w15-risk-05", form="risk-concern", expect="routed", missing=None,
    frm="yvonne.stansfield@a2dominion.provider.test",
    subject="A2 Dominion risk concern - referral 2026/PAR/0077",
    layout="pdf", docname="w15-risk-05_A2D_risk_concern",
    html=html_boxes("RISK CONCERN - RESPONSE TO REFERRAL", "[A2 Dominion logo]  A2 Dominion  -  Young Parents Supported Housing", s,
                    "A2 Dominion | Young Parents Service | RC form v1.3 | Risk assessment & RMP to be attached", per_row=2),
    body="Hello,\n\nAttached is our risk concern regarding referral 2026/PAR/0077 for Kelsey and her baby. We would like to offer an alternative unit - details in the form.\n\nYvonne Stansfield\nYoung Parents Service Lead, A2 Dominion\n",
    values=dict(REFERRAL_REFERENCE="2026/PAR/0077", PROVIDER="A2 Dominion", YOUNG_PERSON="Kelsey Wadsworth"),
))
