from data_ref import CC_LOGO, CC_FOOT, YJ_LOGO, YJ_FOOT

FORMS = []


def F(**k):
    FORMS.append(k)


# ================= MASH =================
F(id='w9-mash-01', form='mash-referral', layout='docx:cms', frm='farah.begum@housing.council.test',
  subject='MASH referral - 17 year old presenting as homeless - Ruby Cheetham',
  cover='Dear MASH,\n\nRuby Cheetham (17) presented at Housing Options yesterday afternoon. Her mum has asked her to leave. Referral attached as per the 16/17 joint protocol. She is in emergency B&B for tonight only.\n\nKind regards\nFarah Begum\nHousing Options Officer (Young People)\nCalderbridge City Council Housing\n0161 496 0711',
  title='MASH Referral - Homeless / Threatened with Homelessness 16-17 Year Old', logo=CC_LOGO, footer=CC_FOOT,
  cms_meta='Form: MASH-HL1617 &nbsp; Exported: 04/12/2026 08:35 by fbegum',
  data=dict(
    NAME='Ruby Cheetham', DATE_OF_BIRTH=('11/06/2009', '2009-06-11'), ADDRESS='42 Tanner Row, Eastgate, Calderbridge CB3 7PL',
    AGENCY='Housing Options, Calderbridge City Council', STATUS=('Homeless', 'homeless'),
    MEDIATION=('Yes', 'yes'), MEDIATION_DATE=('02/12/2026', '2026-12-02'),
    MEDIATION_OUTCOME='Telephone mediation with mum by Housing Options on 02/12. Mum says Ruby is "out of control" and refuses to have her back. No agreement reached.',
    CONCERNS='Ruby has been staying with a 24 year old male she met online. She says he is her boyfriend. She has missed school for two weeks. Possible CSE concerns - please consider.',
    KNOWN=('No', 'no'), PARENT_CONTACT='Lisa Cheetham (mum) 07700 900412'))

F(id='w9-mash-02', form='mash-referral', layout='body:lines', frm='karen.dobson@holmfield-academy.test',
  subject='MASH referral - Tyler Shackleton - threatened with homelessness',
  data=dict(
    NAME='Tyler Shackleton', DATE_OF_BIRTH=('2010-01-19', '2010-01-19'), ADDRESS='5 Sunnybank Crescent, Holmfield, Calderbridge',
    AGENCY='Holmfield Academy (Designated Safeguarding Lead)', STATUS=('Threatened with homelessness', 'threatened'),
    MEDIATION=('Yes', 'yes'), MEDIATION_DATE=('27 Nov 2026', '2026-11-27'),
    MEDIATION_OUTCOME='School-based mediation with dad and stepmum 27/11. Partial agreement - Tyler can stay until Christmas but dad says he must leave after that.',
    CONCERNS='Tyler has told his form tutor that dad has hit him twice this term. He is arriving at school hungry. Attendance 71%.',
    KNOWN=('Yes - previous CIN plan closed 2024', 'yes'), PARENT_CONTACT='Dean Shackleton (dad) 07700 900950'),
  body='''Dear MASH team,

I am the DSL at Holmfield Academy. I am making a referral for one of our Year 12 students who has told us he is being made to leave home. Details below.

Name: Tyler Shackleton
DOB: 2010-01-19
Address: 5 Sunnybank Crescent, Holmfield, Calderbridge
Presenting agency: Holmfield Academy (Designated Safeguarding Lead)
Homeless or threatened: Threatened with homelessness - dad says he must leave after Christmas
Mediation attempted: Yes
Mediation date: 27 Nov 2026
Mediation outcome: School-based mediation with dad and stepmum 27/11. Partial agreement - Tyler can stay until Christmas but dad says he must leave after that.
Welfare/safeguarding concerns: Tyler has told his form tutor that dad has hit him twice this term. He is arriving at school hungry. Attendance 71%.
Known to social care: Yes - previous CIN plan closed 2024
Parent/guardian contact: Dean Shackleton (dad) 07700 900950

Tyler knows I am making this referral and is happy for us to share.

Kind regards,
Karen Dobson
Assistant Head / Designated Safeguarding Lead
Holmfield Academy
0161 496 0033
''')

F(id='w9-mash-03', form='mash-referral', layout='docx:boxes', frm='jess.marsden@northstaryouth.org.test',
  missing='KNOWN', expect='rejected',
  subject='Referral to MASH - young person homeless (Niamh Gorton)',
  cover='Hi MASH,\n\nWe are a youth project in Calderbridge. Niamh came into our drop-in last night with nowhere to go. Referral attached. She is staying on a friend\'s floor tonight.\n\nThanks\nJess Marsden\nSenior Youth Worker, Northstar Youth Project\n07700 900335',
  title='Referral to MASH: Homeless 16/17 year old', logo='NORTHSTAR YOUTH PROJECT &mdash; Supporting young people in Calderbridge since 1998 &mdash; Registered charity no. 1000001',
  footer='Northstar Youth Project, The Old Chapel, Gate Street, Calderbridge. Confidential.',
  data=dict(
    NAME='Niamh Gorton', DATE_OF_BIRTH=('08/08/2009', '2009-08-08'), ADDRESS='Previously 9 Pit Lane, Brackley Moor, Calderbridge (mum\'s)',
    AGENCY='Northstar Youth Project (voluntary sector)', STATUS=('Homeless - slept at a friend\'s last night', 'homeless'),
    MEDIATION=('No', 'no'), MEDIATION_DATE='N/A',
    MEDIATION_OUTCOME='Not attempted - Niamh says mum\'s new partner threw her bag out of the window and she is scared to go back.',
    CONCERNS='Niamh has a bruise on her arm she says is from being pushed out of the door. She is not in education. She mentioned "some lads" have offered her a place to stay.',
    KNOWN='', PARENT_CONTACT='Mum - Carla Gorton, 07700 900298 (not answering)'))

