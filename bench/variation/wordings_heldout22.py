"""heldout22 (stop 55, branch corpus55): the twenty-second held-out part, written by a separate author session (no
parser, config/forms, other part's mails, documents, manifests or wordings' values read), in the layouts of stop 55
with its own words: Welsh councils' bilingual templates (Welsh first or English first, a Welsh council's own wording),
English metropolitan boroughs' officialese ("the person referred", "subject of this form"), case-file shorthand.
Never tune against this part: tuned25 has the same layouts with other words."""

SEED = 22550431
TEXT_EXPECT = True

_REF = ["docx-cy-en-cols", "docx-yes-no-cols", "pdf-from-excel", "docx-section-rowspan", "body-answers-inline",
        "docx-caption-under", "pdf-cy-en-cols", "pdf-section-rowspan", "pdf-caption-under", "docx-2col", "body-lines"]
FORM_LAYOUTS = {
    "referral": _REF,
    "risk-concern": ["body-answers-inline", "docx-yes-no-cols", "pdf-section-rowspan", "docx-cy-en-cols",
                     "pdf-from-excel", "docx-caption-under"],
    "safeguarding-incident": ["pdf-caption-under", "docx-section-rowspan", "pdf-from-excel", "docx-cy-en-cols",
                              "docx-yes-no-cols", "body-answers-inline", "docx-2col"],
    "intelligence-submission": ["docx-caption-under", "body-answers-inline", "pdf-cy-en-cols", "docx-section-rowspan",
                                "pdf-from-excel", "docx-yes-no-cols", "pdf-section-rowspan", "body-lines"],
    "mash-referral": ["docx-yes-no-cols", "pdf-cy-en-cols", "body-answers-inline", "docx-section-rowspan",
                      "pdf-caption-under"],
    "void-return": ["xlsx-void-subtotals", "pdf-void-calc", "csv", "xlsx-void-subtotals", "pdf-void-calc",
                    "xlsx-flat", "body-html-table"],
}
VOID_LAYOUTS = FORM_LAYOUTS["void-return"]
DOC_LAYOUTS = ["docx-section-rowspan"]
NOTICE_LAYOUTS = ["docx-cy-en-cols", "body-answers-inline"]

PEOPLE = {
    "first": ["Gethin", "Mererid", "Harjit", "Awel", "Tomasz", "Siân", "Yohannes", "Catrin", "Kerys", "Dafydd",
              "Nasra", "Elis", "Morwenna", "Jordell", "Heledd", "Ruairidh", "Tegan", "Ifor", "Simran", "Llŷr"],
    "last": ["Prys-Jones", "Bhogal", "Tecwyn", "Nowak-Evans", "ap Rhys", "Haile", "Gruffydd", "McAllister", "Pugh",
             "Mensah-Lloyd", "Vaughan-Thomas", "Kaczmarek", "Gwyther", "O'Dowd", "Tesfaye", "Bevan", "Rowlands",
             "Sandhu", "Penhallow", "ab Owain"],
}
NAME_STYLES = {"worker": ["{LAST}, {first}", "{first} {LAST}"], "yp": ["{LAST}, {first}", "{first} {LAST}"]}
NAME_CHANCE = 0.3

LEGAL_WRITTEN = ["Plentyn sy'n derbyn gofal / Looked after (s.76 SSWBA 2014)", "Accommodated under s.20 CA 1989",
                 "Care leaver - category 2 (former relevant)", "Child in need plan open",
                 "Interim care order (s.38)", "Not open to Children's Services", "Care and support plan (Wales)"]

VALUE_STYLES = {
    "dates": ["dd/mm/yyyy", "d Month yyyy", "d.m.yy", "dd-Mon-yyyy", "ddd, dd Mon yyyy", "dth Month yyyy", "d/m/yy",
              "d mis yyyy"],
    "times": ["HH:MM", "HHMM hrs", "h.mm p.m.", "HH.MM", "h:mm PM", "HH:MM hours"],
    "joiners": ["{d} at {t}", "{d} {t}", "{t}, {d}", "{d} ({t})"],
    "blanks": ["Dim / None", "Not applicable", "nk", "\u2014", "nothing to add", ""],
    "yes": ["Ie / Yes", "Yes", "Y", "Yes - confirmed"],
    "no": ["Na / No", "No", "N", "NO"],
}

