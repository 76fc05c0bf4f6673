"""heldout23 (stop 62): a third author's held-out part. Police, health and education staff and a large city council's
officialese: "Subject's full name (as per PNC / NHS record)", "Presenting need and background", "Officer in the case". Never tune the hub
against it; it is scored only by the lead.

Layouts: check-box glyphs in boxes, answers typed over underscores, a Word form printed with its running header and
footer, a case note in RTF, a Word form pasted into Outlook, an iPhone forward; void returns as a grid of days and as a
Calc sheet with comments."""

SEED = 23620417
TEXT_EXPECT = True
HEADING_CHANCE = 0.75

FORM_LAYOUTS = {
    "referral": ["docx-cell-glyphs", "body-word-paste", "pdf-running-heads", "docx-underscore-fill", "rtf-case-note",
                 "body-iphone-fwd", "pdf-underscore-fill", "docx-2col", "body-lines"],
    "risk-concern": ["rtf-case-note", "docx-cell-glyphs", "body-word-paste", "pdf-running-heads", "body-iphone-fwd",
                     "docx-underscore-fill"],
    "safeguarding-incident": ["pdf-running-heads", "body-iphone-fwd", "docx-cell-glyphs", "rtf-case-note",
                              "pdf-underscore-fill", "body-word-paste", "docx-2col"],
    "intelligence-submission": ["body-word-paste", "docx-underscore-fill", "pdf-running-heads", "body-iphone-fwd",
                                "docx-cell-glyphs", "rtf-case-note", "pdf-underscore-fill", "body-lines"],
    "mash-referral": ["docx-cell-glyphs", "rtf-case-note", "body-iphone-fwd", "pdf-underscore-fill", "body-word-paste"],
    "void-return": ["xlsx-void-day-grid", "ods-void-notes", "xlsx-void-day-grid", "ods-void-notes", "csv", "xlsx-flat",
                    "body-html-table"],
}
DOC_LAYOUTS = ["docx-cell-glyphs"]
VOID_LAYOUTS = FORM_LAYOUTS["void-return"]
NOTICE_LAYOUTS = ["body-iphone-fwd", "rtf-case-note"]

