"""Wordings of the fifteenth tuned part (tuned15): office mail as Outlook, Excel and Word make it, to tune against.

Written by the corpus36 author session with heldout12 (the same kinds of layout, wordings of its own): labels, titles,
subjects and free texts share nothing with any other part (bench/variation/check_wordings.py tuned15).
"""
SEED = 58203147
TEXT_EXPECT = True

DOC_LAYOUTS = ["pdf-word", "body-outlook-table", "body-outlook", "docx-bullets", "body-outlook-fw", "pdf-word",
               "body-outlook", "docx-2col", "body-lines", "pdf-word", "body-outlook-fw", "docx-bullets",
               "body-outlook-table", "pdf-text"]
VOID_LAYOUTS = ["xlsx-filtered", "body-excel-paste", "xls-filtered", "xlsx-filtered", "body-excel-paste", "xls",
                "body-html-table", "csv-title"]

VALUE_STYLES = {
    "dates": ["d/m/yyyy", "dd/mm/yyyy", "dth Mon yyyy", "d.m.yy", "dd-mm-yyyy", "d Month yyyy", "ddd d Mon yyyy",
              "dd/mm/yy", "iso"],
    "times": ["HH:MM", "h.mm am", "HHMM", "h:mm pm", "HH:MM hrs"],
    "yes": ["Yes", "Y", "yes", "\u2713", "Yes (confirmed with YP)"],
    "no": ["No", "N", "no", "NO", "None"],
    "blanks": ["", "\u00a0", "N/K", "n/a", "-", "nil"],
    "joiners": ["{d} {t}", "{d}, {t}", "{t} {d}", "{d} at approx {t}"],
}

PEOPLE = {
    "first": ["Zainab", "Kieran", "Lacey", "Mihai", "Hafsa", "Brandon", "Siobhan", "Dawit", "Paige", "Arjun", "Chantelle",
              "Lewys", "Esi", "Jakub", "Tyrese", "Maisie", "Yusuf", "Caitlin", "Femi", "Skye", "Emeka", "Gracie"],
    "last": ["Rahman", "Boateng", "Maguire", "Popescu", "Ali", "Whitlock", "Ni Bhriain", "Tesfaye", "Hughes-Dale",
             "Patel", "Adeyemi", "Cadwaladr", "Owusu", "Kowalczyk", "Thompson", "Lister", "Abdi", "McCann", "Bello",
             "Ferreira"],
}

FOOTERS = [
    "Personal Adviser, 16+ Leaving Care\nM: 07918 220 641 | Agile worker - best on mobile",
    "Family Practitioner | Early Help Locality Team\nT: 01235 474 390",
    "Scheme Manager\nD/L 01869 338 127 | Out of hours 0345 050 7666",
    "Senior Support Worker (nights)\nTel 01993 702 518 ext 22",
]
CONFIDENTIALITY = [
    "The information in this e-mail is confidential and may be legally privileged. It is intended solely for the "
    "addressee. Access to this e-mail by anyone else is unauthorised. If you are not the intended recipient please "
    "contact the sender and delete the message.",
    "OFFICIAL: this message and anything attached to it may hold personal data. Please handle it in line with data "
    "protection law and do not pass it on without the sender's agreement.",
    "Emails sent to and from this organisation are monitored and may be disclosed under the Freedom of Information "
    "Act 2000. Unless stated otherwise, the views expressed are the sender's own.",
]
FORWARD_LINES = [
    "Please see below, forwarding as requested.",
    "Forwarding on - this came to our shared inbox, sorry for the delay.",
    "FYI and for action please. See form in the email below.",
    "Forwarded as agreed at this morning's huddle - original below.",
]
OUTLOOK_PLAIN = 0.4
BULLET_CHANCE = 0.6
BULLET_MARKS = ["- ", "\u2022 ", "o ", "\u2013 ", "\u2022  "]

