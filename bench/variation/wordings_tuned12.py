"""Wordings of the twelfth tuned part (tuned12): the kinds of layout of heldout9 (long council forms with "Section k of
n", fields the hub does not need and a signed declaration; Word 97-2003 and Excel 97-2003 files; Word legacy form
fields; a form with its supporting document; providers' own void sheets, quoted CSVs with a byte-order mark, one line
per property), in wordings of its own. Written without sight of the parsers, config/forms or any other part's
wordings, mails or documents."""

SEED = 51862039
TEXT_EXPECT = True

DOC_LAYOUTS = ["doc-long", "docx-fields", "pdf-twofiles", "xlsx-form", "docx-long", "body-plain", "doc-plain2",
               "pdf-long", "xls-form", "docx-twofiles", "doc-fields", "body-lines", "pdf-long", "body-forwarded",
               "docx-long", "doc-plain2", "pdf-twofiles", "xls-form", "doc-long", "docx-fields", "body-plain",
               "docx-twofiles", "doc-fields", "pdf-long"]
VOID_LAYOUTS = ["csv-bom", "xls-provider", "body-void-lines", "xlsx-provider", "doc-void", "xls-messy", "csv-bom",
                "xlsx-provider", "body-html-table", "xls-provider", "body-void-lines", "csv-bom", "doc-void",
                "xlsx-provider", "xls", "csv-messy", "xls-provider", "body-void-lines", "csv-bom", "xlsx-provider",
                "doc-void", "xls-messy", "xls-provider", "body-void-lines"]

# the n-th wording of each field is of one kind: plain, numbered, a case system's code, Welsh/English, a question
LABEL_SETS = 5
LABEL_SET_CHANCE = 0.85
LABEL_HEADINGS = [0, 1, 2, 3, 0]

