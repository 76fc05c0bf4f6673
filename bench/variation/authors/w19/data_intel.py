from data_other import F, add

add(id="w19-int-01", form="intelligence-submission", expect="routed", missing=None, layout="docx", style="intel_twocol",
    name="w19-int-01-intel-probation", logo="PROBATION SERVICE - Thames Valley Region | Kidlington Fach Office",
    frm="gareth.whitlock@probation.test",
    subject="Partnership Agency Intelligence Sharing Submission - suspected cuckooing Bicester Fach",
    cover="""Good morning,

Please find attached an intelligence submission. Not time-critical - no one is believed to be in immediate danger.

Gareth Whitlock
Probation Officer""",
    f={"AGENCY": "Probation Service (Kidlington Fach Office)", "WORKER": "Gareth Whitlock", "ROLE": "Probation Officer",
       "EMAIL": "gareth.whitlock@probation.test", "PHONE": "01865 555 871",
       "WHEN": "Information received 02/12/2026 at 14:00 hrs during supervision; relates to the last 2 weeks",
       "LOCATION": "Foxglove Court (flats 9-12), Bicester Fach OX98 3DD",
       "PERSONS": "1) Male known as 'Dee', approx. 25, black, slim, short dreads, London accent. 2) Male known as 'Kasey', white, approx. 19, ginger hair. DOBs not known.",
       "VEHICLES": "Black VW Golf, partial VRM 'KX19'; white Toyota Prius taxi-style seen dropping off late at night",
       "INFORMATION": "A person on my caseload reports that flat 11 Foxglove Court has been taken over by two males who are selling crack cocaine and heroin from it. The tenant (a young care leaver) has moved out. Visitors arrive at all hours. The males are said to be from London and to stay 3-4 days at a time.",
       "SOURCE": "Person on probation, first-hand (seen personally). Grading: B / 2 (own assessment)",
       "HANDLING": "P - lawful sharing permitted with partner agencies"},
    v={"WORKER": "Gareth Whitlock", "EMAIL": "gareth.whitlock@probation.test", "AGENCY": "Probation Service (Kidlington Fach Office)"})

add(id="w19-int-02", form="intelligence-submission", expect="routed", missing=None, layout="body", style="intel_colon",
    frm="priya.kalsi@probation.test",
    subject="Intel submission - young people being collected from Banbury Fach bus station",
    pre="Hello,\n\nPlease see intelligence submission below. Not urgent.\n",
    post="\nRegards\nPriya Kalsi\nProbation Officer, Banbury Fach Office",
    f={"AGENCY": "Probation Service - Banbury Fach", "WORKER": "Priya Kalsi", "ROLE": "Probation Officer",
       "EMAIL": "priya.kalsi@probation.test", "PHONE": "01295 555 190",
       "WHEN": "Over the last month, most recently Fri 27/11/2026 around 16:00",
       "LOCATION": "Banbury Fach bus station, bays 4-6, and the car park behind the leisure centre",
       "PERSONS": "Unknown white male, 30s, stocky, shaved head, tattoo on neck (swallow). Group of 3-4 teenagers in school uniform (one girl, two boys, approx. 14-15).",
       "VEHICLES": "Silver Mercedes C-class estate, VRM not obtained",
       "INFORMATION": "Two people on my caseload have separately told me that a man in a silver Mercedes collects school-age children from the bus station after school and drives them to the leisure centre car park, where they are given packages. They believe the children are being used to deliver drugs around Banbury Fach.",
       "SOURCE": "Two separate people on probation, second-hand. Not graded.",
       "HANDLING": "Not known / no restrictions"},
    v={"WORKER": "Priya Kalsi", "EMAIL": "priya.kalsi@probation.test", "AGENCY": "Probation Service - Banbury Fach"})

