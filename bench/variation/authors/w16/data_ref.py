# referrals
YES, NO, BL = 'YN:yes', 'YN:no', 'YN:'
LA = {  # Welsh valleys CBC children's services
 'VARIANT': 'Referral type (Math o atgyfeiriad)', 'FULL_NAME': 'Full name', 'DATE_OF_BIRTH': 'Date of birth', 'GENDER': 'Gender',
 'LCS_NUMBER': 'LCS no. (if known)', 'ADDRESS': 'Current address', 'LOCALITY': 'Preferred locality', 'LEGAL_STATUS': 'Legal status',
 'UASC': 'UASC', 'PARENT': 'Is the young person a parent?', 'REFERRER_NAME': 'Name', 'REFERRER_ROLE': 'Job title',
 'REFERRER_TEAM': 'Team / organisation', 'REFERRER_EMAIL': 'Email', 'REFERRER_PHONE': 'Tel',
 'SOCIAL_WORKER_NAME': 'Allocated social worker / PA (if not you)', 'SOCIAL_WORKER_EMAIL': 'SW / PA email',
 'FGC_OFFERED': 'Has a Family Group Conference been offered?', 'FGC_DATE': 'Date of FGC', 'DIVERSION': 'Other options explored (family, friends, mediation)',
 'REASON': 'Reason for referral', 'RISKS': 'Risks (to self, to others, from others, exploitation, substances, offending, mental health)',
 'SUPPORT_NEEDS': 'Support needs', 'SAFETY_CONCERN': 'EMERGENCY ONLY - what is the immediate risk to safety?', 'DATE_NEEDED': 'Date accommodation required',
 'CONSENT': 'Young person consents to referral and sharing of information'}
SA = [('Adran 1 / Section 1 - Manylion y person ifanc / Young person', ['VARIANT','FULL_NAME','DATE_OF_BIRTH','GENDER','LCS_NUMBER','ADDRESS','LOCALITY','LEGAL_STATUS','UASC','PARENT']),
      ('Adran 2 / Section 2 - Atgyfeiriwr / Referrer', ['REFERRER_NAME','REFERRER_ROLE','REFERRER_TEAM','REFERRER_EMAIL','REFERRER_PHONE','SOCIAL_WORKER_NAME','SOCIAL_WORKER_EMAIL']),
      ('Adran 3 / Section 3 - Gwaith teulu / Family work', ['FGC_OFFERED','FGC_DATE','DIVERSION']),
      ('Adran 4 / Section 4 - Angen / Need and risk', ['REASON','RISKS','SUPPORT_NEEDS','SAFETY_CONCERN','DATE_NEEDED','CONSENT'])]
LB = {  # case management printout (YJS / generic)
 'VARIANT': 'Referral category', 'FULL_NAME': 'Client name', 'DATE_OF_BIRTH': 'DOB', 'GENDER': 'Sex/gender', 'LCS_NUMBER': 'LCS ID',
 'ADDRESS': 'Current address', 'LOCALITY': 'Locality preference', 'LEGAL_STATUS': 'CSC legal status', 'UASC': 'UASC (Y/N)', 'PARENT': 'Parent (Y/N)',
 'REFERRER_NAME': 'Referring officer', 'REFERRER_ROLE': 'Role', 'REFERRER_TEAM': 'Service', 'REFERRER_EMAIL': 'Officer email', 'REFERRER_PHONE': 'Officer tel',
 'SOCIAL_WORKER_NAME': 'Social worker/PA', 'SOCIAL_WORKER_EMAIL': 'Social worker/PA email', 'FGC_OFFERED': 'FGC offered (Y/N)', 'FGC_DATE': 'FGC date',
 'DIVERSION': 'Diversion explored', 'REASON': 'Referral reason', 'RISKS': 'Risk summary', 'SUPPORT_NEEDS': 'Support needs', 'SAFETY_CONCERN': 'Immediate safety concern',
 'DATE_NEEDED': 'Date placement needed', 'CONSENT': 'Consent to refer/share (Y/N)'}
SB = [(None, list(LB))]
LC = {  # plain council referral (label-above-answer / numbered)
 'VARIANT': 'Is this an emergency or non-emergency referral?', 'FULL_NAME': "Young person's full name", 'DATE_OF_BIRTH': 'Date of birth', 'GENDER': 'Gender',
 'LCS_NUMBER': 'LCS number (optional)', 'ADDRESS': 'Where are they living now?', 'LOCALITY': 'Preferred locality', 'LEGAL_STATUS': 'Legal status (LAC / care leaver / CIN / not known to CSC)',
 'UASC': 'Unaccompanied asylum seeking child?', 'PARENT': 'Is the young person pregnant or a parent?', 'REFERRER_NAME': 'Your name', 'REFERRER_ROLE': 'Your role',
 'REFERRER_TEAM': 'Organisation / team', 'REFERRER_EMAIL': 'Your email address', 'REFERRER_PHONE': 'Your phone number', 'SOCIAL_WORKER_NAME': 'Social worker or Leaving Care PA (if different)',
 'SOCIAL_WORKER_EMAIL': 'Their email', 'FGC_OFFERED': 'Family Group Conference offered?', 'FGC_DATE': 'Date FGC offered / held', 'DIVERSION': 'What has been tried to keep the young person at home or with family/friends (incl. mediation)?',
 'REASON': 'Why are you referring?', 'RISKS': 'Known risks', 'SUPPORT_NEEDS': 'What support will they need?', 'SAFETY_CONCERN': 'For emergency referrals: describe the immediate safety concern',
 'DATE_NEEDED': 'Date accommodation needed from', 'CONSENT': 'Has the young person agreed to this referral and to information being shared?'}
