"""heldout13's wordings (seed 62091843): forms as councils make them, written by the author of heldout13 and tuned16
without reading the parsers, config/forms or any other part's mails or wordings. The same kinds of layout as tuned16,
in wordings of its own. HELD OUT: never read these while working on the hub's parsers."""

SEED = 62091843
TEXT_EXPECT = True

DOC_LAYOUTS = ["docx-council", "pdf-council", "docx-split-fields", "pdf-split-fields", "body-typed", "body-sentences",
               "body-quoted", "docx-2col", "body-plain", "pdf-text"]
VOID_LAYOUTS = ["xlsx-provider-log", "body-void-typed", "xlsx-provider-log", "body-void-typed", "xlsx-flat",
                "body-blocks", "csv", "body-html-table"]

PEOPLE = {
    "first": ["Seren", "Kofi", "Aoibhinn", "Gwilym", "Magdalena", "Abdirahman", "Tegan", "Chidera", "Lorcan", "Isolde",
              "Rhydian", "Zofia", "Yusra", "Deacon", "Mairead", "Efua", "Callum", "Hafsa"],
    "last": ["Pugh-Rowlands", "Asante", "Ni Bhriain", "Kowalczyk", "Warsame", "Treharne", "Okonkwo-Reid", "Lloyd-Bevan",
             "McAuliffe", "Jablonska", "Gathercole", "Boateng", "Penrose", "Hassan-Ali", "Tudor-Price", "Kavanagh"],
}

VALUE_STYLES = {
    "dates": ["dd/mm/yyyy", "d.m.yyyy", "dth Mon yyyy", "d Month yyyy", "dd-mm-yy", "dddd d Month yyyy", "d/m/yyyy",
              "dd Mon yy"],
    "times": ["HH:MM", "h.mm am", "HHMM", "h:mmPM", "HH.MM hrs"],
    "yes": ["Yes", "Y", "yes", "Yes (confirmed)"],
    "no": ["No", "N", "no", "No."],
    "blanks": ["", "Not known", "N/A", "nil", "\u00a0", "--"],
    "joiners": ["{d} {t}", "{d} at {t}", "{d} - {t}", "{t}, {d}"],
}

