OTHERS = []

# =============================== MASH ===============================
OTHERS.append(dict(
 id="w5-mash-01", form="mash-referral", layout="body", render="t_colon",
 frm="kirsty.evans@housing.council.test",
 subject="MASH referral - 16 year old threatened with homelessness - L Corbett",
 pre="Dear MASH,\n\nI am making a referral for a joint assessment for a 16 year old who presented to Housing Solutions yesterday. Mediation has been tried and has not resolved things. Details below.\n\nREFERRAL TO MASH - HOMELESS / THREATENED WITH HOMELESSNESS (16/17 YEAR OLD)\n",
 post="\n\nMany thanks,\nKirsty Evans\nHousing Options Officer (Young People)\nGlanaber County Council Housing Solutions\n01970 611 050",
 sections=[
  ("Young person", [
   ("Young person's name", "Lily-Mae Corbett"),
   ("Date of birth", "14/03/2010"),
   ("Address", "22 Maes Glas, Abercarrog, GL18 2PL (mother's home)"),
  ]),
  ("Referral", [
   ("Presenting agency", "Glanaber County Council Housing Solutions"),
   ("Homeless or threatened with homelessness", "Threatened - mum has given her until Sunday 6 December to leave"),
   ("Mediation attempted (Y/N)", "Y"),
   ("Date of mediation", "02/12/2026"),
   ("Outcome of mediation", "Home visit and mediation session by our mediation officer. Mum says she cannot cope with Lily-Mae's behaviour and will not agree to her staying past the weekend. Lily-Mae became upset and left part-way through."),
   ("Welfare or safeguarding concerns", "Lily-Mae has been staying out late with older peers and mum found vapes and cash she could not explain. She has missed 40% of school this term. She says mum's partner shouts at her. No disclosure of physical harm."),
   ("Known to social care (Y/N)", "N"),
   ("Parent / guardian contact", "Mother - Joanne Corbett, 07700 900 154, same address"),
  ]),
 ],
 v=dict(NAME="Lily-Mae Corbett", DATE_OF_BIRTH="2010-03-14", STATUS="threatened", MEDIATION="yes", MEDIATION_DATE="2026-12-02", KNOWN="no"),
))

OTHERS.append(dict(
 id="w5-mash-02", form="mash-referral", layout="body", render="t_numq",
 frm="d.owen@brotaran.school.test",
 subject="Referral to MASH - Year 12 pupil homeless - R Pugh",
 pre="Dear MASH colleagues,\n\nI am the Designated Safeguarding Lead at Ysgol Bro Taran. One of our Year 12 students told us this morning that he has nowhere to stay. I have completed the referral below as fully as I can.\n",
 post="\n\nYours sincerely,\nDelyth Owen\nDesignated Safeguarding Lead / Arweinydd Diogelu Dynodedig\nYsgol Bro Taran\n01970 690 321",
 sections=[
  ("Young person", [
   ("What is the young person's name?", "Rhys Aled Pugh."),
   ("What is his date of birth?", "6th May 2009."),
   ("What is his current address?", "He has no fixed address. His last address was 17 Tan y Bryn, Cwm Isel, GL15 4QE (father's home). He slept in the car park shelter by the leisure centre on Wednesday night."),
  ]),
  ("Referral", [
   ("Who is making the referral (presenting agency)?", "Ysgol Bro Taran (secondary school), Designated Safeguarding Lead."),
   ("Is the young person homeless now or threatened with homelessness?", "Homeless now. His father told him to leave on Monday 30 November and he has been sofa surfing since."),
   ("Has mediation been attempted?", "No. His father would not speak to me when I rang yesterday and Rhys says he does not want mediation at the moment."),
   ("If so, what was the outcome?", "Not applicable."),
   ("Are there any welfare or safeguarding concerns?", "Yes. Rhys has a bruise on his cheek which he says was from his father on 30 November. He has not eaten properly for several days. He has previously been open to social care."),
   ("Is he known to social care?", "Yes, he was on a child in need plan in 2023 (closed in 2024)."),
   ("Parent or guardian contact details?", "Father - Mr Huw Pugh, 07700 900 377. Mother lives in Ireland, no number held."),
  ]),
 ],
 v=dict(NAME="Rhys Aled Pugh", DATE_OF_BIRTH="2009-05-06", STATUS="homeless", MEDIATION="no", KNOWN="yes"),
))

