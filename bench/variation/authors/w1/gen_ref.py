# Referral forms (14)
from gen_render import *

CAT_ALL = []

def C(v, yes="Yes", no="No"):
    return yn_box(v, yes, no)

# ---- county council long Word template ----
def council_ref_html(d, emergency):
    logo = ("<p><b>&#9819; WYCHWOOD COUNTY COUNCIL</b> &nbsp;|&nbsp; Children's Services &ndash; Children's Social Care</p>"
            "<h2>Supported Accommodation Assessment and Referral Form</h2>"
            "<p class='small'>Please complete ALL sections. Incomplete forms will be returned. Send to the Brokerage (Placements) Team mailbox. "
            "Emergency referrals must also be followed up by phone.</p>")
    secs = [
        ("Referral type", None, [
            ("Type of referral (tick one)", ("☒ Emergency &nbsp; ☐ Non-emergency" if emergency else "☐ Emergency &nbsp; ☒ Non-emergency"))]),
        ("Section 1: About the young person", "Use the young person's legal name. Give LCS ID if known.", [
            ('pairs', [("Full name of young person", d['FULL_NAME']), ("Date of birth", d['DATE_OF_BIRTH'])]),
            ('pairs', [("Gender", d['GENDER']), ("LCS ID", d['LCS_NUMBER'])]),
            ("Current address (inc. postcode)", d['CURRENT_ADDRESS']),
            ("Preferred locality / district", d['PREFERRED_LOCALITY']),
            ("Legal status (Looked After / Care Leaver / CiN / not known to CSC)", d['LEGAL_STATUS']),
            ('pairs', [("UASC?", C(d['UASC'])), ("Is the young person a parent?", C(d['PARENT']))]),
        ]),
        ("Section 2: Referrer details", "If you are not the allocated worker, give the social worker / PA details as well.", [
            ('pairs', [("Name of referrer", d['REFERRER_NAME']), ("Job title", d['REFERRER_ROLE'])]),
            ("Team / service", d['ORGANISATION']),
            ('pairs', [("Email", d['REFERRER_EMAIL']), ("Tel", d['REFERRER_PHONE'])]),
            ('pairs', [("Allocated SW / PA (if not referrer)", d['SOCIAL_WORKER_NAME']), ("SW / PA email", d['SOCIAL_WORKER_EMAIL'])]),
        ]),
        ("Section 3: Family Group Conference and diversion", "A Family Group Conference must be offered before a non-emergency referral. In an emergency, family work may follow placement.", [
            ('pairs', [("Has an FGC been offered?", C(d['FGC_OFFERED'])), ("Date offered", d['FGC_DATE'])]),
            ('full', "What diversion has been explored? (family & friends, mediation)", d['DIVERSION']),
        ]),
        ("Section 4: Reason for referral", None, [
            ('full', "Why is supported accommodation needed now?", d['REASON']),
            ('full', "EMERGENCY ONLY: what is the immediate safety concern? (Why can the young person not stay where they are tonight?)", d['SAFETY_CONCERN']),
        ]),
        ("Section 5: Risk assessment", "Note: describe current and historic risk, with dates where known. Write 'None known' rather than leaving blank.", [
            ("Risk to self", d['RISK_TO_SELF']),
            ("Risk to others", d['RISK_TO_OTHERS']),
            ("Risk from others", d['RISK_FROM_OTHERS']),
            ("Exploitation (CSE / CCE / county lines)", d['EXPLOITATION']),
            ("Substance misuse", d['SUBSTANCE_MISUSE']),
            ("Offending", d['OFFENDING']),
            ("Emotional wellbeing / mental health", d['MENTAL_HEALTH']),
        ]),
        ("Section 6: Support needs and timescale", None, [
            ('full', "Support needs (independence skills, ETE, health, finance)", d['SUPPORT_NEEDS']),
            ("Date accommodation required from", d['DATE_NEEDED']),
        ]),
        ("Section 7: Consent", "The young person should be told about this referral. If they do not consent, record the safeguarding basis for sharing.", [
            ("Young person consents to referral and information sharing", C(d['CONSENT'])),
            ("If No: safeguarding basis for sharing without consent", d['SAFEGUARDING_BASIS']),
        ]),
    ]
    foot = "OFFICIAL-SENSITIVE when complete &nbsp;|&nbsp; CSC Form SA1 v4.3 (rev. Sept 2026) &nbsp;|&nbsp; Wychwood County Council, County Hall, Marlow Street, Wychbury WY1 1AA"
    return page(logo, council_table(secs), foot)

