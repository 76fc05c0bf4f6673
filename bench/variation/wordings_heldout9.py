"""Wordings of the ninth held-out part (heldout9). Written without sight of the parsers, config/forms or any other
part's wordings, mails or documents: from SPEC.md's field lists, the seeds and the way English and Welsh councils,
providers and police word and lay out these forms. What it varies most: long council forms ("Section 3 of 7", fields
the hub does not need, the referrer's details in a signed declaration), Word 97-2003 and Excel 97-2003 files, Word
legacy form fields, a form and its supporting document in one mail, providers' own void sheets and CSVs.
NEVER tune the hub against this part."""

SEED = 90417263
TEXT_EXPECT = True

DOC_LAYOUTS = ["docx-long", "doc-plain2", "pdf-long", "xls-form", "docx-twofiles", "doc-fields", "body-plain",
               "doc-long", "pdf-twofiles", "docx-fields", "body-forwarded", "xlsx-form", "docx-long", "body-lines",
               "pdf-long", "doc-plain2"]
VOID_LAYOUTS = ["xlsx-provider", "csv-bom", "xls-messy", "body-void-lines", "doc-void", "csv-bom", "xls-provider",
                "body-html-table", "xlsx-provider", "body-void-lines", "csv-bom", "xls", "xlsx-provider", "doc-void",
                "csv-messy", "xls-provider"]

