from gen_lib import *

CONF_COUNCIL = ("This email and any attachments are confidential and may contain personal or sensitive information. "
  "They are intended solely for the use of the individual or organisation to whom they are addressed. If you have "
  "received this email in error please notify the sender and delete it from your system. Any views or opinions "
  "expressed are those of the author and do not necessarily represent those of the Council. You should not copy, "
  "forward or disclose the contents to any other person. The Council monitors email traffic for the purposes of "
  "security and compliance with its policies. Classification: OFFICIAL-SENSITIVE.")

def TA(v):  # county children's services template, numbered parts
    emerg = v["variant"].norm() == "emergency"
    return [
     ("Part 1: Type of referral", [
        ("Is this an Emergency or Non-emergency referral?", v["variant"], "VARIANT"),
        ("Date accommodation is required", v["needed"], "DATE_NEEDED"),
        ("Date of referral", v.get("refdate", "04/12/2026")),
     ]),
     ("Part 2: Young person's details", [
        ("Full name of young person", v["name"], "FULL_NAME"),
        ("Date of birth", v["dob"], "DATE_OF_BIRTH"),
        ("Gender", v["gender"], "GENDER"),
        ("LCS number (if known)", v["lcs"], "LCS_NUMBER"),
        ("Current address", v["address"], "ADDRESS"),
        ("Preferred locality", v["locality"], "LOCALITY"),
        ("Legal status (looked after / care leaver / child in need / not known to social care)", v["legal"], "LEGAL_STATUS"),
        ("Is the young person an unaccompanied asylum seeking child (UASC)?", v["uasc"], "UASC"),
        ("Is the young person a parent?", v["parent"], "PARENT"),
     ]),
     ("Part 3: Referrer details", [
        ("Name of referrer", v["rname"], "REFERRER_NAME"),
        ("Role / job title", v["rrole"], "REFERRER_ROLE"),
        ("Organisation and team", v["rteam"], "REFERRER_TEAM"),
        ("Email address", v["remail"], "REFERRER_EMAIL"),
        ("Telephone", v["rphone"], "REFERRER_PHONE"),
        ("Allocated social worker / Personal Adviser (if not the referrer)", v["swname"], "SOCIAL_WORKER_NAME" if v.get("swcode", True) else None),
        ("Social worker / PA email", v["swemail"], "SOCIAL_WORKER_EMAIL" if v.get("swcode", True) else None),
     ]),
     ("Part 4: Prevention and diversion", [
        ("Has a Family Group Conference been offered?", v["fgc"], "FGC_OFFERED"),
        ("Date of FGC (offered or held)", v["fgcdate"], "FGC_DATE" if v.get("fgccode", True) else None),
        ("What diversion has been explored? (e.g. family and friends, mediation)", v["diversion"], "DIVERSION"),
     ]),
     ("Part 5: Reason for referral, risks and support needs", [
        ("Reason for referral", v["reason"], "REASON"),
        ("EMERGENCY REFERRALS ONLY - describe the immediate safety concern", v["safety"], "SAFETY_CONCERN" if emerg else None),
        ("Known risks (to self, to others, from others, exploitation, substance misuse, offending, mental health)", v["risks"], "RISKS"),
        ("Support needs", v["support"], "SUPPORT_NEEDS"),
     ]),
     ("Part 6: Consent", [
        ("Has the young person consented to this referral and to their information being shared?", v["consent"], "CONSENT"),
        ("If No, state the safeguarding basis for sharing without consent", v.get("nocons", "N/A")),
     ]),
    ]

def TB(v):  # Word template, two questions per row
    emerg = v["variant"].norm() == "emergency"
    return [
     ("SECTION A - REFERRAL TYPE", [
        ("Referral type (Emergency / Non-emergency)", v["variant"], "VARIANT"),
        ("Date bed needed", v["needed"], "DATE_NEEDED"),
     ]),
     ("SECTION B - YOUNG PERSON", [
        ("Young person's name", v["name"], "FULL_NAME"),
        ("D.O.B.", v["dob"], "DATE_OF_BIRTH"),
        ("Gender", v["gender"], "GENDER"),
        ("LCS no.", v["lcs"], "LCS_NUMBER"),
        ("Current address", v["address"], "ADDRESS", "wide"),
        ("Preferred area", v["locality"], "LOCALITY"),
        ("Legal status", v["legal"], "LEGAL_STATUS"),
        ("UASC (Y/N)", v["uasc"], "UASC"),
        ("Parent (Y/N)", v["parent"], "PARENT"),
     ]),
     ("SECTION C - REFERRER", [
        ("Referrer name", v["rname"], "REFERRER_NAME"),
        ("Job title", v["rrole"], "REFERRER_ROLE"),
        ("Team / organisation", v["rteam"], "REFERRER_TEAM"),
        ("Tel", v["rphone"], "REFERRER_PHONE"),
        ("Email", v["remail"], "REFERRER_EMAIL", "wide"),
        ("SW / PA (if different)", v["swname"], "SOCIAL_WORKER_NAME" if v.get("swcode", True) else None),
        ("SW / PA email", v["swemail"], "SOCIAL_WORKER_EMAIL" if v.get("swcode", True) else None),
     ]),
     ("SECTION D - FAMILY GROUP CONFERENCE AND DIVERSION", [
        ("FGC offered (Y/N)", v["fgc"], "FGC_OFFERED"),
        ("FGC date", v["fgcdate"], "FGC_DATE" if v.get("fgccode", True) else None),
        ("Diversion explored (family & friends / mediation)", v["diversion"], "DIVERSION", "wide"),
     ]),
     ("SECTION E - REASON, RISK AND SUPPORT", [
        ("Why is supported accommodation being requested?", v["reason"], "REASON", "wide"),
        ("Emergency referrals: what is the immediate risk to the young person's safety?", v["safety"], "SAFETY_CONCERN" if emerg else None, "wide"),
        ("Risks (self / others / from others / exploitation / substances / offending / MH)", v["risks"], "RISKS", "wide"),
        ("Support needs", v["support"], "SUPPORT_NEEDS", "wide"),
     ]),
     ("SECTION F - CONSENT", [
        ("Consent to referral and info sharing (Y/N)", v["consent"], "CONSENT"),
        ("Completed by / date", v.get("signed", v["rname"].split()[0][0] + ". " + v["rname"].split()[-1] + " 04/12/2026")),
     ]),
    ]

