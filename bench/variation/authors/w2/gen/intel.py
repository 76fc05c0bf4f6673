from lib import *
from risk import ho_logo

add("w2-intel-01", "intelligence-submission", "gemma.shorrock@council.test", "Partnership Agency Intelligence Sharing Submission - Fenmoor",
"""Please see below intelligence submission for forwarding to TVP.

PARTNERSHIP AGENCY INTELLIGENCE SHARING SUBMISSION

1. Submitting agency
Northvale Youth Justice Service

2. Worker name
Gemma Shorrock

3. Role
Case Manager

4. Contact email
gemma.shorrock@council.test

5. Contact phone
01632 960 441

6. Date and time the information was obtained
Tuesday 1 December 2026, approx 15:30 (during a supervision session)

7. Location the information relates to
Underpass and benches by the Co-op, Marlow Parade, Fenmoor

8. Persons involved (name, date of birth, description)
a) Young person on my caseload (details can be given on request), aged 17.
b) Male known as "Sonny" or "Sonny D", white, about 20, thin, ginger hair, often wears a black North Face puffer jacket.
c) A second male, no name, Asian, about 18-19, rides a black electric scooter.

9. Vehicles
Black electric scooter (no plate). Silver Ford Fiesta, partial reg "VK16", seen collecting "Sonny" on Marlow Parade.

10. Information
During supervision my young person said that younger teenagers (Year 9 and 10) are being given cannabis on credit by "Sonny" at the underpass after school and are then told they owe money and must "run a parcel" to pay it off. He said this has been happening "for a few weeks" and that two boys from Fenmoor Academy have been sent to Reading on the train. He did not want to give the boys' names. He appeared worried about them rather than involved himself.

11. Source
Young person on YJS caseload - first-hand account of what he has seen; not previously tested.

12. Grading (if known)
Source: C (not known); Information: 2 (known indirectly to the source but corroborated - I have heard similar from the school)

13. Handling code
P - may be shared with other agencies for safeguarding

Thanks
Gemma""",
    dict(WORKER="Gemma Shorrock", EMAIL="gemma.shorrock@council.test", AGENCY="Northvale Youth Justice Service", INFO_DATE="2026-12-01"),
    voice="yos-numbered")

add("w2-intel-02", "intelligence-submission", "marcus.delaney@council.test", "Intel submission - address of concern, Ambrook",
"""Intelligence Sharing Submission (Partnership Agency)

Q1 Submitting agency: Northvale YJS - Bail and Remand team
Q2 Worker: Marcus Delaney
Q3 Role: Senior Practitioner
Q4 Email: marcus.delaney@council.test
Q5 Phone: 07700 900 287
Q6 Date/time of information: 27/11/2026 at 18:00
Q7 Location: Flat 14, Caxton Heights, Ambrook (ground floor, rear)
Q8 Persons involved:
   - Resident of flat 14: female, about 40, named locally as "Tina"
   - Several teenage boys seen coming and going, ages 15-17 (not identified)
Q9 Vehicles: White Vauxhall Vivaro van, reg begins "OU70", parked outside most evenings
Q10 Information:
While doing a bail address check at a neighbouring flat on 27 November I saw a steady flow of teenage boys going in and out of flat 14 over about 40 minutes, each staying only a couple of minutes. A neighbour told me the resident "has had lads staying for weeks" and that she is "not well". The neighbour is worried that the flat has been taken over (cuckooing). The curtains at the flat are kept closed and there is a strong smell of cannabis in the stairwell.
Q11 Source: Own observation, plus a neighbour (who did not want to be named).
Q12 Grading: B / 2
Q13 Handling: P

Marcus Delaney
Northvale YJS""",
    dict(WORKER="Marcus Delaney", EMAIL="marcus.delaney@council.test", AGENCY="Northvale YJS - Bail and Remand team", INFO_DATE="2026-11-27"),
    voice="yos-numbered")

