from lib import *

def grid_html(d):
    logo = ('<table width="100%" cellpadding="2" cellspacing="0"><tr><td><font size="4"><b>Wychford District Council</b></font><br>'
            '<font size="1">Housing Options &amp; Homelessness Prevention</font></td>'
            f'<td align="right"><font size="1">HPX Case Management v7.4<br>Printed: {d["printed"]}<br>Case ID: {d["case"]}</font></td></tr></table><hr>')
    title = '<p><b>SUPPORTED ACCOMMODATION ASSESSMENT AND REFERRAL &ndash; EXPORT (FORM SAR1)</b></p>'
    def row(code, lab, val): return f'<tr><td><font size="1">{code}</font></td><td bgcolor="#EDEDED">{lab}</td><td colspan="3">{esc(val)}</td></tr>'
    def ynrow(code, lab, v, det=""):
        y = "X" if v else ""; n = "" if v else "X"
        return f'<tr><td><font size="1">{code}</font></td><td bgcolor="#EDEDED">{lab}</td><td align="center" width="6%">{y}</td><td align="center" width="6%">{n}</td><td>{esc(det)}</td></tr>'
    hdr = lambda t: f'<tr><td colspan="5" bgcolor="#305496"><font color="#FFFFFF"><b>{t}</b></font></td></tr>'
    t = ['<table border="1" cellpadding="3" cellspacing="0" width="100%">',
         '<tr bgcolor="#BFBFBF"><td width="8%"><b>Code</b></td><td width="30%"><b>Field</b></td><td align="center"><b>Y</b></td><td align="center"><b>N</b></td><td><b>Value / detail</b></td></tr>',
         hdr("A. REFERRAL"), row("A01", "Referral type", d["type"]), row("A02", "Date accom required", d["needed"]),
         hdr("B. APPLICANT"), row("B01", "Full name", d["name"]), row("B02", "DOB", d["dob"]), row("B03", "Gender", d["gender"]),
         row("B04", "LCS no.", d["lcs"]), row("B05", "Current address", d["addr"]), row("B06", "Pref. locality", d["loc"]),
         row("B07", "Legal status", d["legal"]), ynrow("B08", "UASC", d["uasc"]), ynrow("B09", "Parent", d["parent"], d.get("parent_det", "")),
         hdr("C. REFERRER"), row("C01", "Officer", d["ref"]), row("C02", "Role", d["role"]),
         row("C03", "Org / team", "Wychford DC - Housing Options"), row("C04", "Email", d["email"]), row("C05", "Tel", d["phone"]),
         row("C06", "SW / PA (name, email)", d["sw"]),
         hdr("D. PREVENTION"), ynrow("D01", "FGC offered", d["fgc"], d["fgc_det"]), row("D02", "FGC date", d["fgc_date"]),
         row("D03", "Diversion explored (F&amp;F / mediation)", d["div"]),
         hdr("E. NEEDS AND RISK"), row("E01", "Reason for referral", d["reason"]), row("E02", "Immediate safety concern", d["safety"]),
         row("E03", "Risk to self", d["rself"]), row("E04", "Risk to others", d["rothers"]), row("E05", "Risk from others", d["rfrom"]),
         row("E06", "Exploitation", d["expl"]), row("E07", "Substance misuse", d["subs"]), row("E08", "Offending", d["off"]),
         row("E09", "Mental health", d["mh"]), row("E10", "Support needs", d["support"]),
         hdr("F. CONSENT"), ynrow("F01", "Consent to referral + info sharing", d["consent"], d.get("consent_det", "")),
         row("F02", "If N - safeguarding basis for sharing w/o consent", d.get("basis", "N/A")),
         '</table>']
    foot = f"HPX export &middot; {d['case']} &middot; record owner {d['ref']} &middot; OFFICIAL-SENSITIVE"
    return page("SAR1 export", logo + title + "\n".join(t), "", foot, font="Courier New")

