INC = []
def I(**kw): INC.append(kw)
CATS = ["Missing", "Exploitation", "Self-harm", "Violence", "Allegation against staff", "Police involvement", "Hospital admission", "Other"]
SEVS = ["Low", "Medium", "High", "Critical"]
def boxes(opts, sel, on="☒", off="☐", sep="   "):
    return sep.join(("%s %s" % (on if o == sel else off, o)) for o in opts)
IL_A = {"PROVIDER": "Provider", "PROPERTY": "Property / scheme reference", "NAME": "Young person's name", "DATE_OF_BIRTH": "Date of birth",
        "LCS_NUMBER": "LCS number", "WORKER_NAME": "Social worker / Leaving Care PA", "WORKER_EMAIL": "SW / PA email address",
        "DATE": "Date of incident", "TIME": "Time of incident (24hr)", "CATEGORY": "Incident category (tick one)", "SEVERITY": "Severity (tick one)",
        "DESCRIPTION": "Description of incident - what happened, where, who was involved", "ACTIONS": "Immediate actions taken",
        "POLICE_REFERENCE": "Police reference / URN (if police involved)"}
IL_B = {"PROVIDER": "PROVIDER", "PROPERTY": "PROPERTY", "NAME": "RESIDENT", "DATE_OF_BIRTH": "DOB", "LCS_NUMBER": "LCS", "WORKER_NAME": "SW/PA",
        "WORKER_EMAIL": "SW/PA EMAIL", "DATE": "INCIDENT DATE", "TIME": "INCIDENT TIME", "WHEN": "DATE/TIME OF INCIDENT", "CATEGORY": "CATEGORY", "SEVERITY": "SEVERITY",
        "DESCRIPTION": "WHAT HAPPENED", "ACTIONS": "ACTIONS TAKEN", "POLICE_REFERENCE": "POLICE REF"}
IL_C = {"PROVIDER": "Provider", "PROPERTY": "Property", "NAME": "Young person", "DATE_OF_BIRTH": "DOB", "LCS_NUMBER": "LCS no", "WORKER_NAME": "Social worker/PA",
        "WORKER_EMAIL": "SW/PA email", "WHEN": "When", "DATE": "Date", "TIME": "Time", "CATEGORY": "Type of incident", "SEVERITY": "Severity",
        "DESCRIPTION": "What happened", "ACTIONS": "Actions taken", "POLICE_REFERENCE": "Police ref"}
IGROUPS = [("Provider and property", ["PROVIDER", "PROPERTY"]),
           ("Young person", ["NAME", "DATE_OF_BIRTH", "LCS_NUMBER", "WORKER_NAME", "WORKER_EMAIL"]),
           ("The incident", ["WHEN", "DATE", "TIME", "CATEGORY", "SEVERITY", "DESCRIPTION"]),
           ("Response", ["ACTIONS", "POLICE_REFERENCE"])]

I(id="w13-inc-01", layout="docx", style="twocol", L=IL_A, sender="kirsty.hall@response.provider.test",
  subject="Safeguarding incident - RSP-OXC-01 - missing overnight - R Caldwell",
  cover="Hi all,\n\nPlease find attached a safeguarding incident notification for Ruby, who was reported missing last night and returned this morning. SW copied in.\n\nThanks\nKirsty\n\nKirsty Hall\nSupport Worker, Response (Oxford City)\nResponse - confidential. If received in error please delete and let us know.",
  d={"PROVIDER": "Response", "PROPERTY": "RSP-OXC-01", "NAME": "Ruby Caldwell", "DATE_OF_BIRTH": "04/10/2009", "LCS_NUMBER": "2055813",
     "WORKER_NAME": "Olivia Grant (SW)", "WORKER_EMAIL": "olivia.grant@council.test", "DATE": "03/12/2026", "TIME": "23:15",
     "CATEGORY": boxes(CATS, "Missing"), "SEVERITY": boxes(SEVS, "High"),
     "DESCRIPTION": "Ruby did not return by her 10pm curfew. Staff called her phone at 22.30 and 23.00 - no answer, then switched off. At 23.15 staff reported her missing to police as per her missing from home protocol. Ruby's friend told staff she had got into a grey car outside the Co-op on Cowper Road. Ruby returned by taxi at 07.40 this morning, tired and tearful, and would not say where she had been.",
     "ACTIONS": "Reported missing to police 23.15. Informed out-of-hours (provider rota manager) 23.20. Return home interview requested. Ruby seen by staff on return, no visible injuries, offered breakfast and a shower. SW emailed at 07.55.",
     "POLICE_REFERENCE": "TV-20261203-1482"},
  values={"PROVIDER": "Response", "PROPERTY": "RSP-OXC-01", "NAME": "Ruby Caldwell", "DATE_OF_BIRTH": "2009-10-04", "WHEN": "2026-12-03T23:15", "INCIDENT_DATE": "2026-12-03",
          "CATEGORY": "missing", "SEVERITY": "high", "WORKER_EMAIL": "olivia.grant@council.test", "POLICE_REFERENCE": "TV-20261203-1482"},
  logo="RESPONSE  -  Young People's Services", title="Safeguarding Incident Notification",
  footer="Send to Brokerage, Quality & Contracts and the young person's SW/PA within 24 hours. Response SI form v3.")

