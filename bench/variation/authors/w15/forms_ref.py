from gen_lib import *

FORMS = []
LOGO_EH = "[CALDERBRIDGE MBC crest]  Calderbridge Metropolitan Borough Council  |  Children & Families  |  Early Help Hub"
LOGO_16 = "[CALDERBRIDGE MBC crest]  Calderbridge Council  -  16+ Team (Leaving Care & Homeless 16/17s)"
FOOT_EH = "OFFICIAL-SENSITIVE when completed  |  EHH/ACC/01 Supported Accommodation Assessment & Referral v3.4  |  Do not send by unsecure email"
FOOT_16 = "16+ Team  |  Form 16P-SAR rev. Sept 2026  |  Return to Brokerage (Placements) once signed off by TM  |  Page 1 of 1"
TITLE_A = "SUPPORTED ACCOMMODATION ASSESSMENT AND REFERRAL FORM"
TITLE_B = "Supported Accommodation - Assessment & Referral"

LEGAL_OPTS_A = ["CLA", "Care leaver", "CIN", "Not known to CSC"]
LEGAL_OPTS_B = ["Looked after (s.20/s.31)", "Care leaver", "Child in need", "Not open to social care"]

# ---------------------------------------------------------------- ref-01 Emergency, body Label: value (16+ team)
s = [
    ("SECTION A - TYPE OF REFERRAL", [
        ("Emergency or non-emergency", "EMERGENCY"),
    ]),
    ("SECTION B - YOUNG PERSON", [
        ("YP full name", "Kayden Brierley"),
        ("DOB", "11/02/2009"),
        ("Gender", "Male"),
        ("LCS no.", "LCS 2281937"),
        ("Current address", "No fixed address since 2215 last night - previously 14 Ferncliffe Road, Calderbridge CB4 7QJ (mum's)"),
        ("Preferred locality", "Oxford City (or anywhere away from Ferncliffe estate)"),
        ("Legal status", "CIN - s.17 plan, was being stepped down to EHA"),
        ("UASC", "N"),
        ("Is YP a parent", "N"),
    ]),
    ("SECTION C - REFERRER", [
        ("Referrer", "Shauna Hepworth"),
        ("Role", "Social Worker"),
        ("Team", "16+ Team, Calderbridge Council"),
        ("Email", "shauna.hepworth@council.test"),
        ("Tel", "07700 914 362"),
        ("SW/PA if different", "N/A - I am allocated SW"),
    ]),
    ("SECTION D - DIVERSION", [
        ("FGC offered Y/N", "Y - FGC referral made 01/12/26, first date offered 10/12/26"),
        ("Family/friends/mediation explored", "Maternal aunt (Bev Brierley) contacted 0840 today - can't take him, has 4 kids in a 2 bed. Mediation not safe at present given assault. Will revisit once emergency bed secured."),
    ]),
    ("SECTION E - REASONS AND RISKS", [
        ("Reason for referral", "Kayden was assaulted by mum's partner (Lee Grundy) at approx 2215 on 03/12/26 - punched to face, thrown out of property. Police attended, Grundy arrested. Mum has told Kayden he cannot return while Grundy is there and she is standing by Grundy. Kayden slept on a friend's floor last night but friend's parent has said one night only."),
        ("Immediate safety concern", "Kayden has nowhere safe to sleep tonight (04/12). He has said he will 'go back and sort Grundy out' if he has to - real risk of further violence at the family home. He is also being messaged by older lads from the estate offering a place to stay - we believe this is linked to local CCE."),
        ("Risks", "To self: low mood, no self-harm known. To others: threats towards Grundy (verbal). From others: Grundy (assault), older males on Ferncliffe estate - possible CCE grooming. Substance misuse: cannabis daily. Offending: 1 x YC for criminal damage 2025. MH: on CAMHS waiting list."),
        ("Support needs", "Help with money (no income), register with GP at new address, keep him at Calder Vale College (plumbing L1), CAMHS follow up, independence skills - has never cooked."),
    ]),
    ("SECTION F - DATES AND CONSENT", [
        ("Date accommodation needed", "TODAY 04/12/2026"),
        ("Consent to referral & info sharing", "Y - verbal consent given by YP 0855 04/12/26"),
    ]),
]
FORMS.append(dict(
    id="w15-ref-01", form="referral", expect="routed", missing=None,
    frm="shauna.hepworth@council.test",
    subject="EMERGENCY referral - supported accommodation needed today - KB",
    layout="body",
    body=body_colon("Supported Accommodation Assessment and Referral Form (EMERGENCY)", s,
                    top="Hi Brokerage,\n\nEmergency referral below for a 17 yr old lad who was put out last night. Can someone ring me on my mobile as soon as you have picked this up please.",
                    bottom="Completed by: Shauna Hepworth, SW, 16+ Team\nDate completed: 04-12-2026 0855\nTM sign off: Carl Ormerod (verbal)"),
    values=dict(VARIANT="emergency", FULL_NAME="Kayden Brierley", DATE_OF_BIRTH="2009-02-11", GENDER="Male",
                LEGAL_STATUS="child in need", UASC="no", PARENT="no", REFERRER_NAME="Shauna Hepworth",
                REFERRER_ROLE="Social Worker", REFERRER_EMAIL="shauna.hepworth@council.test",
                FGC_OFFERED="yes", FGC_DATE="2026-12-10", DATE_NEEDED="2026-12-04", CONSENT="yes",
                LCS_NUMBER="2281937"),
))

