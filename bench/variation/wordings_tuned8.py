"""Wordings for the eighth tuned part (tuned8): written by an outside author from SPEC.md, the seeds' field lists and
the way English council, provider and police staff fill such forms in, without sight of the parsers, config/forms or
any other part's wordings or mails. Tune against this part, not heldout5.

The same kinds of layout and value as heldout5 in wordings of its own: answers typed as sentences in the mail,
guidance inside the label cells, forms over pages with a running header, "Question | Your answer" tables, names as
"SURNAME, Forename" or with a preferred name in brackets, values with a comment after them, dates such as
"Tuesday 8th December" and "8.Dec.2026", times such as "c. 14:05" and "roughly 2:05pm", check boxes, quoted reply
threads under the signature, long signatures and disclaimers, void sheets with "Date void since" and totals rows.
"""

SEED = 14142135

DOC_LAYOUTS = ["docx-hinted", "body-informal", "pdf-pages", "docx-qtable", "pdf-form", "docx-4col", "body-informal",
               "pdf-hinted", "docx-2col", "body-lines", "pdf-qtable", "docx-hinted", "body-html", "pdf-pages",
               "docx-cell", "body-plain", "docx-questions", "pdf-text", "body-informal", "docx-wrapped", "pdf-hinted",
               "docx-qtable", "body-informal", "pdf-pages"]
VOID_LAYOUTS = ["csv-messy", "xlsx-messy", "body-blocks", "xlsx-title-merged", "body-pasted", "xlsx-messy", "csv-title",
                "body-html-table", "xls", "xlsx-flat", "csv-messy", "csv"]

VALUE_STYLES = {
    "dates": ["Mon d yyyy", "d.Mon.yyyy", "d-Mon-yy", "dd/mm/yyyy (ddd4)", "d Month yyyy (tbc)", "dd/mm/yyyy",
              "dth Mon yyyy", "d.m.yy"],
    "times": ["c. HH:MM", "roughly h:mmpm", "HH.MMhrs", "HH:MM (24hr)", "HHMMhrs (roughly)", "h:mm pm"],
    "yes": ["\u2611 Yes", "Yes, agreed", "yes (confirmed)", "Yes \u2714", "Y - yes"],
    "no": ["\u2611 No", "No, not at present", "no (checked)", "N - no", "NO"],
    "blanks": ["N/A \u2013 not known", "\u2013", "nothing known", "not recorded", "\u00a0"],
    "joiners": ["{d}; {t}", "{d} {t}", "On {d} at {t}", "{t} ({d})"],
}
NEAR_DATES = ["ddd dth", "dd/mm", "dddd4 dth Mon"]
NEAR_DATE_CHANCE = 0.35
AGE_STYLES = ["{n} y/o", "aged {n}", "{n}yrs"]
AGE_CHANCE = 0.4
NAME_STYLES = {"yp": ["{first} {last} (aka {pref})", "{first} {last} - prefers {pref}"],
               "worker": ["{LAST}, {first}", "{first} {LAST}"]}
NAME_CHANCE = 0.35
CHOICE_BOXES = 0.35
BOX_MARKS = [("\u2611 ", "\u2610 "), ("\u25a0 ", "\u25a1 ")]
TABLE_HEADERS = [("Question", "Your answer"), ("Topic", "Details"), ("Information requested", "Response")]
PAGE_HEADERS = ["{title} (page {n} of {total})", "Shire County Council \u2013 Children's Services \u2013 {title} \u2013 {n}",
                "OFFICIAL-SENSITIVE | {title} | Pg {n}/{total}"]