OTHERS.append(dict(
 id="w5-mash-03", form="mash-referral", layout="body", render="t_above", missing="DATE_OF_BIRTH",
 frm="marc.jones@housing.council.test",
 subject="16/17 homeless referral to MASH - K Nowak",
 pre="MASH,\n\nPlease see referral below. Kacper presented at the Housing Solutions front desk late yesterday.\n",
 post="\n\nThanks,\nMarc Jones\nHousing Solutions Officer\nGlanaber County Council",
 sections=[
  ("YOUNG PERSON", [
   ("Young person's name", "Kacper Nowak"),
   ("Date of birth (dd/mm/yyyy)", ""),
   ("Address", "No fixed abode - previously 6 Heol y Parc, Tregwyn, GL3 5DR (parents)"),
  ]),
  ("HOUSING SITUATION", [
   ("Presenting agency", "Glanaber Housing Solutions"),
   ("Homeless or threatened with homelessness?", "Homeless"),
   ("Mediation attempted?", "Yes"),
   ("Date of mediation", "03/12/2026"),
   ("Mediation outcome", "Telephone mediation with parents (Polish interpreter). Parents will not have Kacper back after he brought a friend into the house who stole from them. Unsuccessful."),
  ]),
  ("CONCERNS", [
   ("Welfare or safeguarding concerns", "Kacper spent last night at the bus station. He has a part-time job but no money until payday. He says the friend who stole is older and pressures him to hold items for him."),
   ("Known to social care?", "No"),
   ("Parent/guardian contact", "Tomasz and Ewa Nowak, 07700 900 902 (dad), same previous address"),
  ]),
 ],
 v=dict(NAME="Kacper Nowak", STATUS="homeless", MEDIATION="yes", MEDIATION_DATE="2026-12-03", KNOWN="no"),
))

OTHERS.append(dict(
 id="w5-mash-04", form="mash-referral", layout="docx", render="two_col",
 title="Atgyfeiriad i'r MASH - Person Ifanc 16/17 Digartref / MASH Referral - Homeless 16/17 Year Old",
 logo="CYNGOR SIR GLANABER | GLANABER COUNTY COUNCIL",
 footer="Cyngor Sir Glanaber / Glanaber County Council - Canolfan Ddiogelu Amlasiantaethol / Multi-Agency Safeguarding Hub. SWYDDOGOL-SENSITIF / OFFICIAL-SENSITIVE",
 frm="rhiannon.davies@council.test",
 subject="Atgyfeiriad MASH / MASH referral - Megan Tudor (17) - threatened with homelessness",
 cover="Annwyl gydweithwyr / Dear colleagues,\n\nPlease find attached a MASH referral for Megan Tudor, 17. Mediation has been partly successful but the situation remains unstable, so I am requesting a joint assessment.\n\nCofion / Regards,\nRhiannon Davies\nEarly Help Family Support Worker\nGlanaber County Council",
 sections=[
  ("1. Manylion y person ifanc / Young person's details", [
   ("1.1 Enw / Name", "Megan Elen Tudor"),
   ("1.2 Dyddiad geni / Date of birth", "30/09/2009"),
   ("1.3 Cyfeiriad / Address", "Fflat 2, 11 Stryd y Farchnad, Porth Elin, GL41 1CC (mother's flat)"),
  ]),
  ("2. Y sefyllfa / The situation", [
   ("2.1 Asiantaeth sy'n cyflwyno / Presenting agency", "Glanaber County Council - Early Help"),
   ("2.2 Digartref neu dan fygythiad? / Homeless or threatened with homelessness?", "☐ Digartref / Homeless   ☒ Dan fygythiad / Threatened"),
   ("2.3 A geisiwyd cyfryngu? / Has mediation been attempted?", "☒ Do / Yes   ☐ Naddo / No"),
   ("2.4 Dyddiad cyfryngu / Date of mediation", "27/11/2026"),
   ("2.5 Canlyniad / Outcome of mediation", "Partly successful. Mum agreed Megan can stay until 18 December while other options are explored, but says she will not extend beyond that because of overcrowding (Megan sleeps on the sofa)."),
   ("2.6 Pryderon lles neu ddiogelu / Welfare or safeguarding concerns", "Megan is 20 weeks pregnant. Mum's partner has a history of domestic abuse and Megan says she feels unsafe when he drinks. No current police involvement."),
   ("2.7 Yn hysbys i ofal cymdeithasol? / Known to social care?", "☒ Ydy / Yes   ☐ Nac ydy / No - previous CIN plan, closed June 2026"),
   ("2.8 Cyswllt rhiant neu warcheidwad / Parent or guardian contact", "Mam / Mother: Kerry Tudor, 07700 900 561"),
  ]),
 ],
 v=dict(NAME="Megan Elen Tudor", DATE_OF_BIRTH="2009-09-30", STATUS="threatened", MEDIATION="yes", MEDIATION_DATE="2026-11-27", KNOWN="yes"),
))

