from gen_lib import *
from gen_ref import CONF_COUNCIL
def d(s, iso): return N(s, iso)
HOMELESS = lambda s: N(s, "homeless"); THREAT = lambda s: N(s, "threatened")

CONF_NHS = ("DISCLAIMER: This e-mail is confidential and privileged. If you are not the intended recipient please accept our "
 "apologies; please do not disclose, copy or distribute information in this e-mail or take any action in reliance on its "
 "contents: to do so is strictly prohibited and may be unlawful. Please inform us that this message has gone astray before "
 "deleting it. Thank you for your co-operation. NHS.net is approved for exchanging patient data.")
CONF_CHARITY = ("St Brigid's Night Shelter is a registered charity (no. 1100000) and company limited by guarantee. This message "
 "and any attachment are confidential and intended only for the named recipient. If you have received it in error, please "
 "tell us by replying to this email and then delete it. We do not accept liability for any viruses.")
CONF_PROVIDER = ("The information in this email is confidential and may be legally privileged. It is intended solely for the "
 "addressee. Access to this email by anyone else is unauthorised. If you are not the intended recipient, any disclosure, "
 "copying, distribution or any action taken or omitted to be taken in reliance on it, is prohibited and may be unlawful. "
 "Registered office as shown on our website. Registered in England and Wales.")

FORMS = []

# ---------- MASH 01 docx district housing
FORMS.append(dict(id="w11-mash-01", form="mash-referral", fmt="docx", file="MASH_referral_16-17_BTanner", render="two", numbered=True,
 title="MASH Referral - Homeless or Threatened with Homelessness 16/17 Year Old",
 logo="West Oxfordshire District Council | Housing Options",
 notes="Complete all parts. A 16 or 17 year old who is homeless or threatened with homelessness must be referred to the MASH the same day. Do not delay the referral to obtain missing information - write 'Not known'. Send to the MASH secure mailbox.",
 footer="WODC Housing Options - MASH 16/17 referral form v3.2 (Sept 2026) | OFFICIAL-SENSITIVE when completed",
 sender="rosie.hambling@housing.council.test", subject="MASH referral - 16yo homeless - B Tanner",
 cover="""Good morning MASH,

Please find attached a MASH referral for Brooke Tanner (16) who presented to Housing Options yesterday afternoon with her school's family support worker. Mum has told her she must leave. Mediation was tried on Tuesday without success.

Brooke is staying with a school friend for one night only.

Kind regards

Rosie Hambling
Housing Options Officer (Youth Homelessness Prevention)
West Oxfordshire District Council
Tel: 01632 960733

""" + CONF_COUNCIL,
 sections=[
  ("Part 1: Young person's details", [
    ("Full name", "Brooke Tanner", "NAME"),
    ("Date of birth", d("09.07.2010", "2010-07-09"), "DATE_OF_BIRTH"),
    ("Age", "16"),
    ("Current address", "17 Heathfield Crescent, Minster Lea, Witney (home) - tonight c/o friend, 4 Saxon Walk, Witney", "ADDRESS"),
    ("School / college", "Witney Park Academy, Year 12"),
  ]),
  ("Part 2: Presenting agency", [
    ("Agency presenting the young person", "West Oxfordshire District Council - Housing Options", "AGENCY"),
    ("Officer / contact details", "Rosie Hambling, rosie.hambling@housing.council.test, 01632 960733"),
  ]),
  ("Part 3: Housing situation", [
    ("Is the young person homeless today or threatened with homelessness?", HOMELESS("HOMELESS - asked to leave on 03/12/2026, cannot return tonight"), "STATUS"),
    ("Has mediation been attempted?", YN(True), "MEDIATION"),
    ("Date of mediation", d("01/12/2026", "2026-12-01"), "MEDIATION_DATE"),
    ("Outcome of mediation", "Unsuccessful - mum attended one session with Mediation Matters, said she would not have Brooke back while Brooke is seeing her boyfriend (19).", "MEDIATION_OUTCOME"),
  ]),
  ("Part 4: Welfare and safeguarding", [
    ("Any welfare or safeguarding concerns?", "Brooke's boyfriend is 19 and she has said she might stay with him. School report she has been missing lessons and has new expensive clothes and a phone. Some self harm (scratching) noted by school in October. Possible CSE indicators.", "CONCERNS"),
    ("Is the young person known to Children's Social Care?", YN(False), "KNOWN"),
  ]),
  ("Part 5: Parent / guardian", [
    ("Parent or guardian name and contact", "Karen Tanner (mother) - 07700 900412, same address", "PARENT_CONTACT"),
    ("Parent aware of this referral?", YN(True)),
  ]),
 ]))

