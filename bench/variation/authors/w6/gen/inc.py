from lib import *
F = []
def i(id, **k): k['id'] = id; k['form'] = 'safeguarding-incident'; k.setdefault('expect','routed'); k.setdefault('missing', None); k.setdefault('doc', None); F.append(k)

i('w6-inc-01', frm='jamie.stokes@response.provider.test', subject='Safeguarding incident - KM - missing - RSP-OXC-01',
body='''Hi all

Incident form attached - Kezia went missing Weds night, returned yesterday afternoon. SW copied.

Jamie Stokes
Support Worker (nights), Response
''',
doc=('w6-inc-01-response', 'docx', 'Safeguarding Incident Report', "RESPONSE &nbsp;-&nbsp; supported housing for young people", two_col([
 ('Service', [('Provider', 'Response'), ('Property / scheme', 'RSP-OXC-01 (Oxford City)')]),
 ('Young person', [("Young person's name", 'Kezia Morgan'), ('Date of birth', '12/05/2008'), ('LCS no.', '2158843'),
  ('Social worker / Leaving Care PA', 'Oluwaseun Adebayo'), ('SW / PA email', 'oluwaseun.adebayo@council.test')]),
 ('Incident', [('Date of incident', '02/12/2026'), ('Time of incident', '22:15'),
  ('Category (missing / exploitation / self-harm / violence / allegation against staff / police involvement / hospital admission / other)', 'Missing'),
  ('Severity (low / medium / high / critical)', 'High'),
  ('Description of incident', 'Kezia did not return by her agreed time of 10pm. Phone went to voicemail from 22:15. Kezia was seen getting into a silver car outside the property at about 8pm by another resident. She returned at 15:40 on 3/12, tired and hungry, would not say where she had been. She had a new phone.'),
  ('Immediate actions taken', 'Reported missing to police at 22:40. Called SW out of hours (EDT). Checked with friends and her boyfriend. Return home interview requested. Welfare check on return, offered food and shower.'),
  ('Police reference', '43260311287')]),
 ('Reporting', [('Completed by', 'Jamie Stokes'), ('Date completed', '03/12/2026'), ('Manager informed', 'Yes - Farah Siddiqui')]),
]), "Response - Safeguarding Incident Report SIR-2 - send to Brokerage, Quality &amp; Contracts and the young person's SW/PA"),
values=dict(PROVIDER='Response', PROPERTY='RSP-OXC-01', NAME='Kezia Morgan', DATE_OF_BIRTH='2008-05-12', WHEN='2026-12-02T22:15', CATEGORY='missing', SEVERITY='high', WORKER_NAME='Oluwaseun Adebayo', WORKER_EMAIL='oluwaseun.adebayo@council.test', POLICE_REFERENCE='43260311287'))

i('w6-inc-02', frm='tash.greenwood@oxyouth.provider.test', subject='incident - aaron f - self harm last night',
body='''morning, incident from last night, on shift till 9 so sending now

provider: oxfordshire youth
property: OXY-WOX-01
yp name: aaron fletcher
dob: 19/01/2007
lcs no: n/k
pa: sinead gallagher sinead.gallagher@council.test
date/time: last night around 11
category: self harm
severity: medium
what happened: aaron came to the office and showed staff cuts to his forearm, said he had done it in his room with a razor blade. cuts were superficial, not needing stitches. he said he was upset after a phone call with his mum
actions: first aid given, 111 called for advice - no need for A&E. razor blades removed with his agreement. hourly checks overnight, he slept ok. safety plan to be reviewed today with PA
police ref: n/a

tash greenwood
night support worker, oxfordshire youth
''',
values=dict(PROVIDER='oxfordshire youth', PROPERTY='OXY-WOX-01', NAME='aaron fletcher', DATE_OF_BIRTH='2007-01-19', WHEN='2026-12-03T23:00', CATEGORY='self-harm', SEVERITY='medium', WORKER_NAME='sinead gallagher', WORKER_EMAIL='sinead.gallagher@council.test'))

