"""Wordings of the fourteenth tuned part (tuned14): the kinds of heldout11 in wordings of their own. Forms typed in a
hurry (lower-case labels, typos, shorthand, no colons), answers in capitals, yes/no and choices struck through or ticked
in a symbol font, a table to each section, a draft attached with the final, a corrected form sent again in reply to
the hub's own "could not accept" mail. Written by an author who did not read the parsers or the other parts' wordings;
tune against it."""

SEED = 83529061
TEXT_EXPECT = True

DOC_LAYOUTS = ["docx-struck", "body-hurried", "pdf-twice", "docx-sections", "body-resend", "docx-wingdings",
               "body-hurried", "pdf-sections", "odt-struck", "docx-twice", "pdf-wingdings", "body-resend",
               "docx-2col", "body-lines"]
VOID_LAYOUTS = ["xlsx-flat", "csv-title", "body-blocks", "xlsx-title-merged", "body-pasted", "xls", "csv",
                "body-html-table"]

PEOPLE = {
    "first": ["Gethin", "Lili", "Dylan", "Hana", "Macauley", "Ffion", "Jakub", "Chantelle", "Ioan", "Sumaya", "Reece",
              "Tia-Rose", "Emrys", "Blessing", "Liam", "Carys", "Dominik", "Aaliyah", "Owain", "Keeley", "Ruqayyah",
              "Tomos", "Skye", "Kofi"],
    "last": ["Bowen", "Kowalczyk", "Adeyemi", "Lloyd-Rees", "Mahmoud", "Griffiths", "Ó Súilleabháin", "Price",
             "Walsh", "Evans-Tudor", "Musa", "Kerrigan", "Wojcik", "Thomas", "Osei", "Jarvis", "ap Hywel", "Begum",
             "Harries", "Nkemelu", "Davies-Kaur", "Fitzgerald"],
}

# -- the kinds this part shares with heldout11 (read by generate.py's heldout11 / tuned14 layouts) -----------------
HURRIED_WORDS = [("young person", "y.p."), ("date of birth", "dob"), ("social worker", "s/w"), ("please", "plz"),
                 ("address", "addr"), ("because", "bc"), ("information", "inf."), ("referral", "refl"),
                 ("without", "w/o"), ("telephone", "tel."), ("provider", "prov."), ("approximately", "approx")]
TYPO_CHANCE = 0.35
HURRIED_SEPS = ["  ", " ", " -- ", " > ", "   "]
HURRIED_CAPS = 0.35
HURRIED_INTROS = ["hi", "hey intake,", "hello - in a rush sorry", "hi, typed this on the bus so pls check",
                  "urgent-ish, see below", "hi both\ndetails below", "quick one from me"]
HURRIED_SIGNOFFS = ["thanks\n{first}", "{first} x", "rgds {first}", "ty - {first}", "{first}\n(on mobile)"]

STRUCK_HINTS = ["(delete whichever does not apply)", "(cross out as needed)", "(strike through)"]
WINGDINGS = [("Wingdings", "\u00fe", "o"), ("Wingdings 2", "T", "\u00a3"), ("Wingdings", "n", "o"),
             ("Wingdings 2", "S", "\u00a3")]

SECTION_FIRST = ["Section 1", "General", "Form details"]
SECTION_HEADS = [("Information requested", "Details"), ("Item", "Entry"), ("Heading", "Please type here")]
SECTION_EMPTY_LABELS = ["", "Any other relevant information", "Office use only", ""]
DATE_HINTS = ["DD / MM / YYYY", "(dd-mm-yy)", "date format dd/mm/yyyy"]
CAPS_NOTES = ["ALL SECTIONS TO BE COMPLETED IN CAPITALS", "Please type in capital letters"]
CAPS_CHANCE = 0.45

DRAFT_BLANKS = ["XX", "to check", "[awaiting SW]", "00/00/0000", "TBA"]
DRAFT_TITLES = ["{title} DRAFT", "WORKING COPY - {title}", "{title} [draft - do not use]"]
TWICE_LINES = {
    "first": ["Sorry - two docs on here, the top one is an old draft. The second one is the completed version.",
              "I've accidentally attached my draft as well as the finished one; the finished form is the second file."],
    "second": ["Completed form attached. Ignore the second file, that's the working copy I forgot to delete.",
               "The first attachment is the up to date form; the other one is an earlier draft, please disregard."],
}
TWICE_NAMES = [("{i} working copy", "{i} completed"), ("form DRAFT", "form FINAL v2"),
               ("old version - ignore {i}", "current version {i}"), ("Doc{i} (draft)", "Doc{i} (final)")]