OTHERS.append(dict(
 id="w5-mash-05", form="mash-referral", layout="pdf", render="boxes",
 title="Online MASH Referral - Young Person (16/17) with Accommodation Needs",
 logo="Llwybr Ifanc - Youth Homelessness Charity",
 header="03/12/2026, 17:05                                   MASH Online Referral - Confirmation",
 footer="https://mash.glanaber.test/online-referral/confirmation?ref=MASH-OL-77412                                   1/1",
 frm="zara.patel@llwybrifanc.test",
 subject="MASH online referral MASH-OL-77412 - Jordan Blake (copy)",
 cover="Hello,\n\nI submitted the attached online MASH referral yesterday evening for Jordan Blake, 16, who came into our drop-in. I have not had a confirmation email so I am sending the printout as well.\n\nBest wishes,\nZara Patel\nYouth Worker, Llwybr Ifanc drop-in\n07700 900 845",
 sections=[
  ("About the young person", [
   ("Young person's name", "Jordan Blake"),
   ("Date of birth", "21 July 2010"),
   ("!Current address", "No fixed address - slept at a friend's house (12 Rhodfa'r Môr, Porth Elin) on 2 December; not able to stay again"),
  ]),
  ("Referral details", [
   ("Presenting agency", "Llwybr Ifanc (charity)"),
   ("Homeless or threatened?", "Homeless"),
   ("Mediation attempted?", "No"),
   ("Mediation outcome (if attempted)", "N/A - Jordan refused consent to contact his mother for mediation today"),
   ("!Welfare or safeguarding concerns", "Jordan says his mother threw him out after he told her he is gay. He has been sleeping at friends' houses for a week and spent one night in a stairwell. He has no money and has not been to college since 25 November."),
   ("Known to social care?", "No (not to our knowledge)"),
   ("Parent / guardian contact", "Mother - Stacey Blake, number not given by Jordan"),
  ]),
 ],
 v=dict(NAME="Jordan Blake", DATE_OF_BIRTH="2010-07-21", STATUS="homeless", MEDIATION="no", KNOWN="no"),
))

