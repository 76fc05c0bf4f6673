# Label sets ("templates") used by the w19 voices.

# North Wales council, Welsh-first referral (Cyngor Bwrdeistref Sirol Eryri Fach - fictional)
REF_WELSH = [
    ("Adran A / Section A - Math o atgyfeiriad / Type of referral", [
        ("VARIANT", "Brys neu ddim yn frys? / Emergency or non-emergency?"),
        ("DATE_NEEDED", "Dyddiad angen llety / Date accommodation needed"),
    ]),
    ("Adran B / Section B - Am y person ifanc / About the young person", [
        ("FULL_NAME", "Enw llawn / Full name"),
        ("DATE_OF_BIRTH", "Dyddiad geni / Date of birth"),
        ("GENDER", "Rhyw / Gender"),
        ("LCS_NUMBER", "Rhif achos (LCS/WCCIS) / Case number (LCS)"),
        ("ADDRESS", "Cyfeiriad presennol / Current address"),
        ("LOCALITY", "Ardal a ffefrir / Preferred locality"),
        ("LEGAL_STATUS", "Statws cyfreithiol / Legal status (plentyn sy'n derbyn gofal, ymadawr gofal, plentyn mewn angen, ddim yn hysbys / looked after, care leaver, child in need, not known to social care)"),
        ("UASC", "Plentyn ar ei ben ei hun sy'n ceisio lloches? / UASC?"),
        ("PARENT", "Ydy'r person ifanc yn rhiant? / Is the young person a parent?"),
    ]),
    ("Adran C / Section C - Atgyfeiriwr / Referrer", [
        ("REFERRER_NAME", "Enw / Name"),
        ("REFERRER_ROLE", "Swydd / Role"),
        ("REFERRER_TEAM", "Sefydliad a thîm / Organisation and team"),
        ("REFERRER_EMAIL", "E-bost / Email"),
        ("REFERRER_PHONE", "Ffôn / Phone"),
        ("SOCIAL_WORKER_NAME", "Gweithiwr cymdeithasol neu PA (os nad yr atgyfeiriwr) / Social worker or PA (if not the referrer)"),
        ("SOCIAL_WORKER_EMAIL", "E-bost y gweithiwr cymdeithasol / Social worker email"),
    ]),
    ("Adran Ch / Section D - Teulu a dargyfeirio / Family and diversion", [
        ("FGC_OFFERED", "Cynigiwyd Cynhadledd Grŵp Teulu? / Family Group Conference offered?"),
        ("FGC_DATE", "Dyddiad y gynhadledd / Date of FGC"),
        ("DIVERSION", "Dargyfeirio (teulu a ffrindiau, cyfryngu) / Diversion explored (family and friends, mediation)"),
    ]),
    ("Adran D / Section E - Atgyfeiriad a risg / Referral and risk", [
        ("REASON", "Rheswm dros atgyfeirio / Reason for referral"),
        ("SAFETY_CONCERN", "Pryder diogelwch uniongyrchol / Immediate safety concern (atgyfeiriadau brys yn unig / emergency referrals only)"),
        ("RISKS", "Risgiau / Risks (i'r hunan, i eraill, gan eraill, camfanteisio, sylweddau, troseddu, iechyd meddwl / to self, to others, from others, exploitation, substance misuse, offending, mental health)"),
        ("SUPPORT_NEEDS", "Anghenion cymorth / Support needs"),
    ]),
    ("Adran Dd / Section F - Caniatâd / Consent", [
        ("CONSENT", "Caniatâd i atgyfeirio a rhannu gwybodaeth / Consent to referral and information sharing"),
    ]),
]

