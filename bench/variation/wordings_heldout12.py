"""Wordings of the twelfth held-out part (heldout12): office mail as Outlook, Excel and Word make it.

Written by the corpus36 author session, which did not read the parsers, config/forms or any other part's wordings.
Never tune the hub against this part: do not read its mails, documents, manifest or these wordings while working on
parsers. Labels, titles, subjects and free texts are its own (bench/variation/check_wordings.py heldout12).
"""
SEED = 15260719
TEXT_EXPECT = True

DOC_LAYOUTS = ["body-outlook", "pdf-word", "body-outlook-table", "docx-bullets", "body-outlook-fw", "pdf-word",
               "body-plain", "body-outlook", "docx-2col", "pdf-word", "body-outlook-table", "pdf-text"]
VOID_LAYOUTS = ["body-excel-paste", "xlsx-filtered", "xls-filtered", "body-excel-paste", "xlsx-filtered", "csv",
                "body-pasted", "xls-filtered"]

VALUE_STYLES = {
    "dates": ["dd/mm/yyyy", "d/m/yyyy", "d Month yyyy", "dd.mm.yyyy", "dth Month yyyy", "dd/mm/yy", "d Mon yyyy",
              "ddd dd/mm/yyyy"],
    "times": ["HH:MM", "h:mm pm", "HH.MM", "HHMM hrs", "h.mmpm"],
    "yes": ["Yes", "Y", "yes", "YES", "Yes \u2013 confirmed"],
    "no": ["No", "N", "no", "NO", "No \u2013 not applicable"],
    "blanks": ["\u00a0", "", "N/A", "-", "Not known", "n/a"],
    "joiners": ["{d} {t}", "{d} at {t}", "{t} on {d}", "{d} @ {t}"],
}

PEOPLE = {
    "first": ["Tanvir", "Shanice", "Callum", "Ines", "Rahim", "Keeley", "Oisin", "Marta", "Jaylen", "Fatuma", "Euan",
              "Precious", "Kacper", "Leanne", "Ruairi", "Amara", "Bilal", "Courtney", "Tomasz", "Nia", "Deshawn",
              "Roisin"],
    "last": ["Chowdhury", "Gayle", "McKenzie", "Carvalho", "Begum", "Hollis", "Doherty", "Wozniak", "Campbell",
             "Warsame", "Fraser", "Okafor", "Nowicki", "Pritchard", "O'Rourke", "Mensah-Bonsu", "Haq", "Fairweather",
             "Lindqvist", "Griffiths"],
}

FOOTERS = [
    "Senior Practitioner | Family Safeguarding Team\nDirect line 01865 815 204 | Mobile 07827 340 118",
    "Housing Options Adviser (Young People)\nTel. 01295 221 730",
    "Service Co-ordinator\nOffice 01869 602 455 \u2013 working days Mon to Thu",
    "Duty Manager, Supported Accommodation\nt. 01993 861 072 | m. 07462 990 315",
]
CONFIDENTIALITY = [
    "CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and intended solely for the addressee. "
    "If you have received it in error please notify the sender immediately and delete it from your system. Any views "
    "expressed are those of the author and not necessarily those of the organisation.",
    "This email may contain OFFICIAL-SENSITIVE information. It is intended only for the named recipient(s). If it has "
    "reached you by mistake, do not copy, forward or rely on it; tell the sender and then delete it.",
    "Privileged and confidential. Communications with the Council may be monitored and recorded for lawful business "
    "purposes. Please consider the environment before printing this e-mail.",
]
FORWARD_LINES = [
    "Please see below, forwarding as requested.",
    "Forwarding as requested - see the form below from my colleague.",
    "Hi, passing this on as discussed on the phone this morning. Form is below.",
    "See below - sent to me in error, forwarding to the right inbox.",
]
OUTLOOK_PLAIN = 0.4
BULLET_CHANCE = 0.6
BULLET_MARKS = ["\u2022 ", "- ", "o ", "\u2022\t", "* "]