RESEND_SUBJECTS = ["RE: {subject} - form returned", "RE: Returned: {subject}", "Re: Could not accept - {subject}"]
HUB_SUBJECTS = ["Returned: {subject}", "Could not accept - {subject} ({ref})"]
RESEND_LINES = ["Resending with \"{field}\" filled in - sorry, must have skipped it.",
                "Here you go, \"{field}\" now done. Whole form re-typed below.",
                "Thanks for flagging. \"{field}\" completed below and the rest is as before."]
RESEND_REPLIES = [
    "We have received your form but cannot pass it on yet (ref {ref}).\n"
    "Missing: {field}\nPlease reply with the full form including this.\n-- YPSA Hub, automated reply",
    "Hello,\nyour email \"{subject}\" has been returned to you, reference {ref}.\n"
    "The following needs completing: {field} (left blank).\nThank you\nYPSA Intake (do not reply to this line)",
]

# -- the usual wordings ------------------------------------------------------------------------------------------
TITLES = {
    "referral-emergency": ["Same-day emergency referral - supported accommodation (16-24)",
                           "EMERGENCY REFERRAL FORM - YP accommodation tonight",
                           "Supported accom. referral (emergency route)"],
    "referral-non-emergency": ["Referral form - planned supported accommodation (16-24 yrs)",
                               "Non-emergency referral - YPSA pathway", "SA referral (planned route) - young person"],
    "risk": ["Risk concern from provider - cannot accept referral", "Provider: risks we are unable to manage",
             "Unable to accept - provider risk form"],
    "safeguarding": ["Safeguarding incident - provider notification form", "YPSA incident notification (safeguarding)",
                     "Incident notification to Brokerage & Quality"],
    "intelligence": ["Intel sharing submission (partner agencies)", "Information to police - partner intelligence form",
                     "Partner agency intel report"],
    "mash": ["MASH - 16/17 year old presenting homeless", "Referral to MASH: young person homeless or at risk",
             "16/17 homeless presentation - MASH referral form"],
    "mash-notice": ["Mediation prevented homelessness - notice to MASH", "MASH notification: homelessness prevented",
                    "Notice of successful mediation (16/17)"],
    "void": ["Voids and availability - weekly provider report", "Weekly void report to Brokerage", "Void beds this week"],
}

SUBJECTS = {
    "referral-emergency": ["emergency - {initials} - needs placement tonight", "EMERG REFERRAL {initials}",
                           "urgent bed needed for {initials} today"],
    "referral-non-emergency": ["planned referral for {initials} (not urgent)", "ref for {initials} (non emergency)",
                               "{initials} - referral for SA"],
    "risk": ["{ref} unable to accept", "re referral {ref} - risk concern", "provider response {ref}"],
    "safeguarding": ["safeguarding notification - {property}", "{property} incident notification", "inc. report {property} pls log"],
    "intelligence": ["partner intel for forwarding", "intel for TVP pls", "information sharing submission"],
    "mash": ["{initials} homeless - MASH", "MASH referral {initials} 16/17", "homeless yp {initials} - MASH pls"],
    "mash-notice": ["{initials} - mediation successful, no MASH needed", "prevented - {initials}", "MASH notice re {initials}"],
    "void": ["{provider} - void report w/c {week}", "void report {week}", "beds free w/c {week} ({provider})"],
    "other": ["room booking for panel", "our newsletter - December issue", "can you call me back", "staff changes"],
}

INTROS = ["Hi there intake,", "Hello YPSA team,", "Good morning to you both,", "Hi - hope you had a good weekend,",
          "Dear duty,", "Hiya team, hope you're well,"]
SIGNOFFS = ["Ta very much", "Thanks ever so much for this,", "Speak soon, and thanks,", "Warm regards from us all,", "Thanks & regards"]
COVERING = ["Form attached, let me know if you need anything else.", "Attached for logging please.",
            "Please see the form attached - happy to discuss.", "Have attached the form as requested."]
FOOTERS = ["Personal Adviser - Leaving Care (West)\nMobile 07700 900733",
           "Night Support Worker\nPlease excuse brevity - sent from mobile",
           "Practice Supervisor | Adolescent Service\nI work Tues-Fri",
           "Housing Options Officer\nDirect dial 01295 221 874"]