i('w6-inc-03', frm='priti.shah@key2.provider.test', subject='SAFEGUARDING INCIDENT - exploitation concern - L Brennan - K2F-CHE-01',
body='''Dear all

Please see attached safeguarding incident form regarding Leah. Severity high - I have spoken to her SW this morning.

Regards
Priti Shah
Senior Support Worker, Key2 Futures
''',
doc=('w6-inc-03-key2', 'docx', 'Incident Report - Safeguarding', "Key2 Futures &nbsp;|&nbsp; unlocking potential", boxes([
 ('PROVIDER AND PROPERTY', [('Provider', 'Key2 Futures'), ('Property', 'K2F-CHE-01')]),
 ('YOUNG PERSON', [('Name', 'Leah Brennan'), ('D.O.B', '23/10/2008'), ('LCS number', '2231177'), ('Social worker / PA', 'Natalie Crossley'),
  ('!SW / PA email', 'natalie.crossley@council.test')]),
 ('INCIDENT', [('Date', '30/11/2026'), ('Time', '19.40hrs'),
  ('Category', 'Exploitation (CSE concern)'), ('Severity', 'High'),
  ('!Description', 'Staff saw Leah being dropped off by a man in his 30s in a black Audi. She had alcohol on her breath and had a large amount of cash and two new phones. She told another resident she had been "to a party in a hotel in Wenbury" and that the man buys her things. Leah is 18 but has a learning disability and is assessed as vulnerable.'),
  ('!Immediate actions taken', 'Spoke to Leah, she became angry and went to her room. Noted the car (partial reg only - see intelligence submission). Emailed SW and informed manager. Police informed via 101, information logged.'),
  ('!Police reference (if any)', '101 log 0765 30/11/2026')]),
]), "Key2 Futures - Safeguarding incident template v3. Please send within 24 hours to Brokerage and Quality &amp; Contracts."),
values=dict(PROVIDER='Key2 Futures', PROPERTY='K2F-CHE-01', NAME='Leah Brennan', DATE_OF_BIRTH='2008-10-23', WHEN='2026-11-30T19:40', CATEGORY='exploitation', SEVERITY='high', WORKER_NAME='Natalie Crossley', WORKER_EMAIL='natalie.crossley@council.test'))

i('w6-inc-04', frm='mo.ibrahim@stonewater.provider.test', subject='Incident report STW-VWH-02 - assault between residents 1/12',
body='''Hi

Incident report attached (PDF). Both young people are ok. The other resident's SW has had a separate form.

Mo Ibrahim
Support Worker, Stonewater Young People's Service - Vale
''',
doc=('w6-inc-04-stonewater', 'pdf', 'Safeguarding Incident Form', "Stonewater &nbsp;|&nbsp; Young People's Services", grid4([
 ('Where', [[('Provider', 'Stonewater'), ('Property', 'STW-VWH-02')]]),
 ('Young person', [[('Name', 'Jamal Peters'), ('Date of birth', '08/08/2007')], [('LCS number', '1899012'), ('SW / Leaving Care PA', 'Kieran Doyle')],
  [('SW / PA email', 'kieran.doyle@council.test')]]),
 ('Incident', [[('Date & time', 'tues 1st dec 16.30hrs'), ('Category', 'Violence - assault')],
  [('Severity', 'Medium'), ('Police reference', '43260307711')],
  [('Description', 'Argument in the communal kitchen between Jamal and another resident about food going missing. Jamal punched the other resident in the face, causing a nosebleed. Jamal says he was pushed first. CCTV in the hallway shows the other resident pushing Jamal before the punch.')],
  [('Immediate actions', 'Staff separated the two young people. First aid for the other resident. Police called by the other resident and attended at 17.20, no arrests, words of advice. Both young people spoken to. Jamal agreed to use the kitchen at set times for the rest of the week.')]]),
]), "Stonewater - Safeguarding incident form (YP) - completed 02/12/2026 by M Ibrahim"),
values=dict(PROVIDER='Stonewater', PROPERTY='STW-VWH-02', NAME='Jamal Peters', DATE_OF_BIRTH='2007-08-08', WHEN='2026-12-01T16:30', CATEGORY='violence', SEVERITY='medium', WORKER_NAME='Kieran Doyle', WORKER_EMAIL='kieran.doyle@council.test', POLICE_REFERENCE='43260307711'))

