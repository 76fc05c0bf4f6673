"""Wordings for the fifth held-out part (heldout5): written by an outside author from SPEC.md, the seeds' field lists
and the way Welsh and English council, provider and police staff fill such forms in, without sight of the parsers,
config/forms or any other part's wordings or mails. NEVER tune the hub against this part.

What it leans on: answers typed as sentences in the mail ("Name is ..., DOB ..."), guidance printed inside the label
cells, forms running over pages with the header repeated, "Section | Details" tables, names as "SURNAME, Forename"
or with a preferred name in brackets, values with a comment after them ("Yes - confirmed with YP", "(checked)"),
office day abbreviations ("Tues 8th Dec"), guessed times ("around 14:05", "approx 2pm"), Word check boxes, earlier
mails quoted under the signature, long signatures and disclaimers, void sheets with "Void since" columns and totals.
"""

SEED = 57721566

DOC_LAYOUTS = ["body-informal", "docx-hinted", "pdf-pages", "docx-qtable", "docx-4col", "pdf-hinted", "body-plain",
               "pdf-form", "docx-2col", "body-informal", "pdf-qtable", "docx-cell", "body-html", "pdf-pages",
               "docx-questions", "body-lines"]
VOID_LAYOUTS = ["xlsx-messy", "csv-messy", "body-pasted", "xlsx-title-merged", "body-blocks", "xls", "body-html-table",
                "xlsx-messy", "csv-title", "xlsx-flat"]

VALUE_STYLES = {
    "dates": ["dddd4 dth Mon yyyy", "d-Mon-yyyy", "dd/mm/yy", "dd/mm/yyyy (checked)", "d Mon yyyy", "dd-mm-yyyy",
              "dth Month, yyyy", "d/m/yyyy"],
    "times": ["around HH:MM", "approx h pm", "HH:MMhrs", "HH:MM (approx)", "h.mm pm approx", "HHMM"],
    "yes": ["Yes \u2013 confirmed", "\u2612 Yes \u2610 No", "Yes.", "YES (verified)", "Y"],
    "no": ["\u2610 Yes \u2612 No", "No \u2013 not applicable", "No.", "N (checked)", "no"],
    "blanks": ["", "n/k", "not applicable", "\u2014", "nil"],
    "joiners": ["{d} \u2013 {t}", "{t}, {d}", "{d} / {t}", "{d} ({t})"],
}
NEAR_DATES = ["dddd4 dth Mon", "d Mon"]
NEAR_DATE_CHANCE = 0.35
AGE_STYLES = ["{n}", "{n} yrs", "{n} years old"]
AGE_CHANCE = 0.4
NAME_STYLES = {"yp": ["{first} {last} (known as {pref})", "{first} {last} (prefers {pref})"],
               "worker": ["{LAST}, {first}", "{last}, {first}"]}
NAME_CHANCE = 0.35
CHOICE_BOXES = 0.35
BOX_MARKS = [("\u2612 ", "\u2610 ")]
TABLE_HEADERS = [("Section", "Details"), ("Field", "Information provided"), ("Question", "Answer")]
PAGE_HEADERS = ["{title} \u2014 Page {n} of {total}", "Cyngor Bro Tywi | {title} | {n}/{total}",
                "RESTRICTED WHEN COMPLETE    {title}    page {n}"]