F(id='w9-mash-04', form='mash-referral', layout='pdf:ticks', frm='leanne.wadsworth@council.test',
  subject='MASH referral 16/17 threatened with homelessness - Zain Hussain',
  cover='Hi,\n\nPlease see attached MASH referral (PDF) for Zain Hussain, 17, threatened with homelessness. Early Help have been working with the family.\n\nLeanne Wadsworth\nEarly Help Family Worker, Children\'s Front Door\n0161 496 0449',
  title='MASH Referral - 16/17 Year Old Homeless or Threatened with Homelessness', logo=CC_LOGO, footer=CC_FOOT,
  yn_detail={'MEDIATION': 'Early Help mediation session', 'KNOWN': 'Early Help open since Sept 2026'},
  labels={'STATUS': 'Homeless or threatened with homelessness?'},
  data=dict(
    NAME='Zain Hussain', DATE_OF_BIRTH=('4 March 2009', '2009-03-04'), ADDRESS='27 Albion Road, Westfield, Calderbridge CB5 1HQ',
    AGENCY="Children's Front Door - Early Help", STATUS=('Threatened with homelessness (asked to leave by 11/12)', 'threatened'),
    MEDIATION=('Yes', 'yes'), MEDIATION_DATE=('01/12/2026', '2026-12-01'),
    MEDIATION_OUTCOME='Session held 01/12 with Zain and both parents. No agreement - parents maintain he must leave by 11 December.',
    CONCERNS='Zain has disclosed using cocaine at weekends and owing money to older youths. Possible criminal exploitation (debt bondage). Parents say he is aggressive at home.',
    KNOWN=('Yes', 'yes'), PARENT_CONTACT='Mr Tariq Hussain (father) 07700 900127'))

F(id='w9-mash-05', form='mash-referral', layout='body:note', frm='aaron.kilner@council.test',
  subject='MASH - 16yo homeless tonight - Leah Ormerod',
  data=dict(
    NAME='Leah Ormerod', DATE_OF_BIRTH=('22/12/09', '2009-12-22'), ADDRESS='Flat 3, Grange Court, Lowbridge (dad\'s)',
    AGENCY='Youth Justice Service', STATUS=('Homeless', 'homeless'), MEDIATION=('No - declined by dad', 'no'),
    MEDIATION_DATE='N/K', MEDIATION_OUTCOME='Dad refused on the phone 3rd Dec',
    CONCERNS='DV between dad and his partner - police called to the flat 2/12. Leah on Youth Caution. Self harm history.',
    KNOWN=('Y', 'yes'), PARENT_CONTACT='Gary Ormerod (dad) 07700 900663'),
  body='''MASH - quick one from my phone, will follow up with a call

YP: Leah Ormerod
DOB 22/12/09
Last address: Flat 3, Grange Court, Lowbridge (dad's)
Presenting agency: Youth Justice Service
HOMELESS tonight - dad kicked her out after police were called 2/12
Mediation: No - declined by dad
Med date: N/K
Outcome: dad refused on the phone 3rd Dec
Concerns: DV between dad and his partner, police at flat 2/12. YP on Youth Caution. Self harm history
Known to CSC: Y
Dad: Gary Ormerod 07700 900663

YP is with me at Kestrel Court til 5pm.

Aaron
Aaron Kilner, YJS Officer
07700 900871
''')

# ================= Risk concerns =================
F(id='w9-risk-01', form='risk-concern', layout='docx:provider', frm='helen.thornber@stonewater.provider.test',
  subject='Risk concern - referral BRK/26/0917 - unable to accept at this time',
  cover='Dear Brokerage,\n\nThank you for the referral for Connor Pollard. Having reviewed it we are unable to safely accept at present. Our risk concern form is attached, with our risk assessment and draft risk management plan to follow.\n\nRegards\nHelen Thornber\nScheme Manager, Young People\'s Services\nStonewater',
  title='Provider Risk Concern Response', logo='STONEWATER &mdash; Young People\'s Supported Housing',
  footer='Stonewater Young People\'s Services. Form YP-RC2. Confidential when complete.',
  data=dict(
    REFERRAL_REFERENCE='BRK/26/0917', PROVIDER='Stonewater', YOUNG_PERSON='Connor Pollard',
    RISK='Connor has a recent conviction for arson (setting fire to a bin store at his previous placement, Aug 2026) and has said he still "likes watching fires".',
    WHY='Our vacancy is in a shared house (STW-VWH-02) with no waking night staff and no sprinkler system. Other residents include a young parent with a baby.',
    RESOURCES='A fire risk assessment by the fire service, a property with sprinklers or waking night cover, and specialist input (fire-setting intervention) before move-in. We could reconsider for our STW-WOX-01 scheme if waking night funding were agreed.'))