LABELS = {
    "referral": {
        "referral_type": ["Is this a same-day (emergency) referral?", "Type of request (emergency / planned)", "Same day bed required? (Y/N)", "Referral route: emergency or planned", "Planned or emergency (delete as appropriate)"],
        "name": ["Name of YP (first and last)", "Name of the young person (legal)", "YP's full name (no initials)", "Young person referred – full name", "First name(s) & surname (YP)"],
        "dob": ["Young person's date of birth (dd/mm/yyyy)", "YP date of birth (DD/MM/YYYY)", "DOB of the young person referred", "Date of birth (YP) – please check", "Young person born (date)"],
        "age": ["Age at date of referral", "How old is the YP?", "Age (in years)"],
        "gender": ["YP gender / pronouns", "Gender identity – YP", "Gender the YP identifies with", "Gender – as recorded on LCS", "YP's gender identity / pronouns"],
        "lcs": ["LCS no. (CSC record)", "Liquidlogic (LCS) ID", "Children's services ID (LCS)", "Liquidlogic child ID", "LCS (Liquidlogic) reference"],
        "address": ["Current address / where staying", "Where YP lives now", "YP's current address and postcode", "Address now (incl. sofa-surfing address)", "Current accommodation address"],
        "locality": ["Where would the YP like to live?", "Locality preference (district)", "Preferred locality (if any)", "Area preference", "District the YP would prefer"],
        "legal_status": ["Looked after / care leaver / CIN?", "Care status (as recorded)", "Legal framework (s20, s31, CL, CIN)", "Care / legal status of young person", "Legal status (select)"],
        "uasc": ["Is the young person UASC? (Y/N)", "Unaccompanied asylum-seeking young person?", "UASC – please state Y or N", "Is the YP an unaccompanied asylum seeker?"],
        "parent": ["YP a parent? (Y/N)", "Parent status (yes/no)", "Is YP a parent (Y/N)?", "Has a child (parent)?", "Young person is a parent (Y/N)"],
        "ref_name": ["Person referring – name", "Name (you, the referrer)", "Referrer – full name (you)", "Your name (as referrer)", "Referrer name (you)"],
        "ref_role": ["Job title (referrer)", "Your role / title", "Referrer position", "Referrer's job title / role", "Role of the referring worker"],
        "ref_org": ["Team / agency (referrer)", "Your team / agency", "Agency / team of referrer", "Referrer organisation / team", "Team / service referring"],
        "ref_email": ["Your email address (secure)", "E-mail (person referring)", "Referring worker's email", "Email address (you, the referrer)", "Referrer email (secure)"],
        "ref_phone": ["Referrer's phone number", "Telephone (referrer)", "Phone (referrer)", "Contact no. (referrer)", "Referrer mobile / landline"],
        "sw_name": ["Social worker or PA (if different)", "SW / PA allocated", "Name of SW or PA (if not referrer)", "Allocated practitioner (SW / PA)", "Social worker / PA name (if not you)"],
        "sw_email": ["Social worker / PA email (if not you)", "SW / PA allocated – email", "Email address of allocated SW / PA", "Allocated social worker's email (if different)", "SW / PA contact email"],
        "fgc": ["Family Group Conference offered? (Y / N) – required for planned", "FGC offered to YP and family", "Has an FGC been offered to the young person and family?", "Offer of a Family Group Conference made?", "Family Group Conference: has it been offered?"],
        "fgc_date": ["Date FGC offered (dd/mm/yyyy)", "Date FGC was offered (if yes)", "When FGC offered (date)", "Date of offer of FGC"],
        "diversion": ["Other options explored (family / friends / mediation)", "Family & friends options / mediation", "Diversion: family / friends / mediation explored", "What options were explored before referral?", "Efforts to prevent homelessness"],
        "reason": ["Reason for referral / background", "Reasons for needing accommodation", "Referral reason (background)", "Reason for referral – background and current situation", "Why is the referral being made now?"],
        "safety": ["What is the immediate danger?", "Immediate safety concern – please describe", "Immediate concern for safety", "Immediate safety concern – why today?", "Details of immediate risk"],
        "risk_self": ["Risk to self (self-harm / self-neglect)", "Risk to self – details", "Risk to YP's own safety", "Risk to self (incl. self-neglect)", "Risk towards self"],
        "risk_others": ["Risk YP may pose to others", "Risk to others (residents, staff, public)", "Risks YP presents to others", "Risk to the public / others", "Risk posed by YP to others"],
        "risk_from": ["Anyone posing a risk to the YP?", "Risk from others (peers, family, adults)", "Risks to YP from others", "Others who pose a risk to the YP"],
        "exploitation": ["Exploitation risk – details", "Concerns about exploitation", "Any concerns of exploitation?", "Exploitation / county lines concerns", "Exploitation (known or suspected)"],
        "substance": ["Drug and/or alcohol misuse", "Substance misuse – details of use", "Drugs or alcohol (details)", "Substance misuse (drugs, alcohol, other)"],
        "offending": ["Criminal offending", "Offending / convictions", "Offending and YJS involvement", "Offending history (incl. pending)", "Offending (incl. pending court)"],
        "mental_health": ["Mental health needs / diagnosis", "MH and emotional wellbeing", "Mental health (incl. CAMHS involvement)", "Mental health / emotional health concerns", "Mental health diagnosis or concerns"],
        "support": ["Support needs – details", "Support needed by the YP", "Support required from provider", "Support the YP needs", "Support needs (key work, life skills)"],
        "needed": ["Date needed by", "Accommodation needed by (date)", "Date the YP needs accommodation", "Accommodation required by", "Date of need (accommodation)"],
        "consent": ["YP consent to referral & info sharing (Y/N)", "Consent to referral and sharing (Y/N)", "Consent (referral and information sharing)", "Consent from YP to refer and share (Y/N)", "YP's consent to referral / sharing"],
    },
    "risk": {
        "ref": ["YPSA ref", "Reference no. of referral", "Brokerage referral reference", "Our referral ref (Brokerage)", "Referral reference (YPSA / BRK)"],
        "provider": ["Responding provider (name)", "Provider's name", "Provider declining / raising concern", "Organisation raising the concern", "Provider raising this risk concern"],
        "yp": ["Name of young person (referral)", "YP considered for placement", "Young person – name (referral)", "Name of the YP referred"],
        "risk": ["Risk unable to be managed", "Risk(s) not manageable", "Risk that is unmanageable for us", "Risk provider unable to manage"],
        "why": ["Reason it can't be managed here", "Why the risk cannot be managed here", "Why we cannot manage this risk", "Reason we cannot manage the risk", "Explanation (why not)"],
        "enable": ["Resources or support that would enable", "What would enable the risk to be managed?", "What resources would help?", "Support / resources that would enable an offer", "What would help you accept?"],
    },
    "safeguarding": {
        "provider": ["Provider making this report", "Organisation reporting (provider)", "Provider submitting report", "Name of reporting organisation"],
        "property": ["Scheme code", "Scheme where incident happened", "Property ref (e.g. OCC-CHE-01)", "Scheme / unit ref", "Incident location (property ref)"],
        "name": ["Name of the young person", "YP concerned (name)", "Name of YP (resident)", "Young person involved (name)"],
        "dob": ["Date of birth of resident", "Resident born on", "D.O.B. (young person)", "Young person – DOB", "DOB of the young person"],
        "lcs": ["Resident LCS no.", "LCS record number (if known)", "Resident's LCS reference", "Resident's LCS no. (if known)", "LCS ID of the YP"],
        "sw_name": ["Council SW / PA", "Social worker or PA for the resident", "Resident's allocated worker", "SW / PA for this resident", "Name of social worker / PA"],
        "sw_email": ["Leaving Care PA / SW email", "SW or Leaving Care PA (email)", "Email of allocated SW / PA", "Council SW / PA email", "SW / PA email address (resident)"],
        "when": ["Date and time of occurrence", "Occurrence date/time", "Incident – when (date, time)", "When it happened (date and time)", "Date and time incident happened"],
        "date": ["Date of incident (not the reporting date)", "On which date did this happen?", "Date the event took place", "Calendar date of incident", "Date (when it happened)"],
        "time": ["At approx. (time)", "Time (when it happened)", "Time of day", "Clock time of incident", "Time the event took place"],
        "category": ["Type of event", "Category of event", "Type of incident (select one)", "Category of the incident"],
        "severity": ["Incident severity rating", "Severity of incident (low / medium / high / critical)", "Severity – provider assessment", "Severity (choose one)", "Incident severity (select)"],
        "description": ["Incident details (what happened)", "Description of the event", "What happened – in full", "Brief account of incident", "Description – what happened"],
        "actions": ["What immediate action was taken?", "Staff actions", "Immediate actions taken by staff", "What was done immediately?", "Action(s) taken so far"],
        "police_ref": ["Police occurrence number", "Police log / occurrence ref", "Storm / log reference", "Police crime / log ref", "Police report number"],
    },
    "intelligence": {
        "agency": ["Submitting partner", "Submitting agency / organisation", "Agency / organisation submitting", "Organisation submitting form"],
        "worker": ["Officer submitting (name)", "Submitting worker's name", "Worker submitting (name)", "Name of submitting worker", "Person submitting (name)"],
        "role": ["Position / role held", "Role (person submitting)", "Role / position (submitter)", "Your job title / role"],
        "email": ["Submitter's email", "Your work email address", "Email (submitter)", "Email of submitter", "Submitter e-mail address"],
        "phone": ["Submitter's phone", "Your work phone", "Phone (submitter)", "Phone of submitter", "Submitter phone number"],
        "when": ["Date & time of observation", "Date/time of the intelligence", "Date and time noted", "Information date and time"],
        "date": ["Info date", "Date information was obtained", "Date intelligence obtained", "Date (when obtained)", "Date the intelligence was obtained"],
        "time": ["Info time", "Time of info", "Time information was obtained", "Time intelligence obtained", "Time (when obtained)"],
        "location": ["Location of information", "Address", "Location of the information", "Where (location / address)", "Location (where)"],
        "persons": ["People involved (names, DOBs, descriptions)", "Persons of interest", "Names / DOB / descriptions", "Who was involved (name, DOB, description)", "Persons involved (details)"],
        "vehicles": ["Vehicle(s) (make/model/colour/reg)", "Vehicles concerned", "Vehicle description / reg", "Vehicles involved (details)"],
        "information": ["Information being reported", "Full details of the information", "Information (what do you know?)", "Information / details", "Please give the information"],
        "source": ["Source (where from)", "Source of info (how known)", "How was this learned?", "How the information was obtained", "Source (how do you know?)"],
        "grading": ["Intel grade (if known)", "Information / source grading", "Grade (optional)", "Grade given (if known)", "Intelligence grade (3x5x2, if known)"],
        "handling": ["Handling code (P = permit, C = conditions)", "Handling instruction code", "Handling code – select", "Handling code (see guidance)"],
    },
    "mash": {
        "name": ["Name of YP", "Name of young person (16/17)", "Full name of YP", "16/17 year old – name", "YP's full name"],
        "dob": ["DOB (YP)", "DOB of young person", "Young person – date of birth", "16/17 year old – DOB", "YP's date of birth"],
        "age": ["Age", "YP age", "Age (years)"],
        "address": ["Current / last address", "Address of YP (current)", "Where is the YP living?", "Address (YP)"],
        "agency": ["Agency presenting YP", "Agency referring (presenting)", "Which agency is presenting the YP?", "Agency bringing the referral"],
        "status": ["Is YP homeless or threatened?", "Homelessness status (select)", "Status: homeless or threatened", "Homeless now or threatened (56 days)?", "Housing: homeless or threatened?"],
        "mediation": ["Has there been mediation?", "Tried mediation (Y/N)?", "Attempt at mediation made?", "Mediation been tried? (yes/no)"],
        "mediation_outcome": ["Outcome from mediation", "Mediation results", "Mediation: how it ended", "What was the mediation outcome?", "Mediation ended with"],
        "concerns": ["Concerns (safeguarding)", "Safeguarding and welfare concerns", "Welfare concerns / safeguarding", "Any safeguarding or welfare issues?", "Welfare/safeguarding concerns (details)"],
        "known": ["Known to social care (yes / no)", "Children's social care involvement?", "Known to children's social care (yes/no)", "Currently or previously known to CSC?"],
        "parent_contact": ["Parent or carer contact", "Parent contact (name, phone)", "Parent / guardian phone", "Parent contact name & number"],
    },
    "mash-notice": {
        "name": ["Full name (YP)", "YP named in notice", "Name of young person concerned", "Young person (name in full)", "Name of the young person (notice)"],
        "dob": ["YP D.O.B.", "Date of birth of the young person", "Young person – date of birth", "DOB of the YP", "Birthdate (YP)"],
        "date": ["When did mediation take place?", "Date mediation took place (dd/mm/yyyy)", "Date of the mediation meeting", "Mediation meeting date"],
        "outcome": ["Outcome – homelessness prevented?", "Mediation outcome / agreement", "Result of the mediation (details)", "Outcome of mediation (details)", "What was the result?"],
        "agency": ["Service sending notification", "Agency / mediation service", "Notifying agency (name)", "Agency (sending notice)", "Agency completing this notice"],
    },
    "void": {
        "provider": ["Name of provider (return)", "Returning provider", "Provider completing this return", "Name of provider submitting", "Provider sending return"],
        "week": ["Week comm.", "Week comm. (Monday)", "Week beginning date", "W/comm"],
        "ref": ["Property ref no.", "Property ID code", "Unit / property ID", "Property ref code"],
        "locality": ["Area / town (locality)", "Council district (locality)", "Where (district)"],
        "service": ["Type of scheme", "Pathway / service type", "Scheme / service type", "Service level / type"],
        "total": ["No. units", "Total number of units", "Total beds/units", "Total units at property", "Number of units (total)"],
        "occupied": ["Licences in place", "Beds currently occupied", "Occupied now", "Units occupied this week", "Occupied this week"],
        "vacant": ["Spaces free", "Voids this week", "Vacant now", "No. of empty units"],
        "available": ["Available for move-in", "Earliest move-in date", "Available from (date, if vacant)", "Available for referral from", "Ready for move-in (date)"],
        "emergency": ["Emergency (crash) bed", "Crash pad (Y/N)", "Emergency bed on offer?", "Bed for emergencies (Y/N)", "Emergency bed flag"],
        "notes": ["Notes on this unit", "Comments on property", "Issues / notes", "Property notes", "Notes on property"],
    },
}

