from lib import *
from risk import ho_logo
CATS = ["Missing", "Exploitation", "Self-harm", "Violence", "Allegation against staff", "Police involvement", "Hospital admission", "Other"]
SEVS = ["Low", "Medium", "High", "Critical"]
def ticks(opts, chosen, sep=" &nbsp; "):
    return sep.join(("☒ " if o == chosen else "☐ ") + o for o in opts)

def inc_ho(d):
    secs = [
      ("About the service", [[("Provider", d["prov"]), ("Property / scheme", d["prop"]), ("Property ref", d["propref"])]]),
      ("About the young person", [[("Young person's name", d["name"]), ("Date of birth", d["dob"]), ("LCS number", d["lcs"])],
                                  [("Social worker / Leaving Care PA", d["wn"]), ("SW / PA email", d["we"])]]),
      ("About the incident", [[("Date of incident", d["date"]), ("Time of incident (24hr)", d["time"]), ("Reported by", d["by"])]]),
    ]
    cat = f'<table border="1" cellpadding="4" cellspacing="0" width="100%" bordercolor="#BBBBBB"><tr><td><font size="1" color="{d["col"]}">Incident category (tick one)</font><br>{ticks(CATS, d["cat"])}</td></tr>' \
          f'<tr><td><font size="1" color="{d["col"]}">Severity (tick one)</font><br>{ticks(SEVS, d["sev"])}</td></tr></table>'
    secs2 = [("What happened", [[("Description of the incident (facts only: who, what, where)", d["desc"])]]),
             ("What we did", [[("Immediate actions taken", d["act"])], [("Police reference / CAD / log number (if police involved)", d["pol"]), ("Manager informed", d["mgr"])]]),
             ("Completed by", [[("Name", d["by"]), ("Role", d["role"]), ("Date completed", d["done"])]])]
    title = f'<p><font size="4" color="{d["col"]}"><b>Safeguarding Incident Notification</b></font><br><font size="1">Send within 24 hours to Brokerage, Quality &amp; Contracts and the young person\'s social worker / PA.</font></p>'
    return page("Incident", title + above(secs, head=d["col"], labcol=d["col"]) + cat + above(secs2, head=d["col"], labcol=d["col"]),
                ho_logo(d["brand"], d["strap"], d["col"]), d["foot"])

def inc_check(d):
    logo = f'<p><font size="4"><b>{d["brand"]}</b></font> &nbsp;<font size="1">{d["strap"]}</font></p><hr>'
    title = '<p align="center"><b>SAFEGUARDING INCIDENT REPORT &ndash; MANAGER\'S CHECKLIST</b></p>'
    two = two_col([("Service", [("Provider", d["prov"]), ("Property", f'{d["prop"]} ({d["propref"]})')]),
                   ("Young person", [("Name", d["name"]), ("D.O.B.", d["dob"]), ("LCS no.", d["lcs"]), ("SW / PA", d["wn"]), ("SW / PA email", d["we"])]),
                   ("Incident", [("Date", d["date"]), ("Time", d["time"])])], shade="#FFF2CC", head="#7F6000")
    ck = ['<table border="1" cellpadding="4" cellspacing="0" width="100%"><tr bgcolor="#7F6000"><td colspan="2"><font color="#FFFFFF"><b>Category (tick)</b></font></td><td colspan="2"><font color="#FFFFFF"><b>Severity (tick)</b></font></td></tr>']
    for i in range(8):
        c = CATS[i]; s = SEVS[i] if i < 4 else ""
        ck.append(f'<tr><td width="6%" align="center">{"☒" if c==d["cat"] else "☐"}</td><td>{c}</td>'
                  f'<td width="6%" align="center">{("☒" if s==d["sev"] else "☐") if s else ""}</td><td>{s}</td></tr>')
    ck.append('</table>')
    ck = "\n".join(ck)
    steps = ['<table border="1" cellpadding="4" cellspacing="0" width="100%"><tr bgcolor="#7F6000"><td colspan="2"><font color="#FFFFFF"><b>Actions checklist</b></font></td></tr>']
    for done, s in d["checks"]:
        steps.append(f'<tr><td width="6%" align="center">{"☒" if done else "☐"}</td><td>{s}</td></tr>')
    steps.append('</table>')
    steps = "\n".join(steps)
    narr = two_col([("", [("Description", d["desc"]), ("Immediate actions taken", d["act"]), ("Police ref.", d["pol"]),
                          ("Completed by", f'{d["by"]}, {d["role"]} - {d["done"]}')])], shade="#FFF2CC", head="#7F6000")
    return page("Incident", title + two + "<br>" + ck + "<br>" + narr + "<br>" + steps, logo, d["foot"])

