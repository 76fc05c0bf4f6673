"""Wordings of the ninth tuned part (tuned9): the same kinds of layout as heldout6, in wordings of its own, written by
the same author session (which did not read the parsers, config/forms or any other part's wordings or mails).

Case-system exports (capitals, underscores, codes, NULL), forms as spreadsheets, Welsh/English labels side by side,
yes/no tick grids, void returns in Word tables, PDFs and sheets with a column per property, inline replies to a
request, forwarded mails, section-numbered questions, instructions and office-use boxes, Welsh names and titles.
"""
SEED = 69314718
TEXT_EXPECT = True

DOC_LAYOUTS = ["body-export", "pdf-ticks", "xlsx-form", "docx-bilingual", "body-reply", "csv-export", "body-forwarded",
               "docx-ticks", "pdf-bilingual", "pdf-form", "docx-4col", "body-lines", "pdf-text", "docx-2col",
               "body-html"]
VOID_LAYOUTS = ["xlsx-transposed", "docx-void", "pdf-void", "csv-messy", "body-pasted", "xlsx-messy", "body-blocks",
                "xlsx-flat"]

PEOPLE = {
    "first": ["Catrin", "Emrys", "Heledd", "Bedwyr", "Ffion-Haf", "Gruffudd", "Lleucu", "Tomos", "Alaw", "Ieuan",
              "Ellie-Rose", "Jayden-Lee", "Niamh", "Oluwaseun", "Kasia", "Tadhg", "Morgana", "Steffan"],
    "last": ["ap Iorwerth", "O'Rourke", "Vaughan-Pugh", "D'Arcy", "Meirion", "MacFadyen", "Gwilym-Rees", "O'Hare",
             "Cadwaladr", "Fitzgerald-Amos", "Eleri", "Nwankwo", "Powys-Hughes", "Brynmor"],
}
NAME_STYLES = {"yp": ["Ms {first} {last}", "Master {first} {last}", "Miss {first} {last}"],
               "worker": ["Mrs {first} {last}", "{LAST} {first}", "{first} {last} (SW)"]}
NAME_CHANCE = 0.25

SECTION_NUMBERS = 0.45
SECTION_STYLES = ["{s}.{n}  ", "Q{s}.{n} ", "{s}.{n}) ", "{s}/{n} "]

VALUE_STYLES = {
    "yes": ["Oes / Yes", "Yes ✓", "yes.", "Y (yes)", "Yes - confirmed with YP", "YES!"],
    "no": ["Nac oes / No", "No ✗", "no.", "N (no)", "No - none known", "NOPE"],
    "dates": ["dddd d Month yyyy", "d.m.yyyy.", "dth/Mon/yyyy", "yyyy/mm/dd", "dd-Mon-yyyy", "d MONTH yyyy",
              "dd/mm/yyyy", "d Month yyyy"],
    "times": ["HH.MM (24h)", "h:mm o'clock", "HHMM (24 hour clock)", "just after h.mm", "HH:MM", "h:mm pm"],
    "joiners": ["{d} | {t}", "{d}. Time: {t}", "{t} hrs, {d}", "{d} -- {t}"],
    "blanks": ["Dim / None", "nothing to add", "NK", "N/a - not relevant", "blank", "(not provided)"],
}
NEAR_DATES = ["dddd d/m", "d Mon", "ddd d Mon"]
NEAR_DATE_CHANCE = 0.25

CHOICE_BOXES = 0.35
BOX_MARKS = [("🗹 ", "☐ "), ("[•] ", "[ ] "), ("⊠ ", "□ ")]
BOX_LINES = 0.5
TICK_MARKS = [("✔", ""), ("☑", "☐"), ("Y", "")]
TICK_COLUMNS = [("Oes / Yes", "Nac oes / No"), ("Yes", "No"), ("Y", "N")]
TICK_HEADERS = ["Tick the box that applies", "Please mark with an X", "Item"]