LABELS = {
    "referral": {
        "referral_type": ["Urgency classification", "Response category sought", "Priority band requested"],
        "name": ["Subject's full name (as per NHS / PNC record)", "Pupil / young person - legal name",
                 "Service user's registered name"],
        "dob": ["DOB - verified against ID", "Subject DOB (dd/mm/yyyy)", "Date of birth per NHS spine"],
        "gender": ["Sex registered at birth / gender identity", "Gender as recorded on the spine", "Stated gender"],
        "lcs": ["LCS client reference", "LCS person identifier", "Case management reference (LCS)"],
        "address": ["Present place of residence", "Last known address incl. postcode", "Residing at"],
        "locality": ["Requested district for placement", "Area of the county sought", "Geographical preference"],
        "legal_status": ["Statutory status under the Children Act", "Looked-after / leaving care status at referral",
                         "Legal framework currently applying"],
        "uasc": ["Unaccompanied asylum-seeking minor (Y/N)", "Arrived as a UASC?", "UASC indicator"],
        "parent": ["Subject is a parent / expectant parent", "Parental responsibility for a child of their own?",
                   "Has dependants (Y/N)"],
        "ref_name": ["Name of referring officer / clinician", "Practitioner submitting this request", "Name of professional making referral"],
        "ref_role": ["Job title / pay grade", "Substantive post", "Professional role / grade"],
        "ref_org": ["Directorate / service area", "Employing body and unit", "Agency and team"],
        "ref_email": ["E-mail on the secure network", "Referring officer secure e-mail", "E-mail for acknowledgement"],
        "ref_phone": ["Direct line or work mobile number", "Switchboard and extension", "Contact number during office hours"],
        "sw_name": ["Allocated caseworker (SW / PA), if not the referrer", "Lead professional with case responsibility",
                    "Named social worker or personal adviser"],
        "sw_email": ["Caseworker's e-mail", "Lead professional's e-mail address", "SW / PA secure e-mail"],
        "fgc": ["Was the family offered an FGC before referral?", "FGC offer made to the family (Y/N)",
                "Family Group Conference - offer status"],
        "fgc_date": ["Date FGC offered or convened", "Date the family were first offered an FGC", "FGC offer letter dated"],
        "diversion": ["Alternatives to accommodation explored (kinship, friends, mediation)",
                      "Prevention activity undertaken to date", "Edge-of-care / prevention input to date"],
        "reason": ["Presenting need and background", "Rationale for referral", "Grounds for requesting accommodation"],
        "safety": ["Immediate safeguarding concern requiring same-day placement", "Nature of the emergency",
                   "Why the subject cannot remain where they are tonight"],
        "risk_self": ["Risk of self-injury / suicidal ideation", "Harm to self - known history",
                      "Self-harm and suicidality"],
        "risk_others": ["Risk posed to the public / other residents", "Harm to others - known history",
                        "History of violence / aggression to others"],
        "risk_from": ["Risk from third parties", "Harm from others - known history", "Vulnerability to harm by adults or peers"],
        "exploitation": ["CSE / CCE indicators", "Result of the exploitation screening tool", "County lines / sexual exploitation"],
        "substance": ["Drug / alcohol use - frequency and type", "Substance misuse presentation", "Alcohol / illicit substances"],
        "offending": ["Criminal history / current orders", "Offending behaviour and YJS involvement",
                      "Police and court involvement"],
        "mental_health": ["Emotional wellbeing and CAMHS/AMHS input", "Mental health - diagnosis or presentation",
                          "Psychological / psychiatric needs"],
        "support": ["Support package required", "Level of support assessed as necessary", "Support plan requirements"],
        "needed": ["Date the placement must start by", "Bed required with effect from", "Accommodation sought with effect from"],
        "consent": ["Subject consents to referral and data sharing", "Informed consent obtained (Y/N)",
                    "Consent - GDPR Art. 6 / 9 basis"],
    },
    "risk": {
        "ref": ["Originating referral ID", "Brokerage case number", "Placement request ref."],
        "provider": ["Organisation declining the referral", "Provider issuing this decline", "Provider submitting response"],
        "yp": ["Subject of the referral", "Applicant named on the referral", "Name of applicant considered"],
        "risk": ["Identified risk the provider cannot mitigate", "Risk presenting a barrier to acceptance",
                 "Unmanageable risk identified"],
        "why": ["Reason mitigation is not achievable within the service", "Rationale - why not manageable",
                "Limitations of the current staffing / service model"],
        "enable": ["Additional resource which would permit acceptance", "Conditions under which the offer could be made",
                   "Resources / mitigations that would enable a placement"],
    },
    "safeguarding": {
        "provider": ["Notifying provider", "Organisation making this notification", "Provider running the scheme"],
        "property": ["Scheme / premises ID", "Premises reference", "Location code of scheme"],
        "name": ["Subject (full name)", "Name of the resident at the centre of the occurrence", "Individual concerned"],
        "dob": ["Subject's DOB", "Date of birth of individual", "DOB of the individual concerned"],
        "lcs": ["LCS ID of subject", "Social care case ID", "LCS ID where one is held"],
        "sw_name": ["SW / PA to receive a copy", "Caseworker to be informed", "Notify - social worker / PA"],
        "sw_email": ["Notification e-mail (SW / PA)", "Caseworker e-mail for notification", "E-mail of allocated SW / PA"],
        "date": ["Date the events occurred", "Day of the occurrence", "Calendar date on which it occurred"],
        "time": ["Clock time it occurred (24h)", "Clock time of the occurrence", "Time the events occurred"],
        "when": ["Occurrence date-time group", "Occurrence - date and time", "When the incident took place (date, time)"],
        "category": ["Classification of occurrence (select)", "Nature of occurrence (category)", "Occurrence category"],
        "severity": ["Assessed level of harm", "Harm grading (low / medium / high / critical)", "Impact rating"],
        "description": ["Circumstances of the occurrence", "Narrative account of the occurrence", "Factual summary of events"],
        "actions": ["Action taken by staff on duty", "Immediate safeguarding response", "Steps taken to secure safety"],
        "police_ref": ["Police occurrence / CAD no.", "Crime / occurrence number issued by police", "Police log reference"],
    },
    "intelligence": {
        "agency": ["Originating agency", "Partner organisation providing information", "Organisation originating this PIR"],
        "worker": ["Officer / practitioner submitting", "Originating officer / practitioner", "Completed by - name in full"],
        "role": ["Rank / role", "Originator's post", "Rank, grade or job title"],
        "email": ["Submitter e-mail (secure)", "Reply e-mail for the analyst", "E-mail of person submitting"],
        "phone": ["Submitter telephone", "Telephone for analyst queries", "Originator's landline or work mobile"],
        "when": ["Date and clock time the information came to light", "Activity witnessed on (date, time)",
                 "When was this information received?"],
        "date": ["Date the partner agency learned of it", "Day the activity was witnessed", "PIR date of information"],
        "time": ["Time the partner agency learned of it", "Time the activity was witnessed", "Clock time of the information"],
        "location": ["Where the activity is occurring", "Address / area concerned", "Street / premises / estate concerned"],
        "persons": ["Nominal details - name, DOB, descriptors", "Subjects identified", "Individuals named in this report"],
        "vehicles": ["Vehicle(s) of interest - VRM / make / colour", "Vehicle details noted", "Index numbers observed"],
        "information": ["Body of the intelligence report", "What is being reported to the unit", "Report narrative"],
        "source": ["Provenance of information", "How the information came to notice", "Means by which it was obtained"],
        "grading": ["3x5x2 evaluation", "Source / intelligence evaluation", "Evaluation applied by originator (e.g. B2)"],
        "handling": ["Handling code applied by originator", "Permitted onward dissemination", "Sharing restriction (P / C / other)"],
    },
    "mash": {
        "name": ["Child's name as on school roll", "Presenting child - full legal name", "Young person - legal name"],
        "dob": ["D.O.B. per school / GP record", "DOB of the young person presenting", "Date of birth of the child"],
        "address": ["Address at presentation", "Most recent settled address", "Where the child is currently staying"],
        "agency": ["Agency making the presentation", "Agency at which the child presented", "Organisation notifying the MASH"],
        "status": ["Housing position on presentation", "Roofless tonight or at risk within 56 days?",
                   "Homeless on the day or at risk?"],
        "mediation": ["Family mediation undertaken?", "Has mediation with the household taken place?",
                      "Family mediation attempted to date"],
        "mediation_outcome": ["Position following mediation", "Agreed at mediation, if anything", "Mediation notes and result"],
        "concerns": ["Safeguarding and welfare concerns identified", "Welfare issues noted at presentation",
                     "Concerns for the child's welfare"],
        "known": ["Currently allocated within CSC?", "Any previous or current CSC episodes", "Existing CSC involvement"],
        "parent_contact": ["Parent / carer name and telephone", "Person with parental responsibility - contact",
                           "Contact details for parent / guardian"],
    },
    "mash-notice": {
        "name": ["Child to whom this closure relates", "Name of child - prevention closure", "Name of the child concerned"],
        "dob": ["Date of birth of the child concerned", "Child DOB (notice)", "DOB - child concerned"],
        "date": ["Date the family session concluded", "Mediation concluded (date)", "Family agreement signed on"],
        "outcome": ["How homelessness was relieved", "Agreement reached at mediation", "Agreement reached between child and family"],
        "agency": ["Body delivering the mediation", "Service delivering mediation", "Organisation that ran the mediation"],
    },
    "void": {
        "provider": ["Name of contracted provider", "Contract holder", "Return submitted on behalf of"],
        "week": ["Reporting period commencing", "Period start (Mon)", "Figures for the week from"],
        "ref": ["Contract schedule scheme ref", "Premises code", "Site reference"],
        "locality": ["Lower-tier council", "DC area", "District LA"],
        "service": ["Contract lot", "Service strand", "Model of accommodation"],
        "total": ["Commissioned units", "Contracted bed spaces", "Contracted capacity"],
        "occupied": ["Let at 09:00 Monday", "Currently tenanted", "Bed spaces in use"],
        "vacant": ["Void at 09:00 Monday", "Number void at 09:00", "Bed spaces void"],
        "available": ["Lettable w.e.f. (date)", "Void available w.e.f.", "Earliest let date"],
        "emergency": ["Crash pad held this week", "Designated emergency bed", "Same-day bed held"],
        "notes": ["Manager's observations", "Remarks from scheme manager", "Commentary"],
    },
}

