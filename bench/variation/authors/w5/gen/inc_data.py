INCS = []

CAT_TICKS = ["Missing", "Exploitation", "Self-harm", "Violence", "Allegation against staff", "Police involvement", "Hospital admission", "Other"]
def ticks(options, chosen):
    return "   ".join(("☒ " if o == chosen else "☐ ") + o for o in options)
SEV = ["Low", "Medium", "High", "Critical"]

INCS.append(dict(
 id="w5-inc-01", form="safeguarding-incident", layout="docx", render="two_col",
 title="Safeguarding Incident Report",
 logo="Stonewater | Young People's Supported Housing - Oxfordshire",
 footer="Stonewater - Safeguarding Incident Report form SG1 (v3). Send to Brokerage, Quality and Contracts and the young person's SW/PA within 24 hours.",
 frm="natalie.brooks@stonewater.provider.test",
 subject="Safeguarding incident - missing from placement - STW-VWH-01 - C Ashby",
 cover="Dear all,\n\nPlease find attached a safeguarding incident report for Chloe Ashby, who was reported missing from STW-VWH-01 on Wednesday night. She has not yet returned. Her PA has been informed by phone.\n\nKind regards,\nNatalie Brooks\nSupport Coordinator, Stonewater Young People's Services\n01235 770 410",
 sections=[
  ("Section A - Service details", [
   ("Provider", "Stonewater"),
   ("Property (reference)", "STW-VWH-01"),
  ]),
  ("Section B - Young person", [
   ("Name", "Chloe Ashby"),
   ("Date of birth", "12/06/2005"),
   ("LCS number", "0933107"),
   ("Social worker / Leaving Care PA", "Lucy Fenwick (Leaving Care PA)"),
   ("SW / PA email", "lucy.fenwick@council.test"),
  ]),
  ("Section C - Incident", [
   ("Date of incident", "02/12/2026"),
   ("Time of incident (24hr)", "23:15"),
   ("Category (tick one)", ticks(CAT_TICKS, "Missing")),
   ("Severity (tick one)", ticks(SEV, "High")),
   ("Description of incident", "Chloe left the property at about 19:00 saying she was going to the shop. She did not return by her agreed time of 23:00 and her phone has been switched off since 21:30. At 23:15 staff reported her missing to police. She has been seen on social media with an older male not known to us."),
   ("Immediate actions taken", "Reported missing to Thames Valley Police at 23:15. On-call manager informed. PA informed on the morning of 03/12/2026. Checked with friends and her sister; no contact. Room checked, her bank card and medication are still there."),
   ("Police reference (if any)", "43260187654"),
  ]),
 ],
 v=dict(NAME="Chloe Ashby", DATE_OF_BIRTH="2005-06-12", WHEN="2026-12-02T23:15", INCIDENT_DATE="2026-12-02", CATEGORY="missing", SEVERITY="high",
        PROVIDER="Stonewater", PROPERTY="STW-VWH-01", WORKER_EMAIL="lucy.fenwick@council.test", POLICE_REFERENCE="43260187654"),
))

INCS.append(dict(
 id="w5-inc-02", form="safeguarding-incident", layout="pdf", render="multi_pair",
 title="Incident Notification - Safeguarding",
 logo="Sanctuary Supported Living | part of Sanctuary Housing",
 header="Sanctuary Housing - Incident Notification SSL-IN-2026-2281 - OFFICIAL SENSITIVE",
 footer="Sanctuary Housing Association. Printed by Mark Ellison 02/12/2026 09:14. Page 1 of 1",
 frm="mark.ellison@sanctuary.provider.test",
 subject="Incident notification SSL-IN-2026-2281 - SAN-CHE-01 - violence",
 cover="Good morning,\n\nPlease see the attached incident notification from SAN-CHE-01 following an assault between two residents on Tuesday evening. Liam's Leaving Care PA has been copied in.\n\nRegards,\nMark Ellison\nSenior Support Worker, Sanctuary Supported Living",
 sections=[
  ("Service", [
   ("Provider", "Sanctuary Housing"),
   ("Scheme / property", "SAN-CHE-01"),
   ("Our reference", "SSL-IN-2026-2281"),
   ("Reported by", "Mark Ellison"),
  ]),
  ("Young person", [
   ("Name", "Liam Turner"),
   ("DOB", "01/10/2004"),
   ("LCS no.", "0512883"),
   ("SW/LCPA", "Rachel Dunmore"),
   ("SW/LCPA email", "rachel.dunmore@council.test"),
  ]),
  ("Incident", [
   ("Incident date & time", "01/12/2026 at 7.40pm"),
   ("Category", "Violence / assault"),
   ("Severity", "Medium"),
   ("Police ref", "43260186901"),
   ("Description", "Liam and another resident argued in the shared kitchen about noise. Liam punched the other resident once in the face, causing a cut lip. Liam then left the building and returned an hour later, calm and apologetic. The other resident did not need hospital treatment."),
   ("Immediate actions", "Staff separated the residents and gave first aid. Police were called by the other resident and attended at 20:30; Liam was spoken to and no arrest made. Both residents have been offered key work sessions and a warning letter will be issued to Liam."),
  ]),
 ],
 v=dict(NAME="Liam Turner", DATE_OF_BIRTH="2004-10-01", WHEN="2026-12-01T19:40", INCIDENT_DATE="2026-12-01", CATEGORY="violence", SEVERITY="medium",
        PROVIDER="Sanctuary Housing", PROPERTY="SAN-CHE-01", WORKER_EMAIL="rachel.dunmore@council.test", POLICE_REFERENCE="43260186901"),
))

