from gen_helpers import add
from gen_mash import simple

simple('w17-inc-01', 'safeguarding-incident', 'body', 'colon', [
    (None, [('Provider', 'Oxfordshire Youth'), ('Property', 'OXY-WOX-01'), ('Young person', 'Jake Pemberton'), ('DOB', '19/06/2009'),
            ('LCS no', '2241107'), ('Social worker / PA', 'Nadia Rahman'), ('SW email', 'nadia.rahman@council.test'),
            ('Date of incident', '03/12/2026'), ('Time', '22:15hrs'), ('Category', 'Missing from placement'), ('Severity', 'High'),
            ('What happened', 'Jake did not return for his 21:30 curfew. Staff rang his mobile at 21:45 and 22:00 - no answer. At 22:15 he was reported missing to police. He was seen earlier getting into a grey car with two older males outside the shop on Crane St.'),
            ('Immediate action taken', 'Reported missing to TVP at 22:15hrs, description and photo given. On-call manager and EDT informed. Jake returned at 02:40 (4/12) by taxi; return home interview requested.'),
            ('Police ref', '43260312-1188')]),
  ], dict(NAME='Jake Pemberton', DATE_OF_BIRTH='2009-06-19', WHEN='2026-12-03T22:15', CATEGORY='missing', SEVERITY='high', PROVIDER='Oxfordshire Youth',
          PROPERTY='OXY-WOX-01', WORKER_NAME='Nadia Rahman', WORKER_EMAIL='nadia.rahman@council.test', POLICE_REFERENCE='43260312-1188'),
  'stacey.morland@oxyouth.provider.test', 'Safeguarding incident - missing - J Pemberton - OXY-WOX-01',
  intro="Morning all,\n\nIncident report from last night below. Jake is back safe and asleep.",
  outro="Stacey Morland\nRegistered Manager, Oxfordshire Youth (West Oxfordshire)\n07700 900 554")

# pasted spreadsheet rows (incident log export)
add(id='w17-inc-02', form='safeguarding-incident', layout='body', style='raw', sections=[], frm='peter.quayle@sanctuary.provider.test',
    subject='Incident log entry - SAN-CHE-01 - 02/12/26 - safeguarding',
    raw="""Hi Brokerage / Q&C,

Pasting the row from our incident log below as requested for safeguarding incidents (our system doesn't do a nice export, sorry).

Provider\tProperty\tYoung person\tDOB\tLCS\tSW/PA\tSW/PA email\tIncident date\tTime\tCategory\tSeverity\tDescription\tActions taken\tPolice ref
Sanctuary Housing\tSAN-CHE-01\tNiamh Donnelly\t04/04/2006\t2150832\tMarcus Oyelaran\tmarcus.oyelaran@council.test\t02/12/2026\t16:40\tSelf harm\tMedium\tNiamh told her key worker she had cut her forearm in her room earlier in the afternoon. Wounds superficial, cleaned and dressed by staff. She said she was upset after a phone call with her mum.\tFirst aid given; 111 called (advice: no A&E needed); safety plan reviewed with Niamh; hourly checks overnight; PA emailed.\tN/A

Any questions let me know.

Peter Quayle
Registered Manager - Sanctuary Housing (Cherwell young people's service)
""",
    values=dict(NAME='Niamh Donnelly', DATE_OF_BIRTH='2006-04-04', WHEN='2026-12-02T16:40', CATEGORY='self-harm', SEVERITY='medium', PROVIDER='Sanctuary Housing',
                PROPERTY='SAN-CHE-01', WORKER_NAME='Marcus Oyelaran', WORKER_EMAIL='marcus.oyelaran@council.test'))

simple('w17-inc-03', 'safeguarding-incident', 'body', 'above', [
    ('Provider and property', [('Provider name', 'A2 Dominion'), ('Property code', 'A2D-OXC-01')]),
    ('Young person', [('Name', 'Reece Hollander'), ('Date of birth', '27.02.2004'), ('LCS number', 'not known'),
                      ('Social worker / Leaving Care PA', 'Rhiannon Pugh (PA) - rhiannon.pugh@council.test')]),
    ('Incident', [('Date and time of incident', 'Dec 1st 2026, 7.30 pm'), ('Type of incident', 'Police involvement'), ('Severity (low / medium / high / critical)', 'Medium'),
                  ('Description', 'Police attended the flat with a warrant to search for stolen goods. Reece was arrested for handling stolen property and taken to Kennet Vale custody. He was released under investigation at 3am.'),
                  ('Immediate actions', 'Staff member present throughout the search. Appropriate support offered on return. Manager informed. PA to be updated.'),
                  ('Police reference', 'CAD 1145 01/12/26')]),
  ], dict(NAME='Reece Hollander', DATE_OF_BIRTH='2004-02-27', WHEN='2026-12-01T19:30', CATEGORY='police involvement', SEVERITY='medium', PROVIDER='A2 Dominion',
          PROPERTY='A2D-OXC-01', WORKER_NAME='Rhiannon Pugh', WORKER_EMAIL='rhiannon.pugh@council.test', POLICE_REFERENCE='CAD 1145 01/12/26'),
  'hannah.greaves@a2dominion.provider.test', 'Safeguarding incident report - police involvement - A2D-OXC-01',
  intro="Hello,\n\nPlease see incident report below for Reece at our Oxford City service.",
  outro="Hannah Greaves\nTeam Leader, A2 Dominion")

