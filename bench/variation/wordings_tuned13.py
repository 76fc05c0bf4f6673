"""Wordings of the thirteenth tuned part (tuned13, corpus13): the same kinds of shared-inbox mail as heldout10 (manager
forwards from Outlook, Word tables pasted as space-aligned text, answers in coloured paragraphs, tick boxes, other
people's names and other dates beside the fields the hub needs, Welsh-first labels, long signatures, quoted threads),
in wordings of its own. Written by a separate author who did not read the parsers or the other parts' wordings.
"""

SEED = 72650913
TEXT_EXPECT = True

DOC_LAYOUTS = ["docx-colour", "body-spaced", "pdf-colour", "body-forwarded", "docx-ticks", "body-spaced",
               "docx-bilingual", "pdf-text", "body-html", "docx-colour", "body-plain", "docx-4col"]
VOID_LAYOUTS = ["body-pasted", "xlsx-title-merged", "csv-title", "body-html-table", "xlsx-flat", "csv", "body-blocks",
                "xls"]

LABELS = {
    "referral": {
        "referral_type": ["Emergency or planned? - please tick", "Priority of referral", "Is a bed needed today? (yes/no)", "Referral priority (emergency / planned move)"],
        "name": ["Young person's name in full (in full)", "Child / YP name", "Enw llawn y person ifanc / YP full name", "Name of the young person"],
        "dob": ["YP's date of birth (DOB)", "Date of birth - young person", "Dyddiad geni'r person ifanc / YP date of birth (DD MM YYYY please)", "Young person born on (full date)"],
        "gender": ["Young person's gender (please state)", "Gender (self-described) (if known)", "Rhyw / Sex (as recorded)", "Gender of the young person"],
        "lcs": ["LCS child ID", "Liquidlogic (LCS) number", "Cyfeirnod LCS / LCS reference no.", "LCS record number"],
        "address": ["Where the young person lives now", "Address and postcode now", "Cyfeiriad ar hyn o bryd / Address now (as recorded)", "Current address of the young person"],
        "locality": ["Area wanted", "Preferred town or district", "Ardal ddewisol / Area preferred", "Where would the YP like to live (please specify)?"],
        "legal_status": ["Child's current legal status", "Looked after / care leaver / CIN status", "Statws cyfreithiol y plentyn / Child's legal status", "Legal status (Children Act)"],
        "uasc": ["Unaccompanied asylum-seeking young person - please tick", "Asylum seeker (unaccompanied) Y/N (tick one)", "UASC? (Ceisiwr lloches / asylum)", "Is the YP seeking asylum on their own?"],
        "parent": ["Young person is pregnant or a parent", "Parent or parent-to-be (tick one)?", "Rhiant neu'n disgwyl / Parent or pregnant", "Has the YP got children?"],
        "ref_name": ["Referrer's full name (in full)", "Name of person completing form (first name and surname)", "Enw llawn yr atgyfeiriwr / Referrer full name", "Form completed by (block capitals)"],
        "ref_role": ["Job role of referrer (please state)", "Referrer position (if known)", "Teitl swydd / Job role", "Your job title (please specify)"],
        "ref_org": ["Team or service", "Referrer's service", "Tîm neu wasanaeth / Team or service (as recorded)", "Your team"],
        "ref_email": ["Referrer email (secure) (work)", "Email - referrer (office hours)", "Cyfeiriad e-bost yr atgyfeiriwr / Referrer email", "Your work email for contact"],
        "ref_phone": ["Referrer telephone no.", "Phone - referrer (office hours)", "Rhif ffôn yr atgyfeiriwr / Referrer phone", "Your work phone"],
        "sw_name": ["Allocated worker (SW / PA)", "Named social worker or PA", "Gweithiwr dynodedig / Named worker", "YP's social worker or personal adviser"],
        "sw_email": ["Email - allocated worker (work)", "Named worker's email (office hours)", "E-bost y gweithiwr dynodedig / Named worker email", "SW or PA email for contact"],
        "fgc": ["FGC offered / held?", "Family Group Conference - has one happened?", "Cynhadledd Grŵp Teulu wedi'i chynnal? / FGC held?", "Was the family offered an FGC?"],
        "fgc_date": ["When was the FGC (day month year)?", "Date of the FGC", "Dyddiad y Gynhadledd Grŵp Teulu / Date of FGC", "FGC held on"],
        "diversion": ["Prevention work tried so far", "What has been done to prevent homelessness?", "Gwaith i atal digartrefedd / Prevention work done", "Edge of care work completed"],
        "reason": ["Reasons for the referral", "Why are you referring? - please describe", "Pam ydych chi'n atgyfeirio? / Why are you referring?", "Reason supported accommodation is needed (continue overleaf if needed)"],
        "safety": ["Why is this an emergency (please give details)?", "Current safety concerns - please describe", "Pryderon diogelwch ar hyn o bryd / Current safety", "Where will the YP sleep tonight and is it safe?"],
        "risk_self": ["Risk to self (including self-harm)", "Self harm / risk to self - please describe", "Risg iddo'i hun / Risk to themselves", "Any risk the YP poses to themselves (continue overleaf if needed)"],
        "risk_others": ["Risk to others (including staff)", "Violence / risk to others - please describe", "Risg i bobl eraill / Risk to other people (give as much detail as you can)", "Any risk the YP poses to others"],
        "risk_from": ["Risk from other people (please give details)", "Risks posed to the YP by others", "Risg gan bobl eraill / Risk from other people (give as much detail as you can)", "Is the YP at risk from anyone (continue overleaf if needed)?"],
        "exploitation": ["Criminal or sexual exploitation (please give details)", "Exploitation concerns (CSE / CCE) - please describe", "Camfanteisio troseddol neu rywiol / Exploitation", "Is the YP being exploited (continue overleaf if needed)?"],
        "substance": ["Substance or alcohol use", "Drug / alcohol misuse - please describe", "Cyffuriau ac alcohol / Drugs and alcohol (give as much detail as you can)", "Any drug or alcohol use (continue overleaf if needed)?"],
        "offending": ["Offending or YJS involvement", "Any offending? - please describe", "Troseddu neu gyfiawnder ieuenctid / Offending", "Offending (current and past)"],
        "mental_health": ["Mental health or CAMHS", "Emotional wellbeing / mental health - please describe", "Iechyd meddwl a lles / Mental health", "Any mental health concerns (continue overleaf if needed)?"],
        "support": ["Support the YP needs (please give details)", "Support needed in accommodation", "Cymorth sydd ei angen / Support needed", "What help will the YP need to manage a tenancy?"],
        "needed": ["Date accommodation is needed (day month year)", "Needed from - enter full date", "Dyddiad mae angen llety / Date accommodation needed (DD MM YYYY please)", "Move-in date needed (full date)"],
        "consent": ["YP has consented", "Consent (young person) (tick one)", "Caniatâd y person ifanc / YP consent", "Does the YP agree to the referral?"],
    },
    "risk": {
        "ref": ["Referral reference no. (please state)", "Brokerage ref no. (if known)", "Cyfeirnod yr atgyfeiriad / Referral reference (as recorded)", "Which referral does this relate to (please specify)?"],
        "provider": ["Provider name (responding) (please state)", "Our organisation (if known)", "Enw'r darparwr / Provider name (as recorded)", "Responding organisation (please specify)"],
        "yp": ["Young person (referred) (in full)", "Referred YP (first name and surname)", "Person ifanc a atgyfeiriwyd / Young person referred", "Name of the young person referred (block capitals)"],
        "risk": ["Risk we cannot manage (please give details)", "Risk of concern - please describe", "Risg na allwn ei rheoli / Risk we cannot manage", "Which risk stops you offering a place?"],
        "why": ["Why this risk cannot be managed (please give details)", "Reason for the concern", "Pam na ellir ei rheoli / Why not manageable", "Why can you not offer a place?"],
        "enable": ["What would enable you to accept (please give details)?", "Resources that would help - please describe", "Adnoddau fyddai'n galluogi / Enabling resources", "What extra support would make this work?"],
    },
    "safeguarding": {
        "provider": ["Provider reporting (please state)", "Our organisation (provider)", "Darparwr sy'n adrodd / Reporting provider", "Provider completing report"],
        "property": ["Property / scheme ref (please state)", "Scheme (ref) (if known)", "Cyfeirnod eiddo neu gynllun / Scheme ref", "Where (property) (please specify)?"],
        "name": ["Name of young person (in full)", "YP (full name) (first name and surname)", "Enw'r person ifanc / Name of young person", "Resident involved (block capitals)"],
        "dob": ["YP's DOB (day month year)", "Resident's date of birth - enter full date", "Dyddiad geni'r preswylydd / Resident DOB (DD MM YYYY please)", "Date of birth (YP) (full date)"],
        "lcs": ["LCS ID (if known) (please state)", "LCS reference for YP", "Cyfeirnod LCS / LCS ID", "Council LCS no."],
        "sw_name": ["Social worker / PA (in full)", "Council allocated worker", "Gweithiwr y cyngor / Council worker", "Allocated SW or PA (block capitals)"],
        "sw_email": ["Social worker / PA email (work)", "Council worker email", "E-bost gweithiwr y cyngor / Council worker email", "Allocated SW or PA email"],
        "date": ["Date of the incident (day month year)", "Incident happened on - enter full date", "Dyddiad y digwyddiad / Date incident occurred", "What date did it happen (full date)?"],
        "time": ["Time of the incident (please state)", "Incident time (approx.) (if known)", "Amser y digwyddiad / Time incident occurred", "What time did it happen (please specify)?"],
        "when": ["When the incident happened", "Date and time of the incident (as recorded)", "Pryd digwyddodd / When it happened", "Incident date and time (approx.) (please specify)"],
        "category": ["Type of incident (please state)", "Incident category (if known)", "Categori / Category of incident (as recorded)", "Which type of incident?"],
        "severity": ["Severity of incident (please state)", "How severe (if known)?", "Lefel difrifoldeb / Severity level (as recorded)", "Severity level (tick) (please specify)"],
        "description": ["Description of the incident (please give details)", "What happened (in full) - please describe", "Beth ddigwyddodd / What happened (give as much detail as you can)", "Incident details (continue overleaf if needed)"],
        "actions": ["Action taken (please give details)", "What has been done since? - please describe", "Camau gweithredu / Actions", "Immediate actions and follow-up"],
        "police_ref": ["Police reference / log no.", "Police incident number (if known)", "Cyfeirnod yr heddlu / Police reference no.", "Police involved? Log no."],
    },
    "intelligence": {
        "agency": ["Agency submitting (please state)", "Organisation name (if known)", "Enw'r asiantaeth / Agency name (as recorded)", "Partner agency (please specify)"],
        "worker": ["Name of officer submitting (in full)", "Submitted by (first name and surname)", "Enw'r swyddog / Officer name", "Your full name (block capitals)"],
        "role": ["Officer's role", "Job title / role (if known)", "Swydd y swyddog / Officer role", "Position (please specify)"],
        "email": ["Officer's email", "Email to reply to (office hours)", "E-bost y swyddog / Officer email", "Work email for contact"],
        "phone": ["Officer's phone", "Phone to call back", "Ffôn y swyddog / Officer phone", "Work phone for contact"],
        "when": ["When was the information obtained (please state)?", "Date and time obtained", "Pryd cafwyd y wybodaeth / When obtained", "Obtained (date and time)"],
        "date": ["Date obtained (day month year)", "Information date - enter full date", "Dyddiad cael y wybodaeth / Date obtained", "Date the info was received"],
        "time": ["Time obtained (please state)", "Information time (if known)", "Amser cael y wybodaeth / Time obtained", "Time the info was received"],
        "location": ["Location of the information (please state)", "Where (address / area)", "Ble / Where", "Location details (please specify)"],
        "persons": ["Person(s) involved (please give details)", "Names, DOBs and descriptions", "Pobl dan sylw / People involved", "Subjects (continue overleaf if needed)"],
        "vehicles": ["Vehicles involved (please give details)", "Vehicle(s) - make, model, reg - please describe", "Cerbydau dan sylw / Vehicles involved (give as much detail as you can)", "Any vehicles (continue overleaf if needed)?"],
        "information": ["Information / intelligence (please give details)", "What is the intelligence? - please describe", "Y wybodaeth / The intelligence", "Intelligence details (continue overleaf if needed)"],
        "source": ["Information source (please state)", "How did you get this information (if known)?", "Ffynhonnell y wybodaeth / Source (as recorded)", "Source of intel"],
        "grading": ["Intelligence grade (please state)", "Grading (source / intelligence)", "Gradd / Grade", "3x5x2 grade"],
        "handling": ["Handling instructions (please state)", "Handling (code) (as recorded)", "Cyfarwyddiadau trin / Handling", "Dissemination / handling"],
    },
    "mash": {
        "name": ["Child's full name (in full)", "Young person (name) (first name and surname)", "Enw llawn y plentyn / Child full name", "Name of young person referred (block capitals)"],
        "dob": ["Child's date of birth (day month year)", "DOB of child - enter full date", "Dyddiad geni'r person ifanc / YP DOB", "Young person's DOB (full date)"],
        "address": ["Current address of child (please state)", "Address now (child)", "Cyfeiriad ar hyn o bryd / Current address", "Where the child is living now"],
        "agency": ["Agency referring (please state)", "Referring organisation (if known)", "Sefydliad sy'n atgyfeirio / Referring organisation", "Organisation making referral"],
        "status": ["Homeless or threatened (please state)?", "Housing status of child (if known)", "Digartref neu dan fygythiad / Homeless or threatened", "Is the child homeless or at risk?"],
        "mediation": ["Mediation tried? - please tick", "Has family mediation happened (tick one)?", "A gafwyd cyfryngu? / Mediation held?", "Mediation offered to family"],
        "mediation_outcome": ["Mediation outcome (please give details)", "What happened at mediation? - please describe", "Canlyniad y cyfryngu / Mediation outcome", "Outcome of mediation (if held)"],
        "concerns": ["Concerns about the child (please give details)", "Safeguarding worries - please describe", "Pryderon diogelu / Safeguarding concerns (give as much detail as you can)", "Any other concerns?"],
        "known": ["Known to CSC? - please tick", "Open to social care (tick one)?", "Yn hysbys i ofal cymdeithasol? / Known to CSC?", "Child known to children's social care"],
        "parent_contact": ["Parent / carer name and phone (work)", "Parent contact details (office hours)", "Manylion rhiant / Parent details", "Who is the parent or carer?"],
    },
    "mash-notice": {
        "name": ["Young person's name (in full)", "Name (YP) (first name and surname)", "Enw'r person ifanc / YP name", "Name of the young person (block capitals)"],
        "dob": ["YP DOB (day month year)", "Young person's date of birth - enter full date", "Dyddiad geni'r person ifanc / YP DOB", "DOB (full date)"],
        "date": ["Mediation held on (day month year)", "Date of mediation - enter full date", "Dyddiad y cyfryngu / Mediation date", "When was the mediation (full date)?"],
        "outcome": ["Mediation outcome - prevented (please give details)", "Outcome of mediation - please describe", "Canlyniad y cyfryngu / Outcome", "What was agreed at mediation (continue overleaf if needed)?"],
        "agency": ["Agency (mediation) (please state)", "Mediation service (if known)", "Gwasanaeth cyfryngu / Mediation service", "Mediating organisation (please specify)"],
    },
    "void": {
        "provider": ["Provider (name) (please state)", "Organisation name (provider) (if known)", "Enw'r darparwr / Provider name (as recorded)", "Provider returning"],
        "week": ["Week commencing Monday (day month year)", "Return for w/c - enter full date", "Wythnos yn cychwyn / Week commencing", "W/c (Monday) (full date)"],
        "ref": ["Property reference (please state)", "Unit ID (if known)", "Cyfeirnod yr eiddo / Property reference", "Scheme code (please specify)"],
        "locality": ["District / locality (please state)", "Town (if known)", "Ardal / District", "Locality (please specify)"],
        "service": ["Service type (please state)", "Service (age group)", "Math o wasanaeth / Service type (as recorded)", "Type of scheme (please specify)"],
        "total": ["Total units (no.)", "Units (total) (number)", "Cyfanswm unedau / Total units - count", "Number of units (figure)"],
        "occupied": ["Units occupied (no.)", "Occupied (units) (number)", "Unedau llawn / Units occupied", "Number occupied (figure)"],
        "vacant": ["Units vacant (no.)", "Vacant (units) (number)", "Unedau gwag / Units vacant", "Number vacant (figure)"],
        "available": ["Available from (day month year)", "Vacancy available date", "Ar gael o / Available on", "Date available (full date)"],
        "emergency": ["Emergency bed - please tick", "Emergency bed available (tick one)?", "Gwely brys ar gael? / Emergency bed?", "Emergency bed Y/N (answer yes or no)"],
        "notes": ["Notes / comments (please give details)", "Comments (provider) - please describe", "Nodiadau'r darparwr / Provider notes", "Other notes (continue overleaf if needed)"],
    },
}

