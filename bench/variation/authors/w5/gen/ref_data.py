from ref_templates import *

GLAN_FOOT = "Cyngor Sir Glanaber / Glanaber County Council - Gwasanaethau Plant / Children's Services. SWYDDOGOL-SENSITIF / OFFICIAL-SENSITIVE. Fersiwn / Version 5 (2026)"

REFS = []

# ---------------- ref-01 Emergency, docx, bilingual ----------------
REFS.append(dict(
 id="w5-ref-01", layout="docx", tpl=GLAN_BI, render="two_col",
 title="Ffurflen Asesu ac Atgyfeirio Llety â Chymorth / Supported Accommodation Assessment and Referral Form",
 logo="CYNGOR SIR GLANABER | GLANABER COUNTY COUNCIL", footer=GLAN_FOOT,
 frm="gwenllian.rees@council.test",
 subject="ARGYFWNG / EMERGENCY - Supported accommodation referral - F.P. - needed today",
 cover="Bore da Brokerage team,\n\nPlease find attached an emergency referral for a 17 year old girl who cannot return home after an incident last night. She is currently at a friend's house but that is only for last night. Could you please let me know as early as possible this morning what is available.\n\nDiolch yn fawr,\nGwenllian Rees\nSocial Worker, Assessment and Intervention Team (North)\nGlanaber County Council\n01970 624 318",
 d=dict(
  VARIANT="☒ Argyfwng / Emergency   ☐ Dim argyfwng / Non-emergency",
  FULL_NAME="Ffion Haf Pritchard", DATE_OF_BIRTH="22/03/2009", GENDER="Female", LCS_NUMBER="1184377",
  CURRENT_ADDRESS="Staying at a friend's house, 9 Maes y Deri, Llanfarian Fach, GL23 4RT (last night only)",
  PREFERRED_LOCALITY="Cherwell", LEGAL_STATUS="Child in need (s.17)",
  UASC="☐ Ydy / Yes  ☒ Nac ydy / No", PARENT="☐ Ydy / Yes  ☒ Nac ydy / No",
  REFERRER_NAME="Gwenllian Rees", REFERRER_ROLE="Social Worker", ORGANISATION="Glanaber County Council, Assessment and Intervention Team (North)",
  REFERRER_EMAIL="gwenllian.rees@council.test", REFERRER_PHONE="01970 624 318 / 07700 900 412",
  SOCIAL_WORKER_NAME="N/A - I am the allocated worker", SOCIAL_WORKER_EMAIL="",
  FGC_OFFERED="☐ Ydy / Yes  ☒ Nac ydy / No - to be offered once Ffion is placed safely", FGC_DATE="",
  DIVERSION="Maternal aunt in Abercarrog was approached yesterday evening but has no room and a new baby. Ffion's grandmother is too unwell. Mediation with mum will be offered once the police investigation allows contact.",
  REASON="Ffion disclosed that her stepfather pushed her down the stairs and hit her during an argument on the evening of 3 December. Police attended and he has been released under investigation with bail-type conditions not yet confirmed. Mum has said Ffion cannot come home.",
  SAFETY_CONCERN="Yes. Ffion has nowhere safe to sleep tonight. Her friend's parents can only keep her for one night, and the stepfather knows that address.",
  RISK_TO_SELF="Historic self-harm (cutting) in 2025, none known for the last six months. Low mood since the incident.",
  RISK_TO_OTHERS="None known.", RISK_FROM_OTHERS="Stepfather (physical assault). Possible pressure from mum to withdraw her statement.",
  EXPLOITATION="No current concerns identified.", SUBSTANCE_MISUSE="Occasional cannabis use reported by school, Ffion denies.",
  OFFENDING="None.", MENTAL_HEALTH="On CAMHS waiting list for anxiety since September 2026.",
  SUPPORT_NEEDS="Emotional support, help to keep attending college in Tregwyn, budgeting, and help to register with a GP if she moves area.",
  DATE_NEEDED="04/12/2026", CONSENT="☒ Ydy / Yes  ☐ Nac ydy / No - Ffion agreed on 3/12/2026 and signed the consent page.", SAFEGUARDING_BASIS="N/A"),
 v=dict(FULL_NAME="Ffion Haf Pritchard", DATE_OF_BIRTH="2009-03-22", VARIANT="emergency", DATE_NEEDED="2026-12-04", CONSENT="yes",
        REFERRER_EMAIL="gwenllian.rees@council.test", PARENT="no", UASC="no", FGC_OFFERED="no", REFERRER_NAME="Gwenllian Rees", LCS_NUMBER="1184377"),
))

