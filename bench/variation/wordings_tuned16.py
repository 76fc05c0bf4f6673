"""tuned16's wordings (seed 39517260): forms as councils make them, written by the author of heldout13 and tuned16
without reading the parsers, config/forms or any other part's mails or wordings. Council Word templates with numbered
sections and tick grids, split boxes, forms typed in a hurry or in sentences, replies with the form quoted, providers'
void logs and voids told in sentences. Labels, titles, subjects and free texts are this part's own."""

SEED = 39517260
TEXT_EXPECT = True

DOC_LAYOUTS = ["docx-council", "pdf-council", "docx-split-fields", "pdf-split-fields", "body-typed", "body-sentences",
               "body-quoted", "docx-2col", "body-lines", "pdf-text", "pdf-council", "body-quoted"]
VOID_LAYOUTS = ["xlsx-provider-log", "body-void-typed", "xlsx-provider-log", "body-void-typed", "xlsx-title-merged",
                "body-pasted", "csv-title", "body-html-table"]

PEOPLE = {
    "first": ["Tamsin", "Kwabena", "Roisin", "Emrys", "Sunniva", "Dariusz", "Halimo", "Leighton", "Bethan", "Oluwaseun",
              "Ianto", "Marnie", "Piotr", "Ayaan", "Cerys", "Jolene", "Tadhg", "Keziah", "Brandon", "Nansi"],
    "last": ["Hollingsworth", "Mensah-Boateng", "O'Driscoll", "Prytherch", "Wozniak", "Farah", "Tregenza", "Idowu",
             "Blackmore-Stott", "Penhaligon", "Szymanska", "Ap Gruffydd", "Nwachukwu", "Ellery", "Cadwaladr",
             "Fitzgibbon", "Haworth", "Odukoya", "Lanigan", "Quarrie"],
}

VALUE_STYLES = {
    "dates": ["d/m/yyyy", "dd/mm/yyyy", "d Mon yyyy", "dth Month yyyy", "dd.mm.yy", "d-Mon-yy", "ddd d Mon yyyy",
              "d/m/yy", "dd Month yyyy"],
    "times": ["HH:MM", "h.mmpm", "HHMM hrs", "h:mm pm", "HH.MM"],
    "yes": ["Yes", "Y", "yes", "YES", "Yes - done"],
    "no": ["No", "N", "no", "NO"],
    "blanks": ["", "N/A", "n/k", "none known", "-", "\u00a0"],
    "joiners": ["{d} {t}", "{d} at {t}", "{t} on {d}", "{d}, {t}"],
}