DISCLAIMERS = ["The information in this email is confidential and may be legally privileged.",
               "Rhybudd: gall y neges hon gynnwys gwybodaeth bersonol. / Warning: this message may contain personal "
               "information."]
DISCLAIMER_CHANCE = 0.3

HEADING_CHANCE = 0.7
HEADINGS = {
    "Section 1 - About the young person": ["Section A - The young person", "1) YP", "YP DETAILS"],
    "Section 2 - Referrer": ["Section B - Referrer", "2) Referrer", "REFERRER DETAILS"],
    "referral.sw": ["Section C - Social worker / PA", "3) SW or PA", "SW / PA DETAILS"],
    "Section 3 - Family Group Conference and diversion": ["Section D - FGC / diversion", "4) FGC",
                                                          "FGC + DIVERSION"],
    "Section 4 - Reason for referral and risks": ["Section E - Reasons & risks", "5) Reason / risks",
                                                  "REASONS + RISKS"],
    "Young person": ["Section B - Young person", "2) YP", "YP DETAILS"],
    "The incident": ["Section D - Incident", "4) Incident", "INCIDENT"],
    "sg.provider": ["Section A - Provider", "1) Provider", "PROVIDER DETAILS"],
    "sg.sw": ["Section C - SW / PA", "3) SW or PA", "SW / PA DETAILS"],
    "risk.referral": ["Section A - Referral", "1) Referral", "REFERRAL DETAILS"],
    "risk.concern": ["Section B - Risk", "2) Risk", "RISK DETAILS"],
    "intel.you": ["Section A - Submitting worker", "1) You", "WORKER DETAILS"],
    "intel.info": ["Section B - Intelligence", "2) Info", "INTEL DETAILS"],
    "mash.yp": ["Section A - Young person", "1) YP", "YP DETAILS"],
    "mash.agency": ["Section B - Agency", "2) Agency", "AGENCY DETAILS"],
    "mash.housing": ["Section C - Housing / mediation", "3) Housing", "HOUSING DETAILS"],
}

ATTACHMENT_NAMES = {
    "referral": ["referral {i} completed", "YP referral form_{i}", "SA REF {i}"],
    "risk-concern": ["unable to accept {i}", "provider risk concern_{i}"],
    "safeguarding-incident": ["incident notification {i}", "safeguarding form_{i}"],
    "intelligence-submission": ["intel sharing {i}", "TVP intel form_{i}"],
    "mash-referral": ["MASH 1617 referral {i}", "mash form_{i}"],
    "mash-notice": ["mediation prevented {i}", "mash notice_{i}"],
    "void-return": ["void report {i}", "voids_{i}"],
}

VALUE_STYLES = {
    "dates": ["d.m.yy", "d/m/yy", "dd/mm/yy", "d-m-yy", "d/m/yyyy", "d Mon yy", "d Month yyyy", "dd.mm.yyyy",
              "dd-mm-yy"],
    "times": ["HH:MM", "HH.MM", "h.mmpm", "HHMM hrs", "h:mm pm"],
    "yes": ["YES", "y", "Yes", "yes", "Y"],
    "no": ["NO", "n", "No", "no", "N"],
    "blanks": ["not known", "N/K", "tbc", "awaiting info", "unknown", "nk", ""],
    "joiners": ["{d} {t}", "{d} - {t}", "{d} around {t}", "{d}, {t}"],
}

