from gen_lib import *

COUNCIL_LOGO = "Cyngor Bwrdeistref Sirol Tawelan &nbsp;|&nbsp; Tawelan County Borough Council"
COUNCIL_FOOT = ("Gwasanaethau Plant / Children's Services &middot; Tîm Gadael Gofal / Leaving Care Team &middot; "
                "Canolfan Dinesig, Stryd y Bont, Pontygarth PT1 1AA &middot; Classification: OFFICIAL-SENSITIVE &middot; "
                "Form CS/ACC/03 v4.2 (rev. 09/2026)")


def ref_emergency(p):
    """Emergency template: two-column table with section heading rows."""
    return [
        ("Rhan 1 / Part 1 - Manylion / Details of young person", [
            ("VARIANT", "Type of referral||tick one", "☒ EMERGENCY   ☐ Non-emergency (planned)", "emergency"),
            ("FULL_NAME", "Full name of young person||IN CAPITALS please", p["name"]),
            ("DATE_OF_BIRTH", "Date of birth", p["dob_disp"], p.get("dob")),
            ("GENDER", "Gender (as young person describes)", p["gender"]),
            ("LCS_NUMBER", "LCS / WCCIS ID no.||if known - leave blank if not", p.get("lcs", "")),
            ("ADDRESS", "Current address (or last known / where staying last night)", p["address"]),
            ("LOCALITY", "Preferred area / locality", p["locality"]),
            ("LEGAL_STATUS", "Legal status||Looked After / Care Leaver / Child in Need / Not known to Social Care",
             p["legal"]),
            ("UASC", "UASC?||unaccompanied asylum seeking child", p["uasc_disp"], p["uasc"]),
            ("PARENT", "Is the young person a parent or expecting?", p["parent_disp"], p["parent"]),
        ]),
        ("Rhan 2 / Part 2 - Referrer", [
            ("REFERRER_NAME", "Name of person making referral", p["ref_name"]),
            ("REFERRER_ROLE", "Job title / role", p["ref_role"]),
            ("REFERRER_TEAM", "Team & organisation", p["ref_team"]),
            ("REFERRER_EMAIL", "Email (secure)", p["ref_email"]),
            ("REFERRER_PHONE", "Tel / mobile", p["ref_phone"]),
            ("SOCIAL_WORKER_NAME", "Allocated SW / PA||only if NOT the referrer", p.get("sw_name", "N/A")),
            ("SOCIAL_WORKER_EMAIL", "SW / PA email", p.get("sw_email", "N/A")),
        ]),
        ("Rhan 3 / Part 3 - Diversion & family work", [
            ("FGC_OFFERED", "Has a Family Group Conference been offered?||for emergencies this can follow placement",
             p["fgc_disp"], p["fgc"]),
            ("FGC_DATE", "Date FGC offered / held", p.get("fgc_date_disp", "N/A"), p.get("fgc_date")),
            ("DIVERSION", "What other options have been explored?||family, friends, mediation, Supported Lodgings",
             p["diversion"]),
        ]),
        ("Rhan 4 / Part 4 - Reason, risks and needs", [
            ("REASON", "Reason for referral", p["reason"]),
            ("SAFETY_CONCERN", "IMMEDIATE SAFETY CONCERN||what makes this an emergency today - must be completed",
             p["safety"]),
            ("RISKS", "Known risks||to self, to others, from others, exploitation, substances, offending, mental health",
             p["risks"]),
            ("SUPPORT_NEEDS", "Support needs", p["support"]),
        ]),
        ("Rhan 5 / Part 5 - Placement and consent", [
            ("DATE_NEEDED", "Date accommodation required", p["needed_disp"], p["needed"]),
            ("CONSENT", "Young person consents to this referral and to information being shared?", p["consent_disp"],
             p["consent"]),
            (None, "Manager authorising", p["manager"]),
            (None, "Date of referral", dlong("2026-12-04")),
        ]),
    ]


def ref_planned(p):
    """Non-emergency template: several pairs per row plus Y/N table."""
    return [
        ("SECTION A  Manylion y person ifanc / Young person's details", [
            ("VARIANT", "Referral type", "Non-emergency (planned move)", "non-emergency"),
            ("LCS_NUMBER", "LCS no.", p.get("lcs", "")),
            ("FULL_NAME", "Surname, First name", p["name"]),
            ("DATE_OF_BIRTH", "D.O.B.", p["dob_disp"], p.get("dob")),
            ("GENDER", "Gender", p["gender"]),
            ("LEGAL_STATUS", "Legal status", p["legal"]),
            ("UASC", "UASC (Y/N)", p["uasc_disp"], p["uasc"]),
            ("PARENT", "Parent (Y/N)", p["parent_disp"], p["parent"]),
            ("ADDRESS", "Current address", p["address"], None, "wide"),
            ("LOCALITY", "Area preferred||Cherwell / W Oxon / Oxford City / S Oxon / Vale / Out of county",
             p["locality"], None, "wide"),
        ]),
        ("SECTION B  Referrer / Atgyfeiriwr", [
            ("REFERRER_NAME", "Name", p["ref_name"]),
            ("REFERRER_ROLE", "Role", p["ref_role"]),
            ("REFERRER_TEAM", "Team / Org.", p["ref_team"]),
            ("REFERRER_PHONE", "Phone", p["ref_phone"]),
            ("REFERRER_EMAIL", "Email", p["ref_email"], None, "wide"),
            ("SOCIAL_WORKER_NAME", "SW or PA (if different)", p.get("sw_name", "N/A")),
            ("SOCIAL_WORKER_EMAIL", "SW/PA email", p.get("sw_email", "N/A")),
        ]),
        ("SECTION C  Family Group Conference and diversion (must be offered before a planned referral)", [
            ("FGC_OFFERED", "FGC offered?", p["fgc_disp"], p["fgc"]),
            ("FGC_DATE", "Date of FGC", p.get("fgc_date_disp", ""), p.get("fgc_date")),
            ("DIVERSION", "Family & friends / mediation explored||give detail", p["diversion"], None, "wide"),
        ]),
        ("SECTION D  Assessment", [
            ("REASON", "Why is supported accommodation needed?", p["reason"], None, "wide"),
            ("RISKS", "Risk summary||self / others / from others / CSE-CCE / substances / offending / MH",
             p["risks"], None, "wide"),
            ("SUPPORT_NEEDS", "Support needs||independence skills, EET, health, finance", p["support"], None, "wide"),
        ]),
        ("SECTION E  Dates and consent", [
            ("DATE_NEEDED", "Date needed from", p["needed_disp"], p["needed"]),
            ("CONSENT", "Consent given", p["consent_disp"], p["consent"]),
            (None, "Team Manager", p["manager"]),
            (None, "Date completed", p.get("completed", "03.12.26")),
        ]),
    ]


