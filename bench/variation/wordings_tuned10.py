"""Wordings of the tenth tuned part (tuned10): the kinds of layout of heldout7 (Word templates with content controls
left unfilled, forms in bands across the page, ODT files, answers split between the mail and its attachment, forms
typed on a phone, void returns grouped by scheme) in wordings of its own, written without sight of the parsers,
config/forms or any other part's wordings, mails, docs or manifests. For tuning against."""

SEED = 85032611
TEXT_EXPECT = True

DOC_LAYOUTS = ["odt-controls", "docx-bands", "pdf-controls", "body-mobile", "docx-split", "pdf-4wide", "odt-2col",
               "docx-controls", "pdf-bands", "pdf-split", "docx-4wide", "odt-bands", "body-mobile"]
VOID_LAYOUTS = ["csv-schemes", "xlsx-schemes", "body-blocks", "xlsx-schemes", "csv-schemes", "docx-void",
                "xlsx-schemes", "pdf-void", "csv-schemes", "xlsx-messy", "body-pasted", "xlsx-schemes"]

PEOPLE = {
    "first": ["Gwenllian", "Macsen", "Nia", "Rhys", "Efa", "Tudur", "Alys", "Dion", "Hafwen", "Jac", "Ianto", "Elin",
              "Ruby-Mae", "Taylor-Jay", "Kacper", "Adaeze", "Yusuf", "Hollie", "Brandon", "Siobhan", "Morgan", "Teilo"],
    "last": ["O'Donoghue", "ab Owain", "Rees-Mogridge", "Adeyemi", "Wisniewski", "Carrington-Pugh", "Prydderch",
             "MacKinnon", "Haf-Williams", "Blatchford", "D'Souza", "Greenhalgh", "Tremayne", "Bevan-Hughes",
             "Olawale-Price", "Meredydd"],
}
NAME_STYLES = {"yp": ["{LAST}, {first}", "{first} {LAST}", "{last}, {first}"],
               "worker": ["{first} {LAST}", "{LAST}, {first}"]}
NAME_CHANCE = 0.35

PROVIDER_NAMES = {"key2-futures": ["K2F"], "stonewater": ["Stonewater Ltd"], "occ-in-house": ["OCC YPSA (in-house)"],
                  "connection-support": ["Connection Support Oxon"], "a2dominion": ["A2D Housing"]}