LABELS = {
    "referral": {
        "referral_type": ["Type of request: crisis or planned", "0.1 Request type", "REQ_TYPE_CODE",
                          "Math o gais / Request type", "Does the young person need a bed in the next 24 hours?"],
        "name": ["Young person's forename and surname", "A1 Full legal name of young person", "YP_NAME_FULL",
                 "Enw cyntaf a chyfenw / Forename and surname", "What is the young person's full name?"],
        "dob": ["Young person's DOB (day/month/year)", "A2 Date of birth of young person", "YP_DOB_DATE",
                "Date of birth / Dyddiad geni (dd/mm/bbbb)", "On what date was the young person born?"],
        "gender": ["Gender the young person identifies with", "A3 Gender", "YP_GENDER_DESC",
                   "Rhyw / Gender identity", "Which gender does the young person identify as?"],
        "lcs": ["LCS ID number (leave blank if not open)", "A4 LCS no.", "YP_LCS_ID", "LCS ID / Rhif adnabod LCS",
                "Does the young person have an LCS number?"],
        "address": ["Address where the young person is living at present", "A5 Current address and postcode",
                    "SAR_YP_CURRENT_ADDRESS", "Cyfeiriad ar hyn o bryd / Address now",
                    "Where is the young person sleeping at the moment?"],
        "locality": ["Area of Oxfordshire preferred", "A6 Preferred district", "SAR_PREFERRED_DISTRICT",
                     "Ardal well ganddo / Preferred area", "Which part of the county would suit the young person?"],
        "legal_status": ["Status under the Children Act / leaving care", "A7 Legal status (tick)", "LEGAL_STATUS_DESC",
                         "Statws / Legal status with CSC", "Is the young person looked after, a care leaver or CIN?"],
        "uasc": ["Unaccompanied asylum-seeking child (UASC) - yes or no (required)", "A8 UASC", "IS_UASC",
                 "Plentyn ar ei ben ei hun sy'n ceisio lloches / UASC", "Is the young person seeking asylum without family?"],
        "parent": ["Young parent or pregnant - yes or no", "A9 Parent or parent-to-be", "IS_PARENT",
                   "Rhiant ifanc / Young parent", "Does the young person have a child or is one expected?"],
        "ref_name": ["Full name of referrer", "B1 Referrer", "REFERRER_NAME_TXT", "Enw llawn yr atgyfeiriwr / Referrer",
                     "Your name as the referrer?"],
        "ref_role": ["Referrer's role (required)", "B2 Role / job title", "REFERRER_ROLE_TXT", "Rôl yr atgyfeiriwr / Referrer role",
                     "What is your job title or role?"],
        "ref_org": ["Referrer's team and organisation", "B3 Team / organisation", "REFERRER_TEAM_TXT",
                    "Tîm a sefydliad / Team and organisation", "Which team or service do you work for?"],
        "ref_email": ["Referrer's secure email (required)", "B4 Email", "REFERRER_EMAIL_TXT", "Cyfeiriad e-bost / Referrer email",
                      "What email should the outcome go to?"],
        "ref_phone": ["Referrer's direct telephone line", "B5 Telephone", "REFERRER_PHONE_TXT", "Rhif ffôn / Referrer phone",
                      "What number can Brokerage call you on?"],
        "sw_name": ["Name of the young person's SW / PA (if someone else)", "B6 Allocated SW/PA", "ALLOCATED_WORKER_TXT",
                    "Gweithiwr dyranedig / Allocated worker", "Who is the allocated social worker or PA?"],
        "sw_email": ["Email of the young person's SW / PA (if someone else)", "B7 Allocated SW/PA email",
                     "SAR_ALLOCATED_WORKER_EMAIL", "E-bost y gweithiwr dyranedig / Allocated worker email",
                     "What is the allocated SW or PA's email address?"],
        "fgc": ["Family Group Conference offered - yes or no", "C1 FGC offered", "FGC_OFFERED_YN",
                "FGC offered / Cynhadledd Grŵp Teulu wedi'i chynnig", "Has an FGC been offered to the family yet?"],
        "fgc_date": ["Date FGC offered / took place", "C2 FGC date", "FGC_DATE_VAL", "FGC date / Dyddiad FGC",
                     "When was the FGC offered or held?"],
        "diversion": ["Work done so far to avoid supported accommodation", "C3 Prevention and diversion",
                      "PREVENTION_WORK_TXT", "Gwaith atal hyd yma / Prevention work so far",
                      "What else has been tried (family, friends, mediation)?"],
        "reason": ["Background and reason for this referral", "D1 Reason for referral", "SAR_REFERRAL_REASON_TXT",
                   "Cefndir a rheswm / Background and reason", "Why is the young person unable to stay where they are?"],
        "safety": ["Immediate safety concern - complete for emergencies only", "D2 Immediate risk if not placed", "SAR_IMMEDIATE_RISK_TXT",
                   "Risg uniongyrchol / Immediate risk", "What will happen tonight if no bed is found?"],
        "risk_self": ["Risk to self (self-harm, suicide, neglect)", "E1 Risk to self", "SAR_RISK_TO_SELF_TXT",
                      "Risg i'r unigolyn / Risk to the individual", "Is the young person a risk to themselves?"],
        "risk_others": ["Risk to others - staff, residents or the public", "E2 Risk to others", "RISK_TO_OTHERS_TXT",
                        "Risg i bobl eraill / Risk to other people", "Is the young person a risk to anyone else?"],
        "risk_from": ["Risk from others - family, peers or adults", "E3 Risk from others", "RISK_FROM_OTHERS_TXT",
                      "Risk from other people / Risg gan bobl eraill", "Is anyone known to pose a risk to the young person?"],
        "exploitation": ["Exploitation (CSE / CCE / county lines / trafficking)", "E4 Exploitation", "EXPLOITATION_TXT",
                         "Camfanteisio (CSE / CCE) / Exploitation risk", "Is there any concern about exploitation?"],
        "substance": ["Substance misuse - drugs, alcohol or solvents", "E5 Substances", "SUBSTANCE_TXT",
                      "Substance misuse / Camddefnyddio sylweddau", "Is the young person using drugs or alcohol?"],
        "offending": ["Offending history / current orders", "E6 Offending", "SAR_OFFENDING_TXT",
                      "Hanes troseddu / Offending history", "Has the young person been in trouble with the police?"],
        "mental_health": ["Mental health - any diagnosis and services involved", "E7 Mental health", "MENTAL_HEALTH_TXT",
                          "Iechyd meddwl ac emosiynol / Emotional and mental health",
                          "Are there any mental health needs?"],
        "support": ["Support needs and how they should be met", "F1 Support needs", "SAR_SUPPORT_NEEDS_TXT",
                    "Anghenion cymorth a sut i'w diwallu / Support needs", "What support will the young person need?"],
        "needed": ["Date the accommodation is required from", "F2 Date needed", "DATE_REQUIRED_VAL", "Date required / Dyddiad angen",
                   "When is the accommodation needed?"],
        "consent": ["Young person has consented to the referral and sharing - yes or no", "F3 Consent",
                    "CONSENT_GIVEN_YN", "Caniatâd wedi'i roi / Consent given",
                    "Has the young person agreed to this referral?"],
    },
    "risk": {
        "ref": ["Referral reference number (required)", "1 Referral ref.", "REF_NUMBER_TXT", "Reference / Cyfeirnod",
                "Which referral does this relate to?"],
        "provider": ["Our organisation (required)", "2 Provider", "PROVIDER_NAME_TXT", "Provider name / Enw'r darparwr",
                     "Which provider is responding to the referral?"],
        "yp": ["Referred young person's name (required)", "3 Young person", "YP_NAME_TXT", "Young person / Person ifanc",
               "Which young person was referred to you?"],
        "risk": ["Risk identified that we cannot manage (required)", "4 Risk that cannot be managed", "RISK_NOT_MANAGED_TXT",
                 "Risg a nodwyd / Risk identified", "What is the risk you cannot manage?"],
        "why": ["Explanation of why it cannot be managed", "5 Why it cannot be managed", "WHY_NOT_MANAGED_TXT",
                "Esboniad / Explanation", "Why can't your service manage it?"],
        "enable": ["What would allow the placement to go ahead", "6 Resources / support that would enable it",
                   "PRR_ENABLING_RESOURCES_TXT", "Adnoddau fyddai'n helpu / Resources that would help",
                   "What would help you to accept?"],
    },
    "safeguarding": {
        "provider": ["Provider making this report (required)", "1 Provider", "SGI_REPORTING_PROVIDER", "Darparwr sy'n adrodd / Provider",
                     "Name of the provider making this report?"],
        "property": ["Property reference where YP lives", "2 Property ref", "PROPERTY_REF_TXT",
                     "Cyfeirnod eiddo'r preswylydd / Property ref", "At which property does the young person live?"],
        "name": ["Resident young person's full name", "3 Name of resident", "RESIDENT_NAME_TXT",
                 "Enw'r person ifanc / Resident's name", "What is the resident's full name?"],
        "dob": ["Young person's DOB (resident)", "4 Resident's date of birth", "RESIDENT_DOB_VAL",
                "Dyddiad geni'r person ifanc / Resident's date of birth", "What is the resident's date of birth?"],
        "lcs": ["LCS no. (resident)", "5 LCS number", "RESIDENT_LCS_TXT", "Rhif LCS y preswylydd / LCS no.",
                "Does the resident have an LCS number?"],
        "sw_name": ["SW or Leaving Care PA name (required)", "6 Allocated worker", "WORKER_NAME_TXT",
                    "Enw'r gweithiwr cymdeithasol / SW or PA", "Who is the resident's social worker or PA?"],
        "sw_email": ["SW or Leaving Care PA email (required)", "7 Allocated worker email", "WORKER_EMAIL_TXT",
                     "E-bost y gweithiwr cymdeithasol / SW or PA email", "What is the SW or PA's email?"],
        "date": ["Day the incident took place (date)", "8 Date", "INCIDENT_DATE_VAL", "Date of incident / Dyddiad",
                 "What was the date of the incident?"],
        "time": ["Incident time (24 hour clock)", "9 Time", "INCIDENT_TIME_VAL", "Time of incident / Amser",
                 "What time did the incident take place?"],
        "when": ["Date and time of the incident (if known)", "8 Date and time", "INCIDENT_DATETIME_VAL", "Date and time / Dyddiad ac amser",
                 "When exactly did the incident take place?"],
        "category": ["Incident category (one only)", "10 Category", "INCIDENT_CATEGORY_CODE", "Category / Categori",
                     "Which category best fits the incident?"],
        "severity": ["Severity level (required)", "11 Severity", "SEVERITY_CODE", "Severity level / Lefel difrifoldeb",
                     "How would you rate its severity?"],
        "description": ["Full description of what happened", "12 Description", "INCIDENT_DESCRIPTION_TXT",
                        "Disgrifiad llawn / Full description", "Can you describe what happened?"],
        "actions": ["Immediate actions taken by staff (required)", "13 Actions taken", "ACTIONS_TAKEN_TXT",
                    "Camau uniongyrchol / Immediate actions", "What did staff do about it?"],
        "police_ref": ["Police reference / URN / CAD", "14 Police ref", "POLICE_REFERENCE_TXT",
                       "Rhif cyfeirnod yr heddlu / Police ref no.", "Was a police reference given?"],
    },
    "intelligence": {
        "agency": ["Submitting agency / organisation (required)", "1 Agency", "AGENCY_NAME_TXT", "Agency name / Enw'r asiantaeth",
                   "Which agency or organisation are you from?"],
        "worker": ["Name of worker submitting (required)", "2 Worker", "WORKER_SUBMITTING_TXT", "Enw'r gweithiwr sy'n cyflwyno / Worker",
                   "Who is completing this submission?"],
        "role": ["Worker's role (required)", "3 Role", "WORKER_ROLE_TXT", "Rôl y gweithiwr / Worker role", "What is your role in your organisation?"],
        "email": ["Worker's contact email", "4 Email", "WORKER_EMAIL_ADDR", "E-bost cyswllt / Contact email",
                  "What email can police use to reach you?"],
        "phone": ["Worker's contact number (required)", "5 Phone", "WORKER_PHONE_NO", "Rhif cyswllt / Contact number",
                  "What number can police call you on?"],
        "when": ["Date and time of the information (if known)", "6 Date and time", "INFO_DATE_TIME_VAL", "Date and time / Dyddiad ac amser",
                 "When did this happen or when was it seen?"],
        "date": ["Date of the information (if known)", "6 Date", "INFO_DATE_VAL", "Dyddiad y wybodaeth / Date of information",
                 "On which date was this seen or heard?"],
        "time": ["Time of the information (if known)", "7 Time", "INFO_TIME_VAL", "Amser y wybodaeth / Time of information",
                 "At roughly what time?"],
        "location": ["Location - address or a description of the place", "8 Location", "LOCATION_TXT", "Location / Lleoliad",
                     "Whereabouts was this seen or heard?"],
        "persons": ["Persons involved - name, DOB and description", "9 Persons", "PIS_PERSONS_INVOLVED_TXT",
                    "Pobl dan sylw / Persons involved", "Who was involved? Give names where known"],
        "vehicles": ["Vehicles involved - make, model, colour and reg", "10 Vehicles", "PIS_VEHICLES_TXT",
                     "Cerbydau dan sylw / Vehicles involved", "Were any vehicles seen or used?"],
        "information": ["The intelligence or information you are sharing", "11 Information", "INTELLIGENCE_TXT",
                        "Gwybodaeth i'w rhannu / Information to share", "What information do you have?"],
        "source": ["Source of the information (required)", "12 Source", "SOURCE_TXT", "Source / Ffynhonnell y wybodaeth",
                   "Who or what is the source?"],
        "grading": ["Grading of the information, if it has been graded", "13 Grading", "PIS_GRADING_CODE", "Graddio / Information grading",
                    "Has it been graded?"],
        "handling": ["Handling code / restrictions", "14 Handling", "HANDLING_CODE_TXT", "Cod trafod / Handling",
                     "Are there any handling restrictions?"],
    },
    "mash": {
        "name": ["Young person's full name (16/17)", "1 Name", "YP_FULLNAME_TXT", "Enw llawn y person ifanc / YP full name",
                 "What is the young person's name?"],
        "dob": ["Date of birth of the young person (aged 16/17)", "2 Date of birth (required)", "YP_BIRTHDATE_VAL",
                "Dyddiad geni (16/17) / Date of birth", "When is the young person's birthday (day, month, year)?"],
        "address": ["Current address or where staying", "3 Address (required)", "YP_ADDRESS_TXT", "Current address / Cyfeiriad presennol",
                    "Where is the young person staying tonight?"],
        "agency": ["Presenting agency / department", "4 Presenting agency", "PRESENTING_AGENCY_TXT",
                   "Asiantaeth gyflwyno / Presenting agency", "Which agency did the young person present to?"],
        "status": ["Homeless now or threatened with homelessness (required)", "5 Homelessness status", "HOMELESSNESS_STATUS_TXT",
                   "Homelessness status / Statws digartrefedd", "Is the young person homeless now or only threatened with it?"],
        "mediation": ["Mediation attempted - yes or no", "6 Mediation attempted", "MEDIATION_ATTEMPTED_YN",
                      "Cyfryngu wedi'i roi ar waith / Mediation attempted", "Has anyone attempted mediation with the family?"],
        "mediation_outcome": ["Outcome of mediation (required)", "7 Mediation outcome", "MASH_MEDIATION_OUTCOME_TXT",
                              "Canlyniad y cyfryngu / Outcome of mediation", "How did the mediation sessions go?"],
        "concerns": ["Any welfare or safeguarding concerns about the YP", "8 Concerns", "MASH_WELFARE_CONCERNS_TXT",
                     "Safeguarding concerns / Pryderon diogelu", "Are there welfare or safeguarding concerns?"],
        "known": ["Known to children's social care - yes or no", "9 Known to CSC", "KNOWN_TO_CSC_YN",
                  "Yn hysbys i ofal cymdeithasol plant / Known to CSC", "Is the young person already known to social care?"],
        "parent_contact": ["Parent / guardian name and contact number", "10 Parent or guardian", "PARENT_GUARDIAN_TXT",
                           "Manylion rhiant neu warcheidwad / Parent or guardian details",
                           "How can we contact a parent or guardian?"],
    },
    "mash-notice": {
        "name": ["Young person (mediation notice)", "1 Young person", "MN_NOTICE_YP_NAME", "Person ifanc / YP (notice)",
                 "Which young person is this about?"],
        "dob": ["DOB (mediation notice)", "2 DOB", "MN_NOTICE_YP_DOB", "Dyddiad geni / DOB (notice)",
                "What is their date of birth?"],
        "date": ["Date agreement reached (required)", "3 Date of agreement", "AGREEMENT_DATE_VAL", "Dyddiad y cytundeb / Date agreed",
                 "When was agreement reached?"],
        "outcome": ["Details of the agreement reached", "4 Agreement", "AGREEMENT_DETAILS_TXT",
                    "Manylion y cytundeb / Agreement details", "What did the family agree?"],
        "agency": ["Agency notifying MASH (required)", "5 Notifying agency", "NOTIFYING_AGENCY_TXT", "Asiantaeth / Notifying agency",
                   "Who is sending this notice?"],
    },
    "void": {
        "provider": ["Provider that completed this return", "1 Provider", "PROVIDER_TXT", "Darparwr gwasanaeth / Service provider",
                     "Which provider?"],
        "week": ["Return week commencing (Monday)", "2 W/C", "WC_DATE_VAL", "Wythnos yn cychwyn / Week starting",
                 "Which week is this for?"],
        "ref": ["Our own property ref", "Prop ref no. (ours)", "PROP_REF_TXT", "Ref / Cyfeirnod", "Which property?"],
        "locality": ["Area / locality name", "Area of the county (district)", "LOCALITY_TXT", "Area / Ardal (lleoliad)", "Where?"],
        "service": ["Service band (16/17, 18+, parents)", "Svc (16/17, 18+, P)", "SERVICE_TXT", "Gwasanaeth / Service category",
                    "Which service?"],
        "total": ["Total beds this property", "Beds (no.)", "TOTAL_BEDS_NUM", "Total beds / Cyfanswm", "How many beds?"],
        "occupied": ["Beds with a resident", "Occ. beds", "OCCUPIED_BEDS_NUM", "Gwelyau gyda phreswylydd / Beds occupied",
                     "How many filled?"],
        "vacant": ["Beds with no resident", "Vac", "VACANT_BEDS_NUM", "Gwelyau heb breswylydd / Beds vacant",
                   "How many empty?"],
        "available": ["Next bed available from", "Avail from (date)", "AVAILABLE_FROM_VAL", "Ar gael o (dyddiad) / Available from",
                      "When free?"],
        "emergency": ["Emergency bed available tonight", "Emerg bed avail Y/N", "EMERGENCY_BED_YN", "Emergency bed / Gwely argyfwng",
                      "Emergency bed free?"],
        "notes": ["Further notes / comments", "Property notes this week", "FURTHER_NOTES_TXT", "Nodiadau pellach / Further notes", "Anything else to add?"],
    },
}