CE = "Carys Howells"
REFS = []

def add(**k):
    REFS.append(k)

# ---------- R01 Emergency docx ----------
p = dict(name="RHYS GRIFFITHS", dob="2008-03-14", dob_disp=dslash("2008-03-14"), gender="Male",
         lcs="2214875", address="Sofa surfing - last 3 nights at a friend's, 9 Maes y Deri, Llanfeddyg PT4 6RD",
         locality="Oxford City (wants to be near his college course)", legal="Care Leaver (former relevant)",
         uasc_disp="No", uasc="no", parent_disp="No", parent="no",
         ref_name="Carys Howells", ref_role="Personal Adviser", ref_team="Leaving Care Team, Tawelan CBC Children's Services",
         ref_email="carys.howells@council.test", ref_phone="01632 960 418 / 07700 900 231",
         fgc_disp="No - emergency, FGC to be offered after placement", fgc="no",
         diversion="• Nan (maternal) cannot have him - sheltered flat\n• Former foster carers asked, no room\n• Friend's family say he has to go today",
         reason="Rhys was asked to leave his supported lodgings on Mon 30th Nov after the host became ill and had to give up the placement. He has been staying with a friend since but the friend's mum has told him he cannot stay past this morning.",
         safety="Rhys has nowhere to sleep tonight (Fri 4th Dec). He told me yesterday that if nothing is found he will go back to an older man in Pontygarth who previously supplied him with cannabis and let him stay in exchange for 'running errands'. We believe this is a route into exploitation and that he will not be safe there.",
         risks="• From others: previous association with older males linked to drug supply (CCE concerns raised 2025)\n• Substance misuse: daily cannabis use\n• Mental health: low mood, no current self-harm\n• To others / offending: none known",
         support="Help with budgeting and his UC claim, keeping his college place (Level 2 Carpentry), registering with a GP, support to reduce cannabis use.",
         needed="2026-12-04", needed_disp="TODAY - " + dlong("2026-12-04"),
         consent_disp="☒ Yes   ☐ No", consent="yes", manager="Gwenllian Parry, Team Manager, Leaving Care")
add(id="w14-ref-01", form="referral", expect="routed", missing=None, kind="docx", style="twocol",
    title="Supported Accommodation Assessment and Referral Form - EMERGENCY", sections=ref_emergency(p),
    sender="carys.howells@council.test", subject="EMERGENCY accommodation referral - RHYS GRIFFITHS - needed today",
    body=f"""Bore da Brokerage,

Please find attached an emergency Supported Accommodation referral for Rhys Griffiths (DOB 14/03/2008), care leaver, who has nowhere to stay tonight.

Rhys is aware of and agrees to the referral. I am in the office all day on 01632 960 418 if you need anything else.

Diolch / Thanks
Carys

Carys Howells
Personal Adviser | Leaving Care Team
Tawelan County Borough Council
""", fname="RGriffiths_Emergency_Referral_041226")

# ---------- R02 Non-emergency docx ----------
p = dict(name="PRICE-JONES, Megan", dob="2007-07-22", dob_disp="22.07.07", gender="Female", lcs="1987034",
         address="Flat 3, Ty Gwyn, 41 Ffordd yr Orsaf, Cwm Eirin PT6 2HJ (staying-put arrangement ending)",
         locality="Vale of White Horse", legal="Care leaver", uasc_disp="N", uasc="no", parent_disp="N", parent="no",
         ref_name="Huw Bevan", ref_role="Social Worker (18+ Transitions)", ref_team="Leaving Care Team / Tawelan CBC",
         ref_email="huw.bevan@council.test", ref_phone="01632 960 552",
         sw_name="N/A - I am the allocated worker", sw_email="N/A",
         fgc_disp="Yes", fgc="yes", fgc_date="2026-11-18", fgc_date_disp=dlong("2026-11-18"),
         diversion="FGC held 18/11 - mum and stepdad agreed Megan can visit at weekends but cannot live there (overcrowding, 2 bed). Aunt in Cherwell considered, not viable. Mediation offered via Tawelan Family Mediation; Megan declined as she feels the relationship is better as it is.",
         reason="Staying-put placement with former foster carer ends on 18th Dec as carer is retiring and moving away. Megan is not yet ready for her own tenancy and wants a supported move to be near her apprenticeship.",
         risks="Low risk overall. Some anxiety, managed with GP. No offending. No substance misuse. Previous online contact with an unknown adult male in 2024 (CSE screening completed, closed).",
         support="Cooking and budgeting (has never managed bills), keeping her apprenticeship at Abingdon garage, help with anxiety - linking with local GP and counselling.",
         needed="2026-12-18", needed_disp=dlong("2026-12-18"), consent_disp="Yes - signed copy on file", consent="yes",
         manager="Rhodri Ellis (TM)", completed="01.12.26")