LABELS = {
    'referral': {
        'referral_type': ['Is this an emergency placement request?', 'Referral pathway', 'Request type (required)', 'Math o atgyfeiriad / Referral type (tick one)'],
        'name': ['YP full name (as held on LCS)', 'Forename(s) and surname of the young person', 'Full name of YP (required)', "Enw llawn y person ifanc / Young person's full name", 'Name of the young person needing accommodation', 'Young person referred - name'],
        'dob': ['Date of birth of young person (required)', 'YP date of birth (required)', 'DOB (must be 16-24)', 'Date of birth of the YP being referred', 'Young person DOB'],
        'gender': ['What gender does the young person identify as?', 'Gender (as self-identified)', 'Sex recorded / gender identity', 'YP gender identity'],
        'lcs': ['LCS person reference no.', 'LCS ID (if known)', 'Case ID on LCS', 'Liquid Logic person ID (where open)'],
        'address': ['Where is the YP staying at present? (full address)', 'Address where YP currently lives', 'Where the young person is living now (address)', 'Where is the YP living at present?'],
        'locality': ['Area preferred (city / district)', 'Locality requested by YP', 'Area of choice', 'Preferred area for accommodation', 'Locality preference (if any)'],
        'legal_status': ['Care status at point of referral', 'Legal status of YP (required)', 'Legal status (choose an item)', 'Legal status of the young person (s20 / s31 / leaver / CIN)', 'Legal status - choose one', 'YP legal status'],
        'uasc': ['Unaccompanied asylum seeking young person (tick)', 'Is the YP an unaccompanied asylum-seeking child? (required)', 'Asylum: unaccompanied minor / former UASC?', 'Is this an unaccompanied asylum seeking young person?'],
        'parent': ['Parent to a child? (yes/no)', 'Does the young person have a child?', 'Parent? (tick)'],
        'ref_name': ['Your name (person completing the form)', 'Form completed by', 'Name of practitioner referring', 'Referrer full name (required)'],
        'ref_role': ["Referrer's job role", 'Position (referrer)', 'Role of referrer (e.g. SW, PA, YOS)', 'Your position / role'],
        'ref_org': ['Name of your organisation', 'Organisation / team (referrer)', 'Tim / Team', 'Referrer organisation and team'],
        'ref_email': ['Email address of referrer (required)', 'Referrer contact email address', 'Email address - referrer', 'Referrer e-mail address (required)'],
        'ref_phone': ['Referrer tel. no.', 'Contact telephone (referrer)', 'Ffon / Phone (referrer)', 'Referrer telephone (required)', 'Tel (referrer)'],
        'sw_name': ['Name of allocated worker if not you', 'Case-holding worker', 'SW / PA name - leave blank if you are the allocated worker', 'Allocated social worker / PA (name)', 'Name of social worker / PA (if not referrer)'],
        'sw_email': ["Case-holder's e-mail address", "Allocated practitioner's email", "Allocated worker's email (if not you)"],
        'fgc': ['Cynhadledd grwp teulu / FGC offered', 'FGC offered to the family? (required for non-emergency)', 'FGC - has one been offered?', 'Offered a family group conference?'],
        'fgc_date': ['When was the family group conference?', 'Date FGC was offered / took place', 'FGC date (dd/mm/yy)', 'Date of FGC offer / meeting'],
        'diversion': ['Diversion work completed (family, friends, mediation)', 'Steps taken to avoid the need for accommodation', 'Family and friends options explored', 'What diversion has been tried?', 'Options explored (family / friends / mediation)'],
        'reason': ['Reason(s) for this referral (required)', 'Please explain why the young person needs supported accommodation', 'Referral reason (required)', 'What is the presenting need?', 'Reason for referral - please give details'],
        'safety': ['Current safety issue requiring an emergency placement', 'Why is a bed needed today?', 'Emergency - safety concern details'],
        'risk_self': ['Any risk to their own safety?', "Risks to the young person's own safety", 'Risk to self / self-harm history', 'Risk to self (please describe)'],
        'risk_others': ['Risk towards others (incl. staff and residents)', 'Risks to others (staff, residents, public)', 'Risks to staff / other residents', 'Risk to others - staff / residents / public'],
        'risk_from': ['Risks from others (family, peers, adults)', 'Are there people who pose a risk to the YP?', 'Risk from others - family / peers / adults', 'Risks from others - details'],
        'exploitation': ['Exploitation risk (CSE / CCE / county lines)', 'Exploitation concerns (sexual / criminal)', 'Is there a risk of exploitation?', 'Exploitation (please describe)'],
        'substance': ['Any drug / alcohol concerns?', 'Drug and alcohol misuse', 'Alcohol / drugs - details'],
        'offending': ['Any offending or convictions?', 'Offending behaviour (current or past)', 'Offending (please describe)'],
        'mental_health': ['MH / CAMHS involvement', 'Does the YP have mental health needs?', 'Mental health needs - details'],
        'support': ['Support needs (key work, ETE, budgeting etc.)', 'What support does the young person need?', 'Support the provider will need to give', 'Support needs (required)'],
        'needed': ['Move-in date requested', 'Placement start date needed', 'Date the bed is needed', 'Date from which accommodation is needed', 'Start date (accommodation needed)'],
        'consent': ['YP agrees to referral + info sharing', 'Has the young person consented to the referral and sharing of information?', 'YP consent (required)', 'Consent to referral (yes / no)', 'YP consents to referral and information sharing? (required)'],
    },
    'risk': {
        'ref': ['Which referral does this relate to? (ref no.)', 'Our reference for the referral', 'Cyfeirnod / Referral reference', 'Referral ID / reference'],
        'provider': ['Provider name (required)', 'Provider completing the response', 'Provider name (your organisation)'],
        'yp': ["YP's name (referral)", 'Young person this relates to', 'Name of the YP'],
        'risk': ['The risk that prevents us accepting', 'Identified risk we cannot manage', 'Risk(s) identified that we are unable to manage', 'The risk(s) identified'],
        'why': ['Reason the risk is unmanageable', 'Explanation - why it is not manageable', 'Reason(s) it cannot be managed', 'Reason it cannot be managed (required)'],
        'enable': ['What would need to change for us to offer a placement?', 'Resources or support needed', 'Support that would enable placement', 'What support would enable you to accept?'],
    },
    'safeguarding': {
        'provider': ['Service provider reporting', 'Provider submitting this report'],
        'property': ['Property code (e.g. OCC-CHE-01)', 'Where did it happen? (property)', 'Property at which incident took place', 'Which scheme / property?'],
        'name': ['Resident involved in the incident', "Young person's full name (required)", 'Young person / resident name', 'YP (full name)'],
        'dob': ['D.O.B. (YP)', 'Date of birth of young person involved', 'Date of birth (required)', "Young person's date of birth (dd/mm/yyyy)"],
        'lcs': ['LCS reference of resident', "Young person's LCS number", 'LCS ID of YP', 'YP LCS number'],
        'sw_name': ['SW/PA name (to be notified)', 'Social worker / leaving care PA name', 'Name of allocated social worker / PA'],
        'sw_email': ["Worker's email (to copy in)", 'SW / PA email (to be copied in)', 'SW/PA email address (if known)', 'Worker email (SW / PA)', 'Allocated SW/PA - email address'],
        'when': ['Date and time of the incident (dd/mm/yyyy hh:mm)', 'Incident occurred (date and time)', 'When did it occur? (date and time)', 'Date and time of incident (24hr)'],
        'date': ['Incident occurred on (date)', 'Date incident occurred (required)', 'Which date did it happen?'],
        'time': ['Approx. time of incident', 'Incident time (required)', 'Time incident occurred (approx.)'],
        'category': ['Incident category (required)', 'Type of incident (please tick)', 'Category (choose an item)', 'Category of incident (required)'],
        'severity': ['Risk level (severity)', 'Severity of incident (required)', 'Severity assessment'],
        'description': ['Incident details (who, what, where)', 'Description of what happened (required)', 'What happened (full description)', 'Description of the incident (who, what, where, when)', 'Full account of what happened'],
        'actions': ['Actions taken at the time', 'What immediate actions were taken?', 'Immediate action(s) taken', 'Staff actions at the time'],
        'police_ref': ['Police ref (CAD / crime)', 'Police incident / crime ref', 'Police reference (if applicable)'],
    },
    'intelligence': {
        'agency': ['Agency submitting the information', 'Organisation making the submission', 'Submitting agency (required)', 'Agency / team submitting'],
        'worker': ['Worker completing this form', "Worker's full name", 'Submitter name'],
        'role': ['Role within agency', 'Submitting worker role', 'Role held', 'Job title / role (submitter)', 'Role of the person submitting'],
        'email': ['Submitter email address', "Worker's email address", 'Secure email for follow-up', 'Secure email address (submitter)'],
        'phone': ['Contact no.', "Worker's contact number", 'Telephone for follow-up', 'Submitter phone (required)'],
        'when': ['When was this seen or heard? (date and time)', 'Date and time seen', 'Date and time information obtained'],
        'date': ['Date of the intelligence', 'Date of information (required)', 'Date information was seen / heard'],
        'time': ['Time of the intelligence', 'Time it was seen', 'Time it was seen or heard'],
        'location': ['Location (be as specific as possible)', 'Location of incident / activity', 'Location (street, town, postcode)', 'Where (location)'],
        'persons': ['People involved - name, date of birth, description', 'Who is involved? Name / DOB / description', 'Person(s) involved - names, DOBs, descriptions'],
        'vehicles': ['VRM / vehicle description', 'Vehicles (make, model, colour, registration)', 'Vehicle make / model / colour / VRM', 'Vehicles (if known)'],
        'information': ['Describe the intelligence in full', 'The intelligence / information being shared', 'Information / intelligence (required)', 'The information you want to share'],
        'source': ['Origin of the information', 'Source of this information', 'Source - how was this obtained?', 'Source details'],
        'grading': ['Grading (if applicable)', 'Grading (source / information / handling)', 'Grading if known (3x5x2)', 'Grading (police use / if known)'],
        'handling': ['Handling condition / code', 'Handling code (P = lawful sharing)', 'Handling code for police use'],
    },
    'mash': {
        'name': ['Who is presenting as homeless?', 'Full name of the 16/17 year old', 'Name of the 16/17 year old'],
        'dob': ['Date of birth (16/17 only)', 'Date of birth (required)', 'Date of birth of the young person presenting'],
        'address': ['Current / last known address', 'Present address of the young person', "Young person's current address", 'Where is the YP staying? (address)'],
        'agency': ['Agency presenting (e.g. district council)', 'Referral made by (agency)', 'Presenting agency / council'],
        'status': ['Is the YP homeless tonight or at risk?', 'Homelessness - current status', 'Homelessness status of young person'],
        'mediation': ['Mediation with family (Y/N)', 'Mediation tried (yes/no)', 'Mediation attempted with parents / carers?'],
        'mediation_outcome': ['Mediation outcome / notes', 'Outcome of mediation (details)', 'Mediation outcome - details'],
        'concerns': ['Safeguarding concerns identified', 'Welfare or safeguarding concerns (details)', 'Safeguarding / welfare concerns - details'],
        'known': ['Previously known to social care', 'Is the young person known to social care?', 'Is the YP already known to social care?'],
        'parent_contact': ['Parent/carer (name and number)', 'Parent / carer contact (name and number)', 'Parent or guardian (name and contact number)'],
    },
    'mash-notice': {
        'name': ['Name of young person (remaining at home)', 'Name of young person (full)'],
        'dob': ['Young person - DOB', 'Date of birth of young person (required)', 'DOB of the young person'],
        'date': ['Date of successful mediation', 'Mediation date (completed)', 'Date of agreement'],
        'outcome': ['Outcome / agreement reached', 'Details of outcome'],
        'agency': ['Notice sent by (agency)', 'Sent by', 'Notifying agency (required)'],
    },
    'void': {
        'provider': ['Returned by (provider)', 'Name of provider organisation'],
        'week': ['For w/c', 'W/C (Monday date)', 'Return for week beginning'],
        'ref': ['Contract property ref', 'Scheme code', 'Property code (as listed)', 'Property identifier'],
        'locality': ['Property locality', 'Geographical area', 'Locality (per contract)'],
        'service': ['Contracted service type', 'Service type / cohort', 'Service type / model', 'Service category (contract)', 'Contract type'],
        'total': ['Total units (contract)', 'Total beds (contract)', 'Total bed spaces (contracted)', 'Total places'],
        'occupied': ['Residents in place', 'Beds taken up', 'Places occupied', 'Occupied places', 'Occupied spaces'],
        'vacant': ['No. of vacant beds', 'Beds currently empty', 'Vacant places'],
        'available': ['Date vacancy available', 'Available for move-in from', 'Vacancy from (date)'],
        'emergency': ['Emergency provision', 'Emergency-use bed', 'Suitable for emergency?'],
        'notes': ['Notes (e.g. move-ons, repairs)', 'Comments / move-on info', 'Notes (move-ons, repairs)'],
    },
}