# ---------- MASH 02 body, night shelter, label newline
FORMS.append(dict(id="w11-mash-02", form="mash-referral", fmt="body", render=body_newline, style="word",
 sender="ruth.okonedo@stbrigids.charity.test", subject="Referral to MASH - 17 year old at the night shelter",
 pre="""Good morning,

A 17-year-old lad arrived at our night shelter last night at around 21:40hrs. We can't accommodate under 18s so our volunteers gave him a hot meal and he slept on the sofa in the office with two staff awake (our under-18 protocol). He is still with us this morning. Referral details below, as per the MASH form.

""",
 post="""

He is happy to wait with us until someone from the MASH or Children's Services calls. Our office number is 01632 960067.

God bless and kind regards,

Ruth Okonedo
Shelter Co-ordinator
St Brigid's Night Shelter, Church of St Brigid, Market Street, Ashcombe

""" + CONF_CHARITY,
 sections=[
  (None, [
    ("Young person's name", "Aaron Fielding", "NAME"),
    ("Date of birth", d("2nd April 2009", "2009-04-02"), "DATE_OF_BIRTH"),
    ("Address", "No fixed address - previously with dad at 6 Tanners Mews, Ashcombe", "ADDRESS"),
    ("Presenting agency", "St Brigid's Night Shelter (faith-based charity)", "AGENCY"),
    ("Homeless or threatened with homelessness?", HOMELESS("Homeless - no accommodation last night"), "STATUS"),
    ("Has mediation been attempted?", YN(False, "dad would not take our call"), "MEDIATION"),
    ("Mediation date and outcome", "N/A"),
    ("Welfare or safeguarding concerns", "Aaron has a cut above his eye which he says happened in a row with his dad's partner on Wednesday. He was wearing only a hoodie and had not eaten since Wednesday. He says he has been sleeping in a stairwell. He told our volunteer that an older lad has offered him work 'dropping stuff off'.", "CONCERNS"),
    ("Is he known to social care?", YN(True, "says he had a social worker 'a couple of years ago'"), "KNOWN"),
    ("Parent or guardian contact", "Father - Stephen Fielding, 07700 900925 (did not answer at 08:15 today)", "PARENT_CONTACT"),
  ])]))

# ---------- MASH 03 pdf, school, boxes
FORMS.append(dict(id="w11-mash-03", form="mash-referral", fmt="pdf", file="Kingsmead_MASH_referral_PWhitlock", render="boxes",
 title="Referral to MASH: young person aged 16/17 at risk of homelessness",
 logo="KINGSMEAD SCHOOL AND SIXTH FORM - Safeguarding Team",
 notes="Designated Safeguarding Lead to complete. Attach chronology where available. Answer every box; use 'Not known' where you do not have the information.",
 footer="Kingsmead School, Brookfield Road, Ashcombe | DSL: Mrs C Pemberton | Page 1 of 1",
 sender="claire.pemberton@kingsmead.school.test", subject="MASH referral - Poppy Whitlock (Y12) - threatened with homelessness",
 cover="""Good morning,

Please find attached a MASH referral for one of our Year 12 students, Poppy Whitlock. She has been given notice to leave the family home by 18th December. Mediation has started but has not resolved things yet.

Kind regards

Claire Pemberton
Designated Safeguarding Lead
Kingsmead School and Sixth Form
Tel: 01632 960509

This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this email in error please notify the school office.""",
 sections=[
  ("Section 1 - Student", [
    ("Student's full name", "Poppy Whitlock", "NAME"),
    ("Date of birth", d("17/11/2009", "2009-11-17"), "DATE_OF_BIRTH"),
    ("Home address", "Flat 5, Rowan House, Brookfield Road, Ashcombe", "ADDRESS"),
  ]),
  ("Section 2 - Referring agency", [
    ("Presenting agency", "Kingsmead School and Sixth Form (DSL)", "AGENCY"),
  ]),
  ("Section 3 - Housing", [
    ("Is the student homeless now, or threatened with homelessness? (please state which)", THREAT("Threatened with homelessness - mum has told her she must leave by 18/12/2026"), "STATUS"),
    ("Has mediation been tried?", YN(True), "MEDIATION"),
    ("When?", d("27.11.2026", "2026-11-27"), "MEDIATION_DATE"),
    ("What happened?", "First session with school family worker and mum - ongoing. Mum agreed to a second session on 8th Dec but still says Poppy must leave.", "MEDIATION_OUTCOME"),
  ]),
  ("Section 4 - Concerns", [
    ("Welfare / safeguarding concerns", "Mum's new partner moved in October; Poppy reports he shouts at her and comes into her room. Poppy's attendance has dropped to 78%. She is anxious and tearful in school. No disclosure of physical harm.", "CONCERNS"),
    ("Known to social care? (Y/N)", YN(False), "KNOWN"),
    ("Parent / carer contact details", "Mrs Joanne Whitlock (mother) 07700 900833", "PARENT_CONTACT"),
  ]),
 ]))