add(id="w14-ref-02", form="referral", expect="routed", missing=None, kind="docx", style="grid",
    title="Supported Accommodation Assessment and Referral Form (Non-Emergency)", sections=ref_planned(p),
    sender="huw.bevan@council.test", subject="Planned referral - Megan Price-Jones - YPSA",
    body="""Hi all,

Attached is a non-emergency referral for Megan (care leaver, 19). FGC was held on 18/11, details in section C.
Move needed for Fri 18th Dec when her staying-put ends.

Any questions give me a shout.

Huw Bevan
Social Worker, 18+ Transitions
Leaving Care Team - Tîm Gadael Gofal
Tawelan County Borough Council
01632 960 552
""", fname="Referral_MPriceJones_planned")

# ---------- R03 Emergency body: online-form "responses" export ----------
add(id="w14-ref-03", form="referral", expect="routed", missing=None, kind="body",
    sender="elin.vaughan@council.test",
    subject="FW: New response - Emergency Accommodation Referral (Children's Services)",
    body=f"""Brokerage - forwarding the responses from our online referral form below. This is an EMERGENCY for tonight please. Elin

-----Original Message-----
From: Tawelan Forms <noreply@council.test>
Sent: 04 December 2026 08:41
Subject: New response - Emergency Accommodation Referral (Children's Services)

Supported Accommodation Assessment & Referral - responses
Submitted Fri 4th Dec 2026 08:41

Is this an emergency or a planned (non-emergency) referral?
Response: Emergency

Young person's full name (first name and surname in CAPITALS)
Response: DAWIT HAILE

Date of birth
Response: 05/01/2009

Gender
Response: Male

LCS number (if known)
Response: 2301166

Where is the young person living now? (full address)
Response: Bryn Teg Children's Home, 2 Lôn Isaf, Pontygarth PT2 8NB

Which area would they prefer to live in?
Response: Cherwell

Legal status (Looked After / Care Leaver / Child in Need / Not known)
Response: Looked After (s.20)

Is the young person an unaccompanied asylum-seeking child (UASC)?
Response: Yes

Is the young person a parent?
Response: No

Your name
Response: ELIN VAUGHAN

Your role
Response: Senior Practitioner

Your team / organisation
Response: Children Looked After Team, Tawelan CBC

Your email
Response: elin.vaughan@council.test

Your phone number
Response: 01632 960 774

Social worker or PA name and email (if this is not you)
Response: N/A

Has a Family Group Conference been offered? (Y/N)
Response: No - N/A, Dawit has no family in the UK

Date of FGC
Response: N/A

What diversion has been explored? (family and friends, mediation etc)
Response:
- No family or friends network in the UK
- Emergency foster placement searched 02/12 and 03/12, nothing available in county
- Independent Visitor asked, not able to accommodate

Reason for referral
Response: Dawit's placement at Bryn Teg has broken down. The home has given immediate notice following two incidents this week where older residents have targeted him, and the Responsible Individual says they cannot keep him safe.

Please describe the immediate safety concern (emergency referrals only)
Response: On Wed night (2/12) two older residents assaulted Dawit in his room and took his phone; Tawelan police attended (their ref PG-2612-0188). Last night at approx half 7 in the evening they threatened to "finish it" if he is still there on Friday. He is too frightened to return to the home tonight and is currently with his Independent Visitor at the council offices.

Risks (to self / to others / from others / exploitation / substance misuse / offending / mental health)
Response:
- From others: assault and threats from peers (above)
- Exploitation: adults approached him in town offering work for cash - flagged to MASH Nov 2026
- Mental health: trauma symptoms, poor sleep, Tigrinya interpreter needed
- No substance misuse or offending known

Support needs
Response: Interpreter (Tigrinya), ESOL place at Coleg Tawelan to continue, Home Office solicitor appointments, help with food shopping and cooking, emotional support.

Date accommodation needed
Response: {dlong("2026-12-04")}

Does the young person consent to the referral and to information being shared?
Response: Yes (explained via interpreter 03.12.26)

----
Elin Vaughan | Uwch Ymarferydd / Senior Practitioner
Children Looked After Team | Tawelan County Borough Council
""",
    values=dict(VARIANT="emergency", FULL_NAME="DAWIT HAILE", DATE_OF_BIRTH="2009-01-05", GENDER="Male",
                LCS_NUMBER="2301166", LEGAL_STATUS="Looked After (s.20)", UASC="yes", PARENT="no",
                REFERRER_NAME="ELIN VAUGHAN", REFERRER_ROLE="Senior Practitioner",
                REFERRER_TEAM="Children Looked After Team, Tawelan CBC", REFERRER_EMAIL="elin.vaughan@council.test",
                REFERRER_PHONE="01632 960 774", FGC_OFFERED="no", LOCALITY="Cherwell",
                DATE_NEEDED="2026-12-04", CONSENT="yes"))