LABELS = {
    "referral": {
        "referral_type": ["Is this request for a same-day / crisis placement?", "Level of urgency (crisis / planned)",
                          "URGENCY_BAND", "Math o atgyfeiriad / Crisis or planned"],
        "name": ["1.1 Legal forename(s) and surname", "Young person - name in full (required)", "CHILD_FULL_NAME",
                 "Enw llawn y person ifanc / Young person's name in full"],
        "dob": ["1.2 Birth date (dd/mm/yyyy)", "Birth date of the young person (day, month, year)", "CHILD_BIRTH_DT",
                "YP date of birth / Dyddiad geni'r person ifanc"],
        "gender": ["Young person's gender, in their own words", "1.3 Sex / gender", "CHILD_GENDER_CD",
                   "Rhywedd / Gender (self-described)"],
        "lcs": ["LCS / Liquid Logic person ID (if open)", "1.4 Children's services case number", "SAR_LCS_PERSON_NO",
                "Rhif LCS / LCS reference number"],
        "address": ["Where is the young person staying tonight? (full address)", "1.5 Present address incl. postcode",
                    "CURR_RES_ADDR", "Cyfeiriad presennol / Where living now"],
        "locality": ["District the young person would like to live in (required)", "1.6 Locality requested",
                     "PREF_AREA_DESC", "Ardal a ffefrir / Area wanted"],
        "legal_status": ["Current legal status with children's social care (tick one)", "1.7 CSC status",
                         "LEGAL_STAT_CD", "Statws cyfreithiol / Legal basis of involvement"],
        "uasc": ["Did the young person arrive in the UK as an unaccompanied child seeking asylum?", "1.8 UASC? (Y/N)", "SAR_UASC_FLAG",
                 "Ceisiwr lloches ar ei ben ei hun? / Unaccompanied asylum seeker"],
        "parent": ["Is the young person expecting a baby or caring for their own child?", "1.9 Parent / expectant parent (Y/N)",
                   "SAR_PARENT_FLAG", "Yn rhiant? / Young parent"],
        "ref_name": ["Print name", "Name of person completing this referral", "RFR_PRINT_NAME",
                     "Enw'r atgyfeiriwr / Referring officer"],
        "ref_role": ["Designation (required)", "Your job title (required)", "SAR_RFR_JOB_TITLE", "Swydd / Post held"],
        "ref_org": ["Service / team / agency", "Organisation employing you", "RFR_SERVICE_AREA", "Tîm / Team or service"],
        "ref_email": ["Secure (gcsx/.gov) email for replies", "Your work email address (required)", "RFR_EMAIL_SECURE", "E-bost / Email for outcome"],
        "ref_phone": ["Direct line or mobile number", "Best number to reach you on (required)", "RFR_TEL_DIRECT", "Ffôn / Telephone (work)"],
        "sw_name": ["Allocated worker if different from you", "2.6 Name of allocated SW or PA (if not referrer)",
                    "ALLOC_WKR_NAME", "Gweithiwr cymdeithasol / Allocated SW or PA"],
        "sw_email": ["Allocated worker's email if different", "2.7 Email of allocated SW / PA", "ALLOC_WKR_EMAIL",
                     "E-bost y gweithiwr / SW or PA email"],
        "fgc": ["Was the family offered a Family Group Conference before this referral?", "3.1 FGC offered (Y/N) (required)",
                "SAR_FGC_OFFERED_IND", "Cynnig Cynhadledd Grŵp Teulu? / FGC offered"],
        "fgc_date": ["If yes, when was the FGC offered or held?", "3.2 Date of FGC / date offered", "SAR_FGC_OFFER_DT",
                     "Dyddiad y gynhadledd / FGC date"],
        "diversion": ["What has been tried to keep the young person at home or with family and friends?",
                      "3.3 Diversion work to date (family, friends, mediation)", "DIVERSION_SUMMARY",
                      "Gwaith atal / Work done to avoid accommodation"],
        "reason": ["Why is supported accommodation being requested now?", "4.1 Presenting need and background",
                   "RFR_REASON_NARR", "Rheswm / Reason supported accommodation is needed"],
        "safety": ["Describe the immediate risk if the young person is not placed today",
                   "4.2 Immediate safety issue (crisis requests only)", "IMMED_SAFETY_NARR",
                   "Pryder diogelwch uniongyrchol / Danger if not placed tonight"],
        "risk_self": ["Risks the young person poses to themselves (required)", "5.1 Self-harm / risk to own safety",
                      "RISK_SELF_NARR", "Risg i'w hun / Harm to self"],
        "risk_others": ["Risks the young person may pose to other residents or staff", "5.2 Risk towards others",
                        "RISK_OTHERS_NARR", "Risg i eraill / Harm to others"],
        "risk_from": ["Risk to the young person from other people (required)", "5.3 Risk from adults / peers",
                      "RISK_FROM_OTH_NARR", "Risg gan eraill / Harm from others"],
        "exploitation": ["Any indicators of criminal or sexual exploitation (CCE / CSE)?", "5.4 Exploitation concerns",
                         "EXPLOIT_IND_NARR", "Exploitation / Camfanteisio"],
        "substance": ["Drug and alcohol use (required)", "5.5 Substance use (what, how often)", "SUBST_USE_NARR",
                      "Drugs and alcohol / Cyffuriau ac alcohol"],
        "offending": ["Any current or past offending, court dates or YJS involvement", "5.6 Offending / orders",
                      "OFFEND_HIST_NARR", "Offending / Troseddu"],
        "mental_health": ["Emotional wellbeing and mental health (required)", "5.7 MH diagnosis / CAMHS input",
                          "MH_NEEDS_NARR", "Mental health / Iechyd meddwl"],
        "support": ["What help will the young person need from the provider?", "6.1 Support plan - key needs",
                    "SUPPORT_NEEDS_NARR", "Anghenion cymorth / Support the YP needs"],
        "needed": ["Date from which a bed is required", "6.2 Accommodation required from (date)",
                   "REQ_START_DT", "Dyddiad angen llety / Date bed needed"],
        "consent": ["Does the young person agree to this referral and to information being shared?",
                    "6.3 YP consent obtained (Y/N) (required)", "YP_CONSENT_IND",
                    "Caniatâd y person ifanc / Young person consents"],
    },
    "risk": {
        "ref": ["Our reference for the referral you sent", "Brokerage ref. (from your email)", "PRR_REFERRAL_ID",
                "Cyfeirnod yr atgyfeiriad / Referral ref"],
        "provider": ["Responding organisation (required)", "Provider completing this response (required)", "PRR_PROVIDER_ORG_NAME",
                     "Darparwr / Organisation responding"],
        "yp": ["Young person this response relates to", "Name of YP referred (required)", "SUBJECT_FULL_NAME",
               "Enw'r person ifanc / Referred YP"],
        "risk": ["Which of the risks identified are you unable to manage?", "A. Risk we cannot safely hold", "UNMANAGEABLE_RISK_NARR",
                 "Y risg na allwn ei rheoli / Risk that cannot be managed"],
        "why": ["Why can this not be managed in our service?", "B. Reasons the risk cannot be held", "REASON_UNMANAGEABLE",
                "Pam na ellir ei rheoli / Why it cannot be managed"],
        "enable": ["What would need to be in place for us to offer?", "C. Additional support or resources needed",
                   "PRR_MITIGATION_REQUIRED", "Beth fyddai'n galluogi / What would make it possible"],
    },
    "safeguarding": {
        "provider": ["Reporting organisation (required)", "Name of provider (required)", "RPT_ORG_NAME", "Darparwr / Provider reporting"],
        "property": ["Scheme / address code", "Where does the young person live? (property ref)", "SCHEME_REF_CD",
                     "Eiddo / Property where living"],
        "name": ["Full name of the resident involved", "Young person concerned - full name", "SGI_RESIDENT_FULL_NAME",
                 "Enw'r preswylydd / Resident's full name"],
        "dob": ["Resident's birth date", "DOB of young person concerned", "RESIDENT_BIRTH_DT",
                "Dyddiad geni'r preswylydd / Resident DOB"],
        "lcs": ["Resident's LCS ID (if known)", "Social care system number", "SGI_RESIDENT_LCS_NO", "Rhif LCS / LCS ID"],
        "sw_name": ["Who is the resident's SW or Leaving Care PA?", "Allocated worker (SW / PA) - name", "ALLOC_SW_PA_NAME",
                    "Gweithiwr cymdeithasol neu GP / SW or PA name"],
        "sw_email": ["SW or PA's email so we can copy them in", "Allocated worker (SW / PA) - email", "ALLOC_SW_PA_EMAIL",
                     "E-bost y gweithiwr / SW or PA email"],
        "date": ["Date it happened (required)", "On what date did the incident occur?", "INCIDENT_DT", "Dyddiad y digwyddiad / Date of event"],
        "time": ["Time (24hr clock, approx. is fine)", "Incident occurred at (time)", "INCIDENT_TM", "Amser / Time of event"],
        "when": ["Date and approximate time of incident", "Date & time incident occurred (required)", "INCIDENT_DTTM",
                 "Pryd / Date and time of event"],
        "category": ["Incident type - choose the closest", "Incident classification (required)", "INCIDENT_TYPE_CD",
                     "Math o ddigwyddiad / Kind of incident"],
        "severity": ["How serious is this? (low / medium / high / critical)", "Severity (your rating)", "SEVERITY_LVL",
                     "Difrifoldeb / Seriousness"],
        "description": ["What happened? Please give a factual account (required)", "Account of the incident (required)", "INCIDENT_NARR",
                        "Disgrifiad / What took place"],
        "actions": ["Immediate response by staff on shift", "Action taken at the time (required)", "IMMED_ACTIONS_NARR",
                    "Actions taken / Camau a gymerwyd"],
        "police_ref": ["If police attended, their log / crime number", "TVP occurrence / CAD number", "SGI_POLICE_REF_NO",
                       "Police reference / Cyfeirnod yr heddlu"],
    },
    "intelligence": {
        "agency": ["Name of your organisation", "Partner agency sharing this", "SUBMIT_ORG_NAME",
                   "Asiantaeth / Agency sharing"],
        "worker": ["Submitting officer (name in full)", "Form completed by (name)", "SUBMIT_OFFICER_NAME", "Enw'r gweithiwr / Your name"],
        "role": ["Your job title (required)", "Position in organisation (required)", "SUBMIT_OFFICER_ROLE", "Rôl / Role held"],
        "email": ["Contact email (secure if possible)", "Email we can reply to", "SUBMIT_EMAIL", "E-bost / Email to reply to"],
        "phone": ["Contact telephone (required)", "Phone no. (office or mobile)", "SUBMIT_TEL", "Ffôn / Phone to reach you"],
        "when": ["Date and time it was seen or heard", "Date/time of the information (if known)", "PIS_INFO_DTTM",
                 "Pryd / When was it seen or heard"],
        "date": ["Date information obtained (required)", "Date you saw or heard it", "INFO_OBTAINED_DT", "Dyddiad / Date seen or heard"],
        "time": ["Time information obtained (required)", "Time you saw or heard it", "INFO_OBTAINED_TM", "Amser / Time seen or heard"],
        "location": ["Where did it happen or where was it seen?", "Address or place concerned", "PIS_INFO_LOCATION",
                     "Lleoliad / Place"],
        "persons": ["People named (name, DOB, description)", "Subjects involved", "SUBJECTS_DETAILS",
                    "Pobl dan sylw / Persons concerned"],
        "vehicles": ["Vehicles - make, colour, part or full VRM", "Any cars / vans seen?", "PIS_VEHICLE_DETAILS",
                     "Cerbydau / Vehicles seen"],
        "information": ["What is it you would like the police to know?", "Intelligence - who, what, where, when, how",
                        "INTEL_NARR", "Y wybodaeth / The information"],
        "source": ["How has this come to your attention?", "Origin of the information (seen, told, overheard)", "SOURCE_DESC",
                   "Where it came from / Ffynhonnell"],
        "grading": ["Your assessment of the source (if graded)", "3x5x2 / 5x5x5 grading (if known)", "INTEL_GRADE_CD",
                    "Graddiad / Grading"],
        "handling": ["May police share this further? (handling)", "Handling condition for police", "PIS_HANDLING_CD",
                     "Handling code / Cod trin"],
    },
    "mash": {
        "name": ["Name of child (16 or 17)", "Young person presenting - full name", "PRESENTING_YP_NAME",
                 "Child's name / Enw'r plentyn"],
        "dob": ["Child's date of birth (required)", "Young person presenting - DOB", "PRESENTING_YP_DOB", "Dyddiad geni / Child's DOB"],
        "address": ["Last settled address (required)", "Address the YP is leaving / staying at", "PRESENTING_ADDR",
                    "Cyfeiriad / Address the child is at"],
        "agency": ["Which service is referring?", "Presenting service / council department", "MASH_REFERRING_SERVICE",
                   "Gwasanaeth sy'n atgyfeirio / Referring service"],
        "status": ["Homeless today or at risk of homelessness?", "Housing situation on presentation", "MASH_HOMELESS_STATUS_CD",
                   "Sefyllfa dai / Housing position"],
        "mediation": ["Has mediation with the family been offered or tried?", "Mediation attempted with parent(s)? Y/N", "MEDIATION_TRIED_IND",
                      "Cyfryngu wedi'i gynnig? / Mediation tried"],
        "mediation_outcome": ["Outcome of family mediation sessions", "Result of any mediation (required)", "MEDIATION_RESULT_NARR",
                              "Canlyniad cyfryngu / Mediation result"],
        "concerns": ["Any welfare or safeguarding worries?", "Safeguarding / welfare issues identified",
                     "WELFARE_CONCERNS_NARR", "Pryderon lles / Welfare concerns"],
        "known": ["Is the child open to or known by children's social care?", "Open case with CSC? Y/N", "CSC_KNOWN_IND",
                  "Known to CSC / Yn hysbys i'r gwasanaethau cymdeithasol?"],
        "parent_contact": ["Parent / person with PR - name and phone", "Who has parental responsibility and how to reach them",
                           "PR_CONTACT_DETAILS", "Rhiant neu warcheidwad / Parent or carer contact"],
    },
    "mash-notice": {
        "name": ["Name of young person (mediation case)", "Child whose homelessness was prevented", "MEDIATED_YP_NAME",
                 "Enw / Young person's name"],
        "dob": ["Date of birth of child (required)", "YP's DOB (mediation case)", "MEDIATED_YP_DOB", "Dyddiad geni / Born on"],
        "date": ["Date family agreed YP could stay", "Date homelessness was prevented", "PREVENTION_DT",
                 "Dyddiad atal / Date resolved"],
        "outcome": ["How was it resolved?", "Summary of the mediation and agreement", "PREVENTION_SUMMARY",
                    "Crynodeb / What was agreed"],
        "agency": ["Service that did the mediation", "Mediating organisation", "MN_MEDIATION_SERVICE", "Gwasanaeth / Mediator"],
    },
    "void": {
        "provider": ["Supplier (organisation)", "Organisation supplying beds", "VR_PROV_NAME", "Provider / Darparwr"],
        "week": ["Return for week starting", "W/B (Monday date)", "VR_WEEK_START_DT", "Wythnos yn dechrau / W/B"],
        "ref": ["Unit or scheme code", "Prop ID no.", "VR_PROPERTY_CD", "Cyfeirnod eiddo / Property code"],
        "locality": ["Scheme district (council area)", "District the scheme is in", "AREA_NAME", "Area / Ardal"],
        "service": ["Service type we provide", "Who the scheme is for (client group)", "SERVICE_TYPE_DESC", "Math o wasanaeth / Service"],
        "total": ["Beds under contract", "Bed count (scheme)", "VR_BEDS_TOTAL", "Cyfanswm gwelyau / Beds (total)"],
        "occupied": ["Beds let this week (no.)", "No. of residents in", "VR_BEDS_OCCUPIED", "Gwelyau llawn / Occupied beds"],
        "vacant": ["Number of beds standing empty", "No. of free spaces", "VR_BEDS_VACANT", "Gwelyau gwag / Empty beds"],
        "available": ["Date room ready to let", "Earliest date YP can move in", "VR_AVAIL_FROM_DT", "Ar gael o / Free from"],
        "emergency": ["Crash bed tonight?", "Emergency / crash bed free", "EMERG_BED_IND", "Gwely brys / Crash bed"],
        "notes": ["Comments (repairs, moves)", "Comments from scheme", "VR_NOTES_TXT", "Comments / Sylwadau"],
    },
}

