from lib import *
CC = "WYCHWOOD COUNTY COUNCIL  |  Children, Education & Families  [crest]"
FOOT = "OFFICIAL-SENSITIVE (when complete)  |  CEF/YPSA/01 v4.1  |  Return to Brokerage (Placements) Team via secure email  |  Page 1 of 3"

# ---------- ref-01 Emergency, docx twocol ----------
form(id="w4-ref-01", form="referral", layout="docx", style="twocol",
 frm="priya.dhaliwal@council.test", subject="EMERGENCY referral - YPSA - K Marsh - bed needed TODAY",
 body="""Morning Brokerage,

Please see attached emergency SAAR for Kayden. He can't go home tonight - details in section 4. I'm in court this morning until about 11.30 so please ring my TM Bev Okoro on 01632 960 212 if you need anything before then.

Thanks
Priya

Priya Dhaliwal | Social Worker | Family Safeguarding Team 2 (North)
Wychwood County Council | 01632 960 418 | 07700 900 318""",
 doc=dict(logo=CC, title="Supported Accommodation Assessment and Referral Form (SAAR) - EMERGENCY", footer=FOOT,
   intro="Complete ALL sections. Incomplete forms will be returned. Emergency beds are only for young people with an immediate safety concern."),
 items=[H("Section 1 - About the young person"),
  F("FULL_NAME","Full name of young person","Kayden Lee MARSH"),
  F("DATE_OF_BIRTH","DOB","17/02/2009","2009-02-17"),
  F("GENDER","Gender identity","Male"),
  F("LCS_NUMBER","LCS ID","1184520"),
  F("CURRENT_ADDRESS","Current address / where staying tonight","No fixed address - last night on sofa at friend's (22 Larch Walk, Ashcott OX99 4TR). Friend's mum says he cannot stay again."),
  F("PREFERRED_LOCALITY","Preferred locality (Cherwell / West / City / South / Vale / OOC)","Cherwell"),
  F("LEGAL_STATUS","Legal status","CIN - Child in Need (s17)"),
  F("UASC","UASC?","☐ Yes ☒ No","no"),
  F("PARENT","Is the YP a parent / expectant parent?","☐ Yes ☒ No","no"),
  H("Section 2 - Referrer"),
  F("REFERRER_NAME","Name of referrer","Priya Dhaliwal"),
  F("REFERRER_ROLE","Role","Social Worker"),
  F("ORGANISATION","Team / organisation","Family Safeguarding Team 2 (North), WCC"),
  F("REFERRER_EMAIL","Email","priya.dhaliwal@council.test"),
  F("REFERRER_PHONE","Tel","01632 960 418 / mob 07700 900 318"),
  F("SOCIAL_WORKER_NAME","Allocated SW / PA (if different from referrer)","As above"),
  F("SOCIAL_WORKER_EMAIL","SW / PA email","As above"),
  H("Section 3 - Diversion"),
  F("FGC_OFFERED","Has a Family Group Conference been offered?","☐ Yes ☒ No - to be offered once K is placed safely","no"),
  F("FGC_DATE","Date FGC offered","N/A"),
  F("DIVERSION","What other options have been explored? (family / friends / mediation)","Maternal aunt in Kelbridge asked 03/12 - no room (3 children in 2 bed flat). Paternal family not in contact. Mediation not appropriate at present given the assault.", long=True),
  H("Section 4 - Reason for referral and immediate safety concern"),
  F("REASON","Reason for referral","Family breakdown. Kayden has lived with mum and her partner. Relationship with mum's partner has deteriorated over the autumn with several police call-outs.", long=True),
  F("SAFETY_CONCERN","Immediate safety concern (EMERGENCY ONLY)","On the evening of Thurs 03/12 mum's partner assaulted Kayden (punched to face), police attended, ref 43260398871. K has visible bruising and will not return while partner is there; mum has said she will not ask partner to leave. He has nowhere safe to sleep tonight.", long=True),
  H("Section 5 - Risks"),
  F("RISK_TO_SELF","Risk to self","Low - no self-harm known. Becomes withdrawn when upset."),
  F("RISK_TO_OTHERS","Risk to others","Low/medium - one incident of damage at home (punched door) Oct 2026."),
  F("RISK_FROM_OTHERS","Risk from others","HIGH from mum's partner (see above)."),
  F("EXPLOITATION","Exploitation (CSE/CCE)","No current concerns. Not known to exploitation hub."),
  F("SUBSTANCE_MISUSE","Substance misuse","Cannabis at weekends (self report)."),
  F("OFFENDING","Offending","None"),
  F("MENTAL_HEALTH","Mental health","No diagnosis. Referred to school counsellor Sept 2026."),
  H("Section 6 - Support needs, date and consent"),
  F("SUPPORT_NEEDS","Support needs","Help to stay in Year 13 at Ashcott College, budgeting, emotional support, contact with mum to be supported. Will need a bus pass.", long=True),
  F("DATE_NEEDED","Date accommodation needed","04/12/2026 - TODAY","2026-12-04"),
  F("CONSENT","YP consents to this referral and to info being shared","☒ Yes ☐ No","yes"),
  F("SAFEGUARDING_BASIS","If No - basis for sharing without consent","N/A"),
 ], extra=dict(VARIANT="emergency"))