# ---------------- ref-02 Non-emergency, body, numbered questions ----------------
REFS.append(dict(
 id="w5-ref-02", layout="body", tpl=NUMQ, render="t_numq",
 frm="rhodri.bevan@council.test",
 subject="Non-emergency referral for supported accommodation - Callum Hughes",
 pre="Good morning,\n\nPlease see below a non-emergency referral for Callum, who is one of my care leavers. I have typed the form straight into the email as our Word template keeps corrupting. Happy to discuss.\n\nSUPPORTED ACCOMMODATION ASSESSMENT AND REFERRAL FORM (NON-EMERGENCY)\n",
 post="\n\nKind regards\n\nRhodri Bevan\nPersonal Adviser, Leaving Care Team\nGlanaber County Council\nTel: 01970 633 201",
 d=dict(
  VARIANT="Non-emergency.", FULL_NAME="Callum James Hughes", DATE_OF_BIRTH="9 August 2006", GENDER="Male",
  LCS_NUMBER="LCS 0992145", CURRENT_ADDRESS="He is in a B&B at the Harbour View Guest House, 3 Stryd y Cei, Porth Elin, GL41 2AB, on a 28 day arrangement.",
  PREFERRED_LOCALITY="Oxford City, as he has a college place there.", LEGAL_STATUS="Care leaver (former relevant child).",
  UASC="No.", PARENT="No, he has no children.",
  REFERRER_NAME="Rhodri Bevan", REFERRER_ROLE="Personal Adviser (Leaving Care).", ORGANISATION="Glanaber County Council, Leaving Care Team.",
  REFERRER_EMAIL="rhodri.bevan@council.test", REFERRER_PHONE="01970 633 201 or mobile 07700 900 633.",
  SOCIAL_WORKER_NAME="I am his PA, so not applicable.",
  FGC_OFFERED="Yes, a Family Group Conference was offered to Callum and his dad.", FGC_DATE="It was offered on 12 November 2026; dad declined to take part.",
  DIVERSION="We looked at his older sister in Tregwyn but she is in a one bedroom flat. Mediation with dad was offered through the Family Support Service and dad refused. Staying put with his former foster carers is not possible as they have a new placement.",
  REASON="Callum's supported lodgings arrangement ended in October when the host retired. He has been in B&B since and needs stable accommodation so he can start his plumbing course in January.",
  SAFETY_CONCERN="No immediate safety concern, this is a planned move.",
  RISK_TO_SELF="Low. He can become withdrawn when stressed.", RISK_TO_OTHERS="Low. One verbal argument with a B&B guest in November, no violence.",
  RISK_FROM_OTHERS="None known.", EXPLOITATION="None known.", SUBSTANCE_MISUSE="Drinks alcohol at weekends, not thought to be problematic.",
  OFFENDING="Youth caution for criminal damage in 2022, nothing since.", MENTAL_HEALTH="Diagnosed ADHD, takes medication, registered with a GP.",
  SUPPORT_NEEDS="Budgeting and setting up Universal Credit in the new area, support to attend college, cooking and tenancy skills.",
  DATE_NEEDED="21 December 2026 or as soon as possible after that.", CONSENT="Yes, Callum gave consent verbally on 1 December and has signed it.",
  SAFEGUARDING_BASIS="Not applicable."),
 v=dict(FULL_NAME="Callum James Hughes", DATE_OF_BIRTH="2006-08-09", VARIANT="non-emergency", DATE_NEEDED="2026-12-21", CONSENT="yes",
        REFERRER_EMAIL="rhodri.bevan@council.test", PARENT="no", UASC="no", FGC_OFFERED="yes", FGC_DATE="2026-11-12", REFERRER_NAME="Rhodri Bevan"),
))

# ---------------- ref-03 Emergency, docx, boxes, UASC ----------------
REFS.append(dict(
 id="w5-ref-03", layout="docx", tpl=BOXES, render="boxes",
 title="SUPPORTED ACCOMMODATION ASSESSMENT AND REFERRAL FORM - EMERGENCY",
 logo="Sir Drefaen County Council - Children, Families and Communities",
 footer="Sir Drefaen County Council | Supported Accommodation Referral v4.2 (Oct 2026) | OFFICIAL - SENSITIVE when completed",
 frm="carys.llewelyn@council.test",
 subject="URGENT - emergency accommodation referral - Yonas T (UASC, 17)",
 cover="Hi all,\n\nEmergency referral attached for Yonas, 17, UASC. His foster placement ended last night following an incident with another child in the household and he is in the office with me now. He needs a bed from today.\n\nMany thanks,\nCarys Llewelyn\nSocial Worker, UASC and Children Looked After Team\nSir Drefaen County Council\n01597 820 455",
 d=dict(
  VARIANT="Emergency", FULL_NAME="Yonas Tesfaye", DATE_OF_BIRTH="15.01.2009 (assessed age, Merton compliant assessment completed 03/2025)",
  GENDER="Male", LCS_NUMBER="2207815", LEGAL_STATUS="Looked after (s.20)",
  CURRENT_ADDRESS="Was living with foster carers at 27 Ffordd Glan-yr-Afon, Pontrhydfelin, SD14 6LW. Placement ended 03/12/2026. Currently in the Children's Services office.",
  PREFERRED_LOCALITY="Oxford City", UASC="Y", PARENT="N",
  REFERRER_NAME="Carys Llewelyn", REFERRER_ROLE="Social Worker", ORGANISATION="UASC and CLA Team", REFERRER_PHONE="01597 820 455",
  REFERRER_EMAIL="carys.llewelyn@council.test", SOCIAL_WORKER_NAME="As referrer", SOCIAL_WORKER_EMAIL="",
  FGC_OFFERED="N - not applicable, no family in the UK", FGC_DATE="",
  DIVERSION="Yonas has no family in the UK. A cousin in Birmingham was mentioned but could not be traced. Emergency foster placements were searched overnight and none were available.",
  REASON="The foster placement broke down on the evening of 3 December after Yonas and the carers' 15 year old son had a fight. The carers have given immediate notice and Yonas cannot return.",
  SAFETY_CONCERN="Yonas has no placement for tonight. He is 17, speaks limited English and has previously been approached by adults offering him work, so he cannot be left to find his own accommodation.",
  RISK_TO_SELF="Low. He has told staff he has nightmares and sometimes does not eat.",
  RISK_TO_OTHERS="The fight on 3 December was the first incident of violence. Both boys were hurt slightly. No weapons.",
  RISK_FROM_OTHERS="Previous approach by unknown adults at the car wash in Pontrhydfelin in August 2026 offering cash work.",
  EXPLOITATION="Possible labour exploitation risk (see above). NRM not made as there was no evidence of exploitation taking place.",
  SUBSTANCE_MISUSE="None known.", OFFENDING="None.",
  MENTAL_HEALTH="Symptoms of trauma. Referred to the Refugee Wellbeing Service in November 2026.",
  SUPPORT_NEEDS="Tigrinya interpreter for key work, ESOL college support, Home Office appointments, help with cooking and money.",
  DATE_NEEDED="04.12.2026 (today)", CONSENT="Y - via interpreter, 04/12/2026 08:30", SAFEGUARDING_BASIS=""),
 v=dict(FULL_NAME="Yonas Tesfaye", DATE_OF_BIRTH="2009-01-15", VARIANT="emergency", DATE_NEEDED="2026-12-04", CONSENT="yes",
        REFERRER_EMAIL="carys.llewelyn@council.test", PARENT="no", UASC="yes", FGC_OFFERED="no", REFERRER_NAME="Carys Llewelyn"),
))