LABELS = {
    "referral": {
        "referral_type": ["is it an emergency (y/n)", "Type of refl - emergency or planned", "refferal type", "Emergency? (Y = same day)", "Route (emergency / planned)"],
        'name': ['y.p. name - first & last', 'Young person - legal name in full', 'name of the y.p.', 'Full name of the referred YP', "Enw'r person ifanc / Young person's name in full", "YP's name (full)"],
        "dob": ["dob of the y.p.", "Date of birth - the young person", "birthdate", "D.O.B. of referred YP", "Dyddiad geni / D.O.B.", "yp birth date (dd.mm.yy)"],
        'gender': ['gender (yp)', 'Gender identity / sex', 'gendr', "Young person's gender (self-described)", 'Rhyw / Gender y.p.'],
        "lcs": ["lcs number of y.p.", "LCS / Liquid Logic number", "lcs id no (yp)", "LCS child number", "LCS (if allocated)"],
        "address": ["addr now", "Where YP lives at present (full address)", "current addres", "Address at present (incl. postcode)", "Cyfeiriad / Address now"],
        "locality": ["area wanted by y.p.", "Preferred locality for accommodation", "prefered district", "District preferred for placement", "Locality wanted (any = no preference)"],
        "legal_status": ["legal stat. (LAC/CL/CIN)", "Legal status (LAC / care leaver / CIN / not known)", "legal staus", "Status in law (s20, s31, CL ...)", "Statws cyfreithiol"],
        "uasc": ["uasc? y or n only", "UASC - is the YP an unaccompanied asylum seeking child? (Y/N)", "unaccompanied asylum seeking y.p. y/n", "Is the y.p. UASC?", "UASC (yes/no) - pls state"],
        "parent": ["is the y.p. a parent? y/n", "Is YP a parent or pregnant?", "parent / expecting", "Young parent or expecting (Y/N)", "Does the y.p. have children?"],
        'ref_name': ['who is referring (your name)', 'Name of referrer (person completing)', 'ref. by', "Referring worker's name (print)", 'Referring worker - name in full please'],
        'ref_role': ['referrer role (sw/pa etc)', 'Designation of person referring', 'job title of the referrer', "Referrer's job role / title", 'Role (SW / PA / HOO / YOS)'],
        'ref_org': ['referrer team/service', 'Organisation and team of referrer', 'team / service (referrer)', "Referrer's team / base", 'Organisation making the referral'],
        'ref_email': ["referrer's e-mail addr", 'Email of referrer (for replies)', 'refrerer email', "Referrer's email (secure)", 'E-mail address for replies'],
        'ref_phone': ["referrer's tel no.", 'Referrer telephone (mob/desk)', 'contact tel (referrer)', "Referrer's mobile / landline", 'Phone number for the referrer'],
        "sw_name": ["s/w or pa", "Social worker / PA (if not referrer)", "allocated sw", "SW or PA allocated", "Allocated social worker or personal adviser"],
        "sw_email": ["s/w or pa email", "Social worker / PA email", "allocated s/w e-mail", "SW or PA email addr (if diff)", "E-mail for the allocated SW/PA"],
        "fgc": ["fgc offered to the family? y/n (pls)", "Has a Family Group Conf. been offered to the family?", "FGC offerred", "Was FGC offered (Y/N)", "Family group conf. offered"],
        "fgc_date": ["fgc date (held/offered)", "Date of the Family Group Conference", "date fgc offered / went ahead", "FGC held / offered on", "FGC date (dd.mm.yy if known)"],
        "diversion": ["diversion tried", "Diversion explored (family, friends, mediation) - what happened", "divertion", "Steps taken to avoid YP needing accommodation", "What else has been tried first (family, friends, mediation)"],
        "reason": ["reason for refl", "Reason YP needs supported accommodation", "reasons", "Why referred (summary)", "Reason for referral to YPSA"],
        "safety": ["immediate risk tonight (emerg)", "Immediate safety concern - why it has to be today", "saftey concern now", "Emergency - what is the immediate safety risk?", "Safety concern tonight"],
        "risk_self": ["risk - to self (what / when)", "Risk of harm to self (details)", "rsik to self", "Self harm / suicide risk - current", "Risks to the y.p. themselves"],
        "risk_others": ["risk - to others (what & who)", "Risk of harm to others (details)", "risk to otehrs", "Risk towards others (staff/residents)", "Risks to staff, residents or public"],
        "risk_from": ["risk - from others (who/what)", "Risk of harm from others (details)", "risk frm others", "Risk from other people (who)", "Who poses a risk to the y.p.?"],
        "exploitation": ["exploit.", "Exploitation concerns - CSE, CCE, county lines, NRM", "exploitaion", "Risk of exploitation (MACE?)", "CSE / CCE concerns (NRM?)"],
        "substance": ["drugs/alc", "Substance use - drugs, alcohol, other", "substance missuse", "Drugs & alcohol (what / how much)", "Use of substances (current)"],
        "offending": ["offending (yp)", "Offending - current / past", "ofending", "Offending & YJS involvement (details)", "Criminal record / charges"],
        "mental_health": ["mental hlth", "Mental health and emotional wellbeing - details", "mental heath", "MH / wellbeing", "Mental health (any diagnosis / CAMHS)"],
        "support": ["support needs (yp)", "What support will YP need", "suport needs", "Support needs once in accommodation", "Areas of support needed (list)"],
        "needed": ["bed needed from", "Date the accommodation is required", "date reqd", "Required from (date) - approx ok", "Accommodation wanted from"],
        "consent": ["consent y/n", "y.p. consents to referral + sharing of info", "concent", "Consent obtained from yp (Y/N)", "Consent to share & refer (Y/N)"],
    },
    "risk": {
        "ref": ["refl ref", "Referral reference (as given by Brokerage)", "reference no", "Brokerage referral no. (from email)", "Ref of the referral we received"],
        "provider": ["prov.", "Provider (organisation name in full)", "provider org", "Our organisation (the provider)", "Provider sending this concern back"],
        'yp': ['y.p. name', 'Young person who was referred to us', 'name of the y.p.', "Referred young person's name (as on ref)", 'YP (name on referral)'],
        'risk': ['risk unable to manage (what)', 'The risk we cannot safely manage', 'unmanageable risk (what)', 'Risk not manageable by us', "Risk identified that we can't manage"],
        'why': ['why (cant manage)', 'Why it cannot be managed by us', 'reason cant manage', 'Why not manageable at our scheme', "Explanation - why the risk can't be managed"],
        "enable": ["what wd enable", "Resources / support that would let us accept", "what would help us accept", "What would make this manageable", "Support / resources required to accept"],
    },
    "safeguarding": {
        "provider": ["prov.", "Provider organisation (reporting inc.)", "provider nam", "Name of the provider reporting this", "Provider (reporting org.)"],
        "property": ["prop.", "Property reference (ours)", "propety ref", "Property / scheme ref code", "Scheme / property code (e.g. RSP-OXC-01)"],
        'name': ['y.p.', 'Young person involved - their full name', 'name of the y.p.', "Young person's name - first & surname", 'y.p. full name'],
        "dob": ["dob of the resident (yp)", "Date of birth (y.p. involved)", "birthdate of y.p.", "y.p. D.O.B.", "d o b of y.p."],
        'lcs': ['lcs # of y.p.', 'LCS number (council)', 'lcs num', "YP's LCS no.", 'LCS no. (y.p.)'],
        "sw_name": ["s/w or pa", "SW / PA name (allocated)", "social wrker / pa", "Social worker or leaving care PA (name)", "Worker (SW/PA) name"],
        "sw_email": ["s/w or pa email", "SW / PA e-mail", "social wrker email", "Email (SW or PA) if known", "Worker e-mail (SW/PA)"],
        "date": ["inc. date", "Date of the incident (dd/mm/yy)", "incidnet date", "Date inc. occurred", "Incident date (dd-mm-yy please)"],
        "time": ["inc. time", "Time of the incident (24 hr)", "tme", "Time inc. occurred", "Time (approx, 24 hr)"],
        "when": ["inc. date + time", "Date & time of the incident (24hr)", "when it happened (date/time)", "Occurred (date and time)", "Date/time it happened (approx)"],
        "category": ["inc. type", "Incident category - tick one only", "catagory", "Type / category", "Category of inc."],
        "severity": ["sev.", "Severity - low, medium, high or critical (pick one)", "severity lvl (l/m/h/c)", "How severe was it (l / m / h / c)", "Severity (provider rating)"],
        "description": ["what happend", "Description of the incident (what happened)", "desc.", "Incident description - stick to the facts", "What happened (facts, no opinion)"],
        "actions": ["actions taken (staff)", "Immediate action(s) taken by staff", "actons taken", "Action taken at the time by staff", "What was done immediately after"],
        "police_ref": ["police ref/cad no.", "Police reference number / log", "polic ref", "Police / CAD reference", "Police ref given (if any)"],
    },
    "intelligence": {
        "agency": ["agency (ours)", "Submitting organisation / partner", "agncy", "Organisation sharing", "Name of the agency submitting this"],
        "worker": ["wkr name", "Name of submitting staff member", "wroker name", "Name of person submitting form", "Worker name (print)"],
        'role': ['job', "Worker's job title / post", 'roll', 'Role in your organisation', 'Job title of the submitting worker'],
        'email': ['e-mail (wkr)', "Worker's e-mail addr", 'emial', 'Email (so police can reply)', 'Email (secure)'],
        'phone': ['tel. (mob)', "Worker's phone", 'phone no (wkr)', 'Telephone number of worker', 'Contact phone (worker)'],
        "when": ["date/time seen or told", "Date & time information received", "when seen (date + time)", "Date and time of info", "Information date/time (approx)"],
        'date': ["date rec'd", 'Date information came in', 'dte', 'Date of the info / sighting', 'info date (when seen)'],
        'time': ["time rec'd", 'Time information came in', 'tim', 'Time of the info / sighting', 'info time (24h)'],
        "location": ["where (addr / area)", "Location (address / area)", "locaton", "Location the info relates to", "Place, street or area it relates to"],
        "persons": ["persons (names/dobs)", "Persons involved - name, DOB, appearance", "ppl involved", "Persons concerned (all)", "Names, DOBs, descriptions of those involved"],
        "vehicles": ["vehs", "Vehicles - colour, make, VRM if seen", "vehicle(s) if any", "Vehicle details (if any seen)", "Vehicles seen nearby"],
        "information": ["inf.", "The information being shared", "infomation/intel", "Intelligence (what you know)", "Information (full account)"],
        "source": ["src", "Source of the information (staff/resident/CCTV)", "sorce", "Info source - how do you know this", "Source - how it came to us"],
        "grading": ["grade (e.g. B/2)", "Intelligence grading (partner view)", "grding", "Grading (3x5x2 if used)", "Grading given (if any)"],
        "handling": ["handling - p or c pls", "Handling code for police", "handlng", "Handling conditions for sharing", "Handling code (police use = P)"],
    },
    "mash": {
        'name': ['y.p. name', "Young person's full name (presenting)", 'yp nam', 'Name of the young person aged 16/17', 'Name (YP, in full)'],
        "dob": ["dob of y.p.", "Date of birth (16/17 yr old)", "d.o.b. of the 16/17 yr old", "YP date of birth (dd-mm-yy)", "Birth date of yp"],
        "address": ["addr", "Address (current / last known)", "adress now", "Current or last settled address", "Address (staying at now)"],
        "agency": ["agency yp presented to (name)", "Presenting agency / team", "agncy presenting", "Agency / office the YP turned up at", "Referring / presenting service"],
        "status": ["homeless or threatened - pls say which", "Is it homeless tonight or a threat of it?", "housing sitch", "Housing situation now (homeless / threatened)", "Status - homeless now, or threatened"],
        "mediation": ["any mediation yet? y/n", "Mediation with family attempted so far?", "mediaton tried", "Mediation tried yet (Y / N)", "Has mediation happened yet"],
        "mediation_outcome": ["mediation outcome (if tried)", "Outcome of any mediation done", "mediaton outcome", "Result of mediation session(s)", "What came out of mediation, if done"],
        "concerns": ["concerns (welfare)", "Welfare / safeguarding concerns now", "concenrs", "Safeguarding concerns (current)", "Welfare concerns for the yp"],
        'known': ['known to sc y/n', "Known to children's social care already?", 'knwon to csc', 'Known to CSC now (Y/N)', 'Any social care involvement now? (Y/N)'],
        "parent_contact": ["parent contact (name+tel)", "Parent / guardian - name and tel", "parnet contact", "Parent or carer - contact no.", "Parent/carer name + number"],
    },
    "mash-notice": {
        'name': ['y.p. name', "Young person's full name (mediation)", 'yp nam', 'Name of young person (16/17)', 'Name (YP, in full)'],
        "dob": ["dob of y.p.", "Date of birth (16/17 yr old)", "d.o.b. of the 16/17 yr old", "YP date of birth (dd-mm-yy)", "Birth date of yp"],
        "date": ["mediation finished (date)", "Day the mediation was concluded", "date prevnted", "Date prevented", "Date of outcome (agreed)"],
        "outcome": ["outcome (agreed plan)", "Outcome (how prevented)", "outcme", "What was agreed at the mediation meeting", "Result (how prevented)"],
        "agency": ["agency (mediators)", "Agency (who mediated)", "agncy", "Mediation service that worked with family", "Agency notifying MASH of outcome"],
    },
    "void": {
        "provider": ["prov.", "Provider org. (returning)", "provider nam"],
        'week': ['wk comm. (mon)', "Week beginning (Monday's date)", 'w/beg'],
        "ref": ["ref (prop)", "Prop. ref (code)", "propety ref"],
        'locality': ["loc'y", 'Area (district of property)', 'locailty'],
        "service": ["svc", "Service (type of accomm.)", "servce type"],
        "total": ["tot.", "Total (units in prop.)", "total unts"],
        "occupied": ["occ. now", "Occupied units (now)", "ocupied"],
        'vacant': ["vac'y", 'Vacancies (units)', 'vacnt'],
        "available": ["avail", "Available date (from)", "availble"],
        "emergency": ["emerg. bed free?", "Emergency bed tonight (y/n)", "emergncy bed"],
        "notes": ["note(s) on void", "Comments / notes (why void)", "nots"],
    },
}