WELSH_TABLE_HEADERS = [("Maes", "Field", "Manylion / Details"), ("Cymraeg", "Saesneg / English", "Ateb")]
WELSH = {
    "referral": {"referral_type": "Brys neu wedi'i gynllunio?", "name": "Enw'r person ifanc",
                 "dob": "Dyddiad geni'r person ifanc", "gender": "Rhyw", "lcs": "Rhif achos LCS",
                 "address": "Ble mae'n byw ar hyn o bryd", "locality": "Ardal ddewisol",
                 "legal_status": "Statws gofal", "uasc": "Ceisiwr lloches ar ei ben ei hun?", "parent": "Rhiant ifanc?",
                 "ref_name": "Eich enw", "ref_role": "Eich swydd", "ref_org": "Eich tîm", "ref_email": "Eich e-bost",
                 "ref_phone": "Eich rhif ffôn", "sw_name": "Gweithiwr cymdeithasol / Cynghorydd Personol",
                 "sw_email": "E-bost y gweithiwr", "fgc": "A gynigiwyd Cynhadledd Grŵp Teulu?",
                 "fgc_date": "Pryd y'i cynigiwyd", "diversion": "Beth sydd wedi'i drio",
                 "reason": "Pam mae angen llety", "safety": "Pam mae hyn yn fater brys",
                 "risk_self": "Risg iddo'i hun", "risk_others": "Risg i bobl eraill", "risk_from": "Risg gan bobl eraill",
                 "exploitation": "Camfanteisio (CSE / CCE)", "substance": "Cyffuriau ac alcohol",
                 "offending": "Hanes troseddu", "mental_health": "Iechyd meddwl a lles",
                 "support": "Cymorth sydd ei angen", "needed": "Erbyn pryd mae angen llety",
                 "consent": "Caniatâd y person ifanc"},
    "risk": {"ref": "Cyfeirnod", "provider": "Enw'r darparwr", "yp": "Person ifanc",
             "risk": "Risg na ellir ei rheoli", "why": "Rheswm", "enable": "Beth fyddai'n helpu"},
    "safeguarding": {"provider": "Enw'r darparwr", "property": "Cyfeiriad / cod eiddo", "name": "Enw",
                     "dob": "Dyddiad geni", "lcs": "Rhif achos", "sw_name": "Enw'r gweithiwr",
                     "sw_email": "E-bost y gweithiwr", "when": "Pryd", "date": "Dyddiad", "time": "Amser",
                     "category": "Math o ddigwyddiad", "severity": "Pa mor ddifrifol", "description": "Beth ddigwyddodd",
                     "actions": "Beth wnaethoch chi", "police_ref": "Rhif yr heddlu"},
    "intelligence": {"agency": "Sefydliad", "worker": "Eich enw", "role": "Swydd", "email": "Cyfeiriad e-bost",
                     "phone": "Rhif ffôn", "when": "Pryd", "date": "Dyddiad", "time": "Amser", "location": "Ble",
                     "persons": "Pwy", "vehicles": "Cerbyd", "information": "Gwybodaeth", "source": "O ble daeth",
                     "grading": "Gradd", "handling": "Trin"},
    "mash": {"name": "Enw'r plentyn", "dob": "Dyddiad geni'r plentyn", "address": "Cyfeiriad presennol",
             "agency": "Asiantaeth", "status": "Sefyllfa dai", "mediation": "Cyfryngu?",
             "mediation_outcome": "Canlyniad", "concerns": "Pryderon", "known": "Yn hysbys i ofal cymdeithasol?",
             "parent_contact": "Rhiant / gwarcheidwad"},
    "mash-notice": {"name": "Enw'r plentyn", "dob": "Dyddiad geni", "date": "Dyddiad", "outcome": "Beth a gytunwyd",
                    "agency": "Gwasanaeth cyfryngu"},
}

EXPORT_HEADERS = [("FLD_CODE", "FLD_NAME", "FLD_VALUE"), ("Key", "Value"), ("QID", "Prompt", "Response"),
                  ("Name", "Entry")]
EXPORT_SYSTEMS = ["Liquidlogic LCS 2.9 extract", "MOSAIC step export", "Azeus portal", "ContrOCC data feed"]
EXPORT_BANNERS = ["=== SYSTEM GENERATED EMAIL - replies to this address are not monitored ===",
                  "Notification: a form has been completed on the provider portal. Details follow.",
                  "[EXPORT] The following record was exported by a user of the case system."]

REQUESTERS = [("Placements Duty", "placements@ypsa.test", "Placements Team, County Hall"),
              ("Brokerage Officer (Bethan)", "brokerage@ypsa.test", "Brokerage and Commissioning"),
              ("MASH Triage", "mash@ypsa.test", "MASH, Oxford")]
REQUEST_SUBJECTS = ["Missing details - {title}", "Can you answer these please - {title}", "{title}: follow-up questions"]
REQUESTS = ["Hi, before we can process this we need a few more details. Please reply with your answers typed\n"
            "under each question.",
            "Thanks for the phone call. Please could you reply to this email answering the questions below?",
            "We need the following information to log the case - please fill in your answers below each line."]
REPLY_LINES = ["My answers are under each question.", "Answers typed in below each of your questions.",
               "See below - I have answered what I can."]

FORWARDS = ["Sending on as requested - this is from our senior on duty last night.",
            "Forwarding this to the right inbox, it was sent to me directly.",
            "Please see the form below from my colleague; she has asked me to forward it on.",
            "FW to you for action. I'm the manager so contact me with questions."]
FORWARD_CHANCE = 0.2

INSTRUCTIONS = ["HOW TO USE THIS FORM: type in the grey boxes. All questions must be answered. Save the form and "
                "email it as an attachment.",
                "Notes for completion: where a question does not apply write 'none'. If you do not know a young "
                "person's date of birth please contact the team before sending.",
                "This form should be completed by the worker who knows the young person best. Keep a copy for your "
                "records."]
