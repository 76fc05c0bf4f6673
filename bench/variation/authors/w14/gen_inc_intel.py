from gen_lib import *

FORMS = []
def add(**k):
    FORMS.append(k)

CATS = ["Missing", "Exploitation", "Self-harm", "Violence", "Allegation against staff",
        "Police involvement", "Hospital admission", "Other"]
def cat_boxes(chosen):
    return "  ".join(("☒ " if c.lower() == chosen else "☐ ") + c for c in CATS)
def sev_boxes(chosen):
    return "  ".join(("☒ " if s == chosen else "☐ ") + s.capitalize() for s in ["low", "medium", "high", "critical"])

# =================== SAFEGUARDING INCIDENTS ===================
add(id="w14-sg-01", form="safeguarding-incident", expect="routed", missing=None, kind="body",
    sender="nightstaff.oxford@response.provider.test",
    subject="Safeguarding incident report - missing resident - RSP-OXC-01",
    body="""Please see safeguarding incident below (copied from our incident app responses). Brokerage, Q&C and PA copied.
Response night team, Oxford

Safeguarding Incident Notification - responses

Provider
Response

Property (please use the property code)
RSP-OXC-01

Young person's name (IN CAPITALS)
ZAC HENDERSON

Date of birth
12/05/2006

LCS number
1611203

Social worker / Leaving Care PA name
Tom Fairley (PA)

Social worker / PA email
tom.fairley@council.test

Date of incident
Wed 2nd Dec 2026

Time of incident
half 11 at night (23.30)

Incident category (missing / exploitation / self-harm / violence / allegation against staff / police involvement / hospital admission / other)
Missing

Severity (low / medium / high / critical)
High

What happened? (facts only - who, what, where, when)
- Zac went out at about 6pm saying he was going to the shop and did not come back
- He did not answer calls or messages from 9pm
- At 23.30 (our curfew check) he was still not back, his phone was off and his room had not been slept in
- Zac has gone missing twice before this year and was found in London both times with older males

Immediate actions taken
- Reported missing to Thames Valley Police at 23.40
- Left message with EDT and emailed PA
- Checked with other residents - one said Zac had been "picked up by a car"
- Zac returned at 07.10 on Thurs 3rd, tired but no injuries; return interview requested

Police reference (if any)
43260291837

Completed by: Kofi Mensah, Night Support Worker
""",
    values=dict(PROVIDER="Response", PROPERTY="RSP-OXC-01", NAME="ZAC HENDERSON", DATE_OF_BIRTH="2006-05-12",
                LCS_NUMBER="1611203", WORKER_NAME="Tom Fairley (PA)", WORKER_EMAIL="tom.fairley@council.test",
                WHEN="2026-12-02T23:30", INCIDENT_DATE="2026-12-02", CATEGORY="missing", SEVERITY="high",
                POLICE_REFERENCE="43260291837"))

def inc_grid(p):
    return [
        ("A. Provider and property", [
            ("PROVIDER", "Provider", p["provider"]),
            ("PROPERTY", "Property ref.", p["property"]),
        ]),
        ("B. Young person", [
            ("NAME", "Name", p["name"]),
            ("DATE_OF_BIRTH", "DOB", p["dob_disp"], p["dob"]),
            ("LCS_NUMBER", "LCS no.", p["lcs"]),
            (None, "Service type", p["service"]),
            ("WORKER_NAME", "SW / Leaving Care PA", p["worker"]),
            ("WORKER_EMAIL", "SW / PA email", p["worker_email"]),
        ]),
        ("C. Incident", [
            (None, "Date", p["date_disp"]),
            (None, "Time", p["time_disp"]),
            ("CATEGORY", "Category||tick one", cat_boxes(p["cat"]), p["cat"], "wide"),
            ("SEVERITY", "Severity||tick one", sev_boxes(p["sev"]) if p["sev"] else sev_boxes(None), p["sev"] or None, "wide"),
            ("DESCRIPTION", "Description of incident||facts: who, what, where, when", p["desc"], None, "wide"),
            ("ACTIONS", "Immediate actions taken", p["actions"], None, "wide"),
            ("POLICE_REFERENCE", "Police ref / CAD no.", p["police"]),
            (None, "Reported by", p["by"]),
        ]),
    ]

