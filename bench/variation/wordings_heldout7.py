"""Wordings of the seventh held-out part (heldout7): written by an author session that did not read the parsers,
config/forms or any other part's wordings, mails, docs or manifests. Word templates with content controls left
unfilled, forms laid out in bands across the page, ODT files, mails that type some answers in the body and attach the
rest, forms typed on a phone, void returns grouped by scheme. Never tune the hub against this part."""

SEED = 44281937
TEXT_EXPECT = True

DOC_LAYOUTS = ["docx-controls", "pdf-bands", "body-mobile", "docx-split", "odt-2col", "docx-4wide", "pdf-controls",
               "docx-bands", "pdf-split", "body-mobile", "odt-controls", "pdf-4wide", "odt-bands", "body-plain",
               "docx-controls", "pdf-text"]
VOID_LAYOUTS = ["xlsx-schemes", "csv-schemes", "body-blocks", "xlsx-schemes", "pdf-void", "body-pasted",
                "csv-schemes", "xlsx-schemes", "docx-void", "xlsx-messy", "csv-schemes", "xlsx-schemes",
                "body-html-table", "csv-schemes", "xlsx-schemes", "body-blocks"]

PEOPLE = {
    "first": ["Eluned", "Gruffydd", "Tegan", "Osian", "Mali", "Cadi", "Iestyn", "Seren", "Kai-Leigh", "Rhiannon",
              "Dylan-James", "Aoife", "Tomasz", "Oluwaseun", "Zainab", "Priya", "Callum", "Mackenzie", "Shannon-Rose",
              "Bethan", "Emrys", "Lleucu"],
    "last": ["O'Sullivan", "ap Rhys", "Pritchard-Jones", "Nwachukwu", "Kowalczyk", "Fitzgerald-Hale", "Llwyd",
             "MacAlister", "Dafydd-Evans", "Quartermaine", "De'Ath", "Abernethy", "Penhallow", "Treharne",
             "Okonjo-Bright", "Vaughan-Lloyd"],
}
NAME_STYLES = {"yp": ["{LAST}, {first}", "{last}, {first}", "{first} {LAST}"],
               "worker": ["{LAST}, {first}", "{first} {last}"]}
NAME_CHANCE = 0.35

PROVIDER_NAMES = {"key2-futures": ["K2F"], "stonewater": ["Stonewater Ltd"], "occ-in-house": ["OCC YPSA (in-house)"],
                  "connection-support": ["Connection Support Oxon"]}