# ---------- R04 Non-emergency pdf (parent) ----------
p = dict(name="EVANS, Ffion", dob="2005-02-11", dob_disp="11/02/2005", gender="Female", lcs="1760442",
         address="c/o 27 Heol Cadwgan, Llanfeddyg PT4 3DW (her dad's - temporary)",
         locality="Oxford City or South Oxfordshire", legal="Care Leaver", uasc_disp="N", uasc="no",
         parent_disp="Y - son Osian, 4 months", parent="yes",
         ref_name="Sioned Powell", ref_role="Leaving Care Personal Adviser", ref_team="Tîm Gadael Gofal / Leaving Care, Tawelan CBC",
         ref_email="sioned.powell@council.test", ref_phone="07700 900 615",
         sw_name="Mared Jenkins (Osian's SW, Child in Need)", sw_email="mared.jenkins@council.test",
         fgc_disp="Yes", fgc="yes", fgc_date="2026-11-25", fgc_date_disp="25.11.26",
         diversion="FGC 25.11.26 with dad, paternal grandmother and Osian's father's family. Dad can only offer the box room until Christmas. Osian's father's family unable to accommodate. Mediation not needed - relationships are good, it is a space issue.",
         reason="Ffion and baby Osian are living in her dad's box room since leaving her private let (landlord selling). The room is too small for a cot and the health visitor has raised safe-sleep concerns. Ffion needs a parent & child supported placement while she builds up to her own tenancy.",
         risks="• To self: history of post-natal low mood, now improving, under perinatal MH team\n• From others: none current - ex-partner (not Osian's dad) has a non-molestation order, expires 2027\n• No substance misuse, no offending",
         support="Parenting support and routines, budgeting incl. Child Benefit and UC housing element, registering Osian with new GP and HV, nursery place so she can return to college.",
         needed="2027-01-04", needed_disp=dlong("2027-01-04"), consent_disp="Y", consent="yes",
         manager="Gwenllian Parry", completed="02.12.26")
add(id="w14-ref-04", form="referral", expect="routed", missing=None, kind="pdf", style="grid",
    title="Supported Accommodation Assessment and Referral Form (Non-Emergency)", sections=ref_planned(p),
    sender="sioned.powell@council.test", subject="Referral - parent & baby placement - Ffion Evans",
    body="""Good morning,

Please see attached (PDF) referral for Ffion Evans and her son. Parents pathway please. FGC was held 25.11.26.

Kind regards,
Sioned Powell
Leaving Care PA
""", fname="Ffion_Evans_Referral_NonEmergency")

# ---------- R05 Emergency docx INVALID: DOB blank ----------
p = dict(name="LIAM O'CONNELL", dob=None, dob_disp="", gender="Male", lcs="",
         address="No fixed abode - slept at Pontygarth bus station 02/12 and 03/12",
         locality="Any - emergency bed", legal="Child in Need (open to Early Help since Oct)",
         uasc_disp="No", uasc="no", parent_disp="No", parent="no",
         ref_name="Bethan Morgan", ref_role="Social Worker", ref_team="Duty & Assessment Team, Tawelan CBC Children's Services",
         ref_email="bethan.morgan@council.test", ref_phone="01632 960 300 (duty line)",
         fgc_disp="No - to be offered once he is safe", fgc="no",
         diversion="Mum has refused to have him home after a row on Tues. Older sister in Cwm Eirin has a one-bed flat and a new baby. Mediation offered, mum declined for now.",
         reason="Liam was put out by his mum on Tuesday 1st December after an argument about money. He has slept rough for the last two nights.",
         safety="Liam is sleeping rough in freezing temperatures (-3 forecast tonight). He was seen by our out of hours worker at 19.30hrs last night getting into a car with two adult men he could not name. He is 17 and has nowhere safe to go tonight.",
         risks="• From others: possible exploitation - unknown adults, car (details passed to police)\n• To self: cold, not eating\n• Substance misuse: alcohol at weekends\n• Offending: none",
         support="Emergency bed, food and clothing, phone credit, then assessment under s.17/s.20 and an FGC.",
         needed="2026-12-04", needed_disp="04.12.26 (tonight)", consent_disp="☒ Yes ☐ No", consent="yes",
         manager="Aled Rowlands, Duty TM")
add(id="w14-ref-05", form="referral", expect="rejected", missing="DATE_OF_BIRTH", kind="docx", style="twocol",
    title="Supported Accommodation Assessment and Referral Form - EMERGENCY", sections=ref_emergency(p),
    sender="bethan.morgan@council.test", subject="URGENT - emergency bed needed tonight - LIAM O'CONNELL",
    body="""Hi,

Emergency referral attached for a 17 year old boy who has been sleeping rough. Please can you call me as soon as you have read it - duty line 01632 960 300.

Thanks,
Bethan
Social Worker, Duty & Assessment
""", fname="LOConnell_EMERGENCY_referral")

