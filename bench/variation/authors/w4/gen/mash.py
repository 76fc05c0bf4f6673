from lib import *

# ---------- mash-01 docx twocol, housing officer ----------
form(id="w4-mash-01", form="mash-referral", layout="docx", style="twocol",
 frm="gareth.lowe@housing.council.test", subject="MASH referral - homeless 16/17 - Kacey PEARSON",
 body="""MASH,

Please find attached referral for Kacey Pearson (17) who presented to Housing Options yesterday afternoon. Mediation was attempted by our mediation officer but mum will not have her back. Kacey is staying one more night with a friend. Requesting a joint assessment please.

Gareth Lowe
Housing Options Officer (Youth)
Housing Options Team | 01632 961 140""",
 doc=dict(logo="WYCHWOOD HOUSING OPTIONS  |  Youth Homelessness Pathway", title="MASH Referral - Young Person (16/17) Homeless or at Risk of Homelessness", footer="HOT/YP/MASH-1  |  Send to MASH secure inbox  |  OFFICIAL-SENSITIVE",
   intro="Joint assessment (Children's Services and Housing) to be completed within 48 hours of this referral."),
 items=[H("Young person"),
  F("NAME","Young person's name","Kacey PEARSON"),
  F("DATE_OF_BIRTH","Date of birth","19/07/2009","2009-07-19"),
  F("ADDRESS","Current address / where staying","Staying with friend at 88 Rowan Drive, Ashcott OX99 3PY (one night only). Home address: 12 Poplar Close, Ashcott OX99 3NE"),
  H("Presentation"),
  F("AGENCY","Presenting agency","Housing Options Team (walk-in at Civic Centre)"),
  F("STATUS","Homeless or threatened with homelessness?","☒ Homeless  ☐ Threatened with homelessness","homeless"),
  H("Mediation"),
  F("MEDIATION","Mediation attempted?","☒ Yes  ☐ No","yes"),
  F("MEDIATION_DATE","Date of mediation","03/12/2026","2026-12-03"),
  F("MEDIATION_OUTCOME","Outcome","Telephone mediation with mum (Donna Pearson) 03/12 pm, then home visit. Mum states Kacey will not follow rules, stays out overnight and she will not have her back. Unsuccessful - return home not possible at present."),
  H("Concerns"),
  F("CONCERNS","Welfare / safeguarding concerns","Kacey has a 23 year old boyfriend (first name Dean only) and has stayed out overnight at his address several times. History of self-harm (2024). Not attending college since half term. Possible CSE - please screen."),
  F("KNOWN","Known to social care?","Yes - previous CIN plan, closed Feb 2024","yes"),
  F("PARENT_CONTACT","Parent / guardian name and contact","Mum - Donna Pearson, 12 Poplar Close, Ashcott. Mob 07700 900 417"),
 ])

# ---------- mash-02 body quick note from school DSL ----------
form(id="w4-mash-02", form="mash-referral", layout="body", style="note",
 frm="lauren.webb@ashcottacademy.test", subject="MASH referral - Year 11 pupil threatened with homelessness",
 pre="""Hi MASH,

Quick referral as Ryan told his form tutor this morning that his dad says he has to be out by next Friday. Facts below, happy to talk - I am in school all day.
""",
 post="""Many thanks
Lauren Webb
Designated Safeguarding Lead
Ashcott Academy | 01632 962 200 ext 214""",
 items=[
  F("NAME","Name","Ryan COLE"),
  F("DATE_OF_BIRTH","DOB","14/02/10","2010-02-14"),
  F("ADDRESS","Address","19 Saxon Way, Ashcott OX99 5LT (with dad)"),
  F("AGENCY","Referring agency","Ashcott Academy (DSL)"),
  F("STATUS","Homeless / threatened","Threatened - dad says he must leave by Fri 11/12","threatened"),
  F("MEDIATION","Mediation tried?","No - dad refused to come in to school to talk 03/12","no"),
  F("MEDIATION_OUTCOME","Outcome","N/A"),
  F("CONCERNS","Concerns","Ryan says dad drinks heavily and they argue most nights; he says dad has not hit him. He has been coming in hungry and his attendance has dropped to 81%. He is taking GCSEs in May."),
  F("KNOWN","Known to CSC","No (not that we know of)","no"),
  F("PARENT_CONTACT","Parent contact","Dad - Steve Cole 07700 900 655. Mum not involved, lives in Scotland, no number."),
 ])