INSTRUCTIONS_CHANCE = 0.4
OFFICE_USE = [("OFFICE USE", [("Date logged", ""), ("Logged by (initials)", ""), ("Case no. allocated", "")]),
              ("For completion by the Placements Team only", [("Received on", ""), ("Checked by", "________"),
                                                               ("Outcome / decision", "")]),
              ("Defnydd swyddfa yn unig / Office use only", [("Derbyniwyd / Received", ""),
                                                             ("Rhif / Number", "")])]
OFFICE_USE_CHANCE = 0.3

ATTACHMENT_NAMES = {
    "referral": ["IMG_{i}_scan", "New Microsoft Word Document ({i})", "referral {i} SIGNED - final final",
                 "Atgyfeiriad_{i}"],
    "risk-concern": ["decline {i} - risk", "Our response (ref {i})", "{i} cannot accept v2"],
    "safeguarding-incident": ["SIR {i}", "incident {i} [OFFICIAL]", "Copy of incident form {i}"],
    "intelligence-submission": ["info-to-police-{i}", "intel share #{i}", "Doc{i}"],
    "mash-referral": ["MASH 16.17 - {i}", "homeless 16-17 referral {i} (2)", "mash form {i} - completed"],
    "mash-notice": ["closure - mediation {i}", "Mediation result {i}"],
    "void-return": ["weekly voids {i} (version 2)", "BEDS {i}", "Copy of void return {i}"],
}

FOOTERS = ["Housing Support Officer | Working pattern Tue-Fri | Tel 01295 221 000",
           "Senior Practitioner, Adolescent Service\n(he/him)",
           "Night Manager\nIf urgent out of hours, call the on-call manager.",
           "Cydlynydd Tai / Housing Coordinator"]
COVERING = ["Form attached.", "Attached form for your attention.", "Here is the completed form - exported from our system.",
            "I've attached the form - shout if it doesn't open."]
DISCLAIMERS = ["CONFIDENTIAL: this email may contain personal information. If you are not the intended recipient, "
               "do not copy or forward it. Gall yr e-bost hwn gynnwys gwybodaeth bersonol."]
DISCLAIMER_CHANCE = 0.2

HEADING_CHANCE = 0.7
HEADINGS = {
    "Section 1 - About the young person": ["Am y person ifanc / About the young person", "YOUNG PERSON DETAILS",
                                           "A. Young person"],
    "Section 2 - Referrer": ["Amdanoch chi / About you (referrer)", "REFERRING WORKER", "B. Referrer"],
    "referral.sw": ["Gweithiwr allweddol / Key worker", "SOCIAL WORKER / PA", "C. Social worker or PA"],
    "Section 3 - Family Group Conference and diversion": ["Gwaith teulu / Family work", "FAMILY AND PREVENTION",
                                                          "D. Family group conference and prevention"],
    "Section 4 - Reason for referral and risks": ["Anghenion a risgiau / Needs and risks", "NEEDS AND RISKS",
                                                  "E. Needs and risks"],
    "risk.referral": ["Manylion yr atgyfeiriad / Referral details", "REFERRAL", "A. The referral"],
    "risk.concern": ["Rhesymau / Reasons", "WHY WE ARE DECLINING", "B. Our reasons"],
    "sg.provider": ["Darparwr / Provider", "PROVIDER AND PROPERTY", "A. Provider"],
    "Young person": ["Person ifanc / Young person", "RESIDENT", "B. Resident"],
    "sg.sw": ["Gweithiwr cymdeithasol / Social worker", "SOCIAL WORKER OR PA", "C. Worker"],
    "The incident": ["Digwyddiad / Incident", "WHAT HAPPENED", "D. The incident"],
    "intel.you": ["Eich manylion / Your details", "YOUR DETAILS", "A. You"],
    "intel.info": ["Gwybodaeth / Information", "THE INFORMATION", "B. Information"],
    "mash.yp": ["Plentyn / Child", "THE CHILD", "A. Child"],
    "mash.agency": ["Asiantaeth / Agency", "AGENCY PRESENTING", "B. Agency"],
    "mash.housing": ["Sefyllfa dai / Housing situation", "HOUSING AND FAMILY", "C. Housing and family"],
}

TITLES = {
    "referral-emergency": ["Cais brys am lety / Urgent accommodation request (16-24)",
                           "YPSA REFERRAL - EMERGENCY PLACEMENT", "Young person's supported housing: urgent referral"],
    "referral-non-emergency": ["Cais am lety â chymorth / Supported accommodation request (16-24)",
                               "YPSA REFERRAL - NON URGENT", "Young person's supported housing: planned referral"],
    "risk": ["Gwrthod atgyfeiriad / Referral declined - risk", "PROVIDER CANNOT ACCEPT - RISK RESPONSE",
             "Response to referral: unable to offer (risk)"],
    "safeguarding": ["Hysbysiad diogelu / Safeguarding notice", "SAFEGUARDING INCIDENT - PROVIDER REPORT",
                     "Provider report of a safeguarding incident"],
    "intelligence": ["Gwybodaeth i'r heddlu / Information for the police", "PARTNERSHIP INFORMATION TO POLICE",
                     "Partner agency information for Thames Valley Police"],
    "mash": ["Atgyfeiriad MASH / MASH referral (homeless 16/17)", "MASH REFERRAL - 16/17 YEAR OLD HOUSING",
             "Referral to MASH for a 16 or 17 year old facing homelessness"],
    "mash-notice": ["Cyfryngu llwyddiannus / Successful mediation notice", "MEDIATION SUCCESSFUL - NO REFERRAL NEEDED",
                    "Notification that mediation has prevented homelessness"],
    "void": ["Gwelyau gwag / Empty beds return", "VOID RETURN (WEEKLY) - ALL SCHEMES", "Weekly empty beds form"],
}