def inc_boxes(p):
    return [
        ("Details", [
            ("PROVIDER", "Provider organisation", p["provider"]),
            ("PROPERTY", "Property (code from Appendix 1 list)", p["property"]),
            ("NAME", "Young person's full name", p["name"]),
            ("DATE_OF_BIRTH", "Date of birth", p["dob_disp"], p["dob"]),
            ("LCS_NUMBER", "LCS number (if known)", p["lcs"]),
            ("WORKER_NAME", "Social worker or Leaving Care PA (name)", p["worker"]),
            ("WORKER_EMAIL", "Social worker or Leaving Care PA (email)", p["worker_email"]),
        ]),
        ("The incident", [
            ("WHEN", "Date and time of incident", p["when_disp"], p["when"]),
            ("CATEGORY", "Incident category", cat_boxes(p["cat"]), p["cat"]),
            ("SEVERITY", "Severity", sev_boxes(p["sev"]), p["sev"]),
            ("DESCRIPTION", "What happened", p["desc"]),
            ("ACTIONS", "Immediate actions taken", p["actions"]),
            ("POLICE_REFERENCE", "Police reference number||N/A if police not involved", p["police"]),
            (None, "Form completed by (name, role, date)", p["by"]),
        ]),
    ]

def inc_values(p):
    v = dict(PROVIDER=p["provider"], PROPERTY=p["property"], NAME=p["name"], DATE_OF_BIRTH=p["dob"],
             LCS_NUMBER=p["lcs"], WORKER_NAME=p["worker"], WORKER_EMAIL=p["worker_email"], WHEN=p["when"],
             INCIDENT_DATE=p["when"][:10], CATEGORY=p["cat"])
    if p["sev"]:
        v["SEVERITY"] = p["sev"]
    if p["police"] and not p["police"].startswith("N/A"):
        v["POLICE_REFERENCE"] = p["police"]
    return v

p = dict(provider="Oxfordshire Youth", property="OXY-WOX-01", name="BELLA MARSH", dob="2007-09-09",
         dob_disp="09.09.07", lcs="1855630", service="18+ Shared", worker="Priya Sandhu (Leaving Care PA)",
         worker_email="priya.sandhu@council.test", date_disp=dlong("2026-11-30"), time_disp="19.30hrs",
         when="2026-11-30T19:30", cat="exploitation", sev="high",
         desc="At 19.30hrs a grey Ford Fiesta pulled up outside and a man (20s, thin, dark tracksuit) came to the door asking for Bella by a nickname ('B-girl'). Bella went out to the car and came back 15 minutes later with a new phone and £50. She told the night worker the man is 'a friend who looks after her' and that she 'owes him' for driving her to Reading last week. Staff have seen the same car on three evenings this week.",
         actions="• Night worker spoke to Bella about her safety and gave her the NWG / Safe Space leaflet\n• Car details and description passed to TVP on 101\n• Email to PA and Brokerage 20.15hrs\n• Bella's room checked - no other items of concern\n• CE screening tool completed, to be reviewed with PA",
         police="43260288114 (101 call)", by="Ffion Caddick, Night Support Worker, 30/11/26")
add(id="w14-sg-02", form="safeguarding-incident", expect="routed", missing=None, kind="docx", style="grid",
    title="Safeguarding Incident Notification", logo="OXFORDSHIRE YOUTH &nbsp;&middot;&nbsp; Supported Housing (18+)",
    footer="Oxfordshire Youth &middot; Safeguarding incident form SG-2 &middot; Send to Brokerage, Quality &amp; Contracts and the SW/PA",
    sections=inc_grid(p), values=inc_values(p), sender="ffion.caddick@oxyouth.provider.test",
    subject="Safeguarding incident - exploitation concern - OXY-WOX-01 - B MARSH",
    body="""Hello,

Safeguarding incident form attached from last night's shift at OXY-WOX-01 (exploitation concern). PA copied in.

Ffion Caddick
Night Support Worker, Oxfordshire Youth
""", fname="OXY_SG_incident_BMarsh_301126")

p = dict(provider="Key2 Futures", property="K2F-CHE-01", name="Oliver Grant", dob="2005-10-21",
         dob_disp="21/10/2005", lcs="1602178", worker="Emma Coles", worker_email="emma.coles@council.test",
         when_disp="Tues 01/12/2026 at 02.15", when="2026-12-01T02:15", cat="self-harm", sev="medium",
         desc="Oliver phoned the on-call worker at 02.15 to say he had cut his forearm and couldn't stop it bleeding. The on-call worker went straight over (arrived 02.40). Three superficial cuts, bleeding had slowed. Oliver said he had been drinking and got upset after an argument with his girlfriend over the phone. He said he did not want to die.",
         actions="Wounds cleaned and dressed; NHS 111 called on speaker, advised no A&E needed and to see GP. Sharps (razor blades) removed with his agreement. Safety plan reviewed with Oliver. Stayed with him until 04.00. PA emailed 08.30, GP appointment booked for 1/12 at 11.20.",
         police="N/A", by="Naomi Fletcher, Tenancy Sustainment / Support Officer, 01.12.26")
