"""Wordings of the fourteenth held-out part (heldout14, branch corpus42): written by hand for this part, in the ways staff
in English and Welsh councils, providers and police word and lay out forms. Never tune the hub against this part."""

SEED = 81736452
TEXT_EXPECT = True
HEADING_CHANCE = 0.7

PEOPLE = {
    "first": ["Heledd", "Gruffydd", "Seren", "Tomos", "Mali", "Cai", "Eleri", "Osian", "Bethan", "Aled", "Kezia",
              "Dominic", "Precious", "Tyler-Jay", "Ioana", "Shanice", "Callum", "Amira", "Ruairi", "Nia-Mae"],
    "last": ["Pritchard", "Vaughan-Jones", "ap Rhys", "O'Driscoll", "Maddocks", "Bevan", "Okonkwo", "Haworth",
             "Lloyd-Evans", "Szymanska", "McAllister", "Pennant", "Dacosta", "Griffiths", "Brindley", "Kaur",
             "Trewin", "Ellery", "Morgan-Price", "Whitcombe"],
}

VALUE_STYLES = {
    "dates": ["d/m/yyyy", "dd.mm.yyyy", "d Mon yyyy", "dth Month yyyy", "dd-mm-yyyy", "ddd d Mon yyyy", "dd/mm/yy",
              "d Month yyyy", "iso"],
    "times": ["HH:MM", "h.mmpm", "approx HH:MM", "HHMM hrs", "h:mm PM"],
    "yes": ["Yes", "Y", "yes", "Ie / Yes", "YES"],
    "no": ["No", "N", "no", "Na / No"],
    "blanks": ["", "n/a", "-", "None", "\u00a0", "not known"],
    "joiners": ["{d} at {t}", "{d} {t}", "{t} on {d}", "{d}, {t}"],
}

DOC_LAYOUTS = ["docx-2col", "docx-nested", "eml-attached", "docx-frames", "pdf-browser", "body-phone", "pdf-text",
               "docx-nested", "eml-attached", "docx-frames", "pdf-browser", "body-plain", "docx-frames", "body-phone"]
VOID_LAYOUTS = ["xlsx-title-merged", "xlsx-units", "eml-attached", "csv-units", "body-pasted", "xlsx-units", "csv",
                "eml-attached"]

