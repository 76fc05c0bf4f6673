"""heldout21 (stop 52, branch corpus52): the twenty-first held-out part, written by a separate author session that read
no parser, no config/forms, no other part's mails or wordings' values. English and Welsh councils' templates: boxes
with the label over the answer, merged answer cells, answers typed in colour after the colon, case-system prints,
details in the page header, forms kept in Excel, Outlook tables with spacer columns, replies above the blank
template. Officialese, Welsh / English pairs, abbreviations with their meaning spelt out. NEVER tune against it."""

SEED = 21520457
TEXT_EXPECT = True

_REF = ["docx-boxes", "pdf-span3", "docx-inline-answers", "pdf-leaders-2col", "docx-header-table", "xlsx-form-2sheets",
        "body-spacer-table", "body-above-template", "docx-span3", "pdf-boxes", "pdf-inline-answers", "pdf-header-table",
        "docx-2col", "body-lines"]
FORM_LAYOUTS = {
    "referral": _REF,
    "risk-concern": ["docx-span3", "body-above-template", "pdf-leaders-2col", "docx-inline-answers", "body-spacer-table",
                     "docx-boxes"],
    "safeguarding-incident": ["docx-boxes", "pdf-leaders-2col", "docx-header-table", "body-spacer-table",
                              "xlsx-form-2sheets", "pdf-span3", "docx-2col"],
    "intelligence-submission": ["body-spacer-table", "docx-inline-answers", "pdf-leaders-2col", "docx-span3",
                                "body-above-template", "xlsx-form-2sheets", "pdf-boxes", "body-lines"],
    "mash-referral": ["docx-header-table", "docx-boxes", "body-above-template", "pdf-span3", "docx-inline-answers"],
    "void-return": ["body-void-spacers", "xlsx-void-spacers", "xlsx-flat", "body-void-spacers", "xlsx-void-spacers",
                    "csv", "body-html-table"],
}
VOID_LAYOUTS = FORM_LAYOUTS["void-return"]
DOC_LAYOUTS = ["docx-boxes"]
NOTICE_LAYOUTS = ["docx-boxes", "body-above-template"]

PEOPLE = {
    "first": ["Heledd", "Cadi", "Tomos", "Gethin", "Siwan", "Dafydd", "Ffraid", "Osian", "Mared", "Iolo", "Shona",
              "Precious", "Kacper", "Aoibhinn", "Hodan", "Chidera", "Radu", "Tegan", "Macsen", "Elin"],
    "last": ["ap Rhys", "Vaughan-Pugh", "Llwyd", "O'Dwyer", "Nwachukwu", "Warsame", "Popescu", "Kowalczyk",
             "Prydderch", "Tudur", "Ní Bhriain", "Caddick", "Bevan-Jones", "Okoro", "Gwalchmai", "Penhallow",
             "Stradling", "Haverfield", "Mostyn", "Quarrell"],
}
NAME_STYLES = {"worker": ["{LAST}, {first}", "{first} {LAST}"], "yp": ["{last}, {first}", "{first} {last}"]}
NAME_CHANCE = 0.3
VALUE_STYLES = {
    "dates": ["dd.mm.yyyy", "d Month yyyy", "dd/mm/yy", "dth Mon yyyy", "dd-Mon-yyyy", "d/m/yyyy", "dddd d Month yyyy",
              "dd/mm/yyyy"],
    "blanks": ["Dim / None", "n/a", "-", "Not applicable", "unknown at present", "\u00a0"],
    "yes": ["Yes", "Ydw / Yes", "Y", "yes", "\u2714"],
    "no": ["No", "Na / No", "N", "no"],
}
LEGAL_WRITTEN = ["Looked after (section 20 accommodated)", "Care Order s.31", "Former relevant child (leaving care)",
                 "Child in Need plan", "No CSC involvement", "LAC - s20 voluntary", "Care leaver (18+)"]

