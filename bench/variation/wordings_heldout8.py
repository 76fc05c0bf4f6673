"""Wordings of the eighth held-out part (heldout8): paper forms typed over (leaders and rules), tab-separated lines,
numbered questions answered on the next line, Word documents with tracked changes, margin comments and the title in
the page header only, forms continued over a page with their header row repeated, Welsh-only forms, Outlook forwards
of reports written days before, signatures and disclaimers that say "urgent" in routine mails, required answers given
as "TBC" or "see attached", void workbooks with a hidden column, cell comments and last week's sheet.

Written by a separate author session without sight of the parsers, config/forms or the other parts' wordings, mails
or manifests. Never tune the hub against this part.
"""
SEED = 61930447

DOC_LAYOUTS = ["docx-dotted", "body-tabs", "docx-tracked", "pdf-cymraeg", "body-qa", "pdf-continued", "odt-tracked",
               "pdf-dotted", "docx-qa", "body-forwarded", "docx-cymraeg", "body-dotted", "pdf-qa", "docx-continued",
               "docx-tracked", "body-tabs"]
VOID_LAYOUTS = ["xlsx-hidden", "body-pasted", "xlsx-hidden", "pdf-void", "xlsx-messy", "xlsx-hidden", "body-blocks",
                "docx-void", "xlsx-hidden", "csv-messy", "xlsx-schemes", "xlsx-hidden", "xls", "body-pasted",
                "xlsx-hidden", "pdf-void"]

TEXT_EXPECT = True

