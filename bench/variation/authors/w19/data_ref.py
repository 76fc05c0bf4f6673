F = []

def add(**k):
    F.append(k)

WELSH_LOGO = "CYNGOR SIR CONWY FACH / CONWY FACH COUNTY COUNCIL &nbsp;|&nbsp; Gwasanaethau Plant / Children's Services"
WELSH_FOOT = ("Ffurflen Asesu ac Atgyfeirio Llety â Chymorth / Supported Accommodation Assessment and Referral form - "
              "fersiwn 3.2 (Medi 2026). SWYDDOGOL - SENSITIF / OFFICIAL - SENSITIVE. Tudalen 1 o 1 / Page 1 of 1.")
WELSH_TITLE = "Ffurflen Asesu ac Atgyfeirio Llety â Chymorth / Supported Accommodation Assessment and Referral Form"

# ---------------- REFERRALS ----------------
add(id="w19-ref-01", form="referral", expect="routed", missing=None, layout="docx", style="ref_welsh_twocol",
    name="w19-ref-01-atgyfeiriad-Parry",
    frm="sioned.llywelyn@council.test",
    subject="ATGYFEIRIAD BRYS / EMERGENCY REFERRAL - O R Parry - llety heddiw / accommodation today",
    cover="""Bore da,

Please find attached an EMERGENCY supported accommodation referral for Osian Rhys Parry (care leaver, 18). Osian is currently at our office in Llanfair Eryri and cannot return home tonight - details in Section E.

He wishes to move to Oxfordshire to be near his college place in Banbury. I am available on my mobile all day.

Diolch yn fawr,
Sioned Llywelyn
Personal Adviser / Cynghorydd Personol
Tîm Gadael Gofal / Leaving Care Team, Cyngor Sir Conwy Fach""",
    f={"VARIANT": "emergency", "DATE_NEEDED": "4ydd Rhagfyr 2026 / 4th December 2026 (HEDDIW / TODAY)",
       "FULL_NAME": "Osian Rhys PARRY", "DATE_OF_BIRTH": "11/02/2008", "GENDER": "Gwryw / Male",
       "LCS_NUMBER": "WCCIS 20418853", "ADDRESS": "14 Stryd y Felin, Llanfair Eryri, LL99 4TQ (cartref mam / mother's home)",
       "LOCALITY": "Cherwell (Banbury) - coleg / college", "LEGAL_STATUS": "Ymadawr gofal / Care leaver",
       "UASC": "no", "PARENT": "no",
       "REFERRER_NAME": "Sioned Llywelyn", "REFERRER_ROLE": "Cynghorydd Personol / Personal Adviser",
       "REFERRER_TEAM": "Tîm Gadael Gofal / Leaving Care Team, Cyngor Sir Conwy Fach",
       "REFERRER_EMAIL": "sioned.llywelyn@council.test", "REFERRER_PHONE": "07700 900412",
       "SOCIAL_WORKER_NAME": "N/A - PA yw'r atgyfeiriwr / PA is the referrer", "SOCIAL_WORKER_EMAIL": "N/A",
       "FGC_OFFERED": "yes", "FGC_DATE": "09/10/2026 (cynhaliwyd / held)",
       "DIVERSION": "Taid in Bangor spoken to 03/12 - cannot take him (one-bed flat, poor health). Aunt in Rhyl declined. Mediation with mum tried twice in October through Tîm Cyfryngu, broke down when stepfather returned to the home.",
       "REASON": "Osian returned to mum's home in the summer after his foster placement ended. Relationship with stepfather has broken down completely. He has a confirmed place at Banbury college from January and wants a fresh start away from the area where he has been targeted.",
       "SAFETY_CONCERN": "Last night (3 Dec, approx. 23:00 hrs) stepfather assaulted Osian - punched to the face, bruising visible this morning. Police attended, stepfather released. Osian will NOT be safe returning to the address tonight and has nowhere else to go.",
       "RISKS": "To self: low mood, no self-harm known. To others: none known. From others: stepfather (DV in home); older males in Llanfair had been using him to carry cannabis - exploitation screening completed Sept 2026. Substance misuse: cannabis daily. Offending: none. Mental health: on CAMHS waiting list before 18, now GP.",
       "SUPPORT_NEEDS": "Budgeting, registering with GP in Oxfordshire, college travel, emotional support; bilingual Welsh/English - prefers Welsh but fluent in English.",
       "CONSENT": "yes"},
    v={"VARIANT": "emergency", "FULL_NAME": "Osian Rhys PARRY", "DATE_OF_BIRTH": "2008-02-11", "DATE_NEEDED": "2026-12-04",
       "CONSENT": "yes", "REFERRER_EMAIL": "sioned.llywelyn@council.test", "PARENT": "no", "UASC": "no",
       "LEGAL_STATUS": "care leaver", "FGC_OFFERED": "yes", "FGC_DATE": "2026-10-09", "REFERRER_NAME": "Sioned Llywelyn", "GENDER": "male"})