LABELS = {
    "referral": {
        "referral_type": ["Emergency bed needed today?", "Referral urgency (emergency / planned)", "Emergency placement requested (Y/N)", "Math o atgyfeiriad / Type of referral", "Priority of this referral"],
        "name": ["Name of the young person this referral is about", "Full legal name of YP", "YP's name (as held on LCS)", "Young person – forename and surname", "Young person's name and surname"],
        "dob": ["Date of birth – as on ID", "D.o.B. of the young person", "YP born on", "Dyddiad geni'r person ifanc / YP date of birth", "Date of birth of the person referred"],
        "age": ["Age on date of referral", "Age (years) at referral", "YP's age today"],
        "gender": ["Gender (as the YP describes it)", "Gender – self-described", "Sex / gender of the person referred", "Gender of the young person referred", "Gender identity (YP's own words)"],
        "lcs": ["LCS ID (if open to CSC)", "Liquid Logic / LCS number", "LCS record (if any)", "LCS number of the person referred", "YP's LCS number"],
        "address": ["Where is the YP sleeping at the moment?", "Address YP is staying at now (incl. postcode)", "Address at the point of referral", "YP's present address", "Address where YP is staying (with postcode)"],
        "locality": ["District preferred (if any)", "Preferred area / district", "Which locality would suit the YP?", "Area YP wishes to live", "Ardal a ffefrir / Preferred locality"],
        "legal_status": ["Statws cyfreithiol / Legal status of YP", "Care status (LAC, CL, CIN, not known)", "Status with Children's Services", "YP's status under the Children Act / leaving care", "Care or legal status of the YP"],
        "uasc": ["Unaccompanied asylum seeker? (Y/N)", "UASC young person (yes/no)", "Asylum-seeking and unaccompanied?", "Is the YP UASC?", "UASC (unaccompanied asylum seeking child)?"],
        "parent": ["Does the YP have a child of their own?", "Parent (yes / no)", "YP is a parent", "Is the YP a mum or dad?", "Rhiant / Is the YP a parent"],
        "ref_name": ["Referring officer", "Referrer's full name (person completing)", "Person making this referral", "Referred by (name)", "Name of worker making referral"],
        "ref_role": ["Job role of referrer", "Referrer designation", "Swydd / Job title", "Referrer's post", "Your job role"],
        "ref_org": ["Referring team or agency", "Organisation you work for", "Team you work in", "Tîm neu wasanaeth / Team or service", "Referrer's team"],
        "ref_email": ["Your work email", "Email for correspondence", "E-bost yr atgyfeiriwr / Referrer email", "Email (person referring)", "Referrer's work e-mail"],
        "ref_phone": ["Your contact number", "Tel. (work mobile)", "Ffôn / Telephone", "Phone no. for referrer", "Referrer's direct line"],
        "sw_name": ["Name of allocated social worker or PA", "Allocated worker (if not you)", "YP's social worker / personal adviser", "Who is the allocated SW or PA?", "Allocated social worker / PA"],
        "sw_email": ["Social worker / PA e-bost", "Email for the allocated worker", "Allocated social worker / PA email", "SW or PA email (if different)", "Allocated practitioner email"],
        "fgc": ["Cynhadledd Grŵp Teulu wedi'i chynnig? / FGC offered?", "FGC offered (Y/N) – required", "Family group conference offered? (yes/no)", "Has a family group conference (FGC) been offered?", "Offered an FGC?"],
        "fgc_date": ["Dyddiad FGC / FGC date", "On what date was an FGC offered?", "If FGC offered, date", "Date of family group conference offer", "FGC offered date"],
        "diversion": ["Diversion work (family & friends, mediation)", "Alternatives explored so far", "Could family or friends help? Has mediation been tried?", "Steps taken to avoid a move", "Family, friends and mediation – what was explored"],
        "reason": ["Background – why is this referral being made?", "Presenting housing need", "Summary – why now?", "Rheswm / Reason for the referral", "Reason for the referral"],
        "safety": ["Immediate risk if not placed today", "Immediate safety concern (same-day requests)", "Emergency – describe the immediate risk", "Immediate safety concerns (emergency only)", "Describe the immediate safety concern"],
        "risk_self": ["Risks to the YP themselves", "Risg i'w hun / Risk to self", "Self-harm or risk to self", "Risk to own safety", "Any risk the YP poses to themselves"],
        "risk_others": ["Risk to others (incl. staff)", "Is the YP a risk to anyone?", "Risk towards other people", "Risks to other people", "Risk to others – details"],
        "risk_from": ["Risk to the YP from other people", "Risks from other people", "Anyone who may harm the YP", "Risks to the YP from others", "Risk from others – details"],
        "exploitation": ["Exploitation (sexual, criminal, county lines)", "Any exploitation risk?", "Risk of being exploited", "Exploitation – details", "Exploitation (CSE / CCE / trafficking)"],
        "substance": ["Substance use (type / how often)", "Any drug or alcohol issues?", "Substance misuse issues", "Drugs and alcohol – details", "Drugs / alcohol – what and how often"],
        "offending": ["Criminal convictions / offending", "Involvement with YJS / police", "Any convictions or pending matters?", "Offending (current / previous)", "Offending – details"],
        "mental_health": ["Any MH diagnosis or concerns?", "Mental wellbeing", "Mental health (diagnosis / services involved)", "Emotional wellbeing / MH", "Mental health – details"],
        "support": ["Support needs / key work required", "Support the YP needs from a provider", "Key work and support needed", "Anghenion cymorth y person ifanc / YP support needs", "Areas where the YP needs support"],
        "needed": ["Accommodation needed from", "Move-in date needed", "Dyddiad angen llety / Date needed", "Date accommodation is required", "Accommodation required from (date)"],
        "consent": ["Does the YP consent to this referral and sharing of information?", "YP consent obtained (Y/N)", "Consent given by young person", "Caniatâd / Consent to share", "Has the YP agreed to the referral?"],
    },
    "risk": {
        "ref": ["YPSA reference number", "Referral reference (Brokerage)", "Ref. of the referral", "Rhif cyfeirnod / Reference number", "Ref (referral)"],
        "provider": ["Provider completing this", "Name of responding provider", "Darparwr sy'n ymateb / Responding provider", "Organisation (provider)", "Name of provider organisation"],
        "yp": ["Who was referred?", "Person ifanc / Young person", "Name of young person referred", "Young person being considered", "Young person considered"],
        "risk": ["Which risk can you not manage?", "Risk we are unable to manage", "Risk identified as unmanageable", "Area of concern (risk)", "The risk that cannot be managed"],
        "why": ["Why can this not be managed?", "Reasons the risk cannot be managed in our service", "Why not manageable here", "Rationale for the decision", "Explanation of why"],
        "enable": ["What would enable you to offer?", "Resources / support needed to manage the risk", "What would need to change?", "Additional support that would allow an offer", "Support that would make this workable"],
    },
    "safeguarding": {
        "provider": ["Provider reporting the incident", "Service provider (organisation)", "Name of provider reporting", "Darparwr / Provider organisation", "Reporting provider (name)"],
        "property": ["Unit reference", "Property ref (Brokerage code)", "Cyfeirnod eiddo / Property reference", "Property code (Brokerage)", "Property (Brokerage ref)"],
        "name": ["Enw'r person ifanc / Young person", "Resident involved (name)", "Young person's name (resident)", "YP's full name", "Resident (YP) name"],
        "dob": ["YP date of birth (resident)", "D.o.B. of resident", "Dyddiad geni / Date of birth (resident)", "DOB of resident", "Date of birth of YP (resident)"],
        "lcs": ["LCS reference (if known)", "Liquid Logic number", "CSC record no.", "LCS no. (YP)", "LCS ID of resident"],
        "sw_name": ["Name of SW or Leaving Care PA", "Worker at the council", "Resident's SW / PA", "SW or PA for this YP", "SW or Leaving Care PA (name)"],
        "sw_email": ["Worker's e-mail", "Council worker e-mail", "Resident's SW / PA email", "SW or PA – email", "Allocated social worker / PA (email)"],
        "when": ["When did the incident happen? (date and time)", "Date and time (approx.)", "Date/time it occurred", "Amser a dyddiad / When", "When did it occur (date & time)?"],
        "date": ["Incident date (not date reported)", "Day of incident", "Dyddiad y digwyddiad", "Date the incident happened", "Incident on"],
        "time": ["Time (24hr clock)", "Time incident took place", "At what time?", "Time the incident happened", "Time incident happened"],
        "category": ["Category (missing, exploitation, etc.)", "Math o ddigwyddiad / Incident type", "Incident type (choose one)", "Incident category (select one)", "Incident type (select)"],
        "severity": ["How serious? (low/medium/high/critical)", "Severity (provider's view)", "Graded severity", "Grade of severity", "Seriousness (low to critical)"],
        "description": ["Description of what happened", "Full description of incident", "Incident – full account", "What happened – details", "Summary of incident"],
        "actions": ["Immediate action taken", "Steps taken by staff", "Gweithredu / Action taken", "Actions taken by provider", "Actions taken (immediately)"],
        "police_ref": ["Police log / crime number", "Police reference (if any)", "Police ref / CAD", "Crime or log number", "Police involvement – reference"],
    },
    "intelligence": {
        "agency": ["Your agency / organisation", "Agency sharing this information", "Organisation name (submitting)", "Submitting agency name", "Asiantaeth sy'n rhannu / Agency"],
        "worker": ["Enw / Your name", "Name of officer submitting", "Person completing form", "Your name (submitting)", "Submitter's name"],
        "role": ["Submitter's job role", "Swydd / Role", "Role of submitter", "Submitter job title", "Your job role / title"],
        "email": ["Contact email address", "Submitter email", "E-bost / E-mail", "Email of person submitting", "Work email (submitter)"],
        "phone": ["Phone / mobile", "Submitter phone", "Ffôn cyswllt / Contact phone", "Phone of person submitting", "Work phone (submitter)"],
        "when": ["When was this seen/heard? (date and time)", "Date/time observed", "Date/time info obtained", "Date and time info was obtained", "When (date & time) was this obtained?"],
        "date": ["Date of intelligence", "Date obtained", "Date noted", "Dyddiad / Date of information", "Date (information)"],
        "time": ["Time of intelligence", "Time obtained", "Time noted", "Amser / Time of information", "Time (information)"],
        "location": ["Where? (address or location)", "Address / place", "Where this happened", "Location concerned", "Place (address, street or area)"],
        "persons": ["People concerned", "Subjects (name / DOB / description)", "Names and descriptions of persons", "Persons (names, DOB, descriptions)", "Individuals (name/DOB/description)"],
        "vehicles": ["Vehicles (make, colour, reg)", "Cars / vehicles seen", "Vehicle(s) – make, model, VRM", "Vehicles (make / model / reg)", "Vehicle(s) involved"],
        "information": ["Intelligence being shared", "Information (facts only)", "What you want to share", "Intelligence / information", "Intelligence details"],
        "source": ["Source (how you know)", "Ffynhonnell y wybodaeth / Source", "Info source", "How obtained", "How obtained / source"],
        "grading": ["Grade (3x5x2)", "Grading (if graded)", "Gradd / Grading", "5x5x5", "Grading (3x5x2 if known)"],
        "handling": ["Cod trin / Handling", "Handling code (if known)", "HC", "Handling code (required)", "Sharing / handling code"],
    },
    "mash": {
        "name": ["YP name (full)", "Young person presenting", "Enw / Name of YP", "Name of young person presenting", "Name of the 16 or 17 year old"],
        "dob": ["D.O.B (YP)", "Date of birth of 16/17 yr old", "Dyddiad geni", "YP born on (date)", "YP DOB (date)"],
        "age": ["Age in years", "Current age", "Oed / Age"],
        "address": ["Address (current or last)", "Cyfeiriad presennol / Current address", "Address YP is at now", "Current address of YP", "Address (where YP is now)"],
        "agency": ["Who is referring?", "Presenting agency (name)", "Asiantaeth / Presenting agency", "Presenting / referring agency", "Referring agency (presenting)"],
        "status": ["Is the YP homeless now or threatened?", "Homelessness – current position", "Statws digartrefedd / Homelessness status", "Status", "Homeless now / threatened"],
        "mediation": ["Cyfryngu / Mediation", "Attempted mediation?", "Attempted family mediation (Y/N)", "Mediation tried with family?", "Any mediation attempted?"],
        "mediation_outcome": ["Canlyniad / Outcome of mediation", "Result of mediation (if tried)", "Outcome (if attempted)", "Mediation – outcome achieved", "Outcome of mediation (if any)"],
        "concerns": ["Concerns for the YP's welfare", "Safeguarding or welfare concerns", "Welfare and safeguarding", "Safeguarding / welfare", "Any welfare or safeguarding concerns?"],
        "known": ["Open to social care?", "Social care involvement (Y/N)", "Is the YP known to children's services?", "CSC involvement", "Is the YP known to CSC?"],
        "parent_contact": ["Parent or guardian details", "Parent's name and number", "Parent / carer", "Parent / guardian name and contact", "Contact details for parent or guardian"],
    },
    "mash-notice": {
        "name": ["Young person (full name)", "Young person concerned", "YP's full name", "Young person named", "Name of the YP"],
        "dob": ["Dyddiad geni (YP)", "YP DOB (date)", "DOB (YP)", "Young person's DOB", "Date of birth (young person)"],
        "date": ["When mediation happened", "Date mediated", "Date mediation happened", "Date (mediation)", "Mediation date (when)"],
        "outcome": ["Canlyniad cyfryngu / Mediation outcome", "Agreed outcome", "Outcome achieved", "Mediation outcome achieved", "Mediation outcome (details)"],
        "agency": ["Service notifying MASH", "Mediation agency", "Agency name", "Mediation agency / service", "Notifying agency / service"],
    },
    "void": {
        "provider": ["Darparwr", "Supplier name", "Provider making return", "Organisation submitting", "Provider / supplier"],
        "week": ["Week start (Mon)", "Return for week", "Wythnos yn dechrau", "Week", "For week commencing"],
        "ref": ["Unit ID", "Cyfeirnod eiddo", "Brokerage property code", "Reference", "Scheme / property ref"],
        "locality": ["Council district", "Ardal", "Patch (area)", "Town/area", "Area of property"],
        "service": ["Pathway", "Service / pathway", "Math o wasanaeth", "Pathway (service)", "Service type / pathway"],
        "total": ["Total units (all)", "Units in scheme", "Unit total", "Cyfanswm unedau", "Total no. of beds"],
        "occupied": ["Units let", "Tenanted units", "Yn llawn / Occupied", "No. of units occupied", "Units filled"],
        "vacant": ["Beds empty", "Gwag", "Vacancy", "No. of vacant units", "Units empty"],
        "available": ["Can accept from", "Ar gael o / Available", "Date unit available", "Move-in ready from", "Free (date)"],
        "emergency": ["EM bed", "Gwely brys / Emergency", "Emerg.", "Crash bed (Y/N)", "Can be used as emergency bed?"],
        "notes": ["Notes / issues", "Sylwadau / Comments", "Comments / issues", "Notes (provider)", "Info"],
    },
}