LABELS = {'referral': {'referral_type': ['Is this an out-of-hours / same-day placement request? (Y/N)',
                                'Urgency of placement request (same day / planned)',
                                'PRIORITY_BAND',
                                'Placement request category (required)'],
              'name': ['Young person - forenames and surname (as on birth certificate)',
                       "Applicant's full legal name",
                       'YP_FORENAME_SURNAME',
                       'Forename(s) and surname of young person'],
              'dob': ['CLIENT_DOB_DATE', 'Date of birth of applicant', "Applicant's birth date", 'YP_BIRTH_DT'],
              'gender': ['Gender identity (as the young person describes it)',
                         'YP_GENDER_CD',
                         'How does the young person identify?',
                         'Gender (as the YP describes)'],
              'lcs': ['LCS / Liquid Logic person ID (if open to CSC)',
                      'Person ID on LCS',
                      'LCS_PERSON_NO',
                      "Children's social care case number"],
              'address': ['Address the young person is at tonight',
                          'CURR_ADDR_FULL',
                          'Present accommodation (address and postcode)',
                          'Address young person is staying at now'],
              'locality': ['District the young person would like to live in',
                           'Area of Oxfordshire requested',
                           'PREF_DISTRICT',
                           'Which part of the county? (Cherwell / City / South / Vale / West)'],
              'legal_status': ['Care status (s20 / s31 / care leaver / CIN / none)',
                               "What is the YP's legal position?",
                               'LGL_STATUS_CD',
                               'Legal status of the young person'],
              'uasc': ['Arrived in the UK as an unaccompanied minor?',
                       'Is the young person seeking asylum alone?',
                       'YP_UASC_IND',
                       'Seeking asylum (unaccompanied)?'],
              'parent': ['Does the YP have a child living with them?',
                         'Parent or expectant parent?',
                         'Is the young person a parent? (Y/N)',
                         'Young parent / pregnant'],
              'ref_name': ['Referring worker (print name)',
                           'REFERRER_FULLNAME',
                           'Person making referral',
                           'RFR_NAME'],
              'ref_role': ["Referring worker's post",
                           'Referrer role / job title',
                           'Position of referring worker',
                           'Referring worker - role'],
              'ref_org': ['Your service / team',
                          'Agency and team making the request',
                          'REFERRER_ORG_TEAM',
                          'Referring service'],
              'ref_email': ["Referrer's e-mail (for the acknowledgement)",
                            'Your email (secure)',
                            'E-mail address of referrer',
                            'Email for the acknowledgement'],
              'ref_phone': ['Your telephone number',
                            'Contact number (referrer)',
                            'Your mobile / landline',
                            "Referring worker's phone"],
              'sw_name': ['Allocated SW or PA (if different from you)',
                          "Name of the young person's own worker",
                          'ALLOC_WORKER_NAME',
                          'Social worker / PA name (if not referrer)'],
              'sw_email': ["E-mail for the young person's own worker",
                           "Case holder's email address",
                           'Allocated worker email (if not you)',
                           'ALLOC_SW_PA_EMAIL'],
              'fgc': ['Has a family group conference been offered to the family?',
                      'FGC offered to family (Y/N) (required)',
                      'FGC_OFFERED_FLAG',
                      'FGC_OFFERED_IND'],
              'fgc_date': ['FGC offer made on',
                           'Date FGC offered (if yes)',
                           'Date FGC was offered to the family',
                           'If yes, date FGC offered'],
              'diversion': ['What has been tried to keep the young person at home or with family/friends?',
                            'Prevention work already done (family & friends, mediation)',
                            'Alternatives explored before this referral',
                            'Prevention / diversion work so far'],
              'reason': ['Presenting need / reason for request',
                         'REFERRAL_REASON_TXT',
                         'Summary of the situation leading to this referral',
                         'REASON_FOR_REF_TXT'],
              'safety': ['What is the immediate risk if the young person is not placed today?',
                         'Immediate safety issue (emergency requests only)',
                         'IMMED_SAFETY_TXT',
                         'Why can this not wait until a planned placement?'],
              'risk_self': ['RISK_SELF_TXT',
                            'Risks to own safety',
                            'Danger to self',
                            'Any self-harm or risk to self?'],
              'risk_others': ['Risks posed by the young person to other people',
                              'Risk to staff / other residents',
                              'RISK_OTHERS_TXT',
                              'Could the YP be a risk to anyone else?'],
              'risk_from': ['Risks to the young person from others',
                            'Known risks posed by other people',
                            'Is anyone a danger to the YP?',
                            'Threats to the young person'],
              'exploitation': ['Exploitation (sexual or criminal) - known or suspected',
                               'Any concerns the young person is being exploited?',
                               'Sexual / criminal exploitation',
                               'Risk of exploitation (CSE / CCE / county lines)'],
              'substance': ['Alcohol or drug use',
                            'SUBST_USE_TXT',
                            'Does the young person use drugs or alcohol?',
                            'Any drug or alcohol misuse?'],
              'offending': ['Criminal history / current charges',
                            'Offending behaviour (incl. YJS involvement)',
                            'OFFENDING_TXT',
                            'Any convictions, cautions or court dates?'],
              'mental_health': ['MH_TXT',
                                'Is the young person known to CAMHS or adult mental health?',
                                'Mental health (diagnosis / support)',
                                'Mental health - current'],
              'support': ['What support will the young person need from the provider?',
                          'SUPPORT_NEEDS_TXT',
                          'Key support needs (budgeting, education, tenancy skills etc.)',
                          'SUPPORT_REQUIRED_TXT'],
              'needed': ['Date a bed is required from',
                         'Accommodation required by (date)',
                         'From what date does the young person need to move?',
                         'DATE_ACCOM_REQD'],
              'consent': ['YP consents to referral & information sharing (Y/N)',
                          'CONSENT_FLAG',
                          "Young person's consent obtained?",
                          'Consent to referral & info sharing']},
 'risk': {'ref': ['Reference of the referral you are responding to',
                  'Your referral reference',
                  'Reference (Brokerage)',
                  'Referral reference (Brokerage / hub)'],
          'provider': ['Organisation unable to accept',
                       'PROVIDER_ORG_NAME',
                       'Name of supported accommodation provider',
                       'PROVIDER_NM'],
          'yp': ['Name of the YP (referral subject)',
                 'YP_NAME_REF',
                 'Which young person is this about?',
                 'YOUNG_PERSON_NM'],
          'risk': ['Risk(s) the service cannot safely manage',
                   'UNMANAGEABLE_RISK_TXT',
                   'The specific risk that prevents us accepting',
                   'RISK_UNABLE_TXT'],
          'why': ["Why can't this be managed within the service?",
                  'Reasons it cannot be managed at present',
                  'REASON_NOT_MANAGEABLE_TXT',
                  'Explain why current staffing / building cannot manage it'],
          'enable': ['What would need to be in place for you to accept?',
                     'Support or resources that would change this decision',
                     'ENABLING_RESOURCES_TXT',
                     'Conditions under which the placement could go ahead']},
 'safeguarding': {'provider': ['Provider organisation submitting',
                               'RPT_PROVIDER',
                               'Which provider are you?',
                               'PROV_NM'],
                  'property': ['Property where it happened (ref)',
                               'PROPERTY_REF_CD',
                               'Building reference',
                               'PROPERTY_CD'],
                  'name': ['Resident involved (full name)', 'Which young person was involved?', 'YP_NM', 'Resident'],
                  'dob': ['Birthday of young person (dd/mm/yyyy)',
                          "Young person's date of birth (resident)",
                          'Date of birth of the young person involved',
                          'D.O.B. of young person involved'],
                  'lcs': ['Social care ID number', 'RESIDENT_LCS_ID', 'Liquid Logic no.', 'Liquid Logic ID (LCS)'],
                  'sw_name': ['Allocated SW / PA to be informed',
                              'Name of worker to notify',
                              'NOTIFY_WORKER_NAME',
                              'Who is their social worker or PA?'],
                  'sw_email': ['Email of SW / PA to be informed',
                               'Notify worker at (email)',
                               'NOTIFY_WORKER_EMAIL',
                               "Their social worker's email"],
                  'date': ['INC_OCCURRED_DT',
                           'Incident took place on',
                           'Date incident occurred (dd/mm/yyyy)',
                           'Date when incident occurred'],
                  'time': ['Approx. time it happened',
                           'INC_OCCURRED_TM',
                           'Incident time (hh:mm)',
                           'At approximately (time)'],
                  'when': ['Date / time of incident (required)',
                           'INC_DATETIME',
                           'Date and approximate time it occurred',
                           'INC_DT_TM'],
                  'category': ['Incident type (tick one)', 'INC_CATEGORY', 'Classification', 'Safeguarding category'],
                  'severity': ['Severity rating (L/M/H/C)', 'INC_SEVERITY', 'INC_SEV', 'Rating'],
                  'description': ['Account of what happened (facts only)',
                                  'INC_ACCOUNT_TXT',
                                  'What happened? Please give a factual account',
                                  'Incident description (who, what, where)'],
                  'actions': ['IMMED_ACTION_TXT',
                              'Steps taken to keep the young person safe',
                              'Response',
                              'Action taken straight away'],
                  'police_ref': ['Police reference (if reported)',
                                 'Was it reported to police? Ref',
                                 'Crime / incident no.',
                                 'Police URN / CAD']},
 'intelligence': {'agency': ['Agency submitting this information',
                             'Organisation of the person reporting',
                             'SUBMITTING_ORG',
                             'SUB_AGENCY'],
                  'worker': ['Officer / worker submitting',
                             'Name of the person completing this submission',
                             'SUB_WORKER_NM',
                             'Worker'],
                  'role': ['Role of submitting worker',
                           'SUB_ROLE',
                           'Role / job title of submitter',
                           'Job title of person submitting'],
                  'email': ["Submitter's email address",
                            'Contact e-mail (secure if possible)',
                            'Email for contact',
                            'Email address (submitting worker)'],
                  'phone': ["Submitter's telephone",
                            'Phone for police to contact you',
                            'SUBMITTER_TEL',
                            'Contact phone / extension'],
                  'when': ['Observed on (date / time)', 'INFO_DT_TM', 'Date & time of info', 'Time and date'],
                  'date': ['On what date did this happen?',
                           'INFO_DT',
                           'Information dated',
                           'Information relates to (date)'],
                  'time': ['Information time (approx.)',
                           'What time was it?',
                           'INFO_TM',
                           'Time this was seen / heard'],
                  'location': ['INFO_LOCATION', 'Place the information relates to', 'INFO_LOC', 'Area / address'],
                  'persons': ['People involved - names, DOBs and descriptions',
                              'PERSONS_INVOLVED_TXT',
                              'Details of people',
                              'Person(s) involved - details'],
                  'vehicles': ['Vehicles (make, model, colour, VRM)',
                               'Any vehicles seen?',
                               'VEHICLES_TXT',
                               'Vehicle details if known'],
                  'information': ['The information / intelligence (what was seen or heard)',
                                  'INTEL_TEXT',
                                  'INTEL_TXT',
                                  'Intelligence / information being shared'],
                  'source': ['Where did this come from (seen / told / overheard)?',
                             'Source (how known)',
                             'Where from?',
                             'Where the information came from'],
                  'grading': ['Source & intel grading (if known)',
                              '3x5x2 / 5x5x5 grade',
                              'INTEL_GRADE',
                              "Grading (police use or submitter's view)"],
                  'handling': ['Can this be shared further? (handling)',
                               'HANDLE_CD',
                               'Handling (police use)',
                               'Handling code for this information']},
 'mash': {'name': ['Young person (16/17) - full name',
                   'Name of the homeless 16/17 year old',
                   'MASH_YP_NAME',
                   'YP full name'],
          'dob': ["Young person's birth date",
                  'YP date of birth (must be 16 or 17)',
                  'MASH_YP_DOB',
                  "What is the young person's D.O.B.?"],
          'address': ['Address the young person has left or is leaving',
                      'MASH_YP_ADDR',
                      'Where has the young person been living?',
                      'Address (current / last)'],
          'agency': ['Presenting to (agency)',
                     'Which service did the young person approach?',
                     'PRESENT_AGENCY',
                     'Agency presented to'],
          'status': ['HOMELESS_STATUS_CD',
                     'Is the YP roofless tonight or at risk of losing their home?',
                     'HMLS_STATUS',
                     'Homeless?'],
          'mediation': ['Mediation / family work attempted (Y/N)',
                        'MEDIATION_FLAG',
                        'Any family mediation so far?',
                        'Any mediation?'],
          'mediation_outcome': ['What happened with the mediation?',
                                'Result of mediation / family work',
                                'MEDIATION_OUTCOME_TXT',
                                'If attempted, outcome of mediation'],
          'concerns': ['Any safeguarding or welfare worries?',
                       'WELFARE_CONCERNS_TXT',
                       "Concerns about the young person's safety or wellbeing",
                       'CONCERNS_TXT'],
          'known': ["Already known to children's social care?",
                    'Previous or current social care involvement?',
                    'KNOWN_CSC_IND',
                    'Open / known to social care'],
          'parent_contact': ['Who is the parent or guardian and how do we reach them?',
                             'Contact (parent)',
                             'Parent or guardian (name & phone)',
                             'Parent/carer contact (name, phone)']},
 'mash-notice': {'name': ['NOTICE_YP_NAME', 'Which young person?', 'Full name of young person', 'Name of YP (full)'],
                 'dob': ["YP's birth date", 'D/O/B of young person', 'NOTICE_YP_DOB', 'Young person born on'],
                 'date': ['When did the mediation take place?',
                          'When',
                          'Date concluded',
                          'Date of the mediation outcome'],
                 'outcome': ['MEDIATION_RESULT_TXT',
                             'How did the mediation end?',
                             'MED_OUTCOME',
                             'Outcome of mediation (detail)'],
                 'agency': ['Service that carried out the mediation',
                            "Mediator's agency",
                            'Service provider',
                            'Name of mediation service']},
 'void': {'provider': ['PROV_NAME', 'From', 'Name of housing provider', 'Landlord / provider'],
          'week': ['Return for the week of', 'WEEK_START_DT', 'Monday of the week', 'Week (w/c)'],
          'ref': ['Unit / scheme code', 'Building ref', 'Scheme reference', 'Scheme no.'],
          'locality': ['DISTRICT_NM', 'Which district?', 'Area of county', 'Local authority district'],
          'service': ['SVC_TYPE', 'Service group', 'Type of service provided', 'Service category (type)'],
          'total': ['No. of beds in scheme', 'CAPACITY_NO', 'No. of bedspaces', 'Bedspaces in total'],
          'occupied': ['Residents in (number)', 'FILLED_NO', 'Beds in use today', 'Residents'],
          'vacant': ['Empty bedspaces', 'EMPTY_NO', 'Beds not in use', 'Free'],
          'available': ['Empty bed ready on', 'Date void can be let', 'READY_DT', 'When can the empty bed be used?'],
          'emergency': ['Emergency placement possible',
                        'EMERG_OK',
                        'Emergency available',
                        'Can be used for emergencies?'],
          'notes': ['REMARKS_TXT',
                    'Anything Brokerage should know',
                    'Further information',
                    'Comments for Brokerage']}}