TITLES = {
    "referral-emergency": ["Supported Accommodation Assessment & Referral (EMERGENCY - within 24 hours)",
                           "Emergency Referral for Young People's Supported Accommodation",
                           "Atgyfeiriad Argyfwng / Emergency YPSA Referral Form"],
    "referral-non-emergency": ["Supported Accommodation Assessment & Referral (NON-EMERGENCY)",
                               "Planned Referral for Young People's Supported Accommodation",
                               "Atgyfeiriad wedi'i Gynllunio / Planned YPSA Referral Form"],
    "risk": ["Risk Concern: Provider Unable to Accept Referral", "YPSA Provider Risk Concern Form",
             "Pryder Risg y Darparwr / Provider's Risk Concern Response"],
    "safeguarding": ["YPSA Safeguarding Incident Form (Provider to OCC)", "Incident and Safeguarding Report - YPSA Provider",
                     "Ffurflen Digwyddiad Diogelu / Safeguarding Incident Form"],
    "intelligence": ["Partnership Agency Intelligence Submission (TVP)", "Intelligence Submission from a Partner Agency",
                     "Cyflwyniad Gwybodaeth Asiantaeth Bartner / Partner Intelligence Submission"],
    "mash": ["MASH Referral for a Homeless 16/17 Year Old", "Young Person (16/17) Homelessness - MASH Referral Form",
             "Atgyfeiriad MASH Person Ifanc Digartref / MASH Homeless YP Referral"],
    "mash-notice": ["Mediation Has Prevented Homelessness - Notice to MASH", "Notification of Successful Mediation (16/17)",
                    "Hysbysiad: Cyfryngu Llwyddiannus / Successful Mediation"],
    "void": ["Weekly Void Return - Supported Accommodation", "YPSA Provider Weekly Vacancy Return (all schemes)", "Adroddiad Gwagleoedd Wythnosol / Weekly Vacancy Return"],
}