# ---------- mash-03 pdf above, charity ----------
form(id="w4-mash-03", form="mash-referral", layout="pdf", style="above",
 frm="femi.adebayo@havenyouth.test", subject="Referral to MASH (homeless 16 yr old) - Chloe Harker",
 body="""Dear MASH team,

Please see the attached referral from The Haven Youth Project. Chloe came to our drop-in on Wednesday night with her bags. She is staying at our emergency nightstop host until Sunday only.

Best wishes,
Femi Adebayo
Youth Support Worker
The Haven Youth Project (registered charity 1099999)
Tel 01632 963 310""",
 doc=dict(logo="THE HAVEN YOUTH PROJECT  -  drop-in  |  nightstop  |  advice", title="Referral to the Multi-Agency Safeguarding Hub (MASH): 16/17 year old homeless / at risk", footer="The Haven Youth Project - Safeguarding form SG4 - please keep confidential",
   intro="Write the answer in the box under each question."),
 items=[H("About the young person"),
  F("NAME","Young person's full name","Chloe Harker"),
  F("DATE_OF_BIRTH","Date of birth","9th January 2010","2010-01-09"),
  F("ADDRESS","Address","Nightstop host (address withheld - ask Haven). Usual address: with grandmother, 3 Chapel Row, Marlcombe OX93 7AD", long=True),
  F("AGENCY","Which agency is referring / where did the young person present?","The Haven Youth Project drop-in, Kelbridge"),
  F("STATUS","Is the young person homeless now, or threatened with homelessness?","Homeless now (left/asked to leave 02/12)","homeless"),
  H("Mediation"),
  F("MEDIATION","Has mediation been attempted?","Yes","yes"),
  F("MEDIATION_DATE","When?","01/12/2026 (before she left)","2026-12-01"),
  F("MEDIATION_OUTCOME","What happened?","Gran and Chloe attended one session with our family worker on 01/12. It broke down - gran says she is 74 and cannot cope with Chloe's behaviour. She has asked for Chloe to be accommodated.", long=True),
  H("Welfare and safeguarding"),
  F("CONCERNS","Any welfare or safeguarding concerns?","Chloe was previously looked after (returned to gran under SGO in 2023). She has lost weight and says she is not eating much. She has been going to parties in Kelbridge with older young people. No disclosures of harm.", long=True),
  F("KNOWN","Known to children's social care?","Yes (previously LAC, SGO 2023)","yes"),
  F("PARENT_CONTACT","Parent / guardian contact details","Grandmother (special guardian): Patricia Harker, 3 Chapel Row, Marlcombe, tel 01632 963 845", long=True),
 ])

# ---------- mash-04 body, INVALID: STATUS left blank ----------
form(id="w4-mash-04", form="mash-referral", layout="body", style="colon", expect="rejected", missing="STATUS",
 frm="zoe.marchant@council.test", subject="MASH referral - Liam Doherty 17",
 pre="""MASH referral - young person 16/17 with accommodation issues

Referred by Zoe Marchant, Early Help Family Worker, Early Help Hub (West). 07700 900 290
""",
 post="""Zoe Marchant
Family Worker | Early Help Hub (West) | Wychwood County Council""",
 items=[
  F("NAME","Young person","Liam Doherty"),
  F("DATE_OF_BIRTH","DOB","30/10/2009","2009-10-30"),
  F("ADDRESS","Address","Flat 2, 7 Weir Street, Tadbury OX95 4GG"),
  F("AGENCY","Presenting agency","Early Help Hub (West)"),
  F("STATUS","Homeless / threatened with homelessness",""),
  F("MEDIATION","Mediation attempted (Y/N)","Y","yes"),
  F("MEDIATION_DATE","Date","27/11/2026","2026-11-27"),
  F("MEDIATION_OUTCOME","Outcome","Session with mum and step-dad 27/11 - agreed house rules, but a further row on 02/12 and Liam has been staying between his girlfriend's and home since."),
  F("CONCERNS","Welfare/safeguarding concerns","Liam is ADHD (medicated). Not in EET since leaving college in October. Step-dad has said he will change the locks. Girlfriend's mum has said he can't stay after this weekend."),
  F("KNOWN","Known to social care","N - Early Help only","no"),
  F("PARENT_CONTACT","Parent/guardian contact","Mum Claire Doherty 07700 900 733 (same address)"),
 ])

# ---------- mash-05 docx grid2, housing officer ----------
form(id="w4-mash-05", form="mash-referral", layout="docx", style="grid2",
 frm="imran.bashir@housing.council.test", subject="MASH - joint assessment request - N Corrigan (17) threatened",
 body="""Dear MASH,

Referral attached for Niamh Corrigan. Mediation on 27/11 got us a bit of time - mum has agreed Niamh can stay until 18/12 - but she's clear it ends then. Joint assessment requested please.

Regards
Imran Bashir
Senior Housing Options Officer
Wychwood Housing Options | 01632 961 155""",
 doc=dict(logo="WYCHWOOD HOUSING OPTIONS  |  Youth Homelessness Pathway", title="16/17 YEAR OLD - MASH REFERRAL (HOMELESS / THREATENED WITH HOMELESSNESS)", footer="HOT/YP/MASH-1 rev 2026 | OFFICIAL-SENSITIVE"),
 items=[H("1. Young person"),
  F("NAME","Name","Niamh CORRIGAN"), F("DATE_OF_BIRTH","DOB","03.03.2009","2009-03-03"),
  F("ADDRESS","Address","26 Larkspur Avenue, Wexley Green OX96 2BT", long=True),
  F("AGENCY","Presented to","Housing Options (phone triage 25/11)"), F("STATUS","Homeless / Threatened","Threatened (notice to leave 18/12/26)","threatened"),
  H("2. Mediation"),
  F("MEDIATION","Mediation attempted","Yes","yes"), F("MEDIATION_DATE","Mediation date","27/11/2026","2026-11-27"),
  F("MEDIATION_OUTCOME","Outcome of mediation","Partly successful: mum agreed Niamh can stay until 18/12/2026 but will not agree longer. Conflict mainly about Niamh's relationship and money.", long=True),
  H("3. Concerns and contacts"),
  F("CONCERNS","Welfare / safeguarding concerns","Niamh is 14 weeks pregnant (mum found out last month). Midwife: Kelbridge Community Midwives. No DA concerns disclosed. Boyfriend is 18 and lives with his parents.", long=True),
  F("KNOWN","Known to social care (Y/N)","N","no"), F("PARENT_CONTACT","Parent / guardian","Mum - Siobhan Corrigan, 07700 900 818"),
 ])