LABELS = {
    'referral': {
        'referral_type': ['Is this an emergency placement request? Please tick', 'Type of placement sought', 'Emergency bed needed today (Y/N)', 'Placement request category', 'Same-day placement?'],
        'name': ['Young person - name in full (as on birth certificate)', 'Full name of YP (as on case record)', 'Name of the young person being referred (as on birth certificate)', 'YP full name (as on birth certificate)', 'Young persons name (first + last)'],
        'dob': ["Young person's DOB", 'Birth date (dd/mm/yyyy) – check against LCS', 'D.o.B of YP', 'When was the YP born – dd/mm/yyyy', 'Date of birth of YP – dd/mm/yyyy'],
        'gender': ['Gender identity (mandatory)', 'Sex / gender – please state', 'YP gender (as they describe)', 'Gender of young person – type in box'],
        'lcs': ['LCS person ID – 7 digits', 'LCS client no.', 'Case number on LCS – 7 digits', 'LCS identifier (if held)', 'Liquidlogic / LCS no'],
        'address': ['Where is the YP staying now – include postcode', 'Present address incl postcode (house no. and street)', 'Current living address', 'Address YP is at today', 'Current place of residence – include postcode'],
        'locality': ['Area of Oxfordshire preferred (see guidance notes)', 'Locality wanted (mandatory)', 'Which district would suit (please complete)', 'Preferred area for placement – if applicable', 'Area requested – give details'],
        'legal_status': ['Legal status of the YP – tick one', 'Status under the Children Act – tick one', 'Care status – tick one', 'Legal status (s20 / CL / CIN / none)', 'Current legal basis'],
        'uasc': ['Unaccompanied asylum seeker? If yes, give details', 'UASC (yes / no) – if applicable', 'Is the YP an unaccompanied minor (UASC)', 'Asylum seeking - unaccompanied – brief summary', 'UASC status (continue overleaf)'],
        'parent': ['YP is a parent / expecting? Please tick', 'Pregnant or a parent – as recorded', 'Any children of their own or pregnancy', 'Parenting or pregnant (Y/N)', 'Young parent? Please tick'],
        'ref_name': ["Referrer's full name (no initials)", 'Person making the referral', 'Referring officer (see guidance notes)', 'Your name (referrer) in capitals', 'Completed by (name) – as recorded'],
        'ref_role': ['Referrer job title – brief summary', 'Your role (in full)', 'Position held (please complete)', 'Referrer role / title', 'Job role of referrer – as recorded'],
        'ref_org': ['Referring team / service – please state', 'Team or agency referring', 'Your service', 'Referring organisation name (mandatory)', 'Team name (in full)'],
        'ref_email': ['Referrer secure email', 'Your work email – secure (gcsx / nhs.net)', 'Email for the referrer', 'Referrer e-mail address – secure (gcsx / nhs.net)', 'Contact email (referrer) – secure (gcsx / nhs.net)'],
        'ref_phone': ['Referrer tel – incl. extension', 'Your direct line – incl. extension', 'Phone (referrer) – incl. extension', 'Best number to reach you – incl. extension', 'Referrer contact no. – incl. extension'],
        'sw_name': ['Allocated SW / PA name – type in box', 'Name of allocated worker – please state', 'SW or PA allocated – brief summary', 'Allocated practitioner – type in box', 'Worker allocated (name)'],
        'sw_email': ["Allocated worker's email – secure address", 'SW / PA e-mail – secure address', 'Email of allocated practitioner', 'Allocated worker email address – brief summary', 'Worker email (allocated)'],
        'fgc': ['Has an FGC been held or offered?', 'Family group conference offered (Y/N) – give details', 'FGC offered to family (in full)', 'Was a family group conference arranged', 'FGC held / offered – brief summary'],
        'fgc_date': ['FGC date (held or booked)', 'Date family group conference took place', 'When was the FGC – dd/mm/yyyy', 'Date of the FGC meeting', 'FGC - date – dd/mm/yyyy'],
        'diversion': ['What has been tried to keep the YP at home – brief summary', 'Steps taken to avoid accommodation – type in box', 'Prevention work tried so far – if applicable', 'Diversion / prevention attempts', 'Alternatives explored (in full)'],
        'reason': ['Why is accommodation needed now', 'Reason for this referral – please state', 'Presenting need (mandatory)', 'Summary of why the YP needs housing', 'Reasons for requesting a placement'],
        'safety': ['Immediate safety concerns tonight', 'Is the YP safe tonight - details', 'Risk if not placed today – please state', 'Current safety (emergency requests only)', 'Safety worries right now'],
        'risk_self': ['Risks to themselves (write N/A if none)', 'Risk to the YP from own behaviour', 'Self risk - what and how often', 'Harm to self - detail', 'Self-harm / risk to self – please state'],
        'risk_others': ['Risks posed to other people', 'Risk to others - detail', 'Risk towards others (write N/A if none)', 'Harm to other residents / staff', 'Is the YP a risk to others – give details'],
        'risk_from': ['Risk to the YP from other people – as recorded', 'Risks from others (see guidance notes)', 'Harm from others - detail', 'Is anyone a risk to the YP – give details', 'Vulnerability to others (continue overleaf)'],
        'exploitation': ['Exploitation concerns (CSE / CCE) – type in box', 'Any CSE or CCE risk', 'Exploitation - known or suspected (in full)', 'Criminal / sexual exploitation risk', 'Exploitation info'],
        'substance': ['Drug / alcohol use – brief summary', 'Substances (incl. alcohol)', 'Any substance misuse – as recorded', 'Alcohol or drug concerns', 'Substance use - detail'],
        'offending': ['Offending history (see guidance notes)', 'Any offending / YJS involvement', 'Criminal convictions or charges (write N/A if none)', 'Offending - current and past – if applicable', 'Police / YJS history'],
        'mental_health': ['Mental health & wellbeing (please complete)', 'Emotional health / CAMHS', 'MH needs – as recorded', 'Mental health needs - detail', 'Wellbeing and mental health'],
        'support': ['Support the YP will need in placement (please complete)', 'Support needs in accommodation – brief summary', 'What support is required', 'Support required from provider – brief summary', 'Key support needs (see guidance notes)'],
        'needed': ['Placement wanted from – dd/mm/yyyy', 'Start date for accommodation', 'Date bed needed by – dd/mm/yyyy', 'Accommodation required from (date) – dd/mm/yyyy', 'When is the placement needed – dd/mm/yyyy'],
        'consent': ['YP agrees to this referral', 'Consent from young person (Y/N)', 'Has the YP consented – as recorded', 'Young person consents to sharing', 'YP consent obtained? Please tick'],
    },
    'risk': {
        'ref': ['Referral ref. (ours or Brokerage)', 'Brokerage reference no.', 'Ref number of referral', 'Referral ID – as on Brokerage email', 'Reference quoted by Brokerage'],
        'provider': ['Provider organisation (as on contract)', 'Name of provider (as on contract)', 'Accommodation provider – full organisation name', 'Provider (organisation name) – if applicable', 'Responding provider – full organisation name'],
        'yp': ['Young person concerned (as on birth certificate)', 'Name of young person referred (as on birth certificate)', 'YP (full name, no initials)', 'Referred young person (as on birth certificate)', "Young person's full name (as on birth certificate)"],
        'risk': ["Which risk(s) can't be managed", 'Risk the provider cannot manage (write N/A if none)', 'Risks we are unable to hold', 'Unmanageable risk(s)', "Risk(s) we can't safely manage"],
        'why': ["Why this can't be managed", 'Reason the risk is unmanageable (write N/A if none)', 'Explain why not manageable', 'Reasons we cannot manage it (mandatory)', 'Why we are unable to hold this risk'],
        'enable': ['What would make it manageable (see guidance notes)', 'Extra resources / support needed', 'What would help us accept (please complete)', 'Resources that would enable placement', 'Support needed to manage the risk'],
    },
    'safeguarding': {
        'provider': ['Provider (reporting) – full organisation name', 'Reporting organisation (as on contract)', 'Provider submitting – full organisation name', 'Name of reporting provider (as on contract)', 'Provider organisation name (as on contract)'],
        'property': ['Property / scheme ref (in full)', 'Scheme reference – if applicable', 'Property where it happened – give details', 'Unit or scheme ID', 'Address ref of scheme'],
        'name': ['Young person involved (as on birth certificate)', 'Name of the resident (as on birth certificate)', 'Resident (YP) name (as on birth certificate)', 'YP involved (full name) – please state', 'Name of young person affected'],
        'dob': ["Resident's DOB – dd/mm/yyyy", 'YP date of birth (dd/mm/yy)', 'D.O.B. of resident – dd/mm/yyyy', 'Born (date)', 'DOB of young person – dd/mm/yyyy'],
        'lcs': ['LCS ref for YP', 'LCS no. (if known) – 7 digits', 'Young person LCS ID', 'LCS person number', 'LCS ref – 7 digits'],
        'sw_name': ["YP's social worker / PA (continue overleaf)", 'Named SW or PA', 'Allocated SW/PA (mandatory)', 'Social worker or PA (name) – give details', 'Worker (SW / PA) – if applicable'],
        'sw_email': ['SW / PA email – secure address', 'Email - social worker or PA', 'Allocated worker e-mail – secure address', 'SW/PA email address (write N/A if none)', "Worker's email – secure address"],
        'date': ['Incident date (please complete)', 'Date it happened – dd/mm/yyyy', 'Date of the incident occurring', 'Day of incident – dd/mm/yyyy', 'Incident occurred on (date) – dd/mm/yyyy'],
        'time': ['Incident time (please complete)', 'Approx time it happened – 24 hour clock', 'Time of the incident (24h)', 'At what time – 24 hour clock', 'Time occurred – 24 hour clock'],
        'when': ['Date + time of incident – dd/mm/yyyy hh:mm', 'When did it happen (date & time) – dd/mm/yyyy hh:mm', 'Incident date / time – dd/mm/yyyy hh:mm', 'Date and time occurred', 'When it happened'],
        'category': ['Incident type (select from list)', 'Type of incident (choose one) – brief summary', 'Category of incident – tick one', 'Incident category (select from list)', 'What kind of incident – tick one'],
        'severity': ['Severity (L / M / H / C) – tick one', 'How serious – tick one', 'Seriousness rating', 'Level of severity – tick one', 'Severity of incident – tick one'],
        'description': ['Describe what happened – facts only', 'Full account of the incident – facts only', 'What happened - details – facts only', 'Account of events – facts only', 'Incident narrative – facts only'],
        'actions': ['Action taken so far (write N/A if none)', 'What staff did', 'Immediate actions (see guidance notes)', 'Steps taken by staff – as recorded', 'Actions taken and by whom'],
        'police_ref': ['Police log / CAD no. – as recorded', 'Crime or log number (write N/A if none)', 'Police reference (if any) – give details', 'Police ref no (please complete)', 'Police incident number – type in box'],
    },
    'intelligence': {
        'agency': ['Submitting organisation (continue overleaf)', 'Your organisation / agency – give details', 'Agency name (continue overleaf)', 'Organisation submitting (continue overleaf)', 'From (agency) – give details'],
        'worker': ['Submitted by – please state', 'Person submitting (see guidance notes)', 'Your full name – give details', 'Name of submitting worker (please complete)', 'Submitting officer – brief summary'],
        'role': ["Submitter's role – if applicable", 'Job title of submitter – type in box', 'Position / role (mandatory)', 'Role in organisation – as recorded', 'Your job title – give details'],
        'email': ['Submitter email – secure (gcsx / nhs.net)', 'Your email address – secure (gcsx / nhs.net)', 'E-mail of submitter – secure (gcsx / nhs.net)', 'Contact e-mail – secure (gcsx / nhs.net)', 'Email address (work) – secure (gcsx / nhs.net)'],
        'phone': ['Submitter phone – incl. extension', 'Your phone number – incl. extension', 'Tel. no. – incl. extension', 'Best contact number – incl. extension', 'Phone - work – incl. extension'],
        'when': ['When seen / heard (date & time) – dd/mm/yyyy hh:mm', 'Date and time observed – dd/mm/yyyy hh:mm', 'Observed on (date / time) – dd/mm/yyyy hh:mm', 'When was this noticed', 'Date/time of the information – dd/mm/yyyy hh:mm'],
        'date': ['Date observed – dd/mm/yyyy', 'Date of sighting – dd/mm/yyyy', 'Date info received – dd/mm/yyyy', 'Day it was noticed', 'Date information obtained – dd/mm/yyyy'],
        'time': ['Time observed – 24 hour clock', 'Time of sighting – 24 hour clock', 'Approx. time – 24 hour clock', 'Time info received – 24 hour clock', 'Time noticed'],
        'location': ['Where (address / place)', 'Location of sighting – as recorded', 'Place observed – give details', 'Location details – if applicable', 'Where did this happen (in full)'],
        'persons': ['People involved (names, DOB, description) – brief summary', 'Persons named', 'Who was involved – if applicable', 'Individuals seen', 'Names and descriptions of people'],
        'vehicles': ['Vehicle details (make / colour / reg) – if applicable', 'Any vehicles – please state', 'Cars / vehicles seen – as recorded', 'Vehicle info – please state', 'Vehicle(s) involved (write N/A if none)'],
        'information': ['The information – facts only, no opinion', 'Intelligence being shared – facts only, no opinion', 'What was seen or heard', 'Details of the intelligence – facts only, no opinion', 'Information to share – facts only, no opinion'],
        'source': ['How was this obtained (in full)', 'Source of the info – brief summary', 'Where the information came from (write N/A if none)', 'Information source – brief summary', 'How do you know (mandatory)'],
        'grading': ['Grading (3x5x2 / 5x5x5)', 'Intel grading (please complete)', 'Source / info grade', 'Grade given', 'Evaluation grading – brief summary'],
        'handling': ['Handling instructions (in full)', 'Handling condition – brief summary', 'Sharing / handling code (continue overleaf)', 'Handling code (P / C) – type in box', 'Handling restrictions (in full)'],
    },
    'mash': {
        'name': ['Name of young person (16/17) – if applicable', "YP's full name (as on birth certificate)", 'Young person referred (name) – if applicable', 'Full name of 16/17 year old', 'Young person - full name (as on birth certificate)'],
        'dob': ['DOB (YP) – dd/mm/yyyy', 'Young person date of birth – dd/mm/yyyy', 'Birth date of YP – dd/mm/yyyy', 'D.o.b. (must be 16 or 17)', 'Date of birth - young person – dd/mm/yyyy'],
        'address': ['Address currently staying', 'Where are they staying tonight', 'Current address / location – include postcode', "YP's present address", 'Address at time of referral'],
        'agency': ['Agency referring in', 'Referring agency / council', "Referrer's agency (see guidance notes)", 'Referred by (agency) – as recorded', 'Organisation making referral – if applicable'],
        'status': ['Housing situation – tick one', 'Homeless now or threatened – tick one', 'Housing status today', 'Current housing position – tick one', 'Homelessness status – tick one'],
        'mediation': ['Mediation attempted (Y/N) – give details', 'Has family mediation been tried (write N/A if none)', 'Any mediation with family (please complete)', 'Family mediation tried? Please tick', 'Mediation - attempted (in full)'],
        'mediation_outcome': ['What happened at mediation – give details', 'Result of mediation (write N/A if none)', 'Mediation result / notes', 'How did mediation go – as recorded', 'Outcome of family mediation (mandatory)'],
        'concerns': ['Concerns about the YP', 'Worries / safeguarding concerns', 'Any other concerns – brief summary', 'Safeguarding worries – as recorded', 'Concerns to note'],
        'known': ["Open to Children's Social Care? Please tick.", 'Known to CSC (Y/N) – brief summary', 'Is the YP known to social care – brief summary', "Already known to children's services", 'Known to social care? Please tick'],
        'parent_contact': ['Parent / carer name and number – brief summary', 'Parent or carer contact (continue overleaf)', 'Contact for parent/carer – please state', "Parent's name & phone", 'Carer contact details'],
    },
    'mash-notice': {
        'name': ['Young person (name) – as recorded', 'YP named', 'Name of YP (as on birth certificate)', "Young person's name in full (as on birth certificate)"],
        'dob': ["Young person's date of birth – dd/mm/yyyy", 'D.o.B. (as on ID)', 'YP DOB (dd/mm/yyyy)', 'Date born – dd/mm/yyyy'],
        'date': ['Date mediation took place (please complete)', 'Mediation held on – dd/mm/yyyy', 'Date of the mediation session – dd/mm/yyyy', 'Mediation date (held) – dd/mm/yyyy'],
        'outcome': ['Result – brief summary', 'How homelessness was prevented – brief summary', 'Outcome of mediation session', 'Mediation outcome / agreement (see guidance notes)'],
        'agency': ['Agency that mediated – as recorded', 'Mediation carried out by – please state', 'Mediating service (see guidance notes)', 'Service that mediated'],
    },
    'void': {
        'provider': ['Provider (trading as)', 'Provider co.', 'Provider - legal name', 'Name of housing org'],
        'week': ['Wk starting (Mon)', 'Log for week beginning', 'Wk comm. Monday', 'Week start date'],
        'ref': ['Bed ref', 'Unit code no.', 'Site ref', 'Bed / unit ID'],
        'locality': ['District / city', 'Geog. area'],
        'service': ['Scheme category', 'Accommodation model', 'Category of scheme', 'Support type'],
        'total': ['Units in scheme (all)', 'All units', 'Total capacity (units)', 'Units overall'],
        'occupied': ['Let now', 'Currently let', 'No. let', 'Units in use'],
        'vacant': ['No. empty', 'Free (units)', 'Spaces empty', 'Voids this wk'],
        'available': ['Ready to let', 'Date ready to let', 'Move in from', 'Ready date (void)'],
        'emergency': ['Emergency OK (Y/N)', 'EMG bed?', 'For emergency use (Y/N)', 'Emergency placements OK'],
        'notes': ['Comments (void)', 'Notes re void', 'Void notes', 'Remarks / comments'],
    },
}