SC = [("Young person's details", ['VARIANT','FULL_NAME','DATE_OF_BIRTH','GENDER','LCS_NUMBER','ADDRESS','LOCALITY','LEGAL_STATUS','UASC','PARENT']),
      ('Referrer details', ['REFERRER_NAME','REFERRER_ROLE','REFERRER_TEAM','REFERRER_EMAIL','REFERRER_PHONE','SOCIAL_WORKER_NAME','SOCIAL_WORKER_EMAIL']),
      ('Family Group Conference and diversion', ['FGC_OFFERED','FGC_DATE','DIVERSION']),
      ('Needs, risks and consent', ['REASON','RISKS','SUPPORT_NEEDS','SAFETY_CONCERN','DATE_NEEDED','CONSENT'])]

def sec(labels, secs, d):
    return [(h, [(c, labels[c], d.get(c, '')) for c in codes if c in d]) for h, codes in secs]

CCBC = 'CYNGOR BWRDEISTREF SIROL CWM TAWEL | CWM TAWEL COUNTY BOROUGH COUNCIL'
REFS = []
def ref(id, layout, frm, subject, labels, secs, d, norm, title, cover=None, doc=None, missing=None, logo=CCBC, footer=None, pre='', post='', intro=None, ynstyle=None):
    f = dict(id=id, form='referral', layout=layout, sections=sec(labels, secs, d), values=norm, expect='rejected' if missing else 'routed',
             missing=missing, subject=subject, title=title, logo=logo, cover=cover, doc=doc, pre=pre, post=post, intro=intro,
             footer=footer or 'Gwasanaethau Plant / Children\'s Services, Cwm Tawel CBC. OFFICIAL-SENSITIVE when complete. Page 1 of 1',
             **{'from': frm})
    if ynstyle: f['ynstyle'] = ynstyle
    REFS.append(f)

# ---------- 1 Emergency, body colon, Welsh CBC SW
ref('w16-ref-01', 'colon', 'ffion.morgan@council.test', 'EMERGENCY referral - supported accommodation - R Pritchard', LA, SA, {
 'VARIANT': 'Emergency / Argyfwng', 'FULL_NAME': 'Rhys Pritchard', 'DATE_OF_BIRTH': '14/03/2009', 'GENDER': 'Male', 'LCS_NUMBER': '7731402',
 'ADDRESS': '22 Heol y Nant, Pentre Isaf (mother\'s address - no longer able to stay)', 'LOCALITY': 'Cherwell', 'LEGAL_STATUS': 'Looked after (s.20)', 'UASC': NO, 'PARENT': NO,
 'REFERRER_NAME': 'Ffion Morgan', 'REFERRER_ROLE': 'Social worker', 'REFERRER_TEAM': 'Children Looked After Team, Cwm Tawel CBC', 'REFERRER_EMAIL': 'ffion.morgan@council.test', 'REFERRER_PHONE': '01632 960 418',
 'SOCIAL_WORKER_NAME': 'N/A - I am the allocated SW', 'FGC_OFFERED': YES, 'FGC_DATE': 'Offered 27/11/2026, mum declined', 'DIVERSION': 'Maternal aunt approached 2.12.2026 - cannot accommodate (overcrowded). Mediation not possible at present given the assault.',
 'REASON': 'Rhys\'s placement with his mother broke down last night after a physical altercation with mum\'s partner. He spent the night at a friend\'s but that family have said he cannot return tonight.',
 'RISKS': 'From others - possible retaliation from mum\'s partner. Cannabis use most days. Low mood, no self harm known. No offending for 12 months.',
 'SUPPORT_NEEDS': 'Daily living skills, budgeting, support to stay in college (Coleg y Cymoedd, Level 2 motor vehicle), GP registration.',
 'SAFETY_CONCERN': 'Rhys has nowhere safe to sleep tonight (Fri 04/12/26). Police attended the home on 03/12 and advised he should not return while mum\'s partner is there.',
 'DATE_NEEDED': 'Today - 04/12/2026', 'CONSENT': YES},
 {'VARIANT': 'emergency', 'FULL_NAME': 'Rhys Pritchard', 'DATE_OF_BIRTH': '2009-03-14', 'DATE_NEEDED': '2026-12-04', 'CONSENT': 'yes', 'REFERRER_EMAIL': 'ffion.morgan@council.test',
  'REFERRER_NAME': 'Ffion Morgan', 'PARENT': 'no', 'UASC': 'no', 'FGC_OFFERED': 'yes', 'FGC_DATE': '2026-11-27', 'LEGAL_STATUS': 'looked after', 'LCS_NUMBER': '7731402'},
 'Supported Accommodation Assessment and Referral Form',
 pre='Bore da,\n\nPlease see emergency referral below for Rhys. I am at my desk all day if you need anything.\n\nSUPPORTED ACCOMMODATION ASSESSMENT AND REFERRAL FORM / FFURFLEN ASESU AC ATGYFEIRIO LLETY Â CHYMORTH\n\n',
 post='\n\nDiolch,\nFfion Morgan\nGweithiwr Cymdeithasol / Social Worker\nCwm Tawel CBC')