add(id="w19-ref-02", form="referral", expect="routed", missing=None, layout="docx", style="ref_welsh_twocol",
    name="w19-ref-02-atgyfeiriad-Hughes",
    frm="gethin.ellis@council.test",
    subject="Atgyfeiriad / Referral - Supported Accommodation - M E Hughes (ddim yn frys / non-emergency)",
    cover="""Prynhawn da / Good afternoon,

Atodwyd atgyfeiriad ar gyfer Megan Hughes. / Please see attached a non-emergency referral for Megan Hughes, 17, looked after under s.76.

FGC held last month, mediation exhausted. We are looking at a planned move before Christmas.

Cofion,
Gethin Ellis
Gweithiwr Cymdeithasol / Social Worker
Tîm Plant sy'n Derbyn Gofal / Looked After Children Team""",
    f={"VARIANT": "non-emergency", "DATE_NEEDED": "21/12/2026",
       "FULL_NAME": "Megan Eluned HUGHES", "DATE_OF_BIRTH": "23/09/2009", "GENDER": "Benyw / Female",
       "LCS_NUMBER": "ddim yn hysbys / not known", "ADDRESS": "Placement: Tŷ Derwen, Ffordd yr Orsaf, Abergele Fach LL98 2PD",
       "LOCALITY": "Oxford City", "LEGAL_STATUS": "Plentyn sy'n derbyn gofal (a.76) / Looked after (s.76)",
       "UASC": "no", "PARENT": "no",
       "REFERRER_NAME": "Gethin Ellis", "REFERRER_ROLE": "Gweithiwr Cymdeithasol / Social Worker",
       "REFERRER_TEAM": "Tîm Plant sy'n Derbyn Gofal / LAC Team, Cyngor Sir Conwy Fach",
       "REFERRER_EMAIL": "gethin.ellis@council.test", "REFERRER_PHONE": "01492 555 018",
       "SOCIAL_WORKER_NAME": "", "SOCIAL_WORKER_EMAIL": "",
       "FGC_OFFERED": "yes", "FGC_DATE": "18fed Tachwedd 2026 / 18th November 2026",
       "DIVERSION": "FGC 18/11 - family plan was for Megan to live with her older sister in Oxford but the sister's landlord will not allow it. Mediation with dad (2 sessions) - dad not able to offer a home. Friends' families not suitable.",
       "REASON": "Megan's residential placement ends when she turns 18 next year and she wants to move nearer her sister in Oxford, who is her main support. Planned move into 16/17 shared supported accommodation with a view to step-down.",
       "SAFETY_CONCERN": "N/A - nid brys / not an emergency",
       "RISKS": "To self: history of self-harm (cutting) - last incident June 2026. To others: none. From others: online contact with older males in the past, CSE screening 2025 - low now. Substance misuse: alcohol at weekends. Offending: none. Mental health: anxiety, CAMHS open.",
       "SUPPORT_NEEDS": "Emotional support, keeping CAMHS in place on transfer, college enrolment (hair and beauty), independent living skills.",
       "CONSENT": "yes"},
    v={"VARIANT": "non-emergency", "FULL_NAME": "Megan Eluned HUGHES", "DATE_OF_BIRTH": "2009-09-23", "DATE_NEEDED": "2026-12-21",
       "CONSENT": "yes", "REFERRER_EMAIL": "gethin.ellis@council.test", "PARENT": "no", "UASC": "no",
       "LEGAL_STATUS": "looked after", "FGC_OFFERED": "yes", "FGC_DATE": "2026-11-18", "REFERRER_NAME": "Gethin Ellis", "GENDER": "female"})

add(id="w19-ref-03", form="referral", expect="routed", missing=None, layout="pdf", style="ref_welsh_boxes",
    name="w19-ref-03-atgyfeiriad-Bevan",
    frm="nia.pugh@council.test",
    subject="Referral form - Tomos Bevan - non-emergency - supported accom 18+",
    cover="""Hi,

Please find Tomos's referral form attached (PDF). He is 20 and a care leaver with us. Non-emergency, looking for January.

Any questions give me a ring.

Nia Pugh
Cynghorydd Personol / Personal Adviser
Cyngor Sir Conwy Fach""",
    f={"VARIANT": "non-emergency", "DATE_NEEDED": "11/01/2027",
       "FULL_NAME": "Tomos Wyn Bevan", "DATE_OF_BIRTH": "05/05/2006", "GENDER": "Male",
       "LCS_NUMBER": "N/A", "ADDRESS": "Sofa surfing - c/o 3 Maes Gwyn, Pentrefoelas Fach LL97 1AA (friend's address)",
       "LOCALITY": "Vale of White Horse (Didcot / Wantage) - work", "LEGAL_STATUS": "Ymadawr gofal / Care leaver (former relevant)",
       "UASC": "no", "PARENT": "no",
       "REFERRER_NAME": "Nia Pugh", "REFERRER_ROLE": "Personal Adviser", "REFERRER_TEAM": "Leaving Care / Gadael Gofal, Cyngor Sir Conwy Fach",
       "REFERRER_EMAIL": "nia.pugh@council.test", "REFERRER_PHONE": "07700 900 733",
       "SOCIAL_WORKER_NAME": "N/A", "SOCIAL_WORKER_EMAIL": "N/A",
       "FGC_OFFERED": "yes", "FGC_DATE": "26/11/2026",
       "DIVERSION": "FGC offered 26/11 - Tomos attended, mum did not. Nan cannot accommodate. No mediation possible as no contact with dad. Friend can only keep him until early January.",
       "REASON": "Tomos has been offered an apprenticeship with a logistics firm in Didcot starting January 2027 and has no accommodation there. Currently sofa surfing.",
       "SAFETY_CONCERN": "N/A",
       "RISKS": "Self: none known. Others: none. From others: none known. Exploitation: no. Substance misuse: occasional cannabis. Offending: caution for possession 2024. MH: none diagnosed.",
       "SUPPORT_NEEDS": "Setting up UC claim at new address, budgeting, travel to work, registering with GP.",
       "CONSENT": "yes"},
    v={"VARIANT": "non-emergency", "FULL_NAME": "Tomos Wyn Bevan", "DATE_OF_BIRTH": "2006-05-05", "DATE_NEEDED": "2027-01-11",
       "CONSENT": "yes", "REFERRER_EMAIL": "nia.pugh@council.test", "PARENT": "no", "UASC": "no",
       "LEGAL_STATUS": "care leaver", "FGC_OFFERED": "yes", "FGC_DATE": "2026-11-26", "REFERRER_NAME": "Nia Pugh"})