INTROS = [
    "Hi both,\nForm below as promised - shout if you need anything else.",
    "Good morning,\nPlease see the completed form.",
    "Hello team,\nCompleted paperwork below, thanks for your patience.",
    "Dear all,\nI have filled in the form for the young person below.",
    "Hiya,\nHere's the form, filled in as best I can.",
    "Good evening,\nSending this before I finish for the day.",
]
SIGNOFFS = ["Cheers for your help,", "Regards (duty desk),", "Speak soon - thanks again for picking this up,", "Thank you ever so much, really appreciated,", "Ta very much for sorting,"]
COVERING = [
    "Completed form attached - it was printed straight to PDF from the Word template.",
    "The form is attached, sorry it runs onto a second page.",
    "Attached: the completed form. Please confirm receipt.",
    "Please see the attachment for the full form.",
]
ATTACHMENT_NAMES = {
    "referral": ["SA referral form {i} (final)", "Ref form {i} - YPSA"],
    "risk-concern": ["Provider concern {i}", "Concern form - placement {i}"],
    "safeguarding-incident": ["Incident notification {i}", "SG notification {i} signed"],
    "intelligence-submission": ["Intel report {i}", "Partnership intelligence {i}"],
    "mash-referral": ["MASH request {i}", "16-17 homeless MASH {i}"],
    "mash-notice": ["Mediation outcome notice {i}", "Prevention notice {i}"],
    "void-return": ["Vacancies wc {i}", "Void tracker {i} (filtered)"],
}

SECTION_FIRST = ["About this form", "Section 1", "Form"]
VOID_TOTALS = ["Total", "All properties", "Totals (all)"]
VOID_SHEETS = ["Voids", "Tracker", "This week"]
PAGE_HEADERS = [("Oxfordshire County Council - Children, Education and Families", "OFFICIAL - SENSITIVE"),
                ("Vale of White Horse District Council", "OFFICIAL - SENSITIVE"),
                ("Oxfordshire Young People's Supported Accommodation", "OFFICIAL-SENSITIVE")]
PAGE_NUMBERS = ["Page {page} of {pages}", "- {page} -", "{page} | Page"]
FORM_CODES = ["YPSA-REF-01 v2.3", "CEF/SA/07 (rev. Jan 2026)", "Version 6.0 - 09/2025"]
CONTINUED = ["(continued)", "Continued from previous page", "(cont'd)"]

TITLES = {
    "referral-emergency": ["YPSA Same Day Referral (Emergency)", "Emergency Supported Accommodation Request Form",
                           "Out of Hours / Same Day Housing Referral - Young Person"],
    "referral-non-emergency": ["YPSA Referral - Planned Move", "Supported Accommodation Application (Planned)",
                               "Planned Referral to the Young People's Supported Accommodation Pathway"],
    "risk": ["Provider Notice - Placement Risk Escalation", "Escalation of Risk to Placement (Provider Form)",
             "Risk to Placement Escalation Notice"],
    "safeguarding": ["Provider Safeguarding Notification", "Notification of Safeguarding Incident (Supported Accommodation)",
                     "Safeguarding Notification - Young Person in Placement"],
    "intelligence": ["Partner Agency Intelligence Submission Form (YPSA)", "Intelligence Sharing Form (Partners)",
                     "Shared Intelligence - Partner Submission Form"],
    "mash": ["MASH Enquiry - Homeless 16/17 Year Old", "16 and 17 Year Old Homelessness - MASH Enquiry",
             "Request to MASH - Young Person Aged 16/17 (Homeless)"],
    "mash-notice": ["Mediation Notice - Homelessness Prevented", "Prevention Through Mediation (16/17) - Notice",
                    "Notice: 16/17 Homelessness Prevented Through Mediation"],
    "void": ["Weekly Voids Tracker", "Vacancy and Void Tracker - Weekly Return", "Void Tracker (week)"],
}