LABELS = {
    'referral': {
        'referral_type': ['Request type (emergency / planned) - mandatory', 'Emergency (same day) request?', 'Nature of request - state N/A if none', 'Emergency or planned move - if known'],
        'name': ['Name of young person (forename surname)', "YP's name", 'Young person - full name please', 'Name (young person)', "Referred YP's full name"],
        'dob': ['Date of birth (YP)', 'DoB - DD/MM/YYYY', 'YP DoB - DD/MM/YYYY', 'Born on (date) - DD/MM/YYYY', "YP's birth date - DD/MM/YYYY"],
        'gender': ['Gender (self-described) - mandatory', 'Gender / pronouns - state N/A if none', 'How does the YP describe their gender - if known', 'Sex (as registered)'],
        'lcs': ['LCS ID no. (current)', 'LCS number if open', 'Liquid Logic ID (seven digit no.)', 'LCS / case ID (seven digit no.)'],
        'address': ['Current address (where they sleep)', 'Address now (with postcode)', 'Where living at present', "YP's address today", 'Staying at (address) - please describe'],
        'locality': ['District preferred (summary)', 'Preferred locality / district - state N/A if none', 'Area they would like', 'Preferred district (summary)'],
        'legal_status': ['YP legal status - mark one', 'Legal status - tick', 'Status (LAC / leaving care / CIN)', 'Legal position', 'Children Act status - mark one'],
        'uasc': ['UASC? Mark with X', 'Unaccompanied asylum seeking child (current)', 'Unaccompanied (UASC) - Y / N', 'Is YP UASC (current)'],
        'parent': ['Is YP pregnant or a parent', 'Parent / pregnant? Yes or No', 'Has a child / expecting', 'YP has children?'],
        'ref_name': ['Referrer (as held)', 'Name of referrer (BLOCK CAPITALS)', 'Referrer name (print) - please describe', 'Referring worker (BLOCK CAPITALS)'],
        'ref_role': ['Role / job title (BLOCK CAPITALS)', "Referrer's job", 'Job title - please describe', 'Role of referrer (BLOCK CAPITALS)'],
        'ref_org': ['Organisation / team - brief', "Referrer's team - see notes", 'Agency / team name', 'Service referring from (current)'],
        'ref_email': ['Referrer email - work address', 'E-mail (referrer) - work address', 'Email address of referrer (secure)', 'Secure e-mail for replies'],
        'ref_phone': ['Referrer telephone (incl. ext)', 'Tel (referrer) - mobile', 'Phone no. of referrer (incl. ext)', 'Telephone - referrer (incl. ext)'],
        'sw_name': ['Social worker / PA (summary)', 'Allocated social worker or PA', 'SW/PA name (current)', 'Name of SW or PA (BLOCK CAPITALS)'],
        'sw_email': ['SW / PA email address (secure)', 'Email of SW or PA (secure)', 'Allocated SW email (secure)', 'SW/PA e-mail (secure)'],
        'fgc': ['FGC offered? Yes or No', 'Family Group Conference offered - brief', 'Has there been an FGC', 'FGC (offered or held) - please describe'],
        'fgc_date': ['Date of FGC (DD/MM/YYYY)', 'FGC date if held', 'FGC held on (DD/MM/YYYY)', 'Date FGC offered/held (DD/MM/YYYY)'],
        'diversion': ['Work done to prevent the need for accommodation', 'Prevention - what has been tried', 'Diversion work (please specify)', 'Attempts to keep YP at home - see notes'],
        'reason': ['Reason for referral - brief', 'Why is the YP being referred now', 'Reasons accommodation is needed - brief', 'Main reason for this request'],
        'safety': ['Safety concerns (emergency only)', 'Is the YP safe right now', 'Immediate risk if no bed tonight', 'Current safety concerns - mandatory'],
        'risk_self': ['Risk to self - current and historic', 'Risks to self (detail)', 'Any risk to self (BLOCK CAPITALS)', 'Self-harm / self-neglect'],
        'risk_others': ['Risk to others (please specify)', 'Risks to others (detail)', 'Any risk to others (summary)', 'Aggression / violence to others - brief'],
        'risk_from': ['Risk from others (BLOCK CAPITALS)', 'Risks from other people - mandatory', 'Any risk from others (as held)', 'Who poses a risk to the YP (please specify)'],
        'exploitation': ['Exploitation (required)', 'CSE / CCE concerns (summary)', 'Exploitation risk (sexual / criminal) - if known', 'Any exploitation (BLOCK CAPITALS)'],
        'substance': ['Substance misuse (BLOCK CAPITALS)', 'Drugs and alcohol - state N/A if none', 'Substance / alcohol misuse', 'Drug or alcohol use - brief'],
        'offending': ['Offending (current)', 'Offending / YJS - see notes', 'Any offending behaviour - mandatory', 'Offending behaviour & YOS'],
        'mental_health': ['Mental health - if known', 'Mental health / emotional wellbeing - mandatory', 'MH concerns - mandatory', 'Emotional & mental health - if known'],
        'support': ['Support needs - if known', 'Support needed (please specify)', 'What support will the YP need - state N/A if none', 'Support required in placement - state N/A if none'],
        'needed': ['Date needed (DD/MM/YYYY)', 'Date accommodation needed (DD/MM/YYYY)', 'Needed from (DD/MM/YYYY)', 'Move-in date requested (DD/MM/YYYY)'],
        'consent': ['Consent given - if known', 'YP consents (Y/N) - brief', 'Consent of young person', 'Has YP given consent'],
    },
    'risk': {
        'ref': ['Referral reference (from Brokerage)', 'Ref. no. - YPSA or BRK number', 'Brokerage ref - YPSA or BRK number', 'Referral no. (from Brokerage)'],
        'provider': ['Provider (registered name)', 'Provider name - if known', 'Your organisation', 'Provider responding (registered name)'],
        'yp': ['Young person (forename then surname)', "Young person's name (forename then surname)", 'Name of YP (forename then surname)', 'YP name (forename then surname)'],
        'risk': ['Risk that cannot be managed - see notes', 'Which risk can you not manage - state N/A if none', 'Risk unable to manage - please describe', 'Risk(s) that cannot be held'],
        'why': ['Why can this risk not be managed (as held)', 'Reason risk cannot be managed - state N/A if none', 'Why not manageable (summary)', 'Explain why in full'],
        'enable': ['What resources would enable you to manage it', 'Resources needed', 'What would enable the placement', 'Resources / support that would help'],
    },
    'safeguarding': {
        'provider': ['Provider (registered name)', 'Provider name - organisation', 'Name of provider (BLOCK CAPITALS)', 'Reporting provider (registered name)'],
        'property': ['Property reference (summary)', 'Property ref - if known', 'Property (as held)', 'Scheme / property - state N/A if none'],
        'name': ["Young person's name (forename then surname)", 'Name of YP (forename then surname)', 'YP name (forename then surname)', "Resident's name (forename then surname)"],
        'dob': ['Date of birth - DD/MM/YYYY', 'DOB (day/month/year)', 'D.O.B (day/month/year)', 'YP DOB - DD/MM/YYYY'],
        'lcs': ['LCS number (seven digit no.)', 'LCS no (summary)', 'LCS ID (seven digit no.)', 'LCS (seven digit no.)'],
        'sw_name': ['Social worker (please specify)', 'SW / PA - brief', 'Social worker name (summary)', 'Allocated worker (BLOCK CAPITALS)'],
        'sw_email': ['Social worker email (secure)', 'SW email (secure)', 'Email (SW/PA) - work address', 'Allocated worker email (secure)'],
        'date': ['Date of incident - day/month/year', 'Incident date - if known', 'Date - day/month/year', 'Date of event (DD/MM/YYYY)'],
        'time': ['Time of incident - hh:mm', 'Incident time - if known', 'Time (approx. is fine)', 'Time of event (24hr)'],
        'when': ['Date and time of incident (DD/MM/YYYY, hh:mm)', 'When (DD/MM/YYYY, hh:mm)', 'Date/time (DD/MM/YYYY, hh:mm)', 'Date & time - mandatory'],
        'category': ['Category - mark one', 'Type of incident - mark one', 'Incident type - mark one', 'Nature of incident - mark one'],
        'severity': ['Severity - mark one', 'Severity level - mark one', 'Severity rating - mark one', 'Seriousness - mark one'],
        'description': ['Description of incident - who, what, where, when', 'What happened (factual)', 'Details of incident - who, what, where, when', 'Description - who, what, where, when'],
        'actions': ['Actions taken - if known', 'Action taken (required)', 'What action was taken - please describe', 'Actions - brief'],
        'police_ref': ['Police reference (BLOCK CAPITALS)', 'Police ref (current)', 'Crime reference', 'Police log number - state N/A if none'],
    },
    'intelligence': {
        'agency': ['Agency (summary)', 'Your agency - mandatory', 'Organisation (required)', 'Agency / organisation - please describe'],
        'worker': ['Name (BLOCK CAPITALS)', 'Your name - please describe', 'Worker name - mandatory', 'Submitted by (name) - brief'],
        'role': ['Role (BLOCK CAPITALS)', 'Job role (as held)', 'Your role - please describe', 'Position (as held)'],
        'email': ['Email - work address', 'Your email (secure)', 'Email address (secure)', 'E-mail - work address'],
        'phone': ['Phone (incl. ext)', 'Telephone (incl. ext)', 'Phone number (incl. ext)', 'Contact number (incl. ext)'],
        'when': ['Date and time of information (DD/MM/YYYY, hh:mm)', 'When (DD/MM/YYYY, hh:mm)', 'Date/time seen (DD/MM/YYYY, hh:mm)', 'Date & time (DD/MM/YYYY, hh:mm)'],
        'date': ['Date - day/month/year', 'Date of information (DD/MM/YYYY)', 'Date seen (DD/MM/YYYY)', 'Date obtained (DD/MM/YYYY)'],
        'time': ['Time (approx. is fine)', 'Time of information (24hr)', 'Time seen (24hr)', 'Time obtained (24hr)'],
        'location': ['Location (as held)', 'Where - state N/A if none', 'Address / location (summary)', 'Place - state N/A if none'],
        'persons': ['Persons involved (BLOCK CAPITALS)', 'People involved - see notes', 'Subjects (as held)', 'Names of persons'],
        'vehicles': ['Vehicles (as held)', 'Vehicles involved - state N/A if none', 'Vehicle details - see notes', 'Any vehicles seen - state N/A if none'],
        'information': ['Information - facts, not opinion', 'Intelligence - facts, not opinion', 'Details of information - facts, not opinion', 'What is the information - facts, not opinion'],
        'source': ['Source (summary)', 'Source of information - please describe', 'How obtained (required)', 'Where from (current)'],
        'grading': ['Grading - brief', 'Intelligence grading (as held)', 'Grade - state N/A if none', 'Source grading (please specify)'],
        'handling': ['Handling code - see notes', 'Handling (as held)', 'Handling instruction (as held)', 'Handling / sharing'],
    },
    'mash': {
        'name': ["Young person's name (forename then surname)", 'Name (forename then surname)', 'Name of young person (forename then surname)', 'YP full name (forename then surname)'],
        'dob': ['Date of birth (day/month/year)', 'DOB (day/month/year)', 'D.O.B. - DD/MM/YYYY', "Young person's DOB - DD/MM/YYYY"],
        'address': ['Address (with postcode)', 'Current address (with postcode)', 'Address / where staying (with postcode)', 'Where staying (with postcode)'],
        'agency': ['Referring agency (BLOCK CAPITALS)', 'Agency (summary)', 'Referrer agency - see notes', 'Agency making referral (current)'],
        'status': ['Homelessness status - mark one', 'Status - mark one', 'Housing status - mark one', 'Homeless or threatened - mark one'],
        'mediation': ['Mediation tried - see notes', 'Mediation attempted - brief', 'Has mediation been attempted (BLOCK CAPITALS)', 'Mediation? Yes or No'],
        'mediation_outcome': ['Mediation outcome - state N/A if none', 'Outcome of mediation (as held)', 'Result of mediation - brief', 'Mediation notes'],
        'concerns': ['Concerns (as held)', 'Safeguarding concerns - please describe', 'Other concerns', 'Any concerns (required)'],
        'known': ['Known to CSC (please specify)', 'Known to social care (as held)', "Known to children's social care - brief", 'Open to CSC - mandatory'],
        'parent_contact': ['Parent contact (please specify)', 'Parent/carer contact (as held)', 'Parent / carer details (current)', 'Parent or carer - see notes'],
    },
    'mash-notice': {
        'name': ['Name (forename then surname)', 'Young person (forename then surname)', 'YP (forename then surname)', "Young person's name (forename then surname)"],
        'dob': ['DOB (day/month/year)', 'Date of birth (day/month/year)', 'D.O.B (day/month/year)', 'YP DOB - as on passport'],
        'date': ['Date of mediation (DD/MM/YYYY)', 'Mediation date - day/month/year', 'Date mediation held (DD/MM/YYYY)', 'Mediation on'],
        'outcome': ['Outcome - brief', 'Mediation outcome - state N/A if none', 'Outcome of mediation (as held)', 'Result of mediation - brief'],
        'agency': ['Agency (summary)', 'Mediating agency (BLOCK CAPITALS)', 'Mediation by (required)', 'Agency (mediation) - brief'],
    },
    'void': {
        'provider': ['Who is returning this', 'Reporting org', 'Provider / charity name', 'Housing association'],
        'week': ['WC Mon', 'Monday (week start)', 'Week (Monday date)', 'Return week'],
        'ref': ['Housing ref', 'Scheme ID (Brokerage)', 'Unit reference no', 'Bed code'],
        'locality': ['District of scheme', 'District name'],
        'service': ['Age group / type', 'Service band', 'Provision category', 'Scheme model'],
        'total': ['Number of units in total', 'Total no', 'Units (capacity)'],
        'occupied': ['Let (units)', 'Units taken'],
        'vacant': ['Unlet units', 'Empty now'],
        'available': ['Ready for new YP from', 'First available date'],
        'emergency': ['Same-day use?', 'Emergency capable', 'Emergency (yes/no)', 'Can use for emergency'],
        'notes': ['Comments on unit', 'Anything to flag', 'Remarks (void)'],
    },
}

