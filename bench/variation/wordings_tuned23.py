"""Wordings of the twenty-third tuned part (stop 50): referrals and risk concerns in the templates councils and
providers build for themselves in Word - set out down the page, a four-column details table, numbered questions as
paragraphs, content controls, tick rows, a fillable PDF - and risk concerns written as letters or as a tick grid.
Written by hand for this part; tune against it, never against heldout20. See docs/variation-corpus.md."""

SEED = 23500911

LABELS = {
    "referral": {
        "referral_type": ["Is a bed needed within 72 hours? Y/N", "Route requested - same-week move or a planned one",
                          "How quickly is the placement wanted", "Kind of request being made"],
        "name": ["Young person's name as it appears on Mosaic", "Full legal name of the young person and any preferred name",
                 "Which young person are you referring?", "Young person - first name(s) and family name"],
        "dob": ["Young person's date of birth - must be 16-24 on the move-in date", "Date the YP was born - check against ID",
                "D.O.B. of the person referred", "YP's birthday in full, day/month/year"],
        "gender": ["YP's gender as they'd like it recorded", "Gender identity as the YP describes it",
                   "Sex recorded at birth and gender now", "YP's gender in their own words"],
        "lcs": ["Mosaic or LCS ID if open to CSC", "Case number on LCS, where there is one",
                "Children's social care system number", "Person number on LCS / Mosaic"],
        "address": ["Where will the young person sleep tonight?", "Current address incl. postcode or sofa-surfing / NFA",
                    "Present living situation and address", "Address the YP can be contacted at"],
        "locality": ["Which district would suit best? Cherwell / City / South / Vale / West",
                     "Which part of the county does the YP want to live in?", "Preferred district for the placement",
                     "Location preference - restrictions go in the risks section"],
        "legal_status": ["Legal basis of CSC involvement (s.20 / s.31 / care leaver / CIN)",
                         "What is the young person's status with children's services?",
                         "Looked after, leaving care, CIN or none?", "Care status under the Children Act"],
        "uasc": ["Did the young person arrive as an unaccompanied asylum-seeking child?", "Arrived in the UK alone and seeking asylum?",
                 "Asylum-seeking and unaccompanied - Y or N", "UASC status confirmed by the Home Office?"],
        "parent": ["Pregnant, or already a mum or dad?", "Parent or expecting - Y or N",
                   "Has the YP got a baby or child?", "Young parent / pregnancy"],
        "ref_name": ["Name of the person completing this form", "Your name, the referrer filling this in",
                     "Your name as the professional making the referral", "Referral filled in by (name)"],
        "ref_role": ["Referring professional's job", "Role you hold in the team", "Your position e.g. PA, SW, housing officer",
                     "Designation / job title of person referring"],
        "ref_org": ["Team or service you work for", "Which agency or team are you referring from?",
                    "Organisation and team name", "Which service or team is the referral coming from?"],
        "ref_email": ["Secure e-mail for replies to the referrer", "Email address we should reply to",
                      "Your email at the council or agency", "E-mail of person referring"],
        "ref_phone": ["Referrer's direct dial or mobile", "Phone number for queries about this referral", "Your contact telephone",
                      "Tel. - work mobile preferred"],
        "sw_name": ["Allocated social worker or PA, if not you", "Name of the YP's allocated SW or PA",
                    "Name of the lead professional (SW / PA)", "Allocated worker if different from referrer"],
        "sw_email": ["E-mail of the allocated SW / PA", "Email for the SW / PA named above", "Lead professional's e-mail",
                     "How do we email the allocated worker?"],
        "fgc": ["Has a Family Group Conference been offered? Required for planned moves",
                "Did the family get the offer of a family group conference?", "FGC put to the family, yes or no?",
                "Family group conference put to the YP and family"],
        "fgc_date": ["FGC took place / was offered on", "On what date was the FGC offered or held?",
                     "FGC date - offered or took place", "Day the FGC happened or was offered"],
        "diversion": ["What has been tried to keep the young person at home or with family?",
                      "Alternatives explored - family & friends, mediation, Early Help",
                      "Family and friends options and mediation: outcome", "Steps taken to prevent the move"],
        "reason": ["Why is supported accommodation the right option at this point?", "What has happened that means the YP needs to move?",
                   "Reason supported accommodation is being requested", "Background and reason for the request"],
        "safety": ["Immediate safety concern - why can't the YP stay where they are tonight?",
                   "What is the immediate risk if a bed is not found today?",
                   "Safety concern requiring an emergency placement", "What makes this an emergency rather than a planned move?"],
        "risk_self": ["Any risk the young person poses to themselves - self-harm, neglect", "Is the YP a risk to themself?",
                      "Self-harm, suicidal thoughts or self-neglect", "Harm to self - history and current"],
        "risk_others": ["Does the young person pose any risk to others?",
                        "Risk YP presents to staff, residents or the public", "Harm to others - violence, threats, weapons",
                        "Any history of hurting other people"],
        "risk_from": ["Are there adults or peers who put the YP at risk?", "Risk from other people - family, peers, adults",
                      "Anyone who could harm the young person - who and how", "Vulnerability to harm by others"],
        "exploitation": ["Concerns about CSE or CCE - NRM referral made?", "Any exploitation - criminal, sexual, county lines",
                         "Is the YP being exploited or groomed?", "Exploitation risk indicators"],
        "substance": ["Use of alcohol, cannabis or other drugs", "Does the YP use substances? What and how often",
                      "Drugs / alcohol - current use", "Any worries about drink or drugs?"],
        "offending": ["Any offending or involvement with the YJS or police?",
                      "Offending history and pending matters - court dates, bail conditions",
                      "Criminal record or current charges", "YJS or probation involvement and any offences"],
        "mental_health": ["Emotional wellbeing and mental health - CAMHS / AMHS involved?",
                          "Any diagnosed or suspected mental health needs", "How is the YP's mental health?",
                          "MH needs and services involved"],
        "support": ["What help will the YP need from the provider?", "Support the young person needs to live independently",
                    "Independent living skills - areas to work on", "Key support needs: budgeting, education, health"],
        "needed": ["By what date does the YP need a bed?", "Date accommodation is required from", "Date you would like the YP to move in",
                   "Bed needed from - date"],
        "consent": ["Is the YP happy for us to refer and share their information?",
                    "YP consents to referral and sharing of info - if no, give the safeguarding reason",
                    "Has the YP given consent? Y/N", "Consent from the YP to refer and share, Y/N"],
    },
    "risk": {
        "ref": ["Hub / brokerage reference for the referral", "Which referral is this about? Give the reference",
                "Reference on the referral you sent us", "Our reference from the brokerage email"],
        "provider": ["Provider sending this notice", "Provider and scheme considered", "Name of provider or scheme",
                     "Which organisation is sending this?"],
        "yp": ["Full name of the YP you referred", "Name of the young person we were offered", "Who did you refer to us?",
               "Young person the referral was about"],
        "risk": ["Which risk can we not manage?", "Risk(s) we are unable to safely manage", "The risk we have identified in the referral",
                 "Concern identified by the provider"],
        "why": ["Why is that risk too much for our service?",
                "Reason the risk cannot be held - staffing, layout, other residents",
                "Why this is beyond what we can offer", "Why the placement would not be safe"],
        "enable": ["What would make it possible for us to accept?", "Resources or support that would allow the placement",
                   "What would need to be in place for you to say yes?", "Additional support required to manage the risk"],
    },
    "safeguarding": {
        "provider": ["Provider that runs the service", "Which provider runs the scheme?", "Organisation submitting the report"],
        "property": ["Scheme or address where it happened", "Which of our properties?", "Service or house name"],
        "name": ["Name of the young person it concerns", "Name of the resident concerned", "Which resident was involved?"],
        "dob": ["Resident's date of birth as on our file", "Born (date) - resident", "Birth date of the resident involved"],
        "lcs": ["LCS / Mosaic no. for the resident", "Resident's social care ID if there is one", "Resident's number on LCS"],
        "sw_name": ["Resident's allocated social worker or PA", "Who is the allocated worker to be told?", "Worker to be told about this"],
        "sw_email": ["Email of the resident's SW or PA", "Email to send this incident to (SW/PA)", "Where should we send a copy? Worker's email"],
        "date": ["The date this took place", "On what date did this take place?", "Day of the incident (date)"],
        "time": ["Time (approx.) it started", "At what time did it take place?", "Clock time of the incident, 24 hour"],
        "when": ["Date and time this took place", "Day and clock time it happened", "Date and time staff became aware"],
        "category": ["Which kind of incident was it?", "Incident falls under which category?", "Incident category - missing, self-harm etc."],
        "severity": ["How serious do you rate it?", "Rate the severity of the incident", "Seriousness - low / medium / high / critical"],
        "description": ["What happened, as staff saw it?", "Factual account - what happened, in order", "Tell us what happened from start to finish"],
        "actions": ["What did staff do first?", "Steps staff took at the time",
                    "Immediate response and who was informed"],
        "police_ref": ["Crime number or police log ref, if given", "Was there a police reference?", "CAD or crime ref"],
    },
    "intelligence": {
        "agency": ["Which organisation do you work for?", "Agency the information is coming from", "Sharing agency"],
        "worker": ["Name of the worker submitting", "Person submitting the form", "Worker completing the submission"],
        "role": ["Your job at the agency", "What do you do there?", "Job role of submitting worker"],
        "email": ["Email the police can reply to", "Reply email for the police", "Your e-mail at work"],
        "phone": ["Worker's phone number", "Number police can call you on", "Your phone, for police to call back"],
        "when": ["Day and time seen", "When was it seen or heard - date and time", "Date and clock time, as near as you can"],
        "date": ["Day the information relates to", "Day it was seen", "Calendar date it was seen or heard"],
        "time": ["Clock time it was seen or heard", "At what time of day?", "Roughly when in the day"],
        "location": ["Place it was seen or heard", "Where was this? Street, address or area", "Street, estate or address it happened at"],
        "persons": ["Anyone else involved - who are they?", "People the information is about", "Each person's name, age or DOB and what they look like"],
        "vehicles": ["Vehicle details - make, colour, part reg", "Car or van details", "Cars, vans or bikes involved"],
        "information": ["What did you see, hear or get told?", "The information you want to pass on", "Give the intelligence in your own words"],
        "source": ["How did this come to your attention?", "Did you see it yourself or were you told?", "Where it came from - seen, told, overheard"],
        "grading": ["Grading e.g. 5x5x5 / 3x5x2", "How reliable is it?", "Your grading of the information, if you use one"],
        "handling": ["Any limits on who the police pass this to?", "Who else may this be passed to?", "Handling condition for onward sharing"],
    },
    "mash": {
        "name": ["Full name of the homeless 16/17-year-old", "Who is homeless or at risk?", "16/17 year old's full name"],
        "dob": ["Date of birth of the 16/17-year-old", "16/17-year-old's date of birth", "YP born - date"],
        "address": ["Where is the YP sleeping at the moment?", "Last settled address and where now", "Address today / where staying"],
        "agency": ["Agency presenting the YP to MASH", "Who is referring to MASH?", "Service making the presentation"],
        "status": ["Roofless tonight or at risk in the coming weeks?", "Housing situation - homeless / at risk",
                   "Is the YP roofless tonight or at risk of it?"],
        "mediation": ["Has anyone tried mediation with the family?", "Mediation with family tried, Y or N", "Mediation offered to parents and YP?"],
        "mediation_outcome": ["Mediation - what was agreed, or why it broke down", "Where did mediation get to?", "Outcome of any family work"],
        "concerns": ["Welfare worries about the young person", "What worries you about the YP's safety?",
                     "Safeguarding concerns about the YP"],
        "known": ["Is the YP open to children's social care?", "Has the YP had a social worker before?", "Open to children's social care right now?"],
        "parent_contact": ["Mum / dad / carer to contact, with number", "How do we reach the parent?",
                           "Contact for mum, dad or carer"],
    },
    "mash-notice": {
        "name": ["Young person the mediation was for", "Name of the young person who stayed home", "Name of the 16/17 year old"],
        "dob": ["DOB of the young person mediated for", "Birth date of young person", "Young person's birthday (DOB)"],
        "date": ["Day mediation took place", "Date of the last mediation session", "When was the family mediation?"],
        "outcome": ["What did mediation achieve?", "Plan that means the YP can stay at home", "What the family agreed at mediation"],
        "agency": ["Organisation whose mediator ran the sessions", "Which service did the mediation?", "Service the mediator works for"],
    },
    "void": {
        "provider": ["Provider submitting this week's return", "Organisation sending the return", "Organisation returning"],
        "week": ["Monday the return is for", "Return relates to week of", "For the week starting (Monday)"],
        "ref": ["Property / scheme code", "Brokerage property ref", "Brokerage code for the scheme"],
        "locality": ["District the scheme sits in", "Area of scheme", "Which district council is it in?"],
        "service": ["Kind of scheme", "Which service does it offer?", "Service group the scheme is commissioned for"],
        "total": ["Rooms in scheme", "Beds the scheme is registered for", "How many beds in all"],
        "occupied": ["Rooms let", "Young people in", "Rooms with a YP living in them"],
        "vacant": ["Rooms void", "Beds standing empty", "Empty rooms"],
        "available": ["Void ready to let from", "Next available move-in", "Date room is free"],
        "emergency": ["Could this void take an emergency tonight?", "EMG bed Y/N", "Will take an emergency"],
        "notes": ["Anything to know about this property", "Things Brokerage should know about the unit", "Repairs, restrictions or other notes"],
    },
}