TITLES = {
    "referral-emergency": ["Supported Accommodation Request - CRISIS (same day)",
                           "YPSA Assessment & Referral: Emergency Placement Request",
                           "Cais Brys am Lety â Chymorth / Urgent Supported Accommodation Request"],
    "referral-non-emergency": ["Supported Accommodation Request - Planned Move",
                               "YPSA Assessment & Referral: Planned Placement Request",
                               "Cais am Lety â Chymorth / Planned Supported Accommodation Request"],
    "risk": ["Provider Response: Unable to Offer (Risk)", "Referral Response - Risks We Cannot Manage",
             "Ymateb Darparwr / Provider Risk Response"],
    "safeguarding": ["Safeguarding Incident Notification from a YPSA Provider", "Young Person Incident Notification (YPSA)",
                     "Hysbysiad Digwyddiad Diogelu / Safeguarding Incident Notification"],
    "intelligence": ["Partner Intelligence Submission to Thames Valley Police",
                     "Community Intelligence Sharing Form (Partner Agencies)",
                     "Rhannu Gwybodaeth / Partnership Intelligence Form"],
    "mash": ["MASH Request: 16/17 Year Old Homeless or at Risk",
             "Homeless 16-17 - Referral to the Multi-Agency Safeguarding Hub",
             "Atgyfeiriad MASH / 16-17 Homelessness Referral"],
    "mash-notice": ["Notice to MASH: Homelessness Prevented Through Mediation",
                    "Mediation Outcome Notice - 16/17 Remains at Home",
                    "Hysbysiad Cyfryngu / Mediation Success Notice"],
    "void": ["Weekly Bed Availability Return", "Vacancy Return to Brokerage (weekly)", "Ffurflen Gwelyau Gwag / Weekly Voids"],
}