LABELS = {
    "referral": {
        "referral_type": ["Does this request need a bed on the day it is made?",
                          "Math o atgyfeiriad / Referral category", "Placement urgency classification"],
        "name": ["Enw llawn / Full name of person referred", "Forename(s) and surname of the applicant",
                 "Applicant - full legal name"],
        "dob": ["Dyddiad geni / Date of birth of applicant", "Applicant born on", "D.o.B. of person referred"],
        "gender": ["Rhywedd / How the applicant describes their gender", "Applicant's gender (as they describe it)", "Sex / gender recorded"],
        "lcs": ["Rhif WCCIS / WCCIS person ID", "Case management system no. (LCS / Mosaic / WCCIS)",
                "Client index number"],
        "address": ["Cyfeiriad presennol / Address at time of referral", "Where the applicant is living at present",
                    "Applicant's present postal address, postcode included"],
        "locality": ["Ardal / District the applicant would move to", "District(s) acceptable to the applicant",
                     "Which locality would the applicant accept?"],
        "legal_status": ["Statws cyfreithiol / Legal basis of care", "Legal framework the applicant is cared for under",
                         "Looked-after / leaving-care position"],
        "uasc": ["Ceisiwr lloches ar ei ben ei hun? / Unaccompanied asylum-seeking?",
                 "Came to the UK alone and is an asylum claimant?", "Is the applicant a UASC or former UASC?"],
        "parent": ["Yn rhiant neu'n feichiog? / Parent or expecting?", "Applicant is a parent / pregnant / partner pregnant",
                   "Any dependent children or a pregnancy to plan for?"],
        "ref_name": ["Enw'r swyddog / Name of officer making referral", "Officer submitting this request",
                     "Name of practitioner completing the referral"],
        "ref_role": ["Teitl swydd / Officer's job title", "Officer's designation", "Practitioner's post"],
        "ref_org": ["Sefydliad / Referring organisation or team", "Submitting service / department",
                    "Practitioner's team and directorate"],
        "ref_email": ["E-bost / Referrer's secure email", "Officer's GCSX / work email", "Reply-to email for the practitioner"],
        "ref_phone": ["Rhif ffôn / Officer's telephone (direct)", "Officer's direct dial", "Best contact number for the practitioner"],
        "sw_name": ["Gweithiwr cymdeithasol dynodedig / Designated social worker", "Lead professional where different from the officer",
                    "Named SW or personal adviser for the applicant"],
        "sw_email": ["E-bost y gweithiwr / Allocated worker's email", "Lead professional's email address",
                     "Email for the applicant's SW or PA"],
        "fgc": ["Cynhadledd Grŵp Teulu? / Has an FGC been offered or held?",
                "Family group conference offered to the applicant's family?", "Family network meeting (FGC) held or offered"],
        "fgc_date": ["Dyddiad y gynhadledd / Date of FGC", "When did the family group conference take place?",
                     "Date the family group conference sat"],
        "diversion": ["Camau atal / Prevention work already tried",
                      "What has been done to keep the applicant at home or with family?",
                      "Diversion and mediation undertaken to date"],
        "reason": ["Rheswm dros atgyfeirio / Reason for this referral",
                   "Summary of presenting need and why accommodation is requested",
                   "Background and circumstances leading to the request"],
        "safety": ["Pam heno? / Why must a bed be found today?",
                   "Immediate safety issue requiring same-day placement",
                   "Risk to the applicant if no placement is made tonight"],
        "risk_self": ["Risg i'w hunain / Risk to self", "Self-harm, suicidal ideation or self-neglect",
                      "Is the applicant a danger to themselves?"],
        "risk_others": ["Risg i eraill / Risk posed to others", "Violence, threats or aggression towards others",
                        "Any history of harming other people"],
        "risk_from": ["Risg gan eraill / Risk from other people", "Adults or peers who present a risk to the applicant",
                      "Is anyone known to be targeting or harming them?"],
        "exploitation": ["Camfanteisio / Criminal or sexual exploitation concerns",
                         "Concerns of criminal or sexual exploitation", "Exploitation screening outcome"],
        "substance": ["Camddefnyddio sylweddau / Alcohol and drug use", "Substance use - type and frequency",
                      "Does the applicant use drugs or alcohol?"],
        "offending": ["Troseddu / Offending and youth justice", "Current orders, bail conditions or pending matters",
                      "Offending history and youth justice involvement"],
        "mental_health": ["Iechyd meddwl / Emotional and mental health", "Contact with CAMHS, AMHT or the GP about mental health",
                          "Diagnosed or suspected mental health needs"],
        "support": ["Anghenion cymorth / Support the applicant will need",
                    "Level of support required from the provider", "What help will they need to manage a tenancy?"],
        "needed": ["Dyddiad angen llety / Date accommodation is required", "Accommodation wanted with effect from",
                   "Date the applicant needs to move in"],
        "consent": ["Caniatâd / Applicant consents to this referral", "Applicant agrees to information being shared (Y/N)",
                    "Consent to share obtained from the applicant?"],
    },
    "risk": {
        "ref": ["Cyfeirnod yr atgyfeiriad / Referral number", "Hub / brokerage reference of the placement",
                "Reference quoted on the offer"],
        "provider": ["Darparwr / Accommodation provider", "Provider organisation raising the concern",
                     "Name of the support provider"],
        "yp": ["Enw'r person ifanc / Name of young person", "Applicant the concern relates to",
               "Prospective resident (full name)"],
        "risk": ["Y risg a nodwyd / Risk identified at assessment", "Nature of the risk the provider cannot hold",
                 "What concerns the provider about this placement?"],
        "why": ["Pam nad yw'n bosibl / Why the provider cannot hold this risk",
                "Reasons the current service model cannot manage the risk",
                "Explain why this is beyond what the scheme can safely offer"],
        "enable": ["Beth fyddai'n helpu / What would make the placement possible?",
                   "Additional resources or conditions that would allow acceptance",
                   "What would need to change for the provider to reconsider?"],
    },
    "safeguarding": {
        "provider": ["Darparwr llety / Accommodation provider reporting", "Provider organisation filing the occurrence", "Service submitting the report"],
        "property": ["Eiddo / Scheme or property code", "Property where the incident occurred (ref)",
                     "Location code of the scheme"],
        "name": ["Enw'r tenant / Tenant's name", "Tenant concerned - forename then surname",
                 "Subject of this report"],
        "dob": ["Dyddiad geni / Subject's date of birth", "Subject's D.o.B.", "Subject born (dd/mm/yyyy)"],
        "lcs": ["Rhif achos / Case ID (WCCIS / LCS)", "Subject's case-system number", "Person ID if known"],
        "sw_name": ["Gweithiwr dynodedig / Designated worker", "Subject's allocated SW or PA", "Named worker for the resident"],
        "sw_email": ["E-bost y gweithiwr / Allocated worker's email", "Email for the tenant's SW / PA", "Email for the named worker"],
        "date": ["Dyddiad y digwyddiad / Date of the incident", "Day the occurrence happened", "Calendar date of the occurrence"],
        "time": ["Amser / Time of the incident", "Approximate time the incident began", "Clock time it started (24-hour)"],
        "when": ["Dyddiad ac amser / Date and time of incident", "On what date and at what hour did it happen?",
                 "Occurrence - date then clock time"],
        "category": ["Categori / Type of incident", "Heading the occurrence falls under", "Best-fitting occurrence heading"],
        "severity": ["Difrifoldeb / Level of seriousness", "How serious - rate low to critical", "Grading of harm"],
        "description": ["Disgrifiad / Account of what happened", "Factual account of the incident",
                        "Describe events in the order they occurred"],
        "actions": ["Ymateb y staff / Staff response at the time", "Who was notified, and what was done straight away",
                    "Follow-up carried out after the occurrence"],
        "police_ref": ["Cyfeirnod yr heddlu / Police log or crime number", "Police occurrence reference",
                       "Police log / crime number where one was given"],
    },
    "intelligence": {
        "agency": ["Asiantaeth / Submitting agency", "Organisation providing the information", "Source organisation"],
        "worker": ["Enw'r swyddog / Officer submitting", "Member of staff recording this information",
                   "Recording officer's name"],
        "role": ["Swydd / Officer's role", "Recorder's job title", "Designation of the person submitting"],
        "email": ["E-bost / Submitter's email", "Recorder's work email", "Email for follow-up queries"],
        "phone": ["Ffôn / Submitter's telephone", "Recorder's contact number", "Phone for follow-up queries"],
        "when": ["Pryd a gafwyd yr wybodaeth / When was this observed?", "Date + clock time the recorder learned of this",
                 "Observed / received (date, time)"],
        "date": ["Dyddiad / Date information obtained", "Date this came to the recorder's attention", "Day of the sighting or disclosure"],
        "time": ["Amser / Time information obtained", "At approximately (time)", "Clock time of the sighting or disclosure"],
        "location": ["Lleoliad / Location of activity", "Where was the activity seen or reported?", "Street, estate or premises involved"],
        "persons": ["Unigolion / Nominals - names, DOBs and descriptions",
                    "Individuals named or described", "Subjects of the intelligence"],
        "vehicles": ["Cerbydau / Vehicle make, colour and index", "Registration marks and descriptions of vehicles", "Were any cars or vans involved?"],
        "information": ["Yr wybodaeth / Intelligence report", "Narrative of the intelligence, in full",
                        "What was seen, heard or reported?"],
        "source": ["Ffynhonnell / How was this obtained?", "How did the recorder come by this?", "Nature of source (staff, resident, CCTV...)"],
        "grading": ["Graddio / Evaluation (3x5x2 or 5x5x5)", "Reliability of source / accuracy of report", "Evaluation code given by recorder"],
        "handling": ["Côd trin / Handling instructions", "Onward-sharing code (P, C or H)", "Which agencies may receive this onward?"],
    },
    "mash": {
        "name": ["Enw / Name of the young person", "Child or young person referred", "16/17-year-old's forename and family name"],
        "dob": ["Dyddiad geni / D.O.B. of the young person", "Young person born on", "D.o.B. of the 16/17-year-old"],
        "address": ["Cyfeiriad / Last settled address", "Family home address", "Address young person is leaving"],
        "agency": ["Asiantaeth atgyfeirio / Agency contacting MASH", "Agency making the MASH referral", "MASH referrer's organisation"],
        "status": ["Sefyllfa dai / Housing situation today", "Homeless now or at risk of homelessness?",
                   "Is the young person roofless, or is loss of home pending?"],
        "mediation": ["A gynigiwyd cyfryngu teuluol? / Family mediation offered to date?", "Any attempt at family mediation so far?",
                      "Has a mediator worked with the family (Y / N)?"],
        "mediation_outcome": ["Canlyniad y cyfryngu hyd yma / Where mediation has got to", "Outcome of mediation to date",
                              "Mediation - what the family agreed or refused"],
        "concerns": ["Pryderon / Safeguarding concerns", "Welfare and safety concerns identified",
                     "Why is MASH involvement needed?"],
        "known": ["Yn hysbys i'r gwasanaethau? / Known to Children's Services?", "Open or previously open to CSC",
                  "Any prior social care involvement?"],
        "parent_contact": ["Rhiant / Parent or carer contact", "Parent or carer - who and how to reach them",
                           "How to contact the family"],
    },
    "mash-notice": {
        "name": ["Enw'r unigolyn / Young person named in this notice", "Which young person has stayed at home?", "Notification concerns (young person's name)"],
        "dob": ["Dyddiad geni'r person ifanc / When they were born", "Born (day / month / year) - young person", "DOB of the young person concerned"],
        "date": ["Dyddiad cyfryngu / Date of mediation", "Final mediation session held on", "Date family agreed outcome"],
        "outcome": ["Canlyniad / Result of mediation", "Agreement reached with parents / carers",
                    "Result of the family mediation (prevention)"],
        "agency": ["Asiantaeth / Service notifying", "Service sending this notification", "Team that carried out mediation"],
    },
    "void": {
        "provider": ["Darparwr sy'n anfon / Provider sending the return", "Returning provider organisation", "Organisation making this vacancy return"],
        "week": ["Dydd Llun yr wythnos / Monday of the return week", "Vacancy position as at Monday (date)", "W/B Monday"],
        "ref": ["Cod yr eiddo / Directory property code", "Scheme code per directory", "Directory unit reference"],
        "locality": ["Ardal cyngor dosbarth / District council area", "Locality the unit serves", "Scheme's council district"],
        "service": ["Math o lety a gomisiynwyd / Commissioned accommodation type", "Commissioned service model", "Provision band - 16/17, 18+ or parent and baby"],
        "total": ["Cyfanswm / Total bed spaces", "Bed spaces commissioned", "Beds in unit"],
        "occupied": ["Wedi'u llenwi / Beds occupied", "Spaces let to residents this week", "Tenanted spaces"],
        "vacant": ["Gwag / Beds vacant", "Void this week", "Unlet spaces"],
        "available": ["Ar gael / Can be let from", "Date unit can next be let", "Date void ready"],
        "emergency": ["Gwely argyfwng? / Emergency use possible?", "Usable as same-night crash pad?", "Same-night bed"],
        "notes": ["Sylwadau / Provider remarks", "Anything the panel should know", "Remarks on voids"],
    },
}