HEADINGS = {
    "Section 1 - About the young person": ["PART A: SUBJECT DETAILS", "A. The person referred",
                                           "1.0 Service user particulars"],
    "Section 2 - Referrer": ["PART B: REFERRING PROFESSIONAL", "B. Referral source", "2.0 Referrer particulars"],
    "Section 3 - Family Group Conference and diversion": ["PART C: PREVENTION AND FGC", "C. Prevention and family work",
                                                          "3.0 Prevention activity"],
    "Section 4 - Reason for referral and risks": ["PART D: PRESENTING NEED AND RISK", "D. Need and risk profile",
                                                  "4.0 Need and risk assessment"],
    "Young person": ["PART B: SUBJECT", "B. Individual concerned", "2.0 Subject"],
    "The incident": ["PART C: OCCURRENCE DETAILS", "C. Occurrence", "3.0 Occurrence"],
    "referral.sw": ["Case responsibility", "Lead professional", "Allocated worker"],
    "risk.referral": ["PART A: REFERRAL CONSIDERED", "A. Referral under consideration", "1.0 Referral"],
    "risk.concern": ["PART B: RISK ANALYSIS", "B. Provider's risk analysis", "2.0 Risk analysis"],
    "sg.provider": ["PART A: REPORTING ORGANISATION", "A. Reporter", "1.0 Reporting body"],
    "intel.you": ["SECTION 1 - SUBMITTER", "1. Submitting officer", "Part 1 - Originator"],
    "intel.info": ["SECTION 2 - INTELLIGENCE", "2. The intelligence", "Part 2 - Content"],
    "mash.housing": ["Housing and homelessness", "Homelessness assessment", "Accommodation position"],
}