i('w6-inc-05', frm='louise.fenwick@connection.provider.test', subject='Safeguarding incident - hospital admission - P Carter', expect='rejected', missing='SEVERITY',
body='''Hi

Form attached for Poppy, she was admitted to the JR overnight Wed into Thurs. I'll update when I know more.

Louise Fenwick
Floating Support Worker | Connection Support
''',
doc=('w6-inc-05-connection', 'docx', 'Safeguarding Incident Notification', "Connection Support &nbsp;-&nbsp; Young People's Pathway", three_col([
 ('Service', [('Provider', 'Connection Support', ''), ('Property', 'CON-SOX-01', 'South Oxon shared house')]),
 ('Young person', [('Young person\'s name', 'Poppy Carter', ''), ('Date of birth', '14/03/2008', ''), ('LCS number', '2140206', ''),
  ('Social worker / Leaving Care PA', 'Kelly Ashworth', 'PA'), ('Email', 'kelly.ashworth@council.test', '')]),
 ('Incident', [('Incident date', '03.12.2026', ''), ('Incident time', '02:10', 'approx'),
  ('Category', 'Hospital admission', ''), ('Severity (low / medium / high / critical)', None, ''),
  ('What happened', 'Poppy rang the on-call phone in the early hours saying she had severe stomach pains and had been vomiting. Ambulance called at 02:10 and she was taken to hospital and admitted. Suspected appendicitis. She told the paramedics she had also taken some tablets earlier in the evening but could not say what.', ''),
  ('Immediate actions', 'On call worker (Ben Ortiz) went with her in the ambulance. PA informed by email at 08:00. Her room was checked with her consent, blister packs of paracetamol found and kept in the office.', ''),
  ('Police ref', 'n/a', '')]),
]), "Connection Support - safeguarding notification - send to Brokerage &amp; Quality and Contracts within 24h"),
values=dict(PROVIDER='Connection Support', PROPERTY='CON-SOX-01', NAME='Poppy Carter', DATE_OF_BIRTH='2008-03-14', WHEN='2026-12-03T02:10', CATEGORY='hospital admission', WORKER_NAME='Kelly Ashworth', WORKER_EMAIL='kelly.ashworth@council.test'))

i('w6-inc-06', frm='darren.quayle@sanctuary.provider.test', subject='Incident notification - police attended SAN-CHE-01',
body='''Hi all, quick one

Provider - Sanctuary Housing
Property - SAN-CHE-01
Name - Harvey Lowe
DOB - 21.11.2006
LCS - 1702239
SW/PA - Femi Oyelaran femi.oyelaran@council.test
Date of incident - 2/12
Time - 14:00
Category - police involvement
Severity - low
Description - police attended with a warrant to search Harvey's room in connection with a shoplifting investigation from October. nothing found. Harvey was cooperative and was not arrested, has been asked to attend a voluntary interview next week
Actions - staff present during search, Harvey supported afterwards, PA informed by phone same day. no further action from us
Police ref - 43260305592

Darren Quayle
Scheme Worker, Sanctuary Housing
''',
values=dict(PROVIDER='Sanctuary Housing', PROPERTY='SAN-CHE-01', NAME='Harvey Lowe', DATE_OF_BIRTH='2006-11-21', WHEN='2026-12-02T14:00', CATEGORY='police involvement', SEVERITY='low', WORKER_NAME='Femi Oyelaran', WORKER_EMAIL='femi.oyelaran@council.test', POLICE_REFERENCE='43260305592'))

