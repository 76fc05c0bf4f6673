"""tuned25 (stop 55, branch corpus55): the twenty-fifth tuned part, written by the same separate author session as
heldout22 (no parser, config/forms, other part's mails, documents, manifests or wordings' values read), in the same
layouts with its own words: English shire counties and charities' plain-English questions, NHS-style forms, housing
associations' shorthand, and Welsh councils' forms English first ("Name / Enw"). Tune against this part, never
against heldout22."""

SEED = 25550917
TEXT_EXPECT = True

_REF = ["pdf-cy-en-cols", "docx-section-rowspan", "body-answers-inline", "docx-yes-no-cols", "pdf-caption-under",
        "pdf-from-excel", "docx-cy-en-cols", "docx-caption-under", "pdf-section-rowspan", "body-lines", "docx-2col"]
FORM_LAYOUTS = {
    "referral": _REF,
    "risk-concern": ["docx-yes-no-cols", "body-answers-inline", "docx-cy-en-cols", "pdf-section-rowspan",
                     "docx-caption-under", "pdf-from-excel"],
    "safeguarding-incident": ["docx-section-rowspan", "pdf-caption-under", "docx-cy-en-cols", "pdf-from-excel",
                              "body-answers-inline", "docx-yes-no-cols", "docx-2col"],
    "intelligence-submission": ["body-answers-inline", "docx-caption-under", "docx-section-rowspan", "pdf-cy-en-cols",
                                "docx-yes-no-cols", "pdf-from-excel", "pdf-section-rowspan", "body-lines"],
    "mash-referral": ["pdf-cy-en-cols", "docx-yes-no-cols", "docx-section-rowspan", "body-answers-inline",
                      "pdf-caption-under"],
    "void-return": ["pdf-void-calc", "xlsx-void-subtotals", "xlsx-flat", "pdf-void-calc", "xlsx-void-subtotals",
                    "csv", "body-html-table"],
}
VOID_LAYOUTS = FORM_LAYOUTS["void-return"]
DOC_LAYOUTS = ["docx-yes-no-cols"]
NOTICE_LAYOUTS = ["body-answers-inline", "docx-cy-en-cols"]

PEOPLE = {
    "first": ["Maisie", "Kofi", "Eilidh", "Brandon", "Anwen", "Hamza", "Poppy", "Rhys", "Nkechi", "Kacper", "Leila",
              "Osian", "Jade", "Bartosz", "Ffion", "Deshawn", "Ioan", "Aaliyah", "Cerys", "Tyrone"],
    "last": ["Whitlock", "Ogunleye", "Rees-Pritchard", "Hughes-Dlamini", "Lewandowski", "Ferreira", "Llwyd",
             "Batchelor", "Osei", "Fitzgerald", "Wojcik", "ap Iorwerth", "Chaudhry", "Maddocks", "Trelawny",
             "Nwachukwu", "Pardoe", "Madoc-Jones", "Quaye", "Stirling"],
}
NAME_STYLES = {"worker": ["{first} {LAST}", "{LAST}, {first}"], "yp": ["{first} {LAST}", "{LAST}, {first}"]}
NAME_CHANCE = 0.3

LEGAL_WRITTEN = ["CLA - s20 voluntary", "Section 31 care order (full)", "Care leaver (relevant child)",
                 "CIN - open to the locality team", "No social care involvement", "Looked after / Derbyn gofal (s.76)",
                 "Former relevant child, 19"]

VALUE_STYLES = {
    "dates": ["d/m/yyyy", "dd.mm.yyyy", "d Mon yy", "dth Mon yyyy", "dd/mm/yy", "dddd d Month yyyy", "d-m-yyyy",
              "dd Mon yyyy"],
    "times": ["HH:MM", "h.mmpm", "HHMMhrs", "h:mm p.m.", "HH.MM hrs", "HH:MM (24hr)"],
    "joiners": ["{d} - {t}", "{d} @ {t}", "{t} on {d}", "{d}, approx {t}"],
    "blanks": ["Nil", "not relevant", "N/K", "-", "Dim", "no info"],
    "yes": ["Yes / Ie", "yes", "Y", "Yes (done)"],
    "no": ["No / Na", "no", "N", "No (not yet)"],
}