TEXTS = {
    "diversion": ["Explored staying with older brother but his landlord won't allow it. Mediation via Family "
                  "Solutions Plus - two sessions, no agreement reached.",
                  "Grandparents said they would help with food but can't house. Mediation refused by step-mum.",
                  "Stayed with a cousin for a week. Mediation booked but family did not attend.",
                  "Friends and family network mapped with YP, no-one able to offer a bed long term."],
    "reason": ["{yp} has been staying on a friend's sofa for six weeks after her placement broke down. The friend's "
               "tenancy does not allow lodgers and the landlord has now found out.",
               "Home conditions very poor and dad's drinking has escalated.\n{yp} has been sleeping in the park "
               "on two occasions this month and wants to move into a supported house.",
               "{yp} is 17 and has been living with an aunt who is moving abroad in February. There is no other "
               "family able to offer a home, so we are looking for planned shared accommodation.",
               "Leaving a residential children's home at 18 and does not want staying close. Pathway plan "
               "identifies a single self contained flat with floating support.\n{yp} is keen to be near work.",
               "Relationship with mum's new partner has broken down completely; mum has asked {yp} to leave by "
               "the end of the month and has put this in writing."],
    "safety": ["{yp} slept in a stairwell last night and has nowhere to go this evening.",
               "Dad assaulted {yp} this morning and police have advised she cannot return home tonight.",
               "Was thrown out at 2am, currently sitting in the Housing Options office with nowhere to sleep."],
    "risks": {
        "risk_self": ["Self harm in the past (cutting), current safety plan with CAMHS.",
                      "Suicidal thoughts when low, no attempts.", "Nothing reported."],
        "risk_others": ["Has damaged property when angry, no assaults on people.",
                        "Threatened a teacher last year, no further incidents.", "None reported by school."],
        "risk_from": ["Ex-partner has assaulted her, non-molestation order in place.",
                      "Older peers have been putting pressure on him to hold drugs.", "No risk from others identified by SW."],
        "exploitation": ["MACE discussed in Nov, medium risk of CSE.", "NRM referral made for CCE last spring.",
                         "None known at this time."],
        "substance": ["Smokes cannabis most days, spends most of his money on it.", "Binge drinking at weekends, no drug use reported.",
                      "Does not drink or use drugs."],
        "offending": ["Youth caution for possession (2025).", "Currently on a YRO, supervision weekly with YJS.",
                      "None on record."],
        "mental_health": ["Diagnosed PTSD, attends CAMHS fortnightly.", "Anxiety and low mood, GP aware.",
                          "No MH diagnosis."],
    },
    "support": ["Help with managing money, cooking basic meals and keeping appointments.",
                "Emotional support, help to register with a dentist and GP, support to find work.",
                "Structure and routine, support to go to college every day and manage a tenancy.",
                "Life skills, benefit claims, and help to rebuild family relationships."],
    "risk_unable": ["Fire setting in his last two placements, most recently setting light to bedding.",
                    "Ongoing violence towards female staff, including a recent assault on a support worker.",
                    "Frequent missing episodes with exploitation concerns, sometimes for several days.",
                    "Current threats from a rival group who know the area where our only vacancy is."],
    "risk_why": ["Our vacancy is in a shared house with no staff overnight and no CCTV.",
                 "We only have female staff on shift at that scheme most evenings.",
                 "The vacancy is in Oxford City, in the same estate as the group that is targeting him.",
                 "Our staffing model is floating support only, 6 hours a week."],
    "risk_enable": ["Funding for waking night cover and a fire risk assessment by the fire service before the move.",
                    "A male worker on shift, a behaviour support plan and a review at four weeks.",
                    "A vacancy outside Oxford and a multi-agency plan with police and the exploitation hub.",
                    "A higher support package (at least 15 hours weekly) and a named SW contact out of hours."],
    "incident": {
        "Missing": ["{yp} left the scheme at 6pm saying she was going to the shop and has not come back. Phone goes "
                    "to voicemail. Missing report made, police log given.",
                    "{yp} did not return overnight; seen on social media in Birmingham. Reported to police as "
                    "missing, returned by police the next afternoon."],
        "Exploitation": ["{yp} was seen getting into a taxi paid for by an unknown adult late at night and came "
                         "back with a new phone and a lot of cash.",
                         "Staff overheard {yp} on the phone being told he owed money and needed to do a run to "
                         "Swindon to pay it back."],
        "Self-harm": ["{yp} cut her wrist with a razor blade in her room. Staff applied first aid and she went to "
                      "A&E, wound glued and she came back the same night.",
                      "{yp} took about ten paracetamol and told staff straight away; ambulance called and he was "
                      "kept in for bloods."],
        "Violence": ["{yp} and a visitor got into a fight outside the front door, {yp} was hit with a bottle. "
                     "Police called and the visitor left before they arrived.",
                     "{yp} kicked a door off its hinges and pushed past a staff member, who fell and hurt her wrist."],
        "Allegation against staff": ["{yp} alleges a night worker came into her room without knocking and "
                                     "stayed. Worker removed from rota, LADO referral made.",
                                     "{yp} claims a staff member took money from his room. Manager has "
                                     "suspended the worker pending investigation."],
        "Police involvement": ["Police called by a neighbour after {yp} was shouting threats in the street. "
                               "Officers spoke to him and he was given words of advice.",
                               "{yp} brought home by police at 1am after being found in a car with older "
                               "males; no arrests."],
        "Hospital admission": ["{yp} had a seizure in the communal lounge, ambulance called and she was admitted "
                               "to the JR for tests.",
                               "{yp} was admitted after being assaulted in town; broken cheekbone, surgery "
                               "planned."],
        "Other": ["Cannabis found in {yp}'s room during a room check, removed and disposed of, YP spoken to.",
                  "{yp} let three non-residents into the building overnight against house rules."],
    },
    "actions": ["999 called, first aid given, manager and SW informed by email.",
                "Reported to police, room checks every hour, risk assessment reviewed next morning.",
                "Spoke with YP, informed on-call manager, logged on the system.",
                "Staff accompanied YP to hospital, on-call manager updated family with YP's consent."],
    "intel_urgent": ["{p} is outside the building at this moment shouting that he will kill {yp} and has a "
                     "machete in his hand - staff have called police but we need help now.",
                     "{yp} has just rung from a car, {p} is driving her somewhere against her will and she is "
                     "scared he will hurt her - happening right now.",
                     "There is a fight going on right now in the car park - {p} has stabbed someone and {yp} "
                     "is still out there with him."],
    "intel_routine": ["Several residents have mentioned that {p} gives {yp} lifts to Reading and back in the "
                      "evenings. Staff noticed {yp} has new clothes and no obvious income.",
                      "{yp} told her keyworker that {p} keeps a stash of cannabis at a flat on the estate and "
                      "pays young people to sell it at the skate park.",
                      "Over the past month {p} has been seen hanging around the college gates at closing time "
                      "talking to girls including {yp}; he is much older.",
                      "A resident reported that {p} rents a room by the hour at the guest house near the station "
                      "and that {yp} has been going there after school."],
    "mediation_outcome": ["One session held, dad said {yp} can't come home until she changes her behaviour.",
                          "Mum agreed to talk again in two weeks but will not let {yp} stay meanwhile.",
                          "Mediation ended early, step-dad walked out."],
    "mash_concerns": ["Staying in a flat with adults not known to services, has missed school all week.",
                      "Concerns about a much older boyfriend and possible exploitation.",
                      "Parents both misusing alcohol, YP says home is not safe.",
                      "Self harming, not attending CAMHS appointments, no money for food."],
    "prevented": ["Following mediation {yp} has returned home to dad with support from the Early Help team.",
                  "{yp} will live with her older sister, agreed by all parties at the mediation meeting.",
                  "Mum and {yp} agreed house rules at mediation and {yp} has moved back in."],
    "void_notes": ["", "", "repairs this wk", "new carpet going in", "offer made", "YP moving on Fri",
                   "gas safety check due"],
    "other_body": ["Could someone book the small meeting room for Thursday's panel please? 10 till 12.",
                   "Attached is our December newsletter with news from the schemes and dates for the new year.",
                   "Hi, could you call me back when you get a minute about a general query? Thanks",
                   "Just to let you know that Sam has left and Priya is now the contact for our service."],
}