HEADING_CHANCE = 0.75
HEADINGS = {
    "Section 1 - About the young person": ["ADRAN 1 - YR YMGEISYDD / SECTION 1 - THE APPLICANT",
                                           "PART A: PERSON REFERRED", "1. Applicant's details"],
    "Section 2 - Referrer": ["ADRAN 2 - YR ATGYFEIRIWR / SECTION 2 - REFERRER", "PART B: REFERRING OFFICER",
                             "2. Who is making the request"],
    "Section 3 - Family Group Conference and diversion": ["ADRAN 3 - ATAL / SECTION 3 - PREVENTION",
                                                          "PART C: PREVENTION AND FAMILY NETWORK",
                                                          "3. Work with the family so far"],
    "Section 4 - Reason for referral and risks": ["ADRAN 4 - ANGHENION A RISGIAU / SECTION 4 - NEEDS AND RISKS",
                                                  "PART D: PRESENTING NEED AND RISK", "4. Why now, and what risks"],
    "Young person": ["Y PRESWYLYDD / THE RESIDENT", "PART B: SUBJECT OF REPORT", "Resident's details"],
    "The incident": ["Y DIGWYDDIAD / THE INCIDENT", "PART C: OCCURRENCE", "What happened"],
    "referral.sw": ["Gweithiwr allweddol / Lead worker", "PART B2: LEAD PROFESSIONAL", "Lead professional"],
    "risk.referral": ["Manylion y lleoliad / Placement details", "PART A: PLACEMENT OFFER", "The offer concerned"],
    "risk.concern": ["Y pryder / The concern", "PART B: PROVIDER'S ASSESSMENT", "Provider's view"],
    "sg.provider": ["Y darparwr / Reporting provider", "PART A: REPORTING SERVICE", "Reporting service"],
    "intel.you": ["Yr adroddwr / Recorder", "PART A: RECORDING OFFICER", "About the recorder"],
    "intel.info": ["Yr wybodaeth / The information", "PART B: INTELLIGENCE", "The information"],
    "mash.housing": ["Tai / Housing", "PART C: HOUSING POSITION", "Housing position"],
}