F(id='w9-risk-02', form='risk-concern', layout='body:lines', frm='owen.metcalfe@key2.provider.test',
  subject='Risk concern re Brokerage no. 26-1142 (T. Greaves)',
  data=dict(
    REFERRAL_REFERENCE='26-1142', PROVIDER='Key2 Futures', YOUNG_PERSON='Taylor Greaves',
    RISK='Ongoing criminal exploitation - Taylor is linked to a county line operating in Banbury and our K2F-CHE-01 property is two streets from a known cuckooed address.',
    WHY='The location puts Taylor right next to the people exploiting him and we have one lone worker on site in the evenings, so we cannot provide the supervision needed.',
    RESOURCES='A placement away from Cherwell (we could offer K2F-OXC-01 from 14/12), an allocated exploitation worker, and agreed police disruption plan/ information sharing.'),
  body='''Hi Brokerage team,

Re the referral for Taylor Greaves. We have looked at this at our panel this morning and have a risk concern as below.

Referral ref: Brokerage no. 26-1142
Provider: Key2 Futures
Young person: Taylor Greaves
Risk we are unable to manage: Ongoing criminal exploitation - Taylor is linked to a county line operating in Banbury and our K2F-CHE-01 property is two streets from a known cuckooed address.
Why it cannot be managed: The location puts Taylor right next to the people exploiting him and we have one lone worker on site in the evenings, so we cannot provide the supervision needed.
What would enable us to manage it: A placement away from Cherwell (we could offer K2F-OXC-01 from 14/12), an allocated exploitation worker, and agreed police disruption plan/ information sharing.

Our risk assessment and RMP are on file and can be sent over on request.

Thanks
Owen Metcalfe
Referrals and Allocations Lead
Key2 Futures
07700 900412
''')

F(id='w9-risk-03', form='risk-concern', layout='pdf:boxes', frm='marie.ingham@sanctuary.provider.test',
  subject='Sanctuary - risk concern - YPSA-REF-2026-00388',
  cover='Good morning,\n\nPlease see attached our risk concern in response to referral YPSA-REF-2026-00388 (Demi-Leigh Sowerby). Happy to discuss at the weekly allocations call.\n\nKind regards\nMarie Ingham\nService Manager, Sanctuary Supported Living\n0161 496 0815',
  title='Risk Concern - Response to Referral', logo='SANCTUARY SUPPORTED LIVING &mdash; Young People\'s Services',
  footer='Sanctuary Supported Living. Please attach the risk assessment and risk management plan. RC-01 v2.',
  hint='All three parts of section B must be completed (Working Agreement, section 3).',
  data=dict(
    REFERRAL_REFERENCE='YPSA-REF-2026-00388', PROVIDER='Sanctuary Housing (SAN-CHE-01)', YOUNG_PERSON='Demi-Leigh Sowerby',
    RISK='Violence towards others - two assaults on staff at her last placement (Oct and Nov 2026), one resulting in injury.',
    WHY='SAN-CHE-01 is staffed by a single worker at night and our staff team have not had de-escalation training. We could not keep staff or other residents safe.',
    RESOURCES='Two-to-one staffing for the first four weeks (extra funding), Team Teach / de-escalation training for staff, and a joint risk management meeting with the social worker and CAMHS before any move.'))

F(id='w9-risk-04', form='risk-concern', layout='docx:cms', frm='graham.fielding@a2dominion.provider.test',
  missing='RESOURCES', expect='rejected',
  subject='Risk concern - REF 4471/KG - A2 Dominion',
  cover='Hi,\n\nPlease see attached risk concern for referral 4471/KG. Risk assessment attached separately.\n\nGraham Fielding\nHousing Support Manager, A2 Dominion',
  title='Risk Concern (Referral Response)', logo='A2DOMINION &mdash; Supported Housing (Young People)',
  footer='A2Dominion Supported Housing. Record exported from Inform case system. Confidential.',
  cms_meta='Form: RISKCONC &nbsp; Record: 88213 &nbsp; Exported: 03/12/2026 15:02',
  data=dict(
    REFERRAL_REFERENCE='4471/KG', PROVIDER='A2 Dominion', YOUNG_PERSON='Kyle Greenwood',
    RISK='Kyle has made threats to kill a current resident at A2D-OXC-01 (they were in the same school and there is a longstanding feud).',
    WHY='The only vacancy is in the same building as the resident he has threatened. We cannot separate them.',
    RESOURCES=''))

F(id='w9-risk-05', form='risk-concern', layout='body:bold', frm='sunita.kaur@connection.provider.test',
  subject='RE: Placements ref PL2611-07 - risk concern',
  data=dict(
    REFERRAL_REFERENCE='PL2611-07', PROVIDER='Connection Support', YOUNG_PERSON='Bradley Hinchliffe',
    RISK='Bradley has type 1 diabetes which is poorly controlled, with two hospital admissions for DKA this year, and he often refuses to check his blood sugar.',
    WHY='Our CON-SOX-01 scheme has no staff on site overnight and staff are not trained in diabetes care. We would not know if he became unwell in the night.',
    RESOURCES='Community diabetes nurse input and training for our staff, a Libre sensor with alerts shared with staff, and a health care plan agreed with his GP before move-in.'),
  body_head='''Hi Kerry,

As discussed on the phone, see below - our risk concern for Bradley. I've copied it from our form so it sits in the email.

Sunita

Sunita Kaur
Team Leader, Connection Support (South Oxfordshire)
07700 900774

-----Original Message-----
From: Kerry Wilde <placements@ypsa.test>
Sent: 03 December 2026 14:10
Subject: Placements ref PL2611-07

Hi Sunita, can you confirm whether you can accept Bradley Hinchliffe? If not please send the risk concern form. Thanks, Kerry

see below

RISK CONCERN FORM
''')

