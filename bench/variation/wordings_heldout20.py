"""Wordings of the twentieth held-out part (stop 50): referrals and risk concerns in the templates councils and
providers build for themselves in Word, with the same kinds of layout as tuned23 and wordings of its own. Written by
hand for this part. Never tune against it: it measures the hub on genuinely new mail. See docs/variation-corpus.md."""

SEED = 20501205

LABELS = {
    "referral": {
        "referral_type": ["Does the YP need a bed in the next three days? Y/N", "Urgent or routine request - say which",
                          "Speed of placement required", "Referral pathway: emergency bed or planned transition"],
        "name": ["Enw llawn y person ifanc / YP's full name", "Name the young person goes by, and legal name if different",
                 "Who is the accommodation for?", "YP - given name and surname"],
        "dob": ["Dyddiad geni'r person ifanc / Birth date - 16 to 24 on entry", "Young person's full date of birth, please",
                "Young person born - day, month, year", "DOB as shown on passport or birth certificate"],
        "gender": ["Rhywedd (fel y mae'n ei ddisgrifio) / Gender, in the YP's words", "Which gender does the YP use?", "Which gender does the YP live as? M / F / NB / other",
                   "Young person's gender - as they would say it"],
        "lcs": ["Rhif LCS / LCS number, leave blank if none", "Social care ID, e.g. LCS or Mosaic number",
                "Is there an LCS number? Give it here", "Child's record number on the case management system"],
        "address": ["Cyfeiriad presennol / Where the YP lives just now", "Address where the YP is sleeping at present",
                    "What address are they at today?", "Current whereabouts - full address or 'no fixed abode'"],
        "locality": ["Ardal a ffefrir / District hoped for", "Where in Oxfordshire would work for the young person?",
                     "Geographical preference - town or district", "Best area for a placement, and any no-go areas"],
        "legal_status": ["Statws cyfreithiol / Care status (s.20, s.31, leaving care, CIN)",
                         "Is the YP looked after, a care leaver or on a CIN plan?",
                         "CSC involvement under which section?", "Current care or leaving-care status"],
        "uasc": ["Ceisiwr lloches ar ei ben ei hun / Came to the UK alone to claim asylum?",
                 "Came to the UK as a lone child seeking asylum - Y/N",
                 "Is the young person UASC or a former UASC?", "Unaccompanied minor claiming asylum, yes or no"],
        "parent": ["Rhiant / Is the YP a parent or pregnant?", "Expecting a baby, or has a child already?",
                   "YP has dependent children - Y/N", "Is this a young parent referral?"],
        "ref_name": ["Enw'r gweithiwr sy'n llenwi'r ffurflen / Worker completing form", "Person sending this referral - name",
                     "Whose referral is this?", "Name of professional referring the YP"],
        "ref_role": ["Swydd / Referrer's job", "What's your job title?", "Role of the referring worker, e.g. SW, PA, YOT",
                     "Referrer - post held"],
        "ref_org": ["Tîm neu sefydliad / Team or organisation", "Where do you work - team and council or agency?",
                    "Referring agency and team", "Name of the service you belong to"],
        "ref_email": ["E-bost / Referrer's email address", "Where should we email the decision?",
                      "Email for the person making the referral", "Referrer e-mail - secure address please"],
        "ref_phone": ["Ffôn / Referrer's telephone", "Referrer's phone - mobile if possible",
                      "Your mobile or desk number", "Telephone to discuss the referral"],
        "sw_name": ["Gweithiwr cymdeithasol / SW or PA (if someone else)",
                    "Name of the YP's SW / PA where that isn't you", "Allocated practitioner's name",
                    "Who holds the case? SW or PA"],
        "sw_email": ["E-bost y gweithiwr achos / Case worker's email", "E-mail of the case holder",
                     "Where can the SW or PA be emailed?", "Allocated practitioner's e-mail"],
        "fgc": ["Cynhadledd grŵp teulu / Was an FGC offered?", "Has the family had the chance of an FGC?",
                "FGC: has one been put to the family? Y/N", "Offer of a Family Group Conference made to the family"],
        "fgc_date": ["Dyddiad cynnig y gynhadledd / Date FGC offered or held", "When was the FGC held, or the offer made?",
                     "FGC offer or meeting - date", "FGC - on what date?"],
        "diversion": ["Camau i osgoi symud / Steps tried to avoid a move",
                      "Has mediation or staying with family or friends been tried? What happened?",
                      "Family & friends and mediation: what has been done", "What prevention work has already happened?"],
        "reason": ["Pam mae angen llety / Why accommodation is needed", "What has changed to make a move necessary?",
                   "Tell us why this young person needs somewhere to live", "Circumstances leading to this request"],
        "safety": ["Pryder diogelwch brys / Why it isn't safe tonight",
                   "Why would it be unsafe for the YP to stay put tonight?",
                   "What is the danger if the YP stays where they are?", "Emergency - state the safety issue"],
        "risk_self": ["Risg i'w hun / Risk to themselves", "Does the YP harm themselves or take risks with their safety?",
                      "Self-injury, overdoses or neglect of own needs", "Dangers the YP poses to their own wellbeing"],
        "risk_others": ["Risg i eraill / Risk to other people", "Has the YP hurt or threatened anyone?",
                        "Aggressive or violent behaviour towards anyone else", "Likely risk to fellow residents or staff"],
        "risk_from": ["Risg i'r person ifanc gan eraill / Others who put the YP at risk", "Who could cause the YP harm?",
                      "Threats to the YP from family, peers or adults", "Is the YP at risk from anybody?"],
        "exploitation": ["Camfanteisio ar y person ifanc / Is the YP being exploited?", "Signs of grooming or exploitation?",
                         "County lines, CSE or modern slavery concerns", "Is there an NRM or an exploitation plan?"],
        "substance": ["Defnyddio cyffuriau neu alcohol / Drug or alcohol use", "What does the YP drink or take?",
                      "Substance misuse - type and frequency", "What drugs or alcohol, how often?"],
        "offending": ["Troseddu a'r llysoedd / Offending and court", "Has the YP offended or got court coming up?",
                      "Police and court history, bail or licence conditions", "Offending and police contact"],
        "mental_health": ["Iechyd meddwl ac emosiynol / Mental and emotional health", "What are the YP's mental health needs?",
                          "Mental and emotional health - diagnoses, services", "Any psychiatric or CAMHS history"],
        "support": ["Cymorth sydd ei angen / Help the YP needs", "What support should the provider give?",
                    "Areas the YP needs help with to manage a tenancy", "Help needed day to day"],
        "needed": ["Dyddiad symud i mewn / Move-in date wanted", "From what date is a bed required?", "Placement start wanted",
                   "What date should the placement begin?"],
        "consent": ["Caniatâd / Consent to refer and share (Y/N)", "Has the young person agreed to the referral?",
                    "Consent given by YP for this referral and info sharing",
                    "Does the YP know about and agree to this referral?"],
    },
    "risk": {
        "ref": ["Cyfeirnod yr atgyfeiriad / Ref on the referral", "Brokerage's reference number", "Reference you gave the referral",
                "Which referral - ref"],
        "provider": ["Enw'r darparwr / Provider responding", "Name of the provider sending this notice", "Provider name and service", "Provider - who is writing to Brokerage"],
        "yp": ["Enw'r person ifanc / Young person's name", "Young person's name on the referral", "Name of YP considered",
               "The young person concerned"],
        "risk": ["Y risg / Risk we cannot manage", "What risk stops us offering a place?",
                 "Risk that cannot be safely held", "Describe the risk"],
        "why": ["Pam na allwn reoli'r risg / Why we can't manage it", "Reasons we cannot hold this risk",
                "Why can't the service keep the YP and others safe?", "Why our service cannot hold it"],
        "enable": ["Beth fyddai'n helpu / What would enable us", "What resources would change our answer?",
                   "Support or funding that would make it manageable", "What would let us accept the young person?"],
    },
    "safeguarding": {
        "provider": ["Provider name - the organisation reporting", "Which organisation runs the placement?", "Provider organisation making this report"],
        "property": ["Property / scheme name", "Where did it take place - which scheme?", "Address of the service"],
        "name": ["Young person the incident concerns", "Which YP is this about?", "Resident's name in full, as on the tenancy"],
        "dob": ["Resident YP's DOB", "Resident was born on what date", "Resident YP - when were they born?"],
        "lcs": ["LCS no. on the resident's file", "YP's social care record number", "Case system no. (LCS), if there is one"],
        "sw_name": ["SW or PA for the YP", "Resident's social worker or PA - name", "Council worker for the resident"],
        "sw_email": ["Email address - resident's worker (SW/PA)", "Email for the YP's worker", "Where can we reach the SW or PA?"],
        "date": ["Date - when did it take place?", "Which day was it, date please?", "Incident occurred on - date dd/mm/yy"],
        "time": ["24-hour clock time of the incident", "At about what time?", "Time of the events described"],
        "when": ["When - day, date, time", "Date and time it happened, as far as staff know", "When did it take place?"],
        "category": ["Category that best describes the incident (tick one)", "Incident falls into which group?", "What kind of incident was this? Pick one"],
        "severity": ["Seriousness of what happened", "How severe do staff think it was?", "Risk level: low, medium, high, critical"],
        "description": ["Description - what happened, in order", "Tell us in your own words what happened", "Narrative of the incident, facts only"],
        "actions": ["What staff did in the first hour", "What was done at the time?", "Steps staff took to keep everyone safe"],
        "police_ref": ["Log or crime number from the police", "If police came, their reference", "Police incident or crime no."],
    },
    "intelligence": {
        "agency": ["Which partner agency is this from?", "Agency sharing the information", "Agency passing the intelligence on"],
        "worker": ["Full name of the worker sharing this", "Who is sending this information?", "Worker sharing the information"],
        "role": ["Submitter's role or job title", "Job title of the person sharing", "What job do you do?"],
        "email": ["E-mail for police follow-up", "Email we can reach you on", "Contact email of submitter"],
        "phone": ["Direct line or mobile of the person sharing", "Telephone for the police to call", "Phone, in case the police want to call back"],
        "when": ["Date and time of the events described", "Date and time of what you saw",
                 "Day and time you saw or heard it"],
        "date": ["Calendar date of the information", "Date of the events described", "What day did you see or hear it?"],
        "time": ["Clock time, as near as you can", "Time of the events described", "What time of day did you see or hear it?"],
        "location": ["Address or place it relates to", "Where it was going on", "Where - address, street, park or area"],
        "persons": ["Who else was there, if anyone?", "People named or seen", "Everyone involved - name, age or DOB, description"],
        "vehicles": ["Cars or other vehicles - make, colour, part plate", "Any cars - reg, make, colour", "Any car, van or bike, with reg if known"],
        "information": ["What should the police know?", "Describe what you know, in full", "What's the intelligence?"],
        "source": ["How did the information reach you?", "First-hand, second-hand or overheard?", "Who told you, or did you see it?"],
        "grading": ["Grade it if you can", "How far can the information be relied on?", "Provenance / reliability grading"],
        "handling": ["Restrictions on passing this on", "Handling marking", "Onward sharing conditions"],
    },
    "mash": {
        "name": ["Young person presenting as homeless - name", "Which 16/17 year old is this about?", "Full name of the 16-17 year old presenting"],
        "dob": ["Birth date of the homeless YP", "When is the YP's birthday (full date)?", "DOB - the YP must be 16 or 17 today"],
        "address": ["Young person's present address", "Where does the YP live now?", "Address today, or where the YP is sofa-surfing"],
        "agency": ["Agency that is presenting the 16/17-year-old", "Who has the YP come to for help?", "Presenting organisation and team"],
        "status": ["Homeless today, or homeless soon?", "Is the YP homeless now, or about to be?",
                   "Where does the YP stand on housing today?"],
        "mediation": ["Any mediation so far, Y or N?", "Has family mediation happened? Y/N", "Mediation tried with mum, dad or carers?"],
        "mediation_outcome": ["What happened as a result of the mediation?", "What came out of mediation with the family?", "Result of the mediation sessions so far"],
        "concerns": ["Safeguarding or welfare issues identified", "Is there anything that worries you about their safety?", "Worries about the 16/17-year-old's welfare"],
        "known": ["Any current or past social care involvement?", "Does CSC know this YP? Y/N", "Open or previously open to social care"],
        "parent_contact": ["Parent / guardian - name, relationship, number", "Parent / carer phone number", "How to contact parents"],
    },
    "mash-notice": {
        "name": ["Young person mediation was for", "16/17 year old - name", "Name of the young person kept at home"],
        "dob": ["YP's date of birth, mediation notice", "DOB of the YP who was at risk", "Birthday of the 16/17-year-old"],
        "date": ["Date of the final mediation session", "On what date did the mediation happen?", "Day the family met with the mediator"],
        "outcome": ["What happened as a result of the mediation?", "Has mediation stopped the homelessness?", "Outcome agreed by the family"],
        "agency": ["Mediation arranged through which service?", "Mediation service used by the family", "Who ran the mediation sessions?"],
    },
    "void": {
        "provider": ["Provider's name for the return", "Provider sending the weekly figures", "Provider this return is from"],
        "week": ["The Monday this return starts", "Figures for week commencing", "Week the return covers"],
        "ref": ["Property reference number", "ID of the property", "Ref. of the property"],
        "locality": ["Locality the unit sits in", "Area within the county", "Which locality is the property in?"],
        "service": ["Client group of the property", "Service the unit provides", "Provision type - 16/17 shared etc."],
        "total": ["Count of all units", "Units in the property", "How many units altogether"],
        "occupied": ["Units currently let", "Units with a tenant in", "Number of units let"],
        "vacant": ["Units void", "Count of vacant units", "Number of voids this week"],
        "available": ["Vacant unit ready from", "Ready to let on", "Date the void can be let"],
        "emergency": ["Could it be used for an emergency - Y/N", "Suitable for an emergency?", "Emergency placement possible this week?"],
        "notes": ["Notes on the void", "Notes on repairs or access", "Comments for this property"],
    },
}

