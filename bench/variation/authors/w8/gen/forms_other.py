# Risk concerns (5), safeguarding incidents (8), intelligence submissions (8)
from common import *

# =================== RISK ===================
RISK_SECT = [("Ymateb pryder risg / Risk concern response", ["REFERRAL_REFERENCE", "PROVIDER", "YOUNG_PERSON", "RISK", "WHY", "RESOURCES"])]
RISK_SECT_EN = [("Provider risk concern", RISK_SECT[0][1])]
RISKS = []

def risk(id, layout, style, ls, d, sender, sig, subject, logo, footer, cover=None, **kw):
    f = dict(id=id, form="risk-concern", layout=layout, style=style, ls=ls, subject=subject, sender=sender,
             sections=sections(RISK_SECT if ls == "cy" else RISK_SECT_EN, d), sig=sig,
             title="Ffurflen Pryder Risg y Darparwr / Provider Risk Concern" if ls == "cy" else "Provider Risk Concern - response to referral",
             logo=logo, footer=footer, cover=cover, values=vals(d))
    f.update(kw)
    RISKS.append(f)

risk("w8-risk-01", "body", "under", "en", dict(
 REFERRAL_REFERENCE=("CWG/BRK/2026/0412", None), PROVIDER=("Response", None), YOUNG_PERSON=("Tyler Pugh", None),
 RISK=("Risk from others - the alleged perpetrator (mum's partner) lives 0.5 miles from our only vacancy at RSP-CHE-01, and Tyler has said he wants to 'sort him out'.", None),
 WHY=("The vacancy is a shared 16/17 house with lone working at night; we could not keep Tyler and the other residents safe if there is a confrontation at or near the property.", None),
 RESOURCES=("A vacancy in another locality (we expect one at RSP-OXC-02 from 11/12), or waking night cover funded for the first 4 weeks plus a police marker on the address.", None)),
 "jo.whitfield@response.provider.test", provider_sig("Jo Whitfield", "Referrals & Allocations Manager", "Response", "01865 555 201"),
 "Risk concern - CWG/BRK/2026/0412 - T Pugh", None, None,
 intro_text="Hi Brokerage,\n\nThank you for the referral. Unfortunately we are not able to accept at present - our risk concern is below.\n\n")

risk("w8-risk-02", "docx", "twocol", "cy", dict(
 REFERRAL_REFERENCE=("Brokerage no. 88213", None), PROVIDER=("Stonewater", None), YOUNG_PERSON=("Aaliyah Mahoney", None),
 RISK=("Child sexual and criminal exploitation - the adults involved are known to visit our STW-VWH-01 scheme and two current residents are linked to the same group.", None),
 WHY=("Placing Aaliyah at STW-VWH-01 would bring her into daily contact with peers connected to the people exploiting her. Staff are on site 9-5 only; we have no overnight staffing to prevent visitors.", None),
 RESOURCES=("A solo placement with 24-hour staffing, or our STW-VWH-02 scheme if 2:1 waking night support could be funded and a disruption plan agreed with police.", None)),
 "priya.sandhu@stonewater.provider.test", provider_sig("Priya Sandhu", "Service Manager, Young People's Services", "Stonewater", "01235 555 660"),
 "Risk Concern Form - Brokerage no. 88213", COUNCIL_LOGO.replace("CYNGOR BWRDEISTREF SIROL CWM GLAS &nbsp;|&nbsp; CWM GLAS COUNTY BOROUGH COUNCIL", "STONEWATER"), "Stonewater - Young People's Services - Confidential", stack=True,
 cover="Dear colleagues,\n\nPlease see our completed risk concern form attached regarding the above referral. We would be happy to reconsider if the resources set out can be put in place.\n\n")

risk("w8-risk-03", "body", "colon", "en", dict(
 REFERRAL_REFERENCE=("YPSA-2026-0187", None), PROVIDER=("Key2 Futures", None), YOUNG_PERSON=("Callum Jeremy", None),
 RISK=("Callum's unmedicated ADHD and the recent robbery mean he is highly likely to come into conflict with other residents at K2F-OXC-01 where we already have two young people with similar triggers.", None),
 WHY=("Our staffing at K2F-OXC-01 is one worker per shift covering 8 residents and we have had three incidents of violence there in the last month.", None)),
 "sam.okafor@key2.provider.test", provider_sig("Sam Okafor", "Assessment Lead", "Key2 Futures", "01295 555 348"),
 "Risk concern - ref YPSA-2026-0187", None, None, missing="RESOURCES",
 intro_text="Hi,\n\nRe the referral for Callum - we have concerns as below.\n\n")