# ================= Safeguarding incidents =================
PROV_LOGO = {
 'Response': 'RESPONSE &mdash; Supported Housing for Young People',
 'Oxfordshire Youth': 'OXFORDSHIRE YOUTH',
 'Key2 Futures': 'KEY2 FUTURES',
 'Stonewater': 'STONEWATER',
 'Sanctuary Housing': 'SANCTUARY SUPPORTED LIVING',
 'A2 Dominion': 'A2DOMINION',
 'Connection Support': 'CONNECTION SUPPORT',
}

F(id='w9-inc-01', form='safeguarding-incident', layout='docx:provider', frm='carl.bentley@response.provider.test',
  subject='Safeguarding incident report - missing - Jade Mellor - RSP-OXC-01',
  cover='Hello,\n\nPlease see attached safeguarding incident form. Jade went missing on Wednesday evening and returned yesterday afternoon. Return home interview requested.\n\nCarl Bentley\nProject Worker, Response\n07700 900512',
  title='Safeguarding Incident Report Form', logo=PROV_LOGO['Response'],
  footer='Response. Incident form SG1 v5. Send to Brokerage, Quality &amp; Contracts and the allocated SW/PA within 24 hours.',
  opt_choice={'CATEGORY': 'Missing', 'SEVERITY': 'High'},
  data=dict(
    PROVIDER='Response', PROPERTY='RSP-OXC-01', NAME='Jade Mellor', DATE_OF_BIRTH=('12/04/2009', '2009-04-12'),
    LCS_NUMBER='1190023', WORKER_NAME='Bethany Crowther (SW)', WORKER_EMAIL='bethany.crowther@council.test',
    WHEN=('02/12/2026 at 7pm', '2026-12-02T19:00'), CATEGORY=('Missing', 'missing'), SEVERITY=('High', 'high'),
    DESCRIPTION='Jade left the project at about 7pm on Weds 2 Dec saying she was going to the shop. She did not return by her 10pm curfew and her phone was off. Staff reported her missing at 22:15. She returned at 15:40 on 3 Dec in a taxi she could not pay for and would not say where she had been.',
    ACTIONS='Reported missing to police at 22:15 (02/12). Out of hours SW informed. Staff checked known locations. On return: welfare check, offered food and rest, police informed of return (safe and well check), return home interview requested.',
    POLICE_REFERENCE='43260487211'))

F(id='w9-inc-02', form='safeguarding-incident', layout='body:note', frm='dale.hirst@oxyouth.provider.test',
  subject='Incident - self harm - OXY-WOX-01 - L Royle',
  data=dict(
    PROVIDER='Oxfordshire Youth', PROPERTY='OXY-WOX-01', NAME='Liam Royle', DATE_OF_BIRTH=('19/07/2007', '2007-07-19'),
    LCS_NUMBER='N/K', WORKER_NAME='Rachel Booth (PA)', WORKER_EMAIL='rachel.booth@council.test',
    WHEN=('1/12/26 2340hrs', '2026-12-01T23:40'), CATEGORY=('Self harm', 'self-harm'), SEVERITY=('Medium', 'medium'),
    DESCRIPTION='YP came to the office at 2340hrs with cuts to his forearm. Said he had done it after an argument with his girlfriend on the phone. Cuts superficial, no medical treatment needed.',
    ACTIONS='First aid given. Stayed with YP until 0130. Safety plan reviewed, sharps removed with his agreement. PA emailed. GP appt booked 2/12.',
    POLICE_REFERENCE='N/A'),
  body='''Quick incident note - full write up on our system. From night worker's phone

Provider: Oxfordshire Youth
Property: OXY-WOX-01
YP: Liam Royle
DOB 19/07/2007
LCS: N/K
PA: Rachel Booth - rachel.booth@council.test
When: 1/12/26 2340hrs
Category: Self harm
Severity: Medium

What happened: YP came to office at 2340hrs with cuts to his forearm. Said he did it after an argument with his gf on the phone. Cuts superficial, no medical tx needed.
Actions: first aid given. Stayed with YP til 0130. Safety plan reviewed, sharps removed with his agreement. PA emailed. GP appt booked 2/12.
Police ref: N/A - no police

Dale Hirst
Night Support Worker, Oxfordshire Youth
''')

