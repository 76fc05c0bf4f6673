MASH = []
def M(**kw): MASH.append(kw)
ML_A = {"NAME": "Young person's name", "DATE_OF_BIRTH": "Date of birth", "ADDRESS": "Address (last settled / current)", "AGENCY": "Presenting agency",
        "STATUS": "Homeless or threatened with homelessness?", "MEDIATION": "Has mediation been attempted?", "MEDIATION_DATE": "Date of mediation",
        "MEDIATION_OUTCOME": "Outcome of mediation", "CONCERNS": "Welfare / safeguarding concerns", "KNOWN": "Known to Children's Social Care?",
        "PARENT_CONTACT": "Parent / guardian name and contact details"}
ML_B = {"NAME": "YP NAME", "DATE_OF_BIRTH": "DOB", "ADDRESS": "ADDRESS", "AGENCY": "REFERRING AGENCY", "STATUS": "HOUSING STATUS",
        "MEDIATION": "MEDIATION ATTEMPTED (Y/N)", "MEDIATION_DATE": "MEDIATION DATE", "MEDIATION_OUTCOME": "MEDIATION OUTCOME",
        "CONCERNS": "SAFEGUARDING / WELFARE CONCERNS", "KNOWN": "OPEN / KNOWN TO CSC", "PARENT_CONTACT": "PARENT / CARER CONTACT"}
ML_C = {"NAME": "Name", "DATE_OF_BIRTH": "DOB", "ADDRESS": "Address", "AGENCY": "Agency", "STATUS": "Homeless / threatened", "MEDIATION": "Mediation tried",
        "MEDIATION_DATE": "Mediation date", "MEDIATION_OUTCOME": "Outcome", "CONCERNS": "Concerns", "KNOWN": "Known to social care", "PARENT_CONTACT": "Parent contact"}
MGROUPS = [("Young person", ["NAME", "DATE_OF_BIRTH", "ADDRESS"]), ("Referral details", ["AGENCY", "STATUS"]),
           ("Mediation", ["MEDIATION", "MEDIATION_DATE", "MEDIATION_OUTCOME"]), ("Concerns and family", ["CONCERNS", "KNOWN", "PARENT_CONTACT"])]
SIG_HSG = "Housing Solutions Team | Wexham District Council\nCivic Centre, Wexham WX1 1AA | 01632 960 800\n\nThis email and any files transmitted with it are confidential. Please use secure email when replying with personal information."

M(id="w13-mash-01", layout="docx", style="twocol", L=ML_A, sender="leanne.harcourt@housing.council.test",
  subject="MASH referral - homeless 16/17 yr old - Callum Reeve",
  cover="Dear MASH,\n\nCallum (17) presented at our offices yesterday afternoon after being told to leave by his dad. We have placed him in emergency B&B for one night only. Under the joint protocol I'm referring him to you for a joint assessment - MASH referral form attached.\n\nRegards\n\nLeanne Harcourt\nHousing Options Officer\n" + SIG_HSG,
  d={"NAME": "Callum Reeve", "DATE_OF_BIRTH": "08/03/2009", "ADDRESS": "Last settled: 61 Kestrel Way, Wexham WX4 3SG (dad's). Tonight: Wexham Lodge B&B (one night)",
     "AGENCY": "Wexham District Council - Housing Solutions", "STATUS": "☒ Homeless   ☐ Threatened with homelessness",
     "MEDIATION": "☒ Yes   ☐ No", "MEDIATION_DATE": "03/12/2026",
     "MEDIATION_OUTCOME": "Phone mediation by our prevention officer yesterday (03/12) - dad refused to let Callum return while he is 'using drugs in the house'. Unsuccessful.",
     "CONCERNS": "Callum says he uses cannabis daily and owes money to 'someone from school'. He has a bruise on his cheek he says is from dad. Not in education since September.",
     "KNOWN": "☒ Yes   ☐ No  (closed CIN 2024)", "PARENT_CONTACT": "Dad - Stephen Reeve 07700 900 981. Mum lives in Spain, no number."},
  values={"NAME": "Callum Reeve", "DATE_OF_BIRTH": "2009-03-08", "STATUS": "homeless", "MEDIATION": "yes", "MEDIATION_DATE": "2026-12-03", "KNOWN": "yes"},
  logo="WEXHAM DISTRICT COUNCIL  ·  Housing Solutions", title="MASH Referral - 16/17 year old homeless or at risk of homelessness",
  footer="Joint Housing Protocol for 16/17 year olds - MASH referral form (District version 2). OFFICIAL-SENSITIVE")