add(id="w14-sg-03", form="safeguarding-incident", expect="routed", missing=None, kind="pdf", style="boxes",
    title="Safeguarding Incident Report", logo="KEY2 FUTURES &nbsp;&middot;&nbsp; Supported Housing",
    footer="Key2 Futures &middot; Safeguarding Incident Report &middot; v2.1 &middot; Confidential",
    sections=inc_boxes(p), values=inc_values(p), sender="naomi.fletcher@key2.provider.test",
    subject="SG incident report - self harm - K2F-CHE-01 - 01/12",
    body="""Dear all,

Please find attached (PDF) a safeguarding incident report for Oliver Grant at K2F-CHE-01 (self-harm, 1st Dec). Emma - I have copied you in as his PA.

Kind regards
Naomi Fletcher
Key2 Futures
""", fname="K2F_SGIncident_OGrant_011226")

p = dict(provider="Stonewater", property="STW-VWH-01", name="REECE DAWSON", dob="2004-03-03",
         dob_disp="03/03/04", lcs="1390026", service="18+ Single Self Contained",
         worker="Kim Ashdown, Leaving Care PA", worker_email="kim.ashdown@council.test",
         date_disp=dlong("2026-11-27"), time_disp="9.10pm", when="2026-11-27T21:10", cat="violence", sev="medium",
         desc="A neighbour reported shouting and banging from Reece's flat. Reece told us the next morning that a friend he had let stay had punched him during an argument about money, and that he had pushed the friend out of the door. Reece had a cut lip and a bruise under his eye. The friend has left and Reece does not want to make a complaint.",
         actions="Visit by TSO on Sat 28/11 at 10am. Injuries photographed with consent; Reece declined medical attention. Advised on guests and his licence. PA informed. Reece agreed not to let the friend back in and we will check in daily this week.",
         police="N/A - Reece declined", by="Joanna Whitlock, Tenancy Sustainment Officer, 28/11/26")
add(id="w14-sg-04", form="safeguarding-incident", expect="routed", missing=None, kind="docx", style="grid",
    title="Safeguarding Incident Notification", logo="STONEWATER &nbsp;&middot;&nbsp; Young People's Services",
    footer="Stonewater &middot; Vale of White Horse young people's service &middot; SI-form &middot; OFFICIAL-SENSITIVE",
    sections=inc_grid(p), values=inc_values(p), sender="joanna.whitlock@stonewater.provider.test",
    subject="Safeguarding incident - STW-VWH-01 - assault on resident - Fri 27th Nov",
    body="""Hi,

Incident form attached for Reece Dawson at STW-VWH-01 (assault by a visitor on Fri 27th Nov). Apologies for the delay, I have been on leave.

Jo Whitlock
Tenancy Sustainment Officer, Stonewater
""", fname="STW_incident_RDawson")

add(id="w14-sg-05", form="safeguarding-incident", expect="routed", missing=None, kind="body",
    sender="gemma.stroud@connection.provider.test",
    subject="Safeguarding incident - allegation against staff member - CON-SOX-01",
    body="""To Brokerage and Quality & Contracts,

Please see the incident below. Due to the nature of this I have not copied the staff member's team. The PA is copied.

SAFEGUARDING INCIDENT NOTIFICATION
Provider: Connection Support
Property: CON-SOX-01
Young person's name: SOPHIE TURNER
Date of birth: 17.07.06
LCS number: 1688412
Social worker / Leaving Care PA: Daniel Price (PA)
SW / PA email: daniel.price@council.test
Incident date and time: Thurs 3rd Dec 2026, 16.45hrs
Category: Allegation against staff
Severity: High
Description: At about quarter to 5 Sophie rang the office upset and said that a male support worker had messaged her on his personal phone on several evenings, called her "gorgeous" and asked to meet her away from the service. She has screenshots. Using a personal phone to contact residents is against our policy.
Immediate actions:
- Staff member suspended from lone working with residents pending investigation, and removed from Sophie's support
- Screenshots saved (with Sophie's consent) and sent to our HR and Safeguarding Lead
- LADO contacted 17.30hrs and referral form sent
- Sophie offered a female worker; she accepted
Police reference: N/A at this stage (LADO to advise)

Gemma Stroud
Safeguarding Lead / Service Manager
Connection Support - South Oxfordshire
""",
    values=dict(PROVIDER="Connection Support", PROPERTY="CON-SOX-01", NAME="SOPHIE TURNER",
                DATE_OF_BIRTH="2006-07-17", LCS_NUMBER="1688412", WORKER_NAME="Daniel Price (PA)",
                WORKER_EMAIL="daniel.price@council.test", WHEN="2026-12-03T16:45", INCIDENT_DATE="2026-12-03",
                CATEGORY="allegation against staff", SEVERITY="high"))