TITLES = {
    "referral-emergency": ["Supported Accommodation: Same-Day Placement Request",
                           "Request for Emergency Supported Accommodation (Form SA1-E)"],
    "referral-non-emergency": ["Supported Accommodation Referral - Planned Pathway",
                               "Request for Supported Accommodation (Form SA1-P)"],
    "risk": ["Provider Response: Unable to Accept - Risk Analysis", "Placement Decline Notice (Risk Analysis)"],
    "safeguarding": ["Occurrence Report - Safeguarding (Supported Accommodation)",
                     "Notification of a Safeguarding Occurrence"],
    "intelligence": ["Partnership Intelligence Report (PIR)", "Information Submission to the Police Intelligence Unit"],
    "mash": ["MASH Presentation - Homeless 16/17 Year Old", "Joint Housing / Children's Services Presentation (16-17)"],
    "mash-notice": ["Notice of Prevention by Family Mediation (16/17)", "Mediation Closure Notice (16-17)"],
    "void": ["Provider Void Return (weekly, contract schedule 4)", "Void and Availability Return"],
}

SUBJECTS = {
    "referral-emergency": ["OFFICIAL-SENSITIVE: EMERGENCY SA referral - {initials}",
                           "Same-day accommodation request ({initials}) - OFFICIAL SENSITIVE"],
    "referral-non-emergency": ["OFFICIAL-SENSITIVE: SA referral (planned) - {initials}",
                               "Planned pathway referral re {initials}"],
    "risk": ["Decline with risk analysis - {ref}", "Response to placement request {ref} - unable to accept"],
    "safeguarding": ["Occurrence notification: premises {property}", "OFFICIAL-SENSITIVE safeguarding occurrence {property}"],
    "intelligence": ["PIR - partnership intelligence", "OFFICIAL-SENSITIVE: information for the intelligence unit"],
    "mash": ["MASH presentation - 16/17 homeless - {initials}", "Homeless 16/17yo presenting ({initials})"],
    "mash-notice": ["Mediation closure - {initials}", "Prevention via mediation: {initials}"],
    "void": ["Void return w/b {week} - {provider}", "{provider}: availability return for {week}"],
    "other": ["Agenda - Corporate Parenting Panel", "Room booking - County Hall committee room 2",
              "Mandatory training reminder: information governance"],
}