add(id="w19-ref-04", form="referral", expect="routed", missing=None, layout="body", style="ref_welsh_colon",
    frm="catrin.vaughan@council.test",
    subject="BRYS / URGENT - Atgyfeiriad llety / accommodation referral - Alaw Morgan a'i babi / and baby",
    f={"VARIANT": "BRYS / EMERGENCY", "DATE_NEEDED": "Heddiw / today, 4 Dec 2026",
       "FULL_NAME": "Alaw MORGAN", "DATE_OF_BIRTH": "30/07/2007", "GENDER": "Benyw / Female",
       "LCS_NUMBER": "WCCIS 20377160", "ADDRESS": "Fflat 2, 41 Heol y Castell, Llanfair Eryri LL99 6RS (partner's flat)",
       "LOCALITY": "Out of county / Any - away from North Wales", "LEGAL_STATUS": "Care leaver / Ymadawr gofal",
       "UASC": "Na / No", "PARENT": "Ie / Yes - baby Elis, 5 months",
       "REFERRER_NAME": "Catrin Vaughan", "REFERRER_ROLE": "Social Worker / Gweithiwr Cymdeithasol",
       "REFERRER_TEAM": "Tîm Gadael Gofal / Leaving Care Team, Cyngor Sir Conwy Fach",
       "REFERRER_EMAIL": "catrin.vaughan@council.test", "REFERRER_PHONE": "07700 900 158",
       "SOCIAL_WORKER_NAME": "Baby's SW: Huw Prosser", "SOCIAL_WORKER_EMAIL": "huw.prosser@council.test",
       "FGC_OFFERED": "Ie / Yes", "FGC_DATE": "02/09/2026",
       "DIVERSION": "Mam (Alaw's mum) lives 2 streets from partner - not safe. No other family. Mediation not appropriate (DV).",
       "REASON": "Alaw needs to leave her partner's flat with her baby because of domestic abuse. Referral for a Parents service placement.",
       "SAFETY_CONCERN": "Partner strangled Alaw on 2 Dec (non-fatal strangulation - police aware, partner on bail but bail address is 1 mile away and he has been seen outside the flat). MARAC referral made 3 Dec. She and the baby cannot stay in the area tonight.",
       "RISKS": "From others: partner (DV, high risk DASH 19/24). Self: low mood postnatally. Others: none. Substance misuse: none. Offending: none. MH: postnatal depression, on sertraline.",
       "SUPPORT_NEEDS": "Parenting support, health visitor transfer, DV support worker (IDVA), GP registration.",
       "CONSENT": "Ydy / Yes - signed 03/12/2026"},
    v={"VARIANT": "emergency", "FULL_NAME": "Alaw MORGAN", "DATE_OF_BIRTH": "2007-07-30", "DATE_NEEDED": "2026-12-04",
       "CONSENT": "yes", "REFERRER_EMAIL": "catrin.vaughan@council.test", "PARENT": "yes", "UASC": "no",
       "LEGAL_STATUS": "care leaver", "FGC_OFFERED": "yes", "FGC_DATE": "2026-09-02", "REFERRER_NAME": "Catrin Vaughan",
       "SOCIAL_WORKER_EMAIL": "huw.prosser@council.test"})

add(id="w19-ref-05", form="referral", expect="rejected", missing="LEGAL_STATUS", layout="body", style="ref_welsh_above",
    frm="iwan.caddick@council.test",
    subject="Atgyfeiriad / Referral - Dylan Roberts - non-emergency",
    f={"VARIANT": "Ddim yn frys / Non-emergency", "DATE_NEEDED": "14eg Rhagfyr 2026 / 14th December 2026",
       "FULL_NAME": "Dylan James ROBERTS", "DATE_OF_BIRTH": "14/03/2010", "GENDER": "Gwryw / Male",
       "LCS_NUMBER": "ddim yn hysbys / not known", "ADDRESS": "7 Bryn Teg, Cefn Eryri LL98 5EE",
       "LOCALITY": "South Oxfordshire (Thame - grandmother nearby)", "LEGAL_STATUS": "",
       "UASC": "Na / No", "PARENT": "Na / No",
       "REFERRER_NAME": "Iwan Caddick", "REFERRER_ROLE": "Gweithiwr Cymdeithasol / Social Worker",
       "REFERRER_TEAM": "Tîm Asesu a Chymorth / Assessment and Support Team",
       "REFERRER_EMAIL": "iwan.caddick@council.test", "REFERRER_PHONE": "01492 555 240",
       "SOCIAL_WORKER_NAME": "N/A", "SOCIAL_WORKER_EMAIL": "N/A",
       "FGC_OFFERED": "Ydy / Yes", "FGC_DATE": "27/11/2026",
       "DIVERSION": "Grandmother in Thame will have him for weekends but not full time. Mediation with mum via Tîm Cyfryngu 20/11 and 27/11 - agreed Dylan to move out in a planned way.",
       "REASON": "Ongoing conflict at home with mum and her new partner; mum says she can no longer manage him. Dylan wants to be near his nan in Thame and to restart at sixth form there in January.",
       "SAFETY_CONCERN": "N/A - ddim yn frys / not emergency",
       "RISKS": "Self: none. Others: verbal aggression to mum when argued. From others: none known. Exploitation: none known. Substances: vapes, alcohol occasionally. Offending: none. MH: ADHD (medicated).",
       "SUPPORT_NEEDS": "School place, ADHD medication transfer, routines, cooking and budgeting.",
       "CONSENT": "Ydy / Yes"},
    v={"VARIANT": "non-emergency", "FULL_NAME": "Dylan James ROBERTS", "DATE_OF_BIRTH": "2010-03-14", "DATE_NEEDED": "2026-12-14",
       "CONSENT": "yes", "REFERRER_EMAIL": "iwan.caddick@council.test", "PARENT": "no", "FGC_OFFERED": "yes", "FGC_DATE": "2026-11-27"})

