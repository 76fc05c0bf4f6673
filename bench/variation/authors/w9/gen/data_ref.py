CC_LOGO = 'CALDERBRIDGE CITY COUNCIL &nbsp;|&nbsp; Children and Families Directorate'
CC_FOOT = 'OFFICIAL-SENSITIVE when complete. Exported from LCS case management system. Calderbridge City Council, Civic Centre, Moorgate, Calderbridge CB1 2AA.'
LC_LOGO = 'Calderbridge City Council &mdash; Leaving Care Service (Pathways Team)'
LC_FOOT = 'Pathways Team, 3rd Floor Weaver House, Calderbridge. OFFICIAL-SENSITIVE. Form LC-SA1 v4 (Jan 2026)'
YJ_LOGO = 'Calderbridge Youth Justice Service &mdash; Calderbridge City Council'
YJ_FOOT = 'Youth Justice Service, Kestrel Court, Calderbridge. OFFICIAL-SENSITIVE. Do not forward outside secure email.'

REFS = []


def R(**k):
    REFS.append(k)


# ---------------- Emergency ----------------
R(id='w9-ref-01', layout='docx:cms', frm='joanne.pickersgill@council.test',
  subject='EMERGENCY Supported Accommodation Referral - Kayden Whitworth - LCS 1184273',
  cover='Hi Brokerage,\n\nPlease find attached an emergency supported accommodation referral for Kayden, exported from LCS. He needs somewhere tonight - he cannot go home. I am on my mobile all day.\n\nMany thanks\nJoanne\n\nJoanne Pickersgill\nSocial Worker, Children\'s Front Door (Assessment Team 2)\nCalderbridge City Council\n0161 496 0732',
  title='Supported Accommodation Assessment and Referral Form', logo=CC_LOGO, footer=CC_FOOT,
  cms_meta='Form: SAARF (Supported Accommodation Assessment and Referral) &nbsp; Case ID: 1184273 &nbsp; Exported: 04/12/2026 08:41 by jpickersgill',
  data=dict(
    VARIANT=('Emergency', 'emergency'), FULL_NAME='Kayden Lee Whitworth', DATE_OF_BIRTH=('14/02/2009', '2009-02-14'),
    GENDER='Male', LCS_NUMBER='1184273', ADDRESS='Sofa surfing - last night at a friend\'s, 22 Mill Brow, Ashby Vale (cannot stay again)',
    LOCALITY='Oxford City', LEGAL_STATUS='Child in need', UASC=('No', 'no'), PARENT=('No', 'no'),
    REFERRER_NAME='Joanne Pickersgill', REFERRER_ROLE='Social Worker', REFERRER_TEAM="Children's Front Door - Assessment Team 2",
    REFERRER_EMAIL='joanne.pickersgill@council.test', REFERRER_PHONE='0161 496 0732',
    SOCIAL_WORKER_NAME='N/A - referrer is allocated SW', FGC_OFFERED=('No - emergency, to be offered once YP is safe', 'no'),
    FGC_DATE='N/K',
    DIVERSION='Maternal aunt (Tracey Whitworth) contacted 03/12 - has a one bed flat and two children, cannot accommodate. Paternal grandmother declined. Mediation with mum attempted by FD worker by phone 03/12, mum will not have Kayden home while partner is there.',
    REASON='Kayden (17) was assaulted at home on the evening of 02/12/2026 by his mother\'s partner. Mum has told him he cannot return. He has nowhere safe to stay from tonight and has been sleeping at different friends\' houses.',
    SAFETY_CONCERN='Kayden has bruising to his face and ribs from the assault. The partner has messaged him saying he will "finish him" if he comes back to the house. He has no safe place to sleep tonight (04/12) and is at risk of rough sleeping or going to older peers known to the police.',
    RISKS='To self: low mood, has said he "doesn\'t care what happens". From others: mum\'s partner (threats); older peers in Ashby Vale linked to county lines. Substance misuse: cannabis daily. Offending: none recorded. Mental health: not known to CAMHS, GP appt being made.',
    SUPPORT_NEEDS='Emotional support, registering with GP, budgeting (no income yet - needs help to claim), staying in college (Level 2 Motor Vehicle at Calderbridge College).',
    DATE_NEEDED=('04/12/2026', '2026-12-04'), CONSENT=('Yes', 'yes')))

