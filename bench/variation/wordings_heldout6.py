"""Wordings of the sixth held-out part (heldout6): written by an author session that did not read the parsers,
config/forms or any other part's wordings or mails. Never tune the hub against it.

What it leans on: forms exported from case systems (labels in capitals with underscores or codes, NULL blanks,
dates with a midnight time), non-void forms sent as spreadsheets, Welsh/English forms with the two labels side by
side, yes/no questions as a grid of tick boxes, void returns in Word tables, PDFs and sheets with a column per
property, replies that answer a request's questions inline, forwarded mails, section-numbered questions ("2.3"),
instructions at the top and "For office use only" boxes, Welsh names, names with titles and apostrophes.
"""
SEED = 30102299
TEXT_EXPECT = True

DOC_LAYOUTS = ["csv-export", "docx-bilingual", "body-reply", "xlsx-form", "docx-ticks", "body-forwarded",
               "pdf-bilingual", "body-export", "pdf-ticks", "docx-4col", "pdf-text", "pdf-form", "docx-2col",
               "body-plain"]
VOID_LAYOUTS = ["docx-void", "xlsx-transposed", "pdf-void", "xlsx-messy", "body-blocks", "csv-messy", "body-pasted",
                "xlsx-title-merged"]

PEOPLE = {
    "first": ["Siân", "Llŷr", "Gwenllian", "Dafydd", "Rhiannon", "Iolo", "Tegan", "Macsen", "Mererid", "Osian",
              "Lily-Mae", "Tyler-James", "Aoife", "Chiamaka", "Zofia", "Ruaridh", "Efa", "Cai"],
    "last": ["ap Gwynfor", "O'Driscoll", "Prys-Roberts", "D'Souza", "Llwyd", "McAllister", "Rhydderch",
             "Penhaligon-Ward", "O'Keefe", "Tudur", "Wynne-Ellis", "Okonkwo-Hale", "Glyndŵr", "Ffrancon"],
}
NAME_STYLES = {"yp": ["Miss {first} {last}", "Mr {first} {last}", "Mx {first} {last}"],
               "worker": ["{first} {last} (Mrs)", "Mr {first} {last}", "{first} {LAST}"]}
NAME_CHANCE = 0.25

SECTION_NUMBERS = 0.45
SECTION_STYLES = ["{s}.{n} ", "{s}.{n}. ", "{s}({a}) ", "{s}{a}. "]

VALUE_STYLES = {
    "yes": ["Ie / Yes", "Yes ✔", "Y - yes", "YES.", "Yes (see notes)", "y"],
    "no": ["Na / No", "No ✘", "N - no", "NO.", "No - not at this time", "n"],
    "dates": ["ddd, dd Mon yyyy", "dd-Mon-yyyy", "Month dth, yyyy", "d MONTH yyyy", "dd Mon yy", "d-m-yy",
              "d/m/yyyy", "dd/mm/yyyy"],
    "times": ["h:mm p.m.", "HH:MM:SS", "h.mmPM", "HH:MM approx.", "HH:MM", "HHMM hrs"],
    "joiners": ["{d} / {t}", "{d}, at {t}", "{d} (at {t})", "{t} - {d}"],
    "blanks": ["Not applicable", "N.A.", "(none)", "Unknown at this time", "none known", "---"],
}
NEAR_DATES = ["ddd d Mon", "dth Mon", "dd/mm"]
NEAR_DATE_CHANCE = 0.25

CHOICE_BOXES = 0.35
BOX_MARKS = [("✅ ", "⬜ "), ("(✓) ", "( ) "), ("▣ ", "▢ ")]
BOX_LINES = 0.5
TICK_MARKS = [("☒", "☐"), ("X", ""), ("✓", "")]
TICK_COLUMNS = [("Yes", "No"), ("Ie / Yes", "Na / No"), ("YES", "NO")]
TICK_HEADERS = ["Please tick one box for each question", "Question", "Tick as appropriate"]