risk("w8-risk-04", "docx", "numbered", "en", dict(
 REFERRAL_REFERENCE=("Ref: BR/26/1129 (Demi Harries)", None), PROVIDER=("A2 Dominion", None), YOUNG_PERSON=("Demi Harries + baby", None),
 RISK=("Postnatal depression with a recent medication change; our parent and child unit has no on-site health input and the perinatal team would need to hand over.", None),
 WHY=("The A2D-OXC-01 parent unit is staffed 8am-8pm only. We would not be able to respond overnight if Demi's mental health deteriorated while caring for an 8-month-old.", None),
 RESOURCES=("Confirmation of a perinatal mental health worker in the new area, daily health visitor contact for the first fortnight, and an agreed out-of-hours plan with EDT.", None)),
 "lucy.brennan@a2dominion.provider.test", provider_sig("Lucy Brennan", "Support Services Manager", "A2 Dominion", "0208 555 0147"),
 "RE: Referral BR/26/1129 - risk concern", "A2 DOMINION &nbsp;|&nbsp; Supported Housing", "A2 Dominion - risk concern template v3 - Confidential",
 cover="Hello,\n\nAttached is our risk concern for Demi (BR/26/1129). We'd like to support Demi and Mason if we can, subject to the support on the form.\n\n")

risk("w8-risk-05", "pdf", "above", "cy", dict(
 REFERRAL_REFERENCE=("Cyf / Ref: ATG-2026-3391", None), PROVIDER=("Connection Support", None), YOUNG_PERSON=("Jordan Probert", None),
 RISK=("Alcohol misuse with aggression when drinking - two previous evictions relate to damage while intoxicated.", None),
 WHY=("Our CON-SOX-01 scheme is a dry scheme with shared kitchen; we have no substance misuse worker in post until February 2027.", None),
 RESOURCES=("A referral to the young people's substance misuse service (with a first appointment booked before move-in) and agreement to a behaviour contract; with those we could offer a room from 14/12/2026.", None)),
 "mark.doyle@connection.provider.test", provider_sig("Mark Doyle", "Team Leader - Young People", "Connection Support", "01865 555 777"),
 "Pryder risg / Risk concern ATG-2026-3391", "CONNECTION SUPPORT", "Connection Support - Pryder risg / Risk concern - Official Sensitive", stack=True,
 cover="Hi,\n\nPlease find our risk concern for Jordan attached (PDF). We can offer a room from 14th December subject to the support listed.\n\n")


# =================== INCIDENTS ===================
INC_SECT = [
 ("Manylion / Details", ["PROVIDER", "PROPERTY", "NAME", "DATE_OF_BIRTH", "LCS_NUMBER", "WORKER_NAME", "WORKER_EMAIL"]),
 ("Y digwyddiad / The incident", ["WHEN", "DATE", "TIME", "CATEGORY", "SEVERITY", "DESCRIPTION", "ACTIONS", "POLICE_REFERENCE"]),
]
INC_SECT_EN = [("Young person and placement", INC_SECT[0][1]), ("Incident", INC_SECT[1][1])]
INCS = []
CATS_EN = ["Missing", "Exploitation", "Self-harm", "Violence", "Allegation against staff", "Police involvement", "Hospital admission", "Other"]

def inc(id, layout, style, ls, d, when, sender, sig, subject, logo="", footer="", cover=None, **kw):
    v = vals(d)
    v.pop("DATE", None); v.pop("TIME", None)
    if when:
        v["WHEN"] = when
        v["INCIDENT_DATE"] = when[:10]
    f = dict(id=id, form="safeguarding-incident", layout=layout, style=style, ls=ls, subject=subject, sender=sender,
             sections=sections(INC_SECT if ls == "cy" else INC_SECT_EN, d), sig=sig,
             title="Adroddiad Digwyddiad Diogelu / Safeguarding Incident Report" if ls == "cy" else "Safeguarding Incident Report Form",
             logo=logo, footer=footer, cover=cover, values=v)
    f.update(kw)
    INCS.append(f)