LABELS = {
    'referral': {
        'referral_type': [
            'Is this an emergency placement request? (Y/N)',
            'Brys / Urgent referral?',
            'Type of request (emergency or planned)',
            'Emergency bed needed tonight?',
        ],
        'name': [
            "Young person's full name (incl. any known-as name)",
            'Enw llawn / Full name of young person - as known to services',
            'Name of YP being referred - as known to services',
            'Young person - first name and surname - as known to services',
        ],
        'dob': [
            "Young person's DOB (dd/mm/yyyy, e.g. 03/09/2009)",
            "Dyddiad geni'r person ifanc / Young person's date of birth",
            'Birth date of YP (e.g. 03/09/2009)',
            'D.o.B. of young person (e.g. 03/09/2009)',
        ],
        'gender': [
            'Gender identity (as YP describes it)',
            'Rhywedd / Gender - answer in full',
            'YP gender - please complete',
            'Sex / gender of young person',
        ],
        'lcs': [
            'LCS case no.',
            'LCS / Mosaic person ID',
            'Rhif LCS / LCS number (gweler nodyn / see note)',
            "Children's record number (LCS) (hub will check this)",
        ],
        'address': [
            'Where is the young person living at the moment? (with postcode)',
            'Cyfeiriad presennol / Current address (with postcode)',
            "YP's present address incl. postcode",
            'Current address / whereabouts of YP',
        ],
        'locality': [
            'Preferred area for placement - type your answer',
            'Ardal / Locality wanted',
            'Which district is the YP from?',
            'Area of the county requested',
        ],
        'legal_status': [
            "YP's legal status (s20 / s31 / care leaver / CIN / none)",
            'Statws cyfreithiol / Legal status (see note 2 overleaf)',
            'Current legal status of young person',
            'Legal position (CLA, CIN, leaver etc.)',
        ],
        'uasc': [
            'Unaccompanied asylum-seeking child? (UASC) - please complete',
            'UASC - yes or no (say if not known)',
            'Is the YP an unaccompanied asylum seeker? [mandatory]',
            'Ceisiwr lloches / UASC - please complete',
        ],
        'parent': [
            'Is the YP pregnant or already a parent? - type your answer',
            'Parent / expecting a baby (Y/N)',
            'Rhiant / Young parent?',
            'Young person is a parent or pregnant',
        ],
        'ref_name': [
            "Referring worker's name - as known to services",
            "Enw'r atgyfeiriwr / Referrer name - as known to services",
            'Name of person making this referral',
            'Referrer (print name) - as known to services',
        ],
        'ref_role': [
            "Referrer's job title (gweler nodyn / see note)",
            'Swydd / Role of referrer',
            'Your role in relation to the YP (please print)',
            'Referrer designation (please print)',
        ],
        'ref_org': [
            "Referrer's team / service [mandatory]",
            'Tîm / Team or agency',
            'Which service are you from? (required by the panel)',
            'Referring organisation / department',
        ],
        'ref_email': [
            "Referrer's secure email address",
            'E-bost / Email (referrer) (secure address if possible)',
            'Email to send decision to',
            'Referring worker email (secure address if possible)',
        ],
        'ref_phone': [
            "Referrer's direct dial / mobile",
            'Ffôn / Phone (referrer, incl. area code)',
            'Best number to reach you (incl. area code)',
            'Referring worker tel no.',
        ],
        'sw_name': [
            'Allocated SW / PA name (if different)',
            'Gweithiwr cymdeithasol / Allocated social worker',
            "Name of YP's allocated worker",
            'Current SW or PA',
        ],
        'sw_email': [
            "Allocated worker's email (secure address if possible)",
            'E-bost y gweithiwr / Allocated worker email',
            'SW / PA email address (secure address if possible)',
            'Email for the allocated worker (secure address if possible)',
        ],
        'fgc': [
            'Has a Family Group Conference taken place? (Y/N)',
            'Cynhadledd Grŵp Teulu / FGC held? (gweler nodyn / see note)',
            'FGC completed with family',
            'Family Group Conference offered and held?',
        ],
        'fgc_date': [
            'When was the FGC held?',
            'Dyddiad y gynhadledd / FGC date (e.g. 14 March 2026)',
            'Date family group conference took place (e.g. 14 March 2026)',
            'FGC held on (date, e.g. 14 March 2026)',
        ],
        'diversion': [
            'What has been tried to keep the YP at home / with family?',
            'Gwaith atal / Prevention work done',
            'Steps taken to avoid accommodation (see note 2 overleaf)',
            'Diversion / edge of care work so far',
        ],
        'reason': [
            'Why is accommodation needed now? (see note 2 overleaf)',
            'Rheswm dros atgyfeirio / Reason for referral - answer in full',
            'Reasons for this referral (give background)',
            'Summary of why YP needs supported accommodation',
        ],
        'safety': [
            'Where will the YP be safe tonight?',
            'Diogelwch heno / Safety plan for tonight',
            'Immediate safety arrangements (emergency only)',
            'Plan for tonight if no bed is found',
        ],
        'risk_self': [
            'Risk YP poses to self (self-harm, neglect)',
            "Risg i'w hunan / Risk to self - answer in full",
            'Any risk to themselves? (please print)',
            'Self-harm / risk to own safety - please complete',
        ],
        'risk_others': [
            'Risk YP poses to other people',
            'Risg i eraill / Risk to others [mandatory]',
            'Any risk to staff or other residents?',
            'Risk towards others (violence, threats)',
        ],
        'risk_from': [
            'Risk to YP from other people',
            'Risg gan eraill / Risk from others - do not leave blank',
            'Is anyone a risk to the young person? - please complete',
            'Known risks from adults or peers',
        ],
        'exploitation': [
            'CSE / CCE / county lines concerns',
            'Camfanteisio / Exploitation - do not leave blank',
            'Any exploitation worries (sexual or criminal)?',
            'Exploitation risk (incl. NRM)',
        ],
        'substance': [
            'Drug and alcohol use [mandatory]',
            'Cyffuriau ac alcohol / Substances',
            'Substances used and how often',
            'Any substance misuse? - please complete',
        ],
        'offending': [
            'Offending / YOS involvement - type your answer',
            'Troseddu / Offending history',
            'Current charges, orders or bail',
            'Any offending behaviour? - do not leave blank',
        ],
        'mental_health': [
            'Emotional wellbeing / mental health - type your answer',
            'Iechyd meddwl / Mental health (gweler nodyn / see note)',
            'Mental health needs and CAMHS input',
            'Any diagnosed MH conditions?',
        ],
        'support': [
            'Support the YP will need in placement [mandatory]',
            'Cymorth sydd ei angen / Support needs',
            'What help does the YP need to live independently?',
            'Key work / support needs',
        ],
        'needed': [
            'Date bed is needed from',
            'Dyddiad angen llety / Date accommodation needed',
            'Start date requested (e.g. 14 March 2026)',
            'When does the YP need to move? (e.g. 14 March 2026)',
        ],
        'consent': [
            'YP agrees to this referral being made (Y/N)',
            'Caniatâd / Consent given (hub will check this)',
            'Has the young person consented?',
            'Consent of YP to share information',
        ],
    },
    'risk': {
        'ref': [
            'YPSA / brokerage reference no.',
            'Cyfeirnod / Referral ref',
            'Referral number (from the hub)',
            'Your reference for this referral',
        ],
        'provider': [
            'Provider responding (gweler nodyn / see note)',
            'Darparwr / Provider - give as much detail as you can',
            'Name of housing provider',
            'Organisation completing this',
        ],
        'yp': [
            'Young person referred (hub will check this)',
            "Enw'r person ifanc / YP name [mandatory]",
            'Name of young person this is about',
            'Referred YP (see note 2 overleaf)',
        ],
        'risk': [
            "Which risks can't you manage?",
            'Risgiau / Risks we cannot safely manage',
            'Risk(s) that prevent an offer',
            'Concern(s) identified from the referral',
        ],
        'why': [
            "Why can't these be managed in your service?",
            'Pam / Reasons',
            'Explain why the risk is too high - give as much detail as you can',
            'Reason an offer cannot be made at present',
        ],
        'enable': [
            'What would allow you to make an offer?',
            "Beth fyddai'n helpu / What would help (hub will check this)",
            'Additional support or resources needed',
            'Conditions under which you could accept',
        ],
    },
    'safeguarding': {
        'provider': [
            'Reporting provider - type your answer',
            'Darparwr / Provider name (say if not known)',
            'Service provider making report',
            'Provider organisation (see note 2 overleaf)',
        ],
        'property': [
            'Property / scheme ref (hub will check this)',
            'Eiddo / Property code',
            'Scheme or address where YP lives',
            'Accommodation ref. no.',
        ],
        'name': [
            'Young person involved - as known to services',
            "Enw'r person ifanc / Name of YP",
            'Name of resident - as known to services',
            'Full name of YP concerned',
        ],
        'dob': [
            'DOB of YP (e.g. 03/09/2009)',
            'Dyddiad geni / DOB (e.g. 03/09/2009)',
            "Resident's date of birth (e.g. 03/09/2009)",
            'YP birth date (dd/mm/yyyy)',
        ],
        'lcs': [
            'LCS ref (if known) - do not leave blank',
            'Rhif LCS / LCS no. (see note 2 overleaf)',
            "YP's LCS number - give as much detail as you can",
            "Children's services ID (LCS) (required by the panel)",
        ],
        'sw_name': [
            "YP's social worker / PA - answer in full",
            'Gweithiwr cymdeithasol / SW',
            'Allocated worker at the council',
            'Name of SW or PA informed',
        ],
        'sw_email': [
            'Social worker email (secure address if possible)',
            'E-bost SW / SW email (secure address if possible)',
            'Email of allocated worker (secure address if possible)',
            'PA / SW e-mail (secure address if possible)',
        ],
        'date': [
            'Date it happened (e.g. 14 March 2026)',
            'Dyddiad y digwyddiad / Incident date (e.g. 14 March 2026)',
            'On what date? (e.g. 14 March 2026)',
            'Incident occurred on (e.g. 14 March 2026)',
        ],
        'time': [
            'Time it happened (24 hour clock please)',
            'Amser / Time of incident (24 hour clock please)',
            'At roughly what time?',
            'Incident time (24hr clock please)',
        ],
        'when': [
            'Date and time it happened (as exact as you can)',
            'Pryd / When did it happen',
            'When (date & time, as exact as you can)',
            'Incident date / time (as exact as you can)',
        ],
        'category': [
            'What type of incident? - give as much detail as you can',
            'Math o ddigwyddiad / Category (required by the panel)',
            'Incident type (choose one) (see note 2 overleaf)',
            'Nature of incident (see note 2 overleaf)',
        ],
        'severity': [
            'How serious? (low / medium / high / critical) (required by the panel)',
            'Difrifoldeb / Severity - answer in full',
            'Level of seriousness (see note 2 overleaf)',
            'Severity rating - do not leave blank',
        ],
        'description': [
            'What happened? (facts only) - do not leave blank',
            'Disgrifiad / Description of incident',
            'Account of the incident - please complete',
            'Tell us what happened (see note 2 overleaf)',
        ],
        'actions': [
            'What did staff do? (hub will check this)',
            'Camau a gymerwyd / Action taken',
            'Immediate actions and who was told',
            'Response by staff on shift',
        ],
        'police_ref': [
            'Police log / crime no. - please complete',
            'Cyfeirnod heddlu / Police ref - type your answer',
            'Police incident number (if called)',
            'Log or CAD number',
        ],
    },
    'intelligence': {
        'agency': [
            'Submitting organisation (say if not known)',
            'Sefydliad / Organisation',
            'Agency passing this on',
            'Which organisation are you?',
        ],
        'worker': [
            'Your name (see note 2 overleaf)',
            'Enw / Name of person submitting',
            'Submitted by (name) - give as much detail as you can',
            'Staff member submitting (please print)',
        ],
        'role': [
            'Your role (see note 2 overleaf)',
            'Swydd / Job title',
            'Position held (required by the panel)',
            'Job role of submitter (see note 2 overleaf)',
        ],
        'email': [
            'Your email (secure address if possible)',
            'E-bost / Email address (secure address if possible)',
            'Contact email for follow up',
            'Email (work) (secure address if possible)',
        ],
        'phone': [
            'Your phone no. (incl. area code)',
            'Ffôn / Telephone',
            'Number to call you back on',
            'Work mobile / landline',
        ],
        'when': [
            'When was this seen or heard? (date & time)',
            'Pryd / Date and time',
            'Date/time of information (as exact as you can)',
            'When did this come to light?',
        ],
        'date': [
            'Date seen or heard (e.g. 14 March 2026)',
            'Dyddiad / Date (e.g. 14 March 2026)',
            'Date of information (e.g. 14 March 2026)',
            'Date the info was received (e.g. 14 March 2026)',
        ],
        'time': [
            'Time seen or heard (24 hour clock please)',
            'Amser / Time (24 hour clock please)',
            'Time of information (24 hour clock please)',
            'Time info received (24 hour clock please)',
        ],
        'location': [
            'Where? (address or place) (with postcode)',
            'Lleoliad / Location (with postcode)',
            'Location it relates to',
            'Place / address concerned',
        ],
        'persons': [
            'People involved (name, DOB, description) (see note 2 overleaf)',
            'Pobl / Persons involved',
            'Who is involved? (see note 2 overleaf)',
            'Nominals (names, DOBs, descriptions)',
        ],
        'vehicles': [
            'Vehicles (make, colour, reg) - do not leave blank',
            'Cerbydau / Vehicles (see note 2 overleaf)',
            'Any vehicles seen? - answer in full',
            'Vehicle details - give as much detail as you can',
        ],
        'information': [
            'What is the information? (gweler nodyn / see note)',
            'Gwybodaeth / Intelligence',
            'Details of what was seen or heard',
            'Intelligence to pass on',
        ],
        'source': [
            'How do you know this? - give as much detail as you can',
            'Ffynhonnell / Source - give as much detail as you can',
            'Where did the information come from? [mandatory]',
            'Source of info [mandatory]',
        ],
        'grading': [
            'Grading (if known) - give as much detail as you can',
            'Graddio / Grade',
            '3x5x2 / 5x5x5 grade - answer in full',
            'Provenance grade - type your answer',
        ],
        'handling': [
            'Handling code - type your answer',
            'Cod trin / Handling - please complete',
            'Handling / sharing condition',
            'Sharing code (P/C) - please complete',
        ],
    },
    'mash': {
        'name': [
            "YP's full name - as known to services",
            'Enw / Name of young person',
            'Name of 16/17 year old - as known to services',
            'Young person (name) - as known to services',
        ],
        'dob': [
            'YP date of birth (e.g. 03/09/2009)',
            'Dyddiad geni / DOB of YP',
            'Birth date (e.g. 03/09/2009)',
            'D.O.B (must be 16 or 17 - e.g. 03/09/2009)',
        ],
        'address': [
            'Last settled address (with postcode)',
            'Cyfeiriad / Address (with postcode)',
            'Address they are leaving / were at',
            'Home address of young person',
        ],
        'agency': [
            'Referring agency / team (hub will check this)',
            'Asiantaeth / Referring agency',
            'Which agency is referring? (hub will check this)',
            "Referrer's organisation - please complete",
        ],
        'status': [
            'Homelessness situation',
            'Sefyllfa ddigartref / Housing situation',
            'Homeless now or threatened? (please print)',
            'Current housing position [mandatory]',
        ],
        'mediation': [
            'Has mediation been tried? - type your answer',
            'Cyfryngu / Mediation tried - answer in full',
            'Family mediation attempted (Y/N) [mandatory]',
            'Any mediation with parents/carers? (please print)',
        ],
        'mediation_outcome': [
            'What came of the mediation? (see note 2 overleaf)',
            'Canlyniad / Mediation result',
            'Mediation - outcome (hub will check this)',
            'Result of any mediation - do not leave blank',
        ],
        'concerns': [
            'Safeguarding worries (hub will check this)',
            'Pryderon / Concerns - type your answer',
            'Welfare and safety concerns',
            "Any concerns about the YP's safety",
        ],
        'known': [
            "Open to children's social care? (gweler nodyn / see note)",
            'Yn hysbys / Known to CSC',
            'Is the YP known to social care? - type your answer',
            'Known to CSC / early help (Y/N)',
        ],
        'parent_contact': [
            'Parent / carer and phone',
            'Rhiant / Parent contact - type your answer',
            'Who is the parent or carer? (tel)',
            'Parent/carer name & number - give as much detail as you can',
        ],
    },
    'mash-notice': {
        'name': [
            "Young person's name - as known to services",
            'Enw / YP name',
            'Name of YP (mediation)',
            'YP this notice is about',
        ],
        'dob': [
            'DOB (e.g. 03/09/2009)',
            'Dyddiad geni / Date of birth (YP)',
            "YP's D.O.B. (e.g. 03/09/2009)",
            'Date of birth of YP (e.g. 03/09/2009)',
        ],
        'date': [
            'Date mediation succeeded',
            'Dyddiad / Date of mediation',
            'Mediation concluded on (e.g. 14 March 2026)',
            'Date agreed (e.g. 14 March 2026)',
        ],
        'outcome': [
            'What was agreed? - answer in full',
            'Canlyniad / Agreement reached',
            'Mediation outcome in brief',
            'Outcome (homelessness prevented) [mandatory]',
        ],
        'agency': [
            'Agency that carried out mediation',
            'Asiantaeth / Mediating agency',
            'Mediated by',
            'Mediation service used (hub will check this)',
        ],
    },
    'void': {
        'provider': [
            'Provider org (registered name)',
            'Darparwr / Provider (registered name)',
            'Return from (provider name as on contract)',
            'Organisation (registered name)',
        ],
        'week': [
            'W/C (Monday, dd/mm/yy)',
            'Wythnos yn dechrau / Week commencing (dd/mm/yy)',
            'Week of return (Monday, dd/mm/yy)',
            'Return week starting',
        ],
        'ref': [
            'Prop ref (from contract list)',
            'Cyf. eiddo / Property ref',
            'Unit code (from contract list)',
            'Property ID (from contract list)',
        ],
        'locality': [
            'District (district council area)',
            'Ardal / Area (district council area)',
            'Locality / area (district council area)',
            'Patch (district council area)',
        ],
        'service': [
            'Type of service (16-17 / 18+)',
            'Gwasanaeth / Service',
            'Scheme type (16-17 / 18+)',
            'Service model (16-17 / 18+)',
        ],
        'total': [
            'Units in total (contracted)',
            'Cyfanswm / Total (contracted)',
            'Total no. of beds (contracted)',
            'Capacity (contracted)',
        ],
        'occupied': [
            'Units filled (as at Monday)',
            'Llawn / Filled',
            'No. occupied (as at Monday)',
            'Beds taken (as at Monday)',
        ],
        'vacant': [
            'Units empty (as at Monday)',
            'Gwag / Empty',
            'No. vacant (as at Monday)',
            'Beds free (as at Monday)',
        ],
        'available': [
            'Can be let from - ready date',
            'Ar gael o / Available from (date)',
            'Ready to let (date) - if void',
            'Free from - ready date',
        ],
        'emergency': [
            'Suitable for emergency? (Y/N)',
            'Brys / Emergency bed',
            'Emergency use Y/N - same day',
            'Can take same-day',
        ],
        'notes': [
            'Remarks (optional)',
            'Nodiadau / Notes (optional)',
            'Other info - comments',
            'Notes / comments (optional)',
        ],
    },
}