F(id='w9-inc-03', form='safeguarding-incident', layout='pdf:cms', frm='natalie.barker@stonewater.provider.test',
  subject='Safeguarding Incident Notification - STW-VWH-02 - hospital admission',
  cover='Dear all,\n\nPlease find attached a safeguarding incident notification for Chloe Ashworth at STW-VWH-02, who was admitted to hospital in the early hours of Sunday.\n\nRegards\nNatalie Barker\nSupport Coordinator, Stonewater',
  title='Safeguarding Incident Notification', logo='STONEWATER &mdash; Young People\'s Supported Housing',
  footer='Stonewater. Exported from Orchard Housing case record. OFFICIAL-SENSITIVE.',
  cms_meta='Incident record: INC-26-3318 &nbsp; Created: 29/11/2026 04:02 &nbsp; Exported: 03/12/2026 10:15',
  data=dict(
    PROVIDER='Stonewater', PROPERTY='STW-VWH-02', NAME='Chloe Ashworth', DATE_OF_BIRTH=('2006-10-02', '2006-10-02'),
    LCS_NUMBER='1045892', WORKER_NAME='Mark Sheard', WORKER_EMAIL='mark.sheard@council.test',
    WHEN=('29/11/2026 02:15', '2026-11-29T02:15'), CATEGORY=('Hospital admission', 'hospital admission'),
    SEVERITY=('High', 'high'),
    DESCRIPTION='Another resident alerted staff at 02:15 that Chloe was unresponsive in the lounge. She came round but was drowsy and said she had taken "a few" of a friend\'s tablets with alcohol. Ambulance called and she was admitted to the Horton for observation, discharged 30/11.',
    ACTIONS='999 called, staff stayed with Chloe and followed call handler advice. Tablet packet given to paramedics. Manager on call informed. PA informed 29/11 09:00. Risk assessment updated, welfare checks every 2 hours after discharge.',
    POLICE_REFERENCE='None'))

F(id='w9-inc-04', form='safeguarding-incident', layout='docx:cms', frm='rosie.haworth@key2.provider.test',
  subject='CRITICAL safeguarding incident - exploitation - K2F-CHE-01',
  cover='Brokerage / Q&C,\n\nPlease see attached critical incident form regarding Oliver Stott at K2F-CHE-01. Police are involved. I have also rung the SW.\n\nRosie Haworth\nDeputy Manager, Key2 Futures\n07700 900908',
  title='Safeguarding Incident Report', logo='KEY2 FUTURES &mdash; Supported Accommodation',
  footer='Key2 Futures. Exported from CHARMS. Confidential - contains personal data.',
  cms_meta='Ref: K2F/INC/2026/211 &nbsp; Exported: 03/12/2026 19:30',
  data=dict(
    PROVIDER='Key2 Futures', PROPERTY='K2F-CHE-01', NAME='Oliver Stott', DATE_OF_BIRTH=('17/03/2009', '2009-03-17'),
    LCS_NUMBER='1178456', WORKER_NAME='Ian Brearley', WORKER_EMAIL='ian.brearley@council.test',
    WHEN=('3rd Dec 2026, 4.30pm', '2026-12-03T16:30'), CATEGORY=('Exploitation', 'exploitation'), SEVERITY=('Critical', 'critical'),
    DESCRIPTION='Staff found Oliver in his room with approx. 40 wraps of what appeared to be crack cocaine and £600 in cash. Oliver said he was "holding it" for older males who would hurt him if he lost it. He had a cut to his hand and said he had been "slashed" as a warning last week.',
    ACTIONS='Police called 16:40 - items seized. Oliver taken to a safe room with staff. SW and EDT informed. Request made for urgent strategy meeting and NRM referral. Staffing doubled overnight.',
    POLICE_REFERENCE='43260491188'))

F(id='w9-inc-05', form='safeguarding-incident', layout='body:lines', frm='joanne.pickup@sanctuary.provider.test',
  subject='Safeguarding incident - allegation against staff - SAN-CHE-01',
  data=dict(
    PROVIDER='Sanctuary Housing', PROPERTY='SAN-CHE-01', NAME='Marcus Dewhurst', DATE_OF_BIRTH=('08/01/2008', '2008-01-08'),
    LCS_NUMBER='1120475', WORKER_NAME='Kelly Ainsworth (PA)', WORKER_EMAIL='kelly.ainsworth@council.test',
    WHEN=('30/11/2026 10:00', '2026-11-30T10:00'), CATEGORY=('Allegation against staff', 'allegation against staff'),
    SEVERITY=('Medium', 'medium'),
    DESCRIPTION='During his key work session Marcus told his key worker that a night worker had grabbed his arm and pushed him against the wall on 28/11 when he came back late. No visible injury.',
    ACTIONS='Night worker suspended from lone working pending investigation. LADO contacted 30/11 (LADO ref 26/0912). Marcus offered support and told what will happen next. PA informed.',
    POLICE_REFERENCE='N/A at this stage'),
  body='''Dear Brokerage and Quality & Contracts,

Please see below safeguarding incident details.

Provider: Sanctuary Housing
Property: SAN-CHE-01
Young person: Marcus Dewhurst
DOB: 08/01/2008
LCS number: 1120475
PA: Kelly Ainsworth
PA email: kelly.ainsworth@council.test
Incident date and time: 30/11/2026 10:00 (disclosure made)
Category: Allegation against staff
Severity: Medium
Description: During his key work session Marcus told his key worker that a night worker had grabbed his arm and pushed him against the wall on 28/11 when he came back late. No visible injury.
Immediate actions: Night worker suspended from lone working pending investigation. LADO contacted 30/11 (LADO ref 26/0912). Marcus offered support and told what will happen next. PA informed.
Police reference: N/A at this stage

Regards,
Joanne Pickup
Service Manager, Sanctuary Supported Living
''')

