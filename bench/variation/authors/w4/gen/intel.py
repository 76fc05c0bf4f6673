from lib import *
TVP = "PARTNERSHIP AGENCY INTELLIGENCE SHARING SUBMISSION"

# ---------- intel-01 body colon (Oxfordshire Youth) ----------
form(id="w4-intel-01", form="intelligence-submission", layout="body", style="colon",
 frm="sam.pereira@oxyouth.provider.test", subject="Intelligence submission - vehicles at Weavers Lane",
 pre="""To the Readers team,

Please see intelligence submission below. Not urgent, no police attendance needed - sharing for awareness as agreed at the provider forum.

PARTNERSHIP AGENCY INTELLIGENCE SHARING SUBMISSION
""",
 post="""Sam Pereira
Support Worker, Oxfordshire Youth""",
 items=[
  F("AGENCY","Submitting agency","Oxfordshire Youth (YPSA provider)"),
  F("WORKER","Worker name","Sam Pereira"),
  F("ROLE","Role","Support Worker"),
  F("EMAIL","Contact email","sam.pereira@oxyouth.provider.test"),
  F("PHONE","Contact number","01632 964 262"),
  F("WHEN","Date/time of information","Over the last fortnight - most recently 01/12/2026 approx 21:00"),
  F("LOCATION","Location","Outside OXY-WOX-01, Weavers Lane, Tadbury OX95"),
  F("PERSONS","Persons involved","Unknown male, white, approx 25-30, slim, grey tracksuit, drives the car below. Resident of OXY-WOX-01 (Ben Atherton, DOB 17/09/2007) has been seen getting into the car."),
  F("VEHICLES","Vehicles","Black VW Golf, partial reg 'WX7?' - tinted rear windows"),
  F("INFORMATION","Information","On at least four evenings since 18/11 a black Golf has parked opposite the house for 5-10 minutes. A resident goes out to the car and returns a few minutes later. On 01/12 staff saw a small package passed through the car window. Resident denies anything is going on."),
  F("SOURCE","Source","Staff observation (two members of staff)"),
  F("GRADING","Grading","B / 2"),
  F("HANDLING","Handling code","P - lawful sharing permitted"),
 ])

# ---------- intel-02 docx twocol (Key2 Futures) ----------
form(id="w4-intel-02", form="intelligence-submission", layout="docx", style="twocol",
 frm="adele.vickers@key2.provider.test", subject="TVP intelligence sharing form - possible cuckooing K2F-OXC-01",
 body="""Good morning,

Please find attached a Partnership Agency Intelligence Sharing Submission regarding possible cuckooing of one of our flats in Oxford City. No immediate risk - the resident is currently staying with family.

Kind regards,
Adele Vickers
Service Manager (Cherwell & City), Key2 Futures""",
 doc=dict(logo="Thames Valley Police  -  Partnership Agency Intelligence Sharing Submission  (completed by Key2 Futures)", title=TVP, footer="This form is NOT for reporting crimes in progress or where there is an immediate risk - call 999. Non-emergency: 101.",
   intro="Complete all sections you can. Email to the Readers mailbox."),
 items=[H("Submitting agency"),
  F("AGENCY","Agency name","Key2 Futures"),
  F("WORKER","Name of person submitting","Adele Vickers"),
  F("ROLE","Role / job title","Service Manager"),
  F("EMAIL","Email","adele.vickers@key2.provider.test"),
  F("PHONE","Telephone","07700 900 224"),
  H("Information"),
  F("WHEN","Date and time of information","Between 24/11/2026 and 02/12/2026; last observed 02/12 14:30"),
  F("LOCATION","Location / address","Flat 4, K2F-OXC-01, St Clement's area, Oxford"),
  F("PERSONS","Persons involved (name, DOB, description)","1) Resident - Demi Carver, DOB 06/04/2005. 2) Male known as 'Jay', black, approx 20, 5'10, slim, often wears a North Face puffer. 3) Female, white, approx 16-17, blonde, name unknown."),
  F("VEHICLES","Vehicles","Red Vauxhall Corsa, reg ends 'PKE', seen dropping off 'Jay'"),
  F("INFORMATION","Information / intelligence","Neighbours have complained about visitors to Flat 4 at all hours over the last week. Staff visiting on 02/12 found 'Jay' and the female inside; Demi said they were friends staying for a few days. Demi told her worker privately she 'can't tell them to go'. Demi is now staying with her aunt. We believe the flat may be being used to deal drugs (cuckooing). The female appeared to be under 18."),
  F("SOURCE","Source of information","Staff observation and resident disclosure"),
  F("GRADING","Information grading (if known)","Source: B  Intelligence: 2"),
  F("HANDLING","Handling code","P"),
 ])