INTROS = ["Good afternoon, please see the referral below / attached for consideration by the panel.",
          "For the attention of the placements team: submitted in line with the agreed pathway.",
          "Please find the details for processing; I would be grateful for acknowledgement by return."]
SIGNOFFS = ["Kind regards on behalf of the team,", "With thanks and regards,", "Respectfully,"]
COVERING = ["The completed form is attached (OFFICIAL-SENSITIVE, do not forward outside the secure network).",
            "Attached as requested; the original is held on our case management system.",
            "Form attached. Please acknowledge receipt to the secure mailbox."]
FOOTERS = ["Safeguarding and Partnerships Directorate | Westgate House", "Public Protection Unit | Thames Valley area"]

PEOPLE = {
    "first": ["Adaeze", "Bartholomew", "Ciaran", "Dervla", "Eshan", "Faolan", "Gwenllian", "Hamza", "Imogen", "Jaskaran",
              "Keturah", "Lorcan", "Mairead", "Nkechi", "Oisin", "Philippa", "Ruaridh", "Seren", "Tadhg", "Yusra"],
    "last": ["Abernethy", "Boateng-Price", "Cheverton", "Dalrymple", "Egbuna", "Fitzwarren", "Goodacre", "Hollingdrake",
             "Ibekwe", "Jaworska", "Kavanagh-Rolt", "Lindqvist", "McAllister", "Ngata", "O'Driscoll", "Penhaligon",
             "Quayle", "Ramsbottom", "Szczepanik", "Threlkeld"],
}
NAME_CHANCE = 0.35
NAME_STYLES = {"yp": ["{LAST}, {first}", "{first} {LAST}"], "worker": ["{LAST}, {first}", "{first} {last} (PS)"]}
LEGAL_WRITTEN = ["Looked after - s.20 CA 1989", "Care leaver (former relevant)", "CIN - s.17 plan",
                 "No current CSC involvement", "Looked after - ICO s.38", "Eligible child (16-17, LAC)",
                 "Qualifying care leaver"]

VALUE_STYLES = {
    "dates": ["dd/mm/yyyy", "d MONTH yyyy", "dd.mm.yyyy", "dddd d Month yyyy", "dd-Mon-yyyy", "ddMONyyyy",
              "d Month yyyy", "yyyy-mm-dd"],
    "times": ["HHMM hrs", "HH:MM hours", "HHMMhrs", "HH:MM", "HH.MM hrs", "HH:MM:SS"],
    "joiners": ["{d}, {t}", "{t} on {d}", "{d} / {t}", "{d} at {t}"],
    "blanks": ["Not recorded", "N/K", "Nil", "Not applicable", "\u00a0", "None disclosed"],
    "yes": ["Yes", "YES", "Y", "Confirmed"],
    "no": ["No", "NO", "N", "Not at this time"],
}

