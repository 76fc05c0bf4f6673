from gen_lib import *
from gen_ref import CONF_COUNCIL
from gen_mash_risk import CONF_PROVIDER, CONF_NHS, CONF_CHARITY
def d(s, iso): return N(s, iso)
SEV = lambda s, n: N(s, n); CAT = lambda s, n: N(s, n)

FORMS2 = []

# ---------- INC 01 docx Stonewater, missing, high
FORMS2.append(dict(id="w11-inc-01", form="safeguarding-incident", fmt="docx", file="STW_Safeguarding_Incident_STW-VWH-02_03122026", render="two", numbered=True,
 title="Safeguarding Incident Report", logo="Stonewater | Young People's Supported Housing",
 notes="Complete within 24 hours of the incident and email to Brokerage, Quality & Contracts and the young person's social worker / PA. Severity: Low / Medium / High / Critical. For High or Critical incidents also telephone the duty contact.",
 footer="Stonewater Ltd - Safeguarding Incident Report SIR-04 - OFFICIAL-SENSITIVE when complete",
 sender="kelly.ashford@stonewater.provider.test", subject="Safeguarding incident - STW-VWH-02 - missing young person - 03/12/2026",
 cover="""Good morning,

Please find attached a safeguarding incident report for a young person at our Vale of White Horse scheme who was reported missing last night. She returned at 02:10 this morning.

Kind regards

Kelly Ashford
Senior Support Worker
Stonewater - Young People's Services (Vale)
Tel: 01632 960612 | Out of hours rota: 07700 900050

""" + CONF_PROVIDER,
 sections=[
  ("Part 1: Service details", [
    ("Provider", "Stonewater", "PROVIDER"),
    ("Property / scheme code", "STW-VWH-02", "PROPERTY"),
  ]),
  ("Part 2: Young person", [
    ("Name of young person", "Chloe Marwood", "NAME"),
    ("Date of birth", d("15/06/2009", "2009-06-15"), "DATE_OF_BIRTH"),
    ("LCS number", "2288530", "LCS_NUMBER"),
    ("Social worker / Leaving Care PA", "Martin Osei", "WORKER_NAME"),
    ("SW / PA email", "martin.osei@council.test", "WORKER_EMAIL"),
  ]),
  ("Part 3: Incident", [
    ("Date and time of incident", d("03/12/2026 at 21:40hrs", "2026-12-03T21:40"), "WHEN"),
    ("Category", CAT("Missing from placement", "missing"), "CATEGORY"),
    ("Severity", SEV("High", "high"), "SEVERITY"),
    ("Description of incident", "Chloe did not return for her 21:00 curfew. Staff called her phone at 21:15 and 21:30 with no answer. At 21:40hrs she was reported missing to police as per her missing protocol as she is 17 and has a history of being picked up by unknown males in cars. She returned at 02:10hrs on 04/12, dropped off by a grey car. She smelt of cannabis and would not say where she had been.", "DESCRIPTION"),
    ("Immediate actions taken", "Reported missing to TVP 21:40hrs. EDT informed 22:05. Staff checked local areas. On return, welfare check, offered food, return interview requested. Car details (partial reg) passed to police.", "ACTIONS"),
    ("Police reference (if applicable)", "43260321964", "POLICE_REFERENCE"),
  ]),
  ("Part 4: Completed by", [
    ("Name and role", "Kelly Ashford, Senior Support Worker"),
    ("Date", "04.12.2026"),
  ]),
 ]))