F(id='w9-inc-06', form='safeguarding-incident', layout='docx:boxes', frm='tom.whiteley@a2dominion.provider.test',
  missing='SEVERITY', expect='rejected',
  subject='Incident report - A2D-SOX-01 - Amber Kershaw',
  cover='Hi all,\n\nIncident report attached for Amber Kershaw at A2D-SOX-01 following an assault on Wednesday night.\n\nTom Whiteley\nSupport Worker, A2 Dominion',
  title='Safeguarding Incident Report', logo='A2DOMINION &mdash; Young People\'s Supported Housing',
  footer='A2Dominion. SG-INC form. Complete within 24 hours of the incident.',
  data=dict(
    PROVIDER='A2 Dominion', PROPERTY='A2D-SOX-01', NAME='Amber Kershaw', DATE_OF_BIRTH=('14/05/2006', '2006-05-14'),
    LCS_NUMBER='1033761', WORKER_NAME='Steven Oldroyd (PA)', WORKER_EMAIL='steven.oldroyd@council.test',
    WHEN=('02/12/2026 21:15', '2026-12-02T21:15'), CATEGORY=('Violence', 'violence'), SEVERITY='',
    DESCRIPTION='Amber got into an argument with another resident in the kitchen which turned physical. Amber was punched in the face and has a swollen eye. The other resident has been spoken to.',
    ACTIONS='Residents separated. First aid given, Amber declined hospital. Police called - attended 22:05. Other resident moved to temporary room for the night.',
    POLICE_REFERENCE='43260488870'))

F(id='w9-inc-07', form='safeguarding-incident', layout='pdf:ticks', frm='danielle.rhodes@connection.provider.test',
  subject='Incident form - police involvement - CON-OOC-01',
  cover='Hi,\n\nPlease find attached incident form (PDF). Low level - Ethan was stopped by police on Thursday evening, no further action.\n\nDanielle Rhodes\nSupport Worker, Connection Support',
  title='Safeguarding Incident Form', logo='CONNECTION SUPPORT &mdash; Out of County Service',
  footer='Connection Support. Form CS-IR3.',
  data=dict(
    PROVIDER='Connection Support', PROPERTY='CON-OOC-01', NAME='Ethan Crossley', DATE_OF_BIRTH=('Dec 3 2007', '2007-12-03'),
    LCS_NUMBER='1087733', WORKER_NAME='Lucy Greenwood', WORKER_EMAIL='lucy.greenwood@council.test',
    WHEN=('Dec 3 2026, 1900hrs', '2026-12-03T19:00'), CATEGORY=('Police involvement', 'police involvement'),
    SEVERITY=('Low', 'low'),
    DESCRIPTION='Ethan was stop-searched by police near the project at 1900hrs. Nothing found. Police brought him back to the project and said NFA.',
    ACTIONS='Talked it through with Ethan, he was upset but OK. PA informed by email. Logged on incident log.',
    POLICE_REFERENCE='Stop search slip no. SS-2612-0433'))

F(id='w9-inc-08', form='safeguarding-incident', layout='body:under', frm='sharon.ashton@response.provider.test',
  subject='Safeguarding incident form - RSP-CHE-01 - Demi Fletcher',
  data=dict(
    PROVIDER='Response', PROPERTY='RSP-CHE-01', NAME='Demi Fletcher', DATE_OF_BIRTH=('21/09/2008', '2008-09-21'),
    LCS_NUMBER='1156602', WORKER_NAME='Helen Ramsden (PA)', WORKER_EMAIL='helen.ramsden@council.test',
    WHEN=('01/12/2026 14:20', '2026-12-01T14:20'), CATEGORY=('Other - fire alarm / smoking in room', 'other'),
    SEVERITY=('Low', 'low'),
    DESCRIPTION='Fire alarm activated at 14:20. Demi had been smoking in her room with the window shut. No fire, building evacuated and fire service confirmed false alarm.',
    ACTIONS='Building evacuated, fire service attended. Demi spoken to about fire safety and smoking policy. Warning letter issued. PA informed.',
    POLICE_REFERENCE='N/A'),
  body_head='Hello,\n\nSafeguarding incident form below (low level, for information).\n\n',
  body_tail='\nSharon Ashton\nSenior Project Worker, Response (Cherwell)\n')

# ================= Intelligence submissions =================
F(id='w9-intel-01', form='intelligence-submission', layout='docx:cms', frm='gary.sutcliffe@council.test',
  subject='Partnership Agency Intelligence Sharing Submission - vehicle collecting YP',
  cover='Please find attached an intelligence submission from Calderbridge Youth Justice Service. Not urgent.\n\nGary Sutcliffe\nYJS Officer',
  title='Partnership Agency Intelligence Sharing Submission', logo=YJ_LOGO, footer=YJ_FOOT,
  cms_meta='Form: PAISS &nbsp; Exported: 03/12/2026 16:40',
  data=dict(
    AGENCY='Calderbridge Youth Justice Service', WORKER='Gary Sutcliffe', ROLE='YJS Officer',
    EMAIL='gary.sutcliffe@council.test', PHONE='0161 496 0802', WHEN=('Tuesday 01/12/2026 approx 15:30', '2026-12-01T15:30'),
    LOCATION='Outside Kestrel Court, Calderbridge (YJS office car park)',
    PERSONS='Male, approx. 20-25, white, slim, black North Face jacket, known as "Tegz". Picked up a 15 year old YJS client (details held by YJS).',
    VEHICLES='Black Audi A3, partial VRM "KX19", tinted rear windows.',
    INFORMATION='On three occasions in the last fortnight the same black Audi has waited outside our office and collected one of our young people after his appointment. The young person has become guarded and has new clothes and phones. We are concerned he is being criminally exploited.',
    SOURCE='Direct observation by YJS staff (2 staff). Grading: B2', HANDLING='P - lawful sharing permitted'))

