from lib import *
CC = "WYCHWOOD COUNTY COUNCIL  |  Children, Education & Families  [crest]"

# ---------- ref-08 Non-emergency, docx above ----------
form(id="w4-ref-08", form="referral", layout="docx", style="above",
 frm="nathan.briggs@council.test", subject="Non-emergency SAAR - Ellie-Mae Goddard (17)",
 body="""Hello Brokerage,

Attached is a planned (non-emergency) referral for Ellie-Mae Goddard. FGC took place on 12th Nov and the family plan is for her to move out in a planned way with contact with dad continuing. Ideally she would move on 14/12 so she is settled before Christmas.

Any questions give me a call.

Nathan Briggs
Social Worker | Assessment Team North
T: 01632 960 419""",
 doc=dict(logo=CC, title="Supported Accommodation Assessment and Referral Form (Non-Emergency)", footer="CEF/YPSA/01-NE v4.1 | OFFICIAL-SENSITIVE when complete | Page 1",
   intro="Please note: a Family Group Conference MUST have been offered before a non-emergency referral is made."),
 items=[H("Part 1: Young person"),
  F("FULL_NAME","Full name","Ellie-Mae GODDARD", hint="(first name, SURNAME)"),
  F("DATE_OF_BIRTH","Date of birth","04/04/2009","2009-04-04"),
  F("GENDER","Gender","Female"),
  F("LCS_NUMBER","LCS no.","1176230"),
  F("CURRENT_ADDRESS","Current address","2 Juniper Gardens, Wexley Green, OX96 8HL (father & stepmother)", long=True),
  F("PREFERRED_LOCALITY","Preferred locality","Vale of White Horse"),
  F("LEGAL_STATUS","Legal status","Child in Need"),
  F("UASC","UASC","No"),
  F("PARENT","Young parent?","No"),
  H("Part 2: Referrer and allocated worker"),
  F("REFERRER_NAME","Referrer name","Nathan Briggs"),
  F("REFERRER_ROLE","Role","Social Worker"),
  F("ORGANISATION","Organisation / team","Assessment Team North, WCC"),
  F("REFERRER_EMAIL","Email","nathan.briggs@council.test"),
  F("REFERRER_PHONE","Telephone","01632 960 419"),
  F("SOCIAL_WORKER_NAME","Social worker / PA (if not referrer)","Same"),
  F("SOCIAL_WORKER_EMAIL","Social worker / PA email","Same"),
  H("Part 3: Diversion - family & friends"),
  F("FGC_OFFERED","Family Group Conference offered?","☒ Yes  ☐ No","yes"),
  F("FGC_DATE","Date FGC offered / held","Offered 28/10/2026, held 12/11/2026","2026-10-28"),
  F("DIVERSION","Other diversion (family/friends, mediation, restorative work)","Mediation with stepmother x3 sessions (Oct-Nov) via Family Solutions. Paternal aunt considered at FGC - cannot accommodate. Plan agreed at FGC: planned move to supported accommodation with weekly contact with dad.", long=True),
  H("Part 4: Reason and risks"),
  F("REASON","Reason for referral","Long-standing conflict with stepmother; two younger half-siblings in the home. Ellie-Mae and family agree she cannot remain long term. No immediate risk - she is safe at home until a place is found.", long=True),
  F("RISK_TO_SELF","Risk to self","Low"),
  F("RISK_TO_OTHERS","Risk to others","Low - verbal arguments only"),
  F("RISK_FROM_OTHERS","Risk from others","None known"),
  F("EXPLOITATION","Exploitation","None"),
  F("SUBSTANCE_MISUSE","Substance misuse","Occasional alcohol"),
  F("OFFENDING","Offending","None"),
  F("MENTAL_HEALTH","Mental health","Anxiety - school counsellor; no CAMHS", long=True),
  F("SUPPORT_NEEDS","Support needs","Independent living skills (never cooked), budgeting, stay in sixth form (Year 13 at Wexley School), keep part-time job at café.", long=True),
  H("Part 5: Date and consent"),
  F("DATE_NEEDED","Date accommodation needed","14/12/2026","2026-12-14"),
  F("CONSENT","YP consent to referral & information sharing","☒ Yes  ☐ No","yes"),
  F("SAFEGUARDING_BASIS","If no - reason for sharing without consent","N/A"),
 ], extra=dict(VARIANT="non-emergency", UASC="no", PARENT="no"))