TITLES = {
    "referral-emergency": ["Supported Accommodation Referral \u2013 EMERGENCY (same day)",
                           "Atgyfeiriad Llety \u00e2 Chymorth / Supported Accommodation Referral (Emergency)",
                           "Emergency referral for supported accommodation (16-24)"],
    "referral-non-emergency": ["Supported Accommodation Assessment & Referral (planned)",
                               "Planned move referral \u2013 Young People's Supported Accommodation",
                               "Atgyfeiriad wedi'i gynllunio / Planned referral"],
    "risk": ["Provider risk concern \u2013 unable to offer", "Notification of risk concern by provider",
             "Pryder risg gan ddarparwr / Provider risk concern"],
    "safeguarding": ["Safeguarding incident – provider notification form", "Incident Report \u2013 Safeguarding (provider)",
                     "Digwyddiad diogelu / Safeguarding incident"],
    "intelligence": ["Partner agency intelligence submission (to police)", "Information sharing form \u2013 partner agencies to police",
                     "Intelligence sharing: partner agency to police"],
    "mash": ["MASH Referral \u2013 16/17 Homeless", "Multi-Agency Safeguarding Hub referral: young person homeless",
             "Atgyfeiriad MASH / MASH referral (16-17 year old)"],
    "mash-notice": ["Notification \u2013 homelessness prevented through mediation",
                    "Mediation successful \u2013 closure notification", "Hysbysiad: atal digartrefedd / Notice: homelessness prevented"],
    "void": ["Voids return \u2013 weekly (providers)", "Vacancy return (weekly)", "Ffurflen wagleoedd / Voids return"],
}