HEADING_CHANCE = 0.75
HEADINGS = {
    "Section 1 - About the young person": ["About the young person", "Young person's details", "Details of the YP"],
    "Section 2 - Referrer": ["About you (the referrer)", "Referrer details", "Person making this referral"],
    "referral.sw": ["Allocated worker", "Social worker / PA details", "Who is the allocated worker"],
    "Section 3 - Family Group Conference and diversion": ["Family group conference and prevention",
                                                           "FGC and work to prevent homelessness",
                                                           "Prevention and family work"],
    "Section 4 - Reason for referral and risks": ["Reason for referral and risk information", "Needs and risks",
                                                  "Why a placement is needed, and the risks"],
    "Young person": ["Details of the young person", "The resident", "Young person details"],
    "The incident": ["Incident details", "What happened", "About the incident"],
    "sg.provider": ["Reporting provider", "Provider and scheme", "Where it happened"],
    "sg.sw": ["Social worker / PA", "Allocated worker details", "Worker for the YP"],
    "risk.referral": ["The referral", "Referral details", "Referral this relates to"],
    "risk.concern": ["Risk we cannot manage", "The risk concern", "Details of the concern"],
    "intel.you": ["Your details", "About the submitter", "Submitting worker"],
    "intel.info": ["The intelligence", "Information being submitted", "What you saw or heard"],
    "mash.yp": ["The young person", "Young person details", "About the 16/17 year old"],
    "mash.agency": ["Referring agency", "Who is referring", "Referrer agency details"],
    "mash.housing": ["Housing and mediation", "Homelessness and family mediation", "Housing position"],
}