add(id="w19-ref-06", form="referral", expect="routed", missing=None, layout="docx", style="ref_welsh_twocol",
    name="w19-ref-06-atgyfeiriad-Lloyd",
    frm="manon.tudur@council.test",
    subject="ATGYFEIRIAD BRYS / EMERGENCY REFERRAL - F A Lloyd (17)",
    cover="""Please see attached emergency referral for Ffion Lloyd (17, looked after).

Ffion has NOT given consent - we are sharing without consent on safeguarding grounds, see Section F.

Manon Tudur
Rheolwr Tîm / Team Manager, Tîm Diogelu / Safeguarding Team
Cyngor Sir Conwy Fach - 01492 555 300""",
    f={"VARIANT": "emergency", "DATE_NEEDED": "04/12/2026",
       "FULL_NAME": "Ffion Angharad LLOYD", "DATE_OF_BIRTH": "02/12/2009", "GENDER": "Benyw / Female",
       "LCS_NUMBER": "WCCIS 20399041", "ADDRESS": "Missing from placement since 01/12 - found 03/12 at an address in Oxford (Blackbird Leys area), currently at police station",
       "LOCALITY": "Unrhyw ardal ond Oxford City / Any except Oxford City", "LEGAL_STATUS": "Plentyn sy'n derbyn gofal (Gorchymyn Gofal) / Looked after (Care Order)",
       "UASC": "no", "PARENT": "no",
       "REFERRER_NAME": "Manon Tudur", "REFERRER_ROLE": "Rheolwr Tîm / Team Manager",
       "REFERRER_TEAM": "Tîm Diogelu / Safeguarding Team, Cyngor Sir Conwy Fach",
       "REFERRER_EMAIL": "manon.tudur@council.test", "REFERRER_PHONE": "01492 555 300",
       "SOCIAL_WORKER_NAME": "Rhodri Gwilym (SW)", "SOCIAL_WORKER_EMAIL": "rhodri.gwilym@council.test",
       "FGC_OFFERED": "no", "FGC_DATE": "N/A",
       "DIVERSION": "Not appropriate - Care Order, parents' contact supervised. Previous placement in Wales will not take her back.",
       "REASON": "Ffion went missing from her residential placement in North Wales on 1 December and was found by Thames Valley Police in Oxford on 3 December with adult males. Her placement has ended. She needs an emergency bed tonight while a longer-term plan is made.",
       "SAFETY_CONCERN": "Strong indicators of child criminal and sexual exploitation - found with two adult males not known to her family, in possession of a second phone and £400 cash. She has no safe place to stay tonight and returning to North Wales would likely lead to her going missing again straight away.",
       "RISKS": "From others: CSE/CCE - HIGH. Self: goes missing, alcohol. Others: none known. Offending: none recorded. MH: trauma, no diagnosis. Substance misuse: alcohol, possibly cocaine.",
       "SUPPORT_NEEDS": "High support, staff awake at night, missing protocol, NRM referral to follow, return home interviews.",
       "CONSENT": "no"},
    consent_note="Nac ydy / No - Ffion refuses. Sharing WITHOUT consent on safeguarding grounds: she is at risk of significant harm (exploitation) - agreed by Team Manager Manon Tudur 04/12/2026 under s.47 / Deddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014.",
    v={"VARIANT": "emergency", "FULL_NAME": "Ffion Angharad LLOYD", "DATE_OF_BIRTH": "2009-12-02", "DATE_NEEDED": "2026-12-04",
       "CONSENT": "no", "REFERRER_EMAIL": "manon.tudur@council.test", "PARENT": "no", "UASC": "no",
       "LEGAL_STATUS": "looked after", "FGC_OFFERED": "no", "SOCIAL_WORKER_EMAIL": "rhodri.gwilym@council.test", "REFERRER_NAME": "Manon Tudur"})