SUBJECTS = {
    "referral-emergency": ["EMERGENCY referral - {initials} - bed needed today", "{initials}: emergency SA referral form",
                           "Emergency placement request - {initials} (within 24h)", "Re: emergency bed for {initials}",
                           "Emergency YPSA referral attached for {initials}", "{initials} - crisis referral - please confirm receipt"],
    "referral-non-emergency": ["{initials}: planned SA referral form", "Planned move referral for {initials} (not urgent)",
                               "Non-emergency referral for {initials} - move in the new year",
                               "Referral (planned) - young person {initials}", "YPSA referral {initials} - planned",
                               "{initials} referral form as discussed at panel"],
    "risk": ["RE: your referral {ref} - provider risk concern", "Provider risk concern form ({ref})", "{ref} - provider cannot accept (risk)",
             "Unable to accept {ref} - see risk concern", "Risk concern regarding referral {ref}", "Provider's response to referral {ref}"],
    "safeguarding": ["{property} - safeguarding incident form", "Safeguarding form - {property}",
                     "Incident {property} last night", "SG incident report ({property})",
                     "Safeguarding notification re resident at {property}", "{property}: incident form attached"],
    "intelligence": ["Intelligence submission form", "Partnership intelligence - please pass to TVP readers",
                     "Intel submission (TVP partnership)", "Information for police - partnership form",
                     "Partner intel form attached", "Submission for TVP intelligence readers"],
    "mash": ["{initials} - MASH referral (homeless 16/17)", "MASH referral form for {initials}",
             "Homeless 16yo/17yo - {initials} - MASH", "MASH: {initials} presenting today",
             "Referral into MASH ({initials})", "{initials} MASH referral - housing options"],
    "mash-notice": ["{initials} - mediation successful, no longer homeless", "Mediation notice for MASH - {initials}", "MASH notice: {initials} home again",
                    "{initials} - prevented via mediation"],
    "void": ["Void return w/c {week} ({provider})", "{provider} - void return {week}", "Voids for the week of {week}",
             "{provider} weekly vacancies - {week}", "Weekly return attached - {provider} {week}", "{week} voids from {provider}"],
    "other": ["Quick question about next week's panel", "Out of office until Tuesday", "Provider forum - dates for 2027",
              "Visitor parking at County Hall on Mondays?"],
}

