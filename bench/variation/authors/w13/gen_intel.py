INT = []
def N(**kw): INT.append(kw)
NL_A = {"AGENCY": "Submitting agency", "WORKER": "Name of worker submitting", "ROLE": "Role / job title", "EMAIL": "Contact email", "PHONE": "Contact telephone",
        "WHEN": "Date and time of information", "LOCATION": "Location (address / area)", "PERSONS": "Persons involved\n(name, DOB, description)",
        "VEHICLES": "Vehicles\n(VRM, make, model, colour)", "INFORMATION": "Information / intelligence", "SOURCE": "Source and information grading (if known)",
        "HANDLING": "Handling code"}
NL_B = {"AGENCY": "AGENCY", "WORKER": "WORKER NAME", "ROLE": "ROLE", "EMAIL": "EMAIL", "PHONE": "TEL", "WHEN": "DATE/TIME OF INFO", "LOCATION": "LOCATION",
        "PERSONS": "PERSONS", "VEHICLES": "VEHICLES", "INFORMATION": "INFORMATION", "SOURCE": "SOURCE / GRADING", "HANDLING": "HANDLING CODE"}
NL_C = {"AGENCY": "Agency", "WORKER": "Worker", "ROLE": "Role", "EMAIL": "Email", "PHONE": "Phone", "WHEN": "Date/time", "LOCATION": "Location",
        "PERSONS": "People involved", "VEHICLES": "Vehicles", "INFORMATION": "Information", "SOURCE": "Source/grading", "HANDLING": "Handling"}
NGROUPS = [("Section A - Submitting agency", ["AGENCY", "WORKER", "ROLE", "EMAIL", "PHONE"]),
           ("Section B - The information", ["WHEN", "LOCATION", "PERSONS", "VEHICLES", "INFORMATION"]),
           ("Section C - Evaluation", ["SOURCE", "HANDLING"])]
TITLE = "Partnership Agency Intelligence Sharing Submission"

N(id="w13-intel-01", layout="docx", style="twocol", L=NL_A, sender="bethan.carlisle@fenbridgegeneral.nhs.test",
  subject="Partnership intelligence submission - ED safeguarding",
  cover="Dear colleagues,\n\nPlease find attached an intelligence sharing submission from the ED safeguarding nurses. This is not urgent - the young person has been discharged and a safeguarding referral has been made separately.\n\nKind regards\nBethan Carlisle\nSafeguarding Nurse Specialist, Emergency Department\nFenbridge General Hospital NHS Trust (fictional)\nThis email is sent from a secure NHS.test account.",
  d={"AGENCY": "Fenbridge General Hospital - Emergency Department Safeguarding Team", "WORKER": "Bethan Carlisle", "ROLE": "Safeguarding Nurse Specialist",
     "EMAIL": "bethan.carlisle@fenbridgegeneral.nhs.test", "PHONE": "01632 960 999 ext 4471",
     "WHEN": "02/12/2026 03:20", "LOCATION": "ED main entrance / drop-off bay, Fenbridge General Hospital",
     "PERSONS": "1. Female patient, 15, initials A.L. (details held by ED safeguarding)\n2. Male, approx 25-30, white, slim, shaved head, neck tattoo of a star, grey tracksuit - dropped her off",
     "VEHICLES": "Black VW Golf, partial VRM 'KX19 ...', damaged rear bumper",
     "INFORMATION": "A 15 year old girl was dropped at the ED entrance at 03:20 by an older male in a black Golf who drove off straight away. She was intoxicated and had bruising to her wrists. She told the triage nurse that 'Jay' looks after her and gives her a place to stay. She had two mobile phones. She self-discharged before the safeguarding nurse arrived but the children's safeguarding referral was made the same morning.",
     "SOURCE": "Direct observation by triage nurse (CCTV at drop-off bay available on request). Grading not given.",
     "HANDLING": "P - may be shared within police for policing purposes"},
  values={"AGENCY": "Fenbridge General Hospital - Emergency Department Safeguarding Team", "WORKER": "Bethan Carlisle", "EMAIL": "bethan.carlisle@fenbridgegeneral.nhs.test", "WHEN": "2026-12-02T03:20"},
  logo="FENBRIDGE GENERAL HOSPITAL NHS TRUST  |  Safeguarding", title=TITLE,
  footer="Email completed form to the police readers mailbox. Do NOT use this form for crimes in progress or anyone in immediate danger - call 999.")