inc("w8-inc-01", "body", "colon", "cy", dict(
 PROVIDER=("Response", None), PROPERTY=("RSP-OXC-01", None), NAME=("Jac Thomas Lewis", None), DATE_OF_BIRTH=("04.04.09", "2009-04-04"),
 LCS_NUMBER=("2155870", None), WORKER_NAME=("Bethan Price", None), WORKER_EMAIL=("bethan.price@council.test", None),
 DATE=("Dydd Iau / Thursday 3rd December 2026", None), TIME=("22.45hrs", None),
 CATEGORY=("Missing / Ar goll", "missing"), SEVERITY=("Uchel / High", "high"),
 DESCRIPTION=("Jac did not return for his 10pm curfew. Staff rang his mobile at 10.15pm and 10.30pm - no answer, then phone switched off. He was last seen leaving at 4pm saying he was going to the shop. He has been missing since and has not returned as of 08.30 this morning.", None),
 ACTIONS=("Reported missing to police at 22.45hrs. EDT informed at 23.05. Checked known friends' addresses with police. Social worker emailed. Staff will complete return interview when found.", None),
 POLICE_REFERENCE=("Log 1299 of 03/12/2026", None)),
 "2026-12-03T22:45", "dewi.pike@response.provider.test", provider_sig("Dewi Pike", "Night Support Worker", "Response - RSP-OXC-01", "01865 555 214"),
 "Safeguarding incident - MISSING - RSP-OXC-01 - J Lewis",
 intro_text="Morning,\n\nSafeguarding incident report below for Jac at RSP-OXC-01 - he is still missing.\n\n")

inc("w8-inc-02", "docx", "twocol", "cy", dict(
 PROVIDER=("Oxfordshire Youth", None), PROPERTY=("OXY-WOX-01", None), NAME=("Lili Mai Roberts", None), DATE_OF_BIRTH=("23/03/2008", "2008-03-23"),
 LCS_NUMBER=("1699023", None), WORKER_NAME=("Carys Powell (PA)", None), WORKER_EMAIL=("carys.powell@council.test", None),
 WHEN=("02/12/2026 at 7.10pm", None),
 CATEGORY=("Self-harm", "self-harm"), SEVERITY=("High", "high"),
 DESCRIPTION=("Staff heard Lili crying in the bathroom. When she came out she had fresh cuts to her left forearm, two of which were deep and bleeding heavily. Lili said she had had an upsetting phone call from her mum.", None),
 ACTIONS=("First aid given, ambulance called 7.15pm. Lili was taken to A&E and had steri-strips; discharged 11.40pm with follow-up from the crisis team. Sharps removed from her room with her agreement. PA informed by email; EDT informed by phone 7.30pm.", None),
 POLICE_REFERENCE=("N/A", None)),
 "2026-12-02T19:10", "hannah.cole@oxyouth.provider.test", provider_sig("Hannah Cole", "Project Worker", "Oxfordshire Youth", "01993 555 408"),
 "Safeguarding incident report - Lili Roberts - OXY-WOX-01",
 logo="OXFORDSHIRE YOUTH &nbsp;|&nbsp; Supported Housing", footer="Oxfordshire Youth - Incident Report - Confidential - Do not forward without permission",
 tick="u", stack=True, tick_lists={"CATEGORY": CATS_EN, "SEVERITY": ["Low", "Medium", "High", "Critical"]},
 cover="Hi all,\n\nPlease see attached incident report for Lili from Wednesday evening. She is back at the project and seems settled today.\n\n")

inc("w8-inc-03", "body", "colon", "en", dict(
 PROVIDER=("Key2 Futures", None), PROPERTY=("K2F-CHE-01", None), NAME=("Kai Morris", None), DATE_OF_BIRTH=("12/12/2007", "2007-12-12"),
 LCS_NUMBER=("", None), WORKER_NAME=("Gareth Bevan (PA)", None), WORKER_EMAIL=("gareth.bevan@council.test", None),
 WHEN=("01.12.26 - 15.30hrs", None),
 CATEGORY=("Violence / assault", "violence"), SEVERITY=("Medium", "medium"),
 DESCRIPTION=("Argument in the communal kitchen between Kai and another resident over food going missing. Kai punched the other resident once in the face. No serious injury - bruise to cheek. Kai left the building and came back an hour later calmer.", None),
 ACTIONS=("Residents separated. First aid offered to the other resident. Police called on 101 at the other resident's request. Kai given a written warning and a restorative meeting arranged for 07/12. PA informed.", None),
 POLICE_REFERENCE=("TVP 43260011456", None)),
 "2026-12-01T15:30", "ffion.hale@key2.provider.test", provider_sig("Ffion Hale", "Senior Support Worker", "Key2 Futures - K2F-CHE-01", "01295 555 311"),
 "RE: Incident at K2F-CHE-01 on Tuesday", quoted=True)