TITLES = {
    "referral-emergency": ["SUPPORTED ACCOMMODATION - SAME DAY PLACEMENT REQUEST",
                           "Emergency request for a supported accommodation bed (16-24)",
                           "Urgent YPSA placement request form", "Out of hours / emergency referral - young people's supported accommodation"],
    "referral-non-emergency": ["Supported Accommodation Request (planned move)",
                               "Young People's Supported Accommodation - planned referral and assessment",
                               "YPSA planned referral form v3", "Referral for supported housing (16-24) - non urgent"],
    "risk": ["Provider decision - unable to offer (risk)", "Notification of risk preventing acceptance",
             "Risk response to Brokerage referral", "Provider risk return (cannot accept)"],
    "safeguarding": ["Notification of a safeguarding incident (provider)", "YPSA incident notification",
                     "Safeguarding incident notification form - providers", "Incident / safeguarding notification"],
    "intelligence": ["Partnership intelligence submission (Thames Valley)", "Information to police - partner submission",
                     "Community intelligence form (partner agencies)", "Partner agency information sharing - police submission"],
    "mash": ["MASH - homeless 16/17 year old referral", "Young person presenting homeless (16/17) - MASH",
             "16 and 17 year olds at risk of homelessness: referral to MASH", "Joint housing / MASH referral (16-17)"],
    "mash-notice": ["Mediation outcome: homelessness prevented (notification)", "Notification - family mediation successful",
                    "Outcome of family mediation (no MASH referral needed)", "Mediation result notification"],
    "void": ["Weekly voids return (YPSA providers)", "YPSA void / availability return", "Bed availability - provider weekly return",
             "Vacancy return for Brokerage"],
}