# ---------- ref-02 Emergency, body CMS caps export ----------
form(id="w4-ref-02", form="referral", layout="body", style="caps",
 frm="lewis.okafor@council.test", subject="RE: Emergency accommodation - Shannon TULLY (LCS 1029384)",
 pre="""Hi all

Emergency referral below, copied out of LCS because the SAAR template keeps crashing on my laptop. I am the PA. Shannon is at the front counter at Kelbridge police station with a PCSO at the moment.

Lewis

------ LCS EXPORT 04/12/2026 08:41 - SUPPORTED ACCOMMODATION REFERRAL (EMERGENCY) ------""",
 post="""------ END OF EXPORT ------

Lewis Okafor
Personal Adviser, Leaving Care Team (City & South)
Wychwood County Council
T: 01632 960 771 M: 07700 900 771""",
 items=[H("Referral type"), F(None,"Referral type","EMERGENCY"),
  H("Person details"),
  F("FULL_NAME","Person name","TULLY, Shannon Marie"),
  F("DATE_OF_BIRTH","DOB","11-Aug-2006","2006-08-11"),
  F("GENDER","Gender","F"),
  F("LCS_NUMBER","LCS ID","1029384"),
  F("CURRENT_ADDRESS","Current address","NFA - was Room 4, Kestrel Lodge B&B, 9 Canal St, Kelbridge KB2 7QQ until 03/12/26"),
  F("PREFERRED_LOCALITY","Pref locality","OXFORD CITY"),
  F("LEGAL_STATUS","Legal status","Care leaver (former relevant)"),
  F("UASC","UASC","N"),
  F("PARENT","Parent Y/N","N"),
  H("Referrer"),
  F("REFERRER_NAME","Referrer","Lewis Okafor"),
  F("REFERRER_ROLE","Referrer role","PA"),
  F("ORGANISATION","Team","Leaving Care Team (City & South)"),
  F("REFERRER_EMAIL","Referrer email","lewis.okafor@council.test"),
  F("REFERRER_PHONE","Referrer tel","07700 900 771"),
  F("SOCIAL_WORKER_NAME","Allocated worker","SAME AS REFERRER"),
  F("SOCIAL_WORKER_EMAIL","Allocated worker email","SAME"),
  H("Diversion"),
  F("FGC_OFFERED","FGC offered","N"),
  F("FGC_DATE","FGC date","N/K"),
  F("DIVERSION","Diversion","Grandmother contacted 03/12 - cannot accommodate (sheltered housing). No friends able to help. Mediation N/A - care leaver."),
  H("Referral"),
  F("REASON","Reason","Lost B&B placement 03/12 after ex-partner came to the property; B&B manager will not have her back."),
  F("SAFETY_CONCERN","Immediate safety concern","Ex-partner (Non-mol order in place) found the B&B address, came to the door 03/12 at approx 21:00 making threats to kill, police attended. Shannon has nowhere safe tonight and he knows the areas she stays in. DASH high risk, MARAC referral done 03/12."),
  F("RISK_TO_SELF","Risk to self","Med - history of overdose 2024, none since"),
  F("RISK_TO_OTHERS","Risk to others","Low"),
  F("RISK_FROM_OTHERS","Risk from others","HIGH - ex-partner (DV)"),
  F("EXPLOITATION","Exploitation","Historic CSE concerns 2022-23, closed"),
  F("SUBSTANCE_MISUSE","Substance misuse","Alcohol - binge at weekends"),
  F("OFFENDING","Offending","Nil"),
  F("MENTAL_HEALTH","Mental health","Anxiety/depression - GP prescribed sertraline"),
  F("SUPPORT_NEEDS","Support needs","Safety planning with IDVA, UC claim to be moved, support to keep college place (Level 2 hair & beauty), GP registration if moving area"),
  F("DATE_NEEDED","Date needed","04-DEC-2026","2026-12-04"),
  F("CONSENT","Consent","Y"),
  F("SAFEGUARDING_BASIS","Sharing without consent basis","N/A"),
 ], extra=dict(VARIANT="emergency", CONSENT="yes", UASC="no", PARENT="no", FGC_OFFERED="no"))