TITLES = {
    "referral-emergency": ["EMERGENCY Supported Accommodation Request - Tonight", "Cais Brys am Lety Heno / Emergency Accommodation Tonight",
                           "Same-day Placement Request - Young Person 16-25"],
    "referral-non-emergency": ["Supported Accommodation Request - planned move date",
                               "Cais am Lety â Chymorth / Supported Accommodation Request",
                               "Planned Move Request - Young Person 16-25"],
    "risk": ["Provider Risk Response to a YPSA Referral", "Ymateb Risg y Darparwr / Provider Risk Response",
             "Unable to Offer - Risk Response"],
    "safeguarding": ["Safeguarding Incident Notification - Provider Copy",
                     "Hysbysiad Digwyddiad / Incident Notification (Provider)", "Resident Incident Report Form"],
    "intelligence": ["Partnership Intelligence Sharing Form (non-emergency)", "Ffurflen Rhannu Gwybodaeth / Information Sharing Form",
                     "Community Intelligence Report (Partners)"],
    "mash": ["16/17 Homeless Young Person - MASH Request", "Cais MASH / MASH Request - Homeless 16/17",
             "Joint Housing & Children's Services Referral (16-17)"],
    "mash-notice": ["Mediation Outcome - Young Person Staying Home", "Canlyniad Cyfryngu / Mediation Outcome Notice",
                    "Notice of Successful Family Mediation - 16/17 Year Old"],
    "void": ["Weekly Vacancy Return (supported housing)", "Ffurflen Lleoedd Gwag / Vacancy Return", "Voids and Availability Return"],
}