inc("w8-inc-04", "docx", "multi", "en", dict(
 PROVIDER=("Stonewater", None), PROPERTY=("STW-VWH-02", None), NAME=("Harvey James Cole", None), DATE_OF_BIRTH=("08.08.05", "2005-08-08"),
 LCS_NUMBER=("1102664", None), WORKER_NAME=("Aled Thomas", None), WORKER_EMAIL=("aled.thomas@council.test", None),
 DATE=("Saturday 28th November 2026", None), TIME=("11.20am", None),
 CATEGORY=("Police involvement", "police involvement"), SEVERITY=("Low", "low"),
 DESCRIPTION=("Two police officers attended the scheme asking to speak to Harvey as a witness to a shoplifting incident in the town centre on Friday. Harvey spoke to them in the office with a staff member present. He is not a suspect.", None),
 ACTIONS=("Staff member sat in with Harvey's agreement. Officers left a card. Harvey reassured. PA informed by email on Monday.", None),
 POLICE_REFERENCE=("43260010872", None)),
 "2026-11-28T11:20", "tom.ashby@stonewater.provider.test", provider_sig("Tom Ashby", "Support Worker", "Stonewater", "01235 555 671"),
 "Incident report - STW-VWH-02 - H Cole - police visit (low)",
 logo="STONEWATER", footer="Stonewater Young People's Services - Incident form YP-04 - Confidential",
 cover="Hi,\n\nLow level incident attached for information - police visit on Saturday morning.\n\n")

inc("w8-inc-05", "pdf", "numbered", "en", dict(
 PROVIDER=("Connection Support", None), PROPERTY=("CON-SOX-01", None), NAME=("Megan Rose Price", None), DATE_OF_BIRTH=("17.06.2006", "2006-06-17"),
 LCS_NUMBER=("1388540", None), WORKER_NAME=("Nia Llewellyn", None), WORKER_EMAIL=("nia.llewellyn@council.test", None),
 WHEN=("Wednesday 2nd December 2026, 2.05pm", None),
 CATEGORY=("Hospital admission", "hospital admission"), SEVERITY=("", None),
 DESCRIPTION=("Megan collapsed in her room; she has type 1 diabetes and had not been eating. Staff found her drowsy and confused. Ambulance took her to hospital where she was admitted with DKA. She remains on the ward.", None),
 ACTIONS=("999 called at 2.07pm, first aid given and blood sugar checked. Staff member went with her in the ambulance. PA and diabetes nurse informed. Room kept secure.", None),
 POLICE_REFERENCE=("None", None)),
 "2026-12-02T14:05", "amy.carter@connection.provider.test", provider_sig("Amy Carter", "Support Worker", "Connection Support", "01865 555 790"),
 "Safeguarding incident - hospital admission - M Price (CON-SOX-01)", missing="SEVERITY",
 logo="CONNECTION SUPPORT", footer="Connection Support - Incident Reporting Form - Official Sensitive",
 cover="Good morning,\n\nIncident report attached for Megan who was admitted to hospital on Wednesday.\n\n")

inc("w8-inc-06", "body", "dash", "en", dict(
 PROVIDER=("Sanctuary Housing", None), PROPERTY=("SAN-CHE-01", None), NAME=("KELSEY ANN DAVIES", None), DATE_OF_BIRTH=("25.09.08", "2008-09-25"),
 LCS_NUMBER=("2031776", None), WORKER_NAME=("Huw Jenkins", None), WORKER_EMAIL=("huw.jenkins@council.test", None),
 WHEN=("03.12.26 23.50hrs", None),
 CATEGORY=("EXPLOITATION (CSE)", "exploitation"), SEVERITY=("CRITICAL", "critical"),
 DESCRIPTION=("KELSEY RETURNED AT 23.50 IN A CAR DRIVEN BY AN ADULT MALE (30S) - SAME CAR SEEN 3 TIMES THIS WEEK. SHE WAS INTOXICATED, HAD A NEW PHONE AND £200 CASH AND SAID SHE HAD BEEN AT A PARTY IN A FLAT. SHE SAID SHE 'OWES' THE MAN.", None),
 ACTIONS=("POLICE CALLED 23.55 (VRM GIVEN). EDT INFORMED 00.10. STAFF STAYED WITH KELSEY OVERNIGHT, WELFARE CHECKS EVERY 30 MINS. SW EMAILED. STRATEGY MEETING REQUESTED.", None),
 POLICE_REFERENCE=("LOG 1402 03/12/26", None)),
 "2026-12-03T23:50", "rob.pearce@sanctuary.provider.test", provider_sig("Rob Pearce", "Night Concierge / Support", "Sanctuary Housing - SAN-CHE-01", "01295 555 902"),
 "CRITICAL - safeguarding incident SAN-CHE-01 - K Davies",
 intro_text="Sending this now before I go off shift - full report to follow from day team.\n\n")