def TC(v):  # label-above-answer boxes (PDF)
    emerg = v["variant"].norm() == "emergency"
    return [
     ("1. About this referral", [
        ("Please state whether this referral is an EMERGENCY or NON-EMERGENCY", v["variant"], "VARIANT"),
        ("Date the young person needs accommodation from", v["needed"], "DATE_NEEDED"),
     ]),
     ("2. The young person", [
        ("Full name", v["name"], "FULL_NAME"),
        ("Date of birth (DD/MM/YYYY)", v["dob"], "DATE_OF_BIRTH"),
        ("Gender identity", v["gender"], "GENDER"),
        ("LCS ID (optional)", v["lcs"], "LCS_NUMBER"),
        ("Where is the young person living now?", v["address"], "ADDRESS"),
        ("Which locality would the young person prefer?", v["locality"], "LOCALITY"),
        ("Legal status", v["legal"], "LEGAL_STATUS"),
        ("Unaccompanied asylum seeking child?", v["uasc"], "UASC"),
        ("Is the young person a parent or expecting?", v["parent"], "PARENT"),
     ]),
     ("3. Person making the referral", [
        ("Name", v["rname"], "REFERRER_NAME"),
        ("Role", v["rrole"], "REFERRER_ROLE"),
        ("Organisation / team", v["rteam"], "REFERRER_TEAM"),
        ("Email", v["remail"], "REFERRER_EMAIL"),
        ("Phone", v["rphone"], "REFERRER_PHONE"),
        ("Social worker or Leaving Care PA name (if not you)", v["swname"], "SOCIAL_WORKER_NAME" if v.get("swcode", True) else None),
        ("Social worker or Leaving Care PA email", v["swemail"], "SOCIAL_WORKER_EMAIL" if v.get("swcode", True) else None),
     ]),
     ("4. Family Group Conference and diversion", [
        ("Has the young person and their family been offered a Family Group Conference?", v["fgc"], "FGC_OFFERED"),
        ("Date of Family Group Conference", v["fgcdate"], "FGC_DATE" if v.get("fgccode", True) else None),
        ("Please describe the diversion work explored, including family and friends options and mediation", v["diversion"], "DIVERSION"),
     ]),
     ("5. Reasons, risks and needs", [
        ("Reason for referral", v["reason"], "REASON"),
        ("Immediate safety concern (Emergency referrals only)", v["safety"], "SAFETY_CONCERN" if emerg else None),
        ("Risk information - risk to self, risk to others, risk from others, exploitation, substance misuse, offending, mental health", v["risks"], "RISKS"),
        ("What support will the young person need?", v["support"], "SUPPORT_NEEDS"),
     ]),
     ("6. Consent", [
        ("The young person consents to this referral and to information being shared with providers", v["consent"], "CONSENT"),
        ("Where consent has not been given, the safeguarding basis for sharing", v.get("nocons", "Not applicable")),
     ]),
    ]

def TD(v):  # district council housing - plain text forms
    emerg = v["variant"].norm() == "emergency"
    return [
     ("YOUNG PERSON", [
        ("Name of young person", v["name"], "FULL_NAME"),
        ("Date of birth", v["dob"], "DATE_OF_BIRTH"),
        ("Gender", v["gender"], "GENDER"),
        ("LCS number", v["lcs"], "LCS_NUMBER"),
        ("Current address", v["address"], "ADDRESS"),
        ("Preferred locality", v["locality"], "LOCALITY"),
        ("Legal status", v["legal"], "LEGAL_STATUS"),
        ("UASC", v["uasc"], "UASC"),
        ("Young person is a parent", v["parent"], "PARENT"),
     ]),
     ("REFERRER", [
        ("Referrer", v["rname"], "REFERRER_NAME"),
        ("Role", v["rrole"], "REFERRER_ROLE"),
        ("Team", v["rteam"], "REFERRER_TEAM"),
        ("Email", v["remail"], "REFERRER_EMAIL"),
        ("Phone", v["rphone"], "REFERRER_PHONE"),
        ("Social worker / PA", v["swname"], "SOCIAL_WORKER_NAME" if v.get("swcode", True) else None),
        ("SW / PA email", v["swemail"], "SOCIAL_WORKER_EMAIL" if v.get("swcode", True) else None),
     ]),
     ("REFERRAL", [
        ("Type of referral", v["variant"], "VARIANT"),
        ("Date accommodation needed", v["needed"], "DATE_NEEDED"),
        ("Family Group Conference offered", v["fgc"], "FGC_OFFERED"),
        ("FGC date", v["fgcdate"], "FGC_DATE" if v.get("fgccode", True) else None),
        ("Diversion explored", v["diversion"], "DIVERSION"),
        ("Reason for referral", v["reason"], "REASON"),
        ("Immediate safety concern", v["safety"], "SAFETY_CONCERN" if emerg else None),
        ("Risks", v["risks"], "RISKS"),
        ("Support needs", v["support"], "SUPPORT_NEEDS"),
        ("Consent to referral and information sharing", v["consent"], "CONSENT"),
     ]),
    ]