INTROS = ["Good afternoon to the Brokerage team,", "Hello Placements team - see below,", "Hi there, hope you're keeping well,", "Dear colleagues in Brokerage and Placements,",
          "Prynhawn da bawb / Good afternoon all,", "Hi team - hope all's well,", "Dear Placements,"]
SIGNOFFS = ["Thanks very much for your time,", "With thanks from the team,", "Cheers for now, speak soon,", "Yours sincerely (sent from the duty inbox),", "Cofion / Regards,", "Speak soon - thanks again,"]
COVERING = ["Please find the form attached.", "Form attached - any questions just give me a ring.",
            "Attached on our usual template.", "Two attachments: the supporting paperwork and the form itself.",
            "Sending the completed form for your records."]
FOOTERS = ["Leaving Care Service | Oxfordshire County Council\nMobile: 07700 900 555",
           "Part-time: Tues, Wed, Thurs",
           "Night Support Worker | Waking night 22:00-08:00",
           "Gwasanaethau Cymdeithasol / Social Services\nCroesewir gohebiaeth yn Gymraeg",
           "PC 4471 | Neighbourhood Policing Team (Banbury)"]
DISCLAIMERS = ["CONFIDENTIALITY: this email may contain personal data. If it reached you by mistake, delete it; "
               "there is no urgent action for you to take.",
               "We are committed to reducing paper - please do not print unless you need to.",
               "Classification: OFFICIAL-SENSITIVE (personal)."]
DISCLAIMER_CHANCE = 0.35
FORWARDS = ["Forwarding on behalf of the night team.", "Passing this on from my colleague - original below.",
            "Please see below, forwarded as agreed with your duty manager."]
FORWARD_CHANCE = 0.12

PEOPLE = {
    "first": ["Iolo", "Angharad", "Lily-Rose", "Macsen", "Catrin", "Rhys", "Gethin", "Ela-Mai", "Sioned", "Owain",
              "Lleucu", "Darcey", "Kofi", "Ayesha", "Filip", "Niamh", "Ciarán", "Mairéad", "Teddie", "Rocco",
              "Alfie-James", "Chiamaka", "Iwan", "Morfydd", "Deio", "Harri", "Skye", "Noor"],
    "last": ["O'Sullivan", "ap Gruffydd", "Parry-Jones", "Lewis-Evans", "McKenna", "Probert", "Watkin-Davies",
             "Gwynedd", "Mensah", "Kowalczyk", "D'Almeida", "Hughes-Rowlands", "Pritchard", "Morgan", "Tudor-Price",
             "Thomas", "St John", "Ó Murchú", "Achieng", "Blackwood"],
}
NAME_STYLES = {"yp": ["Mx {first} {last}", "{first} {last}"], "worker": ["{first} {last} (he/him)", "{first} {last} (she/her)"]}
NAME_CHANCE = 0.25

VALUE_STYLES = {
    "dates": ["d/m/yyyy", "dd/mm/yyyy", "d Mon yyyy", "d Month yyyy", "dd-Mon-yyyy", "dth Mon yyyy", "dd.mm.yyyy",
              "d-m-yyyy", "dddd d Month yyyy"],
    "times": ["HH:MM", "h:mm pm", "HHMM", "HH.MM", "h.mm am", "HH:MM hrs"],
    "joiners": ["{d} {t}", "{d} at {t}", "{d}, {t}", "{t} {d}"],
    "yes": ["Yes", "Y", "yes", "YES", "Yes - see notes", "Yes (confirmed)"],
    "no": ["No", "N", "no", "NO", "No - N/A"],
    "blanks": ["", "Not known", "N/A", "-", "n/k", "Nil"],
}

HEADING_CHANCE = 0.85
HEADINGS = {
    "Section 1 - About the young person": ["Young person", "Section A - The young person", "SECTION A: YOUNG PERSON",
                                           "Adran A / Section A: Y person ifanc"],
    "Section 2 - Referrer": ["Referrer", "Section B - Referrer", "SECTION B: REFERRER", "Adran B / Section B: Atgyfeiriwr"],
    "referral.sw": ["Allocated worker", "Section B2 - Allocated worker", "SECTION B2: ALLOCATED WORKER",
                    "Adran B2 / Section B2: Gweithiwr"],
    "Section 3 - Family Group Conference and diversion": ["Family Group Conference", "Section C - FGC and diversion",
                                                          "SECTION C: FGC AND DIVERSION", "Adran C / Section C: FGC"],
    "Section 4 - Reason for referral and risks": ["Reasons and risks", "Section D - Reasons and risks",
                                                  "SECTION D: REASONS AND RISKS", "Adran D / Section D: Rhesymau a risgiau"],
    "risk.referral": ["Referral", "Section 1 - Referral", "SECTION 1: REFERRAL", "Adran 1 / Section 1: Atgyfeiriad"],
    "risk.concern": ["Risk concern", "Section 2 - Risk concern", "SECTION 2: RISK CONCERN", "Adran 2 / Section 2: Pryder risg"],
    "sg.provider": ["Provider", "Section 1 - Provider", "SECTION 1: PROVIDER", "Adran 1 / Section 1: Darparwr"],
    "Young person": ["Young person (resident)", "Section 2 - Young person", "SECTION 2: YOUNG PERSON",
                     "Adran 2 / Section 2: Person ifanc"],
    "sg.sw": ["Social worker / PA", "Section 3 - Social worker / PA", "SECTION 3: SOCIAL WORKER / PA",
              "Adran 3 / Section 3: Gweithiwr cymdeithasol"],
    "The incident": ["Incident", "Section 4 - Incident", "SECTION 4: INCIDENT", "Adran 4 / Section 4: Digwyddiad"],
    "intel.you": ["Submitting agency", "Section 1 - Submitting agency", "SECTION 1: SUBMITTING AGENCY",
                  "Adran 1 / Section 1: Asiantaeth"],
    "intel.info": ["Information", "Section 2 - Information", "SECTION 2: INFORMATION", "Adran 2 / Section 2: Gwybodaeth"],
    "mash.yp": ["Young person (16/17)", "Section 1 - Young person", "SECTION 1: YOUNG PERSON", "Adran 1 / Section 1: Person ifanc"],
    "mash.agency": ["Presenting agency", "Section 2 - Presenting agency", "SECTION 2: PRESENTING AGENCY",
                    "Adran 2 / Section 2: Asiantaeth"],
    "mash.housing": ["Housing and family situation", "Section 3 - Housing and family", "SECTION 3: HOUSING AND FAMILY",
                     "Adran 3 / Section 3: Tai a theulu"],
}

