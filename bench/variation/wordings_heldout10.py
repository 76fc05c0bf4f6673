"""Wordings of the tenth held-out part (heldout10, corpus13): mail as it reaches a council's shared inbox. Forms
forwarded by a manager from Outlook, a Word table pasted into the body and turned into space-aligned text, answers
typed in a coloured paragraph under each question, "please tick" boxes, other people's names and other dates beside
the fields the hub needs, Welsh-first labels, long signatures and disclaimers, earlier mails quoted underneath.
Written by a separate author who did not read the parsers or the other parts' wordings. NEVER tune the hub against it.
"""

SEED = 38104772
TEXT_EXPECT = True

DOC_LAYOUTS = ["body-spaced", "docx-colour", "body-forwarded", "pdf-colour", "docx-bilingual", "body-spaced",
               "docx-2col", "pdf-text", "docx-colour", "body-html", "docx-ticks", "body-forwarded"]
VOID_LAYOUTS = ["xlsx-title-merged", "body-pasted", "csv", "xlsx-flat", "body-blocks", "xls", "csv-title",
                "body-html-table"]

LABELS = {
    "referral": {
        "referral_type": ["Is this an out-of-hours / emergency request?", "Request category (tick one)", "Urgency of request - circle as appropriate", "Same-day placement needed (Y/N) (answer yes or no)", "Type of request (emergency / planned) - please tick"],
        "name": ["Child's full legal name", "Name of young person being referred (first name and surname)", "Enw'r person ifanc / Young person's name (print)", "Young person - full name (block capitals)", "Forename(s) and surname of YP (in full)", "YP name (as on LCS)"],
        "dob": ["Young person's date of birth", "D.o.B. (dd/mm/yyyy) - enter full date", "Dyddiad geni / DOB (DD MM YYYY please)", "Birth date of YP (full date)", "When was the young person born (day month year)?", "YP DOB - enter full date"],
        "gender": ["Gender identity (please state)", "Sex / gender (if known)", "Rhywedd / Gender (as recorded)", "Gender (as YP describes)", "YP gender (please state)", "Gender of child"],
        "lcs": ["LCS reference (please state)", "LCS / Mosaic ID (if known)", "Rhif LCS / LCS number (as recorded)", "Child's LCS ID no.", "Case number (LCS) (please state)", "LCS person ID (if known)"],
        "address": ["Where is the YP staying now (please state)?", "Present address (incl. postcode) (if known)", "Cyfeiriad presennol / Current address (as recorded)", "Address young person is at today", "Current accommodation address (please state)", "YP's address at time of referral"],
        "locality": ["Area the YP wants to live in (please state)", "Preferred district (if known)", "Ardal a ffefrir / Preferred area", "Locality requested (please specify)", "Which area would suit the young person?", "District preference"],
        "legal_status": ["Legal status of child", "Care status (LAC / CL / CIN)", "Statws cyfreithiol / Legal status (as recorded)", "Child's legal status at referral", "What is the YP's legal status (please state)?", "Status under the Children Act (if known)"],
        "uasc": ["Unaccompanied asylum seeker? - please tick", "UASC (Y/N) (tick one)", "Ceisiwr lloches / UASC - circle as appropriate", "Is the YP an unaccompanied asylum-seeking child (answer yes or no)?", "Asylum-seeking child (unaccompanied)", "UASC status (tick one)"],
        "parent": ["Is the YP a parent or expecting? - please tick", "Young parent (Y/N) (tick one)", "Rhiant ifanc / Young parent - circle as appropriate", "Pregnant or a parent", "YP has a child of their own?", "Parent / pregnant (tick one)"],
        "ref_name": ["Name of referring worker (in full)", "Referring officer (first name and surname)", "Enw'r atgyfeiriwr / Referrer name (print)", "Person making referral (block capitals)", "Referrer (print name) (in full)", "Your name (first name and surname)"],
        "ref_role": ["Referrer's job title (please state)", "Role of referring worker (if known)", "Swydd / Job title (as recorded)", "Designation (please specify)", "What is your role (please state)?", "Position held (if known)"],
        "ref_org": ["Referring team / agency (please state)", "Service area (if known)", "Sefydliad / Organisation (as recorded)", "Which team are you in (please specify)?", "Team name (please state)", "Agency making referral"],
        "ref_email": ["Referrer's email address (work)", "Secure email", "E-bost / Email (direct)", "Your email for contact", "Contact email (referrer) (work)", "Email of referring worker"],
        "ref_phone": ["Referrer's phone", "Direct dial (office hours)", "Ffôn / Telephone (direct)", "Best number to reach you for contact", "Mobile / landline", "Contact telephone (referrer) (office hours)"],
        "sw_name": ["Allocated social worker / PA (if different)", "Child's allocated worker", "Gweithiwr cymdeithasol / Social worker (print)", "Name of allocated SW or PA (block capitals)", "Who is the YP's allocated worker (in full)?", "Allocated worker name (first name and surname)"],
        "sw_email": ["Allocated worker's email (work)", "SW / PA email address", "E-bost y gweithiwr / Worker email (direct)", "Email for allocated worker for contact", "Allocated SW email", "Worker's email address"],
        "fgc": ["Has a Family Group Conference taken place?", "FGC held (Y/N)", "Cynhadledd Grŵp Teulu / FGC held?", "Family Group Conference completed", "FGC offered or held", "Was an FGC offered to the family (tick one)?"],
        "fgc_date": ["FGC date (day month year)", "Date the FGC was held", "Dyddiad y gynhadledd / FGC date (DD MM YYYY please)", "When did the FGC take place?", "Date of Family Group Conference (day month year)", "Family meeting (FGC) date"],
        "diversion": ["What has been tried to keep the YP at home?", "Prevention work completed - please describe", "Gwaith atal / Prevention work (give as much detail as you can)", "Steps taken to avoid accommodation", "Diversion work so far", "Alternatives explored - please describe"],
        "reason": ["Why is supported accommodation needed (please give details)?", "Reason for this referral - please describe", "Rheswm dros atgyfeirio / Reason for referral (give as much detail as you can)", "Summary of presenting need", "Background and reason for request (please give details)", "Main reasons for referral"],
        "safety": ["Why can the YP not stay where they are tonight (please give details)?", "Immediate safety issues", "Pryderon diogelwch / Safety concerns", "Safety concerns - current placement", "Is the YP safe tonight? Give details", "Immediate risk at current address"],
        "risk_self": ["Risks to self (self-harm, neglect)", "Risk to self (give as much detail as you can)", "Risg i'w hunan / Risk to self (give as much detail as you can)", "Does the YP pose a risk to themselves (continue overleaf if needed)?", "Self-harm / suicidal ideation (please give details)", "Risk of harm to self - please describe"],
        "risk_others": ["Risks to other people (please give details)", "Risk posed to others - please describe", "Risg i eraill / Risk to others (give as much detail as you can)", "Is the YP a risk to staff or residents?", "Harm to others (please give details)", "Risk of harm to others - please describe"],
        "risk_from": ["Risks from others (exploitation, family)", "Risk posed by others to the YP - please describe", "Risg gan eraill / Risk from others (give as much detail as you can)", "Is anyone a risk to the YP (continue overleaf if needed)?", "Vulnerability to others (please give details)", "Risk of harm from others - please describe"],
        "exploitation": ["CSE / CCE concerns (please give details)", "Exploitation (sexual or criminal) - please describe", "Camfanteisio / Exploitation (give as much detail as you can)", "Any exploitation concerns (continue overleaf if needed)?", "County lines / CSE", "Exploitation risk - please describe"],
        "substance": ["Drugs and alcohol (please give details)", "Substance use - please describe", "Camddefnyddio sylweddau / Substance misuse (give as much detail as you can)", "Does the YP use drugs or alcohol (continue overleaf if needed)?", "Alcohol / drug use (please give details)", "Substance misuse concerns - please describe"],
        "offending": ["Offending history (please give details)", "Current or past offending - please describe", "Troseddu / Offending (give as much detail as you can)", "Any offending or YJS involvement?", "Criminal convictions / YOS (please give details)", "Offending behaviour - please describe"],
        "mental_health": ["Emotional and mental health (please give details)", "Mental health needs - please describe", "Iechyd meddwl / Mental health (give as much detail as you can)", "Any mental health diagnosis or CAMHS?", "MH / CAMHS involvement (please give details)", "Mental wellbeing - please describe"],
        "support": ["What support will the YP need (please give details)?", "Support required from provider - please describe", "Anghenion cymorth / Support needs (give as much detail as you can)", "Support needs in placement (continue overleaf if needed)", "Key support needs (please give details)", "Support the provider must offer"],
        "needed": ["Date placement needed from (day month year)", "Accommodation required by - enter full date", "Dyddiad angen llety / Date needed (DD MM YYYY please)", "When is accommodation needed (full date)?", "Start date requested", "Required from (date) - enter full date"],
        "consent": ["YP consents to referral", "Has the YP agreed to this referral (tick one)?", "Caniatâd / Consent given - circle as appropriate", "Consent of young person (Y/N)", "YP aware and consenting", "Young person's consent obtained (tick one)"],
    },
    "risk": {
        "ref": ["Brokerage reference (please state)", "Referral no. (if known)", "Cyfeirnod / Reference (as recorded)", "Your reference number", "Ref (from referral)", "Referral ID quoted"],
        "provider": ["Provider organisation (please state)", "Name of provider (if known)", "Darparwr / Provider (as recorded)", "Responding provider (please specify)", "Which provider is responding (please state)?", "Provider completing this form (if known)"],
        "yp": ["Name of YP referred (in full)", "Young person referred (first name and surname)", "Enw'r person ifanc / YP name", "Client name (block capitals)", "Who is this about?", "Referred young person (first name and surname)"],
        "risk": ["What is the risk you cannot manage (please give details)?", "Unmanageable risk - please describe", "Y risg / The risk (give as much detail as you can)", "Risk identified (continue overleaf if needed)", "Concern preventing acceptance", "Area of risk - please describe"],
        "why": ["Why can this not be managed in your service?", "Reason provider cannot accept", "Pam / Why", "Explain why the risk is too high", "Reason the risk is unmanageable (please give details)", "Rationale for decision"],
        "enable": ["What would let you accept the referral?", "Additional resources needed", "Beth fyddai'n helpu / What would help (give as much detail as you can)", "Support that would enable placement (continue overleaf if needed)", "What would need to change (please give details)?", "Conditions for acceptance - please describe"],
    },
    "safeguarding": {
        "provider": ["Reporting provider (please state)", "Organisation reporting (if known)", "Darparwr / Provider name (as recorded)", "Provider / agency", "Service provider (please state)", "Who is reporting?"],
        "property": ["Scheme / property (please state)", "Property reference (if known)", "Eiddo / Property (as recorded)", "Address or scheme code", "Which property (please state)?", "Accommodation (ref)"],
        "name": ["Name of YP involved (in full)", "Young person involved (first name and surname)", "Enw / Name (print)", "Resident's name (block capitals)", "Service user name", "Who was involved (YP)?"],
        "dob": ["Resident DOB (day month year)", "D.O.B. of YP - enter full date", "Dyddiad geni / Date of birth", "YP date of birth (full date)", "Birth date (resident) (day month year)", "Date of birth of resident - enter full date"],
        "lcs": ["LCS no. (if known) (please state)", "LCS ID of YP (if known)", "Rhif LCS / LCS ref", "LCS (please specify)", "Council case number", "Mosaic / LCS number"],
        "sw_name": ["Allocated SW / PA (in full)", "Social worker or PA name (first name and surname)", "Gweithiwr / Allocated worker", "Named worker (council)", "Who is the allocated worker?", "Council worker"],
        "sw_email": ["SW / PA email (work)", "Allocated worker email (office hours)", "E-bost gweithiwr / Worker email", "Council worker's email", "Email of allocated worker (work)", "SW email address (office hours)"],
        "date": ["Date incident happened (day month year)", "Incident date - enter full date", "Dyddiad y digwyddiad / Date of incident", "On what date (full date)?", "Date of event (day month year)", "Date it occurred - enter full date"],
        "time": ["Time incident happened (please state)", "Approx. time (if known)", "Amser / Time (as recorded)", "At what time (please specify)?", "Time of event (please state)", "Time it occurred (if known)"],
        "when": ["Date and time incident happened (please state)", "Date / time of event (if known)", "Pryd / When", "When did this happen (please specify)?", "Date & time occurred (please state)", "Incident date + time (if known)"],
        "category": ["Incident type (please state)", "Category of incident (if known)", "Math o ddigwyddiad / Type", "What kind of incident (please specify)?", "Incident category (tick one) (please state)", "Type of concern"],
        "severity": ["Severity rating (please state)", "Level of seriousness (if known)", "Difrifoldeb / Severity (as recorded)", "How serious was it (please specify)?", "Severity (tick one) (please state)", "Seriousness (if known)"],
        "description": ["What happened (please give details)?", "Account of incident - please describe", "Disgrifiad / Description (give as much detail as you can)", "Full description of events (continue overleaf if needed)", "Details of what happened (please give details)", "Narrative - please describe"],
        "actions": ["Actions taken by staff (please give details)", "What did staff do? - please describe", "Camau a gymerwyd / Actions taken (give as much detail as you can)", "Immediate action taken (continue overleaf if needed)", "Response and follow-up", "Action taken so far - please describe"],
        "police_ref": ["Police log / crime no. (please state)", "Police reference (if any) (if known)", "Cyfeirnod heddlu / Police ref (as recorded)", "Crime / incident number (please specify)", "Were police called? Ref", "Police log number (as recorded)"],
    },
    "intelligence": {
        "agency": ["Submitting agency (please state)", "Agency name (if known)", "Asiantaeth / Agency (as recorded)", "Your organisation (please specify)", "Which agency are you from (please state)?", "Organisation submitting (if known)"],
        "worker": ["Submitting officer (in full)", "Name of person submitting (first name and surname)", "Enw / Your name (print)", "Staff member (block capitals)", "Completed by (in full)", "Who is submitting this (first name and surname)?"],
        "role": ["Job role (please state)", "Role / position (if known)", "Rôl / Role (as recorded)", "Your role (please specify)", "Title", "Staff role"],
        "email": ["Email (submitting officer)", "Reply email (office hours)", "E-bost / Email address", "Contact email for contact", "Your email address (work)", "Email for follow-up (office hours)"],
        "phone": ["Phone (submitting officer)", "Contact number (office hours)", "Rhif ffôn / Phone number", "Your phone for contact", "Telephone for follow-up (work)", "Call-back number"],
        "when": ["Date and time information obtained (please state)", "When was this seen or heard (if known)?", "Dyddiad ac amser / Date and time (as recorded)", "Date/time of intelligence", "When obtained", "Date + time info received"],
        "date": ["Date information obtained (day month year)", "Date seen / heard - enter full date", "Dyddiad / Date (DD MM YYYY please)", "Date of intelligence (full date)", "On what date (day month year)?", "Date info received - enter full date"],
        "time": ["Time information obtained (please state)", "Time seen / heard (if known)", "Amser / Time (as recorded)", "Time of intelligence (please specify)", "At what time (please state)?", "Time info received"],
        "location": ["Where did this happen (please state)?", "Location / address (if known)", "Lleoliad / Location (as recorded)", "Place (please specify)", "Address or area (please state)", "Location of activity (if known)"],
        "persons": ["People involved (names, DOB, description) (please give details)", "Persons of interest - please describe", "Pobl / Persons", "Who was involved (continue overleaf if needed)?", "Subjects (name / DOB / description) (please give details)", "Individuals named"],
        "vehicles": ["Vehicles (make, colour, reg) (please give details)", "Vehicle details - please describe", "Cerbydau / Vehicles (give as much detail as you can)", "Any vehicles seen (continue overleaf if needed)?", "Vehicle(s) involved (please give details)", "Cars / registrations"],
        "information": ["Intelligence (please give details)", "The information - please describe", "Gwybodaeth / Information (give as much detail as you can)", "What do you know (continue overleaf if needed)?", "Details of intelligence (please give details)", "Information being shared - please describe"],
        "source": ["Source of information (please state)", "How was it obtained (if known)?", "Ffynhonnell / Source (as recorded)", "Where did it come from (please specify)?", "Origin of information (please state)", "Source type (if known)"],
        "grading": ["Source grading (please state)", "Evaluation (3x5x2)", "Graddio / Grading (as recorded)", "Intelligence grading (please specify)", "Provenance grading (please state)", "Grade (as recorded)"],
        "handling": ["Handling condition (please state)", "Handling / dissemination (if known)", "Trin / Handling", "Handling code (please specify)", "Sharing restrictions", "Dissemination code (if known)"],
    },
    "mash": {
        "name": ["Young person's full name (in full)", "Name of child (first name and surname)", "Enw'r plentyn / Child's name (print)", "YP full name (block capitals)", "Who is the referral about?", "Child / young person (first name and surname)"],
        "dob": ["Date of birth of child (day month year)", "DOB (child) - enter full date", "Dyddiad geni'r plentyn / Child's DOB (DD MM YYYY please)", "Child's birth date", "What is the child's date of birth?", "Birth date (child) - enter full date"],
        "address": ["Address where YP is now (please state)", "Child's current address", "Cyfeiriad / Address (as recorded)", "Where is the child staying (please specify)?", "Address (current) (please state)", "Present address of child"],
        "agency": ["Referring agency (please state)", "Agency making the referral (if known)", "Asiantaeth atgyfeirio / Referring agency (as recorded)", "Referred by (agency) (please specify)", "Which agency is referring (please state)?", "Referrer's agency (if known)"],
        "status": ["Homelessness status (please state)", "Homeless now or at risk (if known)?", "Statws digartrefedd / Housing status", "Is the child homeless tonight?", "Housing situation (please state)", "Homeless / threatened (if known)"],
        "mediation": ["Has mediation been tried? - please tick", "Family mediation attempted (tick one)", "Cyfryngu / Mediation tried? - circle as appropriate", "Mediation (Y/N) (answer yes or no)", "Was mediation offered?", "Mediation with family (tick one)"],
        "mediation_outcome": ["What came of mediation (please give details)?", "Mediation result - please describe", "Canlyniad cyfryngu / Outcome of mediation", "Outcome (if mediation tried) (continue overleaf if needed)", "Result of family mediation (please give details)", "Mediation - what happened - please describe"],
        "concerns": ["Safeguarding concerns (please give details)", "Concerns for the child", "Pryderon / Concerns (give as much detail as you can)", "What are you worried about?", "Risks and concerns", "Worries about the child"],
        "known": ["Known to Children's Social Care? - please tick", "Open to CSC (Y/N) (tick one)", "Yn hysbys i'r gwasanaethau / Known to services", "Previously known to CSC (answer yes or no)", "Is the child known to social care? - please tick", "CSC involvement (tick one)"],
        "parent_contact": ["Parent / carer contact (work)", "Parent's name and number (office hours)", "Rhiant / Parent contact (direct)", "Who has parental responsibility? (name, phone) for contact", "Carer details", "Parent or carer"],
    },
    "mash-notice": {
        "name": ["Name of young person (in full)", "YP (first name and surname)", "Enw / Name (print)", "Young person (name) (block capitals)", "Child's name (first name and surname)", "Who was mediated?"],
        "dob": ["DOB of young person (day month year)", "Date of birth (YP) - enter full date", "Dyddiad geni / DOB (DD MM YYYY please)", "YP's date of birth (full date)", "Birth date (day month year)", "Child's date of birth - enter full date"],
        "date": ["Date mediation took place (day month year)", "Mediation date - enter full date", "Dyddiad cyfryngu / Date", "When was mediation held (full date)?", "Date of mediation session (day month year)", "Session date - enter full date"],
        "outcome": ["Result of mediation (please give details)", "What was agreed? - please describe", "Canlyniad / Outcome (give as much detail as you can)", "Mediation outcome (prevented)", "Agreement reached (please give details)", "Summary of outcome - please describe"],
        "agency": ["Mediating agency (please state)", "Agency that mediated (if known)", "Asiantaeth / Agency (as recorded)", "Service that held mediation", "Which agency?", "Mediation provider (if known)"],
    },
    "void": {
        "provider": ["Provider submitting return (please state)", "Housing provider name", "Darparwr tai / Housing provider", "Return completed for (provider)", "Provider's trading name", "Landlord / provider (if known)"],
        "week": ["Week beginning Monday (day month year)", "Return w/b", "Wythnos yn dechrau dydd Llun / W/b Monday", "Voids for week starting", "Week of return (Mon)", "Reporting week (Monday)"],
        "ref": ["Bedspace ref", "Scheme / unit code", "Cod uned / Unit code", "Our property code", "Property ID (YPSA)", "Directory ref"],
        "locality": ["District council area (please state)", "Locality (district) (if known)", "Ardal cyngor / Council area", "Town / district (please specify)", "Area of county (please state)", "Patch (if known)"],
        "service": ["Support model", "Service offered (if known)", "Math o gymorth / Support type", "Scheme type (please specify)", "Accommodation type (please state)", "Service (16-17 / 18-25)"],
        "total": ["Bedspaces in scheme", "Total bedspaces (number)", "Cyfanswm gwelyau / Total bedspaces", "Beds commissioned", "Units in scheme (no.)", "Scheme capacity (beds)"],
        "occupied": ["Bedspaces taken", "Currently occupied (number)", "Gwelyau llawn / Beds occupied", "Residents in (figure)", "Units let (no.)", "Beds in use this week"],
        "vacant": ["Bedspaces free", "Currently void", "Gwelyau gwag / Beds vacant", "Voids (figure)", "Units empty (no.)", "Beds void this week"],
        "available": ["Void ready date", "Can move in from - enter full date", "Ar gael o ddyddiad / Available from date", "Earliest move-in", "Ready for referral from", "Move-in date possible"],
        "emergency": ["Emergency bed tonight?", "Crash pad available", "Gwely argyfwng / Emergency bed available", "Emergency bed - Y or N (answer yes or no)", "Crash bed free tonight", "Out of hours bed?"],
        "notes": ["Provider notes (please give details)", "Comments - please describe", "Sylwadau / Comments (give as much detail as you can)", "Notes on this unit (continue overleaf if needed)", "Anything else (please give details)?", "Info for brokerage"],
    },
}