LABELS = {
    'referral': {
        'referral_type': ['Type of referral (emergency / planned)', 'Urgency of this request', 'Is a bed needed within 24 hours?', 'Placement request - urgency'],
        'name': ['Name of young person being referred (required)', 'Who is this referral for?', 'Legal name of the young person', "Young person's first name and surname"],
        'dob': ["Young person's DOB (dd/mm/yyyy)", 'DOB - young person being referred', 'Birth date of the young person', 'Young person - date of birth'],
        'gender': ['Sex / gender (as the YP describes it)', 'Gender of young person (required)', "YP's gender and pronouns", 'Gender - as stated by young person'],
        'lcs': ['LiquidLogic case number', "Children's services ID number", 'LCS / case management ID', 'LCS reference (optional)'],
        'address': ['Address the YP is staying at now', 'Current address (required)', 'Address now (including postcode)', 'Current address of young person (required)'],
        'locality': ['Which district would suit the young person?', 'Preferred district for a placement', 'District the YP would like to live in', 'Ardal / Preferred locality'],
        'legal_status': ['Legal status (LAC s20 / s31 / care leaver / CIN / not known)', 'Looked after status (if any)', 'Status under Children Act (s20, s31, CIN, leaver)', 'LAC / care leaver / CIN / none'],
        'uasc': ['Unaccompanied asylum seeker (UASC)?', 'Unaccompanied asylum seeking child (UASC) - yes / no', 'UASC - tick if yes', 'UASC status of young person'],
        'parent': ['Is the YP a parent themselves?', 'Any children of their own?', 'YP has dependent child(ren)?', 'Young person has a child (Y/N)'],
        'ref_name': ["Referring practitioner's name", 'Name of referrer (required)', 'Referring worker (name)', 'Completed by (print name)'],
        'ref_role': ['Role / position held', 'Referrer job title (required)', 'Job title of person referring', 'Referrer role (required)'],
        'ref_org': ['Service or team you work in', 'Team and local authority', 'Agency and team name', 'Referring organisation (required)'],
        'ref_email': ['Your secure email address', 'Email to send the acknowledgement to', "Referrer's email address (for acknowledgement)", 'Your work email address'],
        'ref_phone': ['Best number to reach you on', 'Your direct dial / mobile', 'Referrer phone number (required)', 'Phone number we can call you on'],
        'sw_name': ['Allocated SW / PA (if different from referrer)', "Social worker or personal adviser's name", 'Allocated worker (if not the referrer)', "Name of the YP's social worker / PA"],
        'sw_email': ['Email of the allocated worker', "Email for the YP's social worker / PA", 'Case holder email', 'Allocated SW/PA e-mail address'],
        'fgc': ['Family group conference offered? (required for planned referrals)', 'Has an FGC been offered to the family? (Y/N)', 'Has a family group conference been offered? (yes / no)', 'FGC offered (mandatory for planned referrals)'],
        'fgc_date': ['Date FGC offered or held', 'Date of FGC (or date offered)', 'Date of family group conference (if held)', 'FGC offered / held on'],
        'diversion': ['What has been tried to keep the YP at home or with family / friends?', 'Alternatives explored before referral', 'Diversion - what has been tried?', 'Work done to prevent the need to leave home'],
        'reason': ['Why is supported accommodation being requested?', 'Summary of the need for accommodation', 'Why now? (reason for referral)', 'Rheswm dros atgyfeirio / Reason for referral'],
        'safety': ['Describe the immediate risk to the young person', 'Immediate safety concern (required for emergency)', 'Immediate safety concerns'],
        'risk_self': ['Risks the YP poses to themselves', 'Risk to self (self-harm, neglect)', 'Harm to self (self-harm, suicidal thoughts, neglect)', 'Does the YP pose a risk to themselves?'],
        'risk_others': ['Risks posed by the YP to others / staff', 'Risk the YP presents to other people', 'Does the YP pose a risk to other people?', 'Risk to others (please describe)'],
        'risk_from': ['Is anyone a risk to the young person?', 'Who poses a risk to the YP?', 'Risk from others (please describe)', 'Harm from other people'],
        'exploitation': ['Exploitation (criminal or sexual) - any concerns?', 'CSE / CCE risk', 'Exploitation - details (CSE, CCE, county lines, NRM)', 'Exploitation (incl. NRM referral)'],
        'substance': ['Substance use - what and how often', 'Substances used by the YP', 'Substance misuse (please describe)'],
        'offending': ['Offending history / current YJS involvement', 'Criminal history of the young person', 'Offending / YJS', 'Offending history - details'],
        'mental_health': ['Mental health needs (diagnosed or not)', 'Mental health (diagnosis, CAMHS, AMHT)', 'Mental health (please describe)', 'Mental health / emotional wellbeing - details'],
        'support': ['What support will the YP need from the provider?', 'Identified support needs for placement', 'Support needs - what help is needed', 'What support will help the YP in placement?'],
        'needed': ['Date accommodation needed (required)', 'Required from (date)', 'Date accommodation is required by', 'Needed by (date)'],
        'consent': ['Consent of young person obtained (Y/N)', 'Consent given by the young person', 'Consent to refer and share information', 'Caniatad / Consent'],
    },
    'risk': {
        'ref': ['Referral reference (Brokerage or hub)', 'Brokerage ref number', 'Ref of the referral received', 'Reference (from referral)'],
        'provider': ['Responding service', 'Provider completing this form', 'Provider (your organisation)'],
        'yp': ['Name of the referred young person', 'Referral is for (name)', 'Young person (referral)', 'Which young person?'],
        'risk': ['Description of the unmanageable risk', 'Risk unable to manage (required)', '1. The risk', 'What risk are you unable to manage? (required)'],
        'why': ['Why can this risk not be managed in your service?', 'Why we cannot manage it safely', 'Why is it unmanageable?', '2. Why it cannot be managed'],
        'enable': ['What resources or support would enable you to accept?', 'Support / resources that would make it manageable', '3. What would enable us to manage it', 'Resources / support required (required)'],
    },
    'safeguarding': {
        'provider': ['Name of accommodation provider', 'Provider (required)', 'Provider organisation (required)'],
        'property': ['Accommodation address / code', 'Property ref (required)', 'Property code / scheme', 'Property reference (code)'],
        'name': ['YP name (first and last)', 'YP involved (full name)', 'Full name of the young person involved', 'Young person involved (full name)'],
        'dob': ['DOB of young person', "Young person's date of birth (required)", 'Date of birth (young person)', 'D.O.B. of young person'],
        'lcs': ['Client LCS number', 'LCS number of young person', 'LCS no. (young person)', 'LCS number (optional)'],
        'sw_name': ['Worker to be informed', 'Allocated worker to notify', "YP's social worker or PA", 'Social worker or PA to be informed'],
        'sw_email': ['Email for the allocated worker', "YP's social worker / PA email", 'Email of social worker / leaving care PA', 'Email address of social worker or PA'],
        'when': ['Date and time the incident occurred', 'When did this happen? Date and time', 'Date and time of the incident (required)', 'Date / time the incident happened'],
        'date': ['Date of the incident (required)', 'Incident date (required)', 'Date on which incident occurred', 'Incident occurred - date'],
        'time': ['Time the incident occurred', 'Time of the incident (required)', 'Time of the incident (24hr)', 'At what time did the incident occur?'],
        'category': ['Type of incident (choose one)', 'What type of incident was this?', 'Incident type / category', 'Incident category (please choose)'],
        'severity': ['How serious was it? (low / medium / high / critical)', 'Severity (choose an item)', 'How severe was the incident?', 'Severity - please choose'],
        'description': ['What happened? Please give a full account', 'Incident description (required)', 'Description of incident (required)', 'Please describe the incident in full'],
        'actions': ['Immediate action taken by staff', 'Response / actions following the incident', 'Actions taken (immediate)', 'Immediate actions taken by staff / provider'],
        'police_ref': ['Police incident no. (if reported)', 'Reported to police - reference', 'Police ref (if police involved)', 'Police involvement - reference number'],
    },
    'intelligence': {
        'agency': ['Agency (required)', 'Name of submitting agency (required)', 'Agency completing this form', 'Agency of submitter'],
        'worker': ['Submitting worker (full name)', 'Full name of person submitting', 'Name of the worker (required)'],
        'role': ['Position in organisation', 'Position held (submitter)', 'Your job role', 'Submitter role / title'],
        'email': ['Email for police to contact you', 'E-mail (secure if possible)', 'Email address (submitter)', 'Submitter email (required)'],
        'phone': ['Phone number for police contact', "Submitter's phone number", 'Number to call for follow-up', 'Contact telephone (submitter)'],
        'when': ['Date and time the information was obtained', 'When did this happen? (date and time)', 'Date and time of the information (required)', 'When was the information obtained? (date and time)'],
        'date': ['Date the information was obtained', 'When was it seen? (date)', 'Date seen or heard (dd/mm/yyyy)', 'Date it was seen or heard'],
        'time': ['Time the information was obtained', 'Time of information (approx.)', 'Time information was seen / heard', 'Time (approx.) of the information'],
        'location': ['Location of the activity', 'Location where seen / heard', 'Address or location (as precise as possible)', 'Location - where was this?'],
        'persons': ['People involved (names, DOB, descriptions)', 'Details of persons involved', 'Names, DOBs and descriptions of people involved', 'People involved - details'],
        'vehicles': ['Vehicle details (make, colour, VRM)', 'Vehicles involved (make, model, colour, reg)', 'Vehicles - details', 'Any vehicles involved? Details'],
        'information': ['Intelligence (what was seen or heard)', 'Information to share (required)', 'Information (what did you see or hear?)', 'Please describe the information'],
        'source': ['How did you get this information?', 'Who gave the information?', 'Source of information (required)', 'Information source (e.g. staff, resident)'],
        'grading': ['Grading (3x5x2 / 5x5x5) if known', 'Grading code', 'Evaluation grading', 'Grading of source and information'],
        'handling': ['Handling condition (P/C/H)', 'Handling / dissemination code', 'Handling instructions (code)'],
    },
    'mash': {
        'name': ['Name (young person presenting)', "Young person's name (MASH)", "Young person's full name (required)", 'Full name of young person presenting'],
        'dob': ["Young person's date of birth (MASH)", 'Date of birth (young person)', 'DOB (16/17 years old)', 'Young person date of birth (required)'],
        'address': ['Address where the YP is staying now', 'Where is the young person now? (address)', 'Current address (or where staying tonight)', 'Address (where staying now)'],
        'agency': ['Referring agency / district council', 'Name of agency presenting the young person', 'Agency/organisation presenting'],
        'status': ['Homeless now or threatened with homelessness?', 'Homeless or threatened with homelessness? (tick one)', 'Homeless or threatened (required)', 'Current homelessness situation'],
        'mediation': ['Any mediation with parents/carers?', 'Has any mediation been attempted?', 'Mediation - has it been attempted?'],
        'mediation_outcome': ['What happened with mediation?', 'If mediation attempted, what was the outcome?', 'Outcome of attempted mediation'],
        'concerns': ['Any welfare / safeguarding issues?', "Concerns for the young person's welfare", 'Any concerns for welfare or safety?'],
        'known': ['Open to CSC (Y/N)', 'Already known to social care?', 'Known to social care (required)', 'Currently or previously known to social care?'],
        'parent_contact': ['Who is the parent and how do we reach them?', 'Contact details of parent / guardian', 'Parent/guardian - name and phone', 'Contact for parent / guardian'],
    },
    'mash-notice': {
        'name': ['Name of YP now remaining at home', 'Young person (full name) remaining at home', "Young person's name (required)"],
        'dob': ['Young person born', "Young person's date of birth (required)", "Young person's D.O.B."],
        'date': ['Date of outcome', 'Date mediation was successful', 'Date mediation took place (required)'],
        'outcome': ['What was the result of mediation?', 'Result of mediation (details)', 'Mediation outcome (required)'],
        'agency': ['Agency notifying MASH', 'From', 'Agency making this notification'],
    },
    'void': {
        'provider': ['Organisation making return', 'Provider making the return', 'Submitting organisation (provider)'],
        'week': ['Return for week commencing', 'Week of return (Monday)', 'Return w/c (Monday)'],
        'ref': ['Property code (contract)', 'Property ref (as per contract)', 'Address code', 'Property code / ref'],
        'locality': ['Locality name', 'District (e.g. Cherwell)', 'Area of the county', 'District / locality area'],
        'service': ['Service type (as contracted)', 'Cohort / service', 'Service type (contract)', 'Type of accommodation service'],
        'total': ['Contracted beds', 'Number of units', 'Total number of beds', 'Contract capacity'],
        'occupied': ['No. of occupied beds', 'Occupied - number', 'Beds currently filled', 'Beds occupied (no.)'],
        'vacant': ['Void count', 'Vacant - number', 'Places vacant', 'Vacant spaces'],
        'available': ['Date next available', 'Vacancy available from', 'Date ready', 'Date place available'],
        'emergency': ['EB', 'Emergency bed provision (Y/N)', 'Emerg. bed available'],
        'notes': ['Notes / move-ons', 'Notes and comments', 'Further notes', 'Other comments'],
    },
}