E = N("Emergency", "emergency"); NE = N("Non-emergency", "non-emergency")
def d(s, iso): return N(s, iso)

REFS = []

# ---------- R01 Emergency, docx, TA
REFS.append(dict(id="w11-ref-01", fmt="docx", tpl=TA, style="box", file="Supported_Accommodation_Referral_JT_EMERGENCY",
 sender="marcus.ellery@council.test",
 subject="EMERGENCY supported accommodation referral - J.T. - needed today",
 cover="""Good morning,

Please find attached an emergency Supported Accommodation Assessment and Referral Form for a 17 year old female (initials JT) who presented to our Housing Options service late yesterday afternoon. She cannot return home tonight following an assault by her mother's partner and has nowhere safe to stay after this morning.

I have spoken to the Children's Services duty team this morning and they are aware. Grateful if Brokerage could look at this as a priority today.

Kind regards

Marcus Ellery
Housing Options Officer (Young People)
Cherwell District Council - Housing Needs
Tel: 01632 960214
marcus.ellery@council.test
""" + "\n" + CONF_COUNCIL,
 v=dict(variant=E, needed=d("Friday 4th Dec 2026 (today)", "2026-12-04"), name="Jade Thornton", dob=d("14.03.2009", "2009-03-14"),
  gender="Female", lcs="2291847", address="c/o 27 Pelham Close, Wexley Park, Banbury (friend's parents - one night only)",
  locality="Cherwell", legal="Child in need", uasc=YN(False), parent=YN(False),
  rname="Marcus Ellery", rrole="Housing Options Officer (Young People)", rteam="Cherwell District Council - Housing Needs Team",
  remail="marcus.ellery@council.test", rphone="01632 960214",
  swname="Hayley Brough (CIN social worker, North Family Solutions)", swemail="hayley.brough@council.test",
  fgc=YN(False, "not offered - emergency, to be offered once Jade is safe"), fgcdate="Not yet arranged", fgccode=False,
  diversion="Maternal grandmother (Dorothy Thornton) contacted 3/12 - lives in a one-bed sheltered flat, cannot accommodate. Friend's family can only offer last night. Mediation not appropriate at present because of the assault.",
  reason="Jade was assaulted at home on the evening of 2nd Dec by her mother's partner (slapped and pushed into a door, bruising to her arm). She left the address and presented to Housing Options on 3rd Dec. Mum has said Jade cannot come back while she 'keeps causing trouble' with her partner.",
  safety="Jade has no safe place to stay from this morning. Returning home would put her back with the adult who assaulted her 2 days ago and police are not yet able to confirm bail conditions. She has talked about sleeping at an older male's flat if nothing is found, which we are very worried about.",
  risks="Risk from others - mum's partner (DV, police aware, ref 43260318772). Possible risk of exploitation - older male (approx 24) offering her a place to stay. Cannabis use most days. No known offending. Low mood, previous CAMHS involvement in 2024, no current self harm disclosed.",
  support="Emotional support and a trusted adult, support to stay in education (Year 13 at Banbury college), help with budgeting and claiming benefits, GP registration to be moved, work on healthy relationships.",
  consent=YN(True))))

# ---------- R02 Emergency, docx, TB
REFS.append(dict(id="w11-ref-02", fmt="docx", tpl=TB, style="yn", file="YPSA_referral_KMahoney_04.12.2026",
 sender="sophie.latchford@council.test",
 subject="URGENT: Emergency referral - Kieran Mahoney (care leaver, 19)",
 cover="""Good morning Brokerage team,

Please see attached emergency referral for Kieran, a 19 year old care leaver I am PA for. He has been asked to leave his B&B this morning after people came to the door looking for him last night, and I do not think he is safe to stay in the Oxford area.

I am in the office all day and can be reached on my mobile.

Kind regards,

Sophie Latchford
Personal Adviser | Leaving Care Service (South)
Children's Services
Mob: 07700 900318
""" + "\n" + CONF_COUNCIL,
 v=dict(variant=E, needed=d("04.12.2026", "2026-12-04"), name="Kieran Mahoney", dob=d("22/07/2007", "2007-07-22"),
  gender="Male", lcs="1984403", address="Room 6, Carfax Lodge B&B, 18 St Clement's Row, Oxford (notice given - must leave by 11am today)",
  locality="Out of county, or South Oxfordshire if OOC not possible", legal="Care leaver", uasc=YN(False), parent=YN(False),
  rname="Sophie Latchford", rrole="Personal Adviser", rteam="Leaving Care Service (South), Children's Services",
  remail="sophie.latchford@council.test", rphone="07700 900318", swname="N/A - I am the PA", swemail="N/A", swcode=False,
  fgc=YN(False), fgcdate="N/A", fgccode=False,
  diversion="No family able to help - mum in Liverpool, no contact for 3 yrs. Older brother declined. No friends he can stay with who are not linked to the group below.",
  reason="Kieran's B&B has given him notice after two males came to the B&B at about 11pm last night asking for him and kicking at the front door. The B&B owner will not keep him. He has nowhere to go from 11am today.",
  safety="Kieran believes the males who came to the B&B are linked to a county lines group he owes money to (approx £600). He has been threatened by text over the last week. He cannot stay in central Oxford. Police informed this morning (ref 43260320115).",
  risks="Risk from others - drug debt, threats from a group linked to county lines. Exploitation - previously NRM referral 2024 (positive reasonable grounds). Substance misuse - cannabis and occasional cocaine. Offending - possession with intent 2025, now on a community order. Mental health - anxiety, sleeps badly, no self harm currently.",
  support="Needs placement away from Oxford City, high level of support hours initially, link with Youth Justice / probation, help to manage debt safely, substance misuse worker (Here4You), support into work.",
  consent=YN(True))))