# --- probation voice ---
add(id="w19-ref-07", form="referral", expect="routed", missing=None, layout="body", style="ref_prob_fwd",
    frm="zoe.marchetti@council.test",
    subject="FW: EMERGENCY referral - Kieran DOYLE - released today HMP Lowmoor",
    top="""Please see below - emergency referral from Kieran's probation officer. I am the YPSA link in the Housing Pathway team and have checked it with Gareth this morning. Kieran was released at 08:00 today.

Zoe Marchetti
Young People's Housing Pathway Officer
Wealdmoor County Council""",
    orig=("Gareth Whitlock <gareth.whitlock@probation.test>", "Zoe Marchetti <zoe.marchetti@council.test>",
          "04 December 2026 08:31", "EMERGENCY referral - Kieran DOYLE"),
    pre="""Zoe - as discussed on the phone. Form below, I've kept to the headings on your template.

Gareth""",
    f={"VARIANT": "EMERGENCY", "DATE_NEEDED": "TODAY 04/12/2026",
       "FULL_NAME": "Kieran DOYLE", "DATE_OF_BIRTH": "19/08/2004", "GENDER": "Male",
       "LCS_NUMBER": "N/A", "ADDRESS": "NFA - released from HMP Lowmoor 04/12/2026 08:00 hrs",
       "LOCALITY": "West Oxfordshire or South Oxfordshire - EXCLUSION ZONE: Oxford City (licence condition)",
       "LEGAL_STATUS": "Not known to social care",
       "UASC": "N", "PARENT": "N",
       "REFERRER_NAME": "Gareth Whitlock", "REFERRER_ROLE": "Probation Officer (PO)",
       "REFERRER_TEAM": "Probation Service, Kidlington Fach Office - Young Adults team",
       "REFERRER_EMAIL": "gareth.whitlock@probation.test", "REFERRER_PHONE": "01865 555 871 / 07700 900 622",
       "SOCIAL_WORKER_NAME": "N/A", "SOCIAL_WORKER_EMAIL": "N/A",
       "FGC_OFFERED": "N", "FGC_DATE": "N/A",
       "DIVERSION": "Mum's address refused at pre-release (victim in household). No other family in the area. CAS-3 bed not available until 14/12.",
       "REASON": "Kieran is 22 and on licence following a 12 month sentence (s.47 Theft Act, burglary). He is NFA on release today and requires accommodation as a licence condition.",
       "SAFETY_CONCERN": "NFA on release today with no bed tonight. If he rough sleeps he is at high risk from the group he owed drug debts to before custody - threats made to him via social media in November (intel shared with police). He would also be in breach of licence.",
       "RISKS": "Self: one overdose 2023. Others: MEDIUM (OASys) - burglary, one assault on a male peer 2022. From others: drug debt - HIGH. Exploitation: previously used to hold drugs. Substances: crack cocaine (abstinent in custody), alcohol. Offending: acquisitive. MAPPA: not eligible. MH: depression, anxiety.",
       "SUPPORT_NEEDS": "Drug service transfer (Turning Point equivalent), UC claim, ID, Probation appointments twice weekly, ETE.",
       "CONSENT": "Y - verbally at release planning 02/12 and signed 04/12"},
    v={"VARIANT": "emergency", "FULL_NAME": "Kieran DOYLE", "DATE_OF_BIRTH": "2004-08-19", "DATE_NEEDED": "2026-12-04",
       "CONSENT": "yes", "REFERRER_EMAIL": "gareth.whitlock@probation.test", "PARENT": "no", "UASC": "no",
       "LEGAL_STATUS": "not known to social care", "FGC_OFFERED": "no", "REFERRER_NAME": "Gareth Whitlock"})

add(id="w19-ref-08", form="referral", expect="routed", missing=None, layout="docx", style="ref_prob_numbered",
    name="w19-ref-08-referral-Feeney",
    frm="adele.brightwell@council.test",
    subject="Supported accommodation referral (non-emergency) - Jordan Feeney",
    cover="""Hello Brokerage,

Please see attached a non-emergency referral for Jordan Feeney, 19, care leaver. The form was completed with Jordan's probation officer, Priya Kalsi, who is the referrer - I am Jordan's PA and am copied in on everything.

Kind regards
Adele Brightwell
Personal Adviser, Leaving Care Service
Wealdmoor County Council""",
    f={"VARIANT": "non-emergency", "DATE_NEEDED": "04/01/2027",
       "FULL_NAME": "Jordan Mark FEENEY", "DATE_OF_BIRTH": "07/01/2007", "GENDER": "Male",
       "LCS_NUMBER": "4409182", "ADDRESS": "Room 6, Marlow House (Approved Premises), 22 Canal Street, Banbury Fach OX99 1ZZ",
       "LOCALITY": "Cherwell", "LEGAL_STATUS": "Care leaver (relevant)",
       "UASC": "no", "PARENT": "no",
       "REFERRER_NAME": "Priya Kalsi", "REFERRER_ROLE": "Probation Officer",
       "REFERRER_TEAM": "Probation Service - Banbury Fach Office",
       "REFERRER_EMAIL": "priya.kalsi@probation.test", "REFERRER_PHONE": "01295 555 190",
       "SOCIAL_WORKER_NAME": "Adele Brightwell (Leaving Care PA)", "SOCIAL_WORKER_EMAIL": "adele.brightwell@council.test",
       "FGC_OFFERED": "yes", "FGC_DATE": "30/11/2026",
       "DIVERSION": "FGC offered and held 30/11/26. Nan willing to have him for Sunday dinners but not to live. Foster carers (staying put) not able - have new placement. Mediation n/a.",
       "REASON": "Jordan's stay at the Approved Premises ends on 04/01/2027 when his residence condition lapses. He needs move-on accommodation with support to keep on track with his licence.",
       "SAFETY_CONCERN": "N/A (non-emergency)",
       "RISKS": "Self: low. Others: MEDIUM - robbery offence 2025 (with others). From others: low now, gang association in the past. Exploitation: previously CCE (NRM positive grounds 2023). Substances: cannabis. Offending: robbery, possession of bladed article (2024). MH: ADHD, no medication.",
       "SUPPORT_NEEDS": "Structure to his day, ETE - interested in construction CSCS card, budgeting, keeping away from previous peer group.",
       "CONSENT": "yes"},
    v={"VARIANT": "non-emergency", "FULL_NAME": "Jordan Mark FEENEY", "DATE_OF_BIRTH": "2007-01-07", "DATE_NEEDED": "2027-01-04",
       "CONSENT": "yes", "REFERRER_EMAIL": "priya.kalsi@probation.test", "PARENT": "no", "UASC": "no", "LCS_NUMBER": "4409182",
       "LEGAL_STATUS": "care leaver", "FGC_OFFERED": "yes", "FGC_DATE": "2026-11-30", "REFERRER_NAME": "Priya Kalsi",
       "SOCIAL_WORKER_EMAIL": "adele.brightwell@council.test"})