TITLES = {
    "referral-emergency": ["Supported Accommodation Referral - EMERGENCY (same day / within 72 hours)",
                           "Ffurflen Atgyfeirio Brys / Emergency Housing Referral for a Young Person"],
    "referral-non-emergency": ["Supported Accommodation Referral - PLANNED MOVE (4+ weeks' notice)",
                               "Ffurflen Atgyfeirio / Planned Referral for Young People's Supported Housing"],
    "risk": ["Provider's Notification of a Risk It Cannot Hold", "Provider Risk Response to a Placement Request"],
    "safeguarding": ["Significant Incident Notification - Supported Housing", "Serious Incident Report (Young People)"],
    "intelligence": ["Community Partner Intelligence Form", "Partner Information Report for the Police"],
    "mash": ["MASH: Referral of a Homeless 16 or 17 Year Old", "Young Person Homelessness (16/17) - MASH Referral"],
    "mash-notice": ["MASH Notification: Homelessness Prevented by Mediation", "Notice to MASH: Mediation Kept the Young Person at Home"],
    "void": ["Provider Vacancy Return by Property", "Void Report for Brokerage"],
}

SUBJECTS = {
    "referral-emergency": ["EMERGENCY referral {initials} - bed needed now", "Brys / urgent housing referral {initials}"],
    "referral-non-emergency": ["Planned SA referral - YP {initials}", "Atgyfeiriad / referral for {initials} (planned)"],
    "risk": ["{ref} - risk we can't manage, see attached", "Placement decision re {ref}: risk concern"],
    "safeguarding": ["Serious incident at {property} - notification", "SIN {property}"],
    "intelligence": ["Community intelligence - partner form", "Info for TVP attached (partner)"],
    "mash": ["MASH referral {initials} homeless 16/17", "{initials} - homeless 16/17 referral to MASH"],
    "mash-notice": ["{initials}: mediation has prevented homelessness", "MASH update - mediation success {initials}"],
    "void": ["{provider} void report - week of {week}", "Vacancy return {week} ({provider})"],
    "other": ["Duty desk cover over Christmas - dates please", "Printer on floor 2 out of order", "Reminder: team meeting moved"],
}