SUBJECTS = {
    "referral-emergency": ["SAME DAY - supported accommodation needed for {initials}",
                           "Emergency placement request ({initials}) - please call back",
                           "Urgent bed needed today - YP {initials}", "EMERGENCY REFERRAL {initials} [OFFICIAL-SENSITIVE]"],
    "referral-non-emergency": ["Planned move - referral for {initials} attached", "Supported accommodation request for {initials}",
                               "Referral form attached: {initials} (planned)", "YPSA referral {initials} - non urgent"],
    "risk": ["Re: referral {ref} - unable to accept", "{ref} provider response (risk)",
             "Cannot offer - {ref}", "Referral {ref}: risk we cannot manage"],
    "safeguarding": ["Incident notification - {property}", "Safeguarding incident reported at {property}",
                     "SG notification {property} [SENSITIVE]", "Incident form {property}"],
    "intelligence": ["Partner intel for the police readers mailbox", "Information for Thames Valley Police (partner form)",
                     "Intel submission - please forward to police", "Community intelligence form attached"],
    "mash": ["MASH referral - homeless 16/17 ({initials})", "{initials} presenting homeless - MASH referral",
             "Homeless 16/17 referral for MASH - {initials}", "MASH - {initials} (homeless / threatened)"],
    "mash-notice": ["Mediation outcome {initials} - homelessness prevented", "{initials}: family mediation worked",
                    "Update {initials} - returned home after mediation", "Mediation notice - {initials}"],
    "void": ["Voids w/b {week} - {provider}", "{provider} availability return {week}",
             "Weekly return {week} ({provider})", "Vacancies for {week} from {provider}"],
    "other": ["Quick question re a referral I sent", "Automatic reply: away until 14/12", "Provider forum - agenda items", "Training dates January",
              "Change of contact details", "Re: invoice query"],
}

INTROS = ["Good afternoon Brokerage,", "Hello Brokerage team,", "Dear Brokerage duty officer,", "Hi team - hope you're well,",
          "Morning both,", "Shwmae Brokerage / hello,", "Hiya Brokerage,"]
SIGNOFFS = ["Thanks ever so much for picking this up,", "Warm regards from all at the scheme,", "With thanks, as ever,",
            "Diolch am eich help / thanks for your help with this one,", "Cheers for now - back on shift tomorrow,", "Thank you - speak later,"]
COVERING = ["Please see the completed form attached.", "Form attached as requested.",
            "I've attached the form - shout if anything is unclear.", "Attached for your records and action.",
            "The completed template is attached (tracked changes may still be showing, sorry).",
            "Please find our form attached."]

# signatures and disclaimers that say "urgent", "immediately", "danger" in a routine mail: no present danger
FOOTERS = [
    "Senior Practitioner | Leaving Care Team\nOxfordshire County Council\nMob: 07700 900 418\n"
    "If your matter is urgent and I am unavailable, please contact the duty desk immediately on 01865 000000.",
    "Team Manager, Supported Housing\nWorking days Mon-Thurs\n"
    "For urgent safeguarding concerns out of hours call EDT. If a child is in immediate danger call 999.",
    "Housing Options Officer\nCherwell District Council\nPronouns: she/her",
    "Scheme Manager\nThis mailbox is not monitored at weekends - for anything urgent ring the on-call manager.",
    "Youth Justice Service | Oxford\nTel 01865 000111 ext 4470",
]
DISCLAIMER_CHANCE = 0.5
DISCLAIMERS = [
    "CONFIDENTIALITY: This email and any attachments are confidential and may be legally privileged. If you have "
    "received it in error, notify the sender immediately and delete it. Do not use, copy or disclose its contents. "
    "Emails are not a secure way to report a child at risk of danger: in an emergency always call 999.",
    "This e-mail is intended solely for the addressee. If you are not the intended recipient please tell us "
    "immediately. The council cannot accept liability for any damage caused by viruses. Urgent matters should "
    "not be sent by email.",
    "Rhybudd / Disclaimer: Mae'r e-bost hwn yn gyfrinachol. This email is confidential. If you are worried that a "
    "young person is in danger right now, do not email - call the police on 999.",
]

FORWARDS = ["Forwarding on behalf of my colleague, who could not get the form to send.",
            "See below - this came to my inbox instead of yours, sorry for the delay.",
            "FYI, forwarding as requested. Original below.",
            "Passing this on - it was sent to the old shared mailbox last week."]
FORWARD_CHANCE = 0.25
FORWARD_STYLES = ["outlook-full", "outlook", "gmail"]
FORWARD_DAYS = 0.6