TITLES = {
    "referral-emergency": ["EMERGENCY - Supported Accommodation Referral (same-day placement)",
                           "Supported Accommodation Assessment & Referral - EMERGENCY",
                           "Emergency request for a YPSA bed",
                           "Atgyfeiriad brys am lety a chymorth / Emergency supported accommodation referral"],
    "referral-non-emergency": ["Supported Accommodation Assessment and Referral (planned move)",
                               "YPSA planned referral form v4.2", "Non-urgent referral - young people's supported housing",
                               "Referral for supported accommodation - planned"],
    "risk": ["Provider risk response to referral", "Notification of unmanageable risk following referral",
             "Risk concern - unable to accept referral", "Provider response: risks we cannot manage"],
    "safeguarding": ["Safeguarding incident notification form for commissioned YPSA providers", "Incident / safeguarding report form",
                     "Young person incident report - YPSA", "SAFEGUARDING NOTIFICATION - PROVIDER"],
    "intelligence": ["Partnership intelligence submission (partner agencies to TVP)", "Partner agency information sharing form (police)",
                     "Community intelligence report - partner agencies",
                     "Information sharing submission to Thames Valley Police"],
    "mash": ["MASH referral - 16/17 year old homeless or at risk", "Homeless 16/17 - referral to MASH",
             "Young person presenting as homeless (16-17) - MASH referral", "Joint protocol referral (16/17 homelessness)"],
    "mash-notice": ["Mediation outcome notice - homelessness prevented (16/17)", "Notice: YP remaining at home after mediation",
                    "Homelessness prevention - mediation successful", "Closure: mediation prevented homelessness"],
    "void": ["Weekly void return by scheme", "Bed availability return (weekly)", "Voids and availability - weekly"],
}