# ---------- ref-03 Emergency, docx grid3, consent NO with safeguarding basis ----------
form(id="w4-ref-03", form="referral", layout="docx", style="grid3",
 frm="martin.cheung@council.test", subject="Emergency SAAR - T BAPTISTE - CONFIDENTIAL - exploitation",
 body="""Brokerage - emergency referral attached for Tia-Rose (17). Please note she does NOT consent; sharing is under s47 and has been agreed by my TM (Jo Pryce) - see the consent section. Please treat as high priority, we need a bed away from the city today if at all possible.

Regards

Martin Cheung
Senior Practitioner | Exploitation & Missing Hub
01632 960 530""",
 doc=dict(logo=CC, title="SUPPORTED ACCOMMODATION ASSESSMENT AND REFERRAL - EMERGENCY", footer="CEF/YPSA/01-E  Rev. 09/2025  |  OFFICIAL-SENSITIVE  |  Do not email to personal accounts",
   intro="Please type in the grey boxes. Use N/K for not known."),
 items=[H("1. YOUNG PERSON"),
  F("FULL_NAME","Name","Tia-Rose BAPTISTE"), F("DATE_OF_BIRTH","D.O.B.","30.09.2009","2009-09-30"), F("GENDER","Gender","Female"),
  F("LCS_NUMBER","LCS no.","1207715"), F("PREFERRED_LOCALITY","Locality wanted","Out of county (not City)"), F("LEGAL_STATUS","Status (LAC/CL/CIN/none)","CIN - on CP plan (category: sexual abuse)"),
  F("CURRENT_ADDRESS","Address","Mum's address: 5 Tern Court, Blackwater Estate, Oxford OX98 2PL (mum unable to keep her safe there)", long=True),
  F("UASC","UASC","N"), F("PARENT","Parent?","N"),
  H("2. REFERRER"),
  F("REFERRER_NAME","Referrer","Martin Cheung"), F("REFERRER_ROLE","Job title","Senior Practitioner"), F("ORGANISATION","Team","Exploitation & Missing Hub"),
  F("REFERRER_EMAIL","E-mail","martin.cheung@council.test"), F("REFERRER_PHONE","Phone","01632 960 530"), F("SOCIAL_WORKER_NAME","Allocated SW","Kerry Lindqvist (CP team 1)"),
  F("SOCIAL_WORKER_EMAIL","SW email","kerry.lindqvist@council.test"),
  H("3. FAMILY / DIVERSION"),
  F("FGC_OFFERED","FGC offered Y/N","N"), F("FGC_DATE","FGC date","TBC - after placement"),
  F("DIVERSION","Family & friends / mediation explored","Maternal grandmother (Oxford) approached 02/12 - her address is known to the males involved so not safe. No other family able to help.", long=True),
  H("4. EMERGENCY"),
  F("REASON","Why is accommodation needed?","Escalating child sexual exploitation. Mum is engaging but cannot stop Tia-Rose leaving the house at night and the adults involved know the family home.", long=True),
  F("SAFETY_CONCERN","Immediate safety concern","Tia-Rose was missing 3 times this week (29/11, 01/12, 02/12). On 02/12 police found her at 2am in a flat with two adult males aged 24 and 31 who are subject of a live investigation. She has been given a phone by them and is receiving messages telling her to come back tonight. She cannot stay safely at home or in the city.", long=True),
  H("5. RISK"),
  F("RISK_TO_SELF","To self","Med - cutting when distressed"), F("RISK_TO_OTHERS","To others","Low"), F("RISK_FROM_OTHERS","From others","HIGH - adult males (CSE)"),
  F("EXPLOITATION","Exploitation","HIGH - CSE, NRM referral made 02/12/26"), F("SUBSTANCE_MISUSE","Substances","Cannabis, alcohol and nitrous oxide supplied by the adults"), F("OFFENDING","Offending","None"),
  F("MENTAL_HEALTH","Mental health","CAMHS open - PTSD assessment pending", long=True),
  F("SUPPORT_NEEDS","Support needs","24hr staffed or out of county placement preferred; phone safety; return home interviews; education (currently NEET since Oct)", long=True),
  H("6. DATE / CONSENT"),
  F("DATE_NEEDED","Date needed","04/12/26","2026-12-04"),
  F("CONSENT","Consent of YP","NO - YP refuses"),
  F("SAFEGUARDING_BASIS","If no consent, basis for sharing","Shared without consent - s47 Children Act 1989 enquiry open, risk of significant harm (CSE). Decision agreed by TM Jo Pryce 03/12/2026 and recorded on LCS.", long=True),
 ], extra=dict(VARIANT="emergency", CONSENT="no", UASC="no", PARENT="no", FGC_OFFERED="no"))