# ---------- R03 Emergency, body numbered, INVALID: DATE_OF_BIRTH blank
REFS.append(dict(id="w11-ref-03", fmt="body", tpl=TA, style="word", render=body_numbered, missing="DATE_OF_BIRTH",
 sender="dean.whitcombe@council.test",
 subject="Emergency referral for supported accommodation - Tyler Brannigan",
 pre="""Good morning,

I'm sending this in the body of the email as I can't get the Word form to open on my laptop this morning. Tyler was released from the police station in the early hours and cannot go back to his dad's. Details below in the same order as the form.

""",
 post="""

Kind regards

Dean Whitcombe
Case Manager, Youth Justice Service
Tel 01632 960588 | Mob 07700 900771

""" + CONF_COUNCIL,
 v=dict(variant=E, needed=d("Today - Friday 4th December 2026", "2026-12-04"), refdate="04/12/26", name="Tyler Brannigan", dob="",
  gender="Male", lcs="2310975", address="No fixed abode since 03/12/2026 - previously 9 Coopers Yard, Didcot with father",
  locality="South Oxfordshire (not Didcot town centre)", legal="Child in need", uasc=YN(False), parent=YN(False),
  rname="Dean Whitcombe", rrole="Youth Justice Case Manager", rteam="Youth Justice Service (South)", remail="dean.whitcombe@council.test",
  rphone="01632 960588", swname="Priya Nandra", swemail="priya.nandra@council.test",
  fgc=YN(False), fgcdate="N/A", fgccode=False,
  diversion="Aunt in Abingdon asked on 3rd - she has said no because of Tyler's previous behaviour in her home. Mediation with dad not possible at the moment.",
  reason="Tyler was arrested on 3rd December following an argument with his father at home in which both were injured. He was released under investigation at approx 02:30 this morning. Dad will not have him back and said he would change the locks.",
  safety="Tyler slept in the police station foyer and has nowhere to go tonight. He says if he has nowhere to stay he will go to an older associate's flat in Didcot where we know drugs are supplied from. He is 17 and has a bail/RUI position that makes returning home unsafe for both him and dad.",
  risks="Risk to others - aggression towards father (one incident, 3/12). Risk from others - older associates, concerns about criminal exploitation. Substance misuse - cannabis daily. Offending - referral order (theft) 2025. Mental health - ADHD diagnosed, not taking meds.",
  support="Structured day, help with ADHD medication review, keep him engaged with YJS appointments, education (he is NEET), key work around relationships with dad.",
  consent=YN(True))))

# ---------- R04 Emergency, pdf, TC
REFS.append(dict(id="w11-ref-04", fmt="pdf", tpl=TC, style="box", file="Referral_AHaddad_emergency",
 sender="rachel.ogunleye@council.test",
 subject="Emergency Referral - A Haddad - 17 - UASC",
 cover="""Good morning,

Attached is an emergency referral for Amira, a 17-year-old UASC who is looked after. Her placement ended overnight and she is currently with me at the office. I would be very grateful for a call back this morning.

Kind regards

Rachel Ogunleye
Social Worker | Children We Care For Team (City)
01632 960433
""" + "\n" + CONF_COUNCIL,
 v=dict(variant=E, needed=d("4 December 2026", "2026-12-04"), name="Amira Haddad", dob=d("03/01/2009", "2009-01-03"),
  gender="Female", lcs="2402218", address="Currently at County Hall with social worker - placement at 41 Ferndale Rise, Oxford ended 03/12/2026",
  locality="Oxford City", legal="Looked after (s20)", uasc=YN(True), parent=YN(False),
  rname="Rachel Ogunleye", rrole="Social Worker", rteam="Children We Care For Team (City)", remail="rachel.ogunleye@council.test",
  rphone="01632 960433", swname="N/A", swemail="N/A", swcode=False,
  fgc=YN(False, "No family in the UK"), fgcdate="N/A", fgccode=False,
  diversion="No family or friends in UK. Other placements searched overnight by EDT - none available.",
  reason="Amira's supported lodgings placement ended suddenly last night after a disagreement with the host, who has asked for her to be moved today. Amira arrived in the UK in April 2026 and has been looked after since then.",
  safety="Amira has no placement from today. She has told me that a man she met at the mosque has offered her a room, and we do not know who he is. Without a bed tonight she would be at risk of trafficking/exploitation.",
  risks="Risk from others - possible trafficking risk (NRM being considered). Trauma from journey, nightmares and poor sleep. No substance misuse or offending known. Speaks Arabic, some English.",
  support="Arabic interpreter for key work, support with Home Office claim and solicitor appointments, ESOL college place, trauma-informed approach, support around cultural and religious needs (halal diet).",
  consent=YN(True))))