# ---------- R06 Non-emergency body: Label: value lines, Outlook table pasted ----------
add(id="w14-ref-06", form="referral", expect="routed", missing=None, kind="body",
    sender="rhian.pritchard@council.test", subject="Supported Accommodation Referral (non-emergency) - Kieran Lloyd",
    body=f"""Hello Brokerage team,

Our attachments keep bouncing so I have pasted the referral form below. This is a planned (non-emergency) referral.

Manylion / Details
Referral type:	Non-emergency
Young person's full name:	KIERAN LLOYD
Date of birth:	19.05.09
Gender:	Male
LCS number:	2250913
Current address:	14 Heol y Nant, Pontygarth PT1 4LR (mum's)
Preferred locality:	West Oxfordshire
Legal status:	Child in Need
UASC (Y/N):	N
Parent (Y/N):	N

Referrer
Name:	Rhian Pritchard
Role:	Social Worker
Organisation / team:	Child in Need Team, Tawelan County Borough Council
Email:	rhian.pritchard@council.test
Phone:	01632 960 689
Social worker / PA if not referrer:	N/A

Family Group Conference
FGC offered (Y/N):	Yes - see below
Date of FGC:	Fri 20th Nov 2026
Diversion explored (family & friends, mediation):	FGC held 20/11. Dad (lives in Swindon) could not offer a room. Grandparents considered and assessed, not suitable (health). Two sessions of mediation with mum 23/11 and 27/11 - both agree Kieran moving out in a planned way is best for everyone.

Assessment
Reason for referral:	Ongoing conflict at home between Kieran and mum's partner, escalating over the autumn. No violence but Kieran is staying out late to avoid home and his school attendance has dropped to 60%. Everyone agrees a planned move is better than waiting for a crisis.
Risks:	- To self: staying out late, low mood
	- From others: none known
	- Exploitation: screened, no concerns
	- Substance misuse: occasional cannabis
	- Offending: none
	- Mental health: on CAMHS waiting list
Support needs:	Getting back to full school attendance (Year 13), CAMHS, learning to cook and budget, keeping contact with his younger brothers.

Date accommodation needed:	{dlong("2026-12-14")}
Consent to referral and information sharing:	Yes ✓

Diolch yn fawr,
Rhian

Rhian Pritchard
Gweithiwr Cymdeithasol / Social Worker
Child in Need Team, Tawelan CBC
""",
    values=dict(VARIANT="non-emergency", FULL_NAME="KIERAN LLOYD", DATE_OF_BIRTH="2009-05-19", GENDER="Male",
                LCS_NUMBER="2250913", LEGAL_STATUS="Child in Need", UASC="no", PARENT="no",
                REFERRER_NAME="Rhian Pritchard", REFERRER_ROLE="Social Worker",
                REFERRER_TEAM="Child in Need Team, Tawelan County Borough Council",
                REFERRER_EMAIL="rhian.pritchard@council.test", REFERRER_PHONE="01632 960 689",
                FGC_OFFERED="yes", FGC_DATE="2026-11-20", LOCALITY="West Oxfordshire",
                DATE_NEEDED="2026-12-14", CONSENT="yes"))

# ---------- R07 Emergency pdf, consent No with safeguarding basis ----------
p = dict(name="AMIRA HUSSAIN", dob="2006-12-01", dob_disp=dlong("2006-12-01"), gender="Female", lcs="1699210",
         address="Currently in a Travelodge, Pontygarth (paid by LA for 2 nights, to Sat 5/12)",
         locality="Out of county - must NOT be placed in or near Llanfeddyg", legal="Care Leaver",
         uasc_disp="No", uasc="no", parent_disp="No", parent="no",
         ref_name="Carys Howells", ref_role="Personal Adviser", ref_team="Leaving Care Team, Tawelan CBC",
         ref_email="carys.howells@council.test", ref_phone="07700 900 231",
         fgc_disp="No", fgc="no",
         diversion="No safe family options - family members are linked to the concerns below. Friends' addresses are known to the adults concerned.",
         reason="Amira (just turned 20) has fled her flat in Llanfeddyg where we believe she was being controlled by an adult male and his associates, who were using the flat to sell drugs and pressuring her into sexual activity with other men.",
         safety="The man involved has been messaging her since she left on Wed, saying he knows where she is and will 'bring her back'. Her hotel can only be funded until Saturday. She cannot return to her flat and needs a placement away from the area today.",
         risks="• From others: sexual and criminal exploitation, coercive control - MARAC referral made 03/12\n• To self: two overdoses in 2025, none this year\n• Substance misuse: alcohol, cocaine at weekends (given by the male)\n• Mental health: PTSD diagnosis",
         support="High support, out of county placement, substance misuse worker, ISVA (referral made), help to open a new bank account and change phone number.",
         needed="2026-12-05", needed_disp="Sat 05/12/2026 at the latest",
         consent_disp="NO - Amira has not consented. Information is being shared without consent on safeguarding grounds: she is at risk of significant harm from sexual and criminal exploitation (TM decision, Gwenllian Parry, 03/12/26).",
         consent="no", manager="Gwenllian Parry, Team Manager")
add(id="w14-ref-07", form="referral", expect="routed", missing=None, kind="pdf", style="twocol",
    title="Supported Accommodation Assessment and Referral Form - EMERGENCY", sections=ref_emergency(p),
    sender="carys.howells@council.test", subject="EMERGENCY referral - A HUSSAIN - out of county - sharing without consent (safeguarding)",
    body="""Brokerage,

Emergency referral attached (PDF). Please note Amira has NOT consented - we are sharing on safeguarding grounds, TM decision recorded on the form. Please treat the address details with care.

Carys Howells
Personal Adviser, Leaving Care
07700 900 231
""", fname="AHussain_Emergency_Ref")