# ---- Welsh bilingual template ----
def welsh_ref_html(d, emergency):
    def yn(v):
        return f"<td style='text-align:center'>{'X' if v=='yes' else ''}</td><td style='text-align:center'>{'X' if v=='no' else ''}</td>"
    logo = ("<p><b>Cyngor Sir Dyffryn Teifi / Teifi Valley County Council</b><br>Gwasanaethau Plant / Children's Services</p>"
            "<h2>Ffurflen Atgyfeirio Llety â Chymorth / Supported Accommodation Referral Form</h2>"
            f"<p><b>Math o atgyfeiriad / Referral type:</b> {'☒' if emergency else '☐'} Brys / Emergency &nbsp; {'☐' if emergency else '☒'} Heb fod yn frys / Non-emergency</p>")
    t = ["<table>"]
    def head(en, cy):
        t.append(f"<tr><td class='h' colspan='3'>{en} / {cy}</td></tr>")
    def row(l, v):
        t.append(f"<tr><td class='l'>{e(l)}</td><td colspan='2'>{e(v) or '&nbsp;'}</td></tr>")
    head("1. Young person", "Person ifanc")
    row("Full name / Enw llawn", d['FULL_NAME']); row("Date of birth / Dyddiad geni", d['DATE_OF_BIRTH'])
    row("Gender / Rhywedd", d['GENDER']); row("LCS number", d['LCS_NUMBER'])
    row("Current address / Cyfeiriad presennol", d['CURRENT_ADDRESS']); row("Preferred area", d['PREFERRED_LOCALITY'])
    row("Legal status", d['LEGAL_STATUS'])
    t.append("<tr><td class='l'>&nbsp;</td><td><b>Y</b></td><td><b>N</b></td></tr>")
    t.append(f"<tr><td class='l'>Unaccompanied asylum seeking child (UASC)</td>{yn(d['UASC'])}</tr>")
    t.append(f"<tr><td class='l'>Young parent / Rhiant ifanc</td>{yn(d['PARENT'])}</tr>")
    head("2. Referrer", "Atgyfeiriwr")
    row("Name / Enw", d['REFERRER_NAME']); row("Role", d['REFERRER_ROLE']); row("Team", d['ORGANISATION'])
    row("Email / E-bost", d['REFERRER_EMAIL']); row("Phone / Ffôn", d['REFERRER_PHONE'])
    row("Social worker or PA (if different)", d['SOCIAL_WORKER_NAME']); row("SW / PA email", d['SOCIAL_WORKER_EMAIL'])
    head("3. Family Group Conference", "Cynhadledd Grŵp Teulu")
    t.append("<tr><td class='l'>&nbsp;</td><td><b>Y</b></td><td><b>N</b></td></tr>")
    t.append(f"<tr><td class='l'>FGC offered?</td>{yn(d['FGC_OFFERED'])}</tr>")
    row("Date FGC offered", d['FGC_DATE']); row("Diversion tried (family/friends, mediation)", d['DIVERSION'])
    head("4. Reason and risks", "Rheswm a risgiau")
    row("Reason for referral", d['REASON']); row("Immediate safety concern (emergency)", d['SAFETY_CONCERN'])
    row("Risk to self", d['RISK_TO_SELF']); row("Risk to others", d['RISK_TO_OTHERS']); row("Risk from others", d['RISK_FROM_OTHERS'])
    row("Exploitation", d['EXPLOITATION']); row("Substance misuse", d['SUBSTANCE_MISUSE']); row("Offending", d['OFFENDING'])
    row("Mental health", d['MENTAL_HEALTH'])
    head("5. Support and date", "Cymorth a dyddiad")
    row("Support needs", d['SUPPORT_NEEDS']); row("Date accommodation needed / Dyddiad mae angen llety", d['DATE_NEEDED'])
    head("6. Consent", "Caniatâd")
    t.append("<tr><td class='l'>&nbsp;</td><td><b>Y</b></td><td><b>N</b></td></tr>")
    t.append(f"<tr><td class='l'>Consent to referral and sharing information</td>{yn(d['CONSENT'])}</tr>")
    row("If N, safeguarding reason for sharing", d['SAFEGUARDING_BASIS'])
    t.append("</table>")
    foot = "Rydym yn croesawu gohebiaeth yn Gymraeg / We welcome correspondence in Welsh. &nbsp;|&nbsp; CS-ACC-02 &nbsp;|&nbsp; SWYDDOGOL - SENSITIF / OFFICIAL - SENSITIVE"
    return page(logo, "\n".join(t), foot)