# ---------- R05 Emergency, body dotted, TD
REFS.append(dict(id="w11-ref-05", fmt="body", tpl=TD, style="brackets", render=body_dots,
 sender="lorna.pickstock@council.test",
 subject="Emergency referral - Callum Reeve",
 pre="""Good morning,

Emergency referral below for Callum Reeve, 18, who presented at the council offices in Witney at 8.15 this morning. Form copied into the email as requested by your team last time.

SUPPORTED ACCOMMODATION ASSESSMENT AND REFERRAL FORM - EMERGENCY
""",
 post="""

Many thanks,

Lorna Pickstock
Housing Advice Officer
West Oxfordshire District Council
Direct dial: 01632 960877

""" + CONF_COUNCIL,
 v=dict(variant=E, needed=d("Friday 4th", "2026-12-04"), name="Callum Reeve", dob=d("30.09.2008", "2008-09-30"),
  gender="Male", lcs="Not known", address="Sofa surfing - last night in a car at Windrush Park car park, Witney",
  locality="West Oxfordshire", legal="Not known to social care", uasc=YN(False), parent=YN(False),
  rname="Lorna Pickstock", rrole="Housing Advice Officer", rteam="West Oxfordshire District Council - Housing Advice",
  remail="lorna.pickstock@council.test", rphone="01632 960877", swname="N/A", swemail="N/A", swcode=False,
  fgc=YN(False), fgcdate="N/A", fgccode=False,
  diversion="Mum (Tracey Reeve) spoken to by phone 04.12 at 8.40am - refuses to have him back. Callum's friends' families have put him up for the last 3 weeks, no longer possible.",
  reason="Callum was asked to leave by his mother in mid November after arguments about money and his girlfriend. He has been sofa surfing and slept in a car last night in sub zero temperatures.",
  safety="Callum slept rough in a car last night and has no accommodation tonight. Forecast is -4. He has asthma and no inhaler with him. He has said he 'can't do another night of this'.",
  risks="Risk to self - low mood, made a comment today about not wanting to carry on, no plan disclosed, referred to GP. Substance misuse - alcohol at weekends. No offending. No known exploitation.",
  support="Help to register with GP and get asthma prescription, UC claim, support with low mood (Talking Space), help finding work - he was working at a warehouse until October.",
  consent=YN(True))))

# ---------- R06 Emergency, docx, TA, consent No with safeguarding basis, parent yes
REFS.append(dict(id="w11-ref-06", fmt="docx", tpl=TA, style="box", file="SAARF_Kettley_S_EMERGENCY_Parent",
 sender="bethany.corrigan@council.test",
 subject="Emergency Parent & Baby referral - S Kettley",
 cover="""Good morning,

Please find attached an emergency referral for Shannon (20) and her son Alfie (4 months) for the Parents pathway. Shannon is a care leaver and I am her PA.

Please note Shannon has not given consent to this referral; I have explained in Part 6 why we are sharing without it. I have discussed this with my team manager, Graham Oduya, who agrees.

Kind regards

Bethany Corrigan
Personal Adviser - Leaving Care (North)
Tel: 07700 900264
""" + "\n" + CONF_COUNCIL,
 v=dict(variant=E, needed=d("07/12/2026", "2026-12-07"), name="Shannon Kettley", dob=d("11/05/2006", "2006-05-11"),
  gender="Female", lcs="1766120", address="Flat 2, 14 Hobbs Terrace, Bicester (joint with partner)",
  locality="Cherwell - Bicester or Kidlington", legal="Care leaver", uasc=YN(False), parent=YN(True, "son Alfie, 4 months"),
  rname="Bethany Corrigan", rrole="Personal Adviser", rteam="Leaving Care Service (North)", remail="bethany.corrigan@council.test",
  rphone="07700 900264", swname="Kerry Lambourne (social worker for Alfie, Family Solutions North)", swemail="kerry.lambourne@council.test",
  fgc=YN(False), fgcdate="N/A", fgccode=False,
  diversion="Shannon's foster carers (the Dawsons) have been asked - they have a full house. No other family. Refuge spaces checked on 3/12 - none available for a mother and baby locally.",
  reason="Domestic abuse from Shannon's partner Reece. Police attended the flat on 1st December after neighbours reported shouting and a baby crying; Reece was arrested and released on bail with conditions not to attend the flat, but bail ends on 7th December and he holds the tenancy.",
  safety="When Reece's bail conditions end on Monday 7th Dec he will be able to return to the flat. There was a previous strangulation disclosure in August (MARAC case). Shannon and Alfie need to be out of the flat before then.",
  risks="Risk from others - DA, MARAC heard 26/11/2026, high risk DASH. Mental health - postnatal depression, on sertraline. No substance misuse or offending. Alfie subject to a child in need plan.",
  support="Parent and baby support, IDVA link (already allocated), health visitor transfer, PND support, budgeting, support to apply for housing register in her own right.",
  consent=YN(False), nocons="Shannon has said she does not want to move while she 'sorts things with Reece'. We are sharing without consent under our safeguarding duties because there is a risk of serious harm to Shannon and to a 4-month-old baby (high risk DASH, MARAC case); sharing is necessary and proportionate to protect them.")))