# ---------- INC 02 docx Response, self-harm, medium, four-col
FORMS2.append(dict(id="w11-inc-02", form="safeguarding-incident", fmt="docx", file="Response_IncidentReport_RSP-OXC-01", render="four", style="box",
 title="INCIDENT REPORT FORM - SAFEGUARDING", logo="RESPONSE",
 notes="Tick the category and severity that best apply. Send a copy to the Placements (Brokerage) team, Quality & Contracts and the allocated SW/PA.",
 footer="Response - Incident Report v7 | Page 1",
 sender="callum.rivers@response.provider.test", subject="Incident report - RSP-OXC-01 - self harm 02.12.26",
 cover="""Morning all,

Please see attached incident report regarding Maya on Wednesday evening.

Thanks
Callum

Callum Rivers
Project Worker
Response, Oxford City Young People's Service

""" + CONF_PROVIDER,
 sections=[
  ("Provider and property", [
    ("Provider", "Response", "PROVIDER"),
    ("Property", "RSP-OXC-01", "PROPERTY"),
  ]),
  ("Young person", [
    ("Name", "Maya Sorensen", "NAME"),
    ("DOB", d("04.09.2007", "2007-09-04"), "DATE_OF_BIRTH"),
    ("LCS no.", "1955827", "LCS_NUMBER"),
    ("SW / PA", "Tom Hadley (PA)", "WORKER_NAME"),
    ("SW / PA email", "tom.hadley@council.test", "WORKER_EMAIL", "wide"),
  ]),
  ("Incident", [
    ("Date of incident", d("02.12.2026", "2026-12-02"), "INCIDENT_DATE"),
    ("Time", "9.40 pm"),
    ("Category", CAT("☐ Missing ☐ Exploitation ☒ Self-harm ☐ Violence ☐ Allegation against staff ☐ Police involvement ☐ Hospital admission ☐ Other", "self-harm"), "CATEGORY", "wide"),
    ("Severity", SEV("☐ Low ☒ Medium ☐ High ☐ Critical", "medium"), "SEVERITY", "wide"),
    ("What happened", "Maya came to the office at 9.40 pm and showed staff cuts to her left forearm which she had made with a razor blade in her room. The cuts were superficial and had stopped bleeding. She said she was upset after a phone call with her mum.", "DESCRIPTION", "wide"),
    ("Immediate actions", "First aid given, wounds cleaned and dressed. Maya did not need hospital treatment (checked with 111). Razor blades handed over. Staff did hourly checks overnight. PA emailed. Safety plan reviewed on 3/12 with Maya.", "ACTIONS", "wide"),
    ("Police ref", "N/A"),
  ]),
 ]))

# ---------- INC 03 body Oxfordshire Youth, violence, high, quick note
FORMS2.append(dict(id="w11-inc-03", form="safeguarding-incident", fmt="body", render=body_colon, style="word",
 sender="jordan.mcbride@oxyouth.provider.test", subject="Safeguarding incident OXY-WOX-01 - assault on resident - Tues night",
 pre="""Good morning,

Quick note of a safeguarding incident at our Witney house on Tuesday night - full report to follow on our form, but I wanted you to have the facts now.

""",
 post="""

Kind regards,

Jordan McBride
Housing Support Lead
Oxfordshire Youth - Supported Housing
07700 900611

""" + CONF_PROVIDER,
 sections=[
  (None, [
    ("Provider", "Oxfordshire Youth", "PROVIDER"),
    ("Property", "OXY-WOX-01", "PROPERTY"),
    ("YP", "Bradley Nuttall", "NAME"),
    ("DOB", d("11/02/2008", "2008-02-11"), "DATE_OF_BIRTH"),
    ("LCS", "not known", None),
    ("PA", "Sarah Winslow", "WORKER_NAME"),
    ("PA email", "sarah.winslow@council.test", "WORKER_EMAIL"),
    ("When", d("Tues 1st Dec, around 10 at night", "2026-12-01T22:00"), "WHEN"),
    ("Category", CAT("Violence", "violence"), "CATEGORY"),
    ("Severity", SEV("High", "high"), "SEVERITY"),
    ("What happened", "Bradley was punched several times in the face in the communal kitchen by a visitor of another resident. He had a cut lip and swelling to his eye. The visitor left before staff got downstairs.", "DESCRIPTION"),
    ("Actions", "Staff separated residents, first aid, police called (attended at 23:20), visitor banned from the property, other resident given a warning under licence agreement. Bradley checked by 111 - no hospital needed. PA informed Weds morning.", "ACTIONS"),
    ("Police ref", "43260318801", "POLICE_REFERENCE"),
  ])]))