ATTACHMENT_NAMES = {
    "referral": ["Referral_{i}_v2 (tracked)", "YPSA form {i} - FINAL", "20261201_referral_{i}", "ref form {i} (3)"],
    "risk-concern": ["Provider response {i} - signed", "risk return {i}", "RC{i}_decline"],
    "safeguarding-incident": ["Incident notification {i} (1)", "IR-{i}-notification", "SG notif {i}"],
    "intelligence-submission": ["Partner intel {i}", "Information sharing {i} - OFFICIAL", "intel form {i} final"],
    "mash-referral": ["MASH 1617 referral {i}", "Homeless 16-17 form {i}", "MASH_{i}"],
    "mash-notice": ["Mediation outcome form {i}", "Notice {i}"],
    "void": ["Voids return {i}", "Copy of weekly voids {i}", "availability {i} (version 2)"],
    "void-return": ["Voids return {i}", "Copy of weekly voids {i}", "availability {i} (version 2)"],
}

PEOPLE = {
    "first": ["Eiluned", "Cadi", "Gruffydd", "Mali", "Tomos", "Seren", "Dafydd", "Rhian", "Osian", "Nia-Wyn", "Aoife",
              "Kacper", "Zainab", "Tyrese", "Mirela", "Callum", "Ellie-Jo", "Shay", "Bethan", "Iestyn"],
    "last": ["ap Dafydd", "O'Keeffe", "Prys-Jones", "Llwyd", "Vaughan-Rees", "Nwosu", "Kowalczyk", "Bevan", "MacLeod",
             "St John", "D'Costa", "ab Ieuan", "Fitzgerald-Ward", "Pugh", "Rhydderch"],
}

VALUE_STYLES = {
    "dates": ["d Mon. yyyy", "dth Month yyyy (dddd)", "dd Month yy", "dd/mm/yyyy", "d/m/yyyy", "ddd4 d/m/yy",
              "dd.mm.yyyy", "d Month yyyy"],
    "times": ["h:mm PM", "quarter past", "HH:MM GMT", "HHMM hours", "HH:MM", "h.mmpm"],
    "joiners": ["{d} at {t}", "{d}, approx. {t}", "{t} on {d}", "{d} ({t})"],
    "yes": ["Yes", "YES", "Y", "Yes.", "Yes - confirmed"],
    "no": ["No", "NO", "N", "No.", "No - not at present"],
    "blanks": ["N/A", "-", "", "None known", "Not applicable", "not known"],
}
NEAR_DATES = ["ddd4 dth", "d/m", "dddd the dth", "dth Month"]
NEAR_DATE_CHANCE = 0.4
MONTHLESS_DATES = {"ddd4 dth", "dddd the dth"}
FAR_NEAR_DATES = ["d/m", "dth Month"]

RELATIVE_CHANCE = 0.5
RELATIVE_WHEN = {
    "early": ["in the small hours of today, about {t}", "early this morning ({t})"],
    "morning": ["this morning at {t}", "earlier today - {t}"],
    "afternoon": ["this afternoon around {t}", "today, {t}"],
    "yesterday-early": ["in the early hours of yesterday ({t})", "yesterday, very early - {t}"],
    "yesterday-morning": ["yesterday morning, {t}", "yesterday at {t} (morning)"],
    "yesterday-afternoon": ["yesterday afternoon at {t}", "yesterday, {t}"],
    "yesterday-evening": ["last night at {t}", "late last night, around {t}"],
}

PROVIDER_NAMES = {"key2-futures": ["Key2Futures Ltd"], "a2dominion": ["A2Dominion Group"],
                  "oxfordshire-youth": ["Oxfordshire Youth (YPSA)"]}

PHONE_STYLES = ["+44 (0)1865 {n6}", "01865-{n6}", "07700 900 {n3} (mobile)", "01295 {n6} ext {ext}",
                "07700-900-{n3}", "(01865) {a} {n3}"]
ADDRESS_STYLES = ["Flat {flat}, {n} {street}, {town} {pc} {inward}", "{n} {street}\n{TOWN}\n{pc} {inward}",
                  "c/o {n} {street}, {town}, {pc} {inward}", "Room {flat}, {n} {street}, {town}. {pc} {inward}"]

NON_ANSWERS = {"dob": ["TBC", "to follow", "see attached"], "enable": ["see attached", "TBC", "To follow"],
               "description": ["See attached", "N/A", "see incident log (attached)"],
               "information": ["see attached document", "TBC", "please see attached"]}
NON_ANSWER_CHANCE = 0.8

INSTRUCTIONS = ["Complete in black ink or type. Incomplete forms will be returned.",
                "Please type your answers after each question. Do not delete the questions.",
                "Return this form to the Brokerage mailbox. Use a separate form for each young person."]
OFFICE_USE = [("FOR OFFICE USE ONLY", [("Logged by", ""), ("Date logged", ""), ("Case ref", "")]),
              ("Office use", [("Received", ""), ("Checked (initials)", "")])]
TABLE_HEADERS = [["Question", "Answer"], ["Details requested", "Information"], ["Item", "Entry"]]
CONTINUED = [("Continued overleaf", "(continued)"), ("Please turn over", "- page 2"),
             ("cont'd on next page", "(cont.)")]
LEADER_STYLES = ["dots", "rules", "dots-colon", "underscores"]
QA_MARKS = [("Q{n}. ", "A: "), ("Q{n} ", "Answer: "), ("{n}. ", "Ans: "), ("Question {n}: ", "Response: ")]

TRACK_AUTHORS = [("Siân Llwyd", "SL"), ("Kieran Moss", "KM"), ("Brokerage Admin", "BA"), ("Tess Amoah", "TA")]
TRACK_KEYS = {"name", "yp", "dob", "needed", "date", "ref"}
TRACK_OLD_TEXT = ["TBC", "to follow", "unknown", "??"]
TRACK_COMMENTS = ["Checked with the YP's worker - correct now", "Is this right? Please confirm before sending",
                  "Updated after the strategy meeting", "Amended - previous entry was wrong"]