INCS.append(dict(
 id="w5-inc-03", form="safeguarding-incident", layout="docx", render="boxes",
 title="Safeguarding Incident Form",
 logo="A2Dominion | Young People's Services",
 footer="A2Dominion Housing Group - Safeguarding Incident Form YPS-07 | Complete within 24 hours of the incident",
 frm="sam.whitaker@a2dominion.provider.test",
 subject="Safeguarding incident - hospital admission - A2D-OXC-01",
 cover="Hello,\n\nPlease find attached an incident form for Aaliyah Bennett at A2D-OXC-01, who was admitted to hospital in the early hours of Thursday. She remains on the ward.\n\nThanks,\nSam Whitaker\nSupport Worker (nights), A2Dominion Young People's Services",
 sections=[
  ("About the service", [
   ("Provider", "A2Dominion"),
   ("Property", "A2D-OXC-01"),
  ]),
  ("About the young person", [
   ("Young person's name", "Aaliyah Bennett"),
   ("Date of birth", "23.01.2006"),
   ("LCS number", "1307752"),
   ("Social worker / Leaving Care PA", "Tom Lacey (PA)"),
   ("SW / PA email address", "tom.lacey@council.test"),
  ]),
  ("About the incident", [
   ("Date and time of incident", "03/12/2026 02:20"),
   ("Incident category", "Hospital admission"),
   ("Severity (low / medium / high / critical)", "High"),
   ("Police reference (if police involved)", "None - police not involved"),
   ("!What happened?", "At about 02:20 Aaliyah rang the night worker and said she had taken an overdose of paracetamol around midnight. She was drowsy but able to talk. She told staff she had argued with her mum on the phone earlier in the evening."),
   ("!What did you do straight away?", "Called 999 at 02:22. Ambulance arrived at 02:41 and took her to the emergency department at St Aldwyn's Hospital. Staff collected the empty packets for the paramedics. On-call manager informed at 02:30. PA emailed at 07:30 and a message left on his phone. She was admitted to a ward on the morning of 3 December."),
  ]),
 ],
 v=dict(NAME="Aaliyah Bennett", DATE_OF_BIRTH="2006-01-23", WHEN="2026-12-03T02:20", INCIDENT_DATE="2026-12-03", CATEGORY="hospital admission", SEVERITY="high",
        PROVIDER="A2Dominion", PROPERTY="A2D-OXC-01", WORKER_EMAIL="tom.lacey@council.test"),
))

INCS.append(dict(
 id="w5-inc-04", form="safeguarding-incident", layout="body", render="t_colon",
 frm="jess.marlow@oxyouth.provider.test",
 subject="Safeguarding incident report - exploitation concern - OXY-WOX-01",
 pre="Hi all,\n\nPlease see below a safeguarding incident report for Connor at OXY-WOX-01. Apologies for the delay, I wanted to speak to his social worker first.\n\nSAFEGUARDING INCIDENT REPORT\n",
 post="\n\nJess Marlow\nProject Lead, Oxfordshire Youth\n01993 880 214",
 sections=[
  (None, [
   ("Provider", "Oxfordshire Youth"),
   ("Property", "OXY-WOX-01"),
   ("Young person's name", "Connor Fields"),
   ("Date of birth", "09/03/2007"),
   ("LCS number", "1588420"),
   ("Social worker / Leaving Care PA", "Amy Kowalski"),
   ("SW/PA email", "amy.kowalski@council.test"),
   ("Date of incident", "30/11/2026"),
   ("Time of incident", "16:00 (approx)"),
   ("Category", "Exploitation (CCE / county lines)"),
   ("Severity", "High"),
   ("Description", "A staff member saw Connor being dropped off outside the property by a grey car with two older males inside. Connor had a new phone and a large amount of cash, which he said was from his cousin. Another resident told staff Connor has been asked to 'run bags' to Birmingham. He has been missing for short periods three times in the last fortnight."),
   ("Immediate actions taken", "Key work session held the same evening; Connor denied any involvement. Partnership intelligence submission sent to police on 01/12/2026. Social worker informed 01/12/2026 and a strategy discussion requested. Exploitation screening tool completed."),
   ("Police reference", "Intelligence submitted - no crime reference"),
  ]),
 ],
 v=dict(NAME="Connor Fields", DATE_OF_BIRTH="2007-03-09", WHEN="2026-11-30T16:00", INCIDENT_DATE="2026-11-30", CATEGORY="exploitation", SEVERITY="high",
        PROVIDER="Oxfordshire Youth", PROPERTY="OXY-WOX-01", WORKER_EMAIL="amy.kowalski@council.test"),
))

