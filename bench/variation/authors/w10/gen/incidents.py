from common import *
from referrals import tr2, sec, hdr_row


def inc():
    out = []
    # i01 body Label: value - Response, missing
    b = """Dear Brokerage / Quality & Contracts,

Please see safeguarding incident notification below for a young person at our Oxford City service. Social worker copied.

SAFEGUARDING INCIDENT NOTIFICATION
Provider: Response
Property: RSP-OXC-01
Young person's name: Tayo Adeyemi
Date of birth: 09/09/2009
LCS number: 1190826
Social worker / Leaving Care PA: Ruth Galloway
SW / PA email: ruth.galloway@council.test
Date of incident: 03/12/2026
Time of incident: 23.40
Incident category: Missing from placement
Severity: High
What happened: Tayo went out at about 7pm saying he was going to the shop. He did not return by his curfew of 10pm and did not answer his phone. Staff checked the local area and his friend's address. At 23.40 he was reported missing to police as per his missing protocol. He returned at 06.15 this morning by taxi, would not say who paid for it, had a new phone and smelled of cannabis.
Immediate actions taken: Reported missing to police 23:40 (101). Informed EDT at 23:55. On return, welfare check by night worker, offered food and shower, no injuries seen. Police informed of return 06:20 for safe and well check. Return home interview requested.
Police reference: TVP-43260312-2877

Regards,
Aaron Lyle
Night Support Worker / Shift Lead
Response Organisation - Oxford City
07700 900 517"""
    out.append(({"id": "w10-inc-01", "form": "safeguarding-incident", "expect": "routed", "missing": None,
                 "from": "aaron.lyle@response.provider.test",
                 "subject": "Safeguarding incident - missing - T Adeyemi - RSP-OXC-01", "body": b,
                 "values": {"PROVIDER": "Response", "PROPERTY": "RSP-OXC-01", "NAME": "Tayo Adeyemi",
                            "DATE_OF_BIRTH": "2009-09-09", "WHEN": "2026-12-03T23:40", "CATEGORY": "missing",
                            "SEVERITY": "high", "WORKER_EMAIL": "ruth.galloway@council.test",
                            "POLICE_REFERENCE": "TVP-43260312-2877"}}, None, None))

    # i02 docx QRC - Oxfordshire Youth, self-harm, approx 2pm
    rows = "".join(f"<tr><td width=\"35%\">{a}</td><td width=\"40%\">{b_}</td><td>{c}</td></tr>" for a, b_, c in [
        ("Provider", "Oxfordshire Youth", ""),
        ("Property <span class=\"g\">(property code)</span>", "OXY-WOX-01", "Witney shared house"),
        ("Young person's name", "Maisie Thorncliffe", ""),
        ("Date of birth", "14/04/2008", ""),
        ("LCS number", "1140982", ""),
        ("Social worker / Leaving Care PA", "Ben Ashworth (PA)", ""),
        ("Their email", "ben.ashworth@council.test", ""),
        ("Date of incident", "Wed 2 Dec 2026", ""),
        ("Time of incident", "approx 2pm", "found by staff at 14:10"),
        ("Category", "Self harm", ""),
        ("Severity", "Medium", "superficial injuries - no medical treatment needed"),
        ("Describe what happened", "Maisie asked to speak to her key worker after lunch. She disclosed she had cut her forearm with a pencil sharpener blade in her room around 2pm after an upsetting phone call with her mum. Three superficial cuts, not bleeding heavily. She allowed staff to see them.", ""),
        ("What immediate actions were taken?", "First aid given by trained staff (cleaned and dressed). Blades removed with her agreement. Safety plan reviewed. Called Mental Health Crisis Line for advice. PA informed by phone 15:05. Increased checks overnight (hourly).", ""),
        ("Police reference", "N/A", "police not involved"),
    ])
    head = "<tr>" + "".join(f"<td bgcolor=\"#e37222\"><b>{h}</b></td>" for h in ["Question", "Response", "Comments"]) + "</tr>"
    html = page("Incident", "<p><b><font size=\"4\">Oxfordshire Youth</font></b> &middot; Incident Report</p><h2>Safeguarding Incident Notification</h2>"
                + f"<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">{head}{rows}</table>"
                + "<p>Reported by: Carys Pugh, Support Worker &nbsp; Manager sign-off: Sam Achebe 03/12/2026</p><p class=\"foot\">OY-INC-02 Incident Form</p>")
    out.append(({"id": "w10-inc-02", "form": "safeguarding-incident", "expect": "routed", "missing": None,
                 "from": "carys.pugh@oxyouth.provider.test",
                 "subject": "Incident notification - OXY-WOX-01 - self harm",
                 "body": "Hi,\n\nPlease find attached an incident form for a young person at our Witney house. PA has been told.\n\nThanks\nCarys Pugh (she/her)\nSupport Worker, Oxfordshire Youth\n01632 960 775",
                 "values": {"PROVIDER": "Oxfordshire Youth", "PROPERTY": "OXY-WOX-01", "NAME": "Maisie Thorncliffe",
                            "DATE_OF_BIRTH": "2008-04-14", "WHEN": "2026-12-02T14:00", "CATEGORY": "self-harm",
                            "SEVERITY": "medium", "WORKER_EMAIL": "ben.ashworth@council.test"}}, html, "docx"))

    # i03 docx landscape header rows - Key2, exploitation, critical
    inner = "<p><b><font size=\"4\" color=\"#008080\">KEY2 FUTURES</font></b> &middot; Young People's Supported Accommodation</p><h2>SAFEGUARDING INCIDENT REPORT</h2>"
    inner += hdr_row(["Provider", "Property ref", "Young person", "DOB", "LCS no."],
                     ["Key2 Futures", "K2F-CHE-01", "Jayden Ellery", "30/01/2007", "1098544"])
    inner += hdr_row(["SW / PA name", "SW / PA email", "Date of incident", "Time", "Category", "Severity"],
                     ["Natalie Prowse", "natalie.prowse@council.test", "1-Dec-26", "19.30", "Exploitation (CCE / county lines)", "CRITICAL"])
    t = "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"
    t += tr2("Description of incident", "Staff saw Jayden get into a grey car outside the property at 19.30 with two males in their 20s. He came back at 01:00 with a large amount of cash and two phones. A resident told staff Jayden has been 'running' to Banbury for them and was beaten last week for losing a package. Jayden has a swollen eye and bruising on his ribs that he says was from football.")
    t += tr2("Immediate actions taken", "Police called 01:15 (101 then 999 when the car returned at 01:40). Jayden seen by staff and encouraged to go to A&amp;E - declined. PA and EDT informed overnight. NRM discussion requested with the council. Staff increased to two on shift.")
    t += tr2("Police reference", "43261201-0093")
    inner += t + "</table><p>Reporting officer: Femi Lawal, Senior Support Worker &nbsp;|&nbsp; Report date: 02/12/2026</p><p class=\"foot\">K2F SG1 (landscape)</p>"
    html = page("Incident", inner, landscape=True)
    out.append(({"id": "w10-inc-03", "form": "safeguarding-incident", "expect": "routed", "missing": None,
                 "from": "femi.lawal@key2.provider.test",
                 "subject": "CRITICAL safeguarding incident - K2F-CHE-01 - J Ellery",
                 "body": "Good morning,\n\nPlease see attached a critical incident report from Tuesday night. PA and EDT already aware.\n\nRegards\nFemi Lawal (he/him)\nSenior Support Worker - Key2 Futures\n07700 900 402",
                 "values": {"PROVIDER": "Key2 Futures", "PROPERTY": "K2F-CHE-01", "NAME": "Jayden Ellery",
                            "DATE_OF_BIRTH": "2007-01-30", "WHEN": "2026-12-01T19:30", "CATEGORY": "exploitation",
                            "SEVERITY": "critical", "WORKER_EMAIL": "natalie.prowse@council.test",
                            "POLICE_REFERENCE": "43261201-0093"}}, html, "docx"))

    # i04 body iPhone short lines - Sanctuary, violence, 2:05 pm
    b = """incident at SAN-CHE-01 yesterday - sending from phone as laptop at office

provider: sanctuary housing
property: SAN-CHE-01
yp: Liam Hartigan
dob 02/03/2005
lcs: 0913377
pa: Gemma Fordham, gemma.fordham@council.test
when: thurs 3 dec, 2:05 pm
category: violence - fight between residents
severity: med
what happened: liam and another resident argued in the kitchen over food. liam punched him twice in the face. other resident has a cut lip. staff separated them
actions: first aid to other resident, both spoken to separately, liam moved to a room on the other floor for now, behaviour agreement booked for monday, other resident did not want police. pa told at 3pm
police ref: none

lee

Lee Varley
Housing Support Worker
Sanctuary Supported Living
07700 900 884
Sent from my iPhone"""
    out.append(({"id": "w10-inc-04", "form": "safeguarding-incident", "expect": "routed", "missing": None,
                 "from": "lee.varley@sanctuary.provider.test",
                 "subject": "incident SAN-CHE-01 3/12", "body": b,
                 "values": {"PROVIDER": "Sanctuary Housing", "PROPERTY": "SAN-CHE-01", "NAME": "Liam Hartigan",
                            "DATE_OF_BIRTH": "2005-03-02", "WHEN": "2026-12-03T14:05", "CATEGORY": "violence",
                            "SEVERITY": "medium", "WORKER_EMAIL": "gemma.fordham@council.test"}}, None, None))

    # i05 docx two-column with checkboxes - Stonewater, allegation against staff
    cats = ["Missing", "Exploitation", "Self-harm", "Violence", "Allegation against staff", "Police involvement", "Hospital admission", "Other"]
    cat = " ".join(("☒ " if c == "Allegation against staff" else "☐ ") + c for c in cats)
    sev = " ".join(("☒ " if s == "High" else "☐ ") + s for s in ["Low", "Medium", "High", "Critical"])
    t = "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"
    t += sec("1. Service details")
    t += tr2("Provider", "Stonewater")
    t += tr2("Property", "STW-VWH-02")
    t += sec("2. Young person")
    t += tr2("Name", "Kiera Blanchflower")
    t += tr2("Date of birth", "4 May 2006")
    t += tr2("LCS number", "1011473")
    t += tr2("Social worker / Leaving Care PA", "Owen Radcliffe")
    t += tr2("Email", "owen.radcliffe@council.test")
    t += sec("3. Incident")
    t += tr2("Date and time", "30/11/2026 at 16:20")
    t += tr2("Category", cat, "tick one")
    t += tr2("Severity", sev)
    t += tr2("Description", "Kiera told the visiting manager that a male relief support worker had sent her messages on Snapchat late at night, asking to 'meet up when he is off shift'. She showed the messages. Staff are not permitted to contact residents on personal social media.")
    t += tr2("Immediate actions", "Staff member removed from rota pending investigation (30/11). LADO referral made 01/12. Kiera offered support and told what will happen next. Screenshots saved. HR informed.")
    t += tr2("Police reference", "Not reported to police - LADO advice awaited")
    t += "</table>"
    html = page("Incident", "<p><b><font size=\"4\" color=\"#00a19a\">Stonewater</font></b> &nbsp; Young People's Services</p><h2>Safeguarding Incident Form</h2>" + t
                + "<p>Completed by: Rob Kettleborough, Supported Housing Coordinator, 01/12/2026</p><p class=\"foot\">STW SG-INC v3</p>")
    out.append(({"id": "w10-inc-05", "form": "safeguarding-incident", "expect": "routed", "missing": None,
                 "from": "rob.kettleborough@stonewater.provider.test",
                 "subject": "Safeguarding incident - allegation against staff - STW-VWH-02",
                 "body": "Dear colleagues,\n\nPlease see attached incident form (allegation against a member of staff). LADO has been contacted.\n\nRob Kettleborough (he/him)\nSupported Housing Coordinator\nStonewater - Young People's Services\n01632 960 552",
                 "values": {"PROVIDER": "Stonewater", "PROPERTY": "STW-VWH-02", "NAME": "Kiera Blanchflower",
                            "DATE_OF_BIRTH": "2006-05-04", "WHEN": "2026-11-30T16:20",
                            "CATEGORY": "allegation against staff", "SEVERITY": "high",
                            "WORKER_EMAIL": "owen.radcliffe@council.test"}}, html, "docx"))

    # i06 docx - A2 Dominion hospital admission, SEVERITY left blank (invalid)
    t = "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"
    t += "<tr><td bgcolor=\"#ece4f3\"><b>Provider</b></td><td>A2 Dominion</td><td bgcolor=\"#ece4f3\"><b>Property</b></td><td>A2D-SOX-01</td></tr>"
    t += "<tr><td bgcolor=\"#ece4f3\"><b>Young person</b></td><td>Aaliyah Burke</td><td bgcolor=\"#ece4f3\"><b>DOB</b></td><td>19/08/2007</td></tr>"
    t += "<tr><td bgcolor=\"#ece4f3\"><b>LCS no.</b></td><td>1120065</td><td bgcolor=\"#ece4f3\"><b>SW / PA</b></td><td>Zara Quinlan - zara.quinlan@council.test</td></tr>"
    t += "<tr><td bgcolor=\"#ece4f3\"><b>Incident date</b></td><td>02/12/2026</td><td bgcolor=\"#ece4f3\"><b>Incident time</b></td><td>22:50</td></tr>"
    t += "<tr><td bgcolor=\"#ece4f3\"><b>Category</b></td><td>Hospital admission</td><td bgcolor=\"#ece4f3\"><b>Severity</b><br><span class=\"g\">low / medium / high / critical</span></td><td></td></tr>"
    t += "<tr><td bgcolor=\"#ece4f3\" colspan=\"4\"><b>What happened?</b></td></tr><tr><td colspan=\"4\">Aaliyah complained of severe stomach pain in the evening. Staff called 111, who sent an ambulance at 22:50. She was admitted to Wallingbrook General overnight with suspected appendicitis and had surgery on 3 December. She is recovering and expected home on 5 December.</td></tr>"
    t += "<tr><td bgcolor=\"#ece4f3\" colspan=\"4\"><b>Immediate actions</b></td></tr><tr><td colspan=\"4\">Staff member went with her in the ambulance and stayed until 02:00. PA informed next morning. Room kept, meds list given to ward. Plan for discharge support agreed with the ward.</td></tr>"
    t += "<tr><td bgcolor=\"#ece4f3\"><b>Police reference</b></td><td colspan=\"3\">n/a</td></tr></table>"
    html = page("Incident", "<p><b><font size=\"4\" color=\"#5b2c83\">A2Dominion</font></b> &nbsp; Young People's Supported Housing</p><h2>Incident / Safeguarding Notification</h2>" + t
                + "<p>Staff: Josh Penhaligon, Support Worker &middot; 03/12/2026</p><p class=\"foot\">A2D YPS form IN2</p>")
    out.append(({"id": "w10-inc-06", "form": "safeguarding-incident", "expect": "rejected", "missing": "SEVERITY",
                 "from": "josh.penhaligon@a2dominion.provider.test",
                 "subject": "Incident notification - A2D-SOX-01 - hospital admission",
                 "body": "Hello,\n\nIncident form attached - young person admitted to hospital overnight Wednesday.\n\nMany thanks\nJosh Penhaligon\nSupport Worker | A2Dominion YPS\n01632 960 330",
                 "values": {"PROVIDER": "A2 Dominion", "PROPERTY": "A2D-SOX-01", "NAME": "Aaliyah Burke",
                            "DATE_OF_BIRTH": "2007-08-19", "WHEN": "2026-12-02T22:50",
                            "CATEGORY": "hospital admission", "WORKER_EMAIL": "zara.quinlan@council.test"}}, html, "docx"))

    # i07 pdf - Connection Support, police involvement, low, bold question + answer paragraphs
    qa = [("Provider", "Connection Support"), ("Property", "CON-OOC-01"), ("Young person's name", "Shay Whitlock"),
          ("Date of birth", "27 October 2008"), ("LCS number", "1163320"),
          ("Social worker / Leaving Care PA (name and email)", "Martin Goss - martin.goss@council.test"),
          ("Date and time of incident", "Wednesday 2 December 2026, 21:15"),
          ("Incident category", "Police involvement"), ("Severity", "Low"),
          ("What happened?", "Two police officers attended the property at 21:15 looking for Shay in connection with a shoplifting incident in town earlier that day. Shay was in his room and spoke to officers with a staff member present. He was given a community resolution and officers left at 21:50."),
          ("Immediate actions taken", "Staff member supported Shay during the conversation as appropriate adult until mum could be contacted by phone. SW emailed the same evening. Key work session booked about offending and money."),
          ("Police reference", "CR/26/118845")]
    inner = "<p><b><font size=\"4\" color=\"#2b5797\">Connection Support</font></b><br>Supported accommodation for young people</p><h1>Safeguarding Incident Report</h1>"
    inner += "".join(f"<p><b>{a}</b></p><p>{b_}</p>" for a, b_ in qa)
    inner += "<p class=\"foot\">Connection Support - Incident reporting procedure SG3 - Page 1 of 1</p>"
    html = page("Incident", inner)
    out.append(({"id": "w10-inc-07", "form": "safeguarding-incident", "expect": "routed", "missing": None,
                 "from": "deanne.fowler@connection.provider.test",
                 "subject": "Incident report CON-OOC-01 - police attended",
                 "body": "Hi all,\n\nPlease find attached an incident report (low) from Wednesday evening for information.\n\nThanks\nDeanne Fowler\nTeam Leader, Connection Support\n07700 900 658",
                 "values": {"PROVIDER": "Connection Support", "PROPERTY": "CON-OOC-01", "NAME": "Shay Whitlock",
                            "DATE_OF_BIRTH": "2008-10-27", "WHEN": "2026-12-02T21:15",
                            "CATEGORY": "police involvement", "SEVERITY": "low",
                            "WORKER_EMAIL": "martin.goss@council.test", "POLICE_REFERENCE": "CR/26/118845"}}, html, "pdf"))

    # i08 body numbered - Response RSP-SOX-01, other, low
    b = """Good morning,

Incident notification for your records.

1. Provider - Response
2. Property - RSP-SOX-01
3. Young person - Ocean Mbeki
4. DOB - 21/12/2008
5. LCS - 1205517
6. Social worker - Amanda Pearce (amanda.pearce@council.test)
7. Date/time of incident - 03/12/2026, 10.45
8. Category - Other (damage to property / fire safety)
9. Severity - Low
10. What happened - Ocean covered the smoke detector in her room with a shower cap so she could vape. Found on a room check at 10.45. No fire, no injuries. She admitted it straight away.
11. Actions taken - Cap removed and detector tested. Fire safety talk and warning letter. Room checks increased to daily for a week. Social worker informed by email.
12. Police ref - N/A

Kind regards

Bushra Anwar (she/her)
Project Worker
Response - South Oxfordshire
01632 960 409"""
    out.append(({"id": "w10-inc-08", "form": "safeguarding-incident", "expect": "routed", "missing": None,
                 "from": "bushra.anwar@response.provider.test",
                 "subject": "Safeguarding incident - RSP-SOX-01 - O Mbeki (low)", "body": b,
                 "values": {"PROVIDER": "Response", "PROPERTY": "RSP-SOX-01", "NAME": "Ocean Mbeki",
                            "DATE_OF_BIRTH": "2008-12-21", "WHEN": "2026-12-03T10:45", "CATEGORY": "other",
                            "SEVERITY": "low", "WORKER_EMAIL": "amanda.pearce@council.test"}}, None, None))
    return out


def build():
    for k, html, fm in inc():
        add(k, html, fm)