TITLES = {
    "referral-emergency": ["EMERGENCY REFERRAL \u2013 Supported Accommodation for Young People", "Same-day accommodation referral (16-24)",
                           "YPSA referral form \u2013 emergency placement"],
    "referral-non-emergency": ["Young People's Supported Accommodation \u2013 planned referral form",
                               "Referral for supported accommodation (non-urgent)", "YPSA assessment and referral \u2013 planned"],
    "risk": ["Risk concern \u2013 provider response to referral", "Provider unable to accept: risk concern form",
             "Referral response \u2013 risk concern"],
    "safeguarding": ["Provider safeguarding incident report form", "Safeguarding incident \u2013 report to Brokerage and Q&C",
                     "Incident notification (safeguarding) \u2013 supported accommodation"],
    "intelligence": ["Intelligence sharing submission \u2013 partner agencies", "Partnership agency intelligence form (police)",
                     "Sharing information with the police \u2013 partner submission"],
    "mash": ["MASH referral form \u2013 16/17 year old homeless or at risk", "Homeless 16/17 year old \u2013 referral to MASH",
             "MASH request \u2013 young person homeless / threatened"],
    "mash-notice": ["Mediation prevented homelessness \u2013 notification to MASH", "Notice: family mediation successful",
                    "Homelessness prevented \u2013 mediation notification"],
    "void": ["Weekly vacancy return \u2013 supported accommodation", "Provider voids return (weekly)", "Bed availability – weekly return"],
}