TRACK_FOOTERS = ["Template v4.2 (reviewed March 2026)", "OFFICIAL-SENSITIVE when completed", "Page 1 of 1"]

CYMRAEG_SECTION = "Adran {n}"
CYMRAEG_TITLES = {
    "referral-emergency": "Cais brys am lety â chymorth i berson ifanc",
    "referral-non-emergency": "Atgyfeiriad wedi'i gynllunio am lety â chymorth",
    "risk-concern": "Ymateb darparwr: risg na allwn ei rheoli",
    "safeguarding-incident": "Hysbysiad o ddigwyddiad diogelu",
    "intelligence-submission": "Cyflwyno gwybodaeth i'r heddlu gan asiantaeth bartner",
    "mash-referral": "Atgyfeiriad MASH: person ifanc 16/17 oed yn ddigartref",
    "mash-notice": "Hysbysiad canlyniad cyfryngu",
}
CYMRAEG = {
    "referral": {"referral_type": "Math o gais (brys / wedi'i gynllunio)", "name": "Enw llawn y person ifanc",
                 "dob": "Dyddiad geni'r person ifanc", "gender": "Rhywedd", "lcs": "Rhif LCS",
                 "address": "Cyfeiriad presennol", "locality": "Ardal a ffefrir", "legal_status": "Statws cyfreithiol",
                 "uasc": "Plentyn sy'n ceisio lloches ar ei ben ei hun?", "parent": "Yn rhiant?",
                 "ref_name": "Enw'r atgyfeiriwr", "ref_role": "Swydd yr atgyfeiriwr", "ref_org": "Sefydliad / tîm",
                 "ref_email": "Cyfeiriad e-bost yr atgyfeiriwr", "ref_phone": "Rhif ffôn yr atgyfeiriwr",
                 "sw_name": "Enw'r gweithiwr cymdeithasol neu'r cynghorydd personol",
                 "sw_email": "E-bost y gweithiwr cymdeithasol", "fgc": "A gynigiwyd Cynhadledd Grŵp Teulu?",
                 "fgc_date": "Dyddiad cynnig y gynhadledd", "diversion": "Gwaith atal a wnaed",
                 "reason": "Rheswm dros yr atgyfeiriad", "safety": "Pryder diogelwch uniongyrchol",
                 "risk_self": "Risg iddo'i hun", "risk_others": "Risg i eraill", "risk_from": "Risg gan eraill",
                 "exploitation": "Camfanteisio", "substance": "Camddefnyddio sylweddau", "offending": "Troseddu",
                 "mental_health": "Iechyd meddwl", "support": "Anghenion cymorth",
                 "needed": "Dyddiad mae angen y llety", "consent": "A roddwyd caniatâd?"},
    "risk": {"ref": "Cyfeirnod yr atgyfeiriad", "provider": "Darparwr", "yp": "Enw'r person ifanc",
             "risk": "Y risg na allwn ei rheoli", "why": "Pam na ellir ei rheoli",
             "enable": "Beth fyddai'n ein galluogi i dderbyn"},
    "safeguarding": {"provider": "Darparwr", "property": "Cyfeirnod yr eiddo", "name": "Enw'r person ifanc",
                     "dob": "Dyddiad geni", "lcs": "Rhif LCS", "sw_name": "Gweithiwr cymdeithasol / cynghorydd personol",
                     "sw_email": "E-bost y gweithiwr", "date": "Dyddiad y digwyddiad", "time": "Amser y digwyddiad",
                     "when": "Dyddiad ac amser y digwyddiad", "category": "Categori", "severity": "Difrifoldeb",
                     "description": "Disgrifiad o'r digwyddiad", "actions": "Camau a gymerwyd ar unwaith",
                     "police_ref": "Cyfeirnod yr heddlu"},
    "intelligence": {"agency": "Asiantaeth", "worker": "Enw'r gweithiwr", "role": "Swydd", "email": "E-bost",
                     "phone": "Rhif ffôn", "when": "Dyddiad ac amser y wybodaeth", "date": "Dyddiad y wybodaeth",
                     "time": "Amser y wybodaeth", "location": "Lleoliad", "persons": "Pobl dan sylw",
                     "vehicles": "Cerbydau", "information": "Y wybodaeth", "source": "Ffynhonnell",
                     "grading": "Graddio", "handling": "Cod trin"},
    "mash": {"name": "Enw'r person ifanc", "dob": "Dyddiad geni", "address": "Cyfeiriad",
             "agency": "Asiantaeth sy'n cyflwyno", "status": "Digartref neu dan fygythiad?",
             "mediation": "A geisiwyd cyfryngu?", "mediation_outcome": "Canlyniad y cyfryngu",
             "concerns": "Pryderon lles neu ddiogelu", "known": "Yn hysbys i'r gwasanaethau cymdeithasol?",
             "parent_contact": "Manylion cyswllt rhiant / gofalwr"},
    "mash-notice": {"name": "Enw'r person ifanc", "dob": "Dyddiad geni", "date": "Dyddiad y cyfryngu",
                    "outcome": "Canlyniad", "agency": "Asiantaeth"},
}
CYMRAEG_YN = {"fgc": ("Do", "Naddo"), "consent": ("Do", "Naddo"), "mediation": ("Do", "Naddo"),
              "uasc": ("Ydy", "Nac ydy"), "parent": ("Ydy", "Nac ydy"), "known": ("Ydy", "Nac ydy"),
              "-": ("Ie", "Na")}
