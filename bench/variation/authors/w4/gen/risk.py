from lib import *

# ---------- risk-01 body: reply above pasted form (Response) ----------
form(id="w4-risk-01", form="risk-concern", layout="body", style="colon",
 frm="carla.mendes@response.provider.test", subject="RE: New referral BRK/26/1187 - J Whitaker - risk concern",
 pre="""Hi Natalie,

Thanks for sending this one through. Having read the referral and spoken to Jamal's PA, we don't think we can safely accept him into Rosemary House as things stand - our risk concern is below (risk assessment and RMP attached separately). Happy to discuss at Tuesday's panel.

Carla

PROVIDER RISK CONCERN - RESPONSE""",
 post="""Carla Mendes
Service Manager (18+ Shared), Response
T 01632 964 101

From: Natalie Greer <natalie.greer@council.test>
Sent: 02 December 2026 15:47
Subject: New referral BRK/26/1187 - J Whitaker

Hi Carla, please see referral for Jamal Whitaker (19) for a space at Rosemary House. Let me know by Friday. Natalie""",
 items=[
  F("REFERRAL_REFERENCE","Brokerage referral ref","BRK/26/1187"),
  F("PROVIDER","Provider","Response (18+ Shared - Oxford City, RSP-OXC-01)"),
  F("YOUNG_PERSON","Young person","Jamal Whitaker"),
  F("RISK","Risk we are unable to manage","Fire setting. Jamal set fire to a bin inside his last placement (Aug 2026) and to bedding in 2025. Rosemary House is a shared house of 4 with no waking night cover."),
  F("REASON","Why we cannot manage it","No staff on site between 10pm and 8am, so nobody to respond to an alarm or carry out a night check; other residents sleep above the kitchen; our fire risk assessment for the house does not cover a known fire-setter."),
  F("RESOURCES","What would enable us to manage it","Either (a) a single self-contained unit with a stand-alone suppression system, or (b) funded waking night cover for the first 8 weeks plus fire-retardant bedding and a home fire safety visit from the fire service before move-in. A fire-setting intervention via Forensic CAMHS/FIRES would also help."),
 ])

# ---------- risk-02 docx twocol (Key2 Futures) ----------
form(id="w4-risk-02", form="risk-concern", layout="docx", style="twocol",
 frm="paul.stansfield@key2.provider.test", subject="Risk concern - Brokerage no. 44718 - Demi Carver",
 body="""Dear Brokerage,

Please see our risk concern response attached for referral 44718 (Demi Carver), together with our risk assessment and risk management plan. We would like to be able to offer Demi a flat but cannot do so safely at the Oxford City property at the moment.

Kind regards,
Paul Stansfield
Operations Manager | Key2 Futures | 01632 964 222""",
 doc=dict(logo="KEY2 FUTURES  -  supported housing for young people", title="Provider Risk Concern Response to Referral", footer="K2F-QA-07  Risk concern response  |  v2  |  Confidential",
   intro="To be completed where Key2 Futures is unable to safely accept a referral from the Brokerage (Placements) Team. Attach risk assessment and risk management plan."),
 items=[H("Referral details"),
  F("REFERRAL_REFERENCE","Brokerage referral number","44718"),
  F("PROVIDER","Provider / scheme","Key2 Futures - Oxford City (K2F-OXC-01)"),
  F("YOUNG_PERSON","Young person's name","Demi CARVER"),
  H("1. The risk we are unable to manage"),
  F("RISK","Describe the risk","Ongoing criminal exploitation (county lines). Demi has been found holding drugs for an Oxford-based line twice in 2026 and the line knows the street our city property is on - two members were seen outside on 25/11.", long=True),
  H("2. Why the risk cannot be managed"),
  F("REASON","Reason","Our property is in the city centre 200m from where the line operates. Staffing is office hours only (9-5), the building has a shared entrance and no CCTV, and we could not prevent the group accessing her or the other three residents.", long=True),
  H("3. What would enable the risk to be managed"),
  F("RESOURCES","Resources / support required","A placement away from Oxford (e.g. our Cherwell scheme K2F-CHE-01 when a unit is void, est. mid-January), or out of county via Connection Support. If it must be the city: police disruption plan for the line, CCTV at the entrance, and funded 2:1 outreach evenings for 6 weeks.", long=True),
  H("Completed by"),
  F(None,"Name / role / date","Paul Stansfield, Operations Manager, 03/12/2026"),
 ])