R(id='w9-ref-02', layout='docx:boxes', frm='rebecca.haworth@council.test',
  subject='Emergency referral - T Oduya - Leaving Care',
  cover='Good morning,\n\nPlease see attached emergency referral for Tamsin Oduya, one of my care leavers. She left her flat last night after her ex-partner turned up there. She is at the office with me now.\n\nKind regards\n\nRebecca Haworth\nPersonal Adviser | Leaving Care Service (Pathways Team)\nCalderbridge City Council\nMob: 07700 900218',
  title='Supported Accommodation Assessment and Referral Form (Leaving Care)', logo=LC_LOGO, footer=LC_FOOT,
  data=dict(
    VARIANT=('EMERGENCY', 'emergency'), FULL_NAME='Tamsin Grace Oduya', DATE_OF_BIRTH=('30/06/2007', '2007-06-30'),
    GENDER='Female', LCS_NUMBER='1029455', ADDRESS='Flat 4, Brindle House, Canal Street, Calderbridge (has left, unsafe)',
    LOCALITY='Cherwell (away from Calderbridge)', LEGAL_STATUS='Care leaver (former relevant)', UASC=('No', 'no'),
    PARENT=('No', 'no'), REFERRER_NAME='Rebecca Haworth', REFERRER_ROLE='Personal Adviser',
    REFERRER_TEAM='Leaving Care Service - Pathways Team', REFERRER_EMAIL='rebecca.haworth@council.test',
    REFERRER_PHONE='07700 900218', SOCIAL_WORKER_NAME='Same as above', FGC_OFFERED=('No', 'no'), FGC_DATE='N/A',
    DIVERSION='Tamsin has no family she can go to (mother deceased, no contact with father). Her friend\'s mum let her stay last night only. Not appropriate for mediation.',
    REASON='Tamsin\'s ex-partner (MARAC heard 2025) has found out where she lives and came to the flat at about 10pm on 03/12/2026, banging on the door and shouting. She escaped via a neighbour. She cannot return to that address and needs accommodation out of the area.',
    SAFETY_CONCERN='Ex-partner has a history of serious domestic abuse against Tamsin including strangulation. He now knows her address and has threatened to "get her" in messages this morning. She is not safe at her flat or anywhere he knows about. Police aware.',
    RISKS='From others: high risk DA (DASH high risk, MARAC). To self: history of overdose 2024, none since. Substance misuse: alcohol at weekends. Mental health: anxiety, on sertraline. Offending: none.',
    SUPPORT_NEEDS='Safety planning, IDVA link (already has one - Kirsty at Safe Haven), help to transfer UC claim, GP registration in new area, emotional support.',
    DATE_NEEDED=('04/12/2026', '2026-12-04'), CONSENT=('Yes - signed 04/12/26', 'yes')))

R(id='w9-ref-03', layout='body:note', frm='daniel.ackroyd@council.test',
  subject='URGENT emergency accom referral - Reece Armitage (YJS)',
  data=dict(
    VARIANT=('Emergency', 'emergency'), FULL_NAME='Reece Armitage', DATE_OF_BIRTH=('23/11/08', '2008-11-23'),
    GENDER='M', LCS_NUMBER='1093310', ADDRESS='NFA - was at nan\'s 7 Hollin Lane, Brackley Moor',
    LOCALITY='South Oxfordshire', LEGAL_STATUS='Care leaver', UASC=('N', 'no'), PARENT=('N', 'no'),
    REFERRER_NAME='Daniel Ackroyd', REFERRER_ROLE='YJS Case Manager', REFERRER_TEAM='Youth Justice Service',
    REFERRER_EMAIL='daniel.ackroyd@council.test', REFERRER_PHONE='07700 900561',
    SOCIAL_WORKER_NAME='Nadia Ferris (LC PA)', SOCIAL_WORKER_EMAIL='nadia.ferris@council.test',
    FGC_OFFERED=('N - emergency', 'no'), FGC_DATE='N/K',
    DIVERSION='nan can\'t have him back (windows put through), uncle declined, no friends suitable',
    REASON='YP turned 18 last month, bail address at nan\'s has broken down after windows smashed in on Weds night. Nan won\'t have him back. Court on 14/12.',
    SAFETY_CONCERN='rival group put nan\'s windows through 2/12 and one of them pulled a knife on YP outside the Co-op yesterday. YP says they know where he stays. Needs out of area tonight.',
    RISKS='from others - serious youth violence, knife threat. offending - robbery x1 (2025), on bail for affray. cannabis. MH - ADHD, no meds',
    SUPPORT_NEEDS='bail compliance, appts with YJS/probation transition, ADHD review, benefits, ETE',
    DATE_NEEDED=('today 4/12/26', '2026-12-04'), CONSENT=('Y', 'yes')),
  body='''Brokerage - sending from my phone, sorry it's brief. Full form to follow but need a bed TODAY pls

EMERGENCY referral
YP: Reece Armitage
DOB 23/11/08 (just 18)
Gender M
LCS 1093310
Currently NFA - was at nan's 7 Hollin Lane, Brackley Moor
Area: South Oxfordshire or anywhere out of Calderbridge
Care leaver. UASC N. Parent N
SW/PA: Nadia Ferris (LC PA) nadia.ferris@council.test

Why: bail address at nan's has broken down after her windows got smashed Weds night. Nan won't have him back. Court on 14/12.
Immediate safety concern: rival group put nan's windows through 2/12 and one of them pulled a knife on YP outside the Co-op yesterday. YP says they know where he stays. Needs out of area tonight.
Risks: from others - serious youth violence, knife threat. offending - robbery x1 (2025), on bail for affray. cannabis. MH - ADHD, no meds
Support: bail compliance, YJS/probation transition, ADHD review, benefits, ETE
Diversion: nan can't have him back, uncle declined, no friends suitable
FGC offered: N - emergency. FGC date N/K
Date needed: today 4/12/26
Consent: Y (YP agreed in interview room this am)

Daniel Ackroyd
YJS Case Manager, Youth Justice Service
07700 900561
daniel.ackroyd@council.test
''')