# ---------- ref-09 Non-emergency, body numbered ----------
form(id="w4-ref-09", form="referral", layout="body", style="numbered",
 frm="jess.okonkwo@council.test", subject="Referral for supported accommodation (non-emergency) - Callum Fraser-Reid",
 pre="""Dear Brokerage,

I couldn't get the Word version to save so I've answered the questions from the non-emergency SAAR below in order. Callum's Staying Put arrangement ends on 3rd January when his carers retire and move away, so this is a planned move.

NON-EMERGENCY SUPPORTED ACCOMMODATION ASSESSMENT AND REFERRAL
""",
 post="""Thanks,

Jess Okonkwo
Leaving Care Personal Adviser (16-21 North)
Wychwood County Council
01632 960 655""",
 items=[
  F("FULL_NAME","Young person's full name","Callum Fraser-Reid"),
  F("DATE_OF_BIRTH","Date of birth","3rd October 2007","2007-10-03"),
  F("GENDER","Gender","Male"),
  F("LCS_NUMBER","LCS number","1048851"),
  F("CURRENT_ADDRESS","Current address","Staying Put with former foster carers - 9 Orchard Way, Tadbury OX95 2LF"),
  F("PREFERRED_LOCALITY","Preferred locality","Cherwell (works in Banford)"),
  F("LEGAL_STATUS","Legal status","Care leaver (relevant child until 18, now former relevant)"),
  F("UASC","UASC?","No"),
  F("PARENT","Is the young person a parent?","No"),
  F("REFERRER_NAME","Referrer name","Jess Okonkwo"),
  F("REFERRER_ROLE","Referrer role","Leaving Care PA"),
  F("ORGANISATION","Organisation/team","Leaving Care 16-21 North"),
  F("REFERRER_EMAIL","Referrer email","jess.okonkwo@council.test"),
  F("REFERRER_PHONE","Referrer phone","01632 960 655"),
  F("SOCIAL_WORKER_NAME","SW/PA if not referrer","N/A - I'm his PA"),
  F("SOCIAL_WORKER_EMAIL","SW/PA email","N/A"),
  F("FGC_OFFERED","Has an FGC been offered?","Yes - offered 09/11/26. Callum declined (no contact with birth family) but it was offered.","yes"),
  F("FGC_DATE","Date FGC offered","09/11/2026","2026-11-09"),
  F("DIVERSION","What diversion has been explored?","Explored staying with older brother (brother's partner said no). Private rented with guarantor scheme explored - nothing affordable at his wage yet. Mediation not applicable."),
  F("REASON","Reason for referral","Staying Put ends 03/01/27 as carers are retiring and relocating to Cornwall. Callum needs an 18+ shared house for 12-18 months to build up savings and skills before his own tenancy."),
  F("RISK_TO_SELF","Risk to self","None"),
  F("RISK_TO_OTHERS","Risk to others","None"),
  F("RISK_FROM_OTHERS","Risk from others","None known"),
  F("EXPLOITATION","Exploitation","None"),
  F("SUBSTANCE_MISUSE","Substance misuse","None"),
  F("OFFENDING","Offending","None"),
  F("MENTAL_HEALTH","Mental health","Dyslexia (not MH). No MH concerns."),
  F("SUPPORT_NEEDS","Support needs","Budgeting (apprentice wage), cooking, help with letters/forms due to dyslexia, keep apprenticeship at Banford Motors."),
  F("DATE_NEEDED","Date accommodation needed","04/01/2027 (Monday) - a few days either side is fine","2027-01-04"),
  F("CONSENT","Does the young person consent to the referral and information sharing?","Yes, signed consent on file"),
 ], extra=dict(VARIANT="non-emergency", UASC="no", PARENT="no", CONSENT="yes"))