WELSH_TABLE_HEADERS = [("Cwestiwn", "Question", "Ateb / Answer"), ("Cymraeg", "English", "Ymateb / Response")]
WELSH = {
    "referral": {"referral_type": "Math o atgyfeiriad", "name": "Enw llawn y person ifanc", "dob": "Dyddiad geni",
                 "gender": "Rhywedd", "lcs": "Rhif LCS", "address": "Cyfeiriad presennol", "locality": "Ardal a ffefrir",
                 "legal_status": "Statws cyfreithiol", "uasc": "Plentyn sy'n ceisio lloches heb oedolyn",
                 "parent": "Yn rhiant?", "ref_name": "Enw'r atgyfeiriwr", "ref_role": "Swydd",
                 "ref_org": "Sefydliad / tîm", "ref_email": "Cyfeiriad e-bost", "ref_phone": "Rhif ffôn",
                 "sw_name": "Enw'r gweithiwr cymdeithasol", "sw_email": "E-bost y gweithiwr cymdeithasol",
                 "fgc": "Cynnig Cynhadledd Grŵp Teulu?", "fgc_date": "Dyddiad y gynhadledd",
                 "diversion": "Camau i osgoi digartrefedd", "reason": "Rheswm dros atgyfeirio",
                 "safety": "Pryder diogelwch uniongyrchol", "risk_self": "Risg i'w hunan", "risk_others": "Risg i eraill",
                 "risk_from": "Risg gan eraill", "exploitation": "Camfanteisio", "substance": "Camddefnyddio sylweddau",
                 "offending": "Troseddu", "mental_health": "Iechyd meddwl", "support": "Anghenion cymorth",
                 "needed": "Dyddiad angen llety", "consent": "Caniatâd i rannu gwybodaeth"},
    "risk": {"ref": "Cyfeirnod yr atgyfeiriad", "provider": "Darparwr", "yp": "Enw'r person ifanc",
             "risk": "Y risg na allwn ei rheoli", "why": "Pam na ellir ei rheoli",
             "enable": "Beth fyddai'n ein galluogi i dderbyn"},
    "safeguarding": {"provider": "Darparwr", "property": "Eiddo", "name": "Enw'r person ifanc", "dob": "Dyddiad geni",
                     "lcs": "Rhif LCS", "sw_name": "Gweithiwr cymdeithasol / PA", "sw_email": "E-bost y gweithiwr",
                     "when": "Dyddiad ac amser y digwyddiad", "date": "Dyddiad y digwyddiad", "time": "Amser",
                     "category": "Categori", "severity": "Difrifoldeb", "description": "Disgrifiad o'r digwyddiad",
                     "actions": "Camau a gymerwyd", "police_ref": "Cyfeirnod yr heddlu"},
    "intelligence": {"agency": "Asiantaeth", "worker": "Enw'r gweithiwr", "role": "Rôl", "email": "E-bost",
                     "phone": "Ffôn", "when": "Dyddiad ac amser", "date": "Dyddiad", "time": "Amser",
                     "location": "Lleoliad", "persons": "Pobl dan sylw", "vehicles": "Cerbydau",
                     "information": "Y wybodaeth", "source": "Ffynhonnell", "grading": "Graddio",
                     "handling": "Cod trin"},
    "mash": {"name": "Enw'r person ifanc", "dob": "Dyddiad geni", "address": "Cyfeiriad",
             "agency": "Asiantaeth sy'n cyflwyno", "status": "Digartref neu dan fygythiad",
             "mediation": "Cyfryngu wedi'i gynnig?", "mediation_outcome": "Canlyniad cyfryngu",
             "concerns": "Pryderon lles neu ddiogelu", "known": "Yn hysbys i'r gwasanaethau cymdeithasol?",
             "parent_contact": "Cyswllt rhiant neu warcheidwad"},
    "mash-notice": {"name": "Enw'r person ifanc", "dob": "Dyddiad geni", "date": "Dyddiad cyfryngu",
                    "outcome": "Canlyniad", "agency": "Asiantaeth"},
}

EXPORT_HEADERS = [("FIELD_ID", "FIELD_LABEL", "VALUE"), ("Attribute", "Value"), ("QUESTION_CODE", "QUESTION", "ANSWER"),
                  ("Field", "Data")]
EXPORT_SYSTEMS = ["LCS export v4.2", "Mosaic workflow extract", "Eclipse form output", "CareDirector report 17"]
EXPORT_BANNERS = ["*** Automated notification - please do not reply to this address ***",
                  "This message was generated automatically from the case management system.",
                  "[AUTO] Form submitted via the partner portal. Data below as entered."]

REQUESTERS = [("Brokerage Team", "brokerage@ypsa.test", "Placements and Brokerage, Oxfordshire County Council"),
              ("MASH Duty Desk", "mash@ypsa.test", "Multi-Agency Safeguarding Hub"),
              ("Ceri Vaughan-Lloyd", "quality@ypsa.test", "Quality and Contracts Officer")]
REQUEST_SUBJECTS = ["Information needed - {title}", "{title} - details please", "Please complete: {title}"]
REQUESTS = ["Thanks for your call earlier. So that we can log this, please reply to this email with an answer under\n"
            "each of the questions below.",
            "We cannot take this forward until we have the details below. Please answer each question in your reply.",
            "Following our conversation - could you answer the questions below and send them back to us today?"]
REPLY_LINES = ["Answers below in capitals where I could.", "Please see my answers under each of your questions below.",
               "Replies typed under your questions."]

FORWARDS = ["Forwarding on from our night team - please log.",
            "Please see below from my colleague, who does not have access to the secure mailbox.",
            "FYI - this came to me in error, passing it on to you.",
            "Passing this on for processing. Any queries to me please as she is on leave from tomorrow."]
FORWARD_CHANCE = 0.2

INSTRUCTIONS = ["Please complete every section in BLOCK CAPITALS. Forms returned incomplete will delay the response.\n"
                "Email the completed form from a secure account.",
                "Guidance: answer each question as fully as you can. If a date of birth is not known, give your best "
                "estimate and say so.",
                "Before you start: this form takes about 15 minutes. Do not leave questions blank - write N/A where a "
                "question does not apply."]
INSTRUCTIONS_CHANCE = 0.4
OFFICE_USE = [("For office use only", [("Date received", ""), ("Received by", ""), ("Logged on system (Y/N)", "")]),
              ("OFFICE USE ONLY - do not write in this box", [("Ref allocated", "________"), ("Triage outcome", ""),
                                                              ("Duty manager", "")]),
              ("I'w lenwi gan y swyddfa / Office use only", [("Dyddiad derbyn / Date received", ""),
                                                             ("Cyfeirnod / Reference", "")])]