# S06 INVALID - severity left blank
p = dict(provider="Sanctuary Housing", property="SAN-CHE-01", name="CHANTELLE WARD", dob="2003-11-11",
         dob_disp="11/11/2003", lcs="1412093", service="Parents", worker="Laura Bishop (SW for baby)",
         worker_email="laura.bishop@council.test", date_disp="01.12.26", time_disp="21.45hrs",
         when="2026-12-01T21:45", cat="police involvement", sev="",
         desc="Police attended Chantelle's flat at 21.45hrs following a call from a neighbour about a man kicking the door. The man (believed to be Chantelle's ex-partner) had left before police arrived. Chantelle and her daughter (2) were unhurt. Officers took a statement and advised Chantelle.",
         actions="Our on-call officer spoke to Chantelle by phone at 22.20hrs. Door checked next day - lock replaced by repairs on 02/12. Baby's SW informed by email 02/12. Chantelle given DA helpline details and offered an IDVA referral, which she is thinking about.",
         police="43260290466", by="Megan Ashworth, Tenancy Sustainment Officer, 02/12/26")
add(id="w14-sg-06", form="safeguarding-incident", expect="rejected", missing="SEVERITY", kind="docx", style="grid",
    title="Safeguarding Incident Notification", logo="SANCTUARY HOUSING &nbsp;&middot;&nbsp; Cherwell Young Parents",
    footer="Sanctuary Housing &middot; Young Parents service, Banbury &middot; Safeguarding notification &middot; Confidential",
    sections=inc_grid(p), values=inc_values(p), sender="megan.ashworth@sanctuary.provider.test",
    subject="Safeguarding incident notification - police attended - SAN-CHE-01",
    body="""Hello,

Please find attached a safeguarding incident notification for Chantelle Ward (SAN-CHE-01) - police attended on Tuesday evening.

Thanks
Megan Ashworth
Tenancy Sustainment Officer, Sanctuary Housing
""", fname="SAN_SGN_CWard_011226")

p = dict(provider="A2 Dominion", property="A2D-OXC-01", name="AISHA BEGUM", dob="2005-04-04",
         dob_disp="04.04.05", lcs="1577301", worker="Sarah Ogunleye (Leaving Care PA)",
         worker_email="sarah.ogunleye@council.test", when_disp="03.12.26 at 22.05hrs", when="2026-12-03T22:05",
         cat="hospital admission", sev="critical",
         desc="Aisha's neighbour found her unresponsive on the floor of her flat at 22.05hrs with an empty packet of paracetamol and sertraline beside her. Her son (18 months) was asleep in his cot. Ambulance called by the neighbour; Aisha was taken to the John Radcliffe and admitted to ICU. She remains in hospital.",
         actions="On-call manager attended 22.40hrs. Son cared for by the neighbour (known to us) then collected by EDT at 00.30 and placed with emergency foster carers. Police attended with ambulance. EDT and PA informed. Hospital given our on-call number. Daily contact with ward arranged.",
         police="43260292005", by="Lorraine Okafor, Tenancy Sustainment Officer, 04/12/26 07.30")
add(id="w14-sg-07", form="safeguarding-incident", expect="routed", missing=None, kind="pdf", style="boxes",
    title="Safeguarding Incident Report", logo="A2DOMINION &nbsp;&middot;&nbsp; Young Parents Service",
    footer="A2 Dominion Housing Group &middot; Safeguarding Incident Report &middot; Send within 24 hours",
    sections=inc_boxes(p), values=inc_values(p), sender="lorraine.okafor@a2dominion.provider.test",
    subject="CRITICAL safeguarding incident - hospital admission - A2D-OXC-01",
    body="""Dear Brokerage, Quality & Contracts and Sarah,

Attached is a critical incident report for Aisha Begum at A2D-OXC-01 - she was admitted to hospital last night (Thurs). Her son is safe with emergency foster carers via EDT.

Lorraine Okafor
Tenancy Sustainment Officer, A2 Dominion
""", fname="A2D_SG_critical_ABegum")