# =============================== RISK CONCERNS ===============================
OTHERS.append(dict(
 id="w5-risk-01", form="risk-concern", layout="docx", render="two_col",
 title="Risk Concern Response to Referral",
 logo="Stonewater | Young People's Supported Housing",
 footer="Stonewater Ltd - registered society. Young People's Services, Oxfordshire. OFFICIAL - SENSITIVE",
 frm="hannah.cole@stonewater.provider.test",
 subject="Risk concern - referral BRK/26/1142 - D Roberts",
 cover="Dear Brokerage team,\n\nThank you for the referral for Dylan Roberts. Having reviewed the information and completed our risk assessment, we are not able to accept him at this time. Our response and our risk assessment are attached. We would welcome a conversation about what could make this placement work.\n\nKind regards,\nHannah Cole\nService Manager, Young People's Services\nStonewater",
 sections=[
  ("Referral details", [
   ("Brokerage referral number", "BRK/26/1142"),
   ("Provider", "Stonewater"),
   ("Young person's name", "Dylan Roberts"),
   ("Property considered", "STW-VWH-02"),
  ]),
  ("Section 1 - The risk we are unable to manage", [
   ("1. Please describe the risk the service cannot manage", "Dylan has two recorded incidents of deliberate fire setting in the last twelve months, including setting fire to a mattress in his previous placement in September 2026. STW-VWH-02 is a shared house with three other young people and no waking night staff."),
  ]),
  ("Section 2 - Why it cannot be managed", [
   ("2. Please explain why this risk cannot be managed within current resources", "The property has a standard domestic fire alarm system without a sprinkler system, and staff are on site 9am to 5pm only. Our fire risk assessment does not allow us to accept a resident with recent fire setting into a shared property without overnight cover."),
  ]),
  ("Section 3 - What would help", [
   ("3. Resources or support that would enable the risk to be managed", "A single self-contained unit with a linked fire alarm and sprinkler system, or funding for waking night cover for an initial twelve weeks. A fire safety assessment by the fire service and a referral for fire setting intervention work would also help us reconsider."),
  ]),
  ("Attachments", [
   ("Risk assessment and risk management plan attached?", "☒ Yes   ☐ No"),
  ]),
 ],
 v=dict(REFERRAL_REFERENCE="BRK/26/1142", PROVIDER="Stonewater", YOUNG_PERSON="Dylan Roberts"),
))

OTHERS.append(dict(
 id="w5-risk-02", form="risk-concern", layout="body", render="t_numq",
 frm="gemma.hart@sanctuary.provider.test",
 subject="Response to referral YPSA-2026-0877 - unable to accept (risk concern)",
 pre="Dear colleagues,\n\nThank you for the referral for Kieran Walsh. After reviewing the referral and speaking with his PA we are unable to offer a placement at SAN-CHE-01 at this time. Our response is set out below, and our risk assessment and risk management plan are attached to this email.\n\nRISK CONCERN - PROVIDER RESPONSE\n",
 post="\n\nKind regards,\nGemma Hart\nScheme Manager, Sanctuary Supported Living\nSanctuary Housing",
 sections=[
  ("Referral", [
   ("Referral reference:", "YPSA-2026-0877"),
   ("Provider:", "Sanctuary Housing (Sanctuary Supported Living)"),
   ("Young person's name:", "Kieran Walsh"),
  ]),
  ("Our concerns", [
   ("What is the risk you are unable to manage?", "Kieran has made three serious attempts to end his life by ligature in the last four months, the most recent on 21 November 2026 while on a mental health ward."),
   ("Why can it not be managed?", "SAN-CHE-01 is a shared scheme with staff on site during the day only. The rooms have not been adapted to reduce ligature points and we could not provide the level of observation his current care plan describes."),
   ("What resources or support would enable you to manage it?", "A room with ligature-reduced fittings, a 24 hour staffed setting for at least the first month, and a clear crisis plan with the Community Mental Health Team including daily contact. If these were in place we would reassess."),
  ]),
 ],
 v=dict(REFERRAL_REFERENCE="YPSA-2026-0877", PROVIDER="Sanctuary Housing", YOUNG_PERSON="Kieran Walsh"),
))