SUBJECTS = {
    "referral-emergency": ["URGENT \u2013 same day referral {initials}", "Emergency bed needed today \u2013 {initials}",
                           "RE: emergency referral {initials} (tonight)"],
    "referral-non-emergency": ["Referral for supported accommodation \u2013 {initials}", "Referral (planned move) for {initials}",
                               "New referral: {initials} (planned move)"],
    "risk": ["Risk concern re referral {ref}", "Cannot offer a place \u2013 {ref}", "RE: {ref} \u2013 provider risk concern"],
    "safeguarding": ["Safeguarding incident \u2013 {property}", "Notification of incident at {property}",
                     "SG incident at {property} [OFFICIAL]"],
    "intelligence": ["Partner intel form for police", "Intel for police \u2013 partner form",
                     "Information sharing \u2013 police (partner)"],
    "mash": ["MASH referral \u2013 {initials} 16/17 homeless", "Homeless 16/17 year old \u2013 {initials}",
             "MASH: {initials} presenting homeless"],
    "mash-notice": ["Mediation outcome \u2013 {initials} home", "{initials}: mediation worked, case closing",
                    "Closure \u2013 {initials} (mediation)"],
    "void": ["Voids w/c {week} \u2013 {provider}", "{provider} weekly vacancies {week}",
             "Vacancy return {week}"],
    "other": ["Query about a referral", "Out of office: Re: voids", "Team meeting Thursday", "Invoice query \u2013 November",
              "Training: trauma-informed practice", "Feedback on the new referral route"],
}