# ---------- R08 Non-emergency docx ----------
p = dict(name="THOMAS, Owain", dob="2004-06-06", dob_disp="06.06.2004", gender="Male", lcs="1544307",
         address="Room 5, Glan yr Afon House (adult hostel), 3 Stryd y Farchnad, Pontygarth PT1 2QS",
         locality="Cherwell", legal="Care leaver (PA support to 25)", uasc_disp="N", uasc="no",
         parent_disp="N", parent="no",
         ref_name="Gareth Lewis", ref_role="Personal Adviser", ref_team="Leaving Care Team, Tawelan CBC",
         ref_email="gareth.lewis@council.test", ref_phone="01632 960 845",
         fgc_disp="Yes", fgc="yes", fgc_date="2026-11-12", fgc_date_disp="12/11/2026",
         diversion="FGC offered and held 12/11/26 - Owain's aunt attended; she is happy to support with visits and Sunday dinners but cannot house him. No other family. Mediation not relevant.",
         reason="Owain is in an adult hostel which is not meeting his needs - older residents using heroin and he has been offered drugs. He has a job offer at a warehouse near Bicester starting in January and wants supported accommodation close to it.",
         risks="To self: previous cannabis use, abstinent 8 months. From others: risk of being pulled back into drug use at the hostel. Offending: 1 conviction (theft, 2022), no further. MH: ADHD, medicated.",
         support="Medium support - tenancy skills, budgeting first wage, ADHD medication review, travel to work.",
         needed="2026-12-21", needed_disp=dlong("2026-12-21"), consent_disp="Y", consent="yes",
         manager="Rhodri Ellis", completed="03.12.26")
add(id="w14-ref-08", form="referral", expect="routed", missing=None, kind="docx", style="grid",
    title="Supported Accommodation Assessment and Referral Form (Non-Emergency)", sections=ref_planned(p),
    sender="gareth.lewis@council.test", subject="Non emergency referral Owain Thomas 18+ single/shared",
    body="""Morning,

Referral attached for Owain Thomas, care leaver aged 22. FGC held 12/11. He would like Cherwell for his new job.

Cheers
Gareth Lewis
PA, Leaving Care Team
""", fname="Owain_Thomas_YPSA_referral")

# ---------- R09 Emergency docx, parent ----------
p = dict(name="JADE WHITFIELD", dob="2008-08-15", dob_disp="15/08/2008", gender="Female", lcs="2107788",
         address="Refuge space ends today - Cwm Eirin Women's Aid (address withheld)",
         locality="West Oxfordshire or Vale (Parents)", legal="Care Leaver", uasc_disp="No", uasc="no",
         parent_disp="Yes - daughter Lily-Rose, 14 months", parent="yes",
         ref_name="Sioned Powell", ref_role="Leaving Care PA", ref_team="Leaving Care Team, Tawelan CBC",
         ref_email="sioned.powell@council.test", ref_phone="07700 900 615",
         sw_name="Dylan Rees (Lily-Rose's SW)", sw_email="dylan.rees@council.test",
         fgc_disp="No - emergency", fgc="no",
         diversion="Jade's mum is not safe (DV in the home). Former foster carer offered a night but cannot take a baby long term.",
         reason="Jade and Lily-Rose fled domestic abuse from Lily-Rose's father on 20/11 and went to refuge. The refuge has had to end the space today because the father turned up outside the building on Wednesday.",
         safety="The refuge address has been found by the perpetrator (seen outside Wed 2nd Dec, police called). Jade and the baby need to move today to an address he does not know. Risk of serious harm - DASH score 17 (high), MARAC on 10/12.",
         risks="• From others: high risk DA from ex-partner\n• To self: none\n• MH: anxiety\n• Substance misuse / offending: none",
         support="Parents placement, DA support worker, help with nursery and GP registration, benefits change of address.",
         needed="2026-12-04", needed_disp="Today Fri 4th Dec", consent_disp="Yes", consent="yes",
         manager="Gwenllian Parry")
add(id="w14-ref-09", form="referral", expect="routed", missing=None, kind="docx", style="twocol",
    title="Supported Accommodation Assessment and Referral Form - EMERGENCY", sections=ref_emergency(p),
    sender="sioned.powell@council.test", subject="EMERGENCY parent & child referral - JADE WHITFIELD",
    body="""Hi Brokerage,

Emergency parent & child referral attached. Jade is 18 with a 14 month old. Refuge location compromised - needs to move today. I'll be with her all morning, mobile 07700 900 615.

Sioned
""", fname="JWhitfield_Emergency_Parent_Referral")