T52 = {
    "banners": ["Cyngor Sir Ddinbych / Denbighshire County Council - Housing Solutions",
                "Wrexham County Borough Council | Young Persons' Housing Pathway",
                "Shropshire Council - Children's Social Care & Housing Joint Protocol",
                "Gwasanaethau Plant / Children's Services - Supported Accommodation Panel"],
    "codes": ["Form YPP/3 (rev. 08/2025)", "Doc ref CSC-HSG-014 v2.1", "Template: SAP-REF-07", "F/PATH/02 Ebrill 2026"],
    "guides": ["Complete every box in black ink or type. Incomplete forms will be returned to the referrer.",
               "Llenwch bob blwch os gwelwch yn dda / Please complete all boxes.",
               "This form is to be completed by the lead professional only."],
    "inline_guides": ["Type your answer after each colon. Do not delete the headings.",
                      "Answers in blue please so we can see what has been added."],
    "footers": ["OFFICIAL - SENSITIVE when completed", "SWYDDOGOL - SENSITIF / OFFICIAL - SENSITIVE",
                "Retain for 6 years from closure - Information Governance Schedule 4"],
    "office_rows": [("Panel date (office use)", "Pathway no. (office use)"),
                    ("Received by (office)", "Logged on system (office)")],
    "systems": ["WCCIS", "Mosaic", "ContrOCC", "Liquidlogic LCS", "Civica APP"],
    "printed": ["Printed from {system} by {user} on {when}", "{system} - form print - {user} - {when}",
                "Report generated {when} ({system}, user {user})"],
    "page_lines": ["Page 1 of 1", "Tudalen 1 o 1 / Page 1 of 1", "-- end of form print --"],
    "number_heads": [("No.", "Question", "Response"), ("Rhif", "Cwestiwn / Question", "Ateb / Answer"),
                     ("Item", "Information requested", "Details")],
    "sheet_names": [("Part A", "Part B", "PART B (continued)"), ("YP details", "Referral info", "Referral information"),
                    ("Adran 1", "Adran 2", "Adran 2 / Section 2")],
    "blank_asks": ["Thank you for your enquiry. Please complete the form below and send it back to this address.",
                   "As discussed, could you fill in the referral below and reply to this email."],
    "intake_signs": ["YPSA Intake Team", "Pathway Intake (YPSA) - do not reply to the no-reply address"],
    "above_lines": ["Completed below - apologies for the delay.", "Please see my answers typed in below.",
                    "Answers added to your form, blank copy left underneath."],
}

HEADINGS = {
    "Section 1 - About the young person": ["ADRAN 1: Y PERSON IFANC / SECTION 1: THE YOUNG PERSON",
                                           "Part A - Personal details", "1. Details of the young person"],
    "Section 2 - Referrer": ["ADRAN 2: Y CYFEIRIWR / SECTION 2: REFERRING AGENCY", "Part B - Referring professional",
                             "2. Referring officer"],
    "Section 3 - Family Group Conference and diversion": ["ADRAN 3: ATAL / SECTION 3: PREVENTION",
                                                          "Part C - Family network and prevention",
                                                          "3. Prevention work to date"],
    "Section 4 - Reason for referral and risks": ["ADRAN 4: ANGHENION A RISG / SECTION 4: NEEDS AND RISK",
                                                  "Part D - Presenting need and risk assessment",
                                                  "4. Assessment of need and risk"],
    "Young person": ["Manylion y person ifanc / Young person's details", "Resident involved", "Service user"],
    "The incident": ["Manylion y digwyddiad / Incident details", "What occurred", "Account of the event"],
    "risk.concern": ["Provider's assessment", "Asesiad y darparwr / Provider assessment", "Concern detail"],
    "intel.info": ["Information being passed on", "Y wybodaeth / The information", "Intelligence detail"],
}
HEADING_CHANCE = 0.75