HEADING_CHANCE = 0.75
HEADINGS = {
    "Section 1 - About the young person": ["Young person", "YP information", "The young person being referred"],
    "Section 2 - Referrer": ["Referrer", "Referring worker", "Details of referrer"],
    "referral.sw": ["Social worker / PA", "Allocated SW or PA", "Allocated social worker"],
    "Section 3 - Family Group Conference and diversion": ["FGC and diversion", "Family Group Conference",
                                                           "Diversion from care / accommodation"],
    "Section 4 - Reason for referral and risks": ["Reason and risk", "Risk assessment", "Reasons and risks"],
    "Young person": ["YP details", "Young person involved", "About the YP"],
    "The incident": ["Incident", "Details of the incident", "Incident information"],
    "sg.provider": ["Provider details", "Provider / property", "Reporting organisation"],
    "sg.sw": ["SW / PA", "Allocated social worker / PA", "Worker details"],
    "risk.referral": ["Referral", "About the referral", "Referral information"],
    "risk.concern": ["Risk", "Unmanageable risk", "Risk information"],
    "intel.you": ["Submitter", "Submitting agency", "Your information"],
    "intel.info": ["Intelligence", "Information", "Intelligence details"],
    "mash.yp": ["Young person (16/17)", "YP", "About the young person (16-17)"],
    "mash.agency": ["Referrer", "Agency", "Referring organisation"],
    "mash.housing": ["Housing", "Homelessness", "Housing situation and mediation"],
}