# ---------- R10 Non-emergency body: numbered questions ----------
add(id="w14-ref-10", form="referral", expect="routed", missing=None, kind="body",
    sender="nerys.owen@council.test", subject="Referral for supported accommodation (planned) - CALLUM REECE",
    body=f"""Dear Brokerage (Placements) Team,

Non-emergency referral for Callum below, answers to each question of the form.

SUPPORTED ACCOMMODATION ASSESSMENT AND REFERRAL - NON-EMERGENCY

1. Emergency or non-emergency?
   Non-emergency

2. Young person's full name
   CALLUM REECE

3. Date of birth
   28/01/2007

4. Gender
   Male

5. LCS number (optional)
   1890551

6. Current address
   12 Clos Helyg, Cwm Eirin PT6 4AF (foster placement)

7. Preferred locality
   Oxford City

8. Legal status (looked after / care leaver / child in need / not known to social care)
   Care leaver - "When I'm Ready" arrangement

9. UASC? [ ] Y  [x] N

10. Parent? [ ] Y  [x] N

11. Referrer name, role, team
    Nerys Owen, Personal Adviser, Leaving Care Team, Tawelan CBC

12. Referrer email / phone
    nerys.owen@council.test / 01632 960 932

13. Social worker or PA (if not you)
    N/A

14. Family Group Conference offered? (Y/N and date)
    Y - held Mon 16th Nov 2026

15. Diversion explored (family and friends, mediation)
    FGC held 16/11. Birth family contact limited (dad in prison, mum not engaging). Foster carers would keep him but are moving to Scotland in January. Friend's family not an option.

16. Reason for referral
    Callum's When I'm Ready arrangement will end when his carers relocate on 15 January. He starts a university foundation course in Oxford in January and wants supported accommodation nearby.

17. Risks (to self, to others, from others, exploitation, substance misuse, offending, mental health)
    Low. Some social anxiety. No substance misuse, offending or exploitation concerns known.

18. Support needs
    Low-medium: budgeting student finance, cooking, settling into a new city, keeping in touch with his carers.

19. Date accommodation needed
    {dlong("2027-01-11")}

20. Consent to referral and information sharing (Y/N)
    Y - Callum helped fill this in

Many thanks,

Nerys Owen
Personal Adviser
Tîm Gadael Gofal / Leaving Care Team
Tawelan County Borough Council
""",
    values=dict(VARIANT="non-emergency", FULL_NAME="CALLUM REECE", DATE_OF_BIRTH="2007-01-28", GENDER="Male",
                LCS_NUMBER="1890551", LEGAL_STATUS="Care leaver - \"When I'm Ready\" arrangement", UASC="no",
                PARENT="no", REFERRER_NAME="Nerys Owen", REFERRER_ROLE="Personal Adviser",
                REFERRER_TEAM="Leaving Care Team, Tawelan CBC", REFERRER_EMAIL="nerys.owen@council.test",
                REFERRER_PHONE="01632 960 932", FGC_OFFERED="yes", FGC_DATE="2026-11-16", LOCALITY="Oxford City",
                DATE_NEEDED="2027-01-11", CONSENT="yes"))

# ---------- R11 Non-emergency docx INVALID: referrer role blank ----------
p = dict(name="HARRIS, Chloe", dob="2008-04-30", dob_disp="30.04.08", gender="Female", lcs="2198820",
         address="5 Rhes y Capel, Llanfeddyg PT4 1EE (grandmother's)", locality="South Oxfordshire",
         legal="Care leaver", uasc_disp="N", uasc="no", parent_disp="N", parent="no",
         ref_name="Lowri Hopkins", ref_role="", ref_team="Leaving Care Team, Tawelan CBC",
         ref_email="lowri.hopkins@council.test", ref_phone="01632 960 471",
         fgc_disp="Y", fgc="yes", fgc_date="2026-11-24", fgc_date_disp="24.11.26",
         diversion="FGC 24.11.26 - Nan has had Chloe since her placement ended in the summer but is going into hospital for a hip operation and will need convalescence; uncle cannot take her. Mediation not needed.",
         reason="Kinship arrangement with grandmother ending as Nan needs surgery and extended recovery. Chloe needs somewhere supported while she finishes her A levels.",
         risks="Low. Occasional self-harm (cutting) in 2024, none in the past year. No substance misuse or offending.",
         support="Emotional wellbeing, study support, budgeting, keeping close to Nan.",
         needed="2026-12-28", needed_disp=dlong("2026-12-28"), consent_disp="Yes", consent="yes",
         manager="Rhodri Ellis", completed="03.12.26")
add(id="w14-ref-11", form="referral", expect="rejected", missing="REFERRER_ROLE", kind="docx", style="grid",
    title="Supported Accommodation Assessment and Referral Form (Non-Emergency)", sections=ref_planned(p),
    sender="lowri.hopkins@council.test", subject="Supported accommodation referral - Chloe Harris",
    body="""Hello,

Please find attached a referral for Chloe Harris, 18. FGC held 24.11.26.

Kind regards
Lowri Hopkins
Leaving Care Team, Tawelan CBC
""", fname="Chloe_Harris_referral_Dec26")

# ---------- R12 Emergency body: quick note with the facts in short lines ----------
add(id="w14-ref-12", form="referral", expect="routed", missing=None, kind="body",
    sender="aled.rowlands@council.test", subject="EMERGENCY REFERRAL 16yo - NIA ROBERTS - bed needed today",
    body=f"""Brokerage - emergency, quick version as I'm on duty. Full form to follow but everything you need is here.

EMERGENCY referral
Name: NIA ROBERTS
DOB: 10.10.10
Gender: F
LCS: 2390045
Address: 8 Tan y Bryn, Pontygarth PT3 5GH (foster placement - ended last night)
Area: any, Cherwell preferred (school is in Banbury)
Legal status: Looked After (Care Order)
UASC: N
Parent: N
Referrer: Aled Rowlands, Duty Team Manager, Duty & Assessment Team, Tawelan CBC
Email: aled.rowlands@council.test  Tel: 01632 960 300
Allocated SW: Bethan Morgan, bethan.morgan@council.test
FGC offered: No - emergency; FGC will be offered once she is settled
Diversion: Aunt checked last night - DBS/space issue. No other family. No foster placements free in or out of county as of 08.30 today.
Reason: Foster placement ended at 22.15hrs last night after Nia damaged the carers' property; carers have given immediate notice. She spent the night with the EDT worker at the office.
Immediate safety concern: Nia has nowhere to go tonight. She has said she will "go to Kyle's" - Kyle is a 24 year old known to police for drug supply and we hold CSE concerns about him. If no bed is found she will go there.
Risks: CSE (Kyle), going missing (3 episodes since Sept), self-harm (scratching), cannabis, criminal damage.
Support needs: high - 24hr staffed, keep her at school, CAMHS, missing return interviews.
Needed: TODAY {dlong("2026-12-04")}
Consent: Yes - Nia agrees to a supported placement

Aled
Aled Rowlands | Rheolwr Tîm Dyletswydd / Duty Team Manager
""",
    values=dict(VARIANT="emergency", FULL_NAME="NIA ROBERTS", DATE_OF_BIRTH="2010-10-10", GENDER="F",
                LCS_NUMBER="2390045", LEGAL_STATUS="Looked After (Care Order)", UASC="no", PARENT="no",
                REFERRER_NAME="Aled Rowlands", REFERRER_ROLE="Duty Team Manager",
                REFERRER_TEAM="Duty & Assessment Team, Tawelan CBC", REFERRER_EMAIL="aled.rowlands@council.test",
                REFERRER_PHONE="01632 960 300", SOCIAL_WORKER_NAME="Bethan Morgan",
                SOCIAL_WORKER_EMAIL="bethan.morgan@council.test", FGC_OFFERED="no",
                DATE_NEEDED="2026-12-04", CONSENT="yes"))