# ---------------- ref-04 Non-emergency, pdf, portal, parent ----------------
REFS.append(dict(
 id="w5-ref-04", layout="pdf", tpl=PORTAL, render="multi_pair",
 title="Supported Accommodation Referral - Submitted",
 logo="Glanaber County Council | Housing & Children's Services Portal",
 header="04/12/2026, 08:41                Glanaber Portal - Referral GCC-SAR-26-0318",
 footer="https://portal.glanaber.test/referrals/GCC-SAR-26-0318/print                                          1/1",
 frm="owain.jenkins@council.test",
 subject="Referral GCC-SAR-26-0318 - young parent - non-emergency",
 cover="Morning,\n\nI have attached a printout of the referral I submitted on our portal for Jade and her baby, as I understand your team does not have access to it. Jade's PA is copied in.\n\nThanks\nOwain Jenkins\nHousing Options Officer, Glanaber County Council",
 d=dict(
  VARIANT="Non-emergency (planned)", DATE_NEEDED="04 Jan 2027",
  FULL_NAME="Jade Louise Whitfield", DATE_OF_BIRTH="30 May 2005", GENDER="Female", LCS_NUMBER="0871264",
  LEGAL_STATUS="Care leaver", UASC="No", PARENT="Yes - son aged 4 months", PREFERRED_LOCALITY="South Oxfordshire",
  CURRENT_ADDRESS="Room 4, Tŷ Gwyn Family Hostel, 12 Heol Fawr, Aberdyfnant, GL9 3PQ",
  REFERRER_NAME="Owain Jenkins", REFERRER_ROLE="Housing Options Officer", ORGANISATION="Glanaber County Council - Housing Solutions",
  REFERRER_PHONE="01970 611 087", REFERRER_EMAIL="owain.jenkins@council.test",
  SOCIAL_WORKER_NAME="Sioned Parry (Personal Adviser)", SOCIAL_WORKER_EMAIL="sioned.parry@council.test",
  FGC_OFFERED="Yes", FGC_DATE="19 Nov 2026",
  DIVERSION="Jade's mother was approached through the FGC on 19/11/2026 but cannot accommodate Jade and the baby in a two bedroom flat. Mediation was not appropriate as relationships are positive; it is a space issue. The baby's father is not a safe option.",
  REASON="The family hostel is a short-term placement and Jade has been there for 11 weeks. She needs a parent and baby supported placement to build her parenting and tenancy skills before moving on.",
  SAFETY_CONCERN="None - planned move.",
  RISK_TO_SELF="Low.", RISK_TO_OTHERS="None known.",
  RISK_FROM_OTHERS="Baby's father (Aled Moss) - history of controlling behaviour towards Jade. No contact order in place; he does not know the hostel address.",
  EXPLOITATION="None known.", SUBSTANCE_MISUSE="None.", OFFENDING="None.",
  MENTAL_HEALTH="Post-natal depression, supported by the health visitor and GP. Taking sertraline.",
  SUPPORT_NEEDS="Parenting support, budgeting, help to access nursery funding later, continued health visitor input.",
  CONSENT="Yes", SAFEGUARDING_BASIS="-"),
 v=dict(FULL_NAME="Jade Louise Whitfield", DATE_OF_BIRTH="2005-05-30", VARIANT="non-emergency", DATE_NEEDED="2027-01-04", CONSENT="yes",
        REFERRER_EMAIL="owain.jenkins@council.test", PARENT="yes", UASC="no", FGC_OFFERED="yes", FGC_DATE="2026-11-19",
        REFERRER_NAME="Owain Jenkins", SOCIAL_WORKER_EMAIL="sioned.parry@council.test"),
))

# ---------------- ref-05 Non-emergency, docx, boxes -- INVALID: DOB blank ----------------
REFS.append(dict(
 id="w5-ref-05", layout="docx", tpl=BOXES, render="boxes", missing="DATE_OF_BIRTH", blank=("DATE_OF_BIRTH",),
 title="SUPPORTED ACCOMMODATION ASSESSMENT AND REFERRAL FORM - NON-EMERGENCY",
 logo="Sir Drefaen County Council - Children, Families and Communities",
 footer="Sir Drefaen County Council | Supported Accommodation Referral v4.2 (Oct 2026) | OFFICIAL - SENSITIVE when completed",
 frm="bryn.thomas@council.test",
 subject="Referral - Ethan Morgan-Price - non emergency",
 cover="Dear Brokerage,\n\nPlease find attached a non-emergency referral for Ethan Morgan-Price. The FGC took place last week and I have put the details in Part C.\n\nRegards,\nBryn Thomas\nSocial Worker, Family Support and Safeguarding\nSir Drefaen County Council",
 d=dict(
  VARIANT="Non-emergency", FULL_NAME="Ethan Morgan-Price", GENDER="Male", LCS_NUMBER="2219043",
  LEGAL_STATUS="Child in need",
  CURRENT_ADDRESS="14 Clos y Wennol, Llanidwal, SD7 2HF (mother's home)",
  PREFERRED_LOCALITY="West Oxfordshire", UASC="N", PARENT="N",
  REFERRER_NAME="Bryn Thomas", REFERRER_ROLE="Social Worker", ORGANISATION="Family Support and Safeguarding", REFERRER_PHONE="01597 820 390",
  REFERRER_EMAIL="bryn.thomas@council.test", SOCIAL_WORKER_NAME="N/A", SOCIAL_WORKER_EMAIL="",
  FGC_OFFERED="Y", FGC_DATE="26/11/2026",
  DIVERSION="FGC offered and held. Dad lives abroad. Maternal grandparents offered weekend stays only. Mediation sessions with mum took place in October and November but arguments have continued.",
  REASON="Relationship between Ethan and his mother has broken down over the last six months. Mum has asked for him to leave by mid-December and the family plan agreed at the FGC is a planned move into supported accommodation.",
  RISK_TO_SELF="Low", RISK_TO_OTHERS="Verbal aggression towards mum during arguments. No physical violence.",
  RISK_FROM_OTHERS="None known", EXPLOITATION="None known", SUBSTANCE_MISUSE="Cannabis most days, has agreed to see the young people's substance misuse worker.",
  OFFENDING="None", MENTAL_HEALTH="No diagnosis.",
  SUPPORT_NEEDS="Independent living skills, re-engaging with college, family time with mum.",
  DATE_NEEDED="14/12/2026", CONSENT="Y", SAFEGUARDING_BASIS="N/A"),
 v=dict(FULL_NAME="Ethan Morgan-Price", VARIANT="non-emergency", DATE_NEEDED="2026-12-14", CONSENT="yes",
        REFERRER_EMAIL="bryn.thomas@council.test", PARENT="no", UASC="no", FGC_OFFERED="yes", FGC_DATE="2026-11-26", REFERRER_NAME="Bryn Thomas"),
))