M(id="w13-mash-02", layout="body", style="kv", L=ML_C, sender="sam.okonjo@theyardproject.test",
  subject="MASH referral - Jade Winterton 16 - threatened with homelessness",
  intro="Hi MASH team,\n\nI'm a youth worker at The Yard. Jade has been coming to our drop-in for a year. She told us on Wednesday that her mum has given her until Sunday to move out. Details below - we have talked to Jade about this referral and she is happy for us to send it.\n\n",
  d={"NAME": "Jade Winterton", "DATE_OF_BIRTH": "21/05/2010", "ADDRESS": "14 Cowslip Gardens, Holtby Fen HF1 3LA",
     "AGENCY": "The Yard Community Youth Project (charity)", "STATUS": "Threatened - has to leave by Sunday 6/12",
     "MEDIATION": "No - not yet", "MEDIATION_DATE": "-", "MEDIATION_OUTCOME": "-",
     "CONCERNS": "Jade says mum drinks most evenings and things get 'loud'. She has been staying out until midnight at the park. A male in his 20s has been picking her up from drop-in in a car. Has missed a lot of school this term.",
     "KNOWN": "Not that we know of - N/K", "PARENT_CONTACT": "Mum - Tracey Winterton 07700 900 655"},
  outro="\nThanks\nSam\n\nSam Okonjo\nSenior Youth Worker\nThe Yard Community Youth Project | Unit 3, Mill Lane, Holtby Fen\n01632 960 377\nRegistered charity (fictional) 1000000",
  values={"NAME": "Jade Winterton", "DATE_OF_BIRTH": "2010-05-21", "STATUS": "threatened", "MEDIATION": "no", "KNOWN": "no"})

M(id="w13-mash-03", layout="pdf", style="portal", L=ML_B, sender="gareth.pell@housing.council.test",
  subject="MASH REFERRAL - ONLINE FORM COPY - OLUWASEUN BANKOLE",
  cover="Good morning,\n\nCopy of the online MASH referral I submitted last night attached, as the portal confirmation didn't come through. Seun (16) is homeless - he spent last night in our out-of-hours emergency accommodation.\n\nGareth Pell\nHousing Solutions Officer\n" + SIG_HSG,
  d={"NAME": "OLUWASEUN BANKOLE", "DATE_OF_BIRTH": "29.09.10", "ADDRESS": "NFA - PREVIOUSLY 5 DAISY HILL, MARSHAM ST CLARE MS2 8TW",
     "AGENCY": "WEXHAM DISTRICT COUNCIL HOUSING SOLUTIONS", "STATUS": "HOMELESS",
     "MEDIATION": "Y", "MEDIATION_DATE": "3rd of December", "MEDIATION_OUTCOME": "FAILED - AUNT WILL NOT TAKE HIM BACK AFTER ARGUMENT WITH HER SON",
     "CONCERNS": "SEUN HAS BEEN LIVING WITH HIS AUNT SINCE HIS MUM WENT BACK TO NIGERIA IN 2025. AUNT'S SON (19) HIT HIM DURING THE ARGUMENT ON 02/12. SEUN IS IN YEAR 12 AND VERY WORRIED ABOUT MISSING HIS MOCKS.",
     "KNOWN": "N", "PARENT_CONTACT": "AUNT - FUNMILAYO ADEBISI 07700 900 430 (HOLDS PARENTAL RESPONSIBILITY? N/K). MUM IN NIGERIA - N/K"},
  values={"NAME": "OLUWASEUN BANKOLE", "DATE_OF_BIRTH": "2010-09-29", "STATUS": "homeless", "MEDIATION": "yes", "MEDIATION_DATE": "2026-12-03", "KNOWN": "no"},
  logo="Wexham District Council - Online Services  |  Form MASH-16-17  |  Submitted 03/12/2026 21:54", title="MASH REFERRAL: 16/17 YEAR OLD HOMELESS OR THREATENED WITH HOMELESSNESS",
  footer="This is a copy of an online submission. Reference WDC-ONL-558172. Printed 04/12/2026 08:12. OFFICIAL-SENSITIVE")

