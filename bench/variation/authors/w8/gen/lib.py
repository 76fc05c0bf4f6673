# Renderers for the w8 forms (body text and HTML for LibreOffice)
import html as H

YN = {"UASC", "PARENT", "FGC_OFFERED", "MEDIATION", "KNOWN", "CONSENT"}

LABELS = {
 "referral": {
  "cy": {
   "VARIANT": "Math o atgyfeiriad / Type of referral",
   "FULL_NAME": "Enw llawn y person ifanc / Young person's full name",
   "DATE_OF_BIRTH": "Dyddiad geni / Date of birth",
   "GENDER": "Rhyw / Gender",
   "LCS_NUMBER": "Rhif LCS (os yw'n hysbys) / LCS number (if known)",
   "ADDRESS": "Cyfeiriad presennol / Current address",
   "LOCALITY": "Ardal a ffefrir / Preferred locality",
   "LEGAL_STATUS": "Statws cyfreithiol / Legal status",
   "UASC": "Plentyn ar ei ben ei hun sy'n ceisio lloches? / UASC?",
   "PARENT": "Ydy'r person ifanc yn rhiant? / Is the young person a parent?",
   "REFERRER_NAME": "Enw'r atgyfeiriwr / Referrer name",
   "REFERRER_ROLE": "Swydd / Role",
   "REFERRER_TEAM": "Sefydliad neu dîm / Organisation or team",
   "REFERRER_EMAIL": "E-bost / Email",
   "REFERRER_PHONE": "Ffôn / Telephone",
   "SOCIAL_WORKER_NAME": "Gweithiwr Cymdeithasol neu Gynghorydd Personol (os nad yr atgyfeiriwr) / Social Worker or PA (if not the referrer)",
   "SOCIAL_WORKER_EMAIL": "E-bost GC/CP / SW or PA email",
   "FGC_OFFERED": "Cynigiwyd Cynhadledd Grŵp Teulu? / Family Group Conference offered?",
   "FGC_DATE": "Dyddiad y Gynhadledd / Date of FGC",
   "DIVERSION": "Dargyfeirio - teulu, ffrindiau, cyfryngu / Diversion explored (family & friends, mediation)",
   "REASON": "Rheswm dros atgyfeirio / Reason for referral",
   "RISKS": "Risgiau / Risks (i'r hunan, i eraill, gan eraill, camfanteisio, camddefnyddio sylweddau, troseddu, iechyd meddwl / to self, to others, from others, exploitation, substance misuse, offending, mental health)",
   "SUPPORT_NEEDS": "Anghenion cymorth / Support needs",
   "SAFETY_CONCERN": "Pryder diogelwch uniongyrchol (Brys yn unig) / Immediate safety concern (Emergency only)",
   "DATE_NEEDED": "Dyddiad mae angen llety / Date accommodation needed",
   "CONSENT": "Caniatâd i atgyfeirio a rhannu gwybodaeth / Consent to referral and information sharing",
  },
  "en": {
   "VARIANT": "Referral type", "FULL_NAME": "YP name", "DATE_OF_BIRTH": "DOB", "GENDER": "Gender",
   "LCS_NUMBER": "LCS no.", "ADDRESS": "Current address", "LOCALITY": "Area preferred",
   "LEGAL_STATUS": "Legal status", "UASC": "UASC (Y/N)", "PARENT": "Parent (Y/N)",
   "REFERRER_NAME": "Referred by", "REFERRER_ROLE": "Job title", "REFERRER_TEAM": "Team",
   "REFERRER_EMAIL": "Email address", "REFERRER_PHONE": "Contact number",
   "SOCIAL_WORKER_NAME": "Allocated SW / PA", "SOCIAL_WORKER_EMAIL": "SW / PA email",
   "FGC_OFFERED": "FGC offered (Y/N)", "FGC_DATE": "FGC date", "DIVERSION": "Diversion / mediation explored",
   "REASON": "Why is accommodation needed?", "RISKS": "Known risks", "SUPPORT_NEEDS": "Support required",
   "SAFETY_CONCERN": "Immediate safety concern", "DATE_NEEDED": "Date bed needed",
   "CONSENT": "YP consents to referral and sharing info",
  },
  "long": {
   "VARIANT": "Is this an Emergency or Non-emergency referral?",
   "FULL_NAME": "Full name of young person",
   "DATE_OF_BIRTH": "Date of birth (dd/mm/yyyy)",
   "GENDER": "Gender identity",
   "LCS_NUMBER": "LCS / case number (optional)",
   "ADDRESS": "Where is the young person living now? (address)",
   "LOCALITY": "Preferred area (Cherwell / West Oxon / City / South / Vale / Out of county)",
   "LEGAL_STATUS": "Legal status (looked after / care leaver / CIN / not known to social care)",
   "UASC": "Unaccompanied asylum seeking child?",
   "PARENT": "Is the young person a parent?",
   "REFERRER_NAME": "Name of person making the referral",
   "REFERRER_ROLE": "Their role",
   "REFERRER_TEAM": "Organisation / team",
   "REFERRER_EMAIL": "Referrer's email",
   "REFERRER_PHONE": "Referrer's phone",
   "SOCIAL_WORKER_NAME": "Social worker / PA name (if different from referrer)",
   "SOCIAL_WORKER_EMAIL": "Social worker / PA email",
   "FGC_OFFERED": "Has a Family Group Conference been offered?",
   "FGC_DATE": "Date FGC offered / held",
   "DIVERSION": "What diversion has been tried (family, friends, mediation)?",
   "REASON": "Reason for referral",
   "RISKS": "Risks - to self / to others / from others / exploitation / substances / offending / mental health",
   "SUPPORT_NEEDS": "What support does the YP need?",
   "SAFETY_CONCERN": "Describe the immediate safety concern (emergency referrals)",
   "DATE_NEEDED": "Date accommodation required from",
   "CONSENT": "Has the YP consented to the referral and to information being shared?",
  },
 },
 "mash-referral": {
  "cy": {
   "NAME": "Enw / Name", "DATE_OF_BIRTH": "Dyddiad geni / Date of birth", "ADDRESS": "Cyfeiriad / Address",
   "AGENCY": "Asiantaeth sy'n cyflwyno / Presenting agency",
   "STATUS": "Digartref neu dan fygythiad o fod yn ddigartref? / Homeless or threatened with homelessness?",
   "MEDIATION": "A geisiwyd cyfryngu? / Mediation attempted?",
   "MEDIATION_DATE": "Dyddiad cyfryngu / Date of mediation",
   "MEDIATION_OUTCOME": "Canlyniad cyfryngu / Mediation outcome",
   "CONCERNS": "Pryderon lles neu ddiogelu / Welfare or safeguarding concerns",
   "KNOWN": "Yn hysbys i Ofal Cymdeithasol? / Known to Social Care?",
   "PARENT_CONTACT": "Cyswllt rhiant neu warcheidwad / Parent or guardian contact",
  },
  "en": {
   "NAME": "Young person's name", "DATE_OF_BIRTH": "D.O.B", "ADDRESS": "Last address",
   "AGENCY": "Referring / presenting agency", "STATUS": "Housing situation (homeless / threatened)",
   "MEDIATION": "Has mediation been tried?", "MEDIATION_DATE": "When", "MEDIATION_OUTCOME": "Outcome of mediation",
   "CONCERNS": "Any welfare / safeguarding concerns", "KNOWN": "Open or known to Children's Services?",
   "PARENT_CONTACT": "Parent / carer contact details",
  },
 },
 "risk-concern": {
  "cy": {
   "REFERRAL_REFERENCE": "Cyfeirnod yr atgyfeiriad / Referral reference",
   "PROVIDER": "Darparwr / Provider", "YOUNG_PERSON": "Person ifanc / Young person",
   "RISK": "Y risg na allwn ei rheoli / The risk we are unable to manage",
   "WHY": "Pam na ellir ei rheoli / Why it cannot be managed",
   "RESOURCES": "Adnoddau neu gymorth a fyddai'n ein galluogi / Resources or support that would enable us to accept",
  },
  "en": {
   "REFERRAL_REFERENCE": "Brokerage ref", "PROVIDER": "Provider", "YOUNG_PERSON": "Name of YP",
   "RISK": "1. What risk are we unable to manage?", "WHY": "2. Why can it not be managed?",
   "RESOURCES": "3. What resources / support would enable us to manage it?",
  },
 },
 "safeguarding-incident": {
  "cy": {
   "PROVIDER": "Darparwr / Provider", "PROPERTY": "Eiddo (cod) / Property (code)",
   "NAME": "Enw'r person ifanc / Young person's name", "DATE_OF_BIRTH": "Dyddiad geni / Date of birth",
   "LCS_NUMBER": "Rhif LCS / LCS number",
   "WORKER_NAME": "Gweithiwr Cymdeithasol neu Gynghorydd Personol / Social Worker or Leaving Care PA",
   "WORKER_EMAIL": "E-bost y gweithiwr / Worker's email",
   "DATE": "Dyddiad y digwyddiad / Date of incident", "TIME": "Amser / Time",
   "WHEN": "Dyddiad ac amser y digwyddiad / Date and time of incident",
   "CATEGORY": "Categori / Category", "SEVERITY": "Difrifoldeb / Severity",
   "DESCRIPTION": "Disgrifiad o'r digwyddiad / Description of incident",
   "ACTIONS": "Camau a gymerwyd ar unwaith / Immediate actions taken",
   "POLICE_REFERENCE": "Cyfeirnod yr heddlu / Police reference",
  },
  "en": {
   "PROVIDER": "Provider", "PROPERTY": "Property / scheme code", "NAME": "YP", "DATE_OF_BIRTH": "DOB",
   "LCS_NUMBER": "LCS", "WORKER_NAME": "SW / LC PA", "WORKER_EMAIL": "SW / PA email",
   "DATE": "Date of incident", "TIME": "Time of incident", "WHEN": "Date & time",
   "CATEGORY": "Type of incident", "SEVERITY": "Severity (low / medium / high / critical)",
   "DESCRIPTION": "What happened", "ACTIONS": "Action taken", "POLICE_REFERENCE": "Police ref / log no.",
  },
 },
 "intelligence-submission": {
  "en": {
   "AGENCY": "Submitting agency", "WORKER": "Name of worker", "ROLE": "Role", "EMAIL": "Email",
   "PHONE": "Telephone", "WHEN": "Date / time of information", "LOCATION": "Location",
   "PERSONS": "Persons involved (name, DOB, description)", "VEHICLES": "Vehicles (make, model, colour, VRM)",
   "INFORMATION": "Information / intelligence", "SOURCE": "Source and grading", "HANDLING": "Handling code",
  },
  "cy": {
   "AGENCY": "Asiantaeth / Submitting agency", "WORKER": "Enw'r gweithiwr / Worker name", "ROLE": "Swydd / Role",
   "EMAIL": "E-bost / Email", "PHONE": "Ffôn / Phone", "WHEN": "Dyddiad ac amser / Date and time of the information",
   "LOCATION": "Lleoliad / Location", "PERSONS": "Pobl dan sylw / Persons involved (name, DOB, description)",
   "VEHICLES": "Cerbydau / Vehicles", "INFORMATION": "Y wybodaeth / The information",
   "SOURCE": "Ffynhonnell a graddio / Source and grading", "HANDLING": "Cod trin / Handling code",
  },
 },
}