TITLES = {
    "referral-emergency": ["Emergency Referral for Supported Accommodation (16-25)",
                           "Atgyfeiriad Brys am Lety â Chymorth / Emergency Supported Accommodation Referral",
                           "Urgent Accommodation Referral - Young Person", "Emergency Bed Request - Young People's Pathway"],
    "referral-non-emergency": ["Supported Accommodation Referral - Planned",
                               "Atgyfeiriad Llety wedi'i Gynllunio / Planned Accommodation Referral",
                               "Young Person's Supported Housing Application", "Pathway Referral Form (Planned Move)"],
    "risk": ["Risk Concern - Provider Unable to Offer", "Pryder Risg - Darparwr yn Methu Cynnig Lle / Risk Concern - Provider Cannot Offer",
             "Provider Risk Concern Notification", "Referral Response: Provider Risk Concern"],
    "safeguarding": ["Safeguarding Incident Notification (Supported Housing)", "Hysbysiad Digwyddiad Diogelu / Safeguarding Incident Notice",
                     "Incident Report - Young Person in Supported Accommodation", "Provider Incident Form"],
    "intelligence": ["Intelligence Submission (Partner Agency)", "Cyflwyno Gwybodaeth / Submitting Intelligence",
                     "Partner Information Report", "Information Sharing - Police and YPSA"],
    "mash": ["MASH Referral - 16/17 Homeless", "Atgyfeiriad MASH 16/17 Digartref / MASH Referral 16-17 Homeless",
             "Homeless 16/17 Year Old - Referral to MASH", "Housing and Children's Services MASH Referral"],
    "mash-notice": ["Notice of Mediation Outcome (16/17)", "Hysbysiad Canlyniad y Cyfryngu / Notice of Mediation Outcome",
                    "Homelessness Prevented - Mediation Notice", "Prevention Team: Mediation Outcome"],
    "void": ["Voids Return (weekly)", "Ffurflen Lleoedd Gwag Wythnosol / Weekly Voids Return", "Weekly Bed Vacancies",
             "Supported Accommodation Voids"],
}