TITLES = {
    "referral-emergency": ["Request for an Emergency Supported Accommodation Bed",
                           "Young People's Accommodation - Urgent Referral Template"],
    "referral-non-emergency": ["Request for a Planned Move to Supported Accommodation",
                               "Young People's Accommodation - Planned Referral Template"],
    "risk": ["Provider Notice of a Risk Beyond Our Service", "Response to Referral - Risk Identified"],
    "safeguarding": ["Resident Safeguarding Incident Notification", "Notification of an Incident Involving a Resident"],
    "intelligence": ["Information Sharing Form - Partner to Police", "Sharing Information with Thames Valley Police"],
    "mash": ["16/17 Homelessness - Request to MASH", "Homeless 16/17 Year Old - MASH Request Form"],
    "mash-notice": ["Outcome of Mediation - Homelessness Prevented", "Notice to MASH: Mediation Has Prevented Homelessness"],
    "void": ["Void Beds Return", "Bed Vacancies This Week by Scheme"],
}

SUBJECTS = {
    "referral-emergency": ["URGENT bed needed - referral for {initials}", "Emergency SA request ({initials}) - tonight if possible"],
    "referral-non-emergency": ["Referral for a planned move: {initials}", "New SA referral attached for {initials}"],
    "risk": ["Our response to referral {ref} - unable to accept as it stands", "Risk notice re {ref}"],
    "safeguarding": ["Resident incident report ({property}) for your records", "Resident incident at {property}"],
    "intelligence": ["Information for TVP from a partner agency", "Info sharing form attached"],
    "mash": ["MASH request - homeless 16/17 ({initials})", "16/17 at risk of homelessness - {initials}"],
    "mash-notice": ["Mediation worked - {initials} staying at home", "No MASH action needed - mediation held for {initials}"],
    "void": ["Void beds w/c {week} - {provider}", "{provider} vacancies for w/c {week}"],
    "other": ["Training dates for the new referral template", "Car park closed on Friday", "Minutes of the placements panel"],
}