SUBJECTS = {
    "referral-emergency": ["EMERGENCY accommodation request - {initials}", "Brys / Urgent - bed needed today {initials}",
                           "Same day placement needed please ({initials})"],
    "referral-non-emergency": ["Supported accommodation request - YP initials {initials}", "Planned move request - YP {initials}",
                               "Accommodation request (not urgent) {initials}"],
    "risk": ["Risk response regarding referral {ref}", "Unable to offer at the moment - {ref}", "Our risk response: {ref}"],
    "safeguarding": ["Incident notification for property {property}", "Safeguarding incident at {property} - for your records",
                     "SG notification {property}"],
    "intelligence": ["Intel sharing form attached", "Information to share with police partners",
                     "Community intelligence - for your attention"],
    "mash": ["MASH request (16/17 homeless) - {initials}", "16-17 homeless YP {initials} - MASH",
             "Joint assessment request {initials}"],
    "mash-notice": ["Mediation has worked for {initials}", "Homelessness prevented - {initials} (mediation)",
                    "Notice: mediation outcome for {initials}"],
    "void": ["Vacancy return w/c {week} ({provider})", "{provider} voids - week beginning {week}",
             "Availability return for w/c {week}"],
    "other": ["Parking at County Hall on Thursday", "Re: Christmas rota for the duty desk",
              "Training: trauma-informed practice (places left)", "Out of office replies over the holiday"],
}