INTROS = ["Bore da bawb,", "Hello team Brokerage,", "Hello Brokerage,", "Prynhawn da,", "Hi both,", "Annwyl gydweithwyr / Dear colleagues,",
          "Helo,", "Pnawn da,"]
SIGNOFFS = ["Diolch,", "Many thanks for your help,", "Cofion,", "Thanks ever so much,", "Cofion cynnes,", "Thanks a lot \u2013 speak soon,", "Diolch yn fawr iawn,"]

COVERING = ["Form attached as discussed on the phone.", "Please see the completed form attached.",
            "Attached \u2013 shout if anything is unclear.", "Completed form attached (apologies for the delay).",
            "Atodir y ffurflen / Form attached."]

FOOTERS = [
    "Senior Practitioner | 16+ Team\nCyngor Bro Tywi / Tywi Vale Council\nFf\u00f4n / Tel: 01267 555 014\n"
    "I work Mon\u2013Thurs. Croesewir gohebiaeth yn Gymraeg / Correspondence in Welsh is welcome.",
    "Housing Options Officer\nTywi Vale Council \u2013 Housing Solutions\nMob: 07700 900 418\n"
    "Pronouns: she/her",
    "Scheme Manager\nPlease note my new working days are Tues, Weds and Fri.",
    "Duty Team Leader\nOut of hours? Contact EDT on 0300 555 0199.",
]
DISCLAIMERS = [
    "This e-mail and any attachments are confidential and intended solely for the addressee. If you have received "
    "it in error please notify the sender and delete it. Any views expressed are those of the author and not "
    "necessarily those of the Council. Mae'r e-bost hwn yn gyfrinachol.",
    "DISCLAIMER: The information in this message is protected and may be privileged. It must not be forwarded "
    "outside the partnership without the sender's agreement. Emails may be monitored for lawful purposes.",
    "Think before you print. This message has been scanned for viruses.",
]
THREADS = [
    "-----Original Message-----\nFrom: YPSA Intake <intake@ypsa.test>\nSent: 30 November 2026 16:02\n"
    "Subject: RE: forms\n\nHi, we have not received the form yet \u2013 could you send it over when you can?\n"
    "Thanks, Brokerage",
    "On Mon, 30 Nov 2026 at 09:14, Brokerage <brokerage@ypsa.test> wrote:\n> Morning, just chasing this one.\n"
    "> Can you send the completed form please?\n> Diolch",
    "________________________________\nFrom: Intake\nSent: Friday, November 27, 2026 11:40 AM\n"
    "Subject: Forms\n\nPlease use the form on the portal page and send it to this address.",
]

