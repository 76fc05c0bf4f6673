import os, sys, json
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_ref import *
from gen_other import MASH, RISK, INC, INT

OUT = '/work/notes/w18'
for k in ('ref_formal', 'ref_survey'):
    L[k]['CONSENT_BASIS'] = "If consent is not given, what is the safeguarding basis for sharing without consent?"
L['ref_quick']['CONSENT_BASIS'] = 'basis for sharing w/o consent'

RECS = []

def sig(name, role, org, phone, disc, email=None):
    s = f"{name}\n{role}\n{org}\n"
    if phone: s += f"Tel: {phone}\n"
    if email: s += f"{email}\n"
    return s + "\n" + DISCLAIMERS[disc]

def emit(rid, form, expect, missing, frm, subject, body, attachment, values, html_text=None, layout=None):
    if html_text is not None:
        kind, _ = layout.split(':')
        with open(f"{OUT}/html/{rid}.html", 'w') as f:
            f.write(html_text)
        attachment = f"docs/{rid}.{kind}"
    RECS.append(dict(id=rid, form=form, expect=expect, missing=missing, **{'from': frm}, subject=subject, body=body,
                     attachment=attachment, values=values, layout=layout))

def yn(v, style):
    if v == '': return ''
    if style == 'quick': return v[0]
    if style == 'yn': return 'Y' if v == 'yes' else 'N'
    return YN[v]

def text_or_html(layout, items, labels, tick, title, logo, intro, footer, hints=None, yn_codes=()):
    kind, style = layout.split(':')
    if kind == 'body':
        tstyle = {'under': 'under', 'colon': 'colon', 'quick': 'quick', 'numbered': 'numbered', 'reply': 'colon', 'dash': 'dash'}[style]
        return items_text(items, L[labels], tstyle, tick), None
    return None, render_html(title, logo, intro, items, L[labels], style, tick=tick or None, footer=footer, hints=hints, yn_codes=yn_codes)