# mash-04 INVALID: DOB blank
M(id="w13-mash-04", layout="pdf", style="portal", L=ML_B, sender="bethan.carlisle@fenbridgegeneral.nhs.test",
  subject="MASH referral from ED safeguarding - 17 yr old cannot return home",
  cover="Dear MASH colleagues,\n\nPlease see attached referral from the Emergency Department safeguarding nurses regarding a 17 year old who attended overnight and is medically fit but says he cannot go home. He is waiting in the department's family room.\n\nKind regards\n\nBethan Carlisle\nSafeguarding Nurse Specialist, Emergency Department\nFenbridge General Hospital NHS Trust (fictional)\nSafeguarding team bleep 4471 | 01632 960 999 ext 4471\nThis email is sent from a secure NHS.test account.",
  d={"NAME": "KIERAN BOLTON", "DATE_OF_BIRTH": "", "ADDRESS": "23 LARCH AVENUE, FENBRIDGE FB1 9DE",
     "AGENCY": "FENBRIDGE GENERAL HOSPITAL - ED SAFEGUARDING TEAM", "STATUS": "HOMELESS (TONIGHT)",
     "MEDIATION": "N", "MEDIATION_DATE": "-", "MEDIATION_OUTCOME": "NOT ATTEMPTED - STEPFATHER REFUSED TO SPEAK TO STAFF ON THE PHONE",
     "CONCERNS": "ATTENDED ED AT 01.30 WITH A CUT HAND, SAYS FROM PUNCHING A WINDOW AFTER STEPFATHER TOLD HIM TO GET OUT. SMELLED OF ALCOHOL. DISCLOSED THAT HE HAS BEEN 'HOLDING STUFF' FOR OLDER BOYS. FURTHER SUPPORT NEEDED.",
     "KNOWN": "Y - PREVIOUS CIN", "PARENT_CONTACT": "MUM - NICOLA BOLTON 07700 900 217 (NOT ANSWERING). STEPFATHER - DARREN HOLT, SAME ADDRESS"},
  expect="rejected", missing="DATE_OF_BIRTH", values={},
  logo="FENBRIDGE GENERAL HOSPITAL  |  Emergency Department  |  Safeguarding Children", title="MASH REFERRAL - HOMELESS / AT RISK 16-17 YEAR OLD",
  footer="ED Safeguarding - printed from Safeguard e-referral. OFFICIAL-SENSITIVE: PERSONAL")

M(id="w13-mash-05", layout="body", style="above", L=ML_A, sender="helen.marchetti@holtbyfenacademy.test",
  subject="MASH referral - Year 12 student - threatened homelessness",
  intro="Dear MASH,\n\nI am the Designated Safeguarding Lead at Holtby Fen Academy. Please see the referral below for one of our Year 12 students.\n\nMASH REFERRAL - 16/17 YEAR OLD\n\n",
  d={"NAME": "Harvey Stroud", "DATE_OF_BIRTH": "2nd February 2009", "ADDRESS": "9 Wharf Cottages, Holtby Fen HF3 2QQ",
     "AGENCY": "Holtby Fen Academy (school) - DSL", "STATUS": "Threatened with homelessness (mum's tenancy ends 18/12 - Harvey not included in her new housing)",
     "MEDIATION": "Yes", "MEDIATION_DATE": "01/12/2026",
     "MEDIATION_OUTCOME": "Meeting in school with mum and Harvey. Mum is moving in with her partner who will not have Harvey. No agreement reached.",
     "CONCERNS": "Harvey is anxious and has stopped eating lunch. He has a part-time job at a takeaway and told his tutor his manager has offered him a room above the shop. No other family locally.",
     "KNOWN": "No", "PARENT_CONTACT": "Mum - Samantha Stroud, 07700 900 389"},
  outro="\nYours sincerely\n\nHelen Marchetti\nDeputy Headteacher and Designated Safeguarding Lead\nHoltby Fen Academy\n01632 960 640",
  values={"NAME": "Harvey Stroud", "DATE_OF_BIRTH": "2009-02-02", "STATUS": "threatened", "MEDIATION": "yes", "MEDIATION_DATE": "2026-12-01", "KNOWN": "no"})

