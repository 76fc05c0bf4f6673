from lib import *

# ---------- inc-01 docx twocol (Response, missing) ----------
form(id="w4-inc-01", form="safeguarding-incident", layout="docx", style="twocol",
 frm="darren.hollis@response.provider.test", subject="Safeguarding incident report - JH - missing - RSP-OXC-01",
 body="""Hi all,

Please see attached incident report. Jade went missing on Wednesday night and returned yesterday afternoon. Reported to TVP at the time. Her PA Owen is copied.

Darren Hollis
Senior Support Worker, Response (Oxford City)
01632 964 105""",
 doc=dict(logo="RESPONSE  |  Supported Housing for Young People", title="Safeguarding Incident Report Form", footer="Response - SG01 Incident Report - v5 - To: Brokerage, Quality & Contracts, SW/PA"),
 items=[H("Service"),
  F("PROVIDER","Provider","Response"),
  F("PROPERTY","Property (ref)","Rosemary House - RSP-OXC-01"),
  H("Young person"),
  F("NAME","Name of young person","Jade HOLLOWAY"),
  F("DATE_OF_BIRTH","DOB","21/05/2006","2006-05-21"),
  F("LCS_NUMBER","LCS number","1056338"),
  F("WORKER_NAME","Social Worker / Leaving Care PA","Owen Pritchard (PA)"),
  F("WORKER_EMAIL","SW / PA email","owen.pritchard@council.test"),
  H("Incident"),
  F("WHEN","Date & time of incident","02/12/2026 at 23:40","2026-12-02T23:40"),
  F("CATEGORY","Category","Missing"),
  F("SEVERITY","Severity (low / medium / high / critical)","High"),
  F("DESCRIPTION","What happened","Jade did not return for her 11pm curfew on Wed 02/12. Phone switched off. Reported missing to TVP at 23:40 as per her missing protocol. Jade returned at 15:20 on 03/12 by taxi, which she said someone else paid for. She would not say where she had been and had a new phone."),
  F("ACTIONS","Immediate actions taken","Missing report to police; PA and Brokerage informed by email 03/12 08:30; return home interview requested; welfare check on return (no injuries seen); exploitation screening to be reviewed with PA."),
  F("POLICE_REFERENCE","Police reference","43260397755"),
 ], extra=dict(CATEGORY="missing", SEVERITY="high", INCIDENT_DATE="2026-12-02"))

# ---------- inc-02 body colon (Oxfordshire Youth, violence) ----------
form(id="w4-inc-02", form="safeguarding-incident", layout="body", style="colon",
 frm="nicola.barnes@oxyouth.provider.test", subject="Incident - violence between residents - OXY-WOX-01",
 pre="""Morning,

Sending this from our system as the incident form wouldn't attach. Both young people are OK. Please forward to SW if I've got the wrong address.

SAFEGUARDING INCIDENT REPORT
----------------------------""",
 post="""----------------------------
Nicola Barnes
Support Worker, Oxfordshire Youth (West Oxon houses)
01632 964 260""",
 items=[
  F("PROVIDER","Provider","Oxfordshire Youth"),
  F("PROPERTY","Property","OXY-WOX-01 (Weavers Lane house)"),
  F("NAME","YP name","Ben Atherton"),
  F("DATE_OF_BIRTH","YP DOB","17/09/2007","2007-09-17"),
  F("LCS_NUMBER","LCS no","1071126"),
  F("WORKER_NAME","SW/PA","Carys Whitfield"),
  F("WORKER_EMAIL","SW/PA email","carys.whitfield@council.test"),
  F("INCIDENT_DATE","Date of incident","Wed 2nd Dec","2026-12-02"),
  F("INCIDENT_TIME","Time","approx 4pm","16:00"),
  F("CATEGORY","Incident type","Violence / aggression"),
  F("SEVERITY","Severity","Med"),
  F("DESCRIPTION","Description","Argument in the kitchen between Ben and another resident (initials T.R.) over food going missing. Ben pushed T.R. into the worktop; T.R. has a bruised hip. Staff separated them. Ben apologised later in the evening."),
  F("ACTIONS","Immediate actions","Residents separated, first aid offered to T.R. (declined), both spoken to, house meeting arranged, acceptable behaviour agreement to be reviewed with Ben. T.R. did not want police involved."),
  F("POLICE_REFERENCE","Police ref","N/A - not reported"),
 ], extra=dict(WHEN="2026-12-02T16:00", CATEGORY="violence", SEVERITY="medium"))

