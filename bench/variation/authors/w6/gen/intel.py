from lib import *
F = []
def n(id, **k): k['id'] = id; k['form'] = 'intelligence-submission'; k.setdefault('expect','routed'); k.setdefault('missing', None); k.setdefault('doc', None); F.append(k)
TVP = "Partnership Agency Intelligence Sharing Submission"

n('w6-intel-01', frm='hannah.cole@oxyouth.provider.test', subject='Partnership intelligence submission - possible cuckooing Flat 6 Alder Court',
body='''Partnership Agency Intelligence Sharing Submission

Submitting agency: Oxfordshire Youth
Worker name: Hannah Cole
Role: Project Worker
Contact email: hannah.cole@oxyouth.provider.test
Contact phone: 07700 900126
Date and time of information: over the last 2 weeks, most recently 2/12/2026 approx 20:00
Location: Flat 6, Alder Court, Mill Lane, Ashcombe (next door block to our project)
Persons involved: Dale Mercer, dob n/k approx 40, white male, tenant of flat 6, walks with a stick. Unknown youth approx 15-16, black male, slim, grey north face jacket, seen going in and out of flat 6 most evenings
Vehicles: blue Ford Fiesta, partial reg "KX19", parks outside flat 6 for 10 mins at a time late evening
Information: Our residents have told staff that Dale Mercer in flat 6 has "people staying" and there is a lot of coming and going late evening. Staff have seen the youth above let himself in with a key on at least 3 evenings. Short visits by different adults, 5-10 mins each. One of our residents was asked by the youth if she wanted to "earn some money". We are concerned Mr Mercer is being cuckooed and the youth is being criminally exploited.
Source: staff observation and residents (2)
Grading: B / 2
Handling code: P

Hannah
''',
values=dict(AGENCY='Oxfordshire Youth', WORKER='Hannah Cole', ROLE='Project Worker', EMAIL='hannah.cole@oxyouth.provider.test', PHONE='07700 900126', LOCATION='Flat 6, Alder Court, Mill Lane, Ashcombe (next door block to our project)', HANDLING='P'))

n('w6-intel-02', frm='gareth.pugh@response.provider.test', subject='Intelligence submission - vehicles collecting resident - RSP-CHE-01',
body='''Hello

Please see the attached intelligence sharing submission.

Thanks
Gareth Pugh
Team Leader, Response (Cherwell)
''',
doc=('w6-intel-02-response', 'docx', TVP, "RESPONSE &nbsp;-&nbsp; supported housing for young people", two_col([
 ('Your details', [('Submitting agency', 'Response'), ('Worker name', 'Gareth Pugh'), ('Role', 'Team Leader'),
  ('Contact email', 'gareth.pugh@response.provider.test'), ('Contact phone', '01632 960355')]),
 ('When and where', [('Date of information', '28/11/2026 - 03/12/2026'), ('Time of information', 'evenings, between 21:00 and 23:30'),
  ('Location', 'Outside RSP-CHE-01, Hollybush Road, Fenwick (pick-up point at the bus shelter opposite)')]),
 ('Who and what', [
  ('Persons involved (name, DOB, description)', 'Ryan Tate, DOB 14/07/2007, resident at our project. White male, 6ft, ginger hair.\nUnknown male driver, Asian, mid 20s, beard, wears a black cap.'),
  ('Vehicles (make, model, colour, registration)', 'White Mercedes A-Class, reg AB21 XYZ (clearly seen 01/12). Also a grey Vauxhall Corsa, reg not seen.'),
  ('Information', 'On four evenings in the last week Ryan has been collected from the bus shelter opposite the project by the Mercedes above and returned between 1am and 3am. He has told staff he is "doing some driving work" for a friend but he does not hold a licence. He has had a large amount of cash on him on his return and has been seen handing small packages to other people near the shelter.'),
  ('Source of information', 'Staff observation (night staff) and CCTV from the project front door')]),
 ('Grading (if known)', [('Information grading', 'Source 1, Intelligence B'), ('Handling code', 'P - lawful sharing permitted')]),
]), "Thames Valley partnership intelligence form - completed by provider staff. This form is NOT for emergencies - call 999."),
values=dict(AGENCY='Response', WORKER='Gareth Pugh', ROLE='Team Leader', EMAIL='gareth.pugh@response.provider.test', PHONE='01632 960355', VEHICLES='White Mercedes A-Class, reg AB21 XYZ (clearly seen 01/12). Also a grey Vauxhall Corsa, reg not seen.'))