SUBJECTS = {
    "referral-emergency": ["CRISIS referral today - {initials} - please call me", "Same day placement needed ({initials})",
                           "URGENT SA referral {initials} - needs a bed tonight", "Emergency YPSA request: {initials}"],
    "referral-non-emergency": ["Planned SA referral - {initials}", "Supported accommodation - referral paperwork for {initials}",
                               "YPSA planned move request ({initials})", "New referral attached - YP {initials}"],
    "risk": ["Response to referral {ref} - unable to offer", "{ref}: risk response from provider",
             "Cannot offer - ref {ref}", "Provider decline (risk) re {ref}"],
    "safeguarding": ["Incident notification for Brokerage and Q&C - {property}", "Incident overnight at {property} - notification",
                     "{property}: incident report for Brokerage / Q&C", "Notification of incident ({property})"],
    "intelligence": ["Partner intelligence for TVP", "Information sharing - police partnership form",
                     "Intel form (partnership agreement)", "Community intelligence from YPSA"],
    "mash": ["MASH: homeless 16/17 year old ({initials}) - referral", "16/17 presenting as homeless - {initials}",
             "Request to MASH regarding {initials} (16/17)", "Homelessness 16/17: MASH request {initials}"],
    "mash-notice": ["Mediation worked - {initials} staying home", "FYI MASH: {initials} homelessness prevented",
                    "Notice of prevention (mediation) - {initials}", "{initials} - no longer homeless, mediation outcome"],
    "void": ["{provider} voids w/b {week}", "Bed availability {week} - {provider}", "Weekly return {provider} ({week})",
             "Vacancies for week starting {week}"],
    "other": ["Catch up about the panel?", "Automatic reply: out of the office", "Invite: provider forum agenda items",
              "Query re invoice for November", "Thanks for yesterday", "Training dates for new staff"],
}

INTROS = ["Morning Placements team,", "Hello there Brokerage team,", "Hi everyone at Brokerage,", "Dear Placements / Brokerage colleagues,", "Morning both - hope you're well,",
          "Bore da pawb / Morning all,", "Dear Sir or Madam (Brokerage),"]
SIGNOFFS = ["Diolch yn fawr iawn am eich help,", "Many thanks indeed for your help,", "Kind regards for now,", "All best wishes,", "Thanks in advance for looking at this,", "Regards, and thanks,"]
COVERING = ["Form attached as requested - let me know if anything is missing.",
            "Please see the completed form attached.",
            "Attached - sorry it's on the old template, it's the one on our shared drive.",
            "I've attached the form; the second file is just for your information.",
            "Completed paperwork attached for your records."]
FOOTERS = ["Children's Services | Oxfordshire County Council\nTel: 01865 815 000 (switchboard)",
           "Works Mon-Thu. Not at my desk Fridays.",
           "Gwasanaethau Plant / Children's Services\nRwy'n croesawu gohebiaeth yn Gymraeg / I welcome correspondence in Welsh",
           "Team Leader - Night Service\nOn shift 21:00-07:00",
           "Duty desk 01865 000 111 | secure mail only for personal data"]
DISCLAIMERS = ["This email and any attachments are confidential. If you have received it in error please tell the "
               "sender and delete it. No urgent action is expected from anyone receiving it by mistake.",
               "Please consider the environment before printing. Attachments scanned for viruses.",
               "OFFICIAL-SENSITIVE: handle in line with the council's information security policy."]
DISCLAIMER_CHANCE = 0.35
FORWARDS = ["See below from our night team - passing on as agreed.", "FYI - forwarding as requested by the duty manager.",
            "Sending on from my colleague who is off today."]
FORWARD_CHANCE = 0.12