add(id="w14-sg-08", form="safeguarding-incident", expect="routed", missing=None, kind="body",
    sender="liam.forsyth@oxyouth.provider.test",
    subject="Incident notification (other) - OXY-VWH-01 - flood",
    body="""Hi all, low level one but logging it as agreed. Pasted from our form below.

Provider	Oxfordshire Youth
Property	OXY-VWH-01
Young person	NATHAN HUGHES
DOB	14/02/2007
LCS no.	1833054
SW / PA	Chris Maddox, Leaving Care PA
SW / PA email	chris.maddox@council.test
Date of incident	Wed 2/12/26
Time	2pm
Category	Other (property - burst pipe / loss of belongings)
Severity	Low
Description	A pipe burst in the flat above and water came through Nathan's ceiling. His laptop, college work and most of his clothes were soaked. Nathan was upset as the laptop had his coursework on it. Nobody was hurt.
Immediate actions	Water turned off, emergency repair done by 5pm. Nathan moved to our spare room at the same property for 3 nights. Insurance claim started. Emergency clothing grant applied for via PA. College informed about coursework.
Police ref	N/A

Liam Forsyth
Support Worker, Oxfordshire Youth (Vale)
""",
    values=dict(PROVIDER="Oxfordshire Youth", PROPERTY="OXY-VWH-01", NAME="NATHAN HUGHES",
                DATE_OF_BIRTH="2007-02-14", LCS_NUMBER="1833054", WORKER_NAME="Chris Maddox, Leaving Care PA",
                WORKER_EMAIL="chris.maddox@council.test", WHEN="2026-12-02T14:00", INCIDENT_DATE="2026-12-02",
                CATEGORY="other", SEVERITY="low"))

# =================== INTELLIGENCE ===================
add(id="w14-intel-01", form="intelligence-submission", expect="routed", missing=None, kind="body",
    sender="gethin.wyn@btp.police.test",
    subject="Partnership Agency Intelligence Sharing Submission - Pontygarth Central station",
    body="""Good morning,

Submitting the below for your readers. Non-urgent.

PARTNERSHIP AGENCY INTELLIGENCE SHARING SUBMISSION
Submitting agency: British Transport Police (Wales & Western - Pontygarth)
Officer / worker name: PC 4471 GETHIN WYN
Role: Neighbourhood Safeguarding Officer
Contact email: gethin.wyn@btp.police.test
Contact phone: 07700 900 480
Date / time of information: Sat 28th Nov 2026, between 18.00 and 20.30hrs (and on Sat 21st Nov)
Location: Pontygarth Central station, platform 3 and the taxi rank
Persons involved:
- Female, approx 15-16, white, long red hair, school blazer (Ysgol Cwm Eirin) - name given as "Lacey" when spoken to
- Male, approx 25-30, black puffer jacket, tattoo on neck (star), local accent - refused to give details
Vehicles: Black VW Golf, partial reg "PT68 ?KX", waiting at the taxi rank both evenings
Information: On two Saturday evenings the same adult male met young teenage girls off the Oxford train and walked them to the Golf. On the 28th a guard saw him hand one girl a small package and cash. The girl "Lacey" appeared intoxicated. Officers spoke to her; she said he was her cousin and left with him before checks could be completed. We believe this may be linked to child sexual or criminal exploitation along the line.
Source and grading: Officer observation and guard's account - Source 1 / Intelligence A / B (as per 3x5x2)
Handling code: P - may be disseminated to partner safeguarding agencies

PC 4471 Gethin Wyn
British Transport Police
""",
    values=dict(AGENCY="British Transport Police (Wales & Western - Pontygarth)", WORKER="PC 4471 GETHIN WYN",
                ROLE="Neighbourhood Safeguarding Officer", EMAIL="gethin.wyn@btp.police.test",
                PHONE="07700 900 480", HANDLING="P"))

def intel_sections(p):
    return [
        ("Section 1 - Submitting agency", [
            ("AGENCY", "Submitting agency", p["agency"]),
            ("WORKER", "Name of worker", p["worker"]),
            ("ROLE", "Role / job title", p["role"]),
            ("EMAIL", "Contact email", p["email"]),
            ("PHONE", "Contact telephone", p["phone"]),
        ]),
        ("Section 2 - The information", [
            ("WHEN", "Date and time of information||when was this seen / heard?", p["when"]),
            ("LOCATION", "Location||address, street, landmark", p["location"]),
            ("PERSONS", "Persons involved||name, DOB, description", p["persons"]),
            ("VEHICLES", "Vehicles||make, model, colour, registration", p["vehicles"]),
            ("INFORMATION", "Information to share||facts, what was seen or heard, by whom", p["info"]),
        ]),
        ("Section 3 - Evaluation (if known)", [
            ("SOURCE", "Source and information grading", p["source"]),
            ("HANDLING", "Handling code", p["handling"]),
        ]),
    ]