INTROS = ["Good afternoon Placements,", "Hi Brokerage - hope you're well.", "Hello to whoever is on Brokerage duty today,"]
SIGNOFFS = ["Grateful for you looking at this one,", "With thanks and best wishes,", "Thanks again, and speak soon,"]
FOOTERS = ["Working hours Mon-Thu", "This mailbox is monitored in office hours only"]
COVERING = ["Our template is attached, completed in full.", "Please see the attached form - any questions give me a ring."]

TEXTS = {
    "diversion": ["Aunt in Didcot was asked to have him for a month but works nights; a mediation session was booked and he "
                  "did not go. Early Help closed in the summer.",
                  "Two family friends were approached and said no. The family were offered mediation through the "
                  "housing team and mum declined it."],
    "reason": ["{yp} has been staying with a friend's family since the police removed them from home after a row with "
               "stepdad; that family cannot keep {yp} past this weekend and nobody else has offered a room.",
               "Relationship with mum broke down over months; {yp} was told to leave on Sunday and is now moving between "
               "sofas, missing college and getting into debt with older lads."],
    "safety": ["{yp} slept in a stairwell last night and was approached by two men offering somewhere to stay.",
               "Dad has threatened {yp} with a hammer and said not to come back; police attended and advised a bed "
               "elsewhere tonight."],
    "risks": {
        "risk_self": ["Scratches arms when overwhelmed, last time in October; no hospital attendance.",
                      "Skips meals and stops taking prescribed medication when low."],
        "risk_others": ["One fight at school in Year 11; nothing since.",
                        "Can shout and punch doors when frustrated, no assaults on people."],
        "risk_from": ["Older cousin has pressured him to hold items for others.",
                      "An ex-partner has sent threatening messages and knows the area."],
        "exploitation": ["Seen in a car with unknown adults twice; NRM not yet made, being considered at strategy.",
                         "Had new trainers and phones with no explanation over the summer."],
        "substance": ["Smokes cannabis most evenings, says it helps sleep.",
                      "Drinks at weekends with friends, occasionally to excess."],
        "offending": ["Released under investigation for possession; next date in February.",
                      "Out-of-court disposal for shoplifting last spring."],
        "mental_health": ["Waiting for a CAMHS assessment for low mood.",
                          "ADHD diagnosis, medicated; anxiety around new people."],
    },
    "support": ["Budgeting and paying bills, registering with a GP and dentist, getting back into college.",
                "Needs staff to prompt medication and help with benefits and a bank account."],
    "risk_unable": ["The young person's recent assaults on staff at their last placement, including one with a weapon, "
                    "which our lone-working night cover cannot safely manage.",
                    "Ongoing targeting by an adult who lives two doors from our only vacancy and has been linked to "
                    "drug supply."],
    "risk_why": ["We have one member of staff on site overnight and no waking night; our other residents include two "
                 "who are themselves victims of violence.",
                 "The vacancy is in a shared house on the same street, so we could not keep the young person away from "
                 "the adult concerned."],
    "risk_enable": ["An additional worker overnight for the first eight weeks, funded by the council, and a safety plan "
                    "agreed with the police.",
                    "A vacancy in another scheme out of the area, or a move to our self-contained flats when one frees up "
                    "in January."],
    "incident": {
        "Missing": ["{yp} did not come back by the 11pm curfew; phone off; reported missing to police at 00:30 and "
                    "returned by taxi at 4am, with no account of where they had been."],
        "Exploitation": ["{yp} was dropped off by an unknown car and handed a rucksack to another resident; staff found "
                         "cash and a burner phone in the kitchen afterwards."],
        "Self-harm": ["Staff heard crying from {yp}'s room and found superficial cuts to the forearm; first aid given, "
                      "{yp} declined the GP."],
        "Violence": ["{yp} and another resident argued over the washing machine and {yp} was punched in the face; "
                     "swelling to the cheek, no loss of consciousness."],
        "Allegation against staff": ["{yp} says a relief worker grabbed their wrist during an argument in the office; "
                                     "the worker has been stood down pending the LADO's advice."],
        "Police involvement": ["Officers attended after neighbours reported shouting; {yp} was spoken to on the doorstep "
                               "and no further action was taken."],
        "Hospital admission": ["{yp} had an asthma attack that did not ease with the inhaler; ambulance called and "
                               "{yp} was kept in the JR overnight."],
        "Other": ["{yp}'s bedroom window was broken from outside overnight; nobody hurt, police informed, glazier "
                  "booked."],
    },
    "actions": ["Manager on call informed, police called, room checked and a welfare check set for the morning.",
                "Allocated worker emailed, body map completed, young person offered a sit-down with key worker."],
    "intel_urgent": ["{p} is at the front door right now with a machete, shouting that he is going to kill {yp}; staff "
                     "have locked the door and {yp} is hiding in the office.",
                     "{yp} has just rung us crying from {p}'s car saying they are being driven to London against "
                     "their will and the doors are locked."],
    "intel_routine": ["Over recent weeks {yp} has been seen getting into a grey car driven by {p} outside the college "
                      "gates most Fridays; {yp} comes back late with new clothes.",
                      "A resident told staff that {p} has been asking the younger residents at the scheme for their "
                      "phone numbers and offering them lifts into town."],
    "mediation_outcome": ["Two sessions held; {yp} and dad agreed house rules and a weekly check-in.",
                          "Mediation ended early when mum walked out; she says she will not have {yp} back."],
    "mash_concerns": ["Has been missing overnight twice this month, says staying with friends but will not say where.",
                      "Older boyfriend, reported to be 22, collects from school; mum is worried about the relationship."],
    "prevented": ["Following mediation {yp} is staying at home with mum; the family have agreed a plan and Early Help "
                  "will keep in touch.",
                  "{yp} has moved in with an aunt as a long-term family arrangement after the session; no accommodation "
                  "is needed."],
    "void_notes": ["", "Decorating till Wednesday", "Ground floor room only", "Boiler being fixed"],
    "other_body": ["The new referral template goes live on 4 January; two online sessions are booked for staff who "
                   "want to see it first.",
                   "The staff car park at County Hall will be closed on Friday for resurfacing; please use the park "
                   "and ride.",
                   "Minutes from Tuesday's placements panel are on the team site; actions are in red."],
}