HOUSING = [
 dict(id="w2-ref-10", fmt="docx", type="NON-EMERGENCY", needed="18/12/2026", case="HOP-26-11872", printed="03/12/2026 16:41",
      name="Bethany Grice", dob="09/06/2006", gender="F", lcs="3811460", addr="4 Pilgrim Court, Wychford WY2 8LP (father's)",
      loc="West Oxfordshire", legal="Care leaver", uasc=False, parent=False, ref="Aaron Fitzgerald", role="Housing Options Officer",
      email="aaron.fitzgerald@council.test", phone="01993 900 214", sw="PA: Joanne Kettering joanne.kettering@council.test",
      fgc=True, fgc_det="Offered by PA; declined by father", fgc_date="09/11/2026",
      div="S.195 prevention duty accepted 12/11/26. Mediation with father 19/11 - unsuccessful. No F&F able to accommodate.",
      reason="Asked to leave by father (new partner moving in). Notice to leave 31/12/26. Prevention duty - seeking planned supported move.",
      safety="None identified", rself="None known", rothers="None known", rfrom="None known", expl="None known",
      subs="None", off="None", mh="Mild depression, GP", support="Budgeting; EET - looking for work after leaving uni course; tenancy ready in 6-12 months",
      consent=True, consent_det="Signed HPX consent 12/11/26",
      cover="Please see attached referral - HOP-26-11872 (Grice). Prevention case, non-emergency.\n\nRegards\nAaron Fitzgerald\nHousing Options Officer\nWychford District Council",
      values=dict(FULL_NAME="Bethany Grice", DATE_OF_BIRTH="2006-06-09", VARIANT="non-emergency", DATE_NEEDED="2026-12-18", CONSENT="yes",
                  PARENT="no", UASC="no", FGC_OFFERED="yes", FGC_DATE="2026-11-09", REFERRER_EMAIL="aaron.fitzgerald@council.test",
                  REFERRER_NAME="Aaron Fitzgerald", SOCIAL_WORKER_NAME="Joanne Kettering", SOCIAL_WORKER_EMAIL="joanne.kettering@council.test", LCS_NUMBER="3811460")),
 dict(id="w2-ref-11", fmt="docx", type="EMERGENCY", needed="04/12/2026", case="HOP-26-12019", printed="04/12/2026 08:37",
      name="Nathan Ogunleye", dob="17/10/2003", gender="M", lcs="2604418", addr="NFA - rough sleeping, Wychford bus station (verified by outreach 03/12)",
      loc="Any", legal="Care leaver", uasc=False, parent=False, ref="Shona McAteer", role="Senior Housing Options Officer",
      email="shona.mcateer@council.test", phone="01993 900 260", sw="PA: Daniel Hirst daniel.hirst@council.test",
      fgc=False, fgc_det="N/A - emergency, aged 23, no family contact", fgc_date="",
      div="Relief duty. No F&F. Night shelter full. SWEP not triggered until Sunday.",
      reason="Released from HMP Longmere 01/12/26 with no accommodation. Probation informed us late. Relief duty owed.",
      safety="Sleeping rough in sub-zero temps (-3 forecast tonight). Was assaulted at bus station 02/12 (black eye, police ref 43260011920). Is diabetic (type 1) and lost insulin pen in the assault - hospital replaced but cannot store it properly outside.",
      rself="Medium - type 1 diabetes not managed on street", rothers="Medium - previous conviction ABH 2024", rfrom="High - assaulted 02/12, rough sleeping",
      expl="Historic CCE as teen", subs="Alcohol, says controlled", off="ABH 2024 (custody 18m), released on licence 01/12/26",
      mh="PTSD, not currently treated", support="Somewhere he can store insulin; probation appointments (licence); GP registration; benefits",
      consent=True,
      cover="EMERGENCY - please see attached HPX export for Nathan Ogunleye, rough sleeping since release on Tuesday. Needs a bed tonight. Call me on 01993 900 260.\n\nShona McAteer\nSenior Housing Options Officer, Wychford DC",
      values=dict(FULL_NAME="Nathan Ogunleye", DATE_OF_BIRTH="2003-10-17", VARIANT="emergency", DATE_NEEDED="2026-12-04", CONSENT="yes",
                  PARENT="no", UASC="no", FGC_OFFERED="no", REFERRER_EMAIL="shona.mcateer@council.test", REFERRER_NAME="Shona McAteer",
                  SOCIAL_WORKER_NAME="Daniel Hirst", SOCIAL_WORKER_EMAIL="daniel.hirst@council.test", LCS_NUMBER="2604418")),
 dict(id="w2-ref-12", fmt="docx", type="NON-EMERGENCY", needed="11/01/2027", case="HOP-26-11655", printed="02/12/2026 11:05",
      name="Sophie Marchetti", dob="28/03/2005", gender="F", lcs="", addr="12 Coldharbour Road, Wychford WY1 3TT (mother's)",
      loc="Vale of White Horse", legal="Not known to social care", uasc=False, parent=True, parent_det="Pregnant, due 02/2027",
      ref="Aaron Fitzgerald", role="Housing Options Officer", email="aaron.fitzgerald@council.test", phone="01993 900 214", sw="None allocated",
      fgc=True, fgc_det="Offered via Family Solutions", fgc_date="27/10/2026",
      div="FGC held 10/11/26; mother can keep her until mid-Jan only. Partner's family - no room. Mediation not needed.",
      reason="Overcrowding (statutory) once baby born; mother's 2-bed shared with 3 siblings. Needs parent & baby supported placement.",
      safety="None", rself="None", rothers="None", rfrom="None known - partner supportive", expl="None", subs="Stopped smoking",
      off="None", mh="None", support="Antenatal / parenting support, benefits (maternity allowance), setting up a home",
      consent=True, consent_det="Yes - HPX consent 20/10/26",
      cover="Hi, referral attached for Sophie Marchetti (HOP-26-11655), pregnant, non-emergency, FGC done. Not known to CSC. Thanks, Aaron",
      values=dict(FULL_NAME="Sophie Marchetti", DATE_OF_BIRTH="2005-03-28", VARIANT="non-emergency", DATE_NEEDED="2027-01-11", CONSENT="yes",
                  PARENT="yes", UASC="no", FGC_OFFERED="yes", FGC_DATE="2026-10-27", REFERRER_EMAIL="aaron.fitzgerald@council.test", REFERRER_NAME="Aaron Fitzgerald")),
 dict(id="w2-ref-13", fmt="pdf", type="EMERGENCY", needed="04/12/2026", case="HOP-26-12024", printed="04/12/2026 08:52",
      name="Ruby Fairhurst", dob="03/01/2007", gender="F", lcs="4102277", addr="Refuge space ended - temporarily at Wychford Travelodge (1 night paid)",
      loc="Cherwell or out of county", legal="Care leaver", uasc=False, parent=False, ref="Shona McAteer", role="Senior Housing Options Officer",
      email="shona.mcateer@council.test", phone="01993 900 260", sw="PA: Kerry Vaughan kerry.vaughan@council.test",
      fgc=False, fgc_det="N/A - DA; family not safe", fgc_date="",
      div="None possible - DA case. MARAC 26/11/26.",
      reason="Fleeing domestic abuse from ex-partner. Refuge placement (out of county) ended after ex-partner traced her there.",
      safety="Ex-partner (MARAC high risk) located her at the refuge on 02/12 and has sent threats since. She has one night in a hotel paid and nowhere from today. Needs a bed today in an address he does not know.",
      rself="Medium - overdose 2025", rothers="None", rfrom="HIGH - DA perpetrator, MARAC; police ref 43260011766", expl="Coercive control by ex",
      subs="None", off="None", mh="Anxiety / PTSD", support="Secure building, DA support worker (IDVA already allocated), fresh start away from area",
      consent=False, consent_det="Not obtained - Ruby too distressed to discuss this morning", basis="Risk of serious harm - MARAC high risk DA. Shared under safeguarding duty (Children Act 1989 / DPA 2018 Sch.8), approved by team manager Lisa Carrow 04/12/26.",
      cover="EMERGENCY DA case - HPX export attached (PDF) for Ruby Fairhurst. Consent not obtained - basis for sharing on the form. Please call 01993 900 260.\nShona",
      values=dict(FULL_NAME="Ruby Fairhurst", DATE_OF_BIRTH="2007-01-03", VARIANT="emergency", DATE_NEEDED="2026-12-04", CONSENT="no",
                  PARENT="no", UASC="no", FGC_OFFERED="no", REFERRER_EMAIL="shona.mcateer@council.test", REFERRER_NAME="Shona McAteer", SAFEGUARDING_BASIS="Risk of serious harm - MARAC high risk DA. Shared under safeguarding duty (Children Act 1989 / DPA 2018 Sch.8), approved by team manager Lisa Carrow 04/12/26.",
                  SOCIAL_WORKER_NAME="Kerry Vaughan", SOCIAL_WORKER_EMAIL="kerry.vaughan@council.test", LCS_NUMBER="4102277")),
 dict(id="w2-ref-14", fmt="pdf", type="NON-EMERGENCY", needed="07/12/2026", case="HOP-26-11990", printed="03/12/2026 14:18",
      name="Tyler Obi-Mensah", dob="12/11/2002", gender="M", lcs="2290375", addr="Room 6, Greyfriars House HMO, 80 Abbey St, Wychford",
      loc="Oxford City", legal="Care leaver", uasc=True, parent=False, ref="Aaron Fitzgerald", role="Housing Options Officer",
      email="aaron.fitzgerald@council.test", phone="01993 900 214", sw="PA: Daniel Hirst daniel.hirst@council.test",
      fgc=True, fgc_det="Offered by PA, no family in UK", fgc_date="20/11/2026",
      div="No F&F in UK. HMO landlord selling - s21 expires 06/12/26.",
      reason="S21 notice, HMO being sold. Prevention duty. Tyler wants supported 18+ until settled status decision is made.",
      safety="None", rself="Low", rothers="None", rfrom="None", expl="None known", subs="None", off="None",
      mh="Trauma-related sleep problems", support="Immigration solicitor appointments, ESOL, work search",
      consent=True,
      cover="Referral attached - Tyler Obi-Mensah, HOP-26-11990. Needed Mon 7th. Aaron Fitzgerald, Housing Options.",
      values=dict(FULL_NAME="Tyler Obi-Mensah", DATE_OF_BIRTH="2002-11-12", VARIANT="non-emergency", DATE_NEEDED="2026-12-07", CONSENT="yes",
                  PARENT="no", UASC="yes", FGC_OFFERED="yes", FGC_DATE="2026-11-20", REFERRER_EMAIL="aaron.fitzgerald@council.test",
                  REFERRER_NAME="Aaron Fitzgerald", SOCIAL_WORKER_NAME="Daniel Hirst", SOCIAL_WORKER_EMAIL="daniel.hirst@council.test", LCS_NUMBER="2290375")),
]
for d in HOUSING:
    subj = f"SAR1 referral {d['case']} - {d['name']} - {d['type'].title()}"
    fn = d["id"].replace("w2-", "") + "_" + d["case"]
    add(d["id"], "referral", d["email"], subj, d["cover"], d["values"], attachment=f"docs/{fn}.{d['fmt']}",
        html=grid_html(d), voice="housing-grid")