# ---------- INC 04 pdf Sanctuary, exploitation, critical, boxes
FORMS2.append(dict(id="w11-inc-04", form="safeguarding-incident", fmt="pdf", file="Sanctuary_Safeguarding_Incident_SAN-CHE-01", render="boxes",
 title="Safeguarding Incident Notification", logo="SANCTUARY HOUSING - Supported Living",
 notes="Notify Brokerage and Quality & Contracts within 24 hours. Critical incidents must also be phoned through immediately to the duty contact.",
 footer="Sanctuary Housing Association | SIN-01 | Confidential",
 sender="gillian.ashworth@sanctuary.provider.test", subject="CRITICAL safeguarding incident - SAN-CHE-01 - 30/11/2026",
 cover="""Good morning,

Please find attached our notification of a critical safeguarding incident on Monday afternoon relating to suspected criminal exploitation of one of our residents. Police and the exploitation team are involved. Apologies that the written form is later than 24 hours - the incident was phoned through to the duty team on Monday.

Kind regards

Gillian Ashworth
Scheme Manager, Sanctuary Supported Living (Cherwell)
T: 01632 960246

""" + CONF_PROVIDER,
 sections=[
  ("About the service", [
    ("Provider", "Sanctuary Housing", "PROVIDER"),
    ("Property", "SAN-CHE-01", "PROPERTY"),
  ]),
  ("About the young person", [
    ("Young person's name", "Reuben Castellow", "NAME"),
    ("Date of birth", d("28/03/2007", "2007-03-28"), "DATE_OF_BIRTH"),
    ("LCS number", "1873209", "LCS_NUMBER"),
    ("Social worker or Leaving Care PA", "Gemma Fairbrother", "WORKER_NAME"),
    ("Their email", "gemma.fairbrother@council.test", "WORKER_EMAIL"),
  ]),
  ("About the incident", [
    ("Date and time", d("Monday 30th November 2026, 16:15", "2026-11-30T16:15"), "WHEN"),
    ("Category of incident", CAT("Exploitation", "exploitation"), "CATEGORY"),
    ("Severity", SEV("CRITICAL", "critical"), "SEVERITY"),
    ("Description", "Staff found that Reuben's flat was being used by two adult males from London who had been staying there since the weekend. Approx 40 wraps of what looked like crack cocaine and a large amount of cash were seen on the table. Reuben appeared frightened and said he 'had no choice'. The males left when staff entered.", "DESCRIPTION"),
    ("Immediate actions taken", "Police called on 999 at 16:20, attended 16:45. Reuben moved to an emergency room at another scheme that night. Locks changed 01/12. Exploitation team and PA informed 30/11. NRM referral to be considered. Strategy meeting booked 07/12.", "ACTIONS"),
    ("Police reference", "43260317450", "POLICE_REFERENCE"),
  ]),
 ]))

# ---------- INC 05 body A2 Dominion, INVALID: SEVERITY blank
FORMS2.append(dict(id="w11-inc-05", form="safeguarding-incident", fmt="body", render=body_newline, style="word", missing="SEVERITY",
 sender="hannah.delacroix@a2dominion.provider.test", subject="Safeguarding Incident Report - A2D-OXC-01 - 03.12.2026",
 pre="""Good morning,

Please see incident report below (copied from our form as our system is down this morning).

A2DOMINION SAFEGUARDING INCIDENT REPORT
""",
 post="""

Kind regards,

Hannah Delacroix
Support Worker
A2Dominion Young People's Services, Oxford

""" + CONF_PROVIDER,
 sections=[
  (None, [
    ("Provider", "A2 Dominion", "PROVIDER"),
    ("Property", "A2D-OXC-01", "PROPERTY"),
    ("Young person's name", "Danny Kowalczyk", "NAME"),
    ("Date of birth", d("07.07.2007", "2007-07-07"), "DATE_OF_BIRTH"),
    ("LCS number", "Not known", None),
    ("Social worker / PA", "Not known - YP not open to CSC", None),
    ("Date and time of incident", d("03.12.2026, 19:25", "2026-12-03T19:25"), "WHEN"),
    ("Incident category", CAT("Police involvement", "police involvement"), "CATEGORY"),
    ("Severity", ""),
    ("Description", "Police attended the property with a warrant at 19:25 and arrested Danny on suspicion of burglary of a shop in Cowley Road on 28th November. His room was searched and items removed. He was calm and co-operative.", "DESCRIPTION"),
    ("Immediate actions taken", "Staff present during the search, duty manager informed, Danny's belongings and room secured. Followed up with custody at 22:00 - he remains in custody overnight.", "ACTIONS"),
    ("Police reference", "43260321150", "POLICE_REFERENCE"),
  ])]))