TITLES = {
    "referral-emergency": ["EMERGENCY Supported Accommodation Request", "Same Day Placement Request - Young People",
                           "Urgent Request for Supported Accommodation (16-25)"],
    "referral-non-emergency": ["Supported Accommodation Referral Form (planned moves)",
                               "Planned Placement Referral - Young People's Supported Accommodation",
                               "YPSA Planned Referral Template"],
    "risk": ["Provider Notice - Risk We Cannot Manage", "Risk Concern Notification from Provider",
             "Provider Response: Unmanageable Risk"],
    "safeguarding": ["Safeguarding Incident Notification - Provider Form", "Incident Reporting Form - Supported Housing",
                     "Provider Safeguarding Incident Return"],
    "intelligence": ["Partnership Information Submission", "Community Intelligence Form (Partners)",
                     "Information Sharing - Intelligence Submission"],
    "mash": ["MASH Homelessness Referral 16/17", "Homeless 16-17 Year Old - Referral to MASH",
             "Joint Housing Protocol MASH Referral Form"],
    "mash-notice": ["Notice - Homelessness Prevented Through Mediation", "Mediation Outcome Notice (16/17)",
                    "Prevented by Mediation - Notification"],
    "void": ["Weekly Void Schedule", "Provider Void Log", "Weekly Vacancy Return by Scheme"],
}