SUBJECTS = {
    "referral-emergency": ["EMERGENCY referral - {initials} - bed needed", "Brys: {initials} needs a bed",
                           "{initials} urgent YPSA referral"],
    "referral-non-emergency": ["YPSA referral {initials} (not urgent)", "Referral: {initials}, planned",
                               "Cais / request - {initials}"],
    "risk": ["{ref} - cannot accept (risk)", "Decline of referral: {ref}", "Our answer on {ref}"],
    "safeguarding": ["Incident report - {property}", "{property}: safeguarding incident", "SIR {property}"],
    "intelligence": ["Info to police from partner", "Police info share form", "Partner information - TVP"],
    "mash": ["{initials} - MASH 16/17", "MASH: {initials} homeless 16/17", "Housing 16/17 - {initials} to MASH"],
    "mash-notice": ["{initials} mediation worked - closed", "Closed: {initials} back home",
                    "{initials} - notice of successful mediation"],
    "void": ["{provider} voids for Mon {week}", "Empty beds wc {week} ({provider})", "{week} return - {provider}"],
    "other": ["Parking at County Hall on Thursday?", "Question about October invoices", "Team away day", "New starter"],
}

INTROS = ["Shwmae pawb,", "Hiya team,", "Morning everyone at intake,", "To the duty officer,", "Helo bawb,", "Morning Placements,"]
SIGNOFFS = ["Hwyl,", "Cheers all, speak soon,", "Thank you kindly for your help,", "Diolch eto,", "Thank you all,", "All the very best,"]