TITLES = {
    "referral-emergency": ["Same-day supported accommodation request (EMERGENCY)",
                           "YPSA referral - emergency placement needed within 24 hours",
                           "EMERGENCY REFERRAL (same day): young people's supported accommodation service",
                           "Cais brys am lety i berson ifanc / Emergency accommodation request for a young person"],
    "referral-non-emergency": ["YPSA assessment and referral - planned placement",
                               "Planned move referral: supported accommodation for young people",
                               "Supported housing referral (16-24) - non-emergency",
                               "Referral to the Brokerage team - planned YPSA place"],
    "risk": ["Provider response - risk we cannot manage", "Unable to offer: provider risk concern",
             "Risk concern from provider regarding referral", "YPSA provider risk concern template"],
    "safeguarding": ["Provider safeguarding incident form", "Incident notification - supported accommodation",
                     "YPSA serious incident / safeguarding report", "Hysbysiad digwyddiad / Incident notification"],
    "intelligence": ["Partner agency intelligence form (TVP)", "Intelligence submission - partnership agencies",
                     "Sharing information with the police - partner form", "Partnership information report to police"],
    "mash": ["MASH: homeless 16/17 year old referral", "Referral to MASH - 16/17 homelessness (joint protocol)",
             "16/17 presenting homeless - MASH referral form", "MASH homelessness referral (young person aged 16-17)"],
    "mash-notice": ["Notice to MASH - mediation has prevented homelessness", "Mediation successful - notice to MASH",
                    "Young person staying at home: mediation outcome", "Notification: homelessness prevented by mediation"],
    "void": ["Void return (by scheme)", "Weekly availability return - all schemes", "Bed vacancies by scheme - weekly"],
}