# ---------- ref-04 Emergency, pdf above, UASC ----------
form(id="w4-ref-04", form="referral", layout="pdf", style="above",
 frm="hannah.lowther@council.test", subject="Emergency referral (PDF) - Danyal Rahimi - UASC care leaver",
 body="""Dear Brokerage Team,

Please find attached an emergency referral for Danyal Rahimi, 18, a UASC care leaver. He needs a Dari interpreter (he has some English but not for complicated things). I have put everything in the form. He is in our office with me today.

Kind regards,
Hannah Lowther
Personal Adviser - UASC & Leaving Care
Wychwood County Council
Tel 01632 960 604""",
 doc=dict(logo=CC, title="Supported Accommodation Assessment & Referral Form  -  EMERGENCY", footer="Form SAAR-E | v4.1 | OFFICIAL-SENSITIVE | Printed 04/12/2026",
   intro="Each box: write the answer underneath the question."),
 items=[H("A. Young person"),
  F("FULL_NAME","Young person's full name","Danyal RAHIMI"),
  F("DATE_OF_BIRTH","Date of birth (assessed if UASC)","01/06/2008 (age assessed)","2008-06-01"),
  F("GENDER","Gender","Male"),
  F("LCS_NUMBER","LCS number","1150962"),
  F("CURRENT_ADDRESS","Current address","Supported lodgings, 31 Mill Lane, Hensford OX97 1AB (host: Mrs P. Yates)", long=True),
  F("PREFERRED_LOCALITY","Preferred area","South Oxfordshire or Vale"),
  F("LEGAL_STATUS","Legal status","Care leaver (was s20 LAC)"),
  F("UASC","Unaccompanied asylum seeking child (UASC)?","☒ Yes  ☐ No","yes"),
  F("PARENT","Parent?","☐ Yes  ☒ No","no"),
  H("B. Referrer"),
  F("REFERRER_NAME","Your name","Hannah Lowther"),
  F("REFERRER_ROLE","Your role","Personal Adviser (PA)"),
  F("ORGANISATION","Organisation / team","WCC - UASC & Leaving Care Team"),
  F("REFERRER_EMAIL","Your email","hannah.lowther@council.test"),
  F("REFERRER_PHONE","Your phone","01632 960 604"),
  F("SOCIAL_WORKER_NAME","Social worker / PA (if not you)","n/a - I am PA"),
  F("SOCIAL_WORKER_EMAIL","Their email","n/a"),
  H("C. Diversion"),
  F("FGC_OFFERED","Family Group Conference offered?","☐ Yes  ☒ No  (no family in UK)","no"),
  F("FGC_DATE","If yes, date offered",""),
  F("DIVERSION","Family/friends, mediation explored","No family in UK. Friend from college asked but lives in a shared HMO. Other supported lodgings hosts full.", long=True),
  H("D. Why now"),
  F("REASON","Reason for referral","Current lodgings no longer safe - see below. Host also going into hospital next week.", long=True),
  F("SAFETY_CONCERN","Immediate safety concern","On the night of 03/12 two adult men came to the lodgings twice asking for Danyal by name, saying he owes money for his journey to the UK and that they will take him to work it off. Host called police (ref 43260399012). Danyal is very frightened and police advise he should not return to that address.", long=True),
  H("E. Risks"),
  F("RISK_TO_SELF","Risk to self","Low"),
  F("RISK_TO_OTHERS","Risk to others","None known"),
  F("RISK_FROM_OTHERS","Risk from others","High - the two men (possible trafficking / debt bondage)"),
  F("EXPLOITATION","Exploitation","Possible labour exploitation - NRM being considered"),
  F("SUBSTANCE_MISUSE","Substance misuse","None"),
  F("OFFENDING","Offending","None"),
  F("MENTAL_HEALTH","Mental health","Poor sleep, flashbacks - Refugee Resilience service referral made", long=True),
  F("SUPPORT_NEEDS","Support needs","Dari interpreter, help with Home Office correspondence (further leave application), ESOL at Hensford College, budgeting.", long=True),
  H("F. Date & consent"),
  F("DATE_NEEDED","Date accommodation needed","Sat 5th December 2026 at the latest (today if possible)","2026-12-05"),
  F("CONSENT","Young person consents to referral and sharing of information","☒ Yes  ☐ No (explained with interpreter 04/12)","yes"),
  F("SAFEGUARDING_BASIS","If no consent - reason for sharing",""),
 ], extra=dict(VARIANT="emergency"))