N(id="w13-intel-02", layout="body", style="kv", L=NL_C, sender="marcus.doyle@youthsteps.test",
  subject="Intelligence sharing submission - possible cuckooing, Fenbridge",
  intro="Hi,\n\nPartnership intelligence submission below, from the young people's drug and alcohol service.\n\n",
  d={"AGENCY": "Youth Steps - young people's drug and alcohol service (Eastmere)", "WORKER": "Marcus Doyle", "ROLE": "Substance Misuse Worker",
     "EMAIL": "marcus.doyle@youthsteps.test", "PHONE": "07700 900 840",
     "WHEN": "01/12/2026, around 2pm (told to me during a session)", "LOCATION": "Flat 12, Brindley House, Canal Street, Fenbridge",
     "PERSONS": "Client: male, 19 (details can be shared on request). 'Tall lad called Kez' - black male, early 20s, London accent, white puffer jacket.",
     "VEHICLES": "None known",
     "INFORMATION": "My client told me that two men from London have been staying at his flat for about 10 days and are selling crack and heroin from it. He says he owes them £300 and they have taken his bank card. He does not want to make a report himself and is scared. He has agreed to me passing this on.",
     "SOURCE": "Client disclosure - first hand. Not graded.", "HANDLING": "C - please do not disclose the source to the client's associates"},
  outro="\nThanks\nMarcus\n\nMarcus Doyle | Substance Misuse Worker | Youth Steps\n01632 960 512 (office)\nConfidential - this email may contain sensitive personal information.",
  values={"AGENCY": "Youth Steps - young people's drug and alcohol service (Eastmere)", "WORKER": "Marcus Doyle", "EMAIL": "marcus.doyle@youthsteps.test"})

N(id="w13-intel-03", layout="pdf", style="portal", L=NL_B, sender="sam.okonjo@theyardproject.test",
  subject="Intelligence submission - older males giving lifts to young people",
  cover="Hi,\n\nCompleted intelligence sharing form attached - youth workers have noticed a car repeatedly collecting young people from outside our drop-in. Nothing happening right now, we just want to share it.\n\nSam Okonjo\nSenior Youth Worker\nThe Yard Community Youth Project | 01632 960 377",
  d={"AGENCY": "THE YARD COMMUNITY YOUTH PROJECT", "WORKER": "SAM OKONJO", "ROLE": "SENIOR YOUTH WORKER", "EMAIL": "sam.okonjo@theyardproject.test", "PHONE": "01632 960 377",
     "WHEN": "TUESDAYS AND THURSDAYS SINCE MID NOVEMBER, LAST SEEN 03/12/2026 AT 21.00", "LOCATION": "OUTSIDE THE YARD, UNIT 3, MILL LANE, HOLTBY FEN",
     "PERSONS": "MALE DRIVER, APPROX 20-25, ASIAN, BEARD, BLACK CAP. GIRLS AGED 14-16 WHO ATTEND THE DROP-IN (NAMES HELD BY US).",
     "VEHICLES": "SILVER TOYOTA YARIS, VRM ENDING 'LDX'",
     "INFORMATION": "AT THE END OF OUR EVENING DROP-IN A SILVER YARIS HAS BEEN WAITING ACROSS THE ROAD. DIFFERENT GIRLS GET IN EACH TIME. ONE GIRL SAID HE IS 'A FRIEND WHO TAKES US TO PARTIES'. STAFF HAVE SEEN VAPES AND ALCOHOL HANDED OVER THROUGH THE CAR WINDOW.",
     "SOURCE": "STAFF OBSERVATION + COMMENT FROM A YOUNG PERSON. GRADING - N/K", "HANDLING": "P"},
  values={"AGENCY": "THE YARD COMMUNITY YOUTH PROJECT", "WORKER": "SAM OKONJO", "EMAIL": "sam.okonjo@theyardproject.test"},
  logo="The Yard Community Youth Project  |  printed from shared drive", title="PARTNERSHIP AGENCY INTELLIGENCE SHARING SUBMISSION",
  footer="Not for crimes in progress or anyone in immediate danger - call 999. Non-emergencies call 101.")

