from common import *
from referrals import tr2, sec, hdr_row

TITLE = "Partnership Agency Intelligence Sharing Submission"
WARN = "<p class=\"g\">This form is NOT for reporting crimes in progress or where someone is in immediate danger - call 999. For non-emergencies call 101.</p>"


def two_col(title_html, rows, foot_txt, landscape=False):
    t = "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">" + "".join(rows) + "</table>"
    return page(TITLE, title_html + f"<h2>{TITLE}</h2>" + WARN + t + f"<p class=\"foot\">{foot_txt}</p>", landscape)


def intel():
    out = []
    # x01 body - FE college, Label: value
    b = """Good afternoon,

Please find below an intelligence submission from Tame Valley College. Not urgent - for information and intelligence purposes.

PARTNERSHIP AGENCY INTELLIGENCE SHARING SUBMISSION
Submitting agency: Tame Valley College (Safeguarding Team)
Name: Nicola Venn
Role: Designated Safeguarding Lead
Email: nicola.venn@tamevalley-college.test
Phone: 01632 960 881
Date/time of information: 01/12/2026 approx 4pm (and previous Tuesdays)
Location: Bus bays outside Tame Valley College, Harbour Road campus, Saltmarsh-on-Sea
Persons involved: Unknown male, approx 25, white, thin, black North Face jacket, goes by "Deano". Students seen getting in: two 16-year-old Level 1 students (names held by college, can be shared on request).
Vehicles: Black Audi A3, partial reg "KX19", tinted rear windows
Information: For the last three Tuesdays a black Audi has waited at the bus bays at the end of the college day. Staff have seen two of our 16-year-old students get into the car. One student has new trainers and a second phone and has stopped attending afternoon classes. We believe the students may be being groomed for criminal exploitation.
Source / grading: Staff direct observation (two members of staff). Not graded.
Handling code: P - may be shared with partners for safeguarding purposes

Many thanks
Nicola Venn (she/her)
Designated Safeguarding Lead
Tame Valley College
01632 960 881 | 07700 900 312"""
    out.append(({"id": "w10-intel-01", "form": "intelligence-submission", "expect": "routed", "missing": None,
                 "from": "nicola.venn@tamevalley-college.test",
                 "subject": "Intelligence submission - vehicle at college bus bays", "body": b,
                 "values": {"AGENCY": "Tame Valley College (Safeguarding Team)", "WORKER": "Nicola Venn",
                            "EMAIL": "nicola.venn@tamevalley-college.test", "PHONE": "01632 960 881",
                            "WHEN": "2026-12-01T16:00"}}, None, None))

    # x02 docx - police Partnership Hub, cuckooing, two-column with sections
    rows = [sec("Section 1 - Submitting agency"),
            tr2("Submitting agency", "Marchshire Police - Partnership Hub (Saltmarsh)"),
            tr2("Worker name", "PC 2281 Daniel Oyelaran"),
            tr2("Role", "Partnership Hub Officer - Vulnerability"),
            tr2("Contact email", "daniel.oyelaran@marchshire.police.test"),
            tr2("Contact phone", "01632 960 440 ext 2281"),
            sec("Section 2 - The information"),
            tr2("Date and time of information", "Mon 30 Nov 2026, 14.05"),
            tr2("Location", "Flat 11, Cormorant House, Tidemill Estate, Saltmarsh-on-Sea SM3 4LP"),
            tr2("Persons involved", "Gary Pendle (DOB 12/05/1968) - tenant, vulnerable adult, alcohol dependent.<br>Unknown male 1 - approx 20, mixed race, London accent.<br>Unknown female - approx 17, blonde, grey tracksuit.", "name, date of birth, description"),
            tr2("Vehicles", "White Vauxhall Corsa, reg ends 'WNH', seen most evenings"),
            tr2("Information", "Housing officer reports that Mr Pendle's flat is being used by people not known to him. Neighbours describe up to 20 short visits a day. Mr Pendle told his support worker he is 'scared of the lads staying' and that they have taken his bank card. A teenage girl has been seen at the flat late at night on several occasions. Suspected cuckooing."),
            tr2("Source and information grading", "Housing officer (direct) and neighbours (hearsay). B / 2"),
            tr2("Handling code", "☐ 1 &nbsp; ☒ 2 &nbsp; ☐ 3 &nbsp; ☐ 4 &nbsp; ☐ 5", "2 = may be disseminated to partner agencies")]
    html = two_col("<p><b><font size=\"4\" color=\"#0b2a5b\">MARCHSHIRE POLICE</font></b> &middot; Partnership Hub</p>", rows, "OFFICIAL-SENSITIVE &middot; MP Partnership Hub template PH-INT-01")
    out.append(({"id": "w10-intel-02", "form": "intelligence-submission", "expect": "routed", "missing": None,
                 "from": "daniel.oyelaran@marchshire.police.test",
                 "subject": "Partnership intelligence submission - suspected cuckooing Tidemill Estate",
                 "body": "Hi,\n\nIntelligence submission attached, for the readers. Not time-critical - neighbourhood team aware.\n\nRegards\nPC 2281 Daniel Oyelaran (he/him)\nPartnership Hub Officer - Vulnerability\nMarchshire Police\n01632 960 440",
                 "values": {"AGENCY": "Marchshire Police - Partnership Hub (Saltmarsh)", "WORKER": "PC 2281 Daniel Oyelaran",
                            "EMAIL": "daniel.oyelaran@marchshire.police.test", "WHEN": "2026-11-30T14:05"}}, html, "docx"))

    # x03 docx - Key2 Futures provider, QRC
    rows = "".join(f"<tr><td width=\"35%\">{a}</td><td width=\"40%\">{b_}</td><td>{c}</td></tr>" for a, b_, c in [
        ("Which agency are you from?", "Key2 Futures (supported accommodation provider)", ""),
        ("Your name", "Femi Lawal", ""),
        ("Your role", "Senior Support Worker", ""),
        ("Email", "femi.lawal@key2.provider.test", ""),
        ("Phone", "07700 900 402", ""),
        ("When did this happen / when was the information received?", "28/11/2026 - 22:30", "and on 26/11"),
        ("Where?", "Outside K2F-CHE-01, Banbury Road, Bicester", ""),
        ("Who was involved? <span class=\"g\">name, DOB, description</span>", "Male known as 'Skinz', approx 19-20, Black, slim, red puffer jacket. Resident (18) - details held by provider.", ""),
        ("Vehicles", "Silver Ford Focus estate, reg FJ17 ???", "partial only"),
        ("What is the information?", "Male waits outside the property late at night and residents go out to the car for a few minutes. One resident has said 'Skinz' supplies cannabis and is asking residents to hold things in their rooms. Staff have challenged him and he drives off.", ""),
        ("Source / grading", "Staff observation + resident disclosure", "not graded"),
        ("Handling code", "P", ""),
    ])
    head = "<tr>" + "".join(f"<td bgcolor=\"#b2dfdb\"><b>{h}</b></td>" for h in ["Question", "Response", "Comments"]) + "</tr>"
    html = page(TITLE, "<p><b><font size=\"4\" color=\"#008080\">KEY2 FUTURES</font></b></p><h2>Intelligence Sharing Submission (police)</h2>" + WARN
                + f"<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">{head}{rows}</table><p class=\"foot\">K2F INT-1</p>")
    out.append(({"id": "w10-intel-03", "form": "intelligence-submission", "expect": "routed", "missing": None,
                 "from": "femi.lawal@key2.provider.test",
                 "subject": "Intelligence sharing submission - K2F Cherwell",
                 "body": "Hello,\n\nPlease forward the attached intelligence submission to the police readers.\n\nThanks\nFemi Lawal (he/him)\nSenior Support Worker - Key2 Futures\n07700 900 402",
                 "values": {"AGENCY": "Key2 Futures (supported accommodation provider)", "WORKER": "Femi Lawal",
                            "EMAIL": "femi.lawal@key2.provider.test", "WHEN": "2026-11-28T22:30"}}, html, "docx"))

    # x04 docx landscape header row - coastal housing options, suspicious property
    inner = "<p><b><font size=\"4\" color=\"#1f6e8c\">SALTMARSH DISTRICT COUNCIL</font></b> &middot; Housing Options</p><h2>" + TITLE + "</h2>" + WARN
    inner += hdr_row(["Submitting agency", "Worker", "Role", "Email", "Phone"],
                     ["Saltmarsh District Council - Housing Options", "Kirsty Dowling", "Housing Options Officer (Young People)", "kirsty.dowling@housing.council.test", "01632 960 214"])
    inner += hdr_row(["Date / time of information", "Location", "Persons involved", "Vehicles", "Handling code"],
                     ["4 December, 08.15", "Garage block rear of 2-20 Pilchard Row, Saltmarsh-on-Sea", "Tenant of no. 14 (adult, name held by SDC); 2-3 teenage boys approx 15-16 on e-bikes", "None seen", "2"])
    inner += hdr_row(["Information", "Source / grading"],
                     ["Our caretaker reports the tenant at no. 14 is storing large numbers of bikes and e-scooters (at least 15), several with cut locks, in a council garage rented to him. Teenage boys are seen bringing bikes in the evenings. Sharing as suspicious property; caretaker has not approached.", "Caretaker - direct observation, photos available"])
    inner += "<p class=\"foot\">SDC Housing - information sharing - landscape</p>"
    html = page(TITLE, inner, landscape=True)
    out.append(({"id": "w10-intel-04", "form": "intelligence-submission", "expect": "routed", "missing": None,
                 "from": "kirsty.dowling@housing.council.test",
                 "subject": "Intel sharing form - suspicious property Pilchard Row garages",
                 "body": "Hi,\n\nIntelligence sharing form attached re: possible stolen bikes in one of our garages. Photos can be sent on request.\n\nThanks\nKirsty Dowling (she/her)\nHousing Options Officer - Young People\nSaltmarsh District Council\nTel 01632 960 214",
                 "values": {"AGENCY": "Saltmarsh District Council - Housing Options", "WORKER": "Kirsty Dowling",
                            "EMAIL": "kirsty.dowling@housing.council.test", "WHEN": "2026-12-04T08:15"}}, html, "docx"))

    # x05 pdf - Youth Justice Service (Brackenford), bold question/answer
    qa = [("1. Submitting agency", "Brackenford Youth Justice Service"), ("2. Worker name", "Ashok Menon"),
          ("3. Role", "Youth Justice Worker"), ("4. Contact email", "ashok.menon@council.test"),
          ("5. Contact phone", "07700 900118"), ("6. Date and time of information", "02/12/2026 at 11:30"),
          ("7. Location", "YJS office interview (information relates to Tamebridge town centre and Cherwell area)"),
          ("8. Persons involved (name, DOB, description)", "Connor Bickley, DOB 04/04/2008 (YJS client).<br>Male known as 'Tiny' or 'T', approx 24, white, large build, neck tattoo.<br>Male known as 'Kez', approx 19."),
          ("9. Vehicles", "Black Mercedes C-Class, private plate starting 'K3Z'"),
          ("10. Information", "During supervision Connor said he was given a phone by 'Tiny' and sent to Banbury to sell drugs from a flat for up to a week at a time. He says 'Kez' drives young people between Tamebridge and Banbury. NRM referral submitted 30/11/2026. Connor is afraid of reprisals and does not want to make a statement."),
          ("11. Source and grading", "Young person (first hand, direct involvement). Grading: C / 2 / 4"),
          ("12. Handling code", "Handling code 4 - do not disclose source to young person's associates")]
    inner = "<p><b><font size=\"4\" color=\"#00567a\">BRACKENFORD CITY COUNCIL</font></b><br>Youth Justice Service</p><h1>" + TITLE + "</h1>" + WARN
    inner += "".join(f"<p><b>{a}</b></p><p>{b_}</p>" for a, b_ in qa) + "<p class=\"foot\">BYJS/INT v2 - OFFICIAL-SENSITIVE</p>"
    html = page(TITLE, inner)
    out.append(({"id": "w10-intel-05", "form": "intelligence-submission", "expect": "routed", "missing": None,
                 "from": "ashok.menon@council.test",
                 "subject": "Intelligence submission - county lines Tamebridge/Banbury",
                 "body": "Dear colleagues,\n\nPlease see attached intelligence submission (PDF). Young person also subject of an NRM referral.\n\nKind regards\nAshok Menon (he/him)\nYouth Justice Worker\nBrackenford Youth Justice Service\n07700 900118",
                 "values": {"AGENCY": "Brackenford Youth Justice Service", "WORKER": "Ashok Menon",
                            "EMAIL": "ashok.menon@council.test", "WHEN": "2026-12-02T11:30"}}, html, "pdf"))

    # x06 pdf - Partnership Hub shared mailbox, WORKER blank (invalid)
    rows = [sec("Submitting agency details"),
            tr2("Submitting agency", "Marchshire Police - Partnership Hub (Coastal)"),
            tr2("Worker name", ""),
            tr2("Role", ""),
            tr2("Contact email", "partnershiphub.coastal@marchshire.police.test"),
            tr2("Contact phone", "01632 960 400"),
            sec("Information"),
            tr2("Date and time of information", "29/11/2026 23:10"),
            tr2("Location", "Saltmarsh Amusements arcade, Promenade, Saltmarsh-on-Sea"),
            tr2("Persons involved", "Group of 4-5 teenage girls, approx 14-16; adult male approx 40, grey beard, 'Mick', works at arcade."),
            tr2("Vehicles", "Blue Ford Transit van, sign-written 'MK Vending'"),
            tr2("Information", "Arcade security report the adult male gives free tokens and vapes to young girls late at night and has been seen offering lifts in his van after closing. One girl was seen getting in the van at 23:10 on 29/11. Concern about possible grooming / CSE."),
            tr2("Source and grading", "Security staff, direct. B / 2"),
            tr2("Handling code", "2")]
    html = two_col("<p><b><font size=\"4\" color=\"#0b2a5b\">MARCHSHIRE POLICE</font></b> &middot; Partnership Hub (Coastal)</p>", rows, "OFFICIAL-SENSITIVE &middot; PH-INT-01")
    out.append(({"id": "w10-intel-06", "form": "intelligence-submission", "expect": "rejected", "missing": "WORKER",
                 "from": "partnershiphub.coastal@marchshire.police.test",
                 "subject": "Intelligence Sharing Submission - arcade, Promenade",
                 "body": "Good morning\n\nPlease see attached intelligence sharing submission.\n\nPartnership Hub (Coastal)\nMarchshire Police\n01632 960 400\nThis mailbox is monitored Mon-Fri 08:00-18:00.",
                 "values": {"AGENCY": "Marchshire Police - Partnership Hub (Coastal)",
                            "EMAIL": "partnershiphub.coastal@marchshire.police.test", "WHEN": "2026-11-29T23:10"}}, html, "pdf"))

    # x07 docx - Stonewater, several label/value pairs per row
    t = "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"
    t += sec("Your details", 4)
    t += "<tr><td bgcolor=\"#e0f2f1\"><b>Agency</b></td><td>Stonewater Young People's Services</td><td bgcolor=\"#e0f2f1\"><b>Name</b></td><td>Rob Kettleborough</td></tr>"
    t += "<tr><td bgcolor=\"#e0f2f1\"><b>Role</b></td><td>Supported Housing Coordinator</td><td bgcolor=\"#e0f2f1\"><b>Email</b></td><td>rob.kettleborough@stonewater.provider.test</td></tr>"
    t += "<tr><td bgcolor=\"#e0f2f1\"><b>Phone</b></td><td>01632 960 552</td><td bgcolor=\"#e0f2f1\"><b>Handling code</b></td><td>P</td></tr>"
    t += sec("The information", 4)
    t += "<tr><td bgcolor=\"#e0f2f1\"><b>Date / time</b></td><td>27/11/26, 2:30 pm</td><td bgcolor=\"#e0f2f1\"><b>Location</b></td><td>Car park behind STW-WOX-01, Witney</td></tr>"
    t += "<tr><td bgcolor=\"#e0f2f1\"><b>Persons</b></td><td colspan=\"3\">Two males, early 20s, one with a facial scar (left cheek), both in black. Asked a resident (17) for 'the lad in room 3' by first name.</td></tr>"
    t += "<tr><td bgcolor=\"#e0f2f1\"><b>Vehicles</b></td><td colspan=\"3\">Dark green Toyota Yaris, reg LD68 ?BX</td></tr>"
    t += "<tr><td bgcolor=\"#e0f2f1\"><b>Information</b></td><td colspan=\"3\">Two unknown males sat in a car in the residents' car park for about an hour and asked a 17-year-old resident where another resident was. The resident they asked after moved in last week from out of county and has told staff he 'owes people back home'. No threats made. Males left when staff came out.</td></tr>"
    t += "<tr><td bgcolor=\"#e0f2f1\"><b>Source / grading</b></td><td colspan=\"3\">Staff (direct) and resident (direct). Not graded.</td></tr></table>"
    html = page(TITLE, "<p><b><font size=\"4\" color=\"#00a19a\">Stonewater</font></b></p><h2>" + TITLE + "</h2>" + WARN + t + "<p class=\"foot\">STW form INT-02</p>")
    out.append(({"id": "w10-intel-07", "form": "intelligence-submission", "expect": "routed", "missing": None,
                 "from": "rob.kettleborough@stonewater.provider.test",
                 "subject": "Police intelligence submission - Witney car park",
                 "body": "Hi,\n\nIntelligence sharing form attached - for info, no immediate risk.\n\nRob Kettleborough (he/him)\nSupported Housing Coordinator\nStonewater - Young People's Services\n01632 960 552",
                 "values": {"AGENCY": "Stonewater Young People's Services", "WORKER": "Rob Kettleborough",
                            "EMAIL": "rob.kettleborough@stonewater.provider.test", "WHEN": "2026-11-27T14:30"}}, html, "docx"))

    # x08 body - URGENT present danger, small provider, typed in haste
    b = """Intelligence submission - sending now, not sure who else to send to

Agency: Response (supported housing)
Name: Aaron Lyle
Role: Night Support Worker
Email: aaron.lyle@response.provider.test
Phone: 07700 900 517
Date/time: NOW - 04/12/2026 08:50, still happening
Location: outside RSP-OXC-01, Cowley Road end
Persons: resident Tayo Adeyemi (DOB 09/09/2009); two males, one has a knife in his waistband
Vehicles: grey BMW, engine running, parked across the drive
Information: Two men are outside the front door right now shouting for Tayo and saying they will stab him when he comes out. One of them has shown a knife. Tayo is locked in the office with me and is terrified. They have been kicking the door. Another resident is still upstairs.
Source: me, seeing it now
Handling code: -

Aaron
Response - Oxford City
07700 900 517"""
    out.append(({"id": "w10-intel-08", "form": "intelligence-submission", "expect": "urgent", "missing": None,
                 "from": "aaron.lyle@response.provider.test",
                 "subject": "URGENT intelligence - men with knife outside RSP-OXC-01 now", "body": b,
                 "values": {"AGENCY": "Response (supported housing)", "WORKER": "Aaron Lyle",
                            "EMAIL": "aaron.lyle@response.provider.test", "WHEN": "2026-12-04T08:50"}}, None, None))
    return out


def build():
    for k, html, fm in intel():
        add(k, html, fm)