TICK = {"u": ("☒", "☐"), "a": ("[X]", "[ ]"), "c": ("☑", "☐")}


def lab(f, ls, code, over):
    if code in over:
        return over[code]
    return LABELS[f["form"]][ls][code]


def yn_tick(norm, bil, t):
    on, off = TICK[t]
    y = "Ie / Yes" if bil else "Yes"
    n = "Na / No" if bil else "No"
    if norm == "yes":
        return f"{on} {y}  {off} {n}"
    if norm == "no":
        return f"{off} {y}  {on} {n}"
    return f"{off} {y}  {off} {n}"


def disp(item, f):
    """value as shown in a document (tick boxes when the form asks for them)"""
    code, raw, norm = item
    t = f.get("tick")
    if t and code in YN and raw is not None and not f.get("raw_yn"):
        return yn_tick(norm, f.get("ls") == "cy", t)
    if t and code == "VARIANT":
        on, off = TICK[t]
        e = "Brys / Emergency" if f.get("ls") == "cy" else "Emergency"
        n = "Heb fod yn frys / Non-emergency" if f.get("ls") == "cy" else "Non-emergency"
        return f"{on} {e}   {off} {n}" if norm == "emergency" else f"{off} {e}   {on} {n}"
    if t and code in f.get("tick_lists", {}):
        opts = f["tick_lists"][code]
        on, off = TICK[t]
        return "   ".join(f"{on if o == raw else off} {o}" for o in opts)
    return raw or ""