# urgent: present danger
add("w2-intel-03", "intelligence-submission", "dean.haworth@council.test", "intel form - urgent pls read",
"""sorry dont know who else to send this to, using the intel form

agency: leaving care north
worker: Dean Haworth
role: PA
email: dean.haworth@council.test
phone: 07700 900412
date/time of info: now - 04/12/26 08:50
location: 22 Brindle Street, Ambrook, top floor flat
persons: Tayla Brennan (dob 11/03/08, my YP) + male about 25 called "Jay", + 2 other men
vehicles: black BMW outside, didnt get reg
information: tayla just rang me crying from the bathroom at that flat, says she went there last night and now they wont let her leave, they have taken her phone off her (she is on a friends phone) and one of them has a knife and has said he will cut her if she tries to go. she is there right now, locked in the bathroom. phone cut off while i was talking to her
source: the YP herself, direct phone call to me
grading: -
handling: -

Dean""",
    dict(WORKER="Dean Haworth", EMAIL="dean.haworth@council.test", AGENCY="leaving care north"),
    expect="urgent", voice="pa-phone")

add("w2-intel-04", "intelligence-submission", "kofi.asante@housing.council.test", "Partnership intelligence submission - HOP tenancy concern",
"""PARTNERSHIP AGENCY INTELLIGENCE SHARING SUBMISSION
(typed from HPX note NT-558210)

Submitting agency ......... Wychford District Council - Housing Options
Worker name ............... Kofi Asante
Role ...................... Housing Options Officer (Young Persons Pathway)
Contact email ............. kofi.asante@housing.council.test
Contact phone ............. 01993 900 233
Date of information ....... 02/12/2026
Time of information ....... 11:45
Location .................. 5 Tanyard Mews, Wychford WY1 6HH (council temporary accommodation unit)
Persons involved .......... Occupant: Aleksander Nowak, DOB 14/06/2004. Visitor: unknown male, mid 30s, heavy build, shaved head, tattoo on his neck
Vehicles .................. Dark blue Audi A3, reg AB68 KXT (noted by our caretaker)
Information ............... Our caretaker reported that the visitor has stayed at the TA unit most nights for 2 weeks. He has been seen taking large holdalls in and out late at night. Mr Nowak told the officer on 02/12 that the visitor is "a friend of a friend" and that he "can't say no". He seemed frightened and had a fresh bruise on his cheek. Possible cuckooing / exploitation of a vulnerable adult (care leaver, learning difficulty).
Source .................... Caretaker (own observation) and officer's own observation on visit
Grading ................... 2 / B
Handling code ............. P

Kofi Asante
Housing Options, Wychford DC""",
    dict(WORKER="Kofi Asante", EMAIL="kofi.asante@housing.council.test", AGENCY="Wychford District Council - Housing Options", INFO_DATE="2026-12-02"),
    voice="housing-grid")

add("w2-intel-05", "intelligence-submission", "rachel.oduya@brambleheights.test", "Intelligence sharing submission - Bramble Heights",
"""Good morning,

Please find below an intelligence submission from Bramble Heights children's home.

INTELLIGENCE SUBMISSION - CHECKLIST
[x] Not a crime in progress / nobody in immediate danger (checked)
[x] Manager has authorised

Submitting agency: Bramble Heights Children's Home (Ashgrove Care Ltd)
Worker name: Rachel Oduya
Role: Registered Manager
Contact email: rachel.oduya@brambleheights.test
Contact phone: 01869 900 451
Date/time of information: 30/11/2026, 21:15
Location: Layby on the B4030 near Ashgrove Lane, Middle Whitton
Persons involved: One of our residents, a 15-year-old girl (details held by the home; can be shared with police on request), and an unknown male driver, white, about 30, with a beard
Vehicles: Red Seat Leon, partial reg "...XPU", with tinted back windows
Information: Staff on a late shift saw our resident get out of the red Seat in the layby and walk back to the home. She said the driver was "a mate's cousin" who had given her a lift from Bicester. She had a new phone and vapes which she said were gifts from him. This is the third time this car has been seen near the home in November. Staff think it is grooming / CSE.
Source: Staff observation (two members of staff)
Grading: B2
Handling code: P

Rachel Oduya
Registered Manager""",
    dict(WORKER="Rachel Oduya", EMAIL="rachel.oduya@brambleheights.test", AGENCY="Bramble Heights Children's Home (Ashgrove Care Ltd)", INFO_DATE="2026-11-30"),
    voice="home-manager-checklist")