# ---------- INC 06 docx Connection, hospital admission, high, numbered paragraphs
FORMS2.append(dict(id="w11-inc-06", form="safeguarding-incident", fmt="docx", file="Connection_Support_SIR_CON-SOX-01", render="numbered", style="box",
 title="Safeguarding Incident Report Form", logo="Connection Support - Young People's Services",
 notes="Please type your answers after each question. Severity must be one of Low, Medium, High or Critical.",
 footer="Connection Support is a registered charity. Form SG2, revised 2026.",
 sender="peter.langridge@connection.provider.test", subject="Safeguarding incident report - CON-SOX-01 - hospital admission",
 cover="""Good morning,

Please find attached our incident report following Liam's admission to hospital in the early hours of yesterday morning.

Kind regards

Peter Langridge
Project Manager
Connection Support - Young People's Services (South)
Tel 01632 960170

""" + CONF_PROVIDER,
 sections=[
  ("Service", [
    ("Provider name", "Connection Support", "PROVIDER"),
    ("Property reference", "CON-SOX-01", "PROPERTY"),
  ]),
  ("Young person", [
    ("Name of young person", "Liam Harcourt", "NAME"),
    ("Date of birth", d("19.12.2005", "2005-12-19"), "DATE_OF_BIRTH"),
    ("LCS number", "1702284", "LCS_NUMBER"),
    ("Social worker / Leaving Care PA name", "Natalie Greaves", "WORKER_NAME"),
    ("SW / PA email address", "natalie.greaves@council.test", "WORKER_EMAIL"),
  ]),
  ("Incident", [
    ("Incident date and time", d("03/12/2026 02:30", "2026-12-03T02:30"), "WHEN"),
    ("Category of incident", CAT("Hospital admission", "hospital admission"), "CATEGORY"),
    ("Severity", SEV("High", "high"), "SEVERITY"),
    ("Describe what happened", "Night staff heard Liam vomiting and found him confused and very unwell in his room at about 02:30. He said he had taken 'a few pills' from a friend. Ambulance called and he was admitted to the Ashcombe General for observation. He was discharged at 18:00 on 3rd December.", "DESCRIPTION"),
    ("Immediate actions taken", "999 called 02:34, staff stayed with Liam until paramedics arrived, a staff member went with him to hospital. PA and on-call manager informed. Harm reduction conversation and welfare check on his return. Referral to Here4You substance service.", "ACTIONS"),
    ("Police reference", "N/A - police not involved"),
  ]),
 ]))

# ---------- INC 07 docx Key2, allegation against staff, medium, two-col
FORMS2.append(dict(id="w11-inc-07", form="safeguarding-incident", fmt="docx", file="K2F_Safeguarding_Incident_K2F-CHE-01", render="two", numbered=False, style="caps",
 title="Safeguarding Incident Form", logo="KEY2 FUTURES",
 notes="All incidents involving an allegation against a member of staff must also be reported to the LADO. Do not name the member of staff on this form - use their staff ID.",
 footer="Key2 Futures - SIF/03 - this form contains personal data",
 sender="anita.bhogal@key2.provider.test", subject="Safeguarding Incident - K2F-CHE-01 - allegation against staff",
 cover="""Good morning,

Please find attached a safeguarding incident form regarding an allegation made by a young person at our Banbury property against a member of staff on Wednesday. The LADO has been informed.

Thanks,

Anita Bhogal
Support Co-ordinator
Key2 Futures - Banbury
01632 960399

""" + CONF_PROVIDER,
 sections=[
  ("PROVIDER DETAILS", [
    ("Provider", "Key2 Futures", "PROVIDER"),
    ("Property code", "K2F-CHE-01", "PROPERTY"),
  ]),
  ("YOUNG PERSON", [
    ("Name", "Tia Brennan", "NAME"),
    ("D.O.B.", d("23/10/2008", "2008-10-23"), "DATE_OF_BIRTH"),
    ("LCS No.", "2150348", "LCS_NUMBER"),
    ("Allocated SW / Leaving Care PA", "Amy Castellano", "WORKER_NAME"),
    ("Email", "amy.castellano@council.test", "WORKER_EMAIL"),
  ]),
  ("INCIDENT", [
    ("Date / time", d("Wed 2nd Dec 2026, 14:00", "2026-12-02T14:00"), "WHEN"),
    ("Category", CAT("Allegation against staff", "allegation against staff"), "CATEGORY"),
    ("Severity (Low / Medium / High / Critical)", SEV("Medium", "medium"), "SEVERITY"),
    ("Police involved?", YN(False)),
    ("Description", "Tia told her key worker that a male member of staff (staff ID K2F-0417) had grabbed her arm during a disagreement about her guest in the kitchen at around 2pm. No marks seen. The staff member denies this and says he held the door. One other resident was present.", "DESCRIPTION"),
    ("Immediate actions", "Staff member removed from working at K2F-CHE-01 pending investigation. LADO informed 02/12 at 16:30. Tia's SW informed. Statement taken from the other resident. Tia offered a female key worker.", "ACTIONS"),
    ("Police reference", "N/A"),
  ]),
 ]))