# ---------------- body layouts ----------------
def body_form(f):
    st = f["style"]; ls = f.get("ls", "en"); over = f.get("labels", {})
    out = []
    n = 0
    for head, items in f["sections"]:
        if head:
            if st in ("colon", "under"):
                out.append("")
                out.append(head.upper() if st == "colon" else head)
                out.append("-" * len(head) if st == "colon" else "")
            elif st == "numbered":
                out.append(""); out.append(f"== {head} ==")
            elif st == "dash":
                out.append("")
        for it in items:
            code, raw, norm = it
            if raw is None:
                continue
            L = lab(f, ls, code, over)
            v = raw
            if st == "colon":
                out.append(f"{L}: {v}")
            elif st == "under":
                out.append(L); out.append(v); out.append("")
            elif st == "numbered":
                n += 1
                out.append(f"{n}. {L}"); out.append(f"   {v}" if v else "   ")
            elif st == "dash":
                out.append(f"{L} - {v}")
    return "\n".join(out).strip("\n")


# ---------------- HTML layouts ----------------
CSS = """body{font-family:Arial;font-size:10pt} table{border-collapse:collapse;width:100%} td,th{border:1px solid #000;padding:3pt;vertical-align:top}
.h{background:#1f4e79;color:#fff;font-weight:bold} .l{background:#dde7f0;font-weight:bold;width:38%} .s{font-size:8pt;color:#444}
.logo{font-size:14pt;font-weight:bold;color:#1f4e79} .foot{font-size:8pt;color:#555;border-top:1px solid #999;margin-top:12pt}"""