N(id="w13-intel-04", layout="docx", style="grid", L=NL_A, sender="lauren.bright@oxyouth.provider.test",
  subject="Intel submission - vehicle visiting OXY-VWH-01",
  cover="Hello,\n\nIntelligence sharing submission attached about a vehicle seen visiting one of our properties late at night. Thanks.\n\nLauren Bright\nSupport Worker - Oxfordshire Youth\nConfidential: for the intended recipient only.",
  d={"AGENCY": "Oxfordshire Youth", "WORKER": "Lauren Bright", "ROLE": "Support Worker", "EMAIL": "lauren.bright@oxyouth.provider.test", "PHONE": "07700 900 151",
     "WHEN": "28/11/2026 between 23.30 and 00.10", "LOCATION": "Car park at the rear of our property OXY-VWH-01, Abbots Marston",
     "PERSONS": "Driver - white male, 30s, heavy build, ginger beard. Passenger - unknown.\nResident spoken to through the car window: male, 17 (details held by us).",
     "VEHICLES": "Dark blue BMW 3 Series estate, VRM FN21 XWP (checked on CCTV)",
     "INFORMATION": "A blue BMW has parked at the rear of the property on at least three nights in the last fortnight. On 28/11 CCTV shows one of our residents (17) going out to the car, taking a small package and returning to his room. He has had new trainers and a new phone recently with no explanation.",
     "SOURCE": "CCTV (retained for 30 days) and staff observation. B2", "HANDLING": "P"},
  values={"AGENCY": "Oxfordshire Youth", "WORKER": "Lauren Bright", "EMAIL": "lauren.bright@oxyouth.provider.test"},
  logo="Oxfordshire Youth  |  Supported Accommodation", title=TITLE,
  footer="Oxfordshire Youth - use for intelligence only. Crime in progress / immediate danger: call 999.")

N(id="w13-intel-05", layout="body", style="numbered", L=NL_A, sender="gareth.pell@housing.council.test",
  subject="Partnership Agency Intelligence Sharing Submission - Quarry Lane",
  intro="Good afternoon,\n\nPlease see submission below.\n\nPARTNERSHIP AGENCY INTELLIGENCE SHARING SUBMISSION\n\n",
  d={"AGENCY": "Wexham District Council - Housing Solutions", "WORKER": "Gareth Pell", "ROLE": "Housing Solutions Officer",
     "EMAIL": "gareth.pell@housing.council.test", "PHONE": "01632 960 812",
     "WHEN": "3-12-2026, 11.00 (tenant visit)", "LOCATION": "17 Quarry Lane, Fenbridge FB2 6TN (council temporary accommodation)",
     "PERSONS": "Tenant: female, 22 (details on file). Visitor: 'Lewis', white male, 40s, thin, lots of rings.",
     "VEHICLES": "-",
     "INFORMATION": "During a tenancy visit the tenant said a man called Lewis has been using her flat to meet young people and that 'kids come and go all day'. Two school-age boys were in the flat during the visit and left when I arrived. The tenant seemed frightened and asked me not to say she had told me.",
     "SOURCE": "Tenant (first hand) and my own observation", "HANDLING": "C - risk to tenant if source known"},
  outro="\nRegards\n\nGareth Pell\nHousing Solutions Officer\nHousing Solutions Team | Wexham District Council\nThis email and any files transmitted with it are confidential.",
  values={"AGENCY": "Wexham District Council - Housing Solutions", "WORKER": "Gareth Pell", "EMAIL": "gareth.pell@housing.council.test"})

N(id="w13-intel-06", layout="pdf", style="portal", L=NL_B, sender="aisling.murray@youthsteps.test",
  subject="INTEL SUBMISSION - NEW DEAL LINE NAME - YOUTH STEPS",
  cover="Hi,\n\nIntelligence sharing form attached (PDF print from our case system).\n\nAisling\n\nAisling Murray\nTeam Leader, Youth Steps\nYoung people's drug and alcohol service\nSecure email - not for onward sharing without consent.",
  d={"AGENCY": "YOUTH STEPS - YOUNG PEOPLE'S DRUG AND ALCOHOL SERVICE", "WORKER": "AISLING MURRAY", "ROLE": "TEAM LEADER", "EMAIL": "aisling.murray@youthsteps.test",
     "PHONE": "01632 960 515", "WHEN": "WEEK OF 23/11/2026 - 27/11/2026", "LOCATION": "MARSHAM ST CLARE AND EASTWOLD",
     "PERSONS": "SEVERAL CLIENTS AGED 16-19 (NOT NAMED). A MALE KNOWN AS 'TALL T'.",
     "VEHICLES": "N/K",
     "INFORMATION": "THREE SEPARATE CLIENTS HAVE MENTIONED A NEW DEAL LINE CALLED 'BENNY LINE' SENDING BULK TEXTS OFFERING CHEAP KETAMINE AND COCAINE IN MARSHAM ST CLARE AND EASTWOLD. TWO SAID A MALE CALLED 'TALL T' HAS OFFERED THEM MONEY TO 'RUN' FOR THE LINE AFTER SCHOOL.",
     "SOURCE": "CLIENT DISCLOSURES (3 SEPARATE). GRADED B3 BY SUBMITTER", "HANDLING": "P"},
  values={"AGENCY": "YOUTH STEPS - YOUNG PEOPLE'S DRUG AND ALCOHOL SERVICE", "WORKER": "AISLING MURRAY", "EMAIL": "aisling.murray@youthsteps.test"},
  logo="Youth Steps CaseBook  |  Printed 03/12/2026 16:02", title="PARTNERSHIP AGENCY INTELLIGENCE SHARING SUBMISSION",
  footer="Printed from CaseBook. Do not use for emergencies - call 999.")