# ---------- MASH 04 body, CAMHS crisis, INVALID: STATUS blank
FORMS.append(dict(id="w11-mash-04", form="mash-referral", fmt="body", render=body_numbered, style="word", missing="STATUS",
 sender="oliver.tranter@ridgeway.nhs.test", subject="MASH referral - Harvey Quinlan DOB 23/05/2009",
 pre="""Good morning,

I'm a nurse with the CAMHS Crisis and Home Treatment Team. We assessed Harvey in A&E at the Ashcombe General overnight. He is medically fit for discharge this morning but there are problems with where he can go, so I am making a MASH referral using the questions from your online form.

""",
 post="""

I am on shift until 17:00 today on 01632 960326.

Kind regards

Oliver Tranter
Crisis Practitioner (RMN)
CAMHS Crisis and Home Treatment Team
Ridgeway Health NHS Foundation Trust

""" + CONF_NHS,
 sections=[
  ("Young person", [
    ("Name", "Harvey Quinlan", "NAME"),
    ("Date of birth", d("23/05/2009", "2009-05-23"), "DATE_OF_BIRTH"),
    ("Address", "22 Wyvern Close, Ashcombe (mother's address)", "ADDRESS"),
  ]),
  ("Referrer", [
    ("Presenting agency", "Ridgeway Health NHS FT - CAMHS Crisis and Home Treatment Team", "AGENCY"),
  ]),
  ("Housing", [
    ("Is the young person homeless or threatened with homelessness?", ""),
    ("Has mediation been attempted?", YN(False), "MEDIATION"),
    ("Outcome", "N/A"),
  ]),
  ("Safeguarding", [
    ("Welfare or safeguarding concerns", "Harvey presented to A&E at 23:10 with his friend after taking an overdose of paracetamol (approx 16 tablets). Bloods fine. He says the overdose followed an argument with his mother about his drinking. He is low in mood, no current plan. Safety plan completed.", "CONCERNS"),
    ("Known to social care?", YN(True, "previous CIN plan 2023"), "KNOWN"),
    ("Parent / guardian contact", "Mother - Nicola Quinlan 07700 900218", "PARENT_CONTACT"),
  ])]))

# ---------- MASH 05 docx, YOS, four-col
FORMS.append(dict(id="w11-mash-05", form="mash-referral", fmt="docx", file="YJS_MASH_Referral_MCrewe", render="four", style="caps",
 title="MASH Referral Form - Young People Aged 16 and 17 Homeless or at Risk of Homelessness",
 logo="Youth Justice Service | Children's Services",
 notes="Use this form for any 16 or 17 year old presenting as homeless or threatened with homelessness. Please tick the boxes that apply. The MASH will arrange a joint assessment with Housing within 48 hours.",
 footer="YJS/MASH/F07 - Version 4 - Review date April 2027",
 sender="leanne.pryce@council.test", subject="MASH referral: Maddison Crewe (17) - threatened with homelessness",
 cover="""Good morning,

Please see attached MASH referral for Maddison, who I supervise on a referral order. Her grandad, who she lives with, has given notice as he is going into residential care on 21st December.

Kind regards

Leanne Pryce
Youth Justice Practitioner
Youth Justice Service (City)
Tel: 01632 960664

""" + CONF_COUNCIL,
 sections=[
  ("1. Young person", [
    ("Name", "Maddison Crewe", "NAME"),
    ("DOB", d("30/01/2009", "2009-01-30"), "DATE_OF_BIRTH"),
    ("Address", "46 Sandpiper Road, Blackmere Estate, Oxford (grandfather's home)", "ADDRESS", "wide"),
  ]),
  ("2. Presenting agency", [
    ("Presenting agency", "Youth Justice Service (City)", "AGENCY"),
    ("Contact", "Leanne Pryce 01632 960664"),
  ]),
  ("3. Housing status", [
    ("Homeless / threatened", THREAT("Threatened with homelessness (must leave by 21/12/2026)"), "STATUS", "wide"),
    ("Mediation attempted", YN(True), "MEDIATION"),
    ("Mediation date", d("25th Nov 2026", "2026-11-25"), "MEDIATION_DATE"),
    ("Mediation outcome", "Mediation with mum (Clare Crewe) - mum cannot have Maddison to live with her (not allowed under her tenancy, and previous conflict). Agreed to regular contact.", "MEDIATION_OUTCOME", "wide"),
  ]),
  ("4. Welfare / safeguarding", [
    ("Concerns", "Maddison is on a referral order for assault (fight in town centre, June 2026). She has been associating with older girls linked to shoplifting for others. Grandad's move into care is a big loss for her.", "CONCERNS", "wide"),
    ("Known to CSC", YN(True), "KNOWN"),
    ("Parent / guardian contact", "Grandfather Dennis Crewe 01632 960871; mother Clare Crewe 07700 900357", "PARENT_CONTACT"),
  ]),
 ]))