# ---------------- ref-06 Emergency, body quick note, consent No with basis ----------------
REFS.append(dict(
 id="w5-ref-06", layout="body", render="custom",
 frm="tomos.griffiths@council.test",
 subject="EMERGENCY referral - Kayden Ashworth - needs a bed today",
 text="""Brokerage - emergency referral, quick version as I'm out on a visit. Full write-up to follow but the facts are:

Emergency referral
Name: Kayden Ashworth
DOB: 02/11/2008
Gender: male
LCS: 1990457
Legal status: care leaver
UASC: no
Parent: no
Now at: sofa at 3 Rhes y Felin, Cwm Isel, GL15 8DD (flat of an older male, see below)
Area wanted: anywhere out of Glanaber, Vale of White Horse preferred
Needed: today 04/12/2026
Immediate safety concern: Kayden is staying in a flat used for drug supply by an older male. Last night he was threatened with a knife for "owing" money. He rang me at 07:40 asking to be moved.
Risk from others: debt bondage, threats of violence
Exploitation: strong indicators of CCE / county lines, NRM referral being made today
Risk to self: says he has thought about "ending it" if he has to go back
Risk to others: carried a knife for protection in the past (Kayden's own account)
Substance misuse: cannabis daily, ketamine at weekends
Offending: possession with intent (2025), YRO completed
Mental health: no diagnosis, low mood
Support needs: intensive key work, distance from current associates, substance misuse worker, PA contact twice a week
FGC offered: no - emergency, family work after placement. Mum's home not safe (her partner)
Diversion: mum and nan approached this morning, neither can take him
Consent: No - Kayden agreed to move but would not agree to us sharing details with police/provider
Basis for sharing without consent: Kayden is at risk of significant harm (threats with a knife and criminal exploitation), so information is being shared without consent under our adult safeguarding duty (Care Act 2014 s.42) and the information sharing agreement.

Referrer: Tomos Griffiths, Personal Adviser, Leaving Care Team, Glanaber County Council
tomos.griffiths@council.test / 07700 900 781

Tomos""",
 v=dict(FULL_NAME="Kayden Ashworth", DATE_OF_BIRTH="2008-11-02", VARIANT="emergency", DATE_NEEDED="2026-12-04", CONSENT="no",
        REFERRER_EMAIL="tomos.griffiths@council.test", PARENT="no", UASC="no", FGC_OFFERED="no", REFERRER_NAME="Tomos Griffiths"),
))

# ---------------- ref-07 Non-emergency, docx, Y/N columns ----------------
REFS.append(dict(
 id="w5-ref-07", layout="docx", tpl=YN, render="yn_table",
 title="Supported Accommodation Assessment and Referral Form (Non-Emergency)",
 logo="Cyngor Bwrdeistref Sirol Nant Ceiriog / Nant Ceiriog County Borough Council",
 footer="Return to the Brokerage (Placements) Team. Incomplete forms will be returned. Form SAR-2 rev. 09/2026",
 frm="eleri.vaughan@council.test",
 subject="Non-emergency referral: Seren Watkins",
 cover="Hello,\n\nPlease find attached a non-emergency referral for Seren Watkins, 18. She is currently with her former foster carer under a staying close arrangement that ends mid-December.\n\nBest wishes,\nEleri Vaughan\nPersonal Adviser, 16+ Team\nNant Ceiriog County Borough Council",
 d=dict(
  VARIANT="Non-emergency", FULL_NAME="Seren Angharad Watkins", DATE_OF_BIRTH="17th April 2008", GENDER="Female",
  LCS_NUMBER="3001562", CURRENT_ADDRESS="Bryn Awel, 5 Lôn Ddu, Cefn Hirwaun, NC4 5JS", PREFERRED_LOCALITY="Vale of White Horse",
  LEGAL_STATUS="Care leaver",
  UASC=("N", ""), PARENT=("N", ""), FGC_OFFERED=("Y", "Offered on 5 November 2026. Seren's birth family declined; her former foster carers attended."),
  CONSENT=("Y", "Seren signed the consent on 30/11/2026."),
  REFERRER_NAME="Eleri Vaughan", REFERRER_ROLE="Personal Adviser", ORGANISATION="16+ Team, Nant Ceiriog CBC",
  REFERRER_EMAIL="eleri.vaughan@council.test", REFERRER_PHONE="01686 552 730", SOCIAL_WORKER_NAME="N/A", SOCIAL_WORKER_EMAIL="N/A",
  DIVERSION="Former foster carers offered a short extension but are moving house in January. Birth mother's home is not assessed as safe. No other family options.",
  REASON="Seren's staying close arrangement ends on 18 December 2026. She wants to live nearer her university foundation course and needs a supported step before her own tenancy.",
  SAFETY_CONCERN="None - planned move.",
  RISK_TO_SELF="Historic overdose (2024). No incidents this year; safety plan in place.", RISK_TO_OTHERS="None.",
  RISK_FROM_OTHERS="Birth mother's ex-partner; no contact since 2023.", EXPLOITATION="Previously assessed for CSE risk in 2023, closed in 2024.",
  SUBSTANCE_MISUSE="None.", OFFENDING="None.", MENTAL_HEALTH="Anxiety; sees a counsellor at the university wellbeing service.",
  SUPPORT_NEEDS="Low to medium support: budgeting, cooking, maintaining education.",
  DATE_NEEDED="18/12/2026", SAFEGUARDING_BASIS="N/A - consent given"),
 v=dict(FULL_NAME="Seren Angharad Watkins", DATE_OF_BIRTH="2008-04-17", VARIANT="non-emergency", DATE_NEEDED="2026-12-18", CONSENT="yes",
        REFERRER_EMAIL="eleri.vaughan@council.test", PARENT="no", UASC="no", FGC_OFFERED="yes", FGC_DATE="2026-11-05", REFERRER_NAME="Eleri Vaughan"),
))