# Probation-officer style (used inside a council worker's forwarded mail / attachment)
REF_PROBATION = [
    ("PART 1 - REFERRAL TYPE", [
        ("VARIANT", "Referral type (Emergency / Non-emergency)"),
        ("DATE_NEEDED", "Date accommodation required from"),
    ]),
    ("PART 2 - PERSON ON PROBATION / YOUNG PERSON", [
        ("FULL_NAME", "Full name (as on nDelius)"),
        ("DATE_OF_BIRTH", "D.O.B."),
        ("GENDER", "Gender"),
        ("LCS_NUMBER", "LCS no. (if known to CSC)"),
        ("ADDRESS", "Current address / NFA"),
        ("LOCALITY", "Preferred area (note any exclusion zones)"),
        ("LEGAL_STATUS", "Legal status with Children's Services"),
        ("UASC", "UASC (Y/N)"),
        ("PARENT", "Parent (Y/N)"),
    ]),
    ("PART 3 - REFERRER", [
        ("REFERRER_NAME", "Referring officer"),
        ("REFERRER_ROLE", "Role / grade"),
        ("REFERRER_TEAM", "Office / team"),
        ("REFERRER_EMAIL", "Email"),
        ("REFERRER_PHONE", "Tel"),
        ("SOCIAL_WORKER_NAME", "Allocated SW / PA (if not referrer)"),
        ("SOCIAL_WORKER_EMAIL", "SW / PA email"),
    ]),
    ("PART 4 - FAMILY", [
        ("FGC_OFFERED", "Has a Family Group Conference been offered? (Y/N)"),
        ("FGC_DATE", "FGC date"),
        ("DIVERSION", "Family / friends / mediation explored (give detail)"),
    ]),
    ("PART 5 - NEED AND RISK", [
        ("REASON", "Reason for referral"),
        ("SAFETY_CONCERN", "Immediate safety concern (emergency referrals)"),
        ("RISKS", "Risk summary (self / others / from others / exploitation / substances / offending / MH) - incl. licence conditions, MAPPA level"),
        ("SUPPORT_NEEDS", "Support needs"),
    ]),
    ("PART 6 - CONSENT", [
        ("CONSENT", "Consent to referral and info sharing (Y/N - if N state the safeguarding basis)"),
    ]),
]

# English Leaving Care / Children's Services (Wealdmoor County Council - fictional)
REF_LC = [
    ("Section A - About the young person", [
        ("FULL_NAME", "Young person's full name"),
        ("DATE_OF_BIRTH", "Date of birth"),
        ("GENDER", "Gender"),
        ("LCS_NUMBER", "LCS number (optional)"),
        ("ADDRESS", "Current address (where they are staying tonight)"),
        ("LOCALITY", "Preferred locality (Cherwell / West Oxfordshire / Oxford City / South Oxfordshire / Vale of White Horse / Out of county)"),
        ("LEGAL_STATUS", "Legal status (looked after / care leaver / child in need / not known to social care)"),
        ("UASC", "Unaccompanied asylum-seeking child?"),
        ("PARENT", "Is the young person a parent or expecting?"),
    ]),
    ("Section B - Referrer details", [
        ("REFERRER_NAME", "Referrer name"),
        ("REFERRER_ROLE", "Role"),
        ("REFERRER_TEAM", "Organisation / team"),
        ("REFERRER_EMAIL", "Email"),
        ("REFERRER_PHONE", "Phone"),
        ("SOCIAL_WORKER_NAME", "Social worker / PA name (if not the referrer)"),
        ("SOCIAL_WORKER_EMAIL", "Social worker / PA email"),
    ]),
    ("Section C - Type of referral", [
        ("VARIANT", "Emergency or non-emergency"),
        ("DATE_NEEDED", "Date accommodation needed"),
    ]),
    ("Section D - Family Group Conference and diversion", [
        ("FGC_OFFERED", "Family Group Conference offered? (must be Yes for non-emergency referrals)"),
        ("FGC_DATE", "Date of FGC (offered or held)"),
        ("DIVERSION", "What has been explored with family and friends, and has mediation been tried?"),
    ]),
    ("Section E - Why is supported accommodation needed?", [
        ("REASON", "Reason for referral"),
        ("SAFETY_CONCERN", "Immediate safety concern (emergency referrals only - why can they not stay where they are tonight?)"),
        ("RISKS", "Risks (to self, to others, from others, exploitation, substance misuse, offending, mental health)"),
        ("SUPPORT_NEEDS", "Support needs"),
    ]),
    ("Section F - Consent", [
        ("CONSENT", "Does the young person consent to this referral and to information being shared?"),
    ]),
]