OFFICE_USE_CHANCE = 0.3

ATTACHMENT_NAMES = {
    "referral": ["Scan_20261208_{i}", "Document1 ({i})", "FINAL ref form v3 - {i}", "ref form - Copy ({i})"],
    "risk-concern": ["unable to accept - {i}", "RA and RMP {i} (2)", "Response to referral_{i}_FINAL"],
    "safeguarding-incident": ["IR {i} - REDACTED", "incident_report_{i}_v2", "Scan {i} 0001"],
    "intelligence-submission": ["PAISS {i}", "info share form ({i})", "Scan_{i}_police"],
    "mash-referral": ["MASH {i} 16-17 homeless", "housing referral #{i}", "Ffurflen MASH {i}"],
    "mash-notice": ["mediation closure {i}", "Outcome letter ({i})"],
    "void-return": ["VOIDS {i} FINAL", "bed availability - {i}", "Return_{i}_(1)"],
}

FOOTERS = ["Housing Pathway Coordinator | Ffôn / Tel 01865 815 000 | Working days Mon-Thu",
           "Senior Practitioner, 16+ Team\nPronouns: she/her\nPlease note I do not work Fridays.",
           "Night Support Lead\nOut of hours please use the on-call mobile.",
           "Gweithiwr Allweddol / Key Worker"]
COVERING = ["Form attached as requested.", "Please see the attached - let me know if you can't open it.",
            "Attached is our form for this young person.", "The completed form is attached (exported from our system)."]
DISCLAIMERS = ["This e-mail and any attachments are confidential and intended solely for the addressee. If you have "
               "received it in error please delete it and tell the sender. Mae'r e-bost hwn yn gyfrinachol."]
DISCLAIMER_CHANCE = 0.2

HEADING_CHANCE = 0.7
HEADINGS = {
    "Section 1 - About the young person": ["Manylion y person ifanc / Young person's details",
                                           "PERSON BEING REFERRED", "Part One: the young person"],
    "Section 2 - Referrer": ["Manylion yr atgyfeiriwr / Your details", "PERSON MAKING THIS REFERRAL",
                             "Part Two: who is referring"],
    "referral.sw": ["Gweithiwr cymdeithasol / Allocated worker", "ALLOCATED WORKER (IF DIFFERENT)",
                    "Part Three: the allocated worker"],
    "Section 3 - Family Group Conference and diversion": ["Atal / Prevention", "PREVENTION AND FAMILY WORK",
                                                          "Part Four: what has been tried"],
    "Section 4 - Reason for referral and risks": ["Angen a risg / Need and risk", "NEED, RISK AND SUPPORT",
                                                  "Part Five: need and risk"],
    "risk.referral": ["Yr atgyfeiriad / The referral", "REFERRAL BEING DECLINED", "Part One: the referral"],
    "risk.concern": ["Y pryder / Our concern", "REASONS WE CANNOT ACCEPT", "Part Two: our concern"],
    "sg.provider": ["Y gwasanaeth / The service", "SERVICE DETAILS", "Part One: where"],
    "Young person": ["Y person ifanc / The young person", "YOUNG PERSON CONCERNED", "Part Two: who"],
    "sg.sw": ["Gweithiwr / Worker", "ALLOCATED WORKER", "Part Three: their worker"],
    "The incident": ["Y digwyddiad / What happened", "INCIDENT DETAILS", "Part Four: what happened"],
    "intel.you": ["Amdanoch chi / About you", "SUBMITTING ORGANISATION", "Part One: about you"],
    "intel.info": ["Y wybodaeth / The information", "INFORMATION BEING SHARED", "Part Two: the information"],
    "mash.yp": ["Y person ifanc / The young person", "CHILD DETAILS", "Part One: the child"],
    "mash.agency": ["Asiantaeth / Agency", "PRESENTING AGENCY", "Part Two: agency"],
    "mash.housing": ["Tai / Housing", "HOUSING SITUATION", "Part Three: housing"],
}

TITLES = {
    "referral-emergency": ["Atgyfeiriad Llety â Chymorth (Brys) / Supported Accommodation Referral (Urgent)",
                           "SUPPORTED HOUSING REFERRAL - SAME WEEK", "Emergency bed request - 16-24 supported housing"],
    "referral-non-emergency": ["Atgyfeiriad Llety â Chymorth / Supported Accommodation Referral",
                               "SUPPORTED HOUSING REFERRAL - PLANNED MOVE", "Referral for a supported housing place"],
    "risk": ["Ymateb darparwr: methu derbyn / Provider response: cannot accept", "PROVIDER DECLINE - RISK",
             "Declined referral - risk we cannot hold"],
    "safeguarding": ["Adroddiad am ddigwyddiad diogelu / Report of a safeguarding incident", "SAFEGUARDING EVENT NOTIFICATION",
                     "Notification of a safeguarding incident at a YPSA service"],
    "intelligence": ["Rhannu gwybodaeth â'r heddlu / Police information sharing", "PARTNER INFORMATION SUBMISSION",
                     "Sharing community information with the police (partners)"],
    "mash": ["Atgyfeiriad MASH: person ifanc 16/17 digartref / MASH referral: homeless 16/17",
             "MASH - 16/17 HOUSING REFERRAL", "Request to MASH: young person aged 16 or 17 without a home"],
    "mash-notice": ["Hysbysiad: cyfryngu wedi atal digartrefedd / Notice: mediation prevented homelessness",
                    "MEDIATION OUTCOME - CASE CLOSED", "Homelessness prevented through mediation - notification"],
    "void": ["Ffurflen gwelyau gwag / Void bed return", "WEEKLY VOIDS SUBMISSION", "Provider bed availability sheet"],
}