INCS.append(dict(
 id="w5-inc-05", form="safeguarding-incident", layout="pdf", render="two_col", missing="SEVERITY",
 title="Safeguarding Incident Report",
 logo="Key2 Futures - Supported Housing",
 header="Key2 Futures | Safeguarding Incident Report | K2F-SIR-1187",
 footer="Key2 Futures Ltd. Form SIR v2.1. Printed 03/12/2026 10:02 - Page 1 of 1",
 frm="amara.lewis@key2.provider.test",
 subject="Safeguarding incident report K2F-SIR-1187 - police attended K2F-CHE-01",
 cover="Dear colleagues,\n\nPlease find attached our incident report about police attending K2F-CHE-01 on Wednesday evening. Maisie's PA has been updated.\n\nBest wishes,\nAmara Lewis\nSupport Worker, Key2 Futures",
 sections=[
  ("1. Provider and property", [
   ("1.1 Provider", "Key2 Futures"),
   ("1.2 Property", "K2F-CHE-01"),
  ]),
  ("2. Young person", [
   ("2.1 Full name", "Maisie Doran"),
   ("2.2 Date of birth", "05/12/2006"),
   ("2.3 LCS number", "1411925"),
   ("2.4 Social worker / Leaving Care PA", "Kate Morrow"),
   ("2.5 SW / PA email", "kate.morrow@council.test"),
  ]),
  ("3. Incident", [
   ("3.1 Date", "02/12/2026"),
   ("3.2 Time", "21:30"),
   ("3.3 Category (tick one)", ticks(CAT_TICKS, "Police involvement")),
   ("3.4 Severity (tick one)", ticks(SEV, None)),
   ("3.5 Description", "Police attended the property at 21:30 after neighbours reported shouting. Maisie's ex-partner had come to the door and tried to get in. He left before police arrived. Maisie was upset but not hurt."),
   ("3.6 Immediate actions", "Staff stayed with Maisie until 22:30. Police took a statement and will look at whether the ex-partner has breached his bail conditions. Door entry code changed on 03/12/2026."),
   ("3.7 Police reference", "43260187302"),
  ]),
 ],
 v=dict(NAME="Maisie Doran", DATE_OF_BIRTH="2006-12-05", WHEN="2026-12-02T21:30", INCIDENT_DATE="2026-12-02", CATEGORY="police involvement",
        PROVIDER="Key2 Futures", PROPERTY="K2F-CHE-01", WORKER_EMAIL="kate.morrow@council.test", POLICE_REFERENCE="43260187302"),
))

INCS.append(dict(
 id="w5-inc-06", form="safeguarding-incident", layout="docx", render="numbered",
 title="Safeguarding Incident - Allegation Against a Member of Staff",
 logo="Response - Supported Housing for Young People",
 footer="Response Organisation. Allegations against staff must also be reported to the LADO where the young person is under 18 or the staff member works with children.",
 frm="claire.dawson@response.provider.test",
 subject="Safeguarding incident - allegation against staff - RSP-SOX-01",
 cover="Dear Brokerage and Quality and Contracts,\n\nPlease find attached an incident report about an allegation made against a member of our staff at RSP-SOX-01 on Saturday. The member of staff has been moved to another service while we investigate.\n\nYours sincerely,\nClaire Dawson\nOperations Manager, Response",
 sections=[
  ("Where", [
   ("Provider", "Response"),
   ("Property", "RSP-SOX-01"),
  ]),
  ("Who", [
   ("Young person's name", "Jamal Okafor"),
   ("Date of birth", "18 August 2005"),
   ("LCS number", "0877349"),
   ("Social worker or Leaving Care PA", "Hayley Stroud"),
   ("Their email", "hayley.stroud@council.test"),
  ]),
  ("What and when", [
   ("Date and time of the incident", "Saturday 28 November 2026, around 2pm"),
   ("Category", "Allegation against staff"),
   ("Severity (low, medium, high, critical)", "Medium"),
   ("Describe what happened", "Jamal told the duty manager that a support worker grabbed his arm and swore at him during an argument about a room inspection. He has a small red mark on his arm. The support worker says Jamal blocked the doorway and she moved his arm to get past."),
   ("What immediate action was taken?", "Support worker removed from the service pending investigation. Jamal offered to speak to police and declined. Statement taken from Jamal and from another resident who saw part of the argument. Investigation started under our allegations procedure."),
   ("Police reference number", "N/A - Jamal declined police involvement"),
  ]),
 ],
 v=dict(NAME="Jamal Okafor", DATE_OF_BIRTH="2005-08-18", WHEN="2026-11-28T14:00", INCIDENT_DATE="2026-11-28", CATEGORY="allegation against staff", SEVERITY="medium",
        PROVIDER="Response", PROPERTY="RSP-SOX-01", WORKER_EMAIL="hayley.stroud@council.test"),
))