# ---------- 2 Emergency, docx twocol, YJS case manager
ref('w16-ref-02', 'docx:twocol', 'gethin.howells@council.test', 'Emergency accommodation referral - K Doherty - YJS', LB, SB, {
 'VARIANT': 'Emergency', 'FULL_NAME': 'Kian Doherty', 'DATE_OF_BIRTH': '02/08/2008', 'GENDER': 'Male', 'LCS_NUMBER': 'Not recorded',
 'ADDRESS': 'No fixed abode - sofa surfing (last known 4 Maes yr Eglwys, Cwmderi)', 'LOCALITY': 'Oxford City', 'LEGAL_STATUS': 'Care leaver (former relevant child)', 'UASC': NO, 'PARENT': NO,
 'REFERRER_NAME': 'Gethin Howells', 'REFERRER_ROLE': 'Case manager', 'REFERRER_TEAM': 'Cwm Tawel Youth Justice Service', 'REFERRER_EMAIL': 'gethin.howells@council.test', 'REFERRER_PHONE': '07700 900 612',
 'SOCIAL_WORKER_NAME': 'Sian Llewellyn (Leaving Care PA)', 'SOCIAL_WORKER_EMAIL': 'sian.llewellyn@council.test', 'FGC_OFFERED': NO, 'FGC_DATE': 'N/K',
 'DIVERSION': 'Grandmother spoken to 01/12 - will not have Kian back. No other family in area.',
 'REASON': 'Kian was released from custody on licence 03/12/2026 and the address approved for him fell through on the day of release. He needs an address to comply with his licence.',
 'RISKS': 'To others: previous conviction for robbery (2025). From others: owes a drug debt, names withheld. Substance misuse: cannabis, occasional cocaine. Mental health: ADHD, not medicated.',
 'SUPPORT_NEEDS': 'Licence compliance, ETE, substance misuse support (Barod), claiming UC.',
 'SAFETY_CONCERN': 'Slept in a stairwell on 03/12. Has been approached by the people he owes money to. Without an address he is at high risk of exploitation and recall.',
 'DATE_NEEDED': 'Fri 04/12/26', 'CONSENT': 'YN:yes'},
 {'VARIANT': 'emergency', 'FULL_NAME': 'Kian Doherty', 'DATE_OF_BIRTH': '2008-08-02', 'DATE_NEEDED': '2026-12-04', 'CONSENT': 'yes', 'REFERRER_EMAIL': 'gethin.howells@council.test',
  'REFERRER_NAME': 'Gethin Howells', 'PARENT': 'no', 'UASC': 'no', 'FGC_OFFERED': 'no', 'LEGAL_STATUS': 'care leaver', 'SOCIAL_WORKER_EMAIL': 'sian.llewellyn@council.test'},
 'Supported Accommodation Assessment and Referral - Emergency', doc='w16-ref-02_yjs_emergency_referral',
 cover='Hi,\n\nEmergency referral attached for Kian Doherty (dob 02/08/2008) - released on licence yesterday and address has fallen through. Please call me on 07700 900612.\n\nGethin Howells\nCase Manager, Cwm Tawel Youth Justice Service',
 logo='Cwm Tawel Youth Justice Service  |  ChildView case record export', footer='Printed from ChildView 04/12/2026 08:47 by GHOWELLS. OFFICIAL-SENSITIVE.')

# ---------- 3 Emergency, pdf boxes, leaving care PA, parent
ref('w16-ref-03', 'pdf:boxes', 'carys.jones@council.test', 'Emergency referral - Seren Watkins and baby', LC, SC, {
 'VARIANT': 'Emergency', 'FULL_NAME': 'Seren Watkins', 'DATE_OF_BIRTH': '19.1.2004', 'GENDER': 'Female', 'LCS_NUMBER': '6619025',
 'ADDRESS': '3 Rhes y Glowyr, Tonmawr (partner\'s flat)', 'LOCALITY': 'West Oxfordshire', 'LEGAL_STATUS': 'Care leaver', 'UASC': NO, 'PARENT': 'YN:yes',
 'REFERRER_NAME': 'Carys Jones', 'REFERRER_ROLE': 'Personal Adviser', 'REFERRER_TEAM': 'Leaving Care Team, Cwm Tawel CBC', 'REFERRER_EMAIL': 'carys.jones@council.test', 'REFERRER_PHONE': '01632 960 233',
 'FGC_OFFERED': NO, 'FGC_DATE': 'Not applicable', 'DIVERSION': 'Seren has no contact with birth family. Refuge contacted 03/12 - no family space available.',
 'REASON': 'Seren (22) and her son Alfie (7 months) need to leave the flat she shares with her partner following domestic abuse. MARAC referral made 03/12/2026.',
 'RISKS': 'From others - domestic abuse from partner (DASH high risk). Low mood post-natal, under perinatal mental health team. No substance misuse.',
 'SUPPORT_NEEDS': 'Parenting support, DA support worker (IDVA allocated), help with UC change of circumstances, nursery place later.',
 'SAFETY_CONCERN': 'Partner is due back at the flat this weekend after being bailed with conditions that he keeps away, but Seren believes he will return. She and the baby are staying with a friend for one night only.',
 'DATE_NEEDED': '4.12.2026', 'CONSENT': YES},
 {'VARIANT': 'emergency', 'FULL_NAME': 'Seren Watkins', 'DATE_OF_BIRTH': '2004-01-19', 'DATE_NEEDED': '2026-12-04', 'CONSENT': 'yes', 'REFERRER_EMAIL': 'carys.jones@council.test',
  'REFERRER_NAME': 'Carys Jones', 'PARENT': 'yes', 'UASC': 'no', 'FGC_OFFERED': 'no', 'LEGAL_STATUS': 'care leaver', 'LCS_NUMBER': '6619025'},
 'Supported Accommodation Assessment and Referral Form (Emergency)', doc='w16-ref-03_emergency_referral_SWatkins',
 cover='Please find attached emergency referral for Seren Watkins (care leaver, 22) and her son. Seren is a parent so will need a Parents placement. I will be on my mobile 07700 900 145 today.\n\nMany thanks\nCarys Jones\nPersonal Adviser, Leaving Care',
 footer='Cwm Tawel CBC - Leaving Care Team. Form LC-REF-02 (rev. 09/2026). Please return to the Brokerage team by email.')