SUBJECTS = {
    "referral-emergency": ["EMERGENCY - bed needed today - {initials}", "urgent SA request {initials} tonight",
                           "Same day placement pls - {initials}"],
    "referral-non-emergency": ["Planned move referral {initials}", "SA referral for {initials} (planned)",
                               "New referral - YP {initials}"],
    "risk": ["Risk notification re {ref}", "{ref} - risk we can't manage", "Unable to manage risk - {ref}"],
    "safeguarding": ["Incident overnight at {property}", "{property} - safeguarding notice", "SG notif. {property}"],
    "intelligence": ["Intel submission from partner agency", "Information to share (partnership)", "Intelligence form attached / below"],
    "mash": ["MASH 16/17 referral {initials}", "Homeless 16/17 - {initials} - MASH", "MASH ref for {initials}"],
    "mash-notice": ["Mediation - prevented ({initials})", "Prevented via mediation {initials}",
                    "Outcome: mediation {initials}"],
    "void": ["{provider} void log w/c {week}", "Void log {week} - {provider}", "Vacancies {provider} {week}"],
    "other": ["Training dates for January", "Room booking Thursday", "Out of office cover next week",
              "Team meal - who's in?"],
}

INTROS = ["Hi all - quick one for you,", "Morning team", "Hello Brokerage team -", "Hi there", "Afternoon both,", "Hiya"]
SIGNOFFS = ["Many thanks in advance.", "Cheers all", "Kind regards, and thanks again,", "Best wishes for now", "Thanks so much for this", "Regards, speak soon"]
FOOTERS = ["Oxfordshire County Council | Children's Services", "Sent from my work mobile",
           "Please note I work Mon-Thurs", "Working hours 8.30-4.30"]
COVERING = ["Form attached - shout if anything's missing.", "Please see the attached completed form.",
            "Completed form attached for your attention.", "Attached as discussed on the phone."]