def e(s):
    return H.escape(s).replace("\n", "<br>")


def hl(L, f):
    # Welsh above English when the form asks for it
    if f.get("stack") and " / " in L:
        a, b = L.split(" / ", 1)
        return f"{e(a)}<br><i>{e(b)}</i>"
    return e(L)


def html_form(f):
    st = f["style"]; ls = f.get("ls", "en"); over = f.get("labels", {})
    p = [f"<html><head><meta charset='utf-8'><title>{e(f['title'])}</title><style>{CSS}</style></head><body>"]
    p.append(f"<p class='logo'>{f['logo']}</p>")
    p.append(f"<h2>{e(f['title'])}</h2>")
    if f.get("intro"):
        p.append(f"<p class='s'>{e(f['intro'])}</p>")
    p.append("<table>")
    n = 0
    cols = 4 if st in ("multi",) else 2
    for head, items in f["sections"]:
        if head:
            p.append(f"<tr><td class='h' colspan='{cols if st!='numbered' else 3}'>{e(head)}</td></tr>")
        items = [it for it in items if it[1] is not None]
        if st == "twocol":
            for it in items:
                p.append(f"<tr><td class='l'>{hl(lab(f, ls, it[0], over), f)}</td><td>{e(disp(it, f))}</td></tr>")
        elif st == "above":
            for i in range(0, len(items), 2):
                row = items[i:i + 2]
                cells = []
                for it in row:
                    span = " colspan='2'" if len(row) == 1 else ""
                    cells.append(f"<td{span}><span class='s'><b>{hl(lab(f, ls, it[0], over), f)}</b></span><br>{e(disp(it, f))}<br>&nbsp;</td>")
                p.append("<tr>" + "".join(cells) + "</tr>")
        elif st == "multi":
            i = 0
            while i < len(items):
                it = items[i]
                if len(disp(it, f)) > 60:
                    p.append(f"<tr><td class='l'>{hl(lab(f, ls, it[0], over), f)}</td><td colspan='3'>{e(disp(it, f))}</td></tr>"); i += 1
                    continue
                nxt = items[i + 1] if i + 1 < len(items) and len(disp(items[i + 1], f)) <= 60 else None
                c = f"<td class='l'>{hl(lab(f, ls, it[0], over), f)}</td><td>{e(disp(it, f))}</td>"
                if nxt:
                    c += f"<td class='l'>{hl(lab(f, ls, nxt[0], over), f)}</td><td>{e(disp(nxt, f))}</td>"; i += 2
                else:
                    c = c.replace("<td>", "<td colspan='3'>", 1) if False else c + "<td class='l'></td><td></td>"; i += 1
                p.append("<tr>" + c + "</tr>")
        elif st == "cell":
            buf = []
            def flush():
                if buf:
                    if len(buf) == 1:
                        p.append(f"<tr><td colspan='2'>{buf[0]}</td></tr>")
                    else:
                        p.append(f"<tr><td>{buf[0]}</td><td>{buf[1]}</td></tr>")
                    buf.clear()
            for it in items:
                c = f"<b>{e(lab(f, ls, it[0], over))}:</b> {e(disp(it, f))}"
                if len(disp(it, f)) > 70:
                    flush(); buf.append(c); flush()
                else:
                    buf.append(c)
                    if len(buf) == 2:
                        flush()
            flush()
        elif st == "numbered":
            for it in items:
                n += 1
                p.append(f"<tr><td style='width:5%'>{n}</td><td class='l'>{hl(lab(f, ls, it[0], over), f)}</td><td>{e(disp(it, f))}</td></tr>")
        elif st == "yncol":
            # yes/no questions in a Y/N column, the rest as two columns
            for it in items:
                if it[0] in YN:
                    p.append(f"<tr><td class='l'>{hl(lab(f, ls, it[0], over), f)}</td><td><table><tr><th>Y/N</th><td>{e(it[1])}</td></tr></table></td></tr>")
                else:
                    p.append(f"<tr><td class='l'>{hl(lab(f, ls, it[0], over), f)}</td><td>{e(disp(it, f))}</td></tr>")
    p.append("</table>")
    if f.get("after"):
        p.append(f"<p>{e(f['after'])}</p>")
    p.append(f"<p class='foot'>{e(f['footer'])}</p></body></html>")
    return "\n".join(p)