SUBJECTS = {
    "referral-emergency": ["Emergency placement request for {initials} - today please", "EMERGENCY: YPSA bed for {initials} today",
                           "Same day ref - {initials}", "Urgent bed needed - {initials} (emergency referral)"],
    "referral-non-emergency": ["YPSA planned referral for {initials}", "Referral - {initials} - planned move",
                               "{initials} supported accommodation referral", "Non-emergency referral ({initials})"],
    "risk": ["{ref} - provider risk concern", "Risk response for referral {ref}", "Cannot accept {ref} - see form",
             "Risk concern re YPSA referral"],
    "safeguarding": ["{property} incident form", "Safeguarding incident at {property}", "Incident form for {property} attached",
                     "Provider incident notification"],
    "intelligence": ["Partner intel form", "Information for TVP - partner submission", "Intelligence sharing",
                     "Provider information for police"],
    "mash": ["MASH ref {initials} homeless 16/17", "16/17 homeless - {initials} - MASH",
             "MASH - homeless 16/17 - {initials}", "Young person presenting - MASH"],
    "mash-notice": ["{initials} - mediation outcome (staying at home)", "Mediation notice for {initials}",
                    "MASH notice - {initials} homelessness prevented"],
    "void": ["Voids w/c {week} - {provider}", "Availability return {week}", "{provider} weekly bed return ({week})",
             "Bed return - {provider}"],
    "other": ["Parking at the hub office", "Re: training booking", "Can we have a call about a young person?",
              "Holiday cover rota"],
}