TITLES = {
    "referral-emergency": ["Young People's Supported Accommodation - Emergency Referral (Council Template)",
                           "EMERGENCY REFERRAL: Supported Accommodation for Young People",
                           "Emergency Accommodation Referral - 16 to 25"],
    "referral-non-emergency": ["Young People's Supported Accommodation - Planned Referral (Council Template)",
                               "Planned Referral for Supported Accommodation 16-25",
                               "Referral for Supported Housing (Planned Move)"],
    "risk": ["Risk Concern Response - Provider", "Provider Risk Concern Return", "Notification of Unmanageable Risk (Provider)"],
    "safeguarding": ["Safeguarding Incident Report - Provider Template", "Provider Incident Notification Template",
                     "Serious Incident or Safeguarding Report (Supported Housing)"],
    "intelligence": ["Partner Intelligence Report", "Intelligence Submission (Partner Agencies)",
                     "Information Report for Police / Partnership"],
    "mash": ["MASH Referral Form - 16 or 17 and Homeless", "Referral to MASH (Young Person 16/17)",
             "16/17 Homelessness MASH Referral"],
    "mash-notice": ["Mediation Outcome - Homelessness Prevented (16/17)", "Notice of Prevention by Mediation",
                    "MASH Notice: Mediation Prevented Homelessness"],
    "void": ["Provider Weekly Voids Log", "Weekly Voids by Scheme", "Void Availability Log"],
}