# ---------- ref-10 Non-emergency, docx twocol, parent, housing officer ----------
form(id="w4-ref-10", form="referral", layout="docx", style="twocol",
 frm="dominic.hale@council.test", subject="SAAR (non emergency) Lena Kowalczyk + daughter",
 body="""Hi,

Please see attached non-emergency referral for Lena (18) and her daughter Maja (14 months). Completed jointly with her PA Sian Morgan-Reeve who is copied in. Lena is in temporary accommodation (B&B) which is not suitable long term for a toddler - we have until 21/12 before the 6-week B&B limit.

Dominic Hale
Housing Options Officer (Young People)
Cherwell District Housing  |  01632 960 990""",
 doc=dict(logo="Cherwell District Council  -  Housing Options  &  Wychwood County Council Children's Services (joint form)", title="Supported Accommodation Assessment and Referral Form - NON-EMERGENCY", footer="Joint housing/CSC form  |  CEF/YPSA/01-NE  |  OFFICIAL-SENSITIVE"),
 items=[H("1. Young person"),
  F("FULL_NAME","Name of young person","Lena KOWALCZYK"),
  F("DATE_OF_BIRTH","Date of birth","01.12.2008","2008-12-01"),
  F("GENDER","Gender","F"),
  F("LCS_NUMBER","LCS number","1160045"),
  F("CURRENT_ADDRESS","Current address","Temporary accommodation - Room 12, Station Hotel, Banford OX94 1EE"),
  F("PREFERRED_LOCALITY","Preferred locality","Cherwell"),
  F("LEGAL_STATUS","Legal status","Care leaver (former relevant)"),
  F("UASC","UASC","☐ Y  ☒ N","no"),
  F("PARENT","Parent (if yes, child's name/DOB)","☒ Y  ☐ N  - Maja Kowalczyk, 05/10/2025","yes"),
  H("2. Referrer"),
  F("REFERRER_NAME","Referrer","Dominic Hale"),
  F("REFERRER_ROLE","Role","Housing Options Officer (Young People)"),
  F("ORGANISATION","Organisation","Cherwell District Housing"),
  F("REFERRER_EMAIL","Email","dominic.hale@council.test"),
  F("REFERRER_PHONE","Phone","01632 960 990"),
  F("SOCIAL_WORKER_NAME","Social Worker / Leaving Care PA","Sian Morgan-Reeve (PA)"),
  F("SOCIAL_WORKER_EMAIL","SW / PA email","sian.morgan-reeve@council.test"),
  H("3. Diversion"),
  F("FGC_OFFERED","FGC offered?","Yes"),
  F("FGC_DATE","FGC offered on","13th November 2026","2026-11-13"),
  F("DIVERSION","Diversion explored","FGC offered 13/11 - Lena's mother attended but cannot house her (1 bed flat). Maja's father not involved. Private rented explored with deposit scheme - no landlord would accept."),
  H("4. Reason / risk"),
  F("REASON","Reason for referral","Lena lost her private tenancy in October (landlord sale, s21). In B&B since 09/11. Needs parent & child supported accommodation to build independence before a social housing bid."),
  F("RISK_TO_SELF","Risk to self","Low"),
  F("RISK_TO_OTHERS","Risk to others","Low"),
  F("RISK_FROM_OTHERS","Risk from others","Low - Maja's father has not been in contact since May"),
  F("EXPLOITATION","Exploitation","None known"),
  F("SUBSTANCE_MISUSE","Substance misuse","None"),
  F("OFFENDING","Offending","None"),
  F("MENTAL_HEALTH","Mental health","Mild anxiety - managed by GP"),
  H("5. Support, date, consent"),
  F("SUPPORT_NEEDS","Support needs","Parenting confidence, nursery place for Maja (eligible for 2 year funding next year), budgeting, English is second language but fluent."),
  F("DATE_NEEDED","Accommodation needed from","21/12/26","2026-12-21"),
  F("CONSENT","Consent","☒ Yes  ☐ No","yes"),
  F("SAFEGUARDING_BASIS","If no - safeguarding basis",""),
 ], extra=dict(VARIANT="non-emergency"))