# ---------- intel-03 body above (school) ----------
form(id="w4-intel-03", form="intelligence-submission", layout="body", style="above",
 frm="gemma.hartley@kelbridgehigh.test", subject="Partnership intelligence submission - Kelbridge High School",
 pre="""Dear Sir/Madam,

Please find below an intelligence sharing submission from Kelbridge High School. We have also made a MASH referral for the pupil through the normal route.

INTELLIGENCE SHARING SUBMISSION
""",
 post="""Yours faithfully,
Mrs G. Hartley
Deputy Headteacher / DSL""",
 items=[
  F("AGENCY","Submitting agency","Kelbridge High School"),
  F("WORKER","Worker name","Gemma Hartley"),
  F("ROLE","Role","Deputy Headteacher and Designated Safeguarding Lead"),
  F("EMAIL","Contact email","gemma.hartley@kelbridgehigh.test"),
  F("PHONE","Contact phone","01632 965 020"),
  F("WHEN","Date and time","Thursday 26th November 2026, approx 3.20pm (end of school day)"),
  F("LOCATION","Location","Bus stop outside Kelbridge High School, Mill Road, Kelbridge"),
  F("PERSONS","Persons involved","Year 10 pupil, male, aged 15 (name given to MASH). Driver: white male, approx 40, shaved head, tattoo on neck."),
  F("VEHICLES","Vehicles","White Ford Transit van, no signwriting, registration seen as KB6? ?LX"),
  F("INFORMATION","Information","A member of staff on bus duty saw the pupil get into the front of the van. This is the third time this month staff have seen this. The pupil has had new trainers and a new phone and says the man is 'a friend of my cousin who gives me work'."),
  F("SOURCE","Source","Staff observation"),
  F("GRADING","Grading","Not known"),
  F("HANDLING","Handling code","P"),
 ])

# ---------- intel-04 pdf grid3 (charity) ----------
form(id="w4-intel-04", form="intelligence-submission", layout="pdf", style="grid3",
 frm="tomasz.nowak@opendooryouth.test", subject="Intel submission - bikes and electricals - Harrow Street",
 body="""Hello,

Intelligence submission attached from Open Door Youth Drop-in. Not urgent.

Tomasz Nowak
Outreach Worker, Open Door Youth Drop-in
07700 900 470""",
 doc=dict(logo="OPEN DOOR YOUTH DROP-IN  (charity)", title="Partnership Agency Intelligence Sharing Submission", footer="Do not use this form to report a crime in progress - call 999. For non-emergencies call 101."),
 items=[H("Who is sending this"),
  F("AGENCY","Agency","Open Door Youth Drop-in"), F("WORKER","Worker","Tomasz Nowak"), F("ROLE","Role","Outreach Worker"),
  F("EMAIL","Email","tomasz.nowak@opendooryouth.test"), F("PHONE","Phone","07700 900 470"), F(None,"Date submitted","03/12/2026"),
  H("The information"),
  F("WHEN","Date/time of info","w/c 23/11/2026 - several evenings"), F("LOCATION","Location","27 Harrow Street, Kelbridge"), F("VEHICLES","Vehicles","None seen"),
  F("PERSONS","Persons involved","Young males aged approx 16-19 (some known to us by first name only - Kai, Reggie). Occupier: unknown adult male, 30s.", long=True),
  F("INFORMATION","Information","Young people at our drop-in say that at 27 Harrow Street they can swap 'new' bikes and electrical items (vapes, headphones, a PS5) for cash. Two young people showed staff photos of a garage full of bikes. Young people say the occupier also lets them stay over and gives them cannabis.", long=True),
  F("SOURCE","Source","Young people attending drop-in (second hand)"), F("GRADING","Grading","C / 3"), F("HANDLING","Handling","P"),
 ])