# ---------- risk-03 docx above (Stonewater) INVALID: resources blank ----------
form(id="w4-risk-03", form="risk-concern", layout="docx", style="above", expect="rejected", missing="RESOURCES",
 frm="helen.pardoe@stonewater.provider.test", subject="Risk concern re referral SAAR-2026-0871 (B Nunn)",
 body="""Hi,

Attached is our risk concern for SAAR-2026-0871 (Bradley Nunn). Risk assessment to follow on Monday once our safeguarding lead has signed it off.

Thanks
Helen Pardoe
Team Leader - Young Persons Services
Stonewater | 01632 964 330""",
 doc=dict(logo="Stonewater  |  Young Persons Services (West Oxfordshire & Vale)", title="Risk Concern - Response to Brokerage Referral", footer="SW-YPS-RC01  |  OFFICIAL  |  Stonewater Ltd"),
 items=[H("Referral"),
  F("REFERRAL_REFERENCE","Referral reference","SAAR-2026-0871"),
  F("PROVIDER","Provider","Stonewater - 18+ Single Self Contained, West Oxfordshire (STW-WOX-01)"),
  F("YOUNG_PERSON","Young person","Bradley Nunn"),
  H("Risk concern"),
  F("RISK","Risk we cannot manage","Violence and intimidation towards female staff. Referral notes two assaults on female support workers at his previous placement (March and September 2026) and threats made to a housing officer.", long=True),
  F("REASON","Why this risk cannot be managed","Our West Oxfordshire team are all female and work alone on visits. We do not have a male worker or a second worker available for double-up visits.", long=True),
  F("RESOURCES","Resources or support that would enable us to manage the risk","", long=True),
 ])

# ---------- risk-04 pdf twocol (Sanctuary) ----------
form(id="w4-risk-04", form="risk-concern", layout="pdf", style="twocol",
 frm="olivia.grant@sanctuary.provider.test", subject="Risk concern - BROK 26/1342 - Kayleigh Morton & baby",
 body="""Good afternoon,

Please find attached our risk concern response to BROK 26/1342 (PDF) for Kayleigh Morton and her son, plus risk assessment and RMP. We'd really like to make this work - section 3 sets out what we'd need.

Olivia Grant
Scheme Manager, Parents Service (Cherwell)
Sanctuary Housing  | 01632 964 418""",
 doc=dict(logo="SANCTUARY HOUSING  -  Supported Living  |  Young Parents Service, Cherwell", title="Provider risk concern (unable to safely accept referral)", footer="Sanctuary Supported Living  |  Form SL-RC  |  Confidential when complete"),
 items=[H("Referral"),
  F("REFERRAL_REFERENCE","Referral ref. (Brokerage)","BROK 26/1342"),
  F("PROVIDER","Provider & property","Sanctuary Housing - Young Parents, Cherwell (SAN-CHE-01)"),
  F("YOUNG_PERSON","Parent's name","Kayleigh Morton (son Alfie, 7 months)"),
  H("1. Risk we are unable to manage"),
  F("RISK","Risk","Risk of serious harm from Alfie's father, who was released from custody on 20/11/2026 and has previously located Kayleigh at two addresses. He has family living two streets away from SAN-CHE-01."),
  H("2. Why the risk cannot be managed"),
  F("REASON","Reason","The scheme has one shared front door for 6 flats, no concierge and no CCTV. Staff are on site weekdays only. We could not prevent him gaining entry, and his family's proximity means the address would quickly become known."),
  H("3. Resources / support that would enable us to manage it"),
  F("RESOURCES","What we need","Either an alternative Parents property outside Cherwell (A2 Dominion West Oxon), or: Sanctuary Scheme target hardening of the flat door, a police marker on the address, an updated MARAC safety plan and licence conditions from Probation excluding him from the area."),
 ])

# ---------- risk-05 body colon (Connection Support) ----------
form(id="w4-risk-05", form="risk-concern", layout="body", style="above",
 frm="mark.egan@connection.provider.test", subject="risk concern - your ref 2026/REF/0556 - Aidan Fielding",
 pre="""Brokerage team,

Regarding the referral for Aidan Fielding (your ref 2026/REF/0556) for our out of county scheme. Our response is below. The risk assessment is attached.

PROVIDER RISK CONCERN""",
 post="""Regards

Mark Egan
Deputy Manager - Connection Support (Out of County)
07700 900 946""",
 items=[
  F("REFERRAL_REFERENCE","Referral reference","2026/REF/0556"),
  F("PROVIDER","Provider","Connection Support - out of county scheme (CON-OOC-01)"),
  F("YOUNG_PERSON","Name of young person","Aidan Fielding"),
  F("RISK","The risk we cannot manage","Suicide and serious self-harm. Aidan took an overdose requiring admission on 18/11/2026 and has tied ligatures twice in the last 3 months."),
  F("REASON","Why","No staff on site overnight at CON-OOC-01 and the property is 40 minutes from the nearest A&E. Aidan has no adult mental health care coordinator in that area and no crisis plan that would transfer with him."),
  F("RESOURCES","What would help us manage it","Allocation of a care coordinator in the receiving area before move-in, a written crisis and safety plan agreed with the Home Treatment Team, and funding for 10 additional hours a week of 1:1 support (including evening welfare checks) for the first 3 months."),
 ])