SUBJECTS = {
    "referral-emergency": ["EMERGENCY referral \u2013 {initials} needs a bed today", "Same day placement needed: {initials}",
                           "[SECURE] Emergency YPSA referral {initials}"],
    "referral-non-emergency": ["YPSA referral \u2013 {initials}", "Referral form for {initials} (planned)",
                               "[SECURE] Supported accommodation referral {initials}"],
    "risk": ["Ref {ref} \u2013 risk concern from provider", "{ref}: unable to accept (risk)", "Provider response to {ref}"],
    "safeguarding": ["Incident report: {property} (provider)", "Safeguarding report \u2013 {property}", "[OFFICIAL-SENSITIVE] incident {property}"],
    "intelligence": ["Intelligence submission for police", "Partner information for police", "Intel form \u2013 please forward to police"],
    "mash": ["New MASH referral – {initials}", "16/17 homeless \u2013 {initials} \u2013 MASH", "Referral to MASH re {initials}"],
    "mash-notice": ["{initials} \u2013 homelessness prevented", "Mediation notice {initials}", "{initials} back home after mediation"],
    "void": ["{provider} voids \u2013 w/c {week}", "Vacancies {week} ({provider})", "Weekly voids {provider} {week}"],
    "other": ["Quick question", "Annual leave cover", "Provider forum minutes", "Change of email address"],
}