SUBJECTS = {
    "referral-emergency": ["EMERGENCY ref - {initials} - bed today", "Emergency placement needed {initials}",
                           "URGENT: accommodation today {initials}"],
    "referral-non-emergency": ["Referral (planned) - {initials}", "New planned referral {initials}",
                               "Supported accom referral {initials}"],
    "risk": ["Re {ref} - unmanageable risk", "Risk concern for {ref}", "{ref} risk response"],
    "safeguarding": ["Safeguarding incident today at {property}", "Incident report from scheme {property}", "{property} incident last night"],
    "intelligence": ["Intelligence report (partner)", "Partner intel for MASH / police", "Intelligence for the partnership"],
    "mash": ["MASH referral {initials} (aged 16/17)", "16/17 homeless - {initials}", "MASH - {initials} - homeless"],
    "mash-notice": ["Mediation result for {initials}", "{initials} - homelessness prevented by mediation", "Notice: {initials} mediation"],
    "void": ["Voids for {provider}, {week}", "{provider} - weekly voids {week}", "Weekly voids w/c {week} ({provider})"],
    "other": ["County Hall car park closed Monday", "Fire drill at 11 on Tuesday", "Christmas cover rota 2026", "Printer on 2nd floor broken"],
}

INTROS = ["Hi Brokerage - morning,", "Dear Brokerage colleagues - good morning,", "Good morning Brokerage team,", "Hello there Brokerage,", "Hi both, hope you are well"]
SIGNOFFS = ["Thanks again for all your help,", "Kind regards for now", "Many thanks, much appreciated,", "Best regards, and thanks", "Thank you kindly"]
FOOTERS = ["Children's Services, County Hall", "Please consider the environment before printing",
           "I do not work Fridays", "Part-time: Tue-Thu"]
COVERING = ["Please find the form attached.", "Form attached.", "Attached is the completed form.",
            "See attached form, thanks."]
ATTACHMENT_NAMES = {
    "referral": ["Referral {i}", "YPSA referral template {i}"],
    "risk-concern": ["Risk response {i}", "Risk concern form {i}"],
    "safeguarding-incident": ["Incident form {i}", "Safeguarding report {i}"],
    "intelligence-submission": ["Intelligence report {i}", "Intel form {i}"],
    "mash-referral": ["MASH referral form {i}", "MASH {i}"],
    "mash-notice": ["Mediation outcome form {i}", "Prevented {i}"],
    "void-return": ["Voids {i}", "Weekly voids log {i}"],
}