R(id='w9-ref-04', layout='pdf:ticks', frm='imran.qureshi@council.test',
  subject='Emergency SA referral - Shannon Birtwistle and baby',
  cover='Hello,\n\nAttached is an emergency referral (PDF) for Shannon and her 4 month old son. Shannon is a care leaver and is a parent so she will need a Parents placement. Please ring me if you need anything else.\n\nThanks,\nImran Qureshi\nPersonal Adviser, Leaving Care Service\nTel 0161 496 0845',
  title='Supported Accommodation Assessment & Referral - Leaving Care', logo=LC_LOGO, footer=LC_FOOT,
  yn_detail={'UASC': '', 'PARENT': 'Son, Alfie, born 02/08/2026', 'FGC_OFFERED': 'Not appropriate - DA from partner; no family network', 'CONSENT': 'Shannon agreed 04/12/2026'},
  data=dict(
    VARIANT=('Emergency', 'emergency'), FULL_NAME='Shannon Marie Birtwistle', DATE_OF_BIRTH=('9 Aug 2005', '2005-08-09'),
    GENDER='Female', LCS_NUMBER='N/K', ADDRESS='Women\'s refuge (temporary, must leave today - no space for under 1s past 48 hrs)',
    LOCALITY='Vale of White Horse', LEGAL_STATUS='Care leaver', UASC=('No', 'no'), PARENT=('Yes', 'yes'),
    REFERRER_NAME='Imran Qureshi', REFERRER_ROLE='Personal Adviser', REFERRER_TEAM='Leaving Care Service',
    REFERRER_EMAIL='imran.qureshi@council.test', REFERRER_PHONE='0161 496 0845',
    SOCIAL_WORKER_NAME="Baby's SW: Laura Cowgill", SOCIAL_WORKER_EMAIL='laura.cowgill@council.test',
    FGC_OFFERED=('No', 'no'), FGC_DATE='N/A',
    DIVERSION='No family or friends able to help. Shannon\'s foster carer (previous placement) has been asked but has no room for a baby.',
    REASON='Shannon fled her partner on 02/12/2026 after an assault and went to the emergency refuge. The refuge cannot keep her and the baby beyond today. She needs a Parents placement.',
    SAFETY_CONCERN='Shannon was assaulted by her partner on 2 December while holding the baby. He has since been released under investigation and is looking for her. If she has nowhere to go today she says she will go back to him, which would put her and the baby at immediate risk.',
    RISKS='From others: DA from partner (high risk DASH). To self: post natal depression, no self harm. Substance misuse: none. Offending: none. Exploitation: none known.',
    SUPPORT_NEEDS='Parenting support, health visitor transfer, safety planning, help with Universal Credit change of circumstances, perinatal mental health.',
    DATE_NEEDED=('04.12.2026', '2026-12-04'), CONSENT=('Yes', 'yes')))