# ---------- ref-05 Emergency, body forwarded, INVALID: DOB blank ----------
form(id="w4-ref-05", form="referral", layout="body", style="colon", expect="rejected", missing="DATE_OF_BIRTH",
 frm="craig.summers@council.test", subject="FW: emergency referral Jordan Whitlock",
 pre="""Brokerage,

Forwarding Abi's emergency referral below as she has gone out on a visit and couldn't send from her phone. Please reply to both of us. Jordan slept in the multi-storey on Bridge St last night.

Craig Summers
Team Manager, Assessment Team (City)
01632 960 250

-----Original Message-----
From: Abi Neville <abi.neville@council.test>
Sent: 04 December 2026 08:12
To: Craig Summers <craig.summers@council.test>
Subject: emergency referral Jordan Whitlock

Craig can you send this on to brokerage for me, laptop won't connect. Thanks A

EMERGENCY SUPPORTED ACCOMMODATION REFERRAL""",
 post="""Abi Neville
Social Worker
Assessment Team (City)""",
 items=[
  F("FULL_NAME","YP name","Jordan Whitlock"),
  F("DATE_OF_BIRTH","DOB",""),
  F("GENDER","Gender","M"),
  F("LCS_NUMBER","LCS","1211408"),
  F("CURRENT_ADDRESS","Current address","NFA (dad's address 17 Quarry Road, Oxford OX98 6JD - asked to leave)"),
  F("PREFERRED_LOCALITY","Preferred locality","Oxford City"),
  F("LEGAL_STATUS","Legal status","Not known to CSC until 03/12 - now CIN assessment"),
  F("UASC","UASC","No"),
  F("PARENT","Parent","No"),
  F("REFERRER_NAME","Referrer","Abi Neville"),
  F("REFERRER_ROLE","Role","Social Worker"),
  F("ORGANISATION","Team","Assessment Team (City)"),
  F("REFERRER_EMAIL","Email","abi.neville@council.test"),
  F("REFERRER_PHONE","Phone","07700 900 562"),
  F("SOCIAL_WORKER_NAME","SW/PA if different","N/A"),
  F("SOCIAL_WORKER_EMAIL","SW/PA email","N/A"),
  F("FGC_OFFERED","FGC offered","No - will offer once safe"),
  F("FGC_DATE","FGC date","TBC"),
  F("DIVERSION","Diversion explored","Dad spoken to 03/12 pm - refuses to have him back. Mum lives in Spain. Friend's family said one night only and that was Tues."),
  F("REASON","Reason for referral","Dad asked Jordan to leave on 01/12 after argument about him stopping going to college. Has been sofa surfing then slept rough."),
  F("SAFETY_CONCERN","Immediate safety concern","Slept rough in Bridge St multi-storey car park on 03/12, temperature was -3. Approached there by older males offering him somewhere to stay. He has no money and nowhere to go tonight."),
  F("RISK_TO_SELF","Risk to self","Rough sleeping in freezing temps; not eating"),
  F("RISK_TO_OTHERS","Risk to others","None known"),
  F("RISK_FROM_OTHERS","Risk from others","Older males at car park - unknown"),
  F("EXPLOITATION","Exploitation","Potential - see above"),
  F("SUBSTANCE_MISUSE","Substance misuse","Denies"),
  F("OFFENDING","Offending","None"),
  F("MENTAL_HEALTH","Mental health","Low mood, not known to CAMHS"),
  F("SUPPORT_NEEDS","Support needs","Basic needs (food, clothing, phone credit), re-engage with college, family work with dad"),
  F("DATE_NEEDED","Date needed","Today 04/12/26","2026-12-04"),
  F("CONSENT","Consent","Yes - verbal, 03/12"),
 ], extra=dict(VARIANT="emergency", CONSENT="yes", UASC="no", PARENT="no"))