TITLES = {
    "referral-emergency": ["Emergency Accommodation Request - Young People 16-25",
                           "Ffurflen Atgyfeirio Brys Llety / Emergency Accommodation Referral Form",
                           "Same Day Supported Accommodation Request", "Out of Hours Accommodation Referral (16+)"],
    "referral-non-emergency": ["Planned Move Referral - Supported Accommodation Pathway",
                               "Ffurflen Atgyfeirio Llety â Chymorth / Supported Accommodation Referral Form",
                               "Young People's Accommodation Pathway - Referral", "Supported Housing Referral (planned)"],
    "risk": ["Provider Response Form - Risk Concern", "Ffurflen Pryder Risg / Risk Concern Form",
             "Notification of Risk Preventing Placement", "Referral Declined - Risk Concern Notice"],
    "safeguarding": ["Incident Notification Form (Provider)", "Adroddiad Digwyddiad Diogelu gan Ddarparwr / Provider Safeguarding Incident Report",
                     "Serious Incident Notification - Supported Accommodation", "Provider Safeguarding Log Entry"],
    "intelligence": ["Partnership Information Sharing Form", "Ffurflen Rhannu Gwybodaeth / Intelligence Sharing Form",
                     "Community Intelligence Report (Partner)", "Information Report for Police and YPSA"],
    "mash": ["Request for MASH Screening - Homeless 16/17", "Atgyfeiriad i'r MASH / Referral to the MASH",
             "16/17 Year Old Presenting as Homeless - MASH Referral", "Joint Housing and CSC Referral (MASH)"],
    "mash-notice": ["Mediation Outcome Notification (Prevention Team)", "Hysbysiad Canlyniad Cyfryngu / Mediation Outcome",
                    "Notice: Homelessness Prevented Through Mediation", "MASH Update - Mediation Successful"],
    "void": ["Weekly Voids Return - Supported Accommodation", "Ffurflen Lleoedd Gwag / Voids Return", "Bed Availability Return (Young People)", "Vacancy Report (weekly)"],
}