INTROS = ["Hiya YPSA intake team,", "Bore da i chi gyd,", "Good afternoon all,", "Hello duty,", "Dear all at the hub,", "Prynhawn da pawb / Afternoon all,"]
SIGNOFFS = ["Diolch o galon / Thanks ever so much,", "Thanks so much, speak soon,", "Cofion gorau / Best regards from us,", "Best wishes from the team,", "Thanks in advance for your help,", "Kind regards, and thanks"]
COVERING = ["Form attached as requested.", "Please see the attached and let me know if anything is missing.",
            "I've attached the completed form.", "Attached - any queries give me a ring."]
FOOTERS = ["Children's Services | Gwasanaethau Plant", "Housing Options Team", "Supported Housing Service",
           "Leaving Care | Gadael Gofal"]

ATTACHMENT_NAMES = {
    "referral": ["Accommodation request {i}", "SA request form {i}"],
    "risk-concern": ["Risk response {i}", "Provider response form {i}"],
    "safeguarding-incident": ["Incident notification {i}", "SG notification {i}"],
    "intelligence-submission": ["Intel sharing form {i}", "Info sharing {i}"],
    "mash-referral": ["MASH request {i}", "16-17 joint referral {i}"],
    "mash-notice": ["Mediation outcome notice {i}", "Mediation notice {i}"],
    "void-return": ["Vacancy return {i}", "Voids {i}"],
}