# ---------------------------------------------------------------- ref-02 Emergency, docx two-col (early help hub)
s = [
    ("Section A - Referral type", [
        ("Referral type [tick one]", cb(["Emergency", "Non-emergency"], "Emergency")),
    ]),
    ("Section B - Young person's details", [
        ("Full name of YP", "Tiana Okonkwo-Blake"),
        ("DOB", "30-09-2008"),
        ("Gender", "Female"),
        ("LCS number [optional]", "LCS1190446"),
        ("Current address", "Sofa surfing - last 3 nights at 2 Mill Fold, Heywood Bridge (address of an adult male, not family)"),
        ("Preferred locality", "Cherwell"),
        ("Legal status", cb(LEGAL_OPTS_A, "Care leaver")),
        ("UASC", yn(False, "grid")),
        ("Parent", yn(False, "grid")),
    ]),
    ("Section C - Referrer", [
        ("Referrer name", "Imran Qureshi"),
        ("Role", "Personal Adviser"),
        ("Organisation / team", "Leaving Care Service (16+ Team), Calderbridge MBC"),
        ("Email", "imran.qureshi@council.test"),
        ("Phone", "01632 960 418 / 07700 900 771"),
        ("Social worker / PA [if not referrer]", "n/a"),
    ]),
    ("Section D - Family Group Conference & diversion", [
        ("FGC offered?", yn(True, "grid")),
        ("Date of FGC", "Offered 02/12/26 - Tiana declined; to be re-offered once settled"),
        ("Diversion explored [family & friends, mediation]", "Former foster carers (Mr & Mrs Adeyemi) asked 03/12 - no space until Jan. No contact with birth family (CSC history). Mediation not applicable."),
    ]),
    ("Section E - Referral details", [
        ("Reason for referral", "Tiana (18) lost her room at Harrow Lane HMO on 28/11/26 after arrears and a dispute with another tenant. She has been staying with different adults since. She presented at the Leaving Care office on 3rd Dec with bruising to her wrist and said she 'owes' the man whose flat she is staying at."),
        ("Risks [to self / others / from others, CSE/CCE, substances, offending, MH]", "HIGH CSE RISK - staying with a 31 yr old male, NRM consideration in progress, CSE strategy discussion booked. Cannabis and alcohol use increasing. No offending. Anxiety, previous overdose (2024). Not a risk to others."),
        ("Support needs", "Safe single-sex or women-only setting ideally, daily check-ins, benefits (UC claim needs restarting), GP registration, ISVA referral, budgeting."),
        ("EMERGENCY ONLY - immediate safety concern", "Tiana cannot go back to Mill Fold tonight - the adult male there is believed to be sexually exploiting her and has taken her bank card. If she is not found a bed today she has said she will go back there as she has nowhere else."),
        ("Date accommodation needed", "05/12/2026"),
        ("Consent to referral & information sharing", yn(True, "grid")),
    ]),
    ("Completed by", [
        ("Completed by", "Imran Qureshi, PA"),
        ("Date completed", "03-12-2026"),
    ]),
]
FORMS.append(dict(
    id="w15-ref-02", form="referral", expect="routed", missing=None,
    frm="imran.qureshi@council.test",
    subject="Emergency SA referral - T O-B - CSE concerns",
    layout="docx", docname="w15-ref-02_SAR_emergency_TOB",
    html=html_two_col(TITLE_A, LOGO_EH, s, FOOT_EH, intro="Complete ALL sections. Emergency referrals must describe the immediate safety concern in Section E."),
    body="Good morning,\n\nPlease see attached an emergency referral for Tiana, care leaver aged 18. CSE concerns - strategy discussion is booked for Monday. I am in the office all day and can be reached on 07700 900 771.\n\nMany thanks\nImran Qureshi\nPersonal Adviser | Leaving Care Service\nCalderbridge MBC\n",
    values=dict(VARIANT="emergency", FULL_NAME="Tiana Okonkwo-Blake", DATE_OF_BIRTH="2008-09-30", GENDER="Female",
                LEGAL_STATUS="care leaver", UASC="no", PARENT="no", REFERRER_NAME="Imran Qureshi",
                REFERRER_ROLE="Personal Adviser", REFERRER_EMAIL="imran.qureshi@council.test",
                FGC_OFFERED="yes", FGC_DATE="2026-12-02", DATE_NEEDED="2026-12-05", CONSENT="yes", LOCALITY="Cherwell"),
))

# ---------------------------------------------------------------- ref-03 Non-emergency, docx boxes (housing options)
s = [
    ("SECTION A: ABOUT THE REFERRAL", [
        ("Emergency / Non-emergency", cb(["Emergency", "Non-emergency"], "Non-emergency")),
        ("Date accommodation required", "21st December 2026"),
    ]),
    ("SECTION B: YOUNG PERSON", [
        ("Full name", "Callum Firth"),
        ("Date of birth", "22/04/2007"),
        ("Gender", "M"),
        ("LCS No. [if known]", "not known"),
        ("!Current address", "Flat 3, 88 Sowerby Street, Calderbridge CB2 1LX (private rented, notice served)"),
        ("Preferred locality", "South Oxfordshire"),
        ("Legal status", cb(LEGAL_OPTS_A, "Not known to CSC")),
        ("UASC Y/N", "N"),
        ("Parent Y/N", "N"),
    ]),
    ("SECTION C: REFERRER DETAILS", [
        ("Name", "Gemma Lockwood"),
        ("Job title", "Housing Options Officer (Youth)"),
        ("Team / organisation", "Housing Options, Calderbridge Council"),
        ("Email", "gemma.lockwood@council.test"),
        ("Telephone", "01632 960 233"),
        ("SW / PA name & email [if not referrer]", "None - not open to CSC"),
    ]),
    ("SECTION D: DIVERSION", [
        ("Family Group Conference offered?", "YES"),
        ("FGC date", "19/11/2026 (held)"),
        ("!What diversion has been explored? [family & friends, mediation]", "FGC held with dad and grandparents 19/11. Dad cannot accommodate (new partner, 1 bed flat). Nan willing to have him for weekends only. Two sessions of family mediation with Relate-style service in Oct - relationship with mum still broken down, mum has said she will not have him back."),
    ]),
    ("SECTION E: NEEDS AND RISKS", [
        ("!Reason for referral", "Callum is 19 and has been renting a room in a shared flat. The landlord served a s.21 notice which expires 20/12/26. He is working 16 hrs a week at a warehouse but can't afford a deposit. He has no family able to house him long term and he has asked for support to learn to manage a tenancy."),
        ("!Risks", "Low risk overall. Some low mood since losing his place at college. Occasional cannabis. No offending, no exploitation concerns known. No risk to others identified."),
        ("!Support needs", "Budgeting, help to claim housing element of UC, back to college/EET, move-on planning towards own tenancy in 12-18 months."),
        ("Consent to referral and sharing info?", "YES - signed consent on file 25/11/26"),
    ]),
    ("Completed by / Date completed", [
        ("Completed by", "GEMMA LOCKWOOD"),
        ("Date completed", "03/12/26"),
    ]),
]
FORMS.append(dict(
    id="w15-ref-03", form="referral", expect="routed", missing=None,
    frm="gemma.lockwood@council.test",
    subject="Non-emergency supported accommodation referral - Callum Firth",
    layout="docx", docname="w15-ref-03_referral_CFirth",
    html=html_boxes(TITLE_A + " (NON-EMERGENCY)", "[logo] Calderbridge Council Housing Options - Young Persons Pathway", s,
                    "Housing Options | HO-YP-SAR v2 | Completed forms to Brokerage (Placements) team", per_row=2),
    body="Hi,\n\nReferral attached for Callum Firth (19). He has a s.21 ending 20th Dec so not an emergency yet but will be if nothing comes up. FGC has been held.\n\nThanks,\nGemma\n\nGemma Lockwood\nHousing Options Officer (Youth)\n",
    values=dict(VARIANT="non-emergency", FULL_NAME="Callum Firth", DATE_OF_BIRTH="2007-04-22", GENDER="M",
                LEGAL_STATUS="not known to social care", UASC="no", PARENT="no", REFERRER_NAME="Gemma Lockwood",
                REFERRER_ROLE="Housing Options Officer (Youth)", REFERRER_EMAIL="gemma.lockwood@council.test",
                FGC_OFFERED="yes", FGC_DATE="2026-11-19", DATE_NEEDED="2026-12-21", CONSENT="yes"),
))