PEOPLE = {
    "first": ["Gwion", "Eirlys", "Tegan-Rose", "Mali", "Cai", "Seren", "Osian", "Nia-Grace", "Dewi", "Elin", "Jac",
              "Aeron", "Bethan", "Taliesin", "Mererid", "Kezia", "Ronan", "Amara", "Zain", "Maisie-Jo", "Bartek",
              "Sinéad", "Aoife", "Tomos", "Efa", "Kayden", "Precious", "Harvey-Lee"],
    "last": ["O'Callaghan", "ap Huw", "Ellis-Pritchard", "Vaughan-Lloyd", "MacAuley", "Pughe", "Rees-Mogridge",
             "Llywelyn", "Okafor", "Nowak", "D'Costa", "Fitzgerald-Hale", "Prosser", "Meredith", "Bevan-Shaw",
             "Treharne", "St Clair", "Ní Bhriain", "Onyango", "Whitlock"],
}
NAME_STYLES = {"yp": ["Mx {first} {last}", "{first} {last}"], "worker": ["{first} {last} (she/her)", "{first} {last} (they/them)"]}
NAME_CHANCE = 0.25

VALUE_STYLES = {
    "dates": ["dd/mm/yyyy", "d Month yyyy", "d/m/yyyy", "dth Month yyyy", "dd.mm.yyyy", "d Mon yyyy", "dd-mm-yyyy",
              "d Mon. yyyy", "ddd d Mon yyyy"],
    "times": ["HH:MM", "h.mmpm", "HHMM hrs", "h:mm pm", "HH.MM", "about HH.MM"],
    "joiners": ["{d} at {t}", "{d} {t}", "{d} - approx {t}", "{t} on {d}"],
    "yes": ["Yes", "Y", "yes", "YES", "Yes - see below", "Yes (discussed with YP)"],
    "no": ["No", "N", "no", "NO", "No - not applicable"],
    "blanks": ["", "N/K", "not known at present", "n/a", "-", "None known"],
}

HEADING_CHANCE = 0.85
HEADINGS = {
    "Section 1 - About the young person": ["PART A: THE YOUNG PERSON", "Adran 1 / Section 1: Young person's details",
                                           "1. Personal details", "Young person's details"],
    "Section 2 - Referrer": ["PART B: REFERRER", "Adran 2 / Section 2: Referrer", "2. Who is making this referral",
                             "Referrer's details"],
    "referral.sw": ["PART C: ALLOCATED WORKER", "Adran 3 / Section 3: Allocated worker", "2b. Allocated worker",
                    "Allocated worker (if not the referrer)"],
    "Section 3 - Family Group Conference and diversion": ["PART D: FAMILY GROUP CONFERENCE", "Adran 4 / Section 4: FGC and prevention",
                                                          "3. Family Group Conference and prevention", "Prevention work"],
    "Section 4 - Reason for referral and risks": ["PART E: NEED AND RISK", "Adran 5 / Section 5: Need and risk",
                                                  "4. Reasons and risks", "Why now, and risks"],
    "risk.referral": ["PART A: REFERRAL", "Adran 1 / Section 1: The referral", "1. Referral details", "About the referral"],
    "risk.concern": ["PART B: OUR RESPONSE", "Adran 2 / Section 2: Response", "2. Provider response", "The risk"],
    "sg.provider": ["PART A: REPORTING PROVIDER", "Adran 1 / Section 1: Provider", "1. Provider details", "Who is reporting"],
    "Young person": ["PART B: RESIDENT", "Adran 2 / Section 2: Resident", "2. Resident details", "The resident"],
    "sg.sw": ["PART C: ALLOCATED WORKER", "Adran 3 / Section 3: Worker", "3. Social worker / PA", "Their worker"],
    "The incident": ["PART D: INCIDENT", "Adran 4 / Section 4: Incident", "4. Incident details", "What happened"],
    "intel.you": ["PART A: SUBMITTING AGENCY", "Adran 1 / Section 1: Agency", "1. About you", "Your details"],
    "intel.info": ["PART B: INFORMATION", "Adran 2 / Section 2: Information", "2. The information", "What you know"],
    "mash.yp": ["PART A: CHILD", "Adran 1 / Section 1: Child", "1. The child", "Young person"],
    "mash.agency": ["PART B: PRESENTING SERVICE", "Adran 2 / Section 2: Service", "2. Referring service", "Referring service"],
    "mash.housing": ["PART C: HOUSING AND FAMILY", "Adran 3 / Section 3: Housing", "3. Housing and family", "Housing and family"],
}

CHOICE_BOXES = 0.4
BOX_MARKS = [("[X] ", "[ ] "), ("\u2612 ", "\u2610 "), ("(x) ", "( ) ")]

LEGAL_STYLES = ["grid", "sentence", "lines"]
LEGAL_CHANCE = 0.55
LEGAL_MARKS = [("\u2612 ", "\u2610 "), ("[X] ", "[  ] "), ("X  ", "    ")]
LEGAL_OPTIONS = [("looked-after", "Looked after (s20 / s31 / EPO)"), ("care-leaver", "Care leaver (eligible / relevant / former relevant)"),
                 ("cin", "Child in need (s17)"), ("not-known", "Not open to children's social care")]
LEGAL_SENTENCES = {
    "looked-after": ["{yp} is looked after under section 20 and has been since the summer.",
                     "Currently a looked after child - accommodated by the local authority (s20)."],
    "care-leaver": ["{yp} is a care leaver (former relevant) and has a Leaving Care PA.",
                    "Care leaver - left care at 18, entitled to leaving care support."],
    "cin": ["Open to the Family Solutions team as a child in need (s17).",
            "{yp} is a child in need under section 17; no care order."],
    "not-known": ["Not previously known to children's social care.", "{yp} has had no involvement with social care."],
}

NEEDED_STYLES = ["ASAP{asap} - {d}", "Today{today} ({d})", "From Monday{monday} {d}", "{d} at the latest",
                 "{d}{planned} (planned move, flexible by a few days)", "{d} or sooner{asap} if a bed comes up"]
NEEDED_CHANCE = 0.55