# ---- hospital discharge coordinator (formal, several pairs per row) ----
def hospital_ref_html(d, emergency):
    logo = ("<p><b>Kingsmead General Hospital NHS Trust &ndash; Integrated Discharge Team</b><br>"
            "Hospital Social Work Team (Wychwood County Council)</p>"
            "<h2>Supported Accommodation Assessment and Referral</h2>")
    rows = [
        ('head', "Referral category"),
        ("Referral type", "☒ Emergency ☐ Non-emergency" if emergency else "☐ Emergency ☒ Non-emergency"),
        ('head', "Patient / young person"),
        ("Full name", d['FULL_NAME']), ("Date of birth", d['DATE_OF_BIRTH']), ("Gender", d['GENDER']),
        ("LCS number", d['LCS_NUMBER']), ("Address prior to admission", d['CURRENT_ADDRESS']), ("Preferred locality", d['PREFERRED_LOCALITY']),
        ("Legal status", d['LEGAL_STATUS']), ("UASC", C(d['UASC'])), ("Parent", C(d['PARENT'])),
        ('head', "Referrer"),
        ("Name", d['REFERRER_NAME']), ("Designation", d['REFERRER_ROLE']), ("Team", d['ORGANISATION']),
        ("Email", d['REFERRER_EMAIL']), ("Telephone", d['REFERRER_PHONE']), ("Allocated social worker / PA", d['SOCIAL_WORKER_NAME']),
        ("Social worker / PA email", d['SOCIAL_WORKER_EMAIL']), ("FGC offered", C(d['FGC_OFFERED'])), ("Date FGC offered", d['FGC_DATE']),
        ('head', "Circumstances"),
        ("Diversion explored", d['DIVERSION']),
        ("Reason for referral", d['REASON']),
        ("Immediate safety concern", d['SAFETY_CONCERN']),
        ('head', "Risk"),
        ("Risk to self", d['RISK_TO_SELF']), ("Risk to others", d['RISK_TO_OTHERS']), ("Risk from others", d['RISK_FROM_OTHERS']),
        ("Exploitation", d['EXPLOITATION']), ("Substance misuse", d['SUBSTANCE_MISUSE']), ("Offending", d['OFFENDING']),
        ("Mental health", d['MENTAL_HEALTH']),
        ('head', "Discharge and support"),
        ("Support needs", d['SUPPORT_NEEDS']), ("Date accommodation needed", d['DATE_NEEDED']),
        ("Consent to referral and information sharing", C(d['CONSENT'])), ("Basis for sharing without consent (if applicable)", d['SAFEGUARDING_BASIS']),
    ]
    return page(logo, boxes(rows, per_row=3), "Kingsmead General Hospital NHS Trust &nbsp;|&nbsp; Confidential patient information &nbsp;|&nbsp; IDT/SA/03")