# ---------------------------------------------------------------- ref-04 Non-emergency, docx two-col, INVALID: DOB blank
s = [
    ("Section A - Referral", [
        ("Type of referral", cb(["Emergency", "Non-emergency"], "Non-emergency")),
    ]),
    ("Section B - Young person", [
        ("Name of young person", "Reece Halloran"),
        ("Date of birth", ""),
        ("Gender", "Male"),
        ("LCS ID [optional]", "LCS 3300512"),
        ("Where is YP living now", "With paternal grandmother, 41 Birchcliffe Avenue, Todley, CB7 2PP"),
        ("Area requested", "West Oxfordshire"),
        ("Status", cb(LEGAL_OPTS_B, "Child in need")),
        ("Unaccompanied asylum seeking (UASC)", "NO"),
        ("Does YP have children", "NO"),
    ]),
    ("Section C - Family Group Conference / diversion", [
        ("Has an FGC been offered?", cb(["Yes", "No"], "Yes")),
        ("FGC date [held or booked]", "08/12/2026"),
        ("What else has been tried", "Grandmother has had Reece since Sept after dad's arrest. She is 74 and has told the EH worker she can't manage him past Christmas (he is out late, she can't sleep). Mediation session 1 done 24/11 - helpful but nan is clear the arrangement has to end. Uncle in Stockdale asked - no."),
    ]),
    ("Section D - Why is supported accommodation needed", [
        ("Reason for referral", "Placement with grandmother is ending at her request - she is elderly and in poor health. Reece has no contact with mum. Dad on remand. Reece wants to stay local to his college."),
        ("Risks", "From others: possible CCE - seen with older youths in a car twice (police intel shared via MACE). Substance misuse: cannabis. Offending: none convicted, 1 x NFA for possession. MH: ADHD, medicated. To self/others: none known."),
        ("Support needs", "Structure, curfew support, ADHD medication management, college attendance, independent living skills."),
        ("Date needed by", "21-12-2026"),
        ("Consent [YP agrees to referral & sharing]", cb(["Yes", "No"], "Yes")),
    ]),
    ("Completed by / Date completed", [
        ("Referrer name", "Natalie Brook"),
        ("Role", "Early Help Practitioner"),
        ("Team", "Early Help Hub - North Locality"),
        ("Email", "natalie.brook@council.test"),
        ("Phone", "07700 900 245"),
        ("Allocated SW/PA [if not referrer]", "Stephen Varley (CIN SW) stephen.varley@council.test"),
        ("Date completed", "3rd Dec"),
    ]),
]
FORMS.append(dict(
    id="w15-ref-04", form="referral", expect="rejected", missing="DATE_OF_BIRTH",
    frm="natalie.brook@council.test",
    subject="Referral for supported accommodation (non emergency) - R Halloran",
    layout="docx", docname="w15-ref-04_SAR_RHalloran",
    html=html_two_col(TITLE_B, LOGO_16, s, FOOT_16, secclass="sec2"),
    body="Hello Brokerage team\n\nPlease find the referral for Reece Halloran attached, non-emergency. FGC is booked for the 8th. His CIN social worker is copied into this.\n\nKind regards\nNatalie Brook\nEarly Help Practitioner, North Locality\n",
    values=dict(VARIANT="non-emergency", FULL_NAME="Reece Halloran", REFERRER_NAME="Natalie Brook",
                REFERRER_EMAIL="natalie.brook@council.test", FGC_OFFERED="yes", FGC_DATE="2026-12-08",
                DATE_NEEDED="2026-12-21", CONSENT="yes", PARENT="no"),
))

# ---------------------------------------------------------------- ref-05 Non-emergency, body label-above (16+ team), UASC
s = [
    ("SECTION A - REFERRAL TYPE", [
        ("Is this an emergency or non-emergency referral?", "Non-emergency"),
    ]),
    ("SECTION B - YOUNG PERSON", [
        ("Young person's full name", "Dawit Tesfaye"),
        ("Date of birth (age assessed)", "15/01/2009"),
        ("Gender", "Male"),
        ("LCS number", "LCS 2904418"),
        ("Current address", "Supported lodgings with Mrs J Ramsden, 7 Oakroyd Close, Calderbridge CB3 9DE"),
        ("Preferred locality", "Oxford City"),
        ("Legal status", "CLA (s.20)"),
        ("UASC Y/N", "Y"),
        ("Parent Y/N", "N"),
    ]),
    ("SECTION C - REFERRER", [
        ("Referrer name", "Farah Siddiqui"),
        ("Role", "Social Worker (UASC)"),
        ("Organisation / team", "16+ Team, Calderbridge Council"),
        ("Email", "farah.siddiqui@council.test"),
        ("Phone", "01632 960 587"),
        ("Social worker / PA (if not referrer)", "N/A"),
    ]),
    ("SECTION D - FGC AND DIVERSION", [
        ("FGC offered (Y/N)", "Y"),
        ("Date of FGC", "25/11/2026 - held by phone with Dawit's uncle in Leeds, interpreter (Tigrinya) used"),
        ("Diversion explored (family and friends, mediation)", "Uncle lives in a shared house and cannot offer a home. Dawit wants to keep weekly contact. Supported lodgings carer retiring so current arrangement cannot continue."),
    ]),
    ("SECTION E - REASON, RISKS, NEEDS", [
        ("Reason for referral", "Dawit's supported lodgings carer is retiring and the arrangement ends on 31/12/26. He needs a planned move to 16/17 shared accommodation near his ESOL course."),
        ("Risks (to self, to others, from others, exploitation, substance misuse, offending, mental health)", "Trafficking risk (NRM positive reasonable grounds 2025). Some trauma symptoms - poor sleep, nightmares, linked in with Refugee Council therapist. No substance misuse. No offending. Not a risk to others."),
        ("Support needs", "Tigrinya interpreter for key meetings, ESOL at Calder Vale College, Home Office liaison (asylum claim pending), halal food, cooking skills, keep therapy going."),
        ("Date accommodation needed", "28/12/2026"),
        ("Consent to referral and information sharing (Y/N)", "Y - explained with interpreter 25/11/26"),
    ]),
]
FORMS.append(dict(
    id="w15-ref-05", form="referral", expect="routed", missing=None,
    frm="farah.siddiqui@council.test",
    subject="Non-emergency referral - D Tesfaye (UASC) - planned move",
    layout="body",
    body=body_above("Supported Accommodation Assessment and Referral Form", s,
                    top="Dear Brokerage,\n\nI've typed the form into the email as our Word template won't open on my laptop at the moment. Planned move please - lodgings end 31st Dec.",
                    bottom="Completed by: F. Siddiqui\nDate completed: 03/12/26\n\nFarah Siddiqui | Social Worker (UASC) | 16+ Team"),
    values=dict(VARIANT="non-emergency", FULL_NAME="Dawit Tesfaye", DATE_OF_BIRTH="2009-01-15", GENDER="Male",
                LEGAL_STATUS="looked after", UASC="yes", PARENT="no", REFERRER_NAME="Farah Siddiqui",
                REFERRER_ROLE="Social Worker (UASC)", REFERRER_EMAIL="farah.siddiqui@council.test",
                FGC_OFFERED="yes", FGC_DATE="2026-11-25", DATE_NEEDED="2026-12-28", CONSENT="yes",
                LCS_NUMBER="2904418", LOCALITY="Oxford City"),
))