# ---------- ref-11 Non-emergency, pdf yncol ----------
form(id="w4-ref-11", form="referral", layout="pdf", style="yncol",
 frm="rachel.osei@council.test", subject="Non emergency referral - Tyler Brennan 16yo - Adolescent Service",
 body="""Dear colleagues

Please find attached (PDF) a non-emergency referral for Tyler Brennan, 16. FGC happened on 19/11. Plan is a move on 11th Dec into 16/17 shared if possible in South Oxon so he can stay at Hensford College.

Kind regards

Rachel Osei
Social Worker, Adolescent Service (South)
Tel: 01632 960 348  Mob: 07700 900 348""",
 doc=dict(logo=CC, title="SAAR - Supported Accommodation Assessment and Referral - NON-EMERGENCY", footer="CEF/YPSA/01-NE v4.1 | OFFICIAL-SENSITIVE | Brokerage (Placements) Team",
   intro="Answer Y or N in the Y/N column and give details."),
 items=[H("Young person"),
  F("FULL_NAME","Young person's full name","Tyler James BRENNAN"),
  F("DATE_OF_BIRTH","Date of birth","22/07/2010","2010-07-22"),
  F("GENDER","Gender","Male"),
  F("LCS_NUMBER","LCS number","1199310"),
  F("CURRENT_ADDRESS","Current address","41 Beacon Road, Hensford OX97 3QT (mum)"),
  F("PREFERRED_LOCALITY","Preferred locality","South Oxfordshire"),
  F("LEGAL_STATUS","Legal status","CIN"),
  F("UASC","UASC","N","no", yn="N"),
  F("PARENT","Parent","N","no", yn="N"),
  H("Referrer"),
  F("REFERRER_NAME","Referrer name","Rachel Osei"),
  F("REFERRER_ROLE","Role","Social Worker"),
  F("ORGANISATION","Team","Adolescent Service (South)"),
  F("REFERRER_EMAIL","Email","rachel.osei@council.test"),
  F("REFERRER_PHONE","Phone","01632 960 348"),
  F("SOCIAL_WORKER_NAME","SW / PA name (if different)","N/A"),
  F("SOCIAL_WORKER_EMAIL","SW / PA email (if different)","N/A"),
  H("Diversion"),
  F("FGC_OFFERED","Family Group Conference offered","Y - offered 05/11/2026, held 19/11/2026","yes", yn="Y"),
  F("FGC_DATE","Date FGC offered","05/11/2026","2026-11-05"),
  F("DIVERSION","Diversion explored (family/friends, mediation)","Y - Mediation via Youth Mediation Service Oct 2026 (2 sessions). Uncle in Marlcombe assessed - not suitable.", yn="Y"),
  H("Reason & risks"),
  F("REASON","Reason for referral","Mum's mental health has deteriorated and she has asked for Tyler to be accommodated; agreed at FGC that supported accommodation with daily contact is the best plan. He is safe at home in the meantime."),
  F("RISK_TO_SELF","Risk to self","N - none known", yn="N"),
  F("RISK_TO_OTHERS","Risk to others","N", yn="N"),
  F("RISK_FROM_OTHERS","Risk from others","N", yn="N"),
  F("EXPLOITATION","Exploitation","N - no concerns, screening tool completed 20/11", yn="N"),
  F("SUBSTANCE_MISUSE","Substance misuse","Y - vapes, occasional cannabis", yn="Y"),
  F("OFFENDING","Offending","N", yn="N"),
  F("MENTAL_HEALTH","Mental health","N - young carer stress, Young Carers service involved", yn="N"),
  H("Support, date, consent"),
  F("SUPPORT_NEEDS","Support needs","Stay at Hensford College (Level 2 Construction), young carers support, cooking and budgeting, contact with mum and sister."),
  F("DATE_NEEDED","Date accommodation needed","11/12/2026","2026-12-11"),
  F("CONSENT","Consent to referral & information sharing","Y - Tyler and mum both consent","yes", yn="Y"),
  F("SAFEGUARDING_BASIS","If no consent - safeguarding basis","N/A"),
 ], extra=dict(VARIANT="non-emergency"))