LABELS = {
    "referral": {
        "referral_type": ["Planned or urgent?", "REF_URGENCY_CD", "Urgent placement? (Y/N)",
                          "Type of request (required)", "Is this an emergency request?"],
        "name": ["Full name of the young person referred", "CLIENT_FULLNM", "Young person's name as on their ID",
                 "Name (young person) (required)", "Who needs the accommodation?"],
        "dob": ["Young person's date of birth (required)", "CLIENT_BIRTH_DT", "DOB - young person referred",
                "Born on (date of birth)", "What is the YP's date of birth?"],
        "gender": ["Gender (required)", "CLIENT_SEX", "Young person identifies as", "Gender / pronouns used",
                   "What is their gender?"],
        "lcs": ["LCS person number (YP)", "CLIENT_LCS_ID", "Liquidlogic ID (if known)", "LCS no. (YP)",
                "Case number on LCS (if any)"],
        "address": ["Where is the YP living right now?", "CLIENT_ADDR_CURR", "Current address (full)",
                    "Address now (required)", "Young person's present address"],
        "locality": ["Preferred locality (which district)", "PREF_LOCALITY_CD", "Where would the YP like to live (town)?",
                     "District preferred (required)", "Locality sought by YP"],
        "legal_status": ["Legal status (required)", "LEGAL_STAT", "LAC / care leaver / CIN / not known?",
                         "Their legal status", "Status under the Act"],
        "uasc": ["UASC young person? (Y/N)", "UASC_IND", "Unaccompanied asylum-seeking child (required)",
                 "Is the young person UASC?", "Asylum seeker without family (Y/N)"],
        "parent": ["Parent themselves? (Y/N)", "PARENT_IND", "Is the young person a parent? (required)",
                   "Pregnant or parenting now?", "Has children of their own?"],
        "ref_name": ["Referrer's name (required)", "RFR_FULLNM", "Name of the referring worker", "Who is referring?",
                     "Referrer (print name)"],
        "ref_role": ["Referring worker's job title", "RFR_ROLE_CD", "Your post (required)", "Job title of the referring worker",
                     "Position held by the referrer"],
        "ref_org": ["Referrer's team / organisation", "RFR_ORG", "Team or agency (required)",
                    "Which team are you based in?", "Employing organisation / team"],
        "ref_email": ["Referrer's email (required)", "RFR_EMAIL", "Email we should reply to",
                      "Email address of the referring worker", "Your secure email (for our reply)"],
        "ref_phone": ["Referrer's phone (required)", "RFR_PHONE", "Telephone no. of referrer",
                      "Mobile or landline", "Which number should we ring?"],
        "sw_name": ["SW / PA name (if not referrer)", "ALLOC_SW_FULLNM", "Name of SW or PA",
                    "Social worker / personal adviser (name)", "Who is their SW or PA?"],
        "sw_email": ["SW / PA email (if not referrer)", "ALLOC_SW_EMAIL_ADDR", "Email of SW or PA",
                     "Social worker / personal adviser email", "What is the SW or PA's email?"],
        "fgc": ["FGC offered? (required)", "FGC_IND", "Was a family group conference ever offered?",
                "Family group conference offered to the family?", "Has an FGC been offered to them (Y/N)?"],
        "fgc_date": ["FGC offered on (which date)", "FGC_DT", "If an FGC was offered, on what date?", "Date of FGC (if held)",
                     "Date family group conference offered"],
        "diversion": ["Diversion work done (family, friends, mediation)", "DIVERSION_TXT", "What else has been explored?",
                      "Steps taken to avoid this referral (required)", "Other options looked at"],
        "reason": ["Reason for the referral (in full)", "REF_REASON_TXT", "Why are you referring? (required)",
                   "Tell us why they need supported housing", "Presenting housing need of YP"],
        "safety": ["Immediate safety concern (for emergencies only)", "SAFETY_CONCERN_TXT", "What is the immediate risk to the YP today?",
                   "Why is this urgent? (required for emergencies)", "Safety concern today"],
        "risk_self": ["Risk to self - give details", "RISK_TO_SELF_TXT", "Risk to themselves from own behaviour?", "Self harm / risk to themselves",
                      "Any risk to self known"],
        "risk_others": ["Risk to others - give details", "RISK_TO_OTH_TXT", "Risk to other people from YP?",
                        "Risk to other residents or staff", "Any risk to others known"],
        "risk_from": ["Risk from others - give details", "RISK_FROM_OTH_TXT", "Risks to the YP from other people?",
                      "Risk posed to the YP by other people", "Any risk from others known"],
        "exploitation": ["Exploitation - give details", "EXPLOIT_TXT", "Exploitation risk known?", "CSE or CCE",
                         "Any exploitation known"],
        "substance": ["Substance misuse - give full details", "SUBST_TXT", "Drug / alcohol use (type and amount)?", "Substances used by YP",
                      "Any substance misuse known"],
        "offending": ["Offending - give details", "OFFEND_TXT", "Offending or convictions?", "Criminal history (if any)",
                      "Any offending known"],
        "mental_health": ["Mental health - give details", "MENTAL_HLTH_TXT", "Mental health issues?", "MH / emotional health",
                          "Any mental health concerns known"],
        "support": ["Support needs - give details", "SUPPORT_TXT", "What support do they need? (required)",
                    "Support to be provided in placement", "Areas of support required"],
        "needed": ["Accommodation needed from (date of move)", "ACCOM_REQ_DT", "When is the bed needed? (required)",
                   "Date bed needed by", "Start date wanted"],
        "consent": ["Young person consents? (required)", "CONSENT_IND", "Consent to referral and info sharing",
                    "Has the YP agreed to this referral?", "Consent obtained (Y/N)"],
    },
    "risk": {
        "ref": ["Reference number of the referral", "RFRL_REF_NO", "Referral reference (required)", "Brokerage ref no. for the referral",
                "What is the referral reference?"],
        "provider": ["Provider (required)", "PRV_CD", "Name of provider responding to referral", "Provider making this response",
                     "Which provider is sending this response?"],
        "yp": ["Young person (required)", "YP_NM", "Name of the YP referred to us", "YP's name on the referral", "Young person's name (as on referral)"],
        "risk": ["Risk unable to be managed safely", "UNMANAGED_RISK_TXT", "What is the risk? (required)",
                 "The risk in question (in full)", "Risk we are unable to manage safely"],
        "why": ["Reason the risk cannot be managed at our scheme", "WHY_NOT_TXT", "Why not? (required)",
                "Why the risk is unmanageable here", "Reasons we cannot manage it"],
        "enable": ["Resources or support that would enable acceptance", "ENABLE_TXT",
                   "What would enable you to accept? (required)", "What would help us say yes",
                   "Support that would change our decision"],
    },
    "safeguarding": {
        "provider": ["Provider (reporting this incident)", "PRV_ORG_NM", "Provider name (required)", "Reporting organisation (the provider)",
                     "Which organisation are you?"],
        "property": ["Property (code or address)", "PROP_ID_CD", "Property reference (required)", "Scheme / property name or code",
                     "Where (property)?"],
        "name": ["Young person's name (required)", "RES_FULLNM", "Name of the resident", "Resident (full name, as on tenancy)",
                 "Which young person?"],
        "dob": ["Young person's DOB (required)", "RES_BIRTH_DT", "Date of birth of the resident", "Resident was born on",
                "What is their DOB?"],
        "lcs": ["LCS no. of resident (if known)", "RES_LCS_ID", "Resident's LCS number, if known", "LCS / case no. of resident", "Liquidlogic no. for the resident"],
        "sw_name": ["SW or PA (full name)", "SW_NM", "Name of their social worker / PA", "Their allocated worker",
                    "Who is the SW or PA?"],
        "sw_email": ["SW or PA (email address)", "SW_EMAIL_ADDR", "Email of their social worker / PA",
                     "Their allocated worker's email", "SW or PA's email?"],
        "when": ["When did it happen? (date and time)", "INC_DTTM", "Incident date and time (required)",
                 "Date / time of incident (both)", "Happened on (date, time)"],
        "date": ["Date of incident (required)", "INC_DATE_VAL", "What date was it?", "Incident happened on",
                 "On what date did the incident happen?"],
        "time": ["Time of incident (required)", "INC_TIME_VAL", "What time was it?", "At what time was it?", "Time it happened (approx.)"],
        "category": ["Category (required)", "INC_TYPE_CD", "What type of incident was it (category)?", "Incident category (pick one)",
                     "Kind of incident it was"],
        "severity": ["Severity (required)", "INC_SEV_CD", "How severe was it, in your view?", "Severity of the incident (your view)",
                     "Severity - is it low, medium, high or critical?"],
        "description": ["Describe the incident (required)", "INC_DESC_TXT", "Set out the incident from start to finish",
                        "Please describe what happened, in order", "Incident description (facts only)"],
        "actions": ["Immediate actions taken (required)", "ACTIONS_TXT", "What actions were taken?",
                    "Actions taken so far by staff", "What have you done?"],
        "police_ref": ["Police ref (if police attended)", "PLC_REF", "Police reference number given", "Crime ref. (police)",
                       "Police incident / crime no."],
    },
    "intelligence": {
        "agency": ["Agency name (required)", "AGENCY_NM", "Submitting organisation (full name)", "Name of agency submitting",
                   "Your organisation's name"],
        "worker": ["Name of worker (required)", "WORKER_NM", "Submitted by (your name)", "Your full name (worker)",
                   "Worker submitting"],
        "role": ["Role of the worker submitting", "WRKR_ROLE", "Role (required)", "Your role in the agency named", "Position / job title"],
        "email": ["Contact email (required)", "WRKR_EMAIL_ADDR", "Your e-mail, for police to reply", "Email for contact (work only)", "Work contact e-mail for you"],
        "phone": ["Contact phone (required)", "WRKR_TEL", "Your phone, for police to ring", "Phone (contact)", "Contact phone (work)"],
        "when": ["When? (date and time)", "INFO_DTTM", "Date and time of information (required)",
                 "Date / time of the info", "Date and time it happened"],
        "date": ["Date (required)", "INFO_DT_VAL", "On what date did you learn this?", "Date of the info (dd/mm/yy)", "Which date?"],
        "time": ["Time (required)", "INFO_TM_VAL", "What time did you learn this?", "Time of the info (24h)", "Which time?"],
        "location": ["Location (required)", "LOC_TXT", "Where? (street / estate)", "Location / address concerned", "Place it happened / was seen"],
        "persons": ["Persons involved (required)", "PERSONS_TXT", "Who is involved in this?", "People involved in the information",
                    "Persons - name, DOB and description"],
        "vehicles": ["Vehicles, if any involved", "VEHICLE_TXT", "Any vehicles in this?", "Vehicle(s) - make, model and reg if seen", "Vehicle information (if known)"],
        "information": ["Information (required)", "INFO_TXT", "The information itself (in full)", "Information you wish to pass on",
                        "What is the information you hold?"],
        "source": ["Source (required)", "SOURCE_CD", "Source - who told you?", "Source of the info given", "Where did you get it?"],
        "grading": ["Grading - optional field", "GRADE_CD", "Any grading given?", "Grading already given by you", "Grade (leave if unknown)"],
        "handling": ["Handling code to apply (required)", "HANDLING_CD", "Handling rules?", "Handling conditions (P/C)", "Which handling code applies?"],
    },
    "mash": {
        "name": ["Name of child (required)", "CHILD_FULLNM", "Child's name (full)", "Name of the 16 or 17 year old presenting",
                 "Who is the child?"],
        "dob": ["DOB of child (required)", "CHILD_BIRTH_DT", "Child born on", "Child's DOB (dd/mm/yyyy)",
                "What is the child's DOB?"],
        "address": ["Address of child (required)", "CHILD_ADDR_CURR", "Where is the child living this week?",
                    "Child's address now", "Current address of child"],
        "agency": ["Presenting agency (required)", "PRES_AGENCY_NM", "Agency the child presented to",
                   "Which agency?", "Agency (presenting) name"],
        "status": ["Homeless / threatened (required)", "HOMELESS_STAT", "Homeless now or threatened in future?",
                   "Housing status of child", "Is the child homeless?"],
        "mediation": ["Mediation with family attempted? (Y/N)", "MEDIATION_IND", "Was any mediation attempted with family?",
                      "Mediation tried (required)", "Any mediation tried?"],
        "mediation_outcome": ["Outcome of mediation work (if tried)", "MEDIATION_OUT_TXT", "Mediation outcome up to now?",
                              "What did mediation achieve?", "Mediation - outcome if any held"],
        "concerns": ["Welfare / safeguarding concerns (required)", "SAFEG_TXT", "Welfare concerns about the child?",
                     "Safeguarding concerns about the child", "What are the concerns?"],
        "known": ["Known to social care before? (Y/N)", "CSC_IND", "Is the child known to CSC?",
                  "Known to CSC (required)", "Any social care involvement?"],
        "parent_contact": ["Parent / guardian contact (required)", "PARENT_CONTACT_TXT", "Parent's name and contact details",
                           "Contact for parent or guardian", "Who is the parent and how do we contact them?"],
    },
    "mash-notice": {
        "name": ["Child's name (required)", "NOTICE_CHILD_NM", "Name of child in notice", "Young person (notice)",
                 "Who is this notice about?"],
        "dob": ["Child's DOB (required)", "NOTICE_CHILD_DOB", "DOB (of the child)", "Date of birth of child",
                "The child's date of birth?"],
        "date": ["Mediation date (required)", "NOTICE_MED_DT", "Date of the mediation that worked", "Mediation was on",
                 "When was the mediation session held?"],
        "outcome": ["Outcome (required)", "NOTICE_OUTCOME_TXT", "Mediation outcome - full details", "What was the outcome for the child?",
                    "Outcome of the mediation work"],
        "agency": ["Agency (required)", "NOTICE_AGENCY_NM", "Mediation agency (name)", "Which agency mediated?",
                   "Mediating service"],
    },
    "void": {
        "provider": ["Provider (return sent from):", "PRV_NM", "Provider name (on this return)", "Enw'r darparwr / Name of provider",
                     "Provider organisation (this return)"],
        "week": ["W/C (the Monday)", "WK_COMM_DT", "Week commencing (date of the Mon)", "Wythnos yn dechrau / Week commencing (Mon)",
                 "Return week (Mon)"],
        "ref": ["Property / unit", "PROPERTY_CD", "Property (unit code)", "Cod eiddo / Property code", "Unit code"],
        "locality": ["Locality (part of the county):", "LOCALITY_CD", "Locality of the unit", "Ardal leol / Locality", "Area code"],
        "service": ["Service provided at unit?", "SVC_CD", "Service (type of unit)", "Math o wasanaeth / Type of service", "Service offered at unit"],
        "total": ["Total units held?", "UNITS_TOT", "Total (number of units at scheme)", "Cyfanswm / Total units", "Units in total at scheme"],
        "occupied": ["Occupied units at present?", "UNITS_OCC", "Occupied (no. of units)", "Yn llawn / Occupied units", "Units occupied now"],
        "vacant": ["Vacant units at present?", "UNITS_VAC", "Vacant (no. of units)", "Yn wag / Vacant units", "Units vacant now"],
        "available": ["Available from which date?", "AVAIL_DT", "Available (date of next let)", "Ar gael / Available date", "Unit available on"],
        "emergency": ["Emergency placement possible at this unit?", "EMERG_IND", "Can be used for emergencies (Y/N)", "Brys / Emergency use", "Emergency unit?"],
        "notes": ["Notes on unit", "NOTES_TXT", "Notes (from provider) this week", "Sylwadau'r darparwr / Comments", "Note for brokerage"],
    },
}