TITLES = {
    "referral-emergency": ["Cais am Lety Brys i Bobl Ifanc / Emergency Youth Accommodation Request",
                           "Same-Day Supported Accommodation Request (16-25)"],
    "referral-non-emergency": ["Atgyfeiriad Llety â Chymorth / Supported Accommodation Application",
                               "Planned Move - Young People's Accommodation Application"],
    "risk": ["Ymateb Darparwr - Pryder Risg / Provider Risk Response", "Provider Declaration of Unmanageable Risk"],
    "safeguarding": ["Adroddiad Digwyddiad Diogelu / Safeguarding Occurrence Report", "Resident Occurrence Report (Safeguarding)"],
    "intelligence": ["Ffurflen Rhannu Gwybodaeth / Information Sharing Submission", "Partnership Intelligence Record"],
    "mash": ["Atgyfeiriad MASH - Digartrefedd 16/17 / MASH Homelessness Referral (16-17)",
             "Multi-Agency Referral: 16/17-Year-Old Facing Homelessness"],
    "mash-notice": ["Hysbysiad Canlyniad Cyfryngu / Mediation Outcome Notice", "Notification - Homelessness Averted by Family Mediation"],
    "void": ["Ffurflen Lleoedd Gwag Wythnosol / Weekly Vacancy Return", "Provider Weekly Bed Availability Return"],
}