# ---- typed body row lists ----
def ref_rows_council(d, emergency):
    return [
        ('head', "SUPPORTED ACCOMMODATION ASSESSMENT AND REFERRAL - " + ("EMERGENCY" if emergency else "NON-EMERGENCY")),
        ("Referral type", "Emergency" if emergency else "Non-emergency"),
        ('head', "Young person"),
        ("Name", d['FULL_NAME']), ("DOB", d['DATE_OF_BIRTH']), ("Gender", d['GENDER']), ("LCS ID", d['LCS_NUMBER']),
        ("Current address", d['CURRENT_ADDRESS']), ("Preferred locality", d['PREFERRED_LOCALITY']), ("Legal status", d['LEGAL_STATUS']),
        ("UASC", d['_UASC']), ("Parent", d['_PARENT']),
        ('head', "Referrer"),
        ("Referrer name", d['REFERRER_NAME']), ("Role", d['REFERRER_ROLE']), ("Team", d['ORGANISATION']),
        ("Email", d['REFERRER_EMAIL']), ("Phone", d['REFERRER_PHONE']),
        ("Social worker/PA (if different)", d['SOCIAL_WORKER_NAME']), ("SW/PA email", d['SOCIAL_WORKER_EMAIL']),
        ('head', "FGC / diversion"),
        ("FGC offered", d['_FGC_OFFERED']), ("Date FGC offered", d['FGC_DATE']), ("Diversion explored", d['DIVERSION']),
        ('head', "Reason and risks"),
        ("Reason for referral", d['REASON']), ("Immediate safety concern", d['SAFETY_CONCERN']),
        ("Risk to self", d['RISK_TO_SELF']), ("Risk to others", d['RISK_TO_OTHERS']), ("Risk from others", d['RISK_FROM_OTHERS']),
        ("Exploitation", d['EXPLOITATION']), ("Substance misuse", d['SUBSTANCE_MISUSE']), ("Offending", d['OFFENDING']),
        ("Mental health", d['MENTAL_HEALTH']), ("Support needs", d['SUPPORT_NEEDS']),
        ("Date accommodation needed", d['DATE_NEEDED']),
        ("Consent to referral and info sharing", d['_CONSENT']), ("Basis for sharing without consent", d['SAFEGUARDING_BASIS']),
    ]

def ref_rows_hospital_numbered(d, emergency):
    return [
        ('head', "Supported Accommodation Assessment and Referral Form (" + ("Emergency" if emergency else "Non-emergency") + ")"),
        ("Referral type", "Emergency" if emergency else "Non-emergency"),
        ("Young person's full name", d['FULL_NAME']), ("Date of birth", d['DATE_OF_BIRTH']), ("Gender", d['GENDER']),
        ("LCS number", d['LCS_NUMBER']), ("Current address", d['CURRENT_ADDRESS']), ("Preferred locality", d['PREFERRED_LOCALITY']),
        ("Legal status", d['LEGAL_STATUS']), ("Is the young person an unaccompanied asylum-seeking child (UASC)?", d['_UASC']),
        ("Is the young person a parent?", d['_PARENT']),
        ("Referrer name", d['REFERRER_NAME']), ("Referrer role", d['REFERRER_ROLE']), ("Organisation / team", d['ORGANISATION']),
        ("Referrer email", d['REFERRER_EMAIL']), ("Referrer telephone", d['REFERRER_PHONE']),
        ("Social worker / Personal Adviser name", d['SOCIAL_WORKER_NAME']), ("Social worker / Personal Adviser email", d['SOCIAL_WORKER_EMAIL']),
        ("Has a Family Group Conference been offered?", d['_FGC_OFFERED']), ("If so, on what date?", d['FGC_DATE']),
        ("What diversion has been explored (family and friends, mediation)?", d['DIVERSION']),
        ("Reason for referral", d['REASON']), ("Is there an immediate safety concern?", d['SAFETY_CONCERN']),
        ("Risk to self", d['RISK_TO_SELF']), ("Risk to others", d['RISK_TO_OTHERS']), ("Risk from others", d['RISK_FROM_OTHERS']),
        ("Exploitation", d['EXPLOITATION']), ("Substance misuse", d['SUBSTANCE_MISUSE']), ("Offending", d['OFFENDING']),
        ("Mental health", d['MENTAL_HEALTH']), ("Support needs", d['SUPPORT_NEEDS']),
        ("Date accommodation is needed", d['DATE_NEEDED']),
        ("Does the young person consent to the referral and to information being shared?", d['_CONSENT']),
        ("If consent has not been given, the safeguarding basis for sharing", d['SAFEGUARDING_BASIS']),
    ]