# ---------------- referrals ----------------
for r in REFS:
    kind, style = r['layout'].split(':')
    q = 'quick' if style == 'quick' else ('yn' if style == 'numbered_yn' else 'formal')
    emerg = r['E']
    email = r['rname'].lower().replace(' ', '.') + '@council.test'
    v = r['v']
    fgcd_fmt = r['dfmt'] or 'dmy'
    d = dict(VARIANT=('emergency' if emerg else 'planned') if q == 'quick' else ('Emergency' if emerg else 'Non-emergency'),
             FULL_NAME=r['name'], DATE_OF_BIRTH=fd(r['dob'], r['dfmt']) if r['dob'] else '', GENDER=r['gender'],
             LCS_NUMBER=r['lcs'], ADDRESS=r['addr'], LOCALITY=r['loc'],
             LEGAL_STATUS=r['legal'].lower() if q == 'quick' else r['legal'],
             UASC=yn(r['uasc'], q), PARENT=yn(r['parent'], q), REFERRER_NAME=r['rname'], REFERRER_ROLE=r['role'],
             REFERRER_TEAM=v['team'] if q != 'quick' else v['short'] + ', Marlbridge DC', REFERRER_EMAIL=email, REFERRER_PHONE=r['phone'],
             SOCIAL_WORKER_NAME=r.get('swn', 'N/A - referrer is allocated worker' if q != 'quick' else 'me'),
             SOCIAL_WORKER_EMAIL=r.get('swe', '' if q == 'quick' else 'N/A'),
             FGC_OFFERED=yn(r['fgc'].lower(), q) if r['fgc'] else '',
             FGC_DATE=fd(r['fgcd'], fgcd_fmt) if r['fgcd'] else ('n/a' if r['fgc'] == 'No' else ''),
             DIVERSION=r['diversion'], REASON=r['reason'], RISKS=r['risks'], SUPPORT_NEEDS=r['support'],
             SAFETY_CONCERN=r.get('safety', ''), DATE_NEEDED=fd(r['needed'], r['nfmt']),
             CONSENT=yn(r['consent'], q))
    if q == 'quick' and emerg:
        d['DATE_NEEDED'] = fd(r['needed'], r['nfmt']) + ' (today)'
    items = ref_items(d, emerg)
    if r['consent'] == 'no':
        items.append(('CONSENT_BASIS', r['consent_basis'], None))
    if r['id'] == 'w18-ref-11':  # FGC question genuinely left blank on the form
        pass
    title = ('EMERGENCY ' if emerg else '') + 'Supported Accommodation Assessment and Referral Form'
    if v is DIST:
        title = 'Supported Accommodation Assessment & Referral (YPSA) - ' + ('Emergency' if emerg else 'Non-emergency')
    intro = ('Complete all sections. Emergency referrals only where there is an immediate concern for the young person\'s safety. '
             'A Family Group Conference must have been offered before a non-emergency referral.')
    hints = {L['ref_formal']['DATE_OF_BIRTH']: 'dd/mm/yyyy', L['ref_formal']['LCS_NUMBER']: 'optional',
             L['ref_formal']['FGC_OFFERED']: 'required for all non-emergency referrals'}
    body, htmlt = text_or_html(r['layout'], items, r['labels'], r.get('tick'), title, v['logo'], intro, v['footer'], hints,
                               yn_codes=('UASC', 'PARENT', 'FGC_OFFERED', 'CONSENT'))
    s = sig(r['rname'], r['role'], v['team'], r['phone'], v['disc'])
    if body is not None:
        if style == 'under':
            body = ("Form response received: Supported Accommodation Assessment and Referral\nSubmitted: 04/12/2026 08:52\n"
                    "Respondent: " + email + "\n\n" + body + "\n\n--\n" + s)
        elif style == 'colon':
            body = (f"Dear Brokerage,\n\nPlease find below an {'emergency' if emerg else 'non-emergency'} referral for supported accommodation. "
                    "I am on my mobile all day if you need anything else.\n\n" + body + "\n\nKind regards\n\n" + s)
        elif style == 'quick':
            body = ("hi all - sending this in the body as i'm out on a visit, form to follow if you need it but all the info is here\n\n"
                    + body + "\n\nthanks, ring me\n" + s)
        elif style == 'numbered':
            body = ("Morning Brokerage,\n\nEmergency referral below using the questions from the referral form.\n\n" + body +
                    "\n\nMany thanks,\n" + s)
        elif style == 'reply':
            body = ("Hi,\n\nCompleted form pasted below as requested. Lily-Mae won't need a bed until Friday 18th but mum is adamant.\n\n"
                    "Thanks\nRebecca\n\n" + s + "\n\n-----Original Message-----\nFrom: Brokerage (Placements) <brokerage@ypsa.test>\n"
                    "Sent: 03 December 2026 16:12\nTo: Rebecca Stanforth <" + email + ">\nSubject: Referral form for Lily-Mae Hathaway\n\n"
                    "Hi Rebecca, please paste the completed referral form into your reply.\nBrokerage (Placements)\n\n"
                    "SUPPORTED ACCOMMODATION ASSESSMENT AND REFERRAL FORM\n\n" + body)
        att = None
    else:
        body = (f"Hello,\n\nPlease find attached {'an EMERGENCY' if emerg else 'a non-emergency'} supported accommodation referral for "
                f"{r['name']}. {'She' if r['gender'].lower().startswith('f') else 'He'} will need accommodation from {fd(r['needed'], 'long')}.\n\n"
                "Best wishes\n\n" + s)
        att = None
    vals = None
    if r.get('missing') is None or True:
        vals = dict(VARIANT='emergency' if emerg else 'non-emergency', FULL_NAME=r['name'],
                    DATE_OF_BIRTH=r['dob'] or None, DATE_NEEDED=r['needed'], CONSENT=r['consent'], REFERRER_EMAIL=email,
                    REFERRER_NAME=r['rname'], PARENT=r['parent'], UASC=r['uasc'], LEGAL_STATUS=r['legal'].lower(),
                    FGC_OFFERED=r['fgc'].lower() or None, FGC_DATE=r['fgcd'] or None, LOCALITY=r['loc'])
        vals = {k: x for k, x in vals.items() if x is not None}
    missing = r.get('missing')
    emit(r['id'], 'referral', 'rejected' if missing else 'routed', missing, email, r['subject'], body, att, vals,
         htmlt, r['layout'])