simple('w17-inc-04', 'safeguarding-incident', 'docx', 'grid', [
    ('PROVIDER / PROPERTY', [('Provider', 'Response'), ('Property ref', 'RSP-CHE-01')]),
    ('YOUNG PERSON', [('Name', 'Kian Doherty'), ('Date of birth', '11/08/2008'), ('LCS no.', '2275560'), ('SW / PA', 'Tomasz Zielinski'),
                      ('SW / PA email', 'tomasz.zielinski@council.test')]),
    ('INCIDENT', [('Date', '02/12/2026'), ('Time', '23:05'), ('Category', 'Exploitation (CCE)'), ('Severity', 'High'),
                  ('!Description of incident', 'Night staff found Kian in the garden handing a package to a man on a moped. When approached the man rode off. Kian had £340 in cash and a second phone. He said he "owes someone" and was scared to say more.'),
                  ('!Immediate actions taken', 'Phone and cash handed to police (attended 23:50). Kian kept in sight of staff overnight. Strategy meeting requested via MASH. Night manager informed.'),
                  ('Police reference', '43260302-2291')]),
  ], dict(NAME='Kian Doherty', DATE_OF_BIRTH='2008-08-11', WHEN='2026-12-02T23:05', CATEGORY='exploitation', SEVERITY='high', PROVIDER='Response',
          PROPERTY='RSP-CHE-01', LCS_NUMBER='2275560', WORKER_NAME='Tomasz Zielinski', WORKER_EMAIL='tomasz.zielinski@council.test', POLICE_REFERENCE='43260302-2291'),
  'dominic.farrant@response.provider.test', 'Safeguarding incident - exploitation concern - RSP-CHE-01',
  cover="Dear all,\n\nIncident form attached from Wednesday night at our Northbrook service. Police have the items. Strategy meeting requested.\n\nDominic Farrant\nRegistered Manager, Response (Cherwell)",
  logo='RESPONSE  |  Supported Accommodation', title='Safeguarding Incident Report', per_row=2,
  footer='Response | Incident form SI-04 | Send to Brokerage and Quality & Contracts within 24 hours', file='Response_SI_RSP-CHE-01_021226')

simple('w17-inc-05', 'safeguarding-incident', 'docx', 'twocol', [
    ('Section 1: Provider', [('Provider', 'Stonewater'), ('Property', 'STW-VWH-02 (Stanmere shared house)')]),
    ('Section 2: Young person', [('Young person\'s name', 'Tilly Westbrook'), ('Date of birth', '30/10/2007'), ('LCS number', '2203341'),
        ('Social worker / Leaving Care PA', 'Liam Fordham'), ('Email', 'liam.fordham@council.test')]),
    ('Section 3: The incident', [('Incident date', '29/11/2026'), ('Incident time', '14:20'),
        ('Category ((missing / exploitation / self-harm / violence / allegation against staff / police involvement / hospital admission / other))', 'Hospital admission'),
        ('Severity', 'Critical'),
        ('Description', 'Tilly collapsed in the kitchen and was unresponsive for about a minute. Staff called 999. Paramedics believed she had taken an unknown quantity of pregabalin. She was admitted to Riverside Hospital overnight and discharged on 30/11.'),
        ('Immediate actions', '999 called, first aid and recovery position, staff accompanied her to hospital. EDT informed as out of hours (Sunday). Room checked - tablets handed to paramedics. Safety plan reviewed on return.'),
        ('Police reference ((if any))', 'None')]),
  ], dict(NAME='Tilly Westbrook', DATE_OF_BIRTH='2007-10-30', WHEN='2026-11-29T14:20', CATEGORY='hospital admission', SEVERITY='critical', PROVIDER='Stonewater',
          PROPERTY='STW-VWH-02', LCS_NUMBER='2203341', WORKER_NAME='Liam Fordham', WORKER_EMAIL='liam.fordham@council.test'),
  'nicola.barraclough@stonewater.provider.test', 'Critical incident - hospital admission - STW-VWH-02 - T Westbrook',
  cover="Hi,\n\nApologies this is late - the full report for last Sunday's incident is attached. EDT and the PA were informed on the day by phone.\n\nNicola Barraclough\nRegistered Manager, Stonewater",
  logo='Stonewater  -  Young People\'s Services', title='Safeguarding Incident Notification',
  footer='Stonewater | SIN form | Page 1 of 1', file='Stonewater_incident_STW-VWH-02_291126')