SUBJECTS = {
    "referral-emergency": ["URGENT - supported housing referral {initials}", "Brys / Urgent: referral {initials}",
                           "Same-week bed needed - {initials}"],
    "referral-non-emergency": ["Supported housing referral - {initials}", "{initials} - planned supported housing referral",
                               "Atgyfeiriad / Referral {initials}"],
    "risk": ["Unable to accept referral {ref}", "{ref} - declined, risk", "Re: {ref} our decision"],
    "safeguarding": ["Safeguarding notification - {property} - please log", "SG event at {property}", "Digwyddiad / Incident {property}"],
    "intelligence": ["Information for police - partner submission", "Partner info share", "Community information (police)"],
    "mash": ["MASH referral {initials} (16/17 homeless)", "16/17 housing - {initials} - MASH",
             "Atgyfeiriad MASH {initials}"],
    "mash-notice": ["{initials} - mediation successful, closing", "Homelessness prevented - {initials} - no further action",
                    "{initials}: outcome of family mediation"],
    "void": ["Voids for w/b {week} - {provider}", "{provider} bed availability {week}", "Weekly return {week}"],
    "other": ["Query about a placement", "Dates for January training sessions", "Automatic reply: away until Monday", "Minutes - provider forum (Nov)"],
}

INTROS = ["Bore da pawb,", "Afternoon Brokerage team,", "Hello all at YPSA,", "Dear Placements colleagues,", "Prynhawn da i chi,",
          "Hi, hope you're well,"]
SIGNOFFS = ["Diolch o galon,", "Ta muchly,", "With best wishes from the team,", "Cofion gorau,", "Regards and thanks,", "Chat soon,"]