LABELS = {
    "referral": {
        "referral_type": ["Do they need somewhere to stay tonight?", "Is this emergency or planned?",
                          "Request type / Math o gais"],
        "name": ["YP's first name and surname", "Name / Enw (young person)", "Which YP is this referral about?"],
        "dob": ["When's the YP's birthday (with year)?", "DOB / Dyddiad geni", "Birth date, day month and year"],
        "gender": ["YP's gender, in their words", "Gender they use / Rhywedd", "Male, female or other"],
        "lcs": ["LCS or Mosaic ID (if open)", "Case no. / Rhif achos", "ID on your case system"],
        "address": ["Where are they sleeping at the moment?", "Current address / Cyfeiriad", "Address they're dossing at"],
        "locality": ["Which part of the county would suit them?", "Area wanted / Ardal", "Town or district they'd like"],
        "legal_status": ["What's their legal status?", "Legal status / Statws", "CLA / CL / CIN / none"],
        "uasc": ["Did they arrive in the UK on their own to claim asylum?", "Seeking asylum, arrived alone / Ceisio lloches",
                 "Came here alone seeking asylum - yes or no"],
        "parent": ["Are they pregnant or a parent?", "Parent / Rhiant?", "Baby on the way or already a parent"],
        "ref_name": ["First name and surname of the person referring", "Referrer / Atgyfeiriwr", "Who's filling this in?"],
        "ref_role": ["Your job", "Role / Rôl", "What's your job?"],
        "ref_org": ["Your team or service name", "Team / Tîm", "Your service or agency"],
        "ref_email": ["Email address at your work", "Email / E-bost (referrer)", "Where should we email you back?"],
        "ref_phone": ["Your phone no.", "Phone / Ffôn (referrer)", "Mobile or landline to reach you"],
        "sw_name": ["Name of their SW or PA if it isn't you", "Social worker / Gweithiwr cymdeithasol",
                    "Who is their allocated worker?"],
        "sw_email": ["SW or PA's email address", "Worker's email / E-bost gweithiwr", "Their allocated worker's email address"],
        "fgc": ["Family group conference - had one?", "FGC / Cynhadledd teulu", "Has the family been offered a family group meeting?"],
        "fgc_date": ["Day the family group conference happened", "FGC date / Dyddiad", "Date of family meeting"],
        "diversion": ["What have you tried so they can stay at home?", "Prevention / Atal",
                      "Work done to keep them with family"],
        "reason": ["What's made you refer now?", "Reason / Rheswm", "What's happened? (the story so far)"],
        "safety": ["If tonight - why can't it wait?", "Safety tonight / Diogelwch heno",
                   "What happens if we don't find a bed today?"],
        "risk_self": ["Any chance they'd hurt themselves?", "Self harm / Hunan-niwed", "Risk to them from themselves"],
        "risk_others": ["Could they hurt someone else?", "Risk to others / Risg i eraill", "Aggression or violence"],
        "risk_from": ["Anyone out there who could hurt them?", "Risk from others / Risg gan eraill", "People who might harm them"],
        "exploitation": ["Worried someone is using or grooming them?", "Grooming or exploitation / Camfanteisio", "County lines, CSE or CCE"],
        "substance": ["Booze, weed or other drugs?", "Substances / Sylweddau", "Do they drink or use anything?"],
        "offending": ["Any offending or YJS?", "Offending and YJS / Troseddu", "Police or court matters"],
        "mental_health": ["How's their mental health?", "Mental wellbeing / Lles meddwl", "Emotional wellbeing, diagnoses"],
        "support": ["What will staff need to help with?", "Support / Cymorth", "Day-to-day help they'll want"],
        "needed": ["When do they need to move?", "Date needed / Dyddiad", "Day they'd like to move in"],
        "consent": ["Have they agreed to this referral?", "Consent / Caniatâd", "YP happy for us to share info?"],
    },
    "risk": {
        "ref": ["Our ref for the offer", "Referral ref / Cyfeirnod", "YPSA or BRK number"],
        "provider": ["Who are you (provider)?", "Provider / Darparwr", "Name of your housing organisation"],
        "yp": ["Name of the YP offered", "YP offered / Person ifanc", "Which YP is this form about?"],
        "risk": ["What's the risk?", "Risk / Risg", "The risk we've found"],
        "why": ["Why can't your team manage it?", "Why not / Pam lai", "What stops us managing it"],
        "enable": ["What would help you say yes?", "What would help / Beth fyddai'n helpu",
                   "Extra support we'd need"],
    },
    "safeguarding": {
        "provider": ["Your provider's name", "Provider / Darparwr (reporting)", "Provider writing this"],
        "property": ["Ref of the house or flat", "Property / Eiddo", "Which house or flat? (ref)"],
        "name": ["Name of the YP it involved", "Resident / Preswylydd", "Which resident was it?"],
        "dob": ["YP's birthday (incl. year)", "DOB / Dyddiad geni (resident)", "Their date of birth"],
        "lcs": ["LCS / Mosaic ID for the YP", "Case ref / Cyf achos", "Their number on Mosaic or LCS"],
        "sw_name": ["Their SW / PA", "Worker / Gweithiwr", "Who's their allocated worker?"],
        "sw_email": ["Their SW / PA's email address", "Worker's email / E-bost", "Email for their worker"],
        "date": ["Day it happened on", "Date / Dyddiad (incident)", "What day was it?"],
        "time": ["Clock time it happened", "Time / Amser (incident)", "Roughly what time did it kick off?"],
        "when": ["When did it kick off - day and time?", "Date & time / Dyddiad ac amser", "Date and time of what happened"],
        "category": ["What sort of incident was it?", "Kind of incident / Math", "Pick a category"],
        "severity": ["How serious was it, would you say?", "Severity / Difrifoldeb", "Low / med / high / critical"],
        "description": ["Tell us what happened in your own words", "Description / Disgrifiad", "Tell us what happened, step by step"],
        "actions": ["What did your staff do about it?", "Actions / Camau", "What's been done since"],
        "police_ref": ["Any police reference you were given", "Police no. / Rhif heddlu", "Police crime or log no. given"],
    },
    "intelligence": {
        "agency": ["Which organisation are you sharing this from?", "Agency / Asiantaeth (sending)", "Who are you with?"],
        "worker": ["Name of the person sharing this", "Name / Enw (staff member)", "Staff member sharing this"],
        "role": ["Your position at work", "Role / Swydd (staff)", "What's your job called?"],
        "email": ["Best email for you", "Email / E-bost (staff)", "Email we can reach you on about this"],
        "phone": ["Your best phone number", "Phone / Ffôn (staff)", "Number to ring you on about this"],
        "when": ["When did this reach you - date and time?", "Date & time / Pryd", "Day and time this came to light"],
        "date": ["Day you came across this", "Date / Dyddiad (intel)", "Day it was seen or said"],
        "time": ["Time you came across this", "Time / Amser (intel)", "Rough clock time"],
        "location": ["Whereabouts was this?", "Place / Lle", "Street, park, shop or house it's about"],
        "persons": ["Anyone named or described in this", "People / Pobl", "Names, ages and what the people looked like"],
        "vehicles": ["Cars or vans (reg if known)", "Vehicles / Cerbydau (intel)", "Car, van or bike details and any reg"],
        "information": ["Tell us what you've found out", "Information / Gwybodaeth", "The intel (what you know)"],
        "source": ["How did this reach you?", "Source / Ffynhonnell (intel)", "Who or what told you this?"],
        "grading": ["Any grading your service uses", "Grade / Gradd", "Grade you'd give it (e.g. B2, 1A)"],
        "handling": ["Code for who else may see this", "Handling / Trin", "Sharing code - P, C or H"],
    },
    "mash": {
        "name": ["The YP's full name - MASH", "Name / Enw (MASH)", "Young person you're worried about"],
        "dob": ["Date the YP was born - MASH", "DOB / Dyddiad geni (MASH)", "Birth date - they should be 16 or 17"],
        "address": ["Family address they're leaving", "Address / Cyfeiriad (home)", "Where they were living"],
        "agency": ["Your agency's name", "Agency / Asiantaeth (MASH)", "Agency sending this to MASH"],
        "status": ["Homeless now, or about to be?", "Housing / Tai (status)", "Out on the street tonight, or losing their home soon?"],
        "mediation": ["Has a mediator seen the family yet?", "Mediation / Cyfryngu", "Mediation so far? yes or no"],
        "mediation_outcome": ["What the mediator managed to agree", "Mediation outcome / Canlyniad", "What came out of mediation"],
        "concerns": ["Tell MASH what's worrying you", "Concerns / Pryderon", "What worries us about their safety"],
        "known": ["Has social care been involved before?", "Known / Hysbys (CSC)", "Open to CSC now or before?"],
        "parent_contact": ["Parent or carer's details", "Parent / Rhiant (contact)", "Who's the parent and their number"],
    },
    "mash-notice": {
        "name": ["The YP's full name - notice", "Name / Enw (notice)", "Which YP is staying home?"],
        "dob": ["YP was born on (notice)", "DOB / Dyddiad geni (notice)", "Their DOB"],
        "date": ["Mediator last met them on", "Date / Dyddiad (mediation)", "Day the last mediation session took place"],
        "outcome": ["What the family has agreed to", "Outcome / Canlyniad (notice)", "How the move out was stopped"],
        "agency": ["Agency sending this", "Agency / Asiantaeth (notice)", "Your team (notice)"],
    },
    "void": {
        "provider": ["Who's sending these voids?", "Org / Sefydliad", "Provider sending the voids"],
        "week": ["Monday of this week", "W/c Monday / Wythnos", "Voids for the week starting Monday"],
        "ref": ["Directory code for the property", "Ref / Cyf", "House or flat code"],
        "locality": ["District / Ardal", "District it's in", "Council patch it sits in"],
        "service": ["What kind of service is it?", "Service / Gwasanaeth", "Client group it's for"],
        "total": ["Total beds in the property", "Total / Cyfanswm", "How many beds altogether"],
        "occupied": ["Beds full", "Occupied / Llawn", "Beds with someone in"],
        "vacant": ["Beds with nobody in", "Vacant / Gwag", "Empty at the moment"],
        "available": ["Room ready for someone from", "Available / Ar gael (date)", "Someone could move in from"],
        "emergency": ["Could someone go in tonight? Y/N", "Emergency / Brys", "OK for an emergency?"],
        "notes": ["Notes on this property", "Comments on the bed / Sylwadau", "Anything else about this bed"],
    },
}