SECTION_OF = ["Section {k} of {n}", "{title} - Section {k} of {n}", "Page {k} of {n}"]
DECLARATIONS = ["Declaration: I confirm that the information in this form is accurate to the best of my knowledge.",
                "Referrer's declaration - I have discussed this referral with the young person.",
                "Datganiad / Declaration"]
SIGN_LABELS = [("Signed:", "Date completed:"), ("Signature of referrer:", "Date:"), ("Llofnod / Signature:", "Dyddiad / Date:")]
LONG_EXTRAS = {
    "referral": [("GP surgery and address", "Horsefair Surgery, Banbury"),
                 ("School / college / training provider", "Banbury and Bicester College - level 1 construction"),
                 ("Ethnicity", "White British"), ("First language", "English"),
                 ("Religion (optional)", "Prefers not to say"),
                 ("Other family members (name, relationship, contact)", "Younger brother (12) lives with mother; maternal aunt in Didcot"),
                 ("Other professionals involved", "CAMHS worker; YJS case manager; school nurse"),
                 ("Health needs / medication", "Asthma - carries inhaler. No other medication."),
                 ("Education, employment or training status", "NEET since September, interested in an apprenticeship"),
                 ("Chronology of key events (most recent first)", "October - first missing episode reported. "
                                                                   "Summer - moved between relatives twice."),
                 ("Dietary needs", "Vegetarian"),
                 ("Does the young person have a pet?", "No")],
    "risk": [("Date referral received by provider", "See email thread"), ("Manager who reviewed", "Scheme manager"),
             ("Property considered", "Shared house - 4 beds"), ("Risk assessment attached?", "Yes"),
             ("Have you discussed this with the referrer?", "Yes, by phone")],
    "safeguarding": [("Staff on duty", "Two waking night staff"), ("Was the young person injured?", "No visible injury"),
                     ("Body map completed?", "Not required"), ("Manager informed (name)", "On-call manager"),
                     ("Parent / carer informed?", "Not applicable - over 18 or not appropriate"),
                     ("Has a Reg 40 / LADO referral been considered?", "Considered, not needed")],
    "intelligence": [("Has this been reported to police already?", "No"), ("Any risk to the source?", "Low"),
                     ("Manager approval", "Approved by team leader"), ("Unique reference (your system)", "INT-LOCAL-0042"),
                     ("Sanitised version needed?", "No")],
    "mash": [("School / college attended", "Cherwell School"), ("GP", "Woodstock Road Surgery"),
             ("Siblings in the household", "Two younger sisters"), ("Ethnicity", "Mixed White and Black Caribbean"),
             ("Interpreter required?", "No"), ("Previous MASH contacts", "One, 2024, closed NFA")],
    "mash-notice": [("Housing officer", "Duty officer"), ("Follow-up review booked?", "Yes, in 4 weeks"),
                    ("Family support offered", "Early Help worker allocated")],
}

SUPPORTING = {
    "referral": [("Chronology {i}", "Chronology - {yp}", ["Key events known to the allocated worker, most recent first.",
                                                        "{d-3}|Parent told {yp} to leave; stayed with a friend.",
                                                        "{d-20}|Strategy discussion; no further action.",
                                                        "{d-64}|Missing overnight, returned by police.",
                                                        "{d-140}|Case opened to the team."]),
                 ("Care plan {i}", "Care and Support Plan - {yp}", ["Outcome 1: a safe and settled home.",
                                                                   "Outcome 2: back into education or training.",
                                                                   "Outcome 3: keep contact with brother and aunt."])],
    "risk": [("Risk assessment and management plan {i}", "Risk Assessment and Risk Management Plan - {yp}",
              ["Scored by the scheme manager on receipt of the referral.", "Likelihood: high. Impact: high.",
               "Controls considered: staffing, location, house rules, multi-agency plan."]),
             ("RA {i}", "Provider risk assessment - {yp}", ["{d-1}|Referral read by the panel.",
                                                            "{d-0}|Risk assessment completed."])],
    "safeguarding": [("Body map and staff statement {i}", "Staff statement", ["I was on shift when this happened.",
                                                                               "I have written this as soon as I could."])],
    "intelligence": [("Photos log {i}", "Log of observations", ["{d-2}|Car seen outside again.",
                                                                 "{d-9}|First noticed by staff."])],
    "mash": [("Homelessness assessment {i}", "Housing Options assessment - {yp}",
              ["Section 184 enquiries started.", "Relief duty not yet accepted; referred to children's services."])],
}

FIELDS_YN = [("Yes", "No"), ("Ydy / Yes", "Nac ydy / No"), ("Y", "N")]
FIELDS_INTRO = ["Click in the grey boxes to type. Use the Tab key to move to the next box.",
                "This form is protected. Please type in the shaded fields only and tick the boxes that apply."]

INSTRUCTIONS = ["Please complete all sections. Incomplete forms may delay a decision.",
                "Cwblhewch bob adran / Please complete every section.",
                "Return to the Placements team by secure email. Do not send paper copies."]
INSTRUCTIONS_CHANCE = 0.35
OFFICE_USE = [("For office use only", [("Date received", ""), ("Logged by", ""), ("Panel date", "")]),
              ("Defnydd swyddfa yn unig / Office use only", [("Received", ""), ("Ref", "")])]
OFFICE_USE_CHANCE = 0.3

ATTACHMENT_NAMES = {
    "referral": ["scan0{i}", "Document1", "SA Referral Form v7 (2019) {i}", "Referral_{i}_FINAL"],
    "risk-concern": ["scan0{i}", "Response to referral {i}", "Document2"],
    "safeguarding-incident": ["scan0{i}", "Incident notification {i}", "IR form {i}"],
    "intelligence-submission": ["scan0{i}", "Partner intel {i}", "Document1"],
    "mash-referral": ["scan0{i}", "MASH request form {i}", "Document1"],
    "mash-notice": ["Mediation outcome {i}", "scan0{i}"],
    "void-return": ["voids {i}", "Bed availability {i}", "export_{i}", "Book1"],
}