add(id="w19-ref-09", form="referral", expect="routed", missing=None, layout="pdf", style="ref_prob_twocol",
    name="w19-ref-09-referral-Okafor",
    frm="tom.hebden@council.test",
    subject="EMERGENCY - supported accommodation referral - L. Okafor DOB 12/10/2005",
    cover="""Morning,

Emergency referral attached (PDF) for Liam Okafor, 21, care leaver. Liam has been threatened at his current address - please see Part 5. His probation officer Dominic Asante completed the risk section with me.

I will be at the office until 5pm and on 07700 900 551.

Tom Hebden
Leaving Care Personal Adviser
Wealdmoor County Council""",
    f={"VARIANT": "emergency", "DATE_NEEDED": "4 Dec 2026",
       "FULL_NAME": "Liam OKAFOR", "DATE_OF_BIRTH": "12/10/2005", "GENDER": "M",
       "LCS_NUMBER": "3987215", "ADDRESS": "Flat 11, Foxglove Court, Bicester Fach OX98 3DD (private tenancy)",
       "LOCALITY": "Vale of White Horse or South Oxfordshire (NOT Cherwell)", "LEGAL_STATUS": "Care leaver",
       "UASC": "no", "PARENT": "no",
       "REFERRER_NAME": "Tom Hebden", "REFERRER_ROLE": "Leaving Care Personal Adviser",
       "REFERRER_TEAM": "Leaving Care Service, Wealdmoor County Council",
       "REFERRER_EMAIL": "tom.hebden@council.test", "REFERRER_PHONE": "07700 900 551",
       "SOCIAL_WORKER_NAME": "Probation: Dominic Asante", "SOCIAL_WORKER_EMAIL": "dominic.asante@probation.test",
       "FGC_OFFERED": "no", "FGC_DATE": "N/A - 21yo care leaver",
       "DIVERSION": "Liam has no family contact. Friend's sofa offered for 1 night only - friend is linked to the same group so not safe.",
       "REASON": "Liam's flat has been taken over (cuckooed) by a county line group. He left on the evening of 3 December and spent the night in A&E waiting room.",
       "SAFETY_CONCERN": "Men from the line came to his door on 2 Dec with a machete and told him he owes £1,500. He cannot return to the flat. Police aware (TVP ref 43260001987). He has nowhere safe to sleep tonight.",
       "RISKS": "From others: HIGH - county line, threats with weapon. Self: history of overdose 2024. Others: low. Exploitation: cuckooing, CCE. Substance misuse: cannabis, ketamine. Offending: possession with intent (2025), on community order. MH: PTSD symptoms, GP aware.",
       "SUPPORT_NEEDS": "Location away from Bicester, high support, drug service, help to end tenancy safely.",
       "CONSENT": "yes"},
    v={"VARIANT": "emergency", "FULL_NAME": "Liam OKAFOR", "DATE_OF_BIRTH": "2005-10-12", "DATE_NEEDED": "2026-12-04",
       "CONSENT": "yes", "REFERRER_EMAIL": "tom.hebden@council.test", "PARENT": "no", "UASC": "no", "LCS_NUMBER": "3987215",
       "LEGAL_STATUS": "care leaver", "FGC_OFFERED": "no", "REFERRER_NAME": "Tom Hebden"})

add(id="w19-ref-10", form="referral", expect="rejected", missing="DATE_OF_BIRTH", layout="body", style="ref_prob_numbered_fwd",
    frm="fiona.lacey@council.test",
    subject="FW: Referral - Shannon CARVER - non-emergency",
    top="""Please see below.

Forwarding the referral for Shannon from her probation officer - non-emergency. I'm the housing officer she's working with.

Fiona Lacey
Housing Options Officer (Young People)
Wealdmoor County Council""",
    orig=("Marcus Oyelaran <marcus.oyelaran@probation.test>", "fiona.lacey@council.test",
          "03 December 2026 16:52", "Referral - Shannon CARVER"),
    pre="Fiona, form below. M.",
    f={"VARIANT": "Non-emergency", "DATE_NEEDED": "18th December 2026",
       "FULL_NAME": "Shannon Leigh CARVER", "DATE_OF_BIRTH": "", "GENDER": "Female",
       "LCS_NUMBER": "not known", "ADDRESS": "c/o 9 Orchard Rise, Witney Fach OX97 2LL (mother's address)",
       "LOCALITY": "West Oxfordshire", "LEGAL_STATUS": "Child in need (plan closed Sept 2026) - now not open to CSC",
       "UASC": "No", "PARENT": "No",
       "REFERRER_NAME": "Marcus Oyelaran", "REFERRER_ROLE": "Probation Officer",
       "REFERRER_TEAM": "Probation Service - Witney Fach",
       "REFERRER_EMAIL": "marcus.oyelaran@probation.test", "REFERRER_PHONE": "01993 555 404",
       "SOCIAL_WORKER_NAME": "N/A", "SOCIAL_WORKER_EMAIL": "N/A",
       "FGC_OFFERED": "Yes", "FGC_DATE": "02/12/2026",
       "DIVERSION": "FGC 2 Dec - mum agreed Shannon can stay until the 18th only. Auntie in Carterton has no room. Mediation through the YP housing team 25/11 - no change.",
       "REASON": "Shannon's mum has given notice for her to leave by 18/12 due to arguments and Shannon's drinking. Shannon is on a community order and needs a stable address to complete it.",
       "SAFETY_CONCERN": "N/A",
       "RISKS": "Self: alcohol misuse, one hospital admission (intoxication) Oct 2026. Others: common assault on a stranger (2026, community order). From others: not known. Exploitation: not known. MH: low mood.",
       "SUPPORT_NEEDS": "Alcohol service, completing unpaid work, budgeting.",
       "CONSENT": "Yes"},
    v={"VARIANT": "non-emergency", "FULL_NAME": "Shannon Leigh CARVER", "DATE_NEEDED": "2026-12-18",
       "CONSENT": "yes", "REFERRER_EMAIL": "marcus.oyelaran@probation.test", "PARENT": "no", "FGC_OFFERED": "yes", "FGC_DATE": "2026-12-02"})