SUBJECTS = {
    "referral-emergency": ["URGENT referral - {initials} - needs a bed today", "FW: emergency referral for {initials}",
                           "RE: {initials} needs somewhere tonight", "Atgyfeiriad brys - {initials}"],
    "referral-non-emergency": ["Planned referral for {initials} - for next panel", "FW: referral {initials} for panel",
                               "RE: supported housing referral - {initials}", "Atgyfeiriad wedi'i gynllunio - {initials}"],
    "risk": ["{ref} - risk concern from provider", "FW: risk concern {ref}", "RE: referral {ref} - we cannot accept",
             "Provider risk concern form for referral {ref}"],
    "safeguarding": ["Safeguarding incident - {property} - provider report", "FW: incident report from {property}",
                     "RE: incident at {property} overnight", "Incident notification for {property}"],
    "intelligence": ["Intel submission from partner", "FW: information for police please", "Partner info report",
                     "Cyflwyno gwybodaeth / Intel"],
    "mash": ["New MASH referral for {initials} today", "FW: 16/17 homeless - {initials} - MASH", "RE: MASH - {initials}",
             "Atgyfeiriad MASH - {initials}"],
    "mash-notice": ["Mediation successful for {initials} - no longer homeless", "FW: mediation outcome {initials}",
                    "RE: {initials} - homelessness prevented", "Canlyniad cyfryngu - {initials}"],
    "void": ["{provider} voids for week commencing {week}", "FW: voids return {provider} w/c {week}", "Weekly voids from {provider}, {week}",
             "RE: vacancies w/c {week} ({provider})"],
    "other": ["Fire drill on Tuesday", "FW: new printer codes", "RE: leaving do for Sue", "Supervision dates for December"],
}