OTHERS.append(dict(
 id="w5-risk-03", form="risk-concern", layout="pdf", render="boxes",
 title="Provider Risk Concern - Referral Response",
 logo="A2Dominion | Young People's Services",
 header="A2Dominion - OFFICIAL SENSITIVE",
 footer="A2Dominion Housing Group Ltd - Young People's Services. Printed 03/12/2026 15:48. Page 1 of 1",
 frm="priya.shah@a2dominion.provider.test",
 subject="Risk concern - Brokerage no. 4419 - S Granger",
 cover="Good afternoon,\n\nPlease find attached our risk concern for the referral for Sophie Granger (Brokerage no. 4419) together with our risk assessment. We do want to support Sophie and have suggested what would allow us to do that safely.\n\nMany thanks,\nPriya Shah\nTeam Leader, Young People's Services\nA2Dominion",
 sections=[
  ("Referral", [
   ("Brokerage number", "4419"),
   ("Provider", "A2Dominion"),
   ("Young person", "Sophie Granger"),
   ("Property offered", "A2D-OXC-01"),
  ]),
  ("Risk concern (all three parts must be completed)", [
   ("!A. Risk we are unable to manage", "Sophie has been identified as a victim of child sexual exploitation by a group of adult males who are known to frequent the area around A2D-OXC-01. Two of the men named in the referral live within half a mile of the property."),
   ("!B. Why the risk cannot be managed", "The property is in the centre of the area where the exploitation took place. We cannot control who approaches the building and staff are not present overnight. Placing her here would increase the risk of further exploitation."),
   ("!C. Resources or support that would enable us to manage the risk", "We could accept Sophie into our South Oxfordshire scheme (A2D-SOX-01) if a specialist CSE worker continues to see her weekly, a disruption plan is agreed with the police, and a taxi budget is agreed so she can attend college without travelling through the city centre."),
  ]),
 ],
 v=dict(REFERRAL_REFERENCE="4419", PROVIDER="A2Dominion", YOUNG_PERSON="Sophie Granger"),
))

OTHERS.append(dict(
 id="w5-risk-04", form="risk-concern", layout="body", render="t_colon", missing="RESOURCES",
 frm="lee.parsons@key2.provider.test",
 subject="Risk concern - REF 26-0931 Marcus Obi",
 pre="Hi Brokerage,\n\nWe have looked at the referral for Marcus and unfortunately have a risk concern. Details below, our risk assessment will follow separately.\n",
 post="\n\nThanks\nLee Parsons\nProject Worker, Key2 Futures (Cherwell)",
 sections=[
  (None, [
   ("Referral reference", "REF 26-0931"),
   ("Provider", "Key2 Futures"),
   ("Young person", "Marcus Obi"),
   ("Risk we cannot manage", "Marcus has recent convictions for assaulting two members of staff at his last placement (July and October 2026) and has made threats to harm staff at K2F-CHE-01 where his former co-defendant lives."),
   ("Why it cannot be managed", "Lone working is standard at K2F-CHE-01 and the former co-defendant is a current resident. We cannot keep staff or the other resident safe with the staffing we have."),
  ]),
 ],
 v=dict(REFERRAL_REFERENCE="REF 26-0931", PROVIDER="Key2 Futures", YOUNG_PERSON="Marcus Obi"),
))

OTHERS.append(dict(
 id="w5-risk-05", form="risk-concern", layout="docx", render="boxes",
 title="Referral Response: Risk Concern",
 logo="Response - Supported Housing for Young People",
 footer="Response Organisation - Young People's Pathway. This document contains personal data. Do not forward outside the partnership.",
 frm="oliver.grant@response.provider.test",
 subject="Risk concern response - PL/2026/1206 - T Zielinski",
 cover="Dear Brokerage,\n\nPlease find attached our risk concern regarding the placement request PL/2026/1206 for Tomasz Zielinski at RSP-OXC-02. Our risk assessment and draft risk management plan are also attached.\n\nRegards,\nOliver Grant\nHousing Manager, Response",
 sections=[
  ("Details", [
   ("Placement request / referral ref.", "PL/2026/1206"),
   ("Provider", "Response"),
   ("Name of young person", "Tomasz Zielinski"),
   ("Property", "RSP-OXC-02"),
  ]),
  ("Risk concern", [
   ("!1. The risk the service is unable to manage", "Tomasz has an assessed risk of harmful sexual behaviour towards young women (AIM3 assessment, May 2026). RSP-OXC-02 currently houses three young women aged 18 to 20."),
   ("!2. The reason the risk is unable to be managed", "The house has shared bathrooms and kitchen and no staff on site overnight. We cannot put in place the supervision and separation described in his safety plan."),
   ("!3. Resources or support which would enable us to manage the risk", "A single self-contained flat (we may have one at RSP-SOX-01 from January), continued work with the specialist harmful sexual behaviour service, and agreement from the Probation Service on the licence conditions before he moves in."),
  ]),
 ],
 v=dict(REFERRAL_REFERENCE="PL/2026/1206", PROVIDER="Response", YOUNG_PERSON="Tomasz Zielinski"),
))