# INVALID: severity left blank
simple('w17-inc-06', 'safeguarding-incident', 'docx', 'boxes', [
    ('Provider details', [('Provider', 'Key2 Futures'), ('Property', 'K2F-OXC-01')]),
    ('Young person', [('Name', 'Mason Adeyinka'), ('DOB', '14/01/2005'), ('LCS', '2088114'), ('SW / PA name', 'Daniel Whitlock'), ('SW / PA email', 'daniel.whitlock@council.test')]),
    ('Incident', [('Date / time', '03.12.26 at 18:50'), ('Category', 'Violence'), ('Severity ((low / medium / high / critical))', ''),
        ('!Description', 'Argument between Mason and another resident over the shared TV escalated. Mason punched the other resident once in the face. No weapon. The other young person had a nosebleed, no other injury.'),
        ('!Immediate actions', 'Staff separated the two young people. First aid given. Both spoken to. Mason apologised. Police not called (victim did not wish to report). Behaviour agreement to be reviewed.'),
        ('Police ref', 'n/a')]),
  ], None, 'graham.okonjo@key2.provider.test', 'Incident report - K2F-OXC-01 - 03/12',
  cover="Please find attached incident report from yesterday evening at our Oxford City house.\n\nGraham Okonjo\nRegistered Manager, Key2 Futures",
  logo='KEY2 FUTURES', title='Safeguarding / Incident Report Form',
  footer='Key2 Futures | IR form v2 | Manager to review within 24hrs', file='K2F_incident_K2F-OXC-01_031226', missing='SEVERITY')

simple('w17-inc-07', 'safeguarding-incident', 'docx', 'numbered', [
    (None, [('Provider', 'Connection Support'), ('Property reference', 'CON-SOX-01'), ('Young person\'s full name', 'Georgia Flint'),
            ('Date of birth', '21/07/2006'), ('LCS number', '2177456'), ('Leaving Care PA', 'Owen Marsh, owen.marsh@council.test'),
            ('Date and time of incident', '01/12/2026 09:30'), ('Incident category', 'Allegation against staff'), ('Severity', 'High'),
            ('Description', 'Georgia alleges that a male support worker made inappropriate comments about her appearance and sent her a friend request on social media. She showed the request to the team leader.'),
            ('Immediate actions', 'Staff member suspended from the service pending investigation. LADO consulted (advice: refer via HR and keep away from Georgia). Georgia offered an alternative key worker. PA informed.'),
            ('Police reference', 'None at this stage')]),
  ], dict(NAME='Georgia Flint', DATE_OF_BIRTH='2006-07-21', WHEN='2026-12-01T09:30', CATEGORY='allegation against staff', SEVERITY='high', PROVIDER='Connection Support',
          PROPERTY='CON-SOX-01', LCS_NUMBER='2177456', WORKER_NAME='Owen Marsh', WORKER_EMAIL='owen.marsh@council.test'),
  'rebecca.hanley@connection.provider.test', 'Safeguarding incident - allegation against staff - CON-SOX-01',
  cover="Dear Brokerage and Quality & Contracts,\n\nPlease find the attached notification. LADO has been consulted.\n\nRebecca Hanley\nRegistered Manager, Connection Support",
  logo='Connection Support  |  South Oxfordshire', title='Safeguarding Incident Form',
  footer='Connection Support | CONFIDENTIAL - contains allegation details', file='CON-SOX-01_allegation_011226')

simple('w17-inc-08', 'safeguarding-incident', 'pdf', 'twocol', [
    ('Provider', [('Provider', 'Response'), ('Property', 'RSP-SOX-01')]),
    ('Young person', [('Name', 'Ashton Raine'), ('Date of birth', '05/09/2008'), ('LCS number', '2262019'),
                      ('Social worker', 'Fiona Blackwood'), ('Social worker email', 'fiona.blackwood@council.test')]),
    ('Incident', [('Date of incident', '30/11/2026'), ('Time of incident', '10.15 pm'), ('Category', 'Other - damage to property'), ('Severity', 'Low'),
                  ('Description', 'Ashton kicked and damaged his bedroom door after being told to turn his music down. No one was hurt. He calmed down within 20 minutes.'),
                  ('Immediate actions', 'Staff gave space and then talked it through. Door made safe, repair booked. Recorded on behaviour log.'),
                  ('Police reference', 'Not applicable')]),
  ], dict(NAME='Ashton Raine', DATE_OF_BIRTH='2008-09-05', WHEN='2026-11-30T22:15', CATEGORY='other', SEVERITY='low', PROVIDER='Response',
          PROPERTY='RSP-SOX-01', LCS_NUMBER='2262019', WORKER_NAME='Fiona Blackwood', WORKER_EMAIL='fiona.blackwood@council.test'),
  'carla.dempsey@response.provider.test', 'Low level incident - RSP-SOX-01 - A Raine',
  cover="Hi,\n\nFor information - low level incident at our Marsham house, PDF attached.\n\nCarla Dempsey\nResponse",
  logo='RESPONSE  |  Supported Accommodation', title='Safeguarding Incident Report', footer='Response | SI-04 | PDF copy', file='Response_incident_RSP-SOX-01_301126')