# ---------- INC 08 body Stonewater, other, low, tabs
FORMS2.append(dict(id="w11-inc-08", form="safeguarding-incident", fmt="body", render=body_tabs, style="word",
 sender="dominic.farrant@stonewater.provider.test", subject="Low level safeguarding incident - STW-WOX-01",
 pre="""Good morning,

For your information, a low-level incident at our West Oxfordshire scheme yesterday evening. Table from our incident log pasted below.

""",
 post="""

Kind regards
Dominic Farrant
Service Manager - Young People's Services
Stonewater

""" + CONF_PROVIDER,
 sections=[
  ("SAFEGUARDING INCIDENT", [
    ("Provider", "Stonewater", "PROVIDER"),
    ("Property", "STW-WOX-01", "PROPERTY"),
    ("Young person", "Jasmine Ferreira", "NAME"),
    ("Date of birth", d("01/03/2006", "2006-03-01"), "DATE_OF_BIRTH"),
    ("LCS number", "1793365", "LCS_NUMBER"),
    ("Leaving Care PA", "Joanne Whitlam", "WORKER_NAME"),
    ("PA email", "joanne.whitlam@council.test", "WORKER_EMAIL"),
    ("Date/time", d("3 Dec 2026 18:05", "2026-12-03T18:05"), "WHEN"),
    ("Category", CAT("Other - fire safety (cooking left unattended)", "other"), "CATEGORY"),
    ("Severity", SEV("Low", "low"), "SEVERITY"),
    ("Description", "Jasmine left a pan of oil on the hob and went to her room. The smoke alarm went off at 18:05 and staff turned off the hob. No fire, nobody hurt. Jasmine was apologetic.", "DESCRIPTION"),
    ("Actions taken", "Hob isolated and checked, kitchen ventilated, fire safety talk with Jasmine, added to her support plan (cooking skills session booked).", "ACTIONS"),
    ("Police ref", "N/A"),
  ])]))

# ================= INTELLIGENCE
INTEL_NOTES = "This form is for sharing information and intelligence with Thames Valley Police. It is NOT for reporting crimes in progress or where someone is in immediate danger - in an emergency call 999. For non-emergencies call 101."

FORMS2.append(dict(id="w11-intel-01", form="intelligence-submission", fmt="docx", file="Partnership_Intel_Submission_CSP_041226", render="two", numbered=False,
 title="Partnership Agency Intelligence Sharing Submission", logo="Cherwell District Council - Community Safety Team",
 notes=INTEL_NOTES, footer="Partnership Agency Intelligence Sharing Submission - completed copy - OFFICIAL-SENSITIVE",
 sender="rebecca.quayle@council.test", subject="Partnership intelligence submission - suspected cuckooing, Wexley Park",
 cover="""Good morning,

Please find attached a Partnership Agency Intelligence Sharing Submission regarding a suspected cuckooed flat in Wexley Park, Banbury. This has been raised at our tasking meeting.

Kind regards

Rebecca Quayle
Community Safety Officer
Cherwell District Council
Tel: 01632 960523

""" + CONF_COUNCIL,
 sections=[
  ("Submitting agency details", [
    ("Submitting agency", "Cherwell District Council - Community Safety Team", "AGENCY"),
    ("Name of worker", "Rebecca Quayle", "WORKER"),
    ("Role", "Community Safety Officer", "ROLE"),
    ("Contact email", "rebecca.quayle@council.test", "EMAIL"),
    ("Contact telephone", "01632 960523", "PHONE"),
  ]),
  ("Information", [
    ("Date and time of information", "Observations between 23/11/2026 and 02/12/2026, mostly 17:00-23:00", "WHEN"),
    ("Location", "Flat 8, Chaucer House, Pelham Close, Wexley Park, Banbury", "LOCATION"),
    ("Persons involved (name, DOB, description)", "1) Gary Lindfield, DOB 14/02/1971 - tenant, vulnerable adult with alcohol dependency. 2) Unknown male, approx 18-20, black puffer jacket, London accent, seen daily. 3) Possibly a 16/17 year old female with long red hair, seen entering with male 2.", "PERSONS"),
    ("Vehicles", "Silver Toyota Aygo, partial reg KX19; black Mercedes A-Class (no reg obtained)", "VEHICLES"),
    ("Information", "Neighbours and the housing association report a large increase in visitors to Flat 8 since mid November, short visits of under 5 minutes, and the tenant has told his support worker that 'friends from London' are staying and he can't ask them to leave. Strong smell of cannabis in the communal area. Believed to be a cuckooing / county lines address. A young female possibly under 18 has been seen going in late at night.", "INFORMATION"),
    ("Source and grading", "Multiple residents and Sanctuary Housing officer - direct observation. Grading: B2 (mostly reliable, known directly)", "SOURCE"),
    ("Handling code", "P - lawful sharing permitted", "HANDLING"),
  ]),
 ]))