INTROS = ["Bore da pawb - hope the week's treating you well,", "Hi all at Brokerage,", "Hello - please see below."]
SIGNOFFS = ["Diolch yn fawr iawn - thanks ever so much,", "Thanks for now, and have a good afternoon,", "Cheers in advance for your help,"]
FOOTERS = ["Part-time: Tue, Wed, Thu", "I work flexibly - please don't expect a reply outside my hours"]
COVERING = ["Attached is our referral on the council's template.", "Form attached - shout if anything's missing."]

TEXTS = {
    "diversion": ["Grandparents in Thame said they could have him at weekends only. Mediation was offered twice and the "
                  "family did not take it up. Early Help involved since June.",
                  "Mum's sister was asked and has no room. A mediation session in October ended in an argument and was not "
                  "rebooked."],
    "reason": ["{yp}'s foster placement has ended at short notice after the carers gave notice, and there is no other "
               "foster placement suitable for a young person of this age.",
               "{yp} was asked to leave by mum's new partner after repeated arguments about money and curfew; {yp} has "
               "been staying on a friend's floor for eight nights."],
    "safety": ["{yp} has disclosed being hit by stepmum this morning and has marks to the arm; going home tonight is "
               "not safe.",
               "Mum has changed the locks and put {yp}'s things in bin bags on the drive; {yp} has nowhere to sleep "
               "tonight."],
    "risks": {
        "risk_self": ["History of overdose in 2024; none since. Safety plan in place with CAMHS.",
                      "Does not eat regularly and neglects personal care when stressed."],
        "risk_others": ["Assaulted a sibling in the summer; police gave a community resolution.",
                        "Verbally aggressive when drunk, no physical assaults known."],
        "risk_from": ["Ex-boyfriend is subject to a non-molestation order and has tried to make contact.",
                      "Peers from the estate have threatened him over a debt."],
        "exploitation": ["Police have intelligence linking him to a county line running to Reading.",
                         "Older men on social media sending money; CSE screening done, medium risk."],
        "substance": ["Daily cannabis user, has tried ketamine.", "Binge drinks at weekends, vapes heavily."],
        "offending": ["Youth caution in 2025 for damaging a bus shelter.", "Bailed to a December court date for theft."],
        "mental_health": ["Diagnosis of PTSD, sees a therapist fortnightly.",
                          "Low mood and poor sleep; GP has prescribed sertraline."],
    },
    "support": ["Learning to cook and budget, registering with a GP, support to attend college three days a week.",
                "Help to manage money and debts, and emotional support with key worker sessions."],
    "risk_unable": ["Fire setting: the young person set fire to a bedroom at their previous placement in October, and "
                    "our building has no sprinkler system.",
                    "A known conflict with a current resident of the house, who was the victim of an assault by this young "
                    "person last year."],
    "risk_why": ["Our scheme is a converted house with shared kitchens and no fire suppression, and we do not have "
                 "staff on site between midnight and 8am.",
                 "We only have the one vacancy and it is in the same house as that resident; moving the other young "
                 "person is not in their interest."],
    "risk_enable": ["A fire risk assessment by the fire service, a sprinkler or misting system in the room, and 24-hour "
                    "staffing for the first month.",
                    "A vacancy in another of our houses, which we expect in the new year, or a placement with another "
                    "provider in the meantime."],
    "incident": {
        "Missing": ["{yp} left the house at 6pm saying she was going to the shop and was not back by curfew; police "
                    "informed and a missing log opened; {yp} came back the next morning."],
        "Exploitation": ["Staff saw {yp} get into a car with two older males who have been seen outside before; "
                         "{yp} came back with a new phone and would not say who gave it."],
        "Self-harm": ["{yp} told staff she had taken ten paracetamol; ambulance called, {yp} assessed at hospital and "
                      "discharged with a CAMHS follow-up."],
        "Violence": ["An argument over music volume led to {yp} pushing another resident into a door frame; the other "
                     "young person has a cut to the head."],
        "Allegation against staff": ["{yp} alleges that a night worker swore at him and pushed him; the worker denies "
                                     "it and is not working with young people pending the LADO's advice."],
        "Police involvement": ["Police came to the house with a warrant to search {yp}'s room; nothing was found and "
                               "{yp} was not arrested."],
        "Hospital admission": ["{yp} collapsed in the kitchen after drinking; ambulance called and {yp} was admitted "
                               "to the Horton overnight."],
        "Other": ["{yp}'s ex-partner turned up at the door and refused to leave; staff asked him to go and he left "
                  "before police arrived."],
    },
    "actions": ["Police called, on-call manager told, incident log completed and the SW emailed.",
                "First aid, hospital escort by staff, welfare check every hour overnight."],
    "intel_urgent": ["{p} is in the car park right now waving a knife at {yp} and trying to get into the building; staff "
                     "are keeping {yp} in the office.",
                     "{yp} is on the phone to staff saying {p} is holding {yp} in a flat and will not let {yp} leave; "
                     "{yp} sounds terrified."],
    "intel_routine": ["Staff have seen {p} dropping off {yp} on several evenings in November, each time with shopping "
                      "bags of new clothes.",
                      "{yp} mentioned that {p} has been offering cash to younger lads at the park for carrying parcels."],
    "mediation_outcome": ["One session held; mum will let {yp} stay but only until Christmas.",
                          "Dad refused to take part; {yp} says he cannot go back."],
    "mash_concerns": ["Suspected to be staying with an older adult male; has a new phone and clothes.",
                      "Self-harms when stressed; not in education since September."],
    "prevented": ["Mediation went well: {yp} and dad have agreed to a plan and {yp} is staying at home with support "
                  "from the family worker.",
                  "{yp} is back living with mum after two mediation sessions; the family are happy and no housing is "
                  "needed."],
    "void_notes": ["", "Room 3 repainting", "Stairs - no wheelchair access", "Fire door repair booked"],
    "other_body": ["Please fill in your Christmas duty dates on the shared sheet by Friday.",
                   "The printer on floor 2 is out of order; use the one by the kitchen.",
                   "Thursday's team meeting has moved to 2pm in the blue room."],
}