I(id="w13-inc-02", layout="body", style="kvtab", L=IL_B, sender="lauren.bright@oxyouth.provider.test",
  subject="SAFEGUARDING INCIDENT - OXY-WOX-01 - SELF HARM",
  intro="Hello,\n\nIncident from last night below.\n\n",
  d={"PROVIDER": "OXFORDSHIRE YOUTH", "PROPERTY": "OXY-WOX-01", "NAME": "ETHAN MOSS", "DATE_OF_BIRTH": "17.08.07", "LCS_NUMBER": "N/K",
     "WORKER_NAME": "PA - GRACE ELLWOOD", "WORKER_EMAIL": "grace.ellwood@council.test", "DATE": "yesterday evening (03/12)", "TIME": "2140",
     "CATEGORY": "SELF HARM", "SEVERITY": "MEDIUM",
     "DESCRIPTION": "ETHAN CAME TO THE OFFICE AT 2140 AND SHOWED STAFF CUTS TO HIS LEFT FOREARM MADE WITH A RAZOR BLADE FROM A PENCIL SHARPENER. CUTS WERE SUPERFICIAL. HE SAID HE HAD A ROW WITH HIS GIRLFRIEND ON THE PHONE. HE WAS CALM AND TALKING THROUGHOUT.",
     "ACTIONS": "FIRST AID GIVEN BY STAFF (STERI-STRIPS). NHS 111 CALLED - NO NEED FOR HOSPITAL. SAFETY PLAN REVIEWED WITH ETHAN, HOURLY CHECKS OVERNIGHT, SHARPS REMOVED WITH HIS AGREEMENT. PA TO BE INFORMED THIS MORNING.",
     "POLICE_REFERENCE": "N/A"},
  outro="\nLauren Bright\nSupport Worker - Oxfordshire Youth (West Oxon)\nConfidential: for the intended recipient only.",
  values={"PROVIDER": "OXFORDSHIRE YOUTH", "PROPERTY": "OXY-WOX-01", "NAME": "ETHAN MOSS", "DATE_OF_BIRTH": "2007-08-17", "WHEN": "2026-12-03T21:40", "INCIDENT_DATE": "2026-12-03",
          "CATEGORY": "self-harm", "SEVERITY": "medium", "WORKER_EMAIL": "grace.ellwood@council.test"})