# MASH referral - Welsh-first council housing
MASH_WELSH = [
    ("Rhan 1 / Part 1 - Y person ifanc / The young person", [
        ("NAME", "Enw / Name"),
        ("DATE_OF_BIRTH", "Dyddiad geni / Date of birth"),
        ("ADDRESS", "Cyfeiriad / Address"),
        ("PARENT_CONTACT", "Rhiant neu warcheidwad - enw a rhif ffôn / Parent or guardian - name and phone"),
    ]),
    ("Rhan 2 / Part 2 - Digartrefedd / Homelessness", [
        ("AGENCY", "Asiantaeth sy'n cyflwyno / Presenting agency"),
        ("STATUS", "Digartref neu dan fygythiad? / Homeless or threatened with homelessness?"),
        ("MEDIATION", "Cyfryngu wedi'i geisio? / Mediation attempted?"),
        ("MEDIATION_DATE", "Dyddiad cyfryngu / Date of mediation"),
        ("MEDIATION_OUTCOME", "Canlyniad / Outcome"),
    ]),
    ("Rhan 3 / Part 3 - Lles a diogelu / Welfare and safeguarding", [
        ("CONCERNS", "Pryderon lles neu ddiogelu / Welfare or safeguarding concerns"),
        ("KNOWN", "Yn hysbys i'r gwasanaethau cymdeithasol? / Known to social care?"),
    ]),
]

MASH_ENG = [
    ("Section A - About the young person", [
        ("NAME", "Name of young person"),
        ("DATE_OF_BIRTH", "Date of birth"),
        ("ADDRESS", "Address (last settled address if homeless)"),
        ("PARENT_CONTACT", "Parent / guardian contact (name, relationship, phone)"),
    ]),
    ("Section B - Housing situation", [
        ("AGENCY", "Presenting agency"),
        ("STATUS", "Is the young person homeless tonight or threatened with homelessness?"),
        ("MEDIATION", "Has mediation been attempted?"),
        ("MEDIATION_DATE", "Date of mediation"),
        ("MEDIATION_OUTCOME", "Outcome of mediation"),
    ]),
    ("Section C - Welfare and safeguarding", [
        ("CONCERNS", "Welfare or safeguarding concerns (include anything the joint assessment needs to know)"),
        ("KNOWN", "Known to Children's Social Care?"),
    ]),
]

RISK = [
    ("Part 1 - Referral details", [
        ("REFERRAL_REFERENCE", "Referral reference (Brokerage / hub / LCS number)"),
        ("PROVIDER", "Provider"),
        ("YOUNG_PERSON", "Young person"),
    ]),
    ("Part 2 - Risk concern", [
        ("RISK", "Q1. What is the risk we are unable to manage? (be specific - behaviour, history, who is at risk)"),
        ("WHY", "Q2. Why can this risk not be managed in our service? (staffing, property, other residents, location)"),
        ("RESOURCES", "Q3. What resources or support would enable us to manage the risk? (e.g. additional hours, waking night, specialist input)"),
    ]),
]

INCIDENT = [
    ("Section A - Service", [
        ("PROVIDER", "Provider"),
        ("PROPERTY", "Property / scheme ref."),
    ]),
    ("Section B - Young person", [
        ("NAME", "Young person's name"),
        ("DATE_OF_BIRTH", "D.O.B."),
        ("LCS_NUMBER", "LCS no."),
        ("WORKER_NAME", "Social worker / Leaving Care PA"),
        ("WORKER_EMAIL", "SW / PA email"),
    ]),
    ("Section C - The incident", [
        ("WHEN", "Date and time of incident"),
        ("CATEGORY", "Category (missing, exploitation, self-harm, violence, allegation against staff, police involvement, hospital admission, other)"),
        ("SEVERITY", "Severity (low / medium / high / critical)"),
        ("DESCRIPTION", "What happened (facts only - who, what, where)"),
        ("ACTIONS", "Immediate actions taken"),
        ("POLICE_REFERENCE", "Police reference / URN (if police attended or informed)"),
    ]),
]

INTEL = [
    ("Section 1 - Submitting agency", [
        ("AGENCY", "Submitting agency"),
        ("WORKER", "Name of worker"),
        ("ROLE", "Role"),
        ("EMAIL", "Contact email"),
        ("PHONE", "Contact phone"),
    ]),
    ("Section 2 - The information", [
        ("WHEN", "Date and time information obtained / relates to"),
        ("LOCATION", "Location (address, street, park, etc.)"),
        ("PERSONS", "Persons involved (name, DOB, description)"),
        ("VEHICLES", "Vehicles (make, model, colour, VRM)"),
        ("INFORMATION", "Information (what, who, when, where - please do not include opinion)"),
    ]),
    ("Section 3 - Evaluation", [
        ("SOURCE", "Source and information grading (if known)"),
        ("HANDLING", "Handling code"),
    ]),
]
