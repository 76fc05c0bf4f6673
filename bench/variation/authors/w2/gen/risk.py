from lib import *

def ho_logo(brand, strap, col):
    return (f'<table width="100%" cellpadding="6" cellspacing="0"><tr><td bgcolor="{col}"><font color="#FFFFFF" size="5"><b>{brand}</b></font>'
            f'<br><font color="#FFFFFF" size="1">{strap}</font></td></tr></table>')

def risk_html(d):
    secs = [
      ("1. Referral details", [[("Referral reference", d["ref"]), ("Date referral received", d["rec"]), ("Date of this response", d["resp"])],
                               [("Provider", d["prov"]), ("Scheme / service", d["scheme"]), ("Locality", d["loc"])],
                               [("Young person's name", d["yp"]), ("Date of birth", d["dob"]), ("Brokerage contact", d["brok"])]]),
      ("2. Risk we are unable to manage", [[("Describe the specific risk identified from the referral and assessment", d["risk"])]]),
      ("3. Why this risk cannot be managed", [[("Explain why, with our current staffing, building and client group, the risk cannot be safely managed", d["why"])]]),
      ("4. What would enable us to manage it", [[("Resources or support that would enable the risk to be managed (if any)", d["res"])]]),
      ("5. Completed by", [[("Name", d["by"]), ("Job title", d["title"]), ("Email", d["email"]), ("Telephone", d["phone"])],
                           [("Attachments", d["att"]), ("Approved by (manager)", d["appr"])]]),
    ]
    title = f'<p><font size="4" color="{d["col"]}"><b>Risk Concern &ndash; Response to Referral</b></font><br><font size="1">For use when we are unable to safely accept a referral. All three parts (sections 2&ndash;4) must be completed.</font></p>'
    return page("Risk concern", title + above(secs, head=d["col"], labcol=d["col"]), ho_logo(d["brand"], d["strap"], d["col"]), d["foot"])

R = [
 dict(id="w2-risk-01", fmt="docx", brand="Sanctuary", strap="Supported Living &middot; Young People's Services", col="#5B2C83",
      ref="BRK-26-0917", rec="01/12/2026", resp="03/12/2026", prov="Sanctuary Housing", scheme="Harcourt Lodge (SAN-CHE-01)", loc="Cherwell",
      yp="Owen Castellano", dob="11/09/2007", brok="Brokerage (Placements)",
      risk="Owen has a recent history of fire-setting: two deliberate fires in his previous placement (bedroom bin, Aug 2026; communal laundry, Oct 2026).",
      why="Harcourt Lodge is a converted Victorian house with shared kitchens and no sprinkler system. Night cover is sleep-in only (one member of staff), so we could not provide waking observation. Our fire risk assessment rates the building unsuitable for residents with an active fire-setting risk.",
      res="We could reconsider if a fire-setting intervention (e.g. Fire Service youth programme) is completed and there are no further incidents for 3 months, or if funding for waking night cover and a misting system in his room were agreed.",
      by="Natalie Fenwick", title="Scheme Manager", email="natalie.fenwick@sanctuary.provider.test", phone="01295 900 118",
      att="Risk assessment; risk management plan (draft)", appr="Graham Tolley, Area Manager",
      foot="Sanctuary Housing &middot; Registered office: Chamber Court, Castle Street, Worcester (fictional) &middot; SLS-F-031 v4 &middot; Classification: Confidential",
      cover="Good morning,\n\nPlease find attached our risk concern in response to referral BRK-26-0917 (Owen Castellano). We are unable to offer at Harcourt Lodge at this time - details and what would help are on the form. The risk assessment and RMP are attached.\n\nKind regards\nNatalie Fenwick\nScheme Manager, Harcourt Lodge\nSanctuary Supported Living",
      values=dict(REFERRAL_REFERENCE="BRK-26-0917", PROVIDER="Sanctuary Housing", YOUNG_PERSON="Owen Castellano")),
 dict(id="w2-risk-02", fmt="docx", brand="A2Dominion", strap="Housing &middot; Care &middot; Support &ndash; Young People", col="#00857C",
      ref="Brokerage ref 26/1144", rec="30/11/2026", resp="02/12/2026", prov="A2 Dominion", scheme="Eastgate Foyer (A2D-OXC-01)", loc="Oxford City",
      yp="Zara Kowalczyk", dob="23/04/2008", brok="Brokerage (Placements)",
      risk="Risk of criminal and sexual exploitation from a group known to be active around Eastgate Foyer; two current residents are associated with the same group.",
      why="Placing Zara at Eastgate would put her in daily contact with the people she is being exploited by. We cannot control who she meets in communal areas and our staff are not on site overnight.",
      res="A placement in one of our other schemes away from the city (e.g. A2D-SOX-01) could be considered with a safety plan agreed with police and the exploitation team, plus an additional 10 hours a week of 1:1 support funded for the first 3 months.",
      by="Imran Qureshi", title="Young People's Services Coordinator", email="imran.qureshi@a2dominion.provider.test", phone="01865 900 512",
      att="Risk assessment", appr="Helen Maddox, Head of Support",
      foot="A2Dominion Group &middot; Head Office, The Point, 37 North Wharf Road (fictional) &middot; Form YP-RC2 &middot; Please do not alter this template",
      cover="Hello Brokerage,\n\nRe your ref 26/1144 - Zara Kowalczyk. Attached is our risk concern form and risk assessment.\n\nBest wishes\nImran Qureshi\nYoung People's Services Coordinator",
      values=dict(REFERRAL_REFERENCE="Brokerage ref 26/1144", PROVIDER="A2 Dominion", YOUNG_PERSON="Zara Kowalczyk")),
 dict(id="w2-risk-03", fmt="pdf", brand="stonewater", strap="Supported housing for young people", col="#E4572E",
      ref="YPSA-REF-2026-0388", rec="27/11/2026", resp="03/12/2026", prov="Stonewater", scheme="Millbrook House (STW-VWH-01)", loc="Vale of White Horse",
      yp="Kieran Dobbs", dob="05/05/2005", brok="Brokerage",
      risk="Kieran has a conviction for a sexual offence against a 15-year-old (2023) and is on the Sex Offenders Register until 2028.",
      why="Millbrook House is next door to our 16/17 service and residents share the garden and laundry. His licence conditions prohibit unsupervised contact with under-18s, which we could not guarantee.",
      res="We could offer a self-contained flat at STW-VWH-02 (18+ only, separate entrance) once one is void, expected late January, subject to MAPPA agreement and his offender manager's support.",
      by="Paula Esterhuizen", title="Service Manager", email="paula.esterhuizen@stonewater.provider.test", phone="01235 900 404",
      att="Risk assessment; MAPPA summary (received from probation)", appr="Rob Lyle",
      foot="Stonewater &middot; Form RC-01 (2025) &middot; Confidential when complete &middot; Page 1 of 1",
      cover="Dear colleagues,\n\nPlease see the attached risk concern (PDF) regarding referral YPSA-REF-2026-0388, Kieran Dobbs. We are unable to accept for Millbrook House but have suggested an alternative.\n\nRegards\nPaula Esterhuizen\nService Manager, Stonewater",
      values=dict(REFERRAL_REFERENCE="YPSA-REF-2026-0388", PROVIDER="Stonewater", YOUNG_PERSON="Kieran Dobbs")),
]
for d in R:
    fn = d["id"].replace("w2-", "") + "_" + d["yp"].split()[-1].lower()
    add(d["id"], "risk-concern", d["email"], f"Risk concern - referral {d['ref']} - {d['yp']}", d["cover"], d["values"],
        attachment=f"docs/{fn}.{d['fmt']}", html=risk_html(d), voice="head-office")