INTROS = [
    "Good afternoon,\nPlease find the details below.",
    "Morning team,\nDetails as requested below, any questions just shout.",
    "Dear colleague,\nI have completed the form below on behalf of our service.",
    "Hi there,\nSending this over - form completed below / attached.",
    "Hello,\nSee below for the completed paperwork.",
    "Afternoon all,\nAs discussed, the completed form.",
]
SIGNOFFS = ["Thanks so much for looking at this,", "Kind regards (sent from the duty inbox),", "Thanks again for your help,", "Best, and thanks for everything you do,", "Warmest regards,"]
COVERING = [
    "Please find attached the completed form, printed to PDF from our template.",
    "Form attached - let me know if anything is unclear.",
    "I attach the completed paperwork for your attention.",
    "Attached as requested.",
]
ATTACHMENT_NAMES = {
    "referral": ["YP referral form - {i}", "Referral (completed) {i}"],
    "risk-concern": ["Concern re placement {i}", "Risk concern form_{i}"],
    "safeguarding-incident": ["Incident form {i} - final", "SG incident {i}"],
    "intelligence-submission": ["Intelligence form {i}", "Partner intel {i} completed"],
    "mash-referral": ["MASH 16-17 referral {i}", "Homeless 16-17 MASH form {i}"],
    "mash-notice": ["Mediation notice {i}", "Prevented by mediation {i}"],
    "void-return": ["Void tracker w-c {i}", "Weekly void return {i}"],
}

SECTION_FIRST = ["Details", "Form details", "General"]
VOID_TOTALS = ["Grand Total", "TOTALS", "Sum"]
VOID_SHEETS = ["Void tracker", "Week", "Voids 2026"]
PAGE_HEADERS = [("Oxfordshire County Council", "OFFICIAL - SENSITIVE"),
                ("Cherwell District Council", "OFFICIAL - SENSITIVE (when complete)"),
                ("Children's Services - Oxfordshire", "OFFICIAL-SENSITIVE: PERSONAL")]
PAGE_NUMBERS = ["Page {page} of {pages}", "- {page} -", "Page {page}"]
FORM_CODES = ["Form CS/YPSA/04 v3.1 (Sept 2025)", "Ref. SA-F02 version 2.4", "Template v5 - reviewed 04/2025"]
CONTINUED = ["(continued)", "(cont.)", "... continued"]

TITLES = {
    "referral-emergency": ["Supported Accommodation Referral - EMERGENCY (same day)",
                           "Urgent housing referral for a young person (16-25)",
                           "Emergency Bed Request - Young People's Housing Pathway"],
    "referral-non-emergency": ["Planned Move Referral - Young People's Supported Housing",
                               "Referral for Supported Accommodation (planned)",
                               "Young Persons Pathway - Planned Referral Form"],
    "risk": ["Placement Risk - Provider Concern Notice", "Notice of concern about a placement (provider)",
             "Provider Notification - Risk to Placement"],
    "safeguarding": ["Safeguarding Incident Notification (from Provider)", "Incident / Safeguarding Report - Supported Housing",
                     "Provider Incident Notification Form"],
    "intelligence": ["Partnership Intelligence Report (Supported Housing)", "Information Sharing - Partner Intelligence Form",
                     "Community Intelligence Report (Partner Agency)"],
    "mash": ["MASH Request - 16/17 Year Old Presenting Homeless", "Homeless 16-17 Joint Protocol - MASH Request",
             "MASH Contact - Young Person 16/17 Homeless"],
    "mash-notice": ["Homelessness Prevented by Mediation - Notice", "Notice of Successful Family Mediation (16/17)",
                    "Mediation Outcome Notification - Prevented"],
    "void": ["Weekly Vacancy Tracker", "Void and Vacancy Return (weekly)", "Bed Availability Tracker"],
}