# ---------------------------------------------------------------- ref-06 Emergency, pdf four-col (early help hub) - parent
s = [
    ("Section A - Referral type", [
        ("!Referral type", cb(["Emergency", "Non-emergency"], "Emergency")),
    ]),
    ("Section B - Young person", [
        ("Full name", "Jade Sutcliffe"),
        ("DOB", "08/06/2006"),
        ("Gender", "F"),
        ("LCS no.", "-"),
        ("!Current address", "Emergency B&B, Station Hotel, Calderbridge (1 night only, paid by Housing Options)"),
        ("Pref. locality", "Vale of White Horse"),
        ("UASC", "N"),
        ("!Legal status", cb(LEGAL_OPTS_A, "Not known to CSC")),
        ("Parent?", "Y - son Alfie, 4 months"),
    ]),
    ("Section C - Referrer", [
        ("Name", "Lorraine Ashworth"),
        ("Role", "Early Help Practitioner"),
        ("Team", "Early Help Hub"),
        ("Email", "lorraine.ashworth@council.test"),
        ("Tel", "07700 900 412"),
        ("SW/PA", "Baby open to HV only - no SW"),
    ]),
    ("Section D - FGC / diversion", [
        ("FGC offered", "Y"),
        ("FGC date", "to be booked after move (emergency)"),
        ("!Diversion explored", "Jade's mum lives in a 1 bed flat in sheltered housing - not allowed. No other family. Friends' addresses are known to the ex-partner. Refuge space requested via Calderbridge Women's Aid 03/12 - no vacancy for mother and baby."),
    ]),
    ("Section E - Reason / risks / needs", [
        ("!Reason for referral", "Jade (20) fled the flat she shared with her partner Dean Whitworth on 02/12/26 after he strangled her in front of the baby. MARAC referral made 03/12/26 (DASH 19). She has been in a B&B for one night. She needs a safe, self-contained parent and baby placement."),
        ("!Risks", "FROM OTHERS - HIGH: ex-partner, non-fatal strangulation, threats to kill, knows her friends' and mum's addresses. To self: low mood, no self-harm. No substances, no offending. Baby's welfare - HV involved, no concerns about Jade's care of Alfie."),
        ("!Support needs", "Parent and baby placement away from Calderbridge, IDVA support (allocated), HV transfer, UC change of circs, cot/baby items, possible Clare's Law/DVPN follow up."),
        ("!IMMEDIATE SAFETY CONCERN", "Ex-partner has been driving past the B&B and has messaged Jade that he knows where she is. Police are aware (ref below) but Jade and the baby are not safe to stay another night there."),
        ("Date needed", "04/12/2026 - TODAY"),
        ("Consent", "YES"),
    ]),
    ("Completed by / Date completed", [
        ("Completed by", "L. Ashworth"),
        ("Date", "04-12-2026"),
    ]),
]
FORMS.append(dict(
    id="w15-ref-06", form="referral", expect="routed", missing=None,
    frm="lorraine.ashworth@council.test",
    subject="URGENT - emergency referral parent & baby - DV",
    layout="pdf", docname="w15-ref-06_EmergencyReferral_JS",
    html=html_four_col(TITLE_A, LOGO_EH, s, FOOT_EH + "  |  Police ref (DA incident): CB-26-118402"),
    body="Brokerage,\n\nEmergency referral attached (pdf) for Jade and her baby, fleeing DA, MARAC referral done. Ex-partner knows where she is staying so she needs somewhere today.\n\nLorraine Ashworth\nEarly Help Practitioner\nEarly Help Hub, Calderbridge MBC\nMob 07700 900 412\n",
    values=dict(VARIANT="emergency", FULL_NAME="Jade Sutcliffe", DATE_OF_BIRTH="2006-06-08", GENDER="F",
                LEGAL_STATUS="not known to social care", UASC="no", PARENT="yes", REFERRER_NAME="Lorraine Ashworth",
                REFERRER_ROLE="Early Help Practitioner", REFERRER_EMAIL="lorraine.ashworth@council.test",
                FGC_OFFERED="yes", DATE_NEEDED="2026-12-04", CONSENT="yes"),
))