INTROS = ["Hi all - as promised,", "Hello both,", "Hi Brokerage, hope you're well.", "Good morning placements,",
          "Hi, sending this over as promised.", "Dear Brokerage team - hope this is the right inbox,", "Hello there,", "Morning - hope you had a good weekend."]
SIGNOFFS = ["Thanks very much,", "Many thanks, speak soon", "Thanks - let me know when it is logged,", "Thanks, hope that all makes sense,",
            "Ring me if you need more. Thanks,", "Kind regards, and thanks for your patience,", "Ta,", "Cofion cynnes a diolch,"]
FOOTERS = ["Leaving Care Personal Adviser\nWorking pattern: Tue-Fri",
           "Scheme Manager | Supported Housing\n01865 777000",
           "Housing Options (Youth)\n(they/them)",
           "Team Leader - 16+ Service",
           ""]
COVERING = ["Please see form attached.", "The completed form is attached.", "Form attached - please acknowledge.",
            "Attached as discussed.", "See the attached form for the details."]
SPLIT_LINES = ["Details are as follows, and the rest is on the form:", "Main info below (full form attached):",
               "For your system, here are the key bits - the form has the rest:",
               "The boxes below would not save in the template so I've typed them here:"]
MOBILE_SIGNATURES = ["Sent from my iPhone", "Sent from Yahoo Mail for iPhone", "Sent from Outlook for iOS",
                     "Sent from my Samsung Galaxy smartphone.", "Get Outlook for Android"]
ATTACHMENT_NAMES = {
    "referral": ["YPSA referral form {i} - completed", "referral({i})", "Emergency_Referral_Template_{i}", "IMG_{i}_form"],
    "risk-concern": ["Risk concern form {i}", "response - referral {i}", "RiskConcern{i}"],
    "safeguarding-incident": ["Incident {i} - final", "SG notification {i}", "IncidentForm_{i}"],
    "intelligence-submission": ["intel form {i}", "Partner_Intel_{i}", "TVP info share {i}"],
    "mash-referral": ["MASH referral form {i}", "MASH_{i}_homeless", "16-17 referral {i}"],
    "mash-notice": ["mediation outcome {i}", "MASH notice {i}"],
    "void-return": ["voids by scheme w{i}", "Availability {i}", "weekly voids ({i})"],
}

CONTROL_PLACEHOLDERS = {
    "text": ["Click or tap here to enter text.", "Click here to enter text.", "\u2002\u2002\u2002\u2002\u2002"],
    "date": ["Click or tap to enter a date.", "Click here to enter a date."],
    "choice": ["Choose an item."],
}
CONTROL_BOXES = [("\u2612", "\u2610"), ("\u2611", "\u2610")]
CONTROL_YN = [("Yes", "No"), ("Y", "N")]

CHOICE_BOXES = 0.3
BOX_MARKS = [("\u2612 ", "\u2610 "), ("\u2611 ", "\u2610 ")]