ATTACHMENT_NAMES = {
    "referral": ["SA referral form {i}", "Referral template completed {i}"],
    "risk-concern": ["Risk notification {i}", "Unmanageable risk {i}"],
    "safeguarding-incident": ["Incident notification {i}", "SG return {i}"],
    "intelligence-submission": ["Info submission {i}", "Partner intel {i}"],
    "mash-referral": ["MASH 1617 {i}", "MASH homeless referral {i}"],
    "mash-notice": ["Mediation notice {i}", "Prevented notice {i}"],
    "void-return": ["Void log {i}", "Voids weekly {i}"],
}

TEXTS = {
    "diversion": ["Two home visits with mum and a referral to the family support service; the family would not engage "
                  "after the second visit.",
                  "Respite with an aunt for a fortnight was tried but the aunt has a small flat and cannot continue.",
                  "Early Help worker has done three sessions with the household and a family agreement was drawn up, "
                  "which broke down within a week.",
                  "Offered a short stay with grandparents in Thame which the young person declined because of college travel."],
    "reason": ["{yp} was asked to leave by stepdad after a row about money and has been sofa surfing with friends in "
               "Banbury for nine nights.",
               "{yp} disclosed that a family member has been physically rough with them and the home is not safe to go "
               "back to at present.",
               "Family relationship has broken down completely; {yp} is sleeping in a friend's car and missing college.",
               "{yp} is due to leave the foster placement at eighteen and needs a supported step down before independence.",
               "Dad has moved abroad and the tenancy ends this month, leaving {yp} with nowhere to live."],
    "safety": ["{yp} has nowhere to sleep tonight and has talked about staying at an older man's house.",
               "Without a bed tonight {yp} will be street homeless in the town centre in freezing weather.",
               "{yp} left home this morning after a fight and police have advised they should not return tonight."],
    "risks": {
        "risk_self": ["Has cut in the past, last known episode in the summer; has a safety plan with CAMHS.",
                      "Tends to go missing overnight when upset, usually found at friends' addresses.",
                      "Low mood and poor eating; GP aware and reviewing."],
        "risk_others": ["Verbal aggression toward family when drinking, no physical assaults recorded.",
                        "One caution for common assault last year on a peer, none since.",
                        "No known risk to other residents or to staff."],
        "risk_from": ["Older males linked to a county line have been seen collecting the YP from college.",
                      "Ex-partner has been controlling and there is a non-molestation order in place.",
                      "Peer group known to police for robbery in the Cowley area."],
        "exploitation": ["NRM submitted in October for suspected criminal exploitation.",
                         "Concerns about CSE raised by school, strategy meeting held last month.",
                         "Had unexplained cash and new phones on two occasions."],
        "substance": ["Cannabis daily, occasional alcohol at weekends.", "Says they have stopped using ketamine; "
                      "engaging with the young people's substance service.", "No known drug or alcohol use."],
        "offending": ["Referral order for possession with intent, due to end in March.",
                      "Shoplifting arrest last year, no further action.", "Nothing known re offending."],
        "mental_health": ["Diagnosed with ADHD, medication paused; anxiety in crowded places.",
                          "On the CAMHS waiting list after a crisis assessment in A&E.",
                          "Reports panic attacks at night and struggles with sleep."],
    },
    "support": ["Help to budget and register with a GP, plus weekly key work on independent living skills.",
                "Support to get back into college and to attend CAMHS appointments.",
                "Needs a calm setting with staff on site overnight and help with benefits claims.",
                "Practical help with cooking, bills and keeping the tenancy, and emotional support."],
    "risk_unable": ["Arson risk - the YP set fire to a bin in the previous placement and we have no sprinkler system.",
                    "Serious violence towards staff at a previous provider; our scheme is lone-worked at night.",
                    "Known links to a gang in the same street as our property, putting other residents at risk.",
                    "Very high level of self-harm needing waking night support, which we do not provide."],
    "risk_why": ["The building is a converted house with no fire suppression and residents sleep on the upper floors.",
                 "Our staffing is one worker on site until 10pm and no sleep-in cover after that.",
                 "Two current residents have exited the same gang and placing the YP there would put them in danger.",
                 "Our staff are not trained in managing ligature risk and there is no night cover on site."],
    "risk_enable": ["Funding for a waking night worker for the first eight weeks of the placement.",
                    "A fire risk assessment plus a plan agreed with the fire service and extra checks at night.",
                    "A placement in a different scheme outside the area, where the gang is not active.",
                    "Additional support hours from the CAMHS outreach team and a joint safety plan."],
    "incident": {
        "Missing": ["{yp} did not return by curfew and was reported missing to police at 23:30; returned next day "
                    "saying they stayed with a friend in Blackbird Leys.",
                    "{yp} went missing from the scheme overnight and was found by police at the railway station in the "
                    "early hours."],
        "Exploitation": ["Staff saw {yp} being dropped off by an unknown adult in a dark saloon car with several new "
                         "phones and a large amount of cash.",
                         "{yp} told their key worker they owe money to older boys and have been asked to carry packages "
                         "to Reading."],
        "Self-harm": ["{yp} disclosed cutting their forearm in the bathroom; staff gave first aid and called 111.",
                      "Staff found {yp} in their room having taken a number of tablets; ambulance called and taken to "
                      "the John Radcliffe."],
        "Violence": ["{yp} punched another resident in the communal kitchen during an argument over food; the other "
                     "resident had a cut lip.",
                     "A fight broke out between {yp} and a visitor in the car park, police attended and the visitor "
                     "was banned."],
        "Allegation against staff": ["{yp} alleges that a night worker shouted at them and pushed them against a door "
                                     "frame during a room check.",
                                     "{yp} said a member of staff took photos of them on a personal phone; the "
                                     "worker has been suspended pending LADO advice."],
        "Police involvement": ["Police attended after a neighbour reported shouting; {yp} was arrested on a warrant "
                               "for failing to appear at court.",
                               "Officers searched {yp}'s room with a warrant and seized a quantity of cannabis and "
                               "scales."],
        "Hospital admission": ["{yp} collapsed in the lounge after drinking heavily and was admitted to the Horton "
                               "overnight for observation.",
                               "{yp} was admitted to hospital with a suspected broken wrist after falling from a "
                               "wall while drunk."],
        "Other": ["A fire alarm was set off deliberately at three in the morning and {yp} admitted doing it for a dare.",
                  "{yp} brought an unknown adult into the building overnight in breach of the visitors agreement."],
    },
    "actions": ["Police informed and missing episode logged; return interview booked with the missing person worker.",
                "Manager on call notified, SW emailed the same night and a safety plan review arranged.",
                "Room checks increased to hourly, body map completed and GP appointment booked.",
                "Statement taken from staff on shift and CCTV kept; LADO contacted for advice."],
    "intel_urgent": ["Right now {p} is outside the scheme in a car asking for {yp} and saying he has a knife; staff "
                     "have locked the doors.",
                     "{yp} has just rung staff crying, saying {p} is holding them at a flat and will not let them leave.",
                     "Residents say {p} is on his way to the scheme tonight to hurt {yp} over a debt."],
    "intel_routine": ["{p} has been seen several evenings waiting near the college gates and talking to {yp} and "
                      "other young people.",
                      "{yp} mentioned that {p} pays for their phone top-ups and takes them to parties in Didcot.",
                      "Staff have noticed {p} visiting the corner shop near the scheme most afternoons and passing "
                      "small packages to teenagers.",
                      "A resident reports that {p} has offered {yp} and friends cash to hold bags for him."],
    "mediation_outcome": ["Mum agreed {yp} can stay while a plan is made but relationships are still strained.",
                          "Mediation broke down after twenty minutes, dad refused to let {yp} return home.",
                          "Some progress made, {yp} will stay with grandmother for two weeks while work continues."],
    "mash_concerns": ["Possible exploitation - seen with older males in the evenings, going missing overnight.",
                      "Mental health is fragile, recent overdose in the summer, not engaging with CAMHS.",
                      "Pregnant and without a GP; boyfriend is 24 and known to police.",
                      "Not attending school since October and staying with unknown adults."],
    "prevented": ["Family mediation took place and {yp} has returned home to mum with an agreement on house rules.",
                  "{yp} is staying with an uncle under a family arrangement agreed at mediation; no accommodation needed.",
                  "Mediation helped dad and {yp} agree a plan; homelessness prevented and the case closed to MASH."],
    "void_notes": ["Being decorated this week", "Awaiting new carpet", "Offered to a YP - awaiting reply",
                   "Female only flat", "Ground floor flat, ramp access", "Boiler fixed, ready", "Deep clean booked Weds"],
    "other_body": ["Hi all, January training sessions are on the shared drive, please book by Friday.",
                   "Could whoever booked Room 3 on Thursday let me know if you still need it?",
                   "I'm off next week, Jenny is covering my duty cases - thanks.",
                   "Team meal on the 18th at the Thai place - reply by Wednesday if you're coming."],
}