# ---------- ref-12 Non-emergency, docx grid3, INVALID: DATE_NEEDED left out ----------
form(id="w4-ref-12", form="referral", layout="docx", style="grid3", expect="rejected", missing="DATE_NEEDED",
 frm="kirsty.mahon@council.test", subject="YPSA referral non-emergency - Harvey Donnelly (YJS)",
 body="""Hi Brokerage team,

Referral attached for Harvey Donnelly (18), who is open to us at Youth Justice on a YRO until March. FGC was held 26/11 and his nan is happy to support but can't house him. Let me know what else you need.

Kirsty

Kirsty Mahon
Case Manager - Youth Justice Service
Wychwood County Council
07700 900 127""",
 doc=dict(logo=CC, title="Supported Accommodation Assessment and Referral - Non-Emergency", footer="CEF/YPSA/01-NE | v4.1 | OFFICIAL-SENSITIVE"),
 items=[H("YOUNG PERSON"),
  F("FULL_NAME","Name","Harvey DONNELLY"), F("DATE_OF_BIRTH","DOB","15 Feb 2008","2008-02-15"), F("GENDER","Gender","Male"),
  F("LCS_NUMBER","LCS","1102284"), F("PREFERRED_LOCALITY","Pref. locality","Oxford City"), F("LEGAL_STATUS","Legal status","Not known to CSC (YJS only)"),
  F("CURRENT_ADDRESS","Current address","Sofa surfing between nan (7 Kiln Lane, Oxford OX98 4RB) and friends", long=True),
  F("UASC","UASC","No"), F("PARENT","Parent","No"),
  H("REFERRER"),
  F("REFERRER_NAME","Referrer","Kirsty Mahon"), F("REFERRER_ROLE","Role","YJS Case Manager"), F("ORGANISATION","Organisation","Youth Justice Service, WCC"),
  F("REFERRER_EMAIL","Email","kirsty.mahon@council.test"), F("REFERRER_PHONE","Phone","07700 900 127"), F("SOCIAL_WORKER_NAME","SW/PA","None allocated"),
  F("SOCIAL_WORKER_EMAIL","SW/PA email","N/A"),
  H("DIVERSION"),
  F("FGC_OFFERED","FGC offered","Yes"), F("FGC_DATE","FGC date","26/11/2026","2026-11-26"),
  F("DIVERSION","Diversion explored","FGC held - nan will support (meals, laundry) but has a 1 bed flat. Mum's address not suitable (her partner). Mediation with mum declined by Harvey.", long=True),
  H("REASON & RISKS"),
  F("REASON","Reason for referral","No stable address; this is putting his YRO compliance and his college place at risk. Needs 18+ shared.", long=True),
  F("RISK_TO_SELF","To self","Low"), F("RISK_TO_OTHERS","To others","Medium - robbery offence (2025), compliant with YRO"), F("RISK_FROM_OTHERS","From others","Low"),
  F("EXPLOITATION","Exploitation","Previous CCE concerns 2024 - no current intel"), F("SUBSTANCE_MISUSE","Substance misuse","Cannabis - engaging with Turning Point"), F("OFFENDING","Offending","Robbery 2025 - YRO to 03/2027"),
  F("MENTAL_HEALTH","Mental health","None known", long=True),
  F("SUPPORT_NEEDS","Support needs","Stable address for YRO appointments, college (Motor Vehicle L1), budgeting, ID documents.", long=True),
  H("CONSENT"),
  F("CONSENT","Consent","Yes"), F("SAFEGUARDING_BASIS","If no, basis","N/A"),
 ], extra=dict(VARIANT="non-emergency", UASC="no", PARENT="no", FGC_OFFERED="yes", CONSENT="yes"))