# --- English leaving care ---
add(id="w19-ref-11", form="referral", expect="routed", missing=None, layout="docx", style="ref_lc_boxes",
    name="w19-ref-11-referral-Yousef",
    frm="hannah.oduya@council.test",
    subject="Emergency referral - Amira Yousef",
    cover="""Dear Brokerage,

Attached is an emergency referral for Amira Yousef (18, former UASC, care leaver). Her supported lodgings ended last night - see Section E.

Hannah Oduya
Social Worker, UASC and Care Leavers Team
Wealdmoor County Council
07700 900 287""",
    f={"FULL_NAME": "Amira YOUSEF", "DATE_OF_BIRTH": "09/04/2008", "GENDER": "Female",
       "LCS_NUMBER": "4522019", "ADDRESS": "Emergency B&B - Station Hotel, Didcot Fach (1 night only, 03/12)",
       "LOCALITY": "Oxford City", "LEGAL_STATUS": "Care leaver (former relevant)",
       "UASC": "yes", "PARENT": "no",
       "REFERRER_NAME": "Hannah Oduya", "REFERRER_ROLE": "Social Worker",
       "REFERRER_TEAM": "UASC and Care Leavers Team, Wealdmoor County Council",
       "REFERRER_EMAIL": "hannah.oduya@council.test", "REFERRER_PHONE": "07700 900 287",
       "SOCIAL_WORKER_NAME": "N/A", "SOCIAL_WORKER_EMAIL": "N/A",
       "VARIANT": "emergency", "DATE_NEEDED": "04/12/2026",
       "FGC_OFFERED": "no", "FGC_DATE": "N/A (no family in UK)",
       "DIVERSION": "No family in the UK. Community contacts explored through the mosque - none able to host.",
       "REASON": "Amira's supported lodgings host ended the arrangement without notice on 3 December. She spent last night in an emergency B&B that is not suitable for a young woman on her own.",
       "SAFETY_CONCERN": "On 2 December a man she met through the B&B's previous occupant offered her 'a room for free' in exchange for 'helping him'. She has been messaged repeatedly. She has no safe place tonight and the B&B cannot extend.",
       "RISKS": "From others: exploitation (sexual/labour) - HIGH given isolation. Self: trauma, nightmares. Others: none. Substances: none. Offending: none. MH: PTSD (Refugee Council therapist).",
       "SUPPORT_NEEDS": "Female-only or female staff preferred. Arabic interpreter helpful (good English). ESOL at college, Home Office appointments.",
       "CONSENT": "yes"},
    v={"VARIANT": "emergency", "FULL_NAME": "Amira YOUSEF", "DATE_OF_BIRTH": "2008-04-09", "DATE_NEEDED": "2026-12-04",
       "CONSENT": "yes", "REFERRER_EMAIL": "hannah.oduya@council.test", "PARENT": "no", "UASC": "yes", "LCS_NUMBER": "4522019",
       "LEGAL_STATUS": "care leaver", "FGC_OFFERED": "no", "REFERRER_NAME": "Hannah Oduya"})

add(id="w19-ref-12", form="referral", expect="routed", missing=None, layout="docx", style="ref_lc_twocol",
    name="w19-ref-12-referral-Whitby",
    frm="oliver.penhaligon@council.test",
    subject="Referral for supported accommodation - Callum Whitby - non-emergency - needed 04/01/2027",
    cover="""Hi team,

Please find attached my referral for Callum Whitby (17, looked after). FGC held, plan agreed with Callum and his IRO. Happy to discuss.

Oliver Penhaligon
Social Worker, Children We Care For Team North
Wealdmoor County Council""",
    f={"FULL_NAME": "Callum Fraser Whitby", "DATE_OF_BIRTH": "28/06/2009", "GENDER": "Male",
       "LCS_NUMBER": "4310775", "ADDRESS": "Foster placement - Mr and Mrs Dale, 4 Kestrel Way, Kidlington Fach OX96 4KK",
       "LOCALITY": "Oxford City or Cherwell", "LEGAL_STATUS": "Looked after (s.20)",
       "UASC": "no", "PARENT": "no",
       "REFERRER_NAME": "Oliver Penhaligon", "REFERRER_ROLE": "Social Worker",
       "REFERRER_TEAM": "Children We Care For Team North, Wealdmoor County Council",
       "REFERRER_EMAIL": "oliver.penhaligon@council.test", "REFERRER_PHONE": "01865 555 602",
       "SOCIAL_WORKER_NAME": "N/A", "SOCIAL_WORKER_EMAIL": "N/A",
       "VARIANT": "non-emergency", "DATE_NEEDED": "04/01/2027",
       "FGC_OFFERED": "yes", "FGC_DATE": "19/11/2026 (held)",
       "DIVERSION": "FGC 19/11 - dad and uncle attended; neither can offer a home. Mediation n/a (s.20 for 3 years). Foster carers retiring end of December.",
       "REASON": "Callum's foster carers are retiring and he does not want another family placement. He wants to try semi-independence in 16/17 shared accommodation near his college in Oxford.",
       "SAFETY_CONCERN": "N/A",
       "RISKS": "Self: none. Others: none. From others: none known. Exploitation: no concerns. Substances: no. Offending: no. MH: mild anxiety, managing well.",
       "SUPPORT_NEEDS": "Cooking, budgeting, keeping up college attendance (Level 3 engineering), contact with dad.",
       "CONSENT": "yes"},
    v={"VARIANT": "non-emergency", "FULL_NAME": "Callum Fraser Whitby", "DATE_OF_BIRTH": "2009-06-28", "DATE_NEEDED": "2027-01-04",
       "CONSENT": "yes", "REFERRER_EMAIL": "oliver.penhaligon@council.test", "PARENT": "no", "UASC": "no", "LCS_NUMBER": "4310775",
       "LEGAL_STATUS": "looked after", "FGC_OFFERED": "yes", "FGC_DATE": "2026-11-19", "REFERRER_NAME": "Oliver Penhaligon"})