I(id="w13-inc-03", layout="docx", style="grid", L=IL_A, sender="tariq.hussain@key2.provider.test",
  subject="Safeguarding incident notification - K2F-CHE-01 - exploitation concern",
  cover="Dear all,\n\nAttached is an incident form about Nathan at our Northbrook scheme - we believe his flat is being used by others (possible cuckooing). Police exploitation team informed this afternoon.\n\nRegards\n\nTariq Hussain\nProject Manager, Key2 Futures\nkey2 futures - confidential.",
  d={"PROVIDER": "Key2 Futures", "PROPERTY": "K2F-CHE-01", "NAME": "Nathan Adu", "DATE_OF_BIRTH": "12/01/2006", "LCS_NUMBER": "1377095",
     "WORKER_NAME": "Craig Mbeki (PA)", "WORKER_EMAIL": "craig.mbeki@council.test", "DATE": "02.12.26", "TIME": "16:40",
     "CATEGORY": boxes(CATS, "Exploitation"), "SEVERITY": boxes(SEVS, "High"),
     "DESCRIPTION": "During a planned visit at 16:40 staff found three males (appeared late teens / early 20s) in Nathan's flat. One answered the door and would not let staff in until Nathan came. There was a strong smell of cannabis and digital scales on the table. Nathan later told staff the 'boys from London' have been staying for a week and he can't make them leave.",
     "ACTIONS": "Staff left safely and called police 101 (not in progress). Spoke to Nathan alone later in the office - offered a temporary move to another room, he accepted. Police exploitation team (DC Laura Fenn) informed 17:30. PA emailed.",
     "POLICE_REFERENCE": "43260389712"},
  values={"PROVIDER": "Key2 Futures", "PROPERTY": "K2F-CHE-01", "NAME": "Nathan Adu", "DATE_OF_BIRTH": "2006-01-12", "WHEN": "2026-12-02T16:40", "INCIDENT_DATE": "2026-12-02",
          "CATEGORY": "exploitation", "SEVERITY": "high", "WORKER_EMAIL": "craig.mbeki@council.test", "POLICE_REFERENCE": "43260389712"},
  logo="key2 futures  |  Supported housing for young people", title="SAFEGUARDING INCIDENT NOTIFICATION FORM",
  footer="Key2 Futures - SIN form - Please send within 24 hours of the incident. Confidential when completed.")

I(id="w13-inc-04", layout="pdf", style="portal", L=IL_B, sender="siobhan.rourke@sanctuary.provider.test",
  subject="SAFEGUARDING INCIDENT - SAN-CHE-01 - HOSPITAL ADMISSION - L WHITMORE",
  cover="Hi,\n\nSummary: Leah (19) was found unresponsive in her room on Tuesday night and is now in ICU at Fenbridge General after a suspected overdose. Incident report printed from our system attached. PA informed.\n\nSiobhan\n\nSiobhan Rourke\nScheme Manager, Sanctuary Supported Living (Cherwell)\nSanctuary - this email is confidential and may be privileged.",
  d={"PROVIDER": "SANCTUARY HOUSING", "PROPERTY": "SAN-CHE-01", "NAME": "LEAH WHITMORE", "DATE_OF_BIRTH": "06/06/2007", "LCS_NUMBER": "1499320",
     "WORKER_NAME": "HANNAH OSEI (PA)", "WORKER_EMAIL": "hannah.osei@council.test", "DATE": "01/12/2026", "TIME": "quarter past 11 at night",
     "CATEGORY": "HOSPITAL ADMISSION", "SEVERITY": "CRITICAL",
     "DESCRIPTION": "NIGHT WORKER HEARD LEAH'S ALARM CLOCK GOING CONTINUOUSLY AND KNOCKED. NO ANSWER. ENTERED WITH SECOND STAFF MEMBER AND FOUND LEAH UNRESPONSIVE ON THE FLOOR WITH EMPTY PACKETS OF CO-CODAMOL AND HER PRESCRIBED QUETIAPINE NEARBY. AMBULANCE CALLED AT 23.17. LEAH WAS ADMITTED TO ICU AND IS NOW STABLE.",
     "ACTIONS": "999 CALLED, CPR NOT NEEDED (BREATHING), RECOVERY POSITION. STAFF MEMBER WENT IN THE AMBULANCE. ON-CALL MANAGER INFORMED. PA INFORMED 02/12 AT 08.30. ROOM CHECKED FOR FURTHER MEDICATION. MEDICATION TO BE STAFF-HELD ON DISCHARGE.",
     "POLICE_REFERENCE": "-"},
  values={"PROVIDER": "SANCTUARY HOUSING", "PROPERTY": "SAN-CHE-01", "NAME": "LEAH WHITMORE", "DATE_OF_BIRTH": "2007-06-06", "WHEN": "2026-12-01T23:15", "INCIDENT_DATE": "2026-12-01",
          "CATEGORY": "hospital admission", "SEVERITY": "critical", "WORKER_EMAIL": "hannah.osei@council.test"},
  logo="Sanctuary Supported Living  |  InForm incident system  |  Record SSL-INC-20261201-07", title="INCIDENT REPORT - SAFEGUARDING",
  footer="Printed 02/12/2026 09:03 from InForm by SROURKE. Page 1 of 1. Confidential.")