LABELS = {
    "referral": {
        "referral_type": ["Referral urgency rating", "Is a bed needed this week (Y/N)?", "REFERRAL_PRIORITY",
                          "Level of urgency (required)", "Same-week placement required?"],
        "name": ["Young person - full legal name", "CL_FULLNAME_LEGAL", "Legal name of the young person (required)",
                 "What is the young person called?", "Name of person being referred"],
        "dob": ["Birth date (DD/MM/YYYY)", "CL_DOB_DT", "Young person was born on",
                "Date of birth of person referred (required)", "Birth date - YP"],
        "gender": ["Gender the YP identifies as", "CL_GNDR", "What gender does the young person identify with?",
                   "Sex / gender (required)", "Gender (as stated by YP)"],
        "lcs": ["LCS / case ID (if known)", "CL_LCS_NUM", "Liquid Logic case number?", "Case system ID no.",
                "LCS person ref"],
        "address": ["Where is the young person staying now?", "CURRENT_ADDR", "Where they are living now (full address and postcode)",
                    "Address at time of referral (required)", "Address where YP is living at present"],
        "locality": ["Area the young person wants to live in", "PREF_AREA", "Which district would suit the young person best?",
                     "Locality preference (required)", "Town or district they would like"],
        "legal_status": ["Care status - LAC, care leaver, CIN or none", "LEGAL_STATUS_CODE", "What is their status with CSC?",
                         "Legal basis of involvement", "Status in care terms (required)"],
        "uasc": ["Arrived in the UK unaccompanied and claiming asylum?", "UASC_FLAG", "Is the young person an unaccompanied asylum-seeking child?",
                 "UASC status - yes or no", "Seeking asylum without family?"],
        "parent": ["Is the young person a parent or expecting?", "PARENT_FLAG", "Young parent or pregnant (Y/N)",
                   "Parent / pregnant?", "Does the YP have a child?"],
        "ref_name": ["Your full name", "RFR_NM", "Referring worker (required)", "Who is making the referral?",
                     "Name of person completing form"],
        "ref_role": ["Your role / job title", "RFR_JOB_TITLE", "Post held", "What is your job?", "Role of referring worker"],
        "ref_org": ["Your team or service", "REFERRER_TEAM", "Organisation you work for (required)",
                    "Which service do you work in?", "Referring team / agency"],
        "ref_email": ["Your council or agency email", "RFR_EMAIL_ADDR", "Secure email for replies (required)",
                      "Where should we email you?", "E-mail of referring worker"],
        "ref_phone": ["Phone number we can reach you on", "RFR_TEL_NO", "Direct dial or work mobile", "Best phone number for you?",
                      "Contact tel. of referrer"],
        "sw_name": ["Allocated SW / PA (if not you)", "ALLOC_WORKER", "Who holds case responsibility?",
                    "Allocated social worker / PA name, if different from you", "Allocated practitioner (if not the referrer)"],
        "sw_email": ["Allocated worker - email address (if different)", "ALLOC_WORKER_EMAIL", "What is the allocated worker's email?",
                     "SW/PA secure email", "Practitioner email"],
        "fgc": ["Has the family ever been offered a Family Group Conference?", "FGC_OFFER_FLAG", "Family Group Conference offered (required)",
                "Family offered an FGC at any point (Y/N)", "Was an FGC offered?"],
        "fgc_date": ["Date the FGC was offered or held", "FGC_OFFER_DT", "If yes, on what date?", "Family Group Conference - date offered (required if yes)",
                     "Date of the FGC offer"],
        "diversion": ["What has been tried to keep the young person at home?", "DIVERSION_NOTES",
                      "Family, friends and mediation explored", "Prevention work done so far (required)",
                      "Alternatives to supported housing considered"],
        "reason": ["Why does this young person need supported accommodation?", "REFERRAL_REASON", "Reason for this referral (required)",
                   "Summary of the young person's housing need", "Background and why a supported place is requested"],
        "safety": ["What makes this referral an emergency?", "IMMED_SAFETY_CONCERN", "Immediate safety concern (required if urgent)",
                   "Why can the young person not stay where they are tonight?", "Immediate danger / safety issue"],
        "risk_self": ["Risks the young person poses to themselves", "RSK_SELF", "Self-harm / self-neglect risk", "Is the YP a risk to self?",
                      "Risk to the young person themselves"],
        "risk_others": ["Risks they pose to other people", "RSK_OTHERS", "Risk to others including staff and residents",
                        "Could they harm others?", "Risk they present to other people"],
        "risk_from": ["Risks to them from other people", "RSK_FROM_OTH", "Risk of harm to the YP from other people",
                      "Anyone who may harm the young person?", "Vulnerable to others? Give details"],
        "exploitation": ["CSE / CCE concerns (known or suspected)", "EXPLOIT_CONCERN", "Exploitation - any known or suspected?",
                         "Criminal or sexual exploitation risk", "Known exploitation"],
        "substance": ["Drug and alcohol use (type, how often)", "SUBST_MISUSE", "Substance misuse - give details", "Alcohol / drug use concerns",
                      "Any use of drugs or alcohol?"],
        "offending": ["Past offending / youth justice contact", "OFFEND_HIST", "Any offending or YJS orders?", "Criminal convictions or charges",
                      "Offending behaviour and current orders"],
        "mental_health": ["Mental health and wellbeing", "MH_NEEDS_TXT", "Any mental health diagnosis or concerns?",
                          "Emotional wellbeing and mental health needs", "CAMHS or AMHS involvement"],
        "support": ["What support will they need?", "SUPP_NEEDS_SUMMARY", "Support required in placement (required)",
                    "Main areas of support needed", "Help needed to live independently"],
        "needed": ["Date the bed is needed from", "PLCMT_REQ_DT", "When does the young person need to move?",
                   "Accommodation required from (required)", "Preferred move-in date"],
        "consent": ["Has the young person agreed to this referral and sharing of information?", "YP_CONSENT_FLAG",
                    "YP consent obtained (required)", "Consent to share (Y/N)", "Does the YP consent?"],
    },
    "risk": {
        "ref": ["Referral ID being responded to", "BRK_REF_NO", "Which referral does this response relate to?", "Brokerage reference (required)",
                "Our ref for the referral"],
        "provider": ["Name of providing organisation", "PRV_ORG", "Which provider are you?", "Responding provider (required)",
                     "Service provider name"],
        "yp": ["Referred YP's full name", "CL_NAME", "Who was the referral for?", "Name of the young person (required)",
               "Young person we were asked to accept"],
        "risk": ["The risk we cannot manage", "RISK_UNMANAGEABLE", "Which risk are you unable to manage?",
                 "Risk identified (required)", "Risk that stops us accepting"],
        "why": ["Why this risk cannot be managed here", "REASON_NOT_MANAGEABLE", "Why can it not be managed?",
                "Explanation (required)", "Reason the service cannot hold the risk"],
        "enable": ["What would allow our service to accept", "ENABLING_RESOURCES", "What would need to change for you to accept?",
                   "Resources or support needed (required)", "Support that would make a placement possible"],
    },
    "safeguarding": {
        "provider": ["Name of the provider organisation reporting", "PRV_NAME", "Which provider is sending in this report?", "Reporting provider (required)",
                     "Organisation making this report"],
        "property": ["Scheme / property code", "PROPERTY_ID", "At which property did it happen?", "Property where it happened (required)",
                     "Service address / code"],
        "name": ["Name of the young person involved", "RES_NAME", "Which young person does this concern?",
                 "Name of young person (required)", "Resident concerned"],
        "dob": ["Young person's birth date", "YP_BIRTH_DATE", "YP date of birth (required)", "When were they born?",
                "Resident's DoB (dd/mm/yy)"],
        "lcs": ["LCS number of the resident (if known)", "LCS_PERSON_ID", "Case number (LCS)", "LCS no. of YP", "Liquidlogic person ID"],
        "sw_name": ["Their social worker or PA", "ALLOC_SW_NAME", "Who is their worker?", "Allocated SW or PA (required)",
                    "Name of their social worker"],
        "sw_email": ["Email for their SW / PA", "ALLOC_SW_EMAIL", "Worker's email?", "Email of allocated SW or PA",
                     "SW e-mail"],
        "when": ["Date and time the incident took place", "INCIDENT_DATETIME", "When exactly did the incident happen?",
                 "Incident date/time (required)", "Occurred on / at"],
        "date": ["Incident date (dd/mm/yyyy) (required)", "INC_DT", "What date did it happen?", "Date of event (required)", "Date the incident occurred"],
        "time": ["Incident time (24 hour)", "INC_TM", "What time did it happen?", "Time of event (required)",
                 "Approx. time (24h)"],
        "category": ["Incident type - choose one only", "INC_CAT_CD", "What kind of incident was it?", "Type of event (required)",
                     "Category of safeguarding concern"],
        "severity": ["How serious is it - low, medium, high or critical?", "SEV_RATING", "How serious is it?", "Severity rating (required)",
                     "Level of harm / risk"],
        "description": ["Full description of the incident", "INC_NARR", "What happened? Please describe in full",
                        "Account of events (required)", "Details of the event"],
        "actions": ["Action our staff took at the time", "ACTN_TKN", "What did the staff on shift do straight away?", "Immediate response (required)",
                    "Steps taken since the incident"],
        "police_ref": ["Police log or crime number (if police called)", "POL_REF_NO", "Police reference (if given)", "Crime / occurrence number",
                       "URN or CAD number"],
    },
    "intelligence": {
        "agency": ["Organisation sending this", "SUB_ORG", "Which organisation are you from?",
                   "Your agency (required)", "Agency / service"],
        "worker": ["Person submitting this form", "SUB_BY_NAME", "Your name (required)", "Who is sending this?",
                   "Name of staff member"],
        "role": ["Job role in your organisation", "SUBMITTER_ROLE", "What is your role there?", "Role / position (required)", "Your designation"],
        "email": ["Email the police can reach you on", "SUB_EMAIL", "Your email address (required)", "Which email should the police reply to?",
                  "Work e-mail for follow-up"],
        "phone": ["Phone the police can reach you on", "SUB_TEL", "Your telephone (required)", "Number we can call?",
                  "Work tel. for follow-up"],
        "when": ["When did you see or hear this?", "INFO_DATETIME", "Date/time of the information (required)",
                 "Date and time this was observed", "When it was noted"],
        "date": ["Date seen or heard", "OBS_DT", "What date was this?", "Date of the information (required)",
                 "Date this was observed"],
        "time": ["Time seen or heard", "OBS_TM", "What time was this?", "Time of the information (required)",
                 "Time this was observed"],
        "location": ["Where was this (address or area)?", "LOC_ADDR", "Location / address (required)", "Place concerned",
                     "Address, street or area"],
        "persons": ["People concerned (names, DOB, descriptions)", "PERS_INVOLVED", "Who is this about?",
                    "Individuals named (required)", "Persons of interest (name, DOB, description)"],
        "vehicles": ["Vehicles linked to this", "VEH_DETAILS", "Any vehicles (make, colour, reg)?", "Vehicle make, colour and any part of the reg",
                     "Cars / vans involved"],
        "information": ["What is it you would like the police to be aware of?", "INTELLIGENCE_TEXT", "Information being shared (required)",
                        "Details of the information you hold", "Your information"],
        "source": ["How did you come by this information?", "SRC_DESC", "Who or what was the source?", "Where did it come from?",
                   "Origin of info"],
        "grading": ["Grading if known (e.g. 3x5x2)", "GRD_CODE", "Information grade given", "Grading applied by your agency", "Intelligence grading (optional)"],
        "handling": ["Handling restriction (P = police use / C = can share)", "HNDL_CD", "Handling condition (required)", "Sharing restriction code",
                     "How may this be shared (handling)?"],
    },
    "mash": {
        "name": ["Child's full name", "CHILD_NAME", "Name of the 16/17 year old (required)", "Who are you referring to MASH?",
                 "Young person referred (name)"],
        "dob": ["Child's date of birth (dd/mm/yyyy)", "CH_DOB", "When were they born? (required)", "Birth date of child",
                "DOB of the 16/17 year old"],
        "address": ["Where are they now?", "CH_ADDR", "Current address (required)", "Address they are staying at",
                    "Present whereabouts / address"],
        "agency": ["Agency the young person presented to", "PRES_AGENCY", "Which agency has the young person come to?",
                   "Referring agency (required)", "Presenting service"],
        "status": ["Homeless now or at risk?", "HSG_STATUS", "Homelessness status (required)",
                   "Is the child homeless tonight or threatened with it?", "Housing position today"],
        "mediation": ["Has mediation with the family been tried?", "MED_ATTEMPTED", "Mediation attempted (required)",
                      "Any mediation with family?", "Family mediation tried (Y/N)"],
        "mediation_outcome": ["What came out of the sessions with family?", "MED_OUTCOME", "Outcome of mediation with family", "Mediation - how did it go?",
                              "Result of any mediation sessions"],
        "concerns": ["Welfare or safeguarding worries", "WELF_CONCERNS", "Safeguarding concerns (required)",
                     "Any welfare or safety worries?", "Concerns about the child"],
        "known": ["Is the child already known to children's services?", "CSC_KNOWN_FLAG", "Open to social care (required)",
                  "Previously known to CSC (Y/N)", "Social care history?"],
        "parent_contact": ["Parent or carer - name and phone", "PAR_CONTACT", "Who is the parent or guardian and their number?",
                           "Parent or guardian details (required)", "Family contact details"],
    },
    "mash-notice": {
        "name": ["Child or young person named", "YP_NAME_NOTICE", "Name of the young person (required)", "Whose case is this?",
                 "Subject of notice"],
        "dob": ["DOB of child", "YP_DOB_NOTICE", "Birth date (required)", "When were they born?", "D.O.B (child)"],
        "date": ["Date the mediation session took place", "MED_DT", "When was the mediation session?", "Mediation held on (required)",
                 "Date agreement reached"],
        "outcome": ["What the family agreed", "MEDIATION_OUTCOME_TEXT", "Outcome of mediation (required)", "What came of the session?",
                    "Result for the young person"],
        "agency": ["Agency that ran the mediation", "MED_AGENCY", "Who carried out the mediation?", "Service (required)",
                   "Mediation was delivered by"],
    },
    "void": {
        "provider": ["Return sent in by (provider)", "PRV_ORG_NAME", "Provider submitting this return", "Darparwr / Provider name", "Organisation name (provider)"],
        "week": ["Week beginning Monday (date of Monday)", "WEEK_START", "Return for week of", "Wythnos / Week", "Week (Mon)"],
        "ref": ["Property code / scheme ID", "PROP_CD", "Scheme ref. number", "Eiddo / Property", "Site code"],
        "locality": ["District council area of property", "DIST_CD", "Ardal awdurdod / District", "Locality (district council)", "Which district is it in"],
        "service": ["Service model", "SVC_TYPE_CD", "Type of provision offered", "Client group the scheme serves", "Service category (16/17, 18+ etc)"],
        "total": ["Total bed capacity", "BED_CAP", "Bed capacity of scheme", "Cyfanswm / Total beds", "No. of bed spaces"],
        "occupied": ["Beds currently in use", "OCC_CNT", "Occupied at 9am Monday", "Llawn / Beds taken", "Residents in"],
        "vacant": ["Beds empty today", "VAC_CNT", "Vacant at 9am Monday", "Gwag / Vacant beds", "Empty bed spaces"],
        "available": ["Bed ready from", "AVAIL_FROM_DT", "Room can be let from", "Ar gael o'r dyddiad / Available from date",
                      "First night available"],
        "emergency": ["Emergency bed available this week?", "EMRG_FLAG", "Can take an emergency (Y/N)", "Lle brys / Emergency place",
                      "Same-day bed"],
        "notes": ["Comments from provider this week", "CMNTS", "Anything else", "Nodiadau darparwr / Provider notes", "Remarks this week"],
    },
}