INCS.append(dict(
 id="w5-inc-07", form="safeguarding-incident", layout="body", render="t_above",
 frm="ben.ashdown@connection.provider.test",
 subject="Incident report - CON-OOC-01 - E Marsh",
 pre="Hello,\n\nIncident report below for Evie at CON-OOC-01. Low level but recording as agreed with her PA.\n\nCONNECTION SUPPORT - SAFEGUARDING INCIDENT REPORT\n",
 post="\n\nBen Ashdown\nSupport Worker, Connection Support\n07700 900 655",
 sections=[
  ("Service", [
   ("Provider name", "Connection Support"),
   ("Property ref", "CON-OOC-01"),
  ]),
  ("Young person", [
   ("Young person's full name", "Evie Marsh"),
   ("Date of birth", "04/04/2004"),
   ("LCS number", "0390016"),
   ("Social worker / Leaving Care PA name", "Nadia Hussain"),
   ("Social worker / Leaving Care PA email", "nadia.hussain@council.test"),
  ]),
  ("Incident", [
   ("Incident date", "Thursday 3rd December 2026"),
   ("Incident time", "10.30am"),
   ("Category", "Other - unknown visitors staying overnight"),
   ("Severity", "Low"),
   ("Description", "During a room check staff found that Evie had let two adults she met online stay in her flat overnight, against her licence agreement. They had left by the time staff arrived. Evie said she felt sorry for them. No damage and nothing missing."),
   ("Immediate actions taken", "Licence agreement reminder given in writing. Key work session booked for 07/12/2026 on online safety and visitors. PA informed."),
   ("Police reference", "None"),
  ]),
 ],
 v=dict(NAME="Evie Marsh", DATE_OF_BIRTH="2004-04-04", WHEN="2026-12-03T10:30", INCIDENT_DATE="2026-12-03", CATEGORY="other", SEVERITY="low",
        PROVIDER="Connection Support", PROPERTY="CON-OOC-01", WORKER_EMAIL="nadia.hussain@council.test"),
))

INCS.append(dict(
 id="w5-inc-08", form="safeguarding-incident", layout="body", render="custom",
 frm="paul.ingram@stonewater.provider.test",
 subject="FW: Safeguarding incident - STW-WOX-01 - Reece Hollins MISSING - critical",
 text="""All,

Forwarding the report our night worker completed last night. Reece is still missing this morning and police are treating him as high risk. Please treat as critical. I am the manager on call today on 07700 900 119.

Paul Ingram
Area Manager, Young People's Services
Stonewater

---------- Forwarded message ----------
From: Kelly Nash <kelly.nash@stonewater.provider.test>
Date: Fri, 4 Dec 2026 at 00:05
Subject: Safeguarding incident - STW-WOX-01
To: Paul Ingram <paul.ingram@stonewater.provider.test>

SAFEGUARDING INCIDENT REPORT - STONEWATER

Provider: Stonewater
Property: STW-WOX-01
Young person's name: Reece Hollins
Date of birth: 14/09/2006
LCS number: 1302468
Social worker / PA: Owen Bright (Leaving Care PA)
SW/PA email: owen.bright@council.test
Date and time of incident: 03/12/2026 22:50
Category: Missing
Severity: Critical
Description: Reece sent a message to another resident at about 22:30 saying he had "had enough" and had taken tablets, and that nobody would find him. He was last seen leaving the house at 21:45. His phone is now going straight to voicemail. He has a history of overdose.
Immediate actions taken: 999 called at 22:52. Police attended at 23:20 and are searching. On-call manager (Paul Ingram) informed at 22:55. EDT informed at 23:30. Resident who received the message supported by staff.
Police reference: 43260188012

Kelly Nash
Night Support Worker
""",
 v=dict(NAME="Reece Hollins", DATE_OF_BIRTH="2006-09-14", WHEN="2026-12-03T22:50", INCIDENT_DATE="2026-12-03", CATEGORY="missing", SEVERITY="critical",
        PROVIDER="Stonewater", PROPERTY="STW-WOX-01", WORKER_EMAIL="owen.bright@council.test", POLICE_REFERENCE="43260188012"),
))