TEXTS = {
    "diversion": ["Kinship assessment of the maternal aunt was negative (overcrowding). Two sessions of family "
                  "mediation were delivered by the edge-of-care service without a return home being agreed.",
                  "Friends and wider family were canvassed through the family network meeting; nobody was able to "
                  "offer a bed. Mediation was declined by the stepfather in writing."],
    "reason": ["{yp} was excluded from the family home following an escalation in conflict with the stepfather that "
               "required police attendance. Relationship breakdown is assessed as entrenched and a return home is "
               "not considered safe within the planning period.",
               "{yp} is due to leave a residential children's home on reaching eighteen and the pathway plan "
               "identifies semi-independent accommodation with floating support as the next step towards "
               "independence.",
               "Following a period of sofa surfing across the city, {yp} presented at the civic centre with no "
               "fixed abode. The assessment identifies a need for supported accommodation while education "
               "attendance is stabilised."],
    "safety": ["Grandmother has withdrawn the bed with effect from today and {yp} would otherwise be street homeless "
               "tonight; there are reports that an adult male has offered {yp} somewhere to stay.",
               "Police removed {yp} from the home under a protective arrangement this afternoon following an assault "
               "by a household member; there is no safe return address available tonight."],
    "risks": {
        "risk_self": ["Historic ligature incident (2024). No self-injury recorded in the last six months.",
                      "Superficial cutting to forearms disclosed to the school nurse; safety plan in place."],
        "risk_others": ["One common assault on a sibling recorded by police; no further incidents.",
                        "Verbal aggression towards education staff when dysregulated; no physical harm."],
        "risk_from": ["Older associates suspected of targeting through social media.",
                      "Estranged father has made threats via third parties; non-molestation order pending."],
        "exploitation": ["NRM referral submitted; CCE indicators present (unexplained cash, new phone).",
                         "Screening tool completed - medium risk of sexual exploitation."],
        "substance": ["Daily cannabis use reported; engaged with the young people's substance service.",
                      "Binge drinking at weekends; one A&E attendance for intoxication."],
        "offending": ["Referral order (6 months) for possession with intent; YJS caseworker allocated.",
                      "Two community resolutions for shoplifting; no outstanding matters."],
        "mental_health": ["Under the care of CAMHS for anxiety and low mood; sertraline prescribed by the GP.",
                          "Awaiting neurodevelopmental assessment (ADHD); no acute mental health needs."],
    },
    "support": ["Twenty-four hour staffed provision for the first twelve weeks, keywork twice weekly and support to "
                "maintain a college place.",
                "Medium support: weekly keywork, budgeting and tenancy skills, and liaison with the CAMHS clinician."],
    "risk_unable": ["The young person's recent arson conviction cannot be reconciled with our shared scheme's fire "
                    "strategy.",
                    "Documented pattern of serious violence towards female residents, with two victims currently "
                    "housed at the scheme."],
    "risk_why": ["The scheme has no waking night cover and the fire risk assessment excludes residents with fire-setting "
                 "histories.",
                 "We cannot separate the young person from the existing residents named as victims within the "
                 "building's layout."],
    "risk_enable": ["Single occupancy self-contained unit with waking night staff and a fire-setting intervention "
                    "completed through YJS.",
                    "Placement at our Didcot self-contained scheme once the existing tenancy ends, with a staffing "
                    "uplift funded for eight weeks."],
    "incident": {
        "Missing": ["{yp} failed to return by the agreed curfew and was reported missing to police at 2330 hrs; "
                    "located by officers the following morning at an address in Cowley.",
                    "{yp} left the scheme without notifying staff and could not be contacted; missing report made and "
                    "returned of own accord after nine hours."],
        "Exploitation": ["{yp} was dropped back to the scheme by an unknown adult in a taxi carrying large amounts of "
                         "cash and two mobile phones; disclosed being asked to carry a package.",
                         "Staff observed {yp} being collected by older males in a car on three consecutive nights; "
                         "{yp} returned with new clothing and no explanation."],
        "Self-harm": ["{yp} disclosed having taken an overdose of paracetamol earlier in the evening; ambulance called "
                      "and {yp} conveyed to the John Radcliffe.",
                      "Staff found {yp} with fresh lacerations to the forearm; first aid given and the out-of-hours GP "
                      "consulted."],
        "Violence": ["An altercation between {yp} and another resident in the communal kitchen resulted in {yp} "
                     "sustaining a cut above the eye.",
                     "{yp} was assaulted outside the scheme by two unknown males and sustained facial bruising."],
        "Allegation against staff": ["{yp} alleges that a relief worker pushed them during a dispute about visitors; "
                                     "the worker has been removed from rota pending the LADO's advice.",
                                     "{yp} reports that a member of staff made inappropriate comments of a sexual "
                                     "nature via text message."],
        "Police involvement": ["Police attended the scheme following a report of a disturbance and {yp} was arrested "
                               "on suspicion of criminal damage to a fire door.",
                               "Officers executed a search warrant at the scheme relating to {yp}'s associate; "
                               "{yp} was spoken to as a witness."],
        "Hospital admission": ["{yp} was admitted to the Horton General with abdominal pains and remained as an "
                               "inpatient overnight.",
                               "{yp} was taken to A&E following a fall on the stairs and detained for observation."],
        "Other": ["A fire alarm activation was caused by {yp} smoking in the bedroom; fire service attended and no harm "
                  "came to any resident.",
                  "{yp} disclosed historic abuse by a family member to the keyworker; the disclosure was recorded "
                  "verbatim and passed to the MASH."],
    },
    "actions": ["Police informed, duty manager notified, welfare check completed and the risk assessment reviewed.",
                "First aid administered, EDT informed out of hours, and a strategy discussion requested."],
    "intel_urgent": ["{yp} has just telephoned staff from the second floor landing: {p} is inside the building right "
                     "now armed with a knife and is kicking at her door, threatening to kill her.",
                     "Happening now - {p} has forced {yp} into a car outside the scheme within the last few minutes "
                     "and drove off towards the ring road; {yp} was screaming for help."],
    "intel_routine": ["Over the past month staff have noted {p} waiting in a car outside the scheme in the evenings; "
                      "{yp} has been seen getting into the vehicle and returning in the early hours with new items.",
                      "{yp} told a keyworker last week that {p} is running a drug line from a flat on the estate and "
                      "that younger residents have been offered money to hold items."],
    "mediation_outcome": ["A single session took place; mother will not consider a return home at present.",
                          "Mediation has been arranged but not yet taken place; family have agreed in principle."],
    "mash_concerns": ["Self-reported cannabis use, non-attendance at school for three weeks and an older boyfriend "
                      "of concern.",
                      "Bruising noted by a teacher, disclosed as the result of an argument with the father."],
    "prevented": ["Mediation resulted in a written family agreement; {yp} has returned to live with the father and "
                  "the threat of homelessness has been relieved.",
                  "{yp} will remain at home with mother under a home agreement reviewed by Early Help in four weeks."],
    "void_notes": ["Decoration in progress", "Gas safe cert outstanding", "Offer made - awaiting response",
                   "Ground floor unit, accessible"],
    "other_body": ["Dear colleagues, the agenda for next month's Corporate Parenting Panel is attached. Please submit "
                   "any papers by Friday.",
                   "This is to confirm that committee room 2 has been booked for the partnership meeting on Thursday "
                   "afternoon.",
                   "A reminder that all staff must complete the information governance e-learning module by the "
                   "end of the quarter."],
}