n('w6-intel-03', frm='rachel.adeyemi@marlbury-yjs.test', subject='Intel sharing submission - YJS - association between young people',
body='''Hi

Attached partnership intel submission from the YJS. Please note handling code.

Rachel Adeyemi
YJS Case Manager
''',
doc=('w6-intel-03-yjs', 'docx', TVP, "Marlbury Youth Justice Service", three_col([
 ('Submitter', [('Submitting agency', 'Marlbury Youth Justice Service', ''), ('Worker name', 'Rachel Adeyemi', ''), ('Role', 'Case Manager', ''),
  ('Contact email', 'rachel.adeyemi@marlbury-yjs.test', ''), ('Contact phone', '020 7946 0418', 'office hours')]),
 ('Information', [('Date and time of information', '01/12/2026 at 15.00', 'supervision session'),
  ('Location', 'Wenbury town centre - Market Square and the skate park', ''),
  ('Persons involved', 'Bradley Nuttall (DOB 19/05/2009), white male, 5ft 9, short dark hair.\n"Smithy" - real name n/k, white male approx 19-20, tattoo on neck, lives in Wenbury.', 'Bradley is 17'),
  ('Vehicles', 'none known', ''),
  ('The information', 'During supervision Bradley said he has been "hanging about" with an older male called Smithy who gives him cannabis for free and has asked him to "hold stuff" for him. Bradley said Smithy keeps a bike and phones at the skate park shed. Bradley did not disclose anything further.', ''),
  ('Source', 'Direct from the young person', ''),
  ('Information grading', None, 'not sure how to grade'),
  ('Handling code', 'C - do not disclose source to the young person', '')]),
]), "Marlbury YJS - partnership intelligence submission - OFFICIAL-SENSITIVE"),
values=dict(AGENCY='Marlbury Youth Justice Service', WORKER='Rachel Adeyemi', ROLE='Case Manager', EMAIL='rachel.adeyemi@marlbury-yjs.test', PHONE='020 7946 0418'))

n('w6-intel-04', frm='owen.fraser@key2.provider.test', subject='Partnership Agency Intelligence Sharing Submission - black Audi K2F-CHE-01',
body='''Good morning

Intelligence submission attached (PDF) following the incident with one of our residents on Monday 30/11. Incident form sent separately to Brokerage.

Owen Fraser
Service Coordinator, Key2 Futures
''',
doc=('w6-intel-04-key2', 'pdf', TVP, "Key2 Futures &nbsp;|&nbsp; unlocking potential", boxes([
 ('Section 1: Submitting agency', [('Agency', 'Key2 Futures'), ('Worker name', 'Owen Fraser'), ('Role', 'Service Coordinator'), ('Phone', '07700 900467'),
  ('!Email', 'owen.fraser@key2.provider.test')]),
 ('Section 2: The information', [('Date of information', 'mon 30/11/2026'), ('Time', '19:40'), ('!Location', 'Outside K2F-CHE-01, Banbury Lane, Fenwick'),
  ('!Persons involved (name, DOB, description)', 'Leah Brennan DOB 23/10/2008, resident, white female, long blonde hair.\nUnknown male, white, 30-35, stocky, shaved head, grey tracksuit.'),
  ('!Vehicles', 'Black Audi A3, partial reg "WN70", tinted rear windows, dent on the rear bumper'),
  ('!Information', 'The male above dropped Leah back at the project at 19:40. Leah smelt of alcohol and had cash and two new phones. She told another resident she had been at a party at a hotel in Wenbury and that "he buys me things". Staff have seen the same car parked on Banbury Lane on two earlier evenings (24/11 and 27/11). Leah has a learning disability. We believe she may be being sexually exploited.'),
  ('Source', 'Staff observation and another resident'), ('Grading', 'B2'), ('!Handling code', 'P')]),
]), "Not for reporting crime in progress or people in immediate danger - call 999. Key2 Futures copy."),
values=dict(AGENCY='Key2 Futures', WORKER='Owen Fraser', ROLE='Service Coordinator', EMAIL='owen.fraser@key2.provider.test', PHONE='07700 900467'))

n('w6-intel-05', frm='lucy.barnes@brookfield-college.test', subject='intel sharing form - brookfield college',
body='''Hi, filled in as much as I can, let me know if you need anything else. Lucy

1. Submitting agency
Brookfield College (Student Services)
2. Worker name
Lucy Barnes
3. Role
Safeguarding Officer
4. Contact email
lucy.barnes@brookfield-college.test
5. Contact phone
01632 960588
6. Date and time of info
tues 1st dec, lunchtime approx 12.30
7. Location
Brookfield College car park and the footpath to Cressbrook Road
8. Persons involved
Unknown male approx 18-20 on an electric bike, black puffer jacket with fur hood, balaclava pulled down. two of our students (both 16, names held by college) were approached
9. Vehicles
black electric bike, no markings. grey BMW 1 series seen waiting on Cressbrook Road, reg n/k
10. Information
two 16 yr old students told staff that the male on the bike rode up to them and offered them £50 each to "drop off a few packages" after college. he gave one of them a snapchat name to add. they declined and came straight to student services. we have seen the same bike on the footpath on other days this term
11. Source
students' disclosure
12. Grading
n/k
13. Handling code
tbc
''',
values=dict(AGENCY='Brookfield College (Student Services)', WORKER='Lucy Barnes', ROLE='Safeguarding Officer', EMAIL='lucy.barnes@brookfield-college.test', PHONE='01632 960588'))