inc("w8-inc-07", "docx", "cell", "en", dict(
 PROVIDER=("A2 Dominion", None), PROPERTY=("A2D-OXC-01", None), NAME=("Jayden Wright", None), DATE_OF_BIRTH=("14/02/2007", "2007-02-14"),
 LCS_NUMBER=("N/K", None), WORKER_NAME=("Siân Morgan", None), WORKER_EMAIL=("sian.morgan@council.test", None),
 WHEN=("30/11/2026 09:15", None),
 CATEGORY=("Allegation against a member of staff", "allegation against staff"), SEVERITY=("Medium", "medium"),
 DESCRIPTION=("Jayden told his keyworker that a relief support worker had shouted at him and grabbed his arm during a room check on Sunday night. No visible marks. Another resident says they heard shouting.", None),
 ACTIONS=("Relief worker removed from the rota pending investigation. LADO contacted 30/11 at 10.30am. Jayden offered an advocate. Statement taken. SW informed.", None),
 POLICE_REFERENCE=("Not reported to police at this stage (LADO advice awaited)", None)),
 "2026-11-30T09:15", "karen.osei@a2dominion.provider.test", provider_sig("Karen Osei", "Scheme Manager", "A2 Dominion", "0208 555 0162"),
 "Incident - allegation against staff - A2D-OXC-01",
 logo="A2 DOMINION &nbsp;|&nbsp; Young People's Services", footer="A2 Dominion - Safeguarding incident form - Strictly confidential",
 cover="Dear all,\n\nPlease find attached a safeguarding incident report concerning an allegation against a member of our relief staff. The LADO has been informed.\n\n")

inc("w8-inc-08", "docx", "above", "en", dict(
 PROVIDER=("Response", None), PROPERTY=("RSP-SOX-01", None), NAME=("Ethan Lloyd", None), DATE_OF_BIRTH=("05.11.07", "2007-11-05"),
 LCS_NUMBER=("1845302", None), WORKER_NAME=("Owain Hughes (PA)", None), WORKER_EMAIL=("owain.hughes@council.test", None),
 DATE=("26.11.26", None), TIME=("18.40hrs", None),
 CATEGORY=("Other - fire alarm / smoking in room", "other"), SEVERITY=("Low", "low"),
 DESCRIPTION=("Fire alarm activated by Ethan smoking in his room with the window shut. Building evacuated for 15 minutes. No fire, no injuries.", None),
 ACTIONS=("Fire service attended and stood down. Ethan reminded of fire safety and the smoking policy; warning letter issued. Smoke detector checked and reset.", None),
 POLICE_REFERENCE=("", None)),
 "2026-11-26T18:40", "lisa.chambers@response.provider.test", provider_sig("Lisa Chambers", "Support Worker", "Response - RSP-SOX-01", "01865 555 233"),
 "Incident report (low) RSP-SOX-01 26.11.26",
 logo="RESPONSE &nbsp;|&nbsp; Young People's Services", footer="Response - Incident Report Form IR1 - Confidential",
 cover="Hi,\n\nLow level incident from last week, apologies for the delay sending this.\n\n")


# =================== INTELLIGENCE ===================
INT_SECT = [
 ("Manylion yr asiantaeth / Agency details", ["AGENCY", "WORKER", "ROLE", "EMAIL", "PHONE"]),
 ("Y wybodaeth / The information", ["WHEN", "LOCATION", "PERSONS", "VEHICLES", "INFORMATION", "SOURCE", "HANDLING"]),
]
INT_SECT_EN = [("Section 1 - Submitting agency", INT_SECT[0][1]), ("Section 2 - Intelligence", INT_SECT[1][1])]
INTS = []
INT_TITLE = "Partnership Agency Intelligence Sharing Submission"