FORMS2.append(dict(id="w11-intel-02", form="intelligence-submission", fmt="body", render=body_newline, style="word",
 sender="farah.mistry@ridgeway.nhs.test", subject="Partnership Agency Intelligence Sharing Submission - CAMHS",
 pre="""Good morning,

Please see below an intelligence submission from the CAMHS Crisis Team. The young person is safe and in hospital care; this is for information only. I have also made a referral to Children's Services.

PARTNERSHIP AGENCY INTELLIGENCE SHARING SUBMISSION
""",
 post="""

Kind regards

Dr Farah Mistry
Clinical Psychologist, CAMHS Crisis and Home Treatment Team
Ridgeway Health NHS Foundation Trust

""" + CONF_NHS,
 sections=[
  (None, [
    ("Submitting agency", "Ridgeway Health NHS Foundation Trust - CAMHS Crisis and Home Treatment Team", "AGENCY"),
    ("Worker name", "Dr Farah Mistry", "WORKER"),
    ("Role", "Clinical Psychologist", "ROLE"),
    ("Email", "farah.mistry@ridgeway.nhs.test", "EMAIL"),
    ("Phone", "01632 960329", "PHONE"),
    ("Date / time of information", "Disclosed in assessment 02/12/2026, approx 15:00", "WHEN"),
    ("Location", "Bus station, Ashcombe town centre, and a flat above the takeaway on Mill Street, Ashcombe", "LOCATION"),
    ("Persons involved", "Patient: Ella Varnham, DOB 03/06/2010 (16). Male known as 'Deano', approx 25, white, shaved head, tattoo of a swallow on his neck.", "PERSONS"),
    ("Vehicles", "White Ford Transit Connect van, no reg", "VEHICLES"),
    ("Information", "During assessment Ella disclosed that an older male called 'Deano' has been picking her up from the bus station after school in a white van and taking her to a flat above a takeaway on Mill Street, where she is given vodka and cannabis. She says other girls of her age go there. She said he has asked her to 'be nice' to his friends. Possible CSE.", "INFORMATION"),
    ("Source / grading", "Direct disclosure by the young person to a clinician", "SOURCE"),
    ("Handling code", "Not known", None),
  ])]))

FORMS2.append(dict(id="w11-intel-03", form="intelligence-submission", fmt="pdf", file="Intel_Submission_StBrigids_NightShelter", render="boxes",
 title="Partnership Agency Intelligence Sharing Submission", logo="St Brigid's Night Shelter",
 notes=INTEL_NOTES, footer="St Brigid's Night Shelter - Church of St Brigid, Market Street, Ashcombe - Registered charity 1100000",
 sender="ruth.okonedo@stbrigids.charity.test", subject="Intelligence submission - drug dealing outside shelter",
 cover="""Good morning,

Please find attached an intelligence submission about drug dealing we have seen outside our night shelter over the last fortnight. Nothing is happening at the moment - this is for information.

God bless and kind regards,

Ruth Okonedo
Shelter Co-ordinator
St Brigid's Night Shelter

""" + CONF_CHARITY,
 sections=[
  ("1. Who is submitting", [
    ("Agency", "St Brigid's Night Shelter", "AGENCY"),
    ("Worker's name", "Ruth Okonedo", "WORKER"),
    ("Role", "Shelter Co-ordinator", "ROLE"),
    ("Contact email", "ruth.okonedo@stbrigids.charity.test", "EMAIL"),
    ("Contact phone", "01632 960067", "PHONE"),
  ]),
  ("2. The information", [
    ("Date and time", "Most evenings 18-30 Nov 2026, between 7.30 pm and 9 pm", "WHEN"),
    ("Location", "Church car park and the alley behind Market Street, Ashcombe", "LOCATION"),
    ("Persons involved", "Two males, early 20s, one on an electric bike with a blue delivery box, one tall with a grey tracksuit. Not known by name.", "PERSONS"),
    ("Vehicles", "Black electric bike; dark blue VW Golf seen twice, reg begins AO21", "VEHICLES"),
    ("Information", "Volunteers have seen the two males meeting guests outside the shelter before doors open and handing over small packages in exchange for cash. Several guests have become more unwell and one told us he is buying spice from 'the bike lad'. We are worried for our vulnerable guests.", "INFORMATION"),
    ("Source / grading", "Volunteer observations (3 volunteers)", "SOURCE"),
    ("Handling code", "Can be shared", "HANDLING"),
  ]),
 ]))