# ---------------- ref-08 Emergency, body, reply above pasted form ----------------
REFS.append(dict(
 id="w5-ref-08", layout="body", render="custom",
 frm="sian.powell@council.test",
 subject="RE: Emergency referral - Tyler Brennan",
 text="""Hi Mared,

Yes - apologies, I sent the form to the old mailbox last night. It is pasted again below. Tyler is at the police station with the appropriate adult this morning and will need a bed from tomorrow (5th), when he turns 16. He cannot go home.

Thanks
Siân

Siân Powell | Social Worker | Out of Hours and Duty Team | Glanaber County Council | 01970 600 200

________________________________
From: Mared Hopkins <mared.hopkins@council.test>
Sent: 04 December 2026 08:12
To: Siân Powell <sian.powell@council.test>
Subject: Emergency referral - Tyler Brennan

Siân, can you resend the form to the Brokerage inbox please? Thanks, Mared

________________________________
EMERGENCY SUPPORTED ACCOMMODATION REFERRAL

Type of referral: Emergency
Young person's full name: Tyler Brennan
Date of birth: 05/12/2010
Gender: Male
LCS number: 2311008
Current address: 41 Stryd Fawr, Tregwyn, GL3 1EX (family home - cannot return)
Preferred locality: Oxford City
Legal status: Child in need - s.47 enquiry open
UASC: No
Parent: No

Referrer name: Siân Powell
Referrer role: Social Worker (duty)
Organisation/team: Glanaber County Council, Out of Hours and Duty Team
Referrer email: sian.powell@council.test
Referrer phone: 01970 600 200
Allocated social worker: Mared Hopkins
Allocated social worker email: mared.hopkins@council.test

Family Group Conference offered: No - emergency; FGC will be offered once Tyler is safe
Date FGC offered:
Diversion explored: Maternal uncle approached but he lives in the same street as the adult involved. No other family.

Reason for referral: Tyler was found at 01:30 on 4 December in a car with two adult males after being reported missing. His mother's partner is suspected of involving him in drug running and mum has said she will not stop the partner living at the house.
Immediate safety concern: Tyler cannot return to an address where an adult suspected of exploiting him lives. He needs somewhere safe from tomorrow; he will stay in an emergency foster placement tonight only.
Risk to self: Goes missing, has slept outside.
Risk to others: None known.
Risk from others: Mother's partner and two unknown adult males.
Exploitation: High risk of child criminal exploitation; strategy meeting held 04/12/2026.
Substance misuse: Cannabis.
Offending: No convictions.
Mental health: Not known to CAMHS.
Support needs: 24 hour staffed setting, education re-engagement, a consistent key worker.

Date accommodation needed: 05/12/2026
Consent to referral and information sharing: Yes (Tyler and his mother both agreed on 04/12/2026)
""",
 v=dict(FULL_NAME="Tyler Brennan", DATE_OF_BIRTH="2010-12-05", VARIANT="emergency", DATE_NEEDED="2026-12-05", CONSENT="yes",
        REFERRER_EMAIL="sian.powell@council.test", PARENT="no", UASC="no", FGC_OFFERED="no", REFERRER_NAME="Siân Powell",
        SOCIAL_WORKER_EMAIL="mared.hopkins@council.test"),
))

# ---------------- ref-09 Non-emergency, docx, bilingual ----------------
REFS.append(dict(
 id="w5-ref-09", layout="docx", tpl=GLAN_BI, render="two_col",
 title="Ffurflen Asesu ac Atgyfeirio Llety â Chymorth / Supported Accommodation Assessment and Referral Form",
 logo="CYNGOR SIR GLANABER | GLANABER COUNTY COUNCIL", footer=GLAN_FOOT,
 frm="dafydd.morris@council.test",
 subject="Atgyfeiriad / Referral - Niamh O'Connell - non-emergency",
 cover="Dear colleagues,\n\nPlease find attached a non-emergency referral for Niamh O'Connell, who is under our Community Mental Health Team and is due to be discharged from the step-down unit. I would be grateful if you could confirm receipt.\n\nYours sincerely,\nDafydd Morris\nCare Coordinator, Community Mental Health Team (Adults)\nGlanaber County Council",
 d=dict(
  VARIANT="☐ Argyfwng / Emergency   ☒ Dim argyfwng / Non-emergency",
  FULL_NAME="Niamh Bridget O'Connell", DATE_OF_BIRTH="11/02/2004", GENDER="Female", LCS_NUMBER="Not known to children's services",
  CURRENT_ADDRESS="Ward 3, Uned Camu, Ysbyty Cwm Teg, Tregwyn, GL3 9NN (step-down unit)",
  PREFERRED_LOCALITY="Oxford City", LEGAL_STATUS="Not known to social care",
  UASC="☐ Ydy / Yes  ☒ Nac ydy / No", PARENT="☐ Ydy / Yes  ☒ Nac ydy / No",
  REFERRER_NAME="Dafydd Morris", REFERRER_ROLE="Care Coordinator (CPN)", ORGANISATION="Community Mental Health Team (Adults)",
  REFERRER_EMAIL="dafydd.morris@council.test", REFERRER_PHONE="01970 645 112",
  SOCIAL_WORKER_NAME="Dim / None", SOCIAL_WORKER_EMAIL="",
  FGC_OFFERED="☒ Ydy / Yes  ☐ Nac ydy / No", FGC_DATE="28/10/2026",
  DIVERSION="An FGC was offered on 28/10/2026. Niamh's father attended one planning meeting but cannot offer a home. Her mother lives in Ireland. A friend's offer of a room fell through in November.",
  REASON="Niamh was admitted informally in September after a crisis. She is now well enough for discharge but lost her private tenancy while in hospital. She needs supported accommodation to avoid being discharged into homelessness.",
  SAFETY_CONCERN="Amherthnasol / Not applicable",
  RISK_TO_SELF="Overdose in September 2026 leading to admission. Currently assessed as low to moderate with a crisis plan.",
  RISK_TO_OTHERS="None.", RISK_FROM_OTHERS="None known.", EXPLOITATION="None known.",
  SUBSTANCE_MISUSE="Alcohol misuse in the past; abstinent since admission.", OFFENDING="None.",
  MENTAL_HEALTH="Emotionally unstable personality disorder diagnosis; weekly CPN visits will continue after discharge.",
  SUPPORT_NEEDS="Medication prompts, help with benefits (PIP application), structured day activities, weekly CPN visit.",
  DATE_NEEDED="29/12/2026", CONSENT="☒ Ydy / Yes  ☐ Nac ydy / No - signed 25/11/2026", SAFEGUARDING_BASIS="Amherthnasol / N/A"),
 v=dict(FULL_NAME="Niamh Bridget O'Connell", DATE_OF_BIRTH="2004-02-11", VARIANT="non-emergency", DATE_NEEDED="2026-12-29", CONSENT="yes",
        REFERRER_EMAIL="dafydd.morris@council.test", PARENT="no", UASC="no", FGC_OFFERED="yes", FGC_DATE="2026-10-28", REFERRER_NAME="Dafydd Morris"),
))