PEOPLE = {
    "first": ["Tegan", "Bartosz", "Ifan", "Amara", "Rhian", "Dmitri", "Leah-Rose", "Osian", "Safiya", "Connor",
              "Mared", "Kacper", "Yusuf", "Bethan", "Niamh", "Tadhg", "Elin", "Zain", "Shannon", "Gruffydd"],
    "last": ["Mostyn", "Zieliński", "Adebayo", "Rees-Morgan", "O'Sullivan", "Ionescu", "Mensah", "ab Iorwerth",
             "Halvorsen", "Chukwu", "Fotheringham", "Kamińska", "Lister-Kaye", "Rahman", "Tregenza", "Ó Briain",
             "Woolley", "Vaughan-Price", "Nagy", "Entwistle"],
}
NAME_STYLES = {"worker": ["{LAST}, {first}", "{first} {LAST}"], "yp": ["{first} {LAST}", "{LAST}, {first}"]}
NAME_CHANCE = 0.3
VALUE_STYLES = {"dates": ["dd/mm/yyyy", "d/m/yy", "dth Month yyyy", "d Mon yyyy", "dd.mm.yyyy", "ddd dd/mm/yyyy",
                          "dd-Mon-yyyy", "d.m.yy"],
                "blanks": ["N/A", "not known", "-", "n/k", "see above", "None"]}