CHOICE_BOXES = 0.4
BOX_MARKS = [("\u2611 ", "\u2610 "), ("[x] ", "[ ] "), ("X ", "_ ")]

LEGAL_STYLES = ["lines", "grid", "sentence"]
LEGAL_CHANCE = 0.55
LEGAL_MARKS = [("\u2611 ", "\u2610 "), ("[x] ", "[ ] "), ("Yes - ", "No - ")]
LEGAL_OPTIONS = [("looked-after", "Looked After Child (LAC)"), ("care-leaver", "Care Leaver"),
                 ("cin", "Child in Need (CIN)"), ("not-known", "Not known to Children's Social Care")]
LEGAL_SENTENCES = {
    "looked-after": ["{yp} is in care (section 31 full care order) and placed in foster care.",
                     "Looked after by Oxfordshire under s20 since September.",
                     "{yp} became looked after in the spring after a police protection order."],
    "care-leaver": ["{yp} left care at 18 and is a former relevant care leaver.",
                    "Relevant child (care leaver, 16/17) with a PA from the Leaving Care team.",
                    "{yp} is an eligible care leaver still in a foster placement."],
    "cin": ["Open to the locality team on a Child in Need plan.", "{yp} is subject to a CIN plan (s17).",
            "Child in Need - plan reviewed last month."],
    "not-known": ["No previous social care involvement.", "{yp} is not known to Children's Social Care.",
                  "Not known to CSC before this referral."],
}

NEEDED_STYLES = ["ASAP{asap} ({d})", "Today{today} - {d}", "From Monday{monday}, {d}", "No later than {d}",
                 "{d}{planned} - planned, some flexibility", "{d}{asap} - urgent"]
NEEDED_CHANCE = 0.55

SECTION_OF = ["Section {k} of {n}", "Page {k} of {n} | {title}", "{title} (Section {k}/{n})"]
DECLARATIONS = ["I confirm the young person knows about this referral and the details above are correct.",
                "Referrer declaration: the information given is true to the best of my knowledge.",
                "Datganiad yr atgyfeiriwr / Referrer's declaration"]
SIGN_LABELS = [("Signature:", "Date signed:"), ("Signed (referrer):", "Dated:"), ("Llofnodwyd / Signed:", "Dyddiad / Date signed:")]
LONG_EXTRAS = {
    "referral": [("GP name and practice", "Dr Amin, Bicester Health Centre"),
                 ("Education / training provider", "Activate Learning - Oxford campus, part-time"),
                 ("Ethnic origin", "Black British - African"), ("Preferred language", "English (also speaks Twi)"),
                 ("Faith / religion", "Christian"),
                 ("Household members", "Mother; two half-siblings aged 8 and 11"),
                 ("Professionals currently involved (name / agency)", "School nurse; Early Help worker; YJS officer"),
                 ("Physical health", "No known health conditions."),
                 ("NEET / EET status", "EET - attends college three days a week"),
                 ("Brief chronology", "Sept - family breakdown reported. Nov - first night away from home."),
                 ("Allergies", "Penicillin"), ("Any pets?", "No")],
    "risk": [("Date referral read", "This week"), ("Panel members", "Scheme manager and team leader"),
             ("Scheme considered", "Shared house in the north of the county"), ("RA / RMP enclosed?", "Yes"),
             ("Discussed with Brokerage?", "Yes, by phone")],
    "safeguarding": [("Staff on shift", "One waking night worker and one sleep-in"),
                     ("Injuries observed", "None seen"), ("First aid given?", "No"),
                     ("On-call manager contacted", "Yes"), ("Family informed?", "Not appropriate at this stage"),
                     ("LADO consulted?", "Not applicable")],
    "intelligence": [("Already shared with police?", "No"), ("Risk to source if disclosed", "Medium"),
                     ("Line manager agreed?", "Yes"), ("Our internal ref", "INTEL-2026-117"),
                     ("Follow-up requested?", "No")],
    "mash": [("School / college", "Larkmead School"), ("GP practice", "Abingdon Surgery"),
             ("Siblings", "One older brother, not at home"), ("Ethnicity", "White Other - Polish"),
             ("Interpreter needed?", "No"), ("Previous contacts with MASH", "None known")],
    "mash-notice": [("Housing options officer", "On duty"), ("Review date set?", "Yes, after 6 weeks"),
                    ("Family support", "Offered by Early Help")],
}

SUPPORTING = {
    "referral": [("Chronology - {i}", "Chronology of significant events - {yp}",
                  ["Prepared by the allocated worker for the referral.",
                   "{d-2}|Police called to the family home after an argument.",
                   "{d-15}|Family network meeting; no offer of a room.",
                   "{d-40}|{yp} missing for two nights.", "{d-120}|Referral to Early Help."]),
                 ("Pathway plan {i}", "Pathway Plan (extract) - {yp}", ["Accommodation: needs a supported placement.",
                                                                        "Education: college course to continue.",
                                                                        "Health: register with a GP near the placement."])],
    "risk": [("RA and RMP {i}", "Risk Assessment / Risk Management Plan - {yp}",
              ["Completed on receipt of the referral by the scheme manager.", "Overall rating: high.",
               "Measures considered and why they are not enough are set out in the form."]),
             ("Risk matrix {i}", "Risk matrix - {yp}", ["{d-1}|Referral discussed at the provider's panel.",
                                                       "{d-0}|Risk matrix completed."])],
    "safeguarding": [("Staff statement {i}", "Statement of the staff member on shift",
                      ["I was the waking night worker on shift.", "I wrote this at the end of my shift."])],
    "intelligence": [("Observation log {i}", "Observation log", ["{d-3}|Vehicle seen again in the car park.",
                                                                  "{d-11}|First noted by the day team."])],
    "mash": [("Housing assessment {i}", "Housing Options initial assessment - {yp}",
              ["Enquiries under section 184 opened.", "Referred to children's services as a 16/17 year old."])],
}

FIELDS_YN = [("Yes", "No"), ("Oes / Yes", "Nac oes / No"), ("Y", "N")]
FIELDS_INTRO = ["Please complete the grey fields. Press Tab to move between fields.",
                "Protected form: type in the fields and tick the boxes. Do not change the layout."]