# ---------- 4 Emergency, body stacked, child in need, 16
ref('w16-ref-04', 'stacked', 'dylan.ashworth@council.test', 'Referral form (EMERGENCY) - Jayden Price', LC, SC, {
 'VARIANT': 'Emergency', 'FULL_NAME': 'Jayden Price', 'DATE_OF_BIRTH': '30/09/2010', 'GENDER': 'Male', 'LCS_NUMBER': '',
 'ADDRESS': 'Was at 41 Bryn Terrace, Abercarn Fach with dad', 'LOCALITY': 'South Oxfordshire', 'LEGAL_STATUS': 'Child in need', 'UASC': NO, 'PARENT': NO,
 'REFERRER_NAME': 'Dylan Ashworth', 'REFERRER_ROLE': 'Senior practitioner', 'REFERRER_TEAM': 'Intake and Assessment, Cwm Tawel Children\'s Services', 'REFERRER_EMAIL': 'dylan.ashworth@council.test', 'REFERRER_PHONE': '01632 960 771',
 'SOCIAL_WORKER_NAME': 'Same as referrer', 'FGC_OFFERED': YES, 'FGC_DATE': '02/12/2026 (dad declined)', 'DIVERSION': 'Mediation offered via Llamau 01/12, dad refused. Older sister in Caerffili cannot take him.',
 'REASON': 'Dad has told Jayden to leave the family home and changed the locks on 03/12. Jayden is 16.',
 'RISKS': 'Associating with older males linked to county lines activity. Missing twice in November. Vaping and cannabis.',
 'SUPPORT_NEEDS': 'High level of support, 16/17 shared housing with staff on site. School link (Year 12).',
 'SAFETY_CONCERN': 'Jayden was found by police at 1am this morning at the bus station with two adult males known for drug supply. He has nowhere to go tonight.',
 'DATE_NEEDED': '04/12/2026', 'CONSENT': YES},
 {'VARIANT': 'emergency', 'FULL_NAME': 'Jayden Price', 'DATE_OF_BIRTH': '2010-09-30', 'DATE_NEEDED': '2026-12-04', 'CONSENT': 'yes', 'REFERRER_EMAIL': 'dylan.ashworth@council.test',
  'REFERRER_NAME': 'Dylan Ashworth', 'PARENT': 'no', 'UASC': 'no', 'FGC_OFFERED': 'yes', 'FGC_DATE': '2026-12-02', 'LEGAL_STATUS': 'child in need'},
 'Referral', pre='Supported Accommodation Assessment and Referral Form\n\n', post='\n\nDylan Ashworth\nUwch Ymarferydd / Senior Practitioner')

# ---------- 5 Emergency, docx boxes, INVALID: DOB blank
ref('w16-ref-05', 'docx:boxes', 'bethan.pugh@council.test', 'Urgent supported accommodation referral - L Bevan', LC, SC, {
 'VARIANT': 'Emergency', 'FULL_NAME': 'Lowri Bevan', 'DATE_OF_BIRTH': '', 'GENDER': 'Female', 'LCS_NUMBER': '7009381',
 'ADDRESS': 'Travelodge, Heol Fawr, Cwmderi (1 night paid by council)', 'LOCALITY': 'Vale of White Horse', 'LEGAL_STATUS': 'Care leaver', 'UASC': NO, 'PARENT': NO,
 'REFERRER_NAME': 'Bethan Pugh', 'REFERRER_ROLE': 'Leaving Care Personal Adviser', 'REFERRER_TEAM': 'Cwm Tawel CBC 16+ Team', 'REFERRER_EMAIL': 'bethan.pugh@council.test', 'REFERRER_PHONE': '01632 960 390',
 'FGC_OFFERED': NO, 'FGC_DATE': '', 'DIVERSION': 'Former foster carers asked - not able to offer a room.',
 'REASON': 'Lowri was evicted from her private rented room on 02/12 after the landlord sold the house. She has been in a hotel since.',
 'RISKS': 'Self harm history (cutting), last incident Sept 2026. Vulnerable to older men online. No offending.',
 'SUPPORT_NEEDS': 'Emotional support, CAMHS transition to adult MH, budgeting.',
 'SAFETY_CONCERN': 'Hotel booking ends this morning. Lowri has said she will "sleep in the park" and has made comments about ending her life.',
 'DATE_NEEDED': 'Fri 4th Dec 2026', 'CONSENT': YES},
 {'VARIANT': 'emergency', 'FULL_NAME': 'Lowri Bevan', 'DATE_NEEDED': '2026-12-04', 'CONSENT': 'yes', 'REFERRER_EMAIL': 'bethan.pugh@council.test',
  'REFERRER_NAME': 'Bethan Pugh', 'PARENT': 'no', 'UASC': 'no', 'FGC_OFFERED': 'no', 'LEGAL_STATUS': 'care leaver'},
 'Supported Accommodation Assessment and Referral Form', doc='w16-ref-05_urgent_referral_LBevan', missing='DATE_OF_BIRTH',
 cover='Good morning\n\nUrgent referral attached for Lowri Bevan - she is in a hotel for one night only. Please can someone call me asap.\n\nBethan\n\nBethan Pugh | Leaving Care PA | Cwm Tawel CBC')