i('w6-inc-07', frm='claire.obrien@a2dominion.provider.test', subject='CRITICAL safeguarding incident - allegation against staff - A2D-OXC-01',
body='''Dear colleagues,

Please find attached a safeguarding incident report concerning an allegation made against a member of our staff. The staff member has been suspended pending investigation and the LADO has been informed.

Claire O'Brien
Head of Young People's Services, A2Dominion
''',
doc=('w6-inc-07-a2d', 'docx', 'SAFEGUARDING INCIDENT REPORT', "A2Dominion &nbsp;&#124;&nbsp; Young People's Services", numbered([
 'Provider and young person',
 ('Provider', '', 'A2 Dominion'), ('Property', '', 'A2D-OXC-01'), ("Young person's name", '', 'Sophie Ward'),
 ('Date of birth', '', '05/01/2009'), ('LCS number', '', '2205518'),
 ('Social worker / Leaving Care PA', '', 'Helen Marsh'), ('Their email', '', 'helen.marsh@council.test'),
 'Incident',
 ('Date and time of incident', '', '27/11/2026 21:30'),
 ('Category', '', 'Allegation against staff'),
 ('Severity', '', 'Critical'),
 ('Description', '', 'On 3/12 Sophie (17) showed her key worker messages she had received from a male support worker on her personal Snapchat on the evening of 27/11 at around 21:30. The messages are of a sexual nature and ask her to meet him away from the project. The staff member should not have had her personal contact details.'),
 ('Immediate actions taken', '', 'Staff member suspended 03/12 and escorted off site. LADO referral made 03/12. Screenshots saved with Sophie\'s consent. Sophie\'s SW informed. Police informed and attending to take a statement.'),
 ('Police reference', '', '43260309034'),
 ('Has the SW/PA been informed?', 'Y', 'by phone 03/12 16:00'),
], heads=("No.", "Question", "Y/N", "Response")), "A2Dominion - Safeguarding incident report - OFFICIAL-SENSITIVE - Do not share beyond Brokerage, Quality &amp; Contracts and the SW/PA"),
values=dict(PROVIDER='A2 Dominion', PROPERTY='A2D-OXC-01', NAME='Sophie Ward', DATE_OF_BIRTH='2009-01-05', WHEN='2026-11-27T21:30', CATEGORY='allegation against staff', SEVERITY='critical', WORKER_NAME='Helen Marsh', WORKER_EMAIL='helen.marsh@council.test', POLICE_REFERENCE='43260309034'))

i('w6-inc-08', frm='sam.oduya@response.provider.test', subject='RE: incident - connor b - RSP-SOX-01',
body='''yes will do, here's the incident as requested

Provider
Response

Property
RSP-SOX-01

Young person
Connor Bailey

DOB
2/9/2007

LCS
n/k

Social worker / PA
Jess Ormerod - jess.ormerod@council.test

Date and time of incident
03/12/26 07:45

Category
other - property damage / fire alarm

Severity
low

Description
Connor was cooking toast under the grill and left it, smoke set off the fire alarm and the whole house was evacuated. when staff arrived he was angry and kicked the kitchen door, leaving a hole. nobody hurt

Action taken
alarm reset, fire service not called as no fire. spoke to Connor about kitchen safety and the damage, he apologised. repair logged, recharge to be discussed with PA

Police ref
none

Sam Oduya
Support Worker

> From: Jess Ormerod <jess.ormerod@council.test>
> Sent: 03 December 2026 11:02
> Subject: incident - connor b - RSP-SOX-01
>
> Hi Sam, thanks for the call, can you put it on an incident form so it
> goes to brokerage and quality as well. Jess
''',
values=dict(PROVIDER='Response', PROPERTY='RSP-SOX-01', NAME='Connor Bailey', DATE_OF_BIRTH='2007-09-02', WHEN='2026-12-03T07:45', CATEGORY='other', SEVERITY='low', WORKER_NAME='Jess Ormerod', WORKER_EMAIL='jess.ormerod@council.test'))