CELL_HINTS = {
    "referral": {
        "name": ["Include any other names the YP uses", "As on ID if available"],
        "dob": ["If not known, give your best estimate and say so"],
        "address": ["Include postcode. If sofa surfing, say where"],
        "locality": ["We cannot guarantee an area"],
        "legal_status": ["e.g. s20, s31, care leaver, CIN"],
        "ref_email": ["Secure email where possible"],
        "sw_name": ["Leave blank if you are the allocated worker"],
        "fgc": ["Required for all planned referrals"],
        "diversion": ["Family and friends, mediation, other options"],
        "reason": ["Please give as much background as you can"],
        "safety": ["Complete for same-day requests"],
        "needed": ["Planned referrals need at least 7 days"],
        "consent": ["The YP must know about this referral"],
    },
    "risk": {
        "ref": ["From the referral email"],
        "risk": ["Be specific"],
        "enable": ["e.g. extra staffing, a different property"],
    },
    "safeguarding": {
        "property": ["Use the Brokerage property code"],
        "date": ["Date it happened, not the date you are reporting"],
        "time": ["24 hour clock"],
        "severity": ["Low / Medium / High / Critical"],
        "description": ["Facts only: who, what, where"],
        "police_ref": ["If police attended or were called"],
    },
    "intelligence": {
        "information": ["Do not include your opinions"],
        "persons": ["Name, DOB, description for each person"],
        "handling": ["P = can be shared, C = conditions apply"],
        "grading": ["Leave blank if unsure"],
    },
    "mash": {
        "status": ["Homeless tonight or threatened within 56 days"],
        "concerns": ["Include any risks at home"],
        "parent_contact": ["Name, relationship and phone"],
    },
}

INFORMAL = {
    "referral": {
        "referral_type": ["Urgency: {v}."],
        "name": ["Name is {v}.", "The YP is {v}."],
        "dob": ["DOB {v}.", "Born {v}."],
        "age": ["Age {v}."],
        "gender": ["Gender {v}.", "Identifies as {v}."],
        "lcs": ["LCS {v}."],
        "address": ["Currently staying at {v}.", "Present address is {v}."],
        "locality": ["Would like {v} if possible.", "Area wanted: {v}."],
        "legal_status": ["Legal status is {v}.", "Status: {v}."],
        "uasc": ["UASC? {v}."],
        "parent": ["Parent? {v}."],
        "ref_name": ["I'm {v}.", "Referrer is {v}."],
        "ref_role": ["My role: {v}.", "I'm the {v}."],
        "ref_org": ["I work in {v}.", "Team is {v}."],
        "ref_email": ["Email me on {v}.", "My email is {v}."],
        "ref_phone": ["Best number is {v}.", "Phone {v}."],
        "sw_name": ["Allocated worker is {v}.", "SW/PA is {v}."],
        "sw_email": ["Their email is {v}."],
        "fgc": ["FGC offered - {v}.", "Family group conference offered? {v}."],
        "fgc_date": ["It was offered on {v}.", "FGC offered {v}."],
        "diversion": ["What we have tried: {v}", "Diversion - {v}"],
        "reason": ["Why we are referring: {v}", "Background: {v}"],
        "safety": ["Why today: {v}", "The immediate safety concern is {v}"],
        "risk_self": ["Risk to self - {v}"],
        "risk_others": ["Risk to others - {v}"],
        "risk_from": ["Risk from others - {v}"],
        "exploitation": ["Exploitation - {v}"],
        "substance": ["Substance misuse - {v}"],
        "offending": ["Offending - {v}"],
        "mental_health": ["Mental health - {v}"],
        "support": ["Support needed: {v}"],
        "needed": ["Needs somewhere from {v}.", "Date needed {v}."],
        "consent": ["YP consents to the referral and info sharing: {v}."],
    },
    "risk": {
        "ref": ["This is about referral {v}.", "Ref {v}."],
        "provider": ["We are {v}.", "Provider: {v}."],
        "yp": ["Young person is {v}."],
        "risk": ["The risk we can't manage: {v}"],
        "why": ["Why: {v}"],
        "enable": ["What would help us offer: {v}"],
    },
    "safeguarding": {
        "provider": ["Provider is {v}.", "Reporting for {v}."],
        "property": ["Property {v}.", "This was at {v}."],
        "name": ["YP is {v}.", "Resident's name is {v}."],
        "dob": ["DOB {v}."],
        "lcs": ["LCS {v}."],
        "sw_name": ["Their SW/PA is {v}."],
        "sw_email": ["SW email {v}."],
        "when": ["It happened {v}.", "Date and time: {v}."],
        "date": ["Date of incident {v}."],
        "time": ["Time {v}."],
        "category": ["Type: {v}.", "Category {v}."],
        "severity": ["Severity {v}.", "We'd rate it {v}."],
        "description": ["What happened: {v}"],
        "actions": ["What we did: {v}"],
        "police_ref": ["Police ref {v}."],
    },
    "intelligence": {
        "agency": ["I'm submitting for {v}.", "Agency: {v}."],
        "worker": ["My name is {v}.", "Submitted by {v}."],
        "role": ["Role {v}."],
        "email": ["Email {v}."],
        "phone": ["Phone {v}."],
        "when": ["This was {v}.", "Seen/heard {v}."],
        "date": ["Date {v}."],
        "time": ["Time {v}."],
        "location": ["Location: {v}."],
        "persons": ["People involved: {v}."],
        "vehicles": ["Vehicle: {v}."],
        "information": ["The information: {v}", "What we know: {v}"],
        "source": ["Source - {v}."],
        "grading": ["Grading {v}."],
        "handling": ["Handling code {v}."],
    },
    "mash": {
        "name": ["Name is {v}.", "The young person is {v}."],
        "dob": ["DOB {v}."],
        "age": ["Age {v}."],
        "address": ["Address {v}."],
        "agency": ["Referring agency: {v}."],
        "status": ["Housing status: {v}."],
        "mediation": ["Mediation tried? {v}."],
        "mediation_outcome": ["Outcome of mediation: {v}"],
        "concerns": ["Concerns: {v}"],
        "known": ["Known to CSC? {v}."],
        "parent_contact": ["Parent contact: {v}."],
    },
    "mash-notice": {
        "name": ["Name {v}.", "This is {v}."],
        "dob": ["DOB {v}."],
        "date": ["Mediation was on {v}."],
        "outcome": ["Outcome: {v}"],
        "agency": ["From {v}."],
    },
}