FORMS2.append(dict(id="w11-intel-04", form="intelligence-submission", fmt="docx", file="Sanctuary_Intel_Submission_vehicles", render="four", style="box",
 title="Partnership Agency Intelligence Sharing Submission Form", logo="SANCTUARY HOUSING - Supported Living",
 notes=INTEL_NOTES, footer="Sanctuary Housing Association | Intelligence submission",
 sender="gillian.ashworth@sanctuary.provider.test", subject="Intelligence submission - vehicles visiting SAN-CHE-01",
 cover="""Good morning,

Please find attached an intelligence submission regarding vehicles that have been visiting our Cherwell scheme late in the evening.

Kind regards

Gillian Ashworth
Scheme Manager, Sanctuary Supported Living (Cherwell)
T: 01632 960246

""" + CONF_PROVIDER,
 sections=[
  ("Submitting agency", [
    ("Agency", "Sanctuary Housing - Supported Living (Cherwell)", "AGENCY"),
    ("Worker", "Gillian Ashworth", "WORKER"),
    ("Role", "Scheme Manager", "ROLE"),
    ("Tel", "01632 960246", "PHONE"),
    ("Email", "gillian.ashworth@sanctuary.provider.test", "EMAIL", "wide"),
  ]),
  ("Details", [
    ("Date / time", "Evenings 24, 26 and 29 Nov 2026, 22:30-23:30", "WHEN"),
    ("Location", "Outside SAN-CHE-01, Hobbs Terrace, Bicester", "LOCATION"),
    ("Persons involved", "Two residents (aged 18 and 19) seen getting into the vehicles; drivers not seen clearly - adult males, possibly 30s.", "PERSONS", "wide"),
    ("Vehicles", "Black BMW 1 Series VRM RX68 TZK; white Audi A3 partial VRM BD17", "VEHICLES", "wide"),
    ("Information", "CCTV from the neighbouring building shows the same two cars parking outside late at night and residents getting in for short periods (10-15 minutes) before being dropped back. Both residents have come back with new clothes and phones. We believe this may be linked to exploitation.", "INFORMATION", "wide"),
    ("Source / grading", "CCTV (neighbour) and staff observations", "SOURCE"),
    ("Handling code", "P", "HANDLING"),
  ]),
 ]))

FORMS2.append(dict(id="w11-intel-05", form="intelligence-submission", fmt="body", render=body_colon, style="word", missing="WORKER",
 sender="safer.neighbourhoods@a2dominion.provider.test", subject="Partnership Agency Intelligence Sharing Submission - Blackmere Estate",
 pre="""Good morning,

Please find below an intelligence submission from our Safer Neighbourhoods team.

""",
 post="""

Regards,

Safer Neighbourhoods Team
A2Dominion

""" + CONF_PROVIDER,
 sections=[
  ("Submitting agency", [
    ("Agency", "A2Dominion - Safer Neighbourhoods Team", "AGENCY"),
    ("Worker name", ""),
    ("Role", "Neighbourhood Officer", "ROLE"),
    ("Email", "safer.neighbourhoods@a2dominion.provider.test", "EMAIL"),
    ("Phone", "01632 960844", "PHONE"),
  ]),
  ("Information", [
    ("Date/time", "Weekend of 28-29 November 2026", "WHEN"),
    ("Location", "Garages behind 30-48 Sandpiper Road, Blackmere Estate, Oxford", "LOCATION"),
    ("Persons involved", "Group of 5-6 young people aged approx 15-18, one known as 'Kaz'", "PERSONS"),
    ("Vehicles", "Not known", "VEHICLES"),
    ("Information", "Residents report that a garage (no. 14) is being used to store stolen bikes and scooters, which are taken out at night and brought back with plates removed. Padlock on the garage has been changed and is not ours.", "INFORMATION"),
    ("Source and grading", "Resident reports, 2 separate households", "SOURCE"),
    ("Handling code", "P", "HANDLING"),
  ])]))

FORMS2.append(dict(id="w11-intel-06", form="intelligence-submission", fmt="pdf", file="YJS_Partnership_Intelligence_Submission", render="two", numbered=True,
 title="Partnership Agency Intelligence Sharing Submission", logo="Youth Justice Service",
 notes=INTEL_NOTES, footer="YJS - intelligence submission - do not forward outside the partnership",
 sender="dean.whitcombe@council.test", subject="Intel submission - YJS - possible CCE, Didcot",
 cover="""Good morning,

Please see the attached intelligence submission regarding possible criminal exploitation of young people in Didcot.

Kind regards

Dean Whitcombe
Case Manager, Youth Justice Service
Tel 01632 960588 | Mob 07700 900771

""" + CONF_COUNCIL,
 sections=[
  ("Submitting agency", [
    ("Agency", "Youth Justice Service (South)", "AGENCY"),
    ("Worker name", "Dean Whitcombe", "WORKER"),
    ("Role", "Case Manager", "ROLE"),
    ("Email", "dean.whitcombe@council.test", "EMAIL"),
    ("Telephone", "01632 960588", "PHONE"),
  ]),
  ("The information", [
    ("Date and time of the information", "Disclosed in supervision 01/12/2026 at 16:00hrs", "WHEN"),
    ("Location", "Flat above 3 Station Parade, Didcot", "LOCATION"),
    ("Persons involved (name / DOB / description)", "Male known as 'Rizla', approx 22, mixed race, slim, drives a moped. Two YJS young people (names held on YJS file, both 16 and 17) say they have been given phones by him.", "PERSONS"),
    ("Vehicles", "Red Honda moped, no plate", "VEHICLES"),
    ("Information", "Two young people on YJS orders separately said they have been given 'work phones' by a male called Rizla and are asked to carry packages between Didcot and Swindon on the train. They say they are paid in cannabis and cash. Both are reluctant to say more.", "INFORMATION"),
    ("Source and grading", "Direct disclosure - not tested", "SOURCE"),
    ("Handling code", "P - share with partners on a need-to-know basis", "HANDLING"),
  ]),
 ]))