def yos_intel(d):
    logo = '<p><font size="4" color="#00594F"><b>Northvale Youth Justice Service</b></font><br><font size="1">Fenmoor House, 9 Quarry Street, Ambrook</font></p><hr>'
    t = '<p align="center"><b><font size="4">PARTNERSHIP AGENCY INTELLIGENCE SHARING SUBMISSION</font></b><br><i>NOT for crimes in progress or anyone in immediate danger &ndash; call 999.</i></p>'
    return page("Intel", logo + t + numbered(d["qs"]), "", "Northvale YJS &middot; Form YJS/INT/01 &middot; OFFICIAL-SENSITIVE")

d6 = dict(qs=[("Submitting agency", "Northvale Youth Justice Service - Prevention Team"), ("Worker name", ""),
              ("Role", "Prevention worker"), ("Contact email", "yjs.prevention@council.test"), ("Contact phone", "01632 960 400"),
              ("Date and time of the information", "03/12/2026 at 16:10"), ("Location", "Skate park, Victoria Rec, Fenmoor"),
              ("Persons involved (name, DOB, description)", "Group of 4-5 boys aged around 14-16 (not identified). One older male aged about 19 in a grey tracksuit, known as 'Dex'."),
              ("Vehicles", "None seen"),
              ("Information", "During a detached session at the skate park the worker saw 'Dex' hand small packages to two of the younger boys, who then left on bikes in the direction of the Meadows estate. One of the boys later told the worker that Dex 'pays well' and asked whether the worker 'wanted some'. The worker thinks the younger boys are being used to deliver drugs."),
              ("Source", "Worker's own observation, plus a comment from a young person"),
              ("Information grading (if known)", "B / 2"), ("Handling code", "P")])
add("w2-intel-06", "intelligence-submission", "yjs.prevention@council.test", "Intelligence submission - Victoria Rec skate park",
    "Please see the attached intelligence submission from the YJS Prevention Team for forwarding to police.\n\nNorthvale YJS Prevention Team\n01632 960 400",
    dict(EMAIL="yjs.prevention@council.test", AGENCY="Northvale Youth Justice Service - Prevention Team"), attachment="docs/intel-06_yjs_prevention.docx",
    expect="rejected", missing="WORKER", html=yos_intel(d6), voice="yos-numbered")

def ho_intel(d):
    secs = [("Your details", [[("Submitting agency", d["agency"]), ("Worker name", d["worker"]), ("Role", d["role"])],
                              [("Contact email", d["email"]), ("Contact phone", d["phone"])]]),
            ("When and where", [[("Date of information", d["date"]), ("Time of information", d["time"]), ("Location", d["loc"])]]),
            ("Who and what", [[("Persons involved (name, date of birth, description)", d["persons"])], [("Vehicles (make, model, colour, registration)", d["veh"])]]),
            ("The information", [[("Information (what, who, when, how you know)", d["info"])]]),
            ("Evaluation", [[("Source", d["source"]), ("Information grading", d["grading"]), ("Handling code", d["handling"])]])]
    t = f'<p><font size="4" color="{d["col"]}"><b>Partnership Agency Intelligence Sharing Submission</b></font><br><font size="1">Do not use this form to report crimes in progress or anyone in immediate danger &ndash; dial 999. Non-urgent crime: 101.</font></p>'
    return page("Intel", t + above(secs, head=d["col"], labcol=d["col"]), ho_logo(d["brand"], d["strap"], d["col"]), d["foot"])

d7 = dict(brand="A2Dominion", strap="Housing &middot; Care &middot; Support &ndash; Young People", col="#00857C",
          agency="A2 Dominion - Young People's Services", worker="Imran Qureshi", role="YP Services Coordinator",
          email="imran.qureshi@a2dominion.provider.test", phone="01865 900 512", date="01/12/2026", time="14:15",
          loc="Thame Road House (A2D-SOX-01), flat 4, Thame Road, Wallingford",
          persons="Dylan Ashworth (resident), DOB 15/03/2005. Two unknown males, both about 20: one Black with short dreadlocks and a Nike tech fleece; one white with a Manchester accent.",
          veh="Grey Toyota Prius, taxi plate, seen dropping them off (reg not obtained)",
          info="Two non-residents have been visiting Dylan's flat daily for about 10 days and sometimes stay overnight. Dylan told staff that they 'look after' the flat and that he is afraid to ask them to leave. Digital scales and several phones were seen in the flat. We believe Dylan is being cuckooed. A safeguarding incident has also been sent to Brokerage.",
          source="Staff observation, and a disclosure by the resident", grading="B2", handling="P",
          foot="A2Dominion Group &middot; Form YP-INT &middot; Please do not alter this template")