def intel_values(p):
    v = dict(AGENCY=p["agency"], WORKER=p["worker"], ROLE=p["role"], EMAIL=p["email"], PHONE=p["phone"])
    if p.get("handling_norm"):
        v["HANDLING"] = p["handling_norm"]
    return {k: x for k, x in v.items() if x}

INTEL_NOTE = ("This form is NOT for reporting crimes in progress or people at risk of immediate harm - "
              "in an emergency call 999, otherwise 101.")

p = dict(agency="Brookwell Sexual Health Outreach", worker="Bronwen Tudor", role="Sexual Health Outreach Nurse (Band 6)",
         email="bronwen.tudor@brookwell.charity.test", phone="07700 900 866",
         when="Clinic contacts on 19/11/26 and 26/11/26 (afternoons)",
         location="Youth drop-in clinic, Banbury; and a flat described as above the vape shop on Parsons Row, Banbury",
         persons="1. Female patient, 17 (DOB 02/06/2009) - name withheld at this stage, known to our service\n2. 'Dean' - male, approx 29, white, shaved head, drives the car below",
         vehicles="Silver Audi A3, possibly reg ending 'VXR' - patient was dropped off in it on 26/11",
         info="A 17 year old patient has attended twice for emergency contraception. She describes 'Dean' (29) as her boyfriend and said he buys her clothes, pays her phone bill and takes her to a flat in Banbury where other men come round. She was reluctant to give more detail. She has not disclosed assault. I am concerned this may be grooming / CSE. A MASH referral has been made separately by our safeguarding lead.",
         source="Direct disclosure by patient to nurse. Not graded.", handling="P - share with safeguarding partners",
         handling_norm="P")
add(id="w14-intel-02", form="intelligence-submission", expect="routed", missing=None, kind="docx", style="twocol",
    title="Partnership Agency Intelligence Sharing Submission",
    logo="BROOKWELL SEXUAL HEALTH &nbsp;&middot;&nbsp; Outreach Nursing Team",
    intro=INTEL_NOTE,
    footer="Brookwell Sexual Health (registered charity) &middot; Outreach team &middot; Information shared under the Community Safety Partnership ISA",
    sections=intel_sections(p), values=intel_values(p), sender="bronwen.tudor@brookwell.charity.test",
    subject="Intelligence sharing submission - possible CSE - Banbury",
    body="""Hello,

Please see attached an intelligence sharing submission about a possible exploitation concern in Banbury. This has also gone to MASH via our safeguarding lead.

Bronwen Tudor
Sexual Health Outreach Nurse, Brookwell
""", fname="Intel_submission_Brookwell_Banbury")

add(id="w14-intel-03", form="intelligence-submission", expect="routed", missing=None, kind="body",
    sender="kofi.mensah@response.provider.test",
    subject="Intel sharing - possible cuckooing - Osney Close, Oxford",
    body="""Hi, night team at Response here. Putting this through as intelligence, nothing urgent.

Agency: Response (Oxford City night team)
Name: Kofi Mensah
Role: Night Support Worker
Email: kofi.mensah@response.provider.test
Phone: 01865 900 214 (night office)
When: over the last 2 weeks - most recently Mon 30/11 about 1am
Where: 12 Osney Close, Oxford (flat of a former resident, moved on in Sept)
People:
  - Former resident: Harvey Bell, DOB 22/01/2005
  - 2 unknown males, early 20s, one with a Scouse accent, one tall with dreadlocks
Vehicles: white Toyota Yaris (private hire sticker) - seen dropping off several times
Information: Current residents tell us Harvey's flat has "new people" living there and that he now sleeps at a mate's. Our staff driving past on nights have seen lots of short visits late at night. Harvey came to see us last week looking thin and said he "can't go home at the moment". We think his flat may have been taken over (cuckooing).
Source / grading: staff observations + residents' accounts (not graded)
Handling code: not sure - happy for it to be shared with partners

Thanks
Kofi
""",
    values=dict(AGENCY="Response (Oxford City night team)", WORKER="Kofi Mensah", ROLE="Night Support Worker",
                EMAIL="kofi.mensah@response.provider.test", PHONE="01865 900 214"))