add(id="w19-ref-13", form="referral", expect="routed", missing=None, layout="body", style="ref_quick",
    frm="josie.barraclough@council.test",
    subject="URGENT emergency referral Tia-Rose Kemp - sleeping in car",
    f={}, body="""Hi Brokerage

Emergency referral - sorry it's a quick one, I'm out on a visit. Full form to follow if you need it but all the info is here:

EMERGENCY
Name - Tia-Rose KEMP
DOB - 15/11/2008 (18)
Female
LCS - 4471330
Currently - sleeping in her friend's car, Tesco car park Abingdon Fach, since Tues
Care leaver (was s.20 from 15)
Not UASC. Not a parent.
Wants - Vale of White Horse, near her job at the garden centre
Needed - TODAY 4th Dec
FGC - not offered (she was 18 when this broke down, mum refuses any contact)
Family/friends/mediation - mum's partner threw her out 01/12, mum won't engage, friend can't have her in the house (friend's mum said no). Mediation declined by mum.
Why - kicked out of mum's after an argument with mum's partner, has been sleeping in a car for 3 nights in freezing temperatures
Immediate safety concern - minus temps overnight, alone in a car park, a man has been approaching her at night offering her a place to stay. She is very scared.
Risks - from others (the man in the car park, unknown male), self: asthma, no inhaler since Mon. Others: none. Substance: none. Offending: none. MH: anxiety.
Support - GP/inhaler today, keep her in her job, budgeting, bank account.
Consent - YES, Tia-Rose agreed on the phone this morning 08:15 and happy for info to be shared

Me: Josie Barraclough, Leaving Care PA, Leaving Care Service South, Wealdmoor CC
josie.barraclough@council.test / 07700 900 919
(I'm her PA, no SW allocated)

Thanks
Josie""",
    v={"VARIANT": "emergency", "FULL_NAME": "Tia-Rose KEMP", "DATE_OF_BIRTH": "2008-11-15", "DATE_NEEDED": "2026-12-04",
       "CONSENT": "yes", "REFERRER_EMAIL": "josie.barraclough@council.test", "PARENT": "no", "UASC": "no", "LCS_NUMBER": "4471330",
       "LEGAL_STATUS": "care leaver", "FGC_OFFERED": "no", "REFERRER_NAME": "Josie Barraclough"})

add(id="w19-ref-14", form="referral", expect="routed", missing=None, layout="body", style="ref_reply_above",
    frm="samuel.achterberg@council.test",
    subject="RE: Referral for Ethan Morris - updated form",
    f={}, body="""Hi Lorna,

Thanks for coming back to me. Updated form below with the FGC date and the date needed filled in - I've pasted the whole form again so you have it in one place.

Sam

Samuel Achterberg | Personal Adviser | Leaving Care 21-25 | Wealdmoor County Council
T: 01865 555 733

From: Lorna Fitzgerald <lorna.fitzgerald@council.test>
Sent: 03 December 2026 14:10
To: Samuel Achterberg
Subject: RE: Referral for Ethan Morris

Sam - can you add the FGC date and when he needs to move? Thanks, L

> SUPPORTED ACCOMMODATION ASSESSMENT AND REFERRAL FORM
>
> Emergency / Non-emergency: NON-EMERGENCY
> Young person's full name: Ethan MORRIS
> Date of birth: 03/03/2003
> Gender: male
> LCS number: 3011842
> Current address: 18 Pound Lane, Henley Fach RG99 7PP (ex-partner's tenancy)
> Preferred locality: South Oxfordshire
> Legal status: Care leaver
> UASC: N
> Parent: Y - daughter Ruby, 2 yrs, he has her 3 nights a week
> Referrer name: Samuel Achterberg
> Role: Personal Adviser
> Organisation/team: Leaving Care 21-25, Wealdmoor County Council
> Email: samuel.achterberg@council.test
> Phone: 01865 555 733
> Social worker/PA (if not referrer): N/A
> FGC offered: Y
> FGC date: 25/11/2026 - offered, Ethan declined to hold one
> Diversion explored: Ethan's dad has a one-bed flat - sofa for 2 weeks max. No contact with mum. Mediation with ex-partner not appropriate - relationship ended, amicable but she needs him out by January.
> Reason for referral: Relationship ended; ex-partner's tenancy, she has asked him to leave by 8 January. He needs somewhere suitable for overnight contact with his daughter.
> Risks: To self - none. To others - none. From others - none. Exploitation - no. Substance misuse - alcohol in the past, now stable. Offending - none since 2021. Mental health - depression, managed by GP.
> Support needs: parenting, housing register application, move-on to own tenancy, budgeting
> Date needed: 08/01/2027
> Consent: YES (signed 28/11/26)""",
    v={"VARIANT": "non-emergency", "FULL_NAME": "Ethan MORRIS", "DATE_OF_BIRTH": "2003-03-03", "DATE_NEEDED": "2027-01-08",
       "CONSENT": "yes", "REFERRER_EMAIL": "samuel.achterberg@council.test", "PARENT": "yes", "UASC": "no", "LCS_NUMBER": "3011842",
       "LEGAL_STATUS": "care leaver", "FGC_OFFERED": "yes", "FGC_DATE": "2026-11-25", "REFERRER_NAME": "Samuel Achterberg"})