INTROS = ["Morning all, hope you're well.", "Hi intake team,", "Dear duty worker,", "Prynhawn da i chi gyd / Good afternoon all,",
          "Hiya duty,", "Good morning to the team,"]
SIGNOFFS = ["Thank you for your help with this,", "Regards from all of us here,", "Diolch am eich help gyda hyn,", "Many thanks and kind regards,",
            "Best regards and thank you,", "Speak soon, hopefully,"]
COVERING = ["Please find the completed form attached, signed off by my manager.",
            "Form attached - the first page is the one you need.",
            "Attached as requested on the phone this morning.",
            "Dyma'r ffurflen / here is the form.",
            "Attached is the form; I have saved a copy on the case file."]
FOOTERS = [
    "Personal Adviser | Leaving Care Service\nCounty Hall, Oxford\nT: 01865 816 000 | M: 07700 900 622\n"
    "My working days are Tuesday to Friday.",
    "Support Worker\nYoung People's Supported Housing\nOffice line 01235 700 200 (staffed 24/7)\n"
    "Registered in England and Wales, charity no. 1088888",
    "Swyddog Tai / Housing Officer\nGwasanaeth Tai / Housing Service\nRwy'n croesawu galwadau yn Gymraeg / "
    "I welcome calls in Welsh",
    "Practice Manager - Adolescent Team\nIf this is urgent please call the duty line rather than emailing me.",
    "Night Support Worker | On shift 10pm-8am\nFor day-time queries please contact the scheme manager.",
]
DISCLAIMER_CHANCE = 0.6
DISCLAIMERS = [
    "This message and any files sent with it are confidential and intended solely for the person or organisation to "
    "whom it is addressed. If you are not the intended recipient, you must not copy, distribute or use it. Please "
    "tell us and delete the message.",
    "Classification: OFFICIAL-SENSITIVE. Do not forward outside the organisations party to the information sharing "
    "protocol without the author's consent.",
    "Gall y neges hon gynnwys gwybodaeth sensitif. / This message may contain sensitive information. Emails to and "
    "from the Council may be monitored.",
    "Please consider the environment before printing. We have checked this email for viruses but cannot accept "
    "responsibility for any damage caused.",
]
THREAD_CHANCE = 0.35
THREADS = [
    "-----Original Message-----\nFrom: Duty Senior\nSent: 02 December 2026 08:55\nSubject: RE: referral\n\n"
    "Please send the full form. The twin brother is already placed, so this one is just for his sister.",
    "From: Panel Coordinator\nSent: Tuesday 15:20\nSubject: panel dates\n\n> The next panel sits on the 16th; the "
    "assessment from October and the signed consent form should go with the referral.",
    "On Thu, 26 Nov 2026 at 11:02, YPSA Intake wrote:\n> Thanks for the call. Please send us the form, and let us "
    "know the mum's details and the GP if you have them.",
]
FORWARD_CHANCE = 0.35
FORWARD_STYLES = ["outlook-fw", "outlook-full", "outlook-fw", "gmail"]
FORWARD_CC = ["Adolescent Team Manager", "Leaving Care Team Manager", "Duty Senior; Housing Options Lead",
              "Scheme Manager"]