TEXTS = {
    "diversion": ["Mediation with mum was offered twice; mum attended once and then said she would not take part again.",
                  "A stay with a family friend was arranged for a week but the friend's landlord objected to a lodger.",
                  "Family support worker visited weekly for six weeks and a house rules agreement was tried without success.",
                  "Looked at a return to dad in Swindon, but dad has said he is unable to have the young person."],
    "reason": ["{yp} has been thrown out after mum's new partner moved in and has spent four nights in a tent by the river.",
               "{yp} says they are frightened of an older sibling who has been violent at home since he came back.",
               "{yp} has been staying at different friends' houses every night since the end of October and has run out of places.",
               "The residential placement is ending as {yp} turns eighteen next month and needs a supported move on.",
               "Grandmother who cared for {yp} has gone into a care home and the council house is being handed back."],
    "safety": ["{yp} has no bed tonight and was found sleeping in a stairwell in Bicester last night.",
               "If not placed today {yp} says they will go back to an older man's flat where drugs are dealt.",
               "{yp} was assaulted at home this afternoon and police will not allow a return tonight."],
    "risks": {
        "risk_self": ["Has overdosed once this year and has a crisis plan with the GP.",
                      "Goes missing when stressed, usually for one night.",
                      "Poor self care and not eating well when alone."],
        "risk_others": ["Has damaged property at home when angry but never hurt anyone.",
                        "Was involved in a fight at school last term, no charges.",
                        "None known to us or to the police."],
        "risk_from": ["Older peers from Oxford have been giving gifts and lifts.",
                      "A former partner has made threats over social media.",
                      "Family members with links to drug supply in the area."],
        "exploitation": ["Suspected county lines involvement, NRM referral pending.",
                         "Concerns raised by the college about older men meeting the YP after class.",
                         "Found with large sums of cash on one occasion."],
        "substance": ["Uses cannabis most days, alcohol at weekends.", "Occasional cocaine use at parties, open to the "
                      "substance team.", "None known to services."],
        "offending": ["Youth conditional caution for theft last spring.", "Charged with criminal damage, court date next "
                      "month.", "None recorded at all."],
        "mental_health": ["Diagnosed with depression, prescribed sertraline by the GP.",
                          "Waiting for an autism assessment; struggles with change.",
                          "Self-reports anxiety, not currently open to any service."],
    },
    "support": ["Needs help registering with a doctor and support to manage money and bills.",
                "Will need daily check-ins at first and help to get back into education or training.",
                "Support to attend appointments with the youth offending service and the substance team.",
                "Help with independent living skills such as cooking, cleaning and budgeting."],
    "risk_unable": ["Sexually harmful behaviour towards younger children, and our scheme houses a young mother and baby.",
                    "Repeated fire setting in previous placements, including one in the last month.",
                    "Known to carry knives and has threatened staff at a previous placement with one.",
                    "Needs two-to-one staffing at times of crisis, which our service is not funded for."],
    "risk_why": ["The scheme is mixed and includes a resident with a baby; we cannot keep them apart at night.",
                 "Our building has shared kitchens and no fire doors on the bedroom corridor.",
                 "We have one lone worker on shift in the evenings and no security staff.",
                 "Our funding allows only one member of staff per shift across the whole scheme."],
    "risk_enable": ["A single self-contained unit away from younger children, with extra support hours.",
                    "An agreed fire safety plan, smoke detectors in the room and daily room checks funded.",
                    "A second worker on evening shifts for the first month and a knife amnesty agreement.",
                    "Additional funding for crisis staffing and a clear escalation route with the allocated worker."],
    "incident": {
        "Missing": ["{yp} left the scheme at teatime and did not come back overnight; police were informed and {yp} "
                    "returned at midday saying they had been in Witney.",
                    "{yp} was missing for two nights and was found by police at an address in Banbury known for drug use."],
        "Exploitation": ["{yp} came back with a new designer coat and two phones and would not say where they came from.",
                         "A staff member overheard {yp} arranging to deliver a parcel for an older male in exchange for money."],
        "Self-harm": ["{yp} was found with superficial cuts to the wrist and was taken to A&E by staff for dressing.",
                      "{yp} told the night worker they had swallowed paracetamol; an ambulance took them to the JR."],
        "Violence": ["{yp} threw a chair at another resident in the lounge after a disagreement; nobody was badly hurt.",
                     "{yp} was assaulted by a visitor in the stairwell and had a bloody nose; police attended."],
        "Allegation against staff": ["{yp} alleges that a support worker swore at them and grabbed their arm during an "
                                     "argument about rent.",
                                     "{yp} has said a staff member sent them messages on social media late at night."],
        "Police involvement": ["Police arrived with a warrant and arrested {yp} on suspicion of robbery in the town centre.",
                               "{yp} was stopped and searched by police outside the building and found with cannabis."],
        "Hospital admission": ["{yp} was admitted to the JR after an asthma attack that staff could not manage with "
                               "the inhaler.",
                               "{yp} was kept in hospital overnight after being found unconscious from alcohol."],
        "Other": ["{yp} flooded the bathroom by leaving the taps on deliberately, damaging the flat below.",
                  "{yp} was found smoking in their bedroom and had disabled the smoke alarm."],
    },
    "actions": ["Reported to police as missing, informed the social worker and the out of hours team.",
                "First aid given, manager informed and risk assessment updated the same day.",
                "Incident logged, CCTV saved and the allocated worker asked for a strategy discussion.",
                "Staff member removed from shifts with the young person while the LADO is consulted."],
    "intel_urgent": ["{p} is in the building now and has threatened to stab {yp}; staff have called the police.",
                     "{yp} has texted to say {p} has taken them to a flat and they cannot leave.",
                     "{p} has just been seen outside with a group waiting for {yp} and carrying a weapon."],
    "intel_routine": ["{p} is thought to be supplying cannabis to residents and is seen at the scheme most weekends.",
                      "{yp} has a new older boyfriend, {p}, who collects them late at night in different cars.",
                      "{p} has been hanging around the bus station offering young people lifts and cigarettes.",
                      "Residents have said {p} pays {yp} to hold a bag for him at the flat."],
    "mediation_outcome": ["Dad agreed to let {yp} return for the weekend while further sessions are arranged.",
                          "Mum would not attend mediation and the session did not go ahead.",
                          "Agreement reached for {yp} to stay with an aunt for a month while work continues."],
    "mash_concerns": ["Missing overnight several times this month and seen with older adults.",
                      "Has talked about suicide at school; safety plan in place but not engaging.",
                      "Staying with a 22-year-old boyfriend who is known to police for violence.",
                      "Not in education and spending nights at unknown addresses."],
    "prevented": ["{yp} has returned home following mediation and a family agreement has been signed by everyone.",
                  "Mediation led to {yp} moving in with an older sister; no accommodation is now needed.",
                  "After two mediation sessions mum has agreed {yp} can stay at home; the case is closed to MASH."],
    "void_notes": ["Repairs this week", "New carpet due in", "Offered - waiting", "Male only unit", "Accessible ground floor",
                   "Ready to let now", "Cleaning booked"],
    "other_body": ["Hi, just a reminder that the County Hall car park is closed on Monday for resurfacing.",
                   "There will be a fire drill on Tuesday at 11am, please leave by the nearest exit.",
                   "Please put your names down for Christmas cover on the rota by the end of the week.",
                   "The printer on the 2nd floor is broken again, IT have been told."],
}