INTROS = ["Morning Brokerage,", "Hi YPSA team,", "Hello all,", "Hi folks,", "Good morning team,", "Morning everyone,"]
SIGNOFFS = ["Thanks for your help,", "Best wishes to all,", "Cheers for now,", "Thank you,", "Kindest regards,", "Ta very much,"]

COVERING = ["Please see attached.", "Form attached for your attention.", "Attaching the completed form \u2013 any questions let me know.",
            "I've attached the form; hard copy signed and on file.", "See the attached form."]

FOOTERS = [
    "Social Worker \u2013 Children in Care Team (North)\nShire County Council\nCounty Hall, New Road, Oxford\nDesk: 01865 815000 | Mobile: 07700 900 732\n"
    "Working pattern: Mon, Tue, Thu",
    "Support Worker | Young People's Services\nHelpline (9-5): 0300 555 0142\nFollow us on social media @ypservices",
    "Personal Adviser, Leaving Care Service\nPlease be aware I am part time.",
    "Team Manager \u2013 Supported Housing\nIf this is urgent and I am out of the office please call the duty line.",
]
DISCLAIMERS = [
    "CONFIDENTIALITY NOTICE: This email and its attachments may contain personal and sensitive information. It is intended only "
    "for the named recipient. If you are not the intended recipient, you must not use, copy or disclose it; please tell the "
    "sender and delete it. Shire County Council may monitor emails.",
    "This message has been sent using a secure connection. Please do not forward outside the GCSX/secure network.",
    "Registered charity no. 1000000. Registered office: 1 Example Street, Oxford. Emails are not guaranteed to be virus free.",
]
THREADS = [
    "From: Brokerage Team <brokerage@ypsa.test>\nSent: 27 November 2026 14:31\nTo: Team inbox\nSubject: Referral forms\n\n"
    "Please can all referrals come through this mailbox on the current form. Many thanks.",
    "> On 1 Dec 2026, at 08:55, Intake <intake@ypsa.test> wrote:\n>\n> Hi, just checking whether you still need this?\n> Intake",
    "--- Previous message ---\nFrom: intake@ypsa.test\nDate: Mon 30 Nov 2026\n\nThanks, received. Please send the form when ready.",
]