SUBJECTS = {
    "referral-emergency": ["BRYS / URGENT - llety heno i {initials} - same-day bed", "Same-day accommodation request - {initials} - URGENT"],
    "referral-non-emergency": ["Atgyfeiriad / Referral - {initials} - planned move", "Supported accommodation application for {initials}"],
    "risk": ["Provider response re referral {ref} - risk cannot be held", "Ymateb darparwr / provider response {ref}"],
    "safeguarding": ["Occurrence report - scheme {property}", "Adroddiad diogelu / safeguarding report {property}"],
    "intelligence": ["Information sharing submission (restricted)", "Partnership intelligence - for screening"],
    "mash": ["MASH homelessness referral {initials} (16/17)", "Atgyfeiriad MASH / MASH referral - {initials}"],
    "mash-notice": ["Mediation outcome notice - {initials}", "Hysbysiad cyfryngu / mediation notice {initials}"],
    "void": ["{provider} weekly vacancy return w/b {week}", "Vacancy return {week} - {provider}"],
    "other": ["Invitation: partnership forum minutes", "County Hall visitor car park closure (w/c Monday)", "Your ID badge renewal"],
}

INTROS = ["Please find our completed form for your consideration.",
          "Gweler y ffurflen wedi'i chwblhau / Please see the completed form.",
          "Submitted via the partnership inbox as agreed at the operational group."]
SIGNOFFS = ["Diolch o galon / Thanks again,", "Yours faithfully on behalf of the Directorate,", "Gyda diolch - thanking you,"]
FOOTERS = ["Gwasanaethau Plant / Children's Services", "Directorate of Children, Families and Education"]
COVERING = ["Form attached for the panel. Please acknowledge receipt.",
            "Ffurflen ynghlwm / Form attached - please confirm receipt.",
            "Attached as requested; do contact me with any queries."]

ATTACHMENT_NAMES = {
    "referral": ["Atgyfeiriad_{i}", "Accommodation application {i}", "SA request form {i}"],
    "risk-concern": ["Provider risk response {i}", "Ymateb_darparwr_{i}"],
    "safeguarding-incident": ["Occurrence report {i}", "Adroddiad_{i}"],
    "intelligence-submission": ["Info sharing {i}", "Intel record {i}"],
    "mash-referral": ["MASH_homeless_{i}", "MASH referral form {i}"],
    "mash-notice": ["Mediation notice {i}", "Hysbysiad_{i}"],
    "void-return": ["Vacancy return {i}", "Lleoedd_gwag_{i}"],
}