SUBJECTS = {
    "referral-emergency": ["Same day bed please - {initials}", "URGENT - {initials} - needs a bed tonight",
                           "Emergency YPSA request for {initials}"],
    "referral-non-emergency": ["YPSA planned referral re {initials}", "Referral for {initials} - planned",
                               "{initials} - supported accommodation application"],
    "risk": ["Risk escalation - {ref}", "Escalating concern re {ref}", "Ref {ref} - placement at risk, please call"],
    "safeguarding": ["SG notification - {property}", "{property}: safeguarding notification",
                     "Notification of incident, {property}"],
    "intelligence": ["Partner intel - please action", "Intelligence sharing form - partner", "Intel for the partnership"],
    "mash": ["MASH enquiry {initials} (16/17)", "{initials} - homeless 16/17 - MASH enquiry",
             "Homeless 16yo - {initials} - MASH"],
    "mash-notice": ["Prevented through mediation - {initials}", "{initials} mediation notice",
                    "Notice - {initials} - prevented"],
    "void": ["Voids tracker wc {week} ({provider})", "{provider} - vacancies w/c {week}", "Weekly voids for w/c {week}"],
    "other": ["Christmas jumper day", "Lift out of order - 3rd floor", "New starter - please say hello",
              "Fire drill next Tuesday at 11"],
}

HEADING_CHANCE = 0.65
HEADINGS = {
    "Section 1 - About the young person": ["Section A - Young person", "1) About the young person", "ABOUT THE YP"],
    "Section 2 - Referrer": ["Section B - Referrer", "2) Person referring", "REFERRER"],
    "referral.sw": ["Section C - Social worker / PA", "3) Allocated worker", "ALLOCATED WORKER"],
    "Section 3 - Family Group Conference and diversion": ["Section D - FGC and diversion", "4) Family options",
                                                          "FGC / DIVERSION"],
    "Section 4 - Reason for referral and risks": ["Section E - Reason and risks", "5) Why, and risks", "REASON / RISKS"],
    "Young person": ["Section B - Young person", "2) The young person", "YOUNG PERSON"],
    "The incident": ["Section C - The incident", "3) What happened", "THE INCIDENT"],
    "sg.provider": ["Section A - Provider", "1) Provider", "PROVIDER"],
    "sg.sw": ["Social worker", "2b) Social worker / PA", "SW / PA"],
    "risk.referral": ["Section A - Placement", "1) The placement", "PLACEMENT DETAILS"],
    "risk.concern": ["Section B - Risk", "2) The risk", "RISK"],
    "intel.you": ["Section A - You", "1) About you", "SUBMITTER"],
    "intel.info": ["Section B - Intelligence", "2) The intelligence", "INTELLIGENCE"],
    "mash.yp": ["Section A - Young person", "1) Young person", "YOUNG PERSON"],
    "mash.agency": ["Section B - Referring agency", "2) Who is referring", "REFERRING AGENCY"],
    "mash.housing": ["Section C - Housing", "3) Housing position", "HOUSING"],
}