TITLES = {
    "referral-emergency": ["URGENT Supported Accommodation Referral (same day placement)",
                           "Cais Brys am Lety / Emergency Housing Pathway Referral"],
    "referral-non-emergency": ["Young Persons' Housing Pathway - Planned Move Referral",
                               "Supported Housing Panel Referral Form (planned)"],
    "risk": ["Provider Notification - Placement Cannot Be Offered Safely", "Hysbysiad Darparwr / Provider Risk Notification"],
    "safeguarding": ["Safeguarding Occurrence Report (Supported Accommodation)", "Adroddiad Diogelu / Safeguarding Event Form"],
    "intelligence": ["Community Information Sharing Form (police partnership)", "Partnership Intelligence Return"],
    "mash": ["Homeless 16/17 Year Old - Joint Assessment Referral to MASH", "MASH Housing Notification (16-17s)"],
    "mash-notice": ["Outcome of Family Mediation - Homelessness Prevented", "Canlyniad Cyfryngu Teulu / Mediation Outcome"],
    "void": ["Weekly Bed Availability Statement", "Vacancy Position as at Monday"],
}
SUBJECTS = {
    "referral-emergency": ["SAME DAY - housing pathway referral {initials}", "Cais brys / urgent referral - {initials}"],
    "referral-non-emergency": ["Pathway referral for panel - {initials}", "Planned move referral ({initials}) for allocation"],
    "risk": ["Provider notification re {ref}", "Unable to offer safely - {ref}"],
    "safeguarding": ["Safeguarding occurrence at {property}", "SG event report - {property}"],
    "intelligence": ["Info-sharing form for your records (police partnership)", "Partnership info return - please action"],
    "mash": ["MASH notification - 16/17 homeless - {initials}", "Joint assessment referral {initials}"],
    "mash-notice": ["Mediation outcome - {initials} - prevented", "Canlyniad cyfryngu {initials}"],
    "void": ["Bed availability w/c {week} ({provider})", "{provider} - vacancy position {week}"],
    "other": ["Diolch / thank you", "Trauma Informed course - 2027 dates", "Change of postal address for invoices"],
}
INTROS = ["Bore da,\nPlease find the form for your attention.", "Dear colleagues,\nSubmitted as requested.",
          "Good afternoon,\nForwarding our completed form for processing."]
SIGNOFFS = ["Diolch o galon am bob cymorth,", "Yours faithfully,", "Cofion cynnes - warm regards,"]
FOOTERS = ["Housing Solutions | Cyngor Sir", "Children's Services - West Area Team"]
COVERING = ["The completed form is attached.", "Attached - any queries please ring me on my mobile."]
ATTACHMENT_NAMES = {
    "referral": ["Pathway referral {i}", "YPP3 referral {i}", "Ffurflen cyfeirio {i}"],
    "risk-concern": ["Provider notification {i}", "Risk notification {i}"],
    "safeguarding-incident": ["Occurrence report {i}", "SG event {i}"],
    "intelligence-submission": ["Info sharing form {i}", "Intel return {i}"],
    "mash-referral": ["MASH notification {i}", "Joint assessment {i}"],
    "mash-notice": ["Mediation outcome {i}"],
    "void-return": ["Bed availability {i}", "Vacancies {i}"],
}