# ---------------- MASH ----------------
YNO2 = ['Yes', 'No']
for m in MASH:
    kind, style = m['layout'].split(':')
    q = 'quick' if style == 'quick' else ('yn' if style == 'numbered_yn' else 'formal')
    if m.get('STATUS_OPTS'):
        status_disp = {'homeless': 'Homeless', 'threatened': 'Threatened with homelessness', '': ''}[m['status']]
        st_opts = m['STATUS_OPTS']
    else:
        status_disp = m['STATUS_TXT']; st_opts = None
    items = [('#', 'Young person'), ('NAME', m['NAME'], None), ('DATE_OF_BIRTH', fd(m['dob'], m['dfmt']), None),
             ('ADDRESS', m['ADDRESS'], None), ('PARENT_CONTACT', m['PARENT_CONTACT'], None),
             ('#', 'Referral'), ('AGENCY', m['AGENCY'], None), ('STATUS', status_disp, st_opts),
             ('MEDIATION', yn(m['med'], q), YNO2), ('MEDIATION_DATE', fd(m['mdate'], m.get('mdfmt', 'dmy')) if m['mdate'] else ('n/a' if q != 'formal' else ''), None),
             ('MEDIATION_OUTCOME', m['MEDIATION_OUTCOME'], None),
             ('#', 'Concerns'), ('CONCERNS', m['CONCERNS'], None), ('KNOWN', yn(m['known'], q), YNO2)]
    if style == 'boxes' and m['status'] == '':
        # tick list with nothing ticked
        items[7] = ('STATUS', '☐ Homeless   ☐ Threatened with homelessness', None)
    title = 'MASH Referral - Young Person (16/17) Homeless or Threatened with Homelessness'
    logo = {'w18-mash-02': 'Wessex Downs Health NHS Foundation Trust - CAMHS',
            'w18-mash-04': 'KINGSMERE ACADEMY - Safeguarding',
            'w18-mash-05': "Wessex Downs County Council | Children's Services"}.get(m['id'], '')
    footer = 'Send to the MASH. The MASH will arrange a joint assessment with Housing within 48 hours.'
    tick = m.get('tick')
    body, htmlt = text_or_html(m['layout'], items, m['labels'], tick, title, logo, 'Please complete as fully as you can.', footer,
                               yn_codes=('MEDIATION', 'KNOWN'))
    s = sig(m['sender'], m['role'], m['org'], m['phone'], m['disc'], m['frm'])
    if body is not None:
        if style == 'under':
            body = ("New submission - MASH Online Referral (16/17 year olds, housing)\nDate submitted: 2026-12-04 08:47\n\n" + body + "\n\n" + s)
        else:
            body = ("mash - urgent-ish, jade is homeless from today, details below. can someone call me back\n\n" + body +
                    "\n\nmarisa\n" + s)
    else:
        body = (f"Dear MASH colleagues,\n\nPlease see the attached referral regarding {m['NAME']}. Happy to discuss.\n\nRegards\n\n" + s)
    vals = dict(NAME=m['NAME'], DATE_OF_BIRTH=m['dob'], STATUS=m['status'] or None, MEDIATION=m['med'],
                MEDIATION_DATE=m['mdate'] or None, KNOWN=m['known'], AGENCY=m['AGENCY'])
    vals = {k: x for k, x in vals.items() if x is not None}
    emit(m['id'], 'mash-referral', 'rejected' if m.get('missing') else 'routed', m.get('missing'), m['frm'], m['subject'], body, None,
         vals, htmlt, m['layout'])

# ---------------- risk concerns ----------------
for c in RISK:
    kind, style = c['layout'].split(':')
    items = [('#', 'Referral'), ('REFERRAL_REFERENCE', c['REFERRAL_REFERENCE'], None), ('PROVIDER', c['PROVIDER'], None),
             ('YOUNG_PERSON', c['YOUNG_PERSON'], None), ('#', 'Risk concern'), ('RISK', c['RISK'], None),
             ('WHY', c['WHY'], None), ('RESOURCES', c['RESOURCES'], None)]
    title = 'Provider Risk Concern - Response to Referral'
    logo = c['org'] + ' | Young People\'s Services'
    footer = c['org'] + ' - risk concern form RC1. Our risk assessment and risk management plan are held on file and available on request.'
    body, htmlt = text_or_html(c['layout'], items, c['labels'], None, title, logo,
                               'To be sent to Brokerage (Placements) where we cannot safely accept a referral. All three questions must be answered.', footer)
    s = sig(c['sender'], c['role'], c['org'], None, c['disc'], c['frm'])
    if body is not None:
        if style == 'colon':
            body = ("Hi Brokerage,\n\nUnfortunately we are not able to accept this referral as it stands. Our risk concern is set out below; "
                    "risk assessment to follow.\n\n" + body + "\n\nThanks,\n" + s)
        else:
            body = ("hi brokerage - quick one re the kayden referral, we can't take him as things stand\n\n" + body + "\n\nsophie\n" + s)
    else:
        body = (f"Dear Brokerage team,\n\nPlease find attached our risk concern in response to referral {c['REFERRAL_REFERENCE']}. "
                "Happy to talk it through.\n\nKind regards\n\n" + s)
    vals = dict(REFERRAL_REFERENCE=c['REFERRAL_REFERENCE'], PROVIDER=c['PROVIDER'], YOUNG_PERSON=c['YOUNG_PERSON'])
    emit(c['id'], 'risk-concern', 'rejected' if c.get('missing') else 'routed', c.get('missing'), c['frm'], c['subject'], body, None,
         vals, htmlt, c['layout'])