NEAR_DATES = ["ddd dth Mon", "dd/mm", "dth Month"]
NEAR_DATE_CHANCE = 0.3
LEGAL_WRITTEN = ["Looked after under s.20", "s31 care order", "Care leaver - relevant child", "Child in need",
                 "Not known to children's services", "CLA (section 20)", "Former relevant (care leaver)"]
TEXT_EXPECT = True

HEADING_CHANCE = 0.85
HEADINGS = {
    "Section 1 - About the young person": ["1. Manylion y person ifanc / Young person's details",
                                           "Who are we being asked to house?", "PART A - YOUNG PERSON",
                                           "The young person"],
    "Section 2 - Referrer": ["2. Manylion yr atgyfeiriwr / Referrer", "Who are you?", "PART B - REFERRER",
                             "Referrer details"],
    "referral.sw": ["Gweithiwr allweddol / Key worker", "Is someone else the case holder?", "PART B2 - CASE HOLDER",
                    "Other workers"],
    "Section 3 - Family Group Conference and diversion": ["3. Beth sydd wedi'i wneud? / What has been done?",
                                                          "Could the young person stay with family?",
                                                          "PART C - PREVENTION", "Prevention and FGC"],
    "Section 4 - Reason for referral and risks": ["4. Pam nawr? / Why now?", "What are the worries?",
                                                  "PART D - REASONS AND RISKS", "Reason and risk"],
    "risk.referral": ["Referral", "Which young person is this about?", "PART A - REFERRAL", "Referral details"],
    "risk.concern": ["Our concern", "Why are we saying no?", "PART B - RISK", "The risk"],
    "Young person": ["Young person", "Who is the incident about?", "PART B - YOUNG PERSON", "YP details"],
    "The incident": ["Incident", "What happened?", "PART C - INCIDENT", "The event"],
    "intel.you": ["Submitter", "Who are you?", "PART A - YOU", "Your details"],
    "intel.info": ["Information", "What have you seen or heard?", "PART B - INFORMATION", "Intelligence"],
    "mash.yp": ["Young person", "Who is homeless?", "PART A - YOUNG PERSON", "YP"],
    "mash.housing": ["Housing", "What is the housing situation?", "PART B - HOUSING", "Homelessness"],
}
GUIDANCE = {
    "Section 1 - About the young person": ["All fields must be completed. Write 'not known' rather than leaving blank."],
    "Section 4 - Reason for referral and risks": ["Please be specific - include dates and who was involved."],
    "risk.concern": ["Brokerage cannot process this notice unless all three parts below are filled in."],
}
GUIDANCE_CHANCE = 0.3