HEADINGS = {
    "Section 1 - About the young person": ["1. The young person", "SECTION 1: YOUNG PERSON'S DETAILS",
                                           "About the young person", "Adran 1 / Section 1: Young person"],
    "Section 2 - Referrer": ["2. The referrer", "SECTION 2: REFERRER'S DETAILS", "About the referrer",
                             "Adran 2 / Section 2: Referrer"],
    "Section 3 - Family Group Conference and diversion": ["3. FGC and diversion", "SECTION 3: FGC AND DIVERSION",
                                                          "Family group conference and diversion",
                                                          "Adran 3 / Section 3: FGC"],
    "Section 4 - Reason for referral and risks": ["4. Reasons and risks", "SECTION 4: REASONS AND RISKS",
                                                  "Reasons for referral and risks", "Adran 4 / Section 4: Risks"],
    "Young person": ["2. Young person involved", "SECTION 2: YOUNG PERSON", "Young person involved",
                     "Adran 2 / Section 2: Young person"],
    "The incident": ["3. About the incident", "SECTION 3: THE INCIDENT", "About the incident",
                     "Adran 3 / Section 3: Incident"],
    "sg.provider": ["1. Provider and property", "SECTION 1: PROVIDER", "Provider and property",
                    "Adran 1 / Section 1: Provider"],
    "intel.you": ["1. Your details", "SECTION A: SUBMITTING WORKER", "Your details", "Adran A / Section A: You"],
    "intel.info": ["2. Details of the information", "SECTION B: INFORMATION", "The information",
                   "Adran B / Section B: Information"],
}
HEADING_CHANCE = 0.5

INSTRUCTIONS = ["Complete the grey boxes. Where a question does not apply leave the box as it is. Send the form to "
                "the Brokerage inbox.",
                "This template uses content controls: click in a box to type, click a check box to tick it. Mandatory "
                "questions are marked (required)."]
INSTRUCTIONS_CHANCE = 0.3
OFFICE_USE = [("Office use only", [("Date entered", ""), ("Entered by", ""), ("LCS episode", "")]),
              ("BROKERAGE ONLY", [("Date received", ""), ("Worker", "")])]
OFFICE_USE_CHANCE = 0.2

NEAR_DATES = ["ddd dth Mon", "dth Month", "dd/mm ddd"]
NEAR_DATE_CHANCE = 0.35
RELATIVE_WHEN = {
    "early": ["early this morning, about {t}", "in the early hours today ({t})"],
    "morning": ["this morning, {t}", "today at {t}"],
    "afternoon": ["this afternoon, {t}", "today at {t}"],
    "yesterday-early": ["yesterday, {t}", "yesterday at {t} (early hours)"],
    "yesterday-morning": ["yesterday morning, {t}", "yesterday at {t}"],
    "yesterday-afternoon": ["yesterday afternoon at {t}", "yesterday, {t}"],
    "yesterday-evening": ["last night, {t}", "yesterday evening at {t}"],
}
RELATIVE_CHANCE = 0.45

VALUE_STYLES = {
    "dates": ["ddMONyyyy", "dd/mm/yyyy", "dth Mon yyyy (ddd)", "d/mm/yyyy", "d Mon yyyy", "dd.mm.yyyy", "d Month yyyy",
              "d/m/yyyy"],
    "times": ["HH:MM hrs", "HH:MM", "h.mm pm (HH:MM)", "hh:mm pm", "HHMM", "h.mmpm"],
    "joiners": ["{d} {t}", "{d} @ {t}", "{d} at {t}", "{t}, {d}", "{d} ({t})"],
    "yes": ["Yes", "Y", "YES", "yes", "Yes \u2713"],
    "no": ["No", "N", "NO", "no", "No \u2717"],
    "blanks": ["", "n/a", "Not known", "N/K", "None", "-"],
}

VOID_TOTALS = ["TOTAL - ALL SCHEMES", "Grand total", "All schemes total"]
VOID_SUBTOTALS = ["Scheme subtotal", "Total for scheme", "Subtotal:"]
VOID_SCHEMES = ["{locality} schemes", "SCHEME - {locality}", "{locality} (scheme)"]
VOID_NOTE_PREFIXES = ["Note: ", "- ", "Notes - "]
VOID_EXTRA_COLUMNS = ["Keyworker", "Gender mix"]
VOID_SUBHEADERS = {"total": ["Total"], "occupied": ["Filled"], "vacant": ["Empty"]}
VOID_NOTES_ROWS = ["Figures correct at time of sending.", "Please ring the scheme to arrange viewings."]
VOID_WEEK_STYLES = ["w/c {d}.{m}.{yy}", "W/C {dd}/{mm}/{yy}", "week comm. {th} {month}"]