INSTRUCTIONS = ["All sections must be completed before the referral can be considered.",
                "Llenwch bob adran / Fill in every section, please.",
                "Email the completed form to Brokerage. Keep a copy for the young person's file."]
INSTRUCTIONS_CHANCE = 0.35
OFFICE_USE = [("Office use only", [("Received on", ""), ("Entered by", ""), ("Panel", "")]),
              ("At ddefnydd swyddfa / For office use", [("Dyddiad / Date", ""), ("Cyf / Ref", "")])]
OFFICE_USE_CHANCE = 0.3

ATTACHMENT_NAMES = {
    "referral": ["scan0{i}", "Document1", "Copy of referral form (old version) {i}", "YPSA_referral_{i}"],
    "risk-concern": ["scan0{i}", "Risk concern form {i}", "Document3"],
    "safeguarding-incident": ["scan0{i}", "SG incident {i}", "Incident form {i} (2)"],
    "intelligence-submission": ["scan0{i}", "Intel form {i}", "Document1"],
    "mash-referral": ["scan0{i}", "MASH form {i}", "Document2"],
    "mash-notice": ["Mediation notice {i}", "scan0{i}"],
    "void-return": ["Voids {i}", "weekly return {i}", "report_export_{i}", "Book1"],
}

VOID_EXTRA_COLUMNS = ["Key worker", "Gender mix"]
VOID_SUBHEADERS = {"total": ["All", "Beds"], "occupied": ["Occupied", "Taken"], "vacant": ["Vacant", "Spare"]}
VOID_TOTALS = ["Grand total", "Totals (all properties)", "Cyfanswm terfynol / Grand total"]
VOID_NOTES_ROWS = ["Completed by the service manager.", "Queries to the scheme office please."]
VOID_ADDRESS_HEADERS = ["Property address", "Address (street, town)", "Scheme"]
VOID_TICKS = [("\u2714", ""), ("Y", "N"), ("YES", "NO"), ("\u2713", "\u2717")]
VOID_TICK_LEGENDS = ["{on} / green cell = emergency bed free", "Key: {on} = emergency bed available"]
VOID_TITLE_LINES = ["{provider} void return", "{title} - {provider}", "{title}"]
VOID_SUMMARY_LINES = ["Total vacant: {v} (across {p} properties)", "{v} vacancies in {p} properties this week"]
VOID_SHEETS = ["Voids", "Week", "Export"]
VOID_LINE = ["{ref} - {loc} - {svc}: total {t}, occ {o}, vac {v}, from {a}, emerg {e}{notes}",
             "{ref} ({loc}): {v} vacant of {t} ({o} occupied); available {a}; emergency bed {e}{notes}"]
VOID_LINE_NONE = ["-", "nothing free"]