VOID_EXTRA_COLUMNS = ["Support hours p/w", "Staffed overnight?"]
VOID_EXTRA_VALUES = {"Support hours p/w": ["{h}", "{h} hrs"], "Staffed overnight?": ["Yes", "No", "Sleep-in"]}
VOID_SUBHEADERS = {"total": ["Capacity", "Max"], "occupied": ["In", "Used"], "vacant": ["Void", "Free now"]}
VOID_TOTALS = ["Totals", "CYFANSWM / TOTALS", "All schemes"]
VOID_NOTES_ROWS = ["Return completed by the scheme manager.", "Figures correct at 9am Monday."]
VOID_WEEK_STYLES = ["w/b {d}/{m}", "Mon {th} {mon}", "wc {d}.{m}"]

TEXTS = {
    "diversion": ["Spoke with the family twice; mum will not have him back. Grandparents are too far away.",
                  "Mediation offered through the family service and declined by both sides.",
                  "Looked at staying with an older sister but her tenancy does not allow it.",
                  "Friends and family options exhausted - sofa surfing for three weeks."],
    "reason": ["{yp} has been asked to leave the family home after repeated arguments with her stepfather and has "
               "been sleeping on a friend's floor since the weekend.",
               "Relationship with foster carers ended suddenly; {yp} needs a supported setting to build independence "
               "skills before a council tenancy.",
               "{yp} turned eighteen and the staying put arrangement has come to an end with nowhere planned.",
               "Overcrowding at his aunt's flat means {yp} shares a box room with two cousins and cannot study.",
               "{yp} is leaving a residential placement out of county and wants to return closer to her brother.",
               "Private let ended with a section 21 notice and {yp} cannot manage a deposit on his own."],
    "safety": ["{yp} was assaulted at the address last night and is too frightened to return there.",
               "Police removed {yp} from the flat after a disclosure; she has no safe bed for tonight.",
               "{yp} is currently sitting in the housing office with nowhere to go after 5pm."],
    "risks": {
        "risk_self": ["Superficial cutting when stressed, last known in October.", "Stops eating when anxious."],
        "risk_others": ["Verbal aggression towards staff when told no.", "One assault on a peer in school last year."],
        "risk_from": ["Older males contacting her on social media.", "Ex-partner has made threats via Snapchat."],
        "exploitation": ["Suspected county lines involvement, NRM submitted.", "Going missing overnight with older peers."],
        "substance": ["Daily cannabis use.", "Binge drinking at weekends."],
        "offending": ["Referral order for criminal damage, ends in March.", "Cautioned for shoplifting."],
        "mental_health": ["On the CAMHS waiting list for anxiety.", "Diagnosed ADHD, takes medication."],
    },
    "support": ["Budgeting, cooking and help registering with a GP.", "Daily check-ins at first and help back into college.",
                "Support with benefits and a keyworker who can go to appointments with him."],
    "risk_unable": ["Arson history with a fire set in a previous bedroom last spring.",
                    "Recent threats to stab a member of our staff team at another scheme.",
                    "Known links to a rival group operating from the same street as our property.",
                    "Needs waking night staff for overnight self-harm and the scheme has lone working only."],
    "risk_why": ["The building is a shared house with no sprinkler system or fire safety staff overnight.",
                 "Our staff are lone working in the evenings and could not be kept safe.",
                 "Placing him there would put him and our other residents in danger from the group.",
                 "We only have staff on site from nine until five and an on-call manager after that."],
    "risk_enable": ["A fire risk assessment by the fire service and a move to a ground floor flat with alarms.",
                    "Two to one staffing for the first month funded by the council.",
                    "A placement in another district away from the street concerned.",
                    "Commissioned waking night cover and a CAMHS crisis plan in place before the move."],
    "incident": {
        "Missing": ["{yp} did not return to the scheme after college and her phone went straight to voicemail.",
                    "{yp} left through the back fire door at night and had not come back by the morning handover."],
        "Exploitation": ["{yp} came back with new trainers and two phones and said an older man bought them.",
                         "Staff saw {yp} getting into a car with unknown adults who waited outside the property."],
        "Self-harm": ["{yp} told night staff she had taken a number of paracetamol after an argument on the phone.",
                      "Staff found fresh cuts on {yp}'s forearm when he came to the office for his medication."],
        "Violence": ["{yp} punched a wall and then pushed another resident during an argument over the kitchen rota.",
                     "A visitor threatened {yp} with a bottle in the communal garden and left before police came."],
        "Allegation against staff": ["{yp} alleges that a relief worker spoke to her in a sexual way during a shift.",
                                     "{yp} says a member of staff grabbed his arm hard when asking him to leave the office."],
        "Police involvement": ["Police attended with a warrant and searched {yp}'s room for stolen goods.",
                               "{yp} was arrested at the scheme on suspicion of criminal damage to a neighbour's car."],
        "Hospital admission": ["{yp} collapsed in the lounge and was taken by ambulance to the John Radcliffe.",
                               "{yp} was admitted to hospital with an infected wound after refusing a GP visit."],
        "Other": ["{yp}'s room was flooded by a burst pipe and all of her belongings were damaged.",
                  "A fire alarm activation traced to {yp} vaping in the bathroom led to a full evacuation."],
    },
    "actions": ["Police informed, missing protocol followed, manager on call notified.",
                "First aid given, ambulance called, on-call manager attended.",
                "Room checked, statement taken, SW emailed the same evening."],
    "intel_urgent": ["{yp} has just rung staff to say {p} is holding her in a flat and will not let her leave - she is "
                     "there now and sounded terrified.",
                     "Right now a man with a knife is outside the scheme shouting for {yp}; staff have locked the doors.",
                     "{p} is at the property at this moment threatening to hurt {yp} if he does not hand over money."],
    "intel_routine": ["Over the past month staff have noticed {p} collecting {yp} from the scheme most Friday evenings "
                      "in different cars.",
                      "A resident told us that {p} has been storing items in a shed behind the bins at weekends.",
                      "Since the summer {yp} has had large amounts of cash and says {p} pays him to run errands.",
                      "Neighbours have complained about a steady flow of visitors to the flat opposite during the day."],
    "mediation_outcome": ["One session held; dad agreed {yp} can stay until the end of term.",
                          "Family declined a second session and the position is unchanged.",
                          "Mediation broke down when mum left the meeting."],
    "mash_concerns": ["Has been missing twice this month and is associating with much older males.",
                      "Recently disclosed that his father hits him when drunk.",
                      "Not attending college; very low mood and little food at home."],
    "prevented": ["Following mediation {yp} has moved back in with his mum and both agreed a house plan.",
                  "{yp} and her father reached an agreement at the second session and she is staying at home.",
                  "Mediation worked: {yp} has returned to the family home with support from Early Help.",
                  "Homelessness has been prevented - {yp} is living with her nan, who has agreed to keep her."],
    "void_notes": ["Room 3 under repair until Friday.", "", "Female only vacancy.", "Ground floor room, step-free."],
    "other_body": ["Could you tell me who the brokerage officer is for the Vale this week? I have a question about "
                   "a move-on date.",
                   "Just to let you know that the provider training on Thursday has moved to the Banbury office.",
                   "Auto-reply: I am away until Monday 4th and will reply to emails on my return.",
                   "Attached are the notes from last week's provider forum for your records.",
                   "Is there a template for the quarterly performance report? I cannot find it on the portal.",
                   "Please update our duty contact number to the new mobile from next week."],
}