# ---------- 6 Emergency, docx multi, consent No with safeguarding basis
ref('w16-ref-06', 'docx:multi', 'aled.thomas@council.test', 'EMERGENCY - Tyler Jenkins - supported accommodation', LA, SA, {
 'VARIANT': 'Emergency', 'FULL_NAME': 'Tyler Jenkins', 'DATE_OF_BIRTH': '11/12/2009', 'GENDER': 'Male', 'LCS_NUMBER': '7802213',
 'ADDRESS': 'Emergency foster placement (ends today)', 'LOCALITY': 'Out of county', 'LEGAL_STATUS': 'Looked after (interim care order)', 'UASC': NO, 'PARENT': NO,
 'REFERRER_NAME': 'Aled Thomas', 'REFERRER_ROLE': 'Team manager', 'REFERRER_TEAM': 'Safeguarding Team East', 'REFERRER_EMAIL': 'aled.thomas@council.test', 'REFERRER_PHONE': '01632 960 502',
 'SOCIAL_WORKER_NAME': 'Rhian Beddoe', 'SOCIAL_WORKER_EMAIL': 'rhian.beddoe@council.test', 'FGC_OFFERED': YES, 'FGC_DATE': '20.11.2026',
 'DIVERSION': 'FGC held 20/11 - no family member able to care. Mediation not appropriate (court proceedings).',
 'REASON': 'Tyler\'s emergency foster placement ends today following serious damage to the carers\' home. No other foster placements available in Wales.',
 'RISKS': 'To others - damage to property, threats to carers. From others - child criminal exploitation (NRM referral made Oct 2026). Cannabis daily. Missing episodes x4 since September.',
 'SUPPORT_NEEDS': '24 hour staffed placement, education re-engagement, CCE support worker.',
 'SAFETY_CONCERN': 'Without a placement tonight Tyler will return to the address of the adults exploiting him. He was missing for 36 hours last week and returned with injuries.',
 'DATE_NEEDED': '04/12/26', 'CONSENT': 'No - Tyler will not engage. Sharing without consent under Social Services and Well-being (Wales) Act s.130 / child at risk of significant harm.'},
 {'VARIANT': 'emergency', 'FULL_NAME': 'Tyler Jenkins', 'DATE_OF_BIRTH': '2009-12-11', 'DATE_NEEDED': '2026-12-04', 'CONSENT': 'no', 'REFERRER_EMAIL': 'aled.thomas@council.test',
  'REFERRER_NAME': 'Aled Thomas', 'PARENT': 'no', 'UASC': 'no', 'FGC_OFFERED': 'yes', 'FGC_DATE': '2026-11-20', 'LEGAL_STATUS': 'looked after', 'SOCIAL_WORKER_EMAIL': 'rhian.beddoe@council.test'},
 'Ffurflen Atgyfeirio / Referral Form - Supported Accommodation', doc='w16-ref-06_Tyler_Jenkins_EMERGENCY',
 cover='All,\n\nPlease see attached emergency referral for Tyler Jenkins (16). Tyler has not consented - basis for sharing is set out on the form (child at risk of significant harm).\nAllocated SW is Rhian Beddoe, copied in.\n\nAled Thomas\nRheolwr Tîm / Team Manager, Safeguarding East')

# ---------- 7 Emergency, raw phone-typed note
REFS.append(dict(id='w16-ref-07', form='referral', layout='raw', expect='routed', missing=None, subject='emergency ref yp callum hughes', **{'from': 'nia.harries@council.test'},
 body='''Hi brokerage, sorry sending from phone, on a home visit.

EMERGENCY referral
yp: Callum Hughes
dob 20/11/08
male, care leaver, not a parent, not UASC
LCS 6987720
currently: sofa at mates, 12 Stryd Fawr Cwmderi - has to leave today
pref area Cherwell
reason: fell out with nan who he lived with since 16, she's asked him to go after arguments about money
imm safety concern: has nowhere tonight, mate's mum has said no more, callum says he'll sleep in his car (no tax/insurance). its minus 3 forecast tonight
risks: drinks heavily w/e, one caution for criminal damage 2025, anxiety
support needs: budgeting, getting back into work (was doing CSCS course), GP
FGC offered: yes, 25/11/26, nan said no
tried: nan and aunt both no. mediation offered, callum won't
date needed: today 4/12
consent: yes he's happy for me to refer and share

me: Nia Harries, Leaving Care PA, Cwm Tawel 16+ team
nia.harries@council.test / 07700 900 388

Nia
Sent from my iPhone''',
 values={'VARIANT': 'emergency', 'FULL_NAME': 'Callum Hughes', 'DATE_OF_BIRTH': '2008-11-20', 'DATE_NEEDED': '2026-12-04', 'CONSENT': 'yes', 'REFERRER_EMAIL': 'nia.harries@council.test',
  'REFERRER_NAME': 'Nia Harries', 'PARENT': 'no', 'UASC': 'no', 'FGC_OFFERED': 'yes', 'FGC_DATE': '2026-11-25', 'LEGAL_STATUS': 'care leaver', 'LCS_NUMBER': '6987720'}))

NA = 'Not applicable - non-emergency'
# ---------- 8 Non-emergency, body grid (CMS export)
ref('w16-ref-08', 'grid', 'rachel.price@council.test', 'Supported accommodation referral (non-emergency) - Amber Rees - LCS 6502119', LB, SB, {
 'VARIANT': 'Non-emergency', 'FULL_NAME': 'Amber Rees', 'DATE_OF_BIRTH': '07/07/2006', 'GENDER': 'Female', 'LCS_NUMBER': '6502119',
 'ADDRESS': 'Flat 2, 9 Ffordd y Parc, Pontyglas (staying put with former foster carer)', 'LOCALITY': 'Oxford City', 'LEGAL_STATUS': 'Care leaver', 'UASC': 'YN:no', 'PARENT': 'YN:no',
 'REFERRER_NAME': 'Rachel Price', 'REFERRER_ROLE': 'Personal adviser', 'REFERRER_TEAM': 'Leaving Care Service', 'REFERRER_EMAIL': 'rachel.price@council.test', 'REFERRER_PHONE': '01632 960 117',
 'SOCIAL_WORKER_NAME': 'Not recorded', 'SOCIAL_WORKER_EMAIL': 'Not recorded', 'FGC_OFFERED': 'YN:yes', 'FGC_DATE': '18/11/2026 (held)',
 'DIVERSION': 'FGC held 18/11. Staying put arrangement ending as carer is retiring and moving away. Birth mum not an option.',
 'REASON': 'Amber starts a university course in Oxford in January and wants to move nearer. Her staying put arrangement ends 31/12/2026.',
 'RISKS': 'Low. Historic self harm (none for 2 years). No substance misuse, no offending.',
 'SUPPORT_NEEDS': 'Low-medium: managing a tenancy for the first time, student finance, keeping up with counselling.',
 'SAFETY_CONCERN': NA, 'DATE_NEEDED': '04/01/2027', 'CONSENT': 'YN:yes'},
 {'VARIANT': 'non-emergency', 'FULL_NAME': 'Amber Rees', 'DATE_OF_BIRTH': '2006-07-07', 'DATE_NEEDED': '2027-01-04', 'CONSENT': 'yes', 'REFERRER_EMAIL': 'rachel.price@council.test',
  'REFERRER_NAME': 'Rachel Price', 'PARENT': 'no', 'UASC': 'no', 'FGC_OFFERED': 'yes', 'FGC_DATE': '2026-11-18', 'LEGAL_STATUS': 'care leaver', 'LCS_NUMBER': '6502119'},
 'Referral', pre='Hello, referral for Amber below, printed from WCCIS. Non-emergency.\n\nSUPPORTED ACCOMMODATION ASSESSMENT AND REFERRAL FORM - case record export 03/12/2026 16:12\n\n',
 post='\n\nKind regards\nRachel Price\nPersonal Adviser | Cwm Tawel CBC')