SUBJECTS = {
    "referral-emergency": ["FW: URGENT - bed needed tonight for {initials}", "Emergency referral {initials} - today please",
                           "RE: {initials} - emergency placement request", "Brys / Urgent: referral for {initials}"],
    "referral-non-emergency": ["Referral - {initials} - planned move in new year", "FW: Supported accommodation referral ({initials})",
                               "Atgyfeiriad newydd / New referral {initials}", "RE: Pathway referral for {initials}"],
    "risk": ["Risk concern form re {ref}", "FW: our response to referral {ref}", "Unable to accept {ref} - risk form",
             "RE: {ref} - provider response"],
    "safeguarding": ["Incident notification (provider) - {property}", "FW: Safeguarding incident at {property}",
                     "SG report {property} (provider)", "RE: incident last night - {property}"],
    "intelligence": ["Information sharing form - partner agency", "FW: intel for police / YPSA", "Partner intelligence - please log",
                     "Gwybodaeth / Intelligence submission"],
    "mash": ["MASH screening request - {initials}", "FW: homeless 16/17 - {initials}", "Atgyfeiriad MASH newydd - {initials}",
             "RE: MASH referral {initials}"],
    "mash-notice": ["Mediation outcome for {initials} - prevented", "FW: {initials} - mediation successful",
                    "Homelessness prevented - {initials}", "RE: mediation update ({initials})"],
    "void": ["Voids return w/b {week} from {provider}", "FW: weekly voids {provider} {week}", "{provider} vacancies {week}",
             "RE: Voids return w/c {week}"],
    "other": ["Team meeting moved to Thursday 10am", "FW: Christmas rota for the duty inbox", "Parking at County Hall next week",
              "RE: training dates January", "Out of office - duty cover", "Mileage claims deadline"],
}