# ---------------- ref-10 Emergency, pdf, portal ----------------
REFS.append(dict(
 id="w5-ref-10", layout="pdf", tpl=PORTAL, render="multi_pair",
 title="Supported Accommodation Referral - Submitted",
 logo="Glanaber County Council | Housing & Children's Services Portal",
 header="03/12/2026, 18:55                Glanaber Portal - Referral GCC-SAR-26-0322",
 footer="https://portal.glanaber.test/referrals/GCC-SAR-26-0322/print                                          1/1",
 frm="lowri.ashton@council.test",
 subject="Emergency referral GCC-SAR-26-0322 - Mason Doyle",
 cover="Brokerage,\n\nPrintout of emergency referral attached for Mason Doyle, 19, who is open to the Youth Justice Service. He is in temporary accommodation for two nights only following threats. I will be in the office from 9 if you need more information.\n\nLowri Ashton\nCase Manager, Youth Justice Service, Glanaber County Council\n07700 900 218",
 d=dict(
  VARIANT="EMERGENCY", DATE_NEEDED="04 Dec 2026",
  FULL_NAME="Mason Doyle", DATE_OF_BIRTH="25 Sep 2007", GENDER="Male", LCS_NUMBER="1450332",
  LEGAL_STATUS="Care leaver", UASC="No", PARENT="No", PREFERRED_LOCALITY="Out of county",
  CURRENT_ADDRESS="Premier Stay Hotel, Parc Busnes Aberdyfnant, GL9 7TT (emergency TA, 2 nights from 02/12/2026)",
  REFERRER_NAME="Lowri Ashton", REFERRER_ROLE="Case Manager", ORGANISATION="Youth Justice Service",
  REFERRER_PHONE="07700 900 218", REFERRER_EMAIL="lowri.ashton@council.test",
  SOCIAL_WORKER_NAME="Gareth Lyons (PA)", SOCIAL_WORKER_EMAIL="gareth.lyons@council.test",
  FGC_OFFERED="No", FGC_DATE="",
  DIVERSION="Father's address is within the area where the threats were made. Grandparents declined. No friends able to help.",
  REASON="Mason gave a witness statement in a serious assault case. Since then he has received threats on social media and his flat window was smashed on 01/12/2026. He cannot return to the flat and his temporary accommodation ends today.",
  SAFETY_CONCERN="Credible threats to his life from associates of the accused. Police have issued an Osman warning (TVP ref 43260185220). He needs to be placed outside the area today.",
  RISK_TO_SELF="Low.", RISK_TO_OTHERS="Previous conviction for affray (2024). Engaging well with YJS since.",
  RISK_FROM_OTHERS="High - see threats above.", EXPLOITATION="Historic CCE concerns (2023), not current.",
  SUBSTANCE_MISUSE="Alcohol at weekends.", OFFENDING="Affray (2024) - referral order completed.",
  MENTAL_HEALTH="Anxiety and poor sleep since the threats.",
  SUPPORT_NEEDS="Placement out of the area, no disclosure of address, support with witness care, education and training.",
  CONSENT="Yes", SAFEGUARDING_BASIS="-"),
 v=dict(FULL_NAME="Mason Doyle", DATE_OF_BIRTH="2007-09-25", VARIANT="emergency", DATE_NEEDED="2026-12-04", CONSENT="yes",
        REFERRER_EMAIL="lowri.ashton@council.test", PARENT="no", UASC="no", FGC_OFFERED="no", REFERRER_NAME="Lowri Ashton",
        SOCIAL_WORKER_EMAIL="gareth.lyons@council.test"),
))