n('w6-intel-06', frm='sam.whitaker@a2dominion.provider.test', subject='Intelligence sharing submission - A2D-WOX-01', expect='rejected', missing='INFORMATION',
body='''Hi

Intel sharing form attached.

Thanks
A2Dominion YP Services - West Oxon
''',
doc=('w6-intel-06-a2d', 'docx', TVP, "A2Dominion &nbsp;&#124;&nbsp; Young People's Services", grid4([
 ('SUBMITTER', [[('Submitting agency', 'A2 Dominion'), ('Worker name', 'Sam Whitaker')], [('Role', 'Support Worker'), ('Phone', '07700 900819')],
  [('Contact email', 'sam.whitaker@a2dominion.provider.test')]]),
 ('DETAILS', [[('Date of information', '29/11/2026'), ('Time', 'approx 23:00')],
  [('Location', 'Car park behind A2D-WOX-01, Weaver Street, Ashcombe')],
  [('Persons involved', 'Two unknown males, both white, early 20s, one with a red hoodie')],
  [('Vehicles', 'Silver VW Golf, reg RV68 KLM')],
  [('Information', None)],
  [('Source', 'Night staff'), ('Grading', None)],
  [('Handling code', 'P')]]),
]), "A2Dominion - TVP partnership intelligence submission - do not use for emergencies (999)"),
values=dict(AGENCY='A2 Dominion', WORKER='Sam Whitaker', ROLE='Support Worker', EMAIL='sam.whitaker@a2dominion.provider.test', PHONE='07700 900819'))

n('w6-intel-07', frm='imran.qureshi@stonewater.provider.test', subject='Partnership intel submission - STW-WOX-01 visitors',
body='''Hello,

Please find attached an intelligence sharing submission about visitors to one of our West Oxfordshire properties.

Kind regards
Imran Qureshi
Housing Officer, Stonewater
''',
doc=('w6-intel-07-stonewater', 'pdf', TVP, "Stonewater &nbsp;|&nbsp; Young People's Services", numbered([
 'About you',
 ('Submitting agency', '', 'Stonewater'), ('Worker name', '', 'Imran Qureshi'), ('Role', '', 'Housing Officer'),
 ('Contact email', '', 'imran.qureshi@stonewater.provider.test'), ('Contact phone', '', '01632 960901'),
 'About the information',
 ('Date and time of information', '', '25/11/2026 to 02/12/2026, evenings'),
 ('Location', '', 'STW-WOX-01, 4 Rookery Close, Ashcombe'),
 ('Persons involved', '', 'Nathan Pell (resident) DOB 11/11/2006, white male, slim, brown hair.\nAdult male known as "Gaz", approx 40, white, heavy build, visits most nights.'),
 ('Vehicles', '', 'None seen - visitors arrive on foot'),
 ('Information', '', 'Neighbours have complained of a strong smell of cannabis and shouting from Nathan\'s flat late at night. The male "Gaz" has been seen by our contractor leaving with a holdall on three occasions. Nathan has told his support worker he "owes Gaz" and that Gaz is letting other people use the flat while he is out. Nathan appears withdrawn and has lost weight.'),
 ('Source', '', 'Neighbours, contractor and Nathan himself'),
 ('Information grading', '', 'C3'),
 ('Handling code', '', 'P - may be shared with partners'),
], heads=("No.", "Question", "", "Answer")), "Stonewater - Partnership Agency Intelligence Sharing Submission - for non-urgent information only"),
values=dict(AGENCY='Stonewater', WORKER='Imran Qureshi', ROLE='Housing Officer', EMAIL='imran.qureshi@stonewater.provider.test', PHONE='01632 960901', LOCATION='STW-WOX-01, 4 Rookery Close, Ashcombe'))

n('w6-intel-08', frm='beth.lawson@connection.provider.test', subject='intel submission - URGENT - CON-OOC-01', expect='urgent',
body='''sending this as I dont know who else to tell

Submitting agency - Connection Support
Worker name - Beth Lawson
Role - support worker (on shift on my own)
Contact email - beth.lawson@connection.provider.test
Contact phone - 07700 900240
Date and time - right now, 04/12 08.50
Location - CON-OOC-01, flat 3, 19 Quarry Road, Hatherley
Persons involved - Kai Doran (resident) dob 02/04/2008. two males i dont know, one with a knife
Vehicles - black van outside, engine running, reg n/k
Information - Kai has just texted me from the bathroom in his flat saying two men have forced their way in, one has a knife and they are saying they will stab him if he doesnt hand over what he owes. he has locked himself in the bathroom and they are kicking the door. i am in the office downstairs and can hear banging and shouting right now. please send someone
Source - Kai by text, and I can hear it
Grading -
Handling code -
''',
values=dict(AGENCY='Connection Support', WORKER='Beth Lawson', ROLE='support worker (on shift on my own)', EMAIL='beth.lawson@connection.provider.test', PHONE='07700 900240'))