VOID_EXTRA_COLUMNS = ["Keyworker hours", "Waking night?"]
VOID_EXTRA_VALUES = {"Keyworker hours": ["{h}", "{h}h"], "Waking night?": ["Y", "N", "On call only"]}
VOID_SUBHEADERS = {"total": ["All", "Tot."], "occupied": ["Taken up", "Let"], "vacant": ["Not let", "Open"]}
VOID_TOTALS = ["SUM", "Cyfanswm", "Total for provider"]
VOID_NOTES_ROWS = ["Completed by the service manager.", "Data as at Monday morning."]
VOID_WEEK_STYLES = ["wb {d}/{m}", "Monday {th} {month}", "W/C {d}-{m}"]

TEXTS = {
    "diversion": ["Met with dad and step-mum; they are clear he cannot return. No other family nearby.",
                  "Mediation referral made, family did not attend the first session.",
                  "An uncle was assessed as a connected person but cannot offer a room.",
                  "Stayed with friends for a fortnight; those offers have now run out."],
    "reason": ["{yp}'s mother has moved into a one bedroom flat with her new partner and there is no space for her.",
               "The placement at the children's home ends on her eighteenth birthday and {yp} wants a shared house.",
               "Constant conflict at home has led to police callouts and {yp} was told to leave on Sunday.",
               "{yp} has been living in a tent by the canal since his lodgings ended last month.",
               "Leaving a youth custody placement next month and {yp} cannot go back to the family address.",
               "{yp} has outgrown her supported lodgings and the host family is retiring from the scheme."],
    "safety": ["{yp} has been threatened by a group who know the address and will not stay there tonight.",
               "{yp} was thrown out by her mother this morning and has been sleeping in a stairwell.",
               "Hospital discharge today and {yp} has nowhere safe to be discharged to."],
    "risks": {
        "risk_self": ["Has overdosed twice this year.", "Scratches arms when upset."],
        "risk_others": ["Threw a chair at a teacher in June.", "Has been aggressive to his younger brother."],
        "risk_from": ["Targeted by older peers for money.", "Father is a risk; non-contact order in place."],
        "exploitation": ["Found with large sums of cash and a second phone.", "Concerns about an older boyfriend."],
        "substance": ["Smokes cannabis most days, usually alone.", "Uses ketamine at parties."],
        "offending": ["Youth conditional caution for theft.", "Pending court date for assault."],
        "mental_health": ["Awaiting a neurodevelopmental assessment.", "Low mood, prescribed sertraline."],
    },
    "support": ["Help with a bank account and keeping appointments.", "Support with education and making friends locally.",
                "Tenancy skills and help to manage money."],
    "risk_unable": ["History of setting fires in two previous placements including one this autumn.",
                    "Has sexually harmful behaviour towards younger children and our scheme houses a 16 year old.",
                    "Currently subject to threats from a local gang who know our property address.",
                    "Needs support with insulin injections overnight and we have no health trained staff."],
    "risk_why": ["We have no fire doors in the flats and nobody on site after ten at night.",
                 "Other residents include younger and vulnerable young people we must protect.",
                 "The property is a quarter of a mile from where the gang operates.",
                 "Our staff are not trained or insured to give medication by injection."],
    "risk_enable": ["A fire safety plan agreed with the fire service and a room with a sprinkler system.",
                    "A single occupancy flat with an agreed safety plan and extra staffing funded.",
                    "An out of area placement and a police marker on the new address.",
                    "District nurse visits twice a day and a clear health care plan from the diabetes team."],
    "incident": {
        "Missing": ["{yp} went out to the shop at teatime and has not been seen since, his room is untouched.",
                    "{yp} failed to return by the curfew and her friends say she got on a train to London."],
        "Exploitation": ["{yp} admitted he had been carrying packages for a man he met at the park.",
                         "Unknown adults have been dropping {yp} off at the scheme in the early hours."],
        "Self-harm": ["{yp} was found in the bathroom with a ligature and staff cut it away.",
                      "{yp} showed staff burns on her leg that she said she had made with a lighter."],
        "Violence": ["{yp} was headbutted by another resident in the hallway after a row about noise.",
                     "{yp} threw a mug at a member of staff which missed and smashed the office window."],
        "Allegation against staff": ["{yp} has said a night worker took money from her purse while she slept.",
                                     "{yp} alleges a worker slapped him during an argument about his visitors."],
        "Police involvement": ["Police came to the scheme looking for {yp} in connection with a robbery in town.",
                               "{yp} called the police himself after his ex-girlfriend's brother tried to break in."],
        "Hospital admission": ["{yp} had a seizure in her room and paramedics took her to the Horton.",
                               "{yp} was admitted to A and E after drinking a bottle of vodka in an hour."],
        "Other": ["A gas leak in the building meant {yp} and the other residents had to leave for the night.",
                  "{yp}'s phone and bank card were stolen from the shared kitchen during the afternoon."],
    },
    "actions": ["Reported missing to police, SW and on-call informed.", "Ambulance called, staff member went with YP.",
                "Incident logged, manager reviewed CCTV, family informed."],
    "intel_urgent": ["{p} is inside the flat at this moment with a machete and {yp} has locked herself in the bathroom.",
                     "{yp} is being held in the back of a car outside the scheme right now by {p} and two others.",
                     "{p} has just turned up drunk with a hammer saying he will kill {yp}; he is still at the door."],
    "intel_routine": ["For several weeks {p} has been seen talking to residents at the bus stop outside the scheme.",
                      "{yp} mentioned in passing that {p} lets young people use his garage to store bikes.",
                      "Staff believe {p} has been buying alcohol for residents at the corner shop on Saturdays.",
                      "Several residents have separately named {p} as someone who offers them lifts late in the evening."],
    "mediation_outcome": ["Two sessions held; parents will consider {yp} returning after Christmas.",
                          "Mediation did not go ahead because dad would not engage.",
                          "Session held but ended without agreement."],
    "mash_concerns": ["Regularly goes missing overnight and returns with unexplained gifts.",
                      "Says her mum's partner has been violent to her.",
                      "Has stopped eating properly and self-harms."],
    "prevented": ["After mediation {yp} is back at home with her mum and a family agreement is in place.",
                  "{yp} has returned to live with his dad following two mediation sessions.",
                  "Mediation successful: {yp} is staying at home and Early Help will follow up.",
                  "Homelessness prevented as {yp}'s aunt has agreed to have her live with her long term."],
    "void_notes": ["Decorating room 1 this week.", "", "Male only vacancy.", "Accessible room available."],
    "other_body": ["Is there any parking at County Hall on Thursday for the provider meeting?",
                   "We have not been paid for October's invoices, who should I contact?",
                   "Reminder that the team away day is next Wednesday - no duty cover that day.",
                   "Please welcome our new starter who joins the brokerage team on Monday."],
}