HEADING_CHANCE = 0.75
HEADINGS = {
    "Section 1 - About the young person": ["ABOUT THE YOUNG PERSON / AM Y PERSON IFANC", "1 - The young person",
                                           "Who needs a home"],
    "Section 2 - Referrer": ["ABOUT YOU / AMDANOCH CHI", "2 - You (the referrer)", "Who's asking"],
    "Section 3 - Family Group Conference and diversion": ["FAMILY AND PREVENTION / TEULU AC ATAL",
                                                          "3 - Family meetings and prevention", "Keeping them at home"],
    "Section 4 - Reason for referral and risks": ["WHY AND WHAT RISKS / PAM A PHA RISGIAU", "4 - The reasons and the risks",
                                                  "What's going on"],
    "Young person": ["THE YP / Y PERSON IFANC", "1 - The resident", "Who it was"],
    "The incident": ["WHAT HAPPENED / BETH DDIGWYDDODD", "2 - The incident itself", "What went on"],
    "referral.sw": ["THEIR WORKER / EU GWEITHIWR", "2b - Their worker", "Their worker"],
    "risk.referral": ["THE OFFER / Y CYNNIG", "1 - Which referral", "Which referral"],
    "risk.concern": ["THE RISK / Y RISG", "2 - Our worries", "Our worries"],
    "sg.provider": ["YOUR SERVICE / EICH GWASANAETH", "0 - Your service", "Your service"],
    "intel.you": ["ABOUT YOU / AMDANOCH", "1 - You", "You"],
    "intel.info": ["WHAT YOU KNOW / BETH RYDYCH YN EI WYBOD", "2 - What you know", "What you know"],
    "mash.housing": ["HOUSING / TAI", "3 - Where they're living", "Where they're living"],
}