# ---------- ref-13 Non-emergency, body: answers inside long covering note, then label-above ----------
form(id="w4-ref-13", form="referral", layout="body", style="above",
 frm="anna.krol@council.test", subject="Supported accommodation referral - Sophie Lam - non urgent",
 pre="""Dear Brokerage Team,

I hope you are well. I'm writing to refer Sophie Lam (19) for supported accommodation. I'm her social worker in the Young Adults Mental Health Team (the council side of the integrated team) and I've known her since she transferred from CAMHS last year. Sophie has lived with her mum in Ashcott all her life, but since her mum's new partner moved in over the summer things have become very strained and Sophie spends most evenings in her room or walking around town to avoid them. There is no violence, but her mental health is suffering and her psychiatrist supports a move. We offered a Family Group Conference on 1st December; mum declined to take part, and Sophie's dad lives abroad.

She would like to be in West Oxfordshire near her college and is hoping to move in the week commencing 11th January, after her exams. The form is below - I have filled in everything I can.

SUPPORTED ACCOMMODATION ASSESSMENT AND REFERRAL FORM - NON-EMERGENCY
""",
 post="""With thanks and best wishes,

Anna Krol
Social Worker, Young Adults Mental Health Team
Wychwood County Council
Tel: 01632 960 802 (Tues-Fri)""",
 items=[H("Young person"),
  F("FULL_NAME","Young person's full name","Sophie Lam"),
  F("DATE_OF_BIRTH","Date of birth","14/05/2007","2007-05-14"),
  F("GENDER","Gender","Female"),
  F("LCS_NUMBER","LCS number (if applicable)","N/A - not open to CSC"),
  F("CURRENT_ADDRESS","Current address","63 Fairfield Road, Ashcott OX99 2JW"),
  F("PREFERRED_LOCALITY","Preferred locality","West Oxfordshire"),
  F("LEGAL_STATUS","Legal status","Not known to children's social care"),
  F("UASC","UASC (Y/N)","N"),
  F("PARENT","Parent (Y/N)","N"),
  H("Referrer"),
  F("REFERRER_NAME","Referrer name","Anna Krol"),
  F("REFERRER_ROLE","Role","Social Worker"),
  F("ORGANISATION","Organisation / team","Young Adults Mental Health Team, WCC"),
  F("REFERRER_EMAIL","Email","anna.krol@council.test"),
  F("REFERRER_PHONE","Phone","01632 960 802"),
  F("SOCIAL_WORKER_NAME","Social worker / PA (if not referrer)","N/A"),
  F("SOCIAL_WORKER_EMAIL","Social worker / PA email","N/A"),
  H("Diversion"),
  F("FGC_OFFERED","Family Group Conference offered","Yes (mum declined to take part)","yes"),
  F("FGC_DATE","Date offered","1st Dec 2026","2026-12-01"),
  F("DIVERSION","Diversion explored","Considered staying with a friend's family (not possible long term). Mediation offered via Family Solutions - mum's partner refused."),
  H("Referral"),
  F("REASON","Reason for referral","Breakdown of relationship at home affecting mental health - see covering note."),
  F("RISK_TO_SELF","Risk to self","Moderate - history of self-harm (cutting), last incident Aug 2026; safety plan in place"),
  F("RISK_TO_OTHERS","Risk to others","None"),
  F("RISK_FROM_OTHERS","Risk from others","None known"),
  F("EXPLOITATION","Exploitation","None known"),
  F("SUBSTANCE_MISUSE","Substance misuse","None"),
  F("OFFENDING","Offending","None"),
  F("MENTAL_HEALTH","Mental health","Emotionally unstable personality traits, depression. Care coordinator: Anna Krol. Psychiatrist: Dr Iqbal, Ashcott CMHT. Medication: fluoxetine."),
  F("SUPPORT_NEEDS","Support needs","Shared house with staff support, help with routine, medication prompts at first, keep college place (Access to Nursing at Wexley College)."),
  F("DATE_NEEDED","Date accommodation needed","w/c 11th January 2027 - ideally Mon 11/01/27","2027-01-11"),
  F("CONSENT","Consent to referral and information sharing","Yes - Sophie has signed the consent form"),
  F("SAFEGUARDING_BASIS","Basis for sharing without consent (if no consent)","N/A"),
 ], extra=dict(VARIANT="non-emergency", UASC="no", PARENT="no", CONSENT="yes"))