add("w2-intel-07", "intelligence-submission", "imran.qureshi@a2dominion.provider.test", "Intelligence submission - suspected cuckooing A2D-SOX-01",
    "Hello,\n\nPlease find attached our intelligence sharing submission regarding suspected cuckooing at Thame Road House. This is not an emergency - the resident is safe and a plan is in place.\n\nBest wishes\nImran Qureshi",
    dict(WORKER="Imran Qureshi", EMAIL="imran.qureshi@a2dominion.provider.test", AGENCY="A2 Dominion - Young People's Services", INFO_DATE="2026-12-01"),
    attachment="docs/intel-07_A2D-SOX-01.docx", html=ho_intel(d7), voice="head-office")

def check_intel(d):
    logo = '<p><font size="4"><b>Bramble Heights</b></font> <font size="1">Children\'s Home &middot; Ashgrove Care Ltd &middot; Ofsted URN SC900111</font></p><hr>'
    t = '<p align="center"><b>INTELLIGENCE SHARING SUBMISSION &ndash; MANAGER CHECKLIST</b></p>'
    ck = two_col([("Before you send (tick)", [("☒", "Not a crime in progress"), ("☒", "Nobody in immediate danger"), ("☒", "Manager has authorised"), ("☐", "Young person told (not appropriate)")])], lw="8%", shade="#FFF2CC", head="#7F6000")
    body = two_col([("Submitter", [("Submitting agency", d["agency"]), ("Worker name", d["worker"]), ("Role", d["role"]), ("Contact email", d["email"]), ("Contact phone", d["phone"])]),
                    ("Information", [("Date of information", d["date"]), ("Time of information", d["time"]), ("Location", d["loc"]),
                                     ("Persons involved", d["persons"]), ("Vehicles", d["veh"]), ("Information", d["info"]),
                                     ("Source", d["source"]), ("Grading", d["grading"]), ("Handling code", d["handling"])])], shade="#FFF2CC", head="#7F6000")
    return page("Intel", t + ck + "<br>" + body, logo, "Bramble Heights &middot; INT-CHK v2 &middot; Confidential")

d8 = dict(agency="Bramble Heights Children's Home (Ashgrove Care Ltd)", worker="Rachel Oduya", role="Registered Manager",
          email="rachel.oduya@brambleheights.test", phone="01869 900 451", date="02/12/2026", time="approx. 23:40",
          loc="Rear car park of the Swan pub, Church Street, Middle Whitton",
          persons="Resident of the home, girl aged 15 (as in our submission of 30/11). Male driver as before; a second man, aged about 40, with grey hair and glasses.",
          veh="Red Seat Leon, registration now seen in full: KX19 XPU",
          info="Our resident was returned to the home by police at 00:20 after being found in the car park with the two men. She had been drinking. Staff noted the registration of the same red Seat seen on 30/11. The police attended on the night; this submission adds the registration and the second man's description for intelligence purposes.",
          source="Staff and police on scene", grading="A / 1", handling="P")
add("w2-intel-08", "intelligence-submission", "rachel.oduya@brambleheights.test", "Intel submission (follow-up) - red Seat Leon KX19 XPU",
    "Hello, attached is our follow-up intelligence submission (PDF) - registration now obtained. Rachel Oduya, Registered Manager, Bramble Heights",
    dict(WORKER="Rachel Oduya", EMAIL="rachel.oduya@brambleheights.test", AGENCY="Bramble Heights Children's Home (Ashgrove Care Ltd)", INFO_DATE="2026-12-02"),
    attachment="docs/intel-08_bramble_heights.pdf", html=check_intel(d8), voice="home-manager-checklist")