N(id="w13-intel-07", layout="docx", style="above", L=NL_A, sender="nadia.kowalczyk@stonewater.provider.test",
  subject="Intelligence sharing submission - Stonewater - STW-VWH-02",
  cover="Dear Readers,\n\nPlease find attached an intelligence sharing submission from Stonewater Young People's Service. Nothing happening now - sharing for information.\n\nRegards,\nNadia Kowalczyk\nSupport Worker, Stonewater Young People's Service\nThis email is confidential and may be legally privileged.",
  d={"AGENCY": "Stonewater Young People's Service", "WORKER": "Nadia Kowalczyk", "ROLE": "Support Worker", "EMAIL": "nadia.kowalczyk@stonewater.provider.test",
     "PHONE": "07700 900 264", "WHEN": "29/11/2026 approx 16:00", "LOCATION": "Stonewater property STW-VWH-02 and the nearby bus stop on Station Road",
     "PERSONS": "Resident: female, 18 (details held). Male named 'Dylan Crane', believed approx 24, white, long dark hair.",
     "VEHICLES": "Red moped, no plates",
     "INFORMATION": "Our resident has been given three new phones in the last month by a man she calls Dylan Crane, who collects her on a red moped. She has been away from the property two nights this week and came back with cash. She told staff Dylan 'is looking after her' and she owes him for the phones.",
     "SOURCE": "Staff observation and resident's own comments", "HANDLING": "P - no restrictions"},
  values={"AGENCY": "Stonewater Young People's Service", "WORKER": "Nadia Kowalczyk", "EMAIL": "nadia.kowalczyk@stonewater.provider.test"},
  logo="STONEWATER  |  Young People's Service", title=TITLE,
  footer="Stonewater - Intelligence form IS-2. Crime in progress or anyone at risk now: call 999.")

# intel-08 URGENT: present danger
N(id="w13-intel-08", layout="body", style="note", L=NL_C, sender="dean.mcallister@key2.provider.test",
  subject="URGENT intel submission - young person being held at flat NOW",
  intro="Sending this on the intelligence form as I wasn't sure who else to send it to.\n\n",
  d={"AGENCY": "Key2 Futures", "WORKER": "Dean McAllister", "ROLE": "Support Worker (Lead)", "EMAIL": "dean.mcallister@key2.provider.test",
     "PHONE": "07700 900 703", "WHEN": "Now - 04/12/2026 08.50", "LOCATION": "Flat 6, 31 Ferris Road, Northbrook (our resident's flat)",
     "PERSONS": "Resident Jayden Price, 17. Two males, one with a knife.", "VEHICLES": "Black Audi A3 outside, VRM not seen",
     "INFORMATION": "Jayden has just rung me from the bathroom of his flat whispering that two men are in his flat right now, one has a knife, and they are saying they will stab him if he doesn't hand over the money he owes. He has locked himself in the bathroom and they are banging on the door. I can hear shouting in the background. I am on my way there.",
     "SOURCE": "Phone call from the young person just now", "HANDLING": "-"},
  outro="\nDean McAllister\nSupport Worker (Lead), Key2 Futures\n07700 900 703",
  expect="urgent",
  values={"AGENCY": "Key2 Futures", "WORKER": "Dean McAllister", "EMAIL": "dean.mcallister@key2.provider.test"})