RISK = []
def K(**kw): RISK.append(kw)
RL_A = {"REFERRAL_REFERENCE": "Brokerage referral no.", "PROVIDER": "Provider", "YOUNG_PERSON": "Young person",
        "RISK": "1. What is the risk we are unable to manage?", "WHY": "2. Why can this risk not be managed?",
        "RESOURCES": "3. What resources or support would enable us to manage it?"}
RL_B = {"REFERRAL_REFERENCE": "Ref", "PROVIDER": "Provider", "YOUNG_PERSON": "YP",
        "RISK": "Risk unable to manage", "WHY": "Why it can't be managed", "RESOURCES": "Resources/support that would enable placement"}
RGROUPS = [("Referral", ["REFERRAL_REFERENCE", "PROVIDER", "YOUNG_PERSON"]), ("Risk concern", ["RISK", "WHY", "RESOURCES"])]

K(id="w13-risk-01", layout="docx", style="twocol", L=RL_A, sender="marie.halloran@response.provider.test",
  subject="Risk concern - referral BRK-26-1187 - K Marsh",
  cover="Hi Brokerage,\n\nThank you for the referral for Kayden. We've looked at it for RSP-CHE-01 but at this point we are unable to accept. Our risk concern response is attached, along with our initial risk assessment.\n\nKind regards\nMarie\n\nMarie Halloran\nService Manager, Response (Cherwell)\nResponse | Supporting young people into independence\nConfidential - intended for the named recipient only.",
  d={"REFERRAL_REFERENCE": "BRK-26-1187", "PROVIDER": "Response - Northbrook (RSP-CHE-01)", "YOUNG_PERSON": "Kayden Marsh",
     "RISK": "Kayden's links with adult males involved in county lines drug supply in Wexham and Northbrook. Two of our current residents are already known to the same group.",
     "WHY": "Placing Kayden at RSP-CHE-01 would put him in the same building as young people linked to the same line, which increases the risk to him and to them. We only have waking night staff on Fridays and Saturdays at this site.",
     "RESOURCES": "A placement at one of our other schemes away from Northbrook, or 1:1 waking night cover for the first four weeks, plus a joint plan with the police exploitation team and the YOS."},
  values={"REFERRAL_REFERENCE": "BRK-26-1187", "PROVIDER": "Response", "YOUNG_PERSON": "Kayden Marsh"},
  logo="RESPONSE  -  Young People's Services", title="Risk Concern Response to Referral",
  footer="Response - Risk Concern form RC1 (attach risk assessment and risk management plan). Confidential.")

K(id="w13-risk-02", layout="body", style="kv", L=RL_B, sender="dean.mcallister@key2.provider.test",
  subject="Risk concern re referral 26/0913 - Demi Clarke",
  intro="Hi all,\n\nRe the referral below for K2F-OXC-01, we have a risk concern:\n\n",
  d={"REFERRAL_REFERENCE": "Brokerage no. 26/0913", "PROVIDER": "Key2 Futures", "YOUNG_PERSON": "Demi Clarke",
     "RISK": "History of ABH against a peer and a non-contact condition with an ex-partner who we understand is currently staying with a resident's family two streets away from the scheme.",
     "WHY": "We cannot enforce the exclusion zone and the scheme has a shared entrance with no concierge. Our staff are on site 9-5 only.",
     "RESOURCES": "Confirmation from probation of a different exclusion zone or a placement at K2F-CHE-01 instead, and an agreed MAPPA / probation contact we can call out of hours."},
  outro="\nRisk assessment attached separately.\n\nThanks\nDean McAllister\nSupport Worker (Lead), Key2 Futures\nkey2 futures - helping young people move forward\nPlease treat this email as confidential.",
  values={"REFERRAL_REFERENCE": "Brokerage no. 26/0913", "PROVIDER": "Key2 Futures", "YOUNG_PERSON": "Demi Clarke"})