LABELS = {
    'referral': {
        'referral_type': ["Emergency or planned placement (E / P)", "Emergency placement needed", "Request type - emergency / planned", "Is a bed needed same day"],
        'name': ["Client name (as on LCS)", "YP forename & surname incl. any known-as", "Name of the YP being referred", "Name of YP (legal name)"],
        'dob': ["Young person's date of birth (as on LCS)", "Date of birth of YP (day/month/year)", "D.o.B (day/month/year)", "YP's birthday (dd/mm/yyyy)"],
        'gender': ["Gender of YP / pronouns", "Gender (as YP identifies)", "YP's gender identity (their words)", "Gender as YP describes it"],
        'lcs': ["LCS reference / case no.", "Liquidlogic (LCS) number (if on system)", "LCS no. (7 digits)", "LCS no. - if known"],
        'address': ["Address YP is at (current)", "Current accommodation / address (incl. postcode)", "Current accommodation / address at time of referral", "Where YP is staying (full address)"],
        'locality': ["Home locality (Cherwell, City, South, Vale, West)", "Locality (Cherwell, City, South, Vale, West)", "Home locality - district council area", "District YP belongs to"],
        'legal_status': ["Looked after status - LAC / CL / CIN / none", "Legal status - LAC / CL / CIN / none", "YP legal status (s20, s31, CL, CIN)", "Status under Children Act (please specify)"],
        'uasc': ["Asylum seeking & unaccompanied (Y or N)", "Is the YP UASC? (Y/N)", "Asylum seeking & unaccompanied - yes / no", "Unaccompanied minor seeking asylum (Y/N)"],
        'parent': ["YP pregnant or has a child (Y or N)", "Young parent or pregnant?", "Expecting or already a parent (Y or N)", "Is YP a parent / expecting - yes / no"],
        'ref_name': ["Referring officer (print name)", "Form filled in by (print name)", "Referring officer's name", "Referrer - print full name"],
        'ref_role': ["Referrer's position (e.g. SW, PA)", "Referrer's position / title", "Referrer job title (e.g. SW, PA)", "Your role please"],
        'ref_org': ["Service / department name", "Referring organisation name", "Service / department / agency", "Team you are in"],
        'ref_email': ["Email address for referrer", "Email for reply", "Referrer's work email", "Secure email for referrer (for reply)"],
        'ref_phone': ["Mobile / landline for referrer", "Tel (direct)", "Telephone no. (direct)", "Contact tel for referrer"],
        'sw_name': ["SW or leaving care PA (name)", "SW or leaving care PA allocated", "Social worker / PA (name)", "Allocated SW/PA - who"],
        'sw_email': ["Allocated SW email (if different)", "Named worker email address", "Email of SW / PA - if known", "SW/PA's work email"],
        'fgc': ["Has an FGC happened?", "FGC - held?", "Family Group Conference (Y/N) - required for planned", "FGC (Y/N) - required for planned"],
        'fgc_date': ["FGC date held", "FGC - when", "FGC - when (if held)", "Date FGC was held (if held)"],
        'diversion': ["Edge of care / diversion work - please detail", "Steps taken to prevent - please detail", "What's been tried - please detail", "What's been tried to avoid accommodation"],
        'reason': ["Presenting need - what has happened", "Reason for request - please be specific", "Why does YP need accommodation (full details)", "Presenting need (full details)"],
        'safety': ["If no bed today, where will YP go", "Interim safety if no placement", "Contingency tonight if no placement", "Where YP will sleep tonight (if no bed)"],
        'risk_self': ["Self-harm / suicide risk incl. overdose", "Self-harm / suicide risk - current & past", "Risks YP poses to self - current & past", "Risk to self - current & past"],
        'risk_others': ["Risks YP poses to others incl. staff", "Harm to others - current & past", "Harm to others incl. staff", "Violence / aggression (history & current)"],
        'risk_from': ["Who may harm YP (family, peers, adults)", "Threats to YP (family, peers, adults)", "Risks posed to YP incl. exploiters", "Who may harm YP - current"],
        'exploitation': ["CSE / CCE - details", "County lines / exploitation (NRM?)", "County lines / exploitation - details", "Criminal or sexual exploitation (NRM?)"],
        'substance': ["Alcohol / drugs - current", "Substances concerns", "Substances (type, how often)", "Alcohol / drugs (type, how often)"],
        'offending': ["Offending / YOS concerns", "Offences - details", "Offences incl. bail conditions", "Offending concerns"],
        'mental_health': ["MH incl. meds", "MH - details", "Mental health incl. meds", "Emotional wellbeing / MH concerns"],
        'support': ["Support plan (hours, type)", "Support needs (hours, type)", "Support needs on arrival", "Key work needed - independence skills etc"],
        'needed': ["Needed by (dd/mm/yy)", "Needed by - earliest", "Needed by (requested)", "Move in date - earliest"],
        'consent': ["Consent to share & refer", "YP agrees to referral - confirmed", "Consent given by YP to share & refer", "YP consent?"],
    },
    'risk': {
        'ref': ["Referral ref number", "Case ref number", "YPSA ref no", "Referral ref - as on offer letter"],
        'provider': ["Provider completing this notice", "Provider name - completing", "Support provider - completing", "Provider org. (giving notice)"],
        'yp': ["Young person's name (full name)", "Young person placed", "YP placed with us", "Name of YP in placement"],
        'risk': ["Risk identified - describe", "What is the risk - describe", "What is the risk in full", "Risk identified (details)"],
        'why': ["Reason it can't be managed (details)", "Why not manageable with current support", "Why not manageable - explain", "Why you can't manage - explain"],
        'enable': ["What would help manage the risk", "What would enable you to manage (e.g. extra hours)", "Support needed to manage - from LA / partners", "Resources needed (e.g. extra hours)"],
    },
    'safeguarding': {
        'provider': ["Provider filling in this form", "Provider (your org)", "Reporting provider's name", "Provider org. making notification"],
        'property': ["Location (scheme) (where it happened)", "Property ref / address (where it happened)", "Location (scheme) - ref", "Scheme where YP lives"],
        'name': ["YP's full name (incident)", "Young person the incident is about", "Resident's name (in full)", "Name of YP - incident"],
        'dob': ["D.O.B. (dd/mm/yyyy)", "YP's D.O.B (day/month/year)", "Resident D.O.B - young person", "Birth date - YP"],
        'lcs': ["LCS / case no. (if known)", "LCS / case no. - optional", "LCS / case no. if open to CSC", "LCS no. - leave blank if unknown"],
        'sw_name': ["SW / PA if known", "Named SW / PA if known", "Social worker or PA (name if known)", "YP's social worker / PA"],
        'sw_email': ["Allocated worker e-mail - if known", "SW email (to copy in)", "Email (SW / PA) - if known", "SW/PA e-mail to copy in"],
        'date': ["Date occurred - dd/mm/yyyy", "Date occurred (incident)", "Date of this event", "Date (day it occurred)"],
        'time': ["Time occurred (approx ok)", "Time (approx ok)", "Time occurred (incident)", "Time of this event"],
        'when': ["When it occurred", "When (incident)", "Date + time of incident (approx)", "Incident occurred on (date & time)"],
        'category': ["Nature of incident (tick / state one)", "Incident type (tick / state one)", "Category (tick / state one)", "Category that applies"],
        'severity': ["Severity - low to critical", "Risk level of incident", "Risk level - low to critical", "Severity rating - low to critical"],
        'description': ["Description - in full", "Incident summary (facts only)", "Details of incident - in full", "Incident summary - in full"],
        'actions': ["What was done - incl. who informed", "Action - incl. who informed", "Action & next steps", "Steps staff took afterwards"],
        'police_ref': ["Police incident no. (if police involved)", "Crime ref - if any", "Police log / crime no. if given", "Police ref no. (if police attended)"],
    },
    'intelligence': {
        'agency': ["Reporting agency (yours)", "Agency you are from", "Organisation the intel is from", "Agency (submitting intel)"],
        'worker': ["Name (print)", "Reporting staff member (submitter)", "Reporting staff member - full name", "Who is submitting (name)"],
        'role': ["Post (submitter)", "Post / position", "Role - submitting", "What is your post"],
        'email': ["E-mail address for follow up", "Your email (submitter)", "E-mail to reach you", "Work e-mail of submitter"],
        'phone': ["Tel - to contact you", "Tel for follow up", "Phone for follow up", "Tel (submitter)"],
        'when': ["Date & time (seen / heard)", "When seen / heard - date & time", "Date & time of the intel", "Date/time observed or reported"],
        'date': ["Date of the intel", "Date it was seen or reported", "Intel date", "Date (observed / reported)"],
        'time': ["Time of the intel", "Time it was seen or reported", "Intel time", "Time (observed / reported)"],
        'location': ["Place observed", "Where - as precise as possible", "Place - as precise as possible", "Location (street, area)"],
        'persons': ["Subjects (known / described)", "People (known / described)", "Those involved (name, DOB, description)", "Who (names, DOBs, descriptions)"],
        'vehicles': ["VRM seen", "VRM (make, model, reg)", "Vehicle involved", "Car(s) - make, colour, reg"],
        'information': ["What was seen or heard - what, who, where", "Intelligence - what, who, where", "Information - what, who, where", "Intel (full account)"],
        'source': ["Origin", "Source of information - how known", "Source of information (e.g. staff, resident)", "Where did the intel come from"],
        'grading': ["Provenance grade (e.g. B2)", "Provenance grade (3x5x2)", "Provenance grade", "Grade (source / intel)"],
        'handling': ["Handling instructions - P or C", "Handling instructions (P / C)", "P or C (handling)", "Handling - P (police) / C (conditional)"],
    },
    'mash': {
        'name': ["Applicant - name", "Applicant aged 16/17", "YP's name (16/17)", "Name of 16/17 yr old"],
        'dob': ["Birth date (dd/mm/yyyy)", "YP D.O.B (dd/mm/yyyy)", "D.O.B. - must be 16/17", "YP's birth date (16/17 check)"],
        'address': ["Address - incl. postcode", "Home address - incl. postcode", "Current address now", "Address (where staying) of YP"],
        'agency': ["Agency - name", "Agency / team", "Requesting agency (referrer)", "Referrer organisation / team"],
        'status': ["Is YP homeless now - please state", "Homeless today / at risk", "Homeless or at risk of it?", "Homeless tonight or at risk"],
        'mediation': ["Has mediation happened (Y/N)", "Family mediation offered? (Y/N)", "Mediation with parents (Y/N)", "Mediation with parents tried"],
        'mediation_outcome': ["Result (if tried)", "If yes, outcome (if tried)", "Mediation result (if any)", "How mediation went (if tried)"],
        'concerns': ["Risks / concerns identified", "Safeguarding - details", "Safeguarding worries identified", "Concerns (safeguarding / welfare)"],
        'known': ["Open to CSC - yes / no", "Known to CSC now / before", "Open to CSC now / before", "Known to social care now / before"],
        'parent_contact': ["Family contact - name and number", "Parent/carer details - name and number", "Parent/carer details (name & tel)", "Parent / carer phone and name"],
    },
    'mash-notice': {
        'name': ["Young person (YP name)", "Name of YP (mediated)", "YP's name in full", "YP (forename, surname)"],
        'dob': ["YP date of birth - young person", "YP date of birth (dd/mm/yyyy)", "YP's D.O.B (mediation)", "Mediated YP - D.O.B"],
        'date': ["Date of mediation - date", "Mediation held on - date", "Mediation completed", "Mediation was held on"],
        'outcome': ["Result (what was agreed)", "Agreement reached (what was agreed)", "Outcome agreed", "Outcome - what the family agreed"],
        'agency': ["Mediation service that mediated", "Mediator (mediating)", "Who delivered the mediation", "Mediating service name"],
    },
    'void': {
        'provider': ["Org. name (provider)", "Name of org", "Provider (our org)"],
        'week': ["Wk beg. date", "Wk beg. (Mon)", "Starting Monday"],
        'ref': ["Prop ID (ours)", "Unit ref no", "Prop. no"],
        'locality': ["Loc. area", "District / patch", "Patch / district"],
        'service': ["Scheme name (type)", "Project name", "Project / scheme"],
        'total': ["Total bedspaces (no.)", "Units (beds)", "Beds (all)"],
        'occupied': ["Filled units", "Taken now", "No. filled"],
        'vacant': ["Voids now", "Free now", "Units free"],
        'available': ["Ready date (dd/mm)", "Avail. date - est.", "Ready date - est."],
        'emergency': ["EBS ok", "Emerg. bed ok", "Emergency bed ok?"],
        'notes': ["Remarks / notes (e.g. repairs)", "Notes (repairs, holds etc)", "Notes - repairs / holds"],
    },
}