PEOPLE = {
    "first": ["Cerys", "Tomasz", "Ayaan", "Meleri", "Callum", "Ioana", "Deshawn", "Gwenllian", "Oskar", "Nia",
              "Hamza", "Siân", "Reuben", "Zofia", "Kyle", "Eluned", "Mohammed", "Aoife", "Jayden", "Ffion-Mai"],
    "last": ["Pritchard", "Kowalczyk", "Abdi", "Bevan-Rees", "O'Halloran", "Popescu", "Okafor", "ap Gwilym", "Lindqvist",
             "Nwachukwu", "Thistlethwaite", "Wiśniewska", "Dyer-Maddox", "Haque", "Penhaligon", "Mac an tSaoir",
             "Farrow", "Lloyd-Jenkins", "Szabo", "Venables"],
}
NAME_STYLES = {"worker": ["{LAST}, {first}", "{first} {LAST}"], "yp": ["{LAST}, {first}", "{first} {LAST}"]}
NAME_CHANCE = 0.3
VALUE_STYLES = {"dates": ["d/m/yyyy", "dd/mm/yyyy", "d Month yyyy", "dth Mon yyyy", "dd.mm.yy", "ddd d Mon yyyy",
                          "d-Mon-yy", "dd/mm/yy"],
                "blanks": ["N/A", "-", "not known", "n/a", "Not known", "see above"]}