add(id="w19-int-03", form="intelligence-submission", expect="routed", missing=None, layout="pdf", style="intel_boxes",
    name="w19-int-03-intel-GP", logo="MEADOWSIDE SURGERY - Safeguarding | 1 Mill Lane, Didcot Fach",
    frm="dr.helen.okonkwo@meadowsidesurgery.nhs.test",
    subject="Partnership Agency Intelligence Sharing Submission - Meadowside Surgery",
    cover="""Dear Readers,

Intelligence submission attached from our practice safeguarding lead. The patient's social worker has also been informed through the usual route.

Dr Helen Okonkwo
GP Partner and Practice Safeguarding Lead
Meadowside Surgery""",
    f={"AGENCY": "Meadowside Surgery (GP practice)", "WORKER": "Dr Helen Okonkwo", "ROLE": "GP Partner, Practice Safeguarding Lead",
       "EMAIL": "dr.helen.okonkwo@meadowsidesurgery.nhs.test", "PHONE": "01235 555 900 (ask for the safeguarding lead)",
       "WHEN": "Thursday 26th November 2026, 15:20",
       "LOCATION": "Meadowside Surgery car park, 1 Mill Lane, Didcot Fach",
       "PERSONS": "Patient: Keeley Marsh, DOB 02/05/2011 (15). Adult male: gave name as 'Rob', approx. 35-40, white, grey beard, said he was her 'uncle' - the practice has no record of him as family.",
       "VEHICLES": "Red Ford Transit van, sign-written 'RB Property Services', VRM ending 'MWU'",
       "INFORMATION": "Keeley attended for a sexual health appointment (emergency contraception) accompanied by an adult male who answered questions on her behalf and would not leave the room until asked twice. Reception staff saw her get into his van afterwards. She said he is 'her mum's friend'. Her mother, when phoned, said she did not know who he was.",
       "SOURCE": "GP and reception staff, direct observation. Grading not known.",
       "HANDLING": "Share with MASH and police only"},
    v={"WORKER": "Dr Helen Okonkwo", "EMAIL": "dr.helen.okonkwo@meadowsidesurgery.nhs.test", "AGENCY": "Meadowside Surgery (GP practice)"})

add(id="w19-int-04", form="intelligence-submission", expect="routed", missing=None, layout="body", style="intel_numbered",
    frm="sarah.pennington@orchardhealthcentre.nhs.test",
    subject="Intelligence sharing form - Orchard Health Centre",
    pre="Dear colleagues,\n\nPlease find our intelligence submission below, answered against the numbered questions on your form.\n",
    post="\nMrs Sarah Pennington\nPractice Manager and Safeguarding Administrative Lead\nOrchard Health Centre",
    f={"AGENCY": "Orchard Health Centre", "WORKER": "Sarah Pennington", "ROLE": "Practice Manager / safeguarding admin lead",
       "EMAIL": "sarah.pennington@orchardhealthcentre.nhs.test", "PHONE": "01993 555 615",
       "WHEN": "Several dates in November; most recently 30/11/2026 approx. 11:00",
       "LOCATION": "Flat 3, 88 Corn Street, Witney Fach OX97 1DT (patient's address)",
       "PERSONS": "Patient: Mr Arthur Weekes, DOB 14/03/1949, elderly, lives alone. Two young men, approx. 18-20, one called 'Mikey', white, tall, grey tracksuit.",
       "VEHICLES": "None seen",
       "INFORMATION": "Our district nurse visiting Mr Weekes has found two young men at the flat on three visits. On 30/11 there was a strong smell of cannabis and several phones charging in the kitchen. Mr Weekes said the young men 'look after him' and pay him £20 a week to stay. He seemed frightened to talk in front of them. We are concerned the flat is being used for drug dealing (cuckooing).",
       "SOURCE": "District nurse - direct observation. Grade: not graded.",
       "HANDLING": "N/A"},
    v={"WORKER": "Sarah Pennington", "EMAIL": "sarah.pennington@orchardhealthcentre.nhs.test", "AGENCY": "Orchard Health Centre"})

add(id="w19-int-05", form="intelligence-submission", expect="routed", missing=None, layout="docx", style="intel_numbered_html",
    name="w19-int-05-intel-HavenTrust", logo="HAVEN TRUST - Women's Refuge and Outreach (registered charity)",
    frm="kirsty.allardyce@haventrust.test",
    subject="Partnership Agency Intelligence Sharing Submission - Haven Trust",
    cover="""Hello,

Submission attached. This is about information a resident has shared with us - not an emergency; the woman concerned is safe in refuge.

Kirsty Allardyce
Refuge Support Worker, Haven Trust""",
    f={"AGENCY": "Haven Trust Women's Refuge", "WORKER": "Kirsty Allardyce", "ROLE": "Refuge Support Worker",
       "EMAIL": "kirsty.allardyce@haventrust.test", "PHONE": "07700 900 346",
       "WHEN": "Disclosed 03/12/2026 at 16:00; relates to events in October and November 2026",
       "LOCATION": "31 Beech Grove, Wantage Fach OX95 6GG and a lock-up garage behind Beech Grove (garage no. 7)",
       "PERSONS": "Steven KELLY, approx. 45, white, large build, bald. Associate known as 'Gaz', approx. 40, white.",
       "VEHICLES": "Blue Ford Ranger pick-up, VRM believed to start 'OU68'",
       "INFORMATION": "A resident (his former partner) has told us that Steven Kelly keeps a shotgun that is not licensed in the lock-up garage behind Beech Grove, and that he and 'Gaz' have been storing stolen power tools there to sell on. She last saw the gun in late November.",
       "SOURCE": "Ex-partner, first-hand. Grading: not known - we have no way to verify.",
       "HANDLING": "Do not disclose the source - resident at risk of DV"},
    v={"WORKER": "Kirsty Allardyce", "EMAIL": "kirsty.allardyce@haventrust.test", "AGENCY": "Haven Trust Women's Refuge"})