# -- the layouts of this part ----------------------------------------------------------------------------------
COUNCILS = [("Oxfordshire County Council", "OFFICIAL - SENSITIVE"),
            ("Oxfordshire County Council - Children's Services", "OFFICIAL-SENSITIVE (when completed)"),
            ("Cherwell District Council", "OFFICIAL SENSITIVE - PERSONAL")]
COUNCIL_CODES = ["Form CS-SA/02 v5.0 (Nov 2026)", "Template ref YPSA-F7 rev.3", "Doc ID CSC/HP/11 v2.1"]
PAGE_FORMS = ["Page {page} of {pages}", "Page {page}", "{page} of {pages}"]
COVER_LINES = [["Please complete every section. Return by secure email only."],
               ["Incomplete forms will be returned to the referrer.", "Guidance notes are on the intranet."],
               ["Use black ink if printing. Tick boxes where shown."]]
SECTION_FORMS = ["Section {A} - {t}", "Part {n}: {t}", "{n}. {t}", "SECTION {n} \u2013 {t}"]
QUESTION_FORMS = ["{n}.{q} ", "{n}{a}) ", "{n}.{q}. "]
FIRST_SECTIONS = ["Details", "General information", "Form details"]
SECTION_NOTES = ["Please answer every question in this section. Write N/A if it does not apply.",
                 "Give as much detail as you can; continue on a separate sheet if needed.",
                 "Tick one box per question where boxes are shown.",
                 "This section must be completed by the person submitting the form."]