# ---------- R07 Emergency, body tabs (pasted table), TB
REFS.append(dict(id="w11-ref-07", fmt="body", tpl=TB, style="word", render=body_tabs,
 sender="omar.shadwell@council.test",
 subject="FW: Emergency supported accommodation referral - Leon Ashdown (16)",
 pre="""Good morning,

I've pasted the referral form below as the attachment keeps bouncing. Leon is 16 and looked after. His residential placement has given immediate notice after last night.

""",
 post="""

Thanks
Omar

Omar Shadwell
Social Worker, Adolescent Service
Children's Social Care
01632 960141

""" + CONF_COUNCIL,
 v=dict(variant=E, needed=d("4/12/2026", "2026-12-04"), name="Leon Ashdown", dob=d("19/08/2010", "2010-08-19"), gender="M",
  lcs="2144091", address="Oakridge House children's home, Chipping Hollow (notice served 03/12 - must leave today)",
  locality="Vale of White Horse", legal="Looked after - S31 care order", uasc=YN(False), parent=YN(False),
  rname="Omar Shadwell", rrole="Social Worker", rteam="Adolescent Service, Children's Social Care", rphone="01632 960141",
  remail="omar.shadwell@council.test", swname="N/A", swemail="N/A", swcode=False,
  fgc=YN(False), fgcdate="N/A", fgccode=False,
  diversion="Mum not able to care (care order). Nan in Swindon assessed 2025 - negative. No connected persons.",
  reason="Leon's residential placement has served immediate notice after an incident last night where he damaged a staff car and threatened another young person. The provider says they cannot keep the other children safe.",
  safety="Leon has no placement from today and other residential placements contacted have no beds. He has gone missing 5 times since September and is at risk of CCE when missing. Without a bed today he is very likely to go missing to Swindon.",
  risks="Risk to others - property damage, verbal threats. Risk from others / exploitation - CCE concerns, known to the exploitation team, on the MET list. Missing episodes x5. Cannabis. Offending - 1 caution. Mental health - no diagnosis, trauma history.",
  support="High support 16/17 placement with staff on site 24hrs, missing protocol, exploitation team involvement, education (PRU place), help with emotional regulation.",
  consent=YN(True))))

# ---------- R08 Non-emergency, docx, TB
REFS.append(dict(id="w11-ref-08", fmt="docx", tpl=TB, style="yn", file="Referral_Form_NCarrick",
 sender="ian.bellamy@council.test",
 subject="Non-emergency referral - Niamh Carrick - SAARF attached",
 cover="""Good morning,

Please find attached a non-emergency Supported Accommodation Assessment and Referral Form for Niamh Carrick (17). An FGC was held on 20th November and the family plan is for Niamh to move to supported accommodation before Christmas.

Any questions please give me a call.

Kind regards

Ian Bellamy
Housing Options Officer
Vale of White Horse District Council
T: 01632 960390
""" + "\n" + CONF_COUNCIL,
 v=dict(variant=NE, needed=d("21st December 2026", "2026-12-21"), name="Niamh Carrick", dob=d("02.02.2009", "2009-02-02"),
  gender="Female", lcs="2207756", address="55 Larkspur Way, Fairmead, Wantage", locality="Vale of White Horse",
  legal="Child in need", uasc=YN(False), parent=YN(False), rname="Ian Bellamy", rrole="Housing Options Officer",
  rteam="Vale of White Horse DC - Housing Options", rphone="01632 960390", remail="ian.bellamy@council.test",
  swname="Natasha Greer", swemail="natasha.greer@council.test",
  fgc=YN(True), fgcdate=d("20/11/2026", "2026-11-20"),
  diversion="FGC held 20/11. Mediation (Oxfordshire mediation service) x2 sessions in Oct/Nov. Dad's house considered - not suitable, too small. Family agree Niamh should move on with continued contact.",
  reason="Relationship with mum and step-dad has broken down over the last year, with frequent arguments. Niamh is currently staying at home but the FGC plan agreed she needs her own space and support to prepare for independence.",
  safety="N/A - non emergency",
  risks="Low risk. Some self harm (cutting) in 2025, none for 6 months. No substance misuse, no offending. Vulnerable online - past contact with older males via social media.",
  support="Low-medium support. Independent living skills, emotional wellbeing (linked with school counsellor), stay at Wantage sixth form.",
  consent=YN(True))))

# ---------- R09 Non-emergency, docx, TA
REFS.append(dict(id="w11-ref-09", fmt="docx", tpl=TA, style="box", file="Supported_Accommodation_Referral_ROkafor",
 sender="gemma.fairbrother@council.test",
 subject="Referral - Ryan Okafor - 18+ shared - non emergency",
 cover="""Good morning,

Please find attached a referral for Ryan Okafor, a care leaver I work with. Ryan's staying put arrangement ends later this month and he would like an 18+ shared placement in Oxford, ideally from w/c 14th December.

Many thanks

Gemma Fairbrother
Personal Adviser, Leaving Care Service (City)
Tel: 01632 960702 | Mobile: 07700 900553
""" + "\n" + CONF_COUNCIL,
 v=dict(variant=NE, needed=d("w/c 14 Dec 2026", "2026-12-14"), name="Ryan Okafor", dob=d("27th June 2008", "2008-06-27"),
  gender="Male", lcs="1890032", address="12 Meadowsweet Lane, Headleigh, Oxford (staying put with former foster carers)",
  locality="Oxford City", legal="Care leaver", uasc=YN(False), parent=YN(False),
  rname="Gemma Fairbrother", rrole="Personal Adviser", rteam="Leaving Care Service (City)", remail="gemma.fairbrother@council.test",
  rphone="01632 960702", swname="N/A - referrer is PA", swemail="N/A", swcode=False,
  fgc=YN(True), fgcdate=d("26.11.2026", "2026-11-26"),
  diversion="FGC held 26/11/2026 with Ryan, his foster carers and his aunt. Aunt cannot accommodate. Foster carers are retiring and moving to Wales in January so staying put ends.",
  reason="Staying put arrangement is ending as carers are relocating. Ryan needs an 18+ placement to continue building independence skills before moving on to his own tenancy.",
  safety="N/A",
  risks="No significant risks. Ryan has mild learning needs (EHCP until 2025). No substance misuse, no offending. Could be taken advantage of by peers financially.",
  support="Budgeting and paying bills, cooking, keeping his apprenticeship at Cowley (Level 2 mechanics), support to bid on housing register when ready.",
  consent=YN(True))))