# ---------------------------------------------------------------- ref-07 Non-emergency, docx two-col (16+ team)
s = [
    ("SECTION A - REFERRAL TYPE", [
        ("Emergency / Non-emergency", cb(["Emergency", "Non-emergency"], "Non-emergency")),
    ]),
    ("SECTION B - ABOUT THE YP", [
        ("YP name (in full)", "Owen Pickersgill"),
        ("DOB", "07/07/2009"),
        ("Gender", "Male"),
        ("LCS", "LCS2750081"),
        ("Current address", "12 Greenhead Terrace, Slaithby, CB6 4RT (family home)"),
        ("Preferred area", "Cherwell"),
        ("Legal status", cb(LEGAL_OPTS_B, "Child in need")),
        ("UASC", cb(["Y", "N"], "N")),
        ("YP is a parent", cb(["Y", "N"], "N")),
    ]),
    ("SECTION C - FGC & DIVERSION", [
        ("FGC offered", cb(["Y", "N"], "Y")),
        ("Date of FGC", "26/11/2026"),
        ("Diversion - family & friends / mediation", "FGC held 26/11 - family plan was for Owen to stay with older sister but her landlord refused. Mediation with mum and stepdad x3 sessions (Oct-Nov), arguments continue, stepdad has said Owen must leave by Christmas. Owen has asked not to go back into mediation."),
    ]),
    ("SECTION D - REFERRAL", [
        ("Reason for referral", "Long running conflict with stepdad, overcrowding (6 in a 3 bed). Parents asking him to leave. Owen is 17, doing well at sixth form and wants to stay at Slaithby High 6th form."),
        ("Risks to self / others / from others / exploitation / substances / offending / MH", "Low. Verbal arguments only, no violence. No exploitation indicators. Alcohol at weekends. No offending. Mild anxiety around exams."),
        ("Support needs", "Quiet space to study, budgeting, help to apply for 16-19 bursary, keep contact with younger siblings."),
        ("Date accommodation needed", "18/12/26"),
        ("YP consent to referral + sharing info", cb(["Y", "N"], "Y")),
    ]),
    ("Completed by / Date completed", [
        ("Completed by (name)", "Joanne Crabtree"),
        ("Job title", "Senior Practitioner"),
        ("Team", "16+ Team"),
        ("Email", "joanne.crabtree@council.test"),
        ("Tel", "01632 960 119"),
        ("SW/PA if not me", "-"),
        ("Date completed", "02-12-2026"),
    ]),
]
FORMS.append(dict(
    id="w15-ref-07", form="referral", expect="routed", missing=None,
    frm="joanne.crabtree@council.test",
    subject="Referral (non-emergency) - Owen P - move by 18/12",
    layout="docx", docname="w15-ref-07_16P-SAR_OPickersgill",
    html=html_two_col(TITLE_B, LOGO_16, s, FOOT_16),
    body="Hi all,\n\nPlease find attached referral for Owen Pickersgill (17). Non-emergency - FGC held on 26th Nov and mediation tried. Ideally a move before the school holidays.\n\nThanks\nJo Crabtree\nSenior Practitioner, 16+ Team\n",
    values=dict(VARIANT="non-emergency", FULL_NAME="Owen Pickersgill", DATE_OF_BIRTH="2009-07-07", GENDER="Male",
                LEGAL_STATUS="child in need", UASC="no", PARENT="no", REFERRER_NAME="Joanne Crabtree",
                REFERRER_ROLE="Senior Practitioner", REFERRER_EMAIL="joanne.crabtree@council.test",
                FGC_OFFERED="yes", FGC_DATE="2026-11-26", DATE_NEEDED="2026-12-18", CONSENT="yes"),
))

# ---------------------------------------------------------------- ref-08 Emergency, body numbered (early help hub)
s = [
    ("Section A", [
        ("Emergency or non-emergency?", "Emergency"),
        ("Name of young person", "Leah Marsden"),
        ("Date of birth", "02/05/2010 (16)"),
        ("Gender", "Female"),
        ("LCS number (optional)", "LCS 3412207"),
        ("Current address", "Currently at Calderbridge Police Station (voluntary, safe place) - home address 5 Lowfold Court, Calderbridge CB1 8NW"),
        ("Preferred locality", "Any - must be out of Calderbridge"),
        ("Legal status (CLA / care leaver / CIN / not known)", "CIN - s.47 started 03/12/26, likely to become s.20 CLA"),
        ("UASC?", "No"),
        ("Is the YP a parent?", "No"),
    ]),
    ("Section B", [
        ("Referrer name", "Ryan Holroyd"),
        ("Role", "Social Worker"),
        ("Organisation/team", "Early Help Hub / Assessment Team"),
        ("Email", "ryan.holroyd@council.test"),
        ("Phone", "07700 900 608"),
        ("SW/PA if not referrer", "N/A"),
        ("FGC offered? Date?", "Yes - offered 03/12/26, to be arranged once Leah is safe (maternal family in Wales to be explored)"),
        ("Diversion explored", "Leah refuses to go to any family in Calderbridge. Nan (maternal) is the mother of the alleged abuser's partner - not safe. Mediation NOT appropriate (s.47)."),
    ]),
    ("Section C", [
        ("Reason for referral", "Leah disclosed to the PRU DSL on 03/12/26 that her mum's partner has been coming into her room at night. s.47 strategy held 1600 03/12. Police investigating. Mum does not believe Leah."),
        ("Immediate safety concern", "Leah cannot return home tonight - alleged perpetrator lives at the home address and mum has refused to ask him to leave. She has been kept safe overnight by police but needs a bed from today."),
        ("Risks", "From others: sexual abuse (alleged), mum's partner has links to older males in the area. To self: history of cutting (arms), last episode Oct. Substances: vapes, occasional alcohol. Offending: none. MH: CAMHS open."),
        ("Support needs", "Female staff, high supervision initially, CAMHS and school (Harrowdene PRU) to continue, ISVA, help with clothes/belongings."),
        ("Date accommodation needed", "04/12/2026"),
        ("Consent to referral and information sharing?", "Yes, Leah consents"),
    ]),
]
FORMS.append(dict(
    id="w15-ref-08", form="referral", expect="routed", missing=None,
    frm="ryan.holroyd@council.test",
    subject="EMERGENCY referral 16yo female - s.47",
    layout="body",
    body=body_numbered("SUPPORTED ACCOMMODATION ASSESSMENT & REFERRAL - EMERGENCY", s,
                       top="Brokerage - emergency referral below for a 16 year old girl, s.47 in progress. Need a bed today please.",
                       bottom="Completed by: Ryan Holroyd (SW)\nDate completed: 04/12/26 at 0820\n\nRyan Holroyd\nSocial Worker, Assessment Team\nCalderbridge MBC"),
    values=dict(VARIANT="emergency", FULL_NAME="Leah Marsden", DATE_OF_BIRTH="2010-05-02", GENDER="Female",
                LEGAL_STATUS="child in need", UASC="no", PARENT="no", REFERRER_NAME="Ryan Holroyd",
                REFERRER_ROLE="Social Worker", REFERRER_EMAIL="ryan.holroyd@council.test",
                FGC_OFFERED="yes", FGC_DATE="2026-12-03", DATE_NEEDED="2026-12-04", CONSENT="yes"),
))

