import json, os, subprocess, sys
sys.path.insert(0, os.path.dirname(__file__))
from gen_common import *
from layouts import *
import gen_ref, gen_other
OUT = os.path.dirname(os.path.abspath(__file__))
HT = os.path.join(OUT, 'html'); DOCS = os.path.join(OUT, 'docs')
recs = []

def relabel(items, m, num=False):
    res = []; n = [0]
    def L(l):
        l2 = m.get(l, l)
        if num:
            n[0] += 1; return f"{n[0]}. {l2}"
        return l2
    for it in items:
        if it[0] == 'sec': res.append(('sec', m.get(it[1], it[1])))
        elif it[0] == 'note': res.append(it) if m.get('__notes', True) else None
        elif it[0] == 'row': res.append(('row', [(L(l), v) for l, v in it[1]]))
        else: res.append(('f', L(it[1]), it[2]))
    return res

def sig(name, role, org, phone, email=None, extra=None):
    s = f"\n\n{name}\n{role}\n{org}\nTel: {phone}"
    if email: s += f"\nEmail: {email}"
    if extra: s += "\n" + extra
    return s

def convert(stem, html, kind):
    p = os.path.join(HT, stem + '.html')
    open(p, 'w', encoding='utf-8').write(html)
    filt = 'docx' if kind == 'docx' else 'pdf:writer_pdf_Export'
    subprocess.run(['soffice', '--headless', '--infilter=HTML (StarWriter)', '--convert-to', filt, '--outdir', DOCS, p],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out = os.path.join(DOCS, stem + '.' + ('docx' if kind == 'docx' else 'pdf'))
    assert os.path.getsize(out) > 0, out
    return 'docs/' + os.path.basename(out)

def add(id, form, expect, missing, frm, subject, body, att, values):
    recs.append(dict(id=id, form=form, expect=expect, missing=missing, **{'from': frm}, subject=subject, body=body, attachment=att, values=values))

CC = 'CARROWSHIRE COUNTY COUNCIL'
OS_TOP = '<p align="center"><b><font color="#c00000">OFFICIAL-SENSITIVE</font></b></p>'
def logo(org, sub, ref=''):
    return (f'<table width="100%" border="0"><tr><td><font size="5"><b>{e(org)}</b></font><br><font size="2">{e(sub)}</font></td>'
            f'<td align="right"><font size="1">{e(ref)}</font></td></tr></table><hr>')
def footer(txt):
    return f'<hr><p><font size="1">{e(txt)}</font></p>'

# ================= REFERRALS =================
M_colon = {'Full name': 'Young person\'s name (Forename SURNAME)', 'Date of birth': 'DOB', 'LCS number': 'LCS No.', 'Current address': 'Current address / where staying',
           'UASC': 'UASC (Y/N)', 'UASC (Y/N)': 'UASC (Y/N)', 'Is the young person a parent?': 'Parent (Y/N)', 'Name of referrer': 'Referrer', 'Telephone': 'Tel',
           'Has a Family Group Conference been offered?': 'FGC offered (Y/N)', 'If yes, date offered': 'Date FGC offered',
           'Immediate safety concern (EMERGENCY referrals - please describe)': 'Immediate safety concern (emergency only)',
           'Has the young person consented to this referral and to information being shared?': 'Consent to referral and info sharing (Y/N)',
           'If No - safeguarding basis for sharing without consent': 'If N, basis for sharing without consent',
           'Date accommodation needed': 'Date accommodation required', 'Referral type': 'Emergency / Non-emergency', '__notes': False}
M_above = {'Section A - Details of the young person': 'Part 1: About the young person', 'Section B - Referrer details': 'Part 2: Referrer',
           'Section C - Family Group Conference and diversion': 'Part 3: Family Group Conference / diversion', 'Section D - Reason for referral': 'Part 4: Concern',
           'Section E - Risk assessment': 'Part 5: Risks', 'Section F - Support needs': 'Part 6: Support', 'Section G - Accommodation and consent': 'Part 7: Accommodation and consent',
           'Full name': 'Full name of young person', 'Is the young person a parent?': 'Is the young person a parent? (Y/N)', 'UASC (Y/N)': 'Unaccompanied asylum seeking child (Y/N)',
           'Has a Family Group Conference been offered?': 'Has an FGC been offered? (Y/N)', 'If yes, date offered': 'If yes, give date',
           'Date accommodation needed': 'Date the accommodation is needed from', '__notes': False}
M_reply = dict(M_colon); M_reply.update({'Full name': 'Name', 'Section A - Details of the young person': 'YOUNG PERSON', 'Section B - Referrer details': 'REFERRER',
           'Section C - Family Group Conference and diversion': 'FGC / DIVERSION', 'Section D - Reason for referral': 'REFERRAL', 'Section E - Risk assessment': 'RISKS',
           'Section F - Support needs': 'SUPPORT', 'Section G - Accommodation and consent': 'ACCOMMODATION / CONSENT'})
M_pdf = {'Full name': 'Young person\'s full name', 'Section A - Details of the young person': 'SECTION 1 - YOUNG PERSON\'S DETAILS',
         'Section B - Referrer details': 'SECTION 2 - REFERRER', 'Section C - Family Group Conference and diversion': 'SECTION 3 - FAMILY GROUP CONFERENCE / DIVERSION',
         'Section D - Reason for referral': 'SECTION 4 - REASON FOR REFERRAL', 'Section E - Risk assessment': 'SECTION 5 - RISK (please give details)',
         'Section F - Support needs': 'SECTION 6 - SUPPORT NEEDS', 'Section G - Accommodation and consent': 'SECTION 7 - ACCOMMODATION REQUIRED AND CONSENT'}
for P in gen_ref.out:
    n = P['n']; id = f"w7-ref-{n:02d}"; lay = P['layout']; emer = P['v'] == 'E'
    miss = P.get('missing'); expect = 'rejected' if miss else 'routed'
    first = P['ref'].split()[0]; yp = P['name']
    s = sig(P['ref'], P['role'], P['org'] + '\n' + 'Carrowshire County Council Children\'s Services', P['ph'])
    att = None
    if lay == 'body_colon':
        subj = f"{'EMERGENCY' if emer else 'Non-emergency'} referral - {yp} - SAARF"
        body = ("Dear Brokerage,\n\nPlease see below my referral for supported accommodation.\n\n"
                "SUPPORTED ACCOMMODATION ASSESSMENT AND REFERRAL FORM (SAARF)\n(exported from LCS - Form 4.2)\n"
                + text_colon(relabel(P['items'], M_colon), under='-') + "\n\nKind regards" + s)
    elif lay == 'body_above':
        subj = f"Referral for supported accommodation ({'Emergency' if emer else 'Non-emergency'}) - {yp}"
        body = ("Hello,\n\nReferral below - I have typed it into the email as I could not open the Word template on my laptop.\n\n"
                + text_above(relabel(P['items'], M_above, num=True)) + "\n\nMany thanks," + s)
    elif lay == 'body_reply':
        subj = f"RE: URGENT - emergency accommodation needed today - {yp}"
        body = (f"Hi all,\n\nUpdate: mum has now confirmed by phone (08:40) that she will not collect Callum. A&E want to discharge him by 11:00 today. "
                "I'd be grateful for a call as soon as a placement is identified. Form pasted below again with the updated safety section.\n\nThanks\nHannah"
                + s + "\n\n________________________________\nFrom: Hannah Ridgeway\nSent: 04 December 2026 07:52\nTo: Brokerage (Placements)\n"
                "Subject: URGENT - emergency accommodation needed today - Callum Ashdown\n\n"
                + text_colon(relabel(P['items'], M_reply), sec_fmt='== {t} =='))
    else:
        kind = 'pdf' if lay.startswith('pdf') else 'docx'
        stem = f"w7-ref-{n:02d}-SAARF-{yp.replace(',', '').replace(' ', '_')}"
        title = 'Supported Accommodation Assessment and Referral Form'
        if lay == 'docx_twocol':
            inner = (logo(CC, "Children's Services - Brokerage (Placements) Team", 'SAARF v4.2') + f'<h2>{title}</h2>'
                     + '<p><i>Please complete all sections. Emergency referrals must describe the immediate safety concern in Section D.</i></p>'
                     + html_twocol(P['items']) + footer('SAARF v4.2 | Review date: March 2027 | Return to brokerage@council.test'))
        elif lay == 'docx_grid':
            inner = (logo(CC, "Children's Services", 'Ref form: SAARF/EM' if emer else 'Ref form: SAARF/NE') + f'<h2 align="center">{title.upper()}</h2>'
                     + html_grid(relabel(P['items'], {'__notes': True})) + footer('Carrowshire County Council | Children\'s Services | Page 1 of 1'))
        elif lay == 'docx_boxes':
            inner = (logo(CC, 'Children, Education and Families', '') + f'<h1>{title}</h1>'
                     + '<p><font size="1">Tick boxes: double-click and select "Checked". All dates DD-MMM-YYYY.</font></p>'
                     + html_boxes(P['items']) + footer('OFFICIAL-SENSITIVE when completed  |  SAARF 2026  |  Page 1'))
        else:
            inner = (OS_TOP + logo(CC, "Children's Services | Brokerage (Placements)", 'Document: CS-BRK-011') + f'<h2>{title.upper()}</h2>'
                     + html_twocol(relabel(P['items'], M_pdf, num=True), labw=42)
                     + '<p><b>Signed (referrer):</b> ' + e(P['ref']) + ' &nbsp;&nbsp; <b>Date:</b> 03/12/2026</p>'
                     + footer('OFFICIAL-SENSITIVE | CS-BRK-011 Supported Accommodation Assessment and Referral Form | Printed from LCS | Page 1 of 2'))
        att = convert(stem, html_doc(title, inner), kind)
        subj = {True: f"EMERGENCY REFERRAL - {yp}", False: f"Supported accommodation referral (planned) - {yp}"}[emer]
        if lay == 'pdf_numbered': subj = f"SAARF - {'Emergency' if emer else 'Non-Emergency'} - {yp} - OFFICIAL-SENSITIVE"
        body = (f"Dear Brokerage team,\n\nPlease find attached a{'n emergency' if emer else ' non-emergency'} referral for {yp}."
                + (" This is urgent - the young person needs somewhere today. Please call me on the number below." if emer else " The Family Group Conference has taken place; details in the form.")
                + "\n\nRegards" + s + "\n\nThis email and any attachments are OFFICIAL-SENSITIVE and intended only for the named recipient.")
    add(id, 'referral', expect, miss, P['email'], subj, body, att, P['values'] if not miss else {k: v for k, v in P['values'].items() if v is not None})

# ================= MASH =================
for M in gen_other.MASH:
    n = M['n']; id = f"w7-mash-{n:02d}"; lay = M['layout']; miss = M.get('missing')
    stv = {'homeless': 'Homeless now', 'threatened': 'Threatened with homelessness (within 56 days)', '': ''}[M['status']]
    if lay in ('docx_boxes', 'pdf', 'docx_grid'):
        stv = box(None, [('Homeless', M['status'] == 'homeless'), ('Threatened with homelessness', M['status'] == 'threatened')])
        medv = box(None, [('Yes', M['med']), ('No', not M['med'])]); knv = box(None, [('Yes', M['known']), ('No', not M['known'])])
    else:
        medv = YN(M['med'], 'Yes'); knv = YN(M['known'], 'Y' if lay == 'body_colon' else 'Yes')
    ds = {'body_colon': 'mon', 'docx_boxes': 'long', 'pdf': 'slash', 'docx_grid': 'short', 'body_above': 'long'}[lay]
    items = [('sec', 'Section A - Details of the young person'),
             ('row', [('Young person\'s name', M['name']), ('Date of birth', D(M['dob'], ds))]),
             ('f', 'Address (or where currently staying)', M['addr']),
             ('sec', 'Section B - Presenting agency'),
             ('row', [('Presenting agency', M['agency']), ('Worker', M['worker']), ('Contact number', M['ph'])]),
             ('sec', 'Section C - Housing situation'),
             ('f', 'Is the young person homeless or threatened with homelessness?', stv),
             ('row', [('Has mediation been attempted?', medv), ('Date of mediation', D(M['medd'], ds) if M['medd'] else 'N/A')]),
             ('f', 'Outcome of mediation / reason not attempted', M['medout']),
             ('sec', 'Section D - Welfare and safeguarding'),
             ('f', 'Welfare or safeguarding concerns - Details:', M['conc']),
             ('f', 'Known to Children\'s Social Care?', knv),
             ('f', 'Parent / guardian name and contact details', M['pc'])]
    s = sig(M['worker'], M['role'], M['agency'], M['ph'])
    att = None
    if lay == 'body_colon':
        subj = f"MASH referral - 16/17 homeless - {M['name']}"
        body = ("Good morning MASH,\n\nPlease accept this referral under the joint protocol for homeless 16/17 year olds.\n\n"
                "JOINT HOUSING / CHILDREN'S SERVICES REFERRAL - 16 AND 17 YEAR OLDS\n" + text_colon(items, sec_fmt='{t}', under='=') + "\n\nThanks" + s)
    elif lay == 'body_above':
        subj = f"MASH - homeless 17 year old - {M['name']} - URGENT"
        m2 = {'Young person\'s name': 'Name', 'Address (or where currently staying)': 'Home address', 'Is the young person homeless or threatened with homelessness?': 'Homeless or threatened?',
              'Has mediation been attempted?': 'Mediation attempted?', 'Outcome of mediation / reason not attempted': 'If no, why not / outcome', 'Known to Children\'s Social Care?': 'Known to social care?',
              'Section A - Details of the young person': 'Young person', 'Section B - Presenting agency': 'Presenting agency', 'Section C - Housing situation': 'Housing', 'Section D - Welfare and safeguarding': 'Safeguarding'}
        body = ("MASH colleagues,\n\nReferral for Amelia below. Amelia is with police at present and a strategy discussion has been requested.\n\n"
                + text_above(relabel(items, m2), sec_fmt='--- {t} ---') + s + "\nCarrowshire MASH Front Door")
    else:
        kind = 'pdf' if lay == 'pdf' else 'docx'
        stem = f"w7-mash-{n:02d}-{M['name'].replace(',', '').replace(' ', '_')}"
        title = 'Referral to MASH - Homeless or Threatened 16/17 Year Old'
        if lay == 'docx_boxes':
            inner = (logo('Kingsmere Academy', 'Safeguarding - external referral', 'DSL form 7') + f'<h2>{title}</h2>' + html_boxes(items) + footer('Kingsmere Academy, Netherby Magna | Safeguarding is everyone\'s responsibility'))
        elif lay == 'docx_grid':
            inner = (logo('Kennetvale District Council', 'Housing Needs Service', 'HNS/YP/01') + f'<h2 align="center">{title.upper()}</h2>' + html_grid(items) + footer('HNS/YP/01 | Joint protocol referral | Page 1 of 1'))
        else:
            inner = (OS_TOP + logo('Harbourlight Youth Trust', 'Young People\'s Advice Service | Registered charity no. 1100000', 'YPAS-MASH-3') + f'<h2>{title}</h2>'
                     + html_twocol(relabel(items, {}, num=True)) + footer('OFFICIAL-SENSITIVE | Harbourlight Youth Trust | Page 1 of 1'))
        att = convert(stem, html_doc(title, inner), kind)
        subj = f"MASH referral: {M['name']} (16/17 housing)"
        body = f"Dear MASH,\n\nPlease find attached a referral for {M['name']}, age {'16' if M['dob'] > '2009-12-04' else '17'}.\n\nKind regards" + s
    vals = dict(NAME=M['name'], DATE_OF_BIRTH=M['dob'], STATUS=M['status'] or None, MEDIATION=YN(M['med'], 'Yes').lower(), KNOWN=YN(M['known'], 'Yes').lower(), AGENCY=M['agency'])
    if M['medd']: vals['MEDIATION_DATE'] = M['medd']
    vals = {k: v for k, v in vals.items() if v is not None}
    add(id, 'mash-referral', 'rejected' if miss else 'routed', miss, M['frm'], subj, body, att, vals)

# ================= RISK CONCERNS =================
for K in gen_other.RISK:
    n = K['n']; id = f"w7-risk-{n:02d}"; lay = K['layout']; miss = K.get('missing')
    frm = K['who'].split()[0].lower() + '.' + K['who'].split()[-1].lower() + '@' + K['dom']
    items = [('sec', 'Part 1: Referral'),
             ('row', [('Referral reference', K['ref']), ('Provider', K['prov']), ('Young person', K['yp'])]),
             ('sec', 'Part 2: Concern'),
             ('f', '1. What is the risk you are unable to manage?', K['risk']),
             ('f', '2. Why can this risk not be managed? Please state', K['reason']),
             ('f', '3. What resources or support would enable the risk to be managed?', K['res'])]
    s = sig(K['who'], K['role'], K['prov'], K['ph'], frm)
    att = None
    if lay == 'body_colon':
        subj = f"Risk concern - {K['ref']} - {K['yp']}"
        body = ("Hi Brokerage,\n\nThank you for the referral. Unfortunately we are not able to accept at present - our risk concern response is below. Risk assessment attached to the original referral thread.\n\n"
                "PROVIDER RISK CONCERN RESPONSE\n" + text_colon(relabel(items, {'1. What is the risk you are unable to manage?': 'Risk we are unable to manage',
                '2. Why can this risk not be managed? Please state': 'Why the risk cannot be managed', '3. What resources or support would enable the risk to be managed?': 'What would enable us to manage the risk',
                'Referral reference': 'Brokerage ref', 'Young person': 'Name of young person'})) + "\n\nBest wishes" + s)
    elif lay == 'body_above':
        subj = f"RE: Referral {K['ref']} - risk concern"
        body = ("Dear Brokerage,\n\nPlease see our response to the above referral.\n\n" + text_above(relabel(items, {'Referral reference': 'Your reference', 'Young person': 'Young person\'s name'})) + "\n\nRegards" + s)
    else:
        kind = 'pdf' if lay == 'pdf' else 'docx'
        stem = f"w7-risk-{n:02d}-risk-concern-{K['prov'].replace(' ', '_')}"
        title = 'Provider Risk Concern Response'
        if kind == 'docx' and n == 2:
            inner = logo('Stonewater', 'Supported Housing - Young People', 'SW-YP-RC1') + f'<h2>{title}</h2><p><i>To be completed where the provider cannot safely accept a referral. Attach risk assessment and risk management plan.</i></p>' + html_twocol(items) + footer('Stonewater | Registered provider | Confidential')
        elif kind == 'docx':
            inner = logo('Connection Support', 'Young People\'s Services', '') + f'<h2>{title}</h2>' + html_grid(items) + footer('Connection Support | Page 1 of 1')
        else:
            inner = OS_TOP + logo('Key2 Futures', 'Supported Accommodation', 'K2F-F09') + f'<h2>{title.upper()}</h2>' + html_boxes(items) + footer('OFFICIAL-SENSITIVE | Key2 Futures F09 | Page 1 of 1')
        att = convert(stem, html_doc(title, inner), kind)
        subj = f"Risk concern response - ref {K['ref']}"
        body = f"Dear Brokerage colleagues,\n\nPlease find attached our risk concern response for referral {K['ref']} ({K['yp']}). Our risk assessment and risk management plan will follow separately.\n\nKind regards" + s
    vals = dict(REFERRAL_REFERENCE=K['ref'], PROVIDER=K['prov'], YOUNG_PERSON=K['yp'])
    add(id, 'risk-concern', 'rejected' if miss else 'routed', miss, frm, subj, body, att, vals)

# ================= INCIDENTS =================
for I in gen_other.INC:
    n = I['n']; id = f"w7-inc-{n:02d}"; lay = I['layout']; miss = I.get('missing')
    frm = I['who'].split()[0].lower() + '.' + I['who'].split()[-1].lower() + '@' + I['dom']
    d, t = I['when'].split('T')
    ds = {'body_colon': 'mon', 'docx_twocol': 'long', 'docx_grid': 'short', 'pdf': 'slash', 'body_above': 'dot', 'docx_boxes': 'mon', 'body_reply': 'slash'}[lay]
    ts = {'body_colon': '24', 'docx_twocol': 'hrs', 'docx_grid': '24', 'pdf': 'colon', 'body_above': 'hrs', 'docx_boxes': 'h', 'body_reply': '24'}[lay]
    sev = I['sevw']
    if lay in ('docx_grid', 'docx_boxes', 'pdf'):
        sev = box(None, [(x, x.lower() == I['sev']) for x in ('Low', 'Medium', 'High', 'Critical')])
    items = [('sec', 'Section 1 - Provider and property'),
             ('row', [('Provider', I['prov']), ('Property (ref)', I['prop'])]),
             ('sec', 'Section 2 - Young person'),
             ('row', [('Name', I['name']), ('DOB', D(I['dob'], ds)), ('LCS number', I['lcs'] or 'Not known')]),
             ('row', [('Social worker / Leaving Care PA', I['wn']), ('SW / PA email', I['we'])]),
             ('sec', 'Section 3 - Incident'),
             ('row', [('Date of incident', D(d, ds)), ('Time of incident', T(t, ts)), ('Category', I['catw']), ('Severity (low / medium / high / critical)', sev)]),
             ('f', 'Description of incident (what happened, who was involved)', I['desc']),
             ('f', 'Immediate actions taken', I['act']),
             ('f', 'Police reference (if police informed)', I['pol'])]
    s = sig(I['who'], I['role'], f"{I['prov']} - {I['prop']}", I['ph'])
    att = None
    if lay == 'body_colon':
        subj = f"Safeguarding incident - {I['prop']} - {I['name']} - {D(d, 'slash')}"
        m = {'Name': 'Young person', 'DOB': 'Date of birth', 'Property (ref)': 'Property', 'Description of incident (what happened, who was involved)': 'Details', 'Immediate actions taken': 'Actions taken',
             'Severity (low / medium / high / critical)': 'Severity', 'Police reference (if police informed)': 'Police ref'}
        body = "SAFEGUARDING INCIDENT NOTIFICATION\n" + text_colon(relabel(items, m), under='-') + s
    elif lay == 'body_above':
        subj = f"Incident report {I['prop']} {D(d, 'short')}"
        body = ("Please see incident report below.\n\n" + text_above(relabel(items, {'Description of incident (what happened, who was involved)': 'Description', 'Severity (low / medium / high / critical)': 'Severity', 'Section 1 - Provider and property': 'SECTION 1', 'Section 2 - Young person': 'SECTION 2', 'Section 3 - Incident': 'SECTION 3'}), numbered=True) + "\n\nRegards" + s)
    elif lay == 'body_reply':
        subj = f"FW: Incident - Leah Vickery - 03/12/26 - HIGH"
        body = ("Forwarding as requested by the on-call manager last night - please log. Leah's SW has been copied.\n\nTobias\n\n-----Original Message-----\nFrom: Tobias Grint\nSent: 03 December 2026 23:52\nTo: A2D Oxford on-call\nSubject: Incident - Leah Vickery - 03/12/26\n\n"
                "Quick note re tonight:\n" + text_colon(relabel(items, {'Name': 'YP', 'Description of incident (what happened, who was involved)': 'What happened', 'Immediate actions taken': 'Actions', 'Severity (low / medium / high / critical)': 'Severity', 'Police reference (if police informed)': 'Police ref', 'Social worker / Leaving Care PA': 'SW', 'SW / PA email': 'SW email', 'Date of incident': 'Date', 'Time of incident': 'Time', 'Property (ref)': 'Property'}), sec_fmt='') + s)
    else:
        kind = 'pdf' if lay == 'pdf' else 'docx'
        stem = f"w7-inc-{n:02d}-incident-{I['prop']}"
        title = 'Safeguarding Incident Report'
        if lay == 'docx_twocol':
            inner = logo(I['prov'], 'Young People\'s Supported Accommodation', 'IR-01') + f'<h2>{title}</h2><p><i>Send to Brokerage and Quality &amp; Contracts within 24 hours; high/critical incidents phone duty first.</i></p>' + html_twocol(items) + footer(f'{I["prov"]} | Incident report form IR-01 v3 | Page 1 of 1')
        elif lay == 'docx_grid':
            inner = logo('Key2 Futures', 'Safeguarding', 'K2F-SG-2') + f'<h2 align="center">{title.upper()}</h2>' + html_grid(items) + footer('Key2 Futures | Safeguarding incident form | Page 1')
        elif lay == 'docx_boxes':
            inner = logo('Sanctuary Housing', 'Supported Living', 'SH-INC') + f'<h2>{title}</h2>' + html_boxes(items) + footer('Sanctuary Housing | Incident notification | Page 1 of 1')
        else:
            inner = OS_TOP + logo('Stonewater', 'Young People\'s Services - Vale', 'SG-INC-04') + f'<h2>{title.upper()}</h2>' + html_twocol(relabel(items, {}, num=True)) + '<p><b>Manager sign-off:</b> Helen Cardew, 01/12/2026</p>' + footer('OFFICIAL-SENSITIVE | Stonewater SG-INC-04 | Page 1 of 1')
        att = convert(stem, html_doc(title, inner), kind)
        subj = f"Safeguarding incident report - {I['prop']} - {I['name']}"
        body = f"Hello,\n\nPlease find attached a safeguarding incident report for {I['name']} at {I['prop']}.\n\nThanks" + s
    vals = dict(PROVIDER=I['prov'], PROPERTY=I['prop'], NAME=I['name'], DATE_OF_BIRTH=I['dob'], WHEN=I['when'], INCIDENT_DATE=d, CATEGORY=I['cat'] , SEVERITY=I['sev'] or None, WORKER_EMAIL=I['we'])
    if I['lcs']: vals['LCS_NUMBER'] = I['lcs']
    vals = {k: v for k, v in vals.items() if v is not None}
    add(id, 'safeguarding-incident', 'rejected' if miss else 'routed', miss, frm, subj, body, att, vals)

# ================= INTELLIGENCE =================
for X in gen_other.INT:
    n = X['n']; id = f"w7-int-{n:02d}"; lay = X['layout']; miss = X.get('missing')
    wn = X['worker'].replace('Dr ', '')
    frm = wn.split()[0].lower() + '.' + wn.split()[-1].lower() + '@' + X['dom']
    ds = {'body_colon': 'mon', 'docx': 'long', 'pdf': 'slash', 'body_above': 'slash', 'body_urgent': 'slash'}[lay]
    items = [('sec', 'Section 1 - Submitting agency'),
             ('row', [('Submitting agency', X['agency']), ('Worker name', X['worker']), ('Role', X['role'])]),
             ('row', [('Contact email', frm), ('Contact phone', X['ph'])]),
             ('sec', 'Section 2 - Information'),
             ('row', [('Date of information', D(X['d'], ds)), ('Time', T(X['t'], 'hrs' if lay != 'body_colon' else '24')), ('Location', X['loc'])]),
             ('f', 'Persons involved (name, DOB, description)', X['persons']),
             ('f', 'Vehicles (make, model, colour, VRM)', X['veh']),
             ('f', 'Information', X['info']),
             ('sec', 'Section 3 - Evaluation'),
             ('row', [('Source', X['src']), ('Grading (if known)', X['grad']), ('Handling code', X['hand'])])]
    s = sig(X['worker'], X['role'], X['agency'], X['ph'])
    att = None
    if lay == 'body_colon':
        subj = 'Partnership Agency Intelligence Sharing Submission - Ambleford'
        body = ("PARTNERSHIP AGENCY INTELLIGENCE SHARING SUBMISSION\nNOT FOR CRIMES IN PROGRESS - CALL 999\n\n" + text_colon(relabel(items, {'Persons involved (name, DOB, description)': 'Persons involved', 'Vehicles (make, model, colour, VRM)': 'Vehicles', 'Information': 'Intelligence', 'Time': 'Time of information'}), under='-') + s)
    elif lay == 'body_above':
        subj = 'Intelligence submission - school gate - 03/12/26'
        body = ("Hi,\n\nPlease see intelligence submission below.\n\n" + text_above(relabel(items, {'Time': 'Time of information'}), numbered=True) + "\n\nThanks" + s)
    elif lay == 'body_urgent':
        subj = 'URGENT - man threatening resident at OXY-VWH-01 NOW'
        body = ("PLEASE READ NOW\n\n" + X['info'] + "\n\nI have put the details into the intelligence form below as I was told to use it for anything police need to know.\n\n"
                + text_colon(relabel(items, {'Time': 'Time'})) + "\n\nMegan\n" + X['ph'])
    else:
        kind = 'pdf' if lay == 'pdf' else 'docx'
        stem = f"w7-int-{n:02d}-intel-submission"
        title = 'Partnership Agency Intelligence Sharing Submission'
        if n == 2:
            inner = logo('Carrowshire Constabulary - Partnership', 'Partnership Agency Intelligence Sharing Submission', 'PAISS v2') + f'<h2>{title}</h2><p><font size="1"><b>Do not use</b> to report a crime in progress or where police attendance is required - call 999 / 101.</font></p>' + html_twocol(items) + footer('PAISS v2 | email to the force readers mailbox | Page 1 of 1')
        elif n == 4:
            inner = logo('HM Prison and Probation Service', 'Carrowshire Probation Delivery Unit', 'OFFICIAL-SENSITIVE') + f'<h2>{title}</h2>' + html_grid(items) + footer('OFFICIAL-SENSITIVE | Probation Service | Page 1 of 1')
        elif n == 7:
            inner = logo('Westmarsh District Council', 'Community Safety Team', 'CST/INT') + f'<h2 align="center">{title.upper()}</h2>' + html_boxes(items) + footer('Westmarsh District Council, Council Offices, Wychcombe | Page 1')
        elif n == 3:
            inner = OS_TOP + logo('Carrowshire Health NHS Foundation Trust', 'Sexual Health Service - Safeguarding', 'NHS') + f'<h2>{title}</h2>' + html_twocol(relabel(items, {}, num=True)) + footer('OFFICIAL-SENSITIVE: PERSONAL | Carrowshire Health NHS FT | Page 1 of 1')
        else:
            inner = OS_TOP + logo('Stonewater', 'Young People\'s Services - West', 'INTEL') + f'<h2>{title.upper()}</h2>' + html_grid(items) + footer('OFFICIAL-SENSITIVE | Stonewater | Page 1 of 1')
        att = convert(stem, html_doc(title, inner), kind)
        subj = f"Intelligence submission - {X['agency']} - {D(X['d'], 'slash')}"
        body = f"Dear Readers,\n\nPlease find attached a Partnership Agency Intelligence Sharing Submission.\n\nKind regards" + s
    vals = dict(AGENCY=X['agency'], WORKER=X['worker'], EMAIL=frm, PHONE=X['ph'], INFO_DATE=X['d'], INFO_TIME=X['t'])
    exp = 'urgent' if X.get('urgent') else ('rejected' if miss else 'routed')
    add(id, 'intelligence-submission', exp, miss, frm, subj, body, att, vals)

with open(os.path.join(OUT, 'forms.jsonl'), 'w', encoding='utf-8') as f:
    for r in recs:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(recs))