def intel(id, layout, style, ls, d, sender, sig, subject, logo="", footer="", cover=None, expect="routed", **kw):
    f = dict(id=id, form="intelligence-submission", layout=layout, style=style, ls=ls, subject=subject, sender=sender,
             sections=sections(INT_SECT if ls == "cy" else INT_SECT_EN, d), sig=sig,
             title=("Cyflwyniad Rhannu Gwybodaeth Asiantaethau Partner / " + INT_TITLE) if ls == "cy" else INT_TITLE,
             logo=logo, footer=footer, cover=cover, values=vals(d), expect=expect,
             intro="Do not use this form to report a crime in progress or where someone is in immediate danger - call 999. For non-emergencies call 101.")
    f.update(kw)
    INTS.append(f)

intel("w8-intel-01", "body", "colon", "en", dict(
 AGENCY=("Llwybr Ifanc (youth homelessness charity)", None), WORKER=("Catrin Lloyd", None), ROLE=("Young People's Advice Worker", None),
 EMAIL=("catrin.lloyd@llwybr.test", None), PHONE=("01685 555 902", None),
 WHEN=("Monday 30th November 2026, approx 4pm", "2026-11-30T16:00"), LOCATION=("Outside the Co-op, Stryd Fawr, Trefelin", None),
 PERSONS=("Male known as 'Deano', approx 20-25, white, shaved head, grey North Face jacket. Young person seen with him: Kieran Morgan, DOB 06/05/2009.", None),
 VEHICLES=("Black Audi A3, partial VRM CX19 ...", None),
 INFORMATION=("Two young people who use our drop-in told us that 'Deano' has been offering younger teenagers £50 to carry packages to Pantglas on the bus. Kieran was seen getting into the Audi with him on Monday afternoon.", None),
 SOURCE=("Second-hand from young people at drop-in - B3", None), HANDLING=("P", None)),
 "catrin.lloyd@llwybr.test", charity_sig("Catrin Lloyd", "Young People's Advice Worker", "01685 555 902"),
 "Partnership Agency Intelligence Sharing Submission - Trefelin",
 intro_text="Hello,\n\nPlease see intelligence submission below.\n\n")

intel("w8-intel-02", "docx", "twocol", "cy", dict(
 AGENCY=("Gwasanaeth Cyfiawnder Ieuenctid Cwm Glas / Cwm Glas Youth Justice Service", None), WORKER=("Rhodri Bevan", None), ROLE=("YJS Case Manager", None),
 EMAIL=("rhodri.bevan@council.test", None), PHONE=("01443 555 520", None),
 WHEN=("02.12.26 15.30hrs", "2026-12-02T15:30"), LOCATION=("Flat 6, Llys Afon, Blaenrhyd", None),
 PERSONS=("Occupant: Paul Hennessy, approx 45, vulnerable adult with learning disability. Visitors: several young males aged 16-19, not identified.", None),
 VEHICLES=("Silver VW Golf, VRM YX70 ABC (seen outside on 3 occasions)", None),
 INFORMATION=("During a home visit to a young person on the same landing, I saw a constant stream of young males going in and out of Flat 6 over 40 minutes. Neighbours say the tenant is 'never on his own now' and there is a smell of cannabis. Possible cuckooing of a vulnerable adult.", None),
 SOURCE=("Own observation - A/1", None), HANDLING=("C - share with Adult Services", None)),
 "rhodri.bevan@council.test", council_sig("Rhodri Bevan", "Rheolwr Achos / Case Manager", "Gwasanaeth Cyfiawnder Ieuenctid / Youth Justice Service", "01443 555520"),
 "Cyflwyniad gwybodaeth / Intelligence submission - Llys Afon, Blaenrhyd",
 logo=COUNCIL_LOGO, footer=COUNCIL_FOOT, stack=True,
 cover="Prynhawn da,\n\nIntelligence submission attached re possible cuckooing at Llys Afon.\n\n")