NEAR_DATES = ["dth Mon", "ddd d/m", "d Mon"]
NEAR_DATE_CHANCE = 0.3
LEGAL_WRITTEN = ["s.20", "Section 31 - full care order", "Care leaver (former relevant child)", "CIN plan",
                 "Not known to CSC", "Looked after (s20)", "Relevant child - leaving care"]
TEXT_EXPECT = True

HEADING_CHANCE = 0.85
HEADINGS = {
    "Section 1 - About the young person": ["Section A - The young person", "Who is the referral for?",
                                           "Part 1: Personal details", "About the young person"],
    "Section 2 - Referrer": ["Section B - Referrer", "Who is making this referral?", "Part 2: Your details",
                             "About you (the referrer)"],
    "referral.sw": ["Allocated worker", "Who else is working with the young person?", "Part 2b: Lead professional",
                    "Other professionals"],
    "Section 3 - Family Group Conference and diversion": ["What has been tried?", "Section C - Prevention",
                                                          "Have alternatives been explored?", "Part 3: FGC and diversion"],
    "Section 4 - Reason for referral and risks": ["Why now?", "Section D - Reasons and risks",
                                                  "What are the risks?", "Part 4: Reason and risk assessment"],
    "risk.referral": ["The referral", "Which referral is this?", "Part 1: Referral details", "Details"],
    "risk.concern": ["Section B - The risk", "What is the problem?", "Part 2: Our concern", "Risk"],
    "Young person": ["Resident", "Who was involved?", "Part 2: Young person", "About the resident"],
    "The incident": ["What happened?", "Section C - Incident", "Part 3: The incident", "Incident details"],
    "intel.you": ["About you", "Who is sharing this?", "Part 1: Submitter", "Your details"],
    "intel.info": ["The information", "What do you want to tell the police?", "Part 2: Intelligence", "Details"],
    "mash.yp": ["Young person", "Who is the referral about?", "Part 1: Young person", "About the young person"],
    "mash.housing": ["Housing situation", "Why is the young person homeless?", "Part 2: Housing", "Homelessness"],
}
GUIDANCE = {
    "Section 1 - About the young person": ["Please complete every box; write N/A where a question does not apply."],
    "Section 4 - Reason for referral and risks": ["Give facts and dates; attach the chronology if you have one."],
    "risk.concern": ["All three boxes below must be completed before Brokerage can act on this notice."],
}
GUIDANCE_CHANCE = 0.3