F(id='w9-intel-02', form='intelligence-submission', layout='body:lines', frm='sophie.crabtree@northstaryouth.org.test',
  subject='Intelligence sharing submission - possible cuckooing Brackley Moor',
  data=dict(
    AGENCY='Northstar Youth Project', WORKER='Sophie Crabtree', ROLE='Detached Youth Worker',
    EMAIL='sophie.crabtree@northstaryouth.org.test', PHONE='07700 900441', WHEN=('28/11/2026 between 7pm and 9pm', '2026-11-28T19:00'),
    LOCATION='Flat 12, Marsh House, Brackley Moor estate',
    PERSONS='Resident: woman in her 40s, known locally as "Bev", uses a wheelchair. Two males approx 17-19, one Black with braids, one white with a scar on his chin.',
    VEHICLES='Grey Vauxhall Astra, seen twice, VRM not obtained.',
    INFORMATION='Young people we work with have told us that a flat in Marsh House has been "taken over" and lads are selling drugs from it. We saw a steady flow of young people going in and out for short visits during our session. The resident looked frightened when we passed.',
    SOURCE='Young people on detached session + own observation', HANDLING='Not for disclosure to the resident'),
  body='''Hello,

Please see our partnership intelligence submission below.

Agency: Northstar Youth Project
Worker: Sophie Crabtree
Role: Detached Youth Worker
Email: sophie.crabtree@northstaryouth.org.test
Phone: 07700 900441
Date/time: 28/11/2026 between 7pm and 9pm
Location: Flat 12, Marsh House, Brackley Moor estate
Persons involved: Resident: woman in her 40s, known locally as "Bev", uses a wheelchair. Two males approx 17-19, one Black with braids, one white with a scar on his chin.
Vehicles: Grey Vauxhall Astra, seen twice, VRM not obtained.
Information: Young people we work with have told us that a flat in Marsh House has been "taken over" and lads are selling drugs from it. We saw a steady flow of young people going in and out for short visits during our session. The resident looked frightened when we passed.
Source/grading: Young people on detached session + own observation
Handling: Not for disclosure to the resident

Thanks,
Sophie
''')

F(id='w9-intel-03', form='intelligence-submission', layout='docx:provider', frm='adrian.lockwood@stonewater.provider.test',
  subject='Intelligence submission - STW-WOX-01 - visitors and drug use',
  cover='Hello,\n\nPlease see the attached intelligence submission regarding visitors to our Witney scheme.\n\nAdrian Lockwood\nNeighbourhood Officer, Stonewater',
  title='Partnership Agency Intelligence Sharing Submission', logo='STONEWATER',
  footer='Stonewater. This form is NOT for reporting crimes in progress - call 999.',
  data=dict(
    AGENCY='Stonewater (housing association)', WORKER='Adrian Lockwood', ROLE='Neighbourhood Officer',
    EMAIL='adrian.lockwood@stonewater.provider.test', PHONE='07700 900590', WHEN=('Various, 20/11/2026 - 02/12/2026, evenings', None),
    LOCATION='STW-WOX-01, communal entrance and car park',
    PERSONS='Unknown male, approx 30, shaved head, tattoo on neck, calls himself "Jay". Visits resident aged 18 (details can be provided).',
    VEHICLES='White Ford Transit Custom, VRM WU68 ??? (partial), ladder rack',
    INFORMATION='CCTV and staff reports show the same adult male visiting most evenings and staying under an hour. Residents report being offered "free" cannabis. Our 18 year old resident has started missing support sessions.',
    SOURCE='CCTV and staff observation', HANDLING='Police use only'))

F(id='w9-intel-04', form='intelligence-submission', layout='body:numbered', frm='liam.gartside@brightside-youth.test',
  subject='Partnership intelligence submission - Eastgate park',
  labels={},
  data=dict(
    AGENCY='Brightside Youth (voluntary sector youth club)', WORKER='Liam Gartside', ROLE='Youth Club Coordinator',
    EMAIL='liam.gartside@brightside-youth.test', PHONE='0161 496 0366', WHEN=('Dec 2 2026, around 8.30pm', '2026-12-02T20:30'),
    LOCATION='Eastgate Park, near the skate park',
    PERSONS='Group of about 6 teenagers (13-16). Adult male approx 25, Asian, beard, grey tracksuit, handing out vapes.',
    VEHICLES='None seen',
    INFORMATION='Two girls (14 and 15) who attend our club said an older man in the park gives them free vapes and has asked them to "come to a party" at his flat. They were given his Snapchat. We have spoken to their parents and school.',
    SOURCE='Direct disclosure from young people', HANDLING='Do not disclose source'),
  body_head='Good afternoon,\n\nPlease see our partnership intelligence sharing submission below (numbered as on our form).\n\n',
  body_tail='\nLiam Gartside\nBrightside Youth\n')