TEXTS = {
    "diversion": ["Two home visits by the prevention officer; a respite week with an aunt in Llanelli broke down after "
                  "four nights; the family declined a second mediation session.",
                  "Early Help key worker allocated since the summer; a family agreement was drawn up but not kept; "
                  "grandparents cannot offer a room because of their tenancy conditions."],
    "reason": ["{yp} was asked to leave by a step-parent after repeated arguments over curfew; the relationship has "
               "broken down completely and the step-parent will not allow a return while the tenancy is in their name.",
               "Following the end of a foster placement at eighteen, {yp} has been sofa surfing between three friends; "
               "none can offer anything beyond a week and the current host's landlord has objected.",
               "{yp} disclosed to a school nurse that an older sibling has been violent at home; the parent chose to "
               "side with the sibling and {yp} has been staying in a hostel bed that closes at the weekend."],
    "safety": ["The only offer tonight is a sofa at an address where a man of concern to the police is staying; {yp} "
               "has no other option and no money for travel.",
               "{yp} was found sleeping in a stairwell by a PCSO last night and says they will go back there if nothing "
               "is found."],
    "risks": {
        "risk_self": ["Historic cutting, none disclosed in the last six months; a safety plan is in place with CAMHS.",
                      "Low mood at times, no current self-harm reported."],
        "risk_others": ["One assault on a sibling in the spring, police took no further action.",
                        "Raised voice and door slamming when challenged; no physical aggression to staff."],
        "risk_from": ["An ex-partner aged 24 has sent threatening messages; a non-molestation order is being sought.",
                      "Peers in the town centre have pressured them to hold items."],
        "exploitation": ["Screening tool completed in October: medium risk of criminal exploitation.",
                         "No concerns identified at the last strategy discussion."],
        "substance": ["Daily cannabis, occasional alcohol at weekends.", "Reports no drug use; drinks socially."],
        "offending": ["Referral order ends in February; complying well with YJS.", "One caution for shoplifting last year."],
        "mental_health": ["Diagnosed ADHD, medication reviewed by the GP.",
                          "On the waiting list for adult mental health assessment."],
    },
    "support": ["Help with budgeting and claiming Universal Credit; encouragement to attend college three days a week.",
                "Daily check-ins at first, then a weekly key session; support to register with a GP and dentist."],
    "risk_unable": ["The applicant's current pattern of going missing overnight, usually with older adults, would leave "
                    "our lone night worker unable to respond safely to the rest of the house.",
                    "Disclosed intent to harm a named resident already living at the scheme, who is a former partner."],
    "risk_why": ["The scheme has one waking night worker covering eight rooms and no second person on call within "
                 "thirty minutes.",
                 "Our shared kitchen and single entrance mean the two residents could not be kept apart."],
    "risk_enable": ["An additional night worker funded for the first six weeks and a missing-from-home protocol agreed "
                    "with the police.",
                    "Placement at our self-contained flat instead, once it is vacated at the end of the month."],
    "incident": {
        "Missing": ["{yp} did not return by the agreed time; staff searched the usual places and then reported them "
                    "missing to the police, who located them at a relative's flat in the early hours.",
                    "Staff became aware that {yp} had left through a ground-floor window; calls went unanswered and "
                    "a missing report was made."],
        "Exploitation": ["An unknown adult dropped {yp} off in a taxi and handed over a new phone; {yp} later admitted "
                         "being asked to carry a parcel across town.",
                         "{yp} was seen handing small packages to callers at the front door over the course of an hour."],
        "Self-harm": ["{yp} showed staff fresh cuts to the forearm after a phone call with a parent; first aid was "
                      "given and the crisis team were contacted.",
                      "Staff found {yp} distressed in the bathroom with tablets on the floor; an ambulance was called "
                      "as a precaution."],
        "Violence": ["{yp} punched a wall and then pushed another resident during an argument over the laundry rota; "
                     "the other resident was not injured.",
                     "A visitor assaulted {yp} in the car park; staff intervened and the visitor left before police came."],
        "Allegation against staff": ["{yp} alleged that a relief worker grabbed their arm while taking a mobile phone; "
                                     "the worker was stood down pending the LADO's advice.",
                                     "{yp} told a key worker that a member of night staff had made inappropriate "
                                     "comments about their appearance."],
        "Police involvement": ["Police attended after neighbours reported shouting; {yp} was spoken to and no arrests "
                               "were made.",
                               "Officers executed a warrant at the scheme looking for a visitor of {yp}."],
        "Hospital admission": ["{yp} collapsed in the communal lounge after drinking; paramedics took them to the "
                               "emergency department and they were kept in overnight.",
                               "{yp} was admitted with a suspected fractured wrist after a fall from a bicycle."],
        "Other": ["A fire door was wedged open and {yp} admitted letting in two non-residents overnight.",
                  "{yp} reported that their room had been entered and a bank card taken."],
    },
    "actions": ["Police informed, duty social worker updated, manager on call attended and a welfare check was "
                "arranged for the morning.",
                "Incident logged on the provider system, LADO consulted, and a strategy discussion requested."],
    "intel_urgent": ["{p} is outside the scheme now with a large knife in a rucksack and has told residents he is "
                     "waiting for {yp} to come home.",
                     "{yp} has just phoned staff from a car driven by {p}, crying and saying they are being taken to "
                     "a house in another town against their will."],
    "intel_routine": ["Over the past fortnight {p} has been seen collecting {yp} from the end of the road in the late "
                      "evening and dropping them back before dawn.",
                      "Residents report that {p} offers lifts and cigarettes to younger tenants and has asked {yp} "
                      "to look after a bag."],
    "mediation_outcome": ["Two sessions held; the parent agreed {yp} could stay for a further month while a plan is made.",
                          "One session held, the parent would not attend the second."],
    "mash_concerns": ["Parent has locked the young person out twice this week; an older brother is believed to be "
                      "involved with drug supply.",
                      "Young person disclosed emotional abuse from a parent's partner and is staying with a friend "
                      "whose family cannot keep them."],
    "prevented": ["Following mediation {yp} has returned home with a written family agreement and Early Help support.",
                  "{yp} will live with an uncle under a family arrangement; the parent has agreed to contact."],
    "void_notes": ["Decorating after last tenant", "Key safe fitted", "", "Awaiting gas safety certificate"],
    "other_body": ["Good afternoon, please find attached the minutes of last month's partnership forum. The next "
                   "forum will be held on the second Tuesday. Kind regards.",
                   "Dear colleagues, the visitor car park at County Hall will be closed next week for resurfacing; "
                   "please use the park and ride.",
                   "Your building access badge expires at the end of the month; please book a renewal slot with "
                   "reception."],
}