I(id="w13-inc-05", layout="body", style="note", L=IL_C, sender="paul.drinkwater@stonewater.provider.test",
  subject="Incident at STW-WOX-01 - resident assaulted by another resident",
  intro="Hi Brokerage / Q&C,\n\nQuick incident notification - full report to follow.\n\n",
  d={"PROVIDER": "Stonewater", "PROPERTY": "STW-WOX-01 (Westcombe)", "NAME": "Kyle Jennings", "DATE_OF_BIRTH": "28.11.05", "LCS_NUMBER": "-",
     "WORKER_NAME": "PA Tomasz Wierzbicki", "WORKER_EMAIL": "tomasz.wierzbicki@council.test", "WHEN": "30/11/2026 at 19.50",
     "CATEGORY": "Violence - Kyle assaulted another resident", "SEVERITY": "Medium",
     "DESCRIPTION": "Argument in the communal kitchen over a missing food delivery. Kyle punched another resident (JT, 18) twice in the face. JT had a nosebleed and a cut lip. Staff separated them. Kyle went to his room and calmed down within the hour and was remorseful.",
     "ACTIONS": "First aid to JT, offered to call police - JT declined but staff reported it anyway for a record. Both spoken to separately, Kyle given a written warning under his licence agreement. Keyworker session booked 01/12. PA emailed the same evening.",
     "POLICE_REFERENCE": "TV-20261130-0977"},
  outro="\nPaul Drinkwater\nSupport Worker, Stonewater Young People's Service - West Oxon\nThis email is confidential. Stonewater (fictional test address).",
  values={"PROVIDER": "Stonewater", "PROPERTY": "STW-WOX-01", "NAME": "Kyle Jennings", "DATE_OF_BIRTH": "2005-11-28", "WHEN": "2026-11-30T19:50", "INCIDENT_DATE": "2026-11-30",
          "CATEGORY": "violence", "SEVERITY": "medium", "WORKER_EMAIL": "tomasz.wierzbicki@council.test", "POLICE_REFERENCE": "TV-20261130-0977"})

# inc-06 INVALID: severity not ticked
I(id="w13-inc-06", layout="docx", style="twocol", L=IL_A, sender="megan.frost@connection.provider.test",
  subject="Safeguarding incident notification - CON-OOC-01",
  cover="Hi,\n\nIncident form attached re Poppy, who was arrested on Wednesday afternoon. Sorry for the delay in sending.\n\nMegan Frost\nSupport Worker, Connection Support\nConnection Support - secure email. Please do not forward.",
  d={"PROVIDER": "Connection Support", "PROPERTY": "CON-OOC-01", "NAME": "Poppy Lindell", "DATE_OF_BIRTH": "15/04/2008", "LCS_NUMBER": "1802264",
     "WORKER_NAME": "Natalie Cresswell (PA)", "WORKER_EMAIL": "natalie.cresswell@council.test", "DATE": "02/12/2026", "TIME": "14:05",
     "CATEGORY": boxes(CATS, "Police involvement"), "SEVERITY": boxes(SEVS, None),
     "DESCRIPTION": "Police attended the property at 14:05 with a warrant and arrested Poppy on suspicion of handling stolen goods (a number of phones and a laptop found in her room). She was taken to Fenbridge custody suite and released under investigation at 21:30. She returned to the property at 22:15.",
     "ACTIONS": "Staff supported police access. On-call manager informed. Appropriate adult not needed (18). Poppy seen on return, offered food and a chat with staff; she declined. PA informed by phone 02/12.",
     "POLICE_REFERENCE": "URN 43/77120/26"},
  expect="rejected", missing="SEVERITY", values={},
  logo="Connection Support  |  Young People's Pathway", title="Safeguarding Incident Notification",
  footer="Connection Support - incident notification. To Brokerage, Quality & Contracts and SW/PA. Confidential.")