SUBJECTS = {
    "referral-emergency": ["EMERGENCY - bed needed today for {initials}", "Urgent SA referral for {initials} - today please",
                           "Same day placement request ({initials})"],
    "referral-non-emergency": ["Planned referral ({initials}) - supported housing", "SA referral for {initials} (planned move)",
                               "New referral {initials} - supported housing"],
    "risk": ["Provider concern - ref {ref}", "{ref} - risk to placement", "Placement at risk - {ref}"],
    "safeguarding": ["Safeguarding incident at {property} - please log", "Incident notification from {property}",
                     "{property} - incident report"],
    "intelligence": ["Partner intelligence report", "Intel submission from our service", "Intelligence - please log"],
    "mash": ["MASH request - {initials} 16/17 homeless", "16/17 homeless - MASH - {initials}", "MASH contact re {initials}"],
    "mash-notice": ["Mediation has worked - {initials}", "Prevented - mediation notice {initials}",
                    "{initials} - homelessness prevented"],
    "void": ["Vacancy tracker w/c {week} - {provider}", "{provider} void return wc {week}", "Bed availability for week of {week}"],
    "other": ["Team away day - room booking", "Staff car park permits - renew by Fri", "Re: rota for the bank holiday",
              "Training: trauma informed practice"],
}

HEADING_CHANCE = 0.65
HEADINGS = {
    "Section 1 - About the young person": ["Part A: Young person's details", "1. The young person", "YOUNG PERSON"],
    "Section 2 - Referrer": ["Part B: Referring worker", "2. Who is referring", "REFERRER DETAILS"],
    "referral.sw": ["Part C: Allocated worker", "3. Allocated social worker", "ALLOCATED WORKER"],
    "Section 3 - Family Group Conference and diversion": ["Part D: Family network and diversion",
                                                          "4. FGC / family options", "FAMILY NETWORK"],
    "Section 4 - Reason for referral and risks": ["Part E: Why the referral, and risks", "5. Reason and risk",
                                                  "REASON FOR REFERRAL / RISK"],
    "Young person": ["Part B: Young person", "2. Young person involved", "YOUNG PERSON INVOLVED"],
    "The incident": ["Part C: What happened", "3. Incident details", "INCIDENT"],
    "sg.provider": ["Part A: Service", "1. Provider and scheme", "SERVICE DETAILS"],
    "sg.sw": ["Social care contact", "2b. Social worker", "SOCIAL CARE"],
    "risk.referral": ["Part A: Placement", "1. Placement details", "PLACEMENT"],
    "risk.concern": ["Part B: The concern", "2. What the concern is", "CONCERN"],
    "intel.you": ["Part A: Submitting agency", "1. Your details", "SUBMITTED BY"],
    "intel.info": ["Part B: The intelligence", "2. Information", "INTELLIGENCE"],
    "mash.yp": ["Part A: Young person", "1. Young person presenting", "YOUNG PERSON"],
    "mash.agency": ["Part B: Referring agency", "2. Referring service", "REFERRER"],
    "mash.housing": ["Part C: Housing position", "3. Housing and family", "HOUSING SITUATION"],
}