I = [
 dict(id="w2-inc-01", fmt="docx", style="ho", brand="Sanctuary", strap="Supported Living &middot; Young People's Services", col="#5B2C83",
      prov="Sanctuary Housing", prop="Harcourt Lodge", propref="SAN-CHE-01", name="Mia Thorncroft", dob="02/06/2008", lcs="4907713",
      wn="Sian Bevan", we="sian.bevan@council.test", date="02/12/2026", time="22:40", by="Natalie Fenwick", role="Scheme Manager", done="03/12/2026",
      cat="Missing", sev="High", mgr="Yes - on-call manager G. Tolley 22:55",
      desc="Mia did not return for her 22:00 curfew. Her phone was switched off. She was last seen at 17:30 leaving with two older males in a grey car. She returned at 03:10 by taxi, which had been paid for by someone else, and was tearful and would not say where she had been.",
      act="Reported missing to police at 22:40 (ref below). Informed EDT at 23:05. Welfare check on return, offered a return home interview, and informed her social worker by email at 08:30.",
      pol="43260012044", foot="Sanctuary Housing &middot; SLS-F-019 Incident Notification v6 &middot; Confidential", sender="natalie.fenwick@sanctuary.provider.test",
      values=dict(NAME="Mia Thorncroft", WHEN="2026-12-02T22:40", INCIDENT_DATE="2026-12-02", CATEGORY="missing", SEVERITY="high", DATE_OF_BIRTH="2008-06-02",
                  PROVIDER="Sanctuary Housing", PROPERTY="SAN-CHE-01", WORKER_NAME="Sian Bevan", WORKER_EMAIL="sian.bevan@council.test", POLICE_REFERENCE="43260012044")),
 dict(id="w2-inc-02", fmt="docx", style="ho", brand="A2Dominion", strap="Housing &middot; Care &middot; Support &ndash; Young People", col="#00857C",
      prov="A2 Dominion", prop="Thame Road House", propref="A2D-SOX-01", name="Dylan Ashworth", dob="15/03/2005", lcs="3066218",
      wn="Joanne Kettering", we="joanne.kettering@council.test", date="01/12/2026", time="14:15", by="Imran Qureshi", role="YP Services Coordinator", done="01/12/2026",
      cat="Exploitation", sev="Medium", mgr="Yes",
      desc="Staff noticed that two young men not living at the scheme have been visiting Dylan's flat daily. Today Dylan said they 'look after' his flat and he is scared to ask them to leave. A set of digital scales was seen on his table. Possible cuckooing.",
      act="Spoke to Dylan alone, who agreed to a safety plan. Visitors restricted. Intelligence submission sent to police. PA informed by phone.",
      pol="Not yet - intel submitted 01/12", foot="A2Dominion Group &middot; Form YP-INC1 &middot; Please do not alter this template", sender="imran.qureshi@a2dominion.provider.test",
      values=dict(NAME="Dylan Ashworth", WHEN="2026-12-01T14:15", INCIDENT_DATE="2026-12-01", CATEGORY="exploitation", SEVERITY="medium", DATE_OF_BIRTH="2005-03-15",
                  PROVIDER="A2 Dominion", PROPERTY="A2D-SOX-01", WORKER_NAME="Joanne Kettering", WORKER_EMAIL="joanne.kettering@council.test")),
 dict(id="w2-inc-03", fmt="docx", style="ho", brand="stonewater", strap="Supported housing for young people", col="#E4572E",
      prov="Stonewater", prop="Bridge Street", propref="STW-WOX-01", name="Freya Lockwood", dob="21/10/2007", lcs="4480392",
      wn="Tomasz Nowicki", we="tomasz.nowicki@council.test", date="03/12/2026", time="19:05", by="Paula Esterhuizen", role="Service Manager", done="03/12/2026",
      cat="Self-harm", sev="High", mgr="Yes - on call",
      desc="Freya told a support worker that she had cut her forearm with a razor blade. The wounds were superficial but bleeding. She said she had been feeling overwhelmed after a phone call with her mother.",
      act="First aid given and NHS 111 called; advised a walk-in centre, and staff accompanied her (wounds cleaned, steri-strips). Safety plan reviewed, blades removed with her agreement, hourly checks overnight. PA emailed.",
      pol="N/A", foot="Stonewater &middot; Incident form SG-02 &middot; Confidential when complete", sender="paula.esterhuizen@stonewater.provider.test",
      values=dict(NAME="Freya Lockwood", WHEN="2026-12-03T19:05", INCIDENT_DATE="2026-12-03", CATEGORY="self-harm", SEVERITY="high", DATE_OF_BIRTH="2007-10-21",
                  PROVIDER="Stonewater", PROPERTY="STW-WOX-01", WORKER_NAME="Tomasz Nowicki", WORKER_EMAIL="tomasz.nowicki@council.test")),
 dict(id="w2-inc-04", fmt="pdf", style="ho", brand="Connection Support", strap="Supporting people to live independently", col="#1B75BB",
      prov="Connection Support", prop="Wallingford Road", propref="CON-SOX-01", name="Tariq Bashir", dob="09/01/2006", lcs="3710056",
      wn="Daniel Hirst", we="daniel.hirst@council.test", date="29/11/2026", time="01:30", by="Lorna Whittaker", role="Project Worker", done="29/11/2026",
      cat="Violence", sev="Critical", mgr="Yes - 01:40",
      desc="Fight in the communal kitchen between Tariq and another resident. The other resident pulled a kitchen knife; Tariq got a cut to his hand. Police and an ambulance were called. The other resident was arrested.",
      act="999 called at 01:32. First aid given until paramedics arrived. The other resident was arrested and is bailed away from the scheme. Knives in the communal kitchen are now locked away. Tariq was offered a room move and support.",
      pol="43260011508", foot="Connection Support &middot; IR-7 &middot; Confidential", sender="lorna.whittaker@connection.provider.test",
      values=dict(NAME="Tariq Bashir", WHEN="2026-11-29T01:30", INCIDENT_DATE="2026-11-29", CATEGORY="violence", SEVERITY="critical", DATE_OF_BIRTH="2006-01-09",
                  PROVIDER="Connection Support", PROPERTY="CON-SOX-01", WORKER_NAME="Daniel Hirst", WORKER_EMAIL="daniel.hirst@council.test", POLICE_REFERENCE="43260011508")),
 dict(id="w2-inc-05", fmt="pdf", style="ho", brand="Key2 Futures", strap="Key2 &middot; young people's accommodation", col="#2E7D32",
      prov="Key2 Futures", prop="Cowley House", propref="K2F-OXC-01", name="Jasmine Clarke-Hughes", dob="30/12/2004", lcs="4126085", 
      wn="Priya Okafor", we="priya.okafor@council.test", date="27/11/2026", time="16:00", by="Ben Arkwright", role="Deputy Manager", done="28/11/2026",
      cat="Allegation against staff", sev="High", mgr="Yes, and HR",
      desc="Jasmine alleges that a night worker (male) made sexual comments to her on two occasions and messaged her personal phone. She showed screenshots to the deputy manager.",
      act="The staff member has been suspended pending investigation. LADO consulted (not needed as Jasmine is over 18 - adult safeguarding referral made instead). Screenshots saved. PA informed.",
      pol="None at present - Jasmine does not want to report to police", foot="Key2 Futures &middot; Safeguarding Incident Form K2-SG &middot; Strictly confidential", sender="ben.arkwright@key2.provider.test",
      values=dict(NAME="Jasmine Clarke-Hughes", WHEN="2026-11-27T16:00", INCIDENT_DATE="2026-11-27", CATEGORY="allegation against staff", SEVERITY="high", DATE_OF_BIRTH="2004-12-30",
                  PROVIDER="Key2 Futures", PROPERTY="K2F-OXC-01", WORKER_NAME="Priya Okafor", WORKER_EMAIL="priya.okafor@council.test")),
 dict(id="w2-inc-06", fmt="docx", style="check", brand="Response", strap="Rowan Court / Banbury services", 
      prov="Response", prop="Castle Quay House", propref="RSP-CHE-01", name="Connor Pryce-Evans", dob="12/08/2008", lcs="5033901",
      wn="Omar Whitlock", we="omar.whitlock@council.test", date="03/12/2026", time="16:45", by="Sandra Kilbride", role="Registered Manager", done="03/12/2026",
      cat="Police involvement", sev="Medium",
      desc="Police attended the house with a warrant and searched Connor's room in connection with a burglary on 28/11. Nothing was found. Connor was arrested and interviewed at Banbury police station, then released under investigation at 23:10.",
      act="No appropriate adult needed as Connor is 18; staff called the duty solicitor for him. Staff collected him from the station. Social worker informed. Room search logged.",
      pol="43260011933",
      checks=[(True, "Young person safe / welfare check done"), (True, "Police informed / reference obtained"), (True, "Social worker / PA informed"),
              (True, "Brokerage and Quality & Contracts emailed"), (False, "Body map completed (n/a)"), (True, "Incident logged on Response system")],
      foot="Response &middot; SG checklist v3 &middot; keep a copy on the YP's file", sender="sandra.kilbride@response.provider.test",
      values=dict(NAME="Connor Pryce-Evans", WHEN="2026-12-03T16:45", INCIDENT_DATE="2026-12-03", CATEGORY="police involvement", SEVERITY="medium", DATE_OF_BIRTH="2008-08-12",
                  PROVIDER="Response", PROPERTY="RSP-CHE-01", WORKER_NAME="Omar Whitlock", WORKER_EMAIL="omar.whitlock@council.test", POLICE_REFERENCE="43260011933")),
 dict(id="w2-inc-07", fmt="docx", style="check", brand="Oxfordshire Youth", strap="Housing &amp; support for 16-25s",
      prov="Oxfordshire Youth", prop="Abbey Lane", propref="OXY-VWH-01", name="Poppy Ellingham", dob="04/04/2009", lcs="5290117",
      wn="Ruth Antwi", we="ruth.antwi@council.test", date="30/11/2026", time="09:20", by="Fiona Blackwood", role="Senior Support Worker", done="30/11/2026",
      cat="Hospital admission", sev="",
      desc="Poppy was found by staff in her room, drowsy and being sick. She said she had drunk a bottle of vodka the night before. An ambulance was called and she was admitted to hospital overnight for observation.",
      act="Ambulance called at 09:22 and staff went with her to hospital. Social worker informed at 10:00. Discharged on 01/12 at 11:00; alcohol service referral made.",
      pol="N/A",
      checks=[(True, "Young person safe / welfare check done"), (False, "Police informed (n/a)"), (True, "Social worker / PA informed"),
              (True, "Brokerage and Quality & Contracts emailed"), (True, "Incident logged")],
      foot="Oxfordshire Youth &middot; Incident checklist OY-IC &middot; Confidential", sender="fiona.blackwood@oxyouth.provider.test",
      values=dict(NAME="Poppy Ellingham", WHEN="2026-11-30T09:20", INCIDENT_DATE="2026-11-30", CATEGORY="hospital admission", DATE_OF_BIRTH="2009-04-04",
                  PROVIDER="Oxfordshire Youth", PROPERTY="OXY-VWH-01"),
      expect="rejected", missing="SEVERITY"),
]
for d in I:
    fn = d["id"].replace("w2-", "") + "_" + d["propref"]
    h = inc_ho(d) if d["style"] == "ho" else inc_check(d)
    cover = (f"Hello,\n\nPlease find attached a safeguarding incident notification for {d['name']} at {d['prop']} ({d['propref']}), "
             f"{d['date']}. Social worker / PA copied.\n\nRegards\n{d['by']}\n{d['role']}, {d['prov']}")
    add(d["id"], "safeguarding-incident", d["sender"], f"Safeguarding incident - {d['propref']} - {d['date']}", cover, d["values"],
        attachment=f"docs/{fn}.{d['fmt']}", html=h, expect=d.get("expect", "routed"), missing=d.get("missing"),
        voice="head-office" if d["style"] == "ho" else "home-manager-checklist")