SUBJECTS = {
    "referral-emergency": ["EMERGENCY referral {initials} - bed needed today", "Emergency YPSA referral for {initials}",
                           "URGENT: placement needed tonight ({initials})", "Emergency ref - {initials}"],
    "referral-non-emergency": ["Planned referral - {initials}", "YPSA referral {initials} (planned, not urgent)",
                               "Referral for supported accommodation: {initials}", "Planned YPSA move for {initials}"],
    "risk": ["Risk response re referral {ref}", "Unable to accept {ref} - risk concern", "RE: your referral {ref} - our response",
             "Provider risk concern"],
    "safeguarding": ["Incident at {property} - provider report", "SG notification for {property}",
                     "Incident at {property} - report attached", "Safeguarding - provider incident form"],
    "intelligence": ["Intel from provider - please pass to police", "Information for police readers", "Intelligence for TVP partnership inbox",
                     "Partner information sharing - completed form"],
    "mash": ["MASH referral {initials} - 16/17 homeless", "Homeless 16yo - MASH ({initials})",
             "Joint protocol referral {initials}", "MASH - young person presenting"],
    "mash-notice": ["Mediation result for {initials} - no longer homeless", "{initials} - staying at home, mediation worked",
                    "Homelessness prevented ({initials})"],
    "void": ["Voids by scheme w/c {week}", "{provider} - beds available w/c {week}", "Weekly availability - {provider}",
             "Weekly bed return {week}"],
    "other": ["Quick query re a referral I sent", "Training dates for next term", "Automatic reply: on leave, back Monday", "Provider forum agenda",
              "Change of address for invoices", "Can you call me?"],
}