ATTACHMENT_NAMES = {
    "referral": ["SA1 referral {i}", "OFFICIAL-SENSITIVE referral {i}", "Accommodation request {i}"],
    "risk-concern": ["Decline - risk analysis {i}", "Provider decline {i}"],
    "safeguarding-incident": ["Occurrence report {i}", "Safeguarding notification {i}"],
    "intelligence-submission": ["PIR {i}", "Partnership intel {i}"],
    "mash-referral": ["MASH presentation {i}", "16-17 presentation {i}"],
    "mash-notice": ["Mediation closure {i}", "Prevention notice {i}"],
    "void-return": ["Void return {i}", "Availability {i}"],
}

# the strings of the stop-62 layouts (generate.py: cell_glyphs62 ... void_notes62)
T62 = {
    "banners": ["Oxfordshire Safeguarding Partnership", "City Council - Children, Education and Families Directorate",
                "Thames Valley Partnership Intelligence"],
    "codes": ["Form SP/SA1 v4.2 (rev. 09/2026)", "Doc ref: CEF-ACC-017", "Version 7 - controlled document"],
    "footers": ["Handle in accordance with the Government Security Classifications.",
                "This document is OFFICIAL-SENSITIVE when completed.",
                "Retention: 25 years from date of closure (children's records)."],
    "glyph_yes_no": ("Yes", "No"),
    "glyph_guides": ["Mark the appropriate box with an X. Type answers in the space beneath each heading.",
                     "Where options are given, select one. All fields are mandatory unless marked otherwise."],
    "line_guides": ["Complete in BLOCK CAPITALS or type over the lines.", "Type your answers on the lines provided."],
    "markings": ["OFFICIAL-SENSITIVE", "OFFICIAL - SENSITIVE [PERSONAL]", "OFFICIAL-SENSITIVE (when completed)"],
    "page_words": ["Page {n} of {of}", "- {n} -", "Sheet {n} / {of}"],
    "table_heads": [("Field", "Entry"), ("Item", "Response"), ("Question", "Officer's entry")],
    "systems": ["Mosaic - Case Note (printed)", "LCS Case Recording - Contact Note", "SystmOne - Clinical Note Export"],
    "note_head_labels": [["Note type", "Contact type"], ["Author", "Recorded by"], ["Date recorded", "Entered"]],
    "note_types": {"referral": ["Referral - accommodation", "Contact - request for service"],
                   "risk-concern": ["Provider decision", "Placement response"],
                   "safeguarding-incident": ["Safeguarding occurrence", "Incident note"],
                   "intelligence-submission": ["Information sharing", "Partnership intelligence"],
                   "mash-referral": ["MASH contact", "Homelessness presentation"],
                   "mash-notice": ["Mediation outcome", "Case closure - prevention"]},
    "narr": {
        "referral.name": ["Referral received in respect of {v}.", "This note records the referral of {v}."],
        "referral.dob": ["The subject's date of birth is {v}.", "Born {v} per the NHS spine."],
        "referral.needed": ["Accommodation is required from {v}.", "Placement is sought to commence {v}."],
        "safeguarding.name": ["The occurrence concerns {v}.", "Subject of this note: {v}."],
        "safeguarding.dob": ["Date of birth recorded as {v}.", "DOB {v} confirmed on the LCS record."],
        "mash-referral.name": ["Contact received regarding {v}.", "{v} presented to the MASH today."],
        "mash.name": ["Contact received regarding {v}.", "{v} presented to the MASH today."],
        "mash.dob": ["The child's date of birth is {v}.", "DOB per school records: {v}."],
        "mash-notice.name": ["This note closes the homelessness episode for {v}.", "Closure recorded for {v}."],
        "mash-notice.dob": ["Child's DOB {v}.", "Date of birth on file: {v}."],
        "risk.ref": ["This responds to placement request {v}.", "Request under consideration: {v}."],
    },
    "note_blank": ["not recorded", "none noted"],
    "note_ends": ["Note authorised by team manager.", "End of case note. Printed copy - uncontrolled when printed."],
    "paste_lines": ["I've copied the form into the body of this email as our system blocks attachments.",
                    "Form pasted below from the Word template (attachment would not send)."],
    "phone_notes": ["fwd for processing pls - on a course today", "please pick up, I'm out on a visit",
                    "see below, for your action"],
    "phone_sigs": ["Sent from my iPhone", "Sent from my iPad"],
    "grid_guides": ["Enter number of units free for each day. 0 = none free.",
                    "Daily availability: count of void units per day of the reporting week."],
    "grid_zero": ["0", "-"],
    "void_sheets": ["Void return", "Availability", "Week"],
    "comment_heads": ["Comments", "Officer comments"],
    "cell_comments": ["Amended following tenancy sign-up", "Checked against housing management system",
                      "Subject to gas safety check"],
    "row_comments": ["Nominations to Brokerage", "No change from last week", "Maintenance booked"],
    "sheet_keys": ["Key: figures as at 09:00 on the Monday of the reporting week.",
                   "Figures taken from the housing management system at start of week."],
}