LABELS = {
    'referral': {
        'referral_type': ["Is this a same-day placement request?", "Emergency (same day) or planned", "Same day need? Y/N", "Nature of request (E / P)"],
        'name': ["YP forename & surname (legal name)", "Young person's name (as on LCS)", "Name of young person (as known to CSC)", "YP (forename then surname)"],
        'dob': ["YP date of birth", "YP D.O.B. (as on LCS)", "Birthdate (dd/mm/yyyy)", "YP D.O.B. (dd/mm/yyyy)"],
        'gender': ["YP gender (as they describe it)", "Gender of young person", "Sex / pronouns", "Sex (as YP identifies)"],
        'lcs': ["LCS / case ID", "LCS record no.", "LCS reference - if known", "LCS ID / case no."],
        'address': ["Current address of YP", "Present address (or where staying)", "YP's address at the moment", "Where YP lives now (or who they are sofa surfing with)"],
        'locality': ["District / locality", "Locality area (district)", "Home district", "Locality YP comes from"],
        'legal_status': ["Legal status of YP (LAC, care leaver, CIN)", "YP's current legal status", "Legal position (s20 / s31 / care leaver / CIN)", "Looked after status (please specify)"],
        'uasc': ["UASC status of YP", "Is YP UASC - yes / no", "Unaccompanied & asylum seeking?", "Unaccompanied asylum seeking child (Y or N)"],
        'parent': ["Pregnant or a parent already?", "YP is a parent or expecting", "Parent / pregnancy (Y/N)", "Pregnant / parent?"],
        'ref_name': ["Referrer's name (print)", "Form filled in by", "Name of referrer (print name)", "Practitioner referring (name)"],
        'ref_role': ["Position / job title", "Designation (e.g. SW, PA)", "Job role / title", "Referrer's job title / grade"],
        'ref_org': ["Team or organisation referring", "Service referring from", "Organisation / team / agency", "Team the referrer works in"],
        'ref_email': ["Your email (for the reply)", "Referring worker email", "Contact email for reply", "Contact email - gcsx / nhs.net ok"],
        'ref_phone': ["Referrer phone / mobile", "Your direct line", "Referring worker tel.", "Telephone no. - referrer"],
        'sw_name': ["Social worker or PA allocated", "Who is the allocated SW/PA", "Allocated SW - name", "Named worker (name)"],
        'sw_email': ["Email of allocated SW", "Email of SW / PA (if different)", "SW/PA e-mail (if not the referrer)", "SW / PA email - if known"],
        'fgc': ["Has there been a Family Group Conference?", "Family Group Conference took place?", "FGC completed?", "Has an FGC happened? (yes / no)"],
        'fgc_date': ["Date FGC took place", "Family Group Conference - date held", "FGC - when (dd/mm/yy)", "Date Family Group Conference held"],
        'diversion': ["What has been tried to keep YP at home / with family", "Work done to avoid this referral", "Options explored with family / network", "Alternatives considered so far"],
        'reason': ["Why is accommodation needed - please give detail", "Summary of need / why now", "Background / reason (full details)", "Reason for request (full details)"],
        'safety': ["Where will YP be safe tonight if no bed", "Plan for tonight if nothing available", "Immediate safety plan for tonight", "Safety tonight - what's the plan"],
        'risk_self': ["Risk YP poses to themselves", "Risk to self incl. overdose", "Self harm - details", "Self harm (history & current)"],
        'risk_others': ["Risk towards others (incl. staff)", "Harm to others - any history", "Violence / aggression - details", "Risk to others - current & past"],
        'risk_from': ["Risks from other people / adults", "Risk from others (incl. family, peers)", "Risks posed to YP - details", "Who may harm YP - details"],
        'exploitation': ["CSE / CCE / exploitation concerns", "Exploitation risk (sexual / criminal)", "Any exploitation worries", "County lines / exploitation concerns"],
        'substance': ["Alcohol or drug use - details", "Drugs and alcohol (type, how often)", "Substances - details", "Alcohol / drugs concerns"],
        'offending': ["Any offending or YOS involvement", "Offending incl. bail conditions", "Offending / YOS - details", "Offending / YOS (convictions, pending)"],
        'mental_health': ["MH needs / CAMHS involvement", "Emotional wellbeing / MH - details", "MH - diagnosis, meds, CAMHS", "Mental & emotional health - details"],
        'support': ["Support the YP requires", "Level of support needed", "Key work needed in accommodation", "Support plan on arrival"],
        'needed': ["Bed required by (date)", "Placement start date (requested)", "Bed needed from - earliest", "Date needed - earliest"],
        'consent': ["YP consents to this referral", "Has YP agreed to the referral (Y/N)", "Consent of YP obtained", "Young person aware and consents?"],
    },
    'risk': {
        'ref': ["Placement reference", "YPSA ref (from placement offer)", "Case ref no", "Referral ref (from placement offer)"],
        'provider': ["Your organisation (provider)", "Provider giving notice", "Support provider", "Provider name (organisation)"],
        'yp': ["Young person concerned", "Name of the young person concerned", "Resident's name", "Name of YP (full name)"],
        'risk': ["What risk can you no longer manage", "Nature of the risk / concern", "The concern in brief", "Describe the risk to placement"],
        'why': ["Why can this not be managed with current support", "Why current support is not enough", "Reasons it cannot be managed", "Why this can't be managed at present"],
        'enable': ["What would help you keep the placement going", "Extra support / resources required", "What do you need from us to manage this", "Additional resources needed to continue"],
    },
    'safeguarding': {
        'provider': ["Organisation completing form", "Provider org. reporting incident", "Company / provider", "Support provider"],
        'property': ["Scheme or property ref", "Address / scheme name", "Scheme name & property ref", "Location - scheme"],
        'name': ["Name of YP (full name)", "Name of YP involved in incident", "Name of YP concerned", "Resident concerned (name)"],
        'dob': ["Resident D.O.B (dd/mm/yyyy)", "Resident's date of birth (dd/mm/yy)", "Resident D.O.B", "YP date of birth (dd/mm/yyyy)"],
        'lcs': ["Social care ID / LCS", "LCS - optional", "LCS no. (if open to CSC)", "LCS (only if known)"],
        'sw_name': ["Social worker - name", "Named SW / PA (name)", "Social worker if known", "Allocated worker if known"],
        'sw_email': ["Allocated worker email address", "Allocated worker e-mail (to copy in)", "SW e-mail (to copy in)", "Social worker / PA email (to copy in)"],
        'date': ["Incident on (dd/mm/yy)", "What date did it occur", "Date - dd/mm/yyyy", "Date of incident / event"],
        'time': ["At what time (approx.)", "Incident time (approx ok)", "Time occurred - 24hr", "Time of incident - 24hr"],
        'when': ["When (date & time, approx ok)", "Date and time it occurred", "Date + time of incident - approx ok", "Incident date & time (approx. ok)"],
        'category': ["Nature of incident - select", "Category - select", "Type (tick / state one)", "Category (pick from list)"],
        'severity': ["How serious (low - critical)", "Risk level (L / M / H / C)", "Severity rating of incident", "Seriousness (L / M / H / C)"],
        'description': ["Full details of what happened", "What happened - factual account", "Details of incident (who, what, where)", "Incident summary (who, what, where)"],
        'actions': ["What staff did (actions)", "Actions and follow-up", "What was done (by staff)", "Response / actions so far"],
        'police_ref': ["Police ref / log no.", "Crime / incident no. (police)", "Police incident no. - if any", "Crime ref number"],
    },
    'intelligence': {
        'agency': ["Partner agency (yours)", "Organisation submitting intel", "Agency reporting", "Reporting agency - name"],
        'worker': ["Staff member submitting", "Reporting staff member (print)", "Submitting officer (print)", "Your name (full)"],
        'role': ["Job title / position", "Post held by submitter", "Your role in the organisation", "Post"],
        'email': ["E-mail (submitter)", "Your e-mail address", "Secure email (submitter)", "Email for follow-up questions"],
        'phone': ["Contact tel. (submitter)", "Tel no. to call back", "Telephone - to contact you", "Contact no. for follow up"],
        'when': ["Date and time (sighting)", "When observed / heard (date & time)", "Date & time intel received", "When info received"],
        'date': ["Observation date", "Date it was observed", "Date intel received", "Date of information (seen / heard)"],
        'time': ["Observation time", "Time received", "Time it was observed", "Approx time of the information"],
        'location': ["Where (address or place)", "Address or location of sighting", "Place seen", "Address / location observed"],
        'persons': ["Individuals named / described", "Names & descriptions of persons involved", "Subjects (names, DOB, description)", "Who is involved (details)"],
        'vehicles': ["Vehicle(s) - make, colour, VRM", "Any vehicles (reg if known)", "Cars / vehicles involved", "Cars seen (reg, colour)"],
        'information': ["The intelligence (what was seen / heard)", "Information (full details)", "Information in full", "What was seen or heard (full details)"],
        'source': ["How was the info obtained", "Origin of the intelligence", "Source of intel (e.g. resident)", "Origin (e.g. staff, resident)"],
        'grading': ["Grading (source / intel)", "Source & intel grade", "Source / info grading (3x5x2)", "Evaluation - if known"],
        'handling': ["Handling / sharing code", "Sharing conditions", "Dissemination (P / C)", "Dissemination - P or C"],
    },
    'mash': {
        'name': ["Name of YP presenting as homeless", "Applicant (full name)", "Name of YP aged 16/17", "Applicant's name (YP)"],
        'dob': ["DOB of YP", "Date of birth (16/17 check)", "YP date of birth (dd/mm/yyyy)", "YP D.O.B"],
        'address': ["Address (last known / current)", "Home address of YP", "Address YP is leaving / staying at", "Current address - incl. postcode"],
        'agency': ["Agency making the request", "Service making referral", "Referring agency / team", "Requesting agency"],
        'status': ["Homeless tonight / threatened", "Is YP homeless now (tonight?)", "Housing status - please state", "Homeless or threatened (tonight?)"],
        'mediation': ["Has mediation happened - yes / no", "Mediation with family tried (Y/N)", "Mediation attempted with parents?", "Family mediation - yes / no"],
        'mediation_outcome': ["If mediation tried, the result", "If yes, outcome - details", "Mediation result - details", "How the mediation went"],
        'concerns': ["Concerns for the YP's safety", "Safeguarding issues known", "Concerns identified (safeguarding)", "Risks / concerns (safeguarding)"],
        'known': ["Open to children's social care", "Is YP known to CSC", "CSC involvement now / before", "CSC involvement - yes / no"],
        'parent_contact': ["Parent/carer (name, tel)", "Family contact (name & tel)", "Parent/carer name + phone", "Parent contact - name and number"],
    },
    'mash-notice': {
        'name': ["YP's full name (mediation)", "YP mediated for (name)", "YP's name (forename, surname)", "Name of young person (full name)"],
        'dob': ["YP's date of birth (dd/mm/yyyy)", "D.O.B. - young person", "D.O.B. (dd/mm/yyyy)", "Date of birth (dd/mm/yyyy)"],
        'date': ["Mediation completed on (date)", "Final mediation session (date)", "Mediation completed - date", "Date the agreement was made"],
        'outcome': ["Result - what has been agreed", "Agreement reached - details", "Outcome of family mediation (what was agreed)", "Outcome of family mediation - details"],
        'agency': ["Service completing the mediation", "Who mediated (agency)", "Organisation providing mediation", "Organisation that mediated"],
    },
    'void': {
        'provider': ["Housing org", "Org name", "Provider org name (ours)"],
        'week': ["Week beg.", "Week beg. (Mon)", "Wk commencing (Monday)"],
        'ref': ["Unit ref (ours)", "Property ref (ours)", "Ref (ours)"],
        'locality': ["Loc. / town", "Locality / patch", "Area / patch"],
        'service': ["Scheme", "Scheme / service", "Service / scheme type"],
        'total': ["Spaces in total", "Beds in total", "Capacity units"],
        'occupied': ["Taken (beds)", "Filled now", "Taken units"],
        'vacant': ["Vac. now", "Vac. (beds)", "Voids (beds)"],
        'available': ["Date bed free", "Free date - est.", "Free date (if void)"],
        'emergency': ["Emergency ok?", "EBS?", "EBS (Y/N)"],
        'notes': ["Comment (e.g. repairs)", "Remarks / notes", "Comment / issues"],
    },
}