TITLES = {
    "referral-emergency": ["Emergency bed request - young people 16-25 / Cais brys", "Urgent housing referral for a young person"],
    "referral-non-emergency": ["Young people's housing referral (planned) / Atgyfeiriad tai", "Referral for supported housing - planned move"],
    "risk": ["We can't accept this referral yet - risk form", "Provider risk form / Ffurflen risg darparwr"],
    "safeguarding": ["Something happened - safeguarding form", "Incident form (safeguarding) / Ffurflen digwyddiad"],
    "intelligence": ["Sharing what we know - partner intel form", "Intel share form / Ffurflen rhannu gwybodaeth"],
    "mash": ["MASH referral - 16/17 and homeless / Atgyfeiriad MASH", "16-17 homeless - MASH form"],
    "mash-notice": ["Mediation worked - notice for MASH", "Mediation outcome / Canlyniad cyfryngu (notice)"],
    "void": ["Empty beds this week", "Voids return / Ffurflen lleoedd gwag"],
}

SUBJECTS = {
    "referral-emergency": ["EMERGENCY - {initials} needs a bed today please", "Urgent referral {initials} - tonight please"],
    "referral-non-emergency": ["New referral {initials} (planned)", "Housing referral for {initials} / atgyfeiriad"],
    "risk": ["Re offer {ref} - we have concerns", "Risk form for {ref}"],
    "safeguarding": ["Incident at {property} - form attached", "Safeguarding form {property}"],
    "intelligence": ["Intel to share - please screen", "Intel share from a partner - for your screening"],
    "mash": ["MASH form - {initials} (16/17, homeless)", "New MASH referral {initials}"],
    "mash-notice": ["Mediation done - {initials} staying put", "Notice - mediation worked for {initials}"],
    "void": ["Voids w/c {week} ({provider})", "{provider} empty beds {week}"],
    "other": ["Christmas rota for the intake inbox", "Training: trauma-informed practice (booking link)",
              "Out of office - back Monday"],
}