# ---------------------------------------------------------------- ref-09 Non-emergency, docx numbered Y/N (16+ team), care leaver 21
s = [
    ("Section A - The young person", [
        ("Type of referral", cb(["Emergency", "Non-emergency"], "Non-emergency")),
        ("Young person's full name", "Harvey Cheetham"),
        ("Date of birth", "17.03.2005"),
        ("Gender", "Male"),
        ("LCS number [if open/closed case]", "LCS 1003348"),
        ("Current address", "Staying Put with former foster carers, 9 Moorside Rise, Calderbridge CB5 3HA"),
        ("Preferred locality", "Oxford City"),
        ("Legal status", cb(LEGAL_OPTS_B, "Care leaver")),
        ("Is the YP an unaccompanied asylum seeking child?", ynx(False)),
        ("Is the YP a parent?", ynx(False)),
    ]),
    ("Section B - Referrer", [
        ("Referrer name", "Alison Meakin"),
        ("Role", "Leaving Care Personal Adviser"),
        ("Team", "16+ Team - Leaving Care"),
        ("Email", "alison.meakin@council.test"),
        ("Phone", "01632 960 734"),
        ("Social worker / PA [if not referrer]", "N/A - I am Harvey's PA"),
    ]),
    ("Section C - Diversion", [
        ("Has a Family Group Conference been offered?", ynx(True, "Held 12/11/2026 - birth dad attended, unable to offer accommodation")),
        ("Family & friends / mediation explored", "Staying Put carers moving to Scotland in January. Birth dad in shared housing. Girlfriend's family - not suitable, Harvey doesn't want this. Mediation n/a."),
    ]),
    ("Section D - Referral", [
        ("Reason for referral", "Harvey's Staying Put arrangement ends when carers relocate on 09/01/27. He is 21 and starting an apprenticeship in Oxford in January. Needs 18+ shared accommodation as a step towards his own tenancy."),
        ("Risks [self / others / from others / exploitation / substances / offending / MH]", "No current risks. Historic: 2 x missing episodes aged 14. No substance misuse. No offending. Dyslexia. Sometimes isolates when stressed."),
        ("Support needs", "Budgeting (first time paying rent), cooking, registering with GP, apprenticeship travel, keeping in touch with carers."),
        ("Date accommodation is needed", "11/01/2027"),
        ("Does the YP consent to the referral and information sharing?", ynx(True, "Signed 01/12/26")),
    ]),
    ("Completed by / Date completed", [
        ("Completed by", "Alison Meakin, PA"),
        ("Date completed", "01-12-2026"),
    ]),
]
FORMS.append(dict(
    id="w15-ref-09", form="referral", expect="routed", missing=None,
    frm="alison.meakin@council.test",
    subject="Referral for 18+ supported accommodation - H Cheetham (non-emergency)",
    layout="docx", docname="w15-ref-09_SAR_HCheetham",
    html=html_numbered_yn(TITLE_B, LOGO_16, s, FOOT_16, intro="Please answer every question. Tick Y or N where there is a Y/N column and give details."),
    body="Hi,\n\nAttached is a non-emergency referral for Harvey Cheetham, care leaver, 21. Staying put ends in January. FGC was held 12th November.\n\nAlison Meakin\nLeaving Care PA\n",
    values=dict(VARIANT="non-emergency", FULL_NAME="Harvey Cheetham", DATE_OF_BIRTH="2005-03-17", GENDER="Male",
                LEGAL_STATUS="care leaver", UASC="no", PARENT="no", REFERRER_NAME="Alison Meakin",
                REFERRER_ROLE="Leaving Care Personal Adviser", REFERRER_EMAIL="alison.meakin@council.test",
                FGC_OFFERED="yes", FGC_DATE="2026-11-12", DATE_NEEDED="2027-01-11", CONSENT="yes"),
))

# ---------------------------------------------------------------- ref-10 Emergency, docx boxes x3 (leaving care) MH discharge
s = [
    ("SECTION A - REFERRAL TYPE", [
        ("Referral", cb(["Emergency", "Non-emergency"], "Emergency")),
        ("Date accommodation needed", "4th December 2026"),
        ("Consent given by YP", cb(["Yes", "No"], "Yes")),
    ]),
    ("SECTION B - YOUNG PERSON", [
        ("Full name", "Precious Mensah"),
        ("DOB", "28/11/2007"),
        ("Gender", "Female"),
        ("LCS No.", "LCS 2217765"),
        ("Current address", "Ward 4, Calder Royd Hospital (discharge planned today)"),
        ("Preferred locality", "South Oxfordshire"),
        ("Legal status", cb(["CLA", "Care leaver", "CIN", "Not known"], "Care leaver")),
        ("UASC", "N"),
        ("Parent", "N"),
    ]),
    ("SECTION C - REFERRER", [
        ("Name", "Daniel Royle"),
        ("Role", "Personal Adviser"),
        ("Team", "Leaving Care, 16+ Team"),
        ("Email", "daniel.royle@council.test"),
        ("Phone", "07700 900 833"),
        ("SW/PA if not referrer", "-"),
    ]),
    ("SECTION D - FGC / DIVERSION", [
        ("FGC offered?", "YES"),
        ("FGC date", "20/11/2026 (declined by Precious)"),
        ("Other diversion", "No family contact (estranged). Previous landlord will not re-let."),
    ]),
    ("SECTION E - DETAILS", [
        ("!Reason for referral", "Precious (19) was admitted informally to Calder Royd on 24/11 after a mental health crisis. She lost her private tenancy during the admission (landlord changed locks, belongings in storage). The ward are discharging today and she has no address."),
        ("!Risks [to self, to others, from others, CSE/CCE, substance misuse, offending, MH]", "To self: HIGH - overdose attempt 23/11/26, ongoing suicidal thoughts, crisis team follow up 72hrs. From others: previously targeted by a man who ran a 'trap house' (CCE) in 2025 - still contacts her. Substances: alcohol. Offending: none. To others: none."),
        ("!Support needs", "Daily contact for first 2 weeks, medication support, crisis team home visits, no ligature-risk items, female worker preferred."),
        ("!EMERGENCY: describe the immediate safety concern", "If not placed today Precious will be discharged to the street with a recent overdose and active suicidal thoughts, and has said she would go to the man who exploited her before as 'he will put her up'."),
    ]),
    ("Completed by / Date completed", [
        ("Completed by", "DANIEL ROYLE"),
        ("Date completed", "04/12/26"),
        ("Signature", "D Royle (e-signed)"),
    ]),
]
FORMS.append(dict(
    id="w15-ref-10", form="referral", expect="routed", missing=None,
    frm="daniel.royle@council.test",
    subject="EMERGENCY - hospital discharge today - care leaver 19 - referral attached",
    layout="docx", docname="w15-ref-10_emergency_PMensah",
    html=html_boxes(TITLE_A, LOGO_16, s, FOOT_16, per_row=3),
    body="Morning,\n\nEmergency referral attached for Precious Mensah. Ward discharging today, no address. Please call me - I'm on the ward from 10.\n\nDaniel Royle\nPA, Leaving Care\n07700 900 833\n",
    values=dict(VARIANT="emergency", FULL_NAME="Precious Mensah", DATE_OF_BIRTH="2007-11-28", GENDER="Female",
                LEGAL_STATUS="care leaver", UASC="no", PARENT="no", REFERRER_NAME="Daniel Royle",
                REFERRER_ROLE="Personal Adviser", REFERRER_EMAIL="daniel.royle@council.test",
                FGC_OFFERED="yes", FGC_DATE="2026-11-20", DATE_NEEDED="2026-12-04", CONSENT="yes"),
))