# -- the layouts of this part ----------------------------------------------------------------------------------
COUNCILS = [("Oxfordshire County Council", "OFFICIAL"),
            ("Oxfordshire County Council | Children, Education & Families", "OFFICIAL - SENSITIVE: PERSONAL"),
            ("West Oxfordshire District Council", "OFFICIAL-SENSITIVE")]
COUNCIL_CODES = ["OCC/CEF/YPSA-01 Version 6 (Sep 2026)", "Form YP/ACC/3 (rev. 2026)", "CEF-F14 v1.4"]
PAGE_FORMS = ["Page {page} of {pages}", "- {page} -", "Pg {page}/{pages}"]
COVER_LINES = [["All sections must be completed before the form is sent."],
               ["Send the completed form to the Brokerage mailbox.", "Do not send by unsecure email."],
               ["Where a box does not apply write N/A."]]
SECTION_FORMS = ["Section {n}: {t}", "PART {A} \u2013 {t}", "{A}. {t}"]
QUESTION_FORMS = ["{n}.{q} ", "Q{q}. ", "{n}({a}) "]
FIRST_SECTIONS = ["About this form", "Request details", "Summary"]
SECTION_NOTES = ["All questions in this section are mandatory.",
                 "Please use plain English and avoid abbreviations where you can.",
                 "Mark the relevant box with an X.",
                 "If you do not know the answer, say so rather than leaving it blank."]
TICKS = [("\u2612", "\u2610"), ("[X]", "[ ]"), ("\u2714", "\u2610")]
GRIDS = {"legal_status": {"Looked after": "Looked after (s20/s31)", "Care leaver": "Care leaver (18-25)",
                          "Child in need": "Child in need", "Not known to social care": "Not known to CSC"},
         "status": {"Homeless": "Homeless tonight", "Threatened with homelessness": "Threatened with homelessness"}}