# ---------------- incidents ----------------
def fmt_when(w, dfmt, tfmt_txt):
    return fd(w[:10], dfmt), tfmt_txt

for i in INC:
    kind, style = i['layout'].split(':')
    dtxt, ttxt = fmt_when(i['when'], i['wdate'], i['wtime'])
    items = [('#', 'Provider and property'), ('PROVIDER', i['PROVIDER'], None), ('PROPERTY', i['PROPERTY'], None),
             ('#', 'Young person'), ('NAME', i['NAME'], None), ('DATE_OF_BIRTH', fd(i['dob'], i['dfmt']), None),
             ('LCS_NUMBER', i['LCS_NUMBER'], None), ('WORKER_NAME', i['WORKER_NAME'], None), ('WORKER_EMAIL', i['WORKER_EMAIL'], None),
             ('#', 'Incident'), ('INCIDENT_DATE', dtxt, None), ('INCIDENT_TIME', ttxt, None),
             ('CATEGORY', i['CATEGORY'], i.get('CAT_OPTS')), ('SEVERITY', i['SEVERITY'], i.get('SEV_OPTS')),
             ('DESCRIPTION', i['DESCRIPTION'], None), ('ACTIONS', i['ACTIONS'], None), ('POLICE_REFERENCE', i['POLICE_REFERENCE'], None)]
    if i['id'] == 'w18-inc-01':  # one combined date/time line
        items[10:12] = [('WHEN', f"{dtxt}, {ttxt}", None)]
    title = 'Safeguarding Incident Report'
    logo = i['org'] + ' - Supported Accommodation for Young People'
    footer = f"{i['org']} | Safeguarding incident notification to Brokerage and Quality & Contracts | CONFIDENTIAL"
    body, htmlt = text_or_html(i['layout'], items, i['labels'], i.get('tick'), title, logo,
                               'Notify Brokerage, Quality and Contracts and the young person\'s SW / PA within 24 hours.', footer,
                               hints={L['inc_formal']['SEVERITY']: 'low / medium / high / critical'})
    s = sig(i['sender'], i['role'], i['org'], None, i['disc'], i['frm'])
    if body is not None:
        if style == 'colon':
            body = "Hi all,\n\nSafeguarding incident report below.\n\n" + body + "\n\nRegards,\n" + s
        elif style == 'under':
            body = ("Safeguarding Incident Form - response export\nSubmission ID: 5581-2207\nSubmitted: 2026-12-04 08:14\n\n" + body + "\n\n" + s)
        else:
            body = ("incident from last night below, sorry for delay - been at hospital\n\n" + body + "\n\ntariq\n" + s)
    else:
        body = (f"Good morning,\n\nPlease find attached an incident report for {i['NAME']} at {i['PROPERTY']}.\n\nKind regards,\n\n" + s)
    vals = dict(PROVIDER=i['PROVIDER'], PROPERTY=i['PROPERTY'], NAME=i['NAME'], DATE_OF_BIRTH=i['dob'], WHEN=i['when'],
                CATEGORY=i['cat'], SEVERITY=i['sev'] or None, WORKER_EMAIL=i['WORKER_EMAIL'])
    vals = {k: x for k, x in vals.items() if x is not None}
    emit(i['id'], 'safeguarding-incident', 'rejected' if i.get('missing') else 'routed', i.get('missing'), i['frm'], i['subject'],
         body, None, vals, htmlt, i['layout'])