# inc-07 INVALID: property left blank
I(id="w13-inc-07", layout="docx", style="above", L=IL_A, sender="james.okoro@a2dominion.provider.test",
  subject="Safeguarding incident - allegation against a member of staff",
  cover="Dear Brokerage and Quality & Contracts,\n\nPlease find attached a safeguarding incident notification concerning an allegation made by a young person against a member of our staff. The staff member has been suspended pending investigation and the LADO has been contacted.\n\nRegards\n\nJames Okoro\nOperations Manager, Young People's Services\nA2Dominion\nThis email is confidential.",
  d={"PROVIDER": "A2 Dominion", "PROPERTY": "", "NAME": "Reece Palmer", "DATE_OF_BIRTH": "23/12/2007", "LCS_NUMBER": "1611548",
     "WORKER_NAME": "Chloe Varga (PA)", "WORKER_EMAIL": "chloe.varga@council.test", "DATE": "01/12/2026", "TIME": "18:30",
     "CATEGORY": boxes(CATS, "Allegation against staff"), "SEVERITY": boxes(SEVS, "Medium"),
     "DESCRIPTION": "Reece told the scheme manager on 02/12 that on the evening of 01/12 at about 18:30, during a room check, a support worker grabbed his arm and pushed him against the door frame after Reece swore at him. Reece has a small bruise on his upper arm. The staff member denies the allegation.",
     "ACTIONS": "Staff member suspended on 02/12 pending investigation. LADO informed 02/12 (LADO ref pending). Reece's account written down in his own words. Photo of the bruise taken with his consent. PA informed. Reece offered a move to another scheme - declined.",
     "POLICE_REFERENCE": "Not reported to police yet - awaiting LADO advice"},
  expect="rejected", missing="PROPERTY", values={},
  logo="A2Dominion  |  Young People's Supported Housing", title="SAFEGUARDING INCIDENT NOTIFICATION",
  footer="A2Dominion YP Services - Form YPS-03 - notify within 24 hours. OFFICIAL-SENSITIVE when complete.")

I(id="w13-inc-08", layout="body", style="above", L=IL_C, sender="ben.castellano@response.provider.test",
  subject="Incident notification - RSP-SOX-01 - low",
  intro="Morning,\n\nLow level incident for your records.\n\n",
  d={"PROVIDER": "Response", "PROPERTY": "RSP-SOX-01", "NAME": "Tia Robson", "DATE_OF_BIRTH": "02/09/2006", "LCS_NUMBER": "1268840",
     "WORKER_NAME": "Rachel Thornbury, Leaving Care PA", "WORKER_EMAIL": "rachel.thornbury@council.test", "DATE": "3rd of December", "TIME": "07.45",
     "CATEGORY": "Other (fire alarm - smoking in room)", "SEVERITY": "Low",
     "DESCRIPTION": "Fire alarm activated at 07.45 from Tia's room. Staff evacuated the building. Tia admitted she had been smoking (tobacco) out of the window and the smoke set the detector off. Fire service were not called out as staff confirmed no fire. All residents back in by 08.05.",
     "ACTIONS": "Building evacuated and checked. Tia reminded of the no smoking rule and the fire risk, warning recorded. Fire safety session booked for next keywork. PA copied in.",
     "POLICE_REFERENCE": "N/A"},
  outro="Ta,\nBen\n\nBen Castellano\nSupport Worker - Response (South Oxfordshire)\nResponse - confidential.",
  values={"PROVIDER": "Response", "PROPERTY": "RSP-SOX-01", "NAME": "Tia Robson", "DATE_OF_BIRTH": "2006-09-02", "WHEN": "2026-12-03T07:45", "INCIDENT_DATE": "2026-12-03",
          "CATEGORY": "other", "SEVERITY": "low", "WORKER_EMAIL": "rachel.thornbury@council.test"})