INTROS = ["Hi there Brokerage team,", "Good afternoon both,", "Morning, hope you are well.", "Hello placements team,",
          "Dear colleagues in Brokerage,", "Hi - as discussed on the phone,", "Afternoon team, hope all's well.",
          "Hello, following our call this morning,"]
SIGNOFFS = ["Any problems just shout. Thanks,", "Shout if anything is unclear - thanks,", "Thanks, speak soon,",
            "Best wishes and thanks,", "Let me know once logged. Thanks,", "Diolch am eich help,",
            "Thanks - back in the office tomorrow,"]
FOOTERS = ["Senior Practitioner | Adolescent Service\nWorking days Mon-Thu",
           "Supported Housing Officer\nTel 01865 815000 ext 4471",
           "Team Manager\n(she/her)",
           "Duty desk: 0345 050 7666",
           ""]
COVERING = ["Form attached.", "Please see the attached form.", "Completed form is attached - any questions let me know.",
            "I have attached the form as requested.", "Attached is the completed template."]
SPLIT_LINES = ["Main details are below, the rest is on the attached form:",
               "Key details for your system (the form attached has everything else):",
               "Quick summary while the form uploads:",
               "Sorry the template would not let me type in some boxes, so these are here:"]
MOBILE_SIGNATURES = ["Sent from my iPhone", "Sent from Outlook for Android", "Get Outlook for iOS",
                     "Sent from my Galaxy", "Sent from my iPad"]
ATTACHMENT_NAMES = {
    "referral": ["Referral form template (1) {i}", "YPSA_Referral_{i}_FINAL", "scan0{i}", "ref form {i} completed"],
    "risk-concern": ["Risk response {i}", "provider response to ref {i}", "RC_{i}"],
    "safeguarding-incident": ["Incident form {i} (2)", "IR_{i}", "incident report - {i}"],
    "intelligence-submission": ["partner intel {i}", "Info sharing {i}", "PIS_{i}"],
    "mash-referral": ["MASH {i}", "Joint protocol referral {i}", "16-17 homeless {i}"],
    "mash-notice": ["mediation notice {i}", "Outcome {i}"],
    "void-return": ["Voids by scheme {i}", "weekly return {i} v2", "availability {i}"],
}