CYMRAEG_VALUES = {
    "severity": {"Low": "Isel", "Medium": "Canolig", "High": "Uchel", "Critical": "Difrifol iawn"},
    "category": {"Missing": "Ar goll", "Exploitation": "Camfanteisio", "Self-harm": "Hunan-niweidio",
                 "Self harm": "Hunan-niweidio", "Violence": "Trais", "Allegation against staff": "Honiad yn erbyn staff",
                 "Allegation against staff member": "Honiad yn erbyn aelod o staff",
                 "Police involvement": "Yr heddlu'n ymwneud", "Hospital admission": "Derbyn i'r ysbyty",
                 "Other": "Arall"},
    "gender": {"Female": "Benyw", "Male": "Gwryw", "female": "benyw"},
    "status": {"Homeless": "Digartref", "Homeless tonight": "Digartref heno",
               "Threatened": "Dan fygythiad", "Threatened with homelessness": "Dan fygythiad o fod yn ddigartref"},
}

# void returns
VOID_EXTRA_COLUMNS = ["Key worker (named)", "Weekly rent (\u00a3)", "Last inspected"]
VOID_SUBHEADERS = {"total": ["Cap.", "Max"], "occupied": ["Let", "In"], "vacant": ["Void", "Out"]}
VOID_TOTALS = ["Totals (all schemes)", "SUM", "Grand total"]
VOID_NOTES_ROWS = ["Figures correct at 09:00 Monday.", "Please ring the office if a bed is needed today."]
VOID_SCHEMES = ["{locality} - schemes", "Area: {locality}"]
VOID_SUBTOTALS = ["Area subtotal", "Sub-total"]
VOID_NOTE_PREFIXES = ["Note: ", "Remark - "]
VOID_WEEK_STYLES = ["wk starting {d}/{m}/{yy}", "Mon {th} {month}", "w/b {dd}.{mm}.{yy}"]
VOID_HIDDEN_COLUMNS = ["Beds last week", "Old ref (do not use)", "Capacity 2025", "Prev. occupied"]
VOID_CELL_COMMENTS = ["Room 3 being redecorated", "Move-on agreed for next week", "Bed held for a planned move",
                      "Boiler repair booked"]
VOID_SHEET_NAMES = (["This week", "Return", "Current"], ["Last week", "Previous", "Old - do not use"])
VOID_STALE_TITLES = ["PREVIOUS WEEK (for reference)", "last week - superseded"]