# ---------- inc-03 pdf grid3 (Key2 Futures, hospital admission, critical) ----------
form(id="w4-inc-03", form="safeguarding-incident", layout="pdf", style="grid3",
 frm="adele.vickers@key2.provider.test", subject="CRITICAL incident - hospital admission - K2F-CHE-01",
 body="""Dear all,

Critical incident report attached (PDF). Marcus is in ICU at the JR but stable this morning. His PA has been informed by phone. Please call me if you need anything else.

Adele Vickers
Service Manager (Cherwell & City)
Key2 Futures | 07700 900 224""",
 doc=dict(logo="KEY2 FUTURES", title="SAFEGUARDING / SERIOUS INCIDENT NOTIFICATION", footer="K2F-SG-02 | v3 | Send within 24 hours to Brokerage, Quality & Contracts and SW/PA"),
 items=[H("Provider & property"),
  F("PROVIDER","Provider","Key2 Futures"), F("PROPERTY","Property","K2F-CHE-01"), F(None,"Locality","Cherwell"),
  H("Young person"),
  F("NAME","Name","Marcus DALE"), F("DATE_OF_BIRTH","DOB","30/01/2005","2005-01-30"), F("LCS_NUMBER","LCS","0976540"),
  F("WORKER_NAME","PA / SW","Tamsin Ellery"), F("WORKER_EMAIL","PA / SW email","tamsin.ellery@council.test"), F(None,"GP","Banford Health Centre"),
  H("Incident"),
  F("INCIDENT_DATE","Date","01/12/2026","2026-12-01"), F("INCIDENT_TIME","Time","02:15","02:15"), F("CATEGORY","Category","Hospital admission"),
  F("SEVERITY","Severity","CRITICAL"), F("POLICE_REFERENCE","Police ref","43260395102 (police attended with ambulance)"), F(None,"Reported by","Night concierge"),
  F("DESCRIPTION","Description of incident","Concierge heard a loud noise from Marcus's flat and found him unresponsive on the floor. Ambulance called at 02:15. Paramedics suspect overdose of street benzodiazepines (blister packs found). Taken to John Radcliffe and admitted to ICU. Stable as of 03/12.", long=True),
  F("ACTIONS","Immediate actions","999 call, CPR guidance followed until paramedics arrived, flat secured, tablets handed to police. PA called 08:10, Brokerage and Q&C emailed. Will hold multi-agency meeting before discharge; naloxone and substance misuse referral to be put in place.", long=True),
 ], extra=dict(WHEN="2026-12-01T02:15", CATEGORY="hospital admission", SEVERITY="critical"))

# ---------- inc-04 docx above (Stonewater, exploitation, high) ----------
form(id="w4-inc-04", form="safeguarding-incident", layout="docx", style="above",
 frm="ryan.kettle@stonewater.provider.test", subject="Safeguarding incident report - STW-VWH-02 - R Chandler",
 body="""Hi

Please see the attached safeguarding incident report regarding a resident at our Vale property. Police have been informed and gave us a reference.

Thanks,
Ryan Kettle
Support Coordinator, Stonewater (Vale of White Horse)
01632 964 347""",
 doc=dict(logo="Stonewater  |  Young Persons Services", title="Safeguarding Incident Form", footer="SW-YPS-SG1 | OFFICIAL-SENSITIVE | Stonewater Ltd"),
 items=[H("1. Where"),
  F("PROVIDER","Provider","Stonewater"),
  F("PROPERTY","Property reference","STW-VWH-02"),
  H("2. Who"),
  F("NAME","Young person's name","Rosie Chandler"),
  F("DATE_OF_BIRTH","Date of birth","11th November 2004","2004-11-11"),
  F("LCS_NUMBER","LCS number","N/K"),
  F("WORKER_NAME","Social worker / leaving care PA name","Marcus Obi (PA)"),
  F("WORKER_EMAIL","Social worker / leaving care PA email","marcus.obi@council.test"),
  H("3. When and what"),
  F("WHEN","Date and time of incident","Monday 30th November 2026, 7.30pm","2026-11-30T19:30"),
  F("CATEGORY","Category of incident","Exploitation (suspected cuckooing)"),
  F("SEVERITY","Severity","High"),
  F("DESCRIPTION","Description","During an evening visit staff found three adult males in Rosie's flat whom she could not name. The flat smelt strongly of cannabis and there were scales and small bags on the table. Rosie appeared frightened and said they were 'friends of a friend' who had been staying 'a couple of nights'.", long=True),
  F("ACTIONS","Immediate actions taken","Staff left safely and called 101 from the car; police attended at 21:05 and the males left. Rosie moved to a friend's for the night with her agreement. Locks changed 01/12. PA informed 01/12. Cuckooing safety plan started; intelligence form to TVP to follow.", long=True),
  F("POLICE_REFERENCE","Police reference number","43260393360"),
 ], extra=dict(CATEGORY="exploitation", SEVERITY="high", INCIDENT_DATE="2026-11-30"))