R(id='w9-ref-05', layout='docx:cms', frm='claire.entwistle@council.test', missing='REFERRER_PHONE', expect='rejected',
  subject='Emergency accommodation referral - Lewis Mottram',
  cover='Dear colleagues,\n\nPlease see attached emergency referral for Lewis Mottram (16). His foster placement ended this morning. Any questions please email me.\n\nRegards\nClaire Entwistle\nSocial Worker, Children in Care Team 1',
  title='Supported Accommodation Assessment and Referral Form', logo=CC_LOGO, footer=CC_FOOT,
  cms_meta='Form: SAARF &nbsp; Case ID: 1201877 &nbsp; Exported: 04/12/2026 08:12 by centwistle',
  data=dict(
    VARIANT=('Emergency', 'emergency'), FULL_NAME='Lewis James Mottram', DATE_OF_BIRTH=('02/04/2010', '2010-04-02'),
    GENDER='Male', LCS_NUMBER='1201877', ADDRESS='Foster placement, 31 Larkfield Road, Hebble Bridge (ended 04/12/26)',
    LOCALITY='West Oxfordshire', LEGAL_STATUS='Looked after (s20)', UASC=('No', 'no'), PARENT=('No', 'no'),
    REFERRER_NAME='Claire Entwistle', REFERRER_ROLE='Social Worker', REFERRER_TEAM='Children in Care Team 1',
    REFERRER_EMAIL='claire.entwistle@council.test', REFERRER_PHONE='',
    SOCIAL_WORKER_NAME='N/A', FGC_OFFERED=('No', 'no'), FGC_DATE='N/K',
    DIVERSION='Dad contacted, refuses. Mum in prison. No other family identified. Foster carer cannot continue.',
    REASON='Lewis\'s foster placement broke down overnight after he damaged the carers\' property. The carers have given immediate notice. No other foster placement is available.',
    SAFETY_CONCERN='Lewis left the placement at 2am after the incident and was found by police at 5am with two adult males in a car in Hebble Bridge. He is vulnerable to exploitation and has nowhere to sleep tonight.',
    RISKS='Exploitation (CCE concerns, NRM submitted 2025). Going missing (3 episodes in Nov). Cannabis. Damage to property when angry.',
    SUPPORT_NEEDS='High level of support, education (currently on reduced timetable at Moorside PRU), CAMHS re-referral.',
    DATE_NEEDED=('04/12/2026', '2026-12-04'), CONSENT=('Yes', 'yes')))

R(id='w9-ref-06', layout='body:bold', frm='hannah.lofthouse@council.test',
  subject='RE: Emergency referral - Abdi Warsame (UASC)',
  data=dict(
    VARIANT=('Emergency', 'emergency'), FULL_NAME='Abdi Warsame', DATE_OF_BIRTH=('01/01/2009 (assessed age)', '2009-01-01'),
    GENDER='Male', LCS_NUMBER='1215002', ADDRESS='Calderbridge Lodge Hotel (interim), Station Approach',
    LOCALITY='Oxford City', LEGAL_STATUS='Looked after (s20)', UASC=('Yes', 'yes'), PARENT=('No', 'no'),
    REFERRER_NAME='Hannah Lofthouse', REFERRER_ROLE='Social Worker', REFERRER_TEAM='UASC and Children in Care Team',
    REFERRER_EMAIL='hannah.lofthouse@council.test', REFERRER_PHONE='0161 496 0390',
    SOCIAL_WORKER_NAME='N/A', FGC_OFFERED=('No - no family in UK', 'no'), FGC_DATE='N/A',
    DIVERSION='No family or friends in the UK. Not suitable for mediation.',
    REASON='Abdi has been in interim hotel accommodation since arrival. Two men who he believes are linked to the people who brought him to the UK came to the hotel on 3rd Dec asking for him by name.',
    SAFETY_CONCERN='Men linked to his traffickers have located him at the hotel and told staff they would "come back for the boy". He is terrified and refused to go back there last night. He needs to be moved today to an address they do not know.',
    RISKS='From others: trafficking / modern slavery (NRM referral made 03/12/2026). To self: trauma symptoms, poor sleep. No substance misuse or offending known.',
    SUPPORT_NEEDS='Somali interpreter, ESOL, solicitor for asylum claim, health assessment, trauma-informed support.',
    DATE_NEEDED=('4th December 2026', '2026-12-04'), CONSENT=('Yes (via interpreter)', 'yes')),
  body_head='''Hi Sam,

Sorry - I should have sent this straight to the Brokerage inbox. Form pasted below as requested. Abdi is with me at the office and we need somewhere for him today.

Thanks
Hannah

Hannah Lofthouse
Social Worker, UASC and Children in Care Team
Calderbridge City Council
0161 496 0390

From: Sam Pilling <sam.pilling@council.test>
Sent: 04 December 2026 08:47
To: Hannah Lofthouse
Subject: RE: Emergency referral - Abdi Warsame (UASC)

Hannah, can you send the referral form to the Brokerage mailbox please, not to me - they won't pick it up otherwise. Sam

From: Hannah Lofthouse
Sent: 04 December 2026 08:30
Subject: Emergency referral - Abdi Warsame (UASC)

see below

SUPPORTED ACCOMMODATION ASSESSMENT AND REFERRAL FORM
''')