HEADINGS = {
    "Section 1 - About the young person": ["A. Young person's details", "Adran 1 / Section 1: Y person ifanc / Young person",
                                           "YOUNG PERSON"],
    "Section 2 - Referrer": ["B. Who is referring?", "Adran 2 / Section 2: Atgyfeiriwr / Referrer", "REFERRER"],
    "referral.sw": ["C. Allocated worker", "Adran 3 / Section 3: Gweithiwr / Allocated worker", "ALLOCATED WORKER"],
    "Section 3 - Family Group Conference and diversion": ["D. Family involvement and prevention",
                                                          "Adran 4 / Section 4: Teulu / Family and prevention",
                                                          "FAMILY & PREVENTION"],
    "Section 4 - Reason for referral and risks": ["E. Reasons and risk assessment",
                                                  "Adran 5 / Section 5: Rhesymau a risgiau / Reasons and risks",
                                                  "REASONS & RISKS"],
    "Young person": ["A. The young person", "Y person ifanc / The young person", "RESIDENT"],
    "The incident": ["B. About the incident", "Y digwyddiad / The incident", "INCIDENT DETAILS"],
    "sg.provider": ["Provider details", "Darparwr / Provider", "PROVIDER"],
    "sg.sw": ["Council worker", "Gweithiwr / Council worker", "SOCIAL WORKER / PA"],
    "risk.referral": ["The referral", "Yr atgyfeiriad / The referral", "REFERRAL DETAILS"],
    "risk.concern": ["Our response", "Ein hymateb / Our response", "RISK RESPONSE"],
    "intel.you": ["About you", "Amdanoch chi / About you", "SUBMITTER"],
    "intel.info": ["The information", "Y wybodaeth / The information", "INTELLIGENCE"],
    "mash.yp": ["Young person", "Person ifanc / Young person", "YOUNG PERSON (16/17)"],
    "mash.agency": ["Referrer", "Atgyfeiriwr / Referrer", "REFERRING AGENCY"],
    "mash.housing": ["Housing and family", "Tai a theulu / Housing and family", "HOUSING SITUATION"],
}