# ---------- 9 Non-emergency, docx twocol bilingual
ref('w16-ref-09', 'docx:twocol', 'mererid.evans@council.test', 'Non-emergency referral - Owain Lewis', LA, SA, {
 'VARIANT': 'Non-emergency / Heb fod yn argyfwng', 'FULL_NAME': 'Owain Lewis', 'DATE_OF_BIRTH': '22/06/2009', 'GENDER': 'Male', 'LCS_NUMBER': '7450016',
 'ADDRESS': '17 Lôn Derw, Cwmderi CF99 4TT', 'LOCALITY': 'West Oxfordshire', 'LEGAL_STATUS': 'Looked after', 'UASC': NO, 'PARENT': NO,
 'REFERRER_NAME': 'Mererid Evans', 'REFERRER_ROLE': 'Social worker', 'REFERRER_TEAM': 'Children Looked After Team', 'REFERRER_EMAIL': 'mererid.evans@council.test', 'REFERRER_PHONE': '01632 960 645',
 'SOCIAL_WORKER_NAME': '', 'SOCIAL_WORKER_EMAIL': '', 'FGC_OFFERED': YES, 'FGC_DATE': '25/11/2026',
 'DIVERSION': 'FGC offered and held 25/11. Uncle in Witney willing to support at weekends but cannot house Owain.',
 'REASON': 'Owain\'s residential placement is a children\'s home for under-16s and a move is planned as part of his pathway plan. He wants to be near his uncle.',
 'RISKS': 'Some verbal aggression when anxious. Autistic (diagnosed 2019). No substance misuse.',
 'SUPPORT_NEEDS': 'Structured routine, autism-aware staff, support into college (starting Jan).',
 'SAFETY_CONCERN': 'N/A', 'DATE_NEEDED': '11/01/2027', 'CONSENT': YES},
 {'VARIANT': 'non-emergency', 'FULL_NAME': 'Owain Lewis', 'DATE_OF_BIRTH': '2009-06-22', 'DATE_NEEDED': '2027-01-11', 'CONSENT': 'yes', 'REFERRER_EMAIL': 'mererid.evans@council.test',
  'REFERRER_NAME': 'Mererid Evans', 'PARENT': 'no', 'UASC': 'no', 'FGC_OFFERED': 'yes', 'FGC_DATE': '2026-11-25', 'LEGAL_STATUS': 'looked after'},
 'Ffurflen Asesu ac Atgyfeirio Llety â Chymorth / Supported Accommodation Assessment and Referral Form', doc='w16-ref-09_referral_OLewis',
 cover='Prynhawn da / Good afternoon,\n\nPlease find attached a planned (non-emergency) referral for Owain Lewis, 17. FGC took place 25/11.\n\nDiolch\nMererid Evans\nGweithiwr Cymdeithasol / Social Worker')

# ---------- 10 Non-emergency, pdf twocol, parent, 23
ref('w16-ref-10', 'pdf:twocol', 'joanne.whitlock@council.test', 'Referral - Cerys Powell (non-emergency, parent)', LC, SC, {
 'VARIANT': 'Non-emergency', 'FULL_NAME': 'Cerys Powell', 'DATE_OF_BIRTH': '14th February 2003', 'GENDER': 'Female', 'LCS_NUMBER': '5998731',
 'ADDRESS': 'Ty Hafan mother and baby unit, Room 4, Pontyglas', 'LOCALITY': 'Cherwell', 'LEGAL_STATUS': 'Care leaver', 'UASC': NO, 'PARENT': YES,
 'REFERRER_NAME': 'Joanne Whitlock', 'REFERRER_ROLE': 'Personal Adviser (21+)', 'REFERRER_TEAM': 'Leaving Care, Cwm Tawel County Borough Council', 'REFERRER_EMAIL': 'joanne.whitlock@council.test', 'REFERRER_PHONE': '01632 960 874',
 'SOCIAL_WORKER_NAME': 'Emma Carroll (baby\'s SW)', 'SOCIAL_WORKER_EMAIL': 'emma.carroll@council.test', 'FGC_OFFERED': YES, 'FGC_DATE': '12/11/2026',
 'DIVERSION': 'FGC 12/11 - maternal grandmother supportive but has a 1-bed flat.',
 'REASON': 'Cerys and her daughter (14 months) are due to move on from the mother and baby unit; the parenting assessment was positive and the unit want her to move on by the new year.',
 'RISKS': 'Previous DV relationship (ex-partner in prison until 2028). Depression - on medication, stable.',
 'SUPPORT_NEEDS': 'Parents service, help with nursery, budgeting, maintain GP and health visitor links.',
 'SAFETY_CONCERN': '', 'DATE_NEEDED': '21.12.2026', 'CONSENT': YES},
 {'VARIANT': 'non-emergency', 'FULL_NAME': 'Cerys Powell', 'DATE_OF_BIRTH': '2003-02-14', 'DATE_NEEDED': '2026-12-21', 'CONSENT': 'yes', 'REFERRER_EMAIL': 'joanne.whitlock@council.test',
  'REFERRER_NAME': 'Joanne Whitlock', 'PARENT': 'yes', 'UASC': 'no', 'FGC_OFFERED': 'yes', 'FGC_DATE': '2026-11-12', 'LEGAL_STATUS': 'care leaver', 'SOCIAL_WORKER_EMAIL': 'emma.carroll@council.test'},
 'Supported Accommodation Assessment and Referral Form', doc='w16-ref-10_CPowell_referral',
 cover='Hi\nAttached is a non-emergency referral for Cerys Powell (23) and her daughter. Cerys is a care leaver - Parents pathway please.\nThanks, Jo\n\nJoanne Whitlock\nPersonal Adviser\nCwm Tawel CBC')