# ---------- inc-05 body quick note (Connection Support, police involvement) ----------
form(id="w4-inc-05", form="safeguarding-incident", layout="body", style="note",
 frm="sade.olatunji@connection.provider.test", subject="incident at CON-OOC-01 last night - K Morrow arrested",
 pre="""Hi Brokerage / Q&C,

Quick note on last night - full form to follow but facts below so you have them today:
""",
 post="""Sade Olatunji
Support Worker (out of hours), Connection Support
07700 900 561""",
 items=[
  F("PROVIDER","Provider","Connection Support"),
  F("PROPERTY","Property","CON-OOC-01"),
  F("NAME","YP","Kyle Morrow"),
  F("DATE_OF_BIRTH","DOB","08/08/2008","2008-08-08"),
  F("LCS_NUMBER","LCS","1125590"),
  F("WORKER_NAME","PA","Lydia Blake"),
  F("WORKER_EMAIL","PA email","lydia.blake@council.test"),
  F("WHEN","When","3/12 approx 10.30pm","2026-12-03T22:30"),
  F("CATEGORY","Type","Police involvement - arrest"),
  F("SEVERITY","Severity","medium"),
  F("DESCRIPTION","What","Police arrived at the property with a warrant and arrested Kyle on suspicion of possession with intent to supply (relates to an incident in Oxford in October). Room searched. Other resident was present but not involved. Kyle was calm and went with officers."),
  F("ACTIONS","Done so far","Other resident reassured, room secured after police left, on-call manager informed at 23:00, PA to be told this morning, will check custody outcome and whether bail conditions allow return."),
  F("POLICE_REFERENCE","Police ref","TVP 43260399420"),
 ], extra=dict(CATEGORY="police involvement", SEVERITY="medium", INCIDENT_DATE="2026-12-03"))

# ---------- inc-06 docx grid3 (A2 Dominion, allegation against staff) INVALID: severity blank ----------
form(id="w4-inc-06", form="safeguarding-incident", layout="docx", style="grid3", expect="rejected", missing="SEVERITY",
 frm="janet.mcbride@a2dominion.provider.test", subject="Safeguarding - allegation against staff - A2D-OXC-01",
 body="""Dear colleagues,

Please find attached a safeguarding incident report relating to an allegation made by a resident against a member of staff. The staff member has been removed from the scheme pending investigation and the LADO has been contacted.

Regards,
Janet McBride
Registered Manager, A2 Dominion Young Parents (Oxford City)
01632 964 590""",
 doc=dict(logo="A2 DOMINION  |  Care & Support", title="Safeguarding Incident Report", footer="A2D CS-SG-004  |  Confidential  |  Distribution: Brokerage; Quality & Contracts; SW/PA"),
 items=[H("Scheme"),
  F("PROVIDER","Provider","A2 Dominion"), F("PROPERTY","Scheme / property","A2D-OXC-01"), F(None,"Service","Parents"),
  H("Young person"),
  F("NAME","Resident","Leah SUTTON"), F("DATE_OF_BIRTH","DOB","15/06/2003","2003-06-15"), F("LCS_NUMBER","LCS","N/A"),
  F("WORKER_NAME","SW/PA","Helena Strand (baby's SW)"), F("WORKER_EMAIL","SW/PA email","helena.strand@council.test"), F(None,"Child(ren)","Son, 2 yrs"),
  H("Incident"),
  F("INCIDENT_DATE","Date","29/11/2026","2026-11-29"), F("INCIDENT_TIME","Time","14:00","14:00"), F("CATEGORY","Category","Allegation against staff"),
  F("SEVERITY","Severity",""), F("POLICE_REFERENCE","Police ref","Not yet - LADO advice awaited"), F(None,"Staff member","Initials only: P.D."),
  F("DESCRIPTION","Description","Leah alleges that a relief support worker made sexual comments to her during a key-work session in her flat on Sunday 29/11 and asked for her personal phone number. She reported this to the scheme manager on 01/12.", long=True),
  F("ACTIONS","Immediate actions","Staff member removed from rota 01/12; LADO contacted 02/12; Leah offered support and advised she can report to police; HR informed; no lone working with Leah's flat.", long=True),
 ], extra=dict(WHEN="2026-11-29T14:00", CATEGORY="allegation against staff"))