INTROS = ["Hi, form below / attached - shout if anything's missing.", "Morning - here's the form.",
          "Hiya, sending this over now."]
SIGNOFFS = ["Ta very much - speak soon,", "Thanks again, have a lovely afternoon,", "Best wishes / Cofion gorau,"]
FOOTERS = ["Young People's Pathway Team", "Supported Housing Service | pronouns: she/her"]
COVERING = ["Form attached, thanks.", "Here you go - form attached. Ring me if you need to.",
            "Attached / ynghlwm. Thanks."]

ATTACHMENT_NAMES = {
    "referral": ["housing referral {i}", "Referral_YP_{i}", "Emergency bed form {i}"],
    "risk-concern": ["risk form {i}", "Provider_risk_{i}"],
    "safeguarding-incident": ["incident {i}", "SG_incident_form_{i}"],
    "intelligence-submission": ["intel share {i}", "Partner_intel_{i}"],
    "mash-referral": ["MASH 16-17 {i}", "mash_form_{i}"],
    "mash-notice": ["mediation outcome {i}", "MASH_notice_{i}"],
    "void-return": ["voids {i}", "Empty_beds_{i}"],
}

TEXTS = {
    "diversion": ["Mediation via the youth homelessness officer twice; a week at nan's house but she's in sheltered "
                  "housing so can't keep them; family support worker still involved.",
                  "Respite with a family friend over half term; a home visit with dad to agree rules, which lasted "
                  "about ten days; offered an FGC referral."],
    "reason": ["Mum's new partner moved in and {yp} says they aren't wanted there; after a row last week mum packed "
               "a bag and told {yp} not to come back, and the friend they are staying with is moving away.",
               "{yp} has been living with dad in a one-bed flat and sleeping on the settee; dad's landlord has served "
               "notice and the council will only rehouse dad on his own.",
               "Placement with the kinship carer ended after the carer became unwell; {yp} turns eighteen soon and "
               "wants to be near college in town rather than return to the family home."],
    "safety": ["{yp} slept in a bus shelter on Saturday and again last night and has nowhere at all tonight.",
               "The address {yp} was using has been closed by the police under a closure order this afternoon."],
    "risks": {
        "risk_self": ["Some self-harm when stressed, last incident in the summer; has a crisis card.",
                      "Nothing known at the moment."],
        "risk_others": ["Got into a fight at college in September, excluded for two days.",
                        "Can be verbally aggressive when drunk."],
        "risk_from": ["An older man met online keeps turning up at the house; police aware.",
                      "Family members in the area who are hostile to the young person."],
        "exploitation": ["Missing episodes over the summer, possible county lines; NRM referral made.",
                         "Nothing of that kind has come up so far."],
        "substance": ["Uses cannabis most evenings and sometimes ketamine.", "Occasional alcohol, no drugs."],
        "offending": ["Youth caution for criminal damage, no open orders.", "Bail to January for possession."],
        "mental_health": ["Anxiety and low mood, sees a counsellor at college.", "Awaiting an autism assessment."],
    },
    "support": ["Help to learn to cook, shop and manage money, and someone to check in most evenings at first.",
                "Support to get back into education or a training course and to sort out their ID and benefits."],
    "risk_unable": ["Another resident in the house is the young person's co-accused in an ongoing case, and bail "
                    "conditions forbid contact between them.",
                    "The young person needs someone awake overnight because of seizures, and our house has sleep-in "
                    "cover only."],
    "risk_why": ["We only have the one vacancy at that house and there is no way to keep the two residents apart.",
                 "Our staff are not trained in epilepsy rescue medication and cover is by one sleeping worker."],
    "risk_enable": ["A room at one of our other houses in the district, or the bail conditions being varied.",
                    "Waking night cover funded by the council and training for the team from the epilepsy nurse."],
    "incident": {
        "Missing": ["{yp} went out at teatime saying they were going to the shop and had not come back by midnight; "
                    "we rang round friends and then reported them missing to the police.",
                    "{yp} didn't come in for curfew and their phone was off all night; they came back at lunchtime "
                    "the next day and wouldn't say where they'd been."],
        "Exploitation": ["A car pulled up outside and {yp} got in with two older lads; when they came back they had "
                         "new trainers and a lot of cash.",
                         "{yp} told staff they owe money to someone and have to go out to work it off."],
        "Self-harm": ["{yp} came to the office with a cut to their wrist and asked for plasters; staff gave first aid "
                      "and called the out-of-hours GP.",
                      "{yp} told the night worker they had taken extra tablets; we called 111 and they were seen at "
                      "the hospital."],
        "Violence": ["{yp} and another tenant had a fight in the kitchen over food going missing; both had minor "
                     "scratches and were separated by staff.",
                     "{yp} threw a mug at a staff member, which missed and smashed against the wall."],
        "Allegation against staff": ["{yp} says a worker swore at them and shoved the door into them during a room "
                                     "check; the manager has started the allegations procedure.",
                                     "{yp} complained that a staff member went into their room without knocking "
                                     "and read their letters."],
        "Police involvement": ["Police came to the house looking for {yp} in connection with a robbery in town; "
                               "{yp} went with them voluntarily for interview.",
                               "Police were called when a visitor of {yp} refused to leave the building."],
        "Hospital admission": ["{yp} had a severe allergic reaction after eating takeaway food and was taken to A&E "
                               "by ambulance, then kept in for observation.",
                               "{yp} was admitted after being hit by a car while crossing the road."],
        "Other": ["{yp} set off the fire alarm by smoking in their room, and the fire service attended.",
                  "{yp} lost their keys and a stranger was later found trying them in the front door."],
    },
    "actions": ["Rang the police and the on-call manager, updated their worker first thing, and did a room check.",
                "Called an ambulance, let the duty SW know, and wrote it up on the log."],
    "intel_urgent": ["{p} has turned up at the house with two others, is banging on the door and shouting that "
                     "he'll hurt {yp} when he gets in.",
                     "{yp} has messaged staff a photo of a gun that {p} has shown them in the flat upstairs, and "
                     "{p} is still there now."],
    "intel_routine": ["{p} has been hanging around the bus station talking to our younger residents and asked "
                      "{yp} whether they want to earn some money.",
                      "A neighbour says {p} has been bringing {yp} back late most weekends in a car with tinted "
                      "windows."],
    "mediation_outcome": ["Mum and {yp} agreed to try again with weekly check-ins from the mediator.",
                          "Dad would not take part, so mediation ended after the first session."],
    "mash_concerns": ["Dad has been drinking heavily and threw the young person out after a fight; there are "
                      "younger siblings still at home.",
                      "The young person says mum's boyfriend hits her and she is too scared to go back."],
    "prevented": ["{yp} has gone back home after mediation with a plan agreed by everyone and a family support worker.",
                  "{yp} has moved in with their older sister, and mum is happy with that."],
    "void_notes": ["New carpets going in", "", "Waiting on a repair to the boiler", "Contract cleaners in on Thursday"],
    "other_body": ["Hi all, the Christmas rota for covering the intake inbox is on the shared drive - please add "
                   "your name by Friday.",
                   "Booking is now open for the trauma-informed practice training in January; use the link on the "
                   "intranet.",
                   "I'm out of the office until Monday with no access to email. For anything urgent call the duty line."],
}