TEXTS = {
    "diversion": [
        "Two meetings held with mum and stepdad at the family home. Maternal aunt assessed but has no spare room. "
        "Respite with a family friend lasted four nights before it broke down.",
        "Referred to the family support worker in October. Sofa surfing with friends has been tried and is no longer "
        "available to her, the friends' parents have said no.",
        "Family network meeting held, grandparents willing to support with meals but cannot accommodate. Mediation "
        "offered and declined by dad.",
        "Nothing further possible within the family. Early help closed after parents refused to engage.",
    ],
    "reason": [
        "{yp} was asked to leave by mum after repeated arguments about curfew and money. Police were called to the home "
        "on Sunday night. Mum says she will not have {yp} back and the relationship is at breaking point.",
        "Current foster placement ending as carers are retiring. {yp} needs a semi independent setting to build "
        "tenancy skills before turning eighteen. Pathway plan supports a move to supported housing.",
        "{yp} has been sofa surfing for three weeks and was found sleeping in a stairwell in Bicester. No safe family "
        "option remains. Urgent accommodation with support is needed.",
        "Relationship with dad's new partner has broken down; {yp} disclosed being pushed during an argument. A strategy "
        "discussion has agreed {yp} should not return home at present.",
        "{yp} is leaving a residential children's home on turning seventeen. The move was planned at the last LAC review. "
        "Independence skills are developing well but {yp} still needs daily support.",
    ],
    "safety": [
        "If no bed is found {yp} will stay with a friend's family for one night only. Out of hours are aware.",
        "EDT informed. {yp} can stay in the duty office until six and then a B&B would be a last resort.",
        "Aunt has offered her sofa for tonight only. Not a safe long term option due to her partner.",
    ],
    "risks": {
        "risk_self": ["Occasional cutting when stressed, last episode in August. Safety plan in place.",
                      "No current self harm known of.", "Expressed thoughts of ending life last spring, CAMHS followed up."],
        "risk_others": ["Verbal aggression towards mum when refused money.", "Nothing known to us.",
                        "One assault on a peer at school in Year 10."],
        "risk_from": ["Older males in the area have been giving lifts and gifts.", "Dad's new partner.",
                      "Peer group linked to drug supply in the town centre."],
        "exploitation": ["NRM submitted in July for criminal exploitation.", "CSE screening tool completed, medium risk.",
                         "No exploitation concerns identified at present."],
        "substance": ["Cannabis most evenings, says it helps with sleep.", "Drinks at weekends with friends.",
                      "No known use of drugs or alcohol."],
        "offending": ["Referral order for possession, YOS worker allocated.", "No offending history that we know of.",
                      "Pending court date for shoplifting in January."],
        "mental_health": ["Low mood, on waiting list for CAMHS.", "Diagnosed with ADHD, takes medication.",
                          "Anxiety, sees the school counsellor weekly."],
    },
    "support": [
        "Daily key work sessions at first, help with budgeting and a benefit claim, support to attend college.",
        "Needs support with cooking and shopping, reminders for medication and appointments.",
        "Help registering with a GP and dentist, support to keep in touch with his younger brother.",
        "Staff on site overnight for the first few weeks while she settles.",
    ],
    "risk_unable": [
        "Resident has brought unknown adults into the building late at night on four occasions this fortnight. "
        "Other residents have said they feel unsafe and one has asked to move.",
        "Repeated damage to the flat including a broken window and a fire door wedged open. Verbal threats made to "
        "the night worker on Friday.",
        "Young person is missing most nights and returning under the influence. Staff cannot keep her safe with the "
        "current hours of support.",
        "Cannabis being used in the room daily and smoke alarms covered. Neighbours have complained to the landlord.",
    ],
    "risk_why": [
        "We only have staff on site until ten at night and the concerns are all overnight.",
        "Support hours are set at six a week and the resident needs far more than that now.",
        "The building is shared with younger residents who are being drawn in.",
        "Staff have tried house meetings and warnings with no change in behaviour.",
    ],
    "risk_enable": [
        "Additional waking night cover for four weeks and a joint meeting with the social worker.",
        "Increase support to fifteen hours a week and an urgent review of the placement plan.",
        "A referral to the exploitation team and police input on the adults visiting.",
        "Funding for a key worker to do evening sessions, plus a mental health assessment.",
    ],
    "incident": {
        "Missing": ["{yp} did not return to the scheme by the agreed time. Staff phoned her mobile with no answer, "
                    "checked known addresses and then reported her missing to police. She came back the next morning "
                    "tired but unhurt.",
                    "{yp} left the building after an argument with another resident and was not seen again that "
                    "evening. Missing report made. Located by police at a friend's house in Witney."],
        "Exploitation": ["Staff noticed {yp} had a new phone and expensive trainers. A car waited outside the scheme "
                         "for an hour and {yp} was seen handing over a package. Concerns shared with the exploitation "
                         "hub.",
                         "{yp} disclosed that an older male has been asking her to carry parcels to Banbury in return "
                         "for cash. She was frightened to say more."],
        "Self-harm": ["{yp} was found by staff with superficial cuts to her forearm. First aid was given and she "
                      "agreed to go to the minor injuries unit. Safety plan reviewed with her afterwards.",
                      "Night staff heard crying from the room and found {yp} had taken six paracetamol. Ambulance "
                      "called, checked at hospital and discharged."],
        "Violence": ["Argument in the shared kitchen escalated and {yp} punched another resident in the face. Both "
                     "separated by staff. Police attended and took statements.",
                     "{yp} threw a chair at a member of staff during a key work session. Nobody hurt. Session ended "
                     "and manager informed."],
        "Allegation against staff": ["{yp} alleges that a night worker shouted at him and grabbed his arm. Worker "
                                     "removed from shifts pending the LADO consultation.",
                                     "{yp} told her social worker a member of staff had been messaging her on social "
                                     "media. Manager has informed the LADO."],
        "Police involvement": ["Police attended the scheme with a warrant and searched the room of {yp}. Nothing found. "
                               "{yp} was upset afterwards and staff sat with him.",
                               "{yp} was arrested on the high street for a public order offence and held overnight. "
                               "Released under investigation."],
        "Hospital admission": ["{yp} complained of severe stomach pain and was taken to the John Radcliffe by "
                               "ambulance. Admitted overnight for observation.",
                               "{yp} collapsed after drinking in the communal lounge. Taken to A&E, kept in for "
                               "monitoring and discharged next day."],
        "Other": ["Fire alarm activated by {yp} smoking in the bathroom. Building evacuated, fire service attended. "
                  "No one injured.",
                  "{yp} lost her bank card and was threatened by a peer over a debt. Staff helped her cancel the "
                  "card and recorded the threat."],
    },
    "actions": [
        "Police informed, social worker emailed, manager on call updated, incident logged on our system.",
        "First aid given, GP appointment booked, safety plan updated with the young person.",
        "Statements taken from staff present. Review meeting arranged for Monday with the allocated worker.",
        "EDT contacted out of hours. Risk assessment updated and shared.",
    ],
    "intel_urgent": [
        "{yp} rang staff from an unknown address saying {p} will not let her leave. She sounded scared and the call "
        "cut off. She is there right now.",
        "A man believed to be {p} is outside the scheme with a knife and is shouting for {yp} to come out. Staff have "
        "locked the doors.",
        "{yp} has just told staff that {p} is collecting her tonight to take her to London to work. She is packing now.",
    ],
    "intel_routine": [
        "Over the last month staff have seen {p} dropping {yp} back at the scheme in the early hours several times. "
        "He does not give his name at the door and waits in the car park.",
        "{yp} mentioned that {p} has been giving residents cannabis on credit and then asking them to hold items for him.",
        "A resident told staff that {p} is using a flat on the estate for parties where younger girls are taken. "
        "{yp} has been seen there.",
        "Recurring sightings of {p} near the college at lunch time talking to {yp} and other students. Gifts of food "
        "and vapes offered.",
    ],
    "mediation_outcome": [
        "Two sessions held. Mum agreed {yp} can return with a written house agreement but this broke down within "
        "a week.",
        "Dad would not attend the second session. No agreement reached.",
        "Mediation partly worked, {yp} can stay with nan for now but this is short term only.",
    ],
    "mash_concerns": [
        "Possible exploitation, missing twice this month and found with unexplained cash.",
        "Parents both drink heavily and there are reports of domestic abuse in the home.",
        "No specific concerns beyond homelessness, but she is very anxious and not eating.",
        "Has been staying with an adult male of twenty four whose details we do not know.",
    ],
    "prevented": [
        "After mediation {yp} has returned home to mum with a family agreement and weekly check-ins from early help.",
        "{yp} and dad agreed a plan at the second session; {yp} is back at home and attending college again.",
        "Grandparents will accommodate {yp} long term with support from the family support worker.",
    ],
    "void_notes": ["Awaiting repairs to boiler", "Deep clean booked", "Ground floor - suits mobility needs",
                   "", "Held for transfer from another scheme", "Decorating this week", ""],
    "other_body": [
        "Hi all, just a reminder that the meeting room on the second floor is booked for the away day on the 14th. "
        "Please bring your own lunch.",
        "Parking permits run out at the end of the month. Please send your car registration to facilities by Friday.",
        "Can someone swap the Boxing Day shift with me? I am covering New Year already.",
        "The trauma informed practice course has places left on 20 January. Book through the learning portal.",
    ],
}
