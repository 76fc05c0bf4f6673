from lib import *
F = []
def m(id, **k): k['id'] = id; k['form'] = 'mash-referral'; k.setdefault('expect','routed'); k.setdefault('missing', None); k.setdefault('doc', None); F.append(k)

m('w6-mash-01', frm='aisha.khan@housing.council.test', subject='MASH referral - 16yo threatened with homelessness - C Reid',
body='''Hi MASH

16 year old presented at housing options this morning with his mum's letter. Details below. Mum is happy to talk to you.

Young person's name: Callum Reid
Date of birth: 11/03/2010
Address: 27 Sedge Road, Brindle Green
Presenting agency: Housing Options, LB Marlbury (Aisha Khan, housing officer, 020 7946 0233)
Homeless / threatened with homelessness: threatened - mum has told him to leave by Fri 11th
Mediation attempted: Y
Mediation date: 02/12/2026
Mediation outcome: not successful - mum and Callum walked out of the session, mum says she is at breaking point with his behaviour (staying out, not going to school)
Welfare / safeguarding concerns: Callum is out most nights till 2-3am, mum doesnt know where. Has new trainers and phone she cant account for. School attendance 41% this term
Known to social care: N (not that we can see)
Parent / guardian contact: Lisa Reid (mum) 07700 900158, same address

Aisha Khan
Housing Options Officer - Youth Homelessness Prevention
''',
values=dict(NAME='Callum Reid', DATE_OF_BIRTH='2010-03-11', STATUS='threatened', MEDIATION='yes', MEDIATION_DATE='2026-12-02', KNOWN='no'))

m('w6-mash-02', frm='dsl@oakfield-academy.test', subject='Referral to MASH - Year 13 student homeless - N Thompson',
body='''Dear MASH team,

Please find attached a referral for one of our Year 13 students, Nia Thompson, who has disclosed to us that she has been sofa surfing since Tuesday. I have spoken to Nia and she is aware of this referral.

Kind regards,
Mrs Bernadette Quinn
Designated Safeguarding Lead
Oakfield Academy, Ridge Lane, Ashcombe
01632 960447
''',
doc=('w6-mash-02-thompson', 'docx', 'Referral to MASH: Young Person (16/17) Homeless or at Risk of Homelessness', "Oakfield Academy &nbsp;|&nbsp; Safeguarding", three_col([
 ('About the young person', [
  ('Name of young person', 'Nia Thompson', ''), ('DOB', '20.08.2009', 'Year 13'),
  ('Address (where staying now)', 'Sofa surfing - currently at a friend\'s, 5 Poplar Way, Ashcombe', 'home address: 31 Greyfriars Road, Ashcombe'),
  ('Referring / presenting agency', 'Oakfield Academy (school)', '')]),
 ('Housing situation', [
  ('Is the young person homeless or threatened with homelessness?', 'Homeless', 'since Tues 1st Dec'),
  ('Has mediation been attempted?', 'No', 'mum refused when school offered'),
  ('Outcome of mediation', 'Not attempted - mum said on the phone (2/12) that Nia is not coming back and she will not meet', ''),
  ('Date of mediation', None, '')]),
 ('Concerns', [
  ('Welfare or safeguarding concerns', 'Nia disclosed that mum hit her during an argument on Monday night, bruise to upper arm seen by school nurse. She is staying with different friends each night and has been missing meals. She is worried about her A level mock exams next week.', 'body map completed'),
  ('Is the young person known to social care?', 'Yes', 'open CIN case closed in 2024 - worker was Ms Hamid'),
  ('Parent / guardian contact details', 'Mrs Claudette Thompson (mother) - 07700 900611', 'mum is aware school are referring')]),
]), "Oakfield Academy - Safeguarding referral template 2026 - CONFIDENTIAL"),
values=dict(NAME='Nia Thompson', DATE_OF_BIRTH='2009-08-20', STATUS='homeless', MEDIATION='no', KNOWN='yes'))