# ---------- 11 Non-emergency, body numbered, INVALID: DATE_NEEDED blank
ref('w16-ref-11', 'numbered', 'owen.bryant@council.test', 'Referral form - Mason Thomas - YJS', LC, SC, {
 'VARIANT': 'Non-emergency', 'FULL_NAME': 'Mason Thomas', 'DATE_OF_BIRTH': '03/04/2008', 'GENDER': 'Male', 'LCS_NUMBER': 'N/K',
 'ADDRESS': '6 Clos Glan yr Afon, Abercarn Fach', 'LOCALITY': 'Oxford City', 'LEGAL_STATUS': 'Not known to social care', 'UASC': NO, 'PARENT': NO,
 'REFERRER_NAME': 'Owen Bryant', 'REFERRER_ROLE': 'YJS case manager', 'REFERRER_TEAM': 'Cwm Tawel Youth Justice Service', 'REFERRER_EMAIL': 'owen.bryant@council.test', 'REFERRER_PHONE': '07700 900 531',
 'SOCIAL_WORKER_NAME': 'None allocated', 'FGC_OFFERED': YES, 'FGC_DATE': '30/11/2026',
 'DIVERSION': 'FGC 30/11/26. Mum willing to keep Mason until he has somewhere, but relationship is strained. Mediation sessions with Llamau ongoing.',
 'REASON': 'Mason is on a referral order and his YJS plan includes moving towards independence. Home is overcrowded (5 siblings) and there is conflict with mum\'s partner.',
 'RISKS': 'Offending: possession with intent (cannabis) 2025. Some risk from peers. Low mental health risk.',
 'SUPPORT_NEEDS': 'Independent living skills, ETE (wants an apprenticeship), keep attending YJS appointments.',
 'SAFETY_CONCERN': 'N/A', 'DATE_NEEDED': '', 'CONSENT': YES},
 {'VARIANT': 'non-emergency', 'FULL_NAME': 'Mason Thomas', 'DATE_OF_BIRTH': '2008-04-03', 'CONSENT': 'yes', 'REFERRER_EMAIL': 'owen.bryant@council.test',
  'REFERRER_NAME': 'Owen Bryant', 'PARENT': 'no', 'UASC': 'no', 'FGC_OFFERED': 'yes', 'FGC_DATE': '2026-11-30', 'LEGAL_STATUS': 'not known to social care'},
 'Referral', missing='DATE_NEEDED',
 pre='Morning,\n\nPlease find Mason\'s referral typed in below (our system won\'t let me attach today).\n\nSupported Accommodation Assessment and Referral - NON-EMERGENCY\n\n',
 post='\n\nRegards\nOwen Bryant\nCase Manager | Youth Justice Service | Cwm Tawel CBC')

# ---------- 12 Non-emergency, docx numbered
ref('w16-ref-12', 'docx:numbered', 'sara.collins@council.test', 'Non-emergency referral: Nia Griffiths', LC, SC, {
 'VARIANT': 'Non-emergency', 'FULL_NAME': 'Nia Griffiths', 'DATE_OF_BIRTH': '10/10/2007', 'GENDER': 'Female', 'LCS_NUMBER': '6877341',
 'ADDRESS': '28 Heol Glyn, Tonmawr', 'LOCALITY': 'South Oxfordshire', 'LEGAL_STATUS': 'Care leaver', 'UASC': NO, 'PARENT': NO,
 'REFERRER_NAME': 'Sara Collins', 'REFERRER_ROLE': 'Housing options officer', 'REFERRER_TEAM': 'Housing Options, Cwm Tawel CBC', 'REFERRER_EMAIL': 'sara.collins@council.test', 'REFERRER_PHONE': '01632 960 289',
 'SOCIAL_WORKER_NAME': 'Huw Rowlands (PA)', 'SOCIAL_WORKER_EMAIL': 'huw.rowlands@council.test', 'FGC_OFFERED': YES, 'FGC_DATE': '19/11/2026',
 'DIVERSION': 'FGC 19/11. Nia\'s dad offered a room from February but Nia does not feel safe there. Friends\' family can keep her to end of December.',
 'REASON': 'Nia is currently staying with a friend\'s family. She wants to move nearer her apprenticeship placement with a care provider in Didcot.',
 'RISKS': 'Risk from others: previous CSE concerns (2023, closed). Anxiety. No current substance misuse.',
 'SUPPORT_NEEDS': 'Medium support. Budgeting, travel training, ongoing counselling.',
 'SAFETY_CONCERN': 'N/A', 'DATE_NEEDED': '28/12/2026', 'CONSENT': YES},
 {'VARIANT': 'non-emergency', 'FULL_NAME': 'Nia Griffiths', 'DATE_OF_BIRTH': '2007-10-10', 'DATE_NEEDED': '2026-12-28', 'CONSENT': 'yes', 'REFERRER_EMAIL': 'sara.collins@council.test',
  'REFERRER_NAME': 'Sara Collins', 'PARENT': 'no', 'UASC': 'no', 'FGC_OFFERED': 'yes', 'FGC_DATE': '2026-11-19', 'LEGAL_STATUS': 'care leaver', 'SOCIAL_WORKER_EMAIL': 'huw.rowlands@council.test'},
 'Supported Accommodation Assessment and Referral Form', doc='w16-ref-12_NGriffiths_referral', logo='Cwm Tawel CBC - Opsiynau Tai / Housing Options',
 cover='Dear Brokerage team,\n\nAttached is a referral for Nia Griffiths, completed jointly with her PA Huw Rowlands. Non-emergency.\n\nKind regards,\nSara Collins\nHousing Options Officer',
 footer='Housing Options, Canolfan Ddinesig / Civic Centre, Cwmderi. This form contains personal data - handle in line with the council\'s data protection policy.')