# ---------- ref-06 Emergency, docx twocol, parent ----------
form(id="w4-ref-06", form="referral", layout="docx", style="twocol",
 frm="georgia.fenwick@council.test", subject="URGENT - emergency parent & baby referral - A Sadiq",
 body="""Hi Brokerage

Emergency referral for Amira and her son (4 months) attached. She is currently at her friend's but the ex knows where the friend lives. IDVA is Lorna Keyes at the DA service if you need her.

Many thanks
Georgia

Georgia Fenwick
Social Worker - Children in Need Team (City)
Direct line 01632 960 377""",
 doc=dict(logo=CC, title="Supported Accommodation Assessment and Referral Form - Emergency", footer="CEF/YPSA/01 v4.1 | OFFICIAL-SENSITIVE | Retain for 6 years"),
 items=[H("YOUNG PERSON'S DETAILS"),
  F("FULL_NAME","Young person's full name","Amira SADIQ"),
  F("DATE_OF_BIRTH","Date of birth","20th December 2005","2005-12-20"),
  F("GENDER","Gender","Female"),
  F("LCS_NUMBER","LCS number (if known)","N/K for Amira - baby Zayn Sadiq LCS 1230077"),
  F("CURRENT_ADDRESS","Current address","c/o friend - Flat 3, 48 Holloway Rise, Oxford OX98 3DS"),
  F("PREFERRED_LOCALITY","Preferred locality","West Oxfordshire (away from the City)"),
  F("LEGAL_STATUS","Legal status","Not known to social care herself - baby is CIN"),
  F("UASC","UASC","No"),
  F("PARENT","Parent","Yes - son Zayn, DOB 02/08/2026"),
  H("REFERRER DETAILS"),
  F("REFERRER_NAME","Referrer name","Georgia Fenwick"),
  F("REFERRER_ROLE","Role","Social Worker (baby's SW)"),
  F("ORGANISATION","Organisation / team","Children in Need Team (City), Wychwood CC"),
  F("REFERRER_EMAIL","Email address","georgia.fenwick@council.test"),
  F("REFERRER_PHONE","Telephone","01632 960 377"),
  F("SOCIAL_WORKER_NAME","Social worker / PA name (if not referrer)","-"),
  F("SOCIAL_WORKER_EMAIL","Social worker / PA email","-"),
  H("DIVERSION"),
  F("FGC_OFFERED","Family Group Conference offered (Y/N)","No"),
  F("FGC_DATE","Date offered","-"),
  F("DIVERSION","Diversion explored","Amira's parents live in Birmingham and have said she can visit but not live with them (overcrowded). Refuge searched 03/12 - no parent & baby space within 50 miles."),
  H("REASON FOR REFERRAL / IMMEDIATE SAFETY"),
  F("REASON","Reason for referral","Fleeing domestic abuse from baby's father. Has given up the tenancy they shared."),
  F("SAFETY_CONCERN","Immediate safety concern","Assaulted by partner on 02/12 while holding the baby (strangulation disclosed). He was bailed on 03/12 with conditions but has been messaging that he knows where she is staying. Cannot stay at friend's tonight - the ex knows the address. MARAC 10/12."),
  H("RISK"),
  F("RISK_TO_SELF","Risk to self","Low"),
  F("RISK_TO_OTHERS","Risk to others","None"),
  F("RISK_FROM_OTHERS","Risk from others","HIGH - ex-partner (DASH 19)"),
  F("EXPLOITATION","Exploitation","None known"),
  F("SUBSTANCE_MISUSE","Substance misuse","None"),
  F("OFFENDING","Offending","None"),
  F("MENTAL_HEALTH","Mental health","Post-natal depression - health visitor involved"),
  H("SUPPORT, DATE AND CONSENT"),
  F("SUPPORT_NEEDS","Support needs","Parenting support, HV transfer, safety planning with IDVA, UC/child benefit change of address, cot/pram (has pram)."),
  F("DATE_NEEDED","Date accommodation needed","ASAP - Fri 4/12/2026","2026-12-04"),
  F("CONSENT","Consent to referral and information sharing","Yes"),
  F("SAFEGUARDING_BASIS","If no consent, safeguarding reason","N/A"),
 ], extra=dict(VARIANT="emergency", UASC="no", PARENT="yes", FGC_OFFERED="no", CONSENT="yes"))