CELL_HINTS = {
    "referral": {
        "name": ["Use the name on the YP's ID"],
        "dob": ["DD/MM/YYYY"],
        "address": ["Where the YP is staying now"],
        "legal_status": ["Tick or write one"],
        "uasc": ["Unaccompanied asylum seeking child"],
        "ref_name": ["The person completing this form"],
        "sw_email": ["Only if different from the referrer"],
        "fgc": ["Planned referrals will not be accepted without an FGC offer"],
        "reason": ["Include history and what has changed"],
        "safety": ["Emergency referrals only"],
        "support": ["e.g. budgeting, education, health"],
        "needed": ["Give a date"],
        "consent": ["If no, state the safeguarding basis for sharing"],
    },
    "risk": {
        "why": ["Explain clearly so Brokerage can find alternatives"],
        "enable": ["What could change your answer?"],
    },
    "safeguarding": {
        "name": ["One form per young person"],
        "when": ["When it happened"],
        "category": ["Choose the main category"],
        "severity": ["High and critical are escalated"],
        "actions": ["Include who was informed"],
    },
    "intelligence": {
        "information": ["Facts, not opinion. Do not use for emergencies"],
        "source": ["How you came to know this"],
        "vehicles": ["Make, model, colour, registration"],
    },
    "mash": {
        "dob": ["MASH referrals are for 16 and 17 year olds"],
        "mediation_outcome": ["If not attempted, say why"],
        "known": ["Check LCS"],
    },
}