R(id='w9-ref-07', layout='docx:boxes', frm='martin.greenhalgh@council.test',
  subject='Emergency referral for supported accommodation - Jordan Fairclough',
  cover='Hi\n\nI am a Housing Options officer. Jordan presented to us this morning - please see the attached referral form. They have been sleeping in a car and I am very worried about them.\n\nRegards\nMartin Greenhalgh\nHousing Options Officer, Calderbridge City Council\n0161 496 0177',
  title='Supported Accommodation Assessment and Referral Form', logo='Calderbridge City Council &mdash; Housing Options &amp; Homelessness Prevention',
  footer='Housing Options, Civic Centre, Calderbridge. OFFICIAL-SENSITIVE. HO-YP-02',
  data=dict(
    VARIANT=('Emergency', 'emergency'), FULL_NAME='Jordan Fairclough', DATE_OF_BIRTH=('17.05.2007', '2007-05-17'),
    GENDER='Non-binary (they/them)', LCS_NUMBER='Not known', ADDRESS='Sleeping in own car (silver Corsa) at Ridgeway retail park',
    LOCALITY='Oxford City', LEGAL_STATUS='Not known to social care', UASC=('No', 'no'), PARENT=('No', 'no'),
    REFERRER_NAME='Martin Greenhalgh', REFERRER_ROLE='Housing Options Officer', REFERRER_TEAM='Housing Options, Calderbridge City Council',
    REFERRER_EMAIL='martin.greenhalgh@council.test', REFERRER_PHONE='0161 496 0177', SOCIAL_WORKER_NAME='None allocated',
    FGC_OFFERED=('No (not known to CSC)', 'no'), FGC_DATE='',
    DIVERSION='Parents asked Jordan to leave in October. Offered mediation, parents declined. Stayed with friends until mid-November.',
    REASON='Jordan has been sleeping in their car for 3 weeks. They are working part time but cannot afford a deposit. They presented in crisis today.',
    SAFETY_CONCERN='Temperatures forecast -4C tonight. Jordan told me this morning they have been thinking about ending their life and have looked up ways to do it. They agreed to see the crisis team today but need a safe place tonight - sleeping in the car again is not safe.',
    RISKS='To self: suicidal ideation (current), no plan stated. Mental health: depression, not in treatment. Substance misuse: none. Offending: none. From others: none known.',
    SUPPORT_NEEDS='Mental health support (crisis team referral made), GP, budgeting, help to save for a deposit.',
    DATE_NEEDED=('04/12/2026', '2026-12-04'), CONSENT=('Yes', 'yes')))

# ---------------- Non-emergency ----------------
R(id='w9-ref-08', layout='docx:cms', frm='nicola.barraclough@council.test',
  subject='Non-emergency SA referral - Courtney Lomax - LCS 1172640',
  cover='Hi,\n\nAttached is a planned (non-emergency) referral for Courtney Lomax. The FGC took place on 18 November. Courtney would like to move before Christmas if possible.\n\nMany thanks\nNicola Barraclough\nSocial Worker, Children\'s Front Door\n0161 496 0654',
  title='Supported Accommodation Assessment and Referral Form', logo=CC_LOGO, footer=CC_FOOT,
  cms_meta='Form: SAARF &nbsp; Case ID: 1172640 &nbsp; Exported: 03/12/2026 16:55 by nbarraclough',
  data=dict(
    VARIANT=('Non-emergency', 'non-emergency'), FULL_NAME='Courtney Lomax', DATE_OF_BIRTH=('30/09/2009', '2009-09-30'),
    GENDER='Female', LCS_NUMBER='1172640', ADDRESS='18 Fern Close, Lowbridge, Calderbridge CB6 4RT (mum\'s address)',
    LOCALITY='Cherwell', LEGAL_STATUS='Child in need', UASC=('No', 'no'), PARENT=('No', 'no'),
    REFERRER_NAME='Nicola Barraclough', REFERRER_ROLE='Social Worker', REFERRER_TEAM="Children's Front Door",
    REFERRER_EMAIL='nicola.barraclough@council.test', REFERRER_PHONE='0161 496 0654', SOCIAL_WORKER_NAME='N/A',
    FGC_OFFERED=('Yes', 'yes'), FGC_DATE=('18/11/2026', '2026-11-18'),
    DIVERSION='FGC held 18/11/26. Grandparents offered weekend stays but cannot have her full time. Two mediation sessions with mum (Oct/Nov) - relationship has improved but both agree Courtney living at home is not sustainable.',
    REASON='Long-standing conflict with mum and mum\'s partner. Courtney is staying at home for now but arguments are frequent and she has asked to move to supported accommodation to be able to focus on college.',
    RISKS='To self: occasional self harm (cutting) - last incident Aug 2026. From others: none current. Substance misuse: alcohol occasionally. Exploitation: none known. Offending: none. Mental health: CAMHS open.',
    SUPPORT_NEEDS='Independent living skills, cooking, budgeting, emotional support, keep CAMHS appointments, college attendance.',
    DATE_NEEDED=('14/12/2026', '2026-12-14'), CONSENT=('Yes', 'yes')))