F(id='w9-intel-05', form='intelligence-submission', layout='docx:boxes', frm='michelle.crowther@council.test',
  missing='AGENCY', expect='rejected',
  subject='Intelligence sharing submission',
  cover='Please see attached.\n\nMichelle',
  title='Partnership Agency Intelligence Sharing Submission', logo='Partnership Agency Intelligence Sharing',
  footer='Not for emergencies. In an emergency call 999. Non-emergency 101.',
  data=dict(
    AGENCY='', WORKER='Michelle Crowther', ROLE='Personal Adviser',
    EMAIL='michelle.crowther@council.test', PHONE='0161 496 0930', WHEN=('30/11/2026, 2pm', '2026-11-30T14:00'),
    LOCATION='Costcutter, Station Road, Lowbridge',
    PERSONS='Care leaver (19) - details held by Leaving Care. Older woman, 40s, dyed red hair.',
    VEHICLES='N/K',
    INFORMATION='A care leaver I work with says a woman she met in the shop has been asking her to open bank accounts and "let money go through them" for a fee. She was given a phone to use for this.',
    SOURCE='Young person', HANDLING='Standard'))

F(id='w9-intel-06', form='intelligence-submission', layout='pdf:ticks', frm='nadia.ferris@council.test',
  subject='Partnership Agency Intelligence Sharing Submission - Leaving Care',
  cover='Dear colleagues,\n\nPlease find an intelligence submission attached as a PDF.\n\nNadia Ferris\nPersonal Adviser, Leaving Care Service',
  title='Partnership Agency Intelligence Sharing Submission', logo=CC_LOGO, footer=CC_FOOT,
  hint='Do not use this form to report a crime in progress or if someone is in immediate danger - call 999.',
  data=dict(
    AGENCY='Calderbridge City Council - Leaving Care Service', WORKER='Nadia Ferris', ROLE='Personal Adviser',
    EMAIL='nadia.ferris@council.test', PHONE='07700 900305', WHEN=('2026-11-26 11:00', '2026-11-26T11:00'),
    LOCATION='22 Weaver Close, Heyroyd (care leaver\'s tenancy)',
    PERSONS='Care leaver, 20. Two males approx 18-20 staying at the flat, names given as "Kai" and "Dre".',
    VEHICLES='Red Seat Leon, VRM YD17 ABC',
    INFORMATION='During a home visit I found two young men staying at the flat who are not on the tenancy. There were several phones charging and scales on the kitchen side. My young person seemed nervous and said they are "mates who need somewhere". Possible cuckooing.',
    SOURCE='PA home visit - own observation. Grading: A2', HANDLING='P'))

F(id='w9-intel-07', form='intelligence-submission', layout='body:note', frm='shaun.priestley@pvhomes.test',
  subject='intel submission - Canal St flats',
  data=dict(
    AGENCY='Pennine Valley Homes', WORKER='Shaun Priestley', ROLE='Tenancy Sustainment Officer',
    EMAIL='shaun.priestley@pvhomes.test', PHONE='07700 900618', WHEN=('3rd Dec 2026, 10am', '2026-12-03T10:00'),
    LOCATION='Canal St flats, block B, Calderbridge',
    PERSONS='Tenant (23, vulnerable, on our sustainment caseload). Unknown male visitor.', VEHICLES='N/K',
    INFORMATION='Neighbours say an unknown male has been living at the flat for about a week, there are loud arguments at night and the tenant has a black eye. Tenant denies any problem.',
    SOURCE='Neighbours + own visit', HANDLING='N/K'),
  body='''Partnership intel submission - sent from my phone

Agency: Pennine Valley Homes
Worker: Shaun Priestley, Tenancy Sustainment Officer
Email: shaun.priestley@pvhomes.test
Tel: 07700 900618
When: 3rd Dec 2026, 10am (visit)
Where: Canal St flats, block B, Calderbridge
Persons: tenant (23, vulnerable, on our sustainment caseload). Unknown male visitor
Vehicles: N/K
Info: neighbours say an unknown male has been living at the flat for about a week, loud arguments at night, tenant has a black eye. Tenant denies any problem
Source: neighbours + own visit
Handling: N/K

Shaun
''')

F(id='w9-intel-08', form='intelligence-submission', layout='body:lines', frm='jess.marsden@northstaryouth.org.test',
  expect='urgent',
  subject='Intelligence submission - URGENT - YP being held at flat NOW',
  data=dict(
    AGENCY='Northstar Youth Project', WORKER='Jess Marsden', ROLE='Senior Youth Worker',
    EMAIL='jess.marsden@northstaryouth.org.test', PHONE='07700 900335', WHEN=('Now - 04/12/2026 08:50', '2026-12-04T08:50'),
    LOCATION='Flat 6, Wren House, Brackley Moor',
    PERSONS='Girl, 16 (attends our project). Two adult males, one has a machete.', VEHICLES='Black BMW outside, VRM N/K',
    INFORMATION='The girl is messaging me right now. She says two men have locked her in the bathroom at the flat and one of them has a machete and is threatening to cut her if she leaves. She is scared and crying.',
    SOURCE='Young person (live messages)', HANDLING='N/K'),
  body='''Agency: Northstar Youth Project
Worker: Jess Marsden
Role: Senior Youth Worker
Email: jess.marsden@northstaryouth.org.test
Phone: 07700 900335
Date/time: Now - 04/12/2026 08:50, still going on
Location: Flat 6, Wren House, Brackley Moor
Persons: Girl, 16 (attends our project). Two adult males, one has a machete.
Vehicles: Black BMW outside, VRM N/K
Information: The girl is messaging me right now. She says two men have locked her in the bathroom at the flat and one of them has a machete and is threatening to cut her if she leaves. She is scared and crying. I don't know who else to tell - please pass to police straight away.
Source: Young person (live messages)
Handling: N/K

Jess
''')