TEMPLATES50 = {
    "marks": [("\u2612", "\u2610"), ("\u2611", "\u2610"), ("(X)", "( )")],
    "yes_no": [("Yes", "No"), ("Ydw / Yes", "Nac ydw / No")],
    "codes": ["Ref: SA-REF-FORM-04", "Document ID CS/HSG/0112 v1.7"],
    "banners": ["Vale of White Horse District Council - Housing Needs", "Oxford City Council - Young People's Pathway"],
    "guides": ["Please use the tab key to move between boxes. Send the completed form to the Brokerage mailbox.",
               "All questions must be answered. Write N/A where not applicable."],
    "footers": ["OFFICIAL SENSITIVE - PERSONAL", "Template owner: Housing Pathway Team, v1.7"],
    "tick_guides": ["Mark the box that applies with an X.", "Tick one box per row unless told otherwise."],
    "fillable_guides": ["Fill in the fields on screen, then save and email.",
                        "Click a grey box to type; click a check box to mark it."],
    "placeholders": ["Click or tap here to enter text.", "Click or tap to enter a date."],
}
HELP50 = {
    "referral": {
        "dob": ["The YP must be between 16 and 24 when the placement starts"],
        "address": ["Include postcode; if homeless, say where they stayed last night"],
        "legal_status": ["e.g. LAC s.20, LAC s.31, care leaver, CIN plan, not known to CSC"],
        "consent": ["Without consent, say what the safeguarding reason for sharing is"],
        "fgc": ["An FGC must have been offered for a planned move"],
        "reason": ["Why can't the young person stay where they are?"],
        "needed": ["A date please, not 'ASAP'"],
        "sw_name": ["Only if different from the referrer"],
        "lcs": ["If none, write not known"],
    },
    "risk": {
        "risk": ["Be specific about behaviour and when it happened"],
        "why": ["e.g. staff cover, the building, the mix of residents"],
        "enable": ["e.g. extra hours, a different property, specialist support"],
    },
    "mash": {"dob": ["This form is only for young people aged 16 or 17"]},
    "safeguarding": {"description": ["Stick to facts: who, what, where and when"]},
}
LETTER50 = {
    "greetings": ["Dear Placements team,", "Dear Brokerage,"],
    "openers": ["We are writing to raise a concern about {yp}, whose referral {provider} received this week.",
                "Following your referral of {yp}, we at {provider} have looked at whether we can offer a room and have "
                "a concern we need to share."],
    "openers_ref": ["We are writing to raise a concern about the referral of {yp} ({ref}).",
                    "Regarding referral {ref} for {yp}: we have considered it at our allocations meeting and cannot "
                    "offer a room at this time."],
    "risk_leads": ["The risk is", "We are concerned about", ""],
    "why_leads": ["We are not able to manage it because", "The reason is that", ""],
    "enable_leads": ["It would be possible with", "We could offer a room given", ""],
    "closers": ["We would be glad to talk this through.", "Happy to discuss at the next placements panel."],
    "roles": ["Housing Manager", "Operations Lead, Young People's Housing"],
    "addresses": ["2 Station Yard, Didcot OX11 7NR", "Abbey House, Abingdon OX14 3JE"],
    "to_lines": ["To the Placements Team, Oxfordshire County Council", "For the attention of Brokerage"],
}
GRID50 = {
    "banners": ["{provider} - Risk Response Form", "{provider} | referral decision and risk"],
    "grid_heads": ["Areas of risk (tick each that applies)", "Risk categories identified"],
    "categories": ["Physical aggression", "Criminal exploitation", "Sexual exploitation", "Self-harm",
                   "Drug / alcohol use", "Arson", "Missing episodes", "Harm to children", "Mental ill-health"],
    "other_lines": ["Other (please state): _____________", "Any other risk: __________"],
    "sign_lines": ["Signed (manager):", "Name of person completing:"],
    "date_words": ["Date completed:", "On"],
}