R(id='w9-ref-09', layout='pdf:ticks', frm='adele.sugden@council.test',
  subject='Planned referral - Mason Holroyd - care leaver',
  cover='Dear Brokerage team,\n\nPlease see the attached PDF referral for Mason Holroyd, a care leaver aged 18. This is a planned move from his staying put arrangement in the new year.\n\nBest wishes\nAdele Sugden\nPersonal Adviser, Leaving Care Service',
  title='Supported Accommodation Assessment & Referral - Leaving Care', logo=LC_LOGO, footer=LC_FOOT,
  yn_detail={'FGC_OFFERED': 'Offered and held 25 Nov 2026', 'CONSENT': 'Signed copy on file'},
  data=dict(
    VARIANT=('Non-emergency', 'non-emergency'), FULL_NAME='Mason Holroyd', DATE_OF_BIRTH=('2008-03-12', '2008-03-12'),
    GENDER='Male', LCS_NUMBER='1066721', ADDRESS='Staying put with former foster carers, 9 Beacon View, Slackholme',
    LOCALITY='Oxford City', LEGAL_STATUS='Care leaver', UASC=('No', 'no'), PARENT=('No', 'no'),
    REFERRER_NAME='Adele Sugden', REFERRER_ROLE='Personal Adviser', REFERRER_TEAM='Leaving Care Service',
    REFERRER_EMAIL='adele.sugden@council.test', REFERRER_PHONE='07700 900734', SOCIAL_WORKER_NAME='N/A',
    FGC_OFFERED=('Yes', 'yes'), FGC_DATE=('25 Nov 2026', '2026-11-25'),
    DIVERSION='Staying put ends 31/12/2026 as carers are retiring and moving. Birth family not an option (no contact order history). FGC held 25/11 confirmed no family placement.',
    REASON='Mason\'s staying put arrangement is ending as his carers are moving away. He is not yet ready for his own tenancy and would benefit from 18+ shared supported accommodation for 6-12 months.',
    RISKS='Low risk. Mental health: mild anxiety. No offending, substance misuse or exploitation concerns.',
    SUPPORT_NEEDS='Tenancy readiness, budgeting, cooking, continuing his apprenticeship (joinery).',
    DATE_NEEDED=('04/01/2027', '2027-01-04'), CONSENT=('Yes', 'yes')))

R(id='w9-ref-10', layout='docx:boxes', frm='vikram.chauhan@council.test',
  subject='Supported accommodation referral (non-emergency) - Priya Mistry',
  cover='Hello,\n\nPlease find attached a non-emergency referral for Priya Mistry. Please note Priya has NOT consented to the referral - the basis for sharing without consent is set out on the form. Please call me before making any contact with Priya.\n\nVikram Chauhan\nSocial Worker, Adolescent Safeguarding Team\n0161 496 0921',
  title='Supported Accommodation Assessment and Referral Form', logo=CC_LOGO, footer=CC_FOOT,
  data=dict(
    VARIANT=('Non-emergency', 'non-emergency'), FULL_NAME='Priya Mistry', DATE_OF_BIRTH=('05/07/2008', '2008-07-05'),
    GENDER='Female', LCS_NUMBER='1150388', ADDRESS='Semi-independent placement, 2 Wharf Terrace, Calderbridge (placement ends 20/12)',
    LOCALITY='South Oxfordshire', LEGAL_STATUS='Care leaver', UASC=('No', 'no'), PARENT=('No', 'no'),
    REFERRER_NAME='Vikram Chauhan', REFERRER_ROLE='Social Worker', REFERRER_TEAM='Adolescent Safeguarding Team',
    REFERRER_EMAIL='vikram.chauhan@council.test', REFERRER_PHONE='0161 496 0921',
    SOCIAL_WORKER_NAME='Gemma Stansfield (PA)', SOCIAL_WORKER_EMAIL='gemma.stansfield@council.test',
    FGC_OFFERED=('Yes', 'yes'), FGC_DATE=('20/11/2026 (Priya did not attend)', '2026-11-20'),
    DIVERSION='FGC offered and arranged for 20/11, Priya did not attend. Family have said she cannot return home. No friends suitable - current associates are of concern.',
    REASON='Priya\'s current placement ends on 20/12/2026. She is at risk of child sexual exploitation from adult males in the Calderbridge area and a move out of area to supported accommodation is the plan agreed at the exploitation strategy meeting on 26/11/2026.',
    RISKS='From others: CSE - high (strategy meeting 26/11). Going missing: 6 episodes since Sept. Substance misuse: alcohol, ketamine. Mental health: low mood. Offending: none.',
    SUPPORT_NEEDS='Intensive key work, exploitation worker (Break Free project), sexual health, substance misuse service, education re-engagement.',
    DATE_NEEDED=('21/12/2026', '2026-12-21'),
    CONSENT=('No - declined. Shared without consent on safeguarding grounds: Priya is at significant risk of sexual exploitation and sharing is necessary to protect her (agreed by team manager Julie Marsden 03/12/2026).', 'no')))