# ---------- intel-05 docx above (college) INVALID: worker name blank ----------
form(id="w4-intel-05", form="intelligence-submission", layout="docx", style="above", expect="rejected", missing="WORKER",
 frm="safeguarding@wexleycollege.test", subject="Intelligence sharing submission - Wexley College",
 body="""Please find attached an intelligence sharing submission from Wexley College.

Safeguarding Team
Wexley College
01632 965 300""",
 doc=dict(logo="WEXLEY COLLEGE  -  Safeguarding", title=TVP, footer="Not for emergencies - call 999. Email completed form to the police Readers mailbox."),
 items=[H("Submitting agency details"),
  F("AGENCY","Submitting agency","Wexley College"),
  F("WORKER","Name of worker",""),
  F("ROLE","Role","Safeguarding Officer"),
  F("EMAIL","Contact email","safeguarding@wexleycollege.test"),
  F("PHONE","Contact phone","01632 965 300"),
  H("Information being shared"),
  F("WHEN","Date and time of information","30/11/2026 - 12:45"),
  F("LOCATION","Location","College car park (rear), Wexley College, Station Road, Wexley Green"),
  F("PERSONS","Persons involved","Two students (16 and 17, details held by college). Adult male, Asian, approx 25, beard, black puffer jacket, called 'Zee'."),
  F("VEHICLES","Vehicles","Silver Mercedes A-Class, private plate starting Z33"),
  F("INFORMATION","Information", "Staff saw the male hand a carrier bag to one student through the car window in the rear car park at lunch. Students later told a tutor that 'Zee' pays them to take parcels to Oxford on the train. The students have been absent on several Fridays.", long=True),
  F("SOURCE","Source","Staff observation and student comments"),
  F("GRADING","Grading","N/K"),
  F("HANDLING","Handling code","P"),
 ])

# ---------- intel-06 body numbered (A2 Dominion) ----------
form(id="w4-intel-06", form="intelligence-submission", layout="body", style="numbered",
 frm="rachel.beaumont@a2dominion.provider.test", subject="Intelligence submission (A2 Dominion) - A2D-SOX-01",
 pre="""Hi,

Answers to the intelligence sharing form questions below - I've kept the numbering from the form.

PARTNERSHIP AGENCY INTELLIGENCE SHARING SUBMISSION
""",
 post="""Thanks
Rachel Beaumont
Housing Support Officer, A2 Dominion (South Oxon)""",
 items=[
  F("AGENCY","Submitting agency","A2 Dominion"),
  F("WORKER","Worker name","Rachel Beaumont"),
  F("ROLE","Role","Housing Support Officer"),
  F("EMAIL","Email","rachel.beaumont@a2dominion.provider.test"),
  F("PHONE","Phone","01632 964 595"),
  F("WHEN","Date and time of the information","28/11/26 between 10pm and midnight"),
  F("LOCATION","Location","Car park of A2D-SOX-01, Beech Court, Hensford"),
  F("PERSONS","Persons involved","Two males in their 20s, one white with ginger hair, one mixed race with braids. Names not known."),
  F("VEHICLES","Vehicles","Blue BMW 1 series, reg HN19 ???; grey Toyota Yaris (no reg)"),
  F("INFORMATION","Information","Residents (young parents) report two cars regularly parking in the car park late at night with engines running and music on. Males approach residents' visitors. One resident says she was offered 'easy money' to hold a bag for them. Residents feel intimidated."),
  F("SOURCE","Source of the information","Residents (3), via staff"),
  F("GRADING","Information grading","Not graded"),
  F("HANDLING","Handling code","C - do not disclose resident identities"),
 ])