FORM_LAYOUTS = {
    "referral": ["docx-vertical", "pdf-vertical", "docx-details-grid", "pdf-details-grid", "docx-numbered-paras",
                 "pdf-numbered-paras", "docx-content-controls", "docx-tick-rows", "pdf-fillable", "docx-2col",
                 "body-lines"],
    "risk-concern": ["body-risk-letter", "docx-risk-letter", "docx-risk-grid", "pdf-risk-grid", "docx-vertical",
                     "docx-numbered-paras", "body-lines"],
    "safeguarding-incident": ["docx-vertical", "docx-tick-rows", "pdf-fillable", "pdf-details-grid", "docx-2col"],
    "intelligence-submission": ["docx-details-grid", "pdf-vertical", "docx-numbered-paras", "pdf-fillable",
                                "body-lines"],
    "mash-referral": ["docx-vertical", "pdf-numbered-paras", "docx-details-grid", "docx-content-controls",
                      "docx-tick-rows", "docx-2col"],
}
DOC_LAYOUTS = ["docx-vertical"]
NOTICE_LAYOUTS = ["docx-vertical", "docx-numbered-paras", "pdf-details-grid", "docx-content-controls"]
VOID_LAYOUTS = ["xlsx-flat", "body-blocks", "csv", "body-html-table"]