TEXTS = {
    "diversion": ["Two home visits by early help, a respite weekend with an aunt and a referral to the family support "
                  "hub. Mum has now said she will not have the young person back under any circumstances.",
                  "Worked with dad for six weeks on boundaries and house rules; tried a short stay with grandparents in "
                  "Llanelli which ended after an argument about money.",
                  "Offered mediation twice, both times the stepfather refused to take part. Sofa surfing with friends "
                  "has been used while we look at options.",
                  "Edge of care team involved since the summer holidays, weekly sessions with the whole household, "
                  "but the arguments have escalated and police were called last weekend."],
    "reason": ["{yp} was asked to leave the family home after a serious row with mum's partner and has been staying "
               "on a friend's floor. The friend's parents can no longer keep them and there is nowhere else safe.",
               "Relationship with dad has broken down completely since {yp} disclosed drinking at home. We want a "
               "planned move into supported housing near college so the placement can settle before exams.",
               "{yp} turns eighteen soon and the foster placement ends at that point. Pathway plan says semi-independent "
               "living with floating support while budgeting skills are built up.",
               "Landlord served notice on the family and the council has placed them in one room at a hostel, which "
               "has no space for {yp}. Temporary arrangement with a cousin ends on Friday."],
    "safety": ["{yp} can stay one more night with a friend's family in Rhyl but they have been clear it is only one night.",
               "Out of hours have agreed a bed and breakfast for tonight only while we wait for a supported bed.",
               "If nothing is found {yp} will be sleeping in the car with an older brother, which is not safe."],
    "risks": {
        "risk_self": ["Cuts to forearms last year, none known since August; safety plan in place with the GP.",
                      "Skips meals when anxious and has gone to A&E twice this year after taking too many tablets."],
        "risk_others": ["Threw a mug at a sibling during the last argument; no other violence known.",
                        "Verbal aggression towards staff at the last placement when asked to follow curfew."],
        "risk_from": ["Older male in his twenties has been picking the young person up from college in a car.",
                      "Ex-partner has made threats over social media and knows the area they used to live in."],
        "exploitation": ["Police intelligence suggests links to a county lines group operating out of Swansea.",
                         "Has been found with new phones and clothes that cannot be explained; NRM referral being considered."],
        "substance": ["Cannabis most days, alcohol at weekends with friends.",
                      "Says they use ketamine at parties now and then; has been offered support by the young people's drug service."],
        "offending": ["Youth caution for shoplifting in the spring, nothing outstanding.",
                      "Bail conditions for a criminal damage charge, hearing is in the new year."],
        "mental_health": ["Diagnosed with anxiety, on the CAMHS waiting list for talking therapy.",
                          "ADHD diagnosis, medication reviewed by the paediatrician every three months."],
    },
    "support": ["Help with budgeting and a bank account, support to attend college every day and to register with a "
                "local GP.",
                "Daily key work at first, then reducing; support to claim Universal Credit and to keep appointments "
                "with CAMHS.",
                "Someone to help with cooking and shopping, and to keep in touch with their younger siblings safely.",
                "Support to move into a training course in January and to keep the tenancy going on their own."],
    "risk_unable": ["We cannot manage the fire setting history reported in the referral with sleeping night staff only.",
                    "The current exploitation risk is too high for a shared house of six residents in the town centre.",
                    "Known conflict with one of our existing residents, who was named in the police information.",
                    "Level of self-harm described needs waking night cover which this scheme does not have."],
    "risk_why": ["The scheme has one member of staff on site overnight and no waking cover after midnight.",
                 "The property is a short walk from the address where the exploitation was taking place.",
                 "Other residents include two young women who have been exploited themselves and are still very vulnerable.",
                 "Staff have not been trained in ligature risks and the rooms have not been assessed for them."],
    "risk_enable": ["A waking night worker funded for the first eight weeks and a clear plan agreed with the police.",
                    "A room at our other scheme in the valleys could work if the young person agrees to move further away.",
                    "An up to date risk assessment from the social worker and a professionals meeting before any move.",
                    "Extra support hours from the council and a fortnightly review for the first three months."],
    "incident": {
        "Missing": ["{yp} left the scheme at teatime and did not come back by curfew. Phones went to voicemail; reported "
                    "missing to police and came back at two in the morning by taxi with no explanation.",
                    "{yp} did not return after college. Friends said they had gone to Cardiff on the train. Police "
                    "informed and the young person was found safe the next afternoon."],
        "Exploitation": ["Staff saw {yp} getting into a silver car with two older men outside the property. Later "
                         "{yp} came back with a large amount of cash and a second phone.",
                         "An older man has been turning up at the front door asking for {yp} by a nickname. CCTV "
                         "shows {yp} handing over a small package to him through the window."],
        "Self-harm": ["{yp} told the night worker they had taken a handful of paracetamol. Ambulance called, taken to "
                      "hospital and kept in overnight for bloods.",
                      "Staff found {yp} in the bathroom with fresh cuts to the upper arm. First aid given and the "
                      "crisis team was rung for advice."],
        "Violence": ["{yp} punched another resident in the kitchen after an argument over food. The other resident "
                     "had a cut lip; both were separated by staff.",
                     "{yp} kicked the office door in when told their visitor had to leave, and threatened the support "
                     "worker on shift."],
        "Allegation against staff": ["{yp} says a member of staff grabbed their arm hard during an argument in the "
                                     "lounge. The staff member has been taken off shift while we look into it.",
                                     "{yp} alleges a relief worker sent messages to their personal phone late at night. "
                                     "The worker has been suspended pending investigation."],
        "Police involvement": ["Police attended after neighbours reported shouting from {yp}'s flat. Officers spoke to "
                               "everyone present and a visitor was removed from the building.",
                               "{yp} was arrested at the property on suspicion of handling stolen goods and taken to "
                               "the custody suite, released under investigation the next morning."],
        "Hospital admission": ["{yp} had a seizure in the communal lounge and was taken to hospital by ambulance. "
                               "Discharged the following day with a follow up appointment booked.",
                               "{yp} was admitted after a fall on the stairs while intoxicated; a head injury was "
                               "suspected and they stayed in for observation."],
        "Other": ["A fire alarm was set off deliberately in {yp}'s room by burning paper in a bin. No one was hurt and "
                  "the fire service checked the building.",
                  "{yp} let an unknown adult into the building who then refused to leave. Staff called the on-call "
                  "manager and the adult left after an hour."],
    },
    "actions": ["Rang the on-call manager, informed the social worker by email, and completed a body map and the "
                "internal incident log.",
                "Police called, missing person report made, and checks carried out every hour through the night.",
                "Spoke with the young person the next morning, updated the risk assessment and booked a review meeting.",
                "First aid given, ambulance called and the family told by the social worker the same evening."],
    "intel_urgent": ["Right now two men are outside the building trying to get {yp} to come out and get in a blue van. "
                     "One of them, believed to be {p}, has a knife tucked in his waistband.",
                     "{yp} has just phoned staff crying saying {p} is holding them in a flat and will not let them leave. "
                     "They said they are scared for their life.",
                     "Staff can hear {p} threatening to stab {yp} in the car park at this moment; other residents are "
                     "watching from their windows."],
    "intel_routine": ["Over the last month {yp} has been seen being collected late at night by {p}, who is much older "
                      "and drives different hire cars each week.",
                      "Residents say {p} sells cannabis from the bench near the bus station and has been asking new "
                      "arrivals at the scheme if they want work.",
                      "{yp} let slip during key work that {p} pays for their phone top ups and asks them to carry bags "
                      "to Newport now and then.",
                      "A neighbour reported several short visits to the flat by different young people since November, "
                      "each staying only a few minutes."],
    "mediation_outcome": ["Mum agreed {yp} could come home for two weeks but this broke down after a row about curfew.",
                          "Two sessions held; {yp} and dad could not agree on anything and the mediator closed the case.",
                          "Grandmother took part but said she cannot house {yp} long term because of her health."],
    "mash_concerns": ["Sleeping in a tent by the river for the last two nights and has no money for food.",
                      "Worried about an older group that the young person has been spending time with since leaving home.",
                      "Has missed the last three weeks of school and is not answering the phone to teachers.",
                      "Mum's new partner has a history of domestic abuse and the young person says they are frightened of him."],
    "prevented": ["{yp} has moved back home with mum after two sessions; a family plan was agreed and signed by both.",
                  "{yp} and dad agreed new house rules at mediation and {yp} is now living back at home with support "
                  "from early help.",
                  "Aunt has agreed to have {yp} live with her long term, with a family arrangement put in place."],
    "void_notes": ["Being redecorated this week", "Ground floor, suits mobility needs", "", "Awaiting gas safety cert",
                   "Female only house", "New carpet being fitted", ""],
    "other_body": ["Just a reminder that the car park at County Hall is closed on Thursday for resurfacing. Please use "
                   "the park and ride or the leisure centre car park.",
                   "Can everyone add their names to the Christmas and New Year duty rota by Friday please? There are "
                   "still gaps on the 27th and 28th.",
                   "There are still five places left on next month's trauma-informed practice day. Let me know if you "
                   "want one and I will book you on.",
                   "Please remember to switch your out of office on before you go off, with the duty number in it."],
}