FORWARDS = [
    "Please see below from my worker - I've authorised it.",
    "This came to me but is for your team. Forwarding on.",
    "Forwarding for your action please. Happy to discuss.",
    "See the form below, manager approval given.",
    "Ymlaen i chi / forwarding to you. Diolch.",
]

PEOPLE = {
    "first": ["Gethin", "Eleri", "Osian", "Lowri", "Jakub", "Natalia", "Ayaan", "Safiya", "Kian", "Courtney", "Reece",
              "Shannon", "Deio", "Caoimhe", "Blessing", "Chidi", "Mason", "Ruby-Mae", "Tegan", "Harvey"],
    "last": ["Jenkins", "Howells", "Lewandowski", "Zielińska", "Hussain", "Begum", "Doherty", "Nwosu", "Ap Rhys",
             "Powell", "Gallagher", "Morgan", "Eze", "Kavanagh", "Griffiths", "Nowicki", "Farah", "Barker", "O'Sullivan", "Vaughan"],
}

VALUE_STYLES = {
    "dates": ["d/m/yyyy", "dth Month yyyy", "dd-mm-yy", "dd/mm/yyyy", "d Mon yyyy", "iso", "dd Mon yyyy", "d.m.yyyy",
              "ddd dd/mm/yyyy"],
    "times": ["HH:MM", "h:mm pm", "HHMM", "HH.MM hrs", "h.mmam", "HH:MM (24hr)"],
    "yes": ["Yes", "Y", "yes", "\u2713", "YES", "Yes - given"],
    "no": ["No", "N", "no", "NO"],
    "blanks": ["", "\u00a0", "-", "n/a", "unknown", "None"],
    "joiners": ["{d} {t}", "{d} at {t}", "{d}, {t}", "{t}, {d}"],
}

HEADING_CHANCE = 0.7
HEADINGS = {
    "Section 1 - About the young person": ["Section A - Young person", "Adran A: Y person ifanc / Section A: Young person",
                                           "ABOUT THE YOUNG PERSON", "1) Young person"],
    "Section 2 - Referrer": ["Section B - Referrer", "Adran B: Yr atgyfeiriwr / Section B: Referrer",
                             "ABOUT THE REFERRER", "2) Referrer"],
    "referral.sw": ["Section B2 - Named worker", "Gweithiwr dynodedig / Named worker", "NAMED WORKER", "2a) Named worker"],
    "Section 3 - Family Group Conference and diversion": ["Section C - Family and prevention",
                                                          "Adran C: Teulu / Section C: Family", "FAMILY AND PREVENTION",
                                                          "3) Family and prevention"],
    "Section 4 - Reason for referral and risks": ["Section D - Reasons and risks", "Adran D: Rhesymau / Section D: Reasons",
                                                  "REASONS, RISKS, SUPPORT", "4) Reasons and risks"],
    "Young person": ["Section A - Resident", "Y preswylydd / Resident", "ABOUT THE RESIDENT", "1) Resident"],
    "The incident": ["Section B - What happened", "Beth ddigwyddodd / What happened", "ABOUT THE INCIDENT", "2) Incident"],
    "sg.provider": ["Provider", "Y darparwr / Provider", "ABOUT THE PROVIDER", "0) Provider"],
    "sg.sw": ["Named worker", "Gweithiwr / Worker", "COUNCIL WORKER", "1a) Council worker"],
    "risk.referral": ["The referral", "Yr atgyfeiriad / Referral", "REFERRAL DETAILS", "1) Referral"],
    "risk.concern": ["Our concern", "Ein pryder / Our concern", "RISK CONCERN", "2) Concern"],
    "intel.you": ["Officer", "Y swyddog / Officer", "ABOUT YOU", "1) Officer"],
    "intel.info": ["Intelligence", "Gwybodaeth / Intelligence", "THE INTELLIGENCE", "2) Intelligence"],
    "mash.yp": ["Young person", "Person ifanc / Young person", "ABOUT THE CHILD", "1) Young person"],
    "mash.agency": ["Referring agency", "Asiantaeth / Agency", "ABOUT THE REFERRER", "2) Referring agency"],
    "mash.housing": ["Housing", "Tai / Housing", "HOUSING AND FAMILY", "3) Housing and family"],
}