# ---------------- ref-11 Emergency, body colon -- INVALID: consent left out ----------------
REFS.append(dict(
 id="w5-ref-11", layout="body", tpl=COLON, render="t_colon", missing="CONSENT", omit=("CONSENT", "SAFEGUARDING_BASIS"),
 frm="heledd.price@council.test",
 subject="Emergency accommodation referral - L Farrow (17)",
 pre="Good morning,\n\nPlease see emergency referral below for Leah. She was brought to the office by school yesterday afternoon and spent the night with an emergency carer.\n\nEMERGENCY REFERRAL - SUPPORTED ACCOMMODATION\n",
 post="\n\nMany thanks\nHeledd Price\nSocial Worker, Children's Safeguarding Team (South)\nGlanaber County Council",
 d=dict(
  VARIANT="Emergency", DATE_NEEDED="04/12/2026",
  FULL_NAME="Leah Farrow", DATE_OF_BIRTH="03/10/2009", GENDER="Female", LCS_NUMBER="1762290",
  CURRENT_ADDRESS="Emergency carer (one night) - address withheld", PREFERRED_LOCALITY="West Oxfordshire",
  LEGAL_STATUS="Child in need", UASC="N", PARENT="N",
  REFERRER_NAME="Heledd Price", REFERRER_ROLE="Social Worker", ORGANISATION="Children's Safeguarding Team (South)",
  REFERRER_EMAIL="heledd.price@council.test", REFERRER_PHONE="01970 628 904", SOCIAL_WORKER_NAME="n/a", SOCIAL_WORKER_EMAIL="n/a",
  FGC_OFFERED="N", FGC_DATE="n/a", DIVERSION="Mum's friend approached, declined. Dad's whereabouts unknown.",
  REASON="Leah told her head of year that her mum had locked her out for three nights last week and that there is no food in the house. Mum has told us she does not want Leah back.",
  SAFETY_CONCERN="The emergency carer can only offer one night. Leah has nowhere to go tonight and has said she would sleep at her 24 year old boyfriend's flat.",
  RISK_TO_SELF="Not eating properly. No self-harm known.", RISK_TO_OTHERS="None.",
  RISK_FROM_OTHERS="24 year old boyfriend - age gap concern.", EXPLOITATION="CSE screening tool completed 03/12/2026 - medium risk.",
  SUBSTANCE_MISUSE="Alcohol with older friends.", OFFENDING="None.", MENTAL_HEALTH="School counsellor involved.",
  SUPPORT_NEEDS="Staffed placement, school transport, key work on healthy relationships."),
 v=dict(FULL_NAME="Leah Farrow", DATE_OF_BIRTH="2009-10-03", VARIANT="emergency", DATE_NEEDED="2026-12-04",
        REFERRER_EMAIL="heledd.price@council.test", PARENT="no", UASC="no", REFERRER_NAME="Heledd Price"),
))

# ---------------- ref-12 Non-emergency, docx, numbered table ----------------
REFS.append(dict(
 id="w5-ref-12", layout="docx", tpl=NUMQ, render="numbered",
 title="Supported Accommodation Assessment and Referral - Non-Emergency",
 logo="Cyngor Sir Glanaber / Glanaber County Council - Tîm Teuluoedd / Families Team",
 footer="Please answer every question. Return by email to the Brokerage (Placements) Team. Ref: GCC/CS/SAR/NE",
 frm="angharad.wyn@council.test",
 subject="Non-emergency referral - Osian Davies (16)",
 cover="Hi,\n\nAttached is a non-emergency referral for Osian Davies, 16. The FGC was held last week and the family plan is for him to move to supported accommodation after Christmas.\n\nDiolch,\nAngharad Wyn\nSocial Worker, Families Team\nGlanaber County Council",
 d=dict(
  VARIANT="Non-emergency", FULL_NAME="Osian Llŷr Davies", DATE_OF_BIRTH="19/01/2010", GENDER="Male", LCS_NUMBER="2008716",
  CURRENT_ADDRESS="With his father at 8 Heol yr Orsaf, Pontrhydfelin, GL22 3BN", PREFERRED_LOCALITY="Cherwell",
  LEGAL_STATUS="Child in need", UASC="No", PARENT="No",
  REFERRER_NAME="Angharad Wyn", REFERRER_ROLE="Social Worker", ORGANISATION="Glanaber County Council, Families Team",
  REFERRER_EMAIL="angharad.wyn@council.test", REFERRER_PHONE="01970 617 455",
  SOCIAL_WORKER_NAME="I am the allocated social worker.",
  FGC_OFFERED="Yes", FGC_DATE="Offered on 24/11/2026 and held on 27/11/2026.",
  DIVERSION="Mediation with dad took place over four sessions in October and November. Paternal aunt offered respite at weekends, which will continue.",
  REASON="Osian and his father have agreed at the FGC that living together is no longer working. Dad has a new partner and there have been repeated arguments. The family plan is a planned move with regular contact.",
  SAFETY_CONCERN="No immediate safety concern.",
  RISK_TO_SELF="Low.", RISK_TO_OTHERS="Low.", RISK_FROM_OTHERS="None.", EXPLOITATION="None known.",
  SUBSTANCE_MISUSE="None.", OFFENDING="None.", MENTAL_HEALTH="Dyslexia, no mental health diagnosis.",
  SUPPORT_NEEDS="Help with cooking, money and getting to his apprenticeship.",
  DATE_NEEDED="4 January 2027", CONSENT="Yes, Osian and his father both consented at the FGC on 27/11/2026.",
  SAFEGUARDING_BASIS="Not applicable."),
 v=dict(FULL_NAME="Osian Llŷr Davies", DATE_OF_BIRTH="2010-01-19", VARIANT="non-emergency", DATE_NEEDED="2027-01-04", CONSENT="yes",
        REFERRER_EMAIL="angharad.wyn@council.test", PARENT="no", UASC="no", FGC_OFFERED="yes", FGC_DATE="2026-11-24", REFERRER_NAME="Angharad Wyn"),
))