add("w2-inc-08", "safeguarding-incident", "ben.arkwright@key2.provider.test", "Safeguarding incident - K2F-CHE-01 - Lucas Fairweather",
"""Morning all,

Incident report below - usual checklist.

SAFEGUARDING INCIDENT
Provider: Key2 Futures
Property: Southam Road (K2F-CHE-01)
Young person: Lucas Fairweather
DOB: 18/09/2006
LCS no: 3925480
SW/PA: Kerry Vaughan (kerry.vaughan@council.test)
Date of incident: 03/12/2026
Time: 11.30am
Category: [ ] missing [ ] exploitation [ ] self harm [ ] violence [ ] allegation v staff [ ] police [ ] hospital [x] other - fire alarm / smoking in room
Severity: [x] low [ ] med [ ] high [ ] critical

Description:
Lucas set off the fire alarm by smoking cannabis in his room with the detector covered by a sock. The building was evacuated for 20 minutes. No one was hurt. This is his second warning.

Immediate actions:
Fire panel reset. The detector was checked and the sock removed. Written warning given and the tenancy agreement went through with him again. PA informed.

Police ref: n/a

[x] YP safe   [x] PA told   [x] logged on CHARMS   [ ] police

Ben Arkwright
Deputy Manager, Key2 Futures""",
    dict(NAME="Lucas Fairweather", WHEN="2026-12-03T11:30", INCIDENT_DATE="2026-12-03", CATEGORY="other", SEVERITY="low", DATE_OF_BIRTH="2006-09-18",
         PROVIDER="Key2 Futures", PROPERTY="K2F-CHE-01", WORKER_NAME="Kerry Vaughan", WORKER_EMAIL="kerry.vaughan@council.test"),
    voice="home-manager-checklist")