CHOICE_BOXES = 0.5
BOX_MARKS = [("\u2611 ", "\u2610 "), ("[\u2713] ", "[  ] "), ("\u25cf ", "\u25cb "), ("X ", "_ ")]

NEEDED_CHANCE = 0.3
NEEDED_STYLES = ["{asap}{d} - today or tomorrow please", "{today}Tonight - {d}", "{planned}{d} (agreed with the YP)",
                 "By {d} at the latest", "{monday}Monday {d}"]

WELSH = {
    "referral": {"name": "Enw'r person ifanc", "dob": "Dyddiad geni", "gender": "Rhyw", "lcs": "Cyfeirnod LCS",
                 "address": "Cyfeiriad", "locality": "Ardal", "legal_status": "Statws cyfreithiol",
                 "uasc": "Ceisiwr lloches", "parent": "Rhiant", "ref_name": "Atgyfeiriwr", "ref_role": "Teitl swydd",
                 "ref_org": "Tîm", "ref_email": "E-bost", "ref_phone": "Ffôn", "sw_name": "Gweithiwr dynodedig",
                 "sw_email": "E-bost y gweithiwr", "fgc": "Cynhadledd Grŵp Teulu", "fgc_date": "Dyddiad y gynhadledd",
                 "diversion": "Atal digartrefedd", "reason": "Rhesymau", "safety": "Diogelwch", "risk_self": "Risg iddo'i hun",
                 "risk_others": "Risg i bobl eraill", "risk_from": "Risg gan bobl eraill", "exploitation": "Camfanteisio",
                 "substance": "Cyffuriau ac alcohol", "offending": "Troseddu", "mental_health": "Iechyd meddwl",
                 "support": "Cymorth", "needed": "Dyddiad angen", "consent": "Caniatâd"},
    "risk": {"ref": "Cyfeirnod", "provider": "Darparwr", "yp": "Person ifanc", "risk": "Risg", "why": "Rheswm",
             "enable": "Adnoddau"},
    "safeguarding": {"provider": "Darparwr", "property": "Eiddo", "name": "Person ifanc", "dob": "Dyddiad geni",
                     "lcs": "LCS", "sw_name": "Gweithiwr", "sw_email": "E-bost", "date": "Dyddiad", "time": "Amser",
                     "when": "Pryd", "category": "Categori", "severity": "Difrifoldeb", "description": "Disgrifiad",
                     "actions": "Camau", "police_ref": "Heddlu"},
    "intelligence": {"agency": "Asiantaeth", "worker": "Swyddog", "role": "Swydd", "email": "E-bost", "phone": "Ffôn",
                     "when": "Pryd", "date": "Dyddiad", "time": "Amser", "location": "Lleoliad", "persons": "Pobl",
                     "vehicles": "Cerbydau", "information": "Gwybodaeth", "source": "Ffynhonnell", "grading": "Gradd",
                     "handling": "Trin"},
    "mash": {"name": "Enw", "dob": "Dyddiad geni", "address": "Cyfeiriad", "agency": "Asiantaeth", "status": "Statws",
             "mediation": "Cyfryngu", "mediation_outcome": "Canlyniad", "concerns": "Pryderon", "known": "Hysbys",
             "parent_contact": "Rhiant"},
    "mash-notice": {"name": "Enw", "dob": "Dyddiad geni", "date": "Dyddiad", "outcome": "Canlyniad", "agency": "Asiantaeth"},
}
WELSH_TABLE_HEADERS = [("Cymraeg", "Saesneg / English", "Ymateb / Response"), ("Maes", "Field", "Ateb / Answer")]

TICK_MARKS = [("\u2713", ""), ("\u2612", "\u2610"), ("Y", "")]
TICK_COLUMNS = [("Yes", "No"), ("Ydy / Yes", "Nac ydy / No")]
TICK_HEADERS = ["Tick one", "Please tick the box", "Ticiwch un / Tick one"]

ANSWER_COLOURS = ["#0070c0", "#008000", "#c55a11"]
TICK_PAIRS = [("\u2611", "\u2610"), ("(X)", "( )"), ("\u25a0", "\u25a1")]
TICK_WORDS = [("Yes", "No"), ("Do", "Naddo"), ("YES", "NO")]