# ================= RISK CONCERNS
FORMS.append(dict(id="w11-risk-01", form="risk-concern", fmt="body", render=body_colon, style="word",
 sender="dominic.farrant@stonewater.provider.test", subject="Risk concern - Brokerage ref BRK/26/0457 - K Mahoney",
 pre="""Good morning Brokerage,

Thank you for the referral for Kieran this morning. Having reviewed it with my manager we are unable to accept at Ash Court at this time. Our risk concern is set out below and our risk assessment and RMP are attached.

""",
 post="""

Happy to discuss on 01632 960412.

Kind regards
Dominic Farrant
Service Manager - Young People's Services
Stonewater

""" + CONF_PROVIDER,
 sections=[
  (None, [
    ("Referral reference", "BRK/26/0457", "REFERRAL_REFERENCE"),
    ("Provider", "Stonewater", "PROVIDER"),
    ("Young person", "Kieran Mahoney", "YOUNG_PERSON"),
    ("Risk we are unable to manage", "Risk from others linked to a drug debt and county lines group who have already located him at his previous address.", "RISK"),
    ("Why it cannot be managed", "Our West Oxfordshire scheme has no staff on site overnight and no door entry system at present (repairs booked for January). Two current residents are known to associate with the same group.", "WHY"),
    ("Resources or support that would enable us to manage the risk", "A placement at a scheme with 24 hour staffing, or an agreed police/exploitation team safety plan plus waking night cover funded for the first 4 weeks.", "RESOURCES"),
  ])]))

FORMS.append(dict(id="w11-risk-02", form="risk-concern", fmt="docx", file="Response_Risk_Concern_48213", render="two", numbered=False,
 title="Provider Risk Concern - Response to Referral", logo="RESPONSE | Supported Housing for Young People",
 notes="Use this form where the provider has concerns about managing the level of risk in the resources available. All three parts (risk, reason, resources) must be completed. Attach the risk assessment and risk management plan.",
 footer="Response Organisation - Form YP-RC1 - Uncontrolled when printed",
 sender="priya.lomax@response.provider.test", subject="Risk concern re referral 48213 (L Ashdown)",
 cover="""Good morning,

Please find attached our risk concern in relation to referral 48213 for Leon Ashdown, together with our risk assessment and management plan.

Kind regards

Priya Lomax
Team Leader, Response - Oxford Young People's Services
Tel 01632 960188

""" + CONF_PROVIDER,
 sections=[
  ("Referral details", [
    ("Brokerage referral number", "48213", "REFERRAL_REFERENCE"),
    ("Provider", "Response", "PROVIDER"),
    ("Young person's name", "Leon Ashdown", "YOUNG_PERSON"),
    ("Scheme considered", "RSP-OXC-02"),
  ]),
  ("Risk concern", [
    ("1. The risk which we are unable to manage", "Risk of going missing and of criminal exploitation, together with risk of violence towards other young residents (threats made at his last placement).", "RISK"),
    ("2. The reason the risk is unable to be managed", "RSP-OXC-02 is a 16/17 shared house with one member of staff at night. We currently have two 16-year-old residents who are already open to the exploitation team and Leon knows one of them; placing him would increase risk to all three.", "WHY"),
    ("3. Resources or support which would enable the risk to be managed", "Additional 2:1 staffing for the first 2 weeks, a multi-agency exploitation strategy meeting before move in, and a move to RSP-OXC-01 instead when a room becomes vacant on 14/12/2026.", "RESOURCES"),
  ]),
  ("Completed by", [
    ("Name / role", "Priya Lomax, Team Leader"),
    ("Date", "04/12/2026"),
  ]),
 ]))