m('w6-mash-03', frm='duty@safehaven-youth.test', subject='MASH referral from Safe Haven Youth - Ethan Walsh',
body='''Hello,

Ethan came into our drop-in yesterday evening having slept rough two nights. Referral attached as a PDF. He spent last night in our emergency nightstop host.

Thanks
Gary Whitlock
Youth Worker, Safe Haven Youth (charity) - 01632 960812
''',
doc=('w6-mash-03-walsh', 'pdf', 'Referral to MASH - 16/17 year old homeless or threatened with homelessness', "Safe Haven Youth &nbsp;&#9679;&nbsp; registered charity no. 1180000", boxes([
 ('1. Young person', [("Young person's name", 'Ethan Walsh'), ('Date of birth', '04/12/2009'),
  ('!Address', 'No fixed abode. Last address 9 Ferry Lane, Wenbury (father)'), ('!Presenting agency', 'Safe Haven Youth - drop-in and nightstop service')]),
 ('2. Homelessness', [('Homeless or threatened?', '☒ Homeless ☐ Threatened with homelessness'), ('Mediation attempted?', '☒ Yes ☐ No'),
  ('Date of mediation', '27/11/2026'), ('Outcome', 'Broke down - dad\'s partner said Ethan had stolen from her, Ethan left the session. Dad will not have him back.')]),
 ('3. Welfare and safeguarding', [('!Welfare or safeguarding concerns', 'Slept rough on 1st and 2nd December in the multi-storey car park in Wenbury. Says he has been offered places to stay by older lads he met in the park, which he has turned down so far. He is 17 today. Thin, not eating properly, cough.'),
  ('Known to social care?', 'Y - was a child in need in 2023 (Wenbury team)'), ('Parent / guardian contact', 'Mark Walsh (dad) 07700 900729')]),
]), "Safe Haven Youth - MASH referral form - page 1 of 1"),
values=dict(NAME='Ethan Walsh', DATE_OF_BIRTH='2009-12-04', STATUS='homeless', MEDIATION='yes', MEDIATION_DATE='2026-11-27', KNOWN='yes'))

m('w6-mash-04', frm='gareth.evans@council.test', subject='MASH referral - skye murphy', expect='rejected', missing='DATE_OF_BIRTH',
body='''hi, referral for 16/17 hub below, sent from phone sorry

1. name of young person - skye murphy
2. date of birth -
3. address - 102 cranmere house, dockside estate, marlbury
4. presenting agency - early help, lb marlbury (gareth evans, family worker)
5. homeless or threatened - threatened, step dad says she has to go after xmas
6. mediation tried - yes
7. mediation date - 1/12
8. mediation outcome - ongoing, 2nd session booked 8th dec, mum wants to try, step dad less keen
9. welfare / safeguarding concerns - skye says she feels unsafe around step dad when he has been drinking, no physical harm disclosed. self harming (cutting) - gp aware
10. known to social care - n, early help only
11. parent contact - mum, donna murphy 07700 900384

gareth
''',
values=dict(NAME='skye murphy', STATUS='threatened', MEDIATION='yes', MEDIATION_DATE='2026-12-01', KNOWN='no'))

m('w6-mash-05', frm='precious.mensah@housing.council.test', subject='16/17 Homeless referral to MASH - Daniel Okafor',
body='''Dear MASH,

Please see the attached referral for Daniel Okafor (16) who presented as homeless at the civic centre yesterday afternoon. We placed him in a nightstop last night via Safe Haven.

Regards

Precious Mensah
Housing Needs Officer
Housing Solutions, London Borough of Marlbury
''',
doc=('w6-mash-05-okafor', 'docx', 'Joint Housing / Children\'s Services Referral - 16 and 17 year olds', "London Borough of Marlbury &nbsp;|&nbsp; Housing Solutions", two_col([
 ('Young person', [('Young person\'s name', 'Daniel Okafor'), ('Date of birth', '07/07/2010'), ('Current address / where stayed last night', 'Nightstop host (via Safe Haven Youth). Previously 56 Wellington Parade, Marlbury'),
  ('Presenting agency', 'Housing Solutions, LB Marlbury')]),
 ('Housing', [('Homeless or threatened with homelessness', 'Homeless'), ('Mediation attempted (Y/N)', 'N'),
  ('Mediation outcome / reason not attempted', 'Not possible - aunt (his carer) has returned to Nigeria and the flat has been handed back to the landlord.'),
  ('Mediation date', None)]),
 ('Welfare and safeguarding', [('Welfare or safeguarding concerns', 'Daniel has been living with his aunt since age 12 under a private arrangement. Aunt left the UK on 30/11 without making arrangements for him. He has £20 and a bag of clothes. No known family in the UK. Immigration status unclear.'),
  ('Known to social care (Y/N)', 'N'), ('Parent or guardian contact', 'Aunt - Mrs Grace Okafor, Nigerian mobile +234 800 000 0000 (not answering)')]),
]), "Housing Solutions - LB Marlbury - 16/17 joint protocol referral v2 - OFFICIAL-SENSITIVE"),
values=dict(NAME='Daniel Okafor', DATE_OF_BIRTH='2010-07-07', STATUS='homeless', MEDIATION='no', KNOWN='no'))