INTROS = ["Good morning both,", "Morning intake team,", "Hi duty,", "Bore da bawb / Good morning all,", "Dear YPSA colleagues,",
          "Hello to whoever is on duty today,", "Hi there, hope you are well,", "Good afternoon intake,"]
SIGNOFFS = ["Many thanks in advance for looking at this,", "Diolch o galon am eich help,", "Kind regards, and thanks for your time,", "Thanks so much for your help,",
            "Best wishes for now,", "Cofion cynnes atoch,", "Any questions just shout,", "Thanks again, speak soon"]
COVERING = ["Form attached as discussed with your duty worker this morning.",
            "Please see the completed form attached. I have copied in my manager.",
            "Attached - let me know if anything is unreadable, it was scanned on the office copier.",
            "Ffurflen ynghlwm / form attached.",
            "I've attached the form; the case notes are on LCS if you have access.",
            "Completed paperwork attached. Apologies for the delay, we have been short staffed."]
FOOTERS = [
    "Senior Practitioner | Through Care Service\nChildren's Services Directorate\nCounty Hall, New Road\n"
    "Tel: 01865 815 000 | Mobile: 07700 900 411\nWorking days: Mon-Thurs\nPronouns: she/her",
    "Housing Options Adviser\nDistrict Housing Team | Floor 2, Bodicote House\nDD: 01295 221 000\n"
    "Please note I work part time and do not check emails on Fridays.",
    "Scheme Manager\nSupported Housing for Young People\nOffice: 01993 700 100 (9-5) | Out of hours on-call: 07700 900 512\n"
    "Registered charity no. 1099999 | Company no. 4999999",
    "Gweithiwr Cymdeithasol / Social Worker\nTîm Gadael Gofal / Leaving Care Team\nCroesewir gohebiaeth yn Gymraeg / "
    "Correspondence in Welsh is welcomed",
    "Team Manager - Adolescent Service\n\"Working together for children and families\"\n"
    "Follow us on social media for service updates",
    "Duty Senior | Intake and Assessment\nPlease use the duty inbox for new work, not my personal address.",
]
DISCLAIMER_CHANCE = 0.6
DISCLAIMERS = [
    "CONFIDENTIALITY NOTICE: This email and any attachments are confidential and may be legally privileged. If you are not "
    "the intended recipient please notify the sender and delete it. Any views expressed are those of the author and do not "
    "necessarily represent those of the Council. All communications may be monitored under the relevant legislation.",
    "This e-mail is intended only for the addressee. It may contain OFFICIAL-SENSITIVE information. If received in error "
    "please tell the sender and destroy all copies. The Council accepts no liability for viruses.",
    "Mae'r e-bost hwn yn gyfrinachol. Os ydych wedi ei dderbyn trwy gamgymeriad rhowch wybod i'r anfonwr. / This email is "
    "confidential. If you have received it in error please let the sender know.",
    "Think before you print. This message has been scanned for malware. Personal data is handled in line with our "
    "privacy notice, available on our website.",
    "Please do not reply to this message with personal data about other children. Information shared under a "
    "safeguarding information sharing agreement.",
]
THREAD_CHANCE = 0.35
THREADS = [
    "-----Original Message-----\nFrom: Duty Inbox\nSent: 01 December 2026 09:12\nSubject: RE: bed request\n\n"
    "Hi, can you send the form over so we can screen it? We only need the one for the older brother, his sister is "
    "staying with their aunt. Thanks, Duty",
    "From: Team Manager\nSent: Monday 10:41\nTo: Referrer\nSubject: supported accommodation\n\n"
    "> Please complete the pathway form before the panel on the 14th. The assessment dated last month can go as well.",
    "________________________________\nFrom: YPSA Brokerage\nSent: 30 November 2026 16:05\nSubject: forms\n\n"
    "Thanks for the call earlier. Please use the current form and send it to the intake mailbox, not to me directly.",
    "On Fri, 27 Nov 2026 at 14:22, Housing Options wrote:\n> Could you confirm whether the mother has been "
    "contacted? Her GP has also raised concerns.\n> Regards",
]
FORWARD_CHANCE = 0.35
FORWARD_STYLES = ["outlook-fw", "outlook", "outlook-fw", "outlook-full"]
FORWARD_CC = ["Duty Team Manager", "Service Manager Adolescents", "Leaving Care Duty",
              "Housing Options Team Leader; Duty Inbox"]