BESIDE_CHANCE = 0.55
BESIDE = {
    "referral": {
        "name": [("Twin / sibling", "{person} (not being referred)"), ("Father's name", "{person}"),
                 ("Registered GP", "Dr {person}, Horsefair Surgery"),
                 ("Brother or sister also in care", "{person} - in residential care")],
        "dob": [("Date referral made", "{today}"), ("Date of the needs assessment", "{week}"),
                ("Date of last LAC review", "{month}")],
        "fgc_date": [("Date of last family meeting", "{week}"), ("Date of strategy discussion", "{month}")],
        "reason": [("Alleged perpetrator", "{person}, known to police"),
                   ("Other adult in the home", "{person} (stepfather)")],
        "needed": [("Form signed on", "{today}"), ("Current placement started", "{year}"),
                   ("Manager authorised on", "{today}")],
    },
    "safeguarding": {
        "name": [("Other young person involved", "{person}"), ("Alleged perpetrator", "{person}, not a resident"),
                 ("Family member informed", "{person} (dad) by phone")],
        "dob": [("Moved into scheme on", "{year}"), ("Risk assessment last reviewed", "{month}")],
        "date": [("Reported to the council on", "{today}"), ("Report written on", "{today}")],
        "when": [("Reported to the council on", "{today}"), ("Report written on", "{today}")],
        "description": [("Staff witness", "{person}, support worker")],
    },
    "mash": {
        "name": [("Brother / sister", "{person} (aged 11, at home)"), ("Child's GP", "Dr {person}")],
        "dob": [("Date seen by housing", "{today}"), ("Date of assessment", "{week}")],
    },
    "intelligence": {
        "persons": [("Witnessed by", "{person}")],
        "date": [("Form completed on", "{today}")],
        "when": [("Form completed on", "{today}")],
    },
    "mash-notice": {
        "dob": [("Referral received on", "{month}")],
    },
}

ATTACHMENT_NAMES = {
    "referral": ["Referral {i} - final", "SAR form {i}", "Referral_form_completed_{i}", "Atgyfeiriad_{i}"],
    "risk-concern": ["Risk concern {i} (provider)", "Decline - risk {i}"],
    "safeguarding-incident": ["Incident form {i}", "SG notification {i}"],
    "intelligence-submission": ["Intel form {i}", "Information report {i}"],
    "mash-referral": ["MASH form {i}", "MASH 16-17 {i}"],
    "mash-notice": ["Mediation notice {i}", "Prevention outcome {i}"],
    "void-return": ["Weekly voids {i}", "Vacancies {i}"],
}