# I04 INVALID - worker name blank
p = dict(agency="British Transport Police - Safeguarding Hub (Wales)", worker="", role="",
         email="safeguarding.hub@btp.police.test", phone="01632 962 000",
         when="Recurring - Tuesday and Thursday evenings since early November 2026, last seen 26.11.26 approx 21.00",
         location="Llanfeddyg Parkway station footbridge and car park",
         persons="Group of 4-6 youths aged 14-17; one identified as Jake Pryor (DOB 08/08/2010)\nOlder male, 'Tank', approx 30, large build",
         vehicles="Dark blue Vauxhall Corsa, reg PT19 LFE",
         info="CCTV review shows a group of teenagers collecting small packages from the older male in the car park, then boarding trains towards Oxford and Reading. The same group is seen returning later the same evening. Pattern consistent with county lines running via the rail network.",
         source="CCTV review and revenue protection staff. Source 1 / Intel B", handling="P",
         handling_norm="P")
add(id="w14-intel-04", form="intelligence-submission", expect="rejected", missing="WORKER", kind="docx", style="grid",
    title="Partnership Agency Intelligence Sharing Submission",
    logo="BRITISH TRANSPORT POLICE &nbsp;&middot;&nbsp; Safeguarding Hub (Wales)",
    intro=INTEL_NOTE,
    footer="OFFICIAL-SENSITIVE &middot; BTP Safeguarding Hub &middot; Do not forward outside the partnership",
    sections=intel_sections(p), values=intel_values(p), sender="safeguarding.hub@btp.police.test",
    subject="Intelligence submission - county lines / rail network - Llanfeddyg Parkway",
    body="""Good morning,

Please find attached an intelligence submission for onward sharing with Thames Valley readers.

Regards
BTP Safeguarding Hub (Wales)
""", fname="BTP_intel_LlanfeddygParkway")

p = dict(agency="Stonewater - Young People's Services (Vale)", worker="Dominic Hale",
         role="Tenancy Sustainment Officer", email="dominic.hale@stonewater.provider.test",
         phone="07700 900 733", when="Sun 29th Nov 2026, approx 17.00-18.30",
         location="Car park behind Mill Court, Abingdon (our STW-VWH-02 flats)",
         persons="Male 1: approx 20, mixed race, grey North Face coat\nMale 2: approx 17-18, white, slim, cycles a black BMX\nOur resident (19) - name can be shared on request",
         vehicles="Black Mercedes A-Class, reg KN21 ZTB - parked 90 mins with engine running",
         info="While I was on a weekend welfare visit, the Mercedes parked behind the flats and at least six people came and went from it in 90 minutes, each staying a minute or two. One of our residents went to the car twice. Another resident has complained of a strong smell of cannabis in the stairwell and of people buzzing the door late at night asking for 'Tee'. We are concerned that drugs are being sold from or around the building.",
         source="Own observation (TSO) and tenant complaints. Not graded", handling="C - please do not identify the tenant who complained",
         handling_norm="C")
add(id="w14-intel-05", form="intelligence-submission", expect="routed", missing=None, kind="pdf", style="boxes",
    title="Partnership Agency Intelligence Sharing Submission",
    logo="STONEWATER &nbsp;&middot;&nbsp; Young People's Services",
    intro=INTEL_NOTE,
    footer="Stonewater &middot; Tenancy Sustainment &middot; Shared under the Community Safety Partnership ISA",
    sections=intel_sections(p), values=intel_values(p), sender="dominic.hale@stonewater.provider.test",
    subject="Intelligence sharing submission - suspected drug dealing - Mill Court Abingdon",
    body="""Hello,

Intelligence sharing form attached (PDF) about suspected drug dealing around one of our buildings in Abingdon.

Dominic Hale
Tenancy Sustainment Officer, Stonewater
""", fname="STW_intel_MillCourt")

add(id="w14-intel-06", form="intelligence-submission", expect="urgent", missing=None, kind="body",
    sender="ffion.caddick@oxyouth.provider.test",
    subject="URGENT intelligence - resident being held in flat NOW - please act",
    body="""PLEASE READ NOW

I don't know if this is the right form but I am sending it straight away.

Partnership Agency Intelligence Sharing Submission
Submitting agency: Oxfordshire Youth (Witney night team)
Worker: Ffion Caddick
Role: Night Support Worker
Email: ffion.caddick@oxyouth.provider.test
Phone: 07700 900 690
Date/time: Fri 04/12/2026 - happening now, she rang me at 08.40
Location: Flat 6, Cornmarket House, Witney (top floor)
Persons involved: our resident BELLA MARSH (DOB 09/09/2007); a man she calls "Jay", 20s, thin, tracksuit
Vehicles: grey Ford Fiesta outside the building
Information: Bella has just rung me crying and whispering. She says Jay has locked her in the flat and has a knife, and that he says he will hurt her if she tries to leave or calls anyone. She is there at this moment and I could hear a man shouting in the background before the line went dead. She is in immediate danger.
Source: direct phone call from the young person
Handling code: P

Ffion
""",
    values=dict(AGENCY="Oxfordshire Youth (Witney night team)", WORKER="Ffion Caddick", ROLE="Night Support Worker",
                EMAIL="ffion.caddick@oxyouth.provider.test", PHONE="07700 900 690"))