# ---------- ref-14 Non-emergency, docx above, UASC care leaver ----------
form(id="w4-ref-14", form="referral", layout="docx", style="above",
 frm="bethany.crowther@council.test", subject="Planned referral (SAAR) - Mohammed Farah Ali",
 body="""Good morning,

Please see attached a planned referral for Mohammed (20), currently in a Home Office hotel since his supported lodgings ended. He has his leave to remain now. FGC offered on 23/11 - he has no family in the UK.

Thank you,
Bethany Crowther
PA, UASC & Leaving Care Team
Wychwood County Council | 01632 960 611""",
 doc=dict(logo=CC, title="Supported Accommodation Assessment and Referral Form (Non-Emergency)", footer="CEF/YPSA/01-NE v4.1  |  OFFICIAL-SENSITIVE  |  Version date 09/2025"),
 items=[H("Section A - Young person"),
  F("FULL_NAME","Full name","Mohammed FARAH ALI"),
  F("DATE_OF_BIRTH","Date of birth","12-09-2006","2006-09-12"),
  F("GENDER","Gender","M"),
  F("LCS_NUMBER","LCS number","1112907"),
  F("CURRENT_ADDRESS","Current address","Room 218, Riverside Hotel, Kelbridge KB1 4UP (temporary)", long=True),
  F("PREFERRED_LOCALITY","Preferred locality","Oxford City"),
  F("LEGAL_STATUS","Legal status","Care leaver - former UASC"),
  F("UASC","UASC?","☒ Yes ☐ No","yes"),
  F("PARENT","Parent?","☐ Yes ☒ No","no"),
  H("Section B - Referrer"),
  F("REFERRER_NAME","Referrer name","Bethany Crowther"),
  F("REFERRER_ROLE","Referrer role","Personal Adviser"),
  F("ORGANISATION","Organisation / team","UASC & Leaving Care Team"),
  F("REFERRER_EMAIL","Referrer email","bethany.crowther@council.test"),
  F("REFERRER_PHONE","Referrer phone","01632 960 611"),
  F("SOCIAL_WORKER_NAME","Social worker / PA (if different)","N/A"),
  F("SOCIAL_WORKER_EMAIL","Social worker / PA email","N/A"),
  H("Section C - Family Group Conference and diversion"),
  F("FGC_OFFERED","FGC offered","☒ Yes ☐ No","yes"),
  F("FGC_DATE","Date FGC offered","23/11/2026","2026-11-23"),
  F("DIVERSION","Diversion explored","No family in UK. Community contacts at mosque explored - no room. Private rented explored but no guarantor and he has only just started work.", long=True),
  H("Section D - Reason, risks, needs"),
  F("REASON","Reason for referral","Granted refugee status 10/11/2026. Must leave asylum accommodation by 21/12/2026 (move-on notice).", long=True),
  F("RISK_TO_SELF","Risk to self","None"),
  F("RISK_TO_OTHERS","Risk to others","None"),
  F("RISK_FROM_OTHERS","Risk from others","None"),
  F("EXPLOITATION","Exploitation","None known"),
  F("SUBSTANCE_MISUSE","Substance misuse","None"),
  F("OFFENDING","Offending","None"),
  F("MENTAL_HEALTH","Mental health","Some low mood, engaged with Refugee Resilience counselling", long=True),
  F("SUPPORT_NEEDS","Support needs","Universal Credit claim now he has status, bank account, budgeting, ESOL Entry 3, job at warehouse (nights) - needs quiet room.", long=True),
  H("Section E - Date and consent"),
  F("DATE_NEEDED","Date accommodation needed","18th Dec 2026","2026-12-18"),
  F("CONSENT","Consent to referral & info sharing","☒ Yes ☐ No","yes"),
  F("SAFEGUARDING_BASIS","If no consent, basis for sharing","-"),
 ], extra=dict(VARIANT="non-emergency"))