CONTROL_PLACEHOLDERS = {
    "text": ["Click or tap here to enter text.", "Click or tap here to enter text.", "\u2002\u2002\u2002\u2002\u2002"],
    "date": ["Click or tap to enter a date.", "Click or tap to enter a date."],
    "choice": ["Choose an item."],
}
CONTROL_BOXES = [("\u2612", "\u2610")]
CONTROL_YN = [("Yes", "No"), ("Y", "N")]

CHOICE_BOXES = 0.3
BOX_MARKS = [("\u2612 ", "\u2610 ")]

HEADINGS = {
    "Section 1 - About the young person": ["A. Young person's details", "PART ONE - THE YOUNG PERSON",
                                           "Young person"],
    "Section 2 - Referrer": ["B. Person making the referral", "PART TWO - REFERRER", "Referrer"],
    "Section 3 - Family Group Conference and diversion": ["C. Family network and diversion",
                                                          "PART THREE - FAMILY GROUP CONFERENCE", "Family and diversion"],
    "Section 4 - Reason for referral and risks": ["D. Why now, and risks", "PART FOUR - NEED AND RISK", "Need and risk"],
    "Young person": ["B. Resident details", "RESIDENT", "Resident"],
    "The incident": ["C. What happened", "INCIDENT DETAILS", "Incident"],
    "sg.provider": ["A. Reporting service", "REPORTING SERVICE", "Service"],
    "intel.you": ["1 - About you", "SUBMITTER", "Submitted by"],
    "intel.info": ["2 - The information", "INTELLIGENCE", "Information"],
}
HEADING_CHANCE = 0.5

INSTRUCTIONS = ["Please complete all mandatory fields marked (required). Grey text shows where to type; leave it if "
                "the question does not apply.",
                "Tab between boxes. Tick boxes can be clicked. Save the form before emailing it back to us."]
INSTRUCTIONS_CHANCE = 0.3
OFFICE_USE = [("Office use", [("Logged by", ""), ("Date logged", ""), ("System ref", "")]),
              ("FOR BROKERAGE USE", [("Received", ""), ("Allocated to", "")])]
OFFICE_USE_CHANCE = 0.2

NEAR_DATES = ["ddd dth Mon", "dth Month", "dd/mm ddd"]
NEAR_DATE_CHANCE = 0.35
RELATIVE_WHEN = {
    "early": ["in the early hours of this morning ({t})", "early hours today, around {t}"],
    "morning": ["this morning at {t}", "today, {t}"],
    "afternoon": ["this afternoon at {t}", "earlier today at {t}"],
    "yesterday-early": ["yesterday at {t}", "early hours of yesterday, {t}"],
    "yesterday-morning": ["yesterday morning at {t}", "yesterday at {t}"],
    "yesterday-afternoon": ["yesterday afternoon, {t}", "yesterday at {t}"],
    "yesterday-evening": ["last night at {t}", "yesterday evening, {t}"],
}
RELATIVE_CHANCE = 0.45

VALUE_STYLES = {
    "dates": ["dd/mm/yyyy", "ddMONyyyy", "d/mm/yyyy", "dth Mon yyyy (ddd)", "d Month yyyy", "dd.mm.yyyy", "d Mon yyyy",
              "dd/mm/yyyy"],
    "times": ["HH:MM", "HH:MM hrs", "hh:mm pm", "h.mm pm (HH:MM)", "HHMM", "h:mm pm"],
    "joiners": ["{d} {t}", "{d} at {t}", "{t}, {d}", "{d} @ {t}", "{d} ({t})"],
    "yes": ["Yes", "Y", "yes", "YES", "Yes \u2713"],
    "no": ["No", "N", "no", "NO", "No \u2717"],
    "blanks": ["", "n/a", "N/K", "Not known", "None known", "-"],
}