OFFICE_BOXES = [("For office use only", ["Date received", "Reference number", "Allocated to", "Date allocated"]),
                ("OFFICE USE", ["Received:", "Ref:", "Worker:"]),
                ("To be completed by Brokerage", ["Logged on:", "Brokerage ref:", "Decision:"])]
SPLIT = {
    "surname": ["Surname", "SURNAME", "Last name / family name"],
    "forename": ["Forename(s)", "First name", "First name(s)"],
    "dmy": [("Day", "Month", "Year"), ("dd", "mm", "yyyy")],
    "incident_date": ["Incident date", "Date of incident"],
    "incident_time": ["Time", "Approx. time"],
    "contact": ["Contact details", "Contact (phone and email)"],
    "contact_forms": ["Phone: {phone}, Email: {email}", "{phone}\n{email}", "Tel {phone} | {email}"],
    "date_styles": ["dd/mm/yyyy", "d Month yyyy", "dd-mm-yy"],
    "time_styles": ["HH:MM", "h.mm am"],
}
HURRIED_WORDS = [("young person", "y/p"), ("date of birth", "d.o.b"), ("social worker", "s/w"), ("telephone", "tel no"),
                 ("address", "add"), ("number", "num"), ("information", "inf"), ("organisation", "org"),
                 ("accommodation", "accomm"), ("referral", "referal"), ("incident", "incdt"), ("provider", "prov")]
TYPO_CHANCE = 0.15
SENTENCE_SHARE = {"body-typed": 0.25, "body-sentences": 0.7}
SENTENCES = {
    "referral": {"name": ["I am referring {v}", "Name is {v}"],
                 "dob": ["{yp}'s date of birth is {v}", "{yp} was born {v}"],
                 "address": ["{yp} currently lives at {v}"],
                 "needed": ["Accommodation is needed from {v}", "We would like a move on {v}"],
                 "legal_status": ["{yp} is {v}"]},
    "risk": {"yp": ["The young person is {v}"], "ref": ["Ref for this is {v}"], "provider": ["This is {v}"]},
    "safeguarding": {"name": ["This is about {v}"], "dob": ["{yp}'s DOB is {v}"], "provider": ["We are {v}"],
                     "property": ["This was at {v}"], "when": ["It took place {v}"]},
    "intelligence": {"worker": ["I'm {v}"], "agency": ["I'm from {v}"], "location": ["Location was {v}"]},
    "mash": {"name": ["Referring {v}"], "dob": ["{yp}'s date of birth is {v}"], "address": ["{yp} is at {v} at the moment"]},
    "mash-notice": {"name": ["Young person is {v}"], "dob": ["{yp} was born on {v}"], "date": ["We held mediation on {v}"]},
}
TYPED_WHEN = {"safeguarding": ["It happened on {d} at roughly {t}", "The incident was on {d} at about {t}"],
              "intelligence": ["Seen on {d} at approx {t}", "This was noticed on {d} at {t}"]}
JOB_TITLES = ["Social Worker, Children We Care For", "Team Leader - Supported Housing", "Leaving Care PA",
              "Duty Officer, Housing Options", "Project Worker"]
PHONE_LINES = ["Tel: 01865 {n}", "Mobile: 07700 900{m}", "T: 01993 {n}", "07700 900{m}"]
QUOTE_LINES = ["See below as requested.", "Please see my email below.", "Forwarding my earlier message below.",
               "As requested - see below."]
VOID_GROUPS = [("Unit", "Occupancy", "Availability", "Notes"), ("Property details", "Numbers", "When free", "Other")]
SUMMARY_HEADS = [["Scheme", "Units", "Occupied", "Vacant"], ["District", "Total", "In use", "Free"]]
SUMMARY_SHEETS = ["Summary", "All schemes"]
SCHEME_TITLES = ["{locality} - voids this week", "{provider}: {locality} scheme"]
SCHEME_SHEETS = ["{locality}", "Scheme {locality}"]
VOID_OPENERS = ["Our voids for the week commencing {week} ({provider}):", "{provider} - void update for w/c {week}."]
VOID_SENTENCES = {
    "empty": ["{vacant} flat(s) at {ref} empty from {available} ({occupied} of {total} occupied).",
              "{ref} in {locality}: {vacant} void, can be let from {available}."],
    "empty-now": ["{ref} has {vacant} empty today, {occupied} of {total} taken.",
                  "{vacant} vacant at {ref} now."],
    "full": ["{ref} - no voids ({occupied}/{total}).", "{ref} is fully let ({total} units)."],
}