FORMS.append(dict(id="w11-risk-03", form="risk-concern", fmt="body", render=body_numbered, style="word", missing="RESOURCES",
 sender="wayne.holcroft@a2dominion.provider.test", subject="RE: Referral YPSA-2026-1187 - risk concern",
 pre="""Good morning,

Following our call, please see our risk concern for the referral below.

""",
 post="""

Risk assessment attached separately to follow this afternoon.

Kind regards,

Wayne Holcroft
Housing Support Manager
A2Dominion - Young People's Services (Oxford)

""" + CONF_PROVIDER,
 sections=[
  ("Referral", [
    ("Referral reference", "YPSA-2026-1187", "REFERRAL_REFERENCE"),
    ("Provider", "A2 Dominion", "PROVIDER"),
    ("Young person", "Tyler Brannigan", "YOUNG_PERSON"),
  ]),
  ("Risk concern", [
    ("Risk we are unable to manage", "Risk to others - recent assault on his father, and risk to staff from aggression when he is not taking his ADHD medication.", "RISK"),
    ("Why it cannot be managed", "A2D-SOX-01 is a lone working scheme during the day and staff do not have de-escalation training for this level of risk.", "WHY"),
    ("Resources or support that would enable us to manage it", ""),
  ])]))

FORMS.append(dict(id="w11-risk-04", form="risk-concern", fmt="pdf", file="Sanctuary_risk_concern_SKettley", render="boxes",
 title="Sanctuary Supported Living - Referral Risk Concern", logo="SANCTUARY HOUSING - Supported Living (Cherwell)",
 notes="Complete each box. A concern must state the risk, why it cannot currently be managed and what would enable the service to accept.",
 footer="Sanctuary Housing Association - Supported Living - RC form 2026",
 sender="gillian.ashworth@sanctuary.provider.test", subject="Risk concern - Referral No. REF-26-3310 - Shannon Kettley",
 cover="""Good morning,

Attached is our risk concern regarding the emergency parent and baby referral for Shannon Kettley (Brokerage referral REF-26-3310). We would like to offer a placement but need the support below in place first.

Kind regards

Gillian Ashworth
Scheme Manager, Sanctuary Supported Living (Cherwell)
T: 01632 960246

""" + CONF_PROVIDER,
 sections=[
  ("Referral", [
    ("Referral reference", "REF-26-3310", "REFERRAL_REFERENCE"),
    ("Provider", "Sanctuary Housing", "PROVIDER"),
    ("Young person", "Shannon Kettley (and baby Alfie)", "YOUNG_PERSON"),
  ]),
  ("Concern", [
    ("The risk we are unable to manage", "Risk of serious harm from the ex-partner, who knows people living on the same estate as SAN-CHE-01 in Bicester.", "RISK"),
    ("Why we are unable to manage it", "SAN-CHE-01 has an open front garden and ground floor flat only available; CCTV is not working and the address may already be known to the partner's friends.", "WHY"),
    ("Resources or support that would enable us to manage the risk", "Sanctuary scheme measures (target hardening) at the flat, CCTV repair, a police marker on the address and the IDVA agreeing a joint safety plan before move in.", "RESOURCES"),
  ])]))

FORMS.append(dict(id="w11-risk-05", form="risk-concern", fmt="docx", file="K2F_Risk_Concern_PL-26-0982", render="numbered", style="box",
 title="Risk Concern Response to Brokerage Referral", logo="KEY2 FUTURES - Banbury",
 notes="Where we are unable to accept a referral because of risk, answer all three questions in section 2 and attach the risk assessment and risk management plan.",
 footer="Key2 Futures - RCR/01 - Confidential",
 sender="anita.bhogal@key2.provider.test", subject="Risk Concern - Referral Ref PL-26-0982 - Ellie Stanbridge",
 cover="""Good morning Brokerage Team,

Please find attached our risk concern response for the above referral, with our risk assessment.

Thanks,

Anita Bhogal
Support Co-ordinator
Key2 Futures - Banbury
01632 960399

""" + CONF_PROVIDER,
 sections=[
  ("Referral", [
    ("Referral ref", "PL-26-0982", "REFERRAL_REFERENCE"),
    ("Provider", "Key2 Futures", "PROVIDER"),
    ("Name of young person", "Ellie Stanbridge", "YOUNG_PERSON"),
  ]),
  ("Risk concern", [
    ("Risk unable to manage", "Ellie's association with older peers in Banbury town centre who are known to us for damaging K2F-CHE-01 property and intimidating residents.", "RISK"),
    ("Reason unable to manage", "K2F-CHE-01 is 200 metres from where the group gathers and two of the group have visited residents there in the last month.", "WHY"),
    ("Resources / support that would enable", "An alternative Key2 Futures property away from the town centre (K2F-OXC-01 has a vacancy from 14/12) or additional evening staffing and a visitors agreement with YJS involvement.", "RESOURCES"),
  ])]))