FORWARDS = [
    "Forwarding this from one of my team, please can it be picked up today.",
    "Please see below - sent to me in error, this should have come to you.",
    "FYI and action please. I have checked it and I'm happy for it to go.",
    "Passing this on as manager sign-off. Any queries please contact the worker directly.",
    "Anfon ymlaen / forwarding - see below. Diolch.",
    "Below came into our general mailbox overnight. Forwarding for screening.",
]

PEOPLE = {
    "first": ["Ffion", "Carys", "Dylan", "Rhodri", "Amelia-Rose", "Kacper", "Zofia", "Hodan", "Abdirahman", "Tyler",
              "Kayden", "Leah", "Mali", "Siôn", "Aoife", "Precious", "Oluwaseun", "Jayden", "Niamh", "Ellis"],
    "last": ["Hughes", "Pritchard", "Nowak", "Wiśniewski", "Warsame", "Ali", "Brennan", "Okafor", "Price-Davies",
             "Rees", "McCarthy", "Lloyd", "Adeyemi", "Walsh", "Parry", "Kowalczyk", "Haji", "Thorne", "O'Neill", "Bevan"],
}

VALUE_STYLES = {
    "dates": ["dd/mm/yyyy", "d Month yyyy", "dd.mm.yy", "ddd d Mon yyyy", "dth of Month yyyy", "d/m/yy",
              "dd Month yyyy", "yyyy-mm-dd", "d-Mon-yyyy", "dd Mon yyyy"],
    "times": ["HH:MM", "h.mm am", "HHMM hrs", "HH:MM hours", "h:mmPM", "approx HH:MM", "HH.MM"],
    "yes": ["Yes", "Y", "yes", "\u2714", "Yes - confirmed", "YES"],
    "no": ["No", "N", "no", "NO", "No - not applicable"],
    "blanks": ["", "\u00a0", "n/k", "not known", "-", "N/A"],
    "joiners": ["{d} {t}", "{d} at {t}", "{t} on {d}", "{d} ({t})"],
}