add(id="w19-int-06", form="intelligence-submission", expect="routed", missing=None, layout="pdf", style="intel_twocol",
    name="w19-int-06-intel-Pathways", logo="PATHWAYS - Young People's Drug and Alcohol Service",
    frm="declan.moss@pathwaysrecovery.test",
    subject="Intelligence submission - drug supply at Riverside Park, Abingdon Fach",
    cover="""Hi,

Please see the attached intelligence submission (PDF). Several young people we work with have mentioned the same thing.

Declan Moss
Young People's Keyworker, Pathways""",
    f={"AGENCY": "Pathways Young People's Drug and Alcohol Service", "WORKER": "Declan Moss", "ROLE": "Young People's Keyworker",
       "EMAIL": "declan.moss@pathwaysrecovery.test", "PHONE": "01869 555 112",
       "WHEN": "Weekday evenings 18:00-21:00 over the last 3 weeks (to 02/12/2026)",
       "LOCATION": "Riverside Park, Abingdon Fach - by the skate park and the toilet block",
       "PERSONS": "Male known as 'Bones', approx. 17-18, white, thin, always in a black North Face puffer jacket. Female known as 'Tash', approx. 16.",
       "VEHICLES": "Not known",
       "INFORMATION": "Three young people on my caseload have separately said that 'Bones' sells cannabis and ketamine at the skate park and that 'Tash' holds the drugs for him. Two of them said he gives younger children free cannabis 'to get them started'.",
       "SOURCE": "Young people using the service, second-hand. Not graded.",
       "HANDLING": "Do not share the names of our service users"},
    v={"WORKER": "Declan Moss", "EMAIL": "declan.moss@pathwaysrecovery.test", "AGENCY": "Pathways Young People's Drug and Alcohol Service"})

add(id="w19-int-07", form="intelligence-submission", expect="rejected", missing="WORKER", layout="body", style="intel_above",
    frm="intake@pathwaysrecovery.test",
    subject="Intelligence Sharing Submission - Pathways",
    pre="Please see below intelligence submission.\n",
    post="\nPathways Young People's Drug and Alcohol Service - intake team\nThis mailbox is monitored Monday to Friday 9-5.",
    f={"AGENCY": "Pathways Young People's Drug and Alcohol Service", "WORKER": "", "ROLE": "",
       "EMAIL": "intake@pathwaysrecovery.test", "PHONE": "01869 555 100",
       "WHEN": "Sat 28 Nov, late evening",
       "LOCATION": "Kebab shop, 14 Market Square, Bicester Fach",
       "PERSONS": "Owner of the shop (name not known), approx. 50. Teenage boys, approx. 15-16.",
       "VEHICLES": "Not known",
       "INFORMATION": "A young person told us that the kebab shop in Market Square lets teenage boys use the back room to drink and smoke cannabis after closing, and that the boys are given free food in exchange for 'doing runs'.",
       "SOURCE": "Young person, second-hand. Ungraded.",
       "HANDLING": "not known"},
    v={"EMAIL": "intake@pathwaysrecovery.test", "AGENCY": "Pathways Young People's Drug and Alcohol Service"})

add(id="w19-int-08", form="intelligence-submission", expect="urgent", missing=None, layout="body", style="intel_urgent",
    frm="farah.qureshi@haventrust.test",
    subject="Intel submission - URGENT - young woman held at address NOW",
    f={}, body="""Please see below - I am not sure if this should go on the form or not, filling it in as quickly as I can.

Submitting agency: Haven Trust (outreach team)
Worker name: Farah Qureshi
Role: Outreach Worker
Email: farah.qureshi@haventrust.test
Phone: 07700 900 488

Date and time: TODAY 04/12/2026, texts received 08:41 and 08:47
Location: 6 Hawthorn Close, Carterton Fach OX93 4HH (upstairs flat)
Persons: Leah Donnelly, DOB 19/02/2008, my client, 18. Her ex-partner Ryan Cole, approx. 25, and his brother.
Vehicles: Black BMW 1 series outside, VRM not known

Information:
Leah texted me at 08:41 saying she is locked in the bedroom at the above address, Ryan has taken her phone charger and keys and has a knife, and he has said he will "finish her" if she tries to leave. At 08:47 she texted "hes coming back up please help". I have tried calling her three times since, no answer. She is in danger right now.

Source: the victim herself, by text message to me. Grading: not graded.
Handling code: none

Farah Qureshi
Outreach Worker, Haven Trust""",
    v={"WORKER": "Farah Qureshi", "EMAIL": "farah.qureshi@haventrust.test", "AGENCY": "Haven Trust (outreach team)"})