TEXTS = {
    "reason": [
        "{yp}'s stepfather has told the family he will not have {yp} back after the latest row, and {yp} has spent three "
        "nights on a friend's floor in Kidlington. School attendance has dropped to half days since the move out.",
        "The foster placement ends on the carers' retirement at the end of the month. {yp} is keen to try living more "
        "independently and the review agreed supported accommodation as the next step towards a tenancy.",
        "{yp} was released from a young offender institution on licence and the approved address has fallen through "
        "because the aunt withdrew her offer. The licence requires a fixed address within Oxfordshire.",
        "Repeated violent arguments between {yp} and an older brother have left the household unsafe for both; "
        "mum has asked for help finding somewhere separate before someone gets badly hurt.",
    ],
    "safety": [
        "{yp} has nowhere to sleep tonight; the friend's parent has asked {yp} to leave by 6pm.",
        "Police were called to the home last night and the brother is due back this evening; {yp} cannot return.",
        "{yp} is currently sitting in the council reception with all belongings in two bin bags.",
    ],
    "diversion": ["A family network meeting was held and no relative could offer a room.",
                  "Two sessions with the family mediation service; both parents declined a third.",
                  "Staying-put and kinship options were explored with grandparents, who cannot accommodate.",
                  "Early Help worked with the family for four months before this request."],
    "support": ["Help to open a bank account, budget weekly and register with a GP in the new area.",
                "Daily check-ins for the first fortnight, then key-work twice a week; support with college enrolment.",
                "Support to manage licence conditions and attend YJS appointments on time.",
                "Cooking and tenancy skills; help to claim Universal Credit at 18."],
    "risks": {
        "risk_self": ["Historic cutting, none in the last six months.", "Has taken small overdoses when distressed."],
        "risk_others": ["Verbally aggressive to staff when refused money for cigarettes.", "One assault on a peer in 2025."],
        "risk_from": ["Older males in the area are known to target {yp}.".replace("{yp}", "the young person"),
                      "Ex-partner has made threats over social media."],
        "exploitation": ["Suspected of carrying for an older group (NRM submitted).", "Found with a second phone twice."],
        "substance": ["Smokes cannabis most evenings with friends.", "Drinks heavily at weekends, sometimes to blackout."],
        "offending": ["Referral order for criminal damage, completed.", "Awaiting court for shoplifting."],
        "mental_health": ["Anxiety; on the CAMHS waiting list.", "Diagnosed ADHD, medication reviewed by GP."],
    },
    "risk_unable": [
        "Fire setting in the last placement, including a deliberate fire in a shared kitchen in October, which our "
        "building with shared escape routes and no waking night staff cannot keep other residents safe from.",
        "A current pattern of bringing unknown adult males into the building late at night, two of whom are linked "
        "to county lines activity, which would put the other six young women at the scheme at risk.",
        "Serious assaults on staff in two previous placements, with a knife produced during the most recent one, "
        "and our lone-working night cover cannot be made safe for that level of violence.",
        "Active suicidal ideation with a ligature attempt four weeks ago; the scheme is low support and checks are "
        "only twice a day, so we could not keep the young person safe overnight.",
    ],
    "risk_why": ["Only one member of staff is on site after 10pm and there is no waking night cover.",
                 "The building is a converted house with a single staircase and no sprinklers.",
                 "Our staff have not had training in managing this level of need and the scheme is at capacity.",
                 "Other residents are themselves at risk of exploitation and would be exposed."],
    "risk_enable": ["Funding for waking night staff for the first eight weeks and a fire risk assessment.",
                    "A multi-agency plan with police involvement and a named CSC lead visiting weekly.",
                    "A two-to-one staffing package and a positive behaviour support plan in place beforehand.",
                    "Confirmed CAMHS crisis team input and a safety plan agreed before move-in."],
    "incident": {
        "Missing": ["{yp} did not return by the 11pm curfew and is not answering calls; reported missing to police "
                    "after checks with friends and the usual places came back negative.",
                    "Staff found {yp}'s room empty at the morning check, the window open and the bed not slept in."],
        "Exploitation": ["{yp} came back with new trainers and two phones and said an older man 'sorts him out' in "
                         "return for taking parcels to Reading on the train.",
                         "A car with three adult males has collected {yp} from outside the scheme on four evenings "
                         "this week; {yp} returns with cash and will not say where they went."],
        "Self-harm": ["{yp} told the night worker about cuts to the forearm made earlier that evening; staff saw the "
                      "wounds, applied first aid and called 111 for advice.",
                      "Staff found {yp} with a ligature in the bathroom; it was removed at once and an ambulance "
                      "attended, {yp} was checked over and stayed at the scheme."],
        "Violence": ["{yp} punched a fellow resident during an argument over the shared kitchen, leaving a cut "
                     "lip; both were separated and the other resident declined medical help.",
                     "A visitor threatened {yp} at the front door with a bottle; staff locked the door and the "
                     "visitor left before police arrived."],
        "Allegation against staff": ["{yp} has alleged that a relief worker pushed them against a wall during a "
                                     "room search; the worker has been stood down pending the LADO's advice.",
                                     "{yp} says a member of staff took money from the petty cash tin meant for "
                                     "their travel and did not give it to them."],
        "Police involvement": ["Police attended the scheme with a warrant and searched {yp}'s room for stolen goods; "
                               "a bike was taken away and {yp} was interviewed voluntarily.",
                               "{yp} was arrested in Banbury town centre for possession with intent and held "
                               "overnight in custody before being released under investigation."],
        "Hospital admission": ["{yp} collapsed in the lounge after drinking heavily and was taken to the John "
                               "Radcliffe by ambulance, where they were kept in overnight.",
                               "{yp} had a severe asthma attack and was admitted to the Horton General for two "
                               "nights."],
        "Other": ["{yp}'s ex-partner posted the scheme's address and photographs of {yp} on social media with "
                  "abusive comments; the posts have been reported to the platform.",
                  "A fire alarm was set off deliberately by {yp} at 3am and the building was evacuated; the fire "
                  "service attended and no one was hurt."],
    },
    "actions": ["Manager on call informed, police called, risk assessment updated the same night.",
                "First aid given, GP appointment booked, key worker to review safety plan tomorrow.",
                "Rooms searched with consent, house meeting held, LADO contacted.",
                "Missing protocol followed, photo and description passed to police."],
    "intel_urgent": [
        "{yp} told our night worker ten minutes ago that {p} is 'coming back tonight with the blade to finish it' "
        "and that {p} is outside in a car now. {yp} is in the office with staff and is frightened to leave.",
        "A resident has just shown staff a message from {p} saying they are on their way to the scheme and "
        "'someone's getting stabbed before midnight'. {p} was seen at the end of the road a few minutes ago.",
        "{yp} rang from a flat in Blackbird Leys saying {p} has locked the door and taken {yp}'s phone; "
        "{yp} is using a friend's phone and says {p} has a knife. The call cut off.",
        "{p} has just turned up at reception drunk and said he will 'torch the place with her in it' if {yp} "
        "doesn't come out; he is still in the car park shouting.",
    ],
    "intel_routine": [
        "Over the past month {yp} has been dropped off most Fridays by {p} in a different hire car each time. "
        "{yp} says {p} is 'just a mate', but he appears to be in his late twenties.",
        "Residents say {p} has been offering cheap vapes and cannabis to young people at the bus stop near the "
        "scheme on weekday afternoons after college.",
        "{yp} mentioned that {p} keeps a stash at a flat above the takeaway on the high street and that several "
        "younger lads 'work' for him at weekends.",
        "Staff have noticed {p} waiting outside the college gates at closing time and {yp} leaving with him; "
        "this has happened three times since half term.",
    ],
    "mediation_outcome": ["Parents refused further sessions after the first meeting broke down.",
                          "One session held; dad agreed {yp} could stay until Friday only.",
                          "Mediator could not get both parties in the same room."],
    "mash_concerns": ["Sleeping in a car with an adult male not known to the family.",
                      "Self-harm disclosed to the school nurse last week.",
                      "Missing education since October; possible exploitation.",
                      "Mum reports {yp} has been hit by her partner.".replace("{yp}", "the young person")],
    "prevented": ["After two sessions with the mediator {yp} has moved back in with mum and both have signed a "
                  "home agreement; no further MASH action is needed.",
                  "Family mediation was successful - {yp} is staying at home with a support plan from Early Help.",
                  "Mediation reached agreement and {yp} returned to dad's address on Saturday."],
    "void_notes": ["", "Room 2 held for planned move", "Decorating - ready Weds", "Women only scheme", "Ground-floor, step-free room"],
    "other_body": [
        "Hi, could you let me know whether the referral I sent for one of my young people last Tuesday has been "
        "received? I have not had an acknowledgement yet. Thanks.",
        "I am out of the office until Monday 14th December with no access to email. For urgent matters please "
        "contact the duty worker immediately on the team number.",
        "Please send me any items you'd like discussed at January's provider forum by the end of next week.",
        "Dates for the next round of safeguarding training are now on the learning portal - book early, places go quickly.",
        "Please note my new mobile number from today; my email address stays the same.",
        "Thanks for the invoice - finance say the purchase order number is missing, can you resend with it on?",
    ],
}