HEADING_CHANCE = 0.7
HEADINGS = {
    "Section 1 - About the young person": ["Part A: The young person", "Adran 1: Y person ifanc / Section 1: Young person",
                                           "YOUNG PERSON'S DETAILS", "1. Details of the child"],
    "Section 2 - Referrer": ["Part B: Referring worker", "Adran 2: Atgyfeiriwr / Section 2: Referrer",
                             "REFERRER DETAILS", "2. Who is making this referral?"],
    "referral.sw": ["Part B2: Allocated worker", "Gweithiwr dyranedig / Allocated worker", "ALLOCATED WORKER",
                    "2b. Allocated worker (if not the referrer)"],
    "Section 3 - Family Group Conference and diversion": ["Part C: Family work", "Adran 3: Gwaith teulu / Section 3: Family work",
                                                          "FAMILY GROUP CONFERENCE / PREVENTION", "3. Work with the family"],
    "Section 4 - Reason for referral and risks": ["Part D: Needs and risks", "Adran 4: Risgiau / Section 4: Risks",
                                                  "NEEDS, RISKS AND SUPPORT", "4. Why is accommodation needed?"],
    "Young person": ["Part A: Resident", "Y person ifanc / Young person", "RESIDENT DETAILS", "1. Who was involved"],
    "The incident": ["Part B: Incident", "Y digwyddiad / Incident", "INCIDENT DETAILS", "2. What happened"],
    "sg.provider": ["Reporting service", "Darparwr / Provider", "PROVIDER DETAILS", "0. Reporting organisation"],
    "sg.sw": ["Council contact", "Gweithiwr / Worker", "ALLOCATED WORKER", "1b. Allocated worker"],
    "risk.referral": ["Referral details", "Manylion / Details", "REFERRAL", "1. Referral"],
    "risk.concern": ["Risk concern", "Y pryder / The concern", "CONCERN", "2. The concern"],
    "intel.you": ["Submitted by", "Eich manylion / Your details", "SUBMITTING OFFICER", "1. Your details"],
    "intel.info": ["The intelligence", "Y wybodaeth / Information", "INFORMATION", "2. Information"],
    "mash.yp": ["The child", "Y plentyn / Child", "CHILD'S DETAILS", "1. Child"],
    "mash.agency": ["Referrer", "Atgyfeiriwr / Referrer", "REFERRING AGENCY", "2. Referrer"],
    "mash.housing": ["Housing and family", "Tai / Housing", "HOUSING SITUATION", "3. Housing"],
}

CHOICE_BOXES = 0.45
BOX_MARKS = [("\u2612 ", "\u2610 "), ("[X] ", "[ ] "), ("\u25a0 ", "\u25a1 "), ("(x) ", "( ) ")]

NEEDED_CHANCE = 0.3
NEEDED_STYLES = ["{asap}{d} - tonight if at all possible", "{today}{d} (today)", "{planned}{d} - planned, move-in date agreed",
                 "{d} latest", "{monday}w/c {d}"]

# Welsh labels (bilingual layout: Welsh first, bold, English under)
WELSH = {
    "referral": {"name": "Enw llawn", "dob": "Dyddiad geni", "gender": "Rhywedd", "lcs": "Rhif LCS",
                 "address": "Cyfeiriad presennol", "locality": "Ardal a ffefrir", "legal_status": "Statws cyfreithiol",
                 "uasc": "Ceisiwr lloches ar ei ben ei hun", "parent": "Rhiant ifanc", "ref_name": "Enw'r atgyfeiriwr",
                 "ref_role": "Swydd", "ref_org": "Tîm / sefydliad", "ref_email": "Cyfeiriad e-bost", "ref_phone": "Rhif ffôn",
                 "sw_name": "Gweithiwr cymdeithasol", "sw_email": "E-bost y gweithiwr", "fgc": "Cynhadledd Grŵp Teulu",
                 "fgc_date": "Dyddiad y gynhadledd", "diversion": "Gwaith atal", "reason": "Rheswm dros atgyfeirio",
                 "safety": "Pryderon diogelwch", "risk_self": "Risg i'w hunan", "risk_others": "Risg i eraill",
                 "risk_from": "Risg gan eraill", "exploitation": "Camfanteisio", "substance": "Defnyddio sylweddau",
                 "offending": "Troseddu", "mental_health": "Iechyd meddwl", "support": "Anghenion cymorth",
                 "needed": "Dyddiad angen llety", "consent": "Caniatâd"},
    "risk": {"ref": "Cyfeirnod", "provider": "Darparwr", "yp": "Person ifanc", "risk": "Y risg", "why": "Pam",
             "enable": "Beth fyddai'n helpu"},
    "safeguarding": {"provider": "Darparwr", "property": "Eiddo", "name": "Enw", "dob": "Dyddiad geni", "lcs": "Rhif LCS",
                     "sw_name": "Gweithiwr", "sw_email": "E-bost gweithiwr", "date": "Dyddiad", "time": "Amser",
                     "when": "Dyddiad ac amser", "category": "Math o ddigwyddiad", "severity": "Difrifoldeb",
                     "description": "Disgrifiad", "actions": "Camau a gymerwyd", "police_ref": "Cyfeirnod yr heddlu"},
    "intelligence": {"agency": "Asiantaeth", "worker": "Enw", "role": "Rôl", "email": "E-bost", "phone": "Ffôn",
                     "when": "Dyddiad ac amser", "date": "Dyddiad", "time": "Amser", "location": "Lleoliad",
                     "persons": "Pobl", "vehicles": "Cerbydau", "information": "Gwybodaeth", "source": "Ffynhonnell",
                     "grading": "Graddio", "handling": "Trin"},
    "mash": {"name": "Enw'r plentyn", "dob": "Dyddiad geni", "address": "Cyfeiriad", "agency": "Asiantaeth",
             "status": "Statws tai", "mediation": "Cyfryngu", "mediation_outcome": "Canlyniad cyfryngu",
             "concerns": "Pryderon", "known": "Yn hysbys i'r gwasanaethau", "parent_contact": "Rhiant / gofalwr"},
    "mash-notice": {"name": "Enw", "dob": "Dyddiad geni", "date": "Dyddiad cyfryngu", "outcome": "Canlyniad",
                    "agency": "Asiantaeth"},
}
WELSH_TABLE_HEADERS = [("Cwestiwn", "Question", "Ateb / Answer"), ("Cymraeg", "English", "Manylion / Details")]

TICK_MARKS = [("\u2714", ""), ("X", ""), ("\u2612", "\u2610")]
TICK_COLUMNS = [("Yes", "No"), ("Do / Yes", "Naddo / No"), ("Y", "N")]
TICK_HEADERS = ["Please tick", "Tick as appropriate", "Ticiwch / Tick"]

ANSWER_COLOURS = ["#1f4e79", "#c00000", "#2e75b6", "#7030a0"]
TICK_PAIRS = [("\u2612", "\u2610"), ("[x]", "[ ]"), ("\u2714", "\u25a1")]
TICK_WORDS = [("Yes", "No"), ("Y", "N"), ("Ie / Yes", "Na / No")]