R(id='w9-ref-11', layout='body:under', frm='paul.haigh@council.test', missing='DATE_OF_BIRTH', expect='rejected',
  subject='Supported accommodation referral - Ellis Brayshaw (non-emergency)',
  data=dict(
    VARIANT=('Non-emergency', 'non-emergency'), FULL_NAME='Ellis Brayshaw', DATE_OF_BIRTH='',
    GENDER='Male', LCS_NUMBER='1139904', ADDRESS='14 Ivy Street, Thornsett, Calderbridge',
    LOCALITY='West Oxfordshire', LEGAL_STATUS='Care leaver', UASC=('No', 'no'), PARENT=('No', 'no'),
    REFERRER_NAME='Paul Haigh', REFERRER_ROLE='Personal Adviser', REFERRER_TEAM='Leaving Care Service',
    REFERRER_EMAIL='paul.haigh@council.test', REFERRER_PHONE='07700 900642', SOCIAL_WORKER_NAME='N/A',
    FGC_OFFERED=('Yes', 'yes'), FGC_DATE=('01/12/2026', '2026-12-01'),
    DIVERSION='FGC held 1/12. Older brother offered a room from February but not before. Mediation with dad not wanted by Ellis.',
    REASON='Ellis is living with his dad who is drinking heavily again. Ellis wants to move out and is struggling to keep up with college. Planned move needed in the new year.',
    RISKS='Substance misuse: cannabis at weekends. Mental health: low mood, on waiting list for talking therapy. No offending. No exploitation concerns.',
    SUPPORT_NEEDS='Budgeting, cooking, support with college attendance, emotional support.',
    DATE_NEEDED=('11/01/2027', '2027-01-11'), CONSENT=('Yes', 'yes')),
  body_head='Hi Brokerage,\n\nPlease see the referral below for Ellis Brayshaw, one of my care leavers. This is not an emergency.\n\n',
  body_tail='\nThanks\nPaul Haigh\nPersonal Adviser, Leaving Care Service\nCalderbridge City Council\n')

R(id='w9-ref-12', layout='pdf:provider', frm='lorraine.moorhouse@council.test',
  subject='Non-emergency referral - Kieran Duckworth (22) - Leaving Care',
  cover='Hi team,\n\nAttached is a non-emergency referral for Kieran Duckworth who is 22 and still open to our service. FGC was held on 27/11. Please let me know if you need a risk assessment.\n\nThanks\nLorraine Moorhouse\nPersonal Adviser, Leaving Care Service\n0161 496 0508',
  title='Supported Accommodation Assessment and Referral Form', logo=LC_LOGO, footer=LC_FOOT,
  opt_choice={'VARIANT': 'Non-emergency'}, yn_detail={'FGC_OFFERED': 'Held 27/11/2026'},
  data=dict(
    VARIANT=('Non-emergency', 'non-emergency'), FULL_NAME='Kieran Duckworth', DATE_OF_BIRTH=('12 Jan 2004', '2004-01-12'),
    GENDER='Male', LCS_NUMBER='0987342', ADDRESS='Calderbridge YMCA hostel, room 12 (temporary)',
    LOCALITY='Vale of White Horse', LEGAL_STATUS='Care leaver', UASC=('No', 'no'), PARENT=('No', 'no'),
    REFERRER_NAME='Lorraine Moorhouse', REFERRER_ROLE='Personal Adviser', REFERRER_TEAM='Leaving Care Service',
    REFERRER_EMAIL='lorraine.moorhouse@council.test', REFERRER_PHONE='0161 496 0508', SOCIAL_WORKER_NAME='N/A',
    FGC_OFFERED=('Yes', 'yes'), FGC_DATE=('27/11/2026', '2026-11-27'),
    DIVERSION='FGC 27/11/26 - sister cannot accommodate (overcrowded). Family and friends exhausted. Mediation not relevant (no family home).',
    REASON='Kieran has been at the YMCA for 5 months. His licence ends at the end of January and he needs a step-down to 18+ single self-contained supported accommodation before his own tenancy.',
    RISKS='Offending: historic (shoplifting 2022), none since. Substance misuse: in recovery from alcohol, 8 months sober. Mental health: depression, on medication, stable.',
    SUPPORT_NEEDS='Keep recovery on track (CGL), budgeting, bidding for social housing, employment support.',
    DATE_NEEDED=('11/01/2027', '2027-01-11'), CONSENT=('Yes', 'yes')))