LABELS = {
    "referral": {
        "referral_type": ["Is a bed required today (same-day placement)?", "How urgently is the bed needed",
                          "Math o gais / Type of request"],
        "name": ["Enw'r person ifanc a gyfeirir / Name of YP referred", "Young person's name as on birth certificate or passport",
                 "Person the referral is about - full name"],
        "dob": ["Dyddiad geni'r person ifanc / YP's D.o.B.", "Young person's DOB - dd/mm/yyyy please", "Young person's birthday incl. year"],
        "gender": ["Rhyw'r person ifanc / Young person's sex", "Gender identity of young person", "Sex as recorded on the system"],
        "lcs": ["WCCIS / case system ID", "Mosaic person ID (if open to CSC)", "Social care client number"],
        "address": ["Cyfeiriad presennol / Where staying now", "Address young person is currently residing at",
                    "Address where the young person is sleeping at present"],
        "locality": ["Area young person wishes to be housed in", "Ardal a ffefrir / Preferred district",
                     "Which district would the placement need to be in"],
        "legal_status": ["Statws cyfreithiol / Legal status under SSWBA / CA 1989", "Current legal basis of involvement",
                         "Young person's looked-after / leaving-care status"],
        "uasc": ["UASC / former UASC - Y or N", "Did the young person arrive in the UK alone seeking asylum?",
                 "Plentyn ar ei ben ei hun yn ceisio lloches / UASC status"],
        "parent": ["Is the young person pregnant or a parent already?", "Does the young person have a child or one on the way",
                   "Rhiant ifanc neu'n disgwyl / Young parent or expecting"],
        "ref_name": ["Name of referring officer", "Enw'r cyfeiriwr / Referrer's name", "Person submitting this referral"],
        "ref_role": ["Referring officer's designation", "Swydd / Job title of referrer", "Referrer's post title"],
        "ref_org": ["Referring service / team", "Asiantaeth / Agency referring", "Department making the referral"],
        "ref_email": ["Referring officer's secure email", "E-bost / Email for correspondence", "Secure e-mail for the referrer (gcsx / cjsm)"],
        "ref_phone": ["Direct dial or mobile", "Rhif ffôn / Telephone no.", "Contact number for referring officer"],
        "sw_name": ["Allocated SW / PA - only if not you", "Gweithiwr cymdeithasol / Social worker allocated",
                    "Name of lead worker in CSC"],
        "sw_email": ["Allocated SW / PA - secure e-mail to copy in", "E-bost y gweithiwr cymdeithasol / SW's e-mail",
                     "Lead worker contact email"],
        "fgc": ["Has a Family Group Conference been held or offered?", "FGC / family network meeting taken place",
                "Cynhadledd Grŵp Teulu / Family Group Conference held"],
        "fgc_date": ["Conference (FGC) date held", "Dyddiad y gynhadledd / Date of conference",
                     "When was the family meeting held"],
        "diversion": ["Prevention and diversion work completed to date", "What has been done to keep the young person at home",
                      "Gwaith atal / Prevention work undertaken"],
        "reason": ["Presenting housing need - why is accommodation needed", "Rheswm dros gyfeirio / Reason for this referral",
                   "Summary of circumstances leading to referral"],
        "safety": ["Why can the young person not be kept safe tonight without a bed", "What makes tonight unsafe for the young person",
                   "Pryderon diogelwch heddiw / Safety concerns today"],
        "risk_self": ["Risk the young person poses to themselves", "Self-harm, self-neglect or suicidal thoughts",
                      "Risg i'w hunain / Risk to own safety"],
        "risk_others": ["Risk to staff, residents or the public", "Risk posed by the young person to other people",
                        "Risg y mae'n ei beri i eraill / Risk YP poses to others"],
        "risk_from": ["Harm others may cause the young person", "Is anyone known to harm or target the young person",
                      "Risg o niwed gan eraill / Risk of harm from others"],
        "exploitation": ["Any CCE or CSE concerns noted by partners", "Exploitation risk - criminal or sexual",
                         "Camfanteisio troseddol neu rywiol / Criminal or sexual exploitation"],
        "substance": ["Drink and drugs - current use", "Substance misuse concerns and current use", "Defnydd cyffuriau ac alcohol / Drug and alcohol use"],
        "offending": ["Offending history and any current orders", "Youth Justice involvement / convictions",
                      "Troseddu a gorchmynion / Offending and orders"],
        "mental_health": ["Emotional health - diagnoses and services involved", "CAMHS / adult mental health involvement",
                          "Iechyd emosiynol / Emotional and mental health needs"],
        "support": ["Support the young person needs from the placement", "Anghenion cymorth yn y lleoliad / Support needs in placement",
                    "Level of support required (hours, type)"],
        "needed": ["Date from which the bed is required", "Dyddiad angen lle / Date placement needed",
                   "Earliest move-in date the YP needs"],
        "consent": ["Has the young person agreed to this referral being made?", "Caniatâd / Consent of young person obtained",
                    "Young person consents to information sharing"],
    },
    "risk": {
        "ref": ["Our / your referral number", "Cyfeirnod / Pathway reference", "Referral ID quoted by Brokerage"],
        "provider": ["Provider organisation submitting", "Enw'r darparwr / Provider", "Provider giving notice of this risk"],
        "yp": ["Young person named in referral", "Enw'r person ifanc / Young person", "Name of young person the notification concerns"],
        "risk": ["Risk the provider could not manage", "Y risg / The identified risk",
                 "Nature of the risk preventing an offer"],
        "why": ["Explain why the risk cannot be managed in the service", "Pam na ellir ei reoli / Why it is unmanageable",
                "Reason the service could not hold this risk"],
        "enable": ["What would need to be in place to make an offer", "Beth fyddai'n helpu / Resources that would enable us",
                   "Conditions under which the provider would reconsider"],
    },
    "safeguarding": {
        "provider": ["Provider whose scheme it is", "Darparwr sy'n cyflwyno'r adroddiad / Provider submitting report", "Organisation completing this occurrence report"],
        "property": ["Scheme code where it happened", "Eiddo neu gynllun / Property or scheme code", "Address code of accommodation"],
        "name": ["Full name of resident at the centre of this", "Enw'r preswylydd / Resident", "Name of resident the report is about"],
        "dob": ["D.o.B. of resident concerned", "Dyddiad geni / Resident's date of birth (DD/MM/YYYY)", "Resident born (date)"],
        "lcs": ["Resident's WCCIS / Mosaic ID", "Client ID on case system", "Rhif achos / Case no."],
        "sw_name": ["Social worker / PA for resident", "Gweithiwr allweddol / Allocated worker", "Allocated CSC worker name"],
        "sw_email": ["Resident's SW or PA - e-mail", "E-bost y gweithiwr allweddol / Allocated worker's e-mail", "Allocated CSC worker email"],
        "date": ["Occurrence - calendar date", "Dyddiad / Date it occurred", "What date was the occurrence"],
        "time": ["Occurrence - clock time", "Amser / Time it occurred", "Around what time did it happen"],
        "when": ["Occurrence - date and clock time", "Pryd / When did this occur (date & time)", "Date + time the event took place"],
        "category": ["Occurrence type", "Math o ddigwyddiad diogelu / Type of safeguarding event", "Pick the nearest category for this occurrence"],
        "severity": ["Seriousness as graded by manager on call", "Lefel / Level of seriousness", "Graded seriousness"],
        "description": ["Factual account of what occurred", "Disgrifiad / Description of the event",
                        "Describe the occurrence in full"],
        "actions": ["Immediate actions by staff on duty", "Camau gan staff ar y pryd / Staff action at the time", "Steps staff on shift took straight away"],
        "police_ref": ["Police log / occurrence number", "Rhif log yr heddlu / Police log number", "Log no. (if police called)"],
    },
    "intelligence": {
        "agency": ["Which organisation is this information coming from", "Sefydliad sy'n rhannu / Sharing organisation", "Partner body passing information"],
        "worker": ["Officer sharing information", "Enw'r swyddog sy'n rhannu / Sharing officer", "Name of person passing this on"],
        "role": ["Sharing officer's job title", "Swydd y swyddog / Officer's post", "Position within organisation"],
        "email": ["Sharing officer's work email", "E-bost y swyddog / Officer's e-mail", "Best e-mail to send questions back to"],
        "phone": ["Officer's telephone", "Rhif ffôn y swyddog / Officer's phone no.", "Number we can reach you on"],
        "when": ["When it came to light (date and clock time)", "Pryd y cafwyd / When obtained - date & time", "Information obtained on (date, time)"],
        "date": ["Day the information came to light", "Dyddiad / Date obtained", "Date this was seen or heard"],
        "time": ["Clock time it came to light", "Amser / Time obtained", "Time this was seen or heard"],
        "location": ["Place(s) linked to the information", "Ble / Where it happened or relates to", "Street, estate or premises it concerns"],
        "persons": ["People linked to this (with birth dates if known)", "Pwy / Who is named in this", "Who is involved - names, ages, descriptions"],
        "vehicles": ["Vehicle descriptions incl. registration numbers", "Cerbydau yn gysylltiedig / Linked vehicles", "Cars, vans or bikes seen (colour, make, plate)"],
        "information": ["Details of what was seen, heard or reported", "Y wybodaeth / Information", "Tell us what you know - full account"],
        "source": ["By what route did this reach you", "O ble daeth hyn / Where this came from", "Route by which information reached you"],
        "grading": ["Intel grading if you use 3x5x2", "Graddio'r wybodaeth / Info grading", "Provenance score, e.g. B2 or 1A"],
        "handling": ["Conditions on passing this further", "Amodau rhannu / Sharing conditions", "Who may this be passed to (handling code)"],
    },
    "mash": {
        "name": ["Presenting 16/17 year old's full name", "Enw'r person ifanc / Young person", "Young person who presented - name"],
        "dob": ["D.o.B. of young person", "Dyddiad geni'r person ifanc / YP born", "Birth date of the 16/17 year old"],
        "address": ["Home address until they left", "Cyfeiriad sefydlog olaf / Last stable address", "Where did the young person live until this week"],
        "agency": ["Notifying agency", "Asiantaeth sy'n hysbysu / Agency notifying", "Organisation notifying MASH"],
        "status": ["Roofless or threatened (within 56 days)?", "Sefyllfa dai / Housing situation", "Homeless tonight, or threatened within 56 days?"],
        "mediation": ["Mediation between YP and family tried?", "A gynigiwyd cyfryngu i'r teulu? / Family offered mediation?", "Has the family been offered mediation (Y/N)"],
        "mediation_outcome": ["Where mediation has got to so far", "Canlyniad cyfryngu hyd yma / Mediation result so far", "Mediation - where things were left"],
        "concerns": ["Welfare concerns about the young person", "Pryderon am les y plentyn / Worries for the child's welfare", "Worries about the young person's welfare or safety"],
        "known": ["Already open to CSC?", "Yn hysbys i wasanaethau plant / Known to CSC", "Open case with Children's Services"],
        "parent_contact": ["Parent / carer and contact no.", "Manylion cyswllt rhiant / Parent's contact details", "Who is the parent or carer and how to contact"],
    },
    "mash-notice": {
        "name": ["Mediated young person - full name", "Enw / Name of young person", "Name of young person mediated"],
        "dob": ["Mediated young person's date of birth", "Dyddiad geni / DOB of young person", "Y.P. born on (day/month/year)"],
        "date": ["Day the last mediation session was held", "Dyddiad y sesiwn olaf / Final session date", "Last mediation appointment (date)"],
        "outcome": ["Was homelessness avoided - outcome in words", "Canlyniad y cyfryngu / What mediation achieved", "Agreed outcome of mediation"],
        "agency": ["Service that ran the mediation sessions", "Gwasanaeth / Service", "Mediator's organisation"],
    },
    "void": {
        "provider": ["Provider submitting the statement", "Enw'r darparwr / Provider trading name"],
        "week": ["Position as at (Monday)", "Wythnos yn dechrau / Week beginning"],
        "ref": ["Unit ref on the contract", "Cod yr uned / Unit ref"],
        "locality": ["Which council district", "Ardal y cyngor / Council district"],
        "service": ["Type of scheme per contract", "Model gwasanaeth / Service model (contract)"],
        "total": ["Commissioned beds", "Cyfanswm gwelyau / Beds in total"],
        "occupied": ["Beds with a resident in", "Llawn / Occupied beds"],
        "vacant": ["Beds standing void this week", "Gwelyau heb breswylydd / Beds unoccupied"],
        "available": ["First lettable day", "Ar gael i'w osod o / Can be let from"],
        "emergency": ["Emergency crash bed available?", "Gwely argyfwng / Same-day bed"],
        "notes": ["Comments about the unit", "Sylwadau'r darparwr / Provider comments"],
    },
}