# -- void returns -----------------------------------------------------------------------------------------------
VOID_EXTRA_COLUMNS = ["Key worker", "Gender mix"]
VOID_SUBHEADERS = {"total": ["Total", "Contracted"], "occupied": ["Filled", "In"], "vacant": ["Empty", "Free"]}
VOID_TOTALS = ["Totals", "Total for provider", "Cyfanswm / Total"]
VOID_NOTES_ROWS = ["Return completed by the scheme manager on Monday morning.",
                   "Any queries to the duty manager please."]
VOID_ADDRESS_HEADERS = ["Address", "Scheme address", "Property (address)"]
VOID_TICKS = [("\u2713", ""), ("Y", "N"), ("Yes", "No"), ("\u2714", "-")]
VOID_TICK_LEGENDS = ["Green / {on} = crash bed available tonight", "{on} in the crash bed column = available"]
VOID_TITLE_LINES = ["{provider} - weekly bed availability", "{title}", "{provider}: {title}"]
VOID_SUMMARY_LINES = ["Summary: {v} vacant bed(s) across {p} properties", "{v} beds free this week in {p} schemes"]
VOID_SHEETS = ["Availability", "This week", "Sheet1"]
VOID_LINE = ["{ref} ({loc}, {svc}) - {t} beds, {o} filled, {v} empty, free from {a}, crash bed {e}{notes}",
             "{ref}: {o}/{t} occupied, {v} vacant. Available {a}. Emergency bed: {e}{notes}"]
VOID_LINE_NONE = ["n/a", "none free"]