FORMS2.append(dict(id="w11-intel-07", form="intelligence-submission", fmt="docx", file="LeavingCare_Intel_Submission_04.12.2026", render="numbered", style="box",
 title="Partnership Agency Intelligence Sharing Submission", logo="Children's Services - Leaving Care Service",
 notes=INTEL_NOTES, footer="Leaving Care Service | Form completed 04/12/2026",
 sender="tom.hadley@council.test", subject="Partnership Agency Intelligence Sharing Submission - care leaver, Oxford",
 cover="""Good morning,

Please find attached an intelligence submission about a care leaver I work with who has told me about an older man using her bank account.

Kind regards

Tom Hadley
Personal Adviser, Leaving Care Service (City)
Mobile 07700 900436

""" + CONF_COUNCIL,
 sections=[
  ("Submitting agency", [
    ("Submitting agency", "Children's Services - Leaving Care Service (City)", "AGENCY"),
    ("Worker name", "Tom Hadley", "WORKER"),
    ("Role", "Personal Adviser", "ROLE"),
    ("Contact email", "tom.hadley@council.test", "EMAIL"),
    ("Contact phone", "07700 900436", "PHONE"),
  ]),
  ("Information", [
    ("Date and time of information", "30/11/2026, 11:00 (PA visit)", "WHEN"),
    ("Location", "Oxford city centre; YP lives at RSP-OXC-01", "LOCATION"),
    ("Persons involved", "Maya Sorensen DOB 04/09/2007 (care leaver). Male known as 'Jay' - Jason?, approx 30, white, beard, works at a car wash on Botley Road.", "PERSONS"),
    ("Vehicles", "None known", "VEHICLES"),
    ("Information", "Maya told me that 'Jay' asked to use her bank account to 'receive wages' and she has let money in and out several times (about £3,000 in November). He gives her £50 each time. Possible money mule / financial exploitation.", "INFORMATION"),
    ("Source and grading", "Direct from the young person", "SOURCE"),
    ("Handling code", "P", "HANDLING"),
  ]),
 ]))

FORMS2.append(dict(id="w11-intel-08", form="intelligence-submission", fmt="body", render=body_dots, style="brackets", expect="urgent",
 sender="ruth.okonedo@stbrigids.charity.test", subject="URGENT - Intelligence submission - girl being held at flat NOW",
 pre="""Good morning,

I don't know if this is the right form but our phone line to the police keeps cutting out. A 16 year old girl who used to come to our drop-in has just texted one of our volunteers, at 08:40 this morning, saying she is locked in a flat right now and a man there has a knife and is threatening to hurt her if she leaves. Details below.

PARTNERSHIP AGENCY INTELLIGENCE SHARING SUBMISSION
""",
 post="""

Please can someone go round straight away.

Ruth Okonedo
Shelter Co-ordinator
St Brigid's Night Shelter
01632 960067

""" + CONF_CHARITY,
 sections=[
  (None, [
    ("Submitting agency", "St Brigid's Night Shelter", "AGENCY"),
    ("Worker name", "Ruth Okonedo", "WORKER"),
    ("Role", "Shelter Co-ordinator", "ROLE"),
    ("Email", "ruth.okonedo@stbrigids.charity.test", "EMAIL"),
    ("Phone", "01632 960067", "PHONE"),
    ("Date and time of information", "Today 04/12/2026 at 08:40", "WHEN"),
    ("Location", "Flat 3, 19 Tanners Mews, Ashcombe", "LOCATION"),
    ("Persons involved", "Kayleigh Ward, approx 16 (DOB not known). Adult male known as 'Mikey', 30s.", "PERSONS"),
    ("Vehicles", "Not known", "VEHICLES"),
    ("Information", "Kayleigh texted our volunteer at 08:40 today: she is locked in the flat, Mikey has a knife and has said he will hurt her if she tries to leave. She is there now and is scared. Her phone battery is low.", "INFORMATION"),
    ("Source / grading", "Text message from the young person to our volunteer", "SOURCE"),
    ("Handling code", "Not known", None),
  ])]))