intel("w8-intel-03", "pdf", "above", "en", dict(
 AGENCY=("Ysgol Gyfun Cwm Glas", None), WORKER=("Eirian Bowen", None), ROLE=("Designated Safeguarding Lead", None),
 EMAIL=("safeguarding@ysgolcwmglas.test", None), PHONE=("01443 555 600 ext 214", None),
 WHEN=("Fri 27/11/2026 3.20pm (end of school day)", "2026-11-27T15:20"), LOCATION=("School gates, Heol yr Ysgol, Cwm Glas", None),
 PERSONS=("Unknown adult male, 30s, dark beard, black puffer jacket. Pupils approached: Year 10 girls (names held by school).", None),
 VEHICLES=("White Transit-type van, no markings, VRM not obtained", None),
 INFORMATION=("Staff on gate duty saw a man in a white van talking to Year 10 girls and offering lifts on two afternoons (25th and 27th Nov). When a teacher approached he drove off. Parents have been informed by letter.", None),
 SOURCE=("Staff observation", None), HANDLING=("P", None)),
 "safeguarding@ysgolcwmglas.test", school_sig(), "Partnership intelligence submission - white van at school gates",
 logo="YSGOL GYFUN CWM GLAS &nbsp;|&nbsp; CWM GLAS COMPREHENSIVE SCHOOL", footer="Ysgol Gyfun Cwm Glas - Cyfrinachol / Confidential",
 cover="Dear colleagues,\n\nPlease find attached an intelligence sharing submission regarding a vehicle seen near school. This was also logged on our safeguarding system.\n\n")

intel("w8-intel-04", "docx", "multi", "en", dict(
 AGENCY=("Cartrefi Cwm Glas Housing Association", None), WORKER=("Darren Mills", None), ROLE=("Tenancy Enforcement Officer", None),
 EMAIL=("darren.mills@cartrefi.test", None), PHONE=("07700 900 833", None),
 WHEN=("24.11.26 - 01.12.26 (various, evenings)", None), LOCATION=("14 Heol Bedw, Nant-y-Felin", None),
 PERSONS=("Tenant: Leanne Cartwright, DOB 03/03/1998. Unknown males visiting late evening.", None),
 VEHICLES=("Red Ford Fiesta, CA68 XYZ; blue scooter no plates", None),
 INFORMATION=("Neighbours report numerous new bikes and boxed electrical items being carried into the property late at night over the past week, and visitors staying only a few minutes. Tenant has not answered our letters.", None),
 SOURCE=("Neighbours (3 separate reports) - grading C/3", None), HANDLING=("P", None)),
 "darren.mills@cartrefi.test", "Diolch / Thanks\nDarren Mills\nTenancy Enforcement Officer | Swyddog Gorfodi Tenantiaeth\nCartrefi Cwm Glas\nM: 07700 900 833\n\nThis email is confidential. If you are not the intended recipient please let us know and delete it.",
 "Intel submission - 14 Heol Bedw",
 logo="CARTREFI CWM GLAS &nbsp;|&nbsp; Housing Association", footer="Cartrefi Cwm Glas - Partnership intelligence form - Official Sensitive",
 cover="Hi,\n\nIntelligence submission attached about one of our properties. No urgency - for information and any action you think appropriate.\n\n")

intel("w8-intel-05", "body", "under", "cy", dict(
 AGENCY=("Bwrdd Iechyd Cwm Glas - Nyrsio Ysgol / Cwm Glas Health Board - School Nursing", None), WORKER=("Angharad Wyn", None), ROLE=("School Nurse", None),
 EMAIL=("angharad.wyn@bipcwmglas.test", None), PHONE=("01685 555 431", None),
 WHEN=("Tuesday 1st December 2026, 11.00am", "2026-12-01T11:00"), LOCATION=("Drop-in clinic, Ysgol Gyfun Cwm Glas", None),
 PERSONS=("Pupil A (16, name held) and an older male she calls 'Jase', mid-20s, drives a black BMW", None),
 VEHICLES=("Black BMW 1 series, VRM unknown", None),
 INFORMATION=("Pupil A attended for sexual health advice and said her boyfriend 'Jase' (mid-20s) buys her vapes and alcohol and has asked her to bring friends to his flat. She does not see a problem. Referral also made to Children's Services today.", None),
 SOURCE=("Direct disclosure by young person - B2", None), HANDLING=("C - health information, do not disclose source", None)),
 "angharad.wyn@bipcwmglas.test", "Angharad Wyn\nNyrs Ysgol / School Nurse\nBwrdd Iechyd Cwm Glas / Cwm Glas Health Board\nFfôn / Tel: 01685 555 431\n\nCyfrinachol / Confidential - this email may contain patient-identifiable information.",
 "Intelligence sharing submission - possible CSE - Cwm Glas")