# ---------- R10 Non-emergency, body colon, INVALID: CONSENT blank
REFS.append(dict(id="w11-ref-10", fmt="body", tpl=TD, style="word", render=body_colon, missing="CONSENT",
 sender="kyle.marchbank@council.test",
 subject="Supported accommodation referral (non emergency) - E Stanbridge",
 pre="""Good morning,

Please accept the referral below for Ellie Stanbridge. FGC was held last week. Ellie would like to stay in the Cherwell area if possible.

SUPPORTED ACCOMMODATION ASSESSMENT AND REFERRAL - NON-EMERGENCY
""",
 post="""

Kind regards,

Kyle Marchbank
Youth Justice Practitioner
Youth Justice Service (North)
Tel: 01632 960615

""" + CONF_COUNCIL,
 v=dict(variant=NE, needed=d("18/12/2026", "2026-12-18"), name="Ellie Stanbridge", dob=d("05/10/2010", "2010-10-05"),
  gender="Female", lcs="2355190", address="8 Weaver's Close, Hanwell Fields, Banbury", locality="Cherwell", legal="Child in need",
  uasc=YN(False), parent=YN(False), rname="Kyle Marchbank", rrole="Youth Justice Practitioner", rteam="Youth Justice Service (North)",
  remail="kyle.marchbank@council.test", rphone="01632 960615", swname="Amy Castellano", swemail="amy.castellano@council.test",
  fgc=YN(True), fgcdate=d("26/11/2026", "2026-11-26"),
  diversion="FGC 26/11/2026. Mediation through YJS restorative worker. Older sister in Brackley offered weekends only.",
  reason="Ongoing conflict at home with mum, including one incident where Ellie damaged property. Mum says she can no longer manage and the FGC agreed a planned move to supported accommodation.",
  safety="N/A - non emergency",
  risks="Risk to others - verbal aggression at home, criminal damage (outcome 22). Cannabis occasionally. Some concern about a group of older peers in Banbury town centre.",
  support="Medium support, keep engaged with YJS and school (Year 12), anger management work, healthy relationships.",
  consent=YN(None))))

# ---------- R11 Non-emergency, pdf, TC
REFS.append(dict(id="w11-ref-11", fmt="pdf", tpl=TC, style="box", file="Referral_MSiddiqui_Non-Emergency",
 sender="harriet.dunmow@council.test",
 subject="Supported Accommodation Referral - Non-Emergency - Mohammed Siddiqui",
 cover="""Good morning,

Please see attached non-emergency referral for Mohammed Siddiqui (21), who approached us as threatened with homelessness. He has been accepted a prevention duty and a Family Group Conference was held with his family on Wednesday.

Please do not hesitate to contact me if you need anything further.

Kind regards

Harriet Dunmow
Senior Housing Needs Officer
South Oxfordshire District Council
01632 960950
""" + "\n" + CONF_COUNCIL,
 v=dict(variant=NE, needed=d("04.01.2027", "2027-01-04"), name="Mohammed Siddiqui", dob=d("16.04.2005", "2005-04-16"),
  gender="Male", lcs="N/A", address="71 Orchard Parade, Thame Vale, Thame (family home)", locality="South Oxfordshire",
  legal="Not known to social care", uasc=YN(False), parent=YN(False), rname="Harriet Dunmow", rrole="Senior Housing Needs Officer",
  rteam="South Oxfordshire DC Housing Needs", remail="harriet.dunmow@council.test", rphone="01632 960950",
  swname="Not applicable", swemail="Not applicable", swcode=False,
  fgc=YN(True), fgcdate=d("02/12/2026", "2026-12-02"),
  diversion="FGC held 02/12/2026. Uncle in Reading approached - can take him for a few weeks only. Mediation offered - Mohammed and parents agreed it would not change the position; the house is overcrowded (8 people in 3 bedrooms).",
  reason="Overcrowding and strained relationships at home. Parents have asked Mohammed to leave by the new year as his younger siblings need the room. He is working part time and wants to build skills to live independently.",
  safety="Not applicable",
  risks="Low. Mild depression (GP aware). No substance misuse, no offending, no exploitation concerns.",
  support="Low support - budgeting, tenancy skills, help with housing register and a move-on plan, employment support to increase hours.",
  consent=YN(True))))