# risk-03 INVALID: resources left out
K(id="w13-risk-03", layout="body", style="numbered", L=RL_A, sender="nadia.kowalczyk@stonewater.provider.test",
  subject="Risk concern - YPSA-REF-04471",
  intro="Dear Brokerage,\n\nWe have reviewed the referral and have the following risk concern.\n\n",
  d={"REFERRAL_REFERENCE": "YPSA-REF-04471", "PROVIDER": "Stonewater (STW-VWH-01)", "YOUNG_PERSON": "Mason Kerr",
     "RISK": "Verbal aggression towards a female parent figure and possible ASD not yet assessed. Our scheme at STW-VWH-01 is currently all-female staffed with two young women residents who have experienced domestic abuse.",
     "WHY": "We do not feel we can manage aggression in this setting without putting existing residents and lone-working staff at risk, and we have no information yet on what triggers Mason's aggression.",
     "RESOURCES": None},
  outro="\nRegards,\nNadia Kowalczyk\nSupport Worker, Stonewater Young People's Service\nThis email is confidential and may be legally privileged.",
  expect="rejected", missing="RESOURCES", values={})

K(id="w13-risk-04", layout="docx", style="grid", L=RL_A, sender="farah.siddiqui@a2dominion.provider.test",
  subject="Risk concern response: Ref 26-SA-0442 (Shanice Okafor)",
  cover="Hi,\n\nWe'd like to offer for Shanice but have some concerns we need help with first - our risk concern form is attached. Happy to talk today.\n\nFarah Siddiqui\nYoung People's Services Coordinator\nA2Dominion\nThis email is confidential.",
  d={"REFERRAL_REFERENCE": "26-SA-0442", "PROVIDER": "A2 Dominion - A2D-OXC-01", "YOUNG_PERSON": "Shanice Okafor (16)",
     "RISK": "Risk of Shanice going missing or being located by mum's partner (alleged perpetrator), who works as a delivery driver in Oxford City and is likely to know the area of the scheme.",
     "WHY": "A2D-OXC-01 is a mixed-age 16-21 scheme on a main road with high footfall. We have no way of checking whether the alleged perpetrator has links to the area and no bail conditions are in place yet.",
     "RESOURCES": "Confirmation of police bail conditions or a safety plan agreed with the police, an additional evening support worker for the first two weeks (we estimate 14 hours a week), and daily contact from the allocated social worker for the first week."},
  values={"REFERRAL_REFERENCE": "26-SA-0442", "PROVIDER": "A2 Dominion", "YOUNG_PERSON": "Shanice Okafor (16)"},
  logo="A2Dominion  |  Young People's Supported Housing", title="RISK CONCERN - RESPONSE TO SUPPORTED ACCOMMODATION REFERRAL",
  footer="A2Dominion YP Services - Form YPS-07 - please attach risk assessment & RMP")

K(id="w13-risk-05", layout="pdf", style="portal", L=RL_B, sender="owen.tranter@connection.provider.test",
  subject="RISK CONCERN - LIAM OAKES - REF SA/2026/1203",
  cover="Hi Brokerage,\n\nPDF of our risk concern for Liam attached. Short version: we can take him at CON-SOX-01 if we can get the extra night cover for the first fortnight.\n\nOwen\n\nOwen Tranter\nProject Worker, Connection Support\nConnection Support - secure email. Please do not forward.",
  d={"REFERRAL_REFERENCE": "SA/2026/1203", "PROVIDER": "CONNECTION SUPPORT (CON-SOX-01)", "YOUNG_PERSON": "LIAM OAKES",
     "RISK": "HEAVY ALCOHOL USE AND A RECENT FIGHT IN SHARED ACCOMMODATION (DEC 2026). RISK OF CONFLICT WITH OTHER RESIDENTS IN A SHARED KITCHEN.",
     "WHY": "CON-SOX-01 HAS SLEEP-IN COVER ONLY (NO WAKING NIGHT). MOST INCIDENTS WITH ALCOHOL HAPPEN AFTER 11PM WHEN THE SLEEP-IN WORKER IS NOT AWAKE.",
     "RESOURCES": "FUNDING FOR WAKING NIGHT COVER FOR 2 WEEKS, REFERRAL TO THE YOUNG PEOPLE'S DRUG AND ALCOHOL SERVICE BEFORE MOVE-IN, AND A PA VISIT IN WEEK 1."},
  values={"REFERRAL_REFERENCE": "SA/2026/1203", "PROVIDER": "CONNECTION SUPPORT (CON-SOX-01)", "YOUNG_PERSON": "LIAM OAKES"},
  logo="Connection Support  |  Housing-related support  |  Printed from ConnectCase", title="RISK CONCERN RESPONSE",
  footer="ConnectCase record 77821 - printed 04/12/2026 08:47 by OTRANTER. Confidential.")