T55 = {
    "banners": ["Cyngor Bwrdeistref Sirol Glanyrafon / Glanyrafon County Borough Council",
                "Metropolitan Borough of Ashdown - Children, Families and Education",
                "Llanfair County Council - Housing Solutions Service"],
    "codes": ["Ffurflen CF/YP/07 v3.2", "Doc ref: CFE-ACC-019 (rev. 2024)", "HSS/YPA/04"],
    "footers": ["SWYDDOGOL - SENSITIF / OFFICIAL - SENSITIVE", "Restricted once completed - handle in line with GDPR",
                "Version control: template owner Business Support"],
    "cy_banners": ["Cyngor Sir Llanfair / Llanfair County Council", "Cyngor Bwrdeistref Sirol Glanyrafon / Glanyrafon County Borough Council"],
    "cy_titles": ["Ffurflen Gwasanaethau Plant", "Tîm Pobl Ifanc 16+"],
    "cy_guides": ["Cwblhewch bob adran / Please complete every section. Ysgrifennwch mewn Cymraeg neu Saesneg / Write in Welsh or English.",
                  "Mae'r ffurflen hon ar gael yn Gymraeg / This form is available in Welsh."],
    "cy_heads": [("Cwestiwn", "Question", "Ateb / Answer"), ("Maes", "Field", "Manylion / Details")],
    "cy_unkeyed": "Math o gais",
    "cy_yes": ("Ie", "Yes"),
    "cy_no": ("Na", "No"),
    "cy_choices": {"female": "Benyw", "f": "Benyw", "male": "Gwryw", "m": "Gwryw", "non-binary": "Anneuaidd",
                   "low": "Isel", "medium": "Canolig", "high": "Uchel", "critical": "Difrifol",
                   "missing": "Ar goll", "violence": "Trais", "self-harm": "Hunan-niweidio", "self harm": "Hunan-niweidio",
                   "exploitation": "Camfanteisio", "other": "Arall", "police involvement": "Heddlu'n rhan",
                   "hospital admission": "Derbyn i'r ysbyty", "homeless": "Digartref", "homeless tonight": "Digartref heno",
                   "threatened": "Dan fygythiad", "threatened with homelessness": "Dan fygythiad o ddigartrefedd"},
    "cy_labels": {
        "referral": {"name": "Enw llawn", "dob": "Dyddiad geni", "gender": "Rhywedd", "lcs": "Rhif WCCIS",
                     "address": "Cyfeiriad presennol", "locality": "Ardal a ffefrir", "legal_status": "Statws cyfreithiol",
                     "uasc": "Ceisiwr lloches ar ei ben ei hun?", "parent": "Yn rhiant neu'n feichiog?",
                     "ref_name": "Enw'r atgyfeiriwr", "ref_role": "Swydd", "ref_org": "Sefydliad", "ref_email": "E-bost",
                     "ref_phone": "Rhif ffôn", "sw_name": "Gweithiwr cymdeithasol", "sw_email": "E-bost y gweithiwr",
                     "fgc": "Cynhadledd grŵp teulu wedi'i chynnig?", "fgc_date": "Dyddiad y gynhadledd",
                     "diversion": "Camau atal", "reason": "Rheswm dros atgyfeirio", "safety": "Pam heno?",
                     "risk_self": "Risg i'w hunain", "risk_others": "Risg i eraill", "risk_from": "Risg gan eraill",
                     "exploitation": "Camfanteisio", "substance": "Camddefnyddio sylweddau", "offending": "Troseddu",
                     "mental_health": "Iechyd meddwl", "support": "Anghenion cymorth",
                     "needed": "Dyddiad angen llety", "consent": "Caniatâd"},
        "risk": {"ref": "Cyfeirnod", "provider": "Darparwr", "yp": "Enw'r person ifanc", "risk": "Y risg",
                 "why": "Pam na ellir ei reoli", "enable": "Beth fyddai'n helpu"},
        "safeguarding": {"provider": "Darparwr", "property": "Eiddo", "name": "Enw'r preswylydd", "dob": "Dyddiad geni",
                         "lcs": "Rhif achos", "sw_name": "Gweithiwr allweddol", "sw_email": "E-bost y gweithiwr",
                         "date": "Dyddiad y digwyddiad", "time": "Amser", "when": "Dyddiad ac amser",
                         "category": "Categori", "severity": "Difrifoldeb", "description": "Disgrifiad",
                         "actions": "Camau a gymerwyd", "police_ref": "Cyfeirnod yr heddlu"},
        "intelligence": {"agency": "Asiantaeth", "worker": "Enw'r swyddog", "role": "Swydd", "email": "E-bost",
                         "phone": "Ffôn", "when": "Pryd", "date": "Dyddiad", "time": "Amser", "location": "Lleoliad",
                         "persons": "Pobl dan sylw", "vehicles": "Cerbydau", "information": "Yr wybodaeth",
                         "source": "Ffynhonnell", "grading": "Graddio", "handling": "Côd trin"},
        "mash": {"name": "Enw", "dob": "Dyddiad geni", "address": "Cyfeiriad", "agency": "Asiantaeth",
                 "status": "Sefyllfa dai", "mediation": "Cyfryngu wedi'i gynnig?", "mediation_outcome": "Canlyniad cyfryngu",
                 "concerns": "Pryderon", "known": "Yn hysbys i'r gwasanaethau?", "parent_contact": "Rhiant / gofalwr"},
        "mash-notice": {"name": "Enw", "dob": "Dyddiad geni", "date": "Dyddiad cyfryngu", "outcome": "Canlyniad",
                        "agency": "Asiantaeth"},
    },
    "col_marks": ["X", "\u2713", "\u2714"],
    "yn_heads": [("Question", "Yes", "No", "Details / response"), ("Item", "Y", "N", "Comments"),
                 ("Cwestiwn / Question", "Ie / Yes", "Na / No", "Manylion / Details")],
    "yn_guides": ["Mark Yes or No where the question allows; write all other answers in the last column.",
                  "Where a box is shaded, please answer in the comments column."],
    "first_sections": ["Applicant", "Manylion / Details", "Part A"],
    "rowspan_heads": [("Section", "Question", "Response"), ("Adran / Part", "Maes / Field", "Ateb / Answer"),
                      ("Area", "Information requested", "Information provided")],
    "caption_guides": ["Write on the line above each caption. BLOCK CAPITALS please.",
                       "Complete in black ink or type on the lines."],
    "excel_guides": ["Enter responses in the white cells only. Do not change the layout of this sheet.",
                     "Cells in column A are locked. Complete columns B to E."],
    "sheet_names": ["Ffurflen", "Application", "Form"],
    "excel_footers": ["Printed from the council's Excel template - page 1", "OFFICIAL-SENSITIVE when complete"],
    "void_sheets": ["Lleoedd gwag", "Return", "Vacancies"],
    "subtotal_words": [("Subtotal {loc}", "Grand total"), ("Cyfanswm {loc}", "Cyfanswm / Total"),
                       ("{loc} - sub-total", "TOTAL ALL SCHEMES")],
    "inline_lines": ["I've answered under each question in your email below.",
                     "Atebion isod / Answers below each question."],
    "blank_asks": ["Please can you complete the questions below and reply to this email so the panel can consider the case.",
                   "To progress this we need the information below - please type your answers underneath each question."],
    "inline_blank": ["Dim / none", "n/k"],
    "intake_signs": ["YPSA Intake - Partnership Hub", "Intake Co-ordinator, YPSA"],
}