# ---------- R12 Non-emergency, docx, TB, parent
REFS.append(dict(id="w11-ref-12", fmt="docx", tpl=TB, style="box", file="Parents_pathway_referral_CHale",
 sender="joanne.whitlam@council.test",
 subject="Referral (Parents pathway) - Courtney Hale & son - non emergency",
 cover="""Good morning all,

Please find attached a non-emergency referral for Courtney (19) and her son Mason (13 months) for the Parents pathway. An FGC took place on 24th November.

Have a good weekend,

Joanne Whitlam
Personal Adviser
Leaving Care Service (West)
Mobile 07700 900149
""" + "\n" + CONF_COUNCIL,
 v=dict(variant=NE, needed=d("18th Dec 2026", "2026-12-18"), name="Courtney Hale", dob=d("8th Nov 2007", "2007-11-08"),
  gender="Female", lcs="1922648", address="Room 3, Elmhurst Hostel, 2 Marsh Lane, Carterton", locality="West Oxfordshire",
  legal="Care leaver", uasc=YN(False), parent=YN(True), rname="Joanne Whitlam", rrole="Personal Adviser",
  rteam="Leaving Care Service (West)", rphone="07700 900149", remail="joanne.whitlam@council.test",
  swname="Dawn Keeble (Mason's SW, Family Solutions West)", swemail="dawn.keeble@council.test",
  fgc=YN(True), fgcdate=d("24 Nov 2026", "2026-11-24"),
  diversion="FGC 24/11/2026. Mason's paternal grandmother helps with childcare but cannot house them. No other family support. Mediation N/A.",
  reason="Courtney and Mason are in a single room in an adult hostel which is not suitable for a toddler (shared kitchen and bathroom with adults, some of whom use drugs). Mason's social worker supports the move.",
  safety="N/A",
  risks="Risk from others - adults in current hostel. Courtney had a cannabis habit in 2025, tests clear since June. No offending. Anxiety - managed with GP.",
  support="Parenting support, routines for Mason, nursery place (2yr funding due next year), budgeting, move on to own tenancy in 12-18 months.",
  consent=YN(True))))

# ---------- R13 Non-emergency, pdf, TC
REFS.append(dict(id="w11-ref-13", fmt="pdf", tpl=TC, style="box", file="Referral_JPennington_NonEmergency",
 sender="femi.adebayo@council.test",
 subject="Non-emergency referral: Josh Pennington (17) - planned move",
 cover="""Good morning,

Please see attached a planned referral for Josh who is looked after and currently in foster care. His FGC was held yesterday and the plan is for him to move to a 16/17 placement on Tuesday.

Kind regards

Femi Adebayo
Social Worker
Children We Care For (South and Vale)
Tel 01632 960281
""" + "\n" + CONF_COUNCIL,
 v=dict(variant=NE, needed=d("08.12.2026", "2026-12-08"), name="Joshua (Josh) Pennington", dob=d("21/12/2008", "2008-12-21"),
  gender="Male", lcs="2011873", address="c/o foster carers, 3 Brambling Court, Stanmoor, Abingdon", locality="Vale of White Horse or South Oxfordshire",
  legal="Looked after (S20)", uasc=YN(False), parent=YN(False), rname="Femi Adebayo", rrole="Social Worker",
  rteam="Children We Care For (South and Vale)", remail="femi.adebayo@council.test", rphone="01632 960281",
  swname="Not applicable (referrer is SW)", swemail="Not applicable", swcode=False,
  fgc=YN(True), fgcdate=d("Thursday 3rd Dec 2026", "2026-12-03"),
  diversion="FGC 03/12/2026. Return to mum assessed - not safe. Foster carers are ending the placement on good terms (retiring). Josh wants to try supported accommodation before 18.",
  reason="Foster placement ending planned as carers are retiring. Josh is 18 on 21st December and his pathway plan is a supported placement to build independence.",
  safety="Not applicable - planned move",
  risks="Low-medium. History of going missing (none in 2026). No substance misuse. Offending - none. Some anxiety in new situations.",
  support="Support with transition at 18, college (Abingdon & Witney College, bricklaying), independence skills, staying in touch with foster carers.",
  consent=YN(True))))

# ---------- R14 Non-emergency, body reply above pasted form (label newline), TD
REFS.append(dict(id="w11-ref-14", fmt="body", tpl=TD, style="word", render=body_newline,
 sender="natalie.greaves@council.test",
 subject="RE: Lacey Dunmore - referral form",
 pre="""Good morning Sam,

Thanks for your email yesterday. As discussed, the FGC did take place on 19th November, so I've updated the form below and I'm resending it as a non-emergency referral. Lacey is happy for the information to be shared.

""",
 post="""

Kind regards

Natalie Greaves
Personal Adviser | Leaving Care Service (South)
07700 900687

""" + CONF_COUNCIL + """

-----Original Message-----
From: Sam Whitford <sam.whitford@council.test>
Sent: Thursday, December 3, 2026 4:52 PM
To: Natalie Greaves <natalie.greaves@council.test>
Subject: Lacey Dunmore - referral form

Hi Natalie,
Thanks for Lacey's referral. Could you confirm whether an FGC has been offered? We can't progress a non-emergency referral without it.
Thanks
Sam
Brokerage (Placements) Team""",
 v=dict(variant=NE, needed=d("Monday 14th December 2026", "2026-12-14"), name="Lacey Dunmore", dob=d("12.08.2008", "2008-08-12"),
  gender="Female", lcs="2067415", address="Staying with friend at 19 Cobden Row, Thornbury Green, Henley-on-Thames", locality="South Oxfordshire",
  legal="Care leaver", uasc=YN(False), parent=YN(False), rname="Natalie Greaves", rrole="Personal Adviser",
  rteam="Leaving Care Service (South)", remail="natalie.greaves@council.test", rphone="07700 900687",
  swname="N/A", swemail="N/A", swcode=False,
  fgc=YN(True), fgcdate=d("19/11/2026", "2026-11-19"),
  diversion="FGC held 19/11/2026 - no family placement options. Friend can keep her until 14/12 only. Mediation with mum not wanted by either.",
  reason="Lacey moved out of her semi-independent placement at 18 to live with her boyfriend; that relationship has ended and she is staying with a friend temporarily.",
  safety="N/A - not an emergency",
  risks="Mental health - emotionally unstable personality disorder diagnosis, history of overdose (last in March 2026). Alcohol binge drinking. No offending.",
  support="Medium support - mental health (CMHT care coordinator Paul Vesey), alcohol work, help to get back into college.",
  consent=YN(True))))