TEXTS = {
    "diversion": ["Two home visits by the Housing Pathway worker, a respite weekend with an aunt and an offer of "
                  "mediation which dad declined.",
                  "Early Help worked with the family for ten weeks; a short stay with grandparents broke down last week."],
    "reason": ["{yp} was asked to leave by mum's partner after repeated arguments and has been sofa surfing between "
               "three friends in Rhyl for the past fortnight.",
               "Relationship with stepmother has broken down completely; {yp} was locked out on Sunday night and slept "
               "in a stairwell before presenting at the civic offices.",
               "Placement with kinship carers ends at eighteen and there is no plan to extend, so {yp} needs a move on "
               "into supported housing with tenancy training."],
    "safety": ["No safe address tonight and {yp} has been approached by older males offering a place to stay.",
               "{yp} is presenting at the office now with no money, no phone charger and nowhere to go after 5pm."],
    "risks": {
        "risk_self": ["Historic cutting, last episode in August; has a safety plan with CAMHS.",
                      "Skips meals when anxious; low mood noted by school nurse."],
        "risk_others": ["Verbal aggression towards mum's partner; no physical violence recorded.",
                        "One assault on a sibling in 2025, resolved by a community resolution."],
        "risk_from": ["Ex-partner aged 22 has made threats by text; a harassment warning was issued.",
                      "Targeted by older peers who take her bank card."],
        "exploitation": ["Screened at medium CCE risk after being found in Chester with a county-lines phone.",
                         "NRM submitted in June; decision still awaited."],
        "substance": ["Smokes cannabis most days, ketamine at parties now and then.", "Alcohol at weekends, engaging with Barod."],
        "offending": ["Referral order ends March 2027 (criminal damage).", "Cautioned for shoplifting, no live orders."],
        "mental_health": ["Diagnosed ADHD, medication lapsed since moving out.",
                          "On CAMHS waiting list for trauma-focused therapy."],
    },
    "support": ["Daily contact at first, budgeting help, support to re-register with a GP and college.",
                "A key worker with experience of exploitation and help to attend appointments."],
    "risk_unable": ["Night-time waking staff are not on site and the young person needs someone awake overnight.",
                    "The named perpetrator lives two doors away from our only vacancy."],
    "risk_why": ["Our lone-working policy does not allow one member of staff to manage repeated overnight incidents.",
                 "Moving the young person there would place them within sight of the person who harms them."],
    "risk_enable": ["Funding for a waking night worker for the first six weeks would let us offer.",
                    "A vacancy in another district, or an agreed safety plan with the police, would allow us to look again."],
    "incident": {
        "Missing": ["{yp} did not return by the 11pm curfew and could not be reached; reported missing to police at "
                    "midnight and found at a friend's flat in Flint the next morning."],
        "Exploitation": ["Staff saw {yp} being handed a package by two men in a white van at the end of the drive and "
                         "she later had a new phone and cash."],
        "Self-harm": ["{yp} disclosed she had cut her forearm in the bathroom; wounds were cleaned and she agreed to go "
                      "to the minor injuries unit with staff."],
        "Violence": ["An argument over the shared kitchen ended with {yp} pushing another resident against the fridge; "
                     "no injuries but both were very distressed."],
        "Allegation against staff": ["{yp} told the visiting PA that a relief worker had shouted at him and grabbed "
                                     "his sleeve during a search of his room."],
        "Police involvement": ["Police attended after neighbours reported shouting from {yp}'s flat; officers spoke "
                               "to him and left without arrests."],
        "Hospital admission": ["{yp} collapsed in the lounge after taking unknown tablets and was taken by ambulance "
                               "to Glan Clwyd where he was kept in overnight."],
        "Other": ["A fire alarm was set off deliberately in {yp}'s corridor and the building was evacuated for forty "
                  "minutes; fire service attended."],
    },
    "actions": ["Called police and the on-call manager; completed body map; informed the EDT.",
                "Stayed with the young person, rang 111, then informed the allocated PA by email."],
    "intel_urgent": ["{yp} has just rung staff crying saying {p} is in her room now with a knife and will not let her "
                     "leave - she is at the flat right now, please send police immediately.",
                     "Right now {p} is outside the front door of the scheme with a machete threatening to stab {yp} "
                     "- staff have locked the door and are waiting for police."],
    "intel_routine": ["Over recent weeks {yp} has been seen getting into cars driven by {p} near the leisure centre "
                      "on Friday evenings.",
                      "A resident told staff last month that {p} has been asking around for {yp}'s new address."],
    "mediation_outcome": ["Two sessions held; {yp} and dad agreed a curfew and chores but mum still wants her out.",
                          "Declined by {yp} after the first phone call."],
    "mash_concerns": ["Mum reports self-harm and missing episodes at night; school attendance below 60%.",
                      "Young person is staying with a 24-year-old man the family do not know."],
    "prevented": ["Mediation held at the family home; {yp} has returned to live with mum under an agreed plan and "
                  "homelessness has been prevented.",
                  "{yp} and his father signed a home agreement after two sessions; he is staying at home and no "
                  "accommodation is needed."],
    "void_notes": ["Decorating, keys back Friday", "Held for panel decision", "", "Boiler engineer booked for Weds"],
    "other_body": ["Diolch for the lovely cards and the hamper sent to our team, much appreciated by everyone.",
                   "Could you circulate the attached training dates for the Trauma Informed course to your providers?",
                   "From January please send all invoices to our new postal address at County Hall, Ruthin."],
}