TICKS = [("\u2612", "\u2610"), ("\u2611", "\u2610"), ("\u25a0", "\u25a1")]
GRIDS = {"legal_status": {"Looked after": "Looked after (s20)", "Care leaver": "Care leaver",
                          "Child in need": "Child in need", "Not known to social care": "Not known"},
         "status": {"Homeless": "Homeless now", "Threatened with homelessness": "Threatened with homelessness"}}
OFFICE_BOXES = [("For office use only", ["Date received:", "Reference:", "Allocated to:"]),
                ("OFFICE USE ONLY - do not write in this box", ["Received on", "Ref no.", "Allocated worker", "Outcome"]),
                ("For Brokerage use", ["Date logged:", "Case ref:", "Checked by:"])]
SPLIT = {
    "surname": ["Surname", "Family name", "Last name"],
    "forename": ["First name(s)", "Forename", "Given name(s)"],
    "dmy": [("Day", "Month", "Year"), ("DD", "MM", "YYYY")],
    "incident_date": ["Date of incident", "Incident date"],
    "incident_time": ["Time", "Time (24hr)"],
    "contact": ["Contact details", "Contact details (tel / email)"],
    "contact_forms": ["Tel: {phone}\nEmail: {email}", "{phone} / {email}", "T {phone}  E {email}"],
    "date_styles": ["dd/mm/yyyy", "d Mon yyyy", "d/m/yy"],
    "time_styles": ["HH:MM", "h.mmpm"],
}
HURRIED_WORDS = [("young person", "yp"), ("date of birth", "dob"), ("social worker", "sw"), ("telephone", "tel"),
                 ("address", "addr"), ("number", "no"), ("information", "info"), ("referral", "ref"),
                 ("organisation", "org"), ("accommodation", "accom"), ("placement", "plcmt"), ("incident", "inc")]
TYPO_CHANCE = 0.15
SENTENCE_SHARE = {"body-typed": 0.2, "body-sentences": 0.7}
SENTENCES = {
    "referral": {"name": ["The young person is {v}", "This is a referral for {v}"],
                 "dob": ["{yp} was born on {v}", "Their date of birth is {v}"],
                 "address": ["{yp} is currently staying at {v}"],
                 "needed": ["We need a bed from {v}", "The placement is needed from {v}"],
                 "legal_status": ["Legal status is {v}"]},
    "risk": {"yp": ["This is about {v}"], "ref": ["The referral reference is {v}"],
             "provider": ["We are {v}"]},
    "safeguarding": {"name": ["The young person involved is {v}"], "dob": ["{yp} was born {v}"],
                     "provider": ["I'm writing from {v}"], "property": ["It happened at our scheme {v}"],
                     "when": ["It happened {v}"]},
    "intelligence": {"worker": ["My name is {v}"], "agency": ["I work for {v}"], "location": ["This was at {v}"]},
    "mash": {"name": ["The young person is {v}"], "dob": ["{yp} was born on {v}"],
             "address": ["{yp} is staying at {v} for now"]},
    "mash-notice": {"name": ["This is about {v}"], "dob": ["{yp}'s date of birth is {v}"],
                    "date": ["Mediation took place on {v}"]},
}
TYPED_WHEN = {"safeguarding": ["The incident happened on {d} at about {t}", "This happened {d} at around {t}"],
              "intelligence": ["I saw this on {d} at about {t}", "This was on {d}, around {t}"]}
JOB_TITLES = ["Senior Practitioner | Adolescent Team", "Support Worker, Supported Housing",
              "Personal Adviser - Leaving Care", "Scheme Manager", "Housing Options Officer"]
PHONE_LINES = ["Tel 01865 {n}", "M: 07700 900{m}", "Direct line 01295 {n}", "Mob 07700 900{m}"]
QUOTE_LINES = ["see below as requested", "Sending again below - please confirm you have it.",
               "As asked, the details are below.", "Re-sending as below, thanks."]
VOID_GROUPS = [("Property", "Units", "Availability", "Notes"), ("Scheme details", "Bed spaces", "Move-in", "Comments")]
SUMMARY_HEADS = [["Scheme", "Total", "Filled", "Empty"], ["Area", "Units", "Let", "Void"]]
SUMMARY_SHEETS = ["Summary", "Overview"]
SCHEME_TITLES = ["{provider} - {locality} voids", "{locality} scheme - weekly log"]
SCHEME_SHEETS = ["{locality}", "{locality} scheme"]
VOID_OPENERS = ["Voids for {provider}, week beginning {week}:", "Here are {provider}'s voids for w/c {week}."]
VOID_SENTENCES = {
    "empty": ["{ref} ({locality}) has {vacant} of {total} empty, ready from {available}.",
              "{vacant} unit(s) at {ref} are empty from {available} - {occupied} of {total} let."],
    "empty-now": ["{ref} has {vacant} empty now ({occupied}/{total} let).",
                  "At {ref} there are {vacant} free of {total}."],
    "full": ["{ref} is full ({occupied} of {total}).", "Nothing free at {ref} - all {total} let."],
}