# other people and other dates beside the fields the hub needs
BESIDE_CHANCE = 0.55
BESIDE = {
    "referral": {
        "name": [("Sibling also known to CSC", "{person} (younger brother, remains at home)"),
                 ("Parent / carer name", "{person}"), ("GP", "Dr {person}, Banbury Cross Health Centre"),
                 ("Name of sibling in care", "{person} - placed in foster care, not part of this referral")],
        "dob": [("Date of referral", "{today}"), ("Date of assessment", "{week}"),
                ("Date of last review", "{month}")],
        "fgc_date": [("Date FGC notes shared", "{week}"), ("Date of strategy meeting", "{month}")],
        "reason": [("Perpetrator of harm (if known)", "{person}, mother's ex-partner"),
                   ("Other significant adult", "{person} (maternal aunt), able to offer contact only")],
        "needed": [("Date signed", "{today}"), ("Date of current placement start", "{year}"),
                   ("Date manager approved", "{today}")],
    },
    "safeguarding": {
        "name": [("Other resident involved", "{person}"), ("Person alleged to have caused harm", "{person}, visitor"),
                 ("Parent informed", "{person} (mother) by phone")],
        "dob": [("Placement start date", "{year}"), ("Date of last risk assessment", "{month}")],
        "date": [("Date reported to manager", "{today}"), ("Date form completed", "{today}")],
        "when": [("Date reported to manager", "{today}"), ("Date form completed", "{today}")],
        "description": [("Witness", "{person}, night support worker")],
    },
    "mash": {
        "name": [("Sibling", "{person} (aged 13, remains with mother)"), ("GP surgery / GP", "Dr {person}")],
        "dob": [("Date presented to housing", "{today}"), ("Date of initial assessment", "{week}")],
    },
    "intelligence": {
        "persons": [("Reporting staff witness", "{person}")],
        "date": [("Date submitted", "{today}")],
        "when": [("Date submitted", "{today}")],
    },
    "mash-notice": {
        "dob": [("Date referral received", "{month}")],
    },
}

ATTACHMENT_NAMES = {
    "referral": ["Pathway referral {i}", "SAP referral form - completed {i}", "Referral (signed) {i}",
                 "scan_referral_{i}", "Atgyfeiriad {i}"],
    "risk-concern": ["Risk concern response {i}", "Provider decline form {i}", "RC {i}"],
    "safeguarding-incident": ["Incident notification {i}", "IR form {i}", "Safeguarding log {i}"],
    "intelligence-submission": ["Info sharing form {i}", "Community intel {i}", "ISF {i}"],
    "mash-referral": ["MASH screening request {i}", "16-17 homeless referral {i}"],
    "mash-notice": ["Mediation outcome form {i}", "Prevented {i}"],
    "void-return": ["Voids return {i}", "Bed availability {i}", "Vacancies w-b {i}"],
}