# ---------------------------------------------------------------- ref-11 Non-emergency, body quick note, INVALID: consent blank
FORMS.append(dict(
    id="w15-ref-11", form="referral", expect="rejected", missing="CONSENT",
    frm="karen.binns@council.test",
    subject="SA referral - non emergency - Ellis Brannigan",
    layout="body",
    body="""Hi Brokerage,

Quick one as I'm between visits - non-emergency referral for supported accommodation, details below. Full assessment on LCS.

Referral type: NON-EMERGENCY
YP: Ellis Brannigan
DOB: 09/08/2008 (18)
Gender: male
LCS: 3120094
Lives: 27 Scarr Bottom Lane, Holmbridge CB8 3AL (mum's)
Area wanted: Vale of White Horse
Legal status: not known to CSC - Early Help only (EHA since June)
UASC: no
Parent: no
Referrer: Karen Binns, Family Support Worker, Early Help Hub (South)
karen.binns@council.test / 01632 960 652
SW/PA: none
FGC offered: yes - held 30/11/26, family agreed Ellis can stay until new year but no longer
Diversion: FGC (above), 2 x mediation sessions Nov, grandad asked - no room
Reason: mum's new partner moving in Jan with his 3 kids, no room for Ellis. Relationship with mum OK but she's clear he has to move. Ellis working part time (Co-op) + college 2 days.
Risks: low. Some gaming/sleep issues, no drugs, no police. Possible anxiety - GP appt booked.
Support needs: budgeting, cooking, getting up for work, GP follow up.
Date needed: 04/01/2027
Consent to referral/info sharing:

Completed by: Karen Binns
Date completed: 03-12-2026

Thanks, Karen
""",
    values=dict(VARIANT="non-emergency", FULL_NAME="Ellis Brannigan", DATE_OF_BIRTH="2008-08-09",
                REFERRER_NAME="Karen Binns", REFERRER_EMAIL="karen.binns@council.test", FGC_OFFERED="yes",
                FGC_DATE="2026-11-30", DATE_NEEDED="2027-01-04", PARENT="no"),
))

# ---------------------------------------------------------------- ref-12 Emergency, pdf two-col, consent NO + safeguarding basis
s = [
    ("SECTION A - REFERRAL TYPE", [
        ("Please tick", cb(["Emergency", "Non-emergency"], "Emergency")),
    ]),
    ("SECTION B - YOUNG PERSON'S DETAILS", [
        ("Full name", "Sofia Nowak"),
        ("Date of birth", "01/12/2009"),
        ("Gender", "Female"),
        ("LCS number", "LCS 3398810"),
        ("Current address", "Reported missing from home 30/11, located 03/12 at 2310 at a flat above Kwik Bite, Market Row, Calderbridge. Now at 19 Hollins Way CB1 6GT (mum's) under police protection ended 0900."),
        ("Preferred locality", "Out of county"),
        ("Legal status", cb(LEGAL_OPTS_A, "CIN")),
        ("UASC", cb(["Y", "N"], "N")),
        ("YP is a parent", cb(["Y", "N"], "N")),
    ]),
    ("SECTION C - REFERRER", [
        ("Name of referrer", "Marcus Dunleavy"),
        ("Role", "Senior Practitioner"),
        ("Team", "Early Help Hub - Exploitation Pathway"),
        ("Email", "marcus.dunleavy@council.test"),
        ("Phone", "01632 960 901"),
        ("Allocated SW/PA [if not you]", "Kirsty Lumb, SW - kirsty.lumb@council.test"),
    ]),
    ("SECTION D - FGC / DIVERSION", [
        ("FGC offered", cb(["Yes", "No"], "Yes")),
        ("FGC date", "03/12/2026 (offered - mum agreed, Sofia refused)"),
        ("Diversion explored", "Mum cannot keep Sofia safe at home - Sofia has gone missing 6 times since Sept, each time from home. Paternal aunt in Poland only family. Mediation not appropriate given exploitation risk."),
    ]),
    ("SECTION E - REASONS / RISKS / NEEDS", [
        ("Reason for referral", "Sofia (17) is at high risk of child sexual exploitation. She was found in a flat with two adult males aged 24 and 29 after 3 days missing. Strategy meeting 0830 04/12 agreed she needs an out of area placement today."),
        ("Risks", "CSE - HIGH (MACE). Missing - 6 episodes. Substances: given cocaine by adults. From others: the two males named in police intel, unknown others. To self: risk-taking, running. Offending: none. MH: not assessed, refuses CAMHS."),
        ("Support needs", "Out of county placement, waking night staff, exploitation worker (Barnardo's style) continuing, education (Harrowdene PRU) to set up remote work."),
        ("EMERGENCY - what is the immediate safety concern?", "The adults she was found with have been messaging her this morning telling her to 'come back tonight'. Mum cannot stop her leaving. Without a placement today Sofia is very likely to go missing and be sexually exploited again."),
        ("Date accommodation needed", "04-12-2026"),
        ("Consent to referral and information sharing", cb(["Yes", "No"], "No")),
        ("If NO - basis for sharing without consent", "Sofia does not agree to the referral. Information is shared without consent on safeguarding grounds - she is a child at risk of significant harm (s.47 Children Act 1989, CSE), agreed at strategy meeting 04/12/26; mum (PR) agrees to the referral."),
    ]),
    ("Completed by / Date completed", [
        ("Completed by", "M Dunleavy"),
        ("Date completed", "04/12/26 0850"),
    ]),
]
FORMS.append(dict(
    id="w15-ref-12", form="referral", expect="routed", missing=None,
    frm="marcus.dunleavy@council.test",
    subject="EMERGENCY referral - CSE - out of county placement needed today",
    layout="pdf", docname="w15-ref-12_SAR_SN_emergency",
    html=html_two_col(TITLE_A, LOGO_EH, s, FOOT_EH),
    body="Dear Brokerage,\n\nPlease see the attached EMERGENCY referral (PDF) for Sofia, 17, following this morning's strategy meeting. Consent is NOT given by Sofia - the basis for sharing without consent is set out on the form. Mum is in agreement.\n\nMarcus Dunleavy\nSenior Practitioner, Exploitation Pathway\nEarly Help Hub\n",
    values=dict(VARIANT="emergency", FULL_NAME="Sofia Nowak", DATE_OF_BIRTH="2009-12-01", GENDER="Female",
                LEGAL_STATUS="child in need", UASC="no", PARENT="no", REFERRER_NAME="Marcus Dunleavy",
                REFERRER_ROLE="Senior Practitioner", REFERRER_EMAIL="marcus.dunleavy@council.test",
                SOCIAL_WORKER_NAME="Kirsty Lumb", SOCIAL_WORKER_EMAIL="kirsty.lumb@council.test",
                FGC_OFFERED="yes", FGC_DATE="2026-12-03", DATE_NEEDED="2026-12-04", CONSENT="no"),
))