INFORMAL = {
    "referral": {
        "referral_type": ["Request type: {v}."],
        "name": ["I'm referring {v}.", "YP: {v}."],
        "dob": ["Date of birth is {v}.", "D.O.B. {v}."],
        "age": ["They are {v}."],
        "gender": ["Gender: {v}."],
        "lcs": ["LCS number {v}."],
        "address": ["At the moment they are at {v}.", "Address: {v}."],
        "locality": ["Preferred locality {v}."],
        "legal_status": ["Status {v}."],
        "uasc": ["Unaccompanied asylum seeker: {v}."],
        "parent": ["Is a parent: {v}."],
        "ref_name": ["Referrer {v}.", "This is {v} writing."],
        "ref_role": ["I am a {v}."],
        "ref_org": ["From {v}."],
        "ref_email": ["Reply to {v}."],
        "ref_phone": ["Tel {v}."],
        "sw_name": ["Their social worker/PA is {v}."],
        "sw_email": ["SW/PA email: {v}."],
        "fgc": ["FGC has been offered: {v}."],
        "fgc_date": ["Date FGC offered {v}."],
        "diversion": ["Diversion so far - {v}"],
        "reason": ["Reason for referral - {v}"],
        "safety": ["Immediate safety concern - {v}"],
        "risk_self": ["Risk to self: {v}"],
        "risk_others": ["Risk to others: {v}"],
        "risk_from": ["Risk from others: {v}"],
        "exploitation": ["Exploitation: {v}"],
        "substance": ["Substances: {v}"],
        "offending": ["Offending: {v}"],
        "mental_health": ["Mental health: {v}"],
        "support": ["Support needs - {v}"],
        "needed": ["Accommodation needed by {v}."],
        "consent": ["Consent to refer and share info {v}."],
    },
    "risk": {
        "ref": ["Re referral {v}."],
        "provider": ["Responding on behalf of {v}."],
        "yp": ["The young person is {v}."],
        "risk": ["Risk we can't manage - {v}"],
        "why": ["Reason - {v}"],
        "enable": ["What would help - {v}"],
    },
    "safeguarding": {
        "provider": ["Provider {v}."],
        "property": ["At property {v}."],
        "name": ["Young person {v}."],
        "dob": ["D.O.B. {v}."],
        "lcs": ["LCS no. {v}."],
        "sw_name": ["SW/PA {v}."],
        "sw_email": ["Email for SW/PA {v}."],
        "when": ["This happened {v}."],
        "date": ["On {v}."],
        "time": ["At {v}."],
        "category": ["Incident type {v}."],
        "severity": ["Severity {v}."],
        "description": ["Description - {v}"],
        "actions": ["Actions - {v}"],
        "police_ref": ["Police reference {v}."],
    },
    "intelligence": {
        "agency": ["Agency {v}."],
        "worker": ["Submitted by {v}."],
        "role": ["I am {v}."],
        "email": ["Contact email {v}."],
        "phone": ["Tel {v}."],
        "when": ["Seen/heard {v}."],
        "date": ["Date obtained {v}."],
        "time": ["Time obtained {v}."],
        "location": ["At {v}."],
        "persons": ["Persons: {v}."],
        "vehicles": ["Vehicles: {v}."],
        "information": ["Intelligence - {v}"],
        "source": ["Source {v}."],
        "grading": ["Grade {v}."],
        "handling": ["Handling {v}."],
    },
    "mash": {
        "name": ["YP is {v}."],
        "dob": ["D.O.B. {v}."],
        "age": ["They are {v}."],
        "address": ["Staying at {v}."],
        "agency": ["Presenting agency {v}."],
        "status": ["Status - {v}."],
        "mediation": ["Mediation attempted: {v}."],
        "mediation_outcome": ["Mediation outcome - {v}"],
        "concerns": ["Welfare/safeguarding - {v}"],
        "known": ["Known to social care: {v}."],
        "parent_contact": ["Parent/guardian: {v}."],
    },
    "mash-notice": {
        "name": ["YP {v}."],
        "dob": ["D.O.B. {v}."],
        "date": ["Mediation took place {v}."],
        "outcome": ["Result - {v}"],
        "agency": ["Notified by {v}."],
    },
}

VOID_EXTRA_COLUMNS = ["Date void since", "Weeks vacant", "Manager", "Gender"]
VOID_EXTRA_VALUES = {"Date void since": ["{d}/{m}/26", "not void", "{d}-{m}-2026"], "Weeks vacant": ["{h}", "0"],
                     "Gender": ["Mixed", "Female only", "Male only"]}
VOID_SUBHEADERS = {"total": ["Capacity (no.)", "Total count", "Beds in unit"], "occupied": ["Taken", "Occupied count", "Resident in"],
                   "vacant": ["Free now", "Vacant count", "Empty now"]}
VOID_TOTALS = ["Totals", "TOTAL ALL PROPERTIES", "Sum"]
VOID_NOTES_ROWS = ["Date void since: date the last resident moved out", "Contact the scheme manager to arrange viewings",
                   "Return completed by the service manager"]
VOID_WEEK_STYLES = ["Monday {th} {month}", "wk beg {d}.{m}"]