TEXTS = {
    "reason": [
        "{yp} has been staying with a friend's family since October but they have now asked her to leave. Relationship "
        "with mum has broken down after repeated arguments about curfew and money.",
        "Father has moved abroad and {yp} cannot manage the private tenancy alone. He has rent arrears and the landlord "
        "has served notice.",
        "{yp} is leaving his foster placement at 18 and needs a stepping stone before independent living; staying put "
        "was explored but the carers cannot continue.",
        "Mum's new partner has been violent towards {yp} and police have been called twice. Grandmother can only offer "
        "a sofa for a few nights.",
        "{yp} has been in hospital for three weeks following a mental health crisis and cannot be discharged back to the "
        "family home because of overcrowding.",
        "Released from a young offender institution next month; {yp} needs an address agreed with probation that is "
        "away from his co-defendants.",
    ],
    "safety": [
        "{yp} arrived at the civic offices this morning with a black eye saying her brother hit her and she will not go back.",
        "The B&B has evicted {yp} today after a fight with another guest and there is no other emergency option.",
        "{yp} has been sleeping in a car park for two nights and temperatures are below freezing.",
        "Dad has said if {yp} comes home tonight he will put him out on the street again; police welfare check done.",
    ],
    "diversion": [
        "Network meeting held with aunt and uncle; both work nights and cannot supervise. Mediation session booked but "
        "mum cancelled.",
        "Family friends offered two weeks respite which has now ended. Mediation with dad was not possible as he will not engage.",
        "Explored staying put with foster carers, extended family in Swindon and a supported lodgings host; none available.",
    ],
    "risks": {
        "risk_self": ["Ligature incident in August; under the crisis team.", "Restricts eating when anxious.",
                      "Has made suicidal statements when drunk.", "Nothing identified by the team at present."],
        "risk_others": ["Threw a chair at a teacher last year.", "Damaged property at previous placement when angry.",
                        "No known risk to others.", "Carried a bladed article when younger."],
        "risk_from": ["Mum's partner (see reason for referral).", "Older adults linked to drug supply in Banbury.",
                      "Peer group known for robbery.", "Nobody identified."],
        "exploitation": ["Referred to the exploitation hub in the spring.", "NRM positive reasonable grounds decision.",
                         "Concerns of online grooming via Snapchat."],
        "substance": ["Smokes cannabis most evenings.", "Uses nitrous oxide with friends.",
                      "Drinks heavily at weekends, no drugs known."],
        "offending": ["Youth caution for criminal damage.", "Awaiting court for robbery - bail conditions in place.",
                      "No offending known to us."],
        "mental_health": ["Open to CAMHS, diagnosis of PTSD.", "Autistic, sensory needs, no mental health diagnosis.",
                          "Panic attacks, managed with GP support."],
    },
    "support": ["Help setting up a Universal Credit claim, learning to cook simple meals and managing a budget.",
                "Intensive key work at first and support to get back into college.",
                "Support with appointments at CAMHS and keeping a routine."],
    "risk_unable": [
        "Fire setting in the last six months including setting light to bedding in a previous placement.",
        "Known associate of a gang currently in conflict with two of our residents at the same scheme.",
        "Recent allegation of sexual assault against a female resident in his last placement.",
        "Needs two to one support when dysregulated and has seriously injured staff during restraint.",
        "Active county lines involvement with adults attending previous addresses at night.",
        "Serious self-harm requiring hospital treatment three times in the past month.",
    ],
    "risk_why": [
        "Our scheme is a converted house with a single staircase and no waking night cover.",
        "The property is in the same street as the rival group's base and staff are lone working after 6pm.",
        "We only accommodate female residents aged 16 and 17 in this scheme at present.",
        "Staffing is one worker per shift and we cannot provide the level of observation needed.",
    ],
    "risk_enable": [
        "Funding for waking night staff and a fire safety assessment of the room before placement.",
        "A move to our Witney scheme once a self-contained unit is free, plus a joint risk management meeting.",
        "Additional staffing hours for an initial four week period and weekly input from the YOT worker.",
        "A clear crisis plan from CAMHS and agreement that EDT will respond out of hours.",
    ],
    "incident": {
        "Missing": ["{yp} failed to return after college and was last seen boarding a train to London; reported missing "
                    "to police at 22:00 as per protocol.",
                    "Staff found {yp}'s room empty at the morning check with the window open; her phone goes straight to voicemail."],
        "Exploitation": ["An adult male in a black Audi has been dropping {yp} off at 3am with cash and new trainers.",
                         "{yp} told staff she has been asked to hold drugs for an older boyfriend in return for somewhere to stay."],
        "Self-harm": ["{yp} was found with superficial cuts to both wrists in her room; staff cleaned the wounds and "
                      "she was seen by the GP the next day.",
                      "{yp} swallowed several batteries and was taken to A&E by staff."],
        "Violence": ["{yp} was attacked by two males outside the scheme and suffered a cut lip and bruising.",
                     "During a dispute over a games console {yp} threatened another resident with a kitchen knife."],
        "Allegation against staff": ["{yp} alleges that a night worker made sexual comments to her in the office.",
                                     "{yp} says a manager pushed him against a wall when he refused to leave the office."],
        "Police involvement": ["Police attended after neighbours complained of loud music and found {yp} in possession "
                               "of a small amount of cocaine.",
                               "{yp} was arrested on suspicion of shoplifting from a supermarket in the town centre and "
                               "released under investigation."],
        "Hospital admission": ["{yp} had a severe asthma attack in the night and was admitted to the Horton hospital "
                               "for observation.",
                               "{yp} was taken to hospital after taking an unknown pill at a party and remains on the ward."],
        "Other": ["The boiler failed and {yp} spent the night in a Travelodge arranged by the on-call manager.",
                  "{yp}'s bank card was used by another resident without permission; matter passed to police."],
    },
    "actions": ["On-call manager informed; EDT notified; room checked.", "First aid administered and ambulance called.",
                "Police called on 101, incident log completed, SW emailed.", "Missing protocol started and police informed."],
    "intel_urgent": [
        "{p} is in the communal hallway at this moment holding a machete and banging on {yp}'s door; staff have locked "
        "themselves in the office.",
        "{yp} has just rung from inside a car saying {p} is driving her somewhere against her will and will not let her out.",
        "Right now {p} is threatening to burn down the flat with {yp} inside, he has petrol in a can.",
        "{p} has just forced his way into the scheme and is assaulting {yp} in the kitchen as we speak.",
    ],
    "intel_routine": [
        "Throughout November {yp} has been seen getting into a taxi with {p} late on Saturday nights and returning on "
        "Sunday with expensive items.",
        "A resident told staff last week that {p} is storing knives in the bin store behind the property; staff checked "
        "and found nothing.",
        "{yp} mentioned during key work in September that {p} pays her to take parcels to addresses in Didcot.",
        "Staff observed {p} handing {yp} a large bundle of cash outside the scheme on two occasions last month.",
        "Over the summer several different adults visited {yp}, and {p} appeared to be organising the visits.",
    ],
    "mediation_outcome": ["Mediation helped both sides talk but mum still will not have {yp} home.",
                          "{yp} agreed to stay with nan while further mediation takes place.",
                          "Dad agreed to {yp} returning for two weeks only."],
    "mash_concerns": ["Appears underweight and tired; reports not eating for days.", "Possible cuckooing of a relative's flat.",
                      "Has been missing overnight twice this month."],
    "prevented": ["After mediation with the youth homelessness worker {yp} has moved back in with her mum and the family "
                  "have agreed house rules.",
                  "Mediation was successful - {yp} is back living at home with dad and is no longer threatened with homelessness.",
                  "{yp} has returned home following two joint sessions; mediation prevented homelessness and the case is closed."],
    "void_notes": ["Decorating room 2 this week", "Move-on booked for end of month",
                   "Shared with two males aged 19", "", ""],
    "other_body": [
        "Just a reminder that the car park at the hub office will be closed on Thursday for resurfacing.",
        "Thanks for booking me onto the course. Can you confirm the venue please?",
        "I wondered if we could have a quick chat about a young person I work with who may need a placement in the "
        "spring. No form yet.",
        "Attached is the holiday cover rota for the team over Christmas and New Year.",
    ],
}