# ---------- 13 Non-emergency, docx boxes, UASC
ref('w16-ref-13', 'docx:boxes', 'tom.halliwell@council.test', 'Referral (planned) - Samir Haidari - UASC', LC, SC, {
 'VARIANT': 'Non-emergency (planned move)', 'FULL_NAME': 'Samir Haidari', 'DATE_OF_BIRTH': '01/02/2009', 'GENDER': 'Male', 'LCS_NUMBER': '7912054',
 'ADDRESS': 'Foster placement, Pontyglas', 'LOCALITY': 'Oxford City', 'LEGAL_STATUS': 'Looked after (s.20)', 'UASC': YES, 'PARENT': NO,
 'REFERRER_NAME': 'Tom Halliwell', 'REFERRER_ROLE': 'Social worker', 'REFERRER_TEAM': 'UASC and Children Looked After Team', 'REFERRER_EMAIL': 'tom.halliwell@council.test', 'REFERRER_PHONE': '01632 960 956',
 'FGC_OFFERED': YES, 'FGC_DATE': '16/11/2026 (no family in UK - held with foster carer and mentor)',
 'DIVERSION': 'No family in the UK. Foster carer cannot continue after Christmas due to own health.',
 'REASON': 'Samir\'s foster placement is ending and he would like to live near the Afghan community in Oxford where he has friends and attends college.',
 'RISKS': 'Trauma from journey to UK; nightmares, low mood. Risk of exploitation from adults offering work. No offending.',
 'SUPPORT_NEEDS': 'Dari interpreter for key meetings, immigration solicitor appointments, ESOL, trauma-informed support.',
 'SAFETY_CONCERN': 'N/A', 'DATE_NEEDED': 'w/c 04/01/2027 (Mon 04/01/2027)', 'CONSENT': YES},
 {'VARIANT': 'non-emergency', 'FULL_NAME': 'Samir Haidari', 'DATE_OF_BIRTH': '2009-02-01', 'DATE_NEEDED': '2027-01-04', 'CONSENT': 'yes', 'REFERRER_EMAIL': 'tom.halliwell@council.test',
  'REFERRER_NAME': 'Tom Halliwell', 'PARENT': 'no', 'UASC': 'yes', 'FGC_OFFERED': 'yes', 'FGC_DATE': '2026-11-16', 'LEGAL_STATUS': 'looked after'},
 'Supported Accommodation Assessment and Referral Form', doc='w16-ref-13_SHaidari_planned',
 cover='Hello,\n\nPlease see attached planned referral for Samir (UASC, 17).\n\nTom Halliwell\nSocial Worker, UASC & CLA Team\nCwm Tawel CBC\n01632 960956')

# ---------- 14 Non-emergency, pdf ynform
ref('w16-ref-14', 'pdf:yn', 'lisa.mccarthy@council.test', 'Non-emergency referral - Megan Evans', LC, SC, {
 'VARIANT': 'Non-emergency', 'FULL_NAME': 'Megan Evans', 'DATE_OF_BIRTH': '24/12/2005', 'GENDER': 'Female', 'LCS_NUMBER': '6311870',
 'ADDRESS': 'Cwm Tawel Foyer, Room 12, Stryd y Bont, Cwmderi', 'LOCALITY': 'Vale of White Horse', 'LEGAL_STATUS': 'Care leaver', 'UASC': NO, 'PARENT': NO,
 'REFERRER_NAME': 'Lisa McCarthy', 'REFERRER_ROLE': 'Leaving Care PA', 'REFERRER_TEAM': '16+ Team, Cwm Tawel CBC', 'REFERRER_EMAIL': 'lisa.mccarthy@council.test', 'REFERRER_PHONE': '07700 900 274',
 'FGC_OFFERED': YES, 'FGC_DATE': '09/11/2026',
 'DIVERSION': 'FGC 9/11/26 - mum and Megan reconciled but mum lives in a 1-bed. Sister in Abingdon supportive.',
 'REASON': 'Megan has been at the foyer 18 months and is ready for move-on; she has a job offer in Abingdon near her sister.',
 'RISKS': 'Low. Past alcohol misuse, now abstinent 12 months.',
 'SUPPORT_NEEDS': 'Low - tenancy sustainment, budgeting with new wage.',
 'SAFETY_CONCERN': 'N/A', 'DATE_NEEDED': '18/01/2027', 'CONSENT': YES},
 {'VARIANT': 'non-emergency', 'FULL_NAME': 'Megan Evans', 'DATE_OF_BIRTH': '2005-12-24', 'DATE_NEEDED': '2027-01-18', 'CONSENT': 'yes', 'REFERRER_EMAIL': 'lisa.mccarthy@council.test',
  'REFERRER_NAME': 'Lisa McCarthy', 'PARENT': 'no', 'UASC': 'no', 'FGC_OFFERED': 'yes', 'FGC_DATE': '2026-11-09', 'LEGAL_STATUS': 'care leaver'},
 'Supported Accommodation Assessment and Referral Form', doc='w16-ref-14_MEvans_referral',
 cover='Hi all, non-emergency referral for Megan Evans attached as PDF. Any questions give me a ring.\nLisa McCarthy, Leaving Care PA, 07700 900274')