T55 = {
    "banners": ["Shire County Council - Children's Social Care", "Youth Pathway Partnership (charity no. 1100234)",
                "Northvale Housing Association - Young People's Services"],
    "codes": ["Form YP1 (2023)", "Template v5 - Nov", "YPP/REF/02"],
    "footers": ["Please keep this form safe - it has personal information in it",
                "Questions about this form? Ring the pathway team.", "Page 1"],
    "cy_banners": ["Glanyrafon County Borough Council / Cyngor Bwrdeistref Sirol Glanyrafon",
                   "Porth y Dyffryn Council / Cyngor Porth y Dyffryn"],
    "cy_titles": ["Tîm Llety Pobl Ifanc", "Gwasanaeth Pobl Ifanc"],
    "cy_guides": ["You can answer in English or Welsh / Gallwch ateb yn Saesneg neu'n Gymraeg.",
                  "Please fill in every box - Llenwch bob blwch os gwelwch yn dda."],
    "cy_heads": [("Cwestiwn (Cymraeg)", "Question (English)", "Answer / Ateb"),
                 ("Label", "Label (Saesneg)", "Response / Ymateb")],
    "cy_unkeyed": "Math o gais",
    "cy_yes": ("Ydy", "Yes"),
    "cy_no": ("Nac ydy", "No"),
    "cy_choices": {"female": "Benyw", "f": "Benyw", "male": "Gwryw", "m": "Gwryw", "non-binary": "Anneuaidd",
                   "low": "Isel", "medium": "Canolig", "high": "Uchel", "critical": "Argyfyngus",
                   "missing": "Ar goll", "violence": "Trais", "self-harm": "Hunan-niwed", "self harm": "Hunan-niwed",
                   "exploitation": "Camfanteisio", "other": "Arall", "police involvement": "Yr heddlu",
                   "hospital admission": "Yn yr ysbyty", "homeless": "Digartref", "homeless tonight": "Heb do heno",
                   "threatened": "Mewn perygl", "threatened with homelessness": "Mewn perygl o fod yn ddigartref"},
    "cy_labels": {
        "referral": {"name": "Enw'r unigolyn ifanc", "dob": "Pryd cafodd ei eni/geni?", "gender": "Rhyw",
                     "lcs": "Rhif achos", "address": "Ble mae'n aros nawr?", "locality": "Pa ardal?",
                     "legal_status": "Statws gofal", "uasc": "Ceisio lloches heb deulu?",
                     "parent": "Rhiant neu'n disgwyl?", "ref_name": "Eich enw", "ref_role": "Eich swydd",
                     "ref_org": "Eich tîm", "ref_email": "Eich e-bost", "ref_phone": "Eich rhif ffôn",
                     "sw_name": "Eu gweithiwr cymdeithasol", "sw_email": "Cyfeiriad e-bost y gweithiwr",
                     "fgc": "Cynhadledd grŵp teulu?", "fgc_date": "Pryd oedd y gynhadledd?", "diversion": "Gwaith atal",
                     "reason": "Pam nawr?", "safety": "Pam heno?", "risk_self": "Hunan-niwed",
                     "risk_others": "Risg i bobl eraill", "risk_from": "Risg gan bobl eraill",
                     "exploitation": "Camfanteisio", "substance": "Cyffuriau ac alcohol", "offending": "Troseddu",
                     "mental_health": "Lles emosiynol", "support": "Pa gymorth?", "needed": "Pryd mae angen symud?",
                     "consent": "Wedi cytuno?"},
        "risk": {"ref": "Cyfeirnod", "provider": "Eich sefydliad", "yp": "Person ifanc", "risk": "Beth yw'r risg?",
                 "why": "Pam na allwch ei reoli?", "enable": "Beth fyddai'n helpu?"},
        "safeguarding": {"provider": "Darparwr", "property": "Eiddo", "name": "Pwy oedd yn rhan?",
                         "dob": "Dyddiad geni", "lcs": "Rhif achos", "sw_name": "Gweithiwr", "sw_email": "Cyfeiriad e-bost y gweithiwr",
                         "date": "Dyddiad", "time": "Amser", "when": "Pryd?", "category": "Math o ddigwyddiad",
                         "severity": "Pa mor ddifrifol?", "description": "Beth ddigwyddodd?",
                         "actions": "Beth wnaeth y staff?", "police_ref": "Rhif yr heddlu"},
        "intelligence": {"agency": "Eich sefydliad", "worker": "Eich enw", "role": "Eich swydd", "email": "E-bost",
                         "phone": "Ffôn", "when": "Pryd?", "date": "Dyddiad", "time": "Amser", "location": "Ble?",
                         "persons": "Pwy?", "vehicles": "Cerbydau", "information": "Beth yw'r wybodaeth?",
                         "source": "Sut ydych chi'n gwybod?", "grading": "Gradd", "handling": "Cod rhannu"},
        "mash": {"name": "Enw'r unigolyn ifanc", "dob": "Dyddiad geni", "address": "Cyfeiriad cartref",
                 "agency": "Eich asiantaeth", "status": "Digartref nawr?", "mediation": "Cyfryngu?",
                 "mediation_outcome": "Sut aeth y cyfryngu?", "concerns": "Beth sy'n eich poeni?",
                 "known": "Yn hysbys i ofal cymdeithasol?", "parent_contact": "Manylion rhiant"},
        "mash-notice": {"name": "Enw", "dob": "Dyddiad geni", "date": "Pryd oedd y cyfryngu?",
                        "outcome": "Beth oedd y canlyniad?", "agency": "Eich tîm"},
    },
    "col_marks": ["\u2713", "X", "x"],
    "yn_heads": [("Question", "Yes", "No", "Answer / more info"), ("", "\u2713 Yes", "\u2713 No", "Notes"),
                 ("Question / Cwestiwn", "Yes / Ydy", "No / Nac ydy", "More info / Rhagor")],
    "yn_guides": ["Tick yes or no if it's a yes/no question, otherwise write in the right-hand box.",
                  "Grey boxes - no need to tick, just write your answer."],
    "first_sections": ["Start", "The young person", "Details"],
    "rowspan_heads": [("", "Question", "Your answer"), ("Part", "We need to know", "Your answer"),
                      ("Section / Adran", "Question / Cwestiwn", "Answer / Ateb")],
    "caption_guides": ["Type or write on each line - the label is underneath.", "Please print clearly on the lines."],
    "excel_guides": ["Fill in the yellow cells. Press Alt+Enter for a new line inside a cell.",
                     "Type in the boxes to the right of each question."],
    "sheet_names": ["Referral", "Sheet1", "Form v5"],
    "excel_footers": ["Printed from Excel - keep secure", "&[File] - page 1 of 1"],
    "void_sheets": ["Voids", "Empty beds", "Week"],
    "subtotal_words": [("{loc} total", "All properties"), ("Total - {loc}", "TOTAL"), ("Sub-total ({loc})", "Overall")],
    "inline_lines": ["Answers in red under each question - thanks.", "See answers below each question :)"],
    "blank_asks": ["Hi, could you answer the questions below so we can look at this? Just reply with the answers "
                   "under each one.",
                   "Before panel we need a few details - please fill in under each question and send back."],
    "inline_blank": ["not known", "nil"],
    "intake_signs": ["Intake team, YPSA", "YPSA intake (shared inbox)"],
}