# ---------------- ref-13 Emergency, docx, Y/N columns, parent ----------------
REFS.append(dict(
 id="w5-ref-13", layout="docx", tpl=YN, render="yn_table",
 title="Supported Accommodation Assessment and Referral Form (EMERGENCY)",
 logo="Cyngor Bwrdeistref Sirol Nant Ceiriog / Nant Ceiriog County Borough Council",
 footer="Return to the Brokerage (Placements) Team. Incomplete forms will be returned. Form SAR-1 rev. 09/2026",
 frm="nia.roberts@council.test",
 subject="EMERGENCY - referral for young mum and baby - Bethan Lloyd",
 cover="Good morning,\n\nI am attaching an emergency referral for Bethan Lloyd (22) and her 10 month old daughter. Bethan fled her partner last night after a domestic abuse incident and is in a refuge room that has to be vacated today.\n\nThank you\nNia Roberts\nPersonal Adviser, 16+ Team\nNant Ceiriog County Borough Council\n01686 552 741",
 d=dict(
  VARIANT="EMERGENCY", FULL_NAME="Bethan Mair Lloyd", DATE_OF_BIRTH="28/12/2003", GENDER="Female",
  LCS_NUMBER="0650981", CURRENT_ADDRESS="Emergency refuge room (address confidential)", PREFERRED_LOCALITY="Out of county",
  LEGAL_STATUS="Care leaver",
  UASC=("N", ""), PARENT=("Y", "Daughter, 10 months old, will be placed with Bethan."), FGC_OFFERED=("N", "Emergency - family options will be revisited after placement."),
  CONSENT=("Y", "Verbal consent 03/12/2026 at 23:10, confirmed in writing this morning."),
  REFERRER_NAME="Nia Roberts", REFERRER_ROLE="Personal Adviser", ORGANISATION="16+ Team, Nant Ceiriog CBC",
  REFERRER_EMAIL="nia.roberts@council.test", REFERRER_PHONE="01686 552 741", SOCIAL_WORKER_NAME="Child's social worker: Ffion Rowlands", SOCIAL_WORKER_EMAIL="ffion.rowlands@council.test",
  DIVERSION="Bethan's sister lives two streets from the partner. Refuge spaces in Wales full as of this morning.",
  REASON="Bethan's partner strangled her on the evening of 3 December. Police arrested him and he has since been bailed with conditions. A MARAC referral has been made.",
  SAFETY_CONCERN="Bethan and her baby need to be placed today outside the area. The refuge room is for one night only and the partner's family know the area.",
  RISK_TO_SELF="Low.", RISK_TO_OTHERS="None.",
  RISK_FROM_OTHERS="Very high risk of domestic abuse from ex-partner (DASH 19).", EXPLOITATION="None known.",
  SUBSTANCE_MISUSE="None.", OFFENDING="None.", MENTAL_HEALTH="Anxiety.",
  SUPPORT_NEEDS="Parent and baby placement, IDVA support, registration with GP and health visitor.",
  DATE_NEEDED="04/12/2026", SAFEGUARDING_BASIS="N/A"),
 v=dict(FULL_NAME="Bethan Mair Lloyd", DATE_OF_BIRTH="2003-12-28", VARIANT="emergency", DATE_NEEDED="2026-12-04", CONSENT="yes",
        REFERRER_EMAIL="nia.roberts@council.test", PARENT="yes", UASC="no", FGC_OFFERED="no", REFERRER_NAME="Nia Roberts",
        SOCIAL_WORKER_EMAIL="ffion.rowlands@council.test"),
))

# ---------------- ref-14 Non-emergency, pdf, portal ----------------
REFS.append(dict(
 id="w5-ref-14", layout="pdf", tpl=PORTAL, render="multi_pair",
 title="Supported Accommodation Referral - Submitted",
 logo="Glanaber County Council | Housing & Children's Services Portal",
 header="03/12/2026, 16:20                Glanaber Portal - Referral GCC-SAR-26-0320",
 footer="https://portal.glanaber.test/referrals/GCC-SAR-26-0320/print                                          1/1",
 frm="cerys.hale@council.test",
 subject="Referral GCC-SAR-26-0320 - Harvey Stott (non-emergency)",
 cover="Hi Brokerage,\n\nPlease see the attached referral for Harvey Stott. He has been offered an FGC and the family agree he needs a planned move next week.\n\nKind regards\nCerys Hale\nPersonal Adviser, Leaving Care Team, Glanaber County Council",
 d=dict(
  VARIANT="Non-emergency", DATE_NEEDED="11 Dec 2026",
  FULL_NAME="Harvey Stott", DATE_OF_BIRTH="02 Feb 2008", GENDER="Male", LCS_NUMBER="1603374",
  LEGAL_STATUS="Care leaver", UASC="No", PARENT="No", PREFERRED_LOCALITY="Cherwell",
  CURRENT_ADDRESS="Former foster home, Ty'n y Coed, Llanfarian Fach, GL23 6AA",
  REFERRER_NAME="Cerys Hale", REFERRER_ROLE="Personal Adviser", ORGANISATION="Leaving Care Team",
  REFERRER_PHONE="01970 633 219", REFERRER_EMAIL="cerys.hale@council.test",
  SOCIAL_WORKER_NAME="-", SOCIAL_WORKER_EMAIL="-",
  FGC_OFFERED="Yes", FGC_DATE="30 Nov 2026",
  DIVERSION="FGC offered 30/11/2026. Birth family contact is limited; older brother cannot accommodate. Foster carers can keep Harvey until 11/12/2026 only.",
  REASON="Harvey's foster carers are retiring and the arrangement ends on 11 December. He needs supported accommodation near his work placement.",
  SAFETY_CONCERN="None.",
  RISK_TO_SELF="None known.", RISK_TO_OTHERS="None known.", RISK_FROM_OTHERS="None known.",
  EXPLOITATION="None.", SUBSTANCE_MISUSE="None.", OFFENDING="None.", MENTAL_HEALTH="No concerns.",
  SUPPORT_NEEDS="Low support: budgeting, bills, keeping his job.",
  CONSENT="Yes", SAFEGUARDING_BASIS="-"),
 v=dict(FULL_NAME="Harvey Stott", DATE_OF_BIRTH="2008-02-02", VARIANT="non-emergency", DATE_NEEDED="2026-12-11", CONSENT="yes",
        REFERRER_EMAIL="cerys.hale@council.test", PARENT="no", UASC="no", FGC_OFFERED="yes", FGC_DATE="2026-11-30", REFERRER_NAME="Cerys Hale"),
))