# ---------------- intelligence ----------------
for n in INT:
    kind, style = n['layout'].split(':')
    worker = n.get('worker', n['sender'])
    dfmt, ttxt = n['wfmt']
    items = [('#', 'Section A - Submitting agency'), ('AGENCY', n['AGENCY'], None), ('WORKER', worker, None), ('ROLE', n['role'], None),
             ('EMAIL', n['frm'], None), ('PHONE', n['phone'], None),
             ('#', 'Section B - The information'), ('INT_DATE', fd(n['when'][:10], dfmt), None), ('INT_TIME', ttxt, None),
             ('LOCATION', n['LOCATION'], None), ('PERSONS', n['PERSONS'], None), ('VEHICLES', n['VEHICLES'], None),
             ('INFORMATION', n['INFORMATION'], None), ('#', 'Section C - Evaluation'), ('SOURCE', n['SOURCE'], None),
             ('HANDLING', n['HANDLING'], None)]
    title = 'Partnership Agency Intelligence Sharing Submission'
    intro = ('This form is NOT for reporting crimes in progress or anyone in immediate danger - call 999. '
             'For non-emergencies call 101.')
    footer = 'Partnership Agency Intelligence Sharing Submission | Send to the police readers mailbox | OFFICIAL-SENSITIVE when complete'
    body, htmlt = text_or_html(n['layout'], items, n['labels'], None, title, n['org'], intro, footer)
    signame = n['sender'] or 'Housing Options (Care Leavers)'
    s = sig(signame, n['role'] if n['sender'] else 'Marlbridge District Council', n['org'] if n['sender'] else 'Civic Offices, Marlbridge',
            n['phone'], n['disc'], n['frm'])
    if body is not None:
        if style == 'colon':
            body = ("Hello,\n\nPlease see the intelligence submission below for the police readers. Not urgent.\n\n" + body + "\n\nThanks\n" + s)
        else:
            body = ("Form: Partnership Agency Intelligence Sharing Submission (online)\nReference: WEB-88213\nCompleted: 2026-12-04 08:31\n\n"
                    + body + "\n\n" + s)
    else:
        body = ("Hi,\n\nAttached is a Partnership Agency Intelligence Sharing Submission for your readers. Nothing time-critical.\n\nThanks\n\n" + s)
    vals = dict(AGENCY=n['AGENCY'], WORKER=worker or None, EMAIL=n['frm'], WHEN=n['when'])
    vals = {k: x for k, x in vals.items() if x is not None}
    emit(n['id'], 'intelligence-submission', 'rejected' if n.get('missing') else 'routed', n.get('missing'), n['frm'], n['subject'],
         body, None, vals, htmlt, n['layout'])

# urgent one
urg_body = """intelligence sharing - but i think this is happening now

agency - stonewater
worker - kelly ainsworth
role - support worker
email - kelly.ainsworth@stonewater.provider.test
phone - 07700 900284
date/time - 04/12/26 0845, still going on
location - outside STW-VWH-01, 3 Osier Way, Thornbury Vale
people - resident Callie Dunmore (19), her ex partner Rob (surname unknown) approx 25, white male, grey hoodie
vehicles - red fiesta parked across the drive
info - rob is outside the front door right now with what looks like a knife, shouting that he is going to kill callie. she has locked herself in the staff office with me. he keeps kicking the door. please can someone send police asap
source - me, i can see him on the door camera
handling - P

kelly

Kelly Ainsworth
Support Worker
Stonewater
kelly.ainsworth@stonewater.provider.test

""" + DISCLAIMERS['provider']
RECS.append(dict(id='w18-int-08', form='intelligence-submission', expect='urgent', missing=None,
                 **{'from': 'kelly.ainsworth@stonewater.provider.test'},
                 subject='intel submission - ex partner at the door NOW with knife', body=urg_body, attachment=None,
                 values=dict(AGENCY='Stonewater', WORKER='Kelly Ainsworth', EMAIL='kelly.ainsworth@stonewater.provider.test',
                             WHEN='2026-12-04T08:45'), layout='body:quick'))

with open(f'{OUT}/forms.jsonl', 'w') as f:
    for r in RECS:
        r2 = {k: v for k, v in r.items() if k != 'layout'}
        f.write(json.dumps(r2, ensure_ascii=False) + '\n')
with open(f'{OUT}/layouts.json', 'w') as f:
    json.dump({r['id']: r['layout'] for r in RECS}, f, indent=1)
print(len(RECS))