# ---------- ref-07 Emergency, pdf grid3, care leaver 22 ----------
form(id="w4-ref-07", form="referral", layout="pdf", style="grid3",
 frm="owen.pritchard@council.test", subject="Emergency referral - Reece Adeyemi (CL, 22) - threats",
 body="""Good morning,

Emergency referral attached (PDF) for Reece, who is 22 and still open to us. Bed needed from Monday at the latest - he is at his cousin's in Marlcombe over the weekend which is safe-ish for 3 nights but no longer. Out of county would be best.

Owen Pritchard
Personal Adviser, Leaving Care 21-25
Wychwood County Council  07700 900 884""",
 doc=dict(logo=CC, title="SUPPORTED ACCOMMODATION ASSESSMENT AND REFERRAL (EMERGENCY)", footer="SAAR/E  v4.1  |  OFFICIAL - SENSITIVE  |  WCC Brokerage (Placements)"),
 items=[H("Young person"),
  F("FULL_NAME","Name","Reece ADEYEMI"), F("DATE_OF_BIRTH","DOB","09/03/04","2004-03-09"), F("GENDER","Gender","M"),
  F("LCS_NUMBER","LCS","0987623"), F("LEGAL_STATUS","Legal status","Care leaver 21+"), F("PREFERRED_LOCALITY","Locality","Out of county (2nd choice South Oxon)"),
  F("CURRENT_ADDRESS","Current address","14 Sedge Row, Oxford OX98 5NN (own tenancy - window put through 01/12)", long=True),
  F("UASC","UASC Y/N","N"), F("PARENT","Parent Y/N","N"),
  H("Referrer"),
  F("REFERRER_NAME","Referrer","Owen Pritchard"), F("REFERRER_ROLE","Role","PA"), F("ORGANISATION","Team","Leaving Care 21-25"),
  F("REFERRER_EMAIL","Email","owen.pritchard@council.test"), F("REFERRER_PHONE","Phone","07700 900 884"), F("SOCIAL_WORKER_NAME","SW/PA (if different)","N/A"),
  F("SOCIAL_WORKER_EMAIL","SW/PA email","N/A"),
  H("Diversion"),
  F("FGC_OFFERED","FGC offered","N (care leaver, 22)"), F("FGC_DATE","Date","N/A"),
  F("DIVERSION","Diversion","Cousin can have him Fri-Sun only. Housing options approached 02/12 - TA offered in the City, refused on police advice.", long=True),
  H("Reason / safety"),
  F("REASON","Reason for referral","Cannot stay at his own flat - targeted over a drug debt. Wants to make a fresh start away from the area.", long=True),
  F("SAFETY_CONCERN","Immediate safety concern","Brick through his front window at approx 1am on 01/12 and a message saying 'next time it's you'. Group know the flat and his cousin's area. Police (ref 43260396543) advise he should not return to the flat.", long=True),
  H("Risks"),
  F("RISK_TO_SELF","Self","Low/med"), F("RISK_TO_OTHERS","Others","Med - previous ABH 2023"), F("RISK_FROM_OTHERS","From others","HIGH - drug debt"),
  F("EXPLOITATION","Exploitation","CCE - county lines history 2021-22"), F("SUBSTANCE_MISUSE","Substances","Cannabis daily"), F("OFFENDING","Offending","ABH 2023 (community order completed), PWITS 2022"),
  F("MENTAL_HEALTH","Mental health","ADHD (diagnosed), not medicated", long=True),
  F("SUPPORT_NEEDS","Support needs","Single self-contained, away from Oxford. Support to give up tenancy properly, substance misuse service, employment support (has CSCS card).", long=True),
  H("Date & consent"),
  F("DATE_NEEDED","Date needed","Mon 07/12/2026","2026-12-07"), F("CONSENT","Consent Y/N","Y"), F("SAFEGUARDING_BASIS","If N - basis","-"),
 ], extra=dict(VARIANT="emergency", UASC="no", PARENT="no", FGC_OFFERED="no", CONSENT="yes"))