TEXTS = {
    "reason": [
        "{yp}'s relationship with mum has broken down over the last six months.\n"
        "Main issues:\n- arguments most evenings, twice with police called\n- {yp} staying out late and not saying where\n"
        "- younger brother frightened by the shouting\nMum has now said she will not have {yp} back after the weekend.",
        "{yp} has been sofa surfing between friends since leaving foster care in the spring.\n\n"
        "The last friend's parents have asked {yp} to leave. No family member can offer a room and the team "
        "has exhausted connected persons options.",
        "1. Step-father has told {yp} to leave the family home.\n2. Grandparents in Witney are too unwell to take {yp}.\n"
        "3. {yp} wants to stay near college and keep the part-time job at the garage.",
        "{yp} is ready to move on from residential care and wants to practise living more independently with "
        "support on site. The care team agree and the move is part of the pathway plan.",
        "Placement at the supported lodgings ended after {yp} brought friends back late at night. "
        "{yp} is staying in a B&B arranged by housing which is not suitable for a young person of this age.",
        "Dad has been admitted to hospital long term and there is nobody else at home. {yp} has coped well "
        "but should not be living alone in the flat, which the landlord is also reclaiming.",
    ],
    "safety": ["{yp} has nowhere to sleep tonight and was on the street last night near the bus station.",
               "Mum's partner threatened {yp} with a knife this morning; {yp} cannot go back to the house.",
               "{yp} was discharged from hospital today with nowhere safe to go.",
               "Friend's family have put {yp}'s bags outside and {yp} is sitting in our reception now."],
    "diversion": ["Two family meetings held; mum declined a third. Aunt asked but cannot help.",
                  "Mediation offered via the Early Help hub - declined by step-father.",
                  "Friends and family network explored at the FGC; nobody able to offer a room.",
                  "Respite with grandparents tried for a week in November; broke down."],
    "support": ["Budgeting, cooking, registering with a GP and getting back into college.",
                "Emotional support, help with benefits, and a key worker {yp} can trust.".replace("{yp}", "the YP"),
                "Daily check-ins at first, then help to apply for a tenancy.",
                "Help to manage appointments and medication; support to keep up with YJS."],
    "risks": {
        "risk_self": ["Superficial cutting in the past, none known since the summer.", "Low mood, no current self-harm.",
                      "Has taken an overdose once (2024)."],
        "risk_others": ["Verbal aggression when drunk; no assaults on staff known.", "Nothing of note known to us.",
                        "Pushed a sibling during an argument last year."],
        "risk_from": ["Older males have been seen collecting the YP from school.", "Former partner - non-molestation order granted in the autumn.",
                      "Peers in Banbury linked to drug dealing."],
        "exploitation": ["CCE concerns - NRM submitted in October.", "Some indicators of CSE; strategy meeting held.",
                         "No concerns at present."],
        "substance": ["Cannabis most days.", "Drinks alcohol most weekends with friends.", "Denies any drug use."],
        "offending": ["Youth caution for shoplifting (2025).", "Court date in January for criminal damage.", "No offending we are aware of."],
        "mental_health": ["Diagnosed ADHD, on medication.", "Anxiety - on CAMHS waiting list.", "No formal diagnosis at present."],
    },
    "risk_unable": [
        "Recent fire setting in a previous placement (a bin set alight in a shared kitchen).",
        "Ongoing threats towards a current resident, who was the victim of an assault by the young person last year.",
        "Persistent overnight missing episodes linked to county lines, with adults coming to the property.",
        "Serious self-harm needing hospital treatment twice in the last month and a ligature risk at night.",
        "Sexually harmful behaviour towards younger children, with no completed assessment yet.",
        "Carrying a bladed article in the community and a recent arrest for possession.",
    ],
    "risk_why": ["Lone working at night and no waking staff in this scheme.",
                 "The property is shared with a 16 year old who is the alleged victim.",
                 "We do not have the specialist staffing or training for this level of need.",
                 "The location is known to the young person's exploiters."],
    "risk_enable": ["Waking night cover and a full risk management plan from the social worker.",
                    "A placement in a different district and a safety plan agreed with police.",
                    "Specialist assessment first, then 1:1 staffing for the first four weeks.",
                    "CAMHS crisis plan in place and funding for extra support hours."],
    "incident": {
        "Missing": ["{yp} did not return by the 11pm curfew. Staff rang {yp}'s phone several times and it went to voicemail. "
                    "Reported missing to police. {yp} came back at 3am, tired but unhurt, and would not say where they had been.",
                    "Night worker here. {yp} signed out to the shop at 6pm and did not come back. Mobile switched off. "
                    "Police informed and given a description. Returned by police the following morning."],
        "Exploitation": ["{yp} was dropped off by an unknown man in a grey car who waited outside for an hour. "
                         "{yp} had two new phones and cash and was evasive when asked about them.",
                         "Staff found train tickets to London and a list of names and amounts in {yp}'s room. "
                         "{yp} said they were 'holding something for a mate'."],
        "Self-harm": ["{yp} told staff they had cut their arm with a razor blade. Cuts were cleaned and looked superficial; "
                      "111 advice followed and the night was checked every 30 minutes.",
                      "Staff found {yp} in the bathroom with a ligature that had not been tightened. "
                      "Ambulance called and {yp} was taken to A&E for assessment."],
        "Violence": ["Fight in the communal kitchen between {yp} and another resident over food. {yp} punched the other "
                     "resident once. Staff separated them; no one needed hospital.",
                     "{yp} threw a chair at the office window during an argument with staff. Window cracked. "
                     "No one was hurt and {yp} calmed down after twenty minutes."],
        "Allegation against staff": ["{yp} alleges that a staff member grabbed their arm roughly when asked to leave the office. "
                                     "Manager informed and LADO advice sought. Staff member not on shift pending review.",
                                     "{yp} said a relief worker made inappropriate comments about their appearance. "
                                     "Worker removed from the rota and the allegation passed to LADO."],
        "Police involvement": ["Police attended after neighbours reported shouting from {yp}'s room. "
                               "Officers spoke to {yp} and left; no arrest made.",
                               "Officers arrived with a warrant to search {yp}'s room. Nothing found. {yp} was upset "
                               "and spoke to the key worker afterwards."],
        "Hospital admission": ["{yp} collapsed on the stairs after drinking. Ambulance called; {yp} was kept in "
                               "hospital overnight for observation.",
                               "{yp} had a bad asthma attack in the night and was kept on the children's ward at the JR for two nights."],
        "Other": ["Fire alarm set off by {yp} smoking in the room. Fire service attended; no damage.",
                  "{yp} has been receiving threatening messages on social media from an ex-partner. "
                  "Screenshots kept and police advice given."],
    },
    "actions": ["Manager on call informed; risk assessment updated.", "Police called; SW emailed the same night.",
                "Checked on hourly through the night.", "Key worker session arranged for the morning."],
    "intel_urgent": [
        "{yp} has just told staff that {p} is coming to the house at 9 o'clock tonight with a knife to 'sort out' "
        "another resident. {p} has sent voice notes saying the same. He is on his way now.",
        "Right now a man known as {p} is sitting in a car outside the scheme and has told {yp} to get in or he will "
        "smash the door in. {yp} is hiding in the office with staff.",
        "{p} has rung {yp} in the last ten minutes and said he will burn the flat tonight with {yp} inside. "
        "{yp} believes he has petrol in the car and is parked round the corner.",
        "{yp} has said {p} is meeting them at the station in half an hour to take them to London to deal drugs and "
        "{p} has a gun. {yp} is frightened to go and frightened not to.",
        "Staff can see {p} at the back gate now with a machete. He is shouting {yp}'s name.",
        "{yp} texted the night worker: {p} is here and has hit me, he won't let me leave the flat.",
    ],
    "intel_routine": [
        "Over the last month staff have seen {p} collecting {yp} from outside the scheme on several evenings. "
        "No urgent action needed from our side; sharing for the wider picture.",
        "{yp} says {p} is selling cannabis from a flat near the park and that younger teenagers go there after school.",
        "A resident urgently requested an update last month about a car that keeps parking outside. It has been seen "
        "again on three Saturdays and {p} is believed to be the driver.",
        "{p}, who was violent towards {yp} in 2024, has moved back to the area and has been seen in the town centre. "
        "No contact with {yp} so far.",
        "Residents say {p} is paying young people in cash to carry bags between Banbury and Bicester.",
        "Staff overheard {yp} talking about a party at {p}'s address where younger girls are given alcohol.",
    ],
    "mediation_outcome": ["Two sessions held; mum willing to continue but not to have {yp} home yet.",
                          "Dad refused to take part after the first session.",
                          "Mediation agreed a short stay with grandparents while work continues."],
    "mash_concerns": ["Exploitation concerns - older males, new phone, missing overnight.",
                      "Mum reports {yp}'s drinking and aggression at home.".replace("{yp}", "the child"),
                      "Told the school nurse last week about cutting at home.",
                      "None beyond the housing situation."],
    "prevented": ["After three mediation sessions the family agreed {yp} can stay at home with a written plan.",
                  "Dad agreed to {yp} returning home; Early Help will support the family.",
                  "Mediation helped mum and {yp} agree house rules; {yp} stays at home.",
                  "Family agreed a plan for {yp} to stay with an aunt who has parental consent."],
    "void_notes": ["Room 2 being redecorated", "Move-out due Friday", "Room held for a planned move", "", "Boiler fixed",
                   "One room out of use - damp"],
    "other_body": [
        "Hi, can we catch up about Thursday's panel before it starts? I have a question about a young person's move.",
        "I am out of the office until Monday with no access to email. For anything to do with referrals please "
        "contact the Placements inbox.",
        "Could providers send agenda items for the quarterly forum by Friday please.",
        "Our invoice for November seems to be missing a week for one of the rooms - can you check?",
        "Thanks for yesterday's meeting, it was really useful. Notes to follow.",
        "New staff training dates for January are on the shared calendar. No urgent action needed.",
    ],
}

# one kind of label through a form: the n-th wording of each field is plain English, numbered, a case system's code,
# or Welsh/English; the headings go with it (index into each HEADINGS list)
LABEL_SETS = 4
LABEL_SET_CHANCE = 0.85
LABEL_HEADINGS = [3, 2, 0, 1]