# ---------- inc-07 pdf twocol (Sanctuary, self-harm, low) ----------
form(id="w4-inc-07", form="safeguarding-incident", layout="pdf", style="twocol",
 frm="olivia.grant@sanctuary.provider.test", subject="Safeguarding incident (self-harm) - SAN-CHE-01 - 27/11",
 body="""Hello,

Incident report for Courtney attached as a PDF - apologies this is late, I was on leave. Low level, no medical treatment needed. Her PA has been kept informed.

Olivia Grant
Scheme Manager, Sanctuary Housing (Cherwell)""",
 doc=dict(logo="SANCTUARY HOUSING  -  Supported Living", title="Safeguarding Incident Record", footer="Sanctuary Supported Living  |  SL-SG1  |  Confidential"),
 items=[H("Scheme"),
  F("PROVIDER","Provider","Sanctuary Housing"),
  F("PROPERTY","Property","SAN-CHE-01 (Young Parents, Cherwell)"),
  H("Resident"),
  F("NAME","Name","Courtney PRATT"),
  F("DATE_OF_BIRTH","Date of birth","04/12/2002","2002-12-04"),
  F("LCS_NUMBER","LCS no. (if known)","0951184"),
  F("WORKER_NAME","Social worker / PA","Ifeoma Clarke, Leaving Care PA"),
  F("WORKER_EMAIL","Social worker / PA email","ifeoma.clarke@council.test"),
  H("Incident"),
  F("INCIDENT_DATE","Date","Fri 27.11.26","2026-11-27"),
  F("INCIDENT_TIME","Time","11.15am","11:15"),
  F("CATEGORY","Category","Self harm"),
  F("SEVERITY","Severity","Low"),
  F("DESCRIPTION","Details","During a key-work session Courtney showed staff superficial scratches to her forearm made the night before after an argument with her mum on the phone. Wounds were clean and did not need treatment. Her daughter was at nursery at the time."),
  F("ACTIONS","Action taken","First aid advice given, safety plan reviewed with Courtney, GP appointment booked 30/11, PA informed same day, daily check-ins for one week."),
  F("POLICE_REFERENCE","Police reference","N/A"),
 ], extra=dict(WHEN="2026-11-27T11:15", CATEGORY="self-harm", SEVERITY="low"))

# ---------- inc-08 body above (Response, other, low) ----------
form(id="w4-inc-08", form="safeguarding-incident", layout="body", style="above",
 frm="tom.sheridan@response.provider.test", subject="Incident form - E Booker - RSP-CHE-01",
 pre="""Hi,

Please see incident below. Copied from our form.

RESPONSE - SAFEGUARDING INCIDENT REPORT
""",
 post="""Tom Sheridan
Support Worker, Response (Cherwell)
01632 964 111""",
 items=[
  F("PROVIDER","Provider","Response"),
  F("PROPERTY","Property","RSP-CHE-01"),
  F("NAME","Young person's name","Ethan Booker"),
  F("DATE_OF_BIRTH","D.O.B","02.02.07","2007-02-02"),
  F("LCS_NUMBER","LCS","1033871"),
  F("WORKER_NAME","SW / Leaving Care PA","Jess Okonkwo"),
  F("WORKER_EMAIL","SW / PA email","jess.okonkwo@council.test"),
  F("WHEN","Date and time","Thurs 3.12.26 approx 6.45pm","2026-12-03T18:45"),
  F("CATEGORY","Category","Other - fire alarm / smoking in room"),
  F("SEVERITY","Severity","Low"),
  F("DESCRIPTION","Description","Smoke alarm activated in Ethan's room; he had been smoking (tobacco) with the window shut. No fire, no damage apart from a scorch mark on the desk. Fire service not called out as staff confirmed false alarm with the monitoring centre."),
  F("ACTIONS","Immediate actions","Alarm reset, room checked, Ethan reminded of licence conditions; written warning to be discussed at key-work 07/12."),
  F("POLICE_REFERENCE","Police ref","None"),
 ], extra=dict(CATEGORY="other", SEVERITY="low", INCIDENT_DATE="2026-12-03"))