TEXTS = {
    "diversion": ["Stayed with nan for two weeks; she can no longer manage. Mediation offered through Family Solutions, YP refused.",
                  "Mediation held 3 times with dad, ended without agreement. No other family locally.",
                  "Friends' parents asked \u2013 not possible. Mediation was not safe because of DV at home.",
                  "Family network meeting held; no relative able to offer a room."],
    "reason": ["{yp}'s mum has given notice to leave after ongoing conflict and police call-outs.",
               "{yp} turned 18 and the staying-put arrangement has ended.",
               "{yp} has been sofa surfing since being asked to leave by a parent.",
               "Placement breakdown; {yp} cannot return to the foster carers."],
    "safety": ["{yp} was thrown out this morning and has nowhere safe to sleep tonight.",
               "Police removed {yp} from the home after an assault by a family member.",
               "{yp} is sleeping in a car park and has been approached by adults offering a room.",
               "{yp} has been discharged from hospital today with no address to go to."],
    "risks": {
        "risk_self": ["Self-harm by scratching when stressed", "No known risk to self", "Suicidal thoughts last year, safety plan in place"],
        "risk_others": ["Threw a chair at a carer in 2025", "No concerns", "Can be verbally abusive to staff"],
        "risk_from": ["Older males known to target YP", "Family member with violent history", "Peers pressuring YP to carry drugs"],
        "exploitation": ["Suspected CCE, NRM pending", "Links to county lines (intel from police)", "No exploitation concerns"],
        "substance": ["Cannabis most days", "Drinks to excess at weekends", "Nitrous oxide use with friends"],
        "offending": ["Caution for shoplifting 2025", "Court date in January (possession)", "None"],
        "mental_health": ["Awaiting ADHD assessment", "PTSD, sees a counsellor weekly", "Low mood, not on medication"],
    },
    "support": ["Life skills, budgeting and support to attend college.", "Daily contact, help with benefits and a GP.",
                "Help to build routines and to manage money.", "Support into training or work and with emotional wellbeing."],
    "risk_unable": ["Pattern of fire setting in previous placements.", "Risk of violence towards a current resident (known conflict).",
                    "High level of needs requiring 24-hour staffing.", "Sexual harm risk to other young residents."],
    "risk_why": ["Our scheme is staffed only until 10pm and has shared kitchens.", "The named resident lives in the same building.",
                 "We cannot provide 2:1 staffing at night.", "The property has other residents aged 16 and 17."],
    "risk_enable": ["A self-contained flat with a floating support package.", "Funding for waking night staff for an initial period.",
                    "A move to our Banbury scheme when a room is available in the new year.", "An up-to-date risk assessment from the YOS worker."],
    "incident": {
        "Missing": ["{yp} went out after tea and has not returned; reported missing at midnight.",
                    "{yp} failed to come back from college and cannot be contacted."],
        "Exploitation": ["{yp} came back with expensive trainers and a second phone; staff think he is being groomed.",
                         "Unknown adult collected {yp} in a taxi; {yp} later said she was made to stay at a flat."],
        "Self-harm": ["{yp} self-harmed with a blade in their room; wounds cleaned by staff.",
                      "{yp} tied a ligature; staff intervened quickly."],
        "Violence": ["{yp} was assaulted by another resident in the hallway.", "{yp} smashed a window and threatened staff."],
        "Allegation against staff": ["{yp} alleges a support worker made inappropriate comments.",
                                     "{yp} says a staff member grabbed their arm."],
        "Police involvement": ["Police called after {yp} was found with a bladed article.", "Officers searched {yp}'s room with a warrant."],
        "Hospital admission": ["{yp} admitted to hospital after taking an unknown substance.", "{yp} taken to A&E with a head injury."],
        "Other": ["Flood in {yp}'s flat; moved to another room temporarily.", "{yp} found with a visitor staying overnight against rules."],
    },
    "actions": ["Police called, SW informed by email, manager on call updated.", "First aid, 111 called, incident log completed.",
                "Room search done with YP present, items handed to police.", "Missing protocol followed, police and EDT notified."],
    "intel_urgent": ["{p} is at {yp}'s door right now with a machete and is threatening to kill him.",
                     "{yp} has just phoned us: {p} has locked her in a flat and she cannot get out \u2013 happening now.",
                     "At this moment {p} is outside the scheme forcing {yp} into a car.",
                     "{yp} is currently being beaten by {p} in the car park; staff can see it happening."],
    "intel_routine": ["In September {yp} told staff {p} offered her a place to stay. No immediate danger and nothing happening now.",
                      "Earlier this year {p} was seen with {yp} near the station on several occasions. Not urgent.",
                      "{p} previously lived at the scheme and has been visiting; no threat at present.",
                      "Over the summer {yp} had large sums of cash. No current risk is known; passing on for information."],
    "mediation_outcome": ["Mediation took place but {yp}'s dad will not have them home.", "Mediation broke down after one session.",
                          "Some progress, but {yp} cannot stay at home for now."],
    "mash_concerns": ["History of going missing.", "Older boyfriend (22); CSE concerns.", "Domestic abuse in the family home.",
                      "Not in education; low mood."],
    "prevented": ["Following mediation {yp} has returned home and the family have agreed a plan.",
                  "Mediation was successful; {yp} is living back with mum and homelessness has been prevented.",
                  "Agreement reached \u2013 {yp} is staying at home with support from Early Help."],
    "void_notes": ["Room being painted", "Gas safety certificate due", "", "Ready now", "New carpet due"],
    "other_body": [
        "Is there a way to check whether a referral has been received? Our system shows it as sent.",
        "I'm on annual leave from 21st December; please copy in my manager on anything urgent.",
        "Attached are the minutes from last week's provider forum for information.",
        "Please note my email address has changed; the old one will stop working next month.",
    ],
}