add("w2-risk-04", "risk-concern", "sandra.kilbride@response.provider.test", "RE: Referral BRK-26-0931 Aaliyah Grant - unable to accept",
"""Hi Brokerage,

We have been through Aaliyah's referral (your ref BRK-26-0931) at this morning's allocation meeting. Checklist below as per our usual response.

RISK CONCERN - RESPONSE TO REFERRAL
[x] Referral reference checked: BRK-26-0931
[x] Provider: Response - Rowan Court (RSP-OXC-02)
[x] Young person: Aaliyah Grant
[x] Risk assessment completed (to follow in a separate email)
[x] Risk management plan considered
[ ] Able to accept

Risk we are unable to manage:
Aaliyah has assaulted staff in her last two placements (most recent 14/11/2026, a member of staff needed hospital treatment) and has made threats to hurt a current Rowan Court resident she knows from school.

Why it cannot be managed:
The resident she has threatened lives at Rowan Court and cannot be moved at short notice. We have a lone worker in the evenings and at weekends, and our staff team has had no de-escalation refresher training since the summer.

What would help us manage it:
If the resident moves on (planned for February) and we could have double staffing in the evenings for the first 6 weeks (funding needed), plus a positive behaviour support plan from the CAMHS/LD team, we would reassess.

Sandra Kilbride
Registered Manager, Rowan Court
Response
01865 900 377""",
    dict(REFERRAL_REFERENCE="BRK-26-0931", PROVIDER="Response", YOUNG_PERSON="Aaliyah Grant"), voice="home-manager-checklist")

# invalid: RESOURCES left out
add("w2-risk-05", "risk-concern", "fiona.blackwood@oxyouth.provider.test", "Risk concern re referral 26/1160 (M. Osei)",
"""Dear Brokerage team

RISK CONCERN
Referral reference: 26/1160
Provider: Oxfordshire Youth (OXY-WOX-01, Windrush House)
Young person's name: Michael Osei

Risk we are unable to manage:
Michael is insulin-dependent and has had three hospital admissions for diabetic ketoacidosis since September because he does not take his insulin. He needs staff to prompt and observe his injections.

Reason the risk cannot be managed:
Windrush House is low-support (floating support 10 hours a week, no staff overnight). Our staff are not trained or insured to supervise medication.

Kind regards
Fiona Blackwood
Senior Support Worker, Oxfordshire Youth""",
    dict(REFERRAL_REFERENCE="26/1160", PROVIDER="Oxfordshire Youth", YOUNG_PERSON="Michael Osei"),
    expect="rejected", missing="RESOURCES", voice="home-manager-checklist")