TEXTS = {
    "diversion": [
        "Two home visits by the Edge of Care worker; mother will not agree to the YP returning. Aunt assessed but her "
        "flat is one bedroom.",
        "Respite with grandparents for a week in November broke down after an argument. Mediation offered twice, declined by dad.",
        "Staying-put conversation held with foster carers, who are retiring. No family member able to offer a home.",
        "Youth homelessness prevention worker has worked with the family since September without success.",
    ],
    "reason": [
        "{yp} was asked to leave by mum's partner on Sunday after a row that the police attended. {yp} has slept on "
        "friends' floors since then and is missing college. Mum says she cannot have {yp} back while her partner "
        "lives there, and the sibling at home is not part of this referral.",
        "{yp} turns eighteen soon and the foster placement ends with the carers' retirement. {yp} wants to stay near "
        "the sixth form college and a part-time job at the supermarket, and needs a supported tenancy to learn budgeting "
        "before moving on.",
        "Relationship between {yp} and dad has broken down completely over cannabis use and staying out late. There "
        "have been two incidents of pushing at home. Dad has put {yp}'s belongings outside and changed the locks.",
        "{yp} has been sofa surfing with an older cousin whose flat is now overcrowded; the landlord has told the "
        "cousin {yp} must leave by the weekend. {yp} has no other family in the county who can help.",
        "{yp} is leaving a residential children's home on reaching adulthood and the pathway plan names "
        "supported accommodation in the north of the county as the next step towards independence.",
    ],
    "safety": [
        "Mum's partner has threatened {yp} and said he will 'sort {yp} out' if {yp} comes back to the house tonight.",
        "{yp} is sleeping in a car park stairwell and was approached by older males offering a place to stay.",
        "The friend's parents have said {yp} cannot stay another night and {yp} has nowhere else to go after school.",
        "{yp} was found by police at 2am in the town centre, intoxicated, with no accommodation for tonight.",
    ],
    "risks": {
        "risk_self": ["Historic cutting, last known episode in the summer; CAMHS discharged in October.",
                      "Low mood and skipping meals when stressed; no current self-harm disclosed.",
                      "Overdose attempt aged 14, none since. Safety plan in place with the school nurse."],
        "risk_others": ["Verbal aggression towards dad; no assaults on professionals recorded.",
                        "One caution for criminal damage at home last year.",
                        "None known towards staff or peers."],
        "risk_from": ["Older males in the town centre are believed to be targeting young people for drug running.",
                      "Mother's partner (see above) - police aware.",
                      "Peers at the skate park have taken money from the YP."],
        "exploitation": ["NRM referral submitted in October; CCE concerns remain.",
                         "Screened for CSE in the summer, low risk at that time.",
                         "Found with two phones and unexplained cash - exploitation screening booked."],
        "substance": ["Daily cannabis use, says it helps with sleep.", "Alcohol at weekends, occasional ketamine.",
                      "Nothing of this kind known to the team."],
        "offending": ["Referral order for shoplifting, ends in February.", "No offending history known to us.",
                      "Arrested once in the spring for possession, no further action."],
        "mental_health": ["Diagnosed with ADHD, medication not taken regularly.",
                          "Anxiety; on the waiting list for an adult mental health assessment.",
                          "Open to CAMHS until the 18th birthday, transition plan agreed."],
    },
    "support": [
        "Help to register with a GP and dentist locally, budgeting support, and a keyworker to support college attendance.",
        "Needs prompting with medication and daily routine; would benefit from a staffed scheme with night cover.",
        "Independent living skills (cooking, bills), help to open a bank account, support with a benefits claim.",
        "Emotional support and help with contact arrangements with the younger sibling.",
    ],
    "risk_unable": [
        "The scheme has no waking night cover and the level of self-harm described needs staff on site overnight.",
        "We currently have two residents linked to the same county lines group named in the referral.",
        "The only void is a ground-floor room next to a resident the young person has a recorded conflict with.",
        "Arson history in the referral; our building insurance excludes residents with a fire-setting risk.",
        "The YP's alleged perpetrator lives in the same street as our only vacancy.",
    ],
    "risk_why": [
        "Lone working after ten at night means staff could not respond safely to a crisis.",
        "Placing them together would increase the risk to both young people and to the staff team.",
        "Our risk assessment cannot be completed until we receive the full chronology from the social worker.",
        "Staff are not trained in the medication management the referral asks for.",
    ],
    "risk_enable": [
        "Funding for an additional night worker for the first six weeks of the placement.",
        "A vacancy in another of our schemes becomes available later this month; we could consider it then.",
        "A joint risk management meeting with the social worker and the police before any move.",
        "Up-to-date fire risk assessment and confirmation from the fire service that the risk is reduced.",
    ],
    "incident": {
        "Missing": [
            "{yp} left the scheme at teatime saying they were going to the shop and did not return by the curfew. Staff "
            "rang the mobile repeatedly with no answer and reported {yp} missing to the police at midnight.",
            "{yp} was not in the flat at the evening check. Friends said {yp} had gone to the city on a train with an "
            "older male. Returned next morning tired and hungry.",
        ],
        "Exploitation": [
            "Staff saw {yp} get into a grey car outside the scheme twice in one evening; the driver handed over a "
            "package. {yp} has new trainers and a second phone and would not say where they came from.",
            "A resident told staff that {yp} is being paid to hold drugs for a local dealer and has been threatened "
            "about a debt.",
        ],
        "Self-harm": [
            "{yp} disclosed to the night worker that they had cut their forearm with a razor blade. Wounds were cleaned "
            "and dressed, and {yp} agreed to see the GP in the morning.",
            "{yp} was found in the bathroom having taken a number of paracetamol tablets. An ambulance was called and "
            "{yp} was taken to the John Radcliffe for observation.",
        ],
        "Violence": [
            "An argument in the shared kitchen over food led to {yp} punching another resident in the face. Both were "
            "separated by staff and the other resident's injury was minor.",
            "{yp} kicked and damaged the office door after being told a visitor could not stay overnight.",
        ],
        "Allegation against staff": [
            "{yp} alleges that a relief support worker grabbed their arm and swore at them during a room search. The "
            "worker has been removed from the rota pending the LADO's advice.",
            "{yp} says a member of staff has been messaging them on social media outside work.",
        ],
        "Police involvement": [
            "Police attended the scheme with a warrant and searched {yp}'s room. Nothing was found and no arrest was made.",
            "{yp} was arrested in the town centre on suspicion of robbery and held in custody overnight.",
        ],
        "Hospital admission": [
            "{yp} collapsed in the communal lounge after drinking heavily and was admitted to hospital overnight.",
            "{yp} fell on the stairs, injured their ankle badly and was kept in hospital for surgery.",
        ],
        "Other": [
            "A fire alarm was set off deliberately in the early hours; the building was evacuated and {yp} admitted "
            "pressing the call point for a dare.",
            "{yp}'s mother came to the scheme intoxicated demanding to see {yp} and refused to leave until police came.",
        ],
    },
    "actions": [
        "Manager on call informed, missing person report made, allocated worker emailed. Return interview to be arranged.",
        "First aid given, GP appointment booked, risk assessment and support plan updated the same day.",
        "Police called, incident logged on our system, body map completed, family informed by the manager.",
        "Both residents spoken to separately, room checks increased to hourly for the rest of the night.",
    ],
    "intel_urgent": [
        "{yp} rang the office crying just now saying {p} is outside the scheme with a machete and has said he will "
        "stab {yp} when they come out. Staff can see him from the window now.",
        "A resident has just told us that {p} is driving {yp} to a trap house in Reading right now to collect a debt "
        "and {yp} has sent a text saying they are scared for their life.",
        "{p} has forced his way into the shared house in the last few minutes looking for {yp} and is threatening "
        "to burn the flat with {yp} inside. Residents have locked themselves in their rooms.",
    ],
    "intel_routine": [
        "Over the last month staff have noticed {p} waiting outside the scheme on Friday evenings. {yp} goes out to "
        "speak to him for a few minutes each time. No threats seen; shared for awareness and mapping.",
        "{yp} mentioned in a key session in the summer that {p} had offered them work delivering parcels. {yp} says "
        "they refused. Nothing further since.",
        "A neighbour reported that a car associated with {p} has been parked on the street late at night several "
        "times in the autumn. Sharing for the police intelligence picture, no concerns for tonight.",
        "Historic information from a former resident suggests {p} used the flat above the takeaway for storing "
        "stolen goods last year. Not recent; passed on for completeness.",
    ],
    "mediation_outcome": [
        "Two sessions held; mum agreed {yp} could return with a behaviour agreement but it broke down within a week.",
        "Dad attended once and said the relationship is over; he will not have {yp} back.",
        "Mediation ended early when an argument became physical; no agreement reached.",
    ],
    "mash_concerns": [
        "Worried about who the child is staying with tonight; she has mentioned an older boyfriend she met online.",
        "Missing from school for three weeks, weight loss noted by the school nurse.",
        "Domestic abuse between parents reported by the younger sibling at primary school.",
        "The child has been seen in the company of adults known to police for supplying drugs.",
    ],
    "prevented": [
        "Following mediation {yp} has returned home to mum with an agreed house plan and weekly check-ins from the "
        "prevention worker.",
        "{yp} will live with their grandmother, who has agreed to a kinship arrangement; the family support worker "
        "stays involved.",
        "Dad and {yp} agreed a set of house rules at the second session and {yp} moved back at the weekend.",
    ],
    "void_notes": ["", "", "Room 4 being redecorated", "Ground floor only", "Female only this week", "Awaiting boiler repair",
                   "Held for planned move"],
    "other_body": [
        "Hi all, the team meeting on Wednesday has moved to Thursday at 10 in the large meeting room. Please bring your "
        "caseload lists. No forms to process in this one.",
        "Please could everyone put their names on the Christmas rota for covering the duty inbox by Friday. The "
        "spreadsheet is on the shared drive.",
        "Reminder that the staff car park is closed for resurfacing next week; please use the park and ride.",
        "The January training dates for the new case recording system are now on the intranet. Sessions are two hours.",
        "I'm out of the office until Monday with limited access to email. For anything urgent please contact the duty "
        "senior on the main number.",
        "Mileage and expenses for November need to be on the system by the 5th to be paid this month.",
    ],
}