# ---------- R13 Non-emergency pdf, parent ----------
p = dict(name="KELLY, Shannon", dob="2003-12-20", dob_disp="20/12/2003", gender="Female", lcs="1420987",
         address="Flat 2, 66 Ffordd Newydd, Pontygarth PT1 7JU (private let - s.21 notice)",
         locality="Cherwell", legal="Care Leaver", uasc_disp="N", uasc="no",
         parent_disp="Y (twins, 2 yrs)", parent="yes",
         ref_name="Gareth Lewis", ref_role="Personal Adviser", ref_team="Leaving Care Team, Tawelan CBC",
         ref_email="gareth.lewis@council.test", ref_phone="01632 960 845",
         fgc_disp="Yes", fgc="yes", fgc_date="2026-11-27", fgc_date_disp="Fri 27/11/26",
         diversion="FGC on 27/11 - Shannon's foster sister offered support with childcare but no space. Birth family not in contact. Mediation with landlord via Housing Options - landlord is selling, not negotiable.",
         reason="Section 21 notice expires 21 December. Housing Options have accepted a prevention duty but there is no family-sized temporary accommodation. Shannon would benefit from a parents service to build her confidence before her own tenancy.",
         risks="None to others. To self: depression (on medication, stable). No exploitation, substance misuse or offending.",
         support="Parenting twins, budgeting with reduced income, childcare so she can take up a job offer.",
         needed="2026-12-16", needed_disp="16/12/2026", consent_disp="Yes", consent="yes",
         manager="Rhodri Ellis", completed="02.12.26")
add(id="w14-ref-13", form="referral", expect="routed", missing=None, kind="pdf", style="grid",
    title="Supported Accommodation Assessment and Referral Form (Non-Emergency)", sections=ref_planned(p),
    sender="gareth.lewis@council.test", subject="Parents referral - Shannon Kelly + twins",
    body="""Hi,

PDF referral attached for Shannon Kelly (22) and her twins. Non-emergency - s.21 ends 21/12.

Gareth
""", fname="SKelly_parents_referral")

# ---------- R14 Emergency docx ----------
p = dict(name="ETHAN MORGAN", dob="2002-12-30", dob_disp="30.12.2002", gender="Male", lcs="1301456",
         address="Discharged from Ysbyty Tawelan (Ward 4) this morning - no address to go to",
         locality="South Oxfordshire", legal="Care Leaver (PA to 25)", uasc_disp="N", uasc="no",
         parent_disp="N", parent="no",
         ref_name="Nerys Owen", ref_role="Personal Adviser", ref_team="Leaving Care Team, Tawelan CBC",
         ref_email="nerys.owen@council.test", ref_phone="01632 960 932",
         fgc_disp="No - not appropriate (aged 23, no family contact)", fgc="no",
         diversion="No family contact since age 12. Friend's sofa no longer available. Night shelter full.",
         reason="Ethan was admitted to hospital on 27/11 after being assaulted in his previous flat, which he has since lost (landlord ended the tenancy while he was in hospital). He is being discharged today with nowhere to go.",
         safety="Ethan is being discharged today with a head injury and a fractured wrist, and has no accommodation. The people who assaulted him know the areas where he would otherwise sleep rough. He cannot go back to his old address.",
         risks="• From others: the assault (police investigating)\n• To self: head injury monitoring for 48hrs, alcohol use\n• MH: depression\n• Offending: none recent",
         support="Supported accommodation with staff on site, GP registration, follow-up fracture clinic 11/12, alcohol service.",
         needed="2026-12-04", needed_disp="Fri 4 December 2026 (today)", consent_disp="☒ Yes ☐ No", consent="yes",
         manager="Gwenllian Parry")
add(id="w14-ref-14", form="referral", expect="routed", missing=None, kind="docx", style="twocol",
    title="Supported Accommodation Assessment and Referral Form - EMERGENCY", sections=ref_emergency(p),
    sender="nerys.owen@council.test", subject="EMERGENCY - hospital discharge today - ETHAN MORGAN (23)",
    body="""Brokerage,

Emergency referral for Ethan Morgan attached - he is being discharged from hospital today with nowhere safe to go.

Thanks, Nerys
Personal Adviser | Leaving Care Team
""", fname="EMorgan_emergency_referral")