p = dict(agency="Brookwell Sexual Health Outreach", worker="Ruth Ambrose", role="Sexual Health Outreach Nurse",
         email="ruth.ambrose@brookwell.charity.test", phone="07700 900 944",
         when="Between 10/11/26 and 01/12/26 (outreach van sessions)",
         location="'The Yard' - ground floor flat, 3 Tanner's Walk, Bicester (described by patients)",
         persons="Four young men aged 17-19 seen on the outreach van (names held by the service)\nAn adult male known as 'Uncle Rob', 40s, said to host the parties",
         vehicles="None seen",
         info="Over three weeks, four separate young men have told us they went to 'parties' at a flat on Tanner's Walk where an older man supplies alcohol and ketamine free of charge, and that some of them later had sex with adults they met there. Two needed STI treatment. None wanted to make a report. There is no immediate risk that needs a police response - I am sharing this as intelligence so that the pattern is known.",
         source="Patient accounts (x4). Not graded.", handling="P", handling_norm="P")
add(id="w14-intel-07", form="intelligence-submission", expect="routed", missing=None, kind="docx", style="boxes",
    title="Partnership Agency Intelligence Sharing Submission",
    logo="BROOKWELL SEXUAL HEALTH &nbsp;&middot;&nbsp; Outreach Nursing Team",
    intro=INTEL_NOTE,
    footer="Brookwell Sexual Health (registered charity) &middot; Outreach team &middot; Information shared under the Community Safety Partnership ISA",
    sections=intel_sections(p), values=intel_values(p), sender="ruth.ambrose@brookwell.charity.test",
    subject="Intelligence submission - party house Bicester",
    body="""Hello,

Attached is an intelligence sharing submission about an address in Bicester that keeps coming up on the outreach van.

Ruth Ambrose RGN
Sexual Health Outreach Nurse, Brookwell
""", fname="Brookwell_intel_Bicester_partyhouse")

add(id="w14-intel-08", form="intelligence-submission", expect="routed", missing=None, kind="body",
    sender="gareth.lewis@council.test",
    subject="Partnership intelligence sharing submission - care leaver's flat, Pontygarth",
    body="""Dear Readers,

Please find my intelligence submission below, answered in the order of your form.

1. Submitting agency
   Tawelan County Borough Council - Leaving Care Team (Tîm Gadael Gofal)

2. Worker name
   GARETH LEWIS

3. Role
   Personal Adviser

4. Contact email
   gareth.lewis@council.test

5. Contact phone
   01632 960 845

6. Date and time of the information
   Home visit Tues 24th Nov 2026 at approx 14.00, and phone call Mon 30th Nov

7. Location
   Flat 1, 9 Ffordd yr Eglwys, Pontygarth PT1 5NN

8. Persons involved (name, date of birth, description)
   - Care leaver: Joel Ashby, DOB 19/09/2005
   - Male known as "Spider", approx 22, Liverpool accent, gold front tooth
   - Female, approx 18, blonde, stays at the flat

9. Vehicles
   N/A

10. Information
    At my visit on 24/11 there were two people in Joel's flat I didn't know. Joel seemed nervous and would not let me into the bedroom. There were several phones on the table and digital scales. On the phone on 30/11 he said "they're sorting my rent out" and that he owes "Spider" money. I believe Joel's flat is being used by others and he may be a victim of cuckooing.

11. Source and grading
    My own observations and Joel's comments (not graded)

12. Handling code
    P

Gareth Lewis
Personal Adviser, Leaving Care Team
Tawelan County Borough Council
""",
    values=dict(AGENCY="Tawelan County Borough Council - Leaving Care Team (Tîm Gadael Gofal)", WORKER="GARETH LEWIS",
                ROLE="Personal Adviser", EMAIL="gareth.lewis@council.test", PHONE="01632 960 845", HANDLING="P"))