TEXTS = {
    "diversion": [
        "Respite at an uncle's flat for a week in November, ended when his tenancy was threatened. Early help family "
        "worker has met mum three times.",
        "Kinship options explored, nan is in sheltered housing and cannot have him. Family mediation booked but mum "
        "cancelled twice.",
        "Stayed with her boyfriend's family for a fortnight, this ended after a row. No other network members able to help.",
        "Youth worker has tried to rebuild contact with dad who lives in Swindon, dad not willing at this time.",
    ],
    "reason": [
        "{yp} has been told to leave by her stepmum after a physical fight on Friday. Police attended and took "
        "statements. There is nowhere else in the family network and {yp} spent last night at a friend's.",
        "The current placement with an independent fostering agency is ending because the carer is moving abroad. "
        "{yp} wants to stay local to finish her college course and needs supported accommodation to do that.",
        "{yp} returned from custody last week on licence and the approved premises place has fallen through. The "
        "probation officer and YOS agree a supported setting is the safest option.",
        "Mum has been admitted to a mental health unit and there is no other adult at home. {yp} is managing alone "
        "in the flat and the landlord is starting possession proceedings.",
        "{yp} is nineteen and a care leaver whose shared flat has been closed by the council for safety reasons. "
        "The pathway plan says she still needs some support with bills and routines.",
    ],
    "safety": [
        "Friend's mum will let {yp} stay tonight but has said it is one night only. Duty team will ring her at nine.",
        "If nothing is found by five the EDT will look at a hotel with staff checks. {yp} is in the office with me.",
        "No safe option tonight, {yp} has said he will sleep in the park. Please treat as very urgent.",
    ],
    "risks": {
        "risk_self": ["Scratching to arms when overwhelmed, seen by the school nurse in October.",
                      "No concerns about self harm at present.", "Took an overdose last year, followed up by crisis team."],
        "risk_others": ["Has damaged property at home when angry, no violence to people.",
                        "Nothing known of that kind.", "Carries a knife for protection, he says."],
        "risk_from": ["Ex-partner has made threats to her over social media.", "Mum's partner, a bail condition is in place.",
                      "Older peers he owes money to."],
        "exploitation": ["Found in Reading with two older males, NRM referral made.",
                         "Screening shows low risk currently.", "Suspected of running drugs for a local line."],
        "substance": ["Spice use reported by friends, denies it.", "Vapes heavily, drinks now and then.",
                      "Nothing of note known."],
        "offending": ["Two cautions for theft in 2025.", "No previous convictions.", "On bail for a robbery charge."],
        "mental_health": ["Possible autism, assessment pending.", "PTSD diagnosis, under adult mental health team.",
                          "Struggles with sleep and low mood, GP aware."],
    },
    "support": [
        "Needs staff available around the clock at first, help with budgeting and getting back into education.",
        "Regular key work, support with anxiety and attending health appointments.",
        "Help with setting up Universal Credit and a bank account, life skills work on cooking.",
        "Support to keep contact with his baby daughter, and parenting support.",
    ],
    "risk_unable": [
        "The young person has been bringing a group of older males back to the property most nights and staff have "
        "found drug paraphernalia in the communal area. Other residents are frightened.",
        "She has set fire to bedding twice in the past fortnight and has disabled the smoke detector in her room. We "
        "cannot keep her or others safe overnight.",
        "Threats to stab a member of staff were made on Tuesday and repeated the next day. Staff are refusing to work "
        "alone with him.",
        "He has been missing for long periods and comes back with injuries he will not explain. Our staffing does not "
        "allow us to follow this up at night.",
    ],
    "risk_why": [
        "Our scheme is low support with no waking night staff, and the risks happen after midnight.",
        "The behaviour has carried on despite a written warning and daily key work.",
        "The level of risk is now beyond what our staff are trained for.",
        "Other residents are being put at risk and two have asked to leave.",
    ],
    "risk_enable": [
        "Waking night cover for a month, a professionals meeting this week and police support with the visitors.",
        "Temporary one to one staffing while a more suitable placement is found.",
        "A fire risk assessment, an urgent CAMHS appointment and extra support hours.",
        "Joint visit with the social worker and a review of the support plan within seven days.",
    ],
    "incident": {
        "Missing": ["{yp} left the scheme at around teatime saying she was going to the shop and did not come back. "
                    "Staff rang round friends and reported her missing to Thames Valley Police. She was found safe in "
                    "Didcot the next afternoon.",
                    "{yp} was not in his room at the midnight check and his phone was off. Reported missing. He walked "
                    "back in at six the following morning and would not say where he had been."],
        "Exploitation": ["{yp} was dropped off by a car with three men inside who waited while he went upstairs and "
                         "came back with a rucksack. Staff noted the registration and informed police.",
                         "A resident showed staff messages offering {yp} money to travel to Slough with a package. "
                         "{yp} admitted she had done this twice before."],
        "Self-harm": ["Staff found {yp} in the bathroom with cuts to her thighs that needed steri-strips. She was "
                      "taken to the urgent care centre and the crisis team were informed.",
                      "{yp} swallowed a handful of her prescribed tablets after an argument on the phone with her mum. "
                      "Taken to A&E by ambulance and kept in overnight."],
        "Violence": ["Fight broke out between {yp} and a visitor in the car park. The visitor had a cut lip. Both "
                     "were spoken to by police who attended within the hour.",
                     "{yp} kicked a door off its hinges and pushed a worker out of the way when asked to turn music "
                     "down. The worker was shaken but not injured."],
        "Allegation against staff": ["{yp} says a support worker took money from her purse while doing a room "
                                     "check. The worker has been suspended and the LADO consulted.",
                                     "{yp} alleges a member of staff made a sexual comment to him in the lift. The "
                                     "manager has referred this to the LADO."],
        "Police involvement": ["Police arrived at the scheme at seven in the morning and arrested {yp} on suspicion "
                               "of burglary. Released later the same day pending enquiries.",
                               "{yp} was stopped and searched in the town centre and found with a small amount of "
                               "cannabis. Community resolution given."],
        "Hospital admission": ["{yp} had an asthma attack in the night and staff called an ambulance. She was "
                               "admitted to the Horton for two nights.",
                               "{yp} was knocked off his bike by a car on the ring road and taken to hospital with "
                               "a broken wrist. Admitted for surgery."],
        "Other": ["Water leak from the flat of {yp} flooded the room below. Emergency plumber called and the resident "
                  "below moved to a spare room.",
                  "{yp} received threatening letters at the scheme from someone he used to live with. Letters kept "
                  "and handed to police."],
    },
    "actions": [
        "Reported to police and the social worker, on call manager informed, room checks increased.",
        "Incident form done, key worker to meet with the young person tomorrow, risk plan updated.",
        "Emergency services called, next of kin informed with consent, debrief held with staff.",
        "Logged on our system, LADO consulted, worker stood down from shifts pending outcome.",
    ],
    "intel_urgent": [
        "{yp} is in a car outside the scheme with {p} who is refusing to let her out. Staff can see her crying through "
        "the window right now.",
        "Staff have just overheard {p} on the phone arranging to take {yp} to a house in Luton tonight. She is with "
        "him in the lounge at this moment.",
        "{yp} has rung to say {p} has taken her phone and keys and is threatening her at a flat on the Blackbird Leys "
        "estate. She is there now.",
    ],
    "intel_routine": [
        "Staff have noticed {p} waiting near the bus stop opposite the scheme most evenings this week. {yp} goes out "
        "to meet him and comes back with new clothes.",
        "A resident says {p} has been buying alcohol for younger residents including {yp} and then asking them for "
        "favours in return.",
        "{yp} has mentioned that {p} lets young people stay at his flat for free and several of them are now missing "
        "school.",
        "We have seen {p} hand something small to {yp} in the car park on two occasions. {yp} was evasive when asked.",
    ],
    "mediation_outcome": [
        "One session held, dad agreed to let {yp} back for the weekend but changed his mind on Sunday.",
        "Mum and {yp} could not be in the same room, mediator ended the session early.",
        "Agreement reached for {yp} to stay with an older sister for six weeks while work continues.",
    ],
    "mash_concerns": [
        "Reports of a much older boyfriend and staying out overnight.",
        "Possible neglect, the house has no working heating and little food.",
        "Self harm history and recent disclosure of bullying at college.",
        "None beyond the risk of rough sleeping tonight.",
    ],
    "prevented": [
        "Following two mediation sessions {yp} has moved back home with mum and a written family plan is in place.",
        "{yp} is staying with her dad under an agreement reached at mediation, early help will review in a month.",
        "Mediation led to {yp} moving in with an aunt who will apply for a child arrangements order.",
    ],
    "void_notes": ["Carpets being replaced", "", "Suits a young parent", "Offered - awaiting decision",
                   "Ready once gas safety cert done", "", "Top floor flat, there is no lift"],
    "other_body": [
        "Friday is Christmas jumper day, a pound donation to the food bank collection please.",
        "The lift is out of order until Thursday. Please use the stairs and help visitors who need it.",
        "Please welcome Jo who starts with us on Monday as an admin apprentice.",
        "There will be a fire drill on Tuesday at eleven. Please leave by the nearest exit.",
    ],
}