TEXTS = {
    "reason": [
        "{yp} and dad have had a series of serious rows since {yp}'s mum moved out in the summer.\n"
        "- Dad has changed the locks twice\n- {yp} has slept in a friend's car at least once\n"
        "- school report {yp} arriving tired and hungry\nDad says he cannot cope and wants {yp} to leave.",
        "{yp} has been in an unregulated bed and breakfast for three weeks after a foster placement ended.\n\n"
        "This is not suitable and {yp} needs somewhere with staff on site while pathway planning continues.",
        "1) Family home is severely overcrowded - seven people in a two bedroom flat.\n"
        "2) {yp} shares a room with three younger siblings.\n3) The landlord has served notice on the family.",
        "{yp} is coming to the end of a custodial sentence and the YOT plan is for supported accommodation "
        "away from the peers involved in the offence.",
        "Kinship placement with an older cousin has ended because of the cousin's new baby. {yp} is keen "
        "to stay in the same town for college and work.",
        "Mum has a new partner who does not want {yp} living there. Repeated arguments have led to {yp} "
        "staying out all night and missing college.",
        "{yp} has completed a stay in a CAMHS inpatient unit and cannot return to the family home, where "
        "the relationship with step-mum has broken down.",
    ],
    "safety": ["{yp} slept in a stairwell last night and has no money or phone credit.",
               "Dad threw {yp} out this afternoon after hitting {yp}; police attended.",
               "{yp} is at the police station now and cannot be returned home.",
               "{yp} has been told by a friend's parents that tonight is the last night."],
    "diversion": ["FGC held in October; no family member able to offer a room.",
                  "Three mediation sessions with dad; he ended them.",
                  "Support from Early Help for four months; home still not safe.",
                  "Short stay with an uncle arranged but it broke down after a week."],
    "support": ["Independent living skills, budgeting and getting back to college.",
                "Help with mental health appointments and a keyworker to talk to daily.",
                "Support to claim benefits and to keep a tenancy in future.",
                "Structured days, help with YOT appointments and healthy routines."],
    "risks": {
        "risk_self": ["History of cutting, last known episode in August.", "No known self-harm.",
                      "Suicidal thoughts when drinking; safety plan in place."],
        "risk_others": ["Has damaged property when angry.", "Nothing to suggest a risk to other residents.",
                        "Assault on a peer at school (2025)."],
        "risk_from": ["Mum's ex-partner has made threats.", "Older peers pressuring for money.",
                      "No known risk from others."],
        "exploitation": ["County lines concerns; found in Slough last month.", "Sexual exploitation concerns - older boyfriend.",
                         "No exploitation indicators identified so far."],
        "substance": ["Smokes cannabis daily.", "Occasional alcohol, no drugs known.", "Has used ketamine at parties this year."],
        "offending": ["Referral order for theft.", "Pending charge - possession with intent.", "No offending known to the YOT or police."],
        "mental_health": ["Autism diagnosis; CAMHS closed.", "PTSD diagnosis; trauma therapy weekly.",
                          "Periods of low mood; the GP is aware and reviewing."],
    },
    "risk_unable": [
        "Repeated threats to set fire to the building made to staff in the last fortnight.",
        "An active feud with a young man who already lives in the only vacant scheme.",
        "Regular visits from adults linked to drug supply, including at night.",
        "Frequent ligature attempts needing constant observation overnight.",
        "Sexual assault allegation against a younger resident at the last placement, still under investigation.",
        "Violent assaults on two members of staff at the previous provider in November.",
        "Absconding daily and returning intoxicated with unknown adults in tow.",
    ],
    "risk_why": ["No staff on site between midnight and eight.", "Shared bathrooms with younger and vulnerable residents.",
                 "Our staff are not trained to manage this behaviour safely.", "The scheme is close to where the exploitation happens.",
                 "Only one member of staff covers three properties in the evening."],
    "risk_enable": ["24 hour staffing for the first month and a clear police protocol.",
                    "A self-contained flat in another district with floating support.",
                    "Completed specialist assessment and funded 1:1 support.",
                    "A mental health crisis plan and extra evening support hours.",
                    "Move of the other resident first, and a joint safety plan."],
    "incident": {
        "Missing": ["{yp} left at 5pm saying they were going to the gym and did not return. Staff called round friends and "
                    "reported {yp} missing to police at 11pm. Found by officers at a friend's flat the next day.",
                    "Waking night notes: {yp} not in room at the 2am check. Window open. Reported missing. "
                    "{yp} walked back in at 7am and went straight to bed.",
                    "{yp} did not come back from college. Phone off. Missing report made to TVP; {yp} "
                    "rang staff from Reading station late that night and was collected."],
        "Exploitation": ["A man who says he is {yp}'s 'uncle' keeps turning up and giving {yp} money and lifts. "
                         "No family of that name is known to the social worker.",
                         "{yp} came home with bruising and said they 'owed' someone for a lost package.",
                         "Staff saw {yp} handing small packages to people through a car window by the bins."],
        "Self-harm": ["{yp} swallowed a number of paracetamol and told staff an hour later. Ambulance called; "
                      "kept in hospital overnight.",
                      "{yp} showed staff fresh cuts on the thigh. First aid given and the GP seen next day.",
                      "Staff found {yp} scratching their arms with a broken CD. Dressed the wounds and stayed with {yp}."],
        "Violence": ["{yp} and another resident argued over a phone charger and {yp} hit the other resident with a "
                     "mug. Police called, both separated.",
                     "{yp} kicked a hole in the office door after being told about a curfew breach.",
                     "{yp} was assaulted by two unknown males outside the scheme and came in with a cut lip."],
        "Allegation against staff": ["{yp} says a worker took money from their room. Manager informed and LADO consulted.",
                                     "{yp} told the keyworker that a night worker shouted and swore at them.",
                                     "{yp} alleges a staff member pushed them in the corridor."],
        "Police involvement": ["Police attended to arrest {yp} on a warrant for non-attendance at court.",
                               "Officers came to speak with {yp} as a witness to a stabbing in the town centre.",
                               "Police returned {yp} to the scheme after finding them drunk in the park."],
        "Hospital admission": ["{yp} was taken to A&E after a fall from a bike and admitted with a fractured wrist.",
                               "{yp} was admitted with suspected appendicitis after severe stomach pain.",
                               "{yp} became unwell after taking an unknown pill and was admitted overnight."],
        "Other": ["{yp} lost the flat keys and a stranger later tried them in the door; locks changed.",
                  "A parent arrived drunk and abusive demanding to see {yp}; asked to leave.",
                  "{yp} reported that personal photos had been shared online without consent."],
    },
    "actions": ["Missing protocol followed; SW informed in the morning.", "Police called and the scene kept safe.",
                "Room search with {yp}'s agreement.".replace("{yp}", "the YP"), "On-call manager attended."],
    "intel_urgent": [
        "{p} has just phoned the office and said he is on his way with a knife for {yp} and will be here in ten minutes.",
        "There is a fight starting outside the scheme right now and {p} is waving a bat at {yp}.",
        "{yp} has messaged staff from inside {p}'s car saying {p} will not let them out and is driving to London now.",
        "{p} told {yp} an hour ago that the flat will be torched tonight. {yp} has seen a petrol can in his boot.",
        "{p} is standing in the hallway now refusing to leave and has threatened to stab the night worker.",
        "{yp} says {p} has a gun in his jacket and is waiting at the bus stop opposite for {yp} to come out.",
        "Voice note just received: {p} says he's 'coming for' {yp} at midnight with his cousins and a blade.",
        "Right now {p} is kicking the front door in and {yp} is locked in the bathroom with a staff member.",
        "{yp} disclosed ten minutes ago that {p} has planned to rob the corner shop this evening and has "
        "a knife ready; {yp} is expected to go with him at 8pm.",
        "{p} has told staff he will kill {yp} 'before the night's out' and has been seen circling the building.",
    ],
    "intel_routine": [
        "Staff have noticed {p} parked outside on Friday evenings for the last month. {yp} goes out to the car "
        "for a few minutes each time. No immediate risk; sharing for police awareness.",
        "{yp} mentioned {p} runs a 'shop' from a flat above the bookmakers and that young people sell for him.",
        "A neighbour told us last week that {p} had urgently asked about {yp}'s room number. Nothing further since.",
        "{p}, who assaulted {yp} last year, has been released and is living in Bicester again according to {yp}.",
        "Several residents talk about {p} offering cannabis in exchange for running errands to Oxford.",
        "We believe {p} is using a house near the station for parties involving under-18s and alcohol.",
        "{yp} said {p} showed them a video of a stabbing on his phone and boasted about it; the incident was in October.",
        "Night staff saw {p} passing something to two young teenagers in the park at around 2am last Tuesday.",
    ],
    "mediation_outcome": ["Dad attended once; would not return.", "Agreed contact arrangements but not a return home.",
                          "Sessions continuing - relationship improving slowly."],
    "mash_concerns": ["Possible exploitation - new clothes and cash, missing from school.",
                      "Domestic abuse in the home; police call-outs recorded.",
                      "Disclosed self-harm to a teacher.", "No other concerns beyond housing."],
    "prevented": ["Following mediation, dad agreed {yp} can return home with support from Early Help.",
                  "The family agreed a plan for {yp} to stay at home after two joint sessions.",
                  "Mum and {yp} have agreed to try again; a review is booked in four weeks.",
                  "{yp} will live with grandparents, agreed by both parents at mediation."],
    "void_notes": ["Redecoration this week", "Leaving Thursday", "Held for a planned admission", "",
                   "Repair booked", "Flat 3 out of action"],
    "other_body": [
        "Is next week's panel still going ahead on Wednesday? I want to bring a young person.",
        "I am on leave until Tuesday. Please contact the team inbox for anything that cannot wait.",
        "Dates for next year's provider forums are attached for your diaries.",
        "Does anyone know if visitor parking at County Hall is still available on Mondays?",
    ],
}