VOID_EXTRA_COLUMNS = ["Void since", "Days void", "Keyworker on site", "Rent p/w"]
VOID_EXTRA_VALUES = {"Void since": ["{d}/{m}/2026", "n/a", "{d}.{m}.26"], "Days void": ["{n}", "0", "{h}"],
                     "Rent p/w": ["\u00a3{n}0.00"]}
VOID_SUBHEADERS = {"total": ["All", "Total no.", "Beds"], "occupied": ["Let", "Occ", "Full"],
                   "vacant": ["Void", "Spare beds", "Unlet"]}
VOID_TOTALS = ["TOTAL", "Cyfanswm / Total", "Totals (all schemes)"]
VOID_NOTES_ROWS = ["Void since = date the unit became empty", "Please call the scheme before placing out of hours",
                   "Figures as at 9am Monday"]
VOID_WEEK_STYLES = ["w/c Mon {th} {mon}", "{d}/{m} (Mon)"]

TEXTS = {
    "diversion": ["Aunt in Llanelli asked \u2013 cannot take him due to space. Mediation via Tywi Family Support tried "
                  "twice, broke down.",
                  "Family and friends explored (grandmother unable due to health). Mediation offered, YP declined.",
                  "Sofa surfing with friends for a fortnight; that has now ended. Mediation started but dad refused "
                  "the second session.",
                  "Explored kinship options with the wider family \u2013 none available."],
    "reason": ["Relationship with mum's partner broken down after repeated arguments; YP asked to leave on {yp}'s "
               "birthday.",
               "{yp} is leaving foster care and needs a supported move before independence.",
               "Overcrowding and conflict at home; {yp} has been staying with friends and is now out of options.",
               "Returning from a residential placement out of county; no family able to accommodate."],
    "safety": ["{yp} was assaulted at the address last night and cannot go back.",
               "Currently in A&E waiting room with nowhere to go tonight.",
               "Parent has changed the locks and {yp} is in the police station foyer.",
               "Friend's mum has said {yp} must leave by 5pm today."],
    "risks": {
        "risk_self": ["History of cutting, last incident summer 2026", "Low mood, no recent self-harm",
                      "Has taken overdoses in the past (2025)"],
        "risk_others": ["Verbal aggression when drunk", "None known", "One assault on a sibling in 2025"],
        "risk_from": ["Older peers have been pressuring YP", "Ex-partner has made threats",
                      "Unknown adults picking YP up in cars"],
        "exploitation": ["Concerns of CCE \u2013 NRM referral made", "Possible CSE, strategy meeting held in October",
                         "Nothing known"],
        "substance": ["Daily cannabis", "Alcohol at weekends", "Occasional ketamine use reported"],
        "offending": ["Referral order for criminal damage", "No convictions", "Released under investigation (theft)"],
        "mental_health": ["On CAMHS waiting list", "Diagnosed ADHD, medicated", "Anxiety, sees GP"],
    },
    "support": ["Help with budgeting, cooking and keeping appointments.",
                "Daily check-ins at first, help to register with a GP and college.",
                "Support to manage tenancy and to engage with CAMHS.",
                "Emotional support and help to reconnect with education."],
    "risk_unable": ["Arson history \u2013 our building has no sprinkler system.",
                    "Risk of violence towards female staff working alone at night.",
                    "Known associate of a current resident with whom there is a conflict.",
                    "Needs waking night staff which the scheme does not have."],
    "risk_why": ["Lone working after 10pm and no CCTV in the communal areas.",
                 "The two young people were involved in a serious assault on each other last month.",
                 "Our insurance does not cover residents with a recent arson conviction.",
                 "Staffing ratio is 1:8 overnight."],
    "risk_enable": ["Additional waking night cover funded for the first 6 weeks.",
                    "A self-contained unit in another scheme, which we could offer from January.",
                    "Fire risk assessment by the fire service and a clear safety plan.",
                    "Extra support hours (10 per week) agreed by the council."],
    "incident": {
        "Missing": ["{yp} did not return by the agreed time and was reported missing to police.",
                    "{yp} left the scheme at lunchtime and has not been seen since; phone off."],
        "Exploitation": ["Staff saw {yp} getting into a car with two older males; cash and new phone found.",
                         "{yp} disclosed being made to carry packages to another town."],
        "Self-harm": ["{yp} cut arm in the bathroom; first aid given.",
                      "{yp} took a number of paracetamol and told staff straight away."],
        "Violence": ["{yp} punched another resident in the kitchen after an argument.",
                     "A visitor threatened {yp} with a knife at the front door."],
        "Allegation against staff": ["{yp} alleges a night worker pushed them during a room check.",
                                     "{yp} says a staff member swore at them and took their phone."],
        "Police involvement": ["Neighbours rang police about shouting from {yp}'s flat; two officers attended.",
                               "Police came to the scheme and arrested {yp} on suspicion of shoplifting."],
        "Hospital admission": ["{yp} was taken to hospital by ambulance after collapsing.",
                               "{yp} admitted overnight following a seizure."],
        "Other": ["Fire alarm set off deliberately in {yp}'s room; building evacuated.",
                  "Damage to the communal lounge; {yp} admitted responsibility."],
    },
    "actions": ["Police informed, SW emailed, welfare check at 8am.",
                "First aid given, ambulance called, manager on call informed.",
                "Resident separated, statements taken, incident logged.",
                "Missing person report made, EDT informed."],
    "intel_urgent": ["{yp} has just rung staff from a flat in town saying {p} is there with a knife and won't let "
                     "her leave \u2013 happening right now.",
                     "Right now there are two men outside the scheme threatening {yp}; one has a weapon.",
                     "{p} is currently inside {yp}'s flat and staff can hear {yp} screaming.",
                     "{yp} is being held in a car outside by {p} at this moment and is asking for help."],
    "intel_routine": ["Over the last month {p} has been seen visiting {yp} late at night. No immediate risk; "
                      "sharing for awareness.",
                      "Last week {yp} mentioned {p} gives her money. She is not in danger at present.",
                      "{p} was seen dropping off bags at the scheme on several evenings in October. Nothing happening "
                      "now.",
                      "A resident told staff in the summer that {p} sells cannabis locally. No current danger known."],
    "mediation_outcome": ["Two sessions held, relationship improved but {yp} still cannot return.",
                          "Mum attended one session; did not agree to {yp} coming home.",
                          "Mediation ended without agreement."],
    "mash_concerns": ["Possible exploitation \u2013 older boyfriend.", "Self-harm history, low mood.",
                      "Mum's partner is violent towards them; DV history at the address.",
                      "Sleeping in a tent for the last three nights."],
    "prevented": ["Mediation was successful and {yp} has returned home to mum.",
                  "Agreement reached at mediation; {yp} is staying with dad. Homelessness prevented.",
                  "{yp} is back living with the family following mediation; no further action needed."],
    "void_notes": ["Decorating room 2", "Boiler repair booked", "", "Needs deep clean", "Awaiting furniture"],
    "other_body": [
        "Could you tell me where the referral for our young person is up to? I sent it last week and have not heard "
        "back yet.",
        "I am out of the office until Monday 7th December with no access to email. For urgent matters please "
        "contact the duty desk.",
        "Reminder that the provider meeting is on Thursday at 10am in the Tywi room. Agenda to follow.",
        "We have been invoiced twice for November at the Maes yr Ysgol scheme \u2013 can someone check please?",
        "There are places left on the trauma-informed practice training on 14 January. Reply to book.",
        "Just to say the new referral route is working much better for us \u2013 thank you all.",
    ],
}