TEXTS = {
    "diversion": [
        "Family support worker visited weekly since October; dad refuses to let the YP return. Grandmother too unwell "
        "to offer a home.",
        "A short break with an uncle was tried but ended after three nights. Mediation offered and turned down by mum.",
        "Staying Put explored with the foster carer but the room is needed for a younger child.",
        "Prevention worker and school have both tried to repair the relationship at home without success.",
    ],
    "reason": [
        "{yp} was told to leave by stepdad on Friday after an argument about money that ended with police attending. "
        "{yp} has been staying with a school friend whose family cannot keep {yp} beyond this week, and the "
        "younger brother at home is safe and not part of this request.",
        "{yp} is eighteen next month and the residential placement ends on that date. {yp} wants to stay close to "
        "the college course and the football club, and needs support to learn to manage a tenancy.",
        "Arguments at home over {yp}'s drinking have escalated; mum reports being pushed twice and has asked "
        "children's services to find {yp} somewhere else to live.",
        "{yp} has been living in a caravan on a family friend's land which has no heating or running water, and "
        "the friend has now asked {yp} to move out.",
        "{yp} returns from a secure unit soon and the pathway plan recommends a staffed scheme close to the "
        "youth justice team before any move to independence.",
    ],
    "safety": [
        "Stepdad has said {yp} will be hurt if {yp} turns up at the house again, and {yp} has nowhere else tonight.",
        "{yp} spent last night in a tent by the canal and was offered a room by a man {yp} met online.",
        "The school friend's family have said tonight is the last night and no relatives can help.",
        "Police found {yp} asleep in a bus shelter at 3am and took {yp} to the police station as a place of safety.",
    ],
    "risks": {
        "risk_self": ["Cut arms in the spring, none since; has a safety plan with the GP.",
                      "Stops eating when anxious; no self-harm disclosed recently.",
                      "One overdose last year, seen by the crisis team and discharged."],
        "risk_others": ["Has shouted at staff when frustrated; no physical aggression recorded.",
                        "Caution for assault on a sibling two years ago.",
                        "No risk to others recorded by the team."],
        "risk_from": ["Adults linked to drug supply have been seen with the YP in the park.",
                      "Stepdad (see above) - police have been informed.",
                      "A former partner has sent threatening messages."],
        "exploitation": ["NRM decision pending; CCE risk assessed as high in September.",
                         "Screened for CSE last year, assessed as medium.",
                         "Missing episodes with unexplained gifts and a new phone - screening booked."],
        "substance": ["Cannabis most evenings, usually in the park after college.", "Drinks alcohol at weekends, sometimes to excess.",
                      "The team have no knowledge of any drug or alcohol use."],
        "offending": ["Youth conditional caution for theft, ends in March.", "Not known to the youth justice service.",
                      "Arrested for criminal damage in the summer, released under investigation."],
        "mental_health": ["Diagnosed with autism and anxiety; struggles with change.",
                          "Waiting for an adult mental health assessment.",
                          "CAMHS involvement ended in the summer after the YP disengaged."],
    },
    "support": [
        "Help to register with a local GP, support with budgeting and a keyworker to help with college attendance.",
        "Staffed scheme with night cover; prompting with medication and daily living skills.",
        "Help with cooking, bills and claiming Universal Credit, and support to open a bank account.",
        "Emotional support, and help to keep contact with the younger sister in foster care.",
    ],
    "risk_unable": [
        "The scheme is staffed during the day only, and the overnight self-harm risk in the referral needs staff on site.",
        "Another resident is the young person's co-accused in an ongoing court case.",
        "Our only vacancy is a shared flat with a young woman who has made a complaint about the young person.",
        "The referral mentions recent fire setting and our lease does not allow residents with a fire risk.",
        "The young person's alleged abuser lives two doors from our only empty unit.",
    ],
    "risk_why": [
        "A single worker on site after eight at night cannot respond safely to a crisis.",
        "Placing them together would put both young people and the staff at increased risk.",
        "We cannot complete a risk assessment without the full chronology from the council.",
        "None of the staff team are trained to manage the medication the referral describes.",
    ],
    "risk_enable": [
        "Funding for an additional waking night worker for the first two months.",
        "A unit in our town-centre scheme is due to become vacant in January; we could look again then.",
        "A multi-agency risk meeting including the police before the move.",
        "A new fire risk assessment and a fire service home safety visit before the move.",
    ],
    "incident": {
        "Missing": [
            "{yp} went out after tea saying they were meeting a friend and did not come back by the curfew. Staff "
            "tried the mobile several times without an answer and reported {yp} missing to the police before midnight.",
            "{yp} was not in their room at the night check. Another resident said {yp} had taken a bus to Swindon "
            "with two older lads. {yp} came back the next afternoon.",
        ],
        "Exploitation": [
            "Staff saw {yp} collected by a black hatchback three times in one evening, each time returning within ten "
            "minutes. {yp} now has expensive clothes and refused to explain where the money came from.",
            "A resident told staff that {yp} is storing drugs in their room for someone and is frightened about owing money.",
        ],
        "Self-harm": [
            "{yp} told the night worker that they had cut their thigh with a broken mirror. Staff cleaned the wounds "
            "and {yp} agreed to attend the walk-in centre in the morning.",
            "{yp} was found in their room having swallowed a quantity of ibuprofen. An ambulance was called and "
            "{yp} was kept in hospital overnight.",
        ],
        "Violence": [
            "A row in the lounge about the television led to {yp} throwing a mug that hit another resident on the "
            "arm. Staff separated them and the injury was a bruise.",
            "{yp} punched a hole in the office wall after being told that a friend could not stay the night.",
        ],
        "Allegation against staff": [
            "{yp} alleges that an agency worker pushed them against a wall during an argument about noise. The "
            "worker has been stood down while the LADO is consulted.",
            "{yp} says a support worker has offered them lifts and cigarettes outside working hours.",
        ],
        "Police involvement": [
            "Police attended with a warrant and searched {yp}'s flat; a knife was found and {yp} was arrested.",
            "{yp} was detained by police in the retail park on suspicion of shoplifting and released later that night.",
        ],
        "Hospital admission": [
            "{yp} had a seizure in the kitchen and was taken to hospital by ambulance, where they were admitted.",
            "{yp} was assaulted in town, came back with a head injury and was admitted to hospital for scans.",
        ],
        "Other": [
            "A resident's room was flooded when {yp} left a bath running upstairs; two rooms are now out of use.",
            "{yp}'s father arrived at the scheme shouting threats at staff and left before the police came.",
        ],
    },
    "actions": [
        "On-call manager told, missing report made to police, social worker emailed; return home interview requested.",
        "First aid given and recorded, GP appointment made, support plan reviewed the same day.",
        "Police called and log number recorded, incident logged, parents informed by the scheme manager.",
        "Residents spoken to separately, extra checks overnight, risk assessment updated the next morning.",
    ],
    "intel_urgent": [
        "{yp} has just phoned the office in tears saying {p} is waiting at the bus stop outside with a knife and "
        "has said he will cut {yp} as soon as they come out. Staff can see him there now.",
        "Another resident has told us that {p} is taking {yp} in his car right now to a flat in Slough to settle a "
        "drug debt, and {yp} has messaged saying they think they will be hurt.",
        "{p} has kicked in the front door within the last few minutes looking for {yp} and is threatening to set "
        "fire to the building. Residents are locked in their rooms.",
    ],
    "intel_routine": [
        "Over the past few weeks staff have seen {p} parked near the scheme on Saturday nights. {yp} gets into the "
        "car for a few minutes and then returns. No threats observed; passed on for awareness.",
        "During a key session in the autumn {yp} mentioned that {p} had offered them cash to carry bags. {yp} says "
        "they said no. Nothing more has been heard since.",
        "A neighbour told staff that a van linked to {p} has been seen on the estate late at night on several "
        "occasions this year. Shared for the police picture; nothing suggests any danger now.",
        "Old information from a former resident suggests {p} used a garage behind the shops to store stolen bikes "
        "last winter. Not current; passed on for completeness.",
    ],
    "mediation_outcome": [
        "Three sessions held; dad agreed {yp} could come home with a written agreement but this lasted only days.",
        "Mum came once and said she will not have {yp} back under any circumstances.",
        "The session was stopped when an argument started; nothing was agreed.",
    ],
    "mash_concerns": [
        "Concerned about where the young person is staying; he has mentioned an older man who gives him money.",
        "Not attending school for a month and the school nurse has noticed weight loss.",
        "The younger sister has told her teacher that the parents fight and the police have been called.",
        "Seen with adults known to police for supplying class A drugs.",
    ],
    "prevented": [
        "After mediation {yp} has gone home to dad with a family agreement and weekly visits from the prevention worker.",
        "{yp} will live with an aunt under a family arrangement; the early help worker will stay involved.",
        "Mum and {yp} agreed house rules at the first session and {yp} moved home the same evening.",
    ],
    "void_notes": ["", "", "One room out of use (damp)", "Male only this week", "Wheelchair accessible unit",
                   "Awaiting new furniture", "Reserved for a planned move"],
    "other_body": [
        "There is a fire drill on Tuesday at 11. Please leave by the nearest exit and meet in the car park. Nothing to "
        "process for intake.",
        "The new printer codes are attached to this message. Please do not share them outside the team.",
        "We are having a leaving do for Sue on Friday at the pub across the road from 5pm. All welcome.",
        "Supervision dates for December are now in your calendars; let me know if any clash with visits.",
    ],
}