R(id='w9-ref-13', layout='docx:cms', frm='sophie.entwistle@council.test',
  subject='Non-emergency referral - Aaliyah Rahman (16) - LCS 1223419',
  cover='Hello Brokerage,\n\nPlease find attached a non-emergency referral for Aaliyah Rahman, aged 16. The FGC took place on 2 December and the family agree with the plan.\n\nThanks\nSophie Entwistle\nSocial Worker, Children\'s Front Door\n0161 496 0268',
  title='Supported Accommodation Assessment and Referral Form', logo=CC_LOGO, footer=CC_FOOT,
  cms_meta='Form: SAARF &nbsp; Case ID: 1223419 &nbsp; Exported: 03/12/2026 17:20 by sentwistle',
  data=dict(
    VARIANT=('Non-emergency', 'non-emergency'), FULL_NAME='Aaliyah Rahman', DATE_OF_BIRTH=('26/02/2010', '2010-02-26'),
    GENDER='Female', LCS_NUMBER='1223419', ADDRESS='c/o aunt, 63 Dyers Lane, Eastgate, Calderbridge',
    LOCALITY='Oxford City', LEGAL_STATUS='Child in need', UASC=('No', 'no'), PARENT=('No', 'no'),
    REFERRER_NAME='Sophie Entwistle', REFERRER_ROLE='Social Worker', REFERRER_TEAM="Children's Front Door",
    REFERRER_EMAIL='sophie.entwistle@council.test', REFERRER_PHONE='0161 496 0268', SOCIAL_WORKER_NAME='N/A',
    FGC_OFFERED=('Yes', 'yes'), FGC_DATE=('02/12/2026', '2026-12-02'),
    DIVERSION='FGC 02/12/2026. Aunt can keep Aaliyah until 18/12 only (moving abroad). Mediation with parents in Oct - parents not willing for her to return.',
    REASON='Aaliyah left home in September after conflict with parents over her relationships and schooling. She has been staying with her aunt, who is moving abroad in late December.',
    RISKS='From others: possible honour based abuse concerns (assessed as low/medium, police aware). Mental health: anxiety. No substance misuse or offending.',
    SUPPORT_NEEDS='Education (Year 12 at Eastgate Sixth Form), emotional support, independent living skills, 16/17 shared placement.',
    DATE_NEEDED=('18/12/2026', '2026-12-18'), CONSENT=('Yes', 'yes')))

R(id='w9-ref-14', layout='body:numbered', frm='craig.lumb@council.test',
  subject='Supported Accommodation Referral - Callum Nuttall - non emergency',
  data=dict(
    VARIANT=('Non-emergency', 'non-emergency'), FULL_NAME='Callum Nuttall', DATE_OF_BIRTH=('3/10/2008', '2008-10-03'),
    GENDER='Male', LCS_NUMBER='1110256', ADDRESS='7 Cobden Street, Heyroyd, Calderbridge (grandad\'s)',
    LOCALITY='Cherwell', LEGAL_STATUS='Child in need', UASC=('N', 'no'), PARENT=('N', 'no'),
    REFERRER_NAME='Craig Lumb', REFERRER_ROLE='YJS Case Manager', REFERRER_TEAM='Calderbridge Youth Justice Service',
    REFERRER_EMAIL='craig.lumb@council.test', REFERRER_PHONE='07700 900187',
    SOCIAL_WORKER_NAME='Asha Patel', SOCIAL_WORKER_EMAIL='asha.patel@council.test',
    FGC_OFFERED=('Y', 'yes'), FGC_DATE=('19/11/26', '2026-11-19'),
    DIVERSION='FGC 19/11. Grandad has had him 6 months but is 79 and unwell, can\'t continue. Mum not an option (DA in home). Dad N/K.',
    REASON='Callum is 18 and on a Referral Order. His grandad can no longer manage him living there for health reasons. Plan from FGC is a move to 18+ shared supported accommodation.',
    RISKS='Offending: criminal damage and theft (Referral Order to 05/2027). Substance misuse: cannabis. From others: nothing current. MH: none diagnosed.',
    SUPPORT_NEEDS='Complete Referral Order, ETE (wants CSCS card), budgeting, cooking.',
    DATE_NEEDED=('07/12/2026', '2026-12-07'), CONSENT=('Y', 'yes')),
  body_head='Morning,\n\nReferral for Callum below - our YJS template copied into the email as the Word version won\'t attach from my laptop.\n\nSUPPORTED ACCOMMODATION REFERRAL (NON-EMERGENCY)\n\n',
  body_tail='\nCraig Lumb\nCase Manager | Calderbridge Youth Justice Service\n07700 900187\n')