# -- heldout14's own layouts ------------------------------------------------------------------------------------
# docx-nested
MASTHEADS = [("[Council crest]", "Children's Services - Safeguarding and Family Support"),
             ("[Logo / Logo]", "Gwasanaethau Cymdeithasol / Social Services"),
             ("[Partnership logo]", "Youth Homelessness Partnership")]
OFFICE_LINES = [("Office ref: ________", "Date logged: ________"),
                ("Cyf. swyddfa / Office ref:", "Derbyniwyd / Received:"),
                ("For hub use - ref:", "Checked by:")]
FIRST_GROUPS = ["Details", "Manylion / Details", "Key information"]
DETAIL_PROMPTS = ["If yes, give details:", "Os ydy, rhowch fanylion / If yes, details:", "Further details (if yes):"]
# docx-frames
FRAME_HEADERS = ["{title} - please type in the boxes", "OFFICIAL - SENSITIVE | {title}", "{title} (version 3)"]
# pdf-browser
PORTALS = [("Council Online Forms", "https://forms.council.test/service"),
           ("Partner Portal - Ffurflenni Ar-lein", "https://portal.partners.test/forms"),
           ("Youth Housing Gateway", "https://gateway.youthhousing.test/eform")]
PORTAL_LINES = ["Questions marked * must be answered.", "Your answers are saved as you go. Print this page for your records.",
                "Gallwch ateb yn Gymraeg / You can answer in Welsh."]
PORTAL_BUTTONS = ["Submit form", "Back   Print   Submit", "Save and continue"]
# body-phone
PHONE_INTROS = ["Sorry on my phone, form below", "Quick one from my phone - details below", "Can you log this pls",
                "Ffon / on phone sorry for typos"]
PHONE_SIGNATURES = ["Sent from my iPhone", "Sent from Outlook for Android", "Get Outlook for iOS", "Sent from my Galaxy"]
AUTOCORRECT = [("yp", "YP"), ("dob", "Dob"), ("sw", "SW"), ("im", "I'm")]
# xlsx-units, csv-units
UNIT_WORDS = {"total": ["{n} units", "{n} bed{s}", "{n} rooms"],
              "occupied": ["{n} occ", "{n} let", "{n} filled"],
              "vacant": ["{n} void{s}", "{n} empty", "{n} free"]}
UNIT_NONE = ["nil", "0", "none"]
UNIT_SHEETS = ["Voids", "Availability", "Wythnos / Week"]
# eml-attached
FORWARD_NOTES = ["Forwarding the attached as it came to our team inbox by mistake.",
                 "Please see the email attached below - sent to me rather than the hub.",
                 "Attaching the original email, as asked. Ymddiheuriadau / apologies for the delay.",
                 "Sending this on to the right inbox - original email attached."]
OUTER_ROLES = ["Business Support Officer", "Team Manager", "Duty Administrator", "Cydlynydd / Coordinator"]