# ---------- intel-07 docx grid2 (Stonewater) ----------
form(id="w4-intel-07", form="intelligence-submission", layout="docx", style="grid2",
 frm="craig.whelan@stonewater.provider.test", subject="Partnership intel submission - STW-VWH-01 - 'work' offers",
 body="""Good morning,

Please see attached intelligence submission from Stonewater (Vale). For information only.

Craig Whelan
Support Worker, Stonewater (Vale of White Horse)
01632 964 349""",
 doc=dict(logo="Stonewater  |  Young Persons Services", title=TVP, footer="Stonewater Ltd - partnership intelligence (TVP form) - OFFICIAL-SENSITIVE"),
 items=[H("Section 1 - Submitting agency"),
  F("AGENCY","Agency","Stonewater"), F("WORKER","Worker","Craig Whelan"),
  F("ROLE","Role","Support Worker"), F("EMAIL","Email","craig.whelan@stonewater.provider.test"),
  F("PHONE","Phone","01632 964 349"), F(None,"Manager","Helen Pardoe"),
  H("Section 2 - Information"),
  F("WHEN","Date & time","Sunday 29 Nov 2026 around 3pm"), F("LOCATION","Location","Outside STW-VWH-01, Abbey Mews, Wantage Road, Marlcombe"),
  F("PERSONS","Persons","Resident: Jordan Pike, DOB 22/10/2005. Adult male, white, 50s, heavy build, calls himself 'Mick'.", long=True),
  F("VEHICLES","Vehicles","Green Land Rover Discovery, old model, reg unknown"),
  F("SOURCE","Source","Resident disclosure to staff"),
  F("INFORMATION","Information","Jordan told staff that 'Mick' approached him outside the property and offered him cash-in-hand work on building sites, with accommodation provided, if he hands over his bank card 'for wages'. Jordan has not agreed. Mick has been seen in the area twice before talking to young men.", long=True),
  F("GRADING","Grading","B/2"), F("HANDLING","Handling code","P"),
 ])

# ---------- intel-08 body colon URGENT present danger (Connection Support) ----------
form(id="w4-intel-08", form="intelligence-submission", layout="body", style="colon", expect="urgent",
 frm="louise.tran@connection.provider.test", subject="Intelligence submission - Con Support - CON-SOX-01",
 pre="""Hi

Sending this on the intel form as I'm not sure who else to tell - please pass on.

PARTNERSHIP AGENCY INTELLIGENCE SHARING SUBMISSION
""",
 post="""Louise Tran
Support Worker, Connection Support (South Oxon)""",
 items=[
  F("AGENCY","Submitting agency","Connection Support"),
  F("WORKER","Worker name","Louise Tran"),
  F("ROLE","Role","Support Worker"),
  F("EMAIL","Contact email","louise.tran@connection.provider.test"),
  F("PHONE","Contact phone","07700 900 563"),
  F("WHEN","Date/time of information","NOW - Fri 04/12/2026 08:40 and ongoing"),
  F("LOCATION","Location","Flat 3, CON-SOX-01, Orchard Court, Hensford"),
  F("PERSONS","Persons involved","Resident Mia Lockwood, DOB 19/03/2006. Two adult males, names unknown, one has a knife."),
  F("VEHICLES","Vehicles","Not known"),
  F("INFORMATION","Information","Mia has just texted me (08:40) saying two men are in her flat right now, one of them has a knife and has threatened to cut her if she tries to leave or calls anyone. She says she is locked in the bathroom and is scared. I am on my way there now."),
  F("SOURCE","Source","Text messages from resident"),
  F("GRADING","Grading","-"),
  F("HANDLING","Handling code","P"),
 ])