VOID_TOTALS = ["TOTAL (all schemes)", "Totals", "ALL PROPERTIES"]
VOID_SUBTOTALS = ["Subtotal", "Scheme total", "Sub-total"]
VOID_SCHEMES = ["{locality} scheme", "Scheme: {locality}", "{locality}"]
VOID_NOTE_PREFIXES = ["Notes: ", "\u21b3 ", "Comment - "]
VOID_EXTRA_COLUMNS = ["Keyworker", "Gender mix"]
VOID_SUBHEADERS = {"total": ["Total"], "occupied": ["Filled"], "vacant": ["Empty"]}
VOID_NOTES_ROWS = ["All figures as at 9am Monday.", "Contact the scheme manager for viewings."]
VOID_WEEK_STYLES = ["w/c {d}.{m}.{yy}", "W/C {dd}/{mm}/{yy}", "w/c Mon {th} {mon}"]

TEXTS = {
    "reason": [
        "{yp} has been sofa surfing since the summer after the relationship with her stepdad broke down. Friends can "
        "no longer put her up and she has slept in a stairwell twice this month.",
        "Placement with grandparents ended when grandad went into hospital. {yp} cannot return to mum's because of "
        "domestic abuse in the home and needs a supported move to build independence skills.",
        "{yp} turns 18 soon and the foster carers are retiring. The pathway plan identifies supported accommodation "
        "as the next step before a council tenancy.",
        "Repeated arguments at home have escalated and {yp} was asked to leave by his father last week. He is "
        "currently in a B&B paid for by the district council which is not suitable.",
        "Leaving a residential children's home out of county; {yp} wants to move back to Oxfordshire to be near her "
        "younger brother and continue her college course.",
    ],
    "safety": [
        "{yp} was assaulted by an older male at the address last night and police have advised she should not return.",
        "Mum has said she will change the locks tonight and {yp} has nowhere else to go.",
        "{yp} disclosed that people he owes money to know where he is staying and have threatened him.",
    ],
    "diversion": [
        "Family network meeting held; aunt unable to offer a room. Mediation offered twice and declined by dad.",
        "Explored staying with older sister but her tenancy does not allow it. Respite with friends ended after a week.",
        "Mediation through the district council took place but broke down in the second session.",
    ],
    "risks": {
        "risk_self": ["History of cutting when distressed, last known episode in September.",
                      "Has taken small overdoses in the past; safety plan in place with CAMHS.",
                      "Self-neglect when low in mood, skips meals."],
        "risk_others": ["Verbal aggression towards staff when refused money.",
                        "One incident of pushing a sibling, no weapons involved.",
                        "None known to us."],
        "risk_from": ["Older peers in the area are believed to target him.",
                      "Ex-partner has made threats on social media.",
                      "Father when under the influence of alcohol."],
        "exploitation": ["Suspected CCE - found with two phones and cash.", "NRM referral made in the summer.",
                         "Possible CSE; goes missing overnight with older males."],
        "substance": ["Daily cannabis use, occasional alcohol.", "Ketamine at weekends according to friends.",
                      "Alcohol binges at weekends."],
        "offending": ["Referral order for possession with intent, ends in March.", "Shoplifting caution last year.",
                      "No convictions."],
        "mental_health": ["Diagnosed anxiety, on the CAMHS waiting list.", "Low mood, GP prescribed sertraline.",
                          "ADHD diagnosis, medication not taken regularly."],
    },
    "support": ["Budgeting, registering with a GP, help staying in college.",
                "Key work twice a week, support with benefits claim and a bank account.",
                "Help with cooking and shopping; ETE support towards an apprenticeship."],
    "risk_unable": [
        "Recent arson at her previous placement where a mattress was set alight inside a bedroom.",
        "Ongoing targeting by a county lines group who have already visited our scheme looking for him.",
        "Sexually harmful behaviour towards younger residents according to the referral paperwork.",
        "Serious assault on a member of staff at her last placement using a kitchen knife.",
        "He requires waking night staff and our scheme only has sleep-in cover after 10pm.",
    ],
    "risk_why": [
        "The building has shared kitchens and no fire suppression system in the bedrooms.",
        "Our staff are lone working in the evenings and the scheme has no secure entry.",
        "Two current residents are aged 16 and would be placed at risk.",
        "We have no male staff on the rota at weekends and the plan needs two to one support.",
    ],
    "risk_enable": [
        "A fire risk assessment by the fire service and a sprinkler system fitted in the room.",
        "Additional waking night funding for the first eight weeks and a police marker on the address.",
        "A placement in our self-contained flat once it is vacated at the end of the month.",
        "Agreement from the social worker to a written safety plan and weekly professionals meetings.",
    ],
    "incident": {
        "Missing": ["{yp} did not return by the agreed curfew and did not answer calls. Reported missing to police after "
                    "the last sighting near the railway station.",
                    "{yp} left the scheme with two unknown adults in a taxi and has not been seen since; phone switched off."],
        "Exploitation": ["Staff found {yp} with large amounts of cash and several new phones; two older males waited "
                         "outside the scheme in a car.",
                         "{yp} disclosed being made to carry packages to Reading for a man he calls his uncle."],
        "Self-harm": ["{yp} cut her forearm with a razor blade in the bathroom; staff applied first aid and "
                      "called 111.",
                      "{yp} told night staff she had taken a handful of paracetamol earlier in the evening."],
        "Violence": ["{yp} punched another resident during an argument in the communal kitchen, causing a nosebleed.",
                     "A visitor to {yp} kicked the front door in after being refused entry by staff."],
        "Allegation against staff": ["{yp} alleges a relief worker grabbed her arm and swore at her during a room "
                                     "search.",
                                     "{yp} says a member of staff took money from his room while he was out."],
        "Police involvement": ["Police attended following reports of a disturbance in the garden and arrested {yp} "
                               "for criminal damage to a neighbour's fence.",
                               "Officers executed a warrant at the flat and seized a quantity of cannabis from {yp}."],
        "Hospital admission": ["{yp} collapsed in the lounge after drinking heavily and was taken to the John "
                               "Radcliffe by ambulance.",
                               "{yp} was admitted overnight with a suspected broken wrist after falling down the stairs."],
        "Other": ["A water leak flooded {yp}'s room and she had to be moved to the emergency flat overnight.",
                  "{yp} received threatening messages from an ex-partner which have been screenshotted for police."],
    },
    "actions": ["First aid given, manager on call informed, police called.", "Missing from placement protocol "
                "followed; police and EDT informed.", "Room search completed with the YP present, items bagged for police.",
                "Safety plan updated and social worker emailed the same day."],
    "intel_urgent": [
        "{p} is outside the scheme right now with a knife and is shouting that he will stab {yp} when she comes out.",
        "{yp} has just phoned staff saying she is locked in a flat by {p} and cannot get out; she sounds terrified.",
        "Group of males including {p} are currently forcing their way into the flat where {yp} lives, staff can hear "
        "screaming.",
    ],
    "intel_routine": [
        "Over the last month residents have mentioned that {p} collects {yp} most Friday evenings in a car and she "
        "returns the following afternoon with new clothes.",
        "{yp} told her keyworker last week that {p} had asked her to hold a bag for him in exchange for cannabis.",
        "Staff have noticed a pattern of taxis dropping unknown young people at the address late at night, and {p} "
        "has been seen handing over small packages.",
        "A neighbour reported in October that {p} was using the communal garden to store bikes believed to be stolen; "
        "{yp} was present on one occasion.",
    ],
    "mediation_outcome": ["Parents agreed to {yp} staying until the end of the month only.",
                          "Mediation session took place but mum was clear {yp} cannot return.",
                          "Dad did not attend; mediation to be rebooked."],
    "mash_concerns": ["Vulnerable to exploitation, has been seen with older males in the town centre.",
                      "Not attending college; low mood and poor eating.", "Possible domestic abuse between parents."],
    "prevented": ["Following two mediation sessions {yp} has returned home to live with mum and a family agreement "
                  "is in place.",
                  "Mediation was successful and {yp} is staying with dad; no longer homeless, case closed to housing.",
                  "{yp} and her parents reached an agreement at mediation and she remains living at home."],
    "void_notes": ["Room 3 ready after redecoration", "Move-on to council flat expected next week",
                   "Ground floor room, suits mobility needs", "", ""],
    "other_body": [
        "Could someone let me know whether the referral I sent for a young man last Thursday has been received? I "
        "have not had an acknowledgement yet.",
        "Please find below the dates for the safeguarding refresher training next term. Places are limited, so book "
        "early through the learning portal.",
        "I am out of the office until Monday with no access to email. For anything urgent please contact the duty "
        "line.",
        "Attached is the agenda for next month's provider forum. Please send any items for AOB by Friday.",
        "Our invoicing address changes from the first of next month; please update your records.",
        "Are you free for a quick call this afternoon about the Banbury scheme? Nothing urgent.",
    ],
}