# ---------------------------------------------------------------- ref-13 Non-emergency, docx four-col (early help) - young dad
s = [
    ("Section A - Referral", [
        ("Emergency?", cb(["Yes", "No"], "No")),
        ("Non-emergency?", cb(["Yes", "No"], "Yes")),
    ]),
    ("Section B - Young person", [
        ("Full name", "Tyrone Gallagher"),
        ("D.O.B.", "19/05/2004"),
        ("Gender", "Male"),
        ("LCS no.", "n/k"),
        ("!Current address", "Room 6, Crossley House (direct access hostel), Calderbridge CB2 9XX"),
        ("Preferred locality", "Cherwell"),
        ("Legal status", "NOT KNOWN TO CSC"),
        ("UASC", "NO"),
        ("Parent", "YES - daughter Maisie (2), in his care 3 nights a week, shared care with mum"),
    ]),
    ("Section C - Referrer", [
        ("Referrer", "Sadia Hussain"),
        ("Job title", "Family Navigator"),
        ("Team", "Early Help Hub - Families First"),
        ("Email", "sadia.hussain@council.test"),
        ("Tel.", "01632 960 377"),
        ("SW/PA", "none"),
    ]),
    ("Section D - FGC & diversion", [
        ("FGC offered", "YES"),
        ("FGC date", "09-12-2026 (booked)"),
        ("!Diversion (family & friends, mediation)", "Tyrone's mum has a 1 bed flat. Maisie's mum and Tyrone are separated but amicable - he cannot live there. FGC booked to look at wider family support with childcare."),
    ]),
    ("Section E - Referral details", [
        ("!Reason for referral", "Tyrone is 22 and has shared care of his daughter. The hostel will not allow Maisie to stay overnight so the shared care arrangement is at risk. He needs a parent placement so Maisie can stay with him."),
        ("!Risks", "Low. Previous cannabis use (stopped 2025). 1 x conviction for driving without insurance (2023). No DA history (checked). No MH concerns. No exploitation concerns."),
        ("!Support needs", "Parenting support, nursery place for Maisie, budgeting, move-on to own tenancy."),
        ("Date needed", "28/12/2026"),
        ("Consent", "YES - signed"),
    ]),
    ("Completed by / Date completed", [
        ("Completed by", "Sadia Hussain"),
        ("Date completed", "03.12.26"),
    ]),
]
FORMS.append(dict(
    id="w15-ref-13", form="referral", expect="routed", missing=None,
    frm="sadia.hussain@council.test",
    subject="Non-emergency referral - young dad - parents pathway - T Gallagher",
    layout="docx", docname="w15-ref-13_referral_TGallagher",
    html=html_four_col(TITLE_A, LOGO_EH, s, FOOT_EH),
    body="Hi there\n\nReferral attached for Tyrone Gallagher (22), young dad with shared care. FGC is booked for 9th Dec. Not urgent but the hostel situation means he can't have his daughter overnight.\n\nSadia Hussain\nFamily Navigator, Families First\n",
    values=dict(VARIANT="non-emergency", FULL_NAME="Tyrone Gallagher", DATE_OF_BIRTH="2004-05-19", GENDER="Male",
                LEGAL_STATUS="not known to social care", UASC="no", PARENT="yes", REFERRER_NAME="Sadia Hussain",
                REFERRER_ROLE="Family Navigator", REFERRER_EMAIL="sadia.hussain@council.test",
                FGC_OFFERED="yes", FGC_DATE="2026-12-09", DATE_NEEDED="2026-12-28", CONSENT="yes"),
))

# ---------------------------------------------------------------- ref-14 Emergency, body reply above pasted form
FORMS.append(dict(
    id="w15-ref-14", form="referral", expect="routed", missing=None,
    frm="liam.dransfield@council.test",
    subject="RE: Placement ended - Chloe Ingham - EMERGENCY REFERRAL",
    layout="body",
    body="""Hi Pam,

As discussed on the phone just now - I've pasted the referral form below as I can't get into the shared drive. Chloe is 18, so it'll need to be an 18+ bed. Please ring if anything is missing.

Thanks
Liam

Liam Dransfield
Personal Adviser | 16+ Team | Calderbridge Council
07700 900 154

-----Original Message-----
From: Pamela Yates <pamela.yates@council.test>
Sent: 04 December 2026 08:31
To: Liam Dransfield <liam.dransfield@council.test>
Subject: Placement ended - Chloe Ingham

Liam - can you send the SAR form over asap and we'll look at tonight's emergency beds. Pam

-----------------------------------------------------------
SUPPORTED ACCOMMODATION ASSESSMENT AND REFERRAL FORM
-----------------------------------------------------------
Section A
Emergency / Non-emergency:   EMERGENCY
Young person's full name:    Chloe Ingham
DOB:                         14/02/2008
Gender:                      F
LCS no:                      LCS 2650093
Current address:             None - carer gave 0 days notice 03/12 at 1900, Chloe spent the night in a car
Preferred locality:          West Oxfordshire
Legal status:                Care leaver (former CLA, 18 in Feb)
UASC:                        N
Parent:                      N

Section B
Referrer name:               Liam Dransfield
Role:                        Personal Adviser
Organisation / team:         16+ Team, Calderbridge Council
Email:                       liam.dransfield@council.test
Phone:                       07700 900 154
SW / PA if not referrer:     n/a

Section C
FGC offered:                 Y - 03/12/26, Chloe declined (no contact with birth family)
Diversion explored:          Staying Put not agreed by carer. Chloe's friend's family asked - 1 night only (not possible tonight). No mediation - carer will not reconsider.
Reason for referral:         Carer ended the placement after an argument about Chloe's boyfriend staying over. Chloe had nowhere to go and spent the night in the car of a 34 year old man she met online.
Immediate safety concern:    Chloe has no bed tonight and says she will stay with the same man again. He is not known to her family or us and she says he has "mates who come round". Real risk of sexual exploitation/harm tonight.
Risks:                       From others - unknown adult male, possible CSE. To self - impulsive, drinks when upset. No offending. MH - anxiety, on sertraline. Not a risk to others.
Support needs:               Emergency bed, then 18+ shared. Meds (has 3 days left). College (Level 2 hair & beauty). Help to claim UC.
Date accommodation needed:   04/12/2026
Consent (Y/N):               Y

Completed by: Liam Dransfield   Date completed: 04/12/26
""",
    values=dict(VARIANT="emergency", FULL_NAME="Chloe Ingham", DATE_OF_BIRTH="2008-02-14", GENDER="F",
                LEGAL_STATUS="care leaver", UASC="no", PARENT="no", REFERRER_NAME="Liam Dransfield",
                REFERRER_ROLE="Personal Adviser", REFERRER_EMAIL="liam.dransfield@council.test",
                FGC_OFFERED="yes", FGC_DATE="2026-12-03", DATE_NEEDED="2026-12-04", CONSENT="yes",
                LCS_NUMBER="2650093"),
))