# the stop-50 templates (generate.py: vertical50_html, details_grid50, numbered50_html, tick_rows50, fillable50,
# content_controls50)
TEMPLATES50 = {
    "marks": [("\u2612", "\u2610"), ("\u25a0", "\u25a1"), ("[X]", "[ ]")],
    "yes_no": [("Yes", "No"), ("Y", "N")],
    "codes": ["CSC/SA/REF/v3.2", "Form YPA-1 (rev. Sept 2026)"],
    "banners": ["Oxfordshire County Council - Children's Services", "Cherwell District Council - Housing Solutions"],
    "guides": ["Complete in black type. Boxes expand as you type. Return to the Brokerage inbox.",
               "Incomplete referrals will be returned. Guidance notes are in grey under each question."],
    "footers": ["OFFICIAL - SENSITIVE when complete", "Version 3.2 - review due March 2027"],
    "tick_guides": ["Tick the boxes that apply; use the free-text boxes for anything else.",
                    "Put an X in one box for each question."],
    "fillable_guides": ["This form can be filled in on screen. Save it before emailing.",
                        "Type into the grey fields; tick boxes can be clicked."],
    "placeholders": ["Click or tap here to enter text.", "Click here to enter text."],
}
HELP50 = {
    "referral": {
        "dob": ["Must be aged 16-24 on the date the bed is needed"],
        "address": ["If no fixed abode, say where they slept last night"],
        "legal_status": ["e.g. s.20, s.31, relevant / former relevant child, CIN, none"],
        "consent": ["If no, state the safeguarding basis for sharing without consent"],
        "fgc": ["Non-emergency referrals will not be accepted without an FGC being offered"],
        "reason": ["What has changed? Why can't the young person remain at home?"],
        "needed": ["Give a date, not ASAP"],
        "sw_name": ["Leave blank if you are the allocated worker"],
        "lcs": ["Leave blank if not known to social care"],
    },
    "risk": {
        "risk": ["Describe the specific behaviour or situation"],
        "why": ["e.g. staffing levels, building, other residents"],
        "enable": ["e.g. extra staffing hours, a different unit, specialist input"],
    },
    "mash": {"dob": ["Only 16 and 17 year olds are referred on this form"]},
    "safeguarding": {"description": ["Facts only - who, what, where, when"]},
}
LETTER50 = {
    "greetings": ["Dear Brokerage team,", "Dear colleagues,"],
    "openers": ["We are writing to raise a concern about the referral for {yp} that was sent to {provider} this week.",
                "Thank you for the referral of {yp}. Having looked at it carefully, we at {provider} do not feel able "
                "to accept it as things stand."],
    "openers_ref": ["We are writing to raise a concern about {yp} (your reference {ref}), who was referred to us.",
                    "Thank you for referral {ref} for {yp}. Having read it carefully, we are not able to offer a "
                    "placement at present."],
    "risk_leads": ["Our concern is", "The risk we do not feel able to manage is", ""],
    "why_leads": ["We cannot manage this because", "This is because", ""],
    "enable_leads": ["We could look at it again with", "What would make it possible is", ""],
    "closers": ["We are happy to discuss this at the next panel.", "Please call me if you would like to talk it through."],
    "roles": ["Registered Manager", "Service Manager, Young People's Services"],
    "addresses": ["Unit 4, Beaumont Court, Banbury OX16 1SD", "The Old School House, Witney OX28 6HN"],
    "to_lines": ["To: Brokerage and Placements, Oxfordshire County Council", "FAO the Placements Officer"],
}
GRID50 = {
    "banners": ["{provider} - Placement Risk Notice", "{provider}: response to referral"],
    "grid_heads": ["Risk areas (tick all that apply)", "Which areas of risk are involved?"],
    "categories": ["Violence / aggression", "Exploitation (CSE / CCE)", "Self-harm / suicide", "Substance misuse",
                   "Fire setting", "Sexually harmful behaviour", "Going missing", "Gang association", "Mental health"],
    "other_lines": ["Other risk (please specify): ______________________", "Other: ____________"],
    "sign_lines": ["Completed by:", "Manager signing off:"],
    "date_words": ["Date:", "Dated"],
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