intel("w8-intel-06", "docx", "cell", "en", dict(
 AGENCY=("Cwm Glas Youth Justice Service", None), WORKER=("", None), ROLE=("Prevention Worker", None),
 EMAIL=("yjs.businesssupport@council.test", None), PHONE=("01443 555 500", None),
 WHEN=("29.11.26 approx 21.00hrs", "2026-11-29T21:00"), LOCATION=("Skate park, Parc Coffa, Pantglas", None),
 PERSONS=("Group of 6-8 youths, 15-17, two wearing balaclavas. One known as 'Tigs'.", None),
 VEHICLES=("None seen", None),
 INFORMATION=("Young people on our prevention programme say that a knife is being passed around the group at the skate park at weekends and that 'Tigs' has been showing it on Snapchat. No specific incident or threat reported.", None),
 SOURCE=("Hearsay via YP on programme - C/4", None), HANDLING=("P", None)),
 "yjs.businesssupport@council.test", "YJS Business Support\nGwasanaeth Cyfiawnder Ieuenctid Cwm Glas / Cwm Glas Youth Justice Service\nFfôn / Tel: 01443 555 500\n\n" + DISCLAIMER_CY,
 "Intelligence Submission - skate park Pantglas", missing="WORKER",
 logo=COUNCIL_LOGO, footer=COUNCIL_FOOT,
 cover="Good morning,\n\nPlease find attached an intelligence submission from the YJS prevention team.\n\n")

intel("w8-intel-07", "pdf", "numbered", "en", dict(
 AGENCY=("Llwybr Ifanc - Supported Lodgings", None), WORKER=("Gwen Harris", None), ROLE=("Supported Lodgings Coordinator", None),
 EMAIL=("gwen.harris@llwybr.test", None), PHONE=("01685 555 915", None),
 WHEN=("Sunday 29th November 2026 - evening", None), LOCATION=("Outside host's home, Rhes y Capel, Trefelin", None),
 PERSONS=("Young person placed with host: Nathan Rees, DOB 27/01/2009. Male approx 40, stocky, 'Scouse accent', calls himself Mike.", None),
 VEHICLES=("Dark grey Mercedes Vito van, VRM WR21 KLM", None),
 INFORMATION=("Our host reports that a man calling himself Mike has twice waited outside in a van and asked for Nathan, saying Nathan 'owes him a favour'. Nathan now refuses to go out alone. This links to the room offered to Nathan online (MASH referral made 03/12).", None),
 SOURCE=("Host (direct observation) - B2", None), HANDLING=("P", None)),
 "gwen.harris@llwybr.test", charity_sig("Gwen Harris", "Supported Lodgings Coordinator", "01685 555 915"),
 "Partnership Agency Intelligence Sharing Submission - N.R. - Trefelin",
 logo=CHARITY_LOGO, footer=CHARITY_FOOT,
 cover="Hello,\n\nPlease find attached intelligence form regarding a man approaching one of our young people at a supported lodgings host's house. This is not an emergency - the host has our out-of-hours number.\n\n")

intel("w8-intel-08", "body", "dash", "en", dict(
 AGENCY=("Llwybr Ifanc - Supported Lodgings", None), WORKER=("Gwen Harris", None), ROLE=("Supported Lodgings Coordinator", None),
 EMAIL=("gwen.harris@llwybr.test", None), PHONE=("07700 900 916", None),
 WHEN=("NOW - Friday 04/12/26 08.40hrs", "2026-12-04T08:40"), LOCATION=("Host's house, 6 Rhes y Capel, Trefelin", None),
 PERSONS=("Ffion Jones DOB 02/08/2002 and her daughter (2). Ex-partner Liam Carter, approx 25.", None),
 VEHICLES=("Black Vauxhall Corsa outside", None),
 INFORMATION=("Host rang me 10 mins ago - Ffion's ex-partner is outside the house RIGHT NOW kicking the front door and shouting that he has a knife and will stab her. Ffion and the baby are locked in the bathroom with the host. He is still there.", None),
 SOURCE=("Host on phone", None), HANDLING=("P", None)),
 "gwen.harris@llwybr.test", "Gwen\nSent from my phone",
 "URGENT - intel form - man with knife at host address Trefelin", expect="urgent",
 intro_text="Sorry not sure who else to send to - filling in the intel form as fast as I can:\n\n")
